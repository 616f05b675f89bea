"""Armed conflicts: whether the assessed State is engaged in one on a day, and when that ends.

Conflicts are a closed world: one that is not listed did not happen. A conflict is
a half-open period ``[start, end)``: ``end`` is the first day it no longer exists
and ``None`` means it is going on. Three contested questions shape the answer,
each an interpretation point read only where it can matter:

* ``armed_conflict_scope`` -- which conflicts, and which roles, count;
* ``conflict_end_marker`` -- which event ends a conflict (cessation of hostilities,
  general close of military operations, peace); ``end`` stands for the default
  marker, and decides alone when no marker is given;
* ``deferral_ends_with`` -- whether a deferral waits for the conflict's end or for
  the end of the State's engagement (``engaged_until``).

An end that a reading needs and the facts do not give is *unknown*: it has bounds
(a peace settlement does not come before the end of hostilities) and may leave
the engagement on a given day unknown too. A conflict marked ``end_unknown`` has
no known end under any reading that needs ``end``: it may have ended, or may still
go on, after the last marker the facts record (a ceasefire does not make it known).

>>> from treatyrules.scenario import Conflict
>>> war = Conflict(name="W", parties=("XXA", "XXB"), kind="international",
...                start="2020-01-01", cessation_of_hostilities="2021-06-01", end_unknown=True)
>>> given_end(war, 0)
End(day=None, known=False, after=datetime.date(2021, 6, 1), before=None, fact='conflicts[0].end')
>>> describe(war)
"the international armed conflict 'W' (from 2020-01-01; its end is not known)"
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from operator import itemgetter

from ..core.interpretation import InterpretationPoint, register_point
from ..core.rule import Rule
from ..core.truth import Truth
from ..scenario import Conflict
from .context import Context

__all__ = [
    "End",
    "at_war",
    "conflict_end",
    "counts",
    "describe",
    "engagement",
    "given_end",
    "kind_name",
    "kinds_by_name",
]

_KIND = {
    "international": "international armed conflict",
    "non_international": "non-international armed conflict",
    "occupation": "occupation",
}
MARKERS = ("cessation_of_hostilities", "general_close_of_military_operations", "peace_settlement")
_markers = itemgetter(*MARKERS)  # the markers' values, read in one call (the usual: none)
_NONE_GIVEN = (None,) * len(MARKERS)


# The contested questions the rules below consult, declared beside them.
ARMED_CONFLICT_SCOPE = register_point(
    InterpretationPoint(
        key="armed_conflict_scope",
        question=(
            "When is a State 'engaged in' (or 'a party to') an armed conflict, as a clause"
            " deferring the effect of leaving the treaty requires?"
        ),
        options={
            "party_to_iac_or_niac": (
                "when it is a party to an international or non-international armed conflict"
            ),
            "party_to_iac_only": "only when it is a party to an international armed conflict",
            "party_or_co_belligerent": (
                "also when it only supports a party (the scenario's involvement 'supporting'):"
                " the support-based reading, under which support that contributes to the"
                " fighting makes the supporter a co-belligerent"
            ),
            "including_occupation": "also during an occupation without hostilities",
        },
        default="party_to_iac_or_niac",
        rationale=(
            "'Armed conflict' in humanitarian law covers international and non-international"
            " conflicts. Being engaged means being a party: a co-belligerent fighting alongside a"
            " party is one under every reading; supplying weapons, intelligence or logistics"
            " alone does not, by the prevailing view, make a State a party."
        ),
        sources=(
            "docs/sources/apmbc.md §1 Art. 20(3) and §3b (the deferral if Ukraine withdrew)",
            "ICRC 1998, 'The Ottawa Treaty Explained', §2.7 (T10)",
            "docs/sources/memo-law.md §5 (ICRC 2016 Commentary, GC I Art. 2: co-belligerency)",
        ),
    )
)

CONFLICT_END_MARKER = register_point(
    InterpretationPoint(
        key="conflict_end_marker",
        question="Which event marks 'the end of the armed conflict'?",
        options={
            "general_close_of_military_operations": (
                "the general close of military operations (for a non-international conflict, a"
                " lasting cessation of hostilities); the conflict's 'end' when no marker is given"
            ),
            "cessation_of_hostilities": (
                "the cessation of active hostilities (a ceasefire or armistice that holds)"
            ),
            "peace_settlement": (
                "a general conclusion of peace, or a peaceful settlement (the Tadić test)"
            ),
        },
        default="general_close_of_military_operations",
        rationale=(
            "Humanitarian law stops applying with the general close of military operations; a"
            " ceasefire or armistice does not of itself end an armed conflict, and an occupation"
            " lasts until it ends (its own conflict, kind 'occupation'). No treaty organ decides:"
            " each State assesses, and other States may contest its view."
        ),
        sources=(
            "Geneva Convention IV Art. 6 and Additional Protocol I Art. 3(b) (general close)",
            "ICTY, Prosecutor v. Tadić, Appeals Chamber decision of 2 October 1995, para. 70",
            "docs/sources/memo-law.md §5 (ICRC 2016 Commentary, GC I Art. 2: the end of a conflict)",
        ),
    )
)


_MARKED = {
    "cessation_of_hostilities": "hostilities ceased on {}",
    "general_close_of_military_operations": "military operations closed generally on {}",
    "peace_settlement": "peace was concluded on {}",
}


def kind_name(kind: str) -> str:
    """A conflict kind in words: ``non-international armed conflict``."""
    return _KIND[kind]


def describe(conflict: Conflict) -> str:
    """``the international armed conflict 'X' (from 2022-02-24, recorded as ongoing)``.

    With no ``end`` but a marker of it, the conflict is not said to be ongoing: its end is
    not recorded, and the marker is (which ends it depends on ``conflict_end_marker``).

    >>> from treatyrules.scenario import Conflict
    >>> describe(Conflict(name="W", parties=("XXA",), kind="international", start="2020-01-01",
    ...                   general_close_of_military_operations="2021-06-01"))
    "the international armed conflict 'W' (from 2020-01-01; its end is not recorded; military operations closed generally on 2021-06-01)"
    """
    if conflict.end_unknown:
        return f"the {_KIND[conflict.kind]} {conflict.name!r} (from {conflict.start}; its end is not known)"
    named = f"the {_KIND[conflict.kind]} {conflict.name!r}"
    if conflict.end is not None:
        return f"{named} (from {conflict.start}, until {conflict.end})"
    marked = [
        said.format(day)
        for marker, said in _MARKED.items()
        if (day := getattr(conflict, marker)) is not None
    ]
    if marked:
        return f"{named} (from {conflict.start}; its end is not recorded; {', '.join(marked)})"
    return f"{named} (from {conflict.start}, recorded as ongoing)"


def kinds_by_name(conflicts: tuple[Conflict, ...]) -> dict[str, str]:
    """The kind of each conflict by its name, for the sentences that name conflicts. A name
    that conflicts of different kinds share is left out: it is named as the treaty names any
    conflict, not given a kind it may not have.

    >>> from treatyrules.scenario import Conflict
    >>> o = Conflict(name="O", parties=("XXA",), kind="occupation", start="2020-01-01")
    >>> kinds_by_name((o,)), kinds_by_name((o, o.model_copy(update={"kind": "international"})))
    ({'O': 'occupation'}, {})
    """
    found: dict[str, str] = {}
    shared: set[str] = set()
    for c in conflicts:
        if found.setdefault(c.name, c.kind) != c.kind:
            shared.add(c.name)
    return {name: kind for name, kind in found.items() if name not in shared}


def _listed(conflict: Conflict, state: str) -> bool:
    return state in conflict.parties


def counts(ctx: Context, rule: Rule, conflict: Conflict) -> bool:
    """Whether the State's part in ``conflict`` is the kind of engagement that counts.

    A co-belligerent, fighting alongside a party, is itself a party to the conflict under
    every reading; whether mere support (``involvement: supporting``) counts is contested.
    """
    state = ctx.scenario.state
    role = conflict.involvement or ("party" if _listed(conflict, state) else None)
    if role is None:
        return False
    # The reading matters only where the options disagree about this conflict.
    contested = conflict.kind != "international" or role == "supporting"
    if not contested:
        return True
    scope = ctx.read(rule, "armed_conflict_scope")
    if role == "supporting" and scope != "party_or_co_belligerent":
        return False
    if conflict.kind == "occupation":
        return scope == "including_occupation"
    if conflict.kind == "non_international":
        return scope != "party_to_iac_only"
    return True


# Not frozen, though never changed: built per evaluation, and frozen costs ~1 µs more (bench/).
@dataclass(slots=True)
class End:
    """When a conflict ends under the reading applied: a date, ongoing, or unknown within bounds."""

    day: date | None
    """The first day without conflict; None if ongoing or unknown."""
    known: bool = True
    after: date | None = None
    """If unknown: the end comes no earlier than this day."""
    before: date | None = None
    """If unknown: the end comes no later than this day (None: no bound)."""
    fact: str = ""
    """If unknown: the missing fact's path."""


def given_end(conflict: Conflict, index: int) -> End:
    """The conflict's ``end`` as the facts give it: a day, ongoing, or -- with ``end_unknown``
    -- unknown, after the last day the facts show it still under way."""
    if not conflict.end_unknown:
        return End(conflict.end)
    markers = [getattr(conflict, m) for m in MARKERS if getattr(conflict, m) is not None]
    # A conflict goes on at least until its last recorded marker (a ceasefire is not its end).
    return End(
        None,
        known=False,
        after=max(markers, default=conflict.start + timedelta(days=1)),
        fact=f"conflicts[{index}].end",
    )


def conflict_end(ctx: Context, rule: Rule, index: int, conflict: Conflict) -> End:
    """The end of ``conflicts[index]`` under ``conflict_end_marker``."""
    values = _markers(conflict.__dict__)
    if values == _NONE_GIVEN:
        return given_end(conflict, index)  # no marker: `end` decides whatever the reading
    given = {m: v for m, v in zip(MARKERS, values, strict=True) if v is not None}
    reading = str(ctx.read(rule, "conflict_end_marker"))
    if reading == "general_close_of_military_operations":
        day = given.get(reading)
        if day is None and conflict.kind == "non_international" and not conflict.end_unknown:
            day = given.get("cessation_of_hostilities")  # a lasting cessation
        return End(day) if day is not None else given_end(conflict, index)
    day = given.get(reading)
    if day is not None:
        return End(day)
    # The marker the reading needs is missing: it lies between the markers around it.
    default_end = given.get("general_close_of_military_operations") or conflict.end
    if default_end is None and conflict.end_unknown and reading == "peace_settlement":
        return given_end(conflict, index)
    if reading == "peace_settlement":
        earlier = [d for d in (given.get("cessation_of_hostilities"), default_end) if d is not None]
        return End(
            None,
            known=False,
            after=max(earlier, default=conflict.start),
            fact=f"conflicts[{index}].peace_settlement",
        )
    later = [d for d in (default_end, given.get("peace_settlement")) if d is not None]
    return End(
        None,
        known=False,
        after=conflict.start + timedelta(days=1),
        before=min(later, default=None),
        fact=f"conflicts[{index}].cessation_of_hostilities",
    )


def engagement(ctx: Context, rule: Rule, index: int, conflict: Conflict, day: date) -> Truth:
    """Whether the State is engaged in ``conflicts[index]`` on ``day``."""
    if day < conflict.start or not counts(ctx, rule, conflict):
        return Truth.FAILS
    if conflict.engaged_until is not None and day >= conflict.engaged_until:
        return Truth.FAILS
    return still_under_way(ctx, rule, index, conflict, day)


def still_under_way(ctx: Context, rule: Rule, index: int, conflict: Conflict, day: date) -> Truth:
    """Whether ``conflicts[index]`` is still under way on ``day`` (begun by then), its end read
    as ``conflict_end_marker`` reads it."""
    if not conflict.end_unknown and _markers(conflict.__dict__) == _NONE_GIVEN:
        return Truth.of(conflict.end is None or day < conflict.end)  # the usual: `end` decides
    end = conflict_end(ctx, rule, index, conflict)
    if end.known:
        return Truth.of(end.day is None or day < end.day)
    if end.after is not None and day < end.after:
        return Truth.HOLDS
    if end.before is not None and day >= end.before:
        return Truth.FAILS
    return Truth.UNKNOWN


def at_war(
    conflicts: tuple[Conflict, ...], state: str, day: date, occupation: bool = False
) -> tuple[Conflict, ...]:
    """The conflicts ``state`` is listed as a party to on ``day``, by their ``end`` alone
    (``occupation``: occupations too, for a treaty whose exception names them).

    For notes in the reasons ("being at war is no excuse"), not for the deferral,
    which reads the contested points through :func:`engagement`. A conflict whose end
    is unknown counts only up to the last day the facts show it under way.
    """
    return tuple(
        c
        for c in conflicts
        if state in c.parties
        and (occupation or c.kind != "occupation")
        and c.start <= day
        and (c.end is None or day < c.end)
        and (not c.end_unknown or (e := given_end(c, 0).after) is None or day < e)
    )
