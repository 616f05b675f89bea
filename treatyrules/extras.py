"""How to install an optional extra, in the words every "needs its extra" message uses.

The library is installed from a copy of the project (``pip install .``) as often as from an
index, so the hint gives both forms.

>>> install_hint("serve")
"pip install 'treatyrules[serve]' (from a copy of the project: pip install '.[serve]')"
"""

from __future__ import annotations

__all__ = ["install_hint"]


def install_hint(extra: str) -> str:
    """The command that installs the optional ``extra``."""
    return (
        f"pip install 'treatyrules[{extra}]' (from a copy of the project: pip install '.[{extra}]')"
    )
