"""APMBC Art. 18 -- Provisional application.

A State may declare, when it ratifies, accepts, approves or accedes, that it will
apply Art. 1(1) -- the core prohibitions -- provisionally until the Convention
enters into force for it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...core.interpretation import InterpretationPoint, register_point
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

# Read by Art. 4 for a stockpile held while the State applies Art. 1(1) provisionally.
PROVISIONAL_STOCKPILE = register_point(
    InterpretationPoint(
        key="provisional_stockpile",
        question=(
            "A State applying Art. 1(1) provisionally (Art. 18) holds a stockpile of"
            " anti-personnel mines before the Convention enters into force for it: does holding"
            " it breach the ban on stockpiling and retaining (Art. 1(1)(b)), although Art. 4,"
            " not applied provisionally, gives it four years from entry into force to destroy"
            " the stockpile?"
        ),
        options={
            "with_art_4": (
                "no: Art. 1(1)(b) is read with Art. 4, which presupposes stockpiles held at entry"
                " into force and schedules their destruction; holding the stockpile pending that"
                " period is not in itself a breach"
            ),
            "art_1_alone": (
                "yes: Art. 18 reaches Art. 1(1) alone, and Art. 4's period is not applied"
                " provisionally, so the ban on stockpiling and retaining binds from the"
                " declaration"
            ),
        },
        default="with_art_4",
        rationale=(
            "The Convention's own scheme has a State Party destroy its stockpile as soon as"
            " possible and within four years of entry into force (Arts. 1(2), 4), holding it"
            " meanwhile; reading provisional application of Art. 1(1) to demand more of a State"
            " not yet a party than of a State Party would turn a declaration of good faith into"
            " an immediate breach (VCLT Art. 31(1): the terms in their context). The text alone"
            " supports the other reading, and the State chose to declare, knowing Art. 1(1)'s"
            " terms; the sources here (docs/sources/apmbc.md) record no practice either way."
        ),
        sources=(
            "docs/sources/apmbc.md §1 Art. 18",
            "docs/sources/apmbc.md §1 Art. 4",
        ),
    )
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
