"""Segmentation: an ordered, named list of pure rules over a document's blocks.

Each rule is ``(doc, seg, profile) -> seg``: it reads the blocks and what earlier
rules decided (block roles and extracted fields) and returns a new
:class:`Segmentation`; nothing is mutated. :data:`RULES` is the order; a profile
may disable rules by name (``disabled_rules = [...]`` in its data file).

    boilerplate -> zone -> related -> headline -> categories -> byline -> credit -> dek -> body
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import attrs

from .blocks import Document
from .profiles import Profile

__all__ = ["ROLES", "RULES", "Rule", "Segmentation", "segment"]

ROLES = frozenset(
    {
        "boilerplate",  # never article text
        "barrier",  # a heading that ends a content zone (comments, most read...)
        "related",  # inside the related-stories block (heading included)
        "headline",
        "categories",
        "byline",  # author and/or date line
        "credit",  # image credit (and caption) line
        "dek",
        "body",
    }
)


@attrs.frozen(slots=True)
class Segmentation:
    """What the rules decided so far: a role per block and named fields."""

    roles: tuple[str | None, ...]
    fields: Mapping[str, Any] = attrs.field(factory=dict)

    @classmethod
    def empty(cls, doc: Document) -> Segmentation:
        return cls(roles=(None,) * len(doc.blocks), fields={})

    def with_roles(self, updates: Mapping[int, str | None]) -> Segmentation:
        """Return a copy where block ``i`` has role ``updates[i]``."""
        if not updates:
            return self
        roles = list(self.roles)
        for i, role in updates.items():
            if role is not None and role not in ROLES:
                raise ValueError(f"unknown role {role!r}")
            roles[i] = role
        return _segmentation(tuple(roles), self.fields)

    def with_fields(self, **values: Any) -> Segmentation:
        """Return a copy with ``values`` set as fields."""
        return _segmentation(self.roles, {**self.fields, **values})

    def get(self, name: str, default: Any = None) -> Any:
        return self.fields.get(name, default)


_set_roles = getattr(Segmentation, "roles").__set__  # noqa: B009  # the slot descriptor
_set_fields = getattr(Segmentation, "fields").__set__  # noqa: B009


def _segmentation(roles: tuple[str | None, ...], fields: Mapping[str, Any]) -> Segmentation:
    """``Segmentation(roles, fields)`` with the slots filled directly: every rule makes a
    couple, and the frozen attrs ``__init__`` costs twice as much."""
    seg = object.__new__(Segmentation)
    _set_roles(seg, roles)
    _set_fields(seg, fields)
    return seg


assert tuple(f.name for f in attrs.fields(Segmentation)) == ("roles", "fields")

Rule = Callable[[Document, Segmentation, Profile], Segmentation]


def _rules() -> tuple[tuple[str, Rule], ...]:
    from .rules import body, boilerplate, byline, categories, credit, dek, headline, related, zone

    return (
        ("boilerplate", boilerplate.rule),
        ("zone", zone.rule),
        ("related", related.rule),
        ("headline", headline.rule),
        ("categories", categories.rule),
        ("byline", byline.rule),
        ("credit", credit.rule),
        ("dek", dek.rule),
        ("body", body.rule),
    )


RULES: tuple[tuple[str, Rule], ...] = _rules()
"""The rule order: ``(name, function)`` pairs."""


def segment(doc: Document, profile: Profile) -> Segmentation:
    """Run every enabled rule in order and return the final segmentation."""
    seg = Segmentation.empty(doc)
    for name, rule in RULES:
        if name in profile.disabled_rules:
            continue
        seg = rule(doc, seg, profile)
    return seg
