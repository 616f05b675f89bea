"""The status of many States on one date: the ``treatyrules status`` JSON contract.

``StatusReport.model_dump(mode="json")`` is exactly the document of the design's
"Status of many States" contract::

    {"treaty": "APMBC", "as_of": DATE,
     "states": [{"state", "name", "status", "entry_into_force", "withdrawal"}, ...],
     "counts": {<a key per status present>, "states_parties": ...}}
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from pydantic import Field

from ..core.model import Frozen
from ..core.status import Status, tally
from ..core.verdict import WithdrawalResult
from ..readings import Reading
from ..states import state_name

__all__ = ["LineFact", "LineReading", "StateStatus", "StatusReport", "tally"]


class LineReading(Frozen):
    """A contested point a line rests on: the reading applied, and what the others give."""

    point: str = Field(description="The interpretation point's key (`treatyrules rules`).")
    value: str = Field(description="The reading applied.")
    default: bool = Field(description="Whether it is the point's default reading.")
    others: dict[str, str] = Field(
        description="Each other reading that changes the line, and what it gives instead."
    )

    @classmethod
    def of(cls, reading: Reading) -> LineReading:
        return cls.trusted(
            point=reading.key,
            value=reading.value,
            default=reading.default,
            others=dict(reading.others),
        )


class LineFact(Frozen):
    """Another source's value for a fact of the State's record that would change its line."""

    field: str = Field(description="The record's field (`deposit`, `withdrawal`, ...).")
    recorded: str | None = Field(description="The value the record uses.")
    alternative: str = Field(description="The value another source (or reading) gives.")
    basis: str = Field(description="`disputed`, `unverified` or `legal_reading`.")
    status: Status = Field(description="The line's status on that value.")
    effective_date: date | None = Field(
        description="The withdrawal's day of effect on that value, if one is determined."
    )

    @classmethod
    def of(
        cls,
        alternative: Any,
        line: tuple[Status, date | None, WithdrawalResult | None],
    ) -> LineFact:
        status, _, withdrawal = line
        return cls.trusted(
            field=alternative.field,
            recorded=None if alternative.recorded is None else str(alternative.recorded),
            alternative=str(alternative.alternative),
            basis=alternative.basis,
            status=status,
            effective_date=None if withdrawal is None else withdrawal.effective_date,
        )


class StateStatus(Frozen):
    """One State's line in the report: the verdict's status and dates, without the reasons."""

    state: str
    name: str | None
    status: Status
    entry_into_force: date | None
    withdrawal: WithdrawalResult | None
    unverified: tuple[str, ...] = Field(
        default=(),
        description="The fields of the State's record the sources mark UNVERIFIED (an added field).",
    )
    note: str | None = Field(
        default=None,
        description="What the columns cannot show: the verdict's conclusion where a claimed"
        " suspension or a contested reading bears on the line (an added field; null otherwise).",
    )
    rests_on: tuple[LineReading, ...] = Field(
        default=(),
        description="The contested points whose other readings would change this line's status,"
        " withdrawal or whether the State is bound (an added field; empty where none does).",
    )
    disputed: tuple[LineFact, ...] = Field(
        default=(),
        description="The values other sources give for the record's facts that would change this"
        " line's status on the day read (an added field; empty where none does).",
    )
    reported_effect: date | None = Field(
        default=None,
        description="The day of effect a source states for the withdrawal shown (announced"
        " before it or reported after it), a check on the rules' `withdrawal.effective_date`;"
        " the note says where they differ (an added field; null where no source states one, or"
        " the record works it out from the receipt). Where the record works the receipt back"
        " from it instead (the withdrawal marked UNVERIFIED), the two agree by construction.",
    )
    unverified_notes: tuple[str, ...] = Field(
        default=(),
        description="What the record's notes say of each field in `unverified`, in the same"
        " order: what is in doubt and why (an added field).",
    )

    @classmethod
    def at(
        cls,
        state: str,
        decided: tuple[Status, date | None, WithdrawalResult | None],
        *,
        unverified: tuple[str, ...] = (),
        unverified_notes: tuple[str, ...] = (),
        note: str | None = None,
        rests_on: tuple[Reading, ...] = (),
        disputed: tuple[LineFact, ...] = (),
        reported_effect: date | None = None,
    ) -> StateStatus:
        """The line of a State from the decisions :func:`treatyrules.verdicts.decided` reads
        from its history, with the ``note`` and the readings that change it, if any."""
        status, eif, withdrawal = decided
        return cls.trusted(
            state=state,
            name=state_name(state),
            status=status,
            entry_into_force=eif,
            withdrawal=withdrawal,
            unverified=unverified,
            note=note,
            rests_on=tuple(LineReading.of(r) for r in rests_on),
            disputed=disputed,
            reported_effect=reported_effect,
            # An added field goes last, as trusted() keeps the order it is given.
            unverified_notes=unverified_notes,
        )


class StatusReport(Frozen):
    """The status of each listed State on ``as_of``, and the counts."""

    treaty: str
    as_of: date
    states: tuple[StateStatus, ...]
    counts: dict[str, int]

    @classmethod
    def of(cls, treaty: str, as_of: date, states: Iterable[StateStatus]) -> StatusReport:
        states = tuple(states)
        return cls.trusted(
            treaty=treaty, as_of=as_of, states=states, counts=tally(s.status for s in states)
        )
