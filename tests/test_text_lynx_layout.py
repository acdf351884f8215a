"""A wrapped lynx dump in a 2024 tech-site layout: kicker, headline, dek, a byline without
"By" ending in the comment count, a reader-settings widget, the body, an author box."""

from __future__ import annotations

import textwrap

import spaceparse
from spaceparse.recognisers.bylines import parse_byline

PARAS = [
    "Mission managers said on Monday that the replacement valve for the cargo lander's descent stage "
    "passed its last vibration test, clearing the vehicle to ship to the launch site in the spring.",
    "The original valve stuck open during a hot-fire test last year, venting propellant for almost "
    "a minute before controllers closed an upstream isolation valve and safed the stage.",
    "Engineers traced the fault to a seal that shrank at low temperature, and the supplier has since "
    "changed the seal material and added a heater to the valve body, the managers said.",
    "The lander is the first of three the agency has ordered to carry cargo to the lunar south pole, "
    "and the first is due to launch next winter on a heavy-lift rocket from Florida.",
    "A second lander is in final assembly and will receive the new valve in the summer, while the "
    "third is waiting for its structure, which a subcontractor expects to deliver in the autumn.",
]


def _fill(text: str) -> str:
    return textwrap.fill(text, 76, initial_indent="   ", subsequent_indent="   ")


PAGE = "\n\n".join(
    [
        "   [1]Skip to content\n     * [2]Science\n     * [3]Space\n     * [4]Tech",
        "   [5]Space",
        "   Down to the valve",
        "Cargo lander's new valve passes its last test before shipping",
        _fill("The fix swaps a seal that shrank in the cold for one that does not, and adds a heater."),
        "   [6]Jane Doe – Mar 3, 2027 9:05 AM | [7]41",
        _fill("The cargo lander's descent stage in a test stand at the propulsion test site in the desert.")
        + "\n   Credit: Orbital Works",
        "   Text settings\n   Story text\n   Size Small Standard Large\n   Width * Standard Wide\n"
        "   Links Standard Orange\n   * Subscribers only\n   [8]Learn more\n   Minimize to nav",
        *(_fill(p) for p in PARAS),
        "   [9]Photo of Jane Doe\n   [10]Jane Doe Space Reporter\n"
        + _fill("Jane Doe covers launch vehicles and the companies that build them for the site."),
        "   [11]41 Comments",
    ]
)


def test_a_dated_byline_ending_in_a_bare_comment_count() -> None:
    assert parse_byline("Jane Doe – Mar 3, 2027 9:05 AM | 41") == (("Jane Doe",), parse_byline("Mar 3, 2027")[1])


def test_the_lynx_layout_reads_whole() -> None:
    art = spaceparse.parse(PAGE, kind="text")
    assert art.headline == "Cargo lander's new valve passes its last test before shipping"
    assert art.dek == "The fix swaps a seal that shrank in the cold for one that does not, and adds a heater."
    assert art.authors == ("Jane Doe",)
    assert art.image_credit == "Orbital Works"
    assert art.body == tuple(PARAS)
