"""Compile a treaty's status table: every line of :meth:`Records.report`, day by day.

A State's line in the status table changes only on the days its record makes decisive
(a deposit, an entry into force, a withdrawal's receipt and effect, a claimed
suspension), but its note names the day it is read on. This module reads the engine's
line for every State on every day of a span around all the records' dates, writes
the day itself as a placeholder, and keeps each run of days with the same line as one
interval. :mod:`treatyrules.status_table` reads the result with the standard library
alone, so ``treatyrules status`` need not load the engine (issue 8).

The table is the engine's output, not a second statement of the law. It names the
fingerprint of the code and data it was compiled from
(:func:`~treatyrules.status_table.fingerprint`), and is not used by another; so any change
to the package calls for compiling it again: ``--check`` (run by ``.ci/run``) fails until
then, and a test holds each table to :meth:`Records.report` on the days its lines change.

    python -m treatyrules.records.compiler          # rewrite the tables
    python -m treatyrules.records.compiler --check  # exit 1 if one is out of date

Hungary's withdrawal from the Rome Statute was received on 2025-06-02. Read on that
day, its line names the day read twice, once as the receipt, so it holds for that day
alone; the next day's line names the receipt as a date:

>>> from treatyrules.records import bundled
>>> table = compile_table(bundled("ICC"), span=(date(2025, 6, 1), date(2025, 6, 3)))
>>> runs = table["states"]["HUN"]
>>> [(start, json.loads(table["lines"][n])["status"], table["lines"][n].count(DAY)) for start, n in runs]
[('1800-01-01', 'party', 0), ('2025-06-02', 'withdrawal_pending', 1), ('2025-06-03', 'withdrawal_pending', 0)]
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Sequence
from datetime import date, timedelta
from importlib.resources import files
from pathlib import Path
from typing import Any

from ..days import EARLIEST
from ..states import state_codes
from ..status_table import DAY, fingerprint, shaping_files, table_path
from .book import Records
from .report import StateStatus

__all__ = ["bundled_treaties", "compile_table", "main", "span_of"]

_ISO = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
_BEFORE = timedelta(days=366)
_AFTER = timedelta(days=3653)
"""The span reaches a year before the earliest date a record names and ten years after the
latest; no line may name a day in its last five years. A line outside the span is the line
at its edge (a test reads both edges, and the first and last days a user may name, against
the engine)."""


def span_of(book: Records) -> tuple[date, date]:
    """The first and last day to read: around every date the records' scenarios name."""
    named = [
        date.fromisoformat(found)
        for state in book.states
        for found in _ISO.findall(book.scenario(state).model_dump_json())
    ]
    return min(named) - _BEFORE, max(named) + _AFTER


def compile_table(book: Records, span: tuple[date, date] | None = None) -> dict[str, Any]:
    """The table of ``book``: each State's intervals ``[start, line]`` (a line holds from its
    start until the next), and the lines, each the JSON of a :class:`StateStatus` with
    the day read written as the placeholder :data:`~treatyrules.status_table.DAY`.
    ``span`` (default :func:`span_of`) is the first and last day read.

    Every ISO 3166 State without a record is read too, so a table answers for any State
    but a hypothetical one (XAA-XZZ), which :mod:`~treatyrules.status_table` leaves to the
    engine.
    """
    first, last = span or span_of(book)
    states = (*book.states, *sorted(c for c in state_codes() if c not in book.states))
    lines: dict[str, int] = {}
    runs: dict[str, list[list[Any]]] = {s: [] for s in states}
    # The line read the day before, while its template names no day: the same line today
    # is the same template, and is not written out again (most lines, most days).
    steady: dict[str, StateStatus] = {}
    latest = first
    day = first
    while day <= last:
        iso = day.isoformat()
        for line in book.report(day, states).states:
            if steady.get(line.state) == line:
                continue
            text = json.dumps(
                line.model_dump(mode="json"), ensure_ascii=False, separators=(",", ":")
            )
            if DAY in text:  # pragma: no cover - a line that names the placeholder itself
                raise ValueError(f"a line of {line.state} contains {DAY!r}")
            template = text.replace(iso, DAY)
            number = lines.setdefault(template, len(lines))
            if number == len(lines) - 1:  # a new line: every day it names lies in the span
                latest = max([latest, *map(date.fromisoformat, _ISO.findall(template))])
            run = runs[line.state]
            if not run or run[-1][1] != number:
                run.append([iso, number])
            if DAY in template:
                steady.pop(line.state, None)
            else:
                steady[line.state] = line
        day += timedelta(days=1)
    if span is None and latest > last - _AFTER / 2:  # a line names a day near the end
        raise ValueError(f"a line names {latest}, too near the end of the span ({last})")
    for run in runs.values():
        run[0][0] = EARLIEST.isoformat()  # the first line holds back to the first day
    return {
        "treaty": book.treaty.id,
        "fingerprint": fingerprint(files := shaping_files()),
        "span": [first.isoformat(), last.isoformat()],
        "order": list(book.states),
        "files": list(files),
        "states": runs,
        "lines": list(lines),
    }


def _text(table: dict[str, Any]) -> str:
    # One State per line keeps a change to the records a readable diff.
    head = {k: v for k, v in table.items() if k not in ("states", "lines")}
    parts = [json.dumps(head, ensure_ascii=False)[:-1] + ', "states": {']
    parts += [
        f"  {json.dumps(s)}: {json.dumps(run)}{',' if i < len(table['states']) - 1 else ''}"
        for i, (s, run) in enumerate(table["states"].items())
    ]
    parts.append('}, "lines": [')
    parts += [
        f"  {json.dumps(line, ensure_ascii=False)}{',' if i < len(table['lines']) - 1 else ''}"
        for i, line in enumerate(table["lines"])
    ]
    parts.append("]}")
    return "\n".join(parts) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    """Write each bundled treaty's table; with ``--check``, write nothing and exit 1 if one
    differs from what the records and the engine give now."""
    check = "--check" in (sys.argv[1:] if argv is None else argv)
    stale = []
    for treaty in bundled_treaties():
        text = _text(compile_table(Records(_load(treaty), treaty=treaty)))
        path = Path(str(table_path(treaty)))
        if path.is_file() and path.read_text(encoding="utf-8") == text:
            continue
        if check:
            stale.append(path.name)
        else:
            path.write_text(text, encoding="utf-8")
            print(f"wrote {path}")
    if stale:
        print(
            f"out of date: {', '.join(stale)}; run python -m treatyrules.records.compiler",
            file=sys.stderr,
        )
        return 1
    return 0


def bundled_treaties() -> tuple[str, ...]:
    """The treaties whose records are bundled (a folder of them under ``records/data``)."""
    found = files("treatyrules.records").joinpath("data").iterdir()
    return tuple(sorted(f.name.upper() for f in found if f.joinpath("records.csv").is_file()))


def _load(treaty: str) -> Any:
    from .loader import load

    return load(treaty)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
