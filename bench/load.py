"""A bounded load test of `treatyrules serve` on loopback: latency, errors, memory, faults.

    python bench/load.py [--requests 10000] [--clients 8] [--workers 2] [--read-timeout S]

Starts the server as a subprocess, sends a mix of valid and invalid requests from a few
concurrent clients, and reports p50 and p99 latency, the count of each status code (a 5xx
for bad input is a failure), and the workers' resident memory before and after. Then the
faults: slow clients (one sending nothing, one stopping halfway through its headers, one stalling
after its headers, one dribbling its body) must not block the others and must each be cut
off after the read timeout (``TREATYRULES_READ_TIMEOUT``, the server's default unless
``--read-timeout``), and a worker killed with SIGKILL must be replaced by uvicorn's
supervisor while requests still succeed. It is a script, not a test: timing never decides a
test here.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import signal
import socket
import statistics
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = sorted((ROOT / "examples").glob("*.json"))


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) != pid or fields[0] == "Z":  # a killed child not yet reaped
                continue
            # The workers, not multiprocessing's resource tracker.
            if b"spawn_main" in (entry / "cmdline").read_bytes():
                found.append(int(entry.name))
    return found


def _rss_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def _requests(n: int) -> list[tuple[str, str, object]]:
    """A deterministic mix: valid evaluations and status reads, and several kinds of bad input."""
    scenarios = [json.loads(p.read_text()) for p in EXAMPLES]
    mix: list[tuple[str, str, object]] = []
    for i in range(n):
        kind = i % 10
        if kind < 4:
            mix.append(("POST", "/v1/evaluate", {"scenario": scenarios[i % len(scenarios)]}))
        elif kind < 6:
            mix.append(("GET", f"/v1/status?state=POL&state=UKR&on=2026-0{1 + i % 9}-01", None))
        elif kind == 6:
            mix.append(("POST", "/v1/evaluate", {"scenario": {"treaty": "APMBC", "state": "pol"}}))
        elif kind == 7:
            mix.append(("POST", "/v1/evaluate", "{not json"))
        elif kind == 8:
            mix.append(("GET", "/v1/status?on=yesterday", None))
        else:
            mix.append(("POST", "/v1/evaluate", {"scenario": {"x": "y" * 3_000_000}}))
    return mix


async def _run(
    base: str, mix: list[tuple[str, str, object]], clients: int
) -> tuple[list[float], Counter[int]]:
    latencies: list[float] = []
    codes: Counter[int] = Counter()
    queue: asyncio.Queue[tuple[str, str, object]] = asyncio.Queue()
    for item in mix:
        queue.put_nowait(item)

    async def client() -> None:
        async with httpx.AsyncClient(base_url=base, timeout=30) as http:
            while not queue.empty():
                method, path, body = queue.get_nowait()
                start = time.perf_counter()
                if isinstance(body, str):
                    r = await http.request(
                        method, path, content=body, headers={"content-type": "application/json"}
                    )
                else:
                    r = await http.request(method, path, json=body)
                latencies.append(time.perf_counter() - start)
                codes[r.status_code] += 1

    await asyncio.gather(*(client() for _ in range(clients)))
    return latencies, codes


SLOW = {
    "nothing": (b"", b""),
    "half its headers": (b"POST /v1/evaluate HTTP/1.1\r\nHost: x\r\n", b""),
    "headers, then a stalled body": (
        b"POST /v1/evaluate HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n\r\n{",
        b"",
    ),
    "headers, then a byte every 0.2 s": (
        b"POST /v1/evaluate HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n\r\n",
        b" " * 1000,
    ),
}


async def _slow(port: int, first: bytes, dribble: bytes) -> tuple[str, float]:
    """Connect, send ``first`` (then ``dribble``, a byte at a time) and wait for the server to
    close: its status line (or "closed"), and the seconds it took."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(first)
    start = time.perf_counter()

    async def feed() -> None:
        for byte in dribble:
            writer.write(bytes([byte]))
            await asyncio.sleep(0.2)

    feeding = asyncio.create_task(feed())
    try:
        answer = await asyncio.wait_for(reader.read(), timeout=600)  # until the server closes
    except (TimeoutError, ConnectionError):
        answer = b"?"
    feeding.cancel()
    writer.close()
    line = answer.split(b"\r\n", 1)[0].decode(errors="replace") or "closed, no answer"
    return line, time.perf_counter() - start


async def _slow_clients(base: str, port: int) -> tuple[list[tuple[str, float]], int, float]:
    """Every kind of slow client at once, and one prompt request sent while they wait."""
    slow = [asyncio.create_task(_slow(port, *SLOW[kind])) for kind in SLOW]
    await asyncio.sleep(0.5)
    async with httpx.AsyncClient(base_url=base, timeout=30) as http:
        start = time.perf_counter()
        code = (await http.get("/v1/version")).status_code
        took = time.perf_counter() - start
    return list(await asyncio.gather(*slow)), code, took


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=10_000)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--read-timeout", type=float, help="seconds (the server's default: 30)")
    args = parser.parse_args()
    env = dict(os.environ)
    if args.read_timeout is not None:
        env["TREATYRULES_READ_TIMEOUT"] = str(args.read_timeout)
    port = _free_port()
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "treatyrules",
            "serve",
            "--port",
            str(port),
            "--workers",
            str(args.workers),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(200):
            try:
                if httpx.get(f"{base}/v1/version", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.1)
        workers = _children(server.pid)
        warm = _requests(400)
        asyncio.run(_run(base, warm, args.clients))
        before = sum(_rss_kib(p) for p in _children(server.pid))
        started = time.perf_counter()
        latencies, codes = asyncio.run(_run(base, _requests(args.requests), args.clients))
        elapsed = time.perf_counter() - started
        after = sum(_rss_kib(p) for p in _children(server.pid))
        q = statistics.quantiles(latencies, n=100)
        print(
            f"{args.requests} requests, {args.clients} clients, {args.workers} workers: {elapsed:.1f} s"
        )
        print(f"latency p50 {q[49] * 1000:.1f} ms, p99 {q[98] * 1000:.1f} ms")
        print("status codes: " + ", ".join(f"{c}: {n}" for c, n in sorted(codes.items())))
        server_errors = sum(n for c, n in codes.items() if c >= 500)
        print(f"5xx: {server_errors}")
        print(f"workers' memory: {before / 1024:.0f} MiB before, {after / 1024:.0f} MiB after")

        # Slow clients hold connections open; the others carry on, and each slow one is cut off.
        cut, ok, took = asyncio.run(_slow_clients(base, port))
        print(f"with slow clients connected: another request answered {ok} in {took * 1000:.0f} ms")
        for kind, (line, seconds) in zip(SLOW, cut, strict=True):
            print(f"  a slow client sending {kind}: {line} after {seconds:.1f} s")

        # A worker killed outright is replaced; the service keeps answering meanwhile.
        victim = workers[0] if workers else None
        if victim is not None:
            os.kill(victim, signal.SIGKILL)
            answered = sum(
                httpx.get(f"{base}/v1/version", timeout=10).status_code == 200 for _ in range(20)
            )
            for _ in range(30):  # the supervisor checks its workers about once a second
                time.sleep(0.5)
                now = _children(server.pid)
                if victim not in now and len(now) >= len(workers):
                    break
            replaced = victim not in now and len(now) >= len(workers)
            print(
                f"killed worker {victim}: {answered}/20 answered meanwhile; replaced: {replaced} ({len(now)} workers)"
            )
        if server_errors:
            sys.exit(f"{server_errors} server error(s)")
    finally:
        server.send_signal(signal.SIGINT)
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            server.kill()


if __name__ == "__main__":
    main()
