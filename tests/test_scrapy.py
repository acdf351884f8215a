"""A real Scrapy crawl of the example project against a local HTTP server serving the fixture pages.

Each fixture page is served at its public URL (through tests/scrapy_mirror.py);
what the crawl yields must be what the page's golden JSON says. Where the parser
does not reach a golden yet, the crawled Article must equal ``spaceparse.parse``
of the same file (the integration is then exact, the parser is the open issue),
and a page that ``parse`` rejects must be counted as failed in the crawl stats.
"""

from __future__ import annotations

import datetime
import http.server
import json
import os
import re
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Literal
from urllib.parse import quote, unquote

import pytest

import spaceparse

from .conftest import FIXTURES, IMPORTED_FROM

pytest.importorskip("scrapy")
from itemadapter import ItemAdapter

ROOT = Path(__file__).resolve().parent.parent
PROJECT = ROOT / "examples" / "scrapy_project"


def _canon(d: dict[str, Any]) -> str:
    return json.dumps(d, sort_keys=True, ensure_ascii=False)


def fixture_pages() -> list[tuple[Path, str, dict[str, Any]]]:
    """(page file, URL to serve it at, golden) for every fixture.

    A page is served at the URL its golden was made with; one made without a
    URL (most text pages) is served at ``http://fixtures.test/<path>`` and its
    golden's ``url`` becomes that URL (a crawled page always has one).
    """
    out = []
    for golden in sorted(FIXTURES.rglob("*.expected.json")):
        stem = golden.name[: -len(".expected.json")]
        candidates = (golden.with_name(stem + ".txt"), golden.with_name(stem + ".html"))
        page = next((p for p in candidates if p.exists()), None)
        expected = json.loads(golden.read_text(encoding="utf-8"))
        args = expected.get("_parse_args", {})
        kind = "html" if page is not None and page.suffix == ".html" else "text"
        if page is None or set(args) - {"url", "kind"} or args.get("kind", kind) != kind:
            continue
        expected = {k: v for k, v in expected.items() if not k.startswith("_")}
        url = args.get("url")
        if url is None:
            url = f"http://fixtures.test/{page.relative_to(FIXTURES).as_posix()}"
            expected["url"] = expected.get("url") or url
        out.append((page, url, expected))
    return out


@pytest.fixture
def mirror() -> Iterator[tuple[str, list[tuple[Path, str, dict[str, Any]]]]]:
    pages = fixture_pages()
    if not pages:
        pytest.skip("no fixture pages with a URL in their golden")
    by_url = {url: page for page, url, _ in pages}
    index = "".join(f'<a href="{url}">{page.stem}</a>\n' for page, url, _ in pages)

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            if self.path == "/":
                body, ctype = f"<html><body>{index}</body></html>".encode(), "text/html; charset=utf-8"
            elif self.path.startswith("/mirror/") and unquote(self.path[len("/mirror/") :]) in by_url:
                page = by_url[unquote(self.path[len("/mirror/") :])]
                body, ctype = page.read_bytes(), "text/html" if page.suffix == ".html" else "text/plain"
            else:
                self.send_error(404)
                return
            self.send_response(200)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: Any) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.timeout = 5
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", pages
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def crawl(base: str, out: Path, *extra: str) -> str:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(IMPORTED_FROM), str(ROOT), str(PROJECT)])}
    cmd = [
        sys.executable,
        "-m",
        "scrapy",
        "crawl",
        "articles",
        "-a",
        f"start_url={base}/",
        *extra,
        "-O",
        str(out),
        "-s",
        f"SPACEPARSE_TEST_MIRROR={base}",
        "-s",
        'DOWNLOADER_MIDDLEWARES={"tests.scrapy_mirror.MirrorMiddleware": 50}',
        "-s",
        "DOWNLOAD_DELAY=0",
        "-s",
        "AUTOTHROTTLE_ENABLED=False",
        "-s",
        "LOG_LEVEL=INFO",
    ]
    res = subprocess.run(cmd, cwd=PROJECT, env=env, capture_output=True, timeout=90, check=False)
    log = res.stderr.decode("utf-8", "replace")
    assert res.returncode == 0, log[-3000:]
    return log


def expectations(pages: list[tuple[Path, str, dict[str, Any]]]) -> tuple[list[str], int, int]:
    """Canonical expected items, how many of them are goldens, and how many pages parse() rejects."""
    expected, goldens, rejected = [], 0, 0
    for page, url, golden in pages:
        kind: Literal["html", "text"] = "html" if page.suffix == ".html" else "text"
        try:
            got = spaceparse.parse(page.read_bytes(), url=url, kind=kind).to_dict()
        except spaceparse.SpaceparseError:
            rejected += 1
            continue
        goldens += got == golden
        expected.append(_canon(got))
    return sorted(expected), goldens, rejected


@pytest.mark.parametrize("via", ["callback", "pipeline"])
def test_scrapy_crawl_yields_articles_that_match_their_goldens(
    mirror: tuple[str, list[tuple[Path, str, dict[str, Any]]]], tmp_path: Path, via: str
) -> None:
    base, pages = mirror
    out = tmp_path / "articles.jsonl"
    log = crawl(base, out, "-a", f"via={via}")
    items = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    expected, goldens, rejected = expectations(pages)
    assert sorted(_canon(i) for i in items) == expected
    stats = dict(re.findall(r"'(spaceparse/[\w/]+)': (\d+)", log))
    assert int(stats.get("spaceparse/parsed", 0)) == len(expected)
    assert int(stats.get("spaceparse/failed", 0)) == rejected
    print(
        f"{len(pages)} fixture pages crawled: {goldens} equal to their golden, "
        f"{len(expected) - goldens} equal to parse() only, {rejected} rejected by parse() and counted as failed"
    )


def test_article_is_a_scrapy_item_as_it_is() -> None:
    a = spaceparse.Article(
        headline="H", published=datetime.date(2026, 1, 2), body=("p",), related=[spaceparse.RelatedStory(headline="r")]
    )
    assert ItemAdapter.is_item(a)
    assert set(ItemAdapter(a).field_names()) == set(a.to_dict())
    from scrapy.utils.serialize import ScrapyJSONEncoder

    assert json.loads(json.dumps(ItemAdapter(a).asdict(), cls=ScrapyJSONEncoder)) == a.to_dict()


def test_parse_response_uses_content_type_and_url() -> None:
    from scrapy.http import HtmlResponse, TextResponse

    from spaceparse.contrib.scrapy import kind_of, parse_response

    text = b"Big Launch Company Raises Money\n\nThe company said on Tuesday it closed a round to build rockets.\n"
    r = TextResponse("https://payloadspace.com/x", body=text, headers={"Content-Type": "text/plain; charset=utf-8"})
    assert kind_of(r) == "text"
    assert parse_response(r) == spaceparse.parse(text, url="https://payloadspace.com/x", kind="text")
    h = HtmlResponse("https://example.com/", body=b"<html></html>", headers={"Content-Type": "text/html"})
    assert kind_of(h) == "html"


def test_the_mirror_quotes_urls() -> None:
    assert unquote(quote("https://a.com/b?c=d", safe="")) == "https://a.com/b?c=d"
