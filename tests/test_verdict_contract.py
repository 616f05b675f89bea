"""The Verdict JSON v1 contract of shared/design.md: keys, values, and the Python API."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from builders import ev, scenario

import treatyrules
from treatyrules import Finding, Verdict, WithdrawalResult, evaluate
from treatyrules.core.verdict import ActResult, DeadlineResult, Unknown

ROOT = Path(__file__).resolve().parents[1]
REQUIRED = {
    "treaty",
    "state",
    "as_of",
    "status",
    "entry_into_force",
    "withdrawal",
    "acts",
    "findings",
    "deadlines",
    "interpretations",
    "unknowns",
}
STATUSES = {
    "non_party",
    "signatory",
    "contracting",
    "party",
    "withdrawal_pending",
    "withdrawal_deferred",
    "withdrawn",
    "indeterminate",
}


def test_the_design_example_gives_the_design_verdict(poland):
    out = evaluate(poland, as_of="2026-03-01").model_dump(mode="json")
    assert set(out) >= REQUIRED
    assert out["treaty"] == "APMBC" and out["state"] == "POL" and out["as_of"] == "2026-03-01"
    assert out["status"] == "withdrawn"
    assert out["entry_into_force"] == "2013-06-01"
    w = out["withdrawal"]
    assert {
        k: w[k] for k in ("received", "notice_expires", "outcome", "effective_date", "condition")
    } == {
        "received": "2025-08-20",
        "notice_expires": "2026-02-20",
        "outcome": "effective",
        "effective_date": "2026-02-20",
        "condition": None,
    }
    # Poland's report covering 2025 falls due after the withdrawal took effect: whether it is
    # still owed is contested, so that point is consulted too.
    assert out["interpretations"] == {"month_end": "clamp", "final_report": "not_owed"}
    assert {"fact": "stockpile_destroyed", "affects": "art_4", "decisive": False} in out["unknowns"]
    art_4 = next(d for d in out["deadlines"] if d["rule"] == "art_4")
    assert (art_4["citation"], art_4["due"], art_4["outcome"]) == (
        "APMBC Art. 4",
        "2017-06-01",
        "unknown",
    )
    finding = out["findings"][0]
    assert set(finding) >= {"rule", "citation", "outcome", "severity", "explanation", "children"}
    assert json.loads(json.dumps(out)) == out


def test_findings_are_a_tree_with_the_withdrawal_under_article_20(poland):
    v = evaluate(poland, as_of="2026-03-01")
    art_20 = v.find("art_20")[0]
    assert [c.rule for c in art_20.children] == [
        "art_20__para_1",
        "art_20__para_2__sent_1",
        "art_20__para_2__sent_2",
        "art_20__para_2__sent_3",
        "art_20__para_3__sent_1",
        "art_20__para_3__sent_2",
        "vclt:art_68",
        "art_20__para_4",
    ]


def test_models_built_without_validation_equal_validated_ones(poland):
    v = evaluate(poland, as_of="2026-03-01")
    again = Verdict.model_validate(v.model_dump())
    assert again == v
    for model in (Finding, WithdrawalResult, ActResult, DeadlineResult, Unknown):
        assert model.model_config["frozen"] and model.model_config["extra"] == "forbid"


@pytest.mark.parametrize(
    "example", sorted((ROOT / "examples").glob("*.json")), ids=lambda p: p.stem
)
def test_a_verdict_s_json_read_back_is_written_again_byte_for_byte(example):
    # The rows the engine builds without validation (deadlines with their defaults, findings)
    # list their keys in the contract's order, as validation does: the JSON is the same text.
    text = evaluate(json.loads(example.read_text())).model_dump_json()
    assert Verdict.model_validate_json(text).model_dump_json() == text
    assert Verdict.model_validate(json.loads(text)).model_dump_json() == text


def test_verdicts_are_frozen(poland):
    v = evaluate(poland, as_of="2026-03-01")
    with pytest.raises(ValueError, match="frozen"):
        v.status = "party"  # type: ignore[misc]


def test_the_repr_shows_what_matters(poland):
    assert repr(evaluate(poland, as_of="2026-03-01")) == (
        "Verdict(APMBC POL on 2026-03-01: withdrawn, withdrawal effective, effective 2026-02-20,"
        " 3 unknown fact(s))"
    )


def test_as_of_precedence_argument_then_scenario_then_today():
    s = scenario("XXA", ev("accession", "2010-01-01"), as_of="2010-02-01")
    assert evaluate(s).as_of == date(2010, 2, 1)
    assert evaluate(s, as_of="2011-01-01").as_of == date(2011, 1, 1)
    assert evaluate(s, as_of=date(2011, 1, 2)).as_of == date(2011, 1, 2)
    del s["as_of"]
    today = evaluate(s).as_of
    assert abs((today - date.today()).days) <= 1


def test_evaluate_many_returns_one_verdict_per_scenario_in_order():
    items = [
        scenario("XXA", ev("accession", day), as_of="2030-01-01")
        for day in ("2001-01-01", "2002-01-01")
    ]
    verdicts = treatyrules.evaluate_many(items)
    assert [v.entry_into_force for v in verdicts] == [date(2001, 7, 1), date(2002, 7, 1)]
    scenarios = [treatyrules.Scenario.model_validate(i) for i in items]
    assert treatyrules.evaluate_many(scenarios, as_of="2001-03-01")[0].status == "contracting"


def test_json_schemas_come_from_the_models():
    scenario_schema = treatyrules.Scenario.model_json_schema()
    verdict_schema = Verdict.model_json_schema()
    assert scenario_schema["additionalProperties"] is False
    assert set(scenario_schema["required"]) == {"treaty", "state"}
    assert REQUIRED - {"acts", "deadlines", "unknowns"} <= set(verdict_schema["required"])
    assert set(verdict_schema["properties"]["status"]["enum"]) == STATUSES


def test_the_public_api_is_what_all_says():
    import types

    for name in treatyrules.__all__:
        assert hasattr(treatyrules, name), name
    public = {n for n in dir(treatyrules) if not n.startswith("_")}
    for name in public - set(treatyrules.__all__):
        assert isinstance(getattr(treatyrules, name), types.ModuleType), name


def test_every_verdict_says_which_library_and_contract_produced_it():
    import treatyrules
    from treatyrules import Verdict, evaluate

    v = evaluate({"treaty": "APMBC", "state": "POL", "as_of": "2026-01-01"})
    assert v.generator is not None
    assert (v.generator.library, v.generator.contract) == (treatyrules.__version__, "1")
    assert Verdict.model_validate_json(v.model_dump_json()) == v  # still round-trips
