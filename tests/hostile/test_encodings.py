"""Encodings: whatever the bytes, the result is valid Unicode; docs/encodings.md says what happens when."""

from __future__ import annotations

import codecs

import pytest

import spaceparse
from spaceparse.decode import decode

TEXT = "Café “smart” — naïve 日本"
PAGE = "Café “smart” quotes — a naïve test of the lander, said the agency on Tuesday in Paris.\n" * 3


def _valid(text: str) -> str:
    text.encode("utf-8")  # raises on lone surrogates
    return text


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (codecs.BOM_UTF8 + TEXT.encode(), TEXT),
        (codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), TEXT),
        (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), TEXT),
        (codecs.BOM_UTF32_LE + TEXT.encode("utf-32-le"), TEXT),
        # A BOM beats a declaration that says otherwise.
        (codecs.BOM_UTF8 + b'<meta charset="windows-1252">' + TEXT.encode(), '<meta charset="windows-1252">' + TEXT),
    ],
)
def test_byte_order_marks(data: bytes, expected: str) -> None:
    assert decode(data) == expected


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom(codec: str) -> None:
    text = "Hello world, this is a page about a launch. " * 5
    assert decode(text.encode(codec)) == text


def test_meta_charset_that_lies_about_utf8_bytes() -> None:
    # Valid UTF-8 wins over a declaration: legacy bytes are almost never valid UTF-8.
    data = b'<meta charset="shift_jis">' + TEXT.encode()
    assert decode(data) == '<meta charset="shift_jis">' + TEXT


def test_windows_1252_quotes_in_a_page_declared_utf8() -> None:
    data = b'<meta charset="utf-8"><p>He said \x93hello\x94 \x97 ok</p>'
    assert decode(data) == '<meta charset="utf-8"><p>He said “hello” — ok</p>'


def test_latin1_declaration_means_windows_1252() -> None:
    assert decode(b"<meta charset=iso-8859-1><p>\x93hi\x94 caf\xe9</p>") == "<meta charset=iso-8859-1><p>“hi” café</p>"


def test_mixed_utf8_and_windows_1252() -> None:
    data = "Café naïve résumé déjà ".encode() + b"\x93quoted\x94 caf\xe9"
    assert decode(data) == "Café naïve résumé déjà “quoted” café"


def test_declared_legacy_charset() -> None:
    assert decode(b"<meta charset=koi8-r>" + "Привет".encode("koi8-r")) == "<meta charset=koi8-r>Привет"
    xml = b'<?xml version="1.0" encoding="windows-1251"?>' + "Привет".encode("cp1251")
    assert decode(xml).endswith("Привет")


def test_caller_encoding_is_used_when_bytes_are_not_utf8() -> None:
    assert decode("Привет мир".encode("cp1251"), encoding="cp1251") == "Привет мир"
    # An unknown or non-text caller charset is ignored, not fatal: the page still decodes.
    assert _valid(decode("Привет мир".encode("cp1251"), encoding="no-such-charset"))
    assert _valid(decode(b"caf\xe9", encoding="base64"))


def test_mojibake_is_kept_as_is() -> None:
    mojibake = TEXT.encode().decode("cp1252", "replace")
    assert decode(mojibake.encode()) == mojibake  # valid UTF-8 of what the site shows: not "repaired"


@pytest.mark.parametrize(
    "data",
    [
        b"abc \xff\xfe\xfd def \x81\x8d",
        b"\xc3\x28 \xa0\xa1 \xe2\x28\xa1 \xf0\x28\x8c\xbc",
        b"\xed\xa0\x80 surrogate in UTF-8",
        b"<meta charset=utf-7>+2AA- \xff",
        b"<meta charset=unicode_escape>\\ud800 \xff",
        b"<meta charset=raw_unicode_escape>\\ud800 \xff",
        b"<meta charset=idna>" + b"a" * 70 + b".\xff",
        b"<meta charset=undefined>\xff",
        b"<meta charset=punycode>\xff-",
        b"<meta charset=base64>\xff",
        b"<meta charset=utf-16>hello \xe9",
        b"<meta charset=\x00>\xff",
    ],
)
def test_undecodable_and_lying_bytes_give_valid_unicode(data: bytes) -> None:
    text = _valid(decode(data))
    assert "\ud800" not in text
    art = spaceparse.parse(data, kind="text")
    for s in (art.headline or "", *art.body):
        _valid(s)


def test_lone_surrogates_in_str_become_replacement_characters() -> None:
    assert decode("a\ud800b\udfffc") == "a\ufffdb\ufffdc"
    art = spaceparse.parse("Hello \ud800 " + PAGE, kind="text")
    assert "\ufffd" in art.text
    art.text.encode("utf-8")


def test_encoding_in_parse_reaches_the_decoder() -> None:
    data = ("Привет мир, это тестовая страница о запуске ракеты на орбиту Земли сегодня. " * 4).encode("cp1251")
    art = spaceparse.parse(data, kind="text", encoding="windows-1251")
    assert art.body and art.body[0].startswith("Привет мир")


@pytest.mark.parametrize("guess", ["mac_latin2", "cp1250", "iso8859_7", None])
def test_a_few_western_bytes_do_not_depend_on_the_detector(monkeypatch: pytest.MonkeyPatch, guess: str | None) -> None:
    # One "é" in a page that claims UTF-8: charset-normalizer 3.4.7 guessed mac_latin2, other
    # releases cp1252. A handful of bytes that read as Windows-1252 letters inside words (or
    # its curly quotes and dashes) is Windows-1252, whatever the detector says.
    from spaceparse import decode as decode_mod

    monkeypatch.setattr(decode_mod, "_detect", lambda data: guess)
    assert (
        decode(b"<meta charset='utf-8'><p>The caf\xe9 opened.</p>") == "<meta charset='utf-8'><p>The café opened.</p>"
    )
    assert decode(b"<p>He said \x93hello\x94 \x97 ok</p>") == "<p>He said “hello” — ok</p>"


def test_many_non_western_bytes_still_go_to_the_detector(monkeypatch: pytest.MonkeyPatch) -> None:
    from spaceparse import decode as decode_mod

    text = "Příliš žluťoučký kůň úpěl ďábelské ódy. " * 3
    monkeypatch.setattr(decode_mod, "_detect", lambda data: "cp1250")
    assert decode(text.encode("cp1250")) == text
