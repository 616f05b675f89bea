"""The console script ``treatyrules``: ``--version`` answered before the command line loads.

Asking a tool its version should cost no more than starting the interpreter: the parser,
its commands and their imports are loaded only for a command. The answer is the parser's own
(``tests/test_cli.py`` holds the two to each other).
"""

from __future__ import annotations

import sys

from ._version import __version__

__all__ = ["entry"]


def entry() -> None:  # pragma: no cover - the console script (tested through a subprocess)
    if sys.argv[1:] == ["--version"]:
        print(f"treatyrules {__version__}")
        sys.exit(0)
    from .cli import entry as run

    run()
