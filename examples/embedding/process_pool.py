"""Spread a large batch over a process pool, and send back JSON, not pickled verdicts.

Evaluation is pure, so any process can evaluate any scenario. What decides whether a pool
pays is what crosses back to the parent: a verdict is a tree of pydantic models, and
unpickling it costs the parent about as much as computing it, so a pool that returns
verdicts is slower than one process. Each worker here evaluates a chunk of a few hundred
scenarios (one message each way per chunk, not per scenario) and sends back strings: each
verdict's JSON, the line ``treatyrules evaluate --batch`` would write, or only the status.
The order of the input is kept.

    python examples/embedding/process_pool.py 20000
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import Any

import treatyrules

Numbered = Sequence[tuple[int, Any]]
"""Scenarios with their place in the whole batch (for the error records)."""


def json_lines(numbered: Numbered) -> list[str]:
    """For each scenario its verdict's JSON, or the error record that refuses it, as
    ``treatyrules evaluate --batch`` writes them (docs/contracts.md, batch mode)."""
    lines = []
    for index, scenario in numbered:
        try:
            lines.append(treatyrules.evaluate(scenario).model_dump_json())
        except treatyrules.InputError as exc:
            problems = [{"path": p, "message": m} for p, m in exc.problems]
            record = {"index": index, "error": {**problems[0], "problems": problems}}
            lines.append(json.dumps(record, separators=(",", ":")))
    return lines


def statuses(numbered: Numbered) -> list[str | None]:
    """For each scenario its status alone (decided without building the reasons), or None
    where the scenario is refused."""
    out: list[str | None] = []
    for _, scenario in numbered:
        try:
            out.append(treatyrules.status(scenario).status)
        except treatyrules.InputError:
            out.append(None)
    return out


def chunks(items: Sequence[Any], size: int) -> list[list[tuple[int, Any]]]:
    """``items`` numbered from 0, in chunks of ``size``."""
    return [list(enumerate(items[i : i + size], i)) for i in range(0, len(items), size)]


def in_parallel(
    work: Callable[[Numbered], list[Any]],
    scenarios: Sequence[Any],
    *,
    workers: int = 2,
    chunk: int = 500,
) -> list[Any]:
    """``work`` done on ``scenarios`` by ``workers`` processes, a chunk at a time; the results
    in the order of the input."""
    with ProcessPoolExecutor(max_workers=workers) as pool:
        return [r for done in pool.map(work, chunks(scenarios, chunk)) for r in done]


def evaluate_in_parallel(
    scenarios: Sequence[Any], *, workers: int = 2, chunk: int = 500
) -> list[str]:
    """The verdict JSON (or error record) of each scenario, in order, from ``workers``
    processes: ``json.loads`` a line for the verdict as a dict."""
    return in_parallel(json_lines, scenarios, workers=workers, chunk=chunk)


def sample(n: int) -> list[dict[str, Any]]:
    """``n`` hypothetical States withdrawing on successive days (illustrative)."""
    out = []
    for i in range(n):
        day = 1 + i % 28
        out.append(
            {
                "treaty": "APMBC",
                "state": "XXA",
                "as_of": "2030-01-01",
                "events": [
                    {"kind": "accession", "date": "2010-01-05"},
                    {"kind": "withdrawal", "date": f"2025-{1 + i % 12:02d}-{day:02d}"},
                ],
            }
        )
    return out


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    lines = evaluate_in_parallel(sample(n))
    print(
        f"{len(lines)} verdicts (JSON lines); statuses: {sorted({json.loads(x)['status'] for x in lines})}"
    )
    print(
        f"the same scenarios as statuses alone: {sorted(set(in_parallel(statuses, sample(n), chunk=2000)))}"
    )
