"""Sensitivity analysis: which contested readings change the answer, and the answer under each.

The scenario is evaluated under every combination of the options of the points its
rules consulted -- and only those, so the cost stays small when most points are
irrelevant. A point is *decisive* when changing it alone changes the status, a
date, an act's outcome or a deadline's outcome. A scenario where nothing is
contested reports no decisive point.

>>> from treatyrules import sensitivity
>>> report = sensitivity({"treaty": "APMBC", "state": "XXA", "as_of": "2026-03-15",
...     "events": [{"kind": "accession", "date": "2010-03-15"},
...                {"kind": "withdrawal", "date": "2025-08-31", "reasons_given": True,
...                 "notified": ["depositary", "states_parties", "security_council"]}]})
>>> report.decisive  # the day of expiry, and whether the report covering 2025 is still owed
('final_report', 'month_end')
>>> sorted({str(o.withdrawal.effective_date) for o in report.outcomes})
['2026-02-28', '2026-03-01']
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from itertools import product
from typing import Any

from pydantic import Field

from . import treaties, verdicts
from .api import _day, to_scenario
from .core.errors import InputError
from .core.interpretation import Option, get_point
from .core.model import Frozen
from .core.truth import Truth
from .core.verdict import DeadlineOutcome, Status, Verdict, WithdrawalResult
from .engine import History, build_history
from .limits import MAX_COMBINATIONS, MAX_SENSITIVITY_WORK, excerpt
from .readings import bound, rests_on
from .scenario import Scenario

__all__ = ["ActOutcome", "DeadlineOutcomeRow", "Outcome", "Sensitivity", "sensitivity"]


class ActOutcome(Frozen):
    index: int
    outcome: str
    rule: str


class DeadlineOutcomeRow(Frozen):
    rule: str
    title: str
    due: date | None
    outcome: DeadlineOutcome


class Outcome(Frozen):
    """The verdict's decisive parts under one combination of readings."""

    interpretations: dict[str, Option]
    status: Status
    possible_statuses: tuple[Status, ...] | None = None
    entry_into_force: date | None = None
    withdrawal: WithdrawalResult | None
    acts: tuple[ActOutcome, ...] = ()
    deadlines: tuple[DeadlineOutcomeRow, ...] = ()
    bound: bool | None = Field(
        default=None,
        description=(
            "Whether the State is bound by the treaty's obligations on the day (a claimed"
            " suspension may release a party); null when that turns on a fact not given."
        ),
    )

    def signature(self) -> tuple[Any, ...]:
        w = self.withdrawal
        return (
            self.status,
            self.bound,
            self.possible_statuses,
            self.entry_into_force,
            None if w is None else (w.received, w.notice_expires, w.outcome, w.effective_date),
            tuple((a.index, a.outcome) for a in self.acts),
            tuple((d.rule, d.title, d.due, d.outcome) for d in self.deadlines),
        )


class Sensitivity(Frozen):
    """Which interpretation points decide the outcome, and the outcome under each combination."""

    treaty: str
    state: str
    as_of: date
    consulted: tuple[str, ...] = Field(description="The points the rules read, in any combination.")
    decisive: tuple[str, ...] = Field(description="The points whose choice changes the outcome.")
    outcomes: tuple[Outcome, ...]
    evaluated: int = Field(
        default=0,
        description="How many evaluations it took: one per distinct set of readings consulted"
        " (an added field).",
    )
    hinges_on: dict[str, tuple[str, ...]] = Field(
        default_factory=dict,
        description="For a decisive point that matters only because the scenario leaves facts"
        " unknown (an instrument's recipients or reasons not given, not a defect on record):"
        " those facts. The other readings then say what follows if the facts turn out against"
        " the instrument (an added field).",
    )


def _outcome(v: Verdict, choices: Mapping[str, Option], is_bound: Truth) -> Outcome:
    return Outcome.trusted(
        interpretations=dict(choices),
        status=v.status,
        possible_statuses=v.possible_statuses,
        entry_into_force=v.entry_into_force,
        withdrawal=v.withdrawal,
        acts=tuple(
            ActOutcome.trusted(index=a.index, outcome=a.outcome, rule=a.rule) for a in v.acts
        ),
        deadlines=tuple(
            DeadlineOutcomeRow.trusted(rule=d.rule, title=d.title, due=d.due, outcome=d.outcome)
            for d in v.deadlines
        ),
        # In declaration order, as the JSON lists them (a trusted model keeps the order given).
        bound=None if is_bound is Truth.UNKNOWN else is_bound is Truth.HOLDS,
    )


def _options(key: str, scenario: Scenario) -> list[Option]:
    """The options worth trying for ``key``; a threshold is tried just below each quantity."""
    point = get_point(key)
    options: list[Option] = list(point.options)
    if point.number is not None:
        quantities = sorted({a.quantity for a in scenario.acts if a.quantity is not None})
        numbers: list[Option] = [max(q - 1, 0) for q in quantities] or [0]
        options += [n for n in numbers if n not in options]
    return options


def sensitivity(
    scenario: Scenario | Mapping[str, Any],
    *,
    as_of: date | str | None = None,
    max_combinations: int = MAX_COMBINATIONS,
) -> Sensitivity:
    """Evaluate ``scenario`` under every combination of the readings its rules consult."""
    s = to_scenario(scenario)
    if (
        not isinstance(max_combinations, int)
        or isinstance(max_combinations, bool)
        or not 1 <= max_combinations <= MAX_COMBINATIONS
    ):
        raise InputError(
            "max_combinations",
            f"expected a whole number from 1 to {MAX_COMBINATIONS}, got {excerpt(max_combinations)}",
        )
    treaty = treaties.get(s.treaty)
    day = _day(as_of, s)
    # Each evaluation, by the readings it consulted (point -> option). The rules read nothing
    # else of the choices, so a combination that agrees with an earlier evaluation on every
    # reading that one consulted has the same verdict: each distinct set of consulted
    # readings is evaluated once, however many combinations of the other points share it.
    runs: list[tuple[dict[str, Option], tuple[Verdict, dict[str, Option], Truth]]] = []
    histories: list[History] = []  # the first is on the defaults

    def run(choices: dict[str, Option]) -> tuple[Verdict, dict[str, Option], Truth]:
        resolved = treaty.resolve(choices)
        for read, found in runs:
            if all(resolved[k] == v for k, v in read.items()):
                return found
        history = build_history(treaty, s, resolved)
        histories.append(history)
        verdict = verdicts.explain(history, day)
        found = (verdict, dict(verdict.interpretations), bound(history, day))
        runs.append((found[1], found))
        return found

    facts = 1 + len(s.events) + len(s.conflicts) + len(s.acts)
    consulted: list[str] = sorted(run({})[1])
    while True:
        grid = [_options(k, s) for k in consulted]
        total = 1
        for g in grid:
            total *= len(g)
        if total > max_combinations:
            raise InputError(
                "interpretation",
                f"{total} combinations of {', '.join(consulted)} exceed the limit of {max_combinations}",
            )
        if total * facts > MAX_SENSITIVITY_WORK:  # each combination evaluates every fact
            raise InputError(
                "interpretation",
                f"{total} combinations of {', '.join(consulted)}, each an evaluation of"
                f" {facts} facts, exceed the limit of {MAX_SENSITIVITY_WORK} facts evaluated",
            )
        seen = set(consulted)
        for values in product(*grid):
            _, read, _ = run(dict(zip(consulted, values, strict=True)))
            seen.update(read)
        if seen == set(consulted):
            break
        consulted = sorted(seen)  # a reading led the rules to consult another point

    outcomes: dict[tuple[Option, ...], Outcome] = {}
    for values in product(*(_options(k, s) for k in consulted)):
        choices = dict(zip(consulted, values, strict=True))
        verdict, _, is_bound = run(choices)
        outcomes[values] = _outcome(verdict, choices, is_bound)
    decisive = tuple(key for i, key in enumerate(consulted) if _changes(outcomes, i))
    # A decisive point may matter only because a fact is missing (the recipients of a notice
    # the records attest took effect): said, so that "decisive" is not read as a doubt on
    # record. The readings of the default answer name the facts each point declares.
    hinges = (
        {r.key: r.hinges_on for r in rests_on(histories[0], day) if r.hinges_on} if decisive else {}
    )
    return Sensitivity.trusted(
        treaty=s.treaty,
        state=s.state,
        as_of=day,
        consulted=tuple(consulted),
        decisive=decisive,
        outcomes=tuple(outcomes.values()),
        evaluated=len(runs),
        hinges_on={k: v for k, v in hinges.items() if k in decisive},
    )


def _changes(outcomes: Mapping[tuple[Option, ...], Outcome], i: int) -> bool:
    """Whether varying position ``i`` alone ever changes the outcome."""
    groups: dict[tuple[Option, ...], set[tuple[Any, ...]]] = {}
    for values, outcome in outcomes.items():
        rest = values[:i] + values[i + 1 :]
        groups.setdefault(rest, set()).add(outcome.signature())
    return any(len(signatures) > 1 for signatures in groups.values())
