"""Bylines and date lines: ``By A and B``, ``A | November 19, 2026``,
``A November 19, 2026``, ``By A / Site / date``, ``Posted: 23-Oct-2016``.

HTML front ends mark author and date elements with the ``byline``/``date`` hints;
meta tags and JSON-LD fill what the page text lacks at assembly.
"""

from __future__ import annotations

import datetime as _dt
import functools
import html
import re

from .._prefilter import first_chars, may_start
from ..normalize import clean_line
from .dates import find_date
from .sites import site_key

__all__ = ["BY_WORD", "parse_byline", "split_authors", "split_names"]

_BY = re.compile(
    r"(?:(?:(?:written|words|story|text|reporting|report|posted|published)\s+)?(?:by|von|par|por|door|oleh)[:\s]"
    r"|(?:text|texto|texte|tekst|текст|author|autor|auteur|autore|автор|yazar|penulis)\s*:)\s*(?P<rest>.+)",
    re.IGNORECASE,
)
_BY_FIRST = first_chars(_BY)
BY_WORD = re.compile(r"(?:written |words |story |text )?(?:by|von|par|por|di|door|av|af)\s*:?", re.IGNORECASE)
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


_AUTHOR_BY = re.compile(
    r"^(?:(?:(?:written|words|text|story|posted|published|reporting|analysis|commentary|opinion|review|interview)\s+)?"
    r"(?:by|von|par|por|di|door|av|af)\b\s*:?"
    r"|(?:text|texto|texte|tekst|текст|author|autor|auteur|autore|автор)\s*[:：])\s*",
    re.IGNORECASE,
)
# What stands next to a name in a byline but is not a person: roles, desks, agencies, outlets.
_NOT_PERSON = re.compile(
    r"\b(?:writer|editor|reporter|correspondent|staff|contributor|columnist|journalist|newsroom|desk|"
    r"press|news|service|services|media|wire|agency|about|author|authors|articles|posts|profile|sobre|view|more|"
    r"follow|contact|email)\b"
    r"|\.[a-z]{2,6}$|^@",
    re.IGNORECASE,
)
# Author values that name nobody: CMS accounts and generic desks.
_NOBODY = frozenset(
    {
        "admin",
        "administrator",
        "webmaster",
        "staff",
        "editor",
        "editors",
        "redaktion",
        "redaccion",
        "redaction",
        "redazione",
        "redactie",
        "editorial",
        "newsroom",
        "team",
        "guest",
        "anonymous",
        "unknown",
        "user",
    }
)
_CREDENTIAL = re.compile(r"[A-Z][A-Za-z]{0,3}\.?")  # MS, RD, PhD, MD, CNN, AP
_AUTHOR_SPLIT = re.compile(r"(?<!\s)\s*(?:[,;|/&]|\s(?:and|und|et|y|e|en|og|och|и)\s)\s*", re.IGNORECASE)
_CONJ = re.compile(r"^(?:and|und|et|y|e|en|og|och|и)\s+", re.IGNORECASE)  # "A, B, and C"
_FOR = re.compile(r"(?<!\s)\s+(?:for|für|pour|para|per|voor)\s+\S.*", re.IGNORECASE | re.DOTALL)


def split_authors(text: str, site_keys: frozenset[str] = frozenset()) -> list[str]:
    """The people in one author value: ``"By TOM KRISHER, AP Auto Writer"`` -> ``["Tom Krisher"]``.

    Drops the ``By``/``Text:`` prefix, splits ``A and B, C``, and leaves out what is not a
    person when a person is named beside it: a role (``Staff Writer``), an agency or outlet
    (``Associated Press``, ``cleveland.com``, the site's own name), a credential (``MS, RD``).
    """
    text = _AUTHOR_BY.sub("", clean_line(html.unescape(text) if "&" in text else text)).strip(" ,;:|·-–—")
    parts = [_CONJ.sub("", p.strip(" .,;:|·-–—")) for p in _AUTHOR_SPLIT.split(text)]
    people: list[str] = []
    others: list[str] = []
    for p in parts:
        p = _FOR.sub("", p)
        if not p or len(p.split()) > 5:
            continue
        if p.isupper() and " " in p:
            p = p.title()  # "TOM KRISHER": wire copy shouts names
        if _NOT_PERSON.search(p) or site_key(p) in site_keys or _CREDENTIAL.fullmatch(p):
            others.append(p)
        elif p not in people and site_key(p) not in _NOBODY:
            people.append(p)
    if people:
        return people
    if len(others) == 1 and site_key(others[0]) not in site_keys | _NOBODY:
        return others
    return []
