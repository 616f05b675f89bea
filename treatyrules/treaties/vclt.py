"""Rules of the Vienna Convention on the Law of Treaties (1969) that every treaty uses.

Their eids carry the ``vclt:`` prefix so that a verdict under any treaty cites
them as "VCLT Art. 68". Source: docs/sources/apmbc.md §2, checked against the
English text (V1).
"""

from __future__ import annotations

from ..clauses.general_law import GeneralLaw
from ..clauses.revocation import RevocationRule
from ..core.citation import register_instrument
from ..core.rule import Rule, Statement

__all__ = [
    "ARSIWA_13",
    "ARSIWA_14",
    "ARSIWA_30",
    "ARSIWA_31",
    "ART_18",
    "ART_26",
    "ART_34",
    "ART_42_PARA_2",
    "ART_43",
    "ART_57",
    "ART_62_PARA_1",
    "ART_65",
    "ART_65_66",
    "ART_67",
    "ART_68",
    "ART_70",
    "ART_70_PARA_2",
    "ART_73",
    "ART_78",
    "GENERAL_LAW",
    "ILC_2011_ART_4",
    "ILC_2011_ART_7",
    "ILC_2011_ART_14",
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

LAW = "docs/sources/memo-law.md"
A1 = "ILC Articles on Responsibility of States for Internationally Wrongful Acts (2001), A1 in docs/sources/legal-semantics.md"

ART_26 = Rule(
    treaty="VCLT",
    eid="vclt:art_26",
    title="Pacta sunt servanda",
    paraphrase=(
        "Every treaty in force binds its parties, who must perform it in good faith: a party"
        " that has given notice of leaving remains a party, fully bound, until the notice takes"
        " effect."
    ),
    source=V1 + "; docs/sources/apmbc.md §2",
)

ART_70_PARA_2 = Rule(
    treaty="VCLT",
    eid="vclt:art_70__para_2",
    title="Withdrawal from a multilateral treaty: from the day it takes effect",
    paraphrase=(
        "Between the withdrawing State and each other party, the consequences of withdrawal"
        " apply only from the day the withdrawal takes effect: until then the State performs"
        " the treaty in full, and what it did while bound stays judged under it."
    ),
    source=V1 + "; docs/sources/apmbc.md §2 Art. 70(2)",
)

ART_73 = Statement(
    treaty="VCLT",
    eid="vclt:art_73",
    title="Outbreak of hostilities: without prejudice",
    paraphrase=(
        "The Vienna Convention does not prejudge any question that may arise for a treaty from"
        " the outbreak of hostilities between States: it neither supports nor rules out a claim"
        " built on armed conflict, which other law decides."
    ),
    source=V1 + "; docs/sources/legal-semantics.md (VCLT table, Art. 73)",
)

ART_65_66 = Rule(
    treaty="VCLT",
    eid="vclt:art_65__para_3",
    title="An objection: Charter Art. 33, then conciliation",
    paraphrase=(
        "Once a party objects to a ground invoked to suspend or leave a treaty, the parties must"
        " seek a solution by the means of Art. 33 of the UN Charter; if none is found within"
        " twelve months of the objection, any of them may start the conciliation procedure of"
        " the Convention's Annex (Art. 66(b))."
    ),
    source=V1 + f"; docs/sources/apmbc.md §2 Arts. 65-66; {LAW} §2",
)

ART_67 = Rule(
    treaty="VCLT",
    eid="vclt:art_67",
    title="The instrument that carries out a suspension",
    paraphrase=(
        "A suspension is carried out by an instrument communicated to the other parties, signed"
        " by the Head of State, Head of Government or Foreign Minister or by a representative"
        " with full powers; the notification under Art. 65(1) must be in writing."
    ),
    source=V1 + "; docs/sources/apmbc.md §2 Art. 67",
)

ART_78 = Rule(
    treaty="VCLT",
    eid="vclt:art_78",
    title="Notifications through a depositary",
    paraphrase=(
        "A notification sent through a depositary counts as made when the depositary receives"
        " it, and as received by each other State only when the depositary has informed it"
        " (Art. 77(1)(e)); the depositary transmits, it does not judge."
    ),
    source=V1 + "; docs/sources/apmbc.md §2 Art. 78; docs/sources/sibling-treaties.md §2",
)

ARSIWA_14 = Rule(
    treaty="ARSIWA",
    eid="arsiwa:art_14__para_2",
    title="A continuing breach",
    paraphrase=(
        "A breach by an act of a continuing character (keeping what may not be kept) extends"
        " over the whole period during which the act continues and remains out of conformity"
        " with the obligation."
    ),
    source=A1 + "; docs/sources/legal-semantics.md §3.2",
)

ARSIWA_30 = Rule(
    treaty="ARSIWA",
    eid="arsiwa:art_30",
    title="Cessation and non-repetition",
    paraphrase=(
        "A State responsible for a breach must cease it if it is continuing, and offer"
        " assurances and guarantees of non-repetition if circumstances require."
    ),
    source=A1 + f"; {LAW} §1",
)

ARSIWA_31 = Rule(
    treaty="ARSIWA",
    eid="arsiwa:art_31",
    title="Reparation",
    paraphrase="A State responsible for a breach must make full reparation for the injury caused.",
    source=A1 + f"; {LAW} §1",
)

ART_45 = Rule(
    treaty="VCLT",
    eid="vclt:art_45__point_b",
    title="Loss of a right to invoke a ground for suspension",
    paraphrase=(
        "A State may no longer invoke a ground for suspending a treaty if, after becoming aware"
        " of the facts, it must by its conduct be considered to have acquiesced in the treaty's"
        " continued operation."
    ),
    source=V1 + f"; {LAW} §2",
)

ART_72 = Rule(
    treaty="VCLT",
    eid="vclt:art_72",
    title="Consequences of suspension",
    paraphrase=(
        "A suspension releases the parties from performing the treaty in their mutual relations"
        " while it lasts, leaves their legal relations otherwise intact, and obliges them to"
        " refrain from acts that would obstruct the treaty's resumption."
    ),
    source=V1 + f"; {LAW} §2",
)

ARSIWA_21_25_50 = Rule(
    treaty="ARSIWA",
    eid="arsiwa:art_25__para_2__point_a",
    title="Circumstances precluding wrongfulness: necessity, with self-defence and countermeasures",
    paraphrase=(
        "Necessity cannot be invoked where the obligation excludes it (Art. 25(2)(a));"
        " self-defence (Art. 21) does not excuse breaches of obligations of total restraint in"
        " armed conflict; countermeasures may not affect humanitarian obligations prohibiting"
        " reprisals (Art. 50(1)(c))."
    ),
    source=A1 + f"; {LAW} §1",
)

ARSIWA_48 = Rule(
    treaty="ARSIWA",
    eid="arsiwa:art_48__para_1__point_a",
    title="Invocation by a State other than an injured State",
    paraphrase=(
        "Where the obligation breached is owed to a group of States and protects their"
        " collective interest (obligations erga omnes partes), any State of the group may invoke"
        " the responsibility of the State in breach, and claim cessation and performance."
    ),
    source=A1 + f"; {LAW} §1",
)

register_instrument("ilc2011", "ILC 2011 draft")
_ILC = f"ILC, Draft articles on the effects of armed conflicts on treaties (2011); {LAW} §3"

ILC_2011_ART_4 = Rule(
    treaty="ILC 2011",
    eid="ilc2011:art_4",
    title="A treaty's own provisions on armed conflict",
    paraphrase=(
        "Where a treaty itself provides for its operation in situations of armed conflict,"
        " those provisions apply."
    ),
    source=_ILC,
)

ILC_2011_ART_7 = Rule(
    treaty="ILC 2011",
    eid="ilc2011:art_7",
    title="Treaties whose subject matter implies they continue",
    paraphrase=(
        "Treaties whose subject matter implies that they continue in operation during armed"
        " conflict, listed indicatively in the annex (first among them treaties on the law of"
        " armed conflict, including international humanitarian law), are not affected by it."
    ),
    source=_ILC,
)

ILC_2011_ART_14 = Rule(
    treaty="ILC 2011",
    eid="ilc2011:art_14",
    title="Suspension by a State exercising its right of self-defence",
    paraphrase=(
        "A State exercising its inherent right of individual or collective self-defence under"
        " the UN Charter may suspend in whole or in part the operation of a treaty to which it"
        " is a party, insofar as that operation is incompatible with the exercise of that right."
        " The draft articles are not a treaty."
    ),
    source=_ILC,
)

RULES = (
    *RULES,
    ART_43,
    ART_70,
    ART_26,
    ART_70_PARA_2,
    ART_73,
    ART_65_66,
    ART_67,
    ART_78,
    ARSIWA_13,
    ARSIWA_14,
    ARSIWA_30,
    ARSIWA_31,
    ARSIWA_48,
    ART_45,
    ART_72,
    ARSIWA_21_25_50,
    ILC_2011_ART_4,
    ILC_2011_ART_7,
    ILC_2011_ART_14,
)

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
