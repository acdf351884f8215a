"""The structured body: the element classes of :attr:`spaceparse.Article.content`.

Each element is a frozen ``attrs`` class with slots and a fixed ``kind`` field (not an argument)
(``paragraph``, ``heading``, ``list``, ``quote``, ``table``, ``code``, ``figure``,
``embed``). Text-bearing elements hold the very strings of :attr:`Article.body`:
:func:`content_texts` gives them back in order, so ``body == content_texts(content)``.

A string that stands for several body paragraphs (a list item, a table cell or a
code block built of several runs) joins them with ``"\\n"``: body paragraphs never
hold a line break. Inline :class:`Span` offsets count code points of the text.
"""

from __future__ import annotations

from typing import Any, Literal

import attrs

__all__ = [
    "ELEMENT_KINDS",
    "Code",
    "Element",
    "Embed",
    "Figure",
    "Heading",
    "ListBlock",
    "ListItem",
    "Paragraph",
    "Quote",
    "Span",
    "Table",
    "content_texts",
    "element_from_dict",
]

SpanKind = Literal["link", "emphasis", "strong", "code"]
EmbedMedia = Literal["video", "audio", "social", "other"]


def _spans(value: Any) -> tuple[Span, ...]:
    if not value:
        return ()
    return tuple(v if isinstance(v, Span) else Span.from_dict(v) for v in value)


def _strs(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    return tuple(str(v) for v in value)


def _rows(value: Any) -> tuple[tuple[str, ...], ...]:
    if not value:
        return ()
    return tuple(_strs(r) for r in value)


def _lists(value: Any) -> tuple[ListBlock, ...]:
    if not value:
        return ()
    return tuple(v if isinstance(v, ListBlock) else ListBlock.from_dict(v) for v in value)


def _items(value: Any) -> tuple[ListItem, ...]:
    if not value:
        return ()
    return tuple(v if isinstance(v, ListItem) else ListItem.from_dict(v) for v in value)


def _paragraphs(value: Any) -> tuple[Paragraph, ...]:
    if not value:
        return ()
    return tuple(v if isinstance(v, Paragraph) else Paragraph.from_dict(v) for v in value)


def _check(cls: type, data: dict[str, Any]) -> dict[str, Any]:
    names = {f.name for f in attrs.fields(cls) if f.init}
    rest = {k: v for k, v in data.items() if k != "kind" or k in names}
    unknown = set(rest) - names
    if unknown:
        raise ValueError(f"unknown {cls.__name__} field(s): {', '.join(sorted(unknown))}")
    return rest


@attrs.frozen(slots=True)
class Span:
    """An inline run of a text: ``text[start:end]`` is a link (``url``), emphasis, strong or code."""

    start: int
    end: int
    kind: SpanKind
    url: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "kind": self.kind, "url": self.url}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Span:
        return cls(**_check(cls, data))


@attrs.frozen(slots=True)
class Paragraph:
    """A paragraph of the body."""

    kind: Literal["paragraph"] = attrs.field(default="paragraph", init=False)
    text: str
    spans: tuple[Span, ...] = attrs.field(default=(), converter=_spans)

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "text": self.text, "spans": [s.to_dict() for s in self.spans]}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Paragraph:
        return cls(**_check(cls, data))


@attrs.frozen(slots=True)
class Heading:
    """A subheading of the body (``level`` 2-6: the headline is level 1)."""

    kind: Literal["heading"] = attrs.field(default="heading", init=False)
    text: str
    level: int = 2
    spans: tuple[Span, ...] = attrs.field(default=(), converter=_spans)

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "text": self.text, "level": self.level, "spans": [s.to_dict() for s in self.spans]}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Heading:
        return cls(**_check(cls, data))


@attrs.frozen(slots=True)
class ListItem:
    """One item of a list: its text (``""`` when it only holds a nested list) and nested lists."""

    text: str
    spans: tuple[Span, ...] = attrs.field(default=(), converter=_spans)
    lists: tuple[ListBlock, ...] = attrs.field(default=(), converter=_lists)

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "spans": [s.to_dict() for s in self.spans],
            "lists": [sub.to_dict() for sub in self.lists],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ListItem:
        return cls(**_check(cls, data))


@attrs.frozen(slots=True)
class ListBlock:
    """A bulleted (``ordered=False``) or numbered list."""

    kind: Literal["list"] = attrs.field(default="list", init=False)
    items: tuple[ListItem, ...] = attrs.field(default=(), converter=_items)
    ordered: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "ordered": self.ordered, "items": [i.to_dict() for i in self.items]}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ListBlock:
        return cls(**_check(cls, data))


@attrs.frozen(slots=True)
class Quote:
    """A block quote: its paragraphs and, when the page marks it, who is quoted."""

    kind: Literal["quote"] = attrs.field(default="quote", init=False)
    paragraphs: tuple[Paragraph, ...] = attrs.field(default=(), converter=_paragraphs)
    attribution: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "paragraphs": [p.to_dict() for p in self.paragraphs],
            "attribution": self.attribution,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Quote:
        return cls(**_check(cls, data))


@attrs.frozen(slots=True)
class Table:
    """A table: the header row (empty when none) and the rows of cells."""

    kind: Literal["table"] = attrs.field(default="table", init=False)
    header: tuple[str, ...] = attrs.field(default=(), converter=_strs)
    rows: tuple[tuple[str, ...], ...] = attrs.field(default=(), converter=_rows)

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "header": list(self.header), "rows": [list(r) for r in self.rows]}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Table:
        return cls(**_check(cls, data))


@attrs.frozen(slots=True)
class Code:
    """Preformatted text (``<pre>``), its lines joined with ``"\\n"``."""

    kind: Literal["code"] = attrs.field(default="code", init=False)
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "text": self.text}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Code:
        return cls(**_check(cls, data))


@attrs.frozen(slots=True)
class Figure:
    """An image set in the body, with its caption and credit (never body paragraphs)."""

    kind: Literal["figure"] = attrs.field(default="figure", init=False)
    image_url: str | None = None
    alt: str | None = None
    caption: str | None = None
    credit: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "image_url": self.image_url,
            "alt": self.alt,
            "caption": self.caption,
            "credit": self.credit,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Figure:
        return cls(**_check(cls, data))


@attrs.frozen(slots=True)
class Embed:
    """Embedded media: a video or audio player, a social post: a reference, not its script.

    ``text`` holds the body paragraphs the page shows for it (a social post's words)."""

    kind: Literal["embed"] = attrs.field(default="embed", init=False)
    media: EmbedMedia = "other"
    url: str | None = None
    text: tuple[str, ...] = attrs.field(default=(), converter=_strs)

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "media": self.media, "url": self.url, "text": list(self.text)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Embed:
        return cls(**_check(cls, data))


Element = Paragraph | Heading | ListBlock | Quote | Table | Code | Figure | Embed
"""One element of :attr:`Article.content`."""

_BY_KIND: dict[str, Any] = {
    "paragraph": Paragraph,
    "heading": Heading,
    "list": ListBlock,
    "quote": Quote,
    "table": Table,
    "code": Code,
    "figure": Figure,
    "embed": Embed,
}
ELEMENT_KINDS: tuple[str, ...] = tuple(_BY_KIND)


def element_from_dict(data: dict[str, Any]) -> Element:
    """The element a ``to_dict()`` gave (dispatched on its ``kind``)."""
    cls = _BY_KIND.get(str(data.get("kind")))
    if cls is None:
        raise ValueError(f"unknown content element kind {data.get('kind')!r}")
    element: Element = cls.from_dict(data)
    return element


def _lines(text: str) -> list[str]:
    return [t for t in text.split("\n") if t] if text else []


def _list_texts(block: ListBlock, out: list[str]) -> None:
    for item in block.items:
        out.extend(_lines(item.text))
        for sub in item.lists:
            _list_texts(sub, out)


def content_texts(content: tuple[Element, ...]) -> tuple[str, ...]:
    """The body paragraphs ``content`` carries, in order: ``article.body == content_texts(article.content)``."""
    out: list[str] = []
    for e in content:
        if isinstance(e, Paragraph | Heading | Code):
            out.extend(_lines(e.text))
        elif isinstance(e, ListBlock):
            _list_texts(e, out)
        elif isinstance(e, Quote):
            out.extend(p.text for p in e.paragraphs)
            if e.attribution:
                out.append(e.attribution)
        elif isinstance(e, Table):
            for row in (e.header, *e.rows):
                for cell in row:
                    out.extend(_lines(cell))
        elif isinstance(e, Embed):
            out.extend(e.text)
    return tuple(out)
