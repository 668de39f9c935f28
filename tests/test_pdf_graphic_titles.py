"""Titles a page sets over included graphics (issue 15, the forty-seventh check's 4ti2_manual.pdf,
p. 9): two plots side by side, each a Form XObject with no text of its own (pdfminer reads no shape
of the real ones), their titles "Feasible solutions" and "Computed representation" set by the page
over them. No drawing was found, so the titles stood by none and were kept as paragraphs between
"… all integer solutions:" and "Note that in the pictures above, …". Hand-built page; the expected
text written by hand as the page prints it, the titles the drawings'."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import HELVETICA, helvetica_line, helvetica_width, pdf_of, stream  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

LEAD = "This call creates two files which correspond to the explicit description of all integer solutions:"
NOTE = "Note that in the pictures above, we are only interested in the lattice points inside the regions."
PLOTS = [((100, 420, 280, 560), "Feasible solutions"), ((320, 420, 500, 560), "Computed representation")]


def _form(box: tuple[int, int, int, int]) -> bytes:
    """A plot with no text: a filled triangle, its form's box at the origin, as LaTeX includes a
    graphic (the page moves it into place)."""
    width, height = box[2] - box[0], box[3] - box[1]
    shape = b"0 1 1 rg 10 10 m %d %d l %d 10 l f" % (width - 10, height - 10, width - 10)
    return stream(shape, b"/Type /XObject /Subtype /Form /BBox [0 0 %d %d]" % (width, height))


def _page() -> bytes:
    titles = [
        helvetica_line((box[0] + box[2] - helvetica_width(title, 12)) / 2, 568, title, 12)
        for box, title in PLOTS
    ]
    text = [helvetica_line(72, 600, LEAD, 10), *titles, helvetica_line(72, 390, NOTE, 10)]
    placed = [b"q 1 0 0 1 %d %d cm /Fm%d Do Q" % (box[0], box[1], at) for at, (box, _) in enumerate(PLOTS, 1)]
    content = b"\n".join([*placed, *text])
    return pdf_of(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
            b" /Resources << /XObject << /Fm1 5 0 R /Fm2 6 0 R >> /Font << /F1 7 0 R >> >> >>",
            stream(content),
            _form(PLOTS[0][0]),
            _form(PLOTS[1][0]),
            HELVETICA,
        ]
    )


def test_titles_over_included_graphics_are_the_drawings():
    """The text reads the lead-in and the note; each title goes to ``removed``."""
    (doc,) = parse_pdf(_page())
    assert doc.text.split("\n\n") == [LEAD, NOTE]
    removed = [(span.attrs or {}).get("text") for span in doc.layers.get("removed", [])]
    assert all(title in removed for _, title in PLOTS)
