"""Explanations on demand: a verdict read from the decisions of a history.

:mod:`treatyrules.engine` decides -- statuses, dates, outcomes, unknowns, the
readings consulted -- once, whatever the day of assessment. This module turns
those decisions into what a reader sees on one day: the conclusion, the reasons,
the deadlines. :func:`position` reads the decisions alone, without reasons.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import TYPE_CHECKING

from ._version import __version__
from .conclusion import conclude
from .core.verdict import Generator, Position, Status, Verdict, WithdrawalResult
from .engine import History, build_history
from .scenario import Scenario
from .states import state_name

if TYPE_CHECKING:
    from .treaty import Treaty

__all__ = ["GENERATOR", "decided", "evaluate", "explain", "position"]

GENERATOR = Generator(library=__version__, contract="1")
"""One shared record of what produced every verdict (immutable, so never copied)."""


def evaluate(
    treaty: Treaty, scenario: Scenario, as_of: date, interpretation: Mapping[str, object] | None
) -> Verdict:
    """The verdict on ``scenario`` under ``treaty`` read on ``as_of``."""
    return explain(build_history(treaty, scenario, treaty.resolve(interpretation)), as_of)


def explain(history: History, day: date) -> Verdict:
    """The position on ``day``, with the reasons."""
    ctx = history.ctx
    scenario = ctx.scenario
    treaty = history.treaty
    # What a day's readers consult (a deadline's point) belongs to this day's verdict only.
    readings = ctx.consultation.on_a_day()
    ep = history.episode_on(day)
    status = history.status_in(ep, day)
    case = history.withdrawal_on(day)
    findings = history.findings_until(day)
    if not findings:
        findings = (treaty.law.third_states.fixed,)
    if treaty.afterwards is not None:
        findings += treaty.afterwards(history, day, status)
    deadlines, missing = treaty.deadlines(history, day, readings) if treaty.deadlines else ((), ())
    name = state_name(scenario.state)
    return Verdict.trusted(
        treaty=scenario.treaty,
        state=scenario.state,
        name=name,
        as_of=day,
        status=status,
        possible_statuses=history.possible_statuses(day) if status == "indeterminate" else None,
        conclusion=conclude(history, day, status, ep, case, name, readings, deadlines),
        entry_into_force=None if ep is None else ep.eif,
        withdrawal=None if case is None else case.result_on(day),
        acts=history.acts,
        findings=findings,
        deadlines=deadlines,
        interpretations=readings.consulted,
        unknowns=(*ctx.unknowns, *missing) if missing else tuple(ctx.unknowns),
        note=scenario.note,
        generator=GENERATOR,
    )


def decided(history: History, day: date) -> tuple[Status, date | None, WithdrawalResult | None]:
    """The status, the entry into force and the deciding withdrawal on ``day``: the reads
    that :func:`position` and a records table's lines share (:func:`explain` reads the same)."""
    ep = history.episode_on(day)
    case = history.withdrawal_on(day)
    return (
        history.status_in(ep, day),
        None if ep is None else ep.eif,
        None if case is None else case.result_on(day),
    )


def position(history: History, day: date) -> Position:
    """The status and the dates on ``day``, decided, with no reasons built."""
    status, eif, withdrawal = decided(history, day)
    scenario = history.ctx.scenario
    return Position.trusted(
        treaty=scenario.treaty,
        state=scenario.state,
        as_of=day,
        status=status,
        possible_statuses=history.possible_statuses(day) if status == "indeterminate" else None,
        entry_into_force=eif,
        withdrawal=withdrawal,
        interpretations=dict(history.ctx.consultation.consulted),
    )
