"""Findings and verdicts: what the rules concluded, and why, with a citation at every step.

A :class:`Finding` is one rule applied to the facts: its outcome, a severity, an
explanation in plain words, and the findings it rests on (``children``). When an
exception rule defeats another (Art. 20(3), second sentence, defeats the first
sentence), the defeated finding stays in the tree with ``defeated_by`` set, so a
reader sees what would have happened and why it did not.

A :class:`Verdict` is the State's legal position on one date. Its JSON form
(``verdict.model_dump(mode="json")``) is the Verdict JSON v1 contract.
"""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import Field

from .interpretation import Option
from .model import Frozen
from .status import Status
from .truth import Truth

__all__ = [
    "ActOutcome",
    "ActResult",
    "AnnexBound",
    "Completion",
    "DeadlineOutcome",
    "DeadlineResult",
    "ExtensionGranted",
    "Finding",
    "Position",
    "Severity",
    "Status",
    "Unknown",
    "Verdict",
    "WithdrawalOutcome",
    "WithdrawalResult",
]

WithdrawalOutcome = Literal[
    "pending", "deferred", "effective", "revoked", "not_applicable", "indeterminate"
]
ActOutcome = Literal[
    "violation", "permitted", "not_prohibited", "not_bound", "interim_obligation", "indeterminate"
]
DeadlineOutcome = Literal["met", "missed", "pending", "unknown", "not_applicable"]
Severity = Literal["info", "warning"]


class Finding(Frozen):
    """One rule applied to the facts."""

    rule: str = Field(description="The rule's eid, e.g. art_20__para_3__sent_2.")
    citation: str = Field(description="e.g. 'APMBC Art. 20(3), second sentence'.")
    outcome: Truth
    severity: Severity = Field(
        default="info", description="warning: a defect that does not decide the verdict."
    )
    explanation: str
    children: tuple[Finding, ...] = ()
    defeated_by: str | None = Field(
        default=None, description="The eid of the exception rule that defeated this one."
    )


class AnnexBound(Frozen):
    """An annexed instrument the withdrawal covers that binds the State beyond its release."""

    protocol: str = Field(description="The annexed instrument's id, as a scenario names it.")
    until: date | None = Field(
        description="The day it binds the State until; null where the facts do not give it."
    )
    at_least: date | None = Field(
        default=None,
        description="Where ``until`` is null: the day it binds the State until at the least --"
        " the latest end the facts give of what its wait lasts for, or the release from the"
        " treaty, whichever is later. An added field; null otherwise.",
    )


class WithdrawalResult(Frozen):
    """The instrument of withdrawal that decides the position on the assessment date."""

    received: date = Field(description="The day the Depositary received the instrument.")
    notice_expires: date | None
    outcome: WithdrawalOutcome
    effective_date: date | None = Field(
        description="The date the rules give on all the facts; a projection until reached."
    )
    condition: str | None = Field(
        description="What a projected date assumes, or what the effect waits for."
    )
    event: int = Field(description="The instrument's index in the scenario's events.")
    revoked_on: date | None = None
    deferred_by: tuple[str, ...] = Field(
        default=(), description="The armed conflicts that defer the effect."
    )
    protocol: str | None = Field(
        default=None, description="The annexed Protocol denounced on its own, if any (CCW)."
    )
    annex_bound: AnnexBound | None = Field(
        default=None,
        description="An annexed instrument the withdrawal covers that binds the State after its"
        " release from the treaty, and until when: where a part of the wait holds that annex"
        " alone, as the reading applied gives it. An added field; null otherwise.",
    )
    annex_may_bind: AnnexBound | None = Field(
        default=None,
        description="As ``annex_bound``, where that annex binds the State after its release only"
        " on facts the scenario does not give (whether the State is bound by it; whether there"
        " is anything in the area its wait lasts for), listed as unknown. An added field; null"
        " otherwise, and always null where ``annex_bound`` is not.",
    )


class ActResult(Frozen):
    """An act judged on the date it was performed."""

    index: int
    kind: str
    date: date
    outcome: ActOutcome
    rule: str
    citation: str
    explanation: str
    findings: tuple[Finding, ...] = ()


class Completion(Frozen):
    """When an obligation was completed, as precisely as the source dates it."""

    date: str = Field(description="YYYY, YYYY-MM or YYYY-MM-DD, as the source gives it.")
    precision: str = Field(
        description="exact | month | year | by_report (on or before the report's date) |"
        " before (before that day) | approximate."
    )


class ExtensionGranted(Frozen):
    """An extension of a deadline granted by a meeting of the States Parties."""

    granted_by: str | None = Field(description="The meeting, e.g. 18MSP; null: not verified.")
    granted: date = Field(description="The decision's day, as precisely as ``precision``.")
    precision: str
    until: str | None = Field(description="The new deadline; null: not verified.")


class DeadlineResult(Frozen):
    """A time limit of the treaty and whether the facts show it met."""

    rule: str
    citation: str
    title: str
    due: date | None
    outcome: DeadlineOutcome
    explanation: str
    met_on: date | None = None
    completed: Completion | None = Field(
        default=None, description="From bundled records: the completion, with its precision."
    )
    extensions: tuple[ExtensionGranted, ...] = Field(
        default=(), description="From bundled records: the extensions granted by the date read."
    )
    sources: tuple[str, ...] = Field(
        default=(), description="From bundled records: the sources of the row's facts."
    )
    records_as_of: date | None = Field(
        default=None,
        description="From bundled records: their cut-off; a reading after it may miss later facts.",
    )


class Unknown(Frozen):
    """A fact a rule needed and the scenario left unknown."""

    fact: str = Field(description="A path such as events[2].notified, or a missing fact.")
    affects: str = Field(description="The eid of the rule that needed it.")
    decisive: bool = Field(description="Whether it changes the status, a date or an outcome.")


class Generator(Frozen):
    """What produced a verdict: the library's version and the contract's."""

    library: str = Field(description="treatyrules' version, e.g. 0.1.0.")
    contract: str = Field(description="The Verdict JSON contract's version (1).")
    records: str | None = Field(
        default=None,
        description="The bundled records' version (their cut-off), where a verdict comes from them.",
    )


class Verdict(Frozen):
    """A State's legal position under a treaty on one date, with the reasons.

    Read ``status`` and ``withdrawal`` for the answer, ``findings`` for the
    reasons, ``interpretations`` for the contested readings applied and
    ``unknowns`` for the facts that were missing.
    """

    treaty: str
    state: str
    name: str | None = None
    as_of: date
    status: Status
    possible_statuses: tuple[Status, ...] | None = None
    conclusion: str
    entry_into_force: date | None
    withdrawal: WithdrawalResult | None
    acts: tuple[ActResult, ...] = ()
    findings: tuple[Finding, ...]
    deadlines: tuple[DeadlineResult, ...] = ()
    interpretations: dict[str, Option]
    unknowns: tuple[Unknown, ...] = ()
    note: str | None = Field(
        default=None, description="The scenario's note, as given (what the scenario is)."
    )
    generator: Generator | None = Field(
        default=None, description="The library and contract versions that produced the verdict."
    )

    def __repr__(self) -> str:
        parts = [f"{self.treaty} {self.state} on {self.as_of}: {self.status}"]
        w = self.withdrawal
        if w is not None:
            parts.append(f"withdrawal {w.outcome}")
            if w.effective_date is not None:
                parts.append(f"effective {w.effective_date}")
        if self.unknowns:
            parts.append(f"{len(self.unknowns)} unknown fact(s)")
        return f"Verdict({', '.join(parts)})"

    def find(self, rule: str) -> tuple[Finding, ...]:
        """Every finding of ``rule`` anywhere in the tree, in reading order."""
        found: list[Finding] = []

        def walk(findings: tuple[Finding, ...]) -> None:
            for f in findings:
                if f.rule == rule:
                    found.append(f)
                walk(f.children)

        walk(self.findings)
        for act in self.acts:
            walk(act.findings)
        return tuple(found)


class Position(Frozen):
    """A State's status and dates under a treaty on one date, decided, with no reasons.

    What :func:`treatyrules.status` returns: the fields of a :class:`Verdict` that
    the decisions fix (the same values the full verdict carries), without the
    conclusion, findings, acts or deadlines that explain them.
    """

    treaty: str
    state: str
    as_of: date
    status: Status
    possible_statuses: tuple[Status, ...] | None = None
    entry_into_force: date | None
    withdrawal: WithdrawalResult | None
    interpretations: dict[str, Option]

    def __repr__(self) -> str:
        w = self.withdrawal
        tail = "" if w is None else f", withdrawal {w.outcome}"
        return f"Position({self.treaty} {self.state} on {self.as_of}: {self.status}{tail})"
