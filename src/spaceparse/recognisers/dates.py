"""Find a publication date in a short piece of text.

Forms: ISO (``2026-11-19``, with time), ``November 19, 2026``, ``Nov. 19 2026``,
``19 November 2026``, ``23-Oct-2016``, ``2026/11/19``, ``11/19/2026`` (month
first unless the first number cannot be a month), ``2026年11月23日``, ``2026년 11월 23일``,
``2026.11.23``; month names in English, French, German, Spanish, Italian, Portuguese,
Dutch, the Scandinavian languages, Indonesian, Romanian, Turkish, Finnish, Polish, Czech,
Russian, Ukrainian, Greek and Arabic.
"""

from __future__ import annotations

import datetime as _dt
import functools
import re
from collections.abc import Iterable, Iterator, Sequence

__all__ = [
    "Dated",
    "choose_published",
    "date_line",
    "drop_weekday_and_time",
    "find_date",
    "parse_date",
    "parse_timestamp",
    "relative_time",
    "time_stamp",
]

_MONTHS = {
    "jan": 1,
    "january": 1,
    "feb": 2,
    "february": 2,
    "mar": 3,
    "march": 3,
    "apr": 4,
    "april": 4,
    "may": 5,
    "jun": 6,
    "june": 6,
    "jul": 7,
    "july": 7,
    "aug": 8,
    "august": 8,
    "sep": 9,
    "sept": 9,
    "september": 9,
    "oct": 10,
    "october": 10,
    "nov": 11,
    "november": 11,
    "dec": 12,
    "december": 12,
    # fr
    "janvier": 1,
    "février": 2,
    "fevrier": 2,
    "mars": 3,
    "avril": 4,
    "mai": 5,
    "juin": 6,
    "juillet": 7,
    "août": 8,
    "aout": 8,
    "septembre": 9,
    "octobre": 10,
    "novembre": 11,
    "décembre": 12,
    # de
    "januar": 1,
    "jänner": 1,
    "februar": 2,
    "märz": 3,
    "juni": 6,
    "juli": 7,
    "oktober": 10,
    "dezember": 12,
    # es / pt / it
    "enero": 1,
    "febrero": 2,
    "marzo": 3,
    "abril": 4,
    "mayo": 5,
    "junio": 6,
    "julio": 7,
    "agosto": 8,
    "septiembre": 9,
    "setiembre": 9,
    "octubre": 10,
    "noviembre": 11,
    "diciembre": 12,
    "janeiro": 1,
    "fevereiro": 2,
    "março": 3,
    "maio": 5,
    "junho": 6,
    "julho": 7,
    "setembro": 9,
    "outubro": 10,
    "novembro": 11,
    "dezembro": 12,
    "gennaio": 1,
    "febbraio": 2,
    "aprile": 4,
    "maggio": 5,
    "giugno": 6,
    "luglio": 7,
    "settembre": 9,
    "ottobre": 10,
    "dicembre": 12,
    # nl
    "januari": 1,
    "februari": 2,
    "maart": 3,
    "mei": 5,
    "augustus": 8,
}
# More languages, as the day-month-year forms write them (genitive where the language has one):
# sv, da/no, id/ms, ro, tr, fi, pl, cs, ru, uk, el, ar. Lower case, as looked up.
_MONTHS.update(
    {
        name: i + 1
        for names in (
            "januari februari mars april maj juni juli augusti september oktober november december",
            "januar februar marts april maj juni juli august september oktober november december",
            "januar februar mars april mai juni juli august september oktober november desember",
            "januari februari maret april mei juni juli agustus september oktober november desember",
            "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie",
            "ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık",
            "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta "
            "lokakuuta marraskuuta joulukuuta",
            "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
            "ledna února března dubna května června července srpna září října listopadu prosince",
            "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
            "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня",
            "ιανουαρίου φεβρουαρίου μαρτίου απριλίου μαΐου ιουνίου ιουλίου αυγούστου σεπτεμβρίου οκτωβρίου "
            "νοεμβρίου δεκεμβρίου",
            "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر",
        )
        for i, name in enumerate(names.split())
    }
)
_MONTH = r"(?P<mon>[^\W\d_]{3,12})\.?"
# The end of a four-digit year: no digit follows, or a time glued on ("December 3, 20266:04 PM",
# how browsers' innerText joins a date and a time set in separate elements), or the next date
# ("19. Dezember 202219. Dezember 2022": published and updated dates side by side).
_YEAR_END = r"(?:(?!\d)|(?=[0-2]?\d:[0-5]\d)|(?=[0-3]?\d\.\s))"
_PATTERNS = (
    re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)-(?P<m>[01]?\d)-(?P<d>[0-3]?\d)(?!\d)"),
    re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)/(?P<m>[01]?\d)/(?P<d>[0-3]?\d)(?!\d)"),
    re.compile(_MONTH + r"\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d\d)" + _YEAR_END),
    re.compile(
        r"(?<!\d)(?P<d>[0-3]?\d)(?:(?:st|nd|rd|th|er)?\s+|\.\s*)(?:de\s+)?"
        + _MONTH
        + r"(?:\s+de)?,?\s+(?P<y>(?:19|20)\d\d)"
        + _YEAR_END
    ),
    re.compile(r"(?<!\d)(?P<d>[0-3]?\d)-" + _MONTH + r"-(?P<y>(?:19|20)\d\d|\d\d)(?!\d)"),
    re.compile(r"(?<!\d)(?P<a>[0-3]?\d)(?P<sep>[/-])(?P<b>[0-3]?\d)(?P=sep)(?P<y>(?:19|20)\d\d)(?!\d)"),
    re.compile(r"(?<!\d)(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?P<y>(?:19|20)\d\d)(?!\d)"),
    # 2026年11月23日 (zh, ja), 2026년 11월 23일 (ko); 2026.11.23 and 2018. 8. 25. (ko, ja, hu)
    re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)\s?[年년]\s?(?P<m>[01]?\d)\s?[月월]\s?(?P<d>[0-3]?\d)(?!\d)"),
    re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)\.\s?(?P<m>[01]?\d)\.\s?(?P<d>[0-3]?\d)(?!\d)"),
    # 23.09.22: day and month of two digits each, a two-digit year (de, and the like)
    re.compile(r"(?<![\d.])(?P<d>[0-3]\d)\.(?P<m>[01]\d)\.(?P<y>\d\d)(?!\d|\.\d)"),
)


# A character each of _PATTERNS needs (none: the month-name forms), tested before the pattern.
_NEEDS = ("-", "/", "", "", "-", "", ".", "", ".", ".")
assert len(_NEEDS) == len(_PATTERNS)

# Every form carries a four-digit year, except "23-Oct-16" and "23.09.22"; all need a
# digit, which a search finds much faster than the year patterns (tried at every position:
# they start with a lookbehind).
_YEAR4 = re.compile(r"(?<!\d)(?:19|20)\d\d" + _YEAR_END)
_SHORT_YEAR = re.compile(r"\d-[A-Za-z]{3}-\d\d|\d\.[01]\d\.\d\d")  # 23-Oct-16, 23.09.22
_DIGIT = re.compile(r"\d")
_TWO_DIGIT_YEAR_FORMS = (4, 9)  # the indexes of the patterns whose year may have two digits
# Where a match can lie around its four-digit year when every whitespace run is a single
# space (each ``\s+`` then takes one character): it starts at most 26 characters before the
# year ("19th de noviembre de, 2026") and ends at most 14 after its start ("2026 年 11 月 23 日"),
# plus one character that a final ``(?!\d)`` looks at.
_BEFORE_YEAR = 32
_AFTER_YEAR = 16


def find_date(text: str, *, day_first: bool = False) -> tuple[_dt.date, int, int] | None:
    """The first valid date in ``text`` as ``(date, start, end)``, else ``None``.

    ``day_first``: read ``05/10/2018`` as 5 October (pages in languages other than English).
    """
    if len(text) > 400:
        text = text[:400]
    if not _DIGIT.search(text):
        return None
    years = [m.start() for m in _YEAR4.finditer(text)]
    if not years and not _SHORT_YEAR.search(text):
        return None
    # The patterns with a four-digit year search only the stretch around the years: no
    # match starts before or ends after it (see _BEFORE_YEAR), so the matches found are the
    # same, and the patterns (tried at each position) skip the rest of a long caption.
    lo, hi = 0, len(text)
    if years and "  " not in text and text.isprintable():  # printable: no whitespace but " "
        lo, hi = max(0, years[0] - _BEFORE_YEAR), min(hi, years[-1] + _AFTER_YEAR)
    best: tuple[_dt.date, int, int] | None = None
    for k, (pat, needs) in enumerate(zip(_PATTERNS, _NEEDS, strict=True)):
        if needs and needs not in text:
            continue
        if k in _TWO_DIGIT_YEAR_FORMS:
            matches = pat.finditer(text)
        elif years:
            matches = pat.finditer(text, lo, hi)
        else:
            continue  # needs a four-digit year
        for m in matches:
            g = m.groupdict()
            try:
                year = int(g["y"])
                if year < 100:
                    year += 2000
                if "mon" in g and g["mon"] is not None:
                    month = _MONTHS.get(g["mon"].lower().rstrip("."))
                    if month is None:
                        continue
                elif "a" in g and g["a"] is not None:
                    a, b = int(g["a"]), int(g["b"])
                    month, day_ = (b, a) if a > 12 or (day_first and b <= 12) else (a, b)
                    g = {**g, "d": str(day_)}
                else:
                    month = int(g["m"])
                day = int(g["d"])
                found = _dt.date(year, month, day)
            except (ValueError, TypeError):
                continue
            if best is None or m.start() < best[1]:
                best = (found, m.start(), m.end())
            break
    return best


_WEEKDAY = re.compile(
    r"\b(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?|lundi|mardi|mercredi|jeudi|vendredi|samedi|"
    r"dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lunes|martes|miércoles|jueves|viernes|"
    r"sábado|domingo|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|maandag|dinsdag|woensdag|donderdag|"
    r"vrijdag|zaterdag|zondag)\b\.?|\b(?:mo|di|mi|do|fr|sa|so)\.(?=[\s,])"
    r"|\b(?-i:Mo|Di|Mi|Do|Fr|Sa|So)(?=\s+\d|\s*\|)",  # "Do 28.11.", "Heiko Sauer Do | <date>"
    re.IGNORECASE,
)
_TIME = re.compile(
    r"\s*(?:at\s+|um\s+|à\s+|a\s+las\s+|alle\s+|T)?\d{1,2}(?:[:.]\d\d|[hH]\d\d)(?:[:.]\d\d(?:\.\d+)?)?"
    r"(?:\s*[ap]\.?\s?m\.?)?(?:\s*(?:uhr|h|Z|[+-]\d\d:?\d\d|[A-Z]{2,4}))?(?![\w:])\s*"
    r"|\s*\d{1,2}時\d{1,2}分(?:\d{1,2}秒)?\s*",
    re.IGNORECASE,
)
# Each weekday _WEEKDAY can match in ASCII text starts with one of these, in lower case:
# ASCII text with none of them skips the regex, which is tried at every position.
_WEEKDAY_STEMS = (
    "mon", "tue", "wed", "thu", "fri", "sat", "sun", "lun", "mar", "mer", "jeu", "ven", "sam", "dim", "die",
    "mit", "don", "fre", "son", "jue", "vie", "dom", "sab", "maa", "din", "woe", "vri", "zat", "zon",
    "mo", "di", "mi", "do", "fr", "sa", "so",
)  # fmt: skip


def drop_weekday_and_time(text: str) -> str:
    """Blank out weekdays and times (``Monday``, ``at 10:05 am ET``): they go with a date."""
    if not text.isascii() or any(stem in text.lower() for stem in _WEEKDAY_STEMS):
        text = _WEEKDAY.sub(" ", text)
    if _may_hold_time(text):
        text = _TIME.sub(" ", text)
    return text


def _may_hold_time(text: str) -> bool:
    """A digit, then ``:``, ``.``, ``h`` or ``時``, then a digit: what every _TIME match holds."""
    for sep in ":.hH時":
        at = text.find(sep, 1)
        while at > 0:
            if text[at - 1].isdigit() and text[at + 1 : at + 2].isdigit():  # isdigit: all \d, and more
                return True
            at = text.find(sep, at + 1)
    return False


_ISO = re.compile(r"((?:19|20)\d\d)-(\d\d)-(\d\d)")
# A timestamp in UTC ("...T02:59:46Z", "+00:00"): the day it names may not be the local one.
_UTC = re.compile(r"[T ]\d\d:\d\d(?::\d\d(?:\.\d+)?)?\s*(?:Z|[+-]00:?00|GMT|UTC)\s*$", re.IGNORECASE)


def parse_date(value: str | None, day_first: bool = False) -> _dt.date | None:
    """The date of a date value from markup: ISO first (``2026-11-19T...``), else :func:`find_date`."""
    found = parse_timestamp(value, day_first)
    return found[0] if found else None


def parse_timestamp(value: str | None, day_first: bool = False) -> tuple[_dt.date, bool] | None:
    """:func:`parse_date`, and whether the value is a UTC (or zone-less) timestamp, whose day
    may be the local day before or after (an evening story in the Americas, a morning one in
    Asia): ``2019-11-19T02:59:46+00:00`` -> ``(2019-11-19, True)``; ``2019-11-18T21:59-05:00``,
    a time without a zone (local, as CMSs write it) or a bare date -> ``False``."""
    if not value:
        return None
    value = value[:200]
    m = _ISO.search(value)
    if m:
        try:
            day = _dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            return None
        return day, _UTC.match(value, m.end()) is not None
    found = find_date(value, day_first=day_first)
    return (found[0], False) if found else None


Dated = tuple[str, _dt.date, bool]
"""A date a page offers: ``(source, date, utc)``; ``utc``: a timestamp whose local day may
differ by one (:func:`parse_timestamp`)."""


def choose_published(found: Iterable[Dated], order: Sequence[str]) -> _dt.date | None:
    """The publication date among the dates a page offers, by the rank of their sources.

    ``order`` lists the sources, best first (``assemble.DATE_SOURCES``); unlisted ones are
    ignored. The best source's date wins, except that a UTC timestamp one day away from a
    date the page states in its own time zone (printed near the byline, in the URL path)
    gives way to it (the site published under that day), unless another such date agrees
    with the timestamp.
    """
    by_source: dict[str, Dated] = {}
    for d in found:
        if d[0] not in by_source:
            by_source[d[0]] = d
    ranked = [by_source[s] for s in order if s in by_source]
    if not ranked:
        return None
    best = ranked[0]
    shown = _shown_instead(best, by_source)
    if shown is not None:
        return shown
    if best[2]:
        local = [d for d in ranked[1:] if d[0] in _LOCAL_DAY and not d[2]]
        if not any(d[1] == best[1] for d in local):
            for other in local:
                if abs((other[1] - best[1]).days) == 1:
                    return other[1]
    return best[1]


# Sources that state the day in the site's own time zone.
_LOCAL_DAY = frozenset({"url", "byline", "marked"})
# Sources of the day the page shows its reader: printed by the headline, in a date element or
# the article's <time>, or in its URL path.
_SHOWN = ("byline", "marked", "dom", "time", "url")


def _shown_instead(best: Dated, by_source: dict[str, Dated]) -> _dt.date | None:
    """The day the page shows, when two of the places that show it agree on it and nothing
    but ``best`` states ``best``'s day (a markup date left stale or set by a template, while
    the page prints another); a date of the last change does not back ``best``."""
    backed = any(d[1] == best[1] for s, d in by_source.items() if s != best[0] and not s.endswith("-modified"))
    if backed:
        return None
    votes: dict[_dt.date, int] = {}
    for s in _SHOWN:
        d = by_source.get(s)
        if d is not None and s != best[0]:
            votes[d[1]] = votes.get(d[1], 0) + 1
    for day, n in votes.items():
        if n >= 2 and day != best[1]:
            return day
    return None


# "1h ago", "3 hours ago", "4 months ago", "vor 2 Stunden", "il y a 3 heures", "hace 2 horas"
_RELATIVE = re.compile(
    r"(?:\d+|an?|one)\s*(?:h|hrs?|hours?|mins?|minutes?|d|days?|weeks?|months?|years?)\s+ago\b"
    r"|\bvor\s+(?:\d+|einer|einem|zwei|drei)\s+(?:Stunden?|Minuten?|Tag(?:en)?|Wochen?|Monat(?:en)?)\b"
    r"|\bil y a\s+(?:\d+|une?)\s+(?:heures?|minutes?|jours?|semaines?|mois)\b"
    r"|\bhace\s+(?:\d+|una?)\s+(?:horas?|minutos?|días?|semanas?|meses)\b",
    re.IGNORECASE,
)


_STAMP_MOST = 40  # characters of a line that only says when


def time_stamp(text: str) -> bool:
    """A short line that only says when: a date line or a relative time ("December 3, 2026",
    "2 hours ago"), as set under a teaser's link or glued after it."""
    return 0 < len(text) <= _STAMP_MOST and (date_line(text) is not None or relative_time(text) is not None)


def relative_time(text: str) -> re.Match[str] | None:
    """A time given relative to now (``2 minutes ago``, ``vor einer Stunde``): where a byline
    prints its date when the article is recent."""
    if len(text) > 400:
        return None
    low = text.lower()
    # Each form has one of these words: most lines have none, and the search, which may
    # start at every "a", is the dearer test.
    if "ago" not in low and "vor" not in low and "il y a" not in low and "hace" not in low:
        return None
    return _RELATIVE.search(text)


# The words that label a printed date, in the languages of _MONTHS: the publication, or a
# later change. Lower case; matched as whole words before the date.
_PUBLISHED_WORDS = re.compile(
    r"\b(?:published|posted|released|issued|created|first published|written|dated|veröffentlicht|"
    r"erstveröffentlichung|erschienen|erscheinungsdatum|eingetragen|erstellt|gepostet|geschrieben|datum|"
    r"publié|publiée|posté|mis en ligne|publicado|publicada|postado|pubblicato|pubblicata|gepubliceerd|"
    r"geplaatst|publicerad|publisert|publiceret|udgivet|julkaistu|opublikowano|yayınlanma|diterbitkan|"
    r"dipublikasikan|publicat|опубликовано|опубліковано)\b"
    r"|(?:発行|公開|掲載|登録|入力|작성|등록|입력|发布|發佈|发表|發表)",
    re.IGNORECASE,
)
_UPDATED_WORDS = re.compile(
    r"\b(?:updated|last updated|modified|last modified|edited|last edited|revised|last revision|aktualisiert|"
    r"zuletzt|geändert|bearbeitet|stand|mis à jour|modifié|actualizado|actualizada|atualizado|atualizada|"
    r"aggiornato|aggiornata|bijgewerkt|gewijzigd|uppdaterad|oppdatert|opdateret|päivitetty|zaktualizowano|"
    r"güncelleme|güncellendi|diperbarui|обновлено|оновлено)\b"
    r"|(?:更新|수정)",
    re.IGNORECASE,
)
_COPYRIGHT = re.compile(
    r"©|\(c\)\s|\bcopyright\b|all rights reserved|alle rechte|tous droits|derechos reservados", re.IGNORECASE
)
_LINE_WORDS = re.compile(r"[^\W\d_]+")
# Prepositions that put a date inside a sentence ("On 5 May 2023, the ministry said"), not on a
# dateline ("Berlin, 5. Mai 2023 –"): looked at before the date of a long paragraph.
_SENTENCE_LEADS = frozenset(
    {"on", "in", "since", "until", "from", "am", "im", "seit", "bis", "vom", "ab", "le", "depuis", "dès", "el", "en",
     "desde", "hasta", "il", "dal", "op", "sinds", "per", "на", "с"}
)  # fmt: skip
# The attribution line under an embedded post or quote: a dash, a name, a handle.
_ATTRIBUTION = re.compile(r"\s*[—―–-]+\s*[^@\n]{0,80}\(@\w+\)")
# At most this many words before a date that opens a date line, with a label / without one.
_LABELLED_LEAD = 6
_BARE_LEAD = 3


def _last(matches: Iterator[re.Match[str]]) -> re.Match[str] | None:
    last = None
    for last in matches:  # noqa: B007 - the loop keeps the last match
        pass
    return last


def date_line(text: str, *, day_first: bool = False) -> tuple[_dt.date, str] | None:
    """The date a line states, and its label: ``published``, ``updated`` or ``""`` (none).

    A date line shows its date up front: at its start, after a label (``Veröffentlicht am``,
    ``Posted on``, ``Publié le``, ``Publicado el``, ``Updated``), a place (``Berlin, 28.10.2021``)
    or a few words (a section, an author); what follows may be anything (a byline's name, a
    press release's first sentence). A date inside a sentence, or on a copyright line, is not
    the page's date. With two labelled dates (``Publié le ... - Mis à jour le ...``) the
    published one is taken. A paragraph longer than a line counts when it opens with its date.
    """
    return _date_line(text, day_first)


@functools.lru_cache(maxsize=4096)  # the byline rule asks about the same lines more than once
def _date_line(text: str, day_first: bool) -> tuple[_dt.date, str] | None:
    long = len(text) > 200
    if long:  # a paragraph that opens with its date ("Berlin, 28.10.2021 – The ministry...")
        text = text[:80]
    found = find_date(text, day_first=day_first)
    if found is None:
        return None
    day, start, end = found
    before = text[:start]
    if _COPYRIGHT.search(before) or ("reserved" in text.lower() and _COPYRIGHT.search(text)):
        return None
    label = ""
    if before.strip():
        pub = _last(_PUBLISHED_WORDS.finditer(before))
        upd = _last(_UPDATED_WORDS.finditer(before))
        if pub and (not upd or pub.start() > upd.start()):
            label, lead = "published", before[: pub.start()]
        elif upd:
            label, lead = "updated", before[: upd.start()]
        else:
            lead = before
        limit = _LABELLED_LEAD if label else _BARE_LEAD
        words = _LINE_WORDS.findall(drop_weekday_and_time(lead))
        if len(words) > (1 if long else limit):
            return None
        if long and words and words[-1].lower() in _SENTENCE_LEADS:
            return None  # "Am Sonntag, 5. November 2023, kurz nach 21 Uhr wurde ...": a sentence
        if _ATTRIBUTION.match(lead):
            return None  # "— South Park (@SouthPark) September 27, 2020": an embedded post's
    if label == "updated":
        # "Updated 08 May 2019 ... published 07 May 2019": a publication date later on wins.
        rest = text[end:]
        m = _PUBLISHED_WORDS.search(rest)
        again = find_date(rest[m.end() :], day_first=day_first) if m else None
        if again is not None:
            return again[0], "published"
    return day, label


# Numeric dates whose two first numbers could be either day or month ("05/10/2018").
_NUMERIC = re.compile(r"(?<![\d/.-])([0-3]?\d)[/.-]([0-3]?\d)[/.-](?:19|20)\d\d(?!\d)")
# Spelled-out months: "8 November 2023" (day first) or "November 8, 2023" (month first).
_DAY_MONTH = re.compile(r"(?<!\d)[0-3]?\d\.?\s+([^\W\d_]{3,12})\.?,?\s+(?:19|20)\d\d(?!\d)")
_MONTH_DAY = re.compile(r"(?<![^\W\d_])([^\W\d_]{3,12})\.?\s+[0-3]?\d(?:st|nd|rd|th)?,\s+(?:19|20)\d\d(?!\d)")
# Function words: an English page, or one in a language that writes the day first.
_ENGLISH_WORDS = frozenset(
    {"the", "and", "of", "to", "is", "that", "with", "for", "was", "are", "this", "from", "have", "has"}
)
_OTHER_WORDS = frozenset(
    w
    for words in (
        "und der die das nicht ist mit auch sich ein eine den dem von für",  # de
        "el los las que del por para una con como pero más",  # es
        "não uma com para mais são pelo pela",  # pt
        "les des est une dans pour qui sur pas avec sont",  # fr
        "il della che per non sono anche alla degli",  # it
        "het een van niet voor zijn ook maar",  # nl
        "och att är som inte för med",  # sv
        "og ikke er det som med",  # no, da
        "ve bir ile için bu da",  # tr
        "dan yang untuk dengan ini itu",  # id
        "и в не на что с по это",  # ru
    )
    for w in words.split(" ")
)


def day_first_page(lines: Iterable[str], language: str | None) -> bool:
    """Does this page write numeric dates day first (``05/10/2018`` = 5 October)?

    Every language but US English does: a page that declares another language is day first.
    On an English page, or one that declares none, the page's own dates settle it where they
    can (a number above 12 in first or second place; months spelled out after or before the
    day); failing that, a page that declares no language is day first when its words are
    not English.
    """
    if language is not None and language != "en":
        return True
    votes = 0
    english = other = 0
    counted = dated = 0
    for k, line in enumerate(lines):
        if k >= 300:
            break
        if dated < 30 and _YEAR4.search(line) is not None:
            dated += 1
            part = line[:400]
            for m in _NUMERIC.finditer(part):
                a, b = int(m.group(1)), int(m.group(2))
                if a > 12 >= b:
                    votes += 3
                elif b > 12 >= a:
                    votes -= 3
            if len(line) <= 200:  # a date line, not a paragraph that mentions dates
                for m in _DAY_MONTH.finditer(part):
                    if m.group(1).lower() in _MONTHS:
                        votes += 1
                for m in _MONTH_DAY.finditer(part):
                    if m.group(1).lower() in _MONTHS:
                        votes -= 1
        if language is None and counted < 400 and len(line) > 60:
            words = line.lower().split()[:60]
            counted += len(words)
            english += len(_ENGLISH_WORDS.intersection(words))
            other += len(_OTHER_WORDS.intersection(words))
    if votes:
        return votes > 0
    return language is None and other > english
