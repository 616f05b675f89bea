"""The Art. 4 and Art. 5 positions the compliance table gives where the facts are uncertain.

Each test names the legal situation and quotes the facts it rests on (the research
files ``apmbc-article4.csv``, ``apmbc-article5.csv`` and ``apmbc-compliance-notes.md``).
The rule throughout: where the facts are missing or uncertain the position is ``unknown``
with the reason shown, never ``missed``; where a contested reading decides, it is named.
"""

from __future__ import annotations

import json
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from treatyrules import evaluate, records
from treatyrules.cli import main
from treatyrules.records.compliance import Position
from treatyrules.records.model import first_day
from treatyrules.render.compliance import LEGEND, cell, render

APMBC = records.bundled("APMBC")
CUTOFF = "2025-12-05"


def art5(state: str, on: str) -> Position:
    found = APMBC.compliance(on=on, states=[state]).states[0].art_5
    assert found is not None
    return found


def art4(state: str, on: str) -> Position:
    found = APMBC.compliance(on=on, states=[state]).states[0].art_4
    assert found is not None
    return found


# A1. "9MSP (Nov 2008): granted (end date not in sources seen)" (Denmark, Zimbabwe, Chad).


def test_a_timely_extension_of_unknown_length_leaves_the_2009_position_unknown_not_missed():
    for state in ("DNK", "ZWE"):
        p = art5(state, "2009-09-01")
        assert (p.outcome, p.in_violation, p.due) == ("unknown", False, None)
        assert any("9MSP" in r and "not in the sources" in r for r in p.reasons)


def test_no_lapse_is_read_before_an_extension_whose_end_date_the_sources_do_not_give():
    for state in ("DNK", "ZWE", "TCD"):
        p = art5(state, CUTOFF)
        assert p.lapsed == ()
        assert p.lapses_unknown == ("a deadline of unknown date",)
        assert not p.past_breach


# A2. Uganda: "2RC (Cartagena, Dec 2009, per ISU)", yet all 2009 requests were decided at the
# 9MSP (Nov 2008): "the correct meeting is uncertain" (notes §4).


def test_ugandas_lapse_is_uncertain_because_the_meeting_that_extended_it_is():
    early = art5("UGA", "2009-09-01")
    assert (early.outcome, early.in_violation) == ("unknown", False)
    assert any("uncertain" in r for r in early.reasons)
    late = art5("UGA", CUTOFF)
    assert late.lapsed == () and late.lapses_unknown == ("2009-08-01",)


def test_ugandas_clearance_stated_about_three_months_late_is_a_past_breach():
    # "2012 (formal at 12MSP, Dec 2012) - about 3 months after the deadline" (2012-08-01).
    p = art5("UGA", CUTOFF)
    assert (p.outcome, p.in_violation, p.past_breach) == ("missed", False, True)


# A3. Germany: "suspected area found 2011 (Wittstock); initially none", "2013-12 (suspicion
# reported not substantiated)".


def test_germanys_unsubstantiated_suspected_area_shows_no_missed_deadline():
    for on in ("2012-06-01", CUTOFF):
        p = art5("DEU", on)
        assert p.outcome == "not_applicable" and not p.past_breach


# A4. Found after the deadline: Hungary ("found 2011 ...; initially none"), Côte d'Ivoire
# (Art. 5 "Area found after the original deadline"; Art. 4 "discovered after deadline"),
# Bosnia and Herzegovina (Art. 4 "Original stock destroyed by Nov 1999 ...; further stock
# found 2006").


def test_a_stock_or_area_found_after_the_deadline_is_not_read_as_missing_it_and_says_so():
    for p in (art5("HUN", CUTOFF), art5("CIV", CUTOFF), art4("CIV", CUTOFF), art4("BIH", CUTOFF)):
        assert (p.outcome, p.past_breach) == ("met", False)
        assert any(r.startswith("found late") and "read strictly" in r for r in p.readings)


def test_the_late_art5_completers_are_those_the_notes_name():
    # Notes §4: Mozambique and Uganda completed late; Denmark's is an announcement (A6).
    late = [
        x.state
        for x in APMBC.compliance(on=CUTOFF, articles=["5"]).states
        if x.art_5 is not None and x.art_5.outcome == "missed" and x.art_5.completed is not None
    ]
    assert sorted(late) == ["MOZ", "UGA"]


def test_the_late_art4_completers_are_those_the_notes_name_with_cote_divoire_on_the_strict_reading():
    # Notes §1.5: Afghanistan, Belarus, Cape Verde, Guinea, Turkey, Turkmenistan, Djibouti,
    # Mauritius (mines declared as retained: no breach shown, see
    # test_records_compliance_review.py), and Côte d'Ivoire (post-deadline discovery).
    late = [
        x.state
        for x in APMBC.compliance(on=CUTOFF, articles=["4"]).states
        if x.art_4 is not None and x.art_4.past_breach
    ]
    assert sorted(late) == ["AFG", "BLR", "CPV", "DJI", "GIN", "TKM", "TUR"]
    civ = art4("CIV", CUTOFF)
    assert civ.outcome == "met" and "strictly" in civ.readings[0]


# A5. Nicaragua: "extension history not verified in this session", "completion in 2010
# implies an extension beyond the original deadline".


def test_nicaraguas_unverified_extension_history_leaves_its_clearance_unknown():
    p = art5("NIC", CUTOFF)
    assert (p.outcome, p.past_breach) == ("unknown", False)
    assert any("not verified" in r for r in p.reasons)


# A6. Denmark: "2012-07-05 (ceremony; formal at 12MSP, Dec 2012)", deadline 2012-07-01.


def test_denmarks_ceremony_day_is_an_announcement_not_proof_of_a_late_clearance():
    p = art5("DNK", CUTOFF)
    assert p.completed is not None and p.completed.precision == "announced"
    assert (p.outcome, p.past_breach) == ("unknown", False)


def test_mozambiques_clearance_the_sources_call_late_stays_missed():
    # "2015-09-17 (announced; formal at 14MSP, Dec 2015) - after the deadline".
    p = art5("MOZ", CUTOFF)
    assert (p.outcome, p.in_violation, p.past_breach) == ("missed", False, True)


# A7. Eritrea: "5RC outcome not verified - status deadline_missed is provisional".


def test_eritreas_provisional_deadline_missed_is_not_a_firm_breach():
    p = art5("ERI", CUTOFF)
    assert (p.outcome, p.in_violation) == ("unknown", False)
    assert any(r.startswith("provisional") for r in p.reasons)
    # "none 2021-2023 (deadline lapsed, serious violation)": that lapse is stated.
    assert str(p.lapsed[0]) == "2020-12-31" and p.past_breach


# A8. late_extension: only where the facts say the deadline passed with no request.


def test_a_grant_after_the_deadline_is_no_lapse_where_the_facts_do_not_say_none_was_requested():
    for state, due in (("COG", "2011-11-01"), ("ETH", "2015-06-01")):
        p = art5(state, CUTOFF)
        assert p.lapsed == () and p.lapses_unknown == (due,)


def test_ukraines_lapse_names_the_default_reading_that_decides_it():
    # "none before the 2016-06-01 deadline (missed; violation 2016-2020)".
    p = art5("UKR", CUTOFF)
    assert str(p.lapsed[0]) == "2016-06-01" and p.past_breach and not p.in_violation
    assert p.readings and "late_extension=breach_stands (the default)" in p.readings[0]
    cured = APMBC.interpreted({"late_extension": "cured"}).compliance(on=CUTOFF, states=["UKR"])
    five = cured.states[0].art_5
    assert five is not None and five.lapsed == () and not five.readings


def test_the_compliance_command_takes_the_reading_the_docs_tell_users_to_pass(capsys):
    args = ["compliance", "UKR", "--on", CUTOFF, "--format", "json"]
    assert main([*args, "--interpret", "late_extension=cured"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["states"][0]["art_5"]["lapsed"] == []
    assert main([*args, "--interpret", "late_extension=maybe"]) == 2
    assert "--interpret" in capsys.readouterr().err


# A9. Afghanistan: LM "completed Oct 2007" (used) against the ISU's "2006" (notes §4).


def test_afghanistans_disputed_completion_names_the_isu_year_under_which_it_is_met():
    p = art4("AFG", CUTOFF)
    assert p.outcome == "missed"
    assert p.alternative is not None and p.alternative.startswith(
        "another source gives 2006, which would make it met"
    )
    assert "(in 2007-10) *" in render(APMBC.compliance(on=CUTOFF, states=["AFG"]), "text")


# A10. Precision: "2027-03 (month only)" (Bosnia and Herzegovina), "2009-12 (declared at 2RC)"
# (Greece), Poland's "2016-04".


def test_dates_are_shown_as_precisely_as_the_sources_give_them():
    bih = art5("BIH", CUTOFF)
    assert bih.due_stated == "2027-03" and "due by 2027-03" in cell(bih)
    grc = art5("GRC", CUTOFF)
    assert "(in 2009-12)" in cell(grc) and "2009-12-31" not in grc.explanation
    assert "(in 2016-04)" in cell(art4("POL", "2025-06-01"))


def test_an_exported_record_states_no_day_the_sources_do_not_give():
    for state in ("POL", "GRC", "NLD"):
        scenario = APMBC.record(state).scenario()  # type: ignore[union-attr]
        kinds = [e.kind for e in scenario.events]
        assert "stockpile_destroyed" not in kinds or state == "GRC"
        assert "clearance_completed" not in kinds
        note = scenario.note or ""
        assert "no day" in note or "year only" in note
        assert all(len(str(e.date)) == 10 for e in scenario.events)


# A11. The exported scenario carries what the contract can carry.


def test_an_exported_record_carries_a_stockpile_still_held_so_evaluate_agrees_on_art4():
    for state in ("UKR", "GRC"):
        scenario = APMBC.record(state).scenario()  # type: ignore[union-attr]
        verdict = evaluate(scenario, as_of="2026-12-01")
        four = next(x for x in verdict.deadlines if x.rule == "art_4")
        assert four.outcome == "missed" == art4(state, "2026-12-01").outcome


def test_an_exported_record_says_what_it_cannot_carry_in_its_note():
    note = APMBC.record("POL").scenario().note  # type: ignore[union-attr]
    assert note is not None and "Art. 5: no mined areas" in note and "2016-04" in note


# A12. "apmbc-article5.csv: 98 States. That is every State found to have reported (or been
# credibly reported to have) mined areas" (notes l.5).


def test_states_absent_from_the_art5_file_are_none_reported_not_unknown():
    table = APMBC.compliance(on=CUTOFF, articles=["5"])
    andorra = next(x.art_5 for x in table.states if x.state == "AND")
    assert andorra is not None and andorra.none_reported and cell(andorra) == "none reported"
    five = table.counts["art_5"]
    assert five["none_reported"] == 166 - 98
    assert five.get("unknown", 0) < 30


# The legend, and past breaches.


def test_the_text_table_explains_its_cases_and_counts_ukraines_past_breach_of_art5():
    table = APMBC.compliance(on=CUTOFF, states=["UKR", "GRC"])
    text = render(table, "text")
    assert LEGEND in text
    assert "* UKR Art. 5: late_extension=breach_stands" in text
    assert table.counts["art_5"]["past_breach"] == 1
    assert table.counts["art_4"]["in_violation"] == 2


def test_an_exported_record_says_when_the_grant_date_it_carries_is_uncertain():
    # Uganda: evaluate reads the 2009-08-01 lapse from the grant the events carry (2RC, Dec
    # 2009); the table leaves it unknown. The note says which fact the file cannot settle.
    note = APMBC.record("UGA").scenario().note or ""  # type: ignore[union-attr]
    assert "Art. 5 extension granted 2009-12-31 or 2008-11-30 (uncertain)" in note


# The invariant behind all of these: a missed row rests on a fact the sources state.


@settings(deadline=None, max_examples=80)
@given(
    state=st.sampled_from([s for s in APMBC.states if APMBC.record(s).obligations]),
    on=st.dates(min_value=date(1999, 3, 1), max_value=date(2030, 12, 31)),
)
def test_a_missed_deadline_always_rests_on_a_fact_the_sources_state(state, on):
    rec = APMBC.record(state)
    assert rec is not None
    for r in APMBC.status(state, on=on).deadlines:
        o = rec.obligation(r.rule) if r.rule in ("art_4", "art_5__para_1") else None
        if o is None:
            continue
        if r.due is None:
            assert r.outcome == "unknown" and getattr(r, "reasons", ())
        if r.outcome != "missed":
            continue
        if r.title.endswith("(lapsed deadline)"):
            # A lapse: the sources say the deadline passed with no request.
            later = [x for x in rec.extensions if x.until and r.due and x.granted > r.due]
            assert min(later, key=lambda x: x.granted).lapse == "stated"
            continue
        start = None if o.completed is None else first_day(o.completed, o.precision or "")
        late = o.late_stated or (start is not None and r.due is not None and start > r.due)
        undone = o.completed is None and o.position in (
            "in_violation",
            "deadline_missed",
            "in_progress",
        )
        assert late or (undone and o.provisional is None), (state, on, r.explanation)


def test_a_late_find_is_read_through_the_late_find_point_and_strictly_it_was_missed():
    # Côte d'Ivoire: stocks unknown at its Art. 4 deadline (2004-12-01) found after the 2011
    # crisis and destroyed by 2014-05-14; the facts list it among late completers
    # "(post-deadline discovery)". The reading decides, and can be chosen.
    from treatyrules.records import Records, load

    default = records.bundled().status("CIV", on="2026-03-01")
    strict = Records(load("APMBC"), interpretation={"late_find": "strict"}).status(
        "CIV", on="2026-03-01"
    )
    met, missed = (next(d for d in v.deadlines if d.rule == "art_4") for v in (default, strict))
    assert (met.outcome, missed.outcome) == ("met", "missed")
    assert default.interpretations["late_find"] == "new_obligation"
    assert strict.interpretations["late_find"] == "strict"
    assert "This rests on the default reading of a contested point, late_find = new_obligation" in (
        met.explanation
    )
    assert "read strictly (late_find = strict) the deadline was missed." in met.explanation


def test_a_state_with_no_late_find_does_not_list_the_reading():
    v = records.bundled().status("GRC", on="2026-03-01")
    assert "late_find" not in v.interpretations
