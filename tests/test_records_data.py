"""The bundled depositary records say what shared/facts says, and the engine agrees with them."""

from __future__ import annotations

import csv
import os
import shutil
from collections import Counter
from datetime import date
from pathlib import Path

import pytest
from builders import d

from treatyrules import evaluate
from treatyrules.records import Record, RecordsDataError, bundled, record
from treatyrules.records.loader import ALTERNATIVES, EVENTS, RECORDS, load, read
from treatyrules.states import state_name

PACKAGE = Path(__file__).parent.parent / "treatyrules" / "records" / "data" / "apmbc"
SHARED = Path(os.environ.get("TREATYRULES_SHARED", Path(__file__).parents[2] / "shared"))
RECORDS_ = load("APMBC")


def test_the_bundled_table_is_the_shared_facts_table_unchanged():
    facts = SHARED / "facts" / "apmbc-states.csv"
    if not facts.is_file():
        pytest.skip(f"the shared facts are not at {facts} (set TREATYRULES_SHARED)")
    assert (PACKAGE / RECORDS).read_bytes() == facts.read_bytes()


def test_there_is_a_record_for_each_of_the_166_states_that_joined():
    assert len(RECORDS_) == 166
    assert len({r.state for r in RECORDS_}) == 166
    assert Counter(r.kind for r in RECORDS_) == {
        "ratification": 132,
        "accession": 31,
        "succession": 2,
        "acceptance": 1,
    }


def test_every_record_keeps_its_sources_and_notes():
    for r in RECORDS_:
        assert r.sources and all(url.startswith("http") for url in r.sources), r.state
        assert r.name == state_name(r.state)
        for later in r.later:
            assert later.sources and later.note, r.state
        for alternative in r.alternatives:
            assert alternative.sources and alternative.note, r.state
    with (PACKAGE / RECORDS).open(encoding="utf-8") as f:
        rows = {row["iso3"]: row for row in csv.DictReader(f)}
    for r in RECORDS_:
        assert r.notes == (rows[r.state]["notes"] or None)
        assert " | ".join(r.sources) == rows[r.state]["source_url"]
    assert record("POL").sources[0] == (
        "http://www.the-monitor.org/en-gb/reports/2017/poland/mine-ban-policy.aspx"
    )


def test_entry_into_force_recomputed_by_the_engine_agrees_with_the_sources_except_a_succession():
    # Art. 17 alone, from the deposit: the only State it must get wrong is one whose
    # succession took effect from independence, before its notification.
    disagree = {}
    for r in RECORDS_:
        by_deposit = r.model_copy(update={"succession_effective": None})
        v = evaluate(by_deposit.scenario(), as_of="2030-01-01")
        if v.entry_into_force != r.stated_entry_into_force:
            disagree[r.state] = (r.kind, v.entry_into_force)
    assert disagree == {"SSD": ("succession", date(2012, 5, 1))}


@pytest.mark.parametrize("state", [r.state for r in RECORDS_])
def test_each_state_becomes_a_party_on_the_day_its_sources_state(state):
    r = record(state)
    book = bundled()
    v = book.status(state, on=r.stated_entry_into_force)
    assert v.status == "party"
    assert v.entry_into_force == r.stated_entry_into_force
    assert book.status(
        state, on=date.fromordinal(r.stated_entry_into_force.toordinal() - 1)
    ).status in (
        "non_party",
        "signatory",
        "contracting",
    )


def test_40_instruments_had_been_deposited_by_16_september_1998():
    assert sum(1 for r in RECORDS_ if r.deposit <= d("1998-09-16")) == 40
    counts = bundled().counts(on="1998-09-16")
    assert counts["contracting"] == 40 and counts["states_parties"] == 0
    assert (
        bundled().counts(on="1998-09-15")["contracting"] == 38
    )  # Burkina Faso and Equatorial Guinea


def test_133_states_signed():
    assert sum(1 for r in RECORDS_ if r.signature is not None) == 133
    assert all(r.kind in ("accession", "succession") for r in RECORDS_ if r.signature is None)


def test_deposits_per_year_match_landmine_monitor_2006():
    per_year = Counter(r.deposit.year for r in RECORDS_)
    assert [per_year[y] for y in range(1997, 2006)] == [3, 55, 32, 19, 13, 8, 11, 3, 4]
    assert sum(1 for r in RECORDS_ if d("1999-01-01") <= r.deposit < d("1999-03-01")) == 9
    assert sum(1 for r in RECORDS_ if d("2006-01-01") <= r.deposit < d("2006-08-01")) == 3
    assert sum(1 for r in RECORDS_ if r.deposit < d("2006-08-01")) == 151
    assert sum(1 for r in RECORDS_ if d("1999-03-01") <= r.deposit < d("2006-08-01")) == 84


def test_the_order_of_joining_matches_icbl_and_monitor():
    order = [r.state for r in sorted(RECORDS_, key=lambda r: r.deposit)]
    assert {n: order[n - 1] for n in (157, 161, 162, 164, 165, 166)} == {
        157: "TUV",
        161: "POL",
        162: "OMN",
        164: "PSE",
        165: "MHL",
        166: "TON",
    }


def test_a_record_becomes_a_scenario_of_its_instruments():
    s = record("LTU").scenario()
    assert [(e.kind, str(e.date)) for e in s.events] == [
        ("signature", "1999-02-26"),
        ("ratification", "2003-05-12"),
        ("withdrawal", "2025-06-27"),
        ("stockpile_destroyed", "2004-06-07"),  # the compliance facts come last
    ]
    assert s.treaty == "APMBC" and s.state == "LTU" and s.conflicts == ()


def test_the_2025_withdrawals_carry_only_what_the_sources_state():
    def withdrawal(state):
        (w,) = (x.event for x in record(state).later if x.event.kind == "withdrawal")
        return w

    for state in ("EST", "LVA", "LTU"):
        w = withdrawal(state)
        assert (w.date, w.notified, w.reasons_given) == (d("2025-06-27"), None, None)
    fin = withdrawal("FIN")
    assert fin.date == d("2025-07-10")
    assert fin.notified == ("depositary", "states_parties", "security_council")
    assert fin.reasons_given is None
    pol = withdrawal("POL")
    assert (pol.date, pol.notified, pol.reasons_given) == (d("2025-08-20"), None, True)
    assert pol.instrument_signed == d("2025-08-05")
    assert "Dz.U. 2025 poz. 1514" in next(x.note for x in record("POL").later)


def test_ukraines_record_holds_a_claimed_suspension_and_six_undated_objections():
    later = [x.event for x in record("UKR").later]
    assert [(e.kind, e.date) for e in later[:1]] == [("suspension_claim", d("2025-07-18"))]
    assert "withdrawal" not in {e.kind for e in later}
    objections = later[1:]
    assert [o.by for o in objections] == ["NOR", "BEL", "AUT", "CHE", "NZL", "COL"]
    assert {(o.kind, o.to, o.date) for o in objections} == {("objection", "suspension_claim", None)}


def test_disputed_and_unverified_facts_stay_visible_as_alternatives():
    found = {
        (r.state, a.field): (a.recorded, a.alternative, a.basis)
        for r in RECORDS_
        for a in r.alternatives
    }
    assert found[("TON", "deposit")] == (d("2025-06-25"), d("2025-06-26"), "disputed")
    assert found[("LTU", "signature")] == (d("1999-02-26"), d("1999-02-22"), "disputed")
    assert found[("NLD", "kind")] == ("ratification", "acceptance", "unverified")
    assert found[("MNE", "succession_effective")] == (None, d("2006-06-03"), "legal_reading")
    assert found[("UKR", "suspension_claim")] == (d("2025-07-18"), d("2025-07-17"), "disputed")
    assert found[("GRC", "signature")] == (d("1997-12-03"), d("1997-12-04"), "disputed")


def test_an_alternative_can_be_applied_and_turned_back():
    ton = record("TON")
    (alt,) = ton.alternatives
    other = ton.with_alternative(alt)
    assert other.deposit == d("2025-06-26")
    assert other.alternatives[0].alternative == d("2025-06-25")
    assert other.with_alternative(other.alternatives[0]) == ton
    ukr = record("UKR")
    moved = ukr.with_alternative(ukr.alternatives[0])
    assert moved.later[0].event.date == d("2025-07-17")
    assert moved.later[1:] == ukr.later[1:]
    with pytest.raises(ValueError, match="not an alternative of POL"):
        record("POL").with_alternative(alt)


# Broken package data is a bug: the loader names the file, the line and the field.


@pytest.fixture
def data(tmp_path: Path) -> Path:
    for path in PACKAGE.glob("*.csv"):
        shutil.copy(path, tmp_path / path.name)
    return tmp_path


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_the_copied_data_reads_back_the_same(data):
    assert read(data, "APMBC") == RECORDS_


@pytest.mark.parametrize(
    ("name", "old", "new", "message"),
    [
        (RECORDS, "Albania,ALB,1998-09-08", "Albania,ALB,1998-09-31", r"records.csv line 3: signature: expected a calendar date"),
        (RECORDS, "Albania,ALB,", "Albania,AFG,", r"records.csv line 3: iso3: AFG has a second row"),
        (RECORDS, "Albania,ALB,", "Albania,ALB,x,", r"records.csv line 3: expected 8 cells"),
        (RECORDS, "state,iso3", "State,iso3", r"records.csv: expected the columns state, iso3"),
        (EVENTS, "POL,withdrawal,2025-08-20,,true", "POL,withdrawal,2025-08-20,,yes", r"records-events.csv line 6: event.withdrawal.reasons_given: Input should be a valid boolean"),
        (EVENTS, "UKR,objection,,,,,,NOR", "UKR,objection,,,,,,NOX", r"records-events.csv line 8: event.objection.by: not a State code"),
        (EVENTS, "EST,withdrawal", "XXA,withdrawal", r"records-events.csv line 2: iso3: XXA has no record"),
        (ALTERNATIVES, "TON,deposit,2025-06-25", "TON,deposit,2025-06-24", r"TON deposit: recorded 2025-06-24, but the record has 2025-06-25"),
        (ALTERNATIVES, "NLD,kind,ratification,acceptance,unverified", "NLD,kind,ratification,acceptance,rumoured", r"records-alternatives.csv line 8: basis"),
    ],
)  # fmt: skip
def test_broken_data_is_refused_naming_file_line_and_field(data, name, old, new, message):
    _edit(data / name, old, new)
    with pytest.raises(RecordsDataError, match=message):
        read(data, "APMBC")


def test_a_treaty_without_bundled_records_is_refused_naming_it():
    from treatyrules import NotModelledError

    with pytest.raises(
        NotModelledError, match=r"^treaty: no depositary records are bundled for TPNW"
    ):
        load("TPNW")
    with pytest.raises(
        NotModelledError, match=r"^treaty: no depositary records are bundled for NPT"
    ):
        bundled("NPT")


def test_records_are_loaded_once():
    assert load("APMBC") is RECORDS_
    assert bundled() is bundled()
    assert isinstance(RECORDS_[0], Record)


def test_of_all_the_alternatives_only_montenegros_moves_an_entry_into_force():
    moved = {}
    for r in RECORDS_:
        for alternative in r.alternatives:
            if alternative.field.startswith("art_"):
                continue  # a compliance value moves no date of consent
            other = r.with_alternative(alternative)
            eif = evaluate(other.scenario(), as_of="2030-01-01").entry_into_force
            if eif != r.stated_entry_into_force:
                moved[(r.state, alternative.field)] = eif
    assert moved == {("MNE", "succession_effective"): date(2006, 6, 3)}
