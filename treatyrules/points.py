"""The catalogue of interpretation points: every contested question the library knows.

Each point is global (one key, whatever the treaty); a treaty declares which it
supports and each rule which it consults. ``treatyrules rules --interpretations``
lists them, and ``docs/contested-questions.md`` explains them in plain words.

>>> MONTH_END.default
'clamp'
>>> sorted(MONTH_END.options)
['clamp', 'roll_forward']
"""

from __future__ import annotations

from .core.interpretation import InterpretationPoint, register_point

__all__ = [
    "ADVANCE_NOTICE_START",
    "AHD_INNOCENT_ACT",
    "ARMED_CONFLICT_SCOPE",
    "ART3_THRESHOLD",
    "CONFLICT_END_MARKER",
    "DEFECTIVE_NOTICE",
    "DEFERRAL_ENDS_WITH",
    "FINAL_REPORT",
    "MONTH_END",
    "NEW_CONFLICT_DURING_DEFERRAL",
    "PREMATURE_WITHDRAWAL",
    "SUSPENDED_NOTICE",
    "SUSPENSION_CLAIM",
    "VCLT56_RIGHT",
]

FACTS = "docs/sources/apmbc.md"

MONTH_END = register_point(
    InterpretationPoint(
        key="month_end",
        question=(
            "A period counted in months ends in a month that lacks the starting day (notice"
            " received on 31 August, six months): on which day does it end?"
        ),
        options={
            "clamp": "on the last day of the shorter month (31 August + 6 months = 28/29 February)",
            "roll_forward": "on the first day of the next month (31 August + 6 months = 1 March)",
        },
        default="clamp",
        rationale=(
            "UN depositary practice counts to the same calendar date (27 June 2025 -> 27"
            " December 2025), Sundays included; where that date does not exist the period"
            " ends with the month, as EU Regulation 1182/71 Art. 3(2)(c) provides."
        ),
        sources=(
            f"{FACTS} §1 Art. 20, modelling notes (the treaty is silent on a missing day)",
            "docs/sources/sibling-treaties.md §3.2 (Philippines: one year to the same date, a Sunday)",
            "Council Regulation (EEC, Euratom) No 1182/71, Art. 3(2)(c)",
        ),
    )
)

PREMATURE_WITHDRAWAL = register_point(
    InterpretationPoint(
        key="premature_withdrawal",
        question=(
            "What is an instrument of withdrawal received before the treaty is in force for"
            " the State that sends it?"
        ),
        options={
            "no_effect": (
                "not a withdrawal under the treaty and without effect: the State becomes a party"
                " on entry into force and may then withdraw by a new instrument"
            ),
            "withdrawal_of_consent": (
                "a withdrawal of the State's consent to be bound, effective on receipt: the"
                " State never becomes a party on that instrument"
            ),
        },
        default="no_effect",
        rationale=(
            "The right of withdrawal belongs to a 'State Party' (APMBC Art. 20(2)); the treaty"
            " gives a State that has deposited no way to undo its deposit before entry into force."
        ),
        sources=(f"{FACTS} §1 Art. 20(2)", "docs/sources/legal-semantics.md §2.2 (Art. 20)"),
    )
)

DEFECTIVE_NOTICE = register_point(
    InterpretationPoint(
        key="defective_notice",
        question=(
            "The Depositary received the instrument, but notice to the other States Parties or"
            " the Security Council, or the statement of reasons, is missing: when does the"
            " withdrawal take effect?"
        ),
        options={
            "timing_unaffected": (
                "on the usual date: the defect breaches a duty of form, but the period runs from"
                " the Depositary's receipt, which the treaty alone makes decisive"
            ),
            "delays_until_cured": (
                "the period runs only from the day the last missing notice is given (the"
                " withdrawal's per-recipient 'notices'); until then it has not started"
            ),
            "invalid": "never, on this instrument: a defective instrument is not a withdrawal",
        },
        default="timing_unaffected",
        rationale=(
            "Art. 20(3) counts the period from the Depositary's receipt only, and the Depositary"
            " circulates the instrument to every party (VCLT Arts. 77-78); a missing receipt by"
            " the Depositary is not a defect but the absence of a withdrawal."
        ),
        sources=(f"{FACTS} §1 Art. 20(2)-(3)", f"{FACTS} §2 VCLT Art. 78"),
    )
)

SUSPENSION_CLAIM = register_point(
    InterpretationPoint(
        key="suspension_claim",
        question=(
            "A State claims to suspend a treaty that has no suspension clause (Ukraine, July"
            " 2025, invoking VCLT Art. 62): is it released from its obligations, and from when?"
        ),
        options={
            "not_recognized": (
                "no: a treaty without a suspension clause is suspended only as the VCLT allows,"
                " its conditions are not met by a State's own say-so, and the claim does not"
                " release the State"
            ),
            "recognized_after_procedure": (
                "yes, but only three months after the claim, and only if no party objected by"
                " then (VCLT Art. 65(2)); an objection sends the parties to UN Charter Art. 33"
            ),
            "recognized_immediately": (
                "yes, from the claim: special urgency (VCLT Art. 65(2)), or a State exercising"
                " its right of self-defence suspending a treaty incompatible with it (ILC 2011"
                " draft Art. 14, read past its draft Arts. 4 and 7 and the annex)"
            ),
        },
        default="not_recognized",
        rationale=(
            "Suspension outside a treaty's own terms needs the consent of all parties or a ground"
            " the VCLT accepts, established by its procedure (VCLT Arts. 42, 57, 62, 65). For the"
            " APMBC, Art. 20(3) already governs leaving during an armed conflict, Art. 1 binds"
            " 'never under any circumstances', six States objected to Ukraine's claim, and the"
            " 22nd Meeting of the States Parties (December 2025) stated the view that Ukraine"
            " remains bound (a view of the parties, not a judgment)."
        ),
        sources=(
            f"{FACTS} §3b (Ukraine's notification, the objections, the 22nd Meeting)",
            f"{FACTS} §2 (VCLT Arts. 42, 62, 65, 67)",
            "docs/sources/memo-law.md §2-§3 (VCLT Arts. 65-67, 73; ILC 2011 draft Arts. 4, 7, 14)",
        ),
    )
)

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
            f"{FACTS} §1 Art. 2 (definitions and the ICBL's interpretive note)",
            "ICBL, http://www.icbl.org/index.php/icbl/layout/set/print/content/view/full/23725",
        ),
    )
)

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
        sources=(f"{FACTS} §1 Art. 3", "APMBC Art. 7(1)(d) (reporting of retained mines)"),
    )
)

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
        sources=(f"{FACTS} §1 Art. 7(2)", f"{FACTS} §2 Art. 70"),
    )
)

ARMED_CONFLICT_SCOPE = register_point(
    InterpretationPoint(
        key="armed_conflict_scope",
        question="When is a State 'engaged in an armed conflict' (APMBC Art. 20(3))?",
        options={
            "party_to_iac_or_niac": (
                "when it is a party to an international or non-international armed conflict"
            ),
            "party_to_iac_only": "only when it is a party to an international armed conflict",
            "party_or_co_belligerent": (
                "also when it only supports a party (the scenario's involvement 'supporting'):"
                " the support-based reading, under which support that contributes to the"
                " fighting makes the supporter a co-belligerent"
            ),
            "including_occupation": "also during an occupation without hostilities",
        },
        default="party_to_iac_or_niac",
        rationale=(
            "'Armed conflict' in humanitarian law covers international and non-international"
            " conflicts. Being engaged means being a party: a co-belligerent fighting alongside a"
            " party is one under every reading; supplying weapons, intelligence or logistics"
            " alone does not, by the prevailing view, make a State a party."
        ),
        sources=(
            f"{FACTS} §1 Art. 20(3) and §3b (the deferral if Ukraine withdrew)",
            "ICRC 1998, 'The Ottawa Treaty Explained', §2.7 (T10)",
            "docs/sources/memo-law.md §5 (ICRC 2016 Commentary, GC I Art. 2: co-belligerency)",
        ),
    )
)

CONFLICT_END_MARKER = register_point(
    InterpretationPoint(
        key="conflict_end_marker",
        question="Which event marks 'the end of the armed conflict'?",
        options={
            "general_close_of_military_operations": (
                "the general close of military operations (for a non-international conflict, a"
                " lasting cessation of hostilities); the conflict's 'end' when no marker is given"
            ),
            "cessation_of_hostilities": (
                "the cessation of active hostilities (a ceasefire or armistice that holds)"
            ),
            "peace_settlement": (
                "a general conclusion of peace, or a peaceful settlement (the Tadić test)"
            ),
        },
        default="general_close_of_military_operations",
        rationale=(
            "Humanitarian law stops applying with the general close of military operations; a"
            " ceasefire or armistice does not of itself end an armed conflict, and an occupation"
            " lasts until it ends (its own conflict, kind 'occupation'). No treaty organ decides:"
            " each State assesses, and other States may contest its view."
        ),
        sources=(
            "Geneva Convention IV Art. 6 and Additional Protocol I Art. 3(b) (general close)",
            "ICTY, Prosecutor v. Tadić, Appeals Chamber decision of 2 October 1995, para. 70",
            "docs/sources/memo-law.md §5 (ICRC 2016 Commentary, GC I Art. 2: the end of a conflict)",
        ),
    )
)

DEFERRAL_ENDS_WITH = register_point(
    InterpretationPoint(
        key="deferral_ends_with",
        question=(
            "A deferred withdrawal waits for 'the end of the armed conflict': what if the State"
            " stops fighting before the conflict ends?"
        ),
        options={
            "end_of_conflict": "it waits for the end of the conflict itself, as the text says",
            "end_of_engagement": (
                "it takes effect when the State is no longer engaged (the conflict's engaged_until)"
            ),
        },
        default="end_of_conflict",
        rationale="Art. 20(3) says 'before the end of the armed conflict', not of the engagement.",
        sources=(f"{FACTS} §1 Art. 20(3)", "APMBC Art. 20(3), second sentence (T1)"),
    )
)

NEW_CONFLICT_DURING_DEFERRAL = register_point(
    InterpretationPoint(
        key="new_conflict_during_deferral",
        question=(
            "While a withdrawal waits for the end of one armed conflict, the State becomes"
            " engaged in another: does the wait extend to that one too?"
        ),
        options={
            "ignore": "no: only the conflicts under way when the notice expired count",
            "extends": "yes: the withdrawal waits until the State is engaged in none",
        },
        default="ignore",
        rationale=(
            "Art. 20(3) tests engagement 'on the expiry of that six-month period' and waits for"
            " 'the end of the armed conflict' then under way (compare the TPNW, which waits until"
            " the State is party to no armed conflict at all)."
        ),
        sources=(f"{FACTS} §1 Art. 20(3)", "docs/sources/sibling-treaties.md §2.2 (TPNW Art. 17)"),
    )
)

ADVANCE_NOTICE_START = register_point(
    InterpretationPoint(
        key="advance_notice_start",
        question=(
            "A treaty asks for notice of withdrawal 'in advance' to several recipients (NPT, BWC,"
            " CWC, CTBT), who receive it on different days: from which day does the period run?"
        ),
        options={
            "last_receipt": "from the day the last required recipient received it",
            "first_receipt": "from the day the first recipient received it",
        },
        default="last_receipt",
        rationale=(
            "Notice is given to all the recipients the treaty names; it is complete only when the"
            " last of them has it (compare VCLT Art. 78 on when a notification is received)."
        ),
        sources=(
            "docs/sources/sibling-treaties.md §1 (NPT Art. X, BWC Art. XIII, CWC Art. XVI,"
            " CTBT Art. IX) and §3.1 (the DPRK's notices of 1993 and 2003)",
            f"{FACTS} §2 Art. 78",
        ),
    )
)

VCLT56_RIGHT = register_point(
    InterpretationPoint(
        key="vclt56_right",
        question=(
            "A treaty has no clause on withdrawal: may a party withdraw (VCLT Art. 56), on at"
            " least twelve months' notice?"
        ),
        options={
            "no_right": (
                "no: withdrawal needs the parties' intention or the treaty's nature to imply a"
                " right, and neither is shown"
            ),
            "implied_right": "yes: a right is implied; it takes effect twelve months after notice",
        },
        default="no_right",
        rationale=(
            "Art. 56(1) makes denunciation of such a treaty the exception; the UN Human Rights"
            " Committee found no right to withdraw from the ICCPR (General Comment 26)."
        ),
        sources=(
            "docs/sources/sibling-treaties.md §2 (VCLT Art. 56) and §3.6 (DPRK and the ICCPR)",
        ),
    )
)

SUSPENDED_NOTICE = register_point(
    InterpretationPoint(
        key="suspended_notice",
        question=(
            "A State withdrew its notice of withdrawal just before it took effect, then gives"
            " notice again: does the new notice run the whole period, or only what was left?"
        ),
        options={
            "restarts": (
                "the whole period: the earlier notice was spent when it was withdrawn (the"
                " prevailing view of the DPRK's 2003 NPT notice: effect on 10 April 2003)"
            ),
            "resumes": (
                "only the time that was left of the earlier notice (the DPRK's own view in 2003:"
                " one day, so effect on 11 January 2003)"
            ),
        },
        default="restarts",
        rationale=(
            "A notice revoked before it took effect has no effect (VCLT Art. 68); nothing in the"
            " withdrawal clauses lets a later notice inherit its running time."
        ),
        sources=(
            "docs/sources/sibling-treaties.md §3.1 (DPRK and the NPT, 1993 and 2003)",
            "docs/sources/sibling-treaties-verification.md §13",
        ),
    )
)
