"""A frame ruled at its sides only round one column of lines is a listing, not a table (issue 15,
thirty-first check rows 1 and 4)."""

from __future__ import annotations

from dataclasses import replace

from sloika.pipelines.formats.pdf_layout import lay_out
from sloika.pipelines.formats.pdf_line_record import Line
from sloika.pipelines.formats.pdf_reflow import paragraphs


def line(text: str, x0: float, x1: float, top: float, mono: bool = False, size: float = 10.5) -> Line:
    return Line(0, text, x0, x1, top, top + size, size, 842.0, mono=mono, typewriter=mono)


def frames(x0: float, x1: float, edges: list[float]) -> list[tuple[float, float, float, float]]:
    """Boxes stacked in one frame: a rule across at each edge, the sides ruled between them."""
    across = [(x0, y, x1, y) for y in edges]
    sides = [(x, top, x, bottom) for top, bottom in zip(edges, edges[1:], strict=False) for x in (x0, x1)]
    return across + sides


PROSE = line("So just do it once and then just keep the output.", 72.0, 458.7, 262.9)
CELL = [
    line("[2]: %time time.sleep(60 * 60)", 44.8, 209.3, 310.2, mono=True),
    line("6 * 7", 72.0, 99.5, 322.8, mono=True),
    line("CPU times: user 160 ms, sys: 56 ms, total: 216 ms", 72.0, 341.1, 341.7, mono=True),
    line("Wall time: 1h 1s", 72.0, 159.9, 354.3, mono=True),
    line("ZeroDivisionError", 72.0, 165.4, 373.0, mono=True),
    line("Traceback (most recent call last)", 302.7, 483.9, 373.0, mono=True),
]


def test_a_notebook_cell_framed_over_its_output_stays_in_the_text():
    """nbsphinx.pdf p. 45: a cell's input "[2]: %time …" / "6 * 7" framed over its output "CPU
    times: …" (three rules across, the sides ruled) was a ruled "table" cut from the text, which went
    from the cell before to the one after. The frame's lines are one column of typewriter (the
    prompt in the margin, a traceback's one row of two pieces): they stay, in their order."""
    layout = lay_out([[PROSE, *CELL]], [frames(68.6, 526.7, [308.7, 340.2, 371.7, 390.6])])
    assert layout.tables == []
    text = "\n".join(paragraphs(layout.pages))
    expected = [
        "So just do it once",
        "[2]: %time time.sleep(60 * 60)",
        "6 * 7",
        "CPU times: user 160 ms, sys: 56 ms, total: 216 ms",
        "Wall time: 1h 1s",
        "ZeroDivisionError",
        "Traceback (most recent call last)",
    ]
    at = [text.find(piece) for piece in expected]
    assert -1 not in at and at == sorted(at), text


def test_a_boxed_paragraph_of_short_lines_stays_in_the_text():
    """A note boxed by a frame, its lines short (a narrow box): one column, no table."""
    note = [
        line("Note", 80.0, 100.0, 110.0),
        line("This is an info box.", 80.0, 170.0, 124.0),
        line("It is not a table.", 80.0, 160.0, 138.0),
    ]
    layout = lay_out([note], [frames(75.0, 300.0, [105.0, 120.0, 152.0])])
    assert layout.tables == []
    assert paragraphs(layout.pages) == ["Note", "This is an info box.", "It is not a table."]


def test_cells_in_columns_in_a_frame_stay_a_table():
    """Cells that line up in two columns on two rows or more, framed at the sides and ruled across
    between rows, are a table, as are framed typewriter cells with a rule between the columns."""
    cells = [
        line("Option", 80.0, 120.0, 102.0),
        line("Meaning", 210.0, 260.0, 102.0),
        line("draft", 80.0, 110.0, 116.0),
        line("no pictures", 210.0, 270.0, 116.0),
        line("final", 80.0, 105.0, 130.0),
        line("pictures", 210.0, 255.0, 130.0),
    ]
    rows = [["Option", "Meaning"], ["draft", "no pictures"], ["final", "pictures"]]
    layout = lay_out([cells], [frames(75.0, 400.0, [100.0, 114.0, 128.0, 142.0])])
    assert [t.rows for t in layout.tables] == [rows]
    typed = [replace(cell, mono=True, typewriter=True) for cell in cells]
    inner = (200.0, 100.0, 200.0, 142.0)
    layout = lay_out([typed], [[*frames(75.0, 400.0, [100.0, 114.0, 128.0, 142.0]), inner]])
    assert [t.rows for t in layout.tables] == [rows]


def test_a_listing_set_tighter_than_the_prose_leaves_its_paragraphs_whole():
    """nbsphinx.pdf: with its notebook cells back in the text, the cells' lines (set a fifth of an
    em apart) outnumbered the prose's (three tenths) and set the document's usual gap, so a line of
    prose set a little wider after a sentence's end ("… html_static_path )." / "If you want, …")
    ended its paragraph. The usual gap is the prose's: the listing's lines do not count."""
    texts = [  # sentences that fill their lines: no sure pair of lines of one sentence to go by
        "You can also use files from the static directory of the project. It holds all files.",
        "The files of the theme that the project uses are copied to the output as they are.",
        "The files of the extensions are copied after them. A project file wins over them.",
        "If you want, you can also use files from the images directory, which holds outputs.",
    ]
    tops = [100.0, 113.0, 126.0, 141.5]  # gaps of 0.3 em, then of 0.55 em
    prose = [line(text, 72.0, 523.3, top, size=10.0) for text, top in zip(texts, tops, strict=True)]
    prose[-1] = replace(prose[-1], x1=480.0)
    code = [line(f"print({at})", 72.0, 140.0, 200.0 + 12.6 * at, mono=True) for at in range(8)]
    assert paragraphs([[*prose, *code]])[0] == " ".join(texts)


def test_a_listing_over_the_next_boxes_label_stays_in_the_text():
    """psychTools omega.pdf p. 30: a code box continued from the page before ends "summary(dsl)" /
    "fa.congruence(list(om,dsl,fx))" and the next box opens with its "R code" label in a small box
    of its own on the frame's top rule. The label box's sides stood within the frame like a rule
    between columns, and the three lines went as a ruled "table" of one column, out of the text
    with no record. Typewriter lines a cell to a row are a listing, whatever rules cross them."""
    code = [
        line("summary(dsl)", 95.0, 152.0, 100.0, mono=True, size=8.0),
        line("fa.congruence(list(om,dsl,fx))", 95.0, 238.0, 109.0, mono=True, size=8.0),
        line("R code", 292.0, 320.0, 123.0, mono=True, size=8.0),
        line(">  lowerMat(simx$model)", 95.0, 205.0, 132.0, mono=True, size=8.0),
    ]
    rules = [
        *[(x, top, x, bottom) for top, bottom in [(99, 109), (109, 118), (118, 121)] for x in (92, 520)],
        (92, 121, 520, 121),
        (92, 129, 284, 129),
        (288, 121, 324, 121),
        (288, 121, 288, 133),
        (324, 121, 324, 133),
        (288, 133, 324, 133),
        (328, 129, 520, 129),
        *[(x, top, x, bottom) for top, bottom in [(129, 132), (132, 141), (141, 144)] for x in (92, 520)],
        (92, 144, 520, 144),
    ]
    layout = lay_out([code], [[tuple(map(float, rule)) for rule in rules]])
    assert layout.tables == []
    text = "\n".join(paragraphs(layout.pages))
    expected = ["summary(dsl)", "fa.congruence(list(om,dsl,fx))", "R code", ">  lowerMat(simx$model)"]
    at = [text.find(piece) for piece in expected]
    assert -1 not in at and at == sorted(at), text
