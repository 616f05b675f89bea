"""What each sibling treaty's armed-conflict exception waits for.

Every date below is illustrative (hypothetical State XXA, hypothetical conflicts), not a
real-world fact. The pattern in each scenario: the State joined long ago, gave notice on
2024-03-01, and was at war around then. A marker the treaty needs and the scenario does not
record (peace, the end of repatriation, of re-establishment, of the functions of UN forces) is
an unknown in the verdict, never taken from the end of the fighting.
"""

from __future__ import annotations

from typing import Any

import pytest
from builders import d, denunciation, ev, war

from treatyrules import evaluate

NOTICE = "2024-03-01"  # illustrative


def case(
    treaty: str,
    *conflicts: dict[str, Any],
    as_of: str = "2027-06-01",
    protocol: str | None = None,
    interpretation: dict[str, str] | None = None,
):
    doc = denunciation(
        treaty, *conflicts, as_of=as_of, notice=NOTICE, protocol=protocol, reasons_given=True
    )
    return evaluate(doc, interpretation=interpretation)


def unknown_facts(v) -> set[str]:
    return {u.fact for u in v.unknowns if u.decisive}


# --- Geneva Conventions: peace concluded and release and repatriation over -----------------


@pytest.mark.parametrize("gc", ["GC1", "GC2", "GC3", "GC4"])
def test_gc_denunciation_in_war_is_undetermined_when_neither_peace_nor_repatriation_is_recorded(
    gc,
):
    # Notified while involved; the fighting ended before the year ran out.
    v = case(gc, war("XXA", "2023-06-01", "2024-09-01"))
    assert v.status == "withdrawal_deferred"
    assert v.withdrawal.effective_date is None
    assert "conflicts[0].peace_settlement" in unknown_facts(v)
    assert "conflicts[0].release_and_repatriation_completed" in unknown_facts(v)
    assert "ongoing" not in v.withdrawal.condition


def test_gc_peace_is_its_own_unknown_even_when_the_fighting_and_repatriation_ended():
    v = case(
        "GC3",
        war(
            "XXA",
            "2023-06-01",
            "2024-09-01",
            cessation_of_hostilities="2024-08-01",
            release_and_repatriation_completed="2025-01-15",
        ),
    )
    assert v.withdrawal.effective_date is None
    assert unknown_facts(v) == {"conflicts[0].peace_settlement"}


def test_gc3_denunciation_takes_effect_when_peace_and_repatriation_are_both_over():
    v = case(
        "GC3",
        war(
            "XXA",
            "2023-06-01",
            "2024-09-01",
            peace_settlement="2025-06-01",
            release_and_repatriation_completed="2025-10-01",
        ),
    )
    assert v.status == "withdrawn"
    assert v.withdrawal.effective_date == d("2025-10-01")


def test_gc3_denunciation_never_takes_effect_before_its_year_even_after_an_early_peace():
    v = case(
        "GC3",
        war(
            "XXA",
            "2023-06-01",
            "2024-05-01",
            peace_settlement="2024-06-01",
            release_and_repatriation_completed="2024-07-01",
        ),
    )
    assert v.withdrawal.effective_date == d("2025-03-01")


def test_gc4_denunciation_waits_for_re_establishment_as_well():
    conflict = war(
        "XXA",
        "2023-06-01",
        "2024-09-01",
        peace_settlement="2025-06-01",
        release_and_repatriation_completed="2025-10-01",
    )
    v = case("GC4", conflict)
    assert v.withdrawal.effective_date is None
    assert unknown_facts(v) == {"conflicts[0].re_establishment_completed"}
    (deferral,) = v.find("art_158__para_3__sent_2")
    assert "re-establishment" in deferral.explanation
    assert "nor before 2025-10-01" in deferral.explanation
    # GC III asks for no re-establishment: the same facts decide its date.
    assert case("GC3", conflict).withdrawal.effective_date == d("2025-10-01")


def test_gc4_denunciation_in_occupation_waits_for_re_establishment():
    occupation = war(
        "XXA",
        "2023-06-01",
        "2024-09-01",
        kind="occupation",
        peace_settlement="2025-02-01",
        release_and_repatriation_completed="2025-04-01",
        re_establishment_completed="2025-12-01",
    )
    # Whether an occupation is "a conflict" for Art. 158 is read through armed_conflict_scope.
    v = case("GC4", occupation, interpretation={"armed_conflict_scope": "including_occupation"})
    assert v.withdrawal.effective_date == d("2025-12-01")


def test_gc_conflict_still_going_on_means_no_peace_yet_not_an_unknown_peace():
    v = case("GC1", war("XXA", "2023-06-01"))
    assert v.status == "withdrawal_deferred"
    assert "conflicts[0].peace_settlement" not in unknown_facts(v)


# --- Additional Protocol I: end of conflict or occupation, and the operations --------------


def test_ap1_denunciation_unknown_when_repatriation_end_not_recorded():
    v = case("AP1", war("XXA", "2023-06-01", "2025-09-01"))
    assert v.withdrawal.effective_date is None
    assert unknown_facts(v) == {
        "conflicts[0].release_and_repatriation_completed",
        "conflicts[0].re_establishment_completed",
    }
    assert "ongoing" not in v.withdrawal.condition  # the conflict had ended


def test_ap1_denunciation_waits_for_the_later_of_the_end_and_the_operations():
    v = case(
        "AP1",
        war(
            "XXA",
            "2023-06-01",
            "2025-09-01",
            release_and_repatriation_completed="2025-11-01",
            re_establishment_completed="2026-01-15",
        ),
    )
    assert v.status == "withdrawn"
    assert v.withdrawal.effective_date == d("2026-01-15")


def test_ap1_denunciation_in_an_occupation_waits_for_the_end_of_the_occupation():
    occupation = war(
        "XXA",
        "2022-01-01",
        "2026-03-01",
        kind="occupation",
        release_and_repatriation_completed="2025-11-01",
        re_establishment_completed="2025-12-01",
    )
    assert case("AP1", occupation).withdrawal.effective_date == d("2026-03-01")


# --- Additional Protocol II: the end of the conflict; detainees keep protection -------------


def test_ap2_denunciation_waits_only_for_the_end_of_the_non_international_conflict():
    rebellion = war("XXA", "2023-06-01", "2025-01-01", kind="non_international")
    v = case("AP2", rebellion)
    # Six months from 2024-03-01 end on 2024-09-01, during the conflict.
    assert v.withdrawal.effective_date == d("2025-01-01")
    assert not unknown_facts(v)


def test_ap2_denunciation_keeps_the_protection_of_persons_deprived_of_liberty():
    v = case("AP2", war("XXA", "2023-06-01", "2025-01-01", kind="non_international"))
    (kept,) = v.find("art_25__para_1__sent_3")
    assert "final release" in kept.explanation


# --- CCW: stays bound until conflict, operations and (for some Protocols) UN functions end --


def test_ccw_denunciation_stays_bound_until_release_repatriation_and_re_establishment_end():
    v = case("CCW", war("XXA", "2023-06-01", "2025-09-01"))
    assert v.status == "withdrawal_deferred"
    assert unknown_facts(v) == {
        "conflicts[0].release_and_repatriation_completed",
        "conflicts[0].re_establishment_completed",
    }
    # Whether it is bound by Amended Protocol II, whose wait for UN forces holds that Protocol
    # alone (ccw_un_limb_scope, by default): needed to say what binds it, not when it is released.
    assert {u.fact for u in v.unknowns if not u.decisive} >= {"also_party_to[CCW-APII]"}
    (deferral,) = v.find("art_9__para_2__sent_2")
    assert "remains bound by the obligations of the Convention" in deferral.explanation


def test_ccw_denunciation_of_amended_protocol_ii_also_waits_for_un_functions_to_end():
    conflict = war(
        "XXA",
        "2023-06-01",
        "2025-09-01",
        release_and_repatriation_completed="2025-10-01",
        re_establishment_completed="2025-10-01",
        un_forces_in_area=True,  # performing functions there; when they end is not recorded
    )
    protocol = case("CCW", conflict, protocol="APII")
    assert protocol.withdrawal.effective_date is None
    assert unknown_facts(protocol) == {"conflicts[0].un_functions_terminated"}
    ended = dict(conflict, un_functions_terminated="2026-02-01")
    assert case("CCW", ended, protocol="APII").withdrawal.effective_date == d("2026-02-01")
    # A Protocol without provisions on UN forces (Protocol IV) does not wait for them.
    assert case("CCW", conflict, protocol="IV").withdrawal.effective_date == d("2025-10-01")


# --- TPNW: bound until party to no armed conflict at all -----------------------------------


def test_tpnw_withdrawal_waits_until_the_state_is_party_to_no_armed_conflict():
    first = war("XXA", "2023-06-01", "2025-06-01", name="War A")
    second = war("XXA", "2025-05-01", "2025-12-01", name="War B")  # begins during the wait
    v = case("TPNW", first, second)
    assert v.withdrawal.effective_date == d("2025-12-01")


def test_tpnw_withdrawal_ends_its_wait_when_the_state_stops_being_a_party():
    # The conflict goes on between others; the State's own part ended on 2025-07-01.
    v = case("TPNW", war("XXA", "2023-06-01", None, engaged_until="2025-07-01"))
    assert v.withdrawal.effective_date == d("2025-07-01")
    (deferral,) = v.find("art_17__para_3__sent_2")
    assert "as a party to" in deferral.explanation
    assert "obligations of the Treaty and of any additional protocols" in deferral.explanation


# --- CCM: the end of that conflict ---------------------------------------------------------


def test_ccm_withdrawal_waits_for_the_end_of_that_conflict_and_needs_no_other_marker():
    v = case("CCM", war("XXA", "2023-06-01", "2025-01-15"))
    assert v.withdrawal.effective_date == d("2025-01-15")
    assert not unknown_facts(v)


def test_tpnw_withdrawal_still_waiting_says_the_state_is_a_party_to_the_conflict():
    # The condition speaks the Treaty's words ("a party to"), as its conclusion does.
    v = case("TPNW", war("XXA", "2023-06-01", "2025-07-01"), as_of="2025-05-01")
    assert v.status == "withdrawal_deferred"
    assert v.withdrawal.condition.startswith("the State is a party to the armed conflict")
    assert "the State is engaged in" not in v.withdrawal.condition


# --- CCW Protocols named as they are, and what a Protocol's denunciation keeps binding ------

OPERATIONS_OVER = {
    "release_and_repatriation_completed": "2025-10-01",
    "re_establishment_completed": "2025-10-01",
    "un_functions_terminated": "2026-02-01",
}


def test_a_denunciation_of_amended_protocol_ii_names_it_amended_protocol_ii():
    v = case("CCW", war("XXA", "2023-06-01", "2025-09-01", **OPERATIONS_OVER), protocol="APII")
    (heading,) = v.find("art_9")
    assert heading.explanation.startswith("The denunciation of Amended Protocol II received on")
    assert "Protocol APII" not in v.model_dump_json()


def test_a_denounced_protocol_keeps_the_state_bound_by_that_protocol_not_by_the_convention():
    # CCW Art. 9(2): bound by "the relevant annexed Protocols"; the Convention itself, not
    # denounced, binds the State whatever the wait.
    v = case("CCW", war("XXA", "2023-06-01", "2025-09-01", **OPERATIONS_OVER), protocol="APII")
    (heading,) = v.find("art_9")
    assert heading.explanation == (
        "The denunciation of Amended Protocol II received on 2024-03-01 leaves the State bound by"
        " the obligations of Amended Protocol II until 2026-02-01."
    )
    assert (
        "Its denunciation of Amended Protocol II was received on 2024-03-01: its notice period"
        " ended on 2025-03-01, but as the State was then engaged in a situation referred to in"
        " Article 1, the armed conflict 'the war', it continued to be bound by the obligations"
        " of Amended Protocol II until 2026-02-01, when the wait ended and it was released; the"
        " Convention and its other Protocols still bind it."
    ) in v.conclusion


def test_a_protocol_without_a_name_of_its_own_is_named_by_its_number():
    v = case("CCW", war("XXA", "2023-06-01", "2025-09-01", **OPERATIONS_OVER), protocol="IV")
    (heading,) = v.find("art_9")
    assert heading.explanation.startswith("The denunciation of Protocol IV received on")


def test_while_the_wait_lasts_a_denounced_protocol_still_binds_the_state_to_a_known_day():
    conflict = war("XXA", "2023-06-01", "2025-09-01", **OPERATIONS_OVER)
    v = case("CCW", conflict, protocol="APII", as_of="2025-12-01")
    assert v.withdrawal.outcome == "deferred"
    assert (
        "Its denunciation of Amended Protocol II was received on 2024-03-01: its notice period"
        " ended on 2025-03-01, but the State continues to be bound by the obligations of"
        " Amended Protocol II until 2026-02-01"
    ) in v.conclusion


# --- CCW Art. 9(3): denouncing the Convention denounces Amended Protocol II too -------------

ENDED_WAR = war(
    "XXA",
    "2023-06-01",
    "2025-09-01",
    release_and_repatriation_completed="2025-10-01",
    re_establishment_completed="2025-11-01",
    un_functions_terminated="2026-02-01",
)


def party_to(*ids: str) -> dict[str, Any]:
    return {"also_party_to": list(ids)}


def ccw(
    *conflicts: dict[str, Any],
    protocol: str | None = None,
    interpretation: dict[str, str] | None = None,
    **lists: list[str],
) -> Any:
    withdrawal = ev("withdrawal", NOTICE, notified=["depositary"])
    if protocol is not None:
        withdrawal["protocol"] = protocol
    doc = {
        "treaty": "CCW",
        "state": "XXA",
        "as_of": "2027-06-01",
        "events": [ev("accession", "1990-01-10"), withdrawal],
        "conflicts": list(conflicts),
        **lists,
    }
    return evaluate(doc, interpretation=interpretation)


WHOLE = {"ccw_un_limb_scope": "whole_convention"}


def test_denouncing_the_ccw_while_bound_by_amended_protocol_ii_is_released_before_un_forces_go():
    # By default the wait for UN forces holds Amended Protocol II alone (ccw_un_limb_scope).
    v = ccw(ENDED_WAR, also_party_to=["CCW-APII"])
    assert v.withdrawal.effective_date == d("2025-11-01")
    assert not unknown_facts(v)
    (deferral,) = v.find("art_9__para_2__sent_2")
    assert "Amended Protocol II binds the State until then: on 2026-02-01." in deferral.explanation


def test_denouncing_the_ccw_while_bound_by_amended_protocol_ii_waits_for_un_forces_if_read_so():
    v = ccw(ENDED_WAR, also_party_to=["CCW-APII"], interpretation=WHOLE)
    assert v.withdrawal.effective_date == d("2026-02-01")
    assert not unknown_facts(v)


def test_denouncing_the_ccw_not_bound_by_amended_protocol_ii_does_not_wait_for_un_forces():
    v = ccw(ENDED_WAR, not_party_to=["CCW-APII"])
    assert v.withdrawal.effective_date == d("2025-11-01")
    assert not unknown_facts(v)


def test_denouncing_the_ccw_when_amended_protocol_ii_may_bind_gives_a_release_day_per_answer():
    # Whether Amended Protocol II binds the State decides between two days the facts fix, where
    # its wait for UN forces is read as holding the Convention too.
    v = ccw(ENDED_WAR, interpretation=WHOLE)
    assert v.status == "withdrawn"  # by 2027-06-01, whichever it is
    assert v.withdrawal.effective_date is None
    assert unknown_facts(v) == {"also_party_to[CCW-APII]"}
    assert v.withdrawal.condition == (
        "if the State is not bound by Amended Protocol II, the State stays bound until 2025-11-01;"
        " if it is, the State stays bound until 2026-02-01"
    )
    (deferral,) = v.find("art_9__para_2__sent_2")
    assert "and, if the State is bound by Amended Protocol II, the functions" in (
        deferral.explanation
    )
    assert (
        "If it is not, the wait ends on 2025-11-01, so the State is released on 2025-11-01. If it"
        " is, the wait ends on 2026-02-01, so the State is released on 2026-02-01."
    ) in deferral.explanation


def test_un_forces_gone_before_the_rest_ends_leave_nothing_to_know_about_amended_protocol_ii():
    v = ccw({**ENDED_WAR, "un_functions_terminated": "2025-10-15"})
    assert v.withdrawal.effective_date == d("2025-11-01")
    assert not unknown_facts(v)


def test_denouncing_another_protocol_alone_does_not_wait_for_un_forces_whatever_binds_the_state():
    v = ccw(ENDED_WAR, protocol="IV", also_party_to=["CCW-APII"])
    assert v.withdrawal.effective_date == d("2025-11-01")
