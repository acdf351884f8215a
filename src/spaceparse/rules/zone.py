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
from collections import Counter
from collections.abc import Callable

from ..blocks import Block, Document
from ..profiles import Profile
from ..recognisers.furniture import is_comment_header, is_related_heading, is_sidebar_heading, related_heading_at
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


# A page may carry its article twice: a hidden copy, or a schema dump cut into pieces at
# any character (pieces that start mid-sentence, in lower case). Exact repeats (a gallery's
# captions) are cheap to see; the cut pieces are looked for only once one shows.
_REPEAT_MIN = 200
_NEAR = 3
_BLOB = 1000  # a block this long may be the whole article again


def _pieces(text: str) -> list[str]:
    """``text`` cut at its sentence ends (". "), the final stop dropped."""
    pieces = text.split(". ")
    if pieces[-1][-1:] == ".":
        pieces[-1] = pieces[-1].rstrip(".")
    return pieces


def _repeated(pieces: list[str], count: Callable[[str], int]) -> bool:
    """Were half the whole sentences of a long block (its first and last pieces may be
    cut) seen before (``count(sentence)`` times)?"""
    inner = [p for p in pieces[1:-1] if len(p) >= 20]
    return len(inner) >= 2 and sum(1 for p in inner if count(p)) >= 0.5 * len(inner)


def _trim_copy(blocks: tuple[Block, ...], seg: Segmentation, start: int, end: int) -> int:
    """The zone's end once a copy of the article at its tail (and the metadata before the
    copy) is cut off: trailing long blocks whose sentences the zone already holds, and
    lines that do not score as text."""
    counts: Counter[str] = Counter()
    for k in range(start, end + 1):
        if seg.roles[k] is None:
            counts.update(_pieces(blocks[k].text))
    while end > start:
        b = blocks[end]
        if seg.roles[end] is None and block_score(b) > 0:
            pieces = _pieces(b.text)
            if len(b.text) < _REPEAT_MIN or not _repeated(pieces, lambda p: counts[p] >= 2):
                break
            counts.subtract(pieces)
        end -= 1
    return end


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
        return seg.with_fields(zone=(_lead_figure(blocks, seg, main[0]), main[-1]))
    best, best_span = 0.0, None
    run, run_start = 0.0, 0
    damp = 1.0
    roles = seg.roles
    initials = profile.related_initials
    texts: dict[str, int] = {}  # the prose blocks seen so far, at their last position
    sentences: set[str] | None = None  # their sentences, once a cut piece shows
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
                repeat = b.index - texts.get(text, -9) <= _NEAR  # shown twice in a row (a caption, an alt text)
                if sentences is None and len(text) >= _REPEAT_MIN and (text[0].islower() or len(text) >= _BLOB):
                    sentences = {p for t in texts for p in _pieces(t)}  # a cut piece: look for copies
                if sentences is not None:
                    pieces = _pieces(text)
                    if len(text) >= _REPEAT_MIN and _repeated(pieces, sentences.__contains__):
                        repeat = True
                        s = -0.5 * s  # the article again: its end
                    sentences.update(pieces)
                texts[text] = b.index
                if repeat:
                    s = min(s, 0.0)  # a paragraph shown twice (a caption) counts once
                else:
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
    if sentences is not None:
        end = _trim_copy(blocks, seg, start, end)
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
    end = _introduced_list(blocks, seg, end, profile)
    return seg.with_fields(zone=(start, end))


def _lead_figure(blocks: tuple[Block, ...], seg: Segmentation, start: int) -> int:
    """HTML: the zone takes in the caption and credit of a figure right above the container's
    first block (the lead image set between the headline and the text), for the credit rule."""
    while start > 0 and seg.roles[start - 1] is None and blocks[start - 1].hints & _FIGURE_HINTS:
        start -= 1
    return start


_FIGURE_HINTS = frozenset({"caption", "credit"})


_ITEM_MAX = 300
# A release's closing contact block ("For further information:", "Media contact:"), not a list.
_CONTACT_INTRO = re.compile(
    r"(?:for (?:further|more) (?:information|details)|(?:media |press )?(?:contacts?|enquiries|inquiries)"
    r"|about [^:]{1,60})\s*:",
    re.IGNORECASE,
)


def _introduced_list(blocks: tuple[Block, ...], seg: Segmentation, end: int, profile: Profile) -> int:
    """Take in the list a zone's last line introduces ("The tour dates:", "Ranking after 36
    races:"): tour dates, a table's rows, a numbered list of products. Its items are short
    and unlike prose, so the scores leave them out; they follow the colon line tight, one
    per line."""
    intro = end
    if not blocks[end].text.endswith(":") or _CONTACT_INTRO.fullmatch(blocks[end].text):
        intro = end + 1  # the introducing line may be too short to count itself
        if (
            intro >= len(blocks)
            or seg.roles[intro] is not None
            or not blocks[intro].text.endswith(":")
            or _CONTACT_INTRO.fullmatch(blocks[intro].text)
            or not 3 <= words(blocks[intro].text) <= 20
        ):
            return end
    i = intro + 1
    while i < len(blocks):
        b = blocks[i]
        if (
            seg.roles[i] is not None
            or len(b.text) > _ITEM_MAX
            or b.blank_before > (1 if i == intro + 1 else 0)
            or is_related_heading(b.text, profile)
        ):
            break
        i += 1
    return i - 1 if i - intro > 2 else end  # two items at least


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
