"""Building real WARC/WET files for tests, by hand (WARC/1.1, one gzip member per record like Common Crawl)."""

from __future__ import annotations

import gzip
import uuid
from collections.abc import Iterable
from pathlib import Path

import attrs


@attrs.frozen
class Rec:
    type: str
    uri: str | None = None
    body: bytes = b""
    """The block: for a response, the HTTP head and payload (see :func:`http`)."""
    content_type: str = "application/http; msgtype=response"
    id: str = attrs.field(factory=lambda: f"<urn:uuid:{uuid.uuid4()}>")


def http(
    payload: bytes,
    *,
    status: str = "200 OK",
    ctype: str | None = "text/html; charset=utf-8",
    extra: Iterable[tuple[str, str]] = (),
) -> bytes:
    head = [f"HTTP/1.1 {status}"]
    if ctype:
        head.append(f"Content-Type: {ctype}")
    head += [f"{k}: {v}" for k, v in extra]
    return ("\r\n".join(head) + "\r\n\r\n").encode("latin-1") + payload


def response(uri: str, page: bytes, **kw: object) -> Rec:
    return Rec("response", uri, http(page, **kw))  # type: ignore[arg-type]


def conversion(uri: str, text: str) -> Rec:
    return Rec("conversion", uri, text.encode("utf-8"), content_type="text/plain")


def request(uri: str) -> Rec:
    return Rec(
        "request",
        uri,
        f"GET / HTTP/1.1\r\nHost: {uri}\r\n\r\n".encode(),
        content_type="application/http; msgtype=request",
    )


def warcinfo() -> Rec:
    return Rec("warcinfo", None, b"software: spaceparse-tests\r\n", content_type="application/warc-fields")


def record_bytes(r: Rec) -> bytes:
    head = ["WARC/1.1", f"WARC-Type: {r.type}", f"WARC-Record-ID: {r.id}", "WARC-Date: 2026-01-01T00:00:00Z"]
    if r.uri:
        head.append(f"WARC-Target-URI: {r.uri}")
    head += [f"Content-Type: {r.content_type}", f"Content-Length: {len(r.body)}"]
    return ("\r\n".join(head) + "\r\n\r\n").encode("utf-8") + r.body + b"\r\n\r\n"


def write_warc(path: Path, records: Iterable[Rec], *, gz: bool | None = None) -> Path:
    """Write records to ``path``; gzip (one member per record) when the name ends in .gz."""
    gz = path.name.endswith(".gz") if gz is None else gz
    with open(path, "wb") as fh:
        for r in records:
            data = record_bytes(r)
            fh.write(gzip.compress(data) if gz else data)
    return path
