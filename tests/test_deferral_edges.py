"""The edges of the armed-conflict exception that mutation testing found unchecked: conflicts
that follow one another, the annexed Protocol a denunciation names, ends that the facts do
not give (or bound), the days on which an engagement begins or ends, and the reasons given
when nothing defers.

The State (XAA), its wars and the dates are illustrative, not real-world facts: a State
acceding on 31 August 2001 and giving notice on 31 August 2025, whose notice expires on
28 February 2026 (six months: APMBC) or 31 August 2026 (twelve months: CCW, AP I, AP II,
the Geneva Conventions, TPNW).
"""

from __future__ import annotations

from typing import Any

import pytest
from builders import hypothetical_treaty

import treatyrules as tr
from treatyrules.clauses.deferral import Awaited

JOINED = {"kind": "accession", "date": "2001-08-31"}
NOTICE = {"kind": "withdrawal", "date": "2025-08-31", "reasons_given": True}
UN_FORCES = (
    "the functions of United Nations forces or missions performing peace-keeping, observation"
    " or similar functions in the area have ended"
)


def war(name: str = "our war", start: str = "2025-01-01", end: str | None = None, **fields: Any):
    """An armed conflict between XAA and another hypothetical State."""
    base = {"name": name, "parties": ["XAA", "XZZ"], "kind": "international", "start": start}
    return {**base, "end": end, **fields}


# A State not bound by the CCW's Amended Protocol II: denouncing the Convention does not
# denounce that Protocol, nor wait for its United Nations forces (Art. 9(3)).
NOT_APII = {"not_party_to": ["CCW-APII"]}


def judged(
    treaty: str,
    *conflicts: dict[str, Any],
    notice: dict[str, Any] = NOTICE,
    facts: dict[str, Any] | None = None,
    **options,
):
    doc = {"treaty": treaty, "state": "XAA", "as_of": "2100-01-01", "events": [JOINED, notice]}
    doc = {**doc, "conflicts": list(conflicts), **(facts or {})}
    return tr.evaluate(doc, interpretation=options or None)


def exception(verdict: Any, eid: str | None = None) -> Any:
    """The finding of the treaty's armed-conflict exception on the withdrawal."""
    eid = eid or EXCEPTION[verdict.treaty]
    (found,) = [c for f in verdict.findings for c in f.children if c.rule == eid]
    return found


EXCEPTION = {
    "APMBC": "art_20__para_3__sent_2",
    "CCW": "art_9__para_2__sent_2",
    "AP1": "art_99__para_1__sent_2",
    "GC1": "art_63__para_3__sent_2",
    "TPNW": "art_17__para_3__sent_2",
}
EXTENDS = {"new_conflict_during_deferral": "extends"}
CESSATION = "cessation_of_hostilities"


# -- conflicts that follow one another ------------------------------------------------------

FIRST = war("first war", end="2027-01-01")
DURING_FIRST = war("second war", start="2026-12-01", end="2027-09-01")
DURING_SECOND = war("third war", start="2027-06-01", end="2028-01-01")


@pytest.mark.parametrize(
    "conflicts",
    [(FIRST, DURING_FIRST, DURING_SECOND), (FIRST, DURING_SECOND, DURING_FIRST)],
    ids=["in order", "listed out of order"],
)
def test_under_the_tpnw_a_war_begun_while_the_wait_lasts_prolongs_it_after_the_first_ended(
    conflicts,
):
    # TPNW Art. 17(3): bound until it is no longer party to any armed conflict. The third war
    # begins after the first ended, but while the second still holds the State.
    w = judged("TPNW", *conflicts).withdrawal
    assert (w.outcome, str(w.effective_date)) == ("effective", "2028-01-01")
    assert w.deferred_by == ("first war",)


def test_under_the_extends_reading_the_apmbc_wait_follows_the_same_chain():
    w = judged("APMBC", FIRST, DURING_SECOND, DURING_FIRST, **EXTENDS).withdrawal
    assert str(w.effective_date) == "2028-01-01"
    assert str(judged("APMBC", FIRST, DURING_SECOND, DURING_FIRST).withdrawal.effective_date) == (
        "2027-01-01"  # by default only the conflicts under way when the notice expired count
    )


def test_a_war_begun_after_the_wait_has_ended_does_not_prolong_it():
    short = war("second war", start="2026-12-01", end="2027-03-01")
    later = war("later war", start="2027-06-01", end="2028-01-01")
    assert str(judged("TPNW", FIRST, short, later).withdrawal.effective_date) == "2027-03-01"


def test_a_war_begun_the_day_the_first_ends_prolongs_the_wait():
    next_day = war("second war", start="2027-01-01", end="2027-09-01")
    assert str(judged("TPNW", FIRST, next_day).withdrawal.effective_date) == "2027-09-01"


@pytest.mark.parametrize("begins", ["2026-02-28", "2026-06-01"], ids=["on the expiry", "later"])
def test_a_later_war_the_state_never_takes_part_in_does_not_prolong_the_wait(begins):
    # engaged_until is the first day the State is no longer engaged: its first day here.
    never = war("second war", start=begins, end="2027-09-01", engaged_until=begins)
    v = judged("APMBC", FIRST, never, **EXTENDS)
    assert str(v.withdrawal.effective_date) == "2027-01-01"
    assert "new_conflict_during_deferral" not in v.interpretations  # no conflict to ask about


def test_a_later_war_s_end_is_read_under_the_same_reading_of_its_end():
    later = war("second war", start="2026-12-01", end="2027-09-01")
    later |= {"general_close_of_military_operations": "2027-08-01"}
    later |= {"cessation_of_hostilities": "2027-07-01"}
    assert str(judged("TPNW", FIRST, later).withdrawal.effective_date) == "2027-08-01"
    by_cessation = judged("TPNW", FIRST, later, conflict_end_marker=CESSATION)
    assert str(by_cessation.withdrawal.effective_date) == "2027-07-01"


def test_a_later_war_still_going_on_leaves_the_withdrawal_without_a_date():
    v = judged("TPNW", FIRST, war("second war", start="2026-12-01"))
    assert (v.status, v.withdrawal.effective_date) == ("withdrawal_deferred", None)
    text = exception(v).explanation
    assert (
        # The Treaty keeps the State bound through the wait (TPNW Art. 17(3)): that is what ends.
        "The later armed conflict 'second war' prolongs the wait and is still going on: the"
        " State stays bound until it ends, and no date can be given."
    ) in text
    assert "9999" not in text
    # The condition and the conclusion name the conflict still going on: the later one,
    # not the first, which ended on 2027-01-01.
    # Under the TPNW the wait is for the State to be party to no conflict at all: the condition
    # does not add that the later conflict must "end" (the State's part in it decides).
    assert v.withdrawal.condition == (
        "the State continues to be bound by the obligations of the Treaty and of any additional"
        " protocols until it is no longer party to any armed conflict; the later armed"
        " conflict 'second war' prolongs the wait, and the facts record it as ongoing, so no"
        " date can be given"
    )
    assert "The later armed conflict 'second war' prolongs the wait" in v.conclusion
    assert "The facts record that armed conflict as ongoing" not in v.conclusion


def test_a_later_war_that_prolongs_the_wait_is_named_where_the_date_is_given():
    # On the reading that a conflict begun during the wait prolongs it (APMBC), the date is the
    # later war's end, and each sentence that gives it says which conflict it comes from.
    v = judged("APMBC", FIRST, DURING_FIRST, **EXTENDS)
    assert str(v.withdrawal.effective_date) == "2027-09-01"
    assert v.withdrawal.deferred_by == ("first war",)  # engaged on the day the notice expired
    assert "The later armed conflict 'second war' prolongs the wait, which ends on 2027-09-01" in (
        exception(v).explanation
    )
    early = tr.evaluate(
        {
            "treaty": "APMBC",
            "state": "XAA",
            "as_of": "2027-03-01",
            "events": [JOINED, NOTICE],
            "conflicts": [FIRST, DURING_FIRST],
        },
        interpretation=EXTENDS,
    )
    assert early.status == "withdrawal_deferred"
    assert "and the later armed conflict 'second war' prolongs the wait; the wait ends on" in (
        early.withdrawal.condition
    )
    assert "The later armed conflict 'second war' prolongs the wait." in early.conclusion


# -- the annexed Protocol a CCW denunciation names (Art. 9(2)) ----------------------------

OPERATIONS_ENDED = {
    "release_and_repatriation_completed": "2027-03-01",
    "re_establishment_completed": "2027-03-01",
}


@pytest.mark.parametrize(
    ("protocol", "effective"), [("V", "2027-03-01"), ("APII", None)], ids=["Protocol V", "APII"]
)
def test_denouncing_amended_protocol_ii_also_waits_for_united_nations_forces_to_leave(
    protocol, effective
):
    notice = {**NOTICE, "protocol": protocol}
    # United Nations forces perform functions in the area; when they end is not recorded.
    present = {"un_forces_in_area": True}
    v = judged("CCW", war(end="2027-01-01", **OPERATIONS_ENDED, **present), notice=notice)
    assert str(v.withdrawal.effective_date) == str(effective)
    text = exception(v).explanation
    if protocol == "APII":
        assert v.withdrawal.outcome == "deferred"
        assert (
            f"The facts do not record when {UN_FORCES} (conflicts[0].un_functions_terminated):"
            " the State stays bound until then (at least until 2027-03-01), and no"
            " date can be given."
        ) in text
        assert "conflicts[0].un_functions_terminated" in [u.fact for u in v.unknowns]
    else:
        assert "United Nations" not in text


def test_amended_protocol_ii_takes_effect_when_united_nations_forces_have_left():
    conflict = war(end="2027-01-01", **OPERATIONS_ENDED, un_functions_terminated="2027-05-01")
    apii = judged("CCW", conflict, notice={**NOTICE, "protocol": "APII"})
    assert str(apii.withdrawal.effective_date) == "2027-05-01"
    assert str(judged("CCW", conflict, facts=NOT_APII).withdrawal.effective_date) == "2027-03-01"
    # A State bound by it that denounces the Convention denounces the Protocol too: its wait
    # holds the Protocol alone (ccw_un_limb_scope, by default), or the Convention as well.
    facts = {"also_party_to": ["CCW-APII"]}
    bound = judged("CCW", conflict, facts=facts)
    assert str(bound.withdrawal.effective_date) == "2027-03-01"
    assert "Amended Protocol II binds the State until then: on 2027-05-01." in (
        exception(bound).explanation
    )
    whole = judged("CCW", conflict, facts=facts, ccw_un_limb_scope="whole_convention")
    assert str(whole.withdrawal.effective_date) == "2027-05-01"


def test_a_later_war_prolongs_the_wait_of_amended_protocol_ii_to_its_own_united_nations_end():
    first = war(end="2027-01-01", **OPERATIONS_ENDED, un_functions_terminated="2027-05-01")
    second = war(
        "second war",
        start="2027-02-01",
        end="2027-09-01",
        release_and_repatriation_completed="2027-10-01",
        re_establishment_completed="2027-10-01",
        un_functions_terminated="2027-11-01",
    )
    apii = judged("CCW", first, second, notice={**NOTICE, "protocol": "APII"}, **EXTENDS)
    assert str(apii.withdrawal.effective_date) == "2027-11-01"
    convention = judged("CCW", first, second, facts=NOT_APII, **EXTENDS)
    assert str(convention.withdrawal.effective_date) == "2027-10-01"


def test_while_the_war_goes_on_amended_protocol_ii_s_wait_names_united_nations_forces():
    v = judged("CCW", war(), notice={**NOTICE, "protocol": "APII"})
    assert v.withdrawal.outcome == "deferred" and UN_FORCES in v.withdrawal.condition
    assert (
        f"That armed conflict is still going on: the State stays bound until the"
        f" armed conflict or occupation has ended and the operations of final release,"
        f" repatriation or re-establishment of the persons protected by the rules of international"
        f" law applicable in armed conflict have ended and {UN_FORCES}, which the facts do not yet"
        " give."
    ) in exception(v).explanation


def test_if_the_war_s_end_is_unknown_amended_protocol_ii_s_possible_wait_names_them_too():
    conflict = war(end_unknown=True, cessation_of_hostilities="2026-05-01")
    v = judged("CCW", conflict, notice={**NOTICE, "protocol": "APII"})
    assert v.withdrawal.outcome == "indeterminate"
    assert "If it is, the denunciation waits until the armed conflict or occupation has ended" in (
        exception(v).explanation
    )
    assert f"and {UN_FORCES}; if not, it takes effect on its date." in exception(v).explanation


# -- ends that the facts do not give, or bound ---------------------------------------------


def test_an_unrecorded_end_marker_leaves_the_engagement_open_but_bounds_the_wait():
    # The reading conflict_end_marker = cessation_of_hostilities needs a day the facts do not
    # give; the general close of military operations (1 December 2026) comes no earlier.
    conflict = war(general_close_of_military_operations="2026-12-01")
    v = judged("APMBC", conflict, conflict_end_marker="cessation_of_hostilities")
    assert v.withdrawal.condition == (
        "if the State is no longer engaged in 'our war' on 2026-02-28, it takes effect on"
        " 2026-02-28; if it is still engaged then, it takes effect when the armed conflict 'our"
        " war' ends, on a day the facts do not give (by 2026-12-01 at the latest)"
    )
    assert exception(v).outcome == "unknown"
    assert exception(v).explanation == (
        "Whether the State is still engaged in the international armed conflict 'our war' (from"
        " 2025-01-01; its end is not recorded; military operations closed generally on"
        " 2026-12-01) on 2026-02-28, when the notice period expires, depends on a fact the scenario does not give (conflicts[0].cessation_of_hostilities). If it"
        " is, the withdrawal waits for the end of the armed conflict; if not, it takes effect on"
        " its date. The facts do not give the day the wait ends under the reading applied; it ends"
        " by 2026-12-01 at the latest. The treaty does not forbid giving notice during an armed"
        " conflict: only the effect of the withdrawal can wait."
    )
    on = {"conflict_end_marker": "cessation_of_hostilities"}
    doc = {"treaty": "APMBC", "state": "XAA", "events": [JOINED, NOTICE], "conflicts": [conflict]}
    assert tr.evaluate(doc, as_of="2026-12-01", interpretation=on).status == "withdrawn"
    assert tr.evaluate(doc, as_of="2026-06-01", interpretation=on).possible_statuses == (
        "withdrawn",
        "withdrawal_deferred",
    )


def test_a_war_whose_end_is_not_known_gives_no_date_and_no_bound():
    v = judged("APMBC", war(end_unknown=True))
    assert v.status == "indeterminate"
    text = exception(v).explanation
    assert "depends on a fact the scenario does not give (conflicts[0].end)." in text
    assert "The facts do not give the day the wait ends under the reading applied. The" in text


def test_a_notice_of_unknown_form_during_a_war_of_unknown_end_says_each_combination():
    # defective_notice = invalid: whether the notice is complete is not known (notified is
    # not given), nor whether the State is still engaged when it expires.
    v = judged("APMBC", war(end_unknown=True), defective_notice="invalid")
    assert v.possible_statuses == ("withdrawn", "withdrawal_deferred", "party")
    assert v.withdrawal.condition == (
        "if its form turns out complete, if the State is no longer engaged in 'our war' on"
        " 2026-02-28, it takes effect on 2026-02-28; if its form turns out complete, if it is"
        " still engaged then, it takes effect when the armed conflict 'our war' ends, on a day"
        " the facts do not give; if it turns out defective (defective_notice = invalid), it is"
        " not a withdrawal"
    )


def test_two_wars_whose_ends_are_not_known_are_both_named():
    v = judged("APMBC", war("A", end_unknown=True), war("B", end_unknown=True))
    # Engaged in neither ("'A' or 'B'"), or in one at least, whose ends both count.
    assert v.withdrawal.condition == (
        "if the State is no longer engaged in 'A' or 'B' on 2026-02-28, it takes effect on"
        " 2026-02-28; if it is still engaged then, it takes effect when the armed conflicts 'A'"
        " and 'B' end, on a day the facts do not give"
    )
    assert "(conflicts[0].end, conflicts[1].end)" in exception(v).explanation


def test_the_latest_day_is_the_later_of_a_known_end_and_the_bound_on_an_unknown_one():
    # A begins the day the notice expires, so the State is engaged in it; its end under the
    # cessation reading is not given but comes by 1 May 2027; B ends on 1 January 2028.
    bounded = war("A", start="2026-02-28", end="2027-06-01")
    bounded["general_close_of_military_operations"] = "2027-05-01"
    v = judged("APMBC", bounded, war("B", end="2028-01-01"), conflict_end_marker=CESSATION)
    assert v.withdrawal.deferred_by == ("A", "B")
    assert v.withdrawal.condition.endswith("(by 2028-01-01 at the latest)")


def test_a_later_war_still_going_on_removes_the_bound_on_an_unknown_end():
    bounded = war("A", start="2026-02-28", end="2027-01-01")
    bounded["general_close_of_military_operations"] = "2026-12-01"
    later = war("B", start="2026-11-01")
    v = judged("APMBC", bounded, later, conflict_end_marker=CESSATION, **EXTENDS)
    assert v.withdrawal.effective_date is None
    assert "at the latest" not in v.withdrawal.condition


def test_a_geneva_denunciation_waits_for_peace_which_the_end_of_the_fighting_is_not():
    # GC I Art. 63(3): not before peace has been concluded, and the operations of release and
    # repatriation have ended; only the peace settlement is missing here.
    v = judged("GC1", war(end="2027-01-01", release_and_repatriation_completed="2027-03-01"))
    assert v.status == "withdrawal_deferred"
    assert (
        "The facts do not record when peace has been concluded (conflicts[0].peace_settlement):"
        " the denunciation cannot take effect before then, nor before 2027-03-01, and no date"
        " can be given."
    ) in exception(v).explanation


def test_a_geneva_denunciation_during_a_war_of_unknown_end_may_wait_for_peace():
    v = judged("GC1", war(end_unknown=True))
    assert v.status == "indeterminate"
    assert (
        "If it is, the denunciation waits until peace has been concluded and the operations"
        " connected with the release and repatriation of the persons the Convention protects"
        " have been terminated; if not, it takes effect on its date."
    ) in exception(v).explanation


def test_a_ccw_wait_names_every_part_whose_end_is_missing():
    conflict = war(general_close_of_military_operations="2026-12-01")
    v = judged("CCW", conflict, facts=NOT_APII, conflict_end_marker=CESSATION)
    assert (
        "The facts do not record when the armed conflict or occupation has ended and the"
        " operations of final release, repatriation or re-establishment of the persons protected"
        " by the rules of international law applicable in armed conflict have ended"
        " (conflicts[0].cessation_of_hostilities, conflicts[0].release_and_repatriation_completed,"
        " conflicts[0].re_establishment_completed): the State stays bound until"
        " then (at least until 2026-08-31), and no date can be given."
    ) in exception(v).explanation


# -- the days on which an engagement begins or ends (a treaty's own situations: CCW, AP I) ---


@pytest.mark.parametrize("treaty", ["CCW", "AP1"])
@pytest.mark.parametrize(
    ("conflict", "deferred"),
    [
        (war(start="2026-08-31", end="2027-01-01"), True),  # begins the day the notice expires
        (war(end="2027-01-01", engaged_until="2026-08-31"), False),  # its part ends that day
        (war(end="2026-08-31"), False),  # the war ends that day
        (war(end_unknown=True, cessation_of_hostilities="2026-12-01"), True),  # goes on past it
    ],
    ids=["begins that day", "engagement ends that day", "ends that day", "marker after it"],
)
def test_engagement_on_the_day_the_notice_expires(treaty, conflict, deferred):
    w = judged(treaty, conflict).withdrawal
    assert w.outcome == ("deferred" if deferred else "effective")  # decided, not indeterminate
    assert (w.deferred_by == ("our war",)) is deferred
    assert (w.effective_date == w.notice_expires) is not deferred


@pytest.mark.parametrize("treaty", ["CCW", "AP1"])
@pytest.mark.parametrize("marker", [None, "2026-08-31"], ids=["no marker", "marker that day"])
def test_a_war_of_unknown_end_with_no_marker_after_the_expiry_leaves_engagement_unknown(
    treaty, marker
):
    conflict = war(end_unknown=True, cessation_of_hostilities=marker)
    v = judged(treaty, conflict)
    assert v.status == "indeterminate" and exception(v).outcome == "unknown"


# -- the reasons given when nothing defers ---------------------------------------------------


def not_deferring(*conflicts: dict[str, Any], **options: str) -> str:
    v = judged("APMBC", *conflicts, **options)
    assert v.withdrawal.effective_date == v.withdrawal.notice_expires
    assert exception(v).outcome == "fails"
    return exception(v).explanation


def test_each_war_that_does_not_defer_is_named_with_its_reason():
    text = not_deferring(
        war("A", involvement="supporting"), war("B", end="2027-01-01", engaged_until="2026-01-01")
    )
    assert (
        "the State is not engaged in an armed conflict that defers the withdrawal: the"
        " international armed conflict 'A' (from 2025-01-01, recorded as ongoing) involves it only"
        " in support, not as a party; the international armed conflict 'B' (from 2025-01-01,"
        " until 2027-01-01) no longer engages it: its engagement ended on 2026-01-01. Nothing"
        " defers the effect."
    ) in text


def test_a_war_the_state_supports_from_the_day_its_notice_expires_is_named_as_support():
    text = not_deferring(war("A", start="2026-02-28", involvement="supporting"))
    assert "'A' (from 2026-02-28, recorded as ongoing) involves it only in support" in text


def test_an_engagement_ending_on_the_day_the_notice_expires_is_named_with_that_day():
    text = not_deferring(war(end="2027-01-01", engaged_until="2026-02-28"))
    assert "no longer engages it: its engagement ended on 2026-02-28" in text


def test_a_war_over_by_the_reading_of_its_end_is_named_as_ended_under_that_reading():
    conflict = war(general_close_of_military_operations="2026-01-01")
    text = not_deferring(conflict, conflict_end_marker=CESSATION)
    assert "has ended for it under the reading of its end applied. Nothing defers" in text


def test_a_war_ending_the_day_the_notice_expires_is_listed_as_weighed():
    # It ends on the expiry day: that day it is over, and the reason names it as weighed.
    text = not_deferring(war(end="2026-02-28"))
    assert (
        "the armed conflict the State was involved in had ended (the international armed"
        " conflict 'our war' (from 2025-01-01, until 2026-02-28))"
    ) in text


# -- the wait as a treaty declares it ------------------------------------------------------

RELEASE = Awaited(
    facts=("release_and_repatriation_completed",),
    words="the operations of release and repatriation have ended",
)
ALL_RECORDED = {
    "release_and_repatriation_completed": "2027-03-01",
    "peace_settlement": "2027-05-01",
}


@pytest.mark.parametrize(
    ("deferral", "until", "effective"),
    [
        (
            {"also_awaits": (RELEASE,)},
            "the armed conflict has ended and the operations of release and repatriation have"
            " ended",
            "2027-03-01",
        ),
        (
            {"ends_with": "any_conflict", "also_awaits": (RELEASE,)},
            "the State is no longer party to any armed conflict and the operations of release"
            " and repatriation have ended",
            "2027-03-01",
        ),
        ({"ends_with": "peace"}, "peace has been concluded", "2027-05-01"),
    ],
    ids=["its end and more", "any conflict and more", "peace alone"],
)
def test_a_declared_wait_is_said_and_ends_as_the_treaty_declares_it(deferral, until, effective):
    # Hypothetical treaties: a twelve-month notice whose effect waits as each declares.
    hypothetical_treaty(
        heading="art_9",
        right="art_9__para_1",
        notice="art_9__para_1",
        period="art_9__para_2",
        recipients=("depositary",),
        months=12,
        deferral=tr.Deferral(eid="art_9__para_3", **deferral),
    )
    ongoing = exception(judged("XT-HYPOTHETICAL", war()), "art_9__para_3").explanation
    assert f"The withdrawal does not take effect before {until}." in ongoing
    assert (
        f"the withdrawal cannot take effect before {until}, which the facts do not yet" in ongoing
    )
    ended = judged("XT-HYPOTHETICAL", war(end="2027-01-01", **ALL_RECORDED)).withdrawal
    assert str(ended.effective_date) == effective


def test_the_heading_of_a_wait_a_later_war_prolongs_names_that_war_not_the_first():
    # Illustrative: the first war ends on 2027-01-01 (given); the second, begun during the
    # wait, is still going on. What the missing day waits for is the second.
    v = judged("APMBC", FIRST, war("second war", start="2026-12-01"), **EXTENDS)
    (heading,) = [f for f in v.findings if f.rule == "art_20"]
    assert heading.explanation == (
        "The withdrawal received on 2025-08-31 takes effect only when the wait ends: the later"
        " armed conflict 'second war' prolongs the wait; that day is not given."
    )


def test_a_tpnw_wait_on_a_war_still_going_on_ends_when_the_state_is_in_no_war_not_when_that_one_ends():
    # Under TPNW Art. 17(3) a war begun meanwhile also holds the State: the release comes when
    # it is party to no armed conflict, not on the day the first war ends.
    v = judged("TPNW", war("first war"), war("second war", start="2026-12-01", end="2027-06-01"))
    text = exception(v).explanation
    assert (
        "That armed conflict is still going on: the State is released on the day it is no longer"
        " party to any armed conflict, which the facts do not yet give."
    ) in text
    assert "on the day it ends" not in text


@pytest.mark.parametrize(
    ("marker", "said"),
    [
        ("general_close_of_military_operations", "military operations closed generally on"),
        ("cessation_of_hostilities", "hostilities ceased on"),
        ("peace_settlement", "peace was concluded on"),
    ],
)
def test_a_war_with_no_end_recorded_but_a_marker_of_its_end_is_not_called_ongoing(marker, said):
    # `end: null` with a marker: the end is not recorded, and the marker is (the default reading
    # ends the conflict with the general close of military operations).
    v = judged("APMBC", war(**{marker: "2026-06-01"}))
    (deferral,) = v.find("art_20__para_3__sent_2")[:1]
    assert "recorded as ongoing" not in deferral.explanation
    assert (
        f"'our war' (from 2025-01-01; its end is not recorded; {said} 2026-06-01)"
        in deferral.explanation
    )


def test_a_war_with_no_end_and_no_marker_is_still_recorded_as_ongoing():
    (deferral,) = judged("APMBC", war()).find("art_20__para_3__sent_2")[:1]
    assert "'our war' (from 2025-01-01, recorded as ongoing)" in deferral.explanation
