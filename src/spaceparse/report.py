"""The visual report of ``spaceparse explain --html``: one self-contained HTML file.

The page's blocks in order, each coloured by its role with the rule and the reason on it,
and the resulting Article beside them. No external asset, no script (a
Content-Security-Policy forbids both, should anything slip through), every text from
the page escaped with :func:`html.escape`; the only markup is this module's, and the only
class names and colours come from the fixed role vocabulary. Links of the page are shown as
text, never as links (a ``javascript:`` URL stays inert).

Pure: :func:`render_html` returns a string; the CLI writes it.
"""

from __future__ import annotations

from html import escape

from .explain import ROLE_COLOURS, ROLE_NAMES, BlockExplanation, Explanation, article_summary

__all__ = ["render_html"]

_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; form-action 'none'; base-uri 'none'"


def _e(text: object) -> str:
    """Escaped for element content and quoted attribute values alike."""
    return escape(str(text), quote=True)


def _tint(colour: str) -> str:
    """``colour`` (``#rrggbb``) at 15 % over white, for a block's background."""
    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    mix = [round(255 - (255 - c) * 0.15) for c in (r, g, b)]
    return "#" + "".join(f"{c:02x}" for c in mix)


def _css() -> str:
    roles = "\n".join(
        f".role-{role} {{ border-left-color: {colour}; background: {_tint(colour)}; }}\n"
        f".role-{role} .label, .chip.role-{role} {{ background: {colour}; color: {'#000' if role in ('related', 'none') else '#fff'}; }}"
        for role, colour in ROLE_COLOURS.items()
    )
    return f"""
* {{ box-sizing: border-box; }}
body {{ font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 0; color: #212121; background: #fafafa; }}
header {{ padding: 12px 20px; background: #263238; color: #eceff1; }}
header h1 {{ font-size: 18px; margin: 0 0 4px; }}
header dl {{ display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 6px 0 0; font-size: 13px; }}
header dt {{ color: #90a4ae; }}
header dd {{ margin: 0; word-break: break-all; }}
.legend {{ padding: 8px 20px; background: #eceff1; border-bottom: 1px solid #cfd8dc; }}
.chip {{ display: inline-block; margin: 2px 4px 2px 0; padding: 1px 8px; border-radius: 10px; font-size: 12px; font-weight: 600; }}
main {{ display: grid; grid-template-columns: minmax(0, 3fr) minmax(280px, 2fr); gap: 20px; padding: 16px 20px; }}
ol.blocks {{ list-style: none; margin: 0; padding: 0; }}
.block {{ border-left: 6px solid; margin: 0 0 6px; padding: 6px 10px; border-radius: 3px; }}
.block .meta {{ font-size: 12px; color: #455a64; display: flex; flex-wrap: wrap; gap: 6px; align-items: baseline; }}
.block .label {{ font-weight: 700; padding: 0 6px; border-radius: 3px; text-transform: uppercase; font-size: 11px; letter-spacing: .03em; }}
.block .idx {{ font-variant-numeric: tabular-nums; color: #78909c; }}
.block .rule {{ font-family: ui-monospace, monospace; }}
.block .text {{ margin: 4px 0 0; white-space: pre-wrap; overflow-wrap: anywhere; }}
.block .why {{ margin: 2px 0 0; font-size: 12px; color: #546e7a; font-style: italic; }}
.block.out {{ opacity: .75; }}
aside.article {{ position: sticky; top: 0; align-self: start; max-height: 100vh; overflow: auto; background: #fff; border: 1px solid #cfd8dc; border-radius: 4px; padding: 12px 16px; }}
aside.article h2 {{ font-size: 16px; margin: 0 0 8px; }}
aside.article dl {{ display: grid; grid-template-columns: max-content 1fr; gap: 4px 10px; margin: 0; }}
aside.article dt {{ font-weight: 600; color: #455a64; }}
aside.article dd {{ margin: 0; overflow-wrap: anywhere; }}
aside.article h3 {{ font-size: 14px; margin: 14px 0 6px; }}
aside.article .body p {{ margin: 0 0 8px; }}
aside.article .related li {{ margin-bottom: 4px; }}
{roles}
"""


def _block(b: BlockExplanation, kind: str) -> str:
    meta = [f'<span class="idx">#{b.index}</span>', f'<span class="label">{_e(b.role)}</span>']
    if b.rule:
        meta.append(f'<span class="rule">rule: {_e(b.rule)}</span>')
    meta.append(f'<span class="kind">&lt;{_e(b.kind)}&gt;</span>' if kind == "html" else "")
    if kind == "text":
        meta.append(f'<span class="score">zone score {b.zone_score:+.1f}</span>')
    if b.hints:
        meta.append(f'<span class="hints">hints: {_e(" ".join(b.hints))}</span>')
    why = []
    if b.reason:
        why.append(_e(b.reason))
    if len(b.history) > 1:
        why.append("was " + _e(", then ".join(f"{role} ({rule})" for rule, role in b.history[:-1])))
    out = "" if b.in_zone else " out"
    return (
        f'<li class="block role-{b.role}{out}" data-role="{b.role}" id="b{b.index}">'
        f'<div class="meta">{"".join(meta)}</div>'
        f'<p class="text">{_e(b.text)}</p>' + (f'<p class="why">{"; ".join(why)}</p>' if why else "") + "</li>"
    )


def _article(expl: Explanation) -> str:
    a = expl.article
    rows = "".join(f"<dt>{_e(k)}</dt><dd>{_e(v)}</dd>" for k, v in article_summary(a))
    body = "".join(f"<p>{_e(p)}</p>" for p in a.body) or "<p>(no body)</p>"
    related = "".join(
        f"<li>{_e(r.headline or '-')}"
        + (f" <small>({_e(', '.join(r.categories))})</small>" if r.categories else "")
        + (f"<br><small>{_e(r.url)}</small>" if r.url else "")
        + "</li>"
        for r in a.related
    )
    return (
        '<aside class="article" id="article"><h2>Article</h2>'
        f"<dl>{rows}</dl>"
        f'<h3>Body</h3><div class="body">{body}</div>'
        + (f'<h3>Related</h3><ol class="related">{related}</ol>' if related else "")
        + "</aside>"
    )


def render_html(expl: Explanation) -> str:
    """The report for ``expl`` as one HTML document (UTF-8 text)."""
    counts = expl.counts()
    title = expl.article.headline or expl.url or "page"
    zone = f"blocks {expl.zone[0]}–{expl.zone[1]}" if expl.zone is not None else "none found"
    facts = [
        ("page", f"{expl.kind}, {len(expl.blocks)} blocks"),
        ("url", expl.url or "-"),
        ("profile", f"{expl.profile} ({expl.profile_origin})"),
        (
            "rules",
            " › ".join(expl.rules) + (f" (disabled: {', '.join(expl.disabled_rules)})" if expl.disabled_rules else ""),
        ),
        ("content zone", zone),
    ]
    legend = "".join(
        f'<span class="chip role-{role}" data-role="{role}">{_e(role)} {counts[role]}</span>' for role in ROLE_NAMES
    )
    blocks = "".join(_block(b, expl.kind) for b in expl.blocks)
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<meta name="referrer" content="no-referrer">'
        f"<title>spaceparse explain: {_e(title)}</title>"
        f"<style>{_css()}</style></head><body>"
        f"<header><h1>How spaceparse read: {_e(title)}</h1>"
        "<dl>" + "".join(f"<dt>{_e(k)}</dt><dd>{_e(v)}</dd>" for k, v in facts) + "</dl></header>"
        f'<div class="legend" id="legend">{legend}</div>'
        f'<main><ol class="blocks" id="blocks">{blocks}</ol>{_article(expl)}</main>'
        "</body></html>\n"
    )
