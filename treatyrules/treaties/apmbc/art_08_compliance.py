"""APMBC Art. 8 -- Facilitation and clarification of compliance; Art. 10 -- settlement of disputes.

Where a State Party's compliance is in question, one or more States Parties may send
it a Request for Clarification through the UN Secretary-General, which it answers
within 28 days; an unsatisfactory answer can go to the Meeting of the States
Parties or a Special Meeting, which may send a fact-finding mission and propose
measures. A Meeting states the States Parties' view; it is not a tribunal.
"""

from __future__ import annotations

from ...core.rule import Rule
from ._sources import FACTS, T1

ART_8 = Rule(
    treaty="APMBC",
    eid="art_8",
    title="Facilitation and clarification of compliance",
    paraphrase=(
        "States Parties consult and cooperate on compliance; one or more may send a Request for"
        " Clarification through the Secretary-General, to be answered within 28 days; an"
        " unsatisfactory answer may go to the next Meeting of the States Parties or a Special"
        " Meeting, which may authorise a fact-finding mission and ask for measures within a"
        " period."
    ),
    source=f"{T1}; {FACTS} §1 Art. 8",
)

ART_10 = Rule(
    treaty="APMBC",
    eid="art_10",
    title="Settlement of disputes",
    paraphrase=(
        "States Parties consult and cooperate to settle disputes on the Convention's application"
        " or interpretation; any of them may bring a dispute to the Meeting of the States"
        " Parties, which may offer good offices or call for a procedure of the parties' choice."
    ),
    source=f"{T1}; {FACTS} §1 Art. 10",
)

ART_11 = Rule(
    treaty="APMBC",
    eid="art_11__para_1",
    title="Meetings of the States Parties",
    paraphrase=(
        "The States Parties meet regularly to consider any matter on the Convention's"
        " application or implementation, among them its operation and status; the Meeting"
        " states their collective view, which is no judgment but may count as their subsequent"
        " agreement on how to read the Convention (VCLT Art. 31(3)(a))."
    ),
    source=f"{T1}; {FACTS} §1 Art. 11",
)

RULES = (ART_8, ART_10, ART_11)
