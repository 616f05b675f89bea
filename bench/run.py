"""Benchmark: treatyrules against the hand-written floor of shared/bench, in one process.

Runs the same deterministic scenarios (shared/bench/scenarios.py) through the bare
baseline (tuples in, tuples out) and through ``treatyrules.evaluate`` (a dict in, a
full reasoned Verdict out), checks that both agree on every scenario (status and
effective date), and prints microseconds per scenario and their ratio (median of
``--repeat`` runs). Ratios, not absolute times, are comparable across machines.

    python bench/run.py                 # 20 000 scenarios, 5 repeats
    python bench/run.py --n 100000 --profile

It is a script, not a test: timing never decides a test here.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import pstats
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date
from typing import Any

from _shared import use_floor

use_floor()

import baseline  # noqa: E402
import scenarios as shared_scenarios  # noqa: E402

import treatyrules  # noqa: E402
from treatyrules import Scenario, evaluate  # noqa: E402
from treatyrules.treaties import get  # noqa: E402

STATUS = {
    baseline.NOT_A_PARTY: {"non_party", "contracting"},
    baseline.PARTY: {"party"},
    baseline.PENDING: {"withdrawal_pending"},
    baseline.DEFERRED: {"withdrawal_deferred"},
    baseline.WITHDRAWN: {"withdrawn"},
    baseline.REVOKED: {"party"},
}


def agree(pairs: list[tuple[tuple[Any, ...], dict[str, Any]]]) -> int:
    """Check every scenario; return the number of disagreements (printed)."""
    bad = 0
    for tup, doc in pairs:
        status, effective = baseline.evaluate(*tup)
        v = evaluate(doc)
        position = treatyrules.status(doc)
        ok = v.status in STATUS[status] and position.status == v.status
        ok = ok and position.withdrawal == v.withdrawal
        if status == baseline.REVOKED:
            ok = ok and v.withdrawal is not None and v.withdrawal.outcome == "revoked"
        receipt, query = tup[1], tup[4]
        if receipt is not None and query >= receipt:
            ok = ok and v.withdrawal is not None and v.withdrawal.effective_date == effective
        if not ok:
            bad += 1
            if bad <= 5:
                print(f"DISAGREE: baseline {status!r} {effective}; treatyrules {v!r}\n  {doc}")
    return bad


def timed(fn: Callable[[], object], repeat: int) -> float:
    """Median seconds of ``repeat`` runs of ``fn`` (a full collection before each)."""
    runs = []
    for _ in range(repeat):
        gc.collect()
        t = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - t)
    return statistics.median(runs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=20_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--profile", action="store_true", help="print where the time goes")
    args = parser.parse_args()

    pairs = shared_scenarios.generate(args.n)
    tuples = [t for t, _ in pairs]
    dicts = [d for _, d in pairs]
    validated = [Scenario.model_validate(d) for d in dicts]
    apmbc = get("APMBC")
    defaults = apmbc.resolve(None)

    disagreements = agree(pairs)
    print(
        f"treatyrules {treatyrules.__version__}, Python {sys.version.split()[0]},"
        f" {args.n} scenarios, median of {args.repeat}"
    )
    print(f"agreement with the baseline: {args.n - disagreements}/{args.n}")

    def per(seconds: float) -> float:
        return seconds / args.n * 1e6

    floor = per(timed(lambda: baseline.evaluate_many(tuples), args.repeat))

    def stream() -> None:
        for d in dicts:
            evaluate(d)

    def keep() -> None:
        kept = [evaluate(d) for d in dicts]  # the point: keep them all alive
        assert len(kept) == len(dicts)

    from treatyrules.engine import build_history
    from treatyrules.verdicts import explain

    def each(fn: Callable[[Any], object], items: list[Any]) -> Callable[[], None]:
        def run() -> None:
            for item in items:
                fn(item)

        return run

    def history(s: Scenario) -> object:
        return build_history(apmbc, s, defaults)

    def reasoned(s: Scenario) -> object:
        return explain(build_history(apmbc, s, defaults), s.as_of or date.today())

    verdicts = [evaluate(d) for d in dicts]
    rows = [
        ("baseline (tuples in, tuples out)", floor),
        (
            "status(Scenario) -> Position, no reasons",
            per(timed(each(treatyrules.status, validated), args.repeat)),
        ),
        ("status(dict) -> Position", per(timed(each(treatyrules.status, dicts), args.repeat))),
        ("evaluate(dict) -> Verdict, streamed", per(timed(stream, args.repeat))),
        ("evaluate(dict) -> Verdict, all kept", per(timed(keep, args.repeat))),
        (
            "evaluate_many(dicts), all kept",
            per(timed(lambda: treatyrules.evaluate_many(dicts), args.repeat)),
        ),
        (
            "  of which: Scenario.model_validate",
            per(timed(each(Scenario.model_validate, dicts), args.repeat)),
        ),
        ("  of which: the rules (history)", per(timed(each(history, validated), args.repeat))),
        ("  of which: history + verdict", per(timed(each(reasoned, validated), args.repeat))),
        (
            "verdict.model_dump_json()",
            per(timed(each(lambda v: v.model_dump_json(), verdicts), args.repeat)),
        ),
        (
            "evaluate(dict) and its JSON",
            per(timed(each(lambda d: evaluate(d).model_dump_json(), dicts), args.repeat)),
        ),
    ]
    print()
    print(f"{'':40} {'µs/scenario':>12} {'× floor':>8}")
    for label, us in rows:
        print(f"{label:40} {us:12.2f} {us / floor:8.1f}")
    if disagreements:
        sys.exit(f"{disagreements} disagreement(s) with the baseline")

    if args.profile:
        profiler = cProfile.Profile()
        profiler.enable()
        stream()
        profiler.disable()
        pstats.Stats(profiler).sort_stats("tottime").print_stats(15)


if __name__ == "__main__":
    main()
