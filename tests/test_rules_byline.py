"""Bylines and dates in the usual forms."""

from __future__ import annotations

import datetime as dt

import pytest

from spaceparse.rules.byline import parse_byline
from spaceparse.rules.dates import find_date

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
