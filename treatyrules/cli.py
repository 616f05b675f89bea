"""The ``treatyrules`` command.

Exit codes: 0 on success; 2 on input that cannot be processed (invalid JSON or
field, missing file, a treaty not modelled yet), with a short message on stderr
naming the field and nothing on stdout; 1 on an internal error, with a one-line
message and no traceback unless ``--debug``. ``treatyrules test`` exits 3 when a case
fails (and 2 when a file cannot be read as cases). ``treatyrules evaluate --batch``
writes a line per input line, an error record for each refused one, and exits 2 at
the end if any was refused.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from . import days, jsonio
from ._version import __version__
from .core.errors import InputError
from .extras import install_hint
from .limits import excerpt, positive_number
from .render import FORMATS, TABLE_FORMATS, TIMELINE_STATES

if TYPE_CHECKING:
    from .records import Records

# Each command imports what it uses when it runs: `treatyrules --version` loads no rules, and
# `treatyrules evaluate` no records (bench/cli.py measures it).

__all__ = ["main"]

PROG = "treatyrules"


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        # argparse prints the usage and exits 2: the contract's code for bad input.
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: error: {message}\n")


def read_json(source: str) -> Any:
    """The JSON document in file ``source`` (``-`` = standard input), within the limits."""
    return jsonio.read(source)


def _cmd_completion(args: argparse.Namespace) -> str:
    """The completion script for ``args.shell``, generated from this very parser by shtab."""
    try:
        import shtab
    except ImportError:
        raise InputError(
            "completion", f"shell completion needs shtab: {install_hint('completion')}"
        ) from None
    script: str = shtab.complete(build_parser(), shell=args.shell)
    return script


def _columns() -> int | None:
    """The terminal's width for a memo, between 60 and 200 columns; None (the stable 100)
    when the output is not a terminal, so files and pipes read the same everywhere."""
    import shutil

    if not sys.stdout.isatty():
        return None
    return max(60, min(200, shutil.get_terminal_size().columns))


def _interpretation(pairs: Sequence[str]) -> dict[str, str]:
    chosen: dict[str, str] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key or not value:
            raise InputError("--interpret", f"expected KEY=VALUE, got {pair!r}")
        chosen[key] = value  # the treaty's own points are checked when it is applied
    return chosen


def _cmd_evaluate(args: argparse.Namespace) -> str | int:
    from .api import evaluate, parse_date
    from .render import render

    if args.batch:
        return _evaluate_batch(args)
    if args.file is None:
        raise InputError("FILE", "a Scenario JSON v1 file is required, or - for standard input")
    document = read_json(args.file)
    as_of = None if args.as_of is None else parse_date(args.as_of, "--as-of")
    verdict = evaluate(document, as_of=as_of, interpretation=_interpretation(args.interpret))
    return render(verdict, args.format or "text", _columns())


def _evaluate_batch(args: argparse.Namespace) -> int:
    """``evaluate --batch``: a line out for each line in (JSON Lines), in order, each written
    as soon as it is computed; the exit code, 2 if any line was refused.

    A refused line (not a document, or a scenario that cannot be evaluated) is an error record
    ``{"index": N, "error": {"path", "message", "problems"}}`` and the lines after it are
    evaluated all the same. Wrong options are refused before any line is read.
    """
    from .api import check_interpretation, evaluate, parse_date

    if args.format not in (None, "json"):
        raise InputError("--format", f"--batch writes JSON Lines: only json, got {args.format}")
    args.format = "json"  # so that an error before the first line is JSON on stderr too
    as_of = None if args.as_of is None else parse_date(args.as_of, "--as-of")
    readings = check_interpretation(_interpretation(args.interpret))
    refused = False
    for index, document in enumerate(jsonio.lines(args.file or "-")):
        try:
            if isinstance(document, InputError):
                raise document
            line = evaluate(document, as_of=as_of, interpretation=readings).model_dump_json()
        except InputError as exc:
            refused = True
            line = _error_record(index, exc)
        failed = _written(line + "\n")
        if failed is not None:  # the reader is gone (0), or the output cannot be written
            return failed or (2 if refused else 0)
    return 2 if refused else 0


def _error_record(index: int, exc: InputError) -> str:
    """The line that stands for refused input line ``index`` (counted from 0)."""
    problems = [{"path": path, "message": message} for path, message in exc.problems]
    record = {"index": index, "error": {**problems[0], "problems": problems}}
    return json.dumps(record, separators=(",", ":"))  # compact, as the verdicts are


def _cmd_rules(args: argparse.Namespace) -> str:
    from .render.catalogue import catalogue

    return catalogue(
        args.treaty,
        interpretations=args.interpretations,
        exceptions=args.exceptions,
        fmt=args.format,
    )


def _cmd_sensitivity(args: argparse.Namespace) -> str:
    from .core.interpretation import get_point
    from .days import parse_date
    from .sensitivity import sensitivity

    as_of = None if args.as_of is None else parse_date(args.as_of, "--as-of")
    report = sensitivity(read_json(args.file), as_of=as_of)
    if args.format == "json":
        return report.model_dump_json(indent=2)
    lines = [f"{report.state} under the {report.treaty}, on {report.as_of}", ""]
    lines.append(f"Points consulted: {', '.join(report.consulted) or 'none'}")
    # A point decisive only for want of facts says so: not a doubt on record.
    decisive = [
        f"{k} (only because the scenario does not give {', '.join(report.hinges_on[k])})"
        if k in report.hinges_on
        else k
        for k in report.decisive
    ]
    lines.append(
        f"Decisive: {', '.join(decisive) or 'none: no contested reading changes the outcome'}"
    )
    lines.append("")
    first = report.outcomes[0].deadlines if report.outcomes else ()
    # Deadline rows are shown only where some reading changes one: otherwise a point such as
    # final_report would be called decisive with nothing on the line to show why.
    shown = {
        (d.title, d.due)
        for o in report.outcomes
        for d in o.deadlines
        if (d.title, d.due, d.outcome) not in {(x.title, x.due, x.outcome) for x in first}
    } | {
        (d.title, d.due)
        for d in first
        for o in report.outcomes
        if (d.title, d.due, d.outcome) not in {(x.title, x.due, x.outcome) for x in o.deadlines}
    }
    for o in report.outcomes:
        chosen = ", ".join(f"{k}={v}" for k, v in o.interpretations.items()) or "(defaults)"
        if o.interpretations and all(
            get_point(k).default == v for k, v in o.interpretations.items()
        ):
            chosen += " (the defaults)"
        w = o.withdrawal
        tail = "" if w is None else f"; withdrawal {w.outcome}, effective {w.effective_date or '-'}"
        acts = "".join(f"; act[{a.index}] {a.outcome}" for a in o.acts)
        due = "".join(
            f"; {d.title} due {d.due}: {d.outcome.replace('_', ' ')}"
            for d in o.deadlines
            if (d.title, d.due) in shown
        )
        held = {True: ", bound", False: ", not bound", None: ", bound or not: facts not given"}
        lines.append(f"  {chosen}: {o.status}{held[o.bound]}{tail}{acts}{due}")
    return "\n".join(lines) + "\n"


def _cmd_what_if(args: argparse.Namespace) -> str:
    from .days import parse_date
    from .render import render
    from .what_if import earliest_effect, flips, if_conflict_ends

    document = read_json(args.file)
    as_of = None if args.as_of is None else parse_date(args.as_of, "--as-of")
    interpretation = _interpretation(args.interpret)
    if args.flips:
        found = flips(document, as_of=as_of, interpretation=interpretation)
        if args.format == "json":
            return json.dumps([f.model_dump(mode="json") for f in found], indent=2)
        if not found:
            return "No single change of fact tried changes the verdict.\n"
        return "".join(f"{f.change}: {'; '.join(f.differences)}\n" for f in found)
    if args.conflict_ends:
        name, sep, day = args.conflict_ends.rpartition("=")
        if not sep or not name:
            raise InputError("--conflict-ends", f"expected NAME=DATE, got {args.conflict_ends!r}")
        answer = if_conflict_ends(
            document,
            name,
            parse_date(day, "--conflict-ends"),
            as_of=as_of,
            interpretation=interpretation,
        )
    else:
        answer = earliest_effect(document, as_of=as_of, interpretation=interpretation)
    if args.format == "json":
        return answer.model_dump_json(indent=2)
    return f"{answer.question}\n{answer.answer}\n\n" + render(answer.verdict, "text")


def _cmd_schema(args: argparse.Namespace) -> str:
    from .schemas import scenario_schema, verdict_schema

    schema = scenario_schema() if args.which == "scenario" else verdict_schema()
    return json.dumps(schema, indent=2)


def _states(values: Sequence[str]) -> list[str]:
    """The State codes given on the command line, each once; every bad one is named."""
    if not values:  # every State: nothing to read (nor the names' files to load)
        return []
    from .states import named_states

    # People type names and lower case: the command line takes both ("poland", "pol").
    return named_states(values, "STATE")


def _book(treaty: str, interpret: Sequence[str] = ()) -> Records:
    """The bundled records of ``treaty``, read under the ``--interpret`` choices; an
    InputError naming --treaty if there are none."""
    from . import records
    from .records.loader import load

    try:
        book = records.bundled(treaty)
    except InputError as exc:
        raise InputError("--treaty", exc.problems[0][1]) from None
    chosen = _interpretation(interpret)
    if not chosen:
        return book
    try:
        return records.Records(load(treaty), treaty=treaty, interpretation=chosen)
    except InputError as exc:
        raise InputError("--interpret", exc.problems[0][1]) from None


def _cmd_status(args: argparse.Namespace) -> str:
    from .days import parse_date
    from .render import status
    from .status_table import load

    states = _states(args.states)
    asked: list[datetime.date | None] = [parse_date(on, "--on") for on in args.on] or [None]
    # The bundled records' lines under the default readings are compiled ahead of time (the
    # engine's own, see status_table.py); any other reading, or the compliance column, needs
    # the engine.
    table = None if args.interpret or args.compliance else load(args.treaty)
    book: Records | None = None
    outputs: list[tuple[datetime.date, str]] = []
    for on in dict.fromkeys(asked):  # several --on dates: one table each, in the order given
        report = None if table is None else table.report(on or days.today(), states or None)
        if report is not None:
            outputs.append((report.as_of, status.render(report, args.format)))
            continue
        book = book or _book(args.treaty, args.interpret)
        full = book.report(on, states or None)
        if not args.compliance:
            outputs.append((full.as_of, status.render(full, args.format)))
            continue
        compliance = book.compliance(full.as_of, [s.state for s in full.states])
        outputs.append((full.as_of, status.render(full, args.format, compliance=compliance)))
    if len(outputs) == 1:
        return outputs[0][1]
    if args.format == "json":  # one date keeps the contract's object; several make a list
        return "[\n" + ",\n".join(o.rstrip("\n") for _, o in outputs) + "\n]\n"
    if args.format == "csv":  # one table, its rows told apart by a first column
        return _csv_by_date(outputs)
    return "\n".join(o.rstrip("\n") + "\n" for _, o in outputs)


def _csv_by_date(outputs: list[tuple[datetime.date, str]]) -> str:
    """Several dates' status tables as one CSV: the header once, with ``as_of`` added first."""
    import csv
    import io

    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    for i, (day, text) in enumerate(outputs):
        rows = csv.reader(io.StringIO(text))
        header = next(rows)
        if i == 0:
            writer.writerow(["as_of", *header])
        writer.writerows([day.isoformat(), *row] for row in rows)
    return out.getvalue()


def _cmd_compliance(args: argparse.Namespace) -> str:
    from .days import parse_date
    from .render import compliance

    states = _states(args.states)
    on = None if args.on is None else parse_date(args.on, "--on")
    articles = (args.article,) if args.article else ("4", "5")
    table = _book("APMBC", args.interpret).compliance(on, states or None, articles)
    return compliance.render(table, args.format)


def _cmd_record(args: argparse.Namespace) -> str:
    (state,) = _states([args.state])
    book = _book(args.treaty)
    found = book.record(state)
    if found is None:
        raise InputError("STATE", f"no {book.treaty.id} record is bundled for {state}")
    scenario = found.scenario()
    # What the file cannot state as fact travels with it, in its note: what the record leaves
    # out of the events, then each UNVERIFIED mark with what is in doubt (a receipt date, not
    # the withdrawal). Every memo made from the file shows the note first.
    said = [scenario.note] if scenario.note else []
    if found.unverified:
        said.append(
            f"From the bundled {book.treaty.id} records of {state}; UNVERIFIED in the sources:"
            f" {', '.join(found.unverified)}."
        )
        said += [
            f"{a.note[:1].upper()}{a.note[1:].rstrip('.')}."
            for a in found.alternatives
            if a.basis == "unverified"
        ]
    for sentence in said:
        # stdout stays a Scenario file; the whole of each note goes where a reader sees it.
        print(f"{PROG}: note: {state}: {sentence}", file=sys.stderr)
    if said:
        scenario = scenario.model_copy(update={"note": _fitted(said, state)})
    return json.dumps(scenario.model_dump(mode="json", exclude_defaults=True), indent=2)


def _fitted(sentences: Sequence[str], state: str, limit: int = 500) -> str:
    """As many whole notes as a Scenario's note holds (``limit`` characters), then where the
    rest is to be read: a caveat is never cut in the middle."""
    more = f" More: treatyrules record {state} (standard error)."
    kept: list[str] = []
    for i, sentence in enumerate(sentences):
        room = limit - (len(more) if i < len(sentences) - 1 else 0)
        if len(" ".join([*kept, sentence])) > room:
            return (
                " ".join(kept) + more if kept else sentence[: limit - len(more) - 3] + "..." + more
            )
        kept.append(sentence)
    return " ".join(kept)


def _cmd_timeline(args: argparse.Namespace) -> str:
    from .days import parse_date
    from .render import timeline_svg

    book = _book(args.treaty, args.interpret)
    default = TIMELINE_STATES if book.treaty.id == "APMBC" else _withdrawn(book)
    states = _states(args.states) or list(default)
    start = None if args.start is None else parse_date(args.start, "--from")
    end = None if args.end is None else parse_date(args.end, "--to")
    if start is not None and end is not None and end <= start:
        raise InputError("--to", f"{end} is not after --from {start}")
    if args.svg is None:
        if start is not None or end is not None:
            # Not an error (the output stands), but not what a reader of the flags expects.
            print(
                f"{PROG}: note: --from and --to set the drawing's window (--svg); the {args.format}"
                " output gives every interval",
                file=sys.stderr,
            )
        return _timeline_text(book, states, args.format)
    svg = timeline_svg.draw(book, states, start=start, end=end, today=days.today())
    if args.svg == "-":
        return svg
    try:
        Path(args.svg).write_text(svg, encoding="utf-8")
    except OSError as exc:
        raise InputError("--svg", f"cannot write {args.svg}: {exc.strerror}") from None
    return f"wrote {args.svg}: {len(states)} lanes and the count of States Parties"


def _claims(book: Records, state: str) -> list[str]:
    """A claimed suspension changes no status, so no interval shows it: a line says it, and
    whether the State is bound today under the readings chosen."""
    from .readings import bound

    history = book.history(state)
    today = days.today()
    said = {
        "holds": "it is still bound by every obligation",
        "fails": "under the reading chosen it is not bound by the treaty's obligations",
        "unknown": "whether it is bound depends on facts not given",
    }[bound(history, today).value]
    value = history.ctx.consultation.consulted.get("suspension_claim")
    reading = "" if value is None else f" (suspension_claim = {value})"
    return [
        f"  claimed suspension of {c.claimed}, no status change; on {today} {said}{reading}"
        for c in history.suspensions
        if c.claimed <= today
    ]


def _marks(book: Records, state: str) -> tuple[str, ...]:
    found = book.record(state)
    return () if found is None else found.unverified


def _withdrawn(book: Records) -> tuple[str, ...]:
    """The States whose record holds a withdrawal or an unsigning notice."""
    kinds = {"withdrawal", "unsigning"}
    return tuple(
        s
        for s in book.states
        if any(x.event.kind in kinds for x in book.record(s).later)  # type: ignore[union-attr]
    )


def _timeline_text(book: Records, states: Sequence[str], fmt: str) -> str:
    from .states import state_name

    lanes = [(s, book.scenario(s), book.timeline(s)) for s in states]
    steps = book.party_count()
    if fmt == "json":
        return json.dumps(
            {
                "treaty": book.treaty.id,
                "states": [
                    {
                        "state": code,
                        "name": state_name(code),
                        "intervals": [i.model_dump(mode="json") for i in intervals],
                        "unverified": list(_marks(book, code)),
                    }
                    for code, _, intervals in lanes
                ],
                "party_count": [s.model_dump(mode="json") for s in steps],
            },
            indent=2,
        )
    lines: list[str] = []
    for code, _, intervals in lanes:
        name = state_name(code)
        marks = ", ".join(_marks(book, code))
        marks = f"  [UNVERIFIED: {marks}]" if marks else ""
        lines.append((f"{name} ({code})" if name else code) + marks)
        for i in intervals:
            since = "" if i.start is None else f"from {i.start}"
            until = "" if i.end is None else f"until {i.end}"
            lines.append(f"  {i.status.replace('_', ' '):<20} {since:<16}{until}".rstrip())
        lines += _claims(book, code)
        lines.append("")
    last = steps[-1] if steps else None
    if last is not None:
        lines.append(
            f"States Parties among the {len(book.states)} States with a record: {last.count}"
            f" since {last.start} ({len(steps)} changes since {steps[0].start})"
        )
    return "\n".join(lines)


def _cmd_serve(args: argparse.Namespace) -> str:
    try:
        from .service import server
        from .service.app import Settings
    except ImportError:
        raise InputError("serve", f"the server needs its extra: {install_hint('serve')}") from None
    # Each worker reads its settings from the environment: a bad one is refused here, once,
    # rather than by a traceback in every worker.
    flags = (
        {} if args.read_timeout is None else {"TREATYRULES_READ_TIMEOUT": str(args.read_timeout)}
    )
    Settings.from_environment({**os.environ, **flags})
    server.serve(
        args.host, args.port, args.workers, args.cors_origin, read_timeout=args.read_timeout
    )
    return "treatyrules serve: stopped"


def _seconds(text: str) -> float:
    """A positive, finite number of seconds (an argparse type)."""
    value = positive_number(text)
    if value is None:
        raise argparse.ArgumentTypeError(f"expected a positive number of seconds, got {text!r}")
    return value


def _add_serve(sub: Any) -> None:
    sv = sub.add_parser("serve", help="the HTTP API and the web page (the serve extra)")
    sv.add_argument("--host", default="127.0.0.1", help="address to bind (default: 127.0.0.1)")
    sv.add_argument("--port", type=int, default=8000, help="port (default: 8000)")
    sv.add_argument("--workers", type=int, default=1, help="worker processes (default: 1)")
    sv.add_argument(
        "--cors-origin",
        metavar="ORIGIN",
        action="append",
        default=[],
        help="let pages from ORIGIN call the API (repeatable; default: CORS off)",
    )
    sv.add_argument(
        "--read-timeout",
        metavar="SECONDS",
        type=_seconds,
        default=None,
        help="seconds a request's headers, then its body, may take to arrive before the"
        " client is cut off (default: TREATYRULES_READ_TIMEOUT, else 30)",
    )
    sv.set_defaults(run=_cmd_serve)


def _cmd_test(args: argparse.Namespace) -> str:
    from .cases import CaseFileError, find_files, load, without_yaml

    files = find_files(args.paths)
    if not files:
        raise InputError(
            "PATH", f"no case files (*.case.json, *.case.yaml) in {' '.join(args.paths)}"
        )
    problems: list[tuple[str, str]] = []
    results = []
    unread = without_yaml(files)
    if unread is not None:
        problems += unread.problems
        files = [f for f in files if f.name.endswith(".json")]
    for path in files:
        try:
            cases = load(path)
        except CaseFileError as exc:
            problems += exc.problems
            continue
        for case in cases:
            try:
                results.append((path, case, case.run()))
            except InputError as exc:
                problems += [(f"{path}: {case.name}: {p}".rstrip(": "), m) for p, m in exc.problems]
    if problems:
        raise InputError(problems[0][0], problems[0][1], problems=tuple(problems))
    failed = sum(1 for *_, d in results if d)
    if args.format == "json":
        report = json.dumps(
            [
                {
                    "file": str(path),
                    "name": case.name,
                    "passed": not differences,
                    "differences": [d.as_json() for d in differences],
                }
                for path, case, differences in results
            ],
            indent=2,
        )
    else:
        lines = []
        for path, case, differences in results:
            lines.append(f"{'FAIL' if differences else 'PASS'}  {path}  {case.name}")
            lines += [f"      {d}" for d in differences]
        lines.append(f"{len(results)} cases: {len(results) - failed} passed, {failed} failed")
        report = "\n".join(lines)
    if failed:
        sys.stdout.write(report + "\n")
        raise SystemExit(3)  # a case fails: the verdicts are reported, and the code says so
    return report


def _add_test(sub: Any) -> None:
    te = sub.add_parser("test", help="run case files: scenarios with the verdicts expected")
    te.add_argument("paths", nargs="+", metavar="PATH", help="case files, or directories of them")
    te.add_argument("--format", choices=("text", "json"), default="text")
    te.set_defaults(run=_cmd_test)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=PROG,
        description="A treaty's clauses as executable, explained rules.",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    parser.add_argument("--debug", action="store_true", help="show tracebacks of internal errors")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    ev = sub.add_parser("evaluate", help="a State's position under a treaty, with the reasons")
    ev.add_argument(
        "file",
        metavar="FILE|-",
        nargs="?",
        help="a Scenario JSON v1 file, or - for stdin (with --batch, stdin if omitted)",
    )
    ev.add_argument("--as-of", metavar="DATE", help="the assessment date (YYYY-MM-DD)")
    ev.add_argument(
        "--format", choices=FORMATS, help="the output (default: text; json with --batch)"
    )
    ev.add_argument(
        "--batch",
        action="store_true",
        help="JSON Lines: a scenario per line in, its verdict (or an error record) per line out,"
        " in order; exit 2 at the end if any line was refused",
    )
    ev.add_argument(
        "--interpret",
        metavar="KEY=VALUE",
        action="append",
        default=[],
        help="choose an option for a contested point (repeatable)",
    )
    ev.set_defaults(run=_cmd_evaluate)

    ru = sub.add_parser("rules", help="the treaties known, their rules, interpretation points")
    ru.add_argument("--treaty", metavar="ID", help="list this treaty's rules")
    ru.add_argument("--interpretations", action="store_true", help="list interpretation points")
    ru.add_argument(
        "--exceptions",
        action="store_true",
        help="each treaty's tree of exceptions: the rules, and the exceptions that defeat them",
    )
    ru.add_argument("--format", choices=("text", "json"), default="text")
    ru.set_defaults(run=_cmd_rules)

    st = sub.add_parser(
        "status", help="the status of every State with a record (or of those named) on a date"
    )
    st.add_argument(
        "states", nargs="*", metavar="STATE", help="State codes or names (default: all)"
    )
    st.add_argument(
        "--on",
        metavar="DATE",
        action="append",
        default=[],
        help="the date to read (YYYY-MM-DD; default: today); repeat it for several dates",
    )
    st.add_argument(
        "--interpret", metavar="KEY=VALUE", action="append", default=[], help="a contested reading"
    )
    st.add_argument("--format", choices=TABLE_FORMATS, default="text")
    st.add_argument("--treaty", metavar="ID", default="APMBC", help="APMBC (default), ICC, CCM")
    st.add_argument(
        "--compliance", action="store_true", help="add the Art. 4 and Art. 5 positions (APMBC)"
    )
    st.set_defaults(run=_cmd_status)

    co = sub.add_parser(
        "compliance", help="each State's Art. 4 and Art. 5 positions on a date (APMBC)"
    )
    co.add_argument(
        "states", nargs="*", metavar="STATE", help="State codes or names (default: all)"
    )
    co.add_argument("--on", metavar="DATE", help="the date to read (YYYY-MM-DD; default: today)")
    co.add_argument("--article", choices=("4", "5"), help="only this article")
    co.add_argument(
        "--interpret", metavar="KEY=VALUE", action="append", default=[], help="a contested reading"
    )
    co.add_argument("--format", choices=TABLE_FORMATS, default="text")
    co.set_defaults(run=_cmd_compliance)

    rc = sub.add_parser("record", help="a bundled record as a Scenario JSON file")
    rc.add_argument("state", metavar="STATE", help="a State code or name")
    rc.add_argument("--treaty", metavar="ID", default="APMBC", help="APMBC (default), ICC, CCM")
    rc.set_defaults(run=_cmd_record)

    tl = sub.add_parser("timeline", help="each State's statuses over time, and the party count")
    tl.add_argument(
        "states",
        nargs="*",
        metavar="STATE",
        help="State codes or names (default: the States whose record holds a withdrawal; for"
        f" the APMBC {' '.join(TIMELINE_STATES)})",
    )
    tl.add_argument("--svg", metavar="FILE", help="draw it as SVG into FILE (- for stdout)")
    tl.add_argument(
        "--from", dest="start", metavar="DATE", help="the drawing (--svg) starts on DATE"
    )
    tl.add_argument("--to", dest="end", metavar="DATE", help="the drawing (--svg) ends on DATE")
    tl.add_argument("--format", choices=("text", "json"), default="text")
    tl.add_argument(
        "--interpret", metavar="KEY=VALUE", action="append", default=[], help="a contested reading"
    )
    tl.add_argument("--treaty", metavar="ID", default="APMBC", help="APMBC (default), ICC, CCM")
    tl.set_defaults(run=_cmd_timeline)

    se = sub.add_parser("sensitivity", help="which contested readings change the outcome")
    se.add_argument("file", metavar="FILE|-", help="a Scenario JSON v1 file, or - for stdin")
    se.add_argument("--as-of", metavar="DATE", help="the assessment date (YYYY-MM-DD)")
    se.add_argument("--format", choices=("text", "json"), default="text")
    se.set_defaults(run=_cmd_sensitivity)

    wi = sub.add_parser(
        "what-if", help="what if a conflict ends; the earliest effect; what flips it"
    )
    wi.add_argument("file", metavar="FILE|-", help="a Scenario JSON v1 file, or - for stdin")
    question = wi.add_mutually_exclusive_group(required=True)
    question.add_argument(
        "--conflict-ends", metavar="NAME=DATE", help="if this conflict ends on DATE"
    )
    question.add_argument("--earliest", action="store_true", help="the earliest possible effect")
    question.add_argument("--flips", action="store_true", help="single facts that flip the verdict")
    wi.add_argument("--as-of", metavar="DATE", help="the assessment date (YYYY-MM-DD)")
    wi.add_argument("--format", choices=("text", "json"), default="text")
    wi.add_argument("--interpret", metavar="KEY=VALUE", action="append", default=[])
    wi.set_defaults(run=_cmd_what_if)

    sc = sub.add_parser("schema", help="the JSON Schema of the scenario or the verdict")
    sc.add_argument("which", choices=("scenario", "verdict"))
    sc.set_defaults(run=_cmd_schema)
    _add_serve(sub)
    _add_test(sub)
    cp = sub.add_parser("completion", help="a shell completion script (bash, zsh or tcsh)")
    cp.add_argument("shell", choices=("bash", "zsh", "tcsh"))
    cp.set_defaults(run=_cmd_completion)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    run: Callable[[argparse.Namespace], str | int] = args.run
    try:
        output = run(args)
    except InputError as exc:
        if getattr(args, "format", None) == "json":  # a tool that asked for JSON reads JSON
            problems = [{"field": field, "message": message} for field, message in exc.problems]
            print(json.dumps({"error": "input", "problems": problems}), file=sys.stderr)
            return 2
        for line in str(exc).splitlines():
            print(f"{PROG}: error: {line}", file=sys.stderr)
        return 2
    except Exception as exc:  # the boundary: never a traceback unless asked
        if args.debug:
            raise
        message = excerpt(f"{type(exc).__name__}: {exc}".splitlines()[0])
        text = (
            f"internal error: {message}. This is a bug: please report it, with the input and"
            " the output of --debug."
        )
        if getattr(args, "format", None) == "json":
            print(json.dumps({"error": "internal", "message": text}), file=sys.stderr)
        else:
            print(f"{PROG}: {text}", file=sys.stderr)
        return 1
    if isinstance(output, int):  # a command that streams wrote its output itself
        return output
    return _write(output if output.endswith("\n") else output + "\n")


EXIT_OUTPUT = 74
"""The exit code when the output cannot be written (a full disk, an encoding that cannot
hold it); a reader that closes the pipe early (``| head``) ends the command quietly, 0."""


def _write(text: str) -> int:
    """Write the output; a failure to write ends with one line and no traceback."""
    return _written(text) or 0


def _written(text: str) -> int | None:
    """Write ``text`` and flush it: None if written, else the exit code (0 when the reader
    closed the pipe, reported as nothing)."""
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except BrokenPipeError:
        _discard_stdout()  # the reader has what it wanted: nothing to report
        return 0
    except UnicodeEncodeError:
        _discard_stdout()
        encoding = getattr(sys.stdout, "encoding", None) or "unknown"
        print(
            f"{PROG}: error: the output cannot be written in the encoding {encoding}; set"
            " PYTHONIOENCODING=utf-8 or use --format json",
            file=sys.stderr,
        )
        return EXIT_OUTPUT
    except OSError as exc:
        _discard_stdout()
        print(f"{PROG}: error: cannot write the output: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_OUTPUT
    return None


def _discard_stdout() -> None:
    """Point standard output at the null device, so the interpreter's last flush of what
    could not be written raises nothing at exit."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):  # no real descriptor (a test's capture)
        pass


def entry() -> None:  # pragma: no cover - the console script
    sys.exit(main())


if __name__ == "__main__":  # pragma: no cover
    entry()
