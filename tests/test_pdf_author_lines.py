"""A title block's authors set one a line, each a name, an e-mail address in brackets and an
affiliation, none reaching the measure (SciPy 2009 proceedings' nitime paper: "Ariel Rokem
(arokem@berkeley.edu) – University of California, Berkeley, …" over "Michael Trumpis (…) – …" over
"Fernando Pérez (…) – …"), ran into one paragraph; each stays a line of its own. A wrapped author
line's rest holds no address and goes on its line (issue 15, check 57 row 3). Names, addresses and
sentences sloika's own; expected texts typed by hand."""

from __future__ import annotations

from pdf_objects import HELVETICA, HELVETICA_BOLD, helvetica_line, one_page, text_row

from sloika.pipelines.formats.pdf import parse_pdf

AUTHORS = [
    "Anna Lind (anna.lind@example.org) – Institute of Signal Studies, Uppsala, Sweden",
    "Boris Kahn (bkahn@example.org) – Institute of Signal Studies, Uppsala, Sweden",
    "Carla Ruiz (carla@example.net) – Department of Physics, University of Somewhere, Spain",
]
LEFT = (  # the abstract, in the left column
    "This paper describes a library for the analysis of",
    "time series that were recorded in the laboratory,",
    "from the data containers that hold them to the",
    "analyzers that compute their spectra and phases.",
)
RIGHT = (  # the introduction's first lines, in the right column
    "The library is one of the components of a larger",
    "project, an effort to develop a set of libraries",
    "for the analysis and visualization of the data of",
    "the experiments that neuroscientists carry out.",
)


def _page(authors: list[str]) -> bytes:
    """A 14 pt bold title, ``authors`` one a line at a 12 pt leading under it, and two columns under
    them after a blank of a line, each justified (x 72 to 300, x 318 to 546), its last line short."""
    parts = [text_row(72, 740, "A library for the analysis of time series", 14, b"F2")]
    parts += [helvetica_line(72, 716 - 12 * at, line, 10) for at, line in enumerate(authors)]
    top = 716 - 12 * len(authors) - 20
    for x, end, column in ((72, 300, LEFT), (318, 546, RIGHT)):
        parts += [
            helvetica_line(x, top - 12 * at, line, 10, None if at == len(column) - 1 else end)
            for at, line in enumerate(column)
        ]
    return one_page(b"\n".join(parts), [(b"F1", HELVETICA), (b"F2", HELVETICA_BOLD)])


def test_each_author_line_stays_a_line():
    assert parse_pdf(_page(AUTHORS))[0].text.split("\n\n") == [
        "A library for the analysis of time series",
        *AUTHORS,
        " ".join(LEFT),
        " ".join(RIGHT),
    ]


def test_an_author_line_wrapped_goes_on():
    """The last author's affiliation wrapped onto the line under it: that rest has no address of
    its own and goes on its author's line."""
    wrapped = [*AUTHORS[:2], AUTHORS[2][:-6], AUTHORS[2][-5:]]
    assert wrapped[2].endswith("Somewhere,") and wrapped[3] == "Spain"
    assert parse_pdf(_page(wrapped))[0].text.split("\n\n") == [
        "A library for the analysis of time series",
        *AUTHORS,
        " ".join(LEFT),
        " ".join(RIGHT),
    ]
