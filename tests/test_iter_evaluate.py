"""``treatyrules.iter_evaluate``: a verdict or an error per scenario, in order, as they come.

The dates of the hypothetical States (``XXA``) are illustrative.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from datetime import date
from itertools import count, islice
from typing import Any

import pytest
from builders import A_DATE_THAT_DOES_NOT_EXIST, ALL_NOTIFIED, LITHUANIA_CCM, ev, scenario

import treatyrules
from treatyrules import InputError, InterpretationError, Verdict

ACCESSION_2012 = scenario(
    "XXA",
    ev("accession", "2012-01-09"),
    ev("withdrawal", "2025-07-10", notified=ALL_NOTIFIED, reasons_given=True),
    as_of="2026-03-01",
)


def test_a_bad_scenario_between_two_good_ones_is_yielded_in_its_place_with_its_index():
    results = list(
        treatyrules.iter_evaluate([ACCESSION_2012, A_DATE_THAT_DOES_NOT_EXIST, ACCESSION_2012])
    )
    assert len(results) == 3
    first, error, last = results
    assert first == last == treatyrules.evaluate(ACCESSION_2012)
    assert isinstance(error, InputError)
    assert error.path == "[1].events[0].date"
    assert "2012-02-30" in error.message


def test_every_problem_of_a_bad_scenario_is_prefixed_with_its_index():
    two_bad_dates = scenario("XXA", ev("accession", "2012-02-30"), ev("withdrawal", "soon"))
    (error,) = treatyrules.iter_evaluate([two_bad_dates])
    assert isinstance(error, InputError)
    assert [p for p, _ in error.problems] == ["[0].events[0].date", "[0].events[1].date"]


def test_the_verdicts_are_those_evaluate_gives_one_by_one_under_the_same_date_and_readings():
    items = [ACCESSION_2012, LITHUANIA_CCM, treatyrules.Scenario.model_validate(ACCESSION_2012)]
    chosen = {"month_end": "roll_forward"}
    streamed = list(treatyrules.iter_evaluate(items, as_of="2025-12-01", interpretation=chosen))
    assert streamed == [
        treatyrules.evaluate(s, as_of="2025-12-01", interpretation=chosen) for s in items
    ]
    assert {v.as_of for v in streamed if isinstance(v, Verdict)} == {date(2025, 12, 1)}


def test_a_stream_without_end_is_read_one_scenario_at_a_time():
    pulled: list[int] = []

    def endless() -> Iterator[dict[str, Any]]:
        for i in count():
            pulled.append(i)
            yield A_DATE_THAT_DOES_NOT_EXIST if i == 1 else ACCESSION_2012

    stream = treatyrules.iter_evaluate(endless())
    assert pulled == []  # nothing read before the first result is asked for
    first_three = list(islice(stream, 3))
    assert [type(r) for r in first_three] == [Verdict, InputError, Verdict]
    assert pulled == [0, 1, 2]  # each result needs its own item, and no more


def test_the_stream_leaves_the_collector_as_the_caller_set_it():
    # Between two items the caller's own code runs: pausing the collector there would
    # switch it off behind the caller's back.
    states = [gc.isenabled() for _ in treatyrules.iter_evaluate([ACCESSION_2012] * 2)]
    assert states == [True, True]


def test_a_point_the_treaty_of_one_scenario_does_not_use_is_that_scenarios_error():
    # art3_threshold is the Mine Ban Convention's (its Art. 3 retention); the CCM has none.
    results = list(
        treatyrules.iter_evaluate(
            [ACCESSION_2012, LITHUANIA_CCM], interpretation={"art3_threshold": 1000}
        )
    )
    assert isinstance(results[0], Verdict)
    assert isinstance(results[1], InterpretationError)
    assert results[1].path == "[1].interpretation.art3_threshold"
    assert "not used by CCM" in results[1].message


@pytest.mark.parametrize(
    ("arguments", "path"),
    [
        ({"as_of": "2026-02-30"}, "as_of"),
        ({"interpretation": {"month_end": "sometimes"}}, "interpretation.month_end"),
        ({"interpretation": {"no_such_point": "x"}}, "interpretation.no_such_point"),
        ({"interpretation": ["month_end"]}, "interpretation"),
    ],
    ids=["a-date-that-does-not-exist", "an-option-not-offered", "an-unknown-point", "a-list"],
)
def test_a_bad_argument_is_refused_at_the_call_before_any_scenario_is_read(arguments, path):
    def never_read() -> Iterator[dict[str, Any]]:
        raise AssertionError("a scenario was read")
        yield {}

    with pytest.raises(InputError) as caught:
        treatyrules.iter_evaluate(never_read(), **arguments)
    assert caught.value.path == path


@pytest.mark.parametrize(
    "batch",
    [ACCESSION_2012, 5, None, "APMBC", b"{}"],
    ids=["one-scenario", "int", "None", "str", "bytes"],
)
def test_one_scenario_or_no_collection_at_all_is_refused_at_the_call(batch):
    with pytest.raises(InputError, match="expected a list of scenarios"):
        treatyrules.iter_evaluate(batch)


def test_an_empty_batch_yields_nothing():
    assert list(treatyrules.iter_evaluate([])) == []


def test_evaluate_many_stays_all_or_nothing():
    with pytest.raises(InputError) as caught:
        treatyrules.evaluate_many([ACCESSION_2012, A_DATE_THAT_DOES_NOT_EXIST, ACCESSION_2012])
    assert caught.value.path == "[1].events[0].date"
    with pytest.raises(InterpretationError) as refused:
        treatyrules.evaluate_many([LITHUANIA_CCM], interpretation={"art3_threshold": 1000})
    assert refused.value.path == "[0].interpretation.art3_threshold"
