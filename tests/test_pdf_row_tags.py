"""A manual's definitions in PDF (issue 15, the forty-fourth held-out check's row 2, maxmat3man.pdf):
two bullets, each a condition with its name in brackets set flush right on its row ("• i = 1 or
j = 1 …" … "(left maximality)"). The name stood 10 em right of its condition, past any gap a line's
pieces are joined across, so it was read as a paragraph of its own under its bullet. Texts sloika's
own; expected texts typed by hand."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import helvetica_line, helvetica_pages, helvetica_width  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

LEAD = [
    "Two occurrences of a match stand in a longer match when the characters left or right of",
    "them are the same in both sequences. A match is maximal if both of the following hold:",
]
AFTER = [
    "A maximal unique match is a maximal match whose substring occurs exactly once in each of",
    "the sequences, and a candidate one is unique in the reference sequence only.",
]


def _page() -> bytes:
    """Justified 10 pt prose from x 72 to 520, two bullets under it, each with its tag at 520."""
    rows = [helvetica_line(72, 700, LEAD[0], 10, end=520), helvetica_line(72, 688, LEAD[1], 10, end=520)]
    for y, condition, tag in [
        (668, "\u2022 i = 1 or j = 1 or the characters before differ", "(left maximality)"),
        (652, "\u2022 the characters after the ends differ", "(right maximality)"),
    ]:
        rows.append(helvetica_line(90, y, condition, 10))
        rows.append(helvetica_line(520 - helvetica_width(tag, 10), y, tag, 10))
    rows += [helvetica_line(72, 632, AFTER[0], 10, end=520), helvetica_line(72, 620, AFTER[1], 10)]
    return helvetica_pages([b"\n".join(rows)])


def test_a_tag_set_flush_right_stays_on_its_row():
    """Each bullet reads with its tag at its end, no tag a paragraph of its own."""
    doc = parse_pdf(_page())[0]
    assert doc.text.split("\n\n") == [
        " ".join(LEAD),
        "\u2022 i = 1 or j = 1 or the characters before differ (left maximality)",
        "\u2022 the characters after the ends differ (right maximality)",
        " ".join(AFTER),
    ]
