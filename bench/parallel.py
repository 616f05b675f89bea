"""Benchmark: one process against a process pool and Dask, as examples/embedding/ spread a batch.

Times, on the deterministic scenarios of ``../shared/bench/scenarios.py`` (median of
``--rounds`` runs, wall time, each run from a fresh pool):

- serial: the verdict JSON of each scenario in this process (``process_pool.json_lines``);
- the process pool of ``examples/embedding/process_pool.py`` (chunks of ``--chunk``, JSON back);
- the same pool sending back the verdicts themselves, pickled (what the example did before);
- Dask's process scheduler as in ``examples/embedding/dask_bag.py`` (partitions of ``--chunk``);
- statuses alone (``treatyrules.status``), serial and over the pool;
- the cost of starting the pool: two workers, each importing the library and evaluating once.

Each parallel result is checked equal to the serial one before it is timed.

    python bench/parallel.py                 # 20 000 scenarios, 3 rounds, 2 workers
    python bench/parallel.py --n 2000 --rounds 5

It is a script, not a test: timing never decides a test here.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("TREATYRULES_SHARED", ROOT.parent / "shared"))
sys.path[:0] = [str(SHARED / "bench"), str(ROOT / "examples" / "embedding")]

import process_pool  # noqa: E402
import scenarios as shared_scenarios  # noqa: E402

import treatyrules  # noqa: E402


def pickled_verdicts(numbered: process_pool.Numbered) -> list[treatyrules.Verdict]:
    """The verdicts themselves, to be pickled back (the slow way, for comparison)."""
    return treatyrules.evaluate_many([s for _, s in numbered])


def _warm(_: int) -> int:
    treatyrules.evaluate({"treaty": "APMBC", "state": "POL", "as_of": "2026-01-01"})
    return os.getpid()


def pool_start(workers: int) -> None:
    """Start ``workers`` processes and have each import the library and evaluate once."""
    with ProcessPoolExecutor(max_workers=workers) as pool:
        pids: set[int] = set()
        while len(pids) < workers:  # until every worker has answered once
            pids |= set(pool.map(_warm, range(workers * 4)))


def median_time(run: Callable[[], object], rounds: int) -> float:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=20_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--chunk", type=int, default=500)
    parser.add_argument("--skip-dask", action="store_true")
    args = parser.parse_args()
    docs = [doc for _, doc in shared_scenarios.generate(args.n)]
    w, c = args.workers, args.chunk

    serial = process_pool.json_lines(list(enumerate(docs)))
    statuses = process_pool.statuses(list(enumerate(docs)))
    cases: dict[str, tuple[Callable[[], Any], Any]] = {
        "serial, verdict JSON": (lambda: process_pool.json_lines(list(enumerate(docs))), None),
        "serial, verdicts kept (evaluate_many)": (lambda: treatyrules.evaluate_many(docs), None),
        f"pool of {w}, chunks of {c}, JSON back": (
            lambda: process_pool.evaluate_in_parallel(docs, workers=w, chunk=c),
            serial,
        ),
        f"pool of {w}, chunks of {c}, verdicts pickled back": (
            lambda: process_pool.in_parallel(pickled_verdicts, docs, workers=w, chunk=c),
            None,
        ),
        "serial, statuses": (lambda: process_pool.statuses(list(enumerate(docs))), None),
        f"pool of {w}, chunks of {c}, statuses back": (
            lambda: process_pool.in_parallel(process_pool.statuses, docs, workers=w, chunk=c),
            statuses,
        ),
        f"pool of {w}: start, import, one evaluation each": (lambda: pool_start(w), None),
    }
    if not args.skip_dask:
        import dask_bag

        cases[f"Dask processes, partitions of {c}, JSON back"] = (
            lambda: dask_bag.evaluate_with_dask(docs, partition=c),
            serial,
        )
    print(f"{args.n} scenarios, median of {args.rounds} runs, {os.cpu_count()} cores")
    base: dict[str, float] = {}
    for label, (run, expected) in cases.items():
        if expected is not None and run() != expected:
            raise SystemExit(f"{label}: not the serial result")
        seconds = median_time(run, args.rounds)
        kind = "statuses" if "statuses" in label else "start" if "start" in label else "json"
        base.setdefault(kind, seconds)
        ratio = "" if kind == "start" else f"  {base[kind] / seconds:4.2f}x serial"
        print(f"  {label:<52} {seconds:7.2f} s{ratio}")


if __name__ == "__main__":
    main()
