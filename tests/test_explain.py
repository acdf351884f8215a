"""``spaceparse explain``: every block, the role it got, the rule that decided it and why."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
from typing import Any

import attrs
import pytest

import spaceparse
from spaceparse.cli import main
from spaceparse.explain import ROLE_NAMES, SCHEMA, explain, render_text
from spaceparse.profiles import load_profile
from spaceparse.segment import RULE_NAMES

from .conftest import FIXTURES
from .test_fixtures import load_case
from .test_user_profiles import PAGE, PITCH, SITE_TOML

GOLDENS = sorted(FIXTURES.rglob("*.expected.json"))
PAYLOAD = FIXTURES / "text" / "payload" / "eu-space-act-debris-rules.txt"


def _schema_validator() -> Any:
    jsonschema = pytest.importorskip("jsonschema")
    referencing = pytest.importorskip("referencing")
    folder = resources.files("spaceparse").joinpath("schema")
    schemas = {
        n: json.loads(folder.joinpath(n).read_text(encoding="utf-8"))
        for n in ("article.schema.json", "explain.schema.json")
    }
    registry = referencing.Registry().with_resources(
        (s["$id"], referencing.Resource.from_contents(s)) for s in schemas.values()
    )
    schema = schemas["explain.schema.json"]
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema, registry=registry)


@pytest.mark.parametrize("golden", GOLDENS, ids=lambda p: str(p.relative_to(FIXTURES)))
def test_explain_gives_the_parse_and_a_role_rule_and_reason_per_block(golden: Path) -> None:
    page, args, _ = load_case(golden)
    expl = explain(page, **args)  # type: ignore[arg-type]
    assert expl.article.to_dict() == spaceparse.parse(page, **args).to_dict()  # type: ignore[arg-type]
    assert expl.rules == RULE_NAMES
    for b in expl.blocks:
        assert b.role in ROLE_NAMES
        if b.role == "none":
            assert b.rule is None
        else:
            assert b.rule in RULE_NAMES
            assert b.history and b.history[-1] == (b.rule, b.role)
        assert b.reason  # every block says why
    body = [b.text for b in expl.blocks if b.role == "body"]
    assert tuple(body) == tuple(expl.article.body)


def test_the_json_form_follows_its_schema() -> None:
    validator = _schema_validator()
    for golden in GOLDENS[:: max(1, len(GOLDENS) // 12)]:
        page, args, _ = load_case(golden)
        d = explain(page, **args).to_dict()  # type: ignore[arg-type]
        validator.validate(d)
        assert d["schema"] == SCHEMA
    for hostile, kind in (
        (FIXTURES / "report" / "hostile-page.html", "html"),
        (FIXTURES / "report" / "hostile-page.txt", "text"),
    ):
        validator.validate(explain(hostile.read_bytes(), kind=kind).to_dict())


def test_a_user_profile_line_names_its_pattern_and_profile(tmp_path: Path) -> None:
    (tmp_path / "zorblax.toml").write_text(SITE_TOML, encoding="utf-8")
    profile = load_profile(tmp_path / "zorblax.toml")
    expl = explain(PAGE, profile=profile)
    assert (expl.profile, expl.profile_origin) == ("zorblax", str(tmp_path / "zorblax.toml"))
    (pitch,) = [b for b in expl.blocks if b.text == PITCH]
    assert (pitch.role, pitch.rule) == ("boilerplate", "boilerplate")
    assert pitch.reason == "matches the boilerplate pattern 'Join the Zorblax Club\\\\b.{0,120}' (profile 'zorblax')"
    (pitch,) = [b for b in explain(PAGE).blocks if b.text == PITCH]
    assert (pitch.role, pitch.rule) == ("body", "body")
    assert pitch.reason and pitch.reason.startswith("inside the content zone")


def test_bundled_furniture_names_its_pattern() -> None:
    page = "Share this article\n\n" + PAGE
    (share,) = [b for b in explain(page).blocks if b.text == "Share this article"]
    assert share.role == "boilerplate"
    assert share.reason and share.reason.startswith("matches the boilerplate pattern '")
    assert share.reason.endswith("(bundled profiles)")


def test_disabled_rules_are_not_run(tmp_path: Path) -> None:
    (tmp_path / "nodek.toml").write_text('name = "nodek"\ndisabled_rules = ["dek", "credit"]\n', encoding="utf-8")
    expl = explain(PAYLOAD.read_bytes(), profile=load_profile(tmp_path / "nodek.toml"))
    assert expl.disabled_rules == ("credit", "dek")
    assert expl.rules == tuple(r for r in RULE_NAMES if r not in ("dek", "credit"))
    assert "credit" not in {b.role for b in expl.blocks}


def test_terminal_output_plain_when_piped_coloured_when_asked(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert main(["explain", str(PAYLOAD)]) == 0
    plain = capsys.readouterr().out
    assert "\x1b[" not in plain
    assert "profile: default (bundled)" in plain
    assert "EU Lawmakers Tighten Debris Rules in Draft Space Act" in plain
    assert "headline    headline" in plain
    assert main(["explain", str(PAYLOAD), "--color", "always"]) == 0
    assert "\x1b[1;35mheadline" in capsys.readouterr().out
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setattr("sys.stdout.isatty", lambda: True)
    assert main(["explain", str(PAYLOAD)]) == 0
    assert "\x1b[" not in capsys.readouterr().out


def test_json_output_and_exit_codes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["explain", str(PAYLOAD), "--format", "json"]) == 0
    d = json.loads(capsys.readouterr().out)
    assert d["schema"] == SCHEMA and d["article"]["headline"] == "EU Lawmakers Tighten Debris Rules in Draft Space Act"
    assert main(["explain", str(tmp_path / "missing.txt")]) == 2
    assert "no such file" in capsys.readouterr().err
    records = tmp_path / "pages.jsonl"
    records.write_text('{"url": "https://a.example/", "text": "x"}\n', encoding="utf-8")
    assert main(["explain", str(records)]) == 2
    assert "explain takes one page file" in capsys.readouterr().err
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    assert main(["explain", str(binary)]) == 1
    assert "NotAPageError" in capsys.readouterr().err
    assert main(["explain", str(PAYLOAD), "--profile", str(tmp_path / "missing.toml")]) == 2


def test_a_page_cannot_drive_the_terminal() -> None:
    expl = explain(
        "Headline of the Day\n\n" + "A paragraph of prose long enough to be read as the body of the page. " * 3
    )
    # The front ends drop control characters; the terminal output does not count on it.
    evil = attrs.evolve(expl.blocks[1], text="red \x1b[31m alert \x07")
    out = render_text(attrs.evolve(expl, blocks=(expl.blocks[0], evil)), color=False)
    assert "\x1b" not in out and "\x07" not in out
    assert "red \ufffd[31m alert \ufffd" in out
