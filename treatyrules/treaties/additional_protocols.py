"""Additional Protocols I and II to the Geneva Conventions (1977).

Protocol I (Art. 99): a denunciation takes effect one year after the Depositary
receives it; if the Party is then in a situation of Art. 1 (international armed
conflict, occupation, or a war of national liberation) it does not take effect
before the end of the conflict or occupation, nor before the final release,
repatriation or re-establishment of protected persons. Protocol II (Art. 25):
six months; if the Party is then in a non-international armed conflict, not
before the end of that conflict (persons deprived of their liberty keep the
Protocol's protection until their final release).
"""

from dataclasses import replace
from datetime import date

from ..clauses.deferral import Awaited
from ..clauses.entry_into_force import MonthsAfter
from ..clauses.words import Words
from ..declaration import Deferral, Joining, Kept, Notice, declare

SOURCE_1 = (
    "Additional Protocol I, Dutch Treaty Series mirror (docs/sources/sibling-treaties-verification.md"
    " §3, D-AP1); ICRC (entry into force 7 December 1978); docs/sources/sibling-treaties.md §1"
)
SOURCE_2 = SOURCE_1.replace("Protocol I", "Protocol II").replace("D-AP1", "D-AP2")

# Both entered into force on 7 December 1978, six months after the second instrument; the
# day of that instrument (about 7 June 1978) is derived, not verified. The calendar dates of
# their signature period were not verified either: signatures are recorded, not judged.

WORDS = Words(
    short="the Protocol",
    term="denunciation",
    verb="denounce",
    instrument="instrument of denunciation",
    party="High Contracting Party",
    recipients={"depositary": "the depositary (the Swiss Federal Council)"},
)
"""Both Protocols speak alike: denounced by a High Contracting Party, to the Swiss Federal Council."""

WORDS_1 = replace(WORDS, occupation="occupation")
"""Protocol I's exception waits for "the armed conflict or occupation": each is named as what it is
(Protocol II's covers non-international armed conflicts alone)."""

AP1 = declare(
    id="AP1",
    words=WORDS_1,
    title="Protocol Additional to the Geneva Conventions of 12 August 1949 (Protocol I)",
    name="Additional Protocol I",
    source=SOURCE_1,
    consent=Joining(
        ratification="art_93__sent_1",
        accession="art_94__sent_1",
        general="art_95__para_1",
        in_force=date(1978, 12, 7),
        last_counted=date(1978, 6, 7),
        threshold=2,
        per_state="art_95__para_2",
        formula=MonthsAfter(6),
    ),
    withdrawal=Notice(
        heading="art_99",
        # Art. 99(1), first sentence, presupposes the right ("in case a High Contracting Party
        # should denounce") and fixes the year: one sentence, one rule with both roles.
        right="art_99__para_1__sent_1",
        notice="art_99__para_2",
        recipients=("depositary",),
        period="art_99__para_1__sent_1",
        right_says="A High Contracting Party may denounce the Protocol.",
        months=12,
        deferral=Deferral(
            eid="art_99__para_1__sent_2",
            kinds=("international", "occupation"),
            # "one of the situations referred to in Article 1": several, where several are named.
            engaged_words="engaged in {a}situation{s} referred to in Article 1,",
            also_awaits=(
                Awaited(
                    facts=("release_and_repatriation_completed", "re_establishment_completed"),
                    words=(
                        "the operations of final release, repatriation or re-establishment of"
                        " the persons protected by the Conventions or the Protocol have ended"
                    ),
                ),
            ),
        ),
        keeps=(
            Kept(
                eid="art_99__para_3",
                title="Effect only for the denouncing Party",
                says="A denunciation has effect only in respect of the denouncing Party.",
            ),
            Kept(
                eid="art_99__para_4",
                title="Obligations already incurred",
                says=(
                    "A denunciation does not affect obligations already incurred, by reason of the"
                    " armed conflict, under the Protocol for acts committed before it takes effect."
                ),
            ),
        ),
    ),
)

AP2 = declare(
    id="AP2",
    words=WORDS,
    title="Protocol Additional to the Geneva Conventions of 12 August 1949 (Protocol II)",
    name="Additional Protocol II",
    source=SOURCE_2,
    consent=Joining(
        ratification="art_21__sent_1",
        accession="art_22__sent_1",
        general="art_23__para_1",
        in_force=date(1978, 12, 7),
        last_counted=date(1978, 6, 7),
        threshold=2,
        per_state="art_23__para_2",
        formula=MonthsAfter(6),
    ),
    withdrawal=Notice(
        heading="art_25",
        # As in Protocol I, the first sentence presupposes the right and fixes the period.
        right="art_25__para_1__sent_1",
        notice="art_25__para_2",
        recipients=("depositary",),
        period="art_25__para_1__sent_1",
        right_says="A High Contracting Party may denounce the Protocol.",
        months=6,
        deferral=Deferral(
            eid="art_25__para_1__sent_2",
            kinds=("non_international",),
            engaged_words="engaged in the situation referred to in Article 1,",
        ),
        keeps=(
            Kept(
                eid="art_25__para_1__sent_3",
                title="Persons deprived of liberty keep the Protocol's protection",
                says=(
                    "Persons deprived of their liberty, or whose liberty is restricted, for"
                    " reasons related to the conflict keep the benefit of the Protocol until their"
                    " final release, even after the denunciation takes effect."
                ),
            ),
        ),
    ),
)
