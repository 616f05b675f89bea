"""Invariants of timelines and counts, as Hypothesis properties over the records and over
generated scenarios."""

from __future__ import annotations

from datetime import date, timedelta
from itertools import pairwise

from hypothesis import given
from hypothesis import strategies as st

from treatyrules import evaluate, records
from treatyrules.engine import build_history
from treatyrules.records import count_on
from treatyrules.records.periods import intervals
from treatyrules.strategies import dates, scenarios
from treatyrules.treaties import get

BOOK = records.bundled()
APMBC = get("APMBC")
CHANGES = sorted({day for s in BOOK.states for day in BOOK.history(s).change_dates()})
STEPS = BOOK.party_count()

# Any day of the era, or a day on or next to a change of status (where bugs would hide).
days = st.one_of(
    dates(min_value=date(1997, 6, 1), max_value=date(2030, 12, 31)),
    st.builds(
        lambda day, shift: day + timedelta(days=shift), st.sampled_from(CHANGES), st.integers(-1, 1)
    ),
)


@given(days)
def test_the_party_count_changes_only_on_days_some_states_status_changes(day):
    yesterday = day - timedelta(days=1)
    if BOOK.counts(on=day)["states_parties"] != BOOK.counts(on=yesterday)["states_parties"]:
        assert any(
            BOOK.history(s).status_on(day) != BOOK.history(s).status_on(yesterday)
            for s in BOOK.states
        )
        assert day in CHANGES


@given(days)
def test_the_step_function_gives_the_count_on_every_day(day):
    assert count_on(STEPS, day) == BOOK.counts(on=day)["states_parties"]


@given(st.sampled_from(BOOK.states), days)
def test_on_any_day_exactly_one_interval_of_a_states_timeline_applies(state, day):
    covering = [i for i in BOOK.timeline(state) if i.covers(day)]
    assert len(covering) == 1
    assert covering[0].status == BOOK.history(state).status_on(day)


@given(scenarios(), dates())
def test_a_timeline_of_any_scenario_partitions_time_and_agrees_with_the_verdict(s, day):
    timeline = intervals(build_history(APMBC, s, APMBC.resolve(None)))
    assert timeline[0].start is None and timeline[-1].end is None
    for before, after in pairwise(timeline):
        assert before.end == after.start and before.status != after.status
    (covering,) = [i for i in timeline if i.covers(day)]
    assert covering.status == evaluate(s, as_of=day).status


WARM = records.Records(records.loader.load("APMBC"))


@given(st.lists(days, min_size=1, max_size=4))
def test_a_line_read_after_other_days_is_the_line_of_a_fresh_reading(read_days):
    # A kept table shares its usual lines across days (Records._plain): read on other days
    # first, each line is still the one fresh records give on that day.
    for day in read_days:
        WARM.report(day)
    day = read_days[0]
    fresh = records.Records(records.loader.load("APMBC"))
    assert WARM.report(day).model_dump_json() == fresh.report(day).model_dump_json()
