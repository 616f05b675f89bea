"""The published JSON Schemas of the contracts, generated from the models.

The Scenario schema describes what the library accepts; the Verdict schema what it
returns (every field present). Each carries the contract's version in its ``$id``;
``docs/schemas/`` holds the published copies and a test keeps them equal to these.

The schemas use the standard keywords of JSON Schema 2020-12 alone, so that a
strict validator in any language (Ajv's strict mode) accepts them, and the Scenario
schema is as strict as the library: a date outside the days a scenario may name
(``treatyrules.fields.EARLIEST`` to ``LATEST``) fails
its pattern, and each treaty accepts only the events and acts it models.

>>> scenario_schema()["$id"]
'urn:treatyrules:schema:scenario:v1'
>>> "status" in verdict_schema()["required"]
True
>>> "version" in scenario_schema()
False
"""

from __future__ import annotations

from typing import Any

from . import registry, treaties
from .core.verdict import Verdict
from .scenario import CONSENT_KINDS, EVENT_KINDS, Scenario

__all__ = [
    "CONTRACT_VERSION",
    "DATE_PATTERN",
    "GENERAL_EVENT_KINDS",
    "scenario_schema",
    "verdict_schema",
]

CONTRACT_VERSION = "1"
_DIALECT = "https://json-schema.org/draft/2020-12/schema"

GENERAL_EVENT_KINDS = frozenset(
    {"signature", "unsigning", "withdrawal", "revocation", "suspension_claim", "objection"}
    | CONSENT_KINDS
)
"""The events every treaty's evaluation reads (the engine's own); a treaty adds its own
(``Treaty.events``). A test checks these against the engine."""

DATE_PATTERN = r"^(1[89][0-9]{2}|2[0-9]{3})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$"
"""A day from EARLIEST to LATEST (the years 1800-2999; a test checks the bounds), written
YYYY-MM-DD; the calendar check (no 30 February) is the standard ``format: date``."""


def _standard(node: Any, *, dates: bool) -> Any:
    """The schema with pydantic's extensions replaced by standard keywords.

    The treaty-id slot lists the registry's ids, as they are now; pydantic's OpenAPI
    ``discriminator`` goes (the ``oneOf`` over ``const`` kinds says the same); with
    ``dates``, each date carries the pattern of the library's range.
    """
    if isinstance(node, dict):
        if node.get("x-treatyrules-ids") == "treaties":
            filled = {k: v for k, v in node.items() if k != "x-treatyrules-ids"}
            return {"enum": list(registry.ids()), **filled}
        out = {k: _standard(v, dates=dates) for k, v in node.items() if k != "discriminator"}
        if dates and out.get("format") == "date" and out.get("type") == "string":
            out["pattern"] = DATE_PATTERN
        return out
    if isinstance(node, list):
        return [_standard(v, dates=dates) for v in node]
    return node


def _per_treaty() -> list[dict[str, Any]]:
    """For the treaties alike, the event kinds they model and, without a judge of acts, no
    acts: one ``if``/``then`` per group of treaties that accept the same input."""
    groups: dict[tuple[tuple[str, ...], bool], list[str]] = {}
    for tid in registry.ids():
        treaty = treaties.get(tid)
        kinds = tuple(k for k in EVENT_KINDS if k in GENERAL_EVENT_KINDS or k in treaty.events)
        groups.setdefault((kinds, treaty.judge_act is not None), []).append(tid)
    rules: list[dict[str, Any]] = []
    for (kinds, judges_acts), ids in groups.items():
        then: dict[str, Any] = {
            "events": {
                "type": "array",
                "items": {
                    "type": "object",
                    "properties": {"kind": {"type": "string", "enum": list(kinds)}},
                },
            }
        }
        if not judges_acts:
            then["acts"] = {"type": "array", "maxItems": 0}
        rules.append(
            {
                "if": {
                    "type": "object",
                    "properties": {"treaty": {"type": "string", "enum": ids}},
                    "required": ["treaty"],
                },
                "then": {"type": "object", "properties": then},
            }
        )
    return rules


def _publish(schema: dict[str, Any], name: str, title: str, *, dates: bool) -> dict[str, Any]:
    return {
        "$schema": _DIALECT,
        "$id": f"urn:treatyrules:schema:{name}:v{CONTRACT_VERSION}",
        **_standard(schema, dates=dates),
        "title": title,
    }


def scenario_schema() -> dict[str, Any]:
    """The Scenario JSON v1 schema (input)."""
    schema = _publish(
        Scenario.model_json_schema(), "scenario", "treatyrules Scenario JSON v1", dates=True
    )
    schema["allOf"] = _per_treaty()
    return schema


def verdict_schema() -> dict[str, Any]:
    """The Verdict JSON v1 schema (output; every field is always present).

    Its dates are computed (a withdrawal received late in 2999 takes effect in 3000),
    so they carry ``format: date`` without the input's range.
    """
    return _publish(
        Verdict.model_json_schema(mode="serialization"),
        "verdict",
        "treatyrules Verdict JSON v1",
        dates=False,
    )
