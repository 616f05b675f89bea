"""A verdict as a short memo for a terminal: conclusion first, then numbered reasons."""

from __future__ import annotations

from ..core.verdict import Verdict
from ._memo import dates, interpretations, note, numbered, outcome_label, status_label, title
from .fill import fill

__all__ = ["render"]

WIDTH = 100


def render(v: Verdict, columns: int = WIDTH) -> str:
    """The memo, its paragraphs filled to ``columns`` (the command line passes the
    terminal's; files and pipes get the stable 100)."""

    def _wrap(text: str, indent: str, hanging: str) -> str:
        return fill(text, columns, indent, hanging)  # textwrap.fill, faster (see fill.py)

    lines = [title(v), ""]
    if v.note is not None:
        lines += [_wrap(note(v) or "", "", "  "), ""]
    status = status_label(v).upper()
    lines.append(_wrap(f"Conclusion: {status}. {v.conclusion}", "", "  "))
    if v.possible_statuses:
        lines.append(f"  Possible statuses: {', '.join(v.possible_statuses)}")
    rows = dates(v)
    if rows:
        lines += ["", "Dates"]
        width = max(len(label) for label, _ in rows)
        lines += [
            _wrap(f"{label.ljust(width)}  {value}", "  ", " " * (width + 4))
            for label, value in rows
        ]
    if v.deadlines:
        lines += ["", "Deadlines"]
        for dl in v.deadlines:
            head = f"{dl.title} ({dl.citation}): {dl.outcome.replace('_', ' ').upper()}."
            lines.append(_wrap(f"{head} {dl.explanation}", "  ", "    "))
    if v.acts:
        lines += ["", "Acts"]
        for act in v.acts:
            head = (
                f"[{act.index}] {act.kind} on {act.date}: {act.outcome.replace('_', ' ').upper()}"
            )
            lines.append(_wrap(f"{head} ({act.citation}). {act.explanation}", "  ", "      "))
    lines += ["", "Reasons"]
    for number, depth, f in numbered(v.findings):
        indent = "  " + "   " * depth
        head = f"{number}. {f.citation} [{outcome_label(f, v.treaty)}]"
        lines.append(_wrap(f"{head} {f.explanation}", indent, indent + " " * (len(number) + 2)))
    for act in v.acts:
        if act.findings:
            lines += ["", f"Reasons for act [{act.index}] ({act.kind} on {act.date})"]
            for number, depth, f in numbered(act.findings):
                indent = "  " + "   " * depth
                head = f"{number}. {f.citation} [{outcome_label(f, v.treaty)}]"
                lines.append(
                    _wrap(f"{head} {f.explanation}", indent, indent + " " * (len(number) + 2))
                )
    lines += ["", "Interpretations applied"]
    rows3 = interpretations(v)
    if not rows3:
        lines.append("  none consulted")
    for key, value, meaning in rows3:
        lines.append(_wrap(f"{key} = {value}: {meaning}", "  ", "    "))
    lines += ["", "Unknown facts"]
    if not v.unknowns:
        lines.append("  none")
    for u in v.unknowns:
        decisive = "decisive" if u.decisive else "not decisive"
        lines.append(f"  {u.fact} (needed by {u.affects}; {decisive})")
    return "\n".join(lines) + "\n"
