"""Each treaty owns its words: the shared layers say nothing in any one treaty's words.

The scan reads the sentences the shared layers can put in a memo -- every string
literal and f-string part, docstrings and comments aside -- and looks for a
treaty's name, institutions or terms of art. The contract's identifiers
(``withdrawal_pending``, the event kind ``withdrawal``) are single snake-case
words and pass; the words a memo shows come from the treaty's ``Words``.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from treatyrules import evaluate, treaties

PACKAGE = Path(__file__).resolve().parents[1] / "treatyrules"
SHARED = sorted(
    [
        *(PACKAGE / "core").glob("*.py"),
        *(PACKAGE / "clauses").glob("*.py"),
        *(PACKAGE / name for name in ("engine.py", "verdicts.py", "conclusion.py", "readings.py")),
        *(PACKAGE / name for name in ("sensitivity.py", "what_if.py", "treaty.py")),
    ]
)
IDS = "|".join(sorted(treaties.KNOWN))
TREATY_WORDS = re.compile(
    rf"\b(?:{IDS})\b|Depositary|States Parties|Security Council|Secretary-General|Swiss"
    r"|\bConvention\b|\bStatute\b|\bProtocols?\b|\bmines?\b|anti-personnel|six months"
    r"|\bwithdraw(?!al[ _]of[ _]consent)\w*|\bdenounc\w*|\bdenunciation",
)


def _prose(path: Path) -> list[tuple[int, str]]:
    """(line, text) of each string a module may show a reader."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip: set[int] = set()
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if isinstance(body, list):  # docstrings of modules, classes, functions and attributes
            skip.update(
                id(stmt.value)
                for stmt in body
                if isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Constant)
            )
        if isinstance(node, ast.keyword) and node.arg == "description":
            skip.add(id(node.value))  # a model field's description is the contract's text
        if isinstance(node, ast.keyword) and node.arg in ("rationale", "sources"):
            # An interpretation point's justification and provenance cite the treaties its
            # default rests on (documentation, never a memo's sentence); its question and
            # options, which memos quote, are scanned.
            skip.update(id(n) for n in ast.walk(node.value))
        if isinstance(node, ast.FunctionDef) and node.name == "__repr__":
            skip.update(
                id(n) for n in ast.walk(node)
            )  # a developer's view of the contract's fields
        if isinstance(node, ast.Subscript):  # Literal["withdrawal_pending", ...]
            skip.update(id(n) for n in ast.walk(node.slice))
    return [
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in skip
        and not re.fullmatch(r"[A-Za-z_0-9]*", node.value)  # identifiers, names of classes
    ]


@pytest.mark.parametrize("path", SHARED, ids=[str(p.relative_to(PACKAGE)) for p in SHARED])
def test_no_shared_layer_speaks_in_one_treatys_words(path: Path) -> None:
    found = [(line, text) for line, text in _prose(path) if TREATY_WORDS.search(text)]
    assert found == []


def test_the_scan_would_catch_a_treaty_word() -> None:
    assert TREATY_WORDS.search("its notice of withdrawal, received by the Depositary")
    assert not TREATY_WORDS.search("read as a withdrawal of consent")


@pytest.mark.parametrize("treaty", [t.id for t in treaties.all()])
def test_every_treaty_declares_its_words(treaty: str) -> None:
    words = treaties.get(treaty).words
    assert words.term in ("withdrawal", "denunciation")
    assert words.short.startswith("the ")
    for recipient in treaties.get(treaty).withdrawal.notice.recipients:
        assert recipient in words.recipients


def _gc3(**extra: object) -> dict[str, object]:
    """A Geneva Convention III party that notifies a denunciation (illustrative dates)."""
    return {
        "treaty": "GC3",
        "state": "XAA",
        "as_of": "2026-06-01",
        "events": [
            {"kind": "accession", "date": "1960-01-01"},
            {"kind": "withdrawal", "date": "2024-03-01"},
        ],
        **extra,
    }


WAR_A = {
    "name": "War A",
    "parties": ["XAA", "XAB"],
    "kind": "international",
    "start": "2023-01-01",
    "end": "2024-09-01",
}


def test_a_geneva_denunciation_is_called_a_denunciation_to_the_swiss_federal_council() -> None:
    v = evaluate(_gc3())
    notice = v.find("art_142__para_2")[0].explanation
    assert notice == "Notice of denunciation to the Swiss Federal Council: given."
    assert "withdrawal" not in v.conclusion


def test_the_npt_period_runs_from_notice_given_not_from_a_depositarys_receipt() -> None:
    v = evaluate(
        {
            "treaty": "NPT",
            "state": "XAA",
            "as_of": "2026-06-01",
            "events": [
                {"kind": "accession", "date": "1980-01-01"},
                {
                    "kind": "withdrawal",
                    "date": "2026-01-10",
                    "notified": ["states_parties", "security_council"],
                    "reasons_given": True,
                },
            ],
        }
    )
    assert str(v.withdrawal.effective_date) == "2026-04-10"
    texts = " ".join(f.explanation for f in v.findings[-1].children)
    assert "Depositary" not in texts
    assert "three months after notice was given on 2026-01-10" in texts


def test_a_geneva_denunciation_notified_in_war_waits_for_peace_and_repatriation() -> None:
    # Illustrative dates: the conflict ended before the one-year period ran out, but neither
    # peace nor the release and repatriation of prisoners of war is on record.
    v = evaluate(_gc3(conflicts=[WAR_A]))
    assert v.status == "withdrawal_deferred"
    assert "when it gave notice of denunciation on 2024-03-01" in v.conclusion
    assert "peace has been concluded" in v.conclusion
    assert "ongoing" not in v.conclusion  # the conflict itself had ended
    assert {u.fact for u in v.unknowns} == {
        "conflicts[0].peace_settlement",  # the end of the fighting is not peace
        "conflicts[0].release_and_repatriation_completed",
    }


def _icc(*events: dict[str, str], as_of: str = "2026-06-01") -> dict[str, object]:
    return {"treaty": "ICC", "state": "XAA", "as_of": as_of, "events": list(events)}


def test_rome_statute_signature_closed_on_31_december_2000_not_at_entry_into_force() -> None:
    # Art. 125(1); the Statute entered into force on 1 July 2002. Illustrative State.
    v = evaluate(_icc({"kind": "signature", "date": "2000-06-01"}))
    (signed,) = v.find("art_125__para_1")
    assert "until 2000-12-31" in signed.explanation
    assert "entry into force" not in signed.explanation
    late = evaluate(_icc({"kind": "signature", "date": "2001-03-01"}))
    assert late.find("art_125__para_1")[0].severity == "warning"


def test_rome_statute_withdrawal_keeps_obligations_and_cooperation_of_art_127_2() -> None:
    v = evaluate(
        _icc(
            {"kind": "ratification", "date": "2005-01-10"},
            {"kind": "withdrawal", "date": "2026-01-10"},
        )
    )
    (obligations,) = v.find("art_127__para_2__sent_1")
    (cooperation,) = v.find("art_127__para_2__sent_2")
    assert "arose while it was a Party" in obligations.explanation
    assert "investigations and proceedings begun before" in cooperation.explanation


def test_a_treaty_without_an_armed_conflict_exception_does_not_say_the_effect_can_wait() -> None:
    v = evaluate(
        {
            **_icc(
                {"kind": "ratification", "date": "2005-01-10"},
                {"kind": "withdrawal", "date": "2026-01-10"},
            ),
            "conflicts": [{**WAR_A, "start": "2025-01-01", "end": None}],
        }
    )
    assert str(v.withdrawal.effective_date) == "2027-01-10"
    assert not any("can wait" in f.explanation for f in v.findings[-1].children)
