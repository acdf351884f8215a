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

import bisect
import functools
import re

from ..profiles import Profile
from .sites import is_home_word, site_key

__all__ = [
    "LabelSet",
    "clean_label",
    "counted",
    "keyed_labels",
    "known_label_line",
    "label_line",
    "label_values",
    "lines_with_keys",
    "machine_words",
    "split_labels",
    "strip_counts",
    "title_words",
    "without_codes",
]

# (?<!\s): matches start at the start of a run of spaces, not at each of its positions
# (split_labels is public and does not bound its input; a long run was quadratic).
_SEPARATORS = re.compile(r"(?<!\s)\s*(?:[|·•;›»,]|\s/\s|\s>\s|\s[-–—]\s)\s*")


def _has_separator(text: str) -> bool:
    """``_SEPARATORS.search(text) is not None``, answered with substring tests (the regex is
    tried at every position): each of ``|·•;›»,`` is a separator wherever it stands, since
    the spaces around it are optional; the others need spaces around them, which in text
    whose only whitespace is " " (printable) are single spaces."""
    for c in ",|·•;›»":  # a loop: no generator per line
        if c in text:
            return True
    if "/" not in text and ">" not in text and "-" not in text and "–" not in text and "—" not in text:
        return False
    if text.isprintable():
        return " / " in text or " > " in text or " - " in text or " – " in text or " — " in text
    return _SEPARATORS.search(text) is not None


def _sentence_end(text: str) -> bool:
    """Ends like a sentence: ``[.!?]``, then closing quotes or brackets (a search for
    ``[.!?]['"’”)]*$`` without trying it at every position)."""
    if text.endswith("\n"):  # ``$`` also matches before a final newline
        text = text[:-1]
    t = text.rstrip("'\"’”)")
    return bool(t) and t[-1] in ".!?"


_LABEL_CHARS = re.compile(r"[\w&/'’.+#\- ]+")


@functools.lru_cache(maxsize=64)
def _vocab_index(labels: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    index: dict[str, list[str]] = {}
    for lab in labels:
        if lab:
            index.setdefault(lab[0], []).append(lab)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in index.items()}


_Index = tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]


@functools.lru_cache(maxsize=64)
def _profile_index(profile: Profile) -> _Index:
    """The profile's labels that may start at a position, by the next three characters.

    ``(by_prefix, short)``: ``by_prefix[k]`` lists, in :func:`_vocab_index` order (longest
    first), the labels that start with ``k`` or that ``k`` starts with; a position whose
    next three characters start no label can only hold a label shorter than three,
    listed in ``short`` by first character. Testing a couple of labels per position
    instead of every label with its initial matters on Title Case headlines.
    """
    index = _vocab_index(profile.labels)
    by_prefix: dict[str, tuple[str, ...]] = {}
    for bucket in index.values():
        for lab in bucket:
            key = lab[:3]
            if len(key) == 3 and key not in by_prefix:
                by_prefix[key] = tuple(x for x in bucket if x.startswith(key) or key.startswith(x))
    short = {c: tuple(x for x in bucket if len(x) < 3) for c, bucket in index.items()}
    return by_prefix, short


# ASCII text (the usual case) finds its glue boundaries and label starts with one regex
# scan each instead of a Python loop per character; other text takes the loops below.
# Glue: an upper-case letter after a lower-case letter or digit and before a letter
# ("fooBar", "9News"), or after an upper-case letter (not the first) and before a
# lower-case one ("ABCDef").
_ASCII_GLUE = re.compile(r"(?<=[a-z0-9])[A-Z](?=[A-Za-z])|(?<=[\s\S][A-Z])[A-Z](?=[a-z])")
# Where a label may start: an upper-case letter, or the first character after a space.
_ASCII_STARTS = re.compile(r"[A-Z]|(?<= )[^ ]")


def _glue_boundaries(s: str) -> set[int]:
    """Positions where a new capitalised word starts with no space before it."""
    if s.isascii():
        return {m.start() for m in _ASCII_GLUE.finditer(s)}
    out = set()
    n = len(s)
    for i in range(1, n - 1):
        a, b, c = s[i - 1], s[i], s[i + 1]
        if not b.isupper():
            continue
        if ((a.islower() or a.isdigit()) and (c.isalpha())) or (a.isupper() and c.islower() and i >= 2):
            out.add(i)
    return out


def _label_starts(s: str, glue: set[int]) -> list[int]:
    """Positions a label may start at, in decreasing order (no space among them)."""
    if s.isascii():
        starts = {m.start() for m in _ASCII_STARTS.finditer(s)}
    else:
        starts = {i + 1 for i, ch in enumerate(s) if ch == " "} | {i for i, ch in enumerate(s) if ch.isupper()}
    starts |= glue  # glue positions are upper-case letters: already in, kept for clarity
    starts.add(0)
    n = len(s)
    return sorted((i for i in starts if i < n and s[i] != " "), reverse=True)


def _known_split(s: str, index: _Index) -> list[tuple[str, bool, bool]] | None:
    """:func:`_split_piece` when known labels cover the whole piece (``InternationalLunar``),
    else ``None``; much cheaper than the full programme, which tries every position.

    Unknown pieces cost more than nothing, so when known labels alone cover ``s`` the full
    programme's best split is the one among these with the fewest labels, ties going to the
    first candidate in the same order: the same split is found here, over the positions
    known labels reach.
    """
    n = len(s)
    by_prefix, short = index
    nexts: dict[int, list[int]] = {}  # position -> where each known label starting there leads
    todo = [0]
    while todo:
        i = todo.pop()
        if i in nexts or i == n:
            continue
        labs = by_prefix.get(s[i : i + 3])
        out = nexts[i] = []
        for lab in short.get(s[i], ()) if labs is None else labs:
            j = i + len(lab)
            if s.startswith(lab, i) and (j == n or s[j] == " " or s[j].isupper()):
                k = j
                while k < n and s[k] == " ":
                    k += 1
                out.append(k)
                todo.append(k)
        if len(nexts) > 64:
            return None  # many ways through: leave it to the full programme
    best: dict[int, int] = {n: 0}  # fewest labels from a position to the end
    choice: dict[int, int] = {}
    for i in sorted(nexts, reverse=True):
        for k in nexts[i]:
            if k in best and (i not in best or best[k] + 1 < best[i]):
                best[i] = best[k] + 1
                choice[i] = k
    if 0 not in best:
        return None
    out3: list[tuple[str, bool, bool]] = []
    i = 0
    while i < n:
        k = choice[i]
        j = k
        while j > i and s[j - 1] == " ":
            j -= 1
        out3.append((s[i:j], True, i > 0 and s[i - 1] == " "))
        i = k
    return out3


def _split_piece(s: str, index: _Index) -> list[tuple[str, bool, bool]]:
    """Split one separator-free piece; returns (label, known) pairs."""
    if " " not in s and not _inner_capital(s):
        # One word and no capital inside it: no label can start after its first character,
        # so it is one label, and unknown (split_labels looked a known one up already).
        by_prefix, short = index
        labs = by_prefix.get(s[:3])
        known = s in (short.get(s[0], ()) if labs is None else labs)
        return [(s, known, False)]
    known_split = _known_split(s, index)
    return known_split if known_split is not None else _split_piece_full(s, index)


def _split_piece_full(s: str, index: _Index) -> list[tuple[str, bool, bool]]:
    """The dynamic programme behind :func:`_split_piece`, over every position a label may start."""
    n = len(s)
    glue = _glue_boundaries(s)
    # A label may start at the beginning, after a space, at a glue boundary, or at
    # any capital letter (reachable only when a known label ends right before it).
    inf = (10**9, 0)
    best: list[tuple[int, int]] = [inf] * (n + 1)  # (cost, pieces) for s[i:]
    choice: list[tuple[int, bool]] = [(n, False)] * (n + 1)
    best[n] = (0, 0)
    # Ends of unknown tokens: the next space or glue boundary.
    stops = sorted(glue)
    stops.append(n)
    by_prefix, short = index
    for i in _label_starts(s, glue):
        cands: list[tuple[int, bool]] = []
        labs = by_prefix.get(s[i : i + 3])
        for lab in short.get(s[i], ()) if labs is None else labs:
            j = i + len(lab)
            if s.startswith(lab, i) and (j == n or s[j] == " " or s[j].isupper() or j in glue):
                cands.append((j, True))
        # unknown token: up to the next glue boundary or space
        j = stops[bisect.bisect_right(stops, i)]
        space = s.find(" ", i + 1, j)
        if space >= 0:
            j = space
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
    index = _profile_index(profile)
    out: list[tuple[str, bool, bool]] = []
    text = text.strip()
    for piece in _SEPARATORS.split(text) if _has_separator(text) else (text,):
        piece = piece.strip()
        if not piece:
            continue
        if piece in profile.label_set:
            out.append((piece, True, False))
        else:
            out.extend(_split_piece(piece, index))
    return out


def known_label_line(text: str, profile: Profile) -> tuple[str, ...] | None:
    """The labels of ``text`` when every one is in the vocabulary (``Video``), else ``None``.

    Such a line is labels even where the same word alone is page furniture.
    """
    if len(text) > 120:
        return None
    labels = label_line(text, profile)
    if labels and all(known for _, known, _ in split_labels(text, profile)):
        return labels
    return None


_INNER_CAPITAL = re.compile("(?<! )[A-Z]")  # a capital inside a word (or first)
_NON_ASCII = re.compile("[^\x00-\x7f]")


@functools.lru_cache(maxsize=64)
def _label_words(profile: Profile) -> tuple[frozenset[str], dict[str, tuple[str, ...]]]:
    """(the words of the profile's labels, its labels by last two characters)."""
    words = frozenset(w for lab in profile.labels for w in lab.split(" "))
    ends: dict[str, list[str]] = {}
    for lab in profile.labels:
        ends.setdefault(lab[-2:], []).append(lab)
    return words, {k: tuple(v) for k, v in ends.items()}


def _cannot_be_labels(s: str, profile: Profile, separated: bool) -> bool:
    """A quick and exact "no" for most headlines, without the label splitter.

    When no label can start right after a non-space (``s`` is one piece with no glue
    boundary, no token of dashes alone, and no known label ends before a capital inside
    a word), labels are separated by spaces only, and two labels separated by a space
    must both be known: a line with a space is a label line only if known labels cover
    it word by word, which needs every word to be a word of some label. Letters and
    digits must be ASCII, where the regexes below are exact case tests.
    """
    if " " not in s:
        return False
    known_words, ends = _label_words(profile)
    words = set(s.split(" "))
    words.discard("")
    if words <= known_words:
        return False
    for m in _NON_ASCII.finditer(s):
        c = m.group()
        if c.isalnum() or c.isupper() or c.islower():
            return False
    if _ASCII_GLUE.search(s) is not None:
        return False
    if ("-" in s or "–" in s or "—" in s) and any(w and not w.strip("-–—") for w in s.split(" ")):
        return False
    if separated:  # (whether _SEPARATORS matches in s)
        return False
    for m in _INNER_CAPITAL.finditer(s, 1):
        j = m.start()
        for lab in (*ends.get(s[j - 2 : j], ()), *ends.get(s[j - 1], ())):
            if s.endswith(lab, 0, j):
                return False
    return True


@functools.lru_cache(maxsize=64)
def _continuations(profile: Profile) -> dict[str, tuple[str, ...]]:
    """What follows each inner space of the profile's labels ("Observation" in "Earth
    Observation"), by first character: how a known label goes on past a space."""
    out: dict[str, list[str]] = {}
    for lab in profile.labels:
        at = lab.find(" ")
        while at >= 0:
            rest = lab[at + 1 :]
            if rest:
                out.setdefault(rest[0], []).append(rest)
            at = lab.find(" ", at + 1)
    return {k: tuple(v) for k, v in out.items()}


def _has_uncoverable_word(piece: str, profile: Profile) -> bool:
    """A quick and exact "no" for long headlines (most of them), without the label splitter.

    A word after a space begins a label (which, being spaced, must be known), goes on
    with a known label from before the space, or lies inside an unknown label (at most
    four words) that began where no space precedes: at the start of the piece, or at a
    capital inside one of the three words before it (``SpaceX``, ``CubeSat``). A word
    with none of the three means no split of ``piece`` is a label line.
    """
    if piece.count(" ") < 4 or "  " in piece:
        return False  # (words 1-3 may belong to an unknown label from the start)
    words = piece.split(" ")
    if ("-" in piece or "–" in piece or "—" in piece) and any(not w.strip("-–—") for w in words):
        return False  # a dash alone is dropped as a label: the rules above do not hold
    by_prefix, short = _profile_index(profile)
    conts = _continuations(profile)
    # Whether each word has a capital after its first character, as far as needed.
    capital = [_inner_capital(w) for w in words[:3]]
    at = len(words[0]) + len(words[1]) + len(words[2]) + 3  # where word 3 starts
    for k in range(4, len(words)):
        at += len(words[k - 1]) + 1
        capital.append(_inner_capital(words[k - 1]))
        if capital[k - 3] or capital[k - 2] or capital[k - 1]:
            continue
        w = words[k]
        cands = by_prefix.get(piece[at : at + 3])
        if cands is None:
            cands = short.get(w[0], ())
        if any(piece.startswith(lab, at) for lab in cands):
            continue
        if any(piece.startswith(c, at) for c in conts.get(w[0], ())):
            continue
        return True
    return False


def _inner_capital(word: str) -> bool:
    """A capital after the first character (where a label can start inside the word)."""
    tail = word[1:]
    if tail.isascii():
        return tail != tail.lower()
    return any(map(str.isupper, tail))


def _ends_with_dotted_label(text: str, profile: Profile) -> bool:
    """``BusinessU.S.``: the final period belongs to a known label, not to a sentence."""
    return text.endswith(_dotted_labels(profile))


@functools.lru_cache(maxsize=64)
def _dotted_labels(profile: Profile) -> tuple[str, ...]:
    return tuple(lab for lab in profile.labels if lab.endswith("."))


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
    if not text or len(text) > 120 or (_sentence_end(text) and not _ends_with_dotted_label(text, profile)):
        return None
    stripped = text.strip()
    separated = _has_separator(stripped)
    separated_text = _has_separator(text) if stripped != text else separated  # (spaces at the ends may count)
    if not _LABEL_CHARS.fullmatch(_SEPARATORS.sub(" ", text) if separated_text else text):
        return None
    if not separated and _has_uncoverable_word(stripped, profile):
        return None  # some word of the one piece (no separator) fits no label
    if _cannot_be_labels(stripped, profile, separated):
        return None
    return _split_label_line(text, profile, strict)


def _split_label_line(text: str, profile: Profile, strict: bool) -> tuple[str, ...] | None:
    """The end of :func:`_label_line`: split ``text`` and judge the labels."""
    parts = split_labels(text, profile)
    if not parts or len(parts) > 12:
        return None
    labels: list[str] = []
    prev_known = True
    for lab, known, spaced in parts:
        lab = lab.strip(" -–—")
        if not lab:
            continue
        if not known:
            if lab.count(" ") >= 4 or not (lab[0].isupper() or lab[0].isdigit()):
                return None
            # A word's own capitals are no glue: "LEDs" is no "LE" + "Ds …" (an acronym's
            # plural), "eMbali" no "… e" + "Mbali" (no label ends in a lone small letter).
            head = lab.split(" ", 1)[0]
            plural = len(head) == 2 and head[1].islower() and bool(labels) and labels[-1][-1:].isupper()
            if plural or (lab[-1].islower() and lab[-2:-1] == " "):
                return None
        if spaced and not (known and prev_known):
            return None
        prev_known = known
        labels.append(lab)
    if not labels or len({lab.casefold() for lab in labels}) < len(labels):
        return None  # a site lists each of its labels once; "Funding Funding ..." is a title
    if all(k for _, k, _ in parts):
        return tuple(labels)
    if len(labels) == 1:
        return None if strict or " " in labels[0] else tuple(labels)
    return tuple(labels)


# -- labels as markup stores them (meta tags, JSON-LD, tag links) --------------------------

# A count after a label in a tag list or cloud ("Politics (12)", "Politics 12").
_COUNT = re.compile(
    r"\s*(?:\(\d{1,6}(?: (?:posts?|articles?|stories|entries|items|Beiträge|Artikel|articles|notes))?\)|\[\d{1,6}\])$"
)
_MAX_LABEL = 80
_QUOTES = "\"'“”„«»‘’‚"
_CODE_KEY = re.compile(r"[a-z]+(?: [a-z]+){0,2}: ")
_KEY_VALUE = re.compile(r"\w+(?: \w+){0,2}: \S")
# Words of a list's controls and headings, not labels ("More" opens the rest of a tag list).
_NOT_LABELS = frozenset(
    {"more", "mehr", "plus", "show more", "see more", "see all", "show all", "all", "alle"}
    | {"tags", "tag", "categories", "category", "kategorien", "schlagwörter", "schlagworte", "keywords", "topics"}
    | {"a-z", "a - z", "a–z", "themen a-z", "alle themen", "all topics", "[x]"}  # an index's link, a close box
)
_ID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-|\d{7,}$", re.IGNORECASE)
_MAX_LABEL_WORDS = 8


def clean_label(text: str, site_keys: frozenset[str] = frozenset()) -> str | None:
    """``text`` as a label (a section or a topic tag), or ``None`` when it cannot be one.

    Strips a hashtag's ``#`` and a count (``Politics (12)``); refuses what is never a label:
    empty or punctuation only, a URL or path, a CMS code (``type_news``, ``page type: article``),
    a sentence, a long phrase (over 8 words or
    80 characters), a home link (``Home``) and the site's own name (``site_keys``, as
    :func:`~spaceparse.recognisers.sites.site_key` compares names).
    """
    t = text.strip().lstrip("#").strip()
    if not t or len(t) > _MAX_LABEL + 10:
        return None
    if t[-1] in ")]":
        t = _COUNT.sub("", t)
    t = t.strip(" \t:,;|·•/>»›")
    if len(t) > 2 and t[0] in _QUOTES and t[-1] in _QUOTES:
        t = t[1:-1].strip()
    if not t or len(t) > _MAX_LABEL or not any(c.isalnum() for c in t):
        return None
    if ": " in t and _CODE_KEY.match(t):
        return None  # a CMS's key and value ("language: english", "nlp category: general")
    low = t.lower()
    if low.startswith(("http:", "https:", "www.", "/")) or "://" in t:
        return None
    if "_" in t and " " not in t and t == low:
        return None  # a CMS's code ("type_news", "section_world"), not a name a reader sees
    n_words = t.count(" ") + 1
    if n_words > _MAX_LABEL_WORDS or (n_words > 3 and _sentence_end(t)):
        return None
    if is_home_word(t) or low in _NOT_LABELS or (site_keys and site_key(t) in site_keys):
        return None
    if len(t) == 1 and t.isascii():
        return None  # a letter of an index ("A"), not a name
    if " " not in t and _ID.match(t):
        return None  # an id ("26157981-b4f7-...", "100312362"), not a name
    return t


_TRAILING_NUMBER = re.compile(r"(?<=\D)\s?\d{1,7}$")


def strip_counts(labels: list[str]) -> list[str]:
    """A tag list that shows each tag's number of articles (``Kirche 3922``, ``Gaza398``): every
    label ends in a number. Labels that merely end in one (``Space 2025``) stand among others
    that do not, or are told apart only by it (``Windows 10``, ``Windows 11``)."""
    if len(labels) < 2 or not all(lab[-1:].isdigit() for lab in labels):
        return labels
    out = [_TRAILING_NUMBER.sub("", lab) for lab in labels]
    if any(not o or o == lab for o, lab in zip(out, labels, strict=True)):
        return labels
    if len({o.casefold() for o in out}) < len(out):
        return labels
    return out


def label_values(value: str) -> list[str]:
    """The labels of one stored value: ``keywords`` meta and JSON-LD ``keywords`` list them
    in one string, separated by commas (or semicolons); without either, the value is one
    label. A comma inside brackets belongs to its label ("Prices (Fares, Fees and Rates)")."""
    sep = "," if "," in value else ";" if ";" in value else ""
    if not sep:
        return [value]
    if "(" not in value:
        return [p for p in value.split(sep) if p.strip()]
    out: list[str] = []
    depth = 0
    start = 0
    for i, ch in enumerate(value):
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        elif ch == sep and depth == 0:
            out.append(value[start:i])
            start = i + 1
    out.append(value[start:])
    return [p for p in out if p.strip()]


# A news agency's codes: capitals and digits, no word ("AIRS08", "INDG", "MEAST").
_CODE = re.compile(r"[A-Z][A-Z0-9]{1,6}")
_CODES_MIN = 8  # (a list of a few acronyms, "NASA", "ESA", "ISS", is a list of topics)


def without_codes(labels: list[str]) -> list[str]:
    """``labels`` less a CMS's codes: key-value pairs when it lists several ("Page Type:
    Article", "Partner: Factiva"; a tag with a colon inside stands alone); an agency's
    subject codes when they make most of the list ("AER", "AIRS08", "INDG08", "MEAST");
    a family of distribution codes, three or more labels that differ only by a code before
    the same words ("NE State Wire", "GA State Wire", "AZ State Wire")."""
    pairs = [lab for lab in labels if _KEY_VALUE.match(lab)]
    out = [lab for lab in labels if lab not in pairs] if len(pairs) >= 2 else labels
    codes = [lab for lab in out if _CODE.fullmatch(lab.strip())]
    if len(codes) >= _CODES_MIN and 3 * len(codes) >= 2 * len(out):
        out = [lab for lab in out if lab not in codes]
    tails: dict[str, int] = {}
    for lab in out:
        head, _, tail = lab.strip().partition(" ")
        if tail and _CODE.fullmatch(head) and len(head) <= 3:
            tails[tail.casefold()] = tails.get(tail.casefold(), 0) + 1
    family = {t for t, n in tails.items() if n >= 3}
    if family:
        out = [lab for lab in out if lab.strip().partition(" ")[2].casefold() not in family]
    return out


_WORD = re.compile(r"\w+")


# Words no one tags a story with: articles, pronouns, conjunctions, prepositions.
FUNCTION_WORDS: frozenset[str] = frozenset(
    {
        "the", "and", "of", "for", "with", "this", "that", "der", "die", "das", "den", "dem", "des", "ein",
        "eine", "einen", "einem", "einer", "eines", "und", "oder", "mit", "von", "für", "auf", "ist", "sich",
        "nicht", "auch", "wie", "bei", "nach", "le", "les", "une", "et", "du", "pour", "avec", "los", "las",
        "una", "del", "con", "por", "gli", "che", "het", "een",
    }
)  # fmt: skip
"""Function words in the languages most pages are in, lower case (none that is also an
abbreviation a tag may be: "IT", "UN", "LA", "AUS")."""


def machine_words(values: list[str]) -> bool:
    """``values`` were picked from the text by a program (an SEO plugin's "Malaga, Stadt,
    Weise, Eine"), not by an editor: one of them is a function word."""
    return any(v.strip().casefold() in FUNCTION_WORDS for v in values)


def title_words(values: list[str], title: str) -> bool:
    """``values`` are words of the ``title`` (a CMS that fills ``keywords`` with the headline's
    words: "Mueren, seis, personas, incendio"), not tags: four or more values, most of them
    single words found in the title."""
    if len(values) < 4:
        return False
    in_title = {w.casefold() for w in _WORD.findall(title)}
    hits = sum(1 for v in values if " " not in v.strip() and v.strip().casefold() in in_title)
    return hits * 10 >= len(values) * 6


class LabelSet:
    """Labels in page order, each once however it is cased (``Politics``, ``politics``)."""

    __slots__ = ("_seen", "labels", "site_keys")

    def __init__(self, site_keys: frozenset[str] = frozenset(), exclude: tuple[str, ...] = ()) -> None:
        self.labels: list[str] = []
        self.site_keys = site_keys
        self._seen: set[str] = {e.casefold() for e in exclude}

    def add(self, text: str) -> bool:
        """Add ``text`` if it is a label not seen yet; whether it was added."""
        lab = clean_label(text, self.site_keys)
        if lab is None:
            return False
        key = lab.casefold()
        if key in self._seen:
            return False
        self._seen.add(key)
        self.labels.append(lab)
        return True

    def __len__(self) -> int:
        return len(self.labels)


# -- labels written out in text ("Tags: A, B", "Filed under A", "posted in A and tagged B") ----

# The words that introduce an article's labels, by kind, in many languages (lower case).
# Sections ("Filed under", "Kategorien") and topic tags ("Tags", "Schlagwörter"): a page
# lists each after its word, on the line or on the lines below it.
_CATEGORY_KEYS = (
    "categories", "category", "filed under", "posted in", "posted under",
    "kategorien", "kategorie", "abgelegt unter", "veröffentlicht in", "veröffentlicht unter", "rubrik", "ressort",
    "catégories", "catégorie", "rubrique", "publié dans", "categorías", "categoría", "categorias", "categoria",
    "categorie", "publicado en", "publicado em", "categorieën", "kategori", "kategorier", "kategorie",
)  # fmt: skip
_TAG_KEYS = (
    "tags", "tag", "tagged", "tagged with", "tagged as", "topics", "related topics", "related terms", "keywords",
    "schlagworte", "schlagwörter", "schlagwort", "stichworte", "stichwörter", "verschlagwortet mit", "themen",
    "mots-clés", "mots clés", "mots-clefs", "étiquettes", "sujets", "etiquetas", "temas", "palabras clave",
    "argomenti", "parole chiave", "etichette", "trefwoorden", "onderwerpen", "emneord", "stikkord", "taggar",
    "nyckelord", "tagit", "tagi", "tagy", "štítky", "címkék", "etiketler", "anahtar kelimeler", "теги", "метки",
    "subjects", "mehr lesen über", "mehr über", "thema", "関連キーワード", "关键词", "關鍵詞", "키워드",
)  # fmt: skip
_KEY_KIND = dict.fromkeys(_CATEGORY_KEYS, "categories") | dict.fromkeys(_TAG_KEYS, "tags")
# Keys that announce the article's labels even as a heading alone (the labels on the lines
# below). "Categories", "Themen", "Topics" alone head a site's menu or category widget too.
_HEADING_KEYS = frozenset(
    {"tags", "tag", "tagged", "tagged with", "related topics", "related terms", "keywords", "schlagworte"}
    | {"schlagwörter", "stichworte", "stichwörter", "mots-clés", "mots clés", "étiquettes", "etiquetas", "taggar"}
    | {"palabras clave", "parole chiave", "etichette", "trefwoorden", "emneord", "stikkord", "nyckelord", "tagi"}
    | {"subjects", "mehr lesen über", "関連キーワード", "关键词", "關鍵詞", "키워드"}
)
# A key, then ":", a space or the end; a long key may be glued to its value ("KategorienPrivat",
# "Schlagwörterdunkel": a hidden heading run into the list). Case-insensitive, whole words.
_LONG_KEY = 8
_KEYED = re.compile(
    r"(?<![\w-])(?:(?P<key>"
    + "|".join(re.escape(k) for k in sorted(_KEY_KIND, key=len, reverse=True))
    + r")(?:[ \t]*:[ \t]*|[ \t]+|$)|(?P<glued>"
    + "|".join(re.escape(k) for k in sorted(_KEY_KIND, key=len, reverse=True) if len(k) >= _LONG_KEY)
    + r")(?=[^\W\d_]))",
    re.IGNORECASE,
)
# Where a list of labels ends: the next item of a "|"-separated meta line, a dash before the
# author, or the end of the sentence ("... tagged B. Bookmark the permalink.").
_LIST_END = re.compile(r"\s[|•·—–]\s|\s\|(?=\S)|(?<!\b[A-Z])\.(?:\s|$)")  # not the dots of "U.S."
# In a sentence ("posted in A and tagged B by Author."): the word before the next key, the
# author after the last label.
_AND = re.compile(r"\s(?:and|und|et|y|e|en|og|och)$", re.IGNORECASE)
_BY = re.compile(r"\s(?:by|von|par|por|di|door|av)\s", re.IGNORECASE)
_LIST_SEP = re.compile(r"(?<!\s)\s*[,;]\s*(?:(?:and|und|et|y|e|en|og|och)\s+)?|(?<!\s)\s+/\s+")
_WP_DE = re.compile(
    r"\bunter ([^.|]{1,200}?) abgelegt und mit ([^|]{1,400}?) verschlagwortet"
    r"|\b[Aa]bgelegt unter ([^.|]{1,200}?) und mit ([^|]{1,400}?) getaggt"
)
# Keys that are common words too: only with their colon ("Thema: A", "Mehr über: A B").
_COLON_KEYS = frozenset({"thema", "mehr über"})
_MAX_KEYED_LINE = 600
_MAX_SENTENCE = 250  # longer: prose, where "posted in March" is no list
_SENTENCE_KEYS = frozenset(
    {"posted in", "posted under", "veröffentlicht in", "abgelegt unter", "tagged", "tagged with"}
    | {"verschlagwortet mit", "publié dans", "publicado en", "publicado em"}
)


def keyed_labels(text: str, profile: Profile, *, headings: bool = False) -> list[tuple[str, tuple[str, ...]]]:
    """The labels a line writes out after their key word, as ``(kind, labels)`` pairs in line
    order; ``kind`` is ``categories`` or ``tags``. ``Tags: A, B`` -> ``[("tags", ("A", "B"))]``;
    ``Kategorien: A | Tags: B, C`` -> two pairs; ``This entry was posted in A and tagged B.``
    -> ``[("categories", ("A",)), ("tags", ("B",))]``. A key with nothing after it (a
    heading whose labels are on the lines below) gives a pair with no labels: for the keys
    that only labels follow ("Tags", "Schlagwörter"), or for any key with ``headings``
    (where the caller knows the line stands by the article: "Themen", "Categories" alone
    head a site's menu too)."""
    if len(text) > _MAX_KEYED_LINE or not _may_have_key(text):
        return []
    wp = _WP_DE.search(text) if "verschlagwortet" in text or "getaggt" in text else None
    if wp is not None:
        # WordPress in German: "unter A abgelegt und mit B, C verschlagwortet", "Abgelegt unter
        # A und mit B, C getaggt"
        cat_value = wp.group(1) if wp.group(1) is not None else wp.group(3)
        tag_value = wp.group(2) if wp.group(2) is not None else wp.group(4)
        cats, tags = _list_values(cat_value, profile), _list_values(tag_value, profile)
        return [(kind, labs) for kind, labs in (("categories", cats), ("tags", tags)) if labs]
    out: list[tuple[str, tuple[str, ...]]] = []
    keys = list(_KEYED.finditer(text))
    for n, m in enumerate(keys):
        key = (m.group("key") or m.group("glued")).lower()
        if key in _COLON_KEYS and ":" not in m.group(0):
            continue  # "Thema" alone heads a title too ("Thema" / the post's title / "Beschreibung")
        sentence = key in _SENTENCE_KEYS and len(text) <= _MAX_SENTENCE
        if m.start() > 0 and not sentence and not out and not _after_break(text, m.start()):
            # A key word inside a sentence ("one of two categories") is no list's key; one
            # word before it qualifies it ("Verwendete Schlagwörter: A, B", "Article Tags").
            if " " in text[: m.start()].strip() or m.end() == len(text):
                continue
        end = keys[n + 1].start() if n + 1 < len(keys) else len(text)
        value = text[m.end() : end]
        stop = _LIST_END.search(value)
        if stop is not None:
            value = value[: stop.start()]
        value = value.strip(" :")
        if sentence:
            value = _AND.sub("", value)
            by = _BY.search(value)
            if by is not None:
                if "," not in value[: by.start()]:
                    continue  # "posted in March by the team": prose, unless a list precedes the author
                value = value[: by.start()]
        labels = _list_values(value, profile)
        if labels is None or (not labels and not headings and key not in _HEADING_KEYS):
            continue
        out.append((_KEY_KIND[key], labels))
    return out


# The keys by their first three letters, as a line may start them: "tag", "Tag", "TAG".
_KEY_HEADS: dict[str, tuple[str, ...]] = {}
for _k in _KEY_KIND:
    for _head in {_k[:3], _k[:3].capitalize(), _k[:3].upper()}:
        _KEY_HEADS[_head] = (*_KEY_HEADS.get(_head, ()), _k)
# Words of a WordPress sentence that names the labels mid-line ("This entry was posted in"),
# and separators of items in one line.
_SENTENCE_WORDS = (
    "posted", "abgelegt", "Abgelegt", "veröffentlicht", "tagged", "verschlagwortet", "publié", "publicado",
    "|", "•", "·",
    "Tagged", "Tags:", "Schlagw", "Kategorie",  # a key after the byline ("Posted by A at 18:52 Tagged with: B")
)  # fmt: skip
# Every key holds one of these (lower case): lines without any skip the key regex.
_KEY_STEMS = (
    "tag", "categ", "catég", "kateg", "topic", "keyword", "schlag", "stich", "themen", "filed", "posted", "publi",
    "abgelegt", "veröffentlicht", "rubri", "ressort", "mots", "étiq", "etiq", "sujets", "temas", "palabras",
    "argomenti", "parole", "etichette", "trefw", "onderw", "emneord", "stikkord", "nyckel", "štít", "címk",
    "etiket", "anahtar", "теги", "метки", "related", "subject", "über", "thema",
    "キーワード", "关键词", "關鍵詞", "키워드",
)  # fmt: skip


def lines_with_keys(texts: list[str]) -> list[int]:
    """The positions of the lines of ``texts`` worth asking :func:`keyed_labels` (a quick,
    larger-than-exact answer, with no regex): a key starts the line or its second word
    ("Verwendete Schlagwörter"); or, in a short line, items separated by "|" or "•", or a
    WordPress sentence ("posted in", "abgelegt unter"), found by one search per word over
    the short lines joined (a test per line and word costs more)."""
    out: set[int] = set()
    short: list[int] = []
    heads = _KEY_HEADS
    for i, t in enumerate(texts):
        if t[:3] in heads and _starts_with_key(t):
            out.add(i)
            continue
        if len(t) > _MAX_KEYED_LINE:
            continue
        short.append(i)
        sp = t.find(" ", 0, 25)
        if sp > 0 and t[sp + 1 : sp + 4] in heads and _starts_with_key(t[sp + 1 :]):
            out.add(i)
    if short:
        joined = "\n".join(texts[i] for i in short)
        starts: list[int] = []
        at = 0
        for i in short:
            starts.append(at)
            at += len(texts[i]) + 1
        for word in _SENTENCE_WORDS:
            at = joined.find(word)
            while at >= 0:
                out.add(short[bisect.bisect_right(starts, at) - 1])
                at = joined.find(word, at + 1)
    return sorted(out)


def _starts_with_key(t: str) -> bool:
    low = t[:30].lower()
    return any(low.startswith(k) for k in _KEY_HEADS[low[:3]])


def _may_have_key(text: str) -> bool:
    low = text.lower()
    return any(stem in low for stem in _KEY_STEMS)


def _after_break(text: str, at: int) -> bool:
    """Does position ``at`` start an item of the line (after "|", "•", a colon or a stop)?"""
    before = text[:at].rstrip()
    return not before or before[-1] in "|•·—–:.;"


# Where one label ends and the next begins in labels run together: after three lower-case
# letters, before a capital that starts a word or an acronym ("SpaceX", "SpaceXStarship"
# and "McCarthy" stay whole).
_GLUE_POINT = re.compile(r"(?<=[a-zß-ÿ]{3})(?=[A-ZÀ-Þ](?:[a-zß-ÿ]|[A-ZÀ-Þ]{2}))")
_GLUED_WORD = re.compile(r"[a-zß-ÿ][A-ZÀ-Þ][a-zß-ÿ]")


def _list_values(value: str, profile: Profile) -> tuple[str, ...] | None:
    """The labels of a key's value: a comma list, one short label, or labels glued together;
    ``()`` when the value is empty (the labels are on the next lines); ``None`` when it is
    no list (a phrase, a sentence)."""
    if not value:
        return ()
    parts = [p for p in _LIST_SEP.split(value) if p.strip()]
    if len(parts) == 1:
        one = parts[0].strip()
        first = one.split(" ", 1)[0]
        if len(first) <= 3 and first.islower():
            return None  # the key began a phrase ("Themen des Artikels", "Topics of interest")
        glued = label_line(one, profile)
        if glued is not None and len(glued) >= 3 and " " not in one:
            return glued  # labels run together ("BauteileLötenReparieren")
        if " " in one:
            # labels of several words run together ("Hot NeptunesJames Webb Space TelescopeTESS"):
            # a word's lower-case end glued to the next label's capital, three times or more
            # (all of them: a piece still holding a glued word start, "OvoAçúcar", leaves
            # the split in doubt)
            pieces = [clean_label(p) for p in _GLUE_POINT.split(one)]
            if len(pieces) >= 3 and all(p and p.count(" ") <= 3 and _GLUED_WORD.search(p) is None for p in pieces):
                return tuple(p for p in pieces if p)
        if one.count(" ") <= 3 and not _sentence_end(one):
            lab = clean_label(one)
            return (lab,) if lab else None
        return glued
    if counted([p.strip() for p in parts]):
        return None
    labels = tuple(lab for lab in (clean_label(p) for p in parts) if lab)
    return labels if len(labels) * 2 > len(parts) else None


_COUNTED = re.compile(r"\(\d{1,6}\)$")


def counted(labels: tuple[str, ...] | list[str]) -> bool:
    """Most labels carry a count ("Hardware (22)"): a widget listing every label of the site
    with its number of posts, not an article's labels."""
    n = sum(1 for lab in labels if lab.rstrip().endswith(")") and _COUNTED.search(lab.rstrip()))
    return len(labels) >= 2 and n * 2 > len(labels)
