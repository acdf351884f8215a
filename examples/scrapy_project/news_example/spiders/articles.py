"""Crawl an index page and parse every article it links to.

    scrapy crawl articles -a start_url=https://payloadspace.com/ -O articles.jsonl
    scrapy crawl articles -a start_url=... -a allow='/20[0-9]{2}/' -a via=pipeline -O articles.jsonl

``via=callback`` (default) parses in the spider with ``ArticleSpiderMixin.parse_article``;
``via=pipeline`` yields raw pages and lets ``SpaceparsePipeline`` parse them.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Iterator
from typing import Any

import scrapy
from scrapy.http import Response

from spaceparse.contrib.scrapy import ArticleSpiderMixin, kind_of


class ArticlesSpider(ArticleSpiderMixin, scrapy.Spider):
    name = "articles"

    def __init__(self, start_url: str, allow: str = "", via: str = "callback", **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.start_url = start_url
        self.allow = re.compile(allow) if allow else None
        self.via = via

    async def start(self) -> AsyncIterator[Any]:
        yield scrapy.Request(self.start_url, callback=self.parse)

    def parse(self, response: Response, **kwargs: Any) -> Iterator[Any]:
        callback = self.parse_article if self.via == "callback" else self.raw_page
        for href in response.css("a::attr(href)").getall():
            url = response.urljoin(href)
            if self.allow is None or self.allow.search(url):
                yield scrapy.Request(url, callback=callback)

    def raw_page(self, response: Response) -> Iterator[dict[str, Any]]:
        kind = kind_of(response)
        yield {"url": response.url, "html" if kind != "text" else "text": response.body}
