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
_END_MATTER = re.compile(
    r"\(?(?:(?:additional |editing and )?reporting|writing|editing|compiled|translated|research) by .{1,300}"
    r"|.{1,200}\bcontributed (?:reporting )?(?:to )?(?:this|the) (?:report|story|article)\b.{0,3}"
    r"|(?:email|e-mail|contact|reach|write to|follow) [^.!?]{1,80}?"
    r"(?:\S@\S|@\w|\bon (?:twitter|facebook|instagram|linkedin|youtube)\b).{0,200}"
    r"|have a (?:news )?tip\b.{0,200}|.{1,80}\b(?:can|may) be reached at .{1,200}",
    re.IGNORECASE,
)
_ABOUT = re.compile(
    r"(?:About|Über|Sobre|À propos de|Acerca de|Informazioni su|Over)"
    r"(?: (?:the author|o autor|den Autor|l'auteur|el autor))?:? [A-ZÀ-Þ][\w'’.\-]+(?: [A-ZÀ-Þ][\w'’.\-]+){0,3}"
)
_END_WINDOW = 6  # blocks at the end of the zone looked at


def _author_box_start(doc: Document, seg: Segmentation, start: int, end: int) -> int:
    """Where an author bio box, the wire's credits or the author's contact lines at the end
    of the zone start (``end + 1`` when none)."""
    authors = set(seg.get("authors") or ())
    i = end
    cut = end + 1
    while i >= start and end - i < _END_WINDOW:
        b = doc.blocks[i]
        if seg.roles[i] is not None:
            i -= 1
            continue
        text = b.text
        m = _BIO.match(text)
        if (
            text in authors
            or _ROLE_LINE.fullmatch(text)
            or (m and (not authors or m.group("name") in authors))
            or (len(text) <= 400 and _END_MATTER.fullmatch(text))
            or (len(text) <= 60 and _ABOUT.fullmatch(text))
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
    # A caption the credit rule found, shown again (the image's alt text, a gallery's copy):
    # seen already.
    seen: set[str] = {b.text for b in doc.blocks[max(0, start - 3) : end + 4] if seg.roles[b.index] == "credit"}
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
