"""Text front end: re-joining hard-wrapped text."""

from __future__ import annotations

import textwrap

from hypothesis import given, settings
from hypothesis import strategies as st

from spaceparse.frontends.text import blockify

PARAS = [
    "A stretched cargo spacecraft arrived at the space station on Monday carrying more than five tonnes"
    " of supplies, the heaviest load yet delivered by the vehicle, which launched on Friday.",
    "Astronauts used the station's robotic arm to grapple the freighter early in the morning as the two"
    " spacecraft flew high above the ocean, and controllers then berthed it on a port of the module.",
    "The freighter is expected to remain attached to the station until late January, when it will be"
    " loaded with trash and sent on a destructive reentry over the Pacific Ocean.",
]


def _wrapped() -> str:
    return "\n\n".join(textwrap.fill(p, 76, initial_indent="   ", subsequent_indent="   ") for p in PARAS)


def _texts(page: str) -> list[str]:
    return [b.text for b in blockify(page).blocks]


def test_hard_wrapped_paragraphs_are_rejoined() -> None:
    assert _texts(_wrapped()) == PARAS


def test_long_lines_standing_alone_do_not_hide_the_wrap_width() -> None:
    banner = "We use cookies to improve your experience. By continuing to browse you accept our cookie policy."
    footer = "Sign up for our free newsletter to get the latest space news delivered to your inbox."
    assert len(banner) > 80 and len(footer) > 80
    page = f"Skip to content\n\n{banner}\n\n* Home\n* News\n* About\n\n{_wrapped()}\n\n{footer}\n"
    assert _texts(page)[-4:-1] == PARAS


def test_one_line_paragraphs_stay_apart() -> None:
    # Unwrapped text: every paragraph is longer than the lines that follow one another.
    lines = ["Home", "News", "About", "", *(p + "\n" for p in PARAS)]
    page = "\n".join(lines)
    assert _texts(page) == ["Home", "News", "About", *PARAS]


def test_printable_lines_hold_nothing_normalize_removes() -> None:
    # normalize_page skips its searches when every line is printable: every character
    # they look for must be non-printable.
    from spaceparse.normalize import _INVISIBLE, _LINE_BREAKS

    for cp in range(0x10000):
        c = chr(cp)
        if _INVISIBLE.match(c) or _LINE_BREAKS.match(c):
            assert not c.isprintable(), hex(cp)
    # normalize_page_lines also reads NBSP as a space for that test: it must be neither.
    assert not _INVISIBLE.match("\u00a0") and not _LINE_BREAKS.match("\u00a0")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab \n\r\t\u00a0\u200b\u2028e\u0301\u00e9\u0958\x0c"), max_size=30))
def test_page_lines_are_the_lines_of_the_normalised_page(text: str) -> None:
    from spaceparse.normalize import normalize_page, normalize_page_lines

    assert normalize_page_lines(text) == normalize_page(text).split("\n")


_MENU_AND_HEADLINE = "   * Home\n   * News\n   * Launch\n\nLander Clears Review\n\n"


def test_one_wrapped_paragraph_going_on_with_a_capital_is_rejoined() -> None:
    # The only wrapped line; its second line starts with a name. The indent under the
    # paragraph's text is the evidence (lynx -dump at 76 columns).
    para = "   Lunar vision: Spaceport America announced the new agency with Blue\n   Origin."
    page = _MENU_AND_HEADLINE + "   NASA announced the agency today.\n\n" + para + "\n\n   © 2026 Orbital Media.\n"
    assert "Lunar vision: Spaceport America announced the new agency with Blue Origin." in _texts(page)


def test_one_paragraph_wrapped_at_a_sentence_end_is_rejoined() -> None:
    para = (
        "   Why it matters: NASA announced announced the agency the second agency.\n"
        "   NASA announced the new agency the new agency."
    )
    page = _MENU_AND_HEADLINE + para + "\n\n   © 2026 Orbital Media.\n"
    assert (
        "Why it matters: NASA announced announced the agency the second agency. "
        "NASA announced the new agency the new agency." in _texts(page)
    )


def test_a_wrapped_list_item_keeps_its_hanging_line() -> None:
    item = "     * Astroscale to Astroscale to Astroscale to Astroscale to Astroscale\n       Astroscale"
    page = _MENU_AND_HEADLINE + "   Short text.\n\nRelated Stories\n\n     * A Short Item\n" + item + "\n"
    texts = _texts(page)
    assert texts[-1] == "Astroscale to Astroscale to Astroscale to Astroscale to Astroscale Astroscale"


def test_unindented_lines_without_wrap_evidence_stay_apart() -> None:
    # innerText: a long headline without a full stop over a capitalised byline is not a
    # wrapped paragraph (no indentation to hang under).
    page = "Rocket Startup Raises New Funding Round To Build Its Reusable Upper Stage\nBy Jane Doe\n\nText."
    assert _texts(page)[:2] == [
        "Rocket Startup Raises New Funding Round To Build Its Reusable Upper Stage",
        "By Jane Doe",
    ]


LYNX_NUMBERED = """\
   [1]Skip to main content

     * [2]Launch
     * [3]Business

   [4]An artist's view of the satellite.
   An artist's view of the satellite. Credit: SDA

   The [5]Space Development Agency on Nov. 2 awarded three companies
   contracts to build 54 missile-warning satellites, its largest order to
   date, and the first split evenly among its suppliers, [6]officials said.

Related

     * [7]SDA launches first Tranche 2 transport satellites

References

   1. https://example.com/story/#main
   2. https://example.com/section/launch/
   3. https://example.com/section/business/
   4. https://example.com/uploads/sda.jpg
   5. https://example.com/tag/sda/
   6. https://example.com/report/
   7. https://example.com/sda-tranche-2/
"""


def test_lynx_link_numbers_and_references_are_read() -> None:
    doc = blockify(LYNX_NUMBERED)
    texts = [b.text for b in doc.blocks]
    assert not any("[" in t for t in texts)  # every [N] marker is gone
    assert "References" not in texts and not any(t.startswith("https://") for t in texts)
    # The image link's text is its alt text, repeated by the caption: dropped.
    assert texts.count("An artist's view of the satellite.") == 0
    body = next(t for t in texts if t.startswith("The Space Development Agency"))
    assert body.endswith("officials said.")  # the wrapped paragraph is one block
    hrefs = {b.text: b.href for b in doc.blocks if b.href}
    assert hrefs["SDA launches first Tranche 2 transport satellites"] == "https://example.com/sda-tranche-2/"
    assert hrefs["Launch"] == "https://example.com/section/launch/"


def test_bracketed_numbers_in_prose_are_kept() -> None:
    # Two citation marks are not lynx's link numbering (no References list, no rising run).
    page = "The orbit was raised twice [1] and then lowered [2] before the burn.\n"
    assert _texts(page) == ["The orbit was raised twice [1] and then lowered [2] before the burn."]


def test_a_short_line_ends_its_paragraph_in_wrapped_text() -> None:
    # The last line of a paragraph (short) is not joined to a line set tight under it.
    page = _wrapped() + "\n\n   A caption line that stops well short of the wrapping width.\n   Credit: NASA\n"
    texts = _texts(page)
    assert texts[-2:] == ["A caption line that stops well short of the wrapping width.", "Credit: NASA"]


def test_a_few_long_unbroken_lines_do_not_set_the_wrap_width() -> None:
    # lynx prints an image's alt text or a link it cannot break whole, and a "most read"
    # list under the article may not be wrapped: such lines, followed by others, are
    # longer than the width of the body and must not hide it.
    alt = "   An engineer inspects the thermal blankets on the lander's upper deck before shipping it to the pad."
    caption = (
        "   An engineer inspects the thermal blankets on the lander's upper deck\n"
        "   before shipping it to the pad. Credit: Orbital Works"
    )
    most_read = (
        "Most Read\n\n"
        "    1. Listing image for first story: A small satellite maker raises a large funding round today\n"
        "       A small satellite maker raises a large funding round today\n"
        "    2. Why the shortest day of the year does not bring the earliest sunset everywhere on Earth\n"
    )
    assert len(alt) > 90
    page = f"   Skip to content\n\n{alt}\n{caption}\n\n{_wrapped()}\n\n{most_read}"
    texts = _texts(page)
    assert all(p in texts for p in PARAS)
    assert (
        "An engineer inspects the thermal blankets on the lander's upper deck before shipping it to the pad."
        " Credit: Orbital Works" in texts
    )


def test_a_date_under_a_long_headline_is_not_its_wrapped_end() -> None:
    page = _wrapped() + (
        "\n\n   Related\n\n   Ground station network adds a new receiving site in southern Chile\n"
        "   November 22, 2026\n"
    )
    texts = _texts(page)
    assert texts[-2:] == ["Ground station network adds a new receiving site in southern Chile", "November 22, 2026"]
