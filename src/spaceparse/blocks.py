"""The token stream every front end produces and every rule reads.

A :class:`Document` is a tuple of :class:`Block` (one paragraph-like unit of the
page: a line of scraped text, or a ``<p>``/``<h2>``/``<li>``... of HTML) plus the
page-level metadata that only markup can carry (:class:`Meta`). Rules never see
the raw page, so one rule set serves both input kinds.
"""

from __future__ import annotations

import datetime as _dt

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
