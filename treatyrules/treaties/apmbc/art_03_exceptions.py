"""APMBC Art. 3 -- Exceptions.

(1) Despite Art. 1, retaining or transferring anti-personnel mines for the
development of and training in mine detection, clearance or destruction
techniques is permitted; the number may not exceed the minimum absolutely
necessary, which the Convention does not fix. (2) Transferring anti-personnel
mines for their destruction is permitted. A permitted transfer is permitted on
the receiving side too: the recipient's acquisition is its other half.
"""

from __future__ import annotations

from ...clauses.context import Context
from ...core.interpretation import InterpretationPoint, register_point
from ...core.rule import ExceptionRule, Rule
from ...core.truth import Truth
from ...core.verdict import Finding
from ...scenario import ACT_NOUNS, Act
from . import art_01_general_obligations as art_1
from ._sources import FACTS, T1

T2 = "ICRC IHL database, Art. 3 (T2 in docs/sources/apmbc.md §0)"

PARA_1_SENT_1 = ExceptionRule(
    treaty="APMBC",
    eid="art_3__para_1__sent_1",
    title="Retention or transfer for training and development",
    paraphrase=(
        "Retaining or transferring anti-personnel mines for developing, and training in, mine"
        " detection, clearance or destruction techniques is permitted."
    ),
    source=f"{T1}; {T2}; {FACTS} §1 Art. 3",
    defeats=art_1.POINT_B,
)

PARA_1_SENT_2 = Rule(
    treaty="APMBC",
    eid="art_3__para_1__sent_2",
    title="The minimum number absolutely necessary",
    paraphrase=(
        "The number retained or transferred may not exceed the minimum absolutely necessary for"
        " those purposes; the Convention sets no figure."
    ),
    source=f"{T1}; {T2}",
    consults=("art3_threshold",),
)

PARA_2 = ExceptionRule(
    treaty="APMBC",
    eid="art_3__para_2",
    title="Transfer for destruction",
    paraphrase="Transferring anti-personnel mines for the purpose of destruction is permitted.",
    source=f"{T1}; {T2}",
    defeats=art_1.POINT_B,
)

RULES = (PARA_1_SENT_1, PARA_1_SENT_2, PARA_2)

_TRAINING_KINDS = ("retain", "transfer", "acquire")
_DESTRUCTION_KINDS = ("transfer", "acquire")


# The contested questions the rules below consult, declared beside them.
ART3_THRESHOLD = register_point(
    InterpretationPoint(
        key="art3_threshold",
        question=(
            "How many retained anti-personnel mines are 'the minimum number absolutely"
            " necessary' for training in and development of detection, clearance or destruction"
            " techniques?"
        ),
        options={
            "none": (
                "the Convention sets no number: a retention or transfer for those purposes is"
                " permitted and its quantity reported for review"
            ),
        },
        number="the largest quantity treated as the minimum absolutely necessary; more is a breach",
        minimum=0,
        default="none",
        rationale="Art. 3(1) sets no numerical ceiling; States Parties review the numbers reported.",
        sources=(
            "docs/sources/apmbc.md §1 Art. 3",
            "APMBC Art. 7(1)(d) (reporting of retained mines)",
        ),
    )
)


def exception(ctx: Context, index: int, act: Act) -> tuple[Truth, tuple[Finding, ...]]:
    """Whether Art. 3 permits the act: HOLDS, FAILS, or UNKNOWN (quantity unknown), with findings.

    NOT_APPLICABLE when the act is not one Art. 3 speaks to.
    """
    purpose = act.purpose
    if purpose in ("development", "training") and act.kind in _TRAINING_KINDS:
        permitted = PARA_1_SENT_1.finding(
            Truth.HOLDS,
            f"The {ACT_NOUNS[act.kind]} is for the {purpose} of mine detection, clearance or destruction"
            " techniques, which Art. 3(1) permits"
            + (
                " (on the receiving side of a permitted transfer)."
                if act.kind == "acquire"
                else "."
            ),
        )
        threshold = ctx.read(PARA_1_SENT_2, "art3_threshold")
        quantity = act.quantity
        if threshold == "none":
            # The test is not applied on this reading: say so, whatever the number.
            number = (
                "is not given, so it cannot be checked" if quantity is None else f"is {quantity}"
            )
            text = (
                f"The number {number}. Art. 3(1) allows no more than the 'minimum number"
                " absolutely necessary' for these purposes and fixes no figure; the reading"
                " applied (art3_threshold = none) does not test the number, so whether it is that"
                " minimum is left open, for review by the States Parties on the State's Art."
                " 7(1)(d) reports. A number as the reading (art3_threshold = N) would test it."
            )
            return Truth.HOLDS, (
                permitted,
                PARA_1_SENT_2.finding(Truth.HOLDS, text, severity="warning"),
            )
        if quantity is None:
            ctx.unknown(f"acts[{index}].quantity", PARA_1_SENT_2, decisive=True)
            return Truth.UNKNOWN, (
                permitted,
                PARA_1_SENT_2.finding(
                    Truth.UNKNOWN,
                    f"Under the reading art3_threshold = {threshold} the quantity decides, and it is"
                    " not known.",
                ),
            )
        within = quantity <= threshold  # type: ignore[operator]
        return Truth.of(within), (
            permitted,
            PARA_1_SENT_2.finding(
                Truth.of(within),
                f"Quantity {quantity}, against the reading art3_threshold = {threshold}: "
                + ("within it." if within else "more than the minimum absolutely necessary."),
            ),
        )
    if purpose == "destruction" and act.kind in _DESTRUCTION_KINDS:
        return Truth.HOLDS, (
            PARA_2.finding(
                Truth.HOLDS,
                f"The {ACT_NOUNS[act.kind]} is for the purpose of destruction, which Art. 3(2) permits"
                + (" (on the receiving side of the transfer)." if act.kind == "acquire" else "."),
            ),
        )
    if purpose is not None:
        return Truth.FAILS, (
            PARA_1_SENT_1.finding(
                Truth.FAILS,
                f"Art. 3 permits only retaining or transferring (and so receiving) mines for"
                f" training and development, and transferring them for destruction; {ACT_NOUNS[act.kind]}"
                f" for {purpose} is not among them.",
            ),
        )
    return Truth.NOT_APPLICABLE, ()
