"""The four Geneva Conventions (1949): signature, entry into force, accession and denunciation.

The four share their final provisions, under different article numbers: a
denunciation is notified in writing to the Swiss Federal Council (the depositary)
and takes effect one year after; but one notified while the denouncing Power is
involved in a conflict does not take effect until peace has been concluded and
the release and repatriation of protected persons is over. The test is made when
notice is given, not on expiry. Ratifications and accessions by a Party to a
conflict take effect immediately.
"""

from datetime import date

from ..clauses.deferral import Awaited
from ..clauses.entry_into_force import MonthsAfter
from ..clauses.words import Words
from ..declaration import Deferral, Joining, Kept, Notice, declare
from ..treaty import Treaty

SOURCE = (
    "Geneva Conventions, Dutch Treaty Series mirror (docs/sources/sibling-treaties-verification.md"
    " §2, D-GC1 and D-GC4); ICRC IHL database (entry into force 21 October 1950);"
    " docs/sources/sibling-treaties.md §1"
)

# (id, name, signature, ratification, entry into force, accession, accession effect,
#  immediate effect, denunciation): the article numbers of each Convention.
_ARTICLES = {
    "GC1": ("Wounded and Sick in Armed Forces in the Field", 56, 57, 58, 60, 61, 62, 63),
    "GC2": (
        "Wounded, Sick and Shipwrecked Members of Armed Forces at Sea",
        55,
        56,
        57,
        59,
        60,
        61,
        62,
    ),
    "GC3": ("Treatment of Prisoners of War", 136, 137, 138, 139, 140, 141, 142),
    "GC4": ("Protection of Civilian Persons in Time of War", 151, 152, 153, 155, 156, 157, 158),
}


def _operations(key: str) -> Awaited:
    """What the wait lasts for besides peace: GC IV adds re-establishment."""
    if key == "GC4":
        return Awaited(
            facts=("release_and_repatriation_completed", "re_establishment_completed"),
            words=(
                "the operations connected with the release, repatriation and re-establishment"
                " of the persons the Convention protects have been terminated"
            ),
        )
    return Awaited(
        facts=("release_and_repatriation_completed",),
        words=(
            "the operations connected with the release and repatriation of the persons the"
            " Convention protects have been terminated"
        ),
    )


def _convention(key: str) -> Treaty:
    subject, sign, ratify, eif, accede, accession_effect, immediate, denounce = _ARTICLES[key]
    return declare(
        id=key,
        title=f"Geneva Convention ({key[-1]}) relative to the {subject}",
        name=f"Geneva Convention {'I' * int(key[-1]) if key != 'GC4' else 'IV'}",
        source=SOURCE,
        words=Words(
            short="the Convention",
            term="denunciation",
            verb="denounce",
            instrument="notification of denunciation",
            party="High Contracting Party",
            recipients={"depositary": "the Swiss Federal Council"},
            conflict="conflict",
        ),
        consent=Joining(
            signature=f"art_{sign}",
            opens=date(1949, 8, 12),
            closes_before=date(1950, 2, 13),  # open until 12 February 1950
            closes_with_entry_into_force=False,
            ratification=f"art_{ratify}",
            accession=f"art_{accede}",
            accession_after_entry_into_force=True,  # "from the date of its coming into force"
            # Six months after the second ratification; that day (about 21 April 1950) is
            # derived from the entry into force, not verified.
            general=f"art_{eif}__para_1",
            in_force=date(1950, 10, 21),
            last_counted=date(1950, 4, 21),
            threshold=2,
            per_state=f"art_{eif}__para_2",
            # Accessions are notified to the Swiss Federal Council and take effect six months
            # after it receives them, under their own article (GC III Art. 140).
            per_state_accession=f"art_{accession_effect}",
            accession_lodged="notified",
            formula=MonthsAfter(6),
            immediate=f"art_{immediate}",
        ),
        withdrawal=Notice(
            heading=f"art_{denounce}",
            right=f"art_{denounce}__para_1",
            notice=f"art_{denounce}__para_2",
            recipients=("depositary",),
            period=f"art_{denounce}__para_3__sent_1",
            months=12,
            # Peace concluded, not the end of the fighting; and the operations for the persons
            # the Convention protects (the fourth adds their re-establishment).
            deferral=Deferral(
                eid=f"art_{denounce}__para_3__sent_2",
                tested_at="notification",
                ends_with="peace",
                engaged_words="involved in",
                also_awaits=(_operations(key),),
            ),
            # The fourth paragraph's two sentences (the mirror flattens paragraphs; the ICRC
            # layout of four paragraphs is the one followed here).
            keeps=(
                Kept(
                    eid=f"art_{denounce}__para_4__sent_1",
                    title="Effect only for the denouncing Power",
                    says="A denunciation has effect only in respect of the denouncing Power.",
                ),
                Kept(
                    eid=f"art_{denounce}__para_4__sent_2",
                    title="The principles of the law of nations (the Martens clause)",
                    says=(
                        "A denunciation does not lessen the obligations the Parties to the conflict"
                        " remain bound to fulfil under the principles of the law of nations, as"
                        " they result from the usages of civilised peoples, the laws of humanity"
                        " and the dictates of public conscience."
                    ),
                ),
            ),
        ),
    )


GC1 = _convention("GC1")
GC2 = _convention("GC2")
GC3 = _convention("GC3")
GC4 = _convention("GC4")
