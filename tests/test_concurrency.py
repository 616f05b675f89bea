"""Evaluation is pure: the same mixed scenarios give the same verdicts from 8 threads and from
process pools as in one thread, and no global state changes while they are evaluated.

The mix: the repository's examples, generated scenarios of every treaty (some with
conflicts and acts, some refused), and sensitivity and what-if questions on them.
"""

from __future__ import annotations

import multiprocessing
import pickle
import random
import sys
import threading
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from typing import Any

import fuzzing
import pytest

import treatyrules
from treatyrules import InputError, registry, what_if
from treatyrules.core import interpretation

MIX: list[tuple[str, Any]] = [("evaluate", doc) for doc in fuzzing.examples()]
_rng = random.Random(12)
MIX += [("evaluate", fuzzing.valid(_rng)) for _ in range(40)]


def _picklable(doc: Any) -> bool:
    """Whether a process pool can carry ``doc`` (a list 3,000 deep cannot be pickled)."""
    try:
        pickle.dumps(doc)
    except (RecursionError, TypeError):
        return False
    return True


_mutated = (fuzzing.mutate(_rng, fuzzing.valid(_rng)) for _ in range(30))
MIX += [("evaluate", doc) for doc in _mutated if _picklable(doc)]
MIX += [(question, doc) for question in ("sensitivity", "earliest", "flips") for _, doc in MIX[:8]]


def judged(item: tuple[str, Any]) -> str:
    """The answer to one item as text: the JSON of what it gives, or its error."""
    question, doc = item
    call = {
        "evaluate": treatyrules.evaluate,
        "sensitivity": treatyrules.sensitivity,
        "earliest": what_if.earliest_effect,
        "flips": lambda d: what_if.flips(d),
    }[question]
    try:
        found = call(doc)
    except InputError as exc:
        return f"{type(exc).__name__}: {exc}"
    if isinstance(found, tuple):
        return "[" + ",".join(f.model_dump_json() for f in found) + "]"
    return found.model_dump_json()


def global_state() -> dict[str, Any]:
    """What a evaluation must leave as it found it: the catalogues, the cached defaults, the
    interpreter's limits."""
    return {
        "points": {k: id(p) for k, p in interpretation._POINTS.items()},
        "treaties": {k: id(t) for k, t in registry._DECLARED.items()},
        "defaults": {t.id: dict(t._defaults) for t in registry.all_treaties()},
        "recursion_limit": sys.getrecursionlimit(),
        "int_max_str_digits": sys.get_int_max_str_digits(),
    }


@pytest.fixture(scope="module")
def serial() -> list[str]:
    return [judged(item) for item in MIX]


def test_the_mix_has_verdicts_errors_and_questions(serial):
    # The comparisons below could pass vacuously on a mix of errors only.
    assert sum(s.startswith("{") for s in serial) >= 30
    assert sum(s.startswith(("InputError", "NotModelledError")) for s in serial) >= 5
    assert {q for q, _ in MIX} == {"evaluate", "sensitivity", "earliest", "flips"}


def test_eight_threads_at_once_agree_with_serial_evaluation(serial):
    before = global_state()
    start = threading.Barrier(8)

    def in_a_thread(items: list[tuple[int, tuple[str, Any]]]) -> list[tuple[int, str]]:
        start.wait()  # all eight begin together, so their evaluations overlap
        return [(i, judged(item)) for i, item in items]

    shares = [list(enumerate(MIX))[k::8] for k in range(8)]
    with ThreadPoolExecutor(max_workers=8) as pool:
        results = dict(pair for share in pool.map(in_a_thread, shares) for pair in share)
    assert [results[i] for i in range(len(MIX))] == serial
    assert global_state() == before


@pytest.mark.parametrize("method", ["fork", "spawn"])
def test_a_process_pool_agrees_with_serial_evaluation(serial, method):
    context = multiprocessing.get_context(method)
    with ProcessPoolExecutor(max_workers=2, mp_context=context) as pool:
        assert list(pool.map(judged, MIX, chunksize=8)) == serial


def test_evaluation_changes_no_global_state(serial):
    # ``serial`` has already run the mix once (caches filled on first use); a second run
    # of everything, records included, must change nothing more.
    before = global_state()
    for item in MIX:
        judged(item)
    treatyrules.records.status("UKR", on="2026-01-01")
    treatyrules.records.bundled().amend("POL", events=[]).counts(on="2026-01-01")
    assert global_state() == before
