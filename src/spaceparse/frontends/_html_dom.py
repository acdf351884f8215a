"""One pass over the Lexbor DOM: elements and paragraph-like text runs.

The walk mimics ``innerText``: block-level elements start a new run, inline
elements (``a``, ``span``, ``b``...) join their text to the current run, ``<br>``
breaks a run outside paragraphs. What it records is plain data (no DOM nodes
escape this module), so content scoring and hinting run on lists:

- :class:`Elements`: one row per block-level element in document order
  (parent index, tag, lower-cased ``class``/``id``/``role`` words, the
  ``data-sp`` mark that profile selectors set before the walk);
- :class:`Run`: one row per text run (owner element, kind, text, link text).

Only this module and :mod:`._html_meta` touch selectolax.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from typing import Any, NamedTuple

import attrs
from selectolax.lexbor import LexborHTMLParser, LexborNode

from ..normalize import clean_line
from ._html_bounds import cap_names_if_needed, cut_to_budget, find_closing, tag_budget

__all__ = ["BODY_WORD", "MARK", "Elements", "Image", "Run", "keep_noscript_text", "parse_tree", "walk"]

MARK = "data-sp"
"""Attribute that profile selectors set on matched nodes before the walk."""

# Never shown as text (or shown only without scripting, like <noscript>).
_SKIP = frozenset(
    {
        "script",
        "style",
        "noscript",
        "template",
        "svg",
        "math",
        "iframe",
        "object",
        "embed",
        "canvas",
        "select",
        "option",
        "button",
        "input",
        "textarea",
        "head",
        "title",
        "meta",
        "link",
        "audio",
        "video",
        "source",
        "map",
        "dialog",
        "-comment",
        "base",
        "param",
        "track",
        "frameset",
        "frame",
    }
)
# Elements whose boundaries break a text run (CSS display: block and friends).
_BLOCK = frozenset(
    {
        "html",
        "body",
        "address",
        "article",
        "aside",
        "blockquote",
        "dd",
        "details",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hgroup",
        "hr",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "table",
        "tbody",
        "thead",
        "tfoot",
        "tr",
        "td",
        "th",
        "ul",
        "caption",
        "summary",
        "center",
        "menu",
        "amp-carousel",
        "picture",
        "amp-img",
        "img",
    }
)
# Inline elements that sites set side by side as separate pieces (a meta bar's date and
# counters, a link and its date): a word break between two of them (walk).
_PIECES = frozenset({"span", "time"})
# Inline formatting whose attributes never matter: walked without reading them.
_PLAIN = frozenset(
    {
        "b",
        "i",
        "em",
        "strong",
        "u",
        "s",
        "small",
        "sup",
        "sub",
        "font",
        "abbr",
        "cite",
        "code",
        "mark",
        "q",
        "wbr",
        "nobr",
        "bdi",
        "bdo",
        "dfn",
        "kbd",
        "samp",
        "var",
        "ins",
        "del",
        "strike",
        "big",
        "tt",
    }
)
# Inline formatting kept as spans of the structured body.
_EMPHASIS = {"em": "emphasis", "i": "emphasis", "strong": "strong", "b": "strong", "code": "code"}
# Players whose source the structured body keeps as an embed.
_EMBED_TAGS = frozenset({"iframe", "video", "audio", "embed", "object"})
_EMBED_SRC = ("src", "data-src", "data-lazy-src", "data")


def _sort_key(mark: tuple[str, str, str | None, int]) -> tuple[int, int]:
    return (mark[3], -len(mark[1]))


# The kind a run gets from its owner; blockquote/figcaption stick to descendants.
_KIND = {
    "p": "p",
    "h1": "h1",
    "h2": "h2",
    "h3": "h3",
    "h4": "h4",
    "h5": "h5",
    "h6": "h6",
    "li": "li",
    "pre": "pre",
    "td": "td",
    "th": "td",
    "dd": "p",
    "dt": "p",
    "caption": "caption",
}
_STICKY = {"blockquote": "quote", "figcaption": "caption"}
_STICKY_KINDS = frozenset(_STICKY.values())
# A line ending in one of these closes its sentence (or introduces what follows): no wrap.
_WRAP_MAX = 2000
_LINE_ENDS = frozenset(".!?…:;\"'“”»)")
# Kinds in which <br> is a space, not a run break.
_IMG_TAGS = frozenset({"img", "amp-img"})
_BR_JOINS = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "caption", "quote"})
# Inline elements with these class words are run boundaries too (credit spans, bylines).
_SEMI_BLOCK_WORDS = ("credit", "byline", "author", "date", "time", "caption", "categor", "dateline")
_MAX_DEPTH = 400
_FIGURE_PARTS = "figure, figcaption"  # not a bare poster: a video's play button
# Removed in C before a furniture-skipping walk, so that a skipped element's text length is
# what a reader would see.
_NEVER_SHOWN = ["script", "style", "noscript"]
_SHOWN_WITHOUT_SCRIPTS = ["script", "style"]
_FURNITURE_TAGS = frozenset({"nav", "footer", "aside", "form"})
_MARKED = "[" + MARK + "]"
# The article's own body, marked up as such (schema.org articleBody, hAtom entry-content, the
# usual CMS body classes, BEM spellings too): a "widget" box holding it is not furniture.
_BODY_CANDIDATES = '[class*="content" i],[class*="body" i],[itemprop="articleBody" i]'
# A class word marking an article's body ("entry-content", "article__body", "postbody").
BODY_WORD = re.compile(r"(?:entry|post|article|story)(?:-|__?)?(?:content|body)")
# Only a box (not a menu list, a nav or footer element) of some size can hold an article.
_BODY_BOX_TAGS = frozenset({"div", "section", "article", "main"})
_BODY_MIN = 200


def _holds_body(node: LexborNode) -> bool:
    """Whether ``node`` or an element inside it is marked up as an article's body."""
    for d in node.css(_BODY_CANDIDATES):
        a = d.attributes
        if (a.get("itemprop") or "").lower() == "articlebody":
            return True
        cls = a.get("class")
        if cls and BODY_WORD.search(cls.lower()):
            return True
    return False


_IMG_ATTRS = (
    "data-src",
    "data-lazy-src",
    "data-original",
    "data-lazy",
    "data-srcset",
    "data-lazy-srcset",
    "srcset",
    "src",
)


@attrs.define(slots=True)
class Elements:
    """Block-level elements in document order (index 0 is the root)."""

    tag: list[str] = attrs.Factory(list)
    parent: list[int] = attrs.Factory(list)
    words: list[str] = attrs.Factory(list)
    """Lower-cased ``class id role itemprop`` of the element, space separated."""
    mark: list[str] = attrs.Factory(list)
    """``data-sp`` marks set by profile selectors (space separated), or ``""``."""
    rel: list[str] = attrs.Factory(list)
    embeds: list[tuple[int, int, str, str]] = attrs.Factory(list)
    """Embedded players the walk passed (``iframe``, ``video``, ``audio``, ``embed``, ``object``):
    ``(owner, runs before it, tag, source URL)``."""
    skipped: dict[int, int] = attrs.Factory(dict)
    """Furniture elements whose subtree was not walked -> their text length."""


class Run(NamedTuple):
    """A paragraph-like run of text (a named tuple: ~50-250 per page, built in the hot loop)."""

    owner: int
    kind: str
    text: str
    link_chars: int
    href: str | None
    links: tuple[str, ...]
    """Text of each link in the run."""
    link_marks: tuple[str, ...]
    """The ``data-sp`` mark / ``rel`` of each link (parallel to ``links``)."""
    start: int
    inline: tuple[tuple[str, str, str | None, int], ...] = ()
    """Inline spans, in page order: ``(kind, text, href, start)``, kind ``link``, ``emphasis``,
    ``strong`` or ``code``, ``start`` where the text starts in the run's text (the structured body's spans)."""


@attrs.frozen(slots=True)
class Image:
    owner: int
    run_index: int
    """Number of runs emitted before the image (its position in page order)."""
    src: str
    alt: str


# Characters for which str.split() and clean_line disagree (invisibles, controls, odd line breaks).
_ODD = re.compile("[\u00ad\u200b-\u200d\u2060\ufeff\u180e\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]")


def _clean(raw: str) -> str:
    """``clean_line(raw)`` in NFC, twice as fast on the usual text (no invisibles or odd controls).

    The page's bytes are not normalised before Lexbor reads them: a letter a script writes
    decomposed in NFC (Bengali YYA, Devanagari QA) would differ from the same text elsewhere.
    """
    text = clean_line(raw) if _ODD.search(raw) else " ".join(raw.split())
    if text.isascii() or unicodedata.is_normalized("NFC", text):
        return text
    return unicodedata.normalize("NFC", text)


def parse_tree(html: str, utf8: bytes | None = None) -> tuple[LexborHTMLParser, bool]:
    """Lexbor's DOM of ``html`` (``utf8``: the same page as UTF-8 bytes, parsed without re-encoding),
    and whether the page was cut short to keep within :func:`._html_bounds.tag_budget`.

    What Lexbor sees is bounded first (:mod:`._html_bounds`: name storms and element storms;
    :func:`_limit_depth`: nesting, and then the element budget in the same pass), each in
    one linear pass that normal pages skip. Tags past the nesting cap are not counted in
    the budget: they cost nothing further.
    """
    tags = html.count("<")
    if _may_be_deep(html, tags):  # one pass for the nesting and the budget
        limited, partial = _limit_depth(html, tag_budget(len(html)) + 1)
    else:
        limited, partial = cut_to_budget(html, tags)
    # Names last: on what is left of a storm, not on all of it.
    limited = cap_names_if_needed(limited, tags if limited is html else limited.count("<"))
    if utf8 is not None and limited is html:
        return LexborHTMLParser(utf8), partial
    return LexborHTMLParser(limited), partial


# Lexbor's tree builder checks element scopes by walking the stack of open elements,
# so each start tag costs O(depth): 20,000 nested <div>s took 2.7 s, 40,000 12 s and
# 200,000 about five minutes. Browsers cap the depth (Chromium at 512); so do we,
# before Lexbor sees the page: start tags deeper than MAX_NESTING are dropped with
# their end tags, which keeps every piece of text, in order, at the deepest level.
MAX_NESTING = 256
_VOID = frozenset(
    {
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "param",
        "source",
        "track",
        "wbr",
        "keygen",
        "frame",
        "basefont",
        "bgsound",
        "command",
    }
)
_RAW_TEXT = frozenset({"script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext"})
# A start tag that implicitly closes an open element of the same kind (HTML's implied end tags).
_SELF_CLOSING_SIBLINGS = {
    "p": ("p",),
    "li": ("li",),
    "dt": ("dt", "dd"),
    "dd": ("dt", "dd"),
    "option": ("option",),
    "tr": ("tr", "td", "th"),
    "td": ("td", "th"),
    "th": ("td", "th"),
}
_CLOSES_P = frozenset(
    {
        "address",
        "article",
        "aside",
        "blockquote",
        "div",
        "dl",
        "fieldset",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "table",
        "ul",
    }
)
# A comment start, or "<" then a tag name up to the next ">" (never past another "<":
# no rescans, so the pass is linear).
_TOKEN = re.compile(r"<(?:(!--)|(/?)([A-Za-z][^\s/<>]*)[^<>]*>)")
_CHUNK = 4096
# Tags that never stay open. Leaving one out (or an upper-case spelling) only loosens the
# bound below, so the list is short on purpose: each entry costs a scan.
_NEVER_OPEN = re.compile(r"<(?:!|br|img|meta|link|input|hr|source|wbr)")
# Below this many "<" the worst case is cheap anyway: 3,000 nested <div>s parse in
# about 20 ms, and most news pages (median 1,500 "<" in the scrapinghub corpus) stop here.
_FEW_TAGS = 3000


def _may_be_deep(html: str, tags: int) -> bool:
    """Cheap upper bound on nesting: open minus close tags so far, plus those in the next chunk.

    ``tags``: ``html.count("<")`` (or more).
    """
    if tags <= _FEW_TAGS:
        return False
    balance = 0
    for i in range(0, len(html), _CHUNK):
        chunk = html[i : i + _CHUNK]
        ends = chunk.count("</")
        starts = chunk.count("<") - ends - len(_NEVER_OPEN.findall(chunk))
        if balance + starts > MAX_NESTING:
            return True
        balance = max(0, balance + starts - ends)
    return False


def _limit_depth(html: str, budget: int) -> tuple[str, bool]:
    """``html`` with start tags nested deeper than :data:`MAX_NESTING` (and their end tags)
    removed, in one linear pass with an approximate tree builder (void elements, raw-text
    elements, comments, implied end tags of ``p``/``li``/``td``...); with ``budget`` >= 0 the
    page is also cut before the start tag that would make ``budget`` start tags kept
    (``(html, True)`` then)."""
    stack: list[str] = []
    dropped: dict[str, int] = {}
    keep: list[str] = []
    last = 0
    kept = 0
    n = len(html)
    m = _TOKEN.search(html)
    while m is not None:
        start, end = m.span()
        if m.group(1):  # a comment: skip to its end (an unclosed one runs to the end of the page)
            close = html.find("-->", end)
            if close < 0:
                break
            m = _TOKEN.search(html, close + 3)
            continue
        name = m.group(3).lower()
        cut = False
        if m.group(2):  # an end tag
            if dropped.get(name):
                dropped[name] -= 1
                cut = True
            elif name in stack:
                while stack.pop() != name:
                    pass
        elif name not in _VOID and html[end - 2] != "/":
            siblings = _SELF_CLOSING_SIBLINGS.get(name)
            if stack and ((siblings and stack[-1] in siblings) or (name in _CLOSES_P and stack[-1] == "p")):
                stack.pop()
            if len(stack) >= MAX_NESTING:
                dropped[name] = dropped.get(name, 0) + 1
                cut = True
            else:
                stack.append(name)
            if name in _RAW_TEXT:  # its text is not markup: go on at its end tag
                close = find_closing(html, name, end)
                end = close if close >= 0 else n
        if cut:
            keep.append(html[last:start])
            last = m.end()
        elif not m.group(2):
            kept += 1
            if kept == budget:
                keep.append(html[last:start])
                return "".join(keep), True
        m = _TOKEN.search(html, end)
    keep.append(html[last:])
    return "".join(keep), False


def _image_src(attrs_: dict[str, str | None]) -> str | None:
    for key in _IMG_ATTRS:
        v = attrs_.get(key)
        if not v:
            continue
        v = v.strip()
        if v.startswith("data:") or not v:
            continue
        if "srcset" in key:
            # "a.jpg 1600w, b.jpg 768w": the first candidate is usually the largest on WordPress;
            # pick the widest declared.
            best, best_w = None, -1.0
            for part in v.split(","):
                bits = part.strip().split()
                if not bits:
                    continue
                w = 0.0
                if len(bits) > 1 and bits[1][:-1].replace(".", "", 1).isdigit():
                    w = float(bits[1][:-1])
                if w > best_w:
                    best, best_w = bits[0], w
            if best:
                return best
            continue
        return v
    return None


class _Walker:
    __slots__ = (
        "buf",
        "el",
        "first_href",
        "flushes",
        "furniture",
        "images",
        "inline",
        "limit",
        "link_chars",
        "link_href",
        "link_marks",
        "link_pieces",
        "links",
        "marked",
        "runs",
        "soft",
    )

    def __init__(
        self, furniture: Callable[[str, str], bool] | None = None, limit: int = 0, marked: bool = True
    ) -> None:
        self.furniture = furniture
        self.limit = limit
        self.marked = marked
        self.el = Elements()
        self.runs: list[Run] = []
        self.images: list[Image] = []
        self.buf: list[str] = []
        """Text pieces of the current run (cleared in place: ``walk`` holds a reference)."""
        self.links: list[str] = []
        self.link_marks: list[str] = []
        self.link_pieces: list[str] | None = None
        self.link_chars = 0
        self.first_href: str | None = None
        self.link_href: str | None = None
        self.soft = -1
        """``len(runs)`` right after a lone ``<br>`` ended a run (the next may continue it), else -1."""
        self.inline: list[tuple[str, str, str | None, int]] = []
        """Inline spans of the current run: ``(kind, text, href, raw offset)``."""
        self.flushes = 0

    def flush(self, owner: int, kind: str) -> None:
        buf = self.buf
        if not buf:
            return
        raw = "".join(buf)
        buf.clear()
        self.flushes += 1
        inline: tuple[tuple[str, str, str | None, int], ...] = ()
        if self.inline:
            marks = self.inline
            if len(marks) > 1:
                marks.sort(key=_sort_key)
            inline = tuple(marks)
            self.inline = []
        # Whitespace between block elements (most flushes) needs no cleaning.
        text = "" if raw.isspace() else _clean(raw)
        runs = self.runs
        if text and self.soft == len(runs) and runs:
            last = runs[-1]
            if (
                last.owner == owner
                and last.kind == kind
                and text[0].islower()
                and last.text[-1] not in _LINE_ENDS
                and len(last.text) < _WRAP_MAX  # (joined by copying: bounded, so linear)
            ):
                # A line the page wrapped with a lone <br> in mid-sentence: the same paragraph.
                runs[-1] = Run(
                    owner,
                    kind,
                    f"{last.text} {text}",
                    last.link_chars + min(self.link_chars, len(text)),
                    last.href or self.first_href,
                    last.links + tuple(self.links),
                    last.link_marks + tuple(self.link_marks),
                    last.start,
                    last.inline + tuple((k, t, h, at + len(last.text) + 1) for k, t, h, at in inline),
                )
                text = ""
        if text:
            self.runs.append(
                Run(
                    owner,
                    kind,
                    text,
                    min(self.link_chars, len(text)),
                    self.first_href,
                    tuple(self.links),
                    tuple(self.link_marks),
                    len(self.runs),
                    inline,
                )
            )
        if self.links:
            self.links = []
            self.link_marks = []
        self.link_chars = 0
        self.first_href = None

    def add_element(self, tag: str, parent: int, a: dict[str, str | None]) -> int:
        el = self.el
        if a:
            words = a.get("class") or ""
            i, r, p = a.get("id"), a.get("role"), a.get("itemprop")
            if i or r or p:
                words = " ".join(v for v in (words, i, r, p) if v)
            mark = a.get(MARK) or ""
            rel = a.get("rel")
            el.words.append(words.lower())
            el.mark.append(mark)
            el.rel.append(rel.lower() if rel else "")
        else:  # most elements have no attributes at all
            el.words.append("")
            el.mark.append("")
            el.rel.append("")
        el.tag.append(tag)
        el.parent.append(parent)
        return len(el.tag) - 1

    def walk(self, node: LexborNode, owner: int, kind: str, depth: int) -> None:
        # The hot loop of the HTML front end (~500 nodes a page): tests are ordered by how
        # often they hit, and attributes are read only for the elements that need them.
        buf = self.buf
        glued = False  # the last child was an inline element (not text)
        for child in node.iter(include_text=True):
            tag = child.tag
            if tag == "-text":
                text = child.text_content
                glued = False
                if text:
                    in_link = self.link_pieces
                    if in_link is not None:
                        buf.append(text)
                        in_link.append(text)
                        self.link_chars += len(text.strip())
                        if self.first_href is None:
                            self.first_href = self.link_href
                    elif buf or not text.isspace():
                        # Leading whitespace of a run is dropped by clean_line anyway.
                        buf.append(text)
                continue
            if tag in _PLAIN:
                span = _EMPHASIS.get(tag)
                if span is None:
                    self.walk(child, owner, kind, depth + 1)
                else:
                    n0, f0 = len(buf), self.flushes
                    self.walk(child, owner, kind, depth + 1)
                    self.span(span, None, n0, f0)
                continue
            if tag in _SKIP or tag is None:
                if tag in _EMBED_TAGS:
                    self.embed(child, owner, tag)
                # A button wrapping a figure (a lightbox: click to enlarge) shows the figure.
                if tag != "button" or child.css_first(_FIGURE_PARTS) is None:
                    continue
            a = child.attributes
            if a and ("hidden" in a or (("style" in a or "aria-hidden" in a) and _is_hidden(a))):
                continue
            if tag in _BLOCK:
                if tag in _IMG_TAGS:
                    src = _image_src(a) if a else None
                    if src:
                        self.images.append(Image(owner, len(self.runs), src, a.get("alt") or ""))
                    if tag == "img":
                        continue
                block = True
            elif tag == "a":
                if not a or ("href" not in a and "onclick" not in a and "role" not in a):
                    # An anchor (<a name="s2">, a stray <a/>) is no link: the parser reopens an
                    # unclosed one in every block after it, which made whole sections "links".
                    self.walk(child, owner, kind, depth + 1)
                    continue
                block = False
            elif tag == "br":
                if kind in _BR_JOINS:
                    buf.append(" ")
                elif buf and not "".join(buf).isspace():
                    self.flush(owner, kind)
                    self.soft = len(self.runs)
                else:
                    self.flush(owner, kind)
                    self.soft = -1  # a second <br> in a row: a paragraph break
                continue
            elif tag == "span":
                cls = a.get("class")
                block = cls is not None and any(w in cls.lower() for w in _SEMI_BLOCK_WORDS)
            else:
                block = False
            if glued and not block and tag in _PIECES and buf and buf[-1][-1:].isalnum():
                # <span>04/12/2026</span><span>1964 views</span>, <a>Headline</a><time>...:
                # separate elements set side by side (by CSS) are separate words.
                first = child.text(deep=True).lstrip()[:1]
                if first.isalnum():
                    buf.append(" ")
            glued = not block
            if depth > _MAX_DEPTH:
                buf.append(" " + child.text(deep=True, separator=" ") + " ")
                continue
            if block:
                if buf:
                    self.flush(owner, kind)
                self.soft = -1
                eid = self.add_element(tag, owner, a)
                furniture = self.furniture
                if furniture is not None:
                    words = self.el.words[eid]
                    if (words or tag in _FURNITURE_TAGS) and furniture(words, tag):
                        # Its <p> text is part of its text: the cheaper test first.
                        size = len(child.text(deep=True))
                        limit = self.limit
                        if (
                            (size < limit or sum(len(p.text(deep=True)) for p in child.css("p")) < limit)
                            and (not self.marked or not child.css_matches(_MARKED))
                            and (size < _BODY_MIN or tag not in _BODY_BOX_TAGS or not _holds_body(child))
                        ):
                            # Menus, share bars, comment threads...: no runs, only their size.
                            self.el.skipped[eid] = size
                            continue
                ckind = _STICKY.get(tag) or (kind if kind in _STICKY_KINDS else _KIND.get(tag, "div"))
                if kind == "li" and tag == "p":
                    ckind = "li"  # a list item's paragraph (Sphinx writes <li><p>) is the item
                self.walk(child, eid, ckind, depth + 1)
                if buf:
                    self.flush(eid, ckind)
                self.soft = -1
            elif tag == "a":
                outer = self.link_pieces
                outer_href = self.link_href
                pieces: list[str] = []
                self.link_pieces = pieces
                href = a.get("href")
                self.link_href = href or outer_href
                n0, f0 = len(buf), self.flushes
                self.walk(child, owner, kind, depth + 1)
                if href:
                    self.span("link", href, n0, f0)
                self.link_pieces = outer
                self.link_href = outer_href
                ltext = "".join(pieces).strip()
                if outer is not None:
                    outer.extend(pieces)
                if ltext:
                    self.links.append(_clean(ltext) if "  " in ltext or "\n" in ltext else ltext)
                    mark, rel = a.get(MARK), a.get("rel")
                    self.link_marks.append(f"{mark or ''} {rel or ''}".strip().lower() if mark or rel else "")
            elif a and a.get(MARK):
                # An inline element a profile selector picked: make it its own run.
                self.flush(owner, kind)
                eid = self.add_element(tag, owner, a)
                self.walk(child, eid, kind, depth + 1)
                self.flush(eid, kind)
            else:
                self.walk(child, owner, kind, depth + 1)

    def span(self, kind: str, href: str | None, n0: int, f0: int) -> None:
        """Record the text added to the run since ``n0`` pieces as an inline span (not when
        the run was flushed in between: the span crossed a block)."""
        buf = self.buf
        if self.flushes != f0 or len(buf) <= n0:
            return
        raw = "".join(buf[n0:])
        if raw.isspace():
            return
        # Where the span starts in the run's cleaned text: the cleaned text before it, and the
        # space that joins them.
        before = "".join(buf[:n0]).split()
        start = len(" ".join(before))
        if before and (buf[n0 - 1][-1:].isspace() or raw[:1].isspace()):
            start += 1
        self.inline.append((kind, _clean(raw), href, start))

    def embed(self, node: LexborNode, owner: int, tag: str) -> None:
        """Record an embedded player and its source."""
        a = node.attributes
        src = next((v for v in (a.get(k) for k in _EMBED_SRC) if v), None)
        if src is None and tag in ("video", "audio"):
            source = node.css_first("source[src]")
            src = source.attributes.get("src") if source is not None else None
        if src and not src.startswith(("data:", "javascript:", "about:")):
            self.el.embeds.append((owner, len(self.runs), tag, src.strip()))


def _is_hidden(a: dict[str, str | None]) -> bool:
    style = a.get("style")
    if style and "none" in style:
        s = style.replace(" ", "").lower()
        if "display:none" in s or "visibility:hidden" in s:
            return True
    return a.get("aria-hidden") == "true" and a.get("class") is not None and "hidden" in (a.get("class") or "")


def keep_noscript_text(nodes: list[Any]) -> bool:
    """Remove the page's ``<noscript>`` elements except those holding paragraphs (which the
    walk skips all the same, but which may be read in place of an article scripts render);
    whether any was kept. ``nodes``: the page's ``<noscript>`` elements (read_head's scan), in
    page order."""
    kept = False
    for node in nodes:
        if node.css_first("p") is None:
            node.decompose()
        else:
            kept = True
    return kept


def walk(
    tree: LexborHTMLParser,
    furniture: Callable[[str, str], bool] | None = None,
    share: float = 0.3,
    *,
    marked: bool = True,
    noscript_kept: bool = False,
) -> tuple[Elements, list[Run], list[Image]]:
    """Walk ``tree`` (already marked by selectors) into elements, runs and images.

    ``furniture(words, tag)`` (lower-cased class/id/role/itemprop words, tag name) says an element
    is page furniture; such an element is recorded but its subtree is not walked when its text
    holds under ``share`` of the page's ``<p>`` text and no selector marked anything inside it
    (``marked=False``: the selectors marked nothing on this page, so that is not looked up).
    """
    root = tree.body
    limit = 0
    if root is not None and furniture is not None:
        # Kept <noscript> elements (keep_noscript_text) stay for a second walk; this one skips them.
        tree.strip_tags(_SHOWN_WITHOUT_SCRIPTS if noscript_kept else _NEVER_SHOWN)
        limit = int(sum(len(p.text(deep=True)) for p in root.css("p")) * share)
    w = _Walker(furniture, limit, marked)
    w.add_element("body", -1, root.attributes if root is not None else {})
    if root is not None:
        w.walk(root, 0, "div", 0)
        w.flush(0, "div")
    return w.el, w.runs, w.images
