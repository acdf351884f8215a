"""Every regular expression in spaceparse, attacked at the longest input the code lets reach it.

Each pattern is listed in :data:`AUDITED` with how the code applies it and the
largest string it can meet (the code's own length guard, else the largest block
or page). A new pattern anywhere in ``spaceparse`` fails
:func:`test_every_pattern_is_audited` until it is added here. Each is then run on
adversarial strings of that length (runs of spaces, capitals, punctuation,
repeated prefixes of its own alternatives, each ending in a character that makes
the match fail) and must finish well inside a time that only linear (or
bounded) behaviour meets.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import time
from collections.abc import Callable

import pytest

import spaceparse
from spaceparse.api import sniff_kind
from spaceparse.profiles import all_profiles, default_profile
from spaceparse.recognisers import credits as credit
from spaceparse.recognisers.bylines import split_authors
from spaceparse.rules.related import strip_truncation

BLOCK = 100_000  # the text front end cuts longer lines into pieces of this size
PAGE = 300_000  # whole-page patterns (parse itself meets lines of 1,000,000 in test_scaling)
LIMIT = 0.5  # seconds per call; quadratic behaviour at these lengths takes minutes

# (module, name) -> (how the code applies it, longest input that reaches it)
AUDITED: dict[tuple[str, str], tuple[str, int]] = {
    ("spaceparse.api", "_HTML_START"): ("match", 2048),
    ("spaceparse.api", "_TAG"): ("findall", 4096),
    ("spaceparse.decode", "_DECLARED"): ("search", 4096),
    ("spaceparse.decode", "_SURROGATE"): ("sub", PAGE),
    ("spaceparse.frontends.text", "_BULLET"): ("match", PAGE),
    ("spaceparse.frontends.text", "_REF_LINE"): ("match", PAGE),  # lines are cut to BLOCK only later
    ("spaceparse.frontends.text", "_MARKER"): ("findall", PAGE),
    ("spaceparse.frontends.text", "_LYNX_ARTEFACT"): ("sub", PAGE),
    ("spaceparse.frontends.text", "_IMAGE_URL"): ("search", PAGE),
    ("spaceparse.frontends.text", "_LINK_TITLES"): ("match", PAGE),
    ("spaceparse.content", "_ATTRIBUTION_DASH"): ("match", 120),
    ("spaceparse.render", "_MD_SPECIAL"): ("sub", BLOCK),
    ("spaceparse.render", "_MD_LINE_START"): ("match", BLOCK),
    ("spaceparse.render", "_MD_URL_BAD"): ("search", BLOCK),
    ("spaceparse.render", "_SAFE_URL"): ("match", BLOCK),
    ("spaceparse.render", "_BACKTICKS"): ("findall", BLOCK),
    ("spaceparse.render", "_NOT_XML"): ("sub", BLOCK),
    ("spaceparse.render", "_OWN_NUMBER"): ("match", BLOCK),
    ("spaceparse.content", "_NUMBERED"): ("match", BLOCK),
    ("spaceparse.normalize", "_INVISIBLE"): ("sub", PAGE),
    ("spaceparse.normalize", "_LINE_BREAKS"): ("sub", PAGE),
    ("spaceparse.normalize", "_SPACES"): ("sub", PAGE),
    ("spaceparse.rules.body", "_INLINE_LINK"): ("fullmatch", 220),
    ("spaceparse.rules.byline", "_SLASHED"): ("search", BLOCK),  # any block
    ("spaceparse.rules.byline", "_INITIAL_END"): ("search", 60),
    ("spaceparse.rules.byline", "_DIGIT"): ("search", BLOCK),
    ("spaceparse.rules.byline", "_LABEL_ALONE"): ("fullmatch", BLOCK),
    ("spaceparse.rules.byline", "_BY_END"): ("search", 30),
    ("spaceparse.recognisers.dates", "_RELATIVE"): ("search", 400),  # relative_time cuts at 400
    ("spaceparse.recognisers.furniture", "_BRACKETED"): ("fullmatch", 300),
    ("spaceparse.recognisers.furniture", "_SYMBOLS"): ("fullmatch", 300),
    ("spaceparse.recognisers.furniture", "BARRIER"): ("fullmatch", BLOCK),  # related rule: no length guard
    # split_authors cuts its value to 400 characters; parse_byline takes lines of 200 at most.
    ("spaceparse.recognisers.bylines", "_BY"): ("match", 400),
    ("spaceparse.recognisers.bylines", "BY_WORD"): ("fullmatch", BLOCK),  # the byline rule: any block
    ("spaceparse.recognisers.bylines", "_NAMES_END"): ("search", 400),
    ("spaceparse.recognisers.bylines", "_ROLE"): ("search", 400),  # is_role: 40; name parts: 400
    ("spaceparse.recognisers.bylines", "_ORG"): ("search", 400),
    ("spaceparse.recognisers.bylines", "_EMAIL"): ("sub", 400),
    ("spaceparse.recognisers.bylines", "_GLUED"): ("split", 400),
    ("spaceparse.recognisers.bylines", "_INITIALS"): ("fullmatch", 400),
    ("spaceparse.recognisers.bylines", "_ASIDE"): ("sub", 400),
    ("spaceparse.recognisers.bylines", "_NOT_IN_NAMES"): ("search", 400),
    ("spaceparse.recognisers.bylines", "_DOMAIN_TAIL"): ("sub", 400),
    ("spaceparse.recognisers.bylines", "_CREDENTIAL"): ("fullmatch", 400),
    ("spaceparse.recognisers.bylines", "_AUTHOR_SPLIT"): ("split", 400),
    ("spaceparse.recognisers.bylines", "_CONJ"): ("sub", 400),
    ("spaceparse.recognisers.bylines", "_FOR"): ("sub", 400),
    ("spaceparse.recognisers.bylines", "_PAREN"): ("sub", 400),
    ("spaceparse.recognisers.bylines", "_HANDLE"): ("sub", 400),
    ("spaceparse.recognisers.bylines", "_ROLE_SUFFIX"): ("sub", 400),
    ("spaceparse.recognisers.furniture", "_SIDEBAR"): ("fullmatch", 60),
    ("spaceparse.recognisers.furniture", "_CLOCK"): ("search", 120),
    ("spaceparse.rules.zone", "_CONTACT_INTRO"): ("fullmatch", BLOCK),
    ("spaceparse.rules.body", "_CREDITS"): ("match", 400),
    ("spaceparse.rules.body", "_ABOUT"): ("fullmatch", 60),
    ("spaceparse.recognisers.bylines", "_DATE_PREFIX"): ("sub", 200),
    ("spaceparse.recognisers.dates", "_WEEKDAY"): ("sub", 200),  # lines of a date: 200 at most
    ("spaceparse.recognisers.dates", "_TIME"): ("sub", 200),
    ("spaceparse.recognisers.dates", "_UTC"): ("match", 200),
    ("spaceparse.recognisers.dates", "_NUMERIC"): ("finditer", 400),  # day_first_page: lines cut to 400
    ("spaceparse.recognisers.dates", "_DAY_MONTH"): ("finditer", 400),
    ("spaceparse.recognisers.dates", "_MONTH_DAY"): ("finditer", 400),  # parse_timestamp cuts values to 200
    ("spaceparse.recognisers.dates", "_PUBLISHED_WORDS"): ("finditer", 200),  # date_line: 200 at most
    ("spaceparse.recognisers.dates", "_UPDATED_WORDS"): ("finditer", 200),
    ("spaceparse.recognisers.dates", "_COPYRIGHT"): ("search", 200),
    ("spaceparse.recognisers.dates", "_LINE_WORDS"): ("findall", 200),
    ("spaceparse.recognisers.bylines", "_COUNTERS"): ("sub", 200),
    ("spaceparse.recognisers.bylines", "_BARE_COUNT"): ("sub", 200),
    ("spaceparse.recognisers.bylines", "_PUNCT"): ("sub", 200),
    ("spaceparse.recognisers.bylines", "_DIGIT"): ("search", 200),
    ("spaceparse.recognisers.bylines", "_PICTURE"): ("sub", 200),
    ("spaceparse.recognisers.bylines", "_NAMES"): ("fullmatch", 200),
    ("spaceparse.recognisers.bylines", "_COMMENT_COUNT"): ("sub", 200),
    ("spaceparse.recognisers.credits", "_ENLARGE"): ("sub", 600),
    ("spaceparse.recognisers.credits", "_LEAD_ONLY"): ("fullmatch", 600),
    ("spaceparse.recognisers.credits", "_AGENCY"): ("fullmatch", 600),
    ("spaceparse.recognisers.credits", "_WIRE"): ("fullmatch", 600),
    ("spaceparse.recognisers.credits", "_FILE"): ("sub", 600),
    ("spaceparse.recognisers.credits", "_LEAD_NAMED"): ("match", 600),
    ("spaceparse.recognisers.credits", "_NAME_AND_WIRE"): ("fullmatch", 120),
    ("spaceparse.recognisers.credits", "_COUNTER"): ("fullmatch", BLOCK),
    ("spaceparse.rules.headline", "_GLUED_TAIL"): ("sub", BLOCK),  # markup headlines are not length-guarded
    ("spaceparse.rules.headline", "_TITLE_SEP_AFTER"): ("search", 250),  # title-like lines: len <= 250
    ("spaceparse.rules.headline", "_TITLE_SEP_BEFORE"): ("search", 250),
    ("spaceparse.rules.headline", "_KICKER_SPLIT"): ("search", BLOCK),  # markup titles and <h1>s, any length
    ("spaceparse.rules.headline", "_CLOCK"): ("search", 250),  # title-like lines: len <= 250
    ("spaceparse.rules.headline", "_NUMBERED"): ("match", BLOCK),  # lynx's numbered list items
    ("spaceparse.recognisers.labels", "_SEPARATORS"): ("split", BLOCK),  # split_labels is public
    ("spaceparse.recognisers.labels", "_ASCII_GLUE"): ("finditer", BLOCK),
    ("spaceparse.recognisers.labels", "_ASCII_STARTS"): ("finditer", BLOCK),
    ("spaceparse.recognisers.labels", "_GLUE_POINT"): ("split", BLOCK),
    ("spaceparse.recognisers.labels", "_GLUED_WORD"): ("search", BLOCK),
    ("spaceparse.recognisers.labels", "_NON_ASCII"): ("finditer", 120),  # _label_line: len <= 120
    ("spaceparse.recognisers.labels", "_INNER_CAPITAL"): ("finditer", 120),
    ("spaceparse.recognisers.labels", "_LABEL_CHARS"): ("fullmatch", 120),
    ("spaceparse.recognisers.labels", "_COUNT"): ("sub", 90),  # clean_label: len <= 90
    ("spaceparse.recognisers.labels", "_CODE_KEY"): ("match", 80),
    ("spaceparse.recognisers.labels", "_TRAILING_NUMBER"): ("sub", BLOCK),  # strip_counts: link texts
    ("spaceparse.recognisers.labels", "_WORD"): ("findall", BLOCK),  # title_words: a headline
    ("spaceparse.recognisers.labels", "_KEYED"): ("finditer", 600),  # keyed_labels: len <= 600
    ("spaceparse.recognisers.labels", "_LIST_END"): ("search", 600),
    ("spaceparse.recognisers.labels", "_AND"): ("sub", 600),
    ("spaceparse.recognisers.labels", "_BY"): ("search", 600),
    ("spaceparse.recognisers.labels", "_LIST_SEP"): ("split", 600),
    ("spaceparse.recognisers.labels", "_WP_DE"): ("search", 600),
    ("spaceparse.recognisers.labels", "_COUNTED"): ("search", 90),  # labels: clean_label's length
    ("spaceparse.recognisers.labels", "_KEY_VALUE"): ("match", 80),  # without_codes: cleaned labels
    ("spaceparse.recognisers.labels", "_CODE"): ("fullmatch", BLOCK),  # without_codes is public
    ("spaceparse.recognisers.labels", "_ID"): ("match", 80),
    ("spaceparse.rules.related", "_TRUNC"): ("search", BLOCK),
    ("spaceparse.rules.related", "_STOP"): ("fullmatch", 60),
    ("spaceparse.rules.related", "_LEADING_MARK"): ("sub", BLOCK),
    ("spaceparse.recognisers.prose", "_GLUE"): ("finditer", 200),  # finditer(text, 12, 200)
    ("spaceparse.recognisers.prose", "_DATELINE"): ("search", 200),  # search(text, 15, 200)
    ("spaceparse.recognisers.prose", "_UNSPACED"): ("findall", BLOCK),
    ("spaceparse.rules.body", "_BIO"): ("match", BLOCK),
    ("spaceparse.rules.body", "_ROLE_LINE"): ("fullmatch", BLOCK),
    ("spaceparse.rules.body", "_BIO_VERB"): ("match", BLOCK),
    ("spaceparse.recognisers.furniture", "_COMMENTS"): ("match", 60),  # is_barrier_text: len <= 60
    ("spaceparse.recognisers.furniture", "_COUNTED"): ("fullmatch", 120),
    ("spaceparse.rules.categories", "_COUNTER"): ("match", BLOCK),  # lines above the headline
    ("spaceparse.rules.categories", "_BY_NAME"): ("match", BLOCK),
    ("spaceparse.recognisers.dates", "_YEAR4"): ("finditer", 400),
    ("spaceparse.recognisers.dates", "_SHORT_YEAR"): ("search", 400),
    ("spaceparse.recognisers.dates", "_DIGIT"): ("search", 400),
    ("spaceparse.rules.zone", "_CREDIT_TAIL"): ("fullmatch", BLOCK),
    ("spaceparse.rules.zone", "_POINTER"): ("match", 240),
    ("spaceparse.rules.headline", "_RELATIVE_TIME"): ("fullmatch", 40),
    ("spaceparse.recognisers.credits", "_WIRE_TAIL"): ("search", 400),
    ("spaceparse.recognisers.credits", "_WIRE_WORD"): ("search", 90),  # _credit_shaped: len <= 90
    ("spaceparse.recognisers.credits", "_YEAR_AFTER"): ("match", 600),  # without_rights_notice: len <= 600
    ("spaceparse.recognisers.credits", "_LABEL_PREFIX"): ("match", BLOCK),  # strip_credit_prefix: markup credits
    ("spaceparse.recognisers.credits", "_SENTENCE_END"): ("finditer", 600),  # _unprefixed_tail: len <= 600
    ("spaceparse.frontends.html", "_NAME_SPLIT"): ("split", 200),  # image file names: len <= 200
    ("spaceparse.recognisers.credits", "_WIRE_SLASH"): ("search", 400),
    ("spaceparse.rules.zone", "_URL_LINE"): ("fullmatch", 300),
    ("spaceparse.frontends._html_content", "_FLAG_RE"): ("finditer", 200),  # word_flags: tokens <= _MAX_TOKEN
    ("spaceparse.frontends._html_content", "_SENT_END"): ("search", PAGE),
    ("spaceparse.frontends._html_content", "_WORD"): ("findall", PAGE),
    ("spaceparse.frontends._html_content", "_COMMENT_FORM"): ("search", PAGE),  # an element's class/id words
    ("spaceparse.frontends.html", "_FIGURE_LABEL"): ("match", PAGE),
    ("spaceparse.recognisers.dates", "_ISO"): ("search", PAGE),  # meta values are not length-guarded
    ("spaceparse.recognisers.urls", "_ABSOLUTE"): ("match", PAGE),  # hrefs, any length
    ("spaceparse.recognisers.urls", "_ROOT"): ("match", PAGE),  # base URLs, any length
    ("spaceparse.recognisers.sites", "_SEPARATORS"): ("split", PAGE),  # titles, any length
    ("spaceparse.frontends._html_meta", "_ENTITY"): ("sub", PAGE),  # meta values, any length
    ("spaceparse.frontends._html_meta", "_CLASS_PARTS"): ("split", PAGE),  # class words, any length
    ("spaceparse.recognisers.sites", "_TOKENS"): ("findall", PAGE),  # headings, any length
    ("spaceparse.recognisers.sites", "_NON_WORD"): ("sub", PAGE),  # site names and headings, any length
    ("spaceparse.frontends._html_meta", "_AUTHOR_LINK"): ("search", PAGE),
    ("spaceparse.frontends._html_meta", "_NOT_ARTICLE"): ("search", PAGE),  # class and id words, any length
    ("spaceparse.frontends._html_meta", "_FURNITURE_WORDS"): ("search", PAGE),  # class and id words, any length
    ("spaceparse.frontends._html_meta", "_LAST_FIRST"): ("fullmatch", PAGE),  # meta values, any length
    ("spaceparse.frontends._html_meta", "_TAG_PATH"): ("search", PAGE),  # link targets, any length
    ("spaceparse.frontends._html_meta", "_DATE_STEM"): ("search", PAGE),  # class attributes, any length
    ("spaceparse.frontends._html_meta", "_TRAILING_COMMA"): ("sub", PAGE),  # a JSON-LD script, any length
    ("spaceparse.frontends._html_meta", "_SITE_HEADER"): ("search", PAGE),  # class and id words, any length
    ("spaceparse.frontends._html_meta", "_ISO_START"): ("match", PAGE),  # attribute values, any length
    ("spaceparse.frontends._html_meta", "_WRITTEN_BY"): ("search", PAGE),  # meta values, any length
    ("spaceparse.frontends._html_meta", "_BEFORE_FIELD"): ("split", PAGE),  # an author element's text, any length
    ("spaceparse.recognisers.dates", "_ATTRIBUTION"): ("match", 400),  # the text before a date: find_date cuts at 400
    ("spaceparse.recognisers.urls", "_URL_DATE"): ("search", PAGE),  # URL paths, any length
    ("spaceparse.recognisers.urls", "_URL_COMPACT"): ("search", PAGE),
    ("spaceparse.recognisers.urls", "_URL_DAY_FIRST"): ("search", PAGE),
    ("spaceparse.frontends.html", "_AVATAR"): ("search", PAGE),  # image URLs, any length
    ("spaceparse.frontends.html", "_TAIL_KEEP"): ("search", PAGE),  # run text, any length
    ("spaceparse.frontends.html", "_SENTENCE_STOP"): ("search", PAGE),  # run text, any length
    ("spaceparse.frontends.html", "_SENTENCE_END"): ("findall", PAGE),  # run text, any length
    ("spaceparse.io.inputs", "_JSONL_START"): ("match", 4096),
    ("spaceparse.frontends._html_dom", "_TOKEN"): ("finditer", PAGE),  # _limit_depth: search from each tag end
    ("spaceparse.frontends._html_dom", "_NEVER_OPEN"): ("findall", PAGE),  # _may_be_deep: 4 KB chunks
    # _html_bounds: the name-storm look and pass run over whole pages, from each tag.
    ("spaceparse.frontends._html_bounds", "_ATTR"): ("finditer", PAGE),
    ("spaceparse.frontends._html_bounds", "_ATTRS"): ("match", PAGE),
    ("spaceparse.frontends._html_bounds", "_TOKEN"): ("finditer", PAGE),
    ("spaceparse.frontends._html_bounds", "_TAG_START"): ("match", PAGE),
    ("spaceparse.frontends._html_bounds", "_RAW_OPEN"): ("finditer", PAGE),
    ("spaceparse.frontends._html_bounds", "_TAG_NAME"): ("findall", PAGE),
    ("spaceparse.frontends._html_bounds", "_VALUED_NAME"): ("findall", PAGE),
    ("spaceparse.frontends._html_content", "_FLAG_ANY"): ("search", 200),  # word_flags: tokens <= _MAX_TOKEN
    ("spaceparse.frontends._html_dom", "_ODD"): ("search", PAGE),
    ("spaceparse.frontends._html_dom", "BODY_WORD"): ("search", PAGE),  # class attributes, any length
    ("spaceparse.recognisers.furniture", "_COMMENTS_WORD"): ("search", BLOCK),
    ("spaceparse.recognisers.furniture", "_IMAGE_NAME"): ("search", BLOCK),  # is_render_artefact: any line
    ("spaceparse.profiles", "_HOST"): ("fullmatch", BLOCK),  # a user profile's hosts entries, any length
    ("spaceparse.learn", "_NUMBER"): ("finditer", BLOCK),
    ("spaceparse.learn", "_LABEL_SEPARATORS"): ("split", BLOCK),
    ("spaceparse.learn", "_CREDIT"): ("search", 400),  # _credit_prefixes: lines <= 400
    ("spaceparse.learn", "_CREDIT_BRACKETED"): ("match", 400),
    ("spaceparse.learn", "_LABELLED"): ("fullmatch", BLOCK),
    ("spaceparse.learn", "_CLASS"): ("fullmatch", PAGE),  # class attribute tokens, any length
}
# Tuples of patterns.
AUDITED_GROUPS: dict[tuple[str, str], tuple[str, int]] = {
    ("spaceparse.recognisers.dates", "_PATTERNS"): ("finditer", 400),
}


def _module_patterns() -> dict[tuple[str, str], re.Pattern[str] | tuple[re.Pattern[str], ...]]:
    found: dict[tuple[str, str], re.Pattern[str] | tuple[re.Pattern[str], ...]] = {}
    for info in pkgutil.walk_packages(spaceparse.__path__, "spaceparse."):
        if info.name.endswith("__main__"):
            continue
        mod = importlib.import_module(info.name)
        for key, value in vars(mod).items():
            if isinstance(value, re.Pattern):
                # A pattern imported from another module (the same object) is audited where it is
                # defined; a different pattern that only shares a name is audited on its own.
                imported = any(
                    k[1] == key and k[0] != info.name and getattr(importlib.import_module(k[0]), key, None) is value
                    for k in AUDITED
                )
                if not imported or (info.name, key) in AUDITED:
                    found[(info.name, key)] = value
            elif isinstance(value, tuple) and value and all(isinstance(v, re.Pattern) for v in value):
                found[(info.name, key)] = value
    return found


def test_every_pattern_is_audited() -> None:
    found = set(_module_patterns())
    assert found - set(AUDITED) - set(AUDITED_GROUPS) == set()


def _families(n: int, pattern: str) -> list[str]:
    """Adversarial strings of length ``n``: uniform runs and runs of the pattern's own words."""
    words = sorted(set(re.findall(r"[A-Za-z]{2,}", pattern)), key=len)[:6]
    base = [
        " ",
        "A",
        "a",
        ".",
        "a ",
        "A ",
        "Aa",
        ". ",
        "-",
        ":",
        "(",
        "[",
        "1",
        "1 ",
        "<!--",
        "<!---->",
        "-->",
        "…",
        "\u00a0",
        "Aa Bb, ",
        "by ",
        "Image: ",
        "<meta ",
        "charset=",
        "for A",
        ", ",
        "Share",
        "\t \n",
        ".)",
        "&amp;",
        "é",
        "日本",
    ]
    out = []
    for unit in base + [w + " " for w in words] + words:
        s = (unit * (n // len(unit) + 1))[: n - 1]
        out.append(s + "\x00")  # a character no pattern accepts at the end forces the failure path
    return out


def _apply(method: str, pat: re.Pattern[str], s: str) -> None:
    getattr(pat, method)(s) if method != "sub" else pat.sub(" ", s)
    if method == "finditer":
        for _ in pat.finditer(s):
            pass


def _attack(pat: re.Pattern[str] | re.Pattern[bytes], method: str, n: int) -> list[str]:
    slow = []
    for s in _families(n, str(pat.pattern)):
        subject: str | bytes = s.encode("utf-8")[:n] if isinstance(pat.pattern, bytes) else s
        t0 = time.perf_counter()
        _apply(method, pat, subject)  # type: ignore[arg-type]
        took = time.perf_counter() - t0
        if took > LIMIT:
            slow.append(f"{took:.2f}s on {s[:12]!r}...")
    return slow


@pytest.mark.parametrize("key", sorted(AUDITED), ids=lambda k: f"{k[0].rsplit('.', 1)[1]}.{k[1]}")
def test_pattern_is_linear_on_adversarial_input(key: tuple[str, str]) -> None:
    method, n = AUDITED[key]
    pat = getattr(importlib.import_module(key[0]), key[1])
    assert _attack(pat, method, n) == []


@pytest.mark.parametrize("key", sorted(AUDITED_GROUPS), ids=lambda k: f"{k[0].rsplit('.', 1)[1]}.{k[1]}")
def test_pattern_group_is_linear_on_adversarial_input(key: tuple[str, str]) -> None:
    method, n = AUDITED_GROUPS[key]
    for pat in getattr(importlib.import_module(key[0]), key[1]):
        assert _attack(pat, method, n) == []


def _profile_patterns() -> list[tuple[str, re.Pattern[str], str, int]]:
    out = []
    for profile in (default_profile(), *all_profiles()):
        # boilerplate: fullmatch on lines of at most 300 characters (is_boilerplate_text)
        out.append((f"{profile.name}.boilerplate", profile.boilerplate_re, "fullmatch", 300))
        # related headings: fullmatch/match on lines of at most 160 characters
        out.append((f"{profile.name}.related_headings", profile.related_re, "match", 160))
        start, tail = credit._patterns(profile.credit_prefixes)
        # credit prefixes: match / finditer on lines of at most 600 characters (parse_credit)
        out.append((f"{profile.name}.credit_start", start, "match", 600))
        out.append((f"{profile.name}.credit_tail", tail, "finditer", 600))
        out.append(
            (f"{profile.name}.credit_caption_tail", credit._caption_tail(profile.credit_prefixes), "finditer", 600)
        )
    return out


@pytest.mark.parametrize(
    ("name", "pat", "method", "n"), _profile_patterns(), ids=lambda v: v if isinstance(v, str) else ""
)
def test_profile_pattern_is_bounded_on_adversarial_input(name: str, pat: re.Pattern[str], method: str, n: int) -> None:
    assert _attack(pat, method, n) == []


def test_html_sniffer_comment_run_regression() -> None:
    """Found by the audit: 40 comments before a non-tag took forever (exponential); now instant."""
    t0 = time.perf_counter()
    assert sniff_kind("<!---->" * 290 + "x") == "text"
    assert time.perf_counter() - t0 < LIMIT


def _timed(f: Callable[[], object]) -> float:
    t0 = time.perf_counter()
    f()
    return time.perf_counter() - t0


def test_comments_heading_of_underscores_regression() -> None:
    """Found by the audit: a 60-underscore separator line took 7 s in the comments-heading test."""
    from spaceparse.recognisers.furniture import is_barrier_text

    assert _timed(lambda: is_barrier_text("_" * 60)) < LIMIT
    assert is_barrier_text("Top Rated Comments") and is_barrier_text("Show comments (12)")
    assert _timed(lambda: spaceparse.parse(("_" * 60 + "\n") * 1000, kind="text")) < 5 * LIMIT


def test_split_authors_space_run_regression() -> None:
    """Found by the audit: 8,000 spaces in a byline took 38 s (quadratic); now linear."""
    assert _timed(lambda: split_authors("Jane Doe" + " " * BLOCK + "x")) < LIMIT


def test_truncation_marker_run_regression() -> None:
    """Found by the audit: 20,000 dots not ending a summary took 7.8 s (quadratic); now linear."""
    assert _timed(lambda: strip_truncation("." * BLOCK + "x")) < LIMIT
    assert _timed(lambda: strip_truncation(" " * BLOCK + "x")) < LIMIT
    # Same results as before the fix on the documented forms.
    assert strip_truncation("A summary [\u2026]") == ("A summary", True)
    assert strip_truncation("A summary. ...") == ("A summary.", True)
    assert strip_truncation("A summary......") == ("A summary", True)
    assert strip_truncation("A summary (...)") == ("A summary", True)
    assert strip_truncation("A summary.") == ("A summary.", False)
