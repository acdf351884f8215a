"""The main content span: the densest run of prose among the blocks.

Each block gets a score, positive for running text (by its word count) and
negative for short lines, link lists and furniture; the span with the largest
sum (Kadane's maximum subarray) is the article's zone. Barrier lines (comment
and "most read" headings) and related-block headings split the search. On HTML
the front end marks the blocks of its chosen content container ``main``; the
zone is then that container's span.

Short complete sentences just outside the span (a one-line first paragraph)
are added back, as long as nothing else claims them.
"""

from __future__ import annotations

from ..blocks import Block, Document
from ..profiles import Profile
from ..segment import Segmentation
from ._text import ends_sentence, is_prose, is_sentence, is_title_like, words
from .labels import label_line

__all__ = ["rule", "block_score", "is_related_heading"]


_SUMMARY_WEIGHT = 0.0


def _is_item_headline(b: Block) -> bool:
    return is_title_like(b.text) and not ends_sentence(b.text) and not is_prose(b.text) and not b.bullet


def is_related_heading(text: str, profile: Profile) -> bool:
    """A related-block heading, alone or glued to the first item's labels."""
    if len(text) > 160:
        return False
    if profile.related_re.fullmatch(text.rstrip(": ")):
        return True
    m = profile.related_re.match(text)
    return bool(m and m.end() < len(text) and text[m.end()].isupper() and text[m.end() - 1].islower())


def block_score(b: Block) -> float:
    n = words(b.text)
    if b.link_ratio > 0.5:
        return -5.0 - n * b.link_ratio
    if is_prose(b.text):
        return float(n) * (1.0 - b.link_ratio)
    if b.bullet and n <= 6:
        return -6.0
    if is_sentence(b.text):
        return float(n) * 0.5
    return -4.0 - min(n, 12) * 0.25


def rule(doc: Document, seg: Segmentation, profile: Profile) -> Segmentation:
    blocks = doc.blocks
    if not blocks:
        return seg.with_fields(zone=None)
    main = [b.index for b in blocks if "main" in b.hints and seg.roles[b.index] is None]
    if main:
        return seg.with_fields(zone=(main[0], main[-1]))
    best, best_span = 0.0, None
    run, run_start = 0.0, 0
    under_related = False
    item_ends: set[int] = set()
    for b in blocks:
        role = seg.roles[b.index]
        if role == "barrier" or is_related_heading(b.text, profile) and b.index > 0:
            run, run_start = 0.0, b.index + 1
            under_related = role != "barrier"
            item_ends = {b.index}
            continue
        s = -8.0 if role == "boilerplate" else block_score(b)
        if under_related and s > 0 and b.index >= 2 and _is_item_headline(blocks[b.index - 1]):
            # Under a related heading, prose right after a headline line that follows
            # the heading, a label line or another summary is an item's summary
            # (label / headline / summary groups), not article text.
            before = blocks[b.index - 2]
            if before.index in item_ends or label_line(before.text, profile) is not None:
                s *= _SUMMARY_WEIGHT
                item_ends.add(b.index)
        if run <= 0:
            run, run_start = s, b.index
        else:
            run += s
        if run > best:
            best, best_span = run, (run_start, b.index)
    if best_span is None:
        return seg.with_fields(zone=None)
    start, end = best_span
    # Take back short complete sentences at the edges (a one-line lead paragraph).
    while start > 0 and seg.roles[start - 1] is None and is_sentence(blocks[start - 1].text) and not is_prose(blocks[start - 1].text) and words(blocks[start - 1].text) >= 6:
        start -= 1
    while end + 1 < len(blocks) and seg.roles[end + 1] is None and is_sentence(blocks[end + 1].text) and words(blocks[end + 1].text) >= 6 and not blocks[end + 1].bullet:
        end += 1
    return seg.with_fields(zone=(start, end))
