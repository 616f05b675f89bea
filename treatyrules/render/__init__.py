"""Renderings of a verdict: ``text`` (a short memo for a terminal), ``markdown`` and ``json``.

>>> import treatyrules
>>> v = treatyrules.evaluate({"treaty": "APMBC", "state": "XXA", "as_of": "2000-01-01"})
>>> print(render(v, "text").splitlines()[2])
Conclusion: NON PARTY. XXA is not a party to the Anti-Personnel Mine Ban Convention on 2000-01-01
>>> render(v, "json").startswith('{')
True
"""

from __future__ import annotations

from ..core.verdict import Verdict
from . import markdown, text

__all__ = ["FORMATS", "render"]

FORMATS = ("text", "markdown", "json")


def render(verdict: Verdict, fmt: str = "text") -> str:
    """The verdict in ``fmt`` (one of :data:`FORMATS`)."""
    if fmt == "json":
        return verdict.model_dump_json(indent=2)
    if fmt == "markdown":
        return markdown.render(verdict)
    if fmt == "text":
        return text.render(verdict)
    raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
