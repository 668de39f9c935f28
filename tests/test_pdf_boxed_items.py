"""A plain ruled box of short items, one to a line, reads line by line (issue 15, forty-first
check row 01: glpk-doc gmpl.pdf's model-file layout read in pairs)."""

from __future__ import annotations

from sloika.pipelines.formats.pdf_layout import lay_out
from sloika.pipelines.formats.pdf_line_record import Line
from sloika.pipelines.formats.pdf_reflow import paragraphs

INTRO = "1. If both model and data sections are placed in one file, the file is composed as follows:"
ITEMS = ["statement;", "statement;", "statement;", "data;", "data block;", "data block;", "end;"]


def line(text: str, x0: float, top: float, mono: bool = False) -> Line:
    return Line(0, text, x0, x0 + 5.2 * len(text), top, top + 10.9, 10.9, 792.0, mono=mono, typewriter=mono)


def box(x0: float, x1: float, top: float, bottom: float) -> list[tuple[float, float, float, float]]:
    return [(x0, top, x1, top), (x0, bottom, x1, bottom), (x0, top, x0, bottom), (x1, top, x1, bottom)]


def page() -> list[Line]:
    items = [
        line(text, 279.6, 500.0 + 13.5 * at, mono=text in ("data;", "end;")) for at, text in enumerate(ITEMS)
    ]
    dots = [line(".", x, 527.0) for x in (294.2, 304.5, 314.8)]  # an ellipsis set dot by dot
    return [line(INTRO, 87.9, 470.0), *items, *dots]


def test_items_in_a_plain_box_stand_one_to_a_line():
    """Without the rule the items were joined two by two: "statement; statement;", "statement; data;"."""
    text = [
        p.lstrip("\ue004") for p in paragraphs(lay_out([page()], [box(270.3, 341.7, 497.0, 597.0)]).pages)
    ]
    assert [p for p in text if not p.startswith("\ue006")] == [INTRO, *ITEMS]


def test_a_framed_note_of_prose_still_reflows():
    """A box of prose lines is a framed paragraph: its lines join."""
    note = [
        line("A framed note whose lines run on past the frame's", 80.0, 110.0),
        line("edge of a narrow measure, and read as one paragraph.", 80.0, 124.0),
    ]
    text = paragraphs(lay_out([note], [box(75.0, 360.0, 105.0, 140.0)]).pages)
    assert text == [
        "A framed note whose lines run on past the frame's edge of a narrow measure, and read as one "
        "paragraph."
    ]


def test_two_boxes_side_by_side_read_each_whole_with_its_caption():
    """gmpl.pdf p. 46: a model file's box beside a data file's, each captioned under it. Before, the
    captions came after both boxes ("Model file" / "Data file") and the items ran two by two."""
    model = [("statement;", 104.0), ("statement;", 118.0), ("statement;", 145.0), ("end;", 159.0)]
    data = [
        ("data;", 104.0),
        ("data block;", 118.0),
        ("data block;", 132.0),
        ("data block;", 159.0),
        ("end;", 173.0),
    ]
    lines = [line(INTRO, 87.9, 80.0)]
    lines += [line(text, 224.8, top, mono=text == "end;") for text, top in model]
    lines += [line(text, 334.4, top, mono=text in ("data;", "end;")) for text, top in data]
    lines += [line("Model file", 227.0, 217.0), line("Data file", 340.3, 217.0)]
    lines.append(
        line("Note: If the data section is placed in a separate file, data is optional.", 87.9, 246.0)
    )
    frames = box(215.4, 285.9, 100.0, 189.0) + box(325.0, 396.5, 100.0, 202.0)
    text = [p.lstrip("\ue004") for p in paragraphs(lay_out([lines], [frames]).pages)]
    assert text == [
        INTRO,
        *(text for text, _ in model),
        "Model file",
        *(text for text, _ in data),
        "Data file",
        "Note: If the data section is placed in a separate file, data is optional.",
    ]


FORMULAS = ["f(x,y) =3*x^2*y+0.5*y", "f_x(x,y) =6*x*y"]


def panel(drawing: tuple[float, float, float, float] | None = None) -> list[Line]:
    """partDeriv.pdf's plot panel: two formulas in small print stacked in its frame, in the drawing
    ``drawing`` when one is measured round them."""
    return [
        Line(0, text, 400.0, 400.0 + 3.3 * len(text), top, top + 6.5, 6.5, 792.0, drawing=drawing)
        for top, text in zip((190.0, 199.0), FORMULAS, strict=True)
    ]


def diamond_sides(x: float, y: float) -> list[tuple[float, float, float, float]]:
    """A plot's point drawn as a small stroked diamond: its box's four sides, as the reader rules a
    stroked shape."""
    return box(x - 2, x + 2, y - 2, y + 2)


def test_small_print_in_a_plots_frame_among_its_points_is_no_box_of_items():
    """A plot's frame holds its points (stroked shapes, each ruled as four sides) and the formulas
    set among them: the two lines read as one block, as they did before boxes of items were read
    line by line (test_pdf_plot_labels' grid without a caption)."""
    points = [side for at in range(10) for side in diamond_sides(330 + 13 * at, 250 - 8 * at)]
    text = paragraphs(lay_out([panel()], [box(320.0, 470.0, 162.0, 262.0) + points]).pages)
    assert text == [" ".join(FORMULAS)]


def test_small_print_standing_in_a_drawing_inside_a_frame_is_no_box_of_items():
    """A plot whose points are filled (no rules) still measures as a drawing round its labels
    (``Line.drawing``): its frame with the formulas inside is the plot's, not a box of items."""
    frame = (320.0, 162.0, 470.0, 262.0)
    text = paragraphs(lay_out([panel(drawing=frame)], [box(320.0, 470.0, 162.0, 262.0)]).pages)
    assert text == [" ".join(FORMULAS)]


def test_the_first_line_of_the_next_box_is_no_caption():
    """RcppArmadillo-sparseMatrix.pdf: a C++ box, "R Code." under it heading the R box, whose first
    line "R> i <- c(1,3:8)" was taken as the C++ box's caption and read before "R Code.". The nearest
    line under a box is its caption or it has none."""
    code = ["R> i <- c(1,3:8)", "R> dsC <- sparseMatrix(i, j, x = x, symmetric = TRUE)"]
    lines = [line(text, 279.6, 500.0 + 13.5 * at) for at, text in enumerate(ITEMS)]
    lines += [line("R Code.", 270.3, 603.0)]
    lines += [line(text, 279.6, 619.0 + 13.5 * at, mono=True) for at, text in enumerate(code)]
    frames = box(270.3, 560.0, 497.0, 597.0) + box(270.3, 560.0, 616.0, 650.0)
    text = [p.lstrip("\ue004") for p in paragraphs(lay_out([lines], [frames]).pages)]
    assert text == [*ITEMS, "R Code.", "\n".join(code)]
