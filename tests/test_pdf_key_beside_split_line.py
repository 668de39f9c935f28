"""A description list's entry whose justified line pdfminer split at its stretched space after a
stop, beside the entry's key (issue 15, twenty-seventh check, dylp.pdf p. 75): the key, the
sentence's end and the next sentence's first words stood as three cells of one row, the list read as
a ``table`` and the line under the row was left alone in the text. The two halves are one line, and
the entry reads whole. Page hand-built, sentences sloika's own, expected text typed by hand."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from test_pdf_authors_and_floats import _justified, _parse, _width  # noqa: E402

ABOVE = [
    "The function takes the following arguments, each described with what it holds on input and",
    "on output; the arguments marked as both may be left out, and the function then makes its own.",
]
BELOW = "The options that change how the weights are found are described in the next section of the guide."


def _entry_page(gap: float) -> list[str]:
    """Prose, then an entry: its key ``w`` (9 pt) and its line, then "(i)" and "(o)" with their lines, the
    "(o)" line split ``gap`` em after its full stop, its last line under it, then prose again; the
    prose and the split line are set to one width, as TeX justifies them."""
    left, right = "The weights of the samples, in the order in which the input gives them.", "If none was"
    x = 157 + _width(left) + 10 * gap
    width = x + _width(right) - 72
    page = [_justified(72, 760 - 14 * at, line, width) for at, line in enumerate(ABOVE)]
    page.append("BT /F1 9 Tf 0 Tw 104 720 Td (w) Tj ET")  # the key, set a size under the text
    rows = [(132, 720, "A vector to hold the weights of the samples.")]
    rows += [(132, 705, "(i)"), (157, 705, "A vector can be passed in to give the starting weights.")]
    rows += [(132, 690, "(o)"), (157, 690, left), (x, 690, right)]
    rows.append((157, 678, "passed in, the function will make one for the result."))
    page += [_justified(x0, y, text, _width(text)) for x0, y, text in rows]
    page.append(_justified(72, 650, BELOW, width))
    return page


def test_the_halves_of_a_line_beside_its_key_read_as_one_line():
    doc = _parse([_entry_page(0.76)])
    paragraphs = doc.text.split("\n\n")
    assert (
        "(o) The weights of the samples, in the order in which the input gives them. If none was"
        " passed in, the function will make one for the result."
    ) in paragraphs
    assert "A vector can be passed in to give the starting weights." in paragraphs
    assert paragraphs[-1] == BELOW
    rows = [row for span in doc.spans if span.label == "table" for row in span.attrs["rows"]]
    assert not any("weights" in cell for row in rows for cell in row)  # the key alone may stand there
