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

import attrs

from ..blocks import Block, Document, Meta
from ..profiles import Profile, choose_profile
from ..recognisers.sites import is_home_word, similar, site_key
from ..recognisers.urls import absolute, origin
from ._html_content import NOISE_FLAGS, classify, is_furniture, is_prose_run, subtree_ends, words_in
from ._html_dom import MARK, Image, Run, parse_tree, walk
from ._html_meta import build_meta, canonical_url, read_head

__all__ = ["blockify"]

_PENALTY = 0.6
_CONTENT_BONUS = 0.15
# A furniture subtree the walk skipped counts this much of its text as clutter.
_SKIPPED_WEIGHT = 0.5
_KEEP_HEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
_HEADINGS = _KEEP_HEADINGS | {"h1"}
_CONTENT = frozenset({"content"})
# Flags an element holding much of the page's prose cannot have (it is the article or its page).
_DROP_ON_CONTAINER = NOISE_FLAGS | {"related", "byline", "date", "category", "dek", "caption", "credit"}
_DROP_ON_CONTENT = NOISE_FLAGS | {"related", "dek"}


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


def blockify(text: str, *, url: str | None = None, utf8: bytes | None = None) -> Document:
    """Turn an HTML page into a :class:`Document` of blocks and page metadata.

    ``utf8``, when given, is ``text`` encoded as UTF-8 (the page's own bytes): Lexbor reads it directly.
    """
    tree = parse_tree(text, utf8)
    raw = read_head(tree)
    profile = choose_profile(url, canonical_url(raw, url))
    meta, base = build_meta(raw, url, profile)
    # Generic category links (rel=category, WordPress lists) were found by read_head's scan;
    # a profile's selectors are applied on top.
    marked = _mark_nodes(raw.category_links, "categories")
    if profile.selectors:
        marked += _mark(tree, {("body" if k == "body" else k): v for k, v in profile.selectors.items()})
    el, runs, images = walk(tree, is_furniture, marked=marked > 0)
    blocks, lead_image = _blocks(el, runs, images, meta, profile, base)
    if not meta.image_url and lead_image:
        meta = attrs.evolve(meta, image_url=absolute(lead_image, base))
    return Document(blocks=tuple(blocks), kind="html", meta=meta, url=url, profile=profile.name)


def _blocks(  # noqa: PLR0917
    el: object, runs: list[Run], images: list[Image], meta: Meta, profile: Profile, base: str | None
) -> tuple[list[Block], str | None]:
    from ._html_dom import Elements

    assert isinstance(el, Elements)
    n = len(el.tag)
    parent = el.parent
    own = classify(el)
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
        if tags[i] in ("html", "body", "main") or raw_good[i] > 0.5 * total:
            f = f - _DROP_ON_CONTAINER
        elif "content" in f and raw_good[i] > 0.25 * total:
            f = f - _DROP_ON_CONTENT
        flags[i] = f | inherited
    noise_run = [bool(flags[r.owner] & NOISE_FLAGS) or "related" in flags[r.owner] for r in runs]
    # Teaser cards: the runs right after a linked heading (headline, date, summary of another story).
    teaser = [False] * len(runs)
    left, box_lo, box_hi = 0, 0, -1
    ends = subtree_ends(el)
    for k, r in enumerate(runs):
        if r.kind in _KEEP_HEADINGS and r.link_chars * 10 >= len(r.text) * 6:
            box = parent[r.owner] if parent[r.owner] > 0 else r.owner
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

    # Score containers: good prose minus a penalty for everything else below them.
    good = [0.0] * n
    other = [0.0] * n
    for r, is_p, bad in zip(runs, prose, noise_run, strict=True):
        ln = len(r.text)
        if is_p and not bad:
            good[r.owner] += ln - r.link_chars
            other[r.owner] += r.link_chars
        else:
            other[r.owner] += ln * (0.3 if r.kind in _KEEP_HEADINGS else 1.0)
    for i, ln in el.skipped.items():
        other[i] += ln * _SKIPPED_WEIGHT
    for i in range(n - 1, 0, -1):
        good[parent[i]] += good[i]
        other[parent[i]] += other[i]
    main: int | None = None
    selected = [i for i in range(n) if "sel-body" in own[i] and good[i] > 0]
    if selected:
        main = max(selected, key=lambda i: good[i])
    else:
        best = 0.0
        for i in range(n):
            if good[i] <= 0:
                continue
            s = good[i] - _PENALTY * other[i]
            if "content" in own[i]:
                s += _CONTENT_BONUS * good[i]
            if s > best:
                main, best = i, s
    main_lo, main_hi = (main, ends[main]) if main is not None else (-1, -2)

    # Headline: the heading that matches the metadata headline, else the first h1 (not the
    # site's name in a logo h1).
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
    for r in runs if first_rel < n else ():
        if (
            rel_root[r.owner] >= 0
            and r.href
            and (r.kind in _KEEP_HEADINGS or r.link_chars * 10 >= len(r.text) * 6)
            and not any(r.link_marks)
        ):
            heads[r.owner] += 1
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

    host_root = _site_root(base)
    # The lead image: the first image of the article that is not furniture, a related
    # item's thumbnail or a byline's avatar.
    lead = next(
        (
            img
            for img in images
            if main is not None
            and (main_lo <= img.owner <= main_hi or (head_idx is not None and img.run_index > head_idx))
            and not (flags[img.owner] & _NOT_LEAD_IMAGE)
            and rel_root[img.owner] < 0
            and not _AVATAR.search(img.src)
        ),
        None,
    )
    lead_image = lead.src if lead is not None else None
    # When the lead image stands between the headline and the article's text, a caption
    # further down, after the text has begun, is an in-body figure's, not the lead image's.
    other_figure: set[int] = set()
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

    blocks: list[Block] = []
    last_owner = -1
    for k, r in enumerate(runs):
        fl = flags[r.owner]
        hints: set[str] = set()
        if k == head_idx:
            hints.add("headline")
        in_main = main_lo <= r.owner <= main_hi
        related = rel_root[r.owner] >= 0
        noise = fl & NOISE_FLAGS
        if related:
            hints.add("related")
        elif noise:
            hints |= noise
        elif in_main and k != head_idx:
            if (r.link_chars * 2 > len(r.text) and words_in(r.text) < 40) or teaser[k]:
                hints.add("noise")
            elif "caption" in fl or r.kind == "caption":
                hints.add("caption")
            else:
                hints.add("main")
        if "credit" in fl:
            hints.add("credit")
        if "caption" in fl and not related:
            hints.add("caption")
        if k in other_figure and "caption" in hints:
            hints.add("other-image")
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
        cat_links: tuple[str, ...] = ()
        if any(r.link_marks):
            cat_links = tuple(
                t for t, m in zip(r.links, r.link_marks, strict=True) if "categor" in m and not is_home_word(t)
            )
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
        group = item[r.owner] if related else -1
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
                links=links if len(links) > 1 or "category" in hints else (),
                group=group,
                start=k,
            )
        )
        last_owner = r.owner
    return blocks, lead_image


_NOT_LEAD_IMAGE = NOISE_FLAGS | {"byline"}
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


def _host_label(base: str | None) -> str | None:
    """``https://www.example.co.uk/x`` -> ``example``."""
    m = re.match(r"https?://(?:www\.)?([^/.:]+)", base) if base else None
    return m.group(1) if m else None


def _site_root(base: str | None) -> str | None:
    """``https://example.com/a/b`` -> ``https://example.com``."""
    return origin(base) if base else None
