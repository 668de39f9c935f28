"""A package's date under its title (issue 15, the fiftieth check's row 6: texlive-lang-cjk's
c90.pdf, defect 12). LaTeX's date of a package or a file is "2005/07/04", year first and slashes
between; set alone on the title block's line, it went to ``removed`` as a line of numbers alone
(``numbers_only``), where "1993-06-22" stays as a date. The page is built by hand; its words are
sloika's own and the expected texts are typed by hand."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import helvetica_line, helvetica_page  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402


def test_a_year_first_date_with_slashes_under_the_title_is_kept():
    """ "2005/07/04" under the title and the author stays in the text, on its own line, and heads
    no section; a clause number set alone ("4.1.12") is still no date."""
    page = helvetica_page(
        b"\n".join(
            [
                helvetica_line(200, 700, "A Font Encoding for Testing", 17),
                helvetica_line(250, 676, "Jane Example", 12),
                helvetica_line(262, 652, "2005/07/04", 12),
                helvetica_line(72, 612, "1 Introduction", 14),
                helvetica_line(
                    72, 600, "This file describes a font encoding for a script with many glyph", 10
                ),
                helvetica_line(
                    72, 588, "variants, and the rules that choose among them as the text is set.", 10
                ),
            ]
        )
    )
    (doc,) = parse_pdf(page)
    assert "\n\n2005/07/04\n\n" in doc.text, doc.text
    assert not doc.layers.get("removed"), doc.layers.get("removed")
    assert [span.label for span in doc.spans if doc.text[span.start : span.end].startswith("2005")] == []
