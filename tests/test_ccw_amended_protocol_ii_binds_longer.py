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


def test_released_from_the_convention_a_state_bound_by_amended_protocol_ii_is_told_it_still_binds():
    v = verdict()
    assert v.status == "withdrawn"
    assert v.withdrawal.effective_date == date(2025, 11, 1)  # the Convention's release
    assert (v.withdrawal.annex_bound.protocol, v.withdrawal.annex_bound.until) == (
        "APII",
        date(2026, 6, 1),
    )
    assert (
        "Amended Protocol II, which its denunciation covers too, binds it longer, until"
        " 2026-06-01." in v.conclusion
    )
    assert "  Amended Protocol II binds until        2026-06-01" in render(v, "text")


def test_once_the_un_functions_have_ended_amended_protocol_ii_is_said_to_have_bound_it():
    v = verdict(as_of="2026-07-01")
    assert (
        "Amended Protocol II, which its denunciation covers too, bound it longer, until"
        " 2026-06-01." in v.conclusion
    )


def test_during_the_wait_the_later_day_of_amended_protocol_ii_is_given_too():
    v = verdict(as_of="2025-06-01")
    assert v.status == "withdrawal_deferred"
    assert v.withdrawal.annex_bound.until == date(2026, 6, 1)
    assert "binds it longer, until 2026-06-01." in v.conclusion


def test_un_forces_without_a_recorded_end_bind_it_to_a_day_the_facts_do_not_give():
    v = verdict(conflict=war_over(un_forces_in_area=True))
    assert v.withdrawal.annex_bound.until is None
    assert "binds it longer, until a day the facts do not give." in v.conclusion
    assert "  Amended Protocol II binds until        no date yet" in render(v, "text")


def test_read_as_whole_convention_the_whole_waits_and_no_annex_binds_longer():
    v = verdict(interpretation={"ccw_un_limb_scope": "whole_convention"})
    assert v.status == "withdrawal_deferred"
    assert v.withdrawal.annex_bound is None
    assert "binds it longer" not in v.conclusion


@pytest.mark.parametrize(
    ("situation", "extra"),
    [
        ("not bound by Amended Protocol II", {"also_party_to": [], "not_party_to": ["CCW-APII"]}),
        ("bound or not: the facts do not say", {"also_party_to": []}),
        ("a revocation before the release", {"revoked": "2025-06-01"}),
    ],
)
def test_nothing_is_said_to_bind_longer_where_it_is_not_certain_to(situation, extra):
    v = verdict(**extra)
    assert v.withdrawal.annex_bound is None, situation
    assert "binds it longer" not in v.conclusion


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


def test_the_json_names_the_annex_and_its_day():
    doc = json.loads(verdict().model_dump_json())
    assert doc["withdrawal"]["annex_bound"] == {"protocol": "APII", "until": "2026-06-01"}
    assert (
        json.loads(verdict(also_party_to=[]).model_dump_json())["withdrawal"]["annex_bound"] is None
    )
