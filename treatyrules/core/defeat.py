"""Defeasibility, resolved in one place: an exception that holds defeats the rule it names.

A clause applies a rule and its exceptions and hands the exceptions' outcomes here;
what comes back says which rules stand defeated and by what. The defeated rule then
explains itself knowing it ("would take effect on ..., but ..."), and its finding
stays in the verdict with ``defeated_by`` set. No clause decides a defeat itself.

>>> from treatyrules.core.rule import ExceptionRule, Rule
>>> rule = Rule(treaty="T", eid="art_1__sent_1", title="Rule", paraphrase="p", source="s")
>>> exception = ExceptionRule(treaty="T", eid="art_1__sent_2", title="Exception",
...                           paraphrase="p", source="s", defeats=rule)
>>> defeated([(exception, Truth.HOLDS)])[rule] is exception
True
>>> defeated([(exception, Truth.UNKNOWN)])
{}
"""

from __future__ import annotations

from collections.abc import Iterable

from .rule import ExceptionRule, Rule
from .truth import Truth

__all__ = ["defeated"]


def defeated(exceptions: Iterable[tuple[ExceptionRule, Truth]]) -> dict[Rule, ExceptionRule]:
    """The rules defeated by the exceptions that hold, each mapped to its defeater.

    Only an exception that *holds* defeats: one whose outcome is unknown leaves the
    rule standing in that world, and the caller splits the worlds.
    """
    return {rule.defeats: rule for rule, outcome in exceptions if outcome is Truth.HOLDS}
