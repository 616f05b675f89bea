"""Signature and consent to be bound: who may sign, ratify or accede, and when.

These rules judge each instrument of consent. They warn rather than reject: a
ratification with no signature on record, or a signature after the signature
period closed, is reported as a defect (severity ``warning``) while the
instrument still counts, as the Depositary recorded it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache, cached_property

from ..core.rule import Rule
from ..core.truth import Truth
from ..core.verdict import Finding

__all__ = ["AccessionRule", "ConsentBySignatory", "SignaturePeriod", "SuccessionRule"]

_NAMES = {
    "ratification": "ratification",
    "acceptance": "acceptance",
    "approval": "approval",
    "accession": "accession",
    "succession": "notification of succession",
}


def instrument_name(kind: str) -> str:
    """``"succession"`` -> ``"notification of succession"``."""
    return _NAMES.get(kind, kind)


@dataclass(frozen=True, eq=False, kw_only=True)
class SignaturePeriod(Rule):
    """Signature is open from ``opens`` until the treaty's entry into force."""

    opens: date
    closes_before: date | None
    """The first day on which signature is no longer possible (None: it never closes)."""
    closes_with_entry_into_force: bool = True
    """Signature closes when the treaty enters into force (APMBC Art. 15), rather than on a
    fixed last day (Rome Statute Art. 125(1): 31 December 2000)."""

    def _closed(self) -> str:
        """When signature closed, as the treaty fixes it."""
        assert self.closes_before is not None
        if self.closes_with_entry_into_force:
            return f"its entry into force on {self.closes_before}"
        return f"{self.closes_before - timedelta(days=1)}, the last day it was open"

    def judge(self, signed: date) -> Finding:
        if signed < self.opens:
            return self.finding(
                Truth.FAILS,
                f"Signature on {signed} is before the treaty was open for signature"
                f" ({self.opens}); it is recorded as given.",
                severity="warning",
            )
        if self.closes_before is not None and signed >= self.closes_before:
            return self.finding(
                Truth.FAILS,
                f"Signature on {signed} is after signature closed ({self._closed()}); a State"
                " that has not signed may only accede. It is recorded as given.",
                severity="warning",
            )
        period = (
            f"{self.opens} until {self._closed()}"
            if self.closes_before is not None
            else f"from {self.opens}"
        )
        return self.finding(
            Truth.HOLDS,
            f"Signed on {signed}, while the treaty was open for signature ({period}).",
        )


@dataclass(frozen=True, eq=False, kw_only=True)
class ConsentBySignatory(Rule):
    """Ratification, acceptance or approval is for States that signed."""

    def judge(self, kind: str, deposit: date, signed: date | None) -> Finding:
        name = instrument_name(kind)
        if signed is None or signed > deposit:
            return self.finding(
                Truth.FAILS,
                f"Instrument of {name} deposited on {deposit}, but no earlier signature is on"
                " record: a State that has not signed joins by accession. The instrument still"
                " counts from the day it was deposited.",
                severity="warning",
            )
        return _by_signatory(self, name)


@cache
def _by_signatory(rule: ConsentBySignatory, name: str) -> Finding:
    return rule.finding(
        Truth.HOLDS, f"The instrument of {name} comes from a State that signed the treaty."
    )


@dataclass(frozen=True, eq=False, kw_only=True)
class AccessionRule(Rule):
    """Accession is for States that did not sign (or that left and come back).

    Some treaties open it to every State, signatories included (``signatories_may``);
    some only once the treaty is in force (``after_entry_into_force``, with the day it
    entered into force in ``in_force``, None while it is not in force).
    """

    signatories_may: bool = False
    after_entry_into_force: bool = False
    in_force: date | None = None

    def judge(self, deposit: date, signed: date | None, rejoining: bool) -> Finding:
        if rejoining:
            return self.finding(
                Truth.HOLDS,
                f"Instrument of accession deposited on {deposit}: after it left the treaty the"
                " State joins again as a new party.",
            )
        if self.after_entry_into_force and (self.in_force is None or deposit < self.in_force):
            when = (
                "the treaty is not in force"
                if self.in_force is None
                else f"the treaty entered into force only on {self.in_force}"
            )
            return self.finding(
                Truth.FAILS,
                f"Instrument of accession deposited on {deposit}, but {when}: accession is"
                " open only from the treaty's entry into force. The instrument still counts"
                " from the day it was deposited.",
                severity="warning",
            )
        if signed is not None and signed <= deposit:
            if self.signatories_may:
                return self.finding(
                    Truth.HOLDS,
                    f"Instrument of accession deposited on {deposit} by a State that signed on"
                    f" {signed}: accession is open to every State, signatories included.",
                )
            return self.finding(
                Truth.FAILS,
                f"Instrument of accession deposited on {deposit} by a State that signed on"
                f" {signed}: signatories join by ratification, acceptance or approval. The"
                " instrument still counts from the day it was deposited.",
                severity="warning",
            )
        return self.not_signed

    @cached_property
    def not_signed(self) -> Finding:
        return self.finding(
            Truth.HOLDS, "The instrument of accession comes from a State that had not signed."
        )


@dataclass(frozen=True, eq=False, kw_only=True)
class SuccessionRule(Rule):
    """A successor State's notification of succession, effective from the succession."""

    def judge(self, deposit: date, effective: date | None) -> Finding:
        if effective is None:
            return self.finding(
                Truth.HOLDS,
                f"Notification of succession deposited on {deposit}, with no date of"
                " succession given: it is treated like an instrument deposited that day.",
            )
        return self.finding(
            Truth.HOLDS,
            f"Notification of succession deposited on {deposit}; the succession takes effect"
            f" on {effective}, the date of succession: in depositary practice a successor State"
            " is bound from its independence, before its notification.",
        )
