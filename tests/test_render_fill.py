"""The text memo fills its paragraphs exactly as ``textwrap.fill`` does.

``treatyrules.render.fill.fill`` is a faster routine for the memo's paragraphs; ``textwrap``
is the oracle, on random paragraphs built from the words that make it take its other paths
(hyphens after letters, dashes, dates, runs of spaces, tabs and newlines, Unicode spaces,
words longer than a line) and on arbitrary text, at every width and indent.
"""

from __future__ import annotations

import textwrap

from hypothesis import example, given, settings
from hypothesis import strategies as st

from treatyrules.render.fill import fill

WORDS = st.sampled_from(
    [
        "the",
        "a",
        "withdrawal",
        "Anti-Personnel",
        "anti-personnel",
        "armed-conflict",
        "a-b-c",
        "ab-c",
        "ab-cd-e",
        "x--y",
        "--",
        "---",
        "2026-02-20",
        "-b",
        "goof-ball,",
        "Art. 20(3):",
        "Côte",
        "d'Ivoire",
        "x\xa0y",
        "\xa0",
        "\u2009",
        "é-è",
        "e.g.--and",
    ]
)
SEPARATORS = st.sampled_from([" ", " ", " ", "  ", "   ", "\t", "\n", " \n "])
LONG = st.text(st.sampled_from("abc-"), min_size=1, max_size=60)


@st.composite
def paragraphs(draw: st.DrawFn) -> str:
    words = draw(st.lists(st.one_of(WORDS, LONG), min_size=0, max_size=40))
    text = ""
    for i, word in enumerate(words):
        text += (draw(SEPARATORS) if i else "") + word
    return draw(st.sampled_from(["", " ", "  "])) + text + draw(st.sampled_from(["", " ", "  "]))


INDENTS = st.sampled_from(["", " ", "  ", "    ", "      ", "\t"])


def _same(text: str, width: int, indent: str, hanging: str) -> None:
    # textwrap loops forever on a line narrower than its indent: the width counts past both.
    width += max(len(indent), len(hanging))
    try:
        expected = textwrap.fill(text, width, initial_indent=indent, subsequent_indent=hanging)
    except ValueError:
        expected = None
    try:
        found = fill(text, width, indent, hanging)
    except ValueError:
        found = None
    assert found == expected


# More examples than the profile's: the routine is hand-written line breaking, and each example
# costs only microseconds (a few seconds in all).
@settings(max_examples=3000)
@given(paragraphs(), st.integers(1, 120), INDENTS, INDENTS)
@example("the Anti-Personnel Mine Ban Convention", 16, "", "")
@example("ends a conflict -- a ceasefire, an armistice", 16, "  ", "    ")
@example("Entry into force  2020-01-01", 94, "  ", "      ")
# "the" does not fit on the first line, which keeps its trailing space in textwrap
@example("a the", 2, " ", "")
@example("a ", 1, "", "")
# the text ends in a space right after a line's break; the last line ends in a letter it must keep
@example("ab cd ", 2, "", "")
@example("aa XX", 3, "", "")
def test_a_memo_paragraph_is_filled_as_textwrap_fills_it(
    text: str, width: int, indent: str, hanging: str
) -> None:
    _same(text, width, indent, hanging)


@given(st.text(max_size=200), st.integers(1, 60), INDENTS, INDENTS)
def test_any_text_is_filled_as_textwrap_fills_it(
    text: str, width: int, indent: str, hanging: str
) -> None:
    _same(text, width, indent, hanging)
