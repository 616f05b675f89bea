"""One State's depositary record: what the sources say it deposited, and when.

A :class:`Record` holds facts only, each with its sources. It produces the
State's :class:`~treatyrules.scenario.Scenario` -- signature, the instrument of
consent, and any later instruments (withdrawal, claimed suspension, objections
by other States) -- for the engine to judge. Facts the sources dispute, or that
were not checked against the depositary, stay visible as :class:`Alternative`
values next to the one the record uses.

>>> from treatyrules.records import record
>>> mne = record("MNE")
>>> mne.kind, str(mne.deposit), mne.succession_effective
('succession', '2006-10-23', None)
>>> alt = mne.alternatives[0]
>>> alt.field, str(alt.alternative), alt.basis
('succession_effective', '2006-06-03', 'legal_reading')
>>> str(mne.with_alternative(alt).succession_effective)
'2006-06-03'
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any, Literal

from pydantic import Field, TypeAdapter, ValidationError

from ..core.model import Frozen
from ..errors import input_error
from ..fields import IsoDate, StateCode
from ..scenario import Conflict, Event, Scenario, TreatyId

__all__ = [
    "Alternative",
    "ConsentKind",
    "LaterEvent",
    "Record",
    "extend",
]

ConsentKind = Literal["ratification", "acceptance", "approval", "accession", "succession"]
AlternativeField = Literal[
    "signature", "deposit", "kind", "succession_effective", "withdrawal", "suspension_claim"
]
"""What an alternative may concern: a field of the record, or the date of a later event."""


class LaterEvent(Frozen):
    """An instrument after the State's consent (a withdrawal, a claimed suspension, an
    objection by another State), with the sources that report it."""

    event: Event
    sources: tuple[str, ...] = Field(min_length=1)
    note: str | None = None


class Alternative(Frozen):
    """A value some source gives instead of the one the record uses.

    ``basis`` says why it is kept: ``disputed`` (sources disagree; the record uses
    the one closer to the Depositary), ``unverified`` (the recorded value was not
    checked against the Depositary's own record) or ``legal_reading`` (the same
    facts, read under another practice, give another value).
    """

    field: AlternativeField
    recorded: IsoDate | ConsentKind | None = Field(
        description="The value the record uses (None: the field is empty in the record)."
    )
    alternative: IsoDate | ConsentKind
    basis: Literal["disputed", "unverified", "legal_reading"]
    sources: tuple[str, ...] = Field(min_length=1)
    note: str


class Record(Frozen):
    """What the sources say one State deposited under one treaty."""

    treaty: TreatyId
    state: StateCode
    name: str = Field(min_length=1)
    signature: IsoDate | None
    deposit: IsoDate = Field(description="The day the Depositary received the instrument.")
    kind: ConsentKind
    stated_entry_into_force: IsoDate = Field(
        description="Entry into force as the sources state it. The engine derives its own from"
        " the deposit; a test checks that the two agree."
    )
    succession_effective: IsoDate | None = Field(
        default=None,
        description="For a succession: the day it takes effect, when that is not the date the"
        " treaty's entry-into-force clause gives for the notification (South Sudan: from"
        " independence, before its notification).",
    )
    sources: tuple[str, ...] = Field(min_length=1)
    notes: str | None = None
    later: tuple[LaterEvent, ...] = ()
    alternatives: tuple[Alternative, ...] = ()

    @property
    def events(self) -> tuple[Event, ...]:
        """The instruments in Scenario JSON v1 form: signature, consent, then later ones."""
        return _EVENTS.validate_python(
            [
                *([{"kind": "signature", "date": self.signature}] if self.signature else []),
                {"kind": self.kind, "date": self.deposit}
                | (
                    {"effective": self.succession_effective}
                    if self.succession_effective is not None
                    else {}
                ),
                *(later.event for later in self.later),
            ]
        )

    def scenario(
        self,
        *,
        as_of: dt.date | None = None,
        events: Iterable[Event | Mapping[str, Any]] = (),
        conflicts: Iterable[Conflict | Mapping[str, Any]] = (),
    ) -> Scenario:
        """The State's scenario, optionally with hypothetical facts added (see :func:`extend`).

        >>> from treatyrules.records import record
        >>> [e.kind for e in record("POL").scenario().events]
        ['signature', 'ratification', 'withdrawal']
        """
        base = Scenario.model_validate(
            {"treaty": self.treaty, "state": self.state, "as_of": as_of, "events": self.events}
        )
        return extend(base, events=events, conflicts=conflicts)

    def value(self, field: str) -> dt.date | str | None:
        """The record's value for an alternative's ``field``."""
        if field in ("withdrawal", "suspension_claim"):
            dates = [x.event.date for x in self.later if x.event.kind == field]
            return dates[0] if dates else None
        value: dt.date | str | None = getattr(self, field)
        return value

    def with_alternative(self, alternative: Alternative) -> Record:
        """This record with ``alternative`` used instead of the recorded value.

        The alternative is then the recorded value, and the replaced value becomes
        the alternative, so a record can be turned back.
        """
        if alternative not in self.alternatives:
            raise ValueError(f"{alternative.field!r}: not an alternative of {self.state}'s record")
        field, value = alternative.field, alternative.alternative
        swapped = alternative.model_copy(
            update={"recorded": value, "alternative": alternative.recorded}
        )
        alternatives = tuple(swapped if a == alternative else a for a in self.alternatives)
        if field in ("withdrawal", "suspension_claim"):
            later = tuple(
                x.model_copy(update={"event": x.event.model_copy(update={"date": value})})
                if x.event.kind == field
                else x
                for x in self.later
            )
            return self.model_copy(update={"later": later, "alternatives": alternatives})
        return self.model_copy(update={field: value, "alternatives": alternatives})


_EVENTS: TypeAdapter[tuple[Event, ...]] = TypeAdapter(tuple[Event, ...])
_CONFLICTS: TypeAdapter[tuple[Conflict, ...]] = TypeAdapter(tuple[Conflict, ...])


def extend(
    base: Scenario,
    *,
    events: Iterable[Event | Mapping[str, Any]] = (),
    conflicts: Iterable[Conflict | Mapping[str, Any]] = (),
) -> Scenario:
    """``base`` with hypothetical ``events`` and ``conflicts`` added after its own.

    The added facts are validated on their own first, so an error names them by
    their place in the caller's lists (``events[0].date``, ``conflicts[1].end``).

    >>> base = Scenario(treaty="APMBC", state="XXA")
    >>> s = extend(base, events=[{"kind": "accession", "date": "2030-01-15"}])
    >>> [(e.kind, str(e.date)) for e in s.events]
    [('accession', '2030-01-15')]
    >>> extend(base, events=[{"kind": "accession", "date": "2030-02-30"}])
    Traceback (most recent call last):
    ...
    treatyrules.core.errors.InputError: events[0].date: expected a calendar date written YYYY-MM-DD, got '2030-02-30'
    """
    try:
        added = _EVENTS.validate_python(tuple(events))
    except ValidationError as exc:
        raise input_error(exc, "events") from None
    try:
        wars = _CONFLICTS.validate_python(tuple(conflicts))
    except ValidationError as exc:
        raise input_error(exc, "conflicts") from None
    if not added and not wars:
        return base
    try:
        return Scenario.model_validate(
            {
                **base.model_dump(exclude={"events", "conflicts"}),
                "events": (*base.events, *added),
                "conflicts": (*base.conflicts, *wars),
            }
        )
    except ValidationError as exc:
        raise input_error(exc) from None
