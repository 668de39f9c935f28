"""A listing's row that pdfminer read inside the listing over it goes back into its own listing
(issue 15, the thirty-third check, RcppArmadillo-intro.pdf's p. 7): Listing 3's third matrix row,
three pieces far apart, came among Listing 2's lines, stood there as a paragraph of its own and was
cut as a ``fragment`` from both. The page is that one's geometry, cut to the lines that keep
pdfminer's order (a margin number column down both listings, the row's pieces read after it); all
texts are written for the test, the expected ones typed by hand."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import COURIER, HELVETICA, code_lines, escaped, one_page  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

# x, the box's bottom under the page's top, size, monospaced, text
ROWS = [
    (133.7, 185.0, 10.0, False, "use the same steps in any language. An example in Octave is written out so"),
    (125.3, 211.4, 5.0, False, "1"),
    (134.1, 213.1, 8.0, True, "%  Written  2024  for  this  test, only."),
    (121.9, 457.6, 5.0, False, "27"),
    (125.3, 618.6, 5.0, False, "8"),
    (354.4, 598.6, 9.0, True, "0, 0, 0, 0, 0, 0,"),
    (461.8, 598.6, 9.0, True, "1)"),
    (144.3, 440.6, 8.0, True, "s_new = s_old + k_gain * (w - M * s_old);"),
    (144.3, 450.1, 8.0, True, "q_new = q_old - k_gain * M * q_old;"),
    (144.3, 459.5, 8.0, True, "v = M * s_new;"),
    (134.0, 469.0, 9.0, True, "end"),
    (327.2, 459.3, 8.0, True, "% the  estimated  values"),
    (327.2, 468.8, 8.0, True, "% of  this  function"),
    (229.5, 484.2, 8.0, False, "Listing 2: The same steps in Octave."),
    (264.0, 576.7, 9.0, True, "0, 0, 1, 0, dt, 0, 0, 0, 0, 1, 0, dt,"),
    (295.2, 587.7, 9.0, True, "# Sx, Sy"),
    (264.0, 598.6, 9.0, True, "0, 0, 0, 0, 1,"),
    (284.1, 609.6, 9.0, True, ", # Tx, Ty"),
    (303.1, 705.3, 10.0, False, "7"),
]


def _page() -> bytes:
    lines = [
        b"BT /%s %.1f Tf %.2f %.2f Td (%s) Tj ET"
        % (b"F2" if mono else b"F1", size, x, 792 - bottom + (2 if size > 5 else 0), escaped(text))
        for x, bottom, size, mono, text in ROWS
    ]
    return one_page(b"\n".join(lines), [(b"F1", HELVETICA), (b"F2", COURIER)])


def test_a_listing_row_read_inside_the_listing_over_it_stands_in_its_own():
    (doc,) = parse_pdf(_page())
    code = code_lines(doc)
    row = "0, 0, 0, 0, 1,   0, 0, 0, 0, 0, 0,   1)"
    assert [line.strip() for line in code[-4:]] == [
        "0, 0, 1, 0, dt, 0, 0, 0, 0, 1, 0, dt,",
        "# Sx, Sy",
        row,
        ", # Tx, Ty",
    ]
    assert not [span for span in doc.layers.get("removed", []) if span.label == "fragment"]
    assert code[-5] == "end                                     % of  this  function"  # Listing 2's end
