"""A deadline row read with a State's record: what the compliance data adds to a verdict.

A Scenario cannot state everything the depositary and monitoring sources say of Arts. 4 and 5
(a completion dated to the month, an extension whose end the sources do not give, a stock found
after the deadline, another source's value). :func:`annotate` reads each Art. 4 and Art. 5 row
of a verdict with its record's obligation and extensions: the outcome follows what the facts
state, ``unknown`` with the reason where they leave it open, and a contested reading that decides
a row is named (``late_extension``, ``late_find``). :mod:`treatyrules.records.compliance` builds
the table from these rows.
"""

from __future__ import annotations

from datetime import date

from pydantic import Field

from ..core.interpretation import get_point
from ..core.verdict import (
    Completion,
    DeadlineOutcome,
    DeadlineResult,
    ExtensionGranted,
    Verdict,
)
from .model import Alternative, GrantedExtension, Obligation, Record, first_day, last_day

__all__ = ["LATE_FIND", "RecordedRow", "annotate"]

_NOT_DONE = ("in_violation", "deadline_missed", "in_progress")
_HELD = {"art_4": "a stockpile of anti-personnel mines", "art_5__para_1": "mined areas"}
_ARTICLE = {"art_4": "Art. 4", "art_5__para_1": "Art. 5(1)"}
_REVIVE = {"art_4": "revives", "art_5__para_1": "revive"}  # a stockpile; mined areas
_LAPSED = "(lapsed deadline)"
LATE_FIND = "late_find"
"""The interpretation point of a stockpile or area found after the deadline
(:mod:`treatyrules.treaties.apmbc.late_finds`): the rows it decides name it."""


# The words of the fields a row and the table's position share (one description each).
ALTERNATIVE = "A source's other value, where it gives another outcome."
DUE_STATED = "The deadline as precisely as the sources give it."
BASIS = "What the sources rest a breach on, where it is not the deadline's passing alone."
FIRST_COMPLETED = (
    "Where more was found after the deadline: the original stock's destruction, as the"
    " sources date it (``completed`` is that of the stock found later)."
)


class RecordedRow(DeadlineResult):
    """A deadline row read with a record's compliance data.

    What it adds is the compliance table's (:class:`Position`): a verdict's JSON keeps the
    contract's fields, and its explanation says the same in words.
    """

    reasons: tuple[str, ...] = Field(
        default=(), description="Why the row is unknown or provisional, in the facts' terms."
    )
    readings: tuple[str, ...] = Field(
        default=(), description="A contested reading that decided the row, and the other one."
    )
    alternative: str | None = Field(default=None, description=ALTERNATIVE)
    none_reported: bool = False
    due_stated: str | None = Field(default=None, description=DUE_STATED)
    basis: str | None = Field(default=None, description=BASIS)
    first_completed: str | None = Field(default=None, description=FIRST_COMPLETED)


def annotate(
    verdict: Verdict, record: Record | None, day: date, late_find: str | None = None
) -> Verdict:
    """``verdict`` with the record's compliance data on its Art. 4 and Art. 5 rows, a late
    find read as ``late_find`` says (default: the point's default)."""
    if record is None or not record.obligations or not verdict.deadlines:
        return verdict
    late_find = late_find or str(get_point(LATE_FIND).default)
    rows: list[DeadlineResult] = []
    settled: set[str] = set()
    for row in verdict.deadlines:
        found = record.obligation(row.rule) if row.rule in _HELD else None
        if found is None:
            none = row.rule == "art_5__para_1" and not row.title.endswith(_LAPSED)
            rows.append(_none_reported(row) if none else row)
            continue
        if row.title.endswith(_LAPSED):
            lapse = _lapse(row, found, record, verdict)
            if lapse is not None:
                rows.append(lapse)
            continue
        new = _row(row, found, record, day, late_find)
        if row.outcome == "unknown" and new.outcome != "unknown":
            settled.add(row.rule)
        rows.append(new)
    unknowns = tuple(u for u in verdict.unknowns if u.affects not in settled)
    update: dict[str, object] = {"deadlines": tuple(rows), "unknowns": unknowns}
    if any(r.startswith("found late") for x in rows for r in getattr(x, "readings", ())):
        # The reading decided a row: the verdict lists it with the others it applied.
        update["interpretations"] = {**verdict.interpretations, LATE_FIND: late_find}
    return verdict.model_copy(update=update)


def _none_reported(row: DeadlineResult) -> RecordedRow:
    """Art. 5 of a State the data does not list: it lists every State found to have
    reported mined areas, so none were reported; that is not a finding that there are none."""
    text = (
        f"Due on {row.due}, if the State has mined areas: the compliance data lists every"
        " State found to have reported (or credibly been reported to have) mined areas, and"
        " not this one. None reported; whether there are none the sources do not say."
    )
    return _recorded(row, explanation=text, none_reported=True)


def _recorded(row: DeadlineResult, **update: object) -> RecordedRow:
    fields = {**dict(row), **update}
    return RecordedRow.trusted(**{k: fields[k] for k in RecordedRow.model_fields if k in fields})


def _row(
    row: DeadlineResult, o: Obligation, record: Record, day: date, late_find: str
) -> RecordedRow:
    update: dict[str, object] = {"records_as_of": o.as_of, "sources": o.sources}
    reasons: list[str] = []
    readings: list[str] = []
    due = row.due
    outcome = row.outcome
    text = row.explanation
    if o.completed is not None and o.precision is not None:
        update["completed"] = Completion.trusted(date=o.completed, precision=o.precision)
    granted = _granted(record, row.rule, day)
    if granted:
        update["extensions"] = granted
    current = _in_force(record, row.rule, day)
    if current is not None and current.until is not None and len(current.until) < 10:
        update["due_stated"] = current.until
    done = o.position == "completed" and o.completed is not None
    open_ended = _open_ended(record, row.rule, day)
    doubted = _doubted_grant(record, row.rule, day)
    if o.not_applicable:
        outcome = "not_applicable"
        update["met_on"] = None
        if o.unsubstantiated:
            text = (
                f"No mined area is shown: {o.held}; the suspicion was reported not substantiated"
                f" ({o.as_stated}). No deadline was missed."
            )
        else:
            text = (
                f"The sources show no {_HELD[row.rule].split(' ', 1)[1]} to destroy ({o.held}):"
                f" not applicable. The Art. 7 reports still run, and {_HELD[row.rule]} found"
                f" later {_REVIVE[row.rule]} the obligation."
            )
    elif (
        open_ended is not None
        and due is not None
        and day > due
        and not (done and o.done_by is not None and o.done_by <= due)
    ):
        # Extended in time to a day the sources do not give: past the old deadline, the
        # State may be within the new one or past it.
        outcome, due = "unknown", None
        reasons.append(f"extended at the {_meeting(open_ended)} to a date not in the sources seen")
        text = f"The deadline on {day} is not known: {reasons[-1]}."
    elif doubted is not None and due is not None and day > due:
        # Extended by then on one source's grant date, not yet on the other's.
        outcome, due = "unknown", None
        reasons.append(f"which meeting extended the deadline is uncertain: {doubted.note}")
        text = f"The deadline on {day} is not known: {reasons[-1]}."
    elif done and o.found_late and due is not None and day > due and (o.done_by or due) > due:
        # Completed after the deadline, but what was completed was found after it: the
        # reading of a late find decides, and the row names it.
        point = get_point(LATE_FIND)
        which = "the default reading" if late_find == point.default else "the reading chosen"
        reading = next(option for option in point.options if option != late_find)
        strict = late_find == "strict"
        outcome = "missed" if strict else "met"
        gives = "met" if strict else "missed"
        otherwise = "as a new obligation" if strict else "read strictly"
        readings.append(
            f"found late: {LATE_FIND} = {late_find} ({which}): {point.describe(late_find)};"
            f" {otherwise} ({LATE_FIND} = {reading}) it was {gives}"
        )
        held = f"{o.held}: completed"
        if o.first_done is not None:
            # Both destructions: the first stock's, and that of the stock found later.
            update["first_completed"] = o.first_done
            before = " before it" if last_day(o.first_done.removeprefix("by ")) <= due else ""
            held = (
                f"the original stock destroyed {o.first_done}{before}; more found later, completed"
            )
        text = (
            f"Due on {due}; {held} {_dated(o)} (as the sources state it:"
            f" {o.as_stated}). This rests on {which} of a contested point, {LATE_FIND} ="
            f" {late_find} ({point.describe(late_find)}); {otherwise} ({LATE_FIND} ="
            f" {reading}) the deadline was {gives}."
        )
    elif (
        o.history_unverified
        and not record.extensions
        and due is not None
        and day > due
        and (not done or o.done_by is None or o.done_by > due)
    ):
        # Completed after the original deadline with no extension on file, though the sources
        # say the history of extensions was not checked: a late completion is not shown.
        outcome, due = "unknown", None
        said = o.current_due.removeprefix("not verified").strip(" ()")
        reasons.append(f"the extension history is not verified ({said})")
        text = f"Due on {row.due} at first; {reasons[-1]}."
    elif (
        done and o.retained_when_late and due is not None and day > due and (o.done_by or due) > due
    ):
        # Art. 4 binds "except as provided for in Article 3": mines declared retained under
        # Art. 3 and destroyed after the deadline show no breach unless the retention fell
        # outside Art. 3, which the sources do not say.
        outcome = "unknown"
        said = (o.notes or "").partition(" [precision")[0].rstrip(".")
        reasons.append(
            f"completed {_dated(o)}, after {due}, but of mines declared retained ({said}):"
            " Art. 4 binds 'except as provided for in Article 3', and whether their retention"
            " came within Art. 3 the sources do not say, so no breach is shown"
        )
        text = f"Due on {due}; {reasons[-1]}."
    elif done and due is not None:
        outcome, text = _by_completion(due, o, day)
        if outcome == "unknown":
            reasons.append(
                f"completed {_dated(o)}: the sources do not date it precisely enough to say"
                f" whether it was by {due}"
            )
    elif (
        row.outcome == "unknown"
        and o.position in _NOT_DONE
        and due is not None
        and due < o.as_of
        and o.completed is None
    ):
        if o.provisional is not None:
            # The notes call the position provisional: a decision that may have extended the
            # deadline was not read. Not a firm breach.
            reasons.append(f"provisional: {o.provisional}")
            text = (
                f"Due on {due}; the records show it not done by {o.as_of}"
                f" ({o.position.replace('_', ' ')}), but {reasons[-1]}."
            )
        else:
            outcome = "missed"
            text = (
                f"Due on {due}; the records show it not done by {o.as_of}"
                f" ({o.position.replace('_', ' ')})."
            )
            if o.unreported_contamination:
                # The breach the sources find is not the deadline's passing alone: they do not
                # date the contamination, so the reading of a late find cannot be applied.
                update["basis"] = (
                    f"in violation on Mine Action Review's finding of known contamination and no"
                    f" new deadline sought ({(o.notes or '').rstrip('.')}), not on the {due}"
                    " deadline's passing: the sources do not date the contamination, so whether"
                    f" it was there then or found after it (the point {LATE_FIND}) is not shown"
                )
                text += f" The breach rests on this: {update['basis']}."
    elif o.position == "in_progress" and o.completed is not None:
        text += " The obligation was re-opened later: newly found mined areas."
    elif o.position == "completed" and o.completed is None:
        text += " The sources report it completed, but give no date."
    other = _alternative(record, row.rule, due, o, day, outcome)
    if other is not None:
        alt, alt_outcome = other
        value = f"by {alt.alternative}" if alt.precision == "by_report" else alt.alternative
        # A report's date bounds the completion from above only: it may leave it open.
        makes = "leave it" if alt_outcome == "unknown" else "make it"
        said = (
            f"another source gives {value}, which would {makes}"
            f" {alt_outcome.replace('_', ' ')} ({alt.note})"
        )
        if alt.basis == "uncertain":
            outcome = "unknown"
            reasons.append(f"the sources disagree: {said}")
        else:
            update["alternative"] = said
        text += f" But {said}."
    if day > o.as_of:
        text += (
            f" Read after the records' cut-off ({o.as_of}): a later completion or extension"
            " is not in the data."
        )
    if outcome != "met":
        update["met_on"] = None
    return _recorded(
        row,
        **update,
        due=due,
        outcome=outcome,
        explanation=text,
        reasons=tuple(reasons),
        readings=tuple(readings),
    )


def _by_completion(due: date, o: Obligation, day: date) -> tuple[DeadlineOutcome, str]:
    """The outcome a completion dated as precisely as the sources date it gives, and why."""
    assert o.completed is not None
    last = o.done_by
    first = first_day(o.completed, o.precision or "")
    stated = f"(as the sources state it: {o.as_stated})"
    if last is not None and last <= due and not o.late_stated:
        if last <= day:
            return "met", f"Due on {due}; completed {_dated(o)} {stated}."
        return "pending", f"Due on {due}."
    if day <= due:
        return "pending", f"Due on {due}."
    if o.late_stated or (first is not None and first > due):
        return "missed", f"Due on {due}; completed only {_dated(o)}, after it {stated}."
    # Dated only by month or year (or "by" a report's or an announcement's day): done by
    # the deadline or not, the sources do not say.
    return "unknown", (
        f"Due on {due}; completed {_dated(o)}, which the sources do not date precisely enough"
        f" to say whether it was in time {stated}."
    )


def _lapse(
    row: DeadlineResult, o: Obligation, record: Record, verdict: Verdict
) -> RecordedRow | None:
    """The engine's lapsed deadline, as far as the facts support a lapse (None: none)."""
    if _new_areas(record, row):
        return None
    due = row.due
    replacing = _replacing(record.extensions, due)
    later = "" if replacing is None else f" the {_meeting(replacing)} extension"
    update: dict[str, object] = {"records_as_of": o.as_of}
    timely = [
        x
        for x in record.extensions
        if x.rule == row.rule and x.until is None and due is not None and x.granted <= due
    ]
    doubt = _uncertain(record, "art_5.granted")
    if timely:
        x = timely[-1]
        reason = (
            f"the {_meeting(x)} extended the {due} deadline in time, to a date not in the"
            f" sources seen; whether that date passed before{later or ' a later extension'}"
            " the sources do not say"
        )
        return _recorded(
            row,
            **update,
            due=None,
            outcome="unknown",
            explanation=f"A lapse is not shown: {reason}.",
            reasons=(reason,),
        )
    # The other grant date is on or before the deadline: granted in time on that value.
    if doubt is not None and due is not None and str(doubt.alternative) <= str(due):
        reason = f"which meeting extended the {due} deadline is uncertain: {doubt.note}"
        return _recorded(
            row,
            **update,
            outcome="unknown",
            explanation=f"Due on {due}; a lapse is not shown: {reason}.",
            reasons=(reason,),
        )
    if replacing is not None and replacing.lapse != "stated":
        reason = (
            f"extended only by{later}, after it had passed; the sources do not say whether a"
            " request was pending when it passed (the point late_extension concerns a"
            " deadline left with no request)"
        )
        return _recorded(
            row,
            **update,
            outcome="unknown",
            explanation=f"Due on {due}; {reason}.",
            reasons=(reason,),
        )
    option = verdict.interpretations.get("late_extension")
    readings: tuple[str, ...] = ()
    if option is not None and option == get_point("late_extension").default:
        readings = (
            f"late_extension={option} (the default) decides it: the later extension does not"
            " undo the lapse; with late_extension=cured it does",
        )
    return _recorded(row, **update, readings=readings)


def _meeting(x: GrantedExtension) -> str:
    name = x.meeting or "meeting"
    when = x.as_stated.partition(")")[0].partition("(")[2]
    return f"{name} ({when})" if when else name


def _dated(o: Obligation) -> str:
    words = {
        "exact": "on {}",
        "month": "in {} (month)",
        "year": "in {} (year)",
        "by_report": "by {} (the report announcing it)",
        "before": "before {}",
        "approximate": "about {}",
        "announced": "by {} (the day it was announced)",
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


def _in_force(record: Record, rule: str, day: date) -> GrantedExtension | None:
    """The latest extension of ``rule`` granted by ``day``."""
    granted = [x for x in record.extensions if x.rule == rule and x.granted <= day]
    return granted[-1] if granted else None


def _open_ended(record: Record, rule: str, day: date) -> GrantedExtension | None:
    """The extension in force on ``day``, if the sources do not give its end date."""
    current = _in_force(record, rule, day)
    return current if current is not None and current.until is None else None


def _uncertain(record: Record, field: str) -> Alternative | None:
    return next(
        (a for a in record.alternatives if a.field == field and a.basis == "uncertain"), None
    )


def _doubted_grant(record: Record, rule: str, day: date) -> Alternative | None:
    """An uncertain grant date on which the deadline on ``day`` depends: granted by then on
    the other value, not yet on the recorded one."""
    doubt = _uncertain(record, "art_5.granted") if rule == "art_5__para_1" else None
    if doubt is None or doubt.alternative is None or doubt.recorded is None:
        return None
    early, late = sorted((str(doubt.alternative), str(doubt.recorded)))
    return doubt if early <= day.isoformat() < late else None


def _alternative(
    record: Record, rule: str, due: date | None, o: Obligation, day: date, outcome: str
) -> tuple[Alternative, DeadlineOutcome] | None:
    """A source's other completion or deadline, where it gives another outcome."""
    article = "art_4" if rule == "art_4" else "art_5"
    for alt in record.alternatives:
        if alt.field not in (f"{article}.completed", f"{article}.current_due"):
            continue
        if alt.alternative is None or due is None or o.position != "completed":
            continue
        value = str(alt.alternative)
        if alt.field.endswith("completed"):
            grain = {4: "year", 7: "month", 10: "exact"}[len(value)]
            other = o.model_copy(update={"completed": value, "precision": alt.precision or grain})
            found, _ = _by_completion(due, other, day)
        elif o.completed is not None:
            found, _ = _by_completion(last_day(value), o, day)
        else:
            continue
        if found != outcome:
            return alt, found
    return None


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
