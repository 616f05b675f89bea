"""Evaluate scenarios on an existing distributed engine: a Dask bag.

Dask ships the function and the scenarios to its workers and collects the
verdicts, which pickle; nothing else is needed because evaluation is pure.
Install the optional extra: ``pip install 'treatyrules[dask]'``.

    python examples/embedding/dask_bag.py
"""

from __future__ import annotations

from typing import Any

import dask.bag as db

import treatyrules


def evaluate_with_dask(
    scenarios: list[dict[str, Any]], *, scheduler: str = "processes", partitions: int = 4
) -> list[treatyrules.Verdict]:
    """The verdicts of ``scenarios``, in order, computed by Dask."""
    bag = db.from_sequence(scenarios, npartitions=partitions).map(treatyrules.evaluate)
    verdicts: list[treatyrules.Verdict] = bag.compute(scheduler=scheduler)
    return verdicts


if __name__ == "__main__":
    from process_pool import sample

    print({v.status for v in evaluate_with_dask(sample(2000))})
