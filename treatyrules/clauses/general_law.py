"""The general law of treaties the clauses apply, by the role each rule plays.

A clause never names the instrument these rules come from: the treaty declaration
hands them in (the library's own treaties all use the Vienna Convention's, see
``treatyrules.treaties.vclt``), so the clause layer imports no treaty.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..core.rule import Rule, Statement
from .revocation import RevocationRule

__all__ = ["GeneralLaw"]


@dataclass(frozen=True, eq=False, kw_only=True)
class GeneralLaw:
    """Rules of general international law, by role."""

    interim: Rule
    """A signatory, or a State not yet bound, must not defeat the object and purpose."""
    third_states: Statement
    """A treaty binds no State that has not consented to it."""
    revocation: RevocationRule
    """An instrument of withdrawal may be revoked until it takes effect."""
    objection: Rule
    """The procedure when a party objects to a ground invoked by another."""
    consequences: Rule
    """Withdrawal releases from further performance and leaves the past untouched."""
    independent: Rule
    """Obligations that bind under international law independently of the treaty."""
    breach_stays: Rule
    """An act is judged by the obligations in force when it occurred."""
    suspension: Rule
    """Operation may be suspended only under the treaty or the general law."""
    suspension_by_treaty: Rule
    change_of_circumstances: Rule

    def rules(self) -> tuple[Rule, ...]:
        return (
            self.interim,
            self.third_states,
            self.suspension,
            self.suspension_by_treaty,
            self.change_of_circumstances,
            self.objection,
            self.revocation,
            self.independent,
            self.consequences,
            self.breach_stays,
        )
