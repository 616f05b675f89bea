"""A Griffe extension for the API reference: doctest examples become code blocks.

The docstrings are written for ``pytest --doctest-modules`` and plain ``help()``:
examples as bare ``>>>`` lines and Sphinx-style roles (``:func:`evaluate```). In
Markdown those would read as quotes and raw roles, so before the reference is
rendered each run of example lines is fenced as ``pycon`` and each role becomes
inline code.
"""

from __future__ import annotations

import re
from typing import Any

import griffe

_ROLE = re.compile(r":(?:func|class|meth|data|mod|attr|exc):`~?([^`]+)`")


def fence_examples(text: str) -> str:
    """Wrap runs of ``>>>`` examples (with their output) in fenced ``pycon`` blocks.

    >>> print(fence_examples(">>> 1 + 1\\n2\\n\\nAfter."))
    ```pycon
    >>> 1 + 1
    2
    ```
    <BLANKLINE>
    After.
    """
    out: list[str] = []
    inside = False
    for line in text.splitlines():
        if line.lstrip().startswith(">>>") and not inside:
            out.append("```pycon")
            inside = True
        elif inside and not line.strip():
            out.append("```")
            inside = False
        out.append(line)
    if inside:
        out.append("```")
    return _ROLE.sub(r"`\1`", "\n".join(out))


class DoctestFences(griffe.Extension):
    """Applies :func:`fence_examples` to every docstring Griffe loads."""

    def on_instance(self, *, obj: griffe.Object, **kwargs: Any) -> None:
        if obj.docstring is not None:
            obj.docstring.value = fence_examples(obj.docstring.value)
