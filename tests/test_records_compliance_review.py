"""A lawyer's review of the Art. 4 and Art. 5 table, and of the Philippines' ICC record.

Each test names the legal situation and quotes the facts it rests on (``apmbc-article4.csv``,
``apmbc-article5.csv``, ``apmbc-compliance-notes.md``, ``icc-states.csv``). Where the facts
leave a position open it is ``unknown`` with the reason; where the sources rest a breach on
something other than the deadline's passing, the row says what.
"""

from __future__ import annotations

from treatyrules import records
from treatyrules.records.compliance import Position
from treatyrules.render.compliance import LEGEND, cell, render, summary

APMBC = records.bundled("APMBC")
ICC = records.bundled("ICC")
CUTOFF = "2025-12-05"


def position(state: str, article: str, on: str = CUTOFF) -> Position:
    line = APMBC.compliance(on=on, states=[state]).states[0]
    found = line.art_4 if article == "4" else line.art_5
    assert found is not None
    return found


def test_a_completion_another_source_dates_only_by_its_report_leaves_the_outcome_open():
    # Ecuador: "LM2019 says completed Jan 2002 (260,302); ISU says completion reported 2007"
    # (deadline 1 Oct 2003); notes §1.3: the ISU usually gives only the date of the report.
    # Done by the end of 2007 may be done by 1 Oct 2003 or after it: not missed.
    p = position("ECU", "4")
    assert p.outcome == "met"
    assert p.alternative is not None
    assert p.alternative.startswith("another source gives by 2007, which would leave it unknown")
    assert "missed" not in p.alternative.partition("(")[0]


def test_a_report_date_alternative_that_agrees_with_the_outcome_is_not_shown():
    # Serbia: destruction ended 16 May 2007 (used); "ISU cites completion report of 27 Dec
    # 2006": done by then, before the 1 Mar 2008 deadline, as on the recorded day.
    (alt,) = [a for a in APMBC.record("SRB").alternatives if a.field == "art_4.completed"]
    assert (str(alt.alternative), alt.precision) == ("2006-12-27", "by_report")
    assert position("SRB", "4").alternative is None


def test_mines_declared_retained_under_art3_and_destroyed_after_the_deadline_show_no_breach():
    # Mauritius: "93 APM ... declared in 2002 first as retained for destruction then for
    # training (Art 3), destroyed 27 Nov 2003 - after the 1 Mar 2003 deadline, but they had
    # been declared as retained mines". Art. 4 binds "except as provided for in Article 3".
    p = position("MUS", "4")
    assert (p.outcome, p.in_violation, p.past_breach) == ("unknown", False, False)
    assert p.completed is not None and p.completed.date == "2003-11-27"
    assert any("Article 3" in r and "declared retained" in r for r in p.reasons)
    assert cell(p) == "unknown due 2003-03-01 (2003-11-27)"


def test_a_stock_kept_for_training_that_a_source_calls_a_violation_stays_a_past_breach():
    # Turkmenistan: 572,200 mines kept "for training" and destroyed only by 11 Nov 2004 -
    # "ICBL called the retention a violation": the notes do not say they had been declared
    # retained mines, and a source finds the breach.
    p = position("TKM", "4")
    assert (p.outcome, p.past_breach, p.reasons) == ("missed", True, ())


def test_unreported_improvised_mine_contamination_stays_a_violation_on_its_stated_basis():
    # Mali: "ISU: initial report said no mined areas; MAR (2023): Mali should seek a new Art 5
    # deadline 'to return to compliance'". Cameroon: "known improvised AP mine contamination
    # ... and no extension request - 'in violation'". Neither row dates the contamination: the
    # reading of a late find cannot be applied, and the breach rests on Mine Action Review's
    # finding, which the row names.
    for state, due in (("MLI", "2009-03-01"), ("CMR", "2013-03-01")):
        p = position(state, "5")
        assert (p.outcome, p.in_violation, str(p.due)) == ("missed", True, due)
        assert p.basis is not None and p.basis.startswith(
            "in violation on Mine Action Review's finding of known contamination and no new"
            " deadline sought"
        )
        assert "late_find" in p.basis and p.readings == ()
        assert "The breach rests on this" in p.explanation
    text = render(APMBC.compliance(on=CUTOFF, states=["MLI"]), "text")
    assert "MISSED due 2009-03-01 *" in text
    assert "* MLI Art. 5: in violation on Mine Action Review's finding" in text


def test_a_late_found_stock_shows_the_original_destruction_beside_the_late_one():
    # Bosnia and Herzegovina: "Original stock destroyed by Nov 1999 (initial report 1 Feb
    # 2000); further stock found 2006, destruction completed Apr 2007". Deadline 1 Mar 2003.
    p = position("BIH", "4")
    assert p.outcome == "met" and p.first_completed == "by 1999-11"
    assert p.completed is not None and p.completed.date == "2007-04"
    assert cell(p) == "met due 2003-03-01 (by 1999-11; found later, in 2007-04)"
    assert "the original stock destroyed by 1999-11 before it" in p.explanation
    assert "; yes:" not in p.explanation


def test_the_legend_says_what_none_reported_and_a_lapse_on_an_open_row_mean():
    # Ukraine's Art. 5 is pending with the 2016 deadline lapsed, Eritrea's unknown with the
    # 2020 one lapsed: both count as past breaches, which the legend must say.
    assert "none reported: a State the Art. 5 data does not list" in LEGEND
    assert "no finding that it has none" in LEGEND
    assert "a past breach whatever the current deadline's outcome" in LEGEND
    for state in ("UKR", "ERI"):
        p = position(state, "5")
        assert p.outcome in ("pending", "unknown") and p.lapsed and p.past_breach
        assert "(lapsed " in cell(p)


def test_art5_missed_and_past_breach_count_different_states_as_the_legend_says():
    # Missed: Cameroon and Mali (in violation), Mozambique and Uganda (done late). Past breach:
    # Mozambique and Uganda, and Ukraine and Eritrea (lapsed deadlines).
    table = APMBC.compliance(on=CUTOFF, articles=["5"])
    lines = [(x.state, x.art_5) for x in table.states if x.art_5 is not None]
    missed = sorted(s for s, p in lines if p.outcome == "missed" and not p.none_reported)
    breach = sorted(s for s, p in lines if p.past_breach)
    assert missed == ["CMR", "MLI", "MOZ", "UGA"]
    assert breach == ["ERI", "MOZ", "UGA", "UKR"]
    assert table.counts["art_5"]["missed"] == table.counts["art_5"]["past_breach"] == 4
    assert "missed: in violation or done late" in LEGEND
    assert "past breach those done late or with a lapsed deadline" in LEGEND
    assert "Art. 5 met" in summary(table)


def test_a_state_with_no_stockpile_is_told_one_found_later_revives_the_obligation():
    # Estonia: "Art 7 reports: no stockpile, none retained" (never_held).
    est = APMBC.status("EST", on=CUTOFF).deadlines[0]
    assert est.rule == "art_4" and est.outcome == "not_applicable"
    assert "a stockpile of anti-personnel mines found later revives the obligation" in (
        est.explanation
    )
    pol = APMBC.status("POL", on=CUTOFF).deadlines[1]  # "no known or suspected mined areas"
    assert pol.rule == "art_5__para_1" and "mined areas found later revive the" in pol.explanation


def test_the_philippines_claimed_handover_days_are_both_disputed_against_the_depositary():
    # icc-states.csv: "note verbale dated 17 Mar 2018 ...; Philippine officials said it was
    # handed over 15-16 Mar 2018; the UN takes 17 Mar 2018 ... Used 17 Mar 2018 (depositary)".
    alts = [a for a in ICC.record("PHL").alternatives if a.field == "withdrawal"]
    assert [(str(a.recorded), str(a.alternative), a.basis) for a in alts] == [
        ("2018-03-17", "2018-03-15", "disputed"),
        ("2018-03-17", "2018-03-16", "disputed"),
    ]
    for a in alts:
        assert a.note.startswith("the State's claim: Philippine officials said")
        assert "against the Depositary's date" in a.note


def test_the_philippines_status_note_names_the_claimed_15_march_on_15_march_2019():
    # Received on 15 Mar 2018 (the State's claim), the withdrawal would take effect one year
    # later (Rome Statute Art. 127(1)): 15 Mar 2019. On the Depositary's date, 17 Mar 2019.
    line = ICC.report(on="2019-03-15", states=["PHL"]).states[0]
    assert line.status == "withdrawal_pending"
    assert [(d.alternative, d.status, str(d.effective_date)) for d in line.disputed] == [
        ("2018-03-15", "withdrawn", "2019-03-15")
    ]
    assert line.note is not None and "a source gives 2018-03-15" in line.note
    on_16 = ICC.report(on="2019-03-16", states=["PHL"]).states[0]
    assert [d.alternative for d in on_16.disputed] == ["2018-03-15", "2018-03-16"]
    assert ICC.report(on="2019-03-14", states=["PHL"]).states[0].disputed == ()
