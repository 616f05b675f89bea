"""The published JSON Schemas of the contracts, generated from the models.

The Scenario schema describes what the library accepts; the Verdict schema what it
returns (every field present). Each carries the contract's version in its ``$id``
and in ``version``; ``docs/schemas/`` holds the published copies and a test keeps
them equal to these.

>>> scenario_schema()["$id"]
'urn:treatyrules:schema:scenario:v1'
>>> "status" in verdict_schema()["required"]
True
"""

from __future__ import annotations

from typing import Any

from . import registry
from .core.verdict import Verdict
from .scenario import Scenario

__all__ = ["CONTRACT_VERSION", "scenario_schema", "verdict_schema"]

CONTRACT_VERSION = "1"
_DIALECT = "https://json-schema.org/draft/2020-12/schema"


def _with_treaty_ids(node: Any) -> Any:
    """The schema with every treaty-id slot listing the registry's ids, as they are now."""
    if isinstance(node, dict):
        if node.get("x-treatyrules-ids") == "treaties":
            filled = {k: v for k, v in node.items() if k != "x-treatyrules-ids"}
            return {"enum": list(registry.ids()), **filled}
        return {k: _with_treaty_ids(v) for k, v in node.items()}
    if isinstance(node, list):
        return [_with_treaty_ids(v) for v in node]
    return node


def _publish(schema: dict[str, Any], name: str, title: str) -> dict[str, Any]:
    schema = _with_treaty_ids(schema)
    return {
        "$schema": _DIALECT,
        "$id": f"urn:treatyrules:schema:{name}:v{CONTRACT_VERSION}",
        "version": CONTRACT_VERSION,
        **schema,
        "title": title,
    }


def scenario_schema() -> dict[str, Any]:
    """The Scenario JSON v1 schema (input)."""
    return _publish(Scenario.model_json_schema(), "scenario", "treatyrules Scenario JSON v1")


def verdict_schema() -> dict[str, Any]:
    """The Verdict JSON v1 schema (output; every field is always present)."""
    return _publish(
        Verdict.model_json_schema(mode="serialization"), "verdict", "treatyrules Verdict JSON v1"
    )
