"""A numbered item whose second line opens with a quantity (issue 15, the thirty-sixth check's row 3,
clm_article.pdf p. 16: "1. The thresholds … have been shifted a constant amount" over "1.53 relative to
the thresholds …"): the line was read as the next item, a paragraph of its own. Pages hand-built,
texts sloika's own."""

from __future__ import annotations

from pdf_objects import HELVETICA, helvetica_line, one_page

from sloika.pipelines.formats.pdf import parse_pdf

RIGHT = 540.0


def _item_page(second: str) -> bytes:
    """A justified paragraph, then two numbered items hanging 14 pt in, the first's second line
    ``second``."""
    content = [
        helvetica_line(
            72, 700, "The model has three readings which complement one another, and each says", 10, RIGHT
        ),
        helvetica_line(72, 688, "something of the data:", 10),
        helvetica_line(
            86,
            664,
            "1. The thresholds at the first condition have been shifted by a constant amount",
            10,
            RIGHT,
        ),
        helvetica_line(100, 652, second, 10),
        helvetica_line(
            86, 634, "2. The latent variable has moved by the same amount in the other condition.", 10
        ),
    ]
    return one_page(b"\n".join(content), [(b"F1", HELVETICA)])


def test_a_quantity_at_the_items_text_goes_on_the_item() -> None:
    (doc,) = parse_pdf(_item_page("1.53 relative to the thresholds at the second condition."))
    assert doc.text.split("\n\n")[1:] == [
        "1. The thresholds at the first condition have been shifted by a constant amount 1.53 relative to"
        " the thresholds at the second condition.",
        "2. The latent variable has moved by the same amount in the other condition.",
    ]


def test_a_numbered_line_at_the_items_text_stays_a_nested_item() -> None:
    """Guard: "1.1. Each …" (a number closed by a dot before a capital) opens an item of its own."""
    (doc,) = parse_pdf(_item_page("1.1. Each threshold moves by that amount."))
    assert "1.1. Each threshold moves by that amount." in doc.text.split("\n\n")


def _paragraph_items_page(second: str) -> bytes:
    """A lead-in and two numbered items set as paragraphs (issue 15, the fifty-fifth check's row 2,
    libtommath's bn.pdf p. 64): each label at the paragraph indent, 15 pt in, the first item's
    second line ``second`` back at the margin, under its label's left."""
    content = [
        helvetica_line(87, 700, "The implementation is split for two different cases:", 10),
        helvetica_line(
            87, 688, "1. if p mod 4 == 3 we apply Handbook of Applied Cryptography algorithm", 10, RIGHT
        ),
        helvetica_line(72, 676, second, 10),
        helvetica_line(87, 664, "2. otherwise we use Tonelli-Shanks algorithm", 10),
    ]
    return one_page(b"\n".join(content), [(b"F1", HELVETICA)])


def test_a_quantity_back_at_the_margin_goes_on_an_item_set_as_a_paragraph() -> None:
    """ "3.36 and compute …" under the full first line of the item "1. if p mod 4 …", left of its
    label: the item's second line (the algorithm's number), not a paragraph of its own."""
    (doc,) = parse_pdf(_paragraph_items_page("3.36 and compute r directly as r = n^((p+1)/4) mod p"))
    assert doc.text.split("\n\n") == [
        "The implementation is split for two different cases:",
        "1. if p mod 4 == 3 we apply Handbook of Applied Cryptography algorithm 3.36 and compute r directly"
        " as r = n^((p+1)/4) mod p",
        "2. otherwise we use Tonelli-Shanks algorithm",
    ]


def test_a_numbered_line_back_at_the_margin_stays_an_item() -> None:
    """Guard: "3. Compute …" (a number closed by a dot before a capital) opens an item of its own."""
    (doc,) = parse_pdf(_paragraph_items_page("3. Compute r directly as r = n^((p+1)/4) mod p"))
    assert "3. Compute r directly as r = n^((p+1)/4) mod p" in doc.text.split("\n\n")
