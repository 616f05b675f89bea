"""Each treaty's tree of exceptions, as ``treatyrules rules --exceptions`` prints it.

A root is a rule that other rules can defeat; under it, each exception that, when
it holds, defeats it (and, in turn, the exceptions to that exception).

>>> from treatyrules.treaties import get
>>> print(render_exceptions((get("APMBC"),), "text"))  # doctest: +ELLIPSIS
APMBC: Convention on the Prohibition of ...
art_20__para_3__sent_1  (APMBC Art. 20(3), first sentence): Six months after receipt by the Depositary
  unless art_20__para_3__sent_2  (APMBC Art. 20(3), second sentence): No effect before the end of an armed conflict
art_1__para_1__point_b  (APMBC Art. 1(1)(b)): Never to develop, produce, acquire, stockpile, retain or transfer them
  unless art_3__para_1__sent_1  (APMBC Art. 3(1), first sentence): Retention or transfer for training and development
  unless art_3__para_2  (APMBC Art. 3(2)): Transfer for destruction
<BLANKLINE>
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from ..core.rule import Rule
from ..treaty import Treaty

__all__ = ["render_exceptions"]


def _node(treaty: Treaty, rule: Rule) -> dict[str, Any]:
    return {
        "eid": rule.eid,
        "citation": rule.citation,
        "title": rule.title,
        "paraphrase": rule.paraphrase,
        "exceptions": [_node(treaty, e) for e in treaty.exceptions_to(rule)],
    }


def _lines(node: dict[str, Any], depth: int) -> list[str]:
    lead = "  " * depth + ("unless " if depth else "")
    out = [f"{lead}{node['eid']}  ({node['citation']}): {node['title']}"]
    for child in node["exceptions"]:
        out += _lines(child, depth + 1)
    return out


def render_exceptions(chosen: Iterable[Treaty], fmt: str) -> str:
    """The trees of ``chosen`` treaties, as ``text`` or ``json``."""
    trees: list[dict[str, Any]] = [
        {
            "treaty": t.id,
            "title": t.title,
            "rules": [_node(t, root) for root in t.exception_roots],
        }
        for t in chosen
    ]
    if fmt == "json":
        return json.dumps(trees, indent=2)
    lines: list[str] = []
    for tree in trees:
        lines.append(f"{tree['treaty']}: {tree['title']}")
        for root in tree["rules"]:
            lines += _lines(root, 0)
        if not tree["rules"]:
            lines.append("  (no rule of this treaty has an exception)")
        lines.append("")
    return "\n".join(lines)
