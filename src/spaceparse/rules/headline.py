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

from ..blocks import Block, Document, Meta
from ..profiles import Profile
from ..recognisers.bylines import parse_byline
from ..recognisers.credits import is_caption_above, parse_credit
from ..recognisers.dates import find_date
from ..recognisers.labels import label_line
from ..recognisers.prose import ends_sentence, is_prose, is_title_like, words
from ..recognisers.sites import similar, site_key, title_segments
from ..segmentation import Role, Segmentation

__all__ = ["clean_headline", "html_headline", "markup_headline", "rule"]

_GLUED_TAIL = re.compile(
    r"(?<=[\w.!?’”\"')])(?:Share(?: this)?(?: article| story)?|Tweet|Comments?|Print|Email|Save)\s*:?\s*$"
)
# How a _GLUED_TAIL match ends, before its optional colon and spaces.
_GLUED_WORD_ENDS = ("Share", "this", "article", "story", "Tweet", "Comment", "Comments", "Print", "Email", "Save")
_LOOKBACK = 14


def clean_headline(text: str) -> str:
    """Remove share-bar words glued to a headline by scraping."""
    t = text.rstrip()
    if t.endswith(":"):
        t = t[:-1].rstrip()
    if not t.endswith(_GLUED_WORD_ENDS):
        return text.strip()  # what the substitution leaves when the pattern cannot match
    return _GLUED_TAIL.sub("", text).strip()


# "Updated 2 hours ago": a time stamp under the byline, never the headline.
_RELATIVE_TIME = re.compile(
    r"(?:(?:updated|published|posted|last updated):?\s+)?(?:\d{1,3}|an?|one)\s+"
    r"(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\s+ago\.?",
    re.IGNORECASE,
)


def markup_headline(meta: Meta) -> str | None:
    """The headline an HTML page shows when no heading block carries it: the ``<h1>`` (even
    one the walk skipped as furniture) that shares most words with the markup title, else
    the markup title."""
    title = meta.headline
    if not title or title in meta.h1s:
        return title
    best, best_sim = None, 0.6
    for h1 in meta.h1s:
        sim = similar(h1, title)
        if sim >= best_sim and len(h1) <= 300 and site_key(h1) not in meta.site_keys:
            best, best_sim = h1, sim
    return best or title


_KICKER_WORDS = 6


def html_headline(shown: str | None, meta: Meta) -> str | None:
    """The headline of an HTML page, from the heading the front end marked (``shown``: the one
    most like the markup title, else the first ``<h1>``) and the page's metadata.

    Evidence, in order:
    1. ``shown`` is the site's name (a logo ``<h1>``): not the headline;
    2. the markup title reads as ``shown`` with the punctuation the layout drew (a kicker set
       in its own span: "Die Eisheiligen 2024" / "Wann sie sind" over "...2024: Wann..."):
       the markup title;
    3. ``shown`` is a kicker, section or date, then the markup title ("Immobilienkrise Rene
       Benko-Firma ..."): the markup title;
    4. an ``<h1>`` says exactly what the markup title says while ``shown`` does not, and is
       not the title without its kicker (the walk skipped the real ``<h1>`` as furniture):
       that ``<h1>``;
    5. ``shown`` is the markup title and a date (set inside the ``<h1>``): the markup title;
    6. ``shown`` is a part of the ``<title>`` naming the site or a section
       (:func:`_without_site_segment`);
    7. no heading marked: the ``<h1>`` that is the first part of the title ("Headline - Recipe
       from Site"), else :func:`markup_headline`, with the same test as 6.
    A date glued to the front ("23.01.2022 - Headline") is cut off.
    """
    title = meta.headline
    keys = meta.site_keys
    if shown is not None and (site_key(shown) in keys or not any(c.isalnum() for c in shown)):
        shown = None  # the site's name in a logo <h1>, or a heading of dots and symbols
    if shown is None:
        found = _first_segment_h1(meta) or markup_headline(meta)
        return _without_leading_date(_without_site_segment(found, meta) if found else found)
    if not title:
        return _without_leading_date(shown)
    k_shown, k_title = site_key(shown), site_key(title)
    if k_shown == k_title:
        # The same letters in the same case: the markup title has the punctuation the layout
        # drew; letters that differ in case are the page's own styling of its title.
        return title if _letters(shown) == _letters(title) else shown
    if k_title and k_shown.endswith(k_title) and words(shown) - words(title) <= _KICKER_WORDS:
        return title
    if k_title and k_shown.startswith(k_title) and _only_a_date(k_shown[len(k_title) :]):
        return title  # a date set inside the <h1>, after the headline
    if not k_title.endswith(k_shown):  # (``shown`` without the title's kicker stands)
        for h1 in meta.h1s:
            if h1 != shown and site_key(h1) == k_title:
                return h1
    return _without_leading_date(_without_site_segment(shown, meta))


def _without_site_segment(shown: str, meta: Meta) -> str:
    """The headline when ``shown`` is only a part of the ``<title>`` that names the site or a
    section: "Headline | Blog Name" with the blog's name in an ``<h1>`` gives the title without
    it; "Site - Section - Headline" with the section in one ``<h1>`` and the headline in
    another gives the other."""
    raw = meta.title
    if not raw:
        return shown
    parts = title_segments(raw)
    if len(parts) < 2:
        return shown
    keys = [site_key(p) for p in parts]
    k_shown = site_key(shown)
    if k_shown not in keys:
        return shown
    at = keys.index(k_shown)
    if at == len(parts) - 1 and words(" ".join(parts[:-1])) >= words(shown):
        return " - ".join(parts[:-1])
    if at < len(parts) - 1:
        longer = [h1 for h1 in meta.h1s if site_key(h1) in keys[at + 1 :] and words(h1) > words(shown)]
        if longer:
            return longer[-1]
    return shown


def _only_a_date(key: str) -> bool:
    """``key`` (letters and digits only) is empty or digits: what is left of a numeric date."""
    return key.isdigit() and len(key) <= 14


def _letters(text: str) -> str:
    return "".join(c for c in text if c.isalnum())


def _first_segment_h1(meta: Meta) -> str | None:
    """The ``<h1>`` that is the first part of a title with several ("Headline - Recipe from Site")."""
    if not meta.headline:
        return None
    parts = title_segments(meta.headline)
    if len(parts) < 2:
        return None
    first = site_key(parts[0])
    return next((h1 for h1 in meta.h1s if site_key(h1) == first and first not in meta.site_keys), None)


def _without_leading_date(text: str | None) -> str | None:
    """``"23.01.2022 - Headline"`` -> ``"Headline"``: a date is never part of a headline's start."""
    if not text or not text[:1].isdigit():
        return text
    found = find_date(text[:40])
    if found is None or found[1] != 0:
        return text
    rest = text[found[2] :].lstrip(" -–—|:·•,")
    return rest if words(rest) >= 3 else text


def _skippable(text: str, profile: Profile) -> bool:
    return (
        parse_byline(text) is not None
        or parse_credit(text, profile, lead=True) is not None
        or (len(text) <= 40 and text.endswith(("ago", "ago.")) and _RELATIVE_TIME.fullmatch(text) is not None)
    )


def _is_dek_of(low: str, up: str) -> bool:
    """Is ``low`` the dek under headline ``up`` (rather than the headline under a menu)?"""
    nlow, nup = words(low), words(up)
    return nlow >= 8 and (
        (low.endswith((".", "?", "!")) and not up.endswith(".")) or (nlow >= 1.4 * nup and nlow >= 12)
    )


def _outdented_heading(up: Block, low: Block, first: Block) -> bool:
    """``lynx -dump`` sets headings at the margin and indents paragraphs: a title-like line
    left of a line indented like the article's text is the heading over its dek."""
    return up.indent < low.indent == first.indent and words(low.text) >= 6


def _trail_end(blocks: tuple[Block, ...], above: int, found: int) -> bool:
    """Is the line above the candidate the last item of a breadcrumb trail or menu (short
    lines with no blank line between, "Space / Science & Astronomy / James Webb Space
    Telescope") set off from a candidate that does not read as a dek (no final stop)?"""
    up, low = blocks[above], blocks[found]
    if up.blank_before or not low.blank_before or above == 0 or ends_sentence(low.text):
        return False
    prev = blocks[above - 1]
    return words(prev.text) <= 5 and not ends_sentence(prev.text) and words(up.text) <= 5


def rule(doc: Document, seg: Segmentation, profile: Profile) -> Segmentation:
    blocks = doc.blocks
    marked = [b for b in doc.with_hint("headline") if seg.roles[b.index] in (None, "boilerplate")]
    if doc.kind == "html":
        shown = clean_headline(marked[0].text) if marked else None
        headline = html_headline(shown, doc.meta)
        if marked and headline is not None:
            b = marked[0]
            return seg.with_roles({b.index: "headline"}).with_fields(headline=headline, headline_index=b.index)
        if headline is not None:
            return seg.with_fields(headline=headline)
    elif marked:
        b = marked[0]
        return seg.with_roles({b.index: "headline"}).with_fields(
            headline=clean_headline(b.text), headline_index=b.index
        )
    zone = seg.get("zone")
    if zone is None:
        return seg
    start = zone[0]
    found: int | None = None
    weak: list[int] = []  # short title-like lines passed over (subheadings such as "In brief")
    caption_above: int | None = None  # a line passed over as the caption of a credit line
    i = start - 1
    furniture = 0  # lines passed over as furniture: a share bar must not use up the lookback
    while i >= 0 and start - i - furniture <= _LOOKBACK and start - i <= 3 * _LOOKBACK:
        b = blocks[i]
        role = seg.roles[i]
        text = b.text
        if role in ("boilerplate", "barrier") or b.bullet:
            furniture += 1
            i -= 1
            continue
        if _skippable(text, profile):
            # A caption line stands right above a credit-only line ("Image credit: X").
            parsed = parse_credit(text, profile, lead=True)
            if parsed is not None and parsed[0] is None and i > 0 and is_caption_above(blocks[i - 1], b):
                # Passed over, but kept as the fallback when no other headline shows up.
                caption_above = caption_above if caption_above is not None else i - 1
                i -= 1
            i -= 1
            continue
        if is_title_like(text) and label_line(text, profile, strict=True) is None:
            if words(text) >= 4:
                found = i
                break
            weak.append(i)
        elif not is_prose(text) and label_line(text, profile) is None:
            weak.append(i)
        i -= 1
    if found is None:
        if caption_above is not None and is_title_like(blocks[caption_above].text):
            found = caption_above
        elif weak:
            found = weak[0]
        else:
            # The zone may have started at the headline itself.
            b = blocks[start]
            if start + 1 < len(blocks) and is_title_like(b.text) and not ends_sentence(b.text) and not is_prose(b.text):
                found = start
            else:
                return seg
    # Two title-like lines together: the upper is the headline when the lower reads as its dek.
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
            and (
                _outdented_heading(blocks[above], blocks[found], blocks[start])
                or (_is_dek_of(low, up) and not _trail_end(blocks, above, found))
            )
        ):
            found = above
    text = clean_headline(blocks[found].text)
    # The same headline higher up (innerText copies repeat it under the byline):
    # the first copy is where the header starts.
    first = found
    for j in range(max(0, found - _LOOKBACK), found):
        if clean_headline(blocks[j].text) == text and seg.roles[j] in (None, "boilerplate"):
            first = j
            break
    roles: dict[int, Role] = {found: "headline", first: "headline"}
    fields: dict[str, object] = {"headline": text, "headline_index": first}
    # Short lines passed over between the header and the zone are the body's first
    # subheading ("In brief"), not furniture: give them back to the zone.
    back = [w for w in weak if w > found and w == start - 1]
    if back:
        fields["zone"] = (back[0], zone[1])
    return seg.with_roles(roles).with_fields(**fields)
