"""The status of each State on any date, counts on key dates, and hypothetical facts added."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from builders import RUSSIA_UKRAINE_WAR, d, ev, war

import treatyrules
from treatyrules import InputError, evaluate, records
from treatyrules.records import Records, bundled, count_on, record
from treatyrules.records.compliance import annotate

BOOK = bundled()
WITHDRAWERS = ("EST", "LVA", "LTU", "FIN", "POL")


def day_before(text: str) -> date:
    return d(text) - timedelta(days=1)


@pytest.mark.parametrize(
    "on", ["1998-09-16", "1999-03-01", "2011-07-09", "2025-12-26", "2026-03-01"]
)
def test_the_status_of_every_state_is_exactly_the_verdict_evaluate_gives_on_its_record(on):
    # The record's compliance data (which a scenario cannot state) adds to the deadline rows.
    for state in BOOK.states:
        evaluated = evaluate(record(state).scenario(), as_of=on)
        expected = annotate(evaluated, record(state), d(on))
        got = records.status(state, on=on)
        assert got == expected, state
        # The rows, their unknowns, and the reading of a late find where it decides a row
        # (a point only the records' data can raise) are all the records add.
        added = {"deadlines", "unknowns", "interpretations"}
        assert got.model_dump(exclude=added) == evaluated.model_dump(exclude=added), state
        extra = {k: v for k, v in got.interpretations.items() if k not in evaluated.interpretations}
        assert set(extra) <= {"late_find"}, state
        assert {k: got.interpretations[k] for k in evaluated.interpretations} == (
            evaluated.interpretations
        ), state


def test_reading_a_states_history_on_one_day_leaves_its_verdict_on_another_unchanged():
    # A deadline read for 2026 consults a point (final_report) that a verdict of 1998 must
    # not list: each verdict equals a fresh evaluation, whatever was read before.
    book = Records(records.load("APMBC"), treaty="APMBC")
    early = book.status("EST", on="1998-09-16")
    book.status("EST", on="2026-03-01")
    assert book.status("EST", on="1998-09-16") == early
    assert early == evaluate(record("EST").scenario(), as_of="1998-09-16")
    assert "final_report" not in early.interpretations


def test_a_state_with_no_record_gets_the_verdict_on_no_instrument():
    v = records.status("USA", on="2026-03-01")
    assert v == evaluate({"treaty": "APMBC", "state": "USA"}, as_of="2026-03-01")
    assert (v.status, v.name, v.entry_into_force, v.withdrawal) == (
        "non_party",
        "United States",
        None,
        None,
    )
    assert record("USA") is None
    assert records.status("XXA", on="2026-03-01").name is None


# The 2025 withdrawals (facts §3b): received, six months' notice, no armed conflict at expiry.


def test_latvia_ceased_to_be_a_party_on_27_december_2025():
    before = records.status("LVA", on="2025-12-26")
    after = records.status("LVA", on="2025-12-27")
    assert before.status == "withdrawal_pending"
    assert after.status == "withdrawn"
    w = after.withdrawal
    assert (w.received, w.notice_expires, w.outcome, w.effective_date) == (
        d("2025-06-27"),
        d("2025-12-27"),
        "effective",
        d("2025-12-27"),
    )


@pytest.mark.parametrize("state", ["EST", "LTU"])
def test_estonia_and_lithuania_ceased_to_be_parties_the_same_day_as_latvia(state):
    assert [i.status for i in records.timeline(state)][-3:] == [
        "party",
        "withdrawal_pending",
        "withdrawn",
    ]
    (left,) = [i for i in records.timeline(state) if i.status == "withdrawn"]
    assert (left.start, left.end) == (d("2025-12-27"), None)


def test_finland_ceased_to_be_a_party_on_10_january_2026_having_notified_all_three_recipients():
    v = records.status("FIN", on="2026-01-10")
    assert v.status == "withdrawn" and v.withdrawal.effective_date == d("2026-01-10")
    assert records.status("FIN", on="2026-01-09").status == "withdrawal_pending"
    (notice,) = v.find("art_20__para_2__sent_2")
    assert notice.outcome == "holds"
    assert "events[1].notified" not in {u.fact for u in v.unknowns}
    assert "events[1].reasons_given" in {u.fact for u in v.unknowns}


def test_poland_ceased_to_be_a_party_on_20_february_2026_with_its_reasons_given():
    v = records.status("POL", on="2026-02-20")
    assert v.status == "withdrawn" and v.withdrawal.effective_date == d("2026-02-20")
    assert records.status("POL", on="2026-02-19").status == "withdrawal_pending"
    (reasons,) = v.find("art_20__para_2__sent_3")
    assert reasons.outcome == "holds"
    instruments = [(u.fact, u.decisive) for u in v.unknowns if u.fact.startswith("events")]
    assert instruments == [("events[2].notified", False)]


def test_ukraine_remains_bound_despite_its_claimed_suspension():
    for on in ("2025-07-18", "2026-03-01", records.today()):
        v = records.status("UKR", on=on)
        assert v.status == "party"
        assert v.withdrawal is None
    assert "UKR" in records.states_parties(on="2026-03-01")
    assert "claimed suspension" in v.conclusion and "remains bound" in v.conclusion
    assert [i.status for i in records.timeline("UKR")][-1] == "party"


def test_ukraines_claim_dated_17_july_would_change_nothing():
    ukr = record("UKR")
    moved = ukr.with_alternative(ukr.alternatives[0])
    v = evaluate(moved.scenario(), as_of="2026-03-01")
    assert v.status == "party" and "2025-07-17" in v.conclusion


def test_south_sudan_is_a_party_from_independence_before_its_notification():
    r = record("SSD")
    assert (r.kind, r.deposit, r.succession_effective) == (
        "succession",
        d("2011-11-11"),
        d("2011-07-09"),
    )
    assert records.status("SSD", on="2011-07-08").status == "non_party"
    v = records.status("SSD", on="2011-07-09")
    assert v.status == "party" and v.entry_into_force == d("2011-07-09")


def test_montenegro_is_a_party_from_1_april_2007_or_from_independence_on_the_alternative_reading():
    mne = record("MNE")
    assert records.status("MNE", on="2007-04-01").entry_into_force == d("2007-04-01")
    assert records.status("MNE", on="2007-03-31").status == "contracting"
    (alt,) = mne.alternatives
    independence = evaluate(mne.with_alternative(alt).scenario(), as_of="2006-06-03")
    assert independence.status == "party"
    assert independence.entry_into_force == d("2006-06-03")


def test_tonga_enters_into_force_on_1_december_2025_on_either_recorded_accession_day():
    ton = record("TON")
    for candidate in (ton, ton.with_alternative(ton.alternatives[0])):
        v = evaluate(candidate.scenario(), as_of="2025-12-01")
        assert (v.status, v.entry_into_force) == ("party", d("2025-12-01"))


def test_the_netherlands_as_an_acceptance_would_enter_into_force_the_same_day():
    nld = record("NLD")
    (alt,) = nld.alternatives
    assert alt.basis == "unverified"
    as_acceptance = evaluate(nld.with_alternative(alt).scenario(), as_of="2000-01-01")
    assert as_acceptance.entry_into_force == records.status("NLD", on="2000-01-01").entry_into_force


def test_lithuanias_disputed_signature_day_does_not_change_its_entry_into_force():
    ltu = record("LTU")
    other = ltu.with_alternative(ltu.alternatives[0])
    assert other.signature == d("1999-02-22")
    assert evaluate(other.scenario(), as_of="2004-01-01").entry_into_force == d("2003-11-01")


# Counts on key dates (facts §3a, §3b, §5).


def test_45_states_parties_when_the_convention_entered_into_force_on_1_march_1999():
    # The 40 instruments deposited by 16 September 1998, and five more that month.
    assert records.counts(on="1999-02-28")["states_parties"] == 0
    assert records.counts(on="1999-03-01")["states_parties"] == 45


@pytest.mark.parametrize(
    ("on", "parties", "withdrawn"),
    [
        ("2025-12-26", 166, 0),
        ("2025-12-27", 163, 3),
        ("2026-01-09", 163, 3),
        ("2026-01-10", 162, 4),
        ("2026-02-19", 162, 4),
        ("2026-02-20", 161, 5),
    ],
)
def test_the_party_count_around_the_2025_withdrawals(on, parties, withdrawn):
    counts = records.counts(on=on)
    assert counts["states_parties"] == parties
    assert counts.get("withdrawn", 0) == withdrawn
    assert sum(v for k, v in counts.items() if k != "states_parties") == 166
    assert "UKR" in records.states_parties(on=on)


def test_all_166_were_bound_from_tongas_entry_into_force_until_the_first_withdrawals_took_effect():
    assert records.counts(on="2025-11-30")["states_parties"] == 165
    counts = records.counts(on="2025-12-01")
    assert counts == {"party": 161, "withdrawal_pending": 5, "states_parties": 166}


def test_today_161_states_parties_and_5_withdrawn():
    assert records.counts() == {"party": 161, "withdrawn": 5, "states_parties": 161}


def test_counts_of_chosen_states_name_a_bad_code_by_its_place():
    assert BOOK.counts(on="2026-03-01", states=["POL", "UKR", "USA"]) == {
        "non_party": 1,
        "party": 1,
        "withdrawn": 1,
        "states_parties": 1,
    }
    with pytest.raises(InputError, match=r"^states\[1\]: not a State code"):
        BOOK.counts(on="2026-03-01", states=["POL", "pol"])


def test_the_party_count_over_time_steps_down_with_each_withdrawal():
    steps = records.party_count()
    assert [(str(s.start), s.count) for s in steps[-4:]] == [
        ("2025-12-01", 166),
        ("2025-12-27", 163),
        ("2026-01-10", 162),
        ("2026-02-20", 161),
    ]
    assert count_on(steps, d("1999-02-28")) == 0
    assert count_on(steps, d("1999-03-01")) == 45


def test_dates_are_read_as_given_and_bad_ones_are_named():
    assert records.status("POL", on=d("2026-03-01")) == records.status("POL", on="2026-03-01")
    with pytest.raises(InputError, match=r"^on: expected a date YYYY-MM-DD, got '2026-02-30'"):
        records.counts(on="2026-02-30")
    with pytest.raises(InputError, match=r"^state: not a State code.*got 'Poland'"):
        records.status("Poland")


# Hypothetical facts compose with the records.


def test_poland_engaged_in_a_war_from_1_january_2026_would_still_be_bound_in_march():
    hypothetical = BOOK.amend("POL", conflicts=[war("POL", "2026-01-01")])
    v = hypothetical.status("POL", on="2026-03-01")
    assert v.status == "withdrawal_deferred"
    assert (v.withdrawal.notice_expires, v.withdrawal.effective_date) == (d("2026-02-20"), None)
    assert hypothetical.counts(on="2026-03-01")["states_parties"] == 162
    assert BOOK.status("POL", on="2026-03-01").status == "withdrawn"  # the records are unchanged
    expected = evaluate(
        record("POL").scenario(conflicts=[war("POL", "2026-01-01")]), as_of="2026-03-01"
    )
    assert v == annotate(expected, record("POL"), d("2026-03-01"))


def test_the_russia_ukraine_war_does_not_defer_polands_withdrawal():
    v = BOOK.amend("POL", conflicts=[RUSSIA_UKRAINE_WAR]).status("POL", on="2026-03-01")
    assert v.status == "withdrawn"


def test_amendments_accumulate_and_reach_a_state_without_a_record():
    book = BOOK.amend("XXA", events=[ev("accession", "2027-01-15")])
    book = book.amend("XXA", events=[ev("withdrawal", "2028-03-01")])
    assert book.states[-1] == "XXA" and len(book.states) == 167
    assert [i.status for i in book.timeline("XXA")] == [
        "non_party",
        "contracting",
        "party",
        "withdrawal_pending",
        "withdrawn",
    ]
    assert book.counts(on="2028-01-01")["states_parties"] == 162
    assert "amended" in repr(book) and "amended" not in repr(BOOK)


def test_an_added_fact_that_is_invalid_is_named_by_its_place_in_the_added_list():
    with pytest.raises(InputError, match=r"^events\[0\]\.date: expected a calendar date"):
        BOOK.amend("POL", events=[ev("revocation", "2025-13-01")])
    with pytest.raises(InputError, match=r"^conflicts\[0\]\.end"):
        BOOK.amend("POL", conflicts=[war("POL", "2026-01-01", end="2025-01-01")])


def test_a_revocation_added_before_the_effect_keeps_poland_a_party():
    book = BOOK.amend("POL", events=[ev("revocation", "2026-01-15")])
    v = book.status("POL", on="2026-03-01")
    assert v.status == "party" and v.withdrawal.outcome == "revoked"


def test_records_read_under_another_interpretation():
    book = BOOK.interpreted({"suspension_claim": "recognized_immediately"})
    v = book.status("UKR", on="2026-03-01")
    assert v.interpretations["suspension_claim"] == "recognized_immediately"
    expected = evaluate(
        record("UKR").scenario(),
        as_of="2026-03-01",
        interpretation={"suspension_claim": "recognized_immediately"},
    )
    assert v == annotate(expected, record("UKR"), d("2026-03-01"))
    assert BOOK.status("UKR", on="2026-03-01").interpretations["suspension_claim"] == (
        "not_recognized"
    )


def test_an_empty_book_reads_any_state_as_non_party():
    book = Records([], treaty="APMBC")
    assert book.states == ()
    assert book.counts(on="2026-03-01") == {"states_parties": 0}
    assert book.party_count() == ()
    assert book.report(on="2026-03-01", states=["USA"]).states[0].status == "non_party"


def test_the_public_api_is_the_documented_one():
    public = {name for name in dir(records) if not name.startswith("_")}
    assert set(records.__all__) <= public
    assert treatyrules.records is records


def test_a_revocation_with_nothing_to_revoke_is_refused_naming_it():
    with pytest.raises(InputError, match=r"^events\[0\]: a revocation \(2026-01-01\) needs"):
        BOOK.amend("USA", events=[ev("revocation", "2026-01-01")])


def test_the_report_notes_ukraines_claim_from_the_day_it_was_received_in_the_json_too():
    assert BOOK.report(on="2025-07-17", states=["UKR"]).states[0].note is None
    report = BOOK.report(on="2025-07-18", states=["UKR"])
    assert "claimed suspension of 2025-07-18" in report.states[0].note
    line = report.model_dump(mode="json")["states"][0]
    # A reader of the JSON learns what the text shows: the note, and the reading it rests on.
    assert line["note"] == report.states[0].note
    assert [(r["point"], r["value"], r["default"]) for r in line["rests_on"]] == [
        ("suspension_claim", "not_recognized", True)
    ]
    assert line["rests_on"][0]["others"]["recognized_immediately"] == (
        "not bound by the treaty's obligations"
    )


def test_a_withdrawal_whose_notice_the_record_does_not_describe_is_noted_as_resting_on_a_reading():
    # Poland's record gives the receipt of its instrument (2025-08-20) but not whom it notified:
    # the effect on 2026-02-20 follows the default reading of a defective notice (timing
    # unaffected); the other readings leave the position open. The line must say so.
    line = BOOK.report(on="2026-03-01", states=["POL"]).states[0]
    assert (line.status, str(line.withdrawal.effective_date)) == ("withdrawn", "2026-02-20")
    assert [(r.point, r.value, r.default) for r in line.rests_on] == [
        ("defective_notice", "timing_unaffected", True)
    ]
    assert line.rests_on[0].others["invalid"] == "indeterminate (one of: withdrawn, party)"
    assert line.note is not None and line.note.startswith(
        "Poland (POL) is no longer a party to the Anti-Personnel Mine Ban Convention on"
        " 2026-03-01: its withdrawal took effect on 2026-02-20. The record's sources state the"
        " same day of effect. This rests on the default reading of a contested point,"
        " defective_notice = timing_unaffected"
    )


def test_a_party_whose_answer_no_reading_could_change_has_no_note():
    # Afghanistan is a party, with no withdrawal or claim on record: nothing contested bears on it.
    line = BOOK.report(on="2026-03-01", states=["AFG"]).states[0]
    assert (line.status, line.note, line.rests_on) == ("party", None, ())


def test_before_the_withdrawal_poland_is_a_party_with_no_note():
    # On 2025-08-19, the day before receipt, no reading of the notice bears on the line.
    line = BOOK.report(on="2025-08-19", states=["POL"]).states[0]
    assert (line.status, line.note, line.rests_on) == ("party", None, ())


def test_while_polands_notice_runs_the_other_readings_say_what_they_give_not_a_different_answer():
    # On 2026-01-15 the notice runs; if an unknown defect delayed the period until cured, the
    # State would still be withdrawing, on a day that turns on when the defect is cured.
    note = BOOK.report(on="2026-01-15", states=["POL"]).states[0].note
    assert note is not None and "a different answer" not in note
    assert (
        "Other readings give: delays_until_cured: withdrawal pending, with a day of effect that"
        " turns on facts not given; invalid: indeterminate (one of: withdrawal pending, party)."
    ) in note


def test_a_disputed_receipt_date_that_would_change_the_line_is_said_on_those_days_only():
    # The Philippines: the record follows the Depositary (receipt 2018-03-17, effect 2019-03-17);
    # the State's officials give 15-16 Mar 2018, on which it would have left on 2019-03-15 or
    # 2019-03-16. Those days, and only then, the line depends on which is right.
    icc = bundled("ICC")
    line = icc.report(on="2019-03-16", states=["PHL"]).states[0]
    assert line.status == "withdrawal_pending"
    assert [
        (d.field, d.recorded, d.alternative, d.basis, d.status, str(d.effective_date))
        for d in line.disputed
    ] == [
        ("withdrawal", "2018-03-17", "2018-03-15", "disputed", "withdrawn", "2019-03-15"),
        ("withdrawal", "2018-03-17", "2018-03-16", "disputed", "withdrawn", "2019-03-16"),
    ]
    assert (
        line.note is not None
        and (
            "For the receipt of its written notification of withdrawal a source gives 2018-03-16,"
            " where the record uses 2018-03-17: on that value it would be withdrawn, its withdrawal"
            " taking effect on 2019-03-16. The sources on it: the State's claim: Philippine officials"
            " said the note was handed over on 15-16 Mar 2018"
        )
        in line.note
    )
    on_15 = icc.report(on="2019-03-15", states=["PHL"]).states[0]
    assert [d.alternative for d in on_15.disputed] == ["2018-03-15"]
    for day in ("2019-03-14", "2019-03-17"):  # the status is the same on every value
        line = icc.report(on=day, states=["PHL"]).states[0]
        assert (line.disputed, line.note) == ((), None)


def test_a_disputed_deposit_is_said_on_the_day_it_decides_and_not_once_either_value_agrees():
    # Tonga: 25 or 26 June 2025. On the 25th it has consented on one value, not on the other;
    # from the 26th the two agree, and entry into force is 1 December 2025 either way.
    line = BOOK.report(on="2025-06-25", states=["TON"]).states[0]
    assert line.status == "contracting"
    assert [(d.field, d.alternative, d.status) for d in line.disputed] == [
        ("deposit", "2025-06-26", "non_party")
    ]
    for day in ("2025-06-26", "2025-12-01"):
        line = BOOK.report(on=day, states=["TON"]).states[0]
        assert (line.disputed, line.note) == ((), None)


def test_another_legal_reading_of_a_succession_that_would_change_the_line_is_said():
    # Montenegro: the record dates no succession (it acceded, in force 2007-04-01); under the
    # other reading its succession took effect on independence, 2006-06-03, and it was a party.
    line = BOOK.report(on="2007-01-01", states=["MNE"]).states[0]
    assert line.status == "contracting"
    assert [(d.field, d.recorded, d.alternative, d.basis, d.status) for d in line.disputed] == [
        ("succession_effective", None, "2006-06-03", "legal_reading", "party")
    ]
    assert (
        line.note is not None
        and (
            "For the day its succession took effect another reading gives 2006-06-03, where the"
            " record has none: on that value it would be party. The sources on it: the record"
            " applies Art. 17(2)"
        )
        in line.note
    )
    assert BOOK.report(on="2007-04-01", states=["MNE"]).states[0].disputed == ()


def test_an_amended_record_is_read_on_its_own_facts_without_the_sources_other_values():
    # The Philippines with a hypothetical revocation added: the amended scenario is the
    # user's, so no source's other value is read into it.
    icc = bundled("ICC").amend("PHL", events=[{"kind": "revocation", "date": "2018-06-01"}])
    line = icc.report(on="2019-03-16", states=["PHL"]).states[0]
    assert (line.status, line.disputed) == ("party", ())
