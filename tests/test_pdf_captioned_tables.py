"""A small unruled table over its caption is one table, its rows whole (issue 15, twenty-eighth check row 5).

metap's compare.pdf sets its examples as LaTeX tabulars without rules: a header in roman ("Function name",
"validity", "cancel", a second header line centred under one of them), rows of an R function name in
typewriter beside two numbers in roman, and "Table 5: …" under them. The typewriter names were read as
code, the numbers (two a row, too few for a grid of figures) cut as ``numbers_only`` and the header cut
as a figure's labels: the text cited "the values in Table 5" and there were none. The fixtures below are
hand-built with those features; the expected rows and text are written by hand.
"""

from __future__ import annotations

from pdf_objects import COURIER, HELVETICA, escaped, one_page, without_tables

from sloika.pipelines.formats.pdf import parse_pdf

SIZE = 12
PITCH = 14.5  # points between a tabular's rows
BEFORE = ["This method returns a value for our example which is one for values above", "one half."]
AFTER = "These methods are appropriate where it is known that many of the values are noise."
CAPTION = "Table 5: Examples for methods using the untransformed values"


def _line(x: float, y: float, text: str, font: bytes = b"F1") -> bytes:
    return b"BT /%s %d Tf %.2f %.2f Td (%s) Tj ET" % (font, SIZE, x, y, escaped(text))


def _page(header: list[tuple[float, str]], second: str | None, rows: list[tuple[str, ...]]) -> bytes:
    """Prose at x 72 (its last line short); a header row at ``header``'s x, a second header line
    under its second cell (when given); typewriter names at x 78 beside numbers at the header's
    x; the caption under the rows; prose under it."""
    parts = [_line(72, 700, BEFORE[0]), _line(72, 700 - PITCH, BEFORE[1])]
    y = 700 - PITCH - 2 * SIZE
    parts += [_line(x, y, text) for x, text in header]
    if second:
        y -= PITCH
        parts.append(_line(header[1][0] - 10, y, second))
    y -= PITCH + 6
    for name, *values in rows:
        parts.append(_line(78, y, name, b"F2"))
        parts += [_line(x, y, value) for (x, _), value in zip(header[1:], values, strict=True)]
        y -= PITCH
    parts.append(_line(130, y - 4, CAPTION))
    parts.append(_line(72, y - 4 - 2 * SIZE - 8, AFTER))
    return one_page(b"\n".join(parts), [(b"F1", HELVETICA), (b"F2", COURIER)])


HEADER = [(78.0, "Function name"), (200.0, "validity"), (290.0, "cancel")]
ROWS = [("minimump", "4.22", "0.00399"), ("maximump", "2.63", "0.99601"), ("meanp", "8.62", "0.5")]


def _tables(data: bytes) -> tuple[list[list[list[str]]], str]:
    doc = parse_pdf(data)[0]
    return [span.attrs["rows"] for span in doc.spans if span.label == "table"], without_tables(doc)


def test_typewriter_names_beside_two_numbers_over_a_caption_are_one_table():
    rows, text = _tables(_page(HEADER, "value expressed", ROWS))
    expected = [["Function name", "validity", "cancel"], ["value expressed"], *map(list, ROWS)]
    assert rows == [expected], (rows, text)
    assert text.split("\n\n") == [" ".join(BEFORE), CAPTION, AFTER], text


def test_a_header_and_one_typewriter_row_over_a_caption_are_one_table():
    header = [(78.0, "Function name"), (200.0, "at p"), (290.0, "at rank")]
    rows, text = _tables(_page(header, None, [("truncated", "15.35", "8.06")]))
    assert rows == [[["Function name", "at p", "at rank"], ["truncated", "15.35", "8.06"]]], (rows, text)
    assert text.split("\n\n") == [" ".join(BEFORE), CAPTION, AFTER], text


def _references(pages: list[list[tuple[float, str]]]) -> str:
    from pdf_objects import helvetica_pages, helvetica_rows

    return parse_pdf(helvetica_pages([helvetica_rows(rows) for rows in pages]))[0].text


def test_a_page_range_broken_at_its_dash_before_the_year_ends_the_entry():
    """natbib's plainnat sets "volume:pages, year.": the line broke at the range's dash ("…, 24:1836–")
    and "1841, 2011." stands alone under it; it is the entry's end, not ``numbers_only``."""
    text = _references(
        [
            [
                (72, "References"),
                (
                    72,
                    "D Elm. Optimally weighted tests are powerful ways of combining the values of tests in",
                ),
                (84, "meta-analysis. Journal of Evolutionary Biology of the Northern Woods, 24:1836\u2013"),
                (84, "1841, 2011."),
                (72, "H Oak and T Ash. Tests for combining values. The Press, 2018."),
            ]
        ]
    )
    assert text == (
        "References\n\n"
        "D Elm. Optimally weighted tests are powerful ways of combining the values of tests in meta-analysis."
        " Journal of Evolutionary Biology of the Northern Woods, 24:1836\u20131841, 2011.\n\n"
        "H Oak and T Ash. Tests for combining values. The Press, 2018."
    )


def test_an_arxiv_number_broken_at_its_dot_ends_the_entry():
    """ "URL arXiv:1801." at a line's end and "04309." under it: the identifier's last piece."""
    text = _references(
        [
            [
                (72, "References"),
                (72, "H Oak, T Ash, J Birch, and Z Elm. Tests: optimal and adaptive thresholding for"),
                (84, "combining values in large genomic studies. arXiv, 2018. URL arXiv:1801."),
                (84, "04309."),
                (72, "R Yew. A Short Book about the Woods. Tree Press, 1931."),
            ]
        ]
    )
    assert "URL arXiv:1801.04309.\n\nR Yew." in text, text


def test_volume_pages_and_year_under_an_entry_opening_a_page_end_the_entry():
    """An entry that goes on at the top of a page ("…association scans. Genetic Epidemiology,"), its
    "25:360–366, 2003." under it at its indent: the entry's volume, pages and year, not a page number."""
    text = _references(
        [
            [
                (72, "References"),
                (72, "R Yew. A Short Book about the Woods. Tree Press, 1931."),
                *((72, "") for _ in range(50)),
                (72, "F Birch and B Elm. Rank truncated product of values, with application to genomewide"),
            ],
            [
                (84, "association scans in the northern woods of the valleys. Genetic Epidemiology,"),
                (84, "25:360\u2013366, 2003."),
                (72, "E Ash. An additive method for combining probability values. Journal, 1972."),
            ],
        ]
    )
    assert "Genetic Epidemiology, 25:360\u2013366, 2003.\n\nE Ash." in text, text


def test_subfigure_captions_atop_the_next_page_leave_the_sentence_whole():
    """Page 1 ends inside a sentence; page 2 opens with a figure's two subcaptions side by side ("(a) …",
    "(b) …"), set smaller, over its caption, then the sentence goes on. The sentence is whole, and
    the captions are paragraphs of their own after it."""
    from test_pdf_authors_and_floats import AFTER, BEFORE, _first_page, _justified, _parse, _text

    second = [
        _text(74, 790, "(a) Fisher's method and the other", 8),
        _text(300, 790, "(b) Stouffer's method", 8),
    ]
    second += [_text(72, 770, "Figure 2: Sum and difference plots of the two pairs of methods.")]
    second += [_justified(72, 740 - 14 * at, line) for at, line in enumerate(AFTER)]
    paragraphs = _parse([_first_page(), second]).text.split("\n\n")
    assert paragraphs[-4].endswith(f"{BEFORE[0]} {BEFORE[1]} {AFTER[0]} {AFTER[1]}"), paragraphs
    assert paragraphs[-3:] == [
        "(a) Fisher's method and the other",
        "(b) Stouffer's method",
        "Figure 2: Sum and difference plots of the two pairs of methods.",
    ], paragraphs
