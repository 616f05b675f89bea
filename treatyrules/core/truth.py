"""Truth values of a legal finding, with the three-valued logic that combines them.

A rule does not answer only yes or no. It *holds*, it *fails*, the facts needed
to decide it are *unknown*, or it is *not applicable* to the situation at all.
Combining findings uses Kleene's strong three-valued logic, so that an unknown
fact only spreads where it could change the answer:

>>> all_of([Truth.HOLDS, Truth.UNKNOWN])
<Truth.UNKNOWN: 'unknown'>
>>> all_of([Truth.FAILS, Truth.UNKNOWN])
<Truth.FAILS: 'fails'>
>>> Truth.of(None)
<Truth.UNKNOWN: 'unknown'>
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

__all__ = ["Truth", "all_of", "any_of"]


class Truth(StrEnum):
    """The outcome of a rule applied to facts."""

    HOLDS = "holds"
    FAILS = "fails"
    UNKNOWN = "unknown"
    NOT_APPLICABLE = "not_applicable"

    @classmethod
    def of(cls, value: bool | None) -> Truth:
        """Map a fact that may be unknown (``None``) to a truth value."""
        if value is None:
            return cls.UNKNOWN
        return cls.HOLDS if value else cls.FAILS


def all_of(values: Iterable[Truth]) -> Truth:
    """Conjunction: fails if any fails, else unknown if any is unknown.

    Values that are not applicable are ignored; if nothing applies, the result is
    not applicable either.

    >>> all_of([Truth.NOT_APPLICABLE, Truth.HOLDS])
    <Truth.HOLDS: 'holds'>
    >>> all_of([])
    <Truth.NOT_APPLICABLE: 'not_applicable'>
    """
    seen = {v for v in values if v is not Truth.NOT_APPLICABLE}
    if not seen:
        return Truth.NOT_APPLICABLE
    if Truth.FAILS in seen:
        return Truth.FAILS
    if Truth.UNKNOWN in seen:
        return Truth.UNKNOWN
    return Truth.HOLDS


def any_of(values: Iterable[Truth]) -> Truth:
    """Disjunction: holds if any holds, else unknown if any is unknown.

    >>> any_of([Truth.FAILS, Truth.UNKNOWN])
    <Truth.UNKNOWN: 'unknown'>
    >>> any_of([Truth.FAILS, Truth.HOLDS])
    <Truth.HOLDS: 'holds'>
    """
    seen = {v for v in values if v is not Truth.NOT_APPLICABLE}
    if not seen:
        return Truth.NOT_APPLICABLE
    if Truth.HOLDS in seen:
        return Truth.HOLDS
    if Truth.UNKNOWN in seen:
        return Truth.UNKNOWN
    return Truth.FAILS
