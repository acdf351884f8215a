"""Hypothesis strategies: realistic Articles for text pages, and renderers for text layouts.

An Article generated for a layout carries exactly the fields that layout shows,
so ``parse(render(article)) == article`` is the whole round-trip property.
Generated content is what a careful human reads unambiguously: prose sentences
end in a period, headlines are title-cased without a trailing period, labels
come from the site vocabulary, credits are agency or person names.
"""

from __future__ import annotations

import datetime as dt
import textwrap
from collections.abc import Callable
from typing import Any

from hypothesis import strategies as st

from spaceparse import Article, RelatedStory
from spaceparse.profiles import profile_for

__all__ = [
    "LAYOUTS",
    "PAYLOAD_URL",
    "Rendered",
    "article_dicts",
    "articles_for",
    "categories",
    "credits",
    "headlines",
    "paragraphs",
    "rendered_pages",
]

PAYLOAD_URL = "https://payloadspace.com/news/some-story/"
PAYLOAD_LABELS: tuple[str, ...] = profile_for(PAYLOAD_URL).labels

# Ordinary words for running text (no credit prefixes, no link-line openers).
_NOUNS = (
    "agency",
    "company",
    "contract",
    "satellite",
    "mission",
    "launch",
    "rocket",
    "engine",
    "program",
    "budget",
    "station",
    "lander",
    "orbit",
    "constellation",
    "startup",
    "investor",
    "round",
    "report",
    "vehicle",
    "payload",
    "operator",
    "customer",
    "spacecraft",
    "team",
    "network",
    "license",
    "schedule",
    "test",
    "campaign",
    "partner",
    "market",
    "system",
    "facility",
    "pad",
    "stage",
    "booster",
    "crew",
    "study",
    "award",
    "plan",
    "review",
    "framework",
    "office",
    "committee",
    "fleet",
    "sensor",
    "antenna",
)
_VERBS = (
    "announced",
    "signed",
    "delayed",
    "completed",
    "tested",
    "launched",
    "approved",
    "proposed",
    "expanded",
    "selected",
    "finished",
    "won",
    "lost",
    "raised",
    "delivered",
    "built",
    "reviewed",
    "funded",
    "cancelled",
    "moved",
    "shipped",
    "integrated",
    "awarded",
    "confirmed",
    "described",
)
_ADJS = (
    "new",
    "second",
    "commercial",
    "lunar",
    "small",
    "large",
    "early",
    "final",
    "reusable",
    "private",
    "national",
    "European",
    "Japanese",
    "American",
    "experimental",
    "orbital",
    "suborbital",
    "heavy",
    "modest",
    "ambitious",
    "public",
    "military",
    "civil",
    "regional",
    "formal",
    "initial",
)
_SMALL = ("the", "a", "its", "their", "this", "that", "one", "each", "another")
_PREPS = ("for", "with", "from", "after", "before", "under", "over", "into", "near", "without", "across")
_NAMES = (
    "NASA",
    "ESA",
    "JAXA",
    "Rocket Lab",
    "Blue Origin",
    "Firefly",
    "Astroscale",
    "Relativity",
    "Spaceport America",
    "the Space Force",
    "the FAA",
    "Congress",
    "Vast",
    "Axiom",
    "Impulse",
    "Northrop Grumman",
    "Airbus",
    "Thales",
    "OHB",
    "Isar Aerospace",
    "Rivada",
    "Planet",
)
_FIRST = ("Jeff", "Ann", "Maria", "Tomás", "Aiko", "Ravi", "Chloé", "Sandra", "Mike", "Leona", "Olu", "Pia", "Ben")
_LAST = ("Foust", "Lee", "Okafor", "García", "Tanaka", "Patel", "Dubois", "Erwin", "Wall", "Novak", "Brandt", "Kim")
_AGENCIES = (
    "CNSA",
    "NASA",
    "ESA",
    "JAXA",
    "SpaceX",
    "Rocket Lab",
    "Blue Origin",
    "Spaceport America",
    "ISRO",
    "Astroscale",
    "Axiom Space",
    "Firefly Aerospace",
    "U.S. Space Force",
    "Airbus",
    "Planet Labs",
)
_LEADINS = (
    "Lunar vision",
    "Partnerships",
    "Why it matters",
    "Zoom out",
    "The big picture",
    "Funding picture",
    "Next steps",
    "Background",
    "Quick take",
    "By the numbers",
    "Between the lines",
    "Market view",
    "Launch cadence",
    "The catch",
    "Timeline",
    "Looking ahead",
    "Competition",
)
_HEAD_WORDS = (
    "Astroscale",
    "Wins",
    "Next",
    "Phase",
    "Moon",
    "Base",
    "Mission",
    "Lander",
    "Delays",
    "Second",
    "Contract",
    "Signs",
    "Largest",
    "Lease",
    "Yet",
    "Startup",
    "Raises",
    "Round",
    "Orbital",
    "Tug",
    "Backs",
    "Agency",
    "Picks",
    "Three",
    "Teams",
    "Studies",
    "Rover",
    "Station",
    "Deorbit",
    "Reserve",
    "Funding",
    "Cut",
    "Congress",
    "Budget",
    "Rocket",
    "Engine",
    "Test",
    "Fire",
    "Satellite",
    "Operator",
    "Buys",
    "Spectrum",
    "Rights",
    "Belarus",
    "Joins",
    "China’s",
    "Japan’s",
    "Europe’s",
    "Plan",
    "Tracking",
    "Layer",
    "Award",
    "Heavy",
    "Booster",
    "Returns",
    "Flight",
    "Pad",
    "Approves",
    "Grants",
    "Projects",
    "Proposes",
    "Fee",
    "Structure",
    "Licenses",
    "Ships",
    "Site",
    "Completes",
    "Integration",
    "Outlines",
)
_HEAD_SMALL = ("to", "for", "of", "on", "in", "with", "after", "as")
_CAPTION_SUBJECTS = (
    "A Falcon 9 rocket",
    "The lander",
    "An artist’s concept of the station",
    "The satellite",
    "Engineers",
    "The test stand",
    "A Long March 5 rocket",
    "The crew capsule",
    "Spaceport America",
)
_CAPTION_ENDS = (
    "lifts off from Cape Canaveral",
    "sits in a clean room before shipping",
    "in orbit around the Moon",
    "during a hot-fire test in Texas",
    "at the launch site",
    "before its first flight",
    "in New Mexico",
    "during final integration",
)
_DATELINES = ("WASHINGTON —", "PARIS —", "TOKYO —", "COLORADO SPRINGS, Colo. —", "CAPE CANAVERAL, Fla. —")


def _cap(s: str) -> str:
    return s[0].upper() + s[1:]


@st.composite
def _clause(draw: st.DrawFn, n_words: int) -> str:
    """Roughly ``n_words`` words of plausible running text, lower case start."""
    out: list[str] = []
    while len(out) < n_words:
        kind = draw(st.integers(0, 4))
        if kind == 0:
            out += [draw(st.sampled_from(_SMALL)), draw(st.sampled_from(_ADJS)), draw(st.sampled_from(_NOUNS))]
        elif kind == 1:
            out += [draw(st.sampled_from(_VERBS)), draw(st.sampled_from(_SMALL)), draw(st.sampled_from(_NOUNS))]
        elif kind == 2:
            out += [draw(st.sampled_from(_PREPS)), draw(st.sampled_from(_NAMES))]
        elif kind == 3:
            out += [draw(st.sampled_from(_PREPS)), "the", draw(st.sampled_from(_NOUNS))]
        else:
            out += [draw(st.sampled_from(_NOUNS)), "and", draw(st.sampled_from(_NOUNS))]
    return " ".join(out[: max(n_words, 1)])


@st.composite
def sentences(draw: st.DrawFn, min_words: int = 8, max_words: int = 30) -> str:
    """One sentence: a subject, then running text, ending in a period."""
    n = draw(st.integers(min_words, max_words))
    subject = draw(st.sampled_from(_NAMES))
    verb = draw(st.sampled_from(_VERBS))
    rest = draw(_clause(max(n - len(subject.split()) - 1, 1)))
    return f"{_cap(subject)} {verb} {rest}."


@st.composite
def paragraphs(draw: st.DrawFn) -> str:
    """A body paragraph: 1-4 sentences, sometimes with a bold-style lead-in ``Word word:``."""
    text = " ".join(draw(st.lists(sentences(), min_size=1, max_size=4)))
    if draw(st.integers(0, 3)) == 0:
        text = f"{draw(st.sampled_from(_LEADINS))}: {text}"
    return text


@st.composite
def headlines(draw: st.DrawFn, least: int = 4) -> str:
    """A title-case headline of ``least``-14 words, no trailing period."""
    n = draw(st.integers(least, 14))
    words = [draw(st.sampled_from(_HEAD_WORDS))]
    while len(words) < n:
        if draw(st.integers(0, 5)) == 0 and words[-1] not in _HEAD_SMALL:
            words.append(draw(st.sampled_from(_HEAD_SMALL)))
        else:
            words.append(draw(st.sampled_from(_HEAD_WORDS)))
    if words[-1] in _HEAD_SMALL:
        words[-1] = draw(st.sampled_from(_HEAD_WORDS))
    return " ".join(words)


def categories(vocab: tuple[str, ...] = PAYLOAD_LABELS, max_size: int = 3) -> st.SearchStrategy[tuple[str, ...]]:
    """0..max_size distinct labels from ``vocab``, in alphabetical order (as sites list them).

    Distinct ignoring case too: a site lists each label once, and the parser relies on it
    (``Op-edOp-Ed`` is not two labels; the vocabulary holds both spellings for two sites).
    """
    return st.lists(st.sampled_from(vocab), max_size=max_size, unique_by=str.casefold).map(
        lambda labs: tuple(sorted(labs, key=str.casefold))
    )


@st.composite
def _person(draw: st.DrawFn) -> str:
    return f"{draw(st.sampled_from(_FIRST))} {draw(st.sampled_from(_LAST))}"


@st.composite
def credits(draw: st.DrawFn) -> str:
    """An image credit: an agency, a person, or ``Agency/Person``."""
    kind = draw(st.integers(0, 2))
    if kind == 0:
        return draw(st.sampled_from(_AGENCIES))
    if kind == 1:
        return draw(_person())
    return f"{draw(st.sampled_from(_AGENCIES))}/{draw(_person())}"


@st.composite
def captions(draw: st.DrawFn) -> str:
    return f"{draw(st.sampled_from(_CAPTION_SUBJECTS))} {draw(st.sampled_from(_CAPTION_ENDS))}."


def dates() -> st.SearchStrategy[dt.date]:
    return st.dates(min_value=dt.date(2012, 1, 1), max_value=dt.date(2030, 12, 31))


@st.composite
def _summary(draw: st.DrawFn) -> tuple[str, bool]:
    """A related item's summary and whether the site cut it (the marker is added when rendering)."""
    text = " ".join(draw(st.lists(sentences(8, 24), min_size=1, max_size=2)))
    if draw(st.booleans()):
        cut = draw(_clause(draw(st.integers(2, 8))))
        return f"{text} {_cap(cut)}", True
    return text, False


@st.composite
def related_items(draw: st.DrawFn, *, labels: bool, summaries: bool) -> RelatedStory:
    cats = draw(categories(max_size=3).filter(bool)) if labels else ()
    summary: str | None = None
    truncated = False
    if summaries:
        summary, truncated = draw(_summary())
    # Five words or more: three related headlines of four words or fewer ending a bare block
    # read as a menu after it (docs/benchmarks.md, "Known limits").
    return RelatedStory(headline=draw(headlines(least=5)), categories=cats, summary=summary, truncated=truncated)


def _distinct_headlines(a: Article) -> bool:
    heads = [a.headline] + [r.headline for r in a.related]
    return len(set(heads)) == len(heads)


@st.composite
def _body(draw: st.DrawFn, dateline: bool = False) -> tuple[str, ...]:
    body = draw(st.lists(paragraphs(), min_size=2, max_size=8, unique=True))
    if dateline and draw(st.booleans()):
        body[0] = f"{draw(st.sampled_from(_DATELINES))} {body[0]}"
    return tuple(body)


# ---------------------------------------------------------------------------
# Layouts: (what an Article for it carries, how a site/scraper renders it)


@st.composite
def _payload_article(draw: st.DrawFn) -> Article:
    return Article(
        headline=draw(headlines()),
        categories=draw(categories()),
        image_credit=draw(st.none() | credits()),
        body=draw(_body()),
        related=draw(st.lists(related_items(labels=True, summaries=True), max_size=4)),
    )


@st.composite
def _render_payload(draw: st.DrawFn, a: Article) -> str:
    """Payload-style copy like the seed: glued label line, a blank line between every line,
    ``Image: X``, ``Related Stories`` glued to the first item's labels."""
    lines: list[str] = []
    if a.categories:
        lines.append("".join(a.categories))
    lines.append(a.headline or "")
    if a.image_credit:
        lines.append(f"Image: {a.image_credit}")
    for p in a.body:
        lines.append(p + draw(st.sampled_from(("", "\u00a0", " "))))
    out = "\n\n".join(lines)
    if a.related:
        out += "\n\nRelated Stories\n"
        items = []
        for r in a.related:
            marker = draw(st.sampled_from((" […]", " [...]", "…", "..."))) if r.truncated else ""
            items.append(f"{''.join(r.categories)}\n\n{r.headline}\n\n{r.summary}{marker}")
        out += "\n\n".join(items)
    return out


@st.composite
def _older_payload_article(draw: st.DrawFn) -> Article:
    return Article(
        headline=draw(headlines()),
        image_credit=draw(st.none() | credits()),
        body=draw(_body()),
        related=draw(st.lists(related_items(labels=False, summaries=True), max_size=4)),
    )


@st.composite
def _render_older_payload(draw: st.DrawFn, a: Article) -> str:
    """Older Payload copies: no label line; related items separated by two blank lines."""
    lines = [a.headline or ""]
    if a.image_credit:
        lines.append(f"{draw(st.sampled_from(('Image', 'Photo', 'Graphic')))}: {a.image_credit}")
    lines += list(a.body)
    out = "\n\n".join(lines)
    if a.related:
        out += "\n\nRelated Stories\n"
        items = []
        for r in a.related:
            marker = draw(st.sampled_from((" […]", "…", "..."))) if r.truncated else ""
            items.append(f"{r.headline}\n\n{r.summary}{marker}")
        out += "\n\n\n".join(items)
    return out


@st.composite
def _spacenews_article(draw: st.DrawFn) -> Article:
    has_image = draw(st.booleans())
    return Article(
        headline=draw(headlines()),
        dek=draw(st.none() | sentences(8, 24)),
        categories=draw(categories(max_size=2)),
        authors=draw(st.lists(_person(), min_size=1, max_size=2, unique=True).map(tuple)),
        published=draw(dates()),
        image_caption=draw(captions()) if has_image else None,
        image_credit=draw(credits()) if has_image else None,
        body=draw(_body(dateline=True)),
        related=draw(st.lists(related_items(labels=False, summaries=False), max_size=4)),
    )


def _long_date(d: dt.date) -> str:
    return f"{d:%B} {d.day}, {d.year}"


@st.composite
def _render_spacenews(draw: st.DrawFn, a: Article) -> str:
    """SpaceNews-style browser innerText: label line, headline, dek, ``Name | Month D, YYYY``,
    caption ending ``Credit: X``, body, ``Related`` with a bare headline list."""
    sep = draw(st.sampled_from(("\n", "\n\n")))
    lines: list[str] = []
    if a.categories:
        lines.append(draw(st.sampled_from((" | ", " · ", " • ", ", "))).join(a.categories))
    lines.append(a.headline or "")
    if a.dek:
        lines.append(a.dek)
    assert a.published is not None
    lines.append(f"{' and '.join(a.authors)} | {_long_date(a.published)}")
    if a.image_credit:
        lines.append(f"{a.image_caption} Credit: {a.image_credit}")
    lines += list(a.body)
    if a.related:
        lines.append("Related")
        lines += [r.headline for r in a.related]
    return sep.join(lines) + draw(st.sampled_from(("", "\n")))


_MENU = ("Home", "News", "Launch", "Policy", "Business", "Podcasts", "About", "Contact")


@st.composite
def _lynx_article(draw: st.DrawFn) -> Article:
    # Headlines lynx keeps on one line. A longer one wraps flush left, and when nothing else
    # on the page is wrapped its second line cannot be told from a line under the headline
    # (a known limit of the text parser, noted in docs/benchmarks.md).
    return Article(
        headline=draw(headlines().filter(lambda h: len(h) <= 76)),
        authors=draw(st.lists(_person(), min_size=0, max_size=2, unique=True).map(tuple)),
        published=draw(st.none() | dates()),
        image_credit=draw(st.none() | credits()),
        body=draw(_body()),
        related=draw(st.lists(related_items(labels=False, summaries=False), max_size=4)),
    )


@st.composite
def _render_lynx(draw: st.DrawFn, a: Article) -> str:
    """``lynx -dump``: a ``*`` nav menu, the headline flush left, 3-space indented text
    (hard-wrapped at 76 columns or not), a footer with copyright after."""
    wrap = draw(st.booleans())

    def para(text: str) -> list[str]:
        if not wrap:
            return ["   " + text]
        return textwrap.wrap(text, width=76, initial_indent="   ", subsequent_indent="   ") or [""]

    out: list[str] = []
    menu = draw(st.lists(st.sampled_from(_MENU), min_size=3, max_size=7, unique=True))
    out += [f"   * {m}" for m in menu]
    out.append("")
    out += textwrap.wrap(a.headline or "", width=76) if wrap else [a.headline or ""]
    out.append("")
    if a.authors:
        out.append(f"   By {' and '.join(a.authors)}")
    if a.published:
        out.append(f"   {_long_date(a.published)}")
    if a.authors or a.published:
        out.append("")
    if a.image_credit:
        out += ["   Image: " + a.image_credit, ""]
    for p in a.body:
        out += [*para(p), ""]
    if a.related:
        out += ["Related Stories", ""]
        for r in a.related:
            item = f"     * {r.headline}"
            out += textwrap.wrap(item, width=76, subsequent_indent="       ") if wrap else [item]
        out.append("")
    out += ["   © 2026 Orbital Media LLC. All rights reserved.", "", "   * Privacy Policy", "   * Terms of Use", ""]
    return "\n".join(out)


@st.composite
def _spacecom_article(draw: st.DrawFn) -> Article:
    has_image = draw(st.booleans())
    return Article(
        headline=draw(headlines()),
        dek=draw(sentences(8, 24)),
        authors=draw(st.lists(_person(), min_size=1, max_size=1).map(tuple)),
        published=draw(dates()),
        image_caption=draw(captions()) if has_image else None,
        image_credit=draw(credits()) if has_image else None,
        body=draw(_body()),
    )


@st.composite
def _render_spacecom(draw: st.DrawFn, a: Article) -> str:
    """Space.com-style innerText: headline, strapline dek, ``By Name published Month D, YYYY``,
    caption ending ``(Image credit: X)``, body."""
    assert a.published is not None
    lines = [a.headline or "", a.dek or "", f"By {a.authors[0]} published {_long_date(a.published)}"]
    if a.image_credit:
        lines.append(f"{a.image_caption} (Image credit: {a.image_credit})")
    lines += list(a.body)
    return draw(st.sampled_from(("\n", "\n\n"))).join(lines)


LAYOUTS: dict[str, tuple[st.SearchStrategy[Article], Callable[[Article], st.SearchStrategy[str]]]] = {
    "payload": (_payload_article(), _render_payload),
    "payload-older": (_older_payload_article(), _render_older_payload),
    "spacenews-innertext": (_spacenews_article(), _render_spacenews),
    "lynx-dump": (_lynx_article(), _render_lynx),
    "spacecom-innertext": (_spacecom_article(), _render_spacecom),
}
"""Layout name -> (Article strategy, renderer)."""


def _body_outweighs_related(a: Article) -> bool:
    """The article is longer than any teaser summary under it.

    Real pages are; a generated two-line body over a two-sentence related summary is not
    a page the zone rule (densest run of prose) has to read right.
    """
    body = sum(len(p.split()) for p in a.body)
    return all(body > len((r.summary or "").split()) for r in a.related)


def articles_for(layout: str) -> st.SearchStrategy[Article]:
    return LAYOUTS[layout][0].filter(_distinct_headlines).filter(_body_outweighs_related)


Rendered = tuple[Article, str, str | None]


@st.composite
def rendered_pages(draw: st.DrawFn, layout: str) -> Rendered:
    """``(article, page text, url to pass)`` for ``layout``."""
    article = draw(articles_for(layout))
    page = draw(LAYOUTS[layout][1](article))
    url = draw(st.sampled_from((None, PAYLOAD_URL))) if layout.startswith("payload") else None
    return article, page, url


@st.composite
def article_dicts(draw: st.DrawFn) -> dict[str, Any]:
    """A generated Article of any layout, with url/site/language sometimes set, as a dict."""
    a = draw(st.sampled_from(sorted(LAYOUTS)).flatmap(articles_for))
    d = a.to_dict()
    d["url"] = draw(st.none() | st.just(PAYLOAD_URL))
    d["site"] = draw(st.none() | st.just("Payload"))
    d["language"] = draw(st.none() | st.just("en"))
    return d
