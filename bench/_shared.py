"""Where the benchmarks find the shared floor (the hand-written baseline and its scenarios):
``shared/bench`` beside this checkout, or under ``TREATYRULES_SHARED``.

Without it a benchmark stops with one line saying where it looked, not a traceback.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

SHARED = Path(os.environ.get("TREATYRULES_SHARED", Path(__file__).resolve().parents[2] / "shared"))


def use_floor() -> Path:
    """Put the shared floor on the import path (``baseline``, ``scenarios``); its folder."""
    bench = SHARED / "bench"
    if not (bench / "baseline.py").is_file() or not (bench / "scenarios.py").is_file():
        sys.exit(
            f"bench: the shared floor is not at {bench}: put the project's shared/ folder beside"
            " this checkout, or set TREATYRULES_SHARED to it"
        )
    if str(bench) not in sys.path:
        sys.path.insert(0, str(bench))
    return bench
