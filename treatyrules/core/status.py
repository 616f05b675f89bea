"""A State's status under a treaty: the statuses, those of a State Party, and their counts.

The standard library alone: the status table's fast path (:mod:`treatyrules.status_table`)
counts with :func:`tally` without loading the engine.

>>> tally(["party", "withdrawn", "party", "withdrawal_pending"])
{'party': 2, 'withdrawal_pending': 1, 'withdrawn': 1, 'states_parties': 3}
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Literal, get_args

__all__ = ["STATES_PARTIES", "STATUSES", "Status", "tally"]

Status = Literal[
    "non_party",
    "signatory",
    "contracting",
    "party",
    "withdrawal_pending",
    "withdrawal_deferred",
    "withdrawn",
    "indeterminate",
]
STATUSES: tuple[Status, ...] = get_args(Status)
"""Every status, in the order the counts list them."""

STATES_PARTIES: frozenset[Status] = frozenset(
    {"party", "withdrawal_pending", "withdrawal_deferred"}
)
"""The statuses of a State Party: bound by the treaty, whether or not a withdrawal is running."""


def tally(statuses: Iterable[str]) -> dict[str, int]:
    """A key per status present (in the order of :data:`STATUSES`), then ``states_parties``."""
    seen = Counter(statuses)
    counts: dict[str, int] = {status: seen[status] for status in STATUSES if seen[status]}
    counts["states_parties"] = sum(seen[status] for status in STATES_PARTIES)
    return counts
