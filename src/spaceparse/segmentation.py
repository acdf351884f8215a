"""The vocabulary the rules share: block roles, markup hints, and :class:`Segmentation`.

A leaf module (it imports nothing of spaceparse), so that :mod:`spaceparse.segment`, every
rule and both front ends can import it without an import cycle.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final, Literal, get_args

__all__ = ["HINTS", "ROLES", "RULE_NAMES", "Hint", "Role", "Segmentation"]

Role = Literal[
    "boilerplate",  # never article text
    "barrier",  # a heading that ends a content zone (comments, most read...)
    "related",  # inside the related-stories block (heading included)
    "headline",
    "categories",
    "byline",  # author and/or date line
    "credit",  # image credit (and caption) line
    "dek",
    "body",
]
"""What a rule decided a block is."""

ROLES: frozenset[str] = frozenset(get_args(Role))

Hint = Literal[
    # furniture containers (their blocks are boilerplate)
    "nav",
    "footer",
    "aside",
    "share",
    "newsletter",
    "ad",
    "comment",
    "hidden",
    "authorbox",
    "noise",  # a link list or teaser inside the content container
    # the content container the front end chose
    "main",
    # what an element is, by its markup
    "headline",
    "dek",
    "byline",
    "date",
    "category",
    "tag",
    "caption",
    "credit",
    "other-image",  # a caption of an in-body figure, not of the lead image
    "related",
]
"""What markup says about a block (:attr:`spaceparse.blocks.Block.hints`); text blocks have none."""

HINTS: frozenset[str] = frozenset(get_args(Hint))

RULE_NAMES: tuple[str, ...] = (
    "boilerplate",
    "zone",
    "related",
    "headline",
    "categories",
    "byline",
    "credit",
    "dek",
    "body",
)
"""The rule order, by name (what a profile's ``disabled_rules`` may list); :mod:`spaceparse.segment`
maps each name to its function."""


class Segmentation:
    """What the rules decided so far: a role per block and named fields.

    Immutable by convention (``Final`` attributes, checked by mypy): a rule returns a new
    one. A plain class, not attrs, so that the compiled build makes it a native class
    (see :class:`~spaceparse.blocks.Block`).
    """

    __slots__ = ("fields", "roles")

    def __init__(self, roles: tuple[Role | None, ...], fields: Mapping[str, Any] | None = None) -> None:
        self.roles: Final = roles
        """The role of each block (one of :data:`ROLES`), ``None`` while undecided."""
        self.fields: Final[Mapping[str, Any]] = {} if fields is None else fields
        """Named results (``headline``, ``headline_index``, ``zone``...)."""

    @classmethod
    def empty(cls, size: int) -> Segmentation:
        """Nothing decided yet for a document of ``size`` blocks."""
        return cls((None,) * size, {})

    def with_roles(self, updates: Mapping[int, Role | None]) -> Segmentation:
        """Return a copy where block ``i`` has role ``updates[i]``."""
        if not updates:
            return self
        roles: list[Role | None] = list(self.roles)
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
