"""Drawn boxes the table finders read as tables, now that every table stands in the text (issue 15,
issue-tabjunk52): feynmf.pdf's flow diagrams of files in frames joined by arrows read across as one
table ("% foo.tex | % fd.mf -- do not edit"), and 4ti2_manual.pdf's "affine.lat" box beside its
"affine.sign" box read as one table whose rows mixed the two files'. Hand-built pages; each
expected text written by hand as the page prints it."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import escaped, helvetica_line, helvetica_page, removed_texts  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

LEAD = "The files of a run depend on each other as the figure below shows."
AFTER = "Each pass of the program writes the files the next pass reads again."


def _text(x: float, y: float, text: str) -> bytes:
    return b"BT /F1 10 Tf %.1f %.1f Td (%s) Tj ET" % (x, y, escaped(text))


def _frame(x0: float, y0: float, x1: float, y1: float) -> bytes:
    return b"0.4 w %.1f %.1f %.1f %.1f re S" % (x0, y0, x1 - x0, y1 - y0)


def _arrow(x0: float, y0: float, x1: float, y1: float) -> bytes:
    return b"0.4 w %.1f %.1f m %.1f %.1f l S" % (x0, y0, x1, y1)


def _diagram() -> list[bytes]:
    """Two files' boxes side by side, joined by an arrow aslant, and a box under the right one an
    arrow aslant reaches: the lines of each file set on rows the other's share."""
    left = ["% foo.tex", "\\usepackage{feynmf}", "\\begin{fmffile}{fd}"]
    right = ["% fd.mf -- do not edit", "input feynmf", "vinit;"]
    parts = [_frame(100, 600, 220, 680), _frame(330, 600, 480, 680), _frame(300, 520, 390, 560)]
    parts += [_text(104, 664 - 14 * at, line) for at, line in enumerate(left)]
    parts += [_text(334, 664 - 14 * at, line) for at, line in enumerate(right)]
    parts += [_text(304, 544, "LaTeX labels"), _text(304, 530, "fd.log")]
    parts += [_arrow(220, 640, 330, 650), _arrow(400, 600, 360, 560), _text(240, 654, "latex foo")]
    return parts


def test_boxes_joined_by_arrows_are_a_figure():
    """Files in frames joined by lines drawn aslant are a flow diagram: none of its text stands in
    the text, as a table or as lines (the sentences round it read on as one paragraph); its boxes'
    lines and the arrow's label go as `figure`."""
    content = [helvetica_line(72, 720, LEAD, 10), *_diagram(), helvetica_line(72, 480, AFTER, 10)]
    doc = parse_pdf(helvetica_page(b"\n".join(content)))[0]
    assert doc.text == f"{LEAD} {AFTER}"
    assert "% fd.mf -- do not edit" in removed_texts(doc, "figure")
    assert "LaTeX labels" in removed_texts(doc, "figure")


def _files(edges: tuple[float, ...], across: tuple[float, ...]) -> list[bytes]:
    top, bottom = across[0], across[-1]
    rules = [b"0.4 w %.1f %.1f m %.1f %.1f l S" % (edges[0], y, edges[-1], y) for y in across]
    return rules + [b"0.4 w %.1f %.1f m %.1f %.1f l S" % (x, top, x, bottom) for x in edges]


def test_file_boxes_side_by_side_on_rows_of_their_own_read_one_after_the_other():
    """Two files' boxes ruled side by side, the right file's rows set higher than the left's, none
    on a row of the other: each box is read whole, its name over its rows, the left box first."""
    box = _files((100, 200, 300), (712, 694, 630))
    box += [_text(104, 700, "affine.lat"), _text(204, 700, "affine.sign")]
    box += [_text(110, 676, "2"), _text(130, 676, "4")]
    box += [_text(110, 662, "1 -1 1 0"), _text(110, 648, "2 -3 0 1")]
    box += [_text(210, 683, "1 4"), _text(210, 669, "1 2 2 0")]
    content = [helvetica_line(72, 740, "We create the following input files:", 10), *box]
    content.append(helvetica_line(72, 600, "and then call the solver.", 10))
    doc = parse_pdf(helvetica_page(b"\n".join(content)))[0]
    assert doc.text.split("\n\n") == [
        "We create the following input files:",
        "affine.lat\n2 4\n1 -1 1 0\n2 -3 0 1",
        "affine.sign\n1 4\n1 2 2 0",
        "and then call the solver.",
    ]
