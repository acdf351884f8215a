"""parse returns an Article or raises a documented SpaceparseError with a message naming the problem."""

from __future__ import annotations

import gzip
import zlib

import pytest

import spaceparse
from spaceparse import (
    Article,
    InputTooLargeError,
    NotAPageError,
    SpaceparseError,
    UsageError,
    api,
)

from .conftest import KINDS

PROSE = "The agency said on Tuesday that the lander would fly next year after a long series of tests on the ground.\n"


@pytest.mark.parametrize(
    ("kwargs", "error", "message"),
    [
        ({"kind": "xml"}, UsageError, "kind must be 'auto', 'text' or 'html', not 'xml'"),
        ({"url": 5}, UsageError, "url must be a str, not int"),
        ({"encoding": 5}, UsageError, "encoding must be a str or None, not int"),
        ({"max_bytes": "x"}, UsageError, "max_bytes must be a non-negative int, not 'x'"),
        ({"max_bytes": -1}, UsageError, "max_bytes must be a non-negative int, not -1"),
        ({"max_bytes": True}, UsageError, "max_bytes must be a non-negative int, not True"),
        ({"max_bytes": 10}, InputTooLargeError, f"input is {len(PROSE.encode())} bytes, over the limit of 10"),
    ],
)
def test_bad_arguments_and_limits_have_precise_messages(kwargs: dict[str, object], error: type, message: str) -> None:
    with pytest.raises(error) as info:
        spaceparse.parse(PROSE.encode(), **kwargs)  # type: ignore[arg-type]
    assert str(info.value) == message
    assert type(info.value) is error


def test_str_over_the_limit() -> None:
    with pytest.raises(InputTooLargeError) as info:
        spaceparse.parse("x" * 11, max_bytes=10)
    assert str(info.value) == "input is 11 characters, over the limit of 10"


def test_limit_is_inclusive() -> None:
    assert isinstance(spaceparse.parse("x" * 10, max_bytes=10), Article)


@pytest.mark.parametrize(
    ("page", "what"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "a PDF document"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "a PNG image"),
        (b"GIF89a\x01\x00\x01\x00", "a GIF image"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "a JPEG image"),
        (b"PK\x03\x04\x14\x00\x00\x00", "a ZIP archive (or an Office document)"),
        (b"\x7fELF\x02\x01\x01", "an ELF executable"),
        (b"SQLite format 3\x00\x10\x00", "an SQLite database"),
        (bytes(range(256)) * 8, "binary data (too many control bytes for a text page)"),
        (b"\x00" * 1000, "binary data (too many control bytes for a text page)"),
    ],
)
def test_not_a_page(page: bytes, what: str) -> None:
    with pytest.raises(NotAPageError) as info:
        spaceparse.parse(page)
    assert str(info.value) == f"input is not a text or HTML page: it looks like {what}"


def test_not_bytes_or_str() -> None:
    with pytest.raises(NotAPageError) as info:
        spaceparse.parse(None)  # type: ignore[arg-type]
    assert str(info.value) == "expected str or bytes, got NoneType"


def test_gzip_bomb_is_bounded() -> None:
    bomb = gzip.compress(b" " * 5_000_000)
    assert len(bomb) < 10_000
    with pytest.raises(InputTooLargeError) as info:
        spaceparse.parse(bomb, max_bytes=1_000_000)
    assert str(info.value) == "gzip-compressed input expands past the limit of 1000000 bytes"


def test_truncated_gzip_is_named() -> None:
    data = gzip.compress(PROSE.encode() * 50)
    with pytest.raises(NotAPageError) as info:
        spaceparse.parse(data[: len(data) // 2])
    assert str(info.value) == "input is gzip-compressed but truncated"


def test_corrupt_gzip_is_named() -> None:
    data = b"\x1f\x8b\x08\x00" + b"\xff" * 40
    with pytest.raises(NotAPageError) as info:
        spaceparse.parse(data)
    assert str(info.value).startswith("input is gzip-compressed but corrupt: Error -3 while decompressing data")


def test_gzip_page_is_read() -> None:
    art = spaceparse.parse(gzip.compress(PROSE.encode() * 3), kind="text")
    assert art.body


def test_memoryview_and_bytearray_are_pages() -> None:
    data = (PROSE * 3).encode()
    assert spaceparse.parse(bytearray(data)) == spaceparse.parse(memoryview(data)) == spaceparse.parse(data)


@pytest.mark.parametrize(
    "page",
    [
        b"",
        "",
        " ",
        "\n" * 10,
        "\x00",
        "\ufeff",
        "\u200b" * 100,
        "a",
        ".",
        "<",
        "<html",
        "<!--",
        "]]>",
        "&#0;",
        "\ud800",
        "x\udfffy",
        "\U0010ffff",
        "\u202e" * 50,
        "\r" * 1000,
        "\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029",
        b"\xef\xbb\xbf",
        b"\xff\xfe",
        b"\xfe\xff",
        b"\xff\xfe\x00\x00",
        b"\x1f\x8b",
    ],
)
def test_tiny_and_degenerate_pages_give_an_article(page: str | bytes) -> None:
    for kind in KINDS:
        try:
            art = spaceparse.parse(page, kind=kind)  # type: ignore[arg-type]
        except SpaceparseError as e:
            assert not isinstance(e, spaceparse.InternalError), e
            continue
        for text in (art.headline or "", *art.body):
            text.encode("utf-8")  # valid Unicode: no lone surrogates


def test_internal_error_wraps_bugs(monkeypatch: pytest.MonkeyPatch) -> None:
    """The last line of defence works (and names the original error); tests elsewhere assert it is never hit."""

    def boom(*args: object, **kwargs: object) -> object:
        raise KeyError("oops")

    monkeypatch.setattr(api, "segment", boom)
    with pytest.raises(spaceparse.InternalError) as info:
        spaceparse.parse(PROSE, kind="text")
    assert str(info.value) == "internal error while parsing (KeyError: 'oops'); please report it"


def test_zlib_error_type_is_not_leaked() -> None:
    with pytest.raises(SpaceparseError):
        spaceparse.parse(b"\x1f\x8b" + b"\x00" * 3)
    assert issubclass(NotAPageError, SpaceparseError) and not issubclass(zlib.error, SpaceparseError)
