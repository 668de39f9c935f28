"""Code typeset in the text's fonts and aligned in columns: a listing, not a table.

lhs2TeX's poly style (the polytable package), and papers that set Haskell, Agda or pseudo-code in
math italic, print a program in proportional and math fonts, its tokens aligned in columns: names
down the left, "::" and "=" down one column, the right sides down another. Such a block lines up like
a table, and ``pdf_aligned`` took it for one: the program left the text for a ``table`` span's cells,
and "This results in the following output:" led to nothing. A block whose rows read as a program's
lines (``program_lines``) is marked monospaced instead (``as_code``), so the code reader lays it out
as the page draws it, a row a line, its columns kept apart by spaces (``pdf_code_blocks``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from sloika.pipelines.formats.pdf_line_record import MARK, RUN_IN_GAP, Line
from sloika.pipelines.formats.pdf_page_rows import ALIGNED_ROWS, TABLE, _page_rows
from sloika.pipelines.formats.pdf_tables import _ends_sentence

# a program's sign: a type's "::", a definition's "=" or ":=", a grammar's "::=", an arrow ("→", "->",
# "←", "<-", "⇒", "=>"), a lambda, a guard's "|", an operator set as a symbol ("◁", "<|")
CODE_SIGN = re.compile(r"::|:=|->|<-|=>|<\||[=→←⇒λ◁|]")
# a sign no table of formulas or words sets, only a program: "::", ":=", "::=", an ASCII arrow, "<|",
# a lambda; or a row opening with a Bird track ("> main = …"), literate Haskell's code line
PROGRAM_SIGN = re.compile(r"::|:=|->|<-|=>|<\||λ|^>\s")
# a row's first piece: an identifier ("zipWith", "replace_min′", "map{|Unit|}"), a Bird track, a
# nonterminal ("⟨lhs⟩"), a directive ("%format"), or a sign or bracket a continued row opens with
# ("| otherwise = …", "(’-’: ’i’: s) ◁ …", "→ Map{[σ]} …", ", λlfun …")
ROW_OPENING = re.compile(r"[^\W\d][\w′’']*|[>%⟨_|(\[{,=→:;.-]")
PROSE_RUN = re.compile(r"(?:[^\W\d_]{2,}[,;]? ){3}[^\W\d_]{2,}")  # four words in a row: a phrase
CODE_SHARE = 2 / 3  # of the rows, at least, hold a program's sign (``CODE_SIGN``)
PROSE_SHARE = 1 / 3  # of the rows, at most, hold a phrase (``PROSE_RUN``): a comment
DIGIT_SHARE = 1 / 4  # of a block's letters and digits, at most, are digits: no table of figures
LEADING = 1.0  # em: a program's row over the block stands at most this far over its next row


def program_lines(page: list[Line], block: list[Line]) -> list[Line]:
    """``block``, an aligned block, with the program's rows right over it (``_rows_over``), where
    together they read as a program's lines (``_program``); else empty. A row with no piece beside
    another is no row of the block ("options :: [String] → …" / "options = foldr (◁) …" over lhs2TeX's
    aligned "where" clause): left out, it was joined into a paragraph of its own over the table."""
    lines = [*_rows_over(page, block), *block]
    return lines if _program([_row_text(row) for row in _page_rows(lines)]) else []


def _program(rows: list[str]) -> bool:
    """Whether the rows are a program's lines: ``ALIGNED_ROWS`` or more, each opening with an
    identifier, a Bird track or a sign (``ROW_OPENING``), ``CODE_SHARE`` of them holding a sign
    (``CODE_SIGN``) and one a sign only a program sets (``PROGRAM_SIGN``: "::", "->", "λ"), no row a
    sentence, at most ``PROSE_SHARE`` of them a phrase (a comment), few figures (``DIGIT_SHARE``). A
    table of words (lhs2TeX's "spaces a" | "how to format the whitespace contained in a") holds no
    such signs, a table of figures is figures, and a table of formulas sets no "::" or "->"."""
    rows = [row for row in rows if row]
    alnum = [char for row in rows for char in row if char.isalnum()]
    return (
        len(rows) >= ALIGNED_ROWS
        and all(ROW_OPENING.match(row) for row in rows)
        and sum(bool(CODE_SIGN.search(row)) for row in rows) >= CODE_SHARE * len(rows)
        and any(PROGRAM_SIGN.search(row) for row in rows)
        and not any(_ends_sentence(row) for row in rows)
        and sum(bool(PROSE_RUN.search(row)) for row in rows) <= PROSE_SHARE * len(rows)
        and sum(char.isdigit() for char in alnum) <= DIGIT_SHARE * len(alnum)
    )


def _program_row(text: str) -> bool:
    """A line of a program on its own: it opens as a row does (``ROW_OPENING``) and holds a sign
    (``CODE_SIGN``), no phrase (``PROSE_RUN``), no sentence, no colon that leads in to what follows
    ("… looks as follows:")."""
    return (
        bool(ROW_OPENING.match(text) and CODE_SIGN.search(text))
        and not PROSE_RUN.search(text)
        and not _ends_sentence(text)
        and not text.endswith(":")
    )


def _rows_over(page: list[Line], block: list[Line]) -> list[Line]:
    """The rows right over ``block``, each within ``LEADING`` em of the row under it and over the
    block's width (not another column's), that read as a program's lines (``_program_row``),
    nearest first, taken until one does not."""
    taken = {id(ln) for ln in block}
    left, right = min(ln.x0 for ln in block), max(ln.x1 for ln in block)
    rows = _page_rows([ln for ln in page if id(ln) not in taken and not ln.text.startswith(TABLE)])
    over: list[Line] = []
    top = min(ln.top for ln in block)
    for row in reversed(rows):  # from the bottom of the page up
        bottom = max(ln.bottom for ln in row)
        if min(ln.top for ln in row) >= top:
            continue  # on the block's rows or under them
        if (
            top - bottom > LEADING * row[0].size
            or not any(ln.x1 > left and ln.x0 < right for ln in row)
            or not _program_row(_row_text(row))
        ):
            break
        over = [*row, *over]
        top = min(ln.top for ln in row)
    return over


def _row_text(row: list[Line]) -> str:
    """A row's pieces left to right, their marks gone."""
    return " ".join(MARK.sub("", ln.text).strip() for ln in sorted(row, key=lambda ln: ln.x0)).strip()


def as_code(page: list[Line], lines: list[Line]) -> list[Line]:
    """The page with ``lines`` marked monospaced, in their places: the code reader takes them as a
    listing and lays out its rows as the page draws them; no formula's pieces (their math fonts are
    the program's signs), no run-in term's mark after a keyword set in bold ("type" before "Map{[∗]}").
    """
    ids = {id(ln) for ln in lines}
    return [
        replace(ln, text=RUN_IN_GAP.sub(" ", ln.text), mono=True, formula=False) if id(ln) in ids else ln
        for ln in page
    ]
