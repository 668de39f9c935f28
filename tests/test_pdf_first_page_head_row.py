"""A journal's first-page head row (issue 15, issue-dyncols55; the fifty-fourth check's dynesty.pdf,
an MNRAS preprint): "MNRAS 000, 1–29 (2019)", the running foot of every page, was cut at p. 1's top,
but the pieces set beside it on that row, "Preprint 25 February 2020" and "Compiled using MNRAS LaTeX
style file v3.0", printed once, stayed as the paper's first two paragraphs. Pages hand-built with the
helpers of the other PDF tests, texts written for the test."""

from __future__ import annotations

from pdf_objects import helvetica_line, helvetica_pages

from sloika.pipelines.formats.pdf import parse_pdf

ISSUE = "JOURNAL 000, 1-4 (2019)"
HEAD = [(42.0, ISSUE), (224.0, "Preprint 25 February 2020"), (376.0, "Compiled using the journal style file")]
PAGES = [
    "The first page opens the paper with a paragraph about the way a sampler walks through space.",
    "The second page goes on with the methods that the package carries out in several ways.",
    "The third page tells how the tests were run and what the package found in each of them.",
    "The fourth page ends the paper with a short summary of what the package does for its users.",
]


def test_pieces_beside_a_cut_head_on_the_first_row_are_furniture():
    """Page 1's top row: the issue line (each later page's foot) and two pieces 3 em or more apart
    from it and from each other: all three go as the page's furniture, the prose stays."""
    first = [helvetica_line(x, 790, text, 8) for x, text in HEAD]
    pages = [
        b"\n".join(
            [*(first if at == 0 else [helvetica_line(42, 40, ISSUE, 8)]), helvetica_line(42, 700, text, 10)]
        )
        for at, text in enumerate(PAGES)
    ]
    parsed = parse_pdf(helvetica_pages(pages))[0]
    assert parsed.text.split("\n\n") == PAGES
    cut = [s.attrs["text"] for s in parsed.layers["removed"] if s.attrs.get("why") == "page_furniture"]
    assert cut == [text for _, text in HEAD] + [ISSUE] * 3
