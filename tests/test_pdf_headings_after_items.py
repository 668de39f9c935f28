"""A bold heading at the margin after a list item (issue 15, thirty-first check, row 1): a Sphinx
manual's version history sets each version's heading in bold at the margin and its changes as
bullet items indented under it; on a page whose long lines are the headings and items themselves,
no line reaches the column's measure, an item's line looked full, and the next version's heading
ran on into it ("• Links from … with a slash Version 0.2.18 – 2017-12-03 – PyPI – diff"). An item's
wrapped line hangs at its text, never left of its bullet, and opens in the item's face; words
sloika's own."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import HELVETICA, font_pages, helvetica_line, text_at  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

BOLD = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"

PROSE = [
    "The changes of each version are listed under its heading, the newest first, with",
    "the date of its release and a link to the differences from the version before it.",
    "Each change is one item of a list, set in from the margin under the heading, and",
    "an item that takes more than one line goes on at its own text, under its first word.",
    "The headings are set in bold at the margin, the items in the text's own face, and",
    "the space between two items is a little wider than the space between two lines of",
    "a paragraph, so that each item stands out from the next one without a blank line.",
    "Versions that changed nothing but fixed a few small errors have one item of that kind.",
]

HISTORY = [
    ("F2", 72, "Version 2.4 \u2013 2019-03-10 \u2013 release notes"),
    ("F1", 108, "\u2022 Options for the prolog and the epilog of each page"),
    ("F1", 108, "\u2022 Links between the pages now start with a slash"),
    ("F2", 72, "Version 2.3 \u2013 2018-12-03 \u2013 release notes"),
    ("F1", 108, "\u2022 Fix the reading of empty cells"),
    ("F2", 72, "Version 2.2 \u2013 2018-11-12 \u2013 release notes"),
    ("F1", 108, "\u2022 Basic support for widgets in the output"),
    ("F1", 108, "\u2022 Links to local files are rewritten for all source files, not only notebooks"),
    ("F1", 108, "\u2022 The style sheet adapts to narrow screens"),
    ("F2", 72, "Version 2.1 \u2013 2018-10-07 \u2013 release notes"),
    ("F1", 108, "\u2022 Minor fixes"),
]


def test_a_bold_heading_at_the_margin_after_an_item_is_a_paragraph_of_its_own():
    """Each heading and each item is a paragraph: none runs on into the item above it."""
    prose = [helvetica_line(72, 760 - 12 * at, text, 10, end=523) for at, text in enumerate(PROSE)]
    rows = [text_at(x, 760 - 15 * at, text, font=font) for at, (font, x, text) in enumerate(HISTORY)]
    pages = [b"\n".join(prose), "\n".join(rows).encode("cp1252")]
    data = font_pages(pages, [(b"F1", HELVETICA), (b"F2", BOLD)])
    (doc,) = parse_pdf(data)
    assert doc.text.split("\n\n") == [" ".join(PROSE)] + [text for _, _, text in HISTORY]
