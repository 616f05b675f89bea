"""The optional extras: the runtime needs pydantic alone, each feature names the extra it needs."""

from __future__ import annotations

import re
from importlib import metadata
from pathlib import Path

PACKAGE = Path(__file__).parent.parent / "treatyrules"


def _requirements() -> list[str]:
    return metadata.requires("treatyrules") or []


def test_the_runtime_depends_on_pydantic_alone():
    runtime = [r for r in _requirements() if "extra ==" not in r]
    assert [re.split(r"[<>=!~ ;\[]", r)[0] for r in runtime] == ["pydantic"]


def test_nothing_in_the_library_imports_dateutil():
    importing = [
        p.name
        for p in PACKAGE.rglob("*.py")
        if re.search(r"^\s*(from|import) dateutil", p.read_text(), re.M)
    ]
    assert importing == []


def test_every_documented_extra_is_declared():
    declared = set(metadata.metadata("treatyrules").get_all("Provides-Extra") or [])
    assert {"hypothesis", "serve", "yaml", "docs", "dev", "test"} <= declared


def test_the_hypothesis_extra_brings_hypothesis_alone_with_the_calendar_reference():
    names = {
        re.split(r"[<>=!~ ;\[]", r)[0].lower()
        for r in _requirements()
        if re.search(r"extra\s*==\s*['\"]hypothesis['\"]", r)
    }
    assert names == {"hypothesis", "python-dateutil"}


def test_the_page_ships_as_package_data():
    from importlib.resources import files

    page = files("treatyrules.service").joinpath("page")
    assert all(page.joinpath(n).is_file() for n in ("index.html", "page.js", "page.css"))
