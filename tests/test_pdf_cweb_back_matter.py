"""A CWEB manual's back matter (issue 15, twenty-fourth check row 2, re-read): an appendix's contents
entries whose numbers ("B.3") pdfminer read apart were a table and the list's end stayed text; an
index without a comma after its terms ("atof 20") was not known, and where its terms and numbers
were read apart its columns were tables; a reference's year under a line deepened by a lowered
letter was cut as a page number."""

from __future__ import annotations

from dataclasses import replace

from sloika.pipelines.formats.pdf_layout import lay_out
from sloika.pipelines.formats.pdf_line_record import Line
from sloika.pipelines.formats.pdf_page_rows import CONTENTS, TABLE


def line(
    text: str, x0: float, top: float, page: int = 0, size: float = 10.0, depth: float = 0.0, x1: float = 0.0
) -> Line:
    """A line 5 pt a character wide, or ending at ``x1``; ``depth``: how far a glyph below the
    baseline deepens its box."""
    return Line(page, text, x0, x1 or x0 + 5 * len(text), top, top + size + depth, size, 842.0)


def _leaders(title: str, number: int) -> str:
    return f"{title} {'.' * (58 - len(title))} {number}"


def _contents_pages() -> list[list[Line]]:
    """A contents list over two pages, its leaders all ending at one right edge; the second lists an
    appendix where every other entry's number stands apart from its title, 1.5 em to the left
    (pdfminer reads them as lines of their own)."""
    first = [line("Contents", 100, 80)]
    first += [
        line(_leaders(f"{n} Chapter number {n}", 10 * n), 100, 100 + 14 * n, x1=394) for n in range(1, 9)
    ]
    second = [line("Appendix", 82, 80, 1), line("A Reading files backwards", 62, 94, 1)]
    for n in range(1, 9):
        top, title = 94 + 14 * n, _leaders(f"Part {n}", 180 + n)
        if n % 2:
            second += [line(f"A.{n}", 82, top, 1, x1=97), line(title, 112, top, 1, x1=394)]
        else:
            second += [line(f"A.{n} {title}", 82, top, 1, x1=394)]
    return [first, second]


def test_appendix_entries_whose_numbers_were_read_apart_are_whole_contents_entries():
    """ "A.1" | "Part 1 ....... 181" is one entry, as "1.1" | "…" is, not a table's row: the page is
    the list's run on, whole."""
    pages = _contents_pages()
    layout = lay_out(pages, [[], []])
    appendix = ["Appendix", "A Reading files backwards"]
    appendix += [f"A.{n} " + _leaders(f"Part {n}", 180 + n) for n in range(1, 9)]
    assert layout.tables == []
    assert layout.contents[1] == ("contents", "\n".join(appendix))
    assert [ln.text for ln in layout.pages[1]] == [f"{CONTENTS}1"]


INDEX = ["argc 179, 217, 220", "argv 179–181, 217", "atof 20", "atoi 56", "B", "backslash 53", "bits 23–26"]
INDEX += ["buffer 103, 122, 132–136,", "C", "calloc 120", "ceil 26"]


def test_index_without_commas_after_its_terms_is_an_index_under_its_letter_headings():
    """CWEB's index sets a term and its numbers without a comma ("atof 20"): under letter headings
    such lines are an index, whole, from its first letter heading (a page of the index with no
    "Index" heading over it: its two entries with commas alone are too few)."""
    texts = ["A", "abort 7", "abs 12", *INDEX]
    layout = lay_out([[line(text, 100, 100 + 14 * at) for at, text in enumerate(texts)]], [[]])
    assert layout.contents == [("index", "\n".join(texts))]


def test_short_lines_ending_in_numbers_without_an_index_cue_stay_text():
    """The same lines' shape without an index heading or letter headings ("Figure 12", a year) is
    no index."""
    texts = ["Apples 12", "Pears 30", "Plums 7", "Cherries 44", "Grapes 18", "Melons 9"]
    layout = lay_out([[line(text, 100, 100 + 14 * at) for at, text in enumerate(texts)]], [[]])
    assert layout.contents == []


def test_index_columns_whose_terms_and_numbers_were_read_apart_go_with_the_index():
    """The index's next page, two columns whose terms and numbers pdfminer read as lines of their
    own, is taken for a table; its rows are index entries, so it goes on the index, its rows in
    the index's record, and no table is left in the text."""
    first = [line(text, 100, 100 + 14 * at) for at, text in enumerate(["Index", "A", *INDEX])]
    terms = ["deflate", "digits", "dimen", "double", "dvi", "dx"]
    others = ["edge", "entry", "exit", "exp", "extent", "eval"]
    second = [line("D", 60, 86, 1), line("E", 300, 86, 1)]
    for n, (term, other) in enumerate(zip(terms, others, strict=True)):
        top = 100 + 14 * n
        second += [line(term, 60, top, 1), line(f"{130 + n}", 130, top, 1)]
        second += [line(other, 300, top, 1), line(f"{140 + n}, {150 + n}", 370, top, 1)]
    layout = lay_out([first, second], [[], []])
    assert [ln.text for ln in layout.pages[1]] == [f"{CONTENTS}1"]
    rows = ["D E", "deflate 130 edge 140, 150", "digits 131 entry 141, 151", "dimen 132 exit 142, 152"]
    rows += ["double 133 exp 143, 153", "dvi 134 extent 144, 154", "dx 135 eval 145, 155"]
    assert layout.contents[1] == ("index", "\n".join(rows))
    assert not any(TABLE in record for _, record in layout.contents)


def test_index_page_run_on_is_the_indexs_from_its_top():
    """The index's next page opens with a name listed without numbers (a macro's, in typewriter)
    over entries without commas: from the page's top all is the index's, no line left as text."""
    first = [line(text, 100, 100 + 14 * at) for at, text in enumerate(["Index", "A", *INDEX])]
    texts = ["REALLOCATE", "realloc 120", "ref 72, 114, 156", "relative 139", "S", "scan 2, 181"]
    second = [replace(line(text, 100, 100 + 14 * at, 1), mono=not at) for at, text in enumerate(texts)]
    layout = lay_out([first, second], [[], []])
    assert layout.contents[1] == ("index", "\n".join(texts))
    assert [ln.text for ln in layout.pages[1]] == [f"{CONTENTS}1"]


def test_a_reference_year_under_a_line_deepened_by_a_lowered_letter_is_the_entrys():
    """A reference's line whose box a lowered letter deepens ("TeX"'s "E") reaches into the year
    hung under it; the year ends the entry, no page number."""
    texts = [
        "[16] A. Writer. A first paper on fonts for small screens. Journal of Type,",
        "37(3):277–280, 2016.",
        "[17] A. Writer. Converting a program to a new language. Journal of Type, 38(3):353–358,",
        "2017.",
        "[18] A. Writer. A third paper on the format of the files. Journal of Type, 39(3):1–5, 2018.",
    ]
    page = [
        line(texts[0], 62, 98),
        line(texts[1], 83, 109),
        line(texts[2], 62, 126, depth=2.1),
        line(texts[3], 83, 137),
        line(texts[4], 62, 154),
    ]
    layout = lay_out([page], [[]])
    assert [ln.text for ln in layout.pages[0]] == texts
    assert layout.debris == []
