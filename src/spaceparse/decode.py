"""bytes -> str: BOMs, declared charsets, detection, and refusal of non-pages.

Order of trust (documented in docs/encodings.md):
1. a byte-order mark;
2. valid UTF-8 (a page in a single-byte charset that also happens to be valid
   UTF-8 with non-ASCII bytes is vanishingly rare, so this beats a declaration);
3. a declared charset (``<meta charset>``, ``http-equiv``, XML declaration, or the
   caller's ``encoding=``), when the bytes decode under it;
4. mostly-UTF-8 pages with stray bytes: UTF-8, each bad byte read as Windows-1252
   (the usual "smart quotes pasted into a UTF-8 page" case);
5. a handful of non-ASCII bytes that read as Windows-1252 letters inside words or as its
   typographic marks: Windows-1252 (too little for a detector to judge);
6. detection with charset-normalizer when installed, else Windows-1252.
The result is always valid Unicode.
"""

from __future__ import annotations

import codecs
import re
import zlib

from .errors import InputTooLargeError, NotAPageError

__all__ = ["DEFAULT_MAX_BYTES", "decode"]

DEFAULT_MAX_BYTES = 64 * 1024 * 1024

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Magic numbers of formats that are certainly not pages.
_MAGIC = (
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"RIFF", "a RIFF (WebP/WAV/AVI) file"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"\x7fELF", "an ELF executable"),
    (b"MZ", "a Windows executable"),
    (b"\x00\x00\x00\x18ftyp", "an MP4/ISO media file"),
    (b"\x00\x00\x00\x1cftyp", "an MP4/ISO media file"),
    (b"\x00\x00\x00\x20ftyp", "an MP4/ISO media file"),
    (b"ID3", "an MP3 file"),
    (b"OggS", "an Ogg media file"),
    (b"\x1a\x45\xdf\xa3", "a Matroska/WebM file"),
    (b"wOFF", "a web font"),
    (b"wOF2", "a web font"),
    (b"SQLite format 3\x00", "an SQLite database"),
)

_DECLARED = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9._:\-]{1,40})"""
    rb"""|<\?xml[^>]{0,100}?encoding\s*=\s*["']([A-Za-z0-9._:\-]{1,40})""",
    re.IGNORECASE,
)


# Codecs Python knows that are not page charsets: they transform text (escapes,
# IDNA, UTF-7 — refused by browsers too) or always fail. A page declaring one of
# them lies; decoding under it could raise an untyped UnicodeError or produce lone
# surrogates, so the declaration is ignored.
_NOT_PAGE_CHARSETS = frozenset({"utf-7", "unicode-escape", "raw-unicode-escape", "idna", "punycode", "undefined"})
# Regex escapes, not literal surrogates in the source (which mypyc cannot compile).
_SURROGATE = re.compile(r"[\ud800-\udfff]")


def _page_codec(name: str) -> str | None:
    """The Python codec for a declared charset name, or ``None`` if it is not a page charset."""
    try:
        info = codecs.lookup(name)
    except (LookupError, ValueError):  # ValueError: a name with a NUL in it
        return None
    if not getattr(info, "_is_text_encoding", True) or info.name in _NOT_PAGE_CHARSETS:
        return None
    return info.name


def _scrub_surrogates(text: str) -> str:
    """Replace lone surrogates (from a ``str`` page or a lenient codec) with U+FFFD."""
    if text.isascii():
        return text
    try:  # a C-speed test; the regex over a wide string costs several times more
        text.encode("utf-8")
    except UnicodeEncodeError:
        return _SURROGATE.sub("\ufffd", text)
    return text


def _declared_charset(head: bytes) -> str | None:
    m = _DECLARED.search(head)
    if not m:
        return None
    name = (m.group(1) or m.group(2)).decode("ascii", "ignore")
    codec = _page_codec(name)
    if codec is None:
        return None
    # WHATWG: a declared Latin-1/ASCII means Windows-1252.
    if codec in ("latin-1", "iso8859-1", "ascii"):
        return "cp1252"
    if codec.startswith("utf-16") or codec.startswith("utf-32"):  # noqa: PIE810
        return None  # a UTF-16 declaration inside bytes that we could read as ASCII lies
    return codec


def _cp1252_fallback(err: UnicodeError) -> tuple[str, int]:
    assert isinstance(err, UnicodeDecodeError)
    bad = err.object[err.start : err.end]
    return bad.decode("cp1252", errors="replace"), err.end


codecs.register_error("spaceparse-cp1252", _cp1252_fallback)


# C0 controls that never appear in text pages (tab, LF, VT, FF, CR and ESC may).
_CONTROL_BYTES = bytes(b for b in range(32) if b < 9 or (13 < b < 32 and b != 27))


def _looks_binary(data: bytes) -> str | None:
    for magic, what in _MAGIC:
        if data.startswith(magic):
            return what
    sample = data[:8192]
    if not sample:
        return None
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    if controls / len(sample) > 0.10:
        return "binary data (too many control bytes for a text page)"
    return None


def _utf16_without_bom(sample: bytes) -> str | None:
    """ASCII-heavy UTF-16 has NULs in every other byte."""
    if len(sample) < 4:
        return None
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    half = len(sample) // 2
    if odd > 0.4 * half and even < 0.05 * half:
        return "utf-16-le"
    if even > 0.4 * half and odd < 0.05 * half:
        return "utf-16-be"
    return None


def _gunzip(data: bytes, max_bytes: int) -> bytes:
    d = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        out = d.decompress(data, max_bytes + 1)
    except zlib.error as e:
        raise NotAPageError(f"input is gzip-compressed but corrupt: {e}") from None
    if len(out) > max_bytes:
        raise InputTooLargeError(f"gzip-compressed input expands past the limit of {max_bytes} bytes")
    if not d.eof:  # the stream stopped before its end: a truncated download
        raise NotAPageError("input is gzip-compressed but truncated")
    return out


def decode(data: object, *, encoding: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """Turn a page's bytes into text, or raise a :class:`~spaceparse.SpaceparseError`.

    ``str`` input is returned unchanged (after the size check) but for lone
    surrogates, which become U+FFFD as they do from bytes. gzip-compressed bytes
    are transparently decompressed, bounded by ``max_bytes``. ``data`` is typed
    ``object`` because this is where it is checked: ``bytearray`` and ``memoryview``
    are pages too, anything else raises :class:`~spaceparse.NotAPageError`.
    """
    return decode_keeping_utf8(data, encoding=encoding, max_bytes=max_bytes)[0]


def decode_keeping_utf8(
    data: object, *, encoding: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> tuple[str, bytes | None]:
    """:func:`decode`, plus the input bytes when they were valid UTF-8 as they stand.

    The HTML front end hands those bytes to Lexbor, which would otherwise
    encode the text back to UTF-8 (a pass over the page saved).
    """
    text = _decode(data, encoding, max_bytes)
    if isinstance(text, tuple):  # strict UTF-8: valid Unicode, no surrogates possible
        return text
    # One exit for every other path: whatever the codec, the result is valid Unicode.
    return _scrub_surrogates(text), None


def _decode(page: object, encoding: str | None, max_bytes: int) -> str | tuple[str, bytes]:
    if isinstance(page, str):
        if len(page) > max_bytes:
            raise InputTooLargeError(f"input is {len(page)} characters, over the limit of {max_bytes}")
        return page
    if not isinstance(page, (bytes, bytearray, memoryview)):
        raise NotAPageError(f"expected str or bytes, got {type(page).__name__}")
    data = bytes(page)
    if len(data) > max_bytes:
        raise InputTooLargeError(f"input is {len(data)} bytes, over the limit of {max_bytes}")
    if data[:2] == b"\x1f\x8b":
        data = _gunzip(data, max_bytes)
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(codec, errors="replace")
    what = _looks_binary(data)
    if what:
        utf16 = _utf16_without_bom(data[:4096])
        if utf16:
            return data.decode(utf16, errors="replace")
        raise NotAPageError(f"input is not a text or HTML page: it looks like {what}")
    try:
        return data.decode("utf-8"), data
    except UnicodeDecodeError:
        pass
    declared = (_page_codec(encoding) if encoding else None) or _declared_charset(data[:4096])
    if declared and declared != "utf-8":
        try:
            return data.decode(declared)
        except UnicodeError:
            pass
    # Mostly UTF-8 with stray single-byte characters?
    multibyte = len(re.findall(rb"[\xc2-\xf4][\x80-\xbf]+", data[:65536]))
    stray = len(re.findall(rb"[\x80-\xff]", data[:65536]))
    if multibyte and multibyte * 2 >= stray / 2:
        return data.decode("utf-8", errors="spaceparse-cp1252")
    if _few_western_bytes(data[:65536]):
        return data.decode("cp1252", errors="replace")
    guess = _detect(data)
    codec = (_page_codec(guess) if guess else None) or "cp1252"
    return data.decode(codec, errors="replace")


# Windows-1252 punctuation a Western page types outside words: curly quotes, dashes,
# ellipsis, bullet, NBSP, signs.
_CP1252_MARKS = frozenset("‘’‚“”„–—…•·\u00a0©®°€£¥§¶×÷«»¡¿ªº¹²³´¨¸¯¬¦¤¢")
# Below this many non-ASCII bytes a detector has too little to go on (one "é" in a
# page got mac_latin2 from one charset-normalizer release and cp1252 from another).
_FEW_BYTES = 16


def _few_western_bytes(sample: bytes) -> bool:
    """A page with a handful of non-ASCII bytes, each a Windows-1252 letter inside a word
    or a Western typographic mark: the web's default legacy charset reads it, whatever a
    statistical detector would guess from so little."""
    high = [i for i, b in enumerate(sample) if b >= 0x80]
    if not high or len(high) > _FEW_BYTES:
        return False
    for i in high:
        ch = sample[i : i + 1].decode("cp1252", errors="replace")
        if ch in _CP1252_MARKS:
            continue
        if not ch.isalpha():
            return False
        before = sample[i - 1 : i] if i > 0 else b""
        after = sample[i + 1 : i + 2]
        if not (before.isalpha() or after.isalpha() or before[:1] >= b"\x80" or after[:1] >= b"\x80"):
            return False
    return True


def _detect(data: bytes) -> str | None:
    try:
        import charset_normalizer  # optional: better guesses for legacy charsets
    except ImportError:  # pragma: no cover - exercised without the extra
        return None
    best = charset_normalizer.from_bytes(data[:200_000]).best()
    return best.encoding if best else None
