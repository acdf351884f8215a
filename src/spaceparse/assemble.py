"""Segmentation + page metadata -> :class:`~spaceparse.model.Article`.

What the blocks say wins for what the reader sees (headline shown, labels
shown, caption under the image); markup metadata fills the gaps and wins for
machine facts (publication date, canonical URL, language, lead image URL).
"""

from __future__ import annotations

from .blocks import Document
from .model import Article
from .profiles import Profile
from .segment import Segmentation

__all__ = ["assemble"]


def assemble(doc: Document, seg: Segmentation, profile: Profile) -> Article:
    meta = doc.meta
    f = seg.fields
    categories = f.get("categories") or meta.categories
    site = meta.site or (profile.site if doc.kind == "html" else None)
    return Article(
        headline=f.get("headline") or None,
        dek=f.get("dek") or meta.dek,
        categories=categories,
        tags=_without(_union(f.get("tags") or (), meta.tags) or meta.keywords, categories),
        authors=meta.authors or f.get("authors") or meta.org_authors,
        published=meta.published or f.get("published"),
        image_url=meta.image_url,
        image_caption=f.get("image_caption") or meta.image_caption,
        image_credit=f.get("image_credit") or meta.image_credit,
        body=f.get("body") or (),
        related=f.get("related") or (),
        url=meta.url or doc.url,
        site=site,
        language=meta.language,
    )


def _without(tags: tuple[str, ...], categories: tuple[str, ...]) -> tuple[str, ...]:
    """``tags`` less the labels already among the ``categories`` (compared case-insensitively)."""
    if not categories or not tags:
        return tags
    seen = {c.casefold() for c in categories}
    return tuple(t for t in tags if t.casefold() not in seen)


def _union(a: tuple[str, ...], b: tuple[str, ...]) -> tuple[str, ...]:
    seen = {x.casefold() for x in a}
    return a + tuple(x for x in b if x.casefold() not in seen)
