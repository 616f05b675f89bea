"""The bundled compliance records (APMBC Arts. 4 and 5) and the Rome Statute and CCM
records, checked against the research files and read on the dates monitors use."""

from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path

import pytest
from builders import d
from hypothesis import given, settings
from hypothesis import strategies as st

from treatyrules import evaluate, records
from treatyrules.cli import main
from treatyrules.core.calendar import years_after
from treatyrules.records import ingest, loader
from treatyrules.records.compliance import current, in_violation

FACTS = Path(__file__).resolve().parents[2] / "shared" / "facts"
needs_facts = pytest.mark.skipif(not FACTS.is_dir(), reason="../shared/facts is not present")
APMBC = records.bundled("APMBC")
ICC = records.bundled("ICC")
CCM = records.bundled("CCM")


def facts(name: str) -> list[dict[str, str]]:
    return list(csv.DictReader((FACTS / name).read_text(encoding="utf-8").splitlines()))


def row(verdict, rule: str):
    return current(verdict, rule)


# The bundled data is the research files', converted and nothing lost.


@needs_facts
def test_the_bundled_files_are_the_conversion_of_the_research_files():
    for folder, generated in ingest.converted(FACTS).items():
        for name, text in generated.items():
            bundled = loader.folder(folder.upper()).joinpath(name).read_text(encoding="utf-8")
            assert bundled == text, f"{folder}/{name}: run python -m treatyrules.records.ingest"


@needs_facts
@pytest.mark.parametrize(
    ("name", "rule", "columns"),
    [
        (
            "apmbc-article4.csv",
            "art_4",
            {"had_stockpile": "held", "status_2025": "position", "art4_deadline": "due"},
        ),
        (
            "apmbc-article5.csv",
            "art_5__para_1",
            {"mined_areas": "held", "status_2025": "position", "original_deadline": "due"},
        ),
    ],
)
def test_every_compliance_row_keeps_its_sources_notes_and_values(name, rule, columns):
    rows = facts(name)
    assert len([r for r in APMBC.states if APMBC.record(r).obligation(rule)]) == len(rows)
    for fact in rows:
        o = APMBC.record(fact["iso3"]).obligation(rule)
        for theirs, ours in columns.items():
            assert getattr(o, ours) == fact[theirs], (fact["iso3"], ours)
        assert " | ".join(o.sources) == " | ".join(
            s.strip() for s in fact["sources"].split("|") if s.strip()
        )
        assert (o.notes or "") == fact["notes"]
        assert o.as_of == d("2025-12-05")  # the cut-off is part of the data


@needs_facts
def test_the_derived_deadlines_are_entry_into_force_plus_four_and_ten_years():
    for name, column, years in (
        ("apmbc-article4.csv", "art4_deadline", 4),
        ("apmbc-article5.csv", "original_deadline", 10),
    ):
        for fact in facts(name):
            if fact[column] == "n/a":
                continue
            eif = APMBC.record(fact["iso3"]).stated_entry_into_force
            assert fact[column] == str(years_after(eif, years)), (name, fact["iso3"])


@needs_facts
def test_the_current_clearance_deadline_read_from_the_extensions_is_the_one_the_facts_give():
    differ = {}
    for fact in facts("apmbc-article5.csv"):
        stated = fact["current_deadline"].split()[0]
        if len(stated) != 10:
            continue  # n/a, unknown, a month only
        v = APMBC.status(fact["iso3"], on="2025-12-05")
        if str(row(v, "art_5__para_1").due) != stated:
            differ[fact["iso3"]] = (str(row(v, "art_5__para_1").due), stated)
    # Nicaragua's history was not verified, so no extension is recorded.
    assert differ == {}


@needs_facts
def test_every_row_the_notes_mark_unverified_carries_the_mark():
    marked = {"icc-states.csv": ICC, "icc-unsigning.csv": ICC, "ccm-states.csv": CCM}
    for name, book in marked.items():
        for fact in facts(name):
            if "UNVERIFIED" in fact["notes"]:
                assert book.record(fact["iso3"]).unverified, (name, fact["iso3"])


@needs_facts
@pytest.mark.parametrize(("name", "book"), [("icc-states.csv", ICC), ("ccm-states.csv", CCM)])
def test_the_sibling_records_give_the_withdrawal_dates_the_facts_give(name, book):
    for fact in facts(name):
        state = fact["iso3"]
        assert str(book.record(state).deposit) == fact["deposit"]
        assert str(book.status(state, on="2030-01-01").entry_into_force) == fact["entry_into_force"]
        if fact["withdrawal_effective"]:
            w = book.status(state, on="2030-01-01").withdrawal
            assert str(w.effective_date) == fact["withdrawal_effective"], state


# Deadlines from the record.


def test_ukraines_clearance_deadline_on_1_december_2026_is_1_december_2033():
    v = records.status("UKR", on="2026-12-01")
    clearance = row(v, "art_5__para_1")
    assert (clearance.due, clearance.outcome) == (d("2033-12-01"), "pending")
    assert [(x.granted_by, x.until) for x in clearance.extensions] == [
        ("18MSP", "2023-12-01"),
        ("21MSP", "2033-12-01"),
    ]


def test_ukraine_missed_its_stockpile_deadline_of_1_june_2010_and_is_still_in_violation():
    v = records.status("UKR", on="2026-12-01")
    stockpile = row(v, "art_4")
    assert (stockpile.due, stockpile.outcome, stockpile.completed) == (
        d("2010-06-01"),
        "missed",
        None,
    )
    assert in_violation(stockpile, d("2026-12-01"))
    assert "cut-off (2025-12-05)" in stockpile.explanation
    assert not [u for u in v.unknowns if u.affects == "art_4"]


def test_ukraines_lapsed_clearance_deadline_of_2016_stands_by_default_and_a_reading_cures_it():
    lapsed = [
        d.due for d in records.status("UKR", on="2026-12-01").deadlines if "lapsed" in d.title
    ]
    assert lapsed == [d("2016-06-01")]
    cured = APMBC.interpreted({"late_extension": "cured"}).status("UKR", on="2026-12-01")
    assert cured.interpretations["late_extension"] == "cured"
    assert not [x for x in cured.deadlines if "lapsed" in x.title]


def test_between_2016_and_the_2020_extension_ukraine_was_in_breach_of_its_clearance_deadline():
    clearance = row(records.status("UKR", on="2018-01-01"), "art_5__para_1")
    assert (clearance.due, clearance.outcome, clearance.extensions) == (
        d("2016-06-01"),
        "missed",
        (),
    )


def test_poland_met_its_stockpile_deadline_in_april_2016_month_precision():
    stockpile = row(records.status("POL", on="2025-06-01"), "art_4")
    assert (stockpile.outcome, stockpile.due) == ("met", d("2017-06-01"))
    assert (stockpile.completed.date, stockpile.completed.precision) == ("2016-04", "month")


def test_a_state_with_no_mined_areas_owes_no_clearance_but_still_reports():
    clearance = row(records.status("POL", on="2025-06-01"), "art_5__para_1")
    assert clearance.outcome == "not_applicable" and clearance.sources
    assert "Art. 7 reports still run" in clearance.explanation
    assert "revive the obligation" in clearance.explanation


def test_afghanistan_missed_its_stockpile_deadline_and_completed_late_in_october_2007():
    stockpile = row(records.status("AFG", on="2026-01-01"), "art_4")
    assert (stockpile.outcome, stockpile.completed.date) == ("missed", "2007-10")
    assert not in_violation(stockpile, d("2026-01-01"))
    assert in_violation(stockpile, d("2007-06-01"))


def test_a_completion_dated_only_by_year_in_the_deadline_year_is_neither_met_nor_missed():
    # Turkey's stockpile: due 1 March 2008, completed "2011": missed whatever the day.
    assert row(records.status("TUR", on="2020-01-01"), "art_4").outcome == "missed"
    # The United Kingdom: due 1 March 2003, completion reported "by 2003": not dated enough.
    gbr = row(records.status("GBR", on="2020-01-01"), "art_4")
    assert gbr.outcome == "unknown" and "precisely" in gbr.explanation


def test_nigers_newly_found_mined_areas_are_no_lapse_of_its_original_deadline():
    v = records.status("NER", on="2026-01-01")
    assert not [x for x in v.deadlines if "lapsed" in x.title]
    assert row(v, "art_5__para_1").due == d("2029-12-31")


def test_the_states_in_violation_on_1_december_2025_are_listed_first():
    table = APMBC.compliance(on="2025-12-01")
    violators = [x.state for x in table.states if x.in_violation]
    # Eritrea's deadline_missed is provisional (the 5RC outcome was not verified): unknown.
    assert violators == ["CMR", "GRC", "MLI", "UKR"]
    assert [x.state for x in table.states[:4]] == violators
    assert table.counts["art_4"]["in_violation"] == 2  # Greece and Ukraine (ICBL 2024)
    assert table.counts["states"] == {"listed": 166, "in_violation": 4}


# The Rome Statute and the Cluster Munitions Convention.


def test_hungarys_withdrawal_from_the_rome_statute_is_pending_until_2_june_2026():
    assert ICC.status("HUN", on="2026-06-01").status == "withdrawal_pending"
    after = ICC.status("HUN", on="2026-06-02")
    assert after.status == "withdrawn" and after.withdrawal.effective_date == d("2026-06-02")


def test_south_africa_revoked_its_withdrawal_and_stays_a_party_on_an_unverified_receipt_date():
    v = ICC.status("ZAF", on="2026-01-01")
    assert (v.status, v.withdrawal.outcome) == ("party", "revoked")
    assert v.withdrawal.received == d("2016-10-19")  # never null where the contract wants a date
    (mark,) = [a for a in ICC.record("ZAF").alternatives if a.field == "withdrawal"]
    assert (mark.basis, mark.alternative) == ("unverified", d("2016-10-21"))


@pytest.mark.parametrize(("on", "parties"), [("2025-01-01", 125), ("2026-12-01", 124)])
def test_the_number_of_rome_statute_parties_on_the_bundled_data(on, parties):
    assert ICC.counts(on=on)["states_parties"] == parties


def test_the_aes_announcements_of_2025_are_no_withdrawal_and_are_marked_unverified():
    for state in ("BFA", "MLI", "NER"):
        assert ICC.status(state, on="2026-12-01").status == "party"
        assert ICC.record(state).unverified == ("withdrawal",)


def test_an_unsigning_notice_is_no_intention_to_become_a_party_not_a_withdrawal():
    v = ICC.status("USA", on="2026-01-01")
    assert v.status == "non_party" and v.withdrawal is None
    assert ICC.status("USA", on="2001-06-01").status == "signatory"
    assert ICC.record("RUS").unverified == ("unsigning",)


def test_lithuania_withdrawn_from_the_cluster_munitions_convention_from_6_march_2025():
    assert CCM.status("LTU", on="2025-03-05").status == "withdrawal_pending"
    assert CCM.status("LTU", on="2025-03-06").status == "withdrawn"
    assert CCM.record("LTU").unverified == ("withdrawal",)
    assert CCM.counts(on="2025-03-06")["states_parties"] == 111


# The record as a Scenario file, and back.


@pytest.mark.parametrize(("state", "treaty"), [("UKR", "APMBC"), ("POL", "APMBC"), ("ZAF", "ICC")])
def test_a_record_printed_as_a_scenario_file_evaluates_to_the_records_verdict(
    capsys, tmp_path, state, treaty
):
    assert main(["record", state, "--treaty", treaty]) == 0
    out = capsys.readouterr().out
    path = tmp_path / "record.json"
    path.write_text(out)
    verdict = evaluate(json.loads(out), as_of="2026-12-01")
    book = records.bundled(treaty)
    expected = book.status(state, on="2026-12-01")
    # The file adds only its note: the record's UNVERIFIED marks, the compliance facts its
    # events cannot carry, or the days in them that stand for a less precise one, if any.
    assert verdict.model_dump(exclude={"deadlines", "unknowns", "note"}) == expected.model_dump(
        exclude={"deadlines", "unknowns", "note"}
    )
    found = records.bundled(treaty).record(state)
    assert (verdict.note is None) == (
        not found.unverified and not found.left_out and not found.stand_ins
    )
    assert [x.due for x in verdict.deadlines] == [x.due for x in expected.deadlines]
    for command in (["sensitivity", str(path)], ["what-if", str(path), "--earliest"]):
        assert main([*command, "--as-of", "2026-12-01"]) == 0
    capsys.readouterr()


def test_the_compliance_command_lists_violations_first_and_ends_with_the_counts(capsys):
    assert main(["compliance", "POL", "UKR", "--on", "2026-12-01", "--format", "json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert [s["state"] for s in doc["states"]] == ["UKR", "POL"]
    assert doc["states"][0]["art_5"]["due"] == "2033-12-01"
    assert doc["states"][0]["art_5"]["extensions"] == 2
    assert doc["counts"]["states"] == {"listed": 2, "in_violation": 1}
    assert main(["compliance", "UKR", "--article", "4", "--format", "csv"]) == 0
    assert capsys.readouterr().out.startswith("state,name,status,in_violation,art_4_outcome")


def test_status_without_the_compliance_flag_is_unchanged_and_with_it_adds_the_column(capsys):
    assert main(["status", "UKR", "--on", "2026-12-01", "--format", "json"]) == 0
    plain = json.loads(capsys.readouterr().out)
    assert "compliance" not in plain["states"][0]
    assert main(["status", "UKR", "--on", "2026-12-01", "--format", "json", "--compliance"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["states"][0]["compliance"]["art_4"]["outcome"] == "missed"


def test_a_treaty_without_bundled_records_is_an_input_error_naming_the_flag(capsys):
    assert main(["status", "--treaty", "TPNW"]) == 2
    assert "--treaty: no depositary records are bundled for TPNW" in capsys.readouterr().err


# Every record's verdict agrees with its data.


@settings(deadline=None, max_examples=60)
@given(
    state=st.sampled_from([s for s in APMBC.states if APMBC.record(s).obligations]),
    on=st.dates(min_value=date(1999, 3, 1), max_value=date(2030, 12, 31)),
)
def test_every_records_deadline_rows_agree_with_its_compliance_data(state, on):
    rec = APMBC.record(state)
    v = APMBC.status(state, on=on)
    for o in rec.obligations:
        r = row(v, o.rule)
        if r is None:
            continue  # not bound on that day
        if o.not_applicable:
            assert r.outcome == "not_applicable"
        if r.outcome == "met" and not getattr(r, "readings", ()):
            assert o.done_by is not None and o.done_by <= r.due and o.done_by <= on
        elif r.outcome == "met":
            # Met on a named reading only: a stockpile or area found after the deadline.
            assert o.found_late and r.readings[0].startswith("found late")
        if o.position in ("in_violation",) and r.outcome not in ("not_applicable", "pending"):
            assert r.outcome == "missed"
        assert r.records_as_of == o.as_of
        granted = [x for x in rec.extensions if x.rule == o.rule and x.granted <= on]
        assert len(r.extensions) == len(granted)


@settings(deadline=None, max_examples=40)
@given(
    book=st.sampled_from([ICC, CCM]),
    on=st.dates(min_value=date(1998, 7, 17), max_value=date(2030, 12, 31)),
    data=st.data(),
)
def test_every_sibling_records_status_agrees_with_its_instruments(book, on, data):
    state = data.draw(st.sampled_from(book.states))
    rec = book.record(state)
    v = book.status(state, on=on)
    kinds = {x.event.kind: x.event.date for x in rec.later}
    if rec.deposit is None or rec.deposit > on:
        assert v.status in ("non_party", "signatory")
    elif "withdrawal" in kinds and "revocation" not in kinds and v.withdrawal is not None:
        effective = v.withdrawal.effective_date
        assert (v.status == "withdrawn") == (effective is not None and effective <= on)
    elif rec.stated_entry_into_force is not None and on >= rec.stated_entry_into_force:
        assert v.status == "party"
