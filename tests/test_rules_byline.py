"""Bylines and dates in the usual forms."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from spaceparse.recognisers import dates
from spaceparse.recognisers.bylines import parse_byline
from spaceparse.recognisers.dates import find_date

D = dt.date(2026, 11, 19)


@pytest.mark.parametrize(
    ("text", "authors", "date"),
    [
        ("By Jeff Foust", ("Jeff Foust",), None),
        ("By Jeff Foust and Ann Lee", ("Jeff Foust", "Ann Lee"), None),
        ("By Jeff Foust, Ann Lee and Maria García", ("Jeff Foust", "Ann Lee", "Maria García"), None),
        ("Jeff Foust | November 19, 2026", ("Jeff Foust",), D),
        ("Jeff Foust November 19, 2026", ("Jeff Foust",), D),
        ("By Jeff Foust | November 19, 2026", ("Jeff Foust",), D),
        ("By Jeff Foust / SpaceNews / November 19, 2026", ("Jeff Foust",), D),
        ("By Jeff Foust published November 19, 2026", ("Jeff Foust",), D),
        ("Posted: 23-Oct-2016", (), dt.date(2016, 10, 23)),
        ("November 19, 2026", (), D),
        ("Updated on November 19, 2026", (), D),
        # names that contain 'on', 'date' or 'for' (regressions found by the round-trip property)
        ("Leona Foust | November 19, 2026", ("Leona Foust",), D),
        ("Jeff Okafor and Ann Lee | November 19, 2026", ("Jeff Okafor", "Ann Lee"), D),
        ("By Jeff Foust, Staff Writer", ("Jeff Foust",), None),
    ],
)
def test_byline_forms(text: str, authors: tuple[str, ...], date: dt.date | None) -> None:
    assert parse_byline(text) == (authors, date)


@pytest.mark.parametrize(
    "text",
    [
        "The company said it would launch the satellite on November 19, 2026, from Florida.",
        "Belarus Joins China’s Moon Base Mission",
    ],
)
def test_not_bylines(text: str) -> None:
    assert parse_byline(text) is None


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("2026-11-19", D),
        ("2026-11-19T10:00:00Z", D),
        ("November 19, 2026", D),
        ("Nov. 19 2026", D),
        ("19 November 2026", D),
        ("23-Oct-2016", dt.date(2016, 10, 23)),
        ("2026/11/19", D),
        ("11/19/2026", D),
        ("19/11/2026", D),
        ("19 novembre 2026", D),
    ],
)
def test_find_date(text: str, date: dt.date) -> None:
    found = find_date(text)
    assert found is not None and found[0] == date


def test_no_date() -> None:
    assert find_date("Launch 2026 is the plan") is None
    assert find_date("February 30, 2026") is None


def test_bylines_in_other_languages() -> None:
    cases = {
        "Von Anna Schmidt | 23. November 2026": (("Anna Schmidt",), "2026-11-23"),
        "Par Marie Dupont, le 23 novembre 2026": (("Marie Dupont",), "2026-11-23"),
        "Por Juan Pérez | 23 de noviembre de 2026": (("Juan Pérez",), "2026-11-23"),
        "Door Jan de Vries, 23 november 2026": (("Jan de Vries",), "2026-11-23"),
        "Автор: Лида Буслаева, 23 ноября 2026": (("Лида Буслаева",), "2026-11-23"),
        "Oleh Budi Santoso | 17 Agustus 2026": (("Budi Santoso",), "2026-08-17"),
    }
    for text, (names, iso) in cases.items():
        parsed = parse_byline(text)
        assert parsed is not None and parsed[0] == names and parsed[1] is not None, text
        assert parsed[1].isoformat() == iso, text


def test_weekday_of_the_date_is_not_a_name() -> None:
    parsed = parse_byline("Wednesday 20 November 2019 11:42, UK")
    assert parsed is not None and parsed[0] == ()
    parsed = parse_byline("By Mike Wuerthele and Malcolm Owen Monday, November 18, 2019, 04:05 pm PT")
    assert parsed is not None and parsed[0] == ("Mike Wuerthele", "Malcolm Owen")


def test_bracketed_date_line_with_a_label() -> None:
    # Korean news sites: "기사입력 :[ 2018-08-25 15:24 ]" (article entered).
    assert parse_byline("기사입력 :[ 2018-08-25 15:24 ]") == ((), dt.date(2018, 8, 25))
    assert parse_byline("[ 등록년월일 :  2012년 11월 06일 ]") == ((), dt.date(2012, 11, 6))


def test_day_first_numeric_dates() -> None:
    found = find_date("05/10/2018")
    assert found is not None and found[0] == dt.date(2018, 5, 10)
    found = find_date("05/10/2018", day_first=True)
    assert found is not None and found[0] == dt.date(2018, 10, 5)
    found = find_date("25/10/2018", day_first=False)
    assert found is not None and found[0] == dt.date(2018, 10, 25)
    found = find_date("10/25/2018", day_first=True)  # cannot be day first
    assert found is not None and found[0] == dt.date(2018, 10, 25)


def _find_date_everywhere(text: str, day_first: bool) -> tuple[dt.date, int, int] | None:
    """find_date without its shortcuts: every pattern searched over the whole text."""
    text = text[:400]
    # (a year ends where _YEAR_END says: a time or the next date may be glued on)
    if not re.search(r"(?<!\d)(?:19|20)\d\d" + dates._YEAR_END + r"|\d-[A-Za-z]{3}-\d\d|\d\.[01]\d\.\d\d", text):
        return None  # a year is needed, or the "23-Oct-16" or "23.09.22" forms
    best = None
    for pat in dates._PATTERNS:
        for m in pat.finditer(text):
            g = m.groupdict()
            try:
                year = int(g["y"]) + (2000 if len(g["y"]) == 2 else 0)
                if g.get("mon") is not None:
                    month = dates._MONTHS.get(g["mon"].lower().rstrip("."))
                    if month is None:
                        continue
                    day = int(g["d"])
                elif g.get("a") is not None:
                    a, b = int(g["a"]), int(g["b"])
                    month, day = (b, a) if a > 12 or (day_first and b <= 12) else (a, b)
                else:
                    month, day = int(g["m"]), int(g["d"])
                found = dt.date(year, month, day)
            except (ValueError, TypeError):
                continue
            if best is None or m.start() < best[1]:
                best = (found, m.start(), m.end())
            break
    return best


_SPACE = st.sampled_from([" ", " ", " ", "", "  ", "    ", "\u00a0", "\t"])
_WORD = st.sampled_from(["Launch", "on", "SpaceX", "Extraordinarily", "(NASA)", "at", "12", "de", "the", "—"])


@st.composite
def _date_like(draw: st.DrawFn) -> str:
    """A date in one of the forms, or something close to one, with spaces that vary."""
    sp = draw(_SPACE)
    y = draw(st.sampled_from(["2026", "1999", "26", "20261"]))
    m = draw(st.sampled_from(["11", "1", "13", "07"]))
    d = draw(st.sampled_from(["19", "3", "31", "32", "07"]))
    mon = draw(
        st.sampled_from(
            ["Nov", "Nov.", "mai", "November", "Sept", "marraskuuta", "października", "Extraordinar", "Extraordinarily"]
        )
    )
    suffix = draw(st.sampled_from(["", "th", "er", "."]))
    forms = [
        f"{y}-{m}-{d}", f"{y}/{m}/{d}", f"{mon}{sp}{d}{suffix},{sp}{y}", f"{mon}{sp}{d}{sp}{y}",
        f"{d}{suffix}{sp}de{sp}{mon}{sp}de,{sp}{y}", f"{d}{suffix}{sp}{mon}{sp}{y}", f"{d}-{mon}-{y}",
        f"{m}/{d}/{y}", f"{d}.{m}.{y}", f"{y}{sp}年{sp}{m}{sp}月{sp}{d}日", f"{y}.{sp}{m}.{sp}{d}",
    ]  # fmt: skip
    return draw(st.sampled_from(forms))


@st.composite
def _text_with_dates(draw: st.DrawFn) -> str:
    """Words and at most three dates (or near misses), far apart or run together."""
    parts = draw(st.lists(st.one_of(_WORD, st.text(max_size=3)), max_size=12))
    for _ in range(draw(st.integers(0, 3))):
        parts.insert(draw(st.integers(0, len(parts))), draw(_date_like()))
    return "".join(p + draw(_SPACE) for p in parts)


@settings(max_examples=500, deadline=None)
@given(_text_with_dates(), st.booleans())
@example("on 19-Nov-26 ", False)  # the one form without a four-digit year
@example("26-11-19 Nov 19, 202619. de Nov de, 26 ", False)  # a year glued to the next date
@example("x 19th    de    października.    de,    2026 y", False)  # wide spaces: no bound holds
@example("x 19th\t\t\tde\t\t\tpaździernika.\t\t\tde,\t\t\t2026 y", False)  # tabs
@example("x 19th de października. de, 2026 y", False)  # the longest start before the year
@example("x 2026 \u5e74 11 \u6708 234", False)  # the longest end after it, and a digit after that
def test_find_date_shortcuts_find_the_same_date(text: str, day_first: bool) -> None:
    """The search around the years and the two-digit-year special case change no result."""
    assert find_date(text, day_first=day_first) == _find_date_everywhere(text, day_first)


def test_find_date_far_from_the_start_of_a_long_caption() -> None:
    caption = "A rocket lifts off from the pad at dawn in a long caption that goes on " * 2
    found = find_date(caption + "on Nov. 12, 2026, carrying a crew. (NASA/Bill Ingalls)")
    assert found is not None and found[0] == dt.date(2026, 11, 12)


def test_reader_counters_beside_a_date_are_not_names() -> None:
    import datetime as dt

    from spaceparse.recognisers.bylines import parse_byline

    assert parse_byline("27/11/2026 1234 views 12 likes", day_first=True) == ((), dt.date(2026, 11, 27))
    # A name is still a name next to the counters.
    assert parse_byline("Ana Pérez 27/11/2026 1,234 views", day_first=True) == (("Ana Pérez",), dt.date(2026, 11, 27))
