"""Every example scenario in examples/ evaluates to the verdict the law gives."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from treatyrules import evaluate

EXAMPLES = Path(__file__).parent.parent / "examples"

EXPECTED = {
    "estonia-2025.json": ("withdrawn", "effective", "2025-12-27"),
    "latvia-2025.json": ("withdrawn", "effective", "2025-12-27"),
    "lithuania-2025.json": ("withdrawn", "effective", "2025-12-27"),
    "finland-2025.json": ("withdrawn", "effective", "2026-01-10"),
    "poland-2025.json": ("withdrawn", "effective", "2026-02-20"),
    "hypothetical-ukraine-withdrawal-at-war.json": ("withdrawal_deferred", "deferred", None),
    "hypothetical-ukraine-war-ends.json": ("withdrawn", "effective", "2027-03-01"),
    "hypothetical-revocation-during-deferral.json": ("party", "revoked", None),
    "hypothetical-receipt-31-august.json": ("withdrawn", "effective", "2026-02-28"),
    "ukraine-claimed-suspension-2025.json": ("party", None, None),
    "illustrative-ukraine-acquires-us-mines-2024.json": ("party", None, None),
}


def test_every_example_file_is_covered():
    assert {p.name for p in EXAMPLES.glob("*.json")} == set(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_example(name):
    status, outcome, effective = EXPECTED[name]
    v = evaluate(json.loads((EXAMPLES / name).read_text()))
    assert v.status == status
    if outcome is None:
        assert v.withdrawal is None
        return
    assert v.withdrawal is not None
    assert v.withdrawal.outcome == outcome
    assert (
        None if v.withdrawal.effective_date is None else str(v.withdrawal.effective_date)
    ) == effective


def test_the_suspension_claim_example_keeps_ukraine_bound():
    v = evaluate(json.loads((EXAMPLES / "ukraine-claimed-suspension-2025.json").read_text()))
    assert v.find("vclt:art_42__para_2")[0].outcome == "fails"


def test_the_acquisition_example_is_a_breach_by_ukraine():
    v = evaluate(
        json.loads((EXAMPLES / "illustrative-ukraine-acquires-us-mines-2024.json").read_text())
    )
    assert [a.outcome for a in v.acts] == ["violation"]
