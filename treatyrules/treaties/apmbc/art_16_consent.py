"""APMBC Art. 16 -- Ratification, acceptance, approval or accession.

(1) Signatories consent by ratification, acceptance or approval. (2) A State that
has not signed may accede. (3) Every instrument is deposited with the Depositary
(the UN Secretary-General, Art. 21).

A notification of succession is not an Art. 16 instrument: it rests on the law of
State succession (``treaties/succession.py``).
"""

from ...clauses.consent import AccessionRule, ConsentBySignatory
from .. import succession
from ._sources import T1, T7

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

SUCCESSION = succession.SUCCESSION
