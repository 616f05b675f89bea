"""Entry-into-force formulas and the rules that apply them to an instrument of consent.

A treaty enters into force generally once enough instruments are deposited, and
for each later State by a formula counted from its own deposit. The formulas
differ from treaty to treaty; each is a small value object that computes the
date and says in words how it did.

>>> from datetime import date
>>> FirstDayOfNthMonthAfter(6).date_for(date(2012, 12, 27))
datetime.date(2013, 6, 1)
>>> DaysAfter(90).date_for(date(2020, 10, 24))
datetime.date(2021, 1, 22)
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass
from datetime import date
from functools import cached_property
from typing import Literal

from ..core.calendar import days_after, first_day_of_nth_month_after, months_after
from ..core.rule import Rule
from ..core.truth import Truth
from ..core.verdict import Finding
from ..core.words import number_word, ordinal

__all__ = [
    "DaysAfter",
    "EntryIntoForceForState",
    "FirstDayOfMonthAfterDays",
    "FirstDayOfNthMonthAfter",
    "Formula",
    "GeneralEntryIntoForce",
    "MonthsAfter",
    "OnDeposit",
]


class Formula(ABC):
    """How the date of entry into force follows from the date of deposit."""

    @abstractmethod
    def date_for(self, deposit: date) -> date:
        """The date of entry into force for an instrument deposited on ``deposit``."""

    @abstractmethod
    def describe(self) -> str:
        """The formula in words, to complete "enters into force ..."."""


@dataclass(frozen=True, slots=True)
class FirstDayOfNthMonthAfter(Formula):
    """The first day of the n-th month after the date of deposit (APMBC Art. 17(2), CCM Art.
    17(2)): the day of the month of the deposit does not matter."""

    n: int

    def date_for(self, deposit: date) -> date:
        return first_day_of_nth_month_after(deposit, self.n)

    def describe(self) -> str:
        return f"on the first day of the {ordinal(self.n)} month after the date of deposit"


@dataclass(frozen=True, slots=True)
class MonthsAfter(Formula):
    """n calendar months after the deposit, on the same calendar date (CCW, GC)."""

    n: int

    def date_for(self, deposit: date) -> date:
        return months_after(deposit, self.n)

    def describe(self) -> str:
        return f"{number_word(self.n)} months after the deposit, on the same day of the month"


@dataclass(frozen=True, slots=True)
class DaysAfter(Formula):
    """n days after the deposit (TPNW and ATT: 90; CWC: the 30th day)."""

    n: int

    def date_for(self, deposit: date) -> date:
        return days_after(deposit, self.n)

    def describe(self) -> str:
        return f"{self.n} days after the deposit"


@dataclass(frozen=True, slots=True)
class FirstDayOfMonthAfterDays(Formula):
    """The first day of the month after the n-th day following the deposit (Rome Statute: 60)."""

    n: int

    def date_for(self, deposit: date) -> date:
        return first_day_of_nth_month_after(days_after(deposit, self.n), 1)

    def describe(self) -> str:
        return (
            f"on the first day of the month after the {ordinal(self.n)} day following the deposit"
        )


@dataclass(frozen=True, slots=True)
class OnDeposit(Formula):
    """On the date of deposit (NPT, BWC, OST)."""

    def date_for(self, deposit: date) -> date:
        return deposit

    def describe(self) -> str:
        return "on the date of deposit"


@dataclass(frozen=True, eq=False, kw_only=True)
class GeneralEntryIntoForce(Rule):
    """The treaty's own entry into force, fixed by depositary facts.

    ``last_counted`` is the deposit date of the instrument that completed the
    threshold: every instrument deposited on or before it shares ``in_force``.
    """

    in_force: date | None
    """None: the treaty is not in force (the CTBT)."""
    last_counted: date | None
    threshold: int | str
    """The number of instruments needed, or a description of the condition."""
    later_states_from: Literal["threshold", "entry_into_force"] = "threshold"
    """Whether the per-State formula serves deposits after the threshold instrument (APMBC,
    CCM, TPNW, CCW, Rome Statute) or only those after the treaty's entry into force (CWC, ATT,
    NPT, BWC, OST: "subsequent to the entry into force")."""

    def covers(self, deposit: date) -> bool:
        """Whether an instrument deposited on ``deposit`` shares the treaty's own entry into force."""
        if self.later_states_from == "entry_into_force" and self.in_force is not None:
            return deposit < self.in_force
        if self.last_counted is None:
            # The threshold instrument's day is not given: only a deposit before the treaty
            # entered into force can have counted towards it.
            return self.in_force is None or deposit < self.in_force
        return deposit <= self.last_counted

    def judge(self, deposit: date, children: tuple[Finding, ...] = ()) -> Finding:
        if self.in_force is None:
            return self.finding(
                Truth.FAILS,
                f"The instrument was deposited on {deposit}, but the treaty itself is not in"
                f" force (it needs {self._threshold_words}): it is not in force for the State.",
                children,
            )
        when = (
            "before the treaty entered into force"
            if self.later_states_from == "entry_into_force" or self.last_counted is None
            else f"no later than the {self._threshold_words} ({self.last_counted})"
        )
        return self.finding(
            Truth.HOLDS,
            f"The instrument was deposited on {deposit}, {when}; the treaty entered into force"
            f" for the State with the treaty itself, on {self.in_force}.",
            children,
        )

    @property
    def _threshold_words(self) -> str:
        if isinstance(self.threshold, int):
            return f"{ordinal(self.threshold)} instrument"
        return self.threshold


@dataclass(frozen=True, eq=False, kw_only=True)
class EntryIntoForceForState(Rule):
    """Entry into force for a State depositing after the treaty is in force."""

    formula: Formula
    general: GeneralEntryIntoForce
    immediate_in_conflict: Rule | None = None
    lodged: str = "deposited"
    """How the treaty says an instrument is lodged ("deposited", "notified" for accessions
    to the Geneva Conventions)."""
    """Geneva Conventions: the rule under which a Party to a conflict is bound from its deposit."""

    def date_for(self, deposit: date) -> date | None:
        if self.general.covers(deposit):
            return self.general.in_force
        return self.formula.date_for(deposit)

    @property
    def _after(self) -> str:
        if self.general.later_states_from == "entry_into_force":
            return "after the treaty entered into force"
        return f"after the {self.general._threshold_words}"

    @cached_property
    def _rule_in_words(self) -> str:
        return (
            f", {self._after}, so the treaty enters into force for the State"
            f" {self.formula.describe()}: "
        )

    def decide(self, deposit: date, *, in_conflict: bool = False) -> date | None:
        """The date :meth:`judge` gives, without its finding (None: never)."""
        if self.immediate_in_conflict is not None and in_conflict:
            return deposit
        return self.date_for(deposit)

    def judge(
        self, deposit: date, children: tuple[Finding, ...] = (), *, in_conflict: bool = False
    ) -> tuple[date | None, Finding]:
        """The date of entry into force for an instrument deposited on ``deposit`` (None: never)."""
        if self.immediate_in_conflict is not None and in_conflict:
            return deposit, self.immediate_in_conflict.finding(
                Truth.HOLDS,
                f"The State is a Party to an armed conflict when it deposits its instrument on"
                f" {deposit}: the treaty takes effect for it immediately.",
                children,
            )
        if self.general.covers(deposit):
            return self.general.in_force, self.general.judge(deposit, children)
        eif = self.formula.date_for(deposit)
        if self.lodged != "deposited":
            # An instrument notified rather than deposited takes effect from its receipt.
            when = self.formula.describe().replace("the deposit", "its receipt")
            text = (
                f"The instrument was {self.lodged} on {deposit.isoformat()}, after the treaty"
                f" entered into force, so it takes effect {when}: {eif.isoformat()}."
            )
            return eif, self.finding(Truth.HOLDS, text, children)
        text = f"The instrument was deposited on {deposit.isoformat()}{self._rule_in_words}{eif.isoformat()}."
        return eif, self.finding(Truth.HOLDS, text, children)
