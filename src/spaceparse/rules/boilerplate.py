"""Lines that are never article text: menus, share bars, pitches, ads, footers.

Text pages: whole-line patterns from the profile (``boilerplate`` in the data
files), lines that are only bracketed image alts (``[IMG]``), only symbols, or
runs of short bullet items (``lynx -dump`` menus). HTML pages add what markup
says (blocks inside ``nav``/``footer``/share/newsletter/ad containers).
"""

from __future__ import annotations

import re

from ..blocks import Block, Document
from ..profiles import Profile
from ..segment import Segmentation
from ._text import ends_sentence, words
from .zone import is_related_heading

__all__ = ["rule", "is_boilerplate_text", "BARRIER"]

_BRACKETED = re.compile(r"(?:\[[^\]]{0,200}\]\s*)+")
_SYMBOLS = re.compile(r"[\W_]+")
_HTML_NOISE = frozenset({"nav", "footer", "share", "newsletter", "ad", "comment", "aside", "hidden", "noise"})

# Headings after which the article does not go on (comment threads, sidebars).
BARRIER = re.compile(
    r"(?:\d+\s+)?(?:comments?|responses?|replies|discussion|leave a (?:reply|comment)|post a comment"
    r"|most (?:read|popular|viewed|shared|commented)|trending(?: now| stories)?|popular(?: now| stories| posts)?"
    r"|top stories|latest(?: news| stories| articles| posts)?|editor'?s picks|about the author|about us"
    r"|share this(?: article| story)?|more (?:videos|podcasts)|sponsored(?: stories| content)?|footer"
    r"|site map|sitemap|navigation|quick links|useful links|contact us|follow us)\s*:?",
    re.IGNORECASE,
)


def is_boilerplate_text(text: str, profile: Profile) -> bool:
    """True when a whole line is a known kind of page furniture."""
    if len(text) > 300:
        return False
    first = text[0]
    if not first.isalnum() and (_SYMBOLS.fullmatch(text) or _BRACKETED.fullmatch(text)):
        return True
    lower = text.lower()
    if any(p in lower for p in profile.phrase_starts):
        for group in profile.boilerplate_phrases:
            if all(part in lower for part in group):
                return True
    if len(text) > 120 and not lower.startswith(("©", "(c)", "copyright")):
        return False  # every whole-line pattern is short
    return profile.boilerplate_re.fullmatch(text) is not None


def _under_related_heading(blocks: tuple[Block, ...], i: int, profile: Profile) -> bool:
    """A bullet list (longer items included) right under a related heading lists stories."""
    k = i - 1
    while k >= 0 and blocks[k].bullet:
        k -= 1
    return k >= 0 and is_related_heading(blocks[k].text, profile)


def rule(doc: Document, seg: Segmentation, profile: Profile) -> Segmentation:
    updates: dict[int, str] = {}
    blocks = doc.blocks
    for b in blocks:
        if b.hints & _HTML_NOISE:
            updates[b.index] = "boilerplate"
        elif is_boilerplate_text(b.text, profile):
            updates[b.index] = "boilerplate"
        elif len(b.text) <= 60 and BARRIER.fullmatch(b.text):
            updates[b.index] = "barrier"
    # Runs of three or more short bullet items are menus (lynx renders <ul> nav as "* item"),
    # unless they list the stories under a related heading ("Related Stories").
    run: list[int] = []
    for b in blocks + (None,):  # type: ignore[operator]
        if b is not None and b.bullet and words(b.text) <= 6 and not ends_sentence(b.text):
            run.append(b.index)
            continue
        if len(run) >= 3 and not _under_related_heading(blocks, run[0], profile):
            for i in run:
                updates.setdefault(i, "boilerplate")
        run = []
    return seg.with_roles(updates)
