"""The structured body: :attr:`Article.content` from the body blocks the rules chose.

The body rule decides *which* blocks are the article's text; this module only says
what each of them *is*: a heading, a list item, a table cell, a quote, code, a social
post's words, or a paragraph; and places the figures and players set between them.
Every body block lands in exactly one text-bearing element, in order, so
``content_texts(content) == body`` holds by construction.

HTML pages carry a :class:`~spaceparse.blocks.Structure` (the markup's containers around
each block); scraped text has only its lines' shapes (:func:`_text_content`).
"""

from __future__ import annotations

import re

from .blocks import Block, Document, PageObject, Path, Structure
from .elements import Code, Element, Embed, Figure, Heading, ListBlock, ListItem, Paragraph, Quote, Span, Table
from .profiles import Profile
from .recognisers.credits import parse_credit, strip_credit_prefix
from .recognisers.urls import absolute
from .segmentation import Segmentation

__all__ = ["build_content"]

_LIST_TAGS = frozenset({"ul", "ol"})
_TABLE_PARTS = frozenset({"table", "thead", "tr", "td", "th"})
_HEADING_KINDS = {"h1": 2, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
# A table whose cells hold more than this is the page's layout, not data.
_CELL_MAX = 300
# Image URLs of furniture, not figures.
_NOT_FIGURE = ("icon", "logo", "avatar", "gravatar", "spacer", "pixel", "blank.", "badge", "emoji", "sprite")
_NOT_LINKS = ("#", "javascript:", "mailto:", "tel:", "data:")
_NEAR_CAPTION = 6  # blocks after an image looked at for its figure's caption
_ATTRIBUTION_DASH = re.compile(r"[—–―]\s*\S|-{1,2}\s+\S")


def build_content(doc: Document, seg: Segmentation, profile: Profile, lead_url: str | None) -> tuple[Element, ...]:
    """The structured body of ``doc`` as the rules in ``seg`` segmented it."""
    roles = seg.roles
    body = [b for b in doc.blocks if roles[b.index] == "body"]
    if not body:
        return ()
    st = doc.structure
    if st is None or len(st.paths) != len(doc.blocks):
        return _text_content(body, _text_figures(doc, seg, body, profile))
    return _html_content(doc, seg, body, st, profile, lead_url)


# --- spans -----------------------------------------------------------------------------


def _spans(text: str, marks: tuple[tuple[str, str, str | None, int], ...], base: str | None) -> tuple[Span, ...]:
    """Place each mark's text in ``text`` where the markup says (else its first place after the
    previous span's start), dropping ones that cross another."""
    if not marks:
        return ()
    out: list[Span] = []
    cursor = 0
    for kind, mtext, url, at in marks:
        if not mtext:
            continue
        if kind == "link":
            url = absolute(url, base) if url and not url.startswith(_NOT_LINKS) else None
            if url is None:
                continue
        pos = at if text.startswith(mtext, at) else text.find(mtext, cursor)
        if pos < 0:
            continue
        end = pos + len(mtext)
        if any(s.start < pos < s.end < end for s in out):
            continue  # crosses an earlier span: not nestable in Markdown/HTML
        if kind != "link" and any(s.start == pos and s.end == end and s.kind == kind for s in out):
            continue
        out.append(Span(pos, end, kind, url))  # type: ignore[arg-type]
        cursor = pos
    return tuple(out)


def _shift(spans: tuple[Span, ...], by: int) -> list[Span]:
    return [Span(s.start + by, s.end + by, s.kind, s.url) for s in spans] if by else list(spans)


# --- HTML ------------------------------------------------------------------------------


class _Item:
    __slots__ = ("id", "lists", "spans", "text")

    def __init__(self, id_: int) -> None:
        self.id = id_
        self.text = ""
        self.spans: list[Span] = []
        self.lists: list[_List] = []

    def add(self, text: str, spans: tuple[Span, ...]) -> None:
        if self.text:
            self.spans.extend(_shift(spans, len(self.text) + 1))
            self.text += "\n" + text
        else:
            self.spans.extend(spans)
            self.text = text

    def freeze(self) -> ListItem:
        return ListItem(self.text, tuple(self.spans), tuple(sub.freeze() for sub in self.lists))


class _List:
    __slots__ = ("id", "items", "ordered")

    def __init__(self, id_: int, ordered: bool) -> None:
        self.id = id_
        self.ordered = ordered
        self.items: list[_Item] = []

    def item(self, id_: int, for_text: bool) -> _Item:
        items = self.items
        # A text after a nested list in the same <li> starts an item of its own (keeps order).
        if not items or items[-1].id != id_ or (for_text and items[-1].lists):
            items.append(_Item(id_))
        return items[-1]

    def freeze(self) -> ListBlock:
        return ListBlock(tuple(i.freeze() for i in self.items), self.ordered)


def _list_add(root: _List, chain: list[tuple[str, int]], text: str, spans: tuple[Span, ...]) -> None:
    """Add a block under ``chain`` (the path from the outer list on: lists and items)."""
    current = root
    item: _Item | None = None
    for tag, i in chain[1:]:
        if tag == "li":
            item = current.item(i, False)
            continue
        if item is None:
            item = current.item(-1, False)
        if not item.lists or item.lists[-1].id != i:
            item.lists.append(_List(i, tag == "ol"))
        current = item.lists[-1]
        item = None
    item = current.item(-1 if item is None else item.id, True)
    item.add(text, spans)


def _list_element(group: list[tuple[Block, Path, int, tuple[Span, ...]]]) -> ListBlock:
    first_path, at = group[0][1], group[0][2]
    tag, lid = first_path[at]
    root = _List(lid, tag == "ol")
    for b, path, k, spans in group:
        chain = [p for p in path[k:] if p[0] in _LIST_TAGS or p[0] == "li"]
        _list_add(root, chain, b.text, spans)
    return root.freeze()


def _table_element(group: list[tuple[Block, Path, int, tuple[Span, ...]]]) -> Table:
    rows: list[tuple[int, bool, list[tuple[int, str]]]] = []  # (tr id, header, cells)
    for b, path, k, _s in group:
        tr, cell, head, in_thead = -1, -1, False, False
        for tag, i in path[k + 1 :]:
            if tag == "table":
                break  # a nested table's cell stays in its outer cell
            if tag == "thead":
                in_thead = True
            elif tag == "tr":
                tr = i
            elif tag in ("td", "th"):
                cell, head = i, tag == "th"
        if not rows or rows[-1][0] != tr:
            rows.append((tr, in_thead or head, []))
        cells = rows[-1][2]
        if not (in_thead or head) and rows[-1][1]:
            rows[-1] = (tr, False, cells)
        if cells and cells[-1][0] == cell:
            cells[-1] = (cell, cells[-1][1] + "\n" + b.text)
        else:
            cells.append((cell, b.text))
    header: tuple[str, ...] = ()
    body_rows = rows
    if rows and rows[0][1]:
        header = tuple(c[1] for c in rows[0][2])
        body_rows = rows[1:]
    return Table(header, tuple(tuple(c[1] for c in r[2]) for r in body_rows))


def _quote_element(group: list[tuple[Block, Path, int, tuple[Span, ...]]]) -> Quote:
    paragraphs = [Paragraph(b.text, spans) for b, _p, _k, spans in group]
    attribution: str | None = None
    if len(group) > 1:
        last, path, k, _s = group[-1]
        text = last.text
        if any(t == "footer" for t, _i in path[k:]) or (len(text) <= 120 and _ATTRIBUTION_DASH.match(text)):
            attribution = text
            paragraphs.pop()
    return Quote(tuple(paragraphs), attribution)


def _social_element(group: list[tuple[Block, Path, int, tuple[Span, ...]]], st: Structure) -> Embed:
    """A social post's words; its URL is the last link inside it (the post's date links to it)."""
    first, path, k, _s = group[0]
    key = path[k]
    url: str | None = None
    i = first.index
    while i < len(st.paths) and key in st.paths[i]:
        for kind, _t, href, _at in st.inline[i]:
            if kind == "link" and href:
                url = absolute(href, st.base) or url
        i += 1
    return Embed("social", url, tuple(b.text for b, _p, _k, _s in group))


def _layout_tables(body: list[Block], st: Structure) -> set[int]:
    """Tables that lay out the page (their cells hold paragraphs, headings or long text)."""
    layout: set[int] = set()
    for b in body:
        path = st.paths[b.index]
        tables = [i for t, i in path if t == "table"]
        if tables and (b.kind != "td" or len(b.text) > _CELL_MAX):
            layout.update(tables)
    return layout


def _effective(path: Path, layout: set[int]) -> Path:
    if not layout:
        return path
    out: list[tuple[str, int]] = []
    skip = False
    for tag, i in path:
        if tag == "table":
            skip = i in layout
        if skip and tag in _TABLE_PARTS:
            continue
        out.append((tag, i))
    return tuple(out)


def _container(path: Path) -> int:
    """Index in ``path`` of the outermost container that makes an element, or -1."""
    for k, (tag, _i) in enumerate(path):
        if tag in _LIST_TAGS or tag in ("table", "blockquote", "pre", "social"):
            return k
    return -1


def _figure(obj: PageObject, doc: Document, seg: Segmentation, profile: Profile, body_set: set[int]) -> Figure | None:
    if any(w in obj.url.lower() for w in _NOT_FIGURE):
        return None
    caption: list[str] = []
    credit: list[str] = []
    if obj.box >= 0 and doc.structure is not None:
        paths = doc.structure.paths
        for i in range(obj.at, min(len(doc.blocks), obj.at + _NEAR_CAPTION)):
            if i in body_set or ("figure", obj.box) not in paths[i]:
                continue
            b = doc.blocks[i]
            if b.hints & _NOT_CAPTION:
                return None
            parsed = parse_credit(b.text, profile, caption=True)
            if parsed is not None:
                if parsed[0]:
                    caption.append(parsed[0])
                if parsed[1]:
                    credit.append(parsed[1])
            elif "credit" in b.hints:
                credit.append(strip_credit_prefix(b.text, profile))
            else:
                caption.append(b.text)
    return Figure(obj.url, obj.alt or None, " ".join(caption) or None, " ".join(c for c in credit if c) or None)


_NOT_CAPTION = frozenset({"related", "nav", "footer", "aside", "share", "ad", "comment", "noise", "newsletter"})


def _html_content(  # noqa: PLR0917
    doc: Document, seg: Segmentation, body: list[Block], st: Structure, profile: Profile, lead_url: str | None
) -> tuple[Element, ...]:
    layout = _layout_tables(body, st)
    first, last = body[0].index, body[-1].index
    zone = seg.get("zone")
    lo = zone[0] if zone else first
    body_set = {b.index for b in body}
    objects = [
        o for o in st.objects if lo < o.at <= last and o.url != lead_url and (o.box < 0 or o.at > first or o.at > lo)
    ]
    out: list[Element] = []
    o = 0
    seen_boxes: set[int] = set()
    k = 0
    n = len(body)
    while k < n:
        b = body[k]
        o = _place(objects, o, b.index, out, seen_boxes, doc, seg, profile, body_set)
        path = _effective(st.paths[b.index], layout)
        at = _container(path)
        spans = _spans(b.text, st.inline[b.index], st.base)
        if at < 0:
            out.append(_plain(b, spans))
            k += 1
            continue
        key = path[at]
        group = [(b, path, at, spans)]
        k += 1
        while k < n:
            nb = body[k]
            npath = _effective(st.paths[nb.index], layout)
            nat = _container(npath)
            if nat < 0 or npath[nat] != key:
                break
            if any(obj.at <= nb.index for obj in objects[o : o + 1]):
                break  # a figure inside the container: split around it
            group.append((nb, npath, nat, _spans(nb.text, st.inline[nb.index], st.base)))
            k += 1
        tag = key[0]
        if tag in _LIST_TAGS:
            out.append(_list_element(group))
        elif tag == "table":
            out.append(_table_element(group))
        elif tag == "blockquote":
            out.append(_quote_element(group))
        elif tag == "social":
            out.append(_social_element(group, st))
        else:
            out.append(Code("\n".join(g[0].text for g in group)))
    _place(objects, o, last, out, seen_boxes, doc, seg, profile, body_set)
    return tuple(out)


def _place(  # noqa: PLR0917
    objects: list[PageObject],
    o: int,
    upto: int,
    out: list[Element],
    seen_boxes: set[int],
    doc: Document,
    seg: Segmentation,
    profile: Profile,
    body_set: set[int],
) -> int:
    """Append the objects from ``objects[o]`` on that stand before block ``upto``; the next ``o``."""
    while o < len(objects) and objects[o].at <= upto:
        obj = objects[o]
        o += 1
        if obj.kind != "image":
            out.append(Embed(obj.kind, obj.url))  # type: ignore[arg-type]
            continue
        if obj.box >= 0 and obj.box in seen_boxes:
            continue  # one figure per <figure>: a gallery's other sizes
        fig = _figure(obj, doc, seg, profile, body_set)
        if fig is not None:
            if obj.box >= 0:
                seen_boxes.add(obj.box)
            out.append(fig)
    return o


def _plain(b: Block, spans: tuple[Span, ...]) -> Element:
    level = _HEADING_KINDS.get(b.kind)
    if level is not None:
        return Heading(b.text, level, spans)
    if b.kind == "pre":
        return Code(b.text)
    return Paragraph(b.text, spans)


# --- text ------------------------------------------------------------------------------

_NUMBERED = re.compile(r"(\d{1,3})[.)] \S")
_HEADING_MAX = 80
_HEADING_WORDS = 12
_SMALL_WORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "as",
        "at",
        "but",
        "by",
        "de",
        "der",
        "die",
        "das",
        "for",
        "from",
        "in",
        "into",
        "la",
        "le",
        "of",
        "on",
        "or",
        "the",
        "to",
        "und",
        "vs",
        "with",
    ]
)
_PROSE_MIN = 80  # a paragraph around a heading is prose of some length
_SENTENCE_END = frozenset('.!?…"”’»)')


def _number(b: Block) -> int:
    m = _NUMBERED.match(b.text)
    return int(m.group(1)) if m is not None and not b.bullet else -1


def _title_case(text: str) -> bool:
    words = text.split()
    if not words or not words[0][:1].isupper():
        return False
    caps = sum(1 for w in words if w[:1].isupper() or w[:1].isdigit() or w.lower() in _SMALL_WORDS)
    return caps == len(words)


def _is_heading(body: list[Block], k: int, base: int) -> bool:
    """A short line between paragraphs that reads as a subheading: set out to the left of the
    paragraphs' indent (lynx), or in title case without a closing stop (any rendering)."""
    b = body[k]
    text = b.text
    if b.bullet or len(text) > _HEADING_MAX or len(text.split()) > _HEADING_WORDS or text[-1] in '.,;:!?…"”’)':
        return False
    if k == 0 or k + 1 >= len(body):
        return False
    prev, nxt = body[k - 1], body[k + 1]
    if len(nxt.text) < _PROSE_MIN or nxt.bullet or len(prev.text) < _PROSE_MIN // 2:
        return False
    if base >= 2 and b.indent < base:
        return True
    return b.indent == base and _title_case(text) and not text[0].isdigit()


def _base_indent(body: list[Block]) -> int:
    """The indent of most body paragraphs (lynx sets them 3 spaces in)."""
    counts: dict[int, int] = {}
    for b in body:
        if not b.bullet and len(b.text) >= _PROSE_MIN:
            counts[b.indent] = counts.get(b.indent, 0) + 1
    return max(counts, key=lambda i: (counts[i], -i)) if counts else 0


class _TextList:
    """Bulleted lines grouped by their indent (a deeper indent is a nested list)."""

    __slots__ = ("stack",)

    def __init__(self) -> None:
        self.stack: list[tuple[int, _List]] = []

    def add(self, b: Block, ordered: bool) -> None:
        stack = self.stack
        if not stack:
            stack.append((b.indent, _List(-1, ordered)))
        while len(stack) > 1 and b.indent < stack[-1][0]:
            stack.pop()
        indent, current = stack[-1]
        if b.indent > indent and current.items:
            parent = current.items[-1]
            sub = _List(-1, ordered)
            parent.lists.append(sub)
            stack.append((b.indent, sub))
            current = sub
        item = _Item(-1)
        item.add(b.text, ())
        current.items.append(item)

    def close(self, out: list[Element]) -> None:
        if self.stack:
            out.append(self.stack[0][1].freeze())
            self.stack = []


_FIGURE_GAP = 6  # lines between two body paragraphs looked at for a figure's caption and credit


def _text_figures(doc: Document, seg: Segmentation, body: list[Block], profile: Profile) -> dict[int, Figure]:
    """The figures set between body paragraphs of a text page, by the position in ``body`` of
    the paragraph after them: the caption and credit lines the credit rule found there (an
    image's own line, ``[IMG]``, is no body and no credit; the lead image's lines come before
    the body and are the article's ``image_caption``/``image_credit``)."""
    roles = seg.roles
    out: dict[int, Figure] = {}
    for k in range(1, len(body)):
        lo, hi = body[k - 1].index + 1, body[k].index
        if hi <= lo or hi - lo > _FIGURE_GAP:
            continue
        caption: list[str] = []
        credit: list[str] = []
        for i in range(lo, hi):
            if roles[i] != "credit":
                continue
            text = doc.blocks[i].text
            parsed = parse_credit(text, profile, caption=True)
            if parsed is None:
                caption.append(text)
                continue
            if parsed[0]:
                caption.append(parsed[0])
            if parsed[1]:
                credit.append(parsed[1])
        if caption or credit:
            out[k] = Figure(None, None, " ".join(caption) or None, " ".join(credit) or None)
    return out


def _text_content(body: list[Block], figures: dict[int, Figure]) -> tuple[Element, ...]:
    out: list[Element] = []
    base = _base_indent(body)
    lst = _TextList()
    quote: list[Paragraph] = []
    n = len(body)
    k = 0
    placed = 0  # figures before body[placed] are out
    while k < n:
        b = body[k]
        if figures and placed <= k:
            due = [figures[j] for j in range(placed, k + 1) if j in figures]
            placed = k + 1
            if due:
                lst.close(out)
                if quote:
                    out.append(Quote(tuple(quote)))
                    quote = []
                out.extend(due)
        if b.bullet:
            if quote:
                out.append(Quote(tuple(quote)))
                quote = []
            lst.add(b, False)
            k += 1
            continue
        num = _number(b)
        if num >= 0:
            # A run of two or more lines numbered one after the other is an ordered list.
            run = k + 1
            while run < n and _number(body[run]) == num + (run - k):
                run += 1
            if run - k >= 2:
                lst.close(out)
                for j in range(k, run):
                    lst.add(body[j], True)
                lst.close(out)
                k = run
                continue
        lst.close(out)
        if base >= 2 and b.indent >= base + 2 and len(b.text) >= _PROSE_MIN // 2 and b.text[-1] in _SENTENCE_END:
            quote.append(Paragraph(b.text))  # set in further than the paragraphs: a quote (lynx)
            k += 1
            continue
        if quote:
            out.append(Quote(tuple(quote)))
            quote = []
        out.append(Heading(b.text, 2) if _is_heading(body, k, base) else Paragraph(b.text))
        k += 1
    lst.close(out)
    if quote:
        out.append(Quote(tuple(quote)))
    return tuple(out)
