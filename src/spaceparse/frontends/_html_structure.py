"""The markup's structure around each block, for the structured body (:mod:`spaceparse.content`).

Called once at the end of the HTML front end, on what the walk recorded (no DOM):
each block's path of structural containers (lists, tables, quotes, ``pre``, figures,
social posts), its inline spans (links made absolute later, for the body only), and the images
and players placed between blocks. One pass over the elements, one over the runs.
"""

from __future__ import annotations

from ..blocks import PageObject, Path, Structure
from ..recognisers.urls import absolute
from ._html_dom import Elements, Image, Run

__all__ = ["structure"]

_STRUCTURAL = frozenset({"ul", "ol", "li", "table", "thead", "tr", "td", "th", "blockquote", "pre", "figure"})
# Class words of a social post's markup (the words show before its script turns them into a card).
_SOCIAL_WORDS = ("twitter-tweet", "instagram-media", "tiktok-embed", "bluesky-embed", "fb-post", "threads-post")
# A player's source host or path says what it plays.
_VIDEO = ("youtube", "youtu.be", "vimeo", "dailymotion", "jwplayer", "brightcove", "video", "player", "wistia")
_AUDIO = ("soundcloud", "spotify", "podcast", "audio", "megaphone", "simplecast", "libsyn", "anchor.fm")
_SOCIAL = ("twitter.com", "x.com/", "instagram.com", "facebook.com", "tiktok.com", "bsky.app", "threads.net")
_NO_PATH: Path = ()


def _media(tag: str, url: str) -> str:
    if tag in ("video", "audio"):
        return tag
    low = url.lower()
    if any(w in low for w in _SOCIAL):
        return "social"
    if any(w in low for w in _AUDIO):
        return "audio"
    if any(w in low for w in _VIDEO):
        return "video"
    return "other"


def _paths(el: Elements) -> list[Path]:
    tags, parent, words = el.tag, el.parent, el.words
    out: list[Path] = [_NO_PATH] * len(tags)
    for i in range(1, len(tags)):
        p = parent[i]
        base = out[p] if p >= 0 else _NO_PATH
        tag = tags[i]
        if tag in _STRUCTURAL:
            if tag == "blockquote" and words[i] and any(w in words[i] for w in _SOCIAL_WORDS):
                tag = "social"
            base = (*base, (tag, i))
        elif tag == "footer" and base and base[-1][0] == "blockquote":
            base = (*base, ("footer", i))
        out[i] = base
    return out


def _figure_of(path: Path) -> int:
    for tag, i in reversed(path):
        if tag == "figure":
            return i
    return -1


def structure(el: Elements, runs: list[Run], images: list[Image], base: str | None) -> Structure:
    """The :class:`~spaceparse.blocks.Structure` of a page whose blocks are ``runs``, one each."""
    paths = _paths(el)
    objects: list[tuple[int, int, PageObject]] = []
    for img in images:
        url = absolute(img.src, base)
        if url:
            box = _figure_of(paths[img.owner])
            objects.append((img.run_index, len(objects), PageObject(img.run_index, "image", url, img.alt, box)))
    for owner, at, tag, src in el.embeds:
        url = absolute(src, base)
        if url:
            objects.append((at, len(objects), PageObject(at, _media(tag, url), url, "", _figure_of(paths[owner]))))
    objects.sort(key=lambda o: (o[0], o[1]))
    return Structure(
        paths=tuple(paths[r.owner] for r in runs),
        inline=tuple([r.inline for r in runs]),
        objects=tuple(o[2] for o in objects),
        base=base,
    )
