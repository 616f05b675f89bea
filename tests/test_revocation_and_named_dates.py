"""A withdrawal revoked before it took effect: the general law of revocation, and what the
treaty keeps after a withdrawal, read for a State that never left."""

from __future__ import annotations

from treatyrules import evaluate


def _finding(verdict, rule):
    stack = list(verdict.findings)
    while stack:
        f = stack.pop()
        if f.rule == rule:
            return f
        stack.extend(f.children)
    raise AssertionError(f"no finding {rule}")


# Illustrative dates: a State Party under the Rome Statute gives notice and revokes it before
# the year runs out (as South Africa did in 2016-2017, on other days).
ICC_REVOKED = {
    "treaty": "ICC",
    "state": "XXA",
    "as_of": "2018-01-01",
    "events": [
        {"kind": "accession", "date": "2005-01-10"},
        {"kind": "withdrawal", "date": "2016-10-19"},
        {"kind": "revocation", "date": "2017-03-07"},
    ],
}


def test_the_rome_statute_savings_clause_has_nothing_to_apply_to_after_a_revocation():
    v = evaluate(ICC_REVOKED)
    assert v.status == "party" and v.withdrawal.outcome == "revoked"
    for rule in ("art_127__para_2__sent_1", "art_127__para_2__sent_2"):
        f = _finding(v, rule)
        assert f.outcome == "not_applicable", rule
        assert f.explanation == (
            "The withdrawal is revoked before it takes effect, so this provision, on what a"
            " withdrawal covers and what it leaves in force, has nothing to apply to: the State"
            " never leaves."
        )


def test_a_revocation_under_a_treaty_with_no_armed_conflict_exception_says_nothing_of_one():
    text = _finding(evaluate(ICC_REVOKED), "vclt:art_68").explanation
    assert text.endswith("can be revoked at any time before it takes effect.")
    assert "armed conflict" not in text


def test_under_the_convention_a_revocation_is_said_to_be_possible_also_while_the_effect_waits():
    doc = {
        "treaty": "APMBC",
        "state": "XXA",
        "as_of": "2026-06-01",
        "events": [
            {"kind": "accession", "date": "2010-03-15"},
            {
                "kind": "withdrawal",
                "date": "2025-07-10",
                "reasons_given": True,
                "notified": ["depositary", "states_parties", "security_council"],
            },
            {"kind": "revocation", "date": "2025-12-01"},
        ],
    }
    v = evaluate(doc)
    assert v.withdrawal.outcome == "revoked"
    assert _finding(v, "vclt:art_68").explanation.endswith(
        "also while its effect waits for the end of an armed conflict."
    )
    assert _finding(v, "art_20__para_4").outcome == "not_applicable"


def test_a_date_named_earlier_than_the_rome_statute_year_is_refused_with_a_warning_not_silently():
    # Illustrative dates. Art. 127(1): one year after receipt "unless the notification specifies
    # a later date"; a date inside the year cannot shorten it.
    doc = {
        "treaty": "ICC",
        "state": "XXA",
        "as_of": "2026-06-01",
        "events": [
            {"kind": "accession", "date": "2005-01-10"},
            {"kind": "withdrawal", "date": "2025-01-15", "takes_effect_on": "2025-06-01"},
        ],
    }
    v = evaluate(doc)
    assert str(v.withdrawal.effective_date) == "2026-01-15"
    f = _finding(v, "art_127__para_1__sent_2")
    assert f.severity == "warning"
    assert f.explanation.endswith(
        "The instrument names 2025-06-01 for its effect, earlier than the period allows; the"
        " treaty lets a State choose only a later date, so the date above stands."
    )
    later = {
        **doc,
        "events": [doc["events"][0], {**doc["events"][1], "takes_effect_on": "2026-09-01"}],
    }
    f = _finding(evaluate(later), "art_127__para_1__sent_2")
    assert f.severity == "info" and "earlier than the period allows" not in f.explanation


def test_a_later_date_named_under_the_rome_statute_is_the_effects_not_the_periods_end():
    # Illustrative dates. Art. 127(1): the period is one year; a later date the notification
    # specifies is when the withdrawal takes effect. Revoked before either.
    doc = {
        "treaty": "ICC",
        "state": "XXA",
        "as_of": "2025-06-01",
        "events": [
            {"kind": "accession", "date": "2005-01-10"},
            {"kind": "withdrawal", "date": "2024-03-01", "takes_effect_on": "2025-06-01"},
            {"kind": "revocation", "date": "2025-04-01"},
        ],
    }
    text = _finding(evaluate(doc), "art_127__para_1__sent_2").explanation
    assert text == (
        "The instrument names 2025-06-01 for its effect, later than one year after the"
        " Secretary-General of the United Nations received the instrument on 2024-03-01, as the"
        " treaty allows: the withdrawal would take effect that day. The instrument is revoked on"
        " 2025-04-01, before then."
    )
    assert "the notice period would expire on 2025-06-01" not in text


def test_where_only_the_reasons_are_in_doubt_the_condition_names_the_reasons_not_the_notices():
    # Illustrative dates. Every recipient is recorded as notified; whether the instrument gave
    # its reasons (APMBC Art. 20(2)) is not given; under delays_until_cured the period runs
    # only once it did.
    doc = {
        "treaty": "APMBC",
        "state": "XXA",
        "as_of": "2025-06-01",
        "events": [
            {"kind": "accession", "date": "2010-03-15"},
            {
                "kind": "withdrawal",
                "date": "2024-03-01",
                "notified": ["depositary", "states_parties", "security_council"],
            },
        ],
    }
    v = evaluate(doc, interpretation={"defective_notice": "delays_until_cured"})
    assert "if the instrument gave its reasons by 2024-03-01, it takes effect on 2024-09-01" in (
        v.conclusion
    )
    assert "if the reasons are missing (defective_notice = delays_until_cured)" in v.conclusion
    assert "every required notice" not in v.conclusion
