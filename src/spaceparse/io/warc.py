"""WARC and WET files (gzip or not) as Sources, the way Common Crawl lays them out.

* ``response`` records: HTTP 200 with an HTML Content-Type become an HTML page
  (charset from the HTTP header); other statuses and types are skipped with a
  counted reason (``HTTP status 404``, ``not HTML (application/pdf)``).
* ``conversion`` records (WET files): the extracted text becomes a text page.
* ``resource`` records: HTML or plain text by their Content-Type.
* ``warcinfo``, ``request``, ``metadata``, ``revisit`` records are skipped
  (``WARC request record``): they are not pages.
* The page URL is ``WARC-Target-URI``, the record id is ``WARC-Record-ID``.
* A record cut short (a truncated download) is a failure, never a silently
  shorter page; the file is not read past it.

The reader is FastWARC when installed (it read records ~1.8x faster than warcio in
``benchmarks/bench_batch.py``; see docs/scale.md), else warcio; install
either with ``pip install 'spaceparse[warc]'``. ``SPACEPARSE_WARC_READER=warcio``
forces one.
"""

from __future__ import annotations

import gzip
import os
import zlib
from collections.abc import Callable, Iterator
from typing import IO

import attrs

from .inputs import Source

__all__ = ["READERS", "available_readers", "iter_warc", "pick_reader"]

_HTML_TYPES = ("text/html", "application/xhtml+xml")
_TEXT_TYPES = ("text/plain",)
MAX_RECORD_BYTES = 64 * 1024 * 1024


@attrs.frozen(slots=True)
class _Record:
    """What we need of one WARC record, whichever library read it."""

    rtype: str
    record_id: str | None
    target_uri: str | None
    content_type: str | None
    """WARC Content-Type (for resource/conversion records)."""
    status: int | None = None
    """HTTP status (response records); ``None`` when the HTTP head is missing."""
    http_type: str | None = None
    http_charset: str | None = None
    body: bytes = b""
    truncated: bool = False
    identified_type: str | None = None
    transfer_encoding: str | None = None
    """HTTP encodings still to undo (FastWARC hands the body over as stored)."""
    content_encoding: str | None = None


def _mime(value: str | None) -> tuple[str | None, str | None]:
    """``text/html; charset=UTF-8`` -> (``text/html``, ``UTF-8``)."""
    if not value:
        return None, None
    parts = [p.strip() for p in value.split(";")]
    charset = None
    for p in parts[1:]:
        k, _, v = p.partition("=")
        if k.strip().lower() == "charset" and v.strip():
            charset = v.strip().strip("\"'")
    return parts[0].lower() or None, charset


def _dechunk(data: bytes) -> bytes:
    out = bytearray()
    pos = 0
    while pos < len(data):
        end = data.find(b"\r\n", pos)
        if end < 0:
            break
        try:
            size = int(data[pos:end].split(b";")[0], 16)
        except ValueError:
            return data  # not really chunked; keep the bytes as they are
        if size == 0:
            break
        out += data[end + 2 : end + 2 + size]
        pos = end + 2 + size + 2
    return bytes(out)


def _decode_http_body(body: bytes, transfer: str | None, content: str | None) -> bytes:
    """Undo Transfer-Encoding: chunked and Content-Encoding: gzip/deflate (Common Crawl stores bodies decoded)."""
    if transfer and "chunked" in transfer.lower():
        body = _dechunk(body)
    enc = (content or "").strip().lower()
    if enc in ("gzip", "x-gzip"):
        return gzip.decompress(body)
    if enc == "deflate":
        try:
            return zlib.decompress(body)
        except zlib.error:
            return zlib.decompress(body, -zlib.MAX_WBITS)
    if enc not in ("", "identity"):
        raise ValueError(f"unsupported Content-Encoding {enc!r}")
    return body


# --- the two readers ---------------------------------------------------------------------------


def _read_fastwarc(stream: IO[bytes]) -> Iterator[_Record]:
    from fastwarc.warc import ArchiveIterator

    for rec in ArchiveIterator(stream, parse_http=True, auto_decode="none"):
        rtype = str(rec.record_type)  # "response", "conversion", ...
        h = rec.headers
        common = _Record(
            rtype=rtype,
            record_id=rec.record_id or None,
            target_uri=h.get("WARC-Target-URI"),
            content_type=h.get("Content-Type"),
            identified_type=h.get("WARC-Identified-Payload-Type"),
        )
        if rtype not in ("response", "resource", "conversion"):
            yield common
            continue
        want = rec.content_length
        body = rec.reader.read(min(want, MAX_RECORD_BYTES + 1)) if want else b""
        truncated = len(body) < min(want, MAX_RECORD_BYTES + 1)
        http = rec.http_headers if rtype == "response" else None
        if http is None:
            yield attrs.evolve(common, body=body, truncated=truncated)
            continue
        yield attrs.evolve(
            common,
            status=http.status_code,
            http_type=http.get("Content-Type"),
            body=body,
            truncated=truncated,
            transfer_encoding=http.get("Transfer-Encoding"),
            content_encoding=http.get("Content-Encoding"),
        )


def _read_warcio(stream: IO[bytes]) -> Iterator[_Record]:
    from warcio.archiveiterator import ArchiveIterator  # type: ignore[import-untyped]

    for rec in ArchiveIterator(stream):
        h = rec.rec_headers
        common = _Record(
            rtype=rec.rec_type or "unknown",
            record_id=h.get_header("WARC-Record-ID"),
            target_uri=h.get_header("WARC-Target-URI"),
            content_type=h.get_header("Content-Type"),
            identified_type=h.get_header("WARC-Identified-Payload-Type"),
        )
        if rec.rec_type not in ("response", "resource", "conversion"):
            yield common
            continue
        body = rec.content_stream().read(MAX_RECORD_BYTES + 1)
        truncated = rec.raw_stream.limit > 0 and len(body) <= MAX_RECORD_BYTES
        http = rec.http_headers if rec.rec_type == "response" else None
        if http is None or not http.protocol.upper().startswith("HTTP/"):
            yield attrs.evolve(common, body=body, truncated=truncated or rec.rec_type == "response")
            continue
        status = http.get_statuscode()
        yield attrs.evolve(
            common,
            status=int(status) if status and status.isdigit() else None,
            http_type=http.get_header("Content-Type"),
            body=body,
            truncated=truncated,
        )


READERS: dict[str, Callable[[IO[bytes]], Iterator[_Record]]] = {"fastwarc": _read_fastwarc, "warcio": _read_warcio}


def available_readers() -> list[str]:
    """The installed WARC readers, best first."""
    found = []
    for name, module in (("fastwarc", "fastwarc.warc"), ("warcio", "warcio.archiveiterator")):
        try:
            __import__(module)
        except ImportError:
            continue
        found.append(name)
    return found


def pick_reader() -> str | None:
    """The reader to use: ``$SPACEPARSE_WARC_READER`` if set and installed, else the best installed."""
    have = available_readers()
    wanted = os.environ.get("SPACEPARSE_WARC_READER")
    if wanted in have:
        return wanted
    return have[0] if have else None


# --- records -> Sources ------------------------------------------------------------------------


def _to_source(rec: _Record, *, name: str, unit: str) -> Source:
    base = Source(name=name, unit=unit, record=rec.record_id, url=rec.target_uri)
    if rec.rtype not in ("response", "resource", "conversion"):
        return attrs.evolve(base, skip=f"WARC {rec.rtype} record")
    if rec.truncated:
        return attrs.evolve(base, error="WARC record is truncated (the file ends inside it)")
    if len(rec.body) > MAX_RECORD_BYTES:
        return attrs.evolve(base, error=f"record is larger than {MAX_RECORD_BYTES} bytes")
    if rec.rtype == "response":
        if rec.status != 200:
            return attrs.evolve(base, skip=f"HTTP status {rec.status}")
        mime, charset = _mime(rec.http_type)
        mime = mime or _mime(rec.identified_type)[0]
        if mime is not None and mime not in _HTML_TYPES:
            return attrs.evolve(base, skip=f"not HTML ({mime})")
        try:
            body = _decode_http_body(rec.body, rec.transfer_encoding, rec.content_encoding)
        except (OSError, EOFError, ValueError, zlib.error) as e:
            return attrs.evolve(base, error=f"cannot decode the HTTP body: {e}")
        return attrs.evolve(base, data=body, kind="html" if mime else "auto", encoding=charset)
    mime, charset = _mime(rec.content_type)
    if rec.rtype == "conversion" or mime in _TEXT_TYPES:
        kind = "text"
    elif mime in _HTML_TYPES:
        kind = "html"
    else:
        return attrs.evolve(base, skip=f"not HTML or text ({mime})")
    return attrs.evolve(base, data=rec.body, kind=kind, encoding=charset)


def iter_warc(stream: IO[bytes], *, name: str, unit: str = "", reader: str | None = None) -> Iterator[Source]:
    """One Source per WARC record of ``stream`` (gzip or not), in file order."""
    reader = reader or pick_reader()
    if reader is None:
        yield Source(
            name=name, unit=unit, error="reading WARC files needs FastWARC or warcio: pip install 'spaceparse[warc]'"
        )
        return
    n = 0
    last: str | None = None
    try:
        for rec in READERS[reader](stream):
            n += 1
            last = rec.record_id
            src = _to_source(rec, name=name, unit=unit)
            yield src
            if rec.truncated:
                return
    except (KeyboardInterrupt, SystemExit, GeneratorExit):
        raise
    except BaseException as e:  # noqa: BLE001 - any reader failure (even a Rust panic) is reported against the file
        where = f"after record {last}" if last else "at its start"
        yield Source(
            name=name, unit=unit, record=f"#{n + 1}", error=f"cannot read WARC file {where}: {type(e).__name__}: {e}"
        )
        return
    if n == 0:
        yield Source(name=name, unit=unit, skip="WARC file has no records")
