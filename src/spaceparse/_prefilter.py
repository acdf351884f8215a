"""What character a regular expression's match can start with, read from the pattern itself.

A pattern that must fail on most lines (a whole-line boilerplate alternation, a
heading list) is cheapest not run at all: ``first_chars`` gives the ASCII
characters its match can start with, so callers skip the regex when a line starts
with anything else. The answer is exact or larger than exact, never smaller
(``None`` when no useful bound is known), so skipping never changes a result.
"""

from __future__ import annotations

import importlib
import re
from typing import Any

__all__ = [
    "Gated",
    "by_first_char",
    "by_two_chars",
    "first_chars",
    "first_two",
    "may_start",
    "required_char",
    "split_gated",
]

# The parser behind ``re`` (private, but stable since 3.11 and only read here; any
# surprise makes the analysis give up, which only costs speed).
try:
    _sre: Any = importlib.import_module("re._parser")
except ImportError:  # pragma: no cover - a future Python without it: no bounds, every regex runs
    _sre = None
_ASCII = tuple(chr(i) for i in range(128))

_CATEGORIES = {
    "CATEGORY_DIGIT": r"\d",
    "CATEGORY_NOT_DIGIT": r"\D",
    "CATEGORY_SPACE": r"\s",
    "CATEGORY_NOT_SPACE": r"\S",
    "CATEGORY_WORD": r"\w",
    "CATEGORY_NOT_WORD": r"\W",
}


def _ascii_matches(cls: str, flags: int) -> frozenset[str]:
    """The ASCII characters the one-character class ``cls`` matches under ``flags``."""
    rx = re.compile(cls, flags & (re.IGNORECASE | re.ASCII))
    return frozenset(c for c in _ASCII if rx.fullmatch(c))


def _class(items: Any, flags: int) -> frozenset[str]:
    parts = []
    negate = ""
    for op, av in items:
        if op is _sre.NEGATE:
            negate = "^"
        elif op is _sre.LITERAL:
            parts.append(re.escape(chr(av)))
        elif op is _sre.RANGE:
            parts.append(f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}")
        elif op is _sre.CATEGORY:
            parts.append(_CATEGORIES[str(av)])
        else:
            raise ValueError(op)
    return _ascii_matches("[" + negate + "".join(parts) + "]", flags)


def _seq(data: Any, flags: int) -> tuple[frozenset[str] | None, bool]:
    """(ASCII characters the first consumed character may be, whether ``data`` can match empty)."""
    out: frozenset[str] = frozenset()
    for op, av in data:
        first, nullable = _item(op, av, flags)
        if first is None:
            return None, False
        out |= first
        if not nullable:
            return out, False
    return out, True


def _item(op: Any, av: Any, flags: int) -> tuple[frozenset[str] | None, bool]:
    if op is _sre.LITERAL:
        return _ascii_matches(re.escape(chr(av)), flags), False
    if op is _sre.NOT_LITERAL:
        return _ascii_matches("[^" + re.escape(chr(av)) + "]", flags), False
    if op is _sre.IN:
        return _class(av, flags), False
    if op is _sre.SUBPATTERN:
        _, add_flags, del_flags, sub = av
        if add_flags or del_flags:
            return None, False  # scoped flags ((?-i:...)) change what the first character matches
        return _seq(sub, flags)
    if op is _sre.ATOMIC_GROUP:
        return _seq(av, flags)
    if op is _sre.BRANCH:
        out: frozenset[str] = frozenset()
        any_nullable = False
        for alt in av[1]:
            first, nullable = _seq(alt, flags)
            if first is None:
                return None, False
            out |= first
            any_nullable = any_nullable or nullable
        return out, any_nullable
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT):
        low, _, sub = av
        first, nullable = _seq(sub, flags)
        return first, nullable or low == 0
    if op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
        return frozenset(), True  # zero width: the first character comes from what follows
    return None, False  # ANY, group references...: no bound


def first_chars(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """The ASCII characters a match of ``pattern`` can start with, or ``None`` (no bound).

    ``None`` too when the pattern can match the empty string. A character outside
    ASCII may always start a match (case folding maps some onto ASCII letters).
    """
    if _sre is None:
        return None
    try:
        first, nullable = _seq(_sre.parse(pattern.pattern, pattern.flags), pattern.flags)
    except Exception:  # noqa: BLE001  # an unexpected parse tree: no bound, the regex always runs
        return None
    if first is None or nullable or len(first) == len(_ASCII):
        return None
    return first


def may_start(firsts: frozenset[str] | None, text: str) -> bool:
    """Can a match whose first characters are ``firsts`` start at the beginning of ``text``?"""
    if firsts is None:
        return True
    c = text[:1]
    return c in firsts or not c.isascii()


# Two-character prefixes. A line's first two characters rule out many more patterns than
# its first one ("Th" starts none of the boilerplate lines, "T" starts six of them).
# _pairs gives, for a parse tree, the strings of at most two characters that are either
# the first two characters of a match or (shorter) a whole match; ASCII characters only,
# since callers look up lines whose first two characters are ASCII.
_MAX_PAIRS = 4096  # past this ("." twice) the bound is worth less than the table: no bound


def _concat(a: set[str], b: set[str]) -> set[str]:
    out = {x for x in a if len(x) == 2}
    for x in a:
        if len(x) < 2:
            out.update((x + y)[:2] for y in b)
    if len(out) > _MAX_PAIRS:
        raise OverflowError
    return out


def _pairs_seq(data: Any, flags: int) -> set[str]:
    out = {""}
    for op, av in data:
        if all(len(x) == 2 for x in out):
            break  # what follows cannot change the first two characters
        out = _concat(out, _pairs_item(op, av, flags))
    return out


def _pairs_item(op: Any, av: Any, flags: int) -> set[str]:
    if op is _sre.LITERAL:
        return set(_ascii_matches(re.escape(chr(av)), flags))
    if op is _sre.NOT_LITERAL:
        return set(_ascii_matches("[^" + re.escape(chr(av)) + "]", flags))
    if op is _sre.IN:
        return set(_class(av, flags))
    if op is _sre.ANY:
        return set(_ASCII)  # (newline included: wider than exact)
    if op is _sre.SUBPATTERN:
        _, add_flags, del_flags, sub = av
        if add_flags or del_flags:
            raise ValueError("scoped flags")
        return _pairs_seq(sub, flags)
    if op is _sre.ATOMIC_GROUP:
        return _pairs_seq(av, flags)
    if op is _sre.BRANCH:
        out: set[str] = set()
        for alt in av[1]:
            out |= _pairs_seq(alt, flags)
        return out
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT):
        low, high, sub = av
        one = _pairs_seq(sub, flags)
        out = set()
        if low == 0:
            out.add("")
        if low <= 1 <= high:
            out |= one
        if high >= 2:  # n >= 2 repeats have the prefixes of two (the first two pieces that are not empty)
            out |= _concat(one, one)
        return out
    if op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
        return {""}  # zero width (an assertion only narrows: wider than exact)
    raise ValueError(op)  # group references...: no bound


def first_two(pattern: re.Pattern[str], *, whole: bool = False) -> frozenset[str] | None:
    """The two-character ASCII strings a match of ``pattern`` can start with, or ``None``.

    A string whose first two characters are ASCII and not in the set cannot start a
    match. With ``whole`` the bound is for ``fullmatch`` of strings of two characters
    or more only; without it, ``match`` may also stop after one character, so a
    one-character match ``c`` puts every pair starting with ``c`` in the set (and a match
    of nothing leaves no bound). ``None`` too when the analysis finds no useful bound.
    """
    if _sre is None:
        return None
    try:
        pairs = _pairs_seq(_sre.parse(pattern.pattern, pattern.flags), pattern.flags)
    except Exception:  # noqa: BLE001  # an unexpected parse tree, or too many pairs: no bound
        return None
    out = {x for x in pairs if len(x) == 2}
    if not whole:
        if "" in pairs:
            return None
        out.update(c + x for c in pairs if len(c) == 1 for x in _ASCII)
    return frozenset(out)


def by_two_chars(
    patterns: tuple[str, ...], flags: int, *, whole: bool = False
) -> tuple[dict[str, re.Pattern[str] | None], re.Pattern[str] | None]:
    """``(table, rest)``: for each two-character ASCII string in ``table``, the alternation
    of the ``patterns`` whose match can start with it (in their order, so ``match`` picks
    the same alternative); ``rest``, for any other such string, the alternation of the
    patterns with no two-character bound, or ``None`` when there are none.

    ``whole``: as for :func:`first_two` (the caller only ``fullmatch``-es strings of two
    characters or more).
    """
    bounds = [(p, first_two(re.compile(f"(?:{p})", flags), whole=whole)) for p in patterns]
    keys: set[str] = set()
    for _, b in bounds:
        keys |= b or set()
    cache: dict[tuple[str, ...], re.Pattern[str] | None] = {}

    def alternation(subset: tuple[str, ...]) -> re.Pattern[str] | None:
        if subset not in cache:
            cache[subset] = re.compile("(?:" + "|".join(f"(?:{p})" for p in subset) + ")", flags) if subset else None
        return cache[subset]

    table = {key: alternation(tuple(p for p, b in bounds if b is None or key in b)) for key in sorted(keys)}
    return table, alternation(tuple(p for p, b in bounds if b is None))


_GATES = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")  # no case folding reaches these


def _required(data: Any) -> str | None:
    """A punctuation character every match of ``data`` contains, if one is plain to see."""
    for op, av in data:
        if op is _sre.LITERAL and chr(av) in _GATES:
            return chr(av)
        if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT) and av[0] >= 1:
            found = _required(av[2])
        elif op is _sre.SUBPATTERN and not av[1] and not av[2]:
            found = _required(av[3])
        else:
            continue
        if found:
            return found
    return None


def required_char(pattern: re.Pattern[str]) -> str | None:
    """A punctuation character (``_``, ``(``...) every match of ``pattern`` contains, or ``None``."""
    if _sre is None:
        return None
    try:
        return _required(_sre.parse(pattern.pattern, pattern.flags))
    except Exception:  # noqa: BLE001  # an unexpected parse tree: no gate
        return None


Gated = tuple[tuple[re.Pattern[str], str], ...]


def split_gated(patterns: tuple[str, ...], flags: int) -> tuple[tuple[str, ...], Gated]:
    """``(kept, gated)``: the patterns that can start anywhere but need a punctuation
    character (``.{0,80}_{4,}.{0,80}``), compiled and each with that character, apart."""
    kept: list[str] = []
    gated: list[tuple[re.Pattern[str], str]] = []
    for p in patterns:
        rx = re.compile(f"(?:{p})", flags)
        need = required_char(rx) if first_chars(rx) is None else None
        if need is None:
            kept.append(p)
        else:
            gated.append((rx, need))
    return tuple(kept), tuple(gated)


def by_first_char(
    patterns: tuple[str, ...], flags: int, *, gate: bool = False
) -> tuple[dict[str, re.Pattern[str] | None], Gated]:
    """For each ASCII character, the alternation of the ``patterns`` whose match can start with it.

    ``None`` where none can. ``fullmatch`` of a line against the entry for its first
    character is the same as against the alternation of every pattern (the others
    cannot match there); lines starting outside ASCII use the whole alternation.
    With ``gate``, patterns that can start anywhere but need a punctuation character
    (``.{0,80}_{4,}.{0,80}``) are left out of the table and returned apart, each with
    that character, for a yes/no test (not for ``match``, whose choice of alternative
    they would change).
    """
    gated: Gated = ()
    if gate:
        patterns, gated = split_gated(patterns, flags)
    compiled = [(p, first_chars(re.compile(f"(?:{p})", flags))) for p in patterns]
    cache: dict[tuple[str, ...], re.Pattern[str] | None] = {}
    out: dict[str, re.Pattern[str] | None] = {}
    for c in _ASCII:
        subset = tuple(p for p, firsts in compiled if firsts is None or c in firsts)
        if subset not in cache:
            cache[subset] = re.compile("(?:" + "|".join(f"(?:{p})" for p in subset) + ")", flags) if subset else None
        out[c] = cache[subset]
    return out, gated
