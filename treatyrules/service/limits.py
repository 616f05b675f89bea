"""The service's guards, as ASGI middleware: bounds on the request body (its size, and the
time it may take to arrive), and headers that keep the page to its own assets (no CDN, no
frames)."""

from __future__ import annotations

import asyncio
import json
from typing import Any

__all__ = ["READ_TIMEOUT", "SECURITY_HEADERS", "BodyLimit", "SecurityHeaders"]

READ_TIMEOUT = 30.0
"""Seconds a request's headers, then its body, may take to arrive (``TREATYRULES_READ_TIMEOUT``):
the largest body at 67 KB/s at least, generous for any real client."""

Scope = dict[str, Any]
Message = dict[str, Any]

SECURITY_HEADERS = {
    # Everything from this server alone: a page that loads nothing from elsewhere works offline.
    "content-security-policy": (
        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self';"
        " connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'"
    ),
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
}


class BodyLimit:
    """Refuse a request body larger than ``limit`` bytes with 413, and one that has not
    arrived ``timeout`` seconds after its headers with 408, before the app reads it.

    The body is read here (it is small by then) and handed to the app whole, so a body
    that lies about its length is caught as surely as one that declares it. The deadline is
    for the whole body, not for each read: a client that stalls, and one that dribbles a
    byte at a time, are both cut off (uvicorn itself times out only an idle keep-alive
    connection, not a request being received). The 408 closes the connection.
    """

    def __init__(self, app: Any, limit: int, timeout: float) -> None:
        self.app, self.limit, self.timeout = app, limit, timeout

    async def __call__(self, scope: Scope, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers", [])).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.limit:
            await _refuse(send, 413, "Content too large", f"larger than {self.limit} bytes")
            return
        chunks: list[bytes] = []
        try:
            async with asyncio.timeout(self.timeout):
                size = 0
                while True:
                    message = await receive()
                    if message["type"] == "http.disconnect":
                        return
                    chunk = message.get("body", b"")
                    size += len(chunk)
                    if size > self.limit:
                        detail = f"larger than {self.limit} bytes"
                        await _refuse(send, 413, "Content too large", detail)
                        return
                    chunks.append(chunk)
                    if not message.get("more_body", False):
                        break
        except TimeoutError:
            detail = f"not received within {self.timeout:g} seconds of its headers"
            await _refuse(send, 408, "Request timeout", detail, close=True)
            return
        sent = False

        async def replay() -> Message:
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": b"".join(chunks), "more_body": False}
            return dict(await receive())

        await self.app(scope, replay, send)


async def _refuse(send: Any, status: int, title: str, detail: str, close: bool = False) -> None:
    body = json.dumps(
        {
            "type": f"urn:treatyrules:problem:{title.lower().replace(' ', '-')}",
            "title": title,
            "status": status,
            "detail": f"the request body is {detail}",
        }
    ).encode()
    headers = [
        (b"content-type", b"application/problem+json"),
        (b"content-length", str(len(body)).encode()),
    ]
    # A client too slow to send its body gets no other request on this connection. One whose
    # body is too large is still sending it: closing now would reset the connection before it
    # reads the 413, so uvicorn reads the rest and discards it.
    if close:
        headers.append((b"connection", b"close"))
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


class SecurityHeaders:
    """Add :data:`SECURITY_HEADERS` to every response."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                extra = [(k.encode(), v.encode()) for k, v in SECURITY_HEADERS.items()]
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

        await self.app(scope, receive, with_headers)
