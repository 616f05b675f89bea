"""The evaluation: a State's history under a treaty, built once from the facts, then read
on any day.

:func:`build_history` walks the instruments in date order. Instruments of consent
open an *episode* of membership (deposit, entry into force); an instrument of
withdrawal is judged on all the facts and may close it. Nothing in the history
depends on the day of assessment, so a timeline or the status of many States on
one date reads the same history many times.

:func:`treatyrules.verdicts.explain` reads the position on one day ("facts as
given, position read on ``as_of``") and gives the reasons.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from .clauses.case import Standing, WithdrawalCase
from .clauses.conflict import at_war
from .clauses.context import Context
from .clauses.suspension import SuspensionCase
from .core.errors import NotModelledError
from .core.interpretation import Consultation, Option
from .core.truth import Truth
from .core.verdict import ActResult, Finding, Status
from .scenario import CONSENT_KINDS, Event, Objection, Scenario, Succession, SuspensionClaim

if TYPE_CHECKING:
    from .treaty import Treaty

__all__ = ["Episode", "History", "build_history"]

_STATUS_OF: dict[str, Status] = {
    "pending": "withdrawal_pending",
    "deferred": "withdrawal_deferred",
    "effective": "withdrawn",
    "revoked": "party",
    "not_applicable": "party",
}


@dataclass(slots=True)
class Episode:
    """A period of consent to be bound: from deposit (or succession) until a withdrawal."""

    index: int
    kind: str
    deposit: date
    eif: date | None
    """None: the treaty is not in force, so it never enters into force for the State."""
    start: date
    """The first day the State counts as contracting or party (a succession can precede its deposit)."""
    ends: date | None = None
    """The day a withdrawal takes effect; None while the State stays bound."""
    cancelled: date | None = None
    """The day a premature withdrawal of consent undoes the deposit (an interpretation)."""
    withdrawals: list[WithdrawalCase] = field(default_factory=list)

    def deciding(self, day: date) -> WithdrawalCase | None:
        """The last instrument of withdrawal under this episode received by ``day`` that counts."""
        for case in reversed(self.withdrawals):
            # A denunciation of one annexed Protocol leaves the treaty itself in force.
            if case.applicable and case.protocol is None and case.received <= day:
                return case
        return None


@dataclass(slots=True)
class History:
    """Everything the rules concluded about one State, independent of the day of assessment."""

    treaty: Treaty
    ctx: Context
    signed: date | None = None
    unsigned: date | None = None
    episodes: list[Episode] = field(default_factory=list)
    withdrawals: list[WithdrawalCase] = field(default_factory=list)
    suspensions: list[SuspensionCase] = field(default_factory=list)
    provisional: list[tuple[int, date]] = field(default_factory=list)
    """Declarations of provisional application: (event index, date)."""
    facts: dict[str, list[tuple[int, Event]]] = field(default_factory=dict)
    """Compliance facts by kind (stockpile destroyed, reports, ...), for the treaty's deadlines."""
    acts: tuple[ActResult, ...] = ()
    entries: list[Finding | Callable[[], Finding]] = field(default_factory=list)
    """The reasons in date order: each a finding, or the rule's explanation of a decision
    already taken, built when a verdict first asks for it (:meth:`findings_until`)."""
    entry_dates: list[date] = field(default_factory=list)
    indexes: dict[object, object] = field(default_factory=dict)
    """What a treaty's rules derive once from the facts (its compliance facts sorted by
    membership, say) and then read on any day, keyed by the rules that built it."""
    alternatives: dict[tuple[tuple[str, Option], ...], History] = field(default_factory=dict)
    """The histories of the same facts under other readings of the contested points, built
    when a verdict first asks what another reading gives (:func:`treatyrules.readings.rests_on`)
    and kept with this one: a kept history (a records table) read on many days builds each once."""

    def add(self, day: date, finding: Finding | Callable[[], Finding]) -> None:
        """Record a finding (or how to build it) that becomes part of the reasons from ``day`` on."""
        dates = self.entry_dates
        if not dates or dates[-1] <= day:  # the usual case: findings come in date order
            dates.append(day)
            self.entries.append(finding)
            return
        at = bisect_right(dates, day)
        dates.insert(at, day)
        self.entries.insert(at, finding)

    def findings_until(self, day: date) -> tuple[Finding, ...]:
        """The reasons recorded up to ``day``, each explanation built once and kept."""
        entries = self.entries
        upto = bisect_right(self.entry_dates, day)
        for i in range(upto):
            entry = entries[i]
            if not isinstance(entry, Finding):
                entries[i] = entry()
        return tuple(entries[:upto])  # type: ignore[arg-type]  # all built just above

    def episode_on(self, day: date) -> Episode | None:
        for ep in reversed(self.episodes):
            if ep.start <= day and (ep.cancelled is None or day < ep.cancelled):
                return ep
        return None

    def status_on(self, day: date) -> Status:
        """The State's status on ``day``; exactly one holds on any day."""
        return self.status_in(self.episode_on(day), day)

    def status_in(self, ep: Episode | None, day: date) -> Status:
        """:meth:`status_on`, given the episode :meth:`episode_on` finds for ``day`` (a reader
        that needs both looks it up once)."""
        if ep is None:
            if any(e.ends is not None and e.ends <= day for e in self.episodes):
                return "withdrawn"
            if (
                self.signed is not None
                and self.signed <= day
                and not (self.unsigned is not None and self.signed <= self.unsigned <= day)
            ):
                return "signatory"
            return "non_party"
        if ep.ends is not None and ep.ends <= day:
            return "withdrawn"
        if ep.eif is None or day < ep.eif:
            return "contracting"
        case = ep.deciding(day)
        if case is None:
            return "party"
        outcomes = case.outcomes_on(day)
        if len(outcomes) == 1:  # the usual case: the facts decide one outcome
            return _STATUS_OF[outcomes[0]]
        statuses = {_STATUS_OF[o] for o in outcomes}
        return statuses.pop() if len(statuses) == 1 else "indeterminate"

    def possible_statuses(self, day: date) -> tuple[Status, ...] | None:
        """When the status on ``day`` is indeterminate, the statuses it may be."""
        # The path of status_in to a deciding instrument, read once: it is indeterminate
        # where that instrument's outcomes give more than one status.
        ep = self.episode_on(day)
        if ep is None or (ep.ends is not None and ep.ends <= day) or ep.eif is None or day < ep.eif:
            return None
        case = ep.deciding(day)
        if case is None:
            return None
        found = tuple(dict.fromkeys(_STATUS_OF[o] for o in case.outcomes_on(day)))
        return found if len(found) > 1 else None

    def withdrawal_on(self, day: date) -> WithdrawalCase | None:
        """The latest instrument of withdrawal received by ``day``, or the one it defers to."""
        for case in reversed(self.withdrawals):
            if case.received <= day:
                return case.redundant_to or case
        return None

    def change_dates(self) -> list[date]:
        """Every day on which the status may change (for timelines)."""
        days = set(self.entry_dates)
        for ep in self.episodes:
            days.update(d for d in (ep.start, ep.eif, ep.ends, ep.cancelled) if d is not None)
        for case in self.withdrawals:
            days.update(d for d in (case.received, case.expiry, case.revoked_on) if d is not None)
            for w in case.worlds:  # where the worlds disagree, each may change the status
                days.update(d for d in (w.effective, w.effective_by, w.revoked_on) if d is not None)
        if self.signed is not None:
            days.add(self.signed)
        if self.unsigned is not None:
            days.add(self.unsigned)
        return sorted(days)


def build_history(treaty: Treaty, scenario: Scenario, choices: dict[str, Option]) -> History:
    """Walk the scenario's instruments in date order and judge each one, then the acts."""
    ctx = Context(
        scenario=scenario,
        treaty=treaty.label,
        consultation=Consultation(choices),
        words=treaty.words,
    )
    history = History(treaty=treaty, ctx=ctx)
    revoked = _revocations(ctx.ordered)
    for index, event in ctx.ordered:
        kind = event.kind
        if kind == "signature":
            _sign(history, event.date)  # type: ignore[arg-type]
        elif kind == "unsigning":
            _unsign(history, event.date)  # type: ignore[arg-type]
        elif kind in CONSENT_KINDS:
            _consent(history, index, event)
        elif kind == "withdrawal":
            _withdraw(history, index, event, revoked.get(index))
        elif kind == "revocation":
            pass  # judged with the instrument it revokes (see _revocations)
        elif kind == "suspension_claim":
            _suspend(history, index, event)  # type: ignore[arg-type]
        elif kind == "objection":
            _object(history, index, event)  # type: ignore[arg-type]
        else:
            handler = treaty.events.get(kind)
            if handler is None:
                raise NotModelledError(
                    f"events[{index}].kind", f"{kind!r} events are not modelled for {treaty.id}"
                )
            handler(history, index, event)
    if scenario.acts:
        if treaty.judge_act is None:
            raise NotModelledError("acts", f"judging acts is not modelled for {treaty.id}")
        history.acts = tuple(treaty.judge_act(history, i, a) for i, a in enumerate(scenario.acts))
    return history


def _revocations(ordered: tuple[tuple[int, Event], ...]) -> dict[int, date]:
    """Map each instrument of withdrawal to the revocation that targets it, if any.

    A revocation targets the latest instrument of withdrawal received before it.
    """
    targets: dict[int, date] = {}
    latest: int | None = None
    for index, event in ordered:
        if event.kind == "withdrawal":
            latest = index
        elif event.kind == "revocation" and latest is not None and event.date is not None:
            targets[latest] = event.date
            latest = None
    return targets


def _sign(history: History, day: date) -> None:
    treaty = history.treaty
    if history.signed is None:
        history.signed = day
    if treaty.signature is not None:
        history.add(day, treaty.signature.judge(day))
    else:
        history.add(
            day,
            history.treaty.law.interim.finding(
                Truth.HOLDS,
                f"Signed on {day}: until it ratifies, or makes clear it will not, the State must"
                " refrain from acts that would defeat the treaty's object and purpose.",
            ),
        )


def _unsign(history: History, day: date) -> None:
    ep = history.episode_on(day)
    if ep is not None and (ep.ends is None or day < ep.ends):
        history.add(
            day,
            history.treaty.law.interim.finding(
                Truth.NOT_APPLICABLE,
                f"The notice of {day} that the State does not intend to become a party changes"
                " nothing: it has already consented to be bound, and can leave only by"
                f" {history.treaty.words.term}.",
                severity="warning",
            ),
        )
        return
    history.unsigned = day
    history.add(
        day,
        history.treaty.law.interim.finding(
            Truth.HOLDS,
            f"On {day} the State makes clear that it does not intend to become a party: from then"
            " on its signature no longer obliges it to refrain from acts that would defeat the"
            " treaty's object and purpose.",
        ),
    )


def _consent(history: History, index: int, event: Event) -> None:
    treaty = history.treaty
    day = event.date
    assert day is not None  # instruments of consent always carry a date
    current = history.episodes[-1] if history.episodes else None
    if (
        current is not None
        and current.cancelled is None
        and (current.ends is None or day < current.ends)
    ):
        history.add(day, treaty.duplicate_consent(event.kind, day, current.deposit))
        return
    rejoining = current is not None and current.cancelled is None
    scenario = history.ctx.scenario
    rule = treaty.eif
    if event.kind == "accession":  # an accession may take effect under its own article
        rule = treaty.eif_accession or rule
    # Only a treaty that binds a Party to a conflict from its deposit asks about conflicts here.
    in_conflict = rule.immediate_in_conflict is not None and bool(
        at_war(scenario.conflicts, scenario.state, day)
    )
    signed = history.signed
    general = treaty.general_eif.in_force
    # Decide the date now; the findings that explain it are built when a verdict asks for them
    # (a status read never does): the same calls as before, only later.
    eif: date | None
    if isinstance(event, Succession) and event.effective is not None and general is not None:
        eif = max(event.effective, general)
    else:
        eif = rule.decide(day, in_conflict=in_conflict)

    def explain() -> Finding:
        if isinstance(event, Succession):
            consent = treaty.succession.judge(day, event.effective)
            if event.effective is not None and general is not None:
                return consent
        elif event.kind == "accession":
            consent = treaty.accession.judge(day, signed, rejoining)
        else:
            consent = treaty.ratification.judge(event.kind, day, signed)
        return rule.judge(day, (consent,), in_conflict=in_conflict)[1]

    ep = Episode(
        index=index,
        kind=event.kind,
        deposit=day,
        eif=eif,
        start=day if eif is None else min(day, eif),
    )
    history.episodes.append(ep)
    history.add(ep.start, explain)
    for needed in treaty.prerequisites:
        if needed.instrument not in scenario.also_party_to:
            history.add(
                day,
                treaty.rule(needed.eid).finding(
                    Truth.UNKNOWN,
                    f"Only a party to {needed.name} may become a party; the scenario does not"
                    f" record that the State is one (also_party_to does not name"
                    f" {needed.instrument}), so whether this consent is valid is not known.",
                    severity="warning",
                ),
            )


def _withdraw(history: History, index: int, event: Event, revoked_on: date | None) -> None:
    treaty = history.treaty
    day = event.date
    assert day is not None
    ep = history.episode_on(day)
    if ep is None:
        left = [e for e in history.episodes if e.ends is not None and e.ends <= day]
        standing = (
            Standing(left_on=left[-1].ends, left_with=_ended_by(left[-1])) if left else Standing()
        )
    elif ep.ends is not None and ep.ends <= day:
        standing = Standing(left_on=ep.ends, left_with=_ended_by(ep))
    elif ep.eif is None:
        standing = Standing(not_in_force=True)
    elif day < ep.eif:
        standing = Standing(enters_into_force=ep.eif)
    else:
        running = ep.deciding(day)
        outcome = None if running is None else running.outcome_on(day)
        if running is not None and outcome == "effective":
            # It took effect by now, on a day the facts do not fix (a wait whose end is only
            # bounded): the State is no longer a party, so this cannot be a withdrawal.
            between = running.effective_between
            standing = Standing(
                left_by=between[1] if between is not None else day, left_with=running
            )
        else:
            left_over = None
            if running is not None and outcome == "revoked":
                # A notice revoked before its period ended: what it had left may matter.
                if running.expiry is not None and running.revoked_on is not None:
                    left_over = max((running.expiry - running.revoked_on).days, 0) or None
                running = None
            standing = Standing(in_force_since=ep.eif, running=running, left_over=left_over)
    case = treaty.withdrawal.assess(history.ctx, index, event, standing, revoked_on)  # type: ignore[arg-type]
    history.withdrawals.append(case)
    if ep is not None:
        ep.withdrawals.append(case)
        if case.applicable and case.effective is not None and case.protocol is None:
            ep.ends = case.effective
        if case.withdraws_consent:
            ep.cancelled = day
    history.add(day, case.explanation_once)


def _ended_by(ep: Episode) -> WithdrawalCase | None:
    """The instrument of withdrawal whose effect ended ``ep``."""
    for case in reversed(ep.withdrawals):
        if case.applicable and case.protocol is None and case.effective == ep.ends:
            return case
    return None


def _suspend(history: History, index: int, claim: SuspensionClaim) -> None:
    objections = [(i, e) for i, e in history.ctx.ordered if isinstance(e, Objection)]
    case = history.treaty.suspension.assess(history.ctx, index, claim, objections)
    history.suspensions.append(case)
    history.add(claim.date, case.finding)


def _object(history: History, index: int, objection: Objection) -> None:
    if objection.to == "suspension_claim":
        if not any(e.kind == "suspension_claim" for _, e in history.ctx.ordered):
            history.add(
                objection.date or date.min,
                history.treaty.law.objection.finding(
                    Truth.NOT_APPLICABLE,
                    f"The objection by {objection.by} has no claimed suspension to object to.",
                    severity="warning",
                ),
            )
        return  # weighed with the claim it objects to
    history.add(
        objection.date or date.min,
        history.treaty.law.objection.finding(
            Truth.NOT_APPLICABLE,
            f"The objection by {objection.by} to the {objection.to.replace('_', ' ')} is recorded; it"
            " does not change the position under the treaty's own rules.",
        ),
    )
