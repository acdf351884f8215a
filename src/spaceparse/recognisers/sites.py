"""Site names: comparing them, and cutting them off titles (``Headline | Site``).

The words that name a site's home page (a breadcrumb trail's root) are written once here.
"""

from __future__ import annotations

import re

__all__ = [
    "HOME_WORDS",
    "is_home_word",
    "own_site_keys",
    "similar",
    "site_key",
    "strip_glued_suffix",
    "strip_site_name",
    "title_segments",
]

HOME_WORDS: frozenset[str] = frozenset(
    {"home", "homepage", "home page", "start", "startseite", "inicio", "início", "accueil", "главная"}
)
"""Link texts that lead to a site's front page, lower case."""


def is_home_word(text: str) -> bool:
    """``Home``, ``Startseite``, ``Accueil``...: a link to the front page, not a label."""
    return text.strip().lower() in HOME_WORDS


# A separator match starts only where a whitespace run starts: linear on any run of spaces.
_SEPARATORS = re.compile(r"(?<!\s)\s+(?:[|•·»«:~/]|::|-{1,2}|[–—])\s+")
_TOKENS = re.compile(r"\w+")
_NON_WORD = re.compile(r"\W+")


def similar(a: str, b: str) -> float:
    """Shared words over the longer text's words (0..1), case-insensitive."""
    sa = set(_TOKENS.findall(a.lower()))
    sb = set(_TOKENS.findall(b.lower()))
    if not sa or not sb:
        return 0.0
    return len(sa & sb) / max(len(sa), len(sb))


def site_key(text: str) -> str:
    """A site name as compared with others: letters and digits only, case-folded."""
    return _NON_WORD.sub("", text.casefold())


def own_site_keys(site: str | None, host: str | None) -> frozenset[str]:
    """The page's own site names as :func:`site_key` compares them: its declared name and its
    host (``www.example.co.uk`` -> ``examplecouk``, ``example``). A label that is one of these
    is the site's home link or brand, not a section or a topic."""
    keys = {site_key(site)} if site else set()
    if host:
        h = host.lower().removeprefix("www.")
        keys.add(site_key(h))
        keys.add(site_key(h.split(".")[0]))
    keys.discard("")
    return frozenset(keys)


# Chinese, Japanese and Korean titles glue the site's name (and a section's) to the
# headline without spaces: "…英雄的城！-新华网", "…커졌다-정치ㅣ한국일보", "…_科技_腾讯网".
_GLUED_SEPARATORS = "-_|－｜ㅣ—"
_GLUED_MAX = 10  # the longest site or section name cut off that way, in characters
_SENTENCE_MARKS = "。！？!?.…"


def _is_cjk(ch: str) -> bool:
    o = ord(ch)
    return 0x3040 <= o <= 0x9FFF or 0xAC00 <= o <= 0xD7AF or 0x3130 <= o <= 0x318F or 0xF900 <= o <= 0xFAFF


def strip_glued_suffix(title: str) -> str:
    """``"武汉的声音：有英勇的你，才有英雄的城！-新华网"`` -> the headline: the short
    parts a CJK title glues on after ``-``, ``_`` or ``|`` (the site's name, a section's)."""
    out = title.rstrip()
    for _ in range(3):
        at = max(out.rfind(c) for c in _GLUED_SEPARATORS)
        tail = out[at + 1 :].strip()
        head = out[:at].rstrip(_GLUED_SEPARATORS + " ")
        if (
            at <= 0
            or not 0 < len(tail) <= _GLUED_MAX
            or " " in tail
            or not any(_is_cjk(c) for c in tail)
            or any(c in _SENTENCE_MARKS for c in tail)
            or sum(_is_cjk(c) for c in head) < _GLUED_MAX
        ):
            break
        out = head
    return out


# How host names spell the letters they cannot hold ("Ökologisch Bauen" at oekologisch-bauen.info).
_HOST_LETTERS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


def _host_spelling(name: str) -> str:
    """A site name as its host spells it: :func:`site_key` with umlauts written out."""
    return site_key(name).translate(_HOST_LETTERS)


def strip_site_name(title: str | None, site_names: set[str]) -> str | None:
    """``"Headline | Site"`` -> ``"Headline"``; also ``"Site: Headline"``, and a CJK title's
    glued parts (:func:`strip_glued_suffix`)."""
    if not title:
        return None
    if any(_is_cjk(c) for c in title[-_GLUED_MAX:]):
        title = strip_glued_suffix(title)
    parts = _SEPARATORS.split(title)
    if len(parts) == 1:
        return title
    key = [_host_spelling(p) for p in parts]
    known = {_host_spelling(s) for s in site_names}
    keep = [p for p, k in zip(parts, key, strict=True) if k not in known]
    if 0 < len(keep) < len(parts):
        # Re-join what is left with the separators it had.
        seps = _SEPARATORS.findall(title)
        out = keep[0]
        kept_idx = [i for i, k in enumerate(key) if k not in known]
        for prev, i in zip(kept_idx, kept_idx[1:], strict=False):  # noqa: RUF007
            out += (seps[i - 1] if i - 1 < len(seps) and i == prev + 1 else " - ") + parts[i]
        return out.strip() or title
    return title


def title_segments(title: str) -> list[str]:
    """A title's parts between separators with spaces around them (``A | B - C`` -> A, B, C):
    where sites put their name, a section, the headline."""
    return [p.strip() for p in _SEPARATORS.split(title) if p.strip()]
