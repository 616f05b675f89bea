"""A timeline drawing in plain SVG: one lane of statuses per State, and the count of
States Parties over time below it.

Standard library only. Every bar and marker carries a ``<title>`` (a browser shows
it on hover); lanes are ``<g class="lane" data-state="EST">`` so that tests and
style sheets can find them.

>>> import xml.etree.ElementTree as ET
>>> from datetime import date
>>> from treatyrules.records import bundled
>>> svg = draw(bundled(), ["EST", "UKR"], start=date(2024, 1, 1), end=date(2027, 1, 1),
...            today=date(2026, 3, 1))
>>> root = ET.fromstring(svg)
>>> [g.get("data-state") for g in root.iter("{http://www.w3.org/2000/svg}g")
...  if g.get("class") == "lane"]
['EST', 'UKR']
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from xml.sax.saxutils import escape, quoteattr

from ..core.truth import Truth
from ..core.verdict import Status
from ..engine import History
from ..readings import bound as bound_on
from ..records.book import Records
from ..records.periods import Interval, Step, count_on
from ..states import state_name
from . import TIMELINE_STATES

__all__ = ["DEFAULT_STATES", "STATUS_COLOURS", "draw"]

DEFAULT_STATES = TIMELINE_STATES
"""The five States that withdrew in 2025, and Ukraine, which claimed a suspension."""

# Okabe-Ito colours: distinguishable with the common forms of colour blindness.
STATUS_COLOURS: dict[Status, str] = {
    "non_party": "#eeeeee",
    "signatory": "#56B4E9",
    "contracting": "#0072B2",
    "party": "#009E73",
    "withdrawal_pending": "#E69F00",
    "withdrawal_deferred": "#CC79A7",
    "withdrawn": "#D55E00",
    "indeterminate": "#999999",
}
_MARKS = {
    "withdrawal": ("instrument of withdrawal received", "#000000"),
    "revocation": ("withdrawal revoked", "#555555"),
    "suspension_claim": ("claimed suspension (not a withdrawal)", "#7B3294"),
}
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_FONT = "system-ui, -apple-system, 'Segoe UI', Helvetica, Arial, sans-serif"

WIDTH = 1200
LEFT = 210  # State names
RIGHT = 290  # the status on the day of reading
PLOT = WIDTH - LEFT - RIGHT
LANE = 24
LANE_GAP = 16
CHART = 220


@dataclass(frozen=True, slots=True)
class _Mark:
    day: date
    kind: str


@dataclass(frozen=True, slots=True)
class _Lane:
    state: str
    name: str
    intervals: tuple[Interval, ...]
    marks: tuple[_Mark, ...]
    history: History


def draw(
    book: Records,
    states: Sequence[str] = DEFAULT_STATES,
    *,
    start: date | None = None,
    end: date | None = None,
    today: date,
) -> str:
    """The SVG document: a lane per State of ``states``, then the count of States
    Parties among all of ``book``'s States, from ``start`` to ``end``.

    The window defaults to 1 January 1997 until the 1 January after the latest of
    ``today``, the last change of status and ``start``; ``today`` is marked by a
    dashed line.
    """
    lanes = [_lane(book, s) for s in states]
    steps = book.party_count()
    start = start or date(1997, 1, 1)
    changes = [i.start for lane in lanes for i in lane.intervals if i.start is not None]
    changes += [s.start for s in steps[-1:]]
    end = end or date(max(today, start, *changes).year + 1, 1, 1)
    if end <= start:
        raise ValueError(f"the window ends ({end}) before it starts ({start})")
    return _Canvas(start, end, today).render(book.treaty.name, lanes, steps, len(book.states))


def _lane(book: Records, state: str) -> _Lane:
    scenario = book.scenario(state)
    marks = tuple(
        _Mark(e.date, e.kind) for e in scenario.events if e.kind in _MARKS and e.date is not None
    )
    record = book.record(state)
    name = record.name if record is not None else state_name(state)
    return _Lane(state, name or state, book.timeline(state), marks, book.history(state))


def _scale(values: Sequence[int]) -> tuple[int, int, int]:
    """(base, top, tick) of the count axis: from zero, unless every value shown is
    at least half the highest, as in a window of a few years; then cut near them so
    that a change of a few States shows."""
    high, low = max(values), min(values)
    if low < high / 2:
        tick = 20 if high <= 100 else 40
        return 0, max(tick, -(-high // tick) * tick), tick
    tick = next(t for t in (1, 2, 5, 10, 20, 50) if (high - low) / t <= 6)
    return max(0, (low // tick - 1) * tick), (-(-high // tick) + 1) * tick, tick


class _Canvas:
    """Coordinates and the pieces of the drawing."""

    def __init__(self, start: date, end: date, today: date) -> None:
        self.start, self.end, self.today = start, end, today
        self.span = (end - start).days
        self.yearly = self.span >= 4 * 365
        self.out: list[str] = []

    def x(self, day: date) -> float:
        clipped = min(max(day, self.start), self.end)
        return round(LEFT + PLOT * (clipped - self.start).days / self.span, 1)

    def shows(self, interval: Interval) -> bool:
        """Whether some day of ``interval`` falls in the window."""
        return (interval.end is None or interval.end > self.start) and (
            interval.start is None or interval.start < self.end
        )

    def add(self, element: str) -> None:
        self.out.append(element)

    def text(self, x: float, y: float, content: str, **attrs: str | float) -> None:
        extra = "".join(f" {k.replace('_', '-')}={quoteattr(str(v))}" for k, v in attrs.items())
        self.add(f'<text x="{x}" y="{y}"{extra}>{escape(content)}</text>')

    def render(
        self, title: str, lanes: Sequence[_Lane], steps: Sequence[Step], population: int
    ) -> str:
        self.text(LEFT, 34, f"{title}: status over time", font_size=20, font_weight="bold")
        shown = self.start <= self.today <= self.end
        self.text(
            LEFT,
            56,
            "From the bundled depositary records, each day read by the rules"
            + (f"; dashed line: today ({self.today})." if shown else "."),
            font_size=13,
            fill="#444444",
        )
        y = self._legend(lanes, 84)
        top = y + 14
        bottom = top + len(lanes) * (LANE + LANE_GAP)
        self._grid(top - 6, bottom - LANE_GAP + 6)
        for i, lane in enumerate(lanes):
            self._draw_lane(lane, top + i * (LANE + LANE_GAP))
        self._axis(bottom - LANE_GAP + 6)
        chart_top = bottom + 70
        self._chart(steps, chart_top, population)
        self._today(top - 10, chart_top + CHART)
        height = chart_top + CHART + 60
        head = (
            f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}"'
            f' viewBox="0 0 {WIDTH} {height}" font-family={quoteattr(_FONT)} font-size="13"'
            f' role="img" aria-label={quoteattr(f"{title}: status over time")}>'
        )
        body = [head, f"<title>{escape(title)}: status over time</title>"]
        body.append(f'<rect width="{WIDTH}" height="{height}" fill="#ffffff"/>')
        return "\n".join([*body, *self.out, "</svg>"]) + "\n"

    def _legend(self, lanes: Sequence[_Lane], y: int) -> int:
        present = {i.status for lane in lanes for i in lane.intervals if self.shows(i)}
        items = [(s.replace("_", " "), s) for s in STATUS_COLOURS if s in present]
        kinds = {m.kind for lane in lanes for m in lane.marks if self.start <= m.day <= self.end}
        x = float(LEFT)
        self.add('<g class="legend">')
        for label, status in items:
            colour = STATUS_COLOURS[status]
            self.add(
                f'<rect x="{x}" y="{y - 11}" width="14" height="14" fill="{colour}"'
                ' stroke="#666666" stroke-width="0.5"/>'
            )
            self.text(x + 19, y, label)
            x += 19 + 7.5 * len(label) + 18
        for kind, (label, colour) in _MARKS.items():
            if kind not in kinds:
                continue
            if x + 7.5 * len(label) > WIDTH - 20:
                x, y = float(LEFT), y + 22
            self._marker(x + 7, y - 4, colour)
            self.text(x + 19, y, label)
            x += 19 + 7.5 * len(label) + 18
        self.add("</g>")
        return y + 12

    def _ticks(self) -> list[tuple[date, str, bool]]:
        """(day, label, labelled): January ticks, every n years labelled; months for a
        window under four years."""
        ticks: list[tuple[date, str, bool]] = []
        if self.yearly:
            steps = (1, 2, 5, 10, 20, 50, 100, 200, 500)
            every = next((n for n in steps if PLOT * 365 * n / self.span >= 46), 1000)
            minor = max(1, every // 5)  # a faint tick a year would blacken a century-long axis
            for year in range(self.start.year, self.end.year + 1):
                day = date(year, 1, 1)
                if self.start <= day <= self.end and year % minor == 0:
                    ticks.append((day, str(year), year % every == 0))
            return ticks
        every = next(n for n in (1, 2, 3, 6, 12) if PLOT * 30.4 * n / self.span >= 62)
        month = date(self.start.year, self.start.month, 1)
        while month <= self.end:
            if month >= self.start:
                label = f"{_MONTHS[month.month - 1]} {month.year}"
                ticks.append((month, label, (month.month - 1) % every == 0))
            month = (month + timedelta(days=32)).replace(day=1)
        return ticks

    def _grid(self, top: float, bottom: float) -> None:
        for day, _, labelled in self._ticks():
            colour = "#d0d0d0" if labelled else "#ececec"
            self.add(
                f'<line x1="{self.x(day)}" y1="{top}" x2="{self.x(day)}" y2="{bottom}"'
                f' stroke="{colour}"/>'
            )

    def _axis(self, y: float) -> None:
        self.add('<g class="axis x">')
        self.add(f'<line x1="{LEFT}" y1="{y}" x2="{LEFT + PLOT}" y2="{y}" stroke="#333333"/>')
        for day, label, labelled in self._ticks():
            x = self.x(day)
            size = 6 if labelled else 3
            self.add(f'<line x1="{x}" y1="{y}" x2="{x}" y2="{y + size}" stroke="#333333"/>')
            if labelled:
                self.text(x, y + 20, label, text_anchor="middle", font_size=12)
        title = "Year" if self.yearly else "Month"
        self.text(LEFT + PLOT / 2, y + 40, title, text_anchor="middle", font_size=13)
        self.add("</g>")

    def _draw_lane(self, lane: _Lane, y: float) -> None:
        self.add(f'<g class="lane" data-state="{lane.state}">')
        self.text(
            LEFT - 12,
            y + LANE / 2 + 5,
            f"{lane.name} ({lane.state})",
            text_anchor="end",
            font_size=14,
        )
        for interval in lane.intervals:
            if not self.shows(interval):
                continue
            x0, x1 = self.x(interval.start or self.start), self.x(interval.end or self.end)
            since = "" if interval.start is None else f" from {interval.start}"
            till = "" if interval.end is None else f" until {interval.end}"
            tip = f"{lane.name}: {interval.status.replace('_', ' ')}{since}{till}"
            self.add(
                f'<rect class="status {interval.status}" x="{x0}" y="{y}"'
                f' width="{round(x1 - x0, 1)}" height="{LANE}"'
                f' fill="{STATUS_COLOURS[interval.status]}"><title>{escape(tip)}</title></rect>'
            )
        for mark in lane.marks:
            if self.start <= mark.day <= self.end:
                label, colour = _MARKS[mark.kind]
                self._marker(self.x(mark.day), y - 3, colour, f"{lane.name}: {label}, {mark.day}")
        self._status_label(lane, y)
        self.add("</g>")

    def _status_label(self, lane: _Lane, y: float) -> None:
        day = min(self.today, self.end - timedelta(days=1))
        now = next(i for i in lane.intervals if i.covers(day))
        since = "" if now.start is None else f" since {now.start}"
        self.text(LEFT + PLOT + 12, y + 11, f"{now.status.replace('_', ' ')}{since}", font_size=13)
        claims = [m for m in lane.marks if m.kind == "suspension_claim" and m.day <= day]
        if claims:
            # Bound or not under the readings chosen (a recognised suspension releases a party).
            bound = {
                Truth.HOLDS: ": still bound",
                Truth.FAILS: ": not bound by its obligations",
                Truth.UNKNOWN: ": bound or not, on facts not given",
            }.get(bound_on(lane.history, day), "")
            self.text(
                LEFT + PLOT + 12,
                y + 26,
                f"claimed suspension {claims[-1].day}{bound}",
                font_size=11,
                fill=_MARKS["suspension_claim"][1],
            )

    def _marker(self, x: float, y: float, colour: str, tip: str | None = None) -> None:
        """A small downward triangle whose tip touches the lane at ``x``; without ``tip``,
        the legend's sample."""
        points = f"{x - 6},{y - 9} {x + 6},{y - 9} {x},{y + 1}"
        if tip is None:
            self.add(f'<polygon class="legend-mark" points="{points}" fill="{colour}"/>')
            return
        self.add(
            f'<polygon class="mark" points="{points}" fill="{colour}">'
            f"<title>{escape(tip)}</title></polygon>"
        )

    def _chart(self, steps: Sequence[Step], top: float, population: int) -> None:
        count = count_on(steps, self.start)
        inside = [s for s in steps if self.start < s.start < self.end]
        base, ceiling, tick = _scale([count, *(s.count for s in inside)])

        def y(value: int) -> float:
            return round(top + CHART - CHART * (value - base) / (ceiling - base), 1)

        self.add('<g class="chart party-count">')
        self.text(
            LEFT,
            top - 18,
            f"States Parties (bound: party, withdrawal pending or deferred), of the"
            f" {population} States with a record",
            font_size=14,
            font_weight="bold",
        )
        for value in range(base, ceiling + 1, tick):
            self.add(
                f'<line x1="{LEFT}" y1="{y(value)}" x2="{LEFT + PLOT}" y2="{y(value)}"'
                f' stroke="{"#333333" if value == base else "#e4e4e4"}"/>'
            )
            self.text(LEFT - 8, y(value) + 4, str(value), text_anchor="end", font_size=12)
        self.text(
            LEFT - 48,
            top + CHART / 2,
            "States Parties",
            text_anchor="middle",
            font_size=13,
            transform=f"rotate(-90 {LEFT - 48} {top + CHART / 2})",
        )
        path = [f"M{self.x(self.start)},{y(count)}"]
        for step in inside:
            path += [f"H{self.x(step.start)}", f"V{y(step.count)}"]
        path.append(f"H{self.x(self.end)}")
        if base == 0:  # an area only where it starts at zero: a cut axis gets a line
            path += [f"V{y(0)}", f"H{self.x(self.start)}", "Z"]
            fill = f'fill="{STATUS_COLOURS["party"]}" fill-opacity="0.25"'
        else:
            fill = 'fill="none"'
        self.add(
            f'<path d="{" ".join(path)}" {fill} stroke="{STATUS_COLOURS["party"]}"'
            ' stroke-width="2"/>'
        )
        day = min(self.today, self.end - timedelta(days=1))
        now = count_on(steps, day)
        since = next((s.start for s in reversed(steps) if s.start <= day), None)
        x = LEFT + PLOT + 12
        self.text(x, y(now) + 4, f"{now} on {day}", font_size=13, font_weight="bold")
        if since is not None:
            self.text(x, y(now) + 20, f"since {since}", font_size=12)
        highest = max((s for s in steps if s.start <= day), key=lambda s: s.count, default=None)
        if highest is not None and highest.count != now:
            self.text(
                x, y(now) + 36, f"highest: {highest.count} from {highest.start}", font_size=12
            )
        self.add("</g>")
        self._axis(top + CHART + 6)

    def _today(self, top: float, bottom: float) -> None:
        if self.start <= self.today <= self.end:
            x = self.x(self.today)
            self.add(
                f'<line class="today" x1="{x}" y1="{top}" x2="{x}" y2="{bottom}"'
                ' stroke="#333333" stroke-dasharray="4 3"/>'
            )
