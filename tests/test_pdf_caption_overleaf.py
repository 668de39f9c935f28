"""A float at the top of the page a sentence goes on to, its caption the page's first line (issue 15,
twenty-sixth check row 3, bridgesampling_paper.pdf, a JSS paper): page 3 ended "… the interface to
Stan which enables", page 4 opened with "Figure 1: Flow chart …" under the figure's drawing, and the
caption ran into the sentence, which went on after it as a new paragraph ("an even more automatized
…"); page 7 opened with "Table 1: Overview …" over its table in the same way. Pages hand-built,
sentences sloika's own, expected texts typed by hand."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import without_tables  # noqa: E402
from test_pdf_authors_and_floats import (  # noqa: E402
    AFTER,
    BEFORE,
    _first_page,
    _justified,
    _parse,
    _text,
    _width,
)

FIGURE = [
    "Figure 1: The steps a user may take with the package, from the samples and the function that",
    "computes the log of the posterior density to the estimate and the model probabilities.",
]
TABLE = [
    "Table 1: The transformations built into the package, each with its inverse and its Jacobian.",
]
ROWS = [
    ("Type", "Transformation", "Inverse", "Jacobian"),
    ("unbounded", "identity", "identity", "one"),
    ("lower", "logarithm", "exponential", "exponential"),
    ("upper", "logarithm", "exponential", "exponential"),
]


def test_a_caption_atop_the_next_page_stands_apart_and_the_sentence_goes_on_after_it():
    """Page 1 ends inside a sentence ("… which the function has created"); page 2 opens with a
    figure's two-line caption, justified, ending in a stop, then the sentence goes on ("by some
    similarity measure …"). The sentence is whole, and the caption is a paragraph of its own after it."""
    second = [_justified(72, 780, FIGURE[0]), _text(72, 768, FIGURE[1])]
    second += [_justified(72, 720 - 14 * at, line) for at, line in enumerate(AFTER)]
    paragraphs = _parse([_first_page(), second]).text.split("\n\n")
    assert paragraphs[-2].endswith(f"{BEFORE[0]} {BEFORE[1]} {AFTER[0]} {AFTER[1]}")
    assert paragraphs[-1] == " ".join(FIGURE)


def test_a_table_and_its_caption_atop_the_next_page_leave_the_sentence_whole():
    """As above, but page 2 opens with a table's caption ("Table 1: …") over the table's four rows
    of four cells: the sentence is whole, and the caption and the rows (a ``table`` span) stand
    after it."""
    second = [_justified(72, 780, TABLE[0])]
    for at, row in enumerate(ROWS):
        second += [_text(72 + 120 * col, 760 - 14 * at, cell) for col, cell in enumerate(row)]
    second += [_justified(72, 680 - 14 * at, line) for at, line in enumerate(AFTER)]
    doc = _parse([_first_page(), second])
    paragraphs = without_tables(doc).split("\n\n")
    assert paragraphs[-2].endswith(f"{BEFORE[0]} {BEFORE[1]} {AFTER[0]} {AFTER[1]}")
    assert paragraphs[-1] == TABLE[0]
    (table,) = [span for span in doc.spans if span.label == "table"]
    assert table.attrs["rows"] == [list(r) for r in ROWS]
    assert table.start > without_tables(doc).index(AFTER[1])


def _dashed(line: str) -> str:
    """``line`` with its em dashes as WinAnsi's byte for the glyph (octal 227)."""
    return line.replace("—", "\\227")


def test_a_line_ending_in_a_closed_up_dash_joins_the_next_without_a_space():
    """A line ends in an em dash set close to its word ("… in a certain interval—", hcl-colors.pdf
    p. 3), the next goes on "however, …": the dash is unspaced on both sides, as TeX set it, so the
    two words meet at the dash ("interval—however"). A dash spaced before it ("strength —") keeps
    its space after."""
    lines = [
        "Diverging palettes code values that range in a certain interval—",
        "however, this interval includes a neutral value, shown in gray.",
        "The two arms then run from that gray to two colors of the same strength —",
        "one for the values under the neutral value, one for those over it.",
    ]
    page = [_dashed(_justified(72, 780 - 14 * at, line)) for at, line in enumerate(lines[:3])]
    page.append(_justified(72, 738, lines[3], _width(lines[3])))  # the last line at its own width
    assert _parse([page]).text == f"{lines[0]}{lines[1]} {lines[2]} {lines[3]}"


def test_a_justified_line_split_at_a_wide_space_after_a_stop_reads_in_order():
    """A justified line whose space after a full stop TeX stretched to 1.6 em ("… of the posterior
    density." | "This means that users can fit models with", bridgesampling_paper.pdf p. 14): its
    halves are one line, read left to right, and the paragraph is whole and in order."""
    lines = [
        "The package gives access to these unconstrained parameters and to the corresponding log",
        "parameter types with more complicated constraints than those built into the package itself,",
        "such as correlation matrices, without having to code the transformations by hand.",
    ]
    left, right = "of the unnormalized posterior density.", "This means that users can fit models with"
    x = 72 + _width(left) + 16  # the halves 1.6 em apart, the line as wide as the others
    width = x + _width(right) - 72
    page = [_justified(72, 780, lines[0], width)]
    page.append(_justified(x, 766, right, _width(right)))
    page.append(_justified(72, 766, left, _width(left)))
    page += [_justified(72, 752, lines[1], width), _justified(72, 738, lines[2], _width(lines[2]))]
    expected = f"{lines[0]} {left} {right} {lines[1]} {lines[2]}"
    assert _parse([page]).text == expected


def test_a_page_range_broken_at_its_dash_ends_the_entry():
    """A JSS reference list, entries hung 15 pt: an entry's line ends on its page range's dash
    ("…, 41, 214–", bridgesampling_paper.pdf p. 26) and the range's last page "226." stands alone
    under it. The number is the entry's end, joined to the dash, not cut as ``numbers_only``."""
    from pdf_objects import helvetica_page, helvetica_rows

    from sloika.pipelines.formats.pdf import parse_pdf

    rows = [
        (72, "References"),
        (72, "Birch A, Oak C (1970). \u201cThe Weighted Rings of Old Trees.\u201d The Annals of Forest"),
        (87, "Studies and Management of the Northern Valleys and Their Woods, 41, 214\u2013"),
        (87, "226."),
        (72, "Elm D (1986). A Short Book about the Woods. Tree Press, Reading."),
    ]
    (doc,) = parse_pdf(helvetica_page(helvetica_rows(rows)))
    assert doc.text == (
        "References\n\n"
        "Birch A, Oak C (1970). \u201cThe Weighted Rings of Old Trees.\u201d The Annals of Forest Studies"
        " and Management of the Northern Valleys and Their Woods, 41, 214\u2013226.\n\n"
        "Elm D (1986). A Short Book about the Woods. Tree Press, Reading."
    )


def test_an_initial_before_a_surname_that_makes_a_word_stays_apart():
    """An editor's initial before the surname ("In K Hornik, F Leisch, A Zeileis (eds.)",
    bridgesampling_paper.pdf p. 28): "F" and "Leisch" spell a word ("Fleisch"), yet a capital alone
    before a capitalised word is an initial, no letter a scan split off."""
    from sloika.pipelines.formats.pdf_joins import clean_line

    assert clean_line("In K Hornik, F Leisch, A Zeileis (eds.), Proceedings") == (
        "In K Hornik, F Leisch, A Zeileis (eds.), Proceedings"
    )


def test_an_entry_line_split_after_its_year_and_before_its_quoted_title_is_one_line():
    """A JSS reference's first line, justified, split at the wide space after its year ("Lartillot
    N, Philippe H (2006)." | "“Computing Bayes Factors …", bridgesampling_paper.pdf p. 27, 1.57 em
    apart): a stop after a bracket ends the half, a quote may open the next; one entry, whole."""
    head, title = "Birch A, Oak C, Elm D (2006).", "\u201cCounting the Rings of Old Trees Using"
    rest = "Thermodynamic Integration.\u201d Forest Studies, 55(2), 195\u2013207."
    x = 72 + _width(head) + 16
    width = x + _width(title) - 72
    page = [_justified(72, 780, "References", _width("References"))]
    page.append(_quoted(_justified(x, 760, title, _width(title))))
    page.append(_justified(72, 760, head, _width(head)))
    page.append(_quoted(_justified(87, 746, rest, _width(rest))))
    page.append(_justified(72, 726, "Fir E (1999). A Short Book. Tree Press.", width / 2))
    paragraphs = _parse([page]).text.split("\n\n")
    assert paragraphs[1] == f"{head} {title} {rest}"


def _quoted(line: str) -> str:
    """``line`` with its curly double quotes and en dashes as WinAnsi's bytes (octal 223, 224, 226)."""
    return line.replace("\u201c", "\\223").replace("\u201d", "\\224").replace("\u2013", "\\226")
