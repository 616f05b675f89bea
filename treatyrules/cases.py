"""Case files: a scenario, the readings and date to judge it on, and the verdict expected.

A legal team keeps its cases as data, beside the law they test, and runs them with
``treatyrules test PATH ...`` or with pytest (the plugin collects the same files). A case
file is JSON (``NAME.case.json``) or YAML (``NAME.case.yaml``, with the ``yaml`` extra) and
holds one case, or several under ``cases``::

    name: Poland's withdrawal took effect on 20 February 2026
    scenario: poland-2025.json        # a scenario file beside this one, or the scenario itself
    as_of: 2026-03-01                 # optional: the date to judge on
    interpretation: {month_end: clamp}  # optional: readings of contested points
    expect:                           # the verdict's fields that matter, nested or dotted
      status: withdrawn
      withdrawal.effective_date: 2026-02-20
      findings: {art_20__para_3__sent_1: holds}   # a rule's outcome, by its eid

Only the fields named in ``expect`` are compared; a difference names the field.

>>> case = Case.parse({"name": "a State that never joined", "expect": {"status": "non_party"},
...                    "scenario": {"treaty": "APMBC", "state": "XXA", "as_of": "2000-01-01"}})
>>> case.run()
()
>>> Case.parse({"scenario": {"treaty": "APMBC", "state": "XXA"}, "as_of": "2000-01-01",
...             "expect": {"status": "party"}}).run()
(Difference(field='status', expected='party', actual='non_party'),)
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date
from importlib.util import find_spec
from pathlib import Path
from typing import Any

from .api import evaluate
from .core.errors import InputError
from .extras import install_hint

__all__ = ["SUFFIXES", "Case", "CaseFileError", "Difference", "find_files", "load", "without_yaml"]

SUFFIXES = (".case.json", ".case.yaml", ".case.yml")
_KEYS = frozenset({"name", "scenario", "as_of", "interpretation", "expect"})
_MISSING = object()


class CaseFileError(InputError):
    """A file that cannot be read as cases; the path names the file and the field
    (``cases/poland.case.yaml: expect``), or is empty where the message names the file."""


def without_yaml(paths: Iterable[Path]) -> CaseFileError | None:
    """The one error for every YAML case file in ``paths`` where PyYAML is not installed
    (None where it is, or where there is none), naming the first and how many more: a
    directory of them is said once, not once a file."""
    yaml = [p for p in paths if not p.name.endswith(".json")]
    if not yaml or find_spec("yaml") is not None:
        return None
    more = f" and {len(yaml) - 1} more" if len(yaml) > 1 else ""
    return CaseFileError(
        "", f"{yaml[0]}{more}: YAML case files need PyYAML: {install_hint('yaml')}"
    )


@dataclass(frozen=True, slots=True)
class Difference:
    """A field of the verdict that is not what the case expects."""

    field: str
    expected: Any
    actual: Any

    def as_json(self) -> dict[str, Any]:
        """The difference as JSON; ``actual`` is null and ``missing`` true for a field the
        verdict does not have."""
        missing = self.actual is _MISSING
        actual = None if missing else self.actual
        return {
            "field": self.field,
            "expected": self.expected,
            "actual": actual,
            "missing": missing,
        }

    def __str__(self) -> str:
        actual = "no such field" if self.actual is _MISSING else _show(self.actual)
        return f"{self.field}: expected {_show(self.expected)}, got {actual}"


def _show(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False) if not isinstance(value, str) else value


@dataclass(frozen=True, slots=True)
class Case:
    """One case: the scenario, the date and readings, and the expected fields (flattened)."""

    name: str
    scenario: Mapping[str, Any]
    expect: tuple[tuple[str, Any], ...]
    as_of: str | None = None
    interpretation: Mapping[str, Any] = field(default_factory=dict)
    source: str = ""

    @classmethod
    def parse(cls, data: Any, *, where: str = "", base: Path | None = None, index: int = 0) -> Case:
        """A case from its parsed JSON or YAML; a relative ``scenario`` path is read from
        ``base``. Raises :class:`CaseFileError` naming the field."""
        at = f"{where}: " if where else ""
        if not isinstance(data, dict):
            raise CaseFileError("", f"{at}a case must be an object (a mapping)")
        unknown = sorted(set(data) - _KEYS)
        if unknown:
            known = ", ".join(sorted(_KEYS))
            raise CaseFileError(f"{at}{unknown[0]}", f"unknown key; a case has {known}")
        if "scenario" not in data or "expect" not in data:
            missing = "scenario" if "scenario" not in data else "expect"
            raise CaseFileError(f"{at}{missing}", "required")
        scenario = data["scenario"]
        if isinstance(scenario, str):
            scenario = _read_scenario(scenario, base, at)
        if not isinstance(scenario, dict):
            raise CaseFileError(f"{at}scenario", "expected an object or a file name")
        expect = data["expect"]
        if not isinstance(expect, dict) or not expect:
            raise CaseFileError(f"{at}expect", "expected the verdict's fields to check")
        readings = data.get("interpretation") or {}
        if not isinstance(readings, dict):
            raise CaseFileError(f"{at}interpretation", "expected a mapping")
        as_of = data.get("as_of")
        if as_of is not None and not isinstance(as_of, str):
            raise CaseFileError(f"{at}as_of", "expected a date YYYY-MM-DD")
        return cls(
            name=str(data.get("name") or f"case {index + 1}"),
            scenario=scenario,
            expect=tuple(_flatten(expect)),
            as_of=as_of,
            interpretation=readings,
            source=where,
        )

    def run(self) -> tuple[Difference, ...]:
        """Evaluate the case; the differences from what it expects (none: it passes).

        Invalid input raises :class:`~treatyrules.InputError` naming the field.
        """
        verdict = evaluate(self.scenario, as_of=self.as_of, interpretation=self.interpretation)
        document = verdict.model_dump(mode="json")
        found: list[Difference] = []
        for path, expected in self.expect:
            if path.startswith("findings.") and not path[len("findings.") :].isdigit():
                eid = path[len("findings.") :]
                outcomes = [f.outcome.value for f in verdict.find(eid)]
                actual: Any = outcomes[0] if outcomes else _MISSING
            else:
                actual = _get(document, path)
            if actual is _MISSING or actual != expected:
                found.append(Difference(path, expected, actual))
        return tuple(found)


def _flatten(expect: Mapping[str, Any], prefix: str = "") -> Iterator[tuple[str, Any]]:
    """Nested mappings become dotted paths (``withdrawal.outcome``); values keep their form."""
    for key, value in expect.items():
        path = f"{prefix}{key}"
        if isinstance(value, dict) and value:
            yield from _flatten(value, path + ".")
        else:
            yield path, value


_STEP = re.compile(r"[^.\[\]]+|\[\d+\]")


def _get(document: Any, path: str) -> Any:
    """The value at a dotted path (``acts.0.outcome`` or ``acts[0].outcome``)."""
    node = document
    for step in _STEP.findall(path):
        key = step.strip("[]")
        if isinstance(node, list) and key.isdigit() and int(key) < len(node):
            node = node[int(key)]
        elif isinstance(node, dict) and step in node:
            node = node[step]
        else:
            return _MISSING
    return node


def _read_scenario(name: str, base: Path | None, at: str) -> Any:
    path = (base or Path.cwd()) / name
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except OSError:
        raise CaseFileError(f"{at}scenario", f"cannot read {name}") from None
    except json.JSONDecodeError as exc:
        raise CaseFileError(f"{at}scenario", f"{name} is not JSON: {exc.msg}") from None


def _dates_as_text(node: Any) -> Any:
    """YAML reads 2026-03-01 as a date; the verdict's JSON writes it as text."""
    if isinstance(node, date):
        return node.isoformat()
    if isinstance(node, dict):
        return {str(k): _dates_as_text(v) for k, v in node.items()}
    if isinstance(node, list):
        return [_dates_as_text(v) for v in node]
    return node


def _parse_text(path: Path) -> Any:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise CaseFileError("", f"{path}: cannot read: {exc}") from None
    if path.name.endswith(".json"):
        try:
            return json.loads(text)
        except json.JSONDecodeError as exc:
            message = f"not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}"
            raise CaseFileError("", f"{path}: {message}") from None
    try:
        import yaml
    except ImportError:
        raise CaseFileError(
            "", f"{path}: YAML case files need PyYAML: {install_hint('yaml')}"
        ) from None
    try:
        return _dates_as_text(yaml.safe_load(text))
    except yaml.YAMLError as exc:
        raise CaseFileError("", f"{path}: not valid YAML: {exc}".splitlines()[0]) from None


def load(path: Path | str) -> list[Case]:
    """The cases of one file (one case, or a list under ``cases``)."""
    path = Path(path)
    data = _parse_text(path)
    where = str(path)
    if isinstance(data, dict) and set(data) == {"cases"}:
        items = data["cases"]
        if not isinstance(items, list) or not items:
            raise CaseFileError(f"{where}: cases", "expected a list of cases")
        return [
            Case.parse(item, where=f"{where}: cases[{i}]", base=path.parent, index=i)
            for i, item in enumerate(items)
        ]
    return [Case.parse(data, where=where, base=path.parent)]


def find_files(paths: Iterable[Path | str]) -> list[Path]:
    """The case files named, and those under the directories named (sorted)."""
    found: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            found += sorted(f for f in p.rglob("*") if f.name.endswith(SUFFIXES))
        else:
            found.append(p)
    return found
