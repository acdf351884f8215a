"""Segmentation + page metadata -> :class:`~spaceparse.model.Article`.

What the blocks say wins for what the reader sees (headline shown, labels
shown, caption under the image); markup metadata fills the gaps and wins for
machine facts (canonical URL, language, lead image URL). Authors and the
publication date come from many sources, markup and page text alike: each is
ranked by one table below.
"""

from __future__ import annotations

from .blocks import Document
from .content import build_content
from .model import Article
from .profiles import Profile
from .recognisers.bylines import is_organisation
from .recognisers.dates import Dated, choose_published
from .recognisers.urls import url_date
from .segment import Segmentation

__all__ = ["AUTHOR_SOURCES", "DATE_SOURCES", "assemble"]

AUTHOR_SOURCES: tuple[str, ...] = (
    "jsonld",  # the JSON-LD article's author people
    "markup",  # byline markup: rel=author, itemprop=author, .byline .author... (first byline box)
    "byline",  # the byline printed near the headline (rules/byline.py), text pages' main source
    "meta",  # <meta name=author>, article:author, parsely-author...
    "jsonld-org",  # an organisation named as the JSON-LD author
    "page",  # the first byline of the page, outside furniture, comments and teasers
)
"""Where authors come from, best first: the first source naming a person wins (else the first
naming an organisation: "Reuters"); a first name alone, a CMS display name, takes the full
name another source gives it (:func:`_fuller`)."""

DATE_SOURCES: tuple[str, ...] = (
    "jsonld",  # JSON-LD datePublished
    "meta",  # article:published_time and the other meta tags named for the publication
    "microdata",  # itemprop=datePublished, <time pubdate>
    "time",  # the article's <time datetime> (time.published, .entry-date, in <article>)
    "meta-date",  # date, dc.date, dcterms.created...
    "url",  # /2019/11/18/ in the URL path: the day the site filed the story under
    "byline",  # the date printed in the byline near the headline (rules/byline.py)
    "marked",  # a date printed in an element marked as a date or byline
    "dom",  # the first element the markup names as a date (.entry-date, .post-created), its text or datetime
    "time-any",  # the page's first <time datetime> outside comments, teasers and furniture
    "jsonld-created",  # JSON-LD dateCreated
    "page",  # the first date line of the page, outside furniture, comments and teasers
    "byline-updated",  # a date the byline labels as an update, when the page states no other
    "page-updated",  # the first date line labelled as an update, likewise
    "image-url",  # /2016/05/04/ in the lead image's URL (its upload), when the page states no date at all
)
"""Where the publication date comes from, best first (a UTC timestamp one day away from the
site's own day gives way to it: :func:`~spaceparse.recognisers.dates.choose_published`).
Modification dates in markup (``jsonld-modified``, ``meta-modified``) are collected but never
ranked: the date a page was last changed is not its publication date. A date printed as an
update is the last resort, when the page shows no other."""


def assemble(doc: Document, seg: Segmentation, profile: Profile) -> Article:
    meta = doc.meta
    f = seg.fields
    categories = f.get("categories") or meta.categories
    site = meta.site or (profile.site if doc.kind == "html" else None)
    found_authors = dict((*meta.authors_found, *f.get("authors_found", ())))
    ranked = [found_authors[s] for s in AUTHOR_SOURCES if found_authors.get(s)]
    # An organisation credited alone ("Reuters") gives way to people another source names.
    people = [names for names in ranked if not all(is_organisation(n) for n in names)]
    authors = _fuller((people or ranked or [()])[0], found_authors)
    dates: list[Dated] = [*meta.dates_found, *f.get("dates_found", ())]
    day = url_date(doc.url) or url_date(meta.url)
    if day is not None:
        dates.append(("url", day, False))
    return Article(
        headline=f.get("headline") or None,
        dek=f.get("dek") or meta.dek,
        categories=categories,
        tags=_without(_fuller_list(_union(f.get("tags") or (), meta.tags), meta.keywords), categories),
        authors=authors,
        published=choose_published(dates, DATE_SOURCES),
        image_url=meta.image_url,
        image_caption=f.get("image_caption") or meta.image_caption,
        image_credit=f.get("image_credit") or meta.image_credit,
        body=f.get("body") or (),
        content=build_content(doc, seg, profile, meta.image_url),
        related=f.get("related") or (),
        url=meta.url or doc.url,
        site=site,
        language=meta.language,
        partial=doc.partial,
    )


def _fuller(names: tuple[str, ...], found: dict[str, tuple[str, ...]]) -> tuple[str, ...]:
    """``("Nils",)`` -> ``("Nils Pickert",)`` when another source names "Nils Pickert"."""
    if all(" " in n for n in names):
        return names
    others = [o for source in AUTHOR_SOURCES for o in found.get(source, ()) if " " in o]
    out = []
    for n in names:
        if " " not in n:
            low = n.casefold()
            n = next((o for o in others if o.split(maxsplit=1)[0].casefold() == low), n)
        out.append(n)
    return tuple(out)


def _fuller_list(tags: tuple[str, ...], keywords: tuple[str, ...]) -> tuple[str, ...]:
    """The tags, or the ``keywords`` meta when there are none, or when it lists every one of
    them and more (the same editor's fuller list: "Defense, Donald Trump, Elections, ...")."""
    if not tags:
        return keywords
    if len(keywords) > len(tags):
        have = {k.casefold() for k in keywords}
        if all(t.casefold() in have for t in tags):
            return keywords
    return tags


def _without(tags: tuple[str, ...], categories: tuple[str, ...]) -> tuple[str, ...]:
    """``tags`` less the labels already among the ``categories`` (compared case-insensitively)."""
    if not categories or not tags:
        return tags
    seen = {c.casefold() for c in categories}
    return tuple(t for t in tags if t.casefold() not in seen)


def _union(a: tuple[str, ...], b: tuple[str, ...]) -> tuple[str, ...]:
    seen = {x.casefold() for x in a}
    return a + tuple(x for x in b if x.casefold() not in seen)
