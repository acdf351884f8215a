"""The result types: :class:`Article` and :class:`RelatedStory`.

Both are frozen ``attrs`` classes with slots and tuple fields, so that results
are hashable values that can be compared, cached and shipped between processes.
Missing information is ``None`` or ``()``; nothing is ever invented.
"""

from __future__ import annotations

import datetime as _dt
from typing import Any

import attrs

from .elements import Element, element_from_dict

__all__ = ["Article", "RelatedStory"]


def _tuple_of_str(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    return tuple(str(v) for v in value)


def _related_tuple(value: Any) -> tuple[RelatedStory, ...]:
    if value is None:
        return ()
    return tuple(v if isinstance(v, RelatedStory) else RelatedStory.from_dict(v) for v in value)


def _content(value: Any) -> tuple[Element, ...]:
    if not value:
        return ()
    return tuple(element_from_dict(v) if isinstance(v, dict) else v for v in value)


def _date(value: Any) -> _dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    return _dt.date.fromisoformat(str(value)[:10])


@attrs.frozen(slots=True)
class RelatedStory:
    """One item of an article's related-stories block."""

    headline: str
    """The related story's headline."""
    categories: tuple[str, ...] = attrs.field(default=(), converter=_tuple_of_str)
    """Its labels, in page order (empty when the page shows none)."""
    summary: str | None = None
    """Its excerpt, without a trailing truncation marker."""
    url: str | None = None
    """Absolute link target (HTML only; ``None`` for text pages)."""
    truncated: bool = False
    """True when the site cut the summary (it ended in ``[…]``, ``...`` or ``…``)."""

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict with every field."""
        return {
            "headline": self.headline,
            "categories": list(self.categories),
            "summary": self.summary,
            "url": self.url,
            "truncated": self.truncated,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> RelatedStory:
        """Inverse of :meth:`to_dict`; unknown keys are an error."""
        _check_keys(cls, data)
        return cls(**data)


@attrs.frozen(slots=True)
class Article:
    """A parsed news page. Every field is optional: ``None`` or ``()`` when absent."""

    headline: str | None = None
    """The article's own headline (never the site name)."""
    dek: str | None = None
    """Standfirst / subheadline shown under the headline."""
    categories: tuple[str, ...] = attrs.field(default=(), converter=_tuple_of_str)
    """Section labels shown with the article (kicker, breadcrumb, section links), split when
    glued (``InternationalLunar``)."""
    tags: tuple[str, ...] = attrs.field(default=(), converter=_tuple_of_str)
    """Topic tags, distinct from the section :attr:`categories`: ``article:tag`` and keywords
    meta, JSON-LD ``keywords``, tag links (``rel="tag"``, a tag list under the article), a
    ``Tags:`` line in scraped text."""
    authors: tuple[str, ...] = attrs.field(default=(), converter=_tuple_of_str)
    """Byline names, without ``By`` and without the date or site."""
    published: _dt.date | None = attrs.field(default=None, converter=_date)
    """Publication date."""
    image_url: str | None = None
    """Absolute URL of the lead image (HTML only)."""
    image_caption: str | None = None
    """The lead image's caption, without its credit."""
    image_credit: str | None = None
    """The lead image's credit, without its prefix (``Image: CNSA`` gives ``CNSA``)."""
    body: tuple[str, ...] = attrs.field(default=(), converter=_tuple_of_str)
    """Body paragraphs in page order (subheadings, list items and quotes are paragraphs too)."""
    content: tuple[Element, ...] = attrs.field(default=(), converter=_content)
    """The structured body (:mod:`spaceparse.elements`): paragraphs, headings, lists, quotes,
    tables, code, figures and embeds in page order; its text-bearing elements hold exactly the
    :attr:`body` paragraphs (:func:`~spaceparse.elements.content_texts`)."""
    related: tuple[RelatedStory, ...] = attrs.field(default=(), converter=_related_tuple)
    """The related-stories block."""
    url: str | None = None
    """Canonical URL of the page, else the URL given to ``parse``."""
    site: str | None = None
    """Name of the site (HTML only)."""
    language: str | None = None
    """Primary language subtag, lower case (HTML only), e.g. ``"en"``."""
    partial: bool = False
    """True when only the start of the page was read: it has more markup than the per-page
    budget allows (far more tags per byte than any real page, e.g. millions of empty
    elements), so the rest was dropped to keep the cost linear. The fields are what the
    part read gives; the article's text normally comes early. Never set on real pages
    (docs/robustness.md)."""

    @property
    def text(self) -> str:
        """The body as one string, paragraphs separated by a blank line."""
        return "\n\n".join(self.body)

    def to_markdown(self) -> str:
        """The article as Markdown (CommonMark, GFM tables): headline, dek, byline, lead image
        with its credit, the structured body, the related stories."""
        from .render import to_markdown

        return to_markdown(self)

    def to_html(self) -> str:
        """The article as a clean, self-contained HTML page (no scripts, styles or tracking)."""
        from .render import to_html

        return to_html(self)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict with every field (dates as ISO ``YYYY-MM-DD``)."""
        return {
            "headline": self.headline,
            "dek": self.dek,
            "categories": list(self.categories),
            "tags": list(self.tags),
            "authors": list(self.authors),
            "published": self.published.isoformat() if self.published else None,
            "image_url": self.image_url,
            "image_caption": self.image_caption,
            "image_credit": self.image_credit,
            "body": list(self.body),
            "content": [e.to_dict() for e in self.content],
            "related": [r.to_dict() for r in self.related],
            "url": self.url,
            "site": self.site,
            "language": self.language,
            "partial": self.partial,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        """Inverse of :meth:`to_dict`: ``Article.from_dict(a.to_dict()) == a``.

        Unknown keys raise :class:`ValueError`, so a typo never passes silently.
        """
        _check_keys(cls, data)
        return cls(**data)


def _check_keys(cls: type, data: dict[str, Any]) -> None:
    names = {f.name for f in attrs.fields(cls)}
    unknown = set(data) - names
    if unknown:
        raise ValueError(f"unknown {cls.__name__} field(s): {', '.join(sorted(unknown))}")
