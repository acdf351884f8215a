"""Writing an :class:`~spaceparse.model.Article` out: Markdown and clean HTML.

- :func:`to_markdown`: CommonMark with GFM tables. ``# headline``, the dek, the byline,
  the lead image with its credit, the structured body (:attr:`Article.content`, or the
  :attr:`Article.body` paragraphs when an article carries no structure), the related stories.
  Every text is escaped, so a page's own ``*`` or ``[`` stay characters.
- :func:`to_html`: a self-contained HTML page built with lxml (which escapes and
  serialises), with no scripts, styles, frames, event handlers or tracking: embeds
  become links; only ``http(s)`` links and images are kept.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .elements import Code, Element, Figure, Heading, ListBlock, ListItem, Paragraph, Quote, Span, Table

if TYPE_CHECKING:
    from lxml import etree as _etree

    from .model import Article

__all__ = ["to_html", "to_markdown"]

# --- Markdown --------------------------------------------------------------------------

# Characters that may start markup anywhere in a line ("&" only before an entity's name).
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>~]|&(?=#?\w{1,32};))")
_MD_LINE_START = re.compile(r"^(?:[+\-=#]|\d{1,9}(?=[.)]))")
_MD_URL_BAD = re.compile(r"[\s()<>]")
_SAFE_URL = re.compile(r"https?://", re.IGNORECASE)
_BACKTICKS = re.compile(r"`+")


def _esc(text: str) -> str:
    """``text`` as literal Markdown inline text (a block's first characters included)."""
    out = _MD_SPECIAL.sub(r"\\\1", text)
    m = _MD_LINE_START.match(out)
    if m is not None:
        end = m.end()
        out = out[:end] + "\\" + out[end:] if out[:1].isdigit() else "\\" + out
    return out


def _md_url(url: str) -> str:
    """A link destination: ``<...>`` when it holds spaces or parentheses."""
    if _MD_URL_BAD.search(url):
        return "<" + url.replace("<", "%3C").replace(">", "%3E").replace("\n", "%0A") + ">"
    return url


def _safe(url: str | None) -> str | None:
    return url if url and _SAFE_URL.match(url) else None


def _ordered_spans(spans: tuple[Span, ...]) -> list[Span]:
    """The spans that nest (a crossing one is dropped), outer before inner."""
    kept: list[Span] = []
    for s in sorted(spans, key=lambda s: (s.start, -s.end)):
        if s.end <= s.start or any(k.start < s.start < k.end < s.end for k in kept):
            continue
        kept.append(s)
    return kept


def _md_inline(text: str, spans: tuple[Span, ...]) -> str:
    if not spans:
        return _esc(text)
    out: list[str] = []
    pos = 0
    stack: list[Span] = []

    def close_to(limit: int) -> None:
        nonlocal pos
        while stack and stack[-1].end <= limit:
            s = stack.pop()
            if s.kind != "code":
                out.append(_md_text(text, pos, s.end))
            pos = s.end
            out.append(_md_close(s))

    for s in _ordered_spans(spans):
        if s.end > len(text) or (s.kind == "link" and not _safe(s.url)):
            continue
        close_to(s.start)
        if stack and stack[-1].kind == "code":
            continue  # nothing nests in code
        out.append(_md_text(text, pos, s.start))
        pos = s.start
        if s.kind == "code":
            inner = text[s.start : s.end]
            fence = "`" * (max((len(m) for m in _BACKTICKS.findall(inner)), default=0) + 1)
            pad = " " if inner.startswith("`") or inner.endswith("`") else ""
            out.append(f"{fence}{pad}{inner}{pad}{fence}")
            pos = s.end
            continue
        out.append({"link": "[", "emphasis": "*", "strong": "**"}[s.kind])
        stack.append(s)
    close_to(len(text) + 1)
    out.append(_md_text(text, pos, len(text)))
    return "".join(out)


def _md_text(text: str, start: int, end: int) -> str:
    if end <= start:
        return ""
    piece = _MD_SPECIAL.sub(r"\\\1", text[start:end])
    if start == 0:
        m = _MD_LINE_START.match(piece)
        if m is not None:
            piece = piece[: m.end()] + "\\" + piece[m.end() :] if piece[:1].isdigit() else "\\" + piece
    return piece


def _md_close(s: Span) -> str:
    if s.kind == "link":
        return f"]({_md_url(s.url or '')})"
    return "*" if s.kind == "emphasis" else "**"


def _md_lines(text: str, spans: tuple[Span, ...]) -> list[str]:
    """The Markdown lines of a text holding several runs (``"\\n"``-joined)."""
    if "\n" not in text:
        return [_md_inline(text, spans)]
    lines: list[str] = []
    at = 0
    for part in text.split("\n"):
        end = at + len(part)
        inner = tuple(Span(s.start - at, s.end - at, s.kind, s.url) for s in spans if at <= s.start and s.end <= end)
        lines.append(_md_inline(part, inner))
        at = end + 1
    return lines


_OWN_NUMBER = re.compile(r"\d{1,3}[.)] ")


def _item_text(item: ListItem, ordered: bool) -> tuple[str, tuple[Span, ...]]:
    """An ordered item's text without the number a text page wrote into it (``1. Fuel``)."""
    if ordered and not item.spans:
        m = _OWN_NUMBER.match(item.text)
        if m is not None:
            return item.text[m.end() :], ()
    return item.text, item.spans


def _md_list(block: ListBlock, indent: str) -> list[str]:
    out: list[str] = []
    for n, item in enumerate(block.items, 1):
        marker = f"{n}. " if block.ordered else "- "
        pad = indent + " " * len(marker)
        text, spans = _item_text(item, block.ordered)
        lines = _md_lines(text, spans) if text else []
        if lines:
            out.append(indent + marker + lines[0])
            out.extend(pad + line for line in lines[1:])
            # a hard break between a item's runs
            for k in range(len(out) - len(lines), len(out) - 1):
                out[k] += "\\"
        else:
            out.append(indent + marker.rstrip())
        for sub in item.lists:
            out.extend(_md_list(sub, pad))
    return out


def _md_cell(cell: str) -> str:
    return _esc(cell.replace("\n", " ")).replace("|", "\\|")


def _md_table(t: Table) -> str:
    width = max([len(t.header), *(len(r) for r in t.rows)], default=0)
    if width == 0:
        return ""

    def row(cells: tuple[str, ...]) -> str:
        padded = [*cells, *([""] * (width - len(cells)))]
        return "| " + " | ".join(_md_cell(c) for c in padded) + " |"

    lines = [row(t.header), "|" + "|".join(["---"] * width) + "|"]
    lines.extend(row(r) for r in t.rows)
    return "\n".join(lines)


def _md_element(e: Element) -> str:
    if isinstance(e, Paragraph):
        return _md_inline(e.text, e.spans)
    if isinstance(e, Heading):
        return "#" * max(2, min(6, e.level)) + " " + _md_inline(e.text, e.spans)
    if isinstance(e, ListBlock):
        return "\n".join(_md_list(e, ""))
    if isinstance(e, Quote):
        parts = [_md_inline(p.text, p.spans) for p in e.paragraphs]
        if e.attribution:
            parts.append(_esc(e.attribution))
        return "\n>\n".join("> " + p for p in parts)
    if isinstance(e, Table):
        return _md_table(e)
    if isinstance(e, Code):
        fence = "`" * max(3, max((len(m) for m in _BACKTICKS.findall(e.text)), default=0) + 1)
        return f"{fence}\n{e.text}\n{fence}"
    if isinstance(e, Figure):
        return _md_figure(e.image_url, e.alt, e.caption, e.credit)
    text = "\n>\n".join("> " + _esc(t) for t in e.text)
    url = _safe(e.url)
    link = f"[{_esc(e.media.capitalize())}: {_esc(url)}]({_md_url(url)})" if url else ""
    return "\n\n".join(x for x in (text, link) if x)


def _md_figure(url: str | None, alt: str | None, caption: str | None, credit: str | None) -> str:
    parts: list[str] = []
    src = _safe(url)
    if src:
        parts.append(f"![{_esc(alt or caption or '')}]({_md_url(src)})")
    note = " ".join(x for x in (_esc(caption) if caption else "", f"(Credit: {_esc(credit)})" if credit else "") if x)
    if note:
        parts.append("*" + note + "*" if not note.endswith("\\") else note)
    return "\n\n".join(parts)


def _content(article: Article) -> tuple[Element, ...]:
    if article.content:
        return article.content
    return tuple(Paragraph(t) for t in article.body)


def to_markdown(article: Article) -> str:
    """The article as CommonMark + GFM tables (see the module's docstring)."""
    out: list[str] = []
    if article.categories:
        out.append(_esc(" · ".join(article.categories)))
    if article.headline:
        out.append("# " + _esc(article.headline))
    if article.dek:
        out.append("*" + _esc(article.dek) + "*")
    meta = _byline(article)
    if meta:
        out.append(_esc(meta))
    if article.image_url or article.image_caption or article.image_credit:
        fig = _md_figure(article.image_url, None, article.image_caption, article.image_credit)
        if fig:
            out.append(fig)
    out.extend(x for x in (_md_element(e) for e in _content(article)) if x)
    if article.tags:
        out.append(_esc("Tags: " + ", ".join(article.tags)))
    if article.related:
        out.append("## Related stories")
        items: list[str] = []
        for r in article.related:
            url = _safe(r.url)
            head = f"[{_esc(r.headline)}]({_md_url(url)})" if url else _esc(r.headline)
            line = f"- **{head}**"
            if r.categories:
                line += " (" + _esc(", ".join(r.categories)) + ")"
            if r.summary:
                line += ": " + _esc(r.summary) + (" […]" if r.truncated else "")
            items.append(line)
        out.append("\n".join(items))
    return "\n\n".join(out) + "\n"


def _byline(article: Article) -> str:
    meta: list[str] = []
    if article.authors:
        meta.append("By " + ", ".join(article.authors))
    if article.published:
        meta.append(article.published.isoformat())
    if article.site:
        meta.append(article.site)
    return " | ".join(meta)


# --- HTML ------------------------------------------------------------------------------


_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _x(text: str) -> str:
    """``text`` without the characters XML (and so lxml) refuses."""
    return _NOT_XML.sub("", text) if _NOT_XML.search(text) else text


def _append_text(parent: _etree._Element, text: str) -> None:
    if not text:
        return
    text = _x(text)
    if len(parent):
        last = parent[-1]
        last.tail = (last.tail or "") + text
    else:
        parent.text = (parent.text or "") + text


def _html_inline(parent: _etree._Element, text: str, spans: tuple[Span, ...]) -> None:
    from lxml import etree

    if not spans:
        _append_text(parent, text)
        return
    # (element, span) pairs open now; text goes into the innermost.
    stack: list[tuple[_etree._Element, Span]] = []
    pos = 0

    def current() -> _etree._Element:
        return stack[-1][0] if stack else parent

    def close_to(limit: int) -> None:
        nonlocal pos
        while stack and stack[-1][1].end <= limit:
            el, s = stack[-1]
            _append_text(el, text[pos : s.end])
            pos = s.end
            stack.pop()

    for s in _ordered_spans(spans):
        if s.end > len(text):
            continue
        close_to(s.start)
        _append_text(current(), text[pos : s.start])
        pos = s.start
        if s.kind == "link":
            url = _safe(s.url)
            if not url:
                continue
            el = etree.SubElement(current(), "a", href=_x(url))
        else:
            el = etree.SubElement(current(), {"emphasis": "em", "strong": "strong", "code": "code"}[s.kind])
        stack.append((el, s))
    close_to(len(text) + 1)
    _append_text(parent, text[pos:])


def _html_lines(parent: _etree._Element, text: str, spans: tuple[Span, ...]) -> None:
    from lxml import etree

    at = 0
    for n, part in enumerate(text.split("\n")):
        end = at + len(part)
        if n:
            etree.SubElement(parent, "br")
        inner = tuple(Span(s.start - at, s.end - at, s.kind, s.url) for s in spans if at <= s.start and s.end <= end)
        _html_inline(parent, part, inner)
        at = end + 1


def _html_list(parent: _etree._Element, block: ListBlock) -> None:
    from lxml import etree

    ul = etree.SubElement(parent, "ol" if block.ordered else "ul")
    for item in block.items:
        _html_item(ul, item, block.ordered)


def _html_item(ul: _etree._Element, item: ListItem, ordered: bool) -> None:
    from lxml import etree

    li = etree.SubElement(ul, "li")
    text, spans = _item_text(item, ordered)
    _html_lines(li, text, spans)
    for sub in item.lists:
        _html_list(li, sub)


def _html_figure(
    parent: _etree._Element, url: str | None, alt: str | None, caption: str | None, credit: str | None
) -> None:
    from lxml import etree

    src = _safe(url)
    if not (src or caption or credit):
        return
    fig = etree.SubElement(parent, "figure")
    if src:
        etree.SubElement(fig, "img", src=_x(src), alt=_x(alt or caption or ""))
    if caption or credit:
        cap = etree.SubElement(fig, "figcaption")
        cap.text = _x(caption or "")
        if credit:
            small = etree.SubElement(cap, "small")
            small.text = _x(credit)
            if caption:
                cap.text = _x(caption + " ")


def _html_element(parent: _etree._Element, e: Element) -> None:
    from lxml import etree

    if isinstance(e, Paragraph):
        _html_inline(etree.SubElement(parent, "p"), e.text, e.spans)
    elif isinstance(e, Heading):
        _html_inline(etree.SubElement(parent, f"h{max(2, min(6, e.level))}"), e.text, e.spans)
    elif isinstance(e, ListBlock):
        _html_list(parent, e)
    elif isinstance(e, Quote):
        q = etree.SubElement(parent, "blockquote")
        for p in e.paragraphs:
            _html_inline(etree.SubElement(q, "p"), p.text, p.spans)
        if e.attribution:
            etree.SubElement(q, "footer").text = _x(e.attribution)
    elif isinstance(e, Table):
        t = etree.SubElement(parent, "table")
        if e.header:
            tr = etree.SubElement(etree.SubElement(t, "thead"), "tr")
            for cell in e.header:
                _html_lines(etree.SubElement(tr, "th"), cell, ())
        tbody = etree.SubElement(t, "tbody")
        for row in e.rows:
            tr = etree.SubElement(tbody, "tr")
            for cell in row:
                _html_lines(etree.SubElement(tr, "td"), cell, ())
    elif isinstance(e, Code):
        etree.SubElement(parent, "pre").text = _x(e.text)
    elif isinstance(e, Figure):
        _html_figure(parent, e.image_url, e.alt, e.caption, e.credit)
    else:
        box = etree.SubElement(parent, "blockquote" if e.text else "p", {"class": f"embed embed-{e.media}"})
        for t in e.text:
            etree.SubElement(box, "p").text = _x(t)
        url = _safe(e.url)
        if url:
            holder = etree.SubElement(box, "p") if e.text else box
            etree.SubElement(holder, "a", href=_x(url)).text = _x(f"{e.media.capitalize()}: {url}")


def to_html(article: Article) -> str:
    """The article as a clean, self-contained HTML page (see the module's docstring)."""
    from lxml import etree

    html = etree.Element("html")
    if article.language:
        html.set("lang", article.language)
    head = etree.SubElement(html, "head")
    etree.SubElement(head, "meta", charset="utf-8")
    etree.SubElement(head, "title").text = _x(article.headline or "")
    if _safe(article.url):
        etree.SubElement(head, "link", rel="canonical", href=_x(article.url or ""))
    body = etree.SubElement(html, "body")
    main = etree.SubElement(body, "article")
    header = etree.SubElement(main, "header")
    if article.categories:
        etree.SubElement(header, "p", {"class": "categories"}).text = _x(" · ".join(article.categories))
    if article.headline:
        etree.SubElement(header, "h1").text = _x(article.headline)
    if article.dek:
        etree.SubElement(header, "p", {"class": "dek"}).text = _x(article.dek)
    meta = _byline(article)
    if meta:
        etree.SubElement(header, "p", {"class": "byline"}).text = _x(meta)
    _html_figure(main, article.image_url, None, article.image_caption, article.image_credit)
    for e in _content(article):
        _html_element(main, e)
    if article.tags:
        etree.SubElement(main, "p", {"class": "tags"}).text = _x("Tags: " + ", ".join(article.tags))
    if article.related:
        aside = etree.SubElement(main, "aside", {"class": "related"})
        etree.SubElement(aside, "h2").text = _x("Related stories")
        ul = etree.SubElement(aside, "ul")
        for r in article.related:
            li = etree.SubElement(ul, "li")
            url = _safe(r.url)
            head = etree.SubElement(li, "a", href=_x(url)) if url else etree.SubElement(li, "strong")
            head.text = _x(r.headline)
            if r.summary:
                head.tail = _x(": " + r.summary + (" […]" if r.truncated else ""))
    out: str = etree.tostring(html, method="html", encoding="unicode", doctype="<!DOCTYPE html>")
    return out + "\n"
