"""An input file set in the text font, one keyword and its values a line: code, not prose.

A program's input file printed as plain LaTeX lines ("acell 3*30" / "ecut 100" / "diemac 1.0d0" /
… / "prtelf 1 #output a _ELF file.", abinit's test_report_elf.pdf p. 4) is set in roman, not
typewriter, so the reflow joined its short lines into two prose paragraphs, and the rows of a
matrix inside it ("symrel" over "1 0 0  0 1 0  0 0 1" / …) were cut out as a table, the listing
parted at the cut. ``keyword_listings`` marks such a block monospaced: it reads as a listing, one
line per printed line, its matrix rows in place (a listing's rows are no table's cells). A BibTeX
file printed so ("@book{cle1," / "Author = {Διογένης}," / … / "Year = {2009}}", BibTeXu's test.pdf,
in the text font with math braces) is such an input file too (``record_listings``): read as prose,
each field was a paragraph, which the purity trim judged by its value's language and cut.
"""

from __future__ import annotations

import re
from dataclasses import replace

from sloika.pipelines.formats.pdf_line_record import Line
from sloika.pipelines.formats.pdf_page_rows import ALIGN_EDGE, TABLE, _page_rows

KEY_LINES = 5  # lines of a keyword and its values, at least, that make a block an input file
ROW_GAP = 0.5  # em: a block's next row stands at most this far under the last
# a keyword in one case, an identifier ("acell", "NSTEP"): no capitalised word, a sentence's or a name's
KEYWORD = r"(?:[a-z_][a-z0-9_]*|[A-Z_][A-Z0-9_]*)"
# a value: a number, maybe repeated or with a Fortran exponent ("100", "3*0.25", "1.0d-14"), or a
# matrix row's numbers the page sets together ("0-1")
VALUE = r"[-+\d.*]*\d[-+\d.*]*(?:[dDeE][-+]?\d+)?"
COMMENT = r"(?: +[#!].*)?"  # a comment after the values: "#output a _ELF file."
KEY_VALUES = re.compile(rf"{KEYWORD}(?: {VALUE})+{COMMENT}")
# any line of such a block: a keyword and its values, a keyword over its values' rows ("symrel"), or
# a row's piece of values ("1 0 0")
SETTING = re.compile(rf"(?:{KEYWORD}|{VALUE})(?: {VALUE})*{COMMENT}")
# a BibTeX record's lines: its head ("@book{cle1,"), a field whose value is braced, quoted or a
# number ("Author = {Διογένης},", "year=2009,", "Year = {2009}}": the record's brace closing it), its
# closing brace alone
RECORD_HEAD = re.compile(r"@[A-Za-z]+ *\{[^\s,{}]*,")
RECORD_LINE = re.compile(rf"{RECORD_HEAD.pattern}|[A-Za-z][\w-]* *= *(?:\{{.*\}}|\".*\"|\d+)\}}?,?|\}}")
RECORD_LINES = 3  # lines of records, at least, in a run that holds a head or an end: a listing
RECORD_GAP = 1.5  # em: a record's next row stands at most this far under the last (a blank line parts two)


def keyword_listings(page: list[Line]) -> list[Line]:
    """The page with the lines of each input file set in the text font marked monospaced
    (``_settings``): code, read as a listing, however short its lines."""
    text = [ln for ln in page if not ln.mono and not ln.text.startswith(TABLE)]
    rows = _page_rows(text)
    found: set[int] = set()
    at = 0
    while at < len(rows):
        block = _settings(rows[at:])
        if sum(bool(KEY_VALUES.fullmatch(row[0].text)) for row in block) >= KEY_LINES:
            found.update(id(ln) for row in block for ln in row)
        at += max(len(block), 1)
    return record_listings([replace(ln, mono=True) if id(ln) in found else ln for ln in page])


def record_listings(page: list[Line]) -> list[Line]:
    """The page with the lines of each run of BibTeX records (``_record_runs``) marked monospaced,
    in whatever font: a .bib file's listing is code, one line a field. A field whose value is in
    another script may be set in another font than its neighbours (alpha-persian's Persian values):
    the run takes monospaced and proportional lines alike."""
    rows = _page_rows([ln for ln in page if not ln.text.startswith(TABLE) and not _line_number(ln)])
    found = {id(ln) for run in _record_runs(rows) for row in run for ln in row if not ln.mono}
    return [replace(ln, mono=True) if id(ln) in found else ln for ln in page]


def _line_number(line: Line) -> bool:
    """A listing's printed line number ("١٢" beside alpha-persian's fields): no piece of its row."""
    return line.text.strip().isdigit()


def _record_runs(rows: list[list[Line]]) -> list[list[list[Line]]]:
    """The runs of rows, each a record's line (``RECORD_LINE``, the row's pieces read left to right),
    each within ``RECORD_GAP`` em under the last, that hold a record's head or closing brace and
    ``RECORD_LINES`` lines at least."""
    runs: list[list[list[Line]]] = [[]]
    for row in rows:
        text = " ".join(ln.text.strip() for ln in sorted(row, key=lambda ln: ln.x0))
        if not RECORD_LINE.fullmatch(text):
            runs.append([])
            continue
        last = runs[-1][-1] if runs[-1] else None
        if last and min(ln.top for ln in row) - max(ln.bottom for ln in last) > RECORD_GAP * row[0].size:
            runs.append([])
        runs[-1].append(row)
    return [run for run in runs if len(run) >= RECORD_LINES and any(map(_record_edge, run))]


def _record_edge(row: list[Line]) -> bool:
    """The row opens a record ("@book{cle1,") or closes one ("}" alone: the end of a record that a
    page break parted from its head)."""
    return any(RECORD_HEAD.fullmatch(ln.text.strip()) or ln.text.strip() == "}" for ln in row)


def _settings(rows: list[list[Line]]) -> list[list[Line]]:
    """The rows from the first down that make an input file's block: each of settings only
    (``SETTING``), its first line at the first row's left edge, within ``ROW_GAP`` em under the
    row over it."""
    first = min(rows[0], key=lambda ln: ln.x0)
    block: list[list[Line]] = []
    for row in rows:
        start = min(row, key=lambda ln: ln.x0)
        if (
            abs(start.x0 - first.x0) > ALIGN_EDGE * first.size
            or not all(SETTING.fullmatch(ln.text) for ln in row)
            or (block and start.top - max(ln.bottom for ln in block[-1]) > ROW_GAP * start.size)
        ):
            break
        block.append(sorted(row, key=lambda ln: ln.x0))
    return block
