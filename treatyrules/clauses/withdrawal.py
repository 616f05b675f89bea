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
from ..core.errors import InputError
from ..core.rule import ExceptionRule, Rule, Statement
from ..core.truth import Truth, all_of
from ..core.verdict import Finding, Severity, WithdrawalOutcome, WithdrawalResult
from ..scenario import Conflict, Withdrawal
from .conflict import End, at_war, conflict_end, counts, describe, engagement
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
    applies: Truth
    """HOLDS if the State is engaged on the expiry day, UNKNOWN if a missing fact decides."""
    ends: date | None
    """The end of the deferral; None while a conflict it waits for is ongoing or its end unknown."""
    conflicts: tuple[str, ...] = ()
    end_known: bool = True
    """False when the end is not merely in the future but missing from the facts."""


@dataclass(frozen=True, eq=False, kw_only=True)
class ConflictDeferral(ExceptionRule):
    """If the State is engaged in an armed conflict when the notice expires, the
    withdrawal does not take effect before the end of that armed conflict."""

    consults: tuple[str, ...] = (
        "armed_conflict_scope",
        "conflict_end_marker",
        "deferral_ends_with",
        "new_conflict_during_deferral",
    )

    @cached_property
    def not_engaged(self) -> Finding:
        return self.finding(
            Truth.FAILS,
            "When the notice period expires the State is not engaged in any armed conflict (none"
            " involving it is listed for that day), so nothing defers the effect." + ON_CONFLICT,
        )

    def _end(self, ctx: Context, index: int, conflict: Conflict) -> End:
        # The reading is consulted only where an engagement ends before the conflict.
        until = conflict.engaged_until
        if until is not None and ctx.read(self, "deferral_ends_with") == "end_of_engagement":
            return End(until)
        return conflict_end(ctx, self, index, conflict)

    def judge(self, ctx: Context, expiry: date) -> Deferral:
        conflicts = ctx.scenario.conflicts
        if not conflicts:
            return Deferral(self.not_engaged, Truth.FAILS, expiry)
        engaged: list[tuple[int, Conflict]] = []
        maybe: list[tuple[int, Conflict]] = []
        for i, c in enumerate(conflicts):
            t = engagement(ctx, self, i, c, expiry)
            if t is Truth.HOLDS:
                engaged.append((i, c))
            elif t is Truth.UNKNOWN:
                maybe.append((i, c))
        if not engaged and not maybe:
            return Deferral(self.not_engaged, Truth.FAILS, expiry)
        waiting = engaged or maybe
        ends = [(i, c, self._end(ctx, i, c)) for i, c in waiting]
        for _, _, end in ends:
            if not end.known:
                ctx.unknown(end.fact, self, decisive=True)
        ongoing = any(e.known and e.day is None for _, _, e in ends)
        unknown_end = any(not e.known for _, _, e in ends)
        last: date | None = None
        if not ongoing and not unknown_end:
            last = max(e.day for _, _, e in ends if e.day is not None)
            last = self._extend(ctx, expiry, last, {i for i, _, _ in ends})
        names = tuple(c.name for _, c, _ in ends)
        listed = "; ".join(describe(c) for _, c, _ in ends)
        if engaged:
            head = f"On {expiry}, when the notice period expires, the State is engaged in {listed}."
            applies = Truth.HOLDS
        else:
            facts = ", ".join(e.fact for _, _, e in ends if e.fact)
            head = (
                f"Whether the State is still engaged in {listed} on {expiry}, when the notice"
                f" period expires, depends on a fact the scenario does not give ({facts}). If it"
                " is, the withdrawal waits for the end of that armed conflict; if not, it takes"
                " effect that day."
            )
            applies = Truth.UNKNOWN
        if ongoing:
            tail = (
                "That armed conflict is still going on: the withdrawal takes effect on the day"
                " it ends, which the facts do not yet give."
            )
        elif unknown_end:
            tail = (
                "When that armed conflict ends, under the reading applied, the facts do not give."
            )
        else:
            tail = f"It ends on {last}, so the withdrawal takes effect on {last}."
        rest = (
            ""
            if applies is Truth.UNKNOWN
            else (" The withdrawal does not take effect before the end of the armed conflict.")
        )
        return Deferral(
            self.finding(applies, f"{head}{rest} {tail}{ON_CONFLICT}"),
            applies,
            last,
            names,
            end_known=not unknown_end,
        )

    def _extend(self, ctx: Context, expiry: date, last: date, counted: set[int]) -> date:
        """Under ``new_conflict_during_deferral = extends``, later conflicts prolong the wait."""
        conflicts = ctx.scenario.conflicts
        later = [
            (i, c)
            for i, c in enumerate(conflicts)
            if i not in counted and expiry < c.start < last and counts(ctx, self, c)
        ]
        if not later or ctx.read(self, "new_conflict_during_deferral") != "extends":
            return last
        changed = True
        while changed:
            changed = False
            for i, c in later:
                if i in counted or not c.start < last:
                    continue
                end = self._end(ctx, i, c)
                counted.add(i)
                if end.day is None:  # ongoing or unknown: no date can be given
                    return date.max
                if end.day > last:
                    last, changed = end.day, True
        return last


@dataclass(frozen=True, slots=True)
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
    deferred_by: tuple[str, ...] = ()
    open_ended: bool = False
    revoked_on: date | None = None

    def outcome_on(self, day: date) -> WithdrawalOutcome:
        if not self.applicable:
            return "not_applicable"
        if self.revoked_on is not None and self.revoked_on <= day:
            return "revoked"
        if self.effective is not None and self.effective <= day:
            return "effective"
        if self.expiry is not None and self.expiry <= day:
            return "deferred"
        return "pending"

    def describe(self) -> str:
        if not self.applicable:
            return "it is not a withdrawal"
        if self.revoked_on is not None:
            return f"revoked on {self.revoked_on}, it never takes effect"
        if self.expiry is None:
            return "its notice period never starts on these facts"
        if self.effective is not None:
            return f"it takes effect on {self.effective}"
        return "it takes effect when the armed conflict ends, on a day the facts do not give"


@dataclass(slots=True)
class WithdrawalCase:
    """One instrument of withdrawal judged on all the facts; read on any day."""

    index: int
    received: date
    finding: Finding
    worlds: tuple[World, ...] = (World(applicable=False),)
    redundant_to: WithdrawalCase | None = None
    withdraws_consent: bool = False

    def _same(self, attr: str) -> object:
        values = {getattr(w, attr) for w in self.worlds}
        return values.pop() if len(values) == 1 else None

    @property
    def applicable(self) -> bool:
        return any(w.applicable for w in self.worlds)

    @property
    def determinate(self) -> bool:
        return len(self.worlds) == 1

    @property
    def expiry(self) -> date | None:
        return self._same("expiry")  # type: ignore[return-value]

    @property
    def effective(self) -> date | None:
        """The day it takes effect on all the facts; None if never, or not determined."""
        return self._same("effective")  # type: ignore[return-value]

    @property
    def revoked_on(self) -> date | None:
        return self._same("revoked_on")  # type: ignore[return-value]

    @property
    def deferred_by(self) -> tuple[str, ...]:
        names: list[str] = []
        for w in self.worlds:
            names += [n for n in w.deferred_by if n not in names]
        return tuple(names)

    @property
    def open_ended(self) -> bool:
        return all(w.open_ended for w in self.worlds)

    def outcomes_on(self, day: date) -> tuple[WithdrawalOutcome, ...]:
        """The outcome in each world, without repeats."""
        found: list[WithdrawalOutcome] = []
        for w in self.worlds:
            o = w.outcome_on(day)
            if o not in found:
                found.append(o)
        return tuple(found)

    def outcome_on(self, day: date) -> WithdrawalOutcome:
        outcomes = self.outcomes_on(day)
        return outcomes[0] if len(outcomes) == 1 else "indeterminate"

    def condition_on(self, outcome: WithdrawalOutcome) -> str | None:
        if outcome in ("not_applicable", "revoked", "effective"):
            return None
        if not self.determinate:
            return "; ".join(f"{w.label}, {w.describe()}" for w in self.worlds)
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
        names = ", ".join(repr(n) for n in world.deferred_by)
        if world.open_ended:
            return (
                f"takes effect on the day the armed conflict {names} ends; it is ongoing, so no"
                " date can be given"
            )
        if world.effective is None:
            return (
                f"takes effect when the armed conflict {names} ends, on a day the facts do not give"
            )
        if world.deferred_by:
            return (
                f"the armed conflict {names}, in which the State is engaged on {world.expiry},"
                f" ends on {world.effective} as the facts state"
            )
        return (
            f"provided the State is not engaged in an armed conflict on {world.expiry}"
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


@dataclass(frozen=True, slots=True)
class _Start:
    """When the notice period starts, under the reading of a defect of form."""

    label: str
    day: date | None
    """None: never, on these facts."""
    valid: bool = True


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

        scenario = ctx.scenario
        engaged_at_receipt = bool(at_war(scenario.conflicts, scenario.state, received))
        right = self.right.holds(engaged_at_receipt)
        notice = self.notice.judge(event.notified)
        form: tuple[Finding, ...] = (notice,)
        reasons = None
        if self.reasons is not None:
            reasons = self.reasons.judge(event.reasons_given)
            form = (notice, reasons)
        starts = self._starts(ctx, index, event, notice, reasons)

        worlds: list[World] = []
        shown: tuple[Finding, ...] = ()
        for start in starts:
            if not start.valid:
                worlds.append(World(label=start.label, applicable=False))
                continue
            if start.day is None:
                worlds.append(World(label=start.label, revoked_on=revoked_on))
                continue
            expiry = self.period.expiry(ctx, start.day)
            deferral = None if self.deferral is None else self.deferral.judge(ctx, expiry)
            if not shown:
                defeated = (
                    self.deferral.eid
                    if deferral is not None
                    and self.deferral is not None
                    and deferral.applies is Truth.HOLDS
                    else None
                )
                shown = (self.period.judge(start.day, expiry, defeated, event),)
                if deferral is not None:
                    shown += (deferral.finding,)
            for label, effective, by in _deferral_worlds(start.label, expiry, deferral):
                revoked = self.revocation.revokes(revoked_on, effective)
                worlds.append(
                    World(
                        label=label,
                        expiry=expiry,
                        effective=None if revoked else effective,
                        deferred_by=by,
                        open_ended=bool(by)
                        and effective is None
                        and not revoked
                        and deferral is not None
                        and deferral.end_known,
                        revoked_on=revoked_on if revoked else None,
                    )
                )
        case = WithdrawalCase(index=index, received=received, finding=right, worlds=tuple(worlds))
        revocation = self.revocation.judge(revoked_on, case.effective if case.determinate else None)
        children = (*_fixed(self.duration), right, *form, *shown, revocation, *_fixed(self.savings))
        case.finding = self.heading.finding(*self._summary(case), children)
        return case

    def _starts(
        self,
        ctx: Context,
        index: int,
        event: Withdrawal,
        notice: Finding,
        reasons: Finding | None,
    ) -> tuple[_Start, ...]:
        """When the period starts, given the formal requirements and the reading of a defect."""
        received = event.date
        late = [
            d
            for r, d in (event.notices or {}).items()
            if r in self.notice.recipients and d > received
        ]
        defect = all_of(f.outcome for f in (notice, reasons) if f is not None)
        if defect is Truth.HOLDS and not late:
            return (_Start("", received),)
        reading = ctx.read(self.notice, "defective_notice")
        decisive = reading != "timing_unaffected"
        if event.notified is None:
            ctx.unknown(f"events[{index}].notified", self.notice, decisive=decisive)
        if reasons is not None and event.reasons_given is None and self.reasons is not None:
            ctx.unknown(f"events[{index}].reasons_given", self.reasons, decisive=decisive)
        if reading == "timing_unaffected":
            return (_Start("", received),)
        if reading == "invalid":
            if defect is Truth.FAILS:
                return (_Start("the instrument is defective", None, valid=False),)
            if defect is Truth.UNKNOWN:
                return (
                    _Start("if its form turns out complete", received),
                    _Start(
                        "if it turns out defective (defective_notice = invalid)", None, valid=False
                    ),
                )
            return (_Start("", received),)
        # delays_until_cured: the period runs from the last required notice.
        dates = [received]
        never = False
        unknown = False
        for recipient in self.notice.recipients:
            if recipient == "depositary":
                continue
            if event.notified is None:
                unknown = True
            elif recipient not in event.notified:
                never = True
            else:
                dates.append((event.notices or {}).get(recipient, received))
        if event.reasons_given is False and self.reasons is not None:
            never = True
        elif event.reasons_given is None and self.reasons is not None:
            unknown = True
        cured = max(dates)
        if never:
            return (_Start("the defect is not cured on these facts", None),)
        if unknown:
            return (
                _Start(f"if every required notice was given by {cured}", cured),
                _Start(
                    "if a required notice or the reasons are missing (defective_notice ="
                    " delays_until_cured)",
                    None,
                ),
            )
        return (_Start("", cured),)

    def _summary(self, case: WithdrawalCase) -> tuple[Truth, str]:
        head = f"The withdrawal received on {case.received.isoformat()}"
        if not case.determinate:
            text = "; ".join(f"{w.label}, {w.describe()}" for w in case.worlds)
            return (
                Truth.UNKNOWN,
                f"Whether and when {head[4:]} takes effect depends on facts that are unknown: {text}.",
            )
        world = case.worlds[0]
        if not world.applicable:
            return Truth.FAILS, f"{head} does not operate as a withdrawal: {world.label}."
        if world.revoked_on is not None:
            return Truth.FAILS, f"{head} never takes effect: it is revoked on {world.revoked_on}."
        if world.expiry is None:
            return Truth.FAILS, f"{head} does not take effect on these facts: {world.label}."
        if world.effective is None:
            return Truth.HOLDS, (
                f"{head} takes effect when the armed conflict in which the State is engaged on"
                f" {world.expiry.isoformat()} ends; that day is not given."
            )
        return Truth.HOLDS, f"{head} takes effect on {world.effective.isoformat()}."

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
            redundant_to=standing.running,
            withdraws_consent=withdraws_consent,
        )


def _deferral_worlds(
    label: str, expiry: date, deferral: Deferral | None
) -> list[tuple[str, date | None, tuple[str, ...]]]:
    """(label, effective date, deferring conflicts) for each way the deferral may turn out."""
    if deferral is None or deferral.applies is Truth.FAILS:
        return [(label, expiry, ())]
    ends = None if deferral.ends == date.max else deferral.ends
    if deferral.applies is Truth.HOLDS:
        return [(label, ends, deferral.conflicts)]
    prefix = f"{label}, " if label else ""
    names = ", ".join(repr(n) for n in deferral.conflicts)
    return [
        (f"{prefix}if the State is no longer engaged in {names} on {expiry}", expiry, ()),
        (f"{prefix}if it is still engaged then", ends, deferral.conflicts),
    ]


def _fixed(rule: Statement | None) -> tuple[Finding, ...]:
    return () if rule is None else (rule.fixed,)
