"""The worked example of docs/adding-a-treaty.md: the First Optional Protocol to the ICCPR,
declared in at most 40 lines with nothing edited elsewhere, judged against the depositary facts."""

from __future__ import annotations

import contextlib
import io
import json
import re
from pathlib import Path

import pytest

from treatyrules import cli, evaluate, registry, sensitivity
from treatyrules.core.errors import RuleDefinitionError
from treatyrules.schemas import scenario_schema

PAGE = (Path(__file__).parent.parent / "docs" / "adding-a-treaty.md").read_text()
(CODE,) = re.findall(r"```python\n(.*?)```", PAGE, flags=re.S)


@pytest.fixture
def op1() -> dict[str, object]:
    """The page's code run as a reader would; the registry forgets it after each test."""
    namespace: dict[str, object] = {"__name__": "docs_example"}
    with contextlib.redirect_stdout(io.StringIO()):
        exec(compile(CODE, "docs/adding-a-treaty.md", "exec"), namespace)
    return namespace


def test_the_protocol_is_declared_in_at_most_forty_lines():
    assert len(CODE.splitlines()) <= 40


def test_trinidad_and_tobago_is_contracting_between_its_reaccession_and_its_entry_into_force(op1):
    tto = op1["tto"]
    first = evaluate(tto, as_of="1998-09-01")
    assert first.status == "contracting"
    assert str(first.entry_into_force) == "1998-11-26"  # Art. 9(2): three months after deposit
    assert evaluate(tto, as_of="1998-11-26").status == "party"


def test_each_denunciation_takes_effect_three_months_after_the_secretary_general_receives_it(op1):
    tto = op1["tto"]
    first = evaluate(tto, as_of="1998-08-25")
    assert first.status == "withdrawal_pending"
    assert str(first.withdrawal.effective_date) == "1998-08-26"
    second = evaluate(tto, as_of="2000-07-01")
    assert second.status == "withdrawn"
    assert str(second.withdrawal.effective_date) == "2000-06-27"
    (period,) = [f for f in second.find("art_12__para_1__sent_2") if "2000-06-27" in f.explanation]
    assert period.citation == "ICCPR-OP1 Art. 12(1), second sentence"
    assert "Secretary-General of the United Nations" in period.explanation


def test_the_reservation_is_severed_under_the_committees_reading_and_stands_under_the_other(op1):
    tto = op1["tto"]
    severed = evaluate(tto, as_of="1999-01-01")
    (finding,) = severed.find("vclt:art_19__point_c")
    assert finding.citation == "VCLT Art. 19(c)" and finding.outcome == "fails"
    assert "op1_death_row_reservation = severed" in finding.explanation
    assert severed.interpretations["op1_death_row_reservation"] == "severed"
    stands = evaluate(
        tto, as_of="1999-01-01", interpretation={"op1_death_row_reservation": "stands"}
    )
    assert stands.find("vclt:art_19__point_c")[0].outcome == "holds"
    assert stands.status == severed.status == "party"  # the reading changes scope, not membership
    assert "op1_death_row_reservation" not in sensitivity(tto, as_of="1999-01-01").decisive


def test_an_accession_without_the_covenant_on_record_is_flagged_as_unknown(op1):
    tto = {**op1["tto"], "also_party_to": []}
    v = evaluate(tto, as_of="1999-01-01")
    warnings = [f for f in v.find("art_8__para_3") if f.outcome == "unknown"]
    assert warnings and "also_party_to does not name ICCPR" in warnings[0].explanation
    assert warnings[0].severity == "warning"


def test_a_declared_treaty_reaches_the_schema_and_the_rules_command(op1, capsys):
    assert "ICCPR-OP1" in registry.ids()
    assert "ICCPR-OP1" in scenario_schema()["properties"]["treaty"]["enum"]
    assert cli.main(["rules", "--format", "json"]) == 0
    assert "ICCPR-OP1" in {r["id"] for r in json.loads(capsys.readouterr().out)}


def test_a_declaration_with_two_rules_under_one_eid_is_refused(op1):
    source = CODE.replace('period="art_12__para_1__sent_2"', 'period="art_12__para_1__sent_1"')
    with pytest.raises(RuleDefinitionError, match=r"eid 'art_12__para_1__sent_1' is used by two"):
        exec(compile(source, "docs/adding-a-treaty.md", "exec"), {"__name__": "docs_example"})


def test_a_declaration_cannot_take_a_library_treaty_id(op1):
    source = CODE.replace('id="ICCPR-OP1"', 'id="APMBC"')
    with pytest.raises(ValueError, match="APMBC is one of the library's own treaty ids"):
        exec(compile(source, "docs/adding-a-treaty.md", "exec"), {"__name__": "docs_example"})
