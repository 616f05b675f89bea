"""The status tables compiled from the bundled records, read with the standard library alone.

``treatyrules status`` prints every State's line on a date. The engine would build
166 histories to say it, after loading pydantic and every rule: about 20 times a bare
interpreter start. The lines are the engine's own, compiled ahead of time by
:mod:`treatyrules.records.compiler` into one JSON file per treaty, with the day each was
read written as a placeholder; this module finds each State's line on a day and fills
the day in. The same command with ``--interpret`` or ``--compliance``, or a hypothetical
State, is answered by the engine.

A table is used only while it matches the library that would otherwise answer: each names
a fingerprint of the package's code and data (every ``.py``, ``.csv`` and ``.txt`` file in
it: the rules, the wording of the notes, the records, the State names), and a table
compiled from other code or data is not used (the engine answers, with the same output,
slower). ``.ci/run`` compiles every table again and fails if one differs, and a test reads
each against :meth:`treatyrules.records.Records.report` on the days its lines change.

This module serves the command line; its classes are the renderings' view of a line
(:mod:`treatyrules.render.status`), not the pydantic models. In Python, use
:meth:`treatyrules.records.Records.report`.

>>> from datetime import date
>>> report = read("APMBC").report(date(2026, 3, 1), ["POL", "FIN"])
>>> [(s.state, s.status, s.withdrawal.effective_date) for s in report.states]
[('POL', 'withdrawn', '2026-02-20'), ('FIN', 'withdrawn', '2026-01-10')]
>>> report.counts
{'withdrawn': 2, 'states_parties': 0}
"""

from __future__ import annotations

import json
import os
import zlib
from bisect import bisect_right
from collections.abc import Sequence
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from .core.status import tally
from .days import EARLIEST, LATEST

__all__ = [
    "DAY",
    "Line",
    "Report",
    "Table",
    "Withdrawal",
    "fingerprint",
    "load",
    "read",
    "shaping_files",
]

DAY = "@DAY@"
"""What stands for the day read in a compiled line (a line never contains it otherwise)."""


_ROOT = Path(__file__).resolve().parent
"""The package's folder: its files are read as files (``importlib.resources`` would cost the
command line a few milliseconds more to import, for the same paths)."""


def table_path(treaty: str) -> Path:
    """Where the treaty's compiled table is kept."""
    return _ROOT / "data" / f"status-{treaty.lower()}.json"


_SHAPES = (".py", ".csv", ".txt")
"""The files whose content shapes a line: the code, the records and the State names."""


def shaping_files() -> tuple[str, ...]:
    """Every file of the package whose content shapes a line, by its path in the package."""
    root = _ROOT
    found = []
    for folder, dirs, names in os.walk(root):
        dirs[:] = [d for d in dirs if d != "__pycache__"]
        found += [
            Path(folder, n).relative_to(root).as_posix() for n in names if n.endswith(_SHAPES)
        ]
    return tuple(sorted(found))


@cache
def fingerprint(paths: tuple[str, ...]) -> str:
    """A digest of the package's files at ``paths`` (:func:`shaping_files` where a table was
    compiled; a file left over from an older install, which nothing imports, is not read),
    line endings read as ``\\n``: a checkout that converts them changes nothing."""
    # A CRC-32 and the length of them all, not a cryptographic digest: it tells an accidental
    # change (the one thing it must notice), and zlib is imported in a tenth of the time
    # hashlib's OpenSSL takes, which the command line would pay on every run.
    crc, size = 0, 0
    for path in paths:
        text = path.encode() + b"\0" + _ROOT.joinpath(path).read_bytes().replace(b"\r\n", b"\n")
        crc, size = zlib.crc32(text, crc), size + len(text)
        crc = zlib.crc32(b"\0", crc)
    return f"crc32 {crc:08x}, {size} bytes, {len(paths)} files"


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
    """One State's line: ``doc``, the JSON of its :class:`~treatyrules.records.StateStatus`,
    and the fields the renderings read from it (dates as ``YYYY-MM-DD``)."""

    __slots__ = (
        "doc",
        "entry_into_force",
        "name",
        "note",
        "reported_effect",
        "state",
        "status",
        "unverified",
        "unverified_notes",
    )

    def __init__(self, doc: dict[str, Any]) -> None:
        self.doc = doc
        self.state: str = doc["state"]
        self.name: str | None = doc["name"]
        self.status: str = doc["status"]
        self.entry_into_force: str | None = doc["entry_into_force"]
        self.note: str | None = doc["note"]
        self.unverified: tuple[str, ...] = tuple(doc["unverified"])
        self.unverified_notes: tuple[str, ...] = tuple(doc["unverified_notes"])
        self.reported_effect: str | None = doc["reported_effect"]

    @property
    def withdrawal(self) -> Withdrawal | None:
        found = self.doc["withdrawal"]
        return None if found is None else Withdrawal(found)


class Report:
    """The lines of ``states`` on ``as_of`` and their counts, as the renderings read a
    :class:`~treatyrules.records.StatusReport` (its JSON is the same)."""

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
        self.fingerprint: str = doc["fingerprint"]
        self.files: tuple[str, ...] = tuple(doc["files"])
        self.order: tuple[str, ...] = tuple(doc["order"])
        self._lines: list[str] = doc["lines"]
        self._runs: dict[str, tuple[list[str], list[int]]] = {
            state: ([start for start, _ in run], [n for _, n in run])
            for state, run in doc["states"].items()
        }

    def report(self, day: date, states: Sequence[str] | None = None) -> Report | None:
        """The lines of ``states`` (default: every State with a record, in the records'
        order) on ``day``; None where the engine must answer: a day outside those a user may
        name, or a State not in the table (a hypothetical one, or not a State code at all),
        which the engine refuses or reads itself."""
        if not EARLIEST <= day <= LATEST:
            return None
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


def read(treaty: str) -> Table:
    """The treaty's compiled table, whatever library compiled it (the tests compare it with
    the engine's lines): :func:`load` is what the command line uses."""
    return Table(json.loads(table_path(treaty).read_text(encoding="utf-8")))


@cache
def load(treaty: str) -> Table | None:
    """The treaty's compiled table; None if there is none for that id, if it was compiled
    from other code or data than this library's, or if it cannot be read (then only the
    engine can say what the records give)."""
    try:
        table = read(treaty)
        if table.treaty != treaty or table.fingerprint != fingerprint(table.files):
            return None
    except (OSError, ValueError, KeyError, TypeError):  # none, or damaged: the engine answers
        return None
    return table
