"""``treatyrules evaluate --batch``: JSON Lines in, a line out for each line in, in order.

The hypothetical States' dates (``XXA``) are illustrative; the others are the examples'.
"""

from __future__ import annotations

import io
import json
import os
import select
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from builders import A_DATE_THAT_DOES_NOT_EXIST, LITHUANIA_CCM, ev, scenario

from treatyrules import InputError, jsonio
from treatyrules.cli import main
from treatyrules.limits import MAX_BYTES, MAX_DEPTH

EXAMPLES = Path(__file__).parent.parent / "examples"
POLAND, FINLAND, LITHUANIA = (
    json.loads((EXAMPLES / f"{name}-2025.json").read_text())
    for name in ("poland", "finland", "lithuania")
)


def line(document: Any) -> str:
    return json.dumps(document)


def batch(capsys, tmp_path, *lines: str, args: tuple[str, ...] = ()) -> tuple[int, list[Any], str]:
    """Run ``evaluate --batch`` on a file of ``lines``; the exit code, each output line
    parsed, and stderr."""
    path = tmp_path / "in.jsonl"
    path.write_text("".join(f"{x}\n" for x in lines), encoding="utf-8")
    code = main(["evaluate", "--batch", str(path), *args])
    out, err = capsys.readouterr()
    assert out == "" or out.endswith("\n")
    return code, [json.loads(x) for x in out.splitlines()], err


def single(capsys, tmp_path, document: Any, *args: str) -> Any:
    """The verdict JSON ``evaluate FILE --format json`` prints for ``document``."""
    path = tmp_path / "one.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    assert main(["evaluate", str(path), "--format", "json", *args]) == 0
    return json.loads(capsys.readouterr().out)


def test_each_line_gives_the_verdict_the_single_command_gives_in_the_same_order(capsys, tmp_path):
    documents = [POLAND, FINLAND, LITHUANIA, FINLAND]
    code, out, err = batch(capsys, tmp_path, *map(line, documents))
    assert (code, err) == (0, "")
    assert out == [single(capsys, tmp_path, d) for d in documents]
    assert [v["state"] for v in out] == ["POL", "FIN", "LTU", "FIN"]


def test_a_bad_scenario_in_the_middle_is_an_error_record_and_the_lines_after_are_evaluated(
    capsys, tmp_path
):
    code, out, err = batch(
        capsys, tmp_path, line(POLAND), line(A_DATE_THAT_DOES_NOT_EXIST), line(FINLAND)
    )
    assert code == 2 and err == ""
    assert [v.get("state") for v in out] == ["POL", None, "FIN"]
    record = out[1]
    assert record["index"] == 1
    assert record["error"]["path"] == "events[0].date"  # the field in the scenario of that line
    assert "2012-02-30" in record["error"]["message"]
    assert record["error"]["problems"] == [
        {"path": record["error"]["path"], "message": record["error"]["message"]}
    ]


def test_every_problem_of_a_refused_line_is_listed_the_first_also_as_its_path_and_message(
    capsys, tmp_path
):
    two_bad_dates = scenario("XXA", ev("accession", "2012-02-30"), ev("withdrawal", "soon"))
    _, (record,), _ = batch(capsys, tmp_path, line(two_bad_dates))
    paths = [p["path"] for p in record["error"]["problems"]]
    assert paths == ["events[0].date", "events[1].date"]
    assert record["error"]["path"] == paths[0]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("{oops", "the line is not valid JSON"),
        ("", "the line is blank"),
        ("   \t", "the line is blank"),
        ("[" * (MAX_DEPTH + 1) + "]" * (MAX_DEPTH + 1), f"nests deeper than {MAX_DEPTH} levels"),
        ('{"treaty": "APMBC", "state": "POL", "state": "FIN"}', "'state' is given twice"),
        ('{"treaty": "APMBC", "as_of": ' + "1" * 5000 + "}", "5000 digits"),
        ('{"treaty": "APMBC", "state": NaN}', "NaN is not a JSON number"),
        ("[]", "expected a scenario object"),
    ],
    ids=["not-json", "empty", "whitespace", "too-deep", "key-twice", "huge-integer", "nan", "list"],
)
def test_a_line_that_is_no_scenario_is_an_error_record_within_the_limits_of_one_document(
    capsys, tmp_path, text, message
):
    code, out, _ = batch(capsys, tmp_path, line(FINLAND), text, line(FINLAND))
    assert code == 2
    assert [v.get("state") for v in out] == ["FIN", None, "FIN"]
    assert out[1]["index"] == 1 and out[1]["error"]["path"] == ""
    assert message in out[1]["error"]["message"]
    assert len(out[1]["error"]["message"]) < 400  # an excerpt, never the line itself


@pytest.mark.parametrize("inner", ["[]", "{}"], ids=["list", "object"])
def test_a_line_nested_to_the_limit_is_read_and_one_level_deeper_is_refused(inner):
    def nested(depth: int) -> str:  # objects and lists in turn, ``inner`` the deepest
        text = inner
        for level in range(depth - 1):
            text = f'{{"a": {text}}}' if level % 2 else f"[{text}]"
        return text

    assert json.loads(nested(MAX_DEPTH)) == jsonio.loads(nested(MAX_DEPTH), "the line")
    with pytest.raises(InputError, match=f"nests deeper than {MAX_DEPTH} levels"):
        jsonio.loads(nested(MAX_DEPTH + 1), "the line")


def test_a_line_that_is_not_utf8_is_an_error_record(capsys, tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_bytes(line(FINLAND).encode() + b"\n\xff\xfe\n" + line(FINLAND).encode() + b"\n")
    assert main(["evaluate", "--batch", str(path)]) == 2
    out = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert [v.get("index") for v in out] == [None, 1, None]
    assert out[1]["error"]["message"] == "the line is not UTF-8 text"


def test_a_line_over_the_size_limit_is_refused_and_skipped_to_its_end(capsys, tmp_path):
    path = tmp_path / "in.jsonl"
    with path.open("w", encoding="utf-8") as f:
        f.write(line(POLAND) + "\n")
        f.write('"' + "x" * MAX_BYTES + '"\n')  # one string of 16 MiB: two bytes too many
        f.write(line(FINLAND) + "\n")
    assert main(["evaluate", "--batch", str(path)]) == 2
    out = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert [v.get("state") for v in out] == ["POL", None, "FIN"]
    assert out[1] == {
        "index": 1,
        "error": {
            "path": "",
            "message": "the line is larger than 16 MiB",
            "problems": [{"path": "", "message": "the line is larger than 16 MiB"}],
        },
    }


def test_an_empty_input_gives_no_output_and_exit_0(capsys, tmp_path):
    assert batch(capsys, tmp_path) == (0, [], "")


def test_the_assessment_date_and_the_readings_apply_to_every_line(capsys, tmp_path):
    flags = ("--as-of", "2025-12-01", "--interpret", "month_end=roll_forward")
    code, out, _ = batch(capsys, tmp_path, line(POLAND), line(FINLAND), args=flags)
    assert code == 0
    assert {v["as_of"] for v in out} == {"2025-12-01"}
    assert out == [single(capsys, tmp_path, d, *flags) for d in (POLAND, FINLAND)]


def test_a_point_one_lines_treaty_does_not_use_refuses_that_line_only(capsys, tmp_path):
    # art3_threshold is the Mine Ban Convention's (Art. 3 retention); the CCM has no such point.
    code, out, _ = batch(
        capsys,
        tmp_path,
        line(POLAND),
        line(LITHUANIA_CCM),
        args=("--interpret", "art3_threshold=0"),
    )
    assert code == 2
    assert out[0]["state"] == "POL"
    assert out[1]["index"] == 1
    assert out[1]["error"]["path"] == "interpretation.art3_threshold"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--format", "text"), "--batch writes JSON Lines"),
        (("--format", "markdown"), "--batch writes JSON Lines"),
        (("--as-of", "2026-02-30"), "--as-of"),
        (("--interpret", "month_end=sometimes"), "interpretation.month_end"),
        (("--interpret", "month_end"), "KEY=VALUE"),
    ],
    ids=["text", "markdown", "a-date-that-does-not-exist", "an-option-not-offered", "no-value"],
)
def test_a_wrong_option_is_refused_before_any_line_with_nothing_on_stdout(
    capsys, tmp_path, args, message
):
    code, out, err = batch(capsys, tmp_path, line(FINLAND), args=args)
    assert (code, out) == (2, [])
    assert message in err and len(err.splitlines()) == 1


def test_format_json_may_be_asked_for_as_it_is_what_the_batch_writes(capsys, tmp_path):
    assert batch(capsys, tmp_path, line(FINLAND), args=("--format", "json")) == batch(
        capsys, tmp_path, line(FINLAND)
    )


def test_a_missing_file_is_refused_with_nothing_on_stdout(capsys):
    assert main(["evaluate", "--batch", "/no/such/file.jsonl"]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert json.loads(err)["problems"][0]["message"] == "no such file: /no/such/file.jsonl"


def test_the_single_command_still_needs_its_file(capsys):
    assert main(["evaluate"]) == 2
    out, err = capsys.readouterr()
    assert out == "" and "FILE" in err


@pytest.mark.parametrize("source", [["-"], []], ids=["dash", "no-file"])
def test_standard_input_is_read_with_a_dash_or_no_file(capsys, monkeypatch, source):
    lines = f"{line(FINLAND)}\n{{oops\n"
    monkeypatch.setattr(sys, "stdin", io.StringIO(lines))
    assert main(["evaluate", "--batch", *source]) == 2
    out = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert out[0]["state"] == "FIN" and out[1]["index"] == 1


def cli(*args: str, **popen: Any) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "treatyrules", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        # Buffered as a pipe is by default: only the command's own flushes let a line through.
        env={k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"},
        **popen,
    )


def answer(process: subprocess.Popen[bytes]) -> Any:
    """The next line ``process`` writes; a failure rather than a hang if it keeps it back."""
    assert process.stdout is not None
    ready, _, _ = select.select([process.stdout], [], [], 120)
    assert ready, "no answer: the line was not written through"
    return json.loads(process.stdout.readline())


def test_a_program_at_the_other_end_of_a_pipe_gets_each_answer_before_it_sends_the_next():
    process = cli("evaluate", "--batch", stdin=subprocess.PIPE)
    assert process.stdin is not None
    for text, expected in ((line(FINLAND), "FIN"), ("{oops", None), (line(POLAND), "POL")):
        process.stdin.write(f"{text}\n".encode())
        process.stdin.flush()
        assert answer(process).get("state") == expected
    _, err = process.communicate()  # closes its standard input: the end of the batch
    assert process.returncode == 2 and err == b""


def test_a_reader_that_closes_the_pipe_early_ends_the_batch_quietly(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text(f"{line(POLAND)}\n" * 300)  # more than a pipe holds
    process = cli("evaluate", "--batch", str(path))
    assert answer(process)["state"] == "POL"
    assert process.stdout is not None
    process.stdout.close()
    _, err = process.communicate()
    assert process.returncode == 0 and err == b""


def test_a_reader_that_closes_the_pipe_after_a_refused_line_still_learns_of_it(
    monkeypatch, capsys, tmp_path
):
    class ClosedAfterOneLine(io.StringIO):
        def write(self, text: str) -> int:
            if "\n" in self.getvalue():
                raise BrokenPipeError(32, "Broken pipe")
            return super().write(text)

    path = tmp_path / "in.jsonl"
    path.write_text(f"{{oops\n{line(FINLAND)}\n{line(FINLAND)}\n")
    monkeypatch.setattr(sys, "stdout", ClosedAfterOneLine())
    assert main(["evaluate", "--batch", str(path)]) == 2
    assert capsys.readouterr().err == ""
