"""Whole-line page furniture: share bars in the shapes scrapers leave them, and prose that is not."""

from __future__ import annotations

import pytest

from spaceparse.profiles import default_profile
from spaceparse.recognisers.furniture import is_boilerplate_text

DEFAULT = default_profile()


@pytest.mark.parametrize(
    "text",
    [
        "Share on Facebook",
        "Share | Twitter | LinkedIn | Email",
        "Facebook Twitter LinkedIn",
        # lynx glues an icon link's text to its title: "Share to LinkedIn" + "LinkedIn"
        "Share to LinkedInLinkedInShare to FacebookFacebookShare to TwitterTwitterShare to MoreMore",
        # html-text puts each piece on a line: "LinkedIn Share to Facebook", then "Facebook"
        "LinkedIn Share to Facebook",
        "Email Share to More",
        "AddThis Sharing Buttons",
        "Sharing options",
    ],
)
def test_share_bars_are_boilerplate(text: str) -> None:
    assert is_boilerplate_text(text, DEFAULT)


@pytest.mark.parametrize(
    "text",
    [
        "Share to more than 40 stations on the network was approved.",
        "Sharing data between agencies is the next step, officials said.",
        "Facebook shared the footage with investigators.",
        "More than half the launches this year were commercial.",
    ],
)
def test_prose_about_sharing_is_not(text: str) -> None:
    assert not is_boilerplate_text(text, DEFAULT)
