"""What follows from the facts beyond the dates: breach, continuing law, who decides, Art. 3's test.

Hypothetical States (XXA..XZZ) and illustrative dates unless a real State is named.
"""

from __future__ import annotations

from builders import ALL_NOTIFIED, ev, scenario, war

from treatyrules import evaluate


def _party(*acts, as_of="2025-03-01", **extra):
    return scenario("XXA", ev("accession", "2005-01-10"), acts=list(acts), as_of=as_of, **extra)


def _act(kind, day, **fields):
    return {"kind": kind, "date": day, "device": {"triggered_by": "person"}, **fields}


def _rules(findings):
    return [f.rule for f in findings]


def test_a_stockpile_kept_by_a_party_is_a_continuing_breach_with_cessation_and_reparation():
    act = evaluate(_party(_act("stockpile", "2024-01-01"))).acts[0]
    assert act.outcome == "violation"
    rules = _rules(act.findings)
    assert "arsiwa:art_14__para_2" in rules  # continuing while kept
    assert {"arsiwa:art_30", "arsiwa:art_31", "art_8", "art_7__para_2"} <= set(rules)


def test_a_single_use_is_not_called_a_continuing_breach():
    act = evaluate(_party(_act("use", "2024-01-01"))).acts[0]
    assert "arsiwa:art_14__para_2" not in _rules(act.findings)
    report = next(f for f in act.findings if f.rule == "art_7__para_2")
    assert "mined areas" in report.explanation


def test_an_act_during_the_notice_period_remains_a_breach_after_the_withdrawal():
    doc = _party(
        _act("produce", "2025-09-01"),
        as_of="2026-03-01",
    )
    doc["events"].append(ev("withdrawal", "2025-07-10", notified=ALL_NOTIFIED, reasons_given=True))
    v = evaluate(doc)
    assert v.status == "withdrawn" and v.acts[0].outcome == "violation"
    note = next(f for f in v.acts[0].findings if f.rule == "arsiwa:art_13")
    assert "VCLT Art. 70(1)(b) and (2)" in note.explanation


def test_while_notice_runs_the_state_is_fully_bound_not_merely_under_article_18():
    doc = _party(as_of="2025-09-01")
    doc["events"].append(ev("withdrawal", "2025-07-10", notified=ALL_NOTIFIED, reasons_given=True))
    v = evaluate(doc)
    bound = v.find("vclt:art_26")[0]  # pacta sunt servanda: still a party, fully bound
    assert bound.citation == "VCLT Art. 26"
    assert "not merely by the duty of VCLT Art. 18" in bound.explanation
    assert "from the day it takes effect (VCLT Art. 70(2))" in bound.explanation


def test_a_withdrawal_names_the_depositary_notification_or_says_it_is_not_given():
    doc = _party(as_of="2025-09-01")
    doc["events"].append(ev("withdrawal", "2025-07-10", reference="C.N.000.2025.TREATIES-XXVI.5"))
    assert "C.N.000.2025" in evaluate(doc).find("vclt:art_78")[0].explanation
    doc["events"][-1].pop("reference")
    assert "the facts do not give" in evaluate(doc).find("vclt:art_78")[0].explanation


def test_who_decides_engagement_is_said_when_a_conflict_is_on_record():
    doc = _party(as_of="2026-03-01", conflicts=[war("XXA", "2025-01-01")])
    doc["events"].append(ev("withdrawal", "2025-07-10", notified=ALL_NOTIFIED, reasons_given=True))
    who = [
        f for f in evaluate(doc).find("art_20__para_3__sent_2") if "Who decides" in f.explanation
    ]
    assert who and "no organ" in who[0].explanation


def test_after_withdrawal_amended_protocol_ii_binds_where_the_state_is_party_to_it():
    doc = _party(as_of="2026-03-01", also_party_to=["CCW-APII"])
    doc["events"].append(ev("withdrawal", "2025-07-10", notified=ALL_NOTIFIED, reasons_given=True))
    law = evaluate(doc).find("vclt:art_43")[0]
    apii, custom = law.children
    assert "It remains party to the CCW's Amended Protocol II" in apii.explanation
    assert "Custom has no general ban on anti-personnel mines" in custom.explanation


def test_a_non_partys_transfer_is_outside_the_treaty_under_vclt_article_34():
    doc = scenario(
        "USA",
        acts=[_act("transfer", "2024-11-20", counterparty="UKR")],
        as_of="2025-03-18",
    )
    act = evaluate(doc).acts[0]
    assert act.outcome == "not_bound"
    assert "vclt:art_34" in _rules(act.findings)
    assert "vclt:art_43" not in _rules(act.findings)


def test_a_retention_with_no_number_is_flagged_not_simply_permitted():
    act = evaluate(_party(_act("retain", "2024-01-01", purpose="training"))).acts[0]
    assert act.outcome == "permitted"
    test = next(f for f in act.findings if f.rule == "art_3__para_1__sent_2")
    assert test.severity == "warning" and "not given" in test.explanation
    assert "minimum number absolutely necessary" in test.explanation
    assert "only if the number retained is the minimum absolutely necessary" in act.explanation
    assert "breach of Arts. 1(1)(b) and 4" in act.explanation


def test_a_large_retention_is_flagged_with_the_conventions_test():
    act = evaluate(_party(_act("retain", "2024-01-01", purpose="training", quantity=100000))).acts[
        0
    ]
    test = next(f for f in act.findings if f.rule == "art_3__para_1__sent_2")
    assert test.severity == "warning" and "100000" in test.explanation
    strict = evaluate(
        _party(_act("retain", "2024-01-01", purpose="training", quantity=100000)),
        interpretation={"art3_threshold": 5000},
    )
    assert strict.acts[0].outcome == "violation"


def test_self_destructing_mines_are_regulated_by_amended_protocol_ii_not_exempted():
    device = {"triggered_by": "person", "self_destructing": True}
    act = evaluate(_party({"kind": "acquire", "date": "2024-11-20", "device": device})).acts[0]
    text = " ".join(f.explanation for f in act.findings)
    assert "which regulates them" in text and "makes no exception" not in text


def test_after_the_withdrawal_takes_effect_the_duty_to_cease_ends_but_responsibility_remains():
    doc = _party(_act("produce", "2025-10-01"), as_of="2026-03-01")
    doc["events"].append(ev("withdrawal", "2025-07-10", notified=ALL_NOTIFIED, reasons_given=True))
    act = evaluate(doc).acts[0]
    by = {f.rule: f.explanation for f in act.findings}
    assert "While bound (until 2026-01-10)" in by["arsiwa:art_30"]
    assert "no longer requires it to destroy them" in by["arsiwa:art_30"]
    assert "responsibility for the breach committed while bound remains" in by["arsiwa:art_30"]
    assert "doubtful" in by["art_8"] and "UN Charter Art. 33" in by["art_8"]
    assert "final_report" in by["art_7__para_2"]  # no report demanded that the default denies
    assert "any of them may invoke" in by["arsiwa:art_48__para_1__point_a"]


def test_a_breach_by_a_party_that_stays_bound_must_cease():
    act = evaluate(_party(_act("produce", "2024-10-01"))).acts[0]
    by = {f.rule: f.explanation for f in act.findings}
    assert by["arsiwa:art_30"].startswith("The State must cease the breach")
    assert "due each 30 April" in by["art_7__para_2"]
