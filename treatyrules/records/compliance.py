"""What a record's compliance data adds to a verdict's deadline rows, and the monitor's table.

A scenario cannot say "this State never held a stockpile" or "it still held one
when the data closed": its compliance facts are an open world. A bundled record
can. :func:`annotate` reads the record's obligations into the verdict the engine
gave on the record's scenario, and only into the Art. 4 and Art. 5 rows:

- no stockpile, or no mined areas: ``not_applicable``, with the sources; the
  reporting of Art. 7 still runs, and a stockpile or mined area found later
  revives the obligation;
- a deadline that passed before the data's cut-off with the work not done by then
  (``in_violation``, ``deadline_missed``, ``in_progress``): ``missed``, where the
  scenario alone leaves it ``unknown``;
- the completion as precisely as the source dates it (``completed``), each
  extension granted by the day read (``extensions``), the sources and the
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
    ExtensionGranted,
    Status,
    Verdict,
)
from .model import GrantedExtension, Obligation, Record, first_day, last_day

__all__ = [
    "ComplianceLine",
    "ComplianceReport",
    "Position",
    "annotate",
    "current",
    "in_violation",
    "position",
    "report",
]

_NOT_DONE = ("in_violation", "deadline_missed", "in_progress")
_HELD = {"art_4": "a stockpile of anti-personnel mines", "art_5__para_1": "mined areas"}


def annotate(verdict: Verdict, record: Record | None, day: date) -> Verdict:
    """``verdict`` with the record's compliance data on its Art. 4 and Art. 5 rows."""
    if record is None or not record.obligations or not verdict.deadlines:
        return verdict
    rows: list[DeadlineResult] = []
    settled: set[str] = set()
    for row in verdict.deadlines:
        found = record.obligation(row.rule)
        if found is None:
            rows.append(row)
            continue
        if row.title.endswith("(lapsed deadline)"):
            if not _new_areas(record, row):
                rows.append(row.model_copy(update={"records_as_of": found.as_of}))
            continue
        new = _row(row, found, record, day)
        if row.outcome == "unknown" and new.outcome != "unknown":
            settled.add(row.rule)
        rows.append(new)
    unknowns = tuple(u for u in verdict.unknowns if u.affects not in settled)
    return verdict.model_copy(update={"deadlines": tuple(rows), "unknowns": unknowns})


def _row(row: DeadlineResult, o: Obligation, record: Record, day: date) -> DeadlineResult:
    update: dict[str, object] = {"records_as_of": o.as_of, "sources": o.sources}
    text = row.explanation
    if o.completed is not None and o.precision is not None:
        update["completed"] = Completion.trusted(date=o.completed, precision=o.precision)
        text += f" Completed {_dated(o)} (as the sources state it: {o.as_stated})."
        if o.position == "in_progress":
            text += " The obligation was re-opened later: newly found mined areas."
    elif o.position == "completed":
        text += " The sources report it completed, but give no date."
    earliest = None if o.completed is None else first_day(o.completed, o.precision or "")
    if (
        row.outcome == "missed"
        and row.due is not None
        and (earliest is None or earliest <= row.due)
    ):
        # Dated only by month or year (or "by" a report's day): done by the deadline or not,
        # the sources do not say.
        update["outcome"] = "unknown"
        text = (
            f"Due on {row.due}; completed {_dated(o)}, which the sources do not date precisely"
            " enough to say whether it was in time."
        )
    granted = _granted(record, row.rule, day)
    if granted:
        update["extensions"] = granted
    if row.outcome != "not_applicable" and o.not_applicable:
        update["outcome"] = "not_applicable"
        update["met_on"] = None
        text = (
            f"The sources show no {_HELD[row.rule].split(' ', 1)[1]} to destroy ({o.held}): not"
            f" applicable. The Art. 7 reports still run, and {_HELD[row.rule]} found later"
            " revive the obligation."
        )
    elif (
        row.outcome == "unknown"
        and o.position in _NOT_DONE
        and row.due is not None
        and row.due < o.as_of
        and o.completed is None
    ):
        update["outcome"] = "missed"
        text = (
            f"Due on {row.due}; the records show it not done by {o.as_of}"
            f" ({o.position.replace('_', ' ')})."
        )
    if day > o.as_of:
        text += (
            f" Read after the records' cut-off ({o.as_of}): a later completion or extension"
            " is not in the data."
        )
    update["explanation"] = text
    return row.model_copy(update=update)


def _dated(o: Obligation) -> str:
    words = {
        "exact": "on {}",
        "month": "in {} (month)",
        "year": "in {} (year)",
        "by_report": "by {} (the date of the report announcing it)",
        "before": "before {}",
        "approximate": "about {}",
    }
    return words[o.precision or "exact"].format(o.completed)


def _granted(record: Record, rule: str, day: date) -> tuple[ExtensionGranted, ...]:
    return tuple(
        ExtensionGranted.trusted(
            granted_by=x.meeting, granted=x.granted, precision=x.precision, until=x.until
        )
        for x in record.extensions
        if x.rule == rule and x.granted <= day
    )


def _new_areas(record: Record, row: DeadlineResult) -> bool:
    """Whether the lapsed deadline was replaced by a deadline for newly found areas: no
    known mined area was left uncleared when it passed."""
    replacing = _replacing(record.extensions, row.due)
    return replacing is not None and replacing.basis == "new_areas"


def _replacing(
    extensions: tuple[GrantedExtension, ...], due: date | None
) -> GrantedExtension | None:
    later = [x for x in extensions if x.until is not None and due is not None and x.granted > due]
    return min(later, key=lambda x: x.granted) if later else None


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
    lapsed = tuple(
        d.due for d in verdict.deadlines if d.rule == rule and d is not row and d.due is not None
    )
    return Position.trusted(
        rule=rule,
        outcome=row.outcome,
        due=row.due,
        completed=row.completed,
        extensions=len(row.extensions),
        lapsed=lapsed,
        in_violation=in_violation(row, day),
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
        seen = Counter(p.outcome for x in lines if (p := getattr(x, key)) is not None)
        counts[key] = {o: seen[o] for o in get_args(DeadlineOutcome) if seen[o]}
        counts[key]["in_violation"] = sum(
            1 for x in lines if (p := getattr(x, key)) is not None and p.in_violation
        )
    counts["states"] = {"listed": len(lines), "in_violation": sum(x.in_violation for x in lines)}
    return ComplianceReport.trusted(
        treaty=treaty, as_of=day, records_as_of=records_as_of, states=ordered, counts=counts
    )
