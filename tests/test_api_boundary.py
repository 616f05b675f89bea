"""The Python API's boundary: any input gives a verdict or a documented error.

Every public entry point -- ``evaluate``, ``evaluate_many``, ``iter_evaluate``, ``status``,
``sensitivity``, the what-if questions and the records API -- raises only
:class:`InputError` (or its subclasses :class:`InterpretationError` and
:class:`NotModelledError`) for input it cannot use, whatever the input's type or
size: huge integers, deep nesting, wrong containers, wrong option types. The
message names the field and quotes at most a short excerpt of the value.

Each case here was an escape (an ``AttributeError``, ``OverflowError``,
``TypeError``, ``ValueError``, ``RecursionError`` or a raw pydantic error) found
by probing the API before these checks existed.
"""

from __future__ import annotations

import types
from collections import OrderedDict, UserDict, UserList
from collections.abc import Callable, Iterator, Mapping
from typing import Any

import pytest

import treatyrules
from treatyrules import InputError, InterpretationError, evaluate, records, sensitivity, what_if
from treatyrules.limits import (
    MAX_ACTS,
    MAX_CONFLICTS,
    MAX_EVENTS,
    MAX_FLIPS,
    MAX_SENSITIVITY_WORK,
    MAX_TEXT,
    excerpt,
)

HUGE = 10**5000  # more digits than Python turns into text (int-to-str refuses above 4,300)
LONG = "x" * 1_000_000

WAR = {
    "name": "a war",
    "parties": ["RUS", "UKR"],
    "kind": "international",
    "start": "2022-02-24",
}
UKRAINE = {
    "treaty": "APMBC",
    "state": "UKR",
    "as_of": "2026-03-01",
    "events": [
        {"kind": "ratification", "date": "2005-12-27"},
        {"kind": "withdrawal", "date": "2025-07-18"},
    ],
    "conflicts": [WAR],
}


def repr_id(value: object) -> str:
    """A short test id for any value."""
    return excerpt(value)[:30]


def nested(depth: int) -> dict[str, Any]:
    doc: dict[str, Any] = {}
    for _ in range(depth):
        doc = {"a": doc}
    return doc


def nested_list(depth: int) -> list[Any]:
    doc: list[Any] = []
    for _ in range(depth):
        doc = [doc]
    return doc


class ReadOnly(Mapping[str, Any]):
    """A mapping that is not a dict."""

    def __init__(self, data: Mapping[str, Any]) -> None:
        self._data = dict(data)

    def __getitem__(self, key: str) -> Any:
        return self._data[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)


def refused(call: Callable[[], object], path: str | None = None) -> InputError:
    """``call`` raises an InputError (naming ``path`` when given) with a short message."""
    with pytest.raises(InputError) as caught:
        call()
    error = caught.value
    assert len(str(error)) < 1500, "the message quotes the input instead of an excerpt"
    if path is not None:
        assert error.path == path
    return error


# -- the scenario itself ------------------------------------------------------------------

HOSTILE_SCENARIOS = {
    "an int": (5, ""),
    "a string": ("APMBC", ""),
    "a list": ([UKRAINE], ""),
    "a dict nested 3000 deep": (nested(3000), None),
    "a list nested 3000 deep": (nested_list(3000), ""),
    "a 5000-digit state": ({**UKRAINE, "state": HUGE}, "state"),
    "a megabyte state": ({**UKRAINE, "state": LONG}, "state"),
    "a 5000-digit treaty": ({**UKRAINE, "treaty": HUGE}, "treaty"),
    "a megabyte treaty id": ({**UKRAINE, "treaty": LONG}, "treaty"),
    "a 5000-digit as_of": ({**UKRAINE, "as_of": HUGE}, "as_of"),
    "a 5000-digit event date": (
        {**UKRAINE, "events": [{"kind": "signature", "date": HUGE}]},
        "events[0].date",
    ),
    "events nested 3000 deep": ({**UKRAINE, "events": nested(3000)}, "events"),
    "an event nested 3000 deep": ({**UKRAINE, "events": [nested(3000)]}, None),
    "a 5000-digit events": ({**UKRAINE, "events": HUGE}, "events"),
    "a set of events": ({**UKRAINE, "events": {1, 2}}, "events[0]"),
    "a conflict's name nested 3000 deep": (
        {**UKRAINE, "conflicts": [{"name": nested(3000)}]},
        None,
    ),
    "a 5000-digit report year": (
        {
            **UKRAINE,
            "events": [{"kind": "report_submitted", "date": "2000-01-01", "covers": HUGE}],
        },
        "events[0].covers",
    ),
    "a 5000-digit quantity": (
        {**UKRAINE, "acts": [{"kind": "retain", "date": "2000-01-01", "quantity": HUGE}]},
        "acts[0].quantity",
    ),
    "a 5000-digit key": ({**UKRAINE, HUGE: 1}, None),
    "a megabyte key": ({**UKRAINE, LONG: 1}, None),
    "a tuple key": ({**UKRAINE, ("a",): 1}, None),
}


@pytest.mark.parametrize(
    "entry",
    [evaluate, treatyrules.status, sensitivity, what_if.earliest_effect, what_if.flips],
    ids=lambda f: f.__name__,
)
@pytest.mark.parametrize(("doc", "path"), HOSTILE_SCENARIOS.values(), ids=HOSTILE_SCENARIOS)
def test_a_hostile_scenario_is_an_input_error_naming_the_field(entry, doc, path):
    refused(lambda: entry(doc), path)


@pytest.mark.parametrize(("doc", "path"), HOSTILE_SCENARIOS.values(), ids=HOSTILE_SCENARIOS)
def test_a_hostile_scenario_in_a_stream_is_yielded_in_its_place_naming_the_field(doc, path):
    first, second = treatyrules.iter_evaluate([UKRAINE, doc])
    assert first == evaluate(UKRAINE)
    refused(lambda: _raise(second), None if path is None else "[1]" + (path and f".{path}"))


def _raise(result: object) -> object:
    if isinstance(result, BaseException):
        raise result
    return result


def test_a_state_of_ten_megabytes_is_quoted_as_an_excerpt():
    error = refused(lambda: evaluate({**UKRAINE, "state": "x" * 10_000_000}), "state")
    assert "10000000 characters" in error.message


def test_a_huge_integer_is_described_not_printed():
    error = refused(lambda: evaluate({**UKRAINE, "as_of": HUGE}), "as_of")
    assert "an integer of about 5000 digits" in error.message


@pytest.mark.parametrize(
    "wrap",
    [
        OrderedDict,
        UserDict,
        types.MappingProxyType,
        ReadOnly,
        lambda d: {**d, "events": UserList(d["events"])},
        lambda d: {**d, "events": tuple(d["events"])},
        lambda d: {**d, "events": [ReadOnly(e) for e in d["events"]]},
    ],
    ids=["OrderedDict", "UserDict", "MappingProxyType", "a Mapping", "UserList", "tuple", "events"],
)
def test_any_mapping_or_sequence_type_reads_as_the_dict_it_holds(wrap):
    assert evaluate(wrap(UKRAINE)) == evaluate(UKRAINE)


# -- the limits ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("field", "item", "limit"),
    [
        ("events", {"kind": "signature", "date": "1997-12-03"}, MAX_EVENTS),
        ("conflicts", WAR, MAX_CONFLICTS),
        ("acts", {"kind": "use", "date": "2023-01-01"}, MAX_ACTS),
    ],
)
def test_a_scenario_over_a_size_limit_is_refused_naming_the_field(field, item, limit):
    error = refused(lambda: evaluate({**UKRAINE, field: [item] * (limit + 1)}), field)
    assert f"at most {limit}" in error.message


@pytest.mark.parametrize("length", [MAX_TEXT, MAX_TEXT + 1, 1_000_000])
def test_a_non_state_party_s_name_is_bounded_like_any_free_text(length):
    # An armed group fighting the State (group:NAME), and the same group as the counterparty of
    # an act: its name is repeated in the reasons, so it is held to the free-text bound.
    group = "group:" + "x" * length
    war = {**WAR, "parties": ["UKR", group], "kind": "non_international"}
    act = {"kind": "transfer", "date": "2023-01-01", "counterparty": group}
    for doc, path in [
        ({**UKRAINE, "conflicts": [war]}, "conflicts[0].parties[1]"),
        ({**UKRAINE, "acts": [act]}, "acts[0].counterparty"),
    ]:
        if length <= MAX_TEXT:
            assert evaluate(doc).status == "withdrawal_deferred"  # the war goes on
        else:
            error = refused(lambda doc=doc: evaluate(doc), path)
            assert f"group:NAME (at most {MAX_TEXT} characters)" in error.message


# -- options ------------------------------------------------------------------------------

HOSTILE_INTERPRETATIONS = {
    "a list": ([], "interpretation"),
    "a list of keys": (["month_end"], "interpretation"),
    "a string": ("month_end", "interpretation"),
    "an int": (5, "interpretation"),
    "a threshold of 10**400": ({"art3_threshold": 10**400}, "interpretation.art3_threshold"),
    "a threshold of 5000 digits": ({"art3_threshold": HUGE}, "interpretation.art3_threshold"),
    "a NaN threshold": ({"art3_threshold": float("nan")}, "interpretation.art3_threshold"),
    "an int key": ({1: "x"}, "interpretation"),
    "a megabyte key": ({LONG: 1}, None),
    "a megabyte value": ({"month_end": LONG}, "interpretation.month_end"),
    "a list value": ({"month_end": [1]}, "interpretation.month_end"),
}


@pytest.mark.parametrize(
    "entry",
    [
        lambda i: evaluate(UKRAINE, interpretation=i),
        lambda i: treatyrules.status(UKRAINE, interpretation=i),
        lambda i: treatyrules.evaluate_many([UKRAINE], interpretation=i),
        lambda i: treatyrules.iter_evaluate([UKRAINE], interpretation=i),
        lambda i: what_if.flips(UKRAINE, interpretation=i),
        lambda i: records.bundled().interpreted(i).status("POL", on="2026-01-01"),
    ],
    ids=["evaluate", "status", "evaluate_many", "iter_evaluate", "flips", "records"],
)
@pytest.mark.parametrize(
    ("interpretation", "path"), HOSTILE_INTERPRETATIONS.values(), ids=HOSTILE_INTERPRETATIONS
)
def test_a_wrong_interpretation_is_an_interpretation_error(entry, interpretation, path):
    with pytest.raises(InterpretationError):
        entry(interpretation)
    refused(lambda: entry(interpretation), path)


def test_an_interpretation_in_any_mapping_type_is_read():
    chosen = {"month_end": "roll_forward"}
    assert evaluate(UKRAINE, interpretation=ReadOnly(chosen)) == evaluate(
        UKRAINE, interpretation=chosen
    )


@pytest.mark.parametrize("batch", [5, None, "abc", UKRAINE, nested_list(3000)], ids=repr_id)
def test_evaluate_many_refuses_anything_but_a_collection_of_scenarios(batch):
    refused(lambda: treatyrules.evaluate_many(batch))


def test_evaluate_many_accepts_any_iterable_of_scenarios():
    assert treatyrules.evaluate_many(s for s in [UKRAINE]) == [evaluate(UKRAINE)]


@pytest.mark.parametrize("as_of", [HUGE, LONG, 5, [], float("nan"), "0001-01-01"], ids=repr_id)
def test_a_wrong_assessment_date_names_as_of(as_of):
    refused(lambda: evaluate(UKRAINE, as_of=as_of), "as_of")
    refused(lambda: what_if.earliest_effect(UKRAINE, as_of=as_of), "as_of")
    refused(lambda: records.status("POL", on=as_of), "on")


@pytest.mark.parametrize("limit", [0, -1, None, "x", HUGE, 1.5, True, 10**6], ids=repr_id)
def test_the_sensitivity_cap_must_be_a_whole_number_within_the_limit(limit):
    refused(lambda: sensitivity(UKRAINE, max_combinations=limit), "max_combinations")


# -- what-if ------------------------------------------------------------------------------


@pytest.mark.parametrize("conflict", [HUGE, LONG, None, 5, -1, [1], True], ids=repr_id)
def test_a_conflict_named_wrongly_is_an_input_error(conflict):
    refused(lambda: what_if.if_conflict_ends(UKRAINE, conflict, "2027-01-01"), "conflict")


@pytest.mark.parametrize("day", [HUGE, 5, LONG, "3000-01-01"], ids=repr_id)
def test_a_wrong_end_day_names_day(day):
    refused(lambda: what_if.if_conflict_ends(UKRAINE, "a war", day), "day")


NEAR_THE_CEILING = {
    **UKRAINE,
    "as_of": "2999-12-30",
    "events": [
        {"kind": "ratification", "date": "2005-12-27"},
        {"kind": "withdrawal", "date": "2999-12-29"},
    ],
    "conflicts": [{**WAR, "start": "2999-12-28"}],
}


def test_the_earliest_effect_past_the_last_day_modelled_cannot_be_said():
    # The notice would expire in 3000; no conflict can be supposed to end that late.
    answer = what_if.earliest_effect(NEAR_THE_CEILING)
    assert answer.day is None and "2999-12-31" in answer.answer


def test_flips_and_a_conflict_end_near_the_ceiling_give_answers():
    assert isinstance(what_if.flips(NEAR_THE_CEILING), tuple)
    answer = what_if.if_conflict_ends(NEAR_THE_CEILING, "a war", "2999-12-31")
    assert answer.verdict.withdrawal is not None


# -- the records API ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "state", [HUGE, "x" * 10_000_000, None, 5, "pol", nested(3000)], ids=repr_id
)
def test_a_wrong_state_code_names_state_in_every_records_call(state):
    book = records.bundled()
    refused(lambda: records.status(state, on="2026-01-01"), "state")
    refused(lambda: records.timeline(state), "state")
    refused(lambda: records.record(state), "state")
    refused(lambda: book.amend(state, events=[]), "state")


@pytest.mark.parametrize("treaty", [HUGE, LONG, None, 5, [1], {}, "ZZZ"], ids=repr_id)
def test_a_wrong_treaty_for_the_records_names_treaty(treaty):
    refused(lambda: records.bundled(treaty), "treaty")
    refused(lambda: records.status("POL", treaty=treaty), "treaty")


@pytest.mark.parametrize("field", ["events", "conflicts"])
@pytest.mark.parametrize(
    "added",
    [None, 5, "abc", [None], [5], [nested(3000)], {"a": 1}, [{"kind": LONG}]],
    ids=repr_id,
)
def test_amending_with_anything_but_a_list_of_facts_is_an_input_error(field, added):
    error = refused(lambda: records.bundled().amend("POL", **{field: added}))
    assert error.path.startswith(field)


def test_amending_with_a_generator_of_events_is_read():
    event = {"kind": "revocation", "date": "2025-09-01"}
    book = records.bundled()
    assert book.amend("POL", events=(e for e in [event])).scenario("POL") == book.amend(
        "POL", events=[event]
    ).scenario("POL")


@pytest.mark.parametrize(
    ("states", "path"),
    [(5, "states"), (None, None), ("POL", "states"), ([5], "states[0]"), ([HUGE], "states[0]")],
    ids=repr_id,
)
def test_a_wrong_list_of_states_names_it(states, path):
    book = records.bundled()
    for call in (book.counts, book.report, book.compliance):
        if states is None:  # None means every State
            call(on="2026-01-01", states=states)
        else:
            refused(lambda call=call: call(on="2026-01-01", states=states), path)


@pytest.mark.parametrize(
    ("articles", "path"),
    [(5, "articles"), (None, "articles"), ("4", "articles"), (["9"], "articles[0]")],
    ids=repr_id,
)
def test_compliance_articles_other_than_4_and_5_are_refused(articles, path):
    refused(lambda: records.bundled().compliance(on="2026-01-01", articles=articles), path)


# -- bounded cost -------------------------------------------------------------------------


def test_flips_refuses_a_scenario_offering_more_single_changes_than_it_tries():
    wars = [{**WAR, "name": f"war {i}"} for i in range(MAX_FLIPS + 1)]
    error = refused(lambda: what_if.flips({**UKRAINE, "conflicts": wars}), "")
    assert f"more than the {MAX_FLIPS}" in error.message


def test_sensitivity_refuses_more_evaluation_than_its_limit():
    # Each retained quantity is a threshold worth trying: combinations grow with the acts.
    acts = [
        {"kind": "retain", "date": "2024-01-01", "quantity": q, "purpose": "training"}
        for q in range(300)
    ]
    error = refused(lambda: sensitivity({**UKRAINE, "acts": acts}), "interpretation")
    assert f"limit of {MAX_SENSITIVITY_WORK}" in error.message


def test_the_earliest_effect_supposes_every_deferring_conflict_ended_that_day():
    wars = [{**WAR, "name": f"war {i}", "start": f"202{i}-02-24"} for i in range(3)]
    answer = what_if.earliest_effect({**UKRAINE, "conflicts": wars})
    # The notice of 18 July 2025 expires on 18 January 2026, before the assessment date;
    # the earliest day all three wars could end is the day after it.
    assert str(answer.day) == "2026-03-02"
    assert answer.verdict.withdrawal.effective_date == answer.day
    assert all(f"'war {i}'" in answer.answer for i in range(3))
