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
from .dates import find_date
from .furniture import is_boilerplate_text
from .prose import ends_sentence, words

__all__ = [
    "credit_in_alt",
    "is_bare_credit",
    "is_caption_above",
    "is_caption_control",
    "is_dateline",
    "is_fragment",
    "is_gallery_counter",
    "is_name_and_wire",
    "marks_a_credit",
    "names_lead",
    "parse_credit",
    "split_repeated",
    "strip_credit_prefix",
    "trailing_agency",
    "without_caption_control",
    "without_rights_notice",
]

_ENLARGE = re.compile(r"^(?:enlarge|expand|zoom)\s*/\s*", re.IGNORECASE)


@functools.lru_cache(maxsize=32)
def _patterns(prefixes: tuple[str, ...]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a credit prefix at the start of a string, the same at the end of a caption)."""
    alts = "|".join(re.escape(p) for p in sorted(prefixes, key=len, reverse=True))
    colon = rf"(?:{alts})\s*(?::|\.\.\.|…)\s*"  # "Credit: X", "Credit...X"
    nocolon = r"(?:(?:photo|photograph|image|illustration|video|graphic|rendering)s?(?:\s+illustration)?\s+(?:by|via|courtesy(?:\s+of)?)|courtesy(?:\s+of)?|©|\(c\)|image copyright|copyright)\s*"  # noqa: E501
    start = re.compile(rf"(?:{colon}|{nocolon})", re.IGNORECASE)
    # What stands before a trailing credit: end of a sentence, then the prefix (glued to
    # the sentence when markup put the credit in its own span: "…get it.Credit...Name").
    tail = re.compile(rf"[.!?”\"’)](?:\s*{colon}|\s+{nocolon})", re.IGNORECASE)
    return start, tail


@functools.lru_cache(maxsize=32)
def _caption_tail(prefixes: tuple[str, ...]) -> re.Pattern[str]:
    """A prefixed credit inside a caption after a comma or a space only ("…, Foto: X",
    "…Erfolg Foto: X"): the caller checks that the prefix is capitalised."""
    alts = "|".join(re.escape(p) for p in sorted(prefixes, key=len, reverse=True))
    return re.compile(rf"(?:[,;] ?| )(?P<prefix>(?:{alts}) ?: ?)", re.IGNORECASE)


@functools.lru_cache(maxsize=32)
def _profile_patterns(profile: Profile) -> tuple[re.Pattern[str], re.Pattern[str], frozenset[str] | None]:
    """:func:`_patterns` by profile (hashing the prefix tuple on every call cost more than
    the match), with the first characters a credit prefix can start with."""
    start, tail = _patterns(profile.credit_prefixes)
    return start, tail, first_chars(start)


# "Source: X" is a credit only where an image is sure to be: near the top, or in a caption.
_LEAD_ONLY = re.compile(
    r"(?:source|sources|via|fuente|fonte|quelle|bildquelle|źródło|kilde|källa|lähde|bron)\s*:?\s+"
    r"(?P<credit>[^.]{1,120}(?:\.\s?[^.\s][^.]{0,80}){0,3})\.?",
    re.IGNORECASE,
)
_ENLARGE_FIRST = first_chars(_ENLARGE)
_LEAD_ONLY_FIRST = first_chars(_LEAD_ONLY)
_AGENCY = re.compile(r"[A-Z][^()/]{0,60}/[^()]{1,60}")
_CLOSERS = {")": "(", "]": "[", "）": "（", "】": "【"}
# A bare agency or picture desk: "(AP)", "[File: Reuters]", "[SpaceX via NASA]"; "Name, AP" as a caption line.
_WIRES = (
    r"(?:the )?(?:associated press|ap(?: photo)?|reuters|afp|getty(?: images)?|epa|efe|dpa|ansa|xinhua|pti|ians"
    # stock libraries ("Name - stock.adobe.com", "Name / iStock")
    r"|shutterstock(?:\.com)?|istock(?:photo)?(?:\.com)?|(?:stock\.)?adobe(?:\.com| ?stock)|dreamstime(?:\.com)?"
    r"|123rf(?:\.com)?|depositphotos(?:\.com)?|alamy(?: stock photo)?|unsplash|pexels|pixabay)"
)
_VIA = r"[A-Z][\w.&'-]*(?: [A-Z][\w.&'-]*){0,3} via [\w.&' -]{1,40}"
_WIRE = re.compile(rf"(?:file(?: photo)?\s*:\s*)?(?:{_WIRES}|{_VIA})(?: file)?", re.IGNORECASE)
_FILE = re.compile(r"^file(?: photo)?\s*:\s*", re.IGNORECASE)
# A wire photo's credit closing the caption, with no prefix or brackets: "... Oct. 14, 2026.
# REUTERS/Fabian Bimmer/File Photo".
_WIRE_TAIL = re.compile(
    rf"[.!?”\"’]\s+(?P<credit>(?:{_WIRES})/[^/.()]{{2,60}}(?:/[^/.()]{{2,40}})?)\s*\Z", re.IGNORECASE
)
_WIRE_SLASH = re.compile(rf"\b(?:{_WIRES})/", re.IGNORECASE)
_NAME_AND_WIRE = re.compile(rf"[^,/|()]{{2,60}}(?:\s*[,/|]| -)\s*{_WIRES}(?: file)?\.?", re.IGNORECASE)
_COUNTER = re.compile(r"\d{1,3}\s*(?:of|/)\s*\d{1,3}")  # a gallery's "1of4"


def _clean(credit: str) -> str | None:
    credit = _tidy(credit.strip(" .;,©"))
    if not credit or len(credit) > 150 or words(credit) > 12:
        return None
    if any(len(w) > _LONGEST_WORD or w.lower().endswith(_FILE_ENDINGS) for w in credit.split()):
        return None  # a file name or a URL glued on, not a name
    if ("(" in credit or ")" in credit) and not _balanced(credit):
        return None  # "Joseph Olmsted (STScI)" is a credit; "NASA) and more (" is not
    return credit


_LONGEST_WORD = 40
_FILE_ENDINGS = (".jpg", ".jpeg", ".png", ".gif", ".webp", ".avif", ".svg")


def _tidy(credit: str) -> str:
    """A credit less a closing rights notice, its holders listed with ``; `` (a page sets
    them apart with ``|``: ``picture alliance/dpa | Jane Doe``)."""
    credit = without_rights_notice(credit)
    if " | " in credit:
        credit = credit.replace(" | ", "; ")
    return credit


# A rights notice after the credit: "Jane Doe/Copyright 2024 The AP. All rights reserved".
_YEAR_AFTER = re.compile(r"\s*(?:\(c\)\s*)?\d{4}\b")


def without_rights_notice(credit: str) -> str:
    """``credit`` less a closing rights notice (``Copyright 2024 …``, ``© 2024 …``, ``All
    rights reserved``), when a name stands before it."""
    if len(credit) > 600:
        return credit
    low = credit.casefold()
    cut = low.find("all rights reserved")
    for word in ("copyright", "©"):
        at = low.find(word, 0, cut if cut >= 0 else len(low))
        while at >= 0:
            if _YEAR_AFTER.match(low, at + len(word)):
                cut = at
                break
            at = low.find(word, at + 1, cut if cut >= 0 else len(low))
    head = credit[:cut].strip(" .;,/|") if cut > 0 else ""
    return head or credit


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


def parse_credit(
    text: str, profile: Profile, *, lead: bool = False, caption: bool = False
) -> tuple[str | None, str | None] | None:
    """``(caption, credit)`` when ``text`` is a credit or a captioned credit, else ``None``.

    ``caption``: markup says the text is an image's caption (a ``<figcaption>``), so a credit
    may also close it without a prefix: after a separator (``Caption | Name/Agency``), glued
    on by its own span (``…the city.Getty Images``), or as a short credit-shaped phrase after
    the last sentence (``…in 2024. REUTERS``); and ``Source:``/``Quelle:`` introduce one.
    """
    return _parse_credit(text, profile, lead, caption)


@functools.lru_cache(maxsize=4096)  # the headline and credit rules ask about the same lines
def _parse_credit(
    text: str, profile: Profile, lead: bool, caption: bool = False
) -> tuple[str | None, str | None] | None:
    t = text.strip()
    if len(t) > 600 or not t:
        return None
    start, tail, start_first = _profile_patterns(profile)
    # 0. A whole line in brackets: "(Lead image: Caption. Credit: X)", "[Photo: X]".
    if t[0] in "([" and t[-1] == ("]" if t[0] == "[" else ")") and _opening(t) == 0:
        inner = t[1:-1].strip()
        return _parse_credit(inner, profile, lead, caption) if inner else None
    # 1. The whole line is a credit: "Image: CNSA", "Courtesy of Rocket Lab".
    m = start.match(t) if may_start(start_first, t) else None
    if m:
        rest = t[m.end() :]
        m2 = start.match(rest) if may_start(start_first, rest) else None
        if m2:
            rest = rest[m2.end() :]  # two prefixes: "© Foto: X"
        credit = _clean(rest)
        # ...unless a credit follows inside it: "Lead image: Caption. Credit: X" is a caption.
        if (
            credit
            # "Image: the crew at work" is a sentence; "Foto: picture alliance/dpa" a credit.
            and not (credit[0].islower() and credit[0] not in "ie" and not _agency_like(credit))
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
            cap = _caption(body[:open_at])
            m = start.match(inner) if may_start(start_first, inner) else None
            if m:
                credit = _clean(inner[m.end() :])
                if credit:
                    return cap, credit
            elif (_AGENCY.fullmatch(inner) or _WIRE.fullmatch(inner)) and words(t) <= 50 and cap:
                inner = _FILE.sub("", inner)
                label = _LABEL_PREFIX.match(inner)  # "(Quelle: IMAGO/Name)"
                return cap, inner[label.end() :] if label and ":" in label.group() else inner
            elif inner.endswith(_TAKEN_BY) and 0 < len(inner) - 2 <= 40 and cap:
                return cap, inner[:-2].strip()  # Japanese "(潟沼義樹撮影)": photographed by ...
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
    if (lead or caption) and may_start(_LEAD_ONLY_FIRST, t):
        m = _LEAD_ONLY.fullmatch(t)
        if m:
            return None, _clean(m.group("credit")) or None
    if not caption:
        return None
    return _prefixed_in_caption(t, profile) or _unprefixed_tail(t, profile)


def _prefixed_in_caption(t: str, profile: Profile) -> tuple[str | None, str | None] | None:
    """A capitalised prefix after a comma or a bare space: "…nicht mehr geben, Foto: LAT
    Images", "…als vollen Erfolg Foto: Editpress/Name"."""
    if ":" in t:
        for m in _caption_tail(profile.credit_prefixes).finditer(t):
            if t[m.start("prefix")].isupper() and words(t[: m.start()]) >= 2:
                credit = _clean(t[m.end() :])
                if credit:
                    return _caption(t[: m.start()].rstrip(" ,;")), credit
                break
    return None


_TAKEN_BY = ("撮影",)
# Where a caption's last sentence ends and an unprefixed credit may follow (closing quotes
# and brackets after the stop belong to the sentence).
_SENTENCE_END = re.compile(r"[.!?。！？][»”\"’)]*(?=\s*\S)")
# A separator between a caption and its credit: "Caption | Name/Agency", "Caption / Name".
_SEPARATORS = (" | ", " / ", " – ", " — ")
# Words a credit of its own may be: who supplied the picture rather than who took it.
_BARE_CREDITS = frozenset(
    [
        "supplied",
        "handout",
        "file",
        "archive",
        "archiv",
        "archivbild",
        "privat",
        "private",
        "pool",
        "montage",
        "illustration",
        "dpa",
        "afp",
        "ap",
        "reuters",
        "getty",
        "epa",
        "imago",
        "istock",
        "shutterstock",
        "unsplash",
        "pexels",
        "pixabay",
    ]
)
# Lower-case words inside a name or an agency ("Ludwig van Beethoven", "Pool via Reuters").
_NAME_PARTICLES = frozenset(
    [
        "von",
        "van",
        "der",
        "den",
        "de",
        "del",
        "della",
        "di",
        "da",
        "du",
        "la",
        "le",
        "las",
        "los",
        "y",
        "e",
        "dos",
        "das",
        "bin",
        "al",
        "ibn",
        "ter",
        "ten",
        "via",
        "for",
        "and",
        "und",
        "et",
    ]
)


def _credit_shaped(text: str, *, named: bool) -> bool:
    """A short phrase that reads as a credit, not as the rest of a caption.

    ``named``: a bare name or title-cased phrase is enough (markup or a separator set it
    apart); otherwise it must look like an agency credit (``Name/Agency``, ``X via Y``, a
    wire or stock agency, a supplier word such as ``Supplied``, or a short phrase in a
    script without capitals).
    """
    if not text or len(text) > 90 or ends_sentence(text) or text.endswith((",", ":", "-")):
        return False
    if ": " in text or "://" in text:
        return False  # a label ("Verteidiger: Name") or a link, not a credit
    parts = text.split()
    if len(parts) > 8 or (not text[0].isupper() and not _no_case(text[0])):
        return False
    if " via " in text or "©" in text or _agency_like(text):
        return True
    if len(parts) <= 2 and text.strip(".").casefold() in _BARE_CREDITS:
        return True
    if _no_case(text[0]):
        return len(parts) <= 3
    caps = all(p[0].isupper() or p[0].isdigit() or p.casefold() in _NAME_PARTICLES for p in parts)
    return named and caps and len(parts) <= 5


def _agency_like(text: str) -> bool:
    """Names an agency or a photographer/agency pair (``picture alliance/dpa``; a slash
    between letters, not in a number such as ``EU/04/19``)."""
    at = text.find("/")
    while at >= 0:
        before, after = text[:at].rstrip()[-1:], text[at + 1 :].lstrip()[:1]
        if before.isalpha() and after.isalpha():
            return True
        at = text.find("/", at + 1)
    return _WIRE_WORD.search(text) is not None


def _no_case(c: str) -> bool:
    """A letter of a script without capitals (CJK, Hangul, Arabic, Hebrew...)."""
    return c.isalpha() and not c.isupper() and not c.islower()


_WIRE_WORD = re.compile(
    rf"\b(?:{_WIRES}|picture alliance|imago|dpa|keystone|belga|anp|tass|sipa|abaca|alamy)\b", re.IGNORECASE
)


def _unprefixed_tail(t: str, profile: Profile) -> tuple[str | None, str | None] | None:
    """A caption closed by a credit without a prefix (markup says ``t`` is a caption)."""
    if len(t) > 600:
        return None
    # "…the city.Getty Images" (the credit's span glued on), "…in 2024. REUTERS",
    # "…in 2024. | Name/Agency".
    last: re.Match[str] | None = None
    for stop in _SENTENCE_END.finditer(t):
        if not _is_initial(t, stop.start()):
            last = stop
    if last is not None:
        head, tail = t[: last.end()], t[last.end() :]
        named = not tail[:1].isspace()
        tail = tail.strip()
        if tail[:1] in _SEPARATOR_CHARS:
            tail, named = tail[1:].lstrip(), True
        if words(head) >= 3 and _is_label(tail, profile):
            return _caption(head), None  # a credit label whose credit stands apart: "…film.Фото"
        if words(head) >= 3 and _credit_shaped(tail, named=named):
            credit = _clean(tail)
            if credit:
                return _caption(head), credit
    # "Caption | Name/Agency", "Caption / Name": the first separator after which all is a credit.
    start, _, start_first = _profile_patterns(profile)
    for sep in _SEPARATORS:
        at = t.find(sep)
        while at > 0:
            head, tail = t[:at].rstrip(), t[at + len(sep) :].strip()
            pm = start.match(tail) if may_start(start_first, tail) else None
            if pm and _clean(tail[pm.end() :]):
                return _caption(head), _clean(tail[pm.end() :])
            if words(head) >= 4 and _credit_shaped(tail, named=True):
                return _caption(head), _clean(tail)
            at = t.find(sep, at + 1)
    return None


_SEPARATOR_CHARS = "|/–—-"


def _is_initial(text: str, at: int) -> bool:
    """The stop at ``at`` closes an initial ("Hannes P. Albert"), not a sentence."""
    return at >= 1 and text[at] == "." and text[at - 1].isupper() and (at == 1 or not text[at - 2].isalnum())


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
    t = text.strip().lstrip("-–—|/:; ")  # the separator a credit span opens with
    if t[:1] in "([" and t[-1:] in ")]":
        t = t[1:-1].strip()
    elif t[-1:] in ")]" and not _balanced(t):
        t = t[:-1].rstrip()  # the close of a bracket its spans split: "Name via Getty Images)"
    start, _ = _patterns(profile.credit_prefixes)
    for _ in range(2):  # "© Foto: X": two prefixes
        m = start.match(t) or _LABEL_PREFIX.match(t)
        if not m:
            break
        t = t[m.end() :]
    return _tidy(t.strip(" .;,")) or text


# What markup already calls a credit may also open with "Quelle:"/"Source:" or with a bare
# "Credit " / "Photo " before the name ("Credit Jane Roe": NYT's "Credit...Name" as text).
_LABEL_PREFIX = re.compile(
    r"(?:(?:source|sources|fuente|fonte|quelle|bildquelle)\s*:\s*|(?:credit|credits|photo|foto)\s+(?=[A-Z]))",
    re.IGNORECASE,
)


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
    # The separator that stood before the credit ("Caption | Foto: X", "Caption - Fotos: X").
    return text.strip().rstrip(" ,;|/–—-").rstrip() or None


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


# A caption box's own buttons, shown as text: "toggle caption", "hide caption", "Bildunterschrift
# ausblenden".
_CONTROL_WORDS = frozenset(
    [
        "toggle",
        "hide",
        "show",
        "expand",
        "collapse",
        "close",
        "open",
        "more",
        "less",
        "caption",
        "captions",
        "image",
        "info",
        "bildunterschrift",
        "bildbeschreibung",
        "ausblenden",
        "einblenden",
        "légende",
        "legende",
    ]
)
_CONTROL_VERBS = frozenset(
    ["toggle", "hide", "show", "expand", "collapse", "close", "open", "ausblenden", "einblenden"]
)


def is_caption_control(text: str) -> bool:
    """A caption's show/hide button as text (``toggle caption``, ``hide caption``)."""
    parts = text.casefold().split()
    return (
        0 < len(parts) <= 3
        and all(p in _CONTROL_WORDS for p in parts)
        and any(p in _CONTROL_VERBS for p in parts)
        and any(p not in _CONTROL_VERBS for p in parts)
    )


def without_caption_control(text: str) -> str:
    """``text`` less a caption button's words at its end (``... Getty Images hide caption``)."""
    cut = text.rfind(" ", 0, max(0, len(text) - 1))
    for _ in range(2):
        if cut <= 0:
            break
        if is_caption_control(text[cut + 1 :]):
            return text[:cut].rstrip()
        cut = text.rfind(" ", 0, cut)
    return text


def is_bare_credit(text: str, profile: Profile, *, named: bool = True) -> bool:
    """A credit line without a prefix, as a figure sets it under its caption: a name or an
    agency (``Lichtgut/Christoph Schmidt``, ``Pella News``, ``AP``); not a credit label
    alone (``Copyright``, ``Photo``). ``named=False``: an agency-shaped credit only, not a
    bare name (where nothing but the position says it is a credit)."""
    t = text.strip()
    if _is_label(t, profile):
        return False
    return _credit_shaped(t, named=named)


_LABELS = frozenset({"copyright", "credit", "credits", "photo", "image", "foto", "bild", "source", "quelle"})


def _is_label(text: str, profile: Profile) -> bool:
    """A credit prefix standing alone (``Photo:``, ``Фото``, ``Copyright``)."""
    t = text.strip().lstrip("([").rstrip(" :.)]")
    if len(t) > _LONGEST_LABEL:
        return False
    if t.casefold() in _LABELS or t.casefold() in _prefix_words(profile):
        return True
    start, _, start_first = _profile_patterns(profile)
    m = start.match(t + ":") if may_start(start_first, t) else None
    return m is not None and m.end() >= len(t)


_LONGEST_LABEL = 40


@functools.lru_cache(maxsize=32)
def _prefix_words(profile: Profile) -> frozenset[str]:
    return frozenset(p.casefold() for p in profile.credit_prefixes)


def is_dateline(text: str) -> bool:
    """A short line that opens with a date, perhaps after a word or two, and is no sentence
    (``16.05.2024, 11:26 Uhr • Lesezeit: 5 Minuten``, ``Publisert 05.08.2024, kl. 13.05``): a
    publication line, not a caption."""
    if len(text) > 120 or words(text) > 12 or ends_sentence(text):
        return False
    found = find_date(text, day_first=True)
    return found is not None and len(text[: found[1]].split()) <= 2


def split_repeated(alt: str, text: str, profile: Profile) -> tuple[str | None, str | None] | None:
    """``(caption, credit)`` when ``text`` repeats the line above it (an image's alt text,
    which a text rendering keeps) and at most adds a credit: ``X`` then ``X`` or ``X.Getty
    Images`` or ``X Quelle: Name/dpa``."""
    alt = alt.strip()
    if len(alt) < 20 or words(alt) < 3 or len(text) > 600 or not text.startswith(alt) or is_dateline(alt):
        return None
    rest = text[len(alt) :].strip()
    if not rest:
        return alt, None
    rest = rest.lstrip("|/–—").lstrip()  # "X | Bildquelle: Y"
    parsed = _parse_credit(rest, profile, True, True)
    if parsed is not None and parsed[0] is None and parsed[1]:
        return alt, parsed[1]
    if _credit_shaped(rest, named=True):
        credit = _clean(rest)
        return (alt, credit) if credit else None
    return None


def trailing_agency(text: str, profile: Profile) -> tuple[str | None, str | None] | None:
    """``(caption, credit)`` when ``text`` ends, after its last sentence, with an agency-shaped
    credit and no prefix (``… on Tuesday. Jane Roe/Getty Images``, ``… ground up. Supplied``),
    or with a capitalised prefix after a comma or a space (``…, Foto: LAT Images``): how a
    text rendering flattens a caption and its credit span into one line."""
    if len(text) > 600:
        return None
    prefixed = _prefixed_in_caption(text, profile)
    if prefixed is not None:
        return prefixed
    last: re.Match[str] | None = None
    for stop in _SENTENCE_END.finditer(text):
        if not _is_initial(text, stop.start()):
            last = stop
    if last is None or text[last.end() : last.end() + 1] != " ":
        return None
    head, tail = text[: last.end()], text[last.end() :].strip()
    if words(head) >= 3 and _credit_shaped(tail, named=False):
        credit = _clean(tail)
        if credit:
            return _caption(head), credit
    return None


def credit_in_alt(alt: str, profile: Profile) -> str | None:
    """The credit an image's alt text states (``Ein Meteorit liegt in Elmshorn © NDR Foto:
    Jane Roe``, ``… (Photo by Jane Roe/Getty Images)``): only a credit the text introduces
    (a prefix, ``©``, ``Photo by``), never a guess from its shape."""
    if not alt or len(alt) > 600:
        return None
    low = alt.casefold()
    if "©" not in alt and ":" not in alt and " by " not in low and "courtesy" not in low and "(c)" not in low:
        return None
    parsed = _parse_credit(alt.strip(), profile, True, False) or _prefixed_in_caption(alt.strip(), profile)
    return parsed[1] if parsed is not None else None


def marks_a_credit(text: str, credit: str, profile: Profile) -> bool:
    """``text`` says outright that it holds a credit: a prefix (``Photo: X``, ``… (Image
    credit: X)``, ``©``), a wire or stock agency, a Japanese ``撮影`` — not a mere shape such
    as ``A / B``, which a line of links has too."""
    if _WIRE_WORD.search(credit) or "©" in text or "撮影" in text:
        return True
    start, tail, _ = _profile_patterns(profile)
    t = text.lstrip("([")
    return (
        start.match(t) is not None
        or tail.search(text) is not None
        or _caption_tail(profile.credit_prefixes).search(text) is not None
    )


def is_fragment(text: str, profile: Profile) -> bool:
    """A piece of a caption box that is no caption or credit of its own: punctuation only, or
    a credit label alone (``(``, ``Image:``), what spans splitting ``(Image: Name)`` leave."""
    t = text.strip()
    return not any(c.isalnum() for c in t) or _is_label(t, profile)
