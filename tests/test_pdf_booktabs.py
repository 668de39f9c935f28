"""A table ruled across only (booktabs: a top rule, a rule under its header, a bottom rule) and its
caption set inside a sentence (issue 15, thirty-third check row 5, RcppArmadillo-intro.pdf): its
timings were cut as ``numbers_only`` and its names kept as short paragraphs; the sentence it stood
in was parted ("… In contrast" / the table / "to brute-force …" overleaf); its caption was split
where a line opened "Listing 3. In all cases", and another caption's justified row lost its last two
words ("Several optional") to a paragraph of their own; Listing 7, broken by a page whose figure (its
legend a ruled box) and caption stand atop the listing's rest, read as two code blocks with the
caption between them; and p. 1's foot, "Preprint submitted to …" / "February 10, 2020" three line
pitches under the notes, was read as the end of footnote 1. Hand-built pages; expected text written
by hand."""

from __future__ import annotations

from functools import cache

from pdf_objects import COURIER, HELVETICA, code_line, font_pages, helvetica_line, helvetica_pages
from pdfminer.fontmetrics import FONT_METRICS

from sloika.pipelines.formats.base import Parsed
from sloika.pipelines.formats.pdf import parse_pdf

LEFT, RIGHT = 81, 522
PROSE = [
    "Armadillo uses a delayed evaluation approach to combine several operations into one and",
    "so reduces, or even eliminates, the need for temporary objects in its code. In contrast",
]
ROWS = [("KalmanCpp", "0.73", "1.0"), ("KalmanRC", "28.64", "39.3"), ("KalmanR", "31.30", "43.0")]
ROWS += [("FirstKalmanRC", "49.40", "67.9"), ("FirstKalmanR", "64.00", "88.0")]
CAPTION = [
    "Table 2: Performance comparison of the implementations of a Kalman filter. KalmanCpp is the",
    "one written in C++; FirstKalmanR is a direct translation of the original Matlab code shown in",
    "Listing 3. In all cases, the timings are averaged over 500 replications.",
]
OVERLEAF = [
    "to brute-force evaluations, delayed evaluation can provide considerable gains in speed as well",
    "as a smaller use of memory, since the compiler can reason about whole expressions when the",
    "code is compiled.",
]
NOTE = [
    "Table 3: Selected Armadillo functions with brief descriptions; see the manual at the address",
    (
        "http://arma.sf.net/docs.html for a more complete and more detailed documentation of the functions.",
        "Several optional",
    ),
    "additional arguments have been omitted here for brevity.",
]


def _width(text: str, size: int) -> float:
    return sum(FONT_METRICS["Helvetica"][1][char] for char in text) * size / 1000


def _table() -> list[bytes]:
    """Three rules across (top, under the header, bottom), no rule down, and a shorter one under two
    rows' numbers: a header of two pieces (the second two heads pdfminer reads as one) over rows of a
    name and two right-aligned numbers."""
    rules = [b"0.4 w 100 %d m 500 %d l S" % (y, y) for y in (700, 684, 620)]
    rules.append(b"0.4 w 280 657 m 500 657 l S")  # a \cmidrule under the numbers of two rows only
    header = [helvetica_line(106, 689, "Implementation", 9)]
    header += [helvetica_line(250, 689, "Time in seconds Relative to best solution", 9)]
    rows = []
    for at, (name, seconds, relative) in enumerate(ROWS):
        y = 672 - 11 * at
        rows.append(helvetica_line(106, y, name, 9))
        rows.append(helvetica_line(320 - _width(seconds, 9), y, seconds, 9))
        rows.append(helvetica_line(490 - _width(relative, 9), y, relative, 9))
    return [*rules, *header, *rows]


def _first_page() -> bytes:
    """Prose ending mid-sentence at the right edge, the table under it, its caption at the foot."""
    prose = [helvetica_line(LEFT, 760 - 12 * at, text, 10, end=RIGHT) for at, text in enumerate(PROSE)]
    caption = [helvetica_line(LEFT, 600 - 10 * at, text, 8, end=RIGHT) for at, text in enumerate(CAPTION[:2])]
    caption.append(helvetica_line(LEFT, 580, CAPTION[2], 8))
    return b"\n".join([*prose, *_table(), *caption])


def _second_page() -> bytes:
    """The sentence going on, then a caption whose second row pdfminer splits at its stop, the space
    TeX stretched most (2 em), its right piece two words."""
    prose = [helvetica_line(LEFT, 760 - 12 * at, text, 10, end=RIGHT) for at, text in enumerate(OVERLEAF[:2])]
    prose.append(helvetica_line(LEFT, 736, OVERLEAF[2], 10))
    first, (left, right), last = NOTE
    end = RIGHT - _width(right, 8) - 15.5  # 1.94 em short of the right piece: TeX's stretched stop
    note = [helvetica_line(LEFT, 700, first, 8, end=RIGHT), helvetica_line(LEFT, 690, left, 8, end=end)]
    note += [helvetica_line(RIGHT - _width(right, 8), 690, right, 8), helvetica_line(LEFT, 680, last, 8)]
    return b"\n".join([*prose, *note])


@cache
def _parsed() -> Parsed:
    return parse_pdf(helvetica_pages([_first_page(), _second_page()]))[0]


def _paragraphs() -> list[str]:
    return _parsed().text.split("\n\n")


def test_a_table_ruled_across_only_keeps_its_numbers_in_its_rows():
    doc = _parsed()
    tables = [span for span in doc.spans if span.label == "table"]
    assert len(tables) == 1 and tables[0].attrs["ruled"]
    # the header's second piece (two heads pdfminer read as one) ends short of the third column's
    # numbers: it stands over the second column only, the third's head cell is blank
    assert tables[0].attrs["rows"] == [
        ["Implementation", "Time in seconds Relative to best solution", ""],
        *([name, seconds, relative] for name, seconds, relative in ROWS),
    ]
    assert not [s for s in doc.layers.get("removed", []) if s.attrs.get("why") == "numbers_only"]
    assert not {name for name, _, _ in ROWS} & set(_paragraphs())


def test_the_sentence_a_table_interrupts_goes_on_after_it():
    sentence = f"{PROSE[1]} {OVERLEAF[0]}"
    assert any(sentence in paragraph for paragraph in _paragraphs())


def test_a_table_that_interrupts_a_sentence_stands_after_the_paragraph_it_goes_on_in():
    """The float is placed after the paragraph it interrupted, which reads whole before it."""
    doc = _parsed()
    (table,) = [span for span in doc.spans if span.label == "table"]
    paragraph = doc.text.index(f"{PROSE[1]} {OVERLEAF[0]}")
    assert paragraph < table.start <= doc.text.index(CAPTION[0])
    assert doc.text.index(OVERLEAF[2]) < table.start


def test_a_caption_line_opening_with_a_listing_number_goes_on_the_caption():
    assert " ".join(CAPTION) in _paragraphs()


def test_a_justified_caption_row_split_at_its_stop_reads_whole():
    first, (left, right), last = NOTE
    assert f"{first} {left} {right} {last}" in _paragraphs()


LISTING = [
    "R> stopifnot(all.equal(KalmanR(pos), KalmanRC(pos)),",
    "+           all.equal(KalmanR(pos), KalmanCpp(pos)),",
    "+           all.equal(KalmanR(pos), FirstKalmanR(pos)))",
    "R> res <- benchmark(KalmanR(pos), KalmanRC(pos),",
    '+                   KalmanCpp(pos), order="relative")',
]
FIGURE = "Figure 1: An example of object trajectory and the corresponding Kalman filter estimate."


def _legend() -> list[bytes]:
    """A plot's legend boxed with rules, a mark's cell beside each label: a ruled table."""
    rules = [b"0.4 w %d 700 m %d 670 l S" % (x, x) for x in (300, 320, 400)]
    rules += [b"0.4 w 300 %d m 400 %d l S" % (y, y) for y in (700, 685, 670)]
    cells = [helvetica_line(305, 689, "o", 9), helvetica_line(325, 689, "Trajectory", 9)]
    cells += [helvetica_line(305, 674, "x", 9), helvetica_line(325, 674, "Estimate", 9)]
    return [*rules, *cells]


def test_a_listing_goes_on_past_a_figure_whose_legend_is_a_table_overleaf():
    lead = helvetica_line(LEFT, 760, "The benchmark is run by the code shown in Listing 7 below:", 10)
    first = [lead, *(code_line(LEFT, 110 - 11 * at, row, 9) for at, row in enumerate(LISTING[:3]))]
    second = [*_legend(), helvetica_line(LEFT, 650, FIGURE, 9)]
    second += [code_line(LEFT, 620 - 11 * at, row, 9) for at, row in enumerate(LISTING[3:])]
    second.append(helvetica_line(LEFT, 580, "Listing 7: R code for the timing comparison.", 9))
    doc = parse_pdf(
        font_pages([b"\n".join(first), b"\n".join(second)], [(b"F1", HELVETICA), (b"F2", COURIER)])
    )[0]
    assert [doc.text[span.start : span.end] for span in doc.spans if span.label == "code"] == [
        "\n".join(LISTING)
    ]
    assert FIGURE in doc.text.split("\n\n")


FOOTNOTE = [
    "This vignette corresponds to a paper published in a journal of statistics, and it may",
    "receive minor updates over time; it was typeset on February 10, 2020.",
]


def test_a_row_set_apart_under_the_notes_is_the_page_foot_not_a_note():
    raised = b"BT /F1 10 Tf %d 700 Td (Linear algebra is a cornerstone of statistical computing.) Tj " % LEFT
    raised += b"/F1 6 Tf 4 Ts (1) Tj 0 Ts ET"
    note = [b"BT /F1 6 Tf %d 123 Td (1) Tj ET" % (LEFT + 6)]
    note += [
        helvetica_line(LEFT + 10 if at == 0 else LEFT, 120 - 9 * at, text, 8)
        for at, text in enumerate(FOOTNOTE)
    ]
    foot = [helvetica_line(LEFT, 75, "Preprint submitted to Computational Statistics", 8)]
    foot.append(helvetica_line(RIGHT - _width("February 10, 2020", 8), 75, "February 10, 2020", 8))
    prose = [
        helvetica_line(LEFT, 688 - 12 * at, text, 10, end=RIGHT)
        for at, text in enumerate(PROSE + OVERLEAF[:2])
    ]
    doc = parse_pdf(helvetica_pages([b"\n".join([raised, *prose, *note, *foot])]))[0]
    notes = [doc.text[span.start : span.end] for span in doc.spans if span.label == "footnote"]
    assert notes == [" ".join(FOOTNOTE)]
    furniture = [
        s.attrs["text"] for s in doc.layers.get("removed", []) if s.attrs.get("why") == "page_furniture"
    ]
    assert furniture == ["Preprint submitted to Computational Statistics", "February 10, 2020"]


FIREWALL = [
    ("interface", "Y", "inface", "Define packet filtering blocks."),
    ("router", "Y", "-", "Protect hosts."),
]
FIREWALL += [
    ("client", "Y", "sport", "Allow access to a client."),
    ("group", "Y", "-", "Define groups of commands."),
]


def test_a_booktabs_header_stacked_in_its_column_is_one_cell():
    """firehol-manual.pdf: the head "forbidden" set over "params" in the third column, no rule down
    to part the header's cells: the header is one row, each column's lines joined, not one cell."""
    rules = [b"0.4 w 100 %d m 500 %d l S" % (y, y) for y in (700, 676, 610)]
    head = [(106, 681, "command"), (200, 681, "4/6/46"), (250, 690, "forbidden"), (250, 681, "params")]
    head.append((320, 681, "description"))
    cells = [helvetica_line(x, y, text, 10) for x, y, text in head]
    for at, row in enumerate(FIREWALL):
        cells += [
            helvetica_line(x, 662 - 14 * at, text, 10)
            for x, text in zip((106, 210, 250, 320), row, strict=True)
        ]
    lead = helvetica_line(
        LEFT, 730, "These are the primary packet filtering building blocks of the firewall.", 10
    )
    doc = parse_pdf(helvetica_pages([b"\n".join([lead, *rules, *cells])]))[0]
    rows = [span.attrs["rows"] for span in doc.spans if span.label == "table"]
    assert rows == [[["command", "4/6/46", "forbidden params", "description"], *map(list, FIREWALL)]]
