"""Image credits and captions.

Forms (prefixes come from the profile's ``credit_prefixes``):
``Image: CNSA`` · ``Photo credit: X.`` · ``Courtesy of X`` · ``Photo by X`` ·
``Caption text. Image: X`` · ``Caption text (Image credit: X)`` ·
``Caption text (NASA/Bill Ingalls)`` · ``Enlarge / Caption text (credit: X)``;
near the top only (where a chart or lead image sits): ``Source: X``, ``Via X``.

The first credit near the top of the article is the lead image's; every caption
and credit line, lead or not, is kept out of the body.
"""

from __future__ import annotations

import functools
import re

from ..blocks import Document
from ..profiles import Profile
from ..segment import Segmentation
from ._text import is_prose, words

__all__ = ["rule", "parse_credit"]

_ENLARGE = re.compile(r"^(?:enlarge|expand|zoom)\s*/\s*", re.IGNORECASE)


@functools.lru_cache(maxsize=32)
def _patterns(prefixes: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    alts = "|".join(re.escape(p) for p in sorted(prefixes, key=len, reverse=True))
    colon = rf"(?:{alts})\s*:\s*"
    nocolon = r"(?:(?:photo|photograph|image|illustration|video|graphic|rendering)s?\s+(?:by|courtesy(?:\s+of)?)|courtesy(?:\s+of)?)\s+"
    return (
        # The whole line is a credit.
        re.compile(rf"(?:{colon}|{nocolon})(?P<credit>[^()]{{1,150}}?)\.?", re.IGNORECASE),
        # Caption, then a parenthesised credit.
        re.compile(rf"(?P<caption>.+?)\s*[(\[](?:{colon}|{nocolon})(?P<credit>[^()\[\]]{{1,150}}?)\.?[)\]]\.?", re.IGNORECASE),
        # Caption sentence(s), then "Image: X" / "Credit: X" at the end.
        re.compile(rf"(?P<caption>.+?[.!?”\"’)])\s+(?:{colon}|{nocolon})(?P<credit>[^()]{{1,150}}?)\.?", re.IGNORECASE),
        # Caption ending in "(Agency/Person)".
        re.compile(r"(?P<caption>.+?[\w.!?”\"’])\s*\((?P<credit>[A-Z][^()/]{0,60}/[^()]{1,60})\)\.?"),
        # "Enlarge / caption" with no credit at all.
        re.compile(r"(?:enlarge|expand|zoom)\s*/\s*(?P<caption>.+)", re.IGNORECASE),
    )


_LEAD_ONLY = re.compile(r"(?:source|sources|via|fuente|quelle)\s*:?\s+(?P<credit>[^.]{1,120})\.?", re.IGNORECASE)


def parse_credit(text: str, profile: Profile, *, lead: bool = False) -> tuple[str | None, str | None] | None:
    """``(caption, credit)`` when ``text`` is a credit or a captioned credit, else ``None``."""
    if len(text) > 600:
        return None
    t = text.strip()
    for n, pat in enumerate(_patterns(profile.credit_prefixes)):
        m = pat.fullmatch(t)
        if not m:
            continue
        g = m.groupdict()
        credit = (g.get("credit") or "").strip(" .;,") or None
        caption = g.get("caption")
        if caption is not None:
            caption = _ENLARGE.sub("", caption).strip() or None
        if credit and words(credit) > 12:
            continue
        if n == 0 and credit and credit[0].islower() and not credit.startswith(("i", "e")):
            continue
        if n == 3 and words(t) > 50:
            continue
        return caption, credit
    if lead:
        m = _LEAD_ONLY.fullmatch(t)
        if m:
            return None, m.group("credit").strip(" .")
    return None


def rule(doc: Document, seg: Segmentation, profile: Profile) -> Segmentation:
    blocks = doc.blocks
    zone = seg.get("zone")
    h = seg.get("headline_index")
    lead_caption: str | None = None
    lead_credit: str | None = None
    have_lead = False
    updates: dict[int, str] = {}
    if zone is None and h is None:
        return seg
    top = h + 1 if h is not None else zone[0]
    end = zone[1] if zone else min(len(blocks) - 1, top + 6)
    first_body: int | None = None
    for i in range(top, end + 1):
        b = blocks[i]
        role = seg.roles[i]
        if role not in (None, "boilerplate") or "category" in b.hints:
            continue
        is_lead = first_body is None or i <= first_body + 1
        if b.kind == "caption" or "caption" in b.hints or "credit" in b.hints:
            parsed = parse_credit(b.text, profile, lead=True)
            if parsed is None:
                parsed = (None, b.text) if "credit" in b.hints else (b.text, None)
        else:
            if role == "boilerplate":
                continue
            parsed = parse_credit(b.text, profile, lead=is_lead)
        if parsed is None:
            if first_body is None and is_prose(b.text):
                first_body = i
            continue
        caption, credit = parsed
        updates[i] = "credit"
        if is_lead and not have_lead:
            lead_caption, lead_credit = caption, credit
            have_lead = credit is not None or caption is not None
        elif is_lead and have_lead and (lead_credit is None or lead_caption is None):
            # A caption line followed by its credit line (HTML figcaption + credit span).
            lead_caption = lead_caption or caption
            lead_credit = lead_credit or credit
    return seg.with_roles(updates).with_fields(image_caption=lead_caption, image_credit=lead_credit)
