"""Field types of the input contract, validated by pydantic-core without Python callbacks.

``IsoDate`` accepts a ``date`` or a ``YYYY-MM-DD`` string naming a real calendar
day -- not a number (pydantic would read ``0`` as 1970-01-01), not a datetime.
``StateCode`` accepts an ISO 3166-1 alpha-3 code or a user-assigned XAA-XZZ.
``Party`` also accepts ``group:NAME`` for a non-State party to an armed conflict.

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

from .states import state_codes

__all__ = ["DATE_ERROR", "STATE_ERROR", "IsoDate", "Party", "StateCode"]

DATE_ERROR = "expected a calendar date written YYYY-MM-DD"
STATE_ERROR = (
    "not a State code: use an ISO 3166-1 alpha-3 code in upper case (e.g. POL), or XAA-XZZ"
    " for a hypothetical State"
)


class _IsoDate:
    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: GetCoreSchemaHandler) -> CoreSchema:
        return cs.union_schema(
            [
                cs.date_schema(strict=True),
                cs.chain_schema(
                    [cs.str_schema(strict=True, pattern=r"^\d{4}-\d{2}-\d{2}$"), cs.date_schema()]
                ),
            ],
            custom_error_type="date_format",
            custom_error_message=DATE_ERROR,
        )


def _codes() -> list[CoreSchema | tuple[CoreSchema, str]]:
    return [
        cs.literal_schema(sorted(state_codes())),
        cs.str_schema(strict=True, pattern=r"^X[A-Z]{2}$"),
    ]


class _StateCode:
    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: GetCoreSchemaHandler) -> CoreSchema:
        return cs.union_schema(
            _codes(), custom_error_type="state_code", custom_error_message=STATE_ERROR
        )


class _Party:
    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: GetCoreSchemaHandler) -> CoreSchema:
        return cs.union_schema(
            [*_codes(), cs.str_schema(strict=True, pattern=r"^group:.+$")],
            custom_error_type="party",
            custom_error_message=STATE_ERROR + ", or group:NAME for a non-State party",
        )


IsoDate = Annotated[dt.date, _IsoDate, WithJsonSchema({"type": "string", "format": "date"})]
"""A calendar day written ``YYYY-MM-DD``."""

StateCode = Annotated[str, _StateCode, WithJsonSchema({"type": "string", "pattern": "^[A-Z]{3}$"})]
"""An ISO 3166-1 alpha-3 code, or XAA-XZZ for a hypothetical State."""

Party = Annotated[
    str, _Party, WithJsonSchema({"type": "string", "pattern": "^([A-Z]{3}|group:.+)$"})
]
"""A State code, or ``group:NAME`` for a non-State party to an armed conflict."""
