"""APMBC Art. 1 -- General obligations.

(1) Each State Party undertakes "never under any circumstances" (a) to use
anti-personnel mines; (b) to develop, produce, otherwise acquire, stockpile,
retain or transfer them to anyone, directly or indirectly; (c) to assist,
encourage or induce anyone to do what a State Party may not. (2) Each State Party
destroys them as the Convention provides. The prohibitions hold in peace and in
international and internal armed conflict alike: necessity and self-defence are
no excuse.
"""

from ...core.rule import Rule
from ._sources import FACTS, T1

_SOURCE = f"{T1}; {FACTS} §1 Art. 1 (ICRC 1998 commentary: peace and any armed conflict)"

POINT_A = Rule(
    treaty="APMBC",
    eid="art_1__para_1__point_a",
    title="Never to use anti-personnel mines",
    paraphrase="A State Party never, under any circumstances, uses anti-personnel mines.",
    source=_SOURCE,
)

POINT_B = Rule(
    treaty="APMBC",
    eid="art_1__para_1__point_b",
    title="Never to develop, produce, acquire, stockpile, retain or transfer them",
    paraphrase=(
        "A State Party never develops, produces, otherwise acquires, stockpiles, retains or"
        " transfers anti-personnel mines to anyone, directly or indirectly."
    ),
    source=_SOURCE,
)

POINT_C = Rule(
    treaty="APMBC",
    eid="art_1__para_1__point_c",
    title="Never to assist, encourage or induce a prohibited activity",
    paraphrase=(
        "A State Party never assists, encourages or induces anyone to do anything the Convention"
        " forbids a State Party to do."
    ),
    source=_SOURCE,
)

BY_KIND = {
    "use": POINT_A,
    "develop": POINT_B,
    "produce": POINT_B,
    "acquire": POINT_B,
    "stockpile": POINT_B,
    "retain": POINT_B,
    "transfer": POINT_B,
    "assist": POINT_C,
    "encourage": POINT_C,
    "induce": POINT_C,
}
"""The prohibition each kind of act falls under."""

RULES = (POINT_A, POINT_B, POINT_C)
