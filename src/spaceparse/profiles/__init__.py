"""Site knowledge as data: one TOML file per site, selected by host.

A profile declares a site's hosts, label vocabulary, title suffixes, credit
prefixes, related-block headings, boilerplate lines and HTML selectors. Every
site profile is merged over ``_default.toml``. Unknown keys are an error at load
time, so a typo in a data file cannot silently disable a rule.

Adding a site: write ``<site>.toml`` here and a fixture under ``fixtures/``.
"""

from __future__ import annotations

import functools
import re
import tomllib
from importlib import resources
from typing import Any

import attrs

from .._prefilter import Gated, by_first_char, by_two_chars, split_gated
from ..recognisers.urls import host_of
from ..segmentation import RULE_NAMES

__all__ = [
    "Profile",
    "ProfileError",
    "all_profiles",
    "choose_profile",
    "default_profile",
    "profile_for",
    "profile_named",
]

_LIST_KEYS = (
    "hosts",
    "labels",
    "title_suffixes",
    "credit_prefixes",
    "credit_lines",
    "related_headings",
    "boilerplate",
    "boilerplate_phrases",
    "disabled_rules",
)
_STR_KEYS = ("name", "site")
_SELECTOR_KEYS = frozenset({"headline", "dek", "categories", "body", "related", "credit", "caption", "byline", "date"})


class ProfileError(ValueError):
    """A profile data file is malformed (unknown key, wrong type, bad regex)."""


@attrs.frozen(slots=True, eq=False)
class Profile:
    """Merged site knowledge (a site file over the defaults). Build with :func:`profile_for`."""

    name: str
    site: str | None
    hosts: tuple[str, ...]
    labels: tuple[str, ...]
    title_suffixes: tuple[str, ...]
    credit_prefixes: tuple[str, ...]
    credit_lines: tuple[str, ...]
    """Whole lines that are an image credit with no prefix (regular expressions)."""
    related_headings: tuple[str, ...]
    boilerplate: tuple[str, ...]
    boilerplate_phrases: tuple[tuple[str, ...], ...]
    selectors: dict[str, str]
    disabled_rules: frozenset[str]
    # Compiled forms, built once per profile.
    label_set: frozenset[str] = attrs.field(init=False)
    phrase_firsts: tuple[str, ...] = attrs.field(init=False)
    # The same as ASCII bytes, for the page scan (``None`` when one is not ASCII or holds "?").
    phrase_firsts_ascii: tuple[bytes, ...] | None = attrs.field(init=False)
    related_initials: frozenset[str] = attrs.field(init=False)
    phrase_re: re.Pattern[str] = attrs.field(init=False)
    boilerplate_re: re.Pattern[str] = attrs.field(init=False)
    # For each ASCII character, the boilerplate patterns a line starting with it may match
    # (``None``: none), so most lines meet a few patterns instead of every one.
    boilerplate_first: dict[str, re.Pattern[str] | None] = attrs.field(init=False)
    # Boilerplate patterns that can start anywhere but need a character (``_``), apart.
    boilerplate_gated: Gated = attrs.field(init=False)
    # The same by a line's first two characters when both are ASCII (for lines of two or
    # more): the entry, else ``boilerplate_rest``. The gated patterns are not in either.
    boilerplate_two: dict[str, re.Pattern[str] | None] = attrs.field(init=False)
    boilerplate_rest: re.Pattern[str] | None = attrs.field(init=False)
    related_first: dict[str, re.Pattern[str] | None] = attrs.field(init=False)
    related_two: dict[str, re.Pattern[str] | None] = attrs.field(init=False)
    related_rest: re.Pattern[str] | None = attrs.field(init=False)
    related_re: re.Pattern[str] = attrs.field(init=False)
    credit_lines_re: re.Pattern[str] | None = attrs.field(init=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "label_set", frozenset(self.labels))
        # One scan for the first part of every phrase; the full check runs on a hit only.
        firsts = sorted({g[0] for g in self.boilerplate_phrases}, key=len, reverse=True)
        # A first part that contains another is found through the shorter one.
        minimal = tuple(f for f in firsts if not any(o != f and o in f for o in firsts))
        object.__setattr__(self, "phrase_firsts", minimal)
        ascii_ok = all(f.isascii() and "?" not in f for f in minimal)
        object.__setattr__(self, "phrase_firsts_ascii", tuple(f.encode() for f in minimal) if ascii_ok else None)
        # First letters a related heading can start with (a cheap test before the regex).
        initials = {h[0].lower() for h in self.related_headings if h and h[0].isalpha()}
        if any(h and not h[0].isalpha() for h in self.related_headings):
            initials |= set("abcdefghijklmnopqrstuvwxyz")  # a pattern starting with a group
        object.__setattr__(self, "related_initials", frozenset(initials))
        object.__setattr__(self, "phrase_re", re.compile("|".join(map(re.escape, firsts)) or "(?!)"))
        related_sorted = tuple(sorted(self.related_headings, key=len, reverse=True))
        try:
            bp = re.compile("(?:" + "|".join(f"(?:{p})" for p in self.boilerplate) + ")", re.IGNORECASE)
            rel = re.compile(
                "(?:" + "|".join(f"(?:{p})" for p in related_sorted) + ")",
                re.IGNORECASE,
            )
            credit_lines = (
                re.compile("|".join(f"(?:{p})" for p in self.credit_lines), re.IGNORECASE)
                if self.credit_lines
                else None
            )
        except re.error as e:
            raise ProfileError(f"profile {self.name!r}: bad regular expression: {e}") from None
        object.__setattr__(self, "credit_lines_re", credit_lines)
        object.__setattr__(self, "boilerplate_re", bp)
        object.__setattr__(self, "related_re", rel)
        first, gated = by_first_char(self.boilerplate, re.IGNORECASE, gate=True)
        object.__setattr__(self, "boilerplate_first", first)
        object.__setattr__(self, "boilerplate_gated", gated)
        two, rest = by_two_chars(split_gated(self.boilerplate, re.IGNORECASE)[0], re.IGNORECASE, whole=True)
        object.__setattr__(self, "boilerplate_two", two)
        object.__setattr__(self, "boilerplate_rest", rest)
        object.__setattr__(self, "related_first", by_first_char(related_sorted, re.IGNORECASE)[0])
        two, rest = by_two_chars(related_sorted, re.IGNORECASE)
        object.__setattr__(self, "related_two", two)
        object.__setattr__(self, "related_rest", rest)

    def related_for(self, text: str) -> re.Pattern[str] | None:
        """The related-heading patterns that can match at the start of ``text`` (same
        order and so same match as :attr:`related_re`); ``None`` when none can."""
        two = text[:2]
        if len(two) == 2 and two.isascii():
            return self.related_two.get(two, self.related_rest)
        return self.related_first.get(text[:1], self.related_re)


def _read(name: str) -> dict[str, Any]:
    raw = resources.files(__name__).joinpath(name).read_text(encoding="utf-8")
    try:
        data = tomllib.loads(raw)
    except tomllib.TOMLDecodeError as e:
        raise ProfileError(f"{name}: {e}") from None
    return validate_profile_data(data, name)


def validate_profile_data(data: dict[str, Any], origin: str) -> dict[str, Any]:
    """Check a profile's data as loaded from TOML, whole: every key known and of its type,
    every rule named in ``disabled_rules`` a real rule, every selector one Lexbor can parse,
    every pattern a valid regular expression. A mistake is a :class:`ProfileError` naming
    ``origin`` and the value, never a rule that silently does nothing."""
    allowed = set(_LIST_KEYS) | set(_STR_KEYS) | {"selectors"}
    unknown = set(data) - allowed
    if unknown:
        raise ProfileError(f"{origin}: unknown key(s) {sorted(unknown)}")
    for key in _LIST_KEYS:
        value = data.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ProfileError(f"{origin}: {key!r} must be a list of strings")
    for key in _STR_KEYS:
        if key in data and not isinstance(data[key], str):
            raise ProfileError(f"{origin}: {key!r} must be a string")
    if "name" not in data:
        raise ProfileError(f"{origin}: missing 'name'")
    bad_rules = [r for r in data.get("disabled_rules", []) if r not in RULE_NAMES]
    if bad_rules:
        raise ProfileError(
            f"{origin}: disabled_rules names no rule: {', '.join(map(repr, bad_rules))}"
            f" (the rules are {', '.join(RULE_NAMES)})"
        )
    sel = data.get("selectors", {})
    if not isinstance(sel, dict):
        raise ProfileError(f"{origin}: 'selectors' must be a table")
    if set(sel) - _SELECTOR_KEYS:
        raise ProfileError(
            f"{origin}: unknown selector(s) {sorted(set(sel) - _SELECTOR_KEYS)}"
            f" (known: {', '.join(sorted(_SELECTOR_KEYS))})"
        )
    for key, value in sel.items():
        if not isinstance(value, str) or not value.strip():
            raise ProfileError(f"{origin}: selector {key!r} must be a non-empty string")
        problem = _selector_problem(value)
        if problem:
            raise ProfileError(
                f"{origin}: selector {key!r} = {value!r} is not a CSS selector Lexbor can use: {problem}"
            )
    for key in ("boilerplate", "related_headings", "credit_lines"):
        for pattern in data.get(key, []):
            try:
                re.compile(pattern)
            except re.error as e:
                raise ProfileError(f"{origin}: {key} entry {pattern!r} is not a regular expression: {e}") from None
    return data


def _selector_problem(selector: str) -> str | None:
    """Why Lexbor cannot use ``selector`` (``None``: it can)."""
    from selectolax.lexbor import LexborHTMLParser  # the HTML front end's parser, loaded on demand

    try:
        LexborHTMLParser("<p></p>").css(selector)
    except Exception as e:  # noqa: BLE001 - selectolax raises its own SelectolaxError (ValueError in older releases)
        return str(e) or type(e).__name__
    return None


def _merge(base: dict[str, Any], site: dict[str, Any] | None) -> Profile:
    site = site or {}

    def joined(key: str) -> tuple[str, ...]:
        seen: dict[str, None] = {}
        for v in list(site.get(key, [])) + list(base.get(key, [])):
            seen.setdefault(v, None)
        return tuple(seen)

    return Profile(
        name=site.get("name", base["name"]),
        site=site.get("site"),
        hosts=tuple(site.get("hosts", [])),
        labels=joined("labels"),
        title_suffixes=joined("title_suffixes"),
        credit_prefixes=joined("credit_prefixes"),
        credit_lines=joined("credit_lines"),
        related_headings=joined("related_headings"),
        boilerplate=joined("boilerplate"),
        boilerplate_phrases=tuple(
            tuple(part.strip().lower() for part in entry.split(" + ")) for entry in joined("boilerplate_phrases")
        ),
        selectors=dict(site.get("selectors", {})),
        disabled_rules=frozenset(site.get("disabled_rules", [])),
    )


@functools.cache
def _site_files() -> tuple[dict[str, Any], ...]:
    names = sorted(
        p.name for p in resources.files(__name__).iterdir() if p.name.endswith(".toml") and not p.name.startswith("_")
    )
    return tuple(_read(n) for n in names)


@functools.cache
def default_profile() -> Profile:
    """The generic profile for pages of unknown origin: the defaults plus every site's
    vocabulary (labels, title suffixes) and furniture (boilerplate lines and phrases,
    credit prefixes, related headings). A scraped text page rarely says where it is
    from, and what marks furniture on one site is furniture wherever it appears."""
    base = _read("_default.toml")
    merged = dict(base)
    for key in _POOLED:
        pooled = list(base.get(key, []))
        for site in _site_files():
            pooled += site.get(key, [])
        merged[key] = pooled
    return _merge(merged, None)


# What default_profile pools from every site file.
_POOLED = (
    "labels", "title_suffixes", "boilerplate", "boilerplate_phrases", "credit_prefixes", "credit_lines",
    "related_headings",
)  # fmt: skip


@functools.cache
def profile_named(name: str) -> Profile:
    """The profile called ``name`` (``default`` included)."""
    if name == "default":
        return default_profile()
    base = _read("_default.toml")
    for site in _site_files():
        if site["name"] == name:
            return _merge(base, site)
    raise ProfileError(f"no profile named {name!r}")


def all_profiles() -> tuple[Profile, ...]:
    """Every site profile (merged over the defaults), in file-name order."""
    return tuple(profile_named(s["name"]) for s in _site_files())


def profile_for(url: str | None) -> Profile:
    """The profile whose hosts match ``url``'s host (or a parent domain), else the default."""
    host = host_of(url)
    if not host:
        return default_profile()
    for site in _site_files():
        for h in site.get("hosts", []):
            if host == h or host.endswith("." + h):
                return profile_named(site["name"])
    return default_profile()


def choose_profile(url: str | None, canonical: str | None = None) -> Profile:
    """The one place a page's profile is chosen: by the URL the caller gave, else by the
    page's canonical URL (a copy of an article on another host is still that site's page
    when it says so), else the default."""
    profile = profile_for(url)
    if profile.name == "default" and canonical:
        profile = profile_for(canonical)
    return profile
