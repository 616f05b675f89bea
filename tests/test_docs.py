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


def test_the_readme_python_examples_print_what_their_comments_say(monkeypatch):
    monkeypatch.chdir(ROOT)
    for code in blocks(README, "python"):
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            exec(compile(code, "README.md", "exec"), {})
        expected = [
            line.split("# ", 1)[1].strip() for line in code.splitlines() if "print(" in line
        ]
        assert out.getvalue().splitlines() == expected


def test_the_readme_console_example_is_real_output(capsys):
    (console,) = blocks(README, "console")
    lines = console.splitlines()
    command = lines[0].removeprefix("$ treatyrules ").split()
    shown = [line for line in lines[1:] if line != "..."]
    assert main(command) == 0
    real = capsys.readouterr().out.splitlines()
    assert real[: len(shown)] == shown


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
