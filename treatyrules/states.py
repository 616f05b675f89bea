"""State codes: ISO 3166-1 alpha-3, or a user-assigned code XAA-XZZ for a hypothetical State.

>>> is_state_code("POL"), is_state_code("XXA"), is_state_code("PLO")
(True, True, False)
>>> state_name("POL")
'Poland'
>>> state_name("XXA") is None
True
>>> find_state("pol"), find_state("Poland"), find_state("south sudan")
('POL', 'POL', 'SSD')
>>> find_state("Russian Federation"), find_state("Cote d'Ivoire"), find_state("Turkey")
('RUS', 'CIV', 'TUR')
>>> suggest_states("Polnd")
['Poland (POL)']
"""

from __future__ import annotations

import csv
import unicodedata
from collections.abc import Iterable
from functools import cache
from importlib.resources import files

from .core.errors import InputError
from .limits import excerpt

__all__ = [
    "find_state",
    "is_state_code",
    "named_states",
    "state_codes",
    "state_name",
    "suggest_states",
]


@cache
def state_codes() -> frozenset[str]:
    """Every ISO 3166-1 alpha-3 code, including formerly used ones (SCG, YUG, ...)."""
    text = files("treatyrules.data").joinpath("iso3166-alpha3.txt").read_text(encoding="utf-8")
    return frozenset(
        code
        for line in text.splitlines()
        if not line.startswith(("#", "---"))
        for code in line.split()
    )


def is_state_code(code: str) -> bool:
    """Whether ``code`` names a State: ISO alpha-3, or user-assigned XAA-XZZ."""
    if len(code) != 3 or not (code.isascii() and code.isalpha() and code.isupper()):
        return False
    return code[0] == "X" or code in state_codes()


@cache
def _names() -> dict[str, str]:
    text = files("treatyrules.data").joinpath("state-names.csv").read_text(encoding="utf-8")
    return {row["iso3"]: row["name"] for row in csv.DictReader(text.splitlines())}


def _folded(text: str) -> str:
    """A name as people type it: any case, accents and curly apostrophes optional."""
    plain = unicodedata.normalize("NFKD", " ".join(text.split()).replace("’", "'"))
    return "".join(c for c in plain if not unicodedata.combining(c)).casefold()


@cache
def _by_name() -> dict[str, str]:
    """Every name a State is known by, folded, to its code: the short names first, then the
    other names in use (``state-aliases.csv``: "Russian Federation", "Czech Republic")."""
    known = {_folded(name): code for code, name in _names().items()}
    text = files("treatyrules.data").joinpath("state-aliases.csv").read_text(encoding="utf-8")
    for row in csv.DictReader(text.splitlines()):
        known.setdefault(_folded(row["alias"]), row["iso3"])
    return known


def state_name(code: str) -> str | None:
    """The English short name of a State, where the bundled data has it."""
    return _names().get(code)


def find_state(value: str) -> str | None:
    """The State a person means by ``value``: a code in any case, or its English short name
    in any case (``pol``, ``Poland``); None if it names none."""
    text = " ".join(value.split())
    if is_state_code(text.upper()):
        return text.upper()
    return _by_name().get(_folded(text))


def suggest_states(value: str, limit: int = 3) -> list[str]:
    """The States whose name or code is closest to ``value``, as ``Name (CODE)``."""
    import difflib

    wanted = _folded(value)
    names = {_folded(name) for name in _names().values()}

    def score(known: str) -> float:
        ratio = difflib.SequenceMatcher(None, wanted, known).ratio()
        # The other names must come closer: "Holland" is no suggestion for "Polnd".
        return ratio if known in names or ratio >= 0.8 else 0.0

    by_name = _by_name()
    scored = sorted(((score(n), n) for n in by_name), key=lambda x: -x[0])
    close = [by_name[n] for ratio, n in scored if ratio >= 0.6]
    codes = list(dict.fromkeys(close))[:limit]  # each State once
    return [f"{_names().get(c, c)} ({c})" for c in codes]


def named_states(values: Iterable[str], field: str = "states[{i}]") -> list[str]:
    """The States ``values`` name (codes or English short names, in any case), each once, in
    order. Every value that names none is reported, under ``field`` (``{i}``: its place),
    with the closest names.

    >>> named_states(["poland", "FIN", "Poland"])
    ['POL', 'FIN']
    >>> named_states(["Polnd"])
    Traceback (most recent call last):
    ...
    treatyrules.core.errors.InputError: states[0]: not a State code or name: 'Polnd'; did you mean Poland (POL)?
    """
    problems: list[tuple[str, str]] = []
    chosen: list[str] = []
    for i, value in enumerate(values):
        code = find_state(value)
        if code is None:
            close = suggest_states(value)
            hint = f"; did you mean {' or '.join(close)}?" if close else ""
            where = field.format(i=i)
            problems.append((where, f"not a State code or name: {excerpt(value)}{hint}"))
        elif code not in chosen:
            chosen.append(code)
    if problems:
        raise InputError(problems[0][0], problems[0][1], problems=tuple(problems))
    return chosen
