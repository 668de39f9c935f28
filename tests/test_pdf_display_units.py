"""A display formula is one unit, cut whole (issue 15, thirty-fourth held-out check, row 2: Rmpfr's
log1mexp-note.pdf). Display (3), its left half under 3 em in from the margin, stayed text, torn at
its fraction into two paragraphs ("… = logit(ep̃) = log ep̃" / "1 − ep̃ = p̃ − log (1 − ep̃),"); of
display (7), a `cases` display, the branch "log1p(− exp(−a))", set in the text font, stayed a
paragraph after "i.e.," while the rest went as ``math``. Pages hand-built, sentences sloika's own,
expected texts typed by hand."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import HELVETICA, one_page, removed_texts, tex_font  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

CMMI = tex_font(b"KBOUDP+CMMI10", b"97 /a 98 /b 99 /c 102 /f 103 /g")
OPENING = "The method is simple to state, and this note explains the two ways to compute it well."
CLOSING = "A short paragraph follows here so that the page holds enough lines of the text body."


def _parse(rows: list[bytes]):
    (doc,) = parse_pdf(one_page(b"\n".join(rows), [(b"F1", HELVETICA), (b"M", CMMI)]))
    return doc


def _row(x: int, y: int, text: str) -> bytes:
    return b"BT /F1 10 Tf %d %d Td (%s) Tj ET" % (x, y, text.encode())


def _relation(x: int, y: int, left: str, sign: str, right: str) -> bytes:
    """``left sign right``: the two variables in math italic, the sign in the text font."""
    return b"BT %d %d Td /M 10 Tf (%s) Tj /F1 10 Tf ( %s ) Tj /M 10 Tf (%s) Tj ET" % (
        x,
        y,
        left.encode(),
        sign.encode(),
        right.encode(),
    )


def test_a_numbered_display_little_indented_is_a_display():
    """A display set 2.5 em in from the margin, its number "(3)" at the right edge: under the 3 em
    of a centred display's indent, it stayed a paragraph between "… we need" and "and the last
    term …". Beside its equation number it is a display: it reads as one line, "c = f (3)", so it
    stays in the text, a paragraph of its own (issue-keddmath: set in the page's top tenth, it went
    as ``math`` and the sentence joined over it)."""
    lead = "If the argument is given on the log scale, as it is in most of the code we use, we need"
    rest = "and the last term is exactly the topic of this note, which the next section takes up."
    doc = _parse(
        [
            _row(72, 760, OPENING),
            _row(72, 736, lead),
            _relation(97, 712, "c", "=", "f"),
            _row(500, 712, "(3)"),
            _row(72, 688, rest),
            _row(72, 664, CLOSING),
        ]
    )
    assert f"{lead}\n\nc = f (3)\n\n{rest}" in doc.text
    assert removed_texts(doc, "math") == []


def test_a_cases_branch_in_the_text_font_goes_with_its_display():
    """A `cases` display: "f = g" over the branch "log1p(exp(a))" (operator names in the text font,
    a bracket, no prose word) with its condition "a > b" in math italic beside it. The condition
    went as ``math``, the branch stayed a paragraph of its own: now the display goes whole."""
    lead = "It needs a cutoff between choosing the first way for small values and the second, i.e.,"
    doc = _parse(
        [
            _row(72, 760, OPENING),
            _row(72, 736, lead),
            _relation(150, 712, "f", "=", "g"),
            _row(160, 700, "log1p(exp(a))"),
            _relation(300, 700, "a", ">", "b"),
            _row(72, 676, CLOSING),
        ]
    )
    assert doc.text.endswith(f"{lead}\n\n{CLOSING}")
    assert removed_texts(doc, "math") == ["f = g", "log1p(exp(a))", "a > b"]
