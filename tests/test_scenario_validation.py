"""Bad input gets a clear error naming the field, and nothing half-done."""

from __future__ import annotations

import copy

import pytest
from builders import ALL_NOTIFIED, RUSSIA_UKRAINE_WAR, ev, scenario

from treatyrules import InputError, Scenario, evaluate, evaluate_many

DESIGN_EXAMPLE = {
    "treaty": "APMBC",
    "state": "POL",
    "as_of": "2026-03-01",
    "events": [
        {"kind": "signature", "date": "1997-12-04"},
        {"kind": "ratification", "date": "2012-12-27"},
        {
            "kind": "withdrawal",
            "date": "2025-08-20",
            "notified": ALL_NOTIFIED,
            "reasons_given": True,
        },
    ],
    "conflicts": [RUSSIA_UKRAINE_WAR],
    "acts": [],
}


def problem(doc: object) -> InputError:
    with pytest.raises(InputError) as info:
        evaluate(doc)  # type: ignore[arg-type]
    return info.value


def test_the_design_example_is_accepted():
    s = Scenario.model_validate(DESIGN_EXAMPLE)
    assert s.events[2].notified == tuple(ALL_NOTIFIED)
    assert s.conflicts[0].end is None


def test_every_event_kind_and_field_of_the_contract_is_accepted():
    doc = scenario(
        "XXA",
        ev("signature", "1997-12-04"),
        ev("unsigning", "1998-01-01"),
        ev("ratification", "1999-01-01"),
        ev("acceptance", "1999-01-01"),
        ev("approval", "1999-01-01"),
        ev("accession", "1999-01-01"),
        ev("succession", "1999-01-01", effective="1998-12-01"),
        ev("provisional_application", "1999-01-01"),
        ev("reservation", "1999-01-01"),
        ev("declaration", "1999-01-01"),
        ev(
            "withdrawal",
            "2025-01-01",
            notified=["depositary"],
            notices={"depositary": "2025-01-01"},
            reasons_given=None,
            takes_effect_on="2026-01-01",
            protocol=None,
            instrument_signed="2024-12-20",
            reference="C.N.1.2025.TREATIES-XXVI.5",
        ),
        ev("revocation", "2025-02-01"),
        ev("suspension_claim", "2025-03-01", ground="VCLT Art. 62"),
        {"kind": "objection", "date": None, "by": "NOR", "to": "suspension_claim"},
        ev("extension", "2009-01-01", until="2019-01-01"),
        ev("stockpile_destroyed", "2003-01-01"),
        ev("clearance_completed", "2010-01-01"),
        ev("report_submitted", "2000-01-01", covers="initial"),
        ev("report_submitted", "2001-04-01", covers=2000),
        conflicts=[
            {
                "name": "c",
                "parties": ["XXA", "group:Armed group"],
                "kind": "non_international",
                "start": "2020-01-01",
                "end": "2024-01-01",
                "cessation_of_hostilities": "2023-06-01",
                "general_close_of_military_operations": "2023-12-01",
                "peace_settlement": None,
                "release_and_repatriation_completed": None,
                "engaged_until": "2023-01-01",
                "involvement": "party",
            }
        ],
        acts=[
            {
                "kind": "produce",
                "date": "2000-01-01",
                "device": {
                    "triggered_by": "person",
                    "anti_handling_device": False,
                    "self_destructing": None,
                },
                "purpose": "training",
                "quantity": 10,
                "counterparty": "XXB",
            }
        ],
        also_party_to=["CCW-APII"],
    )
    s = Scenario.model_validate(doc)
    assert len(s.events) == 19


@pytest.mark.parametrize(
    ("mutate", "path", "words"),
    [
        (lambda d: d.update(colour="red"), "colour", "unknown field"),
        (lambda d: d["events"][1].update(day="x"), "events[1].day", "unknown field"),
        (
            lambda d: d["events"][2].update(date="2025-02-30"),
            "events[2].date",
            "got '2025-02-30'",
        ),
        (lambda d: d["events"][2].update(date="20250820"), "events[2].date", "YYYY-MM-DD"),
        (lambda d: d["events"][2].update(date=20250820), "events[2].date", "YYYY-MM-DD"),
        (lambda d: d["events"][2].update(date=0), "events[2].date", "YYYY-MM-DD"),
        (
            lambda d: d["events"][2].update(date="2025-08-20T00:00:00"),
            "events[2].date",
            "YYYY-MM-DD",
        ),
        (lambda d: d.update(state="pol"), "state", "not a State code"),
        (lambda d: d.update(state="POLA"), "state", "not a State code"),
        (lambda d: d.update(state="PLO"), "state", "not a State code"),
        (lambda d: d.update(treaty="OTTAWA"), "treaty", "APMBC"),
        (
            lambda d: d["conflicts"][0].update(end="2021-01-01"),
            "conflicts[0].end",
            "must be after start",
        ),
        (
            lambda d: d["conflicts"][0].update(end="2022-02-24"),
            "conflicts[0].end",
            "must be after start",
        ),
        (lambda d: d["events"][0].update(kind="signing"), "events[0]", "unknown kind 'signing'"),
        (
            lambda d: d["events"].append({"kind": "revocation", "date": "2025-01-01"}),
            "events[3]",
            "needs an earlier instrument of withdrawal",
        ),
        (
            lambda d: d["events"][2].update(notified=["the press"]),
            "events[2].notified[0]",
            "expected one of 'depositary', 'states_parties', 'security_council' or"
            " 'executive_council', got 'the press'",
        ),
        (
            lambda d: d["events"][2].update(reasons_given="yes"),
            "events[2].reasons_given",
            "boolean",
        ),
        (
            lambda d: d["conflicts"][0].update(parties=["RUS", "ukr"]),
            "conflicts[0].parties[1]",
            "State code",
        ),
        (
            lambda d: d["conflicts"][0].update(kind="war"),
            "conflicts[0].kind",
            "expected one of 'international', 'non_international' or 'occupation', got 'war'",
        ),
        (
            lambda d: d["conflicts"][0].pop("start"),
            "conflicts[0].start",
            "required field is missing",
        ),
        (lambda d: d["events"][2].pop("date"), "events[2].date", "required field is missing"),
        (lambda d: d.update(as_of="1 March 2026"), "as_of", "YYYY-MM-DD"),
        (lambda d: d.update(events={"kind": "signature"}), "events", "expected a list"),
        (lambda d: d.update(events=[None]), "events[0]", "expected an object"),
        (lambda d: d.update(events={str(i): i for i in range(500)}), "events", "...}"),
        (lambda d: d.update(as_of="9999-12-31"), "as_of", "from 1800-01-01 to 2999-12-31"),
        (lambda d: d["events"][2].update(date="1700-01-01"), "events[2].date", "from 1800-01-01"),
        (lambda d: d["conflicts"][0].update(parties=[]), "conflicts[0].parties", "not be empty"),
        (
            lambda d: d["events"].append(
                {"kind": "report_submitted", "date": "2025-01-01", "covers": "annual"}
            ),
            "events[3].covers",
            'expected "initial" or the calendar year',
        ),
        (
            lambda d: d["events"][2].update(notices={"pope": "2025-01-01"}),
            "events[2].notices.pope",
            "got 'pope'",
        ),
    ],
)
def test_bad_input_is_rejected_naming_the_field(mutate, path, words):
    doc = copy.deepcopy(DESIGN_EXAMPLE)
    mutate(doc)
    err = problem(doc)
    assert err.path == path, str(err)
    assert words in str(err)


def test_a_second_revocation_without_a_new_withdrawal_is_rejected():
    err = problem(
        scenario(
            "XXA",
            ev("accession", "2010-01-01"),
            ev("withdrawal", "2025-01-01"),
            ev("revocation", "2025-02-01"),
            ev("revocation", "2025-03-01"),
        )
    )
    assert err.path == "events[3]"


def test_a_revocation_listed_before_its_withdrawal_but_dated_after_is_accepted():
    s = Scenario.model_validate(
        scenario(
            "XXA",
            ev("revocation", "2025-02-01"),
            ev("accession", "2010-01-01"),
            ev("withdrawal", "2025-01-01"),
        )
    )
    assert s.events[0].kind == "revocation"


def test_a_depositary_notice_date_must_be_the_date_of_receipt():
    err = problem(
        scenario(
            "XXA",
            ev("accession", "2010-01-01"),
            ev("withdrawal", "2025-01-01", notices={"depositary": "2025-01-05"}),
        )
    )
    assert err.path == "events[1].notices"


def test_a_users_declaration_cannot_take_the_id_of_a_library_treaty():
    from treatyrules import treaties

    with pytest.raises(ValueError, match="OST is one of the library's own treaty ids"):
        treaties.register(treaties.get("OST"))


def test_several_problems_are_all_reported():
    err = problem({"treaty": "APMBC", "state": "pol", "as_of": "soon"})
    assert {p for p, _ in err.problems} == {"state", "as_of"}


def test_a_non_object_is_refused():
    err = problem(["APMBC"])
    assert "expected a scenario object" in str(err)


def test_evaluate_many_names_the_index_of_the_bad_item():
    good = scenario("XXA", ev("accession", "2010-01-01"), as_of="2011-01-01")
    bad = scenario("XXA", ev("accession", "2010-02-30"))
    with pytest.raises(InputError) as info:
        evaluate_many([good, good, bad])
    assert info.value.path == "[2].events[0].date"


def test_an_invalid_as_of_argument_names_it():
    with pytest.raises(InputError) as info:
        evaluate(scenario("XXA"), as_of="2026-13-01")
    assert info.value.path == "as_of"
    with pytest.raises(InputError, match="from 1800-01-01 to 2999-12-31"):
        evaluate(scenario("XXA"), as_of="9999-12-31")


def test_an_unknown_interpretation_point_or_value_is_a_clear_error():
    with pytest.raises(InputError) as info:
        evaluate(scenario("XXA", as_of="2020-01-01"), interpretation={"month_ends": "clamp"})
    assert info.value.path == "interpretation.month_ends"
    with pytest.raises(InputError) as info:
        evaluate(scenario("XXA", as_of="2020-01-01"), interpretation={"month_end": "round"})
    assert "clamp, roll_forward" in str(info.value)
