"""A listing's line holding a word set in TeX's math fonts (issue 15, the forty-first check's row 04:
libidn2.pdf, a texinfo manual). A typewriter font has no Greek, so texinfo sets the comment's
"βóλoς" in cmmi; the line " * Input domain encoded as ‘UTF-8’: βóλoς.com" was read as prose: the
listing split there, the line's indent lost, and where it came last but two the comment's closing
" *" / " */" were left a block of marks alone and cut as `fragment`, the comment never closed. The
line is the listing's. All texts here are written for the tests."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import COURIER, HELVETICA, code_line, code_lines, escaped, one_page, tex_font  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

# cmmi's Greek as pdfTeX names it: "A", "B", "C" set β, λ, ς; its "o" is the math italic o (omicron)
CMMI = tex_font(b"ZHPHQG+CMMI10", b"65 /beta 66 /lambda 67 /sigma1")
FONTS = [(b"F1", HELVETICA), (b"F2", COURIER), (b"F3", CMMI)]
GREEK = " * Input domain encoded as 'UTF-8': "
HEAD = [
    "/*",
    " * Compiling with pkg-config is recommended:",
    " *",
    " * $ ./example-tounicode",
]
TAIL = ["int", "main (void)", "{", "  return 0;", "}"]


def _row(y: float, text: str) -> bytes:
    """``text`` in Courier at ``y``, its leading spaces a move right as TeX sets them (6 pt each)."""
    return code_line(72 + 6 * (len(text) - len(text.lstrip())), y, text.lstrip(), 10)


def _greek_line(y: float) -> bytes:
    """``GREEK`` and "βoλoς.com" in Courier at ``y``, the Greek word in cmmi (4 pt a glyph)."""
    x = 72 + 6 * len(GREEK)
    return (
        _row(y, GREEK)
        + b" BT /F3 10 Tf %.2f %.2f Td (AoBoC) Tj ET" % (x, y)
        + b" BT /F2 10 Tf %.2f %.2f Td (.com) Tj ET" % (x + 20, y)
    )


def _page(comment: list[str | None]) -> bytes:
    """A sentence, then a listing: ``comment`` (None: the Greek line), a blank line, ``TAIL``."""
    out = [b"BT /F1 10 Tf 72 720 Td (%s) Tj ET" % escaped("This example shows how a label is converted.")]
    y = 700.0
    for row in comment:
        out.append(_greek_line(y) if row is None else _row(y, row))
        y -= 12
    y -= 12
    for row in TAIL:
        out.append(_row(y, row))
        y -= 12
    return one_page(b"\n".join(out), FONTS)


@pytest.mark.parametrize("after", [[" * Read string (length 15): ce b2", " *", " */"], [" *", " */"]])
def test_a_greek_word_keeps_its_line_in_the_listing(after):
    """The Greek line inside the comment, with a line more or none before its closing " *" / " */":
    one listing, every line with its indent, nothing cut."""
    (doc,) = parse_pdf(_page([*HEAD, None, *after]))
    greek = GREEK + "βoλoς.com"
    assert code_lines(doc) == [*HEAD, greek.rstrip(), *after, *TAIL]
    assert doc.text.split("\n\n")[1:] == ["\n".join([*HEAD, greek, *after]), "\n".join(TAIL)]
    assert [s.attrs.get("text") for s in doc.layers.get("removed", [])] == []


def test_a_formula_of_math_letters_is_no_code():
    """A line of one typewriter letter and a formula's math letters ("x = βλς"): more math than
    typewriter, so no listing's line."""
    content = b"\n".join(
        [
            b"BT /F1 10 Tf 72 720 Td (%s) Tj ET" % escaped("The three angles of the triangle are named"),
            b"BT /F2 10 Tf 200 700 Td (x) Tj ET BT /F3 10 Tf 212 700 Td (ABC) Tj ET",
            b"BT /F1 10 Tf 72 680 Td (%s) Tj ET" % escaped("and each of them is measured in degrees."),
        ]
    )
    (doc,) = parse_pdf(one_page(content, FONTS))
    assert code_lines(doc) == []


def test_a_latin_formula_in_a_typewriter_line_is_no_stand_in():
    """A typewriter heading with a formula's italic Latin letters ("Revert — solve h (f) for h",
    yacas' reference): the typewriter font has those letters, so the formula is math, and the line
    stays prose, not a listing's line."""
    content = b"\n".join(
        [
            b"BT /F2 10 Tf 72 700 Td (Revert solve) Tj ET BT /F3 10 Tf 150 700 Td (h) Tj ET",
            b"BT /F3 10 Tf 160 700 Td (f) Tj ET BT /F2 10 Tf 170 700 Td (for) Tj ET",
            b"BT /F3 10 Tf 192 700 Td (h) Tj ET",
        ]
    )
    (doc,) = parse_pdf(one_page(content, FONTS))
    assert code_lines(doc) == []
