"""APMBC Arts. 15-17: signature, consent to be bound and entry into force."""

from __future__ import annotations

import pytest
from builders import d, ev, scenario

from treatyrules import Truth, evaluate


@pytest.mark.parametrize(
    ("deposit", "eif"),
    [
        ("1997-12-03", "1999-03-01"),  # Canada, Ireland, Mauritius: the opening day
        ("1998-09-16", "1999-03-01"),  # Burkina Faso: the 40th instrument
        ("1998-09-25", "1999-03-01"),  # Benin: after the 40th, Sept + 6 months
        ("2000-02-29", "2000-08-01"),  # Albania
        ("2012-12-27", "2013-06-01"),  # Poland
        ("2025-03-12", "2025-09-01"),  # Marshall Islands
        ("2025-06-25", "2025-12-01"),  # Tonga (25 or 26 June: the same either way)
        ("2025-06-26", "2025-12-01"),
    ],
)
def test_entry_into_force_follows_article_17(deposit, eif):
    v = evaluate(scenario("XXA", ev("accession", deposit), as_of="2030-01-01"))
    assert v.entry_into_force == d(eif)
    assert v.status == "party"


def test_deposits_up_to_the_40th_share_the_general_entry_into_force_of_1_march_1999():
    v = evaluate(
        scenario(
            "CAN",
            ev("signature", "1997-12-03"),
            ev("ratification", "1997-12-03"),
            as_of="1999-03-01",
        )
    )
    assert v.find("art_17__para_1")[0].outcome is Truth.HOLDS
    assert v.status == "party"
    assert (
        evaluate(
            scenario(
                "CAN",
                ev("signature", "1997-12-03"),
                ev("ratification", "1997-12-03"),
                as_of="1999-02-28",
            )
        ).status
        == "contracting"
    )


def test_a_later_deposit_cites_article_17_paragraph_2():
    v = evaluate(
        scenario(
            "POL",
            ev("signature", "1997-12-04"),
            ev("ratification", "2012-12-27"),
            as_of="2013-01-01",
        )
    )
    assert v.status == "contracting"
    assert v.entry_into_force == d("2013-06-01")
    eif = v.find("art_17__para_2")[0]
    assert "2013-06-01" in eif.explanation
    assert eif.children[0].rule == "art_16__para_1"


def test_south_sudan_succession_takes_effect_from_independence_before_its_notification():
    v = evaluate(
        scenario("SSD", ev("succession", "2011-11-11", effective="2011-07-09"), as_of="2011-08-01")
    )
    assert v.status == "party"
    assert v.entry_into_force == d("2011-07-09")
    assert v.findings[0].rule == "vcsst:art_23__para_1"


def test_a_succession_without_a_date_of_succession_counts_like_a_deposit():
    # Montenegro's record uses 1 April 2007 (notification 23 October 2006).
    v = evaluate(scenario("MNE", ev("succession", "2006-10-23"), as_of="2008-01-01"))
    assert v.entry_into_force == d("2007-04-01")


def test_ukraine_is_a_party_since_1_june_2006_not_a_mere_signatory():
    v = evaluate(
        scenario(
            "UKR",
            ev("signature", "1999-02-24"),
            ev("ratification", "2005-12-27"),
            as_of="2025-01-01",
        )
    )
    assert v.status == "party"
    assert v.entry_into_force == d("2006-06-01")


def test_a_signatory_that_has_not_ratified_is_a_signatory():
    v = evaluate(scenario("XXA", ev("signature", "1997-12-04"), as_of="2000-01-01"))
    assert v.status == "signatory"
    assert v.entry_into_force is None
    assert "VCLT Art. 18" in v.conclusion


def test_a_state_with_no_instrument_is_not_bound():
    v = evaluate(scenario("USA", as_of="2026-01-01"))
    assert v.status == "non_party"
    assert v.findings[0].rule == "vclt:art_34"
    assert v.withdrawal is None and v.entry_into_force is None


def test_a_ratification_with_no_signature_on_record_is_a_warning_not_a_rejection():
    v = evaluate(scenario("XXA", ev("ratification", "2005-01-01"), as_of="2006-01-01"))
    assert v.status == "party"
    consent = v.find("art_16__para_1")[0]
    assert consent.outcome is Truth.FAILS and consent.severity == "warning"


def test_a_signature_after_1_march_1999_is_a_warning():
    v = evaluate(scenario("XXA", ev("signature", "1999-02-26"), as_of="2000-01-01"))
    assert v.find("art_15")[0].outcome is Truth.HOLDS
    v = evaluate(scenario("XXA", ev("signature", "2001-05-01"), as_of="2002-01-01"))
    sig = v.find("art_15")[0]
    assert sig.outcome is Truth.FAILS and sig.severity == "warning"
    assert "accede" in sig.explanation


def test_accession_by_a_signatory_is_a_warning():
    v = evaluate(
        scenario(
            "XXA", ev("signature", "1997-12-04"), ev("accession", "2005-01-01"), as_of="2006-01-01"
        )
    )
    accession = v.find("art_16__para_2")[0]
    assert accession.outcome is Truth.FAILS and accession.severity == "warning"
    assert v.status == "party"


def test_a_second_instrument_of_consent_changes_nothing():
    v = evaluate(
        scenario(
            "XXA", ev("accession", "2005-01-01"), ev("accession", "2006-03-01"), as_of="2007-01-01"
        )
    )
    assert v.entry_into_force == d("2005-07-01")
    assert any("changes nothing" in f.explanation for f in v.findings)


def test_unsigning_ends_a_signatorys_interim_obligation():
    v = evaluate(
        scenario(
            "XXA", ev("signature", "1997-12-04"), ev("unsigning", "2002-05-06"), as_of="2003-01-01"
        )
    )
    assert v.status == "non_party"
    assert v.find("vclt:art_18")[0].outcome is Truth.HOLDS


def test_unsigning_after_consent_changes_nothing():
    v = evaluate(
        scenario(
            "XXA",
            ev("signature", "1997-12-04"),
            ev("ratification", "2000-01-01"),
            ev("unsigning", "2002-05-06"),
            as_of="2003-01-01",
        )
    )
    assert v.status == "party"
    assert v.find("vclt:art_18")[0].severity == "warning"
