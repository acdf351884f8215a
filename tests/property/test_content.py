"""The structured body round trips: generated content rendered as HTML in several site
templates (and as lynx-like text) parses back to the same content; Markdown and HTML
outputs of any Article parse."""

from __future__ import annotations

import html as _html

from hypothesis import assume, given, settings
from hypothesis import strategies as st

import spaceparse
from spaceparse.elements import (
    Element,
    Heading,
    ListBlock,
    ListItem,
    Paragraph,
    Quote,
    Span,
    Table,
    content_texts,
)
from spaceparse.profiles import default_profile
from spaceparse.recognisers.furniture import is_barrier_text, is_boilerplate_text

# Real words: random letters meet the rules' own vocabularies ("tagged", "comments") by chance,
# and the body is not what this file tests.
_VOCAB = [
    "the",
    "agency",
    "said",
    "its",
    "spacecraft",
    "would",
    "reach",
    "orbit",
    "after",
    "a",
    "long",
    "cruise",
    "and",
    "that",
    "engineers",
    "had",
    "tested",
    "every",
    "system",
    "twice",
    "before",
    "launch",
    "while",
    "the",
    "team",
    "waited",
    "for",
    "weather",
    "reports",
    "from",
    "the",
    "range",
    "officers",
    "who",
    "track",
    "rockets",
    "across",
    "the",
    "coast",
    "during",
    "each",
    "new",
    "mission",
]
_REAL = st.sampled_from(_VOCAB)
_WORD = _REAL


def _ok(text: str) -> bool:
    return not is_boilerplate_text(text, default_profile()) and not is_barrier_text(text)


@st.composite
def _sentence(draw: st.DrawFn, lo: int, hi: int) -> str:
    text = " ".join(draw(st.lists(_WORD, min_size=lo, max_size=hi))).capitalize() + "."
    assume(_ok(text))
    return text


@st.composite
def _paragraph(draw: st.DrawFn) -> Paragraph:
    text = draw(_sentence(14, 40))
    kind = draw(st.sampled_from(["none", "emphasis", "strong", "link"]))
    if kind == "none":
        return Paragraph(text)
    words = text[:-1].split()
    w = draw(st.sampled_from(words[1:]))
    start = text.find(" " + w + " ")
    if start < 0:
        return Paragraph(text)
    start += 1
    url = "https://ref.example/" + w if kind == "link" else None
    return Paragraph(text, (Span(start, start + len(w), kind, url),))  # type: ignore[arg-type]


@st.composite
def _heading(draw: st.DrawFn) -> Heading:
    text = " ".join(draw(st.lists(_WORD, min_size=2, max_size=5))).capitalize()
    assume(_ok(text))
    return Heading(text, draw(st.sampled_from([2, 3])))


@st.composite
def _list(draw: st.DrawFn) -> ListBlock:
    items = [ListItem(t) for t in draw(st.lists(_sentence(4, 12), min_size=2, max_size=4))]
    if draw(st.booleans()):
        sub = ListBlock(tuple(ListItem(t) for t in draw(st.lists(_sentence(4, 10), min_size=1, max_size=3))))
        items[0] = ListItem(items[0].text, (), (sub,))
    return ListBlock(tuple(items), draw(st.booleans()))


@st.composite
def _quote(draw: st.DrawFn) -> Quote:
    return Quote(tuple(Paragraph(t) for t in draw(st.lists(_sentence(10, 25), min_size=1, max_size=2))))


@st.composite
def _table(draw: st.DrawFn) -> Table:
    cols = draw(st.integers(2, 3))
    cell = st.lists(_WORD, min_size=1, max_size=3).map(lambda ws: " ".join(ws).capitalize())
    header = tuple(draw(st.lists(cell, min_size=cols, max_size=cols)))
    rows = tuple(tuple(draw(st.lists(cell, min_size=cols, max_size=cols))) for _ in range(draw(st.integers(2, 3))))
    return Table(header, rows)


@st.composite
def _content(draw: st.DrawFn) -> tuple[Element, ...]:
    first = draw(_paragraph())
    rest = draw(st.lists(st.one_of(_paragraph(), _heading(), _list(), _quote(), _table()), min_size=1, max_size=6))
    last = draw(_paragraph())
    out: list[Element] = [first]
    for e in rest:
        if isinstance(e, Heading) and isinstance(out[-1], Heading):
            continue  # two headings in a row: the first heads nothing
        out.append(e)
    if isinstance(out[-1], Heading):
        out.append(draw(_paragraph()))
    out.append(last)
    content = tuple(out)
    texts = content_texts(content)
    assume(len(set(texts)) == len(texts))  # the body rule drops a repeated paragraph
    return content


def _inline(p: Paragraph | Heading) -> str:
    if not p.spans:
        return _html.escape(p.text)
    s = p.spans[0]
    tag = {"emphasis": "em", "strong": "strong", "link": "a"}[s.kind]
    attr = f' href="{s.url}"' if s.url else ""
    return (
        _html.escape(p.text[: s.start])
        + f"<{tag}{attr}>{_html.escape(p.text[s.start : s.end])}</{tag}>"
        + _html.escape(p.text[s.end :])
    )


def _html_list(lb: ListBlock) -> str:
    tag = "ol" if lb.ordered else "ul"
    items = "".join(f"<li>{_html.escape(i.text)}{''.join(_html_list(sub) for sub in i.lists)}</li>" for i in lb.items)
    return f"<{tag}>{items}</{tag}>"


def _html_element(e: Element) -> str:
    if isinstance(e, Paragraph):
        return f"<p>{_inline(e)}</p>"
    if isinstance(e, Heading):
        return f"<h{e.level}>{_inline(e)}</h{e.level}>"
    if isinstance(e, ListBlock):
        return _html_list(e)
    if isinstance(e, Quote):
        return "<blockquote>" + "".join(f"<p>{_html.escape(p.text)}</p>" for p in e.paragraphs) + "</blockquote>"
    assert isinstance(e, Table)
    head = "".join(f"<th>{_html.escape(c)}</th>" for c in e.header)
    rows = "".join("<tr>" + "".join(f"<td>{_html.escape(c)}</td>" for c in r) + "</tr>" for r in e.rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>"


def _t_wordpress(h: str, body: str) -> str:
    return (
        f"<html lang='en'><head><title>{_html.escape(h)} | Site</title></head><body>"
        "<header><nav><a href='/'>Home</a> <a href='/news'>News</a></nav></header>"
        f"<article><h1 class='entry-title'>{_html.escape(h)}</h1><div class='entry-content'>{body}</div></article>"
        "<footer>© Site</footer></body></html>"
    )


def _t_story(h: str, body: str) -> str:
    return (
        f"<html><body><div class='page'><main><h1>{_html.escape(h)}</h1>"
        f"<p class='byline'>By Jane Roe</p><section class='story-body'>{body}</section></main>"
        "<aside class='sidebar'><h3>Most read</h3><ul><li><a href='/x'>Another story</a></li></ul></aside>"
        "</div></body></html>"
    )


@settings(max_examples=60, deadline=None)
@given(_content(), st.sampled_from([_t_wordpress, _t_story]))
def test_html_templates_round_trip_the_content(content: tuple[Element, ...], template: object) -> None:
    page = template("Probe Reaches Its Target Orbit", "".join(_html_element(e) for e in content))  # type: ignore[operator]
    a = spaceparse.parse(page, url="https://news.example/story", kind="html")
    assert a.body == content_texts(content)
    assert a.content == content


@st.composite
def _prose(draw: st.DrawFn, lo: int, hi: int, end: str = ".") -> str:
    return " ".join(draw(st.lists(_REAL, min_size=lo, max_size=hi))).capitalize() + end


def _lynx(content: tuple[Element, ...]) -> str:
    lines = ["Probe Reaches Its Target Orbit", "", "   By Jane Roe", ""]
    for e in content:
        if isinstance(e, Paragraph):
            lines += ["   " + e.text, ""]
        elif isinstance(e, ListBlock):
            for n, i in enumerate(e.items, 1):
                lines.append(f"    {n}. {i.text}" if e.ordered else f"     * {i.text}")
                lines.extend(f"          + {s.text}" for sub in i.lists for s in sub.items)
            lines.append("")
            lines.append("")
    return "\n".join(lines)


@st.composite
def _text_list(draw: st.DrawFn) -> ListBlock:
    items = [ListItem(t) for t in draw(st.lists(_prose(8, 16), min_size=2, max_size=4))]
    if draw(st.booleans()):
        items[0] = ListItem(items[0].text, (), (ListBlock((ListItem(draw(_prose(8, 14))),)),))
    # Bulleted only: the text front end joins a long numbered line with the next one (it reads
    # as a wrapped line), so numbered items are not yet one body paragraph each.
    return ListBlock(tuple(items), False)


@st.composite
def _text_content(draw: st.DrawFn) -> tuple[Element, ...]:
    """Paragraphs of prose; a list comes after a paragraph that introduces it (``...:``)."""
    content: list[Element] = [Paragraph(draw(_prose(14, 30)))]
    for with_list in draw(st.lists(st.booleans(), min_size=1, max_size=4)):
        if with_list:
            content.append(Paragraph(draw(_prose(10, 20, ":"))))
            content.append(draw(_text_list()))
        content.append(Paragraph(draw(_prose(14, 30))))
    texts = content_texts(tuple(content))
    assume(len(set(texts)) == len(texts))
    return tuple(content)


@settings(max_examples=40, deadline=None)
@given(_text_content())
def test_lynx_text_round_trips_paragraphs_and_list_items(content: tuple[Element, ...]) -> None:
    a = spaceparse.parse(_lynx(content), kind="text")
    assert a.body == content_texts(a.content)
    assert a.body == content_texts(content)  # the page's own paragraphs and items, in order
    got = [(e.kind, len(e.items) if isinstance(e, ListBlock) else 1) for e in a.content]
    want = [(e.kind, len(e.items) if isinstance(e, ListBlock) else 1) for e in content]
    assert got == want
    ordered = [e.ordered for e in a.content if isinstance(e, ListBlock)]
    assert ordered == [e.ordered for e in content if isinstance(e, ListBlock)]


@settings(max_examples=60, deadline=None)
@given(_content())
def test_outputs_of_any_content(content: tuple[Element, ...]) -> None:
    from lxml import html as lxml_html
    from markdown_it import MarkdownIt

    a = spaceparse.Article(headline="H", body=content_texts(content), content=content)
    tokens = MarkdownIt("commonmark").enable("table").parse(a.to_markdown())
    headings = sum(1 for t in tokens if t.type == "heading_open" and t.tag != "h1")
    assert headings == sum(1 for e in content if isinstance(e, Heading))
    tables = sum(1 for t in tokens if t.type == "table_open")
    assert tables == sum(1 for e in content if isinstance(e, Table))
    doc = lxml_html.fromstring(a.to_html())
    assert len(doc.xpath("//article/h2|//article/h3")) == headings
    assert len(doc.xpath("//table")) == tables
