"""spaceparse: turn scraped news pages (HTML or plain text) into structured Articles.

>>> import spaceparse
>>> article = spaceparse.parse(page, url="https://payloadspace.com/...")
>>> article.headline, article.categories, article.image_credit
"""

from __future__ import annotations

from .api import parse
from .errors import (
    DecodeError,
    InputTooLargeError,
    InternalError,
    NotAPageError,
    SpaceparseError,
    UsageError,
)
from .model import Article, RelatedStory

__version__ = "0.1.0"

__all__ = [
    "Article",
    "DecodeError",
    "InputTooLargeError",
    "InternalError",
    "NotAPageError",
    "RelatedStory",
    "SpaceparseError",
    "UsageError",
    "__version__",
    "parse",
]
