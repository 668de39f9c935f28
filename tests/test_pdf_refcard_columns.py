"""A reference card set in two columns of key bindings (issue 15, check 57 row 02: SLIME's
refcard.pdf). Each binding is a bold key flush left and its description flush right, blocks of them
under headings, the columns 10 pt apart (TeX's \\columnsep). No prose line finds the gutter, so the
card was read as one table across both columns, a key beside the other column's description
("C-h m | describe mode | Disassembly"); a description long enough to fill its row was read with
its key as one line and left the table ("C-h b list the current key-bindings for the focus"), the
word it wrapped onto the next line a row of its own ("buffer"); and a key sequence set with TeX's
word spaces and no space glyph, its letters touching its hyphens, read "C-cC-dd". Texts written for
this test."""

from __future__ import annotations

from functools import cache

from pdf_objects import HELVETICA, HELVETICA_BOLD, escaped, helvetica_width, one_page
from pdfminer.fontmetrics import FONT_METRICS

from sloika.pipelines.formats.pdf import parse_pdf

SIZE, SECTION, LEADING = 10, 12, 12
COLUMNS = ((72.0, 292.0), (302.0, 522.0))  # each column's left and right edge: 10 pt apart
TOP = 680.0
TITLE = "Editor Quick Reference Card"
LEFT = [
    ("Getting help", None),
    ("C-h k", "describe the key pressed next"),
    ("C-h m", "describe the current mode"),
    ("C-h b", "list the current key bindings for the focus|buffer"),  # "|": where it wraps
    ("C-h l", "show the keys you pressed"),
    ("Documentation", None),
    ("C-c C-d d", "describe symbol"),
    ("C-c C-d a", "apropos search for regexp"),
    ("C-c C-w s", "show assignments to global variables"),
    ("C-c C-d h", "hyperspec lookup"),
]
RIGHT = [
    ("Compilation", None),
    ("C-c C-c", "compile defun"),
    ("C-c C-k", "compile and load file"),
    ("C-c M-k", "compile file"),
    ("C-c C-t", "toggle tracing of the function at point"),
    ("Evaluation", None),
    ("C-M-x", "eval defun"),
    ("C-x C-e", "eval last expression"),
    ("C-c C-r", "eval region"),
    ("C-c M-p", "set package in the listener"),
]
BOLD_WIDTHS = FONT_METRICS["Helvetica-Bold"][1]


def _key(x: float, y: float, key: str) -> tuple[bytes, float]:
    """The key in bold at (x, y), its words a third of an em apart with no space glyph (TeX's word
    space), and where it ends."""
    words = key.split(" ")
    shown = b" -333 ".join(b"(%s)" % escaped(word) for word in words)
    width = sum(BOLD_WIDTHS[char] for char in "".join(words)) * SIZE / 1000 + 3.33 * (len(words) - 1)
    return b"BT /F2 %d Tf %.2f %.2f Td [%s] TJ ET" % (SIZE, x, y, shown), x + width


def _flush_right(right: float, y: float, text: str, start: float | None = None) -> bytes:
    """``text`` in the roman face ending at ``right``; from ``start`` where given, its word spaces
    widened to fill the row (``Tw``), as a justified line's are."""
    natural = helvetica_width(text, SIZE)
    spacing = 0.0 if start is None else (right - start - natural) / text.count(" ")
    start = right - natural if start is None else start
    assert spacing >= 0, text  # set every time: the next text objects keep it
    return b"BT /F1 %d Tf %.3f Tw %.2f %.2f Td (%s) Tj ET" % (SIZE, spacing, start, y, escaped(text))


def _column(rows: list[tuple[str, str | None]], left: float, right: float) -> list[bytes]:
    """A column's blocks: each heading in bold over its bindings, a description too long for its
    row filling it from just after its key and wrapped onto the next line at the column's edge."""
    drawn, y = [], TOP
    for key, description in rows:
        if description is None:  # a column's first heading a section's, larger; the others its blocks'
            y -= LEADING / 2
            size = SECTION if y > TOP - LEADING else SIZE
            drawn.append(b"BT /F2 %d Tf 0 Tw %.2f %.2f Td (%s) Tj ET" % (size, left, y, escaped(key)))
        else:
            shown, end = _key(left, y, key)
            drawn.append(shown)
            first, _, wrapped = description.partition("|")
            drawn.append(_flush_right(right, y, first, end + 1.1 * SIZE if wrapped else None))
            if wrapped:
                y -= LEADING
                drawn.append(b"BT /F1 %d Tf 0 Tw %.2f %.2f Td (%s) Tj ET" % (SIZE, left, y, escaped(wrapped)))
        y -= LEADING
    return drawn


def _card() -> bytes:
    title = b"BT /F1 17 Tf %.2f %.2f Td (%s) Tj ET" % (
        (COLUMNS[0][0] + COLUMNS[1][1] - helvetica_width(TITLE, 17)) / 2,
        TOP + 40,
        escaped(TITLE),
    )
    drawn = [title, *_column(LEFT, *COLUMNS[0]), *_column(RIGHT, *COLUMNS[1])]
    return one_page(b"\n".join(drawn), [(b"F1", HELVETICA), (b"F2", HELVETICA_BOLD)])


@cache
def _lines() -> list[str]:
    """The card's kept text, line by line (read once for all the tests)."""
    (doc,) = parse_pdf(_card())
    return [line for line in doc.text.split("\n") if line]


def test_a_two_column_card_is_read_column_by_column():
    lines = _lines()
    assert lines[0] == TITLE
    assert lines.index("Documentation") < lines.index("Compilation")
    assert lines.index("C-c C-d h | hyperspec lookup") < lines.index("Compilation")
    assert lines[lines.index("Compilation") + 1] == "C-c C-c | compile defun"
    assert lines[lines.index("Evaluation") + 1] == "C-M-x | eval defun"
    assert lines[-1] == "C-c M-p | set package in the listener"


def test_no_row_holds_two_columns_bindings():
    assert "C-h m | describe the current mode" in _lines()
    assert "C-c C-k | compile and load file" in _lines()
    assert not [line for line in _lines() if line.count(" | ") > 1]


def test_a_key_sequence_keeps_its_word_spaces():
    lines = _lines()
    assert "C-c C-d d | describe symbol" in lines
    assert "C-c C-d a | apropos search for regexp" in lines


def test_a_description_filling_its_row_is_its_keys_cell_and_wraps_into_it():
    lines = _lines()
    assert "C-h b | list the current key bindings for the focus buffer" in lines
    assert "buffer" not in lines
    assert "C-c C-w s | show assignments to global variables" in lines
    assert lines.index("C-h b | list the current key bindings for the focus buffer") < lines.index(
        "C-h l | show the keys you pressed"
    )
