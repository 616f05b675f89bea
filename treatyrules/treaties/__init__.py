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
from ..scenario import TREATY_IDS

if TYPE_CHECKING:
    from .base import Treaty

__all__ = ["KNOWN", "MODELLED", "all", "get"]

KNOWN = TREATY_IDS
MODELLED: dict[str, str] = {"APMBC": "apmbc"}
"""Modelled treaty ids and the module that declares each (imported on first use)."""


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
    treaty: Treaty = import_module(f"{__name__}.{module}").TREATY
    _LOADED[treaty_id] = treaty
    return treaty


def all() -> tuple[Treaty, ...]:  # noqa: A001 - the registry's documented name
    """Every modelled treaty."""
    return tuple(get(t) for t in MODELLED)
