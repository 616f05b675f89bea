"""Convention on Certain Conventional Weapons (1980): Arts. 3-5 and 9.

A State may denounce the Convention or any one of its annexed Protocols by
notifying the Depositary; it takes effect one year after receipt. If the State is
then in a situation of Art. 1 (international armed conflict or occupation) it stays
bound until the conflict or occupation ends and the operations of final release,
repatriation or re-establishment of protected persons are over. Denouncing the
Convention covers every Protocol the State is bound by. The 2001 amendment of
Art. 1 adds non-international conflicts for the States bound by it; which States
those are was not verified, so the scenario says it (``also_party_to`` or
``not_party_to`` names ``CCW-AMENDED-ART1``), and where it says neither, a
non-international conflict at expiry leaves the outcome open.
"""

from datetime import date

from ..clauses.deferral import Awaited, Extension
from ..clauses.entry_into_force import MonthsAfter
from ..clauses.words import Words
from ..core.interpretation import InterpretationPoint
from ..declaration import Deferral, Joining, Kept, Notice, declare

SOURCE = (
    "CCW text, Dutch Treaty Series mirror (docs/sources/sibling-treaties-verification.md §1,"
    " D-CCW); docs/sources/sibling-treaties.md §2.3"
)

UN_LIMB_SCOPE = InterpretationPoint(
    key="ccw_un_limb_scope",
    question=(
        "CCW Art. 9(2) keeps a denouncing Party bound, 'in the case of any annexed Protocol"
        " containing provisions' on United Nations forces or missions in the area, until their"
        " functions end: does that part of the wait hold that Protocol alone, or the Convention"
        " and every Protocol denounced with it?"
    ),
    options={
        "that_protocol": (
            "that Protocol alone: the Convention and the other Protocols are released when the"
            " conflict or occupation and the operations for protected persons are over"
        ),
        "whole_convention": (
            "the Convention and every Protocol the denunciation covers, until those functions end"
        ),
    },
    default="that_protocol",
    rationale=(
        "The limb is introduced by 'in the case of any annexed Protocol containing provisions"
        " concerning' such functions: it most naturally extends the obligations of that Protocol"
        " only, as the facts state limb (c) and the sources' specification reads it (the Party"
        " stays bound by Protocol P until those functions end). The sentence's subject, bound by"
        " the Convention and the relevant Protocols, allows the wider reading."
    ),
    sources=(
        "docs/sources/sibling-treaties.md §2.3 (CCW Art. 9(2), limb (c))",
        "docs/sources/sibling-treaties-spec.md §1 (scenario-model gaps: un_functions_terminated)",
    ),
)

TREATY = declare(
    id="CCW",
    words=Words(
        short="the Convention",
        term="denunciation",
        verb="denounce",
        instrument="notification of denunciation",
        party="High Contracting Party",
        recipients={
            "depositary": "the Depositary (the Secretary-General of the United Nations)",
        },
        annex="Protocol",
        annexes={"APII": "Amended Protocol II"},  # the 1996 amendment of Protocol II
        # Art. 9(2) waits for "the armed conflict or occupation": each is named as what it is.
        occupation="occupation",
    ),
    title=(
        "Convention on Prohibitions or Restrictions on the Use of Certain Conventional Weapons"
        " Which May Be Deemed to Be Excessively Injurious or to Have Indiscriminate Effects"
    ),
    name="Convention on Certain Conventional Weapons",
    source=SOURCE,
    points=(UN_LIMB_SCOPE,),
    consent=Joining(
        signature="art_3",
        opens=date(1981, 4, 10),
        closes_before=date(1982, 4, 10),  # twelve months from 10 April 1981
        closes_with_entry_into_force=False,
        ratification="art_4__para_1__sent_1",
        accession="art_4__para_1__sent_2",
        # Six months after the 20th instrument; that deposit's exact day is not verified,
        # 2 June 1983 is derived from the entry into force on 2 December 1983.
        general="art_5__para_1",
        in_force=date(1983, 12, 2),
        last_counted=date(1983, 6, 2),
        threshold=20,
        per_state="art_5__para_2",
        formula=MonthsAfter(6),
    ),
    withdrawal=Notice(
        heading="art_9",
        # Art. 9(1) is one sentence giving the right and naming the Depositary: one rule.
        right="art_9__para_1",
        notice="art_9__para_1",
        right_says=(
            "A High Contracting Party may denounce the Convention or any one of its annexed"
            " Protocols."
        ),
        recipients=("depositary",),
        period="art_9__para_2__sent_1",
        months=12,
        deferral=Deferral(
            eid="art_9__para_2__sent_2",
            kinds=("international", "occupation"),
            # The 2001 amendment of Art. 1 adds common Art. 3 conflicts for the States bound by
            # it; which those are is not verified (facts §2.3, §5): the scenario says, or the
            # outcome stays open.
            extended_by=(
                Extension(
                    kind="non_international",
                    instrument="CCW-AMENDED-ART1",
                    name="the 2001 amendment of Article 1",
                    adds=(
                        "which extends Article 1 to the non-international armed conflicts of"
                        " common Article 3 of the Geneva Conventions"
                    ),
                ),
            ),
            stays_bound=True,
            # "one of the situations referred to in Article 1": several, where several are named.
            engaged_words="engaged in {a}situation{s} referred to in Article 1,",
            bound_by="the obligations of the Convention and of the relevant annexed Protocols",
            also_awaits=(
                Awaited(
                    facts=("release_and_repatriation_completed", "re_establishment_completed"),
                    words=(
                        "the operations of final release, repatriation or re-establishment of"
                        " the persons protected by the rules of international law applicable in"
                        " armed conflict have ended"
                    ),
                ),
                # Amended Protocol II has provisions on United Nations forces and missions.
                # Whether Protocols II (1980) and V have such provisions is not verified: they
                # are left out rather than assumed. Denouncing the Convention denounces Amended
                # Protocol II too where the State is bound by it (Art. 9(3)), with this wait.
                Awaited(
                    facts=("un_functions_terminated",),
                    words=(
                        "the functions of United Nations forces or missions performing"
                        " peace-keeping, observation or similar functions in the area have ended"
                    ),
                    only_for=("APII",),
                    bound_via="CCW-APII",
                    # It waits for functions performed in the area: where the facts record
                    # none (un_forces_in_area = false), there is nothing to wait for.
                    # Whether, where the Convention is denounced, that wait holds Amended
                    # Protocol II alone or the Convention too: a contested point.
                    scope=("ccw_un_limb_scope", "that_protocol"),
                    present="un_forces_in_area",
                    present_words=(
                        "United Nations forces or missions perform peace-keeping, observation or"
                        " similar functions in the area"
                    ),
                ),
            ),
        ),
        keeps=(
            Kept(
                eid="art_9__para_3",
                title="Denouncing the Convention denounces its Protocols",
                says=(
                    "A denunciation of the Convention counts as a denunciation of every annexed"
                    " Protocol by which the denouncing Party is bound."
                ),
                whole_treaty=True,
            ),
            Kept(
                eid="art_9__para_4",
                title="Effect only for the denouncing Party",
                says="A denunciation has effect only for the High Contracting Party that makes it.",
            ),
            Kept(
                eid="art_9__para_5",
                title="Obligations already incurred",
                says=(
                    "A denunciation does not affect obligations already incurred, by reason of an"
                    " armed conflict, under the Convention and its annexed Protocols for acts"
                    " committed before it takes effect."
                ),
            ),
        ),
        protocols=("I", "II", "APII", "III", "IV", "V"),
    ),
)
