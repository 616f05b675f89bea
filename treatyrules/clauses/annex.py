"""How long an annexed instrument binds a State beyond its release from the treaty.

Where a part of the armed-conflict wait holds an annexed instrument alone (CCW Art. 9(2), read
as ``ccw_un_limb_scope = that_protocol``: the part that lasts until the functions of United
Nations forces in the area end holds Amended Protocol II), the deferral decides that part's
day as an :class:`AnnexWait`; the conclusion, the Art. 9 heading and the verdict's
``annex_bound`` read it. The day may be given, bounded below by a later fact the scenario gives
(one conflict's UN end is recorded, another's is not), or not given at all.

>>> from datetime import date
>>> w = AnnexWait("APII", None, "the functions ... have ended", at_least=date(2026, 6, 1),
...               release=date(2025, 11, 1))
>>> w.certain, w.floor
(True, datetime.date(2026, 6, 1))
>>> AnnexWait("APII", None, "...", at_least=date(2025, 11, 1), release=date(2025, 11, 1)).certain
False
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True, slots=True)
class AnnexWait:
    """The annex's own wait, as the deferral decided it."""

    annex: str
    """The annexed instrument's id ("APII")."""
    until: date | None
    """The day its wait ends; None where the facts do not give every end it waits for."""
    awaits: str
    """What it waits for, in the treaty's words."""
    at_least: date | None = None
    """Where ``until`` is None: the latest end the facts do give, if any."""
    release: date | None = None
    """The State's release from the rest of the treaty."""
    undated: tuple[str, ...] = ()
    """The conflicts for which the facts give no end of what it waits for."""
    revoked: date | None = None
    """A revocation between the release and the annex's day, which leaves open whether the
    State stays bound by the annex alone (VCLT Art. 68 does not say)."""

    @property
    def floor(self) -> date | None:
        """The day it binds the State until at the least: its own, else the later of the
        release and the ends the facts give."""
        if self.until is not None:
            return self.until
        days = [d for d in (self.at_least, self.release) if d is not None]
        return max(days) if days else None

    @property
    def certain(self) -> bool:
        """Whether it binds the State beyond the release for certain, on the facts given."""
        floor = self.floor
        return floor is not None and self.release is not None and floor > self.release
