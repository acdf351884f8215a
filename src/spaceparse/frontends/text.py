"""Scraped plain text -> blocks: one block per non-blank line.

Scrapers keep one paragraph per line (innerText, ``lynx -dump -width=...``,
WET records); blank lines, indentation and list markers are kept as block
attributes because layouts use them (two blank lines between related items,
``*`` bullets for menus). Hard-wrapped text (``lynx -dump`` at 80 columns, mail
archives) is re-joined into paragraphs first.
"""

from __future__ import annotations

import re

from ..blocks import Block, Document
from ..normalize import collapse, normalize_page

__all__ = ["blockify"]

_BULLET = re.compile(r"(?:[*•·▪‣◦●○■□+]|-(?=\s)|o(?=\s{1,3}\S))\s+")
_MAX_LINE = 100_000  # a single "line" longer than this is cut into pieces


def _unwrap(lines: list[str]) -> list[str]:
    """Re-join paragraphs of hard-wrapped text (most lines end near one width)."""
    lengths = [len(s.rstrip()) for s in lines if s.strip()]
    if len(lengths) < 8:
        return lines
    width = max(lengths)
    if width > 100 or width < 40:
        return lines
    near = sum(1 for n in lengths if n >= width - 12)
    if near < 0.35 * len(lengths):
        return lines
    out: list[str] = []
    for line in lines:
        text = line.rstrip()
        if (
            out
            and text.strip()
            and out[-1].strip()
            and len(out[-1]) >= width - 12 - (len(out[-1]) - len(out[-1].lstrip()))
            and not _BULLET.match(text.lstrip())
        ):
            out[-1] = out[-1] + " " + text.strip()
        else:
            out.append(text)
    return out


def blockify(text: str, *, url: str | None = None) -> Document:
    """Turn scraped text into a :class:`Document` of line blocks."""
    text = normalize_page(text)
    lines = text.split("\n")
    lines = _unwrap(lines)
    blocks: list[Block] = []
    blanks = 0
    offset = 0
    for raw in lines:
        start = offset
        offset += len(raw) + 1
        stripped = raw.lstrip(" \t\u00a0")
        if not stripped.strip(" \t\u00a0\u3000"):
            blanks += 1
            continue
        indent = len(raw) - len(stripped)
        bullet = False
        m = _BULLET.match(stripped)
        if m and m.end() < len(stripped):
            bullet = True
            stripped = stripped[m.end() :]
        for piece_start in range(0, len(stripped), _MAX_LINE):
            piece = collapse(stripped[piece_start : piece_start + _MAX_LINE])
            if not piece:
                continue
            blocks.append(
                Block(
                    index=len(blocks),
                    text=piece,
                    blank_before=blanks,
                    indent=indent,
                    bullet=bullet,
                    start=start,
                )
            )
            blanks = 0
    return Document(blocks=tuple(blocks), kind="text", url=url)
