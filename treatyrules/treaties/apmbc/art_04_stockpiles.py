"""APMBC Art. 4 -- Destruction of stockpiled anti-personnel mines.

Except as Art. 3 allows, each State Party destroys all stockpiled anti-personnel
mines it owns, possesses or controls as soon as possible and no later than four
years after the Convention enters into force for it. There is no extension.
Holding a stockpile before that deadline is not in itself a breach.
"""

from ...core.rule import Rule
from . import art_18_provisional_application as _art_18  # noqa: F401  (registers a point read)
from . import late_finds as _late_finds  # noqa: F401  (registers the point the rule consults)
from ._sources import FACTS, T1

T5 = "Swiss SR 0.515.092, Arts. 4-7 (T5; its Italian text's 'ten years' is a translation error)"

ART_4 = Rule(
    treaty="APMBC",
    eid="art_4",
    title="Stockpile destruction within four years",
    paraphrase=(
        "Stockpiled anti-personnel mines are destroyed as soon as possible and no later than"
        " four years after entry into force for the State; no extension is possible."
    ),
    source=f"{T1}; {T5}; {FACTS} §1 Art. 4 (Ukraine: in force 1 June 2006, due 1 June 2010)",
    # late_find: read by the records, for a stockpile found after the deadline;
    # provisional_stockpile: for a stockpile held under Art. 18, before entry into force.
    consults=("late_find", "provisional_stockpile"),
)

YEARS = 4
