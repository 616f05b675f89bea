"""A treaty, declared: its words, its rules, the clause blocks they instantiate, and
the interpretation points they consult.

A :class:`Treaty` is data: the evaluator (:mod:`treatyrules.engine`) reads it, and
nothing here evaluates anything, so the layers stay one-way.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from types import MappingProxyType
from typing import Any

from .clauses.consent import AccessionRule, ConsentBySignatory, SignaturePeriod, SuccessionRule
from .clauses.entry_into_force import EntryIntoForceForState, GeneralEntryIntoForce
from .clauses.general_law import GeneralLaw
from .clauses.suspension import SuspensionRules
from .clauses.withdrawal import WithdrawalClause
from .clauses.words import Words
from .core.interpretation import Consultation, Option, resolve
from .core.rule import ExceptionRule, Rule
from .core.truth import Truth
from .core.verdict import ActResult, DeadlineResult, Finding, Status, Unknown

__all__ = ["Consent", "Prerequisite", "Treaty"]

# Each hook takes the engine's History first. It is typed Any here so that the
# declaration does not depend on the evaluator that reads it (layers stay one-way).
EventHandler = Callable[[Any, int, Any], None]
ActJudge = Callable[[Any, int, Any], ActResult]
DeadlineReader = Callable[
    [Any, date, Consultation], tuple[tuple[DeadlineResult, ...], tuple[Unknown, ...]]
]
"""The deadlines read on a day; points it reads go to that day's consultation only."""
Afterwards = Callable[[Any, date, Status], tuple[Finding, ...]]
ActVariations = Callable[[Mapping[str, Any]], Iterator[tuple[str, dict[str, Any]]]]
"""The single changes of one act (as JSON) worth trying in a what-if, each described."""


@dataclass(frozen=True, kw_only=True)
class Consent:
    """How a State becomes bound: signature, consent, succession and entry into force."""

    signature: SignaturePeriod | None
    ratification: ConsentBySignatory
    accession: AccessionRule
    general_eif: GeneralEntryIntoForce
    eif: EntryIntoForceForState
    succession: SuccessionRule | None = None
    eif_accession: EntryIntoForceForState | None = None
    """Where the treaty has its own article on when an accession takes effect (GC III Art. 140)."""
    """None: the general law's rule on succession (declare supplies it)."""


@dataclass(frozen=True, kw_only=True)
class Prerequisite:
    """Another instrument a State must be party to before it may join this one.

    The scenario's ``also_party_to`` says which instruments bind the State; one not
    named there is not known to bind it, so the consent is then in doubt, not void.
    """

    instrument: str
    """The id the scenario's ``also_party_to`` uses for it ("ICCPR")."""
    name: str
    """How a sentence names it ("the International Covenant on Civil and Political Rights")."""
    eid: str
    """The treaty's rule that requires it (its accession or ratification article)."""


@dataclass(frozen=True, eq=False, kw_only=True)
class Treaty:
    """Everything the engine needs to know about one treaty."""

    id: str
    """The registry id (APMBC)."""
    label: str
    """How citations name it ("APMBC Art. 20(3)")."""
    title: str
    """The full title."""
    name: str
    """The name used in sentences ("Anti-Personnel Mine Ban Convention")."""
    words: Words
    """How the treaty names leaving it, its instrument, its parties and its recipients."""
    signature: SignaturePeriod | None
    ratification: ConsentBySignatory
    accession: AccessionRule
    succession: SuccessionRule
    general_eif: GeneralEntryIntoForce
    eif: EntryIntoForceForState
    withdrawal: WithdrawalClause
    suspension: SuspensionRules
    law: GeneralLaw
    """The general law of treaties its clauses apply (the VCLT's rules, by role)."""
    events: Mapping[str, EventHandler] = field(default_factory=dict)
    """Handlers of the event kinds particular to this treaty (reservations, reports, ...)."""
    judge_act: ActJudge | None = None
    """Judges one act against the treaty's obligations, on the date it was performed."""
    deadlines: DeadlineReader | None = None
    """The treaty's deadlines for the State, read on a day, with the facts they miss."""
    afterwards: Afterwards | None = None
    """Findings that depend on the day's status (e.g. the law that still binds a withdrawn State)."""
    eif_accession: EntryIntoForceForState | None = None
    """The article on when an accession takes effect, where it is not ``eif``'s (GC III
    Art. 140); None: ``eif`` serves accessions too."""
    act_variations: ActVariations | None = None
    """What-if: the changes of an act's facts that may change how the treaty judges it."""
    other_rules: tuple[Rule, ...] = ()
    prerequisites: tuple[Prerequisite, ...] = ()
    """Instruments a State must be party to before it may consent to this one."""
    sources: tuple[str, ...] = ()
    _defaults: dict[str, Option] = field(default_factory=dict, repr=False)

    @cached_property
    def points(self) -> tuple[str, ...]:
        """The interpretation points the treaty's rules may consult, in the order they appear."""
        found: list[str] = []
        for rule in self.rules:
            found += [k for k in rule.consults if k not in found]
        return tuple(found)

    @cached_property
    def readers(self) -> Mapping[str, frozenset[str]]:
        """The eids of the rules that may read each interpretation point (a verdict that rests
        on a point asks for them: gathered once per treaty, not at every verdict)."""
        found: dict[str, set[str]] = {}
        for rule in self.rules:
            for key in rule.consults:
                found.setdefault(key, set()).add(rule.eid)
        return MappingProxyType({key: frozenset(eids) for key, eids in found.items()})

    @cached_property
    def rules(self) -> tuple[Rule, ...]:
        """Every rule the treaty uses, in article order, each once."""
        found: list[Rule] = []
        candidates = (
            self.signature,
            self.ratification,
            self.accession,
            self.succession,
            self.general_eif,
            self.eif,
            self.eif_accession,
            self.eif.immediate_in_conflict,
            *self.withdrawal.rules(),
            *self.other_rules,
            *self.suspension.rules(),
            *self.law.rules(),
        )
        for rule in candidates:
            if rule is not None and rule not in found:
                found.append(rule)
        return tuple(found)

    def exceptions_to(self, rule: Rule) -> tuple[ExceptionRule, ...]:
        """The treaty's exception rules that, when they hold, defeat ``rule``."""
        return tuple(r for r in self.rules if isinstance(r, ExceptionRule) and r.defeats is rule)

    @cached_property
    def exception_roots(self) -> tuple[Rule, ...]:
        """The rules that have exceptions and are not themselves exceptions: the roots of
        the treaty's tree of exceptions (walk it with :meth:`exceptions_to`)."""
        return tuple(
            r for r in self.rules if not isinstance(r, ExceptionRule) and self.exceptions_to(r)
        )

    def rule(self, eid: str) -> Rule:
        """The rule with ``eid`` (a KeyError names the known eids if there is none)."""
        for r in self.rules:
            if r.eid == eid:
                return r
        raise KeyError(f"{self.id} has no rule {eid!r}")

    def resolve(self, interpretation: Mapping[str, object] | None) -> dict[str, Option]:
        """The options to apply: the defaults, overridden by valid choices."""
        if interpretation is None or interpretation == {}:  # a [] is refused, not read as none
            if not self._defaults:
                self._defaults.update(resolve(self.points, None, treaty=self.id))
            return self._defaults
        return resolve(self.points, interpretation, treaty=self.id)

    def duplicate_consent(self, kind: str, day: date, first: date) -> Finding:
        """A second instrument of consent while the first still binds the State."""
        return self.eif.finding(
            Truth.NOT_APPLICABLE,
            f"The instrument of {kind} deposited on {day} changes nothing: the State is already"
            f" bound by its instrument deposited on {first}.",
            severity="warning",
        )
