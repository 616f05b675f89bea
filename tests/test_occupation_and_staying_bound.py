"""The withdrawal sentences say what the treaty says: an occupation is named as an occupation
where the treaty's exception names one (CCW Art. 9(2), Additional Protocol I Art. 99(1): "the
armed conflict or occupation"), and where the treaty keeps the State bound during the wait
(CCW Art. 9(2), TPNW Art. 17(3)) the conclusion and the condition say that it continues to be
bound, not that the denunciation "does not take effect". A treaty whose exception names no
occupation (APMBC) keeps its words, and reads exactly as before.

The State (XXA), the occupation 'Eastland', the war 'war A' and every date are illustrative,
not real-world facts: a State acceding on 31 August 2001 and giving notice on 31 August 2025,
read on 1 October 2026, after its notice expired (28 February 2026 under the APMBC's six
months; 31 August 2026 under the twelve months of the CCW, AP I and TPNW).
"""

from __future__ import annotations

from typing import Any

import treatyrules as tr
from treatyrules import what_if
from treatyrules.clauses.words import Words

JOINED = {"kind": "accession", "date": "2001-08-31"}
NOTICE = {
    "kind": "withdrawal",
    "date": "2025-08-31",
    "reasons_given": True,
    "notified": ["depositary"],
}
OPERATIONS = {
    "release_and_repatriation_completed": "2027-03-01",
    "re_establishment_completed": "2027-03-01",
}
BOUND_CCW = "the obligations of the Convention and of the relevant annexed Protocols"
OPS_CCW = (
    "the operations of final release, repatriation or re-establishment of the persons"
    " protected by the rules of international law applicable in armed conflict have ended"
)
PARTY = (
    "XXA is still a party to the {title} on 2026-10-01, bound by all its obligations as a"
    " {party} (not merely by the duty of VCLT Art. 18 not to defeat the treaty's object and"
    " purpose)"
)
CCW = PARTY.format(
    title="Convention on Certain Conventional Weapons", party="High Contracting Party"
)


def conflict(name: str, kind: str = "international", end: str | None = None, **more: Any):
    base = {"name": name, "parties": ["XXA", "XXZ"], "kind": kind, "start": "2025-01-01"}
    return {**base, "end": end, **more}


OCCUPATION = conflict("Eastland", "occupation", "2027-01-01", **OPERATIONS)
OCCUPATION_ONGOING = conflict("Eastland", "occupation")
WAR = conflict("war A", end="2027-02-01", **OPERATIONS)


def doc(treaty: str, *conflicts: dict[str, Any]) -> dict[str, Any]:
    events = [JOINED, NOTICE]
    return {
        "treaty": treaty,
        "state": "XXA",
        "as_of": "2026-10-01",
        "events": events,
        "conflicts": list(conflicts),
        # Not bound by the CCW's Amended Protocol II, whose United Nations forces a CCW
        # denunciation would also await (Art. 9(3)); the other treaties do not read it.
        "not_party_to": ["CCW-APII"],
    }


def judged(treaty: str, *conflicts: dict[str, Any], **readings: Any) -> Any:
    return tr.evaluate(doc(treaty, *conflicts), interpretation=readings or None)


def test_an_occupation_deferring_a_ccw_denunciation_is_named_an_occupation_and_binds_the_state():
    v = judged("CCW", OCCUPATION)
    assert (v.status, str(v.withdrawal.effective_date)) == ("withdrawal_deferred", "2027-03-01")
    assert v.withdrawal.deferred_by == ("Eastland",)  # the contract: names alone
    assert v.withdrawal.condition == (
        "the State is engaged in a situation referred to in Article 1, the occupation 'Eastland'"
        " when the notice period expires on 2026-08-31; the wait ends on 2027-03-01 as the facts"
        " state"
    )
    assert v.conclusion == (
        f"{CCW}: its notice of denunciation expired on 2026-08-31, but on that day it was engaged"
        " in a situation referred to in Article 1, the occupation 'Eastland', so it continues to"
        f" be bound by {BOUND_CCW} until the occupation has ended and {OPS_CCW}. The notice itself"
        " was lawful: only the State's release waits. The facts give 2027-03-01 as the end of the"
        " wait, a date after 2026-10-01: on that later fact it continues to be bound until that"
        " day."
    )
    assert "armed conflict 'Eastland'" not in v.model_dump_json()


def test_an_occupation_still_going_on_keeps_a_ccw_party_bound_with_no_date():
    v = judged("CCW", OCCUPATION_ONGOING)
    assert (v.status, v.withdrawal.effective_date) == ("withdrawal_deferred", None)
    assert v.withdrawal.condition == (
        f"the State continues to be bound by {BOUND_CCW} until the occupation 'Eastland' has"
        f" ended and {OPS_CCW}; it is ongoing, so no date can be given"
    )
    assert v.conclusion.endswith(
        " The facts record that occupation as ongoing, with no end: no date can be given yet."
    )
    (exception,) = [c for f in v.findings for c in f.children if c.rule == "art_9__para_2__sent_2"]
    assert "That occupation is still going on:" in exception.explanation


def test_an_armed_conflict_and_an_occupation_together_are_each_named_as_what_they_are():
    v = judged("CCW", WAR, OCCUPATION)
    assert v.withdrawal.deferred_by == ("war A", "Eastland")
    # Art. 9(2): "one of the situations referred to in Article 1"; two of them, in the plural.
    assert v.withdrawal.condition == (
        "the State is engaged in situations referred to in Article 1, the armed conflict 'war A'"
        " and the occupation 'Eastland' when the notice period expires on 2026-08-31; the wait"
        " ends on 2027-03-01 as the facts state"
    )
    assert (
        "but on that day it was engaged in situations referred to in Article 1, the armed conflict"
        " 'war A' and the occupation 'Eastland', so it continues to be bound by"
        f" {BOUND_CCW} until the armed conflict and the occupation have ended and {OPS_CCW}."
    ) in v.conclusion


def test_an_occupation_deferring_an_additional_protocol_i_denunciation_keeps_its_effect_waiting():
    # Art. 99(1): the denunciation "shall not take effect" -- the Protocol does not say the
    # State stays bound, so its words are kept; the occupation is named as one.
    v = judged("AP1", OCCUPATION)
    assert (
        "but on that day it was engaged in a situation referred to in Article 1, the occupation"
        " 'Eastland', so the denunciation does not take effect before the occupation has ended and"
        " the operations of final release, repatriation or re-establishment of the persons"
        " protected by the Conventions or the Protocol have ended. The notice itself was lawful:"
        " only its effect waits."
    ) in v.conclusion
    assert v.conclusion.endswith(
        "on that later fact the denunciation takes effect that day, and not before."
    )


def test_a_tpnw_withdrawal_in_war_is_read_in_its_own_words_the_state_stays_bound():
    v = judged("TPNW", conflict("war A", end="2027-02-01"))
    assert (v.status, str(v.withdrawal.effective_date)) == ("withdrawal_deferred", "2027-02-01")
    assert v.conclusion == (
        PARTY.format(title="Treaty on the Prohibition of Nuclear Weapons", party="State Party")
        + ": its notice of withdrawal expired on 2026-08-31, but on that day it was a party to the"
        " armed conflict 'war A', so it continues to be bound by the obligations of the Treaty and"
        " of any additional protocols until the State is no longer party to any armed conflict."
        " The notice itself was lawful: only the State's release waits. The facts give 2027-02-01"
        " as the end of the wait, a date after 2026-10-01: on that later fact it continues to be"
        " bound until that day."
    )


def test_an_apmbc_withdrawal_in_war_reads_as_before():
    v = judged("APMBC", conflict("war A", end="2027-02-01"))
    assert v.withdrawal.condition == (
        "the State is engaged in the armed conflict 'war A' when the notice period expires on"
        " 2026-02-28; the wait ends on 2027-02-01 as the facts state"
    )
    # The position; the contested readings it rests on (the notice's other recipients) follow.
    # The facts record the Depositary alone as notified, so the notice is not called lawful,
    # only not barred, and the conclusion names the defect with its provision.
    assert v.conclusion.split(" This rests on")[0] == (
        PARTY.format(title="Anti-Personnel Mine Ban Convention", party="State Party")
        + ": its notice of withdrawal expired on 2026-02-28, but on that day it was engaged in the"
        " armed conflict 'war A', so the withdrawal does not take effect before the armed"
        " conflict ends. The conflict does not bar the notice: only its effect waits. The facts give"
        " 2027-02-01 as the end of the wait, a date after 2026-10-01: on that later fact the"
        " withdrawal takes effect that day, and not before. The instrument of withdrawal received"
        " on 2025-08-31 has a defect of form on record: Notice of withdrawal to the Depositary:"
        " given; to all other States Parties: NOT given; to the United Nations Security Council:"
        " NOT given (APMBC Art. 20(2), second sentence)."
    )


def test_an_occupation_counted_under_the_apmbc_is_spoken_of_as_its_armed_conflict():
    # Art. 20(3) names no occupation: where a reading counts one, the treaty's noun is kept.
    v = judged("APMBC", OCCUPATION_ONGOING, armed_conflict_scope="including_occupation")
    assert v.withdrawal.condition == (
        "takes effect when the armed conflict 'Eastland' ends; it is ongoing, so no date can be"
        " given"
    )


def test_the_what_if_of_an_occupation_ending_names_it_an_occupation():
    ongoing = doc("CCW", {**OCCUPATION_ONGOING, **OPERATIONS})
    answer = what_if.if_conflict_ends(ongoing, "Eastland", "2027-02-01")
    assert answer.question == (
        "If the occupation 'Eastland' ends on 2027-02-01, when does the denunciation take effect?"
    )
    assert answer.answer == (
        "On 2027-03-01: the denunciation waits for the end of that occupation, supposed on"
        " 2027-02-01."
    )
    both = doc("CCW", {**WAR, "end": None}, {**OCCUPATION_ONGOING, **OPERATIONS})
    assert what_if.earliest_effect(both).answer == (
        "On 2027-03-01, if the armed conflict 'war A' and the occupation 'Eastland' ended that"
        " day. On the facts as given no date can be given yet."
    )


def test_conflicts_of_two_kinds_are_named_in_groups_the_nouns_agreeing():
    w = Words(
        short="the Protocol",
        term="denunciation",
        verb="denounce",
        instrument="instrument of denunciation",
        party="Party",
        recipients={},
        occupation="occupation",
    )
    kinds = {"A": "international", "B": "non_international", "O": "occupation"}
    assert w.the_conflicts(("A", "O", "B"), kinds) == (
        "the armed conflicts 'A' and 'B', and the occupation 'O'"
    )
    assert (
        w.the_conflicts(("O", "A"), kinds, shown=False) == "the occupation and the armed conflict"
    )
    assert w.the_conflicts(("O",), {}) == "the armed conflict 'O'"  # its kind not known


def test_the_exception_s_finding_says_when_the_ccw_party_is_released_and_the_apmbc_s_effect():
    # The finding of the exception ends on what the treaty says ends: the State's obligations
    # under the CCW (Art. 9(2)), the withdrawal's effect under the APMBC (Art. 20(3)).
    (ccw,) = judged("CCW", OCCUPATION).find("art_9__para_2__sent_2")
    assert "The wait ends on 2027-03-01, so the State is released on 2027-03-01." in (
        ccw.explanation
    )
    assert "takes effect on 2027-03-01" not in ccw.explanation
    apmbc, _ = judged("APMBC", conflict("war A", end="2027-02-01")).find("art_20__para_3__sent_2")
    assert "The wait ends on 2027-02-01, so the withdrawal takes effect on 2027-02-01." in (
        apmbc.explanation
    )


def test_the_heading_of_a_ccw_denunciation_in_an_occupation_says_how_long_the_state_stays_bound():
    (heading,) = [f for f in judged("CCW", OCCUPATION).findings if f.rule == "art_9"]
    assert heading.explanation == (
        f"The denunciation received on 2025-08-31 leaves the State bound by {BOUND_CCW} until"
        " 2027-03-01."
    )


def test_notice_given_in_war_under_the_ccw_says_the_state_stays_bound_not_that_the_effect_waits():
    (right,) = [
        f for f in judged("CCW", WAR).find("art_9__para_1") if "may denounce" in f.explanation
    ]
    assert right.explanation.endswith(
        "which the treaty does not forbid: while the wait lasts it stays bound."
    )
    apmbc = judged("APMBC", conflict("war A", end="2027-02-01"))
    assert "when it gives notice, which the treaty does not forbid: only the effect of the" in (
        apmbc.model_dump_json()
    )


def test_notice_given_in_war_under_the_tpnw_speaks_of_a_party_to_the_conflict():
    (right,) = [
        f
        for f in judged("TPNW", WAR).find("art_17__para_2__sent_1")
        if "may withdraw" in f.explanation
    ]
    assert "It is a party to an armed conflict when it gives notice" in right.explanation
    assert "engaged in" not in right.explanation


def test_notice_given_during_an_occupation_under_the_ccw_gets_the_note_on_notice_in_war():
    # CCW Art. 9(2) names "the armed conflict or occupation": an occupation under way when
    # notice is given is a situation of Art. 1, as an armed conflict is.
    (right,) = [
        f
        for f in judged("CCW", OCCUPATION).find("art_9__para_1")
        if "may denounce" in f.explanation
    ]
    assert right.explanation.endswith(
        "It is engaged in an occupation when it gives notice, which the treaty does not forbid:"
        " while the wait lasts it stays bound."
    )


def test_notice_given_during_an_occupation_under_additional_protocol_i_gets_the_note_too():
    (right,) = [
        f
        for f in judged("AP1", OCCUPATION).find("art_99__para_1__sent_1")
        if "may denounce" in f.explanation
    ]
    assert "It is engaged in an occupation when it gives notice" in right.explanation


def test_an_occupation_under_the_apmbc_whose_exception_names_none_gets_no_note_on_notice():
    # The APMBC's exception speaks of armed conflicts only; whether an occupation counts is
    # the reading armed_conflict_scope, so no note is given on notice during one.
    (right,) = [
        f
        for f in judged("APMBC", OCCUPATION).find("art_20__para_2__sent_1")
        if "may withdraw" in f.explanation
    ]
    assert "when it gives notice" not in right.explanation


def read_later(treaty: str, *conflicts: dict[str, Any]) -> Any:
    return tr.evaluate(doc(treaty, *conflicts), as_of="2027-06-01")


def test_a_ccw_denunciation_took_effect_after_its_year_the_state_bound_until_the_wait_ended():
    # CCW Art. 9(2): the denunciation takes effect one year after receipt; a Party then engaged
    # in an Art. 1 situation continues to be bound until the conflict and the operations end.
    v = read_later("CCW", WAR)
    assert (v.status, str(v.withdrawal.effective_date)) == ("withdrawn", "2027-03-01")
    assert v.conclusion.startswith(
        "XXA is no longer a party to the Convention on Certain Conventional Weapons on"
        " 2027-06-01: the notice period of its denunciation ended on 2026-08-31, but as it was"
        " then engaged in a situation referred to in Article 1, the armed conflict 'war A', it"
        f" continued to be bound by {BOUND_CCW} until 2027-03-01, when the wait ended and it"
        " was released."
    )
    assert "took effect on 2027-03-01" not in v.conclusion


def test_a_tpnw_withdrawal_took_effect_after_twelve_months_the_state_bound_while_at_war():
    v = read_later("TPNW", WAR)
    assert str(v.withdrawal.effective_date) == "2027-02-01"
    assert (
        "the notice period of its withdrawal ended on 2026-08-31, but as it was then a party"
        " to the armed conflict 'war A', it continued to be bound by the obligations of the"
        " Treaty and of any additional protocols until 2027-02-01, when the wait ended and it"
        " was released"
    ) in v.conclusion


def test_an_apmbc_withdrawal_whose_effect_waited_is_said_to_take_effect_when_the_wait_ended():
    v = read_later("APMBC", conflict("war A", end="2027-02-01"))
    assert "its withdrawal took effect on 2027-02-01." in v.conclusion


def test_a_tpnw_wait_a_later_war_prolonged_says_so_once_it_is_over():
    later = conflict("war B", end="2027-04-01") | {"start": "2027-01-15"}
    v = read_later("TPNW", WAR, later)
    assert str(v.withdrawal.effective_date) == "2027-04-01"
    assert (
        "until 2027-04-01, when the wait ended and it was released; the later armed conflict"
        " 'war B' prolonged it."
    ) in v.conclusion


def right_to_leave(v: Any, eid: str) -> str:
    (right,) = [f for f in v.find(eid) if " it may " in f.explanation]
    return right.explanation


def test_no_note_on_notice_in_war_for_a_conflict_the_treaty_s_exception_does_not_cover():
    # AP II Art. 25(1) waits only in a non-international conflict (its Art. 1); AP I Art. 99(1)
    # only in its own Art. 1 situations, which a non-international conflict is not.
    war_a = conflict("war A", end="2027-02-01")
    rebellion = conflict("the rebellion", "non_international", "2027-02-01")
    assert "when it gives notice" not in right_to_leave(
        judged("AP2", war_a), "art_25__para_1__sent_1"
    )
    assert "when it gives notice" in right_to_leave(
        judged("AP2", rebellion), "art_25__para_1__sent_1"
    )
    assert "when it gives notice" not in right_to_leave(
        judged("AP1", rebellion), "art_99__para_1__sent_1"
    )


def test_the_ccw_note_on_notice_in_a_non_international_conflict_follows_the_2001_amendment():
    rebellion = conflict("the rebellion", "non_international", "2027-02-01")
    unknown = judged("CCW", rebellion)  # the amendment unrecorded: the conflict may count
    assert "when it gives notice" in right_to_leave(unknown, "art_9__para_1")
    not_bound = tr.evaluate(
        doc("CCW", rebellion) | {"not_party_to": ["CCW-APII", "CCW-AMENDED-ART1"]}
    )
    assert "when it gives notice" not in right_to_leave(not_bound, "art_9__para_1")
