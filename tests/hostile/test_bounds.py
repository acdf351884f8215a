"""Bounded cost on any markup (issue 18): name storms, element storms, the partial flag and
the batch's per-page timeout. Small sizes and counts, never wall seconds."""

from __future__ import annotations

import signal
import time
from pathlib import Path

import pytest

import spaceparse
from spaceparse import batch
from spaceparse.api import read_document
from spaceparse.cli import main
from spaceparse.frontends import _html_bounds as hb
from spaceparse.io.inputs import Source

PROSE = (
    "The agency said on Tuesday that the lander would fly next year after a long series of tests at the site. "
    "Engineers finished the last of the vacuum chamber runs in March and shipped the vehicle to the coast."
)


def article(body_attrs: str = "", after: str = "") -> str:
    return (
        "<!doctype html><html lang='en'><head><title>Lander to fly next year, agency says</title></head><body>"
        "<article><h1>Lander to fly next year, agency says</h1>"
        f"<div class='article-body'{body_attrs}><p>{PROSE}</p><p>{PROSE} Again.</p><p>{PROSE} Once more.</p></div>"
        f"</article>{after}</body></html>"
    )


def test_attribute_cap_keeps_the_first_attributes_and_the_article() -> None:
    storm = "".join(f" data-a{i}='value {i}'" for i in range(1500))  # a tag over _LONG_TAG characters
    page = article(storm)
    capped = hb.cap_names(page)
    kept = capped[capped.index("<div class='article-body'") :].split(">", 1)[0]
    assert " class='article-body'" in kept  # the first attributes stay, in order
    assert f" data-a{hb.MAX_ATTRIBUTES - 2}='value {hb.MAX_ATTRIBUTES - 2}'" in kept
    assert f" data-a{hb.MAX_ATTRIBUTES - 1}=" not in kept and " data-a600=" not in kept
    assert hb._attribute_storm(page) and not hb._attribute_storm(capped)
    got = spaceparse.parse(page.encode(), kind="html")
    want = spaceparse.parse(article().encode(), kind="html")
    assert got.body == want.body and got.headline == want.headline and not got.partial


def test_a_storm_tag_is_found_only_past_the_size_a_storm_needs() -> None:
    # (What the cap did, not a spy on it: the compiled build calls its own functions directly.)
    storm = "".join(f" data-attribute-{i}" for i in range(1000))
    small = article(storm)
    assert hb.bound_markup(small, small.count("<")) == (small, False)  # under NAME_SCAN_MIN: cheap anyway
    big = article(storm, after="<p>" + "word " * (hb.NAME_SCAN_MIN // 5) + "</p>")
    out, partial = hb.bound_markup(big, big.count("<"))
    assert not partial and " data-attribute-300" not in out
    assert " data-attribute-10 " in out
    normal = article(after="<p>" + "word " * (hb.NAME_SCAN_MIN // 5) + "</p>")
    assert hb.bound_markup(normal, normal.count("<"))[0] is normal


def test_distinct_names_past_the_cap_go_their_text_stays(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(hb, "MAX_NAMES", 50)
    page = "<html><body>" + "".join(f"<x{i} y{i}=1>t{i} </x{i}>" for i in range(200)) + "</body></html>"
    out = hb.cap_names(page)
    assert "<x10 y10=1>t10 </x10>" in out  # early names kept
    assert "<x150" not in out and "</x150>" not in out and "y150" not in out
    assert "t150 " in out and "t199 " in out  # every text kept, in order
    assert out.index("t150") < out.index("t151")


def test_names_in_scripts_and_comments_are_not_touched(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(hb, "MAX_NAMES", 5)
    script = '<script type=\'application/ld+json\'>{"a": "<b c d e f g h>"}</script><!-- <q r s t u v> -->'
    page = "<html><body><i k l m n o v w>x</i>" + script + "<p>tail</p></body></html>"
    out = hb.cap_names(page)
    assert script in out and "<p>tail</p>" in out and "<i k l m n o>x</i>" in out


def storm_page(n: int) -> str:
    return article(after="<div>" + "<p>x" * n)


def test_element_storm_is_read_up_to_the_budget_and_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(hb, "TAG_FLOOR", 2000)
    monkeypatch.setattr(hb, "BYTES_PER_TAG", 1000)
    whole = spaceparse.parse(article().encode(), kind="html")
    got = spaceparse.parse(storm_page(10_000).encode(), kind="html")
    assert got.partial and got.to_dict()["partial"] is True
    assert got.headline == whole.headline and got.body[:3] == whole.body
    assert not spaceparse.parse(storm_page(1000).encode(), kind="html").partial
    # The work done is bounded by the budget (here its floor), not by the page: 4x the storm, as many blocks.
    n1 = len(read_document(storm_page(10_000), kind="html")[0].blocks)
    n4 = len(read_document(storm_page(40_000), kind="html")[0].blocks)
    assert n4 == n1 <= 2000


def test_cut_at_tag_finds_the_kth_start_tag() -> None:
    page = "ab<c</c>" + "x" * 70_000 + "</d><d" + "<e" * 10
    assert hb.cut_at_tag(page, 1) == 2
    assert hb.cut_at_tag(page, 2) == page.index("<d")
    assert hb.cut_at_tag(page, 12) == len(page) - 2
    assert hb.cut_at_tag(page, 13) == len(page)
    assert hb.tag_budget(10) == hb.TAG_FLOOR and hb.tag_budget(10**9) == 10**9 // hb.BYTES_PER_TAG


def test_partial_round_trips_and_defaults_false() -> None:
    a = spaceparse.Article(headline="x", partial=True)
    assert spaceparse.Article.from_dict(a.to_dict()) == a
    assert spaceparse.Article().to_dict()["partial"] is False


# --- the batch's per-page timeout ------------------------------------------------------------


def slow_on(marker: bytes) -> object:
    real = spaceparse.parse

    def parse(data: bytes, **kw: object) -> spaceparse.Article:
        if marker in data:
            deadline = time.monotonic() + 30
            while time.monotonic() < deadline:  # Python code that never ends: the alarm stops it
                time.sleep(0.01)
        return real(data, **kw)  # type: ignore[arg-type]

    return parse


def pages(n: int) -> list[Source]:
    return [Source(name=f"p{i}", data=f"Headline {i} of a page\n\n{PROSE}\n".encode(), kind="text") for i in range(n)]


def test_page_timeout_fails_the_page_and_the_batch_goes_on(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(batch, "parse", slow_on(b"Headline 1 "))
    before = signal.getsignal(signal.SIGALRM)
    t0 = time.monotonic()
    outs = list(batch.run(pages(3), batch.Options(page_timeout=0.2)))
    assert time.monotonic() - t0 < 20
    assert [o.status for o in outs] == ["parsed", "failed", "parsed"]
    assert outs[1].error == "PageTimeout" and "0.2 s" in outs[1].reason
    assert signal.getsignal(signal.SIGALRM) == before and signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


def test_page_timeout_zero_disables_it(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[float] = []
    monkeypatch.setattr(batch, "_Deadline", calls.append)
    outs = list(batch.run(pages(2), batch.Options(page_timeout=0)))
    assert [o.status for o in outs] == ["parsed", "parsed"] and calls == []


def test_page_timeout_in_worker_processes(monkeypatch: pytest.MonkeyPatch) -> None:
    import multiprocessing

    if multiprocessing.get_start_method() != "fork":
        pytest.skip("the slow parse reaches the workers only when they are forked")
    monkeypatch.setattr(batch, "parse", slow_on(b"Headline 4 "))
    outs = list(batch.run(pages(6), batch.Options(page_timeout=0.3), jobs=2, chunk_size=2))
    assert [o.name for o in outs] == [f"p{i}" for i in range(6)]
    assert [o.name for o in outs if o.status == "failed"] == ["p4"] and outs[4].error == "PageTimeout"


def test_cli_page_timeout_option(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(batch, "parse", slow_on(b"Headline 1 "))
    for i, s in enumerate(pages(3)):
        (tmp_path / f"p{i}.txt").write_bytes(s.data)
    errs = tmp_path / "errors.jsonl"
    rc = main(
        ["parse", *(str(tmp_path / f"p{i}.txt") for i in range(3)), "--page-timeout", "0.2", "--errors", str(errs)]
    )
    assert rc == 1
    assert '"PageTimeout"' in errs.read_text() and "p1.txt" in errs.read_text()
    assert capsys.readouterr().out.count('"headline"') == 2
    assert main(["parse", str(tmp_path / "p0.txt"), "--page-timeout", "-1"]) == 2


def test_text_page_is_read_up_to_its_block_budget(monkeypatch: pytest.MonkeyPatch) -> None:
    from spaceparse.frontends import text

    monkeypatch.setattr(text, "BLOCK_FLOOR", 500)
    monkeypatch.setattr(text, "CHARS_PER_BLOCK", 10_000)
    head = f"Lander to fly next year, agency says\n\n{PROSE}\n\n{PROSE} Again.\n\n"
    whole = spaceparse.parse(head, kind="text")
    got = spaceparse.parse(head + "Menu line\n" * 5000, kind="text")
    assert got.partial and got.headline == whole.headline and got.body[:2] == whole.body[:2]
    assert not spaceparse.parse(head + "Menu line\n" * 100 + "\n" * 5000, kind="text").partial
    n1 = len(read_document(head + "Menu line\n" * 5000, kind="text")[0].blocks)
    n4 = len(read_document(head + "Menu line\n" * 20000, kind="text")[0].blocks)
    assert n1 == n4 == 500


def test_name_storms_over_many_tags_are_found() -> None:
    tags = "<html><body>" + "".join(f"<x{i}>t{i} </x{i}>" for i in range(hb.MAX_NAMES + 100)) + "</body></html>"
    attrs = "<html><body>" + "".join(f"<i a{i}=1>t </i>" for i in range(hb.MAX_NAMES)) + "</body></html>"
    same = "<html><body>" + "<i a=1>t </i>" * hb.MAX_NAMES * 2 + "</body></html>"
    assert hb._many_names(tags, hb._MANY_TAGS + 1) and hb._many_names(attrs * 4, hb._MANY_TAGS + 1)
    assert not hb._many_names(same, same.count("<")) and not hb._many_names(same, hb._MANY_TAGS + 1)
    out = hb.cap_names_if_needed(tags, hb._MANY_TAGS + 1)
    last = hb.MAX_NAMES + 50
    assert f"<x{hb.MAX_NAMES - 1}>t" in out and f"<x{last}>" not in out and f"</x{last}>" not in out
    assert f" t{last} " in out


def test_distributed_rows_name_a_partial_article(monkeypatch: pytest.MonkeyPatch) -> None:
    from spaceparse.contrib import _rows

    monkeypatch.setattr(hb, "TAG_FLOOR", 2000)
    monkeypatch.setattr(hb, "BYTES_PER_TAG", 1000)
    row = _rows.row_for_source(Source(name="s", data=storm_page(10_000).encode(), kind="html"))
    assert row["status"] == "parsed" and row["reason"] == _rows.PARTIAL_REASON and "partial" not in row
    assert row["headline"] == "Lander to fly next year, agency says"
    whole = _rows.row_for_source(Source(name="s", data=article().encode(), kind="html"))
    assert whole["reason"] is None and set(whole) == set(row) == set(_rows.COLUMNS)


def test_library_options_set_no_alarm_unless_asked() -> None:
    assert batch.Options().page_timeout == 0 and batch.DEFAULT_PAGE_TIMEOUT == 10
