"""The finding on the notice period gives a firm effect date only where nothing else decides it.

Where the armed-conflict exception holds, the period's end is not the effect (APMBC, CCM, AP I,
AP II, the Geneva Conventions: the effect waits) or not the State's release (CCW Art. 9(2),
TPNW Art. 17(3): the State stays bound). Where the facts leave the exception open, the finding
says the period ends and that the effect depends on the exception, as the exception's own
finding says; so too where the instrument is revoked before the period ends, or where its form
decides whether the period runs at all.

Every State, conflict and date below is illustrative (hypothetical State XXA, notice received
on 2024-03-01), not a real-world fact.
"""

from __future__ import annotations

from typing import Any

import pytest
from builders import ev, war

from treatyrules import evaluate

NOTICE = "2024-03-01"  # illustrative

# The sentence fixing the period, and the day it ends, for notice received on NOTICE.
PERIOD = {
    "APMBC": ("art_20__para_3__sent_1", "2024-09-01"),
    "CCM": ("art_20__para_3__sent_1", "2024-09-01"),
    "AP1": ("art_99__para_1__sent_1", "2025-03-01"),
    "AP2": ("art_25__para_1__sent_1", "2024-09-01"),
    "CCW": ("art_9__para_2__sent_1", "2025-03-01"),
    "TPNW": ("art_17__para_3__sent_1", "2025-03-01"),
}
KEEPS_BOUND = {"CCW", "TPNW"}


def judged(treaty: str, *conflicts: dict[str, Any], **extra: Any) -> Any:
    withdrawal = ev("withdrawal", NOTICE, **extra.pop("withdrawal", {}))
    withdrawal.setdefault("notified", ["depositary", "states_parties", "security_council"])
    withdrawal.setdefault("reasons_given", True)
    doc = {
        "treaty": treaty,
        "state": "XXA",
        "as_of": "2027-06-01",
        "events": [ev("accession", "1990-01-10"), withdrawal, *extra.pop("events", [])],
        "conflicts": list(conflicts),
    }
    return evaluate(doc, interpretation=extra.pop("interpretation", None))


def period_finding(v: Any, treaty: str) -> str:
    # Additional Protocols I and II give the right and the period in one sentence: one rule.
    (finding,) = [f for f in v.find(PERIOD[treaty][0]) if " it may " not in f.explanation]
    return finding.explanation


def may_have_ended(kind: str = "international") -> dict[str, Any]:
    """A war whose end is not known: hostilities ceased half-way through the notice period."""
    return war(
        "XXA",
        "2023-06-01",
        None,
        kind=kind,
        end_unknown=True,
        cessation_of_hostilities="2024-06-01",
    )


@pytest.mark.parametrize("treaty", sorted(PERIOD))
def test_where_the_state_may_or_may_not_be_at_war_at_expiry_the_period_gives_no_firm_effect(
    treaty,
):
    # Additional Protocol II's exception covers non-international conflicts only.
    v = judged(treaty, may_have_ended("non_international" if treaty == "AP2" else "international"))
    assert v.withdrawal.outcome == "indeterminate"
    text = period_finding(v, treaty)
    expires = PERIOD[treaty][1]
    assert f"the notice period expires on {expires}" in text
    assert "takes effect" not in text.split("Whether")[0]
    term = "withdrawal" if treaty in ("APMBC", "CCM", "TPNW") else "denunciation"
    released = "the State is released" if treaty in KEEPS_BOUND else f"the {term} takes effect"
    assert f"Whether {released} that day depends on the armed-conflict exception" in text


@pytest.mark.parametrize("treaty", sorted(KEEPS_BOUND))
def test_where_the_treaty_keeps_a_state_at_war_bound_the_period_ends_without_releasing_it(treaty):
    v = judged(treaty, war("XXA", "2023-06-01", None))
    text = period_finding(v, treaty)
    assert "would take effect" not in text
    assert "The State would be released that day, but the armed-conflict exception keeps it" in (
        text
    )


@pytest.mark.parametrize("treaty", ["APMBC", "CCM", "AP1"])
def test_where_the_effect_waits_for_the_conflict_the_period_says_it_would_take_effect(treaty):
    v = judged(treaty, war("XXA", "2023-06-01", None))
    assert "would take effect that day, but the armed-conflict exception applies" in (
        period_finding(v, treaty)
    )


def test_a_tpnw_withdrawal_revoked_before_its_period_ends_is_given_no_effect_date():
    v = judged("TPNW", events=[ev("revocation", "2024-12-01")])
    text = period_finding(v, "TPNW")
    assert "takes effect" not in text
    assert "the notice period would expire on 2025-03-01" in text
    assert "revoked on 2024-12-01, before then" in text


def test_a_withdrawal_whose_form_may_be_defective_gives_its_effect_date_only_conditionally():
    # Whether the reasons were given is not known; a defective notice does not operate under
    # the reading defective_notice = invalid.
    v = judged(
        "TPNW",
        withdrawal={"reasons_given": None},
        interpretation={"defective_notice": "invalid"},
    )
    assert v.withdrawal.outcome == "indeterminate"
    assert period_finding(v, "TPNW").startswith("If its form turns out complete, the withdrawal")


def test_a_withdrawal_nothing_defers_still_states_its_effect_date():
    v = judged("APMBC")
    assert period_finding(v, "APMBC").endswith(": on 2024-09-01.")
