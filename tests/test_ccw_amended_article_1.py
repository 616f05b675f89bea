"""CCW Art. 9(2) and the 2001 amendment of Art. 1: a non-international armed conflict is a
situation of Art. 1 only for a State bound by the amendment.

A CCW denunciation's exception keeps a State bound if, when the year expires, it is engaged in
one of the situations of Art. 1. The original Art. 1 covers international armed conflicts and
occupation; the amended Art. 1 (2001) adds the non-international armed conflicts of common
Art. 3 of the Geneva Conventions, but only for the States bound by the amendment, and which
States those are is not verified (docs/sources/sibling-treaties.md §2.3, §5). So the library
invents none: the scenario says it (`also_party_to` names `CCW-AMENDED-ART1` for a State bound
by it, `not_party_to` for one that is not), and where it says neither, a non-international
conflict at expiry leaves the outcome open, the missing fact decisive.

The State (XXA), the conflicts and every date are illustrative, not real-world facts: notice
received on 2024-03-01, the year expiring on 2025-03-01.
"""

from __future__ import annotations

from typing import Any

import pytest
from builders import d, denunciation, ev, war

from treatyrules import InputError, evaluate

AMENDMENT = "CCW-AMENDED-ART1"
MISSING = f"also_party_to[{AMENDMENT}]"
EXCEPTION = "art_9__para_2__sent_2"
REBELLION = war("XXA", "2023-06-01", None, name="the rebellion", kind="non_international")
ENDED = war(
    "XXA",
    "2023-06-01",
    "2025-09-01",
    name="the rebellion",
    kind="non_international",
    release_and_repatriation_completed="2025-10-01",
    re_establishment_completed="2025-11-01",
)


def judged(*conflicts: dict[str, Any], protocol: str | None = None, **extra: Any) -> Any:
    return evaluate(denunciation("CCW", *conflicts, protocol=protocol, **extra))


def decisive(v: Any) -> set[str]:
    return {u.fact for u in v.unknowns if u.decisive}


def test_a_non_international_conflict_at_expiry_leaves_a_ccw_denunciation_open_if_unrecorded():
    v = judged(REBELLION)
    assert v.status == "indeterminate"
    assert v.withdrawal.outcome == "indeterminate"
    assert MISSING in decisive(v)
    (exception,) = v.find(EXCEPTION)
    assert exception.outcome == "unknown"
    assert "the 2001 amendment of Article 1" in exception.explanation
    assert "not a situation this treaty's exception covers" not in exception.explanation


def test_the_open_ccw_denunciation_says_what_follows_if_the_state_is_bound_by_the_amendment():
    condition = judged(REBELLION).withdrawal.condition
    assert condition.startswith(
        "if the State is not bound by the 2001 amendment of Article 1, it takes effect on"
        " 2025-03-01; if it is, the State stays bound until"
    )


def test_a_state_bound_by_the_amendment_stays_bound_while_its_non_international_conflict_lasts():
    v = judged(REBELLION, also_party_to=[AMENDMENT])
    assert v.status == "withdrawal_deferred"
    assert MISSING not in decisive(v)
    assert v.withdrawal.deferred_by == ("the rebellion",)


def test_a_state_bound_by_the_amendment_is_released_when_the_conflict_and_operations_end():
    # Not bound by Amended Protocol II, whose United Nations forces the wait would await too.
    v = judged(ENDED, also_party_to=[AMENDMENT], not_party_to=["CCW-APII"])
    assert (v.status, v.withdrawal.effective_date) == ("withdrawn", d("2025-11-01"))


def test_a_state_not_bound_by_the_amendment_is_released_when_the_year_expires():
    v = judged(REBELLION, not_party_to=[AMENDMENT])
    assert (v.status, v.withdrawal.effective_date) == ("withdrawn", d("2025-03-01"))
    assert not decisive(v)
    (exception,) = v.find(EXCEPTION)
    assert exception.outcome == "fails"
    assert (
        "counts only for a State bound by the 2001 amendment of Article 1" in exception.explanation
    )
    assert "the scenario records the State as not bound by it" in exception.explanation


def test_a_denunciation_of_a_protocol_alone_reads_the_amendment_too():
    assert MISSING in decisive(judged(REBELLION, protocol="IV"))


def test_an_international_conflict_defers_whatever_the_amendment_says():
    v = judged(war("XXA", "2023-06-01", None))
    assert v.status == "withdrawal_deferred"
    assert MISSING not in decisive(v)


@pytest.mark.parametrize("treaty", ["APMBC", "CCM", "TPNW", "AP1"])
def test_the_amendment_is_read_by_the_ccw_alone(treaty):
    doc = {
        "treaty": treaty,
        "state": "XXA",
        "as_of": "2027-06-01",
        "events": [
            ev("accession", "1990-01-10"),
            ev("withdrawal", "2024-03-01", notified=["depositary"], reasons_given=True),
        ],
        "conflicts": [REBELLION],
    }
    assert MISSING not in decisive(evaluate(doc))


def test_an_instrument_both_bound_and_not_bound_is_refused_naming_the_field():
    with pytest.raises(InputError) as info:
        judged(REBELLION, also_party_to=[AMENDMENT], not_party_to=[AMENDMENT])
    assert info.value.path == "not_party_to"
    assert AMENDMENT in str(info.value)


# --- beside an international conflict that defers for certain -------------------------------

WAR = war(
    "XXA",
    "2023-06-01",
    "2025-09-01",
    release_and_repatriation_completed="2025-10-01",
    re_establishment_completed="2025-11-01",
)
NOT_APII = {"not_party_to": ["CCW-APII"]}  # no wait for Amended Protocol II's UN forces


def test_a_rebellion_beside_a_war_may_prolong_the_wait_if_the_amendment_binds():
    v = judged(WAR, REBELLION, **NOT_APII)
    assert v.status == "indeterminate"
    assert MISSING in decisive(v)
    assert v.withdrawal.condition.startswith(
        "if the State is not bound by the 2001 amendment of Article 1, the State stays bound"
        " until 2025-11-01; if it is, the State stays bound until the armed conflicts"
    )
    (exception,) = v.find(EXCEPTION)
    assert "the State is released on 2025-11-01, unless a further conflict counts too" in (
        exception.explanation
    )


def test_a_rebellion_beside_a_war_gives_the_later_release_day_where_the_amendment_binds():
    v = judged(WAR, ENDED | {"end": "2026-06-01"}, also_party_to=[AMENDMENT], **NOT_APII)
    assert v.withdrawal.effective_date == d("2026-06-01")
    assert not decisive(v)


def test_a_rebellion_beside_a_war_that_ends_first_cannot_matter():
    ended_early = ENDED | {"end": "2025-05-01"}
    v = judged(WAR, ended_early, **NOT_APII)
    assert v.withdrawal.effective_date == d("2025-11-01")
    assert not decisive(v)
