"""Footnotes where a reader meets them (issue 15, issue-notes45; the forty-fifth check's review B row
01, altcdfenvs.pdf's Dorian Gray note, and the forty-fourth's gl2ps.pdf): the PDF reader gave all of
a document's notes after its last section, where a note reads as a remark on that section. Each
note now follows the paragraph that holds its mark, as the LaTeX reader gives a ``\\footnote``
(``latex_footnotes``); after the list that holds it, not inside the list. Pages hand-built with the
helpers of the other PDF tests, sentences written for the test, expected texts typed by hand."""

from __future__ import annotations

from pdf_objects import helvetica_line, helvetica_pages
from test_pdf_dotted_notes_and_dash_items import RIGHT, _raised_line

from sloika.pipelines.formats.pdf import parse_pdf

FIRST = [
    "The first chapter tells how the portrait was painted and how the young man saw it",
    "for the first time in the studio of his friend, who had kept it from the public.",
]
SECOND = "The second paragraph of the first page goes on with the story of the painter."
OVERLEAF = "The second page tells what became of the portrait in the years that followed."
NOTE = "The novel was first printed in a monthly magazine and then as a book."
ITEMS = ["- the portrait, kept in a locked room;", "- the painter, who asked to see it again."]


def _note(y: float, mark: str, text: str) -> bytes:
    """An 8 pt note at a page's foot, its 6 pt ``mark`` raised before it."""
    return b"BT /F1 6 Tf 72 %.1f Td (%s) Tj ET\n" % (y + 3, mark.encode()) + helvetica_line(77, y, text, 8)


def test_a_note_follows_the_paragraph_of_its_mark_not_the_text_after_it():
    """Page 1: a paragraph raising "1" after "friend", a second paragraph, note 1 at the foot;
    page 2: a paragraph. The note reads after page 1's first paragraph, its mark cut."""
    first = [
        helvetica_line(72, 760, FIRST[0], 10, end=RIGHT),
        _raised_line(748, FIRST[1][:48], "1", FIRST[1][48:]),
        helvetica_line(72, 730, SECOND, 10),
        _note(90, "1", NOTE),
    ]
    parsed = parse_pdf(helvetica_pages([b"\n".join(first), helvetica_line(72, 760, OVERLEAF, 10)]))[0]
    assert parsed.text.split("\n\n") == [" ".join(FIRST), NOTE, SECOND, OVERLEAF]
    notes = [(s.attrs["mark"], parsed.text[s.start : s.end]) for s in parsed.spans if s.label == "footnote"]
    assert notes == [("1", NOTE)]
    assert not [s for s in parsed.spans if s.label == "footnotes"]  # no section of notes at the end
    assert [s.attrs["text"] for s in parsed.layers["removed"] if s.label == "footnote_mark"] == ["1"]


def test_a_note_marked_in_a_list_item_follows_the_list():
    """A lead-in, two items, the first raising "1", then a paragraph: the note after the list."""
    page = [
        helvetica_line(72, 760, "Two things are left at the end of the first chapter:", 10),
        _raised_line(746, ITEMS[0][:-1], "1", ";"),
        helvetica_line(72, 732, ITEMS[1], 10),
        helvetica_line(72, 712, SECOND, 10),
        _note(90, "1", NOTE),
    ]
    parsed = parse_pdf(helvetica_pages([b"\n".join(page)]))[0]
    assert parsed.text.split("\n\n") == [
        "Two things are left at the end of the first chapter:",
        *ITEMS,
        NOTE,
        SECOND,
    ]


def test_two_symbol_marks_side_by_side_place_both_notes():
    """maxmat3man.pdf's author "Stefan Kurtz†‡" over notes "†Zentrum für Bioinformatik …" and
    "‡Minor alterations …": the record "†‡" holds two marks, so both notes follow the title block,
    not the end of the text."""
    from sloika.pipelines.formats.pdf import _document
    from sloika.pipelines.formats.pdf_layout import Layout
    from sloika.pipelines.formats.pdf_line_record import MARK_CLOSE, MARK_OPEN, Line

    def line(text: str, top: float) -> Line:
        return Line(1, text, 50.0, 500.0, top, top + 8, 8.0, 800.0)

    notes = ["Centre for Bioinformatics, University of Hamburg.", "Minor changes made by another author."]
    layout = Layout(pages=[], tables=[], footnotes=[[line(f"†{notes[0]}", 700), line(f"‡{notes[1]}", 712)]])
    author = f"Stefan Kurtz{MARK_OPEN}†‡{MARK_CLOSE}"
    parsed, _ = _document(["A Program to find Maximal Matches", author, SECOND, OVERLEAF], layout)
    assert parsed.text.split("\n\n") == [
        "A Program to find Maximal Matches",
        "Stefan Kurtz",
        *notes,
        SECOND,
        OVERLEAF,
    ]
