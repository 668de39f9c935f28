"""A listing's closing "}" at the page's foot (issue 15, the forty-fifth check's row F2: aplpack's
sliderfns.pdf, a noweb program whose chunks end pages on a brace). The "}" under the listing's last
line stands at one place over the folio of page after page, like a running footer, and seven of
them were cut as ``page_furniture``, leaving the functions unbalanced. A monospaced line set at the
listing's leading under a code line is the listing's, though its text comes back there. Texts and
pages written for the test (A4, Helvetica prose, Courier code 10 pt on 12 pt, the folio under)."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import COURIER, HELVETICA, code_line, font_pages, helvetica_line, removed_texts  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

NAMES = ["first", "second", "third"]


def listing(name: str) -> list[tuple[float, str]]:
    """The function ``name``'s listing as the page prints it: (x, text) rows, its "}" last."""
    return [(72, f"{name} <- function(x) {{"), (84, "y <- x + 1"), (84, f"print({name})"), (72, "}")]


def page(number: int, name: str) -> bytes:
    """A page with a sentence at its top and ``name``'s listing ending at the foot (its "}" on the
    baseline 70 pt up, inside the page's outer tenth), the folio under it."""
    rows = listing(name)
    ops = [helvetica_line(72, 780, f"The function {name} is defined on this page as follows.", 10)]
    ops += [code_line(x, 70 + 12 * (len(rows) - 1 - at), text, 10) for at, (x, text) in enumerate(rows)]
    ops.append(helvetica_line(295, 40, str(number), 10))
    return b"\n".join(ops)


def test_a_listing_s_closing_brace_at_each_page_foot_stays_and_the_folio_goes():
    pdf = font_pages(
        [page(at + 1, name) for at, name in enumerate(NAMES)], [(b"F1", HELVETICA), (b"F2", COURIER)]
    )
    (doc,) = parse_pdf(pdf)
    printed = [
        "\n".join(
            [f"The function {name} is defined on this page as follows.", ""]
            + [" " * int((x - 72) / 6) + text for x, text in listing(name)]
        )
        for name in NAMES
    ]
    assert doc.text == "\n\n".join(printed)
    assert removed_texts(doc, "page_furniture") == ["1", "2", "3"]
