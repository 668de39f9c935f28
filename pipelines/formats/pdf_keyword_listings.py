"""An input file set in the text font, one keyword and its values a line: code, not prose.

A program's input file printed as plain LaTeX lines ("acell 3*30" / "ecut 100" / "diemac 1.0d0" /
… / "prtelf 1 #output a _ELF file.", abinit's test_report_elf.pdf p. 4) is set in roman, not
typewriter, so the reflow joined its short lines into two prose paragraphs, and the rows of a
matrix inside it ("symrel" over "1 0 0  0 1 0  0 0 1" / …) were cut out as a table, the listing
parted at the cut. ``keyword_listings`` marks such a block monospaced: it reads as a listing, one
line per printed line, its matrix rows in place (a listing's rows are no table's cells).
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
    return [replace(ln, mono=True) if id(ln) in found else ln for ln in page]


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
