"""uvicorn's HTTP/1.1 protocol (h11) with a deadline for a request's headers.

uvicorn closes a keep-alive connection left idle after a response (``timeout_keep_alive``)
and refuses headers over 16 KiB (h11's ``max_incomplete_event_size``), but it waits without
end for a connection that opens and sends nothing, or sends half its headers (a slowloris
client; uvicorn's issue #157). This protocol closes such a connection when a request's
headers have not arrived within the read timeout of the connection opening or of the last
response. Once they have, the app's :class:`~treatyrules.service.limits.BodyLimit` times
the body. ``treatyrules serve`` runs it (``http=`` names it by its import path).
"""

from __future__ import annotations

import asyncio
import os
from typing import Any

from uvicorn.protocols.http.h11_impl import H11Protocol

from .limits import READ_TIMEOUT

__all__ = ["HeaderDeadline"]


class HeaderDeadline(H11Protocol):
    """Close a connection whose next request's headers do not arrive in time."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # The same setting as the app's (each worker reads the environment ``serve`` set).
        self.read_timeout = float(os.environ.get("TREATYRULES_READ_TIMEOUT", READ_TIMEOUT))
        self.deadline: asyncio.TimerHandle | None = None

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._arm()

    def on_response_complete(self) -> None:
        super().on_response_complete()
        self._arm()

    def connection_lost(self, exc: Exception | None) -> None:
        if self.deadline is not None:
            self.deadline.cancel()
        super().connection_lost(exc)

    def _arm(self) -> None:
        if self.deadline is not None:
            self.deadline.cancel()
        self.deadline = self.loop.call_later(self.read_timeout, self._expire)

    def _expire(self) -> None:
        # uvicorn starts a request cycle once its headers are complete, and every response
        # completed re-arms the deadline: with no cycle under way, none came in time.
        idle = self.cycle is None or self.cycle.response_complete
        if idle and not self.transport.is_closing():
            self.transport.close()
