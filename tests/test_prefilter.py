"""The start-character prefilters never skip a regex that would have matched."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from spaceparse import _prefilter
from spaceparse._prefilter import (
    by_first_char,
    by_two_chars,
    first_chars,
    first_two,
    may_start,
    split_gated,
)
from spaceparse.profiles import default_profile
from spaceparse.recognisers import bylines as byline
from spaceparse.recognisers import credits as credit
from spaceparse.recognisers import dates
from spaceparse.recognisers import furniture as boilerplate
from spaceparse.rules import body, related

PATTERNS = {
    "BARRIER": boilerplate.BARRIER,
    "credit start": credit._profile_patterns(default_profile())[0],
    "_COUNTED": boilerplate._COUNTED,
    "byline._BY": byline._BY,
    "related._STOP": related._STOP,
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
    # match() may stop early: any text a match starts is never skipped by the two-character bound.
    tail = data.draw(st.text(alphabet=st.sampled_from("aZ 1.:/-\u00e9"), max_size=3))
    for text in (s, s[:1] + tail, s + tail):
        pairs = first_two(pat, whole=text == s)
        if pat.match(text) and len(text) >= 2 and text[:2].isascii():
            assert pairs is None or text[:2] in pairs


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
    st.one_of(st.from_regex(dates._WEEKDAY, fullmatch=True), st.from_regex(dates._TIME, fullmatch=True)),
    _AROUND,
)
def test_weekday_and_time_tests_never_skip_a_match(before: str, middle: str, after: str) -> None:
    """The stem and digit tests in front of _WEEKDAY and _TIME change no result."""
    text = before + middle + after
    assert dates.drop_weekday_and_time(text) == dates._TIME.sub(" ", dates._WEEKDAY.sub(" ", text))


_TWO = {
    **PATTERNS,
    "related headings": default_profile().related_re,
    "boilerplate lines": default_profile().boilerplate_re,
}


@pytest.mark.parametrize("name", sorted(_TWO))
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(data=st.data())
def test_two_character_bound_never_skips_a_match(name: str, data: st.DataObject) -> None:
    pat = _TWO[name]
    s = data.draw(st.from_regex(pat, fullmatch=True))
    assert pat.fullmatch(s)
    if len(s) >= 2 and s[:2].isascii():
        whole = first_two(pat, whole=True)
        assert whole is None or s[:2] in whole
        bound = first_two(pat)
        assert bound is None or s[:2] in bound


def test_two_character_bound_is_exact_on_plain_alternations() -> None:
    assert first_two(re.compile("(?:the|a)b", re.IGNORECASE)) == frozenset(
        {"th", "tH", "Th", "TH", "ab", "aB", "Ab", "AB"}
    )
    assert first_two(re.compile("ab?")) == frozenset("a" + chr(i) for i in range(128))  # match may stop after "a"
    assert first_two(re.compile("a?b?")) is None  # may match nothing
    assert first_two(re.compile(r"x?\d"), whole=True) == frozenset(f"x{d}" for d in "0123456789")
    assert first_two(re.compile("..")) is None  # every pair: no useful bound
    assert first_two(re.compile(r"(ab)\1")) == frozenset({"ab"})  # the reference comes after two characters
    assert first_two(re.compile(r"(a)\1")) is None  # a reference within them: no bound
    assert first_two(re.compile("(?-i:ab)", re.IGNORECASE)) is None  # scoped flags: no bound


def test_without_the_regex_parser_there_is_no_two_character_bound(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_prefilter, "_sre", None)
    assert first_two(re.compile("abc")) is None
    table, rest = by_two_chars(("abc", "de"), re.IGNORECASE)
    assert table == {}
    assert rest is not None and rest.fullmatch("abc") and rest.fullmatch("DE")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_two_character_table_is_the_whole_alternation(data: st.DataObject) -> None:
    profile = default_profile()
    patterns = profile.boilerplate
    p = data.draw(st.sampled_from(patterns))
    flags = re.IGNORECASE
    s = data.draw(st.from_regex(re.compile(f"(?:{p})", flags), fullmatch=True))
    whole = re.compile("|".join(f"(?:{q})" for q in patterns), flags)
    assert whole.fullmatch(s)
    kept, gated = split_gated(patterns, flags)
    if len(s) >= 2 and s[:2].isascii():
        rx = profile.boilerplate_two.get(s[:2], profile.boilerplate_rest)
        assert (rx is not None and rx.fullmatch(s) is not None) or any(
            need in s and g.fullmatch(s) for g, need in gated
        )
        assert gated == profile.boilerplate_gated and kept


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=st.sampled_from("SsHhAaRrEe TtWw:|"), min_size=2, max_size=14))
def test_match_through_the_two_character_table_picks_the_same_alternative(text: str) -> None:
    """For ``match`` (not only yes/no) the table keeps the order of the alternatives."""
    patterns = ("share", "share this", "sha", "tw", "t|w")
    whole = re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)
    table, rest = by_two_chars(patterns, re.IGNORECASE)
    rx = table.get(text[:2], rest) if text[:2].isascii() else whole
    m1, m2 = whole.match(text), (rx.match(text) if rx is not None else None)
    assert (m1 and m1.group()) == (m2 and m2.group())
