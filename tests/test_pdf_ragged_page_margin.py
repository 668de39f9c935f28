"""A page whose long lines do not end together shows no right margin of its own (issue 15, check 45,
row 4, dbscan.pdf p. 28): the last page held an affiliation's lines alone, three of them 40
characters or longer, and the longest was taken for the page's margin, so it seemed to fill the
column and "Dept. of Computer Science and Engineering, Wright State University" ran on into "3640
Colonel Glenn Hwy, Dayton, OH, 45435". Pages hand-built (helpers of test_pdf_authors_and_floats),
words sloika's own, expected texts typed by hand."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from test_pdf_authors_and_floats import FILLER, _justified, _parse, _text  # noqa: E402

ADDRESS = [
    "School of Engineering and Applied Computing",
    "Department of Computing and Engineering, Northern State University",
    "1200 Long Meadow Road, Springfield, ST, 12345",
    "E-mail: someone@example.org",
]


def test_the_lines_of_a_ragged_last_page_stay_apart_where_the_other_pages_are_justified():
    first = [_justified(72, 780 - 14 * at, line) for at, line in enumerate(FILLER * 10)]
    second = [_text(72, 780 - 14 * at, line) for at, line in enumerate(ADDRESS)]
    assert _parse([first, second]).text.split("\n\n")[-4:] == ADDRESS
