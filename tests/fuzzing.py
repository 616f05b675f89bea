"""The fuzzer: inputs made from valid scenarios by structure-aware mutation, arbitrary values,
and mangled JSON text, each run through the public API and judged.

Shared by ``tests/test_fuzz.py`` (Hypothesis drives the randomness, a bounded number of
examples in every run) and ``bench/fuzz.py`` (a long campaign from plain seeded
randomness, on every core). A run of one input (:func:`check`) ends in one of:

- a verdict, on which the invariants of every valid input are checked: the same
  input gives the same JSON; the input is not mutated; the verdict's JSON round-trips
  through ``Verdict.model_validate_json`` and validates against the published schema;
  exactly one status holds (a member of the contract's statuses, the one the fast
  ``status`` path gives, with alternatives only when it is ``indeterminate``);
- a documented error (:class:`~treatyrules.InputError` and its subclasses);
- a failure: any other exception, or a broken invariant. :func:`failure_key` names its
  site, so that distinct failures can be counted and each saved once as a reproducer
  (:func:`encode` keeps what plain JSON cannot hold: huge integers, NaN, tuples, deep
  nesting, other mapping types).
"""

from __future__ import annotations

import json
import math
import random
import sys
import traceback
import types
from collections import OrderedDict
from collections.abc import Callable, Mapping
from datetime import date, timedelta
from functools import cache
from pathlib import Path
from typing import Any, get_args

import jsonschema

import treatyrules
from treatyrules import InputError, Verdict, jsonio, records, what_if
from treatyrules.core.verdict import Status
from treatyrules.registry import ids
from treatyrules.scenario import ACT_KINDS, EVENT_KINDS
from treatyrules.schemas import verdict_schema
from treatyrules.states import state_codes

ROOT = Path(__file__).resolve().parents[1]
REPRODUCERS = Path(__file__).resolve().parent / "fuzz_reproducers"
STATUSES = frozenset(get_args(Status))
RECIPIENTS = ["depositary", "states_parties", "security_council", "executive_council"]
CONFLICT_KINDS = ["international", "non_international", "occupation"]


class Failure(Exception):
    """A run that did not end in a verdict or a documented error."""

    def __init__(self, key: str, detail: str) -> None:
        super().__init__(f"{key}: {detail}")
        self.key = key
        self.detail = detail


# -- valid scenarios ----------------------------------------------------------------------


@cache
def examples() -> tuple[dict[str, Any], ...]:
    """The repository's example scenarios: real facts, to mutate."""
    return tuple(json.loads(p.read_text()) for p in sorted((ROOT / "examples").glob("*.json")))


@cache
def _codes() -> tuple[str, ...]:
    return tuple(sorted(state_codes()))


def day(rng: random.Random, start: int = 1990, end: int = 2040) -> str:
    first = date(start, 1, 1)
    return (first + timedelta(days=rng.randrange((date(end, 1, 1) - first).days))).isoformat()


def valid(rng: random.Random) -> dict[str, Any]:
    """A scenario that validates (its treaty may still refuse an event it does not model)."""
    if rng.random() < 0.3:
        return json.loads(json.dumps(rng.choice(examples())))
    treaty = "APMBC" if rng.random() < 0.6 else rng.choice(ids())
    state = rng.choice(_codes()) if rng.random() < 0.5 else "X" + rng.choice("ABCDEFGHIJKLMN") * 2
    deposit = day(rng, 1997, 2030)
    events: list[dict[str, Any]] = []
    if rng.random() < 0.5:
        events.append({"kind": "signature", "date": day(rng, 1997, 1999)})
    events.append(
        {"kind": rng.choice(["ratification", "accession", "acceptance"]), "date": deposit}
    )
    if rng.random() < 0.6:
        withdrawal: dict[str, Any] = {"kind": "withdrawal", "date": day(rng, 2000, 2035)}
        if rng.random() < 0.6:
            withdrawal["notified"] = rng.sample(RECIPIENTS[:3], rng.randint(0, 3))
        if rng.random() < 0.6:
            withdrawal["reasons_given"] = rng.random() < 0.5
        if rng.random() < 0.15:
            withdrawal["takes_effect_on"] = day(rng, 2001, 2040)
        if rng.random() < 0.15:  # per-recipient receipts, where a treaty counts from them
            withdrawal["notices"] = {r: day(rng, 2000, 2035) for r in rng.sample(RECIPIENTS[1:], 2)}
        if rng.random() < 0.1:
            withdrawal["protocol"] = rng.choice(["I", "II", "APII", "III", "IV", "V"])
        events.append(withdrawal)
        if rng.random() < 0.2:
            events.append({"kind": "revocation", "date": day(rng, 2036, 2040)})
        elif rng.random() < 0.1:  # a revocation soon after: perhaps of a premature instrument
            events.append({"kind": "revocation", "date": day(rng, 2000, 2036)})
    if rng.random() < 0.25:  # the rarer instruments: a claimed suspension and its objections
        claimed = day(rng, 2000, 2035)
        events.append({"kind": "suspension_claim", "date": claimed, "ground": "a war"})
        for _ in range(rng.randint(0, 2)):
            objected = day(rng, 2000, 2036) if rng.random() < 0.8 else None
            events.append({"kind": "objection", "date": objected, "by": rng.choice(_codes())})
    if rng.random() < 0.1:
        events.append(
            {"kind": rng.choice(["unsigning", "reservation", "declaration"]), "date": day(rng)}
        )
    if rng.random() < 0.1:
        events.insert(0, {"kind": "succession", "date": deposit, "effective": day(rng, 1990, 2030)})
    if treaty == "APMBC" and rng.random() < 0.3:
        events.append({"kind": "stockpile_destroyed", "date": day(rng, 1999, 2030)})
        events.append({"kind": "report_submitted", "date": day(rng), "covers": "initial"})
    conflicts = []
    for i in range(rng.choice([0, 0, 1, 1, 2, 3])):
        start = day(rng, 1995, 2035)
        conflict: dict[str, Any] = {
            "name": f"conflict {i}",
            "parties": [state, "XZZ"] if rng.random() < 0.7 else ["XZY", "XZZ"],
            "kind": rng.choice(CONFLICT_KINDS),
            "start": start,
        }
        if rng.random() < 0.5:
            conflict["end"] = (
                date.fromisoformat(start) + timedelta(days=rng.randint(1, 3000))
            ).isoformat()
        conflicts.append(conflict)
    acts = []
    if treaty == "APMBC":
        for _ in range(rng.choice([0, 0, 1, 2])):
            act: dict[str, Any] = {"kind": rng.choice(ACT_KINDS), "date": day(rng)}
            if rng.random() < 0.6:
                act["device"] = {"triggered_by": rng.choice(["person", "vehicle", "command"])}
            if rng.random() < 0.3:
                act["purpose"] = "training"
                act["quantity"] = rng.randint(0, 5000)
            acts.append(act)
    doc: dict[str, Any] = {"treaty": treaty, "state": state, "events": events}
    if conflicts:
        doc["conflicts"] = conflicts
    if acts:
        doc["acts"] = acts
    doc["as_of"] = day(rng, 1998, 2045)
    return doc


# -- mutation -----------------------------------------------------------------------------


def nested(depth: int, leaf: Any = None, *, as_dict: bool = False) -> Any:
    value = leaf
    for _ in range(depth):
        value = {"a": value} if as_dict else [value]
    return value


def interesting(rng: random.Random) -> Any:
    """A value that has broken parsers before: edges of numbers, dates, sizes and types."""
    choice = rng.randrange(24)
    if choice == 0:
        return None
    if choice == 1:
        return rng.choice([True, False])
    if choice == 2:
        return rng.choice([0, -1, 1, 2**63, -(2**63), 10**20, 10**400])
    if choice == 3:
        return 10 ** rng.choice([4300, 5000])
    if choice == 4:
        return rng.choice([float("nan"), float("inf"), -0.0, 1e308, 1.5])
    if choice == 5:
        return rng.choice(["", " ", "\x00", "\ud800", "é", "POL", "pol", "group:", "XXA"])
    if choice == 6:
        return "x" * rng.choice([81, 10_000, 1_000_000])
    if choice == 7:
        return rng.choice(
            ["2025-02-29", "2024-02-29", "1799-12-31", "1800-01-01", "2999-12-31", "3000-01-01"]
        )
    if choice == 8:
        return rng.choice(["0000-00-00", "2025-13-01", "2025-1-1", "20250101", "2025-01-01T00:00"])
    if choice == 9:
        return rng.choice([[], {}, [None], [{}], ()])
    if choice == 10:
        return nested(rng.choice([65, 1000, 3000]), as_dict=rng.random() < 0.5)
    if choice == 11:
        return rng.choice(EVENT_KINDS)
    if choice == 12:
        return rng.choice(ids())
    if choice == 13:
        return rng.choice(_codes())
    if choice == 14:
        return day(rng, 1800, 2999)
    if choice == 15:
        return rng.sample(RECIPIENTS, rng.randint(0, 4))
    if choice == 16:
        return rng.choice([*CONFLICT_KINDS, "party", "co_belligerent", "supporting"])
    if choice == 17:
        return date(rng.randint(1, 9999), 1, 1)
    if choice == 18:
        return {"kind": rng.choice(EVENT_KINDS), "date": day(rng)}
    if choice == 19:
        return b"bytes"
    if choice == 20:
        return {1, 2}
    if choice == 21:
        return arbitrary(rng, 3)
    if choice == 22:
        return rng.randint(-5, 3000)
    return rng.choice(["initial", "training", "development", "destruction", "person"])


def arbitrary(rng: random.Random, depth: int = 4) -> Any:
    """Any JSON value, small."""
    kind = rng.randrange(8 if depth > 0 else 5)
    if kind == 0:
        return None
    if kind == 1:
        return rng.random() < 0.5
    if kind == 2:
        return rng.randint(-(10**6), 10**6)
    if kind == 3:
        return rng.random() * 10 ** rng.randint(-3, 30)
    if kind == 4:
        return "".join(rng.choice("abcXYZ-_:09 é") for _ in range(rng.randint(0, 12)))
    if kind in (5, 6):
        keys = ["treaty", "state", "events", "kind", "date", "as_of", "name", "x"]
        return {rng.choice(keys): arbitrary(rng, depth - 1) for _ in range(rng.randint(0, 4))}
    return [arbitrary(rng, depth - 1) for _ in range(rng.randint(0, 4))]


def _containers(doc: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """The paths of the dicts and lists in ``doc`` (``doc`` itself included), as deep as a
    scenario nests and no more than a few thousand: a list nested 3,000 deep, or 10,000
    copies of an event, is a leaf to mutate, not a structure to walk (the paths of all of
    it would fill the memory)."""
    found: list[tuple[Any, ...]] = []
    stack = [(doc, path)]
    while stack and len(found) < 2000:
        node, where = stack.pop()
        if len(where) > 8:
            continue
        if isinstance(node, dict):
            found.append(where)
            stack.extend((v, (*where, k)) for k, v in node.items())
        elif isinstance(node, list):
            found.append(where)
            stack.extend((v, (*where, i)) for i, v in enumerate(node))
    return found


def _at(doc: Any, path: tuple[Any, ...]) -> Any:
    for part in path:
        doc = doc[part]
    return doc


FIELDS = [
    "treaty", "state", "as_of", "events", "conflicts", "acts", "also_party_to", "kind", "date",
    "notified", "reasons_given", "notices", "takes_effect_on", "protocol", "covers", "until",
    "by", "to", "effective", "name", "parties", "start", "end", "end_unknown", "engaged_until",
    "involvement", "peace_settlement", "device", "triggered_by", "purpose", "quantity",
    "counterparty", "unknown_field",
]  # fmt: skip


def mutate(rng: random.Random, doc: Any, rounds: int | None = None) -> Any:
    """``doc`` after a few structure-aware mutations (it is changed in place and returned)."""
    for _ in range(rounds or rng.choice([1, 1, 2, 3])):
        paths = _containers(doc)
        if not paths:
            return interesting(rng)
        path = rng.choice(paths)
        node = _at(doc, path)
        op = rng.randrange(10)
        if isinstance(node, dict):
            if op < 3 and node:
                node[rng.choice(list(node))] = interesting(rng)
            elif op < 5 and node:
                del node[rng.choice(list(node))]
            elif op < 7:
                node[rng.choice(FIELDS)] = interesting(rng)
            elif op < 8 and node:  # a date moved by a day, a month or a year
                key = rng.choice(list(node))
                value = node[key]
                if isinstance(value, str) and len(value) == 10 and value[4] == "-":
                    try:
                        moved = date.fromisoformat(value) + timedelta(
                            days=rng.choice([-366, -31, -1, 1, 31, 366])
                        )
                        node[key] = moved.isoformat()
                    except ValueError:
                        node[key] = value[:8] + "31"
            elif op < 9 and path:
                parent = _at(doc, path[:-1])
                wrap = rng.choice([OrderedDict, types.MappingProxyType, tuple])
                parent[path[-1]] = wrap(node) if wrap is not tuple else tuple(node.items())
            elif path:
                _at(doc, path[:-1])[path[-1]] = interesting(rng)
        else:
            if op < 3 and node:
                node[rng.randrange(len(node))] = interesting(rng)
            elif op < 5 and node:
                del node[rng.randrange(len(node))]
            elif op < 7 and node:
                node.append(decode(encode(rng.choice(node))))  # a copy, odd types kept
            elif op < 8:
                rng.shuffle(node)
            elif op < 9 and node and rng.random() < 0.1 and len(encode(node[0])) < 2000:
                text = encode(node[0])  # copies, not aliases: a later change hits one
                node.extend(decode(text) for _ in range(rng.choice([1001, 10_001])))
            elif path:
                _at(doc, path[:-1])[path[-1]] = tuple(node)
    return doc


def mangle(rng: random.Random, text: str) -> str:
    """JSON text with a few edits a file could suffer: cut, spliced, keys doubled, numbers bent."""
    for _ in range(rng.choice([0, 1, 1, 2])):  # none: the text as written must pass too
        op = rng.randrange(7)
        i = rng.randrange(len(text) + 1)
        if op == 0:
            text = text[:i]
        elif op == 1:
            text = text[:i] + rng.choice(list('{}[],:"\\ 0-eE.')) + text[i:]
        elif op == 2:
            text = text[:i] + text[i + rng.randint(1, 5) :]
        elif op == 3:
            text = text.replace('"state"', '"state": "FIN", "state"', 1)
        elif op == 4:
            text = text[:i] + rng.choice(["NaN", "Infinity", "1e999", "9" * 30, "-0"]) + text[i:]
        elif op == 5:
            text = text[:i] + "[" * rng.choice([65, 2000]) + text[i:]
        else:
            text = text[:i] + rng.choice(["\ud800", "\x00", "\\u0000", "é"]) + text[i:]
    return text


# -- judging one input --------------------------------------------------------------------


@cache
def _schema() -> jsonschema.protocols.Validator:
    return jsonschema.Draft202012Validator(verdict_schema())


def failure_key(exc: BaseException) -> str:
    """Where an unexpected exception was raised: its type and the innermost library frame."""
    frames = traceback.extract_tb(exc.__traceback__)
    ours = [f for f in frames if "treatyrules" in f.filename] or frames
    site = ours[-1] if ours else None
    where = "?" if site is None else f"{Path(site.filename).name}:{site.name}"
    return f"{type(exc).__name__} at {where}"


def _invariants(doc: Any, verdict: Verdict, before: str) -> None:
    text = verdict.model_dump_json()
    again = treatyrules.evaluate(doc)
    if again.model_dump_json() != text:
        raise Failure("invariant: same input, same JSON", text[:200])
    if encode(doc) != before:
        raise Failure("invariant: input not mutated", before[:200])
    back = Verdict.model_validate_json(text)
    if back != verdict or back.model_dump_json() != text:  # byte for byte, keys in order
        raise Failure("invariant: the verdict's JSON round-trips", text[:200])
    errors = sorted(_schema().iter_errors(json.loads(text)), key=str)
    if errors:
        raise Failure("invariant: the verdict validates against the schema", errors[0].message)
    status = verdict.status
    possible = verdict.possible_statuses
    if status not in STATUSES or treatyrules.status(doc).status != status:
        raise Failure("invariant: exactly one status holds", f"{status} vs the fast path")
    if (status == "indeterminate") != (possible is not None) or (
        possible is not None and (len(possible) < 2 or not set(possible) <= STATUSES)
    ):
        raise Failure("invariant: exactly one status holds", f"{status} with {possible}")


def _questions(doc: Any, choice: int, end: str) -> None:
    """The heavier questions, on an input that gave a verdict."""
    if choice == 0:
        treatyrules.sensitivity(doc)
    elif choice == 1:
        what_if.earliest_effect(doc)
    elif choice == 2:
        what_if.flips(doc)
    else:
        conflicts = doc.get("conflicts") if isinstance(doc, Mapping) else None
        what_if.if_conflict_ends(doc, 0 if conflicts else "none", end)


def _records(rng: random.Random) -> None:
    """A records call with some of its arguments hostile."""
    value = interesting(rng)
    state = value if rng.random() < 0.5 else rng.choice(["POL", "UKR", "USA", "FIN"])
    on = value if rng.random() < 0.5 else day(rng, 1997, 2030)
    choice = rng.randrange(5)
    book = records.bundled()
    if choice == 0:
        records.status(state, on=on)
    elif choice == 1:
        book.amend(state, events=value if rng.random() < 0.5 else [value])
    elif choice == 2:
        book.counts(on=on, states=[state])
    elif choice == 3:
        records.bundled(value if isinstance(value, str) else "APMBC").timeline(state)
    else:
        book.interpreted(value if rng.random() < 0.5 else {"month_end": value})


def run(target: str, doc: Any) -> str:
    """:func:`judge`, with anything printed as "Exception ignored" (an error the library or
    pydantic-core could not raise, only report on stderr) counted as a failure too."""
    ignored: list[Any] = []
    hook = sys.unraisablehook
    sys.unraisablehook = ignored.append
    try:
        result = judge(target, doc)
    finally:
        sys.unraisablehook = hook
    if ignored:
        exc = ignored[0].exc_value
        raise Failure(f"unraisable {type(exc).__name__}", str(ignored[0].object)[:200])
    return result


def judge(target: str, doc: Any) -> str:
    """Run one input through ``target``; ``"verdict"`` or ``"refused"``, else :class:`Failure`.

    ``doc`` is the scenario, except for ``text`` (JSON text), ``records`` (a seed for
    the arguments), ``options`` (``[scenario, as_of, interpretation]``) and
    ``questions`` (``[scenario, which question, a day]``).
    """
    try:
        if target == "records":
            _records(random.Random(doc))
            return "verdict"
        if target == "options":
            scenario, as_of, interpretation = doc
            treatyrules.evaluate(scenario, as_of=as_of, interpretation=interpretation)
            return "verdict"
        question = None
        if target == "questions":
            doc, *question = doc
        elif target == "text":
            doc = jsonio.loads(doc, "the input")
        before = encode(doc)
        verdict = treatyrules.evaluate(doc)
        _invariants(doc, verdict, before)
        if question is not None:
            _questions(doc, *question)
        return "verdict"
    except InputError:
        return "refused"
    except Failure:
        raise
    except RecursionError as exc:  # a bound missing somewhere: named like any other failure
        raise Failure(failure_key(exc), "RecursionError") from None
    except Exception as exc:
        raise Failure(failure_key(exc), f"{type(exc).__name__}: {str(exc)[:200]}") from None


def generate(rng: random.Random) -> tuple[str, Any]:
    """One input and the target to run it through."""
    roll = rng.random()
    if roll < 0.45:
        return "evaluate", mutate(rng, valid(rng))
    if roll < 0.60:
        return "evaluate", valid(rng)
    if roll < 0.70:
        return "evaluate", arbitrary(rng) if rng.random() < 0.5 else interesting(rng)
    if roll < 0.82:
        return "text", mangle(rng, json.dumps(valid(rng)))
    if roll < 0.90:
        options = [interesting(rng) if rng.random() < 0.5 else None for _ in range(2)]
        return "options", [valid(rng), *options]
    if roll < 0.96:
        doc = mutate(rng, valid(rng), 1) if rng.random() < 0.5 else valid(rng)
        return "questions", [doc, rng.randrange(4), day(rng, 1990, 2999)]
    return "records", rng.randrange(2**32)


# -- reproducers --------------------------------------------------------------------------


def encode(value: Any) -> str:
    """``value`` as tagged JSON text that :func:`decode` turns back into an equal value."""
    return json.dumps(_tagged(value), sort_keys=True)


def _tagged(value: Any) -> Any:
    depth = 0
    inner = value
    while isinstance(inner, list) and len(inner) == 1 and depth < 10_000:
        inner, depth = inner[0], depth + 1
    if depth > 50:
        return {"$deep_list": depth, "of": _tagged(inner)}
    inner, depth = value, 0
    while isinstance(inner, dict) and list(inner) == ["a"] and depth < 10_000:
        inner, depth = inner["a"], depth + 1
    if depth > 50:
        return {"$deep_dict": depth, "of": _tagged(inner)}
    if isinstance(value, bool) or value is None or isinstance(value, str):
        return value
    if isinstance(value, int):
        return value if abs(value) < 2**53 else {"$int": hex(value)}
    if isinstance(value, float):
        return {"$float": repr(value)} if not math.isfinite(value) or value == 0 else value
    if isinstance(value, date):
        return {"$date": value.isoformat()}
    if isinstance(value, bytes):
        return {"$bytes": value.decode("latin-1")}
    if isinstance(value, set | frozenset):
        return {"$set": sorted((_tagged(v) for v in value), key=str)}
    if isinstance(value, tuple):
        return {"$tuple": [_tagged(v) for v in value]}
    if isinstance(value, list):
        return [_tagged(v) for v in value]
    if isinstance(value, Mapping):
        kind = {OrderedDict: "$ordered", types.MappingProxyType: "$proxy"}.get(type(value))
        items = [[_tagged(k), _tagged(v)] for k, v in value.items()]
        if kind is None and all(isinstance(k, str) for k in value):
            return {"$dict": items} if any(k.startswith("$") for k in value) else dict(items)
        return {kind or "$dict": items}
    return {"$repr": type(value).__name__}


def decode(text: str) -> Any:
    return _untagged(json.loads(text))


def _untagged(value: Any) -> Any:
    if isinstance(value, list):
        return [_untagged(v) for v in value]
    if not isinstance(value, dict):
        return value
    tags: dict[str, Callable[[Any], Any]] = {
        "$int": lambda v: int(v, 16),
        "$float": float,
        "$date": date.fromisoformat,
        "$bytes": lambda v: v.encode("latin-1"),
        "$set": lambda v: {_hashable(_untagged(x)) for x in v},
        "$tuple": lambda v: tuple(_untagged(x) for x in v),
        "$dict": lambda v: {_hashable(_untagged(k)): _untagged(x) for k, x in v},
        "$ordered": lambda v: OrderedDict((_hashable(_untagged(k)), _untagged(x)) for k, x in v),
        "$proxy": lambda v: types.MappingProxyType({_untagged(k): _untagged(x) for k, x in v}),
    }
    if "$deep_list" in value:
        return nested(value["$deep_list"], _untagged(value["of"]))
    if "$deep_dict" in value:
        return nested(value["$deep_dict"], _untagged(value["of"]), as_dict=True)
    if len(value) == 1 and next(iter(value)) in tags:
        key, inner = next(iter(value.items()))
        return tags[key](inner)
    return {k: _untagged(v) for k, v in value.items()}


def _hashable(value: Any) -> Any:
    return tuple(value) if isinstance(value, list) else value


def save(key: str, target: str, doc: Any, detail: str, folder: Path = REPRODUCERS) -> Path:
    """Write the reproducer of a failure (one file per distinct failure)."""
    import hashlib

    folder.mkdir(parents=True, exist_ok=True)
    name = hashlib.sha256(key.encode()).hexdigest()[:12]
    path = folder / f"{name}.json"
    payload = {"failure": key, "detail": detail, "target": target, "input": encode(doc)}
    path.write_text(json.dumps(payload, indent=1) + "\n")
    return path


def replay(path: Path) -> str:
    """Run a saved reproducer again (:func:`run`'s result, or :class:`Failure`)."""
    payload = json.loads(path.read_text())
    return run(payload["target"], decode(payload["input"]))
