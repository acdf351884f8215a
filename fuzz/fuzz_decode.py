"""Coverage-guided fuzzing of the charset decoder (``spaceparse.decode.decode``).

    PYTHONPATH=src python fuzz/fuzz_decode.py [-max_total_time=SECONDS] [libFuzzer flags]

The decoder must return valid Unicode (encodable as UTF-8: no lone surrogates)
or raise a documented :class:`spaceparse.SpaceparseError`; the first byte picks
a caller-declared ``encoding`` (or none) and a small ``max_bytes`` now and then.
"""

from __future__ import annotations

import sys

import atheris
from _common import libfuzzer_argv

with atheris.instrument_imports():
    from spaceparse import InternalError, SpaceparseError
    from spaceparse.decode import decode

ENCODINGS = (None, "utf-8", "cp1252", "latin-1", "shift_jis", "utf-16", "koi8-r", "gb18030", "no-such-charset", "big5")


def test_one(data: bytes) -> None:
    if not data:
        return
    selector, page = data[0], data[1:]
    encoding = ENCODINGS[selector % len(ENCODINGS)]
    max_bytes = 64 if selector & 0x80 else 1 << 26
    try:
        text = decode(page, encoding=encoding, max_bytes=max_bytes)
    except InternalError:
        raise
    except SpaceparseError:
        return
    assert isinstance(text, str)
    text.encode("utf-8")  # raises on lone surrogates: the result must be valid Unicode


def main() -> None:
    atheris.Setup(libfuzzer_argv("decode"), test_one)
    atheris.Fuzz()


if __name__ == "__main__":
    sys.exit(main())
