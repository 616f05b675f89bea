"""One instrument of withdrawal judged on all the facts, read on any day.

Most instruments have a single possible outcome. An unknown fact that decides
whether or when the withdrawal takes effect gives one :class:`World` per
possibility; the outcome on a day is determinate only when every world agrees.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Literal

from ..core.verdict import AnnexBound, Finding, WithdrawalOutcome, WithdrawalResult
from ..scenario import Conflict
from .annex import AnnexWait
from .conflict import kinds_by_name
from .words import Kinds, Words, agreeing, quoted, slots

__all__ = ["Standing", "WithdrawalCase", "World"]


# Not frozen, though never changed: built per evaluation, and frozen costs ~1 µs more (bench/).
@dataclass(slots=True)
class Standing:
    """The State's position on the day the Depositary receives an instrument of withdrawal."""

    in_force_since: date | None = None
    """The treaty is in force for the State since this day."""
    enters_into_force: date | None = None
    """The State has deposited; the treaty enters into force for it on this later day."""
    left_on: date | None = None
    """An earlier withdrawal already took effect on this day."""
    left_by: date | None = None
    """An earlier withdrawal already took effect on a day the facts do not fix, by this one."""
    running: WithdrawalCase | None = None
    """An earlier instrument of withdrawal that has not yet taken effect."""
    left_with: WithdrawalCase | None = None
    """The earlier instrument whose effect ended the membership (with ``left_on`` or
    ``left_by``): what decides the position after it, whatever comes later."""
    not_in_force: bool = False
    """The State has consented, but the treaty itself is not in force."""
    left_over: int | None = None
    """Days an earlier, revoked notice still had to run when it was revoked."""


# Not frozen, though never changed: built per evaluation, and frozen costs ~1 µs more (bench/).
@dataclass(slots=True)
class World:
    """One way the facts may turn out for an instrument of withdrawal.

    Most instruments have one. An unknown fact that decides whether or when the
    withdrawal takes effect gives one world per possibility; the outcome on a day
    is determinate only if every world agrees.
    """

    label: str = ""
    """The assumption this world makes ("if the State is still engaged ...")."""
    applicable: bool = True
    expiry: date | None = None
    """None with ``applicable``: the period has not started (a defect not cured)."""
    effective: date | None = None
    effective_by: date | None = None
    """With no ``effective`` day (a conflict's end is missing): the latest day it can be."""
    deferred_by: tuple[str, ...] = ()
    open_ended: bool = False
    prolonged_by: tuple[str, ...] = ()
    """The later conflicts that prolong the wait past the end of those that deferred it."""
    ongoing: tuple[str, ...] = ()
    """The conflicts the wait lasts for that the facts record as ongoing."""
    revoked_on: date | None = None
    tested: Literal["expiry", "notification"] | None = None
    """When the treaty tests engagement in an armed conflict; None: it has no such exception."""
    annex_open: AnnexWait | None = None
    """An annex that would bind the State beyond its release, and a revocation between the two
    days (:attr:`~.deferral.Deferral.annex_open`)."""
    annex_until: AnnexWait | None = None
    """An annex the withdrawal covers that binds the State beyond its release, and until when
    (:attr:`~.deferral.Deferral.annex_until`)."""
    annex_maybe: AnnexWait | None = None
    """An annex that may do so on facts not given (:attr:`~.deferral.Deferral.annex_maybe`)."""
    after: date | None = None
    """With no ``expiry``: the period starts on a day the facts do not give, so the withdrawal
    takes effect after this day (notice "in advance" whose last receipt is not given)."""

    def outcome_on(self, day: date) -> WithdrawalOutcome:
        if not self.applicable:
            return "not_applicable"
        if self.revoked_on is not None and self.revoked_on <= day:
            return "revoked"
        if self.effective is not None and self.effective <= day:
            return "effective"
        if self.effective_by is not None and self.effective_by <= day:
            return "effective"
        if self.expiry is not None and self.expiry <= day:
            return "deferred"
        return "pending"

    def describe(self, w: Words, until: str | None, bound: bool = False, past: bool = False) -> str:
        """This world's outcome in a clause; ``until`` is what a deferral waits for, as a
        clause ("the armed conflict 'X' ends"); ``bound``: the treaty words the wait as the
        State staying bound; ``past``: said of a wait over by the day of the reading."""
        if not self.applicable:
            return f"it is not a {w.term}"
        if self.revoked_on is not None:
            return f"revoked on {self.revoked_on}, it never takes effect"
        if self.expiry is None and self.after is not None:
            return f"it takes effect no earlier than {self.after}, on a day the facts do not give"
        if self.expiry is None:
            return "its notice period never starts on these facts"
        if self.effective is not None and bound and self.deferred_by:
            # The treaty keeps the State bound through the wait: that is what ends on the day.
            return f"the State {'was' if past else 'stays'} bound until {self.effective}"
        if self.effective is not None:
            return f"it takes effect on {self.effective}"
        if bound and self.deferred_by:
            stays = "was bound" if past else "stays bound"
            return f"the State {stays} until {until}, a day the facts do not give" + (
                self.at_the_latest()
            )
        takes = "took effect" if past else "takes effect"
        return f"it {takes} when {until}, on a day the facts do not give" + self.at_the_latest()

    def at_the_latest(self) -> str:
        return "" if self.effective_by is None else f" (by {self.effective_by} at the latest)"

    def proviso(self, w: Words) -> str:
        """What could still stop a withdrawal that nothing defers from taking effect on its day."""
        if self.tested == "expiry":
            return (
                f"provided the State is not engaged in {w.a_conflict} on {self.expiry}"
                " (the scenario lists none involving it on that day)"
            )
        if self.tested == "notification":
            return (
                f"no {w.conflict} involving the State is recorded for the day when it gave notice,"
                " so no conflict defers it"
            )
        return f"the treaty makes no exception for {w.conflict}"


@dataclass(slots=True)
class WithdrawalCase:
    """One instrument of withdrawal judged on all the facts; read on any day."""

    index: int
    received: date
    explanation: Callable[[WithdrawalCase], Finding]
    """Builds the case's finding, the reasons, from the decisions (called once, on demand).
    It is given the case rather than closing over it: a closure over its own case would make
    each case a reference cycle, left for the cyclic collector (bench/)."""
    words: Words
    """The treaty's words, for the sentences read from the case."""
    worlds: tuple[World, ...] = (World(applicable=False),)
    redundant_to: WithdrawalCase | None = None
    withdraws_consent: bool = False
    protocol: str | None = None
    """The annexed Protocol denounced, if the instrument denounces only that (CCW)."""
    awaits: str | None = None
    """What the treaty's armed-conflict exception waits for, as a clause in its words with the
    slots of :meth:`~.words.Words.slots` for the conflicts ("{the} end{verb_s}"); None: it
    has none."""
    engaged: str = "engaged in"
    """The State's part in a conflict that defers the effect, in the treaty's words
    ("engaged in", "involved in", "a party to"), with the agreement slots of
    :func:`~.words.slots`."""
    bound_by: str | None = None
    """What the State continues to be bound by while the wait lasts, where the treaty words
    the wait so ("the obligations of ..."); None: the withdrawal does not take effect."""
    conflicts: tuple[Conflict, ...] = ()
    """The scenario's conflicts, whose kinds the sentences naming them follow."""
    form_holds: bool = True
    """Whether the instrument met every formal requirement (its notice to each recipient, its
    reasons): a conclusion calls the notice lawful only then."""
    form_defects: tuple[Finding, ...] = ()
    """The formal requirements the facts record as not met (a recipient not notified, no
    reasons given), as their findings: a conclusion names them. A fact of form not given is
    not among them: it is an unknown."""
    # Memos of what is built on demand: no part of the case's value, nor given to build one.
    _finding: Finding | None = field(default=None, init=False, repr=False, compare=False)
    _kinds: Kinds | None = field(default=None, init=False, repr=False, compare=False)
    _beyond: tuple[AnnexWait | None] | None = field(
        default=None, init=False, repr=False, compare=False
    )

    @property
    def finding(self) -> Finding:
        """The reasons for the decisions, built the first time they are asked for."""
        if self._finding is None:
            self._finding = self.explanation(self)
        return self._finding

    def explanation_once(self) -> Finding:
        """:attr:`finding`, as a callable a history can keep until a reader asks."""
        return self.finding

    def _same(self, attr: str) -> object:
        values = {getattr(w, attr) for w in self.worlds}
        return values.pop() if len(values) == 1 else None

    @property
    def applicable(self) -> bool:
        worlds = self.worlds
        return worlds[0].applicable if len(worlds) == 1 else any(w.applicable for w in worlds)

    @property
    def determinate(self) -> bool:
        return len(self.worlds) == 1

    # The usual case, one world, read directly: these are read on every status read.
    @property
    def expiry(self) -> date | None:
        worlds = self.worlds
        return worlds[0].expiry if len(worlds) == 1 else self._same("expiry")  # type: ignore[return-value]

    @property
    def effective(self) -> date | None:
        """The day it takes effect on all the facts; None if never, or not determined."""
        worlds = self.worlds
        return worlds[0].effective if len(worlds) == 1 else self._same("effective")  # type: ignore[return-value]

    @property
    def revoked_on(self) -> date | None:
        worlds = self.worlds
        return worlds[0].revoked_on if len(worlds) == 1 else self._same("revoked_on")  # type: ignore[return-value]

    @property
    def annex_open(self) -> AnnexWait | None:
        """An annex a revocation between the two days leaves in doubt: on every answer, or
        on some of them only (then never for certain)."""
        worlds = self.worlds
        if len(worlds) == 1:
            return worlds[0].annex_open
        return _across({w.annex_open for w in worlds})

    @property
    def annex_until(self) -> AnnexWait | None:
        """An annex that binds the State beyond its release, on every answer to the facts."""
        worlds = self.worlds
        return worlds[0].annex_until if len(worlds) == 1 else self._same("annex_until")  # type: ignore[return-value]

    @property
    def annex_maybe(self) -> AnnexWait | None:
        """An annex that may bind the State beyond its release: on every answer to the facts,
        or, where the answers differ (a conflict counts only if the State is bound by an
        amendment), the one annex wait some of them give and the others do not."""
        worlds = self.worlds
        if len(worlds) == 1:
            return worlds[0].annex_maybe
        if self.annex_until is not None:
            return None
        return _across({w.annex_until or w.annex_maybe for w in worlds})

    @property
    def annex_beyond(self) -> AnnexWait | None:
        """The annex whose own wait binds, or may bind, the State beyond its release, or one
        a revocation between the two days leaves in doubt (None: none): :attr:`annex_until`,
        else :attr:`annex_maybe`, else :attr:`annex_open`, read once (across the answers to the
        facts each is a set of the worlds', and a records table reads it on every line)."""
        if self._beyond is None:
            self._beyond = (self.annex_until or self.annex_maybe or self.annex_open,)
        return self._beyond[0]

    def annex_later(self) -> str:
        """The annex that binds the State beyond its release, as a clause to follow "bound by
        ... until D": ", and by those of Amended Protocol II until D2" (empty where none does);
        "perhaps" where that turns on facts not given. Without the annex's own day it may be no
        later than the release: "if that is later"."""
        found = self.annex_beyond
        if found is None:
            return ""
        named = self.words.annexed(found.annex)
        if found.revoked is not None:
            floor = found.floor
            left = f" (whether its revocation of {found.revoked} ends them is a question left open)"
            if found.certain and floor is not None:
                return f", and by those of {named} until {min(floor, found.revoked)} at the least{left}"
            return f", and perhaps by those of {named} after that day{left}"
        if found.latest is not None and (found.until is not None or not found.certain):
            later = str(found.latest)
        elif found.at_least is not None and found.release and found.at_least > found.release:
            later = f"{found.awaits}, not before {found.at_least}"
        else:
            later = f"{found.awaits}, if that is later"
        perhaps = "" if found.certain else "perhaps "
        return f", and {perhaps}by those of {named} until {later}"

    @property
    def deferred_by(self) -> tuple[str, ...]:
        if len(self.worlds) == 1:
            return self.worlds[0].deferred_by
        names: list[str] = []
        for w in self.worlds:
            names += [n for n in w.deferred_by if n not in names]
        return tuple(names)

    @property
    def open_ended(self) -> bool:
        return all(w.open_ended for w in self.worlds)

    @property
    def prolonged_by(self) -> tuple[str, ...]:
        """The later conflicts that prolong the wait, where every world agrees on them."""
        if len(self.worlds) == 1:
            return self.worlds[0].prolonged_by
        return self._same("prolonged_by") or ()  # type: ignore[return-value]

    @property
    def ongoing(self) -> tuple[str, ...]:
        """The conflicts the wait lasts for that the facts record as ongoing, where every
        world agrees on them."""
        if len(self.worlds) == 1:
            return self.worlds[0].ongoing
        return self._same("ongoing") or ()  # type: ignore[return-value]

    @property
    def kinds(self) -> Kinds:
        """The kind of each conflict by its name, for the sentences that name them (one
        condition asks several times: gathered once per case)."""
        if self._kinds is None:
            self._kinds = kinds_by_name(self.conflicts)
        return self._kinds

    def the_conflicts(self, names: tuple[str, ...], shown: bool = True) -> str:
        """The conflicts ``names``, each named by its kind in the treaty's words."""
        return self.words.the_conflicts(names, self.kinds, shown)

    def engaged_in(self, names: tuple[str, ...]) -> str:
        """The State's part in the conflicts ``names``, agreeing with their number."""
        return agreeing(self.engaged, names)

    def waits(self, until: str) -> str:
        """The rule of the wait in a clause: the State continues to be bound until ``until``,
        or the withdrawal takes effect when it happens, as the treaty words it."""
        if self.bound_by is not None:
            # "until it is no longer party ...": the sentence has just named the State.
            until = "it " + until[len("the State ") :] if until.startswith("the State ") else until
            return f"the State continues to be bound by {self.bound_by} until {until}"
        return f"takes effect when {until}"

    @property
    def prolonging(self) -> str:
        """The later conflicts that prolong the wait, as a clause ("the later armed conflict
        'B' prolongs the wait"); empty if none does."""
        later = self.prolonged_by
        if not later:
            return ""
        named = self.words.the_conflicts(later, self.kinds, the="the later")
        return f"{named} prolong{slots(later)['verb_s']} the wait"

    @property
    def recorded_ongoing(self) -> str:
        """The conflicts recorded as ongoing, after a sentence has named those the wait lasts
        for (the later ones, if any): "it" where it named one."""
        named = self.prolonged_by or self.deferred_by
        return "it" if len(named) == 1 else quoted(self.ongoing or named)

    def outcomes_on(self, day: date) -> tuple[WithdrawalOutcome, ...]:
        """The outcome in each world, without repeats."""
        if len(self.worlds) == 1:
            return (self.worlds[0].outcome_on(day),)
        found: list[WithdrawalOutcome] = []
        for w in self.worlds:
            o = w.outcome_on(day)
            if o not in found:
                found.append(o)
        return tuple(found)

    def outcome_on(self, day: date) -> WithdrawalOutcome:
        if len(self.worlds) == 1:
            return self.worlds[0].outcome_on(day)
        outcomes = self.outcomes_on(day)
        return outcomes[0] if len(outcomes) == 1 else "indeterminate"

    @property
    def effective_between(self) -> tuple[date, date] | None:
        """The earliest and latest day it may take effect, if it does in every world."""
        days = [w.effective or w.effective_by for w in self.worlds]
        found = [d for d in days if d is not None]
        if len(found) < len(days) or not all(w.applicable for w in self.worlds):
            return None
        return min(found), max(found)

    def condition_on(self, outcome: WithdrawalOutcome) -> str | None:
        if outcome in ("not_applicable", "revoked"):
            return None
        if outcome == "effective" and self.effective is not None:
            return None
        if not self.determinate:
            return self.possibilities()
        if outcome == "effective" and not self.prolonging:  # in effect by now, on a day not given
            return self.worlds[0].describe(
                self.words, self.awaits_any, self.bound_by is not None, past=True
            )
        world = self.worlds[0]
        if world.revoked_on is not None:
            return (
                f"never takes effect: the State revokes the instrument on {world.revoked_on},"
                " before it would take effect"
            )
        if world.expiry is None:
            return (
                "the notice period has not started: the defect of form is not cured on these facts"
            )
        names = world.deferred_by
        awaits = self.waits((self.awaits or "").format(**self.words.slots(names, self.kinds)))
        # The later conflicts are not said to "end": what ends the wait for them is the
        # treaty's own test (peace, the operations after it, the State's part), said above.
        later = self.prolonging
        if world.open_ended and later:
            return (
                f"{awaits}; {later}, and the facts record"
                f" {self.recorded_ongoing} as ongoing, so no date can be given"
            )
        if world.effective is None and later:
            return f"{awaits}; {later}, to a day the facts do not give{world.at_the_latest()}"
        if world.open_ended:
            # "it" where the clause before named the one conflict; else name those going on.
            named = len(names) == 1 and any(s in (self.awaits or "") for s in ("{the}", "{names}"))
            going = world.ongoing or names
            it = "it is" if named else f"{self.the_conflicts(going)} {slots(going)['is']}"
            return f"{awaits}; {it} ongoing, so no date can be given"
        if world.effective is None:
            return f"{awaits}, on a day the facts do not give{world.at_the_latest()}"
        if world.deferred_by:
            test = (
                f"the notice period expires on {world.expiry}"
                if world.tested == "expiry"
                else f"notice is given on {self.received}"
            )
            prolonged = f", and {later}" if later else ""
            return (
                f"the State is {self.engaged_in(names)} {self.the_conflicts(names)} when {test}"
                f"{prolonged}; the wait ends on {world.effective} as the facts state"
            )
        return world.proviso(self.words)

    def possibilities(self) -> str:
        """Each world's assumption and outcome, in a sentence."""
        bound = self.bound_by is not None
        return "; ".join(
            f"{w.label}, {w.describe(self.words, self.awaits_any, bound)}" for w in self.worlds
        )

    @property
    def awaits_any(self) -> str | None:
        """What the deferral waits for, naming the conflicts that defer it."""
        if self.awaits is None:
            return None
        return self.awaits.format(**self.words.slots(self.deferred_by, self.kinds))

    @property
    def awaits_named(self) -> str | None:
        """What the deferral waits for, of conflicts a sentence has already named."""
        if self.awaits is None:
            return None
        return self.awaits.format(**self.words.slots(self.deferred_by, self.kinds, shown=False))

    def result_on(self, day: date) -> WithdrawalResult:
        worlds = self.worlds
        if len(worlds) == 1:
            # The usual case, one world: its fields are the case's (the properties above, read
            # directly, as a status read asks for them every time).
            w = worlds[0]
            outcome = w.outcome_on(day)
            expiry, effective, revoked, deferred = (
                w.expiry, w.effective, w.revoked_on, w.deferred_by
            )  # fmt: skip
            annex = w.annex_until or w.annex_maybe or w.annex_open
        else:
            outcome = self.outcome_on(day)
            expiry, effective, revoked, deferred = (
                self.expiry, self.effective, self.revoked_on, self.deferred_by
            )  # fmt: skip
            annex = self.annex_beyond
        return WithdrawalResult.trusted(
            received=self.received,
            notice_expires=expiry,
            outcome=outcome,
            effective_date=effective,
            condition=self.condition_on(outcome),
            event=self.index,
            revoked_on=revoked,
            deferred_by=deferred,
            protocol=self.protocol,
            annex_bound=None if annex is None or not annex.certain else _bound(annex),
            annex_may_bind=None if annex is None or annex.certain else _bound(annex),
        )


def _bound(wait: AnnexWait) -> AnnexBound:
    """The verdict's record of an annex's own wait (:meth:`~.annex.AnnexWait.recorded`)."""
    until, at_least = wait.recorded()
    return AnnexBound.trusted(protocol=wait.annex, until=until, at_least=at_least)


def _across(found: set[AnnexWait | None]) -> AnnexWait | None:
    """The annex wait of a case from those of its answers to the facts: the same on every
    answer, or the one some give and the others do not (then only possible: ``conditional``);
    None where they differ otherwise."""
    if len(found) == 1:
        return found.pop()
    if None in found and len(found) == 2:
        return replace(next(x for x in found if x is not None), conditional=True)
    return None
