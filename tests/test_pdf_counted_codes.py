"""A list of codes counted "0", "1", "2", each set a tab left of its item, the items opening in lower
case (issue 15, twenty-seventh check, dylp.pdf p. 77): pdfminer read each number as a line of its
own, the numbers went as ``numbers_only`` debris and the items ran into one paragraph. A bare whole
number beside a line of words, with the number before or after it in its column, is the item's
label. Page hand-built, sentences sloika's own, expected text typed by hand."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from test_pdf_authors_and_floats import _justified, _parse, _width  # noqa: E402

from sloika.pipelines.formats.pdf_line_record import Line  # noqa: E402
from sloika.pipelines.formats.pdf_pieces import _counted

LEAD = "The search can follow one of three strategies, chosen by the following whole numbers:"
ITEMS = [
    ("0", ["plain search over all the candidates (see the section before)"]),
    ("1", ["weighted search; the candidate chosen for the largest gain in the value of the", "objective"]),
    ("2", ["weighted search; the candidate chosen for the smallest loss of the bound"]),
]
AFTER = "The strategy in use is kept in the state of the solver and may change while it runs."


def _page() -> list[str]:
    """The lead-in, the items (numbers at 132 pt, their lines at 155 pt, a wrapped line under its
    item's text) and a sentence after them."""
    page = [_justified(132, 760, LEAD, _width(LEAD))]
    y = 740
    for number, lines in ITEMS:
        page.append(_justified(132, y, number, _width(number)))
        for line in lines:
            page.append(_justified(155, y, line, _width(line)))
            y -= 12
        y -= 4
    page.append(_justified(132, y - 10, AFTER, _width(AFTER)))
    return page


def test_each_code_stays_with_its_item():
    doc = _parse([_page()])
    assert doc.text.split("\n\n") == [
        LEAD,
        "0 plain search over all the candidates (see the section before)",
        "1 weighted search; the candidate chosen for the largest gain in the value of the objective",
        "2 weighted search; the candidate chosen for the smallest loss of the bound",
        AFTER,
    ]
    assert not [span for span in doc.layers.get("removed", []) if span.attrs.get("why") == "numbers_only"]


def _line(text: str, x0: float, top: float) -> Line:
    return Line(0, text, x0, x0 + 6 * len(text), top, top + 10, 10.0, 792.0)


def test_a_counted_label_opens_its_row_beside_the_number_before_or_after_it():
    """Hand-built lines: "2" under "1" in one column is a label; without a neighbour, or with a
    name left of it on its row (a table of codes beside their names), it is not."""
    two, one = _line("2", 132, 300), _line("1", 132, 280)
    assert _counted(two, [one, two])
    assert not _counted(two, [_line("4", 132, 280), two])  # no count
    assert not _counted(two, [_line("1", 150, 280), two])  # another column
    assert not _counted(two, [one, _line("EXHAUSTED", 40, 300), two])  # a table's column of codes
