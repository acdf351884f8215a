"""The public entry point: :func:`parse`.

bytes/str -> decode -> front end (text | html) -> Document -> segment -> assemble -> Article
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Literal

from .assemble import assemble
from .blocks import Document
from .decode import DEFAULT_MAX_BYTES, decode_keeping_utf8
from .errors import InternalError, SpaceparseError, UsageError
from .model import Article
from .profiles import Profile, Profiles, choose_profile
from .segment import segment

__all__ = ["document_profile", "parse", "parse_document", "read_document", "sniff_kind"]

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


def document_profile(doc: Document, profiles: Profiles | None = None) -> Profile:
    """The profile the rules use for ``doc``: the one its front end chose, else
    :func:`~spaceparse.profiles.choose_profile` (text pages carry no canonical URL of their own)."""
    return doc.profile if doc.profile is not None else choose_profile(doc.url, doc.meta.url, profiles)


def parse_document(doc: Document, profiles: Profiles | None = None) -> Article:
    """Run the shared segmentation and assembly on an already blockified document."""
    profile = document_profile(doc, profiles)
    return assemble(doc, segment(doc, profile), profile)


def _check_args(url: object, kind: object, encoding: object, max_bytes: object) -> None:
    if kind not in ("auto", "text", "html"):
        raise UsageError(f"kind must be 'auto', 'text' or 'html', not {kind!r}")
    if url is not None and not isinstance(url, str):
        raise UsageError(f"url must be a str, not {type(url).__name__}")
    if encoding is not None and not isinstance(encoding, str):
        raise UsageError(f"encoding must be a str or None, not {type(encoding).__name__}")
    if isinstance(max_bytes, bool) or not isinstance(max_bytes, int) or max_bytes < 0:
        raise UsageError(f"max_bytes must be a non-negative int, not {max_bytes!r}")


def _registry(profile: Profile | None, profiles: Iterable[Profile] | Profiles | None) -> Profiles | None:
    try:
        return Profiles.of(profile, profiles)
    except TypeError as e:
        raise UsageError(str(e)) from None


def _blockify(
    page: str | bytes, *, url: str | None, kind: Kind, encoding: str | None, max_bytes: int, registry: Profiles | None
) -> Document:
    text, utf8 = decode_keeping_utf8(page, encoding=encoding, max_bytes=max_bytes)
    if kind == "auto":
        kind = sniff_kind(text)
    if kind == "html":
        from .frontends import html

        return html.blockify(text, url=url, utf8=utf8, profiles=registry)
    from .frontends import text as text_frontend

    return text_frontend.blockify(text, url=url)


def _internal(e: BaseException) -> InternalError:
    """What an unexpected failure while parsing is reported as."""
    if isinstance(e, RecursionError):
        return InternalError("page is nested too deeply to parse")
    if isinstance(e, MemoryError):
        return InternalError("page needs more memory than is available to parse")
    return InternalError(f"internal error while parsing ({type(e).__name__}: {e}); please report it")


def read_document(
    page: str | bytes,
    *,
    url: str | None = None,
    kind: Kind = "auto",
    encoding: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    profile: Profile | None = None,
    profiles: Iterable[Profile] | Profiles | None = None,
) -> tuple[Document, Profile]:
    """Decode ``page`` and turn it into blocks, as :func:`parse` does, without the rules:
    the :class:`~spaceparse.blocks.Document` and the profile chosen for it (for tools
    such as :mod:`spaceparse.explain` and :mod:`spaceparse.learn`). Same arguments and
    errors as :func:`parse`."""
    _check_args(url, kind, encoding, max_bytes)
    registry = _registry(profile, profiles)
    try:
        doc = _blockify(page, url=url, kind=kind, encoding=encoding, max_bytes=max_bytes, registry=registry)
        return doc, document_profile(doc, registry)
    except SpaceparseError:
        raise
    except (RecursionError, MemoryError) as e:
        raise _internal(e) from None
    except Exception as e:
        raise _internal(e) from e


def parse(
    page: str | bytes,
    *,
    url: str | None = None,
    kind: Kind = "auto",
    encoding: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    profile: Profile | None = None,
    profiles: Iterable[Profile] | Profiles | None = None,
) -> Article:
    """Parse a scraped page (HTML or plain text) into an :class:`Article`.

    :param page: the page, as ``str`` or ``bytes`` (decoded by BOM, declared
        charset, then detection).
    :param url: where the page came from; selects a site profile and makes
        links absolute.
    :param kind: ``"text"``, ``"html"``, or ``"auto"`` to sniff.
    :param encoding: charset to try when the bytes are not UTF-8.
    :param max_bytes: refuse larger input with :class:`InputTooLargeError`.
    :param profile: a profile (:func:`spaceparse.load_profile`) to use for this page
        whatever its URL, or lack of one.
    :param profiles: user profiles to choose from by the page's host (a sequence, or a
        :class:`~spaceparse.profiles.Profiles`), before the bundled ones.
    :raises SpaceparseError: for input that is not a page (binary data), too
        large, or undecodable. Nothing else escapes.
    """
    _check_args(url, kind, encoding, max_bytes)
    registry = _registry(profile, profiles) if profile is not None or profiles is not None else None
    try:
        return parse_document(
            _blockify(page, url=url, kind=kind, encoding=encoding, max_bytes=max_bytes, registry=registry), registry
        )
    except SpaceparseError:
        raise
    except (RecursionError, MemoryError) as e:
        raise _internal(e) from None
    except Exception as e:
        raise _internal(e) from e
