"""The CCW (Art. 9(2)) and Additional Protocol I (Art. 99(1)) waits, as a lawyer's review found
them wanting: who counts as engaged, what the wait keeps binding, and what the facts leave open.

The State XXA, its co-belligerents and adversaries (XXB, XXC), the conflicts and every date are
illustrative, not real-world facts: accession in 1990, notice of denunciation received on
2024-03-01, the year expiring on 2025-03-01.
"""

from __future__ import annotations

from typing import Any

import pytest
from builders import denunciation, ev, war_over

from treatyrules import evaluate

NOTICE = "2024-03-01"  # illustrative
ALL = ["depositary", "states_parties", "security_council"]
EXPIRY = "2025-03-01"


def denounced(
    treaty: str,
    *conflicts: dict[str, Any],
    as_of: str = "2027-06-01",
    protocol: str | None = None,
    interpretation: dict[str, str] | None = None,
    **extra: Any,
) -> Any:
    doc = denunciation(treaty, *conflicts, as_of=as_of, notice=NOTICE, protocol=protocol, **extra)
    return evaluate(doc, interpretation=interpretation)


def exception(v: Any) -> Any:
    (found,) = v.find(EXCEPTIONS[v.treaty])
    return found


EXCEPTIONS = {
    "CCW": "art_9__para_2__sent_2",
    "AP1": "art_99__para_1__sent_2",
    "AP2": "art_25__para_1__sent_2",
}


# --- F7: a co-belligerent is a party to the international armed conflict ----------------------


def beside(role: str, end: str | None = None) -> dict[str, Any]:
    """An international armed conflict between XXB and XXC, XXA taking part in ``role``."""
    return {
        "name": "the war",
        "parties": ["XXB", "XXC"],
        "involvement": role,
        "kind": "international",
        "start": "2023-06-01",
        "end": end,
    }


@pytest.mark.parametrize("treaty", ["CCW", "AP1"])
def test_a_co_belligerent_in_an_international_conflict_at_expiry_is_held_by_the_exception(treaty):
    # Fighting alongside a party makes the State a party to the international armed conflict (a
    # common Art. 2 situation, Art. 1 of each treaty): the exception holds it, as for a party.
    v = denounced(treaty, beside("co_belligerent"), as_of="2025-06-01", not_party_to=["CCW-APII"])
    assert v.status == "withdrawal_deferred"
    assert v.withdrawal.deferred_by == ("the war",)
    assert exception(v).outcome == "holds"


@pytest.mark.parametrize("treaty", ["CCW", "AP1"])
def test_a_state_only_supporting_a_party_is_not_held_and_the_reason_names_its_role(treaty):
    v = denounced(treaty, beside("supporting"), as_of="2025-06-01", not_party_to=["CCW-APII"])
    assert v.status == "withdrawn"
    text = exception(v).explanation
    assert "only in support, not as a party" in text
    assert "is not a situation this treaty's exception covers" not in text


@pytest.mark.parametrize("treaty", ["AP2", "CCW"])
def test_a_co_belligerent_in_another_state_s_non_international_conflict_is_not_assumed_held(treaty):
    # Whether a State helping in another's non-international conflict is in its own Art. 1
    # situation is not settled by the sources: the library does not assume it, and says why.
    rebellion = beside("co_belligerent") | {"kind": "non_international"}
    # Under the CCW, for a State bound by the 2001 amendment that brings such conflicts in.
    bound = {"also_party_to": ["CCW-AMENDED-ART1"]} if treaty == "CCW" else {}
    v = denounced(treaty, rebellion, as_of="2025-06-01", **bound)
    assert v.status == "withdrawn"
    assert "as a co-belligerent in a non-international armed conflict" in (exception(v).explanation)


# --- F1: where only Amended Protocol II's membership decides, both answers are given -----------
# (Under the reading that its wait for UN forces holds the Convention too: see F2 below.)

WHOLE = {"ccw_un_limb_scope": "whole_convention"}

WAR_OVER = war_over()
UN_GONE = WAR_OVER | {"un_functions_terminated": "2026-06-01"}


def test_a_ccw_denunciation_is_indeterminate_where_only_amended_protocol_ii_decides_the_status():
    # Not bound by Amended Protocol II: released on 2025-11-01, withdrawn on 2026-01-01; bound by
    # it (Art. 9(3) carries its denunciation, whose wait lasts for the UN forces): on 2026-06-01.
    v = denounced("CCW", UN_GONE, as_of="2026-01-01", interpretation=WHOLE)
    assert v.status == "indeterminate"
    assert set(v.possible_statuses) == {"withdrawn", "withdrawal_deferred"}
    assert v.withdrawal.outcome == "indeterminate"
    assert v.withdrawal.condition == (
        "if the State is not bound by Amended Protocol II, the State stays bound until 2025-11-01;"
        " if it is, the State stays bound until 2026-06-01"
    )
    assert [u.fact for u in v.unknowns if u.decisive] == ["also_party_to[CCW-APII]"]
    text = exception(v).explanation
    assert (
        "If it is not, the wait ends on 2025-11-01, so the State is released on 2025-11-01. If it"
        " is, the wait ends on 2026-06-01, so the State is released on 2026-06-01."
    ) in text
    assert "or later" not in text  # two days the facts fix, not any day between them


def test_a_ccw_denunciation_with_no_un_date_is_indeterminate_once_the_rest_of_the_wait_is_over():
    v = denounced("CCW", WAR_OVER, as_of="2027-06-01", interpretation=WHOLE)
    assert v.status == "indeterminate"
    assert set(v.possible_statuses) == {"withdrawn", "withdrawal_deferred"}
    assert {u.fact for u in v.unknowns if u.decisive} == {
        "also_party_to[CCW-APII]",
        "conflicts[0].un_forces_in_area",
        "conflicts[0].un_functions_terminated",
    }
    assert "If it is not, or none do, the wait ends on 2025-11-01" in exception(v).explanation


def test_a_ccw_denunciation_both_answers_still_waiting_for_is_deferred_on_both():
    v = denounced("CCW", UN_GONE, as_of="2025-10-01", interpretation=WHOLE)
    assert v.status == "withdrawal_deferred"
    assert v.possible_statuses is None


def test_a_non_international_conflict_and_amended_protocol_ii_both_unrecorded_give_three_ways():
    # The 2001 amendment decides whether the conflict counts at all; Amended Protocol II, how long
    # the wait lasts if it does. Not engaged: the year's end, whatever binds it, said once.
    rebellion = UN_GONE | {"kind": "non_international", "name": "the rebellion"}
    v = denounced("CCW", rebellion, as_of="2026-01-01", interpretation=WHOLE)
    assert v.status == "indeterminate"
    assert set(v.possible_statuses) == {"withdrawn", "withdrawal_deferred"}
    assert v.withdrawal.condition == (
        "if the State is not bound by the 2001 amendment of Article 1, it takes effect on"
        f" {EXPIRY}; if it is, and the State is not bound by Amended Protocol II, the State stays"
        " bound until 2025-11-01; if it is, and the State is bound by Amended Protocol II, the"
        " State stays bound until 2026-06-01"
    )


# --- F9: a revocation before the wait ends: what would have happened, not what happens ---------


def revoked(treaty: str, on: str, *conflicts: dict[str, Any], **extra: Any) -> Any:
    doc = {
        "treaty": treaty,
        "state": "XXA",
        "as_of": "2027-06-01",
        "events": [
            ev("accession", "1990-01-10"),
            ev("withdrawal", NOTICE, notified=["depositary"]),
            ev("revocation", on),
        ],
        "conflicts": list(conflicts),
        **extra,
    }
    return evaluate(doc)


def test_a_ccw_denunciation_revoked_during_the_wait_says_the_state_would_have_been_released():
    v = revoked("CCW", "2025-06-01", WAR_OVER, not_party_to=["CCW-APII"])
    assert v.status == "party"
    text = exception(v).explanation
    assert (
        "The wait ends on 2025-11-01, so the State would have been released on 2025-11-01. The"
        " State revokes the instrument on 2025-06-01, before then."
    ) in text
    assert "the State is released" not in text


def test_an_ap1_denunciation_revoked_during_the_wait_says_it_would_have_taken_effect():
    v = revoked("AP1", "2025-06-01", WAR_OVER)
    assert v.status == "party"
    assert "so the denunciation would have taken effect on 2025-11-01." in exception(v).explanation


def test_a_denunciation_revoked_while_its_war_goes_on_says_the_revocation_came_first():
    v = revoked("AP1", "2025-06-01", WAR_OVER | {"end": None})
    text = exception(v).explanation
    assert "That armed conflict is still going on: the denunciation cannot take effect before" in (
        text
    )
    assert "The State revokes the instrument on 2025-06-01, before then." in text


def test_an_apmbc_withdrawal_revoked_while_its_war_goes_on_would_have_taken_effect_when_it_ends():
    doc = {
        "treaty": "APMBC",
        "state": "XXA",
        "as_of": "2027-06-01",
        "events": [
            ev("ratification", "1999-01-10"),
            ev("withdrawal", NOTICE, notified=ALL, reasons_given=True),
            ev("revocation", "2025-06-01"),
        ],
        "conflicts": [WAR_OVER | {"end": None}],
    }
    (found,) = evaluate(doc).find("art_20__para_3__sent_2")
    assert (
        "That armed conflict is still going on: the withdrawal would have taken effect on the day"
        " it ends, which the facts do not yet give. The State revokes the instrument on"
        " 2025-06-01, before then."
    ) in found.explanation


def test_a_revocation_after_the_wait_ended_changes_nothing_and_is_not_said_to_come_first():
    v = revoked("CCW", "2026-01-01", WAR_OVER, not_party_to=["CCW-APII"])
    assert v.status == "withdrawn"
    text = exception(v).explanation
    assert "so the State is released on 2025-11-01." in text
    assert "revoked the instrument" not in text


# --- F3: the UN limb waits for functions performed in the area; there may be none -------------
# Amended Protocol II denounced alone: its wait for UN forces holds it under every reading.

APII = {"protocol": "APII"}


def test_no_un_forces_in_the_area_leaves_nothing_for_amended_protocol_ii_s_limb_to_wait_for():
    v = denounced("CCW", WAR_OVER | {"un_forces_in_area": False}, **APII)
    assert v.withdrawal.outcome == "effective"
    assert v.withdrawal.effective_date.isoformat() == "2025-11-01"
    assert not [u for u in v.unknowns if u.decisive]
    assert (
        "The facts record that no United Nations forces or missions perform peace-keeping,"
        " observation or similar functions in the area (conflicts[0].un_forces_in_area false):"
        " the wait does not last for that."
    ) in exception(v).explanation


def test_un_forces_in_the_area_with_no_end_recorded_keep_amended_protocol_ii_binding():
    v = denounced("CCW", WAR_OVER | {"un_forces_in_area": True}, **APII)
    assert v.withdrawal.outcome == "deferred"
    assert {u.fact for u in v.unknowns if u.decisive} == {"conflicts[0].un_functions_terminated"}


def test_whether_un_forces_are_in_the_area_unrecorded_is_asked_before_when_they_leave():
    v = denounced("CCW", WAR_OVER, **APII)
    assert v.withdrawal.outcome == "indeterminate"
    assert {u.fact for u in v.unknowns if u.decisive} == {
        "conflicts[0].un_forces_in_area",
        "conflicts[0].un_functions_terminated",
    }
    text = exception(v).explanation
    assert (
        "The facts do not record whether United Nations forces or missions perform peace-keeping,"
        " observation or similar functions in the area (conflicts[0].un_forces_in_area), and so"
        " whether the wait lasts for that too. If none do, the wait ends on 2025-11-01"
    ) in text
    assert v.withdrawal.condition.startswith(
        "if no United Nations forces or missions perform peace-keeping, observation or similar"
        " functions in the area, the State stays bound until 2025-11-01; if they do,"
    )


def test_a_recorded_end_of_un_functions_implies_the_forces_were_there():
    v = denounced("CCW", UN_GONE, **APII)
    assert v.withdrawal.effective_date.isoformat() == "2026-06-01"
    assert not [u for u in v.unknowns if u.decisive]


def test_un_forces_said_absent_yet_given_an_end_of_functions_is_refused_naming_the_field():
    from treatyrules import InputError

    with pytest.raises(InputError) as error:
        denounced("CCW", UN_GONE | {"un_forces_in_area": False})
    assert "conflicts[0].un_forces_in_area" in str(error.value)


# --- F2: the UN limb holds Amended Protocol II alone, by default ----------------------------------


def test_denouncing_the_ccw_releases_the_state_from_the_convention_before_un_forces_leave():
    # CCW Art. 9(2): 'in the case of any annexed Protocol containing provisions' on UN forces:
    # read (by default) as keeping that Protocol alone binding until their functions end.
    v = denounced("CCW", UN_GONE, as_of="2026-01-01", also_party_to=["CCW-APII"])
    assert v.status == "withdrawn"
    assert v.withdrawal.effective_date.isoformat() == "2025-11-01"
    assert v.interpretations["ccw_un_limb_scope"] == "that_protocol"
    text = exception(v).explanation
    assert "The wait ends on 2025-11-01, so the State is released on 2025-11-01." in text
    assert "Amended Protocol II binds the State until then: on 2026-06-01." in text


def test_under_the_wider_reading_the_convention_binds_until_un_forces_leave():
    v = denounced(
        "CCW", UN_GONE, as_of="2026-01-01", also_party_to=["CCW-APII"], interpretation=WHOLE
    )
    assert v.status == "withdrawal_deferred"
    assert v.withdrawal.effective_date.isoformat() == "2026-06-01"


def test_the_un_limb_s_scope_decides_only_where_it_could_change_the_release_day():
    from treatyrules import sensitivity

    def decisive(conflict: dict[str, Any]) -> list[str]:
        doc = {
            "treaty": "CCW",
            "state": "XXA",
            "as_of": "2026-01-01",
            "also_party_to": ["CCW-APII"],
            "events": [ev("accession", "1990-01-10"), ev("withdrawal", NOTICE)],
            "conflicts": [conflict],
        }
        return list(sensitivity(doc).decisive)

    assert "ccw_un_limb_scope" in decisive(UN_GONE)
    # UN forces gone before the rest of the wait ends: the reading cannot matter.
    assert "ccw_un_limb_scope" not in decisive(UN_GONE | {"un_functions_terminated": "2025-10-15"})


# --- F5: a Protocol denounced alone keeps that Protocol binding, not the Convention ---------------


def test_amended_protocol_ii_denounced_alone_in_war_binds_by_that_protocol_only():
    v = denounced("CCW", UN_GONE, **APII)
    text = exception(v).explanation
    assert "The State remains bound by the obligations of Amended Protocol II until" in text
    assert (
        "while the wait lasts the State stays bound by the obligations of Amended Protocol II."
        in (text)
    )
    assert "obligations of the Convention" not in text


def test_a_protocol_denounced_alone_in_peace_is_not_said_to_keep_the_convention_binding():
    v = denounced("CCW", protocol="IV")
    text = exception(v).explanation
    assert "the State stays bound by the obligations of Protocol IV." in text
    assert "obligations of the Convention" not in text


def test_a_ccw_denunciation_in_peace_neither_reads_the_un_limb_s_scope_nor_asks_about_apii():
    v = denounced("CCW")
    assert v.status == "withdrawn"
    assert "ccw_un_limb_scope" not in v.interpretations
    assert not v.unknowns


# --- Art. 9(3) speaks of a denunciation of the Convention, not of one Protocol ----------------


def test_denouncing_one_protocol_alone_does_not_apply_the_cascade_of_article_9_3():
    # CCW Art. 9(3): denouncing the Convention counts as denouncing every Protocol the State is
    # bound by. A denunciation of Amended Protocol II alone is not such a denunciation.
    alone = denounced("CCW", as_of="2026-06-01", protocol="APII")
    (cascade,) = alone.find("art_9__para_3")
    assert cascade.outcome == "not_applicable"
    assert cascade.explanation == (
        "This provision concerns a denunciation of the treaty itself; this one is of Amended"
        " Protocol II alone."
    )
    (cascade,) = denounced("CCW", as_of="2026-06-01").find("art_9__para_3")
    assert cascade.outcome == "holds"
    # Art. 9(4) and (5) speak of any denunciation, of a Protocol as of the Convention.
    assert {f.outcome for r in ("art_9__para_4", "art_9__para_5") for f in alone.find(r)} == {
        "holds"
    }
