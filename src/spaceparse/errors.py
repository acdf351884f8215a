"""The one exception family that :func:`spaceparse.parse` may raise.

Every error says what was wrong with the input, so that a batch can log it and
go on. Nothing but a :class:`SpaceparseError` (or a subclass) escapes ``parse``.
"""

from __future__ import annotations

__all__ = [
    "DecodeError",
    "InputTooLargeError",
    "InternalError",
    "NotAPageError",
    "SpaceparseError",
    "UsageError",
]


class SpaceparseError(Exception):
    """Base class of every error spaceparse raises on purpose."""


class NotAPageError(SpaceparseError):
    """The input is not a text or HTML page (a PDF, an image, an archive, random bytes)."""


class InputTooLargeError(SpaceparseError):
    """The input is larger than the configured ``max_bytes`` limit."""


class DecodeError(SpaceparseError):
    """The input bytes could not be turned into text at all."""


class UsageError(SpaceparseError, ValueError):
    """``parse`` was called with arguments it does not accept (e.g. an unknown ``kind``)."""


class InternalError(SpaceparseError):
    """A bug in spaceparse met this page. The message names the original error; please report it.

    Fuzz and property tests assert this is never raised.
    """
