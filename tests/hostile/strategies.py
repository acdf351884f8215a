"""Hypothesis strategies for hostile pages: structured generators, not only random strings.

- :func:`hostile_text`: scraped-text pages built from lines that look like the
  real thing (headlines, bylines, credits, label lines, related headings,
  prose) mixed with hostile lines (control characters, bidi overrides, lone
  surrogates, long runs of spaces/capitals/punctuation, mixed scripts).
- :func:`hostile_html`: element trees (nested, misnested, unclosed), attributes
  (huge, unquoted, odd names), entities (named, numeric, broken, storms),
  comments, CDATA, scripts containing markup, DOCTYPEs with entity declarations.
- :func:`hostile_bytes`: a page encoded in a random charset, with a BOM or a
  declaration that may lie, or raw bytes with UTF-16 surrogates in them.
"""

from __future__ import annotations

import codecs

from hypothesis import strategies as st

SCRIPTS = "Latin Ωμέγα Кириллица 日本語 中文 한국어 עברית العربية हिन्दी ไทย 😀🚀"
HOSTILE_CHARS = (
    "\x00\x01\x07\x08\x0b\x0c\x1b\x7f\x85\xa0\xad\u200b\u200c\u200d\u2028\u2029\u202a\u202b\u202c\u202d\u202e"
    "\u2066\u2067\u2068\u2069\ufeff\ufffd\ufffe\U0001f600\r\t"
)
WORDS = [
    "Launch",
    "NASA",
    "ESA",
    "rocket",
    "the",
    "Related",
    "Stories",
    "By",
    "Image:",
    "Credit:",
    "Photo",
    "Share",
    "Subscribe",
    "comments",
    "Read",
    "more",
    "…",
    "[…]",
    "|",
    "·",
    "—",
    "&",
    "Q&A",
    "International",
    "Lunar",
    "November",
    "19,",
    "2026",
    "2026-11-19",
    "(NASA/Bill Ingalls)",
    "Courtesy",
    "of",
    "Most",
    "Read",
    "©",
]


def _runs() -> st.SearchStrategy[str]:
    unit = st.sampled_from([" ", "A", "a", ".", "-", "_", ":", "(", "[", "By ", "Image: ", "\u00a0", "…", "&", "<"])
    return st.builds(lambda u, n: u * n, unit, st.integers(1, 600))


def _word_line() -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(WORDS), min_size=1, max_size=40).map(" ".join)


def _prose() -> st.SearchStrategy[str]:
    sentence = st.lists(
        st.sampled_from([*WORDS[:5], "said", "on", "Tuesday", "that", "it", "will", "fly"]), min_size=8, max_size=30
    ).map(lambda ws: " ".join(ws).capitalize() + ".")
    return st.lists(sentence, min_size=1, max_size=4).map(" ".join)


def _hostile_line() -> st.SearchStrategy[str]:
    return st.one_of(
        st.text(alphabet=HOSTILE_CHARS + SCRIPTS, max_size=80),
        st.text(alphabet=st.characters(codec=None, blacklist_categories=()), max_size=60),
        st.text(alphabet=st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF), min_size=1, max_size=4),
        _runs(),
    )


def hostile_text() -> st.SearchStrategy[str]:
    """A scraped-text page: structured lines and hostile ones, with varied line ends and blank runs."""
    line = st.one_of(
        _word_line(),
        _prose(),
        _hostile_line(),
        st.just(""),
        st.sampled_from(
            [
                "Related Stories",
                "Image: CNSA",
                "By Jeff Foust and Ann Lee",
                "* Home",
                "EuropeInternationalLunar",
                "Comments",
                "_" * 60,
                "Read more: x",
                "A summary [...]",
            ]
        ),
    )
    sep = st.sampled_from(["\n", "\r\n", "\r", "\n\n", "\n\n\n", "\u2028", "\x0c"])
    return st.lists(st.tuples(line, sep), max_size=40).map(lambda parts: "".join(a + b for a, b in parts))


_TAGS = [
    "p",
    "div",
    "span",
    "a",
    "b",
    "i",
    "h1",
    "h2",
    "h3",
    "li",
    "ul",
    "table",
    "tr",
    "td",
    "script",
    "style",
    "article",
    "nav",
    "footer",
    "figure",
    "figcaption",
    "time",
    "svg",
    "math",
    "template",
    "iframe",
    "br",
    "img",
    "meta",
    "link",
    "title",
    "select",
    "textarea",
    "noscript",
    "x-custom",
    "font",
    "center",
    "marquee",
]
_ATTRS = [
    "class",
    "id",
    "href",
    "src",
    "rel",
    "property",
    "content",
    "name",
    "itemprop",
    "datetime",
    "lang",
    "style",
    "data-sp",
    "role",
    "srcset",
    "charset",
    "http-equiv",
    "onload",
    "x:y",
    'a"b',
]
_ENTITIES = [
    "&amp;",
    "&lt;",
    "&gt;",
    "&nbsp;",
    "&#0;",
    "&#x110000;",
    "&#xD800;",
    "&#128512;",
    "&bogus;",
    "&",
    "&#",
    "&#x",
    "&amp",
    "&lt",
    "&ent;",
    "&lol9;",
    "&NotANamedEntity;",
    "&#99999999999999;",
]


@st.composite
def _attributes(draw: st.DrawFn) -> str:
    out = []
    for name in draw(st.lists(st.sampled_from(_ATTRS), max_size=4)):
        value = draw(
            st.one_of(
                _word_line(),
                st.sampled_from(
                    [
                        "nav",
                        "entry-content",
                        "related",
                        "byline",
                        "author",
                        "category",
                        "og:title",
                        "canonical",
                        "http://[",
                        "javascript:x",
                        "//x",
                        "utf-7",
                    ]
                ),
                st.text(max_size=20),
                _runs(),
            )
        )
        quote = draw(st.sampled_from(['"', "'", ""]))
        out.append(f" {name}={quote}{value}{quote}" if draw(st.booleans()) else f" {name}")
    return "".join(out)


def _leaf() -> st.SearchStrategy[str]:
    return st.one_of(
        _prose(),
        _word_line(),
        _hostile_line(),
        st.sampled_from(_ENTITIES),
        st.lists(st.sampled_from(_ENTITIES), min_size=1, max_size=60).map("".join),
        st.sampled_from(
            [
                "<!-- c -->",
                "<!-- </p> -->",
                "<!--",
                "-->",
                "<![CDATA[ </p> ]]>",
                "<?php ?>",
                "</p>",
                "</div>",
                "</h3>",
                "<",
                ">",
                "<p",
                "</",
                "<!>",
                "<!DOCTYPE x>",
                "<br/>",
            ]
        ),
    )


@st.composite
def _element(draw: st.DrawFn, children: st.SearchStrategy[list[str]]) -> str:
    tag = draw(st.sampled_from(_TAGS))
    close = draw(st.sampled_from(["same", "same", "same", "none", "other"]))
    end = {"same": f"</{tag}>", "none": "", "other": f"</{draw(st.sampled_from(_TAGS))}>"}[close]
    return f"<{tag}{draw(_attributes())}>" + "".join(draw(children)) + end


def hostile_html() -> st.SearchStrategy[str]:
    """An HTML page: nested, misnested and unclosed elements around hostile leaves, with hostile head parts."""
    tree = st.recursive(
        _leaf(),
        lambda inner: _element(st.lists(inner, max_size=5)),
        max_leaves=16,
    )
    deep = st.builds(lambda t, n, leaf: f"<{t}>" * n + leaf, st.sampled_from(_TAGS), st.integers(1, 300), _prose())
    head = st.sampled_from(
        [
            "",
            '<meta charset="utf-8">',
            '<meta charset="utf-7">',
            '<meta charset="x-bogus">',
            '<script type="application/ld+json">{"@type":"NewsArticle","headline":"H","author":{"name":"A"}}</script>',
            '<script type="application/ld+json">[[[[[[[[[[[[[[[[[[[[</script>',
            '<link rel="canonical" href="http://[oops">',
            '<base href="http://[::1">',
            '<!DOCTYPE x [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]>',
            '<meta property="og:title" content="A &amp; B | Site">',
            "<title>" + "A" * 500 + "</title>",
        ]
    )
    body = st.lists(st.one_of(tree, deep), max_size=4).map("".join)
    return st.builds(
        lambda h, b, doctype: f"{doctype}<html><head>{h}</head><body>{b}</body></html>",
        head,
        body,
        st.sampled_from(["<!doctype html>", "", "<?xml version='1.0'?>"]),
    )


_CODECS = [
    "utf-8",
    "utf-16-le",
    "utf-16-be",
    "utf-32",
    "cp1252",
    "latin-1",
    "koi8-r",
    "shift_jis",
    "gb18030",
    "big5",
    "euc-kr",
    "iso-8859-7",
    "cp1251",
    "mac-roman",
]
_BOMS = [b"", codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE]


@st.composite
def hostile_bytes(draw: st.DrawFn) -> bytes:
    """Page bytes: a text in some charset, a BOM and a declaration that may both lie, stray bytes spliced in."""
    text = draw(st.one_of(hostile_text(), hostile_html(), _word_line()))
    codec = draw(st.sampled_from(_CODECS))
    data = text.encode(codec, errors="replace") if codec != "utf-8" else text.encode("utf-8", "surrogatepass")
    declared = draw(st.sampled_from(["", *_CODECS, "utf-7", "x-user-defined", "undefined", "idna", "base64"]))
    if declared:
        data = f'<meta charset="{declared}">'.encode() + data
    data = draw(st.sampled_from(_BOMS)) + data
    if draw(st.booleans()):
        at = draw(st.integers(0, len(data)))
        data = data[:at] + draw(st.binary(max_size=16)) + data[at:]
    return data
