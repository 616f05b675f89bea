"""Depositary records: every State that joined the treaty, and its status on any date.

The library bundles a record per State that has deposited an instrument of
consent to the Anti-Personnel Mine Ban Convention (166 States), with the later
instruments -- the 2025 withdrawals, Ukraine's claimed suspension and the
objections to it -- and every source and note. Each record becomes a Scenario
that the engine judges like any other, so the status of a State on a date is
exactly the verdict :func:`treatyrules.evaluate` gives on its record.

>>> from treatyrules import records
>>> records.status("LVA", on="2026-03-01").status
'withdrawn'
>>> records.counts(on="2026-03-01")
{'party': 161, 'withdrawn': 5, 'states_parties': 161}
>>> len(records.states_parties(on="2025-12-26"))
166
>>> [str(i) for i in records.timeline("FIN")][-2:]
['withdrawal_pending from 2025-07-10 until 2026-01-10', 'withdrawn from 2026-01-10']

The party count over time is a step function (each step holds until the next):

>>> steps = records.party_count()
>>> [str(s) for s in steps[:2]], [str(s) for s in steps[-3:]]
(['45 from 1999-03-01', '49 from 1999-04-01'], ['163 from 2025-12-27', '162 from 2026-01-10', '161 from 2026-02-20'])

Facts some sources dispute stay visible next to the value the record uses:

>>> ton = records.record("TON")
>>> str(ton.deposit), [(a.field, str(a.alternative), a.basis) for a in ton.alternatives]
('2025-06-25', [('deposit', '2025-06-26', 'disputed')])

Hypothetical facts compose with the records: :meth:`Records.amend` adds events or
armed conflicts to one State's record and returns new records (see
``docs/records.md``).

The Rome Statute's and the Cluster Munitions Convention's records are bundled too,
in the same format (``bundled("ICC")``, ``bundled("CCM")``); the APMBC's add each
State's compliance with Arts. 4 and 5 (:mod:`treatyrules.records.compliance`).

Every function here reads the bundled APMBC records (:func:`bundled`) unless
given a ``treaty``; ``on``
takes a ``date`` or ``"YYYY-MM-DD"`` and defaults to today (UTC).
"""

from __future__ import annotations

from datetime import date
from functools import cache

from ..core.errors import InputError
from ..core.verdict import Verdict
from ..days import today
from .book import Records, state_code
from .loader import RecordsDataError, load
from .model import Alternative, LaterEvent, Record, extend
from .periods import STATES_PARTIES, Interval, Step, count_on
from .report import StateStatus, StatusReport, tally

__all__ = [
    "STATES_PARTIES",
    "Alternative",
    "Interval",
    "LaterEvent",
    "Record",
    "Records",
    "RecordsDataError",
    "StateStatus",
    "StatusReport",
    "Step",
    "bundled",
    "count_on",
    "counts",
    "extend",
    "party_count",
    "record",
    "state_code",
    "states_parties",
    "status",
    "tally",
    "timeline",
    "today",
]


def bundled(treaty: str = "APMBC") -> Records:
    """The records bundled with the library for ``treaty``, loaded and validated once."""
    if not isinstance(treaty, str):  # refused before the cache, which needs a hashable key
        raise InputError("treaty", f"expected a treaty id, got {type(treaty).__name__}")
    return _bundled(treaty)


@cache
def _bundled(treaty: str) -> Records:
    return Records(load(treaty), treaty=treaty)


def record(state: str, treaty: str = "APMBC") -> Record | None:
    """The State's record, or None if it never deposited an instrument (USA)."""
    return bundled(treaty).record(state)


def status(state: str, on: date | str | None = None, treaty: str = "APMBC") -> Verdict:
    """The State's verdict on ``on``: :meth:`Records.status` on the bundled records.

    >>> status("HUN", on="2026-06-02", treaty="ICC").status
    'withdrawn'
    """
    return bundled(treaty).status(state, on)


def counts(on: date | str | None = None) -> dict[str, int]:
    """The count of each status on ``on``, and ``states_parties``: :meth:`Records.counts`."""
    return bundled().counts(on)


def states_parties(on: date | str | None = None) -> tuple[str, ...]:
    """The codes of the States Parties on ``on``: :meth:`Records.states_parties`."""
    return bundled().states_parties(on)


def timeline(state: str) -> tuple[Interval, ...]:
    """The State's statuses as intervals ``[start, end)``: :meth:`Records.timeline`."""
    return bundled().timeline(state)


def party_count() -> tuple[Step, ...]:
    """The number of States Parties over time: :meth:`Records.party_count`."""
    return bundled().party_count()
