"""A verdict as Markdown: for a report, an issue tracker or a docassemble interview."""

from __future__ import annotations

from ..core.verdict import Verdict
from ._memo import dates, interpretations, note, numbered, outcome_label, status_label, title

__all__ = ["render"]


def _cell(text: object) -> str:
    return str(text).replace("|", "\\|")


def render(v: Verdict) -> str:
    out = [f"# {title(v)}", ""]
    if v.note is not None:
        out += [f"> {note(v)}", ""]
    out.append(f"**Conclusion: {status_label(v)}.** {v.conclusion}")
    if v.possible_statuses:
        out.append(f"Possible statuses: {', '.join(v.possible_statuses)}.")
    rows = dates(v)
    if rows:
        out += ["", "| | Date |", "|---|---|"]
        out += [f"| {_cell(label)} | {_cell(value)} |" for label, value in rows]
    if v.deadlines:
        out += ["", "## Deadlines", "", "| Deadline | Due | Outcome | |", "|---|---|---|---|"]
        out += [
            f"| {_cell(d.title)} ({_cell(d.citation)}) | {d.due or ''} | {d.outcome} |"
            f" {_cell(d.explanation)} |"
            for d in v.deadlines
        ]
    if v.acts:
        out += ["", "## Acts", ""]
        for act in v.acts:
            out.append(
                f"- **[{act.index}] {act.kind} on {act.date}: {act.outcome.replace('_', ' ')}**"
                f" ({act.citation}). {act.explanation}"
            )
    out += ["", "## Reasons", ""]
    for _number, depth, f in numbered(v.findings):
        out.append(
            f"{'   ' * depth}1. **{f.citation}** *({outcome_label(f, v.treaty)})*. {f.explanation}"
        )
    for act in v.acts:
        if act.findings:
            out += ["", f"### Reasons for act [{act.index}] ({act.kind} on {act.date})", ""]
            for _number, depth, f in numbered(act.findings):
                out.append(
                    f"{'   ' * depth}1. **{f.citation}** *({outcome_label(f, v.treaty)})*. {f.explanation}"
                )
    out += ["", "## Interpretations applied", ""]
    rows3 = interpretations(v)
    out += [f"- `{k}` = `{val}`: {meaning}" for k, val, meaning in rows3] or ["- none consulted"]
    out += ["", "## Unknown facts", ""]
    out += [
        f"- `{u.fact}`, needed by `{u.affects}` ({'decisive' if u.decisive else 'not decisive'})"
        for u in v.unknowns
    ] or ["- none"]
    return "\n".join(out) + "\n"
