"""``treatyrules serve``: uvicorn running :func:`~treatyrules.service.app.from_environment`."""

from __future__ import annotations

import os
from collections.abc import Sequence

import uvicorn

__all__ = ["serve"]


def serve(
    host: str = "127.0.0.1", port: int = 8000, workers: int = 1, cors_origins: Sequence[str] = ()
) -> None:
    """Serve until interrupted. Each worker process builds its app from the environment,
    so the settings travel there (uvicorn takes the app by its import path)."""
    if cors_origins:
        os.environ["TREATYRULES_CORS_ORIGINS"] = ",".join(cors_origins)
    uvicorn.run(
        "treatyrules.service.app:from_environment",
        factory=True,
        host=host,
        port=port,
        workers=workers,
    )
