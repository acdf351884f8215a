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
import re

__all__ = ["find_date", "parse_date"]

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
# how browsers' innerText joins a date and a time set in separate elements).
_YEAR_END = r"(?:(?!\d)|(?=[0-2]?\d:[0-5]\d))"
_PATTERNS = (
    re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)-(?P<m>[01]?\d)-(?P<d>[0-3]?\d)(?!\d)"),
    re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)/(?P<m>[01]?\d)/(?P<d>[0-3]?\d)(?!\d)"),
    re.compile(_MONTH + r"\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d\d)" + _YEAR_END),
    re.compile(
        r"(?<!\d)(?P<d>[0-3]?\d)(?:st|nd|rd|th|er|\.)?\s+(?:de\s+)?"
        + _MONTH
        + r"(?:\s+de)?,?\s+(?P<y>(?:19|20)\d\d)"
        + _YEAR_END
    ),
    re.compile(r"(?<!\d)(?P<d>[0-3]?\d)-" + _MONTH + r"-(?P<y>(?:19|20)\d\d|\d\d)(?!\d)"),
    re.compile(r"(?<!\d)(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/(?P<y>(?:19|20)\d\d)(?!\d)"),
    re.compile(r"(?<!\d)(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?P<y>(?:19|20)\d\d)(?!\d)"),
    # 2026年11月23日 (zh, ja), 2026년 11월 23일 (ko); 2026.11.23 and 2018. 8. 25. (ko, ja, hu)
    re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)\s?[年년]\s?(?P<m>[01]?\d)\s?[月월]\s?(?P<d>[0-3]?\d)(?!\d)"),
    re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)\.\s?(?P<m>[01]?\d)\.\s?(?P<d>[0-3]?\d)(?!\d)"),
)


# A character each of _PATTERNS needs (none: the month-name forms), tested before the pattern.
_NEEDS = ("-", "/", "", "", "-", "/", ".", "", ".")
assert len(_NEEDS) == len(_PATTERNS)

# Every form carries a four-digit year, except "23-Oct-16"; either needs a digit, which a
# search finds much faster than the year patterns (tried at every position: they start
# with a lookbehind).
_YEAR4 = re.compile(r"(?<!\d)(?:19|20)\d\d" + _YEAR_END)
_SHORT_YEAR = re.compile(r"\d-[A-Za-z]{3}-\d\d")  # 23-Oct-16
_DIGIT = re.compile(r"\d")
_TWO_DIGIT_YEAR_FORM = 4  # the index of the one pattern whose year may have two digits
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
        if k == _TWO_DIGIT_YEAR_FORM:
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


_ISO = re.compile(r"((?:19|20)\d\d)-(\d\d)-(\d\d)")


def parse_date(value: str | None, day_first: bool = False) -> _dt.date | None:
    """The date of a date value from markup: ISO first (``2026-11-19T...``), else :func:`find_date`."""
    if not value:
        return None
    m = _ISO.search(value)
    if m:
        try:
            return _dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            return None
    found = find_date(value, day_first=day_first)
    return found[0] if found else None
