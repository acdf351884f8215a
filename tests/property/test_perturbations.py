"""Every text fixture (and the seed page) parses to the same Article under harmless changes.

Only fixtures whose golden currently passes are used (others are skipped with a
message), so these tests measure invariance, not accuracy.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

import spaceparse
from spaceparse.profiles import default_profile
from spaceparse.recognisers.furniture import is_related_heading

from ..conftest import FIXTURES, SHARED

Page = tuple[str, str, dict[str, object]]  # id, text, parse args


def _pages() -> list[Page]:
    out: list[Page] = []
    for golden in sorted((FIXTURES / "text").rglob("*.expected.json")):
        page = golden.with_name(golden.name[: -len(".expected.json")] + ".txt")
        if not page.exists():
            continue
        expected = json.loads(golden.read_text(encoding="utf-8"))
        args = dict(expected.pop("_parse_args", {}))
        out.append((str(page.relative_to(FIXTURES)), page.read_text(encoding="utf-8"), {"kind": "text", **args}))
    seed = SHARED / "seed" / "payload-belarus-ilrs.txt"
    if seed.exists():
        out.append(("seed", seed.read_text(encoding="utf-8"), {"kind": "text"}))
    return out


PAGES = _pages()
_IDS = [p[0] for p in PAGES]


def _golden_ok(page_id: str, text: str, args: dict[str, object]) -> spaceparse.Article:
    got = spaceparse.parse(text, **args)  # type: ignore[arg-type]
    if page_id == "seed":
        golden = SHARED / "seed" / "payload-belarus-ilrs.expected.json"
    else:
        golden = FIXTURES / page_id.replace(".txt", ".expected.json")
    expected = {k: v for k, v in json.loads(golden.read_text(encoding="utf-8")).items() if not k.startswith("_")}
    d = got.to_dict()
    if any(d[k] != v for k, v in expected.items()):
        pytest.skip(f"{page_id}: golden does not pass yet; invariance is measured on passing pages only")
    return got


# --- perturbations: text -> text ---------------------------------------------------------


def crlf(t: str) -> str:
    return t.replace("\n", "\r\n")


def lone_cr(t: str) -> str:
    return t.replace("\n", "\r")


def nbsp_and_trailing(t: str) -> str:
    return "\n".join(line + ("\u00a0 " if line.strip() else "") for line in t.split("\n"))


def nfd(t: str) -> str:
    return unicodedata.normalize("NFD", t)


def bom(t: str) -> str:
    return "\ufeff" + t


def zero_width(t: str) -> str:
    return t.replace(" the ", " the\u200b ")


def extra_blank_lines(t: str) -> str:
    """One more blank line between paragraphs above the related block, where blank-line
    counts carry no meaning (below it, two blank lines separate items on some layouts;
    lines with no blank line between them stay together: labels one per line)."""
    lines = t.split("\n")
    profile = default_profile()
    cut = next((i for i, line in enumerate(lines) if i > 0 and is_related_heading(line.strip(), profile)), len(lines))
    head: list[str] = []
    for n, line in enumerate(lines[:cut]):
        head.append(line)
        # Between paragraphs already apart (a blank line follows a text line): one more.
        if line.strip() and n + 1 < cut and not lines[n + 1].strip():
            head.append("")
    return "\n".join(head + lines[cut:])


BEFORE = (
    "Skip to content\n\n"
    "We use cookies to improve your experience. By continuing to browse you accept our cookie policy.\n\n"
    "* Home\n* News\n* Launch\n* Policy\n* About\n\n"
)
AFTER = (
    "\n\nSign up for our free newsletter to get the latest space news delivered to your inbox.\n\n"
    "© 2026 Orbital Media LLC. All rights reserved.\n\n* Privacy Policy\n* Terms of Use\n"
)


def boilerplate_before(t: str) -> str:
    return BEFORE + t


def boilerplate_after(t: str) -> str:
    return t + AFTER


PERTURBATIONS: dict[str, Callable[[str], str]] = {
    "crlf": crlf,
    "lone-cr": lone_cr,
    "nbsp-trailing": nbsp_and_trailing,
    "nfd": nfd,
    "bom": bom,
    "zero-width": zero_width,
    "extra-blank-lines": extra_blank_lines,
    "boilerplate-before": boilerplate_before,
    "boilerplate-after": boilerplate_after,
}


# Known parser bugs these properties found (strict: fixing one makes its case pass loudly).
_HEADLINE_GAP = (
    "headline rule: two title-like lines are headline + dek only when at most one blank line"
    " separates them, so one more blank line makes the dek the headline"
)
KNOWN: dict[tuple[str, str], str] = {}


def _cases() -> list[object]:
    out: list[object] = []
    for page in PAGES:
        for name in sorted(PERTURBATIONS):
            reason = KNOWN.get((page[0], name))
            marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
            out.append(pytest.param(page, name, marks=marks, id=f"{page[0]}-{name}"))
    return out


@pytest.mark.parametrize(("page", "name"), _cases())
def test_same_article_under_perturbation(page: Page, name: str) -> None:
    page_id, text, args = page
    want = _golden_ok(page_id, text, args)
    got = spaceparse.parse(PERTURBATIONS[name](text), **args)  # type: ignore[arg-type]
    for key, value in want.to_dict().items():
        assert got.to_dict()[key] == value, key


@pytest.mark.parametrize("page", PAGES, ids=_IDS)
def test_bytes_and_str_agree(page: Page) -> None:
    page_id, text, args = page
    want = _golden_ok(page_id, text, args)
    assert spaceparse.parse(text.encode("utf-8"), **args) == want  # type: ignore[arg-type]
    assert spaceparse.parse(b"\xef\xbb\xbf" + text.encode("utf-8"), **args) == want  # type: ignore[arg-type]


@pytest.mark.skipif(not PAGES, reason="no text fixtures")
@given(
    n=st.integers(0, max(len(PAGES) - 1, 0)),
    names=st.lists(st.sampled_from(sorted(PERTURBATIONS)), min_size=2, max_size=5, unique=True),
)
def test_same_article_under_combined_perturbations(n: int, names: list[str]) -> None:
    page_id, text, args = PAGES[n]
    want = _golden_ok(page_id, text, args)
    names = [x for x in names if (page_id, x) not in KNOWN]
    # Line-ending changes go last (the others split on "\n").
    order = sorted(names, key=lambda x: x in ("crlf", "lone-cr"))
    if "crlf" in order and "lone-cr" in order:
        order.remove("lone-cr")
    for name in order:
        text = PERTURBATIONS[name](text)
    got = spaceparse.parse(text, **args)  # type: ignore[arg-type]
    for key, value in want.to_dict().items():
        assert got.to_dict()[key] == value, (key, order)


def test_perturbations_change_the_text() -> None:
    sample = "Headline Here\n\nOne café paragraph of the text.\n\nRelated Stories\nItem\n\n\nOther"
    for name, fn in PERTURBATIONS.items():
        assert fn(sample) != sample, name
    assert extra_blank_lines(sample).endswith("Related Stories\nItem\n\n\nOther")
    assert re.search(r"Headline Here\n\n\n", extra_blank_lines(sample))
