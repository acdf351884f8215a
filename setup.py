"""Build script: compile the pure core with mypyc when possible, else install it as pure Python.

Everything else about the package is in pyproject.toml. What is compiled, why, and
how to check or avoid it: docs/build.md.

- A regular wheel or install (``pip install .``) compiles ``COMPILED_MODULES``.
- An editable install (``pip install -e .``) stays pure Python, so edits take effect.
- ``SPACEPARSE_PURE_PYTHON=1`` at build time forces the pure build.
- If mypyc or the C compiler fails, the build warns and falls back to pure Python,
  removing every extension module it had built: the compiled modules share one
  support library, so a partly compiled package would not import.
"""

from __future__ import annotations

import os
import sys
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext

# Module files under src/ to compile: the text parser's hot path and the HTML front end.
# The rest (API, CLI, I/O, model, profiles, contrib) is glue whose time is not in Python code.
COMPILED_MODULES = [
    "spaceparse/_prefilter.py",
    "spaceparse/assemble.py",
    "spaceparse/blocks.py",
    "spaceparse/content.py",
    "spaceparse/decode.py",
    "spaceparse/frontends/_html_bounds.py",
    "spaceparse/frontends/_html_content.py",
    "spaceparse/frontends/_html_dom.py",
    "spaceparse/frontends/_html_meta.py",
    "spaceparse/frontends/_html_structure.py",
    "spaceparse/frontends/html.py",
    "spaceparse/frontends/text.py",
    "spaceparse/normalize.py",
    "spaceparse/recognisers/__init__.py",
    "spaceparse/recognisers/bylines.py",
    "spaceparse/recognisers/credits.py",
    "spaceparse/recognisers/dates.py",
    "spaceparse/recognisers/furniture.py",
    "spaceparse/recognisers/labels.py",
    "spaceparse/recognisers/prose.py",
    "spaceparse/recognisers/sites.py",
    "spaceparse/recognisers/urls.py",
    "spaceparse/rules/__init__.py",
    "spaceparse/rules/body.py",
    "spaceparse/rules/boilerplate.py",
    "spaceparse/rules/byline.py",
    "spaceparse/rules/categories.py",
    "spaceparse/rules/credit.py",
    "spaceparse/rules/dek.py",
    "spaceparse/rules/headline.py",
    "spaceparse/rules/related.py",
    "spaceparse/rules/zone.py",
    "spaceparse/segment.py",
    "spaceparse/segmentation.py",
]

PURE_ENV = "SPACEPARSE_PURE_PYTHON"
_PLACEHOLDER = "spaceparse.__mypyc_placeholder__"
HERE = Path(__file__).resolve().parent


def _warn(message: str) -> None:
    # pip shows a build's output only with -v, or when the build fails: stderr is the most
    # a successful build can do, and a user can check the result with `spaceparse --version`.
    print(f"spaceparse: WARNING: {message}", file=sys.stderr, flush=True)


def _fall_back(e: BaseException) -> None:
    _warn(
        f"could not compile spaceparse with mypyc ({type(e).__name__}: {str(e)[:300]});"
        f" installing the pure-Python build, which gives the same results more slowly."
        f" Set {PURE_ENV}=1 to skip the attempt."
    )


class MypycBuildExt(build_ext):
    """build_ext that runs mypyc first, and builds nothing (pure Python) if anything fails."""

    def finalize_options(self) -> None:
        # mypyc writes the C sources here, when build_ext is finalized (setuptools prepares each
        # extension then), not when setup.py is read: an editable install or an sdist never pays
        # for it, and its failures fall back like the compiler's.
        wants = self._wants_mypyc()
        if wants:
            self.distribution.ext_modules = self._mypycify()
        elif self.editable_mode or "editable_wheel" in self.distribution.commands:
            # Compiled modules in src/ would shadow the .py files a developer edits.
            self.distribution.ext_modules = []
        self.extensions = self.distribution.ext_modules
        super().finalize_options()
        if wants:
            # pip builds in the source tree: extension modules of an earlier build left in
            # build/ would be packed into this wheel, a fallback's or one with other modules.
            self._remove_built()

    def _wants_mypyc(self) -> bool:
        placeholder = [e.name for e in self.distribution.ext_modules or []] == [_PLACEHOLDER]
        commands = set(self.distribution.commands)
        # editable_wheel finalizes build_ext for its manifest before it sets editable_mode;
        # an sdist lists sources only.
        not_built = "editable_wheel" in commands or commands <= {"sdist", "egg_info", "dist_info"}
        return placeholder and not self.editable_mode and not not_built

    def _mypycify(self) -> list[Extension]:
        try:
            from mypyc.build import mypycify

            target = Path(self.get_finalized_command("build").build_temp).resolve() / "mypyc"
            cwd = Path.cwd()
            os.chdir(HERE)  # mypy reads its configuration (pyproject.toml) from here
            try:
                return list(
                    mypycify(
                        [f"src/{m}" for m in COMPILED_MODULES],
                        opt_level="3",
                        group_name="spaceparse",
                        target_dir=str(target),
                    )
                )
            finally:
                os.chdir(cwd)
        except (Exception, SystemExit) as e:  # noqa: BLE001 - any failure means: install pure Python
            # mypycify reports type errors with sys.exit.
            _fall_back(e)
            return []

    def run(self) -> None:
        try:
            super().run()
        except Exception as e:  # noqa: BLE001 - a compiler error of any kind: install pure Python
            self._remove_built()
            self.distribution.ext_modules = self.extensions = []
            _fall_back(e)

    def _remove_built(self) -> None:
        """Delete every spaceparse extension module in the build folder (and in src/ when
        building in place): a build installs all of them or none."""
        lib = Path(self.build_lib)
        found = [*lib.glob("spaceparse__mypyc*"), *lib.joinpath("spaceparse").rglob("*")]
        if self.inplace:
            found += [Path(self.get_ext_fullpath(ext.name)) for ext in self.extensions]
        for path in found:
            if path.name.endswith(tuple(EXTENSION_SUFFIXES)):
                path.unlink(missing_ok=True)

    def get_outputs(self) -> list[str]:
        """Only the extension modules that exist (none after a fallback)."""
        return [p for p in super().get_outputs() if Path(p).exists()]


def _ext_modules() -> list[Extension]:
    if os.environ.get(PURE_ENV, "") not in ("", "0"):
        return []
    # A placeholder: it marks the distribution as having extension modules (a platform
    # wheel, build_ext runs); MypycBuildExt replaces it with what mypyc generates.
    return [Extension(_PLACEHOLDER, sources=[])]


setup(ext_modules=_ext_modules(), cmdclass={"build_ext": MypycBuildExt})
