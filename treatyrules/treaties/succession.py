"""State succession to treaties: a rule of general law, shared by every treaty.

A newly independent State that notifies its succession to a treaty in force for
its territory is a party from the date of the succession of States (Vienna
Convention on Succession of States in respect of Treaties, 1978, Art. 23(1)); UN
depositary practice applied this to South Sudan, bound by the APMBC from its
independence on 9 July 2011, months before its notification.
"""

from ..clauses.consent import SuccessionRule

__all__ = ["SUCCESSION"]

SUCCESSION = SuccessionRule(
    treaty="VCSST",
    eid="vcsst:art_23__para_1",
    title="Notification of succession",
    paraphrase=(
        "A newly independent State that notifies its succession to a treaty in force for its"
        " territory is a party from the date of the succession of States."
    ),
    source=(
        "docs/sources/apmbc.md §1 Art. 17 (UN Office of Legal Affairs: South Sudan bound from"
        " 9 July 2011); Vienna Convention on Succession of States in respect of Treaties (1978),"
        " Art. 23(1)"
    ),
)
