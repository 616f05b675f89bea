"""The right to withdraw, the notice it takes, and the period it runs.

These rules are the building blocks of every withdrawal clause: who may withdraw
(a party; or, under VCLT Art. 56, only if a right is implied), to whom notice goes,
what reasons it must give, and how long it runs and from when -- months or days,
from the Depositary's receipt or from notice given "in advance" to several
recipients, and whether the State may name a later date.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Literal

from ..core.calendar import days_after, months_after
from ..core.rule import Rule
from ..core.truth import Truth, all_of
from ..core.verdict import Finding, Severity
from ..core.words import number_word
from ..scenario import Withdrawal
from .case import WithdrawalCase
from .context import Context

__all__ = [
    "ON_CONFLICT",
    "NoticePeriod",
    "NoticeRecipients",
    "ReasonsRequired",
    "RightToWithdraw",
]

RECIPIENT_NAMES = {
    "depositary": "the Depositary",
    "states_parties": "all other States Parties",
    "security_council": "the United Nations Security Council",
    "executive_council": "the Executive Council",
}
ON_CONFLICT = (
    " The treaty does not forbid giving notice during an armed conflict: only the effect of"
    " the withdrawal can wait."
)


@dataclass(frozen=True, eq=False, kw_only=True)
class RightToWithdraw(Rule):
    """Withdrawal is open to a State for which the treaty is in force.

    ``implied`` marks a treaty with no withdrawal clause (VCLT Art. 56): a right
    exists only if the parties intended it or the treaty's nature implies it,
    which the point ``vclt56_right`` decides.
    """

    implied: bool = False
    consults: tuple[str, ...] = ("premature_withdrawal",)

    def __post_init__(self) -> None:
        super().__post_init__()
        if self.implied and "vclt56_right" not in self.consults:
            object.__setattr__(self, "consults", (*self.consults, "vclt56_right"))

    def holds(self, ctx: Context, engaged: bool) -> tuple[Finding, bool]:
        """The State is a party when the instrument arrives; False if no right exists."""
        if self.implied and ctx.read(self, "vclt56_right") == "no_right":
            return self.finding(
                Truth.FAILS,
                "The treaty has no withdrawal clause. A party may then withdraw only if the"
                " parties intended to allow it or the treaty's nature implies a right to do so;"
                " under the default reading (vclt56_right = no_right) neither is shown, so the"
                " instrument does not operate as a withdrawal.",
            ), False
        if self.implied:
            return self.finding(
                Truth.HOLDS,
                "The treaty has no withdrawal clause; under the reading vclt56_right ="
                " implied_right a right of withdrawal is implied, on at least twelve months'"
                " notice.",
            ), True
        return _right_finding(self, engaged), True

    def premature(self, ctx: Context, received: date, eif: date) -> tuple[Finding, bool]:
        """An instrument received before entry into force; True if it withdraws consent."""
        reading = ctx.read(self, "premature_withdrawal")
        head = (
            f"On {received}, when the instrument is received, the treaty is not yet in"
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

    def too_early(self, received: date, earliest: date) -> Finding:
        return self.finding(
            Truth.FAILS,
            f"The notice received on {received} comes before {earliest}, the first day the"
            " treaty allows notice of withdrawal: it does not operate as a withdrawal.",
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
        "The treaty is in force for the State when its instrument of withdrawal is received: as a"
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
        parts.append(f"{RECIPIENT_NAMES[recipient]}: {word}")
    outcome = all_of(truths)
    text = "Notice of withdrawal to " + "; to ".join(parts) + "."
    return rule.finding(outcome, text, severity="info" if outcome is Truth.HOLDS else "warning")


Reasons = Literal["full_explanation", "extraordinary_events", "optional"]

_REASONS = {
    "full_explanation": "a full explanation of the reasons for the withdrawal",
    "extraordinary_events": (
        "a statement of the extraordinary events, related to the treaty's subject matter, that"
        " the State regards as having jeopardised its supreme interests"
    ),
    "optional": "an explanation of the reasons (which the treaty allows but does not require)",
}


@dataclass(frozen=True, eq=False, kw_only=True)
class ReasonsRequired(Rule):
    """What the instrument must say about why the State withdraws."""

    kind: Reasons = "full_explanation"
    consults: tuple[str, ...] = ("defective_notice",)

    def judge(self, reasons_given: bool | None) -> Finding:
        return _reasons_finding(self, reasons_given)


@cache
def _reasons_finding(rule: ReasonsRequired, given: bool | None) -> Finding:
    what = _REASONS[rule.kind]
    if rule.kind == "optional":
        state = {True: "includes", False: "does not include", None: "may or may not include"}[given]
        return rule.finding(Truth.NOT_APPLICABLE, f"The instrument {state} {what}.")
    if given is None:
        return rule.finding(
            Truth.UNKNOWN,
            f"Whether the instrument includes {what} is not known.",
            severity="warning",
        )
    if given:
        return rule.finding(Truth.HOLDS, f"The instrument includes {what}.")
    return rule.finding(
        Truth.FAILS, f"The instrument does not include {what}, as required.", severity="warning"
    )


def period_words(months: int, days: int) -> str:
    """``six months``, ``one year``, ``90 days``."""
    if days:
        return f"{days} days"
    if months % 12 == 0:
        years = months // 12
        return "one year" if years == 1 else f"{number_word(years)} years"
    return f"{number_word(months)} months"


@dataclass(frozen=True, eq=False, kw_only=True)
class NoticePeriod(Rule):
    """The withdrawal takes effect a period after notice: ``months`` or ``days``.

    ``in_advance`` marks a treaty that asks for notice "in advance" to several
    recipients without saying when it counts as given: the period then runs from
    the recipients' receipt (the withdrawal's ``notices``), first or last as the
    point ``advance_notice_start`` reads it. ``later_date`` lets the State name a
    later date for the effect (ATT, Rome Statute). ``earliest_notice`` is the first
    day notice may be given at all (Outer Space Treaty).
    """

    months: int = 0
    days: int = 0
    in_advance: bool = False
    later_date: bool = False
    earliest_notice: date | None = None
    consults: tuple[str, ...] = ("month_end", "suspended_notice")

    def __post_init__(self) -> None:
        super().__post_init__()
        if bool(self.months) == bool(self.days):
            raise ValueError(f"{self.eid}: give the period in months or in days, not both")
        if self.in_advance and "advance_notice_start" not in self.consults:
            object.__setattr__(self, "consults", (*self.consults, "advance_notice_start"))

    @property
    def words(self) -> str:
        return period_words(self.months, self.days)

    def start(self, ctx: Context, event: Withdrawal) -> date:
        """The day the period starts running."""
        if not self.in_advance or not event.notices:
            return event.date
        dates = {event.date, *event.notices.values()}
        if len(dates) == 1:
            return event.date
        if ctx.read(self, "advance_notice_start") == "first_receipt":
            return min(dates)
        return max(dates)

    def expiry(self, ctx: Context, start: date, event: Withdrawal | None = None) -> date:
        """The day the period ends (a later date named by the State, where allowed)."""
        if self.days:
            end = days_after(start, self.days)
        else:
            end = months_after(start, self.months, str(ctx.read(self, "month_end")))
        if self.later_date and event is not None and event.takes_effect_on is not None:
            return max(end, event.takes_effect_on)
        return end

    def resumed(self, ctx: Context, start: date, left_over: int | None) -> date | None:
        """Under ``suspended_notice = resumes``, the end of what a revoked notice had left."""
        if left_over is None or ctx.read(self, "suspended_notice") != "resumes":
            return None
        return days_after(start, left_over)

    def judge(
        self,
        start: date,
        expiry: date,
        defeated_by: str | None,
        event: Withdrawal,
        left_over: int | None = None,
    ) -> Finding:
        if left_over is not None and expiry == days_after(start, left_over):
            return self.finding(
                Truth.HOLDS,
                f"An earlier notice was revoked with {left_over} day(s) left to run; under the"
                " reading suspended_notice = resumes this notice only resumes them: the period"
                f" ends on {expiry}.",
                defeated_by=defeated_by,
            )
        words = self.words
        since = (
            "the Depositary received the instrument" if start == event.date else "notice was given"
        )
        named_later = (
            self.later_date
            and event.takes_effect_on is not None
            and expiry == event.takes_effect_on
        )
        if defeated_by is not None:
            text = (
                f"{words.capitalize()} after {since} on {start}, the notice period expires on"
                f" {expiry}. The withdrawal would take effect that day, but the armed-conflict"
                " exception applies."
            )
        elif named_later:
            text = (
                f"The withdrawal takes effect {words} after {since} on {start.isoformat()}, or on"
                f" the later date the State names: {expiry.isoformat()}."
            )
        else:
            text = (
                f"The withdrawal takes effect {words} after {since} on {start.isoformat()}: on"
                f" {expiry.isoformat()}."
            )
        if self.months and not named_later and expiry.day != start.day:
            text += (
                f" The month of expiry has no day {start.day}: the month-end reading decides"
                " the day."
            )
        severity: Severity = "info"
        if event.instrument_signed is not None and event.instrument_signed != event.date:
            text += (
                f" The instrument was signed on {event.instrument_signed}; the period runs from"
                " its receipt, not from its signature."
            )
        if event.takes_effect_on is not None and not self.later_date:
            text += (
                f" The instrument names {event.takes_effect_on} for its effect, but the treaty"
                " leaves no room for a date chosen by the State: the date above stands."
            )
            severity = "warning"
        return self.finding(Truth.HOLDS, text, defeated_by=defeated_by, severity=severity)
