"""Benchmark of the bundled depositary records: every State's status on a date, and every
State's whole timeline (median of ``--repeat`` runs, in microseconds).

    python bench/records.py              # 9 repeats
    python bench/records.py --repeat 25

It is a script, not a test: timing never decides a test here. What the figures grow
with:

- the status of every State on one date grows with the number of States; the first
  reading builds each State's history (cost: its instruments), later readings on
  any date reuse it;
- a timeline grows with the number of days on which the State's status may change
  (its instruments), not with the number of days it covers: it reads the status
  once per change date;
- the party count over time grows with the total number of intervals of all States.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import time
from collections.abc import Callable
from datetime import date, timedelta

from _shared import use_floor

from treatyrules.records import Records, bundled, load
from treatyrules.records.loader import folder as records_folder
from treatyrules.records.loader import read
from treatyrules.records.periods import intervals

ON = date(2026, 3, 1)
WEEKS = [date(1997, 1, 1) + timedelta(weeks=k) for k in range(1000)]
"""1,000 dates, a week apart, from 1997-01-01 into 2016: counts over time read this way."""


def floor_us() -> float:
    """The shared floor (../shared/bench): µs per scenario of the hand-written baseline."""
    use_floor()
    import baseline
    import scenarios

    tuples = [t for t, _ in scenarios.generate(20_000)]
    return timed(lambda: baseline.evaluate_many(tuples), 5) / len(tuples) * 1e6


def timed(fn: Callable[[], object], repeat: int, number: int = 1) -> float:
    """Median seconds per call of ``repeat`` runs of ``number`` calls of ``fn`` (a full
    collection before each run). Small calls are timed in loops: one call is too short
    for the clock."""
    runs = []
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        for _ in range(number):
            fn()
        runs.append((time.perf_counter() - start) / number)
    return statistics.median(runs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=9)
    args = parser.parse_args()
    repeat = args.repeat

    records = load("APMBC")
    states = [r.state for r in records]
    n = len(states)
    warm = bundled()
    warm.counts(ON)  # build every history once
    folder = records_folder("APMBC")

    def fresh() -> Records:
        return Records(records, treaty="APMBC")

    def fresh_timelines() -> object:
        book = fresh()
        return [book.timeline(s) for s in states]

    rows: list[tuple[str, float, str]] = [
        ("read and validate the three CSV files", timed(lambda: read(folder, "APMBC"), repeat), ""),
        (
            "status of every State on one date, first reading (histories built)",
            timed(lambda: fresh().report(ON), repeat),
            f"{n} verdicts",
        ),
        (
            "status of every State on one date, histories kept",
            timed(lambda: warm.report(ON), repeat),
            f"{n} verdicts",
        ),
        (
            "counts on one date, histories kept",
            timed(lambda: warm.counts(ON), repeat),
            f"{n} status reads",
        ),
        (
            "counts on 1,000 dates (one a week from 1997), histories kept",
            timed(lambda: [warm.counts(day) for day in WEEKS], repeat),
            f"{n * len(WEEKS)} status reads",
        ),
        (
            "every State's whole timeline, histories kept",
            timed(lambda: [warm.timeline(s) for s in states], repeat),
            f"{n} timelines",
        ),
        (
            "every State's whole timeline, first reading",
            timed(fresh_timelines, repeat),
            f"{n} timelines",
        ),
        (
            "the party count over time (from the timelines), histories kept",
            timed(warm.party_count, repeat),
            f"{len(warm.party_count())} steps",
        ),
    ]
    floor = floor_us()
    print(f"treatyrules records benchmark: {n} States, median of {repeat} runs")
    print(f"the shared floor: {floor:.2f} µs per scenario\n")
    print(f"{'':70} {'total µs':>10} {'µs/State':>9} {'× floor':>8}")
    for label, seconds, note in rows:
        per = seconds * 1e6 / n
        print(f"{label:70} {seconds * 1e6:10.0f} {per:9.1f} {per / floor:8.1f}  {note}")

    pol = warm.history("POL")
    days = [date.fromordinal(o) for o in range(date(1997, 1, 1).toordinal(), ON.toordinal())]
    scan = timed(lambda: [pol.status_on(day) for day in days], repeat)
    print(
        f"\nfor comparison, Poland read day by day from 1997 ({len(days)} days):"
        f" {scan * 1e6:.0f} µs; its timeline: {timed(lambda: intervals(pol), repeat, 50) * 1e6:.1f} µs"
    )

    # A timeline's cost follows the State's change dates, not the years it spans.
    by_changes: dict[int, list[float]] = {}
    for state in states:
        history = warm.history(state)
        cost = timed(lambda h=history: intervals(h), repeat, number=50)  # type: ignore[misc]
        by_changes.setdefault(len(history.change_dates()), []).append(cost)
    print("\none State's timeline, by the number of days its status may change:")
    print(f"{'change dates':>12} {'States':>7} {'median µs':>10}")
    for changes, costs in sorted(by_changes.items()):
        print(f"{changes:12} {len(costs):7} {statistics.median(costs) * 1e6:10.1f}")


if __name__ == "__main__":
    main()
