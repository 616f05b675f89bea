"""Builders for Scenario JSON v1 dicts, so that each test reads like the case it states."""

from __future__ import annotations

from datetime import date
from typing import Any

ALL_NOTIFIED = ["depositary", "states_parties", "security_council"]
RUSSIA_UKRAINE_WAR = {
    "name": "Russia-Ukraine war",
    "parties": ["RUS", "UKR"],
    "kind": "international",
    "start": "2022-02-24",
    "end": None,
}


def scenario(
    state: str = "XXA",
    *events: dict[str, Any],
    conflicts: list[dict[str, Any]] | None = None,
    as_of: str | None = None,
    **extra: Any,
) -> dict[str, Any]:
    """A Scenario JSON v1 dict for the APMBC."""
    doc: dict[str, Any] = {"treaty": "APMBC", "state": state, "events": list(events)}
    if conflicts is not None:
        doc["conflicts"] = conflicts
    if as_of is not None:
        doc["as_of"] = as_of
    doc.update(extra)
    return doc


def ev(kind: str, day: str | None, **fields: Any) -> dict[str, Any]:
    """An event dict."""
    return {"kind": kind, "date": day, **fields}


def war(
    state: str, start: str, end: str | None = None, name: str = "the war", **fields: Any
) -> dict[str, Any]:
    """An international armed conflict between ``state`` and a hypothetical State."""
    return {
        "name": name,
        "parties": [state, "XZZ"],
        "kind": "international",
        "start": start,
        "end": end,
        **fields,
    }


def d(text: str) -> date:
    return date.fromisoformat(text)
