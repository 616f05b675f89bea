"""Outer Space Treaty (1967): Arts. XIV and XVI.

A State Party may give notice of withdrawal once the treaty has been in force for
a year (from 10 October 1968), by written notification to the Depositary
Governments; it takes effect one year after receipt.
"""

from datetime import date

from ..clauses.entry_into_force import OnDeposit
from ..clauses.words import Words
from ..declaration import Joining, Notice, declare

TREATY = declare(
    id="OST",
    words=Words(
        short="the Treaty",
        term="withdrawal",
        verb="withdraw",
        instrument="notice of withdrawal",
        party="State Party",
        recipients={
            "depositary": "the Depositary Governments",
        },
    ),
    title=(
        "Treaty on Principles Governing the Activities of States in the Exploration and Use of"
        " Outer Space, including the Moon and Other Celestial Bodies"
    ),
    name="Outer Space Treaty",
    roman=True,
    source=(
        "Outer Space Treaty text (D-OST) and Australian DFAT treaty database"
        " (docs/sources/sibling-treaties-verification.md §10); docs/sources/sibling-treaties.md §1"
    ),
    consent=Joining(
        signature="art_14__para_1__sent_1",
        opens=date(1967, 1, 27),
        # The text sets no closing day; closing at entry into force is UNVERIFIED and rests on
        # the accession sentence (a State that did not sign before then accedes).
        closes_before=date(1967, 10, 10),
        ratification="art_14__para_2__sent_1",
        accession="art_14__para_1__sent_2",
        general="art_14__para_3",
        in_force=date(1967, 10, 10),
        last_counted=date(1967, 10, 10),
        threshold="ratification by five Governments, including the three depositaries",
        per_state="art_14__para_4",
        formula=OnDeposit(),
        later_states_from="entry_into_force",
    ),
    withdrawal=Notice(
        heading="art_16",
        # Art. XVI's first sentence gives the right, from one year after entry into force, by
        # written notice to the Depositary Governments: one rule with both roles.
        right="art_16__sent_1",
        notice="art_16__sent_1",
        recipients=("depositary",),
        period="art_16__sent_2",
        months=12,
        earliest_notice=date(1968, 10, 10),
    ),
)
