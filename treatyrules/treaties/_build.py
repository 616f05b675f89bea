"""Declaring a treaty in a few lines: builders that turn a treaty's parameters into rules.

A treaty module states its facts -- article numbers, dates, the notice period, who
must be told, what the armed-conflict clause says -- and these builders make the
rules, with paraphrases composed from those parameters. The behaviour lives in
``treatyrules.clauses``; nothing here is specific to one treaty.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Literal, TypedDict

from ..clauses.conflict import kind_name
from ..clauses.consent import AccessionRule, ConsentBySignatory, SignaturePeriod
from ..clauses.deferral import Awaited, ConflictDeferral, EndsWith, Extension
from ..clauses.entry_into_force import EntryIntoForceForState, Formula, GeneralEntryIntoForce
from ..clauses.notice import (
    NoticeAndPeriod,
    NoticePeriod,
    NoticeRecipients,
    ReasonsRequired,
    RightAndNotice,
    RightAndPeriod,
    RightToWithdraw,
    period_words,
)
from ..clauses.notice import Reasons as ReasonsKind
from ..clauses.withdrawal import WithdrawalClause
from ..clauses.words import Words, agreeing
from ..core.rule import Rule, Statement
from ..treaty import Consent
from . import vclt
from .succession import SUCCESSION

__all__ = ["Deferral", "Joining", "Kept", "Notice", "build_consent", "build_withdrawal"]


@dataclass(frozen=True, kw_only=True)
class Deferral:
    """The treaty's armed-conflict clause."""

    eid: str
    tested_at: Literal["expiry", "notification"] = "expiry"
    ends_with: EndsWith = "that_conflict"
    kinds: tuple[str, ...] | None = None
    stays_bound: bool = False
    also_awaits: tuple[Awaited, ...] = ()
    """What else the wait lasts for (operations of release and repatriation, ...)."""
    ends_words: str | None = None
    """The end, as a clause with the slots of :meth:`~treatyrules.clauses.words.Words.slots`,
    where the treaty says more than the end of the conflicts named ("{the} {has} ended")."""
    engaged_words: str = "engaged in"
    """The State's part in the conflict, in the treaty's words ("a party to", "involved in"),
    with the agreement slots of :func:`~treatyrules.clauses.words.slots`."""
    bound_by: str = "the treaty"
    """What a State that ``stays_bound`` stays bound by, in the treaty's words."""
    extended_by: tuple[Extension, ...] = ()
    """Kinds of conflict counted only for a State bound by a further instrument (CCW: the
    2001 amendment of Art. 1), which the scenario records in also_party_to or not_party_to."""
    says: str | None = None
    """The paraphrase, where the builder's composed one would not say all the treaty says."""


@dataclass(frozen=True, kw_only=True)
class Kept:
    """One sentence of the article that speaks of what a withdrawal leaves untouched."""

    eid: str
    title: str
    says: str
    """Its paraphrase, in the project's words."""
    whole_treaty: bool = False
    """Said only of a withdrawal from the treaty itself, not of one annexed instrument
    denounced on its own (CCW Art. 9(3): denouncing the Convention denounces its Protocols)."""


@dataclass(frozen=True, kw_only=True)
class Notice:
    """The treaty's withdrawal clause, by its parameters."""

    heading: str
    """The eid of the article (``art_20``)."""
    right: str
    notice: str
    recipients: tuple[str, ...]
    period: str
    months: int = 0
    days: int = 0
    in_months: bool = False
    """Whole years counted in months, as the treaty counts them ("twelve months", TPNW)."""
    in_advance: bool = False
    later_date: bool = False
    earliest_notice: date | None = None
    reasons: str | None = None
    reasons_kind: ReasonsKind = "full_explanation"
    deferral: Deferral | None = None
    duration: str | None = None
    keeps: tuple[Kept, ...] = ()
    """What the article keeps in force or limits after the effect (scope, savings), by sentence."""
    right_says: str | None = None
    """The right in the project's words, where it is more than "a Party may give notice"."""
    protocols: tuple[str, ...] = ()
    implied: bool = False
    """No withdrawal clause: the VCLT Art. 56 default (at least twelve months' notice)."""


@dataclass(frozen=True, kw_only=True)
class Joining:
    """Signature, consent and entry into force."""

    ratification: str
    accession: str
    general: str
    in_force: date | None
    last_counted: date | None
    threshold: int | str
    per_state: str
    formula: Formula
    later_states_from: Literal["threshold", "entry_into_force"] = "threshold"
    signature: str | None = None
    opens: date | None = None
    closes_before: date | None = None
    closes_with_entry_into_force: bool = True
    """False where signature closes on a fixed day (the Rome Statute, the Geneva Conventions)."""
    immediate: str | None = None
    """The eid of the rule giving immediate effect to a Party to a conflict (Geneva Conventions)."""
    signatories_may_accede: bool = False
    """Accession is open to every State, signatories included (TPNW, Rome Statute)."""
    per_state_accession: str | None = None
    """The eid of a separate article on when an accession takes effect (GC III Art. 140)."""
    accession_lodged: str = "deposited"
    """How the treaty says an accession is lodged ("notified" to the Swiss Federal Council)."""
    accession_after_entry_into_force: bool = False
    """Accession opens only with the treaty's entry into force (Geneva Conventions, ATT, ...)."""


@dataclass(frozen=True, kw_only=True)
class _Ctx:
    """What every rule of one treaty carries: its label and the source it was checked against."""

    label: str
    source: str
    words: Words


class _Base(TypedDict):
    treaty: str
    source: str


class _PeriodFields(TypedDict):
    months: int
    days: int
    in_months: bool
    in_advance: bool
    later_date: bool
    earliest_notice: date | None


def _withdrawal(c: _Ctx, n: Notice) -> WithdrawalClause:
    label, source = c.label, c.source
    words = period_words(n.months, n.days, n.in_months)
    anchor = "notice is given to them" if n.in_advance else f"{c.words.receiver} receives it"
    base = _Base(treaty=label, source=source)
    right_says = (
        "The treaty has no withdrawal clause; a party may withdraw only if a right is implied,"
        " on at least twelve months' notice (VCLT Art. 56)."
        if n.implied
        else n.right_says or f"A {c.words.party} may give notice of {c.words.term}."
    )
    notice_says = f"Notice of {c.words.term} goes to {c.words.listed(n.recipients)}."
    period_says = (
        f"A {c.words.term} takes effect {words} after {anchor}"
        + (", or on a later date the State names" if n.later_date else "")
        + "."
    )
    if n.earliest_notice:
        # The earliest day belongs to the sentence giving the right (Outer Space Treaty Art. XVI).
        right_says = right_says[:-1] + f", but not before {n.earliest_notice}."
    period_fields = _PeriodFields(
        months=n.months,
        days=n.days,
        in_months=n.in_months,
        in_advance=n.in_advance,
        later_date=n.later_date,
        earliest_notice=n.earliest_notice,
    )
    right_title, notice_title = f"Right of {c.words.term}", "Notice"
    period_title = f"Effect {words} after notice"
    # Where the treaty puts two roles in one sentence, that sentence is one rule with both.
    right: RightToWithdraw
    notice: NoticeRecipients
    period: NoticePeriod
    if n.right == n.notice:
        right = notice = RightAndNotice(
            **base,
            eid=n.right,
            title=f"{right_title} and notice",
            paraphrase=f"{right_says} {notice_says}",
            implied=n.implied,
            recipients=n.recipients,
        )
        period = NoticePeriod(
            **base, eid=n.period, title=period_title, paraphrase=period_says, **period_fields
        )
    elif n.right == n.period:
        right = period = RightAndPeriod(
            **base,
            eid=n.right,
            title=f"{right_title}, effective {words} after notice",
            paraphrase=f"{right_says} {period_says}",
            implied=n.implied,
            **period_fields,
        )
        notice = NoticeRecipients(
            **base,
            eid=n.notice,
            title=notice_title,
            paraphrase=notice_says,
            recipients=n.recipients,
        )
    elif n.notice == n.period:
        right = RightToWithdraw(
            **base, eid=n.right, title=right_title, paraphrase=right_says, implied=n.implied
        )
        notice = period = NoticeAndPeriod(
            **base,
            eid=n.notice,
            title=f"Notice {words} in advance",
            paraphrase=f"{notice_says[:-1]}, {words} before the {c.words.term} takes effect.",
            recipients=n.recipients,
            **period_fields,
        )
    else:
        right = RightToWithdraw(
            **base, eid=n.right, title=right_title, paraphrase=right_says, implied=n.implied
        )
        notice = NoticeRecipients(
            **base,
            eid=n.notice,
            title=notice_title,
            paraphrase=notice_says,
            recipients=n.recipients,
        )
        period = NoticePeriod(
            **base, eid=n.period, title=period_title, paraphrase=period_says, **period_fields
        )
    deferral = None
    if n.deferral is not None:
        d = n.deferral
        deferral = ConflictDeferral(
            treaty=label,
            eid=d.eid,
            title="The armed-conflict exception",
            paraphrase="",
            source=source,
            defeats=period,
            tested_at=d.tested_at,
            ends_with=d.ends_with,
            kinds=d.kinds,
            stays_bound=d.stays_bound,
            also_awaits=d.also_awaits,
            ends_words=d.ends_words,
            engaged_words=d.engaged_words,
            bound_by=d.bound_by,
            extended_by=d.extended_by,
            # The points that read what an annex's own wait holds, beside the exception's own.
            consults=(
                *ConflictDeferral.consults,
                *(a.scope[0] for a in d.also_awaits if a.scope is not None),
            ),
        )
        deferral = replace(deferral, paraphrase=d.says or _deferral_paraphrase(c, n, deferral))
    kept = tuple(Statement(**base, eid=k.eid, title=k.title, paraphrase=k.says) for k in n.keeps)
    return WithdrawalClause(
        heading=Rule(
            treaty=label,
            eid=n.heading,
            title=c.words.term.capitalize(),
            paraphrase=f"Whether and when an instrument of {c.words.term} takes effect.",
            source=source,
        ),
        right=right,
        notice=notice,
        reasons=None
        if n.reasons is None
        else ReasonsRequired(
            treaty=label,
            eid=n.reasons,
            title="Reasons",
            paraphrase={
                "full_explanation": "The instrument includes a full explanation of the reasons.",
                "extraordinary_events": (
                    "The notice states the extraordinary events the State regards as having"
                    " jeopardised its supreme interests."
                ),
                "optional": "The notification may explain the reasons; it need not.",
            }[n.reasons_kind],
            source=source,
            kind=n.reasons_kind,
        ),
        period=period,
        deferral=deferral,
        revocation=vclt.ART_68,
        duration=None
        if n.duration is None
        else Statement(
            treaty=label,
            eid=n.duration,
            title="Unlimited duration",
            paraphrase="The treaty is of unlimited duration.",
            source=source,
        ),
        savings=kept[0] if kept else None,
        also=kept[1:],
        whole_treaty=tuple(k.eid for k in n.keeps if k.whole_treaty),
        protocols=n.protocols,
    )


def _deferral_paraphrase(c: _Ctx, n: Notice, rule: ConflictDeferral) -> str:
    """The exception in a sentence, composed from the words the treaty declares."""
    w = c.words
    when = (
        "when the notice period expires" if rule.tested_at == "expiry" else "when notice is given"
    )
    head = f"If the State is {agreeing(rule.engaged_words, ())} {w.a_conflict} {when}"
    for e in rule.extended_by:
        head += f" (a {kind_name(e.kind)} only if the State is bound by {e.name})"
    until = rule.until(w)
    if any(a.only_for is not None for a in rule.also_awaits):
        until += (
            " ("
            + "; ".join(
                f"for {', '.join(w.annexed(p) for p in a.only_for)}"
                + (
                    f" (denounced alone, or with {w.short} by a State bound by it)"
                    if a.bound_via
                    else ""
                )
                + f", also until {a.words}"
                for a in rule.also_awaits
                if a.only_for is not None
            )
            + ")"
        )
    if rule.stays_bound:
        return f"{head}, it stays bound by {rule.bound_by} until {until}."
    return f"{head}, the {c.words.term} does not take effect before {until}."


def build_consent(label: str, source: str, joining: Joining) -> Consent:
    """The rules of signature, consent and entry into force, from their parameters."""
    j = joining
    general = GeneralEntryIntoForce(
        treaty=label,
        eid=j.general,
        title="Entry into force of the treaty",
        paraphrase=(
            "Not in force: " + str(j.threshold)
            if j.in_force is None
            else f"In force since {j.in_force}, after the {j.threshold if isinstance(j.threshold, str) else str(j.threshold) + ' instruments'}."
        ),
        source=source,
        in_force=j.in_force,
        last_counted=j.last_counted,
        threshold=j.threshold,
        later_states_from=j.later_states_from,
    )
    eif = EntryIntoForceForState(
        treaty=label,
        eid=j.per_state,
        title="Entry into force for a later State",
        paraphrase=f"For a later State the treaty enters into force {j.formula.describe()}.",
        source=source,
        formula=j.formula,
        general=general,
        immediate_in_conflict=None
        if j.immediate is None
        else Rule(
            treaty=label,
            eid=j.immediate,
            title="Immediate effect for a Party to a conflict",
            paraphrase=(
                "Ratifications and accessions by a Party to a conflict take effect immediately."
            ),
            source=source,
        ),
    )
    return Consent(
        signature=None
        if j.signature is None or j.opens is None
        else SignaturePeriod(
            treaty=label,
            eid=j.signature,
            title="Signature",
            paraphrase=(
                f"Open for signature from {j.opens}"
                + (f" until {j.closes_before}" if j.closes_before else "")
                + "."
            ),
            source=source,
            opens=j.opens,
            closes_before=j.closes_before,
            closes_with_entry_into_force=j.closes_with_entry_into_force,
        ),
        ratification=ConsentBySignatory(
            treaty=label,
            eid=j.ratification,
            title="Ratification by signatories",
            paraphrase="Signatories consent by ratification (or acceptance or approval).",
            source=source,
        ),
        accession=AccessionRule(
            treaty=label,
            eid=j.accession,
            title="Accession",
            paraphrase=(
                "Any State may accede, signatories included"
                if j.signatories_may_accede
                else "A State that has not signed may accede"
            )
            + (" once the treaty is in force." if j.accession_after_entry_into_force else "."),
            source=source,
            signatories_may=j.signatories_may_accede,
            after_entry_into_force=j.accession_after_entry_into_force,
            in_force=j.in_force,
        ),
        succession=SUCCESSION,
        general_eif=general,
        eif=eif,
        eif_accession=None
        if j.per_state_accession is None
        else replace(
            eif,
            eid=j.per_state_accession,
            title="Entry into force of an accession",
            paraphrase=(
                f"An accession takes effect {j.formula.describe()} ({j.accession_lodged})."
            ),
            lodged=j.accession_lodged,
        ),
    )


def build_withdrawal(label: str, source: str, words: Words, notice: Notice) -> WithdrawalClause:
    """The withdrawal clause, from its parameters."""
    return _withdrawal(_Ctx(label=label, source=source, words=words), notice)
