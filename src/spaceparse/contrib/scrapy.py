"""Scrapy integration: parse a ``Response``, a spider mixin, an item pipeline.

An :class:`~spaceparse.Article` is already a Scrapy item: it is an attrs
class, which itemadapter supports, so feed exports (``-O items.jsonl``) write
exactly the fields of ``Article.to_dict()``. Install with
``pip install 'spaceparse[scrapy]'``.

Three ways in, from least to most hands-off:

* :func:`parse_response` in your own callback::

      def parse(self, response):
          yield parse_response(response)

* :class:`ArticleSpiderMixin`: use ``callback=self.parse_article``; pages that
  do not parse are logged and counted in the crawl stats, never raised.
* :class:`SpaceparsePipeline`: yield raw page items
  (``{"url": ..., "html": ...}`` or ``{"url": ..., "text": ...}``) and the
  pipeline turns them into Articles (parsing happens after the spider).

Stats: ``spaceparse/parsed``, ``spaceparse/failed`` and
``spaceparse/failed/<ErrorName>``.

User profiles (docs/own-site.md): the folders of ``SPACEPARSE_PROFILES`` (the environment
variable, or the Scrapy setting of that name, a list of paths or one ``os.pathsep``-separated
string) apply by host; ``profiles=`` in :func:`parse_response` and ``spaceparse_profiles``
on the mixin take precedence.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Iterator
from typing import Any, Literal

from itemadapter import ItemAdapter
from scrapy.exceptions import DropItem
from scrapy.http import Response

from ..api import parse
from ..errors import SpaceparseError
from ..model import Article
from ..profiles import PROFILES_ENV, Profiles, load_profiles
from ._rows import ProfilesArg, resolve_profiles

__all__ = ["ArticleSpiderMixin", "SpaceparsePipeline", "kind_of", "parse_response"]

Kind = Literal["auto", "text", "html"]
_HTML = ("text/html", "application/xhtml+xml")


def _header(response: Response, name: str) -> str | None:
    value = response.headers.get(name)
    return value.decode("latin-1") if value else None


def _content_type(response: Response) -> tuple[str | None, str | None]:
    raw = _header(response, "Content-Type")
    if not raw:
        return None, None
    mime, _, rest = raw.partition(";")
    charset = None
    for part in rest.split(";"):
        k, _, v = part.partition("=")
        if k.strip().lower() == "charset" and v.strip():
            charset = v.strip().strip("\"'")
    return mime.strip().lower() or None, charset


def kind_of(response: Response) -> Kind:
    """``html`` or ``text`` from the response's Content-Type, else ``auto`` (sniffed)."""
    mime, _ = _content_type(response)
    if mime in _HTML:
        return "html"
    if mime == "text/plain":
        return "text"
    return "auto"


def parse_response(response: Response, *, kind: Kind | None = None, profiles: ProfilesArg = None) -> Article:
    """Parse a Scrapy ``Response`` into an :class:`Article`.

    The page is the raw body bytes (spaceparse decodes them itself, trusting a
    charset in the Content-Type header when there is one); the URL is
    ``response.url`` (it selects the site profile and makes links absolute). ``profiles``:
    user profiles by host (default: those of ``SPACEPARSE_PROFILES``, read once).

    :raises SpaceparseError: when the response is not a page (a PDF, binary data).
    :raises ProfileError: when a profile of ``SPACEPARSE_PROFILES`` has a mistake.
    """
    _, charset = _content_type(response)
    return parse(
        response.body,
        url=response.url,
        kind=kind or kind_of(response),
        encoding=charset,
        profiles=resolve_profiles(profiles),
    )


def _setting_profiles(crawler: Any) -> Profiles | None:
    """The profiles of the ``SPACEPARSE_PROFILES`` Scrapy setting, else of the environment variable."""
    settings = getattr(crawler, "settings", None)
    value = settings.get(PROFILES_ENV) if settings is not None else None
    if not value:
        return resolve_profiles(None)
    paths = value.split(os.pathsep) if isinstance(value, str) else list(value)
    return _load(tuple(p for p in paths if p))


@functools.lru_cache(maxsize=8)
def _load(paths: tuple[str, ...]) -> Profiles | None:
    return Profiles.of(None, load_profiles(paths))


def _count(crawler: Any, key: str) -> None:
    stats = getattr(crawler, "stats", None)
    if stats is not None:
        stats.inc_value(key)


class ArticleSpiderMixin:
    """Adds ``parse_article``, a callback that yields one Article per page, or nothing (logged) when it fails.

    ::

        class NewsSpider(ArticleSpiderMixin, scrapy.Spider):
            name = "news"

            def parse(self, response):
                yield from response.follow_all(css="a.story", callback=self.parse_article)
    """

    spaceparse_kind: Kind | None = None
    """Force ``html`` or ``text``; ``None`` follows the Content-Type."""
    spaceparse_profiles: ProfilesArg = None
    """User profiles by host; ``None``: the ``SPACEPARSE_PROFILES`` setting or environment variable."""

    def parse_article(self, response: Response, **kwargs: Any) -> Iterator[Article]:
        crawler = getattr(self, "crawler", None)
        profiles = self.spaceparse_profiles
        try:
            registry = resolve_profiles(profiles) if profiles is not None else _setting_profiles(crawler)
            article = parse_response(response, kind=self.spaceparse_kind, profiles=registry or ())
        except SpaceparseError as e:
            _count(crawler, "spaceparse/failed")
            _count(crawler, f"spaceparse/failed/{type(e).__name__}")
            logger = getattr(self, "logger", None)
            if logger is not None:
                logger.warning("spaceparse could not parse %s: %s: %s", response.url, type(e).__name__, e)
            return
        _count(crawler, "spaceparse/parsed")
        yield article


class SpaceparsePipeline:
    """Turns raw page items into Articles; Articles and other items pass through untouched.

    A raw page item is any item with a ``url`` and an ``html`` or ``text``
    field (``str`` or ``bytes``). One that does not parse is dropped with
    :class:`~scrapy.exceptions.DropItem` (Scrapy logs and counts it).

    Enable it in ``settings.py``::

        ITEM_PIPELINES = {"spaceparse.contrib.scrapy.SpaceparsePipeline": 300}
    """

    def __init__(self, crawler: Any = None) -> None:
        self.crawler = crawler
        # Read once, when the crawl starts: a mistake in a profile stops it there, not per item.
        self.profiles = _setting_profiles(crawler)

    @classmethod
    def from_crawler(cls, crawler: Any) -> SpaceparsePipeline:
        return cls(crawler)

    def process_item(self, item: Any, spider: Any = None) -> Any:
        if isinstance(item, Article):
            return item
        adapter = ItemAdapter(item)
        kind: Kind
        if adapter.get("html") is not None:
            page, kind = adapter["html"], "html"
        elif adapter.get("text") is not None:
            page, kind = adapter["text"], "text"
        else:
            return item
        try:
            article = parse(page, url=adapter.get("url"), kind=kind, profiles=self.profiles)
        except SpaceparseError as e:
            _count(self.crawler, "spaceparse/failed")
            _count(self.crawler, f"spaceparse/failed/{type(e).__name__}")
            raise DropItem(f"spaceparse could not parse {adapter.get('url')}: {type(e).__name__}: {e}") from e
        _count(self.crawler, "spaceparse/parsed")
        return article
