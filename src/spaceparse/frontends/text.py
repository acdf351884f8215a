"""Scraped plain text -> blocks: one block per non-blank line.

Scrapers keep one paragraph per line (innerText, ``lynx -dump -width=...``,
WET records); blank lines, indentation and list markers are kept as block
attributes because layouts use them (two blank lines between related items,
``*`` bullets for menus). Hard-wrapped text (``lynx -dump`` at 80 columns, mail
archives) is re-joined into paragraphs first.
"""

from __future__ import annotations

import itertools
import operator
import re

from ..blocks import Block, Document, Meta, line_block
from ..normalize import normalize_page_lines
from ..recognisers.dates import find_date

__all__ = ["blockify"]

_BULLET = re.compile(r"(?:[*•·▪‣◦●○■□+]|-(?=\s)|o(?=\s{1,3}\S))\s+")
# A first word that is only a list marker ("* item", "• item", "- item", lynx's "o item").
_BULLET_CHARS = frozenset({"*", "•", "·", "▪", "‣", "◦", "●", "○", "■", "□", "+", "-", "–", "o"})
_ENDS = frozenset('.!?:"”’')  # a line ending a sentence is no evidence of wrapping
_NO_META = Meta()
_MAX_LINE = 100_000  # a single "line" longer than this is cut into pieces

# ``lynx -dump`` without ``-nolist`` numbers every link in the text ("[12]Launch") and lists
# the targets after a "References" heading at the end ("  12. https://...").
_REF_LINE = re.compile(r"\s*(\d+)\.\s+(\S+)\s*$")
_REF_SUBHEADINGS = frozenset({"Visible links:", "Hidden links:", "Visible links", "Hidden links"})
_MARKER = re.compile(r"\[(\d+)\]")
# lynx's stand-ins for images and form controls, and the "#[1]Feed" line of <link rel> targets.
_LYNX_ARTEFACT = re.compile(r"\[(?:IMG|INLINE|LINK|BUTTON)\]|\((?:BUTTON|RADIO|Submit|submit)\)|_{4,}|\[[ X]\]")
_IMAGE_URL = re.compile(r"\.(?:jpe?g|png|gif|webp|avif)(?:[?#]|$)", re.IGNORECASE)
# ``lynx -dump`` starts the page with the titles of its ``<link>`` elements (feeds, previous
# and next posts), indented, after a "#": "   #Site » Feed Site » Headline Comments Feed".
_LINK_TITLES = re.compile(r"[ \t]{1,8}#(?=[^\s#])")


def _unwrap(lines: list[str]) -> list[str]:
    """Re-join paragraphs of hard-wrapped text (``lynx -dump`` at 80 columns, mail archives).

    Only lines that another line follows directly can show wrapping, so isolated
    lines (menus, one-line notices) do not count. Text is wrapped when most such
    lines end near one width and stop mid-sentence; one-line paragraphs of similar
    length (innerText of a page with short paragraphs) mostly end with a full stop.
    """
    ends = list(map(len, map(str.rstrip, lines)))  # 0 for a blank line
    lengths = list(filter(None, ends))
    if len(lengths) < 4:
        return lines
    # The wrap width shows in lines another line follows: a line standing alone may be
    # longer (a cookie banner or footer added around the wrapped dump by the scraper).
    # (The end of each line that a non-blank line follows, else 0: mapped in C.)
    followed = list(map(operator.mul, ends, map(bool, ends[1:])))
    width = _wrap_width(followed)
    if width > 100 or width < 40:
        return lines
    pairs = [
        (lines[i].rstrip(), lines[i + 1].strip(), _hangs(lines[i], lines[i + 1]))
        for i, end in enumerate(followed)
        if end >= 40 and len(lines[i].strip()) >= 40 and not _BULLET.match(lines[i + 1].lstrip())
    ]
    long_pairs = [(a, b, hang) for a, b, hang in pairs if len(a) >= width - 12]
    if not long_pairs or len(long_pairs) < 0.6 * len(pairs):
        return lines
    # ...but when more lines are longer than that than stop at it, the text is not wrapped
    # at all (one line per paragraph, with a few lines in a row such as a menu).
    if sum(1 for n in lengths if n > width) > len(long_pairs):
        return lines
    # Wrapped text: most lines stop mid-sentence, or hang (below) where a sentence ended.
    mid_sentence = sum(1 for a, _, hang in long_pairs if hang or a[-1] not in '.!?:"”’)')
    if mid_sentence * 3 < len(long_pairs) * 2:
        return lines
    # ...and many of the next lines go on mid-sentence, in lower case, or indented under
    # the text of the line before as a wrapped paragraph or list item is (a headline over
    # a byline does neither).
    if sum(1 for _, b, hang in long_pairs if hang or not b[0].isupper()) * 3 < len(long_pairs):
        return lines
    if len(long_pairs) == 1:
        a, b, hang = long_pairs[0]
        # One pair proves little, unless it stops mid-sentence (or hangs) at a usual wrap
        # width (lynx and mail wrap at 72-79 columns) or the next line goes on in lower case.
        if not ((a[-1].isalnum() or hang) and (b[0].islower() or 60 <= len(a) <= 80)):
            return lines
    # Paragraphs are built as lists of pieces and joined once: growing a string line by
    # line is quadratic on a long hard-wrapped page.
    out: list[list[str]] = []
    last = 0  # length of the last source line joined into out[-1], as it stood in the page
    for line in lines:
        text = line.rstrip()
        # A line reaching the wrap width goes on in the next line; a shorter one ended its
        # paragraph (the alt text of an image above its caption, a heading above its text).
        # (A line may stop well short of the width when the next word is long: it did not fit.)
        if (
            out
            and last
            and text
            and last <= width  # (a longer line was printed whole: it was not wrapped)
            and (last >= width - 12 or last + 1 + len(text.split(None, 1)[0]) > width)
            and not _BULLET.match(text.lstrip())
            and not _date_line(text)
        ):
            out[-1].append(text.strip())
            last = len(text)
            continue
        out.append([text])
        last = len(text)
    return [" ".join(parts) for parts in out]


def _wrap_width(followed: list[int]) -> int:
    """The width the text is wrapped at: the longest line another line follows that a few
    more end near, but for two lines at most. ``lynx -dump`` prints a line it cannot break
    (a long link text, an image's alt text) whole, and chrome around a wrapped dump (a
    "most read" list) may not be wrapped at all: such lines stand out alone above the width
    of the body, whose lines crowd just under it. More of them, and the page is not wrapped
    (the maximum is then beyond any wrap width)."""
    long_ends = sorted((n for n in followed if n >= 40), reverse=True)
    if len(long_ends) < 3:
        return max(followed, default=0)
    # (sorted: the lines within 8 columns under long_ends[i] are the next ones, up to j)
    j = 0
    for i, n in enumerate(long_ends[:3]):
        j = max(j, i)
        while j + 1 < len(long_ends) and long_ends[j + 1] >= n - 8:
            j += 1
        if j - i >= 2:
            return n
    return long_ends[0]


def _date_line(text: str) -> bool:
    """A line that is only a date ("November 22, 2026", "27.11.2026 17:00"): the date under
    a listed story's headline, never the end of a wrapped sentence (that ends in a stop)."""
    body = text.strip()
    if len(body) > 32 or not body[-1:].isdigit():
        return False
    found = find_date(body)
    return found is not None and found[1] == 0 and found[2] >= len(body) - 6


def _hangs(line: str, following: str) -> bool:
    """Is ``following`` indented (two columns or more) exactly under the text of ``line``,
    after its list marker if it has one? That is how ``lynx -dump`` and mail wrap an
    indented paragraph or a list item; unindented text (innerText) never shows it."""
    indent = len(line) - len(line.lstrip())
    m = _BULLET.match(line, indent)
    column = m.end() if m else indent
    return column >= 2 and len(following) - len(following.lstrip()) == column


def _references(lines: list[str]) -> tuple[list[str], dict[int, str]]:
    """Take a ``lynx -dump`` link list ("References", then "  1. URL" lines) out of the page.

    The list ends lynx's output; anything a scraper appended after it (a footer) is kept.
    """
    for at in range(len(lines) - 1, -1, -1):
        if lines[at].strip() != "References":
            continue
        refs: dict[int, str] = {}
        j = at + 1
        while j < len(lines):
            line = lines[j]
            m = _REF_LINE.match(line)
            if m:
                refs[int(m.group(1))] = m.group(2)
            elif line.strip() and line.strip() not in _REF_SUBHEADINGS:
                break
            j += 1
        if refs:
            return lines[:at] + lines[j:], refs
    return lines, {}


def _numbered_links(lines: list[str]) -> bool:
    """Does the page number its links as ``lynx -dump`` does ("[1]..", "[2]..", in order)
    even without the link list (a page cut off before it)?"""
    numbers = [int(n) for line in lines if "[" in line for n in _MARKER.findall(line)]
    if len(numbers) < 5:
        return False
    rising = sum(1 for a, b in itertools.pairwise(numbers) if b > a)
    return numbers[0] <= 3 and rising >= 0.9 * (len(numbers) - 1)


def _strip_lynx(lines: list[str], refs: dict[int, str]) -> tuple[list[str], dict[int, str]]:
    """Remove link numbers and lynx's stand-ins from a numbered dump; map each line that
    starts with a link to the link's target. Image links (their text is the alt text,
    repeated by the caption) and the ``#[1]Feed`` header line are dropped."""
    out: list[str] = []
    hrefs: dict[int, str] = {}
    for n, line in enumerate(lines):
        if "[" not in line and "(" not in line and "__" not in line:
            out.append(line)
            continue
        body = line.lstrip()
        if n < 3 and body.startswith("#["):
            continue
        bullet = _BULLET.match(body)
        m = _MARKER.match(body, bullet.end() if bullet else 0)
        target = refs.get(int(m.group(1))) if m else None
        if target is not None and _IMAGE_URL.search(target) and len(_MARKER.findall(body)) == 1:
            continue
        cleaned = _LYNX_ARTEFACT.sub(" ", _MARKER.sub("", line))
        if target is not None:
            hrefs[len(out)] = target
        out.append(cleaned if cleaned.strip() else "")
    return out, hrefs


def _link_titles(lines: list[str]) -> tuple[str | None, int]:
    """The ``<link>`` titles line ``lynx -dump`` prints first, without its "#" and link
    numbers, and the number of characters up to its end in the page (``None, 0``: no such
    line). The line, and the blank lines before it, are taken out of ``lines``: it is never
    text of the page, but its titles name the page (the headline rule reads them)."""
    for at, line in enumerate(lines[:3]):
        if not line.strip():
            continue
        if at > 1 or not _LINK_TITLES.match(line):
            return None, 0
        # (after the lines before it: the blank ones a dump may start with)
        taken = sum(len(x) + 1 for x in lines[: at + 1])
        del lines[: at + 1]
        titles = " ".join(_MARKER.sub(" ", line.strip()[1:]).split())
        return titles or None, taken
    return None, 0


BLOCK_FLOOR = 16_384
"""Every text page may have this many blocks (non-blank lines after unwrapping)."""
CHARS_PER_BLOCK = 48
"""Past :data:`BLOCK_FLOOR`, one block per this many characters of the page. A block costs
~1 KB and ~10 µs through the rules: a page of a million menu lines is read up to its
budget, and says so (``Article.partial``). Real pages stay far below (the most lines
seen in a rendering: 2,400)."""


def block_budget(size: int) -> int:
    """How many blocks a text page of ``size`` characters may have before the rest is dropped."""
    return max(BLOCK_FLOOR, size // CHARS_PER_BLOCK)


def blockify(text: str, *, url: str | None = None) -> Document:
    """Turn scraped text into a :class:`Document` of line blocks (at most :func:`block_budget`:
    past it the rest of the page is dropped and the Document is ``partial``)."""
    lines = normalize_page_lines(text)
    link_titles, start = _link_titles(lines)  # (taking the line out of ``lines``)
    refs: dict[int, str] = {}
    hrefs: dict[int, str] = {}
    # One search of the page decides: most pages have no bracketed numbers at all.
    numbered = _MARKER.search(text) is not None
    if numbered:
        lines, refs = _references(lines)
        numbered = bool(refs) or _numbered_links(lines)
    lines = _unwrap(lines)
    if numbered:
        lines, hrefs = _strip_lynx(lines, refs)
    blocks: list[Block] = []
    append = blocks.append
    blanks = 0
    # (start: the offset of the line in the page)
    bullet_chars = _BULLET_CHARS
    may_be_long = max(map(len, lines), default=0) > _MAX_LINE
    budget = block_budget(len(text))
    partial = False
    for n, raw in enumerate(lines):
        if len(blocks) >= budget:
            partial = any(not line.isspace() for line in lines[n:] if line)
            break
        parts = raw.split()
        if not parts:
            blanks += 1
            start += len(raw) + 1
            continue
        indent = len(raw) - len(raw.lstrip()) if raw[0] in " \t\u00a0" else 0
        first = parts[0]
        bullet = first in bullet_chars and len(parts) > 1 and (first != "o" or indent >= 3)
        line = " ".join(parts[1:] if bullet else parts)
        if may_be_long and len(line) > _MAX_LINE:
            for at in range(0, len(line), _MAX_LINE):
                piece = line[at : at + _MAX_LINE].strip()
                if piece:
                    append(line_block(len(blocks), piece, blanks, indent, bullet, start))
                    blanks = 0
        elif hrefs and n in hrefs:
            append(
                Block(len(blocks), line, "line", blanks, indent, bullet, frozenset(), 0.0, hrefs[n], (), -1, start, ())
            )
            blanks = 0
        else:
            append(line_block(len(blocks), line, blanks, indent, bullet, start))
            blanks = 0
        start += len(raw) + 1
    meta = Meta(title=link_titles) if link_titles else _NO_META
    return Document(blocks=tuple(blocks), kind="text", meta=meta, url=url, partial=partial)
