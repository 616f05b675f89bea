"""How to install an optional extra, in the words every "needs its extra" message uses.

The library is installed from a copy of the project (``pip install .``); the hint gives that
form first, and the one for an index that publishes it.

>>> print(install_hint("serve"))
pip install '.[serve]' in a copy of the project (from an index that has it: pip install 'treatyrules[serve]')
"""

from __future__ import annotations

__all__ = ["install_hint"]


def install_hint(extra: str) -> str:
    """The command that installs the optional ``extra``."""
    # The library is not on PyPI: a copy of the project is what most people have.
    return (
        f"pip install '.[{extra}]' in a copy of the project (from an index that has it:"
        f" pip install 'treatyrules[{extra}]')"
    )
