"""APMBC Arts. 1-3 and 18, VCLT Art. 18: each act judged on the date it was performed."""

from __future__ import annotations

import pytest
from builders import ALL_NOTIFIED, d, ev, scenario, war

from treatyrules import Truth, evaluate

PERSON = {"triggered_by": "person"}


def act(kind, day, device=PERSON, **fields):
    return {"kind": kind, "date": day, "device": device, **fields}


def party(*acts, conflicts=None, as_of="2030-01-01", **extra):
    return scenario(
        "XXA",
        ev("accession", "2005-01-10"),
        acts=list(acts),
        conflicts=conflicts,
        as_of=as_of,
        **extra,
    )


def judged(doc, i=0, **kw):
    return evaluate(doc, **kw).acts[i]


@pytest.mark.parametrize(
    ("kind", "rule"),
    [
        ("use", "art_1__para_1__point_a"),
        ("develop", "art_1__para_1__point_b"),
        ("produce", "art_1__para_1__point_b"),
        ("acquire", "art_1__para_1__point_b"),
        ("transfer", "art_1__para_1__point_b"),
        ("assist", "art_1__para_1__point_c"),
        ("encourage", "art_1__para_1__point_c"),
        ("induce", "art_1__para_1__point_c"),
    ],
)
def test_each_prohibited_act_by_a_party_is_a_violation_of_its_point(kind, rule):
    result = judged(party(act(kind, "2010-03-01")))
    assert result.outcome == "violation"
    assert result.rule == rule
    assert result.date == d("2010-03-01") and result.kind == kind


def test_a_party_is_bound_while_its_notice_of_withdrawal_runs():
    doc = scenario(
        "XXA",
        ev("accession", "2005-01-10"),
        ev("withdrawal", "2025-01-10"),
        acts=[act("use", "2025-03-01")],
        as_of="2030-01-01",
    )
    result = judged(doc)
    assert result.outcome == "violation"
    assert result.findings[0].rule == "art_20__para_3__sent_1"
    assert any(f.rule == "arsiwa:art_13" for f in result.findings)


def test_a_party_is_bound_while_the_effect_of_its_withdrawal_is_deferred():
    doc = scenario(
        "XXA",
        ev("accession", "2005-01-10"),
        ev("withdrawal", "2025-01-10"),
        conflicts=[war("XXA", "2024-01-01")],
        acts=[act("use", "2026-01-01")],
        as_of="2026-06-01",
    )
    v = evaluate(doc)
    assert v.status == "withdrawal_deferred"
    assert v.acts[0].outcome == "violation"
    assert any("never under any circumstances" in f.explanation for f in v.acts[0].findings)
    # Bound because the armed-conflict exception holds the withdrawal back: Art. 20(3), 2nd sent.
    assert v.acts[0].findings[0].rule == "art_20__para_3__sent_2"


def test_after_the_withdrawal_took_effect_the_state_is_not_bound():
    doc = scenario(
        "XXA",
        ev("accession", "2005-01-10"),
        ev("withdrawal", "2025-01-10"),
        acts=[act("use", "2025-08-01")],
        as_of="2026-01-01",
    )
    result = judged(doc)
    assert result.outcome == "not_bound"
    assert result.rule == "vclt:art_70__para_1"


def test_a_non_party_is_not_bound_and_the_verdict_says_which_law_applies():
    doc = scenario(
        "USA",
        acts=[act("transfer", "2024-11-20", counterparty="UKR")],
        also_party_to=["CCW-APII"],
        as_of="2025-01-01",
    )
    result = judged(doc)
    assert result.outcome == "not_bound"
    assert result.rule == "vclt:art_34"
    assert "Amended Protocol II" in result.findings[-1].explanation


def test_a_signatory_has_only_the_interim_duty():
    doc = scenario(
        "XXA",
        ev("signature", "1997-12-04"),
        acts=[act("produce", "1998-05-01")],
        as_of="1999-01-01",
    )
    result = judged(doc)
    assert result.outcome == "interim_obligation"
    assert result.rule == "vclt:art_18"


def provisionally(kind):
    """Illustrative: an accession applying Art. 1(1) provisionally, in force on 2010-08-01 (Art.
    17(2)), and an act of ``kind`` on 2010-04-01, before then."""
    return scenario(
        "XXA",
        ev("accession", "2010-02-01"),
        ev("provisional_application", "2010-02-01"),
        acts=[act(kind, "2010-04-01")],
        as_of="2010-05-01",
    )


PROVISIONAL_USE = provisionally("use")


def test_a_contracting_state_that_applies_article_1_provisionally_is_bound():
    v = evaluate(PROVISIONAL_USE)
    assert v.status == "contracting"
    assert v.acts[0].outcome == "violation"
    assert v.acts[0].findings[0].rule == "art_18"
    assert v.find("art_18")[0].outcome is Truth.HOLDS


def test_a_breach_under_provisional_application_leaves_arts_7_and_8_for_entry_into_force():
    # Art. 18 applies Art. 1(1) alone before entry into force: the compliance procedure runs
    # between States Parties (Art. 8), reports are owed from entry into force (Art. 7), and so
    # is destroying the mines emplaced (Arts. 1(2), 5).
    (result,) = evaluate(PROVISIONAL_USE).acts
    said = {f.rule: f.explanation for f in result.findings}
    # Said of the act's day, so the same sentences hold when read after entry into force.
    assert said["art_8"].startswith(
        "On 2010-04-01 the State applied only Art. 1(1) provisionally (Art. 18) and was not yet a"
        " State Party: the compliance procedure reaches it from the Convention's entry into force"
        " for it (2010-08-01)."
    )
    assert "owed from the Convention's entry into force for it (2010-08-01" in said["art_7__para_2"]
    assert (
        "Destroying the mines it emplaced is owed under Arts. 1(2) and 5 from the Convention's"
        " entry into force for it (2010-08-01)" in said["arsiwa:art_30"]
    )


# The same provisional application, and the State holding a stockpile of mines.
PROVISIONAL_STOCKPILE = provisionally("stockpile")


def test_a_stockpile_held_under_provisional_application_waits_for_art_4_on_the_default_reading():
    # Art. 18 applies Art. 1(1) alone; Art. 4's four years run from entry into force. On the
    # default reading Art. 1(1)(b) is read with them; the verdict says that a reading decided.
    v = evaluate(PROVISIONAL_STOCKPILE)
    (result,) = v.acts
    assert result.outcome == "not_prohibited"
    assert result.rule == "art_4"
    assert result.explanation == (
        "Art. 4 does not yet bind the State; on the reading applied (provisional_stockpile),"
        " holding the stockpile before Art. 4's period ends is not in itself a breach of"
        " Art. 1(1)(b)."
    )
    said = {f.rule: f.explanation for f in result.findings}
    assert said["art_4"] == (
        "Art. 18 applies Art. 1(1) alone, not Art. 4, whose four years run from the Convention's"
        " entry into force for the State (2010-08-01): the stockpile must be destroyed by"
        " 2014-08-01. On the reading applied (provisional_stockpile = with_art_4) the ban on"
        " stockpiling is read with that period, so holding it on 2010-04-01 is not in itself a"
        " breach; read alone (art_1_alone), Art. 1(1)(b) would make it one."
    )
    assert v.interpretations["provisional_stockpile"] == "with_art_4"
    assert "provisional_stockpile" in v.conclusion


def test_a_stockpile_held_under_provisional_application_breaches_art_1_read_alone():
    v = evaluate(PROVISIONAL_STOCKPILE, interpretation={"provisional_stockpile": "art_1_alone"})
    (result,) = v.acts
    assert result.outcome == "violation"
    assert result.rule == "art_1__para_1__point_b"
    assert "art_4" not in {f.rule for f in result.findings}
    # The breach continues while the State is bound by Art. 1(1) alone, not beyond entry into
    # force, from when Art. 4's period runs.
    said = {f.rule: f.explanation for f in result.findings}
    assert said["arsiwa:art_14__para_2"] == (
        "The stockpiling is a continuing breach: it extends over the whole time the State keeps"
        " the mines from 2010-04-01 while it applies Art. 1(1) provisionally: until the"
        " Convention enters into force for it on 2010-08-01, from when Art. 4 gives it four years"
        " to destroy them, or until they are destroyed, if sooner."
    )


def test_an_unknown_reading_of_provisional_stockpile_is_refused_naming_the_point():
    from treatyrules import InterpretationError

    with pytest.raises(InterpretationError) as refused:
        evaluate(PROVISIONAL_STOCKPILE, interpretation={"provisional_stockpile": "maybe"})
    assert refused.value.path == "interpretation.provisional_stockpile"
    assert "choose one of: with_art_4, art_1_alone" in str(refused.value)


def test_a_state_party_holding_its_stockpile_within_art_4_reads_no_contested_point():
    # In force since 2005-07-01 (Art. 17(2)): Art. 4 binds as such; the point is not read.
    v = evaluate(party(act("stockpile", "2006-04-01")))
    assert v.acts[0].outcome == "not_prohibited"
    assert "provisional_stockpile" not in v.interpretations


def test_provisional_application_declared_apart_from_the_deposit_is_a_warning():
    doc = scenario(
        "XXA",
        ev("accession", "2010-02-01"),
        ev("provisional_application", "2010-03-01"),
        as_of="2010-05-01",
    )
    finding = evaluate(doc).find("art_18")[0]
    assert finding.outcome is Truth.FAILS and finding.severity == "warning"


def test_without_provisional_application_a_contracting_state_has_the_interim_duty():
    doc = scenario(
        "XXA", ev("accession", "2010-02-01"), acts=[act("use", "2010-04-01")], as_of="2010-05-01"
    )
    assert judged(doc).outcome == "interim_obligation"


# --- Art. 2: what is an anti-personnel mine -----------------------------------------------------


@pytest.mark.parametrize(
    ("device", "outcome"),
    [
        ({"triggered_by": "person"}, "violation"),
        ({"triggered_by": "person_or_vehicle"}, "violation"),
        ({"triggered_by": "person", "self_destructing": True}, "violation"),
        ({"triggered_by": "vehicle"}, "not_prohibited"),
        ({"triggered_by": "vehicle", "anti_handling_device": True}, "not_prohibited"),
        ({"triggered_by": "command"}, "not_prohibited"),
        ({"triggered_by": "unknown"}, "indeterminate"),
        (None, "indeterminate"),
    ],
)
def test_article_2_decides_what_is_an_anti_personnel_mine(device, outcome):
    assert judged(party(act("produce", "2010-03-01", device=device))).outcome == outcome


def test_self_destructing_mines_are_still_anti_personnel_mines_unlike_under_amended_protocol_ii():
    result = judged(
        party(act("use", "2010-03-01", device={"triggered_by": "person", "self_destructing": True}))
    )
    assert "Amended Protocol II" in result.findings[1].explanation


def test_an_unknown_trigger_is_a_decisive_unknown():
    v = evaluate(party(act("use", "2010-03-01", device=None)))
    assert {
        "fact": "acts[0].device.triggered_by",
        "affects": "art_2__para_1__sent_1",
        "decisive": True,
    } in [u.model_dump() for u in v.unknowns]


def test_a_vehicle_mine_with_an_anti_handling_device_under_the_icbl_reading_is_undecided():
    doc = party(
        act(
            "produce",
            "2010-03-01",
            device={"triggered_by": "vehicle", "anti_handling_device": True},
        )
    )
    v = evaluate(doc, interpretation={"ahd_innocent_act": "innocent_act"})
    assert v.acts[0].outcome == "indeterminate"
    assert v.interpretations["ahd_innocent_act"] == "innocent_act"
    # What is unknown is not whether it has the device (it does) but what can set it off.
    assert [u.fact for u in v.unknowns if u.decisive] == [
        "acts[0].device (whether an innocent act of a person can set it off)"
    ]
    assert evaluate(doc).interpretations["ahd_innocent_act"] == "design_trigger"


# --- Art. 3: exceptions ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "purpose", "outcome", "rule"),
    [
        ("retain", "training", "permitted", "art_3__para_1__sent_1"),
        ("retain", "development", "permitted", "art_3__para_1__sent_1"),
        ("transfer", "training", "permitted", "art_3__para_1__sent_1"),
        ("acquire", "training", "permitted", "art_3__para_1__sent_1"),
        ("transfer", "destruction", "permitted", "art_3__para_2"),
        ("acquire", "destruction", "permitted", "art_3__para_2"),
        ("produce", "training", "violation", "art_1__para_1__point_b"),
        ("use", "training", "violation", "art_1__para_1__point_a"),
        ("retain", "destruction", "violation", "art_1__para_1__point_b"),
    ],
)
def test_article_3_permits_only_what_it_names(kind, purpose, outcome, rule):
    result = judged(party(act(kind, "2015-03-01", purpose=purpose, quantity=500)))
    assert (result.outcome, result.rule) == (outcome, rule)


def test_retained_quantities_are_reported_for_review_by_default():
    v = evaluate(party(act("retain", "2015-03-01", purpose="training", quantity=1500)))
    assert v.acts[0].outcome == "permitted"
    assert v.interpretations["art3_threshold"] == "none"
    assert "1500" in v.acts[0].findings[-1].explanation


def test_a_numeric_threshold_makes_a_larger_retention_a_breach():
    doc = party(act("retain", "2015-03-01", purpose="training", quantity=1500))
    assert judged(doc, interpretation={"art3_threshold": 1000}).outcome == "violation"
    assert judged(doc, interpretation={"art3_threshold": "2000"}).outcome == "permitted"
    unknown_quantity = party(act("retain", "2015-03-01", purpose="training"))
    assert (
        judged(unknown_quantity, interpretation={"art3_threshold": 1000}).outcome == "indeterminate"
    )


# --- holding a stockpile before the Art. 4 deadline -------------------------------------------


def test_holding_a_stockpile_before_the_article_4_deadline_is_not_in_itself_a_breach():
    # In force 1 July 2005: stockpile destruction due 1 July 2009.
    result = judged(party(act("stockpile", "2008-01-01")))
    assert result.outcome == "not_prohibited"
    assert result.rule == "art_4"
    assert "2009-07-01" in result.findings[-1].explanation
    # "Not later than four years": the due day itself is still within time.
    assert judged(party(act("stockpile", "2009-07-01"))).outcome == "not_prohibited"
    assert judged(party(act("stockpile", "2009-07-02"))).outcome == "violation"


def test_acts_are_judged_whatever_the_assessment_date():
    doc = party(act("use", "2010-03-01"), as_of="2006-01-01")
    assert judged(doc).outcome == "violation"


def test_a_claimed_suspension_does_not_release_the_state_by_default():
    doc = scenario(
        "XXA",
        ev("accession", "2005-01-10"),
        ev("suspension_claim", "2025-07-18"),
        {"kind": "objection", "date": None, "by": "NOR"},
        acts=[act("use", "2025-09-01")],
        as_of="2026-01-01",
    )
    assert judged(doc).outcome == "violation"
    assert (
        judged(doc, interpretation={"suspension_claim": "recognized_immediately"}).outcome
        == "not_bound"
    )
    assert judged(
        doc, interpretation={"suspension_claim": "recognized_after_procedure"}
    ).outcome == ("indeterminate")


def test_the_continuing_law_is_stated_for_a_withdrawn_state():
    doc = scenario(
        "XXA",
        ev("accession", "2005-01-10"),
        ev("withdrawal", "2025-01-10", notified=ALL_NOTIFIED, reasons_given=True),
        also_party_to=["CCW-APII"],
        as_of="2026-01-01",
    )
    v = evaluate(doc)
    law = v.find("vclt:art_43")[0]
    # The continuing law is set out in the finding's children (one per body of law).
    text = " ".join([law.explanation, *(c.explanation for c in law.children)]).lower()
    assert "customary international humanitarian law" in text
    assert "amended protocol ii" in text
    assert not evaluate(doc, as_of="2025-03-01").find("vclt:art_43")


def test_the_conclusion_says_when_a_contracting_state_applies_the_prohibitions_provisionally():
    doc = scenario(
        "XXA",
        ev("accession", "2010-02-01"),
        ev("provisional_application", "2010-02-01"),
        as_of="2010-05-01",
    )
    assert "applies the core prohibitions provisionally" in evaluate(doc).conclusion


def test_the_reasons_name_each_act_as_a_noun_and_assistance_as_assisting_anyone():
    from treatyrules.scenario import ACT_KINDS, ACT_NOUNS

    assert set(ACT_NOUNS) == set(ACT_KINDS)
    result = judged(party(act("produce", "2010-03-01", purpose="training")))
    assert any(
        "production for training is not among them" in f.explanation for f in result.findings
    )
    assist = judged(party(act("assist", "2010-03-01")))
    assert assist.explanation == (
        "A breach of the prohibition to assist anyone to engage in an activity the Convention"
        " prohibits."
    )


def test_a_transfer_for_destruction_shows_art_1_defeated_by_art_3():
    v = evaluate(party(act("transfer", "2015-03-01", purpose="destruction", quantity=10)))
    assert v.acts[0].outcome == "permitted"
    (prohibition,) = [f for f in v.acts[0].findings if f.rule == "art_1__para_1__point_b"]
    assert prohibition.defeated_by == "art_3__para_2"
    kinds = [f.rule for f in v.acts[0].findings]
    assert kinds.index("art_1__para_1__point_b") < kinds.index("art_3__para_2")


def test_a_transfer_for_sale_is_a_breach_with_no_defeated_prohibition():
    v = evaluate(party(act("transfer", "2015-03-01", purpose=None, quantity=10)))
    assert v.acts[0].outcome == "violation"
    assert all(f.defeated_by is None for f in v.acts[0].findings)
