"""Site knowledge as data: one TOML file per site, selected by host.

A profile declares a site's hosts, label vocabulary, title suffixes, credit
prefixes, related-block headings, boilerplate lines and HTML selectors. Every
site profile is merged over ``_default.toml``. Unknown keys are an error at load
time, so a typo in a data file cannot silently disable a rule.

Adding a site: write ``<site>.toml`` here and a fixture under ``fixtures/``; or, without
touching the package, a user profile: :func:`load_profile` reads the same TOML from any
path, and a :class:`Profiles` registry (user profiles by host, and optionally one applied
to every page) is consulted by :func:`choose_profile` before the bundled files.
"""

from __future__ import annotations

import functools
import os
import re
import tomllib
from collections.abc import Iterable, Iterator, Mapping
from importlib import resources
from typing import Any

import attrs

from .._prefilter import Gated, by_first_char, by_two_chars, split_gated
from ..recognisers.urls import host_of
from ..segmentation import RULE_NAMES

__all__ = [
    "PROFILES_ENV",
    "Profile",
    "ProfileError",
    "Profiles",
    "all_profiles",
    "choose_profile",
    "default_profile",
    "env_paths",
    "load_profile",
    "load_profiles",
    "profile_data",
    "profile_for",
    "profile_named",
    "profiles_from_env",
    "validate_profile_data",
]

PROFILES_ENV = "SPACEPARSE_PROFILES"
"""Environment variable naming folders (or files) of user profiles, ``os.pathsep``-separated."""

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


# A host name as ``hosts`` lists it: labels of letters, digits and hyphens (IDNs as Unicode letters).
_HOST = re.compile(r"(?:[^\W_](?:[\w-]{0,62})\.){0,10}[^\W_][\w-]{0,62}")


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
    origin: str = "bundled"
    """Where the profile was read from: ``bundled`` (a file of the package) or a user file's path."""
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

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        # Pickled as its declared fields (what a worker process or a Dask/Spark task
        # receives); the compiled forms are rebuilt there, once per process.
        fields = (
            self.name, self.site, self.hosts, self.labels, self.title_suffixes, self.credit_prefixes,
            self.credit_lines, self.related_headings, self.boilerplate, self.boilerplate_phrases,
            tuple(sorted(self.selectors.items())), self.disabled_rules, self.origin,
        )  # fmt: skip
        return (_unpickle_profile, (fields,))

    def __repr__(self) -> str:
        return f"<Profile {self.name!r} from {self.origin}>"

    def related_for(self, text: str) -> re.Pattern[str] | None:
        """The related-heading patterns that can match at the start of ``text`` (same
        order and so same match as :attr:`related_re`); ``None`` when none can."""
        two = text[:2]
        if len(two) == 2 and two.isascii():
            return self.related_two.get(two, self.related_rest)
        return self.related_first.get(text[:1], self.related_re)


@functools.lru_cache(maxsize=64)
def _unpickle_profile(fields: tuple[Any, ...]) -> Profile:
    """A pickled profile, rebuilt (compiling its patterns costs tens to hundreds of
    milliseconds: a worker receiving the same profile with every batch builds it once)."""
    (name, site, hosts, labels, suffixes, prefixes, credit_lines, related, boilerplate, phrases, selectors,
     disabled, origin) = fields  # fmt: skip
    return Profile(
        name, site, hosts, labels, suffixes, prefixes, credit_lines, related, boilerplate, phrases,
        dict(selectors), disabled, origin,
    )  # fmt: skip


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
    for host in data.get("hosts", []):
        if not _HOST.fullmatch(host):
            raise ProfileError(f"{origin}: 'hosts' entry {host!r} is not a host name (write it as 'example.com')")
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


def _merge(base: dict[str, Any], site: dict[str, Any] | None, origin: str = "bundled") -> Profile:
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
        origin=origin,
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


def _serves(hosts: Iterable[str], host: str) -> bool:
    """``host`` is one of ``hosts`` or a subdomain of one."""
    return any(host == h or host.endswith("." + h) for h in hosts)


def _bundled_for(host: str) -> Profile | None:
    for site in _site_files():
        if _serves(site.get("hosts", []), host):
            return profile_named(site["name"])
    return None


def profile_for(url: str | None) -> Profile:
    """The bundled profile whose hosts match ``url``'s host (or a parent domain), else the default."""
    host = host_of(url)
    return (_bundled_for(host) if host else None) or default_profile()


# ---------------------------------------------------------------------------------------------
# User profiles: files outside the package, the same keys, the same validation.


def profile_data(text: str, origin: str) -> dict[str, Any]:
    """A profile's TOML ``text``, parsed and validated whole (:func:`validate_profile_data`);
    ``origin`` names it in errors."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        raise ProfileError(f"{origin}: not valid TOML: {e}") from None
    return validate_profile_data(data, origin)


def _profile_from_data(data: Mapping[str, Any], origin: str) -> Profile:
    """A user profile, merged over ``_default.toml`` as a bundled site file is."""
    return _merge(_read("_default.toml"), dict(data), origin=origin)


def load_profile(path: str | os.PathLike[str]) -> Profile:
    """Read a user profile: a TOML file with the keys of the bundled ones
    (``src/spaceparse/profiles/*.toml``, docs/profiles.md), validated whole and merged over
    the defaults like a bundled site file.

    :raises ProfileError: the file cannot be read, is not TOML, or holds a mistake (an
        unknown key, a wrong type, a rule name that names no rule, a selector Lexbor
        cannot parse, a bad regular expression, a host that is not a host name); the
        message names the file and the value.
    """
    origin = os.fspath(path)
    try:
        with open(origin, "rb") as fh:
            raw = fh.read()
    except OSError as e:
        raise ProfileError(f"{origin}: cannot read the profile: {e.strerror or e}") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise ProfileError(f"{origin}: not UTF-8 ({e.reason} at byte {e.start})") from None
    return _profile_from_data(profile_data(text, origin), origin)


def _toml_files(folder: str) -> list[str]:
    try:
        names = sorted(os.listdir(folder))
    except OSError as e:
        raise ProfileError(f"{folder}: cannot list the profiles folder: {e.strerror or e}") from None
    return [os.path.join(folder, n) for n in names if n.endswith(".toml") and not n.startswith((".", "_"))]


def load_profiles(paths: Iterable[str | os.PathLike[str]]) -> tuple[Profile, ...]:
    """Every profile in ``paths``, in order: a file is read as it is, a folder gives its
    ``*.toml`` files in name order (not recursively; names starting with ``.`` or ``_``
    are skipped). Raises :class:`ProfileError` at the first mistake."""
    out: list[Profile] = []
    for path in paths:
        p = os.fspath(path)
        if os.path.isdir(p):
            out.extend(load_profile(f) for f in _toml_files(p))
        else:
            out.append(load_profile(p))
    return tuple(out)


def env_paths(environ: Mapping[str, str] | None = None) -> tuple[str, ...]:
    """The paths :data:`PROFILES_ENV` lists (``os.pathsep``-separated; empty entries ignored)."""
    value = (os.environ if environ is None else environ).get(PROFILES_ENV, "")
    return tuple(p for p in value.split(os.pathsep) if p.strip())


def profiles_from_env(environ: Mapping[str, str] | None = None) -> tuple[Profile, ...]:
    """The user profiles of the folders (or files) named by ``SPACEPARSE_PROFILES``.

    Read once per process for a given value of the variable (a worker parsing thousands
    of pages reads the folder once). Raises :class:`ProfileError` for a profile with a
    mistake or a path that does not exist.
    """
    return _env_profiles(env_paths(environ))


@functools.lru_cache(maxsize=8)
def _env_profiles(paths: tuple[str, ...]) -> tuple[Profile, ...]:
    missing = [p for p in paths if not os.path.exists(p)]
    if missing:
        raise ProfileError(f"{PROFILES_ENV}: no such file or folder: {', '.join(missing)}")
    return load_profiles(paths)


@attrs.frozen(slots=True)
class Profiles:
    """User profiles for :func:`choose_profile`, and what :func:`spaceparse.parse` takes as
    ``profiles=``: consulted before the bundled files.

    * ``forced``: applies to every page, whatever its URL (or lack of one): the profile a
      caller passes explicitly.
    * ``by_host``: each applies to pages of its ``hosts`` (and their subdomains), before
      the bundled profile for that host; the first that matches wins.

    Picklable (profiles travel as their declared data): send one to worker processes,
    Dask or Spark tasks.
    """

    by_host: tuple[Profile, ...] = ()
    forced: Profile | None = None

    @classmethod
    def of(
        cls, profile: Profile | None = None, profiles: Iterable[Profile] | Profiles | None = None
    ) -> Profiles | None:
        """The registry for ``parse(profile=..., profiles=...)``; ``None`` when both are empty."""
        if isinstance(profiles, Profiles):
            by_host, forced = profiles.by_host, profiles.forced
        else:
            by_host, forced = tuple(profiles or ()), None
        for p in (profile, forced, *by_host):
            if p is not None and not isinstance(p, Profile):
                raise TypeError(f"a profile must be a spaceparse Profile (load_profile(path)), not {type(p).__name__}")
        forced = profile or forced
        if forced is None and not by_host:
            return None
        return cls(by_host=by_host, forced=forced)

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Profiles | None:
        """The profiles of ``SPACEPARSE_PROFILES``, by host (``None``: the variable lists none)."""
        found = profiles_from_env(environ)
        return cls(by_host=found) if found else None

    def for_host(self, host: str) -> Profile | None:
        """The user profile serving ``host`` (``None``: none does)."""
        if not host:
            return None
        for p in self.by_host:
            if _serves(p.hosts, host):
                return p
        return None

    def shadowed(self) -> Iterator[tuple[Profile, str, Profile]]:
        """``(profile, host, winner)`` for each host of a by-host profile that an earlier
        user profile already serves (it never applies there)."""
        for i, p in enumerate(self.by_host):
            for h in p.hosts:
                for q in self.by_host[:i]:
                    if _serves(q.hosts, h):
                        yield p, h, q
                        break


def choose_profile(url: str | None, canonical: str | None = None, profiles: Profiles | None = None) -> Profile:
    """The one place a page's profile is chosen.

    A profile forced by the caller (``profiles.forced``) applies whatever the page.
    Otherwise by the URL the caller gave, then by the page's canonical URL (a copy of an
    article on another host is still that site's page when it says so): for each, a user
    profile for the host (``profiles.by_host``) before the bundled one; else the default.
    """
    if profiles is not None and profiles.forced is not None:
        return profiles.forced
    for u in (url, canonical):
        host = host_of(u)
        if not host:
            continue
        if profiles is not None:
            mine = profiles.for_host(host)
            if mine is not None:
                return mine
        bundled = _bundled_for(host)
        if bundled is not None:
            return bundled
    return default_profile()
