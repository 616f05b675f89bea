"""APMBC Art. 16 -- Ratification, acceptance, approval or accession.

(1) Signatories consent by ratification, acceptance or approval. (2) A State that
has not signed may accede. (3) Every instrument is deposited with the Depositary
(the UN Secretary-General, Art. 21).

A notification of succession is not an Art. 16 instrument: it rests on the law of
State succession and UN depositary practice, under which South Sudan was bound
from its independence (9 July 2011), before its notification (11 November 2011).
"""

from ...clauses.consent import AccessionRule, ConsentBySignatory, SuccessionRule
from ._sources import FACTS, T1, T7

ART_16_PARA_1 = ConsentBySignatory(
    treaty="APMBC",
    eid="art_16__para_1",
    title="Ratification, acceptance or approval by signatories",
    paraphrase="A State that signed becomes bound by ratifying, accepting or approving.",
    source=f"{T1}; {T7}",
)

ART_16_PARA_2 = AccessionRule(
    treaty="APMBC",
    eid="art_16__para_2",
    title="Accession",
    paraphrase="Any State that has not signed may accede.",
    source=f"{T1}; {T7}",
)

SUCCESSION = SuccessionRule(
    treaty="VCSST",
    eid="vcsst:art_23__para_1",
    title="Notification of succession",
    paraphrase=(
        "A newly independent State that notifies its succession to a treaty in force for its"
        " territory is a party from the date of the succession of States."
    ),
    source=(
        f"{FACTS} §1 Art. 17 (UN Office of Legal Affairs: South Sudan bound from 9 July 2011);"
        " Vienna Convention on Succession of States in respect of Treaties (1978), Art. 23(1)"
    ),
)
