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

from collections.abc import Callable

import attrs
from selectolax.lexbor import LexborHTMLParser, LexborNode

from ..normalize import clean_line

__all__ = ["MARK", "Elements", "Image", "Run", "parse_tree", "walk"]

MARK = "data-sp"
"""Attribute that profile selectors set on matched nodes before the walk."""

# Never shown as text (or shown only without scripting, like <noscript>).
_SKIP = frozenset(
    {
        "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas",
        "select", "option", "button", "input", "textarea", "head", "title", "meta", "link", "audio",
        "video", "source", "map", "dialog", "-comment", "base", "param", "track", "frameset", "frame",
    }
)
# Elements whose boundaries break a text run (CSS display: block and friends).
_BLOCK = frozenset(
    {
        "html", "body", "address", "article", "aside", "blockquote", "dd", "details", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
        "header", "hgroup", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody",
        "thead", "tfoot", "tr", "td", "th", "ul", "caption", "summary", "center", "menu", "amp-carousel",
        "picture", "amp-img", "img",
    }
)
# Inline formatting whose attributes never matter: walked without reading them.
_PLAIN = frozenset({"b", "i", "em", "strong", "u", "s", "small", "sup", "sub", "font", "abbr", "cite", "code", "mark", "q", "wbr", "nobr", "bdi", "bdo", "dfn", "kbd", "samp", "var", "ins", "del", "strike", "big", "tt"})
# The kind a run gets from its owner; blockquote/figcaption stick to descendants.
_KIND = {
    "p": "p", "h1": "h1", "h2": "h2", "h3": "h3", "h4": "h4", "h5": "h5", "h6": "h6", "li": "li",
    "pre": "pre", "td": "td", "th": "td", "dd": "p", "dt": "p", "caption": "caption",
}
_STICKY = {"blockquote": "quote", "figcaption": "caption"}
# Inline elements with these class words are run boundaries too (credit spans, bylines).
_SEMI_BLOCK_WORDS = ("credit", "byline", "author", "date", "time", "caption", "categor", "dateline")
_MAX_DEPTH = 400
# Removed in C before a furniture-skipping walk, so that a skipped element's text length is
# what a reader would see.
_NEVER_SHOWN = ["script", "style", "noscript"]
_FURNITURE_TAGS = frozenset({"nav", "footer", "aside", "form"})
_MARKED = "[" + MARK + "]"
_IMG_ATTRS = ("data-src", "data-lazy-src", "data-original", "data-lazy", "data-srcset", "data-lazy-srcset", "srcset", "src")


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
    skipped: dict[int, int] = attrs.Factory(dict)
    """Furniture elements whose subtree was not walked -> their text length."""


@attrs.frozen(slots=True)
class Run:
    """A paragraph-like run of text."""

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


@attrs.frozen(slots=True)
class Image:
    owner: int
    run_index: int
    """Number of runs emitted before the image (its position in page order)."""
    src: str
    alt: str


def parse_tree(html: str) -> LexborHTMLParser:
    return LexborHTMLParser(html)


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
        "buf", "el", "first_href", "furniture", "images", "limit", "link_chars", "link_href", "link_marks",
        "link_pieces", "links", "runs",
    )

    def __init__(self, furniture: Callable[[str, str], bool] | None = None, limit: int = 0) -> None:
        self.furniture = furniture
        self.limit = limit
        self.el = Elements()
        self.runs: list[Run] = []
        self.images: list[Image] = []
        self.buf: list[str] = []
        self.links: list[str] = []
        self.link_marks: list[str] = []
        self.link_pieces: list[str] | None = None
        self.link_chars = 0
        self.first_href: str | None = None
        self.link_href: str | None = None

    def flush(self, owner: int, kind: str) -> None:
        if not self.buf:
            return
        raw = "".join(self.buf)
        self.buf = []
        # Whitespace between block elements (most flushes) needs no cleaning.
        text = "" if raw.isspace() else clean_line(raw)
        if text:
            self.runs.append(
                Run(
                    owner=owner,
                    kind=kind,
                    text=text,
                    link_chars=min(self.link_chars, len(text)),
                    href=self.first_href,
                    links=tuple(self.links),
                    link_marks=tuple(self.link_marks),
                    start=len(self.runs),
                )
            )
        self.links = []
        self.link_marks = []
        self.link_chars = 0
        self.first_href = None

    def add_element(self, tag: str, parent: int, a: dict[str, str | None]) -> int:
        el = self.el
        words = " ".join(v for v in (a.get("class"), a.get("id"), a.get("role"), a.get("itemprop")) if v)
        el.tag.append(tag)
        el.parent.append(parent)
        el.words.append(words.lower())
        el.mark.append(a.get(MARK) or "")
        el.rel.append((a.get("rel") or "").lower())
        return len(el.tag) - 1

    def walk(self, node: LexborNode, owner: int, kind: str, depth: int) -> None:
        for child in node.iter(include_text=True):
            tag = child.tag
            if tag == "-text":
                text = child.text_content
                if text:
                    self.buf.append(text)
                    if self.link_pieces is not None:
                        self.link_pieces.append(text)
                        self.link_chars += len(text.strip())
                        if self.first_href is None:
                            self.first_href = self.link_href
                continue
            if tag in _SKIP or tag is None:
                continue
            if tag in _PLAIN:
                self.walk(child, owner, kind, depth + 1)
                continue
            a = child.attributes
            if "hidden" in a or _is_hidden(a):
                continue
            if tag == "br":
                if kind in ("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "caption", "quote"):
                    self.buf.append(" ")
                else:
                    self.flush(owner, kind)
                continue
            if tag in ("img", "amp-img"):
                src = _image_src(a)
                if src:
                    self.images.append(Image(owner=owner, run_index=len(self.runs), src=src, alt=a.get("alt") or ""))
                if tag == "img":
                    continue
            if depth > _MAX_DEPTH:
                self.buf.append(" " + child.text(deep=True, separator=" ") + " ")
                continue
            cls = a.get("class")
            block = tag in _BLOCK or (
                cls is not None and tag == "span" and any(w in cls.lower() for w in _SEMI_BLOCK_WORDS)
            )
            if block:
                if self.buf:
                    self.flush(owner, kind)
                eid = self.add_element(tag, owner, a)
                words = self.el.words[eid]
                if self.furniture is not None and (words or tag in _FURNITURE_TAGS) and self.furniture(words, tag):
                    p_text = sum(len(p.text(deep=True)) for p in child.css("p"))
                    if p_text < self.limit and not child.css_matches(_MARKED):
                        # Menus, share bars, comment threads...: no runs, only their size.
                        self.el.skipped[eid] = len(child.text(deep=True))
                        continue
                ckind = _STICKY.get(tag) or (kind if kind in ("quote", "caption") else _KIND.get(tag, "div"))
                self.walk(child, eid, ckind, depth + 1)
                if self.buf:
                    self.flush(eid, ckind)
            elif tag == "a":
                outer = self.link_pieces
                outer_href = self.link_href
                pieces: list[str] = []
                self.link_pieces = pieces
                self.link_href = a.get("href") or outer_href
                self.walk(child, owner, kind, depth + 1)
                self.link_pieces = outer
                self.link_href = outer_href
                ltext = "".join(pieces).strip()
                if outer is not None:
                    outer.extend(pieces)
                if ltext:
                    self.links.append(clean_line(ltext) if "  " in ltext or "\n" in ltext else ltext)
                    self.link_marks.append(((a.get(MARK) or "") + " " + (a.get("rel") or "")).strip().lower())
            else:
                mark = a.get(MARK)
                if mark:
                    # An inline element a profile selector picked: make it its own run.
                    self.flush(owner, kind)
                    eid = self.add_element(tag, owner, a)
                    self.walk(child, eid, kind, depth + 1)
                    self.flush(eid, kind)
                else:
                    self.walk(child, owner, kind, depth + 1)


def _is_hidden(a: dict[str, str | None]) -> bool:
    style = a.get("style")
    if style and "none" in style:
        s = style.replace(" ", "").lower()
        if "display:none" in s or "visibility:hidden" in s:
            return True
    return a.get("aria-hidden") == "true" and a.get("class") is not None and "hidden" in (a.get("class") or "")


def walk(
    tree: LexborHTMLParser, furniture: Callable[[str, str], bool] | None = None, share: float = 0.3
) -> tuple[Elements, list[Run], list[Image]]:
    """Walk ``tree`` (already marked by selectors) into elements, runs and images.

    ``furniture(words, tag)`` (lower-cased class/id/role/itemprop words, tag name) says an element
    is page furniture; such an element is recorded but its subtree is not walked when its text
    holds under ``share`` of the page's ``<p>`` text and no selector marked anything inside it.
    """
    root = tree.body
    limit = 0
    if root is not None and furniture is not None:
        tree.strip_tags(_NEVER_SHOWN)
        limit = int(sum(len(p.text(deep=True)) for p in root.css("p")) * share)
    w = _Walker(furniture, limit)
    w.add_element("body", -1, root.attributes if root is not None else {})
    if root is not None:
        w.walk(root, 0, "div", 0)
        w.flush(0, "div")
    return w.el, w.runs, w.images
