"""The Anti-Personnel Mine Ban Convention (Ottawa Convention, 1997).

One module per article, named ``art_NN_...`` so that ``grep art_20`` finds the rule
for Art. 20(3). This module assembles them into :data:`TREATY`.
"""

from ...clauses.words import Words
from ...declaration import Consent, declare
from .. import vclt
from . import (
    act_variations,
    art_01_general_obligations,
    art_02_definitions,
    art_03_exceptions,
    art_04_stockpiles,
    art_05_mined_areas,
    art_07_transparency,
    art_08_compliance,
    art_15_signature,
    art_16_consent,
    art_17_entry_into_force,
    art_18_provisional_application,
    art_19_reservations,
    art_20_withdrawal,
)
from ._sources import FACTS, T1
from .acts import judge_act
from .continuing_law import afterwards
from .deadlines import deadlines, record_extension, record_fact

TREATY = declare(
    id="APMBC",
    label="APMBC",
    title=(
        "Convention on the Prohibition of the Use, Stockpiling, Production and Transfer of"
        " Anti-Personnel Mines and on their Destruction"
    ),
    name="Anti-Personnel Mine Ban Convention",
    words=Words(
        short="the Convention",
        term="withdrawal",
        verb="withdraw",
        instrument="instrument of withdrawal",
        party="State Party",
        recipients={
            "depositary": "the Depositary",
            "states_parties": "all other States Parties",
            "security_council": "the United Nations Security Council",
        },
    ),
    consent=Consent(
        signature=art_15_signature.ART_15,
        ratification=art_16_consent.ART_16_PARA_1,
        accession=art_16_consent.ART_16_PARA_2,
        succession=art_16_consent.SUCCESSION,
        general_eif=art_17_entry_into_force.GENERAL_ENTRY_INTO_FORCE,
        eif=art_17_entry_into_force.ENTRY_INTO_FORCE_FOR_STATE,
    ),
    withdrawal=art_20_withdrawal.WITHDRAWAL,
    # The 22nd Meeting's view is stated, time-aware, in suspension_argued.py.
    events={
        "provisional_application": art_18_provisional_application.declare,
        "reservation": art_19_reservations.reserve,
        "declaration": art_19_reservations.declare,
        "extension": record_extension,
        "stockpile_destroyed": record_fact,
        "stockpile_held": record_fact,
        "clearance_completed": record_fact,
        "report_submitted": record_fact,
    },
    judge_act=judge_act,
    deadlines=deadlines,
    afterwards=afterwards,
    act_variations=act_variations.variations,
    rules=(
        *art_01_general_obligations.RULES,
        *art_02_definitions.RULES,
        *art_03_exceptions.RULES,
        art_04_stockpiles.ART_4,
        art_05_mined_areas.PARA_1,
        art_05_mined_areas.PARA_3,
        art_07_transparency.PARA_1,
        art_07_transparency.PARA_2,
        *art_08_compliance.RULES,
        # The general law its memos cite: consequences, depositary practice, suspension.
        vclt.ART_26,
        vclt.ART_70_PARA_2,
        vclt.ART_73,
        vclt.ART_65_66,
        vclt.ART_67,
        vclt.ART_78,
        vclt.ARSIWA_14,
        vclt.ARSIWA_30,
        vclt.ARSIWA_31,
        vclt.ARSIWA_48,
        vclt.ART_45,
        vclt.ART_72,
        vclt.ARSIWA_21_25_50,
        vclt.ILC_2011_ART_4,
        vclt.ILC_2011_ART_7,
        vclt.ILC_2011_ART_14,
        art_18_provisional_application.ART_18,
        art_19_reservations.ART_19,
    ),
    sources=(T1, FACTS),
)
