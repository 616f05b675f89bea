"""Paragraph filling for the text memo: :func:`textwrap.fill`, exactly, at a fraction of its cost.

:func:`textwrap.fill` splits a paragraph into chunks with a regular expression and then
places them one by one in Python; over a memo's dozens of paragraphs that was nearly all of
the text rendering (about 30 times the verdict's JSON dump, ``bench/``). Its result is the
greedy filling: each line is the longest run of at most ``width`` characters that ends where
``textwrap`` may break (before spaces, or after the hyphen of "anti-personnel"), and the
spaces at the break are dropped. Here that is one regular-expression match per line, with
``textwrap``'s own hyphen rule. A paragraph it does not describe -- tabs, newlines or other
whitespace, a leading space, a dash ``--`` joined to a word, a word too long for a line -- goes to
``textwrap`` itself. ``tests/test_render_fill.py`` holds this function to ``textwrap.fill``
on random paragraphs and widths.

>>> fill("The withdrawal received on 2025-08-20 takes effect on 2026-02-20.", 30, "", "  ")
'The withdrawal received on\\n  2025-08-20 takes effect on\\n  2026-02-20.'
>>> fill("the Anti-Personnel Mine Ban Convention", 16)
'the Anti-\\nPersonnel Mine\\nBan Convention'
"""

from __future__ import annotations

import re
import textwrap
from functools import cache

__all__ = ["fill"]

_LETTER = r"[^\d\W]"  # textwrap's own "letter"
# A dash that textwrap may break around: "--" right after a letter or punctuation ("word--word";
# a dash between spaces, as in "a conflict -- a ceasefire", is an ordinary word).
_DASH = re.compile(r"[\w!\"'&.,?]--")
# Where textwrap may break inside a word: after a hyphen with two letters before it (or a
# letter, a hyphen and a letter), and a letter, maybe a hyphen, and a letter after it.
_HYPHEN = f"-(?:(?<={_LETTER}{{2}}-)|(?<={_LETTER}-{_LETTER}-))(?={_LETTER}-?{_LETTER})"


@cache
def _line(width: int) -> re.Pattern[str]:
    """The longest run of 1 to ``width`` characters that ends at a break, and the spaces after."""
    return re.compile(f"(.{{0,{width - 1}}}(?:[^ ](?= |$)|{_HYPHEN})) *")


def fill(text: str, width: int, initial_indent: str = "", subsequent_indent: str = "") -> str:
    """``textwrap.fill(text, width, initial_indent=..., subsequent_indent=...)``."""
    first = width - len(initial_indent)
    rest = width - len(subsequent_indent)
    if (
        first > 0
        and rest > 0
        and text[:1] not in ("", " ")
        # the plain space is its only whitespace: other whitespace and Unicode separators are
        # not printable (textwrap turns the first into spaces and treats a word of the second
        # as a space)
        and text.isprintable()
        and ("--" not in text or _DASH.search(text) is None)
    ):
        if len(text) <= first and text[-1] != " ":  # a paragraph that fits on its first line
            return initial_indent + text
        narrowest = min(first, rest)
        # textwrap splits a word (or a run of spaces) too long for the line it would start:
        # left to it, as is any paragraph where that may happen.
        if max(map(len, text.split(" "))) > narrowest or " " * (narrowest + 1) in text:
            return textwrap.fill(
                text, width, initial_indent=initial_indent, subsequent_indent=subsequent_indent
            )
        found = _line(first).match(text)
        if found is not None:
            lines = [initial_indent + found[1]]
            at, end, line = found.end(), len(text), _line(rest)
            while at < end:
                found = line.match(text, at)
                if found is None:  # not reached: every word fits on a line (checked above)
                    break
                lines.append(subsequent_indent + found[1])
                at = found.end()
            else:
                return "\n".join(lines)
    return textwrap.fill(
        text, width, initial_indent=initial_indent, subsequent_indent=subsequent_indent
    )
