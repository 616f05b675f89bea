"""APMBC Art. 7 -- Transparency measures.

(1) An initial report to the UN Secretary-General within 180 days of entry into
force for the State (calendar days: in force 1 June 2006, due 28 November 2006).
(2) Updated annually, covering the last calendar year, by 30 April each year.
"""

from ...core.interpretation import InterpretationPoint, register_point
from ...core.rule import Rule
from ._sources import FACTS, T1

T11 = "Landmine Monitor 2006 on the Art. 7 timing (T11)"

PARA_1 = Rule(
    treaty="APMBC",
    eid="art_7__para_1",
    title="Initial transparency report within 180 days",
    paraphrase=(
        "The State reports to the UN Secretary-General as soon as practicable and no later than"
        " 180 days after the Convention enters into force for it."
    ),
    source=f"{T1}; {T11}; {FACTS} §1 Art. 7 (Ukraine, Palestine, Iraq examples)",
)

PARA_2 = Rule(
    treaty="APMBC",
    eid="art_7__para_2",
    title="Annual transparency reports by 30 April",
    paraphrase=(
        "The information is updated every year, covering the last calendar year, and reported"
        " no later than 30 April."
    ),
    source=f"{T1}; {FACTS} §1 Art. 7(2)",
    consults=("final_report",),
)

INITIAL_DAYS = 180


# The contested questions the rules below consult, declared beside them.
FINAL_REPORT = register_point(
    InterpretationPoint(
        key="final_report",
        question=(
            "Is an annual transparency report that covers time when the State was bound, but"
            " falls due after its withdrawal took effect, still owed?"
        ),
        options={
            "not_owed": (
                "no: from the day the withdrawal takes effect the State is released from further"
                " performance (VCLT Art. 70(1)(a))"
            ),
            "owed": (
                "yes: it reports on a period in which it was bound, an obligation that arose"
                " before the withdrawal (VCLT Art. 70(1)(b))"
            ),
        },
        default="not_owed",
        rationale=(
            "A report falling due on or after the effective date is performance the withdrawal"
            " releases; deadlines that fell due earlier keep their outcome."
        ),
        sources=("docs/sources/apmbc.md §1 Art. 7(2)", "docs/sources/apmbc.md §2 Art. 70"),
    )
)
