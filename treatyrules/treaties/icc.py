"""Rome Statute of the International Criminal Court (1998): Arts. 125-127.

A State Party withdraws by written notification to the UN Secretary-General; it
takes effect one year after receipt, unless the notification names a later date.
Burundi left on 27 October 2017, the Philippines on 17 March 2019 (a Sunday: no
roll to a working day), Hungary on 2 June 2026; The Gambia and South Africa
revoked their withdrawals before they took effect.
"""

from datetime import date

from ..clauses.entry_into_force import FirstDayOfMonthAfterDays
from ..clauses.words import Words
from ..declaration import Joining, Kept, Notice, declare

TREATY = declare(
    id="ICC",
    words=Words(
        short="the Statute",
        term="withdrawal",
        verb="withdraw",
        instrument="written notification of withdrawal",
        party="State Party",
        recipients={
            "depositary": "the Secretary-General of the United Nations",
        },
    ),
    title="Rome Statute of the International Criminal Court",
    name="Rome Statute of the International Criminal Court",
    source=(
        "Rome Statute text (D-ROME) and UN press release L/T/4365/Rev.1"
        " (docs/sources/sibling-treaties-verification.md §8); docs/sources/sibling-treaties.md §3.2"
    ),
    consent=Joining(
        signature="art_125__para_1",
        opens=date(1998, 7, 17),
        # Art. 125(1): open at UN Headquarters until 31 December 2000; in force 1 July 2002.
        closes_before=date(2001, 1, 1),
        closes_with_entry_into_force=False,
        ratification="art_125__para_2__sent_1",
        accession="art_125__para_3__sent_1",
        signatories_may_accede=True,  # Art. 125(3): open to accession by all States
        # The 60th instrument was deposited on 11 April 2002 (ten States at once).
        general="art_126__para_1",
        in_force=date(2002, 7, 1),
        last_counted=date(2002, 4, 11),
        threshold=60,
        per_state="art_126__para_2",
        formula=FirstDayOfMonthAfterDays(60),
    ),
    withdrawal=Notice(
        heading="art_127",
        # One sentence gives the right and names the recipient: one rule with both roles.
        right="art_127__para_1__sent_1",
        notice="art_127__para_1__sent_1",
        recipients=("depositary",),
        period="art_127__para_1__sent_2",
        months=12,
        later_date=True,
        keeps=(
            Kept(
                eid="art_127__para_2__sent_1",
                title="Obligations that arose while a Party",
                says=(
                    "A withdrawal does not release the State from the obligations, financial ones"
                    " included, that arose while it was a Party."
                ),
            ),
            Kept(
                eid="art_127__para_2__sent_2",
                title="Cooperation and matters already before the Court",
                says=(
                    "A withdrawal does not affect the State's cooperation with the Court in the"
                    " criminal investigations and proceedings begun before it took effect, in"
                    " which the State had a duty to cooperate, nor prejudice any matter already"
                    " under consideration by the Court before then."
                ),
            ),
        ),
    ),
)
