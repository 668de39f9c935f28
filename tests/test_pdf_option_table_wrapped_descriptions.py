"""An option table of terms beside descriptions wrapped in a paragraph column reads row by row
(issue 15, sagetex.pdf's Table 1, "Explanation of options for the \\sageplot command"): its options
were read one after another, then their descriptions one after another, the last row, which pdfminer
read as one line ("⟨keyword args⟩ Any keyword arguments …", the italic term 1.2 em before its upright
description), glued after them. Three causes: the labels' two words made the columns prose set side by
side (``pdf_aligned._labelled_rows`` took one-word labels only), the last row read whole stood outside
the block (``pdf_lines._cell_apart`` parted a term in its description's font or a typewriter key, not
an italic term), and no single line of a description wrapped over three holds a whole sentence, so the
rows were no ``_sentence_rows`` (``pdf_tables._entry_cells`` joins each wrapped cell first). All texts
here are written for the tests; the expected text is written by hand."""

from __future__ import annotations

from pdf_objects import HELVETICA, helvetica_width, one_page, text_row

from sloika.pipelines.formats.pdf import parse_pdf

OBLIQUE = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Oblique /Encoding /WinAnsiEncoding >>"
TERM = 100.0  # the terms' column; the text's margin is at 72
PITCH = 12.0
BEFORE = "The command takes four options, which the table below explains one by one for the reader."
CAPTION = "Table 1: Explanation of options for the plotting command."
AFTER = "After the table the manual goes on with an example that shows the command in a document."
ROWS = [  # term, its description's lines as the paragraph column wraps them
    (
        "ltx options",
        ["Any text here is passed directly into the optional", "arguments of the graphics command."],
    ),
    (
        "fmt",
        [
            "You can optionally specify a file extension here; the",
            "graphics object is then saved to a file with that",
            "extension, or else as a PNG file.",
        ],
    ),
    ("graphics obj", ["An object on which you can call the save method", "with a file name."]),
    (
        "keyword args",
        ["Any keyword arguments you put here will all be put", "into the call to the save method."],
    ),
]
WIDEST = max(helvetica_width(term, 10) for term, _ in ROWS)  # "keyword args": it sets the column's width


def _page(gap: float) -> bytes:
    """Prose, the head "Option" | "Description" ruled under, the rows (each term, in ``OBLIQUE``, on
    its description's first line; the descriptions ``gap`` pt right of the widest term), the caption
    and prose. At 12 pt (1.2 em) pdfminer reads the widest term's row as one line, as it read
    sagetex.pdf's last row; at 24 pt each term is a line of its own."""
    description = TERM + WIDEST + gap
    parts = [
        text_row(72, 720, BEFORE),
        text_row(TERM, 690, "Option"),
        text_row(description, 690, "Description"),
    ]
    parts.append(b"0.4 w %.1f %.1f m %.1f %.1f l S" % (TERM - 6, 686.0, 480.0, 686.0))
    y = 676.0
    for term, lines in ROWS:
        parts.append(text_row(TERM, y, term, font=b"F2"))
        for line in lines:
            parts.append(text_row(description, y, line))
            y -= PITCH
    parts += [text_row(150, y - 10, CAPTION), text_row(72, y - 40, AFTER)]
    return one_page(b"\n".join(parts), [(b"F1", HELVETICA), (b"F2", OBLIQUE)])


def _expected() -> list[str]:
    """The text's lines by hand: each option with its whole description on one line, in row order."""
    return [
        BEFORE,
        "Option Description",
        "ltx options Any text here is passed directly into the optional arguments of the graphics command.",
        "fmt You can optionally specify a file extension here; the graphics object is then saved to a file"
        " with that extension, or else as a PNG file.",
        "graphics obj An object on which you can call the save method with a file name.",
        "keyword args Any keyword arguments you put here will all be put into the call to the save method.",
        CAPTION,
        AFTER,
    ]


def _lines(pdf: bytes) -> list[str]:
    (doc,) = parse_pdf(pdf)
    assert [span for span in doc.spans if span.label == "table"] == []
    return [line for line in doc.text.split("\n") if line]


def test_terms_of_two_words_beside_wrapped_descriptions_read_row_by_row() -> None:
    assert _lines(_page(24.0)) == _expected()


def test_a_row_read_as_one_line_is_parted_at_its_italic_term() -> None:
    """The widest term 1.2 em before its upright description, read by pdfminer as one line: parted
    there (its description starts where the column's other lines do), it stays the table's last row,
    not a line glued after the table."""
    assert _lines(_page(12.0)) == _expected()


def test_one_word_keys_beside_sentences_wrapped_over_lines_are_no_table_record() -> None:
    """Keys of one word in the text's font beside descriptions whose sentences each wrap over two
    lines, no line holding a whole one: the wrapped cells are sentences, so the rows read in the
    text, each key with its description (they were a table record, cut from the text, each cell
    line a row of its own)."""
    rows = [
        ("width", ["The width of the picture in points, which the page", "layout keeps as it stands."]),
        ("height", ["The height of the picture in points, which the page", "layout scales with the width."]),
        ("depth", ["The depth of the box under its baseline, which the", "line under it makes room for."]),
    ]
    parts = [text_row(72, 720, BEFORE)]
    y = 700.0
    for key, lines in rows:
        parts.append(text_row(100, y, key))
        for line in lines:
            parts.append(text_row(160, y, line))
            y -= PITCH
    parts.append(text_row(72, y - 20, AFTER))
    pdf = one_page(b"\n".join(parts), [(b"F1", HELVETICA)])
    assert _lines(pdf) == [
        BEFORE,
        "width The width of the picture in points, which the page layout keeps as it stands.",
        "height The height of the picture in points, which the page layout scales with the width.",
        "depth The depth of the box under its baseline, which the line under it makes room for.",
        AFTER,
    ]


def test_an_italic_run_in_term_whose_paragraph_wraps_to_its_edge_stays_one_line() -> None:
    """An italic term an em before its paragraph's text, the paragraph wrapping back to the term's
    edge: no column starts where its text does, so the line is no table's row and stays whole."""
    term = "Remark"
    first = "The options are read from left to right, and a later one"
    parts = [
        text_row(72, 700, term, font=b"F2"),
        text_row(72 + helvetica_width(term, 10) + 11, 700, first),
        text_row(72, 688, "wins over an earlier one that sets the same key of the command."),
    ]
    (doc,) = parse_pdf(one_page(b"\n".join(parts), [(b"F1", HELVETICA), (b"F2", OBLIQUE)]))
    assert doc.text.strip() == (
        f"{term} {first} wins over an earlier one that sets the same key of the command."
    )
