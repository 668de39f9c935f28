"""A table of one-character typewriter keys, each set far left of its description, reads a row a
line (issue 15, issue-bamg55: the BAMG manual's graphics keys "=", "r", "+", "-", "T", "g" …, 8.5 em
left of "restore the default view points", "refresh the screen" …, went to ``removed``, the letters
as a ``letter_column``, "=", "+" and "-" as fragments, and the descriptions ran together as one
paragraph: "restore the default view points refresh the screen zoom + zoom - …")."""

from __future__ import annotations

from pdf_objects import COURIER, HELVETICA, one_page, text_at

from sloika.pipelines.formats.pdf import parse_pdf

INTRO = "If the software was compiled with drawing, then we have a graphic interface for the meshes."
LEAD = "The inputs for the graphic are: (case sensitive)"
ROWS = [
    ("=", "restore the default view points"),
    ("r", "refresh the screen"),
    ("+", "zoom +"),
    ("-", "zoom -"),
    ("T", "draw the sub-domain number"),
    ("g", "draw the geometry"),
    ("m", "draw the metric ellipse"),
    ("V", "draw all the vertices"),
]
AFTER = "The window is closed when the mesh generator ends, whatever key was pressed last in it."


def _page() -> bytes:
    """The intro and lead in Helvetica at x 81; each key in 10 pt Courier at x 81, its description
    in Helvetica at x 171.5 on its baseline, 17 points a row (a tabular whose key column is set
    wide); a sentence under the table."""
    parts = [text_at(81, 720, INTRO), text_at(98, 706, LEAD)]
    for at, (key, desc) in enumerate(ROWS):
        y = 686 - 17 * at
        parts += [text_at(81, y, key, font="F2"), text_at(171.5, y, desc)]
    parts.append(text_at(81, 686 - 17 * len(ROWS) - 6, AFTER))
    return one_page("\n".join(parts).encode(), [(b"F1", HELVETICA), (b"F2", COURIER)])


def test_a_column_of_one_character_keys_reads_a_row_a_line():
    (doc,) = parse_pdf(_page())
    assert doc.text.split("\n\n") == [INTRO, LEAD] + [f"{key}  {desc}" for key, desc in ROWS] + [AFTER]
    assert not doc.layers.get("removed")


def test_letters_beside_prose_lines_in_the_texts_face_are_still_a_margin_word():
    """The same letters in Helvetica down the margin, each beside a line of a paragraph: no typewriter
    keys, so no key table; they go as a word written down the margin."""
    lines = [
        "The mesh generator reads its geometry from a file",
        "and writes the mesh it made to another one, in",
        "the format that the option names, whatever the",
        "suffix of the file says, and it keeps the metric",
    ]
    parts = []
    for at, (letter, line) in enumerate(zip("DRAF", lines, strict=True)):
        y = 700 - 12 * at
        parts += [text_at(40, y, letter), text_at(81, y, line)]
    (doc,) = parse_pdf(one_page("\n".join(parts).encode(), [(b"F1", HELVETICA)]))
    assert doc.text == " ".join(lines)
