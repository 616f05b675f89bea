"""The bundled depositary records: read from the package data once, validated, cached.

A treaty's records are three CSV files beside its modules
(``treatyrules/treaties/apmbc/``), each row with its sources and notes:

- ``records.csv``: one row per State that has deposited an instrument of consent,
  a copy of ``shared/facts/apmbc-states.csv`` (same columns, same rows; a test
  keeps the two identical);
- ``records-events.csv``: later instruments (withdrawals, a claimed suspension,
  objections), one row each; an empty cell is a fact the sources do not state;
- ``records-alternatives.csv``: values that other sources give, or that another
  reading gives, next to the value the record uses.

A succession row whose entry into force precedes its deposit dates the succession
from independence (South Sudan); its succession event carries that date as
``effective``. Every other row's entry into force is derived by the engine from
the deposit, and a test checks it against the date the sources state.

Broken package data is a bug, not bad input: it raises :class:`RecordsDataError`
naming the file, line and field.

>>> records = load("APMBC")
>>> len(records), records[0].name
(166, 'Afghanistan')
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from functools import cache
from importlib.resources import files
from importlib.resources.abc import Traversable
from typing import Any, TypeVar

from pydantic import ValidationError

from .. import treaties
from ..core.errors import NotModelledError, TreatyRulesError
from ..errors import input_error
from .model import Alternative, LaterEvent, Record

__all__ = ["ALTERNATIVES", "EVENTS", "RECORDS", "RecordsDataError", "load", "read"]

RECORDS = "records.csv"
EVENTS = "records-events.csv"
ALTERNATIVES = "records-alternatives.csv"

_COLUMNS = {
    RECORDS: (
        "state",
        "iso3",
        "signature",
        "deposit",
        "deposit_kind",
        "entry_into_force",
        "source_url",
        "notes",
    ),
    EVENTS: (
        "iso3",
        "kind",
        "date",
        "notified",
        "reasons_given",
        "instrument_signed",
        "ground",
        "by",
        "to",
        "source_url",
        "notes",
    ),
    ALTERNATIVES: ("iso3", "field", "recorded", "alternative", "basis", "source_url", "notes"),
}
_SEPARATOR = "|"  # between several URLs, or several recipients, in one cell
_Model = TypeVar("_Model", Record, LaterEvent, Alternative)


class RecordsDataError(TreatyRulesError):
    """The bundled records do not validate: a bug in the package data, not in the input."""


@cache
def load(treaty_id: str) -> tuple[Record, ...]:
    """Every record bundled for ``treaty_id``, in the order of ``records.csv`` (by name).

    Raises :class:`~treatyrules.core.errors.NotModelledError` for a treaty with no
    bundled records.
    """
    treaties.get(treaty_id)  # an unknown or unmodelled id is an input error naming it
    # A treaty declared in a package of its own (treaties/apmbc/) may bundle records there.
    module = treaties.MODELLED.get(treaty_id)
    folder = None if module is None else files(treaties.__name__).joinpath(module[0])
    if folder is None or not folder.joinpath(RECORDS).is_file():
        raise NotModelledError("treaty", f"no depositary records are bundled for {treaty_id} yet")
    return read(folder, treaty_id)


def read(folder: Traversable, treaty_id: str) -> tuple[Record, ...]:
    """The records in ``folder`` (the three CSV files), validated and cross-checked."""
    later = _later_events(folder)
    alternatives = _alternatives(folder)
    records: dict[str, Record] = {}
    for line, row in _rows(folder, RECORDS):
        state = row["iso3"]
        if state in records:
            raise RecordsDataError(f"{RECORDS} line {line}: iso3: {state} has a second row")
        kind, deposit, eif = row["deposit_kind"], row["deposit"], row["entry_into_force"]
        # ISO dates compare as text. A succession in force before its notification
        # dates from independence: Art. 17 could not give that date.
        effective = eif if kind == "succession" and eif < deposit else None
        document = {
            "treaty": treaty_id,
            "state": state,
            "name": row["state"],
            "signature": row["signature"] or None,
            "deposit": deposit,
            "kind": kind,
            "stated_entry_into_force": eif,
            "succession_effective": effective,
            "sources": _split(row["source_url"]),
            "notes": row["notes"] or None,
            "later": tuple(x for _, x in later.pop(state, [])),
            "alternatives": tuple(x for _, x in alternatives.pop(state, [])),
        }
        records[state] = _validated(Record, document, RECORDS, line)
    for name, rest in ((EVENTS, later), (ALTERNATIVES, alternatives)):
        for state, rows in rest.items():
            raise RecordsDataError(f"{name} line {rows[0][0]}: iso3: {state} has no record")
    for record in records.values():
        for alternative in record.alternatives:
            value = record.value(alternative.field)
            if value != alternative.recorded:
                raise RecordsDataError(
                    f"{ALTERNATIVES}: {record.state} {alternative.field}: recorded"
                    f" {alternative.recorded}, but the record has {value}"
                )
    return tuple(records.values())


def _later_events(folder: Traversable) -> dict[str, list[tuple[int, LaterEvent]]]:
    found: dict[str, list[tuple[int, LaterEvent]]] = {}
    for line, row in _rows(folder, EVENTS):
        event: dict[str, Any] = {"kind": row["kind"], "date": row["date"] or None}
        for column in _COLUMNS[EVENTS][3:-2]:
            value = row[column]
            if not value:
                continue  # not stated in the sources: the field stays unknown
            if column == "notified":
                event[column] = _split(value)
            elif column == "reasons_given":
                event[column] = {"true": True, "false": False}.get(value, value)
            else:
                event[column] = value
        document = {"event": event, "sources": _split(row["source_url"]), "note": row["notes"]}
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
            "alternative": row["alternative"],
            "basis": row["basis"],
            "sources": _split(row["source_url"]),
            "note": row["notes"],
        }
        found.setdefault(row["iso3"], []).append(
            (line, _validated(Alternative, document, ALTERNATIVES, line))
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
