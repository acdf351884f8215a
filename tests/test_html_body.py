"""HTML body extraction: which container holds the article, and how far it reaches.

Each test is one failure class (docs/html.md, "Body: the zone and its reach"), written as a
small page of its own.
"""

from __future__ import annotations

import unicodedata

import spaceparse

_TOPICS = (
    "the launch team",
    "the mission planners",
    "the engine supplier",
    "the ground station crew",
    "the flight director",
    "the payload customer",
    "the range safety officer",
    "the recovery ship",
    "the test stand engineers",
    "the insurance underwriters",
)


def _para(seed: int, sentences: int = 4) -> str:
    """A paragraph of running prose, different for every seed."""
    out = []
    for k in range(sentences):
        who = _TOPICS[(seed + k) % len(_TOPICS)]
        out.append(
            f"In update number {seed * 10 + k}, {who} reported steady progress on the vehicle, "
            f"and the schedule for the next campaign held for another week of careful work."
        )
    return " ".join(out)


def _page(body: str, title: str = "A Long Article") -> str:
    return (
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{title}</title></head>"
        f"<body>{body}</body></html>"
    )


def test_linked_section_headings_of_a_list_article_are_not_teasers() -> None:
    # A list article ("the 10 best ..."): each item's heading links out (to the film, the
    # product), and a long paragraph follows in the same container as every other item.
    items = "".join(
        f"<h3><a href='https://example.org/item-{k}'>{k}) Item number {k}</a></h3><p>{_para(k)}</p>"
        for k in range(1, 9)
    )
    body = f"<article><h1>A Long Article</h1><div class='c-entry-content'><p>{_para(0)}</p>{items}</div></article>"
    a = spaceparse.parse(_page(body), url="https://example.com/list", kind="html")
    for k in range(9):
        assert _para(k) in a.body
    assert "3) Item number 3" in a.body


def test_teaser_cards_after_the_article_stay_out() -> None:
    # The class the teaser rule exists for: linked headings, each with a short summary, in cards.
    cards = "".join(
        f"<div class='card'><h3><a href='/s{k}'>Another story number {k} about rockets</a></h3>"
        f"<p>A short summary of another story that the site wants you to read next, number {k}.</p></div>"
        for k in range(4)
    )
    paras = "".join(f"<p>{_para(k)}</p>" for k in range(4))
    body = f"<article><h1>A Long Article</h1>{paras}</article><section>{cards}</section>"
    a = spaceparse.parse(_page(body), url="https://example.com/a", kind="html")
    assert a.body == tuple(_para(k) for k in range(4))


def test_article_inside_a_blogger_widget_is_walked() -> None:
    # Blogger wraps every section in "widget" boxes, the post too; its text is set with <br>s.
    lines = "<br>".join(_para(k, 2) for k in range(4))
    body = (
        "<header><p class='description'>News and notes from a small team.</p></header>"
        "<div class='widget Blog' id='Blog1'><div class='post hentry'><h3 class='post-title entry-title'>"
        f"A Long Article</h3><div class='post-body entry-content'>{lines}</div></div></div>"
        "<div class='sidebar'><div class='widget BlogArchive'><ul>"
        + "".join(f"<li><a href='/m{k}'>Month {k}</a></li>" for k in range(12))
        + "</ul></div></div>"
    )
    a = spaceparse.parse(_page(body), url="https://example.blogspot.com/post.html", kind="html")
    assert a.body == tuple(_para(k, 2) for k in range(4))


def test_elementor_text_widgets_are_not_sidebar_widgets() -> None:
    # The Elementor page builder wraps every block of the article in "elementor-widget" boxes.
    widgets = "".join(
        "<div class='elementor-element elementor-widget elementor-widget-text-editor'>"
        f"<div class='elementor-widget-container'><p>{_para(k)}</p></div></div>"
        for k in range(5)
    )
    body = f"<h1>A Long Article</h1><div class='elementor-section'>{widgets}</div>"
    a = spaceparse.parse(_page(body), url="https://example.org/about/", kind="html")
    assert a.body == tuple(_para(k) for k in range(5))


def _comments(n: int = 20) -> str:
    """A long comment thread in <p>s: more paragraph text than the article."""
    items = "".join(
        f"<li class='comment'><p>Reader {k} wrote a long reply: {_para(100 + k, 3)}</p></li>" for k in range(n)
    )
    return f"<div id='comments' class='comments-area'><ol class='comment-list'>{items}</ol></div>"


def test_state_class_words_do_not_make_the_article_furniture() -> None:
    # "has-paywall" says what the article has, not what it is.
    paras = "".join(f"<p>{_para(k)}</p>" for k in range(3))
    body = f"<article class='post has-paywall'><h1>A Long Article</h1>{paras}</article>{_comments()}"
    a = spaceparse.parse(_page(body), url="https://example.com/a", kind="html")
    assert a.body == tuple(_para(k) for k in range(3))


def test_bem_body_class_is_content() -> None:
    # BEM names ("article__body") mark the body as well as "article-body" does.
    paras = "".join(f"<p>{_para(k)}</p>" for k in range(3))
    body = f"<h1>A Long Article</h1><div class='article__body paywall-container'>{paras}</div>{_comments()}"
    a = spaceparse.parse(_page(body), url="https://example.com/a", kind="html")
    assert a.body == tuple(_para(k) for k in range(3))


def test_widget_holding_the_body_is_walked_beside_a_long_comment_thread() -> None:
    lines = "<br>".join(_para(k, 2) for k in range(3))
    body = (
        "<div class='widget Blog'><div class='post hentry'><h3 class='post-title'>A Long Article</h3>"
        f"<div class='post-body entry-content'>{lines}</div></div></div>{_comments()}"
    )
    a = spaceparse.parse(_page(body), url="https://example.blogspot.com/p.html", kind="html")
    assert a.body == tuple(_para(k, 2) for k in range(3))


def test_chinese_paragraphs_count_as_prose() -> None:
    # Chinese is written without spaces: a run's words are counted by its letters.
    zh = [
        "今天上午，发射团队在基地完成了最后一次全面检查，各个系统工作正常。",
        "“我们已经准备好了，”总指挥说，“只等天气条件满足要求。”",
        "据介绍，这枚火箭将把三颗试验卫星送入预定轨道，用于新技术验证。",
        "气象部门预计，明天上午风速将明显下降，发射窗口有望按时打开。",
        "此前，该型号火箭已经连续成功发射十二次，可靠性得到了充分验证。",
    ]
    paras = "".join(f"<p>{t}</p>" for t in zh)
    menu = "<div class='menu'>" + "".join(f"<a href='/c{k}'>栏目{k}</a>" for k in range(8)) + "</div>"
    body = f"{menu}<div class='main'><h1>火箭发射准备就绪</h1><div class='detail'>{paras}</div></div>"
    a = spaceparse.parse(_page(body, "火箭发射准备就绪"), url="https://example.cn/a.htm", kind="html")
    assert a.body == tuple(zh)


def test_link_sections_and_labels_after_the_last_paragraph_stay_out() -> None:
    # Inside the article's own container, after its last paragraph: a "more on this" heading
    # with its link list, a tags label with tag links, a "Photo:" label.
    paras = "".join(f"<p>{_para(k)}</p>" for k in range(3))
    tail = (
        "<h3>Weitere Artikel</h3><ul>"
        + "".join(f"<li><a href='/x{k}'>Another headline about rockets number {k}</a></li>" for k in range(4))
        + "</ul><h4>Schlagworte</h4><div><a href='/t/a'>Raumfahrt</a>, <a href='/t/b'>Raketen</a></div>"
        "<p>Titelbild:</p>"
    )
    body = f"<article><h1>A Long Article</h1><div class='entry-content'>{paras}{tail}</div></article>"
    a = spaceparse.parse(_page(body), url="https://example.de/a", kind="html")
    assert a.body == tuple(_para(k) for k in range(3))


def test_closing_sentence_and_fact_list_after_the_last_paragraph_stay_in() -> None:
    paras = "".join(f"<p>{_para(k)}</p>" for k in range(3))
    facts = ["England (Group A): 10th appearance", "Wales (Group E): second appearance"]
    tail = "<h3>Qualified teams</h3><ul>" + "".join(f"<li>{f}</li>" for f in facts) + "</ul><p>See you there!</p>"
    body = f"<article><h1>A Long Article</h1><div class='entry-content'>{paras}{tail}</div></article>"
    a = spaceparse.parse(_page(body), url="https://example.com/a", kind="html")
    assert a.body == (*(_para(k) for k in range(3)), "Qualified teams", *facts, "See you there!")


def test_first_paragraphs_under_a_permalinked_title_are_not_a_teaser() -> None:
    # Blog themes link the post's own title to its permalink; the paragraphs under it are the post.
    paras = "".join(f"<p>{_para(k)}</p>" for k in range(4))
    body = (
        "<div class='post'><h2 class='entry-title'><a href='https://example.net/2011/07/a-long-article/'>"
        f"A Long Article</a></h2><div class='entry'>{paras}</div></div>"
    )
    a = spaceparse.parse(
        _page(body, "A Long Article | Example"), url="https://example.net/2011/07/a-long-article/", kind="html"
    )
    assert a.body == tuple(_para(k) for k in range(4))


def test_a_long_table_in_the_article_does_not_shrink_it_to_one_paragraph() -> None:
    # An open letter and its signatories: the table of names outweighs the letter's other
    # paragraphs, but a single paragraph is never the container.
    names = "".join(f"<tr><td>Signatory Number{k}, Some University</td></tr>" for k in range(150))
    paras = "".join(f"<p>{_para(k)}</p>" for k in range(3))
    body = f"<article><h1>A Long Article</h1><div class='wysiwyg'>{paras}<table>{names}</table></div></article>"
    a = spaceparse.parse(_page(body), url="https://example.org/letter/", kind="html")
    assert a.body == tuple(_para(k) for k in range(3))


def test_a_short_post_without_prose_gives_its_marked_body() -> None:
    # Three short lines of dialogue: no paragraph reads as prose, but the markup says which box
    # is the post's content.
    lines = ["„Ich weiß, ich bin müde und sollte das nicht sagen…“", "– „Dann sag es nicht.“", "– „Ok.“"]
    post = "".join(f"<p>{t}</p>" for t in lines)
    side = "<ul class='sidebar'>" + "".join(f"<li><a href='/c/{k}'>Kategorie {k}</a></li>" for k in range(6)) + "</ul>"
    body = f"<div id='content'><div class='post hentry'><h2 class='posttitle'>Nichts tun</h2>{post}</div></div>{side}"
    a = spaceparse.parse(_page(body, "Nichts tun"), url="https://example.wordpress.com/2013/06/14/nichts/", kind="html")
    assert a.body == tuple(lines)


def test_a_paywalled_snippet_does_not_fall_back_to_a_menu_marked_content() -> None:
    # Little prose (a paywall's first paragraph); the box marked "content" around the menus
    # is a link list, not the article.
    menu = "".join(f"<li><a href='/b{k}'>Brand number {k}</a></li>" for k in range(30))
    snippet = _para(1, 2)
    body = (
        f"<div class='site-content'><ul>{menu}</ul>"
        f"<h1>A Long Article</h1><div class='snippet-body'><p>{snippet}</p></div></div>"
    )
    a = spaceparse.parse(_page(body), url="https://example.com/a", kind="html")
    assert a.body == (snippet,)


def test_chinese_set_with_spaces_between_phrases_counts_as_prose() -> None:
    # Some writers (and Korean) separate phrases with spaces: the letters still make the words.
    zh = [
        "一波波 接續性 低溫寒流報到 已將新竹尖石鄉後山一帶層層山巒披上嫣紅的彩衣",
        "玉峰道路一路上 雲氣山嵐滯留山頭 順路下切蜿蜒道路後不久即抵達營地",
        "美樹美如其名 偌大楓香樹早已呈現金黃 泛紅色彩也是愛攝人仕所喜愛造訪之地",
        "營區內除了露營 民宿 餐飲 賞楓項目 多了許多原木飾品更有畫龍點睛加乘效果",
    ]
    paras = "".join(f"<p>{t}</p>" for t in zh)
    menu = "<div class='menu'>" + "".join(f"<a href='/c{k}'>相關文章 {k}</a>" for k in range(12)) + "</div>"
    body = f"{menu}<div class='wrap'><h2>美樹營地賞楓</h2><div class='text'>{paras}</div></div>"
    a = spaceparse.parse(_page(body, "美樹營地賞楓"), url="https://example.tw/post/1", kind="html")
    assert a.body == tuple(zh)


def test_label_over_an_inline_link_box_stays_out() -> None:
    # Mid-article boxes: a label ("Auch interessant", "Weiterlesen:") over links to other stories.
    box = "<p>Auch interessant</p><p><a href='/other-story'>Eine andere Geschichte über Raketen</a></p>"
    box2 = "<h3>Weiterlesen:</h3><p><a href='/more'>Noch eine andere Geschichte</a></p>"
    paras = [f"<p>{_para(k)}</p>" for k in range(4)]
    inner = paras[0] + paras[1] + box + paras[2] + box2 + paras[3]
    body = f"<article><h1>A Long Article</h1><div class='entry-content'>{inner}</div></article>"
    a = spaceparse.parse(_page(body), url="https://example.de/a", kind="html")
    assert a.body == tuple(_para(k) for k in range(4))


def test_short_items_before_a_link_line_stay_in() -> None:
    # A list of short facts followed by a link line: only a label right above the links goes.
    facts = "".join(f"<li>Fact number {k}</li>" for k in range(4))
    paras = "".join(f"<p>{_para(k)}</p>" for k in range(3))
    inner = f"{paras}<ul>{facts}</ul><p><a href='/source'>Source document</a></p><p>{_para(9)}</p>"
    body = f"<article><h1>A Long Article</h1><div class='entry-content'>{inner}</div></article>"
    a = spaceparse.parse(_page(body), url="https://example.com/a", kind="html")
    assert [f"Fact number {k}" for k in range(4)] == [b for b in a.body if b.startswith("Fact")]


def test_lead_figure_right_above_the_text_box_gives_the_caption() -> None:
    # The text's own box (BEM "article__text") starts below the lead image; no heading matches
    # the title, so the credit rule looks from the zone's start, which takes the figure in.
    paras = "".join(f"<p>{_para(k)}</p>" for k in range(3))
    body = (
        "<article class='article'><h2>Kicker Something else entirely</h2>"
        "<figure><img src='/lead.jpg'><figcaption>The launch pad at dawn. (Foto: Example Agency)</figcaption></figure>"
        f"<div class='article__text'>{paras}</div></article>"
    )
    a = spaceparse.parse(_page(body, "Quite a different title"), url="https://example.de/a", kind="html")
    assert a.image_caption == "The launch pad at dawn."
    assert a.body == tuple(_para(k) for k in range(3))


def test_a_lone_linked_title_in_a_big_box_is_the_post_not_a_teaser() -> None:
    # The post's title links to its permalink but does not match the markup title (a blog
    # whose <title> is the blog's name): alone in a big box, it does not open a teaser card.
    short = ["It snowed again this morning.", "So we cooked something warm for lunch today."]
    paras = "".join(f"<p>{t}</p>" for t in short) + "".join(f"<p>{_para(k)}</p>" for k in range(5))
    body = (
        "<h1>My Kitchen Blog</h1><div class='post'>"
        "<h2><a href='/2010/12/warm-lunch.htm'>Warm lunch</a></h2>"
        f"<p class='meta'>8 December 2010 · Recipes · 6 comments</p>{paras}</div>"
    )
    a = spaceparse.parse(_page(body, "My Kitchen Blog"), url="https://example.de/2010/12/warm-lunch.htm", kind="html")
    assert all(t in a.body for t in short)


def test_sentences_whose_names_are_links_stay_in() -> None:
    # People and companies linked to their pages: most of the sentence is link text, but it is
    # a sentence with words of its own, not a link line.
    linked = (
        "<a href='/p/anna-example'>Anna Example</a> replaced <a href='/p/bob-sample'>Bob Sample</a>"
        " as head of press at <a href='/c/rocket-works'>Rocket Works International</a> last week."
    )
    text = "Anna Example replaced Bob Sample as head of press at Rocket Works International last week."
    paras = "".join(f"<p>{_para(k)}</p>" for k in range(3))
    body = f"<article><h1>A Long Article</h1><div class='entry-content'>{paras}<p>{linked}</p><p>{_para(5)}</p></div></article>"
    a = spaceparse.parse(_page(body), url="https://example.com/a", kind="html")
    assert text in a.body


def test_a_small_box_after_the_text_box_is_an_appendix() -> None:
    # The article's paragraphs sit in their own box; after it, inside the same container, a
    # short pitch box ("get our app", "support us") with a sentence or two.
    paras = "".join(f"<p>{_para(k)}</p>" for k in range(5))
    pitch = (
        "<div class='app-section'><p>Get the latest news straight to your phone with our app, free of charge.</p></div>"
    )
    body = (
        f"<article><h1>A Long Article</h1><div class='content'><div class='text'>{paras}</div>{pitch}</div></article>"
    )
    a = spaceparse.parse(_page(body), url="https://example.com/a", kind="html")
    assert a.body == tuple(_para(k) for k in range(5))


def test_sections_after_the_first_one_are_not_an_appendix() -> None:
    # A long article split into sections (Medium's, a CMS's blocks): later sections hold less
    # prose than the first, but more than a pitch.
    first = "".join(f"<p>{_para(k)}</p>" for k in range(12))
    later = "".join(f"<section><p>{_para(20 + k)}</p></section>" for k in range(2))
    body = f"<article><h1>A Long Article</h1><div class='post'><section>{first}</section>{later}</div></article>"
    a = spaceparse.parse(_page(body), url="https://example.com/a", kind="html")
    assert a.body[-2:] == (_para(20), _para(21))


def test_a_related_list_outweighing_a_short_article_stays_related() -> None:
    # A short post followed, inside its own box, by a related-posts plugin whose teasers hold
    # more text than the post: the list is still related stories, not the article.
    post = "".join(f"<p>{_para(k, 2)}</p>" for k in range(2))
    items = "".join(f"<li><a href='/r{k}'>Another post {k}</a> {_para(40 + k, 2)}</li>" for k in range(4))
    body = (
        f"<div class='post'><h1>A Long Article</h1><div class='entry'>{post}"
        f"<h3 class='related_post_title'>More on this topic</h3><ul class='related_post'>{items}</ul></div></div>"
    )
    a = spaceparse.parse(_page(body), url="https://example.de/2012/08/a/", kind="html")
    assert a.body == tuple(_para(k, 2) for k in range(2))


def _lead_page(intro: str, byline_after: bool = False) -> str:
    paras = "".join(f"<p>{_para(k)}</p>" for k in range(4))
    by = "<div class='meta'>By Anna Example</div>"
    head = "<h1>A Long Article</h1><div class='date'>19.10.2019 11:36</div>"
    return _page(
        f"<article>{head}{'' if byline_after else by}<div class='intro-wrap'><p>{intro}</p></div>"
        f"{by if byline_after else ''}<div class='article-body'>{paras}</div></article>"
    )


def test_a_lead_paragraph_above_the_text_box_is_body() -> None:
    # A CMS's intro field: two sentences between the byline and the text's own box.
    intro = (
        "Two young drivers wrecked their sports cars in one night on the motorway. Both escaped with light injuries."
    )
    a = spaceparse.parse(_lead_page(intro), url="https://example.ch/a", kind="html")
    assert a.body == (intro, *(_para(k) for k in range(4)))


def test_a_lead_paragraph_is_body_when_the_headline_sits_in_a_breadcrumb() -> None:
    # The page's h1 is the breadcrumb's last item (furniture): no headline block to start from,
    # so the lead is looked for in the container's own box.
    intro = (
        "Two young drivers wrecked their sports cars in one night on the motorway. Both escaped with light injuries."
    )
    paras = "".join(f"<p>{_para(k)}</p>" for k in range(4))
    crumbs = "<nav class='breadcrumb'><a href='/'>Home</a> <a href='/cars'>Cars</a> <h1>A Long Article</h1></nav>"
    page = _page(
        f"{crumbs}<p class='site-claim'>The cars site. Read it every day, and tell your friends about it too.</p>"
        f"<div class='wrap'><div class='intro-wrap'><p>{intro}</p></div><div class='article-body'>{paras}</div></div>"
    )
    a = spaceparse.parse(page, url="https://example.ch/a", kind="html")
    assert a.body == (intro, *(_para(k) for k in range(4)))


def test_a_one_sentence_standfirst_or_one_above_the_byline_is_not_body() -> None:
    dek = "Two young drivers wrecked their sports cars in one night, and both escaped unhurt."
    a = spaceparse.parse(_lead_page(dek), url="https://example.ch/a", kind="html")
    assert a.body == tuple(_para(k) for k in range(4))
    two = "Two young drivers wrecked their sports cars in one night on the motorway. Both escaped with light injuries."
    b = spaceparse.parse(_lead_page(two, byline_after=True), url="https://example.ch/a", kind="html")
    assert b.body == tuple(_para(k) for k in range(4))


def test_every_item_of_a_list_article_stays_once_one_has_a_long_paragraph() -> None:
    # Items whose paragraph is as short as a teaser's summary are still the list's items.
    items = "".join(
        f"<h3><a href='https://example.org/game-{k}'>Game number {k} ($30)</a></h3><p>{_para(k, 4 if k < 3 else 2)}</p>"
        for k in range(6)
    )
    body = f"<article><h1>A Long Article</h1><div class='canvas-body'><p>{_para(9)}</p>{items}</div></article>"
    a = spaceparse.parse(_page(body), url="https://example.com/best-games", kind="html")
    assert all(_para(k, 4 if k < 3 else 2) in a.body for k in range(6))


def test_linked_section_headings_among_plain_ones_are_not_teasers() -> None:
    # Two of seven section headings link out: the box is an article with sections.
    linked = (2, 4)
    sections = "".join(
        (f"<h3><a href='/x{k}'>Section {k}</a></h3>" if k in linked else f"<h3>Section {k}</h3>")
        + f"<p>{_para(k, 2)}</p>"
        for k in range(7)
    )
    body = f"<article><h1>A Long Article</h1><div class='body'><p>{_para(9)}</p>{sections}</div></article>"
    a = spaceparse.parse(_page(body), url="https://example.com/a", kind="html")
    assert all(_para(k, 2) in a.body for k in linked) and "Section 2" in a.body


def test_an_article_split_by_a_carousel_keeps_both_sections() -> None:
    # The CMS repeats its text component (same tag and classes) before and after a carousel.
    cls = "text large-7 column"
    first = "".join(f"<p>{_para(k)}</p>" for k in range(3))
    second = "".join(f"<p>{_para(10 + k)}</p>" for k in range(2))
    carousel = (
        "<div class='carousel'>"
        + "".join(
            f"<div class='slide'><div>Route number {k}</div><div>River and lake country</div><div>Stage {k} of 60</div></div>"
            for k in range(60)
        )
        + "</div>"
    )
    body = (
        f"<div class='content-wrapper'><h1>A Long Article</h1><div class='row'><div class='{cls}'>{first}</div></div>"
        f"{carousel}<div class='row'><div class='{cls}'>{second}</div></div></div>"
    )
    a = spaceparse.parse(_page(body), url="https://example.at/a", kind="html")
    assert a.body == (*(_para(k) for k in range(3)), *(_para(10 + k) for k in range(2)))


def test_the_header_lines_above_the_text_box_are_not_body_but_the_byline_is_read() -> None:
    # Inside the container, above the box holding the text: a subtitle, a byline set in two
    # runs ("von" / names), a publication line. Not body; the byline rule still reads the names.
    paras = "".join(f"<p>{_para(k)}</p>" for k in range(4))
    body = (
        "<article class='post-content'><h1>A Long Article</h1><div>von</div><div>Daniel Beispiel, Eva Muster</div>"
        "<h2>A subtitle that is not a sentence</h2><div>Publikation: 04.05.2021</div>"
        f"<div class='text'>{paras}</div></article>"
    )
    a = spaceparse.parse(_page(body), url="https://example.de/a", kind="html")
    assert a.body == tuple(_para(k) for k in range(4))
    assert a.authors == ("Daniel Beispiel", "Eva Muster")


def test_a_post_that_is_a_digest_of_links_keeps_its_links() -> None:
    # A blog post of links with a note each: no prose, but the box marked as the post's body.
    items = "".join(
        f"<p><a href='https://news.example/{k}'>Headline number {k} of the day</a></p><p>Worth a read today</p>"
        for k in range(6)
    )
    side = (
        "<div class='widget'><ul>"
        + "".join(f"<li><a href='/c{k}'>Category {k}</a></li>" for k in range(8))
        + "</ul></div>"
    )
    body = f"<article class='post'><h1>Links 01/23</h1><div class='entry-content'>{items}</div></article>{side}"
    a = spaceparse.parse(_page(body, "Links 01/23"), url="https://example.wordpress.com/2020/01/23/links/", kind="html")
    assert "Headline number 3 of the day" in a.body and "Worth a read today" in a.body
    assert "Category 2" not in a.body


def test_print_layout_class_words_are_not_share_buttons() -> None:
    # "print-full" / "print-only" say how a box prints, not that it is a print button.
    paras = "".join(f"<p>{_para(k)}</p>" for k in range(2))
    recipe = "<ul>" + "".join(f"<li>{k * 50} g of ingredient number {k}</li>" for k in range(1, 6)) + "</ul>"
    comments = "".join(f"<p>Reader {k}: {_para(60 + k, 3)}</p>" for k in range(8))
    body = (
        f"<h1>A Long Article</h1><div class='col-sm-6 print-full'>{paras}{recipe}</div>"
        f"<div class='reader-notes'>{comments}</div>"
    )
    a = spaceparse.parse(_page(body), url="https://example.de/rezept/a", kind="html")
    assert "50 g of ingredient number 1" in a.body


def test_pager_inside_a_longer_word_is_not_a_pager() -> None:
    # "pager" as a word (blog-pager) is navigation; inside "homepageregion" it is not.
    paras = "".join(f"<p>{_para(k)}</p>" for k in range(3))
    body = f"<h1>A Long Article</h1><section class='homepageregion'>{paras}</section>{_comments()}"
    a = spaceparse.parse(_page(body), url="https://example.de/a", kind="html")
    assert a.body == tuple(_para(k) for k in range(3))


def test_unclosed_named_anchors_do_not_make_sections_links() -> None:
    # Old hand-written docs: each heading opens <a name="..."> and never closes it; the parser
    # reopens the anchor in every block after it, so all the text sat "inside a link".
    sections = "".join(
        f"<h2><a name='s{k}'>Part {k} of the guide</h2><blockquote><p>{_para(k)}</p>"
        f"<p>cd to the directory number {k} and unpack it</p></blockquote>"
        for k in range(4)
    )
    toc = "<ul>" + "".join(f"<li><a href='#s{k}'>Part {k} of the guide</a></li>" for k in range(4)) + "</ul>"
    a = spaceparse.parse(_page(f"<h1>A Long Article</h1>{toc}{sections}"), url="https://example.com/doc", kind="html")
    for k in range(4):
        assert _para(k) in a.body
        assert f"cd to the directory number {k} and unpack it" in a.body


def test_body_text_is_nfc_like_the_rest() -> None:
    # Bengali YYA (U+09DF) decomposes under NFC: the page's own bytes are not normalised.
    word = "\u0995\u09c1\u09b7\u09cd\u099f\u09bf\u09df\u09be"
    paras = "".join(f"<p>{word} {_para(k)}</p>" for k in range(3))
    a = spaceparse.parse(_page(f"<article><h1>A Long Article</h1>{paras}</article>"), kind="html")
    assert a.body and all(unicodedata.is_normalized("NFC", p) for p in a.body)
    assert a.body[0].startswith(unicodedata.normalize("NFC", word))


def test_an_article_rendered_by_a_script_is_read_from_its_noscript_copy() -> None:
    # Blogger's newer themes: the post sits in a <script type="text/template"> that scripts
    # render, and in <noscript> for readers without scripts. Nothing else on the page is text.
    paras = "".join(f"<p>{_para(k)}</p>" for k in range(3))
    body = (
        "<div class='post'><h2 class='title'><a href='/2020/05/a.html'>A Long Article</a></h2>"
        f"<div class='post-body'><div class='post-content' itemprop='articleBody'>"
        f"<script type='text/template'>{paras}</script><noscript>{paras}</noscript></div></div></div>"
        "<noscript><img src='/pixel.gif'></noscript><noscript><p>Please turn on scripts.</p></noscript>"
    )
    a = spaceparse.parse(_page(body), url="https://blog.example.com/2020/05/a.html", kind="html")
    assert a.body == tuple(_para(k) for k in range(3))


def test_noscript_text_is_not_read_beside_an_article_scripts_do_not_hide() -> None:
    paras = "".join(f"<p>{_para(k)}</p>" for k in range(3))
    body = f"<article><h1>A Long Article</h1>{paras}<noscript><p>Please turn on scripts to comment here.</p></noscript></article>"
    a = spaceparse.parse(_page(body), url="https://example.com/a", kind="html")
    assert a.body == tuple(_para(k) for k in range(3))


def test_forum_posts_under_headings_linking_to_their_own_anchor_are_not_teasers() -> None:
    # phpBB: every post opens with a heading linked to the post's anchor ("#p3"), then its
    # text set with <br>s in a div. A link into the page is not another story's headline.
    posts = "".join(
        f"<div id='p{k}' class='post has-profile'><div class='inner'><dl class='postprofile'><dt>"
        f"<a href='/u{k}'>user{k}</a></dt><dd>Posts: {k * 13}</dd></dl><div class='postbody'>"
        f"<h3><a href='#p{k}'>Re: Firmware question</a></h3><p class='author'>by user{k} » Mon Oct 12, 2019</p>"
        f"<div class='content'>Thanks for answer number {k}, the firmware broke the store over mobile data on my "
        f"phone too.<br><br>I changed nothing in the settings myself before reply {k}.<br>Any ideas?</div>"
        f"<div class='signature'>My phone {k}, my tablet {k}</div></div></div></div>"
        for k in range(5)
    )
    page = _page(f"<div id='wrap'><h2 class='topic-title'><a href='/t1'>Firmware question</a></h2>{posts}</div>")
    a = spaceparse.parse(page, url="https://forum.example.com/t1", kind="html")
    for k in range(5):
        assert any(f"Thanks for answer number {k}," in b for b in a.body)
        assert f"I changed nothing in the settings myself before reply {k}." in a.body


def _wiki_page(heading: str, n: int = 6) -> str:
    """An encyclopedia article: a lead, then ``n`` sections of several paragraphs each."""
    secs = "".join(
        heading.format(s=s) + "".join(f"<p>{_para(s * 4 + k, 1)}</p>" for k in range(3)) for s in range(1, n)
    )
    menu = "<div class='vector-main-menu'><ul>" + "".join(f"<li><a href='/p{k}'>Portal {k}</a></li>" for k in range(60))
    return _page(
        f"{menu}</ul></div><div id='content' class='mw-body' role='main'><h1>Thing</h1><div class='mw-parser-output'>"
        f"<p>{_para(0, 3)}</p>{secs}</div></div>",
        "Thing",
    )


def test_encyclopedia_sections_with_edit_links_in_the_heading_are_all_kept() -> None:
    # The edit links make the heading mostly link text; they are not one story's headline.
    heading = (
        "<h2><span class='mw-headline' id='H{s}'>Abschnitt {s}</span><span class='mw-editsection'>[<a "
        "href='/w/index.php?action=edit&section={s}'>Bearbeiten</a> | <a href='/w/index.php?veaction=editsource"
        "&section={s}'>Quelltext bearbeiten</a>]</span></h2>"
    )
    a = spaceparse.parse(_wiki_page(heading), url="https://de.example.org/wiki/Ding", kind="html")
    for s in range(1, 6):
        for k in range(3):
            assert _para(s * 4 + k, 1) in a.body
        assert any(b.startswith(f"Abschnitt {s}") for b in a.body)


def test_section_headings_beside_their_edit_link_are_kept() -> None:
    # Newer wiki markup: the heading and its "[edit]" link side by side in a heading box.
    heading = (
        "<div class='mw-heading mw-heading2'><h2 id='H{s}'>Heading {s}</h2><span class='mw-editsection'>[<a "
        "href='/w/index.php?action=edit&section={s}'>edit</a>]</span></div>"
    )
    a = spaceparse.parse(_wiki_page(heading), url="https://en.example.org/wiki/Thing", kind="html")
    for s in range(1, 6):
        assert f"Heading {s}" in a.body
        assert _para(s * 4, 1) in a.body


def test_accordion_headings_toggled_by_a_script_are_not_teasers() -> None:
    # FAQ-style sections: each heading is wrapped in a script's toggle (no link target).
    items = "".join(
        f"<div class='panel'><a role='button' data-toggle='collapse'><h3>Question {k}</h3></a>"
        f"<div class='panel-body'><p>{_para(k, 2)}</p></div></div>"
        for k in range(6)
    )
    page = _page(f"<article><h1>A Long Article</h1><p>{_para(9)}</p><div class='faq'>{items}</div></article>")
    a = spaceparse.parse(page, kind="html")
    assert a.body[0] == _para(9)
    for k in range(6):
        assert _para(k, 2) in a.body


def test_a_docs_page_keeps_the_code_and_list_that_end_it() -> None:
    # Sphinx: the last section ends in a code block and a list whose items are <li><p>.
    secs = "".join(
        f"<section id='s{s}'><h2>Configure part {s}</h2><p>{_para(s, 2)}</p>"
        f"<div class='highlight'><pre>tool.configure(part={s}, verbose=True)</pre></div>"
        f"<ul class='simple'><li><p><code>opt{s}a</code> – sets the first option of part {s}</p></li>"
        f"<li><p><code>opt{s}b</code> – sets the second option of part {s}</p></li></ul></section>"
        for s in range(3)
    )
    page = _page(
        f"<div role='main' class='document'><div itemprop='articleBody'><h1>Configuration</h1>{secs}</div></div>"
    )
    a = spaceparse.parse(page, url="https://tool.example.io/en/latest/config.html", kind="html")
    for s in range(3):
        assert f"Configure part {s}" in a.body
        assert f"tool.configure(part={s}, verbose=True)" in a.body
        assert f"opt{s}b – sets the second option of part {s}" in a.body


def test_a_forum_thread_whose_posts_are_marked_as_comments_is_read() -> None:
    # Nothing but the thread on the page, every post classed as a comment.
    posts = "".join(
        f"<div class='ForumComment'><div class='CommentInfo'><span>user{k}</span><span>28.09.19</span></div>"
        f"<div class='CommentText'>{_para(k, 2)}<br>And one more line about the app store, reply {k}.</div></div>"
        for k in range(4)
    )
    form = "<form class='comment-form'><p>You must log in to take part in a discussion here, friend.</p></form>"
    page = _page(f"<main><h2 class='Title'>No app store over mobile data</h2>{posts}<h2>Comment</h2>{form}</main>")
    a = spaceparse.parse(page, url="https://forum.example.de/discussion/1.html", kind="html")
    for k in range(4):
        assert _para(k, 2) in a.body
    assert not any("log in" in b for b in a.body)


def test_a_post_with_comments_keeps_the_comments_out() -> None:
    comments = "".join(
        f"<li class='comment'><div class='comment-body'><p>{_para(20 + k, 2)}</p></div></li>" for k in range(4)
    )
    page = _page(
        f"<article><h1>A Long Article</h1><div class='entry-content'><p>{_para(0, 2)}</p></div></article>"
        f"<div id='comments'><ol class='commentlist'>{comments}</ol></div>"
    )
    a = spaceparse.parse(page, url="https://blog.example.com/a/", kind="html")
    assert a.body == (_para(0, 2),)


def test_filing_citation_licence_and_support_lines_after_the_text_stay_out() -> None:
    tail = (
        "<p>This entry was posted on Monday, March 2nd, 2020 at 10:15 and is filed under Space News.</p>"
        "<p>Suggested citation: Doe, Jane: A Long Article, Example Blog, 2020/3/02.</p>"
        "<p>Dieser Text wurde veröffentlicht unter der Lizenz CC-BY-NC-ND-4.0-DE.</p>"
        "<p>If you enjoyed reading this post, would you consider supporting our work with a donation?</p>"
        "<p>Klicken Sie auf den unteren Button, um den Inhalt von maps.example.com zu laden.</p>"
        "<p>Was this article helpful?</p><p>*Werbung. Dieser Beitrag enthält Werbung für eine Marke.</p>"
    )
    paras = "".join(f"<p>{_para(k)}</p>" for k in range(3))
    toc = "<p>Inhaltsverzeichnis</p><ul><li><a href='#a'>Erstens</a></li><li><a href='#b'>Zweitens</a></li></ul>"
    a = spaceparse.parse(_page(f"<article><h1>A Long Article</h1>{toc}{paras}{tail}</article>"), kind="html")
    assert a.body == tuple(_para(k) for k in range(3))


def test_a_figure_label_set_right_after_its_image_is_a_caption_not_body() -> None:
    # Plain markup: the image, a <br>, then "Abbildung 4: ..." in the same paragraph.
    fig = (
        "<p><img src='/img/layer.jpg'><br><em>Abbildung 4: klassische Schwachschicht, deutlich zu sehen.</em></p>"
        "<div class='imginline'><img src='/img/map.png'><span>Figure 5: the snow depth on the glacier.</span></div>"
    )
    paras = [f"<p>{_para(k)}</p>" for k in range(4)]
    body = "".join(paras[:2]) + fig + "".join(paras[2:])
    a = spaceparse.parse(_page(f"<article><h1>A Long Article</h1>{body}</article>"), kind="html")
    assert a.body == tuple(_para(k) for k in range(4))
    # A paragraph opening the same way, with no image before it, is text.
    text = "<p>Figure 5: the snow depth on the glacier, as the team measured it over the winter.</p>"
    b = spaceparse.parse(_page(f"<article><h1>A Long Article</h1>{''.join(paras)}{text}</article>"), kind="html")
    assert "Figure 5: the snow depth on the glacier, as the team measured it over the winter." in b.body


def _menu(n: int = 40) -> str:
    return (
        "<div class='sphinxsidebar'><ul>"
        + "".join(f"<li><a href='/p{k}'>Page {k}</a></li>" for k in range(n))
        + "</ul></div>"
    )


def test_docs_sections_of_code_and_lists_after_a_prose_section_are_kept() -> None:
    # The first section holds all the prose; the later ones are a line, a code block and a
    # list: the container must not stop at the first section.
    first = "<div class='section' id='intro'><h2>Introduction</h2>" + "".join(f"<p>{_para(k)}</p>" for k in range(5))
    rest = "".join(
        f"<div class='section' id='s{s}'><h2>Example {s}</h2><p>Run this:</p><pre>$ tool run --example {s}</pre>"
        f"<ul><li>flag -a{s} enables mode {s}</li><li>flag -b{s} disables mode {s}</li></ul></div>"
        for s in range(4)
    )
    page = _page(f"{_menu()}<div class='body' role='main'><h1>Tool guide</h1>{first}</div>{rest}</div>", "Tool guide")
    a = spaceparse.parse(page, url="https://tool.example.org/guide.html", kind="html")
    for s in range(4):
        assert f"Example {s}" in a.body
        assert f"$ tool run --example {s}" in a.body
        assert f"flag -b{s} disables mode {s}" in a.body


def test_short_sections_after_a_long_first_section_are_not_an_appendix() -> None:
    secs = "".join(
        f"<h2>Heading {s}</h2><section class='mf-section-{s}'><p>Short fact {s} about the thing that is worth "
        f"a line here.</p><ul><li>Item {s}a of a list</li><li>Item {s}b of a list</li></ul></section>"
        for s in range(1, 5)
    )
    lead = "".join(f"<p>{_para(k)}</p>" for k in range(5))
    page = _page(
        f"{_menu()}<main class='mw-body'><h1>Thing</h1><div class='mw-parser-output'>"
        f"<section class='mf-section-0'>{lead}</section>{secs}</div></main>",
        "Thing",
    )
    a = spaceparse.parse(page, url="https://example.org/wiki/Thing", kind="html")
    for s in range(1, 5):
        assert f"Heading {s}" in a.body
        assert f"Item {s}b of a list" in a.body


def test_text_wrapped_with_single_br_in_mid_sentence_is_one_paragraph() -> None:
    # Hand-made pages wrap their text with a <br> every few words; a double <br> ends the paragraph.
    paras = [_para(k, 3) for k in range(3)]

    def wrapped(p: str) -> str:
        w = p.split()
        return "<br>\n".join(" ".join(w[i : i + 8]) for i in range(0, len(w), 8))

    text = "<br><br>".join(wrapped(p) for p in paras)
    page = _page(f"<h1>A Long Article</h1><div class='text'>{text}</div><div class='foot'>Home<br>Contact</div>")
    a = spaceparse.parse(page, url="https://example.org/a.html", kind="html")
    for p in paras:
        assert p in a.body
