"""What the library encodes, as ``treatyrules rules`` prints it and ``GET /v1/rules`` serves it:
the treaties, one treaty's rules, the contested points, or each treaty's tree of exceptions.

The JSON is the contract both share; the text is for reading.

>>> print(catalogue("APMBC").splitlines()[2])
art_15  (APMBC Art. 15): Signature
>>> import json
>>> [p["key"] for p in json.loads(catalogue("APMBC", interpretations=True, fmt="json"))][:2]
['premature_withdrawal', 'defective_notice']
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from .. import registry, treaties
from ..core.interpretation import InterpretationPoint, all_points, get_point
from .exceptions import render_exceptions

if TYPE_CHECKING:
    from ..treaty import Treaty

__all__ = ["catalogue"]


def catalogue(
    treaty: str | None = None,
    *,
    interpretations: bool = False,
    exceptions: bool = False,
    fmt: str = "text",
) -> str:
    """The contested points (``interpretations``), the trees of exceptions (``exceptions``),
    ``treaty``'s rules, or else the treaties; each of ``treaty`` alone where it is given.
    ``fmt``: ``text`` or ``json``."""
    if interpretations:
        if treaty:
            keys = treaties.get(treaty).points
        else:
            treaties.all()  # each treaty declares its points beside its rules: load them all
            keys = tuple(p.key for p in all_points())
        return _points([get_point(k) for k in keys], fmt)
    if exceptions:
        return render_exceptions((treaties.get(treaty),) if treaty else treaties.all(), fmt)
    if not treaty:
        return _treaties(fmt)
    return _rules(treaties.get(treaty), fmt)


def _points(points: list[InterpretationPoint], fmt: str) -> str:
    if fmt == "json":
        return json.dumps(
            [
                {
                    "key": p.key,
                    "question": p.question,
                    "options": dict(p.options),
                    "number": p.number,
                    "default": p.default,
                    "rationale": p.rationale,
                    "sources": list(p.sources),
                }
                for p in points
            ],
            indent=2,
        )
    lines = []
    for p in points:
        lines += [f"{p.key}  (default: {p.default})", f"  {p.question}"]
        lines += [f"  - {name}: {meaning}" for name, meaning in p.options.items()]
        if p.number:
            lines.append(f"  - a number: {p.number}")
        lines += [f"  why the default: {p.rationale}"]
        lines += [f"  source: {s}" for s in p.sources]
        lines.append("")
    return "\n".join(lines)


def _treaties(fmt: str) -> str:
    rows = [{"id": tid, "modelled": True, "name": treaties.get(tid).name} for tid in registry.ids()]
    if fmt == "json":
        return json.dumps(rows, indent=2)
    return "\n".join(f"{r['id']:<6} {'modelled':<17} {r['name']}" for r in rows) + "\n"


def _rules(treaty: Treaty, fmt: str) -> str:
    rules = treaty.rules
    if fmt == "json":
        return json.dumps(
            [
                {
                    "eid": r.eid,
                    "citation": r.citation,
                    "title": r.title,
                    "paraphrase": r.paraphrase,
                    "source": r.source,
                    "consults": list(r.consults),
                    "kind": type(r).__name__,
                    "defeats": getattr(getattr(r, "defeats", None), "eid", None),
                }
                for r in rules
            ],
            indent=2,
        )
    lines = [f"{treaty.id}: {treaty.title}", ""]
    for r in rules:
        lines.append(f"{r.eid}  ({r.citation}): {r.title}")
        lines.append(f"  {r.paraphrase}")
        defeats = getattr(r, "defeats", None)
        if defeats is not None:
            lines.append(f"  exception to: {defeats.eid}")
        if r.consults:
            lines.append(f"  consults: {', '.join(r.consults)}")
        lines.append(f"  source: {r.source}")
        lines.append("")
    return "\n".join(lines)
