"""The bundled records: read from the package data once, validated, cached.

Every treaty's records are data files in one format, in a folder of their own
(``treatyrules/records/data/<id>/``), each row with its sources and notes:

- ``records.csv``: one row per State that has deposited an instrument of consent
  (or, with ``deposit`` empty, a signatory that gave notice it will not become a
  party); the APMBC's is a copy of ``shared/facts/apmbc-states.csv``;
- ``records-events.csv``: later instruments (withdrawals, revocations, a claimed
  suspension, objections, unsigning notices), one row each; an empty cell is a
  fact the sources do not state;
- ``records-alternatives.csv``: values that other sources give, or that another
  reading gives, next to the value the record uses, and the values the sources
  mark UNVERIFIED;
- optional: ``records-obligations.csv`` (one row per State and time-limited
  obligation: the position on the data's cut-off, the completion with its
  precision) and ``records-extensions.csv`` (each extension granted, with the
  meeting and the new deadline). :mod:`treatyrules.records.ingest` writes them
  from the research files.

A succession row whose entry into force precedes its deposit dates the succession
from independence (South Sudan); its succession event carries that date as
``effective``. Every other row's entry into force is derived by the engine from
the deposit, and a test checks it against the date the sources state.

Broken package data is a bug, not bad input: it raises :class:`RecordsDataError`
naming the file, line and field.

>>> records = load("APMBC")
>>> len(records), records[0].name
(166, 'Afghanistan')
>>> [len(load(t)) for t in ("ICC", "CCM")]
[131, 112]
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterator
from functools import cache
from importlib.resources import files
from importlib.resources.abc import Traversable
from typing import Any, TypeVar

from pydantic import ValidationError

from .. import treaties
from ..core.errors import NotModelledError, TreatyRulesError
from ..errors import input_error
from . import ingest
from .model import Alternative, GrantedExtension, LaterEvent, Obligation, Record

__all__ = [
    "ALTERNATIVES",
    "EVENTS",
    "EXTENSIONS",
    "OBLIGATIONS",
    "RECORDS",
    "RecordsDataError",
    "folder",
    "load",
    "read",
]

RECORDS = "records.csv"
EVENTS = "records-events.csv"
ALTERNATIVES = "records-alternatives.csv"
OBLIGATIONS = "records-obligations.csv"
EXTENSIONS = "records-extensions.csv"

_COLUMNS = {
    RECORDS: ingest.RECORDS,  # the converter writes the columns the loader reads: one list
    EVENTS: ingest.EVENTS,
    ALTERNATIVES: ("iso3", "field", "recorded", "alternative", "basis", "source_url", "notes"),
    OBLIGATIONS: ingest.OBLIGATIONS,
    EXTENSIONS: ingest.EXTENSIONS,
}
_SEPARATOR = "|"  # between several URLs, or several recipients, in one cell
_Model = TypeVar("_Model", Record, LaterEvent, Alternative, Obligation, GrantedExtension)


class RecordsDataError(TreatyRulesError):
    """The bundled records do not validate: a bug in the package data, not in the input."""


@cache
def load(treaty_id: str) -> tuple[Record, ...]:
    """Every record bundled for ``treaty_id``, in the order of ``records.csv`` (by name).

    Raises :class:`~treatyrules.core.errors.NotModelledError` for a treaty with no
    bundled records.
    """
    treaties.get(treaty_id)  # an unknown or unmodelled id is an input error naming it
    found = folder(treaty_id)
    if not found.joinpath(RECORDS).is_file():
        raise NotModelledError("treaty", f"no depositary records are bundled for {treaty_id} yet")
    return read(found, treaty_id)


def folder(treaty_id: str) -> Traversable:
    """The folder of the treaty's bundled records (it may not exist)."""
    return files(__package__).joinpath("data", treaty_id.lower())


def read(folder: Traversable, treaty_id: str) -> tuple[Record, ...]:
    """The records in ``folder`` (the CSV files), validated and cross-checked."""
    later = _later_events(folder)
    alternatives = _alternatives(folder)
    obligations = _grouped(folder, OBLIGATIONS, Obligation, _obligation)
    extensions = _grouped(folder, EXTENSIONS, GrantedExtension, _extension)
    records: dict[str, Record] = {}
    for line, row in _rows(folder, RECORDS):
        state = row["iso3"]
        if state in records:
            raise RecordsDataError(f"{RECORDS} line {line}: iso3: {state} has a second row")
        kind, deposit, eif = row["deposit_kind"], row["deposit"], row["entry_into_force"]
        if bool(kind) != bool(deposit):
            raise RecordsDataError(
                f"{RECORDS} line {line}: deposit_kind: give it with a deposit, and only then"
            )
        # ISO dates compare as text. A succession in force before its notification
        # dates from independence: Art. 17 could not give that date.
        effective = eif if kind == "succession" and eif < deposit else None
        document = {
            "treaty": treaty_id,
            "state": state,
            "name": row["state"],
            "signature": row["signature"] or None,
            "deposit": deposit or None,
            "kind": kind or None,
            "stated_entry_into_force": eif or None,
            "succession_effective": effective,
            "sources": _split(row["source_url"]),
            "notes": row["notes"] or None,
            "later": tuple(x for _, x in later.pop(state, [])),
            "alternatives": tuple(x for _, x in alternatives.pop(state, [])),
            "obligations": tuple(x for _, x in obligations.pop(state, [])),
            "extensions": tuple(x for _, x in extensions.pop(state, [])),
        }
        records[state] = _validated(Record, document, RECORDS, line)
    rests = (
        (EVENTS, later),
        (ALTERNATIVES, alternatives),
        (OBLIGATIONS, obligations),
        (EXTENSIONS, extensions),
    )
    for name, rest in rests:
        for state, rows in rest.items():
            raise RecordsDataError(f"{name} line {rows[0][0]}: iso3: {state} has no record")
    for record in records.values():
        for alternative in record.alternatives:
            value = record.value(alternative.field)
            # A compliance value is as precise as its source: "2008-07-05" is a day there.
            if str(value) != str(alternative.recorded):
                raise RecordsDataError(
                    f"{ALTERNATIVES}: {record.state} {alternative.field}: recorded"
                    f" {alternative.recorded}, but the record has {value}"
                )
    return tuple(records.values())


def _later_events(folder: Traversable) -> dict[str, list[tuple[int, LaterEvent]]]:
    found: dict[str, list[tuple[int, LaterEvent]]] = {}
    for line, row in _rows(folder, EVENTS):
        event: dict[str, Any] = {"kind": row["kind"], "date": row["date"] or None}
        for column in _COLUMNS[EVENTS][3:-3]:  # the event's own fields
            value = row[column]
            if not value:
                continue  # not stated in the sources: the field stays unknown
            if column == "notified":
                event[column] = _split(value)
            elif column == "reasons_given":
                event[column] = {"true": True, "false": False}.get(value, value)
            else:
                event[column] = value
        document = {
            "event": event,
            "sources": _split(row["source_url"]),
            "note": row["notes"],
            "reported_effect": row["reported_effect"] or None,
        }
        found.setdefault(row["iso3"], []).append(
            (line, _validated(LaterEvent, document, EVENTS, line))
        )
    return found


def _alternatives(folder: Traversable) -> dict[str, list[tuple[int, Alternative]]]:
    found: dict[str, list[tuple[int, Alternative]]] = {}
    for line, row in _rows(folder, ALTERNATIVES):
        document = {
            "field": row["field"],
            "recorded": row["recorded"] or None,
            "alternative": row["alternative"] or None,
            "basis": row["basis"],
            "sources": _split(row["source_url"]),
            "note": row["notes"],
        }
        if row["field"].endswith(".completed") and row["alternative"]:
            # A completion written as the facts write it: "by 2007" is a report's date.
            day, precision = ingest.completion(row["alternative"])
            document |= {"alternative": day or row["alternative"], "precision": precision or None}
        found.setdefault(row["iso3"], []).append(
            (line, _validated(Alternative, document, ALTERNATIVES, line))
        )
    return found


def _obligation(row: dict[str, str]) -> dict[str, Any]:
    return {
        "rule": row["rule"],
        "held": row["held"],
        "position": row["position"],
        "due": row["due"],
        "completed": row["completed"] or None,
        "precision": row["precision"] or None,
        "as_stated": row["as_stated"],
        "current_due": row["current_due"],
        "retained": row["retained"] or None,
        "as_of": row["as_of"],
        "sources": _split(row["source_url"]),
        "notes": row["notes"] or None,
    }


def _extension(row: dict[str, str]) -> dict[str, Any]:
    return {k: row[k] or None for k in _COLUMNS[EXTENSIONS][1:]}


def _grouped(
    folder: Traversable,
    name: str,
    model: type[_Model],
    document: Callable[[dict[str, str]], dict[str, Any]],
) -> dict[str, list[tuple[int, _Model]]]:
    """The rows of an optional file, validated, by State (empty if the file is absent)."""
    found: dict[str, list[tuple[int, _Model]]] = {}
    if not folder.joinpath(name).is_file():
        return found
    for line, row in _rows(folder, name):
        found.setdefault(row["iso3"], []).append(
            (line, _validated(model, document(row), name, line))
        )
    return found


def _rows(folder: Traversable, name: str) -> Iterator[tuple[int, dict[str, str]]]:
    """Each row with its line number; the columns must be exactly the expected ones."""
    reader = csv.DictReader(folder.joinpath(name).read_text(encoding="utf-8").splitlines())
    expected = _COLUMNS[name]
    if tuple(reader.fieldnames or ()) != expected:
        raise RecordsDataError(f"{name}: expected the columns {', '.join(expected)}")
    for row in reader:
        if None in row or None in row.values():
            raise RecordsDataError(
                f"{name} line {reader.line_num}: expected {len(expected)} cells"
                " (quote a cell that holds a comma)"
            )
        yield reader.line_num, row


def _split(cell: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in cell.split(_SEPARATOR) if part.strip())


def _validated(model: type[_Model], document: dict[str, Any], name: str, line: int) -> _Model:
    try:
        return model.model_validate(document)
    except ValidationError as exc:
        raise RecordsDataError(f"{name} line {line}: {input_error(exc)}") from None
