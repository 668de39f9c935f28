"""Headings that differ in their numbers opening several pages (issue 15, thirty-first check,
row 1): a Sphinx manual with no running head opened three pages of its version history with a
version's heading ("Version 0.5.0 – 2019-11-20 – PyPI – diff"); digits aside, the three read
alike, so they were taken for a running head and cut as ``page_furniture``, and a list item opening
another page at their place went with them. A running head keeps its words and numbers page after
page but for the folio; headings whose versions and dates differ are text. Geometry after the
manual (A4, text from 70 pt below the top, folio centred at the foot); words sloika's own."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import helvetica_pages, text_at  # noqa: E402
from pdfminer.fontmetrics import FONT_METRICS  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

PROSE = [
    "The reader turns each page into lines and the lines into paragraphs of text.",
    "A second sentence of the body follows the first one at the body's own leading.",
]


def page(number: int, rows: list[list[tuple[float, str]]]) -> bytes:
    """A page with ``rows`` (each row's pieces at their x) of 10 pt text from 70 pt below the top,
    18 pt apart, and its number centred at the foot."""
    ops = [text_at(x, 760 - 18 * at, text) for at, row in enumerate(rows) for x, text in row]
    ops.append(text_at(292, 45, str(number)))
    return "\n".join(ops).encode("cp1252")


def pieces(x: float, texts: list[str]) -> list[tuple[float, str]]:
    """``texts`` set as pieces on one row from ``x``, each a word space (3 pt) after the one before,
    as a link or a footnote mark splits a line."""
    row = []
    for text in texts:
        row.append((x, text))
        x += sum(FONT_METRICS["Helvetica"][1][char] for char in text) / 100 + 3
    return row


def version(name: str, date: str) -> list[tuple[float, str]]:
    """A version's heading: the version and its date, then its link, pieces of one row."""
    return pieces(72, [f"Version {name} \u2013 {date} \u2013 PyPI", "\u2013 diff"])


def item(name: str) -> list[tuple[float, str]]:
    """A theme's list item: its name, then its two links, pieces of one row."""
    return pieces(86, [f"\u2022 {name}", ": example", ", usage"])


def test_headings_differing_in_their_numbers_at_page_tops_are_text():
    """Three pages open with a version's heading, a fourth with a list item at the same place: all
    four are text; only the folios are furniture."""
    pages = [
        page(1, [[(72, PROSE[0])], [(72, PROSE[1])]]),
        page(2, [item("plain_theme"), item("other_theme"), [(72, PROSE[1])]]),
        page(3, [version("0.5.0", "2019-11-20"), [(86, "\u2022 Widgets get their own options")]]),
        page(4, [version("0.3.0", "2018-01-02"), [(86, "\u2022 Add options for a prolog")]]),
        page(5, [version("0.2.8", "2016-05-20"), [(86, "\u2022 Add options for execution")]]),
    ]
    (doc,) = parse_pdf(helvetica_pages(pages))
    for heading in ("Version 0.5.0", "Version 0.3.0", "Version 0.2.8", "plain_theme", "other_theme"):
        assert heading in doc.text
    furniture = [s.attrs["text"] for s in doc.layers["removed"] if s.attrs.get("why") == "page_furniture"]
    assert sorted(furniture) == ["1", "2", "3", "4", "5"]


def test_a_running_head_differing_in_its_folio_only_is_still_furniture():
    """A running head that carries its page number ("Release 2.1 – page 3") keeps its other numbers
    on every page: it is furniture, as before."""
    pages = [
        page(n, [[(72, f"Release 2.1 \u2013 page {n}")], [(72, PROSE[0])], [(72, PROSE[1])]])
        for n in range(1, 5)
    ]
    (doc,) = parse_pdf(helvetica_pages(pages))
    assert "Release" not in doc.text
    furniture = [s.attrs["text"] for s in doc.layers["removed"] if s.attrs.get("why") == "page_furniture"]
    assert sorted(furniture) == sorted(
        [f"Release 2.1 \u2013 page {n}" for n in range(1, 5)] + ["1", "2", "3", "4"]
    )
