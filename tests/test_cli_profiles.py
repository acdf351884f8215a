"""User profiles on the command line, in batch workers and in the Scrapy/Dask/Spark paths."""

from __future__ import annotations

import functools
import json
import pickle
from pathlib import Path

import pytest

from spaceparse.cli import main
from spaceparse.contrib._rows import rows_for_sources
from spaceparse.io.inputs import Source
from spaceparse.profiles import PROFILES_ENV, load_profile

from .test_user_profiles import PAGE, PITCH, SITE_TOML


@pytest.fixture
def site(tmp_path: Path) -> Path:
    folder = tmp_path / "profiles"
    folder.mkdir()
    (folder / "zorblax.toml").write_text(SITE_TOML, encoding="utf-8")
    return folder


def _jsonl(tmp_path: Path, n: int, url: str) -> Path:
    path = tmp_path / "pages.jsonl"
    path.write_text("".join(json.dumps({"url": f"{url}/{i}", "text": PAGE}) + "\n" for i in range(n)), encoding="utf-8")
    return path


def _bodies(out: str) -> list[list[str]]:
    return [json.loads(line)["body"] for line in out.splitlines() if line.strip()]


def test_one_profile_file_applies_to_a_page_without_url(
    tmp_path: Path, site: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    assert main(["parse", str(page)]) == 0
    assert PITCH in json.loads(capsys.readouterr().out)["body"]
    assert main(["parse", str(page), "--profile", str(site / "zorblax.toml")]) == 0
    assert PITCH not in json.loads(capsys.readouterr().out)["body"]


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_environment_profiles_reach_the_worker_processes(
    tmp_path: Path, site: Path, jobs: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    pages = _jsonl(tmp_path, 12, "https://zorblax.example/story")
    monkeypatch.setenv(PROFILES_ENV, str(site))
    assert main(["parse", str(pages), "--jobs", jobs, "-q"]) == 0
    bodies = _bodies(capsys.readouterr().out)
    assert len(bodies) == 12
    assert all(PITCH not in body for body in bodies)
    monkeypatch.delenv(PROFILES_ENV)
    assert main(["parse", str(pages), "--jobs", jobs, "-q"]) == 0
    assert all(PITCH in body for body in _bodies(capsys.readouterr().out))


def test_several_profiles_apply_by_host(tmp_path: Path, site: Path, capsys: pytest.CaptureFixture[str]) -> None:
    other = tmp_path / "other.toml"
    other.write_text('name = "other"\nhosts = ["other.example"]\n', encoding="utf-8")
    pages = tmp_path / "mixed.jsonl"
    pages.write_text(
        json.dumps({"url": "https://zorblax.example/a", "text": PAGE})
        + "\n"
        + json.dumps({"url": "https://other.example/a", "text": PAGE})
        + "\n",
        encoding="utf-8",
    )
    assert main(["parse", str(pages), "-q", "--profile", str(site / "zorblax.toml"), "--profile", str(other)]) == 0
    zorblax, elsewhere = _bodies(capsys.readouterr().out)
    assert PITCH not in zorblax
    assert PITCH in elsewhere


def test_profile_mistakes_are_usage_errors(tmp_path: Path, site: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    bad = tmp_path / "bad.toml"
    bad.write_text('name = "bad"\ndisabled_rules = ["headlines"]\n', encoding="utf-8")
    assert main(["parse", str(page), "--profile", str(bad)]) == 2
    assert f"spaceparse: {bad}: disabled_rules names no rule: 'headlines'" in capsys.readouterr().err
    assert main(["parse", str(page), "--profile", str(tmp_path / "missing.toml")]) == 2
    assert "cannot read the profile" in capsys.readouterr().err
    hostless = tmp_path / "hostless.toml"
    hostless.write_text('name = "hostless"\n', encoding="utf-8")
    assert main(["parse", str(page), "--profile", str(site / "zorblax.toml"), "--profile", str(hostless)]) == 2
    assert "no 'hosts', so it applies to no page" in capsys.readouterr().err


def test_the_profiles_command_lists_what_is_loaded_and_from_where(
    tmp_path: Path, site: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    mine = tmp_path / "payload.toml"
    mine.write_text('name = "my-payload"\nhosts = ["payloadspace.com"]\n', encoding="utf-8")
    monkeypatch.setenv(PROFILES_ENV, str(site))
    assert main(["profiles", "--profile", str(mine), "--profile", str(site)]) == 0
    out = capsys.readouterr().out
    assert "my-payload" in out
    assert "overrides the bundled 'payload'" in out
    assert "$SPACEPARSE_PROFILES" in out
    assert main(["profiles", "--format", "json", "--profile", str(mine), "--profile", str(site)]) == 0
    given = json.loads(capsys.readouterr().out)
    assert [(r["name"], r["from"]) for r in given[:3]] == [
        ("my-payload", "--profile"),
        ("zorblax", "--profile"),
        ("zorblax", "$SPACEPARSE_PROFILES"),
    ]
    assert given[2]["shadowed"] == {"zorblax.example": "zorblax"}  # the same host, given first with --profile
    assert main(["profiles", "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows[0] == {
        "name": "zorblax",
        "kind": "by host",
        "hosts": ["zorblax.example"],
        "origin": str(site / "zorblax.toml"),
        "from": "$SPACEPARSE_PROFILES",
        "shadowed": {},
        "overrides": [],
    }
    assert rows[-1]["name"] == "default"
    assert {r["name"] for r in rows if r["from"] == "bundled"} >= {"payload", "spacenews", "default"}
    monkeypatch.setenv(PROFILES_ENV, str(tmp_path / "nowhere"))
    assert main(["profiles"]) == 2
    assert "SPACEPARSE_PROFILES: no such file or folder" in capsys.readouterr().err


def test_rows_for_dask_and_spark_take_profiles_that_pickle(site: Path) -> None:
    profile = load_profile(site / "zorblax.toml")
    src = Source(name="p.txt", data=PAGE.encode(), url="https://zorblax.example/a", kind="text")
    # What a Dask or Spark task receives: the function and its profiles, pickled.
    job = pickle.loads(pickle.dumps(functools.partial(rows_for_sources, profiles=[profile])))
    (row,) = job([src])
    assert row["status"] == "parsed"
    assert PITCH not in row["body"]
    (row,) = rows_for_sources([src], profiles=())
    assert PITCH in row["body"]


def test_scrapy_takes_profiles_from_its_setting_or_the_environment(site: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("scrapy")
    from scrapy.http import TextResponse
    from scrapy.settings import Settings

    from spaceparse.contrib.scrapy import SpaceparsePipeline, parse_response

    response = TextResponse(
        "https://zorblax.example/a", body=PAGE.encode(), headers={"Content-Type": "text/plain; charset=utf-8"}
    )
    monkeypatch.delenv(PROFILES_ENV, raising=False)
    assert PITCH in parse_response(response).body
    assert PITCH not in parse_response(response, profiles=[load_profile(site / "zorblax.toml")]).body
    monkeypatch.setenv(PROFILES_ENV, str(site))
    assert PITCH not in parse_response(response).body

    class Crawler:
        settings = Settings({PROFILES_ENV: [str(site)]})

    monkeypatch.delenv(PROFILES_ENV)
    pipeline = SpaceparsePipeline(Crawler())
    article = pipeline.process_item({"url": "https://zorblax.example/a", "text": PAGE})
    assert PITCH not in article.body


def test_dask_paths_ship_the_profiles_with_the_tasks(site: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    dask_bag = pytest.importorskip("dask.bag")
    from spaceparse.contrib import dask as sp_dask

    records = dask_bag.from_sequence([{"url": "https://zorblax.example/r", "text": PAGE}])
    monkeypatch.setenv(PROFILES_ENV, str(site))  # read where the graph is built...
    bag = sp_dask.parse_records(records)
    monkeypatch.delenv(PROFILES_ENV)  # ...not where it runs
    (row,) = bag.compute(scheduler="processes", num_workers=1)
    assert row["status"] == "parsed"
    assert PITCH not in row["body"]
    (row,) = sp_dask.parse_records(records, profiles=()).compute(scheduler="sync")
    assert PITCH in row["body"]
