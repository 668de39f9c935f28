"""A running foot set high over a wide bottom margin (issue 15, issue-rtl2; the fiftieth check's row
05: alpha-persian-l.userguide.pdf). Its "By Shapour Madadpour" stands under a rule 87 pt over each
Letter page's foot, outside the page's outer tenth, where the reader looked for furniture only, and
was kept 16 times inside the BibTeX listings running across the pages, twice glued to a code line.
A line ending three pages or more with one text at one place, set apart from the text over it, under
different text on different pages, is a running foot wherever the margin puts it. (A page's last
line that moves with its text, a page's only line and pages repeating their text stay: the tests of
``test_readers_papers`` and ``test_pdf_display_order`` keep them.) Texts and pages written for the
test (A4, Helvetica prose and foot, Courier code 10 pt on 12 pt)."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import COURIER, HELVETICA, code_line, font_pages, helvetica_line, removed_texts  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

FOOT = "By A. Writer"
NAMES = ["first", "second", "third", "fourth"]
LISTING = [
    line
    for name in NAMES
    for line in (f"@book{{{name},", f"title={{The {name} book}},", f"author={{A. {name.title()}}},", "}")
]
SLICES = [LISTING[:5], LISTING[5:9], LISTING[9:12], LISTING[12:]]  # a page's share of the listing


def page(name: str, rows: list[str]) -> bytes:
    """A page with a sentence at its top, its share of the listing under it, and the running foot
    90 pt up (the outer tenth is 84 pt), 2 em or more under the listing."""
    ops = [helvetica_line(72, 780, f"The {name} part of the sample is printed on this page.", 10)]
    ops += [code_line(72, 756 - 12 * at, text, 10) for at, text in enumerate(rows)]
    ops.append(helvetica_line(270, 90, FOOT, 10))
    return b"\n".join(ops)


def test_a_running_foot_over_a_wide_bottom_margin_under_a_listing_is_cut():
    pdf = font_pages(
        [page(name, rows) for name, rows in zip(NAMES, SLICES, strict=True)],
        [(b"F1", HELVETICA), (b"F2", COURIER)],
    )
    (doc,) = parse_pdf(pdf)
    assert FOOT not in doc.text
    assert removed_texts(doc, "page_furniture") == [FOOT] * len(SLICES)
    lines = [line for line in doc.text.split("\n") if line.strip()]
    assert [line.strip() for line in lines if not line.startswith("The ")] == LISTING
