"""HTML lead image caption and credit: which figure is the lead's, and how its caption and
credit are told apart in markup (small inline pages, one per class)."""

from __future__ import annotations

import spaceparse

URL = "https://example.com/news/a"
PARAS = [
    "The first paragraph of the article is long enough to count as running prose for the extractor here.",
    "A second paragraph continues the story with more detail, quotes and numbers that readers care about.",
    "The third paragraph closes the article with what happens next and when the next milestone is due.",
    "A fourth paragraph adds background on the programme, its budget and the people who run it today.",
]


def _page(figure: str, *, before: int = 0, top: str = "") -> str:
    """An article with ``figure`` after ``before`` paragraphs (``top`` between headline and text)."""
    ps = [f"<p>{p}</p>" for p in PARAS]
    body = "".join(ps[:before]) + figure + "".join(ps[before:])
    return (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Rocket Reaches Orbit</title></head>"
        f"<body><article><h1>Rocket Reaches Orbit</h1>{top}<div class='entry-content'>{body}</div></article>"
        "</body></html>"
    )


def _parse(html: str) -> spaceparse.Article:
    return spaceparse.parse(html, url=URL)


def test_lead_figure_after_the_text_has_begun_is_still_the_lead() -> None:
    # The article's first image stands after three paragraphs: its caption is the lead caption.
    fig = (
        "<figure><img src='/img/a.jpg'><figcaption><span class='caption-text'>The crew after landing.</span>"
        "<span class='photo-credit'>Jane Roe/AP</span></figcaption></figure>"
    )
    a = _parse(_page(fig, before=3))
    assert (a.image_caption, a.image_credit) == ("The crew after landing.", "Jane Roe/AP")
    assert a.body == tuple(PARAS)


def test_credit_deep_in_the_figcaption_belongs_to_the_lead() -> None:
    # Caption and credit blocks nested five levels under the figure that holds the image.
    fig = (
        "<figure><div><img src='/img/a.jpg'></div><figcaption><div class='desc'><h2>The pad at dawn.</h2>"
        "<div class='desc__author'><span class='desc__author-single'>Reuters</span></div></div>"
        "</figcaption></figure>"
    )
    a = _parse(_page(fig, before=3))
    assert (a.image_caption, a.image_credit) == ("The pad at dawn.", "Reuters")


def test_byline_portrait_named_by_alt_is_not_the_lead_image() -> None:
    # The author's portrait (alt = the author's name) comes first; the figure below is the lead.
    top = "<div class='meta-box'><img src='/people/jd.jpg' alt='Jane Doe'> <span>Jane Doe</span></div>"
    head_authors = "<meta name='author' content='Jane Doe'>"
    fig = "<figure><img src='/img/a.jpg'><figcaption>The stage after separation.</figcaption></figure>"
    html = _page(fig, before=2, top=top).replace("<title>", head_authors + "<title>")
    a = _parse(html)
    assert a.image_url == "https://example.com/img/a.jpg"
    assert a.image_caption == "The stage after separation."


def test_icon_files_are_not_the_lead_image() -> None:
    top = "<div class='tools'><img src='/assets/images/twitter.png'><img src='/assets/logo-small.svg'></div>"
    fig = "<figure><img src='/img/launch-2026.jpg'><figcaption>Liftoff at 9:02. Photo: NASA</figcaption></figure>"
    a = _parse(_page(fig, before=2, top=top))
    assert a.image_url == "https://example.com/img/launch-2026.jpg"
    assert (a.image_caption, a.image_credit) == ("Liftoff at 9:02.", "NASA")


def test_caption_buttons_are_neither_caption_nor_credit() -> None:
    fig = (
        "<figure><img src='/img/a.jpg'><div class='credit-caption'><p class='caption'>Smoke over the city on "
        "Tuesday. Jane Roe/Getty Images hide caption</p><div class='toggle'>toggle caption</div>"
        "<div class='credit'>Jane Roe/Getty Images</div></div></figure>"
    )
    a = _parse(_page(fig))
    assert (a.image_caption, a.image_credit) == ("Smoke over the city on Tuesday.", "Jane Roe/Getty Images")


def test_bare_credit_line_under_the_caption() -> None:
    # A figure's second line, a name without a prefix, is the credit; both stay out of the body.
    fig = (
        "<figure><img src='/img/a.jpg'><figcaption><p>The police officer was detained with his family</p>"
        "<p>Pella News</p></figcaption></figure>"
    )
    a = _parse(_page(fig))
    assert (a.image_caption, a.image_credit) == ("The police officer was detained with his family", "Pella News")
    assert a.body == tuple(PARAS)


def test_credit_span_glued_to_the_caption() -> None:
    # Two inline spans with no space between them (class names say nothing).
    fig = (
        "<figure><img src='/img/a.jpg'><figcaption><span class='x1'>A cold can slow you down for days.</span>"
        "<span class='x2'>Getty Images</span></figcaption></figure>"
    )
    a = _parse(_page(fig))
    assert (a.image_caption, a.image_credit) == ("A cold can slow you down for days.", "Getty Images")


def test_rights_notice_after_the_credit_is_dropped() -> None:
    fig = (
        "<figure><img src='/img/a.jpg'><figcaption>Thousands rallied in the capital on Monday.</figcaption>"
        "<div class='credit'>Jane Roe/Copyright 2024 The AP. All rights reserved.</div></figure>"
    )
    a = _parse(_page(fig))
    assert a.image_credit == "Jane Roe"


def test_credit_holders_set_apart_by_a_pipe_are_listed() -> None:
    fig = "<figure><img src='/img/a.jpg'><figcaption>The minister. Foto: picture alliance/dpa | Jane Roe</figcaption></figure>"
    a = _parse(_page(fig))
    assert (a.image_caption, a.image_credit) == ("The minister.", "picture alliance/dpa; Jane Roe")


def test_unmarked_caption_above_a_credit_line_in_the_lead_box() -> None:
    # The image's box: the image, then a caption in a heading and "Photo: X" (no class words).
    fig = (
        "<div class='imgbox'><div><img src='/img/drill.jpg'></div>"
        "<h1>Marines take part in the opening ceremony of the annual joint exercises, yesterday.</h1>"
        "<p>Photo: AFP</p></div>"
    )
    a = _parse(_page(fig, before=3))
    assert a.image_caption == "Marines take part in the opening ceremony of the annual joint exercises, yesterday."
    assert a.image_credit == "AFP"
    assert a.body == tuple(PARAS)


def test_a_line_above_the_lead_image_is_not_its_caption() -> None:
    # A dek set above the image in the same box, then the credit under the image.
    fig = (
        "<figure><h2>The company has spent years untangling its platform and now hands part of it to a "
        "partner.</h2><div class='image'><img src='/img/cto.jpg'></div><div>Credit: Example Corp</div></figure>"
    )
    a = _parse(_page(fig))
    assert a.image_credit == "Example Corp"
    assert a.image_caption is None


def test_a_player_caption_before_the_lead_figure_is_not_the_lead_caption() -> None:
    # A video player's figcaption ("Powered by") stands first; the lead image's figure names its own.
    player = "<figure class='player'><div class='video'></div><figcaption>Powered by</figcaption></figure>"
    fig = (
        "<figure><img src='/img/court.jpg'><figcaption><p>The court rejected the order on Friday. "
        "<cite>AP Photo/Jane Roe</cite></p></figcaption></figure>"
    )
    a = _parse(_page(fig, before=2, top=player))
    assert a.image_caption == "The court rejected the order on Friday."
    assert a.image_credit == "AP Photo/Jane Roe"


def test_a_date_line_classed_as_caption_is_not_the_caption() -> None:
    fig = (
        "<div class='article-caption'><div class='meta'>16.05.2024, 11:26 Uhr • Lesezeit: 5 Minuten</div>"
        "<figure><img src='/img/a.jpg'><figcaption>Ready for the fight: the two champions. © Jane Roe/dpa"
        "</figcaption></figure></div>"
    )
    a = _parse(_page(fig))
    assert (a.image_caption, a.image_credit) == ("Ready for the fight: the two champions.", "Jane Roe/dpa")


def test_hero_figure_above_the_headline_is_the_lead() -> None:
    hero = (
        "<figure><img src='/img/hero.jpg'><figcaption>The gutted remains of the two buildings. "
        "Photograph: Jane Roe/Reuters</figcaption></figure>"
    )
    html = _page("").replace("<article><h1>", f"<header>{hero}</header><article><h1>")
    a = _parse(html)
    assert a.image_url == "https://example.com/img/hero.jpg"
    assert (a.image_caption, a.image_credit) == ("The gutted remains of the two buildings.", "Jane Roe/Reuters")


def test_figure_inside_a_lightbox_button_is_read() -> None:
    # A button wrapping the figure (click to enlarge): its image and caption are shown.
    fig = (
        "<button class='lightbox'><div><img src='/img/a.jpg'></div><figcaption><span class='title'>"
        "He is led into a courtroom</span><cite>(Image: Jane Roe via Getty Images)</cite></figcaption></button>"
    )
    a = _parse(_page(fig, before=1))
    assert (a.image_caption, a.image_credit) == ("He is led into a courtroom", "Jane Roe via Getty Images")
    assert a.body == tuple(PARAS)


def test_a_video_play_button_is_still_skipped() -> None:
    play = "<button aria-label='Play video'><picture><img src='/img/poster.jpg'></picture>00:49</button>"
    a = _parse(_page(play, before=1))
    assert a.image_caption is None
    assert a.body == tuple(PARAS)


def _with_head(head: str, figure: str = "", before: int = 0) -> str:
    return _page(figure, before=before).replace("<title>", head + "<title>")


def test_json_ld_caption_that_is_a_credit_is_the_credit() -> None:
    ld = (
        '<script type=\'application/ld+json\'>{"@type":"NewsArticle","headline":"Rocket Reaches Orbit",'
        '"image":{"@type":"ImageObject","url":"https://example.com/i.jpg","caption":"Picture: iStock"}}</script>'
    )
    a = _parse(_with_head(ld))
    assert (a.image_caption, a.image_credit) == (None, "iStock")


def test_json_ld_credit_is_read_like_the_pages() -> None:
    ld = (
        '<script type=\'application/ld+json\'>{"@type":"NewsArticle","headline":"Rocket Reaches Orbit",'
        '"image":{"@type":"ImageObject","url":"https://example.com/i.jpg","creditText":"Foto: picture alliance/dpa | Jane Roe"}}'
        "</script>"
    )
    a = _parse(_with_head(ld))
    assert a.image_credit == "picture alliance/dpa; Jane Roe"


def test_credit_stated_in_the_lead_images_alt_text() -> None:
    # No caption on the page: the alt text names the credit after a prefix.
    fig = "<div class='media'><img src='/img/meteorite.jpg' alt='A meteorite lies in the garden © NDR Foto: Jane Roe'></div>"
    a = _parse(_page(fig))
    assert a.image_credit == "Jane Roe"
    assert a.image_caption is None


def test_alt_text_without_a_credit_marker_gives_no_credit() -> None:
    fig = "<div class='media'><img src='/img/meteorite.jpg' alt='A meteorite lies in the garden. Jane Roe'></div>"
    a = _parse(_page(fig))
    assert a.image_credit is None


def test_stock_library_credit_alone_in_a_figcaption() -> None:
    fig = "<figure><img src='/img/a.jpg'><figcaption>cristianstorto - stock.adobe.com</figcaption></figure>"
    a = _parse(_page(fig))
    assert (a.image_caption, a.image_credit) == (None, "cristianstorto - stock.adobe.com")


def test_a_credits_second_holder_in_its_own_span() -> None:
    # "Photo by X" in the credit span, then " /" and the distributor in a span of its own.
    fig = (
        "<figure><img src='/img/a.jpg'><figcaption><span class='credit'>Photo by ipopba</span> /"
        "<span class='distributor'>Getty Images/iStockphoto</span></figcaption></figure>"
    )
    a = _parse(_page(fig))
    assert (a.image_caption, a.image_credit) == (None, "ipopba; Getty Images/iStockphoto")


def test_credit_markup_with_two_prefixes_or_a_label() -> None:
    fig = (
        "<figure><img src='/img/a.jpg'><figcaption><p>The coupe still wears its camouflage.</p>"
        "<p class='credit'>© Foto: Skoda</p></figcaption></figure>"
    )
    assert _parse(_page(fig)).image_credit == "Skoda"
    fig = (
        "<figure><img src='/img/a.jpg'><figcaption>The tanker under watch. (Quelle: IMAGO/U.S. Navy / X/imago)"
        "</figcaption></figure>"
    )
    assert _parse(_page(fig)).image_credit == "IMAGO/U.S. Navy / X/imago"
    fig = "<figure><img src='/img/a.jpg'><figcaption><span class='credit'>Credit Jane Roe</span></figcaption></figure>"
    assert _parse(_page(fig)).image_credit == "Jane Roe"


def test_a_video_players_poster_is_not_the_lead_image() -> None:
    player = (
        "<div class='featured-video'><div class='video-player'><picture><img src='/v/poster.jpg' "
        "alt='Why the threat is growing'></picture></div><figcaption>Why the threat is growing</figcaption></div>"
    )
    fig = (
        "<figure><img src='/img/a.jpg'><figcaption>Two residents were arrested by the FBI on Monday. "
        "(Jane Roe/AP)</figcaption></figure>"
    )
    a = _parse(_page(fig, before=2, top=player))
    assert (a.image_caption, a.image_credit) == ("Two residents were arrested by the FBI on Monday.", "Jane Roe/AP")


def test_above_the_image_only_a_figcaption_is_its_caption() -> None:
    # A header box classed as a caption holds the dek above the image and the figcaption under it.
    top = (
        "<div class='caption-box'><h2>The premier noted the poll but said the status quo is not an option "
        "for the country.</h2><div class='img'><img src='/img/a.jpg'></div><figcaption>The premier at his office. "
        "Foto: Jane Roe</figcaption></div>"
    )
    a = _parse(_page("", top=top))
    assert (a.image_caption, a.image_credit) == ("The premier at his office.", "Jane Roe")


def test_author_portrait_named_in_an_encoded_file_name() -> None:
    # "André Oliver Klein" by the file name "Andr%C3%A9_Klein_43.png": first and last name, accents folded.
    head = "<meta name='author' content='André Oliver Klein'>"
    top = "<div class='meta'><img src='/people/x/Andr%C3%A9_Klein_43.png'><div>Redakteur</div></div>"
    fig = (
        "<figure><img src='/img/race.jpg'><figcaption>The winner of the road race. Foto: Jane Roe</figcaption></figure>"
    )
    html = _page(fig, before=1, top=top).replace("<title>", head + "<title>")
    a = _parse(html)
    assert a.image_url == "https://example.com/img/race.jpg"
    assert (a.image_caption, a.image_credit) == ("The winner of the road race.", "Jane Roe")


def test_a_credit_split_into_pieces_by_its_spans() -> None:
    fig = (
        "<figure><img src='/img/a.jpg'><figcaption><span class='credit'>(</span><span class='credit'>Image:"
        "</span><span class='credit'>Jane Roe via Getty Images)</span></figcaption></figure>"
    )
    a = _parse(_page(fig))
    assert (a.image_caption, a.image_credit) == (None, "Jane Roe via Getty Images")
    fig = (
        "<figure><img src='/img/a.jpg'><figcaption><span class='caption'>Photo:</span>"
        "<span class='caption'>Jane Roe/Instagram</span></figcaption></figure>"
    )
    a = _parse(_page(fig))
    assert (a.image_caption, a.image_credit) == (None, "Jane Roe/Instagram")


def test_a_credit_label_alone_in_any_language_is_no_credit() -> None:
    # "Фото" (a prefix word, no colon) between the caption and the credit.
    fig = (
        "<figure><img src='/img/a.jpg'><figcaption><div>A look from the set of the new film.</div>"
        "<div>Фото</div><div class='credit'>@jane.roe</div></figcaption></figure>"
    )
    a = _parse(_page(fig))
    assert (a.image_caption, a.image_credit) == ("A look from the set of the new film.", "@jane.roe")
    # Glued to the caption by its span, the label is dropped from it.
    fig = fig.replace("<div>A", "<span>A").replace("film.</div><div>Фото</div>", "film.</span><span>Фото</span>")
    a = _parse(_page(fig))
    assert (a.image_caption, a.image_credit) == ("A look from the set of the new film.", "@jane.roe")


def test_figure_right_above_the_text_container_is_the_lead_without_a_marked_headline() -> None:
    # No <h1> in the page's blocks (a headline in furniture, or none): the figure set just
    # above the article's text box is still the lead, not the next figure inside the box.
    first = (
        "<figure><img src='/img/lead.jpg'><figcaption><p class='caption'>The first stage on the pad.</p>"
        "<p class='copy'>(Foto: Pool via AFP)</p></figcaption></figure>"
    )
    second = (
        "<figure><img src='/img/b.jpg'><figcaption><p class='caption'>The crew at dawn.</p>"
        "<p class='copy'>(Foto: REUTERS)</p></figcaption></figure>"
    )
    ps = [f"<p>{p}</p>" for p in PARAS]
    page = (
        "<!DOCTYPE html><html><head><title>Rocket</title></head><body><main>"
        f"{first}<div class='article__text'>{''.join(ps[:2])}{second}{''.join(ps[2:])}</div></main></body></html>"
    )
    a = _parse(page)
    assert (a.image_caption, a.image_credit) == ("The first stage on the pad.", "Pool via AFP")


def test_a_bare_name_on_the_image_above_its_caption_is_the_credit() -> None:
    # <img><span>Name</span> then <figcaption>: the name set on the image is its credit.
    paras = "".join(
        f"<p>Paragraph {i} of the article runs long enough to read as prose in the body of the story.</p>"
        for i in range(4)
    )
    page = (
        "<html><body><article><h1>Rover to hunt for ice</h1><figure><div>"
        "<img src='https://img.example.com/rover.jpg' alt='A rover'><span role='text'>Airbus</span></div>"
        "<figcaption>Engineers test the rover's wheels on simulated soil</figcaption></figure>"
        f"{paras}</article></body></html>"
    )
    a = spaceparse.parse(page, kind="html")
    assert a.image_credit == "Airbus"
    assert a.image_caption == "Engineers test the rover's wheels on simulated soil"
    assert "Airbus" not in a.body
    # A gallery button in the same place is no credit.
    b = spaceparse.parse(page.replace(">Airbus<", ">View 6 Images<"), kind="html")
    assert b.image_credit is None
