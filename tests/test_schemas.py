"""The published JSON Schemas match the models, carry a version, and accept what they describe."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from hypothesis import given, settings

from treatyrules import InputError, evaluate
from treatyrules.schemas import CONTRACT_VERSION, scenario_schema, verdict_schema
from treatyrules.strategies import scenarios

ROOT = Path(__file__).parent.parent
EXAMPLES = sorted((ROOT / "examples").glob("*.json"))


def published(name: str) -> dict:
    return json.loads((ROOT / "docs" / "schemas" / f"{name}.v{CONTRACT_VERSION}.json").read_text())


def test_the_published_schemas_are_those_of_the_models():
    assert published("scenario") == scenario_schema()
    assert published("verdict") == verdict_schema()


def test_the_schemas_carry_their_version_and_are_valid_json_schema():
    for schema in (scenario_schema(), verdict_schema()):
        assert schema["$id"].endswith(f":v{CONTRACT_VERSION}")
        jsonschema.Draft202012Validator.check_schema(schema)


@pytest.mark.parametrize("path", EXAMPLES, ids=[p.name for p in EXAMPLES])
def test_every_example_and_its_verdict_validate(path):
    doc = json.loads(path.read_text())
    jsonschema.validate(doc, scenario_schema())
    jsonschema.validate(evaluate(doc).model_dump(mode="json"), verdict_schema())


@pytest.mark.parametrize(
    "bad",
    [
        {"treaty": "APMBC", "state": "POL", "colour": "red"},
        {"treaty": "APMBC", "state": "ZZZ"},  # three capitals, but no ISO code and not X..
        {
            "treaty": "APMBC",
            "state": "XAB",
            "conflicts": [
                {"name": "w", "parties": ["QQQ"], "kind": "international", "start": "2020-01-01"}
            ],
        },
    ],
)
def test_the_schema_rejects_what_the_model_rejects(bad):
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, scenario_schema())
    with pytest.raises(InputError):
        evaluate(bad)


def test_the_schema_accepts_an_iso_code_a_hypothetical_state_and_a_group():
    doc = {
        "treaty": "APMBC",
        "state": "XAB",
        "conflicts": [
            {
                "name": "w",
                "parties": ["UKR", "group:Armed group"],
                "kind": "non_international",
                "start": "2020-01-01",
            }
        ],
    }
    jsonschema.validate(doc, scenario_schema())


@settings(max_examples=50)
@given(scenarios(max_acts=2))
def test_generated_scenarios_and_verdicts_validate(s):
    jsonschema.validate(s.model_dump(mode="json"), scenario_schema())
    jsonschema.validate(evaluate(s).model_dump(mode="json"), verdict_schema())
