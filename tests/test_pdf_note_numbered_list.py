"""A numbered list inside a footnote (issue 15, the forty-fourth check's gl2ps.pdf footnote 1): "1.
generate the PostScript file …;" / "2. generate the LaTeX file …" / "You can of course combine …".
The "2." after note 1 was taken for note 2's mark (notes are numbered in order), cut, and the note
split in two; the paragraph after the list then ran on in item 2. Sentences sloika's own; expected
texts written by hand from what the page shows."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import HELVETICA, font_pages  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402


def _line(x: float, y: float, text: str, size: float = 10) -> str:
    return f"BT /F1 {size} Tf {x} {y} Td ({text}) Tj ET"


def _note_page() -> object:
    """A page whose body marks note 1, and whose note 1 lists two numbered steps, the second
    wrapped at its hanging indent, with a sentence at the note's margin after them."""
    lines = [
        _line(72, 760, "The library writes the text of a plot apart from its lines, so that a typesetting"),
        "BT /F1 10 Tf 72 748 Td (program can set it in the fonts of the document) Tj /F1 7 Tf 4 Ts (1) Tj ET",
        _line(72, 736, "around the plot, whichever fonts the document uses for its own text and labels."),
        _line(72, 724, "The drawing itself holds no text strings at all: only the lines, the polygons and"),
        _line(72, 712, "the points of the plot go into it, sorted from the back of the scene to its front."),
        _line(72, 700, "Both files are written by the same calls, one after the other, with the options"),
        _line(72, 688, "given to the first of them, and each of them may be read on its own by the viewer."),
        "BT /F1 6 Tf 72 125 Td (1) Tj ET",
        _line(76, 122, "The two steps to make such a plot are thus:", 8),
        _line(80, 112, "1. write the drawing file with no text strings, using the option for that;", 8),
        _line(80, 102, "2. write the text file, using the format for text and giving its name as the", 8),
        _line(88, 92, "file argument of the first call.", 8),
        _line(72, 82, "You can of course combine the text file with other drawings than these, as long", 8),
        _line(72, 72, "as they are drawn at the same size.", 8),
    ]
    content = "\n".join(lines).encode("cp1252")
    return parse_pdf(font_pages([content], [(b"F1", HELVETICA)]))[0]


def test_a_numbered_list_in_a_note_keeps_its_items_and_the_sentence_after_it():
    doc = _note_page()
    notes = [doc.text[span.start : span.end] for span in doc.spans if span.label == "footnote"]
    assert notes == [
        "The two steps to make such a plot are thus:\n"
        "1. write the drawing file with no text strings, using the option for that;\n"
        "2. write the text file, using the format for text and giving its name as the file argument of"
        " the first call.\n"
        "You can of course combine the text file with other drawings than these, as long as they are"
        " drawn at the same size."
    ]
    marks = [span.attrs["text"] for span in doc.layers["removed"] if span.label == "footnote_mark"]
    assert marks == ["1"]
