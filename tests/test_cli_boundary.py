"""The command line's boundary: every bad input exits 2 with one line, every failure to
write the output ends without a traceback, and only a true bug exits 1."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from treatyrules.cli import EXIT_OUTPUT, main
from treatyrules.limits import MAX_DEPTH


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def cli(*args: str, stdin=None, env=None, stdout=subprocess.PIPE) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "treatyrules", *args],
        stdin=stdin,
        stdout=stdout,
        stderr=subprocess.PIPE,
        env={**os.environ, **(env or {})},
        check=False,
    )


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("[" * 5000, f"nests deeper than {MAX_DEPTH} levels"),
        ('{"treaty": "APMBC", "state": "POL", "as_of": ' + "1" * 5000 + "}", "5000 digits"),
        ('{"treaty": "APMBC", "state": "POL", "state": "FIN"}', "'state' is given twice"),
        ('{"treaty": "APMBC", "state": NaN}', "NaN is not a JSON number"),
    ],
    ids=["nesting", "huge-integer", "duplicate-key", "nan"],
)
def test_a_hostile_document_is_refused_with_exit_2_and_one_line(tmp_path, capsys, content, message):
    path = tmp_path / "bad.json"
    path.write_text(content)
    code, out, err = run(capsys, "evaluate", str(path))
    assert code == 2 and out == ""
    assert len(err.splitlines()) == 1 and message in err
    assert len(err) < 400  # the message quotes a short excerpt, not the input


def test_an_endless_stream_is_cut_off_at_the_size_limit(capsys):
    code, out, err = run(capsys, "evaluate", "/dev/zero")
    assert code == 2 and out == "" and "larger than 16 MiB" in err


def test_a_path_too_long_or_looping_is_an_input_error(tmp_path, capsys):
    code, _, err = run(capsys, "evaluate", "a" * 5000)
    assert code == 2 and "File name too long" in err and len(err) < 300
    (tmp_path / "one").symlink_to(tmp_path / "two")
    (tmp_path / "two").symlink_to(tmp_path / "one")
    code, _, err = run(capsys, "evaluate", str(tmp_path / "one"))
    assert code == 2 and "symbolic links" in err


def test_a_closed_standard_input_is_an_input_error():
    result = subprocess.run(
        [sys.executable, "-m", "treatyrules", "evaluate", "-"],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        check=False,
    )
    assert result.returncode == 2  # empty input: not valid JSON
    closed = subprocess.run(
        [
            sys.executable,
            "-c",
            "import os, sys; os.close(0); sys.stdin = None;"
            " from treatyrules.cli import main; sys.exit(main(['evaluate', '-']))",
        ],
        capture_output=True,
        check=False,
    )
    assert closed.returncode == 2 and b"standard input is closed" in closed.stderr


def test_an_encoding_that_cannot_hold_the_memo_ends_with_one_line():
    result = cli("status", env={"PYTHONIOENCODING": "ascii"})
    assert result.returncode == EXIT_OUTPUT
    assert b"Traceback" not in result.stderr
    assert result.stderr.decode().strip().endswith("or use --format json")


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full on this system")
def test_a_full_disk_ends_with_one_line():
    with open("/dev/full", "w") as full:
        result = cli("status", stdout=full)
    assert result.returncode == EXIT_OUTPUT
    assert b"Traceback" not in result.stderr and b"No space left" in result.stderr


class _ClosedPipe:
    encoding = "utf-8"

    def write(self, text: str) -> int:
        raise BrokenPipeError(32, "Broken pipe")

    def flush(self) -> None:
        raise BrokenPipeError(32, "Broken pipe")


def test_a_reader_that_closes_the_pipe_early_ends_the_command_quietly(monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdout", _ClosedPipe())  # as `| head -1` leaves it
    assert main(["rules"]) == 0
    assert capsys.readouterr().err == ""


def test_a_real_pipe_closed_after_the_first_line_leaves_no_traceback():
    reader = subprocess.Popen(
        [sys.executable, "-m", "treatyrules", "schema", "scenario"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert reader.stdout is not None
    reader.stdout.readline()
    reader.stdout.close()
    _, err = reader.communicate()
    assert reader.returncode == 0 and b"Traceback" not in err
