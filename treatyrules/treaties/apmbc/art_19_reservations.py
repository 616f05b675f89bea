"""APMBC Art. 19 -- Reservations.

The Articles of the Convention are not subject to reservations. Interpretive
declarations (Australia's, and Serbia and Montenegro's, on joint military
operations) are not reservations: they are recorded.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...core.rule import Rule
from ...core.truth import Truth
from ...scenario import Declaration, Reservation
from ._sources import T1, T7

if TYPE_CHECKING:
    from ...engine import History

ART_19 = Rule(
    treaty="APMBC",
    eid="art_19",
    title="No reservations",
    paraphrase="The Articles of the Convention may not be the subject of reservations.",
    source=f"{T1}; {T7}; docs/sources/apmbc.md §1 Art. 19 (declarations at PacLII)",
)


def reserve(history: History, index: int, event: Reservation) -> None:
    history.add(
        event.date,
        ART_19.finding(
            Truth.FAILS,
            f"The reservation of {event.date} is not permitted: the Convention's Articles admit no"
            " reservation. The State is bound by the Convention as a whole.",
            severity="warning",
        ),
    )


def declare(history: History, index: int, event: Declaration) -> None:
    history.add(
        event.date,
        ART_19.finding(
            Truth.NOT_APPLICABLE,
            f"The interpretive declaration of {event.date} is recorded. It is not a reservation"
            " and does not modify the State's obligations.",
        ),
    )
