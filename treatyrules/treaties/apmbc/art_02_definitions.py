"""APMBC Art. 2 -- Definitions.

(1) An anti-personnel mine is a mine designed to be exploded by the presence,
proximity or contact of a person and that will incapacitate, injure or kill. A
mine designed to be set off by a vehicle, fitted with an anti-handling device, is
not an anti-personnel mine because of that device. Command-detonated devices are
not "exploded by the presence, proximity or contact of a person". Self-destructing
or self-deactivating ("non-persistent") mines are anti-personnel mines all the
same: the Convention prohibits them all, where the CCW's Amended Protocol II
regulates them (it requires self-destruction and self-deactivation of some mines).
"""

from __future__ import annotations

from ...clauses.context import Context
from ...core.interpretation import InterpretationPoint, register_point
from ...core.rule import Rule
from ...core.truth import Truth
from ...core.verdict import Finding
from ...scenario import Act
from ._sources import FACTS, T1

PARA_1_SENT_1 = Rule(
    treaty="APMBC",
    eid="art_2__para_1__sent_1",
    title="Anti-personnel mine",
    paraphrase=(
        "A mine designed to be exploded by the presence, proximity or contact of a person, and"
        " that will incapacitate, injure or kill one or more persons."
    ),
    source=f"{T1}; {FACTS} §1 Art. 2",
)

PARA_1_SENT_2 = Rule(
    treaty="APMBC",
    eid="art_2__para_1__sent_2",
    title="Anti-handling devices",
    paraphrase=(
        "A mine designed to be set off by a vehicle is not an anti-personnel mine merely because"
        " it is fitted with an anti-handling device."
    ),
    source=f"{T1}; {FACTS} §1 Art. 2 (and the ICBL's interpretive note)",
    consults=("ahd_innocent_act",),
)

RULES = (PARA_1_SENT_1, PARA_1_SENT_2)


# The contested questions the rules below consult, declared beside them.
AHD_INNOCENT_ACT = register_point(
    InterpretationPoint(
        key="ahd_innocent_act",
        question=(
            "A mine designed to be set off by a vehicle carries an anti-handling device: is it"
            " an anti-personnel mine if a person's innocent act could set it off?"
        ),
        options={
            "design_trigger": (
                "no: Art. 2(1) looks at what the mine is designed to be exploded by, and its"
                " second sentence says an anti-handling device does not make it an"
                " anti-personnel mine"
            ),
            "innocent_act": (
                "it is, if its fuze or anti-handling device can be set off by an unintentional or"
                " innocent act of a person (tripwires, tilt rods, very sensitive devices): the"
                " ICBL's reading, which a few States Parties dispute"
            ),
        },
        default="design_trigger",
        rationale=(
            "The text defines an anti-personnel mine by its design trigger and expressly excludes"
            " vehicle-triggered mines fitted with anti-handling devices."
        ),
        sources=(
            "docs/sources/apmbc.md §1 Art. 2 (definitions and the ICBL's interpretive note)",
            "ICBL, http://www.icbl.org/index.php/icbl/layout/set/print/content/view/full/23725",
        ),
    )
)


def is_anti_personnel_mine(ctx: Context, index: int, act: Act) -> Finding:
    """Whether the device of ``acts[index]`` is an anti-personnel mine under Art. 2(1)."""
    device = act.device
    trigger = None if device is None else device.triggered_by
    if trigger in (None, "unknown"):
        ctx.unknown(f"acts[{index}].device.triggered_by", PARA_1_SENT_1, decisive=True)
        return PARA_1_SENT_1.finding(
            Truth.UNKNOWN,
            "What the device is designed to be set off by is not known, so whether it is an"
            " anti-personnel mine cannot be decided.",
        )
    assert device is not None
    if trigger in ("person", "person_or_vehicle"):
        text = "The device is designed to be exploded by the presence, proximity or contact of a person: an anti-personnel mine."
        if device.self_destructing:
            text += (
                " That it self-destructs or self-deactivates changes nothing under the"
                " Convention, which prohibits such mines too; it matters under the CCW's Amended"
                " Protocol II, which regulates them (requiring self-destruction and"
                " self-deactivation for remotely delivered anti-personnel mines, and for others"
                " used outside marked and fenced areas)."
            )
        return PARA_1_SENT_1.finding(Truth.HOLDS, text)
    if trigger == "command":
        return PARA_1_SENT_1.finding(
            Truth.FAILS,
            "The device is command-detonated: it is not designed to be exploded by the presence,"
            " proximity or contact of a person, so it is not an anti-personnel mine.",
        )
    # A vehicle-triggered mine.
    if not device.anti_handling_device:
        return PARA_1_SENT_1.finding(
            Truth.FAILS,
            "The mine is designed to be set off by a vehicle, not by a person: it is not an"
            " anti-personnel mine.",
        )
    reading = ctx.read(PARA_1_SENT_2, "ahd_innocent_act")
    if reading == "innocent_act":
        # The contract has no field for it: name the device and the question left open.
        ctx.unknown(
            f"acts[{index}].device (whether an innocent act of a person can set it off)",
            PARA_1_SENT_2,
            decisive=True,
        )
        return PARA_1_SENT_2.finding(
            Truth.UNKNOWN,
            "The mine is designed to be set off by a vehicle and carries an anti-handling device."
            " Under the reading ahd_innocent_act = innocent_act it is an anti-personnel mine if"
            " that device or its fuze can be set off by an innocent act of a person; the facts do"
            " not say whether it can.",
        )
    return PARA_1_SENT_2.finding(
        Truth.FAILS,
        "The mine is designed to be set off by a vehicle; its anti-handling device does not make"
        " it an anti-personnel mine (default reading, ahd_innocent_act = design_trigger).",
    )
