"""The article's headline.

HTML: the front end marks the article's ``<h1>`` (or the heading that matches
``og:title``/JSON-LD ``headline``) with the ``headline`` hint. Text: every title-like line
of the header (above the content zone and its first lines) is scored on named evidence
(:data:`FEATURES`: the page's title line or lynx's ``<link>`` titles, a byline or date
below it, lynx's headings at the margin, a breadcrumb trail ending with it; against: a
menu, a label line, the site's name, a place inside the zone) and the best one wins;
:func:`text_candidates` shows the scores. Share-bar words glued to the end
(``…MissionShare:``) and a date glued before it (``23.01.2022 - …``, text) are cut off.
"""

from __future__ import annotations

import heapq
import re

from ..blocks import Block, Document, Meta
from ..profiles import Profile
from ..recognisers.bylines import parse_byline
from ..recognisers.credits import is_caption_above, parse_credit
from ..recognisers.dates import find_date
from ..recognisers.furniture import is_render_artefact
from ..recognisers.labels import label_line
from ..recognisers.prose import ends_sentence, is_prose, is_title_like, words
from ..recognisers.sites import similar, site_key, title_segments
from ..recognisers.urls import host_of
from ..segmentation import Role, Segmentation

__all__ = ["FEATURES", "clean_headline", "html_headline", "markup_headline", "rule", "text_candidates"]

_GLUED_TAIL = re.compile(
    r"(?<=[\w.!?’”\"')])(?:Share(?: this)?(?: article| story)?|Tweet|Comments?|Print|Email|Save)\s*:?\s*$"
)
# How a _GLUED_TAIL match ends, before its optional colon and spaces.
_GLUED_WORD_ENDS = ("Share", "this", "article", "story", "Tweet", "Comment", "Comments", "Print", "Email", "Save")
_LOOKBACK = 14


def clean_headline(text: str) -> str:
    """Remove share-bar words glued to a headline by scraping."""
    t = text.rstrip()
    if t.endswith(":"):
        t = t[:-1].rstrip()
    if not t.endswith(_GLUED_WORD_ENDS):
        return text.strip()  # what the substitution leaves when the pattern cannot match
    return _GLUED_TAIL.sub("", text).strip()


# "Updated 2 hours ago": a time stamp under the byline, never the headline.
_RELATIVE_TIME = re.compile(
    r"(?:(?:updated|published|posted|last updated):?\s+)?(?:\d{1,3}|an?|one)\s+"
    r"(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\s+ago\.?",
    re.IGNORECASE,
)


def markup_headline(meta: Meta) -> str | None:
    """The headline an HTML page shows when no heading block carries it: the ``<h1>`` (even
    one the walk skipped as furniture) that shares most words with the markup title, else
    the markup title."""
    title = meta.headline
    if not title or title in meta.h1s:
        return title
    best, best_sim = None, 0.6
    for h1 in meta.h1s:
        sim = similar(h1, title)
        if sim >= best_sim and len(h1) <= 300 and site_key(h1) not in meta.site_keys:
            best, best_sim = h1, sim
    return best or title


_KICKER_WORDS = 6


def html_headline(shown: str | None, meta: Meta) -> str | None:
    """The headline of an HTML page, from the heading the front end marked (``shown``: the one
    most like the markup title, else the first ``<h1>``) and the page's metadata.

    Evidence, in order:
    1. ``shown`` is the site's name (a logo ``<h1>``): not the headline;
    2. the markup title, or another one (``og:title`` over a JSON-LD headline that lacks the
       kicker), reads as ``shown`` with the punctuation the layout drew (a kicker set in its
       own span: "Die Eisheiligen 2024" / "Wann sie sind" over "...2024: Wann..."): that title;
    3. ``shown`` is a kicker, section or date, then the markup title ("Immobilienkrise Rene
       Benko-Firma ..."): the markup title;
    4. ``shown`` is nowhere in the ``<title>`` (a section's name in the first ``<h1>``) and
       an ``<h1>`` is the title's first part: that ``<h1>``;
    5. an ``<h1>`` says exactly what the markup title says while ``shown`` does not, and is
       not the title without its kicker unless it sets the kicker apart ("Landtagswahl in
       Thüringen: ..."; the walk skipped the real ``<h1>`` as furniture): that ``<h1>``;
    6. ``shown`` is the markup title and a date (set inside the ``<h1>``): the markup title;
    7. ``shown`` is a part of the ``<title>`` naming the site or a section
       (:func:`_without_site_segment`); a kicker glued into ``shown`` that the title sets
       apart is dropped (:func:`_without_glued_kicker`);
    8. no heading marked: the ``<h1>`` that is the first part of the title ("Headline - Recipe
       from Site"), else :func:`markup_headline`, with the same test as 7; an ``<h1>`` that
       agrees with none of the markup titles beats them (:func:`_lone_h1`).
    A date glued to the front ("23.01.2022 - Headline") is cut off.
    """
    title = meta.headline
    keys = meta.site_keys
    if shown is not None and (site_key(shown) in keys or not any(c.isalnum() for c in shown)):
        shown = None  # the site's name in a logo <h1>, or a heading of dots and symbols
    if shown is None:
        found = _first_segment_h1(meta) or markup_headline(meta)
        if found is not None and found == title:
            found = _lone_h1(meta) or found
        return _without_leading_date(_without_site_segment(found, meta) if found else found)
    if not title:
        return _without_leading_date(shown)
    k_shown, k_title = site_key(shown), site_key(title)
    if k_shown != k_title and not any(site_key(h1) == k_title for h1 in meta.h1s):
        # Another markup title (og:title over a JSON-LD headline without the kicker) may
        # read as ``shown`` with the punctuation the layout drew (no <h1> says the first).
        drawn = _letters(shown)
        for other in meta.titles:
            if _letters(other) == drawn:
                return other
    if k_shown == k_title:
        # The same letters in the same case: the markup title has the punctuation the layout
        # drew; letters that differ in case are the page's own styling of its title.
        return title if _letters(shown) == _letters(title) else shown
    if k_title and k_shown.endswith(k_title) and words(shown) - words(title) <= _KICKER_WORDS:
        return title
    if k_title and k_shown.startswith(k_title) and _only_a_date(k_shown[len(k_title) :]):
        return title  # a date set inside the <h1>, after the headline
    if k_shown not in site_key(meta.title or title):
        # ``shown`` is nowhere in the title (a section's name in the first <h1>): the <h1>
        # that is the title's first part is the headline.
        first = _first_segment_h1(meta)
        if first is not None:
            return first
    kicked = k_title.endswith(k_shown)  # (``shown`` is the title without its kicker)
    for h1 in meta.h1s:
        if h1 != shown and site_key(h1) == k_title and (not kicked or _punctuated_kicker(h1, shown)):
            return h1
    return _without_leading_date(_without_glued_kicker(_without_site_segment(shown, meta), title))


def _without_glued_kicker(shown: str, title: str) -> str:
    """``shown`` without a kicker its layout glued on, when the title sets the kicker apart:
    "Initiative EnergieEffizienz Kostenloser Stromcheck für private Haushalte" under the title
    "Initiative EnergieEffizienz - kostenloser Stromcheck" reads "Kostenloser Stromcheck für
    private Haushalte"."""
    parts = title_segments(title)
    if len(parts) != 2 or words(parts[0]) > _KICKER_WORDS:
        return shown
    n = words(parts[0])
    pieces = shown.split()
    if len(pieces) < n + 3 or site_key(" ".join(pieces[:n])) != site_key(parts[0]):
        return shown
    rest = " ".join(pieces[n:])
    return rest if site_key(rest).startswith(site_key(parts[1])) else shown


def _without_site_segment(shown: str, meta: Meta) -> str:
    """The headline when ``shown`` is only a part of the ``<title>`` that names the site or a
    section: "Headline | Blog Name" with the blog's name in an ``<h1>`` gives the title without
    it; "Site - Section - Headline" with the section in one ``<h1>`` and the headline in
    another gives the other."""
    raw = meta.title
    if not raw:
        return shown
    parts = title_segments(raw)
    if len(parts) < 2:
        return shown
    keys = [site_key(p) for p in parts]
    k_shown = site_key(shown)
    if k_shown not in keys:
        return shown
    at = keys.index(k_shown)
    if at == len(parts) - 1 and words(" ".join(parts[:-1])) >= words(shown):
        return " - ".join(parts[:-1])
    if at < len(parts) - 1:
        longer = [h1 for h1 in meta.h1s if site_key(h1) in keys[at + 1 :] and words(h1) > words(shown)]
        if longer:
            return longer[-1]
    return shown


def _punctuated_kicker(full: str, tail: str) -> bool:
    """Does ``full`` read as a kicker, a colon or dash, then ``tail`` ("Landtagswahl in
    Thüringen: Voigt, Höcke und ...")? A kicker set in its own span without punctuation
    ("100. Geburtstag Holocaust-Überlebende ...") is the layout's, not the headline's."""
    cut = _kicker_cut(full)
    return cut > 0 and site_key(full[cut:]) == site_key(tail)


_KICKER_SPLIT = re.compile(r"(?::| [-–—|]) ")


def _kicker_cut(text: str) -> int:
    """Where the text after the first kicker mark (": ", " - ", " | ") starts, or -1."""
    found = _KICKER_SPLIT.search(text)
    return found.end() if found is not None else -1


def _only_a_date(key: str) -> bool:
    """``key`` (letters and digits only) is empty or digits: what is left of a numeric date."""
    return key.isdigit() and len(key) <= 14


def _letters(text: str) -> str:
    return "".join(c for c in text if c.isalnum())


def _first_segment_h1(meta: Meta) -> str | None:
    """The ``<h1>`` that is the first part of a title with several ("Headline - Recipe from Site")."""
    if not meta.headline:
        return None
    parts = title_segments(meta.headline)
    if len(parts) < 2:
        return None
    first = site_key(parts[0])
    return next((h1 for h1 in meta.h1s if site_key(h1) == first and first not in meta.site_keys), None)


def _lone_h1(meta: Meta) -> str | None:
    """The first ``<h1>`` (the walk skipped it as furniture) when it agrees with none of the
    markup's titles: those are then the site's or an older version's, the page shows this one.
    (An ``<h1>`` that sides with one markup title against another leaves the choice to their order.)"""
    stated = {site_key(t) for t in meta.titles}
    for h1 in meta.h1s:
        key = site_key(h1)
        if key in meta.site_keys or words(h1) < 3:
            continue
        return None if key in stated or any(similar(h1, t) >= 0.6 for t in meta.titles) else h1
    return None


def _without_leading_date(text: str | None) -> str | None:
    """``"23.01.2022 - Headline"`` -> ``"Headline"``: a date is never part of a headline's start."""
    if not text or not text[:1].isdigit():
        return text
    found = find_date(text[:40])
    if found is None or found[1] != 0:
        return text
    rest = text[found[2] :].lstrip(" -–—|:·•,")
    return rest if words(rest) >= 3 else text


def _skippable(text: str, profile: Profile) -> bool:
    return (
        parse_byline(text) is not None
        or parse_credit(text, profile, lead=True) is not None
        or (len(text) <= 40 and text.endswith(("ago", "ago.")) and _RELATIVE_TIME.fullmatch(text) is not None)
    )


def _is_dek_of(low: str, up: str) -> bool:
    """Is ``low`` the dek under headline ``up`` (rather than the headline under a menu)?"""
    nlow, nup = words(low), words(up)
    return nlow >= 8 and (
        (low.endswith((".", "?", "!")) and not up.endswith(".")) or (nlow >= 1.4 * nup and nlow >= 12)
    )


def _over_dek(low: Block, up: Block, heading: bool) -> bool:
    """Is ``low`` the dek under headline ``up`` when a byline follows both: a dek
    (:func:`_is_dek_of`), or, lynx's headings, a subheadline set apart at the same margin
    and no longer than the headline (a kicker or section name over a headline is shorter)."""
    if _is_dek_of(low.text, up.text):
        return True
    n = words(up.text)
    return heading and low.indent == up.indent and low.blank_before > 0 and n >= 4 and 4 <= words(low.text) <= n


def _outdented_heading(up: Block, low: Block, first: Block) -> bool:
    """``lynx -dump`` sets headings at the margin and indents paragraphs: a title-like line
    left of a line indented like the article's text is the heading over its dek."""
    return up.indent < low.indent == first.indent and words(low.text) >= 6


def _trail_end(blocks: tuple[Block, ...], above: int, found: int) -> bool:
    """Is the line above the candidate the last item of a breadcrumb trail or menu (short
    lines with no blank line between, "Space / Science & Astronomy / James Webb Space
    Telescope") set off from a candidate that does not read as a dek (no final stop)?"""
    up, low = blocks[above], blocks[found]
    if up.blank_before or not low.blank_before or above == 0 or ends_sentence(low.text):
        return False
    prev = blocks[above - 1]
    return words(prev.text) <= 5 and not ends_sentence(prev.text) and words(up.text) <= 5


# ---------------------------------------------------------------------------
# Text: a scored choice among the title-like lines of the page's header.
# ---------------------------------------------------------------------------

# What stands between a headline and the site's name in a page title ("Headline | Site",
# "Site - Headline", "Site: Headline").
_TITLE_SEP_AFTER = re.compile(r" ?(?:[|•·»«›‹:~/]|::|-{1,2}|[–—]) ")
_TITLE_SEP_BEFORE = re.compile(r"(?: (?:[|•·»«›‹~/]|::|-{1,2}|[–—])|:) $")
_DISTANCE = 0.03  # the cost of each line between a candidate and the content zone...
_WINDOW = 60  # ...up to this many lines
_REACH = 150  # lines looked at above the zone (or from the top, without one) for any headline
_TITLE_REACH = 120  # lines looked at into the zone for a line that matches the title

FEATURES: tuple[tuple[str, float, str], ...] = (
    (
        "title",
        6.0,
        "the page's title line (html-text's first line, lynx's <link> titles) is this line and the site's name",
    ),
    ("meta_after", 2.0, "a byline or date line follows before any running text (a dek, even a sentence, between)"),
    ("dek_after", 1.0, "its dek (lynx: or a subheadline no longer than it), then a byline or date line, follow"),
    ("over_heading", 1.5, "lynx: the next heading reads as this line's dek (a sentence, or as long or longer)"),
    ("prose_after", 1.0, "running text follows within a few lines"),
    ("heading", 3.0, "lynx: set at the margin (or centred) while the article's paragraphs are indented"),
    ("long", 1.0, "four words or more"),
    ("label", -3.0, "reads as a line of section labels"),
    ("in_list", -2.0, "one of a run of short lines without blank lines between (a menu)"),
    ("full_stop", -1.0, "ends with a full stop, as a sentence does"),
    ("in_zone", -1.0, "inside the content zone, below its first line (the zone starts at the headline or below)"),
    ("trail_end", 2.0, "a breadcrumb trail ends with this line"),
    ("site_name", -4.0, "the site's name (the host's name in the URL)"),
    ("teaser", -2.0, "lynx: one of three or more headings set at the same step (a list of teasers)"),
    ("numbered_trail", 5.0, "lynx: a numbered breadcrumb trail ('1. Home', '2. News', '3. Headline') ends with it"),
)
"""The evidence for and against a line being the headline of a text page: name, weight,
meaning. A line's score is the sum of the weights of its features, less a small cost per
line between it and the content zone; the best line wins."""

_WEIGHTS: dict[str, float] = {name: weight for name, weight, _ in FEATURES}
# The most that what follows a line can add to its score (a byline over a dek).
_MOST_AFTER = _WEIGHTS["meta_after"] + _WEIGHTS["dek_after"] + _WEIGHTS["over_heading"]


# Dashes and quotes as a page's <title> and its headline may set them differently (not
# guillemets: lynx's <link> titles are "Site » Headline").
_FOLD = (("–", "-"), ("—", "-"), ("‘", "'"), ("’", "'"), ("‚", "'"), ("“", '"'), ("”", '"'), ("„", '"'))


def _folded(text: str) -> str:
    """``text`` case-folded, with one dash and one quote of each kind, for comparing a line
    with the page's title."""
    folded = text.casefold()
    if folded.isascii():
        return folded  # (no dashes or quotes to fold: the common case)
    for mark, plain in _FOLD:
        if mark in folded:
            folded = folded.replace(mark, plain)
    return folded


def _title_sources(doc: Document) -> tuple[str, str]:
    """(the title line, lynx's ``<link>`` titles line), case-folded, or empty strings."""
    link = _folded(doc.meta.title or "") if doc.kind == "text" else ""
    title = ""
    blocks = doc.blocks
    # html-text prints the <title> first, set off by a blank line; lynx prints no title
    # (its first line, when it has the <link> titles, is no longer a block).
    if not link and len(blocks) > 1:
        b = blocks[0]
        text = b.text
        # (a sentence is the page's first paragraph, unless it names the site after a
        # separator: "Headline | Club e.V.")
        if (
            not b.bullet
            and not b.indent
            and is_title_like(text)
            and not (text.endswith(".") and is_prose(text) and _TITLE_SEP_AFTER.search(text) is None)
        ):
            title = _folded(text)
    return title, link


# Chinese, Japanese and Korean titles set the separator without spaces ("Headline：Site",
# "Headline-Site"), after a character of those scripts (or their wide punctuation).
_TIGHT_SEPS = frozenset("-:：|｜_/–—ㅣ")


def _wide(ch: str) -> bool:
    return ch >= "\u2e80"


def _may_match(text: str, title: str, link: str) -> bool:
    """Could ``text`` match the title (:func:`_title_match`)? A test of its first and last
    characters only, for the many lines looked at only for that."""
    if link:
        return True
    return title.startswith(_folded(text[0])) or title.endswith(_folded(text[-1]))


def _title_match(text: str, title: str, link: str) -> str | None:
    """How ``text`` (case-folded) stands in the page's title: ``title`` when it is the title
    less the site's name after it ("Headline | Site"), or the whole title, or the post's
    title in lynx's ``<link>`` titles; ``end`` when it ends the title after a separator
    ("Site: Headline", but as often the site's name: "Headline | Site"); else ``None``."""
    if title:
        n = len(text)
        if title.startswith(text):
            if n == len(title) or _TITLE_SEP_AFTER.match(title, n) or (_wide(text[-1]) and title[n] in _TIGHT_SEPS):
                return "title"
            # "Headline Recipe | Site", "Headline bei Shop": one word of the site's more.
            if title[n] == " " and n >= 12:
                at = title.find(" ", n + 1)
                if at < 0 or _TITLE_SEP_AFTER.match(title, at):
                    return "title"
        elif title.endswith(text) and _TITLE_SEP_BEFORE.search(title, 0, len(title) - n):
            return "end"
    # WordPress names a post's comment feed "Site » Headline Comments Feed".
    if link and ("» " + text + " ") in link:
        return "title"
    return None


def _site_keys(url: str | None) -> frozenset[str]:
    """The site's names as the URL's host spells them (``battery-news.de`` -> ``batterynewsde``,
    ``batterynews``), as :func:`site_key` compares them."""
    host = host_of(url)
    if host.startswith("www."):
        host = host[4:]
    if not host:
        return frozenset()
    labels = host.split(".")
    keys = {site_key(host), site_key(labels[0])}
    if len(labels) > 1:
        keys.add(site_key(".".join(labels[:-1])))
    return frozenset(k for k in keys if len(k) >= 3)


# A one-word line is the headline only when the page's title is that word and the site's
# name ("Ischgl | Trails! Der online Bike-Guide"): this many words at most.
_ONE_WORD_TITLE = 7
_OPEN_ENDS = (":", ",", ";")

_CENTRED = 40  # lynx centres a line by indenting it this far or more


def _body_indent(blocks: tuple[Block, ...], start: int) -> int:
    """The indent most lines of running text have in the 40 lines from ``start`` (the
    zone's start): ``lynx -dump`` indents paragraphs and sets headings at the margin; 0 when
    text is not indented."""
    lines = blocks[start : start + 40]
    if not any(b.indent for b in lines):
        return 0
    counts: dict[int, int] = {}
    long_lines = 0
    for b in lines:
        if b.text.count(" ") >= 7 and ends_sentence(b.text):  # (teaser lists have no final stops)
            long_lines += 1
            if b.indent and b.indent <= _CENTRED:
                counts[b.indent] = counts.get(b.indent, 0) + 1
    if not counts:
        return 0
    indent, count = max(counts.items(), key=lambda kv: kv[1])
    return indent if 2 * count >= long_lines else 0


def _short(b: Block) -> bool:
    return words(b.text) <= 6 and not ends_sentence(b.text)


_CLOCK = re.compile(r"(?<!\d)[012]?\d:[0-5]\d(?!\d)")


def _dated_with_clock(text: str) -> bool:
    """Does ``text`` carry a date and a clock time ("06.11.2023 13:30 von Olga", "2019/04/21
    11:51"): the time stamp of a post, not its headline?"""
    return ":" in text and _CLOCK.search(text) is not None and find_date(text) is not None


def _in_teasers(blocks: tuple[Block, ...], headings: set[int], i: int) -> bool:
    """Is heading ``i`` one of three or more set at the same step of 2-6 lines, the lines
    between two of them set alike (a list of teasers, each heading over its dek)?"""
    for step in range(2, 7):
        for first in (i - 2 * step, i - step, i):
            if (
                first >= 0
                and first in headings
                and first + step in headings
                and first + 2 * step in headings
                and (_set_alike(blocks, first, step) or _set_alike(blocks, first + step, step))
            ):
                return True
    return False


def _set_alike(blocks: tuple[Block, ...], at: int, step: int) -> bool:
    """Are the lines after ``at``, up to ``at + step``, indented like those after it?"""
    return all(blocks[at + k].indent == blocks[at + step + k].indent for k in range(1, step))


Candidate = tuple[int, float, tuple[str, ...]]
"""A line that could be the headline: its index, score and features (:data:`FEATURES`)."""


def _following(
    blocks: tuple[Block, ...], roles: tuple[Role | None, ...], i: int, profile: Profile
) -> tuple[bool, bool, int]:
    """What follows line ``i`` (furniture aside, four lines at most): (a byline or date line
    before any running text, running text, the index of the next line when it is title-like
    and neither, else -1)."""
    n = len(blocks)
    seen = 0
    j = i + 1
    dek = -1
    dek_prose = False
    while j < n and seen < 4:
        if roles[j] == "boilerplate":
            j += 1
            continue
        b = blocks[j]
        text = b.text
        if is_prose(text):
            # A standfirst right under the line, then the byline (its name and date on
            # lines of their own): "Headline / dek / Name / December 3, 2026".
            # (Not the lead image's caption: "... Foto: Name" under the headline.)
            if seen == 0 and words(text) <= 60 and not text.endswith("?") and parse_credit(text, profile) is None:
                for k in range(j + 1, min(n, j + 3)):
                    if roles[k] == "boilerplate" or blocks[k].text.endswith(":"):
                        break  # a comment thread's "Comments" / "Name on date said:"
                    by = parse_byline(blocks[k].text)
                    if by is not None and by[0]:  # a name, not only a date (a blog's tagline)
                        return True, True, j
            # A dek may read as a sentence: the byline under it is still this line's.
            # (A question under a line is rather the headline under a tagline.)
            if (
                seen
                or b.bullet
                or text.endswith("?")
                or not is_title_like(text)
                or not _reads_as_dek(text, blocks[i].text)
                or parse_byline(text) is not None
            ):
                return False, True, dek
            dek, dek_prose = j, True
        elif parse_byline(text) is not None:
            return True, False, dek
        elif seen == 0 and is_title_like(text) and not b.bullet:
            dek = j
        seen += 1
        j += 1
    return False, dek_prose, dek


_TRAIL_MARKS = ("»", "›", ">", "/", "|", "→")
_SHARE_WORDS = ("share", "sharing", "teilen", "partager", "compartir", "condividi", "delen")


def _trail_head(text: str) -> bool:
    """Could ``text`` start a breadcrumb trail: items between trail marks ("Home » News"),
    or a few capitalised words ("Start Thema Wirtschaft")? Or a share bar glued to the
    headline it shares ("Share All sharing options for: Headline")?"""
    if any(mark in text for mark in _TRAIL_MARKS):
        return True
    if text.endswith(":") and any(w in text.lower() for w in _SHARE_WORDS):
        return True
    parts = text.split()
    return len(parts) <= 5 and all(p[:1].isupper() for p in parts)


_NUMBERED = re.compile(r"(\d{1,2})\. (?=\S)")
_TRAIL_ITEM_WORDS = 4  # an item of a numbered trail before its last has this many words at most
_TRAIL_LAST_WORDS = 5  # the last item, the page's headline, has this many words at least


def _numbered_trail(blocks: tuple[Block, ...], upto: int) -> tuple[int, str] | None:
    """The last item of the first numbered breadcrumb trail above line ``upto``, and its text
    without the number: ``lynx -dump`` numbers an ordered list's items, and breadcrumbs are
    ordered lists ("1. Home", "2. Politik", "3. Headline of the page"), set tight and
    indented. The items before the last are short section names, the last is the page's
    headline (longer than any of them; a list of short names or of long teasers is no trail)."""
    i = 0
    while i < upto:
        b = blocks[i]
        text = b.text
        i += 1
        # (an item may be empty: a trail's first link is often an icon, "1.")
        if not b.indent or not (text.startswith("1. ") or text == "1."):
            continue
        items = [text[3:]]
        last = i - 1
        while i < len(blocks) and not blocks[i].blank_before and blocks[i].indent:
            m = _NUMBERED.match(blocks[i].text)
            if m is None or int(m.group(1)) != len(items) + 1:
                break
            items.append(blocks[i].text[m.end() :])
            last = i
            i += 1
        if len(items) < 2:
            continue
        head = items[-1]
        n = words(head)
        most = max(words(item) for item in items[:-1])
        if (
            n >= _TRAIL_LAST_WORDS
            and most <= _TRAIL_ITEM_WORDS
            and n >= most + 2
            and not any(ends_sentence(item) for item in items[:-1])
            and is_title_like(head)
        ):
            return last, head
    return None


def _reads_as_dek(low: str, up: str) -> bool:
    """Could ``low`` be the dek under headline ``up``: a sentence or much longer
    (:func:`_is_dek_of`), or at least as long as a headline of four words or more that is no
    sentence or question itself?"""
    return _is_dek_of(low, up) or (words(low) >= words(up) >= 4 and not up.endswith((".", "?")))


def _in_list(blocks: tuple[Block, ...], i: int) -> bool:
    """Is line ``i`` one of a run of short lines set without blank lines between (a menu)?
    (A headline longer than a menu item, set tight between a kicker and a byline, is not.)"""
    b = blocks[i]
    if b.blank_before or i == 0 or not _short(b) or not _short(blocks[i - 1]):
        return False
    return not blocks[i - 1].blank_before or (
        i + 1 < len(blocks) and not blocks[i + 1].blank_before and _short(blocks[i + 1])
    )


def text_candidates(doc: Document, seg: Segmentation, profile: Profile, *, prune: bool = False) -> list[Candidate]:
    """The lines that could be the headline of a text page, with their scores and features
    (:data:`FEATURES`), best first (ties: the first in the page): what the text headline
    rule chooses from.

    The lines looked at are those above the content zone and its first three lines (the
    zone may start at the headline or just below it), and lines further into the zone that
    match the page's title (a zone that took in the page's header). With ``prune``, only the best line is
    returned, found with the least work: lines whose cheaper features leave them no chance
    are never scored in full.
    """
    blocks = doc.blocks
    roles = seg.roles
    n = len(blocks)
    zone = seg.get("zone")
    start = zone[0] if zone is not None else min(n, _REACH)
    hi = min(n, start + 3)
    lo = max(0, start - _REACH)  # (above it only lines that match the title)
    title, link = _title_sources(doc)
    body_indent = _body_indent(blocks, start if zone is not None else 0)
    uses_blanks = any(b.blank_before for b in blocks[:hi])  # (else no line stands apart)
    keys = _site_keys(doc.url)
    # First what is cheap to tell: the title, the line's shape and place.
    cheap: list[tuple[int, list[str]]] = []
    titles = bool(title or link)
    # Lines that match the title are looked for into the zone, as far as _TITLE_REACH
    # lines (a zone may start at a cookie banner): lynx's <link> titles name the post
    # itself, so a copy of its title below a zone that took in the page's header counts
    # too; the title line of html-text is repeated by share and print boxes past the zone.
    last = hi
    if zone is not None and titles:
        below = n
        if not link:
            below = zone[1] + 1
        last = max(hi, min(n, below, start + _TITLE_REACH))
    margin = min(body_indent, 2)
    for i in range(last):
        b = blocks[i]
        if roles[i] is not None or b.bullet:
            continue
        text = b.text
        if (i >= hi or i < lo) and not (titles and _may_match(text, title, link)):
            continue  # (out there only lines that match the title count)
        title_like = is_title_like(text)
        # (one word is a headline only when the page's title names it: "Ischgl | Site")
        if not title_like and not (titles and " " not in text and len(text) >= 3 and not text.endswith(_OPEN_ENDS)):
            continue
        if is_render_artefact(text) or _dated_with_clock(text) or text.startswith(": "):
            continue  # (": rest": the rest of a headline split after its kicker)
        feats: list[str] = []
        titled = _title_match(_folded(text), title, link) if titles and (i > 0 or not title) else None
        if not title_like and (
            titled != "title"
            or (
                title
                and (
                    words(title) > _ONE_WORD_TITLE or (title[len(text) : len(text) + 1] == ":" and not _wide(text[-1]))
                )
            )
        ):
            continue  # (a section or place before a headline: "Lübeck: So lief die Auktion ...")
        if titled:
            feats.append(titled)
        elif not title_like or i >= hi or i < lo or (text.endswith(".") and is_prose(text)):
            continue  # (a sentence of running text: a headline rarely ends with a full stop)
        if b.indent < margin or b.indent > _CENTRED:
            feats.append("heading")
        if words(text) >= 4:
            feats.append("long")
        if uses_blanks and not b.blank_before and _in_list(blocks, i):
            if not title_like:
                continue  # (a menu item of one word: the title names the section)
            feats.append("in_list")
        if text.endswith("."):
            feats.append("full_stop")
        if i > start:
            feats.append("in_zone")
        if keys and (site_key(text) in keys or site_key(_TITLE_SEP_AFTER.split(text, 1)[0]) in keys):
            feats.append("site_name")
        cheap.append((i, feats))
    # A breadcrumb trail ends with the page's own title ("Home » News » Headline"): the
    # trail is not the headline, the line it ends with is.
    by_last: dict[str, list[int]] = {}
    for i, _ in cheap:
        t = blocks[i].text
        if t.count(" ") >= 2:
            by_last.setdefault(t[t.rfind(" ") + 1 :].casefold(), []).append(i)
    ends_trail: set[int] = set()
    if by_last:
        for i, _ in cheap:
            t = blocks[i].text
            for j in by_last.get(t[t.rfind(" ") + 1 :].casefold(), ()):
                end = blocks[j].text
                at = len(t) - len(end) - 1
                if at > 0 and t[at] == " " and t.casefold().endswith(end.casefold()) and _trail_head(t[:at]):
                    ends_trail.add(j)
    # lynx's numbered breadcrumb trail ends with the page's headline: a line that reads the
    # same is it (or the same after a kicker, "Topic: Headline", set as a heading; or the
    # same without the kicker the trail has: the trail's text is then the headline's), else
    # the trail's last item.
    trail = _numbered_trail(blocks, last)
    if trail is not None:
        head = trail[1]
        named = [
            feats
            for i, feats in cheap
            if i != trail[0]
            and (
                blocks[i].text == head
                or (blocks[i].text.endswith(": " + head) and "heading" in feats)
                or head.endswith(": " + blocks[i].text)
            )
        ]
        named.extend(feats for i, feats in cheap if i == trail[0] and not named)
        for feats in named:
            feats.append("numbered_trail")
    # Teasers: headings set at a regular step (each over its dek), three or more in a row.
    headings = {i for i, feats in cheap if "heading" in feats}
    for i, feats in cheap:
        if i in ends_trail:
            feats.append("trail_end")
        if i in headings and _in_teasers(blocks, headings, i):
            feats.append("teaser")
    # A title names one headline: where shorter lines match it too ("Ultium Cells" in
    # "Site » Ultium Cells erhöht Gigafactory-Kapazität Comments Feed"), the longest does.
    # "Headline | Site" is the usual order: a line that ends the title is the headline
    # only if no line starts it ("Site: Headline" then).
    starts = [len(blocks[i].text) for i, feats in cheap if "title" in feats and "site_name" not in feats]
    longest = max(starts, default=0)
    longest_end = max((len(blocks[i].text) for i, feats in cheap if "end" in feats), default=0)
    ranked: list[tuple[float, int, int, list[str]]] = []
    for i, feats in cheap:
        if "title" in feats and len(blocks[i].text) < longest:
            feats.remove("title")
        elif "end" in feats:
            if not starts and len(blocks[i].text) == longest_end:
                feats[feats.index("end")] = "title"
            else:
                feats.remove("end")
        score = sum(_WEIGHTS[f] for f in feats) - _DISTANCE * min(abs(start - i), _WINDOW)
        most = _MOST_AFTER if "heading" in feats else _MOST_AFTER - _WEIGHTS["over_heading"]
        ranked.append((-score - most, i, 0, feats))
    # Then what follows each line, and what it says: with ``prune``, a line is looked at
    # further only while the best it can still score beats every other line's (a line is
    # the headline once it is scored in full with nothing left that could beat it).
    heapq.heapify(ranked)
    out: list[Candidate] = []
    while ranked:
        bound, i, stage, feats = heapq.heappop(ranked) if prune else ranked.pop()
        text = blocks[i].text
        if stage == 2:
            out.append((i, -bound, tuple(feats)))
            if prune:
                break
            continue
        if stage == 0:
            score = -bound - (_MOST_AFTER if "heading" in feats else _MOST_AFTER - _WEIGHTS["over_heading"])
            meta, prose, dek = _following(blocks, roles, i, profile)
            # (a kicker's byline is the headline's below it: "Aerospace & Defense" over
            # "Planemaker trims delivery goal..." over "By ...")
            if meta and not (dek >= 0 and words(text) <= 3 < words(blocks[dek].text)):
                feats.append("meta_after")
                score += _WEIGHTS["meta_after"]
                if dek >= 0 and _over_dek(blocks[dek], blocks[i], "heading" in feats):
                    feats.append("dek_after")
                    score += _WEIGHTS["dek_after"]
            if dek >= 0 and (
                "heading" in feats
                and blocks[dek].indent == blocks[i].indent
                and (
                    _is_dek_of(blocks[dek].text, text)
                    or (words(blocks[dek].text) >= words(text) >= 4 and not text.endswith((".", "?")))
                )
                and not (i > 0 and blocks[i - 1].indent == blocks[i].indent and is_title_like(blocks[i - 1].text))
            ):
                feats.append("over_heading")
                score += _WEIGHTS["over_heading"]
            if prose:
                feats.append("prose_after")
                score += _WEIGHTS["prose_after"]
            entry = (-score, i, 1, feats)
        else:
            if _skippable(text, profile):
                continue
            score = -bound
            if label_line(text, profile, strict=True) is not None:
                feats.append("label")
                score += _WEIGHTS["label"]
            entry = (-score, i, 2, feats)
        if prune:
            heapq.heappush(ranked, entry)
        else:
            ranked.append(entry)
    out.sort(key=lambda c: (-c[1], c[0]))
    return out


_DATE_GLUE = " -–—|:,·•/"


def _undated(text: str) -> str:
    """A headline without the date glued before it ("23.01.2022 - Headline",
    "27.01.2022Headline", "1. Februar 2022 Headline")."""
    if not text[:1].isdigit():
        return text
    found = find_date(text)
    if found is None or found[1] != 0:
        return text
    rest = text[found[2] :].lstrip(_DATE_GLUE)
    return rest if is_title_like(rest) and not parse_byline(rest) else text


def _joined_by_title(doc: Document, found: int, text: str) -> tuple[str, int]:
    """The kicker and the headline joined, when the rendering set them on two lines: the
    rest of the headline on a line of its own that starts with the colon (": Stadt der
    Superlative"), or a kicker the page's title joins to the headline below it ("Nach
    Gaetz-Rückzug: Trump-Anwältin soll ..."); and the index of the line joined (-1: none)."""
    blocks = doc.blocks
    if found + 1 >= len(blocks):
        return text, -1
    below = blocks[found + 1].text
    if below.startswith(": ") and words(below) >= 2:
        return text + below, found + 1
    if words(text) > _KICKER_WORDS_MOST:
        return text, -1
    title = _title_sources(doc)[0]
    here = _folded(text)
    if title.startswith(here + ": ") and _title_match(here + ": " + _folded(below), title, "") == "title":
        return text + ": " + below, found + 1
    return text, -1


_KICKER_WORDS_MOST = 4  # a kicker the title joins to the headline has this many words at most
_COPY_REACH = 15  # lines looked at on each side of the headline for another copy of it
_KICKER_MOST = 6  # words a kicker glued before the headline has at most


def _best_copy(blocks: tuple[Block, ...], roles: tuple[Role | None, ...], found: int, text: str) -> str:
    """The headline as another copy of it near ``found`` prints it, when that copy is the
    better one: the same letters with the punctuation a layout dropped between its spans
    ("Rückbau von Atomkraftwerk: Kühltürme ..." for "Rückbau von Atomkraftwerk Kühltürme
    ..."), else the headline without a kicker glued before it ("Premier League Rückschlag im
    Titelkampf ..." when "Rückschlag im Titelkampf ..." stands alone)."""
    n = len(text)
    key = site_key(text)
    if len(key) < 12:
        return text
    tail = ""
    for j in range(max(0, found - _COPY_REACH), min(len(blocks), found + _COPY_REACH + 1)):
        other = blocks[j].text
        m = len(other)
        if j == found or m < 12 or m > n + 8 or roles[j] == "related":
            continue  # (a related story's headline is no copy of this one, even as its tail)
        if m > n:
            if other[0] == text[0] and other[-1] == text[-1] and site_key(other) == key and words(other) == words(text):
                return other
        elif m < n and not tail and text.endswith(other) and text[n - m - 1] == " ":
            kicker = text[: n - m - 1]
            # (a kicker set off by a colon or dash is part of the headline; a copy that
            # starts in lower case is a piece of it)
            if not other[0].islower() and kicker[-1:].isalnum() and words(other) >= 4 and words(kicker) <= _KICKER_MOST:
                tail = other
    return tail or text


def _text_rule(doc: Document, seg: Segmentation, profile: Profile) -> Segmentation:
    cands = text_candidates(doc, seg, profile, prune=True)
    if not cands:
        return seg
    found = cands[0][0]
    zone = seg.get("zone")
    blocks = doc.blocks
    start = zone[0] if zone is not None else found + 1
    # A short line right above the zone, below the headline, is the body's first
    # subheading ("In brief"), not furniture: _finish gives it back to the zone.
    weak = []
    w = start - 1
    # (not one set tight under the lines above it on a page that sets its paragraphs
    # apart with blank lines: the last line of a widget, "Minimize to nav")
    if (
        found < w
        and seg.roles[w] is None
        and not blocks[w].bullet
        and (blocks[w].blank_before or not blocks[start].blank_before)
    ):
        t = blocks[w].text
        if (
            not _skippable(t, profile)
            and ((is_title_like(t) and words(t) < 4) or not is_prose(t))
            and label_line(t, profile, strict=is_title_like(t)) is None
        ):
            weak.append(w)
    seg = _finish(doc, seg, profile, found, min(start, len(blocks) - 1), weak)
    if "numbered_trail" in cands[0][2]:
        trail = _numbered_trail(blocks, max(found, start) + 1)
        if trail is not None and (trail[0] == found or trail[1].endswith(": " + blocks[found].text)):
            # (the trail's own item, without lynx's number; or the trail's text for a line
            # that lost the kicker)
            seg = seg.with_fields(headline=clean_headline(trail[1]).replace("\u02bc", "’"))
    if "dek_after" in cands[0][2] or "over_heading" in cands[0][2]:
        # The dek the headline was chosen by (a byline under it, or lynx's next heading): claimed now, so that the
        # rules before the dek rule (credits: "a dek may stand between the headline and
        # the lead image") do not take it for running text.
        j = found + 1
        while j < len(blocks) and seg.roles[j] == "boilerplate":
            j += 1
        if j < len(blocks) and seg.roles[j] is None and not blocks[j].bullet and 4 <= words(blocks[j].text) <= 80:
            seg = seg.with_roles({j: "dek"}).with_fields(dek=blocks[j].text)
    return seg


def rule(doc: Document, seg: Segmentation, profile: Profile) -> Segmentation:
    blocks = doc.blocks
    marked = [b for b in doc.with_hint("headline") if seg.roles[b.index] in (None, "boilerplate")]
    if doc.kind == "html":
        shown = clean_headline(marked[0].text) if marked else None
        headline = html_headline(shown, doc.meta)
        if marked and headline is not None:
            b = marked[0]
            return seg.with_roles({b.index: "headline"}).with_fields(headline=headline, headline_index=b.index)
        if headline is not None:
            return seg.with_fields(headline=headline)
    elif marked:
        b = marked[0]
        return seg.with_roles({b.index: "headline"}).with_fields(
            headline=clean_headline(b.text), headline_index=b.index
        )
    if doc.kind == "text":
        return _text_rule(doc, seg, profile)
    zone = seg.get("zone")
    if zone is None:
        return seg
    start = zone[0]
    found: int | None = None
    weak: list[int] = []  # short title-like lines passed over (subheadings such as "In brief")
    caption_above: int | None = None  # a line passed over as the caption of a credit line
    i = start - 1
    furniture = 0  # lines passed over as furniture: a share bar must not use up the lookback
    while i >= 0 and start - i - furniture <= _LOOKBACK and start - i <= 3 * _LOOKBACK:
        b = blocks[i]
        role = seg.roles[i]
        text = b.text
        if role in ("boilerplate", "barrier") or b.bullet:
            furniture += 1
            i -= 1
            continue
        if _skippable(text, profile):
            # A caption line stands right above a credit-only line ("Image credit: X").
            parsed = parse_credit(text, profile, lead=True)
            if parsed is not None and parsed[0] is None and i > 0 and is_caption_above(blocks[i - 1], b):
                # Passed over, but kept as the fallback when no other headline shows up.
                caption_above = caption_above if caption_above is not None else i - 1
                i -= 1
            i -= 1
            continue
        if is_title_like(text) and label_line(text, profile, strict=True) is None:
            if words(text) >= 4:
                found = i
                break
            weak.append(i)
        elif not is_prose(text) and label_line(text, profile) is None:
            weak.append(i)
        i -= 1
    if found is None:
        if caption_above is not None and is_title_like(blocks[caption_above].text):
            found = caption_above
        elif weak:
            found = weak[0]
        else:
            # The zone may have started at the headline itself.
            b = blocks[start]
            if start + 1 < len(blocks) and is_title_like(b.text) and not ends_sentence(b.text) and not is_prose(b.text):
                found = start
            else:
                return seg
    return _finish(doc, seg, profile, found, start, weak)


def _finish(  # noqa: PLR0917
    doc: Document, seg: Segmentation, profile: Profile, found: int, start: int, weak: list[int]
) -> Segmentation:
    """The headline at ``found``: moved up to the line above when ``found`` reads as its dek;
    its first copy marked too; short lines passed over before the zone given back to it."""
    blocks = doc.blocks
    zone = seg.get("zone")
    # Two title-like lines together: the upper is the headline when the lower reads as its dek.
    above = found - 1
    if above >= 0 and seg.roles[above] is None and doc.kind != "text":
        up = blocks[above].text
        low = blocks[found].text
        if (
            is_title_like(up)
            and not ends_sentence(up)
            and words(up) >= 3
            and label_line(up, profile, strict=True) is None
            and not _skippable(up, profile)
            and not blocks[above].bullet
            and (
                _outdented_heading(blocks[above], blocks[found], blocks[start])
                or (_is_dek_of(low, up) and not _trail_end(blocks, above, found))
            )
        ):
            found = above
    text = clean_headline(blocks[found].text)
    joined = -1  # a line joined to the headline (text: a kicker set on its own line)
    if doc.kind == "text":
        # lynx writes the apostrophe of some pages as the modifier letter (dadʼs).
        text, joined = _joined_by_title(doc, found, _best_copy(blocks, seg.roles, found, _undated(text)))
        text = text.replace("\u02bc", "’")
    # The same headline higher up (innerText copies repeat it under the byline):
    # the first copy is where the header starts.
    first = found
    for j in range(max(0, found - _LOOKBACK), found):
        other = blocks[j].text
        # (what clean_headline leaves starts the line: most lines fail the first test)
        if other.startswith(text) and clean_headline(other) == text and seg.roles[j] in (None, "boilerplate"):
            first = j
            break
    roles: dict[int, Role] = {found: "headline", first: "headline"}
    if joined >= 0 and seg.roles[joined] is None:
        roles[joined] = "headline"  # (the other line of a headline set on two)
    fields: dict[str, object] = {"headline": text, "headline_index": first}
    # Short lines passed over between the header and the zone are the body's first
    # subheading ("In brief"), not furniture: give them back to the zone.
    back = [w for w in weak if w > found and w == start - 1]
    if back and zone is not None:
        fields["zone"] = (back[0], zone[1])
    return seg.with_roles(roles).with_fields(**fields)
