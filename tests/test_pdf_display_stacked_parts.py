"""Display fractions whose parts pdfminer read into the wrong line (issue 15, the forty-seventh
check's rows 2 and 5, issue-keddmath2): kedd.pdf p. 2's "K^(r)(x) = d^r/dx^r K(x) (1)" was cut, its
denominator "dx^r" read into one line with the row's "K(x)" after it (the raised "r" shares height
with both), and abinit's test_report_elf.pdf (1.2), "… = 1/(πa₀³) e^(−2|r|/a₀)", was cut, the
exponent a fraction whose numerator pdfminer read into the row's piece after "e" and whose
denominator stood apart. Both are written and kept, each where it stood. Pages hand-built,
sentences sloika's own, expected texts typed by hand as the page prints them."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import HELVETICA, math_row, math_spans, one_page, tex_font, text_row  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

CMMI = tex_font(b"KBOUDP+CMMI10", b"97 /a 98 /b 101 /e 102 /f 103 /g 110 /n 120 /x 121 /y")

LEAD = "The one formula that the rest of this short note keeps coming back to is written as:"
AFTER = "and each of the letters in it is a count that the next section of the note defines in full."


def _parse(content: list[bytes]):
    (doc,) = parse_pdf(one_page(b"\n".join(content), [(b"F1", HELVETICA), (b"M", CMMI)]))
    return doc


def _rule(x0: float, x1: float, y: float) -> bytes:
    """A fraction's bar, as TeX draws it: a filled rectangle 0.4 pt high."""
    return b"%.1f %.1f %.1f 0.4 re f" % (x0, y, x1 - x0)


def test_a_denominator_read_into_the_row_is_the_fraction_s():
    """ "f =" then "a" over a rule over "bⁿ", then "g" on the row: the denominator's raised "n"
    shares height with the row's "g", so pdfminer reads "bn g" as one line; the fraction is
    written "a/bⁿ", the row goes on after it."""
    doc = _parse(
        [
            text_row(72, 520, LEAD),
            math_row(240, 495, "f"),
            text_row(244, 495, " = "),
            math_row(262, 502, "a"),
            _rule(260, 267, 498.5),
            math_row(260, 488, "b"),
            math_row(264, 491.5, "n", 7),
            math_row(268, 495, "g"),
            text_row(500, 495, "(1)"),
            text_row(72, 470, AFTER),
        ]
    )
    assert doc.text == f"{LEAD}\n\nf = a/bⁿ g (1)\n\n{AFTER}"
    assert math_spans(doc) == ["f = a/bⁿ g (1)"]


def test_a_fraction_in_an_exponent_is_written_in_it():
    """ "y = e" raised "n", then "x" over a rule over "a", both set smaller still: a fraction in
    the exponent, "e^(nx/a)", its numerator read with the row, its denominator a piece apart."""
    doc = _parse(
        [
            text_row(72, 520, LEAD),
            math_row(240, 495, "y"),
            text_row(244, 495, " = "),
            math_row(262, 495, "e"),
            math_row(266, 498.5, "n", 7),
            math_row(269.5, 501, "x", 5),
            _rule(269, 272, 500),
            math_row(269.5, 495.5, "a", 5),
            text_row(500, 495, "(2)"),
            text_row(72, 470, AFTER),
        ]
    )
    assert doc.text == f"{LEAD}\n\ny = e^(nx/a) (2)\n\n{AFTER}"
    assert math_spans(doc) == ["y = e^(nx/a) (2)"]
