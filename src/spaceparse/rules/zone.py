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

import re

from ..blocks import Block, Document
from ..profiles import Profile
from ..recognisers.furniture import is_comment_header, is_sidebar_heading, related_heading_at
from ..recognisers.prose import ends_sentence, is_glued_teaser, is_prose, is_sentence, words
from ..segmentation import Segmentation

__all__ = ["block_score", "rule"]


# "... in Grass Valley, Calif. (AP Photo/Rich Pedroncelli)": a photo caption, not prose.
_CREDIT_TAIL = re.compile(
    r"(?:photo|foto|image|credit|courtesy|getty|reuters|afp|ap|epa|shutterstock|nasa|esa)\b[^()]{0,80}"
    r"|[A-Z][^()/]{0,40}/[^()]{1,40}",
    re.IGNORECASE,
)


def _ends_in_credit(text: str) -> bool:
    t = text.rstrip(". ")
    if not t.endswith(")"):
        return False
    open_at = t.rfind("(")
    return open_at > 0 and _CREDIT_TAIL.fullmatch(t[open_at + 1 : -1].strip()) is not None


def block_score(b: Block) -> float:
    text = b.text
    n = words(text)
    if b.link_ratio > 0.5:
        return -5.0 - n * b.link_ratio
    prose = is_prose(text)
    sentence = prose or (n >= 4 and ends_sentence(text) and not text.endswith(":"))  # is_sentence
    # Only text that would count for the zone needs the dearer teaser/caption tests.
    if sentence and (is_glued_teaser(text) or _ends_in_credit(text)):
        return -6.0
    if prose:
        # List items count half: a run of bulleted teasers must not outweigh paragraphs.
        return float(n) * (1.0 - b.link_ratio) * (0.5 if b.bullet else 1.0)
    if b.bullet and n <= 6:
        return -6.0
    if sentence:
        return float(n) * 0.5
    return -4.0 - min(n, 12) * 0.25


_ARTICLE_SIZED = 60.0
_PARAGRAPH = 20.0
_RELATED_HEADING = -15.0
_DAMP = 0.4


def rule(doc: Document, seg: Segmentation, profile: Profile) -> Segmentation:
    blocks = doc.blocks
    if not blocks:
        return seg.with_fields(zone=None)
    main = [b.index for b in doc.with_hint("main") if seg.roles[b.index] is None]
    if main:
        return seg.with_fields(zone=(main[0], main[-1]))
    best, best_span = 0.0, None
    run, run_start = 0.0, 0
    damp = 1.0
    roles = seg.roles
    initials = profile.related_initials
    for b in blocks:
        role = roles[b.index]
        if role == "barrier":
            # Text after a comments/"most read" heading, once an article-sized zone
            # was seen before it, is reader comments or teasers: it must do much
            # better to win.
            if best >= _PARAGRAPH and is_comment_header(b.text):
                break  # a comment thread follows the article, however short the article is
            if best >= _ARTICLE_SIZED:
                damp = _DAMP
            if not is_sidebar_heading(b.text):
                run, run_start = 0.0, b.index + 1
                continue
            # A teaser box's heading: some sites set the box inside the article, which
            # goes on after it; a strong negative, not a wall.
            s = _RELATED_HEADING
            if run <= 0:
                run, run_start = s, b.index
            else:
                run += s
            continue
        text = b.text  # is_related_heading, with its first test inlined (this runs on every block)
        if b.index > 0 and text[:1].lower() in initials and len(text) <= 160 and related_heading_at(text, profile):
            # It may open an inline box inside the article: a strong negative, not
            # a wall (the related rule decides which it is).
            s = _RELATED_HEADING
        elif role == "boilerplate":
            s = -8.0
        else:
            s = block_score(b)
            if s > 0:
                s *= damp
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
    while (
        start > 0
        and seg.roles[start - 1] is None
        and is_sentence(blocks[start - 1].text)
        and not is_prose(blocks[start - 1].text)
        and words(blocks[start - 1].text) >= 6
    ):
        start -= 1
    while (
        end + 1 < len(blocks)
        and seg.roles[end + 1] is None
        and is_sentence(blocks[end + 1].text)
        and words(blocks[end + 1].text) >= 6
        and not blocks[end + 1].bullet
    ):
        end += 1
    end = _closing_pointer(blocks, seg, end)
    return seg.with_fields(zone=(start, end))


# "To learn more about HelioSwift, visit:" / "For more information, visit https://...":
# the closing line of a release, pointing the reader to a page.
_POINTER = re.compile(
    r"(?:to learn more|learn more|for more(?: information| details)?|more information|for details|to read more)"
    r"\b[^.!?]{0,120}?\b(?:visit|see|go to)\b:?(?P<rest>.*)",
    re.IGNORECASE,
)
_URL_LINE = re.compile(r"(?:https?://|www\.)?[\w-]+(?:\.[\w-]+)+(?:/\S*)?\.?")


def _closing_pointer(blocks: tuple[Block, ...], seg: Segmentation, end: int) -> int:
    """Take in a release's closing pointer right after the zone: a "to learn more,
    visit:" line, with its URL on the line or the next one. It is too short, and the URL
    too unlike prose, for the scores."""
    i = end + 1
    if i >= len(blocks) or seg.roles[i] is not None or len(blocks[i].text) > 240 or blocks[i].bullet:
        return end
    m = _POINTER.match(blocks[i].text)
    if m is None:
        return end
    rest = m.group("rest").strip()
    if rest:
        return i if _URL_LINE.fullmatch(rest) or ends_sentence(rest) else end
    j = i + 1
    if j < len(blocks) and seg.roles[j] is None and len(blocks[j].text) <= 300 and _URL_LINE.fullmatch(blocks[j].text):
        return j
    return end
