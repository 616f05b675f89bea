"""Builders for Scenario JSON v1 dicts, so that each test reads like the case it states."""

from __future__ import annotations

from datetime import date
from typing import Any

import treatyrules as tr
from treatyrules.clauses.entry_into_force import MonthsAfter

ALL_NOTIFIED = ["depositary", "states_parties", "security_council"]
RUSSIA_UKRAINE_WAR = {
    "name": "Russia-Ukraine war",
    "parties": ["RUS", "UKR"],
    "kind": "international",
    "start": "2022-02-24",
    "end": None,
}


LITHUANIA_CCM = {
    # Its withdrawal from the Convention on Cluster Munitions (../shared/facts/ccm-states.csv):
    # ratified 2011-03-24; the receipt 2024-09-06 is inferred from the effect on 2025-03-06
    # (UNVERIFIED in the sources).
    "treaty": "CCM",
    "state": "LTU",
    "as_of": "2025-04-01",
    "events": [
        {"kind": "ratification", "date": "2011-03-24"},
        {"kind": "withdrawal", "date": "2024-09-06"},
    ],
}


def scenario(
    state: str = "XXA",
    *events: dict[str, Any],
    conflicts: list[dict[str, Any]] | None = None,
    as_of: str | None = None,
    **extra: Any,
) -> dict[str, Any]:
    """A Scenario JSON v1 dict for the APMBC."""
    doc: dict[str, Any] = {"treaty": "APMBC", "state": state, "events": list(events)}
    if conflicts is not None:
        doc["conflicts"] = conflicts
    if as_of is not None:
        doc["as_of"] = as_of
    doc.update(extra)
    return doc


def ev(kind: str, day: str | None, **fields: Any) -> dict[str, Any]:
    """An event dict."""
    return {"kind": kind, "date": day, **fields}


def war(
    state: str, start: str, end: str | None = None, name: str = "the war", **fields: Any
) -> dict[str, Any]:
    """An international armed conflict between ``state`` and a hypothetical State."""
    return {
        "name": name,
        "parties": [state, "XZZ"],
        "kind": "international",
        "start": start,
        "end": end,
        **fields,
    }


def denunciation(
    treaty: str,
    *conflicts: dict[str, Any],
    as_of: str = "2027-06-01",
    notice: str = "2024-03-01",
    protocol: str | None = None,
    revoked: str | None = None,
    **fields: Any,
) -> dict[str, Any]:
    """Illustrative: the hypothetical State XXA acceded on 1990-01-10 and gives notice on
    ``notice`` to the Depositary alone (of ``protocol`` alone, if named; revoked on
    ``revoked``, if given); ``fields`` go to the withdrawal event where the event has them
    (``reasons_given``), else to the scenario (``also_party_to``)."""
    on_event = {k: fields.pop(k) for k in ("reasons_given", "notified") if k in fields}
    withdrawal = ev("withdrawal", notice, **({"notified": ["depositary"]} | on_event))
    if protocol is not None:
        withdrawal["protocol"] = protocol
    events = [ev("accession", "1990-01-10"), withdrawal]
    if revoked is not None:
        events.append(ev("revocation", revoked))
    return {
        "treaty": treaty,
        "state": "XXA",
        "as_of": as_of,
        "events": events,
        "conflicts": list(conflicts),
        **fields,
    }


def war_over(**fields: Any) -> dict[str, Any]:
    """Illustrative: an international armed conflict XXA is a party to, from 2023-06-01 to
    2025-09-01, the operations for protected persons over by 2025-11-01."""
    return {
        "name": "the war",
        "parties": ["XXA", "XXB"],
        "kind": "international",
        "start": "2023-06-01",
        "end": "2025-09-01",
        "release_and_repatriation_completed": "2025-10-01",
        "re_establishment_completed": "2025-11-01",
        **fields,
    }


def d(text: str) -> date:
    return date.fromisoformat(text)


def hypothetical_treaty(**withdrawal_clause: Any) -> Any:
    """A hypothetical treaty ``XT-HYPOTHETICAL`` with the withdrawal clause given
    (:class:`treatyrules.Notice`'s fields), declared for one test: the registry forgets it."""
    return tr.declare(
        id="XT-HYPOTHETICAL",
        title="A hypothetical treaty",
        name="Treaty",
        source="illustrative",
        words=tr.Words(
            short="the Treaty",
            term="withdrawal",
            verb="withdraw",
            party="Party",
            instrument="notification of withdrawal",
            recipients={
                "depositary": "the Depositary",
                "states_parties": "the other Parties",
                "security_council": "the Security Council",
            },
        ),
        consent=tr.Joining(
            ratification="art_1",
            accession="art_2",
            general="art_3__para_1",
            in_force=date(1990, 1, 1),
            last_counted=None,
            threshold=10,
            per_state="art_3__para_2",
            formula=MonthsAfter(3),
        ),
        withdrawal=tr.Notice(**withdrawal_clause),
    )


# 30 February: an input every entry point must refuse, naming the field.
A_DATE_THAT_DOES_NOT_EXIST = scenario("XXA", ev("accession", "2012-02-30"), as_of="2026-03-01")
