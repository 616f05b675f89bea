"""A pytest plugin: pytest collects case files (``*.case.json``, ``*.case.yaml``) as tests.

Load it with ``pytest -p treatyrules.pytest_plugin cases/``, or with
``pytest_plugins = ["treatyrules.pytest_plugin"]`` in a ``conftest.py``; each case is one
test, named after the case, and a failure lists each field of the verdict that differs.

It is not registered for every pytest run (no ``pytest11`` entry point): a plugin loaded
that way imports the library before coverage starts measuring, and it would collect case
files in projects that never asked for them.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

__all__ = ["CaseFile", "CaseItem", "pytest_collect_file"]


class CaseFailed(AssertionError):
    """The verdict differs from what the case expects."""


def pytest_collect_file(parent: pytest.Collector, file_path: Path) -> CaseFile | None:
    from .cases import SUFFIXES

    if file_path.name.endswith(SUFFIXES):
        return CaseFile.from_parent(parent, path=file_path)
    return None


class CaseFile(pytest.File):
    """A case file: one test per case."""

    def collect(self) -> Iterator[CaseItem]:
        from .cases import load

        for case in load(self.path):
            yield CaseItem.from_parent(self, name=case.name, case=case)


class CaseItem(pytest.Item):
    def __init__(self, *, case: Any, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.case = case

    def runtest(self) -> None:
        differences = self.case.run()
        if differences:
            raise CaseFailed("\n".join(str(d) for d in differences))

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException], style: Any = None) -> str:
        if isinstance(excinfo.value, CaseFailed):
            return f"{self.case.name}\n{excinfo.value}"
        return str(excinfo.value)

    def reportinfo(self) -> tuple[Path, int, str]:
        return self.path, 0, f"case: {self.name}"
