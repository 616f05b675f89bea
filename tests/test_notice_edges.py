"""The edges of the notice rules that mutation testing found unchecked: notice given in advance
to several recipients, a suspended notice resumed, a treaty with no withdrawal clause (VCLT
Art. 56), periods declared in years or days, and instruments that are not withdrawals.

The States (XAA), the hypothetical treaties declared here and the dates are illustrative, not
real-world facts: a State acceding on 31 August 2001 and giving notice on 31 August 2025.
"""

from __future__ import annotations

from typing import Any

import pytest
from builders import hypothetical_treaty

import treatyrules as tr

JOINED = {"kind": "accession", "date": "2001-08-31"}


def withdrawal(day: str = "2025-08-31", **fields: Any) -> dict[str, Any]:
    return {"kind": "withdrawal", "date": day, "reasons_given": True, **fields}


def scenario(treaty: str, *events: dict[str, Any], **extra: Any) -> dict[str, Any]:
    doc = {"treaty": treaty, "state": "XAA", "as_of": "2030-01-01", "events": [JOINED, *events]}
    return {**doc, **extra}


def findings(verdict: Any, eid: str) -> list[Any]:
    return list(verdict.find(eid))


# -- notice given in advance to several recipients (NPT Art. X(1)) --------------------------

NOTIFIED = ["states_parties", "security_council"]


def npt(**notices: str) -> dict[str, Any]:
    return scenario("NPT", withdrawal(notified=NOTIFIED, notices=notices))


def test_notice_in_advance_runs_from_the_last_recipient_s_receipt_by_default():
    v = tr.evaluate(npt(states_parties="2025-09-10", security_council="2025-09-05"))
    assert str(v.withdrawal.effective_date) == "2025-12-10"  # three months from 10 September
    assert v.interpretations["advance_notice_start"] == "last_receipt"
    (period,) = [
        f for f in findings(v, "art_10__para_1__sent_2") if "takes effect" in f.explanation
    ]
    assert "three months after notice was given on 2025-09-10: on 2025-12-10" in period.explanation


def test_notice_in_advance_runs_from_the_first_receipt_under_the_other_reading():
    doc = npt(states_parties="2025-09-10", security_council="2025-09-05")
    v = tr.evaluate(doc, interpretation={"advance_notice_start": "first_receipt"})
    assert str(v.withdrawal.effective_date) == "2025-11-30"
    assert "advance_notice_start" in tr.sensitivity(doc).decisive


def test_notice_every_recipient_received_the_same_day_raises_no_question_of_when_it_was_given():
    v = tr.evaluate(npt(states_parties="2025-08-31", security_council="2025-08-31"))
    assert str(v.withdrawal.effective_date) == "2025-11-30"
    assert "advance_notice_start" not in v.interpretations


def test_notice_in_advance_to_recipients_not_given_leaves_the_day_of_effect_open():
    # NPT Art. X(1) counts from the notice to the other Parties and the Security Council, and
    # names no depositary whose receipt could stand for theirs (facts §2.7): with the recipients
    # unknown, `date` is one receipt, and the last one, from which the period runs by default,
    # is not given. The State may have left on 2025-11-30 or later; the unknown decides.
    doc = scenario("NPT", withdrawal(), as_of="2025-12-15")
    v = tr.evaluate(doc)
    assert v.status == "indeterminate"
    assert v.possible_statuses == ("withdrawn", "withdrawal_pending")
    assert v.withdrawal.effective_date is None
    assert "it takes effect no earlier than 2025-11-30, on a day the facts do not give" in (
        v.conclusion
    )
    assert [(u.fact, u.decisive) for u in v.unknowns if u.fact == "events[1].notified"] == [
        ("events[1].notified", True)
    ]
    # Read from the first receipt, the one day given decides.
    first = tr.evaluate(doc, interpretation={"advance_notice_start": "first_receipt"})
    assert (first.status, str(first.withdrawal.effective_date)) == ("withdrawn", "2025-11-30")


def test_notice_in_advance_to_named_recipients_on_one_day_runs_from_that_day():
    # The recipients named and no other day given: each had it on `date`.
    v = tr.evaluate(scenario("NPT", withdrawal(notified=NOTIFIED), as_of="2025-12-15"))
    assert (v.status, str(v.withdrawal.effective_date)) == ("withdrawn", "2025-11-30")


def test_notice_in_advance_never_given_to_a_named_recipient_has_not_started_from_the_last():
    # BWC Art. XIII(2) names the other Parties and the Security Council; the facts record the
    # Council as not notified, so the last required receipt has not come (facts §2.9, §2.7).
    doc = scenario(
        "BWC",
        withdrawal(notified=["states_parties"], notices={"states_parties": "2025-09-10"}),
        as_of="2026-06-01",
    )
    v = tr.evaluate(doc)
    assert (v.status, v.withdrawal.effective_date) == ("withdrawal_pending", None)
    first = tr.evaluate(doc, interpretation={"advance_notice_start": "first_receipt"})
    assert (first.status, str(first.withdrawal.effective_date)) == ("withdrawn", "2025-11-30")


def test_notice_in_advance_to_named_recipients_with_no_day_says_which_day_stands_for_theirs():
    v = tr.evaluate(scenario("NPT", withdrawal(notified=NOTIFIED), as_of="2025-12-15"))
    (period,) = [
        f for f in findings(v, "art_10__para_1__sent_2") if "takes effect" in f.explanation
    ]
    assert period.explanation.endswith(
        "The facts give no day on which all other Parties to the Treaty and the United Nations"
        " Security Council received it: that day is taken to be 2025-08-31, the one the facts give."
    )


# -- a notice revoked, then given again (the DPRK's NPT notices of 1993 and 2003) -----------

REVOKED_WITH_100_DAYS_LEFT = {"kind": "revocation", "date": "2025-11-20"}  # it would end 2026-02-28


def renewed(*conflicts: dict[str, Any], revoked: dict[str, Any] = REVOKED_WITH_100_DAYS_LEFT):
    return scenario("APMBC", withdrawal(), revoked, withdrawal("2026-03-10"), conflicts=conflicts)


def _recipients(verdict: Any) -> list[Any]:
    """The finding of Art. X(1)'s second sentence on who was notified (its other: the period)."""
    found = findings(verdict, "art_10__para_1__sent_2")
    return [f for f in found if f.explanation.startswith("Notice of withdrawal to")]


def test_notice_in_advance_with_a_receipt_on_record_for_each_recipient_was_given_to_each():
    # `notified` not given, but each recipient the treaty names has a receipt on record: the
    # notice was given to each, nothing of the form is unknown, and the last receipt counts.
    doc = scenario(
        "NPT",
        withdrawal(notices={"states_parties": "2025-08-31", "security_council": "2025-09-03"}),
    )
    v = tr.evaluate(doc)
    (notice,) = _recipients(v)
    assert notice.outcome is tr.Truth.HOLDS
    assert "NOT given" not in notice.explanation and "unknown" not in notice.explanation
    assert not [u for u in v.unknowns if u.fact.endswith(".notified")]
    assert str(v.withdrawal.effective_date) == "2025-12-03"
    assert v.status == "withdrawn"


def test_notice_in_advance_with_a_receipt_on_record_for_one_recipient_only_leaves_the_other_open():
    doc = scenario("NPT", withdrawal(notices={"security_council": "2025-09-03"}))
    v = tr.evaluate(doc)
    (notice,) = _recipients(v)
    assert notice.outcome is tr.Truth.UNKNOWN
    assert notice.explanation == (
        "Notice of withdrawal to all other Parties to the Treaty: unknown; to the United Nations"
        " Security Council: given."
    )
    assert [u.fact for u in v.unknowns] == ["events[1].notified"]


def test_receipts_after_the_depositarys_show_the_apmbc_notice_given_to_each_recipient():
    # Art. 20(2) sets no day for the other recipients (the Depositary commonly informs them
    # after its own receipt): a receipt on record is a notice given; the date is Art. 20(3)'s.
    notices = {"states_parties": "2025-09-02", "security_council": "2025-09-05"}
    v = tr.evaluate(scenario("APMBC", withdrawal(notices=notices), as_of="2026-09-01"))
    (notice,) = findings(v, "art_20__para_2__sent_2")
    assert notice.outcome is tr.Truth.HOLDS
    assert not [u for u in v.unknowns if u.fact.endswith(".notified")]
    assert str(v.withdrawal.effective_date) == "2026-02-28"
    assert "defective_notice" not in v.interpretations


def test_a_renewed_notice_resumes_only_the_days_the_revoked_one_had_left_under_that_reading():
    v = tr.evaluate(renewed(), interpretation={"suspended_notice": "resumes"})
    w = v.withdrawal
    assert (str(w.received), str(w.effective_date), w.outcome) == (
        "2026-03-10",
        "2026-06-18",
        "effective",
    )
    (resumed,) = [f for f in findings(v, "art_20__para_3__sent_1") if "resumes" in f.explanation]
    assert resumed.outcome == "holds" and resumed.defeated_by is None
    assert resumed.explanation == (
        "An earlier notice was revoked with 100 day(s) left to run; under the reading"
        " suspended_notice = resumes this notice only resumes them: the period ends on 2026-06-18."
    )


def test_a_renewed_notice_runs_the_whole_period_by_default():
    v = tr.evaluate(renewed())
    assert str(v.withdrawal.effective_date) == "2026-09-10"
    assert "suspended_notice" in tr.sensitivity(renewed()).decisive


def test_a_notice_revoked_the_day_before_it_would_have_taken_effect_leaves_one_day():
    revoked = {"kind": "revocation", "date": "2026-02-27"}
    v = tr.evaluate(renewed(revoked=revoked), interpretation={"suspended_notice": "resumes"})
    assert str(v.withdrawal.effective_date) == "2026-03-11"


def test_a_notice_revoked_while_its_effect_waited_for_a_war_leaves_no_days_to_resume():
    # Its period had run (it expired on 2026-02-28, the war then deferred it): the renewed notice
    # of 2026-09-10 is a new notice, with its own six months, under either reading.
    war = {"name": "our war", "parties": ["XAA", "XZZ"], "kind": "international"}
    war |= {"start": "2025-01-01", "end": "2026-06-01"}
    doc = scenario(
        "APMBC",
        withdrawal(),
        {"kind": "revocation", "date": "2026-04-01"},
        withdrawal("2026-09-10"),
        conflicts=[war],
    )
    for reading in ("resumes", "restarts"):
        v = tr.evaluate(doc, interpretation={"suspended_notice": reading})
        assert str(v.withdrawal.effective_date) == "2027-03-10"


def test_a_resumed_notice_ending_during_the_state_s_war_is_deferred_by_the_exception():
    war = {"name": "second war", "parties": ["XAA", "XZZ"], "kind": "international"}
    war |= {"start": "2026-05-01", "end": "2026-12-01"}
    v = tr.evaluate(renewed(war), interpretation={"suspended_notice": "resumes"})
    w = v.withdrawal
    assert (str(w.notice_expires), str(w.effective_date)) == ("2026-06-18", "2026-12-01")
    assert w.deferred_by == ("second war",)
    (resumed,) = [f for f in findings(v, "art_20__para_3__sent_1") if "resumes" in f.explanation]
    assert resumed.defeated_by == "art_20__para_3__sent_2"


# -- instruments that are not withdrawals -------------------------------------------------


def test_a_notice_received_the_day_the_first_takes_effect_comes_from_a_state_no_longer_party():
    v = tr.evaluate(scenario("APMBC", withdrawal(), withdrawal("2026-02-28")))
    # The instrument that ended the membership decides the position, not the later one.
    assert v.status == "withdrawn" and v.withdrawal.outcome == "effective"
    assert (v.withdrawal.event, str(v.withdrawal.effective_date)) == (1, "2026-02-28")
    (second,) = [
        f
        for f in findings(v, "art_20__para_2__sent_1")
        if "received on 2026-02-28" in f.explanation
    ]
    assert second.outcome == "not_applicable"
    assert "the State already ceased to be a party on 2026-02-28" in second.explanation


def test_a_second_notice_while_the_first_runs_adds_nothing_and_says_which_decides():
    v = tr.evaluate(scenario("APMBC", withdrawal(), withdrawal("2025-12-01")))
    assert str(v.withdrawal.effective_date) == "2026-02-28"
    (second,) = [
        f for f in findings(v, "art_20__para_2__sent_1") if "adds nothing" in f.explanation
    ]
    assert second.outcome == "not_applicable"
    assert "the withdrawal received on 2025-08-31 is still running" in second.explanation


def test_a_notice_received_the_day_the_convention_enters_into_force_for_the_state_counts():
    # Ratified 31 August 2001: in force for the State from 1 February 2002 (Art. 17(2)).
    doc = {
        "treaty": "APMBC",
        "state": "XAA",
        "as_of": "2030-01-01",
        "events": [{"kind": "ratification", "date": "2001-08-31"}, withdrawal("2002-02-01")],
    }
    w = tr.evaluate(doc).withdrawal
    assert (w.outcome, str(w.effective_date)) == ("effective", "2002-08-01")
    before = {**doc, "events": [doc["events"][0], withdrawal("2002-01-31")]}
    assert tr.evaluate(before).withdrawal.outcome == "not_applicable"


def test_a_date_named_where_the_convention_leaves_no_room_for_one_is_noted_not_applied():
    # The State names the day its notice would end anyway: still not "a later date it names".
    v = tr.evaluate(scenario("APMBC", withdrawal(takes_effect_on="2026-02-28")))
    (period,) = [
        f for f in findings(v, "art_20__para_3__sent_1") if "takes effect" in f.explanation
    ]
    assert "six months after the Depositary received the instrument" in period.explanation
    assert "the later date the State names" not in period.explanation
    assert "leaves no room for a date chosen by the State" in period.explanation
    assert period.severity == "warning"


# -- a treaty with no withdrawal clause (VCLT Art. 56; the DPRK and the ICCPR) --------------


NO_CLAUSE = {
    "heading": "vclt:art_56",
    "right": "vclt:art_56__para_1",
    "notice": "vclt:art_56__para_2",
    "period": "vclt:art_56__para_2",
    "recipients": ("depositary",),
    "months": 12,
    "implied": True,
}
OWN_CLAUSE = {
    "heading": "art_9",
    "right": "art_9__para_1",
    "notice": "art_9__para_1",
    "period": "art_9__para_2",
    "recipients": ("depositary",),
}


def test_a_treaty_without_a_withdrawal_clause_cannot_be_left_under_the_default_reading():
    hypothetical_treaty(**NO_CLAUSE)
    v = tr.evaluate(scenario("XT-HYPOTHETICAL", withdrawal()))
    assert v.status == "party" and v.withdrawal.outcome == "not_applicable"
    (right,) = findings(v, "vclt:art_56__para_1")
    assert right.outcome == "fails"
    assert (
        "A party may then withdraw only if the parties intended to allow it or the treaty's"
        " nature implies a right to do so; under the default reading (vclt56_right = no_right)"
        " neither is shown, so the instrument does not operate as a withdrawal."
    ) in right.explanation
    assert v.interpretations == {"vclt56_right": "no_right"}


def test_under_an_implied_right_it_takes_effect_after_twelve_months():
    hypothetical_treaty(**NO_CLAUSE)
    doc = scenario("XT-HYPOTHETICAL", withdrawal())
    v = tr.evaluate(doc, interpretation={"vclt56_right": "implied_right"})
    assert (v.status, str(v.withdrawal.effective_date)) == ("withdrawn", "2026-08-31")
    (right,) = findings(v, "vclt:art_56__para_1")
    assert right.outcome == "holds"
    assert right.explanation == (
        "The treaty has no clause on withdrawal; under the reading vclt56_right = implied_right a"
        " right of withdrawal is implied, on at least twelve months' notice."
    )
    assert tr.sensitivity(doc).decisive == ("vclt56_right",)


def test_a_treaty_with_its_own_withdrawal_clause_never_asks_about_an_implied_right():
    treaty = hypothetical_treaty(**OWN_CLAUSE, months=6)
    assert "vclt56_right" not in treaty.points
    assert "advance_notice_start" not in treaty.points  # its period runs from one receipt


# -- periods as a treaty declares them ----------------------------------------------------


def test_a_period_of_two_years_is_counted_and_said_in_years():
    hypothetical_treaty(**OWN_CLAUSE, months=24)
    v = tr.evaluate(scenario("XT-HYPOTHETICAL", withdrawal()))
    assert str(v.withdrawal.effective_date) == "2027-08-31"
    (period,) = findings(v, "art_9__para_2")
    assert period.explanation.startswith("The withdrawal takes effect two years after the")


def test_a_period_of_one_year_is_said_as_one_year():
    hypothetical_treaty(**OWN_CLAUSE, months=12)
    (period,) = findings(tr.evaluate(scenario("XT-HYPOTHETICAL", withdrawal())), "art_9__para_2")
    assert period.explanation.startswith("The withdrawal takes effect one year after the")


def test_a_period_the_treaty_counts_in_months_is_said_in_months_though_they_make_a_year():
    hypothetical_treaty(**OWN_CLAUSE, months=12, in_months=True)
    v = tr.evaluate(scenario("XT-HYPOTHETICAL", withdrawal()))
    assert str(v.withdrawal.effective_date) == "2026-08-31"  # the same day as one year
    (period,) = findings(v, "art_9__para_2")
    assert period.explanation.startswith("The withdrawal takes effect twelve months after the")


def test_the_tpnw_withdrawal_takes_effect_twelve_months_after_receipt_in_its_own_words():
    # TPNW Art. 17(3): twelve months (French text: « douze mois »), not "one year".
    v = tr.evaluate(scenario("TPNW", withdrawal(notified=["depositary"])))
    (period,) = findings(v, "art_17__para_3__sent_1")
    assert period.explanation.startswith("The withdrawal takes effect twelve months after the")
    rule = tr.registry.get("TPNW").rule("art_17__para_3__sent_1")
    assert "twelve months" in rule.paraphrase and "year" not in rule.paraphrase + rule.title


def test_a_period_in_days_is_counted_in_days():
    hypothetical_treaty(**OWN_CLAUSE, days=90)
    v = tr.evaluate(scenario("XT-HYPOTHETICAL", withdrawal()))
    assert str(v.withdrawal.effective_date) == "2025-11-29"


@pytest.mark.parametrize("period", [{"months": 6, "days": 90}, {}], ids=["both", "neither"])
def test_a_period_must_be_declared_in_months_or_in_days(period):
    with pytest.raises(ValueError, match=r"art_9__para_2: give the period in months or in days"):
        hypothetical_treaty(**OWN_CLAUSE, **period)


def test_a_treaty_asking_notice_in_advance_to_several_recipients_reads_when_it_was_given():
    # As the NPT words it: one sentence asks for notice to both, three months in advance.
    clause = {**OWN_CLAUSE, "notice": "art_9__para_2", "recipients": tuple(NOTIFIED)}
    treaty = hypothetical_treaty(**clause, months=3, in_advance=True)
    assert "advance_notice_start" in treaty.points
    notices = {"states_parties": "2025-09-10", "security_council": "2025-09-05"}
    doc = scenario("XT-HYPOTHETICAL", withdrawal(notified=NOTIFIED, notices=notices))
    assert str(tr.evaluate(doc).withdrawal.effective_date) == "2025-12-10"
    first = tr.evaluate(doc, interpretation={"advance_notice_start": "first_receipt"})
    assert str(first.withdrawal.effective_date) == "2025-11-30"
