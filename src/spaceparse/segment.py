"""Segmentation: an ordered, named list of pure rules over a document's blocks.

Each rule is ``(doc, seg, profile) -> seg``: it reads the blocks and what earlier
rules decided (block roles and extracted fields) and returns a new
:class:`Segmentation`; nothing is mutated. :data:`RULES` is the order; a profile
may disable rules by name (``disabled_rules = [...]`` in its data file).

    boilerplate -> zone -> related -> headline -> categories -> byline -> credit -> dek -> body
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Final

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


class Segmentation:
    """What the rules decided so far: a role per block and named fields.

    Immutable by convention (``Final`` attributes, checked by mypy): a rule returns a new
    one. A plain class, not attrs, so that the compiled build makes it a native class
    (see :class:`~spaceparse.blocks.Block`).
    """

    __slots__ = ("fields", "roles")

    def __init__(self, roles: tuple[str | None, ...], fields: Mapping[str, Any] | None = None) -> None:
        self.roles: Final = roles
        """The role of each block (one of :data:`ROLES`), ``None`` while undecided."""
        self.fields: Final[Mapping[str, Any]] = {} if fields is None else fields
        """Named results (``headline``, ``headline_index``, ``zone``...)."""

    @classmethod
    def empty(cls, doc: Document) -> Segmentation:
        return cls((None,) * len(doc.blocks), {})

    def with_roles(self, updates: Mapping[int, str | None]) -> Segmentation:
        """Return a copy where block ``i`` has role ``updates[i]``."""
        if not updates:
            return self
        roles = list(self.roles)
        for i, role in updates.items():
            if role is not None and role not in ROLES:
                raise ValueError(f"unknown role {role!r}")
            roles[i] = role
        return Segmentation(tuple(roles), self.fields)

    def with_fields(self, **values: Any) -> Segmentation:
        """Return a copy with ``values`` set as fields."""
        return Segmentation(self.roles, {**self.fields, **values})

    def get(self, name: str, default: Any = None) -> Any:
        return self.fields.get(name, default)

    def __eq__(self, other: object) -> bool:
        return other.__class__ is Segmentation and (self.roles, self.fields) == (other.roles, other.fields)

    def __hash__(self) -> int:
        return hash((self.roles, tuple(self.fields.items())))

    def __repr__(self) -> str:
        return f"Segmentation(roles={self.roles!r}, fields={self.fields!r})"


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
