"""The status tables compiled from the bundled records, read with the standard library alone.

``treatyrules status`` prints every State's line on a date. The engine would build
166 histories to say it, after loading pydantic and every rule: about 20 times a bare
interpreter start. The lines are the engine's own, compiled ahead of time by
:mod:`treatyrules.records.compiler` into one JSON file per treaty, with the day each was
read written as a placeholder; this module finds each State's line on a day and fills
the day in. The same command with ``--interpret`` or ``--compliance``, or a hypothetical
State, is answered by the engine.

A table is used only while it matches the records: each names the digest of the
records' files it was compiled from, and a table whose records changed since is not
used (the engine answers). ``.ci/run`` recompiles every table and fails if one differs,
and a test reads each against :meth:`treatyrules.records.Records.report` on the days its
lines change.

>>> from datetime import date
>>> report = load("APMBC").report(date(2026, 3, 1), ["POL", "FIN"])
>>> [(s.state, s.status, s.withdrawal.effective_date) for s in report.states]
[('POL', 'withdrawn', '2026-02-20'), ('FIN', 'withdrawn', '2026-01-10')]
>>> report.counts
{'withdrawn': 2, 'states_parties': 0}
"""

from __future__ import annotations

import hashlib
import json
from bisect import bisect_right
from collections.abc import Sequence
from datetime import date
from functools import cache
from importlib.resources import files
from importlib.resources.abc import Traversable
from typing import Any

from .core.status import tally

__all__ = ["DAY", "TREATIES", "Line", "Report", "Table", "Withdrawal", "digest", "load"]

DAY = "@DAY@"
"""What stands for the day read in a compiled line (a line never contains it otherwise)."""

TREATIES = ("APMBC", "ICC", "CCM")
"""The treaties whose records are bundled, each with a compiled table."""


def table_path(treaty: str) -> Traversable:
    """Where the treaty's compiled table is kept."""
    return files("treatyrules").joinpath("data", f"status-{treaty.lower()}.json")


def digest(treaty: str) -> str:
    """A digest of the treaty's bundled record files, as the table names them."""
    folder = files("treatyrules").joinpath("records", "data", treaty.lower())
    found = hashlib.sha256()
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".csv"):
            found.update(entry.name.encode() + b"\0" + entry.read_bytes() + b"\0")
    return found.hexdigest()


class Withdrawal:
    """A line's withdrawal, as :class:`~treatyrules.core.verdict.WithdrawalResult` gives it
    in JSON (dates as ``YYYY-MM-DD``)."""

    __slots__ = ("effective_date", "outcome", "received", "revoked_on")

    def __init__(self, doc: dict[str, Any]) -> None:
        self.outcome: str = doc["outcome"]
        self.received: str = doc["received"]
        self.effective_date: str | None = doc["effective_date"]
        self.revoked_on: str | None = doc["revoked_on"]


class Line:
    """One State's line, as :class:`~treatyrules.records.StateStatus` gives it in JSON."""

    __slots__ = ("doc", "entry_into_force", "name", "note", "state", "status", "unverified")

    def __init__(self, doc: dict[str, Any]) -> None:
        self.doc = doc
        self.state: str = doc["state"]
        self.name: str | None = doc["name"]
        self.status: str = doc["status"]
        self.entry_into_force: str | None = doc["entry_into_force"]
        self.note: str | None = doc["note"]
        self.unverified: tuple[str, ...] = tuple(doc["unverified"])

    @property
    def withdrawal(self) -> Withdrawal | None:
        found = self.doc["withdrawal"]
        return None if found is None else Withdrawal(found)


class Report:
    """The lines of ``states`` on ``as_of`` and their counts: a
    :class:`~treatyrules.records.StatusReport` read from a table."""

    __slots__ = ("as_of", "counts", "states", "treaty")

    def __init__(self, treaty: str, as_of: date, states: tuple[Line, ...]) -> None:
        self.treaty = treaty
        self.as_of = as_of
        self.states = states
        self.counts = tally(s.status for s in states)

    def model_dump_json(self, *, indent: int | None = None) -> str:
        """The JSON :meth:`StatusReport.model_dump_json` writes for the same report."""
        doc = {
            "treaty": self.treaty,
            "as_of": self.as_of.isoformat(),
            "states": [s.doc for s in self.states],
            "counts": self.counts,
        }
        separators = (",", ":") if indent is None else None
        return json.dumps(doc, indent=indent, ensure_ascii=False, separators=separators)


class Table:
    """A treaty's compiled table: each State's line on any day from 1800 to 2999."""

    def __init__(self, doc: dict[str, Any]) -> None:
        self.treaty: str = doc["treaty"]
        self.order: tuple[str, ...] = tuple(doc["order"])
        self._lines: list[str] = doc["lines"]
        self._runs: dict[str, tuple[list[str], list[int]]] = {
            state: ([start for start, _ in run], [n for _, n in run])
            for state, run in doc["states"].items()
        }

    def report(self, day: date, states: Sequence[str] | None = None) -> Report | None:
        """The lines of ``states`` (default: every State with a record, in the records'
        order) on ``day``; None if one of them is not in the table (a hypothetical State)."""
        iso = day.isoformat()
        lines = []
        for state in self.order if states is None else states:
            run = self._runs.get(state)
            if run is None:
                return None
            starts, numbers = run
            template = self._lines[numbers[bisect_right(starts, iso) - 1]]
            lines.append(Line(json.loads(template.replace(DAY, iso))))
        return Report(self.treaty, day, tuple(lines))


@cache
def load(treaty: str) -> Table | None:
    """The treaty's compiled table; None if there is none, or if the records changed since
    it was compiled (then only the engine can say what they give)."""
    path = table_path(treaty)
    if treaty not in TREATIES or not path.is_file():
        return None
    table = json.loads(path.read_text(encoding="utf-8"))
    if table["records"] != digest(treaty):
        return None
    return Table(table)
