"""An aligned region read back into the text a line an entry (``pdf_tables._rows_in_text``: its rows
hold sentences, so no table) keeps a paragraph's and a list item's wrapped lines on their first
(issue 15, the sixty-fourth check's row 1: GibbsSampler.pdf p. 2, where inline matrices and
displays of stacked scripts pulled a paragraph and a bullet list into one region, and each
item's first line stood apart from its rest: "• Since … we can" / "well precalculate it …",
"… subject to" / "a_i ≤ x_i ≤ b_i. Let …"). Lines placed where the page's lines stand (points,
A4, 10 pt body, margin 100.3, paragraph indent 115.3, items' text at 125.3); expected texts
typed from the rendered page, its scripts in the reader's linear form."""

from __future__ import annotations

from sloika.pipelines.formats.pdf_line_record import Line
from sloika.pipelines.formats.pdf_tables import _entry_cells, _rows_in_text, _sentence_rows

RIGHT = 512.1  # the text's measure ends here


def _line(x0: float, x1: float, top: float, text: str, size: float = 10.0, tall: float = 0.0) -> Line:
    """A line of ``text`` at ``size``, its box ``tall`` pt taller than its letters (scripts on it)."""
    return Line(1, text, x0, x1, top, top + size + tall, size, 842.0)


def _texts(lines: list[Line]) -> list[str]:
    return [ln.text for ln in _rows_in_text(lines, lines)]


def test_a_bullet_items_wrapped_line_at_its_text_goes_on_the_item():
    """A full item line over a line at the item's text (right of its bullet): one entry, one line."""
    lines = [
        _line(115.3, RIGHT, 329.5, "• Since the variance is independent from the realisation, we can"),
        _line(125.3, 356.8, 345.3, "well precalculate it before running the Markov chain."),
        _line(115.3, 291.4, 362.3, "• Choose a start value of the chain."),
    ]
    assert _texts(lines) == [
        "• Since the variance is independent from the realisation, we can well precalculate it before"
        " running the Markov chain.",
        "• Choose a start value of the chain.",
    ]


def test_a_wrapped_line_of_inline_scripts_read_in_pieces_goes_on_the_item():
    """The wrapped line pdfminer read in pieces (a density's subscripts, each its own piece, touching
    or overlapping the next) is one line of the item, not a row of cells."""
    lines = [
        _line(115.3, RIGHT, 381.8, "• In each round we go from i = 1,..., d and sample from the conditional"),
        _line(125.3, 174.1, 395.7, "density x(j)", tall=7.6),
        _line(165.0, 167.1, 405.5, "i", 7.0),
        _line(174.8, 192.2, 395.7, "|x(j)", tall=7.6),
        _line(183.2, 228.8, 395.7, "1 ,..., x(j)", tall=7.6),
        _line(308.6, 311.4, 399.6, "."),
        _line(219.8, 308.0, 395.7, "i−1 ,..., x(j−1)", tall=7.6),
    ]
    assert _texts(lines) == [
        "• In each round we go from i = 1,..., d and sample from the conditional density x(j) i |x(j) 1"
        " ,..., x(j) i−1 ,..., x(j−1) ."
    ]


def test_a_paragraphs_indented_first_line_takes_the_line_at_the_margin_under_it():
    """A paragraph's full first line, set in by its indent, over a line back at the margin: one
    paragraph; a full item line over a line at the margin is not (the list ended there)."""
    lines = [
        _line(115.3, RIGHT, 284.9, "We can then construct a chain which continously draws from f subject to"),
        _line(100.6, RIGHT, 296.5, "a ≤ x ≤ b. Let x(j) denote the sample drawn at the j-th iteration. The"),
        _line(100.3, 355.4, 309.8, "steps of the Gibbs sampler for generating N samples are:"),
    ]
    assert _texts(lines) == [
        "We can then construct a chain which continously draws from f subject to a ≤ x ≤ b. Let x(j)"
        " denote the sample drawn at the j-th iteration. The steps of the Gibbs sampler for generating"
        " N samples are:"
    ]
    item = [
        _line(115.3, RIGHT, 284.9, "• We draw from univariate normal distributions with mean and a"),
        _line(100.3, RIGHT, 300.0, "Then the distribution of i given the rest is normal with variance"),
    ]
    assert len(_texts(item)) == 2


def test_rows_of_cells_a_columns_gap_apart_stay_rows_of_their_own():
    """A row whose pieces stand a column's gap apart is a table's row, not the full line's next."""
    lines = [
        _line(100.3, RIGHT, 100.0, "The option sets how the reader breaks the lines of its tables"),
        _line(100.3, 140.0, 112.0, "name"),
        _line(200.0, 260.0, 112.0, "value"),
    ]
    assert len(_texts(lines)) == 2


def test_an_items_cells_read_with_its_wrapped_line_of_scripts_hold_its_sentence():
    """The entry's cells (``_entry_cells``) read the wrapped line of pieces as one line, so the
    item's sentence shows and the region is no table (``_sentence_rows``)."""
    lines = [
        _line(115.3, RIGHT, 381.8, "• In each round we go from i = 1,..., d and sample from the conditional"),
        _line(125.3, 174.1, 395.7, "density x(j)"),
        _line(174.8, 412.0, 395.7, "|x(j). Each draw is then kept for the chain."),
    ]
    cells = _entry_cells(lines)
    assert cells == [
        [
            "• In each round we go from i = 1,..., d and sample from the conditional density x(j)"
            " |x(j). Each draw is then kept for the chain."
        ]
    ]
    assert _sentence_rows(cells)


def test_a_hanging_entrys_full_wrapped_line_leaves_the_next_entry_at_the_margin_apart():
    """A list hung at the indent (an entry at the margin, its full wrapped line set in): the next
    entry back at the margin under that wrapped line opens an entry of its own, no paragraph's
    line under its indented first."""
    lines = [
        _line(100.3, RIGHT, 100.0, "Geweke J (2005). Contemporary Bayesian Econometrics and Statistics."),
        _line(
            115.3, RIGHT, 112.0, "John Wiley and Sons, New York, a second line that fills the list's measure"
        ),
        _line(100.3, 300.0, 124.0, "Greene WH (2003). Econometric Analysis."),
    ]
    assert _texts(lines)[-1] == "Greene WH (2003). Econometric Analysis."
