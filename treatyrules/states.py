"""State codes: ISO 3166-1 alpha-3, or a user-assigned code XAA-XZZ for a hypothetical State.

>>> is_state_code("POL"), is_state_code("XXA"), is_state_code("PLO")
(True, True, False)
>>> state_name("POL")
'Poland'
>>> state_name("XXA") is None
True
"""

from __future__ import annotations

import csv
from functools import cache
from importlib.resources import files

__all__ = ["is_state_code", "state_codes", "state_name"]


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


def state_name(code: str) -> str | None:
    """The English short name of a State, where the bundled data has it."""
    return _names().get(code)
