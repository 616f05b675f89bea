"""`treatyrules serve` refuses bad settings before it starts, naming the flag or the variable.

A server started with a bad setting would fail in each worker with a traceback; the command
line checks the settings first (exit 2, one line), as it does every other input.
"""

from __future__ import annotations

from typing import Any

import pytest

from treatyrules.cli import main
from treatyrules.errors import InputError
from treatyrules.service import server
from treatyrules.service.app import Settings


@pytest.fixture
def started(monkeypatch) -> list[dict[str, Any]]:
    """Capture what ``serve`` would start with, instead of starting it."""
    calls: list[dict[str, Any]] = []

    def fake(host: str, port: int, workers: int, cors: Any, read_timeout: Any = None) -> None:
        calls.append({"read_timeout": read_timeout, "workers": workers})

    monkeypatch.setattr(server, "serve", fake)
    return calls


def test_the_read_timeout_is_set_from_the_command_line(started, capsys):
    assert main(["serve", "--read-timeout", "2.5"]) == 0
    assert started == [{"read_timeout": 2.5, "workers": 1}]


@pytest.mark.parametrize("value", ["soon", "0", "-1", "nan", "inf"])
def test_a_read_timeout_that_is_not_a_positive_number_of_seconds_is_refused(started, capsys, value):
    with pytest.raises(SystemExit) as exit_:
        main(["serve", "--read-timeout", value])
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert "--read-timeout" in err and "seconds" in err and "Traceback" not in err
    assert not started


@pytest.mark.parametrize(
    ("variable", "value"),
    [
        ("TREATYRULES_MAX_BODY", "lots"),
        ("TREATYRULES_MAX_BATCH", "-5"),
        ("TREATYRULES_READ_TIMEOUT", "soon"),
    ],
)
def test_a_bad_setting_in_the_environment_is_refused_naming_the_variable(
    started, capsys, monkeypatch, variable, value
):
    monkeypatch.setenv(variable, value)
    assert main(["serve"]) == 2
    err = capsys.readouterr().err
    assert variable in err and repr(value) in err and "Traceback" not in err
    assert not started
    with pytest.raises(InputError) as info:
        Settings.from_environment()
    assert info.value.path == variable


def test_the_environment_s_settings_are_read_as_numbers(monkeypatch):
    monkeypatch.setenv("TREATYRULES_MAX_BODY", "1000")
    monkeypatch.setenv("TREATYRULES_READ_TIMEOUT", "0.5")
    settings = Settings.from_environment()
    assert (settings.max_body, settings.read_timeout) == (1000, 0.5)
