"""``treatyrules rules --exceptions``: each treaty's tree of exceptions, read from the rules."""

from __future__ import annotations

import json

from treatyrules import cli, treaties


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_art_1_1_b_is_defeated_by_art_3_retention_and_transfer_for_destruction(capsys):
    code, out, _ = run(capsys, "rules", "--treaty", "APMBC", "--exceptions", "--format", "json")
    assert code == 0
    (tree,) = json.loads(out)
    roots = {r["eid"]: [e["eid"] for e in r["exceptions"]] for r in tree["rules"]}
    assert roots["art_1__para_1__point_b"] == ["art_3__para_1__sent_1", "art_3__para_2"]
    assert roots["art_20__para_3__sent_1"] == ["art_20__para_3__sent_2"]


def test_art_20_3_second_sentence_is_listed_as_an_exception_to_the_first(capsys):
    code, out, _ = run(capsys, "rules", "--treaty", "APMBC", "--exceptions")
    assert code == 0
    first = out.index("art_20__para_3__sent_1  (APMBC Art. 20(3), first sentence)")
    assert out[first:].splitlines()[1].startswith("  unless art_20__para_3__sent_2")


def test_every_treaty_with_an_armed_conflict_clause_shows_it_defeating_its_notice_period(capsys):
    code, out, _ = run(capsys, "rules", "--exceptions", "--format", "json")
    assert code == 0
    trees = {t["treaty"]: t for t in json.loads(out)}
    assert set(trees) == {t.id for t in treaties.all()}
    for treaty in treaties.all():
        deferral = treaty.withdrawal.deferral
        roots = {r["eid"]: r for r in trees[treaty.id]["rules"]}
        if deferral is None:
            assert treaty.withdrawal.period.eid not in roots
            continue
        period = roots[deferral.defeats.eid]
        assert [e["eid"] for e in period["exceptions"]] == [deferral.eid]


def test_a_treaty_without_exceptions_says_so(capsys):
    code, out, _ = run(capsys, "rules", "--treaty", "OST", "--exceptions")
    assert code == 0
    assert "(no rule of this treaty has an exception)" in out
