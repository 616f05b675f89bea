"""The worked example of docs/adding-a-treaty.md runs, and declares a treaty in under 100 lines."""

from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path

from treatyrules import evaluate, sensitivity, treaties

PAGE = (Path(__file__).parent.parent / "docs" / "adding-a-treaty.md").read_text()


def test_a_new_treaty_is_declared_in_under_a_hundred_lines_and_evaluates():
    (code,) = re.findall(r"```python\n(.*?)```", PAGE, flags=re.S)
    assert len(code.splitlines()) < 100
    out = io.StringIO()
    namespace: dict[str, object] = {}
    with contextlib.redirect_stdout(out):
        exec(compile(code, "docs/adding-a-treaty.md", "exec"), namespace)
    assert out.getvalue().split() == ["party", "withdrawn"]
    dprk = namespace["dprk"]
    v = evaluate(dprk)  # type: ignore[arg-type]
    assert v.withdrawal is not None and v.withdrawal.outcome == "not_applicable"
    right = v.find("vclt:art_56__para_1")[0]
    assert right.citation == "VCLT Art. 56(1)"
    assert "vclt56_right" in sensitivity(dprk).decisive  # type: ignore[arg-type]
    withdrawn = evaluate(dprk, interpretation={"vclt56_right": "implied_right"})  # type: ignore[arg-type]
    assert str(withdrawn.withdrawal.effective_date) == "1998-08-25"
    assert (
        evaluate(
            {
                "treaty": "ICCPR",
                "state": "XXA",
                "as_of": "1977-01-01",
                "events": [{"kind": "ratification", "date": "1975-12-23"}],
            }
        ).entry_into_force.isoformat()
        == "1976-03-23"
    )
    assert "ICCPR" in {t.id for t in treaties.all()}
