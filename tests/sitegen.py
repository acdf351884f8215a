"""Two made-up news sites, many pages each, as HTML and as scraped text, with what each page
should parse to: the test bed for ``spaceparse learn`` (and docs/own-site.md's figures).

Each site has furniture the bundled default profile does not know: its own menus, member
pitches, newsletter boxes, share and listen bars, footers, a related-block heading, a credit
prefix, a title suffix and a label vocabulary. The article texts are written here (sentences
with slots, filled differently on every page), so no two pages share a paragraph.

    python -m tests.sitegen OUT_DIR        # writes OUT_DIR/<site>/{html,text}/page-NN.* and expected.jsonl

Deterministic: the same pages every run.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
import sys
from collections import Counter
from collections.abc import Callable
from html import escape
from pathlib import Path
from typing import Any

import attrs

__all__ = ["HELD_OUT", "SITES", "Page", "Site", "make_pages", "score", "write_site"]

COMPANIES = (
    "Kestrel Dynamics", "Aurora Orbital", "Bluewater Launch", "Meridian Space Systems", "Cobalt Propulsion",
    "Halcyon Robotics", "Tern Aerospace", "Quasar Payloads", "Ironbark Rocketry", "Lumen Satellite",
    "Sable Orbit Works", "Northlight Instruments",
)  # fmt: skip
MISSIONS = (
    "Pathfinder-2",
    "Lantern",
    "Heron",
    "Skylark IV",
    "Copperhead",
    "Tidewater",
    "Nightjar",
    "Beacon-3",
    "Wayfarer",
)
VEHICLES = ("Kite", "Vireo", "Longbow", "Osprey 2", "Cygnet", "Tanager", "Merlin Light")
PLACES = (
    "Kourou",
    "Wallops Island",
    "Esrange",
    "Tanegashima",
    "the Mahia Peninsula",
    "Andøya",
    "Cape Canaveral",
    "Vandenberg",
    "Sutherland",
)
PEOPLE = (
    "Amara Okafor", "Lena Hartmann", "Diego Salcedo", "Priya Raman", "Tomasz Wójcik", "Hana Sato", "Marcus Bell",
    "Ingrid Solberg", "Yusuf Demir", "Clara Jensen", "Rafael Moreau", "Aiko Tanaka",
)  # fmt: skip
AGENCIES = ("ESA", "NASA", "JAXA", "ISRO", "the UK Space Agency", "CNES", "DLR", "the Norwegian Space Agency")
ORBITS = ("low Earth orbit", "a sun-synchronous orbit", "geostationary orbit", "a lunar halo orbit", "a polar orbit")
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
ROLES = (
    "chief executive",
    "programme manager",
    "mission director",
    "head of engineering",
    "launch director",
    "chief scientist",
)
WHATS = (
    "a second-stage engine", "the heat shield", "a new avionics suite", "its ground station network", "the docking adapter",
    "a reusable fairing", "the solar array drive", "its flight software", "a methane turbopump", "the payload dispenser",
)  # fmt: skip

HEADLINES = (
    "{company} Books {n} Launches on {vehicle}",
    "{agency} Picks {company} for {mission} Study",
    "{mission} Reaches {orbit} After Flawless Ascent",
    "{company} Delays {mission} to {month}",
    "Why {company} Is Betting on {what2}",
    "{vehicle} Static Fire at {place} Ends Early",
    "{company} Raises ${money} Million for {mission}",
    "{person} to Lead {agency} Exploration Office",
    "{mission} Team Traces Glitch to {what2}",
    "{agency} Opens Bids for Second {mission} Flight",
    "Inside the Clean Room Where {mission} Is Built",
    "{company} and {company2} Merge Launch Businesses",
    "{place} Spaceport Wins Licence for {vehicle} Flights",
    "{company} Tests {what2} Ahead of {mission}",
)

PARAGRAPHS = (
    "{company} said on {weekday} that it had signed a contract with {agency} to fly {mission} on a {vehicle} rocket from {place}, with the launch now expected in {month}.",
    "The agreement covers {n} flights over the next four years, according to {person}, the company's {role}, who described the deal as the largest in its history.",
    "Engineers at {place} spent most of {month} rebuilding {what}, after a test in the spring showed cracks that nobody had predicted from the models.",
    "“We were never going to fly with a part we did not understand,” {person} said in an interview. “The schedule moved, and that was the right call.”",
    "{mission} will carry {n} instruments to {orbit}, where it is meant to operate for at least five years before it is lowered and burned up in the atmosphere.",
    "Analysts say the market for small launches has tightened: {company2} cut prices twice this year, and at least two rivals have stopped taking new customers.",
    "The company has raised about ${money} million since it was founded, most of it from a handful of European funds and a sovereign investor in the Gulf.",
    "{agency} officials declined to say how much the contract is worth, citing commercial confidentiality, but budget documents put the programme at roughly ${money} million.",
    "A spokesperson for {company2} said the firm was “watching closely” and would bid on the next round, which opens in {month}.",
    "The first attempt ended {n} seconds after ignition when sensors flagged a pressure drop in {what}, and the flight computer shut the engines down as designed.",
    "Since then the team has run {n} more tests, each longer than the last, and the most recent lasted the full planned duration without a fault.",
    "Regulators at {agency} still have to sign off on the revised safety case, a process that took about eleven weeks the last time the company changed its design.",
    "{person}, who joined from {company2} last year, has pushed the company to publish more of its test data, a rare move in an industry that prefers silence.",
    "The satellite will image the same patch of ground every {n} hours, which the company says is frequent enough to track ships, floods and crop damage.",
    "Local officials at {place} welcomed the news, saying the launches would bring about {n} permanent jobs and a steady stream of visiting engineers.",
    "Not everyone is convinced: a report commissioned by {agency} warned last year that too many providers are chasing too few payloads.",
    "The vehicle's upper stage now uses {what}, which {company} builds in-house instead of buying from a supplier in the United States.",
    "{mission} is the third of four planned missions, and the only one designed to return samples to Earth in a small capsule with a parachute.",
    "The company expects to make its first profit in {month} of next year, {person} said, if the launch cadence holds at one flight a month.",
    "Weather at {place} has been the main source of delay this season, with high winds scrubbing {n} attempts since the start of the campaign.",
    "Insurance for the flight was placed with a consortium of underwriters in London, who raised premiums after two failures elsewhere this year.",
    "{company2} declined to comment on the merger talks, but people familiar with the discussions said a deal could be announced before {month}.",
    "Ground controllers made contact with the spacecraft about {n} minutes after separation and reported that its solar arrays had deployed normally.",
    "The mission's science lead, {person}, said the first images would be released within weeks, once the instruments had been calibrated in orbit.",
    "At the heart of the dispute is {what}, which both companies claim to have designed first and which each says the other copied.",
    "The new facility at {place} will be able to integrate {n} spacecraft at once, double the capacity of the hall it replaces.",
    "Students from three universities built the secondary payload, a small camera that will photograph the stage as it drifts away.",
    "{agency} said the review board would publish its findings in {month}, and that no further flights would take place until then.",
    "The timing matters because a rival constellation from {company2} is due to begin service in {month}, and customers tend to sign with whoever is first.",
    "For now, {company} is focusing on reliability rather than price, {person} said, adding that the company would rather fly less often than fail.",
    "Shares in the firm's parent rose {n} percent on the news, recovering most of the ground lost after the delay was announced in the spring.",
    "The propellant tanks are made of a carbon composite that saves about {n} kilograms compared with the aluminium design used on earlier flights.",
)

DEKS = (
    "The deal gives {company} its busiest year yet and a foothold with {agency}.",
    "Engineers say the fix is simple; the schedule is not.",
    "A small team at {place} has done something the big players have not.",
    "The decision leaves {company2} scrambling for a ride to {orbit}.",
    "It is the {ordinal} change of plan for the programme this year.",
)

CAPTIONS = (
    "The {vehicle} rocket on the pad at {place}.",
    "Technicians prepare {mission} for testing.",
    "An artist's impression of {mission} in {orbit}.",
    "The test stand at {place} during a night firing.",
    "{person} speaks at a briefing in {month}.",
)
CREDIT_SOURCES = ("{company}", "{agency}", "{person}/{company}", "{agency}/{person}", "{company} handout")
RELATED_SUMMARIES = (
    "The company says the next flight will carry {n} customer satellites.",
    "{agency} wants a decision before {month}.",
    "Test data point to {what} as the cause.",
    "The site's second pad is due to open in {month}.",
)


def _fill(rng: random.Random, template: str, fixed: dict[str, str]) -> str:
    companies = rng.sample(COMPANIES, 2)
    values = {
        "company": companies[0],
        "company2": companies[1],
        "mission": rng.choice(MISSIONS),
        "vehicle": rng.choice(VEHICLES),
        "place": rng.choice(PLACES),
        "person": rng.choice(PEOPLE),
        "agency": rng.choice(AGENCIES),
        "orbit": rng.choice(ORBITS),
        "month": rng.choice(MONTHS),
        "role": rng.choice(ROLES),
        "what": rng.choice(WHATS),
        "what2": rng.choice(WHATS).removeprefix("a ").removeprefix("the ").removeprefix("its ").title(),
        "n": str(rng.randint(2, 40)),
        "money": str(rng.choice((12, 18, 25, 40, 65, 90, 120, 210))),
        "weekday": rng.choice(("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")),
        "ordinal": rng.choice(("second", "third", "fourth")),
    }
    values.update(fixed)
    return template.format(**values)


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


@attrs.frozen
class Page:
    """One article page and what it should parse to."""

    slug: str
    headline: str
    dek: str
    labels: tuple[str, ...]
    author: str
    date: dt.date
    caption: str
    credit: str
    body: tuple[str, ...]
    related: tuple[tuple[str, str], ...]
    """(headline, summary) of each related story."""

    def expected(self, upper_labels: bool = False) -> dict[str, Any]:
        return {
            "headline": self.headline,
            "categories": [lab.upper() if upper_labels else lab for lab in self.labels],
            "image_credit": self.credit,
            "body": list(self.body),
            "related": [h for h, _ in self.related],
        }


def make_pages(seed: int, n: int, labels: tuple[str, ...]) -> list[Page]:
    """``n`` pages with article texts drawn from the banks above (the same for a given seed)."""
    rng = random.Random(seed)
    pages = []
    for i in range(n):
        fixed = {"company": rng.choice(COMPANIES), "mission": rng.choice(MISSIONS), "person": rng.choice(PEOPLE)}
        fixed["company2"] = rng.choice([c for c in COMPANIES if c != fixed["company"]])
        headline = _cap(_fill(rng, rng.choice(HEADLINES), fixed))
        body = tuple(_fill(rng, t, fixed) for t in rng.sample(PARAGRAPHS, rng.randint(5, 8)))
        related = tuple(
            (_cap(_fill(rng, h, {})), _fill(rng, rng.choice(RELATED_SUMMARIES + PARAGRAPHS), {}))
            for h in rng.sample([h for h in HEADLINES if h != headline], 3)
        )
        pages.append(
            Page(
                slug=f"page-{i:02d}",
                headline=headline,
                dek=_fill(rng, rng.choice(DEKS), fixed),
                labels=tuple(rng.sample(labels, rng.choice((1, 2, 2, 3)))),
                author=rng.choice(PEOPLE),
                date=dt.date(2026, 1, 1) + dt.timedelta(days=rng.randint(0, 330)),
                caption=_fill(rng, rng.choice(CAPTIONS), fixed),
                credit=_fill(rng, rng.choice(CREDIT_SOURCES), fixed),
                body=body,
                related=related,
            )
        )
    return pages


def _e(text: str) -> str:
    return escape(text, quote=True)


def _long_date(d: dt.date) -> str:
    return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"


# --- Site 1: The Orbital Ledger ------------------------------------------------------------
# Furniture: an inline section menu; a member pitch above the article and again inside it; a
# "send / print / save" bar; a "Picture:" credit; labels in capitals joined by " / " (glued
# together in the text rendering); "Elsewhere in orbit" over the related stories; a masthead
# line and a tips line at the foot; the title suffix "— The Orbital Ledger".

LEDGER_LABELS = (
    "Stations", "Deep Space", "Ground Segment", "Smallsats", "Launch Economy", "ISRU", "Earth Watch", "Crewed Flight",
    "Spectrum", "Debris & Traffic",
)  # fmt: skip
LEDGER_MENU = ("Launches", "Satellites", "Stations", "Deep Space", "Podcasts", "Jobs Board")
LEDGER_PITCH = "Ledger Plus members read every story first, and ad-free. Join for $4 a month."
LEDGER_BAR = "Send to a colleague · Print this page · Save for later"
LEDGER_FOOT = (
    "The Orbital Ledger is published from Lisbon and Houston by an independent newsroom.",
    "Tips, leaks and launch photos: desk@orbitalledger.example",
    "Masthead · Ethics policy · Corrections · Advertise with the Ledger",
)


def _ledger_html(p: Page) -> str:
    menu = " ".join(f'<a href="/section/{_e(m.lower().replace(" ", "-"))}">{_e(m)}</a>' for m in LEDGER_MENU)
    kicker = "".join(f'<a href="/topic/{_e(lab.lower().replace(" ", "-"))}">{_e(lab.upper())}</a>' for lab in p.labels)
    mid = len(p.body) // 2
    copy = "".join(f"<p>{_e(t)}</p>" for t in p.body[:mid])
    copy += f'<p class="ol-plug">{_e(LEDGER_PITCH)}</p>'
    copy += "".join(f"<p>{_e(t)}</p>" for t in p.body[mid:])
    related = "".join(
        f'<li><a href="https://orbitalledger.example/{_e(h.lower().replace(" ", "-"))}">{_e(h)}</a></li>'
        for h, _ in p.related
    )
    foot = "".join(f"<p>{_e(line)}</p>" for line in LEDGER_FOOT)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{_e(p.headline)} — The Orbital Ledger</title></head>
<body>
<div class="ol-top"><span class="ol-logo">The Orbital Ledger</span> {menu}</div>
<div class="ol-strip"><p>{_e(LEDGER_PITCH)}</p></div>
<div class="ol-page">
<div class="ol-kicker">{kicker}</div>
<h1 class="ol-hed">{_e(p.headline)}</h1>
<p class="ol-dek">{_e(p.dek)}</p>
<p class="ol-by">Words by {_e(p.author)} · {_e(_long_date(p.date))}</p>
<p class="ol-tools">{_e(LEDGER_BAR)}</p>
<div class="ol-fig"><img src="/img/{p.slug}.jpg" alt=""><p class="ol-cap">{_e(p.caption)} Picture: {_e(p.credit)}</p></div>
<div class="ol-copy">{copy}</div>
<div class="ol-more"><h3>Elsewhere in orbit</h3><ul>{related}</ul></div>
</div>
<div class="ol-base">{foot}</div>
</body></html>
"""


def _ledger_text(p: Page) -> str:
    mid = len(p.body) // 2
    lines = [
        "The Orbital Ledger " + " ".join(LEDGER_MENU),
        LEDGER_PITCH,
        "".join(lab.upper() for lab in p.labels),  # innerText glues the label links
        p.headline,
        p.dek,
        f"Words by {p.author} · {_long_date(p.date)}",
        LEDGER_BAR,
        f"{p.caption} Picture: {p.credit}",
        *p.body[:mid],
        LEDGER_PITCH,
        *p.body[mid:],
        "Elsewhere in orbit",
        *(h for h, _ in p.related),
        *LEDGER_FOOT,
    ]
    return "\n\n".join(lines) + "\n"


# --- Site 2: Lunar Dispatch ----------------------------------------------------------------
# Furniture: a tagline under the name; a "Listen to this story" bar with a running time; labels
# joined by " | "; a "Frame:" credit line under the caption; a newsletter box with no word
# "newsletter" in it; a donation pitch at the end; "Keep orbiting" over the related stories
# (each with a summary); a two-line footer; the title suffix " | Lunar Dispatch".

DISPATCH_LABELS = (
    "Landers", "Artemis", "Gateway", "Regolith", "Lunar Economy", "Cislunar Ops", "Rovers", "Comms Relay",
    "Polar Ice", "Far Side",
)  # fmt: skip
DISPATCH_TOP = ("Lunar Dispatch", "Independent news from cislunar space")
DISPATCH_BOX = (
    "Moonday Brief",
    "The week on the Moon, every Monday, in five minutes flat.",
    "Count me in",
)
DISPATCH_PITCH = "The Dispatch is free because readers chip in. Back our reporting →"
DISPATCH_FOOT = (
    "Lunar Dispatch is a member of the Independent Space Press Association.",
    "Corrections · Ethics · Contact the desk",
)


def _listen(p: Page) -> str:
    minutes = 2 + sum(len(t.split()) for t in p.body) // 120
    return f"Listen to this story · {minutes} min"


def _dispatch_html(p: Page) -> str:
    labels = " | ".join(f'<a href="/tag/{_e(lab.lower().replace(" ", "-"))}">{_e(lab)}</a>' for lab in p.labels)
    mid = (len(p.body) + 1) // 2
    box = (
        f'<div class="ld-box"><h4>{_e(DISPATCH_BOX[0])}</h4><p>{_e(DISPATCH_BOX[1])}</p>'
        f"<button>{_e(DISPATCH_BOX[2])}</button></div>"
    )
    body = "".join(f"<p>{_e(t)}</p>" for t in p.body[:mid]) + box + "".join(f"<p>{_e(t)}</p>" for t in p.body[mid:])
    related = "".join(
        f'<div class="ld-card"><h4><a href="https://lunardispatch.example/{_e(h.lower().replace(" ", "-"))}">{_e(h)}</a></h4>'
        f"<p>{_e(s)}</p></div>"
        for h, s in p.related
    )
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{_e(p.headline)} | Lunar Dispatch</title></head>
<body>
<section class="ld-mast"><p class="ld-name">{_e(DISPATCH_TOP[0])}</p><p class="ld-tag">{_e(DISPATCH_TOP[1])}</p></section>
<section class="ld-story">
<p class="ld-labels">{labels}</p>
<h1>{_e(p.headline)}</h1>
<p class="ld-sub">{_e(p.dek)}</p>
<p class="ld-listen">{_e(_listen(p))}</p>
<p class="ld-by">By {_e(p.author)} | {p.date.isoformat()}</p>
<div class="ld-photo"><img src="/media/{p.slug}.jpg" alt=""><p>{_e(p.caption)}</p><p class="ld-frame">Frame: {_e(p.credit)}</p></div>
<div class="ld-text">{body}<p class="ld-ask">{_e(DISPATCH_PITCH)}</p></div>
</section>
<section class="ld-next"><h3>Keep orbiting</h3>{related}</section>
<section class="ld-foot">{"".join(f"<p>{_e(line)}</p>" for line in DISPATCH_FOOT)}</section>
</body></html>
"""


def _dispatch_text(p: Page) -> str:
    mid = (len(p.body) + 1) // 2
    lines = [
        *DISPATCH_TOP,
        " | ".join(p.labels),
        p.headline,
        p.dek,
        _listen(p),
        f"By {p.author} | {p.date.isoformat()}",
        p.caption,
        f"Frame: {p.credit}",
        *p.body[:mid],
        *DISPATCH_BOX,
        *p.body[mid:],
        DISPATCH_PITCH,
        "Keep orbiting",
    ]
    for h, s in p.related:
        lines += [h, s]
    lines += DISPATCH_FOOT
    return "\n\n".join(lines) + "\n"


@attrs.frozen
class Site:
    """A made-up site: its pages in both renderings, and its hand-written profile."""

    name: str
    host: str
    seed: int
    labels: tuple[str, ...]
    html: Callable[[Page], str]
    text: Callable[[Page], str]
    profile: str
    """The hand-written profile (TOML): what a person who read the pages would write."""

    def pages(self, n: int = 40) -> list[Page]:
        return make_pages(self.seed, n, self.labels)

    def url(self, page: Page) -> str:
        return f"https://{self.host}/news/{page.slug}"


LEDGER_PROFILE = """\
name = "orbitalledger"
hosts = ["orbitalledger.example"]
site = "The Orbital Ledger"
title_suffixes = ["The Orbital Ledger"]
labels = ["STATIONS", "DEEP SPACE", "GROUND SEGMENT", "SMALLSATS", "LAUNCH ECONOMY", "ISRU", "EARTH WATCH",
          "CREWED FLIGHT", "SPECTRUM", "DEBRIS & TRAFFIC"]
credit_prefixes = ["Picture"]
related_headings = ["Elsewhere in orbit"]
boilerplate = [
  "The Orbital Ledger Launches Satellites .{0,80}",
  "Ledger Plus members read every story first.{0,80}",
  "Send to a colleague · Print this page · Save for later",
  "The Orbital Ledger is published from .{0,100}",
  "Tips, leaks and launch photos: .{0,80}",
  "Masthead · Ethics policy · .{0,80}",
]

[selectors]
categories = ".ol-kicker a"
dek = ".ol-dek"
byline = ".ol-by"
caption = ".ol-cap"
"""

DISPATCH_PROFILE = """\
name = "lunardispatch"
hosts = ["lunardispatch.example"]
site = "Lunar Dispatch"
title_suffixes = ["Lunar Dispatch"]
labels = ["Landers", "Artemis", "Gateway", "Regolith", "Lunar Economy", "Cislunar Ops", "Rovers", "Comms Relay",
          "Polar Ice", "Far Side"]
credit_prefixes = ["Frame"]
related_headings = ["Keep orbiting"]
boilerplate = [
  "Lunar Dispatch",
  "Independent news from cislunar space",
  "Listen to this story · \\\\d+ min",
  "Moonday Brief",
  "The week on the Moon, every Monday, in five minutes flat\\\\.",
  "Count me in",
  "The Dispatch is free because readers chip in\\\\..{0,60}",
  "Lunar Dispatch is a member of .{0,100}",
  "Corrections · Ethics · Contact the desk",
]

[selectors]
categories = ".ld-labels a"
dek = ".ld-sub"
caption = ".ld-photo p:not(.ld-frame)"
credit = ".ld-frame"
"""

SITES: tuple[Site, ...] = (
    Site("orbitalledger", "orbitalledger.example", 11, LEDGER_LABELS, _ledger_html, _ledger_text, LEDGER_PROFILE),
    Site(
        "lunardispatch", "lunardispatch.example", 23, DISPATCH_LABELS, _dispatch_html, _dispatch_text, DISPATCH_PROFILE
    ),
)


# --- Site 3: Rocket Row Daily (held out: written after learn was settled, to check it) ------
# Furniture in other shapes: a lynx-style text rendering (indented paragraphs, bullet menus);
# the site name before the title ("Rocket Row Daily: Headline"); labels on a "Filed to:" line
# under the dek (not next to the headline); the credit in brackets at the end of the caption
# ("(Pic: X)"); a "story continues below" marker and a trial pitch with a number inside the
# article; "From the archive" over bulleted stories; a footer line longer than 120
# characters; an issue number that changes from page to page.

ROW_LABELS = (
    "Engines",
    "Test Stands",
    "Vehicles",
    "Spaceports",
    "Launch Contracts",
    "Reusability",
    "Propellants",
    "Range Safety",
)
ROW_MENU = ("Home", "Launch schedule", "Vehicles", "Newsletter", "About us")
ROW_TAGLINE = "The launch industry, every weekday at 6am Eastern"
ROW_MARKER = "— Story continues below —"
ROW_PITCH = "ROCKET ROW PRO: launch manifests, contract data and analyst notes for teams. Start a 14-day trial."
ROW_FOOT = (
    "Rocket Row Daily is written and edited in Huntsville and Seville. We never accept payment from the companies we "
    "cover, and we say so when a source is a client of ours."
)


def _issue(p: Page) -> str:
    return f"Issue {400 + int(p.slug[-2:])} · printed on recycled electrons"


def _row_html(p: Page) -> str:
    menu = "".join(f'<li><a href="/{_e(m.lower().replace(" ", "-"))}">{_e(m)}</a></li>' for m in ROW_MENU)
    filed = ", ".join(f'<a href="/filed/{_e(lab.lower().replace(" ", "-"))}">{_e(lab)}</a>' for lab in p.labels)
    third = max(1, len(p.body) // 3)
    body = "".join(f"<p>{_e(t)}</p>" for t in p.body[:third])
    body += f'<p class="rr-marker">{_e(ROW_MARKER)}</p><div class="callout"><p>{_e(ROW_PITCH)}</p></div>'
    body += "".join(f"<p>{_e(t)}</p>" for t in p.body[third:])
    archive = "".join(
        f'<li><a href="https://rocketrow.example/{_e(h.lower().replace(" ", "-"))}">{_e(h)}</a></li>'
        for h, _ in p.related
    )
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Rocket Row Daily: {_e(p.headline)}</title></head>
<body>
<header><a class="skip" href="#main">Skip to content</a><ul class="rr-menu">{menu}</ul><p class="rr-tagline">{_e(ROW_TAGLINE)}</p></header>
<main id="main"><article>
<h1 class="rr-title">{_e(p.headline)}</h1>
<p class="rr-standfirst">{_e(p.dek)}</p>
<p class="rr-filed">Filed to: {filed}</p>
<p class="rr-byline">By {_e(p.author)} — {_e(_long_date(p.date))}</p>
<figure><img src="/i/{p.slug}.jpg" alt=""><figcaption>{_e(p.caption)} (Pic: {_e(p.credit)})</figcaption></figure>
{body}
<section class="rr-archive"><h2>From the archive</h2><ul>{archive}</ul></section>
</article></main>
<footer><p>{_e(ROW_FOOT)}</p><p>{_e(_issue(p))}</p></footer>
</body></html>
"""


def _row_text(p: Page) -> str:
    """What ``lynx -dump -nolist`` keeps: indented paragraphs, bullets for list items."""
    third = max(1, len(p.body) // 3)
    out = ["   Skip to content", "", *(f"     * {m}" for m in ROW_MENU), "", f"   {ROW_TAGLINE}", "", p.headline, ""]
    out += [
        f"   {p.dek}",
        "",
        f"   Filed to: {', '.join(p.labels)}",
        "",
        f"   By {p.author} — {_long_date(p.date)}",
        "",
    ]
    out += [f"   {p.caption} (Pic: {p.credit})", ""]
    for t in p.body[:third]:
        out += [f"   {t}", ""]
    out += [f"   {ROW_MARKER}", "", f"   {ROW_PITCH}", ""]
    for t in p.body[third:]:
        out += [f"   {t}", ""]
    out += ["From the archive", "", *(f"     * {h}" for h, _ in p.related), "", f"   {ROW_FOOT}", "", f"   {_issue(p)}"]
    return "\n".join(out) + "\n"


ROW_PROFILE = """\
name = "rocketrow"
hosts = ["rocketrow.example"]
site = "Rocket Row Daily"
title_suffixes = ["Rocket Row Daily"]
labels = ["Engines", "Test Stands", "Vehicles", "Spaceports", "Launch Contracts", "Reusability", "Propellants",
          "Range Safety"]
credit_prefixes = ["Pic"]
related_headings = ["From the archive"]
boilerplate = [
  "The launch industry, every weekday at 6am Eastern",
  "— Story continues below —",
  "ROCKET ROW PRO: .{0,120}",
  "Issue \\\\d+ · printed on recycled electrons",
]
boilerplate_phrases = ["rocket row daily is written and edited in + we say so when a source is a client of ours"]

[selectors]
categories = ".rr-filed a"
"""


# --- Site 4: Orbit Wire (held out: written after the fixes Rocket Row Daily led to) -------
# A breadcrumb that starts with the site's name; a sponsor line; a share bar naming networks
# the defaults do not list; a credit after a dash ("Credit — X"); a newsletter box; "The wire,
# continued" over the related stories with their summaries; a postal address with numbers;
# the title suffix " - Orbit Wire".

WIRE_LABELS = (
    "Upper Stages",
    "Mega-Constellations",
    "Spaceflight Policy",
    "Insurance",
    "Orbital Refuelling",
    "Hypersonics",
    "Earth Imaging",
    "Space Weather",
)
WIRE_SPONSOR = "Sponsored by Helios Capital — financing the new space economy"
WIRE_SHARE = "Share on Mastodon | Bluesky | Copy link"
WIRE_BOX = ("Morning Liftoff lands at 7am, five days a week.", "Add your address below.", "Add me")
WIRE_FOOT = ("About Orbit Wire · Staff · Licensing", "Orbit Wire Ltd, 22 Gantry Lane, Bristol BS1 4XY")


def _wire_html(p: Page) -> str:
    crumbs = " › ".join(
        [
            '<a href="/">Orbit Wire</a>',
            *(f'<a href="/s/{_e(lab.lower().replace(" ", "-"))}">{_e(lab)}</a>' for lab in p.labels),
        ]
    )
    half = len(p.body) // 2
    body = "".join(f"<p>{_e(t)}</p>" for t in p.body[:half])
    body += '<div class="ow-signup">' + "".join(f"<p>{_e(t)}</p>" for t in WIRE_BOX) + "</div>"
    body += "".join(f"<p>{_e(t)}</p>" for t in p.body[half:])
    more = "".join(
        f'<div class="ow-tile"><a href="https://orbitwire.example/{_e(h.lower().replace(" ", "-"))}">{_e(h)}</a><p>{_e(x)}</p></div>'
        for h, x in p.related
    )
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{_e(p.headline)} - Orbit Wire</title></head>
<body>
<div class="ow-crumbs">{crumbs}</div>
<div class="ow-sponsor">{_e(WIRE_SPONSOR)}</div>
<div class="ow-head"><h1>{_e(p.headline)}</h1><p class="ow-intro">{_e(p.dek)}</p>
<p class="ow-meta">{_e(p.author)} | {_e(_long_date(p.date))}</p><p class="ow-share">{_e(WIRE_SHARE)}</p></div>
<div class="ow-lead"><img src="/l/{p.slug}.jpg" alt=""><span class="ow-caption">{_e(p.caption)}</span> <span class="ow-credit">Credit — {_e(p.credit)}</span></div>
<div class="ow-body">{body}</div>
<div class="ow-more"><h3>The wire, continued</h3>{more}</div>
<div class="ow-foot">{"".join(f"<p>{_e(t)}</p>" for t in WIRE_FOOT)}</div>
</body></html>
"""


def _wire_text(p: Page) -> str:
    half = len(p.body) // 2
    lines = [
        " › ".join(("Orbit Wire", *p.labels)),
        WIRE_SPONSOR,
        p.headline,
        p.dek,
        f"{p.author} | {_long_date(p.date)}",
        WIRE_SHARE,
        f"{p.caption} Credit — {p.credit}",
        *p.body[:half],
        *WIRE_BOX,
        *p.body[half:],
        "The wire, continued",
    ]
    for h, x in p.related:
        lines += [h, x]
    lines += list(WIRE_FOOT)
    return "\n\n".join(lines) + "\n"


WIRE_PROFILE = """\
name = "orbitwire"
hosts = ["orbitwire.example"]
site = "Orbit Wire"
title_suffixes = ["Orbit Wire"]
labels = ["Upper Stages", "Mega-Constellations", "Spaceflight Policy", "Insurance", "Orbital Refuelling", "Hypersonics",
          "Earth Imaging", "Space Weather"]
related_headings = ["The wire, continued"]
boilerplate = [
  "Sponsored by Helios Capital .{0,80}",
  "Share on Mastodon \\\\| Bluesky \\\\| Copy link",
  "Morning Liftoff lands at 7am.{0,60}",
  "Add your address below\\\\.",
  "Add me",
  "About Orbit Wire · .{0,60}",
  "Orbit Wire Ltd, .{0,80}",
]

[selectors]
categories = ".ow-crumbs a"
caption = ".ow-caption"
credit = ".ow-credit"
"""

HELD_OUT: tuple[Site, ...] = (
    Site("rocketrow", "rocketrow.example", 37, ROW_LABELS, _row_html, _row_text, ROW_PROFILE),
    Site("orbitwire", "orbitwire.example", 53, WIRE_LABELS, _wire_html, _wire_text, WIRE_PROFILE),
)
"""Sites written after ``learn`` was settled: its figures there are the honest ones."""


def _tokens(texts: Any) -> Counter[str]:
    return Counter(w for t in texts for w in re.findall(r"\w+", t.lower()))


def score(expected: list[dict[str, Any]], articles: list[Any]) -> dict[str, float]:
    """Body precision, recall and F1 (word tokens over all pages), and field accuracy: headline
    exact, categories F1 (case-folded), image credit exact, related headlines found (recall)."""
    tp = fp = fn = 0
    heads = credits = 0
    cat_tp = cat_fp = cat_fn = 0
    rel_found = rel_total = 0
    for exp, art in zip(expected, articles, strict=True):
        want, got = _tokens(exp["body"]), _tokens(art.body)
        common = sum((want & got).values())
        tp += common
        fp += sum(got.values()) - common
        fn += sum(want.values()) - common
        heads += art.headline == exp["headline"]
        credits += art.image_credit == exp["image_credit"]
        want_c = {c.casefold() for c in exp["categories"]}
        got_c = {c.casefold() for c in (*art.categories, *art.tags)}
        cat_tp += len(want_c & got_c)
        cat_fp += len(got_c - want_c)
        cat_fn += len(want_c - got_c)
        got_r = {r.headline for r in art.related}
        rel_found += sum(h in got_r for h in exp["related"])
        rel_total += len(exp["related"])
    n = len(expected)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    cp = cat_tp / (cat_tp + cat_fp) if cat_tp + cat_fp else 0.0
    cr = cat_tp / (cat_tp + cat_fn) if cat_tp + cat_fn else 0.0
    return {
        "body_p": p,
        "body_r": r,
        "body_f1": 2 * p * r / (p + r) if p + r else 0.0,
        "headline": heads / n,
        "categories_f1": 2 * cp * cr / (cp + cr) if cp + cr else 0.0,
        "credit": credits / n,
        "related": rel_found / rel_total if rel_total else 0.0,
    }


def write_site(site: Site, out: Path, n: int = 40) -> None:
    """``out/<site>/html/page-NN.html``, ``text/page-NN.txt``, ``expected.jsonl`` and ``hand.toml``."""
    root = out / site.name
    for sub in ("html", "text"):
        (root / sub).mkdir(parents=True, exist_ok=True)
    with (root / "expected.jsonl").open("w", encoding="utf-8") as fh:
        for page in site.pages(n):
            (root / "html" / f"{page.slug}.html").write_text(site.html(page), encoding="utf-8")
            (root / "text" / f"{page.slug}.txt").write_text(site.text(page), encoding="utf-8")
            fh.write(
                json.dumps({"slug": page.slug, "url": site.url(page), **page.expected()}, ensure_ascii=False) + "\n"
            )
    (root / "hand.toml").write_text(site.profile, encoding="utf-8")


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "out/sites")
    for s in (*SITES, *HELD_OUT):
        write_site(s, target)
    print(f"wrote {len(SITES) + len(HELD_OUT)} sites to {target}")
