"""The day of effect a withdrawal's sources state is a check on the rules' own day: each
status line carries it (JSON, CSV), a note says whether the two agree where the line has a
note, and a difference alone makes one (facts §3b for the APMBC's 2025 withdrawals; the
ICC's and CCM's `withdrawal_effective` where their notes give it as a source states it)."""

from __future__ import annotations

import csv
import io
from datetime import date
from importlib.resources import files

import pytest

from treatyrules import records
from treatyrules.core.errors import TreatyRulesError
from treatyrules.records import Records
from treatyrules.records.loader import load, read

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


AGREES = "The record's sources state the same day of effect."


@pytest.mark.parametrize("state", sorted(REPORTED_2025))
def test_each_2025_withdrawal_took_effect_on_the_day_its_sources_state(state):
    line = records.bundled().report(ON, [state]).states[0]
    day = REPORTED_2025[state]
    assert line.status == "withdrawn"
    assert line.reported_effect == day == line.withdrawal.effective_date
    # Said beside the rules' day, before the readings the line rests on.
    took = f"its withdrawal took effect on {day}. {AGREES} This rests on"
    assert took in line.note


def test_before_its_effect_a_pending_withdrawal_agrees_with_sources_that_may_be_later():
    # Read on 2025-09-01, the sources that state 2026-02-20 may postdate the reading.
    line = records.bundled().report(date(2025, 9, 1), ["POL"]).states[0]
    assert line.status == "withdrawal_pending"
    assert line.reported_effect == date(2026, 2, 20) == line.withdrawal.effective_date
    assert (
        "The record's sources, which may be later than 2025-09-01, state the same day of effect."
    ) in line.note


def test_before_its_receipt_a_line_names_no_day_of_effect():
    line = records.bundled().report(date(2025, 8, 19), ["POL"]).states[0]
    assert line.withdrawal is None and line.reported_effect is None


def test_a_claimed_suspension_gives_no_day_of_effect():
    line = records.bundled().report(ON, ["UKR"]).states[0]
    assert line.reported_effect is None
    assert "day of effect" not in line.note


def test_sources_that_state_another_day_of_effect_are_said_to_disagree_with_the_rules():
    book = _with_reported("APMBC", "POL", date(2026, 2, 21))  # illustrative, not a fact
    line = book.report(ON, ["POL"]).states[0]
    assert line.withdrawal.effective_date == date(2026, 2, 20)
    assert line.reported_effect == date(2026, 2, 21)
    assert (
        "The record's sources state 2026-02-21 as the day of effect, where the rules give"
        " 2026-02-20: the facts may be incomplete, or the sources or a reading applied mistaken."
    ) in line.note


def test_a_disagreement_is_noted_even_where_nothing_else_would_be():
    # Burundi's withdrawal from the Rome Statute rests on no contested reading: its line has
    # no note unless a day of effect its sources state differs from the rules' (illustrative).
    assert records.bundled("ICC").report(ON, ["BDI"]).states[0].note is None
    line = _with_reported("ICC", "BDI", date(2017, 10, 28)).report(ON, ["BDI"]).states[0]
    assert line.note.startswith("Burundi (BDI) is no longer a party to the Rome Statute")
    assert "state 2017-10-28 as the day of effect, where the rules give 2017-10-27" in line.note


def test_under_a_reading_that_leaves_the_day_open_the_sources_day_is_not_called_mistaken():
    book = records.bundled().interpreted({"defective_notice": "invalid"})
    line = book.report(ON, ["POL"]).states[0]
    assert line.status == "indeterminate"
    assert (
        "The record's sources state 2026-02-20 as the day of effect; on the facts and the"
        " readings applied, the rules do not fix it."
    ) in line.note
    assert "mistaken" not in line.note


@pytest.mark.parametrize(
    ("treaty", "state", "on", "reported"),
    [
        ("ICC", "HUN", date(2026, 3, 1), date(2026, 6, 2)),  # announced in 2025, ahead
        ("CCM", "LTU", date(2025, 6, 1), date(2025, 3, 6)),  # the 13th Meeting's Presidency
    ],
)
def test_a_day_of_effect_a_source_states_is_carried(treaty, state, on, reported):
    line = records.bundled(treaty).report(on, [state]).states[0]
    assert line.reported_effect == reported == line.withdrawal.effective_date


@pytest.mark.parametrize(("state", "on"), [("BDI", date(2020, 1, 1)), ("PHL", date(2020, 1, 1))])
def test_a_day_of_effect_the_record_works_out_from_the_receipt_is_not_said_to_be_stated(state, on):
    # The ICC notes give Burundi's as "Art. 127(1), one year" from the receipt, and the
    # Philippines' from the Depositary's 17 March: the rules' own sum, no check on it.
    line = records.bundled("ICC").report(on, [state]).states[0]
    assert line.withdrawal.outcome == "effective" and line.reported_effect is None


def test_a_receipt_worked_back_from_the_day_of_effect_is_not_said_to_agree_with_it():
    # Lithuania's CCM receipt is inferred from its stated effect (UNVERIFIED): they agree by
    # construction, which checks nothing.
    line = records.bundled("CCM").report(date(2026, 3, 1), ["LTU"]).states[0]
    assert line.unverified == ("withdrawal",)
    assert line.reported_effect == date(2025, 3, 6)
    assert line.note is None or "day of effect" not in line.note


def test_a_revoked_withdrawal_has_no_day_of_effect_from_its_sources():
    line = records.bundled("ICC").report(date(2018, 1, 1), ["GMB"]).states[0]
    assert line.withdrawal.outcome == "revoked" and line.reported_effect is None


def test_the_csv_carries_the_day_in_a_last_column():
    from treatyrules.render.status import render

    rows = list(
        csv.reader(render(records.bundled().report(ON, ["POL", "UKR"]), "csv").splitlines())
    )
    assert rows[0][-1] == "reported_effect"
    assert [r[-1] for r in rows[1:]] == ["2026-02-20", ""]


def _copy(tmp_path):
    source = files("treatyrules.records").joinpath("data", "apmbc")
    for entry in source.iterdir():
        if entry.name.endswith(".csv"):
            (tmp_path / entry.name).write_bytes(entry.read_bytes())
    return tmp_path / "records-events.csv"


def _set(events, kind: str, value: str) -> None:
    rows = list(csv.DictReader(events.read_text(encoding="utf-8").splitlines()))
    for row in rows:
        if row["kind"] == kind:
            row["reported_effect"] = value
            break
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]), lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    events.write_text(out.getvalue(), encoding="utf-8")


def test_a_day_of_effect_that_is_not_a_date_is_refused_naming_its_line_and_column(tmp_path):
    events = _copy(tmp_path)
    _set(events, "withdrawal", "2025-12-32")
    with pytest.raises(TreatyRulesError, match=r"records-events.csv line 2: reported_effect"):
        read(tmp_path, "APMBC")


def test_a_day_of_effect_for_a_claimed_suspension_is_refused(tmp_path):
    events = _copy(tmp_path)
    _set(events, "suspension_claim", "2026-01-18")
    with pytest.raises(
        TreatyRulesError,
        match=r"records-events.csv line 7: reported_effect: given for a suspension_claim, but"
        r" only a withdrawal takes effect",
    ):
        read(tmp_path, "APMBC")
