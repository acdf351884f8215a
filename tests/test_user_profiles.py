"""User profiles: loaded from any path, validated like the bundled ones, chosen before them."""

from __future__ import annotations

import os
import pickle
from pathlib import Path

import pytest

import spaceparse
from spaceparse.profiles import (
    PROFILES_ENV,
    Profile,
    ProfileError,
    Profiles,
    choose_profile,
    load_profile,
    load_profiles,
    profile_named,
    profiles_from_env,
)

# A text page of a site no bundled profile knows, with a pitch line the default profile
# does not know either: it lands in the body unless a profile says it is furniture.
PAGE = """Zorblax Weekly

Orbital Tug Maker Raises Funds for Second Flight

The company said on Monday that it had closed a new round to pay for a second demonstration mission, planned for the spring of next year, after its first tug reached orbit in March.

Join the Zorblax Club for two euros a month and read without limits.

Engineers are now rebuilding the propulsion module, which failed to restart during the last week of the first mission and left the tug in a lower orbit than planned.
"""
PITCH = "Join the Zorblax Club for two euros a month and read without limits."

SITE_TOML = """
name = "zorblax"
hosts = ["zorblax.example"]
site = "Zorblax Weekly"
boilerplate = ["Join the Zorblax Club\\\\b.{0,120}"]
"""


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def zorblax(tmp_path: Path) -> Profile:
    return load_profile(_write(tmp_path, "zorblax.toml", SITE_TOML))


def test_a_user_profile_loads_merged_over_the_defaults(zorblax: Profile, tmp_path: Path) -> None:
    assert zorblax.name == "zorblax"
    assert zorblax.hosts == ("zorblax.example",)
    assert zorblax.origin == str(tmp_path / "zorblax.toml")
    # What _default.toml holds is there too, after the site's own entries.
    assert "News" in zorblax.labels
    assert zorblax.boilerplate[0] == "Join the Zorblax Club\\b.{0,120}"
    assert len(zorblax.boilerplate) > 1
    assert profile_named("payload").origin == "bundled"


def test_the_pitch_is_body_without_the_profile_and_furniture_with_it(zorblax: Profile) -> None:
    assert PITCH in spaceparse.parse(PAGE).body
    with_profile = spaceparse.parse(PAGE, profile=zorblax)
    assert PITCH not in with_profile.body
    assert len(with_profile.body) == 2


def test_an_explicit_profile_applies_with_or_without_a_url(zorblax: Profile) -> None:
    for url in (None, "https://zorblax.example/a", "https://elsewhere.example/a", "https://payloadspace.com/x"):
        assert PITCH not in spaceparse.parse(PAGE, url=url, profile=zorblax).body, url


def test_profiles_by_host_apply_to_their_host_only(zorblax: Profile) -> None:
    assert PITCH not in spaceparse.parse(PAGE, url="https://www.zorblax.example/a", profiles=[zorblax]).body
    assert PITCH in spaceparse.parse(PAGE, url="https://elsewhere.example/a", profiles=[zorblax]).body
    assert PITCH in spaceparse.parse(PAGE, profiles=[zorblax]).body  # no URL: no host to match


def test_a_user_profile_for_a_host_overrides_the_bundled_one(tmp_path: Path) -> None:
    mine = load_profile(_write(tmp_path, "payload.toml", 'name = "payload"\nhosts = ["payloadspace.com"]\n'))
    registry = Profiles(by_host=(mine,))
    assert choose_profile("https://payloadspace.com/x", None, registry) is mine
    assert choose_profile("https://news.payloadspace.com/x", None, registry) is mine
    assert choose_profile("https://payloadspace.com/x") is profile_named("payload")
    assert choose_profile("https://spacenews.com/x", None, registry) is profile_named("spacenews")


def test_choice_order_caller_url_then_canonical_user_before_bundled(zorblax: Profile) -> None:
    registry = Profiles(by_host=(zorblax,))
    # The caller's URL decides first: a bundled host there beats a user host in the canonical URL.
    assert choose_profile("https://spacenews.com/a", "https://zorblax.example/a", registry).name == "spacenews"
    # An unknown caller URL: the canonical URL decides, user profiles first.
    assert choose_profile("https://mirror.example/a", "https://zorblax.example/a", registry) is zorblax
    assert choose_profile(None, None, registry).name == "default"
    forced = Profiles(by_host=(), forced=zorblax)
    assert choose_profile("https://spacenews.com/a", None, forced) is zorblax
    assert choose_profile(None, None, forced) is zorblax


def test_html_pages_use_the_user_profile_selectors(tmp_path: Path) -> None:
    profile = load_profile(
        _write(
            tmp_path, "kick.toml", 'name = "kick"\nhosts = ["kick.example"]\n[selectors]\ncategories = ".kicker a"\n'
        )
    )
    paragraph = (
        "<p>" + "The rover drove four hundred metres across the crater floor on its longest day yet. " * 3 + "</p>"
    )
    page = (
        "<html><head><title>Rover Sets a Distance Record</title></head><body><article>"
        '<div class="kicker"><a href="/mars">Red Planet</a> <a href="/rovers">Rovers</a></div>'
        f"<h1>Rover Sets a Distance Record</h1>{paragraph * 3}</article></body></html>"
    )
    assert spaceparse.parse(page, url="https://kick.example/a").categories == ()
    article = spaceparse.parse(page, url="https://kick.example/a", profiles=[profile])
    assert article.categories == ("Red Planet", "Rovers")


def test_profiles_travel_to_workers_by_pickle(zorblax: Profile) -> None:
    copy = pickle.loads(pickle.dumps(zorblax))
    assert isinstance(copy, Profile)
    assert (copy.name, copy.origin, copy.boilerplate, copy.hosts) == (
        zorblax.name,
        zorblax.origin,
        zorblax.boilerplate,
        zorblax.hosts,
    )
    registry = pickle.loads(pickle.dumps(Profiles(by_host=(zorblax,), forced=zorblax)))
    assert spaceparse.parse(PAGE, profiles=registry).body == spaceparse.parse(PAGE, profile=zorblax).body


def test_a_folder_gives_its_toml_files_in_name_order(tmp_path: Path) -> None:
    _write(tmp_path, "b.toml", 'name = "b"\nhosts = ["b.example"]\n')
    _write(tmp_path, "a.toml", 'name = "a"\nhosts = ["a.example"]\n')
    _write(tmp_path, "_draft.toml", "this is not toml")
    _write(tmp_path, "notes.txt", "not a profile")
    assert [p.name for p in load_profiles([tmp_path])] == ["a", "b"]


def test_the_environment_lists_folders(tmp_path: Path) -> None:
    one, two = tmp_path / "one", tmp_path / "two"
    one.mkdir()
    two.mkdir()
    _write(one, "a.toml", 'name = "a"\nhosts = ["a.example"]\n')
    _write(two, "b.toml", 'name = "b"\nhosts = ["b.example"]\n')
    env = {PROFILES_ENV: f"{one}{os.pathsep}{os.pathsep}{two}"}
    assert [p.name for p in profiles_from_env(env)] == ["a", "b"]
    assert profiles_from_env({}) == ()
    with pytest.raises(ProfileError, match=r"SPACEPARSE_PROFILES: no such file or folder: .*missing"):
        profiles_from_env({PROFILES_ENV: str(tmp_path / "missing")})


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('name = "x"\ndisabled_rules = ["headlines"]\n', "x.toml: disabled_rules names no rule: 'headlines'"),
        ('name = "x"\n[selectors]\nheadline = "h1["\n', "x.toml: selector 'headline' = 'h1[' is not a CSS selector"),
        ('name = "x"\ncolour = "red"\n', "x.toml: unknown key(s) ['colour']"),
        ('name = "x"\nhosts = ["https://x.example/"]\n', "x.toml: 'hosts' entry 'https://x.example/' is not a host"),
        ('name = "x"\nboilerplate = ["(unclosed"]\n', "x.toml: boilerplate entry '(unclosed' is not a regular"),
        ("name = x\n", "x.toml: not valid TOML: "),
        ("hosts = []\n", "x.toml: missing 'name'"),
    ],
)
def test_a_mistake_in_a_user_profile_is_an_error_at_load(tmp_path: Path, text: str, message: str) -> None:
    path = _write(tmp_path, "x.toml", text)
    with pytest.raises(ProfileError) as e:
        load_profile(path)
    assert str(e.value).startswith(f"{tmp_path}{os.sep}{message}")


def test_unreadable_files_are_profile_errors(tmp_path: Path) -> None:
    with pytest.raises(ProfileError, match="cannot read the profile"):
        load_profile(tmp_path / "missing.toml")
    (tmp_path / "latin.toml").write_bytes(b'name = "caf\xe9"\n')
    with pytest.raises(ProfileError, match="not UTF-8"):
        load_profile(tmp_path / "latin.toml")


def test_a_profile_that_is_not_a_profile_is_a_usage_error() -> None:
    with pytest.raises(spaceparse.UsageError, match="load_profile"):
        spaceparse.parse(PAGE, profile="zorblax.toml")  # type: ignore[arg-type]
    with pytest.raises(spaceparse.UsageError):
        spaceparse.parse(PAGE, profiles=["zorblax.toml"])  # type: ignore[list-item]


def test_load_profile_is_exported() -> None:
    assert spaceparse.load_profile is load_profile
    assert spaceparse.load_profiles is load_profiles


def test_import_spaceparse_stays_light() -> None:
    import subprocess
    import sys

    from .conftest import IMPORTED_FROM

    code = (
        "import sys, spaceparse; heavy = ('lxml', 'selectolax', 'spaceparse.explain', 'spaceparse.report',"
        " 'spaceparse.learn', 'spaceparse.rules', 'spaceparse.cli');"
        " print(sorted(m for m in sys.modules if m.split('.')[0] in heavy or m.startswith(heavy)))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env={"PYTHONPATH": str(IMPORTED_FROM)}
    ).stdout
    assert out.strip() == "[]"


def test_caption_and_credit_selectors_mark_the_lead_image(tmp_path: Path) -> None:
    # Valid selectors of these two roles used to be marked on the page and then ignored.
    profile = load_profile(
        _write(tmp_path, "fig.toml", 'name = "fig"\n[selectors]\ncaption = ".shot-text"\ncredit = ".shot-by"\n')
    )
    paragraph = (
        "<p>" + "The rover drove four hundred metres across the crater floor on its longest day yet. " * 3 + "</p>"
    )
    page = (
        "<html><body><h1>Rover Sets a Record</h1>"
        '<div class="shot"><p class="shot-text">The rover at dawn on the crater rim.</p><p class="shot-by">NASA/JPL</p></div>'
        f"<article>{paragraph}</article></body></html>"
    )
    plain = spaceparse.parse(page)
    assert (plain.image_caption, plain.image_credit) == (None, None)
    assert "NASA/JPL" in plain.body
    article = spaceparse.parse(page, profile=profile)
    assert (article.image_caption, article.image_credit) == ("The rover at dawn on the crater rim.", "NASA/JPL")
    assert article.body == plain.body[-1:]
