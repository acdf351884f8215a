"""Body precision and recall on scraped text: what is not article text, and what is."""

from __future__ import annotations

import pytest

import spaceparse
from spaceparse.recognisers.furniture import is_barrier_text, is_comment_header, is_sidebar_heading

# Article paragraphs for the inline pages below (invented, long enough to count as prose).
PARAS = [
    "The agency said on Tuesday that the orbital test vehicle had completed its third burn, "
    "raising its orbit to about 600 kilometres above the surface as planned by the team.",
    "Engineers spent most of the week checking the propulsion system after a pressure reading "
    "came in higher than expected during the second burn, the programme manager said.",
    "The spacecraft will now spend a month in its new orbit while operators calibrate the imager "
    "and test the links to ground stations in Norway, Chile and New Zealand.",
    "If the tests go well the company expects to offer the first images to customers in the spring, "
    "ahead of a second satellite that is due to launch on a rideshare mission next year.",
    "Officials declined to say how much the delay had cost, but said the schedule for the rest of "
    "the constellation was unchanged and that the next two vehicles were already in assembly.",
]


def _body(page: str) -> tuple[str, ...]:
    return spaceparse.parse(page, kind="text").body


@pytest.mark.parametrize(
    "text",
    [
        "Most read in world news",
        "Top stories in Nation",
        "Most read stories",
        "Most Popular View all",
        "Editors' Picks",
        "Editor’s Picks",
        "Latest Headlines",
        "Trending News",
        "Lascia un commento",
        "Deixe uma resposta",
        "Schreibe einen Kommentar",
        "Kommentare",
        "Lo más leído",
        "Meistgelesen",
    ],
)
def test_barrier_headings_in_more_phrasings_and_languages(text: str) -> None:
    assert is_barrier_text(text)


@pytest.mark.parametrize("text", ["Top", "Latest developments in the inquiry were reported.", "Editor"])
def test_not_barrier_headings(text: str) -> None:
    assert not is_barrier_text(text)


def test_comment_threads_are_walls_teaser_boxes_are_not() -> None:
    assert is_sidebar_heading("Most read in world news")
    assert not is_sidebar_heading("Comments")
    assert not is_sidebar_heading("Leave a Reply")


def test_inline_most_read_box_does_not_end_the_article() -> None:
    page = "\n\n".join(
        [
            "Test vehicle raises its orbit",
            *PARAS[:2],
            "Most Read",
            "Hunter falls ill after eating rabbit",
            "Storm closes schools across the county",
            "Council approves new bridge plan",
            *PARAS[2:],
        ]
    )
    body = _body(page)
    assert body[-1] == PARAS[-1]
    assert "Council approves new bridge plan" not in body


def test_teasers_after_editors_picks_are_not_body() -> None:
    cards = []
    for title, summary in [
        (
            "How a Network Built a Fake Empire on Social Media",
            "Hundreds of fake accounts only begin to tell the story.",
        ),
        ("Did the Senator Divert Funds to Cover Costs?", "A routine review of content labeled satire on the web."),
        ("Was the Mayor Caught on a Leaked Recording?", "The ominous remarks were also pretty vague, it turned out."),
    ]:
        cards += [title, title, "12 November 2019", "News", summary]
    page = "\n\n".join(["Test vehicle raises its orbit", *PARAS, "Editors' Picks", *cards])
    body = _body(page)
    assert body[-1] == PARAS[-1]


def test_comments_link_in_a_share_bar_is_not_the_thread() -> None:
    # html-text puts a share bar's items one per line; its "Comments" link is no heading.
    bar = "Facebook\nTwitter\nComments\nPrint\nEmail"
    body = _body("\n\n".join(["Test vehicle raises its orbit", *PARAS[:2], bar, *PARAS[2:]]))
    assert set(PARAS) <= set(body)
    assert "Comments" not in body


@pytest.mark.parametrize(
    "text",
    [
        "Jane Doe says:",
        "Kritischer Kritiker sagt:",
        "Milan Griffes on September 12, 2018 at 4:47 pm said:",
        "geschrieben von berg2012 am 21. Jan. 2015, 19:04 [ antworten ]",
    ],
)
def test_comment_headers(text: str) -> None:
    assert is_comment_header(text)


@pytest.mark.parametrize(
    "text",
    [
        "In a statement, the company said:",
        "The administrator says the schedule is unchanged.",
        "Replies to the survey",
        "Reply",
    ],
)
def test_not_comment_headers(text: str) -> None:
    assert not is_comment_header(text)


def test_a_long_comment_thread_does_not_outweigh_a_short_article() -> None:
    comment = " ".join(PARAS[1:4])  # each comment longer than the article
    page = "\n\n".join(
        [
            "Open thread for September",
            PARAS[0],
            "Comments",
            "Milan on September 12, 2018 at 4:47 pm said:",
            comment,
            "Reply",
            "Catherine on September 13, 2018 at 5:23 pm said:",
            comment + " " + PARAS[4],
            "Reply",
        ]
    )
    assert _body(page) == (PARAS[0],)


def test_the_article_again_after_itself_is_not_body() -> None:
    # Some renderings carry the article a second time (a hidden copy, a schema dump cut
    # into pieces at any character) after a block of metadata.
    paras = [
        "The test vehicle completed its third burn on Tuesday. It now flies at 600 kilometres. "
        "The team had planned that height for months. Operators said the burn went well.",
        "Engineers spent the week on the propulsion system. A pressure reading came in high. "
        "The programme manager said the cause was a sensor. The sensor has been replaced.",
        "The spacecraft will spend a month in its new orbit. Operators will calibrate the imager. "
        "They will also test the links to the ground stations. Three stations take part.",
        "The company expects to offer images in the spring. A second satellite follows next year. "
        "It will launch on a rideshare mission. Its price was not disclosed on Tuesday.",
    ]
    whole = " ".join(paras)
    chunks = [whole[i : i + 200] for i in range(0, len(whole), 200)]
    dump = ["Test vehicle raises its orbit", "Jane Doe", "2019-11-13T23:06:00+01:00", "500", "250", *chunks]
    page = "\n\n".join(["Test vehicle raises its orbit", *paras, "\n".join(dump)])
    assert _body(page) == tuple(paras)


def test_a_list_the_last_paragraph_introduces_is_body() -> None:
    dates = [
        "June 9 -- Coral Sky Amphitheatre, West Palm Beach, FL",
        "June 10 -- Credit Union Amphitheatre, Tampa, FL",
        "June 14 -- Bank Amphitheatre, Alpharetta, GA",
        "June 17 -- Bridgestone Arena, Nashville, TN",
    ]
    intro = "The band's 50th anniversary tour dates:"
    page = "\n\n".join(
        ["Band sets anniversary tour", *PARAS, intro + "\n" + "\n".join(dates), "Subscribe to our magazine"]
    )
    assert _body(page) == (*PARAS, intro, *dates)


def test_related_coverage_from_a_series_is_a_related_heading() -> None:
    from spaceparse.profiles import default_profile
    from spaceparse.recognisers.furniture import is_related_heading

    assert is_related_heading("Related coverage from How to Do Everything: Money:", default_profile())


def test_a_topic_list_after_the_article_is_no_introduced_list() -> None:
    page = "\n\n".join(
        ["Test vehicle raises its orbit", *PARAS, "Related Topics:\nSmart Phones\nCloud Software\nEnterprise"]
    )
    assert _body(page) == tuple(PARAS)


def test_a_release_contact_block_is_no_introduced_list() -> None:
    contact = "For further information:\nMedia Relations Office\nEmail: media@example.org\nPhone: +1 555 0100"
    page = "\n\n".join(["Test vehicle raises its orbit", *PARAS, contact])
    assert _body(page) == tuple(PARAS)


@pytest.mark.parametrize(
    "text",
    [
        "Você pode gostar...",
        "Ti potrebbe interessare",
        "Ti potrebbero interessarti anche",
        "También te puede interesar",
        "Vous aimerez aussi",
        "Das könnte dich auch interessieren",
        "Dit vind je misschien ook leuk",
    ],
)
def test_you_may_also_like_in_more_languages(text: str) -> None:
    from spaceparse.profiles import default_profile
    from spaceparse.recognisers.furniture import is_related_heading

    assert is_related_heading(text, default_profile())


@pytest.mark.parametrize(
    "tail",
    [
        ["(Reporting by Jane Doe in New York; Editing by John Roe)"],
        ["Associated Press writers Jane Doe and John Roe contributed to this report."],
        ["Email Jane Doe at jdoe@example.com or follow her @janedoe."],
        ["Have a tip? Jane Doe may be reached at jdoe@example.com."],
        ["Sobre Carlos Nadalim", "Carlos Nadalim", "Pai de dois filhos, coordena uma escola em Londrina desde 2010."],
        ["About Jane Doe", "Jane Doe", "Jane has spent twenty years following the launch industry from Florida."],
    ],
)
def test_end_matter_after_the_article_is_not_body(tail: list[str]) -> None:
    page = "\n\n".join(["Test vehicle raises its orbit", *PARAS, *tail])
    assert _body(page) == tuple(PARAS)


@pytest.mark.parametrize(
    "text",
    [
        "No spam, we promise. You can unsubscribe at any time and we'll never share your details.",
        "[ ] I agree that Example Sports can send me the newsletter.",
        "Please check the opt-in box to acknowledge that you would like to subscribe.",
        "You have successfully subscribed. Thank you!",
        "Subscribe No thanks",
    ],
)
def test_sign_up_box_lines_are_boilerplate(text: str) -> None:
    from spaceparse.profiles import default_profile
    from spaceparse.recognisers.furniture import is_boilerplate_text

    assert is_boilerplate_text(text, default_profile())


def test_a_caption_shown_twice_stays_out_of_the_body() -> None:
    caption = "An artist's illustration of a plume of water vapour rising from the moon's south pole."
    page = "\n\n".join(
        [
            "Plumes on the moon are real, study finds",
            "Shares\n" + caption + "\n" + caption + "\n(Image: © NASA/ESA)",
            *PARAS,
        ]
    )
    assert _body(page) == tuple(PARAS)


@pytest.mark.parametrize(
    "text",
    [
        "Indian-origin man pleads guilty to fraud scheme in US NEW YORK: An Indian-origin man has pleaded guilty to theft.",
        "Newly-elected president accepts invitation to visit the capital COLOMBO: The newly elected president has accepted.",
        "Officials report sixth death linked to the virus ST. JOSEPH, Mich. (AP) — Health authorities are reporting a death.",
    ],
)
def test_headline_run_into_its_dateline_is_a_teaser(text: str) -> None:
    from spaceparse.recognisers.prose import is_glued_teaser

    assert is_glued_teaser(text)


@pytest.mark.parametrize(
    "text",
    [
        "NEW DELHI: Their American dream shattered, nearly 150 Indians returned home on Wednesday.",
        "The minister said in a statement to the agency AFP: “We will not accept this outcome.”",
        "The company told reporters on Tuesday that the launch would slip. NASA: The agency agreed.",
    ],
)
def test_datelines_and_quotes_in_prose_are_not_teasers(text: str) -> None:
    from spaceparse.recognisers.prose import is_glued_teaser

    assert not is_glued_teaser(text)


@pytest.mark.parametrize(
    "text",
    [
        "Orbital Courier is a reader-supported publication. Become a member to read without ads. Join Now",
        "Enjoyed this story? Launch Notes is funded by its readers. Consider supporting it on Patreon.",
        "Like this:",
        "Like Loading...",
        "Like this:Like Loading...",
        "Join Rocket Desk Live for coverage of the static fire, with updates from the stand.",
        "Add us as a preferred source on Google",
        "Launch alerts, the latest news from the pad and more!",
        "Submit",
    ],
)
def test_reader_support_pitches_and_widgets_are_boilerplate(text: str) -> None:
    from spaceparse.profiles import default_profile
    from spaceparse.recognisers.furniture import is_boilerplate_text

    assert is_boilerplate_text(text, default_profile())


@pytest.mark.parametrize(
    "text",
    [
        "Slovakia hopes to become a member of the agency before the end of the decade, officials said.",
        "The crew will join the station live on television for coverage of the docking.",
        "I like this approach, the programme manager said.",
    ],
)
def test_prose_near_pitch_words_is_not_boilerplate(text: str) -> None:
    from spaceparse.profiles import default_profile
    from spaceparse.recognisers.furniture import is_boilerplate_text

    assert not is_boilerplate_text(text, default_profile())


@pytest.mark.parametrize(
    "box",
    [
        # the name over a bio that says what they write about (no "writer"/"reporter" in it)
        [
            "Jane Doe",
            "Jane Doe writes about launch vehicles, ground systems and the people who build them.",
            "More by Jane Doe",
        ],
        # lynx: the portrait link, the name with the role, the bio
        [
            "Photo of Jane Doe",
            "Jane Doe Space Reporter",
            "Jane Doe covers commercial launch companies and the agencies that buy their services.",
        ],
    ],
)
def test_an_author_box_after_the_article_is_not_body(box: list[str]) -> None:
    page = "\n\n".join(["Test vehicle raises its orbit", "By Jane Doe", *PARAS, *box])
    assert _body(page) == tuple(PARAS)
