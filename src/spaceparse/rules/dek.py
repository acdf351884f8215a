"""The dek (standfirst): the line between the headline and the byline or body.

HTML marks it (``dek`` hint, e.g. ``p.strapline``); in text it is the first
unclaimed line after the headline when a byline, credit or date line follows it
before the body, or a title-like line right under the headline.
"""

from __future__ import annotations

from ..blocks import Document
from ..profiles import Profile
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
    if i >= len(blocks) or seg.roles[i] is not None:
        return seg
    cand = blocks[i]
    if cand.bullet or words(cand.text) < 4 or words(cand.text) > 80:
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
