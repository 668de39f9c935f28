"""Identifiers a reference list's line end breaks (issue 15, the thirty-first held-out check's rows 1
and 5: a JSS vignette's and a Sphinx manual's references): a line of digits, hyphens and dots under a
line that ends inside a DOI ("doi:10.1007/", "doi:10.3233/978-1-61499-") is that DOI's rest, a
footnote mark after it or not; it joins with no space and is no debris. A DOI broken after a colon
("…/uuid:", "…<273::") or after its "doi:" joins with no space too. A page number alone stays out.
All texts are written for these tests; the PDFs are built by hand (Helvetica, 10 pt, 12 pt lines)."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import HELVETICA, helvetica_page, helvetica_rows, one_page  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402
from sloika.pipelines.formats.pdf_joins import join_lines  # noqa: E402


def test_a_doi_broken_at_its_slash_over_a_line_of_numbers_joins_them():
    """Entry 1's DOI ends its line at the prefix's slash; its suffix, digits and hyphens alone, is
    the hung next line: one DOI, nothing cut."""
    rows = [
        (72, "References"),
        (72, "Ash F (1995). A Short Book about the Old Woods. Tree Press, Reading. doi:10.1007/"),
        (83, "978-3-642-97610-0."),
        (72, "Birch A, Oak C (2001). Counting the Rings of Old Trees. Forest Press, Reading."),
    ]
    (doc,) = parse_pdf(helvetica_page(helvetica_rows(rows)))
    assert doc.text == (
        "References\n\n"
        "Ash F (1995). A Short Book about the Old Woods. Tree Press, Reading. doi:10.1007/978-3-642-97610-0."
        "\n\nBirch A, Oak C (2001). Counting the Rings of Old Trees. Forest Press, Reading."
    )
    assert not doc.layers.get("removed")


def test_a_doi_broken_at_a_hyphen_goes_on_past_a_footnote_mark():
    """The DOI breaks inside its ISBN-like suffix ("978-1-61499-"); its rest "649-1-87" carries a
    raised footnote number before the stop. The rest joins the DOI, the mark stays a mark."""
    content = (
        b"BT /F1 10 Tf 72 700 Td (References) Tj ET"
        b"\nBT /F1 10 Tf 72 688 Td ([KR16] Ida Pine and Jan Beech. Trees in the Woods. In: Notes on"
        b" Woods, pages 87-90.) Tj ET"
        b"\nBT /F1 10 Tf 108 676 Td (Tree Press, 2016. doi:10.3233/978-1-61499-) Tj ET"
        b"\nBT /F1 10 Tf 108 664 Td (649-1-87) Tj /F1 7 Tf 4 Ts (190) Tj /F1 10 Tf 0 Ts (.) Tj ET"
    )
    (doc,) = parse_pdf(one_page(content, [(b"F1", HELVETICA)]))
    assert "doi:10.3233/978-1-61499-649-1-87" in doc.text
    assert not any(span.attrs.get("why") == "numbers_only" for span in doc.layers.get("removed", []))


def test_a_page_number_under_a_doi_that_ends_its_entry_still_goes():
    """The last entry ends with its DOI and a full stop; the page number set alone at the foot is the
    page's, not the DOI's."""
    rows = [
        (72, "References"),
        (72, "Ash F (1995). A Short Book about the Old Woods. Tree Press, Reading."),
        (83, "doi:10.1016/j.woods.2010.04.008."),
    ]
    content = helvetica_rows(rows) + b"\nBT /F1 10 Tf 300 72 Td (16) Tj ET"
    (doc,) = parse_pdf(helvetica_page(content))
    assert doc.text == (
        "References\n\nAsh F (1995). A Short Book about the Old Woods. Tree Press, Reading."
        " doi:10.1016/j.woods.2010.04.008."
    )


def test_a_doi_broken_after_a_colon_or_its_scheme_joins_without_a_space():
    assert join_lines("is available from doi:10.4121/uuid:", "884958f5-b868-46e1.") == (
        "is available from doi:10.4121/uuid:884958f5-b868-46e1."
    )
    assert join_lines("273–289. doi:10.1002/1096-987x(200102)22:3<273::", "aid-jcc1001>3.0.co;2-0.") == (
        "273–289. doi:10.1002/1096-987x(200102)22:3<273::aid-jcc1001>3.0.co;2-0."
    )
    assert join_lines("Crystallographica B, B61, 548–557. doi:", "10.1107/s0108768105020331.") == (
        "Crystallographica B, B61, 548–557. doi:10.1107/s0108768105020331."
    )


def test_a_colon_outside_a_doi_keeps_its_space():
    assert join_lines("The woods were counted as follows:", "10 oaks and 12 elms.") == (
        "The woods were counted as follows: 10 oaks and 12 elms."
    )
    assert join_lines("the note says doi:", "see the next page.") == "the note says doi: see the next page."
