"""Displays cut for a big bracket, a double sum's limits or a denominator read with the row's sign
(issue 15, the forty-seventh check's leftovers on kedd.pdf and abinit's test_report_elf.pdf,
issue-abdisp): "K((x − X_i)/h)", whose big "(" pdfminer read into the numerator's line (TeX hangs it
from its top) and whose ")" stood alone off the row; "∑_(i=1)ⁿ ∑_(j=1, j≠i)ⁿ", the two sums read
as one line and their limits "i=1 j=1" as another; "R/nh^(2r+1) + …", the "+" read with the
denominator. Each display is written and kept where it stood, and a "where" left between a kept
display and a cut one leaves with the cut one. Pages hand-built, sentences sloika's
own, expected texts typed by hand as the page prints them."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import HELVETICA, math_row, math_spans, one_page, removed_texts, tex_font, text_row  # noqa: E402
from test_pdf_display_stacked_parts import AFTER, CMMI, LEAD, _rule  # noqa: E402
from test_pdf_words_between_displays import LAST, NEXT, _chain  # noqa: E402
from test_pdf_words_between_displays import LEAD as LEAD_IN  # noqa: E402
from test_pdf_words_between_displays import _parse as _parse_words  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

WIDTHS = b" ".join([b"400"] * 128)
# cmex's brackets and its display sum, the sum an em wide (code 80), as wide as its limits under it
CMEX = tex_font(b"QWERTY+CMEX10", b"40 /parenleftBig 41 /parenrightBig 80 /summationdisplay").replace(
    WIDTHS, b" ".join([b"400"] * 80 + [b"1000"] + [b"400"] * 47)
)


def _parse(content: list[bytes]):
    fonts = [(b"F1", HELVETICA), (b"M", CMMI), (b"X", CMEX)]
    (doc,) = parse_pdf(one_page(b"\n".join(content), fonts))
    return doc


def _big(x: float, y: float, text: str, size: float = 10) -> bytes:
    """``text`` in cmex, drawn from its top at ``y`` as TeX hangs a big bracket or a sum."""
    return text_row(x, y, text, size, b"X")


def test_a_big_bracket_read_into_a_fraction_s_line_is_the_row_s():
    """ "y = K" then a big "(" hung from its top, sharing the numerator's height, "xa" over a rule
    over "h", and a big ")" apart: pdfminer reads "(xa)" as one line, no fraction's part, and the
    ")" stands off the row by its box; both brackets are the row's, around the fraction."""
    doc = _parse(
        [
            text_row(72, 520, LEAD),
            math_row(240, 495, "y"),
            text_row(244, 495, " = "),
            math_row(258, 495, "K"),
            _big(265, 508, "("),
            math_row(270, 502, "xa"),
            _rule(269, 279, 498.5),
            math_row(272, 488, "h"),
            _big(279, 508, ")"),
            text_row(500, 495, "(1)"),
            text_row(72, 470, AFTER),
        ]
    )
    assert doc.text == f"{LEAD}\n\ny = K (xa/h) (1)\n\n{AFTER}"
    assert math_spans(doc) == ["y = K (xa/h) (1)"]


def test_a_double_sum_s_limits_read_as_one_line_are_each_sum_s():
    """ "s =" then two display sums side by side, "n" over each, "i=1 j=1" under both (one line
    to pdfminer) and "j>i" under the second's "j=1", then "a" on the row: each sum takes its own
    limits, the second's stacked limit read down."""
    doc = _parse(
        [
            text_row(72, 530, LEAD),
            math_row(240, 495, "s"),
            text_row(244, 495, " = "),
            math_row(265.6, 507, "n", 7),
            math_row(277.6, 507, "n", 7),
            _big(262, 504.5, "P"),
            _big(274, 504.5, "P"),
            math_row(262.8, 487, "i", 7),
            text_row(265.6, 487, "=1", 7),
            math_row(274.8, 487, "j", 7),
            text_row(277.6, 487, "=1", 7),
            math_row(274.8, 480, "j", 7),
            text_row(277.6, 480, ">", 7),
            math_row(280.4, 480, "i", 7),
            math_row(290, 495, "a"),
            text_row(500, 495, "(2)"),
            text_row(72, 455, AFTER),
        ]
    )
    assert doc.text == f"{LEAD}\n\ns = ∑_(i=1)ⁿ ∑_(j=1, j>i)ⁿ a (2)\n\n{AFTER}"


def test_a_sign_read_into_a_denominator_s_line_is_the_row_s():
    """ "f =" then "a" over a rule over "bⁿ", then "+ g" on the row: the denominator's raised "n"
    shares height with the row's "+", so pdfminer reads "bn +" as one line; the "+" stands on the
    row, a baseline higher than the "b", and the fraction is written "a/bⁿ"."""
    doc = _parse(
        [
            text_row(72, 520, LEAD),
            math_row(240, 495, "f"),
            text_row(244, 495, " = "),
            math_row(262, 502, "a"),
            _rule(260, 267, 498.5),
            math_row(260, 488, "b"),
            math_row(264, 491.5, "n", 7),
            text_row(269, 495, "+"),
            math_row(278, 495, "g"),
            text_row(500, 495, "(3)"),
            text_row(72, 470, AFTER),
        ]
    )
    assert doc.text == f"{LEAD}\n\nf = a/bⁿ + g (3)\n\n{AFTER}"


def _stack(barred: bool) -> list[bytes]:
    """ "g" with "(r)" raised and "h" lowered under it, a rule between them where ``barred`` (a
    text-style fraction's bar), then "(x) = a" on the row."""
    return [
        text_row(72, 520, LEAD),
        math_row(240, 495, "g"),
        text_row(245.2, 500.3, "(", 7),
        math_row(247.5, 500.3, "r", 7),
        text_row(250.3, 500.3, ")", 7),
        math_row(244, 492, "h", 7),
        *([_rule(244, 253.1, 498.2)] if barred else []),
        math_row(253.5, 495, "(x)"),
        text_row(265.5, 495, " = "),
        math_row(279, 495, "a"),
        text_row(500, 495, "(4)"),
        text_row(72, 470, AFTER),
    ]


def test_a_stack_s_subscript_read_with_the_row_after_it_is_its_base_s():
    """The subscript's box shares no height with the superscript's, so pdfminer reads "g(r)" as
    one line and "h(x) =" as the next, one column of two row pieces (kedd.pdf's f̂_h^((r))(x)); the
    stack is one base's. With a rule between the two it is a fraction's parts, no stack: the
    display is not written as one."""
    assert _parse(_stack(barred=False)).text == f"{LEAD}\n\ng_h^((r)) (x) = a (4)\n\n{AFTER}"
    assert "g_h" not in _parse(_stack(barred=True)).text


def test_a_word_between_a_kept_display_and_a_cut_one_leaves_with_the_cut_one():
    """ "h(x) = a" kept, "where" at the margin under it, then a chain that leaves: the clause
    "where" leads into is gone, so it leaves with it (kedd.pdf's "… (18)" / "where" / "The
    function h.mcv computes …")."""
    kept = [
        text_row(250, 476, "h", font=b"M"),
        text_row(254, 476, "("),
        text_row(257.3, 476, "x", font=b"M"),
        text_row(261.3, 476, ") = "),
        text_row(277, 476, "a", font=b"M"),
    ]
    rows = [text_row(72, 500, LEAD_IN), *kept, text_row(72, 458, "where"), *_chain("g", 440)]
    doc = _parse_words(b"\n".join([*rows, text_row(72, 412, NEXT), text_row(72, 372, LAST)]))
    assert doc.text == f"{LEAD_IN}\n\nh(x) = a\n\n{NEXT}\n\n{LAST}"
    assert removed_texts(doc, "between_displays") == ["where"]
