"""Authors and publication date: the byline near the headline, what markup marks, and the
first date line of the page.

What a byline looks like (``By A and B``, ``A | November 19, 2026``, ``By A / Site /
date``, ``Posted: 23-Oct-2016``) is recognised by :mod:`spaceparse.recognisers.bylines`;
this rule decides where to look, and reports what it found by source (``authors_found``,
``dates_found``) for :mod:`spaceparse.assemble` to rank with the markup's own:

- ``byline``: just below the headline (sometimes just above it);
- ``marked``: blocks the HTML front end marked with the ``byline``/``date`` hints;
- ``page``: failing those, the first byline or date line of the page, outside furniture,
  comments and the related block (a text page whose headline was not found still shows its
  byline near the top).
"""

from __future__ import annotations

import datetime as _dt

from ..blocks import Block, Document
from ..profiles import Profile
from ..recognisers.bylines import BY_WORD, parse_byline, split_authors
from ..recognisers.dates import date_line
from ..segmentation import Role, Segmentation

__all__ = ["rule"]

_MARKED = frozenset({"byline", "date"})
# Blocks whose dates and names are not the article's: furniture, comments, teasers.
_ELSEWHERE = frozenset({"nav", "footer", "aside", "comment", "related", "noise", "authorbox", "hidden"})
_NOT_PAGE_ROLES = frozenset({"related", "barrier", "credit"})


def rule(doc: Document, seg: Segmentation, profile: Profile) -> Segmentation:
    blocks = doc.blocks
    h = seg.get("headline_index")
    zone = seg.get("zone")
    authors: tuple[str, ...] = ()
    date: _dt.date | None = None
    updates: dict[int, Role] = {}
    # 05/10/2018 is 5 October everywhere but in English (US) pages.
    day_first = doc.meta.language not in (None, "en")
    keys = doc.meta.site_keys
    if zone is not None or h is not None:
        authors, date = _near_headline(doc, seg, h, zone, day_first, keys, updates)
    dates_found: list[tuple[str, _dt.date, bool]] = []
    if date is not None:
        dates_found.append(("byline", date, False))
    marked_authors: tuple[str, ...] = ()
    marked_date: _dt.date | None = None
    marked = {b.index: b for hint in _MARKED for b in doc.with_hint(hint)}
    for _, b in sorted(marked.items()):  # markup-marked bylines anywhere, in page order
        if seg.roles[b.index] is not None:
            continue
        updates[b.index] = "byline"
        if (authors or marked_authors) and (date or marked_date):
            continue  # nothing left to read: only keep the line out of the body
        parsed = parse_byline(b.text, day_first=day_first, site_keys=keys)
        if "byline" in b.hints and not (authors or marked_authors):
            marked_authors = parsed[0] if parsed and parsed[0] else tuple(split_authors(b.text, keys))
        if parsed and parsed[1] and not marked_date:
            marked_date = parsed[1]
    if marked_date is not None:
        dates_found.append(("marked", marked_date, False))
    # "By" alone before a marked-up name ("By <span class=author>Name</span>").
    for i in list(updates):
        if i > 0 and seg.roles[i - 1] is None and i - 1 not in updates and BY_WORD.fullmatch(blocks[i - 1].text):
            updates[i - 1] = "byline"
    page_authors, page_date, page_updated = _first_on_page(doc, seg, day_first, keys)
    if page_date is not None:
        dates_found.append(("page", page_date, False))
    if page_updated is not None:
        dates_found.append(("page-updated", page_updated, False))
    authors_found: list[tuple[str, tuple[str, ...]]] = []
    for source, names in (("byline", authors or marked_authors), ("page", page_authors)):
        if names:
            authors_found.append((source, names))
    return seg.with_roles(updates).with_fields(
        authors=authors or marked_authors,
        published=date or marked_date,
        authors_found=tuple(authors_found),
        dates_found=tuple(dates_found),
    )


def _near_headline(  # noqa: PLR0917
    doc: Document,
    seg: Segmentation,
    h: int | None,
    zone: tuple[int, int] | None,
    day_first: bool,
    keys: frozenset[str],
    updates: dict[int, Role],
) -> tuple[tuple[str, ...], _dt.date | None]:
    """The byline just below the headline (or just above it); its blocks get the byline role."""
    blocks = doc.blocks
    if h is not None:
        lo = h + 1
    else:
        assert zone is not None
        lo = max(0, zone[0] - 8)
    hi = (zone[0] if zone else lo) + 4
    if h is not None and zone is not None and zone[0] < h:
        hi = h + 6
    authors: tuple[str, ...] = ()
    date: _dt.date | None = None
    scan = list(range(lo, min(hi, len(blocks))))
    if h is not None:
        scan = list(range(max(0, h - 3), h)) + scan
    for i in scan:
        b = blocks[i]
        if seg.roles[i] not in (None, "boilerplate") or "category" in b.hints:
            continue
        parsed = parse_byline(b.text, day_first=day_first, site_keys=keys)
        used = [i]
        if parsed is None or not parsed[0]:
            # Markup splits one byline into runs: "By" / "Claire Whitmore" / "| Posted: date".
            for back in (1, 2):
                parts = list(range(i - back, i + 1))
                if parts[0] < 0 or any(
                    seg.roles[k] is not None or k in updates or len(blocks[k].text) > 80 or ":" in blocks[k].text[:12]
                    for k in parts[:-1]
                ):
                    break
                joined = parse_byline(" ".join(blocks[k].text for k in parts), day_first=day_first, site_keys=keys)
                if joined is not None and joined[0]:
                    parsed, used = joined, parts
                    break
        if parsed is None:
            continue
        names, d = parsed
        if names and not authors:
            authors = names
        if d and not date:
            date = d
        for k in used:
            updates[k] = "byline"
        if authors and date:
            break
    return authors, date


def _elsewhere(b: Block, role: Role | None) -> bool:
    """A block of furniture, comments or teasers: its bylines are not the article's."""
    return role in _NOT_PAGE_ROLES or bool(b.hints & _ELSEWHERE)


def _first_on_page(
    doc: Document, seg: Segmentation, day_first: bool, keys: frozenset[str]
) -> tuple[tuple[str, ...], _dt.date | None, _dt.date | None]:
    """The first byline names, the first date line and the first "updated" date line of the
    page, up to the end of its text."""
    zone = seg.get("zone")
    end = zone[1] + 1 if zone else len(doc.blocks)
    authors: tuple[str, ...] = ()
    date: _dt.date | None = None
    updated: _dt.date | None = None
    for b in doc.blocks[:end]:
        if len(b.text) > 200 or _elsewhere(b, seg.roles[b.index]):
            continue
        if date is None:
            dl = date_line(b.text, day_first=day_first)
            if dl is not None:
                if dl[1] != "updated":
                    date = dl[0]
                elif updated is None:
                    updated = dl[0]
        if not authors:
            parsed = parse_byline(b.text, day_first=day_first, site_keys=keys)
            if parsed is not None and parsed[0]:
                authors = parsed[0]
        if authors and date:
            break
    return authors, date, updated
