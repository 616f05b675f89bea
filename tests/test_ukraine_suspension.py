"""Ukraine's claimed suspension of July 2025 (facts: docs/sources/apmbc.md §3b), argued both ways."""

from __future__ import annotations

from builders import RUSSIA_UKRAINE_WAR, ev, scenario

from treatyrules import Truth, evaluate

OBJECTORS = ("NOR", "BEL", "AUT", "CHE", "NZL", "COL")


def ukraine(as_of):
    return scenario(
        "UKR",
        ev("signature", "1999-02-24"),
        ev("ratification", "2005-12-27"),
        ev("suspension_claim", "2025-07-18", ground="VCLT Art. 62"),
        *(ev("objection", None, by=s, to="suspension_claim") for s in OBJECTORS),
        conflicts=[RUSSIA_UKRAINE_WAR],
        as_of=as_of,
    )


def _argued(v):
    return next(f for f in v.find("vclt:art_62__para_1") if "argued both ways" in f.explanation)


def test_the_claim_is_argued_both_ways_with_bound_as_the_default():
    v = evaluate(ukraine("2026-03-01"))
    assert v.status == "party" and "remains bound" in v.conclusion
    rules = [c.rule for c in _argued(v).children]
    assert "art_20__para_3__sent_2" in rules  # Art. 20(3) already governs leaving in wartime
    assert "art_1__para_1__point_a" in rules  # never under any circumstances
    assert "ilc2011:art_14" in rules  # the case for: self-defence
    assert "vclt:art_73" in rules and "vclt:art_65__para_3" in rules


def test_the_case_for_the_claim_is_set_within_draft_articles_4_and_7():
    case_for = next(
        c for c in _argued(evaluate(ukraine("2026-03-01"))).children if c.rule == "ilc2011:art_14"
    )
    assert "draft Art. 4" in case_for.explanation and "draft Art. 7" in case_for.explanation
    assert "not a treaty" in case_for.explanation


def test_article_73_is_cited_as_a_without_prejudice_clause_only():
    art73 = next(
        c for c in _argued(evaluate(ukraine("2026-03-01"))).children if c.rule == "vclt:art_73"
    )
    assert "without-prejudice" in art73.explanation
    assert "neither supports nor rules out" in art73.explanation


def test_the_six_objections_lead_to_charter_article_33_then_conciliation():
    path = next(
        c
        for c in _argued(evaluate(ukraine("2026-03-01"))).children
        if c.rule == "vclt:art_65__para_3"
    )
    assert "(6)" in path.explanation
    assert "UN Charter Art. 33" in path.explanation and "Art. 66(b)" in path.explanation


def test_a_memo_read_before_the_22nd_meeting_says_nothing_of_what_it_found():
    before = evaluate(ukraine("2025-08-01"))
    text = " ".join(f.explanation for f in _argued(before).children) + before.conclusion
    assert "22nd Meeting" not in text
    after = evaluate(ukraine("2026-03-01"))
    meeting = [c for c in _argued(after).children if "22nd Meeting" in c.explanation]
    assert meeting and "not a tribunal" in meeting[0].explanation
    assert "found" not in meeting[0].explanation


def test_the_conclusion_says_it_rests_on_the_default_reading_and_what_the_others_give():
    v = evaluate(ukraine("2026-03-01"))
    assert "default reading of a contested point, suspension_claim = not_recognized" in v.conclusion
    assert "recognized_immediately: not bound" in v.conclusion


def test_under_the_reading_for_the_claim_ukraine_is_a_party_not_bound():
    v = evaluate(
        ukraine("2026-03-01"), interpretation={"suspension_claim": "recognized_immediately"}
    )
    assert v.status == "party" and "not bound by its obligations" in v.conclusion
    assert "the reading chosen" in v.conclusion


def test_ukraines_conduct_since_2022_is_argued_as_acquiescence_and_the_excuses_are_answered():
    v = evaluate(ukraine("2026-03-01"))
    (acquiescence,) = v.find("vclt:art_45__point_b")
    assert "1 December 2033" in acquiescence.explanation and "2023" in acquiescence.explanation
    (excuses,) = v.find("arsiwa:art_25__para_2__point_a")
    assert "Art. 50(1)(c)" in excuses.explanation
    (notified,) = v.find("vclt:art_67")
    assert notified.outcome is Truth.HOLDS and "17 or 18 July 2025" in notified.explanation
    assert v.find("vclt:art_72")  # even a valid suspension keeps a duty not to obstruct


def test_another_states_suspension_claim_is_argued_on_the_law_without_ukraines_facts():
    doc = ukraine("2026-03-01")
    doc["state"] = "XXA"  # an illustrative State making the same claim
    v = evaluate(doc)
    assert not v.find("vclt:art_45__point_b")
    assert not [f for f in v.find("art_11__para_1") if "22nd Meeting" in f.explanation]
    assert "17 or 18 July" not in v.find("vclt:art_67")[0].explanation


def test_a_kept_records_table_says_what_other_readings_give_without_rebuilding_them():
    # Ukraine's line carries its conclusion, which says what the other readings of the
    # contested points give; a table kept and read on many days builds each once.
    from treatyrules.records import Records
    from treatyrules.records.loader import load

    book = Records(load("APMBC"), treaty="APMBC")
    history = book.history("UKR")
    first = book.report("2026-03-01", ["UKR"]).states[0].note
    built = dict(history.alternatives)
    again = book.report("2026-04-01", ["UKR"]).states[0].note
    assert built and history.alternatives.keys() == built.keys()
    assert all(history.alternatives[k] is h for k, h in built.items())  # none rebuilt
    fresh = evaluate(book.scenario("UKR"), as_of="2026-04-01")
    assert again is not None and "recognized_immediately: not bound" in again
    # The line's note is the verdict's conclusion with the readings that bear on the line: the
    # verdict's late_extension (an Art. 5 deadline's reading) changes no column.
    position = fresh.conclusion.split(" This rests on")[0]
    assert again.startswith(
        position + " This rests on the default reading of a contested point,"
        " suspension_claim = not_recognized"
    )
    assert "late_extension" in fresh.conclusion and "late_extension" not in again
    assert first is not None and first.replace("2026-03-01", "2026-04-01") == again
