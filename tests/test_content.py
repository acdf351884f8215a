"""The structured body (Article.content) and its Markdown and HTML outputs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import spaceparse
from spaceparse.elements import (
    Code,
    Embed,
    Figure,
    Heading,
    ListBlock,
    ListItem,
    Paragraph,
    Quote,
    Span,
    Table,
    content_texts,
    element_from_dict,
)

from .conftest import FIXTURES

markdown_it = pytest.importorskip("markdown_it")

LOREM = (
    "The agency said the spacecraft had completed its final round of thermal vacuum testing at the "
    "facility in Ohio, clearing the way for shipment to the launch site later this year."
)

PAGE = f"""<!doctype html><html lang="en"><head><title>Relay orbiter passes its last test</title>
<meta property="og:title" content="Relay orbiter passes its last test"></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>
<article><h1>Relay orbiter passes its last test</h1>
<figure><img src="/img/orbiter-hero.jpg" alt="The orbiter"><figcaption>The orbiter in the clean room. Image: Agency</figcaption></figure>
<div class="entry-content">
<p>{LOREM} It is <em>the</em> last test, <a href="/missions/relay">the mission page</a> says, and <strong>no spare</strong> exists.</p>
<h2>What was tested</h2>
<p>{LOREM}</p>
<ul><li>Thermal vacuum cycles at the extremes of the orbit.</li>
<li>Acoustic loads of the launch.<ul><li>Random vibration on all three axes.</li></ul></li></ul>
<p>{LOREM}</p>
<figure><img src="/img/orbiter-in-chamber.jpg" alt="The orbiter in the chamber">
<figcaption>The orbiter inside the vacuum chamber. Photo: Jane Roe/Agency</figcaption></figure>
<p>{LOREM}</p>
<ol><li>Ship to the launch site.</li><li>Fuel the spacecraft.</li></ol>
<blockquote><p>We are ready to fly, and we are proud of the team that got us here.</p><p>— Project manager Ann Lee</p></blockquote>
<table><thead><tr><th>Test</th><th>Result</th></tr></thead>
<tbody><tr><td>Thermal vacuum</td><td>Passed</td></tr><tr><td>Acoustic</td><td>Passed</td></tr></tbody></table>
<p>{LOREM}</p>
<pre>status = ready</pre>
<iframe src="https://www.youtube.com/embed/abc123"></iframe>
<blockquote class="twitter-tweet"><p>The orbiter is packed and ready to ship.</p>
<a href="https://twitter.com/agency/status/1">December 1, 2026</a></blockquote>
<p>{LOREM} The launch is planned for next spring.</p>
</div></article></body></html>"""


def parse_page() -> spaceparse.Article:
    return spaceparse.parse(PAGE, url="https://news.example/2026/12/relay-orbiter", kind="html")


def test_html_structure_is_kept() -> None:
    a = parse_page()
    kinds = [e.kind for e in a.content]
    assert kinds.count("heading") == 1
    lists = [e for e in a.content if isinstance(e, ListBlock)]
    assert [bl.ordered for bl in lists] == [False, True]
    assert lists[0].items[1].text == "Acoustic loads of the launch."
    assert lists[0].items[1].lists[0].items[0].text == "Random vibration on all three axes."
    quote = next(e for e in a.content if isinstance(e, Quote))
    assert quote.attribution == "— Project manager Ann Lee"
    table = next(e for e in a.content if isinstance(e, Table))
    assert table.header == ("Test", "Result")
    assert table.rows == (("Thermal vacuum", "Passed"), ("Acoustic", "Passed"))
    assert any(isinstance(e, Code) and e.text == "status = ready" for e in a.content)
    fig = next(e for e in a.content if isinstance(e, Figure))
    assert fig.image_url == "https://news.example/img/orbiter-in-chamber.jpg"
    assert fig.caption == "The orbiter inside the vacuum chamber."
    assert fig.credit == "Jane Roe/Agency"
    embeds = [e for e in a.content if isinstance(e, Embed)]
    assert [(e.media, e.url) for e in embeds] == [
        ("video", "https://www.youtube.com/embed/abc123"),
        ("social", "https://twitter.com/agency/status/1"),
    ]
    assert embeds[1].text[0] == "The orbiter is packed and ready to ship."


def test_body_is_the_texts_of_content_and_captions_stay_out() -> None:
    a = parse_page()
    assert a.body == content_texts(a.content)
    assert not any("vacuum chamber" in t for t in a.body)


def test_inline_spans() -> None:
    first = parse_page().content[0]
    assert isinstance(first, Paragraph)
    by_kind = {s.kind: first.text[s.start : s.end] for s in first.spans}
    assert by_kind == {"emphasis": "the", "link": "the mission page", "strong": "no spare"}
    link = next(s for s in first.spans if s.kind == "link")
    assert link.url == "https://news.example/missions/relay"


def test_content_round_trips_through_dicts() -> None:
    a = parse_page()
    assert spaceparse.Article.from_dict(a.to_dict()) == a
    assert spaceparse.Article.from_dict(json.loads(json.dumps(a.to_dict()))) == a
    for e in a.content:
        assert element_from_dict(e.to_dict()) == e
    with pytest.raises(ValueError):
        element_from_dict({"kind": "marquee"})


def _goldens() -> list[Path]:
    return sorted(FIXTURES.rglob("*.expected.json"))


@pytest.mark.parametrize("golden", _goldens(), ids=lambda p: str(p.relative_to(FIXTURES)))
def test_golden_body_is_its_content(golden: Path) -> None:
    data = json.loads(golden.read_text(encoding="utf-8"))
    a = spaceparse.Article.from_dict({k: v for k, v in data.items() if not k.startswith("_")})
    assert a.body == content_texts(a.content)


# --- Markdown ------------------------------------------------------------------------------


def md_tokens(text: str) -> list[object]:
    return list(markdown_it.MarkdownIt("commonmark").enable("table").parse(text))


def _inline_text(tok: object) -> str:
    children = getattr(tok, "children", None) or []
    return "".join(c.content for c in children if c.type in ("text", "code_inline", "softbreak"))


def test_markdown_parses_back_to_the_structure() -> None:
    a = parse_page()
    toks = md_tokens(a.to_markdown())
    types = [t.type for t in toks]  # type: ignore[attr-defined]
    h1 = types.index("heading_open")
    assert toks[h1].tag == "h1" and _inline_text(toks[h1 + 1]) == a.headline  # type: ignore[attr-defined]
    assert sum(1 for t in toks if t.type == "heading_open" and t.tag == "h2") == 1  # type: ignore[attr-defined]
    assert types.count("bullet_list_open") == 2  # the list and its nested list
    assert types.count("ordered_list_open") == 1
    assert types.count("blockquote_open") == 2  # the quote and the social post
    assert types.count("table_open") == 1
    cells = [_inline_text(toks[i + 1]) for i, t in enumerate(toks) if t.type in ("th_open", "td_open")]  # type: ignore[attr-defined]
    assert cells == ["Test", "Result", "Thermal vacuum", "Passed", "Acoustic", "Passed"]
    assert any(t.type == "fence" and t.content == "status = ready\n" for t in toks)  # type: ignore[attr-defined]
    first = next(t for t in toks if t.type == "inline" and t.content.startswith("The agency"))  # type: ignore[attr-defined]
    kinds = [c.type for c in first.children]  # type: ignore[attr-defined]
    assert {"em_open", "strong_open", "link_open"} <= set(kinds)
    link = next(c for c in first.children if c.type == "link_open")  # type: ignore[attr-defined]
    assert link.attrs["href"] == "https://news.example/missions/relay"
    images = [c for t in toks if t.type == "inline" for c in t.children if c.type == "image"]  # type: ignore[attr-defined]
    assert "https://news.example/img/orbiter-in-chamber.jpg" in [i.attrs["src"] for i in images]


def test_markdown_escapes_the_page_text() -> None:
    tricky = "# not a heading, *not emphasis*, [not](a link) <b>not html</b> &amp; 1. not a list | pipe `tick`"
    a = spaceparse.Article(
        headline="*Star* [power]",
        body=(tricky, "- not an item"),
        content=(Paragraph(tricky), Table(("a|b",), (("c*d",),)), Paragraph("- not an item")),
    )
    toks = md_tokens(a.to_markdown())
    inlines = [_inline_text(t) for t in toks if t.type == "inline"]  # type: ignore[attr-defined]
    assert inlines[0] == "*Star* [power]"
    assert tricky in inlines
    assert "- not an item" in inlines
    assert "a|b" in inlines and "c*d" in inlines
    assert not any(t.type in ("bullet_list_open", "ordered_list_open", "html_inline", "html_block") for t in toks)  # type: ignore[attr-defined]


def test_markdown_of_an_article_without_content_uses_its_body() -> None:
    a = spaceparse.Article(headline="H", body=("One.", "Two."))
    inlines = [t.content for t in md_tokens(a.to_markdown()) if t.type == "inline"]  # type: ignore[attr-defined]
    assert inlines == ["H", "One.", "Two."]


# --- HTML ----------------------------------------------------------------------------------

HOSTILE = """<html><head><script>alert(1)</script><style>body{}</style></head><body>
<article><h1 onclick="steal()">Hostile <script>x()</script>headline</h1>
<div class="entry-content">
<p onmouseover="steal()">A first paragraph of the story with <a href="javascript:alert(1)">a bad link</a> and
<a href="https://ok.example/x" onclick="steal()">a good one</a>, long enough to be the article's text.</p>
<p>The second paragraph &lt;script&gt;alert("text")&lt;/script&gt; talks about the mission at length, as articles do.</p>
<iframe src="javascript:alert(2)"></iframe>
<img src="javascript:alert(3)" onerror="steal()">
<p>A third paragraph of ordinary prose closes the piece with a sentence or two of words.</p>
</div></article></body></html>"""


def test_to_html_is_clean_and_escaped() -> None:
    from lxml import html as lxml_html

    a = spaceparse.parse(HOSTILE, kind="html")
    out = a.to_html()
    assert out.startswith("<!DOCTYPE html>")
    doc = lxml_html.fromstring(out)
    assert not doc.xpath("//script|//style|//iframe|//object|//embed")
    for el in doc.iter():
        if not isinstance(el.tag, str):
            continue
        assert not [k for k in el.attrib if k.lower().startswith("on")]
        for key in ("href", "src"):
            assert not el.get(key, "https:").lower().startswith("javascript")
    text = doc.text_content()
    assert '<script>alert("text")</script>' in text  # the page's words, as text
    assert [x.get("href") for x in doc.xpath("//a")] == ["https://ok.example/x"]


def test_to_html_keeps_the_structure() -> None:
    from lxml import html as lxml_html

    doc = lxml_html.fromstring(parse_page().to_html())
    assert len(doc.xpath("//article//h2")) == 1
    assert len(doc.xpath("//ul/li/ul/li")) == 1
    assert len(doc.xpath("//ol/li")) == 2
    assert doc.xpath("//table/thead/tr/th/text()") == ["Test", "Result"]
    assert doc.xpath("//figure/figcaption/small/text()") == ["Agency", "Jane Roe/Agency"]
    assert doc.xpath("//pre/text()") == ["status = ready"]


def test_every_element_kind_renders() -> None:
    content = (
        Heading("Sub", 3, (Span(0, 3, "emphasis"),)),
        Paragraph("Go `there` now", (Span(3, 10, "code"), Span(0, 2, "link", "https://a.example/(x)"))),
        ListBlock((ListItem("a\nb"), ListItem("", lists=(ListBlock((ListItem("c"),), True),))), False),
        Quote((Paragraph("q"),), "— Q"),
        Table((), (("1", "2"), ("3",))),
        Code("x = 1\n```"),
        Figure(None, None, "Only a caption", None),
        Embed("audio", "https://pod.example/e/1"),
    )
    a = spaceparse.Article(headline="H", body=content_texts(content), content=content)
    assert spaceparse.Article.from_dict(a.to_dict()) == a
    toks = md_tokens(a.to_markdown())
    assert any(t.type == "fence" and t.content == "x = 1\n```\n" for t in toks)  # type: ignore[attr-defined]
    assert [t.type for t in toks].count("table_open") == 1  # type: ignore[attr-defined]
    assert "<h3><em>Sub</em></h3>" in a.to_html()


def test_cli_formats_markdown_and_html(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from spaceparse.cli import main

    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    assert main(["parse", str(page), "-f", "markdown"]) == 0
    md = capsys.readouterr().out
    assert md.startswith("# Relay orbiter passes its last test\n")
    assert "| Test | Result |" in md
    assert main(["parse", str(page), "-f", "html"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("<!DOCTYPE html>") and "<table>" in out and "<script" not in out


def test_generic_attrs_serialisation_matches_to_dict() -> None:
    """Tools that serialise attrs classes themselves (Scrapy's item exporters) write the same
    dicts as ``to_dict``, ``kind`` included."""
    import attrs

    for e in parse_page().content:
        assert json.loads(json.dumps(attrs.asdict(e))) == e.to_dict()


def test_text_figures_between_paragraphs() -> None:
    page = (
        "Probe Reaches Its Target Orbit\n\nBy Jane Roe\n\n"
        "The agency said the spacecraft had completed its final burn and reached the orbit planned for it on Monday.\n\n"
        "Controllers confirmed the orbit with two ground stations and said the probe was healthy and ready for work.\n\n"
        "[IMG]\n\nThe probe's camera looks back at the planet. Image: Agency/Team\n\n"
        "Engineers will now spend two weeks checking the instruments before the science phase begins in earnest.\n"
    )
    a = spaceparse.parse(page, kind="text")
    assert a.body == content_texts(a.content)
    figs = [e for e in a.content if isinstance(e, Figure)]
    assert figs == [Figure(None, None, "The probe's camera looks back at the planet.", "Agency/Team")]
    assert [e.kind for e in a.content] == ["paragraph", "paragraph", "figure", "paragraph"]
