"""A listing's caption set over it goes before it (issue 15, the fortieth check's row 3: psychotools'
toolbox-simulation.pdf p. 3): pdfminer read "Listing 2: Calculate p-values" after the three code lines
it stands over, and the text had it after them, as if it captioned the prose that follows. All texts
here are written for the tests."""

from __future__ import annotations

from pdf_objects import HELVETICA, code_line, font_pages

from sloika.pipelines.formats.pdf import parse_pdf

COURIER = b"<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>"


def _prose(x: float, y: float, text: str) -> bytes:
    return b"BT /F1 10 Tf %.1f %.1f Td (%s) Tj ET" % (x, y, text.encode())


def test_a_caption_read_after_the_listing_under_it_goes_before_it():
    code = ["d <- dgp(refmodel, N = 1000)", "m <- nplmodel(d$resp)", "sctest(m, functional = 'DM')"]
    content = b"\n".join(
        [
            _prose(72, 760, "A call of these three functions is given in Listing 2."),
            *(_prose(60, 718 - 9.5 * at, str(at + 1)).replace(b"F1 10", b"F1 6") for at in range(3)),
            *(code_line(81, 718 - 9.5 * at, line, 8) for at, line in enumerate(code)),
            _prose(200, 730, "Listing 2: Calculate p-values"),
            _prose(72, 670, "In our simulation these three steps are repeated many times."),
        ]
    )
    parsed = parse_pdf(font_pages([content], [(b"F1", HELVETICA), (b"F2", COURIER)]))[0]
    assert parsed.text.split("\n\n") == [
        "A call of these three functions is given in Listing 2.",
        "Listing 2: Calculate p-values",
        "\n".join(code),
        "In our simulation these three steps are repeated many times.",
    ]
