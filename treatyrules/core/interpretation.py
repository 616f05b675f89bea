"""Interpretation points: contested questions of law, named and never decided silently.

Where lawyers disagree on how a provision reads, the library does not pick an
answer in the code. It declares an :class:`InterpretationPoint` with a global key,
the options, a default with its rationale, and the sources. Each treaty declares
the points it supports; each rule declares the points it consults; an evaluation
records the points it actually read, so a verdict lists them and a sensitivity
analysis varies only those.

>>> p = InterpretationPoint(
...     key="example_point",
...     question="How long is a moment?",
...     options={"short": "a second", "long": "a minute"},
...     default="short",
...     rationale="the ordinary meaning",
...     sources=("a dictionary",),
... )
>>> p.coerce("long")
'long'
>>> p.coerce("forever")
Traceback (most recent call last):
...
treatyrules.core.errors.InterpretationError: interpretation.example_point: 'forever' is not an option; choose one of: short, long
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Protocol

from .errors import InterpretationError, RuleDefinitionError
from .excerpt import excerpt

__all__ = [
    "Consultation",
    "InterpretationPoint",
    "Option",
    "all_points",
    "get_point",
    "register_point",
    "resolve",
]

Option = str | int | float
"""An option is a named value, or a number where the point is a threshold."""


@dataclass(frozen=True)
class InterpretationPoint:
    """A contested question with named options and a documented default."""

    key: str
    question: str
    options: Mapping[str, str]
    default: Option
    rationale: str
    sources: tuple[str, ...]
    number: str | None = None
    """If set, a number is accepted too, and this says what the number means."""
    option_sources: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    minimum: int | float | None = None
    """With ``number``: the smallest number that makes sense (a count is never negative)."""
    hinges: tuple[str, ...] = ()
    """The facts (a path's last part: ``notified``) whose absence alone can make the point
    matter: where the scenario leaves one out, the conclusion says the point matters only
    because of it. Empty: the point is never said to hinge on a missing fact."""

    def __post_init__(self) -> None:
        if self.default not in self.options and not (
            self.number is not None and _is_number(self.default)
        ):
            raise RuleDefinitionError(f"{self.key}: default {self.default!r} is not an option")

    def coerce(self, value: object) -> Option:
        """Validate a chosen value; numbers may come as text from a command line."""
        if isinstance(value, str) and value in self.options:
            return value
        if self.number is not None:
            number = _as_number(value)
            if number is not None and (self.minimum is None or number >= self.minimum):
                return number
        choices = ", ".join(self.options)
        if self.number is not None:
            at_least = "" if self.minimum is None else f" of at least {self.minimum}"
            choices += f", or a number{at_least} ({self.number})"
        raise InterpretationError(
            f"interpretation.{self.key}",
            f"{excerpt(value)} is not an option; choose one of: {choices}",
        )

    def describe(self, value: Option) -> str:
        """What the chosen value means, in one line."""
        if isinstance(value, str):
            return self.options[value]
        return f"{value} ({self.number})"


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


_LARGEST = 10**15
"""No count a threshold names is larger; a bound keeps a huge number from overflowing a float."""


def _as_number(value: object) -> int | float | None:
    if isinstance(value, int) and not isinstance(value, bool):
        return value if abs(value) <= _LARGEST else None
    if isinstance(value, float):
        return value if math.isfinite(value) and abs(value) <= _LARGEST else None
    if isinstance(value, str):
        try:
            return _as_number(int(value))
        except ValueError:
            pass
        try:
            number = float(value)
        except ValueError:
            return None
        return _as_number(number)  # rejects NaN and infinities
    return None


_POINTS: dict[str, InterpretationPoint] = {}


def register_point(point: InterpretationPoint) -> InterpretationPoint:
    """Add a point to the global catalogue; keys are unique.

    Declaring the same point again (a notebook re-running its cell) is harmless; a
    different point under a key already taken is an error.
    """
    if point.key in _POINTS and _POINTS[point.key] != point:
        raise RuleDefinitionError(f"interpretation point {point.key!r} is declared twice")
    _POINTS[point.key] = point
    return point


def get_point(key: str) -> InterpretationPoint:
    """The point registered under ``key``."""
    try:
        return _POINTS[key]
    except KeyError:
        known = ", ".join(sorted(_POINTS))
        where = key if len(key) <= 80 else excerpt(key)
        raise InterpretationError(
            f"interpretation.{where}", f"unknown interpretation point; known: {known}"
        ) from None


def all_points() -> tuple[InterpretationPoint, ...]:
    """Every registered point, sorted by key."""
    return tuple(_POINTS[k] for k in sorted(_POINTS))


def resolve(
    supported: Iterable[str], choices: Mapping[str, object] | None = None, *, treaty: str = ""
) -> dict[str, Option]:
    """Defaults of the ``supported`` points, overridden by valid ``choices``.

    An unknown key, a point the treaty does not use, or a value the point does
    not offer raises :class:`InterpretationError` naming the key.
    """
    keys = tuple(supported)
    resolved: dict[str, Option] = {k: get_point(k).default for k in keys}
    if choices is not None and not isinstance(choices, Mapping):
        raise InterpretationError(
            "interpretation",
            "expected an object mapping interpretation points to options,"
            f" got {type(choices).__name__}",
        )
    for key, value in (choices or {}).items():
        if not isinstance(key, str):
            raise InterpretationError(
                "interpretation", f"a point is named by a string, got {excerpt(key)}"
            )
        if key not in resolved and treaty:
            # Said against the treaty's own points: another treaty's point may not even be
            # loaded yet (each treaty declares its points when it is first used).
            where = key if len(key) <= 80 else excerpt(key)
            known = key in _POINTS
            raise InterpretationError(
                f"interpretation.{where}",
                ("this point is not used by" if known else "unknown interpretation point for")
                + f" {treaty}; it uses: {', '.join(keys)}",
            )
        point = get_point(key)
        if key not in resolved:
            raise InterpretationError(
                f"interpretation.{key}", f"this point is not used; it uses: {', '.join(keys)}"
            )
        resolved[key] = point.coerce(value)
    return resolved


class _Consulting(Protocol):
    @property
    def eid(self) -> str: ...
    @property
    def consults(self) -> tuple[str, ...]: ...


class Consultation:
    """The chosen options of one evaluation, which of them a rule read, and which of those
    could have changed what it decided."""

    __slots__ = ("choices", "consulted", "mattered")

    def __init__(
        self,
        choices: Mapping[str, Option],
        consulted: Mapping[str, Option] | None = None,
        mattered: Iterable[str] = (),
    ) -> None:
        self.choices = choices
        self.consulted: dict[str, Option] = dict(consulted) if consulted else {}
        self.mattered: set[str] = set(mattered)
        """Points read where the options differ in effect: the only ones worth varying."""

    def on_a_day(self) -> Consultation:
        """A fresh consultation for what is read on one day: it starts from what was read so
        far and records the day's reads on its own, so no day leaks into another."""
        return Consultation(self.choices, self.consulted, self.mattered)

    def read(self, rule: _Consulting, key: str, *, moot: bool = False) -> Option:
        """The option chosen for ``key``, read by ``rule`` (which must declare it).

        ``moot``: the rule knows that every option gives the same result here (a month
        that has the starting day makes the month-end policy irrelevant). The reading is
        still listed, but varying it cannot change the answer.
        """
        if key not in rule.consults:
            raise RuleDefinitionError(f"{rule.eid} reads {key!r} without declaring it")
        value = self.choices[key]
        self.consulted[key] = value
        if not moot:
            self.mattered.add(key)
        return value
