"""What-if for acts under the Convention: the same act with the mine triggered otherwise.

Whether a device is an anti-personnel mine turns on what it is designed to be
exploded by (Art. 2(1)): the presence, proximity or contact of a person, or of a
vehicle. Flipping that fact is the one change of an act worth trying.

>>> [d for d, _ in variations({"kind": "use", "date": "2025-01-01",
...                            "device": {"triggered_by": "person"}})]
["device.triggered_by = 'vehicle'"]
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

__all__ = ["variations"]


def variations(act: Mapping[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """Each single change of the act worth trying, described relative to the act."""
    device = act.get("device") or {}
    for trigger in ("person", "vehicle"):
        if device.get("triggered_by") != trigger:
            yield (
                f"device.triggered_by = {trigger!r}",
                {**act, "device": {**device, "triggered_by": trigger}},
            )
