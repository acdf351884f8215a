"""The headline of scraped text pages: a scored choice among the header's title-like lines.

Small pages in the shapes real renderings have (``lynx -dump``, html-text, innerText); each
test is one failure class (see rules/headline.py, FEATURES).
"""

from __future__ import annotations

import spaceparse
from spaceparse.frontends.text import blockify

BODY = (
    "The agency said on Tuesday that the lander would fly next year after a long series of tests.\n\n"
    "Engineers replaced a valve in the propulsion system and repeated the hot-fire campaign in October.\n\n"
    "The mission will carry four instruments to the south pole of the Moon, the agency said.\n"
)
LYNX_BODY = "".join("   " + p + "\n\n" for p in BODY.strip().split("\n\n"))


def headline(page: str, url: str | None = None) -> str | None:
    return spaceparse.parse(page, kind="text", url=url).headline


def test_lynx_link_titles_line_is_not_a_block_but_names_the_page() -> None:
    page = (
        "   #Orbit Weekly » Feed Orbit Weekly » Lander slips to next year Comments Feed alternate\n\n"
        "     * News\n     * Launch\n\n"
        "Latest\n\n"
        "   Lander slips to next year\n\n" + LYNX_BODY
    )
    doc = blockify(page)
    assert not any(b.text.startswith("#") or "Comments Feed" in b.text for b in doc.blocks)
    assert doc.meta.title == "Orbit Weekly » Feed Orbit Weekly » Lander slips to next year Comments Feed alternate"
    assert headline(page) == "Lander slips to next year"


def test_html_text_title_line_names_the_headline_among_menus_and_teasers() -> None:
    page = (
        "Lander slips to next year | Orbit Weekly\n\n"
        "News\nLaunch\nBusiness\n\n"
        "Lander slips to next year\n\n"
        "The agency blamed a valve\n\n"
        "Most read stories this week\n\n" + BODY
    )
    assert headline(page) == "Lander slips to next year"


def test_html_text_title_with_the_site_first() -> None:
    page = (
        "Orbit Weekly: Lander slips to next year\n\n"
        "News\nLaunch\nBusiness\n\n"
        "Orbit Weekly\n\n"
        "Lander slips to next year\n\n"
        "Subscribe to our free newsletter today\n\n" + BODY
    )
    assert headline(page, url="https://orbitweekly.com/2026/11/19/lander") == "Lander slips to next year"


def test_lynx_heading_followed_by_a_byline_beats_lines_next_to_the_zone() -> None:
    # lynx sets headings at the margin and indents paragraphs; the caption right above the
    # text is indented like a paragraph.
    page = (
        "     * News\n     * Launch\n\n"
        "Lander slips to next year\n\n"
        "   By Jane Doe\n\n"
        "   November 19, 2026\n\n"
        "   Share on Facebook Share on X\n\n"
        "   The lander during its hot-fire test\n\n" + LYNX_BODY
    )
    assert headline(page) == "Lander slips to next year"


def test_a_line_followed_by_a_byline_beats_a_section_heading() -> None:
    page = (
        "Skip to content\n\n"
        "Latest launch news\n\n"
        "Lander slips to next year after valve failure\n\n"
        "By Jane Doe | November 19, 2026\n\n"
        "Photo gallery of the lander in the clean room\n\n" + BODY
    )
    assert headline(page) == "Lander slips to next year after valve failure"


def test_breadcrumb_trail_ends_with_the_headline() -> None:
    page = (
        "Home\nNews\nMissions\n\n"
        "You are here: Home » Missions » Lander slips to next year after valve failure\n\n"
        "Lander slips to next year after valve failure\n\n"
        "Posted on November 19, 2026\n\n" + BODY
    )
    assert headline(page) == "Lander slips to next year after valve failure"


def test_share_bar_glued_before_the_headline() -> None:
    page = (
        "     * News\n     * Launch\n\n"
        "   Share All sharing options for: Lander slips to next year after valve failure\n\n"
        "Lander slips to next year after valve failure\n\n" + LYNX_BODY
    )
    assert headline(page) == "Lander slips to next year after valve failure"


def test_lynx_headline_over_its_dek_heading() -> None:
    page = (
        "     * News\n     * Launch\n\n"
        "Lander slips to next year\n\n"
        "Valve failure forces a delay of the first landing attempt\n\n"
        "   By Jane Doe\n\n" + LYNX_BODY
    )
    art = spaceparse.parse(page, kind="text")
    assert art.headline == "Lander slips to next year"


def test_the_site_name_from_the_url_is_not_the_headline() -> None:
    page = "Orbit-Weekly.com\n\nLander slips to next year\n\n" + BODY
    assert headline(page, url="https://www.orbit-weekly.com/2026/11/lander") == "Lander slips to next year"


def test_a_sentence_of_running_text_is_not_the_headline() -> None:
    page = BODY * 2
    assert headline(page) is None


def test_html_text_headline_over_its_dek_and_byline() -> None:
    page = (
        "Skip to content\n\n"
        "Lander slips to next year\n\n"
        "The agency blamed a valve that failed in the last hot-fire test\n\n"
        "By Jane Doe | November 19, 2026\n\n" + BODY
    )
    assert headline(page) == "Lander slips to next year"


def test_breadcrumb_trail_right_above_the_headline() -> None:
    page = (
        "Skip to content\n\n"
        "Home » Missions » Lander slips to next year\n\n"
        "Lander slips to next year\n\n"
        "By Jane Doe\n\n" + BODY
    )
    assert headline(page) == "Lander slips to next year"


def test_menu_lines_above_the_text_are_not_the_headline() -> None:
    page = (
        "Lander slips to next year after valve failure\n\n"
        "Posted on November 19, 2026\n\n"
        "Photos of the week\n\n"
        "Launch schedule\nMission updates\nSpace station news\n\n" + BODY
    )
    assert headline(page) == "Lander slips to next year after valve failure"


def test_label_line_next_to_the_text_is_not_the_headline() -> None:
    page = "Lander slips to next year after valve failure\n\nMoon | Landers | Science | Missions\n\n" + BODY
    assert headline(page) == "Lander slips to next year after valve failure"


def test_html_text_title_line_itself_is_not_the_headline() -> None:
    page = (
        "Lander slips to next year - Orbit Weekly\n"
        "November 19, 2026\n\n"
        "Lander slips to next year\n\n"
        "Jane Doe\n\n" + BODY
    )
    assert headline(page) == "Lander slips to next year"


def test_a_line_in_the_text_with_a_full_stop_is_not_the_headline() -> None:
    page = "Lander slips to next year\n\nThe agency said so.\n\nIt will fly in 2027.\n\n" + BODY
    assert headline(page) == "Lander slips to next year"


def test_lynx_heading_at_the_margin_beats_an_indented_caption() -> None:
    page = "     * News\n     * Launch\n\nLander slips to next year\n\n   Photo of the lander today\n\n" + LYNX_BODY
    assert headline(page) == "Lander slips to next year"


def test_breadcrumb_trail_names_the_headline_over_a_caption() -> None:
    page = (
        "Skip to content\n\n"
        "Home » Missions » Lander slips to next year\n\n"
        "Lander slips to next year\n\n"
        "Photo of the lander during its last hot-fire test\n\n" + BODY
    )
    assert headline(page) == "Lander slips to next year"


def test_the_site_name_next_to_the_text_is_not_the_headline() -> None:
    page = "Lander slips to next year\n\nOrbit Weekly News Daily\n\n" + BODY
    url = "https://orbitweeklynewsdaily.com/2026/11/19/lander"
    assert headline(page, url=url) == "Lander slips to next year"


def test_a_short_line_next_to_the_text_is_not_the_headline() -> None:
    page = "Lander slips to next year\n\nRelated video clip\n\n" + BODY
    assert headline(page) == "Lander slips to next year"


def test_a_date_glued_before_the_headline_is_not_part_of_it() -> None:
    for dated in ("23.01.2022 - Lander slips to next year", "27.01.2022Lander slips to next year"):
        page = "Skip to content\n\n" + dated + "\n\n" + BODY
        assert headline(page) == "Lander slips to next year", dated
    # A headline that starts with a number keeps it.
    assert (
        headline("Skip to content\n\n2026 budget cuts hit the lander\n\n" + BODY) == "2026 budget cuts hit the lander"
    )


def test_lynx_modifier_letter_apostrophe_reads_as_an_apostrophe() -> None:
    page = "     * News\n\nThe lander\u02bcs valve failed again\n\n   By Jane Doe\n\n" + LYNX_BODY
    assert headline(page) == "The lander’s valve failed again"


def test_headline_over_its_dek_over_a_name_line_and_a_date_line() -> None:
    # innerText: labels / headline / dek / author / date, one per line; the author's name
    # over the date is the byline, not the headline.
    page = "\n".join(
        [
            "Skip to content",
            "Orbital Times",
            "Launch",
            "Policy",
            "Military",
            "LaunchPolicy",
            "Agency books four more missions on two heavy-lift rockets",
            "The orders split the year's launches evenly between the two providers, leaving a third out of this round.",
            "Jane Doe",
            "December 3, 2026",
            "Share",
            "Facebook",
            "Twitter",
            "LinkedIn",
            "Email",
            "A heavy-lift rocket lifts off from the coast on its second national security mission. Credit: Orbital Works",
            "",
            "The agency on Dec. 2 assigned four national security launches scheduled for 2028 to two providers, "
            "the first batch of orders in which the third company did not receive a single mission.",
            "The command said two missions went to each company, for a combined value of half a billion dollars, "
            "and did not break down the price of each mission, citing competition sensitivities.",
        ]
    )
    art = spaceparse.parse(page, kind="text")
    assert art.headline == "Agency books four more missions on two heavy-lift rockets"
    assert art.authors == ("Jane Doe",)
    assert art.dek is not None and art.dek.startswith("The orders split")
