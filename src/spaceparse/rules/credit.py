"""The lead image's caption and credit; every caption and credit line kept out of the body.

The forms a credit takes are recognised by :mod:`spaceparse.recognisers.credits`; this rule
decides which credit is the lead image's: the first one near the top of the article (HTML
says when a caption belongs to an in-body figure instead).
"""

from __future__ import annotations

from ..blocks import Document
from ..profiles import Profile
from ..recognisers.credits import (
    is_caption_above,
    is_gallery_counter,
    is_name_and_wire,
    names_lead,
    parse_credit,
    strip_credit_prefix,
)
from ..recognisers.prose import ends_sentence, is_prose
from ..segmentation import Role, Segmentation

__all__ = ["rule"]


def rule(doc: Document, seg: Segmentation, profile: Profile) -> Segmentation:
    blocks = doc.blocks
    zone = seg.get("zone")
    h = seg.get("headline_index")
    lead_caption: str | None = None
    lead_credit: str | None = None
    have_lead = False
    updates: dict[int, Role] = {}
    if zone is None and h is None:
        return seg
    top = h + 1 if h is not None else zone[0]
    end = zone[1] if zone else min(len(blocks) - 1, top + 6)
    seen_prose = 0  # a dek may stand between the headline and the lead image
    for i in range(top, end + 1):
        b = blocks[i]
        role = seg.roles[i]
        if role not in (None, "boilerplate") or "category" in b.hints:
            continue
        # HTML says when a caption belongs to an in-body figure, not to the lead image.
        # A caption saying "Lead image:" is the lead's wherever the page put it.
        is_lead = (seen_prose <= 1 or (not have_lead and names_lead(b.text))) and "other-image" not in b.hints
        if b.kind == "caption" or "caption" in b.hints or "credit" in b.hints:
            if is_gallery_counter(b.text):
                updates[i] = "credit"
                continue
            parsed = parse_credit(b.text, profile, lead=True)
            if parsed is None:
                # Markup that says both (a figcaption holding a credit span) and a sentence: the caption.
                credit_only = "credit" in b.hints and not ("caption" in b.hints and ends_sentence(b.text))
                if credit_only or is_name_and_wire(b.text):
                    parsed = (None, strip_credit_prefix(b.text, profile))
                else:
                    parsed = (b.text, None)
        else:
            if role == "boilerplate":
                continue
            parsed = parse_credit(b.text, profile, lead=is_lead)
        if parsed is None:
            if is_prose(b.text):
                seen_prose += 1
            continue
        caption, credit = parsed
        updates[i] = "credit"
        # Text only: HTML marks its captions, so a paragraph above a credit span stays body.
        if doc.kind == "text" and (
            caption is None
            and credit is not None
            and i > top
            and seg.roles[i - 1] is None
            and i - 1 not in updates
            and is_caption_above(blocks[i - 1], b)
        ):
            caption = blocks[i - 1].text
            updates[i - 1] = "credit"
        if is_lead and not have_lead:
            lead_caption, lead_credit = caption, credit
            have_lead = credit is not None or caption is not None
        elif is_lead and have_lead and (lead_credit is None or lead_caption is None):
            # A caption line followed by its credit line (HTML figcaption + credit span).
            lead_caption = lead_caption or caption
            lead_credit = lead_credit or credit
    return seg.with_roles(updates).with_fields(image_caption=lead_caption, image_credit=lead_credit)
