"""The body: unclaimed blocks inside the content zone.

Dropped even inside the zone: a repeat of the headline (innerText copies
repeat it under the byline), inline "Related:"/"Read more:" link lines, and
boilerplate. Everything else keeps page order.
"""

from __future__ import annotations

import re

from .._prefilter import first_chars, may_start
from ..blocks import Document
from ..profiles import Profile
from ..recognisers.prose import is_prose
from ..segmentation import Role, Segmentation

__all__ = ["rule"]

_INLINE_LINK = re.compile(
    r"(?:related|read more|read also|also read|see also|more|recommended|watch|listen|more on this story|further reading)\s*:\s*.{1,200}",  # noqa: E501
    re.IGNORECASE,
)

_INLINE_LINK_FIRST = first_chars(_INLINE_LINK)


_ROLE_LINE = re.compile(
    r"(?:(?:senior|staff|contributing|freelance|guest|chief|managing|deputy|associate|science|space|news)\s+){0,2}"
    r"(?:writer|reporter|editor|correspondent|contributor|journalist|columnist|producer)",
    re.IGNORECASE,
)
_BIO = re.compile(
    r"(?P<name>[A-Z][\w'’.\-]+(?: [A-Z][\w'’.\-]+){1,3}) (?:is|was|has been|covers|writes|joined|reports)\b"
    r"(?=.{0,80}\b(?:writer|reporter|editor|correspondent|contributor|journalist|covering|covers|freelance)\b)"
)


# What closes an article after its text: the wire's credits ("(Reporting by ...; Editing by
# ...)", "AP writers X and Y contributed to this report"), the author's contact lines
# ("Email Jane Doe at jd@example.com or follow her @jd", "Have a tip? ..."), an author box's
# heading ("About Jane Doe", "Über ...", "Sobre ...").
_CREDITS = re.compile(
    r"\(?(?:(?:additional |editing and )?reporting|writing|editing|compiled|translated|research) by ", re.IGNORECASE
)
_CONTACT_VERBS = ("email ", "e-mail ", "contact ", "reach ", "write to ", "follow ")
_SOCIAL = (" on twitter", " on facebook", " on instagram", " on linkedin", " on youtube")
_CONTRIBUTED = (
    "contributed to this report",
    "contributed to this story",
    "contributed to this article",
    "contributed reporting",
    "contributed to the report",
)


def _is_end_matter(text: str) -> bool:
    """A credit or contact line of the kinds above (tests on the line's ends, cheap)."""
    head = text[:32].lower()
    if _CREDITS.match(head) or head.startswith(("have a tip", "have a news tip")):
        return True
    if text.rstrip(" .)")[-40:].lower().endswith(_CONTRIBUTED) or " be reached at " in text:
        return True
    if not head.startswith(_CONTACT_VERBS):
        return False
    return "@" in text or (" on " in text and any(w in text.lower() for w in _SOCIAL))


_ABOUT = re.compile(
    r"(?:About|Über|Sobre|À propos de|Acerca de|Informazioni su|Over)"
    r"(?: (?:the author|o autor|den Autor|l'auteur|el autor))?:? [A-ZÀ-Þ][\w'’.\-]+(?: [A-ZÀ-Þ][\w'’.\-]+){0,3}"
)
_END_WINDOW = 5  # blocks at the end of the zone looked at


# What an author box prints around the author's name: "Photo of Jane Doe", "Jane Doe Space
# Reporter", "More by Jane Doe", "View all posts by Jane Doe".
_BOX_WORDS = frozenset(
    [
        "photo of",
        "picture of",
        "image of",
        "avatar",
        "more by",
        "more from",
        "posts by",
        "view all posts by",
        "articles by",
        "all articles by",
        "more articles by",
        "stories by",
        "about",
    ]
)
# What a bio's first sentence says of its author once named: "Jane Doe writes about ...".
_BIO_VERB = re.compile(r" (?:is|was|has been|has covered|covers|writes|wrote|joined|reports|lives)\b")


def _is_bio(text: str, authors: set[str]) -> bool:
    m = _BIO.match(text)
    if m is not None and (not authors or m.group("name") in authors):
        return True
    # A paragraph opening with a byline's name and a bio's verb, on a page where a byline
    # named them, is the author box's bio whatever it goes on to say.
    return any(text.startswith(a) and _BIO_VERB.match(text, len(a)) is not None for a in authors if " " in a)


def _is_author_line(text: str, authors: set[str]) -> bool:
    """A short line of an author box: the name with a role or a link's words around it."""
    for a in authors:
        at = text.find(a)
        if at < 0:
            continue
        rest = (text[:at] + " " + text[at + len(a) :]).strip(" ,:|-–—·")
        if not rest or rest.lower() in _BOX_WORDS or _ROLE_LINE.fullmatch(rest) is not None:
            return True
    return False


def _author_box_start(doc: Document, seg: Segmentation, start: int, end: int) -> int:
    """Where an author bio box, the wire's credits or the author's contact lines at the end
    of the zone start (``end + 1`` when none)."""
    authors = set(seg.get("authors") or ())
    for _source, names in seg.get("authors_found") or ():  # (names found elsewhere on the page)
        authors.update(names)
    i = end
    cut = end + 1
    while i >= start and end - i < _END_WINDOW:
        b = doc.blocks[i]
        if seg.roles[i] is not None:
            i -= 1
            continue
        text = b.text
        n = len(text)
        if n <= 400 and (
            text in authors
            or (n <= 80 and _is_author_line(text, authors))
            or (n <= 60 and (_ROLE_LINE.fullmatch(text) is not None or _ABOUT.fullmatch(text) is not None))
            or _is_end_matter(text)
            or _is_bio(text, authors)
        ):
            cut = i
        elif cut <= end:
            break
        i -= 1
    return cut


def rule(doc: Document, seg: Segmentation, profile: Profile) -> Segmentation:
    zone = seg.get("zone")
    if zone is None:
        return seg.with_fields(body=())
    headline = seg.get("headline")
    start, end = zone
    end = _author_box_start(doc, seg, start, end) - 1
    body: list[str] = []
    updates: dict[int, Role] = {}
    # A caption the credit rule found near the top, shown again (the image's alt text): seen
    # already.
    seen: set[str] = {
        b.text for b in doc.blocks[max(0, start - 3) : min(end, start + 15) + 4] if seg.roles[b.index] == "credit"
    }
    in_box = False  # under a teaser box's heading ("Most read") set inside the article
    for i in range(start, end + 1):
        role = seg.roles[i]
        if role is not None:
            in_box = role == "barrier" or (in_box and role == "boilerplate")
            continue
        b = doc.blocks[i]
        text = b.text
        if in_box:
            if not is_prose(text):
                continue  # the box's teaser headlines
            in_box = False
        if headline and text == headline:
            continue
        if (
            len(text) < 220
            and may_start(_INLINE_LINK_FIRST, text)
            and _INLINE_LINK.fullmatch(text)
            and (b.link_ratio > 0.5 or doc.kind == "text")
        ):
            continue
        if text in seen and len(text) > 20:
            continue  # a paragraph repeated (pull quotes, duplicated renderings)
        seen.add(text)
        body.append(text)
        updates[i] = "body"
    return seg.with_roles(updates).with_fields(body=tuple(body))
