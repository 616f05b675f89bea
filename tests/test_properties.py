"""Invariants of the law, stated as Hypothesis properties."""

from __future__ import annotations

import copy
from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from treatyrules import Scenario, Verdict, evaluate
from treatyrules.core.calendar import months_after
from treatyrules.engine import build_history
from treatyrules.strategies import scenarios
from treatyrules.treaties import get

APMBC = get("APMBC")


def history(s: Scenario):
    return build_history(APMBC, s, APMBC.resolve(None))


@given(scenarios(withdrawal=True))
def test_a_withdrawal_never_takes_effect_before_six_months_after_receipt(s):
    w = evaluate(s).withdrawal
    if w is not None and w.effective_date is not None:
        assert w.effective_date >= months_after(w.received, 6)
        assert w.effective_date >= w.notice_expires


@given(scenarios(withdrawal=True, revoked=False, max_conflicts=0))
def test_with_no_conflict_a_withdrawal_takes_effect_exactly_when_the_notice_expires(s):
    w = evaluate(s).withdrawal
    if w is not None and w.outcome != "not_applicable":
        assert w.effective_date == w.notice_expires == months_after(w.received, 6)


@given(scenarios(engaged_at_expiry=True, revoked=False))
def test_engaged_at_expiry_the_withdrawal_waits_for_the_end_of_the_conflict(s):
    w = evaluate(s).withdrawal
    if w is not None and w.outcome != "not_applicable":
        conflict = s.conflicts[0]
        assert conflict.name in w.deferred_by
        deferring = [c for c in s.conflicts if c.name in w.deferred_by]
        if any(c.end is None for c in deferring):
            assert w.effective_date is None
        else:
            assert w.effective_date == max(c.end for c in deferring)


@given(scenarios(revoked=True))
def test_a_revocation_before_effect_means_it_never_takes_effect(s):
    h = history(s)
    revocation = next(e for e in s.events if e.kind == "revocation")
    case = h.withdrawals[-1]
    if case.applicable and case.revoked_on is not None:
        assert case.effective is None
        for day in (revocation.date, revocation.date + timedelta(days=3650)):
            assert h.status_on(day) == "party"
    elif case.applicable:
        # Too late: it had already taken effect.
        assert case.effective is not None and case.effective <= revocation.date


@given(st.dates(min_value=date(1997, 12, 3), max_value=date(2040, 12, 31)))
def test_entry_into_force_is_the_first_day_of_the_month_deposit_month_plus_six(deposit):
    v = evaluate(
        {
            "treaty": "APMBC",
            "state": "XXA",
            "as_of": "2045-01-01",
            "events": [{"kind": "accession", "date": deposit.isoformat()}],
        }
    )
    if deposit <= date(1998, 9, 16):
        assert v.entry_into_force == date(1999, 3, 1)
    else:
        months = deposit.year * 12 + deposit.month + 6
        assert v.entry_into_force == date((months - 1) // 12, (months - 1) % 12 + 1, 1)


@given(scenarios())
def test_scenario_json_round_trips_losslessly(s):
    assert Scenario.model_validate_json(s.model_dump_json()) == s
    assert Scenario.model_validate(s.model_dump(mode="json")) == s


@given(scenarios())
def test_verdict_json_round_trips_losslessly(s):
    v = evaluate(s)
    text = v.model_dump_json()
    assert Verdict.model_validate_json(text) == v
    # Byte for byte: the rows the engine builds list their keys in the contract's order.
    assert Verdict.model_validate_json(text).model_dump_json() == text
    assert Verdict.model_validate(v.model_dump(mode="json")).model_dump() == v.model_dump()


@given(scenarios())
def test_evaluation_is_deterministic_and_does_not_mutate_its_input(s):
    doc = s.model_dump(mode="json")
    before = copy.deepcopy(doc)
    first = evaluate(doc)
    second = evaluate(doc)
    assert doc == before
    assert first == second
    assert evaluate(s) == first


@given(scenarios(), st.integers(-4000, 8000))
def test_at_any_date_exactly_one_status_holds_and_it_agrees_with_the_verdict(s, offset):
    day = (s.as_of or date(2020, 1, 1)) + timedelta(days=offset)
    h = history(s)
    status = h.status_on(day)
    assert status in {
        "non_party",
        "signatory",
        "contracting",
        "party",
        "withdrawal_pending",
        "withdrawal_deferred",
        "withdrawn",
    }
    assert evaluate(s, as_of=day).status == status


@given(scenarios())
def test_the_status_changes_only_on_the_dates_the_history_names(s):
    h = history(s)
    changes = h.change_dates()
    start = date(1997, 1, 1)
    for a, b in zip([start, *changes], [*changes, date(2060, 1, 1)], strict=True):
        if b > a:
            assert h.status_on(a) == h.status_on(b - timedelta(days=1))


@given(scenarios())
def test_the_position_is_consistent_with_the_withdrawal_outcome(s):
    v = evaluate(s)
    w = v.withdrawal
    if v.status == "withdrawal_pending":
        assert w is not None and w.outcome == "pending"
    if v.status == "withdrawal_deferred":
        assert w is not None and w.outcome == "deferred"
    if w is not None and w.outcome == "effective":
        assert w.effective_date is not None and w.effective_date <= v.as_of
    if w is not None and w.outcome in ("pending", "deferred"):
        assert w.condition


@given(scenarios())
def test_every_finding_cites_a_rule_the_treaty_declares(s):
    v = evaluate(s)
    eids = {r.eid: r.citation for r in APMBC.rules}

    def walk(findings):
        for f in findings:
            assert f.rule in eids, f.rule
            assert f.citation == eids[f.rule]
            walk(f.children)

    walk(v.findings)


@given(scenarios(max_acts=4))
def test_an_act_by_a_state_not_bound_that_day_is_never_a_violation(s):
    h = history(s)
    v = evaluate(s)
    for act, result in zip(s.acts, v.acts, strict=True):
        if h.status_on(act.date) in ("non_party", "withdrawn"):
            assert result.outcome == "not_bound"
        if h.status_on(act.date) in ("signatory", "contracting"):
            assert result.outcome != "violation"


@given(scenarios(max_acts=4))
def test_using_or_producing_a_person_triggered_mine_while_a_party_is_always_a_violation(s):
    h = history(s)
    v = evaluate(s)
    for act, result in zip(s.acts, v.acts, strict=True):
        person = act.device is not None and act.device.triggered_by == "person"
        bound = h.status_on(act.date) in ("party", "withdrawal_pending", "withdrawal_deferred")
        if person and bound and act.kind in ("use", "produce"):
            assert result.outcome == "violation", result


@given(scenarios(max_acts=2))
def test_every_act_finding_and_deciding_rule_is_declared(s):
    v = evaluate(s)
    eids = {r.eid for r in APMBC.rules}
    for result in v.acts:
        assert result.rule in eids
        for f in result.findings:
            assert f.rule in eids


@given(scenarios(), st.integers(-2000, 6000))
def test_deadline_outcomes_agree_with_their_dates(s, offset):
    day = (s.as_of or date(2020, 1, 1)) + timedelta(days=offset)
    v = evaluate(s, as_of=day)
    for deadline in v.deadlines:
        # In law a deadline is still open on its due day: pending up to and including it.
        if deadline.outcome == "pending":
            assert deadline.due is not None and day <= deadline.due
        if deadline.outcome in ("missed", "unknown"):
            assert deadline.due is not None and day > deadline.due
