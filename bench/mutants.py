"""Sort the mutants mutmut left alive: those that change a decision, and those that do not.

    HYPOTHESIS_PROFILE=mutation nice -n 15 mutmut run --max-children 2   # first (docs/reliability.md)
    python bench/mutants.py              # then: each survivor judged on a corpus
    python bench/mutants.py --limit 20   # the first 20 only

A surviving mutant the tests miss is either a gap in the tests or a change nothing
can observe. This script runs each survivor (mutmut's ``MUTANT_UNDER_TEST``, in the
``mutants/`` copy) over a corpus -- the battery of ``tests/test_declared_values.py``
for every treaty, the repository's examples and generated scenarios -- and compares
each verdict's *decisions* with those of the unmutated code: status, entry into
force, the withdrawal's dates, outcome and deferring conflicts, each act's outcome,
each deadline's due day and outcome. A survivor that changes a decision is printed
with the first scenario that shows it (a test to write); one that changes none on
the corpus changes only the words of a reason, or nothing (an equivalent mutant,
listed in ``docs/reliability.md``). Mutants of code that runs while the treaties are
declared (``__post_init__``) are judged in a fresh process each.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
MUTANTS = ROOT / "mutants"


def scores() -> dict[str, tuple[int, int]]:
    """Per module mutated: (killed, tested), from mutmut's results in ``mutants/``."""
    found: dict[str, tuple[int, int]] = {}
    for meta in sorted(MUTANTS.rglob("*.py.meta")):
        from mutmut.stats import status_by_exit_code

        codes = json.loads(meta.read_text())["exit_code_by_key"].values()
        statuses = [status_by_exit_code[c] for c in codes if c is not None]
        tested = [s for s in statuses if s not in ("skipped", "check was interrupted by user")]
        killed = sum(s in ("killed", "timeout", "caught by type check") for s in tested)
        found[str(meta.relative_to(MUTANTS))[: -len(".meta")]] = (killed, len(tested))
    return found


def survivors() -> list[str]:
    out = subprocess.run(
        [sys.executable, "-m", "mutmut", "results"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    ).stdout
    return [line.split(":")[0].strip() for line in out.splitlines() if "survived" in line]


def corpus() -> list[Any]:
    sys.path[:0] = [str(MUTANTS), str(ROOT / "tests")]
    import fuzzing
    from test_declared_values import LIBRARY, battery

    found: list[Any] = [s for t in LIBRARY for s in battery(t)[::2]]
    rng = random.Random(3)
    found += list(fuzzing.examples()) + [fuzzing.valid(rng) for _ in range(1200)]
    return found


def decisions(doc: Any) -> str:
    import treatyrules

    try:
        v = treatyrules.evaluate(doc)
    except Exception as exc:
        return type(exc).__name__
    w = v.withdrawal
    return json.dumps(
        {
            "status": v.status,
            "possible": v.possible_statuses,
            "eif": str(v.entry_into_force),
            "withdrawal": None
            if w is None
            else [
                str(w.received),
                str(w.notice_expires),
                w.outcome,
                str(w.effective_date),
                str(w.revoked_on),
                list(w.deferred_by),
            ],
            "acts": [[a.index, a.outcome] for a in v.acts],
            "deadlines": [[d.rule, str(d.due), d.outcome] for d in v.deadlines],
        }
    )


def judge(names: list[str], docs: list[Any], before: list[str]) -> dict[str, str]:
    """Each mutant's verdict: "decides: <scenario>" or "words only"."""
    found = {}
    for name in names:
        os.environ["MUTANT_UNDER_TEST"] = name
        found[name] = _compare(docs, [decisions(d) for d in docs], before)
        print(f"{name}: {found[name][:200]}", flush=True)
    os.environ["MUTANT_UNDER_TEST"] = ""
    return found


def _compare(docs: list[Any], after: list[str], before: list[str]) -> str:
    for doc, now, expected in zip(docs, after, before, strict=True):
        if now != expected:
            shown = doc.model_dump_json() if hasattr(doc, "model_dump_json") else json.dumps(doc)
            return f"decides: {shown[:600]}"
    return "words only"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--shard", default="0/1", help="K/N: every N-th survivor from the K-th")
    parser.add_argument("--score", action="store_true", help="the score per module, and stop")
    parser.add_argument("--one", help="print the corpus's decisions under this mutant")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "mutants.json")
    args = parser.parse_args()
    if args.score:
        total = [0, 0]
        for module, (killed, tested) in scores().items():
            total = [total[0] + killed, total[1] + tested]
            print(f"{module:<40} {killed:>5} / {tested:<5} {100 * killed / max(tested, 1):5.1f} %")
        print(
            f"{'all':<40} {total[0]:>5} / {total[1]:<5} {100 * total[0] / max(total[1], 1):5.1f} %"
        )
        return
    if args.one:  # run under MUTANT_UNDER_TEST from the start: the corpus's decisions
        print(json.dumps([decisions(d) for d in corpus()]))
        return
    k, n = (int(x) for x in args.shard.split("/"))
    names = survivors()[: args.limit][k::n]
    docs = corpus()
    os.environ["MUTANT_UNDER_TEST"] = ""
    before = [decisions(d) for d in docs]
    at_import = [n for n in names if "__post_init__" in n]
    found = judge([n for n in names if n not in at_import], docs, before)
    for name in at_import:  # the declarations are built on import: a process each
        env = {**os.environ, "MUTANT_UNDER_TEST": name}
        out = subprocess.run(
            [sys.executable, __file__, "--one", name],
            cwd=MUTANTS,
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        try:
            found[name] = _compare(docs, json.loads(out.stdout.strip().splitlines()[-1]), before)
        except (json.JSONDecodeError, IndexError):
            found[name] = f"decides: the declarations fail ({out.stderr.strip()[-200:]})"
        print(f"{name}: {found[name][:200]}", flush=True)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(found, indent=1) + "\n")
    deciding = sum(v.startswith("decides") for v in found.values())
    print(f"{len(found)} survivors: {deciding} change a decision, {len(found) - deciding} do not")


if __name__ == "__main__":
    main()
