"""A claimed suspension (VCLT Arts. 42, 57, 62, 65, 67): Ukraine's notice of July 2025.

Facts: shared/facts/apmbc.md §3b -- notified 18 July 2025 (17 July in one source); Norway,
Belgium, Austria, Switzerland, New Zealand and Colombia objected (dates not in the facts); the
22nd Meeting of the States Parties found that Ukraine remains bound.
"""

from __future__ import annotations

import pytest
from builders import RUSSIA_UKRAINE_WAR, ev, scenario

from treatyrules import InputError, Truth, evaluate

OBJECTORS = ("NOR", "BEL", "AUT", "CHE", "NZL", "COL")


def ukraine(*extra, objection_dates=None, as_of="2026-03-01"):
    objections = [
        {
            "kind": "objection",
            "date": (objection_dates or {}).get(code),
            "by": code,
            "to": "suspension_claim",
        }
        for code in OBJECTORS
    ]
    return scenario(
        "UKR",
        ev("signature", "1999-02-24"),
        ev("ratification", "2005-12-27"),
        ev(
            "suspension_claim",
            "2025-07-18",
            ground="fundamental change of circumstances (VCLT Art. 62)",
        ),
        *objections,
        *extra,
        conflicts=[RUSSIA_UKRAINE_WAR],
        as_of=as_of,
    )


def test_ukraine_remains_a_party_bound_despite_its_claimed_suspension():
    v = evaluate(ukraine())
    assert v.status == "party"
    assert v.withdrawal is None
    claim = v.find("vclt:art_42__para_2")[0]
    assert claim.outcome is Truth.FAILS
    assert "remains bound" in claim.explanation
    # The 22nd Meeting's view is in the claim argued both ways, read after the Meeting (2026-03-01).
    meeting = [f for f in v.find("art_11__para_1") if "22nd Meeting" in f.explanation]
    assert meeting and "stated in its final report" in meeting[0].explanation
    assert "does not release it" in v.conclusion
    assert v.interpretations["suspension_claim"] == "not_recognized"


def test_the_claim_is_judged_against_every_vienna_convention_ground():
    v = evaluate(ukraine())
    children = {f.rule: f for f in v.find("vclt:art_42__para_2")[0].children}
    assert children["vclt:art_57"].outcome is Truth.FAILS
    change = children["vclt:art_62__para_1"]
    assert change.outcome is Truth.FAILS
    assert "APMBC Art. 20(3)" in change.explanation
    assert "express right to withdraw" in change.explanation
    procedure = children["vclt:art_65"]
    assert all(code in procedure.explanation for code in OBJECTORS)
    assert "Art. 33 of the UN Charter" in procedure.explanation


def test_a_suspension_claim_is_never_a_withdrawal():
    v = evaluate(ukraine(as_of="2027-01-01"))
    assert v.withdrawal is None
    assert v.status == "party"
    assert "not an instrument of withdrawal" in v.find("art_20")[0].explanation


def test_recognized_immediately_suspends_from_the_claim():
    v = evaluate(ukraine(), interpretation={"suspension_claim": "recognized_immediately"})
    assert v.status == "party"
    assert v.find("vclt:art_42__para_2")[0].outcome is Truth.HOLDS
    assert "not bound by its obligations for now" in v.conclusion


def test_recognized_after_procedure_with_objections_of_unknown_date_is_undecided():
    v = evaluate(ukraine(), interpretation={"suspension_claim": "recognized_after_procedure"})
    claim = v.find("vclt:art_42__para_2")[0]
    assert claim.outcome is Truth.UNKNOWN
    assert {u.fact for u in v.unknowns if u.decisive} == {f"events[{i}].date" for i in range(3, 9)}
    # The procedure itself is undecided too: undated objections may or may not be timely.
    assert {f.rule: f for f in claim.children}["vclt:art_65"].outcome is Truth.UNKNOWN


def test_objections_after_the_three_months_do_not_stop_the_procedure():
    late = dict.fromkeys(OBJECTORS, "2025-11-01")
    v = evaluate(
        ukraine(objection_dates=late),
        interpretation={"suspension_claim": "recognized_after_procedure"},
    )
    claim = v.find("vclt:art_42__para_2")[0]
    assert {f.rule: f for f in claim.children}["vclt:art_65"].outcome is Truth.HOLDS
    assert claim.outcome is Truth.HOLDS  # suspended from 18 October 2025 under this reading


def test_recognized_after_procedure_with_a_timely_objection_does_not_suspend():
    v = evaluate(
        ukraine(objection_dates={"NOR": "2025-08-01"}),
        interpretation={"suspension_claim": "recognized_after_procedure"},
    )
    assert v.find("vclt:art_42__para_2")[0].outcome is Truth.FAILS


def test_recognized_after_procedure_without_objection_suspends_after_three_months():
    s = scenario(
        "XXA",
        ev("accession", "2010-01-01"),
        ev("suspension_claim", "2025-07-18"),
        as_of="2025-12-01",
    )
    v = evaluate(s, interpretation={"suspension_claim": "recognized_after_procedure"})
    claim = v.find("vclt:art_42__para_2")[0]
    assert claim.outcome is Truth.HOLDS
    assert "2025-10-18" in claim.explanation


def test_an_objection_without_a_claim_is_flagged():
    v = evaluate(
        scenario(
            "XXA",
            ev("accession", "2010-01-01"),
            {"kind": "objection", "date": "2025-08-01", "by": "NOR"},
            as_of="2025-12-01",
        )
    )
    assert any(
        f.severity == "warning" and "no claimed suspension" in f.explanation for f in v.findings
    )


def test_an_objection_by_an_invalid_state_code_is_refused():
    with pytest.raises(InputError) as info:
        evaluate(scenario("XXA", {"kind": "objection", "date": None, "by": "Norway"}))
    assert info.value.path == "events[0].by"
