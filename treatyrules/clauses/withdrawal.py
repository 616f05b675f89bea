"""A treaty's withdrawal article as one block: the right, the form, the period, the
armed-conflict exception and revocation, applied to one instrument.

:meth:`WithdrawalClause.assess` judges an instrument on all the facts -- its dates
do not depend on the day of assessment -- and returns a :class:`WithdrawalCase`
that reads the outcome on any day. Where an unknown fact or a contested reading of
a defect decides whether or when it takes effect, the case holds one world per
possibility.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from ..core.defeat import defeated
from ..core.errors import InputError
from ..core.rule import Rule, Statement
from ..core.truth import Truth, all_of
from ..core.verdict import Finding
from ..scenario import Withdrawal
from .annex import AnnexWait
from .case import Standing, WithdrawalCase, World
from .conflict import at_war
from .context import Context
from .deferral import ConflictDeferral, Deferral, deferral_worlds, the_part
from .notice import NoticePeriod, NoticeRecipients, ReasonsRequired, RightToWithdraw
from .revocation import RevocationRule
from .words import Words

__all__ = ["WithdrawalClause"]


# Not frozen, though never changed: built per evaluation, and frozen costs ~1 µs more (bench/).
@dataclass(slots=True)
class _Start:
    """When the notice period starts, under the reading of a defect of form."""

    label: str
    day: date | None
    """None: never, on these facts (or, with ``after``, on a day they do not give)."""
    valid: bool = True
    after: date | None = None
    """With no ``day``: the period starts on a day the facts do not give, later than this."""


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
    also: tuple[Statement, ...] = ()
    """The article's further statements on what a withdrawal leaves untouched (scope, savings)."""
    whole_treaty: tuple[str, ...] = ()
    """The eids of those statements said only of a withdrawal from the treaty itself: not
    applicable to an annexed instrument denounced on its own."""
    protocols: tuple[str, ...] = ()
    """Annexed Protocols that may be denounced on their own (CCW)."""

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
            *self.also,
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
        if event.protocol is not None and event.protocol not in self.protocols:
            known = ", ".join(self.protocols)
            raise InputError(
                f"events[{index}].protocol",
                f"{ctx.treaty} has no {ctx.words.annex} {event.protocol!r} to"
                f" {ctx.words.verb} separately" + (f" (known: {known})" if known else ""),
            )
        if standing.in_force_since is None or standing.running is not None:
            return self._not_applicable(ctx, index, event, standing, revoked_on)

        earliest = self.period.earliest_notice
        if earliest is not None and received < earliest:
            right = self.right.too_early(ctx.words, received, earliest)
            return self._no_right(ctx.words, index, event, right, revoked_on)
        if not self.right.grants(ctx):
            return self._no_right(
                ctx.words, index, event, self.right.holds(ctx, False)[0], revoked_on
            )
        notice = self.notice.judge_recipients(ctx.words, event.notified, self._receipts(event))
        form: tuple[Finding, ...] = (notice,)
        reasons = None
        if self.reasons is not None:
            reasons = self.reasons.judge(ctx.words, event.reasons_given)
            form = (notice, reasons)
        starts = self._starts(ctx, index, event, notice, reasons)

        worlds: list[World] = []
        first: tuple[_Start, date, date | None, Deferral | None] | None = None
        for start in starts:
            if not start.valid:
                worlds.append(World(label=start.label, applicable=False))
                continue
            if start.day is None:
                after = None if start.after is None else self.period.expiry(ctx, start.after, event)
                worlds.append(World(label=start.label, revoked_on=revoked_on, after=after))
                continue
            expiry = self.period.expiry(ctx, start.day, event)
            resumed = self.period.resumed(ctx, start.day, standing.left_over)
            if resumed is not None:
                expiry = resumed
            deferral = (
                None
                if self.deferral is None
                else self.deferral.judge(ctx, expiry, received, event.protocol)
            )
            if first is None:
                first = (start, expiry, resumed, deferral)
            tested = None if self.deferral is None else self.deferral.tested_at
            for label, effective, latest, by in deferral_worlds(
                start.label, expiry, deferral, revoked_on
            ):
                revoked = self.revocation.revokes(revoked_on, effective or latest)
                held = deferral if by else None  # the wait's fields, where something defers it
                worlds.append(
                    World(
                        label=label,
                        expiry=expiry,
                        effective=None if revoked else effective,
                        effective_by=None if revoked else latest,
                        tested=tested,
                        deferred_by=by,
                        revoked_on=revoked_on if revoked else None,
                        prolonged_by=() if held is None else held.prolonged_by,
                        ongoing=() if held is None else held.ongoing,
                        open_ended=held is not None
                        and effective is None
                        and not revoked
                        and held.end_known,
                        annex_until=None if held is None else held.annex_until,
                        annex_maybe=None if held is None else held.annex_maybe,
                        annex_open=None if held is None else held.annex_open,
                    )
                )
        words = ctx.words

        def explain(case: WithdrawalCase) -> Finding:
            """The reasons, from the decisions above: built only when a reader asks."""
            shown: tuple[Finding, ...] = ()
            if first is not None:
                start, expiry, resumed, deferral = first
                assert start.day is not None
                exceptions = (
                    ()
                    if deferral is None or self.deferral is None
                    else ((self.deferral, deferral.applies),)
                )
                defeater = defeated(exceptions).get(self.period)
                exception = self.deferral
                undecided = deferral is not None and deferral.applies is Truth.UNKNOWN
                shown = (
                    self.period.judge(
                        words,
                        start.day,
                        expiry,
                        None if defeater is None else defeater.eid,
                        event,
                        standing.left_over if resumed is not None else None,
                        # The period's end is the effect only where nothing else decides it.
                        undecided_by=exception.eid if exception and undecided else None,
                        stays_bound=exception is not None and exception.stays_bound,
                        revoked_on=revoked_on
                        if self.revocation.revokes(revoked_on, expiry)
                        else None,
                        assuming=start.label,
                    ),
                )
                if deferral is not None:
                    shown += (deferral.finding,)
            doubt = case.annex_open  # on some answers only, it may bind: never "still binds"
            still = ""
            if doubt is not None:
                named = words.annexed(doubt.annex)
                covers = f"which the {words.term} covers too" if doubt.bound else ""
                still = f"{named}, {covers or 'if the State is bound by it'}, {_still(doubt)}"
            effective = case.effective if case.determinate else None
            if revoked_on is not None and not case.determinate:
                # Too late on every answer to the facts (review 13): after the latest release.
                days = [x.effective or x.effective_by for x in case.worlds if x.revoked_on is None]
                if len(days) == len(case.worlds) and all(days):
                    effective = max(d for d in days if d is not None)
            revocation = self.revocation.judge(
                words,
                revoked_on,
                effective,
                waits=self.deferral is not None,
                still_binding=still,
            )
            if revoked_on is not None and len({x.revoked_on for x in case.worlds}) > 1:
                # Revoked in some answers only: whether it came before the effect is unknown.
                revocation = self.revocation.finding(
                    Truth.UNKNOWN,
                    f"The State revokes the instrument on {revoked_on}. Whether that is before"
                    f" the {words.term} takes effect, and so whether it never does and the State"
                    " remains a party, turns on facts not given (above): a revocation after the"
                    " effect comes too late.",
                )
            scenario = ctx.scenario
            # "Only the effect can wait" is said only where the treaty has an exception that waits;
            # an occupation counts where the exception names one (CCW Art. 9(2), AP I Art. 99(1)).
            # A kind of conflict the exception does not cover gets none (AP II: a
            # non-international conflict only).
            occupied = words.occupation
            exception = self.deferral
            wars = (
                ()
                if exception is None
                else [
                    c
                    for c in at_war(scenario.conflicts, scenario.state, received, bool(occupied))
                    if exception.may_count(ctx, c)
                ]
            )
            situation = (
                ("an " if occupied[:1] in "aeiou" else "a ") + occupied
                if occupied is not None and all(c.kind == "occupation" for c in wars)
                else None
            )
            children = (
                *_fixed(self.duration),
                self.right.holds(ctx, bool(wars), *self._waits(), situation)[0],
                *form,
                *shown,
                revocation,
                *self._savings(
                    words,
                    moot=revocation.outcome is Truth.HOLDS,
                    protocol=event.protocol,
                    unsure=revocation.outcome is Truth.UNKNOWN,
                ),
            )
            return self.heading.finding(*self._summary(case), children)

        return WithdrawalCase(
            index=index,
            received=received,
            explanation=explain,
            words=words,
            worlds=tuple(worlds),
            protocol=event.protocol,
            awaits=None
            if self.deferral is None
            else self.deferral.awaits(
                words, event.protocol, ctx.scenario, ctx.consultation.choices
            ),
            engaged="engaged in" if self.deferral is None else self.deferral.engaged_words,
            # A Protocol denounced alone keeps the State bound by that Protocol: the treaty
            # itself, not denounced, binds it whatever the wait.
            bound_by=(
                None
                if self.deferral is None or not self.deferral.stays_bound
                else self.deferral.bound_by
                if event.protocol is None
                else f"the obligations of {words.annexed(event.protocol)}"
            ),
            conflicts=ctx.scenario.conflicts,
            form_holds=all(f.outcome is Truth.HOLDS for f in form),
            form_defects=tuple(f for f in form if f.outcome is Truth.FAILS),
        )

    def _savings(
        self, w: Words, *, moot: bool, protocol: str | None, unsure: bool = False
    ) -> tuple[Finding, ...]:
        """The findings of what a withdrawal leaves untouched; not applicable where a
        revocation came first, unknown where it may have, or where a statement of the treaty
        itself meets an annexed instrument denounced on its own."""
        found: list[Finding] = []
        for k in (*_statement(self.savings), *self.also):
            if moot:
                found.append(_moot(k, w))
            elif unsure:
                found.append(
                    k.finding(
                        Truth.UNKNOWN,
                        f"{k.paraphrase} This applies only if the {w.term} takes effect, which"
                        " turns on whether the revocation came first (above).",
                    )
                )
            elif protocol is not None and k.eid in self.whole_treaty:
                found.append(
                    k.finding(
                        Truth.NOT_APPLICABLE,
                        f"This provision concerns a {w.term} of the treaty itself; this one is"
                        f" of {w.annexed(protocol)} alone.",
                    )
                )
            else:
                found.append(k.fixed)
        return tuple(found)

    def _receipts(self, event: Withdrawal) -> tuple[str, ...]:
        """The recipients the facts show notified where ``notified`` is not given: those with a
        receipt on record (``notices``), whatever its day. The form sets no day for the other
        recipients (they commonly learn of it from the Depositary, after its own receipt);
        what a late notice does to the dates is the period's and the reading's
        (``advance_notice_start``, ``defective_notice``)."""
        if event.notified is not None or not event.notices:
            return ()
        return tuple(event.notices)

    def _starts(
        self,
        ctx: Context,
        index: int,
        event: Withdrawal,
        notice: Finding,
        reasons: Finding | None,
    ) -> tuple[_Start, ...]:
        """When the period starts, given the formal requirements and the reading of a defect."""
        received = self.period.start(ctx, event)
        if notice.outcome is Truth.HOLDS and (reasons is None or reasons.outcome is Truth.HOLDS):
            return (_Start("", received),)  # the usual case, without building the conjunction
        defect = all_of(f.outcome for f in (notice, reasons) if f is not None)
        if defect is Truth.HOLDS:
            return (_Start("", received),)
        reading = ctx.read(self.notice, "defective_notice")
        # Notice "in advance" to recipients the facts do not name runs, read from the last
        # receipt, from a day the facts do not give: `date` is one receipt, not the last
        # (NPT Art. X(1), facts §2.7: no depositary's receipt to count from).
        late = (
            reading == "timing_unaffected"
            and event.notified is None
            and self.period.in_advance
            and any(
                r != "depositary" and r not in (event.notices or {}) for r in self.notice.recipients
            )
            and ctx.read(self.period, "advance_notice_start") == "last_receipt"
        )
        # ... and one recorded as never notified, read so, leaves the period unstarted: the last
        # required receipt has not come (no depositary's receipt stands for it, facts §2.7).
        unreached = (
            reading == "timing_unaffected"
            and event.notified is not None
            and self.period.in_advance
            and [
                r
                for r in self.notice.recipients
                if r != "depositary" and r not in event.notified and r not in (event.notices or {})
            ]
            and ctx.read(self.period, "advance_notice_start") == "last_receipt"
        )
        decisive = reading != "timing_unaffected" or late
        if event.notified is None and notice.outcome is Truth.UNKNOWN:
            # Unknown only for a recipient with no receipt on record (`notices`).
            ctx.unknown(f"events[{index}].notified", self.notice, decisive=decisive)
        if reasons is not None and event.reasons_given is None and self.reasons is not None:
            ctx.unknown(f"events[{index}].reasons_given", self.reasons, decisive=decisive)
        if unreached:
            return (
                _Start(
                    "the notice has not reached every recipient the treaty names"
                    " (advance_notice_start = last_receipt)",
                    None,
                ),
            )
        if late:
            return (
                _Start(f"if every recipient had the notice by {received}", received),
                _Start(
                    f"if a recipient received it after {received} (advance_notice_start ="
                    " last_receipt)",
                    None,
                    after=received,
                ),
            )
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
        # delays_until_cured: the period runs from the notice that cures the defect, the day a
        # recipient missing from `notified` is given notice after all (its date in `notices`).
        dates = [received]
        never = False
        unknown = False
        notices_unknown = reasons_unknown = False  # what is missing, to say it
        given_late = event.notices or {}
        for recipient in self.notice.recipients:
            if recipient == "depositary":
                continue
            if recipient in given_late and (
                event.notified is None or recipient not in event.notified
            ):
                dates.append(given_late[recipient])
            elif event.notified is None:
                unknown = notices_unknown = True
            elif recipient not in event.notified:
                never = True
        if event.reasons_given is False and self.reasons is not None:
            never = True
        elif event.reasons_given is None and self.reasons is not None:
            unknown = reasons_unknown = True
        cured = max(dates)
        if never:
            return (_Start("the defect is not cured on these facts", None),)
        if unknown:
            # Name only what is in doubt: the notices, the reasons, or both.
            given = " and ".join(
                what
                for what, doubt in (
                    ("every required notice was given", notices_unknown),
                    ("the instrument gave its reasons", reasons_unknown),
                )
                if doubt
            )
            missing = " or ".join(
                what
                for what, doubt in (
                    ("a required notice", notices_unknown),
                    ("the reasons", reasons_unknown),
                )
                if doubt
            )
            verb = "is" if not reasons_unknown else "are"  # "the reasons are"
            return (
                _Start(f"if {given} by {cured}", cured),
                _Start(
                    f"if {missing} {verb} missing (defective_notice = delays_until_cured)", None
                ),
            )
        return (_Start("", cured),)

    def _waits(self) -> tuple[bool, str]:
        """How the treaty's exception holds a State at war: whether it keeps the State bound,
        and the State's part in a conflict in its words ("a party to")."""
        if self.deferral is None:
            return False, "engaged in"
        return self.deferral.stays_bound, the_part(self.deferral.engaged_words)[1]

    def _summary(self, case: WithdrawalCase) -> tuple[Truth, str]:
        words = case.words
        what = (
            words.term
            if case.protocol is None
            else f"{words.term} of {words.annexed(case.protocol)}"
        )
        head = f"The {what} received on {case.received.isoformat()}"
        if not case.determinate:
            # Every answer dated: it takes effect, and only its day turns on the facts.
            dated = all(w.applicable and w.revoked_on is None and w.effective for w in case.worlds)
            # An annex some answers keep binding beyond the release (CCW Art. 9(2)): said after.
            maybe = case.annex_maybe if case.bound_by is not None else None
            after = (
                ""
                if maybe is None or maybe.latest is None
                else f"; {case.words.annexed(maybe.annex)} may bind it until {maybe.latest}"
            )
            return (
                Truth.UNKNOWN,
                f"{'When' if dated else 'Whether and when'} the {head[4:]} takes effect depends"
                " on facts that are unknown:"
                f" {case.possibilities()}{after}.",
            )
        world = case.worlds[0]
        if not world.applicable:
            return Truth.FAILS, f"{head} does not operate as a {words.term}: {world.label}."
        if world.revoked_on is not None:
            return Truth.FAILS, f"{head} never takes effect: it is revoked on {world.revoked_on}."
        if world.expiry is None:
            return Truth.FAILS, f"{head} does not take effect on these facts: {world.label}."
        if case.bound_by is not None and world.deferred_by:
            # The treaty keeps the State bound through the wait: that is what the wait holds back.
            if world.effective is None:
                return (
                    Truth.HOLDS,
                    f"{head} leaves the State bound by {case.bound_by} until {case.awaits_any};"
                    " that day is not given.",
                )
            later = case.annex_later()  # an annex whose own wait lasts longer (CCW Art. 9(2))
            return (
                Truth.HOLDS,
                f"{head} leaves the State bound by {case.bound_by} until"
                f" {world.effective.isoformat()}{later}"
                + ("; that day is not given." if later.endswith("later") else "."),
            )
        if world.effective is None and case.prolonging:
            # The conflicts that deferred it may have ended: a later one holds the day back.
            return (
                Truth.HOLDS,
                f"{head} takes effect only when the wait ends: {case.prolonging}; that day is"
                " not given.",
            )
        if world.effective is None:
            return (
                Truth.HOLDS,
                f"{head} takes effect when {case.awaits_any}; that day is not given.",
            )
        return Truth.HOLDS, f"{head} takes effect on {world.effective.isoformat()}."

    def _no_right(
        self, w: Words, index: int, event: Withdrawal, right: Finding, revoked_on: date | None
    ) -> WithdrawalCase:
        """An instrument that the treaty gives no right to make (yet)."""
        return WithdrawalCase(
            index=index,
            received=event.date,
            explanation=lambda _case: self._inoperative(
                Truth.FAILS, f"does not operate as a {w.term}", event, right, revoked_on
            ),
            words=w,
            worlds=(World(label=f"no right of {w.term}", applicable=False),),
            protocol=event.protocol,
        )

    def _inoperative(
        self, outcome: Truth, what: str, event: Withdrawal, right: Finding, revoked_on: date | None
    ) -> Finding:
        """The finding on an instrument that is not an operative withdrawal, and its revocation."""
        revocation = (
            self.revocation.none if revoked_on is None else self.revocation.of_nothing(revoked_on)
        )
        return self.heading.finding(
            outcome,
            f"The instrument received on {event.date} {what}.",
            (*_fixed(self.duration), right, revocation),
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
            right = self.right.redundant(ctx.words, received, standing.running)
        elif standing.not_in_force:
            right = self.right.finding(
                Truth.NOT_APPLICABLE,
                f"The instrument received on {received} cannot operate as a {ctx.words.term}: the"
                f" treaty itself is not in force, so its clause on {ctx.words.term} cannot yet be"
                " used.",
            )
        elif standing.enters_into_force is not None:
            right, withdraws_consent = self.right.premature(
                ctx, received, standing.enters_into_force
            )
        else:
            right = self.right.not_a_party(ctx.words, received, standing.left_on, standing.left_by)
        return WithdrawalCase(
            index=index,
            received=received,
            explanation=lambda _case: self._inoperative(
                Truth.NOT_APPLICABLE,
                f"is not a {ctx.words.term} under this article",
                event,
                right,
                revoked_on,
            ),
            words=ctx.words,
            # After the membership ended, the instrument that ended it still decides.
            redundant_to=standing.running or standing.left_with,
            withdraws_consent=withdraws_consent,
        )


def _moot(rule: Statement, w: Words) -> Finding:
    """A savings clause when the instrument was revoked before it took effect: the
    obligations it keeps after a withdrawal have no withdrawal to survive."""
    return rule.finding(
        Truth.NOT_APPLICABLE,
        f"The {w.term} is revoked before it takes effect, so this provision, on what a"
        f" {w.term} covers and what it leaves in force, has nothing to apply to: the State"
        " never leaves.",
    )


def _statement(rule: Statement | None) -> tuple[Statement, ...]:
    return () if rule is None else (rule,)


def _fixed(rule: Statement | None) -> tuple[Finding, ...]:
    return () if rule is None else (rule.fixed,)


def _still(doubt: AnnexWait) -> str:
    """Whether the annex still binds the State on the day of a revocation that came after its
    release from the rest: for certain where the facts give a later day (review 11, S4), were
    the State bound by it at all (the caller says if that is not given)."""
    assert doubt.revoked is not None
    if doubt.until is not None and not doubt.conditional:
        return f"still binds it (until {doubt.until})"
    if replace(doubt, bound=True).held_on_revocation:
        return f"still binds it (until {doubt.floor} at the least)"
    if doubt.latest is not None:
        return f"may still bind it (until {doubt.latest}, on facts not given)"
    return "may still bind it (the facts give no day for the end of its wait)"
