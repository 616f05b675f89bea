"""Reading a JSON document from a file or a stream, within the library's limits.

Stricter than :func:`json.loads` where its leniency would let a mistake pass: a
key given twice is refused (naming it) instead of the last one silently winning;
``NaN`` and ``Infinity`` are not JSON; an integer longer than any quantity is
refused before Python converts it; nesting is bounded. Every problem is an
:class:`~treatyrules.core.errors.InputError`, so the command line exits 2.

>>> loads('{"state": "POL", "state": "FIN"}', "the example")
Traceback (most recent call last):
...
treatyrules.core.errors.InputError: the example is not accepted: the key 'state' is given twice in one object
>>> loads('[[[[1]]]]', "the example")
[[[[1]]]]
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any, BinaryIO

from .core.errors import InputError
from .limits import MAX_BYTES, MAX_DEPTH, MAX_INTEGER_DIGITS, excerpt

__all__ = ["loads", "read"]


class _Refused(ValueError):
    """A document the strict reading refuses (a message for the user)."""


def _pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for key, value in pairs:
        if key in found:
            raise _Refused(f"the key {excerpt(key)} is given twice in one object")
        found[key] = value
    return found


def _integer(text: str) -> int:
    digits = len(text.lstrip("-"))
    if digits > MAX_INTEGER_DIGITS:
        raise _Refused(f"an integer of {digits} digits (at most {MAX_INTEGER_DIGITS})")
    return int(text)


def _constant(text: str) -> Any:
    raise _Refused(f"{text} is not a JSON number")


def _depth(document: Any) -> int:
    """How deeply ``document`` nests, counted without recursion."""
    deepest = 0
    stack = [(document, 1)]
    while stack:
        node, depth = stack.pop()
        if isinstance(node, dict | list):
            deepest = max(deepest, depth)
            if depth > MAX_DEPTH:
                break
            children = node.values() if isinstance(node, dict) else node
            stack.extend((c, depth + 1) for c in children)
    return deepest


def loads(text: str, where: str) -> Any:
    """The document in ``text`` (read from ``where``, for the messages)."""
    try:
        document = json.loads(
            text, object_pairs_hook=_pairs, parse_int=_integer, parse_constant=_constant
        )
    except json.JSONDecodeError as exc:
        raise InputError(
            "", f"{where} is not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}"
        ) from None
    except _Refused as exc:
        raise InputError("", f"{where} is not accepted: {exc}") from None
    except RecursionError:
        raise InputError("", f"{where} nests deeper than {MAX_DEPTH} levels") from None
    if _depth(document) > MAX_DEPTH:
        raise InputError("", f"{where} nests deeper than {MAX_DEPTH} levels")
    return document


def _bounded(stream: BinaryIO, where: str) -> bytes:
    data = stream.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise InputError("", f"{where} is larger than {MAX_BYTES // (1024 * 1024)} MiB")
    return data


def read(source: str) -> Any:
    """The JSON document in file ``source`` (``-`` = standard input), within the limits."""
    if source == "-":
        where = "standard input"
        stdin = sys.stdin
        if stdin is None or stdin.closed:
            raise InputError("", "standard input is closed")
        try:
            buffer = getattr(stdin, "buffer", None)
            if buffer is None:  # a text stream put in its place (a test, an embedding tool)
                text = stdin.read(MAX_BYTES + 1)
                if len(text) > MAX_BYTES:
                    raise InputError("", f"{where} is larger than {MAX_BYTES // (1024 * 1024)} MiB")
                return loads(text, where)
            data = _bounded(buffer, where)
        except InputError:
            raise
        except (OSError, ValueError) as exc:  # a closed or unreadable descriptor
            raise InputError("", f"cannot read standard input: {excerpt(str(exc))}") from None
    else:
        where = excerpt(source) if len(source) > 200 else source
        path = Path(source)
        try:
            if path.is_dir():
                raise InputError("", f"{where} is a directory, not a JSON file")
            with path.open("rb") as stream:
                data = _bounded(stream, where)
        except FileNotFoundError:
            raise InputError("", f"no such file: {where}") from None
        except PermissionError:
            raise InputError("", f"cannot read {where}: permission denied") from None
        except OSError as exc:  # a name too long, a loop of links, a device that fails
            reason = exc.strerror or os.strerror(exc.errno or 0) or type(exc).__name__
            raise InputError("", f"cannot read {where}: {reason}") from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise InputError("", f"{where} is not UTF-8 text") from None
    return loads(text, where)
