"""Each act judged on the date it was performed: bound? a mine under Art. 2? permitted by Art. 3?

The questions, in order: was the State bound that day (a party, also while its
notice runs; provisionally under Art. 18; only by the interim duty of VCLT Art.
18; not at all)? Is the device an anti-personnel mine (Art. 2)? Which prohibition
of Art. 1(1) does the act fall under, and does Art. 3 permit it? Is it holding a
stockpile still within the Art. 4 period? Two notes follow where they apply: no
excuse in armed conflict ("never under any circumstances"), and a breach stays a
breach after a later withdrawal (ARSIWA Art. 13, VCLT Art. 70(1)(b)).
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from ...clauses.binding import bound_on
from ...clauses.conflict import at_war
from ...core.calendar import years_after
from ...core.defeat import defeated
from ...core.rule import ExceptionRule, Rule
from ...core.truth import Truth
from ...core.verdict import ActOutcome, ActResult, Finding
from ...scenario import ACT_NOUNS, Act
from .. import vclt
from . import art_01_general_obligations as art_1
from . import art_02_definitions as art_2
from . import art_03_exceptions as art_3
from . import art_04_stockpiles as art_4
from .art_18_provisional_application import ART_18
from .consequences import of_breach

if TYPE_CHECKING:
    from ...engine import History

__all__ = ["judge_act"]

_HOLDING = ("stockpile", "retain")


def judge_act(history: History, index: int, act: Act) -> ActResult:
    """The outcome of ``acts[index]`` with its findings."""
    ctx = history.ctx
    binding = bound_on(history, act.date, ART_18)
    findings: list[Finding] = [binding.finding]

    if binding.kind in ("not_bound", "suspended"):
        findings.append(_other_law(history, act))
        return _result(
            index, act, "not_bound", binding.finding, _why_not_bound(binding.kind), findings
        )

    mine = art_2.is_anti_personnel_mine(ctx, index, act)
    findings.append(mine)
    if mine.outcome is Truth.FAILS:
        return _result(
            index,
            act,
            "not_prohibited",
            mine,
            "The device is not an anti-personnel mine.",
            findings,
        )

    allowed, exception_findings = art_3.exception(ctx, index, act)
    findings.extend(exception_findings)
    holding = _holding_within_period(history, act, provisionally=binding.kind == "provisional")
    if holding is not None:
        findings.append(holding)

    unknown = next(
        (f for f in (binding.finding, mine, *exception_findings) if f.outcome is Truth.UNKNOWN),
        None,
    )
    if unknown is not None:
        return _result(
            index,
            act,
            "indeterminate",
            unknown,
            "The outcome depends on a fact or reading that is unknown.",
            findings,
        )
    prohibition = art_1.BY_KIND[act.kind]
    exceptions = [(f, r) for f in exception_findings if isinstance(r := _rule(f), ExceptionRule)]
    defeater = defeated((r, allowed) for _, r in exceptions).get(prohibition)
    if defeater is not None:
        # In reading order: the prohibition the act falls under, then the exception.
        at = findings.index(exception_findings[0])
        findings.insert(at, _defeated(prohibition, defeater, act))
        untested = any(
            f.rule == art_3.PARA_1_SENT_2.eid and f.severity == "warning"
            for f in exception_findings
        )
        why = "Permitted by Art. 3" + (
            " only if the number retained is the minimum absolutely necessary for the purposes it"
            " names, which the reading applied does not test (art3_threshold = none): that is for"
            " the States Parties' review of the State's Art. 7(1)(d) reports, and mines kept"
            " beyond that minimum are stockpiled in breach of Arts. 1(1)(b) and 4."
            if untested
            else "."
        )
        return _result(index, act, "permitted", exception_findings[0], why, findings)
    if holding is not None:
        return _result(
            index,
            act,
            "not_prohibited",
            holding,
            "Holding the stockpile is not in itself a breach before the Art. 4 deadline."
            if binding.kind != "provisional"
            else "Art. 4 does not yet bind the State; on the reading applied"
            " (provisional_stockpile), holding the stockpile before Art. 4's period ends is not"
            " in itself a breach of Art. 1(1)(b).",
            findings,
        )
    if binding.kind == "interim":
        return _result(
            index,
            act,
            "interim_obligation",
            vclt.ART_18,
            "Not yet bound by the prohibition, the State was under the duty not to"
            " defeat the treaty's object and purpose; the act weighs against it.",
            findings,
        )
    findings.append(_violation(prohibition, act))
    findings.extend(_aggravating_notes(history, act))
    ep = history.episode_on(act.date)
    # Bound provisionally (Art. 18): a State Party, with Arts. 7 and 8, only from entry into force.
    provisional = ep.eif if binding.kind == "provisional" and ep is not None else None
    findings.extend(of_breach(act, _released(history, act), in_force_from=provisional))
    return _result(
        index,
        act,
        "violation",
        prohibition,
        f"A breach of the prohibition to {act.kind} "
        + (
            "anyone to engage in an activity the Convention prohibits."
            if act.kind in ("assist", "encourage", "induce")
            else "anti-personnel mines."
        ),
        findings,
    )


def _result(
    index: int,
    act: Act,
    outcome: ActOutcome,
    decisive: Finding | Rule,
    explanation: str,
    findings: list[Finding],
) -> ActResult:
    eid = decisive.rule if isinstance(decisive, Finding) else decisive.eid
    return ActResult.trusted(
        index=index,
        kind=act.kind,
        date=act.date,
        outcome=outcome,
        rule=eid,
        citation=decisive.citation,
        explanation=explanation,
        findings=tuple(findings),
    )


def _why_not_bound(kind: str) -> str:
    if kind == "suspended":
        return "Under the reading applied, the treaty's operation was suspended for the State."
    return "The State was not bound by the treaty on that day."


def _rule(finding: Finding) -> Rule | None:
    """The Art. 3 rule behind one of its findings."""
    return next((r for r in art_3.RULES if r.eid == finding.rule), None)


def _defeated(prohibition: Rule, by: ExceptionRule, act: Act) -> Finding:
    """The prohibition the act would breach, shown defeated by the exception that permits it."""
    return prohibition.finding(
        Truth.FAILS,
        f"The {ACT_NOUNS[act.kind]} on {act.date} would fall under this prohibition, but the"
        f" exception of {by.citation} permits it.",
        defeated_by=by.eid,
    )


def _violation(rule: Rule, act: Act) -> Finding:
    return rule.finding(
        Truth.FAILS,
        f"The State, bound by the prohibition on {act.date}, performed a prohibited act"
        f" ({act.kind}) involving anti-personnel mines.",
    )


def _holding_within_period(history: History, act: Act, *, provisionally: bool) -> Finding | None:
    """Holding a stockpile before the Art. 4 deadline is not in itself a breach; under
    provisional application (Art. 18), only on the reading ``provisional_stockpile``."""
    if act.kind not in _HOLDING or act.purpose is not None:
        return None
    ep = history.episode_on(act.date)
    if ep is None or ep.eif is None:
        return None
    due = years_after(ep.eif, art_4.YEARS)
    # "Not later than four years after": the due day itself is still within time.
    if act.date > due:
        return None
    if not provisionally:
        return art_4.ART_4.finding(
            Truth.HOLDS,
            f"The stockpile must be destroyed by {due}, four years after entry into force for"
            f" the State; holding it on {act.date} is not in itself a breach.",
        )
    reading = history.ctx.read(art_4.ART_4, "provisional_stockpile")
    if reading == "art_1_alone":
        return None
    return art_4.ART_4.finding(
        Truth.HOLDS,
        f"Art. 18 applies Art. 1(1) alone, not Art. 4, whose four years run from the"
        f" Convention's entry into force for the State ({ep.eif}): the stockpile must be"
        f" destroyed by {due}. On the reading applied (provisional_stockpile = {reading}) the"
        f" ban on stockpiling is read with that period, so holding it on {act.date} is not in"
        " itself a breach; read alone (art_1_alone), Art. 1(1)(b) would make it one.",
    )


def _aggravating_notes(history: History, act: Act) -> list[Finding]:
    notes: list[Finding] = []
    state = history.ctx.scenario.state
    fighting = at_war(history.ctx.scenario.conflicts, state, act.date)
    if fighting:
        names = history.treaty.words.the_conflicts([c.name for c in fighting])
        notes.append(
            art_1.POINT_A.finding(
                Truth.HOLDS,
                f"On {act.date} the State is engaged in {names}. That is no excuse:"
                " the prohibitions apply 'never under any circumstances', in war as in peace, and"
                " exclude necessity and self-defence.",
            )
            if act.kind == "use"
            else art_1.POINT_B.finding(
                Truth.HOLDS,
                f"On {act.date} the State is engaged in {names}. That is no excuse:"
                " the prohibitions apply 'never under any circumstances', in war as in peace.",
            )
        )
    later = [
        c.effective
        for c in history.withdrawals
        if c.effective is not None and c.effective > act.date
    ]
    if later:
        notes.append(
            vclt.ARSIWA_13.finding(
                Truth.HOLDS,
                f"The State's withdrawal takes effect only on {later[0]}: the act was a breach when"
                " it occurred and remains one (a withdrawal releases from further performance only,"
                " from the day it takes effect: VCLT Art. 70(1)(b) and (2)).",
            )
        )
    return notes


def _other_law(history: History, act: Act) -> Finding:
    others = history.ctx.scenario.also_party_to
    if "CCW-APII" in others:
        law = (
            "It is bound by the CCW's Amended Protocol II on mines, which regulates"
            " anti-personnel mines without banning them, and by customary humanitarian law,"
            " which has no general ban on them either."
        )
    else:
        law = (
            "Customary international humanitarian law, which regulates but does not ban"
            " anti-personnel mines, applies to any use of them; so does the CCW's Amended"
            " Protocol II if the State is party to it (the scenario's also_party_to does not"
            " record that)."
        )
    noun = ACT_NOUNS[act.kind]
    if history.status_on(act.date) == "withdrawn":
        return vclt.ART_43.finding(
            Truth.HOLDS,
            f"The {noun} on {act.date} comes after the withdrawal took effect and is not judged"
            f" under this treaty. {law}",
        )
    return vclt.ART_34.finding(
        Truth.HOLDS,
        f"The {noun} on {act.date} is by a State not bound by the treaty, which creates no"
        f" obligation for it without its consent. {law} A State Party that receives or"
        " acquires the mines is judged under the treaty itself.",
    )


def _released(history: History, act: Act) -> date | None:
    """The day the withdrawal of the episode in which ``act`` was performed takes effect."""
    ep = history.episode_on(act.date)
    return None if ep is None else ep.ends
