"""Declaring a treaty: the one public way, used by the library's treaties and by users alike.

:func:`declare` takes a treaty's words, its clause blocks (built rule objects), the
hooks for what is particular to it (event kinds, acts, deadlines, what binds after
it ends), the interpretation points its rules consult, and the instruments a State
must already be party to. It checks the declaration, records it in the one
registry (:mod:`treatyrules.registry`), and returns the :class:`~treatyrules.treaty.Treaty`.
From then on scenarios may name the treaty, ``evaluate`` applies its rules,
``treatyrules rules`` lists them and the published schema lists its id.

>>> from treatyrules.treaties import get
>>> get("APMBC").rule("art_20__para_3__sent_2").title
'No effect before the end of an armed conflict'
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from . import registry
from .clauses.consent import AccessionRule, ConsentBySignatory, SignaturePeriod, SuccessionRule
from .clauses.entry_into_force import EntryIntoForceForState, GeneralEntryIntoForce
from .clauses.general_law import GeneralLaw
from .clauses.suspension import SuspensionRules
from .clauses.withdrawal import WithdrawalClause
from .clauses.words import Words
from .core.citation import cite
from .core.errors import RuleDefinitionError
from .core.interpretation import InterpretationPoint, get_point, register_point
from .core.rule import Rule
from .treaty import (
    ActJudge,
    ActVariations,
    Afterwards,
    DeadlineReader,
    EventHandler,
    Prerequisite,
    Treaty,
)

__all__ = ["Consent", "Prerequisite", "declare"]


@dataclass(frozen=True, kw_only=True)
class Consent:
    """How a State becomes bound: signature, consent, succession and entry into force."""

    signature: SignaturePeriod | None
    ratification: ConsentBySignatory
    accession: AccessionRule
    general_eif: GeneralEntryIntoForce
    eif: EntryIntoForceForState
    succession: SuccessionRule = field(default_factory=lambda: _succession())


def _succession() -> SuccessionRule:
    from .treaties.succession import SUCCESSION  # the general law's default, read once

    return SUCCESSION


def _general_law() -> GeneralLaw:
    from .treaties.vclt import GENERAL_LAW

    return GENERAL_LAW


def declare(
    *,
    id: str,  # noqa: A002 - the registry's name for it
    title: str,
    name: str,
    words: Words,
    consent: Consent,
    withdrawal: WithdrawalClause,
    label: str | None = None,
    law: GeneralLaw | None = None,
    suspension_precedent: str = "",
    events: Mapping[str, EventHandler] | None = None,
    judge_act: ActJudge | None = None,
    deadlines: DeadlineReader | None = None,
    afterwards: Afterwards | None = None,
    act_variations: ActVariations | None = None,
    rules: Iterable[Rule] = (),
    points: Iterable[InterpretationPoint] = (),
    prerequisites: Iterable[Prerequisite] = (),
    sources: Iterable[str] = (),
) -> Treaty:
    """Declare a treaty, register it, and return it.

    ``rules`` are the treaty's own rules beyond its clause blocks (its obligations,
    definitions, exceptions); ``points`` the interpretation points declared beside
    them. Every point a rule consults must be known once the declaration is done,
    and every eid must be unique, or the declaration fails naming the rule.
    """
    label = label or id
    law = law or _general_law()
    for point in points:
        register_point(point)
    treaty = Treaty(
        id=id,
        label=label,
        title=title,
        name=name,
        words=words,
        signature=consent.signature,
        ratification=consent.ratification,
        accession=consent.accession,
        succession=consent.succession,
        general_eif=consent.general_eif,
        eif=consent.eif,
        withdrawal=withdrawal,
        law=law,
        suspension=SuspensionRules(
            heading=law.suspension,
            by_treaty=law.suspension_by_treaty,
            change=law.change_of_circumstances,
            procedure=law.objection,
            not_withdrawal=withdrawal.heading,
            conflict_clause=None
            if withdrawal.deferral is None
            else cite(withdrawal.deferral.treaty, withdrawal.deferral.eid),
            precedent=suspension_precedent,
        ),
        events=dict(events or {}),
        judge_act=judge_act,
        deadlines=deadlines,
        afterwards=afterwards,
        act_variations=act_variations,
        other_rules=tuple(rules),
        prerequisites=tuple(prerequisites),
        sources=tuple(sources),
    )
    _check(treaty)
    registry.add(treaty)
    return treaty


def _check(treaty: Treaty) -> None:
    """Refuse a declaration a verdict could not explain: shared eids, unknown points."""
    seen: dict[str, Rule] = {}
    for rule in treaty.rules:
        if rule.treaty != treaty.label:
            continue  # the general law's rules (VCLT) have their own instrument's eids
        if rule.eid in seen:
            raise RuleDefinitionError(
                f"{treaty.id}: eid {rule.eid!r} is used by two rules"
                f" ({seen[rule.eid].title!r} and {rule.title!r})"
            )
        seen[rule.eid] = rule
    for key in treaty.points:
        get_point(key)  # raises, naming the key, if no such point is declared
