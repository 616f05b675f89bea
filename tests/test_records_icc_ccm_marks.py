"""The Rome Statute's and the Cluster Munitions Convention's records say what is in doubt, and
only that: a receipt date, not the withdrawal; an announcement that is no notification; an
effect that is attested though the facts behind it are not all given.

Facts: ../shared/facts/icc-states.csv, icc-unsigning.csv, ccm-states.csv and
sibling-records-notes.md (the withdrawals table and the Lithuania timeline).
"""

from __future__ import annotations

import pytest
from builders import d

from treatyrules import records, sensitivity

ICC = records.bundled("ICC")
CCM = records.bundled("CCM")


def mark(book, state, field):
    (found,) = [a for a in book.record(state).alternatives if a.field == field]
    return found


def test_south_africa_s_mark_is_on_the_receipt_date_not_on_the_withdrawal():
    # Instrument dated 19 Oct 2016, announced as submitted 21 Oct 2016, receipt not seen;
    # revoked 7 Mar 2017 before any effect.
    zaf = mark(ICC, "ZAF", "withdrawal")
    assert zaf.basis == "unverified"
    assert zaf.note.startswith("UNVERIFIED: the receipt date.")
    assert "19 Oct 2016" in zaf.note and "21 Oct 2016" in zaf.note
    assert "Only the day is in doubt" in zaf.note


def test_russia_s_unsigning_is_dated_by_the_presidential_order_and_marked_as_such():
    # TASS: presidential order of 16 Nov 2016; the day the Secretary-General received the
    # notice is not in the sources.
    rus = mark(ICC, "RUS", "unsigning")
    assert (rus.recorded, rus.basis) == (d("2016-11-16"), "unverified")
    assert rus.note.startswith("UNVERIFIED: the receipt date.")
    assert "presidential order" in rus.note


def test_lithuania_s_receipt_date_is_inferred_from_its_attested_effective_date():
    # ccm-states.csv: effective 6 Mar 2025 (13th Meeting's Presidency, Lithuania's MoD);
    # the receipt on 6 Sep 2024 is worked back under Art. 20(3), the C.N. not seen.
    ltu = mark(CCM, "LTU", "withdrawal")
    assert ltu.recorded == d("2024-09-06")
    assert ltu.note.startswith("INFERRED: the receipt date.")
    assert "worked back from the attested effective date, 6 Mar 2025" in ltu.note
    assert "The effect on 6 Mar 2025 itself is attested" in ltu.note


@pytest.mark.parametrize("state", ["BFA", "MLI", "NER"])
def test_the_aes_announcement_of_22_september_2025_is_no_notification_and_what_followed_is_unknown(
    state,
):
    aes = mark(ICC, state, "withdrawal")
    assert aes.note.startswith("ANNOUNCED, NO NOTIFICATION FOUND:")
    assert "only a written notification to the UN Secretary-General starts" in aes.note
    assert "the announcement alone has no effect" in aes.note
    assert "whether one was received since is unknown" in aes.note
    assert ICC.status(state, on="2026-12-01").status == "party"


@pytest.mark.parametrize(
    ("treaty", "state"), [("ICC", "BFA"), ("ICC", "MLI"), ("ICC", "ZAF"), ("CCM", "LTU")]
)
def test_a_mark_fits_a_scenario_note_with_the_records_it_comes_from(treaty, state):
    # Scenario.note holds at most 500 characters: a mark that a memo can quote whole, after
    # the words the record command writes first.
    for a in records.bundled(treaty).record(state).alternatives:
        head = (
            f"From the bundled {treaty} records of {state}; UNVERIFIED in the sources: {a.field}."
        )
        assert len(f"{head} {a.note}.") <= 480


def test_lithuania_s_notice_point_is_decisive_only_for_want_of_its_recipients_and_reasons():
    # The sources give neither the recipients of Lithuania's notice nor its reasons; the
    # point defective_notice changes the answer only on that gap, not on a defect on record.
    report = sensitivity(CCM.scenario("LTU"), as_of="2026-12-01")
    assert report.decisive == ("defective_notice",)
    assert report.hinges_on == {
        "defective_notice": ("events[2].notified", "events[2].reasons_given")
    }


def test_a_point_decisive_on_the_facts_given_hinges_on_nothing():
    # Illustrative: received 31 August, so month_end dates the expiry on any facts.
    doc = {
        "treaty": "APMBC",
        "state": "XXA",
        "as_of": "2026-03-15",
        "events": [
            {"kind": "accession", "date": "2010-03-15"},
            {
                "kind": "withdrawal",
                "date": "2025-08-31",
                "reasons_given": True,
                "notified": ["depositary", "states_parties", "security_council"],
            },
        ],
    }
    report = sensitivity(doc)
    assert "month_end" in report.decisive
    assert report.hinges_on == {}


def test_the_philippines_disputed_receipt_changes_the_status_on_15_and_16_march_2019_only():
    # sibling-treaties.md §3.2: the UN takes 17 Mar 2018 (used); Philippine officials say the
    # note was handed over on 15-16 Mar 2018 (the alternatives 15 and 16 Mar 2018).
    phl = ICC.record("PHL")
    fifteenth, sixteenth = phl.alternatives
    assert [(a.field, a.recorded, a.alternative, a.basis) for a in phl.alternatives] == [
        ("withdrawal", d("2018-03-17"), d("2018-03-15"), "disputed"),
        ("withdrawal", d("2018-03-17"), d("2018-03-16"), "disputed"),
    ]
    on_15 = records.Records([phl.with_alternative(fifteenth)], treaty="ICC")
    on_16 = records.Records([phl.with_alternative(sixteenth)], treaty="ICC")
    on = {
        day: tuple(b.status("PHL", on=day).status for b in (ICC, on_15, on_16))
        for day in ("2019-03-14", "2019-03-15", "2019-03-16", "2019-03-17")
    }
    assert on == {
        "2019-03-14": ("withdrawal_pending", "withdrawal_pending", "withdrawal_pending"),
        "2019-03-15": ("withdrawal_pending", "withdrawn", "withdrawal_pending"),
        "2019-03-16": ("withdrawal_pending", "withdrawn", "withdrawn"),
        "2019-03-17": ("withdrawn", "withdrawn", "withdrawn"),
    }
