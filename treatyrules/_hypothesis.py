"""Hypothesis's plugin hook: ``st.from_type(Scenario)`` draws from :func:`treatyrules.strategies.scenarios`.

Registered through the ``hypothesis`` entry point in ``pyproject.toml``; Hypothesis
calls it when it loads, so importing ``treatyrules`` alone never imports Hypothesis.
"""


def _hypothesis_setup_hook() -> None:
    from hypothesis import strategies as st

    from .scenario import Scenario
    from .strategies import scenarios

    st.register_type_strategy(Scenario, scenarios())
