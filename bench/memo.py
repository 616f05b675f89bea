"""Benchmark: the prose renderings of a verdict against its JSON dump, and where the text memo's time goes.

For the verdicts of the shared bench scenarios it times, per verdict (minimum of ``--repeat``
runs, so that the noise of a shared machine counts least):

- ``verdict.model_dump_json()``, the yardstick of the issue's "≤ 2 × the JSON dump";
- the indented JSON the command line writes;
- the Markdown memo and the text memo (the command line's default output);
- the text memo's two parts: the paragraphs it fills, filled on their own (the same calls,
  recorded once), and the memo with filling replaced by indenting alone, which is what
  the memo would cost if filling were free.

    python bench/memo.py                 # 2 000 verdicts
    python bench/memo.py --n 500 --repeat 3

It is a script, not a test: timing never decides a test here.
"""

from __future__ import annotations

import argparse
import timeit
from collections.abc import Callable
from typing import Any

from _shared import use_floor

use_floor()

import scenarios as shared_scenarios  # noqa: E402

import treatyrules  # noqa: E402
from treatyrules.render import markdown, text  # noqa: E402
from treatyrules.render.fill import fill  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=2_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    verdicts = [treatyrules.evaluate(d) for _, d in shared_scenarios.generate(args.n)]

    def per(fn: Callable[[Any], object], items: list[Any] | None = None) -> float:
        items = verdicts if items is None else items
        runs = timeit.repeat(lambda: [fn(x) for x in items], number=1, repeat=args.repeat)
        return min(runs) / args.n * 1e6

    # The paragraphs the text memo fills, recorded from the memos themselves.
    calls: list[tuple[str, int, str, str]] = []

    def record(body: str, width: int, first: str = "", rest: str = "") -> str:
        calls.append((body, width, first, rest))
        return fill(body, width, first, rest)

    def indent_only(body: str, width: int, first: str = "", rest: str = "") -> str:
        return first + body

    original = text.fill
    try:
        text.fill = record  # type: ignore[assignment]
        for v in verdicts:
            text.render(v)
        text.fill = indent_only  # type: ignore[assignment]
        unfilled = per(text.render)
    finally:
        text.fill = original  # type: ignore[assignment]

    dump = per(lambda v: v.model_dump_json())
    rows = [
        ("verdict.model_dump_json()", dump),
        ("the CLI's indented JSON", per(lambda v: v.model_dump_json(indent=2))),
        ("Markdown memo", per(markdown.render)),
        ("text memo", per(text.render)),
        ("  of which: filling its paragraphs", per(lambda c: fill(*c), calls)),
        ("  the memo with filling free", unfilled),
    ]
    print(
        f"{args.n} verdicts, {len(calls) / args.n:.1f} paragraphs a text memo,"
        f" minimum of {args.repeat} runs"
    )
    print(f"{'':36} {'µs/verdict':>11} {'× JSON dump':>12}")
    for label, us in rows:
        print(f"{label:36} {us:11.1f} {us / dump:12.2f}")


if __name__ == "__main__":
    main()
