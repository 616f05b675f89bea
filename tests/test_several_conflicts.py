"""Several armed conflicts named in one sentence read as several: "the armed conflicts 'A'
and 'B'", the verbs agreeing, and the one still going on named; one conflict reads as before.

The State (XXA), its wars and every date are illustrative, not real-world facts: a State
acceding on 31 August 2001 and giving notice on 31 August 2025, whose notice expires on
28 February 2026 (six months: APMBC) or 31 August 2026 (twelve months: TPNW, CCW, the
Geneva Conventions).
"""

from __future__ import annotations

from typing import Any

import treatyrules as tr
from treatyrules import what_if

JOINED = {"kind": "accession", "date": "2001-08-31"}
NOTICE = {"kind": "withdrawal", "date": "2025-08-31", "reasons_given": True}
EXTENDS = {"new_conflict_during_deferral": "extends"}
EXCEPTION = {
    "APMBC": "art_20__para_3__sent_2",
    "TPNW": "art_17__para_3__sent_2",
    "CCW": "art_9__para_2__sent_2",
    "GC1": "art_63__para_3__sent_2",
}


def war(name: str, start: str = "2025-01-01", end: str | None = None, **fields: Any):
    """An international armed conflict between XXA and another hypothetical State."""
    base = {"name": name, "parties": ["XXA", "XXZ"], "kind": "international", "start": start}
    return {**base, "end": end, **fields}


def doc(treaty: str, *conflicts: dict[str, Any], as_of: str = "2100-01-01", **more: Any):
    events = [JOINED, NOTICE]
    base = {"treaty": treaty, "state": "XXA", "as_of": as_of, "events": events}
    return {**base, "conflicts": list(conflicts), **more}


def judged(treaty: str, *conflicts: dict[str, Any], as_of: str = "2100-01-01", **options: Any):
    return tr.evaluate(doc(treaty, *conflicts, as_of=as_of), interpretation=options or None)


def exception(v: Any) -> str:
    (found,) = [c for f in v.findings for c in f.children if c.rule == EXCEPTION[v.treaty]]
    return str(found.explanation)


A = war("war A", end="2027-01-01")
B_ENDED = war("war B", start="2025-06-01", end="2027-05-01")
B_ONGOING = war("war B", start="2025-06-01")


# -- two conflicts engaged at expiry --------------------------------------------------------


def test_two_conflicts_engaged_at_expiry_are_named_together_and_the_wait_ends_with_the_later():
    v = judged("APMBC", A, B_ENDED, as_of="2026-10-01")
    assert (v.status, str(v.withdrawal.effective_date)) == ("withdrawal_deferred", "2027-05-01")
    assert v.withdrawal.condition == (
        "the State is engaged in the armed conflicts 'war A' and 'war B' when the notice period"
        " expires on 2026-02-28; the wait ends on 2027-05-01 as the facts state"
    )
    assert (
        "but on that day it was engaged in the armed conflicts 'war A' and 'war B', so the"
        " withdrawal does not take effect before the armed conflicts end."
    ) in v.conclusion
    assert exception(v).startswith(
        "The facts record the State as engaged in the international armed conflict 'war A'"
        " (from 2025-01-01, until 2027-01-01) and the international armed conflict 'war B'"
        " (from 2025-06-01, until 2027-05-01) on 2026-02-28, when the notice period expires."
    )


def test_two_conflicts_engaged_at_expiry_predicted_before_it_in_the_treatys_words():
    # TPNW Art. 17(3): "a party to" an armed conflict, not "engaged in" one.
    v = judged("TPNW", A, B_ENDED, as_of="2025-10-01")
    assert v.withdrawal.condition == (
        "the State is a party to the armed conflicts 'war A' and 'war B' when the notice period"
        " expires on 2026-08-31; the wait ends on 2027-05-01 as the facts state"
    )
    assert "the State will be a party to the armed conflicts 'war A' and 'war B' on" in (
        v.conclusion
    )


def test_two_situations_of_article_1_make_the_ccw_end_plural_in_its_own_words():
    # Art. 9(2): the State "continues to be bound" until the conflicts and the operations end.
    ops = {"release_and_repatriation_completed": "2027-02-01"}
    conflicts = (A | ops | {"re_establishment_completed": "2027-02-01"}, B_ONGOING)
    # A State not bound by Amended Protocol II: no wait for United Nations forces (Art. 9(3)).
    v = tr.evaluate(doc("CCW", *conflicts, not_party_to=["CCW-APII"]))
    assert v.withdrawal.condition.startswith(
        "the State continues to be bound by the obligations of the Convention and of the"
        " relevant annexed Protocols until the armed conflicts 'war A' and 'war B' have ended and"
        " the operations of final release, repatriation or re-establishment"
    )
    assert v.withdrawal.condition.endswith(
        "; the armed conflict 'war B' is ongoing, so no date can be given"
    )


# -- one ended, one ongoing -----------------------------------------------------------------


def test_of_two_conflicts_one_ended_and_one_ongoing_the_ongoing_one_is_named():
    # War A ended on 2027-01-01: calling "it" ongoing after naming both would misstate it.
    v = judged("APMBC", A, B_ONGOING)
    assert (v.status, v.withdrawal.effective_date) == ("withdrawal_deferred", None)
    assert v.withdrawal.condition == (
        "takes effect when the armed conflicts 'war A' and 'war B' end; the armed conflict"
        " 'war B' is ongoing, so no date can be given"
    )
    assert (
        "The facts record the armed conflict 'war B' as ongoing, with no end: no date can be"
        " given yet."
    ) in v.conclusion
    assert (
        "The armed conflict 'war B' is still going on: the withdrawal takes effect on the day it"
        " ends, which the facts do not yet give."
    ) in exception(v)


def test_both_conflicts_still_going_on_wait_for_the_last_of_them():
    v = judged("APMBC", war("war A"), B_ONGOING)
    assert (
        "The armed conflicts 'war A' and 'war B' are still going on: the withdrawal takes effect"
        " on the day the last of them ends"
    ) in exception(v)


def test_a_tpnw_wait_for_no_conflict_at_all_names_the_one_still_going_on():
    # "no longer party to any armed conflict" names none: "it is ongoing" would have no
    # antecedent, so the ongoing conflict is named, with one conflict as with two.
    one = judged("TPNW", war("war A"))
    assert one.withdrawal.condition == (
        "the State continues to be bound by the obligations of the Treaty and of any additional"
        " protocols until it is no longer party to any armed conflict; the armed"
        " conflict 'war A' is ongoing, so no date can be given"
    )
    two = judged("TPNW", A, B_ONGOING)
    assert two.withdrawal.condition.endswith(
        "; the armed conflict 'war B' is ongoing, so no date can be given"
    )


def test_one_conflict_still_going_on_reads_as_before():
    v = judged("APMBC", war("war A"))
    assert v.withdrawal.condition == (
        "takes effect when the armed conflict 'war A' ends; it is ongoing, so no date can be given"
    )
    assert "The facts record that armed conflict as ongoing, with no end" in v.conclusion
    assert "That armed conflict is still going on: the withdrawal takes effect" in exception(v)


# -- a later conflict prolonging the wait ---------------------------------------------------

LATER = war("later war", start="2026-12-01", end="2027-09-01")
THIRD = war("third war", start="2027-06-01", end="2028-01-01")


def test_two_later_conflicts_prolonging_the_wait_are_named_together():
    v = judged("APMBC", A, LATER, THIRD, **EXTENDS)
    assert str(v.withdrawal.effective_date) == "2028-01-01"
    assert (
        "The later armed conflicts 'later war' and 'third war' prolong the wait, which ends on"
        " 2028-01-01, so the withdrawal takes effect on 2028-01-01."
    ) in exception(v)


def test_a_later_conflict_prolonging_the_wait_mid_wait_is_named_in_the_condition():
    # GC I Art. 63: tested when notice is given, "involved in" a conflict; the wait is for
    # peace and the operations after it, for the later conflict too.
    done = {"release_and_repatriation_completed": "2027-04-01"}
    first = A | done | {"peace_settlement": "2027-03-01"}
    later = LATER | done | {"peace_settlement": "2027-10-01"}
    v = judged("GC1", first, later, as_of="2027-03-01", **EXTENDS)
    assert v.withdrawal.condition == (
        "the State is involved in the conflict 'war A' when notice is given on 2025-08-31, and"
        " the later conflict 'later war' prolongs the wait; the wait ends on 2027-10-01 as the"
        " facts state"
    )


def test_a_later_conflict_of_unknown_end_is_what_leaves_the_date_open_not_the_first():
    # War A's end is given (2027-01-01); the missing fact is the later war's end.
    later = war("later war", start="2026-12-01", end_unknown=True)
    v = judged("APMBC", A, later, **EXTENDS)
    assert (v.status, v.withdrawal.effective_date) == ("withdrawal_deferred", None)
    assert v.withdrawal.condition == (
        "takes effect when the armed conflict 'war A' ends; the later armed conflict 'later war'"
        " prolongs the wait, to a day the facts do not give"
    )
    assert (
        "The later armed conflict 'later war' prolongs the wait, and the facts do not give the"
        " day the wait ends."
    ) in v.conclusion
    assert "The facts do not give the day that happens" not in v.conclusion


def test_a_later_conflict_still_going_on_under_the_geneva_conventions_is_not_said_to_end_the_wait():
    # What ends the wait for it is peace and the operations after it, not the conflict's end.
    first = A | {
        "peace_settlement": "2027-03-01",
        "release_and_repatriation_completed": "2027-04-01",
    }
    v = judged("GC1", first, war("later war", "2026-12-01"), **EXTENDS)
    assert v.withdrawal.condition.endswith(
        "; the later conflict 'later war' prolongs the wait, and the facts record it as ongoing,"
        " so no date can be given"
    )
    assert "ends too" not in v.withdrawal.condition


# -- whether the State is still engaged is unknown ------------------------------------------


def test_unknown_engagement_in_two_conflicts_asks_whether_it_is_engaged_in_either():
    u = war("war U", cessation_of_hostilities="2025-06-01", end_unknown=True)
    v = war("war V", start="2025-02-01", cessation_of_hostilities="2025-06-01", end_unknown=True)
    verdict = judged("APMBC", u, v, as_of="2026-10-01")
    assert verdict.withdrawal.condition.startswith(
        "if the State is no longer engaged in 'war U' or 'war V' on 2026-02-28, it takes effect"
        " on 2026-02-28; if it is still engaged then, it takes effect when the armed conflicts"
        " 'war U' and 'war V' end"
    )
    assert exception(verdict).startswith(
        "Whether the State is still engaged in the international armed conflict 'war U' (from"
        " 2025-01-01; its end is not known) or the international armed conflict 'war V'"
    )


def test_unknown_involvement_under_the_geneva_conventions_is_tested_on_the_day_of_notice():
    u = war("war U", cessation_of_hostilities="2025-06-01", end_unknown=True)
    v = judged("GC1", u, as_of="2026-10-01")
    assert v.withdrawal.condition.startswith(
        "if the State is no longer involved in 'war U' on 2025-08-31, it takes effect on"
        " 2026-08-31; if it is still involved then,"
    )


# -- outside the withdrawal: what-if answers and acts ---------------------------------------


def test_the_earliest_effect_with_two_deferring_conflicts_supposes_both_ended():
    answer = what_if.earliest_effect(doc("APMBC", war("war A"), B_ONGOING), as_of="2026-10-01")
    assert answer.answer.startswith(
        "On 2026-10-02, if the armed conflicts 'war A' and 'war B' ended that day"
    )
    assert answer.supposed == (
        "the armed conflict 'war A' ends on 2026-10-02",
        "the armed conflict 'war B' ends on 2026-10-02",
    )


def test_use_of_mines_during_two_conflicts_names_both_and_is_no_excuse():
    use = {"kind": "use", "date": "2025-07-01", "device": {"triggered_by": "person"}}
    v = tr.evaluate(doc("APMBC", war("war A"), B_ONGOING, as_of="2025-08-01", acts=[use]))
    texts = " ".join(f.explanation for f in v.acts[0].findings)
    assert (
        "On 2025-07-01 the State is engaged in the armed conflicts 'war A' and 'war B'. That is"
        " no excuse"
    ) in texts


def test_of_two_later_conflicts_prolonging_the_wait_the_one_still_going_on_is_named():
    v = judged("APMBC", A, LATER, war("third war", start="2027-06-01"), **EXTENDS)
    assert (v.status, v.withdrawal.effective_date) == ("withdrawal_deferred", None)
    assert v.withdrawal.condition == (
        "takes effect when the armed conflict 'war A' ends; the later armed conflicts 'later war'"
        " and 'third war' prolong the wait, and the facts record 'third war' as ongoing, so no"
        " date can be given"
    )
    assert (
        "The later armed conflicts 'later war' and 'third war' prolong the wait, and 'third war'"
        " is still going on: the withdrawal cannot take effect before the wait ends"
    ) in exception(v)
    assert "and the facts record 'third war' as ongoing, with no end" in v.conclusion
