"""Which element holds the article, and what every other element is.

Pure functions over the walk's plain data (no DOM here):

- :func:`classify`: a set of flags per element from its tag, ``class``/``id``/``role``
  words and the ``data-sp`` marks of profile selectors (``nav``, ``share``,
  ``related``, ``byline``...), inherited by descendants;
- :func:`is_prose_run`, :func:`is_furniture`, :func:`subtree_ends`: the facts the
  content-container score in :mod:`.html` is built from (``good - 0.6 * other``
  per element: a maximum-weight subtree, see docs/html.md).
"""

from __future__ import annotations

import re

from ..recognisers.prose import words
from ._html_dom import Elements, Run

__all__ = [
    "FLAG_WORDS",
    "NOISE_FLAGS",
    "classify",
    "is_furniture",
    "is_furniture_but_comments",
    "is_prose_run",
    "is_thread_post",
    "subtree_ends",
]

# Class/id/role vocabularies (regular expressions over lower-cased words).
FLAG_WORDS: dict[str, str] = {
    "nav": r"navbar|navigation|breadcrumb|(?<![\w-])nav(?![\w])|menu|masthead|skip-?link|pagination|(?<![\w])pager|site-?header|subnav|topbar",
    "footer": r"footer|colophon|(?<![\w-])copyright(?![\w-])",
    "aside": r"sidebar|(?<!elementor-)widget|most-?popular|most-?read|most-?viewed|(?<![\w-])popular|trending|(?<![\w-])rail(?![\w])|right-?col",
    "share": r"share|sharing|social|addtoany|addthis|(?<![\w-])print(?![\w]|-(?:full|only|none|block|inline|hide|show|flex|width))",
    "newsletter": r"newsletter|subscribe|signup|sign-up|optin|mailchimp|paywall|registration|inline-?cta",
    "ad": r"advert|sponsor|promo|(?<![\w-])dfp|adslot|ad-slot|adunit|ad-unit|adsbygoogle|googlead|outbrain|taboola|zergnet|(?<![\w-])ads?(?![\w])|(?<![\w-])ad-|-ad(?![\w])",
    "comment": r"comment|disqus|(?<![\w-])respond(?![\w])",
    "related": r"related|read-?next|more-?stories|recommend|also-?read|you-?may|relatedposts|more-?from|more-?articles|morelikethis",
    "hidden": r"screen-?reader|sr-only|visually-?hidden|(?<![\w-])hidden(?![\w-])|display-?none|(?<![\w-])d-none",
    "authorbox": r"author-?box|author-?bio|about-?(?:the-)?author|author-?info|author-?card|(?<![\w-])bio(?![\w])|(?<![\w-])tags?(?![\w-])|tag-?list|post-?tags|entry-?tags",
    "caption": r"caption|wp-caption",
    "credit": r"credit|copyright-?holder|photo-?source",
    "byline": r"byline|(?<![\w-])author|writer|contributor",
    "date": r"(?<![\w-])date|dateline|timestamp|posted-?on|published|(?<![\w-])time(?![\w])|entry-?date|post-?date|pubdate",
    "category": r"(?<![\w-])(?:cat-links|categories|category|category-links?|post-categor\w*|entry-categor\w*|article-categor\w*|kicker|eyebrow|section-?label|rubric)(?![\w-])",
    "dek": r"(?<![\w-])(?:dek|deck|standfirst|strapline|sub-?title|subhead(?:line)?|sub-?heading|lede|article-?summary|excerpt|intro|teaser-?text|description)(?![\w-])",
    "content": r"article(?:-|__?)?body|entry(?:-|__?)?content|post(?:-|__?)?content|post(?:-|__?)?body|story(?:-|__?)?body|article(?:-|__?)?content|article(?:-|__?)?text|body-?text|main-?content|(?<![\w-])content(?![\w-])|(?<![\w-])article(?![\w-])|story",
}


def _split_top(pattern: str) -> list[str]:
    """The top-level alternatives of ``pattern`` (``|`` outside groups and classes)."""
    out: list[str] = []
    depth, start, i = 0, 0, 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":
            i = pattern.index("]", i + 1) + 1
            continue
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
        i += 1
    out.append(pattern[start:])
    return out


def _lead_literal(alt: str) -> str:
    """Rewrite ``(?<!C)xrest`` as ``x(?<!Cx)rest`` (same matches, one alternative per group branch).

    A lookbehind in front of an alternative makes Python's ``re`` try it at every position;
    after a literal first character it only runs where that character is. ``(?<!C)(?:a|b)t``
    is distributed into ``(?<!C)at|(?<!C)bt`` first.
    """
    for lb in ("(?<![\\w-])", "(?<![\\w])"):
        if not alt.startswith(lb):
            continue
        rest = alt[len(lb) :]
        if rest.startswith("(?:"):
            depth, k = 1, 3
            while depth:
                depth += (rest[k] == "(") - (rest[k] == ")")
                k += 1
            inner, tail = rest[3 : k - 1], rest[k:]
            return "|".join(_lead_literal(lb + a + tail) for a in _split_top(inner))
        first = rest[0]
        if not first.isalnum():
            return alt
        return f"{first}(?<!{lb[4:-1]}{first}){rest[1:]}"
    return alt


# The same language as FLAG_WORDS (tests/test_html_frontend.py checks it), written to run fast.
_FLAG_RE = re.compile(
    "|".join(f"(?P<{k}>" + "|".join(_lead_literal(a) for a in _split_top(v)) + ")" for k, v in FLAG_WORDS.items())
)
# No match of this (FLAG_WORDS without lookarounds) means no flag at all: most class words.
_FLAG_ANY = re.compile("|".join(re.sub(r"\(\?<?!\[[^\]]*\]\)", "", v) for v in FLAG_WORDS.values()))
_TAG_FLAGS = {
    "nav": "nav",
    "footer": "footer",
    "aside": "aside",
    "figcaption": "caption",
    "time": "date",
    "form": "form",
}
_ROLE_FLAGS = {"navigation": "nav", "contentinfo": "footer", "complementary": "aside", "banner": "nav", "search": "nav"}
NOISE_FLAGS = frozenset({"nav", "footer", "aside", "share", "newsletter", "ad", "comment", "hidden", "authorbox"})
# Flags that mean "not this article's text" but may be overridden when the element holds the article.
_CONTAINER_SAFE = frozenset({"html", "body", "main"})
_WORD = re.compile(r"\w+")
_SENT_END = re.compile(r"[.!?…:;\"'“”‘’»«)。！？」』）]$")


_WORD_CACHE: dict[str, frozenset[str]] = {}
# State words say what an element has or lacks, not what it is: <article class="has-paywall">,
# <body class="no-sidebar with-comments">.
_STATE_PREFIXES = ("has-", "has_", "with-", "no-", "without-")
# No class/id word is longer; _FLAG_RE costs ~2.5 µs per character (a big alternation tried
# at every position), so a megabyte-long class attribute took seconds per element.
_MAX_TOKEN = 200


def word_flags(token: str) -> frozenset[str]:
    """Flags of one class/id/role word (cached: sites repeat the same words)."""
    if len(token) > _MAX_TOKEN or token.startswith(_STATE_PREFIXES):
        return frozenset()
    got = _WORD_CACHE.get(token)
    if got is None:
        found = {m.lastgroup for m in _FLAG_RE.finditer(token) if m.lastgroup} if _FLAG_ANY.search(token) else set()
        role = _ROLE_FLAGS.get(token)
        if role:
            found.add(role)
        got = frozenset(found)
        if len(_WORD_CACHE) < 50_000:
            _WORD_CACHE[token] = got
    return got


_FURNITURE_CACHE: dict[tuple[str, str], bool] = {}


def _flags_of(words: str, tag: str) -> set[str]:
    """The flags of an element's tag and of its class/id/role words."""
    flags: set[str] = set()
    t = _TAG_FLAGS.get(tag)
    if t:
        flags.add(t)
    for token in words.split():
        flags |= word_flags(token)
    return flags


def is_furniture(words: str, tag: str) -> bool:
    """Class/id/role words and tag of page furniture: noise flags and no content flag."""
    key = (words, tag)
    got = _FURNITURE_CACHE.get(key)
    if got is None:
        flags = _flags_of(words, tag)
        got = bool(flags & NOISE_FLAGS) and "content" not in flags
        if len(_FURNITURE_CACHE) < 50_000:
            _FURNITURE_CACHE[key] = got
    return got


_THREAD_CACHE: dict[tuple[str, str], bool] = {}
# The box to write a comment in ("comment-form", "respond", "reply-box"): no post of the thread.
_COMMENT_FORM = re.compile(r"form|respond|reply|write|editor|login")


def is_thread_post(words: str, tag: str) -> bool:
    """A comment box that may be a thread's post: not the form to write one."""
    return tag != "form" and _COMMENT_FORM.search(words) is None


def is_furniture_but_comments(words: str, tag: str) -> bool:
    """:func:`is_furniture`, comment boxes excepted (a forum thread's posts), not the form to
    write one."""
    key = (words, tag)
    got = _THREAD_CACHE.get(key)
    if got is None:
        flags = _flags_of(words, tag)
        noise = flags & NOISE_FLAGS
        if "comment" in noise and is_thread_post(words, tag):
            noise = noise - {"comment"}
        got = bool(noise) and "content" not in flags
        if len(_THREAD_CACHE) < 50_000:
            _THREAD_CACHE[key] = got
    return got


_OWN_CACHE: dict[tuple[str, str, str], frozenset[str]] = {}


_SELECTED_AS_MARKUP = frozenset({"caption", "credit"})


def _own(tag: str, words: str, mark: str) -> frozenset[str]:
    flags: set[str] = set()
    f = _TAG_FLAGS.get(tag)
    if f:
        flags.add(f)
    if words:
        for token in words.split():
            flags |= word_flags(token)
    if mark:
        flags.update("sel-" + m for m in mark.split())
        # A profile's caption and credit selectors say what the markup's own classes would.
        flags.update(m for m in mark.split() if m in _SELECTED_AS_MARKUP)
    return frozenset(flags)


def own_flags(el: Elements, i: int) -> frozenset[str]:
    """Flags of element ``i`` from its tag, class/id/role words and selector marks."""
    return _own(el.tag[i], el.words[i], el.mark[i])


def subtree_ends(el: Elements) -> list[int]:
    """``ends[i]``: the last element index in ``i``'s subtree (pre-order ids)."""
    n = len(el.tag)
    ends = list(range(n))
    parent = el.parent
    for i in range(n - 1, 0, -1):
        p = parent[i]
        if p >= 0 and ends[i] > ends[p]:
            ends[p] = ends[i]
    return ends


def words_in(text: str) -> int:
    """Words in a run; in scripts written without spaces (Chinese, Japanese, Thai...) two letters
    count as one word, as in :func:`~spaceparse.recognisers.prose.words`."""
    n = len(_WORD.findall(text))
    if text.isascii():
        return n
    # Spaces between phrases (Chinese set with spaces, Korean) do not make its letters words.
    return max(n, words(text.replace(" ", "")))


def is_prose_run(r: Run) -> bool:
    if r.kind in ("caption", "h1"):
        return False
    if r.link_chars * 3 > len(r.text):
        # Link-rich, but a long full sentence with its own words around the links
        # (a digest's bullet items) is still running text.
        return r.link_chars * 10 <= len(r.text) * 6 and words_in(r.text) >= 20 and _SENT_END.search(r.text) is not None
    if len(r.text) >= 144:  # words_in(text) >= len(text) / 12 >= 12: no need to count
        return True
    n = words_in(r.text)
    return n >= 12 or (n >= 6 and _SENT_END.search(r.text) is not None)


def classify(el: Elements) -> list[frozenset[str]]:
    """:func:`own_flags` of every element (cached per distinct tag/words/mark: pages repeat them)."""
    cache = _OWN_CACHE
    out: list[frozenset[str]] = []
    for key in zip(el.tag, el.words, el.mark, strict=True):
        got = cache.get(key)
        if got is None:
            got = _own(*key)
            if len(cache) < 50_000:
                cache[key] = got
        out.append(got)
    return out
