"""A draft site profile from pages of one site: what recurs across them is the site's furniture.

    docs = [spaceparse.api.read_document(page, url=...) for page in pages]   # (Document, Profile) pairs
    draft = learn(docs, host="example.com")
    print(draft.to_toml())            # what ``spaceparse learn PAGES... --host example.com`` writes

What it looks for, each only where most pages (or, for vocabulary, several) show it:

* **boilerplate**: lines that recur word for word (or with only their numbers changed) on
  most pages and that the pages' current profile does not already drop: menus, pitches,
  share and listen bars, newsletter boxes, footers. A line of up to 120 characters becomes a
  whole-line pattern (escaped); a longer one a ``boilerplate_phrases`` entry of its opening
  and closing words (whole-line patterns are only tried on short lines).
* **title_suffixes** (and ``site``): the part of the page title after (or before) the
  separator that is the same on most pages ("Headline | Site").
* **related_headings**: a recurring short line after the article followed by lines that
  differ from page to page (the stories).
* **labels**: the label vocabulary, from category links (HTML), the labels the parse finds,
  and the short lines above the headline, split at separators; labels glued together
  (``DEEP SPACESMALLSATS``) are split with the labels seen alone on other pages.
* **credit_prefixes**: a ``Word:`` before a short name near the top (``Frame: NASA``), alone
  or at the end of a caption, on several pages with different names after it.

Every finding keeps the number of pages that show it and an example, written as a TOML
comment beside it, so that a person can review the draft. Pure functions: no I/O (the CLI
reads the pages and writes the file).
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable

import attrs

from .assemble import assemble
from .blocks import Document
from .profiles import Profile, profile_data
from .segment import segment

__all__ = ["Draft", "Finding", "learn", "profile_name_for"]

KEYS = ("title_suffixes", "labels", "credit_prefixes", "related_headings", "boilerplate", "boilerplate_phrases")
"""The profile keys a draft can fill, in the order they are written."""

_WHOLE_LINE_MAX = 120  # recognisers.furniture tries whole-line patterns on lines up to this long
_PHRASE_WORDS = 6
_NUMBER = re.compile(r"\d+(?:[.,:]\d+)*")
# (?<!\s): a match starts at the start of a run of spaces, not at each of its positions.
_LABEL_SEPARATORS = re.compile(r"(?<!\s)\s*(?:[|·•›»,;]|\s/\s|\s[-–—]\s)\s*")


def _ends_sentence(text: str) -> bool:
    """Ends like a sentence: ``.!?…``, then closing quotes or brackets."""
    t = text.rstrip("\"'’”)")
    return bool(t) and t[-1] in ".!?…"


_CREDIT = re.compile(r"(?:^|(?<=[.!?] ))(?P<prefix>[A-Z][\w'’]*(?: [\w'’]+){0,2}): (?P<rest>[^:]{2,80})$")
# The same inside brackets closing a caption: "The pad at dawn. (Pic: NASA)".
_CREDIT_BRACKETED = re.compile(r"[(\[](?P<prefix>[A-Z][\w'’]*(?: [\w'’]+){0,2}): (?P<rest>[^:()\[\]]{2,80})[)\]]$")
# "Filed to: Engines, Test Stands": a line that names its labels after a word or two.
_LABELLED = re.compile(r"(?P<prefix>[A-Z][\w'’]*(?: [\w'’]+){0,2}):\s*(?P<rest>\S.{0,150})")
# Line openings that are not image credits, whatever recurs after them.
_NOT_CREDIT = frozenset(
    {
        "by", "tags", "tag", "topics", "filed under", "filed in", "posted in", "category", "categories", "updated",
        "published", "posted", "date", "read more", "related", "see also", "listen", "watch", "share", "follow",
        "contact", "email", "e-mail", "phone", "tel", "fax", "editor", "editors", "written by", "words by", "author",
        "source", "note", "update", "correction", "disclosure", "reporting by", "editing by",
    }
)  # fmt: skip


@attrs.frozen(slots=True)
class Finding:
    """One entry of the draft and the evidence for it."""

    key: str
    """The profile key (one of :data:`KEYS`)."""
    value: str
    """The entry as written in the profile (a pattern for ``boilerplate`` and ``related_headings``)."""
    pages: int
    """On how many of the pages the data shows it."""
    example: str
    """A line it was learned from."""
    note: str = ""


@attrs.frozen(slots=True)
class Draft:
    """A learned profile, to review: :meth:`to_toml` writes it with the evidence as comments."""

    name: str
    host: str
    pages: int
    kinds: tuple[tuple[str, int], ...]
    """How many pages of each kind (``html``, ``text``) it was learned from."""
    site: str | None
    findings: tuple[Finding, ...]
    site_evidence: Finding | None = None
    """Where :attr:`site` comes from (the title suffix, or a line naming the site)."""

    def entries(self, key: str) -> list[Finding]:
        return [f for f in self.findings if f.key == key]

    def to_data(self) -> dict[str, object]:
        """The profile as TOML data (what :meth:`to_toml` writes, without the comments)."""
        data: dict[str, object] = {"name": self.name, "hosts": [self.host]}
        if self.site:
            data["site"] = self.site
        for key in KEYS:
            values = [f.value for f in self.entries(key)]
            if values:
                data[key] = values
        selectors = {f.key.removeprefix("selectors."): f.value for f in self.findings if f.key.startswith("selectors.")}
        if selectors:
            data["selectors"] = selectors
        return data

    def to_toml(self) -> str:
        """The draft as a profile file, each entry with its page count and an example."""
        kinds = ", ".join(f"{n} {k}" for k, n in self.kinds)
        lines = [
            f"# Draft profile for {self.host}, learned by `spaceparse learn` from {self.pages} pages ({kinds}).",
            "# Each entry is something the pages show, with on how many pages and an example. Review it:",
            "# delete what is wrong, then check pages with `spaceparse explain PAGE --profile THIS_FILE`.",
            "",
            f"name = {_toml_str(self.name)}",
            f"hosts = [{_toml_str(self.host)}]",
        ]
        if self.site:
            ev = self.site_evidence
            why = ""
            if ev is not None and ev.key == "title_suffixes":
                why = f"  # the page title ends with it on {ev.pages}/{self.pages} pages"
            elif ev is not None:
                why = f"  # {_comment(ev.note)}, on {ev.pages}/{self.pages} pages"
            lines.append(f"site = {_toml_str(self.site)}{why}")
        for key in KEYS:
            found = self.entries(key)
            if not found:
                continue
            lines += ["", f"{key} = ["]
            for f in found:
                comment = f"{f.pages}/{self.pages} pages"
                if f.note:
                    comment += f", {f.note}"
                if f.example and f.example != f.value:
                    comment += f", e.g. {_short(f.example)!r}"
                lines.append(f"  {_toml_str(f.value)},  # {_comment(comment)}")
            lines.append("]")
        selectors = [f for f in self.findings if f.key.startswith("selectors.")]
        if selectors:
            lines += ["", "[selectors]  # CSS selectors for the HTML pages"]
            for f in selectors:
                comment = f"{f.pages}/{self.pages} pages, {f.note}, e.g. {_short(f.example)!r}"
                lines.append(f"{f.key.removeprefix('selectors.')} = {_toml_str(f.value)}  # {_comment(comment)}")
        return "\n".join(lines) + "\n"

    def counts(self) -> dict[str, int]:
        """How many entries of each key the draft has."""
        out = {key: len(self.entries(key)) for key in KEYS}
        out["selectors"] = sum(f.key.startswith("selectors.") for f in self.findings)
        return out

    def validate(self) -> None:
        """Check the draft as :func:`spaceparse.load_profile` checks a file (:class:`ProfileError`)."""
        profile_data(self.to_toml(), f"draft profile for {self.host}")


def _short(text: str, n: int = 80) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def _comment(text: str) -> str:
    """``text`` safe inside a TOML comment (one line, no control characters)."""
    return "".join(c if c.isprintable() else " " for c in text)


def _toml_str(value: str) -> str:
    """A TOML string for ``value``: a literal string when it can be one (regexes stay readable)."""
    if "'" not in value and value.isprintable():
        return f"'{value}'"
    out = []
    for c in value:
        if c in '"\\':
            out.append("\\" + c)
        elif not c.isprintable():
            out.append(f"\\u{ord(c):04x}")
        else:
            out.append(c)
    return '"' + "".join(out) + '"'


def profile_name_for(host: str) -> str:
    """A profile name from a host: ``www.example.co.uk`` -> ``example``."""
    parts = [p for p in host.lower().split(".") if p and p != "www"]
    if len(parts) >= 3 and len(parts[-1]) == 2 and parts[-2] in ("co", "com", "org", "net", "ac", "gov"):
        parts = parts[:-2]
    elif len(parts) >= 2:
        parts = parts[:-1]
    name = re.sub(r"[^a-z0-9]+", "-", parts[-1] if parts else host.lower()).strip("-")
    return name or "site"


@attrs.frozen(slots=True)
class _Page:
    doc: Document
    profile: Profile
    roles: tuple[str | None, ...]
    lines: tuple[str, ...]
    headline_index: int | None
    first_body: int
    """Index of the first body block (the end of the page's top), or the zone start."""
    last_body: int
    labels: tuple[str, ...]
    """Labels the parse found, and category links (HTML)."""

    def top(self) -> int:
        """Where the article starts: its headline, else its first paragraph."""
        return self.headline_index if self.headline_index is not None else self.first_body


def _read(doc: Document, profile: Profile) -> _Page:
    seg = segment(doc, profile)
    article = assemble(doc, seg, profile)
    roles = seg.roles
    body = [i for i, r in enumerate(roles) if r == "body"]
    zone = seg.get("zone")
    first = body[0] if body else (zone[0] if zone else len(roles))
    last = body[-1] if body else (zone[1] if zone else len(roles) - 1)
    links = [lab for b in doc.with_hint("category") for lab in (b.links or (b.text,))]
    # A "Name | date" line the parse read as labels is a byline: its pieces are no labels.
    from .recognisers.dates import find_date

    dated = [b.text for b, r in zip(doc.blocks, roles, strict=True) if r == "categories" and find_date(b.text)]
    found = [lab for lab in (*article.categories, *article.tags) if not any(lab in t for t in dated)]
    return _Page(
        doc=doc,
        profile=profile,
        roles=roles,
        lines=tuple(b.text for b in doc.blocks),
        headline_index=seg.get("headline_index"),
        first_body=first,
        last_body=last,
        labels=tuple(dict.fromkeys([*found, *links])),
    )


def learn(
    docs: Iterable[tuple[Document, Profile]],
    *,
    host: str,
    name: str | None = None,
    min_share: float = 0.5,
    markup: Iterable[str | None] | None = None,
) -> Draft:
    """A draft profile for ``host`` from pages of it, each as its document and the profile
    it is parsed with today (``spaceparse.api.read_document`` gives both).

    ``markup``: the HTML of each page (``None`` for text pages), in the same order: with
    it, the draft also gets CSS selectors for the label links and the credit line, found as
    the class that picks exactly those on most pages.

    Two passes: the furniture, title suffix, related heading and credit prefixes are learned
    from the pages as they parse today; the pages are then parsed again with those, so that
    the headline (no longer a pitch or a caption) and the lines around it can be trusted
    for the label vocabulary.

    :param min_share: the share of pages a line must recur on to be called furniture (and a
        title suffix, a related heading); labels need two pages, credit prefixes a quarter
        of the pages (at least three).
    """
    given = list(docs)
    pages = [_read(doc, profile) for doc, profile in given]
    n = len(pages)
    if n < 2:
        raise ValueError(f"learning needs pages of the site to compare (got {n})")
    most = max(2, math.ceil(min_share * n))
    suffix = _title_suffixes(pages, most)
    related = _related_headings(pages, most)
    furniture = _boilerplate(pages, most, {f.example for f in related})
    credits = _credit_prefixes(pages, max(3, math.ceil(n / 4)))
    named = suffix[0] if suffix else _site_line(pages, host, most)
    site = named.value if named else None
    first = [*suffix, *related, *credits, *furniture]
    # Second pass: the pages as the draft so far reads them.
    amended: dict[int, Profile] = {}
    again = []
    for doc, profile in given:
        key = id(profile)
        if key not in amended:
            amended[key] = _amended(profile, first, site)
        again.append(_read(doc, amended[key]))
    furniture_lines = {f.example for f in furniture} | {f.example for f in related}
    labels, page_labels = _labels(again, furniture_lines, pages[0].profile, most, (site, profile_name_for(host)))
    selectors: list[Finding] = []
    if markup is not None:
        sources = list(markup)
        if len(sources) != n:
            raise ValueError(f"markup has {len(sources)} entries for {n} pages")
        prefixes = [f.value for f in credits]
        selectors = _selectors(again, sources, page_labels, prefixes, (site, profile_name_for(host)))
    kinds = Counter(p.doc.kind for p in pages)
    return Draft(
        name=name or profile_name_for(host),
        host=host,
        pages=n,
        kinds=tuple(sorted(kinds.items())),
        site=site,
        site_evidence=named,
        findings=(*suffix, *labels, *credits, *related, *furniture, *selectors),
    )


def _amended(profile: Profile, findings: list[Finding], site: str | None) -> Profile:
    """``profile`` with the findings added (a user profile's entries come first as well)."""

    def add(key: str) -> tuple[str, ...]:
        return tuple(f.value for f in findings if f.key == key)

    phrases = tuple(tuple(part.strip() for part in v.split(" + ")) for v in add("boilerplate_phrases"))
    return attrs.evolve(
        profile,
        site=profile.site or site,
        title_suffixes=add("title_suffixes") + ((site,) if site else ()) + profile.title_suffixes,
        credit_prefixes=add("credit_prefixes") + profile.credit_prefixes,
        related_headings=add("related_headings") + profile.related_headings,
        boilerplate=add("boilerplate") + profile.boilerplate,
        boilerplate_phrases=phrases + profile.boilerplate_phrases,
    )


def _page_counts(per_page: Iterable[Iterable[str]]) -> Counter[str]:
    """On how many pages each value occurs."""
    counts: Counter[str] = Counter()
    for values in per_page:
        counts.update(set(values))
    return counts


# --- boilerplate ---------------------------------------------------------------------------

_META = frozenset(".^$*+?{}[]\\|()")


def escape(text: str) -> str:
    """``text`` as a regular expression matching itself: only the characters that mean
    something in a pattern are escaped (``re.escape`` also escapes spaces, which makes a
    draft hard to read)."""
    return "".join("\\" + c if c in _META else c for c in text)


def _template(line: str) -> str:
    """The line with its numbers as ``\\d+`` (a regex, the rest escaped)."""
    out, at = [], 0
    for m in _NUMBER.finditer(line):
        out.append(escape(line[at : m.start()]))
        out.append(r"\d+(?:[.,:]\d+)*" if any(c in m.group() for c in ".,:") else r"\d+")
        at = m.end()
    out.append(escape(line[at:]))
    return "".join(out)


def _kept_roles(page: _Page, i: int) -> bool:
    """Roles a recurring line keeps: bylines, credits and related stories are fields, not
    furniture (a staff byline on most pages is still one). A label line the same on most
    pages is not a label line (a share bar read as labels): it is furniture."""
    return page.roles[i] in ("byline", "credit", "related")


def _boilerplate(pages: list[_Page], most: int, taken: set[str]) -> list[Finding]:
    from .recognisers.furniture import is_boilerplate_text

    # Lines with numbers are compared with their numbers left out ("3 min", "12 comments").
    def key(line: str) -> str:
        return _template(line) if _NUMBER.search(line) else escape(line)

    counts = _page_counts((key(t) for t in p.lines) for p in pages)
    where: dict[str, list[tuple[_Page, int]]] = defaultdict(list)
    for p in pages:
        for i, t in enumerate(p.lines):
            where[key(t)].append((p, i))
    out: list[Finding] = []
    for pattern, count in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        if count < most:
            continue
        occurrences = where[pattern]
        lines = sorted({p.lines[i] for p, i in occurrences})
        text = lines[0]
        if text in taken or len(text) < 2:
            continue
        # Already furniture on every page it is on: nothing to learn.
        if all(p.roles[i] in ("boilerplate", "barrier") for p, i in occurrences):
            continue
        # A field on most pages where it stands: leave it to its rule.
        if sum(_kept_roles(p, i) for p, i in occurrences) * 2 >= len(occurrences):
            continue
        if any(is_boilerplate_text(t, occurrences[0][0].profile) for t in lines):
            continue
        varies = len(lines) > 1
        if max(map(len, lines)) <= _WHOLE_LINE_MAX:
            out.append(Finding("boilerplate", pattern, count, text, note="its numbers vary" if varies else ""))
            continue
        if varies:
            continue  # a long line whose numbers change: too unlike a phrase to pin down
        words = text.split()
        head, tail = " ".join(words[:_PHRASE_WORDS]).lower(), " ".join(words[-_PHRASE_WORDS:]).lower()
        if "+" in head or "+" in tail:  # " + " separates the parts of a phrase
            continue
        out.append(
            Finding("boilerplate_phrases", f"{head} + {tail}", count, text, note=f"a line of {len(text)} characters")
        )
    return out


def _site_line(pages: list[_Page], host: str, most: int) -> Finding | None:
    """A line on most pages that is the site's name (its letters are the host's name)."""
    from .recognisers.sites import site_key

    want = site_key(profile_name_for(host))
    counts = _page_counts(p.lines for p in pages)
    for line, count in counts.most_common():
        if count < most:
            break
        if len(line) <= 60 and site_key(line) == want:
            return Finding("site", line, count, line, note="a line that spells the host's name")
    return None


# --- title suffix --------------------------------------------------------------------------


def _title_suffixes(pages: list[_Page], most: int) -> list[Finding]:
    from .recognisers.sites import title_segments

    ends: list[list[str]] = []
    examples: dict[str, str] = {}
    exact = _page_counts(p.lines[:3] for p in pages)
    for p in pages:
        # A title holds the headline: a line the same on most pages (a sponsor line) is none.
        titles = (
            [p.doc.meta.title]
            if p.doc.kind == "html" and p.doc.meta.title
            else [t for t in p.lines[:3] if exact[t] < most]
        )
        found = []
        for title in titles:
            if not title:
                continue
            parts = title_segments(title)
            if len(parts) < 2:
                # "Site: Headline" (no space before the colon, so not a separator there)
                head, colon, rest = title.partition(": ")
                if not colon or not rest:
                    continue
                parts = [head, rest]
            for end in (parts[-1], parts[0]):
                if 0 < len(end) <= 60 and len(end.split()) <= 6:
                    found.append(end)
                    examples.setdefault(end, title)
        ends.append(found)
    counts = _page_counts(ends)
    out = []
    for end, count in counts.most_common():
        if count < most:
            break
        known = any(end.lower() == s.lower() for s in pages[0].profile.title_suffixes)
        if not known:
            out.append(Finding("title_suffixes", end, count, examples[end]))
    return out[:1]


# --- related headings ----------------------------------------------------------------------


def _related_headings(pages: list[_Page], most: int) -> list[Finding]:
    from .recognisers.furniture import is_related_heading
    from .recognisers.prose import words

    exact = _page_counts(p.lines for p in pages)
    votes: Counter[str] = Counter()
    for p in pages:
        voted: set[str] = set()
        half = len(p.lines) // 2
        for i, text in enumerate(p.lines):
            if (
                text in voted
                or exact[text] < most
                or i < min(half, p.last_body)  # after the article (or in the page's second half)
                or words(text) > 6
                or _ends_sentence(text)
                or is_related_heading(text, p.profile)
            ):
                continue
            after = p.lines[i + 1 : i + 7]
            # Stories under it: lines that differ from page to page, the first a headline.
            stories = [t for t in after if exact[t] < most and words(t) <= 40]
            first = after[0] if after else ""
            if len(stories) >= 2 and exact[first] < most and words(first) <= 15 and not _ends_sentence(first):
                votes[text] += 1
                voted.add(text)
    return [
        Finding("related_headings", escape(text), count, text, note="each followed by stories that differ")
        for text, count in votes.most_common()
        if count >= most
    ]


# --- labels --------------------------------------------------------------------------------


def _pieces(line: str) -> list[str]:
    return [p.strip() for p in _LABEL_SEPARATORS.split(line) if p.strip()]


def _label_like(piece: str) -> bool:
    """A piece that can be a label: a few words with a letter, not a date or a byline."""
    from .recognisers.dates import find_date

    return (
        0 < len(piece) <= 40
        and len(piece.split()) <= 5
        and any(c.isalpha() for c in piece)
        and not piece.lower().startswith("by ")
        and find_date(piece) is None
    )


def _label_lines(p: _Page, furniture: set[str], recurring: set[str], lead_ins: set[str]) -> list[tuple[str, ...]]:
    """The label lines of a page, as their pieces: the line the parse took as labels, the
    links of category markup, the short line right above (or below) the headline, and a
    line between the headline and the article that names its labels after a word the site
    puts on most pages ("Filed to: A, B")."""
    from .recognisers.dates import find_date
    from .recognisers.furniture import is_barrier_text, is_boilerplate_text
    from .recognisers.prose import words

    out: list[tuple[str, ...]] = []
    h = p.headline_index
    near: list[int] = []
    if h is not None:
        above = [i for i in range(h - 1, max(-1, h - 4), -1) if p.lines[i] not in furniture]
        near = above[:1] + ([h + 1] if h + 1 < len(p.lines) else [])
    top_end = max(p.first_body, (h or 0) + 1)
    for i, (b, role) in enumerate(zip(p.doc.blocks, p.roles, strict=True)):
        text = b.text
        if text in furniture or text in recurring:
            continue  # the same on most pages: furniture, whatever it looks like
        if find_date(text) is not None:
            continue  # "Name | date": a byline, whatever the parse made of it
        m = _LABELLED.fullmatch(text) if h is not None and h < i <= top_end + 1 else None
        if m is not None and m.group("prefix") in lead_ins:
            pieces = tuple(b.links) if b.links else tuple(_pieces(m.group("rest")))
        elif (
            role == "categories"
            or "category" in b.hints
            or (
                i in near
                and role in (None, "boilerplate", "categories")
                and len(text) <= 80
                and words(text) <= 8
                and not _ends_sentence(text)
                and find_date(text) is None
                and not is_boilerplate_text(text, p.profile)
                and not is_barrier_text(text)
            )
        ):
            pieces = tuple(b.links) if b.links and len(b.links) > 1 else tuple(_pieces(text))
        else:
            continue
        pieces = tuple(x for x in pieces if _label_like(x))
        if pieces:
            out.append(pieces)
    return out


def _lead_ins(pages: list[_Page], most: int) -> set[str]:
    """Words that open a list line under the headline on most pages ("Filed to", "Topics")."""
    per_page: list[set[str]] = []
    for p in pages:
        h = p.headline_index
        if h is None:
            per_page.append(set())
            continue
        top_end = max(p.first_body, h + 1)
        found: set[str] = set()
        for text in p.lines[h + 1 : top_end + 2]:
            m = _LABELLED.fullmatch(text)
            if m and all(_label_like(x) for x in _pieces(m.group("rest"))):
                found.add(m.group("prefix"))
        per_page.append(found)
    return {w for w, c in _page_counts(per_page).items() if c >= most and w.lower() != "by"}


def _cuts(piece: str) -> list[int]:
    """Where glued labels may meet in ``piece``: no space on either side, and the next label
    starting with a capital or a digit (``DEEP SPACESMALLSATS``, ``CivilEuropeLunar``)."""
    return [
        i
        for i in range(1, len(piece))
        if piece[i - 1] != " " and piece[i] != " " and (piece[i].isupper() or piece[i].isdigit())
    ]


def _segment(piece: str, vocabulary: set[str], cuts: list[int]) -> list[str] | None:
    """``piece`` as the fewest words of ``vocabulary`` glued at ``cuts`` (``None``: it is not)."""
    ends = [0, *cuts, len(piece)]
    best: dict[int, list[str]] = {0: []}
    for a in ends:
        if a not in best:
            continue
        for b in ends:
            if b <= a:
                continue
            part = piece[a:b]
            if part in vocabulary and (b not in best or len(best[a]) + 1 < len(best[b])):
                best[b] = [*best[a], part]
    return best.get(len(piece))


def _labels(
    pages: list[_Page], furniture: set[str], baseline: Profile, most: int, site_names: Iterable[str | None]
) -> tuple[list[Finding], list[set[str]]]:
    from .recognisers.sites import site_key

    recurring = {t for t, c in _page_counts(p.lines for p in pages).items() if c >= most}
    # Never labels: the pieces of a line the same on most pages, and the site's own name
    # (the root of a breadcrumb trail).
    fixed = {piece for t in recurring | furniture for piece in _pieces(t)} | {site_key(s) for s in site_names if s}
    per_page: list[set[str]] = [{lab for lab in p.labels if _label_like(lab)} for p in pages]
    examples: dict[str, str] = {lab: lab for p in pages for lab in p.labels}
    pieces: list[tuple[int, str]] = []
    lead_ins = _lead_ins(pages, most)
    for k, p in enumerate(pages):
        for line in _label_lines(p, furniture, recurring, lead_ins):
            for piece in line:
                pieces.append((k, piece))
                examples.setdefault(piece, " / ".join(line))
    # Labels glued together (text renderings of adjacent links): a string that starts or
    # ends label lines of two pages, or stands alone on one and starts or ends another, is a
    # candidate; a line made entirely of candidates is split into the fewest of them.
    support: dict[str, set[int]] = defaultdict(set)
    for k, piece in pieces:
        support[piece].add(k)
        if len(piece) <= 80:
            for i in _cuts(piece):
                support[piece[:i]].add(k)
                support[piece[i:]].add(k)
    vocabulary = {s for s, ks in support.items() if len(ks) >= 2 and len(s) >= 2 and s == s.strip()}
    for k, piece in pieces:
        parts = [piece] if piece in vocabulary or len(piece) > 80 else _segment(piece, vocabulary, _cuts(piece))
        for part in parts or [piece]:
            per_page[k].add(part)
            examples.setdefault(part, piece)
    out = []
    per_page = [{lab for lab in labs if lab not in fixed and site_key(lab) not in fixed} for labs in per_page]
    for lab, count in sorted(_page_counts(per_page).items(), key=lambda kv: (-kv[1], kv[0])):
        if count >= 2 and lab not in baseline.label_set:
            out.append(Finding("labels", lab, count, examples.get(lab, lab)))
    return out, per_page


# --- selectors (HTML) ----------------------------------------------------------------------

_CLASS = re.compile(r"-?[A-Za-z_][\w-]{0,60}")


def _classes(node: object) -> list[str]:
    attrs_ = getattr(node, "attributes", None) or {}
    value = attrs_.get("class") or ""
    return [c for c in value.split() if _CLASS.fullmatch(c)]


def _ancestors(node: object, depth: int) -> list[object]:
    out: list[object] = []
    parent = getattr(node, "parent", None)
    while parent is not None and len(out) < depth and getattr(parent, "tag", "") not in ("body", "html"):
        out.append(parent)
        parent = getattr(parent, "parent", None)
    return out


def _prev_element(node: object) -> object | None:
    prev = getattr(node, "prev", None)
    while prev is not None and getattr(prev, "tag", "-text") in ("-text", "-comment"):
        prev = getattr(prev, "prev", None)
    return prev


def _selectors(
    pages: list[_Page],
    markup: list[str | None],
    page_labels: list[set[str]],
    prefixes: list[str],
    site_names: Iterable[str | None] = (),
) -> list[Finding]:
    """CSS selectors that pick, on most HTML pages, exactly the label links, the credit line
    and the caption above it: the class of the nearest element that does (an ancestor's
    class for links, the element's own or its parent's for the credit and caption)."""
    from selectolax.lexbor import LexborHTMLParser

    from .profiles import _selector_problem
    from .recognisers.sites import is_home_word, site_key

    own_names = {site_key(s) for s in site_names if s}

    def root(text: str) -> bool:
        """A breadcrumb's root: the site's name or a home link (the labels come after it)."""
        return site_key(text) in own_names or is_home_word(text)

    votes: dict[str, Counter[str]] = {"categories": Counter(), "credit": Counter(), "caption": Counter()}
    seen = Counter[str]()
    depth: dict[str, int] = {}
    examples: dict[str, str] = {}
    starts = tuple(f"{p}:" for p in prefixes)

    def text_of(node: object) -> str:
        return getattr(node, "text")(strip=True) or ""  # noqa: B009 - a selectolax node

    for page, html, labels in zip(pages, markup, page_labels, strict=True):
        if not html or page.doc.kind != "html":
            continue
        tree = LexborHTMLParser(html)
        shown = {lab for lab in labels if lab}
        links = [a for a in tree.css("a") if text_of(a) in shown] if shown else []
        if links:
            seen["categories"] += 1
            want = {text_of(a) for a in links}
            for a in links:
                for level, up in enumerate(_ancestors(a, 3)):
                    for c in _classes(up):
                        sel = f".{c} a"
                        depth[sel] = min(depth.get(sel, level), level)
            for sel in sorted({s for s in depth if s.endswith(" a")}):
                if {t for t in (text_of(a) for a in tree.css(sel)) if not root(t)} == want:
                    votes["categories"][sel] += 1
                    examples.setdefault(sel, " / ".join(sorted(want)))
        if not starts:
            continue
        lines = [el for el in tree.css("p, span, div, figcaption, small, cite") if text_of(el).startswith(starts)]
        lines = [el for el in lines if len(text_of(el)) <= 120]
        own = [el for el in lines if not any(o is not el and el in _ancestors(o, 8) for o in lines)]
        if len(own) != 1:
            continue
        credit = own[0]
        seen["credit"] += 1
        for sel in sorted({f".{c}" for c in _classes(credit)}):
            found = tree.css(sel)
            if len(found) == 1 and text_of(found[0]).startswith(starts):
                votes["credit"][sel] += 1
                examples.setdefault(sel, text_of(found[0]))
                # The caption: the element just before the credit, in the same box.
                caption = _prev_element(credit)
                parent = getattr(credit, "parent", None)
                if caption is None or parent is None or not text_of(caption) or text_of(caption).startswith(starts):
                    continue
                seen["caption"] += 1
                tag = getattr(caption, "tag", "p")
                candidates = [f".{c}" for c in _classes(caption)]
                candidates += [f".{c} {tag}:not({sel})" for c in _classes(parent)]
                for cap in candidates:
                    got = tree.css(cap)
                    if len(got) == 1 and text_of(got[0]) == text_of(caption):
                        votes["caption"][cap] += 1
                        examples.setdefault(cap, text_of(caption))
    out = []
    for key in ("categories", "credit", "caption"):
        if not votes[key]:
            continue
        sel, count = min(votes[key].items(), key=lambda kv: (-kv[1], depth.get(kv[0], 0), len(kv[0]), kv[0]))
        if count >= 2 and count * 2 >= seen[key] and _selector_problem(sel) is None:
            what = {"categories": "the label links", "credit": "the credit line", "caption": "the caption above it"}[
                key
            ]
            out.append(Finding(f"selectors.{key}", sel, count, examples[sel], note=f"picks exactly {what} there"))
    if not any(f.key == "selectors.credit" for f in out):
        out = [f for f in out if f.key != "selectors.caption"]
    return out


# --- credit prefixes -----------------------------------------------------------------------


def _credit_at(text: str) -> re.Match[str] | None:
    """A ``Prefix: credit`` in ``text``: the whole line, its end after a sentence, or in brackets at its end."""
    if text.endswith((")", "]")):
        at = max(text.rfind("("), text.rfind("["))
        m = _CREDIT_BRACKETED.match(text, at) if at >= 0 else None
        if m is not None:
            return m
    return _CREDIT.search(text)


def _credit_prefixes(pages: list[_Page], several: int) -> list[Finding]:
    rests: dict[str, list[str]] = defaultdict(list)
    per_page: list[set[str]] = []
    examples: dict[str, str] = {}
    for p in pages:
        found: set[str] = set()
        for i, text in enumerate(p.lines):
            if p.roles[i] in ("byline", "categories", "related", "barrier") or len(text) > 400:
                continue
            m = _credit_at(text)
            if not m:
                continue
            prefix, rest = m.group("prefix"), m.group("rest").strip()
            if prefix.lower() in _NOT_CREDIT or len(rest.split()) > 8 or _ends_sentence(rest.rstrip(".")):
                continue
            found.add(prefix)
            rests[prefix].append(rest)
            examples.setdefault(prefix, text)
        per_page.append(found)
    known = {c.lower() for c in pages[0].profile.credit_prefixes}
    out = []
    for prefix, count in _page_counts(per_page).most_common():
        after = rests[prefix]
        # A list after it on most pages ("Filed to: Engines, Test Stands") names labels, not a credit.
        if sum(len(_pieces(r)) > 1 for r in after) * 2 >= len(after):
            continue
        # Different credits after it: a prefix, not a fixed line.
        if count >= several and prefix.lower() not in known and len(set(after)) >= 2:
            note = f"{len(set(after))} different credits after it"
            out.append(Finding("credit_prefixes", prefix, count, examples[prefix], note=note))
    return out
