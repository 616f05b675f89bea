"""The errors the library raises on purpose, each saying what was expected.

Every error the library raises deliberately derives from :class:`TreatyRulesError`;
anything else escaping it is a bug. :class:`InputError` carries the path of the
offending field (``events[2].date``) so that a command line or a web form can
point at it.
"""

from __future__ import annotations

__all__ = [
    "InputError",
    "InterpretationError",
    "NotModelledError",
    "RuleDefinitionError",
    "TreatyRulesError",
]


class TreatyRulesError(Exception):
    """Base class of the errors raised on purpose."""


class InputError(TreatyRulesError, ValueError):
    """Input that cannot be processed; ``path`` names the field (may be empty)."""

    def __init__(
        self, path: str, message: str, *, problems: tuple[tuple[str, str], ...] = ()
    ) -> None:
        self.path = path
        self.message = message
        self.problems = problems or ((path, message),)
        super().__init__("\n".join(f"{p}: {m}" if p else m for p, m in self.problems))

    def __reduce__(self) -> tuple[object, tuple[object, ...]]:
        # Pickled whole, as a process pool sends it back from a worker: an exception's
        # default would call the class with the joined message alone, which fails.
        return _rebuilt, (type(self), self.path, self.message, self.problems)


def _rebuilt(
    cls: type[InputError], path: str, message: str, problems: tuple[tuple[str, str], ...]
) -> InputError:
    return cls(path, message, problems=problems)


class InterpretationError(InputError):
    """An unknown interpretation point, or a value it does not offer."""


class NotModelledError(InputError):
    """A treaty or provision that the library knows of but does not encode yet.

    The library refuses loudly rather than return a verdict that silently leaves
    the provision out.
    """


class RuleDefinitionError(TreatyRulesError):
    """A rule declared inconsistently (a bug in a treaty module, not in the input)."""
