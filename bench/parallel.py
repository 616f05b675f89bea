"""Benchmark: one process against a process pool and Dask, as examples/embedding/ spread a batch.

Times, on the deterministic scenarios of ``../shared/bench/scenarios.py`` (median of
``--rounds`` runs, wall time, each run from a fresh pool):

- serial: the verdict JSON of each scenario in this process (``process_pool.json_lines``);
- the process pool of ``examples/embedding/process_pool.py`` (chunks of ``--chunk``, JSON back);
- the same pool sending back the verdicts themselves, pickled (what the example did before);
- Dask's process scheduler as in ``examples/embedding/dask_bag.py`` (partitions of ``--chunk``);
- statuses alone (``treatyrules.status``), serial and over the pool;
- the cost of starting the pool, forked and spawned: each worker evaluating once.

Each parallel result is checked equal to the serial one before it is timed.

    python bench/parallel.py                 # 20 000 scenarios, 3 rounds, 2 workers
    python bench/parallel.py --n 2000 --rounds 5

It is a script, not a test: timing never decides a test here.
"""

from __future__ import annotations

import argparse
import multiprocessing
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


def pool_start(workers: int, method: str) -> None:
    """Start ``workers`` processes by ``method`` (fork: a copy of this process, the library
    loaded; spawn: a fresh interpreter, as on macOS, Windows and Dask) and have each import
    the library and evaluate once."""
    context = multiprocessing.get_context(method)
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
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
    evaluate_many = treatyrules.evaluate_many

    def start(method: str) -> None:
        pool_start(w, method)

    numbered = list(enumerate(docs))
    serial = process_pool.json_lines(numbered)
    # (what is sent back, label, run, the serial result it must equal); the first row of
    # each kind is the serial baseline its ratios are to.
    cases: list[tuple[str, str, Callable[[], Any], Any]] = [
        ("json", "serial, verdict JSON", lambda: process_pool.json_lines(numbered), None),
        (
            "json",
            f"pool of {w}, chunks of {c}, JSON back",
            lambda: process_pool.evaluate_in_parallel(docs, workers=w, chunk=c),
            serial,
        ),
    ]
    if not args.skip_dask:
        import dask_bag

        cases.append(
            (
                "json",
                f"Dask processes, partitions of {c}, JSON back",
                lambda: dask_bag.evaluate_with_dask(docs, partition=c),
                serial,
            )
        )
    cases += [
        ("verdicts", "serial, verdicts kept (evaluate_many)", lambda: evaluate_many(docs), None),
        (
            "verdicts",
            f"pool of {w}, chunks of {c}, verdicts pickled back",
            lambda: process_pool.in_parallel(pickled_verdicts, docs, workers=w, chunk=c),
            None,
        ),
        ("statuses", "serial, statuses", lambda: process_pool.statuses(numbered), None),
        (
            "statuses",
            f"pool of {w}, chunks of {c}, statuses back",
            lambda: process_pool.in_parallel(process_pool.statuses, docs, workers=w, chunk=c),
            process_pool.statuses(numbered),
        ),
        ("start", f"pool of {w} forked: start, one evaluation each", lambda: start("fork"), None),
        (
            "start",
            f"pool of {w} spawned: start, import, one evaluation each",
            lambda: start("spawn"),
            None,
        ),
    ]
    print(f"{args.n} scenarios, median of {args.rounds} runs, {os.cpu_count()} cores")
    base: dict[str, float] = {}
    for kind, label, run, expected in cases:
        if expected is not None and run() != expected:
            raise SystemExit(f"{label}: not the serial result")
        seconds = median_time(run, args.rounds)
        base.setdefault(kind, seconds)
        ratio = "" if kind == "start" else f"  {base[kind] / seconds:4.2f}x serial"
        print(f"  {label:<56} {seconds:7.2f} s{ratio}")


if __name__ == "__main__":
    main()
