"""Lines that are never article text: menus, share bars, pitches, ads, footers.

Text pages: whole-line patterns from the profile (``boilerplate`` in the data
files), lines that are only bracketed image alts (``[IMG]``), only symbols, or
runs of short bullet items (``lynx -dump`` menus). HTML pages add what markup
says (blocks inside ``nav``/``footer``/share/newsletter/ad containers).
"""

from __future__ import annotations

import bisect
import itertools
import re

from .._prefilter import first_chars, first_two
from ..blocks import Block, Document
from ..profiles import Profile
from ..segment import Segmentation
from ._text import ends_sentence, words
from .zone import is_related_heading

__all__ = ["BARRIER", "is_barrier_text", "is_boilerplate_text", "rule"]

_BRACKETED = re.compile(r"(?:\[[^\]]{0,200}\]\s*)+")
_SYMBOLS = re.compile(r"[\W_]+")
_HTML_NOISE = frozenset({"nav", "footer", "share", "newsletter", "ad", "comment", "aside", "hidden", "noise"})

# Headings after which the article does not go on (comment threads, sidebars).
BARRIER = re.compile(
    r"(?:\d+\s+)?(?:comments?|responses?|replies|discussion|leave a (?:reply|comment)|post a comment"
    r"|most (?:read|popular|viewed|shared|commented)|trending(?: now| stories)?|popular(?: now| stories| posts)?"
    r"|top stories|latest(?: news| stories| articles| posts)?|editor'?s picks|about the author|about us"
    r"|more (?:videos|podcasts)|sponsored (?:stories|content|links)|footer"
    r"|site map|sitemap|navigation|quick links|useful links|contact us|follow us)\s*:?",
    re.IGNORECASE,
)


# "comments" among the first three words: "Comments", "Top Rated Comments", "Show comments (12)";
# not "by India Post News Weekly 0 Comments" (a byline with a counter).
# Words are letters/digits and separators are the rest: with ``\w+`` and ``[\W_]+`` both
# taking "_", a line of 60 underscores had a polynomial number of splits (7 s).
_COMMENTS = re.compile(r"[\W_]*(?:[^\W_]+[\W_]+){0,2}(?:comments?|commenting|discussion|conversation)\b", re.IGNORECASE)
# Needed for a _COMMENTS match: a cheap literal test first.
_COMMENTS_WORD = re.compile(r"comment|discussion|conversation", re.IGNORECASE)


_COUNTED = re.compile(r"(?:\d+|no|one)\s+(?:comments?|responses?|replies|thoughts?)\b.{0,100}", re.IGNORECASE)


def _bound(pattern: re.Pattern[str]) -> frozenset[str]:
    """``first_chars``, or every ASCII character when no bound is found (the regex always runs)."""
    firsts = first_chars(pattern)
    return firsts if firsts is not None else frozenset(map(chr, range(128)))


_BARRIER_FIRST = _bound(BARRIER)
# The same by the first two characters (when both are ASCII); ``None``: no such bound.
_BARRIER_TWO = first_two(BARRIER, whole=True)
_COUNTED_FIRST = _bound(_COUNTED)


def is_barrier_text(text: str) -> bool:
    """A heading after which the article does not go on (comments, "most read", footers)."""
    c = text[:1]  # may_start, inlined: this runs on every line
    counted = c in _COUNTED_FIRST or not c.isascii()
    if len(text) > 60:
        return counted and len(text) <= 120 and _COUNTED.fullmatch(text) is not None
    bare = text.strip("[]() ")
    two = bare[:2]
    if len(two) == 2 and two.isascii():
        if (_BARRIER_TWO is None or two in _BARRIER_TWO) and BARRIER.fullmatch(bare):
            return True
    elif (two[:1] in _BARRIER_FIRST or not two[:1].isascii()) and BARRIER.fullmatch(bare):
        return True
    if counted and _COUNTED.fullmatch(text):
        return True
    if text.count(" ") > 7 or text.endswith("."):
        return False
    if text.isascii():  # the literal test without a regex (ASCII: lower() is exact case folding)
        low = text.lower()
        if "comment" not in low and "discussion" not in low and "conversation" not in low:
            return False
    elif _COMMENTS_WORD.search(text) is None:
        return False
    return _COMMENTS.match(text) is not None


def is_boilerplate_text(text: str, profile: Profile, *, phrase_hit: bool | None = None) -> bool:
    """True when a whole line is a known kind of page furniture.

    ``phrase_hit`` is whether the line contains the first part of a boilerplate
    phrase, when the caller already knows (the rule scans the page once).
    """
    first = text[0]
    if not first.isalnum() and (_SYMBOLS.fullmatch(text) or _BRACKETED.fullmatch(text)):
        return True
    if len(text) > 600:
        return False
    if phrase_hit is None:
        phrase_hit = profile.phrase_re.search(text.lower()) is not None
    if phrase_hit:
        lower = text.lower()
        for group in profile.boilerplate_phrases:
            if group[0] in lower and all(part in lower for part in group[1:]):
                return True
    # text[:9]: lower-casing the whole paragraph to test its first nine characters was
    # most of the cost for long lines (lower() works character by character).
    if len(text) > 120 and not text[:9].lower().startswith(("©", "(c)", "copyright")):
        return False  # every whole-line pattern is short
    # Only the patterns that can start with the line's first two characters, or its first
    # one (all of them for a first character outside ASCII).
    two = text[:2]
    if len(two) == 2 and two.isascii():
        rx = profile.boilerplate_two.get(two, profile.boilerplate_rest)
    else:
        rx = profile.boilerplate_first.get(first, profile.boilerplate_re)
        if rx is profile.boilerplate_re:  # a first character outside ASCII: every pattern
            return rx.fullmatch(text) is not None
    if rx is not None and rx.fullmatch(text) is not None:
        return True
    for gated, need in profile.boilerplate_gated:  # noqa: SIM110  # a loop: no generator per line
        if need in text and gated.fullmatch(text) is not None:
            return True
    return False


def _phrase_hits(blocks: tuple[Block, ...], profile: Profile) -> set[int]:
    """Indices of blocks holding the first part of some boilerplate phrase.

    One case-folded copy of the page and one ``find`` per phrase start is far
    cheaper than a search per line.
    """
    texts = [b.text for b in blocks]
    page = "\n".join(texts)
    low: str | bytes
    firsts: tuple[str, ...] | tuple[bytes, ...]
    if profile.phrase_firsts_ascii is not None and "\u0130" not in page and "\u212a" not in page:
        # The phrase starts are ASCII: an ASCII copy of the page, other characters as "?",
        # lower-cased as bytes, has the same hits at the same offsets as page.lower(), whose
        # only non-ASCII characters that lower to ASCII (or change length) are U+0130 and
        # U+212A. On text with curly quotes (most pages) str.lower() and str.find work
        # character by character on a two-byte string: several times dearer.
        low, firsts = page.encode("ascii", "replace").lower(), profile.phrase_firsts_ascii
    else:
        low, firsts = page.lower(), profile.phrase_firsts
        if len(low) != len(page):  # lower() changed a length (rare scripts): per line
            return {b.index for b in blocks if profile.phrase_re.search(b.text.lower())}
    hits: set[int] = set()
    starts: list[int] | None = None  # line offsets, needed only on a hit
    for first in firsts:
        at = low.find(first)  # type: ignore[arg-type]  # str in str, bytes in bytes
        while at >= 0:
            if starts is None:
                starts = list(itertools.accumulate((len(t) + 1 for t in texts), initial=0))
            hits.add(bisect.bisect_right(starts, at) - 1)
            at = low.find(first, at + 1)  # type: ignore[arg-type]
    return hits


def _under_related_heading(blocks: tuple[Block, ...], i: int, profile: Profile) -> bool:
    """A bullet list right under a related heading lists stories, not menu entries."""
    k = i - 1
    while k >= 0 and blocks[k].bullet:
        k -= 1
    return k >= 0 and is_related_heading(blocks[k].text, profile)


def _flush_menu(run: list[int], updates: dict[int, str], blocks: tuple[Block, ...], profile: Profile) -> None:
    if len(run) >= 3 and not _under_related_heading(blocks, run[0], profile):
        for i in run:
            updates.setdefault(i, "boilerplate")


def rule(doc: Document, seg: Segmentation, profile: Profile) -> Segmentation:
    updates: dict[int, str] = {}
    blocks = doc.blocks
    hits = _phrase_hits(blocks, profile)
    for b in blocks:
        text = b.text
        if (
            len(text) > 120
            and text[0].isalnum()
            and not b.hints
            and b.index not in hits
            and not text[:9].lower().startswith("copyright")
        ):
            continue  # a paragraph: what both tests below answer for it, without calling them
        if b.hints & _HTML_NOISE:
            updates[b.index] = "boilerplate"
        elif not b.bullet and is_barrier_text(b.text):  # a "* Comments" bullet is a share-bar item
            updates[b.index] = "barrier"
        elif is_boilerplate_text(b.text, profile, phrase_hit=b.index in hits):
            updates[b.index] = "boilerplate"
    # Runs of three or more short bullet items are menus (lynx renders <ul> nav as "* item").
    run: list[int] = []
    for b in blocks:
        if b.bullet and words(b.text) <= 6 and not ends_sentence(b.text):
            run.append(b.index)
            continue
        if run:
            _flush_menu(run, updates, blocks, profile)
            run = []
    _flush_menu(run, updates, blocks, profile)
    if doc.kind == "text" and len(updates) >= 2:
        _boxed(blocks, updates)
    return seg.with_roles(updates)


def _boxed(blocks: tuple[Block, ...], updates: dict[int, str]) -> None:
    """A line set tight between two furniture lines, on a page that separates its
    paragraphs with blank lines, is part of the same box: the pitch of a newsletter
    sign-up ("Get the Newsletter" / pitch / consent lines), an ad's text.
    """
    if sum(1 for b in blocks if b.blank_before) * 3 < len(blocks):
        return  # no blank lines between paragraphs: adjacency says nothing
    for i in sorted(updates):
        j = i + 1
        if (
            updates[i] == "boilerplate"
            and j + 1 < len(blocks)
            and j not in updates
            and updates.get(j + 1) == "boilerplate"
            and not blocks[j].blank_before
            and not blocks[j + 1].blank_before
            and words(blocks[j].text) <= 40
        ):
            updates[j] = "boilerplate"
