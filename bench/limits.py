"""The cost of one input as it grows to the limits: evaluation, what-if and sensitivity.

    python bench/limits.py            # sizes 1, 10, 100, 1000 (and 10 000 acts)
    python bench/limits.py --quick    # sizes 10 and 100

Each row is one scenario with ``n`` facts of one kind (events, armed conflicts or
acts) on top of a Ukraine-like base (a ratification, a withdrawal, one ongoing
war), timed once (seconds). The cost should grow linearly with ``n``: the last
column is the time per fact, which stays flat when it does. ``flips`` tries one
evaluation per single change of fact, so it is linear in the facts only up to
:data:`treatyrules.limits.MAX_FLIPS` changes and refused beyond; the row says so.

It is a script, not a test: timing never decides a test here (the limits and the
refusals are tested in ``tests/test_api_boundary.py``).
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from typing import Any

from treatyrules import InputError, evaluate, sensitivity, what_if
from treatyrules.limits import MAX_ACTS, MAX_CONFLICTS, MAX_EVENTS

BASE: dict[str, Any] = {
    "treaty": "APMBC",
    "state": "UKR",
    "as_of": "2026-03-01",
    "events": [
        {"kind": "ratification", "date": "2005-12-27"},
        {"kind": "withdrawal", "date": "2025-07-18"},
    ],
    "conflicts": [
        {"name": "war", "parties": ["RUS", "UKR"], "kind": "international", "start": "2022-02-24"}
    ],
}


def grown(kind: str, n: int) -> dict[str, Any]:
    """The base with ``n`` facts of ``kind`` (distinct, so nothing is shared by accident)."""
    doc = dict(BASE)
    if kind == "events":  # reports: facts every evaluation reads for the deadlines
        doc["events"] = [
            *BASE["events"],
            *(
                {"kind": "report_submitted", "date": "2010-04-30", "covers": 1997 + i % 200}
                for i in range(n - 2)
            ),
        ]
    elif kind == "conflicts":
        doc["conflicts"] = [
            {
                "name": f"war {i}",
                "parties": ["RUS", "UKR"],
                "kind": "international",
                "start": f"{2000 + i % 25}-02-24",
            }
            for i in range(n)
        ]
    else:
        doc["acts"] = [{"kind": "stockpile", "date": "2024-01-01", "quantity": i} for i in range(n)]
    return doc


QUESTIONS: dict[str, Callable[[dict[str, Any]], object]] = {
    "evaluate": evaluate,
    "what-if --earliest": what_if.earliest_effect,
    "what-if --flips": what_if.flips,
    "sensitivity": sensitivity,
}
LIMIT = {"events": MAX_EVENTS, "conflicts": MAX_CONFLICTS, "acts": MAX_ACTS}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="sizes 10 and 100 only")
    args = parser.parse_args()
    sizes = (10, 100) if args.quick else (1, 10, 100, 1000)
    print(f"{'question':<20} {'facts':<10} {'n':>6} {'seconds':>9} {'ms per fact':>12}")
    for name, question in QUESTIONS.items():
        for kind in ("events", "conflicts", "acts"):
            extra = (MAX_ACTS,) if kind == "acts" and not args.quick else ()
            for n in (*sizes, *extra):
                # The base has two events (a ratification and a withdrawal): the fewest.
                n = max(min(n, LIMIT[kind]), 2 if kind == "events" else 1)
                took, note = _best(question, grown(kind, n), rounds=max(1, min(25, 100 // n)))
                print(f"{name:<20} {kind:<10} {n:>6} {took:>9.4f} {1000 * took / n:>12.3f}{note}")


def _best(
    question: Callable[[dict[str, Any]], object], doc: dict[str, Any], rounds: int
) -> tuple[float, str]:
    """The fastest of ``rounds`` runs (small inputs are run more often: one run is noise)."""
    best = float("inf")
    note = ""
    for _ in range(rounds):
        start = time.perf_counter()
        try:
            question(doc)
        except InputError as exc:
            note = f"  refused: {exc.message[:60]}"
        best = min(best, time.perf_counter() - start)
    return best, note


if __name__ == "__main__":
    main()
