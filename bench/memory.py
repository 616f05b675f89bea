"""Memory and garbage collection of verdicts kept alive: bytes per verdict, collector time per verdict.

Builds ``--n`` verdicts from the shared bench scenarios and keeps them all in a list, as a
batch job holding its results would, with the cyclic collector left on (as a user has it).
It reports:

- the memory the kept verdicts hold (``tracemalloc``, in a separate pass so that tracing
  does not slow the timed one), in bytes per verdict;
- the time the cyclic collector spent during the timed pass (``gc.callbacks``), per
  verdict and per generation, and the number of collections;
- the objects the collector tracks per kept verdict.

The inputs are held as JSON text and decoded one at a time, so that the collector's figures are
those of the verdicts, not of a list of 100 000 input documents.

    python bench/memory.py               # 100 000 verdicts
    python bench/memory.py --n 20000

It is a script, not a test: timing never decides a test here.
"""

from __future__ import annotations

import argparse
import gc
import json
import sys
import time
import tracemalloc

from _shared import use_floor

use_floor()

import scenarios as shared_scenarios  # noqa: E402

import treatyrules  # noqa: E402


def _documents(n: int) -> list[str]:
    # Held as JSON text, which the collector does not track, and decoded one at a time:
    # what the collector sees is then the verdicts, not the batch's own input.
    return [json.dumps(d) for _, d in shared_scenarios.generate(n)]


def held_bytes(documents: list[str]) -> float:
    """Bytes per verdict still allocated while all the verdicts are kept."""
    gc.collect()
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    kept = [treatyrules.evaluate(json.loads(d)) for d in documents]
    gc.collect()
    held = tracemalloc.get_traced_memory()[0] - before
    tracemalloc.stop()
    assert len(kept) == len(documents)
    return held / len(documents)


def collector(documents: list[str]) -> dict[str, float]:
    """The collector's time while the verdicts are built and kept, per verdict."""
    spent = {0: 0.0, 1: 0.0, 2: 0.0}
    runs = {0: 0, 1: 0, 2: 0}
    started = [0.0]

    def watch(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            started[0] = time.perf_counter()
        else:
            spent[info["generation"]] += time.perf_counter() - started[0]
            runs[info["generation"]] += 1

    gc.collect()
    tracked_before = len(gc.get_objects())
    gc.callbacks.append(watch)
    t = time.perf_counter()
    try:
        kept = [treatyrules.evaluate(json.loads(d)) for d in documents]
    finally:
        gc.callbacks.remove(watch)
    total = time.perf_counter() - t
    gc.collect()
    tracked = (len(gc.get_objects()) - tracked_before) / len(kept)
    n = len(documents)
    return {
        "evaluate_us": (total - sum(spent.values())) / n * 1e6,
        "gc_us": sum(spent.values()) / n * 1e6,
        **{f"gc{g}_us": spent[g] / n * 1e6 for g in spent},
        **{f"gc{g}_runs": float(runs[g]) for g in runs},
        "tracked": tracked,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100_000)
    args = parser.parse_args()
    documents = _documents(args.n)
    treatyrules.evaluate(json.loads(documents[0]))  # load the treaty first: not part of any verdict
    figures = collector(documents)
    size = held_bytes(documents)
    print(f"treatyrules {treatyrules.__version__}, Python {sys.version.split()[0]}, {args.n} kept")
    print(f"held per verdict:            {size:8.0f} B   (target <= 1 536 B)")
    print(f"collector per verdict:       {figures['gc_us']:8.1f} µs  (target <= 5 µs)")
    for g in range(3):
        print(
            f"  generation {g}: {figures[f'gc{g}_runs']:6.0f} runs, {figures[f'gc{g}_us']:6.2f} µs"
            " a verdict"
        )
    print(f"evaluation per verdict:      {figures['evaluate_us']:8.1f} µs (collector excluded)")
    print(f"tracked objects per verdict: {figures['tracked']:8.1f}")


if __name__ == "__main__":
    main()
