"""The request and response bodies of the service, built on the library's own models.

A scenario in a request is a :class:`~treatyrules.Scenario`, a verdict in a response a
:class:`~treatyrules.Verdict`: the OpenAPI document describes exactly the Scenario and
Verdict JSON v1 contracts.
"""

from __future__ import annotations

from datetime import date
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from ..core.interpretation import Option
from ..core.verdict import Verdict
from ..fields import IsoDate, StateCode
from ..records.periods import Interval, Step
from ..scenario import Conflict, Event, Scenario

__all__ = [
    "Amendment",
    "EvaluateMany",
    "EvaluateOne",
    "FieldProblem",
    "ProblemDetails",
    "Sensitivity",
    "StateEntry",
    "StateList",
    "TimelineLane",
    "TimelineRequest",
    "TimelineResponse",
    "Verdicts",
    "Version",
    "WhatIfConflictEnds",
    "WhatIfQuestion",
]


class _Body(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


Interpretation = dict[str, Option]
_AS_OF: Any = Field(
    default=None, description="The assessment date; default: the scenario's, then today."
)
_READINGS: Any = Field(
    default_factory=dict,
    description='Options for contested points, e.g. {"month_end": "roll_forward"}.',
)


class EvaluateOne(_Body):
    """One scenario to evaluate."""

    scenario: Scenario
    as_of: IsoDate | None = _AS_OF
    interpretation: Interpretation = _READINGS


class EvaluateMany(_Body):
    """Scenarios to evaluate, in order; the batch limit bounds their number."""

    scenarios: list[Scenario] = Field(min_length=1)
    as_of: IsoDate | None = _AS_OF
    interpretation: Interpretation = _READINGS


class Verdicts(_Body):
    verdicts: list[Verdict]


class Sensitivity(_Body):
    """A scenario whose contested readings are to be tried in every combination."""

    scenario: Scenario
    as_of: IsoDate | None = _AS_OF


class WhatIfQuestion(EvaluateOne):
    """A scenario for "how early could it take effect?" or "which fact would flip it?"."""


class WhatIfConflictEnds(EvaluateOne):
    """If the armed conflict ``conflict`` (its name or index) ends on ``day``."""

    conflict: str | int
    day: IsoDate


class Amendment(_Body):
    """Hypothetical facts added to one State's record."""

    state: StateCode
    events: list[Event] = Field(default_factory=list)
    conflicts: list[Conflict] = Field(default_factory=list)


class TimelineRequest(_Body):
    """The timeline of ``states`` from the records, with hypothetical facts added."""

    states: list[StateCode] = Field(default_factory=list, description="Default: the six drawn.")
    start: IsoDate | None = None
    end: IsoDate | None = None
    format: Literal["json", "svg"] = "json"
    amend: list[Amendment] = Field(default_factory=list)


class TimelineLane(_Body):
    state: str
    name: str | None
    intervals: list[Interval]
    unverified: list[str] = []
    """The record's fields its sources leave UNVERIFIED."""


class TimelineResponse(_Body):
    """Each State's statuses as intervals, and the count of States Parties over time."""

    treaty: str
    states: list[TimelineLane]
    party_count: list[Step]


class StateEntry(_Body):
    code: str
    name: str
    record: bool = Field(description="Whether the bundled records have an instrument of it.")


class StateList(_Body):
    treaty: str
    states: list[StateEntry]


class FieldProblem(_Body):
    field: str = Field(description="The field's path in the request: scenario.events[2].date, on.")
    detail: str


class ProblemDetails(_Body):
    """An RFC 9457 problem (served as ``application/problem+json``)."""

    type: str = Field(description="A URN naming the kind of problem.")
    title: str
    status: int
    detail: str
    errors: list[FieldProblem] = Field(default_factory=list, description="Each field at fault.")


class Version(_Body):
    version: str = Field(description="The library's version.")
    contract: str = Field(description="The version of the Scenario and Verdict JSON contracts.")
    as_of_default: date = Field(description="Today (UTC): the date used when none is given.")
