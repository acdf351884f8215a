"""URLs as pages write them: absolute links, origins, hosts, dates in paths.

Every function takes any string: a malformed URL (``http://[bad``) gives an empty answer,
never an exception (a scraper's URL is not ours to vouch for).
"""

from __future__ import annotations

import datetime as _dt
import re
from urllib.parse import SplitResult, urljoin, urlsplit

__all__ = ["absolute", "host_of", "is_absolute_url", "origin", "same_site", "site_label", "split_url", "url_date"]


def host_of(url: str | None) -> str:
    """``url``'s host name, lower-cased; ``""`` when there is none or the URL is malformed."""
    if not url:
        return ""
    try:
        return (urlsplit(url).hostname or "").lower()
    except ValueError:  # "http://[bad": a scraper's URL is not ours to vouch for
        return ""


# Second-level labels under a country code that are no site's name (www.bbc.co.uk, abc.net.au).
_SECOND_LEVEL = frozenset({"co", "com", "org", "net", "gov", "ac", "edu", "ne", "or", "go", "gv", "nic"})


def site_label(host: str) -> str:
    """The label that names a host's site: ``www.bbc.co.uk`` and ``bbc.com`` -> ``bbc``,
    ``news.example.org`` -> ``example``; ``""`` for no host. (A heuristic without the public
    suffix list: enough to tell one site's links from another's.)"""
    parts = host.lower().rstrip(".").split(".")
    if len(parts) < 2:
        return parts[0] if parts else ""
    if len(parts) >= 3 and parts[-2] in _SECOND_LEVEL and len(parts[-1]) == 2:
        return parts[-3]
    return parts[-2]


def same_site(url: str | None, other: str | None) -> bool:
    """Do two URLs belong to one site (the same :func:`site_label`: ``bbc.com`` and
    ``www.bbc.co.uk``, ``example.com`` and ``news.example.com``)?"""
    a, b = host_of(url), host_of(other)
    return bool(a) and bool(b) and (a == b or site_label(a) == site_label(b))


def is_absolute_url(text: str) -> bool:
    """An absolute http(s) URL (``https://host/...``)."""
    return _ABSOLUTE.match(text) is not None


def absolute(href: str | None, base: str | None) -> str | None:
    if not href:
        return None
    href = href.strip()
    if not href or href.startswith(("javascript:", "data:", "mailto:", "#")):
        return None
    if href.startswith("//"):
        scheme = split_url(base).scheme if base else ""
        return f"{scheme or 'https'}:{href}"
    if not base:
        return href
    # Fast paths for the usual links (urljoin costs ~30 µs and a page has dozens):
    # an absolute http(s) URL, or a root-relative path without dot segments.
    if _ABSOLUTE.match(href) and " " not in href:
        return href
    if href[0] == "/" and "/." not in href:
        root = origin(base)
        if root:
            return root + href
    try:
        return urljoin(base, href)
    except ValueError:
        return href


def origin(url: str) -> str | None:
    """The scheme and host of an http(s) URL (``https://example.com``), else ``None``."""
    m = _ROOT.match(url)
    return m.group(0) if m else None


_ABSOLUTE = re.compile(r"https?://[^/?#\s]+(?:[/?#]|$)", re.IGNORECASE)
_ROOT = re.compile(r"https?://[^/?#\s]+", re.IGNORECASE)


_URL_DATE = re.compile(r"[/_-]((?:19|20)\d\d)[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?![\w.])")
# /20220503/ or /20190222-775563/: a path segment that opens with a whole compact date.
_URL_COMPACT = re.compile(r"/((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?=[/_-]|\.\w|$)")
# /29-10-2021 or /23-01-2022-slug: day first, as European sites write it.
_URL_DAY_FIRST = re.compile(r"[/_-]([0-3]?\d)[-_.]([01]?\d)[-_.]((?:19|20)\d\d)(?![\w])")


def url_date(url: str | None) -> _dt.date | None:
    """``/2019/11/18/slug``, ``slug-2019-11-19/``, ``/20191118/`` or ``/18-11-2019`` -> that date."""
    if not url or not any(ch.isdigit() for ch in url):
        return None
    path = split_url(url).path
    for rx, order in ((_URL_DATE, (1, 2, 3)), (_URL_COMPACT, (1, 2, 3)), (_URL_DAY_FIRST, (3, 2, 1))):
        m = rx.search(path)
        if m:
            try:
                return _dt.date(*(int(m.group(k)) for k in order))
            except ValueError:
                continue
    return None


def split_url(url: str) -> SplitResult:
    """``urlsplit`` that takes any string: a malformed URL (``http://[``) splits as empty."""
    try:
        return urlsplit(url)
    except ValueError:  # "Invalid IPv6 URL" and the like, from pages or their <base>/canonical links
        return urlsplit("")
