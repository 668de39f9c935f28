"""False paragraph breaks inside one paragraph, title-page lines run together and URLs broken after
"#" (issue 15, the thirty-eighth held-out check's rows 2 to 5): Epi's crisk.pdf broke a paragraph
after a line a little short ("… we can model the" + "cause-specific rates …") over the next
paragraph's indented first line, and ran its title page's flush-right fields together ("SDCC April
2021 http://bendixcarstensen.com/Version 4"); rgdal's OGR_shape_encoding.pdf broke a sentence
before a version number under its paragraph's indented first line ("… in GDAL/OGR" + "1.9.0. Two
…") and kept a space in its footnotes' URLs after "#"; RcppDist.pdf split a list item before a
typewriter name too long for the line above; bmsmanual.pdf broke a paragraph after "e.g.". Pages
hand-built, sentences sloika's own, expected texts typed by hand."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from test_pdf_authors_and_floats import _justified, _parse, _text, _width  # noqa: E402

from sloika.pipelines.formats.pdf_joins import join_lines  # noqa: E402

RIGHT = 532.0  # the measure's right edge; the lines start at 72


def _paragraphs(rows: list[tuple[float, str, float]]) -> list[str]:
    """The paragraphs read from ``rows`` (left edge, text, where it ends: ``RIGHT`` justified, 0 at
    its natural width), 10 pt Helvetica 14 pt apart from the top."""
    page = [
        _justified(x, 760 - 14 * at, text, (end or x + _width(text)) - x)
        for at, (x, text, end) in enumerate(rows)
    ]
    return _parse([page]).text.split("\n\n")


_BODY = [
    "The concept of competing risks is one where persons in a given state are subject to a number",
    "of different causes of death, each of which would end the life of the person if it came first.",
]


def _bullet(y: float, text: str) -> str:
    """A list item's line at 72 pt: WinAnsi's bullet (octal 225), a space and ``text``."""
    return f"BT /F1 10 Tf 72 {y} Td (\\225 {text}) Tj ET"


def test_a_line_short_for_a_long_next_word_goes_on_over_the_next_paragraphs_indent():
    """The second line ends 60 pt short of the measure, and "cause-specific" (63 pt) would not have
    fitted after it; the third line fills the measure and ends its sentence over the next paragraph's
    first line, 15 pt in: one paragraph, not a one-line entry hanging over an indented one."""
    rows = [
        (
            87,
            "The follow-up of each person is split into small intervals of time since the diagnosis,",
            RIGHT,
        ),
        (72, "Now that we have set up a data set with three competing events, we can model the", 472),
        (
            72,
            "cause-specific rates separately by time from diagnosis as the only time scale of the model.",
            RIGHT,
        ),
        (
            87,
            "The model is fitted to each of the three causes of death in turn, and the estimated rates",
            RIGHT,
        ),
        (72, "are put together afterwards.", 0),
    ]
    assert 472 + 2.5 + _width("cause-specific") + 10 > RIGHT
    assert _paragraphs(rows) == [
        " ".join(text for _, text, _ in rows[:3]),
        " ".join(text for _, text, _ in rows[3:]),
    ]


def test_a_version_number_under_an_indented_first_line_goes_on_its_sentence():
    """The paragraph's first line, 15 pt in, fills the measure and ends in "GDAL/OGR"; the line under
    it at the margin opens with "1.9.0. ", which a numbered item could open with: the paragraph's
    second line, no item."""
    rows = [
        (
            87,
            "Recoding support for the shapefile driver of the vector library was introduced in GDAL/OGR",
            RIGHT,
        ),
        (72, "1.9.0. Two mechanisms are described in the driver documentation.", 0),
        (
            87,
            "The first one reads the code page from the file that goes with the shapes, and the second",
            RIGHT,
        ),
        (72, "one takes the encoding that the user gives.", 0),
    ]
    assert _paragraphs(rows) == [f"{rows[0][1]} {rows[1][1]}", f"{rows[2][1]} {rows[3][1]}"]


def test_a_list_item_goes_on_with_a_typewriter_name_too_long_for_its_first_line():
    """ "• Set up … such as via" ends 190 pt short of the measure, and the next line opens with a
    Courier name 276 pt wide that would not have fitted there (TeX hyphenates no typewriter name):
    the item's next line, not a paragraph of its own."""
    name = "MatrixLib::MatrixLib.package.skeleton(pkg_name)"
    page = [
        _justified(
            72,
            760,
            "The package offers the matrix library's distributions to the code of other packages.",
            RIGHT - 72,
        ),
        _justified(72, 746, "To use it in your own package:", _width("To use it in your own package:")),
        _bullet(726, "Set up your package to use the matrix library, such as via"),
        _text(84, 712, name, font="F2"),
        _text(84 + 6 * len(name), 712, ", or by hand."),
        _bullet(692, "Add the package to the LinkingTo field of your DESCRIPTION file."),
    ]
    assert 72 + _width("\u2022 Set up your package to use the matrix library, such as via") < RIGHT - 20
    assert _parse([page]).text.split("\n\n")[1:] == [
        f"\u2022 Set up your package to use the matrix library, such as via {name}, or by hand.",
        "\u2022 Add the package to the LinkingTo field of your DESCRIPTION file.",
    ]


def test_an_abbreviations_stop_ends_no_sentence_over_a_line_back_at_the_margin():
    """The second line stands 33 pt in (where a formula opening it was cut) and ends in "e.g.", the
    third back at the first line's start: no next entry of a hanging list, since "e.g." ends no
    sentence."""
    rows = [
        (72, "The uniform model prior gives each model the same prior probability, so that the prior", RIGHT),
        (
            105,
            "expected model size is half the number of the covariates. Since there are more than e.g.",
            RIGHT,
        ),
        (
            72,
            "of size one or five, the uniform model prior puts more mass on intermediate model sizes,",
            RIGHT,
        ),
        (72, "which the data may not support.", 0),
    ]
    assert _paragraphs(rows) == [" ".join(text for _, text, _ in rows)]


def test_title_page_fields_set_flush_right_stay_apart():
    """A 17 pt title set flush right over two lines, broken after "with", over four 14 pt lines set
    flush right at the measure's edge, each far shorter than the room left of the line above: each
    field is a line of its own, and the title one (a title ends in no "with")."""
    fields = ["SDCC", "April 2021", "http://example.org/", "Version 4"]
    title = ["Competing risks with", "parametric rates"]
    page = [
        _text(round(RIGHT - _width(line, 17), 2), 760 - 22 * at, line, 17) for at, line in enumerate(title)
    ]
    page += [
        _text(round(RIGHT - _width(field, 14), 2), 700 - 18 * at, field, 14)
        for at, field in enumerate(fields)
    ]
    page += [_justified(72, 600 - 14 * at, line, RIGHT - 72) for at, line in enumerate(_BODY)]
    paragraphs = _parse([page]).text.split("\n\n")
    assert paragraphs[:5] == [" ".join(title), *fields]


def test_a_justified_note_boxed_at_the_right_runs_on():
    """A diagram's note, two 8 pt lines justified in a box 140 pt wide at the page's right (both
    lines start and end together), over body text at the margin: one note, no stacked fields."""
    note = ["the required data to compute the size", "of the effect for the meta-analysis"]
    page = [_justified(72, 760 - 14 * at, line, RIGHT - 72) for at, line in enumerate(_BODY)]
    for at, line in enumerate(note):
        spacing = (140 - _width(line, 8)) / line.count(" ")
        page.append(f"BT /F1 8 Tf {spacing:.3f} Tw 392 {700 - 10 * at} Td ({line}) Tj ET")
    assert " ".join(note) in _parse([page]).text.split("\n\n")


def test_a_url_broken_after_its_fragment_mark_joins_its_rest():
    """A URL filling its line up to "#", its rest ("Internationalization.") alone on the next line,
    in a capital: one URL, no space after "#"."""
    url = "http://cran.example.org/doc/manuals/R-admin.html#"
    rows = [
        (72, "The manuals tell how to set the locale that the shapes are read in, and the encodings.", RIGHT),
        (72, f"For the locale, see the installation manual, {url}", RIGHT),
        (72, "Internationalization.", 0),
    ]
    assert _paragraphs(rows) == [f"{rows[0][1]} {rows[1][1]}Internationalization."]


@pytest.mark.parametrize(
    ("line", "rest", "joined"),
    [
        (
            "the manual, http://cran.example.org/R-data.html#",
            "Encodings.",
            "the manual, http://cran.example.org/R-data.html#Encodings.",
        ),
        (
            "the wiki, http://wiki.example.org/index.php?",
            "Title=Main_Page",
            "the wiki, http://wiki.example.org/index.php?Title=Main_Page",
        ),
        (
            "the FAQ, http://example.org/FAQ.html#R_",
            "Languages.",
            "the FAQ, http://example.org/FAQ.html#R_Languages.",
        ),
        (
            "Have you read http://example.org/faq?",
            "The answers are short.",
            "Have you read http://example.org/faq? The answers are short.",
        ),
    ],
)
def test_a_url_broken_after_a_fragment_or_query_mark_joins_only_its_own_rest(line, rest, joined):
    assert join_lines(line, rest) == joined
