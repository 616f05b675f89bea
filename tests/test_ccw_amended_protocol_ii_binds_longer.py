"""CCW Art. 9(2): read as ``ccw_un_limb_scope = that_protocol`` (the default), the part of the
wait that lasts until United Nations forces' functions in the area end holds Amended
Protocol II alone. Where that keeps the Protocol binding after the Convention releases the
State, the verdict says so where a reader looks first: the conclusion, the Dates and the
withdrawal's ``annex_bound`` (an added field), not only in the reasons.

The State XXA, its adversary and every date are illustrative, not real-world facts: accession
in 1990, notice of denunciation received on 2024-03-01, the year expiring on 2025-03-01; the
conflict ends on 2025-09-01, the operations for protected persons on 2025-11-01 (the
Convention's release), the UN functions on 2026-06-01.
"""

from __future__ import annotations

import json
import re
from datetime import date
from typing import Any

import pytest
from builders import denunciation, war_over

from treatyrules import evaluate
from treatyrules.render import render

UN_END = "2026-06-01"


def verdict(
    *,
    as_of: str = "2026-03-01",
    interpretation: dict[str, str] | None = None,
    conflict: dict[str, Any] | None = None,
    **extra: Any,
) -> Any:
    war = war_over(un_functions_terminated=UN_END) if conflict is None else conflict
    extra.setdefault("also_party_to", ["CCW-APII"])
    doc = denunciation("CCW", war, as_of=as_of, **extra)
    return evaluate(doc, interpretation=interpretation)


UN_LIMB = (
    "when the functions of United Nations forces or missions performing peace-keeping,"
    " observation or similar functions in the area have ended"
)
STILL = (
    "Amended Protocol II, which its denunciation covers too, binds it longer than the rest: it"
    " continues to be bound by the obligations of that Protocol until"
)


def test_released_from_the_convention_a_state_bound_by_amended_protocol_ii_is_told_it_still_binds():
    v = verdict()
    assert v.status == "withdrawn"
    assert v.withdrawal.effective_date == date(2025, 11, 1)  # the Convention's release
    assert (v.withdrawal.annex_bound.protocol, v.withdrawal.annex_bound.until) == (
        "APII",
        date(2026, 6, 1),
    )
    assert (
        f"{STILL} 2026-06-01, {UN_LIMB}, as the facts record it, a day still to come."
        in v.conclusion
    )
    assert re.search(r"\n  Amended Protocol II binds until +2026-06-01\n", render(v, "text"))
    assert "| Amended Protocol II binds until | 2026-06-01 |" in render(v, "markdown")


def test_on_the_day_the_un_functions_end_amended_protocol_ii_is_said_to_have_bound_it():
    v = verdict(as_of=UN_END)
    assert (
        "Amended Protocol II, which its denunciation covers too, bound it longer than the rest:"
        " it was bound by the obligations of that Protocol until 2026-06-01: by then the"
        " functions of United Nations forces or missions performing peace-keeping, observation"
        " or similar functions in the area have ended."
    ) in v.conclusion
    assert STILL not in v.conclusion


def test_the_day_before_the_un_functions_end_amended_protocol_ii_still_binds():
    assert STILL in verdict(as_of="2026-05-31").conclusion


def test_during_the_wait_the_later_day_of_amended_protocol_ii_is_given_too():
    v = verdict(as_of="2025-06-01")
    assert v.status == "withdrawal_deferred"
    assert v.withdrawal.annex_bound.until == date(2026, 6, 1)
    assert f"{STILL} 2026-06-01" in v.conclusion


def test_before_the_notice_expires_the_later_day_is_a_prediction_on_the_facts_given():
    v = verdict(as_of="2024-06-01")
    assert v.status == "withdrawal_pending"
    assert v.withdrawal.annex_bound.until == date(2026, 6, 1)
    assert (
        "On those facts Amended Protocol II, which its denunciation covers too, would bind it"
        " longer than the rest: it would continue to be bound by the obligations of that Protocol"
        " until 2026-06-01"
    ) in v.conclusion


def test_un_forces_without_a_recorded_end_may_bind_it_to_a_day_the_facts_do_not_give():
    # The UN functions may have ended before the release, and the Protocol with the rest: it
    # "may bind it longer" (tested below), so it is annex_may_bind, not annex_bound (review 12).
    v = verdict(conflict=war_over(un_forces_in_area=True))
    assert v.withdrawal.annex_bound is None
    maybe = v.withdrawal.annex_may_bind
    assert (maybe.protocol, maybe.until, maybe.at_least) == ("APII", None, None)
    assert STILL not in v.conclusion
    # Review 11 (S3): the Dates hedge too.
    text = render(v, "text")
    assert re.search(r"\n  Amended Protocol II may bind until +no date given\n", text)
    assert (
        "  Denunciation takes effect, but perhaps not for Amended Protocol II  2025-11-01" in text
    )


def test_read_as_whole_convention_the_whole_waits_and_no_annex_binds_longer():
    v = verdict(interpretation={"ccw_un_limb_scope": "whole_convention"})
    assert v.status == "withdrawal_deferred"
    assert v.withdrawal.annex_bound is None
    assert "Amended Protocol II, which its" not in v.conclusion


ONGOING = war_over(
    end=None,
    release_and_repatriation_completed=None,
    re_establishment_completed=None,
    un_functions_terminated=UN_END,
)
OPERATIONS_UNDATED = war_over(
    release_and_repatriation_completed=None,
    re_establishment_completed=None,
    un_functions_terminated="2025-10-01",
)


@pytest.mark.parametrize(
    ("situation", "extra"),
    [
        ("not bound by Amended Protocol II", {"also_party_to": [], "not_party_to": ["CCW-APII"]}),
        ("bound or not: the facts do not say", {"also_party_to": []}),
        ("a revocation before the release", {"revoked": "2025-06-01"}),
        ("UN forces in the area: the facts do not say", {"conflict": war_over()}),
        ("the Convention's own wait still running, undated", {"conflict": ONGOING}),
        ("the Convention's release undated, the UN done", {"conflict": OPERATIONS_UNDATED}),
        (
            "the UN functions end the day the Convention releases it",
            {"conflict": war_over(un_functions_terminated="2025-11-01")},
        ),
        (
            "a revocation, and UN forces with no recorded end",
            {"conflict": war_over(un_forces_in_area=True), "revoked": "2026-01-01"},
        ),
    ],
)
def test_nothing_is_said_to_bind_longer_where_it_is_not_certain_to(situation, extra):
    v = verdict(as_of="2027-01-01", **extra)
    assert v.withdrawal.annex_bound is None, situation
    assert "binds it longer than the rest" not in v.conclusion, situation  # "may", at most


def test_un_functions_over_before_the_release_bind_no_longer_than_the_convention():
    v = verdict(conflict=war_over(un_functions_terminated="2025-10-01"))
    assert v.withdrawal.effective_date == date(2025, 11, 1)
    assert v.withdrawal.annex_bound is None


def test_no_un_forces_in_the_area_leave_nothing_binding_beyond_the_release():
    v = verdict(conflict=war_over(un_forces_in_area=False))
    assert v.withdrawal.annex_bound is None


def test_amended_protocol_ii_denounced_alone_has_no_annex_beyond_itself():
    v = verdict(protocol="APII")
    assert v.withdrawal.protocol == "APII"
    assert v.withdrawal.annex_bound is None


def test_the_verdict_json_gives_amended_protocol_ii_and_the_day_it_binds_until():
    doc = json.loads(verdict().model_dump_json())
    assert doc["withdrawal"]["annex_bound"] == {
        "protocol": "APII",
        "until": "2026-06-01",
        "at_least": None,  # an added field: given only where the day is not
    }
    assert (
        json.loads(verdict(also_party_to=[]).model_dump_json())["withdrawal"]["annex_bound"] is None
    )


OPEN = (
    "Whether the revocation keeps the State bound by that Protocol alone is a question the rules"
    " applied here do not decide."
)


def test_a_revocation_between_the_two_release_days_is_said_to_leave_an_open_question():
    # Too late for the Convention (released 2025-11-01), while Amended Protocol II still bound
    # the State until 2026-06-01: VCLT Art. 68 does not say whether it keeps the Protocol alone.
    v = verdict(revoked="2026-01-01")
    assert v.status == "withdrawn"
    # Bound beyond the release for certain, at least until the revocation; whether the
    # revocation ends it sooner than 2026-06-01 is the open question (review 12, M4).
    bound = v.withdrawal.annex_bound
    assert (bound.until, bound.at_least) == (None, date(2026, 1, 1))
    assert "released from all of them but Amended Protocol II." in v.conclusion
    text = render(v, "text")
    assert "  Denunciation takes effect, but for Amended Protocol II  2025-11-01" in text
    assert re.search(r"\n  Amended Protocol II binds until +2026-01-01 or later\n", text)
    (heading,) = v.find("art_9")
    assert heading.explanation.endswith(
        ", and by those of Amended Protocol II until 2026-01-01 at the least (whether its"
        " revocation of 2026-01-01 ends them is a question left open)."
    )
    assert (
        "Its revocation of 2026-01-01 came after that release, while Amended Protocol II, which"
        " its denunciation covers too, still bound it (until 2026-06-01). " + OPEN
    ) in v.conclusion
    (found,) = v.find("vclt:art_68")
    assert "too late for that, though it comes while Amended Protocol II" in found.explanation
    assert "join anew" not in found.explanation


def test_a_revocation_the_facts_date_after_the_day_read_is_said_as_it_would_come():
    v = verdict(as_of="2025-12-01", revoked="2026-01-01")
    assert (
        "The facts give a revocation dated 2026-01-01, after 2025-12-01: it would come after that"
        " release, while Amended Protocol II"
    ) in v.conclusion


def test_a_revocation_after_both_release_days_is_too_late_for_all_of_it():
    v = verdict(as_of="2026-07-01", revoked="2026-06-15")
    assert v.withdrawal.annex_bound.until == date(2026, 6, 1)
    assert "a question the rules applied here do not decide" not in v.conclusion
    (found,) = v.find("vclt:art_68")
    assert "join anew" in found.explanation


# Art. 9(2): the State stays bound "until" all of the wait's parts are over, and the part that
# lasts until the UN functions end holds Amended Protocol II alone (the default reading). So the
# Convention's release on 2025-11-01 is a release from everything but that Protocol, and a
# missing UN end leaves open both the Protocol's day and whether it is later than the release.


def test_the_release_is_said_to_be_from_everything_but_amended_protocol_ii():
    v = verdict()
    assert (
        "until 2025-11-01, when the wait ended and it was released from all of them but Amended"
        " Protocol II."
    ) in v.conclusion
    assert "  Denunciation takes effect, but for Amended Protocol II  2025-11-01" in render(
        v, "text"
    )
    assert "| Denunciation takes effect, but for Amended Protocol II | 2025-11-01 |" in render(
        v, "markdown"
    )


def test_the_article_9_heading_gives_the_later_day_of_amended_protocol_ii():
    (heading,) = verdict().find("art_9")
    assert heading.explanation == (
        "The denunciation received on 2024-03-01 leaves the State bound by the obligations of the"
        " Convention and of the relevant annexed Protocols until 2025-11-01, and by those of"
        " Amended Protocol II until 2026-06-01."
    )


def test_without_a_recorded_un_end_amended_protocol_ii_may_bind_longer_and_that_day_is_decisive():
    # The UN functions may have ended before the Convention's release (then the Protocol is
    # released with the rest) or after it: the verdict cannot say "longer", only "may".
    v = verdict(conflict=war_over(un_forces_in_area=True))
    assert "binds it longer than the rest" not in v.conclusion
    assert (
        "released from all of them, except perhaps Amended Protocol II. Amended Protocol II, which"
        " its denunciation covers too, may bind it longer than the rest: it is bound by the"
        f" obligations of that Protocol until {UN_LIMB[5:]}, if that is after 2025-11-01; the"
        " facts give no day for their end."
    ) in v.conclusion
    (missing,) = [u for u in v.unknowns if u.fact == "conflicts[0].un_functions_terminated"]
    assert missing.decisive  # it fixes the day Amended Protocol II binds until: a date
    (heading,) = v.find("art_9")
    assert heading.explanation.endswith(
        f"until 2025-11-01, and perhaps by those of Amended Protocol II until {UN_LIMB[5:]}, if"
        " that is later; that day is not given."
    )


def test_before_the_notice_expires_a_missing_un_end_is_a_prediction_of_what_may_bind_longer():
    v = verdict(as_of="2024-06-01", conflict=war_over(un_forces_in_area=True))
    assert v.status == "withdrawal_pending"
    assert (
        "On those facts Amended Protocol II, which its denunciation covers too, may bind it longer"
        " than the rest: it would be bound by the obligations of that Protocol until"
    ) in v.conclusion


def test_a_recorded_un_end_is_no_unknown_and_a_state_not_bound_by_the_protocol_has_none():
    assert not [u for u in verdict().unknowns if "un_functions" in u.fact]
    v = verdict(
        conflict=war_over(un_forces_in_area=True),
        also_party_to=[],
        not_party_to=["CCW-APII"],
    )
    assert not [u for u in v.unknowns if "un_functions" in u.fact]
    assert "but for Amended Protocol II" not in render(v, "text")


def test_un_functions_over_before_the_release_leave_the_protocol_bound_until_the_release():
    # Art. 9(2): bound until every part of the wait is over, so the UN end (2025-10-01) before
    # the release (2025-11-01) is not the Protocol's day.
    v = verdict(conflict=war_over(un_functions_terminated="2025-10-01"))
    (deferral,) = v.find("art_9__para_2__sent_2")
    assert (
        "binds the State until then: on 2025-10-01, before the rest of the wait is over, so it is"
        " released with the rest on 2025-11-01."
    ) in deferral.explanation


def test_without_a_recorded_un_end_the_reason_hedges_the_protocol_day_too():
    (deferral,) = verdict(conflict=war_over(un_forces_in_area=True)).find("art_9__para_2__sent_2")
    assert (
        "binds the State until then, if that is after 2025-11-01; the facts give no day for their"
        " end."
    ) in deferral.explanation


def test_membership_of_amended_protocol_ii_unknown_the_release_is_hedged_and_its_day_given():
    # Review 11 (M3): whether the State is bound by the Protocol is not given, so it may bind it
    # until the UN end (2026-06-01); nothing is said to bind for certain.
    v = verdict(also_party_to=[])
    assert v.withdrawal.annex_bound is None
    assert "released from all of them, except perhaps Amended Protocol II." in v.conclusion
    assert (
        "Amended Protocol II may bind it longer than the rest, until 2026-06-01, when the functions"
        " of United Nations forces"
    ) in v.conclusion
    (heading,) = v.find("art_9")
    assert heading.explanation.endswith(
        ", and perhaps by those of Amended Protocol II until 2026-06-01."
    )


def test_un_presence_unknown_the_release_is_hedged_too():
    v = verdict(conflict=war_over())
    assert "except perhaps Amended Protocol II" in v.conclusion
    assert "may bind it longer than the rest" in v.conclusion


# Review 11 (M1): two conflicts, UN forces in the area of the first until 2026-06-01, and for
# the second the facts do not say whether there were any (or, in a variant, give no end). The
# first alone binds the State by Amended Protocol II until 2026-06-01, whatever the second
# holds: that day is certain, a lower bound, never erased by the doubt about the second.

OTHER = "the other war"


def wars(*others: dict[str, Any], as_of: str = "2026-03-01", bound: bool = True, **kw: Any) -> Any:
    """A denunciation by a State at war in 'the war' (UN functions there until 2026-06-01) and
    in ``others``; bound by Amended Protocol II unless ``bound`` is false (then not said)."""
    first = war_over(un_functions_terminated=UN_END)
    doc = denunciation("CCW", first, *others, as_of=as_of, **kw)
    if bound:
        doc["also_party_to"] = ["CCW-APII"]
    return doc


def two_wars(**other: Any) -> Any:
    return evaluate(wars(war_over(name=OTHER, **other)))


@pytest.mark.parametrize(
    ("situation", "other"),
    [
        ("UN presence in the second conflict not given", {}),
        ("UN forces in the second conflict, no recorded end", {"un_forces_in_area": True}),
    ],
)
def test_one_conflicts_later_un_end_binds_for_certain_whatever_another_conflict_holds(
    situation, other
):
    v = two_wars(**other)
    bound = v.withdrawal.annex_bound
    assert (bound.protocol, bound.until, bound.at_least) == ("APII", None, date(2026, 6, 1))
    assert v.withdrawal.annex_may_bind is None, situation
    assert "released from all of them but Amended Protocol II." in v.conclusion
    assert (
        f"{STILL} the functions of United Nations forces or missions performing peace-keeping,"
        " observation or similar functions in the area have ended: not before 2026-06-01, as the"
        f" facts give it, and perhaps later, as they give no day for that in '{OTHER}'."
    ) in v.conclusion
    text = render(v, "text")
    assert re.search(r"\n  Amended Protocol II binds until +2026-06-01 or later\n", text)
    assert "  Denunciation takes effect, but for Amended Protocol II  2025-11-01" in text
    (heading,) = v.find("art_9")
    assert heading.explanation.endswith(
        f", and by those of Amended Protocol II until {UN_LIMB[5:]}, not before 2026-06-01."
    )
    (deferral,) = v.find("art_9__para_2__sent_2")
    assert "That release is from all of them but Amended Protocol II: read as" in (
        deferral.explanation
    )
    assert (
        "binds the State until then: not before 2026-06-01, and perhaps later: the facts give"
        f" no day for their end in '{OTHER}'"
    ) in deferral.explanation
    # The second conflict's facts still decide the Protocol's own day.
    assert {u.fact for u in v.unknowns if u.decisive} >= {"conflicts[1].un_functions_terminated"}


def test_past_the_certain_un_end_amended_protocol_ii_bound_it_until_then_and_may_still():
    doc = wars(war_over(name=OTHER), as_of="2026-09-01")
    v = evaluate(doc)
    assert (
        "it was bound by the obligations of that Protocol until 2026-06-01 at the least, and may"
        " still be, until the functions"
    ) in v.conclusion


def test_where_it_may_bind_longer_on_facts_not_given_the_verdict_says_so_in_its_own_field():
    # Review 11 (S3): whether the State is bound by the Protocol is not given. The contract's
    # annex_bound stays null (it is not certain); the added annex_may_bind says what may be.
    v = verdict(also_party_to=[])
    assert v.withdrawal.annex_bound is None
    maybe = v.withdrawal.annex_may_bind
    assert (maybe.protocol, maybe.until, maybe.at_least) == ("APII", date(2026, 6, 1), None)
    text = render(v, "text")
    assert (
        "  Denunciation takes effect, but perhaps not for Amended Protocol II  2025-11-01" in text
    )
    assert re.search(r"\n  Amended Protocol II may bind until +2026-06-01\n", text)
    assert "| Amended Protocol II may bind until | 2026-06-01 |" in render(v, "markdown")
    doc = json.loads(v.model_dump_json())["withdrawal"]
    assert doc["annex_may_bind"] == {"protocol": "APII", "until": "2026-06-01", "at_least": None}


def test_a_certain_binding_is_never_also_given_as_a_possible_one():
    assert verdict().withdrawal.annex_may_bind is None


def test_a_revocation_between_releases_with_no_un_end_may_have_come_while_the_protocol_bound():
    # Review 11 (S4): the UN functions may have ended before the revocation, or not.
    v = verdict(conflict=war_over(un_forces_in_area=True), revoked="2026-01-01")
    assert (
        "Its revocation of 2026-01-01 came after that release, while Amended Protocol II, which"
        " its denunciation covers too, may still have bound it (the facts give no day for the end"
        " of its wait)."
    ) in v.conclusion
    (found,) = v.find("vclt:art_68")
    assert "though it comes while Amended Protocol II, which the denunciation covers too, may" in (
        found.explanation
    )


def test_the_reason_says_the_release_may_not_be_from_the_protocol_where_its_day_is_not_given():
    # Review 11 (S1): "so the State is released on D" is not left to stand for the Protocol.
    (deferral,) = verdict(conflict=war_over(un_forces_in_area=True)).find("art_9__para_2__sent_2")
    assert "so the State is released on 2025-11-01. That release may not be from Amended" in (
        deferral.explanation
    )
    (certain,) = verdict().find("art_9__para_2__sent_2")
    assert "so the State is released on 2025-11-01. That release is from all of them but" in (
        certain.explanation
    )


def test_before_the_notice_expires_a_possible_binding_is_said_as_a_prediction():
    # Review 11 (S6): the membership unknown, read before the notice expires.
    v = verdict(as_of="2024-06-01", also_party_to=[])
    assert "On those facts Amended Protocol II may bind it longer than the rest, until" in (
        v.conclusion
    )


@pytest.mark.parametrize("bound", [["CCW-APII"], []], ids=["bound by APII", "membership not given"])
def test_a_non_international_conflict_that_counts_only_under_the_amendment_names_the_protocol(
    bound,
):
    # Whether the conflict counts turns on the 2001 amendment of Art. 1, which the facts do not
    # record: if it does, Amended Protocol II binds until the UN end (2026-06-01); if not, the
    # State is released from all on the expiry. Neither answer is certain: "may bind".
    conflict = war_over(kind="non_international", un_functions_terminated=UN_END)
    v = verdict(conflict=conflict, also_party_to=bound)
    assert v.withdrawal.annex_bound is None
    assert v.withdrawal.annex_may_bind.until == date(2026, 6, 1)
    assert (
        "Amended Protocol II may bind it longer than the rest, until 2026-06-01, when the"
        " functions of United Nations forces"
    ) in v.conclusion
    assert re.search(r"\n  Amended Protocol II may bind until +2026-06-01\n", render(v, "text"))


# Review 12 (a lawyer's read of the above). The scenarios are illustrative, as above.
NIAC_UN = war_over(
    name="the civil war",
    kind="non_international",
    parties=["XXA", "group:REBELS"],
    un_functions_terminated=UN_END,
)


def test_a_conflict_counting_only_under_the_amendment_may_carry_the_protocols_wait_alone():
    # M1: the international war has no UN forces in the area; the civil war has, until
    # 2026-06-01, and counts only if the State is bound by the 2001 amendment of Art. 1, which
    # the facts do not record. The Convention's release is the same either way; the Protocol's
    # is not: the amendment is a decisive unknown and the Protocol "may bind it longer".
    doc = denunciation("CCW", war_over(un_forces_in_area=False), NIAC_UN, as_of="2026-03-01")
    doc["also_party_to"] = ["CCW-APII"]
    v = evaluate(doc)
    assert v.withdrawal.effective_date == date(2025, 11, 1)
    assert v.withdrawal.annex_bound is None
    assert v.withdrawal.annex_may_bind.until == date(2026, 6, 1)
    assert "released from all of them, except perhaps Amended Protocol II." in v.conclusion
    assert "Amended Protocol II may bind it longer than the rest, until 2026-06-01" in v.conclusion
    (amendment,) = [u for u in v.unknowns if u.fact == "also_party_to[CCW-AMENDED-ART1]"]
    assert amendment.decisive
    (deferral,) = v.find("art_9__para_2__sent_2")
    assert (
        "'the civil war' counts only for a State bound by the 2001 amendment of Article 1, which"
        " the facts do not record"
    ) in deferral.explanation


def test_where_only_one_answer_on_the_amendment_keeps_the_protocol_it_is_never_certain():
    # M2: the civil war alone; if it counts, the Protocol binds until 2026-06-01; if not, the
    # State is released from everything on the expiry.
    doc = denunciation("CCW", NIAC_UN, as_of="2026-03-01")
    doc["also_party_to"] = ["CCW-APII"]
    v = evaluate(doc)
    assert v.withdrawal.annex_bound is None
    assert v.withdrawal.annex_may_bind.until == date(2026, 6, 1)
    assert "binds it longer than the rest" not in v.conclusion
    assert "Amended Protocol II may bind it longer than the rest, until 2026-06-01" in v.conclusion


def test_a_revocation_between_the_releases_of_a_state_perhaps_bound_by_the_protocol():
    # M3: membership of the Protocol not given: the revocation came while it still bound the
    # State if the State is bound by it, and the question it leaves is said, not "too late".
    v = verdict(also_party_to=[], as_of="2027-01-01", revoked="2026-01-01")
    assert (
        "Its revocation of 2026-01-01 came after that release, while Amended Protocol II, if the"
        " State is bound by it, still bound it (until 2026-06-01). " + OPEN
    ) in v.conclusion
    (found,) = v.find("vclt:art_68")
    assert "join anew" not in found.explanation
    assert "Amended Protocol II, if the State is bound by it, still binds it" in found.explanation
    # Recorded as where membership is given (review 13, m6): at least until the revocation.
    maybe = v.withdrawal.annex_may_bind
    assert (maybe.until, maybe.at_least) == (None, date(2026, 1, 1))


def test_membership_unknown_and_another_conflict_undated_the_protocol_may_bind_not_before_d():
    # m1: the lower bound 2026-06-01 is kept where the membership too is not given.
    doc = wars(war_over(name=OTHER), as_of="2026-03-01", bound=False)
    v = evaluate(doc)
    maybe = v.withdrawal.annex_may_bind
    assert (maybe.until, maybe.at_least) == (None, date(2026, 6, 1))
    assert "not before 2026-06-01, if the State is bound by it" in v.conclusion
    text = render(v, "text")
    assert re.search(r"\n  Amended Protocol II may bind until +2026-06-01 or later\n", text)


def test_an_un_end_before_the_release_and_another_undated_is_a_possible_binding_only():
    # m3: bound until the release at the least is no binding beyond it: annex_may_bind.
    doc = denunciation(
        "CCW",
        war_over(un_functions_terminated="2025-10-01"),
        war_over(name=OTHER, un_forces_in_area=True),
        as_of="2026-03-01",
    )
    doc["also_party_to"] = ["CCW-APII"]
    v = evaluate(doc)
    assert v.withdrawal.annex_bound is None
    assert v.withdrawal.annex_may_bind.protocol == "APII"


def test_a_revocation_before_the_release_leaves_the_protocols_facts_undecisive():
    # m4: revoked before the Convention's release: the State stays a party; the UN facts of
    # the second conflict cannot change anything.
    doc = wars(war_over(name=OTHER), as_of="2027-01-01", revoked="2025-06-01")
    v = evaluate(doc)
    assert v.status == "party"
    assert not [u for u in v.unknowns if u.decisive]


def test_read_as_whole_convention_a_recorded_un_end_bounds_a_wait_whose_end_is_not_given():
    # m2: the whole Convention waits for every conflict's UN functions; those of 'the war' end
    # on 2026-06-01, so the wait cannot end before then, whatever 'the other war' holds.
    doc = wars(war_over(name=OTHER, un_forces_in_area=True), as_of="2026-03-01")
    v = evaluate(doc, interpretation={"ccw_un_limb_scope": "whole_convention"})
    assert v.status == "withdrawal_deferred"
    (deferral,) = v.find("art_9__para_2__sent_2")
    assert "(at least until 2026-06-01)" in deferral.explanation
    assert "(at least until 2025-11-01)" not in deferral.explanation


def test_the_other_reading_of_the_un_limb_says_how_long_amended_protocol_ii_binds():
    # m6: read as whole_convention, the reading given in the verdict's last sentence names
    # the Protocol's day under the default; read by default, that the other reading releases
    # the Protocol with the rest is said where nothing else differs.
    doc = wars(war_over(name=OTHER, un_forces_in_area=True), as_of="2026-03-01")
    v = evaluate(doc, interpretation={"ccw_un_limb_scope": "whole_convention"})
    assert v.conclusion.endswith(
        "Other readings give: that_protocol: withdrawn, the State released on 2025-11-01,"
        " Amended Protocol II binding until 2026-06-01 at the least."
    )
    conflict = war_over(kind="non_international", un_functions_terminated=UN_END)
    v = verdict(conflict=conflict, as_of="2027-01-01")
    assert "whole_convention: a different answer" not in v.conclusion
    assert "Amended Protocol II released with the rest" in v.conclusion


def test_where_the_amendment_decides_the_release_the_article_9_heading_names_the_protocols_day():
    # M2 (the heading): the answers on the amendment differ, and the Protocol may bind longer.
    conflict = war_over(kind="non_international", un_functions_terminated=UN_END)
    (heading,) = verdict(conflict=conflict).find("art_9")
    assert heading.explanation.endswith(
        "if it is, the State stays bound until 2025-11-01; Amended Protocol II may bind it until"
        " 2026-06-01."
    )
    # Also where the release's day turns on the amendment and the Protocol's does not.
    doc = denunciation(
        "CCW",
        war_over(un_forces_in_area=False),
        {**NIAC_UN, "re_establishment_completed": "2026-01-01"},
        as_of="2026-03-01",
    )
    doc["also_party_to"] = ["CCW-APII"]
    v = evaluate(doc)
    assert v.withdrawal.annex_may_bind.until == date(2026, 6, 1)
    (heading,) = v.find("art_9")
    assert heading.explanation.endswith("; Amended Protocol II may bind it until 2026-06-01.")


# Review 13 (a second lawyer's read). Illustrative scenarios, as above.
APII = {"also_party_to": ["CCW-APII"]}


def test_a_revocation_too_late_on_every_answer_on_the_amendment_is_said_too_late():
    # M1: released on 2025-03-01 or 2025-11-01 as the amendment decides; revoked 2026-01-01:
    # too late on either answer, while the Protocol may still bind (if the civil war counts).
    v = evaluate(denunciation("CCW", NIAC_UN, revoked="2026-01-01", as_of="2027-01-01", **APII))
    assert v.status == "withdrawn"
    (found,) = v.find("vclt:art_68")
    assert "remains a party" not in found.explanation
    assert "comes after the denunciation takes effect (2025-11-01)" in found.explanation
    assert "may still bind it (until 2026-06-01, on facts not given)" in found.explanation
    assert "Its revocation of 2026-01-01 came after that release" in v.conclusion
    assert "may still have bound it (until 2026-06-01)" in v.conclusion
    bound = v.withdrawal.annex_may_bind
    assert (bound.until, bound.at_least) == (None, date(2026, 1, 1))


def test_read_as_whole_convention_a_revocation_before_a_recorded_un_end_keeps_the_state_a_party():
    # M2: the whole Convention waits at least until 2026-06-01 ('the war'), whatever the
    # second conflict's UN functions: a revocation on 2026-01-01 comes before the effect.
    doc = wars(
        war_over(name=OTHER, un_forces_in_area=True), revoked="2026-01-01", as_of="2027-01-01"
    )
    v = evaluate(doc, interpretation={"ccw_un_limb_scope": "whole_convention"})
    assert v.status == "party"
    default = evaluate(doc)
    assert "whole_convention: party." in default.conclusion  # not "released with the rest"


def test_past_every_possible_day_the_protocol_is_said_to_have_bound_or_may_have():
    # m1, m2, m4: read after the days in question, in the past tense, and no "perhaps" lost.
    three = wars(
        war_over(name="second", un_forces_in_area=True), war_over(name="third"), as_of="2026-09-01"
    )
    assert (
        "until 2026-06-01 at the least, and may still be, until the functions of United Nations"
        " forces or missions performing peace-keeping, observation or similar functions in the"
        " area have ended: the facts give no day for that in 'second' and 'third'."
    ) in evaluate(three).conclusion
    later = {**NIAC_UN, "un_functions_terminated": "2026-09-01"}
    both = wars(later, as_of="2026-10-01")
    assert (
        "it was bound by the obligations of that Protocol until 2026-06-01 at the least, and"
        " perhaps until 2026-09-01, as facts not given decide."
    ) in evaluate(both).conclusion
    member = evaluate(wars(as_of="2026-09-01", bound=False))
    assert "Amended Protocol II may have bound it longer than the rest, until 2026-06-01" in (
        member.conclusion
    )


def test_a_conflict_under_the_amendment_that_ends_before_the_protocols_day_is_not_decisive():
    # m3: the civil war's UN end (2025-10-01) is before the war's (2026-06-01): whether it
    # counts changes nothing.
    early = {**NIAC_UN, "un_functions_terminated": "2025-10-01"}
    doc = wars(early)
    v = evaluate(doc)
    assert v.withdrawal.annex_bound.until == date(2026, 6, 1)
    assert not [u for u in v.unknowns if u.decisive]


def test_membership_unknown_a_later_possible_day_keeps_the_certain_one_as_a_lower_bound():
    # m8: 2026-06-01 if the State is bound by the Protocol; 2026-09-01 if the civil war counts.
    later = {**NIAC_UN, "un_functions_terminated": "2026-09-01"}
    v = evaluate(wars(later, bound=False))
    assert (
        "Amended Protocol II may bind it longer than the rest, until 2026-06-01 if the State is"
        " bound by it, and perhaps until 2026-09-01, when the functions"
    ) in v.conclusion


def test_a_release_on_one_of_two_days_keeps_its_dates_row():
    # Nit of review 13: read after both possible days, the row was left out.
    v = verdict(conflict=war_over(kind="non_international", un_functions_terminated=UN_END))
    assert v.withdrawal.outcome == "effective" and v.withdrawal.effective_date is None
    assert re.search(r"\n  Denunciation takes effect.* +as the Condition gives\n", render(v))
