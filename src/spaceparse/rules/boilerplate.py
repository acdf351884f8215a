"""Lines that are never article text: menus, share bars, pitches, ads, footers.

Text pages: whole-line patterns from the profile (``boilerplate`` in the data
files), lines that are only bracketed image alts (``[IMG]``), only symbols, or
runs of short bullet items (``lynx -dump`` menus). HTML pages add what markup
says (blocks inside ``nav``/``footer``/share/newsletter/ad containers).
"""

from __future__ import annotations

import bisect
import itertools

from ..blocks import Block, Document
from ..profiles import Profile
from ..recognisers.furniture import is_barrier_text, is_boilerplate_text, is_comment_header, is_related_heading
from ..recognisers.prose import ends_sentence, words
from ..segmentation import Role, Segmentation

__all__ = ["rule"]

_HTML_NOISE = frozenset({"nav", "footer", "share", "newsletter", "ad", "comment", "aside", "hidden", "noise"})


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


def _flush_menu(run: list[int], updates: dict[int, Role], blocks: tuple[Block, ...], profile: Profile) -> None:
    if len(run) >= 3 and not _under_related_heading(blocks, run[0], profile):
        for i in run:
            updates.setdefault(i, "boilerplate")


def rule(doc: Document, seg: Segmentation, profile: Profile) -> Segmentation:
    updates: dict[int, Role] = {}
    blocks = doc.blocks
    hits = _phrase_hits(blocks, profile)
    barriers: list[int] = []
    headers: list[int] = []  # lines that may head a reader comment ("Jane Doe says:")
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
        elif not b.bullet and is_barrier_text(text):  # a "* Comments" bullet is a share-bar item
            updates[b.index] = "barrier"
            barriers.append(b.index)
        elif is_boilerplate_text(text, profile, phrase_hit=b.index in hits):
            updates[b.index] = "boilerplate"
        elif text[-1] in ":])" and is_comment_header(text):
            headers.append(b.index)
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
    # The headers of a comment thread (two or more on the page) each end what came before:
    # every comment then stands alone in the zone's search.
    headers = [i for i in headers if i not in updates]
    if len(headers) >= 2:
        updates.update(dict.fromkeys(headers, "barrier"))
    if doc.kind == "text" and len(updates) >= 2:
        _boxed(blocks, updates)
        _share_bar_counters(blocks, barriers, updates)
    return seg.with_roles(updates)


# One-word items of a share bar, as html-text puts them one per line.
_SHARE_ITEMS = frozenset(
    [
        "facebook",
        "twitter",
        "x",
        "linkedin",
        "reddit",
        "whatsapp",
        "pinterest",
        "email",
        "e-mail",
        "print",
        "share",
        "tweet",
        "flipboard",
        "telegram",
        "messenger",
        "copy",
    ]
)


def _share_bar_counters(blocks: tuple[Block, ...], barriers: list[int], updates: dict[int, Role]) -> None:
    """A "Comments" line set tight among share-bar items (Facebook / Twitter / Comments /
    Print) is the bar's link to the thread, not the thread's heading."""
    for i in barriers:
        b = blocks[i]
        if "comment" not in b.text.lower():
            continue  # "Follow us" over Facebook / Twitter links is a footer's heading
        before = i > 0 and not b.blank_before and blocks[i - 1].text.lower() in _SHARE_ITEMS
        after = i + 1 < len(blocks) and not blocks[i + 1].blank_before and blocks[i + 1].text.lower() in _SHARE_ITEMS
        if before or after:
            updates[i] = "boilerplate"


def _boxed(blocks: tuple[Block, ...], updates: dict[int, Role]) -> None:
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
