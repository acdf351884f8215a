"""The token stream every front end produces and every rule reads.

A :class:`Document` is a tuple of :class:`Block` (one paragraph-like unit of the
page: a line of scraped text, or a ``<p>``/``<h2>``/``<li>``... of HTML) plus the
page-level metadata that only markup can carry (:class:`Meta`). Rules never see
the raw page, so one rule set serves both input kinds.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Mapping
from typing import TYPE_CHECKING, Final

import attrs

if TYPE_CHECKING:
    from .profiles import Profile

__all__ = ["Block", "Document", "Meta", "PageObject", "Structure"]


class Block:
    """One paragraph-like unit of a page, in page order.

    A plain class, not attrs: the compiled build (docs/build.md) makes it a native class,
    whose attributes the rules read as C struct fields, the commonest operation of a
    parse. Treat it as immutable: the rules never assign to a block (mypy checks it,
    the attributes being ``Final``).
    """

    __slots__ = (
        "blank_before",
        "bullet",
        "group",
        "hints",
        "href",
        "indent",
        "index",
        "kind",
        "link_ratio",
        "links",
        "start",
        "tags",
        "text",
    )  # fmt: skip

    def __init__(  # noqa: PLR0917
        self,
        index: int,
        text: str,
        kind: str = "line",
        blank_before: int = 0,
        indent: int = 0,
        bullet: bool = False,
        hints: frozenset[str] = frozenset(),
        link_ratio: float = 0.0,
        href: str | None = None,
        links: tuple[str, ...] = (),
        group: int = -1,
        start: int = 0,
        tags: tuple[str, ...] = (),
    ) -> None:
        self.index: Final = index
        """Position in :attr:`Document.blocks`."""
        self.text: Final = text
        """Normalised text (single spaces, no invisibles, stripped)."""
        self.kind: Final = kind
        """``line`` for scraped text; the element kind for HTML (``p``, ``h1``..``h6``, ``li``,
        ``quote``, ``pre``, ``caption``, ``td``, ``div``)."""
        self.blank_before: Final = blank_before
        """Blank lines before this one (text) or 1 at a container boundary (HTML)."""
        self.indent: Final = indent
        """Leading spaces in the source line (``lynx -dump`` indents content)."""
        self.bullet: Final = bullet
        """The source line started with a list marker (``*``, ``-``, ``•``), now removed."""
        self.hints: Final = hints
        """What markup says about the block: ``nav``, ``footer``, ``aside``, ``main``,
        ``comment``, ``related``, ``share``, ``newsletter``, ``ad``, ``byline``, ``date``,
        ``category``, ``link`` (the whole block is a link), ``headline``, ``caption``..."""
        self.link_ratio: Final = link_ratio
        """Share of the block's characters that are link text (HTML)."""
        self.href: Final = href
        """Absolute target of the block's first link (HTML)."""
        self.links: Final = links
        """Texts of the block's separate links, when it has several (HTML label rows)."""
        self.group: Final = group
        """Id of the nearest item-like container (HTML ``<li>``/``<article>``), for grouping."""
        self.start: Final = start
        """Offset of the block in the decoded page (for error messages and tests)."""
        self.tags: Final = tags
        """Texts of the block's topic-tag links (HTML ``rel=tag``, a tag list), apart from the
        category links in :attr:`links`: one row may hold both ("Posted in X, tagged Y")."""

    def _values(self) -> tuple[object, ...]:
        return (
            self.index, self.text, self.kind, self.blank_before, self.indent, self.bullet, self.hints,
            self.link_ratio, self.href, self.links, self.group, self.start, self.tags,
        )  # fmt: skip

    def __eq__(self, other: object) -> bool:
        return other.__class__ is Block and self._values() == other._values()

    def __hash__(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        return "Block(" + ", ".join(f"{k}={v!r}" for k, v in zip(_FIELDS, self._values(), strict=True)) + ")"


_FIELDS: tuple[str, ...] = ("index", "text", "kind", "blank_before", "indent", "bullet", "hints")
_FIELDS += ("link_ratio", "href", "links", "group", "start", "tags")
_NO_HINTS: frozenset[str] = frozenset()


def line_block(index: int, text: str, blank_before: int, indent: int, bullet: bool, start: int) -> Block:  # noqa: PLR0917
    """The block of one line of scraped text (the text front end makes one per line).

    All thirteen arguments given by position: the fastest call of the compiled constructor.
    """
    return Block(index, text, "line", blank_before, indent, bullet, _NO_HINTS, 0.0, None, (), -1, start, ())


@attrs.frozen(slots=True)
class Meta:
    """Page-level facts from markup (meta tags, JSON-LD, ``<html lang>``)."""

    headline: str | None = None
    """The markup's title (JSON-LD ``headline`` > ``og:title`` > ``twitter:title`` > ``<title>``),
    the site's name cut off: a candidate; the headline rule decides."""
    title: str | None = None
    titles: tuple[str, ...] = ()
    """Every title the markup states (JSON-LD ``headline``, ``og:title``, ``twitter:title``,
    ``<title>``), the site's name cut off, in that order: ``headline`` is the first."""
    h1s: tuple[str, ...] = ()
    """The text of every ``<h1>``, furniture included (the walk skips a ``<header>`` holding one)."""
    site_keys: frozenset[str] = frozenset()
    """The site's names (its own, its host's, its profile's) as :func:`~spaceparse.recognisers.sites.site_key`
    compares them: never a headline, an author or a label."""
    dek: str | None = None
    authors_found: tuple[tuple[str, tuple[str, ...]], ...] = ()
    """The authors each markup source names, ``(source, names)``: ``jsonld`` (the article's
    people), ``jsonld-org`` (an organisation named as the author), ``markup`` (byline
    elements), ``meta`` (author meta tags). ``assemble.AUTHOR_SOURCES`` ranks them."""
    dates_found: tuple[tuple[str, _dt.date, bool], ...] = ()
    """The publication dates each markup source states, ``(source, date, utc)``
    (:data:`~spaceparse.recognisers.dates.Dated`). ``assemble.DATE_SOURCES`` ranks them."""
    image_url: str | None = None
    image_caption: str | None = None
    image_credit: str | None = None
    categories: tuple[str, ...] = ()
    """Sections the markup names (breadcrumbs, ``article:section``, JSON-LD ``articleSection``)."""
    tags: tuple[str, ...] = ()
    """Topic tags the markup stores for the article (``article:tag``, JSON-LD ``keywords``, ``news_keywords``)."""
    keywords: tuple[str, ...] = ()
    """The ``keywords`` meta's labels: topic tags only when nothing else names any (sites fill
    it with one SEO list for every page)."""
    site: str | None = None
    language: str | None = None
    url: str | None = None


Path = tuple[tuple[str, int], ...]
"""The structural containers around a block, outermost first: ``(tag, element id)`` with tag
``ul``, ``ol``, ``li``, ``table``, ``thead``, ``tr``, ``td``, ``th``, ``blockquote``, ``footer``
(inside a quote), ``pre``, ``figure`` or ``social`` (a social post's markup)."""


@attrs.frozen(slots=True)
class PageObject:
    """An image or an embedded player of the page, placed between blocks."""

    at: int
    """The number of blocks before it."""
    kind: str
    """``image``, ``video``, ``audio``, ``social`` or ``other``."""
    url: str
    alt: str = ""
    box: int = -1
    """Element id of its ``<figure>`` (its caption blocks' paths hold ``("figure", box)``), or -1."""


@attrs.frozen(slots=True)
class Structure:
    """What markup says about the body's structure (HTML only), for :mod:`spaceparse.content`."""

    paths: tuple[Path, ...] = ()
    """Per block (same index as :attr:`Document.blocks`), its structural containers."""
    inline: tuple[tuple[tuple[str, str, str | None, int], ...], ...] = ()
    """Per block, its inline spans in page order: ``(kind, text, href or None, start)``,
    ``start`` where the markup puts the text in the block's text (checked before use); links
    are made absolute (against :attr:`base`) for the body's blocks only."""
    objects: tuple[PageObject, ...] = ()
    """Images and players, in page order (absolute URLs)."""
    base: str | None = None
    """The URL the page's links are relative to."""


@attrs.frozen(slots=True)
class Document:
    """A page turned into blocks: what the segmentation rules consume."""

    blocks: tuple[Block, ...]
    kind: str
    """``text`` or ``html``."""
    meta: Meta = Meta()
    url: str | None = None
    """The URL the caller gave."""
    profile: Profile | None = None
    """The site profile the front end chose (:func:`~spaceparse.profiles.choose_profile`),
    which the rules then use too; ``None``: chosen from :attr:`url` and the canonical URL."""
    partial: bool = False
    """Only the start of the page was read (over the front end's budget): becomes
    :attr:`Article.partial <spaceparse.model.Article.partial>`."""
    structure: Structure | None = attrs.field(default=None, eq=False, repr=False)
    """Markup structure of the blocks (HTML), from which the structured body is built."""
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
