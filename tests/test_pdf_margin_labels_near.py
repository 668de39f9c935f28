"""A documented .dtx's margin labels set right-aligned half an em before the column (sagetex.pdf's
implementation part: "plot", "goboom", "sageblock (env.)" end 5 pt left of the 10 pt text) stand
apart from the paragraph pdfminer read them into: each a label line of its own over its paragraph,
as the user part's labels pdfminer read apart are, not the paragraph's first word ("plot I hope it's
obvious that this function does plotting.", issue 15, the fifty-first check, row 2). An environment's
label carries doc.sty's roman tag "(env.)" in the label's smaller size. Hand-built PDFs, 10 pt
Helvetica prose at x 144 and 9 pt Courier labels in the margin."""

from __future__ import annotations

from pdf_objects import font_pages
from test_pdf_environment_names import FONTS, WIDTH, _margin_notes, _text

from sloika.pipelines.formats.pdf import parse_pdf

GAP = 5.0  # pt between a label's end and the column: half an em of the text, over a word space
TAG = " (env.)"
TAG_WIDTH = 23.0  # pt: "(env.)" in 9 pt Helvetica
SPACE = 2.5  # pt: a word space of 9 pt Helvetica, set as TeX sets one, with no glyph
BEFORE = [
    "The parser keeps a record of every block it has read so far, and it writes",
    "the record out at the end of the run, when the document has been read whole",
    "and each of its blocks has been sent to the program that evaluates it.",
]
ENTRIES = {
    "plot": [
        "I hope it is obvious that this function does the drawing: it is the Python",
        "counterpart of the macro described in the section before, and it takes the",
        "keyword arguments of the macro as they stand in the document.",
    ],
    "sageblock" + TAG: [
        "This environment does both: it typesets your code and puts it into the file",
        "for execution, where the program evaluates it with the blocks before it.",
    ],
}


def _label(y: float, label: str) -> str:
    """A 9 pt Courier name, with its roman tag after it, ending ``GAP`` points left of the column."""
    name, tag = label.removesuffix(TAG), TAG if label.endswith(TAG) else ""
    x = 144 - GAP - WIDTH * len(name) - (SPACE + TAG_WIDTH if tag else 0)
    tagged = _text(x + WIDTH * len(name) + SPACE, y, tag.strip(), "F1", 9) if tag else ""
    return _text(x, y, name, "F2", 9) + "\n" + tagged


def _labelled_page() -> bytes:
    parts = [_text(144, 700 - 12 * at, text) for at, text in enumerate(BEFORE)]
    y = 700 - 12 * len(BEFORE) - 12
    for label, lines in ENTRIES.items():
        parts.append(_label(y, label))
        parts += [_text(144, y - 12 * at, text) for at, text in enumerate(lines)]
        y -= 12 * len(lines) + 12
    return font_pages(["\n".join(parts).encode()], FONTS)


def test_labels_half_an_em_before_the_column_stand_over_their_paragraphs():
    """sagetex.pdf kept "plot I hope it's obvious …" and "sageblock (env.) This environment does both …"."""
    parsed = parse_pdf(_labelled_page())[0]
    expected = [" ".join(BEFORE)]
    for label, lines in ENTRIES.items():
        expected += [label, " ".join(lines)]
    assert parsed.text.split("\n\n") == expected
    assert _margin_notes(parsed) == []


STACKED = [
    "This function and its companion used to write stuff to the output file, but now they",
    "just update the user on our progress evaluating a code block, one block at a time.",
]


def test_a_stack_of_labels_half_an_em_before_the_column_stands_over_its_paragraph():
    """sagetex.pdf p. 33 kept "blockbegin This function … but now they" ⏎⏎ "blockend just update …":
    the label of the entry over it, read into its line, made the page's text start in the margin, and
    the second label of the stack tore the sentence. Each label its own line, over its paragraph."""
    plot = ENTRIES["plot"]
    parts = [_label(700, "plot")] + [_text(144, 700 - 12 * at, text) for at, text in enumerate(plot)]
    y = 700 - 12 * len(plot) - 12
    parts += [_label(y, "blockbegin"), _label(y - 12, "blockend")]
    parts += [_text(144, y - 12 * at, text) for at, text in enumerate(STACKED)]
    parsed = parse_pdf(font_pages(["\n".join(parts).encode()], FONTS))[0]
    assert parsed.text.split("\n\n") == ["plot", " ".join(plot), "blockbegin\nblockend", " ".join(STACKED)]
