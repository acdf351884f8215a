"""The dek (standfirst): the line between the headline and the byline or body.

HTML marks it (``dek`` hint, e.g. ``p.strapline``); in text it is the first
unclaimed line after the headline when a byline, credit or date line follows it
before the body, or a title-like line right under the headline.
"""

from __future__ import annotations

from ..blocks import Block, Document
from ..profiles import Profile
from ..recognisers.bylines import BY_WORD
from ..recognisers.prose import ends_sentence, is_title_like, words
from ..segmentation import Segmentation

__all__ = ["rule"]


def rule(doc: Document, seg: Segmentation, profile: Profile) -> Segmentation:
    blocks = doc.blocks
    marked = [b for b in doc.with_hint("dek") if seg.roles[b.index] is None]
    if marked:
        return seg.with_roles({marked[0].index: "dek"}).with_fields(dek=marked[0].text)
    h = seg.get("headline_index")
    if h is None:
        return seg
    i = h + 1
    while i < len(blocks) and seg.roles[i] == "boilerplate":
        i += 1
    if i >= len(blocks):
        return seg
    cand = blocks[i]
    if seg.roles[i] is not None or (words(cand.text) < 4 and not cand.bullet):
        return _after_byline(blocks, seg, i) if doc.kind == "text" else seg
    if cand.bullet or words(cand.text) > 80:
        return seg
    # What follows the candidate: a byline/credit line before any more text?
    j = i + 1
    while j < len(blocks) and seg.roles[j] == "boilerplate":
        j += 1
    followed_by_meta = j < len(blocks) and seg.roles[j] in ("byline", "credit")
    if "main" in cand.hints and not (followed_by_meta and seg.roles[j] == "byline"):
        # HTML: the first paragraph of the article's own container is body, not a dek,
        # unless it stands between the headline and the byline (a standfirst).
        return seg
    title_like = is_title_like(cand.text) and not ends_sentence(cand.text)
    if followed_by_meta or (
        title_like and j < len(blocks) and seg.roles[j] is None and words(blocks[j].text) > words(cand.text)
    ):
        return seg.with_roles({i: "dek"}).with_fields(dek=cand.text)
    return seg


_SKIPPED_ROLES = frozenset(["boilerplate", "byline", "categories"])
_FURNITURE_ROLES = frozenset(["boilerplate", "barrier"])


def _after_byline(blocks: tuple[Block, ...], seg: Segmentation, i: int) -> Segmentation:
    """A standfirst set under the byline (or the date line) rather than the headline:
    the first text after the meta lines (and a kicker word such as "News") is the dek when
    more meta follows it before the body does: a byline ("Von Anna Becker, SWR" under the
    teaser), or the lead image's caption after page furniture (a share bar) between them.
    The article's first paragraph is followed by its second, or by the caption alone."""
    n = len(blocks)
    seen_byline = False
    while i < n and (
        seg.roles[i] in _SKIPPED_ROLES or (seg.roles[i] is None and words(blocks[i].text) <= 3 and not seen_byline)
    ):
        seen_byline = seen_byline or seg.roles[i] == "byline"
        i += 1
    if not seen_byline or i >= n or seg.roles[i] is not None:
        return seg
    cand = blocks[i]
    if cand.bullet or not 4 <= words(cand.text) <= 60:
        return seg
    j = i + 1
    while j < n and seg.roles[j] in _FURNITURE_ROLES:
        j += 1
    if j >= n:
        return seg
    role = seg.roles[j]
    if (role == "byline" and _by_line(blocks[j].text)) or (role == "credit" and j > i + 1):
        return seg.with_roles({i: "dek"}).with_fields(dek=cand.text)
    return seg


def _by_line(text: str) -> bool:
    """A byline opening with its "By" word ("Von Anna Becker, SWR"): a name line alone
    under a paragraph may be a caption or a signature."""
    m = BY_WORD.match(text)
    return m is not None and m.end() < len(text) and text[m.end() - 1] in " :"
