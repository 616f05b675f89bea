"""Sensitivity analysis and what-if questions."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from builders import ALL_NOTIFIED, RUSSIA_UKRAINE_WAR, d, ev, scenario, war
from hypothesis import given, settings

from treatyrules import InputError, evaluate, sensitivity
from treatyrules.cli import main
from treatyrules.strategies import scenarios
from treatyrules.what_if import earliest_effect, flips, if_conflict_ends

EXAMPLES = Path(__file__).parent.parent / "examples"


def hypothetical_ukraine(conflict=RUSSIA_UKRAINE_WAR, **kw):
    # Illustrative: Ukraine did not deposit an Art. 20 instrument (facts §3b).
    return scenario(
        "UKR",
        ev("signature", "1999-02-24"),
        ev("ratification", "2005-12-27"),
        ev("withdrawal", "2025-07-18", notified=ALL_NOTIFIED, reasons_given=True),
        conflicts=[conflict],
        as_of=kw.pop("as_of", "2026-03-01"),
        **kw,
    )


def test_a_scenario_where_nothing_is_contested_reports_no_decisive_point():
    report = sensitivity(scenario("XXA", ev("accession", "2010-01-05"), as_of="2020-01-01"))
    assert report.consulted == () and report.decisive == ()
    assert len(report.outcomes) == 1


def test_the_day_of_expiry_after_31_august_turns_on_month_end():
    doc = scenario(
        "XXA",
        ev("accession", "2010-03-15"),
        ev("withdrawal", "2025-08-31", notified=ALL_NOTIFIED, reasons_given=True),
        as_of="2026-02-28",
    )
    report = sensitivity(doc)
    assert "month_end" in report.decisive
    statuses = {o.interpretations["month_end"]: o.status for o in report.outcomes}
    assert statuses == {"clamp": "withdrawn", "roll_forward": "withdrawal_pending"}


def test_which_marker_ends_the_war_is_decisive_when_markers_disagree():
    conflict = dict(RUSSIA_UKRAINE_WAR, cessation_of_hostilities="2026-06-01")
    report = sensitivity(hypothetical_ukraine(conflict, as_of="2026-09-01"))
    assert "conflict_end_marker" in report.decisive
    dates = {
        o.interpretations["conflict_end_marker"]: o.withdrawal.effective_date
        for o in report.outcomes
    }
    assert dates["cessation_of_hostilities"] == d("2026-06-01")
    assert dates["general_close_of_military_operations"] is None  # `end`: ongoing


def test_a_state_that_only_supports_a_party_makes_the_scope_decisive():
    conflict = {
        "name": "proxy war",
        "parties": ["XZY", "XZZ"],
        "kind": "international",
        "start": "2024-01-01",
        "end": "2026-01-01",
        "involvement": "supporting",
    }
    doc = scenario(
        "XXA",
        ev("accession", "2010-01-05"),
        ev("withdrawal", "2025-03-01", notified=ALL_NOTIFIED, reasons_given=True),
        conflicts=[conflict],
        as_of="2025-10-01",
    )
    assert "armed_conflict_scope" in sensitivity(doc).decisive


def test_sensitivity_follows_points_that_only_other_readings_consult():
    # The threshold of Art. 3 is read only for a retention; both readings are explored.
    doc = scenario(
        "XXA",
        ev("accession", "2005-01-10"),
        as_of="2020-01-01",
        acts=[
            {
                "kind": "retain",
                "date": "2015-01-01",
                "purpose": "training",
                "quantity": 1000,
                "device": {"triggered_by": "person"},
            }
        ],
    )
    report = sensitivity(doc)
    assert report.decisive == ("art3_threshold",)
    outcomes = {o.interpretations["art3_threshold"]: o.acts[0].outcome for o in report.outcomes}
    assert outcomes == {"none": "permitted", 999: "violation"}


def test_if_the_war_ends_on_a_given_day_the_withdrawal_takes_effect_that_day():
    answer = if_conflict_ends(hypothetical_ukraine(), "Russia-Ukraine war", "2027-03-01")
    assert answer.day == d("2027-03-01")
    assert answer.verdict.withdrawal.effective_date == d("2027-03-01")
    with pytest.raises(InputError, match="no conflict"):
        if_conflict_ends(hypothetical_ukraine(), "the Cold War", "2027-03-01")


def test_a_war_that_ends_before_the_notice_expires_does_not_defer():
    answer = if_conflict_ends(hypothetical_ukraine(as_of="2025-08-01"), 0, "2025-12-01")
    assert answer.day == d("2026-01-18")
    assert "does not defer" in answer.answer


def test_the_earliest_effect_of_a_deferred_withdrawal_is_the_day_after_the_assessment():
    answer = earliest_effect(hypothetical_ukraine())
    assert answer.day == d("2026-03-02")
    before_expiry = earliest_effect(hypothetical_ukraine(as_of="2025-09-01"))
    assert before_expiry.day == d("2026-01-18")


def test_the_earliest_effect_of_an_effective_or_absent_withdrawal():
    poland = json.loads((EXAMPLES / "poland-2025.json").read_text())
    assert earliest_effect(poland).day == d("2026-02-20")
    assert earliest_effect(poland, as_of="2025-01-01").day is None


def test_no_earliest_day_when_the_wait_also_lasts_for_operations_the_facts_do_not_date():
    # Illustrative: a CCW denunciation during an ongoing war. Even if the war ended the next
    # day, the State stays bound until release and repatriation end (Art. 9(2)), which the
    # facts do not date: no earliest day can be given, and none is made up.
    doc = {
        "treaty": "CCW",
        "state": "XXA",
        "as_of": "2025-06-01",
        "events": [ev("accession", "1995-01-10"), ev("withdrawal", "2024-03-01")],
        "conflicts": [war("XXA", "2024-01-01", name="war A")],
    }
    answer = earliest_effect(doc)
    assert answer.day is None
    assert "None" not in answer.answer
    assert answer.answer.startswith(
        "It cannot be said: even if the armed conflict 'war A' ended on 2025-06-02,"
    )
    assert "release, repatriation or re-establishment" in answer.answer


def test_the_single_facts_that_flip_a_deferred_withdrawal():
    changes = {f.change: f for f in flips(hypothetical_ukraine())}
    assert "without conflicts[0] ('Russia-Ukraine war')" in changes
    assert changes["without conflicts[0] ('Russia-Ukraine war')"].status == "withdrawn"
    assert any(c.startswith("without events[2]") for c in changes)
    assert changes["without conflicts[0] ('Russia-Ukraine war')"].differences == (
        "status: withdrawal_deferred -> withdrawn",
        "withdrawal: deferred -> effective on 2026-01-18",
    )


def test_a_flip_that_changes_only_an_act_says_so():
    # Illustrative: a party lays a vehicle mine; were it person-triggered it would be a breach.
    doc = {
        "treaty": "APMBC",
        "state": "XXA",
        "as_of": "2026-01-01",
        "events": [{"kind": "accession", "date": "2010-01-05"}],
        "acts": [{"kind": "use", "date": "2025-03-01", "device": {"triggered_by": "vehicle"}}],
    }
    changes = {f.change: f for f in flips(doc)}
    flip = changes["acts[0].device.triggered_by = 'person'"]
    assert flip.status == "party"
    assert flip.differences == ("acts[0]: not_prohibited -> violation",)


def test_a_war_between_other_states_is_not_a_fact_that_flips_polands_withdrawal():
    poland = json.loads((EXAMPLES / "poland-2025.json").read_text())
    changes = [f.change for f in flips(poland)]
    assert "without conflicts[0] ('Russia-Ukraine war')" not in changes
    assert "POL a party to conflicts[0] ('Russia-Ukraine war')" in changes


def test_the_sensitivity_and_what_if_commands(capsys):
    path = str(EXAMPLES / "hypothetical-receipt-31-august.json")
    assert main(["sensitivity", path, "--format", "json", "--as-of", "2026-02-28"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert "month_end" in report["decisive"] and report["outcomes"]
    ukraine = str(EXAMPLES / "hypothetical-ukraine-withdrawal-at-war.json")
    assert (
        main(
            [
                "what-if",
                ukraine,
                "--conflict-ends",
                "Russia-Ukraine war=2027-03-01",
                "--format",
                "json",
            ]
        )
        == 0
    )
    assert json.loads(capsys.readouterr().out)["day"] == "2027-03-01"
    assert main(["what-if", ukraine, "--earliest"]) == 0
    assert "2026-03-02" in capsys.readouterr().out
    assert main(["what-if", ukraine, "--flips"]) == 0
    assert "without conflicts[0]" in capsys.readouterr().out
    assert main(["what-if", ukraine, "--conflict-ends", "nothing"]) == 2
    assert "NAME=DATE" in capsys.readouterr().err


@settings(max_examples=40)
@given(scenarios(max_acts=1))
def test_the_default_verdict_is_among_the_sensitivity_outcomes(s):
    report = sensitivity(s)
    default = evaluate(s)
    assert any(
        o.status == default.status and o.withdrawal == default.withdrawal
        for o in report.outcomes
        if all(o.interpretations[k] == v for k, v in default.interpretations.items())
    )


@settings(max_examples=40)
@given(scenarios(max_acts=1))
def test_a_point_reported_not_decisive_yields_the_same_outcome_under_every_option(s):
    report = sensitivity(s)
    for key in set(report.consulted) - set(report.decisive):
        groups: dict[tuple, set] = {}
        for o in report.outcomes:
            rest = tuple(sorted((k, v) for k, v in o.interpretations.items() if k != key))
            groups.setdefault(rest, set()).add(o.signature())
        assert all(len(g) == 1 for g in groups.values()), key


def test_a_conflict_ending_on_the_day_it_started_is_refused():
    with pytest.raises(InputError, match="cannot end"):
        if_conflict_ends(hypothetical_ukraine(war("UKR", "2027-01-01")), 0, "2026-01-01")


def test_the_sensitivity_text_marks_the_default_row_and_shows_what_a_decisive_point_changes(capsys):
    # 31 August + six months: the month-end reading decides the day the withdrawal takes effect.
    path = str(EXAMPLES / "hypothetical-receipt-31-august.json")
    assert main(["sensitivity", path, "--as-of", "2026-02-28"]) == 0
    rows = [line for line in capsys.readouterr().out.splitlines() if line.startswith("  ")]
    defaults = [r for r in rows if "(the defaults)" in r]
    assert len(defaults) == 1 and "month_end=clamp" in defaults[0]


@pytest.mark.parametrize("example", sorted(EXAMPLES.glob("*.json")), ids=lambda p: p.stem)
def test_a_sensitivity_report_s_json_read_back_is_written_again_byte_for_byte(example):
    report = sensitivity(json.loads(example.read_text()))
    text = report.model_dump_json()
    assert type(report).model_validate_json(text).model_dump_json() == text


def test_a_point_decisive_only_for_want_of_facts_says_so_on_the_command_line(capsys, tmp_path):
    # Lithuania's CCM record gives the receipt, not whom the notice reached or its reasons: the
    # reading of a defective notice decides only because those facts are missing.
    from treatyrules import records

    path = tmp_path / "ltu.json"
    path.write_text(records.bundled("CCM").scenario("LTU").model_dump_json())
    assert main(["sensitivity", str(path), "--as-of", "2025-01-01"]) == 0
    out = capsys.readouterr().out
    assert (
        "Decisive: defective_notice (only because the scenario does not give"
        " events[2].notified, events[2].reasons_given)"
    ) in out.splitlines()
