"""Shared fixtures and the Hypothesis profiles.

Timing belongs in ``bench/``: no profile has a per-example deadline, because the
machines that run the suite are shared and noisy. ``HYPOTHESIS_PROFILE=ci``
(set by ``.ci/run``) runs more examples, derandomised so that CI is repeatable;
``HYPOTHESIS_PROFILE=random`` (its second pass) draws them from a seed it prints.
"""

from __future__ import annotations

import os
from typing import Any

import pytest
from builders import ALL_NOTIFIED, RUSSIA_UKRAINE_WAR, ev, scenario
from hypothesis import HealthCheck, settings

settings.register_profile("default", deadline=None, max_examples=100)
settings.register_profile(
    "ci",
    deadline=None,
    max_examples=300,
    derandomize=True,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile("dev", deadline=None, max_examples=20)
# .ci/run's second pass: the properties again from a fresh seed it prints (a failure found
# this way is a bug to fix, rerun with --hypothesis-seed=SEED).
settings.register_profile("random", deadline=None, max_examples=100, print_blob=True, database=None)
# Mutation testing (docs/reliability.md): repeatable, and few examples for each of many runs.
settings.register_profile(
    "mutation", deadline=None, max_examples=30, derandomize=True, database=None
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))


@pytest.fixture
def poland() -> dict[str, Any]:
    """Poland's record as in shared/facts/apmbc.md §3b, with the Russia-Ukraine war listed."""
    return scenario(
        "POL",
        ev("signature", "1997-12-04"),
        ev("ratification", "2012-12-27"),
        ev("withdrawal", "2025-08-20", notified=ALL_NOTIFIED, reasons_given=True),
        conflicts=[RUSSIA_UKRAINE_WAR],
    )


@pytest.fixture(autouse=True)
def _registry_as_the_library_ships_it():
    """A treaty a test declares is forgotten after it, so the registry (and the
    schema and the CLI that derive from it) is the library's in every other test."""
    from treatyrules import registry
    from treatyrules.core import interpretation

    registry.all_treaties()  # the library's own treaties and their points are never forgotten
    before = dict(registry._DECLARED)
    points = dict(interpretation._POINTS)
    yield
    for extra in set(registry._DECLARED) - set(before) - set(registry.CATALOGUE):
        del registry._DECLARED[extra]
    for extra in set(interpretation._POINTS) - set(points):
        del interpretation._POINTS[extra]
