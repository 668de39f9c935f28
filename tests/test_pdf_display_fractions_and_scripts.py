"""Display formulas written on one line where pdfminer's boxes or sizes hid them (issue 15, the
thirty-ninth check's row 03, omega.pdf p. 14: "This is found by" / [the ωinf display cut] and the
ωh and ωt displays cut as ``math``). A fraction display set close under its lead-in, one over the
page's number, and one whose scripts pdfminer set on the line ("ωinf", "h² j", "Nij(T)") are
written and kept in their sentence: the subscripts after "_", the digits in raised forms, as the
display writer writes a sum's limits. Pages hand-built, sentences sloika's own, expected texts
typed by hand."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import HELVETICA, helvetica_width, math_row, math_spans, one_page, tex_font, text_row  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

# "X": a sum sign, 4 pt wide at 10 pt
CMMI = tex_font(b"KBOUDP+CMMI10", b"88 /summation 97 /a 98 /b 105 /i 106 /j 110 /n 120 /x 121 /y")

LEAD = "A small function is used in every example of this note, and for a real argument it is found"
ON = "and it is used in what follows as the scale that every other value is measured against."
LAST = "A short paragraph follows here so that the page holds enough lines of the text body."


def _parse(content: bytes):
    (doc,) = parse_pdf(one_page(content, [(b"F1", HELVETICA), (b"M", CMMI)]))
    return doc


def _rule(x0: float, x1: float, y: float) -> bytes:
    """A fraction's bar, as TeX draws it: a filled rectangle 0.4 pt high."""
    return b"%.1f %.1f %.1f 0.4 re f" % (x0, y, x1 - x0)


def _fraction(y: float) -> list[bytes]:
    """ "y =" on the row at baseline ``y``, "a + x" over a rule over "b", centred on each other."""
    return [
        math_row(250, y, "y"),
        text_row(254, y, " = "),
        math_row(270, y + 8.5, "a"),
        text_row(274, y + 8.5, " + "),
        math_row(285.4, y + 8.5, "x"),
        _rule(268, 291.4, y + 4.5),
        math_row(277.7, y - 8.5, "b"),
    ]


def _removed(doc) -> list[tuple[str, str]]:
    return [(s.attrs.get("why"), s.attrs.get("text")) for s in doc.layers.get("removed", [])]


def test_a_fraction_set_close_under_its_lead_in_stays():
    """The lead-in's short last line "by" ends the sentence's row 3 pt into the numerator's box (a
    box reaches past the ink by its font's ascent and descent): it stands on no row of the display,
    which is written and kept where it stood."""
    doc = _parse(
        b"\n".join(
            [
                text_row(72, 512, LEAD),
                text_row(72, 500, "by"),
                *_fraction(485),
                text_row(72, 452, ON),
                text_row(72, 400, LAST),
            ]
        )
    )
    assert doc.text == f"{LEAD} by\n\ny = (a + x)/b\n\n{ON}\n\n{LAST}"
    assert math_spans(doc) == ["y = (a + x)/b"]


def test_a_fraction_over_the_page_number_stays():
    """The page's number "7" set under a display at the page's foot, less than 1.5 em under its
    denominator, is the page's folio, no piece of the display: the display is written, the number
    goes to ``removed`` alone."""
    doc = _parse(
        b"\n".join(
            [
                text_row(72, 400, LAST),
                text_row(72, 160, LEAD),
                *_fraction(130),
                text_row(278, 108, "7"),
            ]
        )
    )
    assert doc.text.endswith(f"{LEAD}\n\ny = (a + x)/b")
    assert math_spans(doc) == ["y = (a + x)/b"]
    assert _removed(doc) == [("numbers_only", "7")]


def test_scripts_set_on_the_line_are_written_as_scripts():
    """ "y_ij = a_i² (3)": the subscripts set 7 pt and 1.5 pt under the row, the square 7 pt and 3.5
    pt over it at the subscript's place. pdfminer reads "yij = ai² (3)" at the script's size (most of
    its glyphs are scripts), which read as a lone script and left; by its glyphs' sizes and
    baselines the display is written and kept, each script after its base."""
    doc = _parse(
        b"\n".join(
            [
                text_row(72, 500, LEAD),
                math_row(250, 476, "y"),
                math_row(254, 474.5, "ij", 7),
                text_row(260, 476, " = "),
                math_row(276, 476, "a"),
                text_row(280, 479.5, "2", 7),
                math_row(280, 474.5, "i", 7),
                text_row(520, 476, "(3)"),
                text_row(72, 452, ON),
                text_row(72, 400, LAST),
            ]
        )
    )
    assert doc.text == f"{LEAD}\n\ny_ij = a_i² (3)\n\n{ON}\n\n{LAST}"
    assert math_spans(doc) == ["y_ij = a_i² (3)"]
    assert "removed" not in doc.layers


def test_a_subscript_before_a_letter_stands_apart():
    """ "x = a_ij b_i": a subscript written with its sign is followed by a space where a letter
    comes next ("a_ijb_i" would read one subscript "ijb")."""
    doc = _parse(
        b"\n".join(
            [
                text_row(72, 500, LEAD),
                math_row(250, 476, "x"),
                text_row(254, 476, " = "),
                math_row(270, 476, "a"),
                math_row(274, 474.5, "ij", 7),
                math_row(280, 476, "b"),
                math_row(284, 474.5, "i", 7),
                text_row(72, 452, ON),
                text_row(72, 400, LAST),
            ]
        )
    )
    assert doc.text == f"{LEAD}\n\nx = a_ij b_i\n\n{ON}\n\n{LAST}"


def test_a_sums_limits_over_and_under_it_inside_a_row():
    """ "y = ∑ a b (4)" read as one line, "i=1" under the sum and "n" over it, 7 pt and centred on
    it: the limits are the sum's, written after it, "∑_(i=1)ⁿ", and the display is kept (they stood
    over the row's middle, no piece's end, and the display was cut)."""
    doc = _parse(
        b"\n".join(
            [
                text_row(72, 500, LEAD),
                math_row(250, 476, "y"),
                text_row(254, 476, " = "),
                math_row(270, 476, "X"),
                text_row(280, 476, " ", 10),
                math_row(284, 476, "a"),
                math_row(288, 476, "b"),
                math_row(268.4, 466, "i", 7),
                text_row(271.2, 466, "=1", 7),
                math_row(270.6, 487, "n", 7),
                text_row(520, 476, "(4)"),
                text_row(72, 446, ON),
                text_row(72, 388, LAST),
            ]
        )
    )
    assert doc.text == f"{LEAD}\n\ny = ∑_(i=1)ⁿ ab (4)\n\n{ON}\n\n{LAST}"


def _centred(middle: float, y: float, parts: list[tuple[str, bool]]) -> list[bytes]:
    """A row of ``parts`` (text, in math italic or not) set from the left, centred on ``middle``."""
    widths = [4 * len(text) if math else helvetica_width(text, 10) for text, math in parts]
    x, out = middle - sum(widths) / 2, []
    for (text, math), width in zip(parts, widths, strict=True):
        out.append(math_row(x, y, text) if math else text_row(x, y, text))
        x += width
    return out


def test_a_fraction_whose_numerator_opens_on_a_digit_is_one_fraction():
    """frobby's manual p. 7: "so the series itself is" over "1 − bc² − a²b + …" over a rule over the
    shorter "(1 − a)(1 − b)(1 − c)", centred. The numerator's "1 " read as a numbered heading's
    number and the denominator set in under it as that heading's wrapped rest, so the denominator
    stayed text and the fraction stood as two paragraphs with no bar. A line read as a formula heads
    nothing: the fraction is written whole."""
    plus = [(" + ", False)]
    numerator = [("1 + ", False), ("a", True), *plus, ("b", True), *plus, ("ab", True), *plus, ("ba", True)]
    numerator += [*plus, ("abb", True), *plus, ("baa", True)]
    denominator = [("(1 + ", False), ("a", True), (")(1 + ", False), ("b", True), (")", False)]
    doc = _parse(
        b"\n".join(
            [
                text_row(72, 512, LEAD),
                text_row(72, 500, "by the series"),
                *_centred(285, 493.5, numerator),
                _rule(222, 348, 489.5),
                *_centred(285, 476.5, denominator),
                text_row(72, 452, ON),
                text_row(72, 400, LAST),
            ]
        )
    )
    assert (
        doc.text
        == f"{LEAD} by the series\n\n(1 + a + b + ab + ba + abb + baa)/((1 + a)(1 + b))\n\n{ON}\n\n{LAST}"
    )
    assert math_spans(doc) == ["(1 + a + b + ab + ba + abb + baa)/((1 + a)(1 + b))"]
