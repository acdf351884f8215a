"""The public entry point: :func:`parse`.

bytes/str -> decode -> front end (text | html) -> Document -> segment -> assemble -> Article
"""

from __future__ import annotations

import re
from typing import Literal

from .assemble import assemble
from .blocks import Document
from .decode import DEFAULT_MAX_BYTES, decode_keeping_utf8
from .errors import InternalError, SpaceparseError, UsageError
from .model import Article
from .profiles import choose_profile, profile_named
from .segment import segment

__all__ = ["parse", "parse_document", "sniff_kind"]

Kind = Literal["auto", "text", "html"]

# The comment group is atomic: with a plain ``<!--.*?-->`` a run of comments could be
# split into groups in exponentially many ways before the match fails.
_HTML_START = re.compile(
    r"\s*(?:(?><!--.*?-->)\s*)*<(?:!doctype\s*html|html|head|body|meta|title|link|\?xml)\b", re.IGNORECASE | re.DOTALL
)
_TAG = re.compile(
    r"</?(?:p|div|span|a|br|li|ul|h[1-6]|table|td|article|section|script|style|img|meta|link)\b[^>]{0,500}>",
    re.IGNORECASE,
)


def sniff_kind(text: str) -> Literal["text", "html"]:
    """``html`` when the page starts like markup or is dense with tags, else ``text``."""
    head = text[:4096]
    if _HTML_START.match(head[:2048]):
        return "html"
    tags = len(_TAG.findall(head))
    return "html" if tags >= 5 and tags * 40 > len(head.split("\n")) else "text"


def parse_document(doc: Document) -> Article:
    """Run the shared segmentation and assembly on an already blockified document."""
    profile = profile_named(doc.profile) if doc.profile else choose_profile(doc.url, doc.meta.url)
    return assemble(doc, segment(doc, profile), profile)


def parse(
    page: str | bytes,
    *,
    url: str | None = None,
    kind: Kind = "auto",
    encoding: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Article:
    """Parse a scraped page (HTML or plain text) into an :class:`Article`.

    :param page: the page, as ``str`` or ``bytes`` (decoded by BOM, declared
        charset, then detection).
    :param url: where the page came from; selects a site profile and makes
        links absolute.
    :param kind: ``"text"``, ``"html"``, or ``"auto"`` to sniff.
    :param encoding: charset to try when the bytes are not UTF-8.
    :param max_bytes: refuse larger input with :class:`InputTooLargeError`.
    :raises SpaceparseError: for input that is not a page (binary data), too
        large, or undecodable. Nothing else escapes.
    """
    if kind not in ("auto", "text", "html"):
        raise UsageError(f"kind must be 'auto', 'text' or 'html', not {kind!r}")
    if url is not None and not isinstance(url, str):
        raise UsageError(f"url must be a str, not {type(url).__name__}")
    if encoding is not None and not isinstance(encoding, str):
        raise UsageError(f"encoding must be a str or None, not {type(encoding).__name__}")
    if isinstance(max_bytes, bool) or not isinstance(max_bytes, int) or max_bytes < 0:
        raise UsageError(f"max_bytes must be a non-negative int, not {max_bytes!r}")
    try:
        text, utf8 = decode_keeping_utf8(page, encoding=encoding, max_bytes=max_bytes)
        if kind == "auto":
            kind = sniff_kind(text)
        if kind == "html":
            from .frontends import html

            doc = html.blockify(text, url=url, utf8=utf8)
        else:
            from .frontends import text as text_frontend

            doc = text_frontend.blockify(text, url=url)
        return parse_document(doc)
    except SpaceparseError:
        raise
    except RecursionError:
        raise InternalError("page is nested too deeply to parse") from None
    except MemoryError:
        raise InternalError("page needs more memory than is available to parse") from None
    except Exception as e:
        raise InternalError(f"internal error while parsing ({type(e).__name__}: {e}); please report it") from e
