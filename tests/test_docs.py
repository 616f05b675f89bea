"""The README and docs say what the code does: their examples run, generated pages are current."""

from __future__ import annotations

import contextlib
import io
import re
import subprocess
import sys
from pathlib import Path

from treatyrules.cli import main

ROOT = Path(__file__).parent.parent
README = (ROOT / "README.md").read_text()


def blocks(text: str, lang: str) -> list[str]:
    return re.findall(rf"```{lang}\n(.*?)```", text, flags=re.S)


def test_the_readme_starts_with_exactly_two_commands():
    lines = README.splitlines()
    assert lines[0] == "# treatyrules"
    assert lines[1] == "" and lines[2].startswith("```")
    end = lines.index("```", 3)
    commands = lines[3:end]
    assert len(commands) == 2
    assert commands[0].startswith("pip install .") and "treatyrules" in commands[0]
    assert "[test]" in commands[1] and commands[1].endswith("pytest")


def run_python_blocks(text: str) -> int:
    """Run each python block; each print shows what its comment after `# ` says."""
    codes = blocks(text, "python")
    for code in codes:
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            exec(compile(code, "example", "exec"), {})
        expected = [
            line.split("# ", 1)[1].strip() for line in code.splitlines() if "print(" in line
        ]
        assert out.getvalue().splitlines() == expected
    return len(codes)


def run_console_blocks(text: str, capsys) -> int:
    """Run each console block's command; its output starts with the lines shown."""
    consoles = blocks(text, "console")
    for console in consoles:
        lines = console.splitlines()
        command = lines[0].removeprefix("$ treatyrules ").split()
        shown = [line for line in lines[1:] if line != "..."]
        assert main(command) == 0
        real = capsys.readouterr().out.splitlines()
        assert real[: len(shown)] == shown
    return len(consoles)


def test_the_readme_python_examples_print_what_their_comments_say(monkeypatch):
    monkeypatch.chdir(ROOT)  # the examples read files under examples/
    assert run_python_blocks(README) >= 2


def test_the_readme_console_examples_are_real_output(capsys):
    assert run_console_blocks(README, capsys) >= 2


def test_the_records_page_console_example_is_real_output(capsys):
    # Its Python examples run in tests/test_docs_examples.py, with every page's.
    page = (ROOT / "docs" / "records.md").read_text()
    assert run_console_blocks(page, capsys) == 1


def test_the_records_page_lists_every_alternative_as_bundled():
    from treatyrules.records import load

    page = (ROOT / "docs" / "records.md").read_text()
    rows = {line for line in page.splitlines() if re.match(r"^\| [A-Z]{3} \|", line)}
    bundled = set()
    for r in load("APMBC"):
        for a in r.alternatives:
            recorded = "(none: Art. 17(2))" if a.recorded is None else a.recorded
            other = f"by {a.alternative}" if a.precision == "by_report" else a.alternative
            bundled.add(f"| {r.state} | {a.field} | {recorded} | {other} | {a.basis} |")
    assert rows == bundled


def test_the_generated_docs_are_current():
    result = subprocess.run(
        [sys.executable, str(ROOT / "docs" / "gen_rules.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr


def test_every_rule_in_the_readme_table_exists():
    from treatyrules.treaties import get

    eids = {r.eid for r in get("APMBC").rules}
    for eid in re.findall(r"`((?:vclt:|vcsst:)?art_\w+)`", README):
        if ".." in eid:
            continue
        assert eid in eids, eid


def _subcommands() -> dict[str, set[str]]:
    """Each subcommand of the parser and its long options (``--help`` aside)."""
    import argparse

    from treatyrules.cli import build_parser

    (sub,) = (a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction))
    return {
        name: {o for a in p._actions for o in a.option_strings if o.startswith("--")} - {"--help"}
        for name, p in sub.choices.items()
    }


def _missing_from(lines: list[str], prefix: str) -> dict[str, list[str]]:
    """Each subcommand with no line starting ``{prefix}treatyrules NAME `` among ``lines``
    (its options: all missing), or the options its lines do not show."""
    found = {}
    for name, options in _subcommands().items():
        mine = " ".join(line for line in lines if line.startswith(f"{prefix}treatyrules {name} "))
        missing = sorted(o for o in options if o not in mine) if mine else ["(no line)"]
        if missing:
            found[name] = missing
    return found


def test_the_readme_command_table_shows_every_command_and_option():
    rows = [line for line in README.splitlines() if line.startswith("| `treatyrules ")]
    assert _missing_from(rows, "| `") == {}


def test_the_contract_synopsis_shows_every_command_and_option():
    contracts = (ROOT / "docs" / "contracts.md").read_text()
    synopsis = contracts.split("## Command line", 1)[1].split("```", 2)[1]
    assert _missing_from(synopsis.splitlines(), "") == {}
