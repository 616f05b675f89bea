"""APMBC Art. 20 and VCLT Art. 68: whether and when a withdrawal takes effect.

Real dates come from shared/facts/apmbc.md §3b; hypothetical ones say so.
"""

from __future__ import annotations

import pytest
from builders import ALL_NOTIFIED, RUSSIA_UKRAINE_WAR, d, ev, scenario, war

from treatyrules import Truth, evaluate

# --- Art. 20(3), first sentence: six months after receipt by the Depositary -----------------


@pytest.mark.parametrize(
    ("state", "events", "received", "effective"),
    [
        ("EST", [ev("accession", "2004-05-12")], "2025-06-27", "2025-12-27"),
        ("LVA", [ev("accession", "2005-07-01")], "2025-06-27", "2025-12-27"),
        (
            "LTU",
            [ev("signature", "1999-02-26"), ev("ratification", "2003-05-12")],
            "2025-06-27",
            "2025-12-27",
        ),
        ("FIN", [ev("accession", "2012-01-09")], "2025-07-10", "2026-01-10"),
        (
            "POL",
            [ev("signature", "1997-12-04"), ev("ratification", "2012-12-27")],
            "2025-08-20",
            "2026-02-20",
        ),
    ],
)
def test_the_2025_withdrawals_take_effect_six_months_after_receipt(
    state, events, received, effective
):
    v = evaluate(scenario(state, *events, ev("withdrawal", received), as_of="2026-03-01"))
    assert v.status == "withdrawn"
    assert v.withdrawal is not None
    assert v.withdrawal.received == d(received)
    assert v.withdrawal.notice_expires == d(effective)
    assert v.withdrawal.effective_date == d(effective)
    assert v.withdrawal.outcome == "effective"
    assert v.withdrawal.condition is None


def test_a_state_is_still_a_party_bound_by_everything_while_its_notice_runs(poland):
    v = evaluate(poland, as_of="2025-12-01")
    assert v.status == "withdrawal_pending"
    assert v.withdrawal.outcome == "pending"
    assert v.withdrawal.effective_date == d("2026-02-20")
    assert (
        "provided the State is not engaged in an armed conflict on 2026-02-20"
        in v.withdrawal.condition
    )
    assert "still a party" in v.conclusion and "bound by all its obligations" in v.conclusion
    assert "takes effect on 2026-02-20, provided the State is not engaged" in v.conclusion


def test_the_day_before_the_effective_date_the_state_is_still_a_party(poland):
    assert evaluate(poland, as_of="2026-02-19").status == "withdrawal_pending"
    assert evaluate(poland, as_of="2026-02-20").status == "withdrawn"


def test_the_clock_runs_from_receipt_not_from_the_date_the_instrument_was_signed():
    v = evaluate(
        scenario(
            "POL",
            ev("signature", "1997-12-04"),
            ev("ratification", "2012-12-27"),
            ev("withdrawal", "2025-08-20", instrument_signed="2025-08-05"),
            as_of="2026-03-01",
        )
    )
    assert v.withdrawal.effective_date == d("2026-02-20")


def test_before_the_depositary_receives_anything_there_is_no_withdrawal(poland):
    v = evaluate(poland, as_of="2025-08-19")
    assert v.status == "party"
    assert v.withdrawal is None


# --- Art. 20(3), second sentence: the armed-conflict exception ------------------------------


def test_a_war_between_other_states_does_not_defer_polands_withdrawal(poland):
    v = evaluate(poland, as_of="2026-03-01")
    assert v.status == "withdrawn"
    deferral = v.find("art_20__para_3__sent_2")[0]
    assert deferral.outcome is Truth.FAILS
    assert v.find("art_20__para_3__sent_1")[0].defeated_by is None


def hypothetical_ukraine(*extra, conflicts=None, as_of="2026-03-01"):
    # Illustrative: Ukraine sent a suspension claim, not an Art. 20 instrument (facts §3b).
    return scenario(
        "UKR",
        ev("signature", "1999-02-24"),
        ev("ratification", "2005-12-27"),
        ev("withdrawal", "2025-07-18", notified=ALL_NOTIFIED, reasons_given=True),
        *extra,
        conflicts=[RUSSIA_UKRAINE_WAR] if conflicts is None else conflicts,
        as_of=as_of,
    )


def test_withdrawal_deferred_while_engaged_in_armed_conflict_at_expiry():
    v = evaluate(hypothetical_ukraine())
    assert v.status == "withdrawal_deferred"
    w = v.withdrawal
    assert w.outcome == "deferred"
    assert w.notice_expires == d("2026-01-18")
    assert w.effective_date is None
    assert "Russia-Ukraine war" in w.condition and "ends" in w.condition
    assert w.deferred_by == ("Russia-Ukraine war",)
    first, second = v.find("art_20__para_3__sent_1")[0], v.find("art_20__para_3__sent_2")[0]
    assert second.outcome is Truth.HOLDS
    assert first.defeated_by == "art_20__para_3__sent_2"
    assert "would take effect" in first.explanation


def test_the_notice_may_be_given_during_a_war_only_its_effect_waits():
    v = evaluate(hypothetical_ukraine())
    right = v.find("art_20__para_2__sent_1")[0]
    assert right.outcome is Truth.HOLDS
    assert (
        "engaged in an armed conflict when it gives notice, which the treaty does not"
        in right.explanation
    )
    assert "only its effect waits" in v.conclusion


def test_withdrawal_takes_effect_the_day_the_war_ends():
    ended = dict(RUSSIA_UKRAINE_WAR, end="2027-03-01")  # illustrative end date
    v = evaluate(hypothetical_ukraine(conflicts=[ended], as_of="2027-06-01"))
    assert v.status == "withdrawn"
    assert v.withdrawal.effective_date == d("2027-03-01")
    assert evaluate(hypothetical_ukraine(conflicts=[ended], as_of="2027-02-28")).status == (
        "withdrawal_deferred"
    )


def test_a_known_future_end_of_the_war_fixes_the_effective_date_while_still_deferred():
    ended = dict(RUSSIA_UKRAINE_WAR, end="2027-03-01")
    v = evaluate(hypothetical_ukraine(conflicts=[ended], as_of="2026-03-01"))
    assert v.withdrawal.outcome == "deferred"
    assert v.withdrawal.effective_date == d("2027-03-01")
    assert "ends on 2027-03-01" in v.withdrawal.condition


def test_with_several_conflicts_at_expiry_the_withdrawal_waits_for_the_last_to_end():
    conflicts = [
        war("XXA", "2024-01-01", "2026-06-01", name="A"),
        war("XXA", "2025-01-01", "2027-01-01", name="B"),
    ]
    v = evaluate(
        scenario(
            "XXA",
            ev("accession", "2010-01-05"),
            ev("withdrawal", "2025-03-01"),
            conflicts=conflicts,
            as_of="2030-01-01",
        )
    )
    assert v.withdrawal.effective_date == d("2027-01-01")
    assert set(v.withdrawal.deferred_by) == {"A", "B"}


def test_a_conflict_that_starts_after_expiry_does_not_defer():
    conflicts = [war("XXA", "2025-09-02")]
    v = evaluate(
        scenario(
            "XXA",
            ev("accession", "2010-01-05"),
            ev("withdrawal", "2025-03-01"),
            conflicts=conflicts,
            as_of="2026-01-01",
        )
    )
    assert v.status == "withdrawn"
    assert v.withdrawal.effective_date == d("2025-09-01")


def test_a_conflict_ending_on_the_expiry_day_no_longer_engages_the_state():
    # end is the first day without conflict: [start, end) does not contain the expiry day.
    conflicts = [war("XXA", "2024-01-01", "2025-09-01")]
    v = evaluate(
        scenario(
            "XXA",
            ev("accession", "2010-01-05"),
            ev("withdrawal", "2025-03-01"),
            conflicts=conflicts,
            as_of="2026-01-01",
        )
    )
    assert v.withdrawal.effective_date == d("2025-09-01")
    assert v.find("art_20__para_3__sent_2")[0].outcome is Truth.FAILS


def test_a_conflict_that_starts_on_the_expiry_day_engages_the_state():
    conflicts = [war("XXA", "2025-09-01", "2025-10-15")]
    v = evaluate(
        scenario(
            "XXA",
            ev("accession", "2010-01-05"),
            ev("withdrawal", "2025-03-01"),
            conflicts=conflicts,
            as_of="2026-01-01",
        )
    )
    assert v.withdrawal.effective_date == d("2025-10-15")


def test_a_conflict_during_the_notice_that_is_over_by_expiry_does_not_defer():
    conflicts = [war("XXA", "2025-04-01", "2025-06-01")]
    v = evaluate(
        scenario(
            "XXA",
            ev("accession", "2010-01-05"),
            ev("withdrawal", "2025-03-01"),
            conflicts=conflicts,
            as_of="2026-01-01",
        )
    )
    assert v.withdrawal.effective_date == d("2025-09-01")


def test_an_occupation_without_hostilities_is_not_an_armed_conflict_the_state_is_engaged_in():
    occupation = war("XXA", "2020-01-01")
    occupation["kind"] = "occupation"
    v = evaluate(
        scenario(
            "XXA",
            ev("accession", "2010-01-05"),
            ev("withdrawal", "2025-03-01"),
            conflicts=[occupation],
            as_of="2026-01-01",
        )
    )
    assert v.status == "withdrawn"


# --- Art. 20(2): the right and its formal requirements ----------------------------------------


def test_formal_requirements_met_hold():
    v = evaluate(hypothetical_ukraine())
    assert v.find("art_20__para_2__sent_2")[0].outcome is Truth.HOLDS
    assert v.find("art_20__para_2__sent_3")[0].outcome is Truth.HOLDS
    assert not [u for u in v.unknowns if u.affects.startswith("art_20")]


def test_a_missing_notice_to_the_security_council_fails_but_does_not_change_the_date():
    v = evaluate(
        scenario(
            "XXA",
            ev("accession", "2010-01-05"),
            ev(
                "withdrawal",
                "2025-03-01",
                notified=["depositary", "states_parties"],
                reasons_given=False,
            ),
            as_of="2026-01-01",
        )
    )
    notice = v.find("art_20__para_2__sent_2")[0]
    reasons = v.find("art_20__para_2__sent_3")[0]
    assert notice.outcome is Truth.FAILS and notice.severity == "warning"
    assert "Security Council: NOT given" in notice.explanation
    assert reasons.outcome is Truth.FAILS
    assert v.withdrawal.effective_date == d("2025-09-01")
    assert v.interpretations["defective_notice"] == "timing_unaffected"


def test_unknown_recipients_and_reasons_are_listed_as_unknowns_not_decisive():
    v = evaluate(
        scenario(
            "XXA", ev("accession", "2010-01-05"), ev("withdrawal", "2025-03-01"), as_of="2026-01-01"
        )
    )
    assert v.find("art_20__para_2__sent_2")[0].outcome is Truth.UNKNOWN
    facts = {(u.fact, u.affects, u.decisive) for u in v.unknowns if u.affects.startswith("art_20")}
    assert facts == {
        ("events[1].notified", "art_20__para_2__sent_2", False),
        ("events[1].reasons_given", "art_20__para_2__sent_3", False),
    }


def test_an_instrument_received_before_entry_into_force_is_not_an_article_20_withdrawal():
    v = evaluate(
        scenario(
            "XXA", ev("accession", "2025-03-10"), ev("withdrawal", "2025-05-01"), as_of="2025-06-01"
        )
    )
    assert v.status == "contracting"
    assert v.withdrawal.outcome == "not_applicable"
    assert v.withdrawal.notice_expires is None and v.withdrawal.effective_date is None
    assert v.interpretations["premature_withdrawal"] == "no_effect"
    # Under the default reading the State becomes a party on entry into force all the same.
    later = evaluate(
        scenario(
            "XXA", ev("accession", "2025-03-10"), ev("withdrawal", "2025-05-01"), as_of="2025-10-01"
        )
    )
    assert later.status == "party"
    assert later.entry_into_force == d("2025-09-01")


def test_a_premature_instrument_read_as_withdrawal_of_consent_stops_entry_into_force():
    s = scenario(
        "XXA", ev("accession", "2025-03-10"), ev("withdrawal", "2025-05-01"), as_of="2025-10-01"
    )
    v = evaluate(s, interpretation={"premature_withdrawal": "withdrawal_of_consent"})
    assert v.status == "non_party"
    assert v.withdrawal.outcome == "not_applicable"


def test_a_premature_instrument_then_a_proper_one_the_proper_one_decides():
    v = evaluate(
        scenario(
            "XXA",
            ev("accession", "2025-03-10"),
            ev("withdrawal", "2025-05-01"),
            ev("withdrawal", "2026-01-15"),
            as_of="2026-08-01",
        )
    )
    assert v.status == "withdrawn"
    assert v.withdrawal.received == d("2026-01-15")
    assert v.withdrawal.effective_date == d("2026-07-15")
    assert [f.outcome for f in v.find("art_20")] == [Truth.NOT_APPLICABLE, Truth.HOLDS]


def test_a_signatory_cannot_withdraw_under_article_20():
    v = evaluate(
        scenario(
            "XXA", ev("signature", "1997-12-03"), ev("withdrawal", "2005-01-01"), as_of="2006-01-01"
        )
    )
    assert v.status == "signatory"
    assert v.withdrawal.outcome == "not_applicable"


def test_a_second_instrument_while_the_first_runs_adds_nothing():
    v = evaluate(
        scenario(
            "XXA",
            ev("accession", "2010-01-05"),
            ev("withdrawal", "2025-03-01"),
            ev("withdrawal", "2025-05-01"),
            as_of="2025-10-01",
        )
    )
    assert v.status == "withdrawn"
    assert v.withdrawal.received == d("2025-03-01")
    assert v.withdrawal.effective_date == d("2025-09-01")
    assert any("adds nothing" in f.explanation for f in v.find("art_20__para_2__sent_1"))


# --- VCLT Art. 68: revocation ------------------------------------------------------------------


def test_revocation_during_the_deferral_keeps_the_state_a_party():
    v = evaluate(hypothetical_ukraine(ev("revocation", "2026-06-01"), as_of="2026-07-01"))
    assert v.status == "party"
    assert v.withdrawal.outcome == "revoked"
    assert v.withdrawal.revoked_on == d("2026-06-01")
    assert v.withdrawal.effective_date is None
    assert v.find("vclt:art_68")[0].outcome is Truth.HOLDS


def test_a_revocation_received_after_the_assessment_date_leaves_the_notice_running_with_no_date():
    v = evaluate(
        scenario(
            "XXA",
            ev("accession", "2010-01-05"),
            ev("withdrawal", "2025-03-01"),
            ev("revocation", "2025-07-01"),
            as_of="2025-05-01",
        )
    )
    assert v.status == "withdrawal_pending"
    assert v.withdrawal.outcome == "pending"
    assert v.withdrawal.effective_date is None
    assert "revokes" in v.withdrawal.condition


def test_a_revocation_after_the_withdrawal_took_effect_changes_nothing():
    v = evaluate(
        scenario(
            "XXA",
            ev("accession", "2010-01-05"),
            ev("withdrawal", "2025-03-01"),
            ev("revocation", "2025-10-01"),
            as_of="2025-12-01",
        )
    )
    assert v.status == "withdrawn"
    assert v.withdrawal.outcome == "effective"
    assert v.withdrawal.effective_date == d("2025-09-01")
    revocation = v.find("vclt:art_68")[0]
    assert revocation.outcome is Truth.FAILS
    assert "changes nothing" in revocation.explanation


def test_a_revocation_on_the_effective_day_is_too_late():
    v = evaluate(
        scenario(
            "XXA",
            ev("accession", "2010-01-05"),
            ev("withdrawal", "2025-03-01"),
            ev("revocation", "2025-09-01"),
            as_of="2025-12-01",
        )
    )
    assert v.status == "withdrawn"
    assert "comes on the very day the withdrawal takes effect (2025-09-01): too late" in (
        v.find("vclt:art_68")[0].explanation
    )


def test_revoked_then_renewed_the_new_notice_runs_from_its_own_receipt():
    v = evaluate(
        scenario(
            "XXA",
            ev("accession", "2010-01-05"),
            ev("withdrawal", "2025-03-01"),
            ev("revocation", "2025-05-01"),
            ev("withdrawal", "2025-11-30"),
            as_of="2026-06-01",
        )
    )
    assert v.status == "withdrawn"
    assert v.withdrawal.received == d("2025-11-30")
    assert v.withdrawal.effective_date == d("2026-05-30")


def test_rejoining_after_a_withdrawal_took_effect_is_a_new_accession():
    v = evaluate(
        scenario(
            "XXA",
            ev("accession", "2010-01-05"),
            ev("withdrawal", "2025-03-01"),
            ev("accession", "2027-02-10"),
            as_of="2027-09-01",
        )
    )
    assert v.status == "party"
    assert v.entry_into_force == d("2027-08-01")
    assert (
        evaluate(
            scenario(
                "XXA",
                ev("accession", "2010-01-05"),
                ev("withdrawal", "2025-03-01"),
                ev("accession", "2027-02-10"),
                as_of="2027-03-01",
            )
        ).status
        == "contracting"
    )


# --- month_end: a notice received on 31 August ------------------------------------------------


def test_a_notice_received_on_31_august_ends_on_the_last_day_of_february_by_default():
    s = scenario(
        "XXA", ev("accession", "2010-03-15"), ev("withdrawal", "2025-08-31"), as_of="2026-03-15"
    )
    v = evaluate(s)
    assert v.withdrawal.effective_date == d("2026-02-28")
    assert v.interpretations["month_end"] == "clamp"
    assert "no day 31" in v.find("art_20__para_3__sent_1")[0].explanation


def test_a_notice_received_on_31_august_rolls_forward_to_1_march_when_so_interpreted():
    s = scenario(
        "XXA", ev("accession", "2010-03-15"), ev("withdrawal", "2025-08-31"), as_of="2026-03-15"
    )
    v = evaluate(s, interpretation={"month_end": "roll_forward"})
    assert v.withdrawal.effective_date == d("2026-03-01")
    assert v.interpretations["month_end"] == "roll_forward"


def test_a_leap_year_february_keeps_the_29th():
    v = evaluate(
        scenario(
            "XXA", ev("accession", "2010-03-15"), ev("withdrawal", "2027-08-31"), as_of="2028-03-15"
        )
    )
    assert v.withdrawal.effective_date == d("2028-02-29")


# --- Art. 20(1) and (4) -------------------------------------------------------------------------


def test_unlimited_duration_and_continuing_law_are_stated_in_every_withdrawal(poland):
    v = evaluate(poland, as_of="2026-03-01")
    assert v.find("art_20__para_1")[0].outcome is Truth.HOLDS
    assert "relevant rules of international law" in v.find("art_20__para_4")[0].explanation


def test_a_date_named_by_the_state_does_not_move_the_effect_under_the_apmbc():
    v = evaluate(
        scenario(
            "XXA",
            ev("accession", "2010-01-05"),
            ev("withdrawal", "2025-03-01", takes_effect_on="2026-01-01"),
            as_of="2025-10-01",
        )
    )
    assert v.withdrawal.effective_date == d("2025-09-01")
    period = v.find("art_20__para_3__sent_1")[0]
    assert period.severity == "warning"
    assert "names 2026-01-01" in period.explanation


def test_the_signature_date_of_the_instrument_is_noted_but_does_not_count():
    v = evaluate(
        scenario(
            "POL",
            ev("signature", "1997-12-04"),
            ev("ratification", "2012-12-27"),
            ev("withdrawal", "2025-08-20", instrument_signed="2025-08-05"),
            as_of="2026-03-01",
        )
    )
    assert "signed on 2025-08-05" in v.find("art_20__para_3__sent_1")[0].explanation


def test_a_protocol_cannot_be_denounced_separately_from_the_apmbc():
    from treatyrules import InputError

    with pytest.raises(InputError) as info:
        evaluate(
            scenario(
                "XXA", ev("accession", "2010-01-05"), ev("withdrawal", "2025-03-01", protocol="II")
            )
        )
    assert info.value.path == "events[1].protocol"
