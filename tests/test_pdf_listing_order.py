"""A .dtx listing whose indented code lines pdfminer boxes apart from the rest of their column (issue
15, eleventh held-out check: basque.pdf's lines 70–75 read '…{"<}{%' / '…{">}{%' / "ordinals," and only
then the two indented "\\textormath" lines): every line comes in its row's order, top to bottom, in
whatever size it is set (7 pt line numbers, 9 pt code, 10 pt prose), and two columns side by side keep
theirs. Expected texts are written by hand from the fixture's rows."""

from __future__ import annotations

from pdf_objects import HELVETICA, one_page

from sloika.pipelines.formats.pdf import parse_pdf
from sloika.pipelines.formats.pdf_line_order import _gaps_filled
from sloika.pipelines.formats.pdf_line_record import Line

COURIER = b"<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>"

# (font, size, x, baseline from the page top, text): a prose line, then a listing numbered 70 to 75
# whose odd-numbered code lines are indented one step, with a prose line inside the listing's
# numbering (a .dtx file's comment between two code blocks)
ROWS = [
    (b"F1", 10, 169, 156, "Now we set up the shorthands: the quotes,"),
    (b"F1", 7, 154, 170, "70"),
    (b"F2", 9, 164, 170, r"\def\open{%"),
    (b"F1", 7, 154, 181, "71"),
    (b"F2", 9, 174, 181, r"\textormath{\leftquote}{\mbox{\leftquote}}}"),
    (b"F1", 7, 154, 192, "72"),
    (b"F2", 9, 164, 192, r"\def\close{%"),
    (b"F1", 7, 154, 203, "73"),
    (b"F2", 9, 174, 203, r"\textormath{\rightquote}{\mbox{\rightquote}}}"),
    (b"F1", 10, 154, 215, "the numbers,"),
    (b"F1", 7, 154, 231, "74"),
    (b"F2", 9, 164, 231, r"\def\ordinal{%"),
    (b"F1", 7, 154, 242, "75"),
    (b"F2", 9, 174, 242, r"\textormath{\raised}{\sp\bgroup\mark}}"),
    (b"F1", 10, 154, 256, "and the tildes."),
]


def _escaped(text: str) -> bytes:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)").encode()


def _listing_pdf() -> bytes:
    """The rows on one US Letter page, Helvetica as /F1, Courier as /F2."""
    parts = [
        b"BT /%s %d Tf %d %d Td (%s) Tj ET" % (font, size, x, 792 - top, _escaped(text))
        for font, size, x, top, text in ROWS
    ]
    return one_page(b"\n".join(parts), [(b"F1", HELVETICA), (b"F2", COURIER)])


def test_indented_code_lines_boxed_apart_come_in_their_rows():
    parsed = parse_pdf(_listing_pdf())[0]
    lines = [line for line in parsed.text.split("\n") if line.strip()]
    assert lines == [  # the indented lines one step (10 pt, two Courier letters at 9 pt) in
        "Now we set up the shorthands: the quotes,",
        r"\def\open{%",
        r"  \textormath{\leftquote}{\mbox{\leftquote}}}",
        r"\def\close{%",
        r"  \textormath{\rightquote}{\mbox{\rightquote}}}",
        "the numbers,",
        r"\def\ordinal{%",
        r"  \textormath{\raised}{\sp\bgroup\mark}}",
        "and the tildes.",
    ]
    removed = [(s.attrs.get("text"), s.attrs.get("why")) for s in parsed.layers["removed"]]
    numbers = [
        text for text, why in removed if why == "line_numbers"
    ]  # a column of them (``pdf_line_numbers``)
    assert numbers == ["70", "71", "72", "73", "74", "75"]  # in the listing's order too


def placed(*rows: tuple[str, float, float], mono: bool = False) -> list[Line]:
    """(text, x0, top) rows, 10 pt, each line 5 pt wide a character; ``mono``: set in typewriter."""
    return [
        Line(0, text, x0, x0 + 5.0 * len(text), top, top + 10.0, 10.0, 792.0, mono=mono)
        for text, x0, top in rows
    ]


def test_a_column_beside_another_under_a_heading_across_both_keeps_its_order():
    """The right column shares rows with the left one and no width with it; only its first line has
    the heading over the two columns near it: the columns stay one after the other."""
    page = placed(
        ("A heading that runs across both of the columns below", 56.0, 100.0),
        ("the left column goes down", 56.0, 120.0),
        ("and down again", 56.0, 132.0),
        ("to its end", 56.0, 144.0),
        ("the right column", 200.0, 120.0),
        ("goes down too", 200.0, 132.0),
        ("to its end", 200.0, 144.0),
    )
    assert _gaps_filled(page) == page


def test_a_line_read_out_of_its_column_goes_back_in_its_row():
    """A code line pdfminer read after its listing, set between two of its lines and sharing their width,
    goes back between them, past a note in the margin read before it; the note stays where it was
    read."""
    column = placed(("first line", 56.0, 100.0), ("third line", 56.0, 124.0), ("fourth", 56.0, 136.0))
    note = placed(("a note", 200.0, 130.0), ("in the margin", 200.0, 142.0))
    stray = placed(("  second line", 60.0, 112.0))
    assert _gaps_filled(column + note + stray) == column + note + stray  # prose: pdfminer's order
    rows = (("first line", 56.0, 100.0), ("third line", 56.0, 124.0), ("fourth", 56.0, 136.0))
    column = placed(*rows, mono=True)
    stray = placed(("  second line", 60.0, 112.0), mono=True)
    assert [line.text for line in _gaps_filled(column + note + stray)] == [
        "first line",
        "  second line",
        "third line",
        "fourth",
        "a note",
        "in the margin",
    ]
