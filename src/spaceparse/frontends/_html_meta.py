"""Page-level facts from ``<head>``, meta tags and JSON-LD: :class:`~spaceparse.blocks.Meta`.

Precedence per field (first that yields a value wins; see docs/html.md):

- headline: JSON-LD ``headline`` > ``og:title`` > ``twitter:title`` > ``<title>``, each with
  the site name cut off (profile ``title_suffixes``, ``og:site_name``, the host name, a CJK
  title's glued names), all kept in ``Meta.titles``; a first one cut short (an ellipsis, a
  JSON-LD headline held to ~110 characters) gives way to one reading on; then the page's
  ``<h1>`` that matches it (>= 60% shared words) replaces it: it is what the reader sees;
- tags: ``article:tag`` > JSON-LD ``keywords`` > ``news_keywords`` > links to tag pages
  below the headline; ``keywords`` when it lists them all and more; never codes or words a
  program picked from the text;
- authors and published: every source apart (``Meta.authors_found``, ``Meta.dates_found``),
  ranked with the page's own bylines in one table each (``assemble.AUTHOR_SOURCES``,
  ``assemble.DATE_SOURCES``); every author value through :func:`split_authors`, every date
  value through :func:`parse_timestamp`;
- image_url: ``og:image`` > ``twitter:image`` > JSON-LD ``image``/``thumbnailUrl`` (the first
  article image in the body is the front end's fallback);
- categories: breadcrumbs shown > ``article:section`` > JSON-LD ``articleSection`` > ``article:tag``
  > JSON-LD breadcrumbs;
- site: ``og:site_name`` (not a URL or ``@handle``) > JSON-LD ``publisher.name`` > ``application-name``;
- language: ``<html lang>`` > ``og:locale`` > ``content-language`` > JSON-LD ``inLanguage``;
- url: ``<link rel=canonical>`` > ``og:url``.
"""

from __future__ import annotations

import functools
import html as _html
import itertools
import json
import re
from collections.abc import Iterator
from typing import Any

import attrs
from selectolax.lexbor import LexborHTMLParser

from ..blocks import Meta
from ..normalize import clean_line
from ..profiles import Profile
from ..recognisers.bylines import blog_keys, names_site, site_keys_of, split_authors
from ..recognisers.credits import parse_credit, strip_credit_prefix
from ..recognisers.dates import Dated, date_line, parse_timestamp
from ..recognisers.labels import LabelSet, label_values, machine_words, title_words, without_codes
from ..recognisers.sites import is_home_word, own_site_keys, site_key, strip_site_name
from ..recognisers.urls import absolute, is_absolute_url, split_url, url_date
from ._html_content import word_flags

__all__ = ["RawMeta", "build_meta", "canonical_url", "read_head"]

_ARTICLE_TYPES = frozenset(
    {
        "article",
        "newsarticle",
        "blogposting",
        "reportagenewsarticle",
        "analysisnewsarticle",
        "opinionnewsarticle",
        "reviewnewsarticle",
        "backgroundnewsarticle",
        "socialmediaposting",
        "techarticle",
        "scholarlyarticle",
        "report",
        "liveblogposting",
        "webpage",
        "medicalwebpage",
        "posting",
        "blog",
        "creativework",
        "videoobject",
        "pressrelease",
    }
)
# A separator match starts only where a whitespace run starts: linear on any run of spaces.
_ORG_TYPES = frozenset({"organization", "newsmediaorganization", "corporation", "website", "brand"})
# Withdrawn ISO 639 codes still seen in <html lang> (old CMS and Java locales).
_OLD_CODES = {"iw": "he", "in": "id", "ji": "yi", "jw": "jv", "mo": "ro"}


@attrs.define(slots=True)
class RawMeta:
    """Everything read from the head, before choosing."""

    meta: dict[str, list[str]] = attrs.Factory(dict)
    title: str | None = None
    lang: str | None = None
    canonical: str | None = None
    base: str | None = None
    ld: list[dict[str, Any]] = attrs.Factory(list)
    time_marked: str | None = None
    """The date of ``itemprop=datePublished`` or ``<time pubdate>``."""
    time_pub: str | None = None
    """The date of the article's first ``<time datetime>`` (``time.published``, in ``<article>``...)."""
    times: list[Any] = attrs.Factory(list)
    """Every ``<time datetime>`` element, in page order."""
    dom_date: str | None = None
    """The date printed (or stated in its ``datetime``/``title``/``content``) by the first element
    the markup names as a date (``.entry-date``, ``.post-created``, ``.published``), outside
    comments, teasers and the site's header."""
    dom_authors: list[str] = attrs.Factory(list)
    """Byline names marked up in the page (``rel=author``, ``.author .fn``...)."""
    breadcrumbs: list[str] = attrs.Factory(list)
    """The breadcrumb trail shown on the page, root included."""
    category_links: list[Any] = attrs.Factory(list)
    """Category link nodes (``rel=category``, WordPress ``.cat-links a``...), for the front end to mark."""
    tag_links: list[Any] = attrs.Factory(list)
    """Topic tag link nodes (``rel=tag``, links of a tag list such as ``.tags-links``), for the front end to mark."""
    h1s: list[str] = attrs.Factory(list)
    """The text of every ``<h1>``, furniture included (the walk skips a ``<header>`` holding one)."""
    noscripts: list[Any] = attrs.Factory(list)
    """Every ``<noscript>`` element, in page order (found by the scan: one document query fewer)."""

    def first(self, *keys: str) -> str | None:
        for k in keys:
            for v in self.meta.get(k, ()):
                v = _clean(v)
                if v:
                    return v
        return None

    def all(self, key: str) -> list[str]:
        return [c for c in (_clean(v) for v in self.meta.get(key, ())) if c]


_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def _clean(text: str) -> str:
    """``clean_line`` that also decodes character references left in the value: JSON-LD is not
    HTML-decoded, and CMSs escape titles twice (``&amp;#8211;`` in an attribute reads ``&#8211;``)."""
    if "&" in text:
        text = _ENTITY.sub(lambda m: _html.unescape(m.group(0)), text)
    return clean_line(text)


def _ld_objects(data: Any, depth: int = 0) -> Iterator[dict[str, Any]]:
    if depth > 6:
        return
    if isinstance(data, list):
        for d in data:
            yield from _ld_objects(d, depth + 1)
    elif isinstance(data, dict):
        yield data
        graph = data.get("@graph")
        if graph is not None:
            yield from _ld_objects(graph, depth + 1)


# The wrappers CMSs put around a script's JSON for old browsers: an HTML comment, a CDATA
# section (``<![CDATA[ ... ]]>``, ``//<![CDATA[ ... //]]>``).
_JSON_OPEN = ("<!--", "//<![CDATA[", "<![CDATA[", "/*<![CDATA[*/")
_JSON_CLOSE = ("-->", "//]]>", "]]>", "/*]]>*/")
_JSON_DECODER = json.JSONDecoder(strict=False)


def _load_json(text: str) -> Any:
    text = text.strip()
    for opener in _JSON_OPEN:
        if text.startswith(opener):
            text = text[len(opener) :].lstrip()
            break
    for closer in _JSON_CLOSE:
        if text.endswith(closer):
            text = text[: -len(closer)].rstrip()
            break
    try:
        return json.loads(text, strict=False)
    except RecursionError:  # nested deeper than the interpreter allows: a bomb, not metadata
        return None
    except ValueError:
        pass
    # Trailing commas and stray control characters are common in hand-written JSON-LD; so is
    # something after the object (a stray "}", a ";"): the first whole value is the data.
    fixed = _TRAILING_COMMA.sub(r"\1", text)
    try:
        return _JSON_DECODER.raw_decode(fixed)[0]
    except (ValueError, RecursionError):
        return None


_TRAILING_COMMA = re.compile(r",\s*([}\]])")


# Every markup convention read here is found by ONE document query (Lexbor's selector
# engine costs ~0.1 ms per whole-document pass plus ~0.01 ms per selector, and descendant
# selectors such as ``.breadcrumb a`` cost far more than flat ones); each hit is then sorted
# in Python by its attributes, and containers (``.byline``, ``.breadcrumb``...) are searched
# for their parts with a query scoped to the container. ``[class*=...]`` over-selects on
# purpose: the class words are checked exactly below.
_SCAN = (
    'meta, link[rel~=canonical i], base[href], script[type="application/ld+json"], time, h1, '
    "[itemprop~=author], [itemprop~=datePublished], [itemtype*=BreadcrumbList], a[rel~=author i], "
    "a[rel~=category i], [class*=author], [class*=byline], [class*=breadcrumb], [class*=categor], "
    "[class*=cat-links], a[rel~=tag i], [class*=tag], [class*=keyword], [class*=date], [class*=publish], "
    "[class*=posted], [class*=created], [class*=time], [property][content], [class*=autor], [class*=auteur], "
    'a[href*="/tag/"], a[href*="/tags/"], a[href*="/topics/"], a[href*="/schlagwort/"], noscript'
)
# A link to a tag's page ("/tag/thomas-hoenig", "/news/topics/c1ywwp31dyxt"): with others of
# its kind in one list, the article's tags, marked or not.
_TAG_PATH = re.compile(r"/(?:tag|tags|topics|schlagwort)/[^/?#\s]")
_PATH_TAGS_MIN = 2
# Bylines (WordPress, hAtom, schema.org microdata) and breadcrumb trails. A scan hit that may
# be or hold one is searched with the whole selector list, scoped to it: scoped queries still
# see the ancestors (``.byline .fn``), and return the parts in document order.
_AUTHOR_SELECTOR = (
    "[itemprop~=author] [itemprop~=name], a[rel~=author], .byline .fn, .author .fn, .entry-author-name, "
    ".author-name, .byline__name, .entry-meta-author a, .post-author a, span.author a, a.author"
)
_AUTHOR_CLASSES = frozenset(
    {"byline", "author", "entry-meta-author", "post-author", "entry-author-name", "author-name", "byline__name",
     "autor", "auteur", "autore"}
)  # fmt: skip
_AUTHOR_NAMES = frozenset({"entry-author-name", "author-name", "byline__name"})
_ALONE_NAMES = frozenset({"author", "autor", "auteur", "autore"})  # <span class="author">A and B</span>
_BEFORE_FIELD = re.compile(r"(?<!\s)\s+[|•·]\s")  # the name's end, where a byline's date or counter follows
_AUTHOR_ENDS = frozenset({"author", "authors", "byline", "autor", "auteur", "autore"})
_INLINE_TAGS = frozenset({"span", "a", "p", "strong", "b", "em", "address"})


def _is_author_word(word: str) -> bool:
    """A class word that names a byline by its last part: ``tech-author``, ``article__byline``."""
    parts = [p for p in _CLASS_PARTS.split(word) if p]
    return len(parts) >= 2 and parts[-1] in _AUTHOR_ENDS


# BEM-style name classes: ``article-author__name``, ``<a class="author-link">``.
_AUTHOR_LINK = re.compile(r"author(?:[-_]+(?:link|url))?$")
_CRUMB_SELECTOR = ".breadcrumb a, .breadcrumbs a, ol.breadcrumb li, [itemtype*=BreadcrumbList] [itemprop=name]"
_CRUMB_CLASSES = frozenset({"breadcrumb", "breadcrumbs"})
# Category link lists (generic WordPress themes): their links are category labels.
_CATEGORY_LISTS = frozenset({"cat-links", "post-categories", "entry-categories", "category-links"})


def read_head(tree: LexborHTMLParser) -> RawMeta:
    """Head facts (meta, canonical, base, JSON-LD) and marked-up bylines, dates, breadcrumbs
    and category links, from one document query."""
    raw = RawMeta()
    html = tree.css_first("html")
    if html is not None:
        raw.lang = html.attributes.get("lang") or html.attributes.get("xml:lang")
    t = tree.css_first("title")
    if t is not None:
        raw.title = _clean(t.text()) or None
    tm = None
    base_seen = False
    times: list[Any] = []
    dated: list[Any] = []
    authors: list[Any] = []
    crumbs: list[Any] = []
    path_tags: list[Any] = []  # links to tag pages, marked as tags or not
    seen: dict[int, set[int]] = {id(times): set(), id(authors): set(), id(crumbs): set()}
    noscript_ids: set[int] = set()

    def add(into: list[Any], nodes: Any) -> None:
        done = seen[id(into)]
        for n in nodes:
            if n.mem_id not in done:
                done.add(n.mem_id)
                into.append(n)

    for node in tree.css(_SCAN):
        tag = node.tag
        a = node.attributes
        if tag == "meta":
            key = a.get("property") or a.get("name") or a.get("itemprop") or a.get("http-equiv")
            # value=: the attribute some page savers and CMSs write instead of content=.
            content = a.get("content") if "content" in a else a.get("value")
            if key and content:
                raw.meta.setdefault(key.strip().lower(), []).append(content)
            if tm is None and "itemprop" in a and "datePublished" in (a.get("itemprop") or "").split():
                tm = node
            continue
        if tag == "link":
            # <link itemprop=author href=...> is scanned too: only rel=canonical is the page's URL.
            if raw.canonical is None and a.get("href") and "canonical" in (a.get("rel") or "").lower().split():
                raw.canonical = (a.get("href") or "").strip()
            continue
        if tag == "base":
            if not base_seen:
                base_seen = True
                raw.base = a.get("href")
            continue
        if tag == "script":
            if (a.get("type") or "").lower() == "application/ld+json":
                data = _load_json(node.text(deep=True))
                if data is not None:
                    raw.ld.extend(_ld_objects(data))
            continue
        if tag == "noscript" and node.mem_id not in noscript_ids:
            # The query lists an element once per selector it matches: the first listing of a
            # <noscript> is the one its own selector added (the others are read as before).
            noscript_ids.add(node.mem_id)
            raw.noscripts.append(node)
            continue
        if tag == "h1":
            text = clean_line(node.text(deep=True))
            if text:
                raw.h1s.append(text)
        if "property" in a and "content" in a:
            # RDFa outside <meta> (<span property="schema:dateCreated" content="...">): a meta tag.
            key = (a.get("property") or "").strip().lower().removeprefix("schema:")
            content = a.get("content")
            if key and content:
                raw.meta.setdefault(key, []).append(content)
        itemprop = (a.get("itemprop") or "").split()
        if tm is None and ((tag == "time" and "pubdate" in a) or "datePublished" in itemprop):
            tm = node
        if tag == "time" and "datetime" in a:
            add(times, (node,))
        cls = (a.get("class") or "").lower()
        classes = cls.split()
        if (
            len(dated) < _MAX_DATED
            and tag != "time"
            and cls
            and _DATE_STEM.search(cls) is not None
            and any(_names_date(c) for c in classes)
        ):
            dated.append(node)
        rel = (a.get("rel") or "").lower().split()
        if tag == "a" and "category" in rel:
            raw.category_links.append(node)
        elif tag == "a" and "tag" in rel:
            raw.tag_links.append(node)
        elif tag == "a" and raw.h1s and _TAG_PATH.search(a.get("href") or ""):
            path_tags.append(node)  # (below the headline: above it, the site's trending topics)
        is_name = (
            (tag == "a" and ("author" in rel or "author" in classes))
            or bool(_AUTHOR_NAMES.intersection(classes))
            or (
                "author" in cls
                and any(
                    "author" in c and (c.endswith("name") or (tag == "a" and _AUTHOR_LINK.search(c))) for c in classes
                )
            )
        )
        # BEM and prefixed spellings of .author / .byline ("Tech-Author", "article__byline").
        prefixed = ("aut" in cls or "byline" in cls) and any(_is_author_word(c) for c in classes)
        if is_name or "author" in itemprop or _AUTHOR_CLASSES.intersection(classes):
            add(authors, [node] if is_name else [])
            parts = node.css(_AUTHOR_SELECTOR)
            add(authors, parts)
            # <span class="author">A and B</span>, <span itemprop="author">A</span>: the element is the name.
            if not parts and not is_name and (_ALONE_NAMES.intersection(classes) or "author" in itemprop):
                add(authors, [node])
        elif prefixed and tag in _INLINE_TAGS and not _NOT_ARTICLE.search(cls) and not _elsewhere(node):
            add(authors, [node])  # <span class="Tech-Author">Por <a>Alberto Ávila</a></span>
        if "BreadcrumbList" in (a.get("itemtype") or "") or _CRUMB_CLASSES.intersection(classes):
            add(crumbs, node.css(_CRUMB_SELECTOR))
        if _CATEGORY_LISTS.intersection(classes):
            # li.cat-item is WordPress's list of every category (a widget), not the post's labels.
            raw.category_links.extend(
                a for a in node.css("a") if "cat-item" not in ((a.parent and a.parent.attributes.get("class")) or "")
            )
        elif ("tag" in cls or "keyword" in cls) and tag not in _NOT_LISTS and any(_is_tag_list(c) for c in classes):
            links = node.css("a")
            if len(links) <= _MAX_TAG_LINKS:  # more: a page-wide switch (<div class="tags_on">), not a list
                raw.tag_links.extend(a for a in links if not _in_heading(a, node))
    if not raw.tag_links and path_tags:
        raw.tag_links = _tag_path_list(path_tags)
    _keep_label_links(raw)
    if tm is not None:
        a = tm.attributes
        raw.time_marked = a.get("datetime") or a.get("content") or clean_line(tm.text())
    tp = next((n for n in times if _published_time(n) and not _in_comments(n)), None)
    if tp is not None:
        raw.time_pub = tp.attributes.get("datetime") or clean_line(tp.text())
    raw.times = times
    raw.dom_date = _dom_date(dated, raw.lang)
    # The first byline's names, and more only from the same byline box (later author
    # markup is usually a teaser's or a comment's).
    box: set[int] = set()
    for node in authors:
        if box and not _near(node, box):
            break  # in document order: past the first byline's box
        if _in_comments(node) or _in_furniture(node):
            continue
        text = clean_line(node.text(deep=True))
        if any(ch.isdigit() for ch in text):
            text = _BEFORE_FIELD.split(text, maxsplit=1)[0]  # "Ana Lima | Publicado hace 3 horas"
        if len(text) > 100 or any(ch.isdigit() for ch in text):
            continue
        names = split_authors(text)
        if names and not box:
            box = _ancestors(node, 3)
        for name in names:
            if name not in raw.dom_authors:
                raw.dom_authors.append(name)
        if len(raw.dom_authors) >= 4:
            break
    for node in crumbs:
        # "HOME >": separators printed inside the items; an <li> and its <a> are both matched.
        text = clean_line(node.text(deep=True)).strip(" >»›/|·→\\")
        if text and len(text) <= 80 and text not in raw.breadcrumbs:
            raw.breadcrumbs.append(text)
    return raw


# Class-word parts that name a list of an article's topic tags (``tags``, ``tags-links``,
# ``post-tags``, ``article__tags``, ``tag-list``, ``keywords``), in the many CMS spellings.
_TAG_LIST_PARTS = frozenset({"tags", "taglist", "tagbox", "keywords", "schlagworte", "etiquetas"})
_TAG_LIST_NEXT = frozenset({"links", "list", "lists", "wrapper", "wrap", "container", "box", "items", "block"})
_CLASS_PARTS = re.compile(r"[-_]+")
_NOT_LISTS = frozenset({"html", "body", "main", "article"})
_MAX_TAG_LINKS = 40


def _is_tag_list(word: str) -> bool:
    """A class word of an element listing the article's tags: ``tags``, ``entry-tags``,
    ``tag-links``, ``o-article__tag``. Not a tag cloud (every tag of the site), and not
    WordPress's ``tag-<slug>`` post classes (they name a tag, on the whole article)."""
    parts = [p for p in _CLASS_PARTS.split(word) if p]
    if not parts or "cloud" in parts or "tagcloud" in parts:
        return False
    if parts[-1] == "tag" or any(p in _TAG_LIST_PARTS for p in parts):
        return True
    return any(p == "tag" and q in _TAG_LIST_NEXT for p, q in itertools.pairwise(parts))


# Schema.org's validators long advised a JSON-LD headline of at most 110 characters: sites cut it.
_LD_CUT = (100, 111)


def _untruncated(titles: list[str]) -> str | None:
    """The first markup title, unless it is cut short ("…", or at the 110 characters a JSON-LD
    headline was held to) and a later one reads on from it."""
    if not titles:
        return None
    first = titles[0]
    stem = first.rstrip(" .…")
    cut = first.endswith(("…", "...")) or _LD_CUT[0] <= len(first) <= _LD_CUT[1]
    if cut and len(stem) >= 20:
        for other in titles[1:]:
            if len(other) > len(stem) + 1 and other.startswith(stem):
                return other
    return first


def _tag_path_list(links: list[Any]) -> list[Any]:
    """The first list of links to tag pages that holds two or more of them (links that share
    their parent, or their parent's parent: ``<li><a>``), none of them in a heading (a
    teaser's headline)."""
    groups: dict[int, list[Any]] = {}
    order: list[int] = []
    for a in links:
        p = a.parent
        for _ in range(2):  # (past the link's own wrapper: <li><a>, <div><a></div>)
            if p is None or p.parent is None or not (p.tag in ("li", "span") or _only_child(a, p)):
                break
            p = p.parent
        if p is None or _in_heading(a, p):
            continue
        if p.mem_id not in groups:
            groups[p.mem_id] = []
            order.append(p.mem_id)
        groups[p.mem_id].append(a)
    for key in order:
        if _PATH_TAGS_MIN <= len(groups[key]) <= _MAX_TAG_LINKS:
            return groups[key]
    return []


def _only_child(link: Any, box: Any) -> bool:
    """Is ``link`` (or what holds it) the only element in ``box``?"""
    child = box.child
    count = 0
    while child is not None:
        if child.tag and not child.tag.startswith(("-", "#")):
            count += 1
            if count > 1:
                return False
        child = child.next
    return count == 1


def _keep_label_links(raw: RawMeta) -> None:
    """Keep the category and tag links that label this article: not those of a menu, a
    sidebar, a widget, a tag cloud or the comments (every label of the site, or a
    commenter's). Related items keep theirs (the front end gives them to the items)."""
    memo: dict[int, bool] = {}
    categories = [a for a in raw.category_links if _label_context(a, memo)]
    ids = {a.mem_id for a in categories}
    tags: list[Any] = []
    for a in raw.tag_links:
        if a.mem_id not in ids and _label_context(a, memo):
            ids.add(a.mem_id)
            tags.append(a)
    raw.category_links = categories
    raw.tag_links = tags


def _in_heading(link: Any, top: Any) -> bool:
    """Is ``link`` inside a heading below ``top``? A teaser's headline, not a tag, when a card
    carries a tag-like class (``card__tags--exclusive``)."""
    n = link
    for _ in range(10):
        if n is None or n.mem_id == top.mem_id:
            return False
        if n.tag in _HEADING_TAGS:
            return True
        n = n.parent
    return False


_HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
# Ancestors looked at for a label link's context: a widget or menu holds its links closely; the
# words of the page's layout wrappers further up ("one-sidebar") say nothing about them.
_LABEL_DEPTH = 40
_LAYOUT_PARAGRAPHS = 5
_NOT_LABELS = frozenset({"nav", "aside", "comment", "share"})


def _label_context(node: Any, memo: dict[int, bool]) -> bool:
    """Does ``node`` stand where an article's labels do (not in furniture listing the site's)?

    ``memo`` keeps the answer per ancestor for the page's other links (they share most of
    their ancestors)."""
    path: list[int] = []
    n = node.parent
    verdict = True
    for _ in range(_LABEL_DEPTH):
        if n is None:
            break
        known = memo.get(n.mem_id)
        if known is not None:
            verdict = known
            break
        path.append(n.mem_id)
        decided = _furniture_verdict(n)
        if decided is not None:
            verdict = decided
            break
        n = n.parent
    for i in path:
        memo[i] = verdict
    return verdict


def _furniture_verdict(n: Any) -> bool | None:
    """``False`` for a menu, sidebar, widget, tag cloud, share bar or comment thread; ``True`` at
    the page's root; ``None`` when ``n`` says nothing (look further up)."""
    tag = n.tag
    if tag in ("nav", "aside"):
        return False
    if tag in ("body", "html"):
        return True
    a = n.attributes
    words = f"{a.get('class') or ''} {a.get('id') or ''} {a.get('role') or ''}".lower()
    if not words.strip():
        return None
    if "cloud" in words:
        return False
    for w in words.split():
        if len(w) <= 200 and not _NOT_LABELS.isdisjoint(word_flags(w)):
            # A widget or menu; or the page's layout ("one-sidebar main", "socialicons-sticky")
            # around the article itself, which holds its headline or its paragraphs.
            return n.css_first("h1") is not None or len(n.css("p")) >= _LAYOUT_PARAGRAPHS
    return None


# Containers whose dates are not the article's: comments, teasers, menus, sidebars, footers.
_NOT_ARTICLE = re.compile(
    r"comment|related|teaser|sidebar|footer|(?<![a-z])nav|menu|recommend|popular|trending|more-?stories|"
    r"read-?next|newsletter|swiper|slider|carousel|(?<![a-z])rail|respond|reply|archive|calendar"
)


def _in_furniture(node: Any) -> bool:
    """Is ``node`` in the site's footer or credits ("Made with Drupal by Smartica")? (Not a
    ``<nav>``, ``<aside>``, widget or sidebar: sites set their bylines in those too.)"""
    return _in_box(node, _FURNITURE_WORDS, ("body", "html", "article"))


def _in_box(node: Any, words_re: re.Pattern[str], stops: tuple[str, ...]) -> bool:
    """Is ``node`` inside (twenty levels at most, up to one of ``stops``) an element whose
    class or id words match ``words_re``?"""
    n = node.parent
    for _ in range(20):
        if n is None or n.tag in stops:
            return False
        a = n.attributes
        words = f"{a.get('class') or ''} {a.get('id') or ''}".lower()
        if words.strip() and words_re.search(words):
            return True
        n = n.parent
    return False


_FURNITURE_WORDS = re.compile(r"credits|site-?footer|page-?footer|footer-?widget|copyright")


def _elsewhere(node: Any, article_footer: bool = False) -> bool:
    """Is ``node`` inside comments, teasers or furniture (their dates are not the article's)?
    ``article_footer``: an ``<article>``'s own ``<footer>`` (its date and author line) is not furniture."""
    n = node.parent
    for _ in range(20):
        if n is None or n.tag in ("body", "html"):
            return False
        a = n.attributes
        if n.tag in ("nav", "aside") or (n.tag == "footer" and not (article_footer and _in_article(n))):
            return True
        words = f"{a.get('class') or ''} {a.get('id') or ''}".lower()
        if words.strip() and _NOT_ARTICLE.search(words):
            return True
        n = n.parent
    return False


def _in_article(node: Any) -> bool:
    n = node.parent
    for _ in range(20):
        if n is None or n.tag in ("body", "html"):
            return False
        if n.tag == "article":
            return True
        n = n.parent
    return False


_PUBLISHED_CLASSES = frozenset({"published", "entry-date"})
# Class-word parts that name a date element beyond what word_flags calls a date ("post-created").
_DATE_PARTS = frozenset({"created", "date", "publish", "published", "posted", "pubdate", "datum", "fecha"})
_MAX_DATED = 12  # elements looked at: the article's date comes early, teasers' dates later
# The site's own header, whose date is today's (the day the page was saved), not the article's.
_SITE_HEADER = re.compile(r"masthead|site-?header|top-?bar|header-?top|topnav|page-?header|todays?-?paper")
_DATE_ATTRS = ("datetime", "content", "title")


# Every class word _names_date accepts holds one of these (a cheap test before it).
_DATE_STEMS = ("date", "time", "publish", "posted", "created", "datum", "fecha")
_DATE_STEM = re.compile("|".join(_DATE_STEMS))  # one search for any of them in a class attribute
_DATE_WORDS: dict[str, bool] = {}


def _names_date(word: str) -> bool:
    """Does a class word name an element holding a date (``entry-date``, ``post-created``, ``published``)?"""
    known = _DATE_WORDS.get(word)
    if known is None:
        known = "date" in word_flags(word) or any(p in _DATE_PARTS for p in _CLASS_PARTS.split(word))
        if len(_DATE_WORDS) < 50_000:
            _DATE_WORDS[word] = known
    return known


def _dom_date(nodes: list[Any], lang: str | None) -> str | None:
    """The first date a date element states: in a date attribute (``title="2013-04-04T18:52"``,
    hAtom's ``abbr.published``) or as a printed date line (not one labelled as an update),
    outside comments, teasers, furniture and the site's header."""
    day_first = bool(lang) and not (lang or "").lower().startswith("en")
    for node in nodes:
        a = node.attributes
        value = None
        for key in _DATE_ATTRS:
            v = a.get(key)
            if v and parse_timestamp(v) is not None and _ISO_START.match(v.strip()):
                value = v
                break
        if value is None:
            text = clean_line(node.text(deep=True))
            if not text or len(text) > 120:
                continue
            dl = date_line(text, day_first=day_first)
            if dl is None or dl[1] == "updated":
                continue
            value = text
        if _elsewhere(node, article_footer=True) or _in_comments(node) or _in_site_header(node):
            continue
        return value
    return None


_ISO_START = re.compile(r"(?:19|20)\d\d-\d\d-\d\d")


def _in_site_header(node: Any) -> bool:
    """Is ``node`` in the site's header (above the article: its date is the site's, not the story's)?"""
    return _in_box(node, _SITE_HEADER, ("body", "html", "article", "main"))


def _published_time(node: Any) -> bool:
    """``time.published``, ``time.entry-date``, or a ``time`` inside ``.posted-on`` or ``<article>``."""
    if _PUBLISHED_CLASSES.intersection((node.attributes.get("class") or "").lower().split()):
        return True
    n = node.parent
    for _ in range(30):
        if n is None:
            return False
        if n.tag == "article" or "posted-on" in (n.attributes.get("class") or "").lower().split():
            return True
        n = n.parent
    return False


def _ancestors(node: Any, depth: int) -> set[int]:
    out: set[int] = set()
    n = node.parent
    for _ in range(depth):
        if n is None or n.tag in ("body", "html"):
            break
        out.add(n.mem_id)
        n = n.parent
    return out


def _near(node: Any, box: set[int]) -> bool:
    """Is ``node`` under one of the elements in ``box`` (the first byline's ancestors)?"""
    n = node.parent
    for _ in range(8):
        if n is None:
            return False
        if n.mem_id in box:
            return True
        n = n.parent
    return False


def _in_comments(node: Any) -> bool:
    """Is ``node`` inside a comment thread (whose bylines and dates are not the article's)?"""
    n = node.parent
    for _ in range(20):
        if n is None:
            return False
        a = n.attributes
        words = f"{a.get('class') or ''} {a.get('id') or ''}".lower()
        if "comment" in words:
            return True
        n = n.parent
    return False


def _types(obj: dict[str, Any]) -> set[str]:
    t = obj.get("@type")
    if isinstance(t, str):
        return {t.lower()}
    if isinstance(t, list):
        return {str(x).lower() for x in t}
    return set()


def _names(value: Any) -> list[str]:
    out: list[str] = []
    for v in value if isinstance(value, list) else [value]:
        if isinstance(v, str):
            out.append(v)
        elif isinstance(v, dict) and isinstance(v.get("name"), str):
            out.append(v["name"])
    return [_clean(o) for o in out if _clean(o)]


@functools.lru_cache(maxsize=64)
def _profile_keys(profile: Profile) -> frozenset[str]:
    """The profile's site names (title suffixes) as :func:`site_key` compares them."""
    return frozenset(site_key(n) for n in (*profile.title_suffixes, profile.site) if n)


def _site_words(site: str | None, host: str | None, profile: Profile) -> set[str]:
    names = {s.lower() for s in profile.title_suffixes}
    if profile.site:
        names.add(profile.site.lower())
    if site:
        names.add(site.lower())
    if host:
        h = host.lower().removeprefix("www.")
        names.add(h)
        names.add(h.split(".")[0])
    return names


def _ld_image(value: Any) -> tuple[str | None, str | None, str | None]:
    """(url, caption, credit) of a JSON-LD ``image`` value."""
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, str):
        return value, None, None
    if isinstance(value, dict):
        url = value.get("url") or value.get("contentUrl")
        cap = value.get("caption") if isinstance(value.get("caption"), str) else None
        credit = value.get("creditText")
        if not isinstance(credit, str):
            holders = _names(value.get("copyrightHolder")) or _names(value.get("author"))
            credit = holders[0] if holders else None
        return (url if isinstance(url, str) else None), cap, credit
    return None, None, None


def _caption_and_credit(caption: str | None, credit: str | None, profile: Profile) -> tuple[str | None, str | None]:
    """A JSON-LD image's caption and credit, read like the page's: a credit written into the
    caption moves to the credit (``"caption": "Picture: iStock"``), the credit loses its
    prefix and rights notice, its holders listed (``A | B`` -> ``A; B``)."""
    cap = _clean(caption) or None if caption else None
    cred = _clean(credit) or None if credit else None
    if cap:
        parsed = parse_credit(cap, profile, caption=True)
        if parsed is not None:
            cap = parsed[0]
            cred = cred or parsed[1]
    if cred:
        cred = strip_credit_prefix(cred, profile) or None
    return cap, cred


def _canonical_and_base(raw: RawMeta, url: str | None) -> tuple[str | None, str | None]:
    """The page's absolute canonical URL (``<link rel=canonical>`` > ``og:url``) and the base
    for its relative links (``<base href>``, else the caller's URL, else the canonical)."""
    canonical = raw.canonical or raw.first("og:url")
    base = absolute(raw.base, url) if raw.base else url
    if not base and canonical and canonical.startswith("http"):
        base = canonical
    canon_abs = absolute(canonical, base)
    if canon_abs and not canon_abs.startswith("http"):
        canon_abs = None
    return canon_abs, base


def canonical_url(raw: RawMeta, url: str | None) -> str | None:
    """The page's absolute canonical URL, if it declares one."""
    return _canonical_and_base(raw, url)[0]


def _sections(raw: RawMeta, ld: dict[str, Any], headline: str | None, site_names: set[str]) -> list[str]:
    """The sections the markup names: breadcrumbs shown > ``article:section`` > JSON-LD
    ``articleSection`` > JSON-LD breadcrumbs (the first source that names any)."""
    cats: list[str] = []
    # The breadcrumb trail shown on the page comes first (a label the reader sees),
    # without its root (home, the site) and without the article itself.
    shown = list(raw.breadcrumbs)
    if shown and (
        is_home_word(shown[0]) or re.sub(r"\W+", "", shown[0].lower()) in {re.sub(r"\W+", "", n) for n in site_names}
    ):
        shown = shown[1:]
    titles = {t.lower() for t in (headline, *raw.h1s) if t}  # the article itself ends the trail
    if shown and shown[-1].lower() in titles:
        shown = shown[:-1]
    sources: list[list[str]] = [shown, raw.all("article:section")]
    sec = ld.get("articleSection")
    sources.append([_clean(s) for s in (sec if isinstance(sec, list) else [sec]) if isinstance(s, str)])
    crumbs: list[str] = []
    for obj in raw.ld:
        if "breadcrumblist" in _types(obj):
            items = obj.get("itemListElement")
            for it in items if isinstance(items, list) else []:
                if isinstance(it, dict):
                    nm: Any = it.get("name")
                    item = it.get("item")
                    if not isinstance(nm, str) and isinstance(item, dict):
                        nm = item.get("name")
                    if isinstance(nm, str) and _clean(nm):
                        crumbs.append(_clean(nm))
            break
    if crumbs and is_home_word(crumbs[0]):
        crumbs = crumbs[1:]
    if crumbs and crumbs[-1].lower() in titles:
        crumbs = crumbs[:-1]
    sources.append(crumbs)
    for src in sources:
        for c in src:
            # One value listing labels ("Stock Car, Calendario Stock Car 2018, ..."), however long.
            pieces = c.split(",") if len(src) == 1 and "," in c else [c]
            for piece in pieces if all(len(p) <= 60 for p in pieces) else [c]:
                piece = piece.strip()
                if piece and piece not in cats:
                    cats.append(piece)
        if cats:
            break
    return cats


def _clean_sections(cats: list[str], own: frozenset[str]) -> list[str]:
    """The sections as labels: no CMS code, URL or sentence, each once (see :class:`LabelSet`)."""
    labels = LabelSet(own)
    for c in cats:
        labels.add(c)
    return labels.labels


def _meta_tags(raw: RawMeta, ld: dict[str, Any], site_keys: frozenset[str], sections: list[str]) -> list[str]:
    """Topic tags the markup stores for this article: ``article:tag`` (one per meta tag), else
    JSON-LD ``keywords`` (a list, or one string with commas), else ``news_keywords``. A label
    already among the sections is not repeated; words a program picked from the text are no tags."""
    tags = LabelSet(site_keys, tuple(sections))
    for v in raw.all("article:tag"):
        for piece in label_values(v):
            tags.add(piece)
    if not tags:
        kw = ld.get("keywords")
        for value in kw if isinstance(kw, list) else [kw]:
            if isinstance(value, str):
                for piece in label_values(_clean(value)):
                    tags.add(piece)
    if not tags:
        for v in raw.all("news_keywords"):
            for piece in label_values(v):
                tags.add(piece)
    if not tags:  # schema.org's "about": the things the article is about, by name
        for name in _names(ld.get("about")):
            tags.add(name)
    if machine_words(tags.labels):
        return []
    return without_codes(tags.labels)


# More labels than this in the ``keywords`` meta: the site's list for every page, not the article's.
_MAX_KEYWORDS = 25


def _keywords(raw: RawMeta, headline: str | None, site_keys: frozenset[str], sections: list[str]) -> list[str]:
    """The ``keywords`` meta's labels: the last resort for topic tags, since many sites fill it
    with one SEO list for every page, or with the headline's words (which are no tags)."""
    pieces = [p for v in raw.all("keywords") for p in label_values(v)]
    if len(pieces) > _MAX_KEYWORDS or machine_words(pieces) or (headline and title_words(pieces, headline)):
        return []
    tags = LabelSet(site_keys, tuple(sections))
    for piece in pieces:
        tags.add(piece)
    return without_codes(tags.labels)


# The label of a writer's name in a twitter:label/twitter:data pair, in the languages Yoast SEO writes.
_WRITTEN_BY = re.compile(
    r"^\s*(?:written by|verfasst von|geschrieben von|écrit par|rédigé par|escrito por|scritto da|geschreven door|"
    r"skrevet af|skrivet av|skrevet av|napisane przez|autor|author|auteur)\s*:?\s*$",
    re.IGNORECASE,
)
# "Lenharo, Mariana": a surname, then the given names.
_LAST_FIRST = re.compile(r"[^\W\d_][\w'’-]*, [^\W\d_][\w'’.-]*(?: [^\W\d_][\w'’.-]*)?")
# Markup sources that rank above the dates a page only shows (assemble.DATE_SOURCES).
_STRONG_DATES = frozenset({"jsonld", "meta", "microdata", "time", "meta-date"})
# Date meta tags, by what they say: the publication, a date, the last change.
_PUBLISHED_KEYS = (
    "article:published_time", "og:published_time", "og:article:published_time", "article:published",
    "published_time", "article.published", "datepublished", "date_published", "publishdate", "publish-date",
    "publish_date", "publication_date", "pubdate", "pub_date", "parsely-pub-date", "sailthru.date",
    "original-publish-date", "dc.date.issued", "dcterms.issued", "citation_publication_date", "citation_date",
    "cxenseparse:recs:publishtime", "rnews:datepublished",
)  # fmt: skip
_DATE_KEYS = ("date", "dc.date", "dcterms.date", "dcterms.created", "dc.date.created", "datecreated", "created")
_MODIFIED_KEYS = (
    "article:modified_time", "og:updated_time", "datemodified", "dc.date.modified", "dcterms.modified",
    "last-modified", "lastmod",
)  # fmt: skip


def _no_headings(names: list[str]) -> tuple[str, ...]:
    """The names without an author box's heading beside them ("Sobre Carlos Nadalim" and "Carlos Nadalim")."""
    return tuple(a for a in names if not any(o != a and a.endswith(" " + o) for o in names))


def build_meta(raw: RawMeta, url: str | None, profile: Profile) -> tuple[Meta, str | None]:
    """The page's :class:`Meta` and the base URL for making links absolute."""
    canon_abs, base = _canonical_and_base(raw, url)

    article: dict[str, Any] | None = None
    graph_index: dict[str, dict[str, Any]] = {}
    for obj in raw.ld:
        oid = obj.get("@id")
        if isinstance(oid, str):
            graph_index.setdefault(oid, obj)
    best_rank = 99
    for obj in raw.ld:
        types = _types(obj)
        if not types & _ARTICLE_TYPES:
            continue
        rank = 1 if types & {"webpage", "creativework", "blog", "videoobject"} else 0
        if "headline" not in obj and rank == 0:
            rank = 1
        if rank < best_rank:
            article, best_rank = obj, rank

    def deref(v: Any) -> Any:
        if isinstance(v, dict) and set(v) == {"@id"} and isinstance(v["@id"], str):
            return graph_index.get(v["@id"], v)
        if isinstance(v, list):
            return [deref(x) for x in v]
        return v

    ld = article or {}
    site = raw.first("og:site_name")
    handle = None  # a handle or a URL, not a name: the publisher's name comes first
    if site and site.startswith("@"):
        handle = site[1:]
        site = None
    elif site and is_absolute_url(site):
        handle = (split_url(site).hostname or "").removeprefix("www.") or None
        site = None
    if not site:
        pub = deref(ld.get("publisher"))
        names = _names(pub)
        site = names[0] if names else None
    if not site:
        for obj in raw.ld:
            if _types(obj) & {"organization", "newsmediaorganization", "website"} and isinstance(obj.get("name"), str):
                site = _clean(obj["name"]) or None
                break
    if not site:
        site = raw.first("application-name") or handle
    host = split_url(canon_abs or url or "").hostname if (canon_abs or url) else None
    site_names = _site_words(site, host, profile)
    bare_host = host.lower().removeprefix("www.") if host else None
    site_keys = _profile_keys(profile) | {
        site_key(n) for n in (site, bare_host, bare_host and bare_host.split(".")[0]) if n
    }

    ld_headline = ld.get("headline") if isinstance(ld.get("headline"), str) else None
    title_cands = [ld_headline, raw.first("og:title"), raw.first("twitter:title"), raw.title]
    titles: list[str] = []
    for cand in title_cands:
        stripped = strip_site_name(_clean(cand), site_names) if cand else None
        if stripped:
            titles.append(stripped)
    headline = _untruncated(titles)
    # Authors, each source apart (the precedence is assemble.AUTHOR_SOURCES): the JSON-LD
    # article's people, the byline markup, the author meta tags; an organisation named as
    # the author (the site, "Sky") apart, the last resort.
    found_authors: dict[str, list[str]] = {"jsonld": [], "jsonld-org": [], "markup": [], "meta": []}
    author_keys = (
        (frozenset(site_keys) | site_keys_of(canon_abs) | site_keys_of(url)) - blog_keys(canon_abs) - blog_keys(url)
    )
    ld_author = deref(ld.get("author"))
    # Not `obj`: that name holds the dict[str, Any] of raw.ld above, and an author is any JSON value.
    for person in ld_author if isinstance(ld_author, list) else [ld_author]:
        is_org = isinstance(person, dict) and bool(_types(person) & _ORG_TYPES)
        for value in _names(person):
            if value.lower().startswith(("http", "www.")):
                continue
            into = found_authors["jsonld-org" if is_org else "jsonld"]
            for name in split_authors(value, author_keys):
                if name not in into:
                    into.append(name)
    found_authors["markup"] = [a for a in raw.dom_authors if not names_site(a, author_keys)]
    for key in ("author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "byl"):
        values = raw.all(key)
        if len(values) >= 2 and all(_LAST_FIRST.fullmatch(v) for v in values):
            values = [" ".join(reversed(v.split(", "))) for v in values]  # "Lenharo, Mariana", one per tag
        for v in values:
            if v.lower().startswith(("http", "www.")):
                continue
            for part in split_authors(v, author_keys):
                if part not in found_authors["meta"]:
                    found_authors["meta"].append(part)
        if found_authors["meta"]:
            break
    if not found_authors["meta"]:
        # <meta name="twitter:label1" content="Written by"> <meta name="twitter:data1" content="Name"> (Yoast SEO)
        for k in range(1, 5):
            label_text = raw.first(f"twitter:label{k}")
            data = raw.first(f"twitter:data{k}")
            if label_text and data and _WRITTEN_BY.search(label_text):
                found_authors["meta"] = split_authors(data, author_keys)
                break
    authors_found = tuple((source, _no_headings(names)) for source, names in found_authors.items() if names)

    lang = raw.lang or raw.first("og:locale", "content-language", "language", "dc.language")
    if not lang:  # the article's inLanguage, else its WebPage's or WebSite's
        lang = next((o["inLanguage"] for o in (ld, *raw.ld) if isinstance(o.get("inLanguage"), str)), None)
    language = None
    if lang:
        m = re.match(r"\s*([A-Za-z]{2,3})(?:[-_]|\s|,|$)", lang)
        language = m.group(1).lower() if m else None
        language = _OLD_CODES.get(language, language) if language else None  # lang="iw" is Hebrew

    # Dates, each source apart (the precedence is assemble.DATE_SOURCES).
    day_first = language not in (None, "en")
    dates: list[Dated] = []

    def add_date(source: str, value: Any) -> None:
        if isinstance(value, str) and not any(d[0] == source for d in dates):
            got = parse_timestamp(value, day_first)
            if got is not None:
                dates.append((source, got[0], got[1]))

    ld_dated = ld if "datePublished" in ld else next((o for o in raw.ld if "datePublished" in o), {})
    add_date("jsonld", ld_dated.get("datePublished"))
    for source, keys in (("meta", _PUBLISHED_KEYS), ("meta-date", _DATE_KEYS), ("meta-modified", _MODIFIED_KEYS)):
        for key in keys:
            if key in raw.meta:
                add_date(source, raw.first(key))
    add_date("microdata", raw.time_marked)
    add_date("time", raw.time_pub)
    add_date("dom", raw.dom_date)
    add_date("jsonld-created", ld_dated.get("dateCreated") or ld.get("dateCreated"))
    add_date("jsonld-modified", ld_dated.get("dateModified") or ld.get("dateModified"))
    if not any(d[0] in _STRONG_DATES for d in dates):
        # Any <time datetime> outside comments and teasers: looked for only when the markup
        # states no stronger date, as it ranks below them (assemble.DATE_SOURCES).
        add_date("time-any", next((n.attributes.get("datetime") for n in raw.times if not _elsewhere(n)), None))

    img_url, img_cap, img_credit = _ld_image(deref(ld.get("image")))
    img_cap, img_credit = _caption_and_credit(img_cap, img_credit, profile)
    image = raw.first("og:image", "og:image:url", "og:image:secure_url", "twitter:image", "twitter:image:src")
    image = image or img_url or (ld.get("thumbnailUrl") if isinstance(ld.get("thumbnailUrl"), str) else None)
    image_abs = absolute(image, base or canon_abs)
    image_day = url_date(image_abs)
    if image_day is not None:  # /2016/05/04/ in the lead image's path: the day it was uploaded
        dates.append(("image-url", image_day, False))

    own = own_site_keys(site, bare_host)
    cats = _clean_sections(_sections(raw, ld, headline, site_names), own)
    tags = _meta_tags(raw, ld, own, cats)
    keywords = _keywords(raw, headline, own, cats)

    meta = Meta(
        headline=headline,
        title=raw.title,
        titles=tuple(titles),
        h1s=tuple(raw.h1s),
        site_keys=frozenset(site_keys),
        dek=_clean(ld["alternativeHeadline"]) or None if isinstance(ld.get("alternativeHeadline"), str) else None,
        authors_found=authors_found,
        dates_found=tuple(dates),
        image_url=image_abs,
        image_caption=img_cap,
        image_credit=img_credit,
        categories=tuple(cats),
        tags=tuple(tags),
        keywords=tuple(keywords),
        site=site,
        language=language,
        url=canon_abs,
    )
    return meta, base or canon_abs
