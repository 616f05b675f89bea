"""What a record's compliance data adds to a verdict's deadline rows, and the monitor's table.

A scenario cannot say "this State never held a stockpile" or "it still held one
when the data closed": its compliance facts are an open world. A bundled record
can. :func:`annotate` reads the record's obligations into the verdict the engine
gave on the record's scenario, and only into the Art. 4 and Art. 5 rows:

- no stockpile, or no mined areas (or a suspected area not substantiated):
  ``not_applicable``, with the sources; the reporting of Art. 7 still runs, and a
  stockpile or mined area found later revives the obligation; a State the Art. 5
  data does not list reported none (``none_reported``: no finding that there are none);
- a deadline that passed before the data's cut-off with the work not done by then
  (``in_violation``, ``deadline_missed``, ``in_progress``): ``missed``, where the
  scenario alone leaves it ``unknown`` -- unless the notes call it provisional;
- the completion as precisely as the source dates it (``completed``): met or missed
  only where its dates fall wholly on one side of the deadline, or the sources say it
  came after it;
- ``unknown``, with the reason (``reasons``), where the facts leave the deadline open:
  an extension granted in time whose end date the sources do not give, a granting
  meeting the sources disagree on, an extension history not verified;
- a lapsed deadline (an extension granted after it) stays ``missed`` only where the
  sources say it passed with no request, and names the default of ``late_extension``;
- a stockpile or area found after the deadline: the interpretation point ``late_find``,
  named in ``readings`` where it decides, the original stock's destruction in
  ``first_completed``; another source's value that gives another outcome, in ``alternative``
  (one dated by a report, "by 2007", read as done by then);
- mines declared retained under Art. 3 and destroyed after the deadline: ``unknown`` (Art. 4
  binds "except as provided for in Article 3"); a breach the sources rest on something other
  than the deadline's passing (contamination not reported, no new deadline sought): ``basis``;
- each extension granted by the day read (``extensions``), the sources and the
  cut-off (``records_as_of``); a reading after the cut-off says so.

The outcome values stay those of the contract.

>>> from treatyrules import records
>>> pol = records.status("POL", on="2025-06-01")
>>> [(d.rule, d.outcome, d.completed and d.completed.date) for d in pol.deadlines[:2]]
[('art_4', 'met', '2016-04'), ('art_5__para_1', 'not_applicable', None)]
>>> ukr = records.status("UKR", on="2026-12-01")
>>> [(d.rule, str(d.due), d.outcome, len(d.extensions)) for d in ukr.deadlines[:3]]
[('art_4', '2010-06-01', 'missed', 0), ('art_5__para_1', '2033-12-01', 'pending', 2), ('art_5__para_1', '2016-06-01', 'missed', 0)]
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from datetime import date
from typing import get_args

from pydantic import Field

from ..core.model import Frozen
from ..core.verdict import (
    Completion,
    DeadlineOutcome,
    DeadlineResult,
    Status,
    Verdict,
)
from .model import last_day
from .rows import (
    ALTERNATIVE,
    BASIS,
    DUE_STATED,
    FIRST_COMPLETED,
    LATE_FIND,
    RecordedRow,
    annotate,
)

__all__ = [
    "LATE_FIND",
    "ComplianceLine",
    "ComplianceReport",
    "Position",
    "RecordedRow",
    "annotate",
    "current",
    "in_violation",
    "position",
    "report",
]


def current(verdict: Verdict, rule: str) -> DeadlineResult | None:
    """The verdict's current row for ``rule`` (not a lapsed deadline)."""
    return next(
        (
            d
            for d in verdict.deadlines
            if d.rule == rule and not d.title.endswith("(lapsed deadline)")
        ),
        None,
    )


def in_violation(row: DeadlineResult | None, day: date) -> bool:
    """Whether the row shows the State in breach on ``day``: missed, and not completed since.

    A completion dated only by month or year counts from the last day it allows.
    """
    if row is None or row.outcome != "missed":
        return False
    if row.completed is None:
        return True
    return last_day(row.completed.date, row.completed.precision) > day


class Position(Frozen):
    """One State's position on one time-limited obligation on the day read."""

    rule: str
    outcome: DeadlineOutcome
    due: date | None = Field(description="The current deadline (Art. 5: as extended by then).")
    completed: Completion | None = None
    extensions: int = Field(default=0, description="Extensions granted by the day read.")
    lapsed: tuple[date, ...] = Field(
        default=(), description="Earlier deadlines missed before a later extension."
    )
    in_violation: bool = Field(description="Missed, and not completed by the day read.")
    past_breach: bool = Field(
        default=False,
        description="A deadline missed and since completed, or lapsed before a later extension.",
    )
    lapses_unknown: tuple[str, ...] = Field(
        default=(), description="Earlier deadlines whose lapse the sources leave open."
    )
    due_stated: str | None = Field(default=None, description=DUE_STATED)
    none_reported: bool = Field(
        default=False, description="Art. 5: the data lists no mined areas reported."
    )
    reasons: tuple[str, ...] = Field(
        default=(), description="Why the position (or a lapse) is unknown or provisional."
    )
    readings: tuple[str, ...] = Field(
        default=(), description="A contested reading that decided it, and the other one."
    )
    alternative: str | None = Field(default=None, description=ALTERNATIVE)
    explanation: str = Field(default="", description="The current row's explanation.")
    basis: str | None = Field(default=None, description=BASIS)
    first_completed: str | None = Field(default=None, description=FIRST_COMPLETED)


class ComplianceLine(Frozen):
    """One State's line in the monitor's table."""

    state: str
    name: str | None
    status: Status
    art_4: Position | None
    art_5: Position | None
    unverified: tuple[str, ...] = ()

    @property
    def in_violation(self) -> bool:
        return any(p is not None and p.in_violation for p in (self.art_4, self.art_5))


class ComplianceReport(Frozen):
    """The Art. 4 and Art. 5 positions of many States on one date, violations first."""

    treaty: str
    as_of: date
    records_as_of: date | None = Field(description="The compliance data's cut-off.")
    states: tuple[ComplianceLine, ...]
    counts: dict[str, dict[str, int]]


def position(verdict: Verdict, rule: str, day: date) -> Position | None:
    """The verdict's position on ``rule``: its current row, and any lapsed deadline."""
    row = current(verdict, rule)
    if row is None:
        return None
    lapses = [d for d in verdict.deadlines if d.rule == rule and d is not row]
    lapsed = tuple(d.due for d in lapses if d.outcome == "missed" and d.due is not None)
    open_lapses = tuple(
        str(d.due or "a deadline of unknown date") for d in lapses if d.outcome == "unknown"
    )
    violated = in_violation(row, day)
    rows = (row, *lapses)
    return Position.trusted(
        rule=rule,
        outcome=row.outcome,
        due=row.due,
        completed=row.completed,
        extensions=len(row.extensions),
        lapsed=lapsed,
        in_violation=violated,
        past_breach=bool(lapsed) or (row.outcome == "missed" and not violated),
        lapses_unknown=open_lapses,
        due_stated=getattr(row, "due_stated", None),
        none_reported=getattr(row, "none_reported", False),
        reasons=tuple(r for d in rows for r in getattr(d, "reasons", ())),
        readings=tuple(r for d in rows for r in getattr(d, "readings", ())),
        alternative=getattr(row, "alternative", None),
        explanation=row.explanation,
        basis=getattr(row, "basis", None),
        first_completed=getattr(row, "first_completed", None),
    )


RULES = {"4": "art_4", "5": "art_5__para_1"}


def report(
    verdicts: Iterable[Verdict],
    day: date,
    *,
    treaty: str,
    records_as_of: date | None,
    unverified: Mapping[str, tuple[str, ...]],
    articles: Iterable[str] = ("4", "5"),
) -> ComplianceReport:
    """The table: each State's positions, the States in violation first, and the counts."""
    chosen = tuple(articles)
    lines = []
    for v in verdicts:
        lines.append(
            ComplianceLine.trusted(
                state=v.state,
                name=v.name,
                status=v.status,
                art_4=position(v, RULES["4"], day) if "4" in chosen else None,
                art_5=position(v, RULES["5"], day) if "5" in chosen else None,
                unverified=unverified.get(v.state, ()),
            )
        )
    ordered = (*(x for x in lines if x.in_violation), *(x for x in lines if not x.in_violation))
    counts: dict[str, dict[str, int]] = {}
    for article in chosen:
        key = f"art_{article}"
        positions = [p for x in lines if (p := getattr(x, key)) is not None]
        seen = Counter(p.outcome for p in positions if not p.none_reported)
        counts[key] = {o: seen[o] for o in get_args(DeadlineOutcome) if seen[o]}
        none = sum(p.none_reported for p in positions)
        if none:
            counts[key]["none_reported"] = none
        counts[key]["in_violation"] = sum(p.in_violation for p in positions)
        counts[key]["past_breach"] = sum(p.past_breach for p in positions)
    counts["states"] = {"listed": len(lines), "in_violation": sum(x.in_violation for x in lines)}
    return ComplianceReport.trusted(
        treaty=treaty, as_of=day, records_as_of=records_as_of, states=ordered, counts=counts
    )
