"""The input: one State's facts under one treaty (Scenario JSON v1).

A :class:`Scenario` holds facts only, validated and frozen; nothing in it is
derived. Unknown keys are errors. A field that allows ``null`` means *unknown*:
the verdict names every unknown a rule needed.

Instruments and armed conflicts are a closed world (one not listed did not
happen); compliance facts (a stockpile destroyed, a report submitted) are an
open world (one not listed is unknown).

>>> s = Scenario.model_validate({
...     "treaty": "APMBC", "state": "POL",
...     "events": [{"kind": "ratification", "date": "2012-12-27"}],
... })
>>> s.events[0].date
datetime.date(2012, 12, 27)
>>> Scenario.model_validate({"treaty": "APMBC", "state": "pol"})
Traceback (most recent call last):
...
pydantic_core._pydantic_core.ValidationError: 1 validation error for Scenario
state
  not a State code: use an ISO 3166-1 alpha-3 code in upper case (e.g. POL), or XAA-XZZ for a hypothetical State [type=state_code, input_value='pol', input_type=str]
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from operator import itemgetter
from typing import Annotated, Literal, get_args

from pydantic import (
    AfterValidator,
    BeforeValidator,
    Field,
    StrictBool,
    StrictInt,
    StrictStr,
    WithJsonSchema,
    field_validator,
    model_validator,
)
from pydantic_core import PydanticCustomError

from . import registry
from .core.model import Frozen
from .fields import IsoDate, Party, ReportCovers, StateCode
from .limits import MAX_ACTS, MAX_CONFLICTS, MAX_EVENTS, MAX_QUANTITY, MAX_TEXT, excerpt

__all__ = [
    "TREATY_IDS",
    "Acceptance",
    "Accession",
    "Act",
    "Approval",
    "ClearanceCompleted",
    "Conflict",
    "Declaration",
    "Device",
    "Event",
    "Extension",
    "IsoDate",
    "Objection",
    "ProvisionalApplication",
    "Ratification",
    "ReportSubmitted",
    "Reservation",
    "Revocation",
    "Scenario",
    "Signature",
    "StockpileDestroyed",
    "StockpileHeld",
    "Succession",
    "SuspensionClaim",
    "Unsigning",
    "Withdrawal",
]

TREATY_IDS = tuple(registry.CATALOGUE)
"""The library's own treaty ids; :func:`treatyrules.registry.ids` adds those users declared."""

TREATY_ID_SCHEMA = {"type": "string", "x-treatyrules-ids": "treaties"}
"""Where the published schema lists the treaty ids (filled from the registry)."""


def _treaty_id(value: str) -> str:
    if registry.is_known(value):
        return value
    raise PydanticCustomError(
        "treaty_id",
        "unknown treaty id {value}; known ids: {known}",
        {"value": excerpt(value), "known": ", ".join(registry.ids())},
    )


TreatyId = Annotated[
    StrictStr,
    AfterValidator(_treaty_id),
    WithJsonSchema(TREATY_ID_SCHEMA),
]

Recipient = Literal["depositary", "states_parties", "security_council", "executive_council"]


class _Dated(Frozen):
    date: IsoDate = Field(
        description="The date of signature, or the day the Depositary received the instrument."
    )


class Signature(_Dated):
    kind: Literal["signature"]


class Unsigning(_Dated):
    """A signatory's notice that it does not intend to become a party (VCLT Art. 18)."""

    kind: Literal["unsigning"]


class Ratification(_Dated):
    kind: Literal["ratification"]


class Acceptance(_Dated):
    kind: Literal["acceptance"]


class Approval(_Dated):
    kind: Literal["approval"]


class Accession(_Dated):
    kind: Literal["accession"]


class Succession(_Dated):
    kind: Literal["succession"]
    effective: IsoDate | None = Field(
        default=None, description="The date the succession takes effect (e.g. independence)."
    )


class ProvisionalApplication(_Dated):
    kind: Literal["provisional_application"]


class Reservation(_Dated):
    kind: Literal["reservation"]


class Declaration(_Dated):
    """An interpretive declaration (not a reservation)."""

    kind: Literal["declaration"]


class Withdrawal(_Dated):
    """An instrument of withdrawal (or denunciation); ``date`` is its receipt by the Depositary."""

    kind: Literal["withdrawal"]
    notified: tuple[Recipient, ...] | None = Field(
        default=None,
        description="Every recipient notified (a complete list); null = unknown.",
    )
    notices: dict[Recipient, IsoDate] | None = Field(
        default=None, description="Per-recipient receipt dates, where a treaty counts from them."
    )
    reasons_given: StrictBool | None = Field(
        default=None, description="Whether the instrument explains its reasons; null = unknown."
    )
    takes_effect_on: IsoDate | None = Field(
        default=None, description="A later date named by the State (ATT, Rome Statute)."
    )
    protocol: str | None = Field(
        default=None,
        max_length=MAX_TEXT,
        description="The Protocol denounced (CCW); absent for the treaty itself.",
    )
    instrument_signed: IsoDate | None = None
    reference: str | None = Field(
        default=None, max_length=MAX_TEXT, description="The depositary notification's reference."
    )


class Revocation(_Dated):
    """Revocation of the latest instrument of withdrawal (VCLT Art. 68)."""

    kind: Literal["revocation"]


class SuspensionClaim(_Dated):
    kind: Literal["suspension_claim"]
    ground: str | None = Field(default=None, max_length=MAX_TEXT)


class Objection(Frozen):
    kind: Literal["objection"]
    date: IsoDate | None = Field(description="Null when the date is unknown.")
    by: StateCode
    to: Literal["suspension_claim", "withdrawal", "reservation", "declaration", "succession"] = (
        "suspension_claim"
    )


class Extension(_Dated):
    """An extension of the Art. 5 deadline, granted on ``date``."""

    kind: Literal["extension"]
    until: IsoDate


class StockpileDestroyed(_Dated):
    kind: Literal["stockpile_destroyed"]


class StockpileHeld(_Dated):
    """The State still held stockpiled mines on this day (its own report, or another source)."""

    kind: Literal["stockpile_held"]
    quantity: StrictInt | None = Field(
        default=None,
        ge=1,
        le=MAX_QUANTITY,
        description="How many, as the source gives it; null = not given.",
    )
    source: str | None = Field(
        default=None, max_length=MAX_TEXT, description="Where the figure comes from."
    )


class ClearanceCompleted(_Dated):
    kind: Literal["clearance_completed"]


class ReportSubmitted(_Dated):
    kind: Literal["report_submitted"]
    covers: ReportCovers = Field(
        description='"initial", or the calendar year an annual report covers.'
    )


def _kind_is_text(event: object) -> object:
    """Refuse a ``kind`` that is not text before the union looks it up: pydantic-core would
    print its failure to render one (a 5,000-digit integer, a list 3,000 deep) on stderr."""
    if type(event) is dict or isinstance(event, Mapping):  # a dict without the ABC's check
        kind = event.get("kind")
        if kind is not None and not isinstance(kind, str):
            raise PydanticCustomError(
                "event_kind",
                "unknown kind {kind}; known kinds: {known}",
                {"kind": excerpt(kind), "known": ", ".join(EVENT_KINDS), "at": ".kind"},
            )
    return event


Event = Annotated[
    Signature
    | Unsigning
    | Ratification
    | Acceptance
    | Approval
    | Accession
    | Succession
    | ProvisionalApplication
    | Reservation
    | Declaration
    | Withdrawal
    | Revocation
    | SuspensionClaim
    | Objection
    | Extension
    | StockpileDestroyed
    | StockpileHeld
    | ClearanceCompleted
    | ReportSubmitted,
    Field(discriminator="kind"),
    BeforeValidator(_kind_is_text),
]

EVENT_KINDS = (
    "signature",
    "unsigning",
    "ratification",
    "acceptance",
    "approval",
    "accession",
    "succession",
    "provisional_application",
    "reservation",
    "declaration",
    "withdrawal",
    "revocation",
    "suspension_claim",
    "objection",
    "extension",
    "stockpile_destroyed",
    "stockpile_held",
    "clearance_completed",
    "report_submitted",
)


CONSENT_KINDS = frozenset({"ratification", "acceptance", "approval", "accession", "succession"})


class Conflict(Frozen):
    """An armed conflict, as a half-open period ``[start, end)``."""

    name: str = Field(min_length=1, max_length=MAX_TEXT)
    parties: tuple[Party, ...] = Field(min_length=1)
    kind: Literal["international", "non_international", "occupation"]
    start: IsoDate
    end: IsoDate | None = Field(
        default=None,
        description="The first day on which the armed conflict no longer exists; null = ongoing.",
    )
    end_unknown: bool = Field(
        default=False,
        description=(
            "true: whether and when the conflict ended is not known (distinct from ongoing);"
            " end must then be null. A recorded ceasefire does not make the end known."
        ),
    )
    cessation_of_hostilities: IsoDate | None = None
    general_close_of_military_operations: IsoDate | None = None
    peace_settlement: IsoDate | None = None
    release_and_repatriation_completed: IsoDate | None = None
    re_establishment_completed: IsoDate | None = Field(
        default=None,
        description=(
            "The day the operations of re-establishment of protected persons ended, where a"
            " treaty's exception waits for them; null = not recorded."
        ),
    )
    un_functions_terminated: IsoDate | None = Field(
        default=None,
        description=(
            "The day the functions of United Nations forces or missions in the area ended, where"
            " a treaty's exception waits for them; null = not recorded."
        ),
    )
    un_forces_in_area: StrictBool | None = Field(
        default=None,
        description=(
            "Whether United Nations forces or missions perform peace-keeping, observation or"
            " similar functions in the area, where a treaty's exception waits for those"
            " functions to end: false, there is nothing to wait for; null = not recorded (a"
            " given un_functions_terminated implies true)."
        ),
    )
    engaged_until: IsoDate | None = Field(
        default=None,
        description="The first day the assessed State is no longer engaged, if before the end.",
    )
    involvement: Literal["party", "co_belligerent", "supporting"] | None = Field(
        default=None, description="The assessed State's role; 'party' when it is listed."
    )

    @model_validator(mode="after")
    def _dates_in_order(self) -> Conflict:
        if self.end is not None and self.end <= self.start:
            raise PydanticCustomError(
                "conflict_dates",
                "end ({end}) must be after start ({start}): end is the first day without conflict",
                {"end": str(self.end), "start": str(self.start), "at": ".end"},
            )
        given = _marker_values(self.__dict__)
        for marker, value in () if given == _NO_MARKERS else zip(_MARKERS, given, strict=True):
            if value is not None and value < self.start:
                raise PydanticCustomError(
                    "conflict_dates",
                    "{marker} ({value}) is before the start of the conflict ({start})",
                    {
                        "marker": marker,
                        "value": str(value),
                        "start": str(self.start),
                        "at": f".{marker}",
                    },
                )
        if self.end_unknown and self.end is not None:
            raise PydanticCustomError(
                "conflict_dates",
                "end ({end}) is given, so it is not unknown: drop end_unknown or end",
                {"end": str(self.end), "at": ".end_unknown"},
            )
        if self.un_forces_in_area is False and self.un_functions_terminated is not None:
            raise PydanticCustomError(
                "conflict_dates",
                "un_functions_terminated ({value}) is given, so United Nations forces or missions"
                " were in the area: drop un_forces_in_area = false or un_functions_terminated",
                {"value": str(self.un_functions_terminated), "at": ".un_forces_in_area"},
            )
        until = self.engaged_until
        if until is not None and self.end is not None and until > self.end:
            raise PydanticCustomError(
                "conflict_dates",
                "engaged_until ({value}) is after the end of the conflict ({end})",
                {"value": str(until), "end": str(self.end), "at": ".engaged_until"},
            )
        return self


_MARKERS = (
    "cessation_of_hostilities",
    "general_close_of_military_operations",
    "peace_settlement",
    "release_and_repatriation_completed",
    "re_establishment_completed",
    "un_functions_terminated",
    "engaged_until",
)
_marker_values = itemgetter(*_MARKERS)  # read in one call: most conflicts give none
_NO_MARKERS = (None,) * len(_MARKERS)


class Device(Frozen):
    """How a device is designed to be set off."""

    triggered_by: Literal["person", "vehicle", "person_or_vehicle", "command", "unknown"] = (
        "unknown"
    )
    anti_handling_device: StrictBool | None = None
    self_destructing: StrictBool | None = None


ActKind = Literal[
    "use",
    "develop",
    "produce",
    "acquire",
    "stockpile",
    "retain",
    "transfer",
    "assist",
    "encourage",
    "induce",
]
ACT_KINDS: tuple[str, ...] = get_args(ActKind)
ACT_NOUNS: dict[str, str] = {
    "use": "use",
    "develop": "development",
    "produce": "production",
    "acquire": "acquisition",
    "stockpile": "stockpiling",
    "retain": "retention",
    "transfer": "transfer",
    "assist": "assistance",
    "encourage": "encouragement",
    "induce": "inducement",
}
"""Each act kind as a noun, for prose ("the production on 2010-03-01")."""


class Act(Frozen):
    """Something the State did on a date, to be judged against the treaty."""

    kind: ActKind
    date: IsoDate
    device: Device | None = Field(default=None, description="Null = the device is unknown.")
    purpose: Literal["development", "training", "destruction"] | None = None
    quantity: StrictInt | None = Field(default=None, ge=0, le=MAX_QUANTITY)
    counterparty: Party | None = None


class Scenario(Frozen):
    """One State's facts under one treaty, and the date to read its position on."""

    treaty: TreatyId
    state: StateCode
    as_of: IsoDate | None = Field(
        default=None,
        description="The assessment date; the caller's date wins, then this, then today.",
    )
    also_party_to: tuple[Annotated[str, Field(pattern=r"^[A-Z0-9][A-Z0-9-]*$")], ...] = Field(
        default=(), description='Other instruments the State is bound by, e.g. "CCW-APII".'
    )
    not_party_to: tuple[Annotated[str, Field(pattern=r"^[A-Z0-9][A-Z0-9-]*$")], ...] = Field(
        default=(),
        description=(
            "Other instruments the State is known not to be bound by, where a rule asks (e.g."
            ' "CCW-AMENDED-ART1"). One named in neither list is unknown.'
        ),
    )
    note: str | None = Field(
        default=None,
        max_length=500,
        description=(
            "What the scenario is, in the user's words (e.g. 'hypothetical: the withdrawal and"
            " its date are illustrative'); every memo shows it first. It changes no verdict."
        ),
    )
    events: tuple[Event, ...] = Field(default=(), max_length=MAX_EVENTS)
    conflicts: tuple[Conflict, ...] = Field(default=(), max_length=MAX_CONFLICTS)
    acts: tuple[Act, ...] = Field(default=(), max_length=MAX_ACTS)

    @field_validator("events")
    @classmethod
    def _revocations_follow_withdrawals(cls, events: tuple[Event, ...]) -> tuple[Event, ...]:
        kinds = {e.kind for e in events}
        if "revocation" in kinds:
            _check_revocations(events)
        if "withdrawal" in kinds:
            for i, e in enumerate(events):
                if isinstance(e, Withdrawal) and e.notices is not None:
                    received = e.notices.get("depositary")
                    if received is not None and received != e.date:
                        raise PydanticCustomError(
                            "withdrawal_dates",
                            "notices.depositary ({notice}) differs from date ({date}), which is"
                            " the Depositary's receipt",
                            {"notice": str(received), "date": str(e.date), "at": f"[{i}].notices"},
                        )
        return events

    @model_validator(mode="after")
    def _bound_or_not(self) -> Scenario:
        if not self.not_party_to:  # the usual: nothing to check
            return self
        both = set(self.also_party_to) & set(self.not_party_to)
        if both:
            raise PydanticCustomError(
                "party_to_both",
                "{names} named both in also_party_to and in not_party_to: the State is bound by"
                " an instrument or it is not",
                {"names": ", ".join(sorted(both)), "at": "not_party_to"},
            )
        return self


def _check_revocations(events: tuple[Event, ...]) -> None:
    """Each revocation needs an instrument of withdrawal received before it and not yet revoked."""
    order = sorted(range(len(events)), key=lambda i: _sort_key(events[i]))
    open_withdrawal = False
    for i in order:
        kind = events[i].kind
        if kind == "withdrawal":
            open_withdrawal = True
        elif kind == "revocation":
            if not open_withdrawal:
                raise PydanticCustomError(
                    "revocation_without_withdrawal",
                    "a revocation ({date}) needs an earlier instrument of withdrawal to revoke",
                    {"date": str(events[i].date), "at": f"[{i}]"},
                )
            open_withdrawal = False


def _sort_key(event: Event) -> dt.date:
    return event.date if event.date is not None else dt.date.max
