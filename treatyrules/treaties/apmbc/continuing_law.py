"""What the law says around a withdrawal or a claimed suspension, beyond its dates.

* While the notice runs and while its effect waits, the State is a State Party bound
  by every obligation (VCLT Art. 70(2)), not merely by the interim duty of VCLT Art. 18.
* Who decides whether it is "engaged in an armed conflict": no organ of the
  Convention; the Depositary circulates and does not judge (VCLT Art. 78).
* After the withdrawal takes effect: other law still binds it (Art. 20(4), VCLT Art.
  43) -- Amended Protocol II where it is a party (the scenario's ``also_party_to``),
  customary humanitarian law on the choice and use of weapons, which has no general
  ban on anti-personnel mines.
* A claimed suspension argued both ways (:mod:`.suspension_argued`).
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from ...core.truth import Truth
from ...core.verdict import Finding, Status
from ...scenario import Withdrawal
from .. import vclt
from .art_08_compliance import ART_10
from .art_20_withdrawal import PARA_3_SENT_2, PARA_4
from .suspension_argued import argued

if TYPE_CHECKING:
    from ...clauses.case import WithdrawalCase
    from ...engine import History

__all__ = ["afterwards"]

APII = "CCW-APII"
_WAITING = ("withdrawal_pending", "withdrawal_deferred", "indeterminate")


def afterwards(history: History, day: date, status: Status) -> tuple[Finding, ...]:
    """The findings that follow the instruments: binding, who decides, continuing law."""
    found: list[Finding] = []
    case = history.withdrawal_on(day)
    if case is not None and case.applicable and case.protocol is None:
        found.append(_depositary(history, case))
        if status in _WAITING:
            found.append(_fully_bound(case))
            if case.deferred_by or _conflicts_involving(history):
                found.append(_who_decides())
    if status == "withdrawn":
        found.append(_continuing_law(history))
    found += [argued(history, claim, day) for claim in history.suspensions if claim.claimed <= day]
    return tuple(found)


def _conflicts_involving(history: History) -> bool:
    s = history.ctx.scenario
    return any(s.state in c.parties or c.involvement is not None for c in s.conflicts)


def _depositary(history: History, case: WithdrawalCase) -> Finding:
    event = history.ctx.scenario.events[case.index]
    ref = event.reference if isinstance(event, Withdrawal) else None
    notification = (
        f"by depositary notification {ref}"
        if ref
        else "by a depositary notification whose reference and date the facts do not give"
    )
    return vclt.ART_78.finding(
        Truth.HOLDS,
        f"The Depositary received the instrument on {case.received}: that day starts the six"
        f" months (Art. 20(3)). It circulates the instrument to the States Parties {notification};"
        " each counts as having received it when the Depositary informs it. The Depositary"
        " examines whether the instrument is in due and proper form and may draw the State's"
        " attention to a defect (VCLT Art. 77(1)(d)), but it does not decide a dispute about the"
        " instrument's validity or its date of effect: that is for the States concerned.",
    )


def _fully_bound(case: WithdrawalCase) -> Finding:
    return vclt.ART_26.finding(
        Truth.HOLDS,
        f"Until its withdrawal takes effect, the State is a State Party bound by every obligation"
        " of the Convention, as fully as before its notice -- not merely by the duty of VCLT"
        " Art. 18 not to defeat its object and purpose; the consequences of withdrawal run only"
        " from the day it takes effect (VCLT Art. 70(2)). Any use, production, acquisition,"
        " stockpiling or transfer of anti-personnel mines in that time is a breach, and remains"
        " one after the withdrawal takes effect (ARSIWA Art. 13); the Art. 7 reports falling due"
        f" in that time are owed. Notice received on {case.received}.",
    )


def _who_decides() -> Finding:
    return PARA_3_SENT_2.finding(
        Truth.NOT_APPLICABLE,
        "Who decides whether the State is 'engaged in an armed conflict', and when that conflict"
        " ends: the Convention gives no organ that power. The test is objective (the facts of"
        " the fighting, not a State's label for them), but in practice the withdrawing State"
        " applies it first; the Depositary circulates what it receives and does not settle the"
        " question; another"
        " State Party that disagrees may raise the matter in consultations or before the"
        " Meeting of the States Parties (Art. 10), whose view is not a judgment. Which event"
        " ends a conflict -- a ceasefire, an armistice, a peace settlement, the end of an"
        " occupation -- is itself a contested reading (conflict_end_marker), and whether a"
        " State that only supports a party is engaged is another (armed_conflict_scope).",
        children=(
            ART_10.finding(
                Truth.NOT_APPLICABLE,
                "A dispute on the point may be brought to the Meeting of the States Parties.",
            ),
        ),
    )


def _continuing_law(history: History) -> Finding:
    others = history.ctx.scenario.also_party_to
    if APII in others:
        apii = PARA_4.finding(
            Truth.HOLDS,
            "It remains party to the CCW's Amended Protocol II (the scenario's also_party_to),"
            " which regulates anti-personnel mines without banning them: they must be detectable"
            " (Art. 4); those not remotely delivered that do not self-destruct and self-deactivate"
            " must stay in marked, monitored and fenced areas (Art. 5); remotely delivered ones"
            " must self-destruct and self-deactivate as its Technical Annex requires (Art. 6);"
            " minefields are recorded (Art. 9) and cleared after active hostilities (Art. 10).",
        )
    else:
        apii = PARA_4.finding(
            Truth.UNKNOWN,
            "Whether it is party to the CCW's Amended Protocol II, which regulates"
            " anti-personnel mines without banning them, the scenario's also_party_to does not"
            " record; if it is, that Protocol binds it.",
        )
    listed = [o for o in others if o != APII]
    custom = PARA_4.finding(
        Truth.HOLDS,
        "Customary international humanitarian law binds it: the general rules on distinction"
        " and indiscriminate weapons, and -- as the ICRC Customary IHL Study finds, a finding"
        " some States contest -- particular care to minimise the indiscriminate effects of"
        " landmines, recording their placement as far as possible, and removing them or"
        " rendering them harmless at the end of active hostilities (Rules 81-83). Custom has no general ban on anti-personnel mines: the ICRC"
        " Study finds none, so after withdrawal their use is regulated, not prohibited, by"
        " custom." + (f" Other treaties listed: {', '.join(listed)}." if listed else ""),
    )
    return vclt.ART_43.finding(
        Truth.HOLDS,
        "Since its withdrawal took effect the State is no longer bound by the Convention, but"
        " other international law continues to bind it (Art. 20(4)). Acts performed while it"
        " was bound remain judged under the Convention, and obligations already breached stay"
        " breached (VCLT Art. 70(1)(b) and (2)).",
        children=(apii, custom),
    )
