"""An R vignette's knitr output block, whose "##" prefixes stand alone on the rows where the output
is indented (issue 15, the fourteenth check's row 1, gmm_with_R.pdf): "## Method" / "twoStep", with
"##" and the blank "##" lines in ``removed`` as ``fragment``. The page's long prose lines are mostly
indented first lines, so the text column's edge was taken right of the listing's "##", and the lone
prefixes stood as margin names. All texts here are written for the tests."""

from __future__ import annotations

from pdf_objects import HELVETICA, font_pages

from sloika.pipelines.formats.pdf import parse_pdf

COURIER = b"<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>"
PITCH = 5.4  # a 9 pt Courier glyph's advance


def _prose(y: float, text: str, x: float = 72) -> str:
    return f"BT /F1 10 Tf {x} {y} Td ({text}) Tj ET"


def _code(y: float, text: str, column: int = 0) -> str:
    """A 9 pt Courier piece at ``column`` characters right of the listing's edge."""
    return f"BT /F2 9 Tf {72 + column * PITCH} {y} Td ({text}) Tj ET"


OUTPUT = [  # (row, column, piece): each piece a text object of its own, as knitr's output is drawn
    (0, 0, "## Method"),
    (1, 0, "##"),
    (1, 4, "twoStep"),
    (2, 0, "##"),
    (3, 0, "## Objective function value:"),
    (3, 31, "0.0131"),
    (4, 0, "##"),
    (5, 0, "##"),
    (5, 7, "mu"),
    (5, 14, "sig"),
    (6, 0, "## 3.8939"),
    (6, 11, "1.7867"),
]


def test_a_knitr_output_block_keeps_its_lone_prefixes():
    """The output block reads as printed, each row with its "##"; nothing goes to ``removed``."""
    lines = [
        _prose(780, "We first generate normally distributed random numbers as follows:", 86.9),
        _prose(768, "and then run the estimation with the starting values at zero:"),
        _code(748, "print(res <- gmm(g1, x1, c(mu = 0, sig = 0)))"),
        *(_code(730 - 11 * row, piece, column) for row, column, piece in OUTPUT),
        _prose(640, "The summary method prints more results from the estimation:", 86.9),
        _prose(620, "The test of the over-identifying restrictions is printed by specTest:", 86.9),
    ]
    parsed = parse_pdf(font_pages(["\n".join(lines).encode()], [(b"F1", HELVETICA), (b"F2", COURIER)]))[0]
    assert parsed.text.split("\n\n")[1] == (
        "print(res <- gmm(g1, x1, c(mu = 0, sig = 0)))\n"
        "## Method\n"
        "##  twoStep\n"
        "##\n"
        "## Objective function value:   0.0131\n"
        "##\n"
        "##     mu     sig\n"
        "## 3.8939  1.7867"
    )
    assert not parsed.layers.get("removed")
