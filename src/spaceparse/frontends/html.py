"""HTML pages -> blocks: the front end for ``kind="html"``.

    page -> Lexbor DOM -> profile selectors mark nodes -> one walk (runs, elements, images)
         -> element flags (nav, share, related, byline...) -> content container
         -> Blocks with hints, plus Meta from the head / JSON-LD

The shared rules then do the rest, exactly as for text: the ``main`` hint gives
the ``zone``; furniture hints feed ``boilerplate``; ``headline``/``dek``/
``byline``/``date``/``category``/``caption``/``credit``/``related`` hints tell
the field rules which block is which. See docs/html.md.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Any
from urllib.parse import unquote

import attrs

from ..blocks import Block, Document, Meta
from ..profiles import Profile, Profiles, choose_profile
from ..recognisers.bylines import BY_WORD, parse_byline
from ..recognisers.credits import credit_in_alt
from ..recognisers.dates import time_stamp
from ..recognisers.names import fold_accents
from ..recognisers.sites import is_home_word, similar, site_key
from ..recognisers.urls import absolute, origin, same_site
from ._html_content import (
    NOISE_FLAGS,
    classify,
    is_furniture,
    is_furniture_but_comments,
    is_prose_run,
    is_thread_post,
    subtree_ends,
    words_in,
)
from ._html_dom import BODY_WORD, MARK, Image, Run, keep_noscript_text, parse_tree, walk
from ._html_meta import build_meta, canonical_url, read_head
from ._html_structure import structure

__all__ = ["blockify"]

_PENALTY = 0.6
_CONTENT_BONUS = 0.15
# A furniture subtree the walk skipped counts this much of its text as clutter.
_SKIPPED_WEIGHT = 0.5
_KEEP_HEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
_HEADINGS = _KEEP_HEADINGS | {"h1"}
_CONTENT = frozenset({"content"})
_COMMENT = frozenset({"comment"})
# Flags an element holding much of the page's prose cannot have (it is the article or its page).
# A related box stays one even when its teasers hold more prose than a short article.
_DROP_ON_CONTAINER = NOISE_FLAGS | {"byline", "date", "category", "dek", "caption", "credit"}
_DROP_ON_CONTENT = NOISE_FLAGS | {"related", "dek"}
_DROP_ON_PAGE = _DROP_ON_CONTAINER | {"related"}  # <body class="... related-products-...">


def _mark(tree: object, selectors: dict[str, str]) -> int:
    """Set ``data-sp`` on the nodes each selector matches; the number of nodes marked."""
    marked = 0
    for key, sel in selectors.items():
        try:
            nodes = tree.css(sel)  # type: ignore[attr-defined]
        except (ValueError, TypeError, RuntimeError):  # a malformed selector in a data file
            continue
        marked += _mark_nodes(nodes, key)
    return marked


def _mark_nodes(nodes: list[Any], key: str) -> int:
    """Set ``data-sp`` ``key`` on each node once; the number of nodes marked."""
    done: set[int] = set()
    for node in nodes:
        if node.mem_id in done:
            continue
        done.add(node.mem_id)
        a = node.attrs
        old = a.get(MARK)
        a[MARK] = f"{old} {key}" if old else key
    return len(done)


def blockify(
    text: str, *, url: str | None = None, utf8: bytes | None = None, profiles: Profiles | None = None
) -> Document:
    """Turn an HTML page into a :class:`Document` of blocks and page metadata.

    ``utf8``, when given, is ``text`` encoded as UTF-8 (the page's own bytes): Lexbor reads it directly.
    ``profiles``: the caller's user profiles, for :func:`~spaceparse.profiles.choose_profile`.
    """
    tree, partial = parse_tree(text, utf8)
    raw = read_head(tree)
    profile = choose_profile(url, canonical_url(raw, url), profiles)
    meta, base = build_meta(raw, url, profile)
    # Generic category links (rel=category, WordPress lists) were found by read_head's scan;
    # a profile's selectors are applied on top.
    marked = _mark_nodes(raw.category_links, "categories") + _mark_nodes(raw.tag_links, "tags")
    if profile.selectors:
        marked += _mark(tree, {("body" if k == "body" else k): v for k, v in profile.selectors.items()})
    kept = False
    if "<noscript" in text:
        kept = keep_noscript_text(raw.noscripts)
    el, runs, images = walk(tree, is_furniture, marked=marked > 0, noscript_kept=kept)
    prose_chars = _prose_chars(runs)
    if kept and prose_chars < _FEW_PROSE:
        # No article in what scripts show: a page that renders its text from a script template
        # gives it to readers without scripts in <noscript> (Blogger does). Read that instead.
        tree.unwrap_tags(["noscript"])
        alt = walk(tree, is_furniture, marked=marked > 0)
        alt_chars = _prose_chars(alt[1])
        if alt_chars >= _FEW_PROSE:
            el, runs, images = alt[0], alt[1], alt[2]
            prose_chars = alt_chars
    threads = False
    if prose_chars < _FEW_PROSE:
        # No article outside the comment boxes, nor a paragraph before them: a forum thread,
        # whose posts are all marked up as comments. They are the page's text (the form to write
        # one is not). A short post followed by its comments is not a thread.
        alt = walk(tree, is_furniture_but_comments, marked=marked > 0, noscript_kept=kept)
        if _prose_chars(alt[1]) >= _FEW_PROSE and _text_before_comments(runs, alt[1]) < _POST_MIN:
            el, runs, images = alt[0], alt[1], alt[2]
            threads = True
    blocks, lead = _blocks(el, runs, images, meta, profile, base, threads)
    if not meta.image_url and lead is not None:
        meta = attrs.evolve(meta, image_url=absolute(lead.src, base))
    if not meta.image_credit and lead is not None:
        # The lead image's alt text may state its credit ("… © NDR Foto: Jane Roe").
        credit = credit_in_alt(lead.alt, profile)
        if credit:
            meta = attrs.evolve(meta, image_credit=credit)
    return Document(
        blocks=tuple(blocks),
        kind="html",
        meta=meta,
        url=url,
        profile=profile,
        partial=partial,
        structure=structure(el, runs, images, base),
    )


def _blocks(  # noqa: PLR0917
    el: object,
    runs: list[Run],
    images: list[Image],
    meta: Meta,
    profile: Profile,
    base: str | None,
    threads: bool = False,
) -> tuple[list[Block], Image | None]:
    from ._html_dom import Elements

    assert isinstance(el, Elements)
    n = len(el.tag)
    parent = el.parent
    own, flags, prose, noise_run, teaser, ends = _analyse(el, runs, meta.headline, threads)
    sizes = _subtree_sizes(el, runs, prose, noise_run, flags)
    main = _container(el, runs, prose, noise_run, own, flags, sizes)
    main_lo, main_hi = (main, ends[main]) if main is not None else (-1, -2)
    # The article's other sections, when a gallery or a map splits it (see _sibling_boxes).
    more = _sibling_boxes(el, sizes, ends, main) if main is not None else []
    if main is not None:
        more += [b for b in _sibling_sections(el, runs, flags, ends, main) if b not in more]
    more_lo = min([main_lo, *more])
    more_hi = max([main_hi, *(ends[b] for b in more)])

    # Headline: the heading that matches the metadata headline, else the first h1 (not the
    # site's name in a logo h1), else, with no h1 standing for the article, its h2.
    target = meta.headline
    head_idx: int | None = None
    best_sim = 0.0
    first_h1: int | None = None
    site_keys = meta.site_keys | {site_key(s) for s in (meta.site, _host_label(base)) if s}
    for k, r in enumerate(runs):
        if r.kind not in ("h1", "h2", "h3"):
            continue
        if noise_run[k] and "sel-headline" not in flags[r.owner]:
            # A teaser-like linked heading that is the page's own title (a permalink) still is.
            if not (
                teaser[k]
                and target
                and not (flags[r.owner] & NOISE_FLAGS)
                and "related" not in flags[r.owner]
                and similar(r.text, target) >= 0.9
            ):
                continue
        if "sel-headline" in flags[r.owner] and head_idx is None and r.kind == "h1":
            first_h1 = first_h1 if first_h1 is not None else k
        if (
            r.kind == "h1"
            and first_h1 is None
            and (main is None or r.owner <= main_hi)
            and site_key(r.text) not in site_keys
        ):
            first_h1 = k
        if target:
            sim = 1.0 if r.text == target else similar(r.text, target)
            if r.kind == "h1":
                sim += 0.05
            if sim > best_sim:
                head_idx, best_sim = k, sim
    if best_sim < 0.6:
        head_idx = first_h1
        if head_idx is None and main is not None and not _titled_h1(meta):
            # No <h1> on the page: the article's <h2> above its first paragraph.
            head_idx = _first_h2(runs, prose, noise_run, main_lo, main_hi)

    # Related items: group runs by their item container under the related root.
    item = [-1] * n
    rel_root = [-1] * n
    # Most pages mark no related container: one cheap test spares the passes below.
    first_rel = next((i for i in range(n) if "related" in own[i] or "sel-related" in own[i]), n)
    for i in range(first_rel, n):
        p = parent[i]
        pr = rel_root[p] if p >= 0 else -1
        if pr >= 0:
            rel_root[i] = pr
        elif ("related" in own[i] and "related" in flags[i]) or "sel-related" in own[i]:
            rel_root[i] = i
    # An item is the largest container under the related root holding one headline link.
    heads = [0] * n
    prev_href: str | None = None
    for r in runs if first_rel < n else ():
        if (
            rel_root[r.owner] >= 0
            and r.href
            and r.href != prev_href  # a card's one link around its label, headline and date
            and (r.kind in _KEEP_HEADINGS or r.link_chars * 10 >= len(r.text) * 6)
            and not any(r.link_marks)
        ):
            heads[r.owner] += 1
        prev_href = r.href
    for i in range(n - 1, max(first_rel, 1) - 1, -1):
        if rel_root[i] >= 0:
            heads[parent[i]] += heads[i]
    for r in runs if first_rel < n else ():
        o = r.owner
        root = rel_root[o]
        if root < 0 or item[o] >= 0:
            continue
        top = o
        while parent[top] != root and parent[top] >= 0 and heads[parent[top]] <= 1:
            top = parent[top]
        item[o] = top if top != root else -1

    # No related container marked: cards or a list of links to the site's other articles
    # right after the article, under a heading of any wording (plain WordPress markup).
    unmarked: dict[int, int] = {}
    if first_rel == n and main is not None:
        unmarked = _unmarked_related(el, runs, teaser, prose, flags, ends, main_lo, main_hi, head_idx, base)

    host_root = _site_root(base)

    # The lead image: the first image of the article that is not furniture, a related
    # item's thumbnail or a byline's avatar.
    def photo(img: Image) -> bool:
        return (
            not (flags[img.owner] & _NOT_LEAD_IMAGE)
            and rel_root[img.owner] < 0
            and not _AVATAR.search(img.src)
            and not _is_icon(img.src)
            and not _is_author_photo(img, meta)
            and not _in_video_player(el, img.owner)
        )

    # A figure set right above the container (its caption and credit the only runs between)
    # is the article's too: a container that starts at the text leaves the lead image out.
    first_main = next((k for k, r in enumerate(runs) if main_lo <= r.owner <= main_hi), len(runs))

    def above_container(img: Image) -> bool:
        between = range(img.run_index, first_main)
        return 0 < len(between) <= _HERO_RUNS and all(
            runs[k].kind == "caption" or flags[runs[k].owner] & _FIGURE_FLAGS for k in between
        )

    lead = next(
        (
            img
            for img in images
            if main is not None
            and (
                main_lo <= img.owner <= main_hi
                or (head_idx is not None and img.run_index > head_idx)
                or above_container(img)
            )
            and photo(img)
        ),
        None,
    )
    if lead is None and head_idx is not None:
        # None in the article: a captioned hero image set right above the headline.
        lead = next(
            (
                img
                for img in images
                if 0 <= head_idx - img.run_index <= _HERO_RUNS
                and photo(img)
                and any(
                    runs[k].kind == "caption" or "caption" in flags[runs[k].owner]
                    for k in range(img.run_index, head_idx)
                )
            ),
            None,
        )
    # When the lead image stands between the headline and the article's text, a caption
    # further down, after the text has begun, is an in-body figure's, not the lead image's.
    other_figure: set[int] = set()
    lead_figure, figure_text = (
        _lead_figure(el, runs, images, flags, prose, lead, ends, head_idx) if lead is not None else (set(), set())
    )
    if lead is not None and head_idx is not None and lead.run_index > head_idx:
        first_text = next(
            (
                k
                for k, r in enumerate(runs)
                if k > head_idx and prose[k] and not noise_run[k] and main_lo <= r.owner <= main_hi
            ),
            None,
        )
        # ...unless links stand between them: the image is then a teaser's thumbnail.
        if (
            first_text is not None
            and lead.run_index <= first_text
            and not any(runs[k].link_chars * 2 > len(runs[k].text) for k in range(lead.run_index, first_text))
        ):
            other_figure = {k for k in _captions_of_other_images(el, runs, images, lead.owner, ends) if k > first_text}

    dropped = _dropped_in_container(runs, prose, noise_run, teaser, flags, rel_root, main_lo, main_hi, parent)
    if main is not None:
        dropped |= _appendix(el, runs, prose, noise_run, flags, ends, main, sizes[0])
    lead_from = head_idx
    if lead_from is None and main is not None and parent[main] > 0:
        # No headline found (set in a breadcrumb, or left out of the copy): the lead may
        # stand anywhere in the container's own box, before the container.
        box, box_end = parent[main], ends[parent[main]]
        lead_from = next((k for k, r in enumerate(runs) if box <= r.owner <= box_end), len(runs)) - 1
    lead_runs, between = _lead(runs, prose, noise_run, flags, lead_from, main_lo, main_hi)
    # The runs right after an image: one that opens as a figure's label ("Abbildung 4:") is
    # its caption, set in plain markup.
    after_image = {img.run_index for img in images}
    blocks: list[Block] = []
    last_owner = -1
    for k, r in enumerate(runs):
        fl = flags[r.owner]
        hints: set[str] = set()
        if k == head_idx:
            hints.add("headline")
        in_main = main_lo <= r.owner <= main_hi
        in_more = any(b <= r.owner <= ends[b] for b in more) if more else False
        related = rel_root[r.owner] >= 0 or k in unmarked
        noise = fl & NOISE_FLAGS
        if related:
            hints.add("related")
        elif noise:
            hints |= noise
        elif k in lead_runs:
            hints.add("main")
        elif in_more:
            hints.add("noise" if r.link_chars * 2 > len(r.text) and r.kind not in _KEEP_HEADINGS else "main")
        elif more and not in_main and more_lo < r.owner < more_hi and not fl & _NOT_LEAD:
            hints.add("noise")  # what splits the article (a carousel): the zone is a span
        elif k in between:
            hints.add("noise")
        elif in_main and k != head_idx:
            if k in dropped:
                hints.add("noise")
            elif "caption" in fl or r.kind == "caption" or (k in after_image and _FIGURE_LABEL.match(r.text)):
                hints.add("caption")
            else:
                hints.add("main")
        if "credit" in fl:
            hints.add("credit")
        if "caption" in fl and not related:
            hints.add("caption")
        if k in other_figure and "caption" in hints:
            hints.add("other-image")
        elif k in lead_figure and not related and not noise and k != head_idx:
            hints.add("lead-image")
            if k in figure_text:
                hints.add("caption")
        if not related and not noise and k != head_idx:
            if ("byline" in fl and not in_main) or "sel-byline" in fl:
                hints.add("byline")
            if ("date" in fl and not in_main) or "sel-date" in fl:
                hints.add("date")
            if (
                (("dek" in fl and "caption" not in fl) or "sel-dek" in fl)
                and not in_main
                and head_idx is not None
                and k > head_idx
            ):
                hints.add("dek")
        links = r.links
        cat_links, tag_links = _label_links(r) if any(r.link_marks) and _label_run(r) else ((), ())
        if tag_links:
            hints.add("tag")
        if cat_links or ("sel-categories" in fl and not in_main):
            hints.add("category")
            links = cat_links or tuple(t for t in r.links if not is_home_word(t))
            if not links and is_home_word(r.text):
                hints.discard("category")
        elif "category" in fl and not in_main and not noise and len(r.text) <= 80:
            hints.add("category")
        if "category" in hints and not links and not related:
            links = (r.text,)
        # Links of related items, labels and the headline; and of any link-led block, for the
        # related items the shared rule finds under a heading in unmarked markup.
        linked = r.href is not None and (related or r.link_chars * 10 >= len(r.text) * 6)
        href = absolute(r.href, base) if linked or "category" in hints or k == head_idx else None
        if href and host_root and href.rstrip("/") == host_root and "category" in hints:
            hints.discard("category")
        group = (unmarked[k] if k in unmarked else item[r.owner]) if related else -1
        blocks.append(
            Block(
                index=len(blocks),
                text=r.text,
                kind=r.kind,
                blank_before=1 if r.owner != last_owner else 0,
                bullet=False,
                hints=frozenset(hints),
                link_ratio=min(1.0, r.link_chars / len(r.text)) if r.text else 0.0,
                href=href,
                # A related item's one link too: its text is the item's headline when a date
                # is glued after it (rules/related.py).
                links=links if len(links) > 1 or "category" in hints or related else (),
                group=group,
                start=k,
                tags=tag_links,
            )
        )
        last_owner = r.owner
    return blocks, lead


# "Abbildung 4:", "Fig. 2 -", "Figure:": the label a figure's caption opens with.
_FIGURE_LABEL = re.compile(
    r"(?:abbildung|abb\.|figure|fig\.|grafik|graphic|illustration|bild|foto|photo|image|imagen|tabelle|table)"
    r"(?: ?\d{1,3}[a-z]?)?\s?[:.\-–—|]\s",
    re.IGNORECASE,
)

# Field markup: a run with one of these flags is not a lead paragraph.
_FIELD_FLAGS = frozenset({"dek", "caption", "credit", "byline", "date", "category"})
_NOT_LEAD = NOISE_FLAGS | {"related"} | _FIELD_FLAGS
# A standfirst is one sentence; a lead paragraph has two or more.
_LEAD_SENTENCES = 2
_BYLINE_FLAGS = frozenset({"byline", "date"})
_BYLINE_MAX = 120
_LEAD_MIN = 100
_SENTENCE_END = re.compile(r"[.!?…。！？](?:\s|$)")


def _lead(  # noqa: PLR0917
    runs: list[Run],
    prose: list[bool],
    noise_run: list[bool],
    flags: list[frozenset[str]],
    head_idx: int | None,
    lo: int,
    hi: int,
) -> tuple[set[int], set[int]]:
    """The article's lead paragraphs set between its headline and its container (a CMS's
    intro field), and the unmarked runs from the first of them to the container.

    A lead is a paragraph of two or more sentences without field markup (dek, caption,
    byline...), after the byline if there is one before the text; a one-sentence standfirst,
    or one the byline follows, stays the dek rule's. The unmarked runs between a
    lead and the container (a source label, a stray date) are furniture, so that the zone,
    a span, takes in nothing else.
    """
    if head_idx is None or lo < 0:
        return set(), set()
    first = next((k for k in range(head_idx + 1, len(runs)) if lo <= runs[k].owner <= hi), None)
    if first is None:
        return set(), set()
    lead = {
        k
        for k in range(head_idx + 1, first)
        if prose[k]
        and not noise_run[k]
        and runs[k].kind in ("p", "div")
        and not flags[runs[k].owner] & _NOT_LEAD
        and len(runs[k].text) >= _LEAD_MIN
        and len(_SENTENCE_END.findall(runs[k].text)) >= _LEAD_SENTENCES
    }
    if lead:
        # A paragraph the byline follows is the standfirst: the lead comes after the byline.
        text_start = next((k for k in range(first, len(runs)) if prose[k] and not noise_run[k]), first)
        last_by = max(
            (
                k
                for k in range(head_idx + 1, text_start)
                if flags[runs[k].owner] & _BYLINE_FLAGS
                or (len(runs[k].text) <= _BYLINE_MAX and parse_byline(runs[k].text) is not None)
            ),
            default=-1,
        )
        lead = {k for k in lead if k > last_by}
    if not lead:
        return set(), set()
    between = {k for k in range(min(lead), first) if k not in lead and not flags[runs[k].owner] & _NOT_LEAD}
    return lead, between


# Elements that hold a run, not paragraphs: never the article's container when a box holds them.
_RUN_TAGS = frozenset({"p", "li", "td", "th", "dd", "dt", "pre", "h1", "h2", "h3", "h4", "h5", "h6"})
_TAIL_ITEMS = frozenset({"li", "td", "quote", "pre"})
_TAIL_KEEP = re.compile(r"[.!?…\"'“”‘’»«)。！？」』）]$")


def _dropped_in_container(  # noqa: PLR0917
    runs: list[Run],
    prose: list[bool],
    noise_run: list[bool],
    teaser: list[bool],
    flags: list[frozenset[str]],
    rel_root: list[int],
    lo: int,
    hi: int,
    parent: list[int],
) -> set[int]:
    """Runs of the container (elements ``lo..hi``) that are not article text: teasers, link
    lines, the tail after the last paragraph (:func:`_tail_noise`), and the label or heading
    of such a box ("Auch interessant", "Weiterlesen:", "More on this") right above it."""
    if lo < 0:
        return set()
    out = _tail_noise(runs, prose, noise_run, lo, hi)
    inside = [k for k in range(len(runs)) if lo <= runs[k].owner <= hi]
    # A container with little prose (chosen by its markup: a post that is a digest of links)
    # keeps its link lines: they are what it says.
    digest = sum(len(runs[k].text) - runs[k].link_chars for k in inside if prose[k]) < _FEW_PROSE
    for k in inside:
        r = runs[k]
        if (
            teaser[k]
            or (
                not digest
                and r.link_chars * 2 > len(r.text)
                and words_in(r.text) < 40
                and r.kind not in _KEEP_HEADINGS
                and not _linked_sentence(r)
            )
            or flags[r.owner] & NOISE_FLAGS
            or rel_root[r.owner] >= 0
        ):
            out.add(k)
    # Only what the tests above dropped marks a label: a list of short items does not unravel.
    # A heading's own tool link set beside it in its box ("[edit]") is dropped, but the heading
    # stays when text follows.
    labels = set()
    for j in range(len(inside) - 1):
        k, nxt = inside[j], inside[j + 1]
        if nxt not in out or k in out or not _is_label(runs[k]):
            continue
        after = -1
        if j + 2 < len(inside):
            after = inside[j + 2]
        if (
            runs[k].kind in _HEADINGS
            and runs[nxt].owner == parent[runs[k].owner]
            and words_in(runs[nxt].text) <= _TOOL_WORDS
            and after >= 0
            and after not in out
            and prose[after]
        ):
            continue
        labels.add(k)
    return out | labels


_TOOL_WORDS = 3  # "[edit]", "[Bearbeiten | Quelltext bearbeiten]"


def _first_h2(runs: list[Run], prose: list[bool], noise_run: list[bool], lo: int, hi: int) -> int | None:
    """The article's ``<h2>``: the first in its container above its first paragraph, else the
    one right above that paragraph (just before the container, a few runs up at most). Not
    a one-word landmark ("Main content") or a lead-in ending with a colon."""
    first: int | None = None
    for k, r in enumerate(runs):
        if lo <= r.owner <= hi and not noise_run[k]:
            if r.kind == "h2" and _titled_h2(r.text):
                return k
            if prose[k]:
                first = k
                break
    if first is None:
        return None
    for k in range(first - 1, max(-1, first - 1 - _H2_REACH), -1):
        r = runs[k]
        if noise_run[k]:
            continue
        if r.kind == "h2":
            return k if _titled_h2(r.text) else None
        if prose[k] or r.kind in ("h1", "h3"):
            return None
    return None


def _titled_h2(text: str) -> bool:
    t = text.strip()
    return " " in t and not t.endswith(":")


def _titled_h1(meta: Meta) -> bool:
    """Does an ``<h1>`` (one the walk skipped) say what a markup title says?"""
    titles = {site_key(t) for t in meta.titles}
    return any(site_key(h1) in titles for h1 in meta.h1s)


_H2_REACH = 4  # runs between the <h2> and the article's first paragraph (a date, a byline)


def _linked_sentence(r: Run) -> bool:
    """A sentence whose names are links (people, companies), with words of its own around them."""
    return len(r.text) - r.link_chars >= _OWN_TEXT and _SENTENCE_STOP.search(r.text) is not None


# About five words of its own.
_OWN_TEXT = 30


def _is_label(r: Run) -> bool:
    """A short heading, or a short line, that is not a sentence ("Auch interessant", "Weiterlesen:")."""
    if _SENTENCE_STOP.search(r.text) is not None:
        return False
    if r.kind in _HEADINGS:
        return len(r.text) <= 100 and words_in(r.text) <= 12
    return r.kind in ("p", "div") and len(r.text) <= 60 and words_in(r.text) <= 6


_SENTENCE_STOP = re.compile(r"[.!。！]$")


# A text box holds this share of the container's prose; what follows it with less than a
# fifth of its prose, and at most two sentences' worth, is an appendix.
_TEXT_BOX = 0.8
_APP_SHARE = 0.2
_APP_MAX = 400


def _bylineish(runs: list[Run], k: int) -> bool:
    """A byline naming people, maybe set in runs of its own ("von" / "A, B"): the byline rule
    joins such runs only when nothing has claimed them."""
    text = runs[k].text
    if len(text) > _BYLINE_MAX:
        return False
    if BY_WORD.fullmatch(text) or _names(text):
        return True
    return k > 0 and len(runs[k - 1].text) <= _BYLINE_MAX and _names(f"{runs[k - 1].text} {text}")


def _names(text: str) -> bool:
    parsed = parse_byline(text)
    return parsed is not None and bool(parsed[0])


def _appendix(  # noqa: PLR0917
    el: Any,
    runs: list[Run],
    prose: list[bool],
    noise_run: list[bool],
    flags: list[frozenset[str]],
    ends: list[int],
    main: int,
    good: list[float],
) -> set[int]:
    """Runs of the container after its text box, when they hold little prose: a pitch, an
    author's bio, a contact or donation box set after the article's own paragraphs; and the
    runs before the text box that are not prose (date and source lines, a subtitle).

    The text box is the deepest element under the container holding 80%+ of its prose. Boxes
    after it with more prose (a long article split into sections) stay; so does everything
    on a page with little prose, whose container was chosen by its markup.
    """
    parent = el.parent
    kids: dict[int, list[int]] = {}
    tags = el.tag
    for i in range(main + 1, ends[main] + 1):
        if tags[i] not in _RUN_TAGS:  # a box of paragraphs, not one paragraph
            kids.setdefault(parent[i], []).append(i)
    box = main
    while True:
        best = max(kids.get(box, ()), key=lambda i: good[i], default=None)
        if best is None or good[best] < _TEXT_BOX * good[box]:
            break
        box = best
    if box == main:
        return set()
    # Before the text box, inside the container: the article's header (its date and source
    # lines, a subtitle); the fields' rules still read them, the body does not.
    out = {
        k
        for k, r in enumerate(runs)
        if main <= r.owner < box and not prose[k] and not flags[r.owner] & _FIELD_FLAGS and not _bylineish(runs, k)
    }
    after = [k for k, r in enumerate(runs) if ends[box] < r.owner <= ends[main]]
    extra = sum(len(runs[k].text) for k in after if prose[k] and not noise_run[k])
    if good[main] < _FEW_PROSE:
        return set()
    if extra >= min(_APP_SHARE * good[box], _APP_MAX) or _more_sections(runs, prose, after):
        return out
    return out | set(after)


def _more_sections(runs: list[Run], prose: list[bool], after: list[int]) -> bool:
    """The runs after the text box are more of the article, not an appendix: two or more
    sections (a heading, then a paragraph, list item, table cell or code without links: a
    reference page's short sections), or a code block (a docs page whose later sections are
    mostly code and lists)."""
    heads = 0
    for j, k in enumerate(after):
        r = runs[k]
        if r.kind == "pre":
            return True
        if r.kind not in _KEEP_HEADINGS or r.link_chars * 2 >= len(r.text) or j + 1 == len(after):
            continue
        nxt = runs[after[j + 1]]
        if (prose[after[j + 1]] or nxt.kind in _TAIL_ITEMS) and nxt.link_chars * 2 < len(nxt.text):
            heads += 1
            if heads >= _SECTIONS:
                return True
    return False


_SECTIONS = 2


def _tail_noise(runs: list[Run], prose: list[bool], noise_run: list[bool], lo: int, hi: int) -> set[int]:
    """Runs of the container (elements ``lo..hi``) after its last paragraph that are not article text.

    Kept: closing sentences, and list items, table cells, quotes and code without links (a
    list of facts or an embedded post that ends the article). Dropped: link lines and label
    lines ("Mehr zum Thema", "Tags:", "Autoren:"), and a heading unless what follows it is kept.
    """
    out: set[int] = set()
    nxt: int | None = None  # the next run of the container
    for k in range(len(runs) - 1, -1, -1):
        r = runs[k]
        if not lo <= r.owner <= hi:
            continue
        if prose[k] and not noise_run[k]:
            return out
        if r.kind in _HEADINGS:
            if nxt is None or nxt in out:
                out.add(k)
        elif r.link_chars * 2 > len(r.text) or (r.kind not in _TAIL_ITEMS and _TAIL_KEEP.search(r.text) is None):
            out.add(k)
        nxt = k
    return set()  # no paragraph at all: nothing to measure the end of the article by


def _analyse(
    el: Any, runs: list[Run], title: str | None = None, threads: bool = False
) -> tuple[list[frozenset[str]], list[frozenset[str]], list[bool], list[bool], list[bool], list[int]]:
    """Own and inherited flags per element; per run: prose, noise (furniture or teaser), teaser;
    and the subtree ends of the elements."""
    n = len(el.tag)
    parent = el.parent
    own = classify(el)
    if threads:  # a forum thread: its posts, marked up as comments, are the text
        for i in range(n):
            if "comment" in own[i] and is_thread_post(el.words[i], el.tag[i]):
                own[i] = own[i] - _COMMENT
    prose = [is_prose_run(r) for r in runs]

    # Raw prose per element, to keep big containers from being called furniture
    # (a <body class="has-sidebar"> or <article class="... comments-open">).
    raw_good = [0.0] * n
    for r, is_p in zip(runs, prose, strict=True):
        if is_p:
            raw_good[r.owner] += len(r.text) - r.link_chars
    for i in range(n - 1, 0, -1):
        raw_good[parent[i]] += raw_good[i]
    total = raw_good[0] or 1.0

    empty: frozenset[str] = frozenset()
    flags: list[frozenset[str]] = [empty] * n
    tags = el.tag
    for i in range(n):
        p = parent[i]
        inherited = flags[p] if p >= 0 else empty
        if "content" in inherited:
            inherited = inherited - _CONTENT
        f = own[i]
        if not f:  # most elements: only what they inherit
            flags[i] = inherited
            continue
        if tags[i] in ("html", "body", "main"):
            f = f - _DROP_ON_PAGE
        elif raw_good[i] > 0.5 * total:
            f = f - _DROP_ON_CONTAINER
        elif "content" in f and raw_good[i] > 0.25 * total:
            f = f - _DROP_ON_CONTENT
        flags[i] = f | inherited
    noise_run = [bool(flags[r.owner] & NOISE_FLAGS) or "related" in flags[r.owner] for r in runs]
    # Teaser cards: the runs right after a linked heading (headline, date, summary of another story).
    teaser = [False] * len(runs)
    left, box_lo, box_hi = 0, 0, -1
    ends = subtree_ends(el)
    linked_at = [k for k, r in enumerate(runs) if r.kind in _KEEP_HEADINGS and _linked_heading(r)]
    in_box: list[int] = []
    heads_in: list[int] = []
    all_heads: list[int] = []
    list_boxes: set[int] = set()
    if linked_at:  # most pages have none: the box counts are needed only for them
        in_box, heads_in, all_heads = _subtree_run_counts(el, runs)
        list_boxes = _list_article_boxes(el, runs, ends, in_box, linked_at)
    title_seen = not title
    for k, r in enumerate(runs):
        if r.kind in _HEADINGS and not title_seen and similar(r.text, title or "") >= 0.9:
            # The page's own title. Linked, it is a permalink, not a teaser; further down, the
            # same title is the article's own card in a list of teasers.
            title_seen = True
            left = 0
            continue
        if linked_at and _linked_heading(r):
            box = parent[r.owner] if parent[r.owner] > 0 else r.owner
            if not _teaser_heading(box, in_box[box], heads_in[box], all_heads[box], list_boxes):
                left = 0  # a list article's linked section heading
                continue
            left, box_lo, box_hi = 3, box, ends[box]
            teaser[k] = True
            continue
        if left and box_lo <= r.owner <= box_hi and r.kind not in _HEADINGS:
            teaser[k] = True
            left -= 1
        else:
            left = 0
        if r.text[:1] == "<" and r.text[-1:] == ">":
            teaser[k] = True  # markup shown as text (broken <noscript>/<iframe> fallbacks)
    noise_run = [a or b for a, b in zip(noise_run, teaser, strict=True)]
    return own, flags, prose, noise_run, teaser, ends


# A teaser's summary is a sentence or two; a card holds a few runs (heading, date, summary, author).
_TEASER_SUMMARY = 400
_CARD_RUNS = 6


def _linked_heading(r: Run) -> bool:
    """An h2-h6 that is (mostly) one link: another story's headline, or a permalink; not a link
    into the page itself (a forum post's or a section's own anchor, ``#p123``) or a script's
    toggle, nor a section heading with its tool links ("Abschnitt 2 [Bearbeiten | Quelltext
    bearbeiten]")."""
    return (
        r.kind in _KEEP_HEADINGS
        and r.link_chars * 10 >= len(r.text) * 6
        and r.href is not None  # not a script's toggle (an accordion's headings)
        and not r.href.startswith("#")
        # (A link wrapping the whole heading block is recorded after the heading's run: no texts.)
        and _longest_link(r) * 10 >= len(r.text) * 6
    )


def _longest_link(r: Run) -> int:
    if not r.links:
        return r.link_chars
    return max(map(len, r.links))


def _list_article_boxes(el: Any, runs: list[Run], ends: list[int], in_box: list[int], linked_at: list[int]) -> set[int]:
    """Boxes (bigger than a card) where a linked heading (``linked_at``: run indices) is
    followed by a paragraph longer than a teaser's summary: a list article whose items link
    out ("the 21 best films")."""
    parent = el.parent
    out: set[int] = set()
    for k in linked_at:
        if k + 1 >= len(runs):
            continue
        r = runs[k]
        box = parent[r.owner] if parent[r.owner] > 0 else r.owner
        nxt = runs[k + 1]
        if (
            in_box[box] > _CARD_RUNS
            and box <= nxt.owner <= ends[box]
            and nxt.kind not in _HEADINGS
            and len(nxt.text) >= _TEASER_SUMMARY
        ):
            out.add(box)
    return out


def _teaser_heading(box: int, box_runs: int, box_heads: int, box_all_heads: int, list_boxes: set[int]) -> bool:
    """Whether a linked heading in ``box`` opens a teaser card (another story's headline).

    In a box bigger than a card, a linked heading is a teaser only among others (a list of
    cards set flat in one box): not alone there (the post's own title), not among mostly
    unlinked headings (an article's sections, one linking out), and not in a list article.
    """
    if box_runs <= _CARD_RUNS:
        return True
    return box_heads >= 2 and 2 * box_heads > box_all_heads and box not in list_boxes


def _subtree_run_counts(el: Any, runs: list[Run]) -> tuple[list[int], list[int], list[int]]:
    """Per element: runs, linked h2-h6 and all h2-h6 in its subtree."""
    parent = el.parent
    n = len(el.tag)
    count = [0] * n
    linked = [0] * n
    heads = [0] * n
    for r in runs:
        o = r.owner
        count[o] += 1
        if r.kind in _KEEP_HEADINGS:
            heads[o] += 1
            if r.link_chars * 10 >= len(r.text) * 6:
                linked[o] += 1
    for i in range(n - 1, 0, -1):
        p = parent[i]
        count[p] += count[i]
        linked[p] += linked[i]
        heads[p] += heads[i]
    return count, linked, heads


def _container(  # noqa: PLR0917
    el: Any,
    runs: list[Run],
    prose: list[bool],
    noise_run: list[bool],
    own: list[frozenset[str]],
    flags: list[frozenset[str]] | None = None,
    sizes: tuple[list[float], list[float]] | None = None,
) -> int | None:
    """The content container: a profile's ``body`` selector, else the element maximising
    ``good - 0.6 * other`` (+15% for content-ish class words; docs/html.md).

    A paragraph, list item or cell is never the container: when its neighbours (a table of
    names, a list) outweigh the article's other paragraphs it would win alone.
    """
    good, other = sizes if sizes is not None else _subtree_sizes(el, runs, prose, noise_run, flags)
    selected = [i for i in range(len(good)) if "sel-body" in own[i] and good[i] > 0]
    if selected:
        return max(selected, key=lambda i: good[i])
    main: int | None = None
    best = 0.0
    tags = el.tag
    for i in range(len(good)):
        if good[i] <= 0 or tags[i] in _RUN_TAGS:
            continue
        s = good[i] - _PENALTY * other[i]
        if "content" in own[i]:
            s += _CONTENT_BONUS * good[i]
        if s > best:
            main, best = i, s
    if main is None or good[main] < _FEW_PROSE:
        main = _marked_body(el, runs, noise_run, own, main)
    return main


# Less prose than this (about three sentences) and the page is not an article-like page.
_FEW_PROSE = 400


_POST_MIN = 100  # characters of text that make a (short) post above its comments


def _text_before_comments(runs: list[Run], thread: list[Run]) -> int:
    """Characters of prose paragraphs (not headings) of ``runs`` that ``thread`` (the same page
    walked with its comment boxes) shows before its first comment."""
    seen = {r.text for r in runs}
    out = 0
    for r in thread:
        if r.text not in seen:
            if is_prose_run(r):
                break  # the first comment's text
            continue
        if r.kind not in _HEADINGS and is_prose_run(r):
            out += len(r.text) - r.link_chars
    return out


def _prose_chars(runs: list[Run]) -> int:
    """Characters of running text (outside links) in ``runs``, counted up to :data:`_FEW_PROSE`
    (all that the callers ask is whether there is that much)."""
    total = 0
    for r in runs:
        if is_prose_run(r):
            total += len(r.text) - r.link_chars
            if total >= _FEW_PROSE:
                break
    return total


def _marked_body(
    el: Any, runs: list[Run], noise_run: list[bool], own: list[frozenset[str]], main: int | None
) -> int | None:
    """On a page with little prose (a short post of short lines, a link digest, a table): the
    element marked up as the content (``entry-content``, ``articleBody``...) holding the most
    text, when it holds more than ``main``."""
    text = [0] * len(el.tag)
    links = [0] * len(el.tag)
    for r, bad in zip(runs, noise_run, strict=True):
        if not bad:
            text[r.owner] += len(r.text)
            links[r.owner] += r.link_chars
    parent = el.parent
    for i in range(len(text) - 1, 0, -1):
        text[parent[i]] += text[i]
        links[parent[i]] += links[i]
    tags = el.tag
    # Not the page's body.
    words = el.words
    marked = [
        i
        for i in range(1, len(text))
        if "content" in own[i]
        and tags[i] not in _RUN_TAGS
        and text[i] > 0
        # Not a menu of links, unless marked as the post's own body (a digest of links).
        and (text[i] > 2 * links[i] or BODY_WORD.search(words[i]) is not None)
    ]
    if not marked:
        return main
    best = max(marked, key=lambda i: text[i])
    return best if main is None or text[best] > text[main] else main


def _subtree_sizes(
    el: Any,
    runs: list[Run],
    prose: list[bool],
    noise_run: list[bool],
    flags: list[frozenset[str]] | None = None,
) -> tuple[list[float], list[float]]:
    """Per element: prose characters (``good``) and everything else (``other``) in its subtree."""
    n = len(el.tag)
    parent = el.parent
    good = [0.0] * n
    other = [0.0] * n
    for r, is_p, bad in zip(runs, prose, noise_run, strict=True):
        ln = len(r.text)
        if is_p and not bad:
            good[r.owner] += ln - r.link_chars
            other[r.owner] += r.link_chars
        elif flags is not None and bad and "related" in flags[r.owner]:
            # Related stories inside the article's box count as half clutter, like a skipped
            # furniture box: they must not push the container down to a part of the article.
            other[r.owner] += ln * _SKIPPED_WEIGHT
        else:
            other[r.owner] += ln * (0.3 if r.kind in _KEEP_HEADINGS else 1.0)
    for i, ln in el.skipped.items():
        other[i] += ln * _SKIPPED_WEIGHT
    for i in range(n - 1, 0, -1):
        good[parent[i]] += good[i]
        other[parent[i]] += other[i]
    return good, other


def _sibling_boxes(el: Any, sizes: tuple[list[float], list[float]], ends: list[int], main: int) -> list[int]:
    """Boxes marked up like the container (same tag and class words) elsewhere in the same
    article, holding prose: an article split into sections by a gallery, a map or a carousel."""
    words = el.words[main]
    if not words or el.words.count(words) < 2:  # no other box marked up like it: most pages
        return []
    tag = el.tag[main]
    good, other = sizes
    parent = el.parent
    anc = set()
    i = parent[main]
    while i > 0:
        anc.add(i)
        i = parent[i]
    out = []
    for i in range(1, len(el.tag)):
        if i == main or el.tag[i] != tag or el.words[i] != words or main <= i <= ends[main] or i in anc:
            continue
        if good[i] <= 0 or good[i] - _PENALTY * other[i] <= 0:
            continue
        j = parent[i]  # a common ancestor under the page's body
        while j > 0 and j not in anc:
            j = parent[j]
        if j > 0:
            out.append(i)
    return out


def _sibling_sections(el: Any, runs: list[Run], flags: list[frozenset[str]], ends: list[int], main: int) -> list[int]:
    """When the container is one section of a page (it opens with an h2-h4 heading), the boxes
    after it in the same parent that open with a heading of the same level are the page's
    other sections (a docs page whose later sections are code and lists, a reference page)."""
    first = next((k for k, r in enumerate(runs) if main <= r.owner <= ends[main]), None)
    if first is None or runs[first].kind not in _SECTION_HEADS or _linked_heading(runs[first]):
        return []
    level = runs[first].kind
    parent = el.parent
    p = parent[main]
    if p < 0:
        return []
    boxes: dict[int, list[int]] = {}  # child of p after the container -> its runs
    for k in range(first, len(runs)):
        o = runs[k].owner
        if o > ends[p]:
            break
        if o <= ends[main]:
            continue
        c = o
        while parent[c] != p:
            c = parent[c]
        boxes.setdefault(c, []).append(k)
    out = []
    for c, ks in boxes.items():  # in page order; the sections follow each other
        head = runs[ks[0]]
        if head.kind != level or _linked_heading(head) or flags[c] & _NOT_SECTION:
            break
        text = sum(len(runs[k].text) for k in ks)
        if sum(runs[k].link_chars for k in ks) * 2 >= text:
            break
        out.append(c)
    return out


_SECTION_HEADS = frozenset({"h2", "h3", "h4"})
_NOT_SECTION = NOISE_FLAGS | {"related"}


_LABEL_ROW_TEXT = 80  # characters of text outside the links


def _unmarked_related(  # noqa: PLR0917
    el: Any,
    runs: list[Run],
    teaser: list[bool],
    prose: list[bool],
    flags: list[frozenset[str]],
    ends: list[int],
    main_lo: int,
    main_hi: int,
    head_idx: int | None,
    base: str | None,
) -> dict[int, int]:
    """Related stories no class names: run index -> item group (-1 for the block's heading).

    After the article's container, either a list of cards (two or more sibling items, each
    with one linked heading to another page of the site, its labels and a summary), or,
    right after the article's text, a heading and then two or more links to other pages of
    the site, one per line, each a headline (three words or more).
    """
    parent = el.parent
    page = (base or "").split("#", 1)[0].rstrip("/")
    host = _site_root(base)

    def this_page(href: str | None) -> bool:
        return bool(href) and (absolute(href, base) or "").split("#", 1)[0].rstrip("/") == page

    def other_page(href: str | None) -> bool:
        if not href or href.startswith("#"):
            return False
        url = absolute(href, base) or ""
        if host and not url.startswith(host) and not same_site(url, host):
            return False  # another site: a source, not a related story
        return url.split("#", 1)[0].rstrip("/") != page

    def free(k: int, outside: bool = True) -> bool:
        """After the headline, in no furniture (and, with ``outside``, outside the article's container)."""
        o = runs[k].owner
        return (o > main_hi or not outside) and (head_idx is None or k > head_idx) and not flags[o] & NOISE_FLAGS

    out: dict[int, int] = {}
    # Cards: linked headings, each the only one of its item; two or more items in one list.
    heads = [k for k, r in enumerate(runs) if r.kind in _KEEP_HEADINGS and teaser[k] and free(k) and r.href]
    count: dict[int, int] = {}
    for k in heads:
        i = runs[k].owner
        for _ in range(12):
            if i < 0:
                break
            count[i] = count.get(i, 0) + 1
            i = parent[i]
    lists: dict[int, list[int]] = {}
    for k in heads:
        top = runs[k].owner
        while parent[top] >= 0 and count.get(parent[top], 0) == 1:
            top = parent[top]
        if parent[top] >= 0 and count.get(parent[top], 0) >= 2:
            lists.setdefault(parent[top], []).append(top)
    for lst, items in lists.items():
        if len(items) < 2 or lst <= main_lo <= ends[lst]:
            continue  # one card, or a list that holds the article: a listing page, not a block
        if any(lst <= runs[k].owner <= ends[lst] and this_page(runs[k].href) for k in heads):
            continue  # a list of the site's latest stories, this one among them
        for k, r in enumerate(runs):
            if lst <= r.owner <= ends[lst]:
                out[k] = next((it for it in items if it <= r.owner <= ends[it]), -1)
        first = min(k for k in out if lst <= runs[k].owner <= ends[lst])
        if first > 0 and runs[first - 1].kind in _KEEP_HEADINGS and not runs[first - 1].href and free(first - 1):
            out[first - 1] = -1  # the block's heading, whatever it says
    if out:
        return out
    # A heading, then links one per line, right after the article's text.
    body_end = max((k for k, r in enumerate(runs) if prose[k] and main_lo <= r.owner <= main_hi), default=-1)
    if body_end < 0:
        return out
    out_item: dict[int, int] = {}
    k = body_end + 1
    while k < len(runs) and k - body_end <= _AFTER_BODY and not prose[k]:
        # Past the article's tags, share bar, author line, and a heading that heads no
        # links to stories ("Related topics" over one-word tags): the next heading may.
        if runs[k].kind not in _KEEP_HEADINGS or runs[k].href or not free(k, outside=False):
            k += 1
            continue
        heading = k
        links: list[int] = []
        group = -1
        k += 1
        while k < len(runs):
            r = runs[k]
            whole_link = r.link_chars * 10 >= len(r.text) * 8
            if (
                whole_link
                and len(r.links) == 1  # a headline, not a row of tags
                and free(k, outside=False)
                and other_page(r.href)
                and words_in(r.text) >= 3
            ):
                links.append(k)
                group = r.owner
            elif not (
                links
                and not r.href
                and r.kind not in _KEEP_HEADINGS  # the next box's heading ("Most read")
                and group <= r.owner <= ends[group]  # inside the item (its <li>), not the footer
                and _item_line(r.text)
                and out_item.get(k - 1) == group
            ):
                break
            out_item[k] = group  # a date, byline or one-line summary under an item's link is the item's
            k += 1
        if len(links) >= 2 and len({runs[j].href for j in links}) == len(links):
            out[heading] = -1
            out.update(out_item)
            return out
        out_item.clear()
    return out


def _item_line(text: str) -> bool:
    """A line under a related item's link: its date, its byline or a one-line summary."""
    return time_stamp(text) or words_in(text) <= _ITEM_LINE_WORDS


_ITEM_LINE_WORDS = 30
_AFTER_BODY = 6  # runs between the article's last paragraph and a related heading (tags, share bar)


def _label_run(r: Run) -> bool:
    """A row of labels ("Tags: A, B", "This entry was posted in A and tagged B."): mostly
    links, or little text besides them; not a paragraph that links a tag in passing."""
    return r.link_chars * 2 >= len(r.text) or len(r.text) - r.link_chars <= _LABEL_ROW_TEXT


def _label_links(r: Run) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The texts of the run's category links and of its tag links (as ``read_head`` marked them)."""
    cats: list[str] = []
    tags: list[str] = []
    for t, m in zip(r.links, r.link_marks, strict=True):
        if not m or is_home_word(t):
            continue
        if "categor" in m:
            cats.append(t)
        elif "tags" in m.split():
            tags.append(t)
    return tuple(cats), tuple(tags)


_FIGURE_FLAGS = frozenset({"caption", "credit"})
_NOT_LEAD_IMAGE = NOISE_FLAGS | {"byline"}
# How many runs (a caption, a credit, a label) a hero image may stand above the headline.
_HERO_RUNS = 4
_AVATAR = re.compile(r"avatar|gravatar", re.IGNORECASE)


def _captions_of_other_images(
    el: Any, runs: list[Run], images: list[Image], lead_owner: int, ends: list[int]
) -> set[int]:
    """Runs that caption an image other than the lead image (an in-body figure's caption).

    A caption's image is the one in its nearest container that holds an image (its
    ``<figure>``, a ``.wp-caption`` box...), looking at most four levels up.
    """
    if lead_owner < 0:
        return set()
    parent = el.parent
    owners = sorted(img.owner for img in images)
    out: set[int] = set()
    for k, r in enumerate(runs):
        if r.kind != "caption" and "caption" not in el.words[r.owner]:
            continue
        i = r.owner
        for _ in range(4):
            lo = bisect_left(owners, i)
            if lo < len(owners) and owners[lo] <= ends[i]:  # images inside element i
                if not i <= lead_owner <= ends[i]:
                    out.add(k)
                break
            if parent[i] <= 0:
                break
            i = parent[i]
    return out


# A file named as a logo, an icon, a social button or a spacer (its whole name: "twitter.png",
# "logo-small.gif", "pixel_trans.gif"), or a vector drawing: page furniture, not a photo.
_FURNITURE_NAMES = frozenset(
    [
        "logo",
        "icon",
        "sprite",
        "spacer",
        "blank",
        "pixel",
        "twitter",
        "facebook",
        "whatsapp",
        "linkedin",
        "pinterest",
        "instagram",
        "youtube",
        "telegram",
        "share",
        "rss",
        "email",
        "mail",
        "print",
        "btn",
        "button",
        "line",
        "kakao",
        "kakaotalk",
        "weibo",
        "wechat",
        "reddit",
        "tumblr",
        "flipboard",
        "messenger",
        "sms",
        "arrow",
        "close",
        "search",
        "menu",
        "play",
        "loader",
        "loading",
        "spinner",
        "placeholder",
        "avatar",
        "badge",
        "bullet",
        "1x1",
    ]
)
_NAME_MODIFIERS = frozenset(
    ["small", "large", "white", "black", "dark", "light", "trans", "transparent", "color", "colour", "round", "2x"]
)
_NAME_SPLIT = re.compile(r"[-_.@ ]+")  # file names; class words too
# Words that make any file name furniture, whatever else it says.
_ALWAYS_FURNITURE = frozenset(["logo", "logos", "icon", "icons", "favicon", "sprite", "spacer", "avatar"])


def _is_icon(src: str) -> bool:
    """An image whose file name says it is page furniture (``twitter.png``, ``logo-small.gif``)."""
    path = src.split("?", 1)[0].split("#", 1)[0]
    name = path[path.rfind("/") + 1 :].lower()
    stem, dot, ext = name.rpartition(".")
    if ext == "svg":
        return True
    if not dot or len(stem) > 60:
        return False
    words = [
        w.rstrip("s") if w.endswith("s") and w[:-1] in _FURNITURE_NAMES else w for w in _NAME_SPLIT.split(stem) if w
    ]
    if any(w in _ALWAYS_FURNITURE for w in words):
        return True  # "tcrc-logo.gif", "site_icon_2x.png"
    return any(w in _FURNITURE_NAMES for w in words) and all(
        w in _FURNITURE_NAMES or w in _NAME_MODIFIERS or w.replace("x", "").isdigit() for w in words
    )


def _lead_figure(  # noqa: PLR0917
    el: Any,
    runs: list[Run],
    images: list[Image],
    flags: list[frozenset[str]],
    prose: list[bool],
    lead: Image,
    ends: list[int],
    head_idx: int | None,
) -> tuple[set[int], set[int]]:
    """(runs of the lead image's figure, unmarked runs in it that are its caption or credit).

    Marked captions and credits near the lead image in its container belong to it, and so
    does an unmarked line after the image in its box (the image and a few short lines) that
    repeats its alt text.
    """
    marked = _captions_of_lead(el, runs, images, flags, lead, ends, head_idx)
    box = _lead_box(el, runs, images, lead, ends, head_idx)
    text: set[int] = set()
    for k in box:
        r = runs[k]
        if (
            k >= lead.run_index
            and k != head_idx
            and r.link_chars * 2 < len(r.text)
            and not (flags[r.owner] & _NOT_FIGURE_TEXT)
            and _repeats_alt(r.text, lead.alt)
        ):
            text.add(k)
    return marked | box, text


_NOT_FIGURE_TEXT = frozenset({"byline", "date", "dek", "category", "related"}) | NOISE_FLAGS


_PLAYER_WORDS = frozenset(["video", "player", "jwplayer", "brightcove", "vjs", "videoplayer"])
_PLAYER_CACHE: dict[str, bool] = {}


def _in_video_player(el: Any, owner: int) -> bool:
    """The image is a video's poster: it or a container up to four levels up is classed as a
    video player (``video-player``, ``player__video-container``, ``featured-video``)."""
    i = owner
    for _ in range(5):
        if i < 0:
            return False
        words = el.words[i]
        if words:
            got = _PLAYER_CACHE.get(words)
            if got is None:
                got = any(part in _PLAYER_WORDS for part in _NAME_SPLIT.split(words[:300]) if part)
                if len(_PLAYER_CACHE) < 10_000:
                    _PLAYER_CACHE[words] = got
            if got:
                return True
        i = el.parent[i]
    return False


def _is_author_photo(img: Image, meta: Meta) -> bool:
    """The byline's portrait: an image whose alt text or file name names one of the article's
    authors (``alt="Jane Doe"``, ``Autorin_Jane_Doe.jpg``)."""
    named = [name for _, names in meta.authors_found for name in names]
    if not named:
        return False
    authors = [fold_accents(a.casefold()) for a in named]
    alt = fold_accents(img.alt.strip().casefold())
    if alt and len(alt) <= 80 and alt in authors:
        return True
    path = img.src.split("?", 1)[0]
    name = set(_NAME_SPLIT.split(fold_accents(unquote(path[path.rfind("/") + 1 :][-200:]).casefold())))
    # First and last name in the file name ("André Oliver Klein" -> "andre-klein.jpg").
    return any(len(parts) >= 2 and parts[0] in name and parts[-1] in name for parts in (a.split() for a in authors))


def _captions_of_lead(  # noqa: PLR0917
    el: Any,
    runs: list[Run],
    images: list[Image],
    flags: list[frozenset[str]],
    lead: Image,
    ends: list[int],
    head_idx: int | None,
) -> set[int]:
    """Caption and credit runs of the lead image: the runs marked caption or credit whose
    nearest container holding an image (at most six levels up: a credit span sits deep in
    its figcaption) holds the lead image, set close to it (a few runs before or after it: a
    class word ``caption`` on a whole page header marks more than the figure)."""
    parent = el.parent
    owners = sorted(img.owner for img in images)
    out: set[int] = set()
    for k, r in enumerate(runs):
        if not -_NEAR_BEFORE <= k - lead.run_index < _NEAR_AFTER or k == head_idx:
            continue
        if k < lead.run_index and r.kind != "caption":
            continue  # above the image only a figcaption: a heading or paragraph there is a dek
        fl = flags[r.owner]
        if r.kind != "caption" and "caption" not in fl and "credit" not in fl:
            continue
        i = r.owner
        for _ in range(6):
            lo = bisect_left(owners, i)
            if lo < len(owners) and owners[lo] <= ends[i]:  # images inside element i
                if i <= lead.owner <= ends[i]:
                    out.add(k)
                break
            if parent[i] <= 0:
                break
            i = parent[i]
    return out


# How far (in runs) a caption may stand from its image: before it, after it.
_NEAR_BEFORE = 2
_NEAR_AFTER = 4
# A figure box: the lead image and a few short lines (caption, credit), nothing more.
_BOX_RUNS = 6
_BOX_CHARS = 900


def _lead_box(  # noqa: PLR0917
    el: Any, runs: list[Run], images: list[Image], lead: Image, ends: list[int], head_idx: int | None
) -> set[int]:
    """Runs after the lead image in its box: the largest container around it (at most six
    levels up) that holds no other image, not the headline and only a few short runs."""
    parent = el.parent
    box = -1
    i = lead.owner
    inside: tuple[int, int] = (lead.run_index, lead.run_index)  # run range [lo, hi)
    for _ in range(6):
        if i < 0:
            break
        lo_i, hi_i = i, ends[i]
        if sum(1 for img in images if lo_i <= img.owner <= hi_i) > 1:
            break
        lo = lead.run_index
        while lo > 0 and lo_i <= runs[lo - 1].owner <= hi_i:
            lo -= 1
        hi = lead.run_index
        while hi < len(runs) and lo_i <= runs[hi].owner <= hi_i:
            hi += 1
        if (
            hi - lo > _BOX_RUNS
            or sum(len(runs[k].text) for k in range(lo, hi)) > _BOX_CHARS
            or (head_idx is not None and lo <= head_idx < hi)
        ):
            break
        box, inside = i, (lo, hi)
        if parent[i] <= 0:
            break
        i = parent[i]
    # Only what follows the image: a line above it in the box is a title or a dek.
    return set(range(lead.run_index, inside[1])) if box >= 0 else set()


def _repeats_alt(text: str, alt: str) -> bool:
    """A line that repeats the image's alt text (CMSs fill alt with the caption)."""
    alt = alt.strip()
    return len(alt) >= 20 and text.startswith(alt)


def _host_label(base: str | None) -> str | None:
    """``https://www.example.co.uk/x`` -> ``example``."""
    m = re.match(r"https?://(?:www\.)?([^/.:]+)", base) if base else None
    return m.group(1) if m else None


def _site_root(base: str | None) -> str | None:
    """``https://example.com/a/b`` -> ``https://example.com``."""
    return origin(base) if base else None
