"""Split label lines into labels: ``EuropeInternationalLunar`` -> Europe, International, Lunar.

Scrapers glue adjacent label links together. Explicit separators (``|``, ``·``,
``•``, ``,``, `` / ``, ``›``) split first; each remaining piece is split by a
small dynamic programme that prefers known labels from the profile's vocabulary
(longest match; acronyms such as ``ISS`` or ``VC/PE``; labels with spaces such
as ``Space 2025``) and falls back to case boundaries (``fooBar``, ``ABCDef``)
for unknown labels. Unknown words separated by spaces stay one label
(``The Week Ahead``).
"""

from __future__ import annotations

import functools
import re

from ..profiles import Profile

__all__ = ["label_line", "split_labels"]

# (?<!\s): matches start at the start of a run of spaces, not at each of its positions
# (split_labels is public and does not bound its input; a long run was quadratic).
_SEPARATORS = re.compile(r"(?<!\s)\s*(?:[|·•;›»,]|\s/\s|\s>\s|\s[-–—]\s)\s*")
_SENTENCE_END = re.compile(r"[.!?]['\"’”)]*$")
_LABEL_CHARS = re.compile(r"[\w&/'’.+#\- ]+")


@functools.lru_cache(maxsize=64)
def _vocab_index(labels: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    index: dict[str, list[str]] = {}
    for lab in labels:
        if lab:
            index.setdefault(lab[0], []).append(lab)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in index.items()}


def _glue_boundaries(s: str) -> set[int]:
    """Positions where a new capitalised word starts with no space before it."""
    out = set()
    n = len(s)
    for i in range(1, n - 1):
        a, b, c = s[i - 1], s[i], s[i + 1]
        if not b.isupper():
            continue
        if ((a.islower() or a.isdigit()) and (c.isalpha())) or (a.isupper() and c.islower() and i >= 2):
            out.add(i)
    return out


def _split_piece(s: str, index: dict[str, tuple[str, ...]]) -> list[tuple[str, bool, bool]]:
    """Split one separator-free piece; returns (label, known) pairs."""
    n = len(s)
    glue = _glue_boundaries(s)
    # A label may start at the beginning, after a space, at a glue boundary, or at
    # any capital letter (reachable only when a known label ends right before it).
    starts = {0} | glue | {i + 1 for i, ch in enumerate(s) if ch == " "}
    starts |= {i for i, ch in enumerate(s) if ch.isupper()}
    inf = (10**9, 0)
    best: list[tuple[int, int]] = [inf] * (n + 1)  # (cost, pieces) for s[i:]
    choice: list[tuple[int, bool]] = [(n, False)] * (n + 1)
    best[n] = (0, 0)
    for i in range(n - 1, -1, -1):
        if i not in starts or s[i] == " ":
            continue
        cands: list[tuple[int, bool]] = []
        for lab in index.get(s[i], ()):
            j = i + len(lab)
            if s.startswith(lab, i) and (j == n or s[j] == " " or s[j].isupper() or j in glue):
                cands.append((j, True))
        j = i + 1  # unknown token: up to the next glue boundary or space
        while j < n and s[j] != " " and j not in glue:
            j += 1
        cands.append((j, False))
        for j, known in cands:
            k = j
            while k < n and s[k] == " ":
                k += 1
            rest = best[k]
            if rest == inf:
                continue
            cand = (rest[0] + (0 if known else 10 * (j - i)), rest[1] + 1)
            if cand < best[i]:
                best[i] = cand
                choice[i] = (j, known)
    out: list[tuple[str, bool]] = []
    i = 0
    while i < n:
        if s[i] == " ":
            i += 1
            continue
        j, known = choice[i]
        out.append((s[i:j], known))
        i = j
    # Unknown words separated by spaces are one label ("The Week Ahead").
    merged: list[tuple[str, bool, bool]] = []
    pos = 0
    for text, known in out:
        at = s.find(text, pos)
        spaced = at > 0 and s[at - 1] == " "
        if merged and not known and not merged[-1][1] and spaced:
            merged[-1] = (merged[-1][0] + " " + text, False, merged[-1][2])
        else:
            merged.append((text, known, spaced))
        pos = at + len(text)
    return merged


def split_labels(text: str, profile: Profile) -> list[tuple[str, bool, bool]]:
    """Split a label line into ``(label, known, spaced)`` triples, in order.

    ``spaced`` is true when the label was separated from the previous one by a
    space only (not glued, not an explicit separator).
    """
    index = _vocab_index(profile.labels)
    out: list[tuple[str, bool, bool]] = []
    for piece in _SEPARATORS.split(text.strip()):
        piece = piece.strip()
        if not piece:
            continue
        if piece in profile.label_set:
            out.append((piece, True, False))
        else:
            out.extend(_split_piece(piece, index))
    return out


def _ends_with_dotted_label(text: str, profile: Profile) -> bool:
    """``BusinessU.S.``: the final period belongs to a known label, not to a sentence."""
    return any(text.endswith(lab) for lab in profile.labels if lab.endswith("."))


def label_line(text: str, profile: Profile, *, strict: bool = False) -> tuple[str, ...] | None:
    """The labels of ``text`` if it is a label line, else ``None`` (see :func:`_label_line`)."""
    if not text or len(text) > 120 or text.count(" ") > 10:
        return None
    return _label_line(text, profile, strict)


@functools.lru_cache(maxsize=4096)
def _label_line(text: str, profile: Profile, strict: bool) -> tuple[str, ...] | None:
    """The labels of ``text`` if it is a label line, else ``None``.

    A label line is short, has no sentence punctuation, and splits into labels
    that are all known, or that are separated explicitly or by glue, each a
    capitalised piece of at most four words. Two labels separated by a mere
    space must both be known (``Launch Business``), so a headline is never split
    into labels. With ``strict``, a single unknown label is not enough.
    """
    if not text or len(text) > 120 or _SENTENCE_END.search(text) and not _ends_with_dotted_label(text, profile):
        return None
    if not _LABEL_CHARS.fullmatch(_SEPARATORS.sub(" ", text)):
        return None
    parts = split_labels(text, profile)
    if not parts or len(parts) > 12:
        return None
    labels = []
    prev_known = True
    for lab, known, spaced in parts:
        lab = lab.strip(" -–—")
        if not lab:
            continue
        if not known:
            if lab.count(" ") >= 4 or not (lab[0].isupper() or lab[0].isdigit()):
                return None
        if spaced and not (known and prev_known):
            return None
        prev_known = known
        labels.append(lab)
    if not labels:
        return None
    if all(k for _, k, _ in parts):
        return tuple(labels)
    if len(labels) == 1:
        return None if strict or " " in labels[0] else tuple(labels)
    return tuple(labels)
