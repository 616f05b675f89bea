"""The published schemas pass a strict validator and are as strict as the library.

Only standard JSON Schema 2020-12 keywords (the version lives in ``$id``); a date outside the
days a scenario may name fails; each treaty accepts only the events and acts it models. Ajv's
strict mode (node) checks the same documents where node and npm are on the machine.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import jsonschema
import pytest

from treatyrules import InputError, evaluate, registry
from treatyrules.fields import EARLIEST, LATEST
from treatyrules.scenario import EVENT_KINDS
from treatyrules.schemas import DATE_PATTERN, scenario_schema, verdict_schema

ROOT = Path(__file__).parent.parent
EXAMPLES = sorted((ROOT / "examples").glob("*.json"))

# Every keyword of the 2020-12 vocabularies (core, applicator, unevaluated, validation,
# format-annotation, content, meta-data).
STANDARD = frozenset(
    [
        "$schema",
        "$id",
        "$ref",
        "$defs",
        "$anchor",
        "$dynamicRef",
        "$dynamicAnchor",
        "$vocabulary",
        "$comment",
        "allOf",
        "anyOf",
        "oneOf",
        "not",
        "if",
        "then",
        "else",
        "dependentSchemas",
        "prefixItems",
        "items",
        "contains",
        "properties",
        "patternProperties",
        "additionalProperties",
        "propertyNames",
        "unevaluatedItems",
        "unevaluatedProperties",
        "type",
        "const",
        "enum",
        "multipleOf",
        "maximum",
        "exclusiveMaximum",
        "minimum",
        "exclusiveMinimum",
        "maxLength",
        "minLength",
        "pattern",
        "maxItems",
        "minItems",
        "uniqueItems",
        "maxContains",
        "minContains",
        "maxProperties",
        "minProperties",
        "required",
        "dependentRequired",
        "format",
        "contentEncoding",
        "contentMediaType",
        "contentSchema",
        "title",
        "description",
        "default",
        "deprecated",
        "readOnly",
        "writeOnly",
        "examples",
    ]
)
_NAMED = frozenset({"properties", "patternProperties", "$defs", "dependentSchemas"})


def keywords(node, found=None):
    """Every keyword used in the schema (the names of properties and definitions are not)."""
    found = set() if found is None else found
    if isinstance(node, dict):
        for key, value in node.items():
            found.add(key)
            if key in _NAMED:
                for sub in value.values():
                    keywords(sub, found)
            elif key not in ("enum", "const", "default", "examples", "required"):
                keywords(value, found)
    elif isinstance(node, list):
        for item in node:
            keywords(item, found)
    return found


def validator(schema):
    return jsonschema.Draft202012Validator(
        schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )


@pytest.mark.parametrize(
    "schema", [scenario_schema(), verdict_schema()], ids=["scenario", "verdict"]
)
def test_the_schemas_use_only_standard_keywords_and_carry_the_version_in_their_id(schema):
    assert keywords(schema) <= STANDARD, keywords(schema) - STANDARD
    assert schema["$id"].startswith("urn:treatyrules:schema:")
    jsonschema.Draft202012Validator.check_schema(schema)


def test_the_date_pattern_is_the_range_of_the_library():
    assert (EARLIEST.isoformat(), LATEST.isoformat()) == ("1800-01-01", "2999-12-31")
    assert DATE_PATTERN.startswith("^(1[89]") and "|2[0-9]{3})" in DATE_PATTERN


@pytest.mark.parametrize("day", ["1799-12-31", "3000-01-01", "9999-12-31", "2025-02-30"])
def test_a_date_the_library_refuses_the_schema_refuses(day):
    doc = {"treaty": "APMBC", "state": "POL", "as_of": day}
    assert not validator(scenario_schema()).is_valid(doc)
    with pytest.raises(InputError):
        evaluate(doc)


@pytest.mark.parametrize("day", ["1800-01-01", "2999-12-31", "2024-02-29"])
def test_a_date_the_library_accepts_the_schema_accepts(day):
    doc = {"treaty": "APMBC", "state": "POL", "as_of": day}
    validator(scenario_schema()).validate(doc)
    evaluate(doc)


def _event(kind: str) -> list[dict]:
    extra = {
        "objection": {"by": "FRA"},
        "extension": {"until": "2020-01-01"},
        "report_submitted": {"covers": "initial"},
        "succession": {},
    }
    before = [{"kind": "withdrawal", "date": "2011-01-01"}] if kind == "revocation" else []
    return [
        {"kind": "accession", "date": "2010-01-04"},
        *before,
        {"kind": kind, "date": "2012-01-02", **extra.get(kind, {})},
    ]


def _library_accepts(doc) -> bool:
    try:
        evaluate(doc, as_of="2013-01-01")
    except InputError:
        return False
    return True


@pytest.mark.parametrize("treaty", registry.ids())
def test_each_treaty_s_schema_accepts_exactly_the_events_the_library_models(treaty):
    check = validator(scenario_schema())
    for kind in EVENT_KINDS:
        doc = {"treaty": treaty, "state": "XAA", "events": _event(kind)}
        assert check.is_valid(doc) == _library_accepts(doc), (treaty, kind)


def test_an_art_4_event_and_an_act_under_the_cluster_munitions_convention_are_refused():
    check = validator(scenario_schema())
    stockpile = {"treaty": "CCM", "state": "XAA", "events": _event("stockpile_destroyed")}
    act = {"treaty": "CCM", "state": "XAA", "acts": [{"kind": "use", "date": "2012-01-01"}]}
    for doc in (stockpile, act):
        assert not check.is_valid(doc)
        assert not _library_accepts(doc)
    check.validate({**act, "treaty": "APMBC"})


# --- Ajv strict mode, outside Python --------------------------------------------------------


@pytest.fixture(scope="session")
def ajv(tmp_path_factory):
    """node and a directory with Ajv 8 and ajv-formats (npm install, once per run)."""
    node, npm = shutil.which("node"), shutil.which("npm")
    if node is None or npm is None:
        pytest.skip("node or npm is not installed: the Ajv strict-mode check was skipped")
    cache = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "treatyrules-ajv"
    if not (cache / "node_modules" / "ajv-formats").is_dir():
        cache.mkdir(parents=True, exist_ok=True)
        done = subprocess.run(
            [
                npm,
                "install",
                "--no-audit",
                "--no-fund",
                "--silent",
                "--prefix",
                str(cache),
                "ajv@8",
                "ajv-formats@3",
            ],
            capture_output=True,
            text=True,
            check=False,
            timeout=300,
        )
        if done.returncode != 0:
            pytest.skip(f"npm could not install Ajv (offline?): {done.stderr.strip()[:200]}")
    return node, cache / "node_modules"


def _ajv(ajv, schema, docs, tmp_path):
    node, modules = ajv
    schema_file = tmp_path / "schema.json"
    schema_file.write_text(json.dumps(schema))
    files = []
    for i, doc in enumerate(docs):
        files.append(tmp_path / f"doc{i}.json")
        files[-1].write_text(json.dumps(doc))
    done = subprocess.run(
        [
            node,
            str(ROOT / "tests" / "node" / "ajv_strict.js"),
            str(modules),
            str(schema_file),
            *map(str, files),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout.splitlines()


def test_ajv_strict_mode_accepts_the_examples_and_refuses_what_the_library_refuses(ajv, tmp_path):
    examples = [json.loads(p.read_text()) for p in EXAMPLES]
    refused = [
        {"treaty": "APMBC", "state": "POL", "as_of": "9999-01-01"},
        {"treaty": "CCM", "state": "XAA", "events": _event("stockpile_destroyed")},
        {"treaty": "APMBC", "state": "ZZZ"},
    ]
    answers = _ajv(ajv, scenario_schema(), [*examples, *refused], tmp_path)
    assert answers[: len(examples)] == ["valid"] * len(examples)
    assert [a.split(":")[0] for a in answers[len(examples) :]] == ["invalid"] * len(refused)


def test_ajv_strict_mode_accepts_the_verdicts_of_the_examples(ajv, tmp_path):
    verdicts = [evaluate(json.loads(p.read_text())).model_dump(mode="json") for p in EXAMPLES]
    assert _ajv(ajv, verdict_schema(), verdicts, tmp_path) == ["valid"] * len(verdicts)
