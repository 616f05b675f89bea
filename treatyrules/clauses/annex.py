"""How long an annexed instrument binds a State beyond its release from the treaty.

Where a part of the armed-conflict wait holds an annexed instrument alone (CCW Art. 9(2), read
as ``ccw_un_limb_scope = that_protocol``: the part that lasts until the functions of United
Nations forces in the area end holds Amended Protocol II), the deferral decides that part as
an :class:`AnnexWait`; the conclusion, the Art. 9 heading and the verdict's ``annex_bound`` and
``annex_may_bind`` read it. Its day may be given; bounded below by an end the facts give for
one conflict while another's is missing; or not given at all. It binds beyond the release for
certain only where the State is bound by the annex and that lower bound is after the release.

>>> from datetime import date
>>> w = AnnexWait("APII", None, "the functions ... have ended", at_least=date(2026, 6, 1),
...               release=date(2025, 11, 1), undated=("the other war",))
>>> w.certain, w.floor, w.latest
(True, datetime.date(2026, 6, 1), None)
>>> AnnexWait("APII", None, "...", release=date(2025, 11, 1), undated=("the war",)).certain
False
>>> AnnexWait("APII", date(2026, 6, 1), "...", release=date(2025, 11, 1), bound=False).certain
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
    """The day its wait ends, where every part that may count is dated and none that may
    count ends later than those that do; None otherwise."""
    awaits: str
    """What it waits for, in the treaty's words."""
    at_least: date | None = None
    """Where ``until`` is None: the latest end the facts give among the parts that count for
    certain, if any."""
    release: date | None = None
    """The State's release from the rest of the treaty."""
    undated: tuple[str, ...] = ()
    """The conflicts for which the facts give no end of what it waits for."""
    unsure: tuple[str, ...] = ()
    """The conflicts for which the facts leave open whether the wait runs at all (whether
    there is anything of it in the area; whether the conflict counts)."""
    perhaps: date | None = None
    """Where ``until`` is None but every end is given: the latest of them, the day it binds
    until if all the doubtful parts count."""
    bound: bool = True
    """False where the facts do not say whether the State is bound by the annex at all."""
    conditional: bool = False
    """True where only some answers to facts not given lead to this wait (a conflict that
    counts only under an amendment the facts do not record): it may bind, never for certain."""
    revoked: date | None = None
    """A revocation between the release and the annex's day, which leaves open whether the
    State stays bound by the annex alone (VCLT Art. 68 does not say)."""

    @property
    def floor(self) -> date | None:
        """The day it binds the State until at the least, if bound by it: its own, else the
        later of the release and the ends the facts give."""
        if self.until is not None:
            return self.until
        days = [d for d in (self.at_least, self.release) if d is not None]
        return max(days) if days else None

    @property
    def latest(self) -> date | None:
        """The latest day it may bind the State until, where the facts give it."""
        return self.until or self.perhaps

    @property
    def certain(self) -> bool:
        """Whether it binds the State beyond the release for certain, on the facts given."""
        floor = self.floor
        return (
            self.bound
            and not self.conditional
            and floor is not None
            and self.release is not None
            and floor > self.release
        )

    @property
    def held_on_revocation(self) -> bool:
        """Whether it certainly still bound the State on the day of ``revoked``."""
        floor = self.floor
        return (
            self.certain
            and self.revoked is not None
            and floor is not None
            and floor >= self.revoked
        )

    def recorded(self) -> tuple[date | None, date | None]:
        """The day it binds until and, where that is not given, the day it binds until at
        the least, as the verdict records them (``annex_bound``, ``annex_may_bind``). Where
        it binds for certain: its day, or the later of the release and the ends the facts
        give, never after a revocation that leaves the rest open. Where it may bind: the
        latest day it would bind until, if the facts give it, else an end they give after
        the release; a revocation in between leaves only its own day, at the least."""
        if self.certain:
            until = self.until if self.revoked is None else None
            at_least = None if until is not None else self.floor
            if at_least is not None and self.revoked is not None:
                at_least = min(at_least, self.revoked)
            return until, at_least
        if self.revoked is not None:
            return None, self.revoked
        after = (
            self.at_least is not None and self.release is not None and self.at_least > self.release
        )
        until = self.latest
        return until, self.at_least if until is None and after else None
