"""Who may accede to each sibling treaty, and from when; and what each withdrawal article keeps.

Signature and deposit dates for the hypothetical State XXA are illustrative, not real-world
facts; the treaties' own dates (entry into force) are those of docs/sources.
"""

from __future__ import annotations

import pytest
from builders import ev

from treatyrules import evaluate, treaties


def joined(treaty: str, *events, conflicts=(), as_of: str = "2030-01-01"):
    return evaluate(
        {
            "treaty": treaty,
            "state": "XXA",
            "as_of": as_of,
            "events": list(events),
            "conflicts": list(conflicts),
        }
    )


def accession_finding(v, treaty: str):
    (found,) = v.find(treaties.get(treaty).accession.eid)
    return found


# --- accession open to signatories too ------------------------------------------------------


@pytest.mark.parametrize(
    ("treaty", "signed", "acceded"),
    [("TPNW", "2017-09-20", "2019-05-01"), ("ICC", "1998-07-17", "2005-05-01")],
)
def test_a_signatory_may_accede_where_accession_is_open_to_every_state(treaty, signed, acceded):
    v = joined(treaty, ev("signature", signed), ev("accession", acceded))
    found = accession_finding(v, treaty)
    assert found.outcome.value == "holds"
    assert found.severity == "info"
    assert v.status == "party"


def test_a_ccm_signatory_that_accedes_is_still_told_signatories_ratify():
    # Art. 16(2) opens accession to States that have not signed.
    v = joined("CCM", ev("signature", "2008-12-03"), ev("accession", "2011-03-24"))
    assert accession_finding(v, "CCM").severity == "warning"


# --- accession only from entry into force ---------------------------------------------------


@pytest.mark.parametrize(
    ("treaty", "early", "in_force"),
    [
        ("GC1", "1950-03-01", "1950-10-21"),
        ("GC4", "1950-03-01", "1950-10-21"),
        ("ATT", "2014-10-01", "2014-12-24"),
        ("CWC", "1997-01-15", "1997-04-29"),
    ],
)
def test_an_accession_before_entry_into_force_is_warned_where_accession_opens_with_it(
    treaty, early, in_force
):
    found = accession_finding(joined(treaty, ev("accession", early)), treaty)
    assert found.severity == "warning"
    assert in_force in found.explanation


@pytest.mark.parametrize(
    ("treaty", "later"),
    [("GC1", "1955-01-10"), ("ATT", "2015-01-10"), ("CWC", "1998-01-10")],
)
def test_an_accession_after_entry_into_force_by_a_non_signatory_holds(treaty, later):
    found = accession_finding(joined(treaty, ev("accession", later)), treaty)
    assert found.outcome.value == "holds"


def test_a_ctbt_accession_is_warned_while_the_treaty_is_not_in_force():
    found = accession_finding(joined("CTBT", ev("accession", "2020-01-10")), "CTBT")
    assert found.severity == "warning"
    assert "not in force" in found.explanation


def test_an_accession_to_a_treaty_open_at_any_time_is_not_warned_for_its_timing():
    # NPT Art. IX(1), second sentence: a State that did not sign may accede at any time.
    found = accession_finding(joined("NPT", ev("accession", "1985-01-10")), "NPT")
    assert found.outcome.value == "holds"


# --- what each withdrawal article keeps -----------------------------------------------------


def withdrawal_children(treaty: str, **withdrawal):
    v = joined(
        treaty,
        ev("accession", "2000-01-10"),
        ev("withdrawal", "2025-01-10", **withdrawal),
        as_of="2025-02-01",
    )
    return {f.rule: f.explanation for f in v.findings[-1].children}


def test_a_cwc_withdrawal_keeps_the_1925_geneva_protocol_in_view():
    said = withdrawal_children("CWC")
    assert "Geneva Protocol of 1925" in said["art_16__para_3"]


def test_a_ccw_denunciation_of_the_convention_covers_its_protocols_and_keeps_incurred_duties():
    said = withdrawal_children("CCW")
    assert "every annexed Protocol" in said["art_9__para_3"]
    assert "only for the High Contracting Party" in said["art_9__para_4"]
    assert "obligations already incurred" in said["art_9__para_5"]


def test_an_ap1_denunciation_binds_only_the_denouncing_party_and_keeps_incurred_duties():
    said = withdrawal_children("AP1")
    assert "only in respect of the denouncing Party" in said["art_99__para_3"]
    assert "obligations already incurred" in said["art_99__para_4"]


def test_an_att_withdrawal_keeps_obligations_that_arose_while_a_party():
    said = withdrawal_children("ATT")
    assert "accrued financial obligations" in said["art_24__para_3"]


@pytest.mark.parametrize(("gc", "article"), [("GC1", 63), ("GC2", 62), ("GC3", 142), ("GC4", 158)])
def test_a_geneva_denunciation_binds_only_the_denouncing_power_and_keeps_the_martens_clause(
    gc, article
):
    said = withdrawal_children(gc)
    assert "denouncing Power" in said[f"art_{article}__para_4__sent_1"]
    assert "dictates of public conscience" in said[f"art_{article}__para_4__sent_2"]


def test_a_ccm_withdrawal_shows_no_savings_clause():
    said = withdrawal_children("CCM")
    assert not [eid for eid in said if eid.startswith("art_20__para_4")]


def test_an_ost_notice_before_its_first_year_in_force_does_not_operate():
    # Art. XVI, first sentence: notice only once the treaty has been in force for a year.
    v = joined(
        "OST",
        ev("accession", "1967-11-01"),
        ev("withdrawal", "1968-05-01"),
        as_of="1970-01-01",
    )
    assert v.status == "party"
    assert (
        treaties.get("OST")
        .rule("art_16__sent_1")
        .paraphrase.endswith("Notice of withdrawal goes to the Depositary Governments.")
    )


def test_an_accession_to_geneva_convention_iii_takes_effect_under_art_140_six_months_after_receipt():
    # Illustrative State and date: accession notified on 1960-01-10.
    v = evaluate(
        {
            "treaty": "GC3",
            "state": "XXA",
            "as_of": "1961-01-01",
            "events": [{"kind": "accession", "date": "1960-01-10"}],
        }
    )
    assert str(v.entry_into_force) == "1960-07-10"
    (eif,) = v.find("art_140")
    assert eif.citation == "GC3 Art. 140"
    assert "notified on 1960-01-10" in eif.explanation and "after its receipt" in eif.explanation
    assert not v.find("art_138__para_2")  # the ratifications' article is not cited
