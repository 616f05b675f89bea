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

A treaty whose exception names occupations beside armed conflicts says so
(``occupation``), and a conflict is then named by its kind; one that names none
speaks of every conflict in its own word, an occupation included:

>>> o = Words(short="the Protocol", term="denunciation", verb="denounce",
...           instrument="instrument", party="Party", recipients={}, occupation="occupation")
>>> kinds = {"A": "international", "O": "occupation"}
>>> o.the_conflicts(("O",), kinds), o.the_conflicts(("A", "O"), kinds)
("the occupation 'O'", "the armed conflict 'A' and the occupation 'O'")
>>> w.the_conflicts(("O",), kinds)
"the armed conflict 'O'"
>>> [o.slots(names, kinds, shown)["the"] for names, shown in (((), True), (("O",), False))]
['the armed conflict or occupation', 'the occupation']
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

__all__ = ["Kinds", "Words", "agreeing", "joined", "quoted", "slots"]

Kinds = Mapping[str, str]
"""The kind of each conflict by its name ("occupation"), as the scenario gives it."""


def joined(items: Sequence[str], last: str = "and") -> str:
    """Items in a sentence: "A", "A and B", "A, B and C" (``last="or"``: "A or B")."""
    if len(items) < 2:
        return "".join(items)
    return ", ".join(items[:-1]) + f" {last} " + items[-1]


def quoted(names: Sequence[str], last: str = "and") -> str:
    """Names in a sentence, each quoted: "'A'", "'A' and 'B'"."""
    return joined([repr(n) for n in names], last)


def agreeing(text: str, names: Sequence[str]) -> str:
    """``text`` with the slots of :func:`slots` filled to agree with ``names``.

    >>> agreeing("engaged in {a}situation{s}", ("A", "B")), agreeing("a party to", ("A",))
    ('engaged in situations', 'a party to')
    """
    return text.format(**slots(names))


def slots(names: Sequence[str], shown: bool = True) -> dict[str, str]:
    """What fills a template's slots for the conflicts ``names``: ``{names}`` (with a
    leading space; empty where ``shown`` is False, for conflicts a sentence has already
    named), and the forms that agree with their number: ``{s}`` (the noun's plural),
    ``{verb_s}`` ("ends", "end"), ``{has}``, ``{is}`` and ``{a}`` (the article before a
    consonant: "a " for one, nothing for several). A sentence about conflicts of a treaty
    fills ``{the}`` too, with :meth:`Words.slots`."""
    one = len(names) < 2
    return {
        "names": f" {quoted(names)}" if shown and names else "",
        "a": "a " if one else "",
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
    annexes: Mapping[str, str] = field(default_factory=dict)
    """An annexed instrument's name, by its id, where the annex word and the id would misname
    it: ``{"APII": "Amended Protocol II"}``."""
    conflict: str = "armed conflict"
    """What its exception calls the situation that holds the effect back ("conflict")."""
    occupation: str | None = None
    """What its exception calls an occupation, where it names one beside the armed conflict
    ("occupation"); None: an occupation that counts is spoken of as a ``conflict``."""

    @property
    def Term(self) -> str:
        return self.term[:1].upper() + self.term[1:]

    def recipient(self, key: str) -> str:
        """The name of one recipient of notice (its id if the treaty names none)."""
        return self.recipients.get(key, key.replace("_", " "))

    def listed(self, keys: tuple[str, ...]) -> str:
        """Recipients in a sentence: "A, B and C"."""
        return joined([self.recipient(k) for k in keys])

    def annexed(self, key: str) -> str:
        """An annexed instrument by its name ("Amended Protocol II", "Protocol IV")."""
        return self.annexes.get(key) or f"{self.annex} {key}"

    def noun(self, kind: str | None) -> str:
        """What the treaty calls a conflict of this kind ("armed conflict", "occupation")."""
        return self.occupation if kind == "occupation" and self.occupation else self.conflict

    def the_conflicts(
        self,
        names: Sequence[str],
        kinds: Kinds | None = None,
        shown: bool = True,
        the: str = "the",
    ) -> str:
        """Conflicts named, each noun following its kind and agreeing: "the armed conflicts
        'A' and 'B'", "the armed conflict 'A' and the occupation 'O'" (``shown`` False: the
        nouns alone, for conflicts a sentence has already named: "the occupation"; ``the``:
        what comes before the first noun, "the later")."""
        groups: dict[str, list[str]] = {}
        for name in names:
            groups.setdefault(self.noun(kinds.get(name) if kinds else None), []).append(name)
        parts = [
            # The noun's plural alone: the rest of `slots` (quoting every name) is not needed.
            f"{the if i == 0 else 'the'} {noun}{'' if len(group) < 2 else 's'}"
            + (f" {quoted(group)}" if shown else "")
            for i, (noun, group) in enumerate(groups.items())
        ]
        if len(parts) > 1 and any(len(g) > 1 for g in groups.values()):
            return ", and ".join(parts)  # "the armed conflicts 'A' and 'B', and the occupation 'O'"
        return joined(parts)

    def slots(
        self, names: Sequence[str], kinds: Kinds | None = None, shown: bool = True
    ) -> dict[str, str]:
        """The :func:`slots` of a template about the conflicts ``names``, with ``{the}``: the
        conflicts named by kind (the nouns alone where not ``shown``), or with no names the
        situations the exception covers ("the armed conflict or occupation")."""
        the = (
            self.the_conflicts(names, kinds, shown)
            if names
            else f"the {self.conflict}" + (f" or {self.occupation}" if self.occupation else "")
        )
        return {**slots(names, shown), "the": the}

    @property
    def a_conflict(self) -> str:
        """The situation with its article ("an armed conflict", "a conflict")."""
        return ("an " if self.conflict[:1] in "aeiou" else "a ") + self.conflict

    @property
    def receiver(self) -> str:
        """Who receives the instrument, where its receipt counts (the depositary's name)."""
        return self.recipient("depositary")
