"""The command line as other tools use it: output, exit codes, and no tracebacks."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from treatyrules.cli import main

EXAMPLES = Path(__file__).parent.parent / "examples"


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_evaluate_prints_a_memo_with_the_conclusion_first(capsys):
    code, out, err = run(capsys, "evaluate", str(EXAMPLES / "poland-2025.json"))
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert lines[0].startswith("Poland (POL)")
    # The scenario's own note comes first (what the example leaves unknown), then the conclusion.
    assert lines[2].startswith("Scenario note: Poland's withdrawal as the sources record it")
    assert next(line for line in lines[3:] if line and not line.startswith("  ")).startswith(
        "Conclusion: WITHDRAWN."
    )
    assert "APMBC Art. 20(3), first sentence" in out


def test_evaluate_json_is_the_verdict_contract(capsys):
    code, out, _ = run(capsys, "evaluate", str(EXAMPLES / "poland-2025.json"), "--format", "json")
    assert code == 0
    verdict = json.loads(out)
    assert verdict["status"] == "withdrawn"
    assert verdict["withdrawal"]["effective_date"] == "2026-02-20"


def test_evaluate_markdown(capsys):
    code, out, _ = run(
        capsys, "evaluate", str(EXAMPLES / "poland-2025.json"), "--format", "markdown"
    )
    assert code == 0
    assert out.startswith("# Poland (POL)") and "## Reasons" in out


def test_as_of_and_interpret_flags(capsys):
    path = str(EXAMPLES / "hypothetical-receipt-31-august.json")
    code, out, _ = run(
        capsys,
        "evaluate",
        path,
        "--format",
        "json",
        "--as-of",
        "2026-02-28",
        "--interpret",
        "month_end=roll_forward",
    )
    assert code == 0
    verdict = json.loads(out)
    assert verdict["as_of"] == "2026-02-28"
    assert verdict["withdrawal"]["effective_date"] == "2026-03-01"
    assert verdict["status"] == "withdrawal_pending"


def test_standard_input(capsys, monkeypatch):
    import io

    doc = {"treaty": "APMBC", "state": "USA", "as_of": "2026-01-01"}
    monkeypatch.setattr(sys, "stdin", io.StringIO(json.dumps(doc)))
    code, out, _ = run(capsys, "evaluate", "-", "--format", "json")
    assert code == 0 and json.loads(out)["status"] == "non_party"


@pytest.mark.parametrize(
    ("content", "args", "message"),
    [
        ("{not json", (), "is not valid JSON"),
        ("[]", (), "expected a scenario object"),
        (
            '{"treaty": "APMBC", "state": "POL", "events": [{"kind": "signature", "date": "1997-02-30"}]}',
            (),
            "events[0].date",
        ),
        ('{"treaty": "APMBC", "state": "POL", "colour": 1}', (), "colour: unknown field"),
        (
            '{"treaty": "NPT", "state": "USA", "acts": [{"kind": "use", "date": "2000-01-01"}]}',
            (),
            "judging acts is not modelled for NPT",
        ),
        ('{"treaty": "SALT", "state": "USA"}', (), "unknown treaty id"),
        ('{"treaty": "APMBC", "state": "POL"}', ("--as-of", "yesterday"), "--as-of"),
        ('{"treaty": "APMBC", "state": "POL"}', ("--interpret", "month_end"), "KEY=VALUE"),
        (
            '{"treaty": "APMBC", "state": "POL"}',
            ("--interpret", "moon=full"),
            "unknown interpretation point",
        ),
        (
            '{"treaty": "APMBC", "state": "POL"}',
            ("--interpret", "month_end=round"),
            "clamp, roll_forward",
        ),
    ],
)
def test_bad_input_exits_2_naming_the_problem_with_nothing_on_stdout(
    tmp_path, capsys, content, args, message
):
    path = tmp_path / "s.json"
    path.write_text(content)
    code, out, err = run(capsys, "evaluate", str(path), *args)
    assert code == 2
    assert out == ""
    assert message in err
    assert "Traceback" not in err


def test_a_missing_file_exits_2(capsys):
    code, out, err = run(capsys, "evaluate", "/no/such/file.json")
    assert (code, out) == (2, "")
    assert "no such file" in err


def test_an_empty_standard_input_is_said_to_be_empty(capsys, monkeypatch):
    import io

    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    code, out, err = run(capsys, "evaluate", "-")
    assert (code, out) == (2, "")
    assert err.strip() == "treatyrules: error: standard input is empty: a JSON document is expected"


def test_a_state_named_where_a_file_is_expected_is_pointed_to_its_bundled_record(capsys):
    code, out, err = run(capsys, "evaluate", "Poland")
    assert (code, out) == (2, "")
    assert err.strip() == (
        "treatyrules: error: no such file: Poland (for the bundled record of POL:"
        " treatyrules record POL | treatyrules evaluate -)"
    )


def test_a_directory_exits_2(capsys, tmp_path):
    code, _, err = run(capsys, "evaluate", str(tmp_path))
    assert code == 2 and "directory" in err


def test_an_unknown_option_exits_2(capsys):
    with pytest.raises(SystemExit) as info:
        main(["evaluate", "x.json", "--colour"])
    assert info.value.code == 2


def test_an_internal_error_exits_1_with_one_line_and_no_traceback(capsys, monkeypatch):
    def boom(*a, **k):
        raise RuntimeError("the engine broke\nsecond line")

    # The command imports the evaluator when it runs (the CLI starts without the rules).
    monkeypatch.setattr("treatyrules.api.evaluate", boom)
    code, out, err = run(capsys, "evaluate", str(EXAMPLES / "poland-2025.json"))
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and "RuntimeError: the engine broke" in err
    with pytest.raises(RuntimeError):
        main(["--debug", "evaluate", str(EXAMPLES / "poland-2025.json")])


def test_rules_lists_the_registry(capsys):
    code, out, _ = run(capsys, "rules")
    assert code == 0
    assert "APMBC  modelled" in out and "OST    modelled" in out
    code, out, _ = run(capsys, "rules", "--format", "json")
    assert {r["id"] for r in json.loads(out)} >= {"APMBC", "CCM", "NPT"}


def test_rules_of_a_treaty_show_eid_citation_paraphrase_and_source(capsys):
    code, out, _ = run(capsys, "rules", "--treaty", "APMBC")
    assert code == 0
    assert "art_20__para_3__sent_2  (APMBC Art. 20(3), second sentence)" in out
    assert "exception to: art_20__para_3__sent_1" in out
    code, out, _ = run(capsys, "rules", "--treaty", "APMBC", "--format", "json")
    rules = {r["eid"]: r for r in json.loads(out)}
    assert rules["art_20__para_3__sent_2"]["defeats"] == "art_20__para_3__sent_1"
    assert all(r["source"] and r["paraphrase"] for r in rules.values())


def test_rules_interpretations(capsys):
    code, out, _ = run(capsys, "rules", "--interpretations")
    assert code == 0 and "month_end  (default: clamp)" in out
    code, out, _ = run(
        capsys, "rules", "--treaty", "APMBC", "--interpretations", "--format", "json"
    )
    points = {p["key"]: p for p in json.loads(out)}
    assert points["month_end"]["options"].keys() == {"clamp", "roll_forward"}


def test_rules_of_an_unknown_treaty_exit_2(capsys):
    code, out, err = run(capsys, "rules", "--treaty", "SALT")
    assert code == 2 and out == "" and "unknown treaty id" in err


@pytest.mark.parametrize("which", ["scenario", "verdict"])
def test_schema(capsys, which):
    code, out, _ = run(capsys, "schema", which)
    assert code == 0
    assert json.loads(out)["type"] == "object"


def test_the_installed_command_runs_as_a_subprocess():
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "treatyrules",
            "evaluate",
            str(EXAMPLES / "finland-2025.json"),
            "--format",
            "json",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["withdrawal"]["effective_date"] == "2026-01-10"


def test_interpret_works_in_a_fresh_process():
    # A fresh interpreter has loaded no treaty module yet when it reads --interpret.
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "treatyrules",
            "evaluate",
            str(EXAMPLES / "hypothetical-receipt-31-august.json"),
            "--format",
            "json",
            "--interpret",
            "month_end=roll_forward",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["withdrawal"]["effective_date"] == "2026-03-01"
    listing = subprocess.run(
        [sys.executable, "-m", "treatyrules", "rules", "--interpretations"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "month_end  (default: clamp)" in listing.stdout


def test_a_memo_on_a_terminal_fits_its_width(monkeypatch, capsys):
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True, raising=False)
    monkeypatch.setenv("COLUMNS", "72")
    code, out, _ = run(capsys, "evaluate", str(EXAMPLES / "poland-2025.json"))
    assert code == 0 and max(len(line) for line in out.splitlines()) <= 72
    monkeypatch.setattr(sys.stdout, "isatty", lambda: False, raising=False)
    code, out, _ = run(capsys, "evaluate", str(EXAMPLES / "poland-2025.json"))
    assert max(len(line) for line in out.splitlines()) > 72  # files and pipes: the stable 100


@pytest.mark.parametrize("shell", ["bash", "zsh"])
def test_the_shell_completion_script_knows_every_command(capsys, shell, tmp_path):
    code, out, _ = run(capsys, "completion", shell)
    assert code == 0
    for command in ("evaluate", "status", "compliance", "record", "rules", "serve", "test"):
        assert command in out
    if shell == "bash":
        script = tmp_path / "treatyrules.bash"
        script.write_text(out)
        assert subprocess.run(["bash", "-n", str(script)], check=False).returncode == 0


def test_the_version_is_the_parsers_and_is_answered_before_the_command_line_loads(capsys):
    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0
    parsers = capsys.readouterr().out
    probe = (
        "import sys\n"
        "sys.argv = ['treatyrules', '--version']\n"
        "from treatyrules.console import entry\n"
        "try:\n    entry()\nexcept SystemExit as e:\n    code = e.code\n"
        "print('loaded' if 'treatyrules.cli' in sys.modules else 'not loaded', code)\n"
    )
    run = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert run.stdout == parsers + "not loaded 0\n"
