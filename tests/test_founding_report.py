"""The founding report (seeds/) claim by claim, each with the verdict the law gives.

The report: "Poland and Baltic Nations Consider Exiting Landmine Treaty Amid Russian Threats".
Dates are from shared/facts/apmbc.md; where a day is not in the facts the test says the date
is illustrative.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from builders import ALL_NOTIFIED, RUSSIA_UKRAINE_WAR, d, ev, scenario

from treatyrules import Truth, evaluate

SEED = next((Path(__file__).parent.parent / "seeds").glob("*.txt")).read_text()

BALTIC_AND_POLAND = {
    "EST": ([ev("accession", "2004-05-12")], "2025-06-27", "2025-12-27"),
    "LVA": ([ev("accession", "2005-07-01")], "2025-06-27", "2025-12-27"),
    "LTU": (
        [ev("signature", "1999-02-26"), ev("ratification", "2003-05-12")],
        "2025-06-27",
        "2025-12-27",
    ),
    "POL": (
        [ev("signature", "1997-12-04"), ev("ratification", "2012-12-27")],
        "2025-08-20",
        "2026-02-20",
    ),
}


def test_the_seed_is_the_founding_report():
    assert "Article 20 of the convention, which prohibits withdrawal during active conflict" in SEED


@pytest.mark.parametrize("state", sorted(BALTIC_AND_POLAND))
def test_poland_and_the_baltic_states_did_withdraw_six_months_after_the_depositary_received_notice(
    state,
):
    events, received, effective = BALTIC_AND_POLAND[state]
    doc = scenario(state, *events, ev("withdrawal", received), conflicts=[RUSSIA_UKRAINE_WAR])
    assert evaluate(doc, as_of=received).status == "withdrawal_pending"
    v = evaluate(doc, as_of="2026-03-01")
    assert v.status == "withdrawn"
    assert v.withdrawal.effective_date == d(effective)


@pytest.mark.parametrize("state", ["EST", "LVA"])
def test_estonia_and_latvia_never_signed_the_convention_they_acceded(state):
    # The report says the landscape changed "since they signed the convention".
    events, received, _ = BALTIC_AND_POLAND[state]
    v = evaluate(scenario(state, *events, ev("withdrawal", received), as_of="2025-01-01"))
    assert not v.find("art_15")
    accession = v.find("art_16__para_2")[0]
    assert accession.outcome is Truth.HOLDS and "had not signed" in accession.explanation


def test_article_20_does_not_prohibit_withdrawal_during_conflict_only_its_effect_waits():
    # Hypothetical: a party at war deposits an Art. 20 instrument (illustrative dates).
    doc = scenario(
        "UKR",
        ev("signature", "1999-02-24"),
        ev("ratification", "2005-12-27"),
        ev("withdrawal", "2025-07-18", notified=ALL_NOTIFIED, reasons_given=True),
        conflicts=[RUSSIA_UKRAINE_WAR],
        as_of="2026-03-01",
    )
    v = evaluate(doc)
    assert v.find("art_20__para_2__sent_1")[0].outcome is Truth.HOLDS  # the notice is valid
    assert v.withdrawal.outcome == "deferred"  # only its effect waits
    assert "The notice itself was lawful: only its effect waits." in v.conclusion


def test_the_convention_was_adopted_and_signed_in_1997_but_in_force_only_from_1_march_1999():
    # "The Ottawa Treaty, implemented in 1997": Canada ratified on the opening day.
    doc = scenario("CAN", ev("signature", "1997-12-03"), ev("ratification", "1997-12-03"))
    assert evaluate(doc, as_of="1997-12-31").status == "contracting"
    assert evaluate(doc, as_of="1999-02-28").status == "contracting"
    v = evaluate(doc, as_of="1999-03-01")
    assert v.status == "party" and v.entry_into_force == d("1999-03-01")


def test_ukraine_is_not_a_mere_signatory_it_is_a_party_since_1_june_2006():
    v = evaluate(
        scenario(
            "UKR",
            ev("signature", "1999-02-24"),
            ev("ratification", "2005-12-27"),
            as_of="2025-03-18",
        )
    )
    assert v.status == "party"
    assert v.entry_into_force == d("2006-06-01")


@pytest.mark.parametrize("state", ["USA", "RUS", "CHN"])
def test_the_us_russia_and_china_are_outside_the_treaty_and_not_bound(state):
    doc = scenario(
        state,
        acts=[{"kind": "produce", "date": "2025-01-01", "device": {"triggered_by": "person"}}],
        as_of="2025-03-18",
    )
    v = evaluate(doc)
    assert v.status == "non_party"
    assert v.acts[0].outcome == "not_bound"


def test_ukraines_acquisition_of_us_supplied_non_persistent_mines_is_a_breach_by_ukraine_alone():
    # November 2024; the day is not in the facts: 20 November 2024 is illustrative.
    mines = {"triggered_by": "person", "self_destructing": True}
    ukraine = scenario(
        "UKR",
        ev("signature", "1999-02-24"),
        ev("ratification", "2005-12-27"),
        conflicts=[RUSSIA_UKRAINE_WAR],
        acts=[{"kind": "acquire", "date": "2024-11-20", "device": mines, "counterparty": "USA"}],
        as_of="2025-03-18",
    )
    v = evaluate(ukraine)
    result = v.acts[0]
    assert result.outcome == "violation"
    assert result.rule == "art_1__para_1__point_b"
    texts = " ".join(f.explanation for f in result.findings)
    # Non-persistent mines are still APMs; Amended Protocol II regulates them, it does not exempt them.
    assert "prohibits such mines too" in texts and "which regulates them" in texts
    assert "never under any circumstances" in texts  # the war is no excuse
    united_states = scenario(
        "USA",
        acts=[{"kind": "transfer", "date": "2024-11-20", "device": mines, "counterparty": "UKR"}],
        also_party_to=["CCW-APII"],
        as_of="2025-03-18",
    )
    assert evaluate(united_states).acts[0].outcome == "not_bound"


def test_the_changed_landscape_is_no_ground_a_withdrawal_needs():
    # The defence ministers invoked a changed security landscape. Art. 20 gives an express right
    # to withdraw: no fundamental change of circumstances (VCLT Art. 62) has to be shown, and
    # invoking one to suspend instead does not release a State.
    poland = scenario(
        "POL",
        ev("signature", "1997-12-04"),
        ev("ratification", "2012-12-27"),
        ev("withdrawal", "2025-08-20", notified=ALL_NOTIFIED, reasons_given=True),
        as_of="2026-03-01",
    )
    v = evaluate(poland)
    assert v.status == "withdrawn"
    assert not v.find("vclt:art_62__para_1")
    claim = scenario(
        "XXA",
        ev("accession", "2005-01-10"),
        ev("suspension_claim", "2025-03-18", ground="the military landscape has changed"),
        as_of="2025-12-01",
    )
    change = evaluate(claim).find("vclt:art_62__para_1")[0]
    assert change.outcome is Truth.FAILS
    assert "express right to withdraw" in change.explanation


def test_withdrawing_states_remain_bound_by_humanitarian_law():
    # "the Baltic states and Poland reaffirm their commitment to international humanitarian law"
    doc = scenario(
        "LVA", ev("accession", "2005-07-01"), ev("withdrawal", "2025-06-27"), as_of="2026-01-01"
    )
    law = evaluate(doc).find("vclt:art_43")[0]
    # The continuing law is set out in the finding's children (one per body of law).
    text = " ".join(c.explanation for c in law.children)
    assert "Customary international humanitarian law binds it" in text
