"""The lead image's caption and credit; every caption and credit line kept out of the body.

The forms a credit takes are recognised by :mod:`spaceparse.recognisers.credits`; this rule
decides which credit is the lead image's: the first one near the top of the article. HTML
says more: the front end names the lead image's own captions and credits (hint
``lead-image``), which are then the lead's wherever the figure stands, and marks the captions
of in-body figures (``other-image``). Text keeps forms of its own: an image's alt text then
its caption repeating it (plus the credit), and a caption and its credit flattened into one
line; and text shows no image, so with nothing near the top the first figure it does show (a
caption with a credit it introduces) is the article's first image.
"""

from __future__ import annotations

from ..blocks import Block, Document
from ..profiles import Profile
from ..recognisers.credits import (
    is_bare_credit,
    is_caption_above,
    is_caption_control,
    is_dateline,
    is_fragment,
    is_gallery_counter,
    is_name_and_wire,
    marks_a_credit,
    names_lead,
    parse_credit,
    split_repeated,
    strip_credit_prefix,
    trailing_agency,
    without_caption_control,
    without_rights_notice,
)
from ..recognisers.prose import ends_sentence, is_prose, words
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
    label_at = -2  # a credit label standing alone ("Photo:")
    repeated = False  # text: the lead caption repeated an image's alt text
    prose_at = -2  # the last block counted as prose
    first_figure: tuple[str, str] | None = None  # the first captioned and credited figure further down
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
            if is_fragment(text, profile):
                updates[i] = "credit"  # "(", "Image:": a piece of a credit split by its spans
                if any(c.isalpha() for c in text):
                    label_at = i  # "Photo:" alone: the credit is the next piece
                continue
            if is_lead and lead_credit is not None and last_lead == i - 1 and text[:1] in "/|":
                # The credit's second holder in a span of its own: "Photo by X / Getty Images".
                more = strip_credit_prefix(text, profile)
                if is_bare_credit(more, profile):
                    lead_credit = f"{lead_credit}; {more}"
                    updates[i] = "credit"
                    last_lead = i
                    continue
            parsed = parse_credit(text, profile, lead=True, caption=True)
            if parsed is None:
                # Markup that says both (a figcaption holding a credit span) and a sentence: the caption.
                credit_only = "credit" in b.hints and not ("caption" in b.hints and ends_sentence(text))
                # A short line after the lead caption in the same figure: its credit.
                after_caption = (
                    is_lead and role is None and lead_caption is not None and lead_credit is None and last_lead == i - 1
                )
                if (
                    credit_only
                    or label_at == i - 1
                    or is_name_and_wire(text)
                    or (after_caption and is_bare_credit(text, profile))
                ):
                    parsed = (None, strip_credit_prefix(text, profile))
                elif role == "boilerplate":
                    continue  # furniture in a caption box ("Enlarge")
                else:
                    parsed = (text, None)
        else:
            if role == "boilerplate":
                continue
            parsed = parse_credit(b.text, profile, lead=is_lead)
            if parsed is None and _credit_over_caption(blocks, i, profile):
                parsed = (None, strip_credit_prefix(b.text, profile))
            if doc.kind == "text" and parsed is None and i > top:
                # The alt line may stand one stand-in line up ("(BUTTON)" between them).
                # (Statements, not a conditional expression: mypyc's C for the latter left a
                # register gcc -O3 calls maybe-uninitialized, an error under mypyc's -Werror.)
                alt_at = i - 1
                if i - 2 >= top and _is_stand_in(blocks[i - 1].text):
                    alt_at = i - 2
                parsed, is_lead, repeated = _text_caption_forms(
                    blocks,
                    i,
                    alt_at,
                    seg,
                    profile,
                    is_lead=is_lead,
                    alt_counted=prose_at == alt_at and seen_prose <= 2,
                    after_repeat=repeated and last_lead == i - 1 and lead_credit is None,
                    have_lead=have_lead,
                )
                if repeated and parsed is not None and parsed[0] is not None:
                    updates[alt_at] = "credit"  # the alt text line
        if parsed is None:
            if is_prose(b.text):
                seen_prose += 1
                prose_at = i
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
        elif (
            first_figure is None
            and caption is not None
            and credit is not None
            and doc.kind == "text"
            and words(caption) <= _FIGURE_CAPTION_WORDS
            and marks_a_credit(b.text, credit, profile)
        ):
            first_figure = (caption, credit)
    if not have_lead and first_figure is not None and doc.kind == "text":
        # Text shows no image: with nothing near the top, the first captioned and credited
        # figure in the article is its first image.
        lead_caption, lead_credit = first_figure
    return seg.with_roles(updates).with_fields(image_caption=lead_caption, image_credit=lead_credit)


def _credit_over_caption(blocks: tuple[Block, ...], i: int, profile: Profile) -> bool:
    """HTML: a bare name set on the lead image, right above the figure's marked caption
    (``<img><span>Airbus</span><figcaption>...``): the image's credit."""
    b = blocks[i]
    if "lead-image" not in b.hints or i + 1 >= len(blocks):
        return False
    nxt = blocks[i + 1]
    text = b.text
    return (
        "lead-image" in nxt.hints
        and _marked(nxt)
        and b.href is None  # "View 6 Images", "Lihat Foto": a link or button on the image
        and not any(c.isdigit() for c in text)
        and words(text) <= _BARE_CREDIT_WORDS
        and not ends_sentence(text)
        and not is_caption_control(text)
        and is_bare_credit(text, profile)
    )


_BARE_CREDIT_WORDS = 4


# A caption far from the top is taken only when it reads as one, not as a paragraph: long
# captions run to about fifty words, paragraphs longer.
_FIGURE_CAPTION_WORDS = 60


def _text_caption_forms(
    blocks: tuple[Block, ...],
    i: int,
    alt_at: int,
    seg: Segmentation,
    profile: Profile,
    *,
    is_lead: bool,
    alt_counted: bool,
    after_repeat: bool,
    have_lead: bool,
) -> tuple[tuple[str | None, str | None] | None, bool, bool]:
    """Caption forms only a text rendering has: ``(parsed, is_lead, repeated)``.

    A text rendering keeps an image's alt text, then its caption repeating it: the line that
    repeats the one above is the caption, what it adds the credit (the alt line was counted as
    prose: it does not push the caption out of the lead position); a credit line of its own
    may follow (``AP``). A caption and its credit span flattened into one line: ``… on
    Tuesday. Name/AP``.
    """
    b, prev = blocks[i], blocks[alt_at]
    if after_repeat:
        if is_bare_credit(b.text, profile, named=False):
            return (None, strip_credit_prefix(b.text, profile)), True, True
        return None, is_lead, False
    if (is_lead or alt_counted) and seg.roles[alt_at] is None and not prev.bullet:
        parsed = split_repeated(prev.text, b.text, profile)
        # A bare repeat is a caption when set tight under its alt text, or when its credit
        # line follows; a heading repeated is not.
        if (
            parsed is not None
            and parsed[1] is None
            and (
                b.text == seg.get("headline")
                or not (b.blank_before == 0 or _credit_follows(blocks, i, profile))
                or _copy_of_the_text(blocks, seg, alt_at, i)
            )
        ):
            parsed = None
        if parsed is not None:
            return parsed, True, True
    if is_lead and not have_lead:
        return trailing_agency(without_caption_control(b.text), profile), is_lead, False
    return None, is_lead, False


def _copy_of_the_text(blocks: tuple[Block, ...], seg: Segmentation, alt_at: int, i: int) -> bool:
    """A bare repeat that is a duplicated rendering, not an alt text and its caption: no other
    text stands in the zone (the page is that one paragraph, copied)."""
    zone = seg.get("zone")
    if zone is None:
        return True
    return not any(
        k not in (alt_at, i) and seg.roles[k] is None and blocks[k].text != blocks[i].text
        for k in range(zone[0], zone[1] + 1)
    )


def _is_stand_in(text: str) -> bool:
    """A text rendering's stand-in for a control (``(BUTTON)``, ``[IMG]``)."""
    return len(text) <= 12 and text[:1] in "([" and text[-1:] in ")]" and text[1:-1].isalpha()


def _credit_follows(blocks: tuple[Block, ...], i: int, profile: Profile) -> bool:
    """The line after block ``i`` is a credit of its own (``AP``, ``Photo: X``)."""
    if i + 1 >= len(blocks):
        return False
    t = blocks[i + 1].text
    parsed = parse_credit(t, profile)
    return (parsed is not None and parsed[0] is None) or is_bare_credit(t, profile, named=False)


def _marked(b: Block) -> bool:
    """Markup says the block is a caption or a credit."""
    return b.kind == "caption" or "caption" in b.hints or "credit" in b.hints
