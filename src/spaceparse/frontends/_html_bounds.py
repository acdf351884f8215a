"""Bounds on what Lexbor is given, so that no markup makes a page cost more than linear time.

Two things in a page make the cost explode, and both are cut here, before Lexbor
sees the page, in passes that are linear and run only when a cheap count says
they may be needed (a page of 128 KiB or more pays for one ``count("=")``, about 4% of
its parse, and one ``find`` per 8 KB block; smaller pages pay nothing):

* **Name storms.** Lexbor interns every tag and attribute name in a per-document
  table whose cost grows with the number of *distinct* names: one element with
  20,000 distinct attributes took 0.8 s, 40,000 4.8 s, 2 MB of them minutes (20,000
  distinct tag names 0.02 s, 80,000 0.8 s). Attributes past :data:`MAX_ATTRIBUTES`
  in one tag are dropped (the first ones are kept, as a browser keeps the first of
  duplicate names), and so are tag and attribute names past the first
  :data:`MAX_NAMES` distinct ones of the page that are not HTML's own (the tag goes,
  its text stays). Real pages use a few hundred names and a few dozen attributes per
  tag at most.
* **Element storms.** Each element costs the front end and the rules a few
  microseconds and about a kilobyte, whatever its size: 1 MB of ``<p>x`` (250,000
  paragraphs) took seconds and 250 MB. A page is read up to its
  :func:`tag_budget`-th start tag and the rest is dropped: the Article says so
  (``partial``). Real pages stay below the budget (:data:`BYTES_PER_TAG`). Start tags
  past the nesting cap are not counted (:func:`~._html_dom.parse_tree`).
"""

from __future__ import annotations

import re

__all__ = [
    "BYTES_PER_TAG",
    "MAX_ATTRIBUTES",
    "MAX_NAMES",
    "TAG_FLOOR",
    "bound_markup",
    "cap_names",
    "cap_names_if_needed",
    "cut_at_tag",
    "cut_to_budget",
    "find_closing",
    "tag_budget",
]

TAG_FLOOR = 16_384
"""Every page may have this many start tags, whatever its size (end tags are not counted:
they make no element)."""
BYTES_PER_TAG = 64
"""Past :data:`TAG_FLOOR`, one start tag per this many characters of the page. An element
costs ~1 KB of memory and ~5-10 µs through the front end and the rules (compiled): one
per 64 characters keeps a storm page under ~20x its size in memory and about as fast per
MB as a page of paragraphs. Real pages use fewer (the most start tags seen: 13,000 in
930 KB, 71 characters each; the densest: 9,800 in 330 KB, 34 each, under the floor)."""
MAX_ATTRIBUTES = 256
"""Attributes kept per tag."""
MAX_NAMES = 10_000
"""Distinct tag and attribute names kept per page (Lexbor's cost at 10,000: ~5 ms)."""
NAME_SCAN_MIN = 1 << 17
"""Below this many characters a page cannot hold enough distinct names (3 characters and a
separator each) to cost more than ~0.05 s: no scan."""
_MANY_TAGS = 32_768
"""A page with more ``<`` (or ``=``) than this may hold that many distinct tag (or attribute)
names, which would cost Lexbor ~0.1 s: full pass. Real pages stay under (the most seen:
26,000 ``<`` and 14,000 ``=``)."""
_LONG_TAG = 16_384
"""A tag shorter than this holds at most ~4,000 distinct attributes (three characters and a
separator each), which Lexbor reads in ~20 ms; the attributes of longer tags are counted."""

# One attribute: separators, a name, an optional value (quoted values may hold "<" and ">",
# as in the HTML tokenizer). Atomic: a tag that runs to the end of the page is read once.
_ATTR_SRC = r"""(?>[\s/]*([^\s/>][^\s/>=]*)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]*))?)"""
_ATTR = re.compile(_ATTR_SRC)
_ATTRS = re.compile("(?:" + _ATTR_SRC + r")*+[\s/]*")
# Tokens of the full pass: a comment, or "<" / "</" and a tag name.
_TOKEN = re.compile(r"<(?:(!--)|(/?)([A-Za-z][^\s/>]*))")
# Names, for counting distinct ones (a name followed by "=" anywhere: wider than attributes).
_TAG_NAME = re.compile(r"</?([A-Za-z][^\s/>]*)")
_VALUED_NAME = re.compile(r"[\s/\"']([^\s/>=\"'<]+)=")
_TAG_START = re.compile(r"<[A-Za-z][^\s/>]*")
_RAW_OPEN = re.compile(r"<(script|style)(?![^\s/>])|<!--", re.IGNORECASE)
_RAW_TEXT = frozenset({"script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext"})
# Names that are never dropped (and not counted): HTML's own elements and common attributes,
# which Lexbor knows in advance. Only the page's other names are capped.
_STANDARD = frozenset(
    {
        "a",
        "abbr",
        "accept",
        "action",
        "address",
        "align",
        "alt",
        "area",
        "aria-hidden",
        "aria-label",
        "article",
        "aside",
        "async",
        "audio",
        "b",
        "base",
        "bdi",
        "bdo",
        "blockquote",
        "body",
        "border",
        "br",
        "button",
        "canvas",
        "caption",
        "cellpadding",
        "cellspacing",
        "center",
        "charset",
        "checked",
        "cite",
        "class",
        "code",
        "col",
        "colgroup",
        "cols",
        "colspan",
        "content",
        "contenteditable",
        "controls",
        "coords",
        "crossorigin",
        "data",
        "datalist",
        "datetime",
        "dd",
        "decoding",
        "defer",
        "del",
        "details",
        "dfn",
        "dialog",
        "dir",
        "disabled",
        "div",
        "dl",
        "download",
        "draggable",
        "dt",
        "em",
        "embed",
        "enctype",
        "fieldset",
        "figcaption",
        "figure",
        "font",
        "footer",
        "for",
        "form",
        "frame",
        "frameborder",
        "frameset",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "head",
        "header",
        "headers",
        "height",
        "hgroup",
        "hidden",
        "hr",
        "href",
        "hreflang",
        "html",
        "http-equiv",
        "i",
        "id",
        "iframe",
        "img",
        "input",
        "ins",
        "integrity",
        "itemid",
        "itemprop",
        "itemref",
        "itemscope",
        "itemtype",
        "kbd",
        "label",
        "lang",
        "legend",
        "li",
        "link",
        "loading",
        "main",
        "map",
        "mark",
        "math",
        "max",
        "maxlength",
        "media",
        "menu",
        "meta",
        "meter",
        "method",
        "min",
        "multiple",
        "name",
        "nav",
        "noembed",
        "noframes",
        "nonce",
        "noscript",
        "object",
        "ol",
        "onclick",
        "onload",
        "optgroup",
        "option",
        "output",
        "p",
        "param",
        "pattern",
        "picture",
        "placeholder",
        "plaintext",
        "poster",
        "pre",
        "preload",
        "progress",
        "property",
        "q",
        "readonly",
        "referrerpolicy",
        "rel",
        "required",
        "rev",
        "role",
        "rows",
        "rowspan",
        "rp",
        "rt",
        "ruby",
        "s",
        "samp",
        "sandbox",
        "scope",
        "script",
        "scrolling",
        "search",
        "section",
        "select",
        "selected",
        "shape",
        "size",
        "sizes",
        "slot",
        "small",
        "source",
        "span",
        "src",
        "srcdoc",
        "srcset",
        "start",
        "step",
        "strike",
        "strong",
        "style",
        "sub",
        "summary",
        "sup",
        "svg",
        "tabindex",
        "table",
        "target",
        "tbody",
        "td",
        "template",
        "textarea",
        "tfoot",
        "th",
        "thead",
        "time",
        "title",
        "tr",
        "track",
        "translate",
        "tt",
        "type",
        "u",
        "ul",
        "usemap",
        "valign",
        "value",
        "var",
        "video",
        "wbr",
        "width",
        "wrap",
        "xmlns",
        "xmp",
    }
)


def tag_budget(size: int) -> int:
    """How many start tags a page of ``size`` characters may have before the rest is dropped."""
    return max(TAG_FLOOR, size // BYTES_PER_TAG)


def cut_at_tag(html: str, k: int) -> int:
    """The index of the ``k``-th start tag of ``html`` (1-based; every ``<`` but ``</``), or
    ``len(html)`` when there are fewer."""
    step = 1 << 16
    seen = 0
    for i in range(0, len(html), step):
        c = html.count("<", i, i + step) - html.count("</", i, i + step)
        if seen + c >= k:
            pos = i - 1
            while True:
                pos = html.find("<", pos + 1)
                if not html.startswith("</", pos):
                    seen += 1
                    if seen == k:
                        return pos
        seen += c
    return len(html)


def _attribute_storm(html: str) -> bool:
    """Does a tag of ``html`` hold more than :data:`MAX_ATTRIBUTES` attributes?

    Only a tag of :data:`_LONG_TAG` characters or more can, and it covers a whole aligned
    block of half that size without ``<`` or ``>``: on a normal page every block has one
    within its first few hundred characters, so the look costs a ``find`` per block. A
    block without is looked at from the last ``<`` before it (each character once);
    long "tags" in scripts, styles and comments (``i<n.length;i++){...``) are not tags.
    """
    step = _LONG_TAG // 2
    lo = 0  # every "<" before lo has been looked at
    seen = -1
    raw = _RawText(html)
    for i in range(0, len(html) - step + 1, step):
        if html.find("<", i, i + step) >= 0 or html.find(">", i, i + step) >= 0:
            continue
        start = html.rfind("<", lo, i)
        lo = i + step
        if start < 0 or start == seen:
            continue  # (the tag over the block, if any, was looked at already)
        seen = start
        m = _TAG_START.match(html, start)
        if m is None:
            continue
        end = _attrs_end(html, m.end())
        if end < i + step:
            continue  # the tag ends before the block
        for names, _ in enumerate(_ATTR.finditer(html, m.end(), end)):
            if names >= MAX_ATTRIBUTES:
                if not raw.holds(start):
                    return True
                break
    return False


class _RawText:
    """Is a position inside a script, a style or a comment? Asked for increasing positions:
    each opener is found once."""

    def __init__(self, html: str) -> None:
        self.html = html
        self.lo = 0  # html[:lo] is done and lo is outside raw text

    def holds(self, pos: int) -> bool:
        html = self.html
        while True:
            opener = _RAW_OPEN.search(html, self.lo, pos)
            if opener is None:
                self.lo = pos
                return False
            close = _raw_end(html, opener)
            if close > pos:
                return True
            self.lo = close


def _raw_end(html: str, opener: re.Match[str]) -> int:
    """Where the script, style or comment that ``opener`` starts ends (the page's end if never)."""
    name = opener.group(1)
    if name is None:
        close = html.find("-->", opener.end())
        return close + 3 if close >= 0 else len(html)
    close = find_closing(html, name.lower(), opener.end())
    return close + 2 if close >= 0 else len(html)


def cap_names(html: str) -> str:
    """``html`` with attributes past :data:`MAX_ATTRIBUTES` in a tag, and tags and attributes
    whose name is past the first :data:`MAX_NAMES` distinct ones, removed (one linear pass;
    raw-text elements and comments are skipped, as by the HTML tokenizer)."""
    names: set[str] = set()
    keep: list[str] = []
    last = 0
    n = len(html)
    m = _TOKEN.search(html)
    while m is not None:
        if m.group(1):  # a comment: skip to its end (an unclosed one runs to the end of the page)
            close = html.find("-->", m.end())
            if close < 0:
                break
            m = _TOKEN.search(html, close + 3)
            continue
        name = m.group(3).lower()
        attrs_at = m.end()
        end = _attrs_end(html, attrs_at)
        known = name in _STANDARD or name in names
        if not known and len(names) < MAX_NAMES:
            names.add(name)
            known = True
        if not known:  # the whole tag goes; its text stays
            keep.append(html[last : m.start()])
            last = end + 1 if html.startswith(">", end) else end
        elif not m.group(2) and end > attrs_at:
            pieces: list[str] = []
            count = 0
            changed = False
            for a in _ATTR.finditer(html, attrs_at, end):
                aname = a.group(1).lower()
                if count >= MAX_ATTRIBUTES or (
                    aname not in names and len(names) >= MAX_NAMES and aname not in _STANDARD
                ):
                    changed = True
                    continue
                if aname not in _STANDARD:
                    names.add(aname)
                count += 1
                pieces.append(a.group(0))
            if changed:
                keep.append(html[last:attrs_at])
                keep.append("".join(pieces))
                last = end
        if not m.group(2) and name in _RAW_TEXT:  # its text is not markup: go on at its end tag
            close = find_closing(html, name, end)
            end = close if close >= 0 else n
        m = _TOKEN.search(html, max(end, m.end()))
    if not keep:
        return html
    keep.append(html[last:])
    return "".join(keep)


def _attrs_end(html: str, pos: int) -> int:
    """Where the attributes of a tag whose name ends at ``pos`` end (at its ``>``, or the page's end)."""
    m = _ATTRS.match(html, pos)
    return m.end() if m is not None else pos


def find_closing(html: str, name: str, start: int) -> int:
    """``</name`` at or after ``start``, any case, without lower-casing the whole page."""
    pos = start
    while True:
        pos = html.find("</", pos)
        if pos < 0 or html[pos + 2 : pos + 2 + len(name)].lower() == name:
            return pos
        pos += 2


def cap_names_if_needed(html: str, tags: int) -> str:
    """:func:`cap_names` of ``html`` when a cheap look says it may hold a name storm, else
    ``html`` itself. ``tags``: ``html.count("<")``, which the caller has already."""
    if len(html) >= NAME_SCAN_MIN and (_many_names(html, tags) or _attribute_storm(html)):
        return cap_names(html)
    return html


def _many_names(html: str, tags: int) -> bool:
    """Over ``MAX_NAMES // 2`` distinct tag names, or attribute names before ``=``? Counted
    (at C speed) only on a page with over :data:`_MANY_TAGS` ``<`` or ``=``."""
    if tags > _MANY_TAGS and len(set(_TAG_NAME.findall(html))) > MAX_NAMES // 2:
        return True
    return html.count("=") > _MANY_TAGS and len(set(_VALUED_NAME.findall(html))) > MAX_NAMES // 2


def cut_to_budget(html: str, tags: int) -> tuple[str, bool]:
    """``(html up to its tag budget, whether it was cut)``; ``tags``: ``html.count("<")`` or more."""
    budget = tag_budget(len(html))
    if tags <= budget or tags - html.count("</") <= budget:
        return html, False
    cut = cut_at_tag(html, budget + 1)
    if cut >= len(html):
        return html, False
    return html[:cut], True


def bound_markup(html: str, tags: int) -> tuple[str, bool]:
    """``(html within the bounds, whether tags past the budget were dropped)``: names capped
    where needed, then cut at the :func:`tag_budget`-th ``<`` (without the nesting pass,
    which :func:`~._html_dom.parse_tree` runs with the budget on deep pages).

    ``tags``: ``html.count("<")``, which the caller has already.
    """
    return cut_to_budget(cap_names_if_needed(html, tags), tags)
