"""A short, safe rendering of an input value, for the messages of the errors that quote it.

An error message must never be as large as the input it refuses, recurse into it
without bound, or fail on it: ``repr`` of a 5,000-digit integer raises, ``repr``
of a list nested 3,000 deep overflows the stack, and ``repr`` of a 10 MB string
is 10 MB.

>>> excerpt("x" * 10_000).endswith("... (10000 characters)")
True
>>> excerpt(10**5000)
'an integer of about 5000 digits'
>>> deep: list[object] = []
>>> for _ in range(3000):
...     deep = [deep]
>>> excerpt(deep)
'[[[...]]]'
"""

from __future__ import annotations

import reprlib

__all__ = ["MAX_STRING", "excerpt"]

MAX_STRING = 80
"""How much of an offending value an error message quotes."""

_SHORT = reprlib.Repr()
_SHORT.maxstring = MAX_STRING
_SHORT.maxother = MAX_STRING
_SHORT.maxlevel = 2
_SHORT.maxdict = _SHORT.maxlist = _SHORT.maxtuple = _SHORT.maxset = _SHORT.maxfrozenset = 4
_SHORT.maxdeque = _SHORT.maxarray = 4


def excerpt(value: object) -> str:
    """``value`` as a short ``repr``: at most about :data:`MAX_STRING` characters a part."""
    try:
        if isinstance(value, str) and len(value) > MAX_STRING:
            return repr(value[:MAX_STRING]) + f"... ({len(value)} characters)"
        if isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > 64:
            return f"an integer of about {int(value.bit_length() * 0.30103)} digits"
        text = _SHORT.repr(value)
    except Exception:  # the message must never fail on the value it describes
        return f"a value of type {type(value).__name__}"
    return text if len(text) <= 4 * MAX_STRING else text[: 4 * MAX_STRING] + "..."
