"""Spread many scenarios over a process pool: evaluation is pure and verdicts pickle.

Each worker evaluates a chunk with ``evaluate_many`` and sends the verdicts back
(pickled); the order of the input is kept.

    python examples/embedding/process_pool.py 20000
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import Any

import treatyrules


def _chunks(items: Sequence[Any], size: int) -> list[list[Any]]:
    return [list(items[i : i + size]) for i in range(0, len(items), size)]


def evaluate_in_parallel(
    scenarios: Sequence[dict[str, Any]], *, workers: int = 2, chunk: int = 1000
) -> list[treatyrules.Verdict]:
    """The verdicts of ``scenarios``, in order, computed by ``workers`` processes."""
    with ProcessPoolExecutor(max_workers=workers) as pool:
        batches = pool.map(treatyrules.evaluate_many, _chunks(scenarios, chunk))
        return [verdict for batch in batches for verdict in batch]


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
    verdicts = evaluate_in_parallel(sample(n))
    print(len(verdicts), {v.status for v in verdicts})
