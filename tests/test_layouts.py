"""Small whole-page layouts: one rule's behaviour seen through ``parse``."""

from __future__ import annotations

import spaceparse

TRAIL = """\
Skip to main content
News
Spaceflight
Tech

Space
Science & Astronomy
Dwarf Planet Studies

Webb finds a dwarf planet hiding behind a haze of methane ice and soot

The world, beyond Neptune, is the faintest yet to have its surface spectrum taken.

By Ada Lowell published 2 December 2026

The telescope watched the small world for six hours and found a surface coated in frozen methane.

Its spectrum shows that the ice is darkened by soot made when sunlight breaks the methane apart.

Get the Space.com Newsletter
Breaking space news, the latest updates on rocket launches and more!
Contact me with news and offers from other Future brands
Receive email from us on behalf of our trusted partners or sponsors
By submitting your information you agree to the Terms & Conditions and Privacy Policy.

Below the soot, the models suggest a layer of nitrogen ice that may be several kilometers thick, resting on a rocky core that formed early in the history of the solar system, the researchers said.

"It is a surprisingly active surface for something so small and so cold," said a planetary scientist who was not involved in the work, adding that more observations would be needed to be sure.

The team plans to watch the world again next year, when its orbit brings it nearer the Sun.

More about dwarf planets
A dwarf planet's thin air freezes onto its surface as it moves away from the Sun
Astronomers map the reddest spot on a distant icy world
"""


def test_breadcrumb_trail_headline_pitch_box_and_more_about_block() -> None:
    a = spaceparse.parse(TRAIL, kind="text")
    # The trail's last item stands tight under the one before: a label, not the headline.
    assert a.headline == "Webb finds a dwarf planet hiding behind a haze of methane ice and soot"
    assert a.dek == "The world, beyond Neptune, is the faintest yet to have its surface spectrum taken."
    # "Space" heads the trail and the page names Space.com: the home link, not a section.
    assert a.categories == ("Science & Astronomy", "Dwarf Planet Studies")
    # The pitch lines set tight between the sign-up's furniture lines are the box's too.
    assert not any("Breaking space news" in p or "Receive email" in p for p in a.body)
    assert a.body[-1].startswith("The team plans")
    assert [r.headline for r in a.related] == [
        "A dwarf planet's thin air freezes onto its surface as it moves away from the Sun",
        "Astronomers map the reddest spot on a distant icy world",
    ]


MENU_AFTER_STORIES = """\
Rocket Lab wins a launch contract for a solar wind mission

NASA has picked Rocket Lab to launch a small spacecraft that will watch the solar wind from deep space.

The contract is worth about 38 million dollars and includes launch services and mission support.

Explore More
NASA Maps the Solar Wind in Three Dimensions
Article
Scientists Say the Solar Cycle Has Passed Its Peak
Article
Keep Exploring
Missions
Humans in Space
Climate Change
Solar System
"""


def test_a_menu_after_the_related_stories_ends_the_block() -> None:
    a = spaceparse.parse(MENU_AFTER_STORIES, kind="text")
    assert [r.headline for r in a.related] == [
        "NASA Maps the Solar Wind in Three Dimensions",
        "Scientists Say the Solar Cycle Has Passed Its Peak",
    ]


DATED_ITEMS = """\
New Glenn upper stage completes its first full-duration hot fire

Blue Origin fired the upper stage of its New Glenn rocket for the full length of a mission burn on Tuesday, the company said.

The test clears the way for the stage to be shipped to the launch site later this month, ahead of the next flight.

Related

Blue Origin rolls second New Glenn booster to the pad for a static fire
November 14, 2026

Launch Roundup: Starship, New Glenn and Ariane 6 headline a busy week
November 21, 2026
"""


def test_dates_under_related_headlines_are_neither_labels_nor_items() -> None:
    a = spaceparse.parse(DATED_ITEMS, kind="text")
    assert [(r.headline, r.categories) for r in a.related] == [
        ("Blue Origin rolls second New Glenn booster to the pad for a static fire", ()),
        ("Launch Roundup: Starship, New Glenn and Ariane 6 headline a busy week", ()),
    ]


def test_trail_root_kept_when_the_page_does_not_name_it_as_its_site() -> None:
    page = TRAIL.replace("Get the Space.com Newsletter", "Get the Newsletter")
    a = spaceparse.parse(page, kind="text")
    assert a.categories[0] == "Space"
    # With a URL the host says it.
    b = spaceparse.parse(page, kind="text", url="https://www.space.com/dwarf-planet-haze")
    assert b.categories == ("Science & Astronomy", "Dwarf Planet Studies")
    # A malformed URL says nothing about the site; it must not stop the parse.
    c = spaceparse.parse(page, kind="text", url="http://[bad/")
    assert c.categories[0] == "Space"


RELEASE = """NASA Picks Rocket for Sun-Watching Pair

Dec 02, 2026

NASA has selected a launch provider for its twin spacecraft that will watch the Sun's outer atmosphere from two vantage points at once.

The firm-fixed-price contract is worth about $30 million and covers the launch and mission-related costs, the agency said on Tuesday.

The mission is managed by the agency's Goddard Space Flight Center in Greenbelt, Maryland, for its Heliophysics Division in Washington.

{pointer}

-end-

Media Contacts
Jane Roe
202-555-0100
"""


def test_a_releases_closing_pointer_is_body() -> None:
    two = spaceparse.parse(RELEASE.format(pointer="To learn more about the mission, visit:\n\nscience.nasa.gov/twin"))
    assert two.body[-2:] == ("To learn more about the mission, visit:", "science.nasa.gov/twin")
    one = spaceparse.parse(RELEASE.format(pointer="For more information, visit https://science.nasa.gov/twin"))
    assert one.body[-1] == "For more information, visit https://science.nasa.gov/twin"
    # A pointer to nothing is not taken.
    none = spaceparse.parse(RELEASE.format(pointer="To learn more, visit:\n\nMedia Resources"))
    assert none.body[-1].startswith("The mission is managed")


WIRE = """\
Skip to main content
World
Business
Markets

Aerospace & Defense
Planemaker trims delivery goal as engine shortages drag on
By Claire Moreau and Henrik Aalto
December 3, 20266:04 PM UTC
Updated 2 hours ago

A jet is seen parked without engines at the company's final assembly line, October 14, 2026. REUTERS/Fabian Bimmer/File Photo Purchase Licensing Rights, opens new tab

PARIS, Dec 3 (Reuters) - The planemaker on Wednesday lowered its target for jet deliveries next year, blaming a shortage of engines that has left dozens of finished aircraft waiting at its plants.

The company now expects to hand over around 840 jets in 2027, down from an earlier goal, and said the shortfall would be made up in the following year.

Shares fell 3.8% in Paris trading, their steepest one-day drop since March, before recovering some of the loss later in the session.
"""


def test_wire_story_glued_time_relative_stamp_and_bare_wire_credit() -> None:
    a = spaceparse.parse(WIRE, kind="text")
    # "Updated 2 hours ago" under the byline is a time stamp, not the headline.
    assert a.headline == "Planemaker trims delivery goal as engine shortages drag on"
    assert a.authors == ("Claire Moreau", "Henrik Aalto")
    # innerText glues the date and time set in separate elements: "20266:04 PM".
    assert a.published is not None and a.published.isoformat() == "2026-12-03"
    assert a.image_credit == "REUTERS/Fabian Bimmer/File Photo"
    assert a.image_caption is not None and a.image_caption.endswith("October 14, 2026.")
    assert a.body[0].startswith("PARIS, Dec 3 (Reuters)")
    assert len(a.body) == 3


def test_pipe_byline_with_labels_after_the_date() -> None:
    from spaceparse.recognisers.bylines import parse_byline

    parsed = parse_byline("Lydia Brandt | December 1, 2026 | Congress, NASA")
    assert parsed is not None and parsed[0] == ("Lydia Brandt",)
    assert str(parsed[1]) == "2026-12-01"


NEWSROOM = """\
Skip to main content
Agency
Science & Exploration
Space Safety
Newsroom

Space Safety
>
Space weather
>
Vigil

Vigil space weather mission clears critical design review

02/12/2026
2109 views
31 likes
Share
Email
Copy link

Vigil at Lagrange point 5
Credit: ESA/ATG medialab
Access the image

The mission that will watch the Sun from the side has passed its critical design review, clearing the way for the spacecraft to be built in full.

The review confirmed that the design of the spacecraft and its instruments meets the mission's requirements, the agency said on Tuesday.

Vigil is to launch in 2031 and will give forecasters several days' more warning of solar storms headed for Earth.
"""


def test_newsroom_trail_with_separators_and_share_bar_above_the_image_title() -> None:
    a = spaceparse.parse(NEWSROOM, kind="text")
    # The share bar's lines do not use up the look back: the headline is above them,
    # not the image's title above its credit line.
    assert a.headline == "Vigil space weather mission clears critical design review"
    assert a.image_caption == "Vigil at Lagrange point 5"
    assert a.image_credit == "ESA/ATG medialab"
    # A trail written with ">" lines between its items; "Space weather" is vouched for by them.
    assert a.categories == ("Space Safety", "Space weather", "Vigil")
    assert a.body[0].startswith("The mission that will watch")
