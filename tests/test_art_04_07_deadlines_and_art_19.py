"""APMBC Arts. 4, 5 and 7 (deadlines) and Art. 19 (no reservations)."""

from __future__ import annotations

import importlib

import pytest
from builders import ALL_NOTIFIED, RUSSIA_UKRAINE_WAR, d, ev, scenario

from treatyrules import Truth, evaluate


def ukraine(*facts, as_of="2026-01-01", **extra):
    return scenario(
        "UKR",
        ev("signature", "1999-02-24"),
        ev("ratification", "2005-12-27"),
        *facts,
        as_of=as_of,
        **extra,
    )


def deadline(v, rule, title_part=""):
    return next(x for x in v.deadlines if x.rule == rule and title_part in x.title)


def test_ukraines_deadlines_follow_from_entry_into_force_on_1_june_2006():
    v = evaluate(ukraine(as_of="2006-07-01"))
    assert deadline(v, "art_4").due == d("2010-06-01")
    assert deadline(v, "art_5__para_1").due == d("2016-06-01")
    assert deadline(v, "art_7__para_1").due == d("2006-11-28")
    assert {x.outcome for x in v.deadlines if x.rule != "art_7__para_2"} == {"pending"}


def test_a_deadline_is_met_missed_or_unknown_on_the_facts():
    v = evaluate(
        ukraine(
            ev("report_submitted", "2006-11-01", covers="initial"),
            ev("stockpile_destroyed", "2011-03-01"),
        )
    )
    assert deadline(v, "art_7__para_1").outcome == "met"
    assert deadline(v, "art_7__para_1").met_on == d("2006-11-01")
    assert deadline(v, "art_4").outcome == "missed"
    assert deadline(v, "art_5__para_1").outcome == "unknown"
    assert {"fact": "clearance_completed", "affects": "art_5__para_1", "decisive": False} in [
        u.model_dump() for u in v.unknowns
    ]


def test_a_deadline_is_still_pending_on_its_due_day_and_unknown_the_day_after():
    # "Not later than four years after": 1 June 2010 is still within time.
    assert deadline(evaluate(ukraine(as_of="2010-06-01")), "art_4").outcome == "pending"
    assert deadline(evaluate(ukraine(as_of="2010-06-02")), "art_4").outcome == "unknown"


def test_a_future_completion_leaves_the_deadline_pending_until_then():
    v = evaluate(ukraine(ev("stockpile_destroyed", "2009-01-01"), as_of="2008-01-01"))
    assert deadline(v, "art_4").outcome == "pending"
    assert (
        deadline(
            evaluate(ukraine(ev("stockpile_destroyed", "2009-01-01"), as_of="2009-06-01")), "art_4"
        ).outcome
        == "met"
    )


def test_the_initial_report_is_due_180_calendar_days_after_entry_into_force():
    # Iraq: in force 1 February 2008, initial report due 30 July 2008 (facts §1 Art. 7).
    v = evaluate(scenario("IRQ", ev("accession", "2007-08-15"), as_of="2008-03-01"))
    assert deadline(v, "art_7__para_1").due == d("2008-07-30")
    assert deadline(v, "art_4").due == d("2012-02-01")


def test_an_extension_granted_by_a_meeting_of_states_parties_sets_a_new_clearance_deadline():
    # South Sudan: bound from 9 July 2011, deadline 9 July 2021, extended to 9 July 2026.
    doc = scenario(
        "SSD",
        ev("succession", "2011-11-11", effective="2011-07-09"),
        ev("extension", "2020-11-20", until="2026-07-09"),
        as_of="2024-01-01",
    )
    v = evaluate(doc)
    clearance = deadline(v, "art_5__para_1")
    assert (clearance.due, clearance.outcome) == (d("2026-07-09"), "pending")
    assert v.find("art_5__para_3")[0].outcome is Truth.HOLDS


def test_an_extension_beyond_ten_years_is_a_warning():
    doc = ukraine(ev("extension", "2016-01-01", until="2030-01-01"))
    finding = evaluate(doc).find("art_5__para_3")[0]
    assert finding.outcome is Truth.FAILS and finding.severity == "warning"


def test_annual_reports_show_those_on_record_and_the_next_one_due():
    v = evaluate(
        ukraine(
            ev("report_submitted", "2010-04-20", covers=2009),
            ev("report_submitted", "2011-06-01", covers=2010),
            as_of="2024-07-01",
        )
    )
    annual = {x.title: x for x in v.deadlines if x.rule == "art_7__para_2"}
    assert annual["Annual transparency report covering 2009"].outcome == "met"
    assert annual["Annual transparency report covering 2010"].outcome == "missed"
    assert annual["Annual transparency report covering 2024"].outcome == "pending"
    assert annual["Annual transparency report covering 2024"].due == d("2025-04-30")
    assert len(annual) == 3  # not one row per year


def test_deadlines_falling_due_before_a_withdrawal_keep_their_outcome_later_ones_lapse():
    # Poland: in force 1 June 2013, withdrawal effective 20 February 2026.
    doc = scenario(
        "POL",
        ev("signature", "1997-12-04"),
        ev("ratification", "2012-12-27"),
        ev("withdrawal", "2025-08-20"),
        ev("stockpile_destroyed", "2016-10-01"),
        as_of="2026-03-01",
    )
    v = evaluate(doc)
    assert deadline(v, "art_4").outcome == "met"
    report_2025 = deadline(v, "art_7__para_2", "2025")
    assert report_2025.outcome == "not_applicable"
    assert v.interpretations["final_report"] == "not_owed"
    owed = evaluate(doc, interpretation={"final_report": "owed"})
    assert deadline(owed, "art_7__para_2", "2025").outcome == "pending"


def test_a_state_never_bound_has_no_deadlines():
    assert evaluate(scenario("USA", as_of="2026-01-01")).deadlines == ()


def test_a_reservation_is_impermissible():
    v = evaluate(ukraine(ev("reservation", "2005-12-27")))
    finding = v.find("art_19")[0]
    assert finding.outcome is Truth.FAILS and finding.severity == "warning"
    assert v.status == "party"


def test_an_interpretive_declaration_is_recorded_not_treated_as_a_reservation():
    # Australia made one on joint military operations (facts §1 Art. 19).
    v = evaluate(
        scenario(
            "AUS",
            ev("signature", "1997-12-03"),
            ev("ratification", "1999-01-14"),
            ev("declaration", "1999-01-14"),
            as_of="2000-01-01",
        )
    )
    finding = v.find("art_19")[0]
    assert finding.outcome is Truth.NOT_APPLICABLE and finding.severity == "info"
    assert "not a reservation" in finding.explanation


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_deadlines_and_acts_appear_in_the_memo(fmt):
    from treatyrules.render import render

    doc = ukraine(
        acts=[{"kind": "use", "date": "2020-01-01", "device": {"triggered_by": "person"}}]
    )
    out = render(evaluate(doc), fmt)
    assert "Deadlines" in out and "Acts" in out and "APMBC Art. 1(1)(a)" in out


def test_a_stockpile_destroyed_after_the_withdrawal_took_effect_shows_the_deadline_missed():
    doc = scenario(
        "XXA",
        ev("accession", "2010-01-05"),
        ev("withdrawal", "2025-06-27"),
        ev("stockpile_destroyed", "2026-03-01"),
        as_of="2026-06-01",
    )
    v = evaluate(doc)
    assert v.status == "withdrawn"
    art_4 = deadline(v, "art_4")
    assert art_4.due == d("2014-07-01") and art_4.outcome == "missed"
    assert not any(u.fact == "stockpile_destroyed" for u in v.unknowns)


def test_a_final_report_filed_after_the_withdrawal_is_judged_when_owed():
    # Withdrawal effective 2025-12-27; the report covering 2025 falls due on 2026-04-30.
    doc = scenario(
        "XXA",
        ev("accession", "2010-01-05"),
        ev("withdrawal", "2025-06-27"),
        ev("report_submitted", "2026-05-15", covers=2025),
        as_of="2026-06-01",
    )
    assert deadline(evaluate(doc), "art_7__para_2", "2025").outcome == "not_applicable"
    owed = evaluate(doc, interpretation={"final_report": "owed"})
    assert deadline(owed, "art_7__para_2", "2025").outcome == "missed"


def test_a_stockpile_deadline_is_still_open_on_its_due_day_and_lapses_the_day_after():
    # Illustrative State: accession 2018-12-01, in force 2019-06-01, Art. 4 due 2023-06-01.
    s = {"treaty": "APMBC", "state": "XAA", "events": [{"kind": "accession", "date": "2018-12-01"}]}
    (on_the_day,) = [d for d in evaluate(s, as_of="2023-06-01").deadlines if d.rule == "art_4"]
    assert (str(on_the_day.due), on_the_day.outcome) == ("2023-06-01", "pending")
    (after,) = [d for d in evaluate(s, as_of="2023-06-02").deadlines if d.rule == "art_4"]
    assert after.outcome == "unknown"  # not done on the record; the facts do not say


def test_a_stockpile_still_held_after_the_art_4_deadline_is_a_missed_deadline_and_a_continuing_breach():
    # Ukraine: in force 2006-06-01, Art. 4 due 2010-06-01; the ICBL counted 3,364,433 mines
    # still held in 2024 (docs/sources/apmbc-compliance.md). The day in 2024 is illustrative.
    s = {
        "treaty": "APMBC",
        "state": "UKR",
        "events": [
            {"kind": "ratification", "date": "2005-12-27"},
            {"kind": "stockpile_held", "date": "2024-06-01", "quantity": 3364433, "source": "ICBL"},
        ],
    }
    (art_4,) = [d for d in evaluate(s, as_of="2026-12-01").deadlines if d.rule == "art_4"]
    assert (str(art_4.due), art_4.outcome) == ("2010-06-01", "missed")
    assert "still held stockpiled mines on 2024-06-01" in art_4.explanation
    assert "continuing breach" in art_4.explanation
    # Read before the report, the fact is not yet known: the row says the scenario does not say.
    (before,) = [d for d in evaluate(s, as_of="2020-01-01").deadlines if d.rule == "art_4"]
    assert before.outcome == "unknown"


def test_a_stockpile_held_before_the_deadline_does_not_make_it_missed():
    s = {
        "treaty": "APMBC",
        "state": "XAA",
        "events": [
            {"kind": "accession", "date": "2018-12-01"},  # illustrative: Art. 4 due 2023-06-01
            {"kind": "stockpile_held", "date": "2020-04-30", "quantity": 1000},
        ],
    }
    (art_4,) = [d for d in evaluate(s, as_of="2024-01-01").deadlines if d.rule == "art_4"]
    assert art_4.outcome == "unknown"


def test_one_history_read_on_many_days_sorts_its_compliance_facts_once(monkeypatch):
    # The facts are sorted by membership when the history is first read, then kept: a records
    # table or a timeline reads one history on many days without rescanning them.
    from treatyrules import treaties
    from treatyrules.api import to_scenario
    from treatyrules.engine import build_history

    module = importlib.import_module("treatyrules.treaties.apmbc.deadlines")
    from treatyrules.verdicts import explain

    s = treaties.get("APMBC")
    history = build_history(
        s,
        to_scenario(
            {
                "treaty": "APMBC",
                "state": "UKR",
                "events": [
                    {"kind": "ratification", "date": "2005-12-27"},
                    {"kind": "stockpile_held", "date": "2024-06-01", "quantity": 3364433},
                ],
            }
        ),
        s.resolve(None),
    )
    sorted_ = []
    real = module._sort
    monkeypatch.setattr(module, "_sort", lambda h, ep: sorted_.append(ep) or real(h, ep))
    outcomes = [
        next(r.outcome for r in explain(history, d(day)).deadlines if r.rule == "art_4")
        for day in ("2009-01-01", "2020-01-01", "2026-12-01")
    ]
    # Pending before the due day, unknown before the 2024 count is known, missed after it.
    assert outcomes == ["pending", "unknown", "missed"]
    assert len(sorted_) == 1


def test_every_annual_report_falling_due_after_the_withdrawal_took_effect_is_listed():
    # Illustrative: the wait for the end of an armed conflict ends on 2027-03-01. Art. 7(2):
    # each report covers the last calendar year and is due by 30 April. The one covering
    # 2026 (due 2027-04-30) and the one covering 2027 (due 2028-04-30) both fall due after
    # the effect, so the point final_report decides both; read on 2027-06-01 the first is
    # already past due, not merely the next one to fall due.
    doc = ukraine(
        ev("withdrawal", "2025-07-18", notified=ALL_NOTIFIED, reasons_given=True),
        conflicts=[{**RUSSIA_UKRAINE_WAR, "end": "2027-03-01"}],
        as_of="2027-06-01",
    )
    default = {x.title: x for x in evaluate(doc).deadlines if x.rule == "art_7__para_2"}
    assert {t: x.outcome for t, x in default.items()} == {
        "Annual transparency report covering 2026": "not_applicable",
        "Annual transparency report covering 2027": "not_applicable",
    }
    owed = evaluate(doc, interpretation={"final_report": "owed"})
    annual = {x.title: x for x in owed.deadlines if x.rule == "art_7__para_2"}
    assert annual["Annual transparency report covering 2026"].due == d("2027-04-30")
    # Past due and not on record: open world, so unknown (not assumed missed), and named.
    assert annual["Annual transparency report covering 2026"].outcome == "unknown"
    assert "report_submitted (2026)" in {u.fact for u in owed.unknowns}
    assert annual["Annual transparency report covering 2027"].outcome == "pending"


def test_the_rows_under_the_other_reading_of_final_report_are_those_read_afresh():
    # The verdict's contested readings ask for the day's rows under the other option of
    # final_report, which the rows read beside the default (deadlines.py keeps them): they are
    # the rows a verdict read under that option gives, and say so in the sentence.
    doc = ukraine(
        ev("withdrawal", "2025-07-18", notified=ALL_NOTIFIED, reasons_given=True),
        conflicts=[{**RUSSIA_UKRAINE_WAR, "end": "2027-03-01"}],
        as_of="2027-06-01",
    )
    default, owed = evaluate(doc), evaluate(doc, interpretation={"final_report": "owed"})
    assert "owed: annual transparency report covering 2026 unknown" in default.conclusion
    assert "not_owed: annual transparency report covering 2026 not applicable" in owed.conclusion
    from treatyrules import registry
    from treatyrules.core.interpretation import Consultation
    from treatyrules.engine import build_history
    from treatyrules.scenario import Scenario

    treaty = registry.get("APMBC")
    history = build_history(treaty, Scenario.model_validate(doc), treaty.resolve(None))
    day = d("2027-06-01")
    readings = history.ctx.consultation.on_a_day()
    kept = treaty.deadlines(history, day, readings)
    other = {**readings.choices, "final_report": "owed"}
    via_kept = treaty.deadlines(history, day, Consultation(other))
    fresh = build_history(treaty, Scenario.model_validate(doc), treaty.resolve(other))
    assert via_kept == treaty.deadlines(fresh, day, fresh.ctx.consultation.on_a_day())
    assert via_kept != kept
