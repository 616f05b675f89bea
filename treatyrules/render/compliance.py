"""The monitor's table of Art. 4 and Art. 5 positions: ``text``, ``markdown``, ``csv`` or ``json``.

The States in violation on the date come first; a legend, the reasons behind each
``*`` (why a position is unknown, the reading or other source that decides it) and
the counts follow the table (in CSV, which is data only, they are left out: read them
from the JSON). A date read after the records' cut-off is said to be so.

>>> from treatyrules.records import bundled
>>> print(render(bundled().compliance(on="2026-12-01", states=["UKR", "POL", "AFG"]), "text"))
APMBC: compliance with Art. 4 and Art. 5 of 3 States on 2026-12-01 (records to 2025-12-05)
<BLANKLINE>
State  Status     Art. 4                                Art. 5                                        Extensions  Name
UKR    party      MISSED due 2010-06-01                 pending due 2033-12-01 (lapsed 2016-06-01) *  2           Ukraine
POL    withdrawn  met due 2017-06-01 (in 2016-04)       not applicable                                0           Poland
AFG    party      missed due 2007-03-01 (in 2007-10) *  pending due 2030-03-01                        3           Afghanistan
<BLANKLINE>
MISSED: past the deadline and not done (in violation); missed: done late (a past breach); (lapsed D): an earlier deadline D that passed before a later extension, a past breach whatever the current deadline's outcome; none reported: a State the Art. 5 data does not list (it lists every State reported to have mined areas), which is no finding that it has none; * see below.
Counts: each outcome counts the States whose current deadline has it (missed: in violation or done late; none reported apart); in violation counts those missed and not done; past breach those done late or with a lapsed deadline.
* UKR Art. 5: late_extension=breach_stands (the default) decides it: the later extension does not undo the lapse; with late_extension=cured it does
* AFG Art. 4: another source gives 2006, which would make it met (Landmine Monitor 2008: completed Oct 2007, after the 1 Mar 2007 deadline (used); the ISU page says 2006)
Read after the records' cut-off (2025-12-05): a later completion or extension is not in the data.
Counts on 2026-12-01 (States by their current deadline's outcome; in violation and past breach apart): Art. 4 met 1, missed 2, in violation 1, past breach 1; Art. 5 pending 2, not applicable 1, in violation 0, past breach 1; States in violation: 1 of 3
"""

from __future__ import annotations

import csv
import io

from ..records.compliance import ComplianceLine, ComplianceReport, Position
from . import TABLE_FORMATS as _TABLE_FORMATS

__all__ = ["LEGEND", "TABLE_FORMATS", "cell", "marked", "notes", "render", "stated", "summary"]

TABLE_FORMATS = _TABLE_FORMATS  # one list for every table (see render/__init__.py)
_HEAD = ("State", "Status", "Art. 4", "Art. 5", "Extensions", "Name")


def render(report: ComplianceReport, fmt: str = "text") -> str:
    """The report in ``fmt`` (one of :data:`TABLE_FORMATS`)."""
    if fmt == "json":
        return report.model_dump_json(indent=2)
    if fmt == "csv":
        return _csv(report)
    if fmt in ("text", "markdown"):
        return _table(report, fmt)
    raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(TABLE_FORMATS)}")


def cell(p: Position | None) -> str:
    """A position in a few words: the outcome (upper case when in violation), the due date
    and the completion as precisely as the sources give them, and any lapsed deadline."""
    if p is None:
        return "-"
    if p.none_reported:
        return "none reported"
    if p.outcome == "not_applicable":
        return "not applicable"
    outcome = p.outcome.replace("_", " ")
    if p.due_stated is not None:
        due = f"due by {p.due_stated}"
    else:
        due = "due date unknown" if p.due is None else f"due {p.due}"
    text = f"{outcome.upper() if p.in_violation else outcome} {due}"
    if p.completed is not None and p.first_completed is not None:
        # The original stock's destruction, then that of the stock found later.
        done = stated(p.completed.date, p.completed.precision)
        text += f" ({p.first_completed}; found later, {done})"
    elif p.completed is not None:
        text += f" ({stated(p.completed.date, p.completed.precision)})"
    if p.lapsed:
        text += f" (lapsed {', '.join(str(d) for d in p.lapsed)})"
    if p.lapses_unknown:
        text += f" (lapse unknown: {', '.join(p.lapses_unknown)})"
    return text


def marked(p: Position | None) -> str:
    """:func:`cell`, with a ``*`` where :func:`notes` lists a reason, a reading or another
    source's value below the table."""
    noted = p is not None and bool(p.reasons or p.readings or p.alternative or p.basis)
    return cell(p) + (" *" if noted else "")


def stated(value: str, precision: str) -> str:
    """A completion as precisely as the sources date it.

    >>> stated("2016-04", "month"), stated("2004-04-30", "by_report"), stated("2001", "approximate")
    ('in 2016-04', 'by 2004-04-30', 'c. 2001')
    """
    words = {
        "month": "in {}",
        "year": "in {}",
        "by_report": "by {}",
        "before": "before {}",
        "approximate": "c. {}",
        "announced": "by {}, announced",
    }
    return words.get(precision, "{}").format(value)


LEGEND = (  # two lines: what a cell says, then what the counts count
    "MISSED: past the deadline and not done (in violation); missed: done late (a past breach);"
    " (lapsed D): an earlier deadline D that passed before a later extension, a past breach"
    " whatever the current deadline's outcome; none reported: a State the Art. 5 data does not"
    " list (it lists every State reported to have mined areas), which is no finding that it has"
    " none; * see below.\nCounts: each outcome counts the States whose current deadline has it"
    " (missed: in violation or done late; none reported apart); in violation counts those"
    " missed and not done; past breach those done late or with a lapsed deadline."
)


def notes(report: ComplianceReport) -> list[str]:
    """One line per reason, contested reading or other source's value behind a ``*``."""
    found = []
    for line in report.states:
        for key, p in (("4", line.art_4), ("5", line.art_5)):
            if p is None:
                continue
            others = [x for x in (p.basis, p.alternative) if x]
            for said in (*p.reasons, *p.readings, *others):
                found.append(f"* {line.state} Art. {key}: {said}")
    return found


def _cells(line: ComplianceLine) -> tuple[str, ...]:
    name = line.name or "-"
    if line.unverified:
        name += f" [UNVERIFIED: {', '.join(line.unverified)}]"
    extensions = "-" if line.art_5 is None else str(line.art_5.extensions)
    return (
        line.state,
        line.status.replace("_", " "),
        marked(line.art_4),
        marked(line.art_5),
        extensions,
        name,
    )


def summary(report: ComplianceReport) -> str:
    """One line of counts per article (the current deadlines by outcome, then in violation and
    past breach: see :data:`LEGEND`), then the States in violation."""
    parts = []
    for key, counts in report.counts.items():
        if key == "states":
            continue
        listed = ", ".join(f"{k.replace('_', ' ')} {n}" for k, n in counts.items())
        parts.append(f"Art. {key.removeprefix('art_')} {listed}")
    states = report.counts["states"]
    return (
        f"Counts on {report.as_of} (States by their current deadline's outcome; in violation"
        f" and past breach apart): {'; '.join(parts)};"
        f" States in violation: {states['in_violation']} of {states['listed']}"
    )


def _late(report: ComplianceReport) -> list[str]:
    cutoff = report.records_as_of
    if cutoff is None or report.as_of <= cutoff:
        return []
    return [
        f"Read after the records' cut-off ({cutoff}): a later completion or extension is not"
        " in the data."
    ]


def _table(report: ComplianceReport, fmt: str) -> str:
    n = len(report.states)
    cutoff = "" if report.records_as_of is None else f" (records to {report.records_as_of})"
    title = (
        f"{report.treaty}: compliance with Art. 4 and Art. 5 of {n} State{'s' if n != 1 else ''}"
        f" on {report.as_of}{cutoff}"
    )
    rows = [_HEAD, *(_cells(x) for x in report.states)]
    if fmt == "markdown":
        lines = [f"**{title}**", "", "| " + " | ".join(_HEAD) + " |", "|---" * len(_HEAD) + "|"]
        lines += ["| " + " | ".join(c.replace("|", "\\|") for c in r) + " |" for r in rows[1:]]
    else:
        widths = [max(len(r[i]) for r in rows) for i in range(len(_HEAD) - 1)]
        lines = [title, ""]
        for r in rows:
            padded = (c.ljust(w) for c, w in zip(r[:-1], widths, strict=True))
            lines.append("  ".join((*padded, r[-1])))
    below = notes(report)
    if below and fmt == "markdown":
        below = ["", *below, ""]  # a list of its own, not the legend's paragraph
    return "\n".join([*lines, "", LEGEND, *below, *_late(report), summary(report)]) + "\n"


def _csv(report: ComplianceReport) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    head = ["state", "name", "status", "in_violation"]
    for article in ("art_4", "art_5"):
        head += [f"{article}_outcome", f"{article}_due", f"{article}_completed"]
        head += [f"{article}_precision", f"{article}_in_violation"]
    tail = ["art_5_extensions", "art_5_lapsed", "unverified", "records_as_of"]
    # Columns added later go last: a reader of the first ones is unchanged.
    tail += ["art_4_past_breach", "art_5_past_breach", "art_5_none_reported"]
    writer.writerow([*head, *tail])
    for x in report.states:
        row: list[object] = [x.state, x.name or "", x.status, x.in_violation]
        for p in (x.art_4, x.art_5):
            if p is None:
                row += ["", "", "", "", ""]
                continue
            done = p.completed
            row += [
                p.outcome,
                p.due or "",
                done.date if done else "",
                done.precision if done else "",
            ]
            row.append(p.in_violation)
        five = x.art_5
        row += [
            "" if five is None else five.extensions,
            "" if five is None else " ".join(str(d) for d in five.lapsed),
            " ".join(x.unverified),
            report.records_as_of or "",
            "" if x.art_4 is None else x.art_4.past_breach,
            "" if five is None else five.past_breach,
            "" if five is None else five.none_reported,
        ]
        writer.writerow(row)
    return out.getvalue()
