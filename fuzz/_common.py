"""Shared set-up for the atheris harnesses: corpus seeding and default libFuzzer flags.

Each harness runs with one command from the repository root::

    PYTHONPATH=src python fuzz/fuzz_parse.py            # runs until a crash or Ctrl-C
    PYTHONPATH=src python fuzz/fuzz_parse.py -max_total_time=900

With no corpus directory among the arguments, ``fuzz/corpus/<name>/`` is used
and seeded from ``fixtures/`` and ``tests/hostile/seeds/`` (kept out of git).
Crashes are written to ``fuzz/crashes/<name>/``; turn each into a regression test
named ``test_atheris_<name>_crash_<hash>`` in ``tests/hostile/test_regressions.py``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED_DIRS = (ROOT / "fixtures", ROOT / "tests" / "hostile" / "seeds")
SEED_SUFFIXES = (".txt", ".html", ".htm", ".bin")
MAX_SEED = 256 * 1024


def seed_corpus(name: str) -> Path:
    corpus = ROOT / "fuzz" / "corpus" / name
    corpus.mkdir(parents=True, exist_ok=True)
    for folder in SEED_DIRS:
        if not folder.is_dir():
            continue
        for p in sorted(folder.rglob("*")):
            if p.is_file() and p.suffix in SEED_SUFFIXES and p.stat().st_size <= MAX_SEED:
                target = corpus / ("seed-" + "-".join(p.relative_to(folder).parts))
                if not target.exists():
                    target.write_bytes(p.read_bytes())
    return corpus


def libfuzzer_argv(name: str) -> list[str]:
    """``sys.argv`` with a corpus directory and sane limits added unless given."""
    args = list(sys.argv)
    flags = [a for a in args[1:] if a.startswith("-")]
    dirs = [a for a in args[1:] if not a.startswith("-")]
    crashes = ROOT / "fuzz" / "crashes" / name
    crashes.mkdir(parents=True, exist_ok=True)
    defaults = {
        "-timeout": "20",  # seconds per input: a hang is a bug (parse must be linear)
        "-rss_limit_mb": "3072",
        "-max_len": "65536",
        "-artifact_prefix": str(crashes) + os.sep,
        "-print_final_stats": "1",
    }
    for key, value in defaults.items():
        if not any(f.startswith(key + "=") for f in flags):
            flags.append(f"{key}={value}")
    if not dirs:
        dirs = [str(seed_corpus(name))]
    return [args[0], *flags, *dirs]
