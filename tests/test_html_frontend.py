"""HTML front end: decoding, hostile markup, lazy images, AMP, metadata precedence."""

from __future__ import annotations

import spaceparse
from spaceparse.frontends import html

PARAS = [
    "The first paragraph of the article is long enough to count as running prose for the extractor here.",
    "A second paragraph continues the story with more detail, quotes and numbers that readers care about.",
    "The third paragraph closes the article with what happens next and when the next milestone is due.",
]


def _page(body: str, head: str = "", lang: str = "en") -> str:
    return f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'>{head}</head><body>{body}</body></html>"


def _article(extra: str = "") -> str:
    ps = "".join(f"<p>{p}</p>" for p in PARAS)
    return f"<article><h1>Rocket Reaches Orbit</h1>{extra}<div class='entry-content'>{ps}</div></article>"


def test_basic_fields() -> None:
    head = "<title>Rocket Reaches Orbit | Example News</title><meta property='og:site_name' content='Example News'>"
    a = spaceparse.parse(_page(_article(), head), url="https://example.com/a")
    assert a.headline == "Rocket Reaches Orbit"
    assert a.body == tuple(PARAS)
    assert a.site == "Example News"
    assert a.language == "en"


def test_latin1_declared() -> None:
    text = _page(_article().replace("first", "fïrst"), "<meta charset='iso-8859-1'>").replace(
        "<meta charset='utf-8'>", ""
    )
    a = spaceparse.parse(text.encode("latin-1"), url="https://example.com/a")
    assert a.body[0].startswith("The fïrst paragraph")


def test_latin1_page_that_claims_utf8() -> None:
    text = _page(_article().replace("first", "café"))
    a = spaceparse.parse(text.encode("latin-1"), url="https://example.com/a")
    assert a.body[0].startswith("The café paragraph")


def test_broken_nesting_and_mismatched_headings() -> None:
    ps = "".join(f"<p>{p}" for p in PARAS)  # unclosed <p>
    page = _page(f"<div><h2>Rocket Reaches Orbit</h3><div class='entry-content'><b><i>{ps}</b></i></div>")
    a = spaceparse.parse(page, url="https://example.com/a", kind="html")
    assert a.body[-3:] == tuple(PARAS)


def test_scripts_styles_templates_comments_are_not_text() -> None:
    junk = "<script>var x = 'evil text';</script><style>p{color:red}</style><template><p>templated</p></template><!-- a comment -->"
    a = spaceparse.parse(_page(_article(junk)), url="https://example.com/a")
    assert a.body == tuple(PARAS)
    assert "evil" not in a.text and "templated" not in a.text and "comment" not in a.text


def test_lazy_image_is_lead_image() -> None:
    img = "<figure><img src='data:image/gif;base64,R0lGOD' data-src='/img/lead.jpg'><figcaption>Liftoff. Image: NASA</figcaption></figure>"
    a = spaceparse.parse(_page(_article(img)), url="https://example.com/news/a")
    assert a.image_url == "https://example.com/img/lead.jpg"
    assert a.image_credit == "NASA"
    assert a.image_caption == "Liftoff."
    assert "Liftoff." not in a.body


def test_amp_page() -> None:
    head = "<link rel='canonical' href='https://example.com/a'>"
    img = "<amp-img src='https://cdn.example.com/a.jpg' width='1200' height='800' layout='responsive'></amp-img>"
    a = spaceparse.parse(_page(_article(img), head).replace("<html", "<html amp"), url="https://example.com/amp/a")
    assert a.url == "https://example.com/a"
    assert a.image_url == "https://cdn.example.com/a.jpg"
    assert a.body == tuple(PARAS)


def test_json_ld_and_meta() -> None:
    ld = (
        '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",'
        '"headline":"Rocket Reaches Orbit","datePublished":"2026-01-02T10:00:00Z","author":[{"@type":"Person","name":"Ann Lee"}],'
        '"publisher":{"@type":"Organization","name":"Example News"},"articleSection":"Launch",'
        '"image":{"@type":"ImageObject","url":"https://example.com/i.jpg","creditText":"ESA"}}</script>'
    )
    a = spaceparse.parse(_page(_article(), ld), url="https://example.com/a")
    assert a.authors == ("Ann Lee",)
    assert str(a.published) == "2026-01-02"
    assert a.categories == ("Launch",)
    assert a.site == "Example News"
    assert a.image_url == "https://example.com/i.jpg"
    assert a.image_credit == "ESA"


def test_furniture_is_dropped() -> None:
    nav = "<nav><ul><li><a href='/'>Home</a></li><li><a href='/news'>News</a></li></ul></nav>"
    foot = "<footer><p>Copyright 2026 Example News. All rights reserved.</p></footer>"
    share = "<div class='share-bar'><a href='#'>Facebook</a> <a href='#'>X</a></div>"
    a = spaceparse.parse(_page(nav + _article(share) + foot), url="https://example.com/a")
    assert a.body == tuple(PARAS)


def test_blockify_marks_main_and_headline() -> None:
    doc = html.blockify(_page(_article()), url="https://example.com/a")
    kinds = {b.text: b.hints for b in doc.blocks}
    assert "headline" in kinds["Rocket Reaches Orbit"]
    assert all("main" in kinds[p] for p in PARAS)


def test_fast_class_word_regex_matches_the_vocabulary() -> None:
    import random
    import re

    from spaceparse.frontends import _html_content as c

    reference = re.compile("|".join(f"(?P<{k}>{v})" for k, v in c.FLAG_WORDS.items()))
    words = [
        "nav",
        "main-nav",
        "navbar",
        "sub-nav",
        "navigation",
        "ad",
        "ads",
        "ad-slot",
        "head-ad",
        "header",
        "time",
        "timeline",
        "date",
        "update",
        "post-date",
        "tags",
        "stage",
        "category-links",
        "post-categories",
        "bio",
        "biography",
        "intro",
        "introduction",
        "content",
        "entry-content",
        "contents",
        "article",
        "articles",
        "print",
        "printer",
        "rail",
        "trail",
        "hidden",
        "d-none",
        "dek",
        "deck",
        "subheadline",
        "copyright",
    ]
    rnd = random.Random(3)
    alphabet = "abdeginoprst-_"
    glued = [rnd.choice(words)[rnd.randint(0, 3) :] + rnd.choice("-_x") + rnd.choice(words) for _ in range(3000)]
    noise = ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(1, 12))) for _ in range(3000)]
    tokens = words + glued + noise
    for t in tokens:
        want = [(m.lastgroup, m.span()) for m in reference.finditer(t)]
        assert [(m.lastgroup, m.span()) for m in c._FLAG_RE.finditer(t)] == want, t
        assert (c._FLAG_ANY.search(t) is not None) or not want, t


def test_fast_clean_is_clean_line() -> None:
    import random
    import unicodedata

    from spaceparse.frontends._html_dom import _clean
    from spaceparse.normalize import clean_line

    rnd = random.Random(5)
    chars = [chr(i) for i in range(0x2100)] + ["\u3000", "\ufeff", "\u205f", "\u202f", "\u2028"]
    for _ in range(20000):
        n = rnd.randint(0, 10)
        s = "".join(rnd.choice(chars) if rnd.random() < 0.3 else rnd.choice("ab \n\t") for _ in range(n))
        assert _clean(s) == unicodedata.normalize("NFC", clean_line(s)), repr(s)


def _with_figure_after_first_paragraph(lead: str) -> str:
    fig = "<figure><img src='/img/inline.jpg'><figcaption>The recovery team at the landing site.</figcaption></figure>"
    ps = [f"<p>{p}</p>" for p in PARAS]
    body = ps[0] + fig + "".join(ps[1:])
    return f"<article><h1>Rocket Reaches Orbit</h1>{lead}<div class='entry-content'>{body}</div></article>"


def test_in_body_figure_caption_is_not_the_lead_images() -> None:
    thumb = "<div class='post-thumbnail'><img src='/img/lead.jpg'></div>"
    a = spaceparse.parse(_page(_with_figure_after_first_paragraph(thumb)), url="https://example.com/a")
    assert a.image_url == "https://example.com/img/lead.jpg"
    assert a.image_caption is None
    assert "The recovery team at the landing site." not in a.body
    assert a.body == tuple(PARAS)


def test_first_figure_after_the_first_paragraph_is_the_lead_image() -> None:
    # No image above the text: the first figure in the text is the lead image, caption and all.
    a = spaceparse.parse(_page(_with_figure_after_first_paragraph("")), url="https://example.com/a")
    assert a.image_url == "https://example.com/img/inline.jpg"
    assert a.image_caption == "The recovery team at the landing site."


def test_byline_avatar_is_not_the_lead_image() -> None:
    byline = "<div class='byline'><img src='/avatars/jane.jpg'> By Jane Doe</div>"
    fig = "<figure><img src='/img/lead.jpg'><figcaption>Liftoff. Image: NASA</figcaption></figure>"
    a = spaceparse.parse(_page(_article(byline + fig)), url="https://example.com/a")
    assert a.image_url == "https://example.com/img/lead.jpg"
    assert a.image_caption == "Liftoff."


def test_related_items_under_an_unmarked_heading_keep_their_links() -> None:
    # <h3> inside <a>, in a section that only a heading says is related (no class words).
    items = "".join(f"<li><a href='/news/{i}'><h3>Another story about launch number {i}</h3></a></li>" for i in (1, 2))
    more = f"<section data-component='onward'><h2>More on this story</h2><ul>{items}</ul></section>"
    a = spaceparse.parse(_page(_article() + more), url="https://example.com/a")
    assert [r.headline for r in a.related] == [
        "Another story about launch number 1",
        "Another story about launch number 2",
    ]
    assert [r.url for r in a.related] == ["https://example.com/news/1", "https://example.com/news/2"]


def test_minified_doctype_is_html() -> None:
    # Minifiers drop the space: "<!doctypehtml><html dir=ltr lang=en>..." is still HTML.
    from spaceparse.api import sniff_kind

    assert sniff_kind("<!doctypehtml><html dir=ltr lang=en><head><meta charset=utf-8>") == "html"
    assert sniff_kind("<!DOCTYPE html><html>") == "html"
    assert sniff_kind("A line of text\n<not a tag> here\n") == "text"
