"""The token stream every front end produces and every rule reads.

A :class:`Document` is a tuple of :class:`Block` (one paragraph-like unit of the
page: a line of scraped text, or a ``<p>``/``<h2>``/``<li>``... of HTML) plus the
page-level metadata that only markup can carry (:class:`Meta`). Rules never see
the raw page, so one rule set serves both input kinds.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Mapping

import attrs

__all__ = ["Block", "Document", "Meta"]


@attrs.frozen(slots=True)
class Block:
    """One paragraph-like unit of a page, in page order."""

    index: int
    """Position in :attr:`Document.blocks`."""
    text: str
    """Normalised text (single spaces, no invisibles, stripped)."""
    kind: str = "line"
    """``line`` for scraped text; the element kind for HTML (``p``, ``h1``..``h6``, ``li``,
    ``quote``, ``pre``, ``caption``, ``td``, ``div``)."""
    blank_before: int = 0
    """Blank lines before this one (text) or 1 at a container boundary (HTML)."""
    indent: int = 0
    """Leading spaces in the source line (``lynx -dump`` indents content)."""
    bullet: bool = False
    """The source line started with a list marker (``*``, ``-``, ``•``), now removed."""
    hints: frozenset[str] = frozenset()
    """What markup says about the block: ``nav``, ``footer``, ``aside``, ``main``,
    ``comment``, ``related``, ``share``, ``newsletter``, ``ad``, ``byline``, ``date``,
    ``category``, ``link`` (the whole block is a link), ``headline``, ``caption``..."""
    link_ratio: float = 0.0
    """Share of the block's characters that are link text (HTML)."""
    href: str | None = None
    """Absolute target of the block's first link (HTML)."""
    links: tuple[str, ...] = ()
    """Texts of the block's separate links, when it has several (HTML label rows)."""
    group: int = -1
    """Id of the nearest item-like container (HTML ``<li>``/``<article>``), for grouping."""
    start: int = 0
    """Offset of the block in the decoded page (for error messages and tests)."""


_BLOCK_FIELDS: tuple[str, ...] = ("index", "text", "kind", "blank_before", "indent", "bullet", "hints")
_BLOCK_FIELDS += ("link_ratio", "href", "links", "group", "start")
# A new Block field must be set in line_block too.
assert tuple(f.name for f in attrs.fields(Block)) == _BLOCK_FIELDS
(_set_index, _set_text, _set_kind, _set_blank, _set_indent, _set_bullet) = (
    getattr(Block, name).__set__ for name in _BLOCK_FIELDS[:6]
)
(_set_hints, _set_ratio, _set_href, _set_links, _set_group, _set_start) = (
    getattr(Block, name).__set__ for name in _BLOCK_FIELDS[6:]
)
_NO_HINTS: frozenset[str] = frozenset()


def line_block(index: int, text: str, blank_before: int, indent: int, bullet: bool, start: int) -> Block:  # noqa: PLR0917
    """``Block(index, text, "line", blank_before, indent, bullet, start=start)``, built at
    half the cost (the slots are filled directly, not through the frozen ``__setattr__``):
    the text front end makes one per line."""
    b = object.__new__(Block)
    _set_index(b, index)
    _set_text(b, text)
    _set_kind(b, "line")
    _set_blank(b, blank_before)
    _set_indent(b, indent)
    _set_bullet(b, bullet)
    _set_hints(b, _NO_HINTS)
    _set_ratio(b, 0.0)
    _set_href(b, None)
    _set_links(b, ())
    _set_group(b, -1)
    _set_start(b, start)
    return b


@attrs.frozen(slots=True)
class Meta:
    """Page-level facts from markup (meta tags, JSON-LD, ``<html lang>``)."""

    headline: str | None = None
    title: str | None = None
    dek: str | None = None
    authors: tuple[str, ...] = ()
    org_authors: tuple[str, ...] = ()
    """Organisations named as the author (JSON-LD ``Organization``): used when no person is found."""
    published: _dt.date | None = None
    image_url: str | None = None
    image_caption: str | None = None
    image_credit: str | None = None
    categories: tuple[str, ...] = ()
    site: str | None = None
    language: str | None = None
    url: str | None = None


@attrs.frozen(slots=True)
class Document:
    """A page turned into blocks: what the segmentation rules consume."""

    blocks: tuple[Block, ...]
    kind: str
    """``text`` or ``html``."""
    meta: Meta = Meta()
    url: str | None = None
    """The URL the caller gave."""
    hinted: Mapping[str, tuple[Block, ...]] = attrs.field(init=False, eq=False, repr=False)
    """The blocks carrying each hint, in page order (derived from :attr:`blocks`): rules
    look up the markup's marks here instead of scanning every block for each."""

    def __attrs_post_init__(self) -> None:
        index: dict[str, list[Block]] = {}
        for b in self.blocks:
            if b.hints:
                for hint in b.hints:
                    index.setdefault(hint, []).append(b)
        object.__setattr__(self, "hinted", {k: tuple(v) for k, v in index.items()})

    def with_hint(self, hint: str) -> tuple[Block, ...]:
        """The blocks carrying ``hint``, in page order."""
        return self.hinted.get(hint, ())
