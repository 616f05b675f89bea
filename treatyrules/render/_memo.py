"""What both prose renderings say, in the order a legal memo says it."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from .. import treaties
from ..clauses.words import Words
from ..core.citation import cite
from ..core.errors import TreatyRulesError
from ..core.interpretation import get_point
from ..core.verdict import Finding, Verdict

__all__ = ["dates", "interpretations", "numbered", "outcome_label", "status_label", "title"]


def _words(v: Verdict) -> Words | None:
    """The words of the verdict's treaty (None for one no longer registered)."""
    try:
        return treaties.get(v.treaty).words
    except TreatyRulesError:
        return None


def status_label(v: Verdict) -> str:
    """The status in the treaty's words: a Geneva Convention's is a *denunciation* pending."""
    label = v.status.replace("_", " ")
    w = _words(v)
    if w is not None and v.status.startswith("withdrawal_"):
        label = label.replace("withdrawal", w.term)
    return label


def title(v: Verdict) -> str:
    who = f"{v.name} ({v.state})" if v.name else v.state
    if v.state.startswith("X") and v.name is None:  # XAA-XZZ: the contract's hypothetical codes
        who += " (a hypothetical State)"
    return f"{who} under the {v.treaty}, position on {v.as_of}"


def note(v: Verdict) -> str | None:
    """The scenario's own description, shown before anything the library concludes."""
    return None if v.note is None else f"Scenario note: {v.note}"


def dates(v: Verdict) -> list[tuple[str, date | str]]:
    """The relevant dates, in the order they happen."""
    rows: list[tuple[str, date | str]] = []
    if v.entry_into_force is not None:
        rows.append(("Entry into force for the State", v.entry_into_force))
    w = v.withdrawal
    if w is not None:
        # Received by the Depositary, or by the parties for a treaty without one (the NPT).
        words = _words(v)
        term = "withdrawal" if words is None else words.term
        instrument = f"instrument of {term}" if words is None else words.instrument
        if w.protocol is not None:
            # By its name ("Amended Protocol II"), not its id ("Protocol APII").
            annexed = (
                f"annexed instrument {w.protocol}" if words is None else words.annexed(w.protocol)
            )
            term = f"{term} of {annexed}"
            instrument = f"{instrument} of {annexed}"
        what = term[:1].upper() + term[1:]
        rows.append((f"{instrument[:1].upper()}{instrument[1:]} received", w.received))
        if w.notice_expires is not None:
            rows.append(("Notice period expires", w.notice_expires))
        if w.revoked_on is not None:
            rows.append(("Instrument revoked", w.revoked_on))
        held = w.annex_bound or w.annex_may_bind
        annex = (
            ""
            if held is None
            else f"annexed instrument {held.protocol}"
            if words is None
            else words.annexed(held.protocol)
        )
        # An annex the withdrawal covers that binds the State longer is no part of that day;
        # "perhaps not" where it may be released with the rest (its own day not given).
        sure = w.annex_bound is not None and (
            w.annex_bound.until is not None
            or w.effective_date is None
            or (w.annex_bound.at_least or w.effective_date) > w.effective_date
        )
        takes = f"{what} takes effect" + (
            ""
            if held is None
            else f", but for {annex}"
            if sure
            else f", but perhaps not for {annex}"
        )
        if w.effective_date is not None:
            rows.append((takes, w.effective_date))
        elif w.outcome in ("pending", "deferred", "indeterminate"):
            rows.append((takes, "no date yet"))
        elif w.outcome == "effective":  # on one of several days, as facts not given decide
            rows.append((takes, "as the Condition gives"))
        if held is not None:
            binds = "binds" if held is w.annex_bound else "may bind"
            floor = held.at_least
            rows.append(
                (
                    f"{annex[:1].upper()}{annex[1:]} {binds} until",
                    held.until or (f"{floor} or later" if floor else "no date given"),
                )
            )
        if w.condition:
            rows.append(("Condition", w.condition))
    return rows


def outcome_label(f: Finding, treaty: str) -> str:
    label = f.outcome.value.replace("_", " ")
    if f.severity == "warning":
        label += ", warning"
    if f.defeated_by is not None:
        label += f", defeated by {cite(treaty, f.defeated_by)}"
    return label


def numbered(findings: tuple[Finding, ...], prefix: str = "") -> Iterator[tuple[str, int, Finding]]:
    """Findings depth-first with their numbers: ``("2.3", depth, finding)``."""
    for i, f in enumerate(findings, 1):
        number = f"{prefix}{i}"
        yield number, number.count("."), f
        yield from numbered(f.children, number + ".")


def interpretations(v: Verdict) -> list[tuple[str, str, str]]:
    """``(key, option, what it means)`` for every point consulted."""
    rows = []
    for key, value in sorted(v.interpretations.items()):
        point = get_point(key)
        rows.append((key, str(value), point.describe(value)))
    return rows
