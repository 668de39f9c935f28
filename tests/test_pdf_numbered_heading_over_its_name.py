"""A numbered heading whose title is a keyword, over a paragraph that opens with the same keyword
(issue 15, thirty-first check row 2: a pandoc manual's LaTeX paragraph headings "5.7.4.5 adsl" in
bold on a line of their own, the text under them "adsl is a special linklayer …"). The heading ran
into the paragraph because the line under it opens in lower case, as a sentence's next line does:
"5.7.4.5 adsl adsl is …". A bold numbered line set apart by a paragraph's gap is a heading, whatever
case its title and the next line open with; a numbered clause in the text's face (a standard's
"4.1.6 …") is read as before. All texts here are written for the tests."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import HELVETICA, escaped, helvetica_line, one_page  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

RIGHT = 540.0
BOLD = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
FONTS = [(b"F1", HELVETICA), (b"F2", BOLD)]
BODY = [
    "The link layer can only be given on interfaces. The kernel uses it to work out the overheads",
    "of the packets that go out over the link, and the rates are measured with them added in.",
]
AFTER = [
    "burst sets the number of bytes that will be sent at once, at ceiling speed, when a class may",
    "send traffic, and a class sends at least so many bytes before another class is served.",
]


def _paragraph(y: float, rows: list[str]) -> bytes:
    return b" ".join(
        helvetica_line(72, y - 12 * at, row, 10, RIGHT if at < len(rows) - 1 else None)
        for at, row in enumerate(rows)
    )


def _page(font: bytes, heading: str) -> bytes:
    """A paragraph, ``heading`` in ``font`` on a line of its own with a paragraph's gap above and a
    smaller one below (LaTeX's \\paragraph set apart by pandoc), and the paragraph under it."""
    line = b"BT /%s 10 Tf 72 660 Td (%s) Tj ET" % (font, escaped(heading))
    content = _paragraph(700, BODY) + b" " + line + b" " + _paragraph(644, AFTER)
    return one_page(content, FONTS)


def test_a_bold_numbered_heading_stays_apart_from_a_lower_case_paragraph():
    (doc,) = parse_pdf(_page(b"F2", "5.4.11 burst"))
    assert doc.text.split("\n\n") == [" ".join(BODY), "5.4.11 burst", " ".join(AFTER)]
    sections = [doc.text[s.start : s.end] for s in doc.spans if s.label == "section"]
    assert [section.split("\n\n")[0] for section in sections] == ["5.4.11 burst"]


def test_a_long_bold_numbered_heading_stays_apart_too():
    """A heading that ends too near the margin for the next line's first word to fit on it."""
    heading = "5.4.11 burst, cburst and quantum: the bytes that a class may send at once at its ceiling speed"
    (doc,) = parse_pdf(_page(b"F2", heading))
    assert doc.text.split("\n\n") == [" ".join(BODY), heading, " ".join(AFTER)]


def test_a_numbered_clause_in_the_texts_face_runs_on():
    """A clause line in the text's face that fills the measure is no heading: it runs on the
    lower-case line under it across the gap (a standard's "4.1.6 Clauses, where needed, …")."""
    clause = "5.4.11 burst, cburst and quantum: the bytes a class sends at once, at ceiling speed or at"
    clause += " hardware speed"
    (doc,) = parse_pdf(_page(b"F1", clause))
    assert doc.text.split("\n\n") == [" ".join(BODY), clause + " " + " ".join(AFTER)]
