"""Authors and publication date: the byline near the headline, what markup marks, and the
first date line of the page.

What a byline looks like (``By A and B``, ``A | November 19, 2026``, ``By A / Site /
date``, ``Posted: 23-Oct-2016``) is recognised by :mod:`spaceparse.recognisers.bylines`;
this rule decides where to look, and reports what it found by source (``authors_found``,
``dates_found``) for :mod:`spaceparse.assemble` to rank with the markup's own:

- ``byline``: just below the headline (sometimes just above it);
- ``marked``: blocks the HTML front end marked with the ``byline``/``date`` hints;
- ``page``: failing those, the first byline or date line of the page, outside furniture,
  comments and the related block (a text page whose headline was not found still shows its
  byline near the top).
"""

from __future__ import annotations

import datetime as _dt
import re

from ..blocks import Document
from ..profiles import Profile
from ..recognisers.bylines import (
    BY_WORD,
    blog_keys,
    is_counter_line,
    is_organisation,
    is_person_name,
    is_role,
    may_be_byline,
    names_site,
    opens_byline,
    parse_byline,
    site_keys_of,
    split_authors,
    strip_picture,
)
from ..recognisers.credits import parse_credit
from ..recognisers.dates import date_line, day_first_page, relative_time
from ..recognisers.names import is_given_name
from ..recognisers.prose import is_prose
from ..recognisers.urls import url_date
from ..segmentation import Role, Segmentation

__all__ = ["rule"]

_MARKED = frozenset({"byline", "date"})
# Blocks whose dates and names are not the article's: furniture, comments, teasers.
_ELSEWHERE = frozenset({"nav", "footer", "aside", "comment", "related", "noise", "authorbox", "hidden"})
_NOT_PAGE_ROLES = frozenset({"related", "barrier", "credit"})
_PICTURE_HINTS = frozenset({"caption", "credit", "other-image"})
# Markup dates that are not publication dates (assemble.DATE_SOURCES leaves them out), or a
# last resort below the page's own date lines (the lead image's upload day).
_NOT_PUBLISHED = frozenset({"jsonld-modified", "meta-modified", "image-url"})
_SLASHED = re.compile(r"\d/\d")
_INITIAL_END = re.compile(r"\s[A-Z]\.$")  # "Joe S."
# The last word of a line that introduces a name on the next one ("By", "Autor:", "Published By").
_INTRODUCING = frozenset(
    {"by", "von", "par", "por", "door", "av", "af", "di", "oleh", "author", "authors", "autor", "autorin",
     "autoren", "auteur", "autore", "text", "texto", "texte", "autor:innen", "autor*innen"}
)  # fmt: skip
# Lines that join names listed one per line.
_JOINERS = frozenset({"", "and", "&", "und", "y", "et", "e", "og", "och", "en", "i"})
_DIGIT = re.compile(r"\d")
# How far past the end of the article's text a byline is looked for ("Posted by A at 10:05").
_AFTER_TEXT = 12
# A byline's opening on a line of its own: "By", "Von", "Autor:", "Text:".
_LABEL_ALONE = re.compile(
    r"(?:(?:written\s+|posted\s+|published\s+)?(?:by|von|par|por|door|av|af|di|oleh)|author|autor|autorin|autoren|"
    r"auteur|autore|text|texto|texte)\s*[:：]?",
    re.IGNORECASE,
)
# A line that ends with "by" ("Kommentar von", "Published By"): the name is on the next line.
_BY_END = re.compile(r"(?:^|\s)(?:by|von|par|por|door|av|af|oleh)\s*:?$", re.IGNORECASE)
# How far past the headline a byline is looked for while the article's text has not begun.
_BEFORE_TEXT = 15
_NAMES_INTO_TEXT = 40


def rule(doc: Document, seg: Segmentation, profile: Profile) -> Segmentation:
    blocks = doc.blocks
    h = seg.get("headline_index")
    zone = seg.get("zone")
    authors: tuple[str, ...] = ()
    date: _dt.date | None = None
    updates: dict[int, Role] = {}
    read = _Reader(doc, profile)
    updated: _dt.date | None = None
    if zone is not None or h is not None:
        authors, date, updated = _near_headline(doc, seg, h, zone, read, updates)
    dates_found: list[tuple[str, _dt.date, bool]] = []
    if date is not None:
        dates_found.append(("byline", date, False))
    if updated is not None:
        dates_found.append(("byline-updated", updated, False))
    marked_authors: tuple[str, ...] = ()
    marked_date: _dt.date | None = None
    marked = {b.index: b for hint in _MARKED for b in doc.with_hint(hint)}
    for _, b in sorted(marked.items()):  # markup-marked bylines anywhere, in page order
        if seg.roles[b.index] is not None:
            continue
        updates[b.index] = "byline"
        if (authors or marked_authors) and (date or marked_date):
            continue  # nothing left to read: only keep the line out of the body
        parsed = read.byline(b.text)
        if "byline" in b.hints and not (authors or marked_authors):
            marked_authors = parsed[0] if parsed and parsed[0] else tuple(split_authors(b.text, read.keys))
        if parsed and parsed[1] and not marked_date:
            marked_date = parsed[1]
    if marked_date is not None:
        dates_found.append(("marked", marked_date, False))
    # "By" alone before a marked-up name ("By <span class=author>Name</span>").
    for i in list(updates):
        if i > 0 and seg.roles[i - 1] is None and i - 1 not in updates and BY_WORD.fullmatch(blocks[i - 1].text):
            updates[i - 1] = "byline"
    # The page's first byline and date line rank below every other source: they are looked
    # for only when those found nothing (a saving, not a choice).
    want_date = not (
        dates_found
        or any(d[0] not in _NOT_PUBLISHED for d in doc.meta.dates_found)
        or url_date(doc.url)
        or url_date(doc.meta.url)
    )
    want_names = not (authors or marked_authors or doc.meta.authors_found)
    page_authors: tuple[str, ...] = ()
    page_date = page_updated = None
    if want_date or want_names:
        page_authors, page_date, page_updated = _first_on_page(doc, seg, read, want_date, want_names)
    if want_names and not page_authors:
        page_authors = _signature(doc, seg, read)
    if page_date is not None:
        dates_found.append(("page", page_date, False))
    if page_updated is not None:
        dates_found.append(("page-updated", page_updated, False))
    authors_found: list[tuple[str, tuple[str, ...]]] = []
    for source, names in (("byline", authors or marked_authors), ("page", page_authors)):
        if names:
            authors_found.append((source, names))
    return seg.with_roles(updates).with_fields(
        authors=authors or marked_authors,
        published=date or marked_date,
        authors_found=tuple(authors_found),
        dates_found=tuple(dates_found),
    )


def _near_headline(  # noqa: PLR0917
    doc: Document,
    seg: Segmentation,
    h: int | None,
    zone: tuple[int, int] | None,
    read: _Reader,
    updates: dict[int, Role],
) -> tuple[tuple[str, ...], _dt.date | None, _dt.date | None]:
    """The byline just below the headline (or just above it): its names, its publication date
    and a date it labels as an update; its blocks get the byline role."""
    blocks = doc.blocks
    if h is not None:
        lo = h + 1
    else:
        assert zone is not None
        lo = max(0, zone[0] - 8)
    hi = (zone[0] if zone else lo) + 4
    if h is not None and zone is not None and zone[0] < h:
        hi = h + 6
    # ...and wherever the article's text has not begun yet (a dek, the lead image and its
    # caption, a share bar may stand between the headline and the byline).
    prose = 0
    k = lo
    while k < min(len(blocks), lo + _BEFORE_TEXT):
        if is_prose(blocks[k].text):
            prose += 1
            if prose == 2:
                break
        k += 1
    hi = max(hi, k)
    authors: tuple[str, ...] = ()
    date: _dt.date | None = None
    updated: _dt.date | None = None
    scan = list(range(lo, min(hi, len(blocks))))
    if h is not None:
        scan = list(range(max(0, h - 3), h)) + scan
    roles = seg.roles
    for i in scan:
        b = blocks[i]
        if roles[i] not in (None, "boilerplate") or "category" in b.hints:
            continue
        text = b.text
        parsed = read.byline(text)
        used = [i]
        if (parsed is None or not parsed[0]) and i > 0:
            # Markup splits one byline into runs: "By" / "Claire Whitmore" / "| Posted: date".
            # (A joined line parses only with a date, a "|" or a "By" in it.)
            joinable = _DIGIT.search(text) is not None or "|" in text or relative_time(text) is not None
            for back in (1, 2):
                if i - back < 0 or any(
                    (roles[k] is not None and not (roles[k] == "boilerplate" and BY_WORD.fullmatch(blocks[k].text)))
                    or k in updates
                    or len(blocks[k].text) > 80
                    or ":" in blocks[k].text[:12]
                    for k in range(i - back, i)
                ):
                    break
                joined_text = " ".join(blocks[k].text for k in range(i - back, i + 1))
                if not joinable and not may_be_byline(joined_text):
                    continue
                joined = read.byline(joined_text)
                if joined is not None and joined[0]:
                    parsed, used = joined, list(range(i - back, i + 1))
                    break
        if parsed is None:
            # A date line with more on it than a byline holds ("⋅ November 22, 2011 ⋅ Email
            # this post"): its date is the article's, the line is left to the other rules.
            dl = read.date_line(text) if date is None and _DIGIT.search(text) is not None else None
            if dl is not None:
                if dl[1] != "updated":
                    date = dl[0]
                elif updated is None:
                    updated = dl[0]  # "Updated May 6, 2019": not the publication date
            continue
        names, d = parsed
        if names and not authors:
            authors, last = _more_names(doc, used[-1], read, names, roles)
            used += list(range(used[-1] + 1, last + 1))
        if d is not None and date is None:
            dl = read.date_line(text) if len(used) == 1 else None
            if dl is not None and dl[1] == "updated" and dl[0] == d:
                updated = updated or d
            else:
                date = d
        for k in used:
            updates[k] = "byline"
        if authors and date:
            break
    if not authors:
        # A name alone on its line, set apart as a byline's part: beside the date line ("Jon
        # Fingas, @jonfingas" / "1h ago"), under "By", over the writer's role, right under
        # the headline.
        for i in scan:
            if roles[i] not in (None, "boilerplate", "byline") or not _may_be_lone(doc, i):
                continue
            names = _set_apart(doc, i, read, updates, under_headline=h is not None and h - 1 <= i <= h + 2)
            if names:
                authors, last = _more_names(doc, i, read, names, roles)
                for k in range(i, last + 1):
                    updates[k] = "byline"
                break
    return authors, date, updated


def _lone_names(text: str, read: _Reader, strict: bool = True) -> tuple[str, ...]:
    """The names of a line that is nothing but one or two people's names (``Ana Lima``,
    ``Ana Lima, @analima``). ``strict``: each opens with a common given name (a title-case
    menu item or heading rarely does); else a user name (``delta201``) will do too."""
    if len(text) > 260:
        return ()
    text = strip_picture(text)
    if len(text) > 60 or ":" in text:
        return ()  # (a colon: "Image: CNSA/Jeff Foust" is a credit, "Quelle: ..." a source)
    if strict and (_DIGIT.search(text) or not is_given_name(text.split(maxsplit=1)[0] if text else "")):
        return ()
    if text.endswith((".", "?", "!", ",")) and not _INITIAL_END.search(text):
        return ()
    names = split_authors(text, read.keys)
    if not names or len(names) > 2:
        return ()
    if any(is_organisation(n) for n in names):
        return ()  # "Damian Duchamps' Blog": a title
    if strict and not all(is_person_name(n) and is_given_name(n.split(maxsplit=1)[0]) for n in names):
        return ()
    return tuple(names)


def _set_apart(
    doc: Document, i: int, read: _Reader, updates: dict[int, Role], under_headline: bool = False
) -> tuple[str, ...]:
    """The names of block ``i`` when it is a name alone set apart as a byline's part: under a
    "By"/"Autor:"/"Kommentar von" line; or a common given name's beside the date line (or a
    line already read as the byline), over the writer's role, repeated on the next line
    (an author box's picture and link, or its "More by <name>" and bio), or right above or
    under the headline."""
    blocks = doc.blocks
    b = blocks[i]
    text = b.text
    if len(text) > 260 or (b.hints and b.hints & _PICTURE_HINTS):
        return ()  # (the longest line _lone_names reads: 60 after a picture's stand-in)
    if _introduced(doc, i):
        names = _lone_names(text, read, strict=False)
        names = names if all(_name_or_handle(n) for n in names) else ()
    else:
        names = _lone_names(text, read)
        if names:
            nxt = blocks[i + 1].text if i + 1 < len(blocks) else ""
            prev = blocks[i - 1].text if i > 0 else ""
            if not (
                under_headline
                or nxt == text
                or is_role(nxt)
                or (len(text) >= 8 and (text in nxt or text in prev))  # an author box: name, "Alles von <name>", bio
                or any(0 <= j < len(blocks) and (j in updates or _dated(blocks[j].text, read)) for j in (i - 1, i + 1))
            ):
                names = ()
    if names and parse_credit(text, read.profile, lead=True) is not None:
        return ()  # "Patrick Semansky, ASSOCIATED PRESS" under the lead image: its credit
    return names


def _signature(doc: Document, seg: Segmentation, read: _Reader) -> tuple[str, ...]:
    """The writer's name alone at the end of the article's text (news sites sign their
    reports at the foot): the text's last block or one of the two after it."""
    zone = seg.get("zone")
    if zone is None:
        return ()
    for i in range(zone[1], min(zone[1] + 3, len(doc.blocks))):
        b = doc.blocks[i]
        if seg.roles[i] in _NOT_PAGE_ROLES or (b.hints and b.hints & (_ELSEWHERE | _PICTURE_HINTS)):
            continue
        names = _lone_names(b.text, read)
        if names and parse_credit(b.text, read.profile, lead=True) is None:
            return names
    return ()


def _more_names(
    doc: Document, i: int, read: _Reader, names: tuple[str, ...], roles: tuple[Role | None, ...]
) -> tuple[tuple[str, ...], int]:
    """``names`` (of block ``i``) and the names on the lines after it ("David Brand" / "and" /
    "Ramsey Khalifeh"), with the last block of the list."""
    blocks = doc.blocks
    out = list(names)
    last = i
    for j in range(i + 1, min(i + 8, len(blocks))):
        if roles[j] not in (None, "boilerplate"):
            break
        text = blocks[j].text
        if text.lower().strip(" ,") in _JOINERS:
            continue
        more = _lone_names(text, read)
        if not more:
            break
        out += [n for n in more if n not in out]
        last = j
    return tuple(out), last


def _name_or_handle(name: str) -> bool:
    """A full name, a given name, or a user name (``delta201``, ``ThE_PaiN``, ``damianduchamps``);
    not a menu's word under "Autoren" (``Podcasts``) or the "bis" of "von ... bis"."""
    if " " in name:
        return is_person_name(name)
    if is_given_name(name):
        return True
    inner = name[1:]
    return any(ch.isdigit() or ch == "_" or ch.isupper() for ch in inner) or (name.islower() and len(name) >= 6)


def _may_be_lone(doc: Document, i: int) -> bool:
    """``False`` when :func:`_set_apart` surely finds no name in block ``i``: its first word is
    no given name and the line before it introduces no name (a cheap test for every line)."""
    text = doc.blocks[i].text
    if len(text) > 60:
        if len(text) > 260 or not (text[:1] in "[【(（" or ".jpg " in text or ".png " in text):
            return False  # (_lone_names reads 60 characters, after a picture's stand-in)
        text = strip_picture(text)
    elif text[:1] in "[【(（":
        text = strip_picture(text)
    if is_given_name(text.split(maxsplit=1)[0] if text else ""):
        return True
    prev = doc.blocks[i - 1].text if i > 0 else ""
    if not 0 < len(prev) <= 30:
        return False
    last = prev.lower().rstrip(" :：").rsplit(maxsplit=1)
    return bool(last) and last[-1] in _INTRODUCING


def _introduced(doc: Document, i: int) -> bool:
    """Is block ``i`` under a line that introduces a name: "By", "Von", "Autor:", "Kommentar von"?"""
    prev = doc.blocks[i - 1].text if i > 0 else ""
    if not prev or len(prev) > 30:
        return False
    if _LABEL_ALONE.fullmatch(prev) is not None:
        return True
    return _BY_END.search(prev) is not None and opens_byline(prev + " Ana Lima")  # not "Powered by"


def _dated(text: str, read: _Reader) -> bool:
    """A date line, a relative time (``1h ago``, ``vor 2 Stunden``) or a reader counter
    (``0 Shares``): what stands beside a byline's name."""
    if len(text) <= 40 and (relative_time(text) is not None or is_counter_line(text)):
        return True
    return _DIGIT.search(text) is not None and read.date_line(text) is not None


class _Reader:
    """Bylines and date lines as this page writes them: its numeric date order (decided once,
    when a line first needs it: ``05/10/2018`` is 5 October everywhere but in US English)
    and the site's own names, never an author."""

    def __init__(self, doc: Document, profile: Profile) -> None:
        self.doc = doc
        self.profile = profile
        keys = doc.meta.site_keys | site_keys_of(doc.url) | site_keys_of(doc.meta.url)
        self.keys = keys - blog_keys(doc.url) - blog_keys(doc.meta.url)
        self._day_first: bool | None = None

    def day_first(self, text: str) -> bool:
        if "/" not in text or _SLASHED.search(text) is None:  # only a/b/yyyy dates need the order
            return False
        if self._day_first is None:
            self._day_first = day_first_page((b.text for b in self.doc.blocks), self.doc.meta.language)
        return self._day_first

    def byline(self, text: str) -> tuple[tuple[str, ...], _dt.date | None] | None:
        """:func:`parse_byline` without the site's own names among the authors (filtered here,
        not by ``site_keys``: the headline rule asks about the same lines, whose answers are
        cached)."""
        parsed = parse_byline(text, day_first=self.day_first(text))
        if parsed is None or not parsed[0] or not self.keys:
            return parsed
        return tuple(n for n in parsed[0] if not names_site(n, self.keys)), parsed[1]

    def date_line(self, text: str) -> tuple[_dt.date, str] | None:
        return date_line(text, day_first=self.day_first(text))


def _first_on_page(
    doc: Document, seg: Segmentation, read: _Reader, want_date: bool, want_names: bool
) -> tuple[tuple[str, ...], _dt.date | None, _dt.date | None]:
    """The first byline names, the first date line and the first "updated" date line of the
    page, up to the end of its text; past it (a blog's "Posted by A at ..." under the post),
    only a byline naming someone beside its date, or a date labelled as the publication,
    until the comments or the related block begin."""
    zone = seg.get("zone")
    end = zone[1] + 1 if zone else len(doc.blocks)
    authors: tuple[str, ...] = ()
    date: _dt.date | None = None
    updated: _dt.date | None = None
    roles = seg.roles
    done_names = not want_names
    names_end = zone[0] + _NAMES_INTO_TEXT if zone else end
    digit_search = _DIGIT.search
    for b in doc.blocks[: end + _AFTER_TEXT]:
        i = b.index
        after = i >= end
        role = roles[i]
        if after and (role in ("barrier", "related") or "comment" in b.hints):
            break
        if role in _NOT_PAGE_ROLES or (b.hints and b.hints & _ELSEWHERE):
            continue
        text = b.text
        if done_names and (not want_date or date is not None):
            break
        digit = digit_search(text) is not None
        if date is None and want_date and digit:
            dl = read.date_line(text)
            if dl is not None and (not after or dl[1] == "published"):
                if dl[1] != "updated":
                    date = dl[0]
                elif updated is None:
                    updated = dl[0]
        if not done_names and len(text) <= 200 and (after or i < names_end):
            parsed = read.byline(text) if digit or may_be_byline(text) else None
            if parsed is not None and parsed[0] and (not after or parsed[1] is not None or opens_byline(text)):
                authors, done_names = parsed[0], True
                if after and date is None and want_date:
                    date = parsed[1]
            elif _may_be_lone(doc, i) and (names := _set_apart(doc, i, read, {})):
                authors, done_names = _more_names(doc, i, read, names, roles)[0], True
    return authors, date, updated
