"""A display read as a table keeps no heading and no sentence (issue 15, seventeenth check row 2,
sixteenth check row 2).

The side-by-side pieces of a display (a sum's limits, a fraction's parts, the words "where …" set
inside it) make an aligned block, which ``pdf_aligned._aligned`` takes out as a table. Two things went
with it. UrnTheory.pdf's numbered heading "4 Univariate distributions", set in 14 pt under a 10 pt
display and within its left column's span, was grown into the table, so the display's first line ran
on into section 4. ellipticpaper.pdf's sentences between and under numbered displays ("and the
relation" between (5) and (6); "It may be seen that, provided |q| < 1, …" under (16)) stood at the
text's left margin inside the block's band and were only table cells. The pages below are hand-built
lines with those features; the expected texts are written by hand.
"""

from __future__ import annotations

from sloika.pipelines.formats.pdf_block_rows import _running_rows
from sloika.pipelines.formats.pdf_layout import lay_out
from sloika.pipelines.formats.pdf_line_record import Line
from sloika.pipelines.formats.pdf_page_rows import TABLE

LEFT = 100.0
RIGHT = 470.0


def _line(text: str, x0: float, top: float, size: float = 10.0, x1: float | None = None, **flags) -> Line:
    width = x1 if x1 is not None else x0 + 0.5 * size * len(text)
    return Line(0, text, x0, width, top, top + size, size, 792.0, **flags)


def _prose(top: float, text: str, full: bool = True) -> Line:
    return _line(text, LEFT, top, x1=RIGHT if full else None)


def _display(top: float) -> list[Line]:
    """A three-row display of formula pieces side by side: a function over a sum, then the words of
    its "where" and "and the domain" clauses set in from the margin, the last reaching left of the
    rest (UrnTheory.pdf's "and the domain Ξ =")."""
    return [
        _line("f(x) =", 210.0, top, x1=300.0, formula=True),
        _line("g(y; m)", 330.0, top, formula=True),
        _line("where g =", 200.0, top + 12.0, x1=300.0),
        _line("h(x; m)", 330.0, top + 12.0, formula=True),
        _line("and the domain Ξ =", 110.0, top + 24.0, x1=205.0),
        _line("x ≤ m", 330.0, top + 24.0, formula=True),
    ]


def _texts(page: list[Line]) -> list[str]:
    return [ln.text for ln in page if not ln.text.startswith(TABLE)]


def test_a_larger_heading_under_a_display_read_as_a_table_stays_text():
    page = [
        _prose(100.0, "The probability mass function of the distribution is given by", full=False),
        *_display(120.0),
        _line("4 Univariate distributions", LEFT, 156.0, size=14.3, x1=300.0),
        _prose(178.0, "The univariate distributions are used when there are two colors.", full=False),
    ]
    layout = lay_out([page], [[]])
    assert _texts(layout.pages[0]) == [
        "The probability mass function of the distribution is given by",
        "4 Univariate distributions",
        "The univariate distributions are used when there are two colors.",
    ]
    assert len(layout.tables) == 1
    assert [row[0] for row in layout.tables[0].rows] == ["f(x) =", "where g =", "and the domain Ξ ="]


def _numbered(top: float, number: str, pieces: list[str]) -> list[Line]:
    """A numbered display: its pieces side by side on one row, centred, the number at the margin."""
    return [
        *(_line(piece, 220.0 + 60.0 * at, top, formula=True) for at, piece in enumerate(pieces)),
        _line(number, RIGHT - 15.0, top, x1=RIGHT),
    ]


def test_sentences_between_and_under_numbered_displays_stay_text():
    page = [
        _prose(
            100.0, "Other equivalent forms for the function include its differential equation", full=False
        ),
        *_numbered(116.0, "(5)", ["(dw/dz)", "= 4w − g2w", "− g3"]),
        _line("and the relation", LEFT, 130.0),
        _line("∞", 230.0, 134.0, size=8.0, formula=True),
        *_numbered(144.0, "(6)", ["z =", "dt", "√4t − g2t"]),
        _line("t=w", 230.0, 156.0, size=8.0, formula=True),
        _line("dt", 290.0, 156.0, formula=True),
        *_numbered(170.0, "(7)", ["θ1(z, q) =", "∑", "sin(2n + 1)z"]),
        _line("n=0", 280.0, 182.0, size=8.0, formula=True),
        _line(
            "It may be seen that, provided the modulus is small, the series converges.", LEFT, 196.0, x1=410.0
        ),
        _line("Indeed, the", 420.0, 196.0, x1=RIGHT),
        _prose(210.0, "convergence is very rapid in the number of terms.", full=False),
    ]
    layout = lay_out([page], [[]])
    text = "\n".join(_texts(layout.pages[0]))
    for sentence in [
        "Other equivalent forms for the function include its differential equation",
        "and the relation",
        "It may be seen that, provided the modulus is small, the series converges. Indeed, the",
        "convergence is very rapid in the number of terms.",
    ]:
        assert sentence in text
    assert text.index("and the relation") < text.index("It may be seen") < text.index("convergence is")
    cells = [cell for table in layout.tables for row in table.rows for cell in row]
    assert not any("relation" in cell or "It may be seen" in cell or "Indeed" in cell for cell in cells)


def test_a_wordy_first_cell_at_the_margin_of_an_unnumbered_table_stays_in_the_table():
    rows = [
        ("number of balls in the urn", "10", "20", "30"),
        ("number of colors drawn", "2", "3", "4"),
        ("weight of the heavy ball", "1.5", "2.5", "3.5"),
    ]
    page = [_prose(100.0, "The settings of the three runs are these:", full=False)]
    for at, row in enumerate(rows):
        page += [
            _line(cell, LEFT + (0.0 if i == 0 else 180.0 + 50.0 * i), 116.0 + 12.0 * at)
            for i, cell in enumerate(row)
        ]
    page.append(_prose(160.0, "Each run was repeated a thousand times.", full=False))
    layout = lay_out([page], [[]])
    assert _texts(layout.pages[0]) == [
        "The settings of the three runs are these:",
        "Each run was repeated a thousand times.",
    ]
    assert [row[0] for row in layout.tables[0].rows] == [row[0] for row in rows]


LEFT_COLUMN = [
    "Because this model adjusts the mean for",
    "each participant, it is commonly known as",
    "a random intercepts model, and it is the",
    "simplest model of its kind that we use.",
]
RIGHT_COLUMN = [
    "The full model is then given by the sum",
    "of the fixed effects and of two random",
    "effects, one for each grouping factor:",
]


def test_a_numbered_display_beside_the_other_columns_prose_takes_no_line_out_of_its_block():
    """A two-column page: the right column's numbered display stands on a row with the left column's
    sentence at the margin, but the block holds the right column's prose too: that sentence is a
    column's line, read with its column, not a sentence between displays."""
    page = [_line(text, LEFT, 100.0 + 12.0 * at, x1=270.0) for at, text in enumerate(LEFT_COLUMN)]
    page += [_line(text, 300.0, 100.0 + 12.0 * at, x1=RIGHT) for at, text in enumerate(RIGHT_COLUMN)]
    page += [
        _line("y = β0 + S0 + ϵ", 330.0, 136.0, formula=True),
        _line("(2)", RIGHT - 15.0, 136.0, x1=RIGHT),
    ]
    block = [ln for ln in page if ln.text != "(2)"]
    assert _running_rows(page, [block]) == frozenset()
    alone = [ln for ln in block if ln.top == 136.0]  # the display's row alone: no other column's prose
    assert {ln.text for ln in page if id(ln) in _running_rows(page, [alone])} == {LEFT_COLUMN[3]}


def test_a_cell_at_the_bodys_size_under_a_smaller_tables_last_row_stays_the_tables():
    """diffcoeff.pdf's table of keys in 9 pt ends with a "sub-nudge" cell pdfminer measured at 10 pt,
    the body's size: one point larger than its neighbours is no title, the cell stays a row."""
    page = [
        _prose(100.0 + 12.0 * at, "The defaults of this template differ from its parent in a few keys.")
        for at in range(4)
    ]
    for at, (key, value) in enumerate(
        [("style", "slash"), ("derivand-sep", "2 mu"), ("outer-delim", "paren"), ("inner-wrap", "true")]
    ):
        page += [
            _line(key, 143.0, 160.0 + 12.0 * at, size=9.0),
            _line(value, 300.0, 160.0 + 12.0 * at, size=9.0),
        ]
    page.append(_line("sub-nudge", 143.0, 208.5, size=10.0))
    page.append(
        _prose(250.0, "The diff command uses the values in this template for every derivative.", full=False)
    )
    layout = lay_out([page], [[]])
    assert "sub-nudge" not in _texts(layout.pages[0])
    assert layout.tables[0].rows[-1] == ["sub-nudge"]


def _record_diagram(top: float) -> list[Line]:
    """A syntax diagram (gmpl.pdf's transposed matrix data record): typewriter "(tr) :" and ":=" on
    the first row round the column heads, the rows' names and elements under them, in math."""
    heads = [_line(text, x0, top, formula=True) for text, x0 in (("c1", 273.0), ("c2", 301.0), ("cn", 351.6))]
    rows = [
        _line(text, x0, top + 13.0 * row, size=8.0, formula=True)
        for row, cells in enumerate((("r1", "a11", "a1n"), ("r2", "a21", "a2n")), start=1)
        for text, x0 in zip(cells, (237.0, 270.0, 349.0), strict=True)
    ]
    keys = [_line("(tr) :", 224.4, top, x1=258.7, mono=True), _line(":=", 376.2, top, x1=387.6, mono=True)]
    return [*keys, *heads, *rows]


def test_a_diagrams_typewriter_keys_leave_with_its_formula():
    """The diagram's "(tr) :" and ":=" are the display's: they leave with it, whole in one record,
    and no code line "(tr) :  :=" stays in the text (issue 15, gmpl.pdf pp. 48–53)."""
    page = [
        _prose(100.0, "The transposed matrix data record has the following syntactic form:", full=False),
        *_record_diagram(122.0),
        _prose(
            170.0, "(In this case the delimiter : following the keyword (tr) may be omitted.)", full=False
        ),
    ]
    layout = lay_out([page], [[]])
    assert _texts(layout.pages[0])[0] == "The transposed matrix data record has the following syntactic form:"
    assert [ln.text for ln in layout.pages[0] if ln.mono] == []
    assert (
        "(tr) : c1 c2 cn := r1 a11 a1n r2 a21 a2n",
        "math",
    ) in layout.debris
