"""Authors and publication date: the byline near the headline, or what markup marks.

What a byline looks like (``By A and B``, ``A | November 19, 2026``, ``By A / Site /
date``, ``Posted: 23-Oct-2016``) is recognised by :mod:`spaceparse.recognisers.bylines`;
this rule decides where to look: just below the headline (sometimes just above it), then
blocks the HTML front end marked with the ``byline``/``date`` hints.
"""

from __future__ import annotations

import datetime as _dt
import re

from ..blocks import Document
from ..profiles import Profile
from ..recognisers.bylines import BY_WORD, parse_byline, split_names
from ..segmentation import Role, Segmentation

__all__ = ["rule"]

_MARKED = frozenset({"byline", "date"})


def rule(doc: Document, seg: Segmentation, profile: Profile) -> Segmentation:
    blocks = doc.blocks
    h = seg.get("headline_index")
    zone = seg.get("zone")
    if zone is None and h is None:
        return seg
    lo = h + 1 if h is not None else max(0, zone[0] - 8)
    hi = (zone[0] if zone else lo) + 4
    if h is not None and zone is not None and zone[0] < h:
        hi = h + 6
    authors: tuple[str, ...] = ()
    date: _dt.date | None = None
    updates: dict[int, Role] = {}
    # 05/10/2018 is 5 October everywhere but in English (US) pages.
    day_first = doc.meta.language not in (None, "en")
    # Bylines sit just below the headline (and sometimes just above it).
    scan = list(range(lo, min(hi, len(blocks))))
    if h is not None:
        scan = list(range(max(0, h - 3), h)) + scan
    for i in scan:
        b = blocks[i]
        if seg.roles[i] not in (None, "boilerplate") or "category" in b.hints:
            continue
        parsed = parse_byline(b.text, day_first=day_first)
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
                joined = parse_byline(" ".join(blocks[k].text for k in parts), day_first=day_first)
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
    marked = {b.index: b for hint in _MARKED for b in doc.with_hint(hint)}
    for _, b in sorted(marked.items()):  # markup-marked bylines anywhere, in page order
        if seg.roles[b.index] is not None:
            continue
        if authors and date:  # nothing left to read: only keep the line out of the body
            updates[b.index] = "byline"
            continue
        parsed = parse_byline(b.text, day_first=day_first)
        if "byline" in b.hints and not authors:
            authors = parsed[0] if parsed and parsed[0] else split_names(re.sub(r"^[Bb]y\s+", "", b.text))
        if parsed and parsed[1] and not date:
            date = parsed[1]
        updates[b.index] = "byline"
    # "By" alone before a marked-up name ("By <span class=author>Name</span>").
    for i in list(updates):
        if i > 0 and seg.roles[i - 1] is None and i - 1 not in updates and BY_WORD.fullmatch(blocks[i - 1].text):
            updates[i - 1] = "byline"
    return seg.with_roles(updates).with_fields(authors=authors, published=date)
