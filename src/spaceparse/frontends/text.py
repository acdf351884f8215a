"""Scraped plain text -> blocks: one block per non-blank line.

Scrapers keep one paragraph per line (innerText, ``lynx -dump -width=...``,
WET records); blank lines, indentation and list markers are kept as block
attributes because layouts use them (two blank lines between related items,
``*`` bullets for menus). Hard-wrapped text (``lynx -dump`` at 80 columns, mail
archives) is re-joined into paragraphs first.
"""

from __future__ import annotations

import operator
import re

from ..blocks import Block, Document, line_block
from ..normalize import normalize_page_lines

__all__ = ["blockify"]

_BULLET = re.compile(r"(?:[*•·▪‣◦●○■□+]|-(?=\s)|o(?=\s{1,3}\S))\s+")
# A first word that is only a list marker ("* item", "• item", "- item", lynx's "o item").
_BULLET_CHARS = frozenset({"*", "•", "·", "▪", "‣", "◦", "●", "○", "■", "□", "+", "-", "–", "o"})
_ENDS = frozenset('.!?:"”’')  # a line ending a sentence is no evidence of wrapping
_MAX_LINE = 100_000  # a single "line" longer than this is cut into pieces


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
    width = max(followed, default=0)
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
    out_len: list[int] = []  # length of each joined paragraph so far
    for line in lines:
        text = line.rstrip()
        if out and out[-1][0].strip():
            first = out[-1][0]
            indent = len(first) - len(first.lstrip())
            if text.strip() and out_len[-1] >= width - 12 - indent and not _BULLET.match(text.lstrip()):
                piece = text.strip()
                out[-1].append(piece)
                out_len[-1] += 1 + len(piece)
                continue
        out.append([text])
        out_len.append(len(text))
    return [" ".join(parts) for parts in out]


def _hangs(line: str, following: str) -> bool:
    """Is ``following`` indented (two columns or more) exactly under the text of ``line``,
    after its list marker if it has one? That is how ``lynx -dump`` and mail wrap an
    indented paragraph or a list item; unindented text (innerText) never shows it."""
    indent = len(line) - len(line.lstrip())
    m = _BULLET.match(line, indent)
    column = m.end() if m else indent
    return column >= 2 and len(following) - len(following.lstrip()) == column


def blockify(text: str, *, url: str | None = None) -> Document:
    """Turn scraped text into a :class:`Document` of line blocks."""
    lines = _unwrap(normalize_page_lines(text))
    blocks: list[Block] = []
    append = blocks.append
    blanks = 0
    start = 0  # offset of the line in the page
    bullet_chars = _BULLET_CHARS
    may_be_long = max(map(len, lines), default=0) > _MAX_LINE
    for raw in lines:
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
        else:
            append(line_block(len(blocks), line, blanks, indent, bullet, start))
            blanks = 0
        start += len(raw) + 1
    return Document(blocks=tuple(blocks), kind="text", url=url)
