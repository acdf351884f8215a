"""Category labels: the label line just above the headline (text) or label links (HTML).

HTML front ends mark label links with the ``category`` hint and keep each link's
text in ``Block.links``; markup labels win over meta tags (``article:section``,
JSON-LD ``articleSection``), which are the fallback at assembly.
"""

from __future__ import annotations

import re

from ..blocks import Block, Document
from ..profiles import Profile
from ..recognisers.dates import find_date
from ..recognisers.furniture import is_boilerplate_text
from ..recognisers.labels import (
    LabelSet,
    clean_label,
    counted,
    keyed_labels,
    known_label_line,
    label_line,
    lines_with_keys,
    strip_counts,
)
from ..recognisers.prose import ends_sentence, words
from ..recognisers.sites import is_home_word, own_site_keys
from ..recognisers.urls import host_of
from ..segmentation import Role, Segmentation

__all__ = ["rule"]


def rule(doc: Document, seg: Segmentation, profile: Profile) -> Segmentation:
    seg = _marked_tags(doc, seg)
    marked = _near_article([b for b in doc.with_hint("category") if "related" not in b.hints], seg)
    h = seg.get("headline_index")
    if doc.kind == "html" and h is not None and not (seg.get("tags") and marked):
        # Labels written out in plain markup ("Tags: A, B" with no tag links marked).
        keyed_cats, keyed_tags, rows = _keyed_lines(doc, seg, profile, h)
        if keyed_tags and not seg.get("tags"):
            seg = seg.with_fields(tags=keyed_tags).with_roles(dict.fromkeys(rows, "categories"))
        if keyed_cats and not marked:
            seg = seg.with_fields(categories=keyed_cats).with_roles(dict.fromkeys(rows, "categories"))
    if marked:
        shown: list[str] = []
        for b in marked:
            for lab in b.links or (b.text,):
                # One link is one label ("GiveWell Incubation Grants"); only text is split when glued.
                for piece in (lab,) if b.links and doc.kind == "html" else label_line(lab, profile) or (lab,):
                    if piece not in shown:
                        shown.append(piece)
        return seg.with_fields(categories=tuple(shown)).with_roles({b.index: "categories" for b in marked})
    if h is None or doc.kind == "html":
        return seg  # HTML labels come from markup; meta tags are the fallback at assembly
    found = [(i, labs) for i, labs in _above(doc, seg, profile, h) if not _byline_like(doc.blocks[i].text)]
    keyed_cats, keyed_tags, rows = _keyed_lines(doc, seg, profile, h)
    if keyed_tags:
        seg = seg.with_fields(tags=keyed_tags)
    if rows:
        seg = seg.with_roles(dict.fromkeys(rows, "categories"))
    if keyed_cats:  # written out with their key word: surer than a label line's shape
        return seg.with_fields(categories=keyed_cats)
    if not found:
        return seg
    labels: list[str] = []
    for _, labs in found:
        for lab in labs:
            if lab not in labels:
                labels.append(lab)
    # A breadcrumb trail starts at "Home", or at the site's own name: keep what follows it.
    if labels and (is_home_word(labels[0]) or (len(found) > 1 and _names_site(labels[0], doc))):
        labels = labels[1:]
    return seg.with_fields(categories=tuple(labels)).with_roles({i: "categories" for i, _ in found})


def _marked_tags(doc: Document, seg: Segmentation) -> Segmentation:
    """Tag links the markup marks (``rel=tag``, a tag list): the article's topic tags, in page order."""
    marked = _article_lists([b for b in doc.with_hint("tag") if "related" not in b.hints], seg.get("zone"))
    if not marked:
        return seg
    tags = LabelSet(own_site_keys(doc.meta.site, host_of(doc.meta.url or doc.url)))
    for lab in strip_counts([lab for b in marked for lab in b.tags]):
        tags.add(lab)
    if not tags:
        return seg
    # A row that also holds the byline or the date ("Crime Published On May 10, 2022") stays
    # for the byline rule.
    rows: dict[int, Role | None] = {
        b.index: "categories" for b in marked if "byline" not in b.hints and find_date(b.text) is None
    }
    return seg.with_fields(tags=tuple(tags.labels)).with_roles(rows)


_LIST_GAP = 3  # blocks between two rows of one tag list ("Tags:", a separator)
_PAST_ZONE = 8  # blocks after the article's container where its category links may still stand


def _near_article(marked: list[Block], seg: Segmentation) -> list[Block]:
    """The category blocks that label the article: not those far below its container (the
    kickers of teaser cards further down the page), unless no other block is left."""
    zone = seg.get("zone")
    if zone is None or not marked:
        return marked
    near = [b for b in marked if b.index <= zone[1] + _PAST_ZONE]
    return near or marked


def _article_lists(marked: list[Block], zone: tuple[int, int] | None) -> list[Block]:
    """The article's tag lists among the page's: every list, less those in a footer past the
    article's container when the page has other lists (a site footer's trending topics; the
    article's own list stands in its body or in the entry's footer)."""
    if not marked:
        return marked
    lists: list[list[Block]] = [[marked[0]]]
    for b in marked[1:]:
        last = lists[-1][-1]
        if b.index - last.index > _LIST_GAP or ("footer" in b.hints) != ("footer" in last.hints):
            lists.append([])
        lists[-1].append(b)
    end = zone[1] if zone is not None else -1
    kept = (
        [lst for lst in lists if not all("footer" in b.hints and b.index > end for b in lst)]
        if len(lists) > 1
        else lists
    )
    return [b for lst in kept or lists for b in lst]


def _above(doc: Document, seg: Segmentation, profile: Profile, h: int) -> list[tuple[int, tuple[str, ...]]]:
    """Label lines just above the headline: the nearest one, and any directly adjacent above it."""
    blocks = doc.blocks
    found: list[tuple[int, tuple[str, ...]]] = []
    separated = False  # the line below was a trail separator
    i = h - 1
    while i >= 0 and h - i <= 5:
        b = blocks[i]
        role = seg.roles[i]
        if role == "boilerplate" and not b.bullet and known_label_line(b.text, profile):
            role = None  # a vocabulary label that is also a furniture word ("Video")
        if role == "boilerplate" and (not found or b.text in _TRAIL_SEPARATORS) and i > 0:
            # A search box or share bar between labels and headline; a trail's ">" between its items.
            separated = bool(found) and not b.blank_before
            i -= 1
            continue
        if role is not None or b.bullet:
            break
        labs = label_line(b.text, profile)
        if labs is None and not found and _trail_item(b.text) and i > 0 and not b.blank_before:
            # The last item of a trail of one label per line ("Science & Astronomy" over
            # "James Webb Space Telescope"): an unknown name, vouched for by the label above.
            above = blocks[i - 1]
            if seg.roles[i - 1] is None and not above.bullet and label_line(above.text, profile):
                labs = (b.text,)
        if labs is None and separated and _short_entry(b.text) and b.text[:1].isupper():
            labs = (b.text,)  # an item of a trail written with separators ("Space weather" > "Vigil")
        separated = False
        if labs is None:
            break
        found.append((i, labs))
        if b.blank_before or i == 0:
            break  # labels one per line are adjacent; a blank line ends them
        i -= 1
    found.reverse()
    first = found[0][0] if found else 0
    if first and not blocks[first].blank_before:
        if len(found) > 1:
            return []  # one label per line running on into other lines: a menu
        if len(found[0][1]) == 1 and seg.roles[first - 1] is None and _short_entry(blocks[first - 1].text):
            return []  # one word under a menu's entries: its last entry ("Calendar / About")
    return found


_COUNTER = re.compile(r"\d[\d.,]*\s+\w+")
_BY_NAME = re.compile(r"(?:by|von|par|por|door|av|af):?\s+\w", re.IGNORECASE)


def _byline_like(text: str) -> bool:
    """A line above the headline that is the byline's, not labels: a date, an author ("By Ann
    Lee", "Par X"), a counter ("32 Kommentare", "5343 mal gelesen")."""
    if _BY_NAME.match(text) is not None:
        return True
    return find_date(text) is not None or _COUNTER.match(text) is not None


def _names_site(label: str, doc: Document) -> bool:
    """The label is the site's name: the first part of the page's host ("Space" for
    www.space.com), or, without a URL, a name the page writes as a domain ("Search
    Space.com", "© SpaceNews.com"). A trail's root is the home link, not a section."""
    if not label.isalnum():
        return False
    low = label.lower()
    if host_of(doc.url).removeprefix("www.").split(".", 1)[0] == low:
        return True
    page = "\n".join(b.text for b in doc.blocks).lower()
    return re.search(re.escape(low) + r"\.(?:com|org|net|gov|eu|int|co\.uk|io)\b", page) is not None


_TRAIL_SEPARATORS = frozenset({">", "/", "»", "›", "|", "·", "•", "→"})


def _short_entry(text: str) -> bool:
    return words(text) <= 4 and not ends_sentence(text)


def _trail_item(text: str) -> bool:
    """A short name in title case: every word capitalised (or a number), no sentence stop."""
    parts = text.split()
    return 2 <= len(parts) <= 4 and not ends_sentence(text) and all(p[0].isupper() or p[0].isdigit() for p in parts)


_NEAR_ZONE = 15  # lines after the article where a "Themen"/"Categories" heading heads its labels


def _keyed_lines(
    doc: Document, seg: Segmentation, profile: Profile, h: int
) -> tuple[tuple[str, ...], tuple[str, ...], list[int]]:
    """Labels written out after the headline with their key word ("Tags: A, B", "Filed under:
    A", "This entry was posted in A and tagged B."), or under a key heading ("Tags", then one
    label per line): ``(categories, tags, the lines' indices)``, the first list of each kind."""
    blocks = doc.blocks
    cats: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    rows: list[int] = []
    zone = seg.get("zone")
    near_end = zone[1] + _NEAR_ZONE if zone is not None else h + _NEAR_ZONE
    for k in lines_with_keys([b.text for b in blocks[h + 1 :]]):
        i = h + 1 + k
        if seg.roles[i] in ("related", "headline"):
            continue
        for kind, labs in keyed_labels(blocks[i].text, profile, headings=i <= near_end):
            below: list[int] = []
            if not labs:
                labs, below = _labels_below(doc, seg, profile, i)
            if not labs or (tags if kind == "tags" else cats):
                continue
            if kind == "tags":
                tags = labs
            else:
                cats = labs
            rows += [i, *below]
        if cats and tags:
            break
    return cats, tags, rows


def _next_item(prev: Block, b: Block) -> bool:
    """The next item of the same HTML list: each ``<li>`` is a block of its own."""
    return prev.kind == "li" and b.kind == "li" and prev.hints == b.hints


def _labels_below(doc: Document, seg: Segmentation, profile: Profile, i: int) -> tuple[tuple[str, ...], list[int]]:
    """The labels under a key heading: one list line ("A, B, C"), or one label per line."""
    blocks = doc.blocks
    labels: list[str] = []
    rows: list[int] = []
    j = i + 1
    while (
        j < len(blocks)
        and j - i <= 12
        and (blocks[j].blank_before == 0 or blocks[j].bullet or not rows or _next_item(blocks[rows[-1]], blocks[j]))
    ):
        t = blocks[j].text
        if seg.roles[j] in ("related", "headline", "barrier") or is_boilerplate_text(t, profile):
            break  # (a list of short links may be boilerplate as a run: its lines are labels here)
        if not rows and "," in t:
            parts = [clean_label(p) for p in t.split(",")]
            if all(parts) and len(parts) <= 40 and not counted(t.split(",")):
                return tuple(p for p in parts if p), [j]
        labs = label_line(t, profile)
        if labs is None and words(t) <= 4 and not ends_sentence(t) and clean_label(t):
            labs = (t,)  # under a key heading, any short line is a label
        if labs is not None and len(labs) > 1 and " ".join(labs) == t and words(t) <= 4:
            labs = (t,)  # one label per line here: "Space Weather" is one, not two
        lab = clean_label(labs[0]) if labs is not None and len(labs) == 1 else None
        first = lab.split(" ", 1)[0] if lab is not None else ""
        if lab is None or find_date(t) is not None or (" " in lab and len(first) <= 3 and first.islower()):
            break  # not a label: a date, a byline ("von Ulrike", "by Ann Lee")
        labels.append(lab)
        rows.append(j)
        j += 1
    if counted([blocks[r].text for r in rows]):
        return (), []  # a widget listing every category with its number of posts
    return tuple(labels), rows
