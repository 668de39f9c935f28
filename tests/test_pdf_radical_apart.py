"""A radical sign set raised in a prose line ("scale parameter r = 1/√2 is assigned"), which pdfminer
read as a line of its own between the line's two pieces: the sign was cut as ``no_words`` debris
and the text read "1/ 2" (issue 15, twenty-sixth check row 3). Text sloika's own."""

from __future__ import annotations

from pdf_objects import HELVETICA, helvetica_line, one_page, tex_font
from pdfminer.fontmetrics import FONT_METRICS

from sloika.pipelines.formats.pdf import parse_pdf

CMSY = tex_font(b"HMVRFB+CMSY10", b"112 /radical")


def _width(text: str) -> float:
    return sum(FONT_METRICS["Helvetica"][1][char] for char in text) / 100  # at 10 pt


def test_a_raised_radical_stays_in_its_line() -> None:
    head, tail = "the prior on the effect takes the scale r = 1/", "2 and is centred at zero,"
    sign = 72.0 + _width(head)
    content = [
        helvetica_line(
            72.0, 700.0, "We test whether the two groups differ in their mean, and to this end", 10
        ),
        helvetica_line(72.0, 686.0, head, 10),
        b"BT /S 10 Tf %.2f 694.00 Td (p) Tj ET" % sign,
        helvetica_line(sign + 4.0, 686.0, tail, 10),
        helvetica_line(72.0, 672.0, "as the reference analysis of the same data recommends for it.", 10),
    ]
    (doc,) = parse_pdf(one_page(b"\n".join(content), [(b"F1", HELVETICA), (b"S", CMSY)]))
    assert "r = 1/√2 and is centred at zero," in doc.text
    assert [span.attrs["text"] for span in doc.layers.get("removed", [])] == []
