"""Was the State bound on a given day, and by what?

A party is bound, also while its notice of withdrawal runs and while its effect
waits for the end of an armed conflict. Before entry into force a State is bound
only by what it declared to apply provisionally, and otherwise by the interim
duty not to defeat the treaty's object and purpose (VCLT Art. 18), as is a
signatory. A State that never consented, or whose withdrawal took effect, is not
bound. A claimed suspension releases the State only under the reading that
recognises it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Literal

from ..core.rule import Rule
from ..core.truth import Truth
from ..core.verdict import Finding

if TYPE_CHECKING:
    from ..engine import History

__all__ = ["Binding", "bound_on"]

Kind = Literal["bound", "provisional", "interim", "not_bound", "suspended", "unknown"]


@dataclass(frozen=True, slots=True)
class Binding:
    """How the State stood towards the treaty's obligations on one day."""

    kind: Kind
    finding: Finding

    @property
    def rule(self) -> str:
        return self.finding.rule


def bound_on(history: History, day: date, provisional: Rule | None) -> Binding:
    """The State's binding on ``day``, with the finding that says why."""
    status = history.status_on(day)
    treaty = history.treaty
    w = treaty.words
    if status in ("party", "withdrawal_pending", "withdrawal_deferred"):
        ep = history.episode_on(day)
        assert ep is not None
        for claim in history.suspensions:
            t = claim.suspends_on(day)
            if t is Truth.HOLDS:
                return Binding("suspended", claim.finding)
            if t is Truth.UNKNOWN:
                return Binding("unknown", claim.finding)
        if status == "party":
            general = treaty.general_eif.in_force
            later = ep.eif is not None and general is not None and ep.eif > general
            rule: Rule = treaty.eif if later else treaty.general_eif
            text = f"On {day} the State is a party: the treaty is in force for it since {ep.eif}."
        else:
            case = ep.deciding(day)
            assert case is not None  # a pending or deferred status has an instrument deciding it
            deferral = treaty.withdrawal.deferral
            if status == "withdrawal_deferred" and deferral is not None:
                # Bound because the armed-conflict exception holds the withdrawal back.
                rule = deferral
                text = (
                    f"On {day} the State is a party: its notice of {w.term} (received"
                    f" {case.received}) expired on {case.expiry}, but its effect waits until"
                    f" {case.awaits_any}, and until then the State is bound by every obligation."
                )
            else:
                rule = treaty.withdrawal.period
                text = (
                    f"On {day} the State is a party: its notice of {w.term} (received"
                    f" {case.received}) has not taken effect, and until it does the State is bound"
                    " by every obligation."
                )
        if history.suspensions and any(c.claimed <= day for c in history.suspensions):
            text += " Its claimed suspension does not release it (see the claim)."
        return Binding("bound", rule.finding(Truth.HOLDS, text))
    if status == "contracting":
        declared = [d for _, d in history.provisional if d <= day]
        if declared and provisional is not None:
            return Binding(
                "provisional",
                provisional.finding(
                    Truth.HOLDS,
                    f"On {day} the treaty is not yet in force for the State, but it declared on"
                    f" {declared[0]} that it applies the core prohibitions provisionally: they bind it.",
                ),
            )
        return Binding(
            "interim",
            treaty.law.interim.finding(
                Truth.HOLDS,
                f"On {day} the State has consented but the treaty is not yet in force for it: it is"
                " not bound by the treaty's obligations, but must refrain from acts that would defeat"
                " its object and purpose.",
            ),
        )
    if status == "signatory":
        return Binding(
            "interim",
            treaty.law.interim.finding(
                Truth.HOLDS,
                f"On {day} the State has signed but not ratified: it is not bound by the treaty's"
                " obligations, but must refrain from acts that would defeat its object and purpose.",
            ),
        )
    if status == "withdrawn":
        return Binding(
            "not_bound",
            treaty.law.consequences.finding(
                Truth.HOLDS,
                f"On {day} the State's {w.term} has taken effect: it is released from further"
                " performance of the treaty (other international law still binds it).",
            ),
        )
    return Binding(
        "not_bound",
        treaty.law.third_states.finding(
            Truth.HOLDS,
            f"On {day} the State has not consented to be bound: the treaty creates no obligation for it.",
        ),
    )
