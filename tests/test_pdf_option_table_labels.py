"""An option table's labels read each before its own description (issue 15, the fifty-ninth check's
row 4: the CTSim 3.5 manual, pp. 31, 33, 52). Each option's label stands in a column of its own on
the baseline of its description's first line, the description a block of lines right of the labels.
pdfminer read two labels far apart as one box, and they stood together, the first over the second's
description ("Filter Method" / "Interpolation" / "Selects the filtering method. …"). Pages and lines
hand-built, sentences sloika's own, expected texts typed by hand."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import HELVETICA, HELVETICA_BOLD, helvetica_line, one_page, text_row  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

BOLD = [(b"F1", HELVETICA), (b"F2", HELVETICA_BOLD)]
INTRO = "The dialog sets the parameters for the reading of the files, and each of them is told below."
OPTIONS = [
    (
        "Row Method",
        [
            "Picks the method that the rows are filtered with. For a large number",
            "of rows the transform is faster, and for a small one the sum is. The",
            "menu shows the two of them only, the others are shown when the",
            "options for experts are turned on in the dialog of the settings.",
        ],
    ),
    (
        "Interpolation",
        [
            "Picks how the values between two samples are found while they are",
            "summed back. The cubic is best when the data are smooth, and the",
            "data are smooth when many rows are taken or a window is used;",
            "the linear one is better for rough data and it is faster as well.",
        ],
    ),
]


def _option_table() -> bytes:
    """``INTRO`` over the ``OPTIONS``: each label in bold at 78 pt on its description's first
    baseline, the description at 204 pt justified to 510 pt (its last line ragged), a blank line
    between the two options. pdfminer reads the two labels as one box, before the descriptions."""
    rows, y = [text_row(72, 720, INTRO)], 696.0
    for label, lines in OPTIONS:
        rows.append(text_row(78, y, label, 10, b"F2"))
        for number, line in enumerate(lines, 1):
            rows.append(helvetica_line(204, y, line, 10, None if number == len(lines) else 510))
            y -= 13
        y -= 14
    return one_page(b"\n".join(rows), BOLD)


def test_labels_read_as_one_box_go_each_before_its_description():
    """Each label goes before its own description, not over the next label (fails before: "Row
    Method" / "Interpolation" / "Picks the method …" / "Picks how …")."""
    assert parse_pdf(_option_table())[0].text.split("\n\n") == [
        INTRO,
        "Row Method",
        "Picks the method that the rows are filtered with. For a large number of rows the transform is "
        "faster, and for a small one the sum is. The menu shows the two of them only, the others are "
        "shown when the options for experts are turned on in the dialog of the settings.",
        "Interpolation",
        "Picks how the values between two samples are found while they are summed back. The cubic is best "
        "when the data are smooth, and the data are smooth when many rows are taken or a window is used; "
        "the linear one is better for rough data and it is faster as well.",
    ]


LEFT = ["Coffee", "Tea", "Juice"]
RIGHT = [
    "and the prices of the drinks are set by the shop at the start of the year,",
    "so that the list on the wall stays the same for all of the months after it,",
    "while the cakes are priced each week by the baker who brings them in.",
]


def test_short_lines_of_a_left_column_beside_a_right_column_s_lines_stay():
    """Three short lines at the left, each on the baseline of a right-hand line, the right-hand lines
    one under the other at the leading: a column of text runs down beside them, no description opens
    on their rows; drawn left lines first, they stay where read."""
    rows = [text_row(78, 700 - 13 * at, word, 10, b"F2") for at, word in enumerate(LEFT)]
    rows += [text_row(204, 700 - 13 * at, line) for at, line in enumerate(RIGHT)]
    text = parse_pdf(one_page(b"\n".join(rows), BOLD))[0].text
    assert text.index("Juice") < text.index("and the prices")
