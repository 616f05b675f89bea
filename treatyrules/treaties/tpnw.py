"""Treaty on the Prohibition of Nuclear Weapons (2017): Arts. 13-15 and 17.

Withdrawal takes effect twelve months after the Depositary receives the
notification; if the State is then a party to an armed conflict it stays bound
until it is no longer party to *any* armed conflict. The English wording of
Art. 17 was not seen: the French and Japanese texts were (facts §2.2).
"""

from datetime import date

from ..clauses.entry_into_force import DaysAfter
from ..clauses.words import Words
from ..declaration import Deferral, Joining, Notice, declare

SOURCE = (
    "TPNW, French authentic text and Japanese translation (docs/sources/sibling-treaties.md"
    " §2.2; English wording UNVERIFIED); entry into force per"
    " docs/sources/sibling-treaties-verification.md §12"
)

TREATY = declare(
    id="TPNW",
    words=Words(
        short="the Treaty",
        term="withdrawal",
        verb="withdraw",
        instrument="notice of withdrawal",
        party="State Party",
        recipients={
            "depositary": "the Depositary (the Secretary-General of the United Nations)",
        },
    ),
    title="Treaty on the Prohibition of Nuclear Weapons",
    name="Treaty on the Prohibition of Nuclear Weapons",
    source=SOURCE,
    consent=Joining(
        signature="art_13",
        opens=date(2017, 9, 20),
        closes_before=None,
        # Art. 14 as two sentences (ratification; accession) follows the French text: the
        # English wording was not seen, so the sentence numbers are UNVERIFIED.
        ratification="art_14__sent_1",
        accession="art_14__sent_2",
        signatories_may_accede=True,  # open for accession, signatories not excluded
        # The 50th instrument: Honduras, 24 October 2020; in force 90 days later.
        general="art_15__para_1",
        in_force=date(2021, 1, 22),
        last_counted=date(2020, 10, 24),
        threshold=50,
        per_state="art_15__para_2",
        formula=DaysAfter(90),
    ),
    withdrawal=Notice(
        heading="art_17",
        duration="art_17__para_1",
        right="art_17__para_2__sent_1",
        right_says=(
            "A State Party, exercising its national sovereignty, may withdraw if it decides that"
            " extraordinary events related to the subject matter of the Treaty have jeopardised"
            " its supreme interests."
        ),
        notice="art_17__para_2__sent_2",
        recipients=("depositary",),
        reasons="art_17__para_2__sent_3",
        reasons_kind="extraordinary_events",
        period="art_17__para_3__sent_1",
        months=12,
        in_months=True,  # "twelve months" (« douze mois »), not one year: the treaty's words
        # The State stays bound while it is a party to any armed conflict: its own part
        # decides (engaged_until), and a conflict begun during the wait prolongs it.
        deferral=Deferral(
            eid="art_17__para_3__sent_2",
            ends_with="any_conflict",
            stays_bound=True,
            engaged_words="a party to",
            bound_by="the obligations of the Treaty and of any additional protocols",
        ),
    ),
)
