"""Lines pdfminer read out of the page's order, put back (issue 15, thirty-third check row 4,
malaga.pdf, a Texinfo manual). A justified line split into two pieces at its stop (p. 55): the half
after the stop was read right after a listing, before the two lines over the line, and the joined
line stood where that half was read, so the paragraph over it came inside its sentence ("…
statements1 is" / "The elseif part …" / "executed."). A menu bar's nested menus (p. 26): the labels
were read as one run ahead of the first menu's items. Lines set where the manual's pages set them;
texts written for these tests."""

from __future__ import annotations

from pdf_objects import COURIER, HELVETICA, fitted_line, one_page

from sloika.pipelines.formats.pdf import parse_pdf
from sloika.pipelines.formats.pdf_code_blocks import CODE
from sloika.pipelines.formats.pdf_layout import lay_out
from sloika.pipelines.formats.pdf_line_record import Line
from sloika.pipelines.formats.pdf_reflow import paragraphs

# (x0, x1, top, text, monospaced): malaga.pdf p. 55's lines, from the form's lead to the section's end
PAGE = [
    (90.0, 283.0, 297.7, "A when statement is written like this:", False),
    (118.8, 221.9, 313.7, "when test1 then", True),
    (130.3, 193.3, 326.9, "actions1", True),
    (118.8, 244.8, 340.0, "orwhen test2 then", True),
    (130.3, 193.3, 353.2, "actions2", True),
    (118.8, 141.7, 366.3, "else", True),
    (130.3, 193.3, 379.5, "actions3", True),
    (118.8, 158.9, 392.6, "end when;", True),
    (
        90.0,
        522.0,
        408.1,
        "Any number of orwhen parts may follow one another (none at all as well), and the else part",
        False,
    ),
    (90.0, 144.8, 421.3, "can be left out.", False),
    (90.0, 238.1, 437.0, "At first, test1 is evaluated.", False),
    (247.7, 522.0, 437.0, "If it holds, the sequence of statements actions1 is", False),
    (90.0, 134.5, 450.2, "carried out.", False),
    (
        90.0,
        521.1,
        466.0,
        "When the first test does not hold, test2 is evaluated; when that one holds, actions2 is",
        False,
    ),
    (
        90.0,
        521.8,
        479.1,
        "carried out. The same is done for each orwhen part in turn until one of the tests holds.",
        False,
    ),
    (
        90.0,
        522.0,
        494.9,
        "When neither the first test nor any orwhen test holds, the statements actions3 are carried",
        False,
    ),
    (90.0, 178.5, 508.0, "out (if there are any).", False),
    (90.0, 470.9, 523.8, "Once the when statement is done, the statement after it is carried out.", False),
]


def test_a_lines_halves_read_apart_stand_under_the_paragraph_over_them():
    pdf = one_page(
        b"\n".join(fitted_line(x0, x1, top, text, mono) for x0, x1, top, text, mono in PAGE),
        [(b"F1", HELVETICA), (b"F2", COURIER)],
    )
    assert parse_pdf(pdf)[0].text.split("\n\n")[2:4] == [
        "Any number of orwhen parts may follow one another (none at all as well), and the else part can "
        "be left out.",
        "At first, test1 is evaluated. If it holds, the sequence of statements actions1 is carried out.",
    ]


def _menu_line(text: str, x0: float, x1: float, top: float, mono: bool = True) -> Line:
    return Line(
        0, text, x0, x1, top, top + 10.9, 10.9, 792.0, mono=mono, typewriter=mono, opens_typewriter=mono
    )


def test_a_nested_menus_labels_stand_over_their_own_items():
    """malaga.pdf p. 26 as pdfminer read it: a menu bar's labels at the margin ("Window", "Style"),
    each over its menu's items 4.4 em in, each item's text 4.4 em further in (Texinfo's @table in a
    @table); pdfminer read the labels as one run ahead of the first menu's items, so "Style" stood
    over "Export Postscript..."'s text. Read by their baselines, each label stands over its items."""
    page = [
        _menu_line("The window has a menu bar:", 90.0, 382.1, 298.4, mono=False),
        _menu_line("Window", 90.0, 124.4, 319.7),
        _menu_line("Style", 90.0, 118.6, 420.2),
        _menu_line("Export Postscript...", 147.6, 260.1, 340.0),
        _menu_line(
            "Write the values shown as an Embedded Postscript file; only some of", 205.2, 521.7, 352.9, False
        ),
        _menu_line("the scripts can be written.", 205.2, 487.0, 366.0, mono=False),
        _menu_line("Close", 147.6, 176.2, 399.9),
        _menu_line("Close the window.", 205.2, 358.8, 399.6, mono=False),
        _menu_line("Font Size ...", 147.6, 217.9, 440.6),
        _menu_line("Pick an item to set the size of the font.", 205.2, 384.2, 453.4, mono=False),
    ]
    read = [line.strip() for found in paragraphs(lay_out([page], [[]]).pages) for line in found.split("\n")]
    labels = {"Window", "Style", "Export Postscript...", "Close", "Font Size ..."}
    assert [line.lstrip(CODE) for line in read if line.lstrip(CODE) in labels] == [
        "Window",
        "Export Postscript...",
        "Close",
        "Style",
        "Font Size ...",
    ]
