"""The edges of the withdrawal clauses that mutation testing found unchecked: whose conflict
defers, the first day a State is no longer engaged, and a later date the State names.

Dates are illustrative (a hypothetical State XAA acceding on 31 August 2001 and giving
notice on 31 August 2025), not real-world facts.
"""

from __future__ import annotations

from typing import Any

import pytest

import treatyrules

JOINED = {"kind": "accession", "date": "2001-08-31"}
OTHERS_WAR = {
    "name": "a war between others",
    "parties": ["XZY", "XZZ"],
    "kind": "international",
    "start": "2025-01-01",
}
OUR_WAR = {
    "name": "our war",
    "parties": ["XAA", "XZZ"],
    "kind": "international",
    "start": "2025-01-01",
    "end": "2027-01-01",
}


def withdrawn(treaty: str, *conflicts: dict[str, Any], **notice: Any) -> Any:
    """The withdrawal of XAA from ``treaty`` (notice received 31 August 2025), read in 2100."""
    withdrawal = {"kind": "withdrawal", "date": "2025-08-31", "reasons_given": True, **notice}
    doc = {
        "treaty": treaty,
        "state": "XAA",
        "as_of": "2100-01-01",
        "events": [JOINED, withdrawal],
        "conflicts": list(conflicts),
    }
    return treatyrules.evaluate(doc).withdrawal


@pytest.mark.parametrize("treaty", ["APMBC", "CCM", "CCW", "AP1", "GC1"])
def test_a_conflict_between_other_states_defers_no_withdrawal(treaty):
    w = withdrawn(treaty, OTHERS_WAR)
    assert w.outcome == "effective" and w.effective_date == w.notice_expires
    assert w.deferred_by == ()


@pytest.mark.parametrize("treaty", ["CCW", "AP1", "GC1"])
def test_a_denunciation_during_the_states_own_war_waits(treaty):
    w = withdrawn(treaty, OUR_WAR)
    assert w.outcome == "deferred" and w.deferred_by == ("our war",)
    assert w.effective_date is None  # the other facts it awaits are not recorded


@pytest.mark.parametrize("treaty", ["APMBC", "CCM"])
def test_a_withdrawal_during_the_states_own_war_takes_effect_when_it_ends(treaty):
    w = withdrawn(treaty, OUR_WAR)
    assert w.deferred_by == ("our war",)
    assert str(w.effective_date) == "2027-01-01"


def test_an_international_war_does_not_defer_a_denunciation_of_additional_protocol_ii():
    # AP II's clause waits only for the non-international conflicts the Protocol governs.
    w = withdrawn("AP2", OUR_WAR)
    assert w.deferred_by == () and w.effective_date == w.notice_expires


@pytest.mark.parametrize(
    ("engaged_until", "deferred"),
    [("2026-02-27", False), ("2026-02-28", False), ("2026-03-01", True)],
)
def test_a_state_no_longer_engaged_on_the_day_its_notice_expires_is_not_deferred(
    engaged_until, deferred
):
    # The notice expires on 28 February 2026; engaged_until is the first day not engaged.
    w = withdrawn("APMBC", {**OUR_WAR, "engaged_until": engaged_until})
    assert str(w.notice_expires) == "2026-02-28"
    assert (w.deferred_by == ("our war",)) is deferred
    assert str(w.effective_date) == ("2027-01-01" if deferred else "2026-02-28")


@pytest.mark.parametrize("treaty", ["ATT", "ICC"])
def test_a_later_date_named_by_the_state_is_when_the_withdrawal_takes_effect(treaty):
    w = withdrawn(treaty, takes_effect_on="2027-06-01")
    # The period then runs to the named date: the notice expires, and takes effect, on it.
    assert str(w.notice_expires) == str(w.effective_date) == "2027-06-01"
    assert w.outcome == "effective"


def test_a_date_named_before_the_notice_expires_does_not_bring_the_effect_forward():
    # Rome Statute Art. 127(1): one year after receipt, "unless the notification specifies a
    # later date" -- an earlier one changes nothing.
    w = withdrawn("ICC", takes_effect_on="2025-12-01")
    assert str(w.notice_expires) == "2026-08-31" and w.effective_date == w.notice_expires
