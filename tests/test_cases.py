"""Case files and ``treatyrules test``: a legal team's cases as data, each reported with the
field that differs; exit 0 when all pass, 3 when one fails, 2 when a file is not cases."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from treatyrules import cli
from treatyrules.cases import Case, CaseFileError, load

EXAMPLES = Path(__file__).parent.parent / "examples"

FINLAND = {
    "treaty": "APMBC",
    "state": "FIN",
    "events": [
        {"kind": "accession", "date": "2012-01-09"},
        {"kind": "withdrawal", "date": "2025-07-10"},
    ],
}


def write(tmp_path: Path, name: str, data) -> Path:
    path = tmp_path / name
    path.write_text(data if isinstance(data, str) else json.dumps(data))
    return path


def run(capsys, *argv):
    try:
        code = cli.main(["test", *map(str, argv)])
    except SystemExit as exc:
        code = exc.code
    out, err = capsys.readouterr()
    return code, out, err


def test_the_examples_pass(capsys):
    code, out, err = run(capsys, EXAMPLES)
    assert code == 0, err
    assert out.splitlines()[-1] == "11 cases: 11 passed, 0 failed"
    assert "PASS  " in out and "FAIL" not in out


def test_a_case_that_fails_names_the_field_that_differs_and_exits_3(tmp_path, capsys):
    case = {
        "name": "Finland still bound on 1 December 2025",
        "scenario": FINLAND,
        "as_of": "2025-12-01",
        "expect": {"status": "party", "withdrawal.effective_date": "2026-01-10"},
    }
    code, out, _ = run(capsys, write(tmp_path, "fin.case.json", case))
    assert code == 3
    assert "FAIL" in out
    assert "      status: expected party, got withdrawal_pending" in out.splitlines()
    assert "withdrawal.effective_date" not in out  # that field is as expected


def test_several_cases_in_one_yaml_file_with_nested_and_dotted_fields(tmp_path, capsys):
    text = """
cases:
  - name: pending on 1 December 2025
    scenario: fin.json
    as_of: 2025-12-01
    expect:
      status: withdrawal_pending
      withdrawal: {outcome: pending, effective_date: 2026-01-10}
  - name: withdrawn under the other month-end reading too
    scenario: fin.json
    as_of: 2026-02-01
    interpretation: {month_end: roll_forward}
    expect:
      status: withdrawn
      interpretations.month_end: roll_forward
      findings: {art_20__para_3__sent_1: holds}
"""
    write(tmp_path, "fin.json", FINLAND)
    path = write(tmp_path, "finland.case.yaml", text)
    assert [c.name for c in load(path)] == [
        "pending on 1 December 2025",
        "withdrawn under the other month-end reading too",
    ]
    code, out, _ = run(capsys, tmp_path)
    assert code == 0, out
    assert out.splitlines()[-1] == "2 cases: 2 passed, 0 failed"


def test_a_field_the_verdict_lacks_is_reported_as_such():
    case = Case.parse({"scenario": FINLAND, "expect": {"withdrawal.colour": "red"}})
    assert [str(d) for d in case.run()] == ["withdrawal.colour: expected red, got no such field"]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("{not json", "not valid JSON"),
        (json.dumps({"scenario": FINLAND}), "expect: required"),
        (
            json.dumps({"scenario": FINLAND, "expect": {"status": "x"}, "expected": 1}),
            "expected: unknown key",
        ),
        (
            json.dumps({"scenario": "missing.json", "expect": {"status": "x"}}),
            "cannot read missing.json",
        ),
        (json.dumps({"cases": []}), "cases: expected a list of cases"),
    ],
)
def test_a_file_that_is_not_cases_exits_2_naming_the_file_and_the_field(
    tmp_path, capsys, text, message
):
    path = write(tmp_path, "bad.case.json", text)
    code, out, err = run(capsys, path)
    assert (code, out) == (2, "")
    assert str(path) in err and message in err


def test_a_case_whose_scenario_is_invalid_exits_2_naming_the_field(tmp_path, capsys):
    bad = {**FINLAND, "events": [{"kind": "accession", "date": "2012-02-30"}]}
    path = write(
        tmp_path, "bad.case.json", {"name": "typo", "scenario": bad, "expect": {"status": "party"}}
    )
    code, _, err = run(capsys, path)
    assert code == 2
    assert f"{path}: typo: events[0].date: expected a calendar date" in err


def test_no_case_file_at_the_path_exits_2(tmp_path, capsys):
    code, _, err = run(capsys, tmp_path)
    assert code == 2 and "no case files" in err


def test_the_json_report(tmp_path, capsys):
    case = {
        "name": "wrong",
        "scenario": FINLAND,
        "as_of": "2025-12-01",
        "expect": {"status": "party"},
    }
    code, out, _ = run(capsys, write(tmp_path, "fin.case.json", case), "--format", "json")
    assert code == 3
    assert json.loads(out)[0]["differences"] == [
        {"field": "status", "expected": "party", "actual": "withdrawal_pending", "missing": False}
    ]


def test_yaml_without_pyyaml_names_the_extra(tmp_path, monkeypatch):
    path = write(tmp_path, "x.case.yaml", "scenario: {}\n")
    monkeypatch.setitem(sys.modules, "yaml", None)
    with pytest.raises(CaseFileError, match=r"pip install 'treatyrules\[yaml\]'"):
        load(path)


def test_a_folder_of_yaml_cases_without_pyyaml_is_said_once(monkeypatch, capsys):
    # The bundled examples: eleven YAML case files. Without PyYAML, one line names the first
    # and counts the rest, where it had been one line a file.
    monkeypatch.setitem(sys.modules, "yaml", None)
    examples = Path(__file__).resolve().parents[1] / "examples"
    assert cli.main(["test", str(examples)]) == 2
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 1
    assert lines[0].startswith(
        f"treatyrules: error: {examples}/estonia-2025.case.yaml and 10 more:"
    )
    assert ": YAML case files need PyYAML: pip install '.[yaml]'" in lines[0]


def test_pytest_collects_the_same_case_files(tmp_path):
    good = {
        "name": "Finland withdrawn",
        "scenario": FINLAND,
        "as_of": "2026-02-01",
        "expect": {"status": "withdrawn"},
    }
    bad = {
        "name": "Finland still a party",
        "scenario": FINLAND,
        "as_of": "2026-02-01",
        "expect": {"status": "party"},
    }
    write(tmp_path, "cases.case.json", {"cases": [good, bad]})
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "-o",
            "addopts=",
            "-p",
            "treatyrules.pytest_plugin",
            "--rootdir",
            str(tmp_path),
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
        check=False,
        cwd=tmp_path,
    )
    assert done.returncode == 1, done.stdout + done.stderr
    assert "1 failed, 1 passed" in done.stdout
    assert "status: expected party, got withdrawn" in done.stdout


def test_a_case_file_problem_names_the_file_and_the_field_once(tmp_path, capsys):
    path = write(tmp_path, "bad.case.json", json.dumps({"scenario": FINLAND}))
    code, _, err = run(capsys, path)
    assert (code, err) == (2, f"treatyrules: error: {path}: expect: required\n")
