"""Fuzzing in every run: Hypothesis drives mutations of valid scenarios, arbitrary JSON and
mangled JSON text through the API, and every saved reproducer is replayed.

Each input must end in a verdict that keeps the invariants of every valid input, or in a
documented error (``tests/fuzzing.py`` says which). The examples here are bounded by the
Hypothesis profile; ``bench/fuzz.py`` runs the long campaign.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

import fuzzing
import pytest
from hypothesis import given
from hypothesis import strategies as st

from treatyrules.strategies import scenarios

REPRODUCERS = sorted(fuzzing.REPRODUCERS.glob("*.json"))

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=12),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=20,
)


@given(scenarios(max_acts=2), st.randoms(use_true_random=False))
def test_a_mutated_valid_scenario_gives_a_verdict_or_an_input_error(scenario, rng):
    doc = json.loads(scenario.model_dump_json())
    assert fuzzing.run("evaluate", fuzzing.mutate(rng, doc)) in ("verdict", "refused")


@given(scenarios(max_acts=2))
def test_a_valid_scenario_keeps_every_invariant(scenario):
    assert fuzzing.run("evaluate", json.loads(scenario.model_dump_json())) == "verdict"


@given(
    st.fixed_dictionaries({"treaty": st.sampled_from(["APMBC", "ICC", "CCW"])}, optional={})
    | st.just({"treaty": "APMBC", "state": "POL"}),
    st.dictionaries(st.sampled_from(fuzzing.FIELDS), json_values, max_size=6),
)
def test_arbitrary_json_in_the_fields_gives_a_verdict_or_an_input_error(base, fields):
    assert fuzzing.run("evaluate", {**base, **fields}) in ("verdict", "refused")


@given(json_values)
def test_any_json_value_as_a_scenario_is_refused_cleanly(value):
    assert fuzzing.run("evaluate", value) == "refused"


@given(scenarios(max_acts=1), st.randoms(use_true_random=False))
def test_mangled_json_text_gives_a_verdict_or_an_input_error(scenario, rng):
    text = fuzzing.mangle(rng, scenario.model_dump_json())
    assert fuzzing.run("text", text) in ("verdict", "refused")


@given(st.text(max_size=200))
def test_any_text_read_as_json_gives_a_verdict_or_an_input_error(text):
    assert fuzzing.run("text", text) in ("verdict", "refused")


@given(st.randoms(use_true_random=False))
def test_the_campaigns_inputs_give_a_verdict_or_an_input_error(rng):
    # Every kind of input bench/fuzz.py makes: options, questions and records calls too.
    target, doc = fuzzing.generate(rng)
    assert fuzzing.run(target, doc) in ("verdict", "refused")


@pytest.mark.parametrize("path", REPRODUCERS, ids=[p.stem for p in REPRODUCERS])
def test_a_saved_reproducer_no_longer_fails(path):
    assert fuzzing.replay(path) in ("verdict", "refused")


def test_the_reproducers_are_replayed():
    # The parametrised replay above could pass vacuously on an empty folder.
    assert len(REPRODUCERS) >= 10


ODD_VALUES = [
    10**5000,
    -(2**70),
    float("nan"),
    (1, "a"),
    {1, 2},
    fuzzing.nested(3000),
    fuzzing.nested(3000, as_dict=True),
    {"$int": "not a tag"},
    b"\x00\xff",
]


@pytest.mark.parametrize("value", ODD_VALUES, ids=lambda v: type(v).__name__)
def test_a_reproducer_keeps_the_odd_values_plain_json_cannot(value):
    back = fuzzing.decode(fuzzing.encode(value))
    assert fuzzing.encode(back) == fuzzing.encode(value)
    assert type(back) is type(value)


def test_a_failure_is_saved_and_replayed(tmp_path: Path):
    path = fuzzing.save("an example", "evaluate", {"treaty": 10**5000}, "detail", tmp_path)
    assert json.loads(path.read_text())["failure"] == "an example"
    assert fuzzing.replay(path) == "refused"


def test_an_unexpected_exception_is_a_failure_named_by_its_site(monkeypatch):
    import treatyrules

    def broken(*args, **kwargs):
        raise KeyError("a bug")

    monkeypatch.setattr(treatyrules, "evaluate", broken)
    with pytest.raises(fuzzing.Failure) as caught:
        fuzzing.run("evaluate", {"treaty": "APMBC", "state": "POL"})
    assert caught.value.key.startswith("KeyError at ")


def test_the_generator_is_repeatable_from_its_seed():
    first = [fuzzing.encode(fuzzing.generate(random.Random(5))) for _ in range(3)]
    again = [fuzzing.encode(fuzzing.generate(random.Random(5))) for _ in range(3)]
    assert first == again
