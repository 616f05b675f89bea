"""Benchmark: the wall time of the command line and of the import, as ratios to a bare start.

Each round runs, one after the other, a bare ``python -c pass``, ``python -c "import
treatyrules"``, ``treatyrules --version``, ``treatyrules status`` and ``treatyrules evaluate``
of one example file, each as a fresh process; the figures are the medians over the rounds, and
each ratio is to the bare start's median of the same run (the machine is shared and noisy).

One more row is not the library's: the smallest program that validates anything with pydantic
(one model of two fields, one dict). ``treatyrules evaluate`` validates its input with pydantic,
so that row is the least it can cost while pydantic is the runtime: the floor under its target.

    python bench/cli.py                 # 15 rounds
    python bench/cli.py --rounds 30

The bytecode is compiled first (``compileall``), as a wheel's installer does: without it each
run would measure the compiler. It is a script, not a test: timing never decides a test here.
"""

from __future__ import annotations

import argparse
import compileall
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "poland-2025.json"
# The least a pydantic validation costs a fresh process: import, one model class, one dict.
_ONE_MODEL = (
    "import datetime, pydantic\n"
    "class M(pydantic.BaseModel):\n"
    "    x: int\n"
    "    d: datetime.date\n"
    "M.model_validate({'x': 1, 'd': '2025-08-20'})"
)


def _command() -> list[str]:
    """The console script beside this interpreter, else ``python -m treatyrules``."""
    script = Path(sys.executable).with_name("treatyrules")
    return [str(script)] if script.exists() else [sys.executable, "-m", "treatyrules"]


def _wall(argv: list[str]) -> float:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    start = time.perf_counter()
    subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, env=env)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=15)
    args = parser.parse_args()
    compileall.compile_dir(ROOT / "treatyrules", quiet=1)
    cli = _command()
    cases = {
        "python -c pass": [sys.executable, "-c", "pass"],
        "import treatyrules": [sys.executable, "-c", "import treatyrules"],
        "treatyrules --version": [*cli, "--version"],
        "treatyrules status": [*cli, "status", "--on", "2026-03-01"],
        "treatyrules evaluate FILE": [*cli, "evaluate", str(EXAMPLE)],
        "pydantic, one model": [sys.executable, "-c", _ONE_MODEL],
    }
    targets = {"import treatyrules": 4, "treatyrules --version": 3}
    targets |= {"treatyrules status": 10, "treatyrules evaluate FILE": 12}
    runs: dict[str, list[float]] = {name: [] for name in cases}
    for _ in range(args.rounds):
        for name, argv in cases.items():
            runs[name].append(_wall(argv))
    bare = statistics.median(runs["python -c pass"])
    print(f"Python {sys.version.split()[0]}, median of {args.rounds} rounds")
    print(f"{'':28} {'ms':>8} {'× bare':>8} {'target':>8}")
    for name, times in runs.items():
        ms = statistics.median(times) * 1e3
        target = f"≤ {targets[name]} ×" if name in targets else ""
        print(f"{name:28} {ms:8.1f} {ms / 1e3 / bare:8.1f} {target:>8}")


if __name__ == "__main__":
    main()
