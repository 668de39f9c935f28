"""Floats on a page of their own read before the code printed after them (issue 15, the forty-fifth
check's review A, row 04, dbscan.pdf, defects 4 and 5). P. 13 ended "… and minPts", p. 14 held
Figures 5 and 6 alone, p. 15 opened with Figure 7, then "mostly affects … of 10 points)." and the
"> res <- optics(…)" call and its output: the three captions read after the output. P. 16 ended with
the call "> res <- extractXi(…)" / "> res", p. 17 held Figures 9 and 10 alone, p. 18 opened with the
output: the output was joined to the call in one block, the captions after both. A float atop the
code's own page keeps its place after the code (pls-manual's Figure 6, qtl's Figure 12). Pages
hand-built (helpers of test_pdf_authors_and_floats and test_pdf_float_after_code_under_paragraph),
words sloika's own, expected texts typed by hand."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import COURIER, HELVETICA, font_pages  # noqa: E402
from test_pdf_authors_and_floats import _justified, _parse, _text  # noqa: E402
from test_pdf_float_after_code_under_paragraph import CAPTION, CODE, NEXT, SENTENCE, _broken_page, _code  # noqa: E402
from test_pdf_item_breaks_and_chunks_overleaf import SLANTED  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

FIGURE_PAGE = "Figure 5: The errors of prediction for each number of components in the model."
REST = "section. The results can be shown in a plot or in numbers."
LEAD = [
    "The fit is refined once more with the smaller step, and the printed object tells how many of",
    "the segments were kept. We use here a step of 0.05 for the whole data set.",
]
CALL = ["> fit <- refine(fit, step = 0.05)", "> fit"]
OUTPUT = ["Refined fit for 400 objects.", "Parameters: step = 0.05, segments = 10"]
AFTER = "The refined fit keeps seven segments of the ten."


def test_floats_of_a_page_of_their_own_go_before_the_code_under_the_paragraph():
    """Page 2 holds Figure 5 alone, page 3 opens with Figure 6, the sentence's rest ending a
    sentence, its code: the paragraph, both captions, then the code (as the pages print them)."""
    third = [_text(150, 780, CAPTION), _text(72, 740, REST), *_code(722), _justified(87, 680, NEXT, 380.0)]
    paragraphs = _parse([_broken_page(), [_text(100, 400, FIGURE_PAGE)], third]).text.split("\n\n")
    assert paragraphs == [f"{SENTENCE} {REST}", FIGURE_PAGE, CAPTION, "\n".join(CODE), NEXT]


def _chunk_pages(floats_page: bool) -> list[bytes]:
    """A paragraph, then a chunk's input (slanted) closing page 1 at its foot; a caption on a page of
    its own (``floats_page``) or atop the output's page; the output (upright), then a paragraph."""
    first = [_justified(72, 780 - 14 * at, line) for at, line in enumerate(LEAD[:1])]
    first += [
        _text(72, 766, LEAD[1]),
        *(_text(72, 86 - 12 * at, row, font="F3") for at, row in enumerate(CALL)),
    ]
    output = [_text(72, 700 - 12 * at, row, font="F2") for at, row in enumerate(OUTPUT)]
    output.append(_text(72, 660, AFTER))
    pages = (
        [first, [_text(100, 400, FIGURE_PAGE)], output]
        if floats_page
        else [first, [_text(100, 780, FIGURE_PAGE), *output]]
    )
    fonts = [(b"F1", HELVETICA), (b"F2", COURIER), (b"F3", SLANTED)]
    return font_pages(["\n".join(page).encode() for page in pages], fonts)


def test_a_chunks_output_past_a_page_of_floats_is_a_block_after_them():
    """The call closes page 1, Figure 5 fills page 2, the output opens page 3: the call, the caption,
    the output, each apart."""
    (doc,) = parse_pdf(_chunk_pages(floats_page=True))
    assert doc.text.split("\n\n") == [" ".join(LEAD), "\n".join(CALL), FIGURE_PAGE, "\n".join(OUTPUT), AFTER]


def test_a_chunks_output_under_a_float_atop_its_page_goes_on_the_call():
    """The caption atop the output's own page: the call goes on in its output, the caption after."""
    (doc,) = parse_pdf(_chunk_pages(floats_page=False))
    assert doc.text.split("\n\n") == [" ".join(LEAD), "\n".join(CALL + OUTPUT), FIGURE_PAGE, AFTER]
