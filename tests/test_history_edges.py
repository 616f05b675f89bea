"""The edges of a State's history that mutation testing found unchecked: objections, dated and
undated, the days on which a status changes, coming back after leaving, and facts a treaty
does not model.

The State (XAA), the objecting States' acts and the dates are illustrative, not real-world
facts: a State acceding to the Convention on 31 August 2001 and giving notice on 31 August 2025.
"""

from __future__ import annotations

from typing import Any

import pytest

import treatyrules as tr
from treatyrules import NotModelledError

JOINED = {"kind": "accession", "date": "2001-08-31"}
SIGNED = {"kind": "signature", "date": "1997-12-03"}
NOTICE = {"kind": "withdrawal", "date": "2025-08-31", "reasons_given": True}  # effect 2026-02-28


def scenario(*events: dict[str, Any], treaty: str = "APMBC", **extra: Any) -> dict[str, Any]:
    return {"treaty": treaty, "state": "XAA", "events": list(events), **extra}


def objection(by: str, day: str | None, to: str) -> dict[str, Any]:
    return {"kind": "objection", "date": day, "by": by, "to": to}


def objections_read(doc: dict[str, Any], on: str) -> list[Any]:
    """The findings on objections in the verdict read on ``on`` (VCLT Art. 65)."""
    return [f for f in tr.evaluate(doc, as_of=on).findings if f.rule == "vclt:art_65"]


# -- objections --------------------------------------------------------------------------


def test_an_undated_objection_to_a_withdrawal_is_recorded_whatever_the_day_it_is_read():
    doc = scenario(JOINED, NOTICE, objection("NOR", None, "withdrawal"))
    for day in ("2025-09-15", "2030-01-01"):
        (recorded,) = objections_read(doc, day)
        assert recorded.outcome == "not_applicable" and recorded.severity == "info"
        assert recorded.explanation == (
            "The objection by NOR to the withdrawal is recorded; it does not change the position"
            " under the treaty's own rules."
        )
    assert tr.evaluate(doc, as_of="2026-03-01").status == "withdrawn"  # it changes nothing


def test_a_dated_objection_is_part_of_the_reasons_only_from_its_date():
    doc = scenario(JOINED, NOTICE, objection("SWE", "2025-10-01", "reservation"))
    assert objections_read(doc, "2025-09-30") == []
    (recorded,) = objections_read(doc, "2025-10-01")
    assert recorded.explanation.startswith("The objection by SWE to the reservation is recorded")


def test_an_objection_to_a_suspension_nobody_claimed_is_flagged_from_its_date():
    doc = scenario(
        JOINED,
        objection("SWE", "2025-10-01", "suspension_claim"),
        objection("NOR", None, "suspension_claim"),
    )
    (undated,) = objections_read(doc, "2025-09-30")
    assert undated.explanation == "The objection by NOR has no claimed suspension to object to."
    assert (undated.outcome, undated.severity) == ("not_applicable", "warning")
    both = objections_read(doc, "2025-10-01")
    assert [f.explanation.split()[3] for f in both] == ["NOR", "SWE"]


# -- the days on which a status changes ---------------------------------------------------


def test_a_signature_withdrawn_the_day_it_is_given_leaves_no_signatory():
    doc = scenario(SIGNED, {"kind": "unsigning", "date": "1997-12-03"})
    assert tr.evaluate(doc, as_of="1997-12-03").status == "non_party"
    later = scenario(SIGNED, {"kind": "unsigning", "date": "1997-12-04"})
    assert tr.evaluate(later, as_of="1997-12-03").status == "signatory"


@pytest.mark.parametrize(
    ("day", "outcome"),
    [("2026-02-27", "not_applicable"), ("2026-02-28", "holds")],
    ids=["while still a party", "the day it has left"],
)
def test_a_notice_that_the_state_will_not_become_a_party_counts_once_it_has_left(day, outcome):
    # VCLT Art. 18: a party cannot unsign; from the day its withdrawal takes effect it is no
    # longer one, and such a notice says what it means.
    doc = scenario(JOINED, NOTICE, {"kind": "unsigning", "date": day})
    (notice,) = [
        f for f in tr.evaluate(doc, as_of="2030-01-01").findings if f.rule == "vclt:art_18"
    ]
    assert notice.outcome == outcome


def test_a_premature_instrument_read_as_withdrawing_consent_ends_it_the_day_it_is_received():
    # Ratified 31 August 2001, in force for the State on 1 February 2002; the instrument of
    # 1 October 2001, under premature_withdrawal = withdrawal_of_consent, undoes the deposit.
    doc = scenario(
        SIGNED,
        {"kind": "ratification", "date": "2001-08-31"},
        {"kind": "withdrawal", "date": "2001-10-01"},
    )
    reading = {"premature_withdrawal": "withdrawal_of_consent"}
    statuses = [
        tr.evaluate(doc, as_of=day, interpretation=reading).status
        for day in ("2001-09-30", "2001-10-01", "2002-02-01")
    ]
    assert statuses == ["contracting", "signatory", "signatory"]


def test_a_state_that_left_and_accedes_again_joins_as_a_new_party():
    doc = scenario(JOINED, NOTICE, {"kind": "accession", "date": "2027-01-05"})
    v = tr.evaluate(doc, as_of="2030-01-01")
    assert (v.status, str(v.entry_into_force)) == ("party", "2027-07-01")
    (again,) = [f for f in v.find("art_16__para_2") if "2027-01-05" in f.explanation]
    assert again.outcome == "holds"
    assert "after it left the treaty the State joins again as a new party" in again.explanation


# -- facts a treaty does not model ----------------------------------------------------------


def test_acts_under_a_treaty_that_does_not_judge_acts_are_refused_naming_acts():
    doc = scenario(JOINED, treaty="NPT", acts=[{"kind": "use", "date": "2023-01-01"}])
    with pytest.raises(NotModelledError) as refused:
        tr.evaluate(doc, as_of="2024-01-01")
    assert refused.value.path == "acts"
    assert refused.value.message == "judging acts is not modelled for NPT"
