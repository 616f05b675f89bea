"""The day of effect a withdrawal's sources give is a check on the rules' own day: each
status line names it, and the note says whether the two agree (facts §3b for the APMBC's
2025 withdrawals; the ICC's and CCM's `withdrawal_effective`)."""

from __future__ import annotations

from datetime import date

import pytest

from treatyrules import records
from treatyrules.core.errors import TreatyRulesError
from treatyrules.records import Records
from treatyrules.records.loader import load

ON = date(2026, 3, 1)
# facts/apmbc.md §3b, "Effective date": each six months after the Depositary's receipt.
REPORTED_2025 = {
    "EST": date(2025, 12, 27),
    "LVA": date(2025, 12, 27),
    "LTU": date(2025, 12, 27),
    "FIN": date(2026, 1, 10),
    "POL": date(2026, 2, 20),
}


def _with_reported(treaty: str, state: str, day: date) -> Records:
    """The bundled records, with the day of effect the State's withdrawal's sources give
    changed to ``day`` (an illustrative disagreement, not a fact)."""
    changed = []
    for record in load(treaty):
        if record.state == state:
            later = tuple(
                e.model_copy(update={"reported_effect": day}) if e.event.kind == "withdrawal" else e
                for e in record.later
            )
            record = record.model_copy(update={"later": later})
        changed.append(record)
    return Records(changed, treaty=treaty)


@pytest.mark.parametrize("state", sorted(REPORTED_2025))
def test_each_2025_withdrawal_took_effect_on_the_day_its_sources_give(state):
    line = records.bundled().report(ON, [state]).states[0]
    assert line.status == "withdrawn"
    assert line.reported_effect == REPORTED_2025[state] == line.withdrawal.effective_date
    assert line.note.endswith(f"Its sources give the same day of effect, {REPORTED_2025[state]}.")


def test_before_its_effect_a_pending_withdrawal_names_the_day_its_sources_give():
    line = records.bundled().report(date(2025, 9, 1), ["POL"]).states[0]
    assert line.status == "withdrawal_pending"
    assert line.reported_effect == date(2026, 2, 20)


def test_before_its_receipt_a_line_names_no_day_of_effect():
    line = records.bundled().report(date(2025, 8, 19), ["POL"]).states[0]
    assert line.withdrawal is None and line.reported_effect is None


def test_a_claimed_suspension_gives_no_day_of_effect():
    line = records.bundled().report(ON, ["UKR"]).states[0]
    assert line.reported_effect is None
    assert "same day of effect" not in line.note


def test_sources_that_give_another_day_of_effect_are_said_to_disagree_with_the_rules():
    book = _with_reported("APMBC", "POL", date(2026, 2, 21))  # illustrative, not a fact
    line = book.report(ON, ["POL"]).states[0]
    assert line.withdrawal.effective_date == date(2026, 2, 20)
    assert line.reported_effect == date(2026, 2, 21)
    assert line.note.endswith(
        "Its sources give 2026-02-21 as the day its withdrawal takes effect; the rules give"
        " 2026-02-20: one of them is wrong, or the facts are incomplete."
    )


def test_a_disagreement_is_noted_even_where_nothing_else_would_be():
    # Burundi's withdrawal from the Rome Statute rests on no contested reading: its line has
    # no note unless the day of effect its sources give differs from the rules' (illustrative).
    assert records.bundled("ICC").report(ON, ["BDI"]).states[0].note is None
    line = _with_reported("ICC", "BDI", date(2017, 10, 28)).report(ON, ["BDI"]).states[0]
    assert line.note.startswith("Burundi (BDI) is no longer a party to the Rome Statute")
    assert (
        "Its sources give 2017-10-28 as the day its withdrawal takes effect; the rules give"
        " 2017-10-27" in line.note
    )


@pytest.mark.parametrize(
    ("treaty", "state", "on", "reported"),
    [
        ("ICC", "HUN", date(2026, 3, 1), date(2026, 6, 2)),  # pending: the sources' day ahead
        ("ICC", "PHL", date(2020, 1, 1), date(2019, 3, 17)),
        ("ICC", "BDI", date(2020, 1, 1), date(2017, 10, 27)),
        ("CCM", "LTU", date(2025, 6, 1), date(2025, 3, 6)),
    ],
)
def test_the_sibling_records_name_the_day_of_effect_their_sources_give(treaty, state, on, reported):
    line = records.bundled(treaty).report(on, [state]).states[0]
    assert line.reported_effect == reported == line.withdrawal.effective_date


def test_a_revoked_withdrawal_has_no_day_of_effect_from_its_sources():
    line = records.bundled("ICC").report(date(2018, 1, 1), ["GMB"]).states[0]
    assert line.withdrawal.outcome == "revoked" and line.reported_effect is None


def test_a_day_of_effect_that_is_not_a_date_is_refused_naming_its_line_and_column(tmp_path):
    from importlib.resources import files

    from treatyrules.records.loader import read

    source = files("treatyrules.records").joinpath("data", "apmbc")
    for entry in source.iterdir():
        if entry.name.endswith(".csv"):
            (tmp_path / entry.name).write_bytes(entry.read_bytes())
    events = tmp_path / "records-events.csv"
    events.write_text(
        events.read_text(encoding="utf-8").replace(",2026-02-20,", ",2026-02-30,"),
        encoding="utf-8",
    )
    with pytest.raises(TreatyRulesError, match=r"records-events.csv line 6: reported_effect"):
        read(tmp_path, "APMBC")
