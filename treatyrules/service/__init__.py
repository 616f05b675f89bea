"""The HTTP service: the library's answers as JSON over HTTP, and a page for people.

``treatyrules serve`` runs it (``pip install 'treatyrules[serve]'``): an ASGI app made
by :func:`create_app` on FastAPI, run by uvicorn, bound to 127.0.0.1 unless told
otherwise. Every endpoint calls the public API (:func:`treatyrules.evaluate`,
:func:`treatyrules.sensitivity`, :mod:`treatyrules.what_if`, :mod:`treatyrules.records`);
the OpenAPI document at ``/openapi.json`` is generated from the same pydantic models,
and every error is an RFC 9457 ``application/problem+json`` document naming the field.

>>> from fastapi.testclient import TestClient
>>> client = TestClient(create_app())
>>> client.get("/v1/status", params={"state": "POL", "on": "2026-03-01"}).json()["states"][0]["status"]
'withdrawn'
>>> r = client.post("/v1/evaluate", json={"scenario": {"treaty": "APMBC", "state": "pol"}})
>>> r.status_code, r.headers["content-type"], r.json()["errors"][0]["field"]
(422, 'application/problem+json', 'scenario.state')
"""

from __future__ import annotations

from ..extras import install_hint

try:
    import fastapi as _fastapi  # noqa: F401
except ImportError as exc:  # pragma: no cover - exercised without the extra
    raise ImportError(
        f"treatyrules.service needs FastAPI and uvicorn: {install_hint('serve')}",
        name=exc.name,
    ) from exc

from .app import Settings, create_app

__all__ = ["Settings", "create_app"]
