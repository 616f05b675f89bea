"""What follows from a breach of the Convention, as findings with their citations.

The breach remains whatever the State does later (ARSIWA Art. 13; a withdrawal
releases from further performance only, VCLT Art. 70(1)(b) and (2)); keeping mines
is a continuing breach for as long as they are kept (ARSIWA Art. 14(2)); the State
must cease it and make reparation (ARSIWA Arts. 30-31); other States Parties may
use the compliance procedure of Art. 8; and the State reports what it holds (Art. 7).
"""

from __future__ import annotations

from datetime import date

from ...core.truth import Truth
from ...core.verdict import Finding
from ...scenario import ACT_NOUNS, Act
from .. import vclt
from .art_07_transparency import PARA_2 as ART_7_PARA_2
from .art_08_compliance import ART_8

__all__ = ["of_breach"]

_CONTINUING = ("stockpile", "retain")
_HOLDING = ("stockpile", "retain", "acquire", "produce")


def of_breach(
    act: Act, released: date | None = None, *, in_force_from: date | None = None
) -> list[Finding]:
    """The consequences of the breach by ``act``; ``released``: the day a withdrawal of the
    State takes effect, if it does on the facts (the duties of performance end then, the
    responsibility for what was done while bound does not); ``in_force_from``: where the
    State was bound only by Art. 1(1) applied provisionally (Art. 18), the day the Convention
    enters into force for it (None if it does not on the facts, or the State was a party)."""
    noun = ACT_NOUNS[act.kind]
    # How long a continuing breach lasts: to the release, to entry into force where the State
    # is bound by Art. 1(1) alone (from then Art. 4's period runs), else to the destruction.
    if released is not None:
        lasts = f" until {released}, when its withdrawal takes effect"
    elif in_force_from is not None:
        lasts = (
            " while it applies Art. 1(1) provisionally: until the Convention enters into force"
            f" for it on {in_force_from}, from when Art. 4 gives it four years to destroy them,"
            " or until they are destroyed, if sooner"
        )
    else:
        lasts = ", until they are destroyed"
    found: list[Finding] = []
    if act.kind in _CONTINUING:
        found.append(
            vclt.ARSIWA_14.finding(
                Truth.HOLDS,
                f"The {noun} is a continuing breach: it extends over the whole time the State"
                f" keeps the mines from {act.date}{lasts}.",
            )
        )
    destroy = (
        "the mines it emplaced is owed under Arts. 1(2) and 5"
        if act.kind == "use"
        else "the mines it holds is owed under Arts. 1(2) and 4"
    )
    cease = (
        "The State must cease the breach if it continues and, if circumstances require, give"
        f" assurances of non-repetition. Destroying {destroy} from the Convention's entry into"
        f" force for it ({in_force_from}): provisional application reaches Art. 1(1) alone."
        if in_force_from is not None
        else "The State must cease the breach if it continues (destroying the mines it holds,"
        " Arts. 1(2) and 4) and, if circumstances require, give assurances of non-repetition."
        if released is None
        else f"While bound (until {released}) the State had to cease the breach (destroying the"
        " mines it held, Arts. 1(2) and 4). Once its withdrawal takes effect the Convention no"
        " longer requires it to destroy them, but its responsibility for the breach committed"
        " while bound remains (VCLT Art. 70(1)(b); ARSIWA Art. 13)."
    )
    found.append(vclt.ARSIWA_30.finding(Truth.HOLDS, cease))
    found.append(
        vclt.ARSIWA_31.finding(
            Truth.HOLDS,
            "It must make full reparation for any injury the breach causes (restitution,"
            " compensation or satisfaction).",
        )
    )
    found.append(
        vclt.ARSIWA_48.finding(
            Truth.HOLDS,
            "The Convention's obligations are owed to all its States Parties collectively: any"
            " of them may invoke the State's responsibility for the breach, not only a State it"
            " injured.",
        )
    )
    procedure = (
        "Any other State Party may send a Request for Clarification through the"
        " Secretary-General (answer due within 28 days) and take the matter to the Meeting of"
        " the States Parties or a Special Meeting, which may send a fact-finding mission."
    )
    if in_force_from is not None:
        # Art. 8 runs between States Parties; provisional application reaches Art. 1(1) alone.
        procedure = (
            f"On {act.date} the State applied only Art. 1(1) provisionally (Art. 18) and was not"
            " yet a State Party: the compliance procedure reaches it from the Convention's entry"
            f" into force for it ({in_force_from}). From then {procedure[0].lower()}{procedure[1:]}"
        )
    elif released is not None:
        procedure = (
            f"Until {released} any other State Party may use it: {procedure[0].lower()}"
            f"{procedure[1:-1]}. Whether it can still be used afterwards, for conduct while the"
            " State was bound, is doubtful: the procedure runs between States Parties. The"
            " general means of settling disputes remain (Art. 10; UN Charter Art. 33)."
        )
    found.append(ART_8.finding(Truth.NOT_APPLICABLE, procedure))
    if act.kind in _HOLDING or act.kind == "use":
        what = (
            "the mines it holds, by type and quantity (Art. 7(1)(b))"
            if act.kind in _HOLDING
            else "the mined areas, as far as possible (Art. 7(1)(c)), which it must also clear (Art. 5)"
        )
        reports = (
            f"Its transparency reports, owed from the Convention's entry into force for it"
            f" ({in_force_from}: the initial report within 180 days, Art. 7(1), then each 30"
            f" April), must show {what}."
            if in_force_from is not None
            else f"Its transparency reports (due each 30 April) must show {what}."
            if released is None
            else f"Its transparency reports due while it is bound must show {what}; whether a"
            " report due after the withdrawal takes effect is still owed is the contested point"
            " final_report."
        )
        found.append(ART_7_PARA_2.finding(Truth.NOT_APPLICABLE, reports))
    return found
