"""A software manual's examples read whole (issue 15, check 54 row 5: Debian frobby's user manual).

The manual shows a command's answer and an input file's numbers as typewriter displays inside the
sentence that announces them ("… the Frobenius number is" / "29" / "The frobdyn action …"): each
was cut as a `fragment`, the sentence ending on nothing. A printed matrix's row whose numbers
pdfminer boxed with the sentence over the matrix lost them and tore that sentence. Its contents
list, whose sections open with run-in heads ("1.1. Cygwin preparation. Before …"), was cut after
its first entry, twenty entries kept as paragraphs. A sentence naming an ideal between angle
brackets under a listing was glued onto the listing's last row as a noweb chunk name's line. The
pages and lines below are hand-built; their words are sloika's own, the expected texts typed by hand.
"""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import COURIER, HELVETICA, code_line, code_lines, helvetica_line, one_page  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402
from sloika.pipelines.formats.pdf_line_order import _gaps_filled  # noqa: E402
from sloika.pipelines.formats.pdf_line_record import Line  # noqa: E402
from sloika.pipelines.formats.pdf_listings import _chunk_line  # noqa: E402

SIZE = 10
LEADING = 12
LEFT = 72.0
TOP = 750


def _line(row: int, text: str, x: float = LEFT) -> bytes:
    return helvetica_line(x, TOP - LEADING * row, text, SIZE)


def _code(row: int, text: str) -> bytes:
    return code_line(LEFT, TOP - LEADING * row, text, SIZE)


def _page(rows: list[bytes]) -> bytes:
    return one_page(b"\n".join(rows), [(b"F1", HELVETICA), (b"F2", COURIER)])


def _removed(doc) -> list[str]:
    return [span.attrs.get("text", "") for spans in doc.layers.values() for span in spans]


def _manual(rows: list[tuple[str, str]]) -> bytes:
    """A page of prose lines ("p"; "j": justified to the measure; "P": opening a paragraph, indented)
    and typewriter displays ("c"), each display set a little apart from the lines around it, as
    LaTeX's verbatim is: 12 pt between prose lines, 14.5 pt around a display, 24 pt before a "h"."""
    out, y, previous = [], float(TOP), None
    for kind, text in rows:
        if previous is not None:
            y -= 14.5 if "c" in (kind, previous) else 24 if kind == "h" else LEADING
        if kind == "c":
            out.append(code_line(LEFT, y, text, SIZE))
        else:
            x, end = (LEFT + 12 if kind == "P" else LEFT), (540.0 if kind == "j" else None)
            out.append(helvetica_line(x, y, text, SIZE, end))
        previous = kind
    return _page(out)


def test_numbers_a_sentence_shows_as_its_example_are_kept():
    """A command's answer under the sentence that goes on from the command ("to get that the
    answer is" / "29"), and an input file's numbers inside the sentence naming the file ("… a
    file named nums2" / its rows / "and type"), are the example's content."""
    doc = parse_pdf(
        _manual(
            [
                ("P", "The tool solves a small problem on whole numbers, and this section shows how"),
                ("j", "to run it on a file of numbers and what it prints for them. To try this, put the"),
                ("p", "numbers in a file and type"),
                ("c", "tool solve < nums"),
                ("p", "to get as output that the largest gap is"),
                ("c", "29"),
                ("P", "The solve action is slow for large inputs, so a faster one is offered."),
                ("P", "Now put these numbers into a file named nums2"),
                ("c", "1234567890001"),
                ("c", "348461546433"),
                ("p", "and type"),
                ("c", "tool fast nums2"),
                ("p", "to produce something like"),
                ("c", "4259 8346 12295 18936"),
                ("P", "The output is random, so you will get a different one."),
            ]
        ),
        foreign="keep",
    )[0]
    assert code_lines(doc) == [
        "tool solve < nums",
        "29",
        "1234567890001",
        "348461546433",
        "tool fast nums2",
        "4259 8346 12295 18936",
    ], doc.text
    assert "the largest gap is\n\n29\n\nThe solve action" in doc.text
    assert not any(text.strip() for text in _removed(doc)), _removed(doc)


def test_numbers_under_a_heading_are_no_example():
    """Under a heading (it opens in a capital, and a new sentence opens under the numbers) the
    numbers are a drawing's, not an example a sentence shows."""
    doc = parse_pdf(
        _manual(
            [
                ("P", "The grid holds the points of the plane where the values were sampled, one"),
                ("p", "value a point."),
                ("h", "Sampling points of the grid"),
                ("c", "10 20 30"),
                ("P", "Each point is sampled once, in the order of the rows."),
            ]
        ),
        foreign="keep",
    )[0]
    assert "10 20 30" not in doc.text, doc.text


def _at(text: str, x0: float, x1: float, y1: float, mono: bool = True) -> Line:
    """A line at its PDF box (x0 to x1, its top at ``y1`` points up the page), 10 pt high."""
    return Line(0, text, x0, x1, 792.0 - y1, 802.0 - y1, SIZE, 792.0, mono=mono)


def test_a_matrix_rows_rest_boxed_with_the_sentence_over_it_goes_back_on_its_row():
    """The rest of a printed matrix's rows ("0 0 0" right of its coefficient "1"), boxed by pdfminer
    with the sentence over the matrix and read before that sentence's next line, goes back on its
    row, not between the sentence's two lines (frobby's manual p. 11, its lines where they stand)."""
    page = [
        _at(
            "To get the polynomial into a format that the other tool reads, if it had a",
            138.6,
            485.3,
            552.1,
            False,
        ),
        _at("0 0 0", 142.4, 168.5, 484.8),
        _at("0 1 2", 147.6, 173.7, 472.8),
        _at("2 1 0", 147.6, 173.7, 460.9),
        _at("concept of polynomials, type", 126.7, 251.8, 540.1, False),
        _at("tool convert < pinput -oformat other", 126.7, 335.9, 525.5),
        _at("to get", 126.7, 152.1, 511.4, False),
        _at("6 4", 126.7, 142.4, 496.7),
        _at("1", 126.7, 131.9, 484.8),
        _at("-1", 126.7, 137.1, 472.8),
        _at("-1", 126.7, 137.1, 460.9),
        _at(
            "The first line gives the size of the matrix, and each row of it is a term.",
            126.7,
            485.3,
            399.0,
            False,
        ),
    ]
    assert [line.text for line in _gaps_filled(page)] == [
        "To get the polynomial into a format that the other tool reads, if it had a",
        "concept of polynomials, type",
        "tool convert < pinput -oformat other",
        "to get",
        "6 4",
        "1",
        "0 0 0",
        "-1",
        "0 1 2",
        "-1",
        "2 1 0",
        "The first line gives the size of the matrix, and each row of it is a term.",
    ]


def test_a_sentence_naming_an_ideal_between_angle_brackets_is_no_chunk_line():
    """A noweb chunk's header or a use of one inside code is the listing's line; a sentence that
    names a formula between angle brackets is prose."""
    assert _chunk_line("⟨add the numbers 1⟩ ≡")
    assert _chunk_line("f0 <- ⟨print the sum 3⟩")
    assert not _chunk_line("This describes the monomial ideal ⟨a², a ∗ b⁵, c⟩ as an ideal in the ring")
    assert not _chunk_line("This is the ideal ⟨dbc, b²c⟩. To intersect that with the ideal ⟨a, b⟩, we")


def test_a_contents_list_of_sections_with_run_in_heads_is_cut_whole():
    """Sections whose numbered heads run into their first sentence ("1.1. Getting ready. Before
    …") are the entries of the contents list over them: the whole list goes to `contents`, its page
    numbers with it."""
    entries = ["1. Installation", "1.1. Getting ready", "1.2. Mac OS 10.5 preparation", "2. Tutorial"]
    rows = [_line(0, "Contents", x=LEFT + 12)]
    for at, entry in enumerate(entries, start=1):
        rows += [_line(at, entry, x=LEFT + 12), _line(at, str(at), x=530)]
    rows += [
        _line(6, "This is a short manual for the tool, which shows how to install and use it."),
        _line(8, "1. Installation"),
        _line(10, "1.1. Getting ready. Before installing the tool, first run the setup program."),
        _line(12, "1.2. Mac OS 10.5 preparation. If you have the package manager, type its command."),
        _line(14, "2. Tutorial"),
        _line(16, "This part of the manual shows the tool at work on a few small examples."),
    ]
    doc = parse_pdf(_page(rows), foreign="keep")[0]
    assert doc.text.startswith("This is a short manual for the tool"), doc.text
    contents = [s.attrs["text"] for s in doc.layers["removed"] if s.label == "contents"]
    assert contents == [
        "Contents\n1. Installation 1\n1.1. Getting ready 2\n1.2. Mac OS 10.5 preparation 3\n2. Tutorial 4"
    ], contents
