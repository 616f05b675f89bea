"""The treaties the library declares, and access to the registry: ``treaties.get("APMBC")``.

The registry itself is :mod:`treatyrules.registry`; this package holds one module
per treaty (or family of treaties), each declaring its treaties with
:func:`treatyrules.declare`.

>>> get("APMBC").name
'Anti-Personnel Mine Ban Convention'
>>> [t.id for t in all()][:3]
['APMBC', 'CCM', 'TPNW']
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .. import registry

if TYPE_CHECKING:
    from ..treaty import Treaty

__all__ = ["KNOWN", "MODELLED", "all", "get", "register"]

MODELLED = registry.CATALOGUE
"""The library's own treaty ids: the module that declares each, and the name it has there."""
KNOWN = tuple(MODELLED)
"""The library's own treaty ids, in catalogue order."""


def get(treaty_id: str) -> Treaty:
    """The declared treaty with this id (an :class:`InputError` names the known ids)."""
    treaty: Treaty = registry.get(treaty_id)
    return treaty


def all() -> tuple[Treaty, ...]:  # noqa: A001 - the registry's documented name
    """Every treaty, the library's own and those users declared."""
    return registry.all_treaties()


def register(treaty: Treaty) -> Treaty:
    """Make a treaty built outside :func:`treatyrules.declare` available under its id.

    Scenarios may then name it, and ``evaluate`` applies its rules. An id the
    library already uses cannot be taken.
    """
    registry.add(treaty)
    return treaty
