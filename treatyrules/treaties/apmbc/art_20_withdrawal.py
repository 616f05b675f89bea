"""APMBC Art. 20 -- Duration and withdrawal.

(1) Unlimited duration. (2) A State Party may withdraw, giving notice to all other
States Parties, the Depositary and the UN Security Council; the instrument must
fully explain the reasons. (3) The withdrawal takes effect six months after the
Depositary *receives* the instrument; but if on the expiry of those six months
the State is engaged in an armed conflict, not before the end of the armed
conflict. (4) Withdrawal leaves untouched the duty to fulfil obligations under
other relevant rules of international law.

The armed-conflict sentence bars the *effect*, not the notice: a State may give
notice during a war; its withdrawal then waits.
"""

from ...clauses.deferral import ConflictDeferral
from ...clauses.notice import NoticePeriod, NoticeRecipients, ReasonsRequired, RightToWithdraw
from ...clauses.withdrawal import WithdrawalClause
from ...core.rule import Rule, Statement
from .. import vclt
from ._sources import FACTS, T1, T4, T10

ART_20 = Rule(
    treaty="APMBC",
    eid="art_20",
    title="Duration and withdrawal",
    paraphrase="Whether and when an instrument of withdrawal takes effect.",
    source=f"{T1}; {T4}",
)

PARA_1 = Statement(
    treaty="APMBC",
    eid="art_20__para_1",
    title="Unlimited duration",
    paraphrase=(
        "The Convention is of unlimited duration: it ends for a State only by withdrawal under"
        " paragraphs 2 and 3."
    ),
    source=T1,
)

PARA_2_SENT_1 = RightToWithdraw(
    treaty="APMBC",
    eid="art_20__para_2__sent_1",
    title="Right to withdraw",
    paraphrase="Each State Party, exercising its national sovereignty, may withdraw.",
    source=f"{T1}; {FACTS} §1 Art. 20(2)",
)

PARA_2_SENT_2 = NoticeRecipients(
    treaty="APMBC",
    eid="art_20__para_2__sent_2",
    title="Notice to the States Parties, the Depositary and the Security Council",
    paraphrase=(
        "Notice of withdrawal goes to all other States Parties, to the Depositary and to the"
        " UN Security Council."
    ),
    source=f"{T1}; {FACTS} §1 Art. 20(2)",
    recipients=("depositary", "states_parties", "security_council"),
)

PARA_2_SENT_3 = ReasonsRequired(
    treaty="APMBC",
    eid="art_20__para_2__sent_3",
    title="Full explanation of the reasons",
    paraphrase="The instrument of withdrawal includes a full explanation of the reasons for it.",
    source=f"{T1}; {FACTS} §1 Art. 20(2)",
)

PARA_3_SENT_1 = NoticePeriod(
    treaty="APMBC",
    eid="art_20__para_3__sent_1",
    title="Six months after receipt by the Depositary",
    paraphrase=(
        "A withdrawal takes effect only six months after the Depositary receives the instrument"
        " -- not the day it was signed, nor the day a secretariat was told."
    ),
    source=f"{T1}; {T4}; {FACTS} §1 Art. 20(3) (27 June 2025 -> 27 December 2025)",
    months=6,
)

PARA_3_SENT_2 = ConflictDeferral(
    treaty="APMBC",
    eid="art_20__para_3__sent_2",
    title="No effect before the end of an armed conflict",
    paraphrase=(
        "If, on the expiry of the six months, the withdrawing State is engaged in an armed"
        " conflict, the withdrawal does not take effect before the end of the armed conflict."
    ),
    source=f"{T1}; {T4}; {T10}",
    defeats=PARA_3_SENT_1,
)

PARA_4 = Statement(
    treaty="APMBC",
    eid="art_20__para_4",
    title="Other international law continues",
    paraphrase=(
        "Withdrawal does not affect the duty of States to keep fulfilling their obligations"
        " under any relevant rules of international law (customary humanitarian law among them)."
    ),
    source=f"{T1}; {FACTS} §2 (VCLT Art. 43)",
)

WITHDRAWAL = WithdrawalClause(
    heading=ART_20,
    duration=PARA_1,
    right=PARA_2_SENT_1,
    notice=PARA_2_SENT_2,
    reasons=PARA_2_SENT_3,
    period=PARA_3_SENT_1,
    deferral=PARA_3_SENT_2,
    revocation=vclt.ART_68,
    savings=PARA_4,
)
