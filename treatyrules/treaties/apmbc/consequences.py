"""What follows from a breach of the Convention, as findings with their citations.

The breach remains whatever the State does later (ARSIWA Art. 13; a withdrawal
releases from further performance only, VCLT Art. 70(1)(b) and (2)); keeping mines
is a continuing breach for as long as they are kept (ARSIWA Art. 14(2)); the State
must cease it and make reparation (ARSIWA Arts. 30-31); other States Parties may
use the compliance procedure of Art. 8; and the State reports what it holds (Art. 7).
"""

from __future__ import annotations

from ...core.truth import Truth
from ...core.verdict import Finding
from ...scenario import ACT_NOUNS, Act
from .. import vclt
from .art_07_transparency import PARA_2 as ART_7_PARA_2
from .art_08_compliance import ART_8

__all__ = ["of_breach"]

_CONTINUING = ("stockpile", "retain")
_HOLDING = ("stockpile", "retain", "acquire", "produce")


def of_breach(act: Act) -> list[Finding]:
    """The consequences of the breach by ``act``."""
    noun = ACT_NOUNS[act.kind]
    found: list[Finding] = []
    if act.kind in _CONTINUING:
        found.append(
            vclt.ARSIWA_14.finding(
                Truth.HOLDS,
                f"The {noun} is a continuing breach: it extends over the whole time the State"
                f" keeps the mines from {act.date}, until they are destroyed.",
            )
        )
    found.append(
        vclt.ARSIWA_30.finding(
            Truth.HOLDS,
            "The State must cease the breach if it continues (destroying the mines it holds,"
            " Arts. 1(2) and 4) and, if circumstances require, give assurances of non-repetition.",
        )
    )
    found.append(
        vclt.ARSIWA_31.finding(
            Truth.HOLDS,
            "It must make full reparation for any injury the breach causes.",
        )
    )
    found.append(
        ART_8.finding(
            Truth.NOT_APPLICABLE,
            "Any other State Party may send a Request for Clarification through the"
            " Secretary-General (answer due within 28 days) and take the matter to the Meeting of"
            " the States Parties or a Special Meeting, which may send a fact-finding mission.",
        )
    )
    if act.kind in _HOLDING or act.kind == "use":
        what = (
            "the mines it holds, by type and quantity (Art. 7(1)(b))"
            if act.kind in _HOLDING
            else "the mined areas, as far as possible (Art. 7(1)(c)), which it must also clear (Art. 5)"
        )
        found.append(
            ART_7_PARA_2.finding(
                Truth.NOT_APPLICABLE,
                f"Its transparency reports (due each 30 April) must show {what}.",
            )
        )
    return found
