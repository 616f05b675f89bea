"""Each value a treaty declares is tested: changed, it changes some verdict.

A mutation tool mutates function bodies; a treaty's law is mostly in its declarations
-- the notice period, its recipients, the day the armed-conflict exception is tested,
the entry-into-force formula, the signature period. This harness perturbs each such
value of each treaty the library ships, one at a time (a number by one, a date by a
day, a flag flipped, a closed choice changed, a recipient or an awaited fact dropped,
an optional clause removed), and asserts that at least one scenario of a battery
built for that treaty gets another verdict: another decision (status, entry into
force, the withdrawal's outcome and dates), or another finding or unknown behind it.
A value no scenario notices is a value no test checks.

The battery is deterministic: deposits around the treaty's own dates (its signature
period, its entry into force) and at month ends, withdrawals with every recipient
missing in turn, with and without reasons, and armed conflicts engaged at the
notification or at the expiry, of each kind, with the markers some exceptions await.
"""

from __future__ import annotations

import dataclasses
import typing
from collections.abc import Iterator
from datetime import date, timedelta
from functools import cache
from typing import Any, Literal, get_args, get_origin

import pytest

from treatyrules import registry
from treatyrules.clauses.entry_into_force import Formula
from treatyrules.core.rule import Rule
from treatyrules.engine import build_history
from treatyrules.scenario import Scenario
from treatyrules.treaty import Treaty
from treatyrules.verdicts import explain

STATE = "XAA"
# Prose, identifiers and wiring: not law a scenario could notice.
NOT_VALUES = {
    "eid", "title", "paraphrase", "source", "consults", "treaty", "words", "ends_words",
    "engaged_words", "bound_by", "defeats", "citation", "heading", "text", "name", "label",
}  # fmt: skip
BLOCKS = ("signature", "ratification", "accession", "general_eif", "eif", "eif_accession")
CLAUSE = ("right", "notice", "period", "reasons", "deferral", "revocation")


def _hints(cls: type) -> dict[str, Any]:
    try:
        return typing.get_type_hints(cls)
    except Exception:  # a forward reference that does not resolve here: no Literal known
        return {}


def _literal_options(hint: Any) -> tuple[str, ...]:
    if get_origin(hint) is Literal:
        return tuple(a for a in get_args(hint) if isinstance(a, str))
    return tuple(o for a in get_args(hint) for o in _literal_options(a))


def perturbed(value: Any, hint: Any) -> Iterator[tuple[str, Any]]:
    """Each single change of one declared value, described."""
    if isinstance(value, bool):
        yield f"{not value}", not value
    elif isinstance(value, int):
        for delta in (1, -1):
            if value + delta >= 0 and value != 0:
                yield f"{value + delta}", value + delta
    elif isinstance(value, date):
        for delta in (1, -1):
            yield f"{value + timedelta(days=delta)}", value + timedelta(days=delta)
    elif isinstance(value, str):
        for option in _literal_options(hint):
            if option != value:
                yield repr(option), option
    elif isinstance(value, tuple) and value:
        for i, item in enumerate(value):
            yield f"without {item!r}", (*value[:i], *value[i + 1 :])
    elif isinstance(value, Formula) and dataclasses.is_dataclass(value):
        for f in dataclasses.fields(value):
            for words, new in perturbed(getattr(value, f.name), None):
                yield (
                    f"{type(value).__name__}.{f.name} = {words}",
                    dataclasses.replace(value, **{f.name: new}),
                )


def mutants(treaty: Treaty) -> Iterator[tuple[str, Treaty]]:
    """The treaty with one declared value changed, for each value, described."""
    blocks = [(name, getattr(treaty, name)) for name in BLOCKS]
    blocks += [(f"withdrawal.{name}", getattr(treaty.withdrawal, name)) for name in CLAUSE]
    seen: set[int] = set()
    for where, block in blocks:
        if block is None or id(block) in seen:
            continue
        seen.add(id(block))
        hints = _hints(type(block))
        for f in dataclasses.fields(block):
            if f.name in NOT_VALUES or not f.init:
                continue
            value = getattr(block, f.name)
            if isinstance(value, Rule) and f.name.startswith("immediate"):
                yield f"{where}.{f.name} removed", _swap(treaty, block, f.name, None)
                continue
            for words, new in perturbed(value, hints.get(f.name)):
                try:
                    yield f"{where}.{f.name} = {words}", _swap(treaty, block, f.name, new)
                except (ValueError, TypeError):
                    continue  # the declaration's own checks refuse it: noticed already
        if where in ("withdrawal.reasons", "withdrawal.deferral"):
            clause = dataclasses.replace(treaty.withdrawal, **{where.split(".")[1]: None})
            yield f"{where} removed", dataclasses.replace(treaty, withdrawal=clause)


def _swap(treaty: Treaty, block: Any, field: str, value: Any) -> Treaty:
    """``treaty`` with ``block.field = value``, every reference to ``block`` replaced."""
    new = dataclasses.replace(block, **{field: value})
    clause = treaty.withdrawal
    changes = {f.name: new for f in dataclasses.fields(clause) if getattr(clause, f.name) is block}
    top: dict[str, Any] = {n: new for n in BLOCKS if getattr(treaty, n) is block}
    if changes:
        top["withdrawal"] = dataclasses.replace(clause, **changes)
    for name in ("eif", "eif_accession"):
        per_state = getattr(treaty, name)
        if per_state is not None and per_state.general is block:
            top[name] = dataclasses.replace(per_state, general=new)
    return dataclasses.replace(treaty, **top)


# -- the battery --------------------------------------------------------------------------


def _days(treaty: Treaty) -> list[date]:
    """Deposit days that sit on the treaty's own dates and at month ends."""
    found = [date(2001, 8, 31), date(2003, 1, 31), date(2004, 2, 29), date(2010, 3, 15)]
    general = treaty.general_eif
    for day in (general.in_force, general.last_counted):
        if day is not None:
            found += [day - timedelta(days=1), day, day + timedelta(days=1)]
    if treaty.signature is not None:
        found += [treaty.signature.opens, treaty.signature.opens - timedelta(days=1)]
        if treaty.signature.closes_before is not None:
            closes = treaty.signature.closes_before
            found += [closes - timedelta(days=1), closes]
    return sorted(set(found))


def _conflicts(start: date, expiry: date) -> list[list[dict[str, Any]]]:
    def war(kind: str, begins: date, ends: date | None, **more: Any) -> dict[str, Any]:
        return {
            "name": f"a {kind} conflict",
            "parties": [STATE, "XZZ"],
            "kind": kind,
            "start": begins.isoformat(),
            "end": None if ends is None else ends.isoformat(),
            **more,
        }

    later = expiry + timedelta(days=400)
    markers = {
        "peace_settlement": (later + timedelta(days=30)).isoformat(),
        "release_and_repatriation_completed": (later + timedelta(days=60)).isoformat(),
        "re_establishment_completed": (later + timedelta(days=90)).isoformat(),
        "un_functions_terminated": (later + timedelta(days=120)).isoformat(),
        "cessation_of_hostilities": (later - timedelta(days=30)).isoformat(),
        "general_close_of_military_operations": (later - timedelta(days=20)).isoformat(),
    }
    return [
        [],
        *(
            [war(kind, start - timedelta(days=10), later, **markers)]
            for kind in ("international", "non_international", "occupation")
        ),
        [war("international", start - timedelta(days=10), start + timedelta(days=5))],
        [war("international", expiry - timedelta(days=1), later)],
        [war("international", expiry - timedelta(days=1), None)],
        [war("international", expiry, later)],
        [war("international", start - timedelta(days=10), later, engaged_until=expiry.isoformat())],
        [{**war("international", expiry - timedelta(days=5), later), "parties": ["XZY", "XZZ"]}],
    ]


@cache
def battery(treaty_id: str) -> tuple[Scenario, ...]:
    treaty = registry.get(treaty_id)
    period = treaty.withdrawal.period
    recipients = list(treaty.withdrawal.notice.recipients)
    found: list[dict[str, Any]] = []
    at_war_ratifying: list[dict[str, Any]] = []
    for deposit in _days(treaty):
        signature = treaty.signature
        joined: list[list[dict[str, Any]]] = [[{"kind": "accession", "date": deposit.isoformat()}]]
        if signature is not None and signature.opens <= deposit:
            signed = {"kind": "signature", "date": signature.opens.isoformat()}
            joined.append([signed, {"kind": "ratification", "date": deposit.isoformat()}])
        if signature is not None:  # a signature alone: signatory, or refused outside the period
            joined.append([{"kind": "signature", "date": deposit.isoformat()}])
            if signature.opens <= deposit:  # a signatory that accedes
                signed = {"kind": "signature", "date": signature.opens.isoformat()}
                joined.append([signed, {"kind": "accession", "date": deposit.isoformat()}])
        at_war = {
            "name": "a war at the deposit",
            "parties": [STATE, "XZZ"],
            "kind": "international",
            "start": (deposit - timedelta(days=30)).isoformat(),
        }
        found.append({"events": joined[0], "conflicts": [at_war], "as_of": "2100-01-01"})
        if len(joined) > 1:  # a ratification by a Party to a conflict (added last: see below)
            at_war_ratifying.append(
                {"events": joined[1], "conflicts": [at_war], "as_of": "2100-01-01"}
            )
        if signature is None:  # a signature the treaty declares no period for, then accession
            signed = {"kind": "signature", "date": (deposit - timedelta(days=90)).isoformat()}
            joined.append([signed, {"kind": "accession", "date": deposit.isoformat()}])
        for events in joined:
            found.append({"events": events, "as_of": "2100-01-01"})
            found.append({"events": events, "as_of": (deposit + timedelta(days=200)).isoformat()})
    receipts = [date(2025, 8, 31), date(2025, 1, 31), date(2026, 3, 15)]
    if period.earliest_notice is not None:  # the first day notice may be given, and the day before
        receipts += [period.earliest_notice, period.earliest_notice - timedelta(days=1)]
    for received in receipts:
        joined_on = min(date(2001, 8, 31), received - timedelta(days=400))
        base = [{"kind": "accession", "date": joined_on.isoformat()}]
        months = period.months or 0
        expiry = received + timedelta(days=period.days or 31 * months)
        notices = [None, recipients, *([r for r in recipients if r != x] for x in recipients)]
        for notified in notices:
            for reasons in (None, True, False):
                withdrawal = {
                    "kind": "withdrawal",
                    "date": received.isoformat(),
                    "notified": notified,
                    "reasons_given": reasons,
                }
                for as_of in ("2100-01-01", (expiry - timedelta(days=3)).isoformat()):
                    found.append({"events": [*base, withdrawal], "as_of": as_of})
        withdrawal = {"kind": "withdrawal", "date": received.isoformat(), "notified": recipients}
        withdrawal["reasons_given"] = True
        for wars in _conflicts(received, expiry):
            for as_of in ("2100-01-01", (expiry + timedelta(days=10)).isoformat()):
                found.append({"events": [*base, withdrawal], "conflicts": wars, "as_of": as_of})
        awaited = treaty.withdrawal.deferral.also_awaits if treaty.withdrawal.deferral else ()
        for protocol in {p for a in awaited for p in a.only_for or ()}:
            denounced = {**withdrawal, "protocol": protocol}
            for wars in _conflicts(received, expiry)[1:4]:
                found.append(
                    {"events": [*base, denounced], "conflicts": wars, "as_of": "2100-01-01"}
                )
        later = {**withdrawal, "takes_effect_on": (expiry + timedelta(days=100)).isoformat()}
        found.append({"events": [*base, later], "as_of": "2100-01-01"})
        revoked = [*base, withdrawal, {"kind": "revocation", "date": received.isoformat()}]
        found.append({"events": revoked, "as_of": "2100-01-01"})
    # Appended after the rest, so that the recorded corpus built from this battery keeps its
    # earlier situations under their names (tests/test_verdicts_recorded.py).
    found += at_war_ratifying
    required = [p.instrument for p in treaty.prerequisites]
    if required:  # the same again, by a State party to the instruments the treaty requires
        found += [{**doc, "also_party_to": required} for doc in found]
    scenarios = []
    for doc in found:
        try:
            scenarios.append(Scenario.model_validate({"treaty": treaty_id, "state": STATE, **doc}))
        except ValueError:
            continue  # a combination the contract refuses (e.g. before 1800)
    return tuple(scenarios)


def decisions(treaty: Treaty, scenario: Scenario) -> str:
    """The verdict as JSON: its decisions (status, entry into force, the withdrawal's
    outcome and dates) and the findings and unknowns that give them."""
    try:
        history = build_history(treaty, scenario, treaty.resolve(None))
        assert scenario.as_of is not None
        return explain(history, scenario.as_of).model_dump_json()
    except Exception as exc:  # a perturbed treaty may refuse a scenario: that is noticed too
        return f"{type(exc).__name__}"


@cache
def baseline(treaty_id: str) -> tuple[str, ...]:
    """The verdicts of the battery under the treaty as declared."""
    treaty = registry.get(treaty_id)
    return tuple(decisions(treaty, s) for s in battery(treaty_id))


def noticed(treaty_id: str, changed: Treaty) -> bool:
    """Whether some scenario of the battery gets another verdict under ``changed``."""
    pairs = zip(battery(treaty_id), baseline(treaty_id), strict=True)
    return any(decisions(changed, s) != before for s, before in pairs)


def equivalent(treaty: Treaty, change: str) -> str | None:
    """Why a change cannot alter any verdict, where it cannot: the value it changes is read
    only under a switch that is off, or by rules that never apply to the treaty."""
    if treaty.general_eif.in_force is None and not change.startswith(("signature", "accession")):
        return "the treaty is not in force: no State is bound by it, or can withdraw from it"
    if change.startswith("accession.signatories_may") and (
        treaty.accession.after_entry_into_force and treaty.accession.in_force is None
    ):
        return "accession opens only once the treaty is in force, and it is not"
    if change.startswith("accession.in_force") and not treaty.accession.after_entry_into_force:
        return "accession is open before entry into force too: the day it opened is not read"
    if change.startswith("signature.closes_with_entry_into_force") and (
        treaty.signature is None or treaty.signature.closes_before is None
    ):
        return "signature never closes: how it closes is not read"
    period = treaty.withdrawal.period
    # (Under a treaty with an armed-conflict exception a changed period rule is noticed anyway:
    # the exception still names the rule as declared, which the changed one no longer is.)
    if (
        ".in_months = " in change
        and (period.days or period.months % 12)
        and treaty.withdrawal.deferral is None
    ):
        return "the period is not whole years: it is said in months (or days) either way"
    if change.startswith(("general_eif.last_counted", "general_eif.threshold")) and (
        treaty.general_eif.later_states_from == "entry_into_force"
    ):
        return (
            "deposits before entry into force all count from it: the threshold instrument"
            " and the number needed are not read"
        )
    return None


LIBRARY = list(registry.CATALOGUE)
ALL = [(t, words) for t in LIBRARY for words, _ in mutants(registry.get(t))]
MUTANTS = [(t, w) for t, w in ALL if equivalent(registry.get(t), w) is None]
EQUIVALENT = [(t, w) for t, w in ALL if equivalent(registry.get(t), w) is not None]


@pytest.mark.parametrize(("treaty_id", "change"), MUTANTS, ids=[f"{t}: {w}" for t, w in MUTANTS])
def test_a_changed_declaration_changes_some_verdict(treaty_id, change):
    changed = dict(mutants(registry.get(treaty_id)))[change]
    assert noticed(treaty_id, changed), f"no scenario notices {treaty_id} {change}"


@pytest.mark.parametrize(
    ("treaty_id", "change"), EQUIVALENT, ids=[f"{t}: {w}" for t, w in EQUIVALENT]
)
def test_a_change_listed_as_equivalent_changes_no_verdict(treaty_id, change):
    # The list of equivalent changes is a claim: it stays true, or the change is tested.
    changed = dict(mutants(registry.get(treaty_id)))[change]
    assert not noticed(treaty_id, changed)


def test_every_treaty_has_declared_values_to_perturb():
    # The parametrised test could pass vacuously with no mutant at all.
    per_treaty = {t: sum(1 for x, _ in MUTANTS if x == t) for t in LIBRARY}
    assert all(n >= 3 for n in per_treaty.values()), per_treaty
