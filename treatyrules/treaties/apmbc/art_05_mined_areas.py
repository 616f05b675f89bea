"""APMBC Art. 5 -- Destruction of anti-personnel mines in mined areas.

(1) Within ten years of entry into force for the State. (3) A State that cannot
meet the deadline may ask a Meeting of the States Parties or a Review Conference
for an extension of up to ten years; (5) the meeting decides by a majority; (6)
an extension may be renewed on a new request. Each extension granted sets a new
deadline. Emplaced mines are not in themselves a breach before the deadline.
"""

from ...core.interpretation import InterpretationPoint, register_point
from ...core.rule import Rule
from . import late_finds as _late_finds  # noqa: F401  (registers the point the rule consults)
from ._sources import FACTS, T1

T3 = "ICRC IHL database, Art. 5 (T3 in docs/sources/apmbc.md §0)"

PARA_1 = Rule(
    treaty="APMBC",
    eid="art_5__para_1",
    title="Clearance of mined areas within ten years",
    paraphrase=(
        "Anti-personnel mines in mined areas under the State's jurisdiction or control are"
        " destroyed as soon as possible and no later than ten years after entry into force for it."
    ),
    source=f"{T1}; {T3}; {FACTS} §1 Art. 5 (Ukraine: due 1 June 2016)",
    consults=("late_find",),  # read by the records, for an area found after the deadline
)

PARA_3 = Rule(
    treaty="APMBC",
    eid="art_5__para_3",
    title="Extension of the clearance deadline",
    paraphrase=(
        "A Meeting of the States Parties or a Review Conference may extend the deadline, by up"
        " to ten years per request; a renewed request may extend it again."
    ),
    source=f"{T1}; {T3}; {FACTS} §1 Art. 5 (South Sudan: extended to 9 July 2026)",
    consults=("late_extension",),
)

LATE_EXTENSION = register_point(
    InterpretationPoint(
        key="late_extension",
        question=(
            "A State's clearance deadline passed with no extension requested, and a later"
            " Meeting of the States Parties granted one (Ukraine: due 1 June 2016, extended in"
            " November 2020): does the extension cure the lapse?"
        ),
        options={
            "breach_stands": (
                "no: the deadline passed unmet, a breach of Art. 5(1) that a later decision does"
                " not undo; the new deadline runs from the grant"
            ),
            "cured": (
                "yes: the States Parties, granting the extension, accepted the late request;"
                " only the new deadline is shown"
            ),
        },
        default="breach_stands",
        rationale=(
            "Art. 5(3) lets a State ask for an extension of a deadline it cannot meet, which"
            " presupposes a request before the deadline; a wrongful act completed when the"
            " deadline passed is not undone by later consent (ARSIWA Arts. 14(1) and 20), and"
            " Landmine Monitor records Ukraine in violation from 2016 to 2020."
        ),
        sources=(
            f"{FACTS} §1 Art. 5",
            "docs/sources/apmbc-compliance.md §4 (Ukraine; Eritrea)",
            "ILC Articles on State Responsibility (2001), Arts. 14(1) and 20",
        ),
    )
)

YEARS = 10
MAX_EXTENSION_YEARS = 10
