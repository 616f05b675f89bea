"""The state of one evaluation: the scenario, the chosen interpretations, what was unknown."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ..core.interpretation import Consultation, Option
from ..core.rule import Rule
from ..core.verdict import Unknown
from ..scenario import Event, Scenario
from .words import Words

__all__ = ["Context"]


@dataclass(slots=True)
class Context:
    """What the rules of one evaluation share: facts in, unknowns and consulted points out."""

    scenario: Scenario
    treaty: str
    consultation: Consultation
    words: Words
    """The treaty's words, from which the clauses build their sentences."""
    ordered: tuple[tuple[int, Event], ...] = ()
    unknowns: list[Unknown] = field(default_factory=list)
    _recorded: set[Unknown] = field(default_factory=set)
    """The unknowns as a set: a check that stays constant-time with 10,000 acts."""

    def __post_init__(self) -> None:
        # Chronological, stable for events on the same day; an objection of unknown
        # date sorts last. Indices stay those of the scenario, for field paths.
        events = self.scenario.events
        ordered = tuple(enumerate(events))
        # Most scenarios list their events in date order already: checking that is cheaper
        # than sorting with a key function (bench/), and a stable sort would change nothing.
        last = date.min
        for event in events:
            day = event.date
            if day is None or day < last:
                ordered = tuple(sorted(ordered, key=_chronological))
                break
            last = day
        self.ordered = ordered

    def read(self, rule: Rule, key: str, *, moot: bool = False) -> Option:
        """The option chosen for interpretation point ``key``, as read by ``rule``
        (``moot``: every option gives the same result here)."""
        return self.consultation.read(rule, key, moot=moot)

    def unknown(self, fact: str, rule: Rule, *, decisive: bool) -> None:
        """Record that ``rule`` needed ``fact`` and the scenario left it unknown."""
        found = Unknown.trusted(fact=fact, affects=rule.eid, decisive=decisive)
        if found not in self._recorded:  # one conflict's missing marker may decide twice
            self._recorded.add(found)
            self.unknowns.append(found)


def _chronological(item: tuple[int, Event]) -> date:
    return item[1].date or date.max
