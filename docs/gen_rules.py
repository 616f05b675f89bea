"""Generate the pages of docs/ that come from the code: the rule reference, the contested
questions, and the JSON Schemas of the contracts.

python docs/gen_rules.py          # rewrite both files
python docs/gen_rules.py --check  # exit 1 if either is out of date (used by the tests)
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from treatyrules import treaties
from treatyrules.cli import build_parser
from treatyrules.core.interpretation import get_point
from treatyrules.schemas import scenario_schema, verdict_schema

DOCS = Path(__file__).parent


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def rules_index() -> str:
    out = [
        "# Rule reference",
        "",
        "Generated from the code by `python docs/gen_rules.py`; do not edit by hand.",
        "Each rule carries its eid (Akoma Ntoso style), its citation, a paraphrase in the project's",
        "own words and the source its text was checked against; each treaty has its own page. Find a",
        "rule's code with `grep -rn '<eid>' treatyrules/`, and which rule defeats which with",
        "`treatyrules rules --treaty ID --exceptions`.",
        "",
        "| treaty | title | rules |",
        "|---|---|---|",
    ]
    for treaty in treaties.all():
        out.append(
            f"| [{treaty.id}](rules/{treaty.id}.md) | {_cell(treaty.title)} | {len(treaty.rules)} |"
        )
    return "\n".join(out) + "\n"


def rules_page(treaty_id: str) -> Callable[[], str]:
    def build() -> str:
        treaty = treaties.get(treaty_id)
        out = [
            f"# {treaty.id}: {treaty.title}",
            "",
            "Generated from the code by `python docs/gen_rules.py`; do not edit by hand.",
            "",
            "| eid | citation | rule | paraphrase | consults | source |",
            "|---|---|---|---|---|---|",
        ]
        for r in treaty.rules:
            defeats = getattr(r, "defeats", None)
            title = r.title + (f" (exception to `{defeats.eid}`)" if defeats is not None else "")
            consults = ", ".join(f"`{k}`" for k in r.consults)
            out.append(
                f"| `{r.eid}` | {_cell(r.citation)} | {_cell(title)} | {_cell(r.paraphrase)}"
                f" | {consults} | {_cell(r.source)} |"
            )
        return "\n".join(out) + "\n"

    return build


def points_page() -> str:
    out = [
        "# Contested questions",
        "",
        "Where lawyers disagree on how a provision reads, the library does not choose silently. Each",
        "contested question is an *interpretation point* with named options and a default; every",
        "verdict lists the points its rules consulted, and `--interpret KEY=VALUE` (or",
        "`interpretation={...}` in Python) chooses another option.",
        "",
        "A point is consulted only where its options could disagree on the facts: a plain",
        "international armed conflict to which the State is a party engages it under every reading of",
        "`armed_conflict_scope`, so that point is not listed for it. `treatyrules sensitivity FILE`",
        "evaluates the scenario under every combination of the points consulted and names the",
        "*decisive* ones: those whose choice alone changes the status, a date, whether the State is",
        "bound (a claimed suspension can release a party), or an act's or a deadline's outcome. A",
        "verdict's conclusion says when it rests on a contested reading, naming the point and what",
        "each other reading gives. A decisive point that matters only because a fact is missing (a",
        "notice whose recipients or reasons the scenario does not give) is listed with those facts",
        "under `hinges_on` in the sensitivity report: its other readings say what follows if the facts",
        "turn out against the instrument, not that a defect is on record. What-if answers name the",
        "reading that dates them in the same way.",
        "",
        "Unknown facts are the other half of the picture. A field left `null` is unknown; the verdict",
        "names it under `unknowns` and says whether it is decisive. Where it decides whether the",
        "armed-conflict deferral applies, the withdrawal's outcome and the status are `indeterminate`,",
        "and `possible_statuses` lists what the status may be. A conflict's `end: null` means it is",
        "ongoing; `end_unknown: true` says the facts do not know whether or when it ended (a recorded",
        "ceasefire does not make the end known), so a deferral that waits for it is `indeterminate`.",
        "",
        "Generated from the code by `python docs/gen_rules.py`; do not edit by hand.",
    ]
    keys: list[str] = []
    for treaty in treaties.all():
        keys += [k for k in treaty.points if k not in keys]
    for key in keys:
        p = get_point(key)
        out += ["", f"## `{p.key}`", "", p.question, ""]
        for name, meaning in p.options.items():
            marker = " **(default)**" if name == p.default else ""
            out.append(f"- `{name}`{marker}: {meaning}")
        if p.number:
            out.append(f"- a number: {p.number}")
        out += ["", f"Why the default: {p.rationale}", "", "Sources:", ""]
        out += [f"- {s}" for s in p.sources]
        users = [t.id for t in treaties.all() if key in t.points]
        rules = sorted({r.eid for t in treaties.all() for r in t.rules if key in r.consults})
        out += [
            "",
            f"Used by: {', '.join(users)}; consulted by {', '.join(f'`{e}`' for e in rules)}.",
        ]
    return "\n".join(out) + "\n"


def cli_page() -> str:
    # argparse wraps help to the terminal's width: fix it, so the page is the same everywhere.
    os.environ["COLUMNS"] = "100"
    parser = build_parser()
    out = [
        "# Command line",
        "",
        "Generated from the command's own help by `python docs/gen_rules.py`; do not edit by hand.",
        "",
        "Exit codes: 0 on success (also when a reader closes the pipe early); 2 on input that",
        "cannot be processed (invalid JSON or field, a key given twice, a missing or unreadable",
        "file, a document over the limits), with one line per problem on standard error naming the",
        "field by its path (`events[2].date`) and nothing on standard output; 3 when a case of",
        "`treatyrules test` fails; 74 when the output cannot be written; 1 on an internal error (a",
        "bug), with one line and no traceback unless `--debug`. `evaluate --batch` writes a line",
        "per input line, an error record in place of each refused one, and exits 2 at the end if",
        "any was refused. See [Contracts](../contracts.md).",
        "",
        "```text",
        parser.format_help().rstrip(),
        "```",
        *_examples(),
    ]
    subparsers = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction")
    for name, sub in subparsers.choices.items():  # type: ignore[attr-defined]
        out += ["", f"## `treatyrules {name}`", "", "```text", sub.format_help().rstrip(), "```"]
    return "\n".join(out) + "\n"


PICTURED = date(2026, 12, 1)
"""The day the published timeline picture marks as today (fixed, so the page is reproducible)."""


def _timeline_svg() -> str:
    from treatyrules import records
    from treatyrules.render import timeline_svg

    return timeline_svg.draw(records.bundled(), today=PICTURED)


EXAMPLES = (
    ("status", "POL", "FIN", "UKR", "USA", "--on", "2026-01-15"),
    ("evaluate", "examples/poland-2025.json", "--as-of", "2026-03-01"),
    ("rules", "--treaty", "APMBC", "--exceptions"),
    ("compliance", "UKR", "POL", "--on", "2026-12-01"),
    ("status", "HUN", "ZAF", "--treaty", "ICC", "--on", "2026-06-01"),
)
"""Commands the CLI page shows with their real output (each with its date fixed)."""


def _examples() -> list[str]:
    import contextlib
    import io

    from treatyrules.cli import main as cli

    out = ["", "## Examples", ""]
    for args in EXAMPLES:
        buffer = io.StringIO()
        with contextlib.redirect_stdout(buffer):
            cli(list(args))
        out += [
            "```console",
            f"$ treatyrules {' '.join(args)}",
            buffer.getvalue().rstrip(),
            "```",
            "",
        ]
    return out


def _schema(build: Callable[[], dict[str, Any]]) -> Callable[[], str]:
    return lambda: json.dumps(build(), indent=2) + "\n"


def _openapi() -> str:
    from treatyrules.service import create_app

    return json.dumps(create_app().openapi(), indent=2) + "\n"


PAGES: dict[str, Callable[[], str]] = {
    "rules.md": rules_index,
    **{f"rules/{t}.md": rules_page(t) for t in treaties.KNOWN},
    "contested-questions.md": points_page,
    "reference/cli.md": cli_page,
    "schemas/scenario.v1.json": _schema(scenario_schema),
    "schemas/verdict.v1.json": _schema(verdict_schema),
    "reference/openapi.json": _openapi,
    "timeline.svg": _timeline_svg,
}


def main(argv: list[str]) -> int:
    stale = []
    for name, build in PAGES.items():
        path = DOCS / name
        text = build()
        if "--check" in argv:
            if not path.exists() or path.read_text() != text:
                stale.append(name)
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text)
    if stale:
        print(f"out of date: {', '.join(stale)} (run python docs/gen_rules.py)", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
