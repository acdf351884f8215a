"""The block stream: the hint index rules read marks from."""

from __future__ import annotations

import attrs

from spaceparse.api import parse_document
from spaceparse.blocks import Block, Document


def _doc(kind: str = "text") -> Document:
    texts = [
        ("Menu", frozenset({"nav"})),
        ("Engines Pass Their Last Test Before Flight", frozenset({"headline"})),
        ("By Ana Ruiz", frozenset({"byline"})),
        ("The engines passed their last test on Monday, the agency said, clearing the way for a flight.", frozenset()),
        ("A second paragraph says what comes next for the rocket and its crew, in a few words more.", frozenset()),
        ("Contact", frozenset({"nav", "footer"})),
    ]
    blocks = tuple(Block(index=i, text=t, hints=h) for i, (t, h) in enumerate(texts))
    return Document(blocks=blocks, kind=kind)


def test_hint_index_lists_blocks_in_page_order() -> None:
    doc = _doc()
    assert [b.index for b in doc.with_hint("nav")] == [0, 5]
    assert [b.index for b in doc.with_hint("headline")] == [1]
    assert doc.with_hint("related") == ()
    # Derived, not part of equality, and rebuilt when the blocks change.
    assert doc == attrs.evolve(doc)
    later = attrs.evolve(doc, blocks=doc.blocks[:5])
    assert [b.index for b in later.with_hint("nav")] == [0]


def test_marks_on_a_hand_built_document_are_honoured() -> None:
    article = parse_document(_doc())
    assert article.headline == "Engines Pass Their Last Test Before Flight"
    assert article.authors == ("Ana Ruiz",)
    assert article.body[0].startswith("The engines passed")


def test_blocks_compare_and_hash_by_every_field() -> None:
    a = Block(0, "Text", hints=frozenset({"main"}), links=("x",), start=3)
    assert a == Block(0, "Text", hints=frozenset({"main"}), links=("x",), start=3)
    assert hash(a) == hash(Block(0, "Text", hints=frozenset({"main"}), links=("x",), start=3))
    for other in (
        Block(1, "Text"),
        Block(0, "Text", bullet=True),
        Block(0, "Text", group=2),
        Block(0, "Text", start=4),
    ):
        assert a != other
    assert "text='Text'" in repr(a) and "start=3" in repr(a)


def test_a_line_block_is_the_block_of_its_arguments() -> None:
    from spaceparse.blocks import line_block

    assert line_block(2, "A line", 1, 3, True, 40) == Block(2, "A line", "line", 1, 3, True, start=40)
