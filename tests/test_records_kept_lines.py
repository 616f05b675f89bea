"""A records table read on many days gives, on each day, the lines a table read on that day
alone gives: the lines kept between days (a State's usual line, the contested readings of a
span of days) never carry one day's law into another."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from treatyrules.readings import rests_on
from treatyrules.records import Records, load
from treatyrules.strategies import dates
from treatyrules.verdicts import decided

TREATIES = ("APMBC", "CCM", "ICC")
# One table per treaty, read on every day the examples ask, in the order they ask it.
READ_OFTEN = {t: Records(load(t), treaty=t) for t in TREATIES}


def _days_that_turn(treaty: str) -> list[date]:
    """Each day a State's status, withdrawal or contested reading may change, and its neighbours."""
    book = READ_OFTEN[treaty]
    found: set[date] = set()
    for state in book.states:
        history = book.history(state)
        for day in history.change_dates():
            found.update(day + timedelta(days=shift) for shift in (-1, 0, 1))
        for case in history.withdrawals:
            for world in case.worlds:
                for day in (case.received, world.expiry, world.effective, world.effective_by):
                    if day is not None:
                        found.update(day + timedelta(days=shift) for shift in (-1, 0, 1))
    return sorted(found)


TURNING = {t: _days_that_turn(t) for t in TREATIES}


def _a_day(treaty: str) -> st.SearchStrategy[date]:
    return st.one_of(
        dates(min_value=date(1995, 1, 1), max_value=date(2035, 12, 31)),
        st.sampled_from(TURNING[treaty]),
    )


def _alone(treaty: str, state: str, day: date):
    """The State's line in a table that has read nothing before."""
    return Records(load(treaty), treaty=treaty).report(on=day, states=[state]).states[0]


@pytest.mark.parametrize("treaty", TREATIES)
@settings(max_examples=60)
@given(data=st.data())
def test_a_states_line_is_the_same_whether_the_table_was_read_on_other_days_first(treaty, data):
    book = READ_OFTEN[treaty]
    state = data.draw(st.sampled_from(book.states), label="state")
    day = data.draw(_a_day(treaty), label="day")
    kept = book.report(on=day, states=[state]).states[0]
    assert kept.model_dump() == _alone(treaty, state, day).model_dump()


@pytest.mark.parametrize("treaty", TREATIES)
def test_a_withdrawing_states_line_turns_on_the_day_its_withdrawal_takes_effect(treaty):
    # Read in order across the days around each instrument's receipt, the end of its period
    # and its day of effect, each line is the one a fresh table gives on that day.
    book = Records(load(treaty), treaty=treaty)
    withdrawing = [s for s in book.states if book.history(s).withdrawals]
    assert withdrawing, f"States have withdrawn from {treaty} on the record"
    for state in withdrawing:
        for case in book.history(state).withdrawals:
            for world in case.worlds:
                for day in (case.received, world.expiry, world.effective):
                    for near in (day - timedelta(days=1), day) if day else ():
                        line = book.report(on=near, states=[state]).states[0]
                        assert line.model_dump() == _alone(treaty, state, near).model_dump()


@pytest.mark.parametrize("treaty", TREATIES)
def test_a_state_read_by_its_usual_line_has_nothing_contested_and_no_withdrawal(treaty):
    # The shortcut for a State with nothing on record but its consent is sound only if, on
    # every day its status may turn, no contested reading could change a column and no
    # withdrawal is shown; and a State that has withdrawn is never read by it.
    book = Records(load(treaty), treaty=treaty)
    quiet = [s for s in book.states if book._is_quiet(s, book.history(s))]
    assert len(quiet) > len(book.states) / 2, "most States have one consent and nothing else"
    for state in book.states:
        history = book.history(state)
        if state not in quiet:
            continue
        assert not history.withdrawals and not history.suspensions
        for day in TURNING[treaty][::7]:
            assert rests_on(history, day, columns=True) == (), (state, day)
            assert decided(history, day)[2] is None
