"""Reading-order leftovers of issue 15's checks 54–56: a booktabs table's second group of rows, ruled
over and under its bold head, cut off the table (dynesty.pdf's Table 1: "Sampling Method" and its
rows read as short paragraphs); a figure's caption atop the next page read between two items of one
sentence ("(i) … and" / Figure 4 / "(ii) …"); a listing's caption moved under its code where a
sentence with no stop leads in to it, or where a heading stands over it (SDPB-Manual.pdf's Listings 3,
4 and 5), or read after its body's first line (Listing 2); and a page ending its paragraph short on a
quantifier ("… for all", hexagon_binning.pdf) joined to the next page's indented paragraph. Pages
hand-built; the texts are written for these tests, the expected texts typed by hand."""

from __future__ import annotations

from pdf_objects import COURIER, HELVETICA, HELVETICA_BOLD, code_line, font_pages, helvetica_line, text_row

from sloika.pipelines.formats.pdf import parse_pdf

FONTS = [(b"F1", HELVETICA), (b"F2", COURIER), (b"F3", HELVETICA_BOLD)]
LEFT, RIGHT = 72, 523


def _paragraphs(contents: list[bytes]) -> list[str]:
    (doc,) = parse_pdf(font_pages(contents, FONTS))
    return doc.text.split("\n\n")


def _justified(top: float, lines: list[str], indent: float = 0) -> list[bytes]:
    """A paragraph of 10 pt lines from ``top`` down at a 12 pt leading, all but the last justified to
    the measure, its first line set in by ``indent``."""
    rows = []
    for at, text in enumerate(lines):
        x = LEFT + (indent if at == 0 else 0)
        end = RIGHT if at < len(lines) - 1 else None
        rows.append(helvetica_line(x, top - 12 * at, text, 10, end=end))
    return rows


def _rule(x0: float, x1: float, y: float) -> bytes:
    return b"0.4 w %.1f %.1f m %.1f %.1f l S" % (x0, y, x1, y)


BOUNDING = [("Single ellipsoid", "Mukherjee et al. (2006)"), ("Multiple ellipsoids", "Shaw et al. (2007)")]
BOUNDING.append(("Overlapping balls", "Buchner (2016, 2017)"))
SAMPLING = [
    ("Uniform sampling", "Mukherjee et al. (2006), Buchner (2016)"),
    ("Random walks", "Skilling (2004)"),
]
SAMPLING.append(("Slice sampling", "Neal (2003), Handley et al. (2015)"))


def test_a_bold_head_ruled_over_and_under_goes_on_its_booktabs_table():
    """A top rule, a rule under the header, a rule over and one under a bold "Sampling Method" at the
    header's first cell, and a bottom rule: one table of two groups, its caption under it, the
    paragraph after it in its place."""
    rows = [_rule(LEFT, RIGHT, y) for y in (760, 744, 706, 692, 652)]
    rows += [text_row(78, 749, "Bounding Method", 8, b"F3"), text_row(240, 749, "Relevant Papers", 8, b"F3")]
    for at, (method, papers) in enumerate(BOUNDING):
        rows += [text_row(78, 733 - 10 * at, method, 8), text_row(240, 733 - 10 * at, papers, 8)]
    rows.append(text_row(78, 697, "Sampling Method", 8, b"F3"))
    for at, (method, papers) in enumerate(SAMPLING):
        rows += [text_row(78, 681 - 10 * at, method, 8), text_row(240, 681 - 10 * at, papers, 8)]
    rows.append(text_row(LEFT, 632, "Table 1. The methods of the sampler with their references.", 8))
    rows += _justified(600, ["The first of these methods bounds all of the live points by one ellipsoid."])
    assert _paragraphs([b"\n".join(rows)]) == [
        "Bounding Method | Relevant Papers\n"
        "Single ellipsoid | Mukherjee et al. (2006)\n"
        "Multiple ellipsoids | Shaw et al. (2007)\n"
        "Overlapping balls | Buchner (2016, 2017)\n"
        "Sampling Method\n"
        "Uniform sampling | Mukherjee et al. (2006), Buchner (2016)\n"
        "Random walks | Skilling (2004)\n"
        "Slice sampling | Neal (2003), Handley et al. (2015)",
        "Table 1. The methods of the sampler with their references.",
        "The first of these methods bounds all of the live points by one ellipsoid.",
    ]


def test_a_caption_atop_the_next_page_goes_after_the_items_it_fell_between():
    """Page 1 ends on an item "(i) … modes and"; page 2 opens with a figure's caption across the
    measure, then the item "(ii) …" and the next paragraph, set in. The two items are one sentence:
    the caption reads after the second."""
    first = _justified(
        200,
        [
            "Now that we have outlined the algorithm, we turn to the problem of generating samples from",
            "the constrained prior. The sampler approaches this problem in two parts:",
        ],
        indent=10,
    )
    first += _justified(
        170,
        [
            "(i) constructing bounding distributions that encompass the remaining prior volume over",
            "modes and",
        ],
        10,
    )
    second = _justified(
        780,
        [
            "Figure 4. An example of the bounding distributions the sampler draws from: the whole unit cube,",
            "a single ellipsoid and several overlapping ellipsoids around the current live points.",
        ],
    )
    second += _justified(
        740, ["(ii) proposing new live points by generating samples conditioned on these bounds."], 10
    )
    second += _justified(
        716, ["The sampler offers several options for both of these steps, each described below."], 10
    )
    assert _paragraphs([b"\n".join(first), b"\n".join(second)]) == [
        "Now that we have outlined the algorithm, we turn to the problem of generating samples from the "
        "constrained prior. The sampler approaches this problem in two parts:",
        "(i) constructing bounding distributions that encompass the remaining prior volume over modes and",
        "(ii) proposing new live points by generating samples conditioned on these bounds.",
        "Figure 4. An example of the bounding distributions the sampler draws from: the whole unit cube, a "
        "single ellipsoid and several overlapping ellipsoids around the current live points.",
        "The sampler offers several options for both of these steps, each described below.",
    ]


INPUT = ["Module[{obj = {0, -1}},", 'Write["test.xml", obj];', "];"]
OUTPUT = ["<sdp>", "<objective>0 -1</objective>", "</sdp>"]


def _listing(top: float, lines: list[str]) -> list[bytes]:
    return [code_line(LEFT, top - 12 * at, line, 10) for at, line in enumerate(lines)]


def test_a_listing_caption_stays_over_its_code_under_a_sentence_leading_in():
    """ "… The code for this example is" (no stop) over "Listing 3: …" and its code, then "It produces
    the following file" over "Listing 4: …" and its code: each caption stays over its listing."""
    rows = _justified(
        780, ["This is a problem with one constraint on the positive line. The code for this", "example is"]
    )
    rows.append(helvetica_line(200, 748, "Listing 3: Input for the example", 10))
    rows += _listing(730, INPUT)
    rows += _justified(670, ["It produces the following file"])
    rows.append(helvetica_line(190, 650, "Listing 4: The file produced by listing 3", 10))
    rows += _listing(632, OUTPUT)
    rows += _justified(580, ["The solver reads this file and writes its answer next to it, as shown below."])
    assert _paragraphs([b"\n".join(rows)]) == [
        "This is a problem with one constraint on the positive line. The code for this example is",
        "Listing 3: Input for the example",
        "\n".join(INPUT),
        "It produces the following file",
        "Listing 4: The file produced by listing 3",
        "\n".join(OUTPUT),
        "The solver reads this file and writes its answer next to it, as shown below.",
    ]


def test_headings_and_a_caption_stay_over_the_listing_under_them():
    """A section's heading, its first subsection's heading and a listing's caption over the listing:
    read in that order, the paragraph after the listing last."""
    rows = [
        text_row(LEFT, 780, "5 Output of the Solver", 16, b"F3"),
        text_row(LEFT, 752, "5.1 Terminal Output", 13, b"F3"),
    ]
    rows.append(helvetica_line(190, 728, "Listing 5: Output of the solver for listing 4", 10))
    rows += _listing(710, ["$ solver -s test.xml", "found optimal solution", "dualityGap = 3.2e-11"])
    rows += _justified(
        660, ["The output from running the solver on the example problem is in listing 5."], 10
    )
    assert _paragraphs([b"\n".join(rows)]) == [
        "5 Output of the Solver",
        "5.1 Terminal Output",
        "Listing 5: Output of the solver for listing 4",
        "$ solver -s test.xml\nfound optimal solution\ndualityGap = 3.2e-11",
        "The output from running the solver on the example problem is in listing 5.",
    ]


def test_a_caption_read_after_its_listings_first_line_goes_over_it():
    """A listing in prose fonts under a caption set right of its first line's start, the paragraph
    over it ending in a lowered piece (a subscript, a box of its own): pdfminer groups that piece with
    the listing's first line and reads both before the caption. The caption reads over the listing."""
    rows = _justified(
        780,
        [
            "The notebook defines a function Write, where file is the file to be written to, and sdp",
            "has the following form, where the polynomials are the elements of W",
        ],
    )
    rows.append(text_row(395, 763, "j (x).", 7))
    rows.append(helvetica_line(LEFT, 728, "function call = Write[file, sdp]", 10))
    rows.append(text_row(180, 742, "Listing 2: Usage of Write in the notebook", 10, b"F3"))
    rows.append(helvetica_line(LEFT, 700, "sdp = SDP[objective, normalization, matrices]", 10))
    rows.append(helvetica_line(LEFT, 672, "objective = {a0, ..., aN}", 10))
    assert _paragraphs([b"\n".join(rows)])[1:] == [
        "Listing 2: Usage of Write in the notebook",
        "function call = Write[file, sdp]",
        "sdp = SDP[objective, normalization, matrices]",
        "objective = {a0, ..., aN}",
    ]


def test_a_page_ending_short_on_a_quantifier_ends_its_paragraph():
    """Page 1's paragraph ends short on "for all" (the author's unfinished sentence); page 2 opens a
    paragraph set in ("Note that …"). "all" ends sentences, no article, preposition or conjunction:
    two paragraphs."""
    first = _justified(
        200,
        [
            "The following example comes from a survey included in the package as a sample data set. Here",
            "we show the levels of transferin, a measure of iron binding against hemoglobin for all",
        ],
        indent=15,
    )
    second = _justified(
        780,
        [
            "Note that we have added a hexagon grid to the plot. This can be done for any plot of bins,",
            "using the command that draws the grid.",
        ],
        indent=15,
    )
    assert _paragraphs([b"\n".join(first), b"\n".join(second)]) == [
        "The following example comes from a survey included in the package as a sample data set. Here we "
        "show the levels of transferin, a measure of iron binding against hemoglobin for all",
        "Note that we have added a hexagon grid to the plot. This can be done for any plot of bins, using "
        "the command that draws the grid.",
    ]
