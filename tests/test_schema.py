"""Every golden and every parse of a fixture validates against the shipped JSON Schema."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import pytest

import spaceparse

from .conftest import FIXTURES
from .test_fixtures import load_case

jsonschema = pytest.importorskip("jsonschema")

SCHEMA = json.loads(resources.files("spaceparse").joinpath("schema/article.schema.json").read_text(encoding="utf-8"))
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)
GOLDENS = sorted(FIXTURES.rglob("*.expected.json"))


def test_schema_is_valid() -> None:
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


@pytest.mark.parametrize("golden", GOLDENS, ids=lambda p: str(p.relative_to(FIXTURES)))
def test_golden_and_parse_validate(golden: Path) -> None:
    page, args, expected = load_case(golden)
    VALIDATOR.validate(expected)
    VALIDATOR.validate(spaceparse.parse(page, **args).to_dict())  # type: ignore[arg-type]


def test_schema_rejects_a_broken_article() -> None:
    bad = spaceparse.Article(headline="x").to_dict()
    bad["published"] = "19 November 2026"
    with pytest.raises(jsonschema.ValidationError):
        VALIDATOR.validate(bad)
