"""The app factory: :func:`create_app` builds the ASGI app from :class:`Settings`.

Nothing is global: each app has its own settings (``app.state.settings``), so tests and
embedders can make as many as they like. ``treatyrules serve`` makes one per worker from
the environment (:meth:`Settings.from_environment`).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from .._version import __version__
from ..errors import InputError
from ..limits import excerpt, positive_number
from . import page, problems, routes
from .limits import READ_TIMEOUT, BodyLimit, SecurityHeaders

__all__ = ["Settings", "create_app", "from_environment"]

DESCRIPTION = """A treaty's clauses as executable, explained rules, over HTTP.

Each endpoint mirrors a command of `treatyrules`: the same inputs (Scenario JSON v1) and
the same outputs (Verdict JSON v1, the status report, the timeline). Errors are RFC 9457
`application/problem+json` documents whose `errors` name each field by its path.
"""


_MAX_BODY = 2_000_000
_MAX_BATCH = 1000


@dataclass(frozen=True, slots=True)
class Settings:
    """What an app enforces and allows.

    ``max_body``: the largest request body, in bytes (413 beyond it). ``read_timeout``: the
    seconds a request body may take to arrive after its headers (408 beyond it, and the
    connection closed). ``max_batch``: the most scenarios in one batch (422 beyond it).
    ``cors_origins``: the origins allowed to call from a browser page of their own (none:
    CORS is off).
    """

    max_body: int = _MAX_BODY
    max_batch: int = _MAX_BATCH
    read_timeout: float = READ_TIMEOUT
    cors_origins: tuple[str, ...] = field(default=())

    @classmethod
    def from_environment(cls, env: Mapping[str, str] | None = None) -> Settings:
        """Settings from ``TREATYRULES_MAX_BODY``, ``TREATYRULES_MAX_BATCH``,
        ``TREATYRULES_READ_TIMEOUT`` and ``TREATYRULES_CORS_ORIGINS`` (comma-separated), each
        defaulting as above; ``env``: where to read them (default: ``os.environ``).

        A value that is not a positive number raises :class:`~treatyrules.errors.InputError`
        naming the variable.

        >>> Settings.from_environment({"TREATYRULES_MAX_BATCH": "10"}).max_batch
        10
        """
        env = os.environ if env is None else env
        origins = tuple(o for o in env.get("TREATYRULES_CORS_ORIGINS", "").split(",") if o)
        return cls(
            max_body=int(_positive(env, "TREATYRULES_MAX_BODY", _MAX_BODY, whole=True)),
            max_batch=int(_positive(env, "TREATYRULES_MAX_BATCH", _MAX_BATCH, whole=True)),
            read_timeout=_positive(env, "TREATYRULES_READ_TIMEOUT", READ_TIMEOUT),
            cors_origins=origins,
        )


def _positive(env: Mapping[str, str], name: str, default: float, *, whole: bool = False) -> float:
    """The variable ``name`` as a positive (whole) number; its default if it is not set."""
    text = env.get(name)
    if text is None:
        return default
    value = positive_number(text, whole=whole)
    if value is None:
        what = "a positive whole number" if whole else "a positive number of seconds"
        raise InputError(name, f"expected {what}, got {excerpt(text)}")
    return value


def create_app(settings: Settings | None = None) -> FastAPI:
    """The service as an ASGI app (interactive docs left out: they would load from a CDN)."""
    settings = settings or Settings()
    app = FastAPI(
        title="treatyrules",
        version=__version__,
        description=DESCRIPTION,
        docs_url=None,
        redoc_url=None,
        openapi_url="/openapi.json",
    )
    app.state.settings = settings
    problems.register(app)
    app.include_router(routes.router)
    app.include_router(page.router)
    if settings.cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=list(settings.cors_origins),
            allow_methods=["GET", "POST"],
            allow_headers=["content-type"],
        )
    app.add_middleware(SecurityHeaders)
    app.add_middleware(BodyLimit, limit=settings.max_body, timeout=settings.read_timeout)
    return app


def from_environment() -> FastAPI:
    """The app ``treatyrules serve`` runs in each worker (uvicorn's factory)."""
    return create_app(Settings.from_environment())
