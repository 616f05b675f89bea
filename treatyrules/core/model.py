"""The base of every data model: frozen, strict about unknown keys, cheap to build.

Input models are validated field by field. Output models (findings, verdicts) are
built from values the engine has already checked; :meth:`Frozen.trusted` skips
re-validating them, which is the largest saving on the hot path (see ``bench/``).
A test checks that every model built this way equals the model validated from
its own JSON.
"""

from __future__ import annotations

from typing import Any, Self

from pydantic import BaseModel, ConfigDict

__all__ = ["Frozen"]

_new = object.__new__
# The slot descriptors pydantic itself uses, called directly: faster than setattr.
_set_dict = object.__setattr__
_set_fields_set = BaseModel.__dict__["__pydantic_fields_set__"].__set__
_set_extra = BaseModel.__dict__["__pydantic_extra__"].__set__
_set_private = BaseModel.__dict__["__pydantic_private__"].__set__
# Per class: (number of fields, every field in declaration order with its default, the
# fields-set marker).
_META: dict[type[BaseModel], tuple[int, dict[str, Any], set[str]]] = {}


def _meta(cls: type[BaseModel]) -> tuple[int, dict[str, Any], set[str]]:
    fields = cls.__pydantic_fields__
    # Every field, in order: merging the given values into it keeps the declaration order,
    # which is the order of the JSON (validation builds it so: the round trip is byte-identical).
    # A required field has no default; the engine always gives it.
    defaults = {
        name: None if info.is_required() else info.get_default(call_default_factory=True)
        for name, info in fields.items()
    }
    # One set shared by every instance: it already names all fields, so the only
    # mutation pydantic makes to it (model_copy adding updated keys) is a no-op.
    meta = (len(fields), defaults, set(fields))
    _META[cls] = meta
    return meta


class Frozen(BaseModel):
    """An immutable pydantic model that rejects unknown keys."""

    # In a serialization schema every field is required: the output always carries it.
    model_config = ConfigDict(
        frozen=True,
        extra="forbid",
        json_schema_serialization_defaults_required=True,
        defer_build=True,  # build validators on first use: `import treatyrules` stays fast
    )

    @classmethod
    def trusted(cls, **fields: Any) -> Self:
        """Build without validation from values that are already valid.

        Missing fields take their defaults, in the model's field order; give the others
        in that order too (the JSON lists them as given). Use it only where the values come from
        the engine itself, never for user input: that goes through validation.
        ``model_construct`` does the same at about three times the cost.
        """
        meta = _META.get(cls) or _meta(cls)
        if len(fields) != meta[0]:
            fields = {**meta[1], **fields}
        obj = _new(cls)
        _set_dict(obj, "__dict__", fields)
        _set_fields_set(obj, meta[2])
        _set_extra(obj, None)
        _set_private(obj, None)
        return obj
