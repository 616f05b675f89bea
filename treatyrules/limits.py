"""The bounds the library enforces on its input, each with the error that names it.

They keep the cost of any one input bounded (evaluation is linear in events,
conflicts and acts up to these limits) and keep a hostile input from exhausting
memory or the interpreter's stack. Real records are far inside them: the
longest bundled record has fewer than 20 events.

>>> MAX_EVENTS, MAX_CONFLICTS, MAX_ACTS
(1000, 1000, 10000)
>>> excerpt("x" * 10_000).endswith("... (10000 characters)")
True
>>> excerpt(10**5000)
'an integer of about 5000 digits'
"""

from __future__ import annotations

import reprlib

__all__ = [
    "MAX_ACTS",
    "MAX_BYTES",
    "MAX_CONFLICTS",
    "MAX_DEPTH",
    "MAX_EVENTS",
    "MAX_INTEGER_DIGITS",
    "MAX_STRING",
    "excerpt",
]

MAX_EVENTS = 1000
"""Events (instruments, claims, objections, compliance facts) in one scenario."""
MAX_CONFLICTS = 1000
"""Armed conflicts listed in one scenario."""
MAX_ACTS = 10_000
"""Acts judged in one scenario."""
MAX_BYTES = 16 * 1024 * 1024
"""The largest JSON document the command line reads (16 MiB): a file, or standard input."""
MAX_DEPTH = 64
"""How deeply a JSON document may nest arrays and objects (a scenario needs six levels)."""
MAX_INTEGER_DIGITS = 20
"""The longest integer a JSON document may hold (a scenario's numbers are quantities)."""
MAX_STRING = 80
"""How much of an offending value an error message quotes."""

_SHORT = reprlib.Repr()
_SHORT.maxstring = MAX_STRING
_SHORT.maxother = MAX_STRING
_SHORT.maxlevel = 2
_SHORT.maxdict = _SHORT.maxlist = _SHORT.maxtuple = 4


def excerpt(value: object) -> str:
    """A short, safe rendering of an input value for an error message.

    Never as long as the input, never recursing into it without bound, and never
    failing on it (a 5,000-digit integer, a self-containing list).
    """
    try:
        if isinstance(value, str) and len(value) > MAX_STRING:
            return repr(value[:MAX_STRING]) + f"... ({len(value)} characters)"
        if isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > 64:
            return f"an integer of about {int(value.bit_length() * 0.30103)} digits"
        return _SHORT.repr(value)
    except Exception:  # the message must never fail on the value it describes
        return f"a value of type {type(value).__name__}"
