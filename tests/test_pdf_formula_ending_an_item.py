"""A short formula that ends a list item's sentence is the item's last line, not a display (issue 15,
twenty-ninth held-out check: "• compute the regular language R = [[E]] for a regular expression" /
"E ∈ R", the wrapped last line cut as ``math``). It starts at the item's hanging indent, where the
page's other wrapped item lines start, under a line that fills the column mid-sentence. Pages
hand-built, sentences sloika's own, expected texts typed by hand."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import HELVETICA, helvetica_line, one_page, removed_texts, tex_font  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

CMMI = tex_font(b"KBOUDP+CMMI10", b"99 /c 102 /f 107 /k")
RIGHT = 522

LEAD = [
    "For the checks of a lens the library has to work out a few properties of the regular",
    "languages that its parts accept, and it does so with the help of the following three",
]
ITEM_A = [
    "(a) decide whether two of the languages are disjoint, though a general intersection",
    "is never needed and there is no quicker way known to us to decide it that way for",
]
ITEM_A_END = "all of them."
ITEM_B = "(b) compute the regular language that belongs to the regular expression given as"
AFTER = "A short paragraph follows here so that the page holds enough lines of the text body."


def _parse(content: bytes):
    (doc,) = parse_pdf(one_page(content, [(b"F1", HELVETICA), (b"M", CMMI)]))
    return doc


def _formula(x: int, y: int) -> bytes:
    """ "c = f": the two variables in math italic, the sign in the text font."""
    return b"BT %d %d Td /M 10 Tf (c) Tj /F1 10 Tf ( = ) Tj /M 10 Tf (f) Tj ET" % (x, y)


def _page(formula_x: int) -> bytes:
    return b"\n".join(
        [
            helvetica_line(72, 760, LEAD[0], 10, RIGHT),
            helvetica_line(72, 748, LEAD[1], 10),
            helvetica_line(90, 730, ITEM_A[0], 10, RIGHT),
            helvetica_line(108, 718, ITEM_A[1], 10, RIGHT),
            helvetica_line(108, 706, ITEM_A_END, 10),
            helvetica_line(90, 694, ITEM_B, 10, RIGHT),
            _formula(formula_x, 682),
            helvetica_line(72, 656, AFTER, 10),
        ]
    )


def test_a_formula_at_the_items_hanging_indent_ends_its_sentence():
    """ "c = f" under item (b)'s full first line, at the indent item (a)'s wrapped lines start at:
    the item reads on into it, nothing is cut."""
    doc = _parse(_page(108))
    assert f"{ITEM_B} c = f" in doc.text
    assert removed_texts(doc, "math") == []


def test_a_centred_formula_under_the_item_stays_a_display():
    """The same formula centred under the item, well right of the hanging indent: a display, not the
    item's last line; one line, it stays a ``math`` paragraph of its own (it went to ``removed`` as
    ``math`` before display formulas written on one line were kept)."""
    doc = _parse(_page(280))
    assert "\n\nc = f\n\n" in doc.text
    assert [doc.text[s.start : s.end] for s in doc.spans if s.label == "math"] == ["c = f"]
    assert removed_texts(doc, "math") == []
