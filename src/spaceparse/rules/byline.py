"""Bylines and date lines: ``By A and B``, ``A | November 19, 2026``,
``A November 19, 2026``, ``By A / Site / date``, ``Posted: 23-Oct-2016``.

HTML front ends mark author and date elements with the ``byline``/``date`` hints;
meta tags and JSON-LD fill what the page text lacks at assembly.
"""

from __future__ import annotations

import datetime as _dt
import functools
import re

from .._prefilter import first_chars, may_start
from ..blocks import Document
from ..profiles import Profile
from ..segment import Segmentation
from .dates import find_date

__all__ = ["parse_byline", "rule", "split_names"]

_BY = re.compile(
    r"(?:(?:(?:written|words|story|text|reporting|report|posted|published)\s+)?(?:by|von|par|por|door|oleh)[:\s]"
    r"|(?:text|texto|texte|tekst|текст|author|autor|auteur|autore|автор|yazar|penulis)\s*:)\s*(?P<rest>.+)",
    re.IGNORECASE,
)
_BY_FIRST = first_chars(_BY)
_BY_WORD = re.compile(r"(?:written |words |story |text )?(?:by|von|par|por|di|door|av|af)\s*:?", re.IGNORECASE)
_DATE_PREFIX = re.compile(
    r"(?:\b(?:originally\s+)?(?:posted|published|updated|last updated|date|dated|on|released|issued)\b(?:\s+on\b)?\s*:?\s*)+",  # noqa: E501
    re.IGNORECASE,
)
_NAME = r"(?:[A-ZÀ-ÞА-ЯЁΑ-Ω][\w'’.\-]*\.?)"
_NAMES = re.compile(
    rf"(?P<names>{_NAME}(?:\s+(?:(?:de|van|von|der|da|di|du|la|le|bin|al)\s+)?{_NAME}){{1,3}}"
    rf"(?:\s*(?:,|and|&)\s*{_NAME}(?:\s+(?:(?:de|van|von|der|da|di|du|la|le)\s+)?{_NAME}){{1,3}})*)"
)
_SEP = re.compile(
    r"\s*(?:[|/•·—–]|\s-\s|,\s*(?=\w+\s+\d)|\bon\b|\bpublished\b|\bposted\b|\bupdated\b)\s*", re.IGNORECASE
)
# ``(?<!\s)``: a match may start only where a run of spaces starts, so a long run is not
# rescanned from each of its positions (quadratic); the same in the name splitter below.
# "for Site Name" is bounded for the same reason: each "for " would otherwise scan to the end.
_ROLE = re.compile(
    r",?(?<!\s)\s*\b(?:staff writer|senior (?:staff )?(?:writer|editor|reporter|correspondent)|(?:managing |contributing |science |space |news )?(?:editor|writer|reporter|correspondent)|contributor|for (?-i:[A-Z])[\w.]{1,40}(?: (?-i:[A-Z])[\w.]{1,40}){0,5})$",  # noqa: E501
    re.IGNORECASE,
)
_WEEKDAY = re.compile(
    r"\b(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?|lundi|mardi|mercredi|jeudi|vendredi|samedi|"
    r"dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lunes|martes|miércoles|jueves|viernes|"
    r"sábado|domingo|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|maandag|dinsdag|woensdag|donderdag|"
    r"vrijdag|zaterdag|zondag)\b\.?",
    re.IGNORECASE,
)
_TIME = re.compile(r"\s*(?:at\s+)?\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?\s*", re.IGNORECASE)
# Each weekday _WEEKDAY can match in ASCII text starts with one of these, in lower case:
# ASCII text with none of them skips the regex, which is tried at every position.
_WEEKDAY_STEMS = (
    "mon", "tue", "wed", "thu", "fri", "sat", "sun", "lun", "mar", "mer", "jeu", "ven", "sam", "dim", "die",
    "mit", "don", "fre", "son", "jue", "vie", "dom", "sab", "maa", "din", "woe", "vri", "zat", "zon",
)  # fmt: skip


def _drop_weekday_and_time(text: str) -> str:
    """Blank out weekdays and times (``Monday``, ``at 10:05 am ET``): they go with a date."""
    if not text.isascii() or any(stem in text.lower() for stem in _WEEKDAY_STEMS):
        text = _WEEKDAY.sub(" ", text)
    if _may_hold_time(text):
        text = _TIME.sub(" ", text)
    return text


def _may_hold_time(text: str) -> bool:
    """A digit, then ``:`` or ``.``, then a digit: what every _TIME match holds."""
    for sep in ":.":
        at = text.find(sep, 1)
        while at > 0:
            if text[at - 1].isdigit() and text[at + 1 : at + 2].isdigit():  # isdigit: all \d, and more
                return True
            at = text.find(sep, at + 1)
    return False


_NAME_SPLIT = re.compile(r"(?<!\s)\s*(?:,|;|\band\b|&|\bund\b|\bet\b|\by\b|\be\b)\s*")


# A word every _ROLE match holds, in lower case (ASCII text: lower() is exact case folding).
_ROLE_WORDS = ("writer", "editor", "reporter", "correspondent", "contributor", "for ")


def _drop_role(text: str) -> str:
    """``_ROLE.sub("", text)``, without the regex (tried at every position) when no role word is there."""
    if text.isascii():
        low = text.lower()
        if not any(w in low for w in _ROLE_WORDS):
            return text
    return _ROLE.sub("", text)


def split_names(text: str) -> tuple[str, ...]:
    """``"A, B and C"`` -> ``("A", "B", "C")``; drops roles such as "Staff Writer"."""
    text = _drop_role(text.strip(" ,;:|-–—")).strip()
    parts = _NAME_SPLIT.split(text)
    names = []
    for p in parts:
        p = _drop_role(p.strip(" ,.;:")).strip()
        if p and 1 <= len(p.split()) <= 5 and p[0].isupper():
            names.append(p)
    return tuple(names)


# Reader counters beside a date ("1234 views 12 likes"): not names.
_COUNTERS = re.compile(r"(?<![\w,.])[\d,.]+k?\s+(?:views?|likes?|shares?|reads?)\b", re.IGNORECASE)


def parse_byline(text: str, *, day_first: bool = False) -> tuple[tuple[str, ...], _dt.date | None] | None:
    """``(authors, date)`` if ``text`` is a byline or a date line, else ``None``.

    ``day_first``: numeric dates are day/month/year (see :func:`~spaceparse.rules.dates.find_date`).
    """
    if len(text) > 200:
        return None
    return _parse_byline(text, day_first)


@functools.lru_cache(maxsize=4096)  # the headline and byline rules ask about the same lines
def _parse_byline(text: str, day_first: bool) -> tuple[tuple[str, ...], _dt.date | None] | None:
    found = find_date(text, day_first=day_first)
    date = found[0] if found else None
    rest = text
    for _ in range(3):  # "Posted: 18-Oct-2016 Updated: 19-Oct-2016": the first date is the publication
        if not found:
            break
        rest = (rest[: found[1]] + " " + rest[found[2] :]).strip()
        found = find_date(rest, day_first=day_first)
    if date is not None:
        rest = _drop_weekday_and_time(rest).strip(" |/•·—–-,")  # the date's weekday goes with it
    m = _BY.fullmatch(rest) if may_start(_BY_FIRST, rest) else None
    if m:
        names_part = m.group("rest")
        # "By Name / Site / date" or "By Name | date": the names come first.
        names_part = _SEP.split(names_part)[0] if _SEP.search(names_part) else names_part
        names = split_names(names_part)
        if names and len(names_part.split()) <= 16:
            return names, date
        return None
    if date is None:
        return None
    if text.count("|") >= 2:
        # "Name | November 19, 2026 | Congress, NASA": what follows the date's field is the
        # post's labels, not more names.
        fields = [f.strip() for f in text.split("|")]
        at = next((k for k, f in enumerate(fields) if find_date(f, day_first=day_first)), 0)
        if 1 <= at < len(fields) - 1:
            names_part = " ".join(fields[:at])
            if _NAMES.fullmatch(names_part) and (names := split_names(names_part)):
                return names, date
    leftover = _DATE_PREFIX.sub(" ", rest)
    if "view" in leftover or "like" in leftover or "share" in leftover or "read" in leftover:
        leftover = _COUNTERS.sub(" ", leftover)  # "27/11/2026 1234 views 12 likes"
    leftover = re.sub(r"[|/•·—–,:()[\]\-]+", " ", leftover).strip()
    if not leftover:
        return (), date
    # "Jeff Foust November 19, 2026" / "Jeff Foust | November 19, 2026"
    n = len(leftover.split())
    m2 = _NAMES.fullmatch(leftover) if n <= 12 else None  # (a long caption need not be tried)
    if m2:
        return split_names(m2.group("names")), date
    if n <= 2 and not any(ch.isdigit() for ch in leftover):
        return (), date  # "Monday, November 19, 2026" or "Updated November 19, 2026"
    return None


_MARKED = frozenset({"byline", "date"})


def rule(doc: Document, seg: Segmentation, profile: Profile) -> Segmentation:
    blocks = doc.blocks
    h = seg.get("headline_index")
    zone = seg.get("zone")
    if zone is None and h is None:
        return seg
    lo = h + 1 if h is not None else max(0, zone[0] - 8)
    hi = (zone[0] if zone else lo) + 4
    if h is not None and zone is not None and zone[0] < h:
        hi = h + 6
    authors: tuple[str, ...] = ()
    date: _dt.date | None = None
    updates: dict[int, str] = {}
    # 05/10/2018 is 5 October everywhere but in English (US) pages.
    day_first = doc.meta.language not in (None, "en")
    # Bylines sit just below the headline (and sometimes just above it).
    scan = list(range(lo, min(hi, len(blocks))))
    if h is not None:
        scan = list(range(max(0, h - 3), h)) + scan
    for i in scan:
        b = blocks[i]
        if seg.roles[i] not in (None, "boilerplate") or "category" in b.hints:
            continue
        parsed = parse_byline(b.text, day_first=day_first)
        used = [i]
        if parsed is None or not parsed[0]:
            # Markup splits one byline into runs: "By" / "Claire Whitmore" / "| Posted: date".
            for back in (1, 2):
                parts = list(range(i - back, i + 1))
                if parts[0] < 0 or any(
                    seg.roles[k] is not None or k in updates or len(blocks[k].text) > 80 or ":" in blocks[k].text[:12]
                    for k in parts[:-1]
                ):
                    break
                joined = parse_byline(" ".join(blocks[k].text for k in parts), day_first=day_first)
                if joined is not None and joined[0]:
                    parsed, used = joined, parts
                    break
        if parsed is None:
            continue
        names, d = parsed
        if names and not authors:
            authors = names
        if d and not date:
            date = d
        for k in used:
            updates[k] = "byline"
        if authors and date:
            break
    marked = {b.index: b for hint in _MARKED for b in doc.with_hint(hint)}
    for _, b in sorted(marked.items()):  # markup-marked bylines anywhere, in page order
        if seg.roles[b.index] is not None:
            continue
        if authors and date:  # nothing left to read: only keep the line out of the body
            updates[b.index] = "byline"
            continue
        parsed = parse_byline(b.text, day_first=day_first)
        if "byline" in b.hints and not authors:
            authors = parsed[0] if parsed and parsed[0] else split_names(re.sub(r"^[Bb]y\s+", "", b.text))
        if parsed and parsed[1] and not date:
            date = parsed[1]
        updates[b.index] = "byline"
    # "By" alone before a marked-up name ("By <span class=author>Name</span>").
    for i in list(updates):
        if i > 0 and seg.roles[i - 1] is None and i - 1 not in updates and _BY_WORD.fullmatch(blocks[i - 1].text):
            updates[i - 1] = "byline"
    return seg.with_roles(updates).with_fields(authors=authors, published=date)
