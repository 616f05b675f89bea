"""The armed-conflict exception: a withdrawal that waits while the State is at war.

Treaties word it in several ways, and the block takes them as parameters:

* when the test is made -- on the expiry of the notice (APMBC, CCM, TPNW, CCW, the
  Additional Protocols) or when notice is given (Geneva Conventions);
* which situations count -- fixed by the treaty (an Additional Protocol's Art. 1
  situations) or read through the point ``armed_conflict_scope``;
* when the wait ends -- with *that* conflict; when the State is party to no conflict
  at all; or with peace -- and what else it waits for (:class:`Awaited`): operations
  of release, repatriation or re-establishment, the end of the functions of forces
  in the area, each recorded per conflict. A marker the treaty needs and the
  scenario does not record is an unknown, never taken from the conflict's end. Where
  the facts leave open whether the wait lasts for such a part at all (an annex the
  State may be bound by; forces there may be none of) and the answer changes the
  outcome, the deferral gives one branch per answer; where a contested point reads
  an annex's own wait as holding that annex alone, the treaty's wait is read without
  it and the finding says how long the annex binds the State;
* how it is worded -- the withdrawal "shall not take effect", or the State "remains
  bound": the dates are the same, the wording is kept. The words of each part come
  from the treaty's declaration.

>>> from treatyrules.core.rule import Rule
>>> ops = Awaited(facts=("release_and_repatriation_completed",),
...               words="the operations of release and repatriation have ended")
>>> d = ConflictDeferral(treaty="T", eid="art_1", title="t", paraphrase="p", source="s",
...                      defeats=Rule(treaty="T", eid="art_2", title="t", paraphrase="p",
...                                   source="s"),
...                      ends_with="peace", also_awaits=(ops,))
>>> w = Words(short="the Treaty", term="denunciation", verb="denounce",
...           instrument="notification", party="Party", recipients={})
>>> d.awaits(w).format(**w.slots(()))
'peace has been concluded and the operations of release and repatriation have ended'
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date
from functools import cache, lru_cache
from typing import Literal, TypeVar

from ..core.interpretation import (
    Consultation,
    InterpretationPoint,
    Option,
    get_point,
    register_point,
)
from ..core.rule import ExceptionRule
from ..core.truth import Truth, all_of
from ..core.verdict import Finding
from ..scenario import Conflict, Scenario, Withdrawal
from .annex import AnnexWait
from .conflict import (
    End,
    conflict_end,
    counts,
    describe,
    engagement,
    given_end,
    kinds_by_name,
    still_under_way,
)
from .context import Context
from .notice import on_conflict
from .words import Words, agreeing, joined, quoted, slots

__all__ = ["Awaited", "ConflictDeferral", "Deferral", "Extension", "deferral_worlds", "the_part"]

EndsWith = Literal["that_conflict", "any_conflict", "peace"]
"""What ends the wait first: that conflict; the State being party to no conflict; peace."""


# The contested questions the rules below consult, declared beside them.
DEFERRAL_ENDS_WITH = register_point(
    InterpretationPoint(
        key="deferral_ends_with",
        question=(
            "The effect of leaving waits for 'the end of the armed conflict': what if the State"
            " stops taking part before the conflict ends?"
        ),
        options={
            "end_of_conflict": "it waits for the end of the conflict itself, as the text says",
            "end_of_engagement": (
                "it takes effect when the State is no longer engaged (the conflict's engaged_until)"
            ),
        },
        default="end_of_conflict",
        rationale="Art. 20(3) says 'before the end of the armed conflict', not of the engagement.",
        sources=("docs/sources/apmbc.md §1 Art. 20(3)", "APMBC Art. 20(3), second sentence (T1)"),
    )
)

NEW_CONFLICT_DURING_DEFERRAL = register_point(
    InterpretationPoint(
        key="new_conflict_during_deferral",
        question=(
            "While the effect of leaving waits for the end of one armed conflict, the State"
            " becomes engaged in another: does the wait extend to that one too?"
        ),
        options={
            "ignore": "no: only the conflicts under way when the notice expired count",
            "extends": "yes: the wait lasts until the State is engaged in none",
        },
        default="ignore",
        rationale=(
            "Art. 20(3) tests engagement 'on the expiry of that six-month period' and waits for"
            " 'the end of the armed conflict' then under way (compare the TPNW, which waits until"
            " the State is party to no armed conflict at all)."
        ),
        sources=(
            "docs/sources/apmbc.md §1 Art. 20(3)",
            "docs/sources/sibling-treaties.md §2.2 (TPNW Art. 17)",
        ),
    )
)


@dataclass(frozen=True, slots=True)
class Awaited:
    """Something else the wait lasts for, recorded per conflict (``Conflict`` fields)."""

    facts: tuple[str, ...]
    """The conflict's fields that record its end; every one is needed."""
    words: str
    """What it is, as a clause in the treaty's words ("the operations ... have ended")."""
    only_for: tuple[str, ...] | None = None
    """Only where one of these annexed instruments is denounced (None: always)."""
    bound_via: str | None = None
    """Where a denunciation of the treaty itself denounces every annexed instrument the State
    is bound by (CCW Art. 9(3)): the id under which the scenario lists a State bound by those
    of ``only_for`` ("CCW-APII"): named in ``also_party_to``, the wait lasts for this too; in
    ``not_party_to``, it does not; in neither, whether it does is unknown."""

    scope: tuple[str, str] | None = None
    """Where the treaty itself is denounced and ``bound_via`` carries the annex's wait: the
    interpretation point that reads whether that wait holds the annex alone or the treaty too,
    and its option for "the annex alone" (None: the treaty too, always)."""
    present: str | None = None
    """The conflict's field that says whether there is anything to wait for here
    ("un_forces_in_area"): false, the wait does not last for this; null, unknown, unless one
    of ``facts`` is given (an end recorded implies it was there). None: there always is."""
    present_words: str = ""
    """What is there, as a clause ("forces ... perform ... functions in the area")."""

    def there(self, conflict: Conflict) -> Truth:
        """Whether there is anything to wait for in ``conflict`` (see ``present``)."""
        if self.present is None:
            return Truth.HOLDS
        value = getattr(conflict, self.present)
        if value is not None:
            return Truth.of(bool(value))
        given = any(getattr(conflict, fact) is not None for fact in self.facts)
        return Truth.HOLDS if given else Truth.UNKNOWN

    def reaches(self, annex: str | None, scenario: Scenario | None = None) -> Truth:
        """Whether the wait lasts for this where ``annex`` is denounced (None: the treaty)."""
        if self.only_for is None or annex in self.only_for:
            return Truth.HOLDS
        if annex is not None or self.bound_via is None or scenario is None:
            return Truth.FAILS
        if self.bound_via in scenario.also_party_to:
            return Truth.HOLDS
        return Truth.FAILS if self.bound_via in scenario.not_party_to else Truth.UNKNOWN

    @property
    def fact(self) -> str:
        """The missing fact where the scenario does not say whether the State is bound."""
        return f"also_party_to[{self.bound_via}]"

    def named(self, w: Words) -> str:
        """The annexed instruments it is for, by their names ("Amended Protocol II")."""
        return joined([w.annexed(key) for key in self.only_for or ()])


@dataclass(frozen=True, slots=True)
class Extension:
    """A kind of conflict the exception covers only for a State bound by a further
    instrument (CCW: non-international conflicts, under the 2001 amendment of Art. 1).

    The scenario says whether the State is bound by it: ``also_party_to`` names the
    instrument if it is, ``not_party_to`` if it is not. Named in neither, whether such a
    conflict counts is unknown, and decisive; it is never assumed either way."""

    kind: str
    """The conflict kind it adds ("non_international")."""
    instrument: str
    """The id the scenario's lists use for it ("CCW-AMENDED-ART1")."""
    name: str
    """The instrument in the treaty's words ("the 2001 amendment of Article 1")."""
    adds: str
    """What it adds, as a clause after its name ("which extends Article 1 to ...")."""

    @property
    def fact(self) -> str:
        """The missing fact, as the verdict's unknowns name it."""
        return f"also_party_to[{self.instrument}]"


# Not frozen, though never changed: built per evaluation, and frozen costs ~1 µs more (bench/).
@dataclass(slots=True)
class Deferral:
    """What the armed-conflict exception decided, and how to say so."""

    explain: Callable[[], Finding]
    """Builds the exception's finding from the decision (only when a reader asks)."""
    applies: Truth
    """HOLDS if the State is engaged on the test day, UNKNOWN if a missing fact decides."""
    ends: date | None
    """The end of the deferral; None while a conflict it waits for is ongoing or its end unknown."""
    conflicts: tuple[str, ...] = ()
    end_known: bool = True
    """False when the end is not merely in the future but missing from the facts."""
    ends_by: date | None = None
    """When the end is missing from the facts but bounded: the latest day it can fall on."""
    ends_after: date | None = None
    """When the end is missing from the facts: the earliest day it can fall on (a revocation
    before it comes first for certain; one after it may come too late)."""
    prolonged_by: tuple[str, ...] = ()
    """The later conflicts that prolong the wait past the end of those it was tested on."""
    ongoing: tuple[str, ...] = ()
    """The conflicts it waits for that the facts record as ongoing."""
    tested_on: date | None = None
    """The day the State's part in a conflict is tested (None: the notice's expiry)."""
    engaged: str = "engaged in"
    """The State's part in a conflict, in the treaty's words (with the agreement slots of
    :func:`~.words.slots`)."""
    covered_if: str | None = None
    """Where the exception covers the conflicts only for a State bound by an instrument the
    facts do not record: that instrument, in the treaty's words."""
    unless: tuple[date | None, date | None] | None = None
    """Where it holds for certain, but a further conflict counts only under ``covered_if``:
    the end of the wait (and its latest day, if not given) should that conflict not count."""
    doubtful: tuple[str, ...] = ()
    """Those further conflicts, which the wait lasts for if they count."""
    end_unsure: bool = True
    """Where ``applies`` is UNKNOWN: whether a conflict's missing end is part of the doubt."""
    texts: Callable[[Scenario | None, bool], tuple[str, str, str]] | None = None
    """The finding's text in three parts (who is engaged, the rule, when the wait ends), the
    first two read as the scenario given reads the wait (None: this deferral's own); the third
    after a lead of its own where the flag is set (a branch's "If none do, ...")."""
    annex_until: AnnexWait | None = None
    """Where a part of the wait holds an annexed instrument the withdrawal covers alone (a
    contested point read so), and it binds the State beyond the treaty's own release: the
    annex, the day that part ends (None: a day the facts do not give) and what it waits for,
    in the treaty's words."""
    annex_maybe: AnnexWait | None = None
    """As ``annex_until``, where the annex may bind the State beyond the treaty's release on
    facts not given (whether the State is bound by it, whether UN forces were in the area)."""
    annex_open: AnnexWait | None = None
    """Where such an annex would bind the State beyond the treaty's release but a revocation
    (its day last) comes between the two: the annex, its day, the revocation. Whether the
    revocation keeps the State in the annex alone is a question the rules here leave open."""
    branches: tuple[tuple[str, str, Deferral], ...] = ()
    """Where the facts leave open whether the wait lasts for something more (the State may be
    bound by an annex whose own wait the denunciation carries; there may be nothing of it in
    the area), and the answer changes the outcome: the deferral under each answer, with the
    assumption it makes alone ("if the State is not bound by ...") and after another ("and
    the State is not bound by ...")."""

    @property
    def finding(self) -> Finding:
        return self.explain()


@dataclass(frozen=True, eq=False, kw_only=True)
class ConflictDeferral(ExceptionRule):
    """If the State is engaged in an armed conflict on the test day, the withdrawal
    does not take effect before the end of that armed conflict."""

    tested_at: Literal["expiry", "notification"] = "expiry"
    ends_with: EndsWith = "that_conflict"
    kinds: tuple[str, ...] | None = None
    """Conflict kinds that count, fixed by the treaty; None: the point armed_conflict_scope."""
    stays_bound: bool = False
    """Worded as the State remaining bound rather than the withdrawal not taking effect."""
    also_awaits: tuple[Awaited, ...] = ()
    """What else the wait lasts for, beyond its end (``ends_with``)."""
    ends_words: str | None = None
    """The end in the treaty's words, as a clause with the slots of :meth:`~.words.Words.slots`,
    where it says more than "{the} {has} ended" (the conflicts, named by their kind)."""
    engaged_words: str = "engaged in"
    """How the treaty puts the State's part in a conflict ("a party to", "involved in"), with
    the agreement slots of :func:`~.words.slots` ("engaged in {a}situation{s} ...")."""
    bound_by: str = "the treaty"
    """What the State stays bound by, where it ``stays_bound`` ("the obligations of ...")."""
    extended_by: tuple[Extension, ...] = ()
    """Kinds of conflict the exception covers only for a State bound by a further instrument
    (with ``kinds`` fixed by the treaty)."""
    consults: tuple[str, ...] = (
        "armed_conflict_scope",
        "conflict_end_marker",
        "deferral_ends_with",
        "new_conflict_during_deferral",
    )

    def when(self) -> str:
        """The test day, in words."""
        return "the notice period expires" if self.tested_at == "expiry" else "notice is given"

    def _composite(self) -> bool:
        return self.ends_with == "peace" or bool(self.also_awaits) or self.ends_words is not None

    def _parts(
        self,
        w: Words,
        annex: str | None,
        scenario: Scenario | None = None,
        read: Mapping[str, Option] | None = None,
    ) -> list[str]:
        """The parts of the wait, in the treaty's words (``read``: the readings applied, and an
        annex's own wait left out where its point is read as holding the annex alone)."""
        first = (
            self.ends_words
            or {
                "that_conflict": "{the} {has} ended",
                "any_conflict": f"the State is no longer party to any {w.conflict}",
                "peace": "peace has been concluded",
            }[self.ends_with]
        )
        parts = [first]
        for a in self.also_awaits:
            # (The point is looked up only when read: a declaration words its rule before its
            # points are registered.)
            if read is not None and annex is None and a.scope is not None and _alone(a.scope, read):
                continue
            reach = a.reaches(annex, scenario)
            if reach is Truth.HOLDS:
                parts.append(a.words)
            elif reach is Truth.UNKNOWN:  # the State may be bound by the annex that asks for it
                parts.append(f"if the State is bound by {a.named(w)}, {a.words}")
        return parts

    def until(self, w: Words, annex: str | None = None, scenario: Scenario | None = None) -> str:
        """What the wait ends with, in the treaty's words."""
        if not self._composite():
            return {
                "that_conflict": f"the end of the {w.conflict}",
                "any_conflict": f"it is no longer party to any {w.conflict}",
                "peace": "",
            }[self.ends_with]
        return _and(self._parts(w, annex, scenario)).format(**w.slots(()))

    def awaits(
        self,
        w: Words,
        annex: str | None = None,
        scenario: Scenario | None = None,
        read: Mapping[str, Option] | None = None,
    ) -> str:
        """What the wait ends with, as a clause with the slots of :meth:`~.words.Words.slots`
        for the conflicts (not ``shown`` to speak of conflicts already named), for the
        condition of a case: an annex's own wait is left out of the treaty's where the reading
        applied (``read``, the evaluation's choices; None: each point's default) holds that
        annex alone."""
        if not self._composite():
            return _plain_awaits(self, w)
        return _and(self._parts(w, annex, scenario, read={} if read is None else read))

    def _waits(self, w: Words, annex: str | None, scenario: Scenario | None = None) -> str:
        until = self.until(w, annex, scenario)
        # "the end of the conflict" is a noun; "it is no longer party to any ..." a clause.
        noun = not self._composite() and self.ends_with == "that_conflict"
        return f"waits for {until}" if noun else f"waits until {until}"

    def not_engaged(self, w: Words) -> Finding:
        """Not engaged on the test day, with no listed conflict involving the State."""
        return _nobody_engaged(self, w)

    def _not_engaged(self, ctx: Context, day: date, annex: str | None = None) -> Finding:
        """Not engaged on ``day``; where listed conflicts involve the State, why each does not count."""
        state = ctx.scenario.state
        near = [
            c
            for c in ctx.scenario.conflicts
            if c.start <= day
            and (c.end is None or day < c.end)
            and (c.involvement is not None or state in c.parties)
        ]
        w = ctx.words
        ended = [
            c
            for c in ctx.scenario.conflicts
            if c.end is not None
            and c.end <= day
            and (c.involvement is not None or state in c.parties)
        ]
        if not near and ended:
            # The State's own wars had ended by then: say so, not that it was never a party.
            over = "; ".join(describe(c) for c in ended)
            plural = "s" if len(ended) > 1 else ""
            rest = [c for c in ctx.scenario.conflicts if c.start <= day and c not in ended]
            besides = (
                "; the scenario does not record the State as a party to, or as supporting a"
                f" party in, {'the others' if len(rest) > 1 else 'the other one'} it lists"
                f" ({'; '.join(describe(c) for c in rest)})"
                if rest
                else ""
            )
            return self.finding(
                Truth.FAILS,
                f"When {self.when()}, on {day}, the {w.conflict}{plural} the State was involved"
                f" in had ended ({over}){besides}: on the facts given nothing defers the"
                f" {w.term}." + self._note(w, annex),
            )
        if not near:
            others = [c for c in ctx.scenario.conflicts if c.start <= day]
            if not others:
                return self.not_engaged(w)
            # A war next door is not the State's war: say which conflicts were weighed.
            listed = "; ".join(describe(c) for c in others)
            return self.finding(
                Truth.FAILS,
                f"When {self.when()}, on {day}, the scenario does not record the State as a party"
                f" to, or as supporting a party in, the {w.conflict}s it lists ({listed}): on the"
                f" facts given nothing defers the {w.term}. Whether the State is"
                f" {agreeing(self.engaged_words, ())} {w.a_conflict} is a question of fact, for the"
                " facts to"
                " show: a State that takes part in the fighting is, whatever it calls itself"
                + (
                    ", and one that only supports a party counts only under the reading"
                    " armed_conflict_scope = party_or_co_belligerent."
                    if self.kinds is None
                    else "."
                )
                + self._note(w, annex),
            )
        why = "; ".join(f"{describe(c)} {self._why_not(ctx, c, day)}" for c in near)
        return self.finding(
            Truth.FAILS,
            f"When {self.when()}, on {day}, the State is not engaged in {w.a_conflict} that"
            f" defers the {w.term}: {why}. Nothing defers the effect." + self._note(w, annex),
        )

    def _why_not(self, ctx: Context, conflict: Conflict, day: date) -> str:
        if conflict.involvement == "supporting":
            return "involves it only in support, not as a party"
        if (
            conflict.involvement == "co_belligerent"
            and self.kinds is not None
            and conflict.kind == "non_international"
        ):
            return (
                "involves it as a co-belligerent in a non-international armed conflict, which is"
                " not taken to be a situation of its own that the exception covers"
            )
        if not self._counts(ctx, conflict):
            extension = self._extension(conflict)
            if extension is not None and self._covers(ctx, conflict) is Truth.FAILS:
                return (
                    f"counts only for a State bound by {extension.name}, {extension.adds}; the"
                    " scenario records the State as not bound by it (not_party_to names"
                    f" {extension.instrument})"
                )
            if self.kinds is not None:
                return "is not a situation this treaty's exception covers"
            scope = ctx.read(self, "armed_conflict_scope")
            return f"does not count under the reading applied (armed_conflict_scope = {scope})"
        if conflict.engaged_until is not None and day >= conflict.engaged_until:
            return f"no longer engages it: its engagement ended on {conflict.engaged_until}"
        return "has ended for it under the reading of its end applied"

    def _counts(self, ctx: Context, conflict: Conflict) -> bool:
        """Whether the State's part in ``conflict`` counts, on the facts given. (A conflict
        that counts only under an instrument the facts do not record does not prolong a wait
        here: only the conflicts on the test day are weighed for it, in ``_engaged``.)"""
        if self.kinds is None:
            return counts(ctx, self, conflict)
        return self._covers(ctx, conflict) is Truth.HOLDS

    def may_count(self, ctx: Context, conflict: Conflict) -> bool:
        """Whether ``conflict`` is of a kind the exception may cover for the State, for the
        notes in the reasons (the contested readings are left to :meth:`judge`)."""
        return self.kinds is None or self._covers(ctx, conflict) is not Truth.FAILS

    def _extension(self, conflict: Conflict) -> Extension | None:
        return next((e for e in self.extended_by if e.kind == conflict.kind), None)

    def _covers(self, ctx: Context, conflict: Conflict) -> Truth:
        """Whether the exception, its kinds fixed by the treaty, covers the State's part in
        ``conflict``: UNKNOWN where it covers that kind only for a State bound by an
        instrument that the scenario records in neither list."""
        role = conflict.involvement or ("party" if ctx.scenario.state in conflict.parties else None)
        if role not in ("party", "co_belligerent") or self.kinds is None:
            return Truth.FAILS
        if role == "co_belligerent" and conflict.kind == "non_international":
            # A co-belligerent, fighting alongside a party to an international conflict, is
            # itself a party to it (a common Art. 2 situation): counted as one, as under every
            # reading of armed_conflict_scope. Whether a State helping in another's
            # non-international conflict is in that State's Art. 1 situation is not settled
            # here: it is not assumed.
            return Truth.FAILS
        if conflict.kind in self.kinds:
            return Truth.HOLDS
        extension = self._extension(conflict)
        if extension is None or extension.instrument in ctx.scenario.not_party_to:
            return Truth.FAILS
        if extension.instrument in ctx.scenario.also_party_to:
            return Truth.HOLDS
        return Truth.UNKNOWN

    def _engaged(self, ctx: Context, index: int, conflict: Conflict, day: date) -> Truth:
        if self.kinds is None:
            return engagement(ctx, self, index, conflict, day)
        covered = self._covers(ctx, conflict)
        if covered is Truth.FAILS or day < conflict.start:
            return Truth.FAILS
        if conflict.engaged_until is not None and day >= conflict.engaged_until:
            return Truth.FAILS
        # The end read as the wait reads it: a conflict whose end may come before the test day
        # is not taken as still under way on it.
        return all_of((covered, still_under_way(ctx, self, index, conflict, day)))

    def _doubtful(self, ctx: Context, index: int, conflict: Conflict, day: date) -> bool:
        """Whether ``conflict`` counts only under an instrument the facts do not record, the
        State being, or perhaps being, engaged in it on ``day`` (read into nothing)."""
        if self._extension(conflict) is None or self._covers(ctx, conflict) is not Truth.UNKNOWN:
            return False
        return _trial(ctx, lambda: self._engaged(ctx, index, conflict, day)) is not Truth.FAILS

    def _annex_day(
        self, a: Awaited, wait: AnnexWait, there: list[Conflict], doubtful: list[Conflict]
    ) -> str:
        """The day the annex's wait ends, as the reason gives it after "binds the State until
        then": the day, or what bounds it and the facts that leave it open."""
        release = wait.release
        if wait.until is not None:
            if release is None or wait.until > release:
                return f": on {wait.until}."
            return (
                f": on {wait.until}, before the rest of the wait is over, so it is released with"
                f" the rest on {release}."
            )
        absent = [c.name for c in there if a.there(c) is Truth.UNKNOWN]
        many = len(there) > 1
        caveats = []
        # Undated, with nothing to bound it: "a day the facts do not give" says it all.
        dayless = release is None and wait.perhaps is None and wait.at_least is None
        if wait.undated and not dayless:
            caveats.append(
                "the facts give no day for their end"
                + (f" in {quoted(wait.undated)}" if many else "")
            )
        if absent:
            caveats.append(
                f"nor do they say{f', for {quoted(absent)},' if many else ''} whether"
                f" {a.present_words} at all"
                if wait.undated and not dayless
                else f"the facts do not say{f', for {quoted(absent)},' if many else ''} whether"
                f" {a.present_words} at all"
            )
        for c in doubtful:
            extension = self._extension(c)
            if c in there and extension is not None:
                caveats.append(
                    f"'{c.name}' counts only for a State bound by {extension.name}, which the"
                    " facts do not record"
                )
        if wait.at_least is not None and (release is None or wait.at_least > release):
            # One conflict's end is given and later than the release; another part may be later.
            main = f": not before {wait.at_least}, and perhaps later"
            return main + (": " if caveats else "") + "; ".join(caveats) + "."
        if wait.perhaps is not None:
            main = f": on {wait.perhaps} at the latest"
        elif release is None:
            main = ", a day the facts do not give"
        else:
            main = f", if that is after {release}"
        return main + "".join(f"; {c}" for c in caveats) + "."

    def _unsure(self, ctx: Context, index: int, conflict: Conflict, day: date) -> list[str]:
        """The missing facts that leave the State's engagement in ``conflicts[index]`` on
        ``day`` open: the instrument that would make it count, the conflict's end."""
        facts = []
        extension = self._extension(conflict)
        if extension is not None and self._covers(ctx, conflict) is Truth.UNKNOWN:
            facts.append(extension.fact)
        if self.kinds is None or still_under_way(ctx, self, index, conflict, day) is Truth.UNKNOWN:
            facts.append(conflict_end(ctx, self, index, conflict).fact)
        return facts

    def _end(
        self, ctx: Context, index: int, conflict: Conflict, annex: str | None = None
    ) -> tuple[End, tuple[str, ...]]:
        """The end of the wait for ``conflicts[index]``, and the facts it needs that are missing."""
        until = conflict.engaged_until
        if self.ends_with == "peace":
            end = _peace(conflict, index)
        elif self.ends_with == "any_conflict" and until is not None:
            # The wait lasts while the State is a party to a conflict: its own part decides.
            end = End(until)
        elif until is not None and ctx.read(self, "deferral_ends_with") == "end_of_engagement":
            # The reading is consulted only where an engagement ends before the conflict.
            end = End(until)
        else:
            end = conflict_end(ctx, self, index, conflict)
        if not self.also_awaits:  # the usual case: the wait lasts for nothing else
            return end, (() if end.known else (end.fact,))
        scenario = ctx.scenario
        awaited: list[Awaited] = []
        perhaps: list[Awaited] = []
        doubts: list[str] = []  # the missing facts that leave open whether it waits for those
        for a in self.also_awaits:
            reach, there = a.reaches(annex, scenario), a.there(conflict)
            if Truth.FAILS in (reach, there):
                continue
            if reach is Truth.HOLDS and there is Truth.HOLDS:
                awaited.append(a)
                continue
            perhaps.append(a)
            doubts += [a.fact] if reach is Truth.UNKNOWN else []
            doubts += [f"conflicts[{index}].{a.present}"] if there is Truth.UNKNOWN else []
        found = _and_also(conflict, index, end, awaited)
        return _perhaps(conflict, index, *found, perhaps, doubts) if perhaps else found

    def judge(
        self, ctx: Context, expiry: date, received: date | None = None, annex: str | None = None
    ) -> Deferral:
        """The deferral of a withdrawal whose notice expires on ``expiry`` (received on
        ``received``; of the annexed instrument ``annex`` alone, if it names one)."""
        for a in self.also_awaits:
            if a.scope is not None and annex is None and a.reaches(None, ctx.scenario) in _MAY:
                return self._scoped(ctx, expiry, received, a)
        return self._judge(ctx, expiry, received, annex)

    def _scoped(self, ctx: Context, expiry: date, received: date | None, a: Awaited) -> Deferral:
        """The deferral of the treaty itself where an annex it also covers has a wait of its
        own (``a``), which a contested point reads as holding that annex alone or the treaty
        too. Where it holds the annex alone, the treaty's wait is read without it, and the
        finding says how long the annex binds the State."""
        assert a.scope is not None and a.bound_via is not None
        key, alone = a.scope
        scenario = ctx.scenario
        without = scenario.model_copy(
            update={
                "also_party_to": tuple(x for x in scenario.also_party_to if x != a.bound_via),
                "not_party_to": (*scenario.not_party_to, a.bound_via),
            }
        )
        other = next(o for o in get_point(key).options if o != alone)

        def judged(world: Scenario) -> Deferral:
            ctx.scenario = world
            try:
                return self._judge(ctx, expiry, received, None)
            finally:
                ctx.scenario = scenario

        # Trials first, which read nothing into this evaluation: where both readings give the
        # same days, the point is moot here.
        first = _trial(ctx, lambda: judged(without))
        if first.applies is Truth.FAILS:  # nothing defers it: the point has nothing to read
            return self._judge(ctx, expiry, received, None)
        days = [
            _days(expiry, first),
            _days(expiry, _trial(ctx, lambda: judged(scenario), {key: other})),
        ]
        if ctx.read(self, key, moot=days[0] == days[1]) != alone:
            return self._judge(ctx, expiry, received, None)
        found = judged(without)
        w = ctx.words
        named = a.named(w)
        waiting = [c for c in scenario.conflicts if c.name in found.conflicts]
        if not waiting:
            return found
        reach = a.reaches(None, scenario)
        # A conflict that counts only under an instrument the facts do not record (CCW: a
        # non-international one, under the 2001 amendment), and that the treaty's own wait can
        # leave aside (it ends by then), may still carry the annex's wait: it is doubtful.
        day = expiry if self.tested_at == "expiry" or received is None else received
        doubtful = [c for i, c in enumerate(scenario.conflicts) if self._doubtful(ctx, i, c, day)]
        release = found.ends if found.ends != date.max else None
        sure = [c for c in waiting if a.there(c) is Truth.HOLDS]
        # One that ends by the day the rest binds until cannot change it (review 13, m3).
        top = max((e for c in sure if (e := _last_of(c, a.facts)) is not None), default=release)
        doubtful = [
            c
            for c in doubtful
            if c not in waiting and ((e := _last_of(c, a.facts)) is None or top is None or e > top)
        ]
        there = [c for c in (*waiting, *doubtful) if a.there(c) is not Truth.FAILS]
        ends = [_last_of(c, a.facts) for c in there]
        # These facts say not when the State is released from the treaty, but whether and until
        # when the annex binds it after that: a date of the verdict (``withdrawal.annex_bound``),
        # decisive where the release is dated and the annex's wait may outlast it.
        # A revocation before the release ends all of it (VCLT Art. 68): then nothing is decided
        # by them.
        revoked = _revoked(ctx, received, None)
        ended = found.ends if found.ends not in (None, date.max) else found.ends_by
        gone = revoked is not None and (ended is None or revoked < ended)
        later = (
            release is not None
            and not gone
            and bool(ends)
            and (None in ends or max(d for d in ends if d is not None) > release)
        )
        if reach is Truth.UNKNOWN and there:
            ctx.unknown(a.fact, self, decisive=later)
        for i, c in enumerate(scenario.conflicts):
            if c in there:
                for f in a.facts if None in ends else ():
                    if getattr(c, f) is None:
                        ctx.unknown(f"conflicts[{i}].{f}", self, decisive=later)
                if a.there(c) is Truth.UNKNOWN:
                    ctx.unknown(f"conflicts[{i}].{a.present}", self, decisive=later)
            extension = self._extension(c) if c in doubtful and c in there else None
            if extension is not None and all(u.fact != extension.fact for u in ctx.unknowns):
                ctx.unknown(extension.fact, self, decisive=later)
        if not there:  # nothing to wait for: nothing keeps the annex binding beyond this wait
            paths = ", ".join(
                f"conflicts[{i}].{a.present}"
                for i, c in enumerate(scenario.conflicts)
                if c in waiting or c in doubtful
            )
            covered = (
                f"{named}, if the State is bound by it,"
                if reach is Truth.UNKNOWN
                else f"{named}, which the {w.term} covers too,"
            )
            note = (
                f" The facts record that no {a.present_words} ({paths} false): nothing keeps"
                f" {covered} binding the State once that wait ends."
            )
        else:
            wait = _annex_wait(a, there, sure, release, reach is Truth.HOLDS)
            on = self._annex_day(a, wait, there, doubtful)
            bound = (
                f"if the State is bound by {named} ({a.bound_via} is in neither also_party_to nor"
                " not_party_to), "
                if reach is Truth.UNKNOWN
                else ""
            )
            # Revoked before the wait ended (VCLT Art. 68): what would have happened.
            covers, binds = ("covered", "would have bound") if gone else ("covers", "binds")
            note = (
                f" Read as {key} = {alone}, the part of the wait that lasts until {a.words} holds"
                f" {named} alone, not the rest: {bound}the {w.term} {covers} {named} too, and"
                f" {named} {binds} the State until then" + on
            )
            # Said in the verdict's dates and conclusion too, where the annex binds or may bind
            # the State beyond a dated release: as bound for certain (``annex_until``), or as
            # what facts not given decide (``annex_maybe``). A revocation after the release and
            # before the annex's last possible day leaves open whether the State stays bound by
            # the annex alone (``annex_open``); one before the release ends all of it.
            if a.only_for is not None and len(a.only_for) == 1 and later:
                last = wait.latest
                if revoked is not None and (last is None or revoked < last):
                    found.annex_open = replace(wait, revoked=revoked)
                elif wait.certain:
                    found.annex_until = wait
                else:
                    found.annex_maybe = wait
                lead = (
                    f" That release is from all of them but {named}:"
                    if wait.certain
                    else f" That release may not be from {named}:"
                )
                note = lead + note[:1] + note[1:2].lower() + note[2:]
        texts = found.texts
        if texts is None or found.applies is Truth.FAILS:
            return found

        def explain() -> Finding:
            """The treaty's wait, then how long the annex binds the State."""
            assert texts is not None
            head, rest, tail = texts(None, False)
            return self.finding(found.applies, f"{head}{rest} {tail}{note}{self._note(w)}")

        found.explain = explain
        return found

    def _judge(
        self,
        ctx: Context,
        expiry: date,
        received: date | None = None,
        annex: str | None = None,
        supposed: frozenset[str] = frozenset(),
    ) -> Deferral:
        """:meth:`judge`, the reading of an annex's own wait settled (``supposed``: the facts
        a branch supposes, which the scenario does not record)."""
        conflicts = ctx.scenario.conflicts
        if not conflicts:
            return Deferral(lambda: _nobody_engaged(self, ctx.words, annex), Truth.FAILS, expiry)
        for a in self.also_awaits:
            branched = self._branches(ctx, expiry, received, annex, a)
            if branched is not None:
                return branched
        day = expiry if self.tested_at == "expiry" or received is None else received
        engaged: list[tuple[int, Conflict]] = []
        maybe: list[tuple[int, Conflict]] = []
        for i, c in enumerate(conflicts):
            t = self._engaged(ctx, i, c, day)
            if t is Truth.HOLDS:
                engaged.append((i, c))
            elif t is Truth.UNKNOWN:
                maybe.append((i, c))
        if not engaged and not maybe:
            return Deferral(lambda: self._not_engaged(ctx, day, annex), Truth.FAILS, expiry)
        waiting = engaged or maybe
        found = [(i, c, self._end(ctx, i, c, annex)) for i, c in waiting]
        ends = [(i, c, end) for i, c, (end, _) in found]
        missing = [fact for _, _, (_, facts) in found for fact in facts]
        # Whether the State is still engaged turns on a missing end marker, or on an instrument
        # that would make the conflict count: name it.
        unsure = [f for i, c in maybe if not engaged for f in self._unsure(ctx, i, c, day)]
        extensions = [e for e in self.extended_by if e.fact in unsure]
        end_unsure = bool(unsure) and any(f not in {e.fact for e in extensions} for f in unsure)
        for fact in (*unsure, *missing):
            ctx.unknown(fact, self, decisive=True)
        going_on = tuple(c.name for _, c, e in ends if e.known and e.day is None)
        ongoing = bool(going_on)
        unknown_end = any(not e.known for _, _, e in ends)
        last: date | None = None
        by: date | None = None
        prolonged_by: tuple[str, ...] = ()
        unknown_later: tuple[str, ...] = ()
        end_known = not unknown_end
        if not ongoing and not unknown_end:
            first = max(e.day for _, _, e in ends if e.day is not None)
            counted = {i for i, _, _ in ends}
            last = self._extend(ctx, day, first, counted, annex)
            if last != first:  # later conflicts prolong the wait: say which (rare, so re-read)
                prolonged_by, going_on, unknown_later = self._prolonging(
                    ctx, ends, counted, first, annex
                )
                end_known = bool(going_on) or last != date.max
                if last == date.max and not going_on:
                    # No later conflict is going on, but the end of one is missing: where the
                    # facts bound every such end, so do they bound the wait.
                    tested = {i for i, _, _ in ends}
                    upper = self._extend(ctx, day, first, tested, annex, bound=True)
                    if upper != date.max:
                        by = max(upper, expiry)
                        last = None
            if last is not None:
                last = max(last, expiry)  # never before the notice period ends
        elif not ongoing and all(e.known or e.before is not None for _, _, e in ends):
            # The end is missing but bounded: the withdrawal takes effect by then at the latest.
            latest = max(d for _, _, e in ends if (d := e.day if e.known else e.before))
            tested = {i for i, _, _ in ends}
            by = max(self._extend(ctx, day, latest, tested, annex, bound=True), expiry)
            if by == date.max:
                by = None
        # A conflict that counts only under an instrument the facts do not record, beside one
        # that counts for certain: if it counts, the wait lasts for it too.
        doubts: list[tuple[Conflict, Extension]] = []
        unless = (last, by)  # the wait should those conflicts not count
        if engaged and not ongoing:
            for i, c in maybe:
                extension = self._extension(c)
                if extension is None or self._covers(ctx, c) is not Truth.UNKNOWN:
                    continue
                end, facts = self._end(ctx, i, c, annex)
                held = by if last is None else last
                if end.known and end.day is not None and held is not None and end.day <= held:
                    continue  # it ends by then: whether it counts cannot matter
                doubts.append((c, extension))
                for fact in (extension.fact, *facts):
                    ctx.unknown(fact, self, decisive=True)
                if end.known and end.day is not None and last is not None:
                    last = max(last, end.day)  # it counts: the wait lasts until it ends too
                else:
                    its_end = end.day if end.known else end.before
                    by = None if its_end is None or held is None else max(its_end, held, expiry)
                    last, end_known = None, end.known and end.day is None
        names = tuple(c.name for _, c, _ in ends)
        applies = Truth.HOLDS if engaged else Truth.UNKNOWN
        # The earliest the wait can end where the facts do not give its end: never before the
        # notice period expires, nor before the ends the facts do give.
        # Where an end is not given: it falls on its earliest day at the soonest, and not before
        # an end the facts do give either (review 13: a revocation before that comes first).
        floor = max(_not_before(ends) or expiry, expiry) if unknown_end else expiry
        # A revocation before the wait ends stops the effect (VCLT Art. 68): the end is then
        # said as what would have happened. One after the earliest day a wait of unknown end
        # can end may come too late: then either may be so (``unsure``).
        revoked = _revoked(ctx, received, annex)
        ended = last if last is not None and last != date.max else by
        if revoked is not None and ended is not None and revoked >= ended:
            revoked = None  # after the effect: it changes nothing
        unsure_revoked = revoked is not None and not end_known and revoked > floor
        w = ctx.words
        sc = ctx.scenario
        # Whether the State is bound by an annex whose own wait the denunciation may carry.
        unbound = [a for a in self.also_awaits if a.bound_via and a.fact in missing]
        markers = [f for f in missing if f not in {a.fact for a in unbound}]

        def texts(words_from: Scenario | None = None, led: bool = False) -> tuple[str, str, str]:
            """The finding's text, from the decision above, in three parts: who is engaged,
            the rule, and when the wait ends (the first two read the wait as ``words_from``
            does, where given: the scenario of a deferral that branches on an annex)."""
            said = sc if words_from is None else words_from
            listed = joined([describe(c) for _, c, _ in ends], "and" if engaged else "or")
            when = f"when {self.when()}"
            kinds = kinds_by_name(ctx.scenario.conflicts)
            later = w.the_conflicts(prolonged_by, kinds, the="The later")
            # One conflict is "that" conflict; of several, those still going on are named.
            that = (
                f"That {w.noun(ends[0][1].kind)}"
                if len(ends) == 1
                else w.the_conflicts(going_on, kinds)
            )
            that = that[:1].upper() + that[1:]
            agree = slots(going_on)
            if engaged:
                part = agreeing(self.engaged_words, names)
                head = f"The facts record the State as {part} {listed} on {day}, {when}."
            elif extensions:
                part = agreeing(self.engaged_words, names[:1])  # one or the other: "a situation"
                ext = extensions[0]
                gaps = [f for f in unsure if f != ext.fact]
                head = (
                    f"Whether the State is {'still ' if gaps else ''}{part} {listed} on {day},"
                    f" {when}, depends on whether it is bound by {ext.name}, {ext.adds}: the"
                    f" scenario names {ext.instrument} in neither also_party_to nor"
                    " not_party_to"
                    + (f", nor does it give {', '.join(gaps)}" if gaps else "")
                    + f". If it is, the {w.term} {self._waits(w, annex, said)}; if not, it takes"
                    " effect on its date."
                )
            else:
                facts = ", ".join(unsure)
                part = agreeing(self.engaged_words, names[:1])  # one or the other: "a situation"
                head = (
                    f"Whether the State is still {part} {listed} on {day}, {when},"
                    " depends on"
                    f" a fact the scenario does not give ({facts}). If it is, the {w.term}"
                    f" {self._waits(w, annex, said)}; if not, it takes effect on its date."
                )
            # Where the treaty keeps the State bound through the wait, that is what ends; where
            # the State revoked the instrument before then, it is what would have happened.
            effect = (
                ("the State is released" if self.stays_bound else f"the {w.term} takes effect")
                if revoked is None or unsure_revoked
                else "the State would have been released"
                if self.stays_bound
                else f"the {w.term} would have taken effect"
            )
            not_before = (
                "the State stays bound until"
                if self.stays_bound
                else f"the {w.term} cannot take effect before"
            )
            nor_before = " (at least until {})" if self.stays_bound else ", nor before {}"
            if ongoing and self._composite():
                tail = (
                    f"{that} {agree['is']} still going on: {not_before} {self.until(w, annex, sc)},"
                    " which the facts do not yet give."
                )
            elif ongoing and self.ends_with == "any_conflict":
                # Not the day that conflict ends: any conflict the State is a party to by then,
                # a later one included, holds the wait.
                tail = (
                    f"{that} {agree['is']} still going on: {effect} on the day it is no longer"
                    f" party to any {w.conflict}, which the facts do not yet give."
                )
            elif ongoing:
                it = "it" if len(going_on) == 1 else "the last of them"
                tail = (
                    f"{that} {agree['is']} still going on: {effect} on the day {it} ends, which"
                    " the facts do not yet give."
                )
            elif doubts and unless[0] is not None:  # the certain wait is dated
                tail = f"The wait ends on {unless[0]}, so {effect} on {unless[0]}"
                tail += ", unless a further conflict counts too (below)."
            elif unknown_end and markers and self._composite():
                floor = _not_before(ends)
                tail = (
                    f"The facts do not record when {self._missing(w, markers, annex, sc)}"
                    f" ({', '.join(markers)}): {not_before} then"
                    + ("" if floor is None else nor_before.format(max(floor, expiry)))
                    + (", and no date can be given." if by is None else f"; by {by} at the latest.")
                )
            elif unknown_end and unbound:  # the rest is dated: the annex's wait may be longer
                floor = _not_before(ends)
                tail = (
                    effect[:1].upper()
                    + effect[1:]
                    + ("" if floor is None else f" on {max(floor, expiry)} or later")
                    + ("; no date can be given." if by is None else f", by {by} at the latest.")
                )
            elif unknown_end:
                tail = "The facts do not give the day the wait ends under the reading applied"
                tail += "." if by is None else f"; it ends by {by} at the latest."
            elif last == date.max and len(prolonged_by) == 1:  # its end is not given
                state = "is still going on" if end_known else "has an end the facts do not give"
                tail = (
                    f"{later} prolongs the wait and {state}: {not_before} it ends, and no date"
                    " can be given."
                )
            elif last == date.max:  # several later conflicts: say which have no end given
                unended: list[str] = []
                if going_on:
                    unended.append(f"{quoted(going_on)} {slots(going_on)['is']} still going on")
                if unknown_later:
                    unended.append(f"the facts do not give the end of {quoted(unknown_later)}")
                tail = (
                    f"{later} prolong the wait, and {' and '.join(unended)}:"
                    f" {not_before} the wait ends, and no date can be given."
                )
            elif last is None and prolonged_by:  # a later end missing, but bounded
                tail = (
                    f"{later} prolong{slots(prolonged_by)['verb_s']} the wait, and the facts do"
                    f" not give the end of {quoted(unknown_later)}: {not_before} then, and the"
                    f" wait ends by {by} at the latest."
                )
            elif prolonged_by:
                tail = (
                    f"{later} prolong{slots(prolonged_by)['verb_s']} the wait, which ends on {last}, so"
                    f" {effect} on {last}."
                )
            else:
                tail = f"The wait ends on {last}, so {effect} on {last}."
                if applies is Truth.UNKNOWN and not led:  # only if the State is engaged (head)
                    tail = f"If it is, {_lower(tail)}"
            rest = "" if applies is Truth.UNKNOWN else " " + self._rule_in_words(w, annex, said)
            for c, ext in doubts:  # a conflict that may count beside those that do
                tail += (
                    f" Whether {describe(c)} counts too depends on whether the State is bound by"
                    f" {ext.name}, {ext.adds}: the scenario names {ext.instrument} in neither"
                    " also_party_to nor not_party_to. If it counts, the wait lasts until it ends"
                    " too" + ("." if last is None else f": {effect} on {last}.")
                )
            for a in unbound:  # whether the denunciation reaches an annex with its own wait
                tail += (
                    f" Whether the State is bound by {a.named(w)}, which the {w.term} also"
                    f" covers and which keeps it bound also until {a.words}, the scenario does"
                    f" not record ({a.bound_via} is in neither also_party_to nor not_party_to)."
                )
            for a in self.also_awaits:  # nothing of it in the area: said, not silently left out
                none = [
                    f"conflicts[{i}].{a.present}"
                    for i, c, _ in ends
                    if a.there(c) is Truth.FAILS
                    and a.reaches(annex, sc) is not Truth.FAILS
                    and f"conflicts[{i}].{a.present}" not in supposed
                ]
                if none:
                    tail += (
                        f" The facts record that no {a.present_words} ({', '.join(none)} false):"
                        " the wait does not last for that."
                    )
            if unsure_revoked:
                tail += (
                    f" The State revokes the instrument on {revoked}: if the wait has not ended"
                    " by then, the revocation stops the effect; if it has, it comes too late."
                )
            elif revoked is not None:
                tail += f" The State revokes the instrument on {revoked}, before then."
            return head, rest, tail

        def explain() -> Finding:
            """The finding, from the decision above."""
            head, rest, tail = texts()
            return self.finding(applies, f"{head}{rest} {tail}{self._note(w, annex)}")

        # The instrument that decides whether a conflict counts, where the facts do not say.
        covering = [e.name for e in extensions] or [e.name for _, e in doubts]
        return Deferral(
            explain,
            applies,
            last,
            names,
            texts=texts,
            end_known=end_known,
            ends_by=by,
            ends_after=floor if not end_known else None,
            prolonged_by=prolonged_by,
            ongoing=going_on,
            tested_on=day,
            engaged=self.engaged_words,
            covered_if=(covering[0] if covering else None),
            end_unsure=end_unsure,
            unless=unless if doubts else None,
            doubtful=tuple(c.name for c, _ in doubts),
        )

    def _branches(
        self, ctx: Context, expiry: date, received: date | None, annex: str | None, a: Awaited
    ) -> Deferral | None:
        """The deferral where the facts leave open whether the wait lasts for ``a`` too: the
        State may be bound by the annex that asks for it (``a.bound_via``, the denunciation
        carrying its wait), or there may be nothing of it in the area (``a.present``). One
        branch per answer, if the answers give different days; else None, and the wait is
        read as one."""
        scenario = ctx.scenario
        reach = a.reaches(annex, scenario)
        if reach is Truth.FAILS:
            return None
        day = expiry if self.tested_at == "expiry" or received is None else received
        state = scenario.state
        unsure = [
            i
            for i, c in enumerate(scenario.conflicts)
            if a.there(c) is Truth.UNKNOWN
            and (c.end is None or c.end > day)
            and (state in c.parties or c.involvement in ("party", "co_belligerent"))
            and self.may_count(ctx, c)
        ]
        if reach is Truth.HOLDS and not unsure:
            return None

        def answered(yes: bool) -> Scenario:
            update: dict[str, object] = {}
            if reach is Truth.UNKNOWN:
                lists = "also_party_to" if yes else "not_party_to"
                update[lists] = (*getattr(scenario, lists), a.bound_via)
            if unsure and (yes or reach is Truth.HOLDS):
                conflicts = list(scenario.conflicts)
                for i in unsure:
                    conflicts[i] = conflicts[i].model_copy(update={a.present or "": yes})
                update["conflicts"] = tuple(conflicts)
            return scenario.model_copy(update=update)

        answers = (answered(False), answered(True))
        # What a branch supposes is not what the facts record: said as supposed, by its lead.
        supposed = frozenset(f"conflicts[{i}].{a.present}" for i in unsure)

        def judged() -> list[Deferral]:
            found = []
            for world in answers:
                ctx.scenario = world
                try:
                    found.append(self._judge(ctx, expiry, received, annex, supposed))
                finally:
                    ctx.scenario = scenario
            return found

        # A trial first, which reads nothing into this evaluation: where both answers give the
        # same days, the question cannot matter, and the wait is read as one.
        trial = _trial(ctx, judged)
        if _days(expiry, trial[0]) == _days(expiry, trial[1]):
            return None
        facts = [a.fact] if reach is Truth.UNKNOWN else []
        facts += [f"conflicts[{i}].{a.present}" for i in unsure]
        for fact in facts:
            ctx.unknown(fact, self, decisive=True)
        free, held = judged()
        w = ctx.words
        named = a.named(w)
        there = a.present_words
        bound_too = reach is Truth.UNKNOWN
        if bound_too and unsure:
            labels = (
                (f"if the State is not bound by {named}, or no {there}",
                 f"and the State is not bound by {named} or no {there}"),
                (f"if it is, and {there}", f"and the State is bound by {named} and {there}"),
            )  # fmt: skip
            leads = ("If it is not, or none do", "If it is and they do")
        elif bound_too:
            labels = (
                (f"if the State is not bound by {named}", f"and the State is not bound by {named}"),
                ("if it is", f"and the State is bound by {named}"),
            )
            leads = ("If it is not", "If it is")
        else:
            labels = ((f"if no {there}", f"and no {there}"), ("if they do", f"and {there}"))
            leads = ("If none do", "If they do")

        def explain() -> Finding:
            """Who is engaged and the rule, as the scenario says them; then the end under each
            answer."""
            assert held.texts is not None and free.texts is not None
            head, rest, _ = held.texts(scenario, False)
            ends = (_lower(free.texts(None, True)[2]), _lower(held.texts(None, True)[2]))
            tails = f"{leads[0]}, {ends[0]} {leads[1]}, {ends[1]}"
            said = []
            if bound_too:
                said.append(
                    f"Whether the State is bound by {named}, which the {w.term} also covers and"
                    f" which keeps it bound also until {a.words}, the scenario does not record"
                    f" ({a.bound_via} is in neither also_party_to nor not_party_to)."
                )
            if unsure:
                gaps = ", ".join(f for f in facts if f != a.fact)
                said.append(
                    f"{'Nor does it record' if bound_too else 'The facts do not record'} whether"
                    f" {there} ({gaps}), and so whether the wait lasts for that too."
                )
            why = " ".join(said)
            return self.finding(held.applies, f"{head}{rest} {why} {tails}{self._note(w, annex)}")

        return Deferral(
            explain,
            held.applies,
            None,
            tuple(dict.fromkeys((*held.conflicts, *free.conflicts))),
            end_known=held.end_known,
            prolonged_by=held.prolonged_by,
            ongoing=held.ongoing,
            tested_on=held.tested_on,
            engaged=self.engaged_words,
            branches=((*labels[0], free), (*labels[1], held)),
        )

    def _prolonging(
        self,
        ctx: Context,
        ends: list[tuple[int, Conflict, End]],
        counted: set[int],
        first: date,
        annex: str | None,
    ) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
        """The later conflicts that prolong the wait past ``first`` (the end of those it was
        tested on); of those, the ones ongoing, and the ones whose end the facts do not give."""
        conflicts = ctx.scenario.conflicts
        tested = {i for i, _, _ in ends}
        names: list[str] = []
        ongoing: list[str] = []
        unknown: list[str] = []
        for i in sorted(counted - tested):
            end, facts = self._end(ctx, i, conflicts[i], annex)
            if end.day is None or end.day > first:
                names.append(conflicts[i].name)
            if end.day is None:
                (ongoing if end.known else unknown).append(conflicts[i].name)
            for fact in facts:  # the end of a conflict that prolongs the wait is decisive too
                ctx.unknown(fact, self, decisive=True)
        return tuple(names), tuple(ongoing), tuple(unknown)

    def _missing(
        self, w: Words, facts: list[str], annex: str | None, scenario: Scenario | None = None
    ) -> str:
        """The parts of the wait whose end the facts do not record, in the treaty's words."""
        fields = {fact.rsplit(".", 1)[-1] for fact in facts}
        awaited = [a for a in self.also_awaits if a.reaches(annex, scenario) is not Truth.FAILS]
        parts = self._parts(w, annex, scenario)
        covered = {f for a in awaited for f in (*a.facts, a.present) if f is not None}
        said = [parts[0]] if fields - covered else []
        said += [
            a.words + (", if any are performed there" if a.present in fields else "")
            for a in awaited
            if fields & {*a.facts, a.present}
        ]
        return " and ".join(said).format(**w.slots(()))

    def _rule_in_words(
        self, w: Words, annex: str | None = None, scenario: Scenario | None = None
    ) -> str:
        until = self.until(w, annex, scenario)
        if self.stays_bound:
            return f"The State remains bound by {self._bound_by(w, annex)} until {until}."
        return f"The {w.term} does not take effect before {until}."

    def _bound_by(self, w: Words, annex: str | None) -> str:
        """What the wait keeps binding: the treaty's words, or the annex denounced alone (the
        treaty itself, not denounced, binds the State whatever the wait)."""
        return self.bound_by if annex is None else f"the obligations of {w.annexed(annex)}"

    def _note(self, w: Words, annex: str | None = None) -> str:
        """Why notice during a conflict is still lawful, in the way the treaty words the wait."""
        if self.stays_bound:
            return (
                f" The treaty does not forbid giving notice during {w.a_conflict}: while the"
                f" wait lasts the State stays bound by {self._bound_by(w, annex)}."
            )
        return on_conflict(w)

    def _extend(
        self,
        ctx: Context,
        start: date,
        last: date,
        counted: set[int],
        annex: str | None = None,
        bound: bool = False,
    ) -> date:
        """Later conflicts prolong the wait: always for ``any_conflict``, else as
        ``new_conflict_during_deferral`` reads it. ``bound``: the latest the wait can end, a
        missing end counted as the latest day the facts allow it."""
        # Every later conflict the State takes part in may prolong the wait (not one whose
        # engaged_until is its first day: the State never was engaged in it), and one that
        # starts while a prolonged wait still lasts does so too, though it starts after the wait
        # first ended.
        later = [
            (i, c)
            for i, c in enumerate(ctx.scenario.conflicts)
            if i not in counted
            and start < c.start
            and (c.engaged_until is None or c.engaged_until > c.start)
        ]
        if not [c for _, c in later if c.start <= last and self._counts(ctx, c)]:
            return last
        if self.ends_with == "any_conflict":
            return self._prolong(ctx, last, later, counted, annex, bound)
        # Where the later conflicts all end by then, the point cannot change the answer: say
        # so (moot), so that no one varies it. The trial reads nothing into this evaluation.
        kept = ctx.consultation
        ctx.consultation = Consultation(kept.choices)
        try:
            moot = self._prolong(ctx, last, later, set(counted), annex) == last
        finally:
            ctx.consultation = kept
        if ctx.read(self, "new_conflict_during_deferral", moot=moot) != "extends":
            return last
        return self._prolong(ctx, last, later, counted, annex, bound)

    def _prolong(
        self,
        ctx: Context,
        last: date,
        later: list[tuple[int, Conflict]],
        counted: set[int],
        annex: str | None,
        bound: bool = False,
    ) -> date:
        """The end of the wait when the ``later`` conflicts prolong it (``bound``: at the
        latest, an end the facts do not give but bound taken at its bound)."""
        changed = True
        while changed:
            changed = False
            for i, c in later:
                if i in counted or not c.start <= last or not self._counts(ctx, c):
                    continue
                end, _ = self._end(ctx, i, c, annex)
                counted.add(i)
                ends = end.day
                if ends is None and bound and not end.known:
                    ends = end.before
                if ends is None:  # ongoing or unknown: no date can be given
                    return date.max
                if ends > last:
                    last, changed = ends, True
        return last


def _peace(conflict: Conflict, index: int) -> End:
    """Peace concluded: the peace settlement only. The end of the fighting is not peace, so
    where no settlement is recorded for a conflict that has ended, peace is unknown (and
    comes no earlier than the end and the markers given)."""
    if conflict.peace_settlement is not None:
        return End(conflict.peace_settlement)
    given = given_end(conflict, index)
    if given.known and given.day is None:
        return End(None)  # still going on: no peace yet
    markers = (
        given.day if given.known else given.after,
        conflict.cessation_of_hostilities,
        conflict.general_close_of_military_operations,
    )
    return End(
        None,
        known=False,
        after=max(m for m in markers if m is not None),
        fact=f"conflicts[{index}].peace_settlement",
    )


def _awaited(
    conflict: Conflict, index: int, awaited: Iterable[Awaited]
) -> tuple[list[date], list[str]]:
    """The days the conflict's facts give for what the wait also awaits, and the paths of
    those the facts leave out."""
    days: list[date] = []
    absent: list[str] = []
    for item in awaited:
        for fact in item.facts:
            day = getattr(conflict, fact)
            if day is None:
                absent.append(f"conflicts[{index}].{fact}")
            else:
                days.append(day)
    return days, absent


def _and_also(
    conflict: Conflict, index: int, end: End, awaited: list[Awaited]
) -> tuple[End, tuple[str, ...]]:
    """The later of ``end`` and what else the wait lasts for, with the missing facts."""
    if not awaited:
        return end, (() if end.known else (end.fact,))
    if end.known and end.day is None:
        return end, ()  # still going on: nothing else can be decided yet
    marks, absent = _awaited(conflict, index, awaited)  # the days the other operations end
    missing = ([] if end.known else [end.fact]) + absent
    days = [d for d in (end.day if end.known else end.after,) if d is not None] + marks
    if not missing:
        return End(max(days)), ()
    if missing == [end.fact] and end.before is not None:
        # Only the conflict's own end is missing, and the facts bound it: the wait ends on the
        # other operations' end if that comes later than the bound, else by the bound.
        if marks and max(marks) >= end.before:
            return End(max(marks)), ()
        bounded = End(None, known=False, after=max(days), before=end.before, fact=end.fact)
        return bounded, (end.fact,)
    return End(None, known=False, after=max(days), fact=missing[0]), tuple(missing)


_MAY = (Truth.HOLDS, Truth.UNKNOWN)


def _alone(scope: tuple[str, str], read: Mapping[str, Option]) -> bool:
    """Whether the point ``scope[0]``, as ``read`` gives it (else by its default), reads an
    annex's wait as holding it alone. Looked at, not consulted: the finding that decides
    consults it where it matters."""
    return read.get(scope[0], get_point(scope[0]).default) == scope[1]


T = TypeVar("T")


def _not_before(ends: Iterable[tuple[int, Conflict, End]]) -> date | None:
    """The earliest day a wait with an end the facts do not give can end: not before the
    earliest day of that end, nor before an end the facts do give (review 12, m2)."""
    days = [e.after if not e.known else e.day for _, _, e in ends]
    return max((d for d in days if d is not None and d != date.max), default=None)


def _last_of(conflict: Conflict, facts: tuple[str, ...]) -> date | None:
    """The day every one of ``facts`` is over in ``conflict``; None if one is not given."""
    days = [getattr(conflict, f) for f in facts]
    return None if None in days else max(days)


def _annex_wait(
    a: Awaited,
    there: list[Conflict],
    sure: list[Conflict],
    release: date | None,
    bound: bool,
) -> AnnexWait:
    """The annex's own wait over the conflicts it may run for (``there``), of which it runs
    for ``sure`` for certain (``bound``: the State is bound by the annex, for certain). Art.
    9(2) keeps the State bound until every part of the wait is over: never before the release,
    and until the latest end of those parts."""
    sure_ends = [_last_of(c, a.facts) for c in sure]
    other_ends = [_last_of(c, a.facts) for c in there if c not in sure]
    top = max(sure_ends) if sure_ends and None not in sure_ends else None  # type: ignore[type-var]
    until = top if top is not None and all(e is not None and e <= top for e in other_ends) else None
    given = [e for e in sure_ends if e is not None]
    every = [*sure_ends, *other_ends]
    return AnnexWait(
        a.only_for[0] if a.only_for is not None else "",
        until,
        a.words,
        at_least=max(given) if given and until is None else None,
        release=release,
        undated=tuple(c.name for c in there if _last_of(c, a.facts) is None),
        unsure=tuple(c.name for c in there if c not in sure),
        perhaps=max(every) if until is None and every and None not in every else None,  # type: ignore[type-var]
        bound=bound,
    )


def _trial(ctx: Context, judge: Callable[[], T], choices: dict[str, Option] | None = None) -> T:
    """``judge()``, read into nothing of the evaluation (neither the points it consults nor
    the unknowns it meets), under ``choices`` where given."""
    kept = (ctx.consultation, ctx.unknowns, ctx._recorded)
    ctx.consultation = Consultation({**kept[0].choices, **(choices or {})})
    ctx.unknowns, ctx._recorded = [], set()
    try:
        return judge()
    finally:
        ctx.consultation, ctx.unknowns, ctx._recorded = kept


def _days(
    expiry: date, deferral: Deferral
) -> list[tuple[date | None, date | None, tuple[str, ...]]]:
    """The days each way the deferral may turn out gives, to compare two readings."""
    return [world[1:] for world in deferral_worlds("", expiry, deferral)]


def _revoked(ctx: Context, received: date | None, annex: str | None) -> date | None:
    """The day the State revoked the instrument of withdrawal received on ``received`` (of
    ``annex`` alone, if it names one), if it did. A revocation targets the latest instrument
    of withdrawal received before it, as the engine pairs them."""
    if received is None:
        return None
    latest: Withdrawal | None = None
    for _, event in ctx.ordered:
        if isinstance(event, Withdrawal):
            latest = event
        elif event.kind == "revocation" and latest is not None and event.date is not None:
            if latest.date == received and latest.protocol == annex:
                return event.date
            latest = None
    return None


def _lower(text: str) -> str:
    """A sentence continued after a clause: "The wait ends ..." -> "the wait ends ..."."""
    return text[:1].lower() + text[1:]


def _and(parts: list[str]) -> str:
    """The parts of a wait in one clause: "A and B", "A and, if ..., B"."""
    return "".join(
        ("" if i == 0 else " and, " if p.startswith("if ") else " and ") + p
        for i, p in enumerate(parts)
    )


def _perhaps(
    conflict: Conflict,
    index: int,
    end: End,
    missing: tuple[str, ...],
    perhaps: list[Awaited],
    doubts: list[str],
) -> tuple[End, tuple[str, ...]]:
    """The wait of ``end``, where it may also last for what ``perhaps`` awaits: the State may
    be bound by the annex that asks for it, or there may be something of it in the area, which
    the facts do not record (``doubts``: those missing facts). Unknown, unless what it awaits
    cannot end later; then no later than it ends, where the facts give that. (Where the
    answers give different days, :meth:`ConflictDeferral._branches` gives each instead.)"""
    if end.known and end.day is None:
        return end, missing  # still going on: nothing else can be decided yet
    marks, absent = _awaited(conflict, index, perhaps)
    floor = end.day if end.known else end.after
    if not absent and floor is not None and max(marks, default=floor) <= floor:
        return end, missing  # it ends by then whatever binds the State
    facts = tuple(dict.fromkeys((*missing, *doubts, *absent)))
    latest = None if absent else max(marks)
    if end.known:
        return End(None, known=False, after=floor, before=latest, fact=doubts[0]), facts
    before = None if latest is None or end.before is None else max(end.before, latest)
    return End(None, known=False, after=end.after, before=before, fact=end.fact), facts


@cache  # a treaty's own words, asked for in every explanation of a withdrawal: matched once
def the_part(engaged_words: str) -> tuple[str, str]:
    """The State's part in a conflict, in the treaty's words, without and with its
    preposition, whatever follows it.

    >>> the_part("a party to"), the_part("engaged in {a}situation{s} referred to in Article 1,")
    (('a party', 'a party to'), ('engaged', 'engaged in'))
    """
    found = re.match(r"(.*?) (in|to)\b", engaged_words)
    if found is None:
        return engaged_words, engaged_words
    return found[1], f"{found[1]} {found[2]}"


_World = tuple[str, date | None, date | None, tuple[str, ...]]


def _before_revocation(
    label: str, deferral: Deferral, ends: date | None, revoked: date | None
) -> list[_World]:
    """The wait of ``deferral`` as one world (``label``), or two where a revocation on
    ``revoked`` falls after the earliest day its unknown end can fall on and before the
    latest: if the wait ended first, the revocation came too late (the effect came by that
    day at the latest); if not, it stops the effect (VCLT Art. 68). Never assumed either way."""
    held = (label, ends, deferral.ends_by, deferral.conflicts)
    after = deferral.ends_after
    if revoked is None or ends is not None or deferral.end_known or after is None:
        return [held]
    if revoked <= after or (deferral.ends_by is not None and revoked >= deferral.ends_by):
        return [held]
    lead = f"{label}, and " if label else "if "
    return [
        (f"{lead}the wait ended by {revoked}, when the State revoked the instrument", None,
         revoked, deferral.conflicts),
        (f"{lead}the wait ended after {revoked}", None, None, deferral.conflicts),
    ]  # fmt: skip


def deferral_worlds(
    label: str, expiry: date, deferral: Deferral | None, revoked: date | None = None
) -> list[_World]:
    """(label, effective date, latest effective date if that is unknown, deferring
    conflicts) for each way the deferral may turn out (``revoked``: the day the State revoked
    the instrument, which may come before or after an end the facts do not give)."""
    if deferral is None or deferral.applies is Truth.FAILS:
        return [(label, expiry, None, ())]
    prefix = f"{label}, " if label else ""
    if deferral.branches:
        # Each answer to whether an annex binds the State; a way the deferral turns out alike
        # under every answer (not engaged at all) is said once, without it.
        found = [
            (alone, after, deferral_worlds("", expiry, d, revoked))
            for alone, after, d in deferral.branches
        ]
        alike = [
            w for w in found[0][2] if w[0] and all(w[1:] in [v[1:] for v in ws] for *_, ws in found)
        ]
        worlds = [(f"{prefix}{w[0]}", *w[1:]) for w in alike]
        for alone, after, ws in found:
            worlds += [
                (f"{prefix}{w[0]}, {after}" if w[0] else f"{prefix}{alone}", *w[1:])
                for w in ws
                if w not in alike
            ]
        return worlds
    ends = None if deferral.ends == date.max else deferral.ends
    if deferral.applies is Truth.HOLDS and deferral.unless is not None:
        # A further conflict counts only under an instrument the facts do not record.
        effective, latest = deferral.unless
        return [
            (f"{prefix}if the State is not bound by {deferral.covered_if}", effective, latest,
             deferral.conflicts),
            (f"{prefix}if it is", ends, deferral.ends_by, (*deferral.conflicts, *deferral.doubtful)),
        ]  # fmt: skip
    if deferral.applies is Truth.HOLDS:
        return _before_revocation(label, deferral, ends, revoked)
    names = quoted(deferral.conflicts, "or")  # engaged in none of them, or in one at least
    on = deferral.tested_on or expiry
    engaged = agreeing(deferral.engaged, deferral.conflicts[:1])  # one or the other
    still = the_part(engaged)[0]
    free = f"if the State is no longer {engaged} {names} on {on}"
    held = f"if it is still {still} then"
    if deferral.covered_if is not None:
        # Whether the conflict counts turns on an instrument the facts do not record.
        bound = deferral.covered_if
        free = f"if the State is not bound by {bound}" + (
            f", or is no longer {engaged} {names} on {on}" if deferral.end_unsure else ""
        )
        held = "if it is" + (f" bound by it and still {still} then" if deferral.end_unsure else "")
    return [
        (f"{prefix}{free}", expiry, None, ()),
        *_before_revocation(f"{prefix}{held}", deferral, ends, revoked),
    ]


@lru_cache(maxsize=256)  # bounded: a treaty declared for a test or a what-if is not kept
def _plain_awaits(rule: ConflictDeferral, w: Words) -> str:
    # Asked for every instrument of withdrawal; without parts of its own, the clause depends
    # on the treaty's rule and words alone: built once per treaty.
    return {
        "that_conflict": "{the} end{verb_s}",
        "any_conflict": f"the State is no longer party to any {w.conflict}",
        "peace": "",
    }[rule.ends_with]


@lru_cache(maxsize=256)
def _nobody_engaged(rule: ConflictDeferral, w: Words, annex: str | None = None) -> Finding:
    # One finding per treaty (and annex denounced alone), shared by every verdict: it depends
    # on nothing else.
    return rule.finding(
        Truth.FAILS,
        f"The scenario lists no {w.conflict} involving the State for the day {rule.when()}, so on the"
        " facts given nothing defers the effect." + rule._note(w, annex),
    )
