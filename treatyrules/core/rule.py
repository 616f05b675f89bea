"""Rules: one object per provision, carrying its citation, paraphrase and source.

A :class:`Rule` is the unit a lawyer can check: its eid names the article,
paragraph and sentence it implements, ``paraphrase`` says in our own words what
the provision requires, and ``source`` says where the text was checked. Treaty
modules declare rules as module-level constants and clause classes (in
``treatyrules.clauses``) give them behaviour.

An :class:`ExceptionRule` names the rule it defeats, so that the verdict keeps
the defeated rule visible.

>>> r = Rule(treaty="APMBC", eid="art_20__para_1", title="Unlimited duration",
...          paraphrase="The Convention has no end date.", source="T1")
>>> r.citation
'APMBC Art. 20(1)'
>>> r.finding(Truth.HOLDS, "It has no end date.").outcome
<Truth.HOLDS: 'holds'>
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from .citation import cite
from .truth import Truth
from .verdict import Finding, Severity

__all__ = ["ExceptionRule", "Rule", "Statement"]


@dataclass(frozen=True, eq=False, kw_only=True)
class Rule:
    """A provision of an instrument, as the library encodes it."""

    treaty: str
    """Label of the instrument the rule belongs to ("APMBC", "VCLT")."""
    eid: str
    """Akoma Ntoso-style id; prefixed (``vclt:art_68``) for another instrument."""
    title: str
    paraphrase: str
    """What the provision says, in the project's own words."""
    source: str
    """Where the text was checked (a source id or URL from ``docs/sources``)."""
    consults: tuple[str, ...] = ()
    """The interpretation points this rule may read."""
    citation: str = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "citation", cite(self.treaty, self.eid))

    def finding(
        self,
        outcome: Truth,
        explanation: str,
        children: tuple[Finding, ...] = (),
        *,
        severity: Severity = "info",
        defeated_by: str | None = None,
    ) -> Finding:
        """This rule's finding on the facts."""
        return Finding.trusted(
            rule=self.eid,
            citation=self.citation,
            outcome=outcome,
            severity=severity,
            explanation=explanation,
            children=children,
            defeated_by=defeated_by,
        )

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.citation}: {self.title}>"


@dataclass(frozen=True, eq=False, kw_only=True)
class ExceptionRule(Rule):
    """A rule that, when it holds, defeats another (``defeats``)."""

    defeats: Rule

    def __post_init__(self) -> None:
        super().__post_init__()
        if self.defeats is self:
            raise ValueError(f"{self.eid} cannot defeat itself")


@dataclass(frozen=True, eq=False, kw_only=True)
class Statement(Rule):
    """A provision whose finding never depends on the facts (Art. 20(1): unlimited duration).

    Its finding is built once and shared by every verdict.
    """

    @cached_property
    def fixed(self) -> Finding:
        return self.finding(Truth.HOLDS, self.paraphrase)
