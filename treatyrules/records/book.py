"""A treaty's depositary records, read on any date: :class:`Records`.

Each State's history (:func:`~treatyrules.engine.build_history`) is built once,
on first use, and then read on as many dates as asked: the status of every State
on one date costs one history per State the first time and a status read after
that.

Hypothetical facts compose with the records: :meth:`Records.amend` returns new
records in which one State's scenario has extra events or armed conflicts; the
original records are unchanged.

>>> from treatyrules.records import bundled
>>> book = bundled()
>>> book.status("POL", on="2026-03-01").status
'withdrawn'
>>> war = {"name": "a war from 2026", "parties": ["POL", "XZZ"], "kind": "international",
...        "start": "2026-01-01"}
>>> book.amend("POL", conflicts=[war]).status("POL", on="2026-03-01").status
'withdrawal_deferred'
"""

from __future__ import annotations

import dataclasses
from bisect import bisect_right
from collections.abc import Iterable, Mapping
from datetime import date, timedelta
from typing import Any

from .. import days, treaties
from ..clauses.words import Words
from ..conclusion import conclude
from ..core.errors import InputError
from ..core.verdict import Status, Verdict, WithdrawalResult
from ..days import parse_date
from ..engine import History, build_history
from ..fields import STATE_ERROR
from ..limits import excerpt
from ..readings import Reading, rests_on
from ..scenario import Conflict, Event, Scenario
from ..states import is_state_code, state_name
from ..verdicts import decided, explain
from .compliance import RULES, ComplianceReport, annotate
from .compliance import report as compliance_report
from .model import Alternative, Record, extend
from .periods import STATES_PARTIES, Interval, Step, count_steps, intervals
from .report import LineFact, StateStatus, StatusReport, tally

__all__ = ["Records", "state_code"]


def _turning_days(*histories: History) -> list[date]:
    """Every day on which a reading of ``histories`` on a day may turn, sorted: each date
    their decisions hold (instruments, periods, effects, worlds, suspensions) or their facts
    give, and the day after it (a rule may test "after" as well as "on or after")."""
    found: set[date] = set()
    for history in histories:
        _dates(
            (
                history.signed,
                history.unsigned,
                history.episodes,
                history.withdrawals,
                history.suspensions,
                history.provisional,
            ),
            found,
        )
    _dates(histories[0].ctx.scenario.model_dump(), found)
    one = timedelta(days=1)
    return sorted(found | {d + one for d in found if d < date.max})


def _dates(value: object, into: set[date], depth: int = 0) -> None:
    """Collect the dates held in ``value``: dataclasses, mappings, lists and tuples, walked
    a few levels down (a case's worlds and their waits)."""
    if isinstance(value, date):
        into.add(value)
    elif depth > 5 or value is None or isinstance(value, (str, int, float)):
        return
    elif isinstance(value, Mapping):
        for item in value.values():
            _dates(item, into, depth + 1)
    elif isinstance(value, (list, tuple)):
        for item in value:
            _dates(item, into, depth + 1)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for f in dataclasses.fields(value):
            _dates(getattr(value, f.name, None), into, depth + 1)


def state_code(value: object, field: str = "state") -> str:
    """``value`` if it is a State code; otherwise an InputError naming ``field``."""
    if isinstance(value, str) and is_state_code(value):
        return value
    raise InputError(field, f"{STATE_ERROR}, got {excerpt(value)}")


_FIELDS = {
    "deposit": "the deposit of its instrument of consent",
    "signature": "its signature",
    "kind": "the kind of its instrument",
    "succession_effective": "the day its succession took effect",
    "suspension_claim": "the receipt of its claimed suspension",
    "unsigning": "its notice of unsigning",
}
"""A record's fields in words (the record's own fields, not a treaty's)."""


def _gives(
    words: Words,
    alternative: Alternative,
    line: tuple[Status, date | None, WithdrawalResult | None],
) -> str:
    """What the line would read on another source's value, in a sentence."""
    status, _, withdrawal = line
    effect = ""
    if withdrawal is not None and withdrawal.effective_date is not None:
        effect = f", its {words.term} taking effect on {withdrawal.effective_date}"
    what = _FIELDS.get(alternative.field, f"the receipt of its {words.instrument}")
    basis = "another reading gives" if alternative.basis == "legal_reading" else "a source gives"
    uses = (
        "the record has none"
        if alternative.recorded is None
        else f"the record uses {alternative.recorded}"
    )
    # The source's own note says whose value it is (a State's claim against the Depositary's).
    note = alternative.note.rstrip(".")
    return (
        f"For {what} {basis} {alternative.alternative}, where {uses}: on that value it would be"
        f" {status.replace('_', ' ')}{effect}. The sources on it: {note}."
    )


def _stated(
    reported: date | None, shown: WithdrawalResult | None, inferred: bool, day: date
) -> tuple[str, bool]:
    """What a line's note says of the day of effect the record's sources state, beside the
    rules' day, and whether that alone calls for a note (the two days differ).

    ``inferred``: the receipt the rules count from may be worked back from that day (the
    record marks it UNVERIFIED), so their agreement is no check and is not said. Read before
    that day (``day``), the sources may be later than the reading: that is said.
    """
    if reported is None or shown is None or shown.outcome in ("revoked", "not_applicable"):
        return "", False
    effective = shown.effective_date
    if effective is None or shown.outcome == "indeterminate":
        return (
            f"The record's sources state {reported} as the day of effect; on the facts and the"
            " readings applied, the rules do not fix it.",
            False,
        )
    if reported != effective:
        return (
            f"The record's sources state {reported} as the day of effect, where the rules give"
            f" {effective}: the facts may be incomplete, or the sources or a reading applied"
            " mistaken.",
            True,
        )
    if inferred:
        return "", False
    if day < reported:
        return (
            f"The record's sources, which may be later than {day}, state the same day of effect.",
            False,
        )
    return "The record's sources state the same day of effect.", False


def _day(on: date | str | None) -> date:
    return days.today() if on is None else parse_date(on, "on")


class Records:
    """The depositary records of one treaty, with a history per State built on demand.

    ``records``: one :class:`~treatyrules.records.model.Record` per State.
    ``interpretation``: options for contested points, as for
    :func:`treatyrules.evaluate`. Every reading defaults to today (UTC).
    """

    def __init__(
        self,
        records: Iterable[Record],
        *,
        treaty: str = "APMBC",
        interpretation: Mapping[str, object] | None = None,
        amended: Mapping[str, Scenario] | None = None,
    ) -> None:
        self.treaty = treaties.get(treaty)
        self._choices = self.treaty.resolve(interpretation)  # refuses a bad one first
        self.interpretation = dict(interpretation or {})
        self._records = {r.state: r for r in records}
        self._amended = dict(amended or {})
        self._histories: dict[str, History] = {}
        self._others: dict[str, tuple[tuple[Alternative, History], ...]] = {}
        # The usual line (no withdrawal, nothing contested or disputed, no note) is the same
        # on every day its status and entry into force are: built once, then shared.
        self._plain: dict[tuple[str, Status, date | None], StateStatus] = {}
        # The States whose every line is such a usual line, on any day (see _is_quiet).
        self._quiet: dict[str, bool] = {}
        # The contested readings of a State's line, by the span of days they cannot change in.
        self._spans: dict[str, tuple[list[date], dict[int, tuple[Reading, ...]]]] = {}
        # Read for every line of every report: derived from the records once.
        self._unverified = {
            r.state: (r.unverified, r.unverified_notes)
            for r in self._records.values()
            if r.unverified
        }

    def __repr__(self) -> str:
        extra = f", {len(self._amended)} amended" if self._amended else ""
        return f"<Records {self.treaty.id}: {len(self._records)} States{extra}>"

    @property
    def states(self) -> tuple[str, ...]:
        """Every State with a record (in the records' order), then any other amended one."""
        return (*self._records, *(s for s in self._amended if s not in self._records))

    def record(self, state: str) -> Record | None:
        """The State's record, or None if it never deposited an instrument."""
        return self._records.get(state_code(state))

    def scenario(self, state: str) -> Scenario:
        """The State's scenario: its record's, as amended; an empty one without a record.

        A State without a record has no instrument on file: in the closed world of
        instruments, it never signed or joined, so it is a non-party.
        """
        code = state_code(state)
        amended = self._amended.get(code)
        if amended is not None:
            return amended
        record = self._records.get(code)
        if record is None:
            return Scenario.model_validate({"treaty": self.treaty.id, "state": code})
        return record.scenario()

    def history(self, state: str) -> History:
        """The engine's history of the State (built once per State and kept)."""
        return self._history(state_code(state))

    def _history(self, code: str) -> History:
        """:meth:`history` of a code already checked (the readings of many States)."""
        found = self._histories.get(code)
        if found is None:
            found = build_history(self.treaty, self.scenario(code), self._choices)
            self._histories[code] = found
        return found

    def _alternatives(self, code: str) -> tuple[tuple[Alternative, History], ...]:
        """The State's history under each other value a source gives for its record (a
        disputed receipt date), built once; none for an amended State or a mark with no other
        value to use."""
        found = self._others.get(code)
        if found is None:
            record = self._records.get(code)
            usable = []
            if record is not None and code not in self._amended:
                for alternative in record.alternatives:
                    try:
                        other = record.with_alternative(alternative)
                    except ValueError:  # a mark with no other value, or a compliance value
                        continue
                    history = build_history(self.treaty, other.scenario(), self._choices)
                    usable.append((alternative, history))
            found = self._others[code] = tuple(usable)
        return found

    def _is_quiet(self, code: str, history: History) -> bool:
        """Whether every line of the State is a usual one, whatever the day: no instrument
        of withdrawal, no claimed suspension, no other source's value and no contested point
        read that could have gone another way. Its line then turns on its status and entry
        into force alone (most States: one consent, nothing else on record)."""
        found = self._quiet.get(code)
        if found is None:
            consultation = history.ctx.consultation
            found = self._quiet[code] = not (
                history.withdrawals
                or history.suspensions
                or self._alternatives(code)
                or not consultation.mattered.isdisjoint(consultation.consulted)
            )
        return found

    def status(self, state: str, on: date | str | None = None) -> Verdict:
        """The State's verdict on ``on``: the same as :func:`treatyrules.evaluate` on
        :meth:`scenario` with ``as_of=on``, with the record's compliance data on its
        deadline rows (:func:`~treatyrules.records.compliance.annotate`)."""
        day = _day(on)
        return annotate(
            explain(self.history(state), day),
            self._records.get(state_code(state)),
            day,
            late_find=str(self._choices.get("late_find", "")) or None,
        )

    def counts(
        self, on: date | str | None = None, states: Iterable[str] | None = None
    ) -> dict[str, int]:
        """How many of ``states`` (default: all) have each status on ``on``, and
        ``states_parties`` = party + withdrawal_pending + withdrawal_deferred."""
        day = _day(on)
        return tally(self._history(s).status_on(day) for s in self._chosen(states))

    def states_parties(self, on: date | str | None = None) -> tuple[str, ...]:
        """The States bound on ``on`` (party, withdrawal pending or deferred), in order."""
        day = _day(on)
        return tuple(s for s in self.states if self._history(s).status_on(day) in STATES_PARTIES)

    def timeline(self, state: str) -> tuple[Interval, ...]:
        """The State's statuses as half-open intervals ``[start, end)``."""
        return intervals(self.history(state))

    def party_count(self, states: Iterable[str] | None = None) -> tuple[Step, ...]:
        """The number of States Parties among ``states`` (default: all) over time."""
        return count_steps(self.timeline(s) for s in self._chosen(states))

    def report(
        self, on: date | str | None = None, states: Iterable[str] | None = None
    ) -> StatusReport:
        """The status of ``states`` (default: every State with a record) on ``on``, with counts."""
        day = _day(on)
        lines = []
        plains = self._plain
        for state in self._chosen(states):
            history = self._history(state)
            if self._is_quiet(state, history):
                # The same line as below, read with two lookups (no withdrawal to read).
                ep = history.episode_on(day)
                status = history.status_in(ep, day)
                eif = None if ep is None else ep.eif
                plain = plains.get((state, status, eif))
                if plain is None:
                    plain = self._plain_line(state, (status, eif, None))
                lines.append(plain)
                continue
            # A claimed suspension changes no column: the line carries the conclusion.
            claimed = bool(history.suspensions) and any(
                c.claimed <= day for c in history.suspensions
            )
            marks, said = self._unverified.get(state, ((), ()))
            # The columns are decisions: read them from the history, with no reasons built
            # (the verdict's status and dates are the same reads).
            line = decided(history, day)
            # A contested reading that would change a column is said, never hidden (the
            # usual line consulted none that could: no other history is built for it).
            readings = self._readings(state, history, day)
            # So is another source's value that would change its status (a disputed receipt
            # date on the day it decides); a disputed day that changes no status is in the
            # record (`treatyrules record`), not on every line.
            disputed = [
                (a, other)
                for a, h in self._alternatives(state)
                if (other := decided(h, day))[0] != line[0]
            ]
            if line[2] is None and not (claimed or readings or disputed):
                lines.append(plains.get((state, line[0], line[1])) or self._plain_line(state, line))
                continue
            # The day of effect the sources state checks the rules' own: a difference is said.
            reported = self._reported_effect(state, line[2])
            inferred = "withdrawal" in marks
            stated, differs = _stated(reported, line[2], inferred, day)
            note = None
            if claimed or readings or disputed or differs:
                note = conclude(
                    history,
                    day,
                    line[0],
                    history.episode_on(day),
                    history.withdrawal_on(day),
                    state_name(state),
                    readings=readings,
                    then=stated,
                )
                note += "".join(" " + _gives(self.treaty.words, a, other) for a, other in disputed)
            lines.append(
                StateStatus.at(
                    state,
                    line,
                    unverified=marks,
                    unverified_notes=said,
                    note=note,
                    rests_on=readings,
                    disputed=tuple(LineFact.of(a, other) for a, other in disputed),
                    reported_effect=reported,
                )
            )
        return StatusReport.of(self.treaty.id, day, lines)

    def _readings(self, code: str, history: History, day: date) -> tuple[Reading, ...]:
        """``rests_on(history, day, columns=True)``, kept for the span of days in which it
        cannot change: a line's readings compare answers that turn only on the days the
        decisions hold (see :func:`_turning_days`), so a table read on another day of the same
        span asks no history again."""
        kept = self._spans.get(code)
        if kept is None:
            found = rests_on(history, day, columns=True)  # builds the other readings' histories
            bounds = _turning_days(history, *history.alternatives.values())
            self._spans[code] = (bounds, {bisect_right(bounds, day): found})
            return found
        bounds, by_span = kept
        span = bisect_right(bounds, day)
        known = by_span.get(span)
        if known is None:
            known = by_span[span] = rests_on(history, day, columns=True)
        return known

    def _plain_line(
        self, state: str, line: tuple[Status, date | None, WithdrawalResult | None]
    ) -> StateStatus:
        """The State's usual line for its status and entry into force, built once and kept."""
        marks, said = self._unverified.get(state, ((), ()))
        plain = StateStatus.at(state, line, unverified=marks, unverified_notes=said)
        self._plain[(state, line[0], line[1])] = plain
        return plain

    def _reported_effect(self, state: str, withdrawal: WithdrawalResult | None) -> date | None:
        """The day of effect the sources give for the withdrawal a line shows, if any."""
        record = self._records.get(state)
        if withdrawal is None or record is None:
            return None
        later = record.later_at(withdrawal.event)
        return None if later is None else later.reported_effect

    def compliance(
        self,
        on: date | str | None = None,
        states: Iterable[str] | None = None,
        articles: Iterable[str] = ("4", "5"),
    ) -> ComplianceReport:
        """The Art. 4 and Art. 5 positions of ``states`` (default: every State with a record
        of them) on ``on``: the States in violation first, then the counts."""
        day = _day(on)
        articles = _articles(articles)
        chosen = (
            tuple(s for s in self._records if self._records[s].obligations)
            if states is None
            else self._chosen(states)
        )
        cutoffs = [o.as_of for r in self._records.values() for o in r.obligations]
        return compliance_report(
            (self.status(s, day) for s in chosen),
            day,
            treaty=self.treaty.id,
            records_as_of=max(cutoffs) if cutoffs else None,
            unverified={s: r.unverified for s, r in self._records.items() if r.unverified},
            articles=articles,
        )

    def amend(
        self,
        state: str,
        *,
        events: Iterable[Event | Mapping[str, Any]] = (),
        conflicts: Iterable[Conflict | Mapping[str, Any]] = (),
    ) -> Records:
        """New records in which ``state`` has these extra events and armed conflicts.

        Added facts are Scenario JSON v1 dicts (or models), appended after the
        State's own; an error names them by their place in these lists. A State
        without a record starts from no instrument at all.
        """
        code = state_code(state)
        scenario = extend(self.scenario(code), events=events, conflicts=conflicts)
        return Records(
            self._records.values(),
            treaty=self.treaty.id,
            interpretation=self.interpretation,
            amended={**self._amended, code: scenario},
        )

    def interpreted(self, interpretation: Mapping[str, object]) -> Records:
        """The same records read under other options for the contested points."""
        return Records(
            self._records.values(),
            treaty=self.treaty.id,
            interpretation=interpretation,
            amended=self._amended,
        )

    def _chosen(self, states: Iterable[str] | None) -> tuple[str, ...]:
        if states is None:
            return self.states
        return tuple(state_code(s, f"states[{i}]") for i, s in enumerate(_listed(states, "states")))


def _listed(values: object, field: str) -> Iterable[object]:
    """``values`` if it is a collection to iterate, not a string or a mapping."""
    if isinstance(values, str | bytes | Mapping) or not isinstance(values, Iterable):
        raise InputError(field, f"expected a list, got {type(values).__name__}")
    return values


def _articles(articles: object) -> tuple[str, ...]:
    chosen: list[str] = []
    for i, article in enumerate(_listed(articles, "articles")):
        if not isinstance(article, str) or article not in RULES:
            known = " or ".join(repr(a) for a in RULES)
            raise InputError(f"articles[{i}]", f"expected {known}, got {excerpt(article)}")
        chosen.append(article)
    return tuple(chosen)
