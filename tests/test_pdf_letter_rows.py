"""A diagram of boxes drawn in letters whose middle rows are pieces set side by side ("BC" and "D"
on one row under "AAAAAA"; issue 15, the twenty-seventh check's row 1). Short pieces one under the
other read as a word written down the margin (``letter_column``) and the rows were cut out of the
diagram. All texts here are written for the tests."""

from __future__ import annotations

from pdf_objects import COURIER, HELVETICA, code_line, code_lines, one_page

from sloika.pipelines.formats.pdf import parse_pdf

LEAD = "If you align five boxes A, B, C, D and E one under the other, like this:"
AFTER = "and B, C and D stretch, the row of B and C takes two thirds of the space."


def test_a_diagram_row_of_pieces_side_by_side_stays():
    rows = [["AAAAAA"], ["AAAAAA"], ["BC", "D"], ["BC", "D"], ["EEEEEE"], ["EEEEEE"]]
    content = [f"BT /F1 10 Tf 72 700 Td ({LEAD}) Tj ET".encode()]
    for at, pieces in enumerate(rows):
        for column, piece in zip([0, 5], pieces, strict=False):
            content.append(code_line(86 + 6 * column, 686 - 12 * at, piece, 10))
    content.append(f"BT /F1 10 Tf 72 {686 - 12 * len(rows) - 4} Td ({AFTER}) Tj ET".encode())
    parsed = parse_pdf(one_page(b"\n".join(content), [(b"F1", HELVETICA), (b"F2", COURIER)]))[0]
    assert code_lines(parsed) == ["AAAAAA", "AAAAAA", "BC   D", "BC   D", "EEEEEE", "EEEEEE"]
