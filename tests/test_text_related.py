"""Text related blocks: where the list of stories ends, and what one item is."""

from __future__ import annotations

import spaceparse

PARAS = [
    "The agency said on Tuesday that the orbital test vehicle had completed its third burn, "
    "raising its orbit to about 600 kilometres above the surface as planned by the team.",
    "Engineers spent most of the week checking the propulsion system after a pressure reading "
    "came in higher than expected during the second burn, the programme manager said.",
    "The spacecraft will now spend a month in its new orbit while operators calibrate the imager "
    "and test the links to ground stations in Norway, Chile and New Zealand.",
]


def _related(tail: str) -> list[str]:
    page = "\n\n".join(["Test vehicle raises its orbit", "By Jane Doe", *PARAS, tail])
    return [r.headline for r in spaceparse.parse(page, kind="text").related]


def test_a_short_question_in_a_bullet_list_is_its_own_story() -> None:
    tail = (
        "Related\n\n     * Second test vehicle ships to the launch site in Kourou\n"
        "     * Why do small satellites need propulsion?\n     * What is a transfer orbit?\n"
    )
    assert _related(tail) == [
        "Second test vehicle ships to the launch site in Kourou",
        "Why do small satellites need propulsion?",
        "What is a transfer orbit?",
    ]


def test_post_navigation_after_the_block_is_not_a_story() -> None:
    tail = (
        "Related\n\nSecond test vehicle ships to the launch site\nOctober 14, 2026\n\n"
        "Ground station network adds a site in Chile\nNovember 2, 2026\n\n"
        "Post navigation\n\nPrevious Post\nCargo ship docks with the station\nNext Post\nRover drives again"
    )
    assert _related(tail) == [
        "Second test vehicle ships to the launch site",
        "Ground station network adds a site in Chile",
    ]


def test_a_note_after_the_items_ends_the_block() -> None:
    tail = (
        "Mehr zum Thema\nZweites Testfahrzeug erreicht den Startplatz\nBodenstation in Chile geht in Betrieb\n\n"
        "Dieses Thema im Programm:\nDas Erste tagesschau 27.11.2026 17:00 Uhr"
    )
    assert _related(tail) == ["Zweites Testfahrzeug erreicht den Startplatz", "Bodenstation in Chile geht in Betrieb"]
