"""The CCW (Art. 9(2)) and Additional Protocol I (Art. 99(1)) waits, as a lawyer's review found
them wanting: who counts as engaged, what the wait keeps binding, and what the facts leave open.

The State XXA, its co-belligerents and adversaries (XXB, XXC), the conflicts and every date are
illustrative, not real-world facts: accession in 1990, notice of denunciation received on
2024-03-01, the year expiring on 2025-03-01.
"""

from __future__ import annotations

from typing import Any

import pytest
from builders import ev

from treatyrules import evaluate

NOTICE = "2024-03-01"  # illustrative
EXPIRY = "2025-03-01"


def denounced(
    treaty: str,
    *conflicts: dict[str, Any],
    as_of: str = "2027-06-01",
    protocol: str | None = None,
    **extra: Any,
) -> Any:
    withdrawal = ev("withdrawal", NOTICE, notified=["depositary"])
    if protocol is not None:
        withdrawal["protocol"] = protocol
    doc = {
        "treaty": treaty,
        "state": "XXA",
        "as_of": as_of,
        "events": [ev("accession", "1990-01-10"), withdrawal],
        "conflicts": list(conflicts),
        **extra,
    }
    return evaluate(doc)


def exception(v: Any) -> Any:
    (found,) = v.find(EXCEPTIONS[v.treaty])
    return found


EXCEPTIONS = {
    "CCW": "art_9__para_2__sent_2",
    "AP1": "art_99__para_1__sent_2",
    "AP2": "art_25__para_1__sent_2",
}


# --- F7: a co-belligerent is a party to the international armed conflict ----------------------


def beside(role: str, end: str | None = None) -> dict[str, Any]:
    """An international armed conflict between XXB and XXC, XXA taking part in ``role``."""
    return {
        "name": "the war",
        "parties": ["XXB", "XXC"],
        "involvement": role,
        "kind": "international",
        "start": "2023-06-01",
        "end": end,
    }


@pytest.mark.parametrize("treaty", ["CCW", "AP1"])
def test_a_co_belligerent_in_an_international_conflict_at_expiry_is_held_by_the_exception(treaty):
    # Fighting alongside a party makes the State a party to the international armed conflict (a
    # common Art. 2 situation, Art. 1 of each treaty): the exception holds it, as for a party.
    v = denounced(treaty, beside("co_belligerent"), as_of="2025-06-01", not_party_to=["CCW-APII"])
    assert v.status == "withdrawal_deferred"
    assert v.withdrawal.deferred_by == ("the war",)
    assert exception(v).outcome == "holds"


@pytest.mark.parametrize("treaty", ["CCW", "AP1"])
def test_a_state_only_supporting_a_party_is_not_held_and_the_reason_names_its_role(treaty):
    v = denounced(treaty, beside("supporting"), as_of="2025-06-01", not_party_to=["CCW-APII"])
    assert v.status == "withdrawn"
    text = exception(v).explanation
    assert "only in support, not as a party" in text
    assert "is not a situation this treaty's exception covers" not in text


@pytest.mark.parametrize("treaty", ["AP2", "CCW"])
def test_a_co_belligerent_in_another_state_s_non_international_conflict_is_not_assumed_held(treaty):
    # Whether a State helping in another's non-international conflict is in its own Art. 1
    # situation is not settled by the sources: the library does not assume it, and says why.
    rebellion = beside("co_belligerent") | {"kind": "non_international"}
    # Under the CCW, for a State bound by the 2001 amendment that brings such conflicts in.
    bound = {"also_party_to": ["CCW-AMENDED-ART1"]} if treaty == "CCW" else {}
    v = denounced(treaty, rebellion, as_of="2025-06-01", **bound)
    assert v.status == "withdrawn"
    assert "as a co-belligerent in a non-international armed conflict" in (exception(v).explanation)
