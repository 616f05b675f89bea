"""Hypothesis strategies for treaty scenarios (Hypothesis is imported only here).

Scenarios are built in a legally possible order -- perhaps a signature, then a
deposit (or none: a non-party), perhaps a withdrawal (received after entry into
force, or before it), perhaps a revocation, perhaps a claimed suspension and
other States' objections to it -- and shrink towards the smallest situation:
one deposit, fewer events, fewer conflicts, earlier dates.

Install the extra first: ``pip install 'treatyrules[hypothesis]'``.

>>> from hypothesis import given
>>> @given(scenarios(withdrawal=True))
... def test_a_withdrawal_never_takes_effect_before_its_notice_expires(s):
...     v = evaluate(s)
...     w = v.withdrawal
...     assert w is None or w.effective_date is None or w.effective_date >= w.notice_expires
>>> test_a_withdrawal_never_takes_effect_before_its_notice_expires()
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from .extras import install_hint

try:
    from hypothesis import assume
    from hypothesis import strategies as st
except ImportError as exc:  # pragma: no cover - exercised in a subprocess without Hypothesis
    raise ImportError(
        f"treatyrules.strategies needs Hypothesis: {install_hint('hypothesis')}",
        name=exc.name,
    ) from exc

from .api import evaluate
from .core.calendar import months_after
from .scenario import ACT_KINDS, Scenario
from .states import state_codes

__all__ = [
    "acts",
    "conflicts",
    "dates",
    "devices",
    "evaluate",
    "hypothetical_states",
    "objections",
    "scenarios",
    "states",
]


ERA_START = date(1997, 12, 3)
ERA_END = date(2045, 12, 31)


def dates(
    min_value: date | None = None, max_value: date | None = None, *, treaty: str | None = None
) -> st.SearchStrategy[date]:
    """Days in a treaty's era (from its opening for signature), or between the bounds given;
    shrinks towards the earliest.

    >>> from hypothesis import given
    >>> @given(dates(treaty="CCM"))
    ... def test_in_the_era_of_the_cluster_munitions_convention(d):
    ...     assert d >= date(2008, 12, 3)
    >>> test_in_the_era_of_the_cluster_munitions_convention()
    """
    first, last = _era(treaty) if treaty is not None else (ERA_START, ERA_END)
    return st.dates(min_value=min_value or first, max_value=max_value or last)


def hypothetical_states() -> st.SearchStrategy[str]:
    """User-assigned codes XAA-XZZ, for States that do not exist."""
    letters = st.sampled_from("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    return st.builds(lambda a, b: f"X{a}{b}", letters, letters)


def states() -> st.SearchStrategy[str]:
    """ISO 3166-1 alpha-3 codes and hypothetical ones."""
    return st.one_of(hypothetical_states(), st.sampled_from(sorted(state_codes())))


@st.composite
def conflicts(
    draw: st.DrawFn, state: str, *, around: date | None = None, involving: bool | None = None
) -> dict[str, Any]:
    """One armed conflict as a Scenario JSON v1 dict, near ``around``."""
    anchor = around or draw(dates())
    start = anchor + timedelta(days=draw(st.integers(-4 * 365, 2 * 365)))
    end = draw(st.none() | st.integers(1, 5 * 365).map(lambda n: start + timedelta(days=n)))
    involved = draw(st.booleans()) if involving is None else involving
    parties = [state, "XZZ"] if involved else ["XZY", "XZZ"]
    return {
        "name": f"conflict from {start}",
        "parties": parties,
        "kind": draw(st.sampled_from(["international", "non_international"])),
        "start": start.isoformat(),
        "end": None if end is None else end.isoformat(),
    }


def devices() -> st.SearchStrategy[dict[str, Any] | None]:
    """A device description (or None: unknown), shrinking towards a person-triggered mine."""
    return st.none() | st.fixed_dictionaries(
        {
            "triggered_by": st.sampled_from(
                ["person", "vehicle", "person_or_vehicle", "command", "unknown"]
            )
        },
        optional={
            "anti_handling_device": st.none() | st.booleans(),
            "self_destructing": st.none() | st.booleans(),
        },
    )


@st.composite
def acts(draw: st.DrawFn, *, around: date | None = None) -> dict[str, Any]:
    """One act as a Scenario JSON v1 dict, near ``around``."""
    anchor = around or draw(dates())
    day = anchor + timedelta(days=draw(st.integers(-4 * 365, 6 * 365)))
    act: dict[str, Any] = {
        "kind": draw(st.sampled_from(ACT_KINDS)),
        "date": day.isoformat(),
        "device": draw(devices()),
    }
    purpose = draw(st.none() | st.sampled_from(["development", "training", "destruction"]))
    if purpose is not None:
        act["purpose"] = purpose
        act["quantity"] = draw(st.none() | st.integers(0, 10_000))
    return act


def _era(treaty: str) -> tuple[date, date]:
    """The window of dates in which instruments of ``treaty`` can be deposited."""
    from .treaties import get

    t = get(treaty)
    opens = t.signature.opens if t.signature is not None else None
    general = t.general_eif.in_force
    start = opens or (general - timedelta(days=365) if general else ERA_START)
    return start, date(2035, 12, 31)


@st.composite
def objections(draw: st.DrawFn, state: str, *, claimed: date) -> dict[str, Any]:
    """Another State's objection to ``state``'s claimed suspension of ``claimed`` (its date
    unknown, or on or after the claim)."""
    by = draw(st.sampled_from(sorted(state_codes() - {state})))
    day = draw(st.none() | st.integers(0, 2 * 365).map(lambda n: claimed + timedelta(days=n)))
    return {
        "kind": "objection",
        "date": None if day is None else day.isoformat(),
        "by": by,
        "to": "suspension_claim",
    }


def _notice_expires(t: Any, received: date) -> date:
    period = t.withdrawal.period
    return (
        received + timedelta(days=period.days)
        if period.days
        else months_after(received, period.months)
    )


@st.composite
def scenarios(
    draw: st.DrawFn,
    *,
    treaty: str = "APMBC",
    state: str | None = None,
    joined: bool | None = None,
    withdrawal: bool | None = None,
    before_entry_into_force: bool | None = None,
    revoked: bool | None = None,
    engaged_at_expiry: bool | None = None,
    suspension: bool | None = None,
    max_conflicts: int = 3,
    max_acts: int = 0,
) -> Scenario:
    """A valid scenario under ``treaty``. Keyword arguments force a feature on or off.

    ``joined=False`` gives a non-party: no instrument of consent, perhaps a signature
    (and perhaps its unsigning). ``before_entry_into_force=True`` has the instrument of
    withdrawal received after the deposit but before the treaty entered into force for
    the State (implies ``withdrawal=True``; it needs a treaty whose entry into force
    follows the deposit). ``engaged_at_expiry=True`` adds a conflict the State is party
    to on the day its notice of withdrawal expires (and implies ``withdrawal=True``);
    ``revoked=True`` adds a revocation. ``suspension=True`` adds a claimed suspension
    and other States' objections to it. Any feature forced on implies ``joined``. The
    scenario shrinks towards a single early deposit.

    >>> from hypothesis import given
    >>> @given(scenarios(joined=False))
    ... def test_a_state_that_never_consented_is_never_a_party(s):
    ...     assert evaluate(s).status in ("non_party", "signatory")
    >>> test_a_state_that_never_consented_is_never_a_party()
    """
    from .treaties import get

    t = get(treaty)
    code = state or draw(hypothetical_states())
    if engaged_at_expiry or revoked or before_entry_into_force:
        withdrawal = True
    forced = [n for n, v in (("withdrawal", withdrawal), ("suspension", suspension)) if v]
    if joined is False and forced:
        raise ValueError(f"joined=False excludes {' and '.join(forced)}=True")
    if joined is None:
        joined = bool(forced) or not draw(st.booleans())  # shrinks towards a party
    first, last = _era(treaty)
    events: list[dict[str, Any]] = []
    deposit = draw(dates(min_value=first, max_value=last))
    signature = t.signature
    closes = None if signature is None else signature.closes_before
    can_sign = signature is not None and (closes is None or signature.opens < closes)
    if can_sign and (not joined or draw(st.booleans())):
        assert signature is not None
        latest = min(deposit, (closes or date.max) - timedelta(days=1))
        if latest >= signature.opens:
            sign = draw(dates(min_value=signature.opens, max_value=latest))
            events.append({"kind": "signature", "date": sign.isoformat()})
            if joined:
                events.append({"kind": "ratification", "date": deposit.isoformat()})
            elif draw(st.booleans()):
                unsigned = max(deposit, sign + timedelta(days=1))
                events.append({"kind": "unsigning", "date": unsigned.isoformat()})
    if joined and not events:
        events.append({"kind": "accession", "date": deposit.isoformat()})
    eif = t.eif.date_for(deposit) if joined else None
    has_withdrawal = joined and (draw(st.booleans()) if withdrawal is None else withdrawal)
    anchor = deposit
    found_conflicts: list[dict[str, Any]] = []
    if has_withdrawal:
        early = _early_withdrawal(draw, deposit, eif, before_entry_into_force)
        if early is not None:
            received = early
        else:
            since = eif or deposit
            received = draw(dates(min_value=since, max_value=since + timedelta(days=20 * 365)))
        anchor = received
        events.append(
            {
                "kind": "withdrawal",
                "date": received.isoformat(),
                "notified": draw(st.none() | st.just(list(t.withdrawal.notice.recipients))),
                "reasons_given": draw(st.none() | st.booleans()),
            }
        )
        if revoked or (revoked is None and draw(st.booleans())):
            revocation = received + timedelta(days=draw(st.integers(0, 3 * 365)))
            events.append({"kind": "revocation", "date": revocation.isoformat()})
        if engaged_at_expiry:
            expiry = _notice_expires(t, received)
            start = expiry - timedelta(days=draw(st.integers(0, 3 * 365)))
            length = draw(st.none() | st.integers((expiry - start).days + 1, 6 * 365))
            found_conflicts.append(
                {
                    "name": "the conflict at expiry",
                    "parties": [code, "XZZ"],
                    "kind": "international",
                    "start": start.isoformat(),
                    "end": None if length is None else (start + timedelta(days=length)).isoformat(),
                }
            )
    if joined and (draw(st.booleans()) if suspension is None else suspension):
        claimed = (eif or deposit) + timedelta(days=draw(st.integers(0, 20 * 365)))
        events.append(
            {
                "kind": "suspension_claim",
                "date": claimed.isoformat(),
                "ground": draw(st.none() | st.just("armed conflict")),
            }
        )
        events += draw(st.lists(objections(code, claimed=claimed), max_size=3))
    extra = draw(st.lists(conflicts(code, around=anchor), max_size=max_conflicts))
    for i, c in enumerate(extra):
        c["name"] = f"conflict {i + 1}"
    found_conflicts.extend(extra)
    as_of = anchor + timedelta(days=draw(st.integers(-3 * 365, 6 * 365)))
    return Scenario.model_validate(
        {
            "treaty": treaty,
            "state": code,
            "as_of": as_of.isoformat(),
            "events": events,
            "conflicts": found_conflicts,
            "acts": draw(st.lists(acts(around=anchor), max_size=max_acts)),
        }
    )


def _early_withdrawal(
    draw: st.DrawFn, deposit: date, eif: date | None, wanted: bool | None
) -> date | None:
    """A receipt after the deposit and before entry into force for the State, if one is
    drawn (or ``wanted``); None for a withdrawal received after entry into force."""
    if wanted is False:
        return None
    if eif is not None and eif <= deposit:  # in force on the deposit itself: no such window
        assume(not wanted)
        return None
    if wanted is None and not draw(st.booleans()):
        return None
    latest = deposit + timedelta(days=2 * 365) if eif is None else eif - timedelta(days=1)
    return draw(dates(min_value=deposit, max_value=latest))
