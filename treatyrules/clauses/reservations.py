"""A reservation whose validity is contested: an interpretation point decides its effect.

Where a treaty says nothing on reservations, the general law asks whether a
reservation is compatible with the treaty's object and purpose, and who decides
that is itself disputed. The rule does not pick an answer: it consults the
treaty's point, and the verdict says which reading applied and what it gives.
The reading changes what the State is bound to, not whether it is a party.

>>> from treatyrules.core.interpretation import InterpretationPoint
>>> point = InterpretationPoint(
...     key="doc_example_reservation", question="Does the reservation stand?",
...     options={"stands": "the reservation applies", "severed": "the State is bound without it"},
...     default="severed", rationale="the treaty body's view", sources=("a source",))
>>> rule = ContestedReservation(
...     treaty="VCLT", eid="vclt:art_19__point_c", title="Reservations", paraphrase="...",
...     source="...", point=point,
...     effects={"stands": (True, "it applies"), "severed": (False, "it is severed")})
>>> rule.consults
('doc_example_reservation',)
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..core.errors import RuleDefinitionError
from ..core.interpretation import InterpretationPoint
from ..core.rule import Rule
from ..core.truth import Truth

if TYPE_CHECKING:
    from ..scenario import Reservation

__all__ = ["ContestedReservation"]


@dataclass(frozen=True, eq=False, kw_only=True)
class ContestedReservation(Rule):
    """A reservation judged under a contested reading, declared beside its point."""

    point: InterpretationPoint
    effects: Mapping[str, tuple[bool, str]] = field(default_factory=dict)
    """For each option of the point: whether the reservation is permitted under it, and what
    it then does, in the treaty's words."""

    def __post_init__(self) -> None:
        super().__post_init__()
        if set(self.effects) != set(self.point.options):
            raise RuleDefinitionError(
                f"{self.citation}: effects must name every option of {self.point.key}"
            )
        object.__setattr__(self, "consults", (*self.consults, self.point.key))

    def handle(self, history: Any, index: int, event: Reservation) -> None:
        """The event handler: read the point and record what the reservation does."""
        reading = str(history.ctx.read(self, self.point.key))
        permitted, effect = self.effects[reading]
        day = event.date
        history.add(
            day,
            lambda: self.finding(
                Truth.of(permitted),
                f"The reservation made on {day} is contested ({self.point.question}). Under the"
                f" reading {self.point.key} = {reading}, {self.point.options[reading]}:"
                f" {effect}.",
                severity="warning",
            ),
        )
