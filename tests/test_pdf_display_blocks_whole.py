"""A display block leaves whole (issue 15, twenty-ninth held-out check: a lens note's aligned blocks
of four equations, "get c = t" / "parse c = ▷, c, {}" / "put t (k, s, d) = s, d" / "create t (k, d)
= u, d", lost the two whose function names are longer than an operator's and kept those as
paragraphs glued to each other and to the sentence that led into the block). A line indented as a
display beside a line cut as ``math``, holding a relation sign and few words of prose (a function's
name, "if … undefined"), is the display's too. Pages hand-built, sentences sloika's own, expected
texts typed by hand."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import HELVETICA, math_spans, one_page, removed_texts, tex_font  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

CMMI = tex_font(b"KBOUDP+CMMI10", b"99 /c 102 /f 107 /k")

FIRST = "A lens is given by four functions that move data between a file and its tree, and"
SECOND = "each of them is written below as the equation that defines it. In short, they are"
AFTER = "The second and the fourth function are used when there is no tree to start from yet."
LAST = "A short paragraph follows here so that the page holds enough lines of the text body."


def _parse(content: bytes):
    (doc,) = parse_pdf(one_page(content, [(b"F1", HELVETICA), (b"M", CMMI)]))
    return doc


def _row(x: int, y: int, text: str) -> bytes:
    return b"BT /F1 10 Tf %d %d Td (%s) Tj ET" % (x, y, text.encode())


def _equation(x: int, y: int, name: str, left: str, right: str, size: int = 10) -> bytes:
    """``name left = right``: the name in the text font, the two variables in math italic."""
    named = b"/F1 %d Tf (%s ) Tj " % (size, name.encode()) if name else b""
    return b"BT %d %d Td %s/M %d Tf (%s) Tj /F1 %d Tf ( = ) Tj /M %d Tf (%s) Tj ET" % (
        x,
        y,
        named,
        size,
        left.encode(),
        size,
        size,
        right.encode(),
    )


def test_an_aligned_block_stays_whole_with_its_named_lines():
    """Rows 1 and 3 ("c = f", "k = c") read as formulas; rows 2 and 4 ("parse c = f", "create k =
    f") hold a name of five letters or more in the text font, which the formula test reads as a
    word. They were kept, glued to the lead-in ("… they are parse c = f"): now the four rows are one
    display, kept whole or cut whole, and the lead-in ends its paragraph. Each row reads as a line,
    so the display stays in the text, one row a line (issue-keddmath: the block's top in the page's
    top tenth, where running heads stand, had sent it to ``removed``)."""
    doc = _parse(
        b"\n".join(
            [
                _row(72, 760, FIRST),
                _row(72, 748, SECOND),
                _equation(180, 728, "", "c", "f"),
                _equation(168, 714, "parse", "c", "f"),
                _equation(180, 700, "", "k", "c"),
                _equation(166, 686, "create", "k", "f"),
                _row(72, 664, AFTER),
                _row(72, 640, LAST),
            ]
        )
    )
    rows = "c = f\nparse c = f\nk = c\ncreate k = f"
    assert doc.text == f"{FIRST} {SECOND}\n\n{rows}\n\n{AFTER}\n\n{LAST}"
    assert removed_texts(doc, "math") == []
    assert math_spans(doc) == [rows]


def test_a_centred_sentence_with_a_relation_beside_a_formula_stays():
    """A centred line of prose under the formula ("where each of these numbers = the count of the
    nodes"): four words of prose or more, so it is text, not the display's, and stays."""
    where = "where each of these numbers = the count of the nodes"
    doc = _parse(
        b"\n".join(
            [
                _row(72, 760, FIRST),
                _row(72, 748, SECOND),
                _equation(180, 728, "", "c", "f"),
                _row(168, 714, where),
                _row(72, 692, AFTER),
                _row(72, 668, LAST),
            ]
        )
    )
    assert f"\n\nc = f\n\n{where}\n\n" in doc.text  # the formula a display of its own, kept
    assert removed_texts(doc, "math") == []


def test_a_named_equation_alone_at_the_margin_stays():
    """The same named row at the text's margin, no formula line beside it: a line of the text."""
    doc = _parse(
        b"\n".join(
            [
                _row(72, 760, FIRST),
                _row(72, 748, SECOND),
                _equation(72, 736, "parse", "c", "f"),
                _row(72, 712, AFTER),
                _row(72, 688, LAST),
            ]
        )
    )
    assert f"{SECOND} parse c = f" in doc.text
    assert removed_texts(doc, "math") == []


def test_named_rows_set_smaller_than_the_text_stay():
    """The same block with its named rows set at 8 pt under a 10 pt text: a listing's assignments
    beside a formula, not the display's rows; they stay, and the two formulas are displays alone:
    "k = c", one line between two of the text, stays a ``math`` paragraph of its own, and so does
    "c = f", in the page's top tenth (a formula's record there is a display's piece, no running
    head's: issue-keddmath) (``pdf_display_formulas``)."""
    doc = _parse(
        b"\n".join(
            [
                _row(72, 760, FIRST),
                _row(72, 748, SECOND),
                _equation(180, 728, "", "c", "f"),
                _equation(168, 716, "parse", "c", "f", 8),
                _equation(180, 704, "", "k", "c"),
                _equation(166, 692, "create", "k", "f", 8),
                _row(72, 670, AFTER),
                _row(72, 646, LAST),
            ]
        )
    )
    assert "parse c = f" in doc.text and "create k = f" in doc.text
    assert removed_texts(doc, "math") == []
    assert math_spans(doc) == ["c = f", "k = c"]


def test_a_rules_premises_set_a_quad_apart_leave_together():
    """A rule's two premises on one row, two ems apart: "c = f" reads as a formula, "parse k = c" is
    the display's named row on its row; both go to ``removed`` as ``math``, the conclusion under
    them too."""
    doc = _parse(
        b"\n".join(
            [
                _row(72, 760, FIRST),
                _row(72, 748, SECOND),
                _equation(180, 728, "", "c", "f"),
                _equation(240, 728, "parse", "k", "c"),
                _equation(210, 712, "", "k", "f"),
                _row(72, 690, AFTER),
                _row(72, 666, LAST),
            ]
        )
    )
    assert doc.text == f"{FIRST} {SECOND}\n\n{AFTER}\n\n{LAST}"
    assert sorted(removed_texts(doc, "math")) == ["c = f", "k = f", "parse k = c"]


def test_a_displays_word_on_its_row_leaves_with_it():
    """tgp.pdf (thirty-seventh check, row 1): a display's own words in the text font, the script
    "iid" set small over its "∼" and the `cases` condition "otherwise" set apart at the end of a
    row, stayed as paragraphs of their own when the display was cut as ``math``. A word or two of
    letters set apart on a row of a display cut goes with it."""
    doc = _parse(
        b"\n".join(
            [
                _row(72, 760, FIRST),
                _row(72, 748, SECOND),
                _equation(240, 728, "", "c", "f"),
                b"BT /F1 5 Tf 243 735 Td (iid) Tj ET",
                _equation(180, 712, "", "k", "c"),
                _row(240, 712, "otherwise"),
                _row(72, 690, AFTER),
                _row(72, 666, LAST),
            ]
        )
    )
    assert doc.text == f"{FIRST} {SECOND}\n\n{AFTER}\n\n{LAST}"
    assert sorted(removed_texts(doc, "math")) == ["c = f", "iid", "k = c", "otherwise"]
