"""The lead image's caption and credit; every caption and credit line kept out of the body.

The forms a credit takes are recognised by :mod:`spaceparse.recognisers.credits`; this rule
decides which credit is the lead image's: the first one near the top of the article (HTML
says when a caption belongs to an in-body figure instead).
"""

from __future__ import annotations

from ..blocks import Block, Document
from ..profiles import Profile
from ..recognisers.credits import (
    is_bare_credit,
    is_caption_above,
    is_caption_control,
    is_dateline,
    is_gallery_counter,
    is_name_and_wire,
    names_lead,
    parse_credit,
    strip_credit_prefix,
    without_caption_control,
    without_rights_notice,
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
    last_lead = -2  # the last block that gave the lead caption or credit
    seen_prose = 0  # a dek may stand between the headline and the lead image
    # HTML names the lead image's captions (hint lead-image): they are read wherever the page
    # put the figure (above the headline too), and then no other caption is the lead's.
    lead_marked = [i for i, b in enumerate(blocks) if "lead-image" in b.hints and _marked(b)]
    order = [i for i in lead_marked if i < top] + list(range(top, end + 1))
    for i in order:
        b = blocks[i]
        role = seg.roles[i]
        if role not in (None, "boilerplate") or "category" in b.hints or i == h:
            continue
        marked = _marked(b)
        # HTML says when a caption belongs to an in-body figure, not to the lead image.
        # A caption saying "Lead image:" is the lead's wherever the page put it.
        if lead_marked and marked:
            is_lead = "lead-image" in b.hints
        else:
            is_lead = (
                seen_prose <= 1 or (not have_lead and names_lead(b.text)) or "lead-image" in b.hints
            ) and "other-image" not in b.hints
        if marked:
            if is_dateline(b.text):
                continue  # a date line in a box classed as a caption
            if is_gallery_counter(b.text) or is_caption_control(b.text):
                updates[i] = "credit"
                continue
            text = without_rights_notice(without_caption_control(b.text))
            parsed = parse_credit(text, profile, lead=True, caption=True)
            if parsed is None:
                # Markup that says both (a figcaption holding a credit span) and a sentence: the caption.
                credit_only = "credit" in b.hints and not ("caption" in b.hints and ends_sentence(text))
                # A short line after the lead caption in the same figure: its credit.
                after_caption = (
                    is_lead and role is None and lead_caption is not None and lead_credit is None and last_lead == i - 1
                )
                if credit_only or is_name_and_wire(text) or (after_caption and is_bare_credit(text, profile)):
                    parsed = (None, strip_credit_prefix(text, profile))
                elif role == "boilerplate":
                    continue  # furniture in a caption box ("Enlarge")
                else:
                    parsed = (text, None)
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
        # Text, or the lead image's box in HTML (an unmarked caption, then "Photo: X"): HTML
        # elsewhere marks its captions, so a paragraph above a credit span stays body.
        if (doc.kind == "text" or ("lead-image" in b.hints and "lead-image" in blocks[i - 1].hints)) and (
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
            last_lead = i
        elif is_lead and have_lead and (lead_credit is None or lead_caption is None):
            # A caption line followed by its credit line (HTML figcaption + credit span).
            lead_caption = lead_caption or caption
            lead_credit = lead_credit or credit
            last_lead = i
    return seg.with_roles(updates).with_fields(image_caption=lead_caption, image_credit=lead_credit)


def _marked(b: Block) -> bool:
    """Markup says the block is a caption or a credit."""
    return b.kind == "caption" or "caption" in b.hints or "credit" in b.hints
