"""Text dek: a standfirst set under the byline or date line rather than the headline."""

from __future__ import annotations

import spaceparse

LEAD = (
    "The agency said on Tuesday that the orbital test vehicle had completed its third burn, "
    "raising its orbit to about 600 kilometres above the surface as planned by the team."
)
SECOND = (
    "Engineers spent most of the week checking the propulsion system after a pressure reading "
    "came in higher than expected during the second burn, the programme manager said."
)
TEASER = "The test vehicle is now in its final orbit. Operators will spend a month calibrating its imager."


def test_a_teaser_between_the_date_line_and_the_byline_is_the_dek() -> None:
    page = "\n\n".join(
        [
            "Raumfahrt",
            "Test vehicle raises its orbit",
            "Stand: 27.11.2026 17:45 Uhr",
            TEASER,
            "Von Anna Becker, SWR",
            LEAD,
            SECOND,
        ]
    )
    art = spaceparse.parse(page, kind="text")
    assert art.dek == TEASER
    assert art.body == (LEAD, SECOND)


def test_a_strapline_under_the_byline_over_a_share_bar_and_the_caption_is_the_dek() -> None:
    page = "\n\n".join(
        [
            "Test vehicle raises its orbit",
            "News",
            "By Jane Doe published 1 December 2026",
            TEASER,
            "Facebook X Whatsapp Email Share this article",
            "The vehicle before launch. (Image credit: Orbital Works)",
            LEAD,
            SECOND,
        ]
    )
    art = spaceparse.parse(page, kind="text")
    assert art.dek == TEASER
    assert art.body == (LEAD, SECOND)


def test_the_first_paragraph_under_the_byline_stays_body() -> None:
    # followed by its second paragraph, or by a name line that is no "By" line
    for after in ([SECOND], ["Jane Doe", SECOND]):
        page = "\n\n".join(["Test vehicle raises its orbit", "By Jane Doe", "December 1, 2026", LEAD, *after])
        art = spaceparse.parse(page, kind="text")
        assert art.dek is None
        assert art.body[0] == LEAD
