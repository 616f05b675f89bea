"""The NPT, the Biological and Chemical Weapons Conventions and the CTBT.

Their withdrawal clauses share a pattern: a party may withdraw if it decides that
extraordinary events related to the treaty's subject have jeopardised its supreme
interests; it gives notice "in advance" -- three months (NPT, BWC), 90 days
(CWC), six months (CTBT) -- to the other parties and the Security Council (and,
for the CWC and CTBT, the Executive Council and the Depositary), with a statement
of those events. None defers the effect for an armed conflict. When the recipients
receive the notice on different days, the point ``advance_notice_start`` decides
from which the period runs (the DPRK's NPT notices of 1993 and 2003). The CTBT
is not in force, so its withdrawal clause cannot yet be used.
"""

from datetime import date

from ..clauses.entry_into_force import DaysAfter, OnDeposit
from ..clauses.words import Words
from ..declaration import Joining, Kept, Notice, declare

_VERIFIED = "docs/sources/sibling-treaties-verification.md"
_FACTS = "docs/sources/sibling-treaties.md"

NPT = declare(
    id="NPT",
    words=Words(
        short="the Treaty",
        term="withdrawal",
        verb="withdraw",
        instrument="notice of withdrawal",
        party="Party",
        recipients={
            "states_parties": "all other Parties to the Treaty",
            "security_council": "the United Nations Security Council",
        },
    ),
    title="Treaty on the Non-Proliferation of Nuclear Weapons",
    name="Non-Proliferation Treaty",
    roman=True,
    source=f"NPT text (D-NPT) and US State Dept status list ({_VERIFIED} §4); {_FACTS} §1, §3.1",
    consent=Joining(
        signature="art_9__para_1__sent_1",
        opens=date(1968, 7, 1),
        # The text sets no closing day; signature is read as closing at entry into force, the
        # day from which a State that did not sign may only accede (Art. IX(1), second sentence).
        closes_before=date(1970, 3, 5),
        ratification="art_9__para_2__sent_1",
        accession="art_9__para_1__sent_2",
        general="art_9__para_3__sent_1",
        in_force=date(1970, 3, 5),
        last_counted=date(1970, 3, 5),
        threshold="ratification by the three depositary Governments and 40 other signatories",
        per_state="art_9__para_4",
        formula=OnDeposit(),
        later_states_from="entry_into_force",
    ),
    withdrawal=Notice(
        heading="art_10",
        right="art_10__para_1__sent_1",
        right_says=(
            "A Party, exercising its national sovereignty, may withdraw if it decides that"
            " extraordinary events related to the subject matter of the Treaty have jeopardised"
            " the supreme interests of its country."
        ),
        # One sentence asks for notice to the other Parties and the Council three months in
        # advance: one rule with both roles.
        notice="art_10__para_1__sent_2",
        recipients=("states_parties", "security_council"),
        reasons="art_10__para_1__sent_3",
        reasons_kind="extraordinary_events",
        period="art_10__para_1__sent_2",
        months=3,
        in_advance=True,
    ),
)

BWC = declare(
    id="BWC",
    words=Words(
        short="the Convention",
        term="withdrawal",
        verb="withdraw",
        instrument="notice of withdrawal",
        party="State Party",
        recipients={
            "states_parties": "all other States Parties to the Convention",
            "security_council": "the United Nations Security Council",
        },
    ),
    title=(
        "Convention on the Prohibition of the Development, Production and Stockpiling of"
        " Bacteriological (Biological) and Toxin Weapons and on their Destruction"
    ),
    name="Biological Weapons Convention",
    roman=True,
    source=f"BWC text (D-BWC) and US State Dept status list ({_VERIFIED} §6); {_FACTS} §1",
    consent=Joining(
        signature="art_14__para_1__sent_1",
        opens=date(1972, 4, 10),
        closes_before=date(1975, 3, 26),
        ratification="art_14__para_2__sent_1",
        accession="art_14__para_1__sent_2",
        general="art_14__para_3",
        in_force=date(1975, 3, 26),
        last_counted=date(1975, 3, 26),
        threshold="ratification by 22 Governments, including the three depositaries",
        per_state="art_14__para_4",
        formula=OnDeposit(),
        later_states_from="entry_into_force",
    ),
    withdrawal=Notice(
        heading="art_13",
        duration="art_13__para_1",
        right="art_13__para_2__sent_1",
        right_says=(
            "A Party, exercising its national sovereignty, may withdraw if it decides that"
            " extraordinary events related to the subject matter of the Convention have jeopardised"
            " the supreme interests of its country."
        ),
        notice="art_13__para_2__sent_2",  # notice and period in one sentence: one rule
        recipients=("states_parties", "security_council"),
        reasons="art_13__para_2__sent_3",
        reasons_kind="extraordinary_events",
        period="art_13__para_2__sent_2",
        months=3,
        in_advance=True,
    ),
)

CWC = declare(
    id="CWC",
    words=Words(
        short="the Convention",
        term="withdrawal",
        verb="withdraw",
        instrument="notice of withdrawal",
        party="State Party",
        recipients={
            "states_parties": "all other States Parties",
            "executive_council": "the Executive Council of the OPCW",
            "depositary": "the Depositary (the Secretary-General of the United Nations)",
            "security_council": "the United Nations Security Council",
        },
    ),
    title=(
        "Convention on the Prohibition of the Development, Production, Stockpiling and Use of"
        " Chemical Weapons and on their Destruction"
    ),
    name="Chemical Weapons Convention",
    roman=True,
    source=f"CWC text (D-CWC) and OPCW ({_VERIFIED} §5); {_FACTS} §1",
    consent=Joining(
        signature="art_18",
        opens=date(1993, 1, 13),
        closes_before=date(1997, 4, 29),
        ratification="art_19",
        accession="art_20",
        accession_after_entry_into_force=True,  # Art. XX: at any time after entry into force
        # 180 days after the 65th ratification (Hungary, 31 October 1996).
        general="art_21__para_1",
        in_force=date(1997, 4, 29),
        last_counted=date(1996, 10, 31),
        threshold=65,
        per_state="art_21__para_2",
        formula=DaysAfter(30),
        later_states_from="entry_into_force",
    ),
    withdrawal=Notice(
        heading="art_16",
        duration="art_16__para_1",
        right="art_16__para_2__sent_1",
        right_says=(
            "A Party, exercising its national sovereignty, may withdraw if it decides that"
            " extraordinary events related to the subject matter of the Convention have jeopardised"
            " the supreme interests of its country."
        ),
        notice="art_16__para_2__sent_2",  # notice and period in one sentence: one rule
        recipients=("states_parties", "executive_council", "depositary", "security_council"),
        reasons="art_16__para_2__sent_3",
        reasons_kind="extraordinary_events",
        period="art_16__para_2__sent_2",
        days=90,
        in_advance=True,
        keeps=(
            Kept(
                eid="art_16__para_3",
                title="Other international law, the 1925 Geneva Protocol in particular",
                says=(
                    "A withdrawal does not affect the duty of States to go on fulfilling the"
                    " obligations they have assumed under any relevant rules of international law,"
                    " particularly the Geneva Protocol of 1925 (on asphyxiating, poisonous or"
                    " other gases and bacteriological methods of warfare)."
                ),
            ),
        ),
    ),
)

CTBT = declare(
    id="CTBT",
    words=Words(
        short="the Treaty",
        term="withdrawal",
        verb="withdraw",
        instrument="notice of withdrawal",
        party="State Party",
        recipients={
            "states_parties": "all other States Parties",
            "executive_council": "the Executive Council of the CTBTO",
            "depositary": "the Depositary (the Secretary-General of the United Nations)",
            "security_council": "the United Nations Security Council",
        },
    ),
    title="Comprehensive Nuclear-Test-Ban Treaty",
    name="Comprehensive Nuclear-Test-Ban Treaty",
    roman=True,
    source=f"CTBT text (D-CTBT) and CTBTO ({_VERIFIED} §9); {_FACTS} §1, §3.5",
    consent=Joining(
        signature="art_11",
        opens=date(1996, 9, 24),
        closes_before=None,
        ratification="art_12",
        accession="art_13",
        accession_after_entry_into_force=True,  # Art. XIII: at any time after entry into force
        general="art_14__para_1",
        in_force=None,
        last_counted=None,
        threshold="ratification by all 44 States listed in its Annex 2, and 180 days more",
        per_state="art_14__para_5",
        formula=DaysAfter(30),
        later_states_from="entry_into_force",
    ),
    withdrawal=Notice(
        heading="art_9",
        duration="art_9__para_1",
        right="art_9__para_2",
        right_says=(
            "A Party, exercising its national sovereignty, may withdraw if it decides that"
            " extraordinary events related to the subject matter of the Treaty have jeopardised"
            " its supreme interests."
        ),
        # Art. IX(3): notice six months in advance to the four recipients (first sentence, one
        # rule with both roles); the notice states the event or events (second sentence).
        notice="art_9__para_3__sent_1",
        recipients=("states_parties", "executive_council", "depositary", "security_council"),
        reasons="art_9__para_3__sent_2",
        reasons_kind="extraordinary_events",
        period="art_9__para_3__sent_1",
        months=6,
        in_advance=True,
    ),
)
