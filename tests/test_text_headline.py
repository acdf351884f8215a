"""The headline of scraped text pages: a scored choice among the header's title-like lines.

Small pages in the shapes real renderings have (``lynx -dump``, html-text, innerText); each
test is one failure class (see rules/headline.py, FEATURES).
"""

from __future__ import annotations

import spaceparse
from spaceparse.api import read_document
from spaceparse.frontends.text import blockify
from spaceparse.profiles import default_profile
from spaceparse.recognisers.furniture import is_render_artefact
from spaceparse.recognisers.labels import label_line
from spaceparse.rules.headline import text_candidates
from spaceparse.segment import segment_steps
from spaceparse.segmentation import Segmentation

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


def _candidates(page: str) -> list[tuple[str, tuple[str, ...]]]:
    doc, profile = read_document(page, kind="text")
    seg = next(step for name, step in segment_steps(doc, profile) if name == "related")
    return [(doc.blocks[i].text, feats) for i, _, feats in text_candidates(doc, seg, profile)]


def test_a_dek_that_reads_as_a_sentence_keeps_the_byline_for_the_headline_above() -> None:
    # The dek is a sentence, so running text seemed to follow the headline: the byline under
    # the dek is the evidence for the line above it.
    page = (
        "     * News\n     * Launch\n\n"
        "Lander slips to next year\n\n"
        "   The agency blamed a valve that failed in the last hot-fire test of the engine, it said.\n\n"
        "   By Jane Doe\n\n" + LYNX_BODY
    )
    best = _candidates(page)[0]
    assert best[0] == "Lander slips to next year"
    assert "meta_after" in best[1] and "dek_after" in best[1]
    assert headline(page) == "Lander slips to next year"
    # A question under a tagline is the headline, not the tagline's dek.
    page = (
        "Skip to content\n\n"
        "Thoughts and comments on the news of the information society\n\n"
        "Why did the lander slip to next year after all those tests?\n\n"
        "Posted on November 19, 2026 by Jane Doe\n\n" + BODY
    )
    assert headline(page) == "Why did the lander slip to next year after all those tests?"


def test_a_one_word_headline_named_by_the_page_title() -> None:
    # html-text's title line, and lynx's <link> titles, name a headline of one word.
    page = "Skylab | Orbit Weekly\n\nHome\n\nMissions\n\nStations\n\nSkylab\n\n" + BODY
    assert headline(page) == "Skylab"
    page = (
        "   #Orbit Weekly » Feed Orbit Weekly » Skylab Comments Feed\n\n"
        "     * News\n     * Launch\n\n"
        "Skylab\n\n" + LYNX_BODY
    )
    assert headline(page) == "Skylab"
    # A menu item of one word is not the headline its section's title names.
    page = "History | Orbit Weekly\n\nHome\nHistory\nMissions\n\nOrbit Weekly over the years\n\n" + BODY
    assert headline(page) == "Orbit Weekly over the years"
    # A place or section before the headline in the title is not it.
    page = "Houston: Lander slips to next year\n\nHouston\n\nLander slips to next year\n\n" + BODY
    assert headline(page) == "Lander slips to next year"


def test_lynx_link_titles_name_a_headline_below_a_zone_that_took_the_header() -> None:
    # An archive's banner taken as the content zone: the post's own title (named by lynx's
    # <link> titles) further down is still looked at, past the zone's end.
    page = (
        "   #Orbit Weekly » Feed Orbit Weekly » Lander slips to next year after valve failure Comments Feed\n\n"
        "   About this capture\n\n" + LYNX_BODY + "     * Home\n     * About\n\n"
        "Orbit Weekly\n\n"
        "Lander slips to next year after valve failure\n\n"
        "   Posted by Jane Doe under News, Launch\n\n" + LYNX_BODY
    )
    doc = blockify(page)
    seg = Segmentation.empty(len(doc.blocks)).with_fields(zone=(1, 3))  # (the banner's text)
    best = text_candidates(doc, seg, default_profile(), prune=True)[0]
    assert doc.blocks[best[0]].text == "Lander slips to next year after valve failure"


def test_lynx_headline_over_a_subheadline_no_longer_than_it() -> None:
    # Both at the margin, a byline under both: the upper is the headline, the lower (no
    # longer, no sentence) its subheadline.
    page = (
        "     * News\n     * Launch\n\n"
        "Lander slips to next year after a valve fails in a hot-fire test\n\n"
        "Engineers say the repair will take months of work\n\n"
        "   By Jane Doe\n\n"
        "   November 19, 2026\n\n" + LYNX_BODY
    )
    assert headline(page) == "Lander slips to next year after a valve fails in a hot-fire test"


def test_a_copy_of_the_headline_gives_the_punctuation_or_drops_the_kicker() -> None:
    # The layout drew the kicker and the headline in spans; the text run lost the colon
    # between them, which another copy of the headline (share text, print title) keeps.
    page = (
        "     * News\n\n"
        "Moon base Lander slips to next year after valve failure\n\n"
        "   By Jane Doe\n\n"
        "   Moon base: Lander slips to next year after valve failure\n\n" + LYNX_BODY
    )
    assert headline(page) == "Moon base: Lander slips to next year after valve failure"
    # A kicker glued before the headline, when the headline stands alone elsewhere, goes.
    page = (
        "     * News\n\n"
        "   Lander slips to next year after valve failure\n\n"
        "Moon base Lander slips to next year after valve failure\n\n"
        "   By Jane Doe\n\n" + LYNX_BODY
    )
    assert headline(page) == "Lander slips to next year after valve failure"
    # A kicker set off by a colon stays; a piece of the headline is no copy of it.
    page = (
        "     * News\n\n"
        "   Lander slips to next year after valve failure\n\n"
        "Moon base: Lander slips to next year after valve failure\n\n"
        "   By Jane Doe\n\n"
        "   to next year after valve failure\n\n" + LYNX_BODY
    )
    assert headline(page) == "Moon base: Lander slips to next year after valve failure"


def test_rendering_artefacts_are_not_the_headline() -> None:
    # An image's file name with its alt text, an embed's URL, right above the text.
    for artefact in (
        "lander-hotfire-test.jpg Lander on the pad before the test",
        "IFRAME: https://example.com/embed/9",
    ):
        page = "Skip to content\n\nLander slips to next year\n\nNews\nLaunch\nBusiness\n\n" + artefact + "\n\n" + BODY
        assert headline(page) == "Lander slips to next year", artefact
    page = (
        "Warning: Undefined variable $title in /var/www/html/wp-content/themes/orbit/header.php on line 12\n\n"
        "Lander slips to next year\n\n"
        "Posted on November 19, 2026\n\n"
        "History[edit]\n\n" + BODY
    )
    assert headline(page) == "Lander slips to next year"


def test_render_artefact_lines() -> None:
    assert is_render_artefact("IFRAME: https://www.googletagmanager.com/ns.html?id=GTM-X")
    assert is_render_artefact("(BUTTON) Menu")
    assert is_render_artefact("Best Gifts: Diamond.png Diamond Emerald.png Emerald")
    assert is_render_artefact("Strict Standards: Non-static method x() should not be called in /www/a.php on line 9")
    assert not is_render_artefact("Warning: solar storm may disrupt satellites on Friday")
    assert not is_render_artefact("Node.js 22 ships with a faster test runner")


def test_a_time_stamp_line_is_not_the_headline() -> None:
    page = (
        "Skip to content\n\nLander slips to next year\n\nNews\nLaunch\nBusiness\n\n"
        "Space 19.11.2026 13:30 by Jane Doe photo agency\n\n" + BODY
    )
    assert headline(page) == "Lander slips to next year"


def test_lynx_teaser_headings_at_a_regular_step_are_not_the_headline() -> None:
    teasers = "".join(
        f"{title}\n\n{dek}\n\n   Read more\n\n"
        for title, dek in (
            (
                "Rocket engine passes its final hot-fire test",
                "Engineers fired the engine for eight minutes on the stand",
            ),
            (
                "Station crew returns after six months in orbit",
                "The capsule splashed down off the coast early on Sunday",
            ),
            (
                "Telescope spots water vapour on a distant world",
                "Astronomers say the finding needs to be confirmed soon",
            ),
        )
    )
    page = (
        "     * News\n     * Launch\n\n"
        "Lander slips to next year after valve failure\n\n"
        "   Posted on November 19, 2026\n\n"
        "   Share on Facebook Share on X\n\n"
        "   Photo of the lander on the pad\n\n"
        "Most read\n\n" + teasers + LYNX_BODY
    )
    assert headline(page) == "Lander slips to next year after valve failure"


def test_the_title_line_names_the_headline_whatever_its_dashes_and_quotes() -> None:
    page = (
        'Lander slips - "valve failed" again - Orbit Weekly\n\n'
        "News\nLaunch\nBusiness\n\n"
        "Thoughts and comments on the news of the information society\n\n"
        "Photo of the lander on the pad before the test\n\n"
        "Lander slips – “valve failed” again\n\n" + BODY
    )
    assert headline(page) == "Lander slips – “valve failed” again"
    best = _candidates(page)[0]
    assert best[0] == "Lander slips – “valve failed” again" and "title" in best[1]


def test_a_title_line_ending_with_an_abbreviation_still_names_the_headline() -> None:
    page = (
        "Lander slips to next year | Orbit Club e.V.\n\n"
        "News\nLaunch\nBusiness\n\n"
        "Lander slips to next year\n\n"
        "Thoughts and comments on the news of the information society\n\n"
        "Photo of the lander on the pad before the test\n\n" + BODY
    )
    best = _candidates(page)[0]
    assert best[0] == "Lander slips to next year" and "title" in best[1]


def test_a_cjk_title_names_the_headline_with_a_separator_set_tight() -> None:
    page = (
        "着陆器推迟到明年：轨道周刊\n\n"
        "首页\n新闻\n发射\n\n"
        "着陆器推迟到明年\n\n"
        "轨道周刊记者 张三\n\n"
        "Photo of the lander on the pad before the test\n\n" + BODY
    )
    assert headline(page) == "着陆器推迟到明年"


def test_the_title_names_a_headline_far_into_a_zone_that_started_at_a_cookie_banner() -> None:
    banner = "".join(f"Cookie {k}: this site stores data about your visit for statistics.\n\n" for k in range(80))
    page = "Lander slips to next year | Orbit Weekly\n\n" + banner + "Lander slips to next year\n\n" + BODY
    doc = blockify(page)
    seg = Segmentation.empty(len(doc.blocks)).with_fields(zone=(1, len(doc.blocks) - 1))
    best = text_candidates(doc, seg, default_profile(), prune=True)[0]
    assert doc.blocks[best[0]].text == "Lander slips to next year"


def test_the_title_names_the_headline_with_one_word_of_the_site_more() -> None:
    page = (
        "Roasted lander with moon rice Recipe | Orbit Kitchen\n\n"
        "News\nLaunch\nBusiness\n\n"
        "Roasted lander with moon rice\n\n"
        "Thoughts and comments on the news of the information society\n\n"
        "Photo of the lander on the pad before the test\n\n" + BODY
    )
    best = _candidates(page)[0]
    assert best[0] == "Roasted lander with moon rice" and "title" in best[1]


def test_the_dek_the_headline_was_chosen_by_is_claimed_before_the_credit_rule_runs() -> None:
    # Claimed as the dek, it is not counted as running text between the headline and the
    # lead image by the rules that run before the dek rule.
    page = (
        "     * News\n     * Launch\n\n"
        "Lander slips to next year after valve failure\n\n"
        "Engineers say the repair of the engine will take months of work, the agency said.\n\n"
        "   By Jane Doe\n\n" + LYNX_BODY
    )
    doc, profile = read_document(page, kind="text")
    seg = next(step for name, step in segment_steps(doc, profile) if name == "headline")
    dek = next(b for b in doc.blocks if b.text.startswith("Engineers say"))
    assert seg.roles[dek.index] == "dek"
    assert spaceparse.parse(page, kind="text").dek == dek.text


def test_a_kicker_and_its_headline_on_two_lines_are_joined() -> None:
    # The rest of the headline on a line of its own, after the colon.
    page = "Skip to content\n\nMoon base\n\n: Lander slips to next year\n\nBy Jane Doe\n\n" + BODY
    art = spaceparse.parse(page, kind="text")
    assert art.headline == "Moon base: Lander slips to next year"
    assert art.dek is None and not any("Lander slips" in p for p in art.body)
    # The title line joins the kicker and the headline below it.
    page = (
        "Moon base: Lander slips to next year after valve failure - Orbit Weekly\n\n"
        "News\nLaunch\nBusiness\n\n"
        "Moon base\n\n"
        "Lander slips to next year after valve failure\n\n"
        "By Jane Doe\n\n" + BODY
    )
    assert headline(page) == "Moon base: Lander slips to next year after valve failure"


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


def test_lynx_numbered_breadcrumb_trail_ends_with_the_headline() -> None:
    # lynx numbers an ordered list's items: a breadcrumb trail ("1. Home" ... "3. Headline")
    # names the headline, over a shorter heading (and without lynx's number).
    trail = "    1. Home\n    2. Science\n    3. Lander slips to next year after a valve fails in a hot-fire test\n\n"
    page = (
        "     * News\n     * Launch\n\n" + trail + "Valve trouble: the lander slips\n\n   By Jane Doe\n\n" + LYNX_BODY
    )
    assert headline(page) == "Lander slips to next year after a valve fails in a hot-fire test"
    # A heading that lost the trail's kicker is the headline with it.
    trail = "    1. Home\n    2. Science\n    3. Moon programme: Lander slips to next year after a valve fails\n\n"
    page = (
        "     * News\n\n" + trail + "Most read\n\n"
        "Lander slips to next year after a valve fails\n\n   By Jane Doe\n\n" + LYNX_BODY
    )
    assert headline(page) == "Moon programme: Lander slips to next year after a valve fails"
    # The trail's first link may be an icon: an empty item.
    trail = "    1.\n    2. Science\n    3. Lander slips to next year after a valve fails in a hot-fire test\n\n"
    page = "     * News\n\n" + trail + "Valve trouble: the lander slips\n\n   By Jane Doe\n\n" + LYNX_BODY
    assert headline(page) == "Lander slips to next year after a valve fails in a hot-fire test"
    # A numbered list of long items (a ranking of teasers) is no trail.
    ranking = (
        "    1. Lander slips to next year after a valve fails in a test\n"
        "    2. Crew capsule passes its last parachute drop test in the desert\n"
        "    3. Station crew swaps out a failed pump on the truss\n\n"
    )
    page = "     * News\n\n" + ranking + "Orbit Weekly over the years\n\n   By Jane Doe\n\n" + LYNX_BODY
    assert headline(page) == "Orbit Weekly over the years"


def test_a_word_with_inner_capitals_is_not_glued_labels() -> None:
    # "LEDs" is no label "LE" glued to "Ds …", "eMbali" no "… e" glued to "Mbali": a headline
    # with such a word is not a label line (the seed's glued labels still are).
    profile = default_profile()
    assert label_line("Lander swaps LEDs for lasers", profile, strict=True) is None
    assert label_line("Rover lands near the crater eMbali", profile, strict=True) is None
    assert label_line("EuropeInternationalLunar", profile, strict=True) == ("Europe", "International", "Lunar")
    assert label_line("EOInternational", profile, strict=True) == ("EO", "International")
    page = (
        "     * News\n\n"
        "Lander swaps LEDs for lasers\n\n"
        "The agency will fly a laser altimeter on the next lander, it says\n\n"
        "   By Jane Doe\n\n" + LYNX_BODY
    )
    assert headline(page) == "Lander swaps LEDs for lasers"
