"""Formatting Articles: JSON, JSON Lines, CSV, Markdown, HTML and plain text.

Every formatter takes the Article and, for batches, where it came from
(``source``: the input file; ``record``: the record in a WARC or JSON Lines
file), which JSON, JSON Lines and CSV carry as their first fields so that
``--resume`` can tell which inputs are done.
"""

from __future__ import annotations

import csv
import io
import json
from typing import Any, Protocol

from ..model import Article

__all__ = [
    "CSV_FIELDS",
    "EXTENSIONS",
    "FORMATS",
    "Formatter",
    "csv_header",
    "to_csv",
    "to_html",
    "to_json",
    "to_jsonl",
    "to_markdown",
    "to_text",
]


class Formatter(Protocol):
    def __call__(self, article: Article, *, source: str | None = None, record: str | None = None) -> str: ...


def to_json(article: Article, *, source: str | None = None, record: str | None = None) -> str:
    return json.dumps(_with_source(article, source, record), ensure_ascii=False, indent=2)


def to_jsonl(article: Article, *, source: str | None = None, record: str | None = None) -> str:
    return json.dumps(_with_source(article, source, record), ensure_ascii=False, separators=(",", ":"))


def _with_source(article: Article, source: str | None, record: str | None) -> dict[str, Any]:
    d = article.to_dict()
    head: dict[str, Any] = {}
    if source is not None:
        head["source"] = source
    if record is not None:
        head["record"] = record
    return {**head, **d} if head else d


CSV_FIELDS = (
    "source",
    "record",
    "url",
    "headline",
    "dek",
    "categories",
    "tags",
    "authors",
    "published",
    "site",
    "language",
    "image_url",
    "image_caption",
    "image_credit",
    "text",
    "related",
)
"""CSV columns: lists are joined with ``"; "``, the body is one ``text`` cell
(paragraphs separated by a blank line), ``related`` is a JSON array."""


def _csv_line(values: list[str]) -> str:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerow(values)
    return buf.getvalue()


def csv_header() -> str:
    return _csv_line(list(CSV_FIELDS))


def to_csv(article: Article, *, source: str | None = None, record: str | None = None) -> str:
    """One CSV row (with its newline) in the order of :data:`CSV_FIELDS`."""
    row = {
        "source": source or "",
        "record": record or "",
        "url": article.url or "",
        "headline": article.headline or "",
        "dek": article.dek or "",
        "categories": "; ".join(article.categories),
        "tags": "; ".join(article.tags),
        "authors": "; ".join(article.authors),
        "published": article.published.isoformat() if article.published else "",
        "site": article.site or "",
        "language": article.language or "",
        "image_url": article.image_url or "",
        "image_caption": article.image_caption or "",
        "image_credit": article.image_credit or "",
        "text": article.text,
        "related": json.dumps([r.to_dict() for r in article.related], ensure_ascii=False) if article.related else "",
    }
    return _csv_line([row[f] for f in CSV_FIELDS])


def to_markdown(article: Article, *, source: str | None = None, record: str | None = None) -> str:
    """:meth:`Article.to_markdown` (CommonMark + GFM tables)."""
    return article.to_markdown()


def to_html(article: Article, *, source: str | None = None, record: str | None = None) -> str:
    """:meth:`Article.to_html`: a clean, self-contained page."""
    return article.to_html()


def to_text(article: Article, *, source: str | None = None, record: str | None = None) -> str:
    head = [article.headline or ""]
    if article.dek:
        head.append(article.dek)
    return "\n\n".join([*head, *article.body]) + "\n"


FORMATS: dict[str, Formatter] = {
    "json": to_json,
    "jsonl": to_jsonl,
    "csv": to_csv,
    "markdown": to_markdown,
    "html": to_html,
    "text": to_text,
}
EXTENSIONS = {"json": ".json", "jsonl": ".jsonl", "csv": ".csv", "markdown": ".md", "html": ".html", "text": ".txt"}
