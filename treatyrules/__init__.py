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

from . import what_if
from ._version import __version__
from .api import evaluate, evaluate_many, status
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
    "sensitivity",
    "status",
    "what_if",
]
