"""treatyrules.status(): the decisions a verdict explains, with no reasons built."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import treatyrules

EXAMPLES = sorted((Path(__file__).parents[1] / "examples").glob("*.json"))


@pytest.mark.parametrize("path", EXAMPLES, ids=[p.stem for p in EXAMPLES])
def test_the_status_call_gives_the_verdicts_status_and_dates(path: Path) -> None:
    scenario = json.loads(path.read_text())
    verdict = treatyrules.evaluate(scenario)
    position = treatyrules.status(scenario)
    assert position.status == verdict.status
    assert position.possible_statuses == verdict.possible_statuses
    assert position.entry_into_force == verdict.entry_into_force
    assert position.withdrawal == verdict.withdrawal
    # The readings the decisions consulted; a day's deadline may read more in the verdict.
    assert position.interpretations.items() <= verdict.interpretations.items()


def test_poland_is_withdrawn_on_1_march_2026_by_the_status_call() -> None:
    p = treatyrules.status(
        json.loads((Path(__file__).parents[1] / "examples" / "poland-2025.json").read_text()),
        as_of="2026-03-01",
    )
    assert (p.status, str(p.withdrawal.effective_date)) == ("withdrawn", "2026-02-20")


def test_the_status_call_refuses_bad_input_naming_the_field() -> None:
    with pytest.raises(treatyrules.InputError, match=r"events\[0\]\.date"):
        treatyrules.status(
            {"treaty": "APMBC", "state": "POL", "events": [{"kind": "accession", "date": "x"}]}
        )
