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

import calendar
import datetime as dt
import re
from collections.abc import Iterable, Mapping
from typing import Annotated, Any, Literal

from pydantic import Field, StringConstraints, TypeAdapter, ValidationError, model_validator
from pydantic_core import PydanticCustomError

from ..core.model import Frozen
from ..errors import input_error
from ..fields import IsoDate, StateCode
from ..scenario import Conflict, Event, Scenario, TreatyId

__all__ = [
    "Alternative",
    "ConsentKind",
    "GrantedExtension",
    "LaterEvent",
    "Obligation",
    "Precision",
    "Record",
    "extend",
    "first_day",
    "last_day",
]

ConsentKind = Literal["ratification", "acceptance", "approval", "accession", "succession"]
LATER_KINDS = ("withdrawal", "revocation", "suspension_claim", "unsigning")
AlternativeField = Literal[
    "signature",
    "deposit",
    "kind",
    "succession_effective",
    "withdrawal",
    "revocation",
    "suspension_claim",
    "unsigning",
    "art_4.completed",
    "art_5.completed",
    "art_5.current_due",
    "art_5.granted",
]
"""What an alternative may concern: a field of the record, the date of a later event, or a
compliance value (``art_4.completed``: the day the stockpile destruction was completed;
``art_5.granted``: the day the first Art. 5 extension was granted)."""

PartialDate = Annotated[str, StringConstraints(pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$")]
"""A date as precise as the source: ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``."""

Precision = Literal["exact", "month", "year", "by_report", "before", "approximate", "announced"]
"""How precisely a source dates a completion: the day; the month; the year; on or before
the date of the report that announced it; before that day; about that year; on or before
the day it was announced (a ceremony, a meeting's declaration: the work may have ended
earlier)."""

GrantPrecision = Literal["exact", "meeting", "month", "year", "reopened", "not_stated"]
"""How precisely the sources date a grant: the day; the meeting's last day; the month or
year of the meeting; the report of newly found areas (the meeting is not verified); not
stated (dated on the deadline it extends)."""


def last_day(value: str, precision: str = "") -> dt.date:
    """The latest day ``value`` (a :data:`PartialDate`) allows: what a completion dated
    that precisely is known to have been done by.

    >>> last_day("2016-04"), last_day("2001"), last_day("2001-03-01", "before")
    (datetime.date(2016, 4, 30), datetime.date(2001, 12, 31), datetime.date(2001, 2, 28))
    """
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 1:
        day = dt.date(parts[0], 12, 31)
    elif len(parts) == 2:
        day = dt.date(parts[0], parts[1], calendar.monthrange(parts[0], parts[1])[1])
    else:
        day = dt.date(parts[0], parts[1], parts[2])
    return day - dt.timedelta(days=1) if precision == "before" else day


def first_day(value: str, precision: str = "") -> dt.date | None:
    """The earliest day ``value`` allows (None: no lower bound -- "by", "before" or
    announced on a day).

    >>> first_day("2016-04"), first_day("2004-04-30", "by_report")
    (datetime.date(2016, 4, 1), None)
    """
    if precision in ("by_report", "before", "announced"):
        return None
    parts = [int(p) for p in value.split("-")] + [1, 1]
    if precision == "approximate":
        return dt.date(parts[0] - 1, 1, 1)  # "about 2001": the year before is not excluded
    return dt.date(parts[0], parts[1], parts[2])


class Obligation(Frozen):
    """A State's record on one time-limited obligation (APMBC Art. 4 or Art. 5), as the
    sources state it on ``as_of`` (the data's cut-off)."""

    rule: str = Field(description="The eid of the obligation, e.g. art_4.")
    held: str = Field(description="Whether the State held a stockpile or mined areas, as stated.")
    position: Literal[
        "completed",
        "never_held",
        "in_violation",
        "unknown",
        "in_progress",
        "deadline_missed",
        "never_affected",
    ] = Field(description="The State's position on ``as_of`` as the sources give it.")
    due: str = Field(description="The deadline derived from entry into force (or n/a).")
    completed: PartialDate | None = None
    precision: Precision | None = None
    as_stated: str = Field(description="The completion as the sources state it.")
    current_due: str = Field(description="Art. 5: the current deadline as the sources state it.")
    retained: str | None = Field(default=None, description="Mines retained under Art. 3.")
    as_of: dt.date
    sources: tuple[str, ...] = ()
    notes: str | None = None

    @property
    def done_by(self) -> dt.date | None:
        """The latest day the completion can have fallen on (None: no completion date)."""
        if self.completed is None:
            return None
        return last_day(self.completed, self.precision or "")

    @property
    def not_applicable(self) -> bool:
        """The sources show no stockpile, or no mined areas, to destroy."""
        return self.position in ("never_held", "never_affected") or self.unsubstantiated

    @property
    def found_late(self) -> bool:
        """The sources report the stockpile or mined areas found only after the deadline:
        none declared at first, or more found after the first was destroyed.

        >>> from treatyrules.records import record
        >>> record("HUN").obligation("art_5__para_1").found_late
        True
        """
        return bool(_FOUND_LATE.search(self.held) or _FOUND_MORE.search(self.notes or ""))

    @property
    def first_done(self) -> str | None:
        """Where more was found after the first stock was destroyed: that first destruction,
        as the notes date it (``by 1999-11``), else None.

        >>> from treatyrules.records import record
        >>> record("BIH").obligation("art_4").first_done
        'by 1999-11'
        """
        found = _ORIGINAL.search(self.notes or "") if _FOUND_MORE.search(self.notes or "") else None
        if found is None:
            return None
        by, month, year = found.groups()
        return f"{by or ''}{year}-{_MONTHS[month]:02d}"

    @property
    def retained_when_late(self) -> bool:
        """The notes say the mines destroyed after the deadline had been declared retained
        (Art. 3): Art. 4 binds "except as provided for in Article 3"."""
        return "had been declared as retained" in (self.notes or "")

    @property
    def unreported_contamination(self) -> bool:
        """Contamination the sources report but the State has not formally reported (the
        violation Mine Action Review finds is that no new deadline was sought)."""
        return "not formally reported" in self.held

    @property
    def unsubstantiated(self) -> bool:
        """A suspected area the sources report not substantiated: no mined area is shown."""
        return "not substantiated" in self.as_stated

    @property
    def late_stated(self) -> bool:
        """The sources say the completion came after the deadline (not only its date)."""
        return "after the deadline" in self.as_stated

    @property
    def provisional(self) -> str | None:
        """The notes' sentence that calls the recorded position provisional, if any."""
        found = _PROVISIONAL.search(self.notes or "")
        return None if found is None else found.group(0).strip()

    @property
    def history_unverified(self) -> bool:
        """The sources leave the extensions of the deadline unverified (current_due says so)."""
        return self.current_due.startswith("not verified")


class GrantedExtension(Frozen):
    """An extension of a deadline granted by a meeting of the States Parties."""

    rule: str
    meeting: str | None = Field(description="e.g. 18MSP, 4RC; None where not verified.")
    granted: dt.date = Field(description="The decision's day, as precisely as ``precision``.")
    precision: GrantPrecision
    until: PartialDate | None = Field(description="The new deadline; None where not verified.")
    basis: Literal["art_5__para_3", "new_areas"] = Field(
        description="An Art. 5(3) extension, or a deadline for newly found mined areas."
    )
    as_stated: str
    lapse: Literal["stated"] | None = Field(
        default=None,
        description="stated: the sources say the deadline it extends had passed with no"
        " request (a lapse); None: they say no more than when the grant came.",
    )


class LaterEvent(Frozen):
    """An instrument after the State's consent (a withdrawal, a claimed suspension, an
    objection by another State), with the sources that report it."""

    event: Event
    sources: tuple[str, ...] = Field(min_length=1)
    note: str | None = None
    reported_effect: IsoDate | None = Field(
        default=None,
        description="For a withdrawal: the day of effect a source states, whether announced"
        " before it or reported after it (None where the sources state none, or the record"
        " works it out from the receipt). A check on the day the rules give, never an input"
        " to them.",
    )

    @model_validator(mode="after")
    def _only_a_withdrawal_takes_effect(self) -> LaterEvent:
        if self.reported_effect is not None and self.event.kind != "withdrawal":
            raise PydanticCustomError(
                "reported_effect",
                "reported_effect: given for a {kind}, but only a withdrawal takes effect",
                {"kind": self.event.kind},
            )
        return self


class Alternative(Frozen):
    """A value some source gives instead of the one the record uses.

    ``basis`` says why it is kept: ``disputed`` (sources disagree; the record uses
    the one closer to the Depositary), ``unverified`` (the recorded value was not
    checked against the Depositary's own record), ``legal_reading`` (the same
    facts, read under another practice, give another value) or ``uncertain`` (sources
    disagree and the notes prefer neither: where the choice decides, the outcome is
    unknown).
    """

    field: AlternativeField
    recorded: IsoDate | ConsentKind | PartialDate | None = Field(
        union_mode="left_to_right",
        description="The value the record uses (None: the field is empty in the record).",
    )
    alternative: IsoDate | ConsentKind | PartialDate | None = Field(
        union_mode="left_to_right",
        description="The other value (None only for an ``unverified`` mark with no other value"
        " in the sources: the recorded value itself was not checked).",
    )
    basis: Literal["disputed", "unverified", "legal_reading", "uncertain"]
    sources: tuple[str, ...] = Field(min_length=1)
    note: str
    precision: Precision | None = Field(
        default=None,
        description="A completion's alternative: how precisely that source dates it"
        " (``by_report``: the date of the report announcing it, written ``by YYYY`` in the"
        " file, as the facts write it).",
    )


class Record(Frozen):
    """What the sources say one State deposited under one treaty."""

    treaty: TreatyId
    state: StateCode
    name: str = Field(min_length=1)
    signature: IsoDate | None
    deposit: IsoDate | None = Field(
        description="The day the Depositary received the instrument of consent (None: a"
        " signatory that never deposited one)."
    )
    kind: ConsentKind | None
    stated_entry_into_force: IsoDate | None = Field(
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
    obligations: tuple[Obligation, ...] = ()
    extensions: tuple[GrantedExtension, ...] = ()

    @property
    def events(self) -> tuple[Event, ...]:
        """The instruments in Scenario JSON v1 form: signature, consent, later ones, then
        the compliance facts: a completion dated to the day, a stockpile still held on the
        data's cut-off, each extension with a known new deadline (:attr:`left_out` lists
        what the events cannot carry)."""
        return _EVENTS.validate_python(
            [
                *self._opening(),
                *(later.event for later in self.later),
                *self._compliance_events(),
            ]
        )

    def _opening(self) -> list[dict[str, Any]]:
        """The events before the later instruments: the signature and the consent, if any."""
        opening: list[dict[str, Any]] = []
        if self.signature:
            opening.append({"kind": "signature", "date": self.signature})
        if self.kind is not None and self.deposit is not None:
            opening.append({"kind": self.kind, "date": self.deposit})
            if self.succession_effective is not None:
                opening[-1]["effective"] = self.succession_effective
        return opening

    def later_at(self, index: int) -> LaterEvent | None:
        """The later instrument that is event ``index`` of :attr:`events` (None for the
        signature, the consent, a compliance fact, or an event added after them)."""
        at = index - len(self._opening())
        return self.later[at] if 0 <= at < len(self.later) else None

    @property
    def unverified(self) -> tuple[str, ...]:
        """The fields whose recorded value the sources mark UNVERIFIED."""
        return tuple(a.field for a in self.alternatives if a.basis == "unverified")

    @property
    def unverified_notes(self) -> tuple[str, ...]:
        """What the notes say of each field in :attr:`unverified`, in the same order."""
        return tuple(a.note for a in self.alternatives if a.basis == "unverified")

    def obligation(self, rule: str) -> Obligation | None:
        """The record on the obligation ``rule`` (art_4, art_5__para_1), if any."""
        return next((o for o in self.obligations if o.rule == rule), None)

    def _compliance_events(self) -> list[dict[str, Any]]:
        found: list[dict[str, Any]] = []
        kinds = {"art_4": "stockpile_destroyed", "art_5__para_1": "clearance_completed"}
        for o in self.obligations:
            # A completion before an obligation was re-opened is not the current one's; one
            # the sources date only by month, year or an announcement has no day to give: an
            # event's date would state a day the sources do not (the note says so instead).
            # Mines declared retained (Art. 3) and destroyed after the deadline: a scenario's
            # completion would read as a late one, a breach the sources do not establish.
            if (
                o.completed is not None
                and o.position == "completed"
                and o.precision == "exact"
                and not o.retained_when_late
            ):
                found.append({"kind": kinds[o.rule], "date": o.completed})
            if o.rule == "art_4" and o.position == "in_violation":
                # The data's position is the one on its cut-off: the stockpile still held then.
                source = "bundled compliance records: in violation on their cut-off"
                found.append({"kind": "stockpile_held", "date": o.as_of, "source": source})
        for x in self.extensions:
            if x.until is not None:
                found.append({"kind": "extension", "date": x.granted, "until": last_day(x.until)})
        return found

    @property
    def left_out(self) -> tuple[str, ...]:
        """The compliance facts the record's scenario cannot carry, in a few words each: a
        completion without a day, a deadline given by month only, no stockpile or mined
        areas (a scenario's compliance facts are an open world), a position not done by
        the cut-off. ``treatyrules compliance`` reads them from the record.

        >>> from treatyrules.records import record
        >>> record("POL").left_out
        ('Art. 4 completed in 2016-04 (month only: no day)', 'Art. 5: no mined areas')
        """
        found: list[str] = []
        article = {"art_4": "Art. 4", "art_5__para_1": "Art. 5"}
        for o in self.obligations:
            name = article[o.rule]
            if o.completed is not None and o.retained_when_late:
                found.append(
                    f"{name} completed {_STATED[o.precision or 'exact'].format(o.completed)}, of"
                    " mines declared retained under Art. 3 (whether a breach, the sources do not"
                    " say)"
                )
            elif o.completed is not None and o.precision != "exact":
                found.append(
                    f"{name} completed {_STATED[o.precision or 'exact'].format(o.completed)}"
                )
            elif o.not_applicable:
                found.append(f"{name}: no {'stockpile' if o.rule == 'art_4' else 'mined areas'}")
            elif o.position == "deadline_missed":
                found.append(f"{name}: not done by {o.as_of} ({o.position.replace('_', ' ')})")
        for x in self.extensions:
            if x.until is None:
                found.append(f"Art. 5 extension at the {x.meeting or 'meeting'}: no end date")
                continue
            if len(x.until) < 10:
                found.append(f"Art. 5 extended to {x.until} (taken as its last day)")
        for a in self.alternatives:
            if a.basis == "uncertain":  # the events carry one value; which is right is open
                what = _FIELD_WORDS.get(a.field, a.field)
                found.append(f"{what} {a.recorded} or {a.alternative} (uncertain)")
        return tuple(found)

    @property
    def stand_ins(self) -> tuple[str, ...]:
        """The days in the events that stand for a less precise one: each Art. 5 extension
        the sources date by its meeting, month or year, in a few words.

        >>> from treatyrules.records import record
        >>> record("UKR").stand_ins[-1]
        'Art. 5 extension (21MSP) dated 2023-11-30 for its month only'
        """
        return tuple(
            f"Art. 5 extension{f' ({x.meeting})' if x.meeting else ''} dated {x.granted}"
            f" {_GRANTED[x.precision]}"
            for x in self.extensions
            if x.until is not None and x.precision != "exact"
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
        >>> pol = record("POL").scenario()
        >>> [e.kind for e in pol.events], "Art. 4 completed in 2016-04" in (pol.note or "")
        (['signature', 'ratification', 'withdrawal'], True)
        """
        document: dict[str, Any] = {"treaty": self.treaty, "state": self.state, "as_of": as_of}
        said = []
        if self.left_out:
            said.append(f"not in the events: {'; '.join(self.left_out)}")
        if self.stand_ins:
            said.append(f"in the events, {'; '.join(self.stand_ins)}")
        if said:
            note = (
                f"From the bundled {self.treaty} records; {'; '.join(said)}."
                " `treatyrules compliance` reads them."
            )
            # A Scenario's note holds 500 characters; a longer list ends with a mark.
            document["note"] = note if len(note) <= 500 else note[:497] + "..."
        base = Scenario.model_validate({**document, "events": self.events})
        return extend(base, events=events, conflicts=conflicts)

    def value(self, field: str) -> dt.date | str | None:
        """The record's value for an alternative's ``field``."""
        if field in LATER_KINDS:
            dates = [x.event.date for x in self.later if x.event.kind == field]
            return dates[0] if dates else None
        if field.startswith("art_"):
            article, _, column = field.partition(".")
            rule = "art_4" if article == "art_4" else "art_5__para_1"
            if column == "granted":
                grants = [x.granted for x in self.extensions if x.rule == rule]
                return grants[0] if grants else None
            if column == "current_due":
                untils = [x.until for x in self.extensions if x.rule == rule and x.until]
                return untils[-1] if untils else None
            found = self.obligation(rule)
            return None if found is None else found.completed
        value: dt.date | str | None = getattr(self, field)
        return value

    def with_alternative(self, alternative: Alternative) -> Record:
        """This record with ``alternative`` used instead of the recorded value.

        The alternative is then the recorded value, and the replaced value becomes
        the alternative, so a record can be turned back.
        """
        if alternative not in self.alternatives:
            raise ValueError(f"{alternative.field!r}: not an alternative of {self.state}'s record")
        if alternative.alternative is None or alternative.field.startswith("art_"):
            raise ValueError(f"{alternative.field!r}: no other value to use instead")
        field, value = alternative.field, alternative.alternative
        swapped = alternative.model_copy(
            update={"recorded": value, "alternative": alternative.recorded}
        )
        alternatives = tuple(swapped if a == alternative else a for a in self.alternatives)
        if field in LATER_KINDS:
            later = tuple(
                x.model_copy(update={"event": x.event.model_copy(update={"date": value})})
                if x.event.kind == field
                else x
                for x in self.later
            )
            return self.model_copy(update={"later": later, "alternatives": alternatives})
        return self.model_copy(update={field: value, "alternatives": alternatives})


_STATED = {
    "exact": "on {}",
    "month": "in {} (month only: no day)",
    "year": "in {} (year only)",
    "by_report": "by {} (a report's date)",
    "before": "before {}",
    "approximate": "c. {}",
    "announced": "by {} (announced then)",
}
"""A completion as precisely as the sources date it, in a few words."""
_GRANTED = {
    "meeting": "by the meeting's last day",
    "month": "for its month only",
    "year": "for its year only",
    "reopened": "by the report of newly found areas",
    "not_stated": "on its deadline (no day stated)",
}
"""How an extension's grant day stands for what the sources give (``GrantPrecision``, the
exact day aside): a scenario's event carries a day, the note says what it stands for."""

_FIELD_WORDS = {
    "art_4.completed": "Art. 4 completed",
    "art_5.completed": "Art. 5 completed",
    "art_5.current_due": "Art. 5 due",
    "art_5.granted": "Art. 5 extension granted",
}
_FOUND_LATE = re.compile(r"initially none|discovered after|found after")
_FOUND_MORE = re.compile(r"further stock found")
_ORIGINAL = re.compile(
    r"[Oo]riginal stock destroyed (by )?(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\w* (\d{4})"
)
_MONTHS = {m: i for i, m in enumerate(calendar.month_abbr) if m}
_PROVISIONAL = re.compile(r"[^.;]*\bprovisional\b[^.;]*")

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
        added = _EVENTS.validate_python(events)
    except ValidationError as exc:
        raise input_error(exc, "events") from None
    try:
        wars = _CONFLICTS.validate_python(conflicts)
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
