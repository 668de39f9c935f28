"""A journal paper's colophon and masthead (issue 15, thirty-first check row 5): the ruled box at the
foot of the last page that repeats the first page's masthead (the journal's name, the issue, the DOI)
with its publisher, addresses and dates was kept as the text's last paragraphs, in the references'
span; and the masthead's journal name, set larger than the paper's title, was taken for
``fields.title``. Hand-built pages; expected text, records and title written by hand."""

from __future__ import annotations

from pdf_objects import helvetica_line, helvetica_pages

from sloika.pipelines.formats.pdf import parse_pdf

PROSE = [
    "Small gardens leave little room for trees, yet a careful choice of species lets one grow",
    "well for decades, and this paper describes how such a choice can be made from the soil.",
]
REFERENCE = "Doe J (2019). Trees in Gardens. Green Press, Leeds."
AFFILIATION = ["Affiliation:", "Jane Doe", "University of Leeds"]
MASTHEAD = [
    helvetica_line(200, 760, "Journal of Garden Science", 24),
    helvetica_line(190, 740, "May 2020, Volume 3, Issue 2.", 10),
    helvetica_line(400, 740, "doi: 10.1234/jgs.v003.i02", 10),
]


def _first_page(masthead: list[bytes]) -> bytes:
    """The masthead, then the title (17 pt), the author (12 pt) and two lines of prose."""
    return b"\n".join(
        [
            *masthead,
            helvetica_line(120, 660, "Growing Trees in Small Gardens", 17),
            helvetica_line(250, 630, "Jane Doe", 12),
            *(helvetica_line(81, 560 - 12 * at, text, 10) for at, text in enumerate(PROSE)),
        ]
    )


def _box(lines: list[bytes]) -> bytes:
    """``lines`` between two rules across the text width at the page's foot (y 170 and 100)."""
    return b"\n".join([b"0.5 w 81 170 m 522 170 l S", *lines, b"0.5 w 81 100 m 522 100 l S"])


COLOPHON = [
    helvetica_line(81, 155, "Journal of Garden Science", 13),
    helvetica_line(81, 141, "published by the Society for Open Gardening", 10),
    helvetica_line(400, 155, "http://www.jgs.org/", 10),
    helvetica_line(81, 124, "May 2020, Volume 3, Issue 2", 10),
    helvetica_line(81, 110, "doi:10.1234/jgs.v003.i02", 10),
    helvetica_line(420, 124, "Submitted: 2019-03-20", 10),
    helvetica_line(420, 110, "Accepted: 2019-10-23", 10),
]


def _last_page(box: bytes) -> bytes:
    """The references' heading and entry, the affiliation, and ``box`` at the page's foot."""
    return b"\n".join(
        [
            helvetica_line(81, 760, "References", 14),
            helvetica_line(81, 740, REFERENCE, 10),
            *(helvetica_line(81, 700 - 13 * at, text, 10) for at, text in enumerate(AFFILIATION)),
            box,
        ]
    )


def _kept(doc) -> str:
    """The text and its tables' cells (a box's two columns may read as a table)."""
    cells = [
        cell for span in doc.spans if span.label == "table" for row in span.attrs["rows"] for cell in row
    ]
    return "\n".join([doc.text, *cells])


def _colophon_records(doc) -> list:
    return [span for span in doc.layers.get("removed", []) if span.attrs.get("why") == "colophon"]


def test_the_colophon_box_is_removed_and_the_title_is_the_papers():
    """The box's seven lines go to ``removed`` as ``colophon``, the text ends with the affiliation
    (before: the box's lines closed the text, the references' span over them), and the title is the
    paper's (before: "Journal of Garden Science", the masthead set at 24 pt)."""
    (doc,) = parse_pdf(helvetica_pages([_first_page(MASTHEAD), _last_page(_box(COLOPHON))]))
    assert doc.text.rstrip().endswith("Jane Doe\n\nUniversity of Leeds")
    assert "Submitted" not in doc.text and "Society for Open Gardening" not in doc.text
    colophon = [span.attrs["text"] for span in _colophon_records(doc)]
    assert sorted(colophon) == sorted(
        [
            "Journal of Garden Science",
            "published by the Society for Open Gardening",
            "http://www.jgs.org/",
            "May 2020, Volume 3, Issue 2",
            "doi:10.1234/jgs.v003.i02",
            "Submitted: 2019-03-20",
            "Accepted: 2019-10-23",
        ]
    )
    assert doc.fields["title"] == "Growing Trees in Small Gardens"
    assert "Journal of Garden Science" in doc.text  # the first page's masthead stays front matter


def test_a_ruled_box_that_repeats_nothing_of_the_first_page_stays():
    """A note framed at the last page's foot that names no line of page 1 is the paper's text."""
    note = ["Note: the species list is kept up to date", "on the journal's web site for ten years."]
    box = _box([helvetica_line(81, 150 - 14 * at, text, 10) for at, text in enumerate(note)])
    (doc,) = parse_pdf(helvetica_pages([_first_page(MASTHEAD), _last_page(box)]))
    assert "Note: the species list is kept up to date" in _kept(doc)
    assert not _colophon_records(doc)


def test_a_box_higher_up_the_last_page_is_no_colophon():
    """The same box with text under its lower rule does not close the page: it stays text."""
    below = helvetica_line(81, 80, "Further lines of the paper stand below the box on this page.", 10)
    (doc,) = parse_pdf(helvetica_pages([_first_page(MASTHEAD), _last_page(_box(COLOPHON) + b"\n" + below)]))
    assert "Submitted: 2019-03-20" in _kept(doc)
    assert not _colophon_records(doc)


def test_a_code_box_repeating_page_one_output_stays():
    """A vignette's last page holds a framed example at its foot whose output lines ("[1] 1",
    "[1] 2") page 1's example printed too (thirty-eighth check row 1, iterators.pdf: its whole last
    page went to ``removed`` as ``colophon``, a sentence of prose with it): numbers are no masthead."""
    example = ["> nextElem(i1)", "[1] 1", "> nextElem(i1)", "[1] 2"]
    first = b"\n".join(
        [
            helvetica_line(120, 700, "Using Iterators in Small Gardens", 17),
            *(helvetica_line(81, 660 - 12 * at, text, 10) for at, text in enumerate(PROSE)),
            *(helvetica_line(81, 620 - 12 * at, text, 10) for at, text in enumerate(example)),
        ]
    )
    lines = ["The counter returns an iterator that counts from one:", "> nextElem(it)", "[1] 1", "[1] 2"]
    box = _box([helvetica_line(81, 155 - 14 * at, text, 10) for at, text in enumerate(lines)])
    (doc,) = parse_pdf(helvetica_pages([first, _last_page(box)]))
    kept = _kept(doc)
    assert "The counter returns an iterator that counts from one:" in kept
    assert kept.count("[1] 2") == 2
    assert not _colophon_records(doc)
