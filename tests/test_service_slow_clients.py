"""A real server on loopback cuts off clients that stall or dribble, without blocking others.

The read timeout is set to 2 seconds here (``TREATYRULES_READ_TIMEOUT``); each client must be
cut off well within the generous bound of 30 seconds. The bound says that a cut-off happens,
not how fast the server is.
"""

from __future__ import annotations

import json
import select
import socket
import time
from collections.abc import Iterator

import httpx
import pytest
from served import running_server

TIMEOUT = 2
BOUND = 30  # seconds: a client still connected after this was not cut off
POST = b"POST /v1/evaluate HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"


@pytest.fixture(scope="module")
def port() -> Iterator[int]:
    # A stalled request must not hold up the shutdown either.
    with running_server({"TREATYRULES_READ_TIMEOUT": str(TIMEOUT)}, stop_within=BOUND) as free:
        yield free


def until_closed(sock: socket.socket, dribble: bytes = b"") -> tuple[bytes, float]:
    """What the server sends until it closes the connection, and after how many seconds;
    meanwhile send ``dribble`` a byte at a time, one every 0.2 s."""
    start = time.monotonic()
    received = b""
    while time.monotonic() - start < BOUND:
        if dribble:
            try:
                sock.send(dribble[:1])
                dribble = dribble[1:]
            except OSError:  # closed by the server under our feet
                dribble = b""
        if select.select([sock], [], [], 0.2)[0]:
            try:
                chunk = sock.recv(65536)
            except ConnectionResetError:
                chunk = b""
            if not chunk:
                return received, time.monotonic() - start
            received += chunk
    return received, BOUND


def connect(port: int, first: bytes) -> socket.socket:
    sock = socket.create_connection(("127.0.0.1", port))
    sock.sendall(first)
    return sock


def test_a_client_that_sends_its_headers_and_stalls_gets_408_and_is_cut_off(port):
    with connect(port, POST + b"Content-Length: 1000\r\n\r\n{") as sock:
        received, after = until_closed(sock)
    assert after < BOUND
    head, _, body = received.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 408 ")
    assert b"connection: close" in head.lower()
    problem = json.loads(body)
    assert problem["status"] == 408 and problem["type"].endswith("request-timeout")


def test_a_client_that_dribbles_its_body_is_cut_off_though_it_keeps_sending(port):
    # 1,000 bytes at 5 a second would take 200 s: the deadline is for the whole body.
    with connect(port, POST + b"Content-Length: 1000\r\n\r\n") as sock:
        received, after = until_closed(sock, dribble=b" " * 1000)
    assert after < BOUND
    assert received.startswith(b"HTTP/1.1 408 ")


@pytest.mark.parametrize(
    "first", [b"", b"POST /v1/evaluate HTTP/1.1\r\nHost: x\r\n"], ids=["nothing", "half headers"]
)
def test_a_client_that_never_finishes_its_headers_is_disconnected(port, first):
    with connect(port, first) as sock:
        received, after = until_closed(sock)
    assert after < BOUND
    assert received == b""  # no request to answer: the connection is closed


def test_headers_dribbled_a_byte_at_a_time_are_cut_off(port):
    headers = b"GET /v1/version HTTP/1.1\r\nHost: x\r\n" + b"X-Pad: y\r\n" * 100 + b"\r\n"
    with connect(port, b"") as sock:
        received, after = until_closed(sock, dribble=headers)
    assert after < BOUND
    assert received == b""


def test_while_slow_clients_hold_connections_others_are_answered(port):
    slow = [connect(port, POST + b"Content-Length: 1000\r\n\r\n{") for _ in range(5)]
    slow += [connect(port, b"GET /v1/version HTTP/1.1\r\n") for _ in range(5)]
    try:
        answered = [
            httpx.get(f"http://127.0.0.1:{port}/v1/version", timeout=BOUND) for _ in range(5)
        ]
        assert [r.status_code for r in answered] == [200] * 5
    finally:
        for sock in slow:
            sock.close()


def test_headers_over_uvicorn_s_limit_are_refused_with_400(port):
    # h11's bound on an incomplete request head (16 KiB), which uvicorn applies.
    with connect(port, b"GET /v1/version HTTP/1.1\r\nX-Pad: " + b"y" * 70_000) as sock:
        received, after = until_closed(sock)
    assert after < BOUND
    assert received.startswith(b"HTTP/1.1 400 ")


def test_a_keep_alive_client_pausing_less_than_the_timeout_keeps_its_connection(port):
    # The deadline runs from the last response: three requests 1.5 s apart (4.5 s in all, more
    # than the timeout) are all answered on one connection.
    with connect(port, b"") as sock:
        sock.settimeout(BOUND)
        answers = []
        for _ in range(3):
            sock.sendall(b"GET /v1/version HTTP/1.1\r\nHost: x\r\n\r\n")
            answers.append(read_response(sock))
            time.sleep(1.5)
    assert [a.split(b" ", 2)[1] for a in answers] == [b"200"] * 3


def read_response(sock: socket.socket) -> bytes:
    """One response with a Content-Length, read whole."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(65536)
        assert chunk, "the connection was closed"
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    fields = dict(line.split(b": ", 1) for line in head.lower().split(b"\r\n")[1:])
    length = int(fields[b"content-length"])
    while len(body) < length:
        chunk = sock.recv(65536)
        assert chunk, "the connection was closed"
        body += chunk
    return head
