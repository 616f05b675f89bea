"""`treatyrules status` and `treatyrules timeline`: the JSON contract, the tables, the SVG,
and exit 2 naming whatever was wrong."""

from __future__ import annotations

import csv
import io
import json
import re
import xml.etree.ElementTree as ET
from datetime import date

import pytest

from treatyrules import days
from treatyrules.cli import main

SVG = "{http://www.w3.org/2000/svg}"


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_status_json_is_the_contract_with_one_entry_per_state_that_ever_deposited(capsys):
    code, out, err = run(capsys, "status", "--on", "2026-03-01", "--format", "json")
    assert code == 0 and err == ""
    doc = json.loads(out)
    assert list(doc) == ["treaty", "as_of", "states", "counts"]
    assert (doc["treaty"], doc["as_of"]) == ("APMBC", "2026-03-01")
    assert len(doc["states"]) == 166
    for entry in doc["states"]:
        # The contract's fields, in order, then the fields added since (never removed).
        assert list(entry)[:5] == ["state", "name", "status", "entry_into_force", "withdrawal"]
        assert list(entry)[5:] == [
            "unverified",
            "note",
            "rests_on",
            "disputed",
            "reported_effect",
            "unverified_notes",
        ]  # added
    assert doc["counts"] == {"party": 161, "withdrawn": 5, "states_parties": 161}
    pol = next(e for e in doc["states"] if e["state"] == "POL")
    assert pol["withdrawal"]["received"] == "2025-08-20"
    assert pol["withdrawal"]["effective_date"] == "2026-02-20"
    assert pol["withdrawal"]["outcome"] == "effective"


def test_status_of_named_states_lists_a_state_with_no_record_as_non_party(capsys):
    code, out, _ = run(
        capsys, "status", "POL", "UKR", "USA", "POL", "--on", "2026-03-01", "--format", "json"
    )
    assert code == 0
    doc = json.loads(out)
    assert [(e["state"], e["name"], e["status"]) for e in doc["states"]] == [
        ("POL", "Poland", "withdrawn"),
        ("UKR", "Ukraine", "party"),
        ("USA", "United States", "non_party"),
    ]
    assert doc["states"][1]["withdrawal"] is None
    assert doc["states"][2]["entry_into_force"] is None
    assert doc["counts"] == {"non_party": 1, "party": 1, "withdrawn": 1, "states_parties": 1}


def test_status_of_a_hypothetical_code_has_no_name(capsys):
    code, out, _ = run(capsys, "status", "XXA", "--on", "2026-03-01", "--format", "json")
    assert code == 0
    assert json.loads(out)["states"] == [
        {
            "state": "XXA",
            "name": None,
            "status": "non_party",
            "entry_into_force": None,
            "withdrawal": None,
            "unverified": [],
            "note": None,
            "rests_on": [],
            "disputed": [],
            "reported_effect": None,
            "unverified_notes": [],
        }
    ]


def test_status_reads_today_in_utc_by_default(capsys, monkeypatch):
    monkeypatch.setattr(days, "today", lambda: date(2025, 12, 26))
    code, out, _ = run(capsys, "status", "--format", "json")
    assert code == 0
    doc = json.loads(out)
    assert doc["as_of"] == "2025-12-26"
    assert doc["counts"] == {"party": 161, "withdrawal_pending": 5, "states_parties": 166}


def test_status_text_is_a_table_and_a_summary_line(capsys):
    code, out, _ = run(capsys, "status", "POL", "UKR", "USA", "--on", "2026-03-01")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "APMBC: status of 3 States on 2026-03-01"
    assert lines[2].split() == ["State", "Status", "In", "force", "Withdrawal", "Name"]
    assert lines[3].split()[:3] == ["POL", "withdrawn", "2013-06-01"]
    assert lines[4].split()[:3] == ["UKR", "party", "2006-06-01"]
    assert lines[5].split()[:4] == ["USA", "non", "party", "-"]
    assert lines[-1] == (
        "Counts on 2026-03-01: non party 1, party 1, withdrawn 1; States Parties: 1"
    )


def test_status_today_shows_161_states_parties_5_withdrawn_and_ukraine_still_bound(capsys):
    code, out, _ = run(capsys, "status")
    assert code == 0
    assert out.splitlines()[-1].endswith(": party 161, withdrawn 5; States Parties: 161")
    note = " ".join(out.split("Note on UKR: ")[1].split("\n\n")[0].split())
    assert (
        "Its claimed suspension of 2025-07-18 does not release it: it remains bound by every"
        " obligation."
    ) in note
    assert "This rests on the default reading of a contested point, suspension_claim" in note
    assert "a different answer" not in note  # each other reading says what it gives
    # The only other notes: the five withdrawals, whose records do not say whom each notice
    # reached, so their effect rests on the default reading of a defective notice.
    noted = re.findall(r"^Note on ([A-Z]{3}): ", out, flags=re.MULTILINE)
    assert noted == ["EST", "FIN", "LVA", "LTU", "POL", "UKR"]
    for state in noted[:-1]:
        text = " ".join(out.split(f"Note on {state}: ")[1].split("\n\n")[0].split())
        assert "defective_notice = timing_unaffected" in text


def test_status_of_every_state_on_a_day_with_withdrawals_pending(capsys):
    code, out, _ = run(capsys, "status", "--on", "2026-01-15")
    assert code == 0
    assert out.splitlines()[0] == "APMBC: status of 166 States on 2026-01-15"
    assert "pending (received 2025-08-20; effect 2026-02-20)" in out
    assert out.splitlines()[-1] == (
        "Counts on 2026-01-15: party 161, withdrawal pending 1, withdrawn 4; States Parties: 162"
    )


def test_status_markdown_is_a_table_and_a_summary_line(capsys):
    code, out, _ = run(capsys, "status", "LVA", "UKR", "--on", "2026-03-01", "--format", "markdown")
    assert code == 0
    lines = out.splitlines()
    assert lines[2] == "| State | Status | In force | Withdrawal | Name |"
    assert lines[4] == (
        "| LVA | withdrawn | 2006-01-01 | effective 2025-12-27 (received 2025-06-27) | Latvia |"
    )
    assert lines[7].startswith("- **LVA**: Latvia (LVA) is no longer a party")
    assert "defective_notice = timing_unaffected" in lines[7]
    assert lines[8].startswith("- **UKR**: Ukraine (UKR) is a party")
    assert lines[-1] == "Counts on 2026-03-01: party 1, withdrawn 1; States Parties: 1"


def test_status_csv_reads_back_as_one_row_per_state_and_nothing_else(capsys):
    code, out, _ = run(capsys, "status", "--on", "2026-03-01", "--format", "csv")
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert len(rows) == 166
    assert all(None not in r and r["state"].isalpha() for r in rows)  # no stray comment row
    fin = next(r for r in rows if r["state"] == "FIN")
    assert fin == {
        "state": "FIN",
        "name": "Finland",
        "status": "withdrawn",
        "entry_into_force": "2012-07-01",
        "withdrawal_received": "2025-07-10",
        "withdrawal_outcome": "effective",
        "withdrawal_effective_date": "2026-01-10",
        "note": fin["note"],
        "unverified": "",  # an added column: the fields the sources mark UNVERIFIED
        "reported_effect": "2026-01-10",  # added: the day of effect the sources state
    }
    assert fin["note"].startswith("Finland (FIN) is no longer a party") and (
        "defective_notice = timing_unaffected" in fin["note"]
    )
    ukr = next(r for r in rows if r["state"] == "UKR")
    assert ukr["status"] == "party" and "claimed suspension of 2025-07-18" in ukr["note"]


def test_status_names_every_invalid_state_and_prints_nothing(capsys):
    code, out, err = run(capsys, "status", "PLO", "POL", "Polnd")
    assert code == 2 and out == ""
    lines = err.splitlines()
    assert len(lines) == 2
    assert lines[0] == "treatyrules: error: STATE: not a State code or name: 'PLO'"
    assert lines[1].endswith("'Polnd'; did you mean Poland (POL)?")


def test_status_takes_state_names_and_codes_in_any_case(capsys):
    code, out, _ = run(capsys, "status", "pol", "Finland", "united states", "--on", "2026-03-01")
    assert code == 0
    assert [line.split()[0] for line in out.splitlines()[3:6]] == ["POL", "FIN", "USA"]


def test_status_reads_several_dates_and_a_chosen_reading(capsys):
    code, out, _ = run(
        capsys, "status", "FIN", "--on", "2026-01-09", "--on", "2026-01-10", "--format", "json"
    )
    assert code == 0
    tables = json.loads(out)
    assert [t["as_of"] for t in tables] == ["2026-01-09", "2026-01-10"]
    assert [t["states"][0]["status"] for t in tables] == ["withdrawal_pending", "withdrawn"]
    code, _, err = run(capsys, "status", "FIN", "--interpret", "nope=x", "--format", "json")
    assert code == 2
    problem = json.loads(err)  # under --format json the error is JSON too
    assert problem["problems"][0]["field"] == "--interpret"


def test_status_on_several_dates_as_csv_is_one_table_with_the_date_first(capsys):
    # Finland deposited its instrument on 10 July 2025; it took effect on 10 January 2026 (facts §3b).
    code, out, _ = run(
        capsys,
        "status",
        "FIN",
        "POL",
        "--on",
        "2026-01-09",
        "--on",
        "2026-01-10",
        "--format",
        "csv",
    )
    assert code == 0
    rows = list(csv.reader(io.StringIO(out)))
    assert rows[0][:3] == ["as_of", "state", "name"]
    assert [(r[0], r[1]) for r in rows[1:]] == [
        ("2026-01-09", "FIN"),
        ("2026-01-09", "POL"),
        ("2026-01-10", "FIN"),
        ("2026-01-10", "POL"),
    ]
    assert rows.count(rows[0]) == 1  # the header once
    _, single, _ = run(capsys, "status", "FIN", "--on", "2026-01-09", "--format", "csv")
    assert single.splitlines()[0] == ",".join(rows[0][1:])  # one date: the contract's table


def test_status_with_a_bad_date_names_the_flag(capsys):
    code, out, err = run(capsys, "status", "--on", "2026-02-30")
    assert code == 2 and out == ""
    assert err == "treatyrules: error: --on: expected a date YYYY-MM-DD, got '2026-02-30'\n"


def test_timeline_text_lists_each_states_intervals(capsys):
    code, out, _ = run(capsys, "timeline", "POL")
    assert code == 0
    assert out.splitlines()[:7] == [
        "Poland (POL)",
        "  non party                            until 1997-12-04",
        "  signatory            from 1997-12-04 until 2012-12-27",
        "  contracting          from 2012-12-27 until 2013-06-01",
        "  party                from 2013-06-01 until 2025-08-20",
        "  withdrawal pending   from 2025-08-20 until 2026-02-20",
        "  withdrawn            from 2026-02-20",
    ]
    assert out.splitlines()[-1].startswith(
        "States Parties among the 166 States with a record: 161 since 2026-02-20"
    )


def test_timeline_json_holds_intervals_and_the_party_count(capsys):
    code, out, _ = run(capsys, "timeline", "--format", "json")
    assert code == 0
    doc = json.loads(out)
    assert [s["state"] for s in doc["states"]] == ["EST", "LVA", "LTU", "FIN", "POL", "UKR"]
    assert doc["states"][5]["intervals"][-1] == {
        "status": "party",
        "start": "2006-06-01",
        "end": None,
    }
    assert doc["party_count"][-1] == {"start": "2026-02-20", "count": 161}


def lanes(svg: str) -> dict[str, ET.Element]:
    root = ET.fromstring(svg)
    assert root.tag == f"{SVG}svg"
    return {g.get("data-state"): g for g in root.iter(f"{SVG}g") if g.get("class") == "lane"}


def test_timeline_svg_draws_a_lane_per_state_in_well_formed_xml(capsys, tmp_path):
    target = tmp_path / "timeline.svg"
    code, out, _ = run(capsys, "timeline", "--svg", str(target))
    assert code == 0 and str(target) in out
    svg = target.read_text(encoding="utf-8")
    drawn = lanes(svg)
    assert list(drawn) == ["EST", "LVA", "LTU", "FIN", "POL", "UKR"]
    est = [r.get("class") for r in drawn["EST"].iter(f"{SVG}rect")]
    assert est == [
        "status non_party",
        "status contracting",
        "status party",
        "status withdrawal_pending",
        "status withdrawn",
    ]
    names = [t.text for g in drawn.values() for t in g.iter(f"{SVG}text")]
    assert "Estonia (EST)" in names and "Ukraine (UKR)" in names
    assert "claimed suspension" in "".join(t.text or "" for t in drawn["UKR"].iter(f"{SVG}title"))
    texts = [t.text for t in ET.fromstring(svg).iter(f"{SVG}text")]
    assert {"1998", "2010", "2026", "Year", "States Parties", "withdrawal pending"} <= set(texts)


def test_timeline_svg_of_a_window_has_month_ticks_and_a_cut_count_axis(capsys):
    code, out, _ = run(
        capsys, "timeline", "FIN", "--svg", "-", "--from", "2025-01-01", "--to", "2026-06-01"
    )
    assert code == 0
    assert list(lanes(out)) == ["FIN"]
    texts = {t.text for t in ET.fromstring(out).iter(f"{SVG}text")}
    assert {"Jan 2025", "Jul 2025", "Jan 2026", "Month", "161", "166"} <= texts
    assert "0" not in texts  # the count axis is cut near the values shown
    assert "non party" not in texts  # only statuses drawn in the window are in the legend


def test_timeline_svg_of_an_early_window_or_one_from_a_later_date(capsys):
    code, out, _ = run(
        capsys, "timeline", "--svg", "-", "--from", "2000-01-01", "--to", "2005-01-01"
    )
    assert code == 0
    root = ET.fromstring(out)
    assert not [p for p in root.iter(f"{SVG}polygon") if p.get("class") == "mark"]
    assert not [line for line in root.iter(f"{SVG}line") if line.get("class") == "today"]
    code, out, _ = run(capsys, "timeline", "POL", "--svg", "-", "--from", "2040-01-01")
    assert code == 0  # the window then ends on the 1 January after its start
    texts = {t.text for t in ET.fromstring(out).iter(f"{SVG}text")}
    assert {"Jan 2040", "Jan 2041", "withdrawn since 2026-02-20"} <= texts


def test_timeline_svg_of_the_widest_window_allowed_still_draws(capsys):
    code, out, _ = run(
        capsys, "timeline", "--svg", "-", "--from", "1800-01-01", "--to", "2999-12-31"
    )
    assert code == 0
    labels = {t.text for t in ET.fromstring(out).iter(f"{SVG}text")}
    assert {"1800", "2000"} <= labels


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--from", "2026-01-01", "--to", "2025-01-01"], "--to: 2025-01-01 is not after --from"),
        (["--from", "0001-01-01"], "--from: expected a date from 1800-01-01 to 2999-12-31"),
        (["--from", "2026-13-01"], "--from: expected a date"),
        (["--svg", "/nonexistent/dir/t.svg"], "--svg: cannot write /nonexistent/dir/t.svg"),
        (["XX"], "STATE: not a State code"),
    ],
)
def test_timeline_refuses_bad_input_naming_it(capsys, args, message):
    code, out, err = run(capsys, "timeline", *args)
    assert code == 2 and out == ""
    assert err.startswith(f"treatyrules: error: {message}")


def test_the_table_says_how_each_withdrawal_stands():
    from builders import ev, war

    from treatyrules.records import bundled
    from treatyrules.render import status

    hypothetical = (
        bundled()
        .amend("POL", conflicts=[war("POL", "2026-01-01")])
        .amend("LVA", events=[ev("revocation", "2025-09-01")])
        .amend("XXA", events=[ev("accession", "2025-01-10"), ev("withdrawal", "2025-03-01")])
    )
    report = hypothetical.report(on="2026-03-01", states=["POL", "LVA", "XXA"])
    lines = status.render(report).splitlines()[3:6]
    expected = [
        ("POL", "deferred (received 2025-08-20; no date yet)"),
        ("LVA", "revoked 2025-09-01 (received 2025-06-27)"),
        ("XXA", "not a withdrawal (received 2025-03-01)"),
    ]
    for line, (state, withdrawal) in zip(lines, expected, strict=True):
        assert line.startswith(state) and f"  {withdrawal}  " in line
    with pytest.raises(ValueError, match="unknown format 'yaml'"):
        status.render(report, "yaml")


def test_a_record_exported_as_a_scenario_carries_its_unverified_marks_into_every_memo(capsys):
    # Lithuania's receipt of its CCM withdrawal is inferred from the effective date: UNVERIFIED.
    code, out, _ = run(capsys, "record", "LTU", "--treaty", "CCM")
    assert code == 0
    doc = json.loads(out)
    assert "UNVERIFIED in the sources: withdrawal" in doc["note"]
    from treatyrules import evaluate

    assert evaluate(doc, as_of="2025-04-01").note == doc["note"]


def test_a_record_exported_as_a_scenario_says_which_grant_days_stand_for_a_meeting_or_a_month(
    capsys,
):
    # Ukraine's extensions: the 18th Meeting (2020) and the 21st (November 2023, no day in the
    # sources, apmbc-compliance-notes §1): the events carry a day, the note what it stands for.
    code, out, _ = run(capsys, "record", "UKR")
    assert code == 0
    note = json.loads(out)["note"]
    assert (
        "in the events, Art. 5 extension (18MSP) dated 2020-11-20 by the meeting's last day;"
        " Art. 5 extension (21MSP) dated 2023-11-30 for its month only." in note
    )


def test_a_status_table_says_in_words_which_fact_of_a_record_the_sources_leave_unconfirmed(
    capsys,
):
    # The Netherlands: recorded as a ratification, the UN may record an acceptance (facts §5).
    code, out, _ = run(capsys, "status", "NLD", "--on", "2026-03-01")
    assert code == 0
    assert (
        "UNVERIFIED in the record of NLD: kind (the kind of the instrument of consent:"
        in " ".join(out.split())
    )
    # ... with what the record's notes say of it.
    assert (
        "accession ...): recorded as a ratification per the Monitor's wording; whether the UN"
        " records the instrument as an acceptance is not verified" in " ".join(out.split())
    )


def test_a_status_table_keeps_the_records_own_caveat_on_an_announced_withdrawal(capsys):
    # Burkina Faso's announcement of 22 September 2025 is no Art. 127(1) notification, and the
    # sources were searched only to about December 2025 (sibling-records-notes): "party" on a
    # later day carries that caveat, in the text and in the line's JSON.
    code, out, _ = run(capsys, "status", "BFA", "--treaty", "ICC", "--on", "2026-12-01")
    assert code == 0
    assert "None was found in the sources (to about December 2025)" in " ".join(out.split())
    code, out, _ = run(
        capsys, "status", "BFA", "--treaty", "ICC", "--on", "2026-12-01", "--format", "json"
    )
    (line,) = json.loads(out)["states"]
    assert line["unverified"] == ["withdrawal"]
    assert line["unverified_notes"][0].startswith("ANNOUNCED, NO NOTIFICATION FOUND")


def test_every_field_a_record_may_mark_unverified_has_its_words():
    from typing import get_args

    from treatyrules.records.model import AlternativeField
    from treatyrules.render.status import FIELD_WORDS

    assert set(FIELD_WORDS) == set(get_args(AlternativeField))


def test_timeline_text_says_ukraines_claimed_suspension_and_that_it_stays_bound(
    capsys, monkeypatch
):
    # A claimed suspension changes no status, so no interval shows it: a line must.
    monkeypatch.setattr(days, "today", lambda: date(2026, 3, 1))
    code, out, _ = run(capsys, "timeline", "UKR")
    assert code == 0
    assert (
        "  claimed suspension of 2025-07-18, no status change; on 2026-03-01 it is still bound by"
        " every obligation (suspension_claim = not_recognized)"
    ) in out.splitlines()
    code, out, _ = run(
        capsys, "timeline", "UKR", "--interpret", "suspension_claim=recognized_immediately"
    )
    assert (
        "on 2026-03-01 under the reading chosen it is not bound by the treaty's obligations" in out
    )
    monkeypatch.setattr(days, "today", lambda: date(2025, 7, 17))  # the day before the claim
    code, out, _ = run(capsys, "timeline", "UKR")
    assert "claimed suspension" not in out


def test_timeline_svg_says_ukraine_is_not_bound_where_the_reading_chosen_recognises_its_claim(
    capsys,
):
    code, out, _ = run(capsys, "timeline", "UKR", "--svg", "-")
    assert code == 0 and "claimed suspension 2025-07-18: still bound" in out
    code, out, _ = run(
        capsys,
        "timeline",
        "UKR",
        "--svg",
        "-",
        "--interpret",
        "suspension_claim=recognized_immediately",
    )
    assert code == 0 and "claimed suspension 2025-07-18: not bound by its obligations" in out
    assert "still bound" not in out


def test_record_keeps_every_caveat_in_the_exported_note_and_names_what_is_in_doubt(capsys):
    # The Netherlands: a year-only completion left out of the events, and the kind of its
    # instrument unverified. Both caveats travel with the file, whole; stderr says each.
    code, out, err = run(capsys, "record", "NLD")
    assert code == 0
    note = json.loads(out)["note"]
    assert note.startswith("From the bundled APMBC records; not in the events: Art. 4 completed in")
    assert "UNVERIFIED in the sources: kind." in note
    assert "Recorded as a ratification per the Monitor's wording" in note
    assert len(err.splitlines()) == 3 and all(
        line.startswith("treatyrules: note: NLD: ") for line in err.splitlines()
    )
    # South Africa (ICC): only the day of receipt is in doubt, and the note says so.
    code, out, _ = run(capsys, "record", "--treaty", "ICC", "ZAF")
    assert "UNVERIFIED: the receipt date." in json.loads(out)["note"]


def test_a_note_too_long_for_a_scenario_keeps_whole_caveats_and_says_where_the_rest_is():
    from treatyrules.cli import _fitted

    sentences = ["A" * 300 + ".", "B" * 300 + "."]
    fitted = _fitted(sentences, "XXA")
    assert fitted == "A" * 300 + ". More: treatyrules record XXA (standard error)."
    assert len(_fitted(["C" * 900], "XXA")) <= 500


def test_status_with_compliance_explains_its_marks_as_the_compliance_table_does(capsys):
    # Mali's Art. 5 is in violation on a stated basis, which the "*" points to.
    code, out, _ = run(capsys, "status", "--compliance", "MLI", "--on", "2026-03-01")
    assert code == 0
    assert (
        "Compliance of MLI: Art. 4 met due 2003-03-01 (in 1998); Art. 5 MISSED due 2009-03-01 *"
        in out
    )
    assert "* MLI Art. 5: in violation on Mine Action Review's finding" in out
    assert out.count("MISSED: past the deadline and not done (in violation)") == 1
    code, out, _ = run(
        capsys, "status", "--compliance", "MLI", "--on", "2026-03-01", "--format", "csv"
    )
    assert "*" not in out  # no room below a CSV for the reasons


def test_a_timeline_window_without_a_drawing_is_said_to_set_only_the_drawing(capsys):
    # --from and --to frame the SVG; the text gives every interval, and says so rather than
    # leaving the reader to think the window was applied.
    code, out, err = run(capsys, "timeline", "POL", "--from", "2020-01-01")
    assert code == 0
    assert "until 1997-12-04" in out  # the intervals before the window are all there
    assert err == (
        "treatyrules: note: --from and --to set the drawing's window (--svg); the text output"
        " gives every interval\n"
    )
