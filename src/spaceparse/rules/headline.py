"""The article's headline.

HTML: the front end marks the article's ``<h1>`` (or the heading that matches
``og:title``/JSON-LD ``headline``) with the ``headline`` hint. Text: the nearest
title-like line above the content zone, skipping credit, caption and byline
lines; when two title-like lines stand together the upper one is the headline
and the lower one a dek. Share-bar words glued to the end (``…MissionShare:``)
are cut off.
"""

from __future__ import annotations

import re

from ..blocks import Document
from ..profiles import Profile
from ..segment import Segmentation
from ._text import ends_sentence, is_prose, is_title_like, words
from .byline import parse_byline
from .credit import parse_credit
from .labels import label_line

__all__ = ["rule", "clean_headline"]

_GLUED_TAIL = re.compile(r"(?<=[\w.!?’”\"')])(?:Share(?: this)?(?: article| story)?|Tweet|Comments?|Print|Email|Save)\s*:?\s*$")
_LOOKBACK = 14


def clean_headline(text: str) -> str:
    """Remove share-bar words glued to a headline by scraping."""
    return _GLUED_TAIL.sub("", text).strip()


def _skippable(text: str, profile: Profile) -> bool:
    return parse_byline(text) is not None or parse_credit(text, profile, lead=True) is not None


def rule(doc: Document, seg: Segmentation, profile: Profile) -> Segmentation:
    blocks = doc.blocks
    marked = [b for b in blocks if "headline" in b.hints and seg.roles[b.index] in (None, "boilerplate")]
    if marked:
        b = marked[0]
        return seg.with_roles({b.index: "headline"}).with_fields(
            headline=clean_headline(b.text), headline_index=b.index
        )
    zone = seg.get("zone")
    if zone is None:
        return seg
    start = zone[0]
    found: int | None = None
    i = start - 1
    while i >= 0 and start - i <= _LOOKBACK:
        b = blocks[i]
        role = seg.roles[i]
        text = b.text
        if role in ("boilerplate", "barrier") or b.bullet or _skippable(text, profile):
            i -= 1
            continue
        if is_title_like(text) and label_line(text, profile, strict=True) is None and words(text) >= 2:
            found = i
            break
        i -= 1
    if found is None:
        # The zone may have started at the headline itself (HTML without marks, or a
        # page whose first paragraph is short): accept a title-like first zone line.
        b = blocks[start]
        if start + 1 < len(blocks) and is_title_like(b.text) and not ends_sentence(b.text) and not is_prose(b.text):
            found = start
        else:
            return seg
    # Two title-like lines together: the upper is the headline, the lower a dek.
    above = found - 1
    if above >= 0 and seg.roles[above] is None:
        up = blocks[above].text
        low = blocks[found].text
        if (
            is_title_like(up)
            and not ends_sentence(up)
            and words(up) >= 3
            and label_line(up, profile, strict=True) is None
            and not _skippable(up, profile)
            and not blocks[above].bullet
            and (len(low) > len(up) * 1.2 or low.endswith("."))
            and blocks[found].blank_before <= 1
        ):
            found = above
    text = clean_headline(blocks[found].text)
    return seg.with_roles({found: "headline"}).with_fields(headline=text, headline_index=found)
