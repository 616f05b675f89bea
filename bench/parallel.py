"""Benchmark: one process against a process pool and Dask, as examples/embedding/ spread a batch.

Times, on the deterministic scenarios of ``../shared/bench/scenarios.py``, each run from a
fresh pool, the wall time and the CPU time spent (this process and its workers), medians of
``--rounds`` rounds that interleave the cases (the machine's load falls on all alike):

- serial: the verdict JSON of each scenario in this process (``process_pool.json_lines``);
- the process pool of ``examples/embedding/process_pool.py`` (chunks of ``--chunk``, JSON back);
- the same pool sending back the verdicts themselves, pickled (what the example did before);
- Dask's process scheduler as in ``examples/embedding/dask_bag.py`` (partitions of ``--chunk``);
- statuses alone (``treatyrules.status``), serial and over the pool;
- the cost of starting the pool, forked and spawned: each worker evaluating once.

Each parallel result is checked equal to the serial one before it is timed.

    python bench/parallel.py                 # 20 000 scenarios, 3 rounds, 2 workers
    python bench/parallel.py --n 2000 --rounds 5
    python bench/parallel.py --n 100000 --kinds json

It is a script, not a test: timing never decides a test here.
"""

from __future__ import annotations

import argparse
import functools
import multiprocessing
import os
import resource
import statistics
import sys
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "examples" / "embedding"))

from _shared import use_floor  # noqa: E402

use_floor()

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


def timed(run: Callable[[], object]) -> tuple[float, float]:
    """Wall and CPU seconds of ``run``: this process's CPU and its finished workers'."""

    def cpu() -> float:
        own, workers = (
            resource.getrusage(w) for w in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)
        )
        return own.ru_utime + own.ru_stime + workers.ru_utime + workers.ru_stime

    cpu_before, start = cpu(), time.perf_counter()
    run()
    return time.perf_counter() - start, cpu() - cpu_before


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=20_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--chunk", type=int, default=500)
    parser.add_argument("--skip-dask", action="store_true")
    parser.add_argument(
        "--kinds",
        default="json,verdicts,statuses,start",
        help="what is sent back, of json, verdicts, statuses, start (comma-separated)",
    )
    args = parser.parse_args()
    docs = [doc for _, doc in shared_scenarios.generate(args.n)]
    w, c = args.workers, args.chunk
    evaluate_many = treatyrules.evaluate_many

    def start(method: str) -> None:
        pool_start(w, method)

    numbered = list(enumerate(docs))

    @functools.cache
    def serial() -> list[str]:
        return process_pool.json_lines(numbered)

    @functools.cache
    def statuses() -> list[str | None]:
        return process_pool.statuses(numbered)

    # (what is sent back, label, run, the serial result it must equal); the first row of
    # each kind is the serial baseline its ratios are to.
    cases: list[tuple[str, str, Callable[[], Any], Callable[[], Any] | None]] = [
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
            statuses,
        ),
        ("start", f"pool of {w} forked: start, one evaluation each", lambda: start("fork"), None),
        (
            "start",
            f"pool of {w} spawned: start, import, one evaluation each",
            lambda: start("spawn"),
            None,
        ),
    ]
    kinds = set(args.kinds.split(","))
    cases = [case for case in cases if case[0] in kinds]
    for _kind, label, run, expected in cases:
        if expected is not None and run() != expected():
            raise SystemExit(f"{label}: not the serial result")
    # The rounds interleave the cases, so that a change in the machine's load falls on all of
    # them alike; each ratio is to the serial run of the same round, then the median is taken.
    walls: dict[str, list[float]] = {label: [] for _, label, _, _ in cases}
    cpus: dict[str, list[float]] = {label: [] for _, label, _, _ in cases}
    for _ in range(args.rounds):
        for _, label, run, _ in cases:
            wall, cpu = timed(run)
            walls[label].append(wall)
            cpus[label].append(cpu)
    print(f"{args.n} scenarios, median of {args.rounds} interleaved rounds, {os.cpu_count()} cores")
    print(f"  {'':<56} {'wall':>7}  {'vs serial':>9}  {'CPU':>7}")
    first: dict[str, str] = {}
    for kind, label, _, _ in cases:
        base = first.setdefault(kind, label)
        ratios = [b / w for b, w in zip(walls[base], walls[label], strict=True)]
        ratio = "" if kind == "start" else f"{statistics.median(ratios):8.2f}x"
        wall, cpu = statistics.median(walls[label]), statistics.median(cpus[label])
        print(f"  {label:<56} {wall:6.2f}s  {ratio:>9}  {cpu:6.2f}s")


if __name__ == "__main__":
    main()
