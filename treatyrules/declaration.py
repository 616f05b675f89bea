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

from . import registry
from .clauses.consent import SuccessionRule
from .clauses.general_law import GeneralLaw
from .clauses.reservations import ContestedReservation
from .clauses.suspension import SuspensionRules
from .clauses.withdrawal import WithdrawalClause
from .clauses.words import Words
from .core.citation import cite, register_instrument
from .core.errors import RuleDefinitionError
from .core.interpretation import InterpretationPoint, get_point, register_point
from .core.rule import Rule
from .treaties._build import Deferral, Joining, Kept, Notice, build_consent, build_withdrawal
from .treaty import (
    ActJudge,
    ActVariations,
    Afterwards,
    Consent,
    DeadlineReader,
    EventHandler,
    Prerequisite,
    Treaty,
)

__all__ = ["Consent", "Deferral", "Joining", "Kept", "Notice", "Prerequisite", "declare"]


def _succession() -> SuccessionRule:
    from .treaties.succession import SUCCESSION  # the general law's default

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
    consent: Consent | Joining,
    withdrawal: WithdrawalClause | Notice,
    source: str = "",
    label: str | None = None,
    roman: bool = False,
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

    ``consent`` and ``withdrawal`` are either the built clause blocks (the
    Convention's articles, each in its own module) or their parameters
    (:class:`Joining`, :class:`Notice`), from which rules are built with
    paraphrases and the citation ``source``. ``rules`` are the treaty's own rules
    beyond its clause blocks (obligations, definitions, exceptions, reservations);
    ``points`` the interpretation points declared beside them. ``roman`` cites
    its articles in Roman numerals (NPT Art. X). Every point a rule consults must
    be known once the declaration is done, and every eid must be unique, or the
    declaration fails naming the rule.
    """
    label = label or id
    law = law or _general_law()
    if roman:
        register_instrument(id.lower(), label, roman_articles=True)
    if isinstance(consent, Joining):
        consent = build_consent(label, source, consent)
    if isinstance(withdrawal, Notice):
        withdrawal = build_withdrawal(label, source, words, withdrawal)
    for point in points:
        register_point(point)
    rules = tuple(rules)
    events = dict(events or {})
    for rule in rules:
        if isinstance(rule, ContestedReservation):  # a reservation rule handles its own events
            events.setdefault("reservation", rule.handle)
    treaty = Treaty(
        id=id,
        label=label,
        title=title,
        name=name,
        words=words,
        signature=consent.signature,
        ratification=consent.ratification,
        accession=consent.accession,
        succession=consent.succession or _succession(),
        general_eif=consent.general_eif,
        eif=consent.eif,
        eif_accession=consent.eif_accession,
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
        events=events,
        judge_act=judge_act,
        deadlines=deadlines,
        afterwards=afterwards,
        act_variations=act_variations,
        other_rules=rules,
        prerequisites=tuple(prerequisites),
        sources=tuple(sources) or ((source,) if source else ()),
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
    for needed in treaty.prerequisites:
        if needed.eid not in seen:
            raise RuleDefinitionError(
                f"{treaty.id}: the prerequisite {needed.instrument} cites {needed.eid!r},"
                " which is none of the treaty's rules"
            )
