"""The right to withdraw, the notice it takes, and the period it runs.

These rules are the building blocks of every withdrawal clause: who may withdraw
(a party; or, under VCLT Art. 56, only if a right is implied), to whom notice goes,
what reasons it must give, and how long it runs and from when -- months or days,
from the Depositary's receipt or from notice given "in advance" to several
recipients, and whether the State may name a later date.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Literal

from ..core.calendar import days_after, month_end_matters, months_after
from ..core.interpretation import InterpretationPoint, register_point
from ..core.rule import Rule
from ..core.truth import Truth, all_of
from ..core.verdict import Finding, Severity
from ..core.words import number_word
from ..scenario import Withdrawal
from .case import WithdrawalCase
from .context import Context
from .words import Words, joined

__all__ = [
    "NoticeAndPeriod",
    "NoticePeriod",
    "NoticeRecipients",
    "ReasonsRequired",
    "RightAndNotice",
    "RightAndPeriod",
    "RightToWithdraw",
]


# The contested questions the rules below consult, declared beside them.
MONTH_END = register_point(
    InterpretationPoint(
        key="month_end",
        question=(
            "A period counted in months ends in a month that lacks the starting day (notice"
            " received on 31 August, a period of three months): on which day does it end?"
        ),
        options={
            # The example names no period: the point is the same in a treaty of 3, 6 or 12 months.
            "clamp": (
                "on the last day of the month the period ends in (from 31 August, a period that"
                " ends in November ends on 30 November)"
            ),
            "roll_forward": (
                "on the first day of the month after (from 31 August, a period that ends in"
                " November ends on 1 December)"
            ),
        },
        default="clamp",
        rationale=(
            "UN depositary practice counts to the same calendar date (27 June 2025 -> 27"
            " December 2025), Sundays included; where that date does not exist the period"
            " ends with the month, as EU Regulation 1182/71 Art. 3(2)(c) provides."
        ),
        sources=(
            "docs/sources/apmbc.md §1 Art. 20, modelling notes (the treaty is silent on a missing day)",
            "docs/sources/sibling-treaties.md §3.2 (Philippines: one year to the same date, a Sunday)",
            "Council Regulation (EEC, Euratom) No 1182/71, Art. 3(2)(c)",
        ),
    )
)

PREMATURE_WITHDRAWAL = register_point(
    InterpretationPoint(
        key="premature_withdrawal",
        question=(
            "What is a notice of leaving the treaty received before the treaty is in force for"
            " the State that sends it?"
        ),
        options={
            "no_effect": (
                "not a notice under the treaty's clause on leaving it, and without effect: the"
                " State becomes a party on entry into force and may then give notice anew"
            ),
            "withdrawal_of_consent": (
                "a revocation of the State's consent to be bound, effective on receipt: the"
                " State never becomes a party on that instrument"
            ),
        },
        default="no_effect",
        rationale=(
            "The right of withdrawal belongs to a 'State Party' (APMBC Art. 20(2)); the treaty"
            " gives a State that has deposited no way to undo its deposit before entry into force."
        ),
        sources=(
            "docs/sources/apmbc.md §1 Art. 20(2)",
            "docs/sources/legal-semantics.md §2.2 (Art. 20)",
        ),
    )
)

DEFECTIVE_NOTICE = register_point(
    InterpretationPoint(
        key="defective_notice",
        question=(
            "The notice reached the recipient whose receipt starts the period, but notice to"
            " another recipient the treaty names, or a statement of reasons it requires, is"
            " missing: when does it take effect?"
        ),
        options={
            "timing_unaffected": (
                "on the usual date: the defect breaches a duty of form, but the period runs from"
                " the receipt the treaty makes decisive"
            ),
            "delays_until_cured": (
                "the period runs only from the day the last missing notice is given (the"
                " instrument's per-recipient 'notices'); until then it has not started"
            ),
            "invalid": "never, on this instrument: a defective notice does not operate",
        },
        default="timing_unaffected",
        # Where who was notified, or the reasons, are not given, the point matters for that alone.
        hinges=("notified", "reasons_given"),
        rationale=(
            "Art. 20(3) counts the period from the Depositary's receipt only, and the Depositary"
            " circulates the instrument to every party (VCLT Arts. 77-78); a missing receipt by"
            " the Depositary is not a defect but the absence of a withdrawal."
        ),
        sources=(
            "docs/sources/apmbc.md §1 Art. 20(2)-(3)",
            "docs/sources/apmbc.md §2 VCLT Art. 78",
        ),
    )
)

ADVANCE_NOTICE_START = register_point(
    InterpretationPoint(
        key="advance_notice_start",
        question=(
            "A treaty asks for notice 'in advance' to several recipients, who receive it on"
            " different days: from which day does the period run?"
        ),
        options={
            "last_receipt": "from the day the last required recipient received it",
            "first_receipt": "from the day the first recipient received it",
        },
        default="last_receipt",
        rationale=(
            "Notice is given to all the recipients the treaty names; it is complete only when the"
            " last of them has it (compare VCLT Art. 78 on when a notification is received)."
        ),
        sources=(
            "docs/sources/sibling-treaties.md §1 (NPT Art. X, BWC Art. XIII, CWC Art. XVI,"
            " CTBT Art. IX) and §3.1 (the DPRK's notices of 1993 and 2003)",
            "docs/sources/apmbc.md §2 Art. 78",
        ),
    )
)

VCLT56_RIGHT = register_point(
    InterpretationPoint(
        key="vclt56_right",
        question=(
            "A treaty has no clause on leaving it: may a party leave it anyway (VCLT Art. 56), on"
            " at least twelve months' notice?"
        ),
        options={
            "no_right": (
                "no: leaving needs the parties' intention or the treaty's nature to imply a"
                " right, and neither is shown"
            ),
            "implied_right": "yes: a right is implied; it takes effect twelve months after notice",
        },
        default="no_right",
        rationale=(
            "Art. 56(1) makes denunciation of such a treaty the exception; the UN Human Rights"
            " Committee found no right to withdraw from the ICCPR (General Comment 26)."
        ),
        sources=(
            "docs/sources/sibling-treaties.md §2 (VCLT Art. 56) and §3.6 (DPRK and the ICCPR)",
        ),
    )
)

SUSPENDED_NOTICE = register_point(
    InterpretationPoint(
        key="suspended_notice",
        question=(
            "A State revoked its notice just before it took effect, then gives notice again:"
            " does the new notice run the whole period, or only what was left?"
        ),
        options={
            "restarts": "the whole period: the earlier notice was spent when it was revoked",
            "resumes": "only the time that was left of the earlier notice",
        },
        default="restarts",
        rationale=(
            "A notice revoked before it took effect has no effect (VCLT Art. 68); nothing in the"
            " withdrawal clauses lets a later notice inherit its running time. The DPRK's NPT"
            " notices are the case: the prevailing view gives the 2003 notice effect on 10 April"
            " 2003 (the whole period); the DPRK's own view, one day, so 11 January 2003."
        ),
        sources=(
            "docs/sources/sibling-treaties.md §3.1 (DPRK and the NPT, 1993 and 2003)",
            "docs/sources/sibling-treaties-verification.md §13",
        ),
    )
)


def on_conflict(w: Words) -> str:
    """Why a State at war may still give notice: only the effect waits."""
    return (
        f" The treaty does not forbid giving notice during {w.a_conflict}: only the effect of"
        f" the {w.term} can wait."
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

    def grants(self, ctx: Context) -> bool:
        """Whether a State for which the treaty is in force may withdraw: the decision that
        :meth:`holds` explains."""
        return not (self.implied and ctx.read(self, "vclt56_right") == "no_right")

    def holds(
        self,
        ctx: Context,
        engaged: bool,
        bound: bool = False,
        part: str = "engaged in",
        situation: str | None = None,
    ) -> tuple[Finding, bool]:
        """The State is a party when the instrument arrives; False if no right exists.
        ``engaged``: it is at war then; ``bound``: the treaty keeps it bound through the wait;
        ``part``: the State's part in a conflict in the treaty's words ("a party to");
        ``situation``: what it is engaged in, with its article, where that is not the treaty's
        armed conflict ("an occupation")."""
        w = ctx.words
        if self.implied and ctx.read(self, "vclt56_right") == "no_right":
            return self.finding(
                Truth.FAILS,
                f"The treaty has no clause on {w.term}. A party may then {w.verb} only if the"
                " parties intended to allow it or the treaty's nature implies a right to do so;"
                " under the default reading (vclt56_right = no_right) neither is shown, so the"
                f" instrument does not operate as a {w.term}.",
            ), False
        if self.implied:
            return self.finding(
                Truth.HOLDS,
                f"The treaty has no clause on {w.term}; under the reading vclt56_right ="
                f" implied_right a right of {w.term} is implied, on at least twelve months'"
                " notice.",
            ), True
        return _right_finding(self, w, engaged, bound, part, situation or w.a_conflict), True

    def premature(self, ctx: Context, received: date, eif: date) -> tuple[Finding, bool]:
        """An instrument received before entry into force; True if it withdraws consent."""
        reading = ctx.read(self, "premature_withdrawal")
        w = ctx.words
        head = (
            f"On {received}, when the instrument is received, the treaty is not yet in"
            f" force for the State (it enters into force on {eif}): the right of {w.term}"
            f" belongs to a {w.party}, so this is not a {w.term} under this article."
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
            f" effect: the State becomes a party on {eif} and may then {w.verb} by a new"
            " instrument.",
        ), False

    def not_a_party(
        self, w: Words, received: date, left_on: date | None, left_by: date | None = None
    ) -> Finding:
        if left_on is not None:
            why = f"the State already ceased to be a party on {left_on}"
        elif left_by is not None:
            why = (
                f"the State already ceased to be a party, on a day the facts do not fix but by"
                f" {left_by} at the latest"
            )
        else:
            why = (
                "the State has not consented to be bound (a signatory that no longer means to"
                " ratify says so by a notice under VCLT Art. 18)"
            )
        return self.finding(
            Truth.NOT_APPLICABLE,
            f"The instrument received on {received} is not a {w.term} under this article: {why}.",
        )

    def redundant(self, w: Words, received: date, running: WithdrawalCase) -> Finding:
        return self.finding(
            Truth.NOT_APPLICABLE,
            f"The instrument received on {received} adds nothing: the {w.term} received on"
            f" {running.received} is still running and decides when the State leaves.",
        )

    def too_early(self, w: Words, received: date, earliest: date) -> Finding:
        return self.finding(
            Truth.FAILS,
            f"The notice received on {received} comes before {earliest}, the first day the"
            f" treaty allows notice of {w.term}: it does not operate as a {w.term}.",
        )


@cache
def _right_finding(
    rule: RightToWithdraw, w: Words, engaged: bool, bound: bool, part: str, situation: str
) -> Finding:
    waits = (
        "while the wait lasts it stays bound"
        if bound
        else f"only the effect of the {w.term} can wait"
    )
    note = (
        f" It is {part} {situation} when it gives notice, which the treaty does not"
        f" forbid: {waits}."
        if engaged
        else ""
    )
    return rule.finding(
        Truth.HOLDS,
        f"The treaty is in force for the State when its {w.instrument} is received: as a"
        f" {w.party} it may {w.verb}.{note}",
    )


@dataclass(frozen=True, eq=False, kw_only=True)
class NoticeRecipients(Rule):
    """Notice must reach every listed recipient; the Depositary's receipt is the event itself."""

    recipients: tuple[str, ...]
    consults: tuple[str, ...] = ("defective_notice",)

    def judge_recipients(
        self, w: Words, notified: tuple[str, ...] | None, received: Iterable[str] = ()
    ) -> Finding:
        """Whether each recipient the treaty names was notified; ``received``: the recipients
        whose receipt the facts record (the instrument's ``notices``), notified whatever
        ``notified`` leaves unsaid."""
        return _recipients_finding(self, w, notified, frozenset(received))


@cache
def _recipients_finding(
    rule: NoticeRecipients, w: Words, notified: tuple[str, ...] | None, received: frozenset[str]
) -> Finding:
    # Findings are immutable: one per combination of recipients, shared by every verdict.
    parts = []
    truths = []
    for recipient in rule.recipients:
        if recipient == "depositary" or recipient in received:
            t = Truth.HOLDS
        elif notified is None:
            t = Truth.UNKNOWN
        else:
            t = Truth.of(recipient in notified)
        truths.append(t)
        word = {Truth.HOLDS: "given", Truth.FAILS: "NOT given", Truth.UNKNOWN: "unknown"}[t]
        parts.append(f"{w.recipient(recipient)}: {word}")
    outcome = all_of(truths)
    text = f"Notice of {w.term} to " + "; to ".join(parts) + "."
    return rule.finding(outcome, text, severity="info" if outcome is Truth.HOLDS else "warning")


Reasons = Literal["full_explanation", "extraordinary_events", "optional"]

_REASONS = {
    "full_explanation": "a full explanation of the reasons for the {term}",
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

    def judge(self, w: Words, reasons_given: bool | None) -> Finding:
        return _reasons_finding(self, w, reasons_given)


@cache
def _reasons_finding(rule: ReasonsRequired, w: Words, given: bool | None) -> Finding:
    what = _REASONS[rule.kind].format(term=w.term)
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


def period_words(months: int, days: int, in_months: bool = False) -> str:
    """``six months``, ``one year``, ``90 days``; ``in_months``: the treaty counts whole
    years in months, and so do its words.

    >>> period_words(12, 0), period_words(12, 0, in_months=True)
    ('one year', 'twelve months')
    """
    if days:
        return f"{days} days"
    if months % 12 == 0 and not in_months:
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
    in_months: bool = False
    """The treaty counts the period in months even where they make whole years (TPNW Art.
    17(3): twelve months): the sentences say it so."""
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
        return period_words(self.months, self.days, self.in_months)

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
            moot = not month_end_matters(start, self.months)
            end = months_after(start, self.months, str(ctx.read(self, "month_end", moot=moot)))
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
        w: Words,
        start: date,
        expiry: date,
        defeated_by: str | None,
        event: Withdrawal,
        left_over: int | None = None,
        *,
        undecided_by: str | None = None,
        stays_bound: bool = False,
        revoked_on: date | None = None,
        assuming: str = "",
    ) -> Finding:
        """The period and the day it ends. The end is the effect only where nothing else
        decides it: an exception that holds (``defeated_by``) or that the facts leave open
        (``undecided_by``), the treaty keeping a State at war bound instead (``stays_bound``),
        a revocation before the end (``revoked_on``), or a reading of the form (``assuming``:
        the condition under which the period runs at all, "if its form turns out complete")."""
        text = self._period(
            w, start, expiry, defeated_by, event, left_over, undecided_by, stays_bound, revoked_on
        )
        if assuming:
            text = f"{assuming[:1].upper()}{assuming[1:]}, {text[:1].lower()}{text[1:]}"
        severity: Severity = "info"
        if self.in_advance and event.notified is not None:
            # Notified, but on a day not given: the one day the facts give stands for it.
            undated = [
                w.recipients.get(r, r)
                for r in event.notified
                if r != "depositary" and r not in (event.notices or {})
            ]
            if undated:
                text += (
                    f" The facts give no day on which {joined(undated)} received it: that day is"
                    f" taken to be {event.date}, the one the facts give."
                )
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
        elif event.takes_effect_on is not None and event.takes_effect_on < expiry:
            # The treaty allows a later date only: an earlier one cannot shorten the period.
            text += (
                f" The instrument names {event.takes_effect_on} for its effect, earlier than the"
                " period allows; the treaty lets a State choose only a later date, so the date"
                " above stands."
            )
            severity = "warning"
        return self.finding(Truth.HOLDS, text, defeated_by=defeated_by, severity=severity)

    def _period(
        self,
        w: Words,
        start: date,
        expiry: date,
        defeated_by: str | None,
        event: Withdrawal,
        left_over: int | None,
        undecided_by: str | None,
        stays_bound: bool,
        revoked_on: date | None,
    ) -> str:
        if left_over is not None and expiry == days_after(start, left_over):
            return (
                f"An earlier notice was revoked with {left_over} day(s) left to run; under the"
                " reading suspended_notice = resumes this notice only resumes them: the period"
                f" ends on {expiry}."
            )
        words = self.words
        since = (
            f"{w.receiver} received the instrument"
            if start == event.date and not self.in_advance
            else "notice was given"
        )
        named_later = (
            self.later_date
            and event.takes_effect_on is not None
            and expiry == event.takes_effect_on
        )
        exception = f"the {w.conflict.replace(' ', '-')} exception"
        if revoked_on is not None or defeated_by is not None or undecided_by is not None:
            # The period's end is not the effect here: say when it ends, and what decides.
            expires = "would expire" if revoked_on is not None else "expires"
            text = (
                f"{words.capitalize()} after {since} on {start}, the notice period {expires}"
                f" on {expiry}."
            )
            if named_later:
                # The date named is the effect's, not the period's end (Rome Statute Art. 127(1):
                # one year "or ... a later date" the notification specifies).
                would = "would" if revoked_on is not None else "is to"
                text = (
                    f"The instrument names {expiry} for its effect, later than {words} after"
                    f" {since} on {start}, as the treaty allows: the {w.term} {would} take effect"
                    " that day."
                )
            if revoked_on is not None:
                text += f" The instrument is revoked on {revoked_on}, before then."
            elif defeated_by is not None and stays_bound:
                text += f" The State would be released that day, but {exception} keeps it bound."
            elif defeated_by is not None:
                text += f" The {w.term} would take effect that day, but {exception} applies."
            else:
                released = "the State is released" if stays_bound else f"the {w.term} takes effect"
                text += (
                    f" Whether {released} that day depends on {exception}, which the facts"
                    " leave open."
                )
        elif named_later:
            text = (
                f"The {w.term} takes effect {words} after {since} on {start.isoformat()}, or on"
                f" the later date the State names: {expiry.isoformat()}."
            )
        else:
            text = (
                f"The {w.term} takes effect {words} after {since} on {start.isoformat()}: on"
                f" {expiry.isoformat()}."
            )
        if self.months and not named_later and expiry.day != start.day:
            text += (
                f" The month of expiry has no day {start.day}: the month-end reading decides"
                " the day."
            )
        return text


# One sentence of a treaty often carries two roles: "a Party may withdraw by notifying the
# Depositary" (right and notice), "in case a Party denounces, the denunciation takes effect one
# year after receipt" (right and period), "notice given three months in advance to ..." (notice
# and period). The sentence is the finest unit an eid names, so such a sentence is *one* rule
# with both roles, rather than two rules sharing an eid or an invented sentence number.


@dataclass(frozen=True, eq=False, kw_only=True)
class RightAndNotice(RightToWithdraw, NoticeRecipients):
    """One sentence giving the right of withdrawal and naming who is notified.

    >>> r = RightAndNotice(treaty="T", eid="art_9__para_1", title="t", paraphrase="p",
    ...                    source="s", recipients=("depositary",))
    >>> r.consults
    ('premature_withdrawal', 'defective_notice')
    """

    consults: tuple[str, ...] = ("premature_withdrawal", "defective_notice")


@dataclass(frozen=True, eq=False, kw_only=True)
class RightAndPeriod(RightToWithdraw, NoticePeriod):
    """One sentence presupposing the right and fixing when it takes effect."""

    consults: tuple[str, ...] = ("premature_withdrawal", "month_end", "suspended_notice")


@dataclass(frozen=True, eq=False, kw_only=True)
class NoticeAndPeriod(NoticeRecipients, NoticePeriod):
    """One sentence asking for notice to several recipients a period in advance."""

    consults: tuple[str, ...] = ("defective_notice", "month_end", "suspended_notice")
