"""``spaceparse learn`` on the made-up sites of tests/sitegen.py: the draft loads, shows its
evidence, learns the furniture and not the articles, and closes most of the gap between no
profile and the hand-written one on pages it did not learn from."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

import pytest

import spaceparse
from spaceparse.api import read_document
from spaceparse.cli import main
from spaceparse.explain import explain
from spaceparse.learn import Draft, Finding, escape, learn, profile_name_for
from spaceparse.profiles import load_profile
from spaceparse.recognisers.furniture import is_boilerplate_text

from .sitegen import HELD_OUT, SITES, Site, score

TRAIN, TEST = 20, 10


def _learn(site: Site, kind: str) -> tuple[Draft, list[object]]:
    pages = site.pages(TRAIN + TEST)
    train = pages[:TRAIN]
    docs = [
        read_document(getattr(site, kind)(p), url=site.url(p) if kind == "html" else None, kind=kind) for p in train
    ]  # type: ignore[arg-type]
    markup = [getattr(site, kind)(p) if kind == "html" else None for p in train]
    return learn(docs, host=site.host, markup=markup), pages[TRAIN:]


CASES = [(site, kind) for site in (*SITES, *HELD_OUT) for kind in ("html", "text")]
IDS = [f"{site.name}-{kind}" for site, kind in CASES]


@pytest.fixture(scope="module", params=CASES, ids=IDS)
def learned(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Site, str, Draft, list[object], Path]:
    site, kind = request.param
    draft, test = _learn(site, kind)
    path = tmp_path_factory.mktemp("drafts") / f"{site.name}-{kind}.toml"
    path.write_text(draft.to_toml(), encoding="utf-8")
    return site, kind, draft, test, path


def test_the_draft_loads_and_shows_its_evidence(learned: tuple[Site, str, Draft, list[object], Path]) -> None:
    site, kind, draft, _, path = learned
    profile = load_profile(path)  # validated like any profile
    assert profile.hosts == (site.host,)
    text = path.read_text(encoding="utf-8")
    data = tomllib.loads(text)
    assert data == draft.to_data()
    for f in draft.findings:
        assert 2 <= f.pages <= TRAIN  # something several pages show
        assert f"{f.pages}/{TRAIN} pages" in text  # and the count is there for the reviewer
    # The hand-written profile's related heading and credit prefix are found.
    hand = tomllib.loads(site.profile)
    related = {f.example for f in draft.entries("related_headings")}
    assert set(hand["related_headings"]) <= related
    assert set(hand.get("credit_prefixes", [])) <= {f.value for f in draft.entries("credit_prefixes")}
    if kind == "html":
        assert draft.entries("title_suffixes")[0].value == hand["title_suffixes"][0]
        assert draft.site == hand["site"]
    # Every line the hand-written profile calls furniture, and the page does not drop already,
    # is furniture to the draft too.
    (path.parent / f"{site.name}-hand.toml").write_text(site.profile, encoding="utf-8")
    hand_profile = load_profile(path.parent / f"{site.name}-hand.toml")
    missed = set()
    for page in site.pages(TRAIN):
        expl = explain(getattr(site, kind)(page), url=site.url(page) if kind == "html" else None, kind=kind)
        for b in expl.blocks:
            if b.role not in ("boilerplate", "barrier") and is_boilerplate_text(b.text, hand_profile):
                if not is_boilerplate_text(b.text, profile):
                    missed.add(b.text)
    assert not missed


def test_the_draft_learns_furniture_not_articles(learned: tuple[Site, str, Draft, list[object], Path]) -> None:
    site, _, draft, _, path = learned
    profile = load_profile(path)
    pages = site.pages(TRAIN)
    paragraphs = {t for p in pages for t in p.body} | {p.headline for p in pages} | {p.dek for p in pages}
    for f in draft.findings:
        assert f.example not in paragraphs, f
    # No article paragraph is furniture to the learned profile.
    assert not [t for t in paragraphs if is_boilerplate_text(t, profile)]


def test_the_learned_profile_closes_most_of_the_gap(learned: tuple[Site, str, Draft, list[object], Path]) -> None:
    site, kind, _, test, path = learned
    learned_profile = load_profile(path)
    (path.parent / f"{site.name}-hand.toml").write_text(site.profile, encoding="utf-8")
    hand = load_profile(path.parent / f"{site.name}-hand.toml")
    expected = [p.expected(upper_labels=site.name == "orbitalledger") for p in test]  # type: ignore[attr-defined]

    def figures(profile: object) -> dict[str, float]:
        articles = [
            spaceparse.parse(
                getattr(site, kind)(p),
                url=site.url(p) if kind == "html" else None,
                kind=kind,
                profile=profile,  # type: ignore[arg-type]
            )
            for p in test
        ]
        return score(expected, articles)

    none, mine, theirs = figures(None), figures(learned_profile), figures(hand)
    for key in ("body_p", "body_f1", "headline", "categories_f1", "credit", "related"):
        gap = theirs[key] - none[key]
        if gap > 0.05:
            assert mine[key] - none[key] >= 0.75 * gap, (key, none[key], mine[key], theirs[key])
        assert mine[key] >= none[key] - 0.01, key  # never worse than no profile


def test_learning_needs_pages_to_compare() -> None:
    site = SITES[0]
    page = site.pages(1)[0]
    with pytest.raises(ValueError, match="pages of the site to compare"):
        learn([read_document(site.text(page), kind="text")], host=site.host)


def test_strings_survive_the_toml() -> None:
    tricky = ['it\'s a "quote" \\ and a tab\there', "line ends with a backslash \\", "emoji 🚀 and ü", "'single'"]
    draft = Draft(
        name="x",
        host="x.example",
        pages=3,
        kinds=(("text", 3),),
        site=None,
        findings=(
            *(Finding("boilerplate", escape(t), 3, t) for t in tricky),
            Finding("labels", "A 'quoted' label", 2, "A 'quoted' label\nwith a newline"),
        ),
    )
    data = tomllib.loads(draft.to_toml())
    assert data["boilerplate"] == [escape(t) for t in tricky]
    assert data["labels"] == ["A 'quoted' label"]
    draft.validate()
    import re

    for t in tricky:
        assert re.fullmatch(escape(t), t)


def test_profile_names_from_hosts() -> None:
    assert profile_name_for("www.orbitalledger.example") == "orbitalledger"
    assert profile_name_for("news.bbc.co.uk") == "bbc"
    assert profile_name_for("localhost") == "localhost"


def test_cli_learn(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    site = SITES[1]
    pages = site.pages(14)
    records = tmp_path / "crawl.jsonl"
    with records.open("w", encoding="utf-8") as fh:
        for p in pages:
            fh.write(json.dumps({"url": site.url(p), "html": site.html(p)}) + "\n")
        fh.write(json.dumps({"url": "https://elsewhere.example/x", "html": site.html(pages[0])}) + "\n")
    out = tmp_path / "draft.toml"
    assert main(["learn", str(records), "--host", site.host, "-o", str(out)]) == 0
    err = capsys.readouterr().err
    assert "skipped 1 pages of other hosts" in err
    assert f"learned from 14 pages to {out}" in err
    profile = load_profile(out)
    assert profile.name == "lunardispatch" and "Keep orbiting" in profile.related_headings
    # Too few pages, a bad host, a bad share: usage errors.
    assert main(["learn", str(records), "--host", "other.example"]) == 2
    assert "needs at least 10 pages of other.example (got 0)" in capsys.readouterr().err
    assert main(["learn", str(records), "--host", "https://x.example/"]) == 2
    assert "--host wants a host name" in capsys.readouterr().err
    assert main(["learn", str(records), "--host", site.host, "--min-share", "0"]) == 2
    assert "--min-share must be above 0" in capsys.readouterr().err
    # To stdout, and then used to parse.
    assert main(["learn", str(records), "--host", site.host, "-q", "--name", "ld"]) == 0
    captured = capsys.readouterr()
    assert captured.err == ""
    assert tomllib.loads(captured.out)["name"] == "ld"
