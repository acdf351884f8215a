"""The start-character prefilters never skip a regex that would have matched."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from spaceparse import _prefilter
from spaceparse._prefilter import by_first_char, first_chars, may_start
from spaceparse.profiles import default_profile
from spaceparse.rules import body, boilerplate, byline, categories, credit, related

PATTERNS = {
    "BARRIER": boilerplate.BARRIER,
    "_COUNTED": boilerplate._COUNTED,
    "byline._BY": byline._BY,
    "related._STOP": related._STOP,
    "categories._TAGS": categories._TAGS,
    "body._INLINE_LINK": body._INLINE_LINK,
    "credit._ENLARGE": credit._ENLARGE,
    "credit._LEAD_ONLY": credit._LEAD_ONLY,
}


@pytest.mark.parametrize("name", sorted(PATTERNS))
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(data=st.data())
def test_a_string_the_pattern_matches_is_never_skipped(name: str, data: st.DataObject) -> None:
    pat = PATTERNS[name]
    s = data.draw(st.from_regex(pat, fullmatch=True))
    assert pat.fullmatch(s)  # the generator's claim, checked
    assert may_start(first_chars(pat), s)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_first_char_table_is_the_whole_alternation(data: st.DataObject) -> None:
    patterns = default_profile().boilerplate
    p = data.draw(st.sampled_from(patterns))
    flags = re.IGNORECASE
    s = data.draw(st.from_regex(re.compile(f"(?:{p})", flags), fullmatch=True))
    table, gated = by_first_char(tuple(patterns), flags, gate=True)
    whole = re.compile("|".join(f"(?:{q})" for q in patterns), flags)
    assert whole.fullmatch(s)
    rx = table.get(s[:1]) if s[:1].isascii() and s else whole
    assert (rx is not None and rx.fullmatch(s) is not None) or any(need in s and g.fullmatch(s) for g, need in gated)


def test_without_the_regex_parser_nothing_is_skipped(monkeypatch: pytest.MonkeyPatch) -> None:
    # A Python without re._parser: no bound is known, so every regex runs.
    monkeypatch.setattr(_prefilter, "_sre", None)
    assert first_chars(re.compile("abc")) is None
    assert _prefilter.required_char(re.compile("a_b")) is None
    assert may_start(None, "anything")
    assert boilerplate._bound(re.compile("abc")) >= frozenset("xyz")


_AROUND = st.text(alphabet=st.sampled_from("ab 1:.,|MonTUE"), max_size=12)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    _AROUND,
    st.one_of(st.from_regex(byline._WEEKDAY, fullmatch=True), st.from_regex(byline._TIME, fullmatch=True)),
    _AROUND,
)
def test_weekday_and_time_tests_never_skip_a_match(before: str, middle: str, after: str) -> None:
    """The stem and digit tests in front of _WEEKDAY and _TIME change no result."""
    text = before + middle + after
    assert byline._drop_weekday_and_time(text) == byline._TIME.sub(" ", byline._WEEKDAY.sub(" ", text))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    _AROUND,
    st.from_regex(byline._ROLE, fullmatch=True)
    | st.sampled_from(["Staff Writer", ", for Space.com", " FOR The Orbit Daily", "Senior Editor", " contributor"]),
    st.booleans(),
)
def test_role_words_never_skip_a_role(before: str, role: str, at_end: bool) -> None:
    """The role-word test in front of _ROLE changes no result."""
    text = before + role + ("" if at_end else " x")
    assert byline._drop_role(text) == byline._ROLE.sub("", text)
