"""Every Python example in docs/ runs and prints what its comments say.

The blocks of one page share a namespace and run in order, as a reader would run them.
A ``print(...)  # expected`` line states the output expected from it.
"""

from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path

import pytest

DOCS = Path(__file__).parent.parent / "docs"
PAGES = sorted(p for p in DOCS.rglob("*.md") if "```python" in p.read_text())


@pytest.mark.parametrize("page", PAGES, ids=[str(p.relative_to(DOCS)) for p in PAGES])
def test_the_python_examples_of_the_page_run_as_shown(page, monkeypatch):
    monkeypatch.chdir(DOCS.parent)
    namespace: dict[str, object] = {"__name__": "docs_example"}
    for code in re.findall(r"```python\n(.*?)```", page.read_text(), flags=re.S):
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            exec(compile(code, str(page), "exec"), namespace)
        expected = [
            line.split("  # ", 1)[1].strip()
            for line in code.splitlines()
            if line.lstrip().startswith("print(") and "  # " in line
        ]
        assert out.getvalue().splitlines() == expected, code


def test_the_docs_have_the_four_kinds_of_page():
    for page in (
        "tutorial.md",
        "how-to/evaluate.md",
        "how-to/property-tests.md",
        "how-to/embed.md",
        "adding-a-treaty.md",
        "rules.md",
        "contested-questions.md",
        "reference/api.md",
        "reference/cli.md",
        "law.md",
    ):
        assert (DOCS / page).exists(), page
