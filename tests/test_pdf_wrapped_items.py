"""A sentence's or an item's wrapped line read as a paragraph of its own (issue 15, forty-third check's
row 02: gm-assistant-doc's userguide_en.pdf). A line opening with an en dash at the paragraph's left
edge, under a full line that closes a bracket with no stop before it, goes on the sentence ("… the
auxiliary files (music, sound effects and images)" + "– so you can move it …"); a description list
item's wrapped line, at the description's indent under a full first line that closes a bracket, goes
on the item ("Characters: A table … (players or NPC)" + "with their important statistics"). Pages
hand-built, texts sloika's own."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import COURIER, HELVETICA, font_pages, helvetica_line, helvetica_width  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

FONTS = [(b"F1", HELVETICA), (b"F2", COURIER)]
LEFT, RIGHT = 100.0, 490.0  # the text's margins: every full line is justified to RIGHT
HANG = 125.0  # where a description's wrapped lines stand, 2.5 em in
LEAD = "As said above, the reader opens six modules, each for one task. The list of modules includes:"
AFTER = "All these modules are available in the main window of the program."


def _pages(lines: list[bytes]) -> list[str]:
    """The paragraphs of an A4 page of these content lines."""
    return parse_pdf(font_pages([b"\n".join(lines)], FONTS))[0].text.split("\n\n")


def test_a_dash_at_the_left_edge_under_a_closed_bracket_goes_on_the_sentence():
    """The save file box: its sentence runs over three lines at the paragraph's left edge, two of
    them opening with an en dash (the sentence's parenthesis), the second closing a bracket."""
    first = "The saved file created is one file with everything included and nothing left"
    second = "– all the information and the auxiliary files (music, sound effects and images)"
    third = "– so you can move it to another computer and use it without any trouble."
    lines = [
        helvetica_line(LEFT, 780, first, 10, end=RIGHT),
        helvetica_line(LEFT, 768, second, 10, end=RIGHT),
        helvetica_line(LEFT, 756, third, 10),
        helvetica_line(LEFT, 730, AFTER, 10),
    ]
    assert _pages(lines) == [f"{first} {second} {third}", AFTER]


def test_dash_items_whose_lines_close_a_bracket_stay_items():
    """Items alike, each opening with the dash where the list's first item does: the next item,
    though the full line above closes a bracket with no stop."""
    first = "– the first option sets the width of the page the text is set on (in points)"
    second = "– the second option sets the height of the page."
    lines = [
        helvetica_line(LEFT, 780, LEAD, 10),
        helvetica_line(LEFT, 766, first, 10, end=RIGHT),
        helvetica_line(LEFT, 754, second, 10),
    ]
    assert _pages(lines) == [LEAD, first, second]


def _item(y: float, term: str, text: str, end: float | None = None) -> bytes:
    """A typewriter ``term`` at the margin and its description run in after it in Helvetica, in one
    text object as TeX sets them; ``end``: the description's spaces widened (``Tw``) to end there."""
    rest = f" {text}"
    room = 0.0 if end is None else end - LEFT - 6 * len(term) - helvetica_width(rest, 10)
    spacing = room / rest.count(" ")
    return b"BT /F2 10 Tf 0 Tw %.1f %.1f Td (%s) Tj /F1 10 Tf %.3f Tw (%s) Tj ET" % (
        LEFT,
        y,
        term.encode(),
        spacing,
        rest.encode(),
    )


def test_a_description_wrapped_at_its_indent_under_a_closed_bracket_goes_on_the_item():
    """A description list, terms in typewriter, the descriptions' wrapped lines hanging at ``HANG``:
    the item whose first line closes a bracket goes on under it, as the one ending in a word does."""
    plot = "The plot tree shows in an ordered manner the important events of the"
    characters = "A table designed to display the characters of the game (players or NPC)"
    lines = [
        helvetica_line(LEFT, 780, LEAD, 10),
        _item(764, "Plot:", plot, end=RIGHT),
        helvetica_line(HANG, 752, "scenario with no limit in sub-levels", 10),
        _item(735, "Notes:", "Simple notepad to take notes during the game"),
        _item(718, "Characters:", characters, end=RIGHT),
        helvetica_line(HANG, 706, "with their important statistics", 10),
        _item(689, "Music:", "A simple music player"),
        helvetica_line(LEFT, 672, AFTER, 10),
    ]
    assert _pages(lines) == [
        LEAD,
        f"Plot: {plot} scenario with no limit in sub-levels",
        "Notes: Simple notepad to take notes during the game",
        f"Characters: {characters} with their important statistics",
        "Music: A simple music player",
        AFTER,
    ]
