"""A numbered item whose line ends inside a range of numbers ("…explained in sections 3–") and whose
next line opens with the range's end and a stop ("5. You are to specify …") goes on: the number is
no next item's label (issue 15, the fiftieth check: pmhanguljamo-doc.pdf p. 2, item 1 torn in two,
its second half read as item 5). Pages hand-built (helpers of test_pdf_item_quantity_line), texts
sloika's own."""

from __future__ import annotations

from pdf_objects import HELVETICA, helvetica_line, one_page

from sloika.pipelines.formats.pdf import parse_pdf

RIGHT = 540.0


def _items(first: str, second: str) -> bytes:
    """A lead-in, then two numbered items hanging 14 pt in, the first of two lines."""
    content = [
        helvetica_line(72, 700, "The package takes the following options in the preamble:", 10),
        helvetica_line(86, 676, first, 10, RIGHT),
        helvetica_line(100, 664, second, 10),
        helvetica_line(
            86, 646, "2. A font for the letters, which is the main font when it is not given.", 10
        ),
    ]
    return one_page(b"\n".join(content), [(b"F1", HELVETICA)])


def test_the_end_of_a_range_at_the_items_text_goes_on_the_item() -> None:
    first = "1. The input method of the standard, else the default one, which is explained in sections 3–"
    (doc,) = parse_pdf(_items(first, "5. You are to specify just one of them in a document."))
    assert doc.text.split("\n\n")[1:] == [
        f"{first}5. You are to specify just one of them in a document.",
        "2. A font for the letters, which is the main font when it is not given.",
    ]


def test_a_numbered_line_under_an_item_ending_in_a_word_stays_an_item() -> None:
    """Guard: under an item whose line ends a sentence, "2." opens the next item."""
    first = "1. The input method of the standard, else the default one, as the sections below explain."
    (doc,) = parse_pdf(_items(first, "3. A size for the letters, the main size when it is not given."))
    assert doc.text.split("\n\n")[1:3] == [
        first,
        "3. A size for the letters, the main size when it is not given.",
    ]
