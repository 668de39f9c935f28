"""A page's lines by row, and what every layout step shares: the placeholders and the body size.

The layout (``pdf_layout.lay_out``) runs in steps, each in its own module; they all group lines into
rows, test a line for prose, measure sizes against the body's and set placeholder lines (``TABLE``,
``CONTENTS``, ``DEBRIS``) where lines left the text. Those shared pieces stand here, below every step,
so that no step imports another for them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from sloika.pipelines.formats.pdf_line_order import NUMBERS_ONLY
from sloika.pipelines.formats.pdf_line_record import MARK, WORD, Line, Rule, body_size
from sloika.pipelines.formats.pdf_lines import CODE, DATE

TABLE = "\ue002"  # a placeholder line's text starts with it; the table's index follows
CONTENTS = "\ue005"  # ... and a contents page's, its index in ``Layout.contents`` following
DEBRIS = "\ue006"  # ... and a debris line's (``pdf_debris``), its index in ``Layout.debris`` following
DISPLAY = "\ue020"  # a display formula kept as one line (``pdf_display_formulas``): its text follows
# a contents line's end: "Сноски ....... 12"; three dots lead only to a page number, else they are
# an ellipsis ending a line of prose ("• or even by \\input{⟨pkg⟩.sty} ...", commado.pdf); or a run
# of colons after the entry's title, dots a TeX math font prints but maps to ":" (feffit.pdf's
# "2 Input and Output Files::::::::"), no "::" of code, no ratio ("1:2")
LEADERS = re.compile(
    r"(?:(?:[.…·] ?){4,}\s*\d{0,4}|(?:[.…·] ?){3}\s*\d{1,4}|(?<=[^\s:]) ?(?:: ?){4,}\s*\d{0,4})$"
)
TOUCH = 2.0  # pt: rules this close touch
ALIGNED_ROWS = 3  # rows of side-by-side lines that make an aligned block
PROSE_LETTERS = 20  # a column beside a table whose lines have this many letters (median) is prose
SIZE_STEP = 0.3  # pt: font sizes closer than this are one size
ALIGN_EDGE = 0.1  # em: a cell's edge this close to another row's cell's stands in one column with it
ITEM_END = re.compile(r"\d;\s*$")  # "2.105-95;": a number that ends a list's item
DOI_NUMBER = re.compile(r"10\.\d{4,9}/")  # a token that opens with a DOI's prefix
PROSE_WORDS = 3  # different words a prose line beside a margin name has at least
# one to three lower-case words, no sentence end: a clause's link between displays, "and", "where,"
CONNECTIVE = re.compile(r"[a-z]+(?: [a-z]+){0,2}[,:]?")
# the words that join a sentence's clauses around its formulas
CONNECTIVES = frozenset(
    {"and", "or", "but", "where", "with", "then", "thus", "hence", "so", "since", "because", "if", "when"}
    | {"while", "whence", "therefore", "equivalently", "respectively", "similarly", "finally", "also"}
    | {"else", "otherwise", "that", "is", "for", "all"}
)


def clause_link(text: str) -> bool:
    """The text is a clause's link alone (``CONNECTIVE``, its words all ``CONNECTIVES``: "where,",
    "and", "or equivalently"): the words a sentence sets between its displays."""
    words = text.strip()
    return bool(CONNECTIVE.fullmatch(words)) and set(words.rstrip(",:").split()) <= CONNECTIVES


# "...)", "...))": a code form's elided rest and its closing parentheses
FORM_CLOSE = re.compile(r"(?:\.{3}|…)?\)+")


@dataclass
class Table:
    """A table taken out of the text: its rows of cells and the page it stood on (0-based)."""

    page: int
    rows: list[list[str]]
    ruled: bool
    box: Rule | None = None  # where its lines stand: x0, top, x1, bottom
    caption: str | None = None  # a title in capitals set over it ("REVISION HISTORY"), out of the text
    columns: tuple[tuple[float, float], ...] = ()  # each column's left and right edge, left to right
    form: bool = False  # a sign-off form's (``pdf._sign_off_forms``): out of the text before any heading


def _numbers_only(line: Line) -> bool:
    """A line of digits and punctuation alone that is no text: not a listing's (its line numbers),
    not a date ("22.06.93" under a signature), not a code ("31 1398", a product's in a form), not
    a number ending an item of a list ("… по ГОСТ" + "2.105-95;": no page number or cell ends in ";"),
    not a DOI ("10.1080/00031305.2017.1375990.", a reference's under its "doi:")."""
    text = MARK.sub("", line.text)
    return (
        bool(NUMBERS_ONLY.match(text))
        and not line.mono
        and not DATE.match(text)
        and not CODE.match(text)
        and not ITEM_END.search(text)
        and not DOI_NUMBER.match(text.strip())
    )


def form_closers(lines: list[Line]) -> set[int]:
    """The indexes of the lines that close a code form (``FORM_CLOSE``: an ellipsis and closing
    parentheses alone, no digit) while the lines read before them leave that many parentheses
    open. A Lisp quick reference sets its forms in the text font, "(block" / "exp1" / "exp2" /
    "...)"; taken for numbers, the closing lines went and no form ever closed. A bracket whose
    glyphs read as a rendered formula (``Line.formula``: the math extension font's big ")") closes
    a display's bracket, no form's: kept, it stood alone as a paragraph under its cut display
    (kedd.pdf p. 13's ")" after "where,")."""
    closers, still_open = set(), 0
    for at, line in enumerate(lines):
        text = MARK.sub("", line.text).replace(" ", "")
        if FORM_CLOSE.fullmatch(text) and still_open >= text.count(")") and not line.formula:
            closers.add(at)
        still_open = max(0, still_open + text.count("(") - text.count(")"))
    return closers


def _placed(page: list[Line], line: Line, placeholder: str) -> list[Line]:
    """The page with the placeholder of a line taken out after the last prose line above it (before
    the first when none is, after the placeholders put there before it: a listing's line numbers
    atop a page stay in their order), in that line's place and size: the reflow reads past it, and
    its gaps, margins and body size come out as they were without it (a listing's line is no
    anchor: a placeholder between two code lines would part the listing). It keeps the taken line's
    ``formula`` flag: a display cut there parts the sentences around it (``_formula_cut``), as one
    cut later does (markovchain's "which simplifies to" ran into "Using Bayes’ theorem …" overleaf,
    past the aligned display cut atop the page)."""
    prose = [at for at, ln in enumerate(page) if not ln.mono]
    if not prose:
        return [*page, replace(line, text=placeholder)]
    above = [at for at in prose if page[at].top <= line.top]
    at = max(above, key=lambda i: (page[i].top, i)) if above else prose[0]
    mark = replace(page[at], text=placeholder, formula=line.formula)
    if above:
        return [*page[: at + 1], mark, *page[at + 1 :]]
    at = next((i for i in prose if not page[i].text.startswith(DEBRIS)), prose[-1] + 1)
    return [*page[:at], mark, *page[at:]]


def _inside(line: Line, region: Rule) -> bool:
    x, y = (line.x0 + line.x1) / 2, (line.top + line.bottom) / 2
    return region[0] <= x <= region[2] and region[1] <= y <= region[3]


def _prose_line(line: Line, text: str) -> bool:
    """A line of prose: ``_prose_words`` and ``PROSE_LETTERS`` letters or more, without a contents
    entry's leaders ("white spots ....... 18": a change log's entry is a cell)."""
    letters = sum(char.isalpha() for char in text)
    return _prose_words(line) and letters >= PROSE_LETTERS and not LEADERS.search(text)


def _without(lines: list[Line], gone: list[Line]) -> list[Line]:
    ids = {id(line) for line in gone}
    return [line for line in lines if id(line) not in ids]


def _index(lines: list[Line], line: Line) -> int:
    return next(i for i, other in enumerate(lines) if other is line)


def _page_rows(lines: list[Line]) -> list[list[Line]]:
    """Lines grouped into rows (they overlap vertically), top to bottom."""
    rows: list[list[Line]] = []
    for line in sorted(lines, key=lambda ln: ln.top):
        if rows and _same_row(rows[-1][0], line):
            rows[-1].append(line)
        else:
            rows.append([line])
    return rows


def _rows(lines: list[Line]) -> list[list[str]]:
    """Lines grouped into rows (they overlap vertically), cells left to right; a cell keeps its raised
    marks for ``pdf_debris.unnoted_marks_kept`` to tell an exponent from a note's mark."""
    rows = _page_rows(lines)
    return [[ln.text for ln in sorted(row, key=lambda ln: ln.x0)] for row in rows]


def _same_row(a: Line, b: Line) -> bool:
    return min(a.bottom, b.bottom) - max(a.top, b.top) > 0.5 * min(a.bottom - a.top, b.bottom - b.top)


def _side_by_side(a: Line, b: Line) -> bool:
    apart = b.x0 > a.x1 + 0.5 * a.size or a.x0 > b.x1 + 0.5 * a.size
    return apart and _same_row(a, b)


def _over(a: Line, b: Line) -> bool:
    """The two lines share some of their width (one column), not on one row."""
    return a.x0 < b.x1 and b.x0 < a.x1 and not _same_row(a, b)


def _prose_words(line: Line) -> bool:
    """A line of prose: not monospaced, with ``PROSE_WORDS`` different words at least (a drawing's
    unmapped glyphs, "(cid:196)(cid:196)…", have one)."""
    return not line.mono and len(set(WORD.findall(line.text.lower()))) >= PROSE_WORDS


def _columns(lines: list[Line]) -> list[list[Line]]:
    """Lines grouped by overlapping horizontal extent, left to right."""
    columns: list[tuple[float, float, list[Line]]] = []
    for line in sorted(lines, key=lambda ln: ln.x0):
        if columns and line.x0 <= columns[-1][1]:
            x0, x1, members = columns[-1]
            columns[-1] = (x0, max(x1, line.x1), [*members, line])
        else:
            columns.append((line.x0, line.x1, [line]))
    return [members for _, _, members in columns]


def _prose_size(pages: list[list[Line]]) -> float:
    """The body size of the prose, lines set monospaced aside: a .dtx manual sets more code (9 pt)
    than prose (10 pt), and its 8 pt footnotes were no smaller than ``FOOTNOTE_SIZE`` of the code's
    size, so they stayed inside the sentence their page ended (babel-greek.pdf)."""
    prose = [[line for line in page if not line.mono] for page in pages]
    return body_size(prose) if any(prose) else body_size(pages)
