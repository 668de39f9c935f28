"""Code typeset in proportional fonts and aligned in columns (issue 15, check 51, lhs2tex's
Guide2.pdf): lhs2TeX's poly style sets Haskell in italic and math fonts, names down the left, "::"
and "=" down a column, the right sides down another. The reader took 16 such blocks for unruled
tables, so "This results in the following output:" led to nothing; a block's two first rows, alone on
their rows, were glued into one paragraph over the table part ("options:: [String] → …  options =
foldr (◁) …"); and its Bird-style input, set in Knuth's cmtex8 typewriter, was no monospaced font to
the reader, so it went out as tables too. Pages hand-built, expected texts typed by hand."""

from __future__ import annotations

from pdf_objects import HELVETICA, code_lines, helvetica_line, one_page, tex_font, text_row

from sloika.pipelines.formats.base import Parsed
from sloika.pipelines.formats.pdf import parse_pdf

TIMES_ITALIC = b"<< /Type /Font /Subtype /Type1 /BaseFont /Times-Italic /Encoding /WinAnsiEncoding >>"
CMTEX8 = tex_font(b"CGSESG+CMTEX8", b"")  # every glyph 400 units wide: 3.2 pt a column at 8 pt
LEFT, CODE, COLUMN = 72.0, 80.0, 190.0  # the text's margin, the code's left edge, its second column
LEAD_IN = "This results in the following output:"
AFTER = "If run in poly style, lhs2TeX produces LaTeX code that makes use of the polytable package."


def _parse(rows: list[bytes]) -> Parsed:
    content = [helvetica_line(LEFT, 720, LEAD_IN, 10), *rows, helvetica_line(LEFT, 560, AFTER, 10)]
    fonts = [(b"F1", HELVETICA), (b"I", TIMES_ITALIC), (b"T", CMTEX8)]
    (doc,) = parse_pdf(one_page(b"\n".join(content), fonts))
    return doc


def _italic_rows(rows: list[tuple[float, str, str]], top: float = 700.0) -> list[bytes]:
    """Rows 11 pt apart in 9 pt Times Italic: a piece at its x, and the rest (if any) at ``COLUMN``."""
    out = []
    for at, (x, head, rest) in enumerate(rows):
        out.append(text_row(x, top - 11 * at, head, 9, b"I"))
        if rest:
            out.append(text_row(COLUMN, top - 11 * at, rest, 9, b"I"))
    return out


def _tables(doc: Parsed) -> list[list[list[str]]]:
    return [span.attrs["rows"] for span in doc.spans if span.label == "table"]


POLY = [
    (CODE, "zip", ":: [a] -> [b] -> [(a,b)]"),
    (CODE, "zip", "= zipWith (\\a b -> (a,b))"),
    (CODE, "zipWith", ":: (a -> b -> c) -> [a] -> [b] -> [c]"),
    (CODE, "zipWith z (a:as) (b:bs)", "= z a b : zipWith z as bs"),
    (CODE, "partition", ":: (a -> Bool) -> [a] -> ([a],[a])"),
    (CODE, "partition p xs", "= foldr select ([],[]) xs"),
]


def test_code_aligned_in_columns_is_a_code_block_in_the_text():
    """Six rows of a program in italic, names at the left, "::" and "=" and the right sides at one
    column: a `code` span in the text after its lead-in, a row a line, the right sides at one column
    of the lines; no table."""
    doc = _parse(_italic_rows(POLY))
    lines = code_lines(doc)
    assert [" ".join(line.split()) for line in lines] == [
        "zip :: [a] -> [b] -> [(a,b)]",
        "zip = zipWith (\\a b -> (a,b))",
        "zipWith :: (a -> b -> c) -> [a] -> [b] -> [c]",
        "zipWith z (a:as) (b:bs) = z a b : zipWith z as bs",
        "partition :: (a -> Bool) -> [a] -> ([a],[a])",
        "partition p xs = foldr select ([],[]) xs",
    ]
    assert len({line.index(" ::" if "::" in line else " =") for line in lines}) == 1  # one column
    assert _tables(doc) == []
    assert doc.text.index(LEAD_IN) < doc.text.index("zip") < doc.text.index(AFTER)


def test_rows_alone_over_an_aligned_clause_are_its_code():
    """Two rows of one piece each ("options :: …", "options = …") right over an aligned "where"
    clause of four rows in three columns: one code block of six lines, in order, not a paragraph of
    the two over a table of the four."""
    rows = [
        [(CODE, "options :: [String] -> ([Class],[String])")],
        [(CODE, "options = foldr (<|) ([],[])")],
        [(89.0, 'where "-align"'), (160.0, "<| (ds,s:as)"), (225.0, "= (Dir Align s:ds, as)")],
        [(120.0, "('-':'i':s)"), (160.0, "<| (ds, as)"), (225.0, "= (Dir Include s:ds, as)")],
        [(120.0, "('-':'l':s)"), (160.0, "<| (ds, as)"), (225.0, "= (Dir Let s:ds, as)")],
        [(120.0, "s"), (160.0, "<| (ds, as)"), (225.0, "= (ds,s:as)")],
    ]
    doc = _parse(
        [text_row(x, 700 - 11 * at, text, 9, b"I") for at, row in enumerate(rows) for x, text in row]
    )
    assert [" ".join(line.split()) for line in code_lines(doc)] == [
        "options :: [String] -> ([Class],[String])",
        "options = foldr (<|) ([],[])",
        'where "-align" <| (ds,s:as) = (Dir Align s:ds, as)',
        "('-':'i':s) <| (ds, as) = (Dir Include s:ds, as)",
        "('-':'l':s) <| (ds, as) = (Dir Let s:ds, as)",
        "s <| (ds, as) = (ds,s:as)",
    ]
    assert _tables(doc) == []
    assert "[String]) options" not in doc.text


def test_a_table_of_descriptions_stays_a_table():
    """Names beside descriptions in words ("spaces a" | "how to format the whitespace contained in
    a"): no program's signs, a table as before."""
    rows = [
        (CODE, "spaces a", "how to format the whitespace contained in a"),
        (CODE, "special a", "how to format the special character a"),
        (CODE, "verbatim a", "how to format an already translated verbatim block a"),
        (CODE, "numeral a", "how to format a numeral a"),
    ]
    doc = _parse(_italic_rows(rows))
    assert _tables(doc) == [[[head, rest] for _, head, rest in rows]]
    assert code_lines(doc) == []


def test_bird_style_code_in_cmtex_is_monospaced():
    """Bird-style lines set in cmtex8 (Knuth's extended-ASCII typewriter), their pieces at columns
    3.2 pt wide: a listing, laid out column for column; it was no monospaced font to the reader, so
    the block went out as a table."""

    def piece(column: int, row: int, text: str) -> bytes:
        return text_row(CODE + 3.2 * column, 700 - 9.5 * row, text, 8, b"T")

    doc = _parse(
        [
            piece(0, 0, "> rep_alg"),
            piece(16, 0, "="),
            piece(19, 0, "(\\ _"),
            piece(35, 0, "-> \\m -> Leaf m"),
            piece(0, 1, ">"),
            piece(19, 1, ",\\ lfun rfun"),
            piece(35, 1, "-> \\m -> let lt = lfun m"),
            piece(0, 2, ">"),
            piece(19, 2, ")"),
            piece(0, 3, "> replace_min t ="),
            piece(19, 3, "(cata_Tree rep_alg t) (cata_Tree min_alg t)"),
        ]
    )
    assert code_lines(doc) == [
        "> rep_alg       =  (\\ _            -> \\m -> Leaf m",
        ">                  ,\\ lfun rfun    -> \\m -> let lt = lfun m",
        ">                  )",
        "> replace_min t =  (cata_Tree rep_alg t) (cata_Tree min_alg t)",
    ]
    assert _tables(doc) == []
