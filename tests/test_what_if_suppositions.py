"""What-if answers keep the scenario's facts apart from what they suppose, and name the
contested reading that dates their answer."""

from __future__ import annotations

import json
from pathlib import Path

from builders import ALL_NOTIFIED, RUSSIA_UKRAINE_WAR, d, ev, scenario

from treatyrules import records
from treatyrules.what_if import earliest_effect, flips, if_conflict_ends

EXAMPLES = Path(__file__).parent.parent / "examples"


def example(name):
    return json.loads((EXAMPLES / name).read_text())


# -- D1: a supposed end of a war is not one of the facts ------------------------------------


def test_the_earliest_effect_during_a_war_says_its_end_is_supposed_not_a_fact_given():
    # Illustrative (examples/hypothetical-ukraine-withdrawal-at-war.json): the war is ongoing
    # in the facts; the answer supposes it ends on 2026-03-02.
    answer = earliest_effect(example("hypothetical-ukraine-withdrawal-at-war.json"))
    assert answer.day == d("2026-03-02")
    assert answer.supposed == ("the armed conflict 'Russia-Ukraine war' ends on 2026-03-02",)
    assert answer.verdict.note.startswith(
        "Supposed for this answer, not a fact given: the armed conflict 'Russia-Ukraine war'"
        " ends on 2026-03-02."
    )
    assert "include what is supposed" in answer.verdict.note


def test_if_a_war_ends_on_a_day_the_answer_names_that_end_as_supposed():
    doc = example("hypothetical-ukraine-withdrawal-at-war.json")
    answer = if_conflict_ends(doc, "Russia-Ukraine war", "2027-03-01")
    assert answer.answer == (
        "On 2027-03-01: the withdrawal waits for the end of that conflict, supposed on 2027-03-01."
    )
    assert answer.supposed == ("the armed conflict 'Russia-Ukraine war' ends on 2027-03-01",)
    assert "not a fact given" in answer.verdict.note


def test_a_supposition_keeps_the_scenario_s_own_note_first():
    doc = {**example("hypothetical-ukraine-withdrawal-at-war.json"), "note": "illustrative"}
    answer = if_conflict_ends(doc, 0, "2027-03-01")
    assert answer.verdict.note.startswith("illustrative Supposed for this answer")


def test_an_answer_on_the_facts_as_given_supposes_nothing():
    poland = example("poland-2025.json")
    answer = earliest_effect(poland)
    assert answer.supposed == ()
    assert answer.verdict.note == poland.get("note")


# -- B1: no notification in the facts is not a fact that none was received ---------------------


def test_burkina_faso_s_announced_withdrawal_is_not_said_never_received():
    # icc-states.csv: the AES statement of 22 Sep 2025 announced withdrawal "with immediate
    # effect"; no written notification to the Secretary-General was found in the sources.
    answer = earliest_effect(records.bundled("ICC").scenario("BFA"), as_of="2026-12-01")
    assert answer.day is None
    assert "is received by" not in answer.answer
    assert answer.answer == (
        "None on the facts given: they record no written notification of withdrawal received"
        " by 2026-12-01. Whether one was received that they do not record, they cannot say;"
        " its period would run from its receipt."
    )


def test_if_a_war_ends_with_no_withdrawal_on_record_the_answer_says_the_facts_give_none():
    doc = scenario(
        "UKR", ev("ratification", "2005-12-27"), conflicts=[RUSSIA_UKRAINE_WAR], as_of="2026-03-01"
    )
    answer = if_conflict_ends(doc, 0, "2027-03-01")
    assert answer.answer.startswith("None on the facts given: they record no instrument of")


# -- D3: an answer dated by a default reading names it ---------------------------------------


def test_a_withdrawal_received_on_31_august_took_effect_on_the_month_end_reading_named():
    # Illustrative (examples/hypothetical-receipt-31-august.json): six months after 31 August
    # is 28 February (clamp, the default) or 1 March (roll_forward).
    doc = example("hypothetical-receipt-31-august.json")
    answer = earliest_effect(doc)
    assert answer.answer == (
        "It already took effect, on 2026-02-28, on the default reading of a contested point,"
        " month_end = clamp (roll_forward: 2026-03-01)."
    )
    chosen = earliest_effect(doc, interpretation={"month_end": "roll_forward"})
    assert chosen.answer == (
        "It already took effect, on 2026-03-01, on the reading chosen of a contested point,"
        " month_end = roll_forward (clamp: 2026-02-28)."
    )


def test_a_date_no_reading_changes_is_given_without_a_hedge():
    doc = scenario(
        "XXA",
        ev("accession", "2010-03-15"),
        ev("withdrawal", "2025-07-15", notified=ALL_NOTIFIED, reasons_given=True),
        as_of="2026-03-01",
    )
    assert earliest_effect(doc).answer == "It already took effect, on 2026-01-15."


def test_a_flip_s_verdict_says_which_change_of_fact_it_supposes():
    # Illustrative: the war ongoing in the facts; without it the withdrawal takes effect.
    doc = example("hypothetical-ukraine-withdrawal-at-war.json")
    found = {f.change: f for f in flips(doc)}
    without = found["without conflicts[0] ('Russia-Ukraine war')"]
    assert without.verdict.note.startswith(
        "Supposed for this answer, not a fact given: without conflicts[0] ('Russia-Ukraine war')."
    )
