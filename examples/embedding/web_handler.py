"""The library inside a web handler: a WSGI application with no global state.

POST a Scenario JSON v1 document to ``/verdict`` and get the Verdict JSON v1 back;
refused input gets a 422 with the fields named. Every request is evaluated on its
own: the library keeps no state between calls, so the application can run in any
number of threads or processes.

    python examples/embedding/web_handler.py   # serves http://127.0.0.1:8000/verdict
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from typing import Any
from wsgiref.simple_server import make_server

import treatyrules

StartResponse = Callable[[str, list[tuple[str, str]]], Any]


def _reply(start: StartResponse, status: str, body: dict[str, Any] | str) -> list[bytes]:
    payload = body if isinstance(body, str) else json.dumps(body)
    data = payload.encode()
    start(status, [("Content-Type", "application/json"), ("Content-Length", str(len(data)))])
    return [data]


def app(environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
    """Evaluate the posted scenario."""
    if environ.get("PATH_INFO") != "/verdict":
        return _reply(start_response, "404 Not Found", {"error": "POST a scenario to /verdict"})
    if environ.get("REQUEST_METHOD") != "POST":
        return _reply(start_response, "405 Method Not Allowed", {"error": "use POST"})
    length = int(environ.get("CONTENT_LENGTH") or 0)
    try:
        document = json.loads(environ["wsgi.input"].read(length) or b"null")
        verdict = treatyrules.evaluate(document)
    except json.JSONDecodeError as exc:
        return _reply(start_response, "400 Bad Request", {"error": f"invalid JSON: {exc.msg}"})
    except treatyrules.InputError as exc:
        problems = [{"field": path, "problem": message} for path, message in exc.problems]
        return _reply(start_response, "422 Unprocessable Entity", {"errors": problems})
    return _reply(start_response, "200 OK", verdict.model_dump_json())


if __name__ == "__main__":
    with make_server("127.0.0.1", 8000, app) as server:
        print("serving http://127.0.0.1:8000/verdict")
        server.serve_forever()
