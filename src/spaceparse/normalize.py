"""Unicode and whitespace normalisation shared by every front end.

Output text is NFC, has ``\\n`` line ends only, no zero-width or control
characters, and (per line) single spaces. Scraped pages differ in exactly these
ways without differing in content, so the parse must not see them.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["clean_line", "collapse", "normalize_page", "normalize_page_lines"]

# Zero-width and invisible formatting characters, soft hyphen, BOM, and C0/C1
# controls other than tab and newline.
_INVISIBLE = re.compile("[\u00ad\u200b-\u200d\u2060\ufeff\u180e\x00-\x08\x0e-\x1f\x7f-\x9f]")
_LINE_BREAKS = re.compile("[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
# Unicode spaces (NBSP, thin, em, ideographic...) and tabs become one space.
_SPACES = re.compile("[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")


def normalize_page(text: str) -> str:
    """Normalise a whole decoded page: NFC, ``\\n`` line ends, invisibles removed."""
    # Lines that are all printable hold none of the characters below (they are all
    # controls, format characters or line/paragraph separators): on most pages that is
    # much cheaper than two searches tried at every character.
    if all(map(str.isprintable, text.split("\n"))):
        return text if text.isascii() or unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)
    # Searching first is much cheaper than substituting on clean pages (the usual case).
    if _LINE_BREAKS.search(text):
        text = _LINE_BREAKS.sub("\n", text.replace("\r\n", "\n"))
    if _INVISIBLE.search(text):
        text = _INVISIBLE.sub("", text)
    if not text.isascii() and not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return text


def normalize_page_lines(text: str) -> list[str]:
    """``normalize_page(text).split("\n")``, splitting a clean page (the usual case) once."""
    lines = text.split("\n")
    if not all(map(str.isprintable, lines)):  # the test normalize_page starts with
        # Non-breaking spaces are the usual reason (and are kept): with them read as spaces,
        # printable lines hold none of the characters normalize_page removes, and its two
        # searches, tried at every character of the page, are not needed.
        if "\u00a0" not in text or not all(map(str.isprintable, text.replace("\u00a0", " ").split("\n"))):
            return normalize_page(text).split("\n")
    if text.isascii() or unicodedata.is_normalized("NFC", text):
        return lines
    return unicodedata.normalize("NFC", text).split("\n")


def collapse(text: str) -> str:
    """Collapse whitespace runs (NBSP included) to one space and strip the ends."""
    if text.isascii() and "  " not in text and "\t" not in text:
        return text.strip()  # (ASCII: only runs of spaces and tabs are collapsed; none here)
    return _SPACES.sub(" ", text).strip()


def clean_line(text: str) -> str:
    """Like :func:`collapse`, also dropping invisible characters (for text from markup)."""
    return collapse(_INVISIBLE.sub("", text.replace("\n", " ")))
