"""A State is found by the names people use for it, not only by the short name bundled."""

from __future__ import annotations

import csv
from importlib.resources import files

import pytest

from treatyrules.core.errors import InputError
from treatyrules.states import find_state, named_states, state_codes, suggest_states


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("Russian Federation", "RUS"),  # the UN membership name; the bundled short name is Russia
        ("Turkey", "TUR"),  # the English name before 2022; bundled as Türkiye
        ("turkiye", "TUR"),  # without the diaeresis
        ("Vietnam", "VNM"),
        ("UK", "GBR"),
        ("Ivory Coast", "CIV"),
        ("Cote d\u2019Ivoire", "CIV"),  # no accent, a curly apostrophe
        ("Czech Republic", "CZE"),
        ("united states of america", "USA"),
    ],
)
def test_a_state_is_found_by_another_name_in_use(typed, code):
    assert find_state(typed) == code
    assert named_states([typed]) == [code]


def test_every_other_name_points_to_a_state_code():
    text = files("treatyrules.data").joinpath("state-aliases.csv").read_text(encoding="utf-8")
    rows = list(csv.DictReader(text.splitlines()))
    assert rows and all(r["iso3"] in state_codes() and r["note"] for r in rows)


def test_a_near_miss_is_offered_the_state_meant_and_not_a_far_alias():
    assert suggest_states("Polnd") == ["Poland (POL)"]  # not Netherlands, for "Holland"
    assert suggest_states("Czech Repblic") == ["Czechia (CZE)"]  # through its other name
    assert suggest_states("Rusian Federation") == ["Russia (RUS)"]


def test_a_name_that_names_no_state_is_refused():
    assert find_state("Atlantis") is None


def test_the_closest_names_come_first_each_state_once():
    assert suggest_states("Austrlia") == ["Australia (AUS)", "Austria (AUT)", "Syria (SYR)"]
    assert suggest_states("Niger ia")[:2] == ["Nigeria (NGA)", "Niger (NER)"]


def test_every_name_that_names_no_state_is_reported_in_its_place_with_the_closest_names():
    with pytest.raises(InputError) as caught:
        named_states(["Polnd", "FIN", "Gunea"])
    assert caught.value.problems == (
        ("states[0]", "not a State code or name: 'Polnd'; did you mean Poland (POL)?"),
        (
            "states[2]",
            "not a State code or name: 'Gunea'; did you mean Guinea (GIN) or Guyana (GUY) or"
            " Ghana (GHA)?",
        ),
    )
    assert str(caught.value).startswith("states[0]: not a State code or name: 'Polnd'")


@pytest.mark.parametrize("code", ["xAA", "A1X", "AXA", "POLA", "ÄBC"])
def test_a_code_is_three_upper_case_letters_iso_or_x_for_a_hypothetical_state(code):
    from treatyrules.states import is_state_code

    assert not is_state_code(code)
