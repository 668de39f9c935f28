"""A chapter opener's number set large beside its title (issue 15, check 53's row 3: gap-sonata's
tutorial). The class sets "4" in 100 pt at the page's top left and the title in 40 pt flush right
beside it, over two or three lines: the number alone at the page's top was cut as a page number,
and the title's lines were read as two paragraphs, "Nearrings of transformations" / "on groups".
The number and the title are one heading, "4 Nearrings of transformations on groups". All texts
here are written for the tests."""

from __future__ import annotations

from pdf_objects import helvetica_pages, helvetica_width, text_row

from sloika.pipelines.formats.pdf import parse_pdf

BODY = (
    "We are going to study transformations on the alternating group on four elements, and for that",
    "we first build the group, then the mapping, and then the nearring it generates in the system.",
)
RIGHT = 538.0  # the title's lines end here


def _opener(number: str, title: list[str]) -> bytes:
    """A chapter's first page: ``number`` in 100 pt at the left, its baseline on the title's last
    line's, the ``title`` lines in 40 pt flush right, then a paragraph."""
    last = 700.0 - 44 * (len(title) - 1)
    rows = [text_row(63, last, number, 100)]
    rows += [
        text_row(RIGHT - helvetica_width(line, 40), 700 - 44 * at, line, 40) for at, line in enumerate(title)
    ]
    rows += [text_row(72, last - 80 - 12 * at, line) for at, line in enumerate(BODY)]
    return b"\n".join(rows)


def test_a_chapter_number_beside_its_title_of_three_lines_heads_it():
    """The number is kept, before the title's three lines, one heading."""
    page = _opener("4", ["Nearrings of", "mappings on", "finite groups"])
    (doc,) = parse_pdf(helvetica_pages([page]))
    assert doc.text == "4 Nearrings of mappings on finite groups\n\n" + " ".join(BODY)
    assert "removed" not in doc.layers


def test_a_chapter_number_beside_a_one_line_title_heads_it():
    """A title of one line standing by the number's foot: "1 Groups"."""
    (doc,) = parse_pdf(helvetica_pages([_opener("1", ["Groups"])]))
    assert doc.text == "1 Groups\n\n" + " ".join(BODY)
    assert "removed" not in doc.layers


def test_a_number_beside_lines_in_the_body_size_stays_apart():
    """A large number beside lines set in the body's size (a figure by a column of text) heads
    nothing: it is not read into the lines beside it."""
    rows = [text_row(63, 700, "7", 100)]
    rows += [text_row(300, 720 - 12 * at, line[:40]) for at, line in enumerate(BODY)]
    rows += [text_row(72, 600 - 12 * at, line) for at, line in enumerate(BODY)]
    (doc,) = parse_pdf(helvetica_pages([b"\n".join(rows)]))
    assert not doc.text.startswith("7 ")
