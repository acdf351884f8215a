"""Topic tags (``Article.tags``) and section labels (``Article.categories``) from HTML markup.

Each test is one general class: where pages store their tags (meta tags, JSON-LD, tag
links under the article), and what a tag is not (a site's SEO list, a CMS code, a tag
cloud, a count).
"""

from __future__ import annotations

import spaceparse
from spaceparse.profiles import default_profile
from spaceparse.recognisers.labels import clean_label, keyed_labels, label_values, strip_counts, title_words

PARAS = [
    "The first paragraph of the article is long enough to count as running prose for the extractor here.",
    "A second paragraph continues the story with more detail, quotes and numbers that readers care about.",
    "The third paragraph closes the article with what happens next and when the next milestone is due.",
]
PS = "".join(f"<p>{p}</p>" for p in PARAS)
URL = "https://www.example.com/2026/11/23/rocket-reaches-orbit/"


def _parse(body: str, head: str = "", url: str = URL) -> spaceparse.Article:
    page = f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>{head}</head><body>{body}</body></html>"
    return spaceparse.parse(page, url=url, kind="html")


def _article(after: str = "", before: str = "") -> str:
    return f"{before}<article><h1>Rocket reaches orbit</h1><div class='entry-content'>{PS}</div>{after}</article>"


def _ld(fields: str) -> str:
    return f'<script type="application/ld+json">{{"@type": "NewsArticle", "headline": "Rocket reaches orbit", {fields}}}</script>'


# -- tags stored in the head ---------------------------------------------------------------


def test_article_tag_meta_gives_tags_and_section_gives_categories() -> None:
    head = (
        "<meta property='article:section' content='Science'>"
        "<meta property='article:tag' content='Mars'><meta property='article:tag' content='NASA'>"
    )
    a = _parse(_article(), head)
    assert a.categories == ("Science",)
    assert a.tags == ("Mars", "NASA")


def test_json_ld_keywords_as_a_string_or_a_list() -> None:
    assert _parse(_article(), _ld('"keywords": "Mars, Perseverance,NASA"')).tags == ("Mars", "Perseverance", "NASA")
    assert _parse(_article(), _ld('"keywords": ["Mars", "NASA", "mars"]')).tags == ("Mars", "NASA")


def test_a_tag_that_is_also_the_section_is_not_repeated() -> None:
    head = "<meta property='article:section' content='Launch'><meta property='article:tag' content='launch'>"
    head += "<meta property='article:tag' content='Falcon 9'>"
    a = _parse(_article(), head)
    assert (a.categories, a.tags) == (("Launch",), ("Falcon 9",))


def test_keywords_meta_is_the_last_resort() -> None:
    head = "<meta name='keywords' content='rockets, orbit, launch'>"
    assert _parse(_article(), head).tags == ("rockets", "orbit", "launch")
    # Another source names the article's tags: the site-wide keywords list is not added.
    assert _parse(_article(), head + "<meta name='news_keywords' content='Electron'>").tags == ("Electron",)


def test_keywords_meta_that_is_the_sites_list_or_the_headlines_words_is_not_tags() -> None:
    many = ", ".join(f"topic {i}" for i in range(40))
    assert _parse(_article(), f"<meta name='keywords' content='{many}'>").tags == ()
    head = "<title>Rocket reaches orbit on first flight</title><meta name='keywords' content='rocket, reaches, orbit, flight'>"
    assert _parse(_article(), head).tags == ()


def test_cms_codes_are_not_tags() -> None:
    head = _ld('"keywords": ["Mars", "type_news", "page type: article", "nlp category: general", "#Rover"]')
    assert _parse(_article(), head).tags == ("Mars", "Rover")


# -- tags shown under the article ----------------------------------------------------------


def test_rel_tag_links_are_the_tags() -> None:
    tags = "<footer class='entry-footer'><span class='tags-links'>Tagged <a href='/tag/mars/' rel='tag'>Mars</a>, "
    tags += "<a href='/tag/rover/' rel='tag'>Rover</a></span></footer>"
    a = _parse(_article(after=tags))
    assert a.tags == ("Mars", "Rover")
    assert not any("Tagged" in p for p in a.body)


def test_posted_in_and_tagged_in_one_line() -> None:
    # WordPress's classic themes: one sentence holds the category and the tags.
    line = (
        "<div class='entry-utility'>This entry was posted in <a href='/category/space/' rel='category tag'>Space</a> "
        "and tagged <a href='/tag/mars/' rel='tag'>Mars</a>, <a href='/tag/nasa/' rel='tag'>NASA</a>. "
        "Bookmark the <a href='/p/1/' rel='bookmark'>permalink</a>.</div>"
    )
    a = _parse(_article(after=line))
    assert (a.categories, a.tags) == (("Space",), ("Mars", "NASA"))


def test_links_of_a_tag_list_without_rel() -> None:
    tags = "<div class='article__tags'><a href='/t/mars'>Mars</a><a href='/t/esa'>ESA</a></div>"
    assert _parse(_article(after=tags)).tags == ("Mars", "ESA")
    tags = "<ul class='post-tag-list'><li><a href='/t/mars'>Mars</a></li><li><a href='/t/esa'>ESA</a></li></ul>"
    assert _parse(_article(after=tags)).tags == ("Mars", "ESA")


def test_tag_cloud_sidebar_and_menu_are_not_the_articles_tags() -> None:
    cloud = "<div class='widget widget_tag_cloud'><div class='tagcloud'>"
    cloud += "".join(f"<a href='/tag/t{i}/' class='tag-cloud-link'>Topic {i}</a>" for i in range(8)) + "</div></div>"
    side = "<aside><ul><li><a href='/tag/moon/' rel='tag'>Moon</a></li></ul></aside>"
    menu = "<nav><ul class='tags'><li><a href='/tag/sun/'>Sun</a></li></ul></nav>"
    assert _parse(_article() + cloud + side + menu).tags == ()


def test_counts_after_tags_are_dropped() -> None:
    tags = "<ul class='tags'>" + "".join(
        f"<li><a href='/t/{n}'><span>{n}</span> <span class='count'>{c}</span></a></li>"
        for n, c in (("Kirche", 3922), ("Missbrauch", 1278), ("Oberfranken", 12))
    )
    assert _parse(_article(after=tags + "</ul>")).tags == ("Kirche", "Missbrauch", "Oberfranken")


def test_a_footers_trending_tags_are_not_the_articles() -> None:
    own = "<div class='tags'><a href='/t/mars'>Mars</a> <a href='/t/esa'>ESA</a></div>"
    trending = "<footer class='site-footer'><div class='tags'><a href='/t/a'>Elections</a> <a href='/t/b'>Climate</a></div></footer>"
    assert _parse(_article(after=own) + "<div class='more'>" + PS + "</div>" + trending).tags == ("Mars", "ESA")


def test_a_paragraph_that_links_a_tag_stays_in_the_body() -> None:
    para = (
        "<p>The agency, which has flown more missions to <a href='/tag/mars/' rel='tag'>Mars</a> than anyone, said the "
        "rover would be ready in time for the launch window that opens in the autumn of next year.</p>"
    )
    a = _parse(f"<article><h1>Rocket reaches orbit</h1><div class='entry-content'>{PS}{para}</div></article>")
    assert any(p.startswith("The agency, which has flown") for p in a.body)


# -- the recognisers -----------------------------------------------------------------------


def test_clean_label() -> None:
    assert clean_label("#Mars") == "Mars"
    assert clean_label("Politics (12)") == "Politics"
    assert clean_label("“Geckobar”") == "Geckobar"
    for junk in ("https://example.com/tag/x", "type_news", "language: english", "Home", "", "…", "x" * 100):
        assert clean_label(junk) is None, junk
    assert clean_label("Example", frozenset({"example"})) is None  # the site's own name
    assert clean_label("The rover landed safely on the plain.") is None  # a sentence
    assert clean_label("Space 2025") == "Space 2025"


def test_label_values_and_counts() -> None:
    assert label_values("a, b,c") == ["a", " b", "c"]
    assert label_values("a; b") == ["a", " b"]
    assert label_values("Stock Car") == ["Stock Car"]
    assert strip_counts(["Gaza398", "Hamas 420"]) == ["Gaza", "Hamas"]
    assert strip_counts(["Windows 10", "Windows 11"]) == ["Windows 10", "Windows 11"]
    assert strip_counts(["Space 2025", "Launch"]) == ["Space 2025", "Launch"]
    assert title_words(["mueren", "seis", "personas", "incendio"], "Mueren seis personas en un incendio")
    assert not title_words(["Mars", "NASA", "rover", "JPL"], "Rover lands on Mars")


# -- labels written out in text ------------------------------------------------------------

TEXT_BODY = "\n\n".join(PARAS)


def _text(after: str, before: str = "") -> spaceparse.Article:
    page = f"Example News\n\n{before}Rocket Reaches Orbit On Its First Flight\n\n{TEXT_BODY}\n\n{after}\n"
    return spaceparse.parse(page, kind="text")


def test_keyed_labels_forms() -> None:
    p = default_profile()
    assert keyed_labels("TAGS: ann wilson, drama, Music", p) == [("tags", ("ann wilson", "drama", "Music"))]
    assert keyed_labels("TAG:CVS Health, Healthcare", p) == [("tags", ("CVS Health", "Healthcare"))]
    assert keyed_labels("Filed under 2020 Election", p) == [("categories", ("2020 Election",))]
    assert keyed_labels("Topics: Study Japanese / Tweet of the Week", p) == [
        ("tags", ("Study Japanese", "Tweet of the Week"))
    ]
    # Several keyed lists in one meta line, and headings glued to their lists.
    assert keyed_labels(
        "Veröffentlicht: 05.01.2020 | Abgelegt unter: Fotografie | Tags: Abendhimmel, Silhouette", p
    ) == [
        ("categories", ("Fotografie",)),
        ("tags", ("Abendhimmel", "Silhouette")),
    ]
    assert keyed_labels("KategorienPrivat, Sport Schlagwörterdunkel, Laufen", p) == [
        ("categories", ("Privat", "Sport")),
        ("tags", ("dunkel", "Laufen")),
    ]
    # WordPress's sentences, in English and German.
    assert keyed_labels(
        "This entry was posted in Hertha BSC and tagged Michael Preetz. Bookmark the permalink.", p
    ) == [
        ("categories", ("Hertha BSC",)),
        ("tags", ("Michael Preetz",)),
    ]
    assert keyed_labels(
        "Dieser Beitrag wurde unter Allgemein abgelegt und mit Abzocke, Bankster verschlagwortet.", p
    ) == [
        ("categories", ("Allgemein",)),
        ("tags", ("Abzocke", "Bankster")),
    ]
    assert keyed_labels("Kategorien: Essen und Trinken, Länder, und Sri Lanka.", p) == [
        ("categories", ("Essen und Trinken", "Länder", "Sri Lanka"))
    ]
    # A heading whose labels are on the lines below.
    assert keyed_labels("Tags", p) == [("tags", ())]
    assert keyed_labels("Themen", p) == []  # a site's menu too, unless the caller knows better
    assert keyed_labels("Themen", p, headings=True) == [("tags", ())]


def test_key_words_in_prose_are_no_labels() -> None:
    p = default_profile()
    assert keyed_labels("Fans of Heart fall into one of two categories: those who dig the band", p) == []
    assert keyed_labels("The photo was posted in March by the team of the mission.", p) == []
    assert keyed_labels("Themen des Artikels", p) == []
    assert keyed_labels("Categories: Hardware (22), Software (12), Web (5)", p) == []  # a widget's counts


def test_tags_line_after_a_text_article() -> None:
    a = _text("Tags: Mars, Perseverance, NASA\nShare\nCopy link")
    assert a.tags == ("Mars", "Perseverance", "NASA")
    assert not any(p.startswith("Tags") for p in a.body)


def test_tags_under_a_heading_one_per_line() -> None:
    assert _text("Tags:\n\n  * partisan polarization\n  * political science\n  * books").tags == (
        "partisan polarization",
        "political science",
        "books",
    )


def test_wordpress_sentence_in_text_gives_category_and_tags() -> None:
    a = _text("This entry was posted in Space and tagged Mars, NASA. Bookmark the permalink.")
    assert (a.categories, a.tags) == (("Space",), ("Mars", "NASA"))


def test_plain_tags_line_in_html_without_tag_links() -> None:
    a = _parse(_article(after="<p class='meta'>Tags: <a href='/t/mars'>Mars</a>, <a href='/t/esa'>ESA</a></p>"))
    assert a.tags == ("Mars", "ESA")


def test_layout_words_above_the_article_do_not_hide_its_tags() -> None:
    # "one-sidebar" names the page's layout around the article, not a sidebar widget.
    tags = "<footer class='entry-meta'><p>Tags: <a href='/tag/mars/' rel='tag'>Mars</a></p></footer>"
    page = f"<div class='one-sidebar main'><div class='content'>{_article(after=tags)}</div></div>"
    assert _parse(page).tags == ("Mars",)


def test_share_bar_links_and_list_controls_are_no_tags() -> None:
    share = "<div class='post-share-tags'><a href='https://twitter.com/x'>Twitter</a> <a href='https://facebook.com/x'>Facebook</a></div>"
    tags = "<ul class='tags'><li><a href='/t/mars'>Mars</a></li><li><a href='/t/all'>More</a></li></ul>"
    assert _parse(_article(after=tags + share)).tags == ("Mars",)


def test_json_ld_about_names_the_topics_when_nothing_else_does() -> None:
    about = '"about": [{"@type": "Thing", "name": "Mars"}, {"@type": "Place", "name": "Jezero Crater"}]'
    assert _parse(_article(), _ld(about)).tags == ("Mars", "Jezero Crater")


def test_a_key_line_of_multi_word_tags_run_together_is_split() -> None:
    from spaceparse.profiles import default_profile
    from spaceparse.recognisers.labels import keyed_labels

    line = "Tags: Lunar LandersCargo DeliverySouth PoleSpaceX"
    assert keyed_labels(line, default_profile()) == [
        ("tags", ("Lunar Landers", "Cargo Delivery", "South Pole", "SpaceX"))
    ]
    # two words run together are not enough to tell a glued list from one name
    assert keyed_labels("Tags: YouTube Live", default_profile()) == [("tags", ("YouTube Live",))]


def test_tag_headings_in_more_languages_head_the_labels_below() -> None:
    p = default_profile()
    assert keyed_labels("Subjects", p) == [("tags", ())]
    assert keyed_labels("Mehr lesen über", p) == [("tags", ())]
    assert keyed_labels("関連キーワード", p) == [("tags", ())]
    assert keyed_labels("Thema: Raumfahrt", p) == [("tags", ("Raumfahrt",))]
    assert keyed_labels("Thema", p, headings=True) == []  # a common word alone: only with its colon
    a = _text("Mehr lesen über\n\nRaumfahrt\nMars\n\nNewsletter abonnieren und nichts verpassen, jeden Tag neu.")
    assert a.tags == ("Raumfahrt", "Mars")


def test_related_topics_heading_above_the_headline() -> None:
    a = _text("", before="Related topics\nMars\nPerseverance\n\n")
    assert a.tags == ("Mars", "Perseverance")


def test_tags_line_inside_the_related_block_is_the_articles() -> None:
    after = "Related\n\nThis entry was posted in Space, Mars. Bookmark the permalink.\n\nA rover finds water ice"
    assert _text(after).categories == ("Space", "Mars")


def test_counts_after_tags_under_a_heading_are_dropped() -> None:
    a = _text("Schlagwörter\n  * Raumfahrt 1204\n  * Mars 77\n  * Sonde 12")
    assert a.tags == ("Raumfahrt", "Mars", "Sonde")


def test_index_links_and_single_letters_are_no_labels() -> None:
    assert clean_label("A-Z") is None
    assert clean_label("[x]") is None
    assert clean_label("A") is None
    assert clean_label("EU") == "EU"


def test_section_label_over_a_button_and_a_kicker_over_the_headline() -> None:
    assert _text("", before="Science\n(BUTTON) Evidence Based\n").categories == ("Science",)
    assert _text("", before="CLIMATE CRISIS\n").categories == ("CLIMATE CRISIS",)


def test_german_wordpress_getaggt_and_a_count_glued_to_the_last_tag() -> None:
    p = default_profile()
    assert keyed_labels("Abgelegt unter Aktuelles und mit Mars, ESA getaggt | Hinterlasse einen Kommentar", p) == [
        ("categories", ("Aktuelles",)),
        ("tags", ("Mars", "ESA")),
    ]
    assert keyed_labels("Abgelegt unter: Raumfahrt | Tags: Mars, Sonde |5 Kommentare", p) == [
        ("categories", ("Raumfahrt",)),
        ("tags", ("Mars", "Sonde")),
    ]
