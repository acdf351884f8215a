"""Small text predicates shared by the rules."""

from __future__ import annotations

import functools
import re

__all__ = ["ends_sentence", "is_prose", "is_sentence", "is_title_like", "words"]

# Scripts written without spaces between words (CJK, kana, Hangul, Thai, Lao, Khmer, Myanmar).
_UNSPACED = re.compile("[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff]")


def words(text: str) -> int:
    """Number of words in normalised text (scripts without spaces count per 2 characters)."""
    n = text.count(" ") + 1 if text else 0
    if n * 12 < len(text):  # Chinese, Japanese, Thai...: count their letters instead
        return max(n, len(_UNSPACED.findall(text)) // 2)
    return n


_CLOSERS = "'\"’”»)]"
_STOPS = frozenset(".!?…:;")


def ends_sentence(text: str) -> bool:
    """Ends with a full stop (or ``!?…:;``), closing quotes or brackets after it allowed."""
    # Same as a search for [.!?…:;][closers]*$, without trying it at every position.
    if text.endswith("\n"):  # ``$`` also matches before a final newline
        text = text[:-1]
    t = text.rstrip(_CLOSERS)
    return bool(t) and t[-1] in _STOPS


@functools.lru_cache(maxsize=4096)  # most rules ask it about the same lines
def is_prose(text: str) -> bool:
    """A paragraph of running text (not a menu item, label or headline)."""
    n = words(text)
    if n >= 8 and ends_sentence(text):
        return True
    # Long lines without a final stop are prose if they have inner punctuation
    # (a truncated paragraph); a run of teaser headlines has none.
    return n >= 20 and any(p in text for p in (", ", ". ", "; ", "，", "。", "、"))


def is_sentence(text: str) -> bool:
    """A short but complete sentence (for short paragraphs at the edge of the body)."""
    return words(text) >= 4 and ends_sentence(text) and not text.endswith(":")


def is_title_like(text: str) -> bool:
    """Could be a headline: a few words, not a list of links, not a paragraph."""
    n = words(text)
    return 2 <= n <= 30 and len(text) <= 250 and not text.endswith((":", ",", ";"))


# A title-case headline glued to its teaser text: "Ford Recalls F-150s; Loose Cable Can
# Cause Stalling Or FiresFord is recalling over 168,000 F-150 pickup trucks..."
# The pattern starts at the capital, so a search skips to capitals at C speed; the
# character before it, [a-z0-9?!.’'")] (not a space), is looked behind from there. One
# letter alone is a word only as "A" or "I" (tested by the caller).
_GLUE = re.compile(r"[A-Z](?<=[a-z0-9?!.’'\")][A-Z])[a-z]*(?= [a-z0-9])")


# A headline run into its story's dateline: "Indian-origin man pleads guilty in US NEW YORK:
# An Indian-origin man has...", "... Reported ST. JOSEPH, Mich. (AP) — Michigan health ...".
_DATELINE = re.compile(
    r"(?<=[a-z0-9’'\")] )(?P<place>[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,2})(?:, [A-Z][a-z]+\.?)?(?: \([A-Z]+\))?"
    r"(?::| —| –) [A-Z“\"‘']"
)


def _dateline_glue(text: str) -> bool:
    """A headline run into its story's dateline (a teaser is a headline and a lede: short)."""
    if len(text) > 600 or (":" not in text and "—" not in text and "–" not in text):
        return False  # most paragraphs: no regex
    for mark in (":", " —", " –"):
        at = text.find(mark, 15, 200)
        while at > 0:
            if text[at - 1].isupper() or text[at - 1] == ")":  # "NEW DELHI:", "(AP) —"
                m = _DATELINE.search(text, max(15, at - 60), at + 4)
                if m is not None:
                    head = text[: m.start()]
                    place = m.group("place")
                    return (
                        head.count(" ") >= 4
                        and ". " not in head
                        and text[0].isupper()
                        and (" " in place or len(place) >= 5)  # "NEW DELHI", "WASHINGTON"; not "told AFP:"
                    )
            at = text.find(mark, at + 1, 200)
    return False


def is_glued_teaser(text: str) -> bool:
    """A teaser card flattened by scraping: a title-case headline run into its summary or
    into its story's dateline."""
    if len(text) < 40:
        return False
    if _dateline_glue(text):
        return True
    for m in _GLUE.finditer(text, 12, 200):
        at = m.start()
        if m.end() - at == 1 and text[at] not in "AI":
            continue
        head = text[:at].split()
        if len(head) < 4:
            continue
        caps = sum(1 for w in head if w[:1].isupper() or w[:1].isdigit() or w[:1] in "‘'\"$")
        if caps >= 0.75 * len(head) and not any(w.endswith((".", ",")) for w in head[:-1]):
            return True
        break
    return False
