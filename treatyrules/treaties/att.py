"""Arms Trade Treaty (2013): Arts. 21, 22 and 24.

Withdrawal takes effect 90 days after the Depositary receives the notification,
unless the notification names a later date; the notification may explain the
reasons. There is no armed-conflict clause.
"""

from datetime import date

from ..clauses.entry_into_force import DaysAfter
from ..clauses.words import Words
from ..declaration import Joining, Kept, Notice, declare

TREATY = declare(
    id="ATT",
    words=Words(
        short="the Treaty",
        term="withdrawal",
        verb="withdraw",
        instrument="notification of withdrawal",
        party="State Party",
        recipients={
            "depositary": "the Depositary (the Secretary-General of the United Nations)",
        },
    ),
    title="Arms Trade Treaty",
    name="Arms Trade Treaty",
    source=(
        "ATT text (D-ATT) and UNODA (docs/sources/sibling-treaties-verification.md §7);"
        " docs/sources/sibling-treaties.md §1, §3.4"
    ),
    consent=Joining(
        signature="art_21__para_1",
        opens=date(2013, 6, 3),
        closes_before=date(2014, 12, 24),
        ratification="art_21__para_2",
        accession="art_21__para_3",
        accession_after_entry_into_force=True,  # Art. 21(3): following entry into force
        # 90 days after the 50th ratification, acceptance or approval (25 September 2014).
        general="art_22__para_1",
        in_force=date(2014, 12, 24),
        last_counted=date(2014, 9, 25),
        threshold=50,
        per_state="art_22__para_2",
        formula=DaysAfter(90),
        later_states_from="entry_into_force",
    ),
    withdrawal=Notice(
        heading="art_24",
        duration="art_24__para_1",
        right="art_24__para_2__sent_1",
        notice="art_24__para_2__sent_2",
        recipients=("depositary",),
        reasons="art_24__para_2__sent_3",
        reasons_kind="optional",
        period="art_24__para_2__sent_4",
        days=90,
        later_date=True,
        keeps=(
            Kept(
                eid="art_24__para_3",
                title="Obligations that arose while a Party",
                says=(
                    "A withdrawal does not discharge the State from the obligations, accrued"
                    " financial obligations included, that arose while it was a Party."
                ),
            ),
        ),
    ),
)
