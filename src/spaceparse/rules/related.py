"""The related-stories block: its heading, then items.

The heading is one of the profile's ``related_headings`` ("Related Stories",
"Read Next", "More from …"), alone on its line or glued to the first item's
label line (``Related StoriesInternationalMilitary``). Items are:
- label-led groups (labels / headline / summary), as on Payload;
- groups separated by two blank lines (older copies with no labels);
- bare headline lists (one headline per line or list item).
HTML front ends mark related containers (``related`` hint) and group items by
container (``Block.group``), with each headline's link in ``Block.href``.
A summary ending in ``[…]``, ``[...]``, ``…`` or ``...`` loses the marker and
is flagged ``truncated``.
"""

from __future__ import annotations

import re

from .._prefilter import first_chars, may_start
from ..blocks import Block, Document
from ..model import RelatedStory
from ..profiles import Profile
from ..recognisers.dates import find_date, time_stamp
from ..recognisers.furniture import is_related_heading
from ..recognisers.labels import known_label_line, label_line
from ..recognisers.prose import ends_sentence, is_prose, words
from ..recognisers.urls import same_site
from ..segmentation import Role, Segmentation

__all__ = ["rule", "strip_truncation"]

# Matches start only where a run of spaces (or of dots) starts: with a bare leading
# ``\s*`` (or ``\.\.\.+``) ``search`` rescans the run from each of its positions, which
# is quadratic on a long run of spaces or dots that does not end the text.
_TRUNC = re.compile(r"(?<!\s)\s*(?:\[\s*(?:…|\.\.\.)\s*\]|\(\s*(?:…|\.\.\.)\s*\)|…|(?<!\.)\.\.\.+)\s*$")
_LEADING_MARK = re.compile(r"^[—–\-•*·▪►>»]+\s*")
_STOP = re.compile(
    r"(?:most (?:read|popular|viewed)|trending|popular|comments?|leave a (?:reply|comment)|about the author|"
    r"newsletter|subscribe|sign up|follow us|advertisement|share this|tags?:?|footer|categories)\b.*",
    re.IGNORECASE,
)


_STOP_FIRST = first_chars(_STOP)


def _is_stop(text: str) -> bool:
    return may_start(_STOP_FIRST, text) and _STOP.fullmatch(text) is not None


def strip_truncation(text: str) -> tuple[str, bool]:
    """``("summary…", False)`` -> ``("summary", True)``."""
    if not text.rstrip().endswith(("]", ")", "…", "...")):
        return text, False  # every form of the marker ends so (a search tries every position)
    m = _TRUNC.search(text)
    if not m:
        return text, False
    return text[: m.start()].rstrip(), True


def _heading_at(b: Block, profile: Profile) -> tuple[bool, str | None]:
    """Is ``b`` a related heading? Returns (yes, glued remainder)."""
    text = b.text
    if not is_related_heading(text, profile):
        return False, None
    bare = text.rstrip(": .…")  # "Você pode gostar..."
    rx = profile.related_for(bare)
    if rx is not None and rx.fullmatch(bare):
        return True, None
    if not bare:  # else bare starts like text: the same patterns
        rx = profile.related_for(text)
    m = rx.match(text) if rx is not None else None
    # Glued to the first item's label line: "Related StoriesInternationalMilitary"
    return True, text[m.end() :] if m else None


def _item_labels(text: str, profile: Profile) -> tuple[str, ...] | None:
    """An item's label line: several labels, or one the vocabulary knows ("Article" is not one)."""
    labs = label_line(text, profile)
    if labs and (len(labs) > 1 or labs[0] in profile.label_set):
        if len(labs) > 1 and _is_date_line(text):
            return None  # an item's date ("November 14, 2026"), not the labels "November 14" and "2026"
        return labs
    return None


def _is_date_line(text: str) -> bool:
    found = find_date(text) if len(text) <= 40 else None
    return found is not None and found[2] - found[1] >= len(text.strip()) - 2


def _items_from_lines(lines: list[tuple[Block, str]], profile: Profile) -> list[RelatedStory]:
    if not lines:
        return []
    labelled = [_item_labels(t, profile) for _, t in lines]
    use_labels = any(labelled)
    use_gaps = not use_labels and any(b.blank_before >= 2 for b, _ in lines[1:])
    items: list[dict[str, object]] = []
    cur: dict[str, object] | None = None

    def flush() -> None:
        nonlocal cur
        if cur and cur.get("headline"):
            items.append(cur)
        cur = None

    for n, (b, text) in enumerate(lines):
        if _is_date_line(text):
            continue  # an item's date: neither a headline nor its summary
        labs = labelled[n]
        if use_labels and labs and not (cur and cur.get("headline") is None and cur.get("categories")):
            flush()
            cur = {"categories": labs}
            continue
        if use_gaps and n > 0 and b.blank_before >= 2:
            flush()
        if cur is None:
            cur = {"categories": ()}
        if cur.get("headline") is None:
            cur["headline"] = text
            cur["url"] = b.href
            cur["bullet"] = b.bullet
        elif b.bullet and cur.get("bullet"):
            # a list item under a list item is the next story ("How do planets form?"),
            # not the last one's summary
            flush()
            cur = {"categories": (), "headline": text, "url": b.href, "bullet": True}
        elif cur.get("summary") is None and (is_prose(text) or ends_sentence(text) or use_gaps or use_labels):
            cur["summary"] = [text]
        elif cur.get("summary") is not None and (use_gaps or use_labels) and not labs:
            cur["summary"].append(text)  # type: ignore[attr-defined]  # joined once below: no quadratic growth
        else:
            flush()
            cur = {"categories": (), "headline": text, "url": b.href}
    flush()
    out = []
    for it in items:
        headline = _LEADING_MARK.sub("", str(it["headline"]))
        parts = it.get("summary")
        summary = " ".join(parts) if isinstance(parts, list) else None
        if words(headline) < 3 and summary is None:
            continue  # a stray word between items ("Article", "Video")
        truncated = False
        if summary is not None:
            summary, truncated = strip_truncation(summary)
        out.append(
            RelatedStory(
                headline=headline,
                categories=tuple(it.get("categories") or ()),  # type: ignore[arg-type]
                summary=summary or None,
                url=it.get("url"),  # type: ignore[arg-type]
                truncated=truncated,
            )
        )
    return out


def _short(text: str) -> bool:
    return words(text) <= 4 and not ends_sentence(text)


def _menu_after_items(lines: list[tuple[Block, str]]) -> int | None:
    """Where a menu or footer (a run of short entries) starts after the block's stories.

    Four short lines in a row are never one story's labels; three are, when a headline
    follows them (one label per line). Only after a headline-like line: a block that
    starts with short lines is a list of short headlines.
    """
    seen_headline = False
    k = 0
    n = len(lines)
    while k < n:
        if not _short(lines[k][1]):
            seen_headline = seen_headline or words(lines[k][1]) >= 4
            k += 1
            continue
        end = k
        while end < n and _short(lines[end][1]):
            end += 1
        run = end - k
        if seen_headline and (run >= 4 or (run == 3 and (end == n or words(lines[end][1]) < 4))):
            return k
        k = end
    return None


def _resumes(blocks: tuple[Block, ...], seg: Segmentation, j: int, bare: bool) -> bool:
    """Does the article's running text start again at block ``j``?

    Related items never stand as several paragraphs in a row; the article after
    an inline "Related articles" box does.
    """
    need = 2 if bare else 3
    k = j
    while k < len(blocks) and k - j < need:
        if seg.roles[k] is not None or not is_prose(blocks[k].text) or blocks[k].bullet:
            return False  # furniture (a newsletter pitch) is never the article going on
        k += 1
    return k - j == need


def rule(doc: Document, seg: Segmentation, profile: Profile) -> Segmentation:
    blocks = doc.blocks
    zone = seg.get("zone")
    if zone is None:
        return seg
    # HTML: containers the front end recognised as related blocks.
    marked = list(doc.with_hint("related"))
    if marked:
        return _from_marked(marked, seg, profile, doc.meta.url or doc.url)
    updates: dict[int, Role] = {}
    i = zone[0] + 1
    while i < len(blocks):
        b = blocks[i]
        is_heading, glued = _heading_at(b, profile)
        if not is_heading:
            i += 1
            continue
        lines: list[tuple[Block, str]] = []
        if glued:
            lines.append((b, glued))
        # Kept as lines are added: recomputing any(is_prose(...)) over the lines at each
        # step was quadratic (25,000 short lines after a heading: two minutes).
        has_prose = any(is_prose(t) for _, t in lines)
        j = i + 1
        inline = False
        while j < len(blocks):
            nb = blocks[j]
            furniture = seg.roles[j] == "boilerplate" or (len(nb.text) < 60 and _is_stop(nb.text))
            if furniture and not nb.bullet and known_label_line(nb.text, profile):
                furniture = False  # an item's label line ("Video", "Newsletter"), not furniture
            elif seg.roles[j] == "boilerplate" and words(nb.text) <= 4 and not _is_stop(nb.text):
                j += 1  # "3 min read", "[IMG]" between items
                continue
            if furniture or seg.roles[j] == "barrier":
                break
            if lines and nb.blank_before and nb.text[-1] == ":" and words(nb.text) <= 8:
                break  # a note's heading after the items ("Dieses Thema im Programm:")
            if _heading_at(nb, profile)[0]:
                j += 1  # boxes in a row are one block
                continue
            if j <= zone[1] and _resumes(blocks, seg, j, bare=not has_prose):
                inline = True
                break
            lines.append((nb, nb.text))
            has_prose = has_prose or is_prose(nb.text)
            j += 1
        if inline:
            # An inline "Related articles" box inside the article: not body, not the block.
            updates.update(dict.fromkeys(range(i, j), "boilerplate"))
            i = j
            continue
        cut = _menu_after_items(lines)
        if cut is not None:
            j = lines[cut][0].index
            lines = lines[:cut]
        items = _items_from_lines(lines, profile)
        if not items:
            i += 1
            continue
        updates.update(dict.fromkeys(range(i, j), "related"))
        new_zone = (zone[0], min(zone[1], i - 1))
        return seg.with_roles(updates).with_fields(related=tuple(items), zone=new_zone)
    return seg.with_roles(updates)


def _link_headline(b: Block) -> str:
    """An item's headline without the date set right beside its link.

    Markup such as ``<a>Headline</a><time>December 3, 2026</time>`` has no space between
    the two, so the item's text reads ``HeadlineDecember 3, 2026``: when the rest of the
    text besides the one link is a date or a relative time, the link's text is the headline.
    """
    text = b.text
    if len(b.links) != 1:
        return text
    link = b.links[0]
    if len(link) < len(text) and text.startswith(link) and time_stamp(text[len(link) :].strip(" \u2022|·-–—")):
        return link
    if len(link) < len(text) and text.endswith(link) and time_stamp(text[: -len(link)].strip(" \u2022|·-–—")):
        return link
    return text


_HEADING_KINDS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


_CARD_LABEL_CHARS = 40  # the longest single label link above a card's heading


def _card_label(b: Block, profile: Profile) -> bool:
    """Is ``b``, above a card's linked heading, the card's labels: category markup, a row of
    links, one short link, or a label line?"""
    return (
        "category" in b.hints
        or len(_label_links(b)) > 1
        or (b.href is not None and len(b.text) <= _CARD_LABEL_CHARS and not ends_sentence(b.text))
        or label_line(b.text, profile) is not None
    )


def _label_links(b: Block) -> tuple[str, ...]:
    """The texts of ``b``'s links when they read as labels (none longer than a label: not
    the whole text of a link that wraps a card)."""
    return b.links if all(len(t) <= _CARD_LABEL_CHARS for t in b.links) else ()


def _from_marked(marked: list[Block], seg: Segmentation, profile: Profile, page_url: str | None) -> Segmentation:
    groups: dict[int, list[Block]] = {}
    order: list[int] = []
    grouped = any(b.group >= 0 for b in marked)
    for b in marked:
        if _heading_at(b, profile)[0] and b.href is None:
            continue
        if grouped and b.group < 0 and b.href is None and b.kind in _HEADING_KINDS:
            continue  # the block's own heading, whatever it says, above its grouped items
        key = b.group if b.group >= 0 else -1 - b.index
        if key not in groups:
            groups[key] = []
            order.append(key)
        groups[key].append(b)
    items: list[RelatedStory] = []
    for key in order:
        g = groups[key]
        cats: tuple[str, ...] = ()
        headline: Block | None = None
        summary: str | None = None
        # A card: its labels (links of their own, "category" markup or none), then its linked
        # heading, its headline (even where one link wraps the card's label too), then its summary.
        linked = next((i for i, b in enumerate(g) if b.href and b.kind in _HEADING_KINDS), -1)
        titled = g[linked] if linked >= 0 else next((b for b in g if b.kind in _HEADING_KINDS), None)
        at = max(linked, 0)
        for b in g[:at]:
            if "date" not in b.hints and "byline" not in b.hints and _card_label(b, profile):
                cats = cats + tuple(_label_links(b) or label_line(b.text, profile) or (b.text,))
        for b in g[at:]:
            unlinked = b.href is None or (titled is not None and b is not titled)
            if "category" in b.hints or (headline is None and unlinked and label_line(b.text, profile)):
                own = b.links if "category" in b.hints else ()  # not a card link's whole text
                cats = cats + tuple(own or label_line(b.text, profile) or (b.text,))
            elif headline is None and (b.href or b.kind.startswith("h")) and (titled is None or b is titled):
                headline = b
            elif (
                headline is not None
                and summary is None
                and "date" not in b.hints
                and "byline" not in b.hints
                and not time_stamp(b.text)
            ):
                summary = b.text
        if headline is None:
            continue
        if page_url and headline.href and not same_site(headline.href, page_url):
            continue  # a "Related links" box's other sites (an agency's home page): no story of this site
        truncated = False
        if summary:
            summary, truncated = strip_truncation(summary)
        items.append(
            RelatedStory(
                headline=_link_headline(headline),
                categories=cats,
                summary=summary or None,
                url=headline.href,
                truncated=truncated,
            )
        )
    return seg.with_roles({b.index: "related" for b in marked}).with_fields(related=tuple(items))
