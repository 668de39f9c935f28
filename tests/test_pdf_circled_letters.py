"""A letter TeX draws in a circle reads as its sign (issue 15, thirty-third check: malaga.pdf's
"Copyright c⃝ 1995").

TeX's ``\\copyright`` is a "c" with cmsy's big circle (``circlecopyrt``) drawn over it, and
``\\textregistered`` a small-capital "r" in the same circle; pdfTeX's ToUnicode reads the circle as
U+20DD COMBINING ENCLOSING CIRCLE, a font without a table by its name as "◯". The pair is one sign,
as a reader sees it: "©", "®". Pages hand-built: Helvetica text, the circle in a cmsy font drawn
over the letter's middle; texts sloika's own, expected values typed by hand.
"""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import HELVETICA, one_page, stream, tex_font  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

CMSY = tex_font(b"CJLOQB+CMSY10", b"13 /circlecopyrt")
# the same font with pdfTeX's ToUnicode table (object 8): the circle is U+20DD
CMSY_MAPPED = CMSY.removesuffix(b">>") + b" /ToUnicode 8 0 R >>"
TO_UNICODE = stream(
    b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Test def /CMapType 2 def\n"
    b"1 begincodespacerange <00> <FF> endcodespacerange\n"
    b"1 beginbfchar\n<0D> <20DD>\nendbfchar\n"
    b"endcmap CMapName currentdict /CMap defineresource pop end end"
)
CLOSING = "The system may be copied under the terms of the licence that comes with it."


def _circled_page(letter: str, font: str, before: str, after: str) -> bytes:
    """A Helvetica line ``before``, ``letter`` with a circle in cmsy ``font`` (/S by name, /U by
    ToUnicode) drawn over its middle, then ``after``; a sentence of prose under it."""
    start = 72 + {"This manual is Copyright ": 112.81, "The name Malaga": 80.59}[before]
    content = (
        f"BT /F1 10 Tf 1 0 0 1 72 700 Tm ({before}) Tj ET"
        f" BT /F1 10 Tf 1 0 0 1 {start:.2f} 700.3 Tm ({letter}) Tj ET"
        f" BT /{font} 10 Tf 1 0 0 1 {start - 0.5:.2f} 702 Tm <0d> Tj ET"
        f" BT /F1 10 Tf 1 0 0 1 {start + 5.5:.2f} 700 Tm ({after}) Tj ET"
        f" BT /F1 10 Tf 1 0 0 1 72 686 Tm ({CLOSING}) Tj ET"
    )
    fonts = [(b"F1", HELVETICA), (b"S", CMSY), (b"U", CMSY_MAPPED)]
    return one_page(content.encode(), fonts, TO_UNICODE)


def test_a_c_in_the_enclosing_circle_reads_as_the_copyright_sign():
    """The circle pdfTeX's table reads as U+20DD over a "c": "Copyright © 1995", not "c⃝"."""
    (doc,) = parse_pdf(_circled_page("c", "U", "This manual is Copyright ", " 1995 by its authors."))
    assert doc.text == f"This manual is Copyright \u00a9 1995 by its authors.\n\n{CLOSING}"


def test_an_r_in_cmsy_big_circle_read_by_name_reads_as_the_registered_sign():
    """The circle of a font without a table, read by its glyph name as "◯", over a small "r"
    (``\\textregistered``): "Malaga®"."""
    (doc,) = parse_pdf(_circled_page("r", "S", "The name Malaga", " is a registered name."))
    assert doc.text == f"The name Malaga\u00ae is a registered name.\n\n{CLOSING}"
