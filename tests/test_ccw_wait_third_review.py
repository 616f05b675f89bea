"""The CCW (Art. 9(2)-(3)) wait, as a lawyer's third review found its wording wanting: the
condition under the reading applied, what the facts record against what a branch supposes, and
what holds in which branch.

The State XXA, its adversary XXB, the conflict and every date are illustrative, not real-world
facts: accession in 1990, notice of denunciation received on 2024-03-01, the year expiring on
2025-03-01; the conflict ends on 2025-09-01 and the operations of release on 2025-11-01.
"""

from __future__ import annotations

from typing import Any

from builders import denunciation, war_over

from treatyrules import evaluate

WC = {"ccw_un_limb_scope": "whole_convention"}
UN_LIMB = "functions of United Nations forces"


def war(**extra: Any) -> dict[str, Any]:
    """An international armed conflict XXA is a party to, over by 2025-11-01 (illustrative)."""
    return war_over(**extra)


def denounced(
    *conflicts: dict[str, Any],
    as_of: str = "2027-06-01",
    protocol: str | None = None,
    revoked: str | None = None,
    interpretation: dict[str, str] | None = None,
    **extra: Any,
) -> Any:
    doc = denunciation("CCW", *conflicts, as_of=as_of, protocol=protocol, revoked=revoked, **extra)
    return evaluate(doc, interpretation=interpretation)


def exception(v: Any) -> str:
    (found,) = v.find("art_9__para_2__sent_2")
    return str(found.explanation)


# --- 1: under whole_convention the condition names the UN limb that keeps the State bound -----


def test_read_as_whole_convention_the_condition_of_a_state_bound_by_amended_protocol_ii_names_the_un_functions():
    # Bound by Amended Protocol II, UN presence not recorded (s3 of the review): read as
    # whole_convention, the Convention too waits for the UN functions to end -- the one part of
    # the wait the facts do not date; the conflict and the operations ended in 2025.
    v = denounced(war(), also_party_to=["CCW-APII"], interpretation=WC)
    assert UN_LIMB in v.conclusion
    assert UN_LIMB in v.withdrawal.condition


def test_read_as_whole_convention_a_deferral_while_un_functions_last_names_them_in_the_conclusion():
    # UN forces in the area, no end of their functions given (v/s3_true): deferred, and what
    # the State waits for is those functions, not the conflict and operations that ended.
    v = denounced(war(un_forces_in_area=True), also_party_to=["CCW-APII"], interpretation=WC)
    assert v.status == "withdrawal_deferred"
    assert UN_LIMB in v.conclusion
    assert UN_LIMB in v.withdrawal.condition


def test_read_as_whole_convention_a_wait_dated_by_the_un_functions_names_them():
    # The functions end on 2026-06-01 (illustrative; v/s5_apii_mid read on 2026-01-01): the
    # conclusion's wait is the one whose end the facts give as 2026-06-01.
    v = denounced(
        war(un_functions_terminated="2026-06-01"),
        as_of="2026-01-01",
        also_party_to=["CCW-APII"],
        interpretation=WC,
    )
    assert v.status == "withdrawal_deferred"
    assert UN_LIMB in v.conclusion


def test_read_by_default_the_condition_leaves_the_un_functions_to_amended_protocol_ii():
    # The default that_protocol: the Convention's wait ends on 2025-11-01; the UN limb is not
    # part of the Convention's condition.
    v = denounced(war(un_forces_in_area=True), also_party_to=["CCW-APII"], as_of="2025-06-01")
    assert v.status == "withdrawal_deferred"
    assert UN_LIMB not in (v.withdrawal.condition or "")


# --- 2: what a branch supposes is not said as recorded ---------------------------------------


def test_amended_protocol_ii_denounced_alone_with_un_presence_unrecorded_does_not_say_the_facts_record_none():
    # s7_APII: un_forces_in_area is null. The branch "if none do" supposes the absence; the
    # facts do not record it, and the finding must not say they do.
    v = denounced(war(), protocol="APII")
    text = exception(v)
    assert "The facts do not record whether United Nations forces" in text
    assert "The facts record that no United Nations forces" not in text
    assert "If none do, the wait ends on 2025-11-01" in text


def test_a_recorded_absence_of_un_forces_is_said_as_recorded():
    # un_forces_in_area false in the scenario: that the facts record it is right to say.
    v = denounced(war(un_forces_in_area=False), protocol="APII")
    assert v.withdrawal.effective_date.isoformat() == "2025-11-01"
    assert "The facts record that no United Nations forces" in exception(v)


# --- 9: no UN forces in the area: nothing keeps Amended Protocol II binding beyond the wait ---


def test_with_no_un_forces_recorded_amended_protocol_ii_membership_is_not_asked():
    # v/s2_false: un_forces_in_area false, Amended Protocol II membership not recorded. Read by
    # default, that Protocol's own wait has nothing to last for: whether the State is bound by
    # it bears on nothing, and the finding does not say it binds "until then".
    v = denounced(war(un_forces_in_area=False))
    assert v.withdrawal.effective_date.isoformat() == "2025-11-01"
    assert "also_party_to[CCW-APII]" not in [u.fact for u in v.unknowns]
    text = exception(v)
    assert "binds the State until then: the facts record" not in text
    assert "nothing keeps Amended Protocol II, if the State is bound by it, binding" in text


def test_with_no_un_forces_recorded_a_state_bound_by_amended_protocol_ii_is_released_with_the_convention():
    # v/s3_false: bound by Amended Protocol II, no UN forces: released from both on 2025-11-01.
    v = denounced(war(un_forces_in_area=False), also_party_to=["CCW-APII"])
    assert v.withdrawal.effective_date.isoformat() == "2025-11-01"
    assert "nothing keeps Amended Protocol II, which the denunciation covers too," in exception(v)


# --- 6: after a revocation, what Amended Protocol II would have done is said as conditional ---


def test_a_revocation_before_both_releases_leaves_amended_protocol_ii_binding_only_as_what_would_have_been():
    # v/s5_apii_rev_early: bound by Amended Protocol II, UN functions end on 2026-06-01, the
    # denunciation revoked on 2025-06-01 (all illustrative), before either release (VCLT Art.
    # 68): the State never left, so Amended Protocol II's release day is what would have been.
    v = denounced(
        war(un_functions_terminated="2026-06-01"),
        revoked="2025-06-01",
        also_party_to=["CCW-APII"],
    )
    assert v.status == "party"
    text = exception(v)
    assert "would have been released on 2025-11-01" in text
    assert "Amended Protocol II would have bound the State until then: on 2026-06-01" in text
    assert "Amended Protocol II binds the State" not in text


def test_without_a_revocation_amended_protocol_ii_binds_until_the_un_functions_end():
    v = denounced(war(un_functions_terminated="2026-06-01"), also_party_to=["CCW-APII"])
    assert "Amended Protocol II binds the State until then: on 2026-06-01" in exception(v)


# --- 8: the day the wait ends is said under the branch it holds in -------------------------


def rebellion() -> dict[str, Any]:
    """A non-international armed conflict of XXA's (illustrative), which the exception covers
    only for a State bound by the 2001 amendment of Article 1."""
    return {**war(), "name": "the rebellion", "parties": ["XXA"], "kind": "non_international"}


def test_a_non_international_conflict_under_an_unrecorded_2001_amendment_dates_the_release_only_if_bound():
    # s1: whether the exception covers the rebellion turns on the 2001 amendment, which the
    # facts do not record. The release on 2025-11-01 holds only if the State is bound by it.
    v = denounced(rebellion(), not_party_to=["CCW-APII"])
    text = exception(v)
    assert "if not, it takes effect on its date. If it is, the wait ends on 2025-11-01" in text
    assert "date. The wait ends on" not in text


# --- 7: two answers, each with its own day: both named, not a range nor "no day" -------------


def un_until_mid_2026() -> dict[str, Any]:
    """UN functions in the area end on 2026-06-01 (illustrative)."""
    return war(un_functions_terminated="2026-06-01")


def test_read_as_whole_convention_an_unrecorded_amended_protocol_ii_gives_two_named_release_days():
    # s11: Amended Protocol II membership not recorded. Read as whole_convention the State is
    # released on 2025-11-01 if it is not bound by that Protocol, on 2026-06-01 if it is: two
    # days, each its answer's, not any day between them.
    v = denounced(un_until_mid_2026(), interpretation=WC)
    assert v.status == "withdrawn"
    assert "on 2025-11-01 or on 2026-06-01, as facts not given decide" in v.conclusion
    assert "between 2025-11-01 and 2026-06-01" not in v.conclusion


def test_read_by_default_the_other_reading_is_not_said_to_have_no_day_of_release():
    # The same facts read by default: whole_convention, the other reading, fixes a day under
    # each answer; it is not "with no day of release that the facts fix".
    v = denounced(un_until_mid_2026())
    assert "with no day of release that the facts fix" not in v.conclusion
    assert "whole_convention: withdrawn, with a day of release that turns on facts" in v.conclusion


def test_where_every_answer_has_taken_effect_the_reason_asks_when_not_whether():
    # s11 read as whole_convention on 2027-06-01: released under either answer, so only the day
    # turns on the facts not given.
    v = denounced(un_until_mid_2026(), interpretation=WC)
    (summary,) = v.find("art_9")
    assert summary.explanation.startswith("When the denunciation received on 2024-03-01")


# --- 3: a revocation after the earliest day an undated wait can end may come too late --------


def test_a_revocation_while_the_end_of_the_operations_is_unrecorded_leaves_party_or_withdrawn_open():
    # v/s9_opsunk: the conflict ends on 2025-09-01, the operations' end is not recorded, and the
    # State revokes on 2025-12-01 (illustrative). The operations may have ended before that day
    # (then the denunciation had taken effect and the revocation came too late, VCLT Art. 68)
    # or after it (then it never takes effect). Neither is assumed.
    conflict = {
        k: v
        for k, v in war().items()
        if k not in ("release_and_repatriation_completed", "re_establishment_completed")
    }
    v = denounced(conflict, revoked="2025-12-01", not_party_to=["CCW-APII"])
    assert v.status == "indeterminate"
    assert set(v.possible_statuses) == {"party", "withdrawn"}
    decisive = {u.fact for u in v.unknowns if u.decisive}
    assert "conflicts[0].re_establishment_completed" in decisive
    (vclt,) = v.find("vclt:art_68")
    assert vclt.outcome == "unknown"
    (saving,) = v.find("art_9__para_5")
    assert saving.outcome == "unknown"


def test_a_revocation_before_the_earliest_end_of_an_undated_wait_comes_first_for_certain():
    # Revoked on 2025-08-01, before the conflict itself ends (2025-09-01): whatever the
    # operations' end, the wait had not ended, and the State stays a party.
    conflict = {
        k: v
        for k, v in war().items()
        if k not in ("release_and_repatriation_completed", "re_establishment_completed")
    }
    v = denounced(conflict, revoked="2025-08-01", not_party_to=["CCW-APII"])
    assert v.status == "party"


def test_a_war_the_state_fought_that_ended_before_expiry_is_said_to_have_ended_not_unrecorded():
    # Illustrative dates. AP I Art. 99(1): the State was a party to an international armed
    # conflict that ended on 2025-01-01, before its year expired on 2025-03-01: nothing defers
    # the denunciation, because that war was over, not because the State was not in it.
    from treatyrules import evaluate

    doc = {
        "treaty": "AP1",
        "state": "XXA",
        "as_of": "2027-06-01",
        "events": [
            {"kind": "accession", "date": "1990-01-10"},
            {"kind": "withdrawal", "date": "2024-03-01", "notified": ["depositary"]},
        ],
        "conflicts": [
            {
                "name": "the war",
                "parties": ["XXA", "XXB"],
                "kind": "international",
                "start": "2023-06-01",
                "end": "2025-01-01",
            }
        ],
    }
    v = evaluate(doc)
    assert str(v.withdrawal.effective_date) == "2025-03-01"
    (f,) = v.find("art_99__para_1__sent_2")
    assert f.explanation.startswith(
        "When the notice period expires, on 2025-03-01, the armed conflict the State was involved"
        " in had ended (the international armed conflict 'the war' (from 2023-06-01, until"
        " 2025-01-01)): on the facts given nothing defers the denunciation."
    )
    assert "does not record the State as a party" not in f.explanation
