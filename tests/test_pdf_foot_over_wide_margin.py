"""A running foot set high over a wide bottom margin (issue 15, the fiftieth check's row 05:
alpha-persian-l.userguide.pdf). Its "By Shapour Madadpour" stands under a rule about 90 pt over
each Letter page's foot, outside the page's outer tenth, where the reader looked for furniture only;
it was kept 16 times inside the BibTeX listings that run across the pages, twice glued to a code
line. A line on a page's last row, in the body's size, that comes back at one place on every page
is a running foot wherever the margin puts it. Texts and pages written for the test (A4, Helvetica
prose and foot, Courier code 10 pt on 12 pt)."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import COURIER, HELVETICA, code_line, font_pages, helvetica_line, removed_texts  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

FOOT = "By A. Writer"
ENTRIES = ["first", "second", "third", "fourth"]


def entry(name: str) -> list[str]:
    """The BibTeX entry ``name`` as the page prints it, line by line."""
    return [f"@book{{{name},", f"title={{The {name} book}},", "year={2002},", "}"]


def page(name: str) -> bytes:
    """A page with a sentence at its top, ``name``'s entry ending 100 pt over the foot and the
    running foot under it 90 pt up (inside the outer tenth is 84 pt)."""
    rows = entry(name)
    ops = [helvetica_line(72, 780, f"The entry {name} is written in the file as follows.", 10)]
    ops += [code_line(72, 100 + 12 * (len(rows) - 1 - at), text, 10) for at, text in enumerate(rows)]
    ops.append(helvetica_line(270, 90, FOOT, 10))
    return b"\n".join(ops)


def test_a_running_foot_over_a_wide_bottom_margin_under_listings_is_cut():
    pdf = font_pages([page(name) for name in ENTRIES], [(b"F1", HELVETICA), (b"F2", COURIER)])
    (doc,) = parse_pdf(pdf)
    printed = [
        "\n".join([f"The entry {name} is written in the file as follows.", "", *entry(name)])
        for name in ENTRIES
    ]
    assert doc.text == "\n\n".join(printed)
    assert removed_texts(doc, "page_furniture") == [FOOT] * len(ENTRIES)
