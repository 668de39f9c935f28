"""An article's authors side by side and a figure set inside a running sentence (issue 15, the
fourteenth check's row 2, kernlab.pdf, a JSS paper): the title page's first two authors, each name
over its affiliation, were taken out as a two-column table; a page that ended inside a sentence was
followed by a figure (its R code and caption) at the top of the next page, or by a page of the figure
alone, and the sentence went on after the caption as a new paragraph or joined to the caption's end.
Pages hand-built, names and sentences sloika's own, expected texts typed by hand."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import HELVETICA, font_pages  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

COURIER = b"<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>"
FONTS = [(b"F1", HELVETICA), (b"F2", COURIER)]


def _escaped(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def _text(x: float, y: float, text: str, size: int = 10, font: str = "F1") -> str:
    return f"BT /{font} {size} Tf {x} {y} Td ({_escaped(text)}) Tj ET"


def _width(text: str, size: int = 10) -> float:
    """The natural width of ``text`` in Helvetica at ``size``."""
    from pdfminer.fontmetrics import FONT_METRICS

    return sum(FONT_METRICS["Helvetica"][1].get(char, 500) for char in text) * size / 1000


def _centred(centre: float, y: float, text: str, size: int = 10) -> str:
    return _text(round(centre - _width(text, size) / 2, 2), y, text, size)


def _justified(x: float, y: float, text: str, width: float = 460.0) -> str:
    """A 10 pt Helvetica line stretched to ``width`` by its word spacing, as TeX justifies prose."""
    natural = _width(text)
    spacing = (width - natural) / max(text.count(" "), 1)
    return f"BT /F1 10 Tf {spacing:.3f} Tw {x} {y} Td ({_escaped(text)}) Tj ET"


def _parse(pages: list[list[str]]):
    (doc,) = parse_pdf(font_pages(["\n".join(page).encode() for page in pages], FONTS))
    return doc


BODY = [
    "The package collects methods that learn from data through a kernel function, which gives the",
    "inner product of two points in a feature space without computing the map itself. It offers the",
    "common algorithms for classification, regression and clustering in one consistent interface.",
]


def test_authors_set_side_by_side_over_their_affiliations_are_text_in_reading_order():
    """A title page: the title in 17 pt, two authors side by side (12 pt names over 10 pt
    affiliations, each centred in its half), a third author centred under them, then the body.
    No ``table`` span; the authors read left to right, then the third."""
    page = [_centred(306, 760, "A Package for Learning with Kernels", 17)]
    page += [_centred(190, 720, "Dana Whitfield", 12), _centred(190, 706, "Northern Technical University")]
    page += [_centred(400, 720, "Lee Okonkwo", 12)]
    page.append(_centred(400, 706, "Southern Institute of Mathematical Statistics"))
    page += [_centred(306, 690, "Mira Castellano", 12), _centred(306, 676, "Western College")]
    page += [_text(72, 620 - 12 * at, line) for at, line in enumerate(BODY)]
    doc = _parse([page])
    assert [span for span in doc.spans if span.label == "table"] == []
    assert doc.text.split("\n\n")[:7] == [
        "A Package for Learning with Kernels",
        "Dana Whitfield",
        "Northern Technical University",
        "Lee Okonkwo",
        "Southern Institute of Mathematical Statistics",
        "Mira Castellano",
        "Western College",
    ]


BEFORE = [
    "Spectral clustering is a recent and promising alternative to the common clustering methods.",
    "In this method one uses the top eigenvectors of a matrix which the function has created",
]
AFTER = [
    "by some similarity measure to cluster the data. The matrix is normalized first, and its rows",
    "are then clustered by the usual algorithm, so the groups follow the shape of the data set.",
]
CODE = ["> data(spirals)", "> sc <- specc(spirals, centers=2)", "> plot(spirals, pch=(23 - 2*sc))"]
FILLER = [
    "The kernel methods are described one after another in the sections below, each with a short",
    "example of its use; the examples can be run as they stand once the package has been loaded.",
]


def _first_page() -> list[str]:
    """Prose filling the page down to its last line, which ends inside a sentence."""
    lines = FILLER * 10 + BEFORE
    return [_justified(72, 780 - 14 * at, line) for at, line in enumerate(lines)]


def test_a_figure_atop_the_next_page_goes_after_the_sentence_it_interrupts():
    """Page 1 ends inside a sentence ("… which the function has created"); page 2 opens with the
    figure's R code and a short centred caption, then the sentence goes on ("by some similarity
    measure …"). The sentence is whole, the code and the caption after it."""
    second = [_text(72, 780 - 12 * at, line, font="F2") for at, line in enumerate(CODE)]
    second.append(_text(200, 560, "Figure 4: Clustering the two spirals data set"))
    second += [_text(72, 520 - 14 * at, line) for at, line in enumerate(AFTER)]
    paragraphs = _parse([_first_page(), second]).text.split("\n\n")
    assert paragraphs[-3].endswith(f"{FILLER[1]} {BEFORE[0]} {BEFORE[1]} {AFTER[0]} {AFTER[1]}")
    assert paragraphs[-2:] == ["\n".join(CODE), "Figure 4: Clustering the two spirals data set"]


def test_a_sentence_going_on_with_an_acronym_after_a_figure_atop_the_page_is_whole():
    """As above, but the caption fills its line and ends in a stop, and the sentence goes on with an
    acronym ("… which the function has created" / figure / "SVM similarity measure …", constparty.pdf's
    "… not part of the" / "Figure 3: … exported via PMML." / "PMML description and hence …"): the
    sentence is whole and the caption is whole after it."""
    caption = "Figure 4: Clustering the two spirals data set with the spectral method of the package."
    after = [
        "SVM similarity measure to cluster the data. The matrix is normalized first, and its rows",
        AFTER[1],
    ]
    second = [_text(72, 780 - 12 * at, line, font="F2") for at, line in enumerate(CODE)]
    second.append(_justified(72, 560, caption))
    second += [_justified(72, 520 - 14 * at, line) for at, line in enumerate(after)]
    paragraphs = _parse([_first_page(), second]).text.split("\n\n")
    assert paragraphs[-3].endswith(f"{BEFORE[1]} {after[0]} {after[1]}")
    assert paragraphs[-2:] == ["\n".join(CODE), caption]


def test_a_sentence_after_a_page_of_one_figure_joins_the_sentence_not_the_caption():
    """Page 1 ends inside a sentence; page 2 holds only the figure's code and a two-line caption,
    its first line justified to the margin, its last line ending without a stop ("… using the plot
    function"); page 3 goes on with the sentence in lower case. The sentence is joined, and the
    figure's code and its caption, whole, stand after it."""
    second = [_text(72, 780 - 12 * at, line, font="F2") for at, line in enumerate(CODE)]
    caption = [
        "Figure 1: A contour plot of the decision values for a small classification problem using",
        "the plot function",
    ]
    second += [_justified(72, 400, caption[0]), _text(72, 388, caption[1])]
    third = [_text(72, 780 - 14 * at, line) for at, line in enumerate(AFTER)]
    paragraphs = _parse([_first_page(), second, third]).text.split("\n\n")
    assert paragraphs[-3].endswith(f"{BEFORE[1]} {AFTER[0]} {AFTER[1]}")
    assert paragraphs[-2:] == ["\n".join(CODE), " ".join(caption)]


def test_a_word_broken_overleaf_joins_its_page_not_an_older_unfinished_sentence():
    """Page 1 ends inside a sentence ("… its installation CD (Windows,"); page 2 opens a new
    paragraph, its first line indented, so the two stay apart (a full line ending on a comma goes on
    overleaf at the margin), and ends with a word broken at its hyphen ("… then requires in-"), which
    page 3 goes on ("stallation of …"). No float stands between, so the word joins page 2's
    paragraph, not page 1's unfinished one (cnbwp-manual-en.pdf)."""
    ends = [
        "Drivers for these printers come as a standard part of every system on its installation CD (Windows,",
        "Mac OS and the others). To work properly on these systems the program then requires in-",
    ]
    first, second = (
        [_justified(72, 780 - 14 * at, line) for at, line in enumerate([*FILLER * 10, end])] for end in ends
    )
    second[0] = _justified(87, 780, FILLER[0], 445.0)  # a paragraph's first-line indent
    third = [_text(72, 780, "stallation of a virtual printer, which comes with the program.")]
    paragraphs = _parse([first, second, third]).text.split("\n\n")
    assert paragraphs[-1].endswith(
        "Mac OS and the others). To work properly on these systems the program then requires installation"
        " of a virtual printer, which comes with the program."
    )
    assert paragraphs[-2].endswith(
        "Drivers for these printers come as a standard part of every system on its installation CD (Windows,"
    )


def test_numbers_printed_under_a_session_command_are_its_output():
    """A command ("> predict(…)") and, a gap below, the rows of numbers it printed, all monospaced
    (constparty.pdf's "> predict(myttnc, newdata = nttnc, type = \"node\")" / "1  2  3 …" / "4  8
    9 …"): the numbers stay as code after the command; the same rows under prose are a drawing's
    labels and go."""
    command = '> predict(fit, newdata = new_trees, type = "node")'
    output = ["1  2  3  4  5  6  7  8", "4  8  9  9 15 15 14 15"]
    page = [_justified(72, 780 - 14 * at, line) for at, line in enumerate(FILLER)]
    page.append(_text(72, 740, command, font="F2"))
    page += [_text(78, 710 - 14 * at, line, font="F2") for at, line in enumerate(output)]
    page += [_justified(72, 660 - 14 * at, line) for at, line in enumerate(FILLER)]
    doc = _parse([page])
    codes = [doc.text[span.start : span.end] for span in doc.spans if span.label == "code"]
    # the rows stand one column right of the command, as R right-aligns a named vector's columns
    # (" 1  2 …" under "> predict(…)"): one listing, its columns counted from its left edge
    assert codes == [command, "\n".join(" " + row for row in output)]
    assert [span.label for span in doc.layers.get("removed", [])] == []
    rows = [_text(78, 710 - 14 * at, line, font="F2") for at, line in enumerate(output)]
    filler = [_justified(72, 780 - 14 * at, line) for at, line in enumerate(FILLER)]
    alone = _parse([[*filler, *rows]])
    assert [span.label for span in alone.spans if span.label == "code"] == []
    assert [span.attrs["text"] for span in alone.layers["removed"]] == ["\n".join(output)]


LEAD_IN = [
    "We fit the model with price as the only covariate and the brand chosen as the outcome. After",
    "loading the package and its data, this can be accomplished using the following two commands,",
]


def test_a_listing_under_a_lead_in_ending_in_a_comma_starts_at_its_first_line():
    """MNP.pdf (twenty-first check, row 3): a double-spaced vignette sets the listing's first line at
    the prose's line gap, under a lead-in that ends in a comma ("… the following three commands," +
    "data(detergent)" + "res <- mnp(…"); the first line was read into the sentence. A comma over
    two monospaced lines or more announces a listing, as a colon does, here and overleaf; a lone
    monospaced word after a comma still goes on with the sentence."""
    listing = ["data(cars)", "fit <- lm(dist ~ speed, data = cars)", "summary(fit)"]
    page = [_justified(72, 780 - 20 * at, line) for at, line in enumerate(LEAD_IN)]
    page.append(_text(72, 740, listing[0], font="F2"))
    page += [_text(72, 727 - 13 * at, line, font="F2") for at, line in enumerate(listing[1:])]
    page.append(_justified(72, 680, "The summary shows a clear effect of the speed on the distance."))
    doc = _parse([page])
    assert doc.text.split("\n\n")[0] == " ".join(LEAD_IN)
    assert [doc.text[span.start : span.end] for span in doc.spans if span.label == "code"] == [
        "\n".join(listing)
    ]
    overleaf = _parse(
        [
            [
                *(_justified(72, 780 - 20 * at, line) for at, line in enumerate(FILLER * 8)),
                *[_justified(72, 100 - 20 * at, line) for at, line in enumerate(LEAD_IN)],
            ],
            [_text(72, 780 - 13 * at, line, font="F2") for at, line in enumerate(listing)],
        ]
    )
    assert overleaf.text.split("\n\n")[-2] == " ".join(LEAD_IN)
    assert [overleaf.text[span.start : span.end] for span in overleaf.spans if span.label == "code"] == [
        "\n".join(listing)
    ]
    words = ["The results are written to the file whose name the option gives, by default", "results.txt"]
    alone = _parse([[_justified(72, 780, words[0] + ","), _text(72, 760, words[1], font="F2")]])
    assert alone.text == f"{words[0]}, {words[1]}"


def test_a_value_printed_under_an_output_label_is_the_output():
    """coda's gelman.diag() output (MNP.pdf): "Multivariate psrf" and, a blank row below, its value
    "1.07+0i", each a monospaced block of its own. The value, numbers and an imaginary unit, was cut
    as a ``fragment``; under an output's label it is the label's value and stays as code."""
    rows = ["Point est. Upper C.I.", "price     1.01     1.03", "Surf:Tide 1.02     1.07"]
    page = [_justified(72, 780 - 14 * at, line) for at, line in enumerate(FILLER)]
    page += [_text(72, 740 - 12 * at, line, font="F2") for at, line in enumerate(rows)]
    page += [_text(72, 692, "Multivariate psrf", font="F2"), _text(72, 668, "1.07+0i", font="F2")]
    page += [_justified(72, 630 - 14 * at, line) for at, line in enumerate(FILLER)]
    doc = _parse([page])
    codes = [doc.text[span.start : span.end] for span in doc.spans if span.label == "code"]
    assert codes == ["\n".join(rows), "Multivariate psrf", "1.07+0i"]
    assert [span.label for span in doc.layers.get("removed", [])] == []


def test_a_value_printed_under_a_head_ending_in_a_colon_is_the_output():
    """An R summary's head of two rows, the second ending in a colon ("(method = "normal",
    repetitions = 1):"), and, a blank row below, the lone estimate it announces ("-27.17103" in
    bridgesampling_paper.pdf, issue 15, twenty-sixth check row 3): the value was cut as a
    ``fragment``, so the summary printed no estimate."""
    head = ["Log marginal likelihood estimate", '(method = "normal", repetitions = 1):']
    page = [_justified(72, 780 - 14 * at, line) for at, line in enumerate(FILLER)]
    page += [_text(72, 740 - 12 * at, line, font="F2") for at, line in enumerate(head)]
    page += [_text(72, 692, "-41.30962", font="F2"), _text(72, 668, "Error Measures:", font="F2")]
    page += [_justified(72, 630 - 14 * at, line) for at, line in enumerate(FILLER)]
    doc = _parse([page])
    codes = "\n".join(doc.text[span.start : span.end] for span in doc.spans if span.label == "code")
    assert "-41.30962" in codes
    assert [span.attrs.get("text") for span in doc.layers.get("removed", [])] == []


OUTPUT_ROWS = [
    "(Intercept):Ajax 2.5398 0.2300",
    "(Intercept):Bold 1.7218 0.2227",
    "(Intercept):Cheer 1.5634 0.1663",
    "(Intercept):Dash 2.6971 0.2374",
    "price -80.9097 8.4292",
    "Ajax:Bold 0.8674 0.2954",
]
CAPTIONS = [
    "Figure 1: The convergence statistic computed with three chains for selected parameters.",
    "Figure 2: Trace plot of three chains and a density estimate of the price coefficient.",
]


def test_a_listing_goes_on_over_figure_captions_overleaf_which_stand_apart():
    """MNP.pdf (twenty-first check, row 3): the ``summary(res.coda)`` output ends page 11, page 12 is
    a figure with its caption alone, and page 13 opens with Figure 2's caption over the output's next
    rows. The captions stood inside the output, which read as two blocks. A figure's caption stands
    under its figure, so the rows after it go on with the listing, one block, and the captions
    follow it. A table's caption atop the next page stands over its table, which may be code (a
    table of examples): there the listing ends."""
    lead = _text(72, 780, "The second command produces the following summary of each parameter:")
    first = [lead, *(_text(72, 130 - 12 * at, row, font="F2") for at, row in enumerate(OUTPUT_ROWS[:3]))]
    figure_page = [_text(72, 300, CAPTIONS[0])]
    third = [_text(72, 700, CAPTIONS[1])]
    third += [_text(72, 670 - 12 * at, row, font="F2") for at, row in enumerate(OUTPUT_ROWS[3:])]
    third.append(_justified(72, 600, "The Gelman-Rubin statistics are all close to one, as they should be."))
    doc = _parse([first, figure_page, third])
    assert [doc.text[span.start : span.end] for span in doc.spans if span.label == "code"] == [
        "\n".join(OUTPUT_ROWS)
    ]
    paragraphs = doc.text.split("\n\n")
    assert paragraphs[2:4] == CAPTIONS
    table = [_text(72, 700, "Table 1: Examples of the input and what it prints.")]
    table += [_text(72, 670 - 12 * at, row, font="F2") for at, row in enumerate(OUTPUT_ROWS[3:])]
    examples = _parse([first, table])
    codes = [examples.text[span.start : span.end] for span in examples.spans if span.label == "code"]
    assert codes == ["\n".join(OUTPUT_ROWS[:3]), "\n".join(OUTPUT_ROWS[3:])]
