"""Drive the ``treatyrules`` command from another program through a subprocess.

This is how a tool written in any language embeds the library without importing it:
JSON in, JSON out, and the exit code for success (0), refused input (2) or a fault (1).
A process costs a few hundred milliseconds to start; a tool with many scenarios keeps one
``treatyrules evaluate --batch`` process open (:class:`Session`) and asks it one line at a
time, each answer costing a fraction of a millisecond.

    python examples/embedding/cli_from_python.py examples/embedding/scenario.json
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from types import TracebackType
from typing import IO, Any


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


class Session:
    """One ``treatyrules evaluate --batch`` process, kept open: a scenario a line in, its
    verdict (or the error record that refuses it) a line out, each answer read before the
    next question is sent."""

    def __init__(self, *, command: str = "treatyrules") -> None:
        self._process = subprocess.Popen(
            [command, "evaluate", "--batch"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            encoding="utf-8",
        )
        self._in: IO[str] = self._process.stdin  # type: ignore[assignment]
        self._out: IO[str] = self._process.stdout  # type: ignore[assignment]

    def verdict(self, scenario: dict[str, Any]) -> dict[str, Any]:
        """The Verdict JSON v1 of ``scenario``; :class:`Refused` names the field if refused."""
        self._in.write(json.dumps(scenario) + "\n")
        self._in.flush()
        answer: dict[str, Any] = json.loads(self._out.readline())
        if "error" in answer and "index" in answer:  # an error record, not a verdict
            error = answer["error"]
            raise Refused(f"{error['path']}: {error['message']}".lstrip(": "))
        return answer

    def close(self) -> int:
        """End the batch: the command's exit code (2 if any scenario was refused)."""
        self._in.close()
        self._out.close()
        return self._process.wait()

    def __enter__(self) -> Session:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python examples/embedding/cli_from_python.py SCENARIO.json")
    scenario = json.loads(Path(sys.argv[1]).read_text())
    try:
        verdict = verdict_via_cli(scenario)
    except Refused as refused:
        sys.exit(f"refused: {refused}")
    print(
        verdict["status"], verdict["withdrawal"]["effective_date"] if verdict["withdrawal"] else "-"
    )
