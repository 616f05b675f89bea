"""Armed conflicts: whether the assessed State is engaged in one on a day, and when it ends.

Conflicts are a closed world: one that is not listed did not happen. A conflict
is a half-open period ``[start, end)``; ``end`` is the first day on which it no
longer exists and ``None`` means it is still going on.
"""

from __future__ import annotations

from datetime import date

from ..scenario import Conflict

__all__ = ["describe", "engaged_on", "involved"]

_KIND = {
    "international": "international armed conflict",
    "non_international": "non-international armed conflict",
    "occupation": "occupation",
}


def describe(conflict: Conflict) -> str:
    """``the international armed conflict 'X' (since 2022-02-24, ongoing)``."""
    until = "ongoing" if conflict.end is None else f"until {conflict.end}"
    return f"the {_KIND[conflict.kind]} {conflict.name!r} (from {conflict.start}, {until})"


def involved(conflict: Conflict, state: str) -> bool:
    """Whether ``state`` is a party to ``conflict`` as the facts give it.

    A State listed among the parties is a party unless its ``involvement`` says
    it only supports or fights alongside (co-belligerent) without being listed
    as such; occupation without hostilities is not an armed conflict in which a
    State is "engaged".
    """
    if conflict.kind == "occupation":
        return False
    if conflict.involvement not in (None, "party"):
        return False
    return state in conflict.parties


def engaged_on(conflicts: tuple[Conflict, ...], state: str, day: date) -> tuple[Conflict, ...]:
    """The conflicts ``state`` is engaged in on ``day``."""
    return tuple(
        c
        for c in conflicts
        if c.start <= day and (c.end is None or day < c.end) and involved(c, state)
    )
