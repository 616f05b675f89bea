"""The evaluation: a State's history under a treaty, built once from the facts, then read
on any day.

:func:`build_history` walks the instruments in date order. Instruments of consent
open an *episode* of membership (deposit, entry into force); an instrument of
withdrawal is judged on all the facts and may close it. Nothing in the history
depends on the day of assessment, so a timeline or the status of many States on
one date reads the same history many times.

:meth:`History.verdict` reads the position on one day ("facts as given, position
read on ``as_of``").
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from .clauses.context import Context
from .clauses.withdrawal import Standing, WithdrawalCase
from .core.errors import NotModelledError
from .core.interpretation import Consultation, Option
from .core.truth import Truth
from .core.verdict import Finding, Status, Verdict
from .scenario import CONSENT_KINDS, Event, Scenario, Succession
from .states import state_name
from .treaties import vclt

if TYPE_CHECKING:
    from .treaties.base import Treaty

__all__ = ["Episode", "History", "build_history"]


@dataclass(slots=True)
class Episode:
    """A period of consent to be bound: from deposit (or succession) until a withdrawal."""

    index: int
    kind: str
    deposit: date
    eif: date
    finding: Finding
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
            if case.applicable and case.received <= day:
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
    entries: list[Finding] = field(default_factory=list)
    entry_dates: list[date] = field(default_factory=list)

    def add(self, day: date, finding: Finding) -> None:
        """Record a finding that becomes part of the reasons from ``day`` on."""
        dates = self.entry_dates
        if not dates or dates[-1] <= day:  # the usual case: findings come in date order
            dates.append(day)
            self.entries.append(finding)
            return
        at = bisect_right(dates, day)
        dates.insert(at, day)
        self.entries.insert(at, finding)

    def episode_on(self, day: date) -> Episode | None:
        for ep in reversed(self.episodes):
            if ep.start <= day and (ep.cancelled is None or day < ep.cancelled):
                return ep
        return None

    def status_on(self, day: date) -> Status:
        """The State's status on ``day``; exactly one holds on any day."""
        ep = self.episode_on(day)
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
        if day < ep.eif:
            return "contracting"
        case = ep.deciding(day)
        if case is None:
            return "party"
        outcome = case.outcome_on(day)
        if outcome == "pending":
            return "withdrawal_pending"
        if outcome == "deferred":
            return "withdrawal_deferred"
        return "party"

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
            days.update(
                d
                for d in (case.received, case.expiry, case.effective, case.revoked_on)
                if d is not None
            )
        if self.signed is not None:
            days.add(self.signed)
        if self.unsigned is not None:
            days.add(self.unsigned)
        return sorted(days)

    def verdict(self, day: date) -> Verdict:
        """The position on ``day``, with the reasons."""
        ctx = self.ctx
        scenario = ctx.scenario
        status = self.status_on(day)
        ep = self.episode_on(day)
        case = self.withdrawal_on(day)
        findings = tuple(self.entries[: bisect_right(self.entry_dates, day)])
        if not findings:
            findings = (vclt.ART_34.fixed,)
        withdrawal = None if case is None else case.result_on(day)
        name = state_name(scenario.state)
        return Verdict.trusted(
            treaty=scenario.treaty,
            state=scenario.state,
            name=name,
            as_of=day,
            status=status,
            possible_statuses=None,
            conclusion=_conclusion(self, day, status, ep, case, name),
            entry_into_force=None if ep is None else ep.eif,
            withdrawal=withdrawal,
            acts=(),
            findings=findings,
            deadlines=(),
            interpretations=dict(ctx.consultation.consulted),
            unknowns=tuple(ctx.unknowns),
        )


def build_history(treaty: Treaty, scenario: Scenario, choices: dict[str, Option]) -> History:
    """Walk the scenario's instruments in date order and judge each one."""
    ctx = Context(scenario=scenario, treaty=treaty.label, consultation=Consultation(choices))
    history = History(treaty=treaty, ctx=ctx)
    if scenario.acts:
        raise NotModelledError("acts", "judging acts is not modelled yet")
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
        else:
            raise NotModelledError(
                f"events[{index}].kind", f"{kind!r} events are not modelled yet for {treaty.id}"
            )
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


def _unsign(history: History, day: date) -> None:
    ep = history.episode_on(day)
    if ep is not None and (ep.ends is None or day < ep.ends):
        history.add(
            day,
            vclt.ART_18.finding(
                Truth.NOT_APPLICABLE,
                f"The notice of {day} that the State does not intend to become a party changes"
                " nothing: it has already consented to be bound, and can leave only by withdrawal.",
                severity="warning",
            ),
        )
        return
    history.unsigned = day
    history.add(
        day,
        vclt.ART_18.finding(
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
    if isinstance(event, Succession):
        consent = treaty.succession.judge(day, event.effective)
        if event.effective is not None:
            eif = max(event.effective, treaty.general_eif.in_force)
            top = consent
        else:
            eif, top = treaty.eif.judge(day, (consent,))
    else:
        if event.kind == "accession":
            consent = treaty.accession.judge(day, history.signed, rejoining)
        else:
            consent = treaty.ratification.judge(event.kind, day, history.signed)
        eif, top = treaty.eif.judge(day, (consent,))
    ep = Episode(
        index=index, kind=event.kind, deposit=day, eif=eif, finding=top, start=min(day, eif)
    )
    history.episodes.append(ep)
    history.add(ep.start, top)


def _withdraw(history: History, index: int, event: Event, revoked_on: date | None) -> None:
    treaty = history.treaty
    day = event.date
    assert day is not None
    ep = history.episode_on(day)
    if ep is None:
        left = [e.ends for e in history.episodes if e.ends is not None and e.ends <= day]
        standing = Standing(left_on=left[-1] if left else None)
    elif ep.ends is not None and ep.ends <= day:
        standing = Standing(left_on=ep.ends)
    elif day < ep.eif:
        standing = Standing(enters_into_force=ep.eif)
    else:
        running = ep.deciding(day)
        if running is not None and (running.outcome_on(day) in ("revoked", "effective")):
            running = None
        standing = Standing(in_force_since=ep.eif, running=running)
    case = treaty.withdrawal.assess(history.ctx, index, event, standing, revoked_on)  # type: ignore[arg-type]
    history.withdrawals.append(case)
    if ep is not None:
        ep.withdrawals.append(case)
        if case.applicable and case.effective is not None:
            ep.ends = case.effective
        if case.withdraws_consent:
            ep.cancelled = day
    history.add(day, case.finding)


def _who(state: str, name: str | None) -> str:
    return f"{name} ({state})" if name else state


def _conclusion(
    history: History,
    day: date,
    status: Status,
    ep: Episode | None,
    case: WithdrawalCase | None,
    name: str | None,
) -> str:
    treaty = history.treaty
    who = _who(history.ctx.scenario.state, name)
    title = treaty.name
    if status == "non_party":
        return f"{who} is not a party to the {title} on {day} and is not bound by it."
    if status == "signatory":
        return (
            f"{who} has signed the {title} but is not a party on {day}: it must refrain from acts"
            " that would defeat the treaty's object and purpose (VCLT Art. 18)."
        )
    if status == "contracting" and ep is not None:
        return (
            f"{who} has consented to be bound by the {title} (instrument deposited on"
            f" {ep.deposit}); the treaty enters into force for it on {ep.eif}. Until then it is"
            " not yet a party, and must not defeat the treaty's object and purpose (VCLT Art. 18)."
        )
    if status == "withdrawn":
        left = ep.ends if ep is not None and ep.ends is not None else _last_exit(history, day)
        return f"{who} is no longer a party to the {title} on {day}: its withdrawal took effect on {left}."
    if status == "party":
        since = f", bound since {ep.eif}" if ep is not None else ""
        text = f"{who} is a party to the {title} on {day}{since}."
        if case is not None and case.outcome_on(day) == "revoked":
            text += (
                f" Its withdrawal received on {case.received} was revoked on {case.revoked_on},"
                " before it took effect."
            )
        elif case is not None and not case.applicable:
            text += f" The instrument of withdrawal received on {case.received} is not a withdrawal under the treaty."
        return text
    assert case is not None and case.expiry is not None
    bound = f"{who} is still a party to the {title} on {day}, bound by all its obligations"
    if status == "withdrawal_pending":
        text = (
            f"{bound}: its notice of withdrawal, received by the Depositary on {case.received},"
            f" runs until {case.expiry}."
        )
    else:
        text = (
            f"{bound}: its notice of withdrawal expired on {case.expiry}, but on that day it was"
            f" engaged in the armed conflict {_names(case)}, so the withdrawal does not take"
            " effect before that conflict ends. The notice itself was lawful: only its effect waits."
        )
    if case.revoked_on is not None:
        return text + f" It never takes effect: the State revokes it on {case.revoked_on}."
    if status == "withdrawal_deferred":
        if case.effective is None:
            return text + " That conflict is ongoing: no date can be given yet."
        return (
            text + f" That conflict ends on {case.effective}; the withdrawal takes effect that day."
        )
    if not case.deferred_by:
        return text + (
            f" The withdrawal takes effect on {case.effective}, provided the State is not engaged"
            " in an armed conflict on that day."
        )
    text += (
        f" On {case.expiry} the State is engaged in the armed conflict {_names(case)}, so the"
        " withdrawal takes effect only when that conflict ends"
    )
    if case.effective is None:
        return text + "; it is ongoing, so no date can be given yet."
    return text + f", on {case.effective}."


def _names(case: WithdrawalCase) -> str:
    return ", ".join(repr(n) for n in case.deferred_by)


def _last_exit(history: History, day: date) -> date | None:
    ends = [e.ends for e in history.episodes if e.ends is not None and e.ends <= day]
    return ends[-1] if ends else None
