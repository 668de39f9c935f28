"""A code listing printed across pages (issue 15, eleventh check): the lines opening each page go on
the listing of the page before and are text, even where a guard line repeated at several page tops
makes that place look like a running header's; only the page numbers go to ``removed``. Geometry
after french_doc.pdf (A4, Courier 10 pt, first baseline 12 pt from the top, 12 pt leading); the
listing is sloika's own."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import HELVETICA, font_pages  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

COURIER = b"<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>"


def escaped(text: str) -> bytes:
    """``text`` as a PDF literal string's bytes: a backslash written twice."""
    return text.replace("\\", "\\\\").encode()


def listing_page(number: int, lines: list[tuple[int, str]]) -> bytes:
    """A page of Courier code lines (indent in points, text) from baseline 822, 12 pt apart, and its
    number in Helvetica centred near the foot."""
    ops = [
        b"BT /F2 10 Tf %d %d Td (%s) Tj ET" % (58 + indent, 822 - 12 * at, escaped(text))
        for at, (indent, text) in enumerate(lines)
    ]
    ops.append(b"BT /F1 10 Tf 281 80 Td (%d) Tj ET" % number)
    return b"\n".join(ops)


def two_font_pages(contents: list[bytes]) -> bytes:
    """An A4 PDF of one page per content stream, Helvetica as /F1 and Courier as /F2."""
    return font_pages(contents, [(b"F1", HELVETICA), (b"F2", COURIER)])


PAGES = [
    [(0, "%<*guard>"), (0, "\\def\\small{\\shrink\\shrink}%"), (0, "\\def\\tiny{\\shrink}%")],
    [(0, "%<*guard>"), (0, "\\let\\oldsize=\\small%"), (16, "\\def\\size{\\small}%")],
    [(104, "\\def\\Big{\\grow\\grow\\grow}}{}%"), (0, "%<*guard>"), (0, "\\let\\savebig=\\Big%")],
    [(0, "%<*guard>"), (0, "\\def\\large{\\grow}%"), (0, "\\endinput")],
]


def test_code_lines_opening_pages_of_a_listing_stay_and_only_page_numbers_go():
    """french_doc.pdf cut 15 code lines at page tops as ``page_furniture``: "%#<" opened four pages,
    so its place was taken for a running header's and "\\def\\Huge{\\l@rger…}}{}%" standing there
    went too. Every code line is text here; the removed furniture is the four page numbers."""
    (doc,) = parse_pdf(two_font_pages([listing_page(at + 1, lines) for at, lines in enumerate(PAGES)]))
    for text in ("\\def\\Big{\\grow\\grow\\grow}}{}%", "\\def\\small{\\shrink\\shrink}%", "\\endinput"):
        assert text in doc.text
    assert doc.text.count("%<*guard>") == 4
    furniture = [s.attrs["text"] for s in doc.layers["removed"] if s.attrs.get("why") == "page_furniture"]
    assert sorted(furniture) == ["1", "2", "3", "4"]


def numbered_page(folio: int, first: int, lines: list[str]) -> bytes:
    """A page of a numbered listing after SimGUIDebug2_0.pdf: Courier 8 pt code lines (an empty one a
    blank listing line) from baseline 760, 9.4 pt apart, each beside its line number in Helvetica
    6 pt at the left margin, counted from ``first``, and the folio in Helvetica 10 pt at the foot."""
    ops = []
    for at, text in enumerate(lines):
        y = 760 - 9.4 * at
        ops.append(b"BT /F1 6 Tf 40 %.1f Td (%d) Tj ET" % (y, first + at))
        if text:
            indent = len(text) - len(text.lstrip())
            ops.append(
                b"BT /F2 8 Tf %.1f %.1f Td (%s) Tj ET" % (60 + 4.8 * indent, y, escaped(text.lstrip()))
            )
    ops.append(b"BT /F1 10 Tf 281 80 Td (%d) Tj ET" % folio)
    return b"\n".join(ops)


NUMBERED = [
    ["class Window:", "", "    def show(self):", "        self.frame.pack()", "", "    def hide(self):"],
    [
        "        self.frame.forget()",
        "",
        "class EventWindow(Window):",
        "    def update(self):",
        "        pass",
        "",
    ],
    [
        "class StatusWindow(Window):",
        "",
        "    def update(self):",
        "        self.label.show()",
        "",
        "def main():",
    ],
    ["    return StatusWindow().update()", "", "main()", "# the end of the listing", "", "# no more code"],
]


def test_numbered_listing_lines_opening_pages_over_a_blank_line_stay():
    """SimGUIDebug2_0.pdf cut "class EventWindow(GenericWindow):" (line 170), "str(ev[0]), ev[2].name,
    nextLine ))" and "return self.guiCtrl.nextEvent[2] is self.proc" opening pp. 15-17 as
    ``page_furniture``: each stood beside its roman line number over a blank listing line, taken for a
    running head beside a folio. A number whose next number stands under it in its column is a
    listing's line number, and the code on its row is the listing's."""
    pages = [numbered_page(at + 1, 1 + 6 * at, lines) for at, lines in enumerate(NUMBERED)]
    (doc,) = parse_pdf(two_font_pages(pages))
    for text in (
        "class Window:",
        "self.frame.forget()",
        "class StatusWindow(Window):",
        "return StatusWindow().update()",
    ):
        assert text in doc.text
    furniture = [s.attrs["text"] for s in doc.layers["removed"] if s.attrs.get("why") == "page_furniture"]
    assert sorted(furniture) == ["1", "2", "3", "4"]
