"""treatyrules.strategies: importable anywhere, and generating every kind of situation the law knows."""

from __future__ import annotations

import subprocess
import sys

import pytest
from hypothesis import find, given, settings
from hypothesis import strategies as st

from treatyrules import evaluate, treaties
from treatyrules.strategies import scenarios

ALL = sorted(treaties.KNOWN)


def _run(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)


def test_the_strategies_import_in_a_plain_interpreter_that_never_imported_hypothesis():
    done = _run("from treatyrules.strategies import scenarios; print(scenarios)")
    assert done.returncode == 0, done.stderr
    assert "scenarios" in done.stdout


def test_without_hypothesis_the_import_error_names_the_extra_to_install():
    # sys.modules[name] = None makes ``import hypothesis`` fail as if it were not installed.
    done = _run("import sys; sys.modules['hypothesis'] = None; import treatyrules.strategies")
    assert done.returncode == 1
    assert "pip install 'treatyrules[hypothesis]'" in done.stderr


def test_from_type_draws_scenarios_in_a_plain_interpreter():
    done = _run(
        "from hypothesis import strategies as st; import treatyrules; "
        "print(type(st.from_type(treatyrules.Scenario).example()).__name__)"
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split()[-1] == "Scenario"


def _kinds(s):
    return [e.kind for e in s.events]


@pytest.mark.parametrize(
    ("situation", "found"),
    [
        ("a non-party", lambda s: not set(_kinds(s)) & {"ratification", "accession"}),
        ("a signatory that unsigned", lambda s: "unsigning" in _kinds(s)),
        ("a suspension claim", lambda s: "suspension_claim" in _kinds(s)),
        ("an objection to it", lambda s: "objection" in _kinds(s)),
        (
            "a withdrawal received before entry into force",
            lambda s: any(
                e.kind == "withdrawal"
                and (v := evaluate(s)).entry_into_force is not None
                and e.date < v.entry_into_force
                for e in s.events
            ),
        ),
    ],
)
def test_the_default_strategy_reaches(situation, found):
    assert found(find(scenarios(), found, settings=settings(max_examples=2000, database=None)))


@settings(max_examples=50)
@given(st.sampled_from(ALL).flatmap(lambda t: scenarios(treaty=t, joined=False)))
def test_a_state_that_never_consented_is_never_bound(s):
    assert evaluate(s).status in ("non_party", "signatory")


@settings(max_examples=50)
@given(scenarios(before_entry_into_force=True, revoked=False))
def test_a_withdrawal_received_before_entry_into_force_is_no_withdrawal(s):
    v = evaluate(s)
    assert v.status != "withdrawn"
    assert v.withdrawal is None or v.withdrawal.outcome == "not_applicable"


@settings(max_examples=50)
@given(scenarios(suspension=True))
def test_a_claimed_suspension_and_its_objections_change_no_status_by_default(s):
    kept = tuple(e for e in s.events if e.kind not in ("suspension_claim", "objection"))
    assert evaluate(s).status == evaluate(s.model_copy(update={"events": kept})).status


def test_a_non_party_cannot_be_asked_to_withdraw():
    with pytest.raises(ValueError, match="joined=False excludes withdrawal=True"):
        find(scenarios(joined=False, withdrawal=True), lambda s: True)
