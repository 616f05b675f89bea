"""What still binds a State after its withdrawal took effect (Art. 20(4), VCLT Arts. 43 and 70).

Leaving the Convention releases a State from further performance only. Other
international law continues to bind it -- customary international humanitarian
law, and the CCW's Amended Protocol II on mines where the State is party to it
(the scenario's ``also_party_to``) -- and acts performed while it was bound stay
judged under the Convention.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from ...core.truth import Truth
from ...core.verdict import Finding, Status
from .. import vclt

if TYPE_CHECKING:
    from ...engine import History

__all__ = ["afterwards"]


def afterwards(history: History, day: date, status: Status) -> tuple[Finding, ...]:
    """For a withdrawn State, the law that continues to bind it."""
    if status != "withdrawn":
        return ()
    others = history.ctx.scenario.also_party_to
    if "CCW-APII" in others:
        treaties = (
            " It remains party to the CCW's Amended Protocol II, which restricts (without"
            " banning) anti-personnel mines."
        )
    else:
        treaties = (
            " Any other treaty it is party to still binds it, e.g. the CCW's Amended Protocol II"
            " on mines (the scenario's also_party_to names none)."
        )
    listed = [o for o in others if o != "CCW-APII"]
    if listed:
        treaties += f" Also listed: {', '.join(listed)}."
    return (
        vclt.ART_43.finding(
            Truth.HOLDS,
            "Since its withdrawal took effect the State is no longer bound by the Convention, but"
            " other international law continues to bind it (Art. 20(4)): customary international"
            f" humanitarian law on the conduct of hostilities and the choice of weapons.{treaties}"
            " Acts performed while it was bound remain judged under the Convention (VCLT"
            " Art. 70(1)(b)).",
        ),
    )
