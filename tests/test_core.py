"""The treaty-agnostic core: truth values, citations, calendar, interpretation points, rules."""

from __future__ import annotations

import ast
from datetime import date, timedelta
from pathlib import Path

import pytest
from dateutil.relativedelta import relativedelta
from hypothesis import given
from hypothesis import strategies as st

from treatyrules.core.calendar import (
    Interval,
    MonthEnd,
    days_after,
    first_day_of_nth_month_after,
    months_after,
    years_after,
)
from treatyrules.core.citation import Citation, EidError, cite, parse_eid
from treatyrules.core.errors import InterpretationError, RuleDefinitionError
from treatyrules.core.interpretation import (
    Consultation,
    InterpretationPoint,
    get_point,
    resolve,
)
from treatyrules.core.rule import ExceptionRule, Rule
from treatyrules.core.truth import Truth, all_of, any_of

truths = st.sampled_from(list(Truth))

# --- truth values -------------------------------------------------------------------------------


@given(st.lists(truths))
def test_a_conjunction_fails_exactly_when_some_part_fails(values):
    assert (all_of(values) is Truth.FAILS) == (Truth.FAILS in values)


@given(st.lists(truths))
def test_a_disjunction_holds_exactly_when_some_part_holds(values):
    assert (any_of(values) is Truth.HOLDS) == (Truth.HOLDS in values)


@given(st.lists(truths))
def test_an_unknown_decides_a_conjunction_only_when_nothing_fails(values):
    expected = Truth.FAILS in values or Truth.UNKNOWN not in values
    assert (all_of(values) is not Truth.UNKNOWN) == expected


# --- citations ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("eid", "text"),
    [
        ("art_20", "APMBC Art. 20"),
        ("art_20__para_3__sent_2", "APMBC Art. 20(3), second sentence"),
        ("art_20__para_2__sent_1", "APMBC Art. 20(2), first sentence"),
        ("art_1__para_1__point_b", "APMBC Art. 1(1)(b)"),
        ("art_5__para_4__point_b__point_ii", "APMBC Art. 5(4)(b)(ii)"),
        ("vclt:art_68", "VCLT Art. 68"),
        ("arsiwa:art_14__para_2", "ARSIWA Art. 14(2)"),
    ],
)
def test_eids_render_as_citations(eid, text):
    assert cite("APMBC", eid) == text
    assert str(Citation("APMBC", eid)) == text


@pytest.mark.parametrize(
    "eid", ["article_20", "art_20__para_x", "art_20_para_3", "vclt-art_68", ""]
)
def test_malformed_eids_are_refused(eid):
    with pytest.raises(EidError):
        parse_eid(eid)


def test_an_unregistered_prefix_is_refused():
    with pytest.raises(EidError, match="unknown instrument prefix"):
        cite("APMBC", "nowhere:art_1")


# --- calendar ----------------------------------------------------------------------------------


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 1, 1)), st.integers(0, 600))
def test_months_after_with_clamp_agrees_with_dateutil(d, n):
    assert months_after(d, n) == d + relativedelta(months=n)


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 1, 1)), st.integers(0, 600))
def test_roll_forward_differs_from_clamp_only_when_the_day_is_missing(d, n):
    clamped = months_after(d, n, MonthEnd.CLAMP)
    rolled = months_after(d, n, MonthEnd.ROLL_FORWARD)
    if clamped.day == d.day:
        assert rolled == clamped
    else:
        assert rolled == clamped + timedelta(days=1)
        assert rolled.day == 1


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 1, 1)), st.integers(1, 24))
def test_the_first_day_of_the_nth_month_after_ignores_the_day_of_the_month(d, n):
    result = first_day_of_nth_month_after(d, n)
    assert result.day == 1
    assert result == first_day_of_nth_month_after(d.replace(day=1), n)
    assert (result.year * 12 + result.month) - (d.year * 12 + d.month) == n


def test_calendar_examples_from_the_facts():
    assert days_after(date(2008, 2, 1), 180) == date(2008, 7, 30)  # Iraq's initial report
    assert years_after(date(2006, 6, 1), 4) == date(2010, 6, 1)  # Ukraine's Art. 4 deadline
    assert months_after(date(2025, 6, 27), 6) == date(2025, 12, 27)


def test_an_unknown_month_end_policy_is_refused():
    with pytest.raises(ValueError, match="month-end policy"):
        months_after(date(2025, 8, 31), 6, "round")


def test_intervals_are_half_open():
    period = Interval(date(2025, 1, 1), date(2025, 2, 1))
    assert date(2025, 1, 1) in period
    assert date(2025, 1, 31) in period
    assert date(2025, 2, 1) not in period
    assert date(2030, 1, 1) in Interval(date(2025, 1, 1))
    assert "2025-01-01" not in period
    with pytest.raises(ValueError, match="must end after it starts"):
        Interval(date(2025, 1, 1), date(2025, 1, 1))


# --- interpretation points ---------------------------------------------------------------------


def test_a_numeric_point_accepts_numbers_and_its_named_options():
    p = InterpretationPoint(
        key="demo_threshold",
        question="?",
        options={"none": "no threshold"},
        default="none",
        rationale="r",
        sources=("s",),
        number="a maximum",
    )
    assert p.coerce("none") == "none"
    assert p.coerce("150") == 150
    assert p.coerce(2.5) == 2.5
    assert p.coerce("2.5") == 2.5
    with pytest.raises(InterpretationError):
        p.coerce("nan")
    with pytest.raises(InterpretationError):
        p.coerce(True)
    assert p.describe(150) == "150 (a maximum)"


def test_a_default_must_be_one_of_the_options():
    with pytest.raises(RuleDefinitionError):
        InterpretationPoint(
            key="bad", question="?", options={"a": "a"}, default="b", rationale="r", sources=()
        )


def test_a_point_not_used_by_the_treaty_is_refused():
    with pytest.raises(InterpretationError, match="not used by APMBC"):
        resolve(["month_end"], {"premature_withdrawal": "no_effect"}, treaty="APMBC")


def test_a_rule_may_only_read_the_points_it_declares():
    rule = Rule(treaty="APMBC", eid="art_20", title="t", paraphrase="p", source="s")
    consultation = Consultation({"month_end": "clamp"})
    with pytest.raises(RuleDefinitionError, match="without declaring it"):
        consultation.read(rule, "month_end")


def test_every_point_has_a_rationale_sources_and_a_valid_default():
    for key in ("month_end", "premature_withdrawal", "defective_notice"):
        p = get_point(key)
        assert p.rationale and p.sources
        assert p.coerce(p.default) == p.default


# --- rules -------------------------------------------------------------------------------------


def test_an_exception_rule_cannot_defeat_itself():
    base = Rule(treaty="APMBC", eid="art_20__para_3__sent_1", title="t", paraphrase="p", source="s")
    ExceptionRule(
        treaty="APMBC",
        eid="art_20__para_3__sent_2",
        title="t",
        paraphrase="p",
        source="s",
        defeats=base,
    )
    assert "Art. 20(3), first sentence" in repr(base)


def test_the_core_never_imports_a_treaty():
    core = Path(__file__).parent.parent / "treatyrules" / "core"
    for module in core.glob("*.py"):
        tree = ast.parse(module.read_text())
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom):
                target = node.module or ""
                assert node.level <= 1, f"{module.name} imports from outside core: {target}"
                assert "treaties" not in target and "clauses" not in target, module.name
            elif isinstance(node, ast.Import):
                assert all(not a.name.startswith("treatyrules") for a in node.names), module.name
