"""From the research files to the bundled records: one conversion, run when the facts change.

The facts come in the researchers' layouts (``apmbc-article4.csv``,
``apmbc-article5.csv``, ``icc-states.csv``, ``icc-unsigning.csv``,
``ccm-states.csv``); the library bundles every treaty's records in one format
(see :mod:`treatyrules.records.loader`). This module maps one onto the other and
nothing else: it keeps each cell the facts give (sources, notes, the completion
as stated) and adds the normalised columns the loader reads -- a date with its
precision, each extension with the meeting that granted it. A test runs it on
``../shared/facts`` and compares the result with the bundled files.

    python -m treatyrules.records.ingest ../shared/facts

``records-alternatives.csv`` is curated by hand (which disagreement the notes
record, which date they mark UNVERIFIED); a test checks it covers every such mark.

>>> completion("by 2004-04-30")
('2004-04-30', 'by_report')
>>> completion("2016-04 (declared at 15MSP)")
('2016-04', 'month')
>>> completion("before 2001-03-01"), completion("c. 2001"), completion("none")
(('2001-03-01', 'before'), ('2001', 'approximate'), ('', ''))
>>> [e["meeting"] + " " + e["granted"] + " " + e["until"] for e in extensions(
...     "UKR", "none before the 2016-06-01 deadline (missed); 18MSP (virtual, Nov 2020): until"
...     " 2023-12-01; 21MSP (Geneva, Nov 2023): 10 years until 2033-12-01", "2016-06-01")]
['18MSP 2020-11-20 2023-12-01', '21MSP 2023-11-30 2033-12-01']
"""

from __future__ import annotations

import calendar
import csv
import io
import re
import sys
from collections.abc import Collection, Iterable, Sequence
from pathlib import Path

__all__ = [
    "CUTOFF",
    "MEETINGS",
    "apmbc_obligations",
    "clearance",
    "completion",
    "extensions",
    "main",
    "sibling_records",
    "write",
]

CUTOFF = "2025-12-05"
"""The APMBC compliance data's cut-off: sources seen up to the 22nd Meeting (1-5 Dec 2025)."""

MEETINGS: dict[str, tuple[str, str]] = {
    # meeting: (the latest day its decisions can bear, how precisely the notes date it)
    "9MSP": ("2008-11-30", "month"),
    "2RC": ("2009-12-31", "month"),
    "10MSP": ("2010-12-31", "month"),
    "11MSP": ("2011-12-31", "month"),
    "12MSP": ("2012-12-07", "meeting"),
    "13MSP": ("2013-12-31", "month"),
    "3RC": ("2014-06-30", "month"),
    "14MSP": ("2015-12-31", "month"),
    "15MSP": ("2016-12-31", "month"),
    "16MSP": ("2017-12-21", "meeting"),
    "17MSP": ("2018-11-30", "month"),
    "4RC": ("2019-11-30", "month"),
    "18MSP": ("2020-11-20", "meeting"),
    "19MSP": ("2021-12-31", "year"),
    "20MSP": ("2022-11-30", "month"),
    "21MSP": ("2023-11-30", "month"),
    "5RC": ("2024-11-29", "meeting"),
    "22MSP": ("2025-12-05", "meeting"),
}
"""The meetings of States Parties and Review Conferences, as the compliance notes (§1.6) date
them. A decision is dated the meeting's last day where the notes give its days, otherwise the
last day of the month (or year) they give: never earlier than the decision can have been."""

ICC_BLANK_DATES = {
    "ZAF": "2016-10-19",  # the notes: the instrument's date, "believed" the day of receipt
    "RUS": "2016-11-16",  # the notes: the presidential order to notify, which receipt follows
}
"""Dates the ICC notes leave blank as UNVERIFIED, carried on the best-supported day."""

ICC_STATED_EFFECT = {"HUN": "the notes: 'takes effect 2 Jun 2026', as announced in 2025"}
CCM_STATED_EFFECT = {
    "LTU": "the notes: 'took effect 6 Mar 2025 (13MSP Presidency statement; Lithuanian MoD)'"
}
"""The withdrawals whose day of effect (``withdrawal_effective``) the ICC and CCM notes give
as a source states it. The others' is worked out from the receipt (Burundi's "Art. 127(1),
one year"), which would make a check on the rules' day circular: they get none."""

OBLIGATIONS = (
    "iso3",
    "rule",
    "held",
    "position",
    "due",
    "completed",
    "precision",
    "as_stated",
    "current_due",
    "retained",
    "as_of",
    "source_url",
    "notes",
)
EXTENSIONS = (
    "iso3",
    "rule",
    "meeting",
    "granted",
    "precision",
    "until",
    "basis",
    "as_stated",
    "lapse",
)
RECORDS = (
    "state",
    "iso3",
    "signature",
    "deposit",
    "deposit_kind",
    "entry_into_force",
    "source_url",
    "notes",
)
EVENTS = (
    "iso3",
    "kind",
    "date",
    "notified",
    "reasons_given",
    "instrument_signed",
    "ground",
    "by",
    "to",
    "reported_effect",
    "source_url",
    "notes",
)

_DATE = r"\d{4}(?:-\d{2}(?:-\d{2})?)?"
_COMPLETION = re.compile(rf"^(by |before |c\. )?({_DATE})\b")
_PREFIX = {"by ": "by_report", "before ": "before", "c. ": "approximate"}
_GRAIN = {4: "year", 7: "month", 10: "exact"}
_MEETING = re.compile(r"^(\d+(?:MSP|RC))\b")
_UNTIL = re.compile(rf"until ({_DATE})")
_FURTHER = re.compile(rf"^(?:further|later) extension\S* to ({_DATE})")
_DECIDED = re.compile(r"decided at (\d+(?:MSP|RC))\b")
_GRANT_DAY = re.compile(r"(\d{1,2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\w* (\d{4})\)")
_YEAR = re.compile(r"\((?:granted )?(\d{4})[;)]")
_REPORTED = re.compile(r"reported (\d{1,2}) (\w{3})\w* (\d{4})")
_NEW_AREAS = re.compile(r"newly-discovered|new deadline")
_ANNOUNCED = re.compile(
    r"announced|ceremony|declared|declaration|validated|^\d+(?:MSP|RC)\b", re.IGNORECASE
)
_NAMED_DAY = re.compile(
    rf"{_DATE}|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\w* \d{{4}}"
)
_LAPSE = re.compile(r"^none\b.*\b(?:missed|lapsed)\b")
_NOT_GRANTED = ("outcome not verified", "presented", "sought", "expected", "considered")
_MONTHS = {m: i for i, m in enumerate(calendar.month_abbr) if m}


def completion(stated: str) -> tuple[str, str]:
    """The date a completion cell gives (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``) and its
    precision: exact, month, year, by_report (on or before a report's date), before
    (before that day) or approximate; two empty strings when it gives none."""
    found = _COMPLETION.match(stated.strip())
    if found is None:
        return "", ""
    prefix, day = found.groups()
    return day, _PREFIX[prefix] if prefix else _GRAIN[len(day)]


def clearance(stated: str) -> tuple[str, str]:
    """:func:`completion` of an Art. 5 cell, which says whether its day is the clearance's
    or the day it was announced (a ceremony, a meeting's declaration): an announced day
    is ``announced``, on or before which the clearance ended.

    >>> clearance("2012-07-05 (ceremony; formal at 12MSP, Dec 2012)")
    ('2012-07-05', 'announced')
    >>> clearance("2009-03 (Declaration of Completion 2009-05-27)"), clearance("2010-04-13 (last mine destroyed)")
    (('2009-03', 'month'), ('2010-04-13', 'exact'))
    """
    day, precision = completion(stated)
    said = re.match(r"^\S+ \(([^;)]*)", stated.strip())
    # A clause that names another day ("declared at 8MSP, 19 Nov 2007") dates the
    # declaration: the day before it is then the clearance's own.
    clause = said.group(1) if said else ""
    first = clause.split(",")[0]
    if precision == "exact" and _ANNOUNCED.search(first) and not _NAMED_DAY.search(clause):
        return day, "announced"
    return day, precision


def _earliest(day: str, precision: str) -> str:
    return day[:4] + "-01-01" if precision == "year" else day[:7] + "-01"


def _segments(history: str) -> list[str]:
    """The cell split at each ``;`` outside parentheses and brackets."""
    parts, depth, start = [], 0, 0
    for i, char in enumerate(history):
        depth += {"(": 1, "[": 1, ")": -1, "]": -1}.get(char, 0)
        if char == ";" and depth == 0:
            parts.append(history[start:i].strip())
            start = i + 1
    return [*parts, history[start:].strip()]


def extensions(
    state: str, history: str, original: str, current_due: str = ""
) -> list[dict[str, str]]:
    """The extensions a history cell records as granted, in order, each with the meeting,
    the date of the decision (see :data:`MEETINGS`) and its precision, and the new deadline.

    A segment that only reports a request (``outcome not verified``, ``sought``) is no
    extension. A grant whose date the sources do not give is dated on the deadline it
    extends, with precision ``not_stated``: the data says no more than that it was granted.
    """
    found: list[dict[str, str]] = []
    current = original
    lapse = ""  # the sources say the deadline passed with no request: the next grant is late
    for segment in _segments(history):
        if _LAPSE.search(segment):
            lapse = "stated"
            continue
        until = _UNTIL.search(segment) or _FURTHER.search(segment)
        granted = "granted" in segment or until is not None or "new deadline" in segment
        if not granted or (any(word in segment for word in _NOT_GRANTED) and until is None):
            continue
        if segment.startswith("[") and "new deadline" not in segment:
            continue
        new = until.group(1) if until else ""
        if not new and "new deadline" in segment:
            new = re.search(rf"new deadline ({_DATE})", segment).group(1)  # type: ignore[union-attr]
        meeting = _MEETING.match(segment) or _DECIDED.search(segment)
        name, (day, precision) = "", (current, "not_stated")
        if meeting is not None:
            name = meeting.group(1)
            day, precision = MEETINGS[name]
        exact = _GRANT_DAY.search(segment.split(":")[0])
        if exact is not None:
            day = f"{exact.group(3)}-{_MONTHS[exact.group(2)]:02d}-{int(exact.group(1)):02d}"
            precision = "exact"
        elif meeting is None:
            reported = _REPORTED.search(history)
            year = _YEAR.search(segment)
            if "new deadline" in segment and reported is not None:
                # A re-opened obligation: dated from the report of the newly found areas.
                d, m, y = reported.groups()
                day, precision = f"{y}-{_MONTHS[m[:3]]:02d}-{int(d):02d}", "reopened"
            elif "new deadline" in segment and "4RC" in segment:
                day, precision = MEETINGS["4RC"][0], "reopened"
            elif year is not None:
                day, precision = f"{year.group(1)}-12-31", "year"
        if precision in ("month", "year") and _earliest(day, precision) <= current < day:
            # The decision may have come on or before the deadline it extends: the data
            # does not show it late, so it is not dated after it.
            day = current
        if len(new) == 4 and current_due.startswith(new):
            new = current_due.split()[0]  # "until 2027" where the header gives "2027-03"
        found.append(
            {
                "iso3": state,
                "rule": "art_5__para_1",
                "meeting": name,
                "granted": day,
                "precision": precision,
                "until": new,
                "basis": "new_areas" if _NEW_AREAS.search(segment) else "art_5__para_3",
                "as_stated": segment,
                "lapse": lapse,
            }
        )
        lapse = ""
        if len(new) == 10:
            current = new
    return found


def apmbc_obligations(
    article4: Iterable[dict[str, str]], article5: Iterable[dict[str, str]]
) -> tuple[list[dict[str, str]], list[dict[str, str]]]:
    """The obligations rows (Art. 4, then Art. 5, by State as in the facts) and the extensions."""
    rows: list[dict[str, str]] = []
    granted: list[dict[str, str]] = []
    for r in article4:
        day, precision = completion(r["destruction_completed"])
        rows.append(
            {
                "iso3": r["iso3"],
                "rule": "art_4",
                "held": r["had_stockpile"],
                "position": r["status_2025"],
                "due": r["art4_deadline"],
                "completed": day,
                "precision": precision,
                "as_stated": r["destruction_completed"],
                "current_due": "",
                "retained": r["mines_retained_art3"],
                "as_of": CUTOFF,
                "source_url": r["sources"],
                "notes": r["notes"],
            }
        )
    for r in article5:
        day, precision = clearance(r["completion_declared"])
        rows.append(
            {
                "iso3": r["iso3"],
                "rule": "art_5__para_1",
                "held": r["mined_areas"],
                "position": r["status_2025"],
                "due": r["original_deadline"],
                "completed": day,
                "precision": precision,
                "as_stated": r["completion_declared"],
                "current_due": r["current_deadline"],
                "retained": "",
                "as_of": CUTOFF,
                "source_url": r["sources"],
                "notes": r["notes"],
            }
        )
        if r["extensions"] not in ("", "none"):
            granted += extensions(
                r["iso3"], r["extensions"], r["original_deadline"], r["current_deadline"]
            )
    return rows, granted


def sibling_records(
    states: Iterable[dict[str, str]],
    unsigning: Iterable[dict[str, str]] = (),
    blank: dict[str, str] | None = None,
    stated: Collection[str] = (),
) -> tuple[list[dict[str, str]], list[dict[str, str]]]:
    """The records rows and the later instruments of a depositary file with withdrawal
    columns (``icc-states.csv``, ``ccm-states.csv``), and of the unsigning notices.

    A withdrawal whose receipt the file leaves blank (South Africa's) is not dropped: it
    is carried on the date the notes support best, and ``records-alternatives.csv``
    marks it UNVERIFIED with its alternative. ``blank``: those dates, by State.
    ``stated``: the States whose day of effect a source states (``reported_effect``).
    """
    rows: list[dict[str, str]] = []
    events: list[dict[str, str]] = []
    blank_receipts = blank or {}
    blank_unsigning = blank or {}
    for r in states:
        kind = "" if not r["deposit"] else r["deposit_kind"]
        rows.append({k: r[k] for k in RECORDS} | {"deposit_kind": kind})
        received = r["withdrawal_received"] or blank_receipts.get(r["iso3"], "")
        if received:
            withdrawal = _event(r["iso3"], "withdrawal", received, r)
            # The day of effect the sources give: a check on the rules' own, never an input.
            if r["iso3"] in stated:
                withdrawal["reported_effect"] = r["withdrawal_effective"]
            events.append(withdrawal)
        if r["revocation"]:
            events.append(_event(r["iso3"], "revocation", r["revocation"], r))
    for r in unsigning:
        rows.append({k: r[k] for k in RECORDS} | {"deposit_kind": ""})
        day = r["withdrawal_received"] or blank_unsigning.get(r["iso3"], "")
        events.append(_event(r["iso3"], "unsigning", day, r))
    rows.sort(key=lambda row: row["state"])
    order = {row["iso3"]: i for i, row in enumerate(rows)}
    events.sort(key=lambda e: (order[e["iso3"]], e["date"]))
    return rows, events


def _event(state: str, kind: str, day: str, row: dict[str, str]) -> dict[str, str]:
    blank = dict.fromkeys(EVENTS, "")
    return blank | {
        "iso3": state,
        "kind": kind,
        "date": day,
        "source_url": row["source_url"],
        "notes": row["notes"],
    }


def _read(path: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(path.read_text(encoding="utf-8").splitlines()))


def text(columns: Sequence[str], rows: Iterable[dict[str, str]]) -> str:
    """The CSV text of ``rows`` (the bundled files' dialect)."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


def converted(facts: Path) -> dict[str, dict[str, str]]:
    """Every generated bundled file, by treaty folder and file name, as text."""
    obligations, granted = apmbc_obligations(
        _read(facts / "apmbc-article4.csv"), _read(facts / "apmbc-article5.csv")
    )
    icc, icc_events = sibling_records(
        _read(facts / "icc-states.csv"),
        _read(facts / "icc-unsigning.csv"),
        ICC_BLANK_DATES,
        ICC_STATED_EFFECT,
    )
    ccm, ccm_events = sibling_records(_read(facts / "ccm-states.csv"), stated=CCM_STATED_EFFECT)
    return {
        "apmbc": {
            "records-obligations.csv": text(OBLIGATIONS, obligations),
            "records-extensions.csv": text(EXTENSIONS, granted),
        },
        "icc": {"records.csv": text(RECORDS, icc), "records-events.csv": text(EVENTS, icc_events)},
        "ccm": {"records.csv": text(RECORDS, ccm), "records-events.csv": text(EVENTS, ccm_events)},
    }


def write(facts: Path, data: Path) -> list[Path]:
    """Write the generated files under ``data`` (one folder per treaty); the paths written."""
    written = []
    for folder, generated in converted(facts).items():
        for name, content in generated.items():
            path = data / folder / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(content, encoding="utf-8")
            written.append(path)
    return written


def main(argv: Sequence[str] | None = None) -> int:  # pragma: no cover - a maintainer's tool
    args = sys.argv[1:] if argv is None else list(argv)
    facts = Path(args[0] if args else "../shared/facts")
    for path in write(facts, Path(__file__).parent / "data"):
        print(path)
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
