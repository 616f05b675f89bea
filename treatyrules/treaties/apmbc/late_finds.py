"""A stockpile or mined area found only after the Art. 4 or Art. 5 deadline: the reading.

The Convention sets one deadline for all the mines a State holds (Art. 4) or has in mined
areas under its jurisdiction or control (Art. 5(1)). It says nothing of mines found after
the deadline passed. The States Parties treat such a find as a new obligation, to be
reported and met as soon as possible (for mined areas, the procedure of the Meetings for
newly discovered areas); read strictly, the deadline covered those mines too, and it passed
with the work not done. The records name the reading wherever it decides a row.
"""

from ...core.interpretation import InterpretationPoint, register_point
from ._sources import FACTS

COMPLIANCE = "docs/sources/apmbc-compliance.md"

LATE_FIND = register_point(
    InterpretationPoint(
        key="late_find",
        question=(
            "A stockpile or mined area is found only after the Art. 4 or Art. 5 deadline passed"
            " (Bosnia and Herzegovina's further stock found in 2006; Hungary's area found in"
            " 2011) and is then destroyed: was the original deadline missed?"
        ),
        options={
            "new_obligation": (
                "no: what is found late is a new obligation, to be met as soon as possible, as"
                " the States Parties treat late finds; the original deadline is not missed"
            ),
            "strict": (
                "yes: the deadline covered every mine the State held or had in its mined areas,"
                " found or not, and it passed with the work not done"
            ),
        },
        default="new_obligation",
        rationale=(
            "The Meetings of the States Parties handle areas discovered after a deadline under"
            " their own procedure (Germany's 2011 find, handled under the 13th Meeting's"
            " procedure), and the sources record no violation for a late find destroyed once"
            " found; the facts' own list of late Art. 4 completers names Côte d'Ivoire"
            " '(post-deadline discovery)', which the strict reading follows."
        ),
        sources=(
            f"{FACTS} §1 Arts. 4 and 5",
            f"{COMPLIANCE} (late finds; the Art. 4 and Art. 5 tables)",
        ),
    )
)
