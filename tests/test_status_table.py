"""The compiled status tables (``treatyrules status`` without the engine) give the engine's
lines, byte for byte, on every day a line changes, at the edges of the days a user may name,
and on any day Hypothesis picks; a table whose records changed is not used."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date, timedelta
from functools import cache
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from treatyrules import records, status_table
from treatyrules.cli import main
from treatyrules.days import EARLIEST, LATEST
from treatyrules.records.compiler import bundled_treaties
from treatyrules.render import TABLE_FORMATS
from treatyrules.render import status as render_status
from treatyrules.strategies import dates

ONE = timedelta(days=1)


@cache
def _table(treaty):
    """The compiled table, whatever code compiled it: its lines are compared with the
    engine's below, and whether the command line may use it is tested apart."""
    return status_table.read(treaty)


STALE = "the compiled table is out of date: run python -m treatyrules.records.compiler"


@pytest.mark.parametrize("treaty", bundled_treaties())
def test_the_command_line_may_use_each_table_compiled_from_this_code(treaty):
    assert status_table.load(treaty) is not None, STALE


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


@pytest.mark.parametrize("treaty", bundled_treaties())
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


def test_a_table_compiled_from_other_code_or_data_is_not_used(monkeypatch):
    status_table.load.cache_clear()
    monkeypatch.setattr(status_table, "fingerprint", lambda files: "another library's")
    try:
        assert status_table.load("APMBC") is None
    finally:
        status_table.load.cache_clear()


def test_a_change_to_the_code_changes_the_fingerprint(tmp_path, monkeypatch):
    # A copy of the package, one comment added to a rule module: another fingerprint.
    import shutil

    package = Path(status_table.__file__).parent
    copy = tmp_path / "treatyrules"
    shutil.copytree(package, copy, ignore=shutil.ignore_patterns("__pycache__", "*.json"))
    code = (
        "import sys; sys.path.insert(0, sys.argv[1]); import treatyrules.status_table as t;"
        " print(t.fingerprint(t.shaping_files()))"
    )

    def printed(root):
        done = subprocess.run(
            [sys.executable, "-c", code, str(root)], capture_output=True, text=True, check=True
        )
        return done.stdout.strip()

    assert printed(tmp_path) == status_table.fingerprint(status_table.shaping_files())
    notice = copy / "clauses" / "notice.py"
    notice.write_text(notice.read_text(encoding="utf-8") + "# a change\n", encoding="utf-8")
    assert printed(tmp_path) != status_table.fingerprint(status_table.shaping_files())
    # Line endings converted by a checkout change nothing.
    notice.write_text(
        notice.read_text(encoding="utf-8").removesuffix("# a change\n"), encoding="utf-8"
    )
    notice.write_bytes(notice.read_bytes().replace(b"\n", b"\r\n"))
    assert printed(tmp_path) == status_table.fingerprint(status_table.shaping_files())


def test_a_file_left_over_from_an_older_install_does_not_disable_a_table(tmp_path):
    # pip may leave a module an older version had: nothing imports it, and the table names
    # the files it was compiled from, so the table is still used.
    import shutil

    package = Path(status_table.__file__).parent
    copy = tmp_path / "treatyrules"
    shutil.copytree(package, copy, ignore=shutil.ignore_patterns("__pycache__"))
    (copy / "points.py").write_text("# left over\n", encoding="utf-8")
    code = (
        "import sys; sys.path.insert(0, sys.argv[1]); import treatyrules.status_table as t;"
        " print(t.load('APMBC') is not None)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path)], capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "True"


def test_a_damaged_table_is_left_for_the_engine(tmp_path, monkeypatch):
    status_table.load.cache_clear()
    broken = tmp_path / "status-apmbc.json"
    broken.write_text('{"treaty": "APMBC", "fingerprint"', encoding="utf-8")
    monkeypatch.setattr(status_table, "table_path", lambda treaty: broken)
    try:
        assert status_table.load("APMBC") is None
    finally:
        status_table.load.cache_clear()


def test_a_day_no_user_may_name_is_left_for_the_engine():
    assert _table("APMBC").report(date(1700, 1, 1), ["POL"]) is None
    assert _table("APMBC").report(date(3000, 1, 1), ["POL"]) is None
    assert _table("APMBC").report(date(2026, 3, 1), ["pol"]) is None  # not a code: refused there


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
