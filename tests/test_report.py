"""The HTML report of ``spaceparse explain --html``: what a person sees, and that a hostile
page cannot put markup into it. The browser tests run in a real headless Chromium (they skip
where none is installed, and fail under CI, which installs it)."""

from __future__ import annotations

import os
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from spaceparse.cli import main
from spaceparse.explain import ROLE_COLOURS, ROLE_NAMES, Explanation, explain
from spaceparse.report import render_html

from .browser import Browser, find_chromium
from .conftest import FIXTURES

HOSTILE_HTML = FIXTURES / "report" / "hostile-page.html"
HOSTILE_TEXT = FIXTURES / "report" / "hostile-page.txt"
PAYLOAD = FIXTURES / "text" / "payload" / "eu-space-act-debris-rules.txt"
HOSTILE_URL = "https://hostile.example/launch"


class _Elements(HTMLParser):
    """Every start tag and its attributes, and the text, as a browser's tokenizer sees them."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def _hostile() -> list[Explanation]:
    return [
        explain(HOSTILE_HTML.read_bytes(), url=HOSTILE_URL, kind="html"),
        explain(HOSTILE_TEXT.read_bytes(), kind="text"),
    ]


@pytest.mark.parametrize("expl", _hostile(), ids=["html", "text"])
def test_a_hostile_page_puts_no_markup_into_the_report(expl: Explanation) -> None:
    report = render_html(expl)
    parsed = _Elements()
    parsed.feed(report)
    tags = {tag for tag, _ in parsed.tags}
    # Only the report's own elements: no script, frame, image, SVG, link, form or base.
    assert tags <= {"html", "head", "meta", "title", "style", "body", "header", "h1", "h2", "h3", "dl", "dt", "dd"} | {
        "div", "span", "main", "ol", "li", "p", "aside", "small", "br",
    }  # fmt: skip
    for tag, attrs in parsed.tags:
        for name, value in attrs:
            assert not name.startswith("on"), (tag, name)
            assert name in ("class", "id", "data-role", "lang", "charset", "http-equiv", "content", "name"), (tag, name)
            assert "javascript:" not in (value or ""), (tag, name, value)
    assert report.count("<style>") == 1 and report.count("</style>") == 1
    assert report.count("<title>") == 1 and report.count("</title>") == 1
    # Every block's text is there, as text.
    shown = "".join(parsed.text)
    for block in expl.blocks:
        assert block.text in shown


def test_the_report_is_self_contained() -> None:
    report = render_html(explain(PAYLOAD.read_bytes(), kind="text"))
    assert not re.search(r"(?:src|href)\s*=|url\(|@import|<script|<link", report, re.IGNORECASE)
    assert "Content-Security-Policy" in report and "default-src 'none'" in report


def test_explain_html_writes_the_report(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "report.html"
    assert main(["explain", str(PAYLOAD), "--html", str(out)]) == 0
    captured = capsys.readouterr()
    assert f"report written to {out}" in captured.err
    assert "EU Lawmakers Tighten Debris Rules in Draft Space Act" in out.read_text(encoding="utf-8")
    assert main(["explain", str(PAYLOAD), "--html", str(tmp_path / "no" / "such" / "dir" / "r.html")]) == 2
    assert "cannot write" in capsys.readouterr().err


# --- in a real browser ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def browser() -> Browser:
    executable = find_chromium()
    if executable is None:
        if os.environ.get("CI"):
            pytest.fail("CI must have Chromium (.ci/run installs Debian's chromium package)")
        pytest.skip("no Chromium installed (apt-get install chromium)")
    with Browser(executable) as b:
        yield b  # type: ignore[misc]


def _rgb(colour: str) -> str:
    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return f"rgb({r}, {g}, {b})"


def test_the_browser_harness_sees_a_script_that_runs(browser: Browser, tmp_path: Path) -> None:
    # The control: were the report to run a script, the checks below would see it.
    page = tmp_path / "control.html"
    page.write_text("<title>before</title><p id=x>x</p><script>document.title='pwned'; window.__pwned=1</script>")
    browser.open(page)
    assert browser.evaluate("document.title") == "pwned"
    assert browser.evaluate("window.__pwned") == 1


def test_a_person_sees_roles_colours_labels_and_the_article(browser: Browser, tmp_path: Path) -> None:
    expl = explain(PAYLOAD.read_bytes(), kind="text")
    report = tmp_path / "report.html"
    report.write_text(render_html(expl), encoding="utf-8")
    browser.open(report)
    assert browser.evaluate("document.title") == f"spaceparse explain: {expl.article.headline}"
    # One visible block per page block, in page order, each with its role's label and colour.
    seen = browser.evaluate(
        """[...document.querySelectorAll('#blocks > li')].map(li => {
            const label = li.querySelector('.label'), s = getComputedStyle(li), r = li.getBoundingClientRect();
            return {role: li.dataset.role, label: label.innerText, labelBg: getComputedStyle(label).backgroundColor,
                    border: s.borderLeftColor, text: li.querySelector('.text').innerText, width: r.width, height: r.height,
                    why: (li.querySelector('.why') || {}).innerText || ''};
        })"""
    )
    assert [b["role"] for b in seen] == [b.role for b in expl.blocks]
    for shown, block in zip(seen, expl.blocks, strict=True):
        assert shown["label"] == block.role.upper()  # the label as shown (upper case by the style sheet)
        assert shown["border"] == shown["labelBg"] == _rgb(ROLE_COLOURS[block.role])
        assert shown["text"] == block.text
        assert shown["width"] > 300 and shown["height"] > 20
        assert (block.reason or "") in shown["why"]
    # The legend: every role with its colour and count.
    legend = browser.evaluate(
        "[...document.querySelectorAll('#legend .chip')].map(c => [c.innerText, getComputedStyle(c).backgroundColor])"
    )
    counts = expl.counts()
    assert legend == [[f"{role} {counts[role]}", _rgb(ROLE_COLOURS[role])] for role in ROLE_NAMES]
    # The Article panel beside the blocks: its fields and its body.
    panel = browser.evaluate(
        """(() => { const a = document.getElementById('article'), r = a.getBoundingClientRect(),
                     b = document.getElementById('blocks').getBoundingClientRect();
            return {text: a.innerText, left: r.left, blocksRight: b.right, paragraphs: a.querySelectorAll('.body p').length,
                    visible: r.width > 200 && r.height > 200}; })()"""
    )
    assert panel["visible"] and panel["left"] >= panel["blocksRight"]  # beside, not under
    assert expl.article.headline in panel["text"]
    assert "Debris, Europe, Policy" in panel["text"]
    assert panel["paragraphs"] == len(expl.article.body)
    browser.screenshot(tmp_path / "report.png")  # for a person to look at when the test fails
    assert (tmp_path / "report.png").stat().st_size > 10_000


@pytest.mark.parametrize("expl", _hostile(), ids=["html", "text"])
def test_a_hostile_page_runs_nothing_in_the_browser(browser: Browser, tmp_path: Path, expl: Explanation) -> None:
    report = tmp_path / "hostile.html"
    report.write_text(render_html(expl), encoding="utf-8")
    browser.open(report)
    state = browser.evaluate(
        """({title: document.title, pwned: typeof window.__pwned, bodyId: document.body.id,
             blocks: !!document.getElementById('blocks'), n: document.querySelectorAll('#blocks > li').length,
             scripts: document.scripts.length,
             foreign: document.querySelectorAll('script, iframe, img, svg, object, embed, a, link, base, form, textarea, xmp, plaintext, noscript').length,
             handlers: [...document.querySelectorAll('*')].filter(e => [...e.attributes].some(a => a.name.startsWith('on'))).length,
             bodyShown: getComputedStyle(document.body).display,
             text: document.body.innerText})"""
    )
    assert state["title"] == f"spaceparse explain: {expl.article.headline}"  # as text, unchanged by any script
    assert state["pwned"] == "undefined"
    assert state["bodyId"] == ""
    assert state["blocks"] and state["n"] == len(expl.blocks)
    assert state["scripts"] == 0 and state["foreign"] == 0 and state["handlers"] == 0
    assert state["bodyShown"] == "block"  # the page's 'body{display:none}' stayed text
    # What the page said is shown as text, verbatim.
    assert "<script>document.title='pwned'</script>" in state["text"]
    assert "</style><style>body{display:none}</style>" in state["text"]
