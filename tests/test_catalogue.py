"""The treaty catalogue: sibling treaties declared on the same building blocks, checked against
the real cases and test vectors of shared/facts/sibling-treaties.md and
docs/sources/sibling-treaties-verification.md."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from builders import ev, war
from hypothesis import given, settings
from hypothesis import strategies as st

from treatyrules import InputError, Truth, evaluate, treaties
from treatyrules.core.citation import parse_eid
from treatyrules.strategies import scenarios
from treatyrules.treaty import Treaty


def doc(treaty, state, *events, conflicts=None, as_of=None, **more):
    out = {"treaty": treaty, "state": state, "events": list(events), **more}
    if conflicts is not None:
        out["conflicts"] = conflicts
    if as_of is not None:
        out["as_of"] = as_of
    return out


def d(text):
    return date.fromisoformat(text)


def test_every_id_the_project_uses_is_modelled():
    assert set(treaties.MODELLED) == set(treaties.KNOWN)
    for t in treaties.all():
        assert isinstance(t, Treaty)
        for rule in t.rules:
            parse_eid(rule.eid)
            assert (
                rule.paraphrase
                and rule.source
                and rule.citation.startswith((t.label, "VCLT", "VCSST", "ARSIWA", "ILC 2011 draft"))
            )


def test_roman_numbered_treaties_are_cited_in_roman_numerals():
    npt = treaties.get("NPT")
    assert npt.withdrawal.notice.citation == "NPT Art. X(1), second sentence"
    assert treaties.get("OST").withdrawal.period.citation == "OST Art. XVI, second sentence"


# --- Rome Statute (Art. 127): real withdrawals and revocations --------------------------------
# Consent dates are illustrative except where the test says otherwise; the withdrawal dates are
# the depositary's.


@pytest.mark.parametrize(
    ("state", "received", "effective"),
    [
        ("BDI", "2016-10-27", "2017-10-27"),
        ("PHL", "2018-03-17", "2019-03-17"),
        ("HUN", "2025-06-02", "2026-06-02"),
    ],
)
def test_rome_statute_withdrawals_take_effect_one_year_after_receipt(state, received, effective):
    v = evaluate(
        doc(
            "ICC",
            state,
            ev("ratification", "2003-01-15"),
            ev("withdrawal", received),
            as_of="2026-12-31",
        )
    )
    assert v.status == "withdrawn"
    assert v.withdrawal.effective_date == d(effective)


def test_the_philippines_withdrawal_takes_effect_on_a_sunday_with_no_roll():
    assert d("2019-03-17").weekday() == 6
    v = evaluate(
        doc(
            "ICC",
            "PHL",
            ev("ratification", "2011-08-30"),
            ev("withdrawal", "2018-03-17"),
            as_of="2019-03-17",
        )
    )
    assert v.withdrawal.effective_date == d("2019-03-17")
    assert v.entry_into_force == d("2011-11-01")  # 30 Aug + 60 days -> 29 Oct -> 1 November


@pytest.mark.parametrize(
    ("state", "received", "revoked"),
    [
        ("GMB", "2016-11-10", "2017-02-10"),
        ("ZAF", "2016-10-19", "2017-03-07"),
    ],  # South Africa's receipt date is UNVERIFIED (Reuters)
)
def test_rome_statute_withdrawals_revoked_before_effect_never_took_effect(state, received, revoked):
    v = evaluate(
        doc(
            "ICC",
            state,
            ev("ratification", "2002-06-28"),
            ev("withdrawal", received),
            ev("revocation", revoked),
            as_of="2018-01-01",
        )
    )
    assert v.status == "party"
    assert v.withdrawal.outcome == "revoked"


def test_a_later_date_named_in_a_rome_statute_notification_is_honoured():
    v = evaluate(
        doc(
            "ICC",
            "XXA",
            ev("accession", "2005-01-10"),
            ev("withdrawal", "2025-01-10", takes_effect_on="2026-06-30"),
            as_of="2026-07-01",
        )
    )
    assert v.withdrawal.effective_date == d("2026-06-30")
    assert "later date the State names" in v.find("art_127__para_1__sent_2")[0].explanation


@pytest.mark.parametrize(
    ("deposit", "eif"),
    [("2002-04-11", "2002-07-01"), ("2013-02-15", "2013-05-01"), ("1999-02-01", "2002-07-01")],
)
def test_rome_statute_entry_into_force(deposit, eif):
    # Côte d'Ivoire deposited on 15 February 2013 and was bound from 1 May 2013.
    v = evaluate(doc("ICC", "XXA", ev("ratification", deposit), as_of="2020-01-01"))
    assert v.entry_into_force == d(eif)


# --- Convention on Cluster Munitions: Lithuania -----------------------------------------------


def test_lithuania_left_the_cluster_munitions_convention_on_6_march_2025():
    v = evaluate(
        doc(
            "CCM",
            "LTU",
            ev("signature", "2008-12-03"),
            ev("ratification", "2011-03-24"),
            ev("withdrawal", "2024-09-06"),
            as_of="2025-03-06",
        )
    )
    assert v.entry_into_force == d("2011-09-01")
    assert v.status == "withdrawn"
    assert v.withdrawal.effective_date == d("2025-03-06")


def test_a_note_to_the_implementation_support_unit_does_not_start_the_clock():
    # Lithuania's note of 26 July 2024 went to UNOG and the ISU; only the Depositary's
    # receipt (6 September 2024) counts, so the scenario records that date alone.
    v = evaluate(
        doc(
            "CCM",
            "LTU",
            ev("ratification", "2011-03-24"),
            ev("withdrawal", "2024-09-06"),
            as_of="2025-02-01",
        )
    )
    assert v.status == "withdrawal_pending"


@pytest.mark.parametrize(
    ("deposit", "eif"), [("2012-07-17", "2013-01-01"), ("2010-02-16", "2010-08-01")]
)
def test_cluster_munitions_entry_into_force(deposit, eif):
    v = evaluate(doc("CCM", "CHE", ev("ratification", deposit), as_of="2020-01-01"))
    assert v.entry_into_force == d(eif)


def test_the_cluster_munitions_convention_defers_like_the_apmbc_but_has_no_savings_clause():
    v = evaluate(
        doc(
            "CCM",
            "XXA",
            ev("accession", "2015-01-10"),
            ev("withdrawal", "2025-01-10"),
            conflicts=[war("XXA", "2024-01-01")],
            as_of="2026-01-01",
        )
    )
    assert v.status == "withdrawal_deferred"
    assert not v.find("art_20__para_4")


# --- TPNW: until the State is party to no armed conflict ---------------------------------------


def test_tpnw_entry_into_force_ninety_days_after_deposit():
    assert evaluate(
        doc("TPNW", "HND", ev("ratification", "2020-10-24"), as_of="2021-06-01")
    ).entry_into_force == d("2021-01-22")
    assert evaluate(
        doc("TPNW", "XXA", ev("accession", "2022-03-01"), as_of="2023-01-01")
    ).entry_into_force == d("2022-05-30")


@pytest.mark.parametrize(
    ("received", "conflicts", "as_of", "status", "effective"),
    [
        pytest.param(
            "2025-01-10",
            [("2024-01-01", "2026-06-01"), ("2026-03-01", "2027-03-01")],
            "2028-01-01",
            "withdrawn",
            "2027-03-01",
            id="a second war overlapping the first",
        ),
        pytest.param(
            "2026-01-15",
            [("2026-06-01", "2027-06-01"), ("2027-06-01", "2028-03-01")],
            "2027-07-01",
            "withdrawal_deferred",
            "2028-03-01",
            id="a second war starting the day the first ends",
        ),
    ],
)
def test_a_tpnw_party_at_war_stays_bound_until_it_is_party_to_no_armed_conflict(
    received, conflicts, as_of, status, effective
):
    wars = [war("XXA", start, end, name=f"war {i}") for i, (start, end) in enumerate(conflicts)]
    v = evaluate(
        doc(
            "TPNW",
            "XXA",
            ev("accession", "2021-05-01"),
            ev("withdrawal", received),
            conflicts=wars,
            as_of=as_of,
        )
    )
    assert v.status == status
    assert v.withdrawal.effective_date == d(effective)
    assert "remains bound" in v.find("art_17__para_3__sent_2")[0].explanation


# --- CCW and its Protocols -------------------------------------------------------------------------


def test_a_ccw_denunciation_during_an_occupation_waits_for_release_and_repatriation():
    occupation = dict(
        war("XXA", "2020-01-01", "2026-06-01"),
        kind="occupation",
        release_and_repatriation_completed="2026-09-01",
        re_establishment_completed="2026-07-01",
    )
    v = evaluate(
        doc(
            "CCW",
            "XXA",
            ev("accession", "1995-01-10"),
            ev("withdrawal", "2025-01-10"),
            conflicts=[occupation],
            as_of="2027-01-01",
            # Not bound by Amended Protocol II, whose UN forces the wait would await (Art. 9(3)).
            not_party_to=["CCW-APII"],
        )
    )
    assert v.withdrawal.effective_date == d("2026-09-01")


def test_an_unknown_end_of_repatriation_leaves_the_date_open():
    v = evaluate(
        doc(
            "CCW",
            "XXA",
            ev("accession", "1995-01-10"),
            ev("withdrawal", "2025-01-10"),
            conflicts=[war("XXA", "2024-01-01", "2026-06-01")],
            as_of="2027-01-01",
        )
    )
    assert v.withdrawal.effective_date is None
    assert any(u.fact == "conflicts[0].release_and_repatriation_completed" for u in v.unknowns)


def test_denouncing_one_ccw_protocol_leaves_the_convention_in_force():
    v = evaluate(
        doc(
            "CCW",
            "XXA",
            ev("accession", "1995-01-10"),
            ev("withdrawal", "2025-01-10", protocol="APII"),
            as_of="2026-06-01",
        )
    )
    assert v.status == "party"
    assert v.withdrawal.protocol == "APII"
    assert v.withdrawal.effective_date == d("2026-01-10")
    # The conclusion and the reasons say which Protocol was denounced, and that the rest binds.
    assert (
        "denunciation of Amended Protocol II, received on 2025-01-10, took effect on 2026-01-10"
    ) in v.conclusion
    assert "the Convention and its other Protocols still bind it" in v.conclusion
    assert v.find("art_9")[0].explanation.startswith("The denunciation of Amended Protocol II")
    with pytest.raises(InputError, match="has no Protocol 'IX'"):
        evaluate(
            doc(
                "CCW",
                "XXA",
                ev("accession", "1995-01-10"),
                ev("withdrawal", "2025-01-10", protocol="IX"),
            )
        )


# --- Geneva Conventions: tested when notice is given ---------------------------------------------


@pytest.mark.parametrize("gc", ["GC1", "GC2", "GC3", "GC4"])
def test_a_geneva_convention_denounced_during_a_conflict_waits_for_peace_and_repatriation(gc):
    conflict = dict(
        war("XXA", "2024-01-01", "2026-01-01"),
        peace_settlement="2026-05-01",
        release_and_repatriation_completed="2026-08-01",
        re_establishment_completed="2026-06-01",  # GC IV waits for it too (before repatriation)
    )
    v = evaluate(
        doc(
            gc,
            "XXA",
            ev("accession", "1960-01-10"),
            ev("withdrawal", "2025-01-10"),
            conflicts=[conflict],
            as_of="2027-01-01",
        )
    )
    assert v.withdrawal.effective_date == d("2026-08-01")


def test_a_conflict_that_starts_after_notice_does_not_defer_a_geneva_denunciation():
    v = evaluate(
        doc(
            "GC3",
            "XXA",
            ev("accession", "1960-01-10"),
            ev("withdrawal", "2025-01-10"),
            conflicts=[war("XXA", "2025-06-01")],
            as_of="2026-03-01",
        )
    )
    assert v.status == "withdrawn"
    assert v.withdrawal.effective_date == d("2026-01-10")


def test_a_party_to_a_conflict_is_bound_by_the_geneva_conventions_from_its_deposit():
    v = evaluate(
        doc(
            "GC4",
            "XXA",
            ev("accession", "2000-03-01"),
            conflicts=[war("XXA", "1999-01-01")],
            as_of="2000-03-02",
        )
    )
    assert v.entry_into_force == d("2000-03-01")
    assert v.status == "party"
    assert evaluate(
        doc("GC4", "XXA", ev("accession", "2000-03-01"), as_of="2000-03-02")
    ).entry_into_force == d("2000-09-01")


def test_the_geneva_conventions_entered_into_force_on_21_october_1950():
    assert evaluate(
        doc(
            "GC1",
            "CHE",
            ev("signature", "1949-08-12"),
            ev("ratification", "1950-03-31"),
            as_of="1951-01-01",
        )
    ).entry_into_force == d("1950-10-21")


# --- Additional Protocols: their Art. 1 situations -------------------------------------------------


def test_additional_protocol_i_counts_occupation_and_international_conflicts_only():
    niac = dict(war("XXA", "2024-01-01", "2026-01-01"), kind="non_international")
    v = evaluate(
        doc(
            "AP1",
            "XXA",
            ev("accession", "1990-01-10"),
            ev("withdrawal", "2025-01-10"),
            conflicts=[niac],
            as_of="2026-03-01",
        )
    )
    assert v.withdrawal.effective_date == d("2026-01-10")


def test_additional_protocol_ii_counts_non_international_conflicts_only():
    niac = dict(war("XXA", "2024-01-01", "2026-01-01"), kind="non_international")
    iac = war("XXA", "2024-01-01", "2026-01-01")
    assert evaluate(
        doc(
            "AP2",
            "XXA",
            ev("accession", "1990-01-10"),
            ev("withdrawal", "2025-01-10"),
            conflicts=[niac],
            as_of="2026-03-01",
        )
    ).withdrawal.effective_date == d("2026-01-01")
    assert evaluate(
        doc(
            "AP2",
            "XXA",
            ev("accession", "1990-01-10"),
            ev("withdrawal", "2025-01-10"),
            conflicts=[iac],
            as_of="2026-03-01",
        )
    ).withdrawal.effective_date == d("2025-07-10")


# --- NPT, BWC, CWC, CTBT: notice "in advance" ------------------------------------------------------


def dprk(*extra, as_of="2003-05-01"):
    # DPRK's accession date is illustrative; the notices are those of facts §3.1. That the 1993
    # notice reached the other Parties and the Council on 12 March is taken, not recorded: the
    # sources give its announcement and its expected effect three months later, on 12 June.
    return doc(
        "NPT",
        "PRK",
        ev("accession", "1985-12-12"),
        ev("withdrawal", "1993-03-12", notified=["states_parties", "security_council"]),
        ev("revocation", "1993-06-11"),
        *extra,
        as_of=as_of,
    )


def test_the_dprk_1993_npt_notice_was_suspended_a_day_before_it_took_effect():
    v = evaluate(dprk(as_of="1993-07-01"))
    assert v.status == "party"
    assert v.withdrawal.outcome == "revoked"
    assert v.withdrawal.notice_expires == d("1993-06-12")


def test_the_dprk_2003_notice_and_its_disputed_timing():
    v = evaluate(
        dprk(
            ev(
                "withdrawal",
                "2003-01-10",
                notified=["states_parties", "security_council"],
                reasons_given=True,
            )
        )
    )
    assert v.withdrawal.effective_date == d("2003-04-10")  # the prevailing view
    assert v.interpretations["suspended_notice"] == "restarts"
    notice = ev("withdrawal", "2003-01-10", notified=["states_parties", "security_council"])
    claimed = evaluate(dprk(notice), interpretation={"suspended_notice": "resumes"})
    assert claimed.withdrawal.effective_date == d("2003-01-11")  # the DPRK's own view
    # With the recipients not given (Japan said it had no official notification, facts §3.1),
    # the last receipt, from which the period runs by default, is unknown: no day is asserted.
    open_ = evaluate(dprk(ev("withdrawal", "2003-01-10")))
    assert open_.status == "indeterminate" and open_.withdrawal.effective_date is None


def test_notice_in_advance_received_on_different_days_runs_from_the_last_receipt_by_default():
    # Illustrative per-recipient dates.
    notices = {"security_council": "2030-01-10", "states_parties": "2030-02-20"}
    s = doc(
        "NPT",
        "XXA",
        ev("accession", "2000-01-10"),
        ev("withdrawal", "2030-01-10", notices=notices),
        as_of="2030-12-31",
    )
    assert evaluate(s).withdrawal.effective_date == d("2030-05-20")
    first = evaluate(s, interpretation={"advance_notice_start": "first_receipt"})
    assert first.withdrawal.effective_date == d("2030-04-10")


def test_the_cwc_counts_ninety_days_and_enters_into_force_on_the_thirtieth_day():
    v = evaluate(
        doc(
            "CWC",
            "XXA",
            ev("accession", "2010-01-10"),
            ev(
                "withdrawal",
                "2025-01-10",
                notified=["states_parties", "executive_council", "security_council"],
            ),
            as_of="2025-06-01",
        )
    )
    assert v.entry_into_force == d("2010-02-09")
    assert v.withdrawal.effective_date == d("2025-04-10")
    assert evaluate(
        doc("CWC", "HUN", ev("ratification", "1996-10-31"), as_of="1998-01-01")
    ).entry_into_force == d("1997-04-29")


def test_treaties_without_a_conflict_clause_are_never_deferred_by_war():
    for treaty in ("NPT", "BWC", "CWC", "ATT", "ICC", "OST"):
        # Every recipient notified on the day: notice "in advance" to recipients not given
        # would leave the day of effect open (the last receipt), whatever the war.
        notified = [r for r in treaties.get(treaty).words.recipients if r != "depositary"]
        v = evaluate(
            doc(
                treaty,
                "XXA",
                ev("accession", "2015-01-10"),
                ev("withdrawal", "2025-01-10", notified=notified),
                conflicts=[war("XXA", "2024-01-01")],
                as_of="2027-01-01",
            )
        )
        assert v.status == "withdrawn", treaty


def test_the_ctbt_is_not_in_force_so_a_ratifying_state_is_not_a_party_and_cannot_withdraw():
    # Russia's 2023 "de-ratification" was not an Art. IX withdrawal (facts §3.5); illustrative dates.
    v = evaluate(
        doc(
            "CTBT",
            "RUS",
            ev("signature", "1996-09-24"),
            ev("ratification", "2000-06-30"),
            ev("withdrawal", "2023-11-02"),
            as_of="2024-01-01",
        )
    )
    assert v.status == "contracting"
    assert v.entry_into_force is None
    assert v.withdrawal.outcome == "not_applicable"
    assert "not in force" in v.conclusion


# --- ATT and the Outer Space Treaty ------------------------------------------------------------------


def test_the_att_allows_a_later_date_and_makes_reasons_optional():
    v = evaluate(
        doc(
            "ATT",
            "XXA",
            ev("accession", "2016-01-10"),
            ev("withdrawal", "2025-01-10", reasons_given=False, notified=["depositary"]),
            as_of="2025-06-01",
        )
    )
    assert v.withdrawal.effective_date == d("2025-04-10")
    assert v.find("art_24__para_2__sent_3")[0].outcome is Truth.NOT_APPLICABLE
    assert "defective_notice" not in v.interpretations


def test_outer_space_treaty_notice_is_possible_only_from_10_october_1968():
    early = evaluate(
        doc(
            "OST",
            "XXA",
            ev("ratification", "1967-10-10"),
            ev("withdrawal", "1968-05-01"),
            as_of="1970-01-01",
        )
    )
    assert early.status == "party"
    assert early.find("art_16__sent_1")[0].outcome is Truth.FAILS
    later = evaluate(
        doc(
            "OST",
            "XXA",
            ev("ratification", "1967-10-10"),
            ev("withdrawal", "1969-05-01"),
            as_of="1970-06-01",
        )
    )
    assert later.withdrawal.effective_date == d("1970-05-01")


# --- properties across every treaty -----------------------------------------------------------------

ALL = sorted(treaties.KNOWN)


@settings(max_examples=200)
@given(st.sampled_from(ALL).flatmap(lambda t: scenarios(treaty=t, withdrawal=True)))
def test_no_withdrawal_takes_effect_before_its_notice_period_ends(s):
    v = evaluate(s)
    w = v.withdrawal
    period = treaties.get(s.treaty).withdrawal.period
    if w is not None and w.effective_date is not None:
        assert w.notice_expires is not None
        assert w.effective_date >= w.notice_expires
        minimum = w.received + timedelta(days=period.days) if period.days else None
        if minimum is not None:
            assert w.notice_expires >= minimum


@settings(max_examples=200)
@given(
    st.sampled_from(["NPT", "BWC", "CWC", "ATT", "ICC", "OST", "CTBT"]).flatmap(
        lambda t: scenarios(treaty=t, withdrawal=True)
    )
)
def test_a_treaty_without_a_conflict_clause_is_never_deferred(s):
    v = evaluate(s)
    assert v.status != "withdrawal_deferred"
    assert v.withdrawal is None or v.withdrawal.deferred_by == ()


@settings(max_examples=200)
@given(st.sampled_from(ALL).flatmap(lambda t: scenarios(treaty=t, max_conflicts=2)))
def test_entry_into_force_never_precedes_the_deposit(s):
    v = evaluate(s, as_of=date(2045, 1, 1))
    deposits = [e.date for e in s.events if e.kind in ("ratification", "accession")]
    if v.entry_into_force is not None and v.status not in ("withdrawn",):
        assert v.entry_into_force >= min(deposits)


def test_cwc_and_att_deposits_before_entry_into_force_share_the_general_date():
    # "subsequent to the entry into force": CWC Art. XXI(2), ATT Art. 22(2).
    assert (
        evaluate(doc("CWC", "USA", ev("ratification", "1997-04-25"), as_of="1997-05-01")).status
        == "party"
    )
    assert evaluate(
        doc("ATT", "XXA", ev("ratification", "2014-11-01"), as_of="2015-01-01")
    ).entry_into_force == d("2014-12-24")
    assert evaluate(
        doc("CWC", "XXA", ev("accession", "1997-05-10"), as_of="1998-01-01")
    ).entry_into_force == d("1997-06-09")


# --- what a pending withdrawal still waits on ---------------------------------------------------


def test_a_pending_npt_withdrawal_is_not_said_to_wait_on_an_armed_conflict():
    # Art. X(1) NPT has no armed-conflict exception: nothing about war may be said to condition it.
    v = evaluate(
        doc(
            "NPT",
            "XXA",
            ev("accession", "1990-01-10"),
            ev("withdrawal", "2025-01-10", notified=["states_parties", "security_council"]),
            as_of="2025-02-01",
        )
    )
    assert v.status == "withdrawal_pending"
    assert "engaged" not in v.conclusion
    assert v.withdrawal.condition == "the treaty makes no exception for armed conflict"


def test_a_pending_geneva_denunciation_given_in_peace_cannot_be_deferred_by_a_later_war():
    # The Geneva Conventions test engagement when notice is given, not when it expires.
    v = evaluate(
        doc(
            "GC3",
            "XXA",
            ev("accession", "1960-01-10"),
            ev("withdrawal", "2025-01-10"),
            as_of="2025-02-01",
        )
    )
    assert v.status == "withdrawal_pending"
    assert "provided" not in v.conclusion
    assert "when it gave notice" in v.withdrawal.condition
