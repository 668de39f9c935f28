"""Texinfo's expansion arrow (@expansion{}, TeX's \\mapsto: cmsy's zero-width ``mapsto`` bar over its
"→") reads as "↦" and stays on its line in the example (issue 15, fifty-fifth check:
mit-scheme-ffi.pdf's "(C-> alien "GdkRectangle y")" / "↦" / "(#[primitive c-peek-int] alien 4)" lost
its thirteen arrows, read "(cid:55)→" and cut as ``math``, and the result "8" under one as a
``fragment``). Examples in Courier 9 pt, the symbol font as pdfTeX encodes it, every code 400 units wide."""

from pdf_objects import COURIER, HELVETICA, code_lines, one_page, tex_font, text_row

from sloika.pipelines.formats.pdf import parse_pdf

CMSY = tex_font(b"GQVMSU+CMSY9", b"33 /arrowright 55 /mapsto")
PROSE = b"BT /F1 10 Tf 72 740 Td (The syntaxes all transform into integer constants, as shown here.) Tj ET\n"
AFTER = b"BT /F1 10 Tf 72 600 Td (The two element form of the syntax finds the name of a constant.) Tj ET\n"


def _example(rows: bytes):
    """The one document of a page with a sentence, the example ``rows`` (Courier /F2, cmsy /S) and a
    sentence under them."""
    fonts = [(b"F1", HELVETICA), (b"F2", COURIER), (b"S", CMSY)]
    (doc,) = parse_pdf(one_page(PROSE + rows + AFTER, fonts))
    return doc


def _code(x: float, y: float, text: str) -> bytes:
    """A Courier 9 pt example line."""
    return text_row(x, y, text, 9, b"F2") + b"\n"


def _arrow(y: float) -> bytes:
    """\\mapsto at x 90: the bar, then the arrow drawn where the bar stands."""
    return b"BT /S 9 Tf 90 %.1f Td (7) Tj ET BT /S 9 Tf 90 %.1f Td (!) Tj ET\n" % (y, y)


def test_an_expansion_arrow_and_the_result_under_it_stay_in_the_example():
    """Each form, its arrow and what it expands into stay three lines of the example, the arrow read
    "↦" and the lone "8" kept as the third example's result."""
    doc = _example(
        _code(90, 712, '(C-sizeof "GdkColor")')
        + _arrow(702)
        + _code(90, 692, "12")
        + _code(90, 672, '(C-offset "GdkColor blue")')
        + _arrow(662)
        + _code(90, 652, "8")
    )
    assert "(cid:" not in doc.text
    assert code_lines(doc) == ['(C-sizeof "GdkColor")', "↦", "12", '(C-offset "GdkColor blue")', "↦", "8"]
    assert not [span for span in doc.layers.get("removed", []) if "8" in (span.attrs or {}).get("text", "")]


def test_an_arrow_under_a_line_continued_further_in_stays_in_the_example():
    """An arrow under a form whose last line is continued far right of it (its first line stands two
    rows over the arrow) is the example's line too, not a formula cut as ``math``."""
    doc = _example(
        _code(90, 712, '(C-array-loc #@43 "GdkColor" 2)')
        + _arrow(702)
        + _code(90, 692, '(alien-byte-increment #@43 (* (C-sizeof "GdkColor")')
        + _code(252, 682, "2)))")
        + _arrow(672)
        + _code(90, 662, "(alien-byte-increment #@43 (* 12 2))")
    )
    assert code_lines(doc) == [
        '(C-array-loc #@43 "GdkColor" 2)',
        "↦",
        '(alien-byte-increment #@43 (* (C-sizeof "GdkColor")',
        "                              2)))",
        "↦",
        "(alien-byte-increment #@43 (* 12 2))",
    ]
