"""Category labels: the label line just above the headline (text) or label links (HTML).

HTML front ends mark label links with the ``category`` hint and keep each link's
text in ``Block.links``; markup labels win over meta tags (``article:section``,
JSON-LD ``articleSection``), which are the fallback at assembly.
"""

from __future__ import annotations

import re

from .._prefilter import first_chars, may_start
from ..blocks import Block, Document
from ..profiles import Profile
from ..recognisers.dates import find_date
from ..recognisers.labels import LabelSet, known_label_line, label_line, strip_counts
from ..recognisers.prose import ends_sentence, words
from ..recognisers.sites import is_home_word, own_site_keys
from ..recognisers.urls import host_of
from ..segmentation import Role, Segmentation

__all__ = ["rule"]


def rule(doc: Document, seg: Segmentation, profile: Profile) -> Segmentation:
    seg = _marked_tags(doc, seg)
    marked = [b for b in doc.with_hint("category") if "related" not in b.hints]
    if marked:
        shown: list[str] = []
        for b in marked:
            for lab in b.links or (b.text,):
                # One link is one label ("GiveWell Incubation Grants"); only text is split when glued.
                for piece in (lab,) if b.links and doc.kind == "html" else label_line(lab, profile) or (lab,):
                    if piece not in shown:
                        shown.append(piece)
        return seg.with_fields(categories=tuple(shown)).with_roles({b.index: "categories" for b in marked})
    h = seg.get("headline_index")
    if h is None or doc.kind == "html":
        return seg  # HTML labels come from markup; meta tags are the fallback at assembly
    found = _above(doc, seg, profile, h)
    if not found:
        found = _tag_lines(doc, seg, profile)
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
    marked = _article_lists([b for b in doc.with_hint("tag") if "related" not in b.hints])
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


def _article_lists(marked: list[Block]) -> list[Block]:
    """The article's tag lists among the page's: every list, less those in a footer when the
    page has other lists (a site footer's trending topics; the article's own list stands
    in its body or in the entry's footer, and then it is the page's only list)."""
    if not marked:
        return marked
    lists: list[list[Block]] = [[marked[0]]]
    for b in marked[1:]:
        if b.index - lists[-1][-1].index > _LIST_GAP:
            lists.append([])
        lists[-1].append(b)
    kept = [lst for lst in lists if not all("footer" in b.hints for b in lst)] if len(lists) > 1 else lists
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


_TAGS = re.compile(
    r"(?:tags?|topics?|filed under|related (?:terms|topics)|categories|posted in|more about|keywords)\s*:?\s*(?P<rest>.*)",  # noqa: E501
    re.IGNORECASE,
)

_TAGS_FIRST = first_chars(_TAGS)


def _tag_lines(doc: Document, seg: Segmentation, profile: Profile) -> list[tuple[int, tuple[str, ...]]]:
    """A "Tags:" / "Related Terms" line after the article, with labels after it or under it."""
    zone = seg.get("zone")
    if zone is None:
        return []
    blocks = doc.blocks
    for i in range(max(zone[0], zone[1] - 2), len(blocks)):
        if seg.roles[i] in ("related", "body", "headline"):
            continue
        text = blocks[i].text
        if len(text) > 200:
            continue
        m = _TAGS.fullmatch(text) if may_start(_TAGS_FIRST, text) else None
        if not m:
            continue
        rest = m.group("rest").strip()
        if rest:
            # An explicit list ("Tags: CubeSats, Education") is taken as written.
            parts = tuple(p.strip() for p in re.split(r"\s*[,;|·•]\s*", rest) if p.strip())
            labs = parts if len(parts) > 1 and all(len(p.split()) <= 4 for p in parts) else label_line(rest, profile)
            return [(i, labs)] if labs else []
        found: list[tuple[int, tuple[str, ...]]] = [(i, ())]
        j = i + 1
        while j < len(blocks) and j - i <= 12 and (blocks[j].blank_before == 0 or blocks[j].bullet):
            if seg.roles[j] == "related":
                break
            t = blocks[j].text
            labs = label_line(t, profile)
            if labs is None and words(t) <= 4 and t[:1].isupper() and not ends_sentence(t):
                labs = (t,)  # under a tag heading, any short capitalised line is a label
            if labs is not None and len(labs) > 1 and " ".join(labs) == t and words(t) <= 4:
                labs = (t,)  # one label per line here: "Space Weather" is one, not two
            if labs is None or len(labs) != 1:
                break
            found.append((j, labs))
            j += 1
        return found if len(found) > 1 else []
    return []
