"""A list item set ragged right whose first line stops short because its next word did not fit
(issue 15, check 50 row 02: bibtool's Changes.pdf, "• Reference card added (prepared for" over
"A4 paper)."). A short line that ends no sentence goes on where the next line, at its start, opens
with a word that would not have fitted after it; an item's next line hangs at its text, right of
its label, and was read as a paragraph of its own, the item torn mid-sentence."""

from __future__ import annotations

from pdf_objects import helvetica_line, helvetica_page, helvetica_width

from sloika.pipelines.formats.pdf import parse_pdf

SIZE, LEADING, LEFT, RIGHT = 10, 12.0, 72.0, 540.0
INTRO = [  # a justified paragraph: the page's measure
    "The changes of this release are listed below, each item on its own, and the items are set ragged",
    "right, as a narrow column of bullets is, so that a line stops short wherever the next word would",
]
INTRO_END = "not fit on it."
ITEM = [
    "• A reference card has been added to the distribution of the tool and to the manual (prepared for",
    "A4-sized paper).",
]
NEXT = "• The manual has been updated."


def test_an_items_line_stopped_short_for_want_of_room_goes_on_at_its_hang():
    hang = LEFT + SIZE  # an itemize list's hang, an em in
    assert LEFT + helvetica_width(ITEM[0], SIZE) < RIGHT - 2 * SIZE  # short of the measure
    rows = [(LEFT, text, RIGHT) for text in INTRO] + [(LEFT, INTRO_END, None)]
    rows += [(LEFT, ITEM[0], None), (hang, ITEM[1], None), (LEFT, NEXT, None)]
    drawn = [helvetica_line(x, 700 - LEADING * at, text, SIZE, end) for at, (x, text, end) in enumerate(rows)]
    (doc,) = parse_pdf(helvetica_page(b"\n".join(drawn)))
    assert doc.text.split("\n\n")[-2:] == [" ".join(ITEM), NEXT]
