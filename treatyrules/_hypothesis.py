"""Hypothesis's plugin hook: ``st.from_type(Scenario)`` draws from :func:`treatyrules.strategies.scenarios`.

Registered through the ``hypothesis`` entry point in ``pyproject.toml``; Hypothesis
calls it while ``import hypothesis`` runs, so importing ``treatyrules`` alone never
imports Hypothesis.

The hook must not import :mod:`treatyrules.strategies`: when a plain interpreter
runs ``from treatyrules.strategies import scenarios``, that module's own
``import hypothesis`` is what calls this hook, and the module is then only half
initialised. So the strategy is registered as a function Hypothesis resolves
when ``st.from_type(Scenario)`` is first drawn from, long after every import is
done.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from hypothesis.strategies import SearchStrategy


def _scenario_strategy(_type: type[Any]) -> SearchStrategy[Any]:
    from .strategies import scenarios

    return scenarios()


def _hypothesis_setup_hook() -> None:
    from hypothesis import strategies as st

    from .scenario import Scenario

    st.register_type_strategy(Scenario, _scenario_strategy)
