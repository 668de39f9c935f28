"""A footnote mark set after a typewriter name (issue 15, the thirty-fifth check's row 2,
snowfall.pdf p. 3): "aptitude install xmpi lam4-dev" in typewriter, a raised roman "1" after it,
the note "1 On other Linux distributions …" at the page's foot. The mark was the line's only
glyph of a text font, so the line was read as set at the mark's size, the mark raised over nothing
smaller, and it stayed in the text: the package's name read "lam4-dev1". All texts here are
written for the tests."""

from __future__ import annotations

from pdf_objects import HELVETICA, font_pages

from sloika.pipelines.formats.pdf import parse_pdf

COURIER = b"<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>"


def _prose(y: float, text: str, size: float = 10, x: float = 72) -> str:
    return f"BT /F1 {size} Tf {x} {y} Td ({text}) Tj ET"


def test_a_mark_after_a_typewriter_name_is_the_notes():
    lines = [
        _prose(760, "If you are using Debian or Ubuntu Linux, just install the two packages of the"),
        _prose(748, "message passing library with the command shown under this line of the text:"),
        "BT /F2 10 Tf 90 728 Td (aptitude install xmpi lam4-dev) Tj /F1 7 Tf 4 Ts (1) Tj ET",
        _prose(708, "After installing the packages you can start the cluster on your own machine."),
        "BT /F1 6 Tf 72 103 Td (1) Tj ET",
        _prose(100, "On other Linux distributions there are similar packages with other names.", 8, 76),
    ]
    parsed = parse_pdf(font_pages(["\n".join(lines).encode()], [(b"F1", HELVETICA), (b"F2", COURIER)]))[0]
    assert "\n\naptitude install xmpi lam4-dev\n\n" in parsed.text
    marks = [(span.start, span.attrs) for span in parsed.layers["removed"] if span.label == "footnote_mark"]
    assert marks == [(parsed.text.index("lam4-dev") + len("lam4-dev"), {"text": "1"})]
