"""The Python entry points: :func:`evaluate`, :func:`evaluate_many`, :func:`iter_evaluate` and
:func:`status`."""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from datetime import date
from typing import Any

from pydantic import ValidationError

from . import days, treaties
from . import verdicts as _verdicts
from .core.errors import InputError
from .core.interpretation import all_points, resolve
from .core.verdict import Position, Verdict
from .days import parse_date
from .engine import build_history
from .errors import input_error
from .scenario import Scenario

__all__ = [
    "check_interpretation",
    "evaluate",
    "evaluate_many",
    "iter_evaluate",
    "parse_date",
    "status",
    "to_scenario",
]


def to_scenario(scenario: Scenario | Mapping[str, Any]) -> Scenario:
    """Validate a dict in the Scenario JSON v1 shape (a Scenario passes through)."""
    if type(scenario) is Scenario:
        return scenario
    if type(scenario) is not dict and not isinstance(scenario, Scenario | Mapping):
        raise InputError("", f"expected a scenario object, got {type(scenario).__name__}")
    if isinstance(scenario, Scenario):
        return scenario
    try:
        return Scenario.model_validate(scenario)
    except ValidationError as exc:
        raise input_error(exc) from None


def _day(as_of: date | str | None, scenario: Scenario) -> date:
    # Precedence: the caller's date, then the scenario's, then today (UTC).
    if as_of is not None:
        return parse_date(as_of)
    if scenario.as_of is not None:
        return scenario.as_of
    return days.today()  # one clock: a test sets it in one place


def evaluate(
    scenario: Scenario | Mapping[str, Any],
    *,
    as_of: date | str | None = None,
    interpretation: Mapping[str, object] | None = None,
) -> Verdict:
    """The State's position under the treaty on ``as_of``, with the reasons.

    ``scenario`` is a :class:`Scenario` or a dict in the Scenario JSON v1 shape.
    ``as_of`` overrides the scenario's own date (default: today, UTC).
    ``interpretation`` chooses options for contested points (``{"month_end":
    "roll_forward"}``); every point consulted is listed in the verdict.

    >>> v = evaluate({"treaty": "APMBC", "state": "FIN",
    ...               "events": [{"kind": "accession", "date": "2012-01-09"},
    ...                          {"kind": "withdrawal", "date": "2025-07-10"}]},
    ...              as_of="2026-03-01")
    >>> v.status, v.withdrawal.effective_date
    ('withdrawn', datetime.date(2026, 1, 10))

    Invalid input raises :class:`~treatyrules.errors.InputError` naming the field.
    """
    return _verdict(scenario, as_of, interpretation)


def _verdict(
    scenario: Scenario | Mapping[str, Any],
    as_of: date | str | None,
    interpretation: Mapping[str, object] | None,
) -> Verdict:
    s = to_scenario(scenario)
    return _verdicts.evaluate(treaties.get(s.treaty), s, _day(as_of, s), interpretation)


def status(
    scenario: Scenario | Mapping[str, Any],
    *,
    as_of: date | str | None = None,
    interpretation: Mapping[str, object] | None = None,
) -> Position:
    """The State's status and dates on ``as_of``, decided without building reasons.

    The same decisions :func:`evaluate` explains: ``status``, ``entry_into_force``,
    ``withdrawal`` (with its outcome and dates) and the readings consulted are
    those of the full verdict. Use it where only the answer is wanted.

    >>> p = status({"treaty": "APMBC", "state": "FIN",
    ...             "events": [{"kind": "accession", "date": "2012-01-09"},
    ...                        {"kind": "withdrawal", "date": "2025-07-10"}]},
    ...            as_of="2025-12-01")
    >>> p.status, p.withdrawal.outcome, str(p.withdrawal.effective_date)
    ('withdrawal_pending', 'pending', '2026-01-10')
    """
    s = to_scenario(scenario)
    treaty = treaties.get(s.treaty)
    history = build_history(treaty, s, treaty.resolve(interpretation))
    return _verdicts.position(history, _day(as_of, s))


def evaluate_many(
    scenarios: Iterable[Scenario | Mapping[str, Any]],
    *,
    as_of: date | str | None = None,
    interpretation: Mapping[str, object] | None = None,
) -> list[Verdict]:
    """Evaluate many scenarios; a list of verdicts in the same order.

    A bad item raises :class:`~treatyrules.errors.InputError` whose path starts
    with its index (``[3].events[0].date``), and no verdict is returned:
    evaluation is pure, so nothing is left half-done. :func:`iter_evaluate`
    streams instead, and yields the error in the bad item's place.
    """
    day, readings = _batch(scenarios, as_of, interpretation)
    verdicts: list[Verdict] = []
    with _collector_paused():
        for index, item in enumerate(scenarios):
            try:
                verdicts.append(_verdict(item, day, readings))
            except InputError as exc:
                raise _at_index(exc, index) from None
    return verdicts


def iter_evaluate(
    scenarios: Iterable[Scenario | Mapping[str, Any]],
    *,
    as_of: date | str | None = None,
    interpretation: Mapping[str, object] | None = None,
) -> Iterator[Verdict | InputError]:
    """Evaluate scenarios as they come: for each item, in order, its verdict or its error.

    A bad item does not stop the stream: its :class:`~treatyrules.errors.InputError`
    is yielded (not raised) in its place, its path starting with the item's index.
    The items are read one at a time, so any iterable will do (a file read line by
    line, a generator without end) and memory stays constant. Bad arguments
    (``as_of``, ``interpretation``, ``scenarios`` not a collection) raise at the
    call, before any item is read.

    >>> finland = {"treaty": "APMBC", "state": "FIN",
    ...            "events": [{"kind": "accession", "date": "2012-01-09"},
    ...                       {"kind": "withdrawal", "date": "2025-07-10"}]}
    >>> bad = {**finland, "events": [{"kind": "accession", "date": "2012-02-30"}]}
    >>> for result in iter_evaluate([finland, bad, finland], as_of="2026-03-01"):
    ...     print(result.status if isinstance(result, Verdict) else result)
    withdrawn
    [1].events[0].date: expected a calendar date written YYYY-MM-DD, got '2012-02-30'
    withdrawn

    An interpretation point that an item's treaty does not use is that item's error
    (``[i].interpretation.KEY``): the same choices may suit the other items.
    """
    day, readings = _batch(scenarios, as_of, interpretation)
    return _stream(scenarios, day, readings)


def _stream(
    scenarios: Iterable[Scenario | Mapping[str, Any]],
    day: date | None,
    interpretation: Mapping[str, object] | None,
) -> Iterator[Verdict | InputError]:
    # The collector is left alone: between two items the caller's own code runs, and the
    # items are not kept here, so there is no growing batch for it to rescan.
    for index, item in enumerate(scenarios):
        try:
            yield _verdict(item, day, interpretation)
        except InputError as exc:
            yield _at_index(exc, index)


def _batch(
    scenarios: object, as_of: date | str | None, interpretation: Mapping[str, object] | None
) -> tuple[date | None, Mapping[str, object] | None]:
    """A batch's checked date and readings; an InputError if an argument is wrong."""
    day = None if as_of is None else parse_date(as_of)
    if isinstance(scenarios, str | bytes | Mapping | Scenario) or not isinstance(
        scenarios, Iterable
    ):  # one scenario, or no collection at all: not a batch to iterate
        raise InputError("", f"expected a list of scenarios, got {type(scenarios).__name__}")
    return day, check_interpretation(interpretation)


def check_interpretation(
    interpretation: Mapping[str, object] | None,
) -> Mapping[str, object] | None:
    """``interpretation`` checked against every interpretation point, as a dict of its own.

    An unknown point, or an option no point by that name offers, raises
    :class:`~treatyrules.errors.InterpretationError` once, rather than for every
    scenario of a batch; whether a scenario's treaty uses the point is checked with
    the scenario. The copy keeps a batch's readings fixed while it streams.

    >>> check_interpretation({"month_end": "roll_forward"})
    {'month_end': 'roll_forward'}
    >>> check_interpretation({"month_end": "sometimes"})
    Traceback (most recent call last):
    ...
    treatyrules.core.errors.InterpretationError: interpretation.month_end: ...
    """
    if interpretation is None or interpretation == {}:
        return interpretation
    treaties.all()  # each treaty declares its points beside its rules
    resolve([p.key for p in all_points()], interpretation)
    return dict(interpretation)


def _at_index(exc: InputError, index: int) -> InputError:
    """``exc`` with each path prefixed by the item's index, and of the same class (an
    InterpretationError stays one)."""
    problems = tuple((f"[{index}]" + (f".{p}" if p else ""), m) for p, m in exc.problems)
    return type(exc)(problems[0][0], problems[0][1], problems=problems)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Hold off Python's cyclic garbage collector while a batch is built.

    A batch keeps thousands of small objects alive and each collection rescans
    them (measured in ``bench/``). Verdicts and scenarios hold no reference
    cycles, so reference counting frees them all the same; the collector is
    switched back on, if it was on, as soon as the batch is done.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
