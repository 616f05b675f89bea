"""A claimed suspension of the Convention argued both ways (Ukraine, July 2025).

The default reading (``suspension_claim = not_recognized``) keeps the State bound.
The memo still sets out the case for the claim, and what the objections lead to,
so a reader sees what the reading decides. The 22nd Meeting of the States Parties
(1-5 December 2025) is named only in a memo read after it, as a view of the States
Parties, not a judgment.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from ...core.truth import Truth
from ...core.verdict import Finding
from ...scenario import Objection
from .. import vclt
from . import art_01_general_obligations as art_1
from .art_08_compliance import ART_11
from .art_20_withdrawal import PARA_3_SENT_2

if TYPE_CHECKING:
    from ...clauses.suspension import SuspensionCase
    from ...engine import History

__all__ = ["MEETING_22_CLOSED", "argued"]

MEETING_22_CLOSED = date(2025, 12, 5)
"""The last day of the 22nd Meeting of the States Parties (docs/sources/apmbc.md §3b)."""


def argued(history: History, claim: SuspensionCase, day: date) -> Finding:
    """Both cases on ``claim``, the objections' path, and the Meeting's view if read after it."""
    reading = history.ctx.consultation.choices.get("suspension_claim", "not_recognized")
    against_holds = Truth.HOLDS if reading == "not_recognized" else Truth.FAILS
    objectors = [
        e.by
        for _, e in history.ctx.ordered
        if isinstance(e, Objection) and e.to == "suspension_claim"
    ]
    # The facts of Ukraine's own claim (its dates, its conduct since 2022, the Meeting's view)
    # belong in Ukraine's memo only; another State's claim is argued on the law alone.
    ukraine = history.ctx.scenario.state == "UKR"
    children = [
        PARA_3_SENT_2.finding(
            against_holds,
            "Against the claim: Art. 20(3) already governs leaving the Convention during an"
            " armed conflict -- a withdrawal then does not take effect before the conflict ends."
            " A suspension that binds at once would get round that rule. The VCLT allows"
            " suspension under the treaty or under its own rules (Arts. 42(2) and 57), Art. 62"
            " among them; but an armed conflict, which the treaty's clause foresees, is hardly the"
            " unforeseen change Art. 62 requires. The ICJ reads"
            " Art. 62 strictly: the change must radically transform the obligations still to be"
            " performed, and applies only in exceptional cases (Gabcikovo-Nagymaros, 1997,"
            " para. 104).",
        ),
        art_1.POINT_A.finding(
            against_holds,
            "Against the claim: the State undertook 'never under any circumstances' to use"
            " anti-personnel mines, nor to acquire, stockpile or transfer them (Art. 1(1)(a) and"
            " (b)): the obligations are written for war as for peace.",
        ),
        *(
            ()
            if not ukraine
            else (
                vclt.ART_45.finding(
                    against_holds,
                    "Against the claim (arguable): after the full-scale invasion of February 2022 the"
                    " State went on taking part in the Convention's work, and its Art. 5 deadline was"
                    " extended at its request in 2023 to 1 December 2033, with a work plan in 2024;"
                    " conduct of that kind may count as"
                    " acquiescence in the treaty's continued operation, which bars invoking a ground for"
                    " suspension later (VCLT Art. 45(b)).",
                ),
            )
        ),
        vclt.ARSIWA_21_25_50.finding(
            against_holds,
            "Against any excuse for non-performance: necessity cannot be pleaded where the"
            " obligation excludes it, as 'never under any circumstances' arguably does (ARSIWA"
            " Art. 25(2)(a)); self-defence does not justify breaching obligations of total"
            " restraint that apply in armed conflict (commentary to ARSIWA Art. 21); and a"
            " countermeasure against the aggressor is no answer either: the Convention's"
            " obligations are owed to its States Parties, not to a non-party aggressor, so"
            " suspending them is no countermeasure against it (ARSIWA Art. 49), and obligations"
            " of a humanitarian character prohibiting reprisals are beyond countermeasures in any"
            " event (ARSIWA Art. 50(1)(c)).",
        ),
        vclt.ILC_2011_ART_14.finding(
            Truth.HOLDS if reading == "recognized_immediately" else Truth.UNKNOWN,
            "For the claim: where the State fights an aggressor that is not a party to the"
            " Convention and uses anti-personnel mines against it, the Convention binds one side"
            " of the war only. A State exercising its inherent right of self-defence may suspend a"
            " treaty insofar as it is incompatible with that right (ILC 2011 draft Art. 14). But"
            " the same draft applies a treaty's own provisions on armed conflict first (draft"
            " Art. 4: here Art. 20(3)), and lists treaties on the law of armed conflict and"
            " humanitarian law among those that continue in operation (draft Art. 7 and its"
            " annex). The draft articles are not a treaty; the claim as notified invokes VCLT"
            " Art. 62, not self-defence.",
        ),
        vclt.ART_73.finding(
            Truth.NOT_APPLICABLE,
            "VCLT Art. 73 is a without-prejudice clause: it leaves questions arising from the"
            " outbreak of hostilities to other law, and so neither supports nor rules out the"
            " claim.",
        ),
        _objections(claim, objectors),
        vclt.ART_67.finding(
            Truth.HOLDS,
            f"The claim was notified in writing, by the State's communication received on"
            f" {claim.claimed}{' (the sources give 17 or 18 July 2025)' if ukraine else ''}; a"
            " suspension, if"
            " established, would be carried out by an instrument communicated to the other"
            " parties (VCLT Art. 67(2)). The reference and date of the depositary notification"
            " that circulated it are not in the facts.",
        ),
        vclt.ART_72.finding(
            Truth.NOT_APPLICABLE,
            "Even a valid suspension would release the State only from performance while it"
            " lasts, and oblige it to refrain from acts obstructing the Convention's resumption"
            " (VCLT Art. 72(2)): laying new minefields would sit ill with that duty.",
        ),
    ]
    if ukraine and day >= MEETING_22_CLOSED:
        children.append(
            ART_11.finding(
                Truth.NOT_APPLICABLE,
                "The 22nd Meeting of the States Parties (Geneva, 1-5 December 2025) stated in its"
                " final report that the Convention does not allow its operation, and so its"
                " obligations, to be suspended, and that Ukraine remains bound. A Meeting of the"
                " States Parties states the parties' view; it is not a tribunal and its report"
                " is not a judgment. If it reflects the agreement of all the parties, Ukraine"
                " included, it may count as a subsequent agreement on interpretation (VCLT Art."
                " 31(3)(a)); the facts do not say whether it was adopted by consensus or whether"
                " Ukraine dissociated itself.",
            )
        )
    return vclt.ART_62_PARA_1.finding(
        Truth.NOT_APPLICABLE,
        f"The claimed suspension of {claim.claimed}, argued both ways; the reading applied is"
        f" suspension_claim = {reading}.",
        children=tuple(children),
    )


def _objections(claim: SuspensionCase, objectors: list[str]) -> Finding:
    if not objectors:
        return vclt.ART_65_66.finding(
            Truth.NOT_APPLICABLE,
            "No objection is on record; an objection would send the parties to the means of"
            " UN Charter Art. 33 (VCLT Art. 65(3)).",
        )
    names = ", ".join(objectors)
    return vclt.ART_65_66.finding(
        Truth.HOLDS,
        f"Objections on record: {names} ({len(objectors)}). Once a party objects, the measure"
        " cannot be carried out by the invoking State's say-so (VCLT Art. 65(2)): the parties"
        " must seek a solution by the means of UN Charter Art. 33 -- negotiation, enquiry,"
        " mediation, conciliation, arbitration, judicial settlement (VCLT Art. 65(3)); if none is"
        " reached within twelve months of the objection, any of them may start the conciliation"
        " of the VCLT Annex, whose report does not bind (VCLT Art. 66(b)).",
    )
