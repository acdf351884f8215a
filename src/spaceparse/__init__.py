"""spaceparse: turn scraped news pages (HTML or plain text) into structured Articles.

>>> import spaceparse
>>> article = spaceparse.parse(page, url="https://payloadspace.com/...")
>>> article.headline, article.categories, article.image_credit
>>> site = spaceparse.load_profile("mysite.toml")       # a profile of your own (docs/own-site.md)
>>> article = spaceparse.parse(page, profile=site)
"""

from __future__ import annotations

from importlib.machinery import EXTENSION_SUFFIXES as _EXTENSION_SUFFIXES

from . import segment as _segment  # imported by .api already: costs nothing
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
from .profiles import Profile, ProfileError, Profiles, load_profile, load_profiles

__version__ = "0.1.0"

#: True when the parser's core is the mypyc-compiled build, made by a regular
#: ``pip install`` (same results, faster); False for the pure-Python build (editable
#: installs, ``SPACEPARSE_PURE_PYTHON=1`` at build time, or no C compiler then).
#: ``spaceparse --version`` says which; docs/build.md. A build compiles all of its
#: modules or none, so one module tells.
COMPILED: bool = _segment.__file__.endswith(tuple(_EXTENSION_SUFFIXES))

__all__ = [
    "COMPILED",
    "Article",
    "DecodeError",
    "InputTooLargeError",
    "InternalError",
    "NotAPageError",
    "Profile",
    "ProfileError",
    "Profiles",
    "RelatedStory",
    "SpaceparseError",
    "UsageError",
    "__version__",
    "load_profile",
    "load_profiles",
    "parse",
]
