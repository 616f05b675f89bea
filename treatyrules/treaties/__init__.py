"""The treaty registry: ``treaties.get("APMBC")``, ``treaties.all()``.

Every id the project uses is known (``KNOWN``); an id that is known but not yet
modelled raises :class:`~treatyrules.core.errors.NotModelledError`, so no verdict
silently leaves a treaty's rules out.

>>> get("APMBC").name
'Anti-Personnel Mine Ban Convention'
>>> get("XYZ")
Traceback (most recent call last):
...
treatyrules.core.errors.InputError: treaty: unknown treaty id 'XYZ'; known ids: APMBC, CCM, TPNW, CCW, GC1, GC2, GC3, GC4, AP1, AP2, NPT, CWC, BWC, ATT, ICC, CTBT, OST
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

from ..core.errors import InputError, NotModelledError
from ..scenario import _EXTRA_IDS, TREATY_IDS

if TYPE_CHECKING:
    from ..treaty import Treaty

__all__ = ["KNOWN", "MODELLED", "all", "get", "register"]

KNOWN = TREATY_IDS
MODELLED: dict[str, tuple[str, str]] = {
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
"""Modelled treaty ids: the module that declares each, and the name it has there."""


_LOADED: dict[str, Treaty] = {}


def get(treaty_id: str) -> Treaty:
    """The declared treaty with this id."""
    loaded = _LOADED.get(treaty_id)
    if loaded is not None:
        return loaded
    module = MODELLED.get(treaty_id)
    if module is None:
        if treaty_id in KNOWN:
            raise NotModelledError(
                "treaty", f"{treaty_id} is a known treaty id but is not modelled yet"
            )
        raise InputError(
            "treaty", f"unknown treaty id {treaty_id!r}; known ids: {', '.join(KNOWN)}"
        )
    treaty: Treaty = getattr(import_module(f"{__name__}.{module[0]}"), module[1])
    _LOADED[treaty_id] = treaty
    return treaty


def all() -> tuple[Treaty, ...]:  # noqa: A001 - the registry's documented name
    """Every modelled treaty, the library's own and those registered."""
    return tuple(get(t) for t in (*MODELLED, *(t for t in _LOADED if t not in MODELLED)))


def register(treaty: Treaty) -> Treaty:
    """Make a treaty declared outside the library available under its id.

    Scenarios may then name it, and ``evaluate`` applies its rules. An id the
    library already uses cannot be taken.
    """
    if treaty.id in KNOWN:
        raise ValueError(f"{treaty.id} is one of the library's own treaty ids")
    _LOADED[treaty.id] = treaty
    _EXTRA_IDS.add(treaty.id)
    return treaty
