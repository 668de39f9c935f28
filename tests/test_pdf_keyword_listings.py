"""An input file set in the text font, and a float page's wrapped caption (issue 15, check 47 row 05:
abinit's test_report_elf.pdf, a LaTeX test report).

p. 4 prints an ABINIT input file in roman, one keyword and its values a line ("acell 3*30" / "ecut
100" / … / "prtelf 1 #output a _ELF file."), a matrix's rows under "symrel" ("1 0 0  0 1 0  0 0 1",
each row three pieces a word space apart inside, an em apart between). It read as two prose
paragraphs, the matrix cut out as a table whose cells lost their inner spaces ("100"), the listing
parted at the cut. p. 6 holds only a figure and its two-line caption, centred; its second line was
parted from the first. Pages hand-built in Helvetica with TeX's word spaces (no space glyph), the
expected texts typed by hand as the page prints them."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import code_lines, helvetica_line, helvetica_pages, helvetica_width, tex_line  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

SETTINGS = ["acell 3*30", "ecut 100", "diemac 1.0d0", "iscf 3", "ixc 20", "natom 1", "symrel"]
MATRIX = [["1 0 0", "0 1 0", "0 0 1"], ["-1 0 0", "0 1 0", "0 0 1"], ["1 0 0", "0-1 0", "0 0-1"]]
AFTER = ["tnons 9*0", "prtelf 1 #output a file."]
PROSE = "We observe on the following pictures the result of the program compared to the formula."


def _listing_page() -> bytes:
    """A lead-in, the input file 12 pt a line (the matrix's pieces 30 pt apart), a paragraph under it."""
    rows = [helvetica_line(72, 720, "The standard input file used is the following:", 10)]
    y = 706
    for text in SETTINGS:
        rows.append(tex_line(y, text.split()))
        y -= 12
    for pieces in MATRIX:
        rows += [tex_line(y, piece.split(), 72 + 50 * at) for at, piece in enumerate(pieces)]
        y -= 12
    for text in AFTER:
        rows.append(tex_line(y, text.split()))
        y -= 12
    rows.append(helvetica_line(72, y - 12, PROSE, 10))
    return helvetica_pages([b"\n".join(rows)])


def test_an_input_file_set_in_roman_reads_one_line_a_line_its_matrix_rows_in_place():
    """The input file is one listing, a line for each printed line, the matrix's rows in it with their
    inner spaces; no table is cut from it, and the prose around it stays prose."""
    doc = parse_pdf(_listing_page())[0]
    expected = [*SETTINGS, *("  ".join(row) for row in MATRIX), *AFTER]
    assert [" ".join(line.split()) for line in code_lines(doc)] == [" ".join(e.split()) for e in expected]
    assert not [s for s in doc.spans if s.label == "table"]
    assert "The standard input file used is the following:" in doc.text.split("\n\n")
    assert PROSE in doc.text.split("\n\n")


CAPTION = ["Figure 1.2: Comparison between analytical ELF and ABINIT", "ELF for an isolated H atom."]
BODY = [
    "Then the convergence with the cut-off parameter is shown in the next figure. The thing is that",
    "the convergence seems to be more sensitive to the box parameter than to the cut-off parameter,",
    "at least here for the hydrogen atom. For instance with only a small cut-off but with a box of",
    "ten units we already obtain one everywhere, as the figure on the next page shows for the atom.",
]


def test_a_float_pages_wrapped_caption_continues_the_caption():
    """Page 2 holds only a caption, centred in the column of page 1's justified prose (72 to 523 pt),
    its second line under its first at its left edge: one caption, as on a page of text."""
    prose = [helvetica_line(72, 760 - 12 * at, text, 10, 523) for at, text in enumerate(BODY)]
    x = 72 + (523 - 72 - helvetica_width(CAPTION[0], 9)) / 2
    caption = [helvetica_line(x, 400 - 11 * at, text, 9) for at, text in enumerate(CAPTION)]
    doc = parse_pdf(helvetica_pages([b"\n".join(prose), b"\n".join(caption)]))[0]
    assert " ".join(CAPTION) in doc.text.split("\n\n")
