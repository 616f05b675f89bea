"""Citations: rule ids in Akoma Ntoso style and the human-readable form of them.

A rule id (*eid*) names the smallest unit of text a rule implements:
``art_20__para_3__sent_2`` is the second sentence of paragraph 3 of Article 20.
Components are ``art_N``, ``__para_N``, ``__point_x`` (lettered or roman
sub-paragraphs) and ``__sent_N`` (sentences counted in the authentic English
text). A rule of another instrument than the one evaluated carries that
instrument's prefix: ``vclt:art_68``.

>>> str(Citation("APMBC", "art_20__para_3__sent_2"))
'APMBC Art. 20(3), second sentence'
>>> cite("APMBC", "art_1__para_1__point_b")
'APMBC Art. 1(1)(b)'
>>> cite("APMBC", "vclt:art_68")
'VCLT Art. 68'
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .words import ordinal

__all__ = [
    "Citation",
    "EidError",
    "cite",
    "instrument_label",
    "parse_eid",
    "register_instrument",
]

_EID = re.compile(
    r"^(?:(?P<prefix>[a-z][a-z0-9_]*):)?"
    r"art_(?P<art>\d+)"
    r"(?:__para_(?P<para>\d+))?"
    r"(?P<points>(?:__point_[a-z]+)*)"
    r"(?:__sent_(?P<sent>\d+))?$"
)
_ROMAN = (
    (1000, "M"),
    (900, "CM"),
    (500, "D"),
    (400, "CD"),
    (100, "C"),
    (90, "XC"),
    (50, "L"),
    (40, "XL"),
    (10, "X"),
    (9, "IX"),
    (5, "V"),
    (4, "IV"),
    (1, "I"),
)

# Instruments cited by prefix (``vclt:art_68``) and those whose articles are
# numbered in roman numerals (the NPT's Art. X). Treaty modules register
# themselves here: the core never imports a treaty.
_LABELS: dict[str, str] = {}
_ROMAN_ARTICLES: set[str] = set()


class EidError(ValueError):
    """An eid that does not follow the Akoma Ntoso-style grammar."""


@dataclass(frozen=True, slots=True)
class ParsedEid:
    """The components of an eid."""

    prefix: str | None
    article: int
    paragraph: int | None
    points: tuple[str, ...]
    sentence: int | None


def register_instrument(prefix: str, label: str, *, roman_articles: bool = False) -> None:
    """Declare how an instrument is cited: ``register_instrument("vclt", "VCLT")``."""
    _LABELS[prefix] = label
    if roman_articles:
        _ROMAN_ARTICLES.add(label)
    cite.cache_clear()


def instrument_label(prefix: str) -> str:
    """The label of a registered instrument prefix (``vclt`` -> ``VCLT``)."""
    try:
        return _LABELS[prefix]
    except KeyError:
        raise EidError(f"unknown instrument prefix {prefix!r} (known: {sorted(_LABELS)})") from None


def parse_eid(eid: str) -> ParsedEid:
    """Split an eid into its components, or raise :class:`EidError`.

    >>> parse_eid("art_20__para_3__sent_2")
    ParsedEid(prefix=None, article=20, paragraph=3, points=(), sentence=2)
    """
    m = _EID.match(eid)
    if m is None:
        raise EidError(f"not an eid: {eid!r} (expected e.g. 'art_20__para_3__sent_2')")
    points = tuple(p for p in m["points"].split("__point_") if p)
    return ParsedEid(
        prefix=m["prefix"],
        article=int(m["art"]),
        paragraph=None if m["para"] is None else int(m["para"]),
        points=points,
        sentence=None if m["sent"] is None else int(m["sent"]),
    )


def _roman(n: int) -> str:
    out = []
    for value, numeral in _ROMAN:
        while n >= value:
            out.append(numeral)
            n -= value
    return "".join(out)


@lru_cache(maxsize=4096)
def cite(treaty: str, eid: str) -> str:
    """The citation of ``eid`` when evaluating ``treaty``.

    >>> cite("APMBC", "art_17__para_2")
    'APMBC Art. 17(2)'
    """
    p = parse_eid(eid)
    label = treaty if p.prefix is None else instrument_label(p.prefix)
    article = _roman(p.article) if label in _ROMAN_ARTICLES else str(p.article)
    text = f"{label} Art. {article}"
    if p.paragraph is not None:
        text += f"({p.paragraph})"
    for point in p.points:
        text += f"({point})"
    if p.sentence is not None:
        text += f", {ordinal(p.sentence)} sentence"
    return text


@dataclass(frozen=True, slots=True)
class Citation:
    """A rule id together with the treaty it is read in."""

    treaty: str
    eid: str

    def __post_init__(self) -> None:
        parse_eid(self.eid)

    def __str__(self) -> str:
        return cite(self.treaty, self.eid)


register_instrument("vclt", "VCLT")
register_instrument("arsiwa", "ARSIWA")
register_instrument("un_charter", "UN Charter")
register_instrument("vcsst", "VCSST")
