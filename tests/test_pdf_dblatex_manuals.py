"""A dblatex manual's title page, contents, index, short subsection headings and bold variable-list
terms (issue 15, the forty-second check's rows 04 and 05: LinuxCNC's Getting Started and Developer
manuals, French template, English body). The title's date the column wrapped ("…, 28" / "Jun 2026")
was two paragraphs; "Table des matières" and "Chapitre 8" stayed over the contents and the index cut
under them; "3.24.3.5 M61" went as a fragment; a bold term under its description's full last line
was glued to it ("…is complete.settings.random_toolchanger"). Pages hand-built, texts sloika's own,
expected texts typed by hand."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import HELVETICA, HELVETICA_BOLD, font_pages, helvetica_line, text_row  # noqa: E402
from pdfminer.fontmetrics import FONT_METRICS  # noqa: E402

from sloika.pipelines.formats.base import Parsed  # noqa: E402
from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

FONTS = [(b"F1", HELVETICA), (b"F2", HELVETICA_BOLD)]
LEFT, RIGHT = 56.7, 566.9  # the text column of the manuals' A4 pages
PROSE = [
    "This handbook is a work in progress. If you are able to help with writing, editing, or graphic",
    "preparation please contact any member of the writing team or join and send an email to the list.",
    "Permission is granted to copy, distribute and modify this document under the terms of the license.",
]


def _bold_width(text: str, size: float) -> float:
    return sum(FONT_METRICS["Helvetica-Bold"][1][char] for char in text) * size / 1000


def _centred(text: str, y: float, size: float = 26.0, middle: float = 311.8) -> bytes:
    """A bold line centred on ``middle``, as dblatex sets a title page's lines (Helvetica's letters
    at 26 pt as wide as DejaVu Sans's at 20.7)."""
    return text_row(middle - _bold_width(text, size) / 2, y, text, size, b"F2")


def _prose(top: float, lines: list[str] = PROSE) -> list[bytes]:
    """Justified body lines from ``top`` down, the last one short."""
    rows = [helvetica_line(LEFT, top - 12 * at, text, 10, RIGHT) for at, text in enumerate(lines[:-1])]
    return [*rows, helvetica_line(LEFT, top - 12 * (len(lines) - 1), lines[-1], 10)]


def _records(doc: Parsed, label: str) -> list[str]:
    """The texts of the document's ``removed`` records labelled ``label``."""
    return [span.attrs["text"] for span in doc.layers.get("removed", []) if span.label == label]


def _manual() -> bytes:
    title = [
        _centred("Guide de demarrage", 480),
        _centred("V2.9.0~pre1+git20230208.f1270d6ed7, 28", 450),
        _centred("Jun 2026", 420),
    ]
    contents = [text_row(LEFT, 720, "Table des matieres", 24.8, b"F2")]
    entries = ["1 About LinuxCNC", "1.1 The Software", "1.2 The Operating System", "1.3 Getting Help"]
    entries += ["2 Installing LinuxCNC", "2.1 Install Problems"]
    contents += [
        text_row(LEFT, 640 - 14 * at, f"{text} {'.' * 60} {at + 1}") for at, text in enumerate(entries)
    ]
    chapter = [
        text_row(LEFT, 700, "Chapitre 1", 20.7, b"F2"),
        text_row(LEFT, 660, "About LinuxCNC", 24.8, b"F2"),
    ]
    chapter += _prose(620)
    index = [text_row(LEFT, 720, "Chapitre 2", 20.7, b"F2"), text_row(LEFT, 680, "Index", 24.8, b"F2")]
    terms = ["A", "acme screw, 41", "axis, 41", "B", "backlash, 41", "ball nut, 42", "ball screw, 41", "C"]
    terms += ["CNC, 42", "comp, 42", "D", "DRO, 42"]
    index += [text_row(LEFT, 640 - 12 * at, text) for at, text in enumerate(terms)]
    return font_pages(
        [b"\n".join(title), b"\n".join(contents), b"\n".join(chapter), b"\n".join(index)], FONTS
    )


def test_a_title_line_the_column_wrapped_stays_one_paragraph():
    """The title's second line fills the title page's measure, so its date went on the next line:
    "V2.9.0~pre1+git20230208.f1270d6ed7, 28" / "Jun 2026" is one line of the title, not two verse
    lines broken by hand."""
    (doc,) = parse_pdf(_manual())
    assert doc.text.split("\n\n")[:2] == [
        "Guide de demarrage",
        "V2.9.0~pre1+git20230208.f1270d6ed7, 28 Jun 2026",
    ]


def test_headings_over_a_cut_contents_and_index_go_with_them():
    """ "Table des matieres" over the contents page and "Chapitre 2" over the index (whose own heading
    "Index" went with its entries) head nothing left in the text: each goes to ``removed`` with its
    list, under the list's label."""
    (doc,) = parse_pdf(_manual())
    found = doc.text.split("\n\n")
    assert "Table des matieres" not in found and "Chapitre 2" not in found
    assert found[-3:] == ["Chapitre 1", "About LinuxCNC", " ".join(PROSE)]
    assert [text.split("\n")[0] for text in _records(doc, "contents")] == ["Table des matieres"]
    assert [text.split("\n")[:2] for text in _records(doc, "index")] == [["Chapitre 2", "Index"]]


def test_a_subsection_heading_named_by_a_short_code_is_kept():
    """ "3.24.3.5 M61" (a number of four levels, a G-code's name of one letter) is a heading over its
    text, as its sibling "3.24.3.4 Txxx" is, not a drawing's letters cut as a ``fragment``."""
    page = [
        text_row(LEFT, 720, "3.24.3.4 Txxx", 10, b"F2"),
        *_prose(700, ["Prepare the tool for a change.", "Nothing else happens yet."][:1]),
        text_row(LEFT, 670, "3.24.3.5 M61", 10, b"F2"),
        *_prose(650, ["Set current tool number.", "This switches the internal tool."][:1]),
    ]
    (doc,) = parse_pdf(font_pages([b"\n".join(page)], FONTS))
    assert doc.text.split("\n\n") == [
        "3.24.3.4 Txxx",
        "Prepare the tool for a change.",
        "3.24.3.5 M61",
        "Set current tool number.",
    ]
    assert not _records(doc, "fragment")


def test_a_bold_term_under_a_full_description_line_opens_the_next_entry():
    """A variable list's bold term stands on a line of its own left of the descriptions' indent; under
    a description whose last line fills the column it was glued to that line with no space
    ("…if the tool change is complete.settings.random_toolchanger")."""
    description = [
        "Interp sets this to true when calling the change function. It is checked to decide which index",
        "to use for the offset: the current pocket if the tool change is in progress, else the spindle.",
    ]
    page = [
        text_row(60.2, 720, "settings.toolchange_flag", 10, b"F2"),
        helvetica_line(81.6, 706, description[0], 10, RIGHT),
        helvetica_line(81.6, 694, description[1], 10, RIGHT),
        text_row(60.2, 680, "settings.random_toolchanger", 10, b"F2"),
        helvetica_line(81.6, 666, "Set from the INI variable at startup.", 10),
    ]
    (doc,) = parse_pdf(font_pages([b"\n".join(page)], FONTS))
    assert doc.text.split("\n\n") == [
        "settings.toolchange_flag",
        " ".join(description),
        "settings.random_toolchanger",
        "Set from the INI variable at startup.",
    ]


def test_a_note_box_line_ending_in_a_colon_runs_on_in_its_sentence():
    """A Note box sets its lines at an indent from the margin; its first line ends in a colon and the
    next goes on the sentence ("There are three possibilities here:" + "preempt-rt, RTAI or Xenomai.
    …"), where it was read as a definition list's lead-in over its first entry."""
    note = [
        "LinuxCNC requires a special kernel with real-time extensions. There are three possibilities here:",
        "preempt-rt, RTAI or Xenomai. In addition there are two versions of LinuxCNC which work with these",
        "kernels. See the table below for details.",
    ]
    page = [
        *_prose(740, PROSE[:2]),
        text_row(66.8, 700, "Note", 10, b"F2"),
        helvetica_line(66.8, 688, note[0], 10, 565.7),
        helvetica_line(66.8, 676, note[1], 10, 565.7),
        helvetica_line(66.8, 664, note[2], 10),
        *_prose(630, PROSE[2:]),
    ]
    (doc,) = parse_pdf(font_pages([b"\n".join(page)], FONTS))
    assert doc.text.split("\n\n") == [" ".join(PROSE[:2]), "Note", " ".join(note), PROSE[2]]


def test_a_title_at_the_margin_under_a_list_item_full_to_its_stop_stands_apart():
    """A procedure's title in the text's face at the margin, under a numbered item whose line fills
    the column and ends its sentence ("5. Note that … during the process." + "Writing the image to a
    DVD in Linux"), is no line of the item: an item's wrapped line hangs at its text."""
    item = "5. Note that this may take a long time to complete and there will be no feedback in the process."
    page = [
        helvetica_line(67.1, 720, "4. Transfer the data with dd, as for Linux above.", 10),
        helvetica_line(67.1, 706, item, 10, RIGHT),
        helvetica_line(LEFT, 691, "Writing the image to a DVD in Linux", 10),
        helvetica_line(67.1, 676, "1. Insert a blank DVD into your burner.", 10),
        helvetica_line(67.1, 662, "2. Pick the image file and burn it.", 10),
    ]
    (doc,) = parse_pdf(font_pages([b"\n".join(page)], FONTS))
    assert doc.text.split("\n\n") == [
        "4. Transfer the data with dd, as for Linux above.",
        item,
        "Writing the image to a DVD in Linux",
        "1. Insert a blank DVD into your burner.",
        "2. Pick the image file and burn it.",
    ]


def test_a_bold_title_line_left_of_the_line_above_goes_on_the_title():
    """A title set flush right, larger than the body, its middle line opening with a name in a face
    not bold (crisk.pdf: "Competing risks with" / "Lexis, parametric rates and" / "simulation based
    confidence intervals"): its bold last line starts left of the line above, as a variable list's
    term does, but it is the title's, ending where the title's lines end."""
    title = ["Competing risks with", "Lexis, parametric rates and", "simulation based confidence intervals"]
    page = [
        *(
            text_row(542.6 - _bold_width(text, 24.8), 760 - 30 * at, text, 24.8, b"F1" if at == 1 else b"F2")
            for at, text in enumerate(title)
        ),
        *_prose(640),
    ]
    (doc,) = parse_pdf(font_pages([b"\n".join(page)], FONTS))
    assert doc.text.split("\n\n") == [" ".join(title), " ".join(PROSE)]


def test_a_numbered_clause_s_next_sentence_at_the_margin_goes_on_the_clause():
    """GOST 7.80's clauses: "6.4 …" at the paragraph indent, its first line full and ending a sentence,
    the next at the margin opening a sentence of its own: one paragraph, not a title out of an item."""
    clause = [
        "6.4 The identifying features in a heading are numbers, dates, place names and the names of states.",
        "The identifying features are parted from each other by a semicolon.",
    ]
    page = [helvetica_line(74.0, 720, clause[0], 10, RIGHT), helvetica_line(LEFT, 708, clause[1], 10)]
    (doc,) = parse_pdf(font_pages([b"\n".join(page)], FONTS))
    assert doc.text.split("\n\n") == [" ".join(clause)]
