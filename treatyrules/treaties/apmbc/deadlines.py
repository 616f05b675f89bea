"""The deadlines of Arts. 4, 5 and 7, read on a day against the facts the scenario gives.

Compliance facts are an open world: a stockpile destruction, a clearance or a
report that is not in the scenario is *unknown*, never assumed done or not done.
A deadline that fell due before a withdrawal took effect keeps its outcome; one
falling due on or after the effective date is not applicable (for annual reports
that cover time when the State was bound, the point ``final_report`` decides).

The clearance deadline on a day is the one set by the extensions granted by then.
An extension granted after the deadline it extends had passed shows the mined
areas were not cleared by that deadline: whether the grant cures the lapse is the
point ``late_extension``; by default the lapsed deadline stays a ``missed`` row
next to the current one.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from functools import cache, lru_cache
from typing import TYPE_CHECKING, cast

from ...core.calendar import days_after, years_after
from ...core.interpretation import Consultation, Option
from ...core.rule import Rule
from ...core.truth import Truth
from ...core.verdict import DeadlineOutcome, DeadlineResult, Unknown
from ...scenario import Event, Extension, ReportSubmitted
from . import art_04_stockpiles as art_4
from . import art_05_mined_areas as art_5
from . import art_07_transparency as art_7

if TYPE_CHECKING:
    from ...engine import Episode, History

__all__ = ["deadlines", "record_extension", "record_fact"]

FACT_KINDS = ("stockpile_destroyed", "clearance_completed", "report_submitted", "extension")


def record_fact(history: History, index: int, event: Event) -> None:
    """Keep a compliance fact for the deadlines (judged when the deadlines are read)."""
    history.facts.setdefault(event.kind, []).append((index, event))


def record_extension(history: History, index: int, event: Extension) -> None:
    """An extension of the Art. 5 deadline granted by a meeting of the States Parties."""
    record_fact(history, index, event)
    ep = history.episode_on(event.date)
    if ep is None:
        history.add(
            event.date,
            art_5.PARA_3.finding(
                Truth.NOT_APPLICABLE,
                f"The extension granted on {event.date} concerns a State not bound by the Convention.",
                severity="warning",
            ),
        )
        return
    current = _clearance_due(history, ep, before=index)
    longest = years_after(current, art_5.MAX_EXTENSION_YEARS)
    if event.until <= current:
        text, outcome, severity = (
            f"The extension granted on {event.date} sets {event.until}, no later than the current"
            f" deadline ({current}): it changes nothing.",
            Truth.FAILS,
            "warning",
        )
    elif event.until > longest:
        text, outcome, severity = (
            f"The extension granted on {event.date} runs to {event.until}, more than ten years"
            f" beyond the current deadline ({current}); Art. 5(3) allows up to ten years per"
            " request. The date is applied as granted.",
            Truth.FAILS,
            "warning",
        )
    else:
        text, outcome, severity = (
            f"An extension granted on {event.date} moves the clearance deadline from {current} to"
            f" {event.until}.",
            Truth.HOLDS,
            "info",
        )
    if event.date > current:
        text += f" It was granted after the deadline it extends had passed ({current})."
    history.add(event.date, art_5.PARA_3.finding(outcome, text, severity=severity))  # type: ignore[arg-type]


def _facts(history: History, kind: str, ep: Episode) -> list[tuple[int, Event]]:
    """The facts of ``kind`` that belong to the membership ``ep``.

    Facts count whatever their date (a stockpile destroyed after the withdrawal took
    effect still shows the Art. 4 deadline missed); they belong to the membership in
    which they fall, up to the start of the next one (a State that joins again).
    """
    if kind not in history.facts:
        return []
    later = [e.start for e in history.episodes if e.start > ep.start]
    until = min(later) if later else date.max
    # A stockpile destroyed before the State first joined leaves nothing to destroy: the
    # first membership takes the facts before it too.
    since = date.min if ep.start == min(e.start for e in history.episodes) else ep.start
    return [
        (i, e)
        for i, e in history.facts.get(kind, [])
        if e.date is not None and since <= e.date < until
    ]


def _clearance_due(
    history: History, ep: Episode, before: int | None = None, day: date | None = None
) -> date:
    """The clearance deadline set by the extensions recorded before ``before``, or those
    granted on or before ``day``."""
    return _clearance_chain(history, ep, before, day)[-1][0]


def _clearance_chain(
    history: History, ep: Episode, before: int | None = None, day: date | None = None
) -> list[tuple[date, date | None]]:
    """Each clearance deadline in turn, with the day the extension that replaced it was
    granted (None for the last, the current deadline)."""
    assert ep.eif is not None  # the Convention is in force
    chain: list[tuple[date, date | None]] = [(years_after(ep.eif, art_5.YEARS), None)]
    # While the history is being built (``before``), the facts so far; afterwards, the ledger.
    extensions = (
        _facts(history, "extension", ep) if before is not None else _ledger(history, ep).extensions
    )
    for i, e in extensions:
        if before is not None and i == before:
            break
        if day is not None and e.date is not None and e.date > day:
            continue
        if isinstance(e, Extension) and e.until > chain[-1][0]:
            chain[-1] = (chain[-1][0], e.date)
            chain.append((e.until, None))
    return chain


def _lapsed(
    history: History, ep: Episode, day: date, done: date | None, readings: Consultation
) -> list[DeadlineResult]:
    """Deadlines that passed before an extension was granted: ``missed`` unless the point
    ``late_extension`` reads the later grant as curing the lapse."""
    rows: list[DeadlineResult] = []
    for due, granted in _clearance_chain(history, ep, day=day)[:-1]:
        assert granted is not None  # every deadline but the last was replaced
        if granted <= due or (done is not None and done <= due):
            continue
        if readings.read(art_5.PARA_3, "late_extension") == "cured":
            continue
        rows.append(
            DeadlineResult.trusted(
                rule=art_5.PARA_1.eid,
                citation=art_5.PARA_1.citation,
                title="Destruction of anti-personnel mines in mined areas (lapsed deadline)",
                due=due,
                outcome="missed",
                explanation=(
                    f"Due on {due}; not extended until {granted}, after it had passed: the"
                    " mined areas were not cleared in time (the point late_extension: the"
                    " later extension does not undo the lapse)."
                ),
            )
        )
    return rows


# Not frozen, though never changed: four are built per verdict (bench/).
@dataclass(slots=True)
class _Deadline:
    rule: Rule
    title: str
    due: date
    done: date | None
    fact: str
    """How the missing fact is named in ``unknowns``."""
    held: date | None = None
    """The last day a source shows the stockpile still held (Art. 4 only)."""

    def read(
        self, day: date, effective: date | None, owed_after: bool = False, contested: bool = False
    ) -> tuple[DeadlineResult, Unknown | None]:
        """The row on ``day``; ``contested``: whether it is owed after the effect is a
        contested point, decided here by its default reading."""
        due = self.due
        done = self.done
        if effective is not None and due >= effective and not owed_after:
            row = _row(self.rule, self.title, due, "not_applicable", effective, contested)
            return row, None
        if done is not None and done <= due and done <= day:
            return _row(self.rule, self.title, due, "met", done), None
        if day <= due:  # "not later than" the due day: still in time on the day itself
            return _row(self.rule, self.title, due, "pending", None), None
        if done is not None:
            return _row(self.rule, self.title, due, "missed", done), None
        if self.held is not None and self.held > due:
            # Still held after the deadline: the deadline was missed, whenever (if ever) the
            # destruction comes; the breach continues while the mines are kept.
            return _row(self.rule, self.title, due, "missed", self.held, held=True), None
        return _row(self.rule, self.title, due, "unknown", None), _missing(self.fact, self.rule.eid)


@lru_cache(maxsize=8192)
def _row(
    rule: Rule,
    title: str,
    due: date,
    outcome: DeadlineOutcome,
    other: date | None,
    contested: bool = False,
    held: bool = False,
) -> DeadlineResult:
    """One deadline row; ``other`` is the day it was done, or the withdrawal's effect.

    Rows are immutable and due dates repeat from State to State (entry into force is
    the first of a month), so identical rows are built once and shared.
    """
    text = {
        "not_applicable": (
            "Due on {due}, on or after the day the withdrawal takes effect ({other}): not owed."
        ),
        "met": "Due on {due}; done on {other}.",
        "pending": "Due on {due}.",
        "missed": "Due on {due}; done only on {other}.",
        "unknown": "Due on {due}; the scenario does not say whether it was done.",
    }[outcome].format(due=due.isoformat(), other=other.isoformat() if other else "")
    if held:
        text = (
            f"Due on {due.isoformat()}; the State still held stockpiled mines on"
            f" {other.isoformat() if other else ''}, after the deadline: missed, and a continuing"
            " breach for as long as they are kept."
        )
    if contested:
        # The report covers a year when the State was bound: whether it is still owed is the
        # point final_report, and a reader of the table must see that a default decided it.
        text = text[:-1] + (
            " on the default reading (final_report = not_owed). Contested: on the other reading"
            " a report on a year when the State was bound is still owed (VCLT Art. 70(1)(b))."
        )
    return DeadlineResult.trusted(
        rule=rule.eid,
        citation=rule.citation,
        title=title,
        due=due,
        outcome=outcome,
        explanation=text,
        met_on=other if outcome == "met" else None,
    )


@cache
def _missing(fact: str, eid: str) -> Unknown:
    # The same missing fact for every State: built once.
    return Unknown.trusted(fact=fact, affects=eid, decisive=False)


@dataclass(frozen=True, slots=True)
class _Ledger:
    """The compliance facts of one membership, sorted once per history (read on any day)."""

    stockpile_destroyed: date | None
    clearance_completed: date | None
    initial_report: date | None
    held: tuple[date, ...]
    """The days a source shows the stockpile still held, in order."""
    extensions: tuple[tuple[int, Event], ...]
    reports: dict[int, date]
    """The earliest report covering each year."""

    def held_by(self, day: date) -> date | None:
        """The latest day on or before ``day`` the stockpile is shown held (a later one is
        not yet known on ``day``)."""
        at = bisect_right(self.held, day)
        return self.held[at - 1] if at else None


def _ledger(history: History, ep: Episode) -> _Ledger:
    """The facts of ``ep``, sorted on the first reading and kept with the history."""
    key = (_ledger, ep.index)
    found = history.indexes.get(key)
    if found is None:
        found = history.indexes[key] = _sort(history, ep)
    return found  # type: ignore[return-value]  # only _sort writes under this key


_NO_FACTS = _Ledger(None, None, None, (), (), {})


def _sort(history: History, ep: Episode) -> _Ledger:
    if not history.facts:
        return _NO_FACTS  # most scenarios record no compliance fact at all

    def first(kind: str, covers: object = None) -> date | None:
        dates = [
            e.date
            for _, e in _facts(history, kind, ep)
            if e.date is not None and (covers is None or getattr(e, "covers", None) == covers)
        ]
        return min(dates) if dates else None

    reports: dict[int, date] = {}
    for _, e in _facts(history, "report_submitted", ep):
        if isinstance(e, ReportSubmitted) and isinstance(e.covers, int):
            # The earliest report covering a year decides whether it came on time.
            reports[e.covers] = min(e.date, reports.get(e.covers, e.date))
    held = sorted(e.date for _, e in _facts(history, "stockpile_held", ep) if e.date is not None)
    return _Ledger(
        stockpile_destroyed=first("stockpile_destroyed"),
        clearance_completed=first("clearance_completed"),
        initial_report=first("report_submitted", "initial"),
        held=tuple(held),
        extensions=tuple(_facts(history, "extension", ep)),
        reports=reports,
    )


_OTHER_READING = object()
"""The history's slot for the day's rows under the other option of ``final_report``."""

_OTHER = {"owed": "not_owed", "not_owed": "owed"}
_Kept = tuple[date, Mapping[str, Option], tuple[tuple[DeadlineResult, ...], tuple[Unknown, ...]]]


def deadlines(
    history: History, day: date, readings: Consultation
) -> tuple[tuple[DeadlineResult, ...], tuple[Unknown, ...]]:
    """The Art. 4, 5 and 7 deadlines of the State's current (or last) membership, read on ``day``.

    Where ``final_report`` decides a row, the rows under its other option are read at the same
    time (they differ in those rows alone) and kept for the verdict's contested readings, which
    ask for them next (``readings.rests_on``): not built a second time."""
    kept = cast("_Kept | None", history.indexes.get(_OTHER_READING))
    if kept is not None and kept[0] == day and kept[1] == readings.choices:
        readings.read(art_7.PARA_2, "final_report")  # read as the rows were
        return kept[2]
    ep = history.episode_on(day)
    if ep is None:
        ended = [e for e in history.episodes if e.ends is not None and e.ends <= day]
        if not ended:
            return (), ()
        ep = ended[-1]
    effective = ep.ends
    eif = ep.eif
    if eif is None:
        return (), ()
    facts = _ledger(history, ep)
    rows = [
        _Deadline(
            art_4.ART_4,
            "Destruction of stockpiled anti-personnel mines",
            years_after(eif, art_4.YEARS),
            facts.stockpile_destroyed,
            "stockpile_destroyed",
            facts.held_by(day),
        ),
        _Deadline(
            art_5.PARA_1,
            "Destruction of anti-personnel mines in mined areas",
            _clearance_due(history, ep, day=day)
            if facts.extensions
            else years_after(eif, art_5.YEARS),
            facts.clearance_completed,
            "clearance_completed",
        ),
        _Deadline(
            art_7.PARA_1,
            "Initial transparency report",
            days_after(eif, art_7.INITIAL_DAYS),
            facts.initial_report,
            "report_submitted (initial)",
        ),
    ]
    results: list[DeadlineResult] = []
    unknowns: list[Unknown] = []
    for row in rows:
        result, missing = row.read(day, effective)
        results.append(result)
        if missing is not None:
            unknowns.append(missing)
        if row.rule is art_5.PARA_1 and facts.extensions and result.outcome != "not_applicable":
            results += _lapsed(history, ep, day, row.done, readings)
    other: tuple[list[DeadlineResult], list[Unknown]] | None = None
    value: Option = ""
    for row in _annual(history, ep, day):
        owed = contested = False
        if effective is not None and row.due >= effective:
            value = readings.read(art_7.PARA_2, "final_report")
            owed = value == "owed"
            contested = True
            if other is None:
                other = (results[:], unknowns[:])
        result, missing = row.read(day, effective, owed, contested)
        results.append(result)
        if missing is not None:
            unknowns.append(missing)
        if other is not None:  # the same row under the other option
            result, missing = row.read(day, effective, contested and not owed, contested)
            other[0].append(result)
            if missing is not None:
                other[1].append(missing)
    if other is not None and value in _OTHER:
        flipped = {**readings.choices, "final_report": _OTHER[value]}
        history.indexes[_OTHER_READING] = (day, flipped, (tuple(other[0]), tuple(other[1])))
    return tuple(results), tuple(unknowns)


def _annual(history: History, ep: Episode, day: date) -> list[_Deadline]:
    """The annual reports the facts show met or missed, the next one due, and every one
    falling due on or after the withdrawal's effect.

    Not one row per year: a year with no report on record is not listed, except the
    next one to fall due and those due after the effect. Art. 7(2) asks each year, by
    30 April, for a report covering the last calendar year, so a report on a year when
    the State was bound can fall due after it left (up to two of them: the year before
    the effect, if its 30 April comes on or after it, and the year of the effect).
    Whether those are owed is the point ``final_report``, so each is listed, read on
    any day: under the reading that they are owed, one already past due is still owed.
    """
    assert ep.eif is not None  # the Convention is in force
    first_year = ep.eif.year
    last_year = (
        (ep.ends.year if ep.ends.month > 1 or ep.ends.day > 1 else ep.ends.year - 1)
        if ep.ends
        else 9999
    )
    submitted = _ledger(history, ep).reports

    def row(year: int) -> _Deadline:
        return _Deadline(
            art_7.PARA_2,
            f"Annual transparency report covering {year}",
            date(year + 1, 4, 30),
            submitted.get(year),
            f"report_submitted ({year})",
        )

    years = {y for y in submitted if first_year <= y <= last_year}
    # The report covering year Y is due on 30 April of Y + 1: the next one after `day`.
    next_due = day.year if day >= date(day.year, 4, 30) else day.year - 1
    if first_year <= next_due <= last_year:
        years.add(next_due)
    if ep.ends is not None:
        # The earliest year whose report is due on or after the effect (30 April of Y + 1).
        since = ep.ends.year - 1 if ep.ends <= date(ep.ends.year, 4, 30) else ep.ends.year
        years.update(range(max(since, first_year), last_year + 1))
    return [row(y) for y in sorted(years)]
