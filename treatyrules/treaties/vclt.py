"""Rules of the Vienna Convention on the Law of Treaties (1969) that every treaty uses.

Their eids carry the ``vclt:`` prefix so that a verdict under any treaty cites
them as "VCLT Art. 68". Source: shared/facts/apmbc.md §2, checked against the
English text (V1).
"""

from __future__ import annotations

from ..clauses.revocation import RevocationRule
from ..core.rule import Rule, Statement

__all__ = ["ART_18", "ART_34", "ART_68", "RULES"]

V1 = "VCLT, English text (Dutch Treaty Series mirror, V1 in shared/facts/apmbc.md §0)"

ART_18 = Rule(
    treaty="VCLT",
    eid="vclt:art_18",
    title="Obligation not to defeat the object and purpose before entry into force",
    paraphrase=(
        "A State that has signed, or has consented to be bound while the treaty is not yet in"
        " force for it, must refrain from acts that would defeat the treaty's object and"
        " purpose, until a signatory makes clear it does not intend to become a party."
    ),
    source=V1 + "; shared/facts/sibling-treaties.md §2 (Art. 18, 'unsigning')",
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
    source=V1 + "; shared/facts/apmbc.md §2 Art. 68",
)

RULES: tuple[Rule, ...] = (ART_18, ART_34, ART_68)
