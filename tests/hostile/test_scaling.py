"""Bounded time: parsing is linear in input size, on the inputs that used to be worst.

Absolute limits are generous (CI machines are slow and shared); the linearity
checks compare a page with the same page four times over: linear code takes
about 4x as long, quadratic code 16x. ``benchmarks/bench_hostile.py`` reports the
figures per MB.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest

import spaceparse
from spaceparse.decode import DEFAULT_MAX_BYTES

PROSE = "Some prose paragraph that is long enough to count as the body of an article here.\n"
WRAPPED = "This is a hard wrapped line of text that goes on for about seventy chars\n"

# name -> unit repeated to build the page (each once a super-linear case, or a plausible one)
UNITS: dict[str, str] = {
    "hard-wrapped text (was quadratic)": WRAPPED,
    "repeated related blocks (was quadratic)": PROSE * 30 + "Related\n",
    "related summary of many lines (was quadratic)": "Related\n\n\nA headline here\nsummary line goes here.\n",
    "bylines": "By John Smith | November 3, 2025\n",
    "credits": PROSE + "Image: NASA/Bill Ingalls\n",
    "label lines": "EuropeInternationalLunar\n",
    "bullets": "* Home\n",
    "short lines": "Hello world line.\n",
    "blank lines": "\n",
    "comment run": "<!---->",
}


def _best_time(f: Callable[[], object], runs: int = 2) -> float:
    best = float("inf")
    for _ in range(runs):
        t0 = time.perf_counter()
        f()
        best = min(best, time.perf_counter() - t0)
    return best


@pytest.mark.parametrize("name", sorted(UNITS))
def test_parse_time_is_linear(name: str) -> None:
    unit = UNITS[name]
    small = unit * (150_000 // len(unit))
    large = unit * (600_000 // len(unit))
    t_small = _best_time(lambda: spaceparse.parse(small, kind="text"), runs=3)
    t_large = _best_time(lambda: spaceparse.parse(large, kind="text"), runs=2)
    # 4x the input: linear is ~4x; allow noise (and a floor for very fast cases), not 16x.
    assert t_large < max(8 * t_small, 1.0), f"{name}: {t_small:.3f}s -> {t_large:.3f}s for 4x the input"


def test_hard_wrapped_text_at_three_megabytes() -> None:
    """Was quadratic (re-joined paragraphs grown by concatenation): ~7 s at 3 MB; now a fraction of a second."""
    page = WRAPPED * (3_000_000 // len(WRAPPED))
    assert _best_time(lambda: spaceparse.parse(page, kind="text"), runs=1) < 3.0


def test_many_short_lines_after_a_related_heading() -> None:
    """Was quadratic (any(is_prose) over the lines so far, at each line): 25,000 lines took 123 s."""
    page = PROSE * 30 + "Related\n\n\nA headline here\n" + "summary line goes here.\n" * 25_000
    assert _best_time(lambda: spaceparse.parse(page, kind="text"), runs=1) < 5.0


@pytest.mark.parametrize(
    "line",
    ["a", " ", "A", ".", "a ", "A ", "(", "[", "-", "By ", "Image: ", "Related ", "\u00a0", "日本", "\u200b"],
    ids=repr,
)
def test_line_of_a_million_characters(line: str) -> None:
    page = (line * (1_000_000 // len(line) + 1))[:1_000_000]
    took = _best_time(lambda: spaceparse.parse(page, kind="text"), runs=1)
    assert took < 5.0


def test_fifty_thousand_short_lines() -> None:
    page = "".join(f"Line {i} of a menu\n" for i in range(50_000))
    assert _best_time(lambda: spaceparse.parse(page, kind="text"), runs=1) < 10.0


def test_hundred_thousand_blank_lines_around_an_article() -> None:
    page = "\n" * 100_000 + "A Headline For The Test\n" + "\n" * 100_000 + PROSE * 5 + "\n" * 100_000
    t0 = time.perf_counter()
    art = spaceparse.parse(page, kind="text")
    assert time.perf_counter() - t0 < 5.0
    assert art.body == tuple(PROSE.strip() for _ in range(1))  # repeats are dropped


def test_default_limit_refuses_quickly() -> None:
    page = b" " * (DEFAULT_MAX_BYTES + 1)
    t0 = time.perf_counter()
    with pytest.raises(spaceparse.InputTooLargeError) as info:
        spaceparse.parse(page)
    assert time.perf_counter() - t0 < 1.0
    assert str(info.value) == f"input is {DEFAULT_MAX_BYTES + 1} bytes, over the limit of {DEFAULT_MAX_BYTES}"
