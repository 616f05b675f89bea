"""APMBC Art. 18 -- Provisional application.

A State may declare, when it ratifies, accepts, approves or accedes, that it will
apply Art. 1(1) -- the core prohibitions -- provisionally until the Convention
enters into force for it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...core.rule import Rule
from ...core.truth import Truth
from ...scenario import CONSENT_KINDS, ProvisionalApplication
from ._sources import T1, T7

if TYPE_CHECKING:
    from ...engine import History

ART_18 = Rule(
    treaty="APMBC",
    eid="art_18",
    title="Provisional application of Art. 1(1)",
    paraphrase=(
        "On depositing its instrument a State may declare that it applies the prohibitions of"
        " Art. 1(1) provisionally until the Convention enters into force for it."
    ),
    source=f"{T1}; {T7}",
)


def declare(history: History, index: int, event: ProvisionalApplication) -> None:
    """Record a declaration of provisional application and judge its timing."""
    deposits = [e.date for _, e in history.ctx.ordered if e.kind in CONSENT_KINDS]
    history.provisional.append((index, event.date))
    if event.date in deposits:
        finding = ART_18.finding(
            Truth.HOLDS,
            f"On {event.date}, with its instrument, the State declares that it applies Art. 1(1)"
            " provisionally: the prohibitions bind it until the Convention enters into force"
            " for it.",
        )
    else:
        finding = ART_18.finding(
            Truth.FAILS,
            f"The declaration of provisional application of {event.date} was not made with an"
            " instrument of ratification, acceptance, approval or accession, as Art. 18 requires;"
            " it is applied as the State declared it.",
            severity="warning",
        )
    history.add(event.date, finding)
