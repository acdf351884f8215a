"""How a page was read: every block with the role it got, the rule that decided it, and why.

    expl = explain(page, url=..., profile=...)
    expl.blocks[3].role, expl.blocks[3].rule, expl.blocks[3].reason
    print(render_text(expl, color=True))       # what ``spaceparse explain`` prints
    json.dumps(expl.to_dict())                 # ``--format json`` (schema/explain.schema.json)

The rules run one by one as :func:`spaceparse.segment.segment` runs them
(:func:`~spaceparse.segment.segment_steps`: same order, same disabled rules), and each
block's final role is put down to the last rule that changed it. The reasons are the cheap
and honest ones: the profile's boilerplate pattern or phrase that matches the line, what
markup said about the block (HTML hints), the content zone and each line's zone score.
Nothing here changes a parse: the Article is the one :func:`spaceparse.parse` returns.

Pure: no I/O. The CLI reads the page and prints.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import attrs

from .api import Kind, read_document
from .assemble import assemble
from .blocks import Block, Document
from .decode import DEFAULT_MAX_BYTES
from .model import Article
from .profiles import Profile, Profiles, default_profile
from .segment import RULE_NAMES, segment_steps
from .segmentation import Segmentation

__all__ = [
    "ROLE_COLOURS",
    "ROLE_NAMES",
    "SCHEMA",
    "BlockExplanation",
    "Explanation",
    "article_summary",
    "explain",
    "explain_document",
    "render_text",
]

SCHEMA = "spaceparse.explain/1"
"""The ``schema`` value of :meth:`Explanation.to_dict` (``schema/explain.schema.json``)."""

ROLE_NAMES: tuple[str, ...] = (
    "headline", "categories", "byline", "credit", "dek", "body", "related", "boilerplate", "barrier", "none",
)  # fmt: skip
"""Every role a block can end with; ``none``: no rule claimed it (not in the Article)."""

ROLE_COLOURS: Mapping[str, str] = {
    "headline": "#8e24aa",
    "categories": "#00897b",
    "byline": "#1e88e5",
    "credit": "#f4511e",
    "dek": "#5e35b1",
    "body": "#43a047",
    "related": "#c0ca33",
    "boilerplate": "#9e9e9e",
    "barrier": "#e53935",
    "none": "#cfd8dc",
}
"""One colour per role, shared by the HTML report (and its legend)."""

# ANSI colours for the terminal (foreground), as close to ROLE_COLOURS as 16 colours go.
_ANSI: Mapping[str, str] = {
    "headline": "1;35",
    "categories": "36",
    "byline": "34",
    "credit": "33",
    "dek": "35",
    "body": "32",
    "related": "93",
    "boilerplate": "90",
    "barrier": "31",
    "none": "2",
}

_NOISE_HINTS = ("nav", "footer", "aside", "share", "newsletter", "ad", "comment", "hidden", "noise")
_HINT_WORDS: Mapping[str, str] = {
    "nav": "a navigation container",
    "footer": "a footer",
    "aside": "a sidebar (<aside>)",
    "share": "a share bar",
    "newsletter": "a newsletter box",
    "ad": "an advertisement",
    "comment": "the comments",
    "hidden": "a hidden element",
    "noise": "a link list or teaser inside the content",
}


@attrs.frozen(slots=True)
class BlockExplanation:
    """One block of the page and what became of it."""

    index: int
    text: str
    kind: str
    """``line`` (text) or the HTML element kind (``p``, ``h2``, ``li``...)."""
    role: str
    """One of :data:`ROLE_NAMES`."""
    rule: str | None
    """The rule that gave the block its final role (``None`` for ``none``)."""
    reason: str | None
    """Why, where it can be told cheaply and honestly."""
    history: tuple[tuple[str, str], ...]
    """Every ``(rule, role)`` change, in order (a later rule may overrule an earlier one)."""
    hints: tuple[str, ...]
    """What markup said about the block (HTML)."""
    in_zone: bool
    """Inside the content zone the zone rule chose (as the later rules left it)."""
    zone_score: float
    """The zone rule's score for the block: positive for running text, negative for furniture."""

    def to_dict(self) -> dict[str, Any]:
        return {
            "index": self.index,
            "text": self.text,
            "kind": self.kind,
            "role": self.role,
            "rule": self.rule,
            "reason": self.reason,
            "history": [{"rule": r, "role": role} for r, role in self.history],
            "hints": list(self.hints),
            "in_zone": self.in_zone,
            "zone_score": round(self.zone_score, 2),
        }


@attrs.frozen(slots=True)
class Explanation:
    """How one page was read: its blocks and the Article they made."""

    kind: str
    """``text`` or ``html``."""
    url: str | None
    profile: str
    profile_origin: str
    rules: tuple[str, ...]
    """The rules that ran, in order."""
    disabled_rules: tuple[str, ...]
    zone: tuple[int, int] | None
    blocks: tuple[BlockExplanation, ...]
    article: Article

    def counts(self) -> dict[str, int]:
        """How many blocks ended with each role (every role listed, in :data:`ROLE_NAMES` order)."""
        out = dict.fromkeys(ROLE_NAMES, 0)
        for b in self.blocks:
            out[b.role] += 1
        return out

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready (``spaceparse explain --format json``; ``schema/explain.schema.json``)."""
        return {
            "schema": SCHEMA,
            "kind": self.kind,
            "url": self.url,
            "profile": {"name": self.profile, "origin": self.profile_origin},
            "rules": list(self.rules),
            "disabled_rules": list(self.disabled_rules),
            "zone": list(self.zone) if self.zone is not None else None,
            "counts": self.counts(),
            "blocks": [b.to_dict() for b in self.blocks],
            "article": self.article.to_dict(),
        }


def explain(
    page: str | bytes,
    *,
    url: str | None = None,
    kind: Kind = "auto",
    encoding: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    profile: Profile | None = None,
    profiles: Iterable[Profile] | Profiles | None = None,
) -> Explanation:
    """Parse ``page`` as :func:`spaceparse.parse` does (same arguments, same errors) and
    say, block by block, how it was read."""
    from .api import _internal  # one mapping of unexpected failures to InternalError
    from .errors import SpaceparseError

    doc, chosen = read_document(
        page, url=url, kind=kind, encoding=encoding, max_bytes=max_bytes, profile=profile, profiles=profiles
    )
    try:
        return explain_document(doc, chosen)
    except SpaceparseError:
        raise
    except (RecursionError, MemoryError) as e:
        raise _internal(e) from None
    except Exception as e:
        raise _internal(e) from e


def explain_document(doc: Document, profile: Profile) -> Explanation:
    """:func:`explain` for a blockified document and its profile."""
    from .rules.zone import block_score

    n = len(doc.blocks)
    seg = Segmentation.empty(n)
    setter: list[str | None] = [None] * n
    history: list[list[tuple[str, str]]] = [[] for _ in range(n)]
    ran: list[str] = []
    for name, after in segment_steps(doc, profile):
        ran.append(name)
        before = seg.roles
        for i, new in enumerate(after.roles):
            if new != before[i]:
                setter[i] = name if new is not None else None
                history[i].append((name, new or "none"))
        seg = after
    article = assemble(doc, seg, profile)
    zone = seg.get("zone")
    ctx = _Context(doc, seg, profile, article, zone)
    blocks = []
    for b in doc.blocks:
        role = seg.roles[b.index] or "none"
        rule = setter[b.index]
        blocks.append(
            BlockExplanation(
                index=b.index,
                text=b.text,
                kind=b.kind,
                role=role,
                rule=rule,
                reason=_reason(ctx, b, role, rule),
                history=tuple(history[b.index]),
                hints=tuple(sorted(b.hints)),
                in_zone=zone is not None and zone[0] <= b.index <= zone[1],
                zone_score=block_score(b),
            )
        )
    return Explanation(
        kind=doc.kind,
        url=doc.url,
        profile=profile.name,
        profile_origin=profile.origin,
        rules=tuple(ran),
        disabled_rules=tuple(r for r in RULE_NAMES if r in profile.disabled_rules),
        zone=(zone[0], zone[1]) if zone is not None else None,
        blocks=tuple(blocks),
        article=article,
    )


@attrs.frozen(slots=True)
class _Context:
    doc: Document
    seg: Segmentation
    profile: Profile
    article: Article
    zone: tuple[int, int] | None


def _short(text: str, n: int = 70) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


# C0 and C1 control characters and DEL: a page must not drive the terminal (ESC sequences).
_CONTROLS = dict.fromkeys((*range(0x20), *range(0x7F, 0xA0)), "\ufffd")


def _safe(text: str) -> str:
    """``text`` with no control character left (the front ends drop most; this is the terminal's guard)."""
    return text.translate(_CONTROLS)


def _pattern_source(pattern: str, profile: Profile) -> str:
    """Which profile declares ``pattern``: the user's file, else the bundled data."""
    if profile.origin != "bundled" and pattern not in _bundled_patterns():
        return f"profile {profile.name!r}"
    return "bundled profiles" if profile.name == "default" else f"profile {profile.name!r} or the defaults"


def _bundled_patterns() -> frozenset[str]:
    d = default_profile()
    return frozenset(d.boilerplate) | frozenset(" + ".join(p) for p in d.boilerplate_phrases)


def _boilerplate_reason(ctx: _Context, b: Block) -> str:
    from .recognisers.prose import ends_sentence, words

    noise = [h for h in _NOISE_HINTS if h in b.hints]
    if noise:
        return "markup: inside " + " and ".join(_HINT_WORDS[h] for h in noise)
    text = b.text
    for pattern in ctx.profile.boilerplate:
        try:
            if re.fullmatch(pattern, text, re.IGNORECASE):
                return f"matches the boilerplate pattern {pattern!r} ({_pattern_source(pattern, ctx.profile)})"
        except re.error:  # validated at load; a bundled pattern cannot be bad either
            continue
    low = text.lower()
    for parts in ctx.profile.boilerplate_phrases:
        if all(p in low for p in parts):
            phrase = " + ".join(parts)
            return f"holds the boilerplate phrase {phrase!r} ({_pattern_source(phrase, ctx.profile)})"
    if not text[:1].isalnum() and re.fullmatch(r"[\W_]+|(?:\[[^\]]{0,200}\]\s*)+", text):
        return "only symbols or bracketed stand-ins ([IMG], ***)"
    if b.bullet and words(text) <= 6 and not ends_sentence(text):
        return "one of three or more short bullet items in a row (a menu)"
    roles = ctx.seg.roles
    i = b.index
    if 0 < i < len(roles) - 1 and roles[i - 1] == "boilerplate" and roles[i + 1] == "boilerplate":
        return "set tight between two furniture lines (a box: a pitch, an ad)"
    return "page furniture"


def _related_heading(ctx: _Context, b: Block) -> Block | None:
    """The related heading ``b`` sits under (or ``b`` itself)."""
    from .recognisers.furniture import is_related_heading

    blocks, roles = ctx.doc.blocks, ctx.seg.roles
    i = b.index
    while i >= 0 and roles[i] == "related":
        if is_related_heading(blocks[i].text, ctx.profile):
            return blocks[i]
        i -= 1
    return None


def _reason(ctx: _Context, b: Block, role: str, rule: str | None) -> str | None:
    hints = b.hints
    a = ctx.article
    if role == "boilerplate":
        if rule not in (None, "boilerplate"):
            return f"furniture to the {rule} rule"
        return _boilerplate_reason(ctx, b)
    if role == "barrier":
        return "a heading the article does not go on after (comments, most read, footer)"
    if role == "related":
        if "related" in hints:
            return "markup: a related-stories block"
        head = _related_heading(ctx, b)
        if head is b:
            return "a related-stories heading (the profile's related_headings)"
        if head is not None:
            return f"under the related heading {_short(head.text, 40)!r}"
        return "an item of the related-stories block"
    if role == "headline":
        why = "markup marks it as the headline" if "headline" in hints else "the title-like line above the article"
        if a.headline and a.headline != b.text:
            why += f"; the headline reads {_short(a.headline)!r}"
        return why
    if role == "categories":
        labels = [lab for lab in (*a.categories, *a.tags) if lab.lower() in b.text.lower()]
        src = "markup: category links" if "category" in hints or "tag" in hints else "a label line"
        return f"{src}: {', '.join(labels)}" if labels else src
    if role == "byline":
        parts = []
        if a.authors:
            parts.append("by " + ", ".join(a.authors))
        if a.published:
            parts.append(a.published.isoformat())
        src = "markup: byline" if "byline" in hints or "date" in hints else "author and date line"
        return f"{src} ({'; '.join(parts)})" if parts else src
    if role == "credit":
        if a.image_credit and a.image_credit in b.text:
            return f"the lead image's credit: {a.image_credit!r}"
        if a.image_caption and b.text.startswith(a.image_caption[:20]):
            return "the lead image's caption"
        return "an image caption or credit (kept out of the body)"
    if role == "dek":
        return "markup marks it as the standfirst" if "dek" in hints else "the standfirst under the headline"
    if role == "body":
        if ctx.doc.kind == "html" and "main" in hints:
            return "inside the content container the front end chose"
        return "inside the content zone" + _zone_words(ctx)
    # none
    if ctx.zone is None:
        return "no content zone was found"
    lo, hi = ctx.zone
    if not lo <= b.index <= hi:
        return "outside the content zone" + _zone_words(ctx)
    if a.headline and b.text == a.headline:
        return "repeats the headline"
    if b.text in a.body:
        return "repeats a paragraph already in the body"
    return "inside the zone but dropped by the body rule (an inline link line, an author box)"


def _zone_words(ctx: _Context) -> str:
    return f" (blocks {ctx.zone[0]}-{ctx.zone[1]})" if ctx.zone is not None else ""


def render_text(expl: Explanation, *, color: bool = False, width: int = 100) -> str:
    """The explanation for a terminal: one line per block (role, rule, text), the reason
    under it, then the Article. ``color``: ANSI colours by role."""

    def paint(role: str, s: str) -> str:
        return f"\x1b[{_ANSI[role]}m{s}\x1b[0m" if color else s

    counts = ", ".join(f"{role} {n}" for role, n in expl.counts().items() if n)
    zone = f"blocks {expl.zone[0]}-{expl.zone[1]}" if expl.zone is not None else "none"
    lines = [
        f"page: {expl.kind}, {len(expl.blocks)} blocks" + (f", {_safe(expl.url)}" if expl.url else ""),
        f"profile: {_safe(expl.profile)} ({_safe(expl.profile_origin)})",
        "rules: "
        + " > ".join(expl.rules)
        + (f" (disabled: {', '.join(expl.disabled_rules)})" if expl.disabled_rules else ""),
        f"content zone: {zone}",
        f"roles: {counts}",
        "",
    ]
    text_width = max(20, width - 32)
    lines.append(f"{'#':>4} {'zone' if expl.kind == 'text' else '':>6} {'role':<11} {'rule':<11} text")
    previous: tuple[str, str | None] | None = None
    hints: tuple[str, ...] = ()
    for b in expl.blocks:
        rule = b.rule or "-"
        score = f"{b.zone_score:+6.1f}" if expl.kind == "text" else ("  main" if "main" in b.hints else "      ")
        shown = _safe(_short(b.text, text_width))
        lines.append(f"{b.index:>4} {score} {paint(b.role, f'{b.role:<11}')} {rule:<11} {shown}")
        detail = []
        if b.reason and (b.role, b.reason) != previous:  # a run of blocks with one reason: said once
            detail.append(b.reason)
        previous = (b.role, b.reason)
        hints, previous_hints = b.hints, hints
        if len(b.history) > 1:
            detail.append("was " + ", then ".join(f"{role} ({r})" for r, role in b.history[:-1]))
        if b.hints and expl.kind == "html" and b.hints != previous_hints:
            detail.append("markup hints: " + " ".join(b.hints))
        if detail:
            lines.append(" " * 30 + paint("none", _safe("why: " + "; ".join(detail))))
    lines.append("")
    lines.extend(_article_lines(expl.article))
    return "\n".join(lines) + "\n"


def article_summary(article: Article) -> list[tuple[str, str]]:
    """The Article's fields as ``(name, value)`` pairs for display (lists joined)."""
    d = article.to_dict()
    out: list[tuple[str, str]] = []
    for key in (
        "headline",
        "dek",
        "categories",
        "tags",
        "authors",
        "published",
        "image_credit",
        "image_caption",
        "site",
        "url",
    ):
        value = d.get(key)
        if isinstance(value, list):
            value = ", ".join(value)
        out.append((key, value if value else "-"))
    out.append(("body", f"{len(article.body)} paragraphs, {sum(len(p.split()) for p in article.body)} words"))
    out.append(("related", f"{len(article.related)} stories"))
    return out


def _article_lines(article: Article) -> Sequence[str]:
    lines = ["Article:"]
    lines.extend(f"  {k:<14} {_safe(_short(str(v), 90))}" for k, v in article_summary(article))
    return lines
