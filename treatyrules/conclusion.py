"""The conclusion of a verdict: one paragraph that states the position, as a memo opens."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from .clauses.annex import AnnexWait
from .clauses.case import WithdrawalCase
from .clauses.words import Words, quoted
from .core.interpretation import Consultation
from .core.truth import Truth
from .core.verdict import DeadlineResult, Status
from .readings import Reading, rests_on

if TYPE_CHECKING:
    from .engine import Episode, History

__all__ = ["conclude"]


def _who(state: str, name: str | None) -> str:
    return f"{name} ({state})" if name else state


def conclude(
    history: History,
    day: date,
    status: Status,
    ep: Episode | None,
    case: WithdrawalCase | None,
    name: str | None,
    read_today: Consultation | None = None,
    deadlines: tuple[DeadlineResult, ...] | None = None,
    readings: tuple[Reading, ...] | None = None,
    then: str = "",
) -> str:
    """The position in one paragraph, then the contested readings it rests on, if any
    (``readings``, where the caller has chosen them: a records table's line gives those that
    change its columns). ``then``: a sentence of the caller's to follow the position (a
    records table's: what the record's sources state of the day of effect)."""
    text = _position(history, day, status, ep, case, name)
    if status in ("withdrawn", "withdrawal_deferred", "withdrawal_pending", "indeterminate"):
        text += _annex(history.treaty.words, case, day, status == "withdrawal_pending")
        text += _defects(history.treaty.words, case)
    if then:
        text += " " + then
    if readings is None:
        readings = rests_on(history, day, read_today, deadlines)
    for reading in readings:
        text += " " + reading.sentence()
    return text


def _position(
    history: History,
    day: date,
    status: Status,
    ep: Episode | None,
    case: WithdrawalCase | None,
    name: str | None,
) -> str:
    treaty = history.treaty
    w = treaty.words
    who = _who(history.ctx.scenario.state, name)
    title = treaty.name
    interim = treaty.law.interim.citation
    if status == "non_party":
        return f"{who} is not a party to the {title} on {day} and is not bound by it."
    if status == "signatory":
        return (
            f"{who} has signed the {title} but is not a party on {day}: it must refrain from acts"
            f" that would defeat the treaty's object and purpose ({interim})."
        )
    if status == "contracting" and ep is not None and ep.eif is None:
        return (
            f"{who} has consented to be bound by the {title} (instrument deposited on"
            f" {ep.deposit}), but the treaty is not in force: the State is not a party, and must"
            f" not defeat the treaty's object and purpose ({interim})."
        )
    if status == "contracting" and ep is not None:
        text = (
            f"{who} has consented to be bound by the {title} (instrument deposited on"
            f" {ep.deposit}); the treaty enters into force for it on {ep.eif}. Until then it is"
            " not yet a party"
        )
        if any(d <= day for _, d in history.provisional):
            return text + ", but it applies the core prohibitions provisionally, as it declared."
        return text + f", and must not defeat the treaty's object and purpose ({interim})."
    if status == "withdrawn":
        left = ep.ends if ep is not None and ep.ends is not None else _last_exit(history, day)
        gone = f"{who} is no longer a party to the {title} on {day}"
        if case is not None and left is not None and _released(case, left):
            return f"{gone}: {_bound_through_wait(case, left)}."
        if left is None and case is not None and case.effective_between is not None:
            first, last = case.effective_between
            # One bound alone (the latest day) is in the condition: no "between D and D".
            between = "" if first == last else f" between {first} and {last},"
            if case.bound_by is not None and case.expiry is not None:
                # The treaty keeps a State at war bound: the effect came with the period, and
                # what the facts do not fix is the State's release.
                # Where each answer to the facts not given has a day of its own, name them: not
                # a range, as if any day within it could be.
                days = sorted({d for d in (x.effective for x in case.worlds) if d is not None})
                return (
                    f"{gone}: the notice period of its {w.term} received on {case.received}"
                    f" ended on {case.expiry}, and the State was released from {case.bound_by}"
                    + (
                        f" on {' or on '.join(map(str, days))}, as facts not given decide"
                        if len(days) > 1 and all(x.effective for x in case.worlds)
                        else f"{between} on a day the facts do not fix"
                    )
                    + f" ({case.condition_on('effective')})."
                )
            return (
                f"{gone}: its {w.term} received on {case.received} took effect{between} on a day"
                f" the facts do not fix ({case.condition_on('effective')})."
            )
        return f"{gone}: its {w.term} took effect on {left}."
    if status == "party":
        since = f", bound since {ep.eif}" if ep is not None else ""
        text = f"{who} is a party to the {title} on {day}{since}." + _suspension(history, day)
        if case is not None and case.outcome_on(day) == "revoked":
            text += (
                f" Its {w.term} received on {case.received} was revoked on {case.revoked_on},"
                " before it took effect."
            )
        elif case is not None and case.protocol is not None and case.applicable:
            text += _protocol(w, case, day)
        elif case is not None and not case.applicable:
            text += (
                f" The {w.instrument} received on {case.received} is not a {w.term} under"
                " the treaty."
            )
        return text
    assert case is not None
    if status == "indeterminate":
        possible = ", ".join(s.replace("_", " ") for s in history.possible_statuses(day) or ())
        return (
            f"The position of {who} under the {title} on {day} cannot be decided on the facts"
            f" given: it is one of {possible}. The {w.term} received on {case.received}:"
            f" {case.condition_on('indeterminate')}."
        )
    bound = (
        f"{who} is still a party to the {title} on {day}, bound by all its obligations as a"
        f" {w.party} (not merely by the duty of {interim} not to defeat the treaty's object and"
        " purpose)"
    )
    if _suspended(history, day) is not Truth.FAILS:
        bound = f"{who} is still a party to the {title} on {day}"
    if status == "withdrawal_pending" and case.expiry is None:
        # Started on some answers to the facts only: when it runs from is what they leave open.
        started = any(x.expiry is not None for x in case.worlds)
        runs = (
            "starts its notice period on a day that turns on facts not given"
            if started
            else "has not started the notice period on these facts"
        )
        return (
            f"{bound}: its {w.instrument}, received on {case.received}, {runs} ("
            f"{case.condition_on('pending')})."
        )
    if status == "withdrawal_pending":
        text = (
            f"{bound}: its notice of {w.term}, received on {case.received},"
            f" runs until {case.expiry}."
        )
    elif case.worlds[0].tested == "notification":
        text = (
            f"{bound}: it was {_engaged(case)} when it gave notice of {w.term} on"
            f" {case.received}, so "
            + (
                f"its {w.term} does not take effect when the period ends on {case.expiry}, but"
                f" only once {case.awaits_named}"
                if case.bound_by is None
                else _bound(case, f" after the period ends on {case.expiry},")
            )
            + _lawful(case)
        )
    else:
        text = (
            f"{bound}: its notice of {w.term} expired on {case.expiry}, but on that day it was"
            f" {_engaged(case)}, so "
            + (
                f"the {w.term} does not take effect before {case.awaits_named}"
                if case.bound_by is None
                else _bound(case)
            )
            + _lawful(case)
        )
    if case.revoked_on is not None and case.revoked_on > day:
        return text + (
            f" The facts give a revocation dated {case.revoked_on}, after {day}: if it is made"
            " then, before the effect, the instrument never takes effect."
        )
    if case.revoked_on is not None:
        return text + f" It never takes effect: the State revoked it on {case.revoked_on}."
    if not case.determinate:
        return (
            text
            + f" When it takes effect depends on facts not given: {case.condition_on('pending')}."
        )
    if status == "withdrawal_deferred":
        later = _later(case)
        if case.effective is None and case.open_ended and later:
            return text + (
                f" {later}, and the facts record {case.recorded_ongoing} as ongoing, with no end:"
                " no date can be given yet."
            )
        if case.effective is None and case.open_ended:
            going = (
                f"that {w.noun(case.kinds.get(case.deferred_by[0]))}"
                if len(case.deferred_by) == 1
                else case.the_conflicts(case.ongoing or case.deferred_by)
            )
            no_date = "with no end: no date can be given yet"
            return text + f" The facts record {going} as ongoing, {no_date}."
        if case.effective is None and later:
            return text + f" {later}, and the facts do not give the day the wait ends."
        if case.effective is None:
            latest = case.worlds[0].at_the_latest()
            return text + f" The facts do not give the day that happens{latest}."
        outcome = (
            f"the {w.term} takes effect that day, and not before"
            if case.bound_by is None
            else "it continues to be bound until that day"
        )
        return text + (
            (f" {later}." if later else "")
            + f" The facts give {case.effective} as the end of the wait, a date after {day}: on"
            f" that later fact {outcome}."
        )
    if not case.deferred_by:
        # Only an exception tested at expiry is still a proviso; otherwise it is a reason.
        sep = ", " if case.worlds[0].tested == "expiry" else "; "
        return (
            text
            + f" The {w.term} takes effect on {case.effective}{sep}{case.worlds[0].proviso(w)}."
        )
    on = case.expiry if case.worlds[0].tested == "expiry" else case.received
    waits = (
        f"the {w.term} takes effect only when {case.awaits_named}"
        if case.bound_by is None
        else _bound(case)
    )
    if on is not None and on > day:
        text += (
            f" On the facts given -- a prediction, since {on} is later than {day} -- the State"
            f" will be {_engaged(case)} on {on}: if it is, {waits}"
        )
    else:
        text += f" On {on} the State was {_engaged(case)}, so {waits}"
    if case.prolonged_by:  # what ends the wait for it is the treaty's test, said above
        text += f", and {case.prolonging}"
    if case.effective is None and case.open_ended:
        going = case.recorded_ongoing
        return text + f"; the facts record {going} as ongoing, so no date can be given yet."
    if case.effective is None and case.prolonged_by:
        return text + ", to a day the facts do not give."
    if case.effective is None:
        return text + f", on a day the facts do not give{case.worlds[0].at_the_latest()}."
    return text + f", on {case.effective} as the facts record it, a day still to come."


def _protocol(w: Words, case: WithdrawalCase, day: date) -> str:
    """A denunciation of one annexed instrument: the treaty and its other annexes still bind."""
    assert case.protocol is not None
    what = f" Its {w.term} of {w.annexed(case.protocol)}, received on {case.received},"
    outcome = case.outcome_on(day)
    left = case.effective
    bound = left is not None and _released(case, left)  # the State stayed bound through a wait
    received = f" Its {w.term} of {w.annexed(case.protocol)} was received on {case.received}:"
    if outcome == "effective" and left is not None and bound:
        what = f"{received} {_bound_through_wait(case, left, 'the State')}"
    elif outcome == "deferred" and bound:
        what = (
            f"{received} its notice period ended on {case.expiry}, but the State continues to"
            f" be bound by {case.bound_by} until {left}, as the facts give it"
        )
    elif outcome == "effective":
        what += f" took effect on {case.effective}" if case.effective else " has taken effect"
    elif outcome == "revoked":
        what += f" was revoked on {case.revoked_on}"
    elif case.effective is not None:
        what += f" takes effect on {case.effective}"
    else:
        what += f" takes effect on a day the facts do not give ({case.condition_on(outcome)})"
    return what + f"; {w.short} and its other {w.annex}s still bind it."


def _annex(w: Words, case: WithdrawalCase | None, day: date, pending: bool) -> str:
    """An annex the withdrawal covers that binds, or may bind, the State beyond its release,
    as a sentence after the position: the day the State is free of the whole of it
    (``pending``: said of a wait still to come, as the position predicts it)."""
    if case is None:
        return ""
    if case.annex_open is not None:
        return _annex_open(w, case.annex_open, day)
    found = case.annex_until or case.annex_maybe
    if found is None:
        return ""
    if found.certain:
        return _annex_binds(w, found, day, pending)
    return _annex_may(w, found, day, pending)


def _annex_open(w: Words, wait: AnnexWait, day: date) -> str:
    """A revocation after the release, while the annex bound or may have bound the State."""
    assert wait.revoked is not None
    revoked = wait.revoked
    if wait.bound:
        named = f"{w.annexed(wait.annex)}, which its {w.term} covers too,"
    else:
        named = f"{w.annexed(wait.annex)}, if the State is bound by it,"
    # Whether it still bound the State that day, were the State bound by it at all.
    sure = replace(wait, bound=True).held_on_revocation
    detail = (
        f" (until {wait.until})"
        if wait.until is not None
        else f" (until {wait.floor} at the least)"
        if sure
        else " (the facts give no day for the end of its wait)"
        if wait.undated
        else ""
    )
    if revoked > day:
        binds = "still binds it" if sure else "may still bind it"
        return (
            f" The facts give a revocation dated {revoked}, after {day}: it would come after"
            f" that release, while {named} {binds}{detail}. Whether it would keep the"
            f" State bound by that {w.annex} alone is a question the rules applied here do"
            " not decide."
        )
    bound_it = "still bound it" if sure else "may still have bound it"
    return (
        f" Its revocation of {revoked} came after that release, while {named} {bound_it}"
        f"{detail}. Whether the revocation keeps the State bound by that {w.annex} alone is"
        " a question the rules applied here do not decide."
    )


def _annex_binds(w: Words, wait: AnnexWait, day: date, pending: bool) -> str:
    """An annex that binds the State beyond its release for certain."""
    named = f"{w.annexed(wait.annex)}, which its {w.term} covers too,"
    until, awaits = wait.until, wait.awaits
    if until is not None and until <= day:
        return (
            f" {named} bound it longer than the rest: it was bound by the obligations of that"
            f" {w.annex} until {until}: by then {awaits}."
        )
    if until is None:
        # One conflict's end is given and later than the release, another part may be later.
        floor = wait.floor
        if floor is not None and floor <= day and not pending:
            if wait.undated:
                later = (
                    f"and may still be, until {awaits}: the facts give no day for that in"
                    f" {quoted(wait.undated)}"
                )
            elif wait.perhaps is not None and wait.perhaps <= day:
                later = f"and perhaps until {wait.perhaps}, as facts not given decide"
            else:
                later = f"and may still be, perhaps until {wait.perhaps}, as facts not given decide"
            return (
                f" {named} bound it longer than the rest: it was bound by the obligations of that"
                f" {w.annex} until {floor} at the least, {later}."
            )
    lead = (
        f" On those facts {named} would bind it longer than the rest: it would continue"
        if pending
        else f" {named} binds it longer than the rest: it continues"
    )
    if until is None:
        perhaps = (
            f"perhaps later, as they give no day for that in {quoted(wait.undated)}"
            if wait.undated
            else f"perhaps until {wait.perhaps}, as facts not given decide"
        )
        return (
            f"{lead} to be bound by the obligations of that {w.annex} until {awaits}: not before"
            f" {wait.floor}, as the facts give it, and {perhaps}."
        )
    return (
        f"{lead} to be bound by the obligations of that {w.annex} until {until}, when {awaits},"
        " as the facts record it, a day still to come."
    )


def _annex_may(w: Words, wait: AnnexWait, day: date, pending: bool) -> str:
    """An annex that may bind the State beyond its release, on facts not given."""
    annexed = w.annexed(wait.annex)
    named = f"{annexed}, which its {w.term} covers too,"
    lead = " On those facts " if pending else " "
    if wait.bound and wait.undated and not wait.unsure:
        # Its wait runs, with no day given: it may have ended before the release, which is then
        # the annex's too.
        after = "" if wait.release is None else f" after {wait.release}"
        be = "would be" if pending else "is"
        return (
            f"{lead}{named} may bind it longer than the rest: it {be} bound by the obligations"
            f" of that {w.annex} until {wait.awaits}, if that is{after or ' later'}; the facts"
            " give no day for their end."
        )
    who = annexed if pending else annexed[:1].upper() + annexed[1:]
    bounded = wait.at_least is not None and wait.release and wait.at_least > wait.release
    if wait.latest is not None and wait.latest <= day and not pending:
        # Both possible days are past: what may have been (review 13, m4).
        return (
            f" {who} may have bound it longer than the rest, until {wait.latest}: that turns on"
            " facts not given, listed as unknown."
        )
    cond = "if the State is bound by it" if not wait.bound else "on some answers to the facts"
    if wait.latest is not None and bounded:
        when = f"{wait.at_least} {cond}, and perhaps until {wait.latest}, when {wait.awaits}:"
    elif wait.latest is not None:
        when = f"{wait.latest}, when {wait.awaits}:"
    elif bounded:
        when = f"{wait.awaits}: not before {wait.at_least}, {cond};"
    else:
        when = f"{wait.awaits}, a day the facts do not give:"
    return (
        f"{lead}{who} may bind it longer than the rest, until {when} that turns on facts not"
        " given, listed as unknown."
    )


def _engaged(case: WithdrawalCase) -> str:
    """The State's part in the conflicts that defer the effect, and those conflicts, each named
    by its kind in the treaty's words, agreeing: "engaged in the armed conflicts 'A' and 'B'"."""
    names = case.deferred_by
    return f"{case.engaged_in(names)} {case.the_conflicts(names)}"


def _bound(case: WithdrawalCase, after: str = "") -> str:
    """The wait, where the treaty words it as the State staying bound: "it continues to be
    bound by the obligations of ... until ..."."""
    return f"it continues to be bound by {case.bound_by}{after} until {case.awaits_named}"


def _released(case: WithdrawalCase, left: date) -> bool:
    """Whether ``case`` took effect on ``left`` under a treaty that kept the State bound
    through a wait that held its release back to that day."""
    if case.bound_by is None or case.expiry is None:
        return False
    return case.determinate and bool(case.deferred_by) and case.effective == left


def _bound_through_wait(case: WithdrawalCase, left: date, who: str = "it") -> str:
    """A wait over, where the treaty keeps the State bound through it, as a clause: "the notice
    period of its denunciation ended on D, but as it was then ..., it continued to be bound by
    ... until D, when the wait ended and it was released". Whether the instrument "took
    effect" with the period or with the release the treaty's words leave open (it speaks of
    continuing to be bound): the clause says what happened on each day, not which was the
    effect."""
    w = case.words
    then = "then" if case.worlds[0].tested == "expiry" else "when it gave notice"
    later = case.prolonged_by
    prolonged = f"; {w.the_conflicts(later, case.kinds, the='the later')} prolonged it"
    # After "Its denunciation of ... was received on D:", "its" is the instrument's.
    period = f"the notice period of its {w.term}" if who == "it" else "its notice period"
    return (
        f"{period} ended on {case.expiry}, but as {who} was {then} {_engaged(case)},"
        f" it continued to be bound by {case.bound_by} until {left}, when the wait ended and"
        f" it was released{_but_annex(case)}{prolonged if later else ''}"
    )


def _but_annex(case: WithdrawalCase) -> str:
    """What the release leaves binding: an annex whose own wait lasts longer (CCW Art. 9(2),
    Amended Protocol II), "perhaps" where the facts give no day for that wait's end."""
    found = case.annex_beyond
    if found is None:
        return ""
    named = case.words.annexed(found.annex)
    return (
        f" from all of them but {named}"
        if found.certain
        else f" from all of them, except perhaps {named}"
    )


def _defects(w: Words, case: WithdrawalCase | None) -> str:
    """The defects of form the facts record in the instrument the position rests on, each with
    its provision; empty if none (what a defect does to the dates is the reasons' and, where
    contested, the readings')."""
    if case is None or not case.form_defects:
        return ""
    found = " ".join(f"{f.explanation.rstrip('.')} ({f.citation})." for f in case.form_defects)
    which = "a defect" if len(case.form_defects) == 1 else "defects"
    return f" The {w.instrument} received on {case.received} has {which} of form on record: {found}"


def _lawful(case: WithdrawalCase) -> str:
    """Why the notice given during the conflict stands, as the treaty words the wait: lawful
    only where its form is complete too (a defect, or a fact of form not given, is in the
    reasons), else only not barred by the conflict."""
    waits = "its effect" if case.bound_by is None else "the State's release"
    if case.form_holds:
        return f". The notice itself was lawful: only {waits} waits."
    return f". The conflict does not bar the notice: only {waits} waits."


def _later(case: WithdrawalCase) -> str:
    """The later conflicts that prolong the wait, as a sentence opens; empty if none does."""
    later = case.prolonging
    return later[:1].upper() + later[1:]


def _last_exit(history: History, day: date) -> date | None:
    ends = [e.ends for e in history.episodes if e.ends is not None and e.ends <= day]
    return ends[-1] if ends else None


def _suspended(history: History, day: date) -> Truth:
    for case in history.suspensions:
        t = case.suspends_on(day)
        if t is not Truth.FAILS:
            return t
    return Truth.FAILS


def _suspension(history: History, day: date) -> str:
    claims = [c for c in history.suspensions if c.claimed <= day]
    if not claims:
        return ""
    claim = claims[-1]
    t = claim.suspends_on(day)
    if t is Truth.HOLDS:
        return (
            f" Under the reading applied, its claimed suspension of {claim.claimed} suspends the"
            " treaty's operation for it: it is not bound by its obligations for now."
        )
    if t is Truth.UNKNOWN:
        return (
            f" Whether its claimed suspension of {claim.claimed} suspends the treaty's operation"
            " depends on facts that are unknown."
        )
    return (
        f" Its claimed suspension of {claim.claimed} does not release it: it remains bound by"
        " every obligation."
    )
