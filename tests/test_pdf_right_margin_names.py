"""A name a manual sets in the right margin (\\marginpar beside its option's paragraph) that
pdfminer reads onto the end of the line beside it leaves the line (issue 15, TeX package manuals:
makebarcode.pdf kept "The list of valid values will be given in code later sections", "The default
value is 3. ratio Remember that …"); it goes to ``removed`` as debris (``margin_name``)."""

from __future__ import annotations

from pdf_objects import HELVETICA, UNNAMED_MONO, helvetica_page, one_page
from pdfminer.fontmetrics import FONT_METRICS

from sloika.pipelines.formats.pdf import parse_pdf

LEFT, SIZE = 72.0, 10.0  # the text column's left edge, the type size
PARAGRAPHS = [
    [
        ("The package prints bar codes with rules instead of a font, so that the width", None),
        ("of its bars and the ratio between them can be set as each application needs.", None),
        ("Each option below is named in the margin beside the paragraph describing it,", None),
        ("and each may be given to the package or to a single bar code command.", None),
    ],
    [
        ("The first option selects the type of the bar code that the macro draws on the", "code"),
        ("page. The list of valid values is given in later sections, with a sample of", None),
        ("each type. This is the only option that has no default value at all.", None),
    ],
    [
        ("The second option defines the ratio of thin and thick bars. Its default is 3.", "ratio"),
        ("Remember that some applications require a particular value, which the", None),
        ("reader of the bar code expects when it decodes the printed label again.", None),
    ],
    [
        ("The third option gives the module width, the width of a thin bar; its value", "width"),
        ("must be at least the smallest width that the printer can draw reliably.", None),
    ],
]


def _width(text: str) -> float:
    return sum(FONT_METRICS["Helvetica"][1][char] for char in text) * SIZE / 1000


RIGHT = LEFT + max(_width(text) for paragraph in PARAGRAPHS for text, _ in paragraph) + 4  # the column's edge
LAST_ROW = 700 - 12 * (sum(len(paragraph) + 1 for paragraph in PARAGRAPHS) - 2)  # the last line's y


def _line(text: str, y: float, full: bool, left: float = LEFT, right: float = RIGHT) -> str:
    """A line at the column's ``left`` edge; a full line justified to end at ``right`` (word spacing)."""
    spacing = (right - left - _width(text)) / text.count(" ") if full else 0.0
    return f"BT /F1 {SIZE:g} Tf {spacing:.4f} Tw {left:g} {y:g} Td ({text}) Tj ET"


def _content() -> str:
    """The three paragraphs, each full line justified, each name 10 pt right of the column."""
    parts, y = [], 700.0
    for paragraph in PARAGRAPHS:
        for at, (text, name) in enumerate(paragraph):
            parts.append(_line(text, y, full=at < len(paragraph) - 1))
            if name:
                parts.append(f"BT /F1 {SIZE:g} Tf 0 Tw {RIGHT + 10:g} {y:g} Td ({name}) Tj ET")
            y -= 12
        y -= 12
    return "\n".join(parts)


def test_right_margin_names_leave_their_lines_for_removed():
    parsed = parse_pdf(helvetica_page(_content().encode()))[0]
    assert parsed.text.split("\n\n") == [" ".join(text for text, _ in p) for p in PARAGRAPHS]
    cut = [(s.attrs["text"], s.attrs["why"]) for s in parsed.layers["removed"] if s.label == "debris"]
    assert cut == [("code", "margin_name"), ("ratio", "margin_name"), ("width", "margin_name")]


def test_word_set_apart_inside_the_column_stays():
    """A word set as far after a line's text as a margin name is, but inside the column ("(end)"
    10 pt after a paragraph's short last line), is no margin name: the line keeps it."""
    last = PARAGRAPHS[-1][-1][0]
    content = (
        _content() + f"\nBT /F1 {SIZE:g} Tf 0 Tw {LEFT + _width(last) + 10:g} {LAST_ROW:g} Td ((end)) Tj ET"
    )
    parsed = parse_pdf(helvetica_page(content.encode()))[0]
    assert parsed.text.endswith("the printer can draw reliably. (end)")
    assert [s.attrs["text"] for s in parsed.layers["removed"] if s.attrs.get("why") == "margin_name"] == [
        "code",
        "ratio",
        "width",
    ]


def test_name_wrapped_under_a_name_goes_whole():
    """A note the margin wraps onto three lines, the last beside no text (the gap after the
    paragraph), leaves the text whole; before, its last line stayed as a paragraph of its own."""
    content = _content().replace(
        f"{RIGHT + 10:g} {LAST_ROW + 12:g} Td (width)", f"{RIGHT + 10:g} {LAST_ROW + 12:g} Td (module)"
    )
    content += f"\nBT /F1 {SIZE:g} Tf 0 Tw {RIGHT + 10:g} {LAST_ROW:g} Td (width of) Tj ET"
    content += f"\nBT /F1 {SIZE:g} Tf 0 Tw {RIGHT + 10:g} {LAST_ROW - 12:g} Td (a bar) Tj ET"
    parsed = parse_pdf(helvetica_page(content.encode()))[0]
    assert parsed.text.split("\n\n") == [" ".join(text for text, _ in p) for p in PARAGRAPHS]
    names = [s.attrs["text"] for s in parsed.layers["removed"] if s.attrs.get("why") == "margin_name"]
    assert names == ["code", "ratio", "module", "width of", "a bar"]


def test_a_mark_whose_note_stands_in_the_margin_goes_with_the_note():
    """A footnote set as a side note in the right margin (BiocStyle's, LatexStyle2.pdf's notes 3 to
    11) is cut with the margin names; its raised mark in the text goes with it, as the mark of a
    note at the page's foot does, and is not left as a superscript pointing at nothing ("\\author
    command:³")."""
    last = PARAGRAPHS[1][-1][0]
    content = (
        _content()
        .replace("Td (code) Tj", "Td /F1 7 Tf 4 Ts (3) Tj 0 Ts /F1 10 Tf (code) Tj")
        .replace(f"({last}) Tj", f"({last}) Tj /F1 7 Tf 4 Ts (3) Tj")
    )
    parsed = parse_pdf(helvetica_page(content.encode()))[0]
    assert parsed.text.split("\n\n") == [" ".join(text for text, _ in p) for p in PARAGRAPHS]
    assert [s.attrs["text"] for s in parsed.layers["removed"] if s.label == "footnote_mark"] == ["3"]


def test_a_side_notes_long_line_beside_no_text_goes_with_the_note():
    """A side note's line flush under the note's line before, in its size, that stands beside no
    text (the blank after a paragraph) goes with the note however many words it holds
    (LatexStyle2.pdf's "arator \\and won't work", "width is 80 columns" stayed as paragraphs)."""
    content = _content()
    for y, text in ((LAST_ROW, "of a thin bar,"), (LAST_ROW - 12, "in points, at least one")):
        content += f"\nBT /F1 {SIZE:g} Tf 0 Tw {RIGHT + 10:g} {y:g} Td ({text}) Tj ET"
    parsed = parse_pdf(helvetica_page(content.encode()))[0]
    assert parsed.text.split("\n\n") == [" ".join(text for text, _ in p) for p in PARAGRAPHS]
    names = [s.attrs["text"] for s in parsed.layers["removed"] if s.attrs.get("why") == "margin_name"]
    assert names == ["code", "ratio", "width", "of a thin bar,", "in points, at least one"]


# a paper's last page of references in two columns (hotos17.pdf p. 8): the left column full, the right
# column the end of the left's last entry (its URL) and one more entry, two of its lines full
LEFT_REFERENCES = [
    ("[1] A. Author and B. Writer. A long title of a paper that", True),
    ("runs over two lines. In Proceedings of the Symposium, 2015.", True),
    ("[2] C. Person. Another paper with a rather long title that", True),
    ("is set the usual way. Technical Report, May 2016.", False),
    ("[3] D. Someone. A web page the paper cites. Retrieved URL", True),
]
RIGHT_REFERENCES = [
    ("https://example.org/wiki/Transistor_count.", False),
    ("[4] E. Xu and F. Cui. A paper whose entry ends the list of", True),
    ("references on the last page of the paper, in its right", True),
    ("column. In Symposium on Security, May 2015.", False),
]


def test_short_right_column_of_references_is_no_margin_name():
    """The right column's first line stands beside the left column's first, past its edge, like a
    margin name; but two of the column's lines are as wide as the left column's: a column, kept."""
    width = max(_width(text) for text, _ in LEFT_REFERENCES + RIGHT_REFERENCES) + 4
    first, second = 30.0, 30.0 + width + 12  # two columns on a Letter page
    parts = [
        _line(text, 700 - 12 * at, full, first, first + width)
        for at, (text, full) in enumerate(LEFT_REFERENCES)
    ]
    parts += [
        _line(text, 700 - 12 * at, full, second, second + width)
        for at, (text, full) in enumerate(RIGHT_REFERENCES)
    ]
    parsed = parse_pdf(helvetica_page("\n".join(parts).encode()))[0]
    assert " ".join(text for text, _ in RIGHT_REFERENCES[1:]) in parsed.text
    assert RIGHT_REFERENCES[0][0] in parsed.text
    assert not [s for s in parsed.layers.get("removed", []) if s.attrs.get("why") == "margin_name"]


PITCH = 6.0  # pt: the unnamed typewriter's glyph width at 10 pt (600 units)
COLUMN = 7  # characters: R pads each name and value to its column's width
# an R named vector printed in 9 columns: 8 end inside the prose's column (at 408 pt, RIGHT 417.8),
# the 9th, "n9", starts past its edge (at 438 pt), as RBGL.pdf's 16th, "N6", did
HEADS = [f"n{n}" for n in range(1, 10)]
VALUES = ["1", "4", "1", "1", "4", "0", "8", "15", "16"]


def _printed_row(cells: list[str], y: float) -> str:
    """A row of R's printed output in the unnamed typewriter (``/F2``), each cell right-aligned in
    its ``COLUMN``, the padding set as kerning, as pdfTeX writes a verbatim line's spaces."""
    parts = []
    for at, cell in enumerate(cells):
        pad = COLUMN - len(cell)
        parts.append(f"-{pad * 600} ({cell})" if at else f"({cell})")
    x = LEFT + (COLUMN - len(cells[0])) * PITCH
    return f"BT /F2 10 Tf {x:g} {y:g} Td [{' '.join(parts)}] TJ ET"


def test_the_last_column_of_a_printed_output_past_the_column_stays():
    """RBGL.pdf's R output, set in pdfTeX's bitmap typewriter, which the PDF leaves unnamed, printed
    a named vector of 16 columns whose last, "N6", stood past the prose's edge: its name was cut as
    a margin name, twice, its value kept ("RT1 N1 … RT10" over 16 numbers). The row's glyphs are
    all of the listing's one pitch, which no margin name beside prose has: the name stays."""
    paragraph = PARAGRAPHS[0]
    parts = [
        _line(text, 700 - 12 * at, full=at < len(paragraph) - 1) for at, (text, _) in enumerate(paragraph)
    ]
    parts.append("BT /F2 10 Tf 72 640 Td (> distances\\(graph, from = 1\\)) Tj ET")
    parts.append("BT /F2 10 Tf 72 616 Td ($distances) Tj ET")
    parts += [_printed_row(HEADS, 604), _printed_row(VALUES, 592)]
    fonts = [(b"F1", HELVETICA), (b"F2", UNNAMED_MONO)]
    parsed = parse_pdf(one_page("\n".join(parts).encode(), fonts))[0]
    printed = ["".join(cell.rjust(COLUMN) for cell in cells) for cells in (HEADS, VALUES)]
    assert parsed.text.endswith("\n\n$distances\n" + "\n".join(printed))
    assert not [s for s in parsed.layers.get("removed", []) if s.attrs.get("why") == "margin_name"]


def test_typewriter_names_beside_prose_still_go():
    """The same margin names set in the unnamed typewriter: their row holds the prose's glyphs, of
    Helvetica's many widths, so no output's row; the names go as before."""
    content = _content().replace(
        f"BT /F1 {SIZE:g} Tf 0 Tw {RIGHT + 10:g}", f"BT /F2 {SIZE:g} Tf 0 Tw {RIGHT + 10:g}"
    )
    parsed = parse_pdf(one_page(content.encode(), [(b"F1", HELVETICA), (b"F2", UNNAMED_MONO)]))[0]
    assert parsed.text.split("\n\n") == [" ".join(text for text, _ in p) for p in PARAGRAPHS]
    names = [s.attrs["text"] for s in parsed.layers["removed"] if s.attrs.get("why") == "margin_name"]
    assert names == ["code", "ratio", "width"]
