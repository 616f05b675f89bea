"""``treatyrules serve``: uvicorn running :func:`~treatyrules.service.app.from_environment`."""

from __future__ import annotations

import os
from collections.abc import Sequence

import uvicorn

__all__ = ["serve"]


def serve(
    host: str = "127.0.0.1",
    port: int = 8000,
    workers: int = 1,
    cors_origins: Sequence[str] = (),
    read_timeout: float | None = None,
) -> None:
    """Serve until interrupted. Each worker process builds its app from the environment,
    so the settings travel there (uvicorn takes the app by its import path).

    ``read_timeout`` (seconds; else ``TREATYRULES_READ_TIMEOUT``, else 30): a request's
    headers must arrive within it of the connection opening or of the last response, and
    its body within it of the headers; a client that stalls or dribbles is cut off.
    """
    if cors_origins:
        os.environ["TREATYRULES_CORS_ORIGINS"] = ",".join(cors_origins)
    if read_timeout is not None:
        os.environ["TREATYRULES_READ_TIMEOUT"] = str(read_timeout)
    uvicorn.run(
        "treatyrules.service.app:from_environment",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        # uvicorn's h11 protocol, with a deadline for the headers (service/protocol.py).
        http="treatyrules.service.protocol:HeaderDeadline",
    )
