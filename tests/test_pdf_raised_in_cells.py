"""Raised glyphs in table cells and degree signs (issue 15, the fifteenth check's re-read).

ionumbers_test.pdf's tables print "1 × 10" with a raised "1234", verifica's quiz asks for the
derivative of "3x" with a raised "2": the line reader takes a small raised digit for a footnote mark
and the text's reflow writes one that no note carries as a superscript ("10³"), but table cells
dropped every mark ("1 × 10", "3x"). gstat.pdf sets an angle as ``$45^o$``: the raised small "o"
read as a letter, "the largest range (45o)". The fixtures are hand-built with those features (texts
written for the tests); the expected rows and text are written by hand.
"""

from __future__ import annotations

from pdf_objects import HELVETICA, one_page, without_tables

from sloika.pipelines.formats.pdf import parse_pdf

# Helvetica with TeX's \circ at code 200 (AGL "openbullet", U+25E6 as pdfminer maps cmsy's ring)
RING = (
    b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding << /Differences [200 /openbullet] >> >>"
)
MATH_ITALIC = (  # TeX's math italic, as ``$45^o$`` sets its o
    b"<< /Type /Font /Subtype /Type1 /BaseFont /CMMI7 /Encoding /WinAnsiEncoding /FirstChar 111 /LastChar 111"
    b" /Widths [540] /FontDescriptor << /Type /FontDescriptor /FontName /CMMI7 /Flags 4"
    b" /FontBBox [0 -250 1000 750] /ItalicAngle -14 /Ascent 750 /Descent -250 /CapHeight 683 /StemV 80 >> >>"
)
FONTS = [(b"F1", HELVETICA), (b"F2", RING), (b"F3", MATH_ITALIC)]
COLUMNS = (100, 220, 340)  # the left edges of the table's three columns
PITCH = 16  # points between its rows
BEFORE = "The quiz below lists each question with the answer a student gave and the right one."
AFTER = "Every answer that differs from the right one loses the points of its question."
NOTE = "Rounded to the nearest whole number of points."


def _raised(text: str) -> bytes:
    """``text`` in 7 pt raised 4 pt, then back to the 11 pt line."""
    return b"/F1 7 Tf 4 Ts (%s) Tj 0 Ts /F1 11 Tf" % text.encode()


def _cell(x: float, y: float, pieces: list[bytes | str]) -> bytes:
    """One 11 pt cell at (x, y): strings set on the line, bytes (``_raised``) as they are."""
    body = b" ".join(p if isinstance(p, bytes) else b"(%s) Tj" % p.encode() for p in pieces)
    return b"BT /F1 11 Tf %d %d Td %s ET" % (x, y, body)


def _quiz_page() -> bytes:
    """Prose, a table of four rows in three columns (exponents raised after a digit and a letter, a
    rank number raised at a cell's start, a note mark "1" whose note stands at the page's foot), prose,
    and the note."""
    rows: list[list[list[bytes | str]]] = [
        [["Question"], ["Answer"], ["Right"]],
        [["Derivative of 3x", _raised("2")], ["3x"], ["6x"]],
        [["One trillion"], ["1 x 10", _raised("12")], ["1 x 10", _raised("12")]],
        [[_raised("5"), " Total"], ["8 points", _raised("1")], ["10 points"]],
    ]
    parts = [_cell(72, 700, [BEFORE])]
    for at, row in enumerate(rows):
        parts.extend(_cell(x, 660 - at * PITCH, cell) for x, cell in zip(COLUMNS, row, strict=True))
    parts.append(_cell(72, 580, [AFTER]))
    parts.append(b"BT /F1 8 Tf 72 90 Td 3 Ts (1) Tj 0 Ts ( %s) Tj ET" % NOTE.encode())
    return one_page(b"\n".join(parts), FONTS)


def test_table_cells_keep_exponents_and_drop_note_marks():
    """A raised digit after a digit or a letter with no note of its number on the page is an
    exponent ("3x²", "1 x 10¹²"); a raised "1" whose note stands at the foot is that note's mark and
    leaves its cell, as a raised digit opening a cell (no base to raise) does."""
    (doc,) = parse_pdf(_quiz_page())
    rows = [span.attrs["rows"] for span in doc.spans if span.label == "table"]
    assert rows == [
        [
            ["Question", "Answer", "Right"],
            ["Derivative of 3x²", "3x", "6x"],
            ["One trillion", "1 x 10¹²", "1 x 10¹²"],
            ["Total", "8 points", "10 points"],
        ]
    ], (rows, without_tables(doc))
    assert without_tables(doc).split("\n\n")[:2] == [BEFORE, AFTER], without_tables(doc)


def _angle_page(ring: bytes, font: bytes = b"F1", before: bytes = b"45") -> bytes:
    """A sentence with ``before`` and a 7 pt ``ring`` raised against it, as TeX sets ``$45^o$``."""
    return one_page(
        b"BT /F1 11 Tf 72 700 Td (The range is largest in one direction \\(%s) Tj"
        b" /%s 7 Tf 4 Ts (%s) Tj 0 Ts /F1 11 Tf (\\) and smallest across it.) Tj ET" % (before, font, ring),
        FONTS,
    )


def test_a_raised_math_italic_o_after_a_digit_is_a_degree_sign():
    """TeX's ``$45^o$``: the o in cmmi."""
    (doc,) = parse_pdf(_angle_page(b"o", b"F3"))
    assert doc.text == "The range is largest in one direction (45°) and smallest across it."


def test_a_raised_ring_operator_after_a_digit_is_a_degree_sign():
    """TeX's ``$45^\\circ$``: cmsy's ring, U+25E6."""
    (doc,) = parse_pdf(_angle_page(b"\\310", b"F2"))
    assert doc.text == "The range is largest in one direction (45°) and smallest across it."


def test_a_raised_o_after_a_letter_stays_as_set():
    """Only a number takes degrees: a raised o after a letter is left as set."""
    (doc,) = parse_pdf(_angle_page(b"o", b"F3", before=b"case N"))
    assert doc.text == "The range is largest in one direction (case No) and smallest across it."


def _ordinal_page(pieces: list[bytes]) -> bytes:
    """One 11 pt Helvetica line of ``pieces``, each odd one raised 4 pt in 7 pt, as LaTeX's
    ``\\textsuperscript`` sets an ordinal's letter in the text font."""
    body = b" ".join(
        b"/F1 7 Tf 4 Ts (%s) Tj 0 Ts /F1 11 Tf" % piece if at % 2 else b"(%s) Tj" % piece
        for at, piece in enumerate(pieces)
    )
    return one_page(b"BT /F1 11 Tf 72 700 Td %s ET" % body, FONTS)


def test_a_raised_text_o_or_a_after_a_number_is_an_ordinal_indicator():
    """ordinalpt.pdf's Portuguese "11\\textsuperscript{o}" read "11o": a text font's lone raised o or a
    after a digit is the ordinal indicator, "11º", "2ª"."""
    pieces = [b"As formas do 11", b"o", b" e do 12", b"o", b" aparecem na 2", b"a", b" parte."]
    (doc,) = parse_pdf(_ordinal_page(pieces))
    assert doc.text == "As formas do 11\u00ba e do 12\u00ba aparecem na 2\u00aa parte."


def test_a_raised_word_after_a_number_is_no_ordinal_indicator():
    """A raised word that opens with o or a is not an indicator: English "1st" and a plural "1os" stay."""
    (doc,) = parse_pdf(_ordinal_page([b"The 1", b"st", b" and the 1", b"os", b" come first."]))
    assert doc.text == "The 1st and the 1os come first."
