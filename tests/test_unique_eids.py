"""Every rule of every registered treaty has its own eid, and ``Treaty.rule(eid)`` finds it.

An eid names one sentence (or point) of an instrument. Where a treaty puts two roles in one
sentence -- the right and the notice, the notice and the period -- the sentence is one rule
with both roles, never two rules under one eid or a sentence number the text does not have.
"""

from __future__ import annotations

from collections import Counter

import pytest

from treatyrules import treaties
from treatyrules.clauses.notice import NoticePeriod, NoticeRecipients, RightToWithdraw
from treatyrules.core.citation import parse_eid

ALL = treaties.all()


@pytest.mark.parametrize("treaty", ALL, ids=lambda t: t.id)
def test_no_two_rules_of_a_treaty_share_an_eid(treaty):
    counts = Counter(rule.eid for rule in treaty.rules)
    assert {eid: n for eid, n in counts.items() if n > 1} == {}


@pytest.mark.parametrize("treaty", ALL, ids=lambda t: t.id)
def test_treaty_rule_returns_exactly_the_rule_with_that_eid(treaty):
    for rule in treaty.rules:
        assert treaty.rule(rule.eid) is rule


@pytest.mark.parametrize("treaty", ALL, ids=lambda t: t.id)
def test_every_eid_follows_the_citation_grammar(treaty):
    for rule in treaty.rules:
        parse_eid(rule.eid)  # raises EidError if malformed


def test_an_unknown_eid_is_a_key_error_naming_the_treaty():
    with pytest.raises(KeyError, match="NPT has no rule 'art_99'"):
        treaties.get("NPT").rule("art_99")


@pytest.mark.parametrize(
    ("treaty", "eid"),
    [
        ("NPT", "art_10__para_1__sent_2"),  # notice to the Parties and Council, three months ahead
        ("BWC", "art_13__para_2__sent_2"),
        ("CWC", "art_16__para_2__sent_2"),
        ("CTBT", "art_9__para_3__sent_1"),
    ],
)
def test_advance_notice_sentence_is_one_rule_that_names_recipients_and_runs_the_period(treaty, eid):
    rule = treaties.get(treaty).rule(eid)
    w = treaties.get(treaty).withdrawal
    assert isinstance(rule, NoticeRecipients) and isinstance(rule, NoticePeriod)
    assert w.notice is rule and w.period is rule


@pytest.mark.parametrize(
    ("treaty", "eid"),
    [("CCW", "art_9__para_1"), ("ICC", "art_127__para_1__sent_1"), ("OST", "art_16__sent_1")],
)
def test_a_sentence_giving_the_right_and_naming_the_recipient_is_one_rule(treaty, eid):
    rule = treaties.get(treaty).rule(eid)
    assert isinstance(rule, RightToWithdraw) and isinstance(rule, NoticeRecipients)


@pytest.mark.parametrize(
    ("treaty", "eid"), [("AP1", "art_99__para_1__sent_1"), ("AP2", "art_25__para_1__sent_1")]
)
def test_a_protocol_sentence_presupposing_the_right_and_fixing_the_period_is_one_rule(treaty, eid):
    rule = treaties.get(treaty).rule(eid)
    assert isinstance(rule, RightToWithdraw) and isinstance(rule, NoticePeriod)


@pytest.mark.parametrize(
    ("treaty", "signature_or_ratification", "accession"),
    [
        ("TPNW", "art_14__sent_1", "art_14__sent_2"),
        ("CCW", "art_4__para_1__sent_1", "art_4__para_1__sent_2"),
        ("NPT", "art_9__para_1__sent_1", "art_9__para_1__sent_2"),
        ("BWC", "art_14__para_1__sent_1", "art_14__para_1__sent_2"),
        ("OST", "art_14__para_1__sent_1", "art_14__para_1__sent_2"),
    ],
)
def test_consent_sentences_that_shared_an_eid_now_each_have_their_own(
    treaty, signature_or_ratification, accession
):
    t = treaties.get(treaty)
    assert t.accession.eid == accession
    assert signature_or_ratification in {
        t.ratification.eid,
        None if t.signature is None else t.signature.eid,
    }
