"""Benchmark: the throughput of ``treatyrules evaluate --batch`` on one process (one core).

Writes the deterministic scenarios of ``../shared/bench/scenarios.py`` as JSON Lines, runs
``treatyrules evaluate --batch`` on them once to check that every line gives the verdict
``treatyrules.evaluate`` gives in process (status and effective date, in order), then times
``--rounds`` runs with the output sent to the null device: scenarios per second of wall time,
and per second of the command's own CPU time (what one core gives, whatever else loads the
machine). For comparison it times a few single ``treatyrules evaluate FILE --format json``
calls, one process per scenario, as a tool without the batch mode pays.

    python bench/batch.py                  # 20 000 scenarios, 3 rounds
    python bench/batch.py --n 5000 --rounds 5

It is a script, not a test: timing never decides a test here.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from _shared import use_floor

use_floor()

import scenarios as shared_scenarios  # noqa: E402

import treatyrules  # noqa: E402


def _command() -> list[str]:
    """The console script beside this interpreter, else ``python -m treatyrules``."""
    script = Path(sys.executable).with_name("treatyrules")
    return [str(script)] if script.exists() else [sys.executable, "-m", "treatyrules"]


def _run(argv: list[str], stdout: Any) -> tuple[float, float]:
    """Wall and CPU seconds (user + system) of one run of ``argv``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(argv, stdout=stdout, check=False)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(argv)} exited {done.returncode}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def disagreements(documents: list[dict[str, Any]], output: Path) -> int:
    """The lines of ``output`` that are not the in-process verdict of their scenario."""
    lines = output.read_text(encoding="utf-8").splitlines()
    if len(lines) != len(documents):
        print(f"{len(lines)} lines out for {len(documents)} in")
        return abs(len(lines) - len(documents)) or 1
    bad = 0
    for document, line in zip(documents, lines, strict=True):
        got = json.loads(line)
        want = treatyrules.evaluate(document)
        effective = want.withdrawal.effective_date if want.withdrawal else None
        got_effective = (got.get("withdrawal") or {}).get("effective_date")
        if got.get("status") != want.status or got_effective != (effective and str(effective)):
            bad += 1
    return bad


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=20_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--single", type=int, default=5, help="single-scenario calls timed")
    args = parser.parse_args()
    documents = [doc for _, doc in shared_scenarios.generate(args.n)]
    cli = _command()
    with tempfile.TemporaryDirectory() as tmp:
        lines = Path(tmp) / "scenarios.jsonl"
        lines.write_text("".join(json.dumps(d) + "\n" for d in documents), encoding="utf-8")
        output = Path(tmp) / "verdicts.jsonl"
        with output.open("wb") as out:
            _run([*cli, "evaluate", "--batch", str(lines)], out)
        bad = disagreements(documents, output)
        print(f"agreement: {args.n - bad} of {args.n} lines are the in-process verdict")
        if bad:
            sys.exit(1)
        runs = []
        for _ in range(args.rounds):
            with open(os.devnull, "wb") as null:
                runs.append(_run([*cli, "evaluate", "--batch", str(lines)], null))
        one = Path(tmp) / "one.json"
        one.write_text(json.dumps(documents[0]), encoding="utf-8")
        singles = []
        for _ in range(args.single):
            with open(os.devnull, "wb") as null:
                singles.append(_run([*cli, "evaluate", str(one), "--format", "json"], null)[0])
    wall = statistics.median(w for w, _ in runs)
    cpu = statistics.median(c for _, c in runs)
    call = statistics.median(singles)
    print(f"evaluate --batch, {args.n} lines, median of {args.rounds} runs:")
    print(
        f"  wall {wall:.2f} s: {args.n / wall:,.0f} scenarios/s, {wall / args.n * 1e6:.0f} µs each"
    )
    print(f"  CPU  {cpu:.2f} s: {args.n / cpu:,.0f} scenarios per CPU second (one core)")
    print(
        f"single evaluate FILE --format json: {call * 1000:.0f} ms a call (median of {args.single})"
    )
    print(f"  the batch answers {call / (wall / args.n):,.0f} scenarios in the time of one call")


if __name__ == "__main__":
    main()
