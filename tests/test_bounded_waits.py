"""A wait whose conflict ends on a day the facts do not give, but within bounds, and which also
lasts for other operations the facts date (CCW Art. 9(2)).

Every date is illustrative (hypothetical State XXA, a hypothetical war). The reading
``conflict_end_marker = cessation_of_hostilities`` dates the end of the conflict by a
cessation the facts do not record; its general close (recorded) is the latest day it can be.
"""

from __future__ import annotations

from typing import Any

from builders import d, ev, war

from treatyrules import evaluate

CESSATION = {"conflict_end_marker": "cessation_of_hostilities"}


def denounced(as_of: str, **markers: str) -> Any:
    # Notice of 2024-03-01 expires on 2025-03-01 (twelve months), the day the war begins: the
    # State is engaged on that day whenever the hostilities cease (at the earliest the next
    # day). A war begun earlier might have ceased before the expiry, which the facts leave open.
    conflict = war(
        "XXA", "2025-03-01", general_close_of_military_operations="2026-03-01", **markers
    )
    doc = {
        "treaty": "CCW",
        "state": "XXA",
        "as_of": as_of,
        "events": [ev("accession", "1995-01-10"), ev("withdrawal", "2024-03-01")],
        "conflicts": [conflict],
        # Not bound by Amended Protocol II, whose United Nations forces the wait would await.
        "not_party_to": ["CCW-APII"],
    }
    return evaluate(doc, interpretation=CESSATION)


def test_operations_dated_after_the_latest_end_of_the_conflict_date_the_effect():
    # The conflict ends by 2026-03-01 at the latest; repatriation ends on 2026-06-01, later:
    # whenever the cessation came, the wait ends on 2026-06-01.
    v = denounced(
        "2026-07-01",
        release_and_repatriation_completed="2026-06-01",
        re_establishment_completed="2026-05-01",
    )
    assert v.withdrawal.effective_date == d("2026-06-01")
    assert v.status == "withdrawn"
    assert not [u for u in v.unknowns if u.fact.endswith("cessation_of_hostilities")]
    (wait,) = v.find("art_9__para_2__sent_2")
    assert "The wait ends on 2026-06-01, so the State is released on 2026-06-01." in (
        wait.explanation
    )


def test_operations_dated_before_the_latest_end_leave_the_effect_bounded_by_it():
    # Repatriation ends on 2025-06-01: the wait ends on the unknown cessation, by 2026-03-01.
    v = denounced(
        "2026-07-01",
        release_and_repatriation_completed="2025-06-01",
        re_establishment_completed="2025-05-01",
    )
    assert v.withdrawal.effective_date is None
    assert v.status == "withdrawn"  # by 2026-03-01 at the latest, so in effect on 2026-07-01
    assert "2026-03-01 at the latest" in v.withdrawal.condition
    # Read after the latest day, the wait is told as over: the notice period ended with the
    # year (CCW Art. 9(2)), the State's release came on a day the facts do not fix.
    assert (
        "the notice period of its denunciation received on 2024-03-01 ended on 2025-03-01, and"
        " the State was released"
        " from the obligations of the Convention and of the relevant annexed Protocols on a day"
        " the facts do not fix (the State was bound until"
    ) in v.conclusion
    early = denounced(
        "2025-09-01",
        release_and_repatriation_completed="2025-06-01",
        re_establishment_completed="2025-05-01",
    )
    assert early.status == "withdrawal_deferred"
    assert [(u.fact, u.decisive) for u in early.unknowns] == [
        ("conflicts[0].cessation_of_hostilities", True)
    ]
    (wait,) = early.find("art_9__para_2__sent_2")
    assert (
        "(conflicts[0].cessation_of_hostilities): the State stays bound until then (at least"
        " until 2025-06-01); by 2026-03-01 at the latest."
    ) in wait.explanation


def test_a_later_conflict_whose_end_is_missing_but_bounded_prolongs_the_wait_only_that_far():
    # Illustrative TPNW withdrawal: the first war ends on 2027-01-01; a second, begun during the
    # wait, has a general close of military operations on 2027-08-01 but no cessation of
    # hostilities recorded, which the reading takes as its end. Its end is missing but comes by
    # 2027-08-01: from then on the State is released, on a day the facts do not fix.
    first = war("XXA", "2025-01-01", "2027-01-01", name="first war")
    second = war(
        "XXA",
        "2026-12-01",
        "2027-09-01",
        name="second war",
        general_close_of_military_operations="2027-08-01",
    )
    doc = {
        "treaty": "TPNW",
        "state": "XXA",
        "as_of": "2030-01-01",
        "events": [ev("accession", "2021-01-22"), ev("withdrawal", "2025-08-31")],
        "conflicts": [first, second],
    }
    v = evaluate(doc, interpretation=CESSATION)
    assert v.status == "withdrawn"
    assert (v.withdrawal.outcome, v.withdrawal.effective_date) == ("effective", None)
    assert "(by 2027-08-01 at the latest)" in v.withdrawal.condition
    assert ("conflicts[1].cessation_of_hostilities", True) in [
        (u.fact, u.decisive) for u in v.unknowns
    ]
    (wait,) = v.find("art_17__para_3__sent_2")
    assert (
        "The later armed conflict 'second war' prolongs the wait, and the facts do not give the"
        " end of 'second war': the State stays bound until then, and the wait ends by 2027-08-01"
        " at the latest."
    ) in wait.explanation
    # TPNW Art. 17(3): the twelve months ended; the State stayed bound until its release.
    assert (
        "ended on 2026-08-31, and the State was released"
        " from the obligations of the Treaty and of any additional protocols on a day the facts"
        " do not fix"
    ) in v.conclusion
    assert "between 2027-08-01 and 2027-08-01" not in v.conclusion
    during = evaluate({**doc, "as_of": "2027-05-01"}, interpretation=CESSATION)
    assert during.status == "withdrawal_deferred"


def test_a_war_whose_hostilities_may_have_ceased_before_the_expiry_leaves_the_engagement_open():
    # Begun in 2024, general close on 2026-03-01, no cessation recorded: under the reading that
    # the cessation ends it, the war may have ended before the notice expired on 2025-03-01.
    # The facts do not say the State was engaged that day: both outcomes stay open.
    conflict = war("XXA", "2024-01-01", general_close_of_military_operations="2026-03-01")
    doc = {
        "treaty": "CCW",
        "state": "XXA",
        "as_of": "2025-09-01",
        "events": [ev("accession", "1995-01-10"), ev("withdrawal", "2024-03-01")],
        "conflicts": [conflict],
    }
    v = evaluate(doc, interpretation=CESSATION)
    assert v.status == "indeterminate"
    assert v.possible_statuses == ("withdrawn", "withdrawal_deferred")
    assert "The facts record the State as engaged" not in v.model_dump_json()
