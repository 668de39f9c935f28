"""An algorithm's ruled box (algorithm2e: a rule across over its bold title "Algorithm 1: …", a rule
under the title, one under its last step) is a float: LaTeX set it atop the page after a page that
ended inside a sentence, and the sentence goes on under it (issue 15, the fifty-fourth check's
dynesty.pdf: "… directly to instead the" / Algorithm 1 atop p. 4 / "much simpler problem …" read "… to
instead the Algorithm 1: Static Nested Sampling", the steps between the sentence's halves). The title
is the float's caption, the steps a listing, and the sentence reads whole. Text sloika's own; expected
texts written by hand from the pages."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import COURIER, HELVETICA, HELVETICA_BOLD, font_pages, helvetica_line  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

RIGHT = 523
PAGE_ONE = [  # each line justified to the right edge: the page ends inside a sentence
    "The reader takes a page of a paper and gives back its text as a reader of the paper would read",
    "it, one paragraph after another, with the sentences whole and in the order the author wrote",
    "them, whatever the columns and the floats of the page did to the lines the sentences were set",
    "in. Taken together, these steps turn our hard problem of reading a page to instead the",
]
STEPS = [  # x, text, in the listing font
    (84, "// Read every line.", True),
    (84, "Draw K lines from the page.", False),
    (84, "while lines are left do", False),
    (96, "Read the next line of the page.", False),
    (84, "end", False),
]
AFTER = [
    "much simpler problem of reading one line at a time, which the reader does from the top of the",
    "page down to its foot.",
]


def _pages() -> bytes:
    first = [helvetica_line(72, 780 - 12 * at, text, 10, RIGHT) for at, text in enumerate(PAGE_ONE)]
    rules = [b"0.4 w 72 %d m %d %d l S" % (y, RIGHT, y) for y in (792, 776, 702)]
    box = [b"BT /F2 10 Tf 0 Tw 76 780 Td (Algorithm 1:) Tj /F1 10 Tf ( Static Page Reading) Tj ET"]
    box += [
        b"BT /%s 10 Tf 0 Tw %d %d Td (%s) Tj ET" % (b"F3" if mono else b"F1", x, 764 - 12 * at, text.encode())
        for at, (x, text, mono) in enumerate(STEPS)
        if not text.startswith("while")
    ]
    box.append(b"BT /F2 10 Tf 0 Tw 84 740 Td (while) Tj /F1 10 Tf ( lines are left ) Tj /F2 10 Tf (do) Tj ET")
    after = [helvetica_line(72, 680, AFTER[0], 10, RIGHT), helvetica_line(72, 668, AFTER[1], 10)]
    fonts = [(b"F1", HELVETICA), (b"F2", HELVETICA_BOLD), (b"F3", COURIER)]
    return font_pages([b"\n".join(first), b"\n".join([*rules, *box, *after])], fonts)


def test_a_sentence_goes_on_past_an_algorithm_box_atop_the_next_page():
    paragraphs = parse_pdf(_pages())[0].text.split("\n\n")
    sentence = (
        "in. Taken together, these steps turn our hard problem of reading a page to instead the much simpler"
        " problem of reading one line at a time, which the reader does from the top of the"
        " page down to its foot."
    )
    assert any(paragraph.endswith(sentence) for paragraph in paragraphs), paragraphs
    assert "Algorithm 1: Static Page Reading" in paragraphs
    assert not any("Algorithm" in paragraph and "instead the" in paragraph for paragraph in paragraphs)
    assert "while lines are left do" in paragraphs[-1].split("\n"), paragraphs  # the steps: a listing
