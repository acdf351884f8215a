"""Segmentation: an ordered, named list of pure rules over a document's blocks.

Each rule is ``(doc, seg, profile) -> seg``: it reads the blocks and what earlier
rules decided (block roles and extracted fields, a :class:`~spaceparse.segmentation.Segmentation`)
and returns a new one; nothing is mutated. :func:`rules` gives the order; a profile
may disable rules by name (``disabled_rules = [...]`` in its data file).

    boilerplate -> zone -> related -> headline -> categories -> byline -> credit -> dek -> body

The rule modules are imported on the first parse, not by ``import spaceparse``.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

from .blocks import Document
from .profiles import Profile
from .segmentation import ROLES, RULE_NAMES, Role, Segmentation

__all__ = ["ROLES", "RULE_NAMES", "Role", "Rule", "Segmentation", "rules", "segment"]

Rule = Callable[[Document, Segmentation, Profile], Segmentation]


@functools.cache
def rules() -> tuple[tuple[str, Rule], ...]:
    """The rules in order, as ``(name, function)`` pairs (imported on first use)."""
    from .rules import body, boilerplate, byline, categories, credit, dek, headline, related, zone

    table: dict[str, Rule] = {
        "boilerplate": boilerplate.rule,
        "zone": zone.rule,
        "related": related.rule,
        "headline": headline.rule,
        "categories": categories.rule,
        "byline": byline.rule,
        "credit": credit.rule,
        "dek": dek.rule,
        "body": body.rule,
    }
    return tuple((name, table[name]) for name in RULE_NAMES)


def segment(doc: Document, profile: Profile) -> Segmentation:
    """Run every enabled rule in order and return the final segmentation."""
    seg = Segmentation.empty(len(doc.blocks))
    disabled = profile.disabled_rules
    for name, rule in rules():
        if name in disabled:
            continue
        seg = rule(doc, seg, profile)
    return seg
