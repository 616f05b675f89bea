"""treatyrules: a treaty's clauses as executable, explained rules.

>>> import treatyrules
>>> v = treatyrules.evaluate({
...     "treaty": "APMBC", "state": "POL", "as_of": "2026-03-01",
...     "events": [
...         {"kind": "signature", "date": "1997-12-04"},
...         {"kind": "ratification", "date": "2012-12-27"},
...         {"kind": "withdrawal", "date": "2025-08-20",
...          "notified": ["depositary", "states_parties", "security_council"],
...          "reasons_given": True},
...     ],
... })
>>> v.status
'withdrawn'
>>> str(v.withdrawal.effective_date)
'2026-02-20'
"""

from __future__ import annotations

import sys
from importlib import import_module
from types import ModuleType

from ._version import __version__

# Not `typing.TYPE_CHECKING`: importing `typing` would cost `import treatyrules` about as much
# as the rest of it (bench/cli.py); type checkers treat this name the same way.
TYPE_CHECKING = False
if TYPE_CHECKING:  # what the names below are, for the type checker and the reader
    from typing import Any

    from . import what_if
    from .api import evaluate, evaluate_many, iter_evaluate, status
    from .clauses.words import Words
    from .core.errors import InputError, InterpretationError, NotModelledError, TreatyRulesError
    from .core.interpretation import InterpretationPoint
    from .core.truth import Truth
    from .core.verdict import (
        ActResult,
        DeadlineResult,
        Finding,
        Position,
        Unknown,
        Verdict,
        WithdrawalResult,
    )
    from .declaration import Consent, Deferral, Joining, Kept, Notice, Prerequisite, declare
    from .scenario import Scenario
    from .sensitivity import Sensitivity, sensitivity

# Each public name and the module that defines it. `import treatyrules` loads none of them
# (nor pydantic): the first use of a name imports its module (PEP 562), so `treatyrules
# --version` or a script that only reads `__version__` does not pay for the rules.
_WHERE = {
    **dict.fromkeys(("evaluate", "evaluate_many", "iter_evaluate", "status"), ".api"),
    "Words": ".clauses.words",
    **dict.fromkeys(
        ("InputError", "InterpretationError", "NotModelledError", "TreatyRulesError"),
        ".core.errors",
    ),
    "InterpretationPoint": ".core.interpretation",
    "Truth": ".core.truth",
    **dict.fromkeys(
        (
            "ActResult",
            "DeadlineResult",
            "Finding",
            "Position",
            "Unknown",
            "Verdict",
            "WithdrawalResult",
        ),
        ".core.verdict",
    ),
    **dict.fromkeys(
        ("Consent", "Deferral", "Joining", "Kept", "Notice", "Prerequisite", "declare"),
        ".declaration",
    ),
    "Scenario": ".scenario",
    **dict.fromkeys(("Sensitivity", "sensitivity"), ".sensitivity"),
}


def __getattr__(name: str) -> Any:
    """The public name ``name``, imported from its module on first use and kept."""
    if name == "what_if":
        value: Any = import_module(".what_if", __name__)
    elif name in _WHERE:
        value = getattr(import_module(_WHERE[name], __name__), name)
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    # The public names, and the submodules loaded so far (not this module's own helpers).
    loaded = (n for n, v in globals().items() if isinstance(v, ModuleType))
    return sorted({*__all__, *loaded})


class _Package(ModuleType):
    """The package, whose public ``sensitivity`` is the function, not its module.

    Once a submodule is loaded the import system binds it on its package under its own
    name; an early ``from .sensitivity import ...`` elsewhere would so shadow the function
    ``treatyrules.sensitivity`` (it used to be bound at import). The module stays reachable
    as ``sys.modules["treatyrules.sensitivity"]``.
    """

    def __setattr__(self, name: str, value: object) -> None:
        if name == "sensitivity" and isinstance(value, ModuleType):
            return
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package


__all__ = [
    "ActResult",
    "Consent",
    "DeadlineResult",
    "Deferral",
    "Finding",
    "InputError",
    "InterpretationError",
    "InterpretationPoint",
    "Joining",
    "Kept",
    "NotModelledError",
    "Notice",
    "Position",
    "Prerequisite",
    "Scenario",
    "Sensitivity",
    "TreatyRulesError",
    "Truth",
    "Unknown",
    "Verdict",
    "WithdrawalResult",
    "Words",
    "__version__",
    "declare",
    "evaluate",
    "evaluate_many",
    "iter_evaluate",
    "sensitivity",
    "status",
    "what_if",
]
