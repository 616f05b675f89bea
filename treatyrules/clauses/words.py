"""The words a treaty uses for its own institutions, declared by the treaty.

The clause blocks build their sentences from these, so that a memo under the Rome
Statute speaks of a *withdrawal* notified to the Secretary-General, one under
Geneva Convention III of a *denunciation* notified to the Swiss Federal Council,
and one under the NPT of notice given to the other Parties and the Security
Council, with no depositary counting the period. Nothing in this module is any
treaty's wording: each treaty module fills in a :class:`Words`.

>>> w = Words(short="the Treaty", term="denunciation", verb="denounce",
...           instrument="notification of denunciation", party="Party",
...           recipients={"depositary": "the Depositary"})
>>> w.recipient("depositary"), w.Term
('the Depositary', 'Denunciation')
>>> w.listed(("depositary",))
'the Depositary'
>>> w.the_conflicts(("A",)), w.the_conflicts(("A", "B"))
("the armed conflict 'A'", "the armed conflicts 'A' and 'B'")
>>> "the {conflict}{s}{names} end{verb_s}".format(conflict=w.conflict, **slots(("A", "B", "C")))
"the armed conflicts 'A', 'B' and 'C' end"
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

__all__ = ["Words", "joined", "quoted", "slots"]


def joined(items: Sequence[str], last: str = "and") -> str:
    """Items in a sentence: "A", "A and B", "A, B and C" (``last="or"``: "A or B")."""
    if len(items) < 2:
        return "".join(items)
    return ", ".join(items[:-1]) + f" {last} " + items[-1]


def quoted(names: Sequence[str], last: str = "and") -> str:
    """Names in a sentence, each quoted: "'A'", "'A' and 'B'"."""
    return joined([repr(n) for n in names], last)


def slots(names: Sequence[str], shown: bool = True) -> dict[str, str]:
    """What fills a template's slots for the conflicts ``names``: ``{names}`` (with a
    leading space; empty where ``shown`` is False, for conflicts a sentence has already
    named), and the forms that agree with their number: ``{s}`` (the noun's plural),
    ``{verb_s}`` ("ends", "end"), ``{has}`` and ``{is}``."""
    one = len(names) < 2
    return {
        "names": f" {quoted(names)}" if shown and names else "",
        "s": "" if one else "s",
        "verb_s": "s" if one else "",
        "has": "has" if one else "have",
        "is": "is" if one else "are",
    }


@dataclass(frozen=True, eq=False, kw_only=True)
class Words:
    """How one treaty names the act of leaving it, its instrument, its parties and its
    recipients of notice."""

    short: str
    """How the treaty refers to itself mid-sentence ("the Convention", "the Statute")."""
    term: str
    """The act of leaving, as a noun ("withdrawal", "denunciation")."""
    verb: str
    """The act of leaving, as a verb ("withdraw", "denounce")."""
    instrument: str
    """The document that does it ("instrument of withdrawal", "notification of denunciation")."""
    party: str
    """A party in the treaty's own words ("State Party", "High Contracting Party")."""
    recipients: Mapping[str, str]
    """Each recipient of notice the treaty names, by the contract's id, in the treaty's words:
    ``{"depositary": "the Swiss Federal Council"}``."""
    annex: str = "annexed instrument"
    """What the treaty calls an annexed instrument denounced on its own ("Protocol")."""
    conflict: str = "armed conflict"
    """What its exception calls the situation that holds the effect back ("conflict")."""

    @property
    def Term(self) -> str:
        return self.term[:1].upper() + self.term[1:]

    def recipient(self, key: str) -> str:
        """The name of one recipient of notice (its id if the treaty names none)."""
        return self.recipients.get(key, key.replace("_", " "))

    def listed(self, keys: tuple[str, ...]) -> str:
        """Recipients in a sentence: "A, B and C"."""
        return joined([self.recipient(k) for k in keys])

    def the_conflicts(self, names: Sequence[str]) -> str:
        """Conflicts named, the noun agreeing: "the armed conflicts 'A' and 'B'"."""
        return f"the {self.conflict}{slots(names)['s']} {quoted(names)}"

    @property
    def a_conflict(self) -> str:
        """The situation with its article ("an armed conflict", "a conflict")."""
        return ("an " if self.conflict[:1] in "aeiou" else "a ") + self.conflict

    @property
    def receiver(self) -> str:
        """Who receives the instrument, where its receipt counts (the depositary's name)."""
        return self.recipient("depositary")
