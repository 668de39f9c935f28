"""Table heads left in the text, a definition list's entries run together and a list item split
(issue 15, thirty-sixth check: ordinal's clmm2_tutorial.pdf and clm_article.pdf, HSAUR3's chapters,
irace-package.pdf). A booktabs table's head row whose pieces stand evenly apart was joined as a
justified line, and the table was taken without it; a head band ruled by rules each drawn twice held
no header; a head row ruled over and under, wider than its right-aligned cells, was no head; an entry
"w⊤ i β̃j are …" opening under a one-line entry ending with a comma ran on it, its scripted term cut
as debris; an item's first row, its label where no other line starts, and its second row, split at a
sentence's stop 1.6 em wide, were read as pieces. Lines stand where the real pages' lines stood
(``fitted_line``); the expected text is written by hand."""

from __future__ import annotations

from pdf_objects import COURIER, HELVETICA, fitted_line, one_page, without_tables

from sloika.pipelines.formats.base import Parsed
from sloika.pipelines.formats.pdf import parse_pdf
from sloika.pipelines.formats.pdf_line_record import MARK_CLOSE, MARK_OPEN, Line
from sloika.pipelines.formats.pdf_pieces import _joined_pieces

FONTS = [(b"F1", HELVETICA), (b"F2", COURIER)]
Piece = tuple[float, float, float, str]  # x0, x1, top, text


def _page(
    pieces: list[Piece], rules: list[tuple[float, float, float]] = (), mono: frozenset[str] = frozenset()
) -> Parsed:
    """A US Letter page of ``pieces`` set at 10 pt (typewriter where their text is in ``mono``) and
    ``rules`` across (x0, x1, top), each drawn where a real page's stood."""
    content = [b"0.4 w %.2f %.2f m %.2f %.2f l S" % (x0, 792 - y, x1, 792 - y) for x0, x1, y in rules]
    content += [fitted_line(x0, x1, top, text, text in mono, 10) for x0, x1, top, text in pieces]
    return parse_pdf(one_page(b"\n".join(content), FONTS))[0]


def _tables(doc: Parsed) -> list[list[list[str]]]:
    return [span.attrs["rows"] for span in doc.spans if span.label == "table"]


def _paragraphs(doc: Parsed) -> list[str]:
    return doc.text.split("\n\n")


def _ratings_table() -> list[Piece]:
    """clmm2_tutorial.pdf's Table 1 cut to four judges: "Temperature Contact Bottle" (one piece) and
    the judges' numbers 1.2 em apart over rows of two labels, a bottle and four ratings."""
    judges = [(304.1, 309.1), (321.0, 326.0), (338.0, 343.0), (354.9, 359.9)]
    pieces = [(99.2, 496.0, 110.4, "Table 1: Ratings of the bitterness of some white wines.")]
    pieces += [(150.7, 292.1, 146.5, "Temperature Contact Bottle"), (318.0, 343.6, 134.6, "Judge")]
    pieces += [(x0, x1, 146.5, str(at + 1)) for at, (x0, x1) in enumerate(judges)]
    for row, (top, temperature, contact, ratings) in enumerate(
        [(158.9, "cold", "no", "2132"), (170.8, "cold", "no", "3232"), (182.8, "warm", "yes", "3133")]
    ):
        pieces += [(150.7, 168.4 if temperature == "cold" else 174.8, top, temperature)]
        pieces += [
            (218.6, 229.1 if contact == "no" else 231.9, top, contact),
            (265.2, 270.1, top, str(row + 1)),
        ]
        pieces += [(x0, x1, top, rating) for (x0, x1), rating in zip(judges, ratings, strict=True)]
    pieces.append((99.2, 496.1, 220.4, "This is a model for the cumulative probability of the ith rating."))
    return pieces


def test_a_booktabs_head_row_set_evenly_apart_stays_the_tables():
    rules = [(144.7, 370.0, 133.5), (298.1, 370.0, 145.8), (144.7, 370.0, 157.8), (144.7, 370.0, 194.0)]
    doc = _page(_ratings_table(), rules)
    (table,) = _tables(doc)
    # the three heads pdfminer read as one piece part at the gaps between their columns, and
    # "Judge", over the rule under it that spans the four judges' numbers, heads each of them
    assert table[0] == ["Temperature", "Contact", "Bottle", "Judge 1", "Judge 2", "Judge 3", "Judge 4"]
    assert "Temperature" not in without_tables(doc)
    assert table[-1][:3] == ["warm", "yes", "3"]


HEADS = ["housing", "food", "goods", "service", "gender"]
HOUSEHOLDS = [("1180", "1243", "768", "813", "male"), ("619", "684", "99", "204", "male")]
HOUSEHOLDS += [("253", "422", "15", "48", "male"), ("661", "739", "71", "188", "male")]


def _household(caption: str, heads: list[float], top: float, cells_right: list[float]) -> list[Piece]:
    """HSAUR3's Table 2.1: typewriter heads over right-aligned figures (the first head reaching 1.7
    em left of its column) and a column of words, one row every 12 pt under the heads."""
    pieces = [(165.7, 453.7, top - 33.0, caption)]
    pieces += [(x0, x0 + 5.2 * len(head), top, head) for x0, head in zip(heads, HEADS, strict=True)]
    for at, row in enumerate(HOUSEHOLDS):
        y = top + 12.7 + 12.0 * at
        pieces += [(x1 - 5.0 * len(cell), x1, y, cell) for x1, cell in zip(cells_right, row, strict=True)]
    pieces.append(
        (145.1, 475.4, top + 80.0, "Ex. 2.2 The data set shown in Table 2.2 contains values of seven.")
    )
    return pieces


def test_a_head_band_between_rules_drawn_twice_is_the_tables_head():
    """Overleaf, the table's top rule, the rule under its heads and its bottom rule, each stroked twice."""
    pieces = _household(
        "Table 2.1: household data (continued).",
        [208.2, 256.7, 289.5, 327.5, 376.0],
        166.7,
        [244.7, 277.5, 315.6, 364.1, 407.4],
    )
    rules = [(202.2, 413.4, y) for y in (165.8, 165.8, 178.3, 178.3, 227.0, 227.0)]
    doc = _page(pieces, rules, frozenset(HEADS))
    (table,) = _tables(doc)
    assert table[0] == HEADS
    assert not any(head in without_tables(doc) for head in HEADS)


def test_a_head_row_ruled_over_and_under_is_the_tables_past_its_cells():
    """The table's first page: a rule over its heads and one under them, its bottom rule overleaf."""
    pieces = _household(
        "Table 2.1: household data. Household expenditure for single men.",
        [211.7, 260.2, 293.1, 331.1, 379.6],
        312.6,
        [248.3, 281.1, 319.2, 367.7, 411.0],
    )
    rules = [(205.8, 416.9, y) for y in (311.7, 311.7, 324.1, 324.1)]
    doc = _page(pieces, rules, frozenset(HEADS))
    (table,) = _tables(doc)
    assert table[0] == HEADS
    assert not any(head in without_tables(doc) for head in HEADS)


ENTRIES = [
    (81.0, 522.0, 147.3, "ga parameterises thresholds t by the vector a such that g restricts t to be for"),
    (108.3, 454.1, 161.4, "example symmetric or equidistant. We denote this structured thresholds."),
    (81.0, 272.3, 190.0, "xb are the ordinary regression effects,"),
    (
        81.0,
        522.0,
        207.3,
        "wb are regression effects which are allowed to depend on the response category j and they",
    ),
    (
        108.3,
        522.0,
        221.4,
        "are denoted partial or non-proportional odds (Peterson and Harrell Jr. 1990) when the",
    ),
    (108.3, 300.0, 234.9, "logit link is applied in the terminology."),
]


def test_a_hanging_entry_under_a_one_line_entry_ending_in_a_comma_is_its_own_paragraph():
    doc = _page(ENTRIES)
    assert "xb are the ordinary regression effects," in _paragraphs(doc)
    second = " ".join(text for _, _, _, text in ENTRIES[3:])
    assert second in _paragraphs(doc)


ITEM = [
    (
        94.3,
        497.1,
        347.1,
        "\u2022 testing: A list that contains the testing results. The list contains the following elements:",
    ),
    (108.5, 179.5, 366.2, "\u2013 experiments:"),
    (205.1, 235.6, 366.4, "Matrix"),
    (249.5, 257.7, 366.4, "of"),
    (271.6, 325.0, 366.4, "experiments"),
    (338.9, 347.4, 366.4, "in"),
    (361.3, 375.4, 366.4, "the"),
    (389.3, 411.4, 366.4, "same"),
    (425.3, 455.0, 366.4, "format"),
    (468.9, 478.0, 366.4, "as"),
    (491.9, 506.0, 366.4, "the"),
    (119.2, 284.4, 378.1, "iraceResults$experiments matrix."),
    (300.5, 505.9, 378.3, "The column names indicate the candidate"),
    (119.2, 456.9, 390.3, "configuration identifier and the row names contain the name of the instances."),
]


def test_a_justified_list_item_reads_whole():
    """Its first row's words 1.4 em apart after its typewriter label, its second row split at its
    stop 1.6 em wide."""
    doc = _page(ITEM, mono=frozenset(["\u2013 experiments:"]))
    item = " ".join(text for _, _, _, text in ITEM[1:])
    assert item in _paragraphs(doc)


def test_a_term_set_mostly_in_scripts_joins_the_rest_of_its_line():
    """clm_article.pdf p. 7's "w⊤ i" (read at 8 pt, two of its three letters scripts, its box from
    its superscript's top to its subscript's bottom) right against "β̃j are regression effects …" at
    10.9 pt: one line, no piece cut as debris. A raised footnote mark spans no line's box: it joins
    as the word's mark (``pdf_pieces._raised_mark``, issue-jossauth), not as a piece of the text."""
    term = Line(6, "w⊤ i", 81.0, 97.0, 704.1, 720.9, 8.0, 842.0)
    rest = Line(
        6, "β̃j are regression effects which are allowed to depend on", 97.5, 522.0, 707.3, 719.6, 10.9, 842.0
    )
    mark = Line(6, "2", 522.3, 526.3, 705.0, 712.0, 8.0, 842.0)
    assert [line.text for line in _joined_pieces([term, rest])] == [
        "w⊤ i β̃j are regression effects which are allowed to depend on"
    ]
    assert [line.text for line in _joined_pieces([rest, mark])] == [f"{rest.text}{MARK_OPEN}2{MARK_CLOSE}"]


SMOKERS = [("Nonsmoker", "3", "14"), ("Moderate smoker", "27", "41"), ("Heavy smoker", "13", "22")]
SMOKERS += [("Very heavy smoker", "18", "5")]


def test_rows_of_two_figures_under_a_captions_paragraph_are_its_table():
    """HSAUR3's Table 18.1: an unruled table under its two-line caption, a group head over its column
    heads, each row a right-aligned label and two figures, too few a row for a grid of figures."""
    pieces = [
        (140.1, 475.4, 450.0, "The smoking intensities of the patients in the study are given in Table 18.1.")
    ]
    pieces += [(165.7, 453.7, 500.3, "Table 18.1: Smoking_Mueller1940 data. Smoking and lung cancer")]
    pieces += [(165.7, 444.5, 512.7, "case-control study by Mueller (1940), the number of cigarettes daily.")]
    pieces += [(367.2, 414.2, 535.3, "Diagnosis"), (173.5, 210.1, 547.2, "Smoking")]
    pieces += [(321.7, 454.4, 547.4, "Lung cancer Healthy control")]
    for at, (label, cases, controls) in enumerate(SMOKERS):
        top = 559.4 + 12.0 * at
        pieces += [
            (309.7 - 5.0 * len(label), 309.7, top, label),
            (375.0 - 5.0 * len(cases), 375.0, top, cases),
        ]
        pieces.append((454.4 - 5.0 * len(controls), 454.4, top, controls))
    pieces.append(
        (143.7, 479.0, 640.0, "Four years later Erich Schoeninger also wrote his dissertation on it.")
    )
    doc = _page(pieces, mono=frozenset(["Smoking", "Diagnosis"]))
    (table,) = _tables(doc)
    assert [list(row) for row in SMOKERS] == table[-4:]
    assert not any(label in without_tables(doc) for label, _, _ in SMOKERS)
    assert "Lung cancer" not in without_tables(doc)
    assert not [s for s in doc.layers.get("removed", []) if s.attrs.get("why") == "numbers_only"]
