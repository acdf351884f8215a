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

from .._prefilter import first_chars, may_start
from ..blocks import Block
from ..profiles import Profile
from .furniture import is_boilerplate_text
from .prose import ends_sentence, words

__all__ = [
    "is_caption_above",
    "is_gallery_counter",
    "is_name_and_wire",
    "names_lead",
    "parse_credit",
    "strip_credit_prefix",
]

_ENLARGE = re.compile(r"^(?:enlarge|expand|zoom)\s*/\s*", re.IGNORECASE)


@functools.lru_cache(maxsize=32)
def _patterns(prefixes: tuple[str, ...]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a credit prefix at the start of a string, the same at the end of a caption)."""
    alts = "|".join(re.escape(p) for p in sorted(prefixes, key=len, reverse=True))
    colon = rf"(?:{alts})\s*(?::|\.\.\.|…)\s*"  # "Credit: X", "Credit...X"
    nocolon = r"(?:(?:photo|photograph|image|illustration|video|graphic|rendering)s?(?:\s+illustration)?\s+(?:by|courtesy(?:\s+of)?)|courtesy(?:\s+of)?|©|image copyright|copyright)\s*"  # noqa: E501
    start = re.compile(rf"(?:{colon}|{nocolon})", re.IGNORECASE)
    # What stands before a trailing credit: end of a sentence, then the prefix (glued to
    # the sentence when markup put the credit in its own span: "…get it.Credit...Name").
    tail = re.compile(rf"[.!?”\"’)](?:\s*{colon}|\s+{nocolon})", re.IGNORECASE)
    return start, tail


@functools.lru_cache(maxsize=32)
def _profile_patterns(profile: Profile) -> tuple[re.Pattern[str], re.Pattern[str], frozenset[str] | None]:
    """:func:`_patterns` by profile (hashing the prefix tuple on every call cost more than
    the match), with the first characters a credit prefix can start with."""
    start, tail = _patterns(profile.credit_prefixes)
    return start, tail, first_chars(start)


_LEAD_ONLY = re.compile(r"(?:source|sources|via|fuente|quelle)\s*:?\s+(?P<credit>[^.]{1,120})\.?", re.IGNORECASE)
_ENLARGE_FIRST = first_chars(_ENLARGE)
_LEAD_ONLY_FIRST = first_chars(_LEAD_ONLY)
_AGENCY = re.compile(r"[A-Z][^()/]{0,60}/[^()]{1,60}")
_CLOSERS = {")": "(", "]": "["}
# A bare agency or picture desk: "(AP)", "[File: Reuters]", "[SpaceX via NASA]"; "Name, AP" as a caption line.
_WIRES = r"(?:the )?(?:associated press|ap(?: photo)?|reuters|afp|getty(?: images)?|epa|efe|dpa|ansa|xinhua|pti|ians|shutterstock|istock)"  # noqa: E501
_VIA = r"[A-Z][\w.&'-]*(?: [A-Z][\w.&'-]*){0,3} via [\w.&' -]{1,40}"
_WIRE = re.compile(rf"(?:file(?: photo)?\s*:\s*)?(?:{_WIRES}|{_VIA})(?: file)?", re.IGNORECASE)
_FILE = re.compile(r"^file(?: photo)?\s*:\s*", re.IGNORECASE)
# A wire photo's credit closing the caption, with no prefix or brackets: "... Oct. 14, 2026.
# REUTERS/Fabian Bimmer/File Photo".
_WIRE_TAIL = re.compile(
    rf"[.!?”\"’]\s+(?P<credit>(?:{_WIRES})/[^/.()]{{2,60}}(?:/[^/.()]{{2,40}})?)\s*\Z", re.IGNORECASE
)
_WIRE_SLASH = re.compile(rf"\b(?:{_WIRES})/", re.IGNORECASE)
_NAME_AND_WIRE = re.compile(rf"[^,/|()]{{2,60}}\s*[,/|]\s*{_WIRES}(?: file)?\.?", re.IGNORECASE)
_COUNTER = re.compile(r"\d{1,3}\s*(?:of|/)\s*\d{1,3}")  # a gallery's "1of4"


def _clean(credit: str) -> str | None:
    credit = credit.strip(" .;,©")
    if not credit or len(credit) > 150 or words(credit) > 12:
        return None
    if ("(" in credit or ")" in credit) and not _balanced(credit):
        return None  # "Joseph Olmsted (STScI)" is a credit; "NASA) and more (" is not
    return credit


def _balanced(text: str) -> bool:
    """Brackets closed in order, none left open, none at the start."""
    depth = 0
    for c in text:
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth < 0:
                return False
    return depth == 0 and not text.startswith("(")


def _opening(body: str) -> int:
    """Where the bracket closing ``body`` opens (nested pairs inside skipped), else -1."""
    close = body[-1]
    open_ = _CLOSERS[close]
    depth = 0
    for at in range(len(body) - 1, -1, -1):
        c = body[at]
        if c == close:
            depth += 1
        elif c == open_:
            depth -= 1
            if depth == 0:
                return at
    return -1


def parse_credit(text: str, profile: Profile, *, lead: bool = False) -> tuple[str | None, str | None] | None:
    """``(caption, credit)`` when ``text`` is a credit or a captioned credit, else ``None``."""
    return _parse_credit(text, profile, lead)


@functools.lru_cache(maxsize=4096)  # the headline and credit rules ask about the same lines
def _parse_credit(text: str, profile: Profile, lead: bool) -> tuple[str | None, str | None] | None:
    t = text.strip()
    if len(t) > 600 or not t:
        return None
    start, tail, start_first = _profile_patterns(profile)
    # 0. A whole line in brackets: "(Lead image: Caption. Credit: X)", "[Photo: X]".
    if t[0] in "([" and t[-1] == ("]" if t[0] == "[" else ")") and _opening(t) == 0:
        inner = t[1:-1].strip()
        return _parse_credit(inner, profile, lead) if inner else None
    # 1. The whole line is a credit: "Image: CNSA", "Courtesy of Rocket Lab".
    m = start.match(t) if may_start(start_first, t) else None
    if m:
        credit = _clean(t[m.end() :])
        # ...unless a credit follows inside it: "Lead image: Caption. Credit: X" is a caption.
        if (
            credit
            and not (credit[0].islower() and credit[0] not in "ie")
            and not (names_lead(t) and tail.search(credit))
        ):
            return None, credit
    # 1b. A whole-line credit the profile knows, with no prefix ("Contains modified
    # Copernicus Sentinel data (2026), processed by ESA").
    if profile.credit_lines_re is not None and profile.credit_lines_re.fullmatch(t):
        return None, t.rstrip(" .")
    # 2. Caption, then a parenthesised credit: "... (Image credit: NASA)", "... (NASA/Bill Ingalls)".
    body = t[:-1] if t.endswith(".") else t
    if body and body[-1] in _CLOSERS:
        open_at = _opening(body)
        if open_at >= 0:
            inner = body[open_at + 1 : -1].strip()
            caption = _caption(body[:open_at])
            m = start.match(inner) if may_start(start_first, inner) else None
            if m:
                credit = _clean(inner[m.end() :])
                if credit:
                    return caption, credit
            elif (_AGENCY.fullmatch(inner) or _WIRE.fullmatch(inner)) and words(t) <= 50 and caption:
                return caption, _FILE.sub("", inner)
    # 3. Caption sentence(s), then "Image: X" / "Credit: X" / "Courtesy of X" at the end.
    if ":" in t or "ourtesy" in t or " by " in t or "..." in t or "…" in t or "©" in t or "opyright" in t:
        for m in tail.finditer(t):
            credit = _clean(t[m.end() :])
            if credit:
                return _caption(t[: m.start() + 1]), credit
    # 3b. Caption sentence(s), then a bare wire credit: "... 2026. REUTERS/Name/File Photo",
    # perhaps followed by the desk's furniture ("Purchase Licensing Rights").
    if "/" in t and len(t) <= 400 and _WIRE_SLASH.search(t):
        m = _WIRE_TAIL.search(_without_furniture_tail(t, profile))
        if m:
            return _caption(t[: m.start() + 1]), m.group("credit").strip()
    # 4. "Enlarge / caption" with no credit.
    m = _ENLARGE.match(t) if may_start(_ENLARGE_FIRST, t) else None
    if m:
        return _caption(t[m.end() :]), None
    if lead and may_start(_LEAD_ONLY_FIRST, t):
        m = _LEAD_ONLY.fullmatch(t)
        if m:
            return None, m.group("credit").strip(" .")
    return None


def _without_furniture_tail(text: str, profile: Profile) -> str:
    """``text`` less a closing run of up to six words that is a furniture line of its own."""
    cut = len(text)
    for _ in range(6):
        cut = text.rfind(" ", 0, cut)
        if cut <= 0:
            break
        if is_boilerplate_text(text[cut + 1 :], profile):
            return text[:cut].rstrip()
    return text


def strip_credit_prefix(text: str, profile: Profile) -> str:
    """A marked-up credit without its wrapping and prefix: ``(Image credit: X)`` -> ``X``."""
    t = text.strip()
    if t[:1] in "([" and t[-1:] in ")]":
        t = t[1:-1].strip()
    start, _ = _patterns(profile.credit_prefixes)
    m = start.match(t)
    if m:
        t = t[m.end() :]
    return t.strip(" .;,") or text


def is_caption_above(prev: Block, credit_line: Block) -> bool:
    """Could ``prev`` be the caption of the credit-only line under it?

    Callers make sure ``prev`` is not the headline: the headline rule keeps such a
    line only as a fallback, the credit rule runs after the headline is known.
    """
    if prev.bullet or credit_line.bullet:
        return False
    t = prev.text
    n = words(t)
    # A short title set tight above the credit ("Sentinel-1D's first image: the Ronne Ice
    # Shelf" over its credit line) is the image's title, as newsrooms caption their images.
    return n <= 80 and (ends_sentence(t) or n >= 10 or (n >= 3 and not credit_line.blank_before))


def _caption(text: str) -> str | None:
    if may_start(_ENLARGE_FIRST, text):
        text = _ENLARGE.sub("", text)
    if text[:1] in _LEAD_NAMES_FIRST:
        m = _LEAD_NAMED.match(text)
        if m:
            text = text[m.end() :]
    return text.strip() or None


# A caption that names its image as the article's lead ("Lead image: ...").
_LEAD_NAMED = re.compile(
    r"(?:lead|top|featured|feature|header|main|hero) (?:image|photo|picture)\s*:\s*", re.IGNORECASE
)
_LEAD_NAMES_FIRST = frozenset("ltfhmLTFHM")


def names_lead(text: str) -> bool:
    """The caption names its image as the article's lead (``Lead image: ...``)."""
    t = text.lstrip("([")
    return t[:1] in _LEAD_NAMES_FIRST and _LEAD_NAMED.match(t) is not None


def is_gallery_counter(text: str) -> bool:
    """A gallery's position counter (``1of4``, ``2 / 12``) set where a caption goes."""
    return _COUNTER.fullmatch(text) is not None


def is_name_and_wire(text: str) -> bool:
    """A caption line that is a photographer and an agency (``Jane Doe, AP``)."""
    return len(text) <= 120 and _NAME_AND_WIRE.fullmatch(text) is not None
