"""A memo says what the facts record, names what they do not, and predicts nothing as fact.

Dates are illustrative (hypothetical States XXA..XZZ) unless the test names a real State.
"""

from __future__ import annotations

import pytest
from builders import ALL_NOTIFIED, RUSSIA_UKRAINE_WAR, d, ev, scenario, war
from pydantic import ValidationError

from treatyrules import evaluate, sensitivity
from treatyrules.scenario import Conflict


def _withdrawing(*conflicts, as_of, received="2025-07-10"):
    return scenario(
        "XXA",
        ev("accession", "2010-03-15"),
        ev("withdrawal", received, reasons_given=True, notified=ALL_NOTIFIED),
        conflicts=list(conflicts),
        as_of=as_of,
    )


def test_an_unknown_end_is_not_the_same_as_ongoing():
    # end: null means ongoing; end_unknown says the facts do not know whether it ended.
    ongoing = evaluate(_withdrawing(war("XXA", "2025-01-01"), as_of="2026-03-01"))
    unknown = evaluate(_withdrawing(war("XXA", "2025-01-01", end_unknown=True), as_of="2026-03-01"))
    assert ongoing.status == "withdrawal_deferred"
    assert unknown.status == "indeterminate"
    assert set(unknown.possible_statuses) == {"withdrawn", "withdrawal_deferred"}
    assert any(u.fact == "conflicts[0].end" and u.decisive for u in unknown.unknowns)


def test_a_recorded_ceasefire_does_not_make_an_unknown_end_known():
    conflict = war("XXA", "2025-01-01", end_unknown=True, cessation_of_hostilities="2025-09-01")
    v = evaluate(_withdrawing(conflict, as_of="2026-03-01"))
    assert v.status == "indeterminate"
    assert "conflicts[0].end" in {u.fact for u in v.unknowns}


def test_an_unknown_end_still_shows_the_conflict_going_on_before_its_ceasefire():
    # Hostilities were under way until the recorded ceasefire: the expiry before it is deferred.
    conflict = war("XXA", "2025-01-01", end_unknown=True, cessation_of_hostilities="2026-06-01")
    v = evaluate(_withdrawing(conflict, as_of="2026-03-01"))
    assert v.status == "withdrawal_deferred"


def test_a_ceasefire_reading_fixes_the_end_of_a_conflict_whose_end_is_otherwise_unknown():
    conflict = war("XXA", "2025-01-01", end_unknown=True, cessation_of_hostilities="2025-09-01")
    v = evaluate(
        _withdrawing(conflict, as_of="2026-03-01"),
        interpretation={"conflict_end_marker": "cessation_of_hostilities"},
    )
    assert v.status == "withdrawn"
    assert v.withdrawal.effective_date == d("2026-01-10")


def test_a_conflict_cannot_both_end_on_a_day_and_have_an_unknown_end():
    with pytest.raises(ValidationError, match="end_unknown"):
        Conflict.model_validate(
            war("XXA", "2025-01-01", end="2025-06-01", end_unknown=True),
        )


def test_no_conflict_on_record_is_named_as_missing_not_asserted_as_peace():
    v = evaluate(_withdrawing(as_of="2025-08-01"))
    text = " ".join(f.explanation for f in v.find("art_20__para_3__sent_2"))
    assert "The scenario lists no armed conflict involving the State for the day" in text
    assert "is not engaged in any" not in text
    assert "provided the State is not engaged" in v.conclusion  # a proviso, not a finding


def test_a_memo_read_before_expiry_does_not_assert_the_war_on_the_expiry_day():
    # Read on 2025-08-01, the notice expires on 2026-01-10: the war then is a projection.
    v = evaluate(_withdrawing(war("XXA", "2025-01-01"), as_of="2025-08-01"))
    assert v.status == "withdrawal_pending"
    assert "a prediction, since 2026-01-10 is later than 2025-08-01" in v.conclusion
    assert "will be engaged in the armed conflict" in v.conclusion
    assert "On 2026-01-10 the State is engaged" not in v.conclusion


def test_a_date_fixed_by_a_later_fact_is_said_to_be_a_later_fact():
    v = evaluate(_withdrawing(war("XXA", "2025-01-01", end="2027-03-01"), as_of="2026-03-01"))
    assert v.status == "withdrawal_deferred"
    assert "a date after 2026-03-01" in v.conclusion


def test_a_revocation_dated_after_the_memo_is_not_described_as_done():
    doc = _withdrawing(war("XXA", "2025-01-01"), as_of="2026-03-01")
    doc["events"].append(ev("revocation", "2026-06-01"))
    v = evaluate(doc)
    assert "after 2026-03-01" in v.conclusion
    assert "revokes it on" not in v.conclusion


def test_during_the_wait_the_state_is_fully_bound_not_merely_under_the_interim_duty():
    v = evaluate(_withdrawing(war("XXA", "2025-01-01"), as_of="2026-03-01"))
    assert "bound by all its obligations as a State Party" in v.conclusion
    assert "not merely by the duty of VCLT Art. 18" in v.conclusion


def test_a_conclusion_resting_on_a_default_reading_names_it_and_what_the_others_give():
    # 31 August + six months: 28 February by default, 1 March on the other reading.
    v = evaluate(
        scenario(
            "XXA",
            ev("accession", "2010-03-15"),
            ev("withdrawal", "2025-08-31", reasons_given=True, notified=ALL_NOTIFIED),
            as_of="2026-03-15",
        )
    )
    assert "default reading of a contested point, month_end = clamp" in v.conclusion
    assert "roll_forward: taking effect on 2026-03-01" in v.conclusion


def test_a_conclusion_that_no_reading_changes_claims_no_contested_basis():
    v = evaluate(_withdrawing(as_of="2026-03-01", received="2025-06-27"))
    assert "This rests on" not in v.conclusion or "final_report" in v.conclusion
    assert "month_end" not in v.conclusion


def test_sensitivity_counts_bound_or_not_as_an_outcome_for_ukraines_claimed_suspension():
    doc = scenario(
        "UKR",
        ev("signature", "1999-02-24"),
        ev("ratification", "2005-12-27"),
        ev("suspension_claim", "2025-07-18", ground="VCLT Art. 62"),
        ev("objection", None, by="NOR", to="suspension_claim"),
        conflicts=[RUSSIA_UKRAINE_WAR],
        as_of="2026-03-01",
    )
    report = sensitivity(doc)
    assert "suspension_claim" in report.decisive
    by_reading = {o.interpretations["suspension_claim"]: o.bound for o in report.outcomes}
    assert by_reading["not_recognized"] is True
    assert by_reading["recognized_immediately"] is False
    assert by_reading["recognized_after_procedure"] is None  # the objection's date is not given
    assert {o.status for o in report.outcomes} == {"party"}


def test_a_withdrawal_whose_effect_turns_on_an_unknown_conflict_end_is_bound_or_not_not_free():
    # Illustrative State and dates: notice received 2025-01-10, a war whose end is unknown.
    doc = {
        "treaty": "APMBC",
        "state": "XXA",
        "as_of": "2026-03-01",
        "events": [
            {"kind": "accession", "date": "2010-01-04"},
            {
                "kind": "withdrawal",
                "date": "2025-01-10",
                "notified": ["depositary", "states_parties", "security_council"],
                "reasons_given": True,
            },
        ],
        "conflicts": [
            {
                "name": "W",
                "kind": "international",
                "start": "2024-01-01",
                "end": None,
                "end_unknown": True,
                "parties": ["XXA", "XXB"],
            }
        ],
    }
    from treatyrules import sensitivity

    report = sensitivity(doc)
    default = [o for o in report.outcomes if o.status == "indeterminate"]
    assert default and all(o.bound is None for o in default)  # bound or not: facts not given


def test_unknown_notice_facts_are_named_as_what_the_defective_notice_reading_hinges_on():
    doc = scenario(
        "XXA", ev("accession", "2010-03-15"), ev("withdrawal", "2025-07-10"), as_of="2025-09-01"
    )  # who was notified, and the reasons, are not given
    conclusion = evaluate(doc).conclusion
    assert "defective_notice = timing_unaffected" in conclusion
    assert (
        "It matters here only because the facts do not say to whom the instrument was notified"
        " (events[1].notified) or whether the instrument gave its reasons"
        " (events[1].reasons_given):"
    ) in conclusion
    complete = _withdrawing(as_of="2025-09-01")
    assert "defective_notice" not in evaluate(complete).conclusion  # no unknown, no reading


def test_the_conclusion_names_a_defect_of_form_on_record_with_its_provision():
    # Illustrative: notice to the Depositary alone, and no reasons (Art. 20(2)): the date is the
    # usual one on the default reading, and the conclusion says what the instrument lacked.
    doc = scenario(
        "XXA",
        ev("accession", "2010-03-15"),
        ev("withdrawal", "2025-07-10", notified=["depositary"], reasons_given=False),
        as_of="2026-03-01",
    )
    conclusion = evaluate(doc).conclusion
    assert (
        "The instrument of withdrawal received on 2025-07-10 has defects of form on record:"
        " Notice of withdrawal to the Depositary: given; to all other States Parties: NOT given;"
        " to the United Nations Security Council: NOT given (APMBC Art. 20(2), second"
        " sentence). The instrument does not include a full explanation of the reasons for the"
        " withdrawal, as required (APMBC Art. 20(2), third sentence)."
    ) in conclusion
    assert "defective_notice = timing_unaffected" in conclusion
    assert "defect of form on record" not in evaluate(_withdrawing(as_of="2026-03-01")).conclusion


def test_a_recorded_defect_makes_the_defective_notice_reading_matter_whatever_else_is_missing():
    # No reasons on record, recipients not given: the reading matters because of the defect,
    # not "only because" of the missing recipients.
    doc = scenario(
        "XXA",
        ev("accession", "2010-03-15"),
        ev("withdrawal", "2025-07-10", reasons_given=False),
        as_of="2026-03-01",
    )
    conclusion = evaluate(doc).conclusion
    assert "has a defect of form on record: The instrument does not include" in conclusion
    assert "defective_notice = timing_unaffected" in conclusion
    assert "It matters here only because" not in conclusion
    assert "defective_notice" not in sensitivity(doc).hinges_on


def test_a_defect_in_a_revoked_instrument_leaves_the_later_ones_missing_fact_decisive():
    # Illustrative: a defective instrument revoked before its effect, then a second whose
    # recipients are not given: the reading matters only because of the second's missing fact.
    doc = scenario(
        "XXA",
        ev("accession", "2010-03-15"),
        ev("withdrawal", "2025-07-10", notified=["depositary"], reasons_given=False),
        ev("revocation", "2025-09-01"),
        ev("withdrawal", "2025-10-10", reasons_given=True),
        as_of="2026-09-01",
    )
    assert sensitivity(doc).hinges_on == {"defective_notice": ("events[3].notified",)}
    assert "It matters here only because the facts do not say to whom" in evaluate(doc).conclusion


def test_a_hypothetical_scenario_says_so_before_anything_else():
    from treatyrules.render import render

    doc = {**_withdrawing(as_of="2025-09-01"), "note": "hypothetical: every date is illustrative"}
    v = evaluate(doc)
    assert v.note == "hypothetical: every date is illustrative"
    text = render(v, "text").splitlines()
    assert text[0] == "XXA (a hypothetical State) under the APMBC, position on 2025-09-01"
    assert text[2] == "Scenario note: hypothetical: every date is illustrative"
    assert "> Scenario note: hypothetical" in render(v, "markdown")
    assert v.status == evaluate(_withdrawing(as_of="2025-09-01")).status  # a note decides nothing


def test_a_war_next_door_is_weighed_and_named_not_passed_over():
    v = evaluate(_withdrawing(war("XXB", "2022-02-24"), as_of="2026-03-01"))  # XXA is not in it
    (exception,) = v.find("art_20__para_3__sent_2")
    assert (
        "does not record the State as a party to, or as supporting a party in"
        in exception.explanation
    )
    assert "question of fact" in exception.explanation
    assert v.status == "withdrawn"


def test_a_reading_is_not_said_to_hinge_on_a_missing_fact_it_does_not_depend_on():
    # Illustrative NPT withdrawal received on 31 August: the month-end reading matters because
    # February lacks the 31st, not because the recipients of notice are not given.
    doc = {
        "treaty": "NPT",
        "state": "XXA",
        "as_of": "2026-06-01",
        "events": [
            ev("accession", "2001-08-31"),
            ev("withdrawal", "2025-08-31", notified=["states_parties", "security_council"]),
        ],
    }
    conclusion = evaluate(doc).conclusion
    month_end = conclusion[conclusion.index("month_end = ") :]
    month_end = month_end[: month_end.index("Other readings give")]
    assert "matters here only because" not in month_end


def test_a_reading_only_the_days_rows_read_is_weighed_without_building_another_history():
    # final_report is read for the annual reports falling due after the effect, not by the
    # decisions: what its other option gives comes from the same history's rows read again.
    from datetime import date

    from treatyrules import treaties
    from treatyrules.api import to_scenario
    from treatyrules.engine import build_history
    from treatyrules.readings import rests_on

    doc = scenario(
        "XXA", ev("accession", "2010-03-15"), ev("withdrawal", "2025-07-10"), as_of="2026-06-01"
    )
    apmbc = treaties.get("APMBC")
    history = build_history(apmbc, to_scenario(doc), apmbc.resolve(None))
    day = history.ctx.consultation.on_a_day()
    apmbc.deadlines(history, date(2026, 6, 1), day)  # the day's rows read final_report
    found = {r.key: r for r in rests_on(history, date(2026, 6, 1), day)}
    assert [option for option, _ in found["final_report"].others] == ["owed"]
    assert "final_report" not in history.ctx.consultation.consulted
    assert not any(dict(k).get("final_report") == "owed" for k in history.alternatives)
