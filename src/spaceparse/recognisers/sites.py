"""Site names: comparing them, and cutting them off titles (``Headline | Site``).

The words that name a site's home page (a breadcrumb trail's root) are written once here.
"""

from __future__ import annotations

import re

__all__ = ["HOME_WORDS", "is_home_word", "similar", "site_key", "strip_site_name", "title_segments"]

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


def strip_site_name(title: str | None, site_names: set[str]) -> str | None:
    """``"Headline | Site"`` -> ``"Headline"``; also ``"Site: Headline"``."""
    if not title:
        return None
    parts = _SEPARATORS.split(title)
    if len(parts) == 1:
        return title
    key = [re.sub(r"[^\w]+", "", p.lower()) for p in parts]
    known = {re.sub(r"[^\w]+", "", s) for s in site_names}
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
