"""Renderings of a verdict: ``text`` (a short memo for a terminal), ``markdown`` and ``json``.

>>> import treatyrules
>>> v = treatyrules.evaluate({"treaty": "APMBC", "state": "XXA", "as_of": "2000-01-01"})
>>> print(render(v, "text").splitlines()[2])
Conclusion: NON PARTY. XXA is not a party to the Anti-Personnel Mine Ban Convention on 2000-01-01
>>> render(v, "json").startswith('{')
True
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..core.verdict import Verdict

__all__ = ["FORMATS", "TABLE_FORMATS", "TIMELINE_STATES", "render"]

FORMATS = ("text", "markdown", "json")
TABLE_FORMATS = ("text", "json", "csv", "markdown")
"""The formats of the status and compliance tables."""
TIMELINE_STATES = ("EST", "LVA", "LTU", "FIN", "POL", "UKR")
"""The States a timeline of the Convention's records shows by default."""
# The constants above are what the command line needs to build its parser: kept here, in a
# module that imports nothing, so that `treatyrules --version` loads no rules.


def render(verdict: Verdict, fmt: str = "text", width: int | None = None) -> str:
    """The verdict in ``fmt`` (one of :data:`FORMATS`); ``width``: the text memo's columns."""
    if fmt == "json":
        return verdict.model_dump_json(indent=2)
    if fmt == "markdown":
        from . import markdown

        return markdown.render(verdict)
    if fmt == "text":
        from . import text

        return text.render(verdict) if width is None else text.render(verdict, width)
    raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
