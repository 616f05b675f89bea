"""The status of many States as a table: ``text``, ``markdown``, ``csv`` or ``json``.

The text and Markdown tables are followed by one summary line of counts; the CSV
holds data rows only, which every spreadsheet reader takes as they are. What the columns cannot show -- a claimed
suspension, which changes no status, or a contested reading that would change a
line -- follows the text and Markdown tables as a note (the verdict's conclusion,
with the readings that bear on the line), and fills the CSV's ``note`` column and
the JSON's ``note`` and ``rests_on`` fields.

>>> from treatyrules.records import bundled
>>> report = bundled().report(on="2026-03-01", states=["POL", "UKR", "USA"])
>>> print(render(report, "text"))
APMBC: status of 3 States on 2026-03-01
<BLANKLINE>
State  Status     In force    Withdrawal                                        Name
POL    withdrawn  2013-06-01  effective 2026-02-20 (received 2025-08-20)        Poland
UKR    party      2006-06-01  -                                                 Ukraine
USA    non party  -           -                                                 United States
<BLANKLINE>
Note on POL: Poland (POL) is no longer a party to the Anti-Personnel Mine Ban Convention on
  2026-03-01: its withdrawal took effect on 2026-02-20. The record's sources state the same day of
  effect. This rests on the default reading of a contested point, defective_notice =
  timing_unaffected (on the usual date: the defect breaches a duty of form, but the period runs from
  the receipt the treaty makes decisive). It matters here only because the facts do not say to whom
  the instrument was notified (events[2].notified): the other readings describe what follows if
  those facts turn out against the instrument, not a defect on record. Other readings give:
  delays_until_cured: indeterminate (one of: withdrawn, withdrawal pending); invalid: indeterminate
  (one of: withdrawn, party).
<BLANKLINE>
Note on UKR: Ukraine (UKR) is a party to the Anti-Personnel Mine Ban Convention on 2026-03-01, bound
  since 2006-06-01. Its claimed suspension of 2025-07-18 does not release it: it remains bound by
  every obligation. This rests on the default reading of a contested point, suspension_claim =
  not_recognized (no: a treaty without a suspension clause is suspended only as the VCLT allows, its
  conditions are not met by a State's own say-so, and the claim does not release the State). Other
  readings give: recognized_after_procedure: bound or not depending on facts not given;
  recognized_immediately: not bound by the treaty's obligations.
<BLANKLINE>
Counts on 2026-03-01: non party 1, party 1, withdrawn 1; States Parties: 1
"""

from __future__ import annotations

import csv
import io
import json
import textwrap
from typing import TYPE_CHECKING

from . import TABLE_FORMATS as _TABLE_FORMATS

if TYPE_CHECKING:  # a compiled table's report renders without the engine loaded
    from ..core.verdict import WithdrawalResult
    from ..records.compliance import ComplianceReport
    from ..records.report import StateStatus, StatusReport
    from ..status_table import Line, Report, Withdrawal

__all__ = ["TABLE_FORMATS", "render", "summary"]

TABLE_FORMATS = _TABLE_FORMATS  # one list for every table (see render/__init__.py)
_HEAD = ("State", "Status", "In force", "Withdrawal", "Name")
FIELD_WORDS = {
    "signature": "the day of signature",
    "deposit": "the day the Depositary received the instrument of consent",
    "kind": "the kind of the instrument of consent: ratification, acceptance, accession ...",
    "succession_effective": "the day the succession takes effect",
    "withdrawal": "the withdrawal, or the day the Depositary received it",
    "revocation": "the revocation, or its day",
    "suspension_claim": "the claimed suspension, or its day",
    "unsigning": "the notice of not becoming a party, or the day it was received",
    "art_4.completed": "the day the Art. 4 obligation was completed",
    "art_5.completed": "the day the Art. 5 obligation was completed",
    "art_5.current_due": "the current Art. 5 deadline",
    "art_5.granted": "the day the first Art. 5 extension was granted",
}
"""Each field a record's UNVERIFIED mark may name (``records.model.AlternativeField``, which a
test holds this to), in words: here, not there, so that a compiled table renders without the
record models loaded."""
_WITHDRAWAL_WIDTH = 48
_WIDTH = 100


def render(
    report: StatusReport | Report, fmt: str = "text", compliance: ComplianceReport | None = None
) -> str:
    """The report in ``fmt`` (one of :data:`TABLE_FORMATS`); with ``compliance``, a column of
    each State's Art. 4 and Art. 5 positions (in JSON: a ``compliance`` entry per State)."""
    if compliance is not None:
        from ..records.report import StatusReport

        # The compliance column comes from the engine's records, and so does its report.
        if not isinstance(report, StatusReport):
            raise TypeError("a compliance column needs the engine's report, not a compiled one")
        return _with_compliance(report, fmt, compliance)
    if fmt == "json":
        return report.model_dump_json(indent=2)
    if fmt == "csv":
        return _csv(report)
    if fmt == "markdown":
        return _markdown(report)
    if fmt == "text":
        return _text(report)
    raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(TABLE_FORMATS)}")


def summary(report: StatusReport | Report) -> str:
    """One line: the count of each status present, then the States Parties."""
    counts = dict(report.counts)
    parties = counts.pop("states_parties")
    listed = ", ".join(f"{status.replace('_', ' ')} {n}" for status, n in counts.items())
    return f"Counts on {report.as_of}: {listed}; States Parties: {parties}"


def _with_compliance(report: StatusReport, fmt: str, table: ComplianceReport) -> str:
    from . import compliance as _compliance

    lines = {x.state: x for x in table.states}
    if fmt == "json":
        doc = report.model_dump(mode="json")
        for entry in doc["states"]:
            line = lines.get(entry["state"])
            entry["compliance"] = (
                None if line is None else line.model_dump(mode="json", include={"art_4", "art_5"})
            )
        return json.dumps(doc, indent=2)
    # A "*" points to a reason below, which only text and Markdown have room for.
    shown = _compliance.cell if fmt == "csv" else _compliance.marked
    column = {s: f"Art. 4 {shown(x.art_4)}; Art. 5 {shown(x.art_5)}" for s, x in lines.items()}
    # What a cell means, and the reasons behind each "*": as the compliance table gives them.
    # The legend's first line only: its second explains counts this table does not give.
    explained = [_compliance.LEGEND.split("\n")[0], *_compliance.notes(table)]
    plain = render(report, fmt).splitlines()
    if fmt == "csv":
        head, *rows = plain
        return (
            "\n".join(
                [f"{head},compliance"]
                + [
                    f"{row},{column.get(s.state, '')}"
                    for row, s in zip(rows, report.states, strict=True)
                ]
            )
            + "\n"
        )
    # text and Markdown: the compliance column goes under the table, one line per State.
    extra = [f"Compliance of {s.state}: {column.get(s.state, '-')}" for s in report.states]
    if fmt == "markdown":
        extra = [f"- {line}" for line in extra]
    return "\n".join([*plain[:-1], *extra, "", *explained, "", plain[-1]]) + "\n"


def _withdrawal(w: WithdrawalResult | Withdrawal | None) -> str:
    if w is None:
        return "-"
    if w.outcome in ("pending", "deferred", "indeterminate"):
        when = "no date yet" if w.effective_date is None else f"effect {w.effective_date}"
        return f"{w.outcome} (received {w.received}; {when})"
    if w.outcome == "effective":
        return f"effective {w.effective_date} (received {w.received})"
    if w.outcome == "revoked":
        return f"revoked {w.revoked_on} (received {w.received})"
    return f"not a withdrawal (received {w.received})"


def _unverified(s: StateStatus | Line) -> str:
    """The fields the sources leave unconfirmed, by name and in words, each with what the
    record's notes say of it.

    >>> from types import SimpleNamespace
    >>> _unverified(SimpleNamespace(state="NLD", unverified=("kind",), unverified_notes=(
    ...     "recorded as a ratification; the UN record is not verified",)))  # doctest: +ELLIPSIS
    'UNVERIFIED in the record of NLD: kind (the kind of ...): recorded as a ratification; ...'
    """
    said = dict(zip(s.unverified, s.unverified_notes, strict=False))
    fields = "; ".join(
        f"{f} ({FIELD_WORDS.get(f, 'a field of the record')})"
        + (f": {said[f].rstrip('.')}" if said.get(f) else "")
        for f in s.unverified
    )
    return (
        f"UNVERIFIED in the record of {s.state}: {fields}. `treatyrules record {s.state}` shows"
        " the record and its sources."
    )


def _cells(s: StateStatus | Line) -> tuple[str, str, str, str, str]:
    eif = "-" if s.entry_into_force is None else str(s.entry_into_force)
    return (s.state, s.status.replace("_", " "), eif, _withdrawal(s.withdrawal), s.name or "-")


def _text(report: StatusReport | Report) -> str:
    rows = [_HEAD, *(_cells(s) for s in report.states)]
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    widths[3] = max(widths[3], _WITHDRAWAL_WIDTH)
    n = len(report.states)
    lines = [f"{report.treaty}: status of {n} State{'s' if n != 1 else ''} on {report.as_of}", ""]
    for row in rows:
        padded = (cell.ljust(width) for cell, width in zip(row[:4], widths, strict=True))
        lines.append("  ".join((*padded, row[4])))
    for s in report.states:
        if s.note:
            lines += [
                "",
                textwrap.fill(f"Note on {s.state}: {s.note}", _WIDTH, subsequent_indent="  "),
            ]
    marks = [_unverified(s) for s in report.states if s.unverified]
    if marks:
        lines += ["", *marks]
    return "\n".join([*lines, "", summary(report)]) + "\n"


def _markdown(report: StatusReport | Report) -> str:
    lines = [
        f"**{report.treaty}: status on {report.as_of}**",
        "",
        "| " + " | ".join(_HEAD) + " |",
        "|---|---|---|---|---|",
    ]
    for s in report.states:
        cells = (c.replace("|", "\\|") for c in _cells(s))
        lines.append("| " + " | ".join(cells) + " |")
    notes = [f"- **{s.state}**: {s.note}" for s in report.states if s.note]
    notes += [f"- {_unverified(s)}" for s in report.states if s.unverified]
    if notes:
        lines += ["", *notes]
    return "\n".join([*lines, "", summary(report)]) + "\n"


def _csv(report: StatusReport | Report) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(
        (
            "state",
            "name",
            "status",
            "entry_into_force",
            "withdrawal_received",
            "withdrawal_outcome",
            "withdrawal_effective_date",
            "note",
            "unverified",
            "reported_effect",
        )
    )
    for s in report.states:
        w = s.withdrawal
        writer.writerow(
            (
                s.state,
                s.name or "",
                s.status,
                s.entry_into_force or "",
                "" if w is None else w.received,
                "" if w is None else w.outcome,
                "" if w is None or w.effective_date is None else w.effective_date,
                s.note or "",
                " ".join(s.unverified),
                s.reported_effect or "",
            )
        )
    # Data only: a trailing comment would read as a malformed row in most CSV readers.
    return out.getvalue()
