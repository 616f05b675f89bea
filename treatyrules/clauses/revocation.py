"""Revocation of a notice of leaving a treaty (VCLT Art. 68).

A notification or instrument may be revoked at any time before it takes effect,
also, under a treaty with an exception for armed conflict, while its effect waits for
the end of one. After it took
effect a revocation changes nothing: the State must join anew. The rule is the
general law's, shared by every treaty; its sentences take each treaty's words.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cached_property

from ..core.rule import Rule
from ..core.truth import Truth
from ..core.verdict import Finding
from .words import Words

__all__ = ["RevocationRule"]


@dataclass(frozen=True, eq=False, kw_only=True)
class RevocationRule(Rule):
    """Revocable until the withdrawal takes effect, not after."""

    @cached_property
    def none(self) -> Finding:
        return self.finding(Truth.NOT_APPLICABLE, "No revocation of this instrument is on record.")

    def revokes(self, revoked_on: date | None, effective: date | None) -> bool:
        """Whether a revocation on ``revoked_on`` stops a withdrawal effective on ``effective``
        (``None``: not yet determined, e.g. deferred while a conflict goes on)."""
        return revoked_on is not None and (effective is None or revoked_on < effective)

    def judge(
        self,
        w: Words,
        revoked_on: date | None,
        effective: date | None,
        *,
        waits: bool = True,
        still_binding: str = "",
    ) -> Finding:
        """``waits``: whether the treaty has an exception for armed conflict that can hold the
        effect back (a treaty without one is not said to have it). ``still_binding``: what the
        withdrawal covers that still binds the State when a revocation comes too late for the
        rest (an annex with a longer wait), as a clause."""
        if revoked_on is None:
            return self.none
        if self.revokes(revoked_on, effective):
            during = f", also while its effect waits for the end of {w.a_conflict}" if waits else ""
            return self.finding(
                Truth.HOLDS,
                f"The State revokes the instrument on {revoked_on}, before the {w.term} takes"
                f" effect: it never takes effect and the State remains a party. A {w.term} can"
                f" be revoked at any time before it takes effect{during}.",
            )
        came = (
            f"The revocation received on {revoked_on} comes"
            + (" on the very day" if revoked_on == effective else " after")
            + f" the {w.term} takes effect ({effective})"
        )
        if still_binding:
            return self.finding(
                Truth.FAILS,
                f"{came}: too late for that, though it comes while {still_binding}. Whether it"
                f" keeps the State bound by that {w.annex} alone is a question the rules applied"
                " here do not decide.",
            )
        return self.finding(
            Truth.FAILS,
            f"{came}: too late, it changes nothing. To be bound again the State must join anew.",
        )

    def of_nothing(self, revoked_on: date) -> Finding:
        """A revocation of an instrument that had no effect of its own."""
        return self.finding(
            Truth.NOT_APPLICABLE,
            f"The revocation received on {revoked_on} takes back an instrument that had no"
            " effect of its own; it changes nothing.",
        )
