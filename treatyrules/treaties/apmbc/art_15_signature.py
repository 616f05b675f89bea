"""APMBC Art. 15 -- Signature.

Done at Oslo on 18 September 1997; open for signature at Ottawa on 3-4 December
1997 and then at UN Headquarters in New York from 5 December 1997 until the
Convention entered into force (1 March 1999). Signature has been closed since:
a State that has not signed can only accede (Art. 16(2)).
"""

from datetime import date

from ...clauses.consent import SignaturePeriod
from ._sources import FACTS, T1, T7

ART_15 = SignaturePeriod(
    treaty="APMBC",
    eid="art_15",
    title="Signature",
    paraphrase=(
        "Open for signature at Ottawa on 3 and 4 December 1997, then at UN Headquarters in New"
        " York from 5 December 1997 until the Convention's entry into force."
    ),
    source=f"{T1}; {T7}; {FACTS} §1 Art. 15",
    opens=date(1997, 12, 3),
    closes_before=date(1999, 3, 1),  # the Convention's entry into force (Art. 17(1))
)
