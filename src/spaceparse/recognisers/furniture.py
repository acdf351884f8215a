"""Lines that are page furniture, not article text, whatever the page's kind.

- :func:`is_boilerplate_text`: menus, share bars, pitches, ads, footers (the profile's
  ``boilerplate`` patterns and ``boilerplate_phrases``, symbol-only and bracketed lines);
- :func:`is_barrier_text`: headings after which the article does not go on (comments,
  "most read", footers);
- :func:`is_related_heading`: a related-stories heading (the profile's ``related_headings``),
  alone or glued to the first item's labels;
- :func:`is_render_artefact`: a line the text rendering made from markup or the server
  printed above the page, never a title (``IFRAME: URL``, ``(BUTTON)``, PHP warnings, image
  file names, a wiki's ``[edit]`` links).
"""

from __future__ import annotations

import functools
import re

from .._prefilter import by_two_chars, first_chars
from ..profiles import Profile

__all__ = [
    "BARRIER",
    "is_barrier_text",
    "is_boilerplate_text",
    "is_comment_header",
    "is_related_heading",
    "is_render_artefact",
    "is_sidebar_heading",
    "related_heading_at",
]

# What text renderings make of markup (lynx: ``IFRAME: URL``, ``(BUTTON) Menu``; a wiki's
# section links ``History[edit]``) and what a server prints above a page ("Warning: ... in
# /var/www/... on line 12"): never a title.
_RENDERED_STARTS = ("IFRAME:", "(BUTTON)")
_SERVER_STARTS = (
    "Warning:", "Notice:", "Deprecated:", "Strict Standards:", "Fatal error:", "Parse error:", "PHP ",
)  # fmt: skip
_IMAGE_NAME = re.compile(r"\w\.(?:png|jpe?g|gif|svg|webp)\b", re.IGNORECASE)


def is_render_artefact(text: str) -> bool:
    """Is ``text`` a rendering's stand-in for markup, a server warning, or does it carry an
    image's file name (an image's alt text or title as lynx prints it)?"""
    if text.startswith(_RENDERED_STARTS) or "(BUTTON)" in text or text.endswith("[edit]"):
        return True
    if text.startswith(_SERVER_STARTS) and " on line " in text:
        return True
    return "." in text and _IMAGE_NAME.search(text) is not None


_BRACKETED = re.compile(r"(?:\[[^\]]{0,200}\]\s*)+")
_SYMBOLS = re.compile(r"[\W_]+")

# Headings of the boxes around an article: a comment thread or the footer, after which the
# article does not go on (walls), and teaser boxes ("Most read", "Trending"), which some
# sites set inside the article (sidebars). In the languages the corpora show most.
# "Most read in World", "Top stories in Nation": a sidebar heading may name its section;
# "Most Popular View all": a link may follow either kind.
_WALLS = (
    r"comments?|responses?|replies|discussion|leave a (?:reply|comment)|post a comment",
    r"join the (?:discussion|conversation)|about the authors?|about us|footer",
    r"site map|sitemap|navigation|quick links|useful links|contact us|follow us",
    # de, fr, es, pt, it, nl: comment threads (WordPress's "Leave a Reply" as translated)
    r"kommentare?|schreibe einen kommentar|kommentar schreiben|commentaires?|laisser un commentaire",
    r"comentarios?|deja (?:un comentario|una respuesta)|comentários?|deixe (?:um comentário|uma resposta)",
    r"commenti|lascia un commento|reacties?|geef een reactie|laat een reactie achter",
)
_SIDEBARS = (
    r"(?:(?:most (?:read|popular|viewed|shared|commented|emailed|watched)|trending|popular|latest)"
    r"(?: now| today| this week)?(?: news| stories| articles| posts| headlines| videos)?"
    r"|top (?:news|stories|articles|posts|headlines|videos))(?: (?:in|on|from) [^.!?,;:]{1,30})?",
    r"editors?['’]?s?['’]? (?:picks?|choice)|more (?:videos|podcasts)|sponsored (?:stories|content|links)",
    r"meistgelesen(?:e|en)?(?: artikel| nachrichten)?|les plus (?:lus|populaires|partagés)",
    r"(?:lo )?más (?:leído|visto|leídas|vistas|populares)|(?:as |os )?mais (?:lidas|lidos|vistas|vistos|populares)",
    r"(?:i |le )?più (?:letti|lette|visti|popolari)|meest gelezen",
)
_TAIL = r"(?:\s*[|·•-]?\s*(?:view|see|show) (?:all|more))?\s*:?"
# Each heading, "17 Comments" as "Comments" (the caller drops a leading count).
_HEADINGS = tuple(f"(?:{alt}){_TAIL}" for alt in _WALLS + _SIDEBARS)
BARRIER = re.compile(r"(?:\d+\s+)?(?:" + "|".join(_HEADINGS) + ")", re.IGNORECASE)
_SIDEBAR = re.compile(r"(?:" + "|".join(_SIDEBARS) + ")" + _TAIL, re.IGNORECASE)
# The headings that can start with a line's first two characters: a line runs only those
# (the whole alternation, dozens of phrases, was most of the cost of a line).
_HEADING_BY_TWO, _HEADING_REST = by_two_chars(_HEADINGS, re.IGNORECASE, whole=True)
_DIGITS = "0123456789"


# "comments" among the first three words: "Comments", "Top Rated Comments", "Show comments (12)";
# not "by India Post News Weekly 0 Comments" (a byline with a counter).
# Words are letters/digits and separators are the rest: with ``\w+`` and ``[\W_]+`` both
# taking "_", a line of 60 underscores had a polynomial number of splits (7 s).
_COMMENTS = re.compile(r"[\W_]*(?:[^\W_]+[\W_]+){0,2}(?:comments?|commenting|discussion|conversation)\b", re.IGNORECASE)
# Needed for a _COMMENTS match: a cheap literal test first.
_COMMENTS_WORD = re.compile(r"comment|discussion|conversation", re.IGNORECASE)


_COUNTED = re.compile(r"(?:\d+|no|one)\s+(?:comments?|responses?|replies|thoughts?)\b.{0,100}", re.IGNORECASE)


def _bound(pattern: re.Pattern[str]) -> frozenset[str]:
    """``first_chars``, or every ASCII character when no bound is found (the regex always runs)."""
    firsts = first_chars(pattern)
    return firsts if firsts is not None else frozenset(map(chr, range(128)))


_COUNTED_FIRST = _bound(_COUNTED)


def is_barrier_text(text: str) -> bool:
    """A heading after which the article does not go on (comments, "most read", footers)."""
    c = text[:1]  # may_start, inlined: this runs on every line
    counted = c in _COUNTED_FIRST or not c.isascii()
    if len(text) > 60:
        return counted and len(text) <= 120 and _COUNTED.fullmatch(text) is not None
    bare = text.strip("[]() ")
    two = bare[:2]
    if two and two[0] in _DIGITS:  # a count first: "17 Comments"
        bare = bare.lstrip(_DIGITS).lstrip()
        two = bare[:2]
    if len(two) == 2 and two.isascii():
        rx = _HEADING_BY_TWO.get(two, _HEADING_REST)
        if rx is not None and rx.fullmatch(bare):
            return True
    elif bare and BARRIER.fullmatch(bare):
        return True
    if counted and _COUNTED.fullmatch(text):
        return True
    if text.count(" ") > 7 or text.endswith("."):
        return False
    if text.isascii():  # the literal test without a regex (ASCII: lower() is exact case folding)
        low = text.lower()
        if "comment" not in low and "discussion" not in low and "conversation" not in low:
            return False
    elif _COMMENTS_WORD.search(text) is None:
        return False
    return _COMMENTS.match(text) is not None


def is_sidebar_heading(text: str) -> bool:
    """A barrier line that heads a teaser box ("Most read", "Trending now"), not a comment
    thread or the footer: some sites set such boxes inside the article."""
    return len(text) <= 60 and _SIDEBAR.fullmatch(text.strip("[]() ")) is not None


# The verb a comment thread's header ends with, as blog engines print it ("Jane Doe says:",
# "Jane Doe sagt:", "Jane on May 3, 2019 at 4:47 pm said:"); the past forms only after a time.
_COMMENT_VERBS = frozenset(
    [
        "says",
        "sagt",
        "schreibt",
        "meint",
        "dit",
        "écrit",
        "dice",
        "escribe",
        "diz",
        "escreve",
        "scrive",
        "zegt",
        "schreef",
        "skriver",
        "pisze",
    ]
)
_COMMENT_PAST = frozenset(["said", "wrote", "schrieb", "disse", "escribió", "scrisse"])
# A comment's reply link, closing its header ("... 19:04 [ antworten ]").
_REPLY_WORDS = frozenset(
    [
        "reply",
        "antworten",
        "antwort",
        "répondre",
        "responder",
        "rispondi",
        "responda",
        "beantwoorden",
        "reageer",
        "svara",
        "odpowiedz",
    ]
)
_CLOCK = re.compile(r"\d?\d[:.h]\d\d")


def is_comment_header(text: str) -> bool:
    """The header of one reader comment ("Name says:", "Name on <date> at <time> said:",
    "by Name on <date>, <time> [ reply ]")."""
    if len(text) > 120:
        return False
    bare = text.rstrip(" :[]()|")
    last = bare[bare.rfind(" ") + 1 :].lower()  # the last word, without splitting the line
    if last in _REPLY_WORDS:
        return " " in bare and _CLOCK.search(text) is not None
    if last in _COMMENT_VERBS:
        return text[-1] == ":" and 1 <= bare.count(" ") <= 5 and (text[0].isupper() or text[0].isdigit())
    return last in _COMMENT_PAST and text[-1] == ":" and bare.count(" ") <= 15 and _CLOCK.search(text) is not None


def is_boilerplate_text(text: str, profile: Profile, *, phrase_hit: bool | None = None) -> bool:
    """True when a whole line is a known kind of page furniture.

    ``phrase_hit`` is whether the line contains the first part of a boilerplate
    phrase, when the caller already knows (the rule scans the page once).
    """
    first = text[0]
    if not first.isalnum() and (_SYMBOLS.fullmatch(text) or _BRACKETED.fullmatch(text)):
        return True
    if len(text) > 600:
        return False
    if phrase_hit is None:
        phrase_hit = profile.phrase_re.search(text.lower()) is not None
    if phrase_hit:
        lower = text.lower()
        for group in profile.boilerplate_phrases:
            if group[0] in lower:
                for part in group[1:]:  # a loop, not all(): no generator per group
                    if part not in lower:
                        break
                else:
                    return True
    # text[:9]: lower-casing the whole paragraph to test its first nine characters was
    # most of the cost for long lines (lower() works character by character).
    if len(text) > 120 and not text[:9].lower().startswith(("©", "(c)", "copyright")):
        return False  # every whole-line pattern is short
    # Only the patterns that can start with the line's first two characters, or its first
    # one (all of them for a first character outside ASCII).
    two = text[:2]
    if len(two) == 2 and two.isascii():
        rx = profile.boilerplate_two.get(two, profile.boilerplate_rest)
    else:
        rx = profile.boilerplate_first.get(first, profile.boilerplate_re)
        if rx is profile.boilerplate_re:  # a first character outside ASCII: every pattern
            return rx.fullmatch(text) is not None
    if rx is not None and rx.fullmatch(text) is not None:
        return True
    for gated, need in profile.boilerplate_gated:  # noqa: SIM110  # a loop: no generator per line
        if need in text and gated.fullmatch(text) is not None:
            return True
    return False


def is_related_heading(text: str, profile: Profile) -> bool:
    """A related-block heading, alone or glued to the first item's labels."""
    if len(text) > 160 or text[:1].lower() not in profile.related_initials:
        return False
    return related_heading_at(text, profile)


@functools.lru_cache(maxsize=4096)  # the zone and related rules ask about the same lines
def related_heading_at(text: str, profile: Profile) -> bool:
    """:func:`is_related_heading` without its first cheap tests (callers that made them)."""
    bare = text.rstrip(": .…")  # "Você pode gostar..."
    rx = profile.related_for(bare)
    if rx is not None and rx.fullmatch(bare):
        return True
    if not bare:  # else bare starts like text: the same patterns
        rx = profile.related_for(text)
    m = rx.match(text) if rx is not None else None
    return bool(m and m.end() < len(text) and text[m.end()].isupper() and text[m.end() - 1].islower())
