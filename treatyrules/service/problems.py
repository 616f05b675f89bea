"""RFC 9457 problem details: every error of the service as ``application/problem+json``.

A problem names what went wrong (``title``, ``status``, ``detail``) and, for bad
input, each field by its path in the request body or query (``scenario.events[2].date``,
``on``), worded as the command line words it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from fastapi import Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException

from ..core.errors import InputError
from ..errors import describe

__all__ = ["MEDIA_TYPE", "Problem", "problem", "register"]

MEDIA_TYPE = "application/problem+json"
_TYPES = "urn:treatyrules:problem:"


class Problem(Exception):
    """A problem raised by a route or a middleware, answered as problem+json."""

    def __init__(
        self, status: int, title: str, detail: str, errors: Sequence[tuple[str, str]] = ()
    ) -> None:
        super().__init__(detail)
        self.status, self.title, self.detail, self.errors = status, title, detail, tuple(errors)


def problem(
    status: int, title: str, detail: str, errors: Sequence[tuple[str, str]] = ()
) -> JSONResponse:
    """The problem+json response; ``errors`` are ``(field, message)`` pairs."""
    body: dict[str, Any] = {
        "type": _TYPES + title.lower().replace(" ", "-"),
        "title": title,
        "status": status,
        "detail": detail,
    }
    if errors:
        body["errors"] = [{"field": f, "detail": m} for f, m in errors]
    return JSONResponse(body, status_code=status, media_type=MEDIA_TYPE)


def _joined(errors: Sequence[tuple[str, str]]) -> str:
    return "; ".join(f"{f}: {m}" if f else m for f, m in errors)


async def _invalid_request(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    raw = list(exc.errors())
    if any(e.get("type") == "json_invalid" for e in raw):
        e = raw[0]
        where = e.get("ctx", {}).get("error", "")
        return problem(400, "Malformed JSON", f"the request body is not valid JSON: {where}")
    wrapped = _unwrapped(raw)
    if wrapped is not None:
        return problem(422, "Invalid input", _joined([wrapped]), [wrapped])
    # The first step of a path says where the field is (body, query, path): drop it, the
    # field's own name says enough (``on``, ``scenario.events[0].date``).
    errors = [
        ((f, _BODY_FIELD) if e["type"] == "extra_forbidden" and len(e["loc"]) == 2 else (f, m))
        for e, (f, m) in zip(
            raw, describe({**e, "loc": tuple(e["loc"])[1:]} for e in raw), strict=True
        )
    ]
    return problem(422, "Invalid input", _joined(errors), errors)


_BODY_FIELD = "unknown field of the request body (its fields: GET /openapi.json)"
_SCENARIO_KEYS = frozenset({"treaty", "state", "events", "conflicts", "acts"})


def _unwrapped(raw: Sequence[Any]) -> tuple[str, str] | None:
    """A bare scenario sent where the body wraps it (``{"scenario": ...}``): said once, as
    what it is, rather than as the scenario's own fields being unknown."""
    missing = [
        e
        for e in raw
        if e.get("type") == "missing" and tuple(e["loc"])[1:] in (("scenario",), ("scenarios",))
    ]
    extra = {tuple(e["loc"])[1:] for e in raw if e.get("type") == "extra_forbidden"}
    if not missing or not any(len(k) == 1 and k[0] in _SCENARIO_KEYS for k in extra):
        return None
    name = tuple(missing[0]["loc"])[1]
    shape = '{"scenario": {...}}' if name == "scenario" else '{"scenarios": [{...}, ...]}'
    return (name, f"required: the body wraps the scenario as {shape}; this one is a bare scenario")


async def _input_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, InputError)
    return problem(422, "Invalid input", str(exc).replace("\n", "; "), exc.problems)


async def _problem(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, Problem)
    return problem(exc.status, exc.title, exc.detail, exc.errors)


async def _http_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, HTTPException)
    titles = {404: "Not found", 405: "Method not allowed"}
    return problem(exc.status_code, titles.get(exc.status_code, "HTTP error"), str(exc.detail))


async def _internal(request: Request, exc: Exception) -> JSONResponse:
    # The boundary: no traceback leaves the server; the log has it.
    message = f"{type(exc).__name__}: {exc}".splitlines()[0]
    return problem(500, "Internal error", message)


def register(app: Any) -> None:
    """Answer every error of ``app`` as problem+json."""
    app.add_exception_handler(RequestValidationError, _invalid_request)
    app.add_exception_handler(InputError, _input_error)
    app.add_exception_handler(Problem, _problem)
    app.add_exception_handler(HTTPException, _http_error)
    app.add_exception_handler(Exception, _internal)
