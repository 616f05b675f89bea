"""Rules of the Vienna Convention on the Law of Treaties (1969) that every treaty uses.

Their eids carry the ``vclt:`` prefix so that a verdict under any treaty cites
them as "VCLT Art. 68". Source: docs/sources/apmbc.md §2, checked against the
English text (V1).
"""

from __future__ import annotations

from ..clauses.general_law import GeneralLaw
from ..clauses.revocation import RevocationRule
from ..core.rule import Rule, Statement

__all__ = [
    "ARSIWA_13",
    "ART_18",
    "ART_34",
    "ART_42_PARA_2",
    "ART_43",
    "ART_57",
    "ART_62_PARA_1",
    "ART_65",
    "ART_68",
    "ART_70",
    "GENERAL_LAW",
    "RULES",
]

V1 = "VCLT, English text (Dutch Treaty Series mirror, V1 in docs/sources/apmbc.md §0)"

ART_18 = Rule(
    treaty="VCLT",
    eid="vclt:art_18",
    title="Obligation not to defeat the object and purpose before entry into force",
    paraphrase=(
        "A State that has signed, or has consented to be bound while the treaty is not yet in"
        " force for it, must refrain from acts that would defeat the treaty's object and"
        " purpose, until a signatory makes clear it does not intend to become a party."
    ),
    source=V1 + "; docs/sources/sibling-treaties.md §2 (Art. 18, 'unsigning')",
)

ART_34 = Statement(
    treaty="VCLT",
    eid="vclt:art_34",
    title="Treaties and third States",
    paraphrase=(
        "A treaty creates neither obligations nor rights for a State that has not consented"
        " to be bound by it."
    ),
    source=V1,
)

ART_68 = RevocationRule(
    treaty="VCLT",
    eid="vclt:art_68",
    title="Revocation of notifications and instruments",
    paraphrase=(
        "A notification or instrument of withdrawal may be revoked at any time before it takes"
        " effect; after that, revoking it changes nothing."
    ),
    source=V1 + "; docs/sources/apmbc.md §2 Art. 68",
)

ART_42_PARA_2 = Rule(
    treaty="VCLT",
    eid="vclt:art_42__para_2",
    title="Suspension only under the treaty or the Convention",
    paraphrase=(
        "A treaty's operation may be suspended, and a party may withdraw, only by applying the"
        " treaty itself or the Vienna Convention."
    ),
    source=V1 + "; docs/sources/apmbc.md §2 Art. 42",
    consults=("suspension_claim",),
)

ART_57 = Rule(
    treaty="VCLT",
    eid="vclt:art_57",
    title="Suspension under the treaty or by consent",
    paraphrase=(
        "A treaty's operation may be suspended for a party as its provisions allow, or at any"
        " time with the consent of all the parties."
    ),
    source=V1,
)

ART_62_PARA_1 = Rule(
    treaty="VCLT",
    eid="vclt:art_62__para_1",
    title="Fundamental change of circumstances",
    paraphrase=(
        "A change of circumstances may be invoked only if it is fundamental, unforeseen, of"
        " circumstances that were an essential basis of consent, and radically transforms the"
        " obligations still to be performed; if it could end the treaty it may instead suspend it"
        " (para. 3)."
    ),
    source=V1 + "; docs/sources/apmbc.md §2 Art. 62",
)

ART_65 = Rule(
    treaty="VCLT",
    eid="vclt:art_65",
    title="Procedure for suspending a treaty",
    paraphrase=(
        "A party invoking a ground for suspension notifies the others and, except in special"
        " urgency, waits three months; if a party objects, they must seek a solution under"
        " Art. 33 of the UN Charter."
    ),
    source=V1 + "; docs/sources/apmbc.md §2 Arts. 65 and 67",
    consults=("month_end",),
)

RULES: tuple[Rule, ...] = (ART_18, ART_34, ART_42_PARA_2, ART_57, ART_62_PARA_1, ART_65, ART_68)

ART_43 = Rule(
    treaty="VCLT",
    eid="vclt:art_43",
    title="Obligations imposed by international law independently of a treaty",
    paraphrase=(
        "Leaving a treaty does not weaken a State's duty to fulfil any obligation in it to which"
        " it is subject under international law independently of the treaty."
    ),
    source=V1 + "; docs/sources/apmbc.md §2 (Art. 70, compare Art. 43)",
)

ART_70 = Rule(
    treaty="VCLT",
    eid="vclt:art_70__para_1",
    title="Consequences of withdrawal",
    paraphrase=(
        "Withdrawal releases the State from further performance from the day it takes effect,"
        " but does not affect rights, obligations or situations created while it was bound."
    ),
    source=V1 + "; docs/sources/apmbc.md §2 Art. 70",
)

ARSIWA_13 = Rule(
    treaty="ARSIWA",
    eid="arsiwa:art_13",
    title="International obligation in force for the State",
    paraphrase=(
        "An act is a breach only if the State was bound by the obligation when the act occurred;"
        " a later release does not undo it."
    ),
    source=(
        "ILC Articles on Responsibility of States for Internationally Wrongful Acts (2001),"
        " Arts. 13 and 14(2), as cited in docs/sources/legal-semantics.md §2.6 and §3"
    ),
)

RULES = (*RULES, ART_43, ART_70, ARSIWA_13)

GENERAL_LAW = GeneralLaw(
    interim=ART_18,
    third_states=ART_34,
    revocation=ART_68,
    objection=ART_65,
    consequences=ART_70,
    independent=ART_43,
    breach_stays=ARSIWA_13,
    suspension=ART_42_PARA_2,
    suspension_by_treaty=ART_57,
    change_of_circumstances=ART_62_PARA_1,
)
"""The Vienna Convention's rules, by the role the clauses give them."""
