"""Definition lists' category labels (Texinfo's ``@deffn``) joined back to the heads they label.

Texinfo sets a definition's name at the margin and its category ("VSL Function", "[Macro]") flush
right on the same row; a plain TeX manual's reference entries set the category in italic at the
right edge of their indented block ("(is-a? object type)" … "Predicate"). pdfminer reads the labels
as a column of their own. Which lines are such labels is a vote over the document (the label texts
it sets at the full gap somewhere), and the join is a rule of one page's rows; both stand apart from
how a line is written.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import NamedTuple

from sloika.pipelines.formats.pdf_fonts import ITALIC, MONOSPACED, _font
from sloika.pipelines.formats.pdf_line_order import ROW_ALIGN, ROW_SHARE
from sloika.pipelines.formats.pdf_line_record import Line, _rows_shared

COLUMN_SLACK = 1.0  # pt: a full line's text ends this close to the column's right edge
NAME_WORDS = 3  # words a right-margin name has at most (\\marginpar's "MtoXratio", "\\HPlabel")
LABEL_GAP = 4.0  # em: a definition's category label stands at least this far right of its head
# em: a label the document sets LABEL_GAP apart elsewhere ("[Macro]") stands at least this far right of
# a head that fills its row (Texinfo narrows the gap down to two em before it wraps the signature, plain
# TeX's \hfill to what the head leaves: lang.pdf's "(dolist-count …). body)" 1.26 em from "Special Form",
# "(with-open-file (variable filename . options). body)" a word space from "Macro": ``label_apart``)
KNOWN_LABEL_GAP = 0.2
# a sentence's mark TeX sets its sentence space after: ".", "!" or "?" after no capital (plain TeX's
# space factor 999 keeps "U.S. army" a word space apart), closing brackets after it counting for nothing
SENTENCE_END = r"(?<![A-Z])[.!?][)\]\"'”’]*"
SENTENCE_SPACE = re.compile(f"({SENTENCE_END})  (?=\\S)")  # ... and its space read as two columns
ENDS_SENTENCE = re.compile(f"{SENTENCE_END}$")
SIZE_SAME = 0.2  # pt: two lines' font sizes this close are one size
COLUMN_WIDTH = 12.0  # em: a line of a text column beside another is at least this wide
GUTTER = 2.0  # em: a column's lines end at most this far left of where the column beside it starts


class Beside(NamedTuple):
    """A definition's head and the category label flush right on its row."""

    head: Line
    label: Line  # the label as one line: its wrapped rest joined in (``_label_wrapped``)
    parts: tuple[Line, ...]  # the page's lines the label is read from


Candidates = dict[int, Beside]  # a head's id to the head and the category label beside it


def _labels_by_heads(page: list[Line], candidates: Candidates, known: frozenset[str]) -> list[Line]:
    """The page with each definition's category label joined to its head (Texinfo's ``@deffn``: the
    name at the margin, "VSL Function" flush right on its row, the description indented under it),
    the label after two spaces, the line ending its paragraph (``Line.lead``): pdfminer read the
    labels as a column of their own, which stood as paragraphs away from their entries or made a
    table with the heads. Heads stacked one under the other (``@deffnx``) are one entry's: a run of
    them counts only where the line under it is indented past them (``_heads_over_description``).
    Of the page's ``candidates`` (``_labels_beside``), a label stands ``LABEL_GAP`` em or more right
    of its head, or ``KNOWN_LABEL_GAP`` where its text is ``known``; a signature wrapped onto the rows
    under its head (``_continuation``) reads in one with it, before the label."""
    beside = {
        at: near.label
        for at, near in candidates.items()
        if (_far(near.head, near.label) and not near.label.at_edge) or near.label.text.strip() in known
    }
    parts = {id(part) for at in beside for part in candidates[at].parts}
    heads = _heads_over_description(page, beside, parts)
    if not heads:
        return page
    labels = {id(part) for at in heads for part in candidates[at].parts}
    rest = [line for line in page if id(line) not in labels]
    wrapped = {id(head): rows for head in rest if id(head) in heads and (rows := _continuation(head, rest))}
    gone = labels | {id(row) for rows in wrapped.values() for row in rows}
    return [
        replace(
            line, text=_signature(line, wrapped.get(id(line), []), beside[id(line)]), lead=True, labelled=True
        )
        if id(line) in heads
        else line
        for line in page
        if id(line) not in gone
    ]


def _signature(head: Line, wrapped: list[Line], label: Line) -> str:
    """A definition's head as one line: its name and arguments, their wrapped rows, its label."""
    words = " ".join(line.text for line in [head, *wrapped])
    return f"{sentence_spaces_closed(words)}  {label.text}"


def sentence_spaces_closed(head: str) -> str:
    """A reference entry's typewriter ``head`` with each sentence's space one space
    (``SENTENCE_SPACE``): TeX sets the head as text, not as a verbatim listing, and widens the space
    after a sentence's mark by the font's extra space, which a typewriter font (cmtt, Courier) sets
    as wide as its word space, so lang.pdf's "(set! (variable-here? locale symbol) locative)" is
    drawn two columns after "!" and "?", and a monospaced line keeps a space for each column. A
    head whose words stand further apart elsewhere keeps its columns."""
    closed = SENTENCE_SPACE.sub(r"\1 ", head)
    return head if "  " in closed.strip() else closed


def label_apart(chars: list) -> int:
    """Where a reference entry's category label starts in the line pdfminer read it onto, else 0: a
    plain TeX manual sets a signature in typewriter and its category in italic flush right on its
    row, and where the signature leaves it a word space or so pdfminer reads both as one line
    (lang.pdf's "(with-open-file (variable filename . options). body) Macro", "Macro" 0.35 em after
    the ")"), so no label was found and the description ran on. The line opens in a monospaced face
    and ends in ``NAME_WORDS`` words at most in an italic face not monospaced, the first a capital
    and lower-case letters ("Macro", "Special Form": a metavariable in capitals, systemtap's "for
    (A; B; C) STATEMENT", is the signature's own), ``KNOWN_LABEL_GAP`` em or more after a monospaced
    glyph; whether that piece is a label is ``_labels_by_heads``' to say, as for one pdfminer read
    apart."""
    glyphs = [c for c in chars if not c.get_text().isspace()]
    if not glyphs or not MONOSPACED.search(_font(glyphs[0])):
        return 0
    start = len(glyphs)
    while start > 1 and _italic_roman(glyphs[start - 1]):
        start -= 1
    if start == len(glyphs) or not MONOSPACED.search(_font(glyphs[start - 1])):
        return 0
    first, before = glyphs[start], glyphs[start - 1]
    at = chars.index(first)
    words = "".join(c.get_text() for c in chars[at:]).split()
    spaced = first.x0 - before.x1 >= KNOWN_LABEL_GAP * first.size
    return at if spaced and words[0].istitle() and len(words) <= NAME_WORDS else 0


def _italic_roman(glyph) -> bool:
    """A glyph in an italic face that is not monospaced: a category label's, not a slanted argument's."""
    font = _font(glyph)
    return bool(ITALIC.search(font)) and not MONOSPACED.search(font)


def _category_labels(pages: list[list[Line]], candidates: list[Candidates]) -> frozenset[str]:
    """The texts the document sets as definitions' category labels at the full ``LABEL_GAP``
    ("[Macro]", "[User Option]"): a short line with one of these texts at the right edge is a label
    however near a head that fills its row."""
    found = set()
    for page, near in zip(pages, candidates, strict=True):
        beside = {at: b.label for at, b in near.items() if _far(b.head, b.label) and not b.label.at_edge}
        parts = {id(part) for at in beside for part in near[at].parts}
        found.update(beside[at].text.strip() for at in _heads_over_description(page, beside, parts))
    return frozenset(found)


def _labels_beside(page: list[Line]) -> Candidates:
    """The page's category labels that may be, by their heads' ids: each with its head, at least
    ``KNOWN_LABEL_GAP`` em apart (``_head_beside``) in its own column (``_across_columns``), its
    wrapped rest joined in (``_label_wrapped``), read once for both the document's known labels and
    the page's own. A head that is itself another head's label is none (two labels on one row)."""
    found = {}
    for label in page:
        head = _head_beside(label, page)
        if head is not None and not _across_columns(head, label, page):
            rest = _label_wrapped(head, label, page)
            joined = replace(label, text=_joined(label.text, rest.text)) if rest else label
            found[id(head)] = Beside(head, joined, (label, rest) if rest else (label,))
    labels = {id(part) for near in found.values() for part in near.parts}
    return {at: near for at, near in found.items() if at not in labels}


def _across_columns(head: Line, label: Line, page: list[Line]) -> bool:
    """Whether ``head`` and ``label`` stand in the page's two columns, one each: a line of column
    width (``COLUMN_WIDTH`` em) starts between them where no such line runs across, and one ends
    ``GUTTER`` em or less left of it (the gutter; a page number set there is no column's line).
    yacas' ref.book sets an entry's "(standard library)" flush right in the right column on the row
    under the entry's title, beside a line of the left column ("Calling format:"), no head of it."""
    left, right = (head, label) if head.x0 <= label.x0 else (label, head)
    wide = [line for line in page if line.x1 - line.x0 >= COLUMN_WIDTH * line.size]
    starts = {line.x0 for line in wide if left.x1 < line.x0 < right.x0}
    return any(
        not any(line.x0 < start - COLUMN_SLACK and line.x1 > start for line in wide)
        and any(0 <= start - line.x1 <= GUTTER * line.size for line in wide)
        for start in starts
    )


def _label_wrapped(head: Line, label: Line, page: list[Line]) -> Line | None:
    """The second line of an italic category label TeX wrapped beside a signature too long to leave
    it room ("(cerror continue-string format-string . format-args)" … "Opera-", then "tion" at the
    text's left margin): the row right under the label is one italic line of the label's size, left
    of the head's start, and both read as ``NAME_WORDS`` words at most."""
    if not label.italic:
        return None
    under = _row_under(head, page)
    if (
        under is None
        or not under.italic
        or abs(under.size - label.size) > SIZE_SAME
        or under.x1 > head.x0
        or sum(_rows_shared(line, under) for line in page) != 1
        or len(_joined(label.text, under.text).split()) > NAME_WORDS
    ):
        return None
    return under


def _joined(first: str, rest: str) -> str:
    """A label's two lines as one: a word hyphenated at the break ("Opera-", "tion") rejoined."""
    first, rest = first.strip(), rest.strip()
    if first.endswith("-") and first[-2:-1].isalpha() and rest[:1].islower():
        return first[:-1] + rest
    return f"{first} {rest}"


def _far(head: Line, label: Line) -> bool:
    """Whether ``label`` stands the full ``LABEL_GAP`` em right of its ``head``."""
    return head.x1 + LABEL_GAP * label.size <= label.x0


def _continuation(head: Line, page: list[Line]) -> list[Line]:
    """The rows under a definition's ``head`` when they are the head's wrapped signature: each alone
    on its row, in the head's size, an em or more right of the head's start, over a row that starts
    left of the last in another size (the description: Texinfo's "define-prefix-command name
    arglist [docstring] [keyword value]..." over "group... [body...]", both 12 pt, the 10.9 pt text
    under them; libtasn1.pdf's "int asn1_encode_simple_der (unsigned int etype, const unsigned"
    wrapped twice, "char * str, … unsigned int *" over "tl_len)", had its label read after its first
    row and the rest as a paragraph); past the first, a row is taken while the argument list is
    still open. Where the description is set in the head's size, nothing tells a wrapped signature
    from it: none is taken."""
    rows: list[Line] = []
    under = _row_under(head, page)
    while (
        under is not None
        and abs(under.size - head.size) <= SIZE_SAME
        and under.x0 >= head.x0 + head.size
        and sum(_rows_shared(line, under) for line in page) == 1
    ):
        rows.append(under)
        under = _row_under(under, page)
        if not _bracket_open([head, *rows]):
            break  # a row more is the signature's only while its argument list is open
    if (
        not rows
        or under is None
        or abs(under.size - head.size) <= SIZE_SAME
        or under.x0 > rows[-1].x0 - head.size
    ):
        return []
    return rows


def _bracket_open(lines: list[Line]) -> bool:
    """The lines' text opens more round brackets than it closes: a signature's argument list goes on."""
    text = "".join(line.text for line in lines)
    return text.count("(") > text.count(")")


def _head_beside(label: Line, page: list[Line]) -> Line | None:
    """The one line on ``label``'s row when ``label`` is a category label set flush right beside it:
    ``NAME_WORDS`` words at most with a letter, not monospaced, ending on the right edge of the page
    or of its block (``_at_right_edge``), ``KNOWN_LABEL_GAP`` em or more right of that line, which
    ends left of it (how far a label must stand, and whether one on the page's edge counts, is the
    caller's: ``_far``, ``at_edge``: a running head's title beside its page number is furniture)."""
    words = label.text.split()
    if not words or len(words) > NAME_WORDS or label.mono or not any(c.isalpha() for c in label.text):
        return None
    if not _at_right_edge(label, page):
        return None
    row = [line for line in page if line is not label and _rows_shared(line, label)]
    if len(row) != 1 or abs(row[0].bottom - label.bottom) > ROW_ALIGN * label.size:
        return None
    return row[0] if row[0].x1 + KNOWN_LABEL_GAP * label.size <= label.x0 else None


def _at_right_edge(label: Line, page: list[Line]) -> bool:
    """Whether ``label`` ends on the right edge of the page's text (no line ends further right) or,
    set in italic, of an indented block: another line of the page, off its row, ends where it does
    (a justified description's line, another entry's label: a manual that indents its entries on
    both sides). An upright line there is a table's right-aligned cell as often ("the argument" under
    "Definition")."""
    if label.x1 >= max(line.x1 for line in page) - COLUMN_SLACK:
        return True
    return label.italic and any(
        abs(line.x1 - label.x1) <= COLUMN_SLACK and not _rows_shared(line, label) for line in page
    )


def _heads_over_description(page: list[Line], beside: dict[int, Line], parts: set[int]) -> set[int]:
    """The ids of the heads in ``beside`` (a head's id to its label; ``parts``: the ids of the
    page's lines the labels are read from) that open a definition: the row right under a head,
    read from its left (``_row_under``), starts an em or more right of it (the description), or is
    the next head at its margin that does. A table's rows end at a line set back at their margin; a
    figure's panel labels ("(c) …", "(d) …" beside it) at none. A label set in italic beside an
    upright head (a plain TeX manual's "Operation", its description at the head's margin) opens a
    definition over whatever row follows its run of heads."""
    rest = [line for line in page if id(line) not in parts]
    found: set[int] = set()
    for head in page:
        run = [head] if id(head) in beside else []
        while run:
            under = _row_under(run[-1], rest)
            if under is not None and id(under) in beside and abs(under.x0 - head.x0) < head.size:
                run.append(under)
                continue
            indented = under is not None and under.x0 >= head.x0 + head.size
            if indented or (under is not None and _italic_beside(head, beside[id(head)])):
                found.add(id(head))
            break
    return found


def _italic_beside(head: Line, label: Line) -> bool:
    """Whether ``label`` is set in italic beside an upright ``head``: a category, not a table's cell
    set like its row's other."""
    return label.italic and not head.italic


def _row_under(line: Line, page: list[Line]) -> Line | None:
    """The leftmost line of the row right under ``line`` on the page, None where none is."""
    below = [other for other in page if other.top > line.bottom - ROW_SHARE * line.size]
    if not below:
        return None
    top = min(below, key=lambda other: other.top)
    return min((other for other in below if _rows_shared(other, top)), key=lambda other: other.x0)


def _labels_pushed_under(page: list[Line], known: frozenset[str]) -> list[Line]:
    """The page with each category label TeX pushed onto the row under its head joined to it: a
    signature that runs past the right edge ("(funny-wind-protect before abnormal-before form after
    abnormal-after)") leaves its label ("Special Form") no room, and it starts the next row at the
    text's left margin, alone on it, an em or more left of where the head starts. Only a text the
    document sets as a label elsewhere (``known``) in italic is read so; the head's row ends its
    paragraph there (``Line.lead``), as a label beside it does."""
    joined: dict[int, Line] = {}
    for label in page:
        head = _head_over(label, page) if label.italic and label.text.strip() in known else None
        if head is not None:
            joined[id(head)] = replace(
                head,
                text=f"{sentence_spaces_closed(head.text)}  {label.text.strip()}",
                lead=True,
                labelled=True,
            )
            joined[id(label)] = label
    if not joined:
        return page
    return [joined.get(id(line), line) for line in page if joined.get(id(line)) is not line]


def _head_over(label: Line, page: list[Line]) -> Line | None:
    """The last line of the row right over ``label`` when ``label`` stands alone on its row, starts
    an em or more left of that row and is its size, nothing of that row is italic, and that line
    stands in ``label``'s column (``_across_columns``); else None."""
    if sum(_rows_shared(line, label) for line in page) != 1:
        return None
    above = [line for line in page if line.bottom < label.top + ROW_SHARE * label.size and line is not label]
    if not above:
        return None
    low = max(above, key=lambda line: line.bottom)
    row = [line for line in above if _rows_shared(line, low)]
    start = min(line.x0 for line in row)
    if label.x0 + label.size > start or any(
        line.italic or abs(line.size - label.size) > SIZE_SAME for line in row
    ):
        return None
    head = max(row, key=lambda line: line.x1)
    return None if _across_columns(head, label, page) else head
