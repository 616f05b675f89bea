"""APMBC Art. 17 -- Entry into force.

(1) The Convention entered into force on the first day of the sixth month after
the month in which the 40th instrument was deposited: Burkina Faso deposited it on
16 September 1998, so 1 March 1999. (2) For a State depositing after the 40th
instrument, on the first day of the sixth month after the date of its deposit:
the day of the month does not matter (12 March 2025 -> 1 September 2025).
"""

from datetime import date

from ...clauses.entry_into_force import (
    EntryIntoForceForState,
    FirstDayOfNthMonthAfter,
    GeneralEntryIntoForce,
)
from ._sources import FACTS, T1, T9

GENERAL_ENTRY_INTO_FORCE = GeneralEntryIntoForce(
    treaty="APMBC",
    eid="art_17__para_1",
    title="Entry into force of the Convention",
    paraphrase=(
        "In force on the first day of the sixth month after the month of the 40th deposit:"
        " 1 March 1999 (Burkina Faso deposited the 40th instrument on 16 September 1998)."
    ),
    source=f"{T1}; {T9}; {FACTS} §3a",
    in_force=date(1999, 3, 1),
    last_counted=date(1998, 9, 16),
    threshold=40,
)

ENTRY_INTO_FORCE_FOR_STATE = EntryIntoForceForState(
    treaty="APMBC",
    eid="art_17__para_2",
    title="Entry into force for a later State",
    paraphrase=(
        "For a State depositing after the 40th instrument, in force on the first day of the"
        " sixth month after its deposit."
    ),
    source=f"{T1}; {FACTS} §1 Art. 17(2)",
    formula=FirstDayOfNthMonthAfter(6),
    general=GENERAL_ENTRY_INTO_FORCE,
)
