"""Errors raised on purpose, and the translation of validation errors into field paths.

>>> from treatyrules import Scenario
>>> from pydantic import ValidationError
>>> try:
...     Scenario.model_validate({"treaty": "APMBC", "state": "POL",
...                              "events": [{"kind": "signature", "date": "1997-02-30"}]})
... except ValidationError as exc:
...     print(input_error(exc))
events[0].date: expected a calendar date written YYYY-MM-DD, got '1997-02-30'
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from typing import Any

from pydantic import ValidationError

from .core.errors import (
    InputError,
    InterpretationError,
    NotModelledError,
    RuleDefinitionError,
    TreatyRulesError,
)
from .fields import RANGE_ERROR
from .limits import MAX_STRING, excerpt
from .scenario import EVENT_KINDS

__all__ = [
    "InputError",
    "InterpretationError",
    "NotModelledError",
    "RuleDefinitionError",
    "TreatyRulesError",
    "describe",
    "field_path",
    "input_error",
]

_TAGS = frozenset(EVENT_KINDS)
_LONGEST = 1000
"""The longest message one problem gets (the list of known ids fits; a quoted input does not)."""


def field_path(loc: Sequence[int | str], prefix: str = "") -> str:
    """``('events', 2, 'withdrawal', 'date')`` -> ``events[2].date``.

    The discriminator tag pydantic inserts after a list index is dropped: the
    path names the field as the user wrote it.
    """
    path = prefix
    previous: int | str | None = None
    for part in loc:
        if _odd(part):  # a key the user wrote that no field has: quoted short and safe
            path += f"[{excerpt(part)}]"
        elif isinstance(part, int):
            path += f"[{part}]"
        elif (isinstance(previous, int) and part in _TAGS) or _schema_label(part):
            pass
        else:
            path += f".{part}" if path else part
        previous = part
    return path


def _odd(part: object) -> bool:
    """A path step too long to print whole, or not a plain name or index at all."""
    if isinstance(part, int) and not isinstance(part, bool):
        return abs(part) >= 10**9
    return not isinstance(part, str) or len(part) > MAX_STRING


def _schema_label(part: str) -> bool:
    """A step pydantic adds to a path for the schema tried, not a field the user wrote:
    ``literal['initial']``, ``constrained-int``, ``union[...]``, ``[key]``."""
    return "[" in part or ("-" in part and part.islower() and part.replace("-", "").isalpha())


_PLAIN = {
    "tuple_type": "expected a list (JSON array)",
    "list_type": "expected a list (JSON array)",
    "model_type": "expected an object (JSON object)",
    "model_attributes_type": "expected an object (JSON object)",
    "dict_type": "expected an object (JSON object)",
}


def _describe(error: dict[str, Any], prefix: str) -> tuple[str, str]:
    ctx = error.get("ctx")
    at = ctx.get("at", "") if isinstance(ctx, dict) else ""
    path = field_path(error["loc"], prefix) + str(at)
    kind = error["type"]
    message = str(error["msg"])
    if kind in _PLAIN:
        message = f"{_PLAIN[kind]}, got {excerpt(error['input'])}"
    elif kind == "extra_forbidden":
        message = "unknown field (not in the Scenario JSON v1 contract)"
    elif kind == "missing":
        message = "required field is missing"
    elif kind in ("greater_than_equal", "less_than_equal") and isinstance(error["input"], date):
        message = f"{RANGE_ERROR}, got {error['input']}"
    elif kind == "too_short" and isinstance(ctx, dict) and ctx.get("min_length") == 1:
        message = "must not be empty"
    elif kind == "too_long" and isinstance(ctx, dict) and "max_length" in ctx:
        message = f"at most {ctx['max_length']} items are accepted (treatyrules.limits)"
    elif kind == "string_too_long" and isinstance(ctx, dict) and "max_length" in ctx:
        message = f"at most {ctx['max_length']} characters are accepted (treatyrules.limits)"
    elif kind in ("date_format", "state_code", "party", "report_covers"):
        message = f"{message}, got {excerpt(error['input'])}"
    elif kind == "literal_error" and isinstance(ctx, dict) and "expected" in ctx:
        # The command line's words, with what was given: "expected one of 'international',
        # 'non_international' or 'occupation', got 'civil'".
        message = f"expected one of {ctx['expected']}, got {excerpt(error['input'])}"
    elif kind == "union_tag_invalid":
        tag = error["input"].get("kind") if isinstance(error["input"], dict) else error["input"]
        message = f"unknown kind {excerpt(tag)}; known kinds: {', '.join(EVENT_KINDS)}"
    if len(message) > _LONGEST:  # a message that quotes the input in its own words
        message = message[:_LONGEST] + "..."
    return path, message


def describe(errors: Iterable[Mapping[str, Any]], prefix: str = "") -> tuple[tuple[str, str], ...]:
    """Each pydantic error (``ValidationError.errors()``) as ``(path, message)``."""
    return tuple(_describe(dict(e), prefix) for e in errors)


def input_error(exc: ValidationError, prefix: str = "") -> InputError:
    """One :class:`InputError` for a pydantic ``ValidationError``, each problem with its path."""
    problems = describe(exc.errors(include_url=False), prefix)
    path, message = problems[0]
    return InputError(path, message, problems=problems)
