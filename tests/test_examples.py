"""Every example scenario in examples/ evaluates to the verdict the law gives.

The expectations live in case files beside the examples (``examples/NAME.case.yaml``), the
form a legal team keeps its own cases in; ``treatyrules test examples/`` runs the same.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from treatyrules.cases import find_files, load

EXAMPLES = Path(__file__).parent.parent / "examples"
CASE_FILES = find_files([EXAMPLES])


def test_every_example_has_its_case_file():
    scenarios = {p.name for p in EXAMPLES.glob("*.json")}
    assert {p.name.replace(".case.yaml", ".json") for p in CASE_FILES} == scenarios


@pytest.mark.parametrize("path", CASE_FILES, ids=[p.name for p in CASE_FILES])
def test_example(path):
    for case in load(path):
        assert case.run() == (), case.name
