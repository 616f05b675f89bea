"""The embedding examples of examples/embedding/ work as documented."""

from __future__ import annotations

import io
import json
import os
import pickle
import subprocess
import sys
from pathlib import Path

import pytest

import treatyrules

EMBEDDING = Path(__file__).parent.parent / "examples" / "embedding"
sys.path.insert(0, str(EMBEDDING))

import cli_from_python  # noqa: E402
import process_pool  # noqa: E402
import web_handler  # noqa: E402

SCENARIO = json.loads((EMBEDDING / "scenario.json").read_text())
ENV = {
    **os.environ,
    "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
}


def test_the_shell_script_reads_the_verdict_from_the_command_line():
    done = subprocess.run(
        ["sh", str(EMBEDDING / "cli_from_shell.sh"), str(EMBEDDING / "scenario.json")],
        capture_output=True,
        text=True,
        env=ENV,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["status: withdrawn", "effective: 2026-01-10"]


def test_the_shell_script_passes_on_a_refusal(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"treaty": "APMBC", "state": "Finland"}')
    done = subprocess.run(
        ["sh", str(EMBEDDING / "cli_from_shell.sh"), str(bad)],
        capture_output=True,
        text=True,
        env=ENV,
        check=False,
    )
    assert done.returncode == 2
    assert "refused" in done.stderr and "state" in done.stderr


def test_a_python_program_drives_the_command_through_a_subprocess(monkeypatch):
    monkeypatch.setenv("PATH", ENV["PATH"])
    verdict = cli_from_python.verdict_via_cli(SCENARIO)
    assert verdict["status"] == "withdrawn"
    with pytest.raises(cli_from_python.Refused, match="events"):
        cli_from_python.verdict_via_cli(
            {**SCENARIO, "events": [{"kind": "signing", "date": "2000-01-01"}]}
        )


def call(method, path, body=b""):
    replies = []
    environ = {
        "REQUEST_METHOD": method,
        "PATH_INFO": path,
        "CONTENT_LENGTH": str(len(body)),
        "wsgi.input": io.BytesIO(body),
    }
    out = b"".join(web_handler.app(environ, lambda status, headers: replies.append(status)))
    return replies[0], json.loads(out)


def test_the_web_handler_returns_a_verdict_or_names_the_bad_field():
    status, verdict = call("POST", "/verdict", json.dumps(SCENARIO).encode())
    assert status == "200 OK" and verdict["withdrawal"]["effective_date"] == "2026-01-10"
    status, body = call("POST", "/verdict", b'{"treaty": "APMBC", "state": "POL", "as_of": "soon"}')
    assert status.startswith("422") and body["errors"][0]["field"] == "as_of"
    assert call("POST", "/verdict", b"{oops")[0].startswith("400")
    assert call("GET", "/verdict")[0].startswith("405")
    assert call("POST", "/elsewhere")[0].startswith("404")


def test_verdicts_pickle_and_evaluation_is_pure():
    verdict = treatyrules.evaluate(SCENARIO)
    assert pickle.loads(pickle.dumps(verdict)) == verdict
    assert treatyrules.evaluate(SCENARIO) == verdict


def test_a_process_pool_gives_the_same_verdicts_in_the_same_order():
    scenarios = process_pool.sample(60)
    assert process_pool.evaluate_in_parallel(scenarios, workers=2, chunk=16) == [
        treatyrules.evaluate(s) for s in scenarios
    ]


def test_dask_gives_the_same_verdicts_in_the_same_order():
    import dask_bag  # the optional extra treatyrules[dask], part of the test extra

    scenarios = process_pool.sample(30)
    assert dask_bag.evaluate_with_dask(scenarios, scheduler="threads") == [
        treatyrules.evaluate(s) for s in scenarios
    ]
