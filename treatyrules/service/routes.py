"""The endpoints, each the HTTP form of a command (``treatyrules evaluate``, ``status``,
``timeline``, ``sensitivity``, ``what-if``, ``rules``, ``schema``, ``--version``).

Every route calls the public API; the JSON it answers is the JSON the command prints.
Routes are plain functions: FastAPI runs them on its thread pool, so a long evaluation
does not hold up the server's event loop.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import JSONResponse, Response

from .. import records, registry, what_if
from .._version import __version__
from ..api import evaluate, evaluate_many, parse_date
from ..core.errors import InputError
from ..core.interpretation import get_point
from ..core.verdict import Verdict
from ..records.report import StatusReport
from ..render import timeline_svg
from ..scenario import Scenario
from ..schemas import CONTRACT_VERSION, scenario_schema, verdict_schema
from ..sensitivity import Sensitivity as SensitivityReport
from ..sensitivity import sensitivity
from ..states import named_states, state_codes, state_name
from . import models
from .problems import MEDIA_TYPE, Problem

__all__ = ["router"]

_PROBLEM = {
    "model": models.ProblemDetails,
    "description": "A problem (RFC 9457) naming each field at fault",
    "content": {MEDIA_TYPE: {"schema": {"$ref": "#/components/schemas/ProblemDetails"}}},
}
# 408 and 413 come from the guards in limits.py, before a route runs.
ERRORS: dict[int | str, dict[str, Any]] = {
    422: _PROBLEM,
    400: _PROBLEM,
    408: _PROBLEM,
    413: _PROBLEM,
}

router = APIRouter(prefix="/v1", responses=ERRORS)
_SVG: dict[int | str, dict[str, Any]] = {
    200: {"content": {"image/svg+xml": {}}, "description": "The timeline (JSON or SVG)"}
}

# No pattern: an unknown id is refused by the records, in the command line's words.
TreatyQuery = Annotated[str, Query(description="The treaty id (APMBC, ICC, CCM), as written.")]
DateQuery = Annotated[str | None, Query(description="A date, YYYY-MM-DD.")]
StatesQuery = Annotated[
    list[str], Query(alias="state", description="States by code or name (repeat the parameter).")
]
InterpretQuery = Annotated[
    list[str], Query(description="KEY=VALUE, an option for a contested point (repeatable).")
]


def _json(model: Any) -> JSONResponse:
    return JSONResponse(model.model_dump(mode="json"))


def _day(value: str | None, field: str) -> date | None:
    return None if value is None else parse_date(value, field)


def _readings(pairs: Sequence[str]) -> dict[str, str]:
    chosen: dict[str, str] = {}
    for i, pair in enumerate(pairs):
        key, sep, value = pair.partition("=")
        if not sep or not key or not value:
            raise InputError(f"interpret[{i}]", f"expected KEY=VALUE, got {pair!r}")
        get_point(key)  # an unknown key is an error naming it
        chosen[key] = value
    return chosen


def _codes(values: Sequence[str]) -> list[str]:
    # By code or name, in any case, as on the command line ("pol", "Poland").
    return named_states(values, "state[{i}]")


def _batch_limit(request: Request, count: int) -> None:
    limit: int = request.app.state.settings.max_batch
    if count > limit:
        raise Problem(
            422,
            "Invalid input",
            f"scenarios: at most {limit} scenarios in one request, got {count}",
            [("scenarios", f"at most {limit} scenarios in one request, got {count}")],
        )


@router.get("/version", response_model=models.Version, summary="The library's version")
def version() -> JSONResponse:
    return _json(
        models.Version(
            version=__version__, contract=CONTRACT_VERSION, as_of_default=records.today()
        )
    )


@router.get("/schemas/{name}", summary="The JSON Schema of the scenario or the verdict")
def schema(name: Annotated[Literal["scenario", "verdict"], Path()]) -> JSONResponse:
    return JSONResponse(scenario_schema() if name == "scenario" else verdict_schema())


@router.get(
    "/rules",
    summary="The treaties, a treaty's rules, its contested points or its exceptions",
)
def rules(
    treaty: Annotated[str | None, Query(description="List this treaty's rules.")] = None,
    interpretations: Annotated[bool, Query(description="List the contested points.")] = False,
    exceptions: Annotated[bool, Query(description="Each treaty's tree of exceptions.")] = False,
) -> JSONResponse:
    if treaty is not None and not registry.is_known(treaty):
        raise InputError(
            "treaty", f"unknown treaty id {treaty!r}; known ids: {', '.join(registry.ids())}"
        )
    # The command's JSON is the contract: the service answers the same document.
    from ..render.catalogue import catalogue

    document = catalogue(treaty, interpretations=interpretations, exceptions=exceptions, fmt="json")
    return JSONResponse(json.loads(document))


@router.get("/states", response_model=models.StateList, summary="Every State, by code and name")
def states(treaty: TreatyQuery = "APMBC") -> JSONResponse:
    book = records.bundled(treaty)
    kept = set(book.states)
    entries = [
        models.StateEntry(code=code, name=name, record=code in kept)
        for code in sorted(state_codes())
        if (name := state_name(code)) is not None
    ]
    return _json(models.StateList(treaty=book.treaty.id, states=entries))


@router.get(
    "/records/{state}",
    response_model=Scenario,
    summary="A State's depositary record, as a scenario",
)
def record(state: str, treaty: TreatyQuery = "APMBC") -> JSONResponse:
    book = records.bundled(treaty)
    (code,) = named_states([state], "state")  # the path holds one State
    if book.record(code) is None:  # as `treatyrules record` refuses it
        raise InputError("state", f"no {book.treaty.id} record is bundled for {code}")
    return _json(book.scenario(code))


@router.get(
    "/status",
    response_model=StatusReport,
    summary="The status of every State with a record (or those named) on a date",
)
def status(
    request: Request,
    state: StatesQuery = [],  # noqa: B006 - FastAPI copies defaults
    on: DateQuery = None,
    treaty: TreatyQuery = "APMBC",
    interpret: InterpretQuery = [],  # noqa: B006
) -> JSONResponse:
    if len(request.query_params.getlist("on")) > 1:
        # FastAPI would keep the last silently; the command's several dates are several requests.
        raise InputError("on", "one date per request: send a request for each date")
    book = records.bundled(treaty)
    readings = _readings(interpret)
    if readings:
        book = book.interpreted(readings)
    return _json(book.report(_day(on, "on"), _codes(state) or None))


def _timeline(
    book: records.Records,
    states: list[str],
    start: date | None,
    end: date | None,
    fmt: str,
    names: tuple[str, str] = ("start", "end"),
) -> Response:
    """``names``: the request's own names for ``start`` and ``end`` (a query's from and to)."""
    states = states or list(timeline_svg.DEFAULT_STATES)
    if start is not None and end is not None and end <= start:
        raise InputError(names[1], f"{end} is not after {names[0]} {start}")
    if fmt == "svg":
        svg = timeline_svg.draw(book, states, start=start, end=end, today=records.today())
        return Response(svg, media_type="image/svg+xml")
    lanes = []
    for s in states:
        found = book.record(s)
        lanes.append(
            models.TimelineLane(
                state=s,
                name=state_name(s),
                intervals=list(book.timeline(s)),
                unverified=[] if found is None else list(found.unverified),
            )
        )
    return _json(
        models.TimelineResponse(
            treaty=book.treaty.id, states=lanes, party_count=list(book.party_count())
        )
    )


@router.get(
    "/timeline",
    response_model=models.TimelineResponse,
    summary="Each State's statuses over time, and the count of States Parties",
    responses=_SVG,
)
def timeline(
    state: StatesQuery = [],  # noqa: B006
    start: Annotated[str | None, Query(alias="from", description="YYYY-MM-DD")] = None,
    end: Annotated[str | None, Query(alias="to", description="YYYY-MM-DD")] = None,
    format: Annotated[Literal["json", "svg"], Query()] = "json",  # noqa: A002
    treaty: TreatyQuery = "APMBC",
) -> Response:
    book = records.bundled(treaty)
    start_day, end_day = _day(start, "from"), _day(end, "to")
    return _timeline(book, _codes(state), start_day, end_day, format, ("from", "to"))


@router.post(
    "/timeline",
    response_model=models.TimelineResponse,
    summary="The timeline, with hypothetical facts added to States' records",
    responses=_SVG,
)
def timeline_amended(body: models.TimelineRequest, treaty: TreatyQuery = "APMBC") -> Response:
    book = records.bundled(treaty)
    for a in body.amend:
        book = book.amend(a.state, events=a.events, conflicts=a.conflicts)
    return _timeline(book, list(dict.fromkeys(body.states)), body.start, body.end, body.format)


@router.post("/evaluate", response_model=Verdict, summary="The verdict on one scenario")
def evaluate_one(body: models.EvaluateOne) -> JSONResponse:
    return _json(evaluate(body.scenario, as_of=body.as_of, interpretation=body.interpretation))


@router.post(
    "/evaluate/batch",
    response_model=models.Verdicts,
    summary="The verdicts on a list of scenarios, in order",
)
def evaluate_batch(request: Request, body: models.EvaluateMany) -> JSONResponse:
    _batch_limit(request, len(body.scenarios))
    verdicts = evaluate_many(body.scenarios, as_of=body.as_of, interpretation=body.interpretation)
    return JSONResponse({"verdicts": [v.model_dump(mode="json") for v in verdicts]})


@router.post(
    "/sensitivity",
    response_model=SensitivityReport,
    summary="Which contested readings change the outcome",
)
def sensitivity_of(body: models.Sensitivity) -> JSONResponse:
    return _json(sensitivity(body.scenario, as_of=body.as_of))


@router.post(
    "/what-if/conflict-ends",
    response_model=what_if.Answer,
    summary="If an armed conflict ends on a day, when does the withdrawal take effect?",
)
def what_if_conflict_ends(body: models.WhatIfConflictEnds) -> JSONResponse:
    answer = what_if.if_conflict_ends(
        body.scenario,
        body.conflict,
        body.day,
        as_of=body.as_of,
        interpretation=body.interpretation,
    )
    return _json(answer)


@router.post(
    "/what-if/earliest",
    response_model=what_if.Answer,
    summary="The earliest day the withdrawal could take effect",
)
def what_if_earliest(body: models.WhatIfQuestion) -> JSONResponse:
    answer = what_if.earliest_effect(
        body.scenario, as_of=body.as_of, interpretation=body.interpretation
    )
    return _json(answer)


@router.post(
    "/what-if/flips",
    response_model=list[what_if.Flip],
    summary="Every single change of fact that flips the verdict",
)
def what_if_flips(body: models.WhatIfQuestion) -> JSONResponse:
    found = what_if.flips(body.scenario, as_of=body.as_of, interpretation=body.interpretation)
    return JSONResponse([f.model_dump(mode="json") for f in found])
