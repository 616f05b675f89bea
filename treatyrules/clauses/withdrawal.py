"""Withdrawal: the right, its formal requirements, the notice period, the armed-conflict
deferral, revocation, and the outcome on a given day.

A :class:`WithdrawalClause` bundles the rules of one treaty's withdrawal article.
:meth:`WithdrawalClause.assess` judges one instrument on all the facts -- its
dates do not depend on the day of assessment -- and the resulting
:class:`WithdrawalCase` reads the outcome on any day.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cache, cached_property

from ..core.calendar import months_after
from ..core.errors import InputError, NotModelledError
from ..core.rule import ExceptionRule, Rule, Statement
from ..core.truth import Truth, all_of
from ..core.verdict import Finding, Severity, WithdrawalOutcome, WithdrawalResult
from ..scenario import Withdrawal
from .conflict import describe, engaged_on
from .context import Context
from .revocation import RevocationRule
from .words import number_word

__all__ = [
    "ConflictDeferral",
    "NoticePeriod",
    "NoticeRecipients",
    "ReasonsRequired",
    "RightToWithdraw",
    "Standing",
    "WithdrawalCase",
    "WithdrawalClause",
]

_RECIPIENT_NAMES = {
    "depositary": "the Depositary",
    "states_parties": "all other States Parties",
    "security_council": "the United Nations Security Council",
    "executive_council": "the Executive Council",
}
ON_CONFLICT = (
    " The treaty does not forbid giving notice during an armed conflict: only the effect of"
    " the withdrawal can wait."
)


@dataclass(frozen=True, slots=True)
class Standing:
    """The State's position on the day the Depositary receives an instrument of withdrawal."""

    in_force_since: date | None = None
    """The treaty is in force for the State since this day."""
    enters_into_force: date | None = None
    """The State has deposited; the treaty enters into force for it on this later day."""
    left_on: date | None = None
    """An earlier withdrawal already took effect on this day."""
    running: WithdrawalCase | None = None
    """An earlier instrument of withdrawal that has not yet taken effect."""


@dataclass(frozen=True, eq=False, kw_only=True)
class RightToWithdraw(Rule):
    """Withdrawal is open to a State for which the treaty is in force."""

    consults: tuple[str, ...] = ("premature_withdrawal",)

    def holds(self, engaged: bool) -> Finding:
        """The State is a party when the Depositary receives the instrument."""
        return _right_finding(self, engaged)

    def premature(self, ctx: Context, received: date, eif: date) -> tuple[Finding, bool]:
        """An instrument received before entry into force; True if it withdraws consent."""
        reading = ctx.read(self, "premature_withdrawal")
        head = (
            f"On {received}, when the Depositary receives the instrument, the treaty is not yet in"
            f" force for the State (it enters into force on {eif}): the right of withdrawal"
            " belongs to a State Party, so this is not a withdrawal under this article."
        )
        if reading == "withdrawal_of_consent":
            return self.finding(
                Truth.NOT_APPLICABLE,
                head + " Read as a withdrawal of consent (premature_withdrawal ="
                " withdrawal_of_consent), it stops the treaty from entering into force for the"
                f" State: it is not bound from {received}.",
            ), True
        return self.finding(
            Truth.NOT_APPLICABLE,
            head + " Under the default reading (premature_withdrawal = no_effect) it has no"
            f" effect: the State becomes a party on {eif} and may then withdraw by a new"
            " instrument.",
        ), False

    def not_a_party(self, received: date, left_on: date | None) -> Finding:
        if left_on is not None:
            why = f"the State already ceased to be a party on {left_on}"
        else:
            why = (
                "the State has not consented to be bound (a signatory that no longer means to"
                " ratify says so by a notice under VCLT Art. 18)"
            )
        return self.finding(
            Truth.NOT_APPLICABLE,
            f"The instrument received on {received} is not a withdrawal under this article: {why}.",
        )

    def redundant(self, received: date, running: WithdrawalCase) -> Finding:
        return self.finding(
            Truth.NOT_APPLICABLE,
            f"The instrument received on {received} adds nothing: the withdrawal received on"
            f" {running.received} is still running and decides when the State leaves.",
        )


@cache
def _right_finding(rule: RightToWithdraw, engaged: bool) -> Finding:
    note = (
        " It is engaged in an armed conflict when it gives notice, which the treaty does not"
        " forbid: only the effect of the withdrawal can wait."
        if engaged
        else ""
    )
    return rule.finding(
        Truth.HOLDS,
        "The treaty is in force for the State when the Depositary receives the instrument: as a"
        f" State Party it may withdraw.{note}",
    )


@dataclass(frozen=True, eq=False, kw_only=True)
class NoticeRecipients(Rule):
    """Notice must reach every listed recipient; the Depositary's receipt is the event itself."""

    recipients: tuple[str, ...]
    consults: tuple[str, ...] = ("defective_notice",)

    def judge(self, notified: tuple[str, ...] | None) -> Finding:
        return _recipients_finding(self, notified)


@cache
def _recipients_finding(rule: NoticeRecipients, notified: tuple[str, ...] | None) -> Finding:
    # Findings are immutable: one per combination of recipients, shared by every verdict.
    parts = []
    truths = []
    for recipient in rule.recipients:
        if recipient == "depositary":
            t = Truth.HOLDS
        elif notified is None:
            t = Truth.UNKNOWN
        else:
            t = Truth.of(recipient in notified)
        truths.append(t)
        word = {Truth.HOLDS: "given", Truth.FAILS: "NOT given", Truth.UNKNOWN: "unknown"}[t]
        parts.append(f"{_RECIPIENT_NAMES[recipient]}: {word}")
    outcome = all_of(truths)
    text = "Notice of withdrawal to " + "; to ".join(parts) + "."
    return rule.finding(outcome, text, severity="info" if outcome is Truth.HOLDS else "warning")


@dataclass(frozen=True, eq=False, kw_only=True)
class ReasonsRequired(Rule):
    """The instrument must explain the reasons for the withdrawal."""

    consults: tuple[str, ...] = ("defective_notice",)

    def judge(self, reasons_given: bool | None) -> Finding:
        return _reasons_finding(self, reasons_given)


@cache
def _reasons_finding(rule: ReasonsRequired, given: bool | None) -> Finding:
    if given is None:
        return rule.finding(
            Truth.UNKNOWN,
            "Whether the instrument includes a full explanation of the reasons is not known.",
            severity="warning",
        )
    if given:
        return rule.finding(Truth.HOLDS, "The instrument explains the reasons for the withdrawal.")
    return rule.finding(
        Truth.FAILS,
        "The instrument does not include the required full explanation of the reasons.",
        severity="warning",
    )


@dataclass(frozen=True, eq=False, kw_only=True)
class NoticePeriod(Rule):
    """The withdrawal takes effect ``months`` months after the Depositary's receipt."""

    months: int
    consults: tuple[str, ...] = ("month_end",)

    def expiry(self, ctx: Context, received: date) -> date:
        return months_after(received, self.months, str(ctx.read(self, "month_end")))

    def judge(
        self, received: date, expiry: date, defeated_by: str | None, event: Withdrawal
    ) -> Finding:
        if defeated_by is None:
            text = (
                f"The withdrawal takes effect {number_word(self.months)} months after the"
                f" Depositary received the instrument on {received.isoformat()}: on"
                f" {expiry.isoformat()}."
            )
        else:
            text = (
                f"{number_word(self.months).capitalize()} months after the Depositary received"
                " the instrument on"
                f" {received}, the notice period expires on {expiry}. The withdrawal would take"
                " effect that day, but the armed-conflict exception applies."
            )
        if expiry.day != received.day:
            text += (
                f" The month of expiry has no day {received.day}: the month-end reading decides"
                " the day."
            )
        severity: Severity = "info"
        if event.instrument_signed is not None and event.instrument_signed != received:
            text += (
                f" The instrument was signed on {event.instrument_signed}; the period runs from"
                " its receipt, not from its signature."
            )
        if event.takes_effect_on is not None:
            text += (
                f" The instrument names {event.takes_effect_on} for its effect, but the treaty"
                " leaves no room for a date chosen by the State: the date above stands."
            )
            severity = "warning"
        return self.finding(Truth.HOLDS, text, defeated_by=defeated_by, severity=severity)


@dataclass(frozen=True, slots=True)
class Deferral:
    """What the armed-conflict exception decided."""

    finding: Finding
    applies: bool
    ends: date | None
    """The end of the deferral; None while a conflict it waits for is ongoing."""
    conflicts: tuple[str, ...] = ()


@dataclass(frozen=True, eq=False, kw_only=True)
class ConflictDeferral(ExceptionRule):
    """If the State is engaged in an armed conflict when the notice expires, the
    withdrawal does not take effect before the end of that armed conflict."""

    @cached_property
    def not_engaged(self) -> Finding:
        return self.finding(
            Truth.FAILS,
            "When the notice period expires the State is not engaged in any armed conflict (none"
            " involving it is listed for that day), so nothing defers the effect." + ON_CONFLICT,
        )

    def judge(self, ctx: Context, expiry: date) -> Deferral:
        engaged = engaged_on(ctx.scenario.conflicts, ctx.scenario.state, expiry)
        if not engaged:
            return Deferral(self.not_engaged, applies=False, ends=expiry)
        listed = "; ".join(describe(c) for c in engaged)
        ends: date | None
        if any(c.end is None for c in engaged):
            ends = None
            tail = (
                "That armed conflict is still going on: the withdrawal takes effect on the day"
                " it ends, which the facts do not yet give."
            )
        else:
            ends = max(c.end for c in engaged if c.end is not None)
            tail = f"It ends on {ends}, so the withdrawal takes effect on {ends}."
        return Deferral(
            self.finding(
                Truth.HOLDS,
                f"On {expiry}, when the notice period expires, the State is engaged in {listed}."
                f" The withdrawal does not take effect before the end of the armed conflict."
                f" {tail}{ON_CONFLICT}",
            ),
            applies=True,
            ends=ends,
            conflicts=tuple(c.name for c in engaged),
        )


@dataclass(slots=True)
class WithdrawalCase:
    """One instrument of withdrawal judged on all the facts; read on any day."""

    index: int
    received: date
    finding: Finding
    applicable: bool = True
    expiry: date | None = None
    effective: date | None = None
    """The day it takes effect on all the facts; None if never, or not yet determined."""
    deferred_by: tuple[str, ...] = ()
    open_ended: bool = False
    revoked_on: date | None = None
    redundant_to: WithdrawalCase | None = None
    withdraws_consent: bool = False

    def outcome_on(self, day: date) -> WithdrawalOutcome:
        if self.expiry is None:
            return "not_applicable"
        if self.revoked_on is not None and self.revoked_on <= day:
            return "revoked"
        if self.effective is not None and self.effective <= day:
            return "effective"
        if self.expiry <= day:
            return "deferred"
        return "pending"

    def condition_on(self, outcome: WithdrawalOutcome) -> str | None:
        if outcome in ("not_applicable", "revoked", "effective"):
            return None
        if self.revoked_on is not None:
            return (
                f"never takes effect: the State revokes the instrument on {self.revoked_on},"
                " before it would take effect"
            )
        names = ", ".join(repr(n) for n in self.deferred_by)
        if self.open_ended:
            return (
                f"takes effect on the day the armed conflict {names} ends; it is ongoing, so no"
                " date can be given"
            )
        if self.deferred_by:
            return (
                f"the armed conflict {names}, in which the State is engaged on {self.expiry},"
                f" ends on {self.effective} as the facts state"
            )
        return (
            f"provided the State is not engaged in an armed conflict on {self.expiry}"
            " (none involving it is listed)"
        )

    def result_on(self, day: date) -> WithdrawalResult:
        outcome = self.outcome_on(day)
        return WithdrawalResult.trusted(
            received=self.received,
            notice_expires=self.expiry,
            outcome=outcome,
            effective_date=self.effective,
            condition=self.condition_on(outcome),
            event=self.index,
            revoked_on=self.revoked_on,
            deferred_by=self.deferred_by,
        )


@dataclass(frozen=True, eq=False, kw_only=True)
class WithdrawalClause:
    """The rules of one treaty's withdrawal article, in reading order."""

    heading: Rule
    right: RightToWithdraw
    notice: NoticeRecipients
    period: NoticePeriod
    revocation: RevocationRule
    duration: Statement | None = None
    reasons: ReasonsRequired | None = None
    deferral: ConflictDeferral | None = None
    savings: Statement | None = None

    def rules(self) -> tuple[Rule, ...]:
        found = (
            self.heading,
            self.duration,
            self.right,
            self.notice,
            self.reasons,
            self.period,
            self.deferral,
            self.revocation,
            self.savings,
        )
        return tuple(r for r in found if r is not None)

    def assess(
        self,
        ctx: Context,
        index: int,
        event: Withdrawal,
        standing: Standing,
        revoked_on: date | None,
    ) -> WithdrawalCase:
        """Judge the instrument of withdrawal ``event`` (``events[index]``)."""
        received = event.date
        if event.protocol is not None:
            raise InputError(
                f"events[{index}].protocol",
                f"{ctx.treaty} has no annexed Protocols to denounce separately",
            )
        if standing.in_force_since is None or standing.running is not None:
            return self._not_applicable(ctx, index, event, standing, revoked_on)

        conflicts = ctx.scenario.conflicts
        engaged_at_receipt = bool(conflicts) and bool(
            engaged_on(conflicts, ctx.scenario.state, received)
        )
        right = self.right.holds(engaged_at_receipt)
        notice = self.notice.judge(event.notified)
        form: tuple[Finding, ...] = (notice,)
        defect = notice.outcome is not Truth.HOLDS
        if event.notified is None:
            ctx.unknown(f"events[{index}].notified", self.notice, decisive=False)
        if self.reasons is not None:
            reasons = self.reasons.judge(event.reasons_given)
            form = (notice, reasons)
            defect = defect or reasons.outcome is not Truth.HOLDS
            if event.reasons_given is None:
                ctx.unknown(f"events[{index}].reasons_given", self.reasons, decisive=False)
        if defect:
            # A defect of form: whether it changes the timing is contested.
            reading = ctx.read(self.notice, "defective_notice")
            if reading != "timing_unaffected":
                raise NotModelledError(
                    "interpretation.defective_notice",
                    f"the reading {reading!r} is not modelled yet; only timing_unaffected is",
                )

        expiry = self.period.expiry(ctx, received)
        deferral = None if self.deferral is None else self.deferral.judge(ctx, expiry)
        defers = deferral is not None and deferral.applies
        effective = deferral.ends if deferral is not None else expiry
        period = self.period.judge(
            received, expiry, self.deferral.eid if defers and self.deferral else None, event
        )
        revocation = self.revocation.judge(revoked_on, effective)
        revoked = self.revocation.revokes(revoked_on, effective)

        children = [*_fixed(self.duration), right, *form, period]
        if deferral is not None:
            children.append(deferral.finding)
        children.append(revocation)
        children.extend(_fixed(self.savings))
        if revoked:
            summary = (
                Truth.FAILS,
                (
                    f"The withdrawal received on {received} never takes effect: it is revoked on"
                    f" {revoked_on}."
                ),
            )
        elif effective is None:
            summary = (
                Truth.HOLDS,
                (
                    f"The withdrawal received on {received} takes effect when the armed conflict in"
                    f" which the State is engaged on {expiry} ends; that conflict is ongoing."
                ),
            )
        else:
            summary = (
                Truth.HOLDS,
                f"The withdrawal received on {received} takes effect on {effective}.",
            )
        return WithdrawalCase(
            index=index,
            received=received,
            finding=self.heading.finding(summary[0], summary[1], tuple(children)),
            expiry=expiry,
            effective=None if revoked else effective,
            deferred_by=deferral.conflicts if deferral is not None else (),
            open_ended=effective is None and not revoked,
            revoked_on=revoked_on if revoked else None,
        )

    def _not_applicable(
        self,
        ctx: Context,
        index: int,
        event: Withdrawal,
        standing: Standing,
        revoked_on: date | None,
    ) -> WithdrawalCase:
        received = event.date
        withdraws_consent = False
        if standing.running is not None:
            right = self.right.redundant(received, standing.running)
        elif standing.enters_into_force is not None:
            right, withdraws_consent = self.right.premature(
                ctx, received, standing.enters_into_force
            )
        else:
            right = self.right.not_a_party(received, standing.left_on)
        revocation = (
            self.revocation.none if revoked_on is None else self.revocation.of_nothing(revoked_on)
        )
        finding = self.heading.finding(
            Truth.NOT_APPLICABLE,
            f"The instrument received on {received} is not a withdrawal under this article.",
            (*_fixed(self.duration), right, revocation),
        )
        return WithdrawalCase(
            index=index,
            received=received,
            finding=finding,
            applicable=False,
            redundant_to=standing.running,
            withdraws_consent=withdraws_consent,
        )


def _fixed(rule: Statement | None) -> tuple[Finding, ...]:
    return () if rule is None else (rule.fixed,)
