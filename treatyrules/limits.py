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

from .core.excerpt import MAX_STRING, excerpt

__all__ = [
    "MAX_ACTS",
    "MAX_BYTES",
    "MAX_COMBINATIONS",
    "MAX_CONFLICTS",
    "MAX_DEPTH",
    "MAX_EVENTS",
    "MAX_FLIPS",
    "MAX_INTEGER_DIGITS",
    "MAX_QUANTITY",
    "MAX_SENSITIVITY_WORK",
    "MAX_STRING",
    "MAX_TEXT",
    "excerpt",
    "positive_number",
]

MAX_EVENTS = 1000
"""Events (instruments, claims, objections, compliance facts) in one scenario."""
MAX_CONFLICTS = 1000
"""Armed conflicts listed in one scenario."""
MAX_ACTS = 10_000
"""Acts judged in one scenario."""
MAX_COMBINATIONS = 4096
"""Combinations of readings one sensitivity analysis evaluates, at most (each costs one
evaluation); a caller may ask for fewer."""
MAX_QUANTITY = 10**15
"""The largest quantity an act may name (more mines than were ever made)."""
MAX_SENSITIVITY_WORK = 100_000
"""Combinations times facts (events, conflicts and acts, plus one) a sensitivity analysis
evaluates, at most: 100 combinations of a thousand-fact scenario, or 9 of one at the acts
limit. Each combination is an evaluation of every fact: the bound keeps the cost bounded."""
MAX_FLIPS = 250
"""Single changes of fact :func:`treatyrules.what_if.flips` tries, at most: each costs an
evaluation of the whole scenario, so the bound keeps its cost linear in the scenario."""
MAX_TEXT = 1000
"""The longest free text a scenario may hold (a conflict's name, a ground, a reference): the
verdict repeats a name in its reasons, so its length multiplies."""
MAX_BYTES = 16 * 1024 * 1024
"""The largest JSON document the command line reads (16 MiB): a file, or standard input."""
MAX_DEPTH = 64
"""How deeply a JSON document may nest arrays and objects (a scenario needs six levels)."""
MAX_INTEGER_DIGITS = 20
"""The longest integer a JSON document may hold (a scenario's numbers are quantities)."""


def positive_number(text: str, *, whole: bool = False) -> float | None:
    """``text`` as a positive, finite number (a whole one with ``whole``); None if it is not.
    For settings given as text (a command-line flag, an environment variable).

    >>> positive_number("2.5"), positive_number("0"), positive_number("inf"), positive_number("x")
    (2.5, None, None, None)
    >>> positive_number("1000", whole=True), positive_number("1.5", whole=True)
    (1000, None)
    """
    try:
        value: float = int(text) if whole else float(text)
    except ValueError:
        return None
    return value if 0 < value < float("inf") else None
