"""Which contested readings an answer rests on, and what each other reading gives.

A verdict's conclusion must say when it rests on one reading of a contested
point. For each point the evaluation consulted, the history is rebuilt with that
point alone set to each of its other options, and the answer on the day is
compared: the status, the withdrawal's outcome and date, whether the State is
bound by the treaty's obligations (a claimed suspension can release it while it
stays a party), the acts' outcomes and the deadlines' outcomes. A point whose
other options all give the same answer is not mentioned.

>>> from treatyrules import api
>>> from treatyrules.scenario import Scenario
>>> s = Scenario.model_validate({"treaty": "APMBC", "state": "XXA", "as_of": "2026-03-15",
...     "events": [{"kind": "accession", "date": "2010-03-15"},
...                {"kind": "withdrawal", "date": "2025-08-31", "reasons_given": True,
...                 "notified": ["depositary", "states_parties", "security_council"]}]})
>>> from treatyrules import treaties
>>> from treatyrules.engine import build_history
>>> t = treaties.get("APMBC")
>>> h = build_history(t, s, t.resolve(None))
>>> [(r.key, r.value, [o for o, _ in r.others]) for r in rests_on(h, s.as_of)]
[('month_end', 'clamp', ['roll_forward'])]
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from .core.interpretation import Consultation, Option, get_point
from .core.truth import Truth
from .engine import History, build_history

if TYPE_CHECKING:
    from .clauses.case import WithdrawalCase
    from .core.verdict import DeadlineResult

__all__ = ["Reading", "bound", "rests_on"]


_BOUND = frozenset({"party", "withdrawal_pending", "withdrawal_deferred"})
"""The statuses in which the treaty's obligations bind the State."""


def bound(
    history: History,
    day: date,
    status: str | None = None,
    possible: tuple[str, ...] = (),
) -> Truth:
    """Whether the State is bound by the treaty's obligations on ``day`` (as a party, also
    while its notice runs or its effect waits); UNKNOWN where a claimed suspension turns on
    a fact not given. ``status`` and ``possible``: the day's status and, if it is
    indeterminate, the statuses it may be, where the caller has read them already."""
    if status is None:
        status = history.status_on(day)
        if status == "indeterminate":
            possible = history.possible_statuses(day) or ()
    if status == "indeterminate":
        # Several statuses are possible: bound if every one of them binds, free if none does,
        # and otherwise a fact not given decides.
        held = {p in _BOUND for p in possible}
        if held == {False}:
            return Truth.FAILS
        if held == {True, False}:
            return Truth.UNKNOWN
    elif status not in _BOUND:
        return Truth.FAILS
    for claim in history.suspensions:
        t = claim.suspends_on(day)
        if t is not Truth.FAILS:
            return Truth.FAILS if t is Truth.HOLDS else Truth.UNKNOWN
    return Truth.HOLDS


@dataclass(frozen=True, slots=True)
class _Answer:
    status: str
    possible: tuple[str, ...]
    outcome: str | None
    effective: date | None
    bound: Truth
    acts: tuple[tuple[int, str], ...]
    deadlines: tuple[tuple[str, str], ...]
    annex: tuple[str, str] | tuple[()] = ()
    """An annexed instrument that binds, or may bind, the State beyond its release, by its
    name, and until when, as a clause ("Amended Protocol II", "binding until 2026-06-01");
    empty where none does."""

    def with_deadlines(self, rows: tuple[DeadlineResult, ...]) -> _Answer:
        """The same answer with the day's rows ``rows`` (built directly: ``replace`` costs
        more than the rows, asked for at most verdicts)."""
        return _Answer(
            self.status,
            self.possible,
            self.outcome,
            self.effective,
            self.bound,
            self.acts,
            tuple([(d.title, d.outcome) for d in rows]),
            self.annex,
        )


def _answer(
    history: History, day: date, deadlines: tuple[DeadlineResult, ...], columns: bool = False
) -> _Answer:
    """The answer compared across readings; with ``columns``, only the status, the withdrawal
    and whether the State is bound (a records table's line), not the acts and deadlines."""
    case = history.withdrawal_on(day)
    status = history.status_on(day)
    # Asked only where it can be other than none: possible_statuses reads the status again.
    possible = (history.possible_statuses(day) if status == "indeterminate" else None) or ()
    return _Answer(
        status=status,
        possible=possible,
        outcome=None if case is None else case.outcome_on(day),
        effective=None if case is None else case.effective,
        bound=bound(history, day, status, possible),
        acts=() if columns else tuple((a.index, a.outcome) for a in history.acts),
        deadlines=() if columns else tuple((d.title, d.outcome) for d in deadlines),
        annex=() if case is None else _annex(case),
    )


def _annex(case: WithdrawalCase) -> tuple[str, str] | tuple[()]:
    """The annex that binds, or may bind, the State beyond its release, by its name and as a
    clause of a reading's answer (CCW Art. 9(2), Amended Protocol II); empty where none does."""
    found = case.annex_beyond
    if found is None:
        return ()
    until, at_least = found.recorded()
    if until is not None:
        day = f"until {until}"
    elif at_least is not None:
        day = f"until {at_least} at the least"
    else:
        day = "until a day the facts do not give"
    binding = "binding" if found.certain else "perhaps binding"
    return case.words.annexed(found.annex), f"{binding} {day}"


def _deadlines(
    history: History, day: date, choices: Mapping[str, Option] | None = None
) -> tuple[DeadlineResult, ...]:
    """The day's deadline rows; with ``choices``, read under those options instead of the
    history's (a point only the day's rows read needs no other history)."""
    treaty = history.treaty
    if treaty.deadlines is None:
        return ()
    readings = history.ctx.consultation.on_a_day()
    if choices is not None:
        readings = Consultation(choices, readings.consulted, readings.mattered)
    return treaty.deadlines(history, day, readings)[0]


def _differs(base: _Answer, other: _Answer, released: bool = False) -> str:
    """What ``other`` gives where it departs from ``base``, in a clause (``released``: the
    day of effect is the State's release, under a treaty that keeps it bound meanwhile)."""
    parts: list[str] = []
    if other.status != base.status or other.possible != base.possible:
        status = other.status.replace("_", " ")
        if other.possible:
            status += f" (one of: {', '.join(p.replace('_', ' ') for p in other.possible)})"
        parts.append(status)
    if other.effective != base.effective and other.effective is not None:
        parts.append(
            f"the State released on {other.effective}"
            if released
            else f"taking effect on {other.effective}"
        )
    elif other.effective is None and base.effective is not None and not parts:
        # The same status, but its day of effect is no longer one (a defect not yet cured; or
        # several days, one for each answer to a fact not given): not "no day".
        status = other.status.replace("_", " ")
        what = "release" if released else "effect"
        parts.append(f"{status}, with a day of {what} that turns on facts not given")
    if other.bound is not base.bound and other.status == base.status:
        parts.append(
            {
                Truth.HOLDS: "bound by every obligation",
                Truth.FAILS: "not bound by the treaty's obligations",
                Truth.UNKNOWN: "bound or not depending on facts not given",
            }[other.bound]
        )
    if other.annex and other.annex != base.annex:
        parts.append(" ".join(other.annex))
    elif base.annex and not other.annex and "party" not in (other.status, *other.possible):
        parts.append(f"{base.annex[0]} released with the rest")
    mine = dict(base.acts)
    parts += [
        f"act [{i}] {o.replace('_', ' ')}" for i, o in other.acts if mine.get(i) not in (None, o)
    ]
    due, other_due = dict(base.deadlines), dict(other.deadlines)
    for title, o in other.deadlines:
        if due.get(title) != o:
            parts.append(f"{_lower(title)} {o.replace('_', ' ')}")
    parts += [
        f"no row for {_lower(title)} ({o.replace('_', ' ')} on the reading applied)"
        for title, o in base.deadlines
        if title not in other_due
    ]
    return ", ".join(parts) or "a different answer"


_FACTS = {
    "notified": "to whom the instrument was notified",
    "reasons_given": "whether the instrument gave its reasons",
}
"""The facts a point can hinge on (``InterpretationPoint.hinges``), in words: the fields of
the Scenario contract, not any treaty's wording."""


def _fact(path: str) -> str:
    """``events[2].notified`` in words; a field without words is "the fact" (its path follows).

    >>> _fact("events[2].notified"), _fact("events[0].reasons_given"), _fact("conflicts[0].end")
    ('to whom the instrument was notified', 'whether the instrument gave its reasons', 'the fact')
    """
    return _FACTS.get(path.rsplit(".", 1)[-1], "the fact")


def _lower(title: str) -> str:
    return f"{title[:1].lower()}{title[1:]}"


@dataclass(frozen=True, slots=True)
class Reading:
    """A contested point the answer rests on: the option applied and what each other gives."""

    key: str
    value: Option
    default: bool
    others: tuple[tuple[Option, str], ...]
    hinges_on: tuple[str, ...] = ()
    """The facts the scenario leaves unknown that make the point matter here, if any (an
    unknown notice, not a recorded defect)."""

    def sentence(self) -> str:
        """The reading in words, for a conclusion."""
        point = get_point(self.key)
        which = "the default reading" if self.default else "the reading chosen"
        others = "; ".join(f"{o}: {what}" for o, what in self.others)
        missing = " or ".join(f"{_fact(path)} ({path})" for path in self.hinges_on)
        hinge = (
            f" It matters here only because the facts do not say {missing}:"
            " the other readings describe what follows if those facts turn out against the"
            " instrument, not a defect on record."
            if self.hinges_on
            else ""
        )
        return (
            f"This rests on {which} of a contested point, {self.key} = {self.value}"
            f" ({point.describe(self.value)}).{hinge} Other readings give: {others}."
        )


def rests_on(
    history: History,
    day: date,
    read_today: Consultation | None = None,
    deadlines: tuple[DeadlineResult, ...] | None = None,
    *,
    columns: bool = False,
) -> tuple[Reading, ...]:
    """The contested points the answer on ``day`` rests on, with what each other option gives.

    ``read_today`` is the day's consultation: the history's reads and the day's own (a
    deadline's reading); by default the history's alone. ``deadlines``: the day's
    deadlines, if already read. With ``columns``, only the points that change the status,
    the withdrawal or whether the State is bound: what a records table's line shows (a
    deadline's reading changes no column).
    """
    consultation = read_today or history.ctx.consultation
    consulted = consultation.consulted
    # A point read only where its options agree (a month that has the starting day) cannot
    # change the answer: trying its other options would only cost another history.
    worth = consultation.mattered
    if worth.isdisjoint(consulted):
        return ()  # the usual case: nothing read could have gone another way
    choices = dict(consultation.choices)
    if columns:
        deadlines = ()
    elif deadlines is None:
        deadlines = _deadlines(history, day)
    base = _answer(history, day, deadlines, columns)
    scenario = history.ctx.scenario
    read_by_history = history.ctx.consultation.consulted  # the points the decisions read
    # Where the treaty keeps the State bound through the wait (CCW, TPNW), the day read is
    # the State's release, not the day the instrument takes effect.
    deferral = history.treaty.withdrawal.deferral
    released = deferral is not None and deferral.stays_bound
    found: list[Reading] = []
    for key in sorted(consulted):
        if key not in worth:
            continue
        point = get_point(key)
        value = consulted[key]
        others: list[tuple[Option, str]] = []
        for option in point.options:
            if option == value:
                continue
            chosen = {**choices, key: option}
            if key not in read_by_history:
                # Read only for the day's rows (a deadline's point, final_report): the history
                # is the same under either option, so only the rows are read again, and they
                # change no column of a records table's line.
                if columns:
                    continue
                rows = _deadlines(history, day, chosen)
                answer = base.with_deadlines(rows)
            else:
                known = tuple(sorted(chosen.items()))
                alt = history.alternatives.get(known)
                if alt is None:
                    alt = build_history(history.treaty, scenario, chosen)
                    history.alternatives[known] = alt
                answer = _answer(alt, day, () if columns else _deadlines(alt, day), columns)
            if answer != base:
                others.append((option, _differs(base, answer, released)))
        if others:
            found.append(
                Reading(key, value, value == point.default, tuple(others), _hinges(history, key))
            )
    return tuple(found)


def _hinges(history: History, key: str) -> tuple[str, ...]:
    """The unknown facts recorded by the rules that read ``key``: where the point matters only
    because a fact is missing, the sentence says so."""
    # Only the facts the point declares: a rule that reads several points records unknowns
    # (a conflict's end) that do not make every one of them matter.
    hinges = get_point(key).hinges
    if hinges and any(c.form_defects and c.revoked_on is None for c in history.withdrawals):
        # A defect of form on record (a recipient not notified, no reasons) in an instrument
        # not revoked makes a point on defects matter on its own, whatever else is left out.
        return ()
    readers = history.treaty.readers.get(key, frozenset())
    return tuple(
        dict.fromkeys(
            u.fact
            for u in history.ctx.unknowns
            if u.affects in readers and u.fact.rsplit(".", 1)[-1] in hinges
        )
    )
