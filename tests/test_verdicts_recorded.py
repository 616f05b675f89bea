"""The verdicts on a corpus of situations are those recorded: a change is noticed, and reviewed.

The corpus is the battery of ``tests/test_declared_values.py`` for every treaty (deposits
on the treaty's own dates, withdrawals with each recipient missing, conflicts engaged at
notification or at expiry, with the markers the exceptions await), the examples, and
generated scenarios. For each, ``tests/verdicts_recorded.json`` holds two digests:

- its *decisions* -- status, entry into force, the withdrawal's dates, outcome and the
  conflicts that defer it, each act's outcome, each deadline's due day and outcome;
- its whole verdict as JSON, reasons included.

Mutation testing showed that the hand-written tests leave many branches of the rule
modules unchecked (``docs/reliability.md``); these digests check every one the corpus
reaches. A failure names the situation. If the change is intended -- a rule corrected,
a reason reworded -- review what changed and record the new digests:

    python tests/test_verdicts_recorded.py --update
"""

from __future__ import annotations

import hashlib
import json
import random
import sys
from functools import cache
from pathlib import Path
from typing import Any

import pytest

RECORDED = Path(__file__).with_name("verdicts_recorded.json")


@cache
def corpus() -> tuple[tuple[str, Any], ...]:
    """Each situation with a name: its treaty, its events and its conflicts, in short."""
    import fuzzing
    from test_declared_values import LIBRARY, battery

    found: list[tuple[str, Any]] = []
    for treaty in LIBRARY:
        for i, s in enumerate(battery(treaty)[::2]):
            events = ", ".join(f"{e.kind} {e.date}" for e in s.events)
            wars = (
                f"; {len(s.conflicts)} conflict(s) from {s.conflicts[0].start}"
                if s.conflicts
                else ""
            )
            found.append((f"{treaty} #{i}: {events}{wars}; read {s.as_of}", s))
    for i, doc in enumerate(fuzzing.examples()):
        found.append((f"example #{i}: {doc['state']} read {doc.get('as_of')}", doc))
    rng = random.Random(3)
    for i in range(1200):
        found.append((f"generated #{i}", fuzzing.valid(rng)))
    for i, (name, doc) in enumerate(list(found)[::2]):  # the same under other readings
        found.append((f"{name}, read otherwise", (doc, _readings(doc, i))))
    return tuple(found)


def _readings(doc: Any, seed: int) -> dict[str, Any]:
    """Options other than the defaults for the contested points of the scenario's treaty.

    Each point draws from its own generator (seeded by the situation and the point's key), so
    that a point added to a treaty does not change the options drawn for the others.
    """
    from treatyrules import registry
    from treatyrules.core.interpretation import get_point

    treaty = doc.treaty if hasattr(doc, "treaty") else doc["treaty"]
    chosen: dict[str, Any] = {}
    for key in registry.get(treaty).points:
        rng = random.Random(f"{seed}:{key}")
        point = get_point(key)
        options = [o for o in point.options if o != point.default]
        if point.number is not None:
            options.append(rng.choice([0, 100, 5000]))
        if options:
            chosen[key] = rng.choice(options)
    return chosen


def _evaluate(item: Any) -> Any:
    import treatyrules

    if isinstance(item, tuple):
        doc, readings = item
        return treatyrules.evaluate(doc, interpretation=readings)
    return treatyrules.evaluate(item)


def decisions(doc: Any) -> str:
    """What a verdict decides, as JSON text (or the name of the error it raises)."""
    try:
        v = _evaluate(doc)
    except Exception as exc:
        return type(exc).__name__
    w = v.withdrawal
    withdrawal = None
    if w is not None:
        withdrawal = [str(w.received), str(w.notice_expires), w.outcome, str(w.effective_date)]
        withdrawal += [str(w.revoked_on), *w.deferred_by]
    return json.dumps(
        {
            "status": v.status,
            "possible": v.possible_statuses,
            "eif": str(v.entry_into_force),
            "withdrawal": withdrawal,
            "acts": [[a.index, a.outcome] for a in v.acts],
            "deadlines": [[d.rule, str(d.due), d.outcome] for d in v.deadlines],
        }
    )


def verdict(doc: Any) -> str:
    """The whole verdict as JSON text, reasons included."""
    try:
        return _evaluate(doc).model_dump_json()
    except Exception as exc:
        return f"{type(exc).__name__}: {exc}"


def digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:16]


@cache
def recorded() -> dict[str, list[str]]:
    return json.loads(RECORDED.read_text())


def _differing(part: int, judge: Any) -> list[str]:
    return [
        name for name, doc in corpus() if digest(judge(doc)) != recorded().get(name, ["", ""])[part]
    ]


corpus()  # built on import: a mutation run forks its tests from a process that has it


def test_the_corpus_is_the_one_recorded():
    assert sorted(recorded()) == sorted(name for name, _ in corpus())


def test_the_decisions_on_every_situation_are_those_recorded():
    differing = _differing(0, decisions)
    assert not differing, f"{len(differing)} decisions changed, e.g. {differing[:3]}"


def test_the_reasons_on_every_situation_read_as_recorded():
    differing = _differing(1, verdict)
    assert not differing, (
        f"{len(differing)} verdicts read differently, e.g. {differing[:3]}; if intended,"
        " review them and run python tests/test_verdicts_recorded.py --update"
    )


if __name__ == "__main__" and sys.argv[1:] == ["--update"]:
    sys.path.insert(0, str(Path(__file__).parent))
    found = {name: [digest(decisions(doc)), digest(verdict(doc))] for name, doc in corpus()}
    RECORDED.write_text(json.dumps(found, indent=0, sort_keys=True) + "\n")
    print(f"{len(found)} situations recorded in {RECORDED.name}")
elif __name__ == "__main__":
    pytest.main([__file__, "-q", "--no-cov", "-o", "addopts="])
