"""An API entry's signature set half a line under a listing (issue 15, the forty-third check's row
1, oaklisp's lang.pdf p. 11): "(↑super type operation self . args)" stood 24 pt under the listing's
last row, whose rows stand 14.5 pt apart, and less than an em of blank between them: it was read as
the listing's last line. All texts here are written for the tests."""

from __future__ import annotations

from pdf_objects import HELVETICA, font_pages

from sloika.pipelines.formats.pdf import parse_pdf

COURIER = b"<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>"


def _line(font: str, x: float, y: float, text: str) -> str:
    return f"BT /{font} 12 Tf {x} {y} Td ({text}) Tj ET"


def test_a_signature_set_apart_under_a_listing_is_a_block_of_its_own():
    content = "\n".join(
        [
            _line("F1", 72, 680, "This could be done by dispatching to the supertype twice, as here."),
            _line("F2", 72, 656, "\\(add-method \\(see \\(stupid-dog\\) self x\\)"),
            _line("F2", 86, 641.5, "\\(+ \\(super dog see self x\\)"),
            _line("F2", 108, 627, "\\(super dog see self x\\)\\)\\)"),
            _line("F2", 101, 603, "\\(super type operation self . args\\)"),
            _line("F1", 101, 585, "This is just like the operation, but the method search begins at type."),
        ]
    )
    text = parse_pdf(font_pages([content.encode()], [(b"F1", HELVETICA), (b"F2", COURIER)]))[0].text
    assert [paragraph.strip() for paragraph in text.split("\n\n")] == [
        "This could be done by dispatching to the supertype twice, as here.",
        "(add-method (see (stupid-dog) self x)\n  (+ (super dog see self x)\n     (super dog see self x)))",
        "(super type operation self . args)",
        "This is just like the operation, but the method search begins at type.",
    ]
