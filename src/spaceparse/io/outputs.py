"""Formatting Articles: JSON, JSON Lines, Markdown and plain text."""

from __future__ import annotations

import json
from typing import Any

from ..model import Article

__all__ = ["FORMATS", "to_json", "to_jsonl", "to_markdown", "to_text"]


def to_json(article: Article, *, source: str | None = None) -> str:
    return json.dumps(_with_source(article, source), ensure_ascii=False, indent=2)


def to_jsonl(article: Article, *, source: str | None = None) -> str:
    return json.dumps(_with_source(article, source), ensure_ascii=False, separators=(",", ":"))


def _with_source(article: Article, source: str | None) -> dict[str, Any]:
    d = article.to_dict()
    return d if source is None else {"source": source, **d}


def to_markdown(article: Article, *, source: str | None = None) -> str:
    out: list[str] = []
    if article.categories:
        out.append(" · ".join(article.categories))
    out.append(f"# {article.headline or '(no headline)'}")
    if article.dek:
        out.append(f"*{article.dek}*")
    meta = []
    if article.authors:
        meta.append("By " + ", ".join(article.authors))
    if article.published:
        meta.append(article.published.isoformat())
    if article.site:
        meta.append(article.site)
    if meta:
        out.append(" | ".join(meta))
    if article.image_url or article.image_credit or article.image_caption:
        cap = " ".join(x for x in (article.image_caption, f"(Credit: {article.image_credit})" if article.image_credit else None) if x)
        out.append(f"![{cap}]({article.image_url})" if article.image_url else f"> {cap}")
    out.extend(article.body)
    if article.related:
        out.append("## Related stories")
        for r in article.related:
            head = f"[{r.headline}]({r.url})" if r.url else r.headline
            labels = f" ({', '.join(r.categories)})" if r.categories else ""
            line = f"- **{head}**{labels}"
            if r.summary:
                line += f": {r.summary}{' […]' if r.truncated else ''}"
            out.append(line)
    return "\n\n".join(out) + "\n"


def to_text(article: Article, *, source: str | None = None) -> str:
    head = [article.headline or ""]
    if article.dek:
        head.append(article.dek)
    return "\n\n".join([*head, *article.body]) + "\n"


FORMATS = {"json": to_json, "jsonl": to_jsonl, "markdown": to_markdown, "text": to_text}
