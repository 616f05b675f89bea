"""The compiled status tables (``treatyrules status`` without the engine) give the engine's
lines, byte for byte, on every day a line changes, at the edges of the days a user may name,
and on any day Hypothesis picks; a table whose records changed is not used."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date, timedelta
from functools import cache

import pytest
from hypothesis import given
from hypothesis import strategies as st

from treatyrules import records, status_table
from treatyrules.cli import main
from treatyrules.days import EARLIEST, LATEST
from treatyrules.render import TABLE_FORMATS
from treatyrules.render import status as render_status
from treatyrules.strategies import dates

ONE = timedelta(days=1)


@cache
def _table(treaty):
    table = status_table.load(treaty)
    assert table is not None, f"no usable compiled table for {treaty}"
    return table


def _days_each_line_changes(treaty):
    """Every day a State's compiled line starts, the day before it, and the edges."""
    doc = json.loads(status_table.table_path(treaty).read_text(encoding="utf-8"))
    first, last = (date.fromisoformat(d) for d in doc["span"])
    days = {EARLIEST, LATEST, first, first - ONE, last, last + ONE}
    for run in doc["states"].values():
        for start, _ in run[1:]:
            day = date.fromisoformat(start)
            days |= {day - ONE, day}
    return sorted(days)


@pytest.mark.parametrize("treaty", status_table.TREATIES)
def test_the_compiled_table_gives_the_engines_lines_on_each_day_a_line_changes(treaty):
    book = records.bundled(treaty)
    table = _table(treaty)
    every = [*table.order, "USA", "SCG"]  # and States without a record
    for day in _days_each_line_changes(treaty):
        compiled = table.report(day, every)
        assert compiled is not None
        assert compiled.model_dump_json(indent=2) == book.report(day, every).model_dump_json(
            indent=2
        ), f"{treaty} on {day}"


@pytest.mark.parametrize("fmt", TABLE_FORMATS)
@pytest.mark.parametrize("day", [date(2019, 3, 16), date(2025, 12, 27), date(2026, 3, 1)])
def test_a_compiled_report_renders_as_the_engines_in_every_format(fmt, day):
    # 2019-03-16: a disputed day of the Philippines' record; 2025-12-27: Finland's withdrawal
    # pending with four others effective soon; 2026-03-01: five withdrawals and Ukraine's claim.
    book = records.bundled()
    compiled = _table("APMBC").report(day)
    assert render_status.render(compiled, fmt) == render_status.render(book.report(day), fmt)


@given(day=dates(min_value=EARLIEST, max_value=LATEST), treaty=st.sampled_from(("ICC", "CCM")))
def test_on_any_day_the_compiled_table_and_the_engine_agree(day, treaty):
    book = records.bundled(treaty)
    compiled = _table(treaty).report(day)
    assert compiled.model_dump_json() == book.report(day).model_dump_json()


@given(day=dates(min_value=date(2024, 1, 1), max_value=date(2028, 12, 31)))
def test_around_the_2025_withdrawals_the_compiled_table_and_the_engine_agree(day):
    states = ["EST", "FIN", "LVA", "LTU", "POL", "UKR", "PHL", "TON", "MNE"]
    compiled = _table("APMBC").report(day, states)
    assert compiled.model_dump_json() == records.bundled().report(day, states).model_dump_json()


def test_a_hypothetical_state_is_left_to_the_engine():
    assert _table("APMBC").report(date(2026, 3, 1), ["POL", "XXA"]) is None


def test_a_table_whose_records_changed_is_not_used(monkeypatch):
    status_table.load.cache_clear()
    monkeypatch.setattr(status_table, "digest", lambda treaty: "records edited since")
    try:
        assert status_table.load("APMBC") is None
    finally:
        status_table.load.cache_clear()


def test_a_treaty_without_records_has_no_table():
    assert status_table.load("TPNW") is None
    assert status_table.load("apmbc") is None  # the engine's path reads the id as it is given


def test_status_under_another_reading_is_the_engines(capsys):
    # A table holds the default readings only: under --interpret the engine answers, and
    # Poland's notice, whose recipients the record does not give, leaves it indeterminate.
    assert main(["status", "POL", "--on", "2026-03-01"]) == 0
    assert "POL    withdrawn  " in capsys.readouterr().out
    arg = "defective_notice=invalid"
    assert main(["status", "POL", "--on", "2026-03-01", "--interpret", arg]) == 0
    assert "POL    indeterminate  " in capsys.readouterr().out


def test_the_status_command_reads_the_table_without_loading_the_engine():
    code = (
        "import sys, io, contextlib\n"
        "from treatyrules.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()) as out:\n"
        "    assert main(['status', '--on', '2026-03-01', '--format', 'json']) == 0\n"
        "assert '\"withdrawn\": 5' in out.getvalue()\n"
        "print(sorted(m for m in sys.modules if m.startswith(('pydantic', 'treatyrules.engine'))))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
