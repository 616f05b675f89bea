"""The one registry of treaties: the library's catalogue and the treaties declared by users.

Everything that needs to know which treaties exist asks here: scenario validation,
the published JSON Schema's treaty ids, ``treatyrules rules`` and the generated
docs. The library's own treaties are catalogued by the module that declares each,
and imported only when first asked for, so ``import treatyrules`` stays cheap.

>>> "APMBC" in ids() and is_known("APMBC")
True
>>> get("APMBC").name
'Anti-Personnel Mine Ban Convention'
>>> get("XYZ")  # doctest: +ELLIPSIS
Traceback (most recent call last):
...
treatyrules.core.errors.InputError: treaty: unknown treaty id 'XYZ'; known ids: APMBC, CCM, TPNW, ...
"""

from __future__ import annotations

import sys
from importlib import import_module
from typing import Any

from .core.errors import InputError
from .core.excerpt import excerpt

# The registry holds declared treaties without importing the Treaty type: the
# scenario validates treaty ids here, and the Treaty (through its clauses) reads
# the scenario, so a typed import would close a loop. ``treatyrules.treaties.get``
# gives the typed view.
Treaty = Any

__all__ = ["CATALOGUE", "add", "all_treaties", "get", "ids", "is_known", "module_of"]

CATALOGUE: dict[str, tuple[str, str]] = {
    "APMBC": ("apmbc", "TREATY"),
    "CCM": ("ccm", "TREATY"),
    "TPNW": ("tpnw", "TREATY"),
    "CCW": ("ccw", "TREATY"),
    "GC1": ("geneva_conventions", "GC1"),
    "GC2": ("geneva_conventions", "GC2"),
    "GC3": ("geneva_conventions", "GC3"),
    "GC4": ("geneva_conventions", "GC4"),
    "AP1": ("additional_protocols", "AP1"),
    "AP2": ("additional_protocols", "AP2"),
    "NPT": ("disarmament", "NPT"),
    "CWC": ("disarmament", "CWC"),
    "BWC": ("disarmament", "BWC"),
    "ATT": ("att", "TREATY"),
    "ICC": ("icc", "TREATY"),
    "CTBT": ("disarmament", "CTBT"),
    "OST": ("ost", "TREATY"),
}
"""The library's own treaties: the module of ``treatyrules.treaties`` that declares each,
and the name it has there."""

_PACKAGE = "treatyrules.treaties"
_DECLARED: dict[str, Treaty] = {}  # id -> treaty.Treaty
"""Every treaty declared so far, the library's own (once loaded) and the users'."""


def ids() -> tuple[str, ...]:
    """Every treaty id a scenario may name: the catalogue's, then the users', in order declared."""
    return (*CATALOGUE, *(t for t in _DECLARED if t not in CATALOGUE))


def is_known(treaty_id: str) -> bool:
    """Whether a scenario may name ``treaty_id``."""
    return treaty_id in CATALOGUE or treaty_id in _DECLARED


def module_of(treaty_id: str) -> str | None:
    """The module that declares one of the library's treaties (None for a user's)."""
    entry = CATALOGUE.get(treaty_id)
    return None if entry is None else f"{_PACKAGE}.{entry[0]}"


def get(treaty_id: str) -> Treaty:
    """The declared treaty with this id, loading the library's own on first use."""
    treaty = _DECLARED.get(treaty_id) if isinstance(treaty_id, str) else None
    if treaty is not None:
        return treaty
    entry = CATALOGUE.get(treaty_id) if isinstance(treaty_id, str) else None
    if entry is None:
        raise InputError(
            "treaty", f"unknown treaty id {excerpt(treaty_id)}; known ids: {', '.join(ids())}"
        )
    loaded: Treaty = getattr(import_module(f"{_PACKAGE}.{entry[0]}"), entry[1])
    _DECLARED[treaty_id] = loaded
    return loaded


def all_treaties() -> tuple[Treaty, ...]:
    """Every treaty, the library's own and the users', in the order of :func:`ids`."""
    return tuple(get(t) for t in ids())


def add(treaty: Treaty) -> Treaty:
    """Record a declared treaty.

    A catalogue id is the library's: it is accepted only once, while the module the
    catalogue names for it is being imported, so no user declaration can replace
    one of the library's treaties. A user's id may be declared again (a notebook
    re-running its cell); the latest declaration wins.
    """
    entry = CATALOGUE.get(treaty.id)
    if entry is not None:
        module = sys.modules.get(f"{_PACKAGE}.{entry[0]}")
        # Being imported: the module exists but has not yet bound the name it declares.
        if module is None or getattr(module, entry[1], None) is not None:
            raise ValueError(f"{treaty.id} is one of the library's own treaty ids")
    _DECLARED[treaty.id] = treaty
    return treaty
