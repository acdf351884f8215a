"""A Scrapy downloader middleware for tests: fetch public URLs from a local mirror server.

Requests keep their public URL (so ``response.url`` selects the right site
profile, as in a real crawl) but are downloaded from
``SPACEPARSE_TEST_MIRROR/mirror/<quoted URL>`` on 127.0.0.1: no network.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote


class MirrorMiddleware:
    def __init__(self, mirror: str) -> None:
        self.mirror = mirror.rstrip("/")

    @classmethod
    def from_crawler(cls, crawler: Any) -> MirrorMiddleware:
        return cls(crawler.settings.get("SPACEPARSE_TEST_MIRROR"))

    def process_request(self, request: Any, spider: Any = None) -> Any:
        if request.url.startswith(self.mirror) or "mirror_of" in request.meta:
            return None
        meta = {**request.meta, "mirror_of": request.url}
        return request.replace(url=f"{self.mirror}/mirror/{quote(request.url, safe='')}", meta=meta, dont_filter=True)

    def process_response(self, request: Any, response: Any, spider: Any = None) -> Any:
        original = request.meta.get("mirror_of")
        return response.replace(url=original) if original else response
