"""A listing going on overleaf in a one-sided manual whose pages start their prose at 97 or 119 pt
by what they hold (issue 15, issue-pdf134's regression in mpi4py.pdf): the odd pages' margin vote
went 97, the even pages' 119, and an ``if`` body going on overleaf moved 4 columns. Sides have
margins of their own only where each side's is rare on the other. Texts written for this test;
expected values by hand."""

from __future__ import annotations

from pdf_objects import COURIER, HELVETICA, code_line, font_pages, helvetica_line

from sloika.pipelines.formats.pdf import parse_pdf

PROSE = "The processes of a communicator exchange their data by messages."
LISTING = [
    "if rank == 0:",
    "    data = {'a': 7, 'b': 3.14}",
    "    comm.send(data, dest=1, tag=11)  # to the worker",
    "else:",
    "    data = comm.recv(source=0)",
]


def _page(x: float, code: list[str] = (), code_top: float = 760.0) -> bytes:
    """Six long prose lines at ``x`` (none when ``code_top`` is the page's top), then ``code`` in
    Courier from ``code_top``, its columns 6 pt apart from 97 pt (a listing inside a list item)."""
    out = [] if code_top == 760.0 and code else [helvetica_line(x, 760 - 12 * i, PROSE, 10) for i in range(6)]
    for i, text in enumerate(code):
        stripped = text.lstrip(" ")
        out.append(code_line(97 + 6 * (len(text) - len(stripped)), code_top - 12 * i, stripped, 10))
    return b"\n".join(out)


def test_a_listing_overleaf_in_a_one_sided_layout_keeps_its_indentation():
    """Pages 1–8 start at 119, 97, 119, 97, 97, 119, 119 and (code only) none: the even-numbered
    side votes 97 by two pages to one, the odd side 119 by three to one, though either margin shows
    on both sides; the listing starts at page 7's foot and goes on atop page 8."""
    pages = [_page(x) for x in (119, 97, 119, 97, 97, 119)]
    pages += [_page(119, LISTING[:2], code_top=96.0), _page(119, LISTING[2:])]
    (doc,) = parse_pdf(font_pages(pages, [(b"F1", HELVETICA), (b"F2", COURIER)]))
    code = [doc.text[s.start : s.end] for s in doc.spans if s.label == "code"]
    assert [line.rstrip() for line in "\n".join(code).splitlines()] == LISTING
