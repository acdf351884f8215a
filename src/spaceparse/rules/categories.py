"""Category labels: the label line just above the headline (text) or label links (HTML).

HTML front ends mark label links with the ``category`` hint and keep each link's
text in ``Block.links``; markup labels win over meta tags (``article:section``,
JSON-LD ``articleSection``), which are the fallback at assembly.
"""

from __future__ import annotations

from ..blocks import Document
from ..profiles import Profile
from ..segment import Segmentation
from .labels import label_line

__all__ = ["rule"]


def rule(doc: Document, seg: Segmentation, profile: Profile) -> Segmentation:
    blocks = doc.blocks
    marked = [b for b in blocks if "category" in b.hints]
    if marked:
        labels: list[str] = []
        for b in marked:
            for lab in b.links or (b.text,):
                for piece in label_line(lab, profile) or (lab,):
                    if piece not in labels:
                        labels.append(piece)
        return seg.with_fields(categories=tuple(labels)).with_roles({b.index: "categories" for b in marked})
    h = seg.get("headline_index")
    if h is None:
        return seg
    # Label lines directly above the headline (one per line also counts).
    found: list[tuple[int, tuple[str, ...]]] = []
    i = h - 1
    while i >= 0 and h - i <= 4:
        b = blocks[i]
        if seg.roles[i] not in (None, "boilerplate"):
            break
        labels_here = label_line(b.text, profile)
        # A bullet item is a menu entry, not a label: it neither starts a label run on
        # its own nor joins one found below it (a nav menu right above the label line).
        if labels_here is None or (b.bullet and (len(labels_here) < 2 or found)):
            break
        found.append((i, labels_here))
        i -= 1
    if not found:
        return seg
    found.reverse()
    labels = []
    for _, labs in found:
        for lab in labs:
            if lab not in labels:
                labels.append(lab)
    # A breadcrumb trail starts at "Home": keep what follows it.
    if labels and labels[0].lower() == "home":
        labels = labels[1:]
    return seg.with_fields(categories=tuple(labels)).with_roles({i: "categories" for i, _ in found})
