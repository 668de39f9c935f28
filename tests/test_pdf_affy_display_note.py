"""A footnote marked in a sentence that runs on into a display (issue 15, the forty-ninth check's
row 1, affy.pdf p. 20): "The cel intensity with physical coordinates³ (x, y) will be in row" over
the centred display "i = x + nrow × (y − 1)", the sentence's stop set at the start of the line under
it (". The ncol and nrow slots …"). Footnote 3 was placed between the sentence and its display, and
". The ncol …" made a paragraph of its own. The display goes on with its stop, and the note waits
for the sentence's paragraph to end. Sentences sloika's own; expected texts written by hand."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import helvetica_line, helvetica_page  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

NOTE = "Note that the file counts its rows from zero while the package counts them from one."


AFTER = [
    ". The slots hold the size of the array, which differs from the size of the matrix that",
    "we read before, since the matrix has one row for each cell of the array and one column",
    "for each array. We advise the use of the functions that shuttle from the coordinates",
    "to the indices and back.",
]


def _text() -> str:
    rows = [
        helvetica_line(
            72, 760, "The matrix has one column for each array that was read and one row for each", 10, 540
        ),
        b"BT /F1 10 Tf 72 748 Td (cell on the array. The cell with coordinates) Tj /F1 7 Tf 4 Ts (3) Tj"
        b" 0 Ts /F1 10 Tf ( \\(x, y\\) will be in row) Tj ET",
        helvetica_line(250, 726, "i = x + nrow * (y - 1)", 10),
        *(
            helvetica_line(72, 704 - 12 * at, text, 10, 540 if at < 3 else None)
            for at, text in enumerate(AFTER)
        ),
        helvetica_line(
            72, 640, "A second paragraph comes after the first one and says something else here.", 10
        ),
        b"BT /F1 6 Tf 72 111 Td (3) Tj ET",
        helvetica_line(76, 108, NOTE, 8),
    ]
    return parse_pdf(helvetica_page(b"\n".join(rows)))[0].text


def test_a_note_marked_before_a_display_follows_the_sentence_it_runs_into():
    paragraphs = _text().split("\n\n")
    assert paragraphs[1].startswith("i = x + nrow * (y - 1). The slots hold the size of the array")
    assert paragraphs[2] == NOTE
    assert paragraphs[3].startswith("A second paragraph")
