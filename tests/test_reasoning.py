"""Reasoning beyond yes and no: unknown facts, each interpretation point, indeterminate verdicts."""

from __future__ import annotations

import pytest
from builders import ALL_NOTIFIED, d, ev, scenario, war

from treatyrules import InputError, Scenario, Truth, evaluate
from treatyrules.engine import build_history
from treatyrules.treaties import get


def withdrawing(*conflicts, notified=ALL_NOTIFIED, reasons=True, as_of="2026-06-01", **fields):
    # A hypothetical State; the instrument arrives 1 March 2025, the notice expires 1 September 2025.
    return scenario(
        "XXA",
        ev("accession", "2010-01-05"),
        ev("withdrawal", "2025-03-01", notified=notified, reasons_given=reasons, **fields),
        conflicts=list(conflicts),
        as_of=as_of,
    )


# --- armed_conflict_scope -----------------------------------------------------------------------


def test_a_non_international_conflict_defers_by_default_but_not_under_iac_only():
    niac = war("XXA", "2024-01-01", "2026-01-01")
    niac["kind"] = "non_international"
    doc = withdrawing(niac)
    v = evaluate(doc)
    assert v.withdrawal.effective_date == d("2026-01-01")
    assert v.interpretations["armed_conflict_scope"] == "party_to_iac_or_niac"
    narrow = evaluate(doc, interpretation={"armed_conflict_scope": "party_to_iac_only"})
    assert narrow.withdrawal.effective_date == d("2025-09-01")


def test_a_co_belligerent_is_a_party_to_the_conflict_under_every_reading():
    conflict = {
        "name": "proxy war",
        "parties": ["XZY", "XZZ"],
        "kind": "international",
        "start": "2024-01-01",
        "end": "2026-01-01",
        "involvement": "co_belligerent",
    }
    doc = withdrawing(conflict)
    # Fighting alongside a party makes the State a party: its withdrawal waits for the end.
    assert evaluate(doc).withdrawal.effective_date == d("2026-01-01")
    wide = evaluate(doc, interpretation={"armed_conflict_scope": "party_or_co_belligerent"})
    assert wide.withdrawal.effective_date == d("2026-01-01")


def test_mere_support_engages_a_state_only_under_the_support_based_reading():
    conflict = {
        "name": "someone else's war",
        "parties": ["XZY", "XZZ"],
        "kind": "international",
        "start": "2024-01-01",
        "involvement": "supporting",
    }
    for scope in ("party_to_iac_or_niac", "including_occupation"):
        v = evaluate(withdrawing(conflict), interpretation={"armed_conflict_scope": scope})
        assert v.status == "withdrawn"
        why = v.find("art_20__para_3__sent_2")[0].explanation
        assert "involves it only in support, not as a party" in why
        assert "none involving it is" not in why
    support = {"armed_conflict_scope": "party_or_co_belligerent"}
    assert evaluate(withdrawing(conflict), interpretation=support).status == "withdrawal_deferred"


def test_an_occupation_counts_only_when_so_interpreted():
    occupation = war("XXA", "2020-01-01", "2026-02-01")
    occupation["kind"] = "occupation"
    doc = withdrawing(occupation)
    default = evaluate(doc)
    assert default.withdrawal.effective_date == d("2025-09-01")
    # The occupation is listed, so the reasons say why it does not defer, and under which reading.
    why = default.find("art_20__para_3__sent_2")[0].explanation
    assert "occupation 'the war'" in why
    assert "armed_conflict_scope = party_to_iac_or_niac" in why
    assert default.interpretations["armed_conflict_scope"] == "party_to_iac_or_niac"
    v = evaluate(doc, interpretation={"armed_conflict_scope": "including_occupation"})
    assert v.withdrawal.effective_date == d("2026-02-01")


def test_a_plain_international_conflict_does_not_consult_the_scope():
    v = evaluate(withdrawing(war("XXA", "2024-01-01", "2026-01-01")))
    assert "armed_conflict_scope" not in v.interpretations


# --- conflict_end_marker --------------------------------------------------------------------------


def markers(**given):
    return war("XXA", "2024-01-01", given.pop("end", None), **given)


def test_without_markers_end_decides_whatever_the_reading():
    v = evaluate(
        withdrawing(markers(end="2026-01-01")),
        interpretation={"conflict_end_marker": "peace_settlement"},
    )
    assert v.withdrawal.effective_date == d("2026-01-01")
    assert "conflict_end_marker" not in v.interpretations


def test_each_marker_reading_picks_its_own_date():
    conflict = markers(
        end="2026-03-01",
        cessation_of_hostilities="2025-12-01",
        general_close_of_military_operations="2026-03-01",
        peace_settlement="2027-05-01",
    )
    expected = {
        "general_close_of_military_operations": "2026-03-01",
        "cessation_of_hostilities": "2025-12-01",
        "peace_settlement": "2027-05-01",
    }
    for reading, effective in expected.items():
        v = evaluate(
            withdrawing(conflict, as_of="2028-01-01"),
            interpretation={"conflict_end_marker": reading},
        )
        assert v.withdrawal.effective_date == d(effective), reading


def test_an_unknown_peace_settlement_leaves_the_effective_date_open():
    conflict = markers(end="2026-01-01", cessation_of_hostilities="2025-11-01")
    v = evaluate(withdrawing(conflict), interpretation={"conflict_end_marker": "peace_settlement"})
    assert v.status == "withdrawal_deferred"
    assert v.withdrawal.effective_date is None
    assert {
        "fact": "conflicts[0].peace_settlement",
        "affects": "art_20__para_3__sent_2",
        "decisive": True,
    } in [u.model_dump() for u in v.unknowns]


def test_whether_the_state_is_engaged_at_expiry_can_itself_be_unknown():
    # Hostilities ceased on 1 June 2025; the general close is 1 Jan 2026; the cessation reading
    # would need the date of a cessation that is not given.
    conflict = markers(
        general_close_of_military_operations="2026-01-01", peace_settlement="2026-01-01"
    )
    reading = {"conflict_end_marker": "cessation_of_hostilities"}
    v = evaluate(withdrawing(conflict, as_of="2025-12-01"), interpretation=reading)
    assert v.withdrawal.outcome == "indeterminate"
    assert v.status == "indeterminate"
    assert set(v.possible_statuses) == {"withdrawn", "withdrawal_deferred"}
    assert v.find("art_20__para_3__sent_2")[0].outcome is Truth.UNKNOWN
    # The missing marker that decides the engagement is named, once.
    assert [u.fact for u in v.unknowns if u.decisive] == ["conflicts[0].cessation_of_hostilities"]
    before = evaluate(withdrawing(conflict, as_of="2025-06-01"), interpretation=reading)
    assert before.status == "withdrawal_pending"


def test_an_unknown_end_bounded_by_a_later_marker_leaves_the_state_withdrawn_after_it():
    # The cessation cannot come after the general close (1 Jan 2026): whichever way the
    # engagement on 1 September 2025 turns out, the withdrawal has taken effect by then.
    conflict = markers(
        general_close_of_military_operations="2026-01-01", peace_settlement="2026-01-01"
    )
    reading = {"conflict_end_marker": "cessation_of_hostilities"}
    v = evaluate(withdrawing(conflict, as_of="2026-06-01"), interpretation=reading)
    assert v.status == "withdrawn"
    assert v.withdrawal.outcome == "effective"
    assert v.withdrawal.effective_date is None
    assert "by 2026-01-01 at the latest" in v.withdrawal.condition
    assert "between 2025-09-01 and 2026-01-01" in v.conclusion
    assert "None" not in v.conclusion


def test_an_engagement_that_ends_on_a_known_day_but_may_already_be_over_gives_both_dates():
    # Engaged until 1 Feb 2026 (deferral read to end with the engagement); whether it is still
    # engaged on 1 September 2025 turns on a cessation of hostilities not given.
    conflict = markers(
        general_close_of_military_operations="2026-03-01", engaged_until="2026-02-01"
    )
    reading = {
        "conflict_end_marker": "cessation_of_hostilities",
        "deferral_ends_with": "end_of_engagement",
    }
    v = evaluate(withdrawing(conflict, as_of="2026-06-01"), interpretation=reading)
    assert v.status == "withdrawn"
    assert "took effect between 2025-09-01 and 2026-02-01" in v.conclusion
    assert "conflicts[0].cessation_of_hostilities" in [u.fact for u in v.unknowns]


# --- deferral_ends_with and new_conflict_during_deferral --------------------------------------


def test_the_deferral_waits_for_the_conflict_not_the_engagement_by_default():
    conflict = war("XXA", "2024-01-01", "2027-01-01", engaged_until="2026-01-01")
    doc = withdrawing(conflict, as_of="2027-06-01")
    assert evaluate(doc).withdrawal.effective_date == d("2027-01-01")
    v = evaluate(doc, interpretation={"deferral_ends_with": "end_of_engagement"})
    assert v.withdrawal.effective_date == d("2026-01-01")


def test_no_longer_engaged_at_expiry_means_no_deferral():
    conflict = war("XXA", "2024-01-01", "2027-01-01", engaged_until="2025-08-01")
    v = evaluate(withdrawing(conflict))
    assert v.withdrawal.effective_date == d("2025-09-01")
    assert "its engagement ended on 2025-08-01" in v.find("art_20__para_3__sent_2")[0].explanation


def test_a_new_conflict_during_the_deferral_is_ignored_by_default_and_extends_if_so_read():
    first = war("XXA", "2024-01-01", "2026-01-01", name="first")
    second = war("XXA", "2025-12-01", "2027-01-01", name="second")
    doc = withdrawing(first, second, as_of="2027-06-01")
    v = evaluate(doc)
    assert v.withdrawal.effective_date == d("2026-01-01")
    assert v.interpretations["new_conflict_during_deferral"] == "ignore"
    longer = evaluate(doc, interpretation={"new_conflict_during_deferral": "extends"})
    assert longer.withdrawal.effective_date == d("2027-01-01")


def test_a_new_conflict_that_ends_within_the_deferral_leaves_the_reading_moot():
    # The second conflict starts during the wait for the first and ends before it: on either
    # reading the withdrawal takes effect when the first ends, so the verdict rests on no reading.
    first = war("XXA", "2024-01-01", "2027-01-01", name="first")
    second = war("XXA", "2025-12-01", "2026-06-01", name="second")
    doc = withdrawing(first, second, as_of="2027-06-01")
    v = evaluate(doc)
    longer = evaluate(doc, interpretation={"new_conflict_during_deferral": "extends"})
    assert v.withdrawal.effective_date == longer.withdrawal.effective_date == d("2027-01-01")
    assert v.interpretations["new_conflict_during_deferral"] == "ignore"  # read, and listed
    assert "new_conflict_during_deferral" not in v.conclusion  # but nothing rests on it
    # Known moot where it is read, so no other reading is even tried (the conclusion's cost).
    history = build_history(get("APMBC"), Scenario.model_validate(doc), get("APMBC").resolve(None))
    assert "new_conflict_during_deferral" not in history.ctx.consultation.mattered


def test_a_new_conflict_that_outlasts_the_deferral_makes_the_verdict_rest_on_the_reading():
    first = war("XXA", "2024-01-01", "2026-01-01", name="first")
    second = war("XXA", "2025-12-01", "2027-01-01", name="second")
    doc = withdrawing(first, second, as_of="2027-06-01")
    v = evaluate(doc)
    assert "new_conflict_during_deferral = ignore" in v.conclusion
    history = build_history(get("APMBC"), Scenario.model_validate(doc), get("APMBC").resolve(None))
    assert "new_conflict_during_deferral" in history.ctx.consultation.mattered
    assert "extends:" in v.conclusion  # what the other reading gives is said


# --- defective_notice -----------------------------------------------------------------------------


def test_a_missing_notice_under_invalid_means_no_withdrawal():
    doc = withdrawing(notified=["depositary", "states_parties"])
    v = evaluate(doc, interpretation={"defective_notice": "invalid"})
    assert v.status == "party"
    assert v.withdrawal.outcome == "not_applicable"


def test_an_unknown_notice_under_invalid_makes_the_status_indeterminate():
    doc = withdrawing(notified=None)
    v = evaluate(doc, interpretation={"defective_notice": "invalid"})
    assert v.status == "indeterminate"
    assert set(v.possible_statuses) == {"withdrawn", "party"}
    assert any(u.fact == "events[1].notified" and u.decisive for u in v.unknowns)
    default = evaluate(doc)
    assert default.status == "withdrawn"
    assert not any(u.fact == "events[1].notified" and u.decisive for u in default.unknowns)


def test_a_missing_notice_given_later_delays_the_period_until_cured_when_so_read():
    doc = withdrawing(
        notified=["depositary", "states_parties"],
        notices={"depositary": "2025-03-01", "security_council": "2025-04-15"},
    )
    assert evaluate(doc).withdrawal.effective_date == d("2025-09-01")
    v = evaluate(doc, interpretation={"defective_notice": "delays_until_cured"})
    assert v.withdrawal.effective_date == d("2025-10-15")


def test_notices_given_to_every_recipient_a_few_days_late_are_no_defect():
    doc = withdrawing(notices={"depositary": "2025-03-01", "security_council": "2025-03-09"})
    for reading in ("timing_unaffected", "delays_until_cured", "invalid"):
        v = evaluate(doc, interpretation={"defective_notice": reading})
        assert v.withdrawal.effective_date == d("2025-09-01"), reading
        assert "defective_notice" not in v.interpretations


def test_a_notice_never_given_never_starts_the_period_when_so_read():
    doc = withdrawing(notified=["depositary", "states_parties"])
    v = evaluate(doc, interpretation={"defective_notice": "delays_until_cured"})
    assert v.status == "withdrawal_pending"
    assert v.withdrawal.notice_expires is None and v.withdrawal.effective_date is None
    assert "not started" in v.conclusion


# --- every point: declared, listed, refusable -----------------------------------------------------


def test_every_point_the_treaty_supports_is_documented_with_sources():
    from treatyrules.core.interpretation import get_point
    from treatyrules.treaties import get

    for key in get("APMBC").points:
        point = get_point(key)
        assert point.question and point.rationale and point.sources
        assert point.default in point.options or point.number


@pytest.mark.parametrize(
    ("choice", "message"),
    [
        ({"armed_conflict_scope": "everything"}, "party_to_iac_or_niac"),
        ({"art3_threshold": "many"}, "a number"),
        ({"art3_threshold": -1}, "a number of at least 0"),
        ({"art3_threshold": "nan"}, "a number"),
        ({"art3_threshold": float("inf")}, "a number"),
        ({"no_such_point": "x"}, "unknown interpretation point"),
    ],
)
def test_bad_interpretation_choices_are_refused_naming_the_point(choice, message):
    with pytest.raises(InputError) as info:
        evaluate(withdrawing(), interpretation=choice)
    assert message in str(info.value)
    assert info.value.path == f"interpretation.{next(iter(choice))}"


def test_a_second_notice_after_a_withdrawal_took_effect_on_an_unfixed_day_is_not_a_withdrawal():
    # Illustrative: the notice of 1 March 2025 expires on 1 September 2025 during a war. Read as
    # ending with the cessation of hostilities, which the facts do not date, the war ends by its
    # general close (1 March 2026) at the latest: by then the State has left, on a day not fixed.
    # A second instrument received after that day is from a State that is no longer a party.
    conflict = war("XXA", "2024-01-01", general_close_of_military_operations="2026-03-01")
    doc = withdrawing(conflict, as_of="2026-09-01")
    doc["events"].append(ev("withdrawal", "2026-05-01", notified=ALL_NOTIFIED, reasons_given=True))
    reading = {"conflict_end_marker": "cessation_of_hostilities"}
    v = evaluate(doc, interpretation=reading)
    assert v.status == "withdrawn"
    # The instrument that ended the membership decides the position; the later one is only
    # explained.
    assert v.withdrawal.event == 1 and v.withdrawal.outcome == "effective"
    (why,) = [f for f in v.find("art_20__para_2__sent_1") if "2026-05-01" in f.explanation]
    assert why.outcome is Truth.NOT_APPLICABLE
    assert (
        "ceased to be a party, on a day the facts do not fix but by 2026-03-01" in why.explanation
    )


def test_a_point_of_another_treaty_is_refused_against_the_treatys_own_points():
    # ccw_un_limb_scope belongs to the CCW; asked of the TPNW it is refused with the TPNW's own
    # points, whether or not the CCW's module has declared its points yet.
    doc = {"treaty": "TPNW", "state": "XXA"}
    with pytest.raises(InputError) as info:
        evaluate(doc, interpretation={"ccw_un_limb_scope": "that_protocol"})
    assert info.value.path == "interpretation.ccw_un_limb_scope"
    assert "TPNW; it uses: premature_withdrawal, defective_notice, month_end" in str(info.value)
    evaluate({"treaty": "CCW", "state": "XXA"})  # the CCW's points are now declared
    with pytest.raises(InputError) as info:
        evaluate(doc, interpretation={"ccw_un_limb_scope": "that_protocol"})
    assert "this point is not used by TPNW; it uses:" in str(info.value)
