"""A displayed formula set in rows and columns is no table (issue 15, thirty-seventh held-out check:
gsl.pdf's equation (6), "ψn(r) = (2m/h̄)^1/6 / Ai′(an) · Ai[(2m/h̄²)^1/3 (r − En)] (6)", and clue.pdf's
sums with their limits under "we can rewrite the above as" (p. 12) were read as aligned blocks of
three rows and taken for tables: their glyphs stood only in a ``table`` span's cells, no kept text
and no ``removed`` record, and the sentence announcing them ran on to nothing). TeX sets a fraction's
numerator and denominator and a sum's limits in rows of their own, beside the formula's main row:
a block whose lines mostly read as formulas, with no other line holding a word, leaves whole to
``removed`` as one ``math`` record. Page hand-built, sentences sloika's own, texts typed by hand."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import HELVETICA, one_page, tex_font  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

CMMI = tex_font(b"KBOUDP+CMMI10", b"97 /a 98 /b 99 /c 100 /d 120 /x 121 /y 122 /z")
LEAD = "The wave function of the particle in its second state is then found to be given by"
AFTER = "Figure 3 shows the first six energy levels together with the corresponding wave functions."
# the display: two numerators over the main row (with the text font's "Ai" and the number "(6)") and
# two denominators under it
DISPLAY = [
    (210, 726, "ab", 7, b"M"),
    (262, 726, "b", 7, b"M"),
    (330, 726, "ad", 7, b"M"),
    (170, 718, "y =", 10, b"M"),
    (236, 718, "Ai", 10, b"F1"),
    (290, 718, "x", 10, b"M"),
    (360, 718, "z", 10, b"M"),
    (500, 718, "(6)", 10, b"F1"),
    (210, 710, "c", 7, b"M"),
    (262, 710, "cd", 7, b"M"),
    (330, 710, "d", 7, b"M"),
]


def _piece(x: int, y: int, text: str, size: int = 10, font: bytes = b"F1") -> bytes:
    return b"BT /%s %d Tf %d %d Td (%s) Tj ET" % (font, size, x, y, text.encode())


def test_a_display_in_rows_and_columns_leaves_to_removed_not_to_a_table():
    content = [_piece(72, 760, LEAD), *(_piece(*piece) for piece in DISPLAY), _piece(72, 690, AFTER)]
    (doc,) = parse_pdf(one_page(b"\n".join(content), [(b"F1", HELVETICA), (b"M", CMMI)]))
    assert doc.text == f"{LEAD}\n\n{AFTER}"
    assert [span for span in doc.spans if span.label == "table"] == []
    # the display whole, one record: its rows from the top, each from the left
    assert [(span.attrs["text"], span.attrs["why"]) for span in doc.layers["removed"]] == [
        ("ab b ad y = Ai x z (6) c cd d", "math")
    ]
