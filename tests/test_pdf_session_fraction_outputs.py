"""A session's output displayed with several stacked fractions in one row (issue 15, fifty-first check
row 01, SageTeX's example.pdf pp. 1, 10–11: "1/5 x⁵ − 1/4 x⁴ + 1/3 x³ + x + 1" centred under
"sage: f(x)", and p. 1's solution vectors). The numerators, evenly spaced, were joined as a justified
line ("1 1 1"), the denominators too, and the terms as one piece across the fractions between them,
so the display could not be rebuilt and went to ``removed``; the input stood with no result. Each
fraction now stays a stack of its own, the display is written linearly under its input. Page hand-built,
expected text typed by hand."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import COURIER, HELVETICA, code_line, math_row, one_page, tex_font, text_row  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

CMMI = tex_font(b"KBOUDP+CMMI10", b"43 /plus 120 /x 121 /y 122 /z")
FONTS = [(b"F1", HELVETICA), (b"F2", COURIER), (b"M", CMMI)]
LEAD = "The function integrates its argument and adds one, as the next input shows for a variable:"
AFTER = "Note that the printed line does not get typeset, since it only goes to the terminal here."


def _fraction(x: float, axis: float, under: str) -> list[bytes]:
    """ "1/under" with its left edge at ``x`` on the display's ``axis``: numerator, bar, denominator."""
    return [
        text_row(x, axis + 8.5, "1"),
        b"%.1f %.1f 6.0 0.4 re f" % (x - 0.2, axis + 4.5),
        text_row(x, axis - 8.5, under),
    ]


def _page() -> bytes:
    axis = 500.0
    parts = [text_row(72, 556, LEAD), code_line(82, 530, "sage: f(x)", 10)]
    for at, (under, term) in enumerate([("5", "x +"), ("4", "y +"), ("3", "z")]):
        parts += [*_fraction(250 + 32 * at, axis, under), math_row(262 + 32 * at, axis, term)]
    parts.append(text_row(72, 470, AFTER))
    return one_page(b"\n".join(parts), FONTS)


def test_a_row_of_fractions_under_an_input_is_written_after_it():
    (doc,) = parse_pdf(_page())
    assert [p for p in doc.text.split("\n\n") if p.strip()] == [
        LEAD,
        "sage: f(x)",
        "1/5 x + 1/4 y + 1/3 z",
        AFTER,
    ]
