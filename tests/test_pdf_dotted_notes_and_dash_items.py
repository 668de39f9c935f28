"""A French TeX manual's footnotes and its history list (issue 15, the twenty-third check's row 4,
re-read). Its notes, set small under the page's text, open with the number and a full stop
("5. Cette option …"), which no footnote rule took for a mark, so each stood in the flow where its
page ended and its raised reference stayed in the sentence as a superscript digit. Its history is a
list of items each opening with an em dash: an item after one whose last line filled the measure
and ended in a word was joined to it, taken for a sentence broken before a dash. All texts here are
written for the tests."""

from __future__ import annotations

from pdf_objects import escaped, helvetica_line, helvetica_pages

from sloika.pipelines.formats.pdf import parse_pdf

RIGHT = 520.0  # the right margin every full line is justified to


def _raised_line(y: float, before: str, mark: str, after: str) -> bytes:
    """A 10 pt line of ``before``, a 7 pt ``mark`` raised 4 pt, then ``after``."""
    return b"BT 72 %.2f Td /F1 10 Tf (%s) Tj /F1 7 Tf 4 Ts (%s) Tj 0 Ts /F1 10 Tf (%s) Tj ET" % (
        y,
        escaped(before),
        escaped(mark),
        escaped(after),
    )


PROSE = [
    "The frame of each box is drawn in black unless the option for its colour gives another one,",
    "and its width is set in points, three by default, with no unit written after the number.",
]
NOTE = "This option was added on the request of a reader of the first version."


def _noted_page(note: str) -> bytes:
    """An A4 page of 10 pt prose whose second line raises a 7 pt "2" after a word, and, at its foot
    below the prose, a 8 pt ``note`` (the number, a full stop, the note's text)."""
    content = [
        helvetica_line(72, 760, PROSE[0], 10, end=RIGHT),
        _raised_line(746, PROSE[1][:-1], "2", "."),
        helvetica_line(72, 732, "A second paragraph follows with nothing to note about the frame.", 10),
        helvetica_line(80, 90, note, 8),
    ]
    return helvetica_pages([b"\n".join(content)])


def test_a_note_numbered_with_a_full_stop_follows_the_text_and_its_raised_mark_is_cut():
    """ "…sous-titre>⁵. Par exemple:" / "5. Cette option a été mise en place …" in the flow."""
    parsed = parse_pdf(_noted_page(f"2. {NOTE}"))[0]
    assert parsed.text.split("\n\n") == [  # the note after the paragraph of its mark
        " ".join(PROSE),
        NOTE,
        "A second paragraph follows with nothing to note about the frame.",
    ]
    notes = [(s.attrs["mark"], parsed.text[s.start : s.end]) for s in parsed.spans if s.label == "footnote"]
    assert notes == [("2", NOTE)]
    assert [s.attrs["text"] for s in parsed.layers["removed"] if s.label == "footnote_mark"] == ["2"]


def test_a_small_numbered_line_no_mark_refers_to_stays_in_the_text():
    """A numbered line set small at the foot whose number the page raises nowhere (a reference
    list's "1. …" under the text) is no footnote: it stays where it stands, its number kept."""
    parsed = parse_pdf(_noted_page(f"1. {NOTE}"))[0]
    assert f"1. {NOTE}" in parsed.text.split("\n\n")
    assert not [s for s in parsed.spans if s.label == "footnote"]


ITEMS = [
    (
        "— tool v2.4 (May 2010): many new things, logos, a colour for the border and a width for the",
        "border, a margin inside the box, an option to blur the shadow, a new bar for some readers",
    ),
    (
        "— tool v2.3 (April 2010): the same version, an option that was not documented before now",
        "",
    ),
    (
        "— tool v1.6 (June 2008): a logo for ornaments – two styles for the title – a list of the boxes",
        "",
    ),
    ("— tool v1.5 (May 2008): the warning logo is changed", ""),
    ("— tool v1.2 (March 2008): a rounded frame as the fourth argument of the main command", ""),
    ("— tool v1.1 (March 2008)", ""),
]


def _history_page() -> bytes:
    """An A4 page of a lead-in and a list of 10 pt items, each opening with an em dash at 86 pt, its
    lines after the first hanging at 100 pt, full lines justified to ``RIGHT``; the first item's
    hanging line, the third item's line and the fifth's end in a word, full or nearly so."""
    content = [helvetica_line(72, 780, "The versions of the package, newest first, are these ones:", 10)]
    y = 760.0
    for first, hanging in ITEMS:
        full = hanging or first.startswith(("— tool v1.6", "— tool v2.3"))
        content.append(helvetica_line(86, y, first, 10, end=RIGHT if full else None))
        y -= 12
        if hanging:
            content.append(helvetica_line(100, y, hanging, 10, end=RIGHT))
            y -= 12
    return helvetica_pages([b"\n".join(content)])


def test_each_dash_item_of_a_list_is_a_paragraph_of_its_own():
    """ "…pour les utilisateurs de mathdesign — bclogo v2.22 (18 janvier 2009): …", "…fonction
    listofbclogo — bclogo v1.25 …" and "…en quatrième argument — bclogo v1.1 (19 mars 2008)"."""
    parsed = parse_pdf(_history_page())[0]
    assert parsed.text.split("\n\n") == [
        "The versions of the package, newest first, are these ones:",
        *(f"{first} {hanging}" if hanging else first for first, hanging in ITEMS),
    ]


def _two_lines(first: tuple[float, str], second: tuple[float, str]) -> list[str]:
    """The paragraphs of an A4 page of a lead-in, a full 10 pt line at ``first`` (x, text) and a
    line under it at ``second``."""
    content = [
        helvetica_line(72, 780, "The versions of the package, newest first, are these ones:", 10),
        helvetica_line(first[0], 760, first[1], 10, end=RIGHT),
        helvetica_line(second[0], 748, second[1], 10),
    ]
    return parse_pdf(helvetica_pages([b"\n".join(content)]))[0].text.split("\n\n")


def test_a_dash_where_no_item_stands_goes_on_its_sentence():
    """A line opening with a dash away from where its paragraph's dash stands is that paragraph's
    sentence broken before a dash, not the next item: at an item's hanging indent, or at the
    margin under a dialogue line's indented first line."""
    item = "— tool v3.0 (2012): the boxes may now break over the page, on the request of readers"
    said = "— The boxes may now break over the page, he said to the readers of the first version"
    rest = "— many of them — and two margins are added"
    assert _two_lines((86, item), (100, rest))[1:] == [f"{item} {rest}"]
    assert _two_lines((87, said), (72, rest))[1:] == [f"{said} {rest}"]
