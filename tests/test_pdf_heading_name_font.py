"""A numbered heading that sets names in another face between its bold words (issue 15,
twenty-sixth check row 4: a pdfTeX manual's "10.11 Comparing GrB_assign and GxB_subassign", the
names in cmss12 at the heading's size). The line was taken for a bold run-in term and its
definition, and the heading parted at the first name: "10.11 Comparing" / "GrB_assign and …". A
definition's text goes on in its own font; a heading goes back to bold after the name. All texts
here are written for the tests."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import HELVETICA, escaped, helvetica_line, one_page, tex_font  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

RIGHT = 540.0
BOLD = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
SANS = tex_font(b"IHFTQR+CMSS12", b"")  # the names' face, as pdfTeX names cmss
FONTS = [(b"F1", HELVETICA), (b"F2", BOLD), (b"S", SANS)]
BODY = [
    "The functions of this section assign a matrix to a part of another one, and both of them take",
    "a mask that says which entries of the output the assignment may change in the end.",
]
AFTER = [
    "The two operations are very similar, but they differ in the size of their mask and in what",
    "happens to the entries of the output matrix outside of the part that is assigned to.",
]


def _runs(y: float, runs: list[tuple[bytes, str]]) -> bytes:
    """One line of 14 pt text at (72, y), each run in its font."""
    shown = b" ".join(b"/%s 14 Tf (%s) Tj" % (font, escaped(text)) for font, text in runs)
    return b"BT 72 %.1f Td %s ET" % (y, shown)


def _paragraph(y: float, rows: list[str]) -> bytes:
    return b" ".join(
        helvetica_line(72, y - 12 * at, row, 10, RIGHT if at < len(rows) - 1 else None)
        for at, row in enumerate(rows)
    )


def _page(heading: list[tuple[bytes, str]]) -> bytes:
    content = _paragraph(700, BODY) + b" " + _runs(660, heading) + b" " + _paragraph(636, AFTER)
    return one_page(content, FONTS)


def test_a_numbered_heading_with_names_in_another_face_stays_whole():
    """ "10.11 Comparing" in bold, "Name_assign" in sans, " and " in bold, "Name_subassign" in sans:
    one heading."""
    heading = [(b"F2", "10.11 Comparing "), (b"S", "Name_assign"), (b"F2", " and "), (b"S", "Name_subassign")]
    (doc,) = parse_pdf(_page(heading))
    assert doc.text.split("\n\n") == [
        " ".join(BODY),
        "10.11 Comparing Name_assign and Name_subassign",
        " ".join(AFTER),
    ]


def test_a_numbered_lines_bold_term_before_its_definition_still_parts():
    """ "2.1 Assign" in bold, then "Writes a part of the matrix." in the text's face: a run-in term
    and its definition, parted as before."""
    heading = [(b"F2", "2.1 Assign "), (b"S", "Writes a part of the matrix from another one.")]
    (doc,) = parse_pdf(_page(heading))
    assert doc.text.split("\n\n")[1:3] == ["2.1 Assign", "Writes a part of the matrix from another one."]


def test_a_numbered_heading_that_ends_on_a_name_in_another_face_stays_whole():
    """ "3.2 Estimating a maximum in" in bold, "Iso" in sans at the line's end (r-cran-iso's
    algorithm.pdf, p. 6): the package's name ends the heading; the heading parted before it as if
    it were a definition's first word, "3.2 Estimating a maximum in" / "Iso"."""
    heading = [(b"F2", "3.2 Estimating a maximum in "), (b"S", "Iso")]
    (doc,) = parse_pdf(_page(heading))
    assert doc.text.split("\n\n") == [" ".join(BODY), "3.2 Estimating a maximum in Iso", " ".join(AFTER)]
