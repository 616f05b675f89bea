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
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from .core.errors import InputError
from .limits import MAX_BYTES, MAX_DEPTH, MAX_INTEGER_DIGITS, excerpt

__all__ = ["lines", "loads", "read"]


class _Refused(ValueError):
    """A document the strict reading refuses (a message for the user)."""


def _pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    found = dict(pairs)
    if len(found) < len(pairs):  # a key given twice: name the first, for the message
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise _Refused(f"the key {excerpt(key)} is given twice in one object")
            seen.add(key)
    return found


def _integer(text: str) -> int:
    digits = len(text.lstrip("-"))
    if digits > MAX_INTEGER_DIGITS:
        raise _Refused(f"an integer of {digits} digits (at most {MAX_INTEGER_DIGITS})")
    return int(text)


def _constant(text: str) -> Any:
    raise _Refused(f"{text} is not a JSON number")


def _depth(document: Any) -> int:
    """How deeply ``document`` nests, counted level by level without recursion (up to one
    level beyond the limit)."""
    depth = 0
    level = [document] if type(document) in _CONTAINERS else []
    while level and depth <= MAX_DEPTH:
        depth += 1
        level = [
            child
            for node in level
            for child in (node.values() if type(node) is dict else node)
            if type(child) in _CONTAINERS
        ]
    return depth


_CONTAINERS = (dict, list)
_DECODER = json.JSONDecoder(object_pairs_hook=_pairs, parse_int=_integer, parse_constant=_constant)
"""The strict reading, made once (``json.loads`` with hooks would build one per call)."""


def loads(text: str, where: str) -> Any:
    """The document in ``text`` (read from ``where``, for the messages)."""
    try:
        if text.startswith("\ufeff"):  # as json.loads says it
            raise json.JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", text, 0)
        document = _DECODER.decode(text)
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


def _bounded(stream: IO[Any], where: str) -> bytes | str:
    data: bytes | str = stream.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise InputError("", f"{where} is larger than {_MIB} MiB")
    return data


def _text(data: bytes | str, where: str) -> str:
    if isinstance(data, str):  # a text stream put in place of standard input
        return data
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise InputError("", f"{where} is not UTF-8 text") from None


@contextmanager
def _opened(source: str) -> Iterator[tuple[IO[Any], str]]:
    """The stream of file ``source`` (``-`` = standard input) and its name for the messages;
    a failure to open or to read it, in the ``with`` block too, is an InputError."""
    if source == "-":
        where = "standard input"
        stdin = sys.stdin
        if stdin is None or stdin.closed:
            raise InputError("", "standard input is closed")
        try:
            # A text stream put in its place (a test, an embedding tool) has no buffer.
            yield getattr(stdin, "buffer", None) or stdin, where
        except InputError:
            raise
        except (OSError, ValueError) as exc:  # a closed or unreadable descriptor
            raise InputError("", f"cannot read standard input: {excerpt(str(exc))}") from None
        return
    where = excerpt(source) if len(source) > 200 else source
    path = Path(source)
    try:
        if path.is_dir():
            raise InputError("", f"{where} is a directory, not a JSON file")
        with path.open("rb") as stream:
            yield stream, where
    except FileNotFoundError:
        raise InputError("", f"no such file: {where}{_record_hint(source)}") from None
    except PermissionError:
        raise InputError("", f"cannot read {where}: permission denied") from None
    except OSError as exc:  # a name too long, a loop of links, a device that fails
        reason = exc.strerror or os.strerror(exc.errno or 0) or type(exc).__name__
        raise InputError("", f"cannot read {where}: {reason}") from None


def _record_hint(source: str) -> str:
    """Where a State was named instead of a file: how to read its bundled record."""
    from .states import find_state

    code = find_state(source) if len(source) <= 60 else None
    if code is None:
        return ""
    return (
        f" (for the bundled record of {code}: treatyrules record {code} | treatyrules evaluate -)"
    )


def read(source: str) -> Any:
    """The JSON document in file ``source`` (``-`` = standard input), within the limits."""
    with _opened(source) as (stream, where):
        data = _bounded(stream, where)
    text = _text(data, where)
    if not text.strip():  # said as what it is, not as a JSON parser's "Expecting value"
        raise InputError("", f"{where} is empty: a JSON document is expected")
    return loads(text, where)


def lines(source: str) -> Iterator[Any]:
    """The JSON document on each line of file ``source`` (``-`` = standard input), in order
    (JSON Lines), each line within the limits of one document.

    A line that is no document is yielded as the :class:`InputError` that refuses it, and the
    reading goes on: a blank line, a line that is not UTF-8 or not valid JSON, a line over
    the limits. A line longer than ``MAX_BYTES`` is refused as soon as that much is read, then
    skipped to its end without being kept. Each line is read when it is asked for, so a
    program at the other end of a pipe gets each answer before it sends the next line. A file
    that cannot be opened raises its InputError when the first line is asked for.

    >>> import io, sys
    >>> saved, sys.stdin = sys.stdin, io.StringIO('{"a": 1}\\n\\n[2, 3]\\n{"a": 1, "a": 2}\\n')
    >>> for found in lines("-"):
    ...     print(repr(found))
    {'a': 1}
    InputError('the line is blank: one JSON document per line is expected')
    [2, 3]
    InputError("the line is not accepted: the key 'a' is given twice in one object")
    >>> sys.stdin = saved
    """
    with _opened(source) as (stream, _):
        while line := stream.readline(MAX_BYTES + 1):
            if len(line) > MAX_BYTES and line[-1:] not in ("\n", b"\n"):
                yield InputError("", f"the line is larger than {_MIB} MiB")
                while (rest := stream.readline(_SKIP)) and rest[-1:] not in ("\n", b"\n"):
                    pass
                continue
            yield _document(line)


_MIB = MAX_BYTES // (1024 * 1024)
_SKIP = 1024 * 1024
"""How much of an overlong line is read at a time while it is skipped."""


def _document(line: bytes | str) -> Any:
    where = "the line"
    try:
        text = _text(line, where)
        if not text.strip():
            raise InputError("", f"{where} is blank: one JSON document per line is expected")
        return loads(text, where)
    except InputError as exc:
        return exc
