"""Field types of the input contract, validated by pydantic-core without Python callbacks.

``IsoDate`` accepts a ``date`` or a ``YYYY-MM-DD`` string naming a real calendar
day -- not a number (pydantic would read ``0`` as 1970-01-01), not a datetime.
``StateCode`` accepts an ISO 3166-1 alpha-3 code or a user-assigned XAA-XZZ.
``Party`` also accepts ``group:NAME`` for a non-State party to an armed conflict, the
name at most :data:`~treatyrules.limits.MAX_TEXT` characters like any free text.

>>> from pydantic import TypeAdapter
>>> TypeAdapter(IsoDate).validate_python("2025-08-20")
datetime.date(2025, 8, 20)
>>> TypeAdapter(StateCode).validate_python("XXA")
'XXA'
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from pydantic import GetCoreSchemaHandler, WithJsonSchema
from pydantic_core import CoreSchema
from pydantic_core import core_schema as cs

from .days import EARLIEST, LATEST, RANGE_ERROR
from .limits import MAX_TEXT
from .states import state_codes

__all__ = [
    "COVERS_ERROR",
    "DATE_ERROR",
    "EARLIEST",
    "LATEST",
    "PARTY_ERROR",
    "RANGE_ERROR",
    "STATE_ERROR",
    "IsoDate",
    "Party",
    "ReportCovers",
    "StateCode",
]

DATE_ERROR = "expected a calendar date written YYYY-MM-DD"
STATE_ERROR = (
    "not a State code: use an ISO 3166-1 alpha-3 code in upper case (e.g. POL), or XAA-XZZ"
    " for a hypothetical State"
)


COVERS_ERROR = 'expected "initial" or the calendar year (1997-2200) an annual report covers'


class _IsoDate:
    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: GetCoreSchemaHandler) -> CoreSchema:
        written = cs.union_schema(
            [
                cs.date_schema(strict=True),
                cs.chain_schema(
                    [cs.str_schema(strict=True, pattern=r"^\d{4}-\d{2}-\d{2}$"), cs.date_schema()]
                ),
            ],
            custom_error_type="date_format",
            custom_error_message=DATE_ERROR,
        )
        # Out of range reads as greater_than_equal / less_than_equal; errors.py words it.
        within = cs.date_schema(ge=EARLIEST, le=LATEST, strict=True)
        return cs.chain_schema([written, within])


def _codes() -> list[CoreSchema | tuple[CoreSchema, str]]:
    return [
        cs.literal_schema(sorted(state_codes())),
        cs.str_schema(strict=True, pattern=r"^X[A-Z]{2}$"),
    ]


class _StateCode:
    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: GetCoreSchemaHandler) -> CoreSchema:
        return cs.union_schema(
            _codes(),
            custom_error_type="state_code",
            custom_error_message=STATE_ERROR,
            ref="StateCode",  # one definition in the JSON Schema, referred to where used
        )


GROUP = "group:"
PARTY_ERROR = f"{STATE_ERROR}, or {GROUP}NAME (at most {MAX_TEXT} characters) for a non-State party"


class _Party:
    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: GetCoreSchemaHandler) -> CoreSchema:
        # The name is free text: bounded like the rest, since the reasons repeat it.
        group = cs.str_schema(strict=True, pattern=r"^group:.+$", max_length=len(GROUP) + MAX_TEXT)
        return cs.union_schema(
            [*_codes(), group],
            custom_error_type="party",
            custom_error_message=PARTY_ERROR,
            ref="Party",
        )


class _ReportCovers:
    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: GetCoreSchemaHandler) -> CoreSchema:
        return cs.union_schema(
            [cs.literal_schema(["initial"]), cs.int_schema(strict=True, ge=1997, le=2200)],
            custom_error_type="report_covers",
            custom_error_message=COVERS_ERROR,
        )


IsoDate = Annotated[dt.date, _IsoDate, WithJsonSchema({"type": "string", "format": "date"})]
"""A calendar day written ``YYYY-MM-DD``."""

# No hand-written JSON Schema: the one generated from the validator lists the ISO codes and
# the XAA-XZZ pattern, so a schema check agrees with validation.
StateCode = Annotated[str, _StateCode]
"""An ISO 3166-1 alpha-3 code, or XAA-XZZ for a hypothetical State."""

Party = Annotated[str, _Party]
"""A State code, or ``group:NAME`` for a non-State party to an armed conflict."""

ReportCovers = Annotated[
    str | int,
    _ReportCovers,
    WithJsonSchema(
        {
            "anyOf": [
                {"const": "initial", "type": "string"},
                {"maximum": 2200, "minimum": 1997, "type": "integer"},
            ]
        }
    ),
]
"""``"initial"`` or the calendar year an annual report covers."""
