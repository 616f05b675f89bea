"""What-if questions: the answers users ask for, each with the verdict that gives it.

* :func:`if_conflict_ends` -- "if the war ends on D, when does the withdrawal take effect?"
* :func:`earliest_effect` -- "what is the earliest date this withdrawal could take effect?"
* :func:`flips` -- "which single fact, changed, would flip this verdict?"

Each answer carries the verdict on the changed facts, so its reasons are there to read.
What an answer supposes (a conflict ending on a day, a fact changed by a flip) is not one
of the scenario's facts: the answer lists it in ``supposed`` and the verdict's note says so
first, since the
reasons read the changed scenario as they read any other. An answer dated by the default
reading of a contested point (the day a month without the starting day ends a period)
names that reading and what the others give.

>>> from treatyrules.what_if import if_conflict_ends
>>> doc = {"treaty": "APMBC", "state": "UKR", "as_of": "2026-03-01",
...        "events": [{"kind": "ratification", "date": "2005-12-27"},
...                   {"kind": "withdrawal", "date": "2025-07-18"}],
...        "conflicts": [{"name": "Russia-Ukraine war", "parties": ["RUS", "UKR"],
...                       "kind": "international", "start": "2022-02-24", "end": None}]}
>>> if_conflict_ends(doc, "Russia-Ukraine war", "2027-03-01").day
datetime.date(2027, 3, 1)
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from datetime import date, timedelta
from functools import partial
from typing import Any

from pydantic import ValidationError

from . import treaties, verdicts
from .api import _day, parse_date, to_scenario
from .clauses.conflict import kinds_by_name
from .core.errors import InputError
from .core.model import Frozen
from .core.verdict import Status, Verdict, WithdrawalOutcome
from .engine import History, build_history
from .errors import input_error
from .fields import LATEST
from .limits import MAX_FLIPS, excerpt
from .readings import rests_on
from .scenario import Scenario

__all__ = ["Answer", "Flip", "earliest_effect", "flips", "if_conflict_ends"]

Interpretation = Mapping[str, object] | None


class Answer(Frozen):
    """An answer to a what-if question, and the verdict on the facts it assumes."""

    question: str
    answer: str
    day: date | None
    verdict: Verdict
    supposed: tuple[str, ...] = ()
    """What the answer supposes that the scenario does not give (a conflict ending on a
    day), each in words; the verdict is on the scenario with these changes (an added field)."""


class Flip(Frozen):
    """A single change of fact that changes the verdict."""

    change: str
    status: Status
    withdrawal_outcome: WithdrawalOutcome | None
    effective_date: date | None
    differences: tuple[str, ...] = ()
    """What changes, each ``what: before -> after`` (status, withdrawal, acts[i])."""
    verdict: Verdict


def _evaluate(s: Scenario, day: date, interpretation: Interpretation) -> Verdict:
    return verdicts.evaluate(treaties.get(s.treaty), s, day, interpretation)


def _supposing(v: Verdict, supposed: tuple[str, ...]) -> Verdict:
    """``v`` with a note, first, that says what it supposes: its reasons speak of "the
    facts" of the changed scenario, which include the supposition."""
    said = "; ".join(supposed)
    note = (
        f"Supposed for this answer, not a fact given: {said}. Where the reasons below speak of"
        " the facts, they include what is supposed."
    )
    return v.model_copy(update={"note": note if v.note is None else f"{v.note} {note}"})


def _none_received(instrument: str, day: date | str) -> str:
    # Instruments are a closed world for the engine, not for the world: the facts given may
    # stop short of a notification received later, or one they do not record.
    return (
        f"None on the facts given: they record no {instrument} received by {day}. Whether one"
        " was received that they do not record, they cannot say; its period would run from"
        " its receipt."
    )


def _dated_by(s: Scenario, day: date, interpretation: Interpretation, effective: date) -> str:
    """Where the default (or chosen) reading of a contested point gives ``effective`` and
    another reading another day or none: that reading, in a clause; otherwise ''."""
    treaty = treaties.get(s.treaty)
    choices = treaty.resolve(interpretation)
    parts: list[str] = []
    for reading in rests_on(build_history(treaty, s, choices), day):
        others: list[str] = []
        for option, _ in reading.others:
            case = build_history(treaty, s, {**choices, reading.key: option}).withdrawal_on(day)
            other = None if case is None else case.effective
            if other != effective:
                others.append(f"{option}: {other or 'no date'}")
        if others:
            which = "the default reading" if reading.default else "the reading chosen"
            hinge = (
                f"; it matters only because the scenario does not give {', '.join(reading.hinges_on)}"
                if reading.hinges_on
                else ""
            )
            parts.append(
                f"{which} of a contested point, {reading.key} = {reading.value}"
                f" ({'; '.join(others)}{hinge})"
            )
    return "".join(f", on {p}" for p in parts)


def _with(s: Scenario, **changes: Any) -> Scenario:
    """A copy of ``s`` with fields replaced, validated again.

    The facts left as they were stay the scenario's own models, which validation
    takes as they are: a change costs the validation of what changed and the
    scenario's own checks, not that of every fact again (what keeps a what-if over
    many facts linear).
    """
    try:
        return Scenario.model_validate({**dict(s), **changes})
    except ValidationError as exc:
        raise input_error(exc) from None


def _replaced(s: Scenario, field: str, index: int, item: Mapping[str, Any] | None) -> Scenario:
    """``s`` with ``field[index]`` replaced by ``item``, or dropped if ``item`` is None."""
    items: list[Any] = list(getattr(s, field))
    if item is None:
        del items[index]
    else:
        items[index] = item
    return _with(s, **{field: items})


def _find_conflict(s: Scenario, conflict: str | int) -> int:
    if isinstance(conflict, int) and not isinstance(conflict, bool):
        if 0 <= conflict < len(s.conflicts):
            return conflict
    elif isinstance(conflict, str):
        for i, c in enumerate(s.conflicts):
            if c.name == conflict:
                return i
    else:
        raise InputError(
            "conflict", f"expected a conflict's name or index, got {type(conflict).__name__}"
        )
    names = ", ".join(excerpt(c.name) for c in s.conflicts[:5]) or "none"
    if len(s.conflicts) > 5:
        names += f", and {len(s.conflicts) - 5} more"
    raise InputError(
        "conflict", f"no conflict {excerpt(conflict)} in the scenario (conflicts: {names})"
    )


def _ending(s: Scenario, indices: Iterable[int], day: date) -> Scenario:
    """``s`` with each conflict of ``indices`` ending on ``day`` (in one validation)."""
    conflicts: list[Any] = list(s.conflicts)
    for index in indices:
        c = conflicts[index].model_dump(mode="json")
        if date.fromisoformat(c["start"]) >= day:
            raise InputError(
                "conflict", f"{excerpt(c['name'])} starts on {c['start']}: it cannot end on {day}"
            )
        c["end"] = day.isoformat()
        for marker in (
            "cessation_of_hostilities",
            "general_close_of_military_operations",
            "peace_settlement",
        ):
            if c.get(marker) is None or date.fromisoformat(c[marker]) > day:
                c[marker] = None
        if c.get("engaged_until") and date.fromisoformat(c["engaged_until"]) > day:
            c["engaged_until"] = None
        conflicts[index] = c
    return _with(s, conflicts=conflicts)


def if_conflict_ends(
    scenario: Scenario | Mapping[str, Any],
    conflict: str | int,
    day: date | str,
    *,
    as_of: date | str | None = None,
    interpretation: Interpretation = None,
) -> Answer:
    """When the withdrawal takes effect if ``conflict`` (its name or index) ends on ``day``."""
    s = to_scenario(scenario)
    end = parse_date(day, "day")
    index = _find_conflict(s, conflict)
    name = s.conflicts[index].name
    on = _day(as_of, s)
    changed = _ending(s, [index], end)
    words = treaties.get(s.treaty).words
    kind = s.conflicts[index].kind
    the = words.the_conflicts((name,), {name: kind})
    supposed = (f"{the} ends on {end}",)
    v = _supposing(_evaluate(changed, on, interpretation), supposed)
    question = f"If {the} ends on {end}, when does the {words.term} take effect?"
    # "that conflict" of an armed conflict, as before; an occupation named as one.
    that = "that conflict" if words.noun(kind) == words.conflict else f"that {words.noun(kind)}"
    w = v.withdrawal
    if w is None:
        return Answer.trusted(
            question=question,
            answer=_none_received(words.instrument, on),
            day=None,
            verdict=v,
            supposed=supposed,
        )
    if w.effective_date is None:
        answer = f"It still has no date: {w.condition or w.outcome}."
    else:
        hedge = _dated_by(changed, on, interpretation, w.effective_date)
        if name in w.deferred_by:
            answer = (
                f"On {w.effective_date}{hedge}: the {words.term} waits for the end of {that},"
                f" supposed on {end}."
            )
        else:
            answer = (
                f"On {w.effective_date}{hedge}: {that}, supposed to end on {end}, does not defer"
                f" it (the State is not engaged in it when the notice expires on"
                f" {w.notice_expires})."
            )
    return Answer.trusted(
        question=question, answer=answer, day=w.effective_date, verdict=v, supposed=supposed
    )


def earliest_effect(
    scenario: Scenario | Mapping[str, Any],
    *,
    as_of: date | str | None = None,
    interpretation: Interpretation = None,
) -> Answer:
    """The earliest day the latest withdrawal could take effect, seen from the assessment date."""
    s = to_scenario(scenario)
    day = _day(as_of, s)
    v = _evaluate(s, day, interpretation)
    words = treaties.get(s.treaty).words
    question = f"What is the earliest date this {words.term} could take effect?"
    w = v.withdrawal
    if w is None:
        return Answer.trusted(
            question=question, answer=_none_received(words.instrument, day), day=None, verdict=v
        )
    if w.outcome == "effective" and w.effective_date is not None:
        hedge = _dated_by(s, day, interpretation, w.effective_date)
        return Answer.trusted(
            question=question,
            answer=f"It already took effect, on {w.effective_date}{hedge}.",
            day=w.effective_date,
            verdict=v,
        )
    if w.outcome in ("revoked", "not_applicable") or w.revoked_on is not None:
        return Answer.trusted(
            question=question,
            answer=f"Never: {w.condition or 'it is ' + w.outcome.replace('_', ' ')}.",
            day=None,
            verdict=v,
        )
    if w.notice_expires is None:
        return Answer.trusted(
            question=question, answer=f"It cannot be said: {w.condition}.", day=None, verdict=v
        )
    candidate = max(w.notice_expires, day + timedelta(days=1))
    deferring = [i for i, c in enumerate(s.conflicts) if c.name in w.deferred_by]
    if deferring and candidate > LATEST:  # no conflict can be supposed to end that late
        return Answer.trusted(
            question=question,
            answer=f"It cannot be said: the earliest day would fall after {LATEST}, the last"
            " day a scenario may name.",
            day=None,
            verdict=v,
        )
    if not deferring:
        hedge = (
            "" if w.effective_date is None else _dated_by(s, day, interpretation, w.effective_date)
        )
        return Answer.trusted(
            question=question,
            answer=f"On {w.effective_date}{hedge}, when the notice expires: nothing defers it.",
            day=w.effective_date,
            verdict=v,
        )
    ended = [i for i in deferring if s.conflicts[i].start < candidate]
    changed = _ending(s, ended, candidate)
    names = words.the_conflicts(
        [s.conflicts[i].name for i in deferring], kinds_by_name(s.conflicts)
    )
    kinds = kinds_by_name(s.conflicts)
    supposed = tuple(
        f"{words.the_conflicts((s.conflicts[i].name,), kinds)} ends on {candidate}" for i in ended
    )
    best = _supposing(_evaluate(changed, day, interpretation), supposed)
    earliest = best.withdrawal.effective_date if best.withdrawal else None
    if earliest is None:
        # Ending the conflicts is not enough: the wait also lasts for what the facts do not
        # date (release and repatriation, say). No day can be given, and none is made up.
        still = best.withdrawal.condition if best.withdrawal else None
        return Answer.trusted(
            question=question,
            answer=f"It cannot be said: even if {names} ended on {candidate}, the effect still"
            f" waits for facts not given ({still or 'no date can be given'}).",
            day=None,
            verdict=best,
            supposed=supposed,
        )
    facts = (
        f" On the facts as given it takes effect on {w.effective_date}."
        if w.effective_date is not None
        else " On the facts as given no date can be given yet."
    )
    hedge = _dated_by(changed, day, interpretation, earliest)
    return Answer.trusted(
        question=question,
        answer=f"On {earliest}, if {names} ended that day{hedge}.{facts}",
        day=earliest,
        verdict=best,
        supposed=supposed,
    )


def _changes(s: Scenario, day: date) -> Iterator[tuple[str, Callable[[], Scenario]]]:
    """Single changes of fact worth trying, each described."""
    doc = s.model_dump(mode="json")
    treaty = treaties.get(s.treaty)
    everyone = list(treaty.withdrawal.notice.recipients)
    revoked_after = -1  # the index of the last revocation: a withdrawal before it is revoked
    for i, e in enumerate(doc["events"]):
        if e["kind"] == "revocation":
            revoked_after = i
    for i, e in enumerate(doc["events"]):
        if e["kind"] == "revocation" or (e["kind"] == "withdrawal" and i > revoked_after):
            yield (
                f"without events[{i}] (the {e['kind']} of {e['date']})",
                partial(_replaced, s, "events", i, None),
            )
        if e["kind"] == "withdrawal":
            for field, values in (("notified", ([], everyone)), ("reasons_given", (False, True))):
                for value in values:
                    if e.get(field) != value:
                        yield (
                            f"events[{i}].{field} = {value!r}",
                            partial(_replaced, s, "events", i, {**e, field: value}),
                        )
    for j, c in enumerate(doc["conflicts"]):
        name = excerpt(c["name"])
        yield f"without conflicts[{j}] ({name})", partial(_replaced, s, "conflicts", j, None)
        if c["end"] is not None:
            yield (
                f"conflicts[{j}] ({name}) still ongoing",
                partial(_replaced, s, "conflicts", j, {**c, "end": None}),
            )
        if s.state not in c["parties"]:
            joined = {**c, "parties": [*c["parties"], s.state]}
            yield (
                f"{s.state} a party to conflicts[{j}] ({name})",
                partial(_replaced, s, "conflicts", j, joined),
            )
    if treaty.act_variations is not None:
        for k, a in enumerate(doc["acts"]):
            for change, varied in treaty.act_variations(a):
                yield f"acts[{k}].{change}", partial(_replaced, s, "acts", k, varied)


def _summary(history: History, day: date) -> dict[str, str]:
    """What a flip is judged on, each part named as the differences name it: read from the
    decisions alone (a verdict's reasons are built only for a change that flips)."""
    case = history.withdrawal_on(day)
    parts: dict[str, str] = {"status": history.status_on(day)}
    if case is not None:
        w = case.result_on(day)
        parts["withdrawal"] = w.outcome + (f" on {w.effective_date}" if w.effective_date else "")
    for a in history.acts:
        parts[f"acts[{a.index}]"] = a.outcome
    return parts


def _differences(before: dict[str, str], after: dict[str, str]) -> tuple[str, ...]:
    return tuple(
        f"{key}: {before.get(key, 'none')} -> {after.get(key, 'none')}"
        for key in dict.fromkeys([*before, *after])
        if before.get(key) != after.get(key)
    )


def flips(
    scenario: Scenario | Mapping[str, Any],
    *,
    as_of: date | str | None = None,
    interpretation: Interpretation = None,
) -> tuple[Flip, ...]:
    """Every single change of fact (of those tried) that changes the status, the withdrawal's
    outcome or effective date, or an act's outcome."""
    s = to_scenario(scenario)
    day = _day(as_of, s)
    treaty = treaties.get(s.treaty)
    choices = treaty.resolve(interpretation)
    changes = list(_changes(s, day))
    if len(changes) > MAX_FLIPS:
        raise InputError(
            "",
            f"flips tries each single change of fact with an evaluation of its own: this"
            f" scenario offers {len(changes)}, more than the {MAX_FLIPS} it tries at most"
            " (ask about fewer facts)",
        )
    base = _summary(build_history(treaty, s, choices), day)
    found: list[Flip] = []
    for change, build in changes:
        try:
            changed = build()
        except InputError:
            continue  # the change would make the scenario invalid (e.g. an orphan revocation)
        history = build_history(treaty, changed, choices)
        differences = _differences(base, _summary(history, day))
        if differences:
            v = _supposing(verdicts.explain(history, day), (change,))
            w = v.withdrawal
            found.append(
                Flip.trusted(
                    change=change,
                    status=v.status,
                    withdrawal_outcome=None if w is None else w.outcome,
                    effective_date=None if w is None else w.effective_date,
                    differences=differences,
                    verdict=v,
                )
            )
    return tuple(found)
