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


def test_a_program_keeps_one_batch_process_open_and_asks_it_scenario_by_scenario(monkeypatch):
    monkeypatch.setenv("PATH", ENV["PATH"])
    with cli_from_python.Session() as session:
        first = session.verdict(SCENARIO)
        with pytest.raises(cli_from_python.Refused, match=r"^events\[0\]: unknown kind"):
            session.verdict({**SCENARIO, "events": [{"kind": "signing", "date": "2000-01-01"}]})
        assert session.verdict(SCENARIO) == first  # the refusal did not end the session
    assert first == cli_from_python.verdict_via_cli(SCENARIO)
    assert session.close() == 2  # a scenario was refused on the way


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


def test_a_refusal_raised_in_a_worker_comes_back_whole():
    # A pool sends an exception back pickled: the default would call the class with the
    # joined message alone, which fails, and the pool would report a broken worker.
    error = treatyrules.InterpretationError(
        "interpretation.month_end", "not an option", problems=(("a", "b"), ("c", "d"))
    )
    back = pickle.loads(pickle.dumps(error))
    assert type(back) is treatyrules.InterpretationError
    assert (back.path, back.message, back.problems, str(back)) == (
        error.path,
        error.message,
        error.problems,
        str(error),
    )


BAD = {**SCENARIO, "events": [{"kind": "accession", "date": "2012-02-30"}]}


def batch_lines(scenarios, tmp_path):
    """What ``treatyrules evaluate --batch`` writes for ``scenarios``, line by line."""
    path = tmp_path / "in.jsonl"
    path.write_text("".join(json.dumps(s) + "\n" for s in scenarios))
    done = subprocess.run(
        [sys.executable, "-m", "treatyrules", "evaluate", "--batch", str(path)],
        capture_output=True,
        text=True,
        env=ENV,
        check=False,
    )
    return done.stdout.splitlines()


def serial(scenarios):
    """Each verdict's JSON, computed here one after the other."""
    return [treatyrules.evaluate(s).model_dump_json() for s in scenarios]


def test_a_process_pool_gives_the_serial_verdicts_as_json_in_the_same_order():
    scenarios = process_pool.sample(60)
    lines = process_pool.evaluate_in_parallel(scenarios, workers=2, chunk=16)
    assert lines == serial(scenarios)
    assert [treatyrules.Verdict.model_validate_json(x) for x in lines] == [
        treatyrules.evaluate(s) for s in scenarios
    ]


def test_a_process_pool_writes_what_the_batch_command_writes_a_refused_scenario_included(
    tmp_path,
):
    scenarios = [*process_pool.sample(20), BAD, *process_pool.sample(5)]
    lines = process_pool.evaluate_in_parallel(scenarios, workers=2, chunk=8)
    assert lines == batch_lines(scenarios, tmp_path)
    assert json.loads(lines[20])["index"] == 20  # its place in the whole batch, not the chunk's


def test_a_process_pool_sends_back_the_statuses_alone():
    scenarios = [*process_pool.sample(30), BAD]
    found = process_pool.in_parallel(process_pool.statuses, scenarios, workers=2, chunk=8)
    assert found == [treatyrules.status(s).status for s in scenarios[:-1]] + [None]


def test_dask_gives_the_serial_verdicts_as_json_in_the_same_order(tmp_path):
    import dask_bag  # the optional extra treatyrules[dask], part of the test extra

    scenarios = [*process_pool.sample(30), BAD, *process_pool.sample(3)]
    lines = dask_bag.evaluate_with_dask(scenarios, scheduler="threads", partition=7)
    assert lines == batch_lines(scenarios, tmp_path)
    assert [x for i, x in enumerate(lines) if i != 30] == serial(scenarios[:30] + scenarios[31:])


def test_dask_on_processes_gives_the_serial_verdicts():
    import dask_bag

    scenarios = process_pool.sample(12)
    assert dask_bag.evaluate_with_dask(scenarios, partition=5) == serial(scenarios)
