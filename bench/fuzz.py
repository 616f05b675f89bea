"""A long fuzz campaign against the Python API, on every core, saving each distinct failure.

    python bench/fuzz.py --minutes 60              # the campaign of docs (2 cores: ~2 workers)
    python bench/fuzz.py --inputs 100000 --workers 1 --seed 7

Inputs come from ``tests/fuzzing.py``: valid scenarios (the examples and generated
ones), the same after structure-aware mutation, arbitrary values, mangled JSON text
read as the command line reads it, hostile options, the heavier questions (sensitivity,
what-if) and hostile records calls. Each worker draws from its own seeded generator, so
a campaign is repeatable. Every failure -- an exception other than the documented errors,
a broken invariant, an error reported on stderr instead of raised -- is keyed by its site;
the first input of each key is written under ``tests/fuzz_reproducers/``, which
``tests/test_fuzz.py`` replays in every run. Figures are printed at the end (and with
``--summary FILE`` written as JSON).
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import random
import resource
import sys
import time
from collections import Counter
from pathlib import Path
from queue import Empty

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

import fuzzing


def worker(
    seed: int, deadline: float, quota: int, queue: multiprocessing.Queue, memory: int
) -> None:  # type: ignore[type-arg]
    # An input that makes the library exhaust memory is a failure to report (a MemoryError
    # with its site), not a worker the system kills with nothing said.
    resource.setrlimit(resource.RLIMIT_AS, (memory * 2**20, memory * 2**20))
    try:
        _work(seed, deadline, quota, queue)
    finally:  # a worker that dies must not leave the campaign waiting for it
        queue.put(("done", None, None, None, None))


def _work(seed: int, deadline: float, quota: int, queue: multiprocessing.Queue) -> None:  # type: ignore[type-arg]
    rng = random.Random(seed)
    counts: Counter[str] = Counter()
    seen: set[str] = set()
    done = 0
    while done < quota and time.time() < deadline:
        for _ in range(200):
            try:
                target, doc = fuzzing.generate(rng)
                # Kept before the run, which may find the input mutated by the library.
                kept = doc if target in ("text", "records") else fuzzing.decode(fuzzing.encode(doc))
            except MemoryError:  # the generator's own excess (a copy of a copy), not a finding
                counts["skipped"] += 1
                continue
            try:
                counts[fuzzing.run(target, doc)] += 1
            except fuzzing.Failure as failure:
                counts["failure"] += 1
                if failure.key not in seen:
                    seen.add(failure.key)
                    queue.put(("failure", failure.key, target, kept, failure.detail))
            done += 1
        queue.put(("counts", dict(counts), None, None, None))
        counts.clear()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--minutes", type=float, default=60.0)
    parser.add_argument("--inputs", type=int, default=10**9, help="stop after this many")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--memory", type=int, default=3000, help="MiB a worker may use")
    parser.add_argument("--out", type=Path, default=fuzzing.REPRODUCERS)
    parser.add_argument("--summary", type=Path)
    args = parser.parse_args()
    start = time.time()
    deadline = start + 60 * args.minutes
    queue: multiprocessing.Queue = multiprocessing.Queue()  # type: ignore[type-arg]
    quota = -(-args.inputs // args.workers)
    procs = [
        multiprocessing.Process(
            target=worker, args=(args.seed + i, deadline, quota, queue, args.memory)
        )
        for i in range(args.workers)
    ]
    for p in procs:
        p.start()
    totals: Counter[str] = Counter()
    failures: dict[str, str] = {}
    running, last = len(procs), start
    while running:
        try:
            kind, key, target, doc, detail = queue.get(timeout=30)
        except Empty:  # a worker killed from outside (out of memory) sends no "done"
            running = sum(p.is_alive() for p in procs)
            continue
        if kind == "done":
            running -= 1
        elif kind == "counts":
            totals.update(key)
        elif key not in failures:
            path = fuzzing.save(key, target, doc, detail, args.out)
            failures[key] = str(path)
            print(f"failure: {key} -> {path.name}", flush=True)
        if time.time() - last > 60:
            last = time.time()
            n = sum(totals.values())
            print(
                f"{n} inputs, {n / (last - start):.0f}/s, {len(failures)} distinct failures",
                flush=True,
            )
    for p in procs:
        p.join()
    took = time.time() - start
    n = sum(totals.values()) - totals["skipped"]
    summary = {
        "inputs": n,
        "seconds": round(took),
        "inputs_per_second": round(n / took),
        "workers": args.workers,
        "verdicts": totals["verdict"],
        "refused": totals["refused"],
        "skipped": totals["skipped"],
        "failures": totals["failure"],
        "distinct_failures": sorted(failures),
    }
    print(json.dumps(summary, indent=1))
    if args.summary:
        args.summary.write_text(json.dumps(summary, indent=1) + "\n")


if __name__ == "__main__":
    main()
