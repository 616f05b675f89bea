"""Convention on Cluster Munitions (Dublin, 2008): Arts. 15-17 and 20.

Art. 20 follows the APMBC's Art. 20 without its fourth paragraph: six months
after the Depositary receives the instrument, and if the State is then engaged in
an armed conflict, not before the end of that conflict. Lithuania left it on
6 March 2025 (notice to the Depositary on 6 September 2024).
"""

from datetime import date

from ..clauses.entry_into_force import FirstDayOfNthMonthAfter
from ..clauses.words import Words
from ..declaration import Deferral, Joining, Notice, declare

SOURCE = (
    "CCM text, Dutch Treaty Series mirror (docs/sources/sibling-treaties-verification.md, D-CCM);"
    " docs/sources/sibling-treaties.md §2.1"
)

TREATY = declare(
    id="CCM",
    words=Words(
        short="the Convention",
        term="withdrawal",
        verb="withdraw",
        instrument="instrument of withdrawal",
        party="State Party",
        recipients={
            "depositary": "the Secretary-General of the United Nations (the Depositary)",
            "states_parties": "all other States Parties",
            "security_council": "the United Nations Security Council",
        },
    ),
    title="Convention on Cluster Munitions",
    name="Convention on Cluster Munitions",
    source=SOURCE,
    consent=Joining(
        signature="art_15",
        opens=date(2008, 12, 3),
        closes_before=date(2010, 8, 1),
        ratification="art_16__para_1",
        accession="art_16__para_2",
        # The 30th instrument: Burkina Faso and Moldova, 16 February 2010 (UN News).
        general="art_17__para_1",
        in_force=date(2010, 8, 1),
        last_counted=date(2010, 2, 16),
        threshold=30,
        per_state="art_17__para_2",
        formula=FirstDayOfNthMonthAfter(6),
    ),
    withdrawal=Notice(
        heading="art_20",
        duration="art_20__para_1",
        right="art_20__para_2__sent_1",
        notice="art_20__para_2__sent_2",
        recipients=("depositary", "states_parties", "security_council"),
        reasons="art_20__para_2__sent_3",
        period="art_20__para_3__sent_1",
        months=6,
        deferral=Deferral(eid="art_20__para_3__sent_2"),
    ),
)
