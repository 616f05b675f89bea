"""A claimed suspension of a treaty that has no suspension clause (VCLT Arts. 42, 57, 62, 65, 67).

A State may claim to suspend a treaty's operation, as Ukraine did in July 2025
invoking a fundamental change of circumstances (VCLT Art. 62). Whether that
releases it is contested (interpretation point ``suspension_claim``); by default
it does not. A claimed suspension is never a withdrawal.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..core.calendar import month_end_matters, months_after
from ..core.interpretation import InterpretationPoint, register_point
from ..core.rule import Rule
from ..core.truth import Truth
from ..core.verdict import Finding
from ..scenario import Objection, SuspensionClaim
from .context import Context

__all__ = ["SuspensionCase", "SuspensionRules"]


# The contested questions the rules below consult, declared beside them.
SUSPENSION_CLAIM = register_point(
    InterpretationPoint(
        key="suspension_claim",
        question=(
            "A State claims to suspend a treaty that has no suspension clause, invoking VCLT"
            " Art. 62: is it released from its obligations, and from when?"
        ),
        options={
            "not_recognized": (
                "no: a treaty without a suspension clause is suspended only as the VCLT allows,"
                " its conditions are not met by a State's own say-so, and the claim does not"
                " release the State"
            ),
            "recognized_after_procedure": (
                "yes, but only three months after the claim, and only if no party objected by"
                " then (VCLT Art. 65(2)); an objection sends the parties to UN Charter Art. 33"
            ),
            "recognized_immediately": (
                "yes, from the claim: special urgency (VCLT Art. 65(2)), or a State exercising"
                " its right of self-defence suspending a treaty incompatible with it (ILC 2011"
                " draft Art. 14, read past its draft Arts. 4 and 7 and the annex)"
            ),
        },
        default="not_recognized",
        rationale=(
            "Suspension outside a treaty's own terms needs the consent of all parties or a ground"
            " the VCLT accepts, established by its procedure (VCLT Arts. 42, 57, 62, 65). For the"
            " APMBC, Art. 20(3) already governs leaving during an armed conflict, Art. 1 binds"
            " 'never under any circumstances', six States objected to Ukraine's claim, and the"
            " 22nd Meeting of the States Parties (December 2025) stated the view that Ukraine"
            " remains bound (a view of the parties, not a judgment)."
        ),
        sources=(
            "docs/sources/apmbc.md §3b (Ukraine's notification, the objections, the 22nd Meeting)",
            "docs/sources/apmbc.md §2 (VCLT Arts. 42, 62, 65, 67)",
            "docs/sources/memo-law.md §2-§3 (VCLT Arts. 65-67, 73; ILC 2011 draft Arts. 4, 7, 14)",
        ),
    )
)


@dataclass(frozen=True, slots=True)
class SuspensionCase:
    """One claimed suspension, judged on all the facts."""

    index: int
    claimed: date
    suspended_from: date | None
    """The day the treaty stops binding the State under the reading applied; None if never."""
    certainty: Truth
    """HOLDS if it suspends, FAILS if not, UNKNOWN if an unknown fact (an objection's date) decides."""
    finding: Finding

    def suspends_on(self, day: date) -> Truth:
        """Whether the treaty's operation is suspended for the State on ``day``."""
        if self.certainty is Truth.FAILS or day < self.claimed:
            return Truth.FAILS
        if self.certainty is Truth.UNKNOWN:
            return Truth.UNKNOWN
        assert self.suspended_from is not None
        return Truth.HOLDS if day >= self.suspended_from else Truth.FAILS


@dataclass(frozen=True, eq=False, kw_only=True)
class SuspensionRules:
    """The rules a suspension claim passes through."""

    heading: Rule
    """VCLT Art. 42(2): suspension only as the treaty or the VCLT provides."""
    by_treaty: Rule
    """VCLT Art. 57: under the treaty's provisions or with the consent of all parties."""
    change: Rule
    """VCLT Art. 62: a fundamental change of circumstances."""
    procedure: Rule
    """VCLT Art. 65: three months without objection; an objection leads to UN Charter Art. 33."""
    not_withdrawal: Rule
    """The treaty's withdrawal article: a suspension claim is not an instrument of withdrawal."""
    conflict_clause: str | None = None
    """The citation of the treaty's armed-conflict clause, if it has one ("APMBC Art. 20(3)")."""
    precedent: str = ""
    """What the treaty's parties have said about such claims, if anything."""

    def rules(self) -> tuple[Rule, ...]:
        return (self.heading, self.by_treaty, self.change, self.procedure, self.not_withdrawal)

    def assess(
        self,
        ctx: Context,
        index: int,
        claim: SuspensionClaim,
        objections: list[tuple[int, Objection]],
    ) -> SuspensionCase:
        reading = ctx.read(self.heading, "suspension_claim")
        w = ctx.words
        claimed = claim.date
        month_end = ctx.read(self.procedure, "month_end", moot=not month_end_matters(claimed, 3))
        three_months = months_after(claimed, 3, str(month_end))
        objectors = [o for _, o in objections if o.to == "suspension_claim"]
        names = ", ".join(o.by for o in objectors) or "none"
        timely = [o for o in objectors if o.date is not None and o.date < three_months]
        undated = [i for i, o in objections if o.to == "suspension_claim" and o.date is None]

        basis = self.by_treaty.finding(
            Truth.FAILS,
            "The treaty has no clause allowing its operation to be suspended, and the other"
            f" parties have not all consented (objections on record: {names}).",
        )
        change = self.change.finding(
            Truth.FAILS,
            "A fundamental change of circumstances can be invoked only if every condition of"
            f" {self.change.citation} holds: a change the parties did not foresee, of"
            " circumstances that were"
            " an essential basis of their consent, radically transforming what remains to be"
            " done."
            + (
                f" An armed conflict is the very situation {self.conflict_clause} foresees, so it"
                " was not unforeseen."
                if self.conflict_clause
                else ""
            )
            + f" Nor is the ground needed to leave: the treaty's clause on {w.term} gives every"
            f" party an express right to {w.verb} on notice.",
        )
        if objectors:
            text = (
                f"The claim of {claimed} can be carried out only if no party objects within three"
                " months of receiving it (VCLT Art. 65(2)), save in cases of special urgency: each"
                f" party receives it when it is communicated to it (VCLT Art. 78(c)), so the"
                f" period ends no earlier than {three_months}. Objections given in the scenario:"
                f" {names}; a timely objection obliges the parties to seek a solution under"
                " Art. 33 of the UN Charter."
            )
            if timely:
                procedure = self.procedure.finding(Truth.FAILS, text)
            elif undated:
                procedure = self.procedure.finding(
                    Truth.UNKNOWN, text + " Whether they came in time the facts do not say."
                )
            else:
                procedure = self.procedure.finding(
                    Truth.HOLDS, text + " Every objection came after the three months."
                )
        else:
            procedure = self.procedure.finding(
                Truth.HOLDS,
                "The scenario gives no objection; three months after the parties receive the"
                f" claim (no earlier than {three_months}), the procedure would allow the measure"
                " to be carried out (VCLT Art. 65(2)).",
            )
        not_withdrawal = self.not_withdrawal.finding(
            Truth.NOT_APPLICABLE,
            f"A claimed suspension is not an {w.instrument}: no notice period runs and"
            " the State remains a party.",
        )
        children = (basis, change, procedure, not_withdrawal)

        suspended_from: date | None
        if reading == "recognized_immediately":
            certainty, suspended_from = Truth.HOLDS, claimed
            verdict = (
                f"Under the reading suspension_claim = recognized_immediately, the treaty's"
                f" operation is suspended for the State from {claimed}."
            )
        elif reading == "recognized_after_procedure":
            if timely:
                certainty, suspended_from = Truth.FAILS, None
                verdict = (
                    "Under the reading suspension_claim = recognized_after_procedure, the timely"
                    " objections prevent the suspension: the State remains bound."
                )
            elif undated:
                certainty, suspended_from = Truth.UNKNOWN, three_months
                for i in undated:
                    ctx.unknown(f"events[{i}].date", self.procedure, decisive=True)
                verdict = (
                    "Under the reading suspension_claim = recognized_after_procedure, it depends on"
                    f" whether the objections came before {three_months}: their dates are unknown."
                )
            else:
                certainty, suspended_from = Truth.HOLDS, three_months
                verdict = (
                    "Under the reading suspension_claim = recognized_after_procedure, no party"
                    f" objected in time: the operation is suspended for the State from {three_months}."
                )
        else:
            certainty, suspended_from = Truth.FAILS, None
            verdict = (
                f"The claim received on {claimed} does not release the State: it remains bound by"
                " every obligation (default reading, suspension_claim = not_recognized)."
                + (f" {self.precedent}" if self.precedent else "")
            )
        finding = self.heading.finding(certainty, verdict, children)
        return SuspensionCase(index, claimed, suspended_from, certainty, finding)
