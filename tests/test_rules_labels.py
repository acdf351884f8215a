"""The label splitter: glued, separated, unknown labels; headlines are never label lines."""

from __future__ import annotations

import attrs
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from spaceparse.profiles import profile_for
from spaceparse.recognisers import labels as labels_mod
from spaceparse.recognisers.labels import label_line, split_labels

PAYLOAD = profile_for("https://payloadspace.com/")


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        ("InternationalLunar", ("International", "Lunar")),
        ("EuropeInternationalLunar", ("Europe", "International", "Lunar")),
        ("BusinessVC/PE", ("Business", "VC/PE")),
        ("ISSSpace 2025", ("ISS", "Space 2025")),
        ("CivilDebrisMilitary", ("Civil", "Debris", "Military")),
        ("LaunchSpace 2025Spaceports", ("Launch", "Space 2025", "Spaceports")),
        ("EOLEO", ("EO", "LEO")),
        ("Q&AStartups", ("Q&A", "Startups")),
        ("Middle EastU.S.", ("Middle East", "U.S.")),
        ("Launch | Policy", ("Launch", "Policy")),
        ("Launch / Policy", ("Launch", "Policy")),
        ("Launch · Policy", ("Launch", "Policy")),
        ("Launch • Policy", ("Launch", "Policy")),
        ("Launch, Policy, Lunar", ("Launch", "Policy", "Lunar")),
        ("Launch Business", ("Launch", "Business")),
        ("Lunar", ("Lunar",)),
        ("LunarMoonshots", ("Lunar", "Moonshots")),
        ("FooBarBaz", ("Foo", "Bar", "Baz")),
    ],
)
def test_label_lines(text: str, labels: tuple[str, ...]) -> None:
    assert label_line(text, PAYLOAD) == labels


@pytest.mark.parametrize(
    "text",
    [
        "Belarus Joins China’s Moon Base Mission",
        "Astroscale Wins Next Phase of UK’s COSMIC Mission",
        "The company said it would launch next year.",
        "Spaceport America Signs Its Largest Tenant Lease Yet",
        "Launch Business is booming.",
        # Known labels, but one of them twice: a site lists each label once.
        "Funding Funding Funding Funding",
        "LaunchLunarLaunch",
    ],
)
def test_headlines_and_sentences_are_not_label_lines(text: str) -> None:
    assert label_line(text, PAYLOAD) is None


def test_split_marks_known_and_unknown() -> None:
    assert split_labels("LunarMoonshots", PAYLOAD) == [("Lunar", True, False), ("Moonshots", False, False)]


# The quick rejections in front of the splitter must be exact: whenever one says a line
# cannot be labels, the splitter must say so too. Lines are drawn from the profile's own
# labels (with spaces, acronyms, dotted), unknown capitalised words, lower-case words,
# words with inner capitals (where a label can start inside a word), digits and dashes,
# glued together or separated by spaces and separators.
_UNKNOWN_WORDS = st.sampled_from(["Foo", "Bar", "Week", "Ahead", "The", "Vast", "Haven", "X", "A", "Observation"])
_TOKENS = st.one_of(
    st.sampled_from(sorted(PAYLOAD.labels)),
    st.lists(_UNKNOWN_WORDS, min_size=1, max_size=5).map(" ".join),  # an unknown label, maybe too long
    st.sampled_from(["launches", "to", "the", "of", "observation", "and", "in", "eVTOL", "iPhone"]),
    st.sampled_from(["SpaceX", "CubeSat", "NASA's", "Crew-13", "HTV-X", "single-provider", "2026", "9"]),
    st.sampled_from(["-", "–", "—", "&", "U.S."]),
)
_JOINS = st.sampled_from([" ", " ", " ", "", "", "", " | ", " - ", " / ", ", ", "  ", "\t", " › "])


@st.composite
def _label_like_lines(draw: st.DrawFn) -> str:
    tokens = draw(st.lists(_TOKENS, min_size=1, max_size=8))
    return "".join(t + (draw(_JOINS) if i < len(tokens) - 1 else "") for i, t in enumerate(tokens))


@settings(max_examples=1000, deadline=None)
@given(_label_like_lines())
@example("Policy LaunchFoo Bar Week AheadLunar")  # an unknown label from inside the word 3 back
@example("Policy Launch Lunar Earth Observation")  # a known label goes on past a space
@example("Foo Bar Week AheadLaunch Policy")  # an unknown label from the start covers word 3
def test_quick_rejections_agree_with_the_splitter(text: str) -> None:
    stripped = text.strip()
    separated = labels_mod._SEPARATORS.search(stripped) is not None
    assert labels_mod._has_separator(stripped) == separated
    full = labels_mod._split_label_line(text, PAYLOAD, False)
    if not separated and labels_mod._has_uncoverable_word(stripped, PAYLOAD):
        assert full is None, f"{text!r} was rejected early but splits into {full!r}"
    if " " in stripped and labels_mod._cannot_be_labels(stripped, PAYLOAD, separated):
        assert full is None, f"{text!r} was rejected early but splits into {full!r}"


@pytest.mark.parametrize(
    "headline",
    [
        "SpaceX launches 4 astronauts to the ISS on NASA's Crew-13 mission",
        "NASA weighs single-provider approach for commercial LEO stations",
        "Student-Built CubeSat Returns First Images From Orbit",
    ],
)
def test_long_headlines_are_rejected_before_the_splitter(headline: str) -> None:
    assert labels_mod._has_uncoverable_word(headline, PAYLOAD)
    assert label_line(headline, PAYLOAD) is None


@settings(max_examples=1000, deadline=None)
@given(_label_like_lines())
@example("InternationalLunar")
@example("BusinessEarth ObservationVC/PE")
@example("Space 2025Space")
def test_the_known_labels_shortcut_splits_as_the_full_programme(text: str) -> None:
    index = labels_mod._profile_index(PAYLOAD)
    for piece in labels_mod._SEPARATORS.split(text.strip()):
        piece = piece.strip()
        if not piece:
            continue
        quick = labels_mod._known_split(piece, index)
        if quick is not None:
            assert quick == labels_mod._split_piece_full(piece, index)


# A vocabulary with ties (AB+C and A+BC) and a label in lower case (Foo, then bar).
_TIES = attrs.evolve(PAYLOAD, labels=("AB", "C", "A", "BC", "Foo", "bar", "Foo Bar", "Bar"))


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from([*_TIES.labels, "X", "x"]), min_size=1, max_size=6), st.lists(st.sampled_from(["", " "]))
)
def test_the_known_labels_shortcut_breaks_ties_as_the_full_programme(parts: list[str], joins: list[str]) -> None:
    piece = "".join(p + (joins[i] if i < len(joins) else "") for i, p in enumerate(parts)).strip()
    index = labels_mod._profile_index(_TIES)
    quick = labels_mod._known_split(piece, index)
    if quick is not None:
        assert quick == labels_mod._split_piece_full(piece, index)


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet=st.sampled_from("abcAB xÉé-&"), min_size=1, max_size=12) | st.sampled_from(sorted(PAYLOAD.labels))
)
def test_one_word_pieces_split_as_the_full_programme(word: str) -> None:
    index = labels_mod._profile_index(PAYLOAD)
    piece = word.strip()
    if piece:
        assert labels_mod._split_piece(piece, index) == labels_mod._split_piece_full(piece, index)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab /->–—|·•;›»,\t\u00a0\u2009\n"), max_size=14))
@example(" / ")
@example("a\t/\tb")
@example("a\u00a0-\u00a0b")
@example("a  -  b")
@example("-a-")
def test_the_separator_test_agrees_with_the_separator_pattern(text: str) -> None:
    assert labels_mod._has_separator(text) == (labels_mod._SEPARATORS.search(text) is not None)


_ARTICLE = (
    "The agency said on Tuesday that the orbital test vehicle had completed its third burn, raising its orbit "
    "to about 600 kilometres above the surface as planned by the team.\n\n"
    "Engineers spent most of the week checking the propulsion system after a pressure reading came in higher "
    "than expected during the second burn, the programme manager said."
)


def test_a_sites_masthead_written_as_a_domain_is_no_labels() -> None:
    import spaceparse

    page = (
        "OrbitalWatch.com\nTest vehicle raises its orbit after third burn\n"
        "written by Jane Doe December 4, 2026\n\n" + _ARTICLE
    )
    assert spaceparse.parse(page, kind="text").categories == ()


def test_the_last_menu_entry_under_a_wall_is_no_label() -> None:
    import spaceparse

    page = (
        "Orbital Watch\nHome\nNews\nEvents\nResources\nAbout Us\nDonate\n"
        "Test vehicle raises its orbit after third burn\nJane Doe\nPosted: December 4, 2026\n\n" + _ARTICLE
    )
    assert spaceparse.parse(page, kind="text").categories == ()


def test_a_section_after_a_dated_byline_is_the_category() -> None:
    import spaceparse

    head = "Orbital Watch\nTest vehicle raises its orbit after third burn\n"
    page = head + "By Jane Doe - December 2, 2026 01:23 PM UTC | Propulsion\n\n" + _ARTICLE
    assert spaceparse.parse(page, kind="text").categories == ("Propulsion",)
    for byline in ("By Jane Doe - December 2, 2026 | Staff Writer", "By Jane Doe | Propulsion"):
        page = head + byline + "\n\n" + _ARTICLE
        assert spaceparse.parse(page, kind="text").categories == ()
