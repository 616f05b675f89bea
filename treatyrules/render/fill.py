"""Paragraph filling for the text memo: :func:`textwrap.fill`, exactly, at a fraction of its cost.

:func:`textwrap.fill` splits a paragraph into chunks with a regular expression and then
places them one by one in Python; over a memo's dozens of paragraphs that was nearly all of
the text rendering (about 30 times the verdict's JSON dump, ``bench/``). Its result is the
greedy filling: each line is the longest run of at most ``width`` characters that ends where
``textwrap`` may break (before spaces, or after the hyphen of "anti-personnel"), and the
spaces at the break are dropped. Here that is a search for the last space within reach of
each line (``str.rfind``), and ``textwrap``'s own hyphen rule only where a hyphen lies in the
stretch a break could move to. A paragraph it does not describe -- tabs, newlines or other
whitespace, a leading space, a dash ``--`` joined to a word, a word too long for a line (or for the line it did not fit
on, where ``textwrap`` keeps that line's trailing space) -- goes to
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

__all__ = ["fill"]

_LETTER = r"[^\d\W]"  # textwrap's own "letter"
# A dash that textwrap may break around: "--" right after a letter or punctuation ("word--word";
# a dash between spaces, as in "a conflict -- a ceasefire", is an ordinary word).
_DASH = re.compile(r"[\w!\"'&.,?]--")
# Where textwrap may break inside a word: after a hyphen with two letters before it (or a
# letter, a hyphen and a letter), and a letter, maybe a hyphen, and a letter after it.
_HYPHEN = f"-(?:(?<={_LETTER}{{2}}-)|(?<={_LETTER}-{_LETTER}-))(?={_LETTER}-?{_LETTER})"


_BREAK = re.compile(_HYPHEN)


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
        # textwrap splits a run of spaces too long for a line: left to it
        and " " * (min(first, rest) + 1) not in text
    ):
        end = len(text)
        lines = []
        at, room, indent = 0, first, initial_indent
        while True:
            if end - at <= room:  # the rest fits: the last line
                lines.append(indent + text[at:].rstrip(" "))
                return "\n".join(lines)
            limit = at + room
            # The longest line ends before a space at most `room` characters on ...
            space = text.rfind(" ", at, limit + 1)
            stop = space
            while stop > at and text[stop - 1] == " ":
                stop -= 1
            # ... or just after a hyphen textwrap may break at ("anti-|personnel").
            after = max(stop, at + 1)
            if text.find("-", after, limit) >= 0:
                for found in _BREAK.finditer(text, after, limit + 3):
                    if found.end() <= limit:
                        stop = found.end()
                        space = stop - 1  # the next line starts right after the hyphen
            if stop <= at:  # a word too long for its line: textwrap splits it
                break
            lines.append(indent + text[at:stop])
            at = space + 1
            while at < end and text[at] == " ":
                at += 1
            if at == end:
                return "\n".join(lines)
            # A word longer than the line it did not fit on: textwrap breaks it there (and
            # keeps that line's last space), so it takes the paragraph.
            space = text.find(" ", at)
            if (end if space < 0 else space) - at > room:
                break
            room, indent = rest, subsequent_indent
    return textwrap.fill(
        text, width, initial_indent=initial_indent, subsequent_indent=subsequent_indent
    )
