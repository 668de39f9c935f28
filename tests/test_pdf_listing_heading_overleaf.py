"""A setting's heading atop the next page is no line of the listing the page ended with (issue 15,
forty-fourth check U1, backup-manager-doc's user-guide.pdf): each setting opens with its name set as
a heading in a 10 pt bold typewriter face, and its example closes in a 7 pt listing. Where the
example ended a page, the next setting's heading, the next page's first line, was read as the
listing's last line ("export BM_ARCHIVE_STRICTPURGE="true"\\nBM_ARCHIVE_NICE_LEVEL"), while mid-page
it stood apart. Geometry after user-guide.pdf (A4); the expected texts are typed by hand."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import COURIER, HELVETICA, code_line, font_pages, helvetica_line, text_row  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

COURIER_BOLD = b"<< /Type /Font /Subtype /Type1 /BaseFont /Courier-Bold /Encoding /WinAnsiEncoding >>"
FONTS = [(b"F1", HELVETICA), (b"F2", COURIER), (b"F3", COURIER_BOLD)]
PROSE = [
    "You can now choose to purge only the archive built in the scope of the configuration file, that",
    "is, the archives whose names start with the prefix given there, and leave the other ones alone.",
]


def _setting(top: float, name: str, example: str) -> list[bytes]:
    """A setting as the guide sets it from baseline ``top`` down: its name in the heading face,
    its type, the prose, "Example:" and the example's 7 pt listing line, 42 pt under ``top``'s
    last prose line."""
    rows = [text_row(28, top, name, 10, b"F3"), helvetica_line(28, top - 25, "Type: boolean.", 10)]
    rows += [helvetica_line(28, top - 42 - 12 * at, text, 10) for at, text in enumerate(PROSE)]
    rows += [helvetica_line(28, top - 83, "Example:", 10), code_line(41, top - 102, example, 7)]
    return rows


def test_a_heading_in_the_larger_typewriter_face_atop_a_page_ends_the_listing():
    """Page 1 ends with the 7 pt example at the text's foot; page 2 opens with the next setting's
    10 pt heading: the heading is a paragraph of its own, as the mid-page one is."""
    page1 = _setting(780, "BM_ARCHIVE_TTL", 'export BM_ARCHIVE_TTL="5"')
    page1 += _setting(143, "BM_ARCHIVE_STRICTPURGE", 'export BM_ARCHIVE_STRICTPURGE="true"')
    page2 = _setting(777, "BM_ARCHIVE_NICE_LEVEL", 'export BM_ARCHIVE_NICE_LEVEL="19"')
    (doc,) = parse_pdf(font_pages([b"\n".join(page1), b"\n".join(page2)], FONTS))
    paragraphs = doc.text.split("\n\n")
    assert 'export BM_ARCHIVE_STRICTPURGE="true"' in paragraphs
    assert "BM_ARCHIVE_NICE_LEVEL" in paragraphs
    assert "BM_ARCHIVE_STRICTPURGE" in paragraphs
