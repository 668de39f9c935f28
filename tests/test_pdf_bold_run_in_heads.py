"""A line that opens with a bold run-in head ("Lemma 3:", "Definition:", "Proof:") after a sentence's
end starts a paragraph (issue 15, the forty-first check's row 2: r-cran-iso's algorithm.pdf sets its
lemmas and definitions flush left with no indent and no skip, and the reflow ran them on: "… a couple
of preliminary lemmas. Definition: For any constant c we define", "… of Lemma 1 and 2: Lemma 3: Let
…"). A bold word opening a line inside a sentence, or after a sentence but with no colon (no head),
goes on as before. All texts are written for the tests."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import HELVETICA, escaped, helvetica_line, one_page  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

RIGHT = 540.0
BOLD = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
FONTS = [(b"F1", HELVETICA), (b"F2", BOLD)]
BEFORE = [
    "To prove the main theorem of this section we require the following definitions and also",
    "a short list of results on sets of level values that are proved one after the other below.",
]


def _page(head: str, rest: str) -> bytes:
    """The paragraph ``BEFORE`` (its lines justified to ``RIGHT``), then a line at the margin under
    it at the same line gap: ``head`` in bold, ``rest`` in the text's face."""
    rows = [helvetica_line(72, 700 - 12 * at, row, 10, RIGHT) for at, row in enumerate(BEFORE)]
    rows.append(b"BT 72 676 Td /F2 10 Tf (%s) Tj /F1 10 Tf (%s) Tj ET" % (escaped(head), escaped(rest)))
    return one_page(b" ".join(rows), FONTS)


def test_a_bold_run_in_head_after_a_sentence_starts_a_paragraph():
    (doc,) = parse_pdf(_page("Definition: ", "Let the level values of the fitted function be given."))
    assert doc.text.split("\n\n") == [
        " ".join(BEFORE),
        "Definition: Let the level values of the fitted function be given.",
    ]


def test_a_bold_word_without_a_colon_goes_on_the_paragraph():
    (doc,) = parse_pdf(_page("Lemmas ", "of this kind are proved by the same argument as the theorem."))
    assert doc.text.split("\n\n") == [
        f"{' '.join(BEFORE)} Lemmas of this kind are proved by the same argument as the theorem."
    ]
