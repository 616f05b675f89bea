"""Drive the ``treatyrules`` command from another program through a subprocess.

This is how a tool written in any language embeds the library without importing it:
JSON in, JSON out, and the exit code for success (0), refused input (2) or a fault (1).

    python examples/embedding/cli_from_python.py examples/embedding/scenario.json
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any


class Refused(Exception):
    """The command refused the input; the message names the field."""


def verdict_via_cli(scenario: dict[str, Any], *, command: str = "treatyrules") -> dict[str, Any]:
    """The Verdict JSON v1 of ``scenario``, computed by the command line."""
    done = subprocess.run(
        [command, "evaluate", "-", "--format", "json"],
        input=json.dumps(scenario),
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode == 2:
        raise Refused(done.stderr.strip())
    if done.returncode != 0:
        raise RuntimeError(f"treatyrules failed: {done.stderr.strip()}")
    verdict: dict[str, Any] = json.loads(done.stdout)
    return verdict


if __name__ == "__main__":
    scenario = json.loads(Path(sys.argv[1]).read_text())
    verdict = verdict_via_cli(scenario)
    print(
        verdict["status"], verdict["withdrawal"]["effective_date"] if verdict["withdrawal"] else "-"
    )
