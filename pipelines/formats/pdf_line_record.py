"""The ``Line`` record every PDF stage passes on, its box geometry, and the marks its text carries.

pdf_lines writes lines, pdf_layout orders them, pdf_reflow joins them and pdf_debris weighs them: all
of them read ``Line``, ``Rule`` boxes and the private-use marks a line's text carries (a footnote
mark, a font switch, a run-in term's end). They live here, under every stage, so that no stage has to
import another's rules to name a line.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace

BLANK = 0.5  # em: a blank between two glyphs of a line this wide or wider is kept (``Line.blanks``)
EDGE = 0.1  # share of the page height, at the top and at the bottom, where furniture lives
MARK_OPEN, MARK_CLOSE = "\ue000", "\ue001"  # private-use characters around a footnote mark in a line
MARK = re.compile(f"{MARK_OPEN}([^{MARK_CLOSE}]*){MARK_CLOSE}")
FONT_SWITCH = "\ue003"  # between two letters set in different fonts with no gap
LEAD = "\ue005"  # before a digit that touches the superscript digit after it ("1⁵": footnote 15)
COLON_APART = "\ue018"  # a colon set a word's gap after its word: spaced if the document's habit is French
RUN_IN = "\ue010"  # after a bold run-in term (a definition list's), before its definition's text
RUN_IN_GAP = re.compile(rf"\s*{RUN_IN}\s*")  # the mark and its spaces: one space where no paragraph parts
# a C preprocessor directive ("#define", "#include", "# ifdef")
C_DIRECTIVE = r"#\s*(?:define|undef|include|if|ifdef|ifndef|elif|else|endif|pragma|error|line)\b"
WORD = re.compile(r"[^\W\d_]{2,}")  # a word of two letters or more
# a list item's line: a bullet or a dash, then a word, maybe opening with digits ("– family  typeface name",
# "• Math Letters  (OML, …)", "– 8t (T1):"; no "– 3": a number)
MARKED_ITEM = re.compile(r"^(?:[•◦▪‣∙]|[–—-])\s+[^\W_]*[^\W\d_]")
LONG_WORD = re.compile(r"[^\W\d_]{3,}")  # a run of letters: a figure's label, not a formula's symbols
RELATIONS = frozenset("=≠<>≤≥∈∉⊂⊆⊃⊇≡≈∼→↦⇒⇐⇔⟶")  # a formula's relation signs: "parse c = …", "get ∈ C −→ T"


@dataclass
class Line:
    """One text line: its text and where it sits (PDF points, ``top``/``bottom`` from the page top)."""

    page: int
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float  # the font size most of its characters have
    page_height: float
    mono: bool = False  # its letters and digits all monospaced: code, a terminal session, a drawing
    italic: bool = False  # its letters all in an italic or oblique font (a drawing's label, often)
    lead: bool = False  # it ends a key's lead ("… — 3.") or a key table's row: the paragraph ends after it
    labelled: bool = False  # a reference entry's head, its category label joined after it
    name: bool = False  # a .dtx margin name: to `removed` (``MARGIN``), never a row of a listing
    rotated: bool = False  # most of its glyphs set turned (a vertical watermark, a turned table)
    upward: bool = False  # set turned to read upward (turned left); else downward, or upside down
    after_display: bool = False  # it goes on a sentence a display (a formula, a figure) stood inside
    blank_over: bool = False  # a listing's first line on its page, its numbered row above it blank
    formula: bool = False  # its glyphs read as a rendered formula (``_rendered_formula``), not prose
    drawing: Rule | None = (
        None  # the box of the drawing it stands in or by (``_drawing_near``): a plot's label, often
    )
    # its letters and digits all monospaced, its punctuation maybe not: code, or names set in a
    # sentence or a definition list's term ("\\newplant[Abbr]{Genus epiton}{Author}, …")
    typewriter: bool = False
    opens_typewriter: bool = False  # its first word monospaced: a definition list's term ("managed switch")
    # how wide its opening run of monospaced glyphs is, the spaces in it too (0 where it opens in
    # another font): a name or a sample typed as code, which TeX does not break ("-A atg,gtg")
    typed_width: float = 0.0
    ends_typewriter: bool = False  # its last letter or digit monospaced: a name may go on past its end
    opens_bold: bool = False  # its first letter or digit in a bold (not monospaced) face: a heading's number
    bold: bool = False  # its letters all in a bold face, not monospaced: a heading's, or a run-in term's
    opens_math: bool = False  # its first letter or digit in a TeX math font: a formula term ("gα(θj) is …")
    # monospaced, its letters and digits all in a slanted or italic typewriter face: a knitr or Sweave
    # chunk's input (``SLANTED_TYPEWRITER``), where the chunk's output is upright
    slanted: bool = False
    grammar: bool = False  # a row of a grammar's display ("decl ::= …", "| ident"): a line of text
    # its one-letter words set a word space apart in an italic font ("foreign import c e v :: t", three
    # variables): words, no letter-spaced word's letters (``pdf_spacing.italic_letters_apart``)
    letters_apart: bool = False
    framed: bool = False  # set alone in a frame in a line of text (a key's box): a word of its own
    # each glyph's text, size, bottom and edges where the line sets glyphs in two sizes, a
    # script's and the text's, or a big operator (``pdf_math_pieces.sized_glyphs``): a display's
    # writer reads its raised and lowered runs and its operators' limits by them; else empty
    glyphs: tuple[Glyph, ...] = ()
    # the blanks ``BLANK`` em wide or wider between its glyphs, left to right, each a blank's left and
    # right edge and the count of glyphs left of it: where a table's columns part inside a line
    # pdfminer read across their narrow gap (``pdf_table_columns.blank_pieces``); a word space is narrower
    blanks: tuple[Blank, ...] = ()
    # monospaced, the smallest filled box its start stands in (a knitr chunk's shading, a beamer
    # block's background), None where none: two listings side by side in boxes of their own
    # (``pdf_lines.listings_beside``), however near a line of one runs to the other
    shaded: Rule | None = None
    slide: bool = False  # set on a slide (a page wider than tall as shown): a block of its own
    frame_title: bool = (
        False  # a slide's frame title (``pdf_frame_titles``): its heading, ending its paragraph
    )

    @property
    def at_edge(self) -> bool:
        return self.top < EDGE * self.page_height or self.bottom > (1 - EDGE) * self.page_height

    @property
    def box(self) -> Rule:
        """The line's box as a rule's is written, to be measured with rules and drawings."""
        return self.x0, self.top, self.x1, self.bottom


Rule = tuple[float, float, float, float]  # x0, top, x1, bottom in points from the page's top left
# a glyph's text, font size, bottom (from the page's top; a text rise moves it, not the baseline
# pdfminer keeps) and left and right edge, in points
Glyph = tuple[str, float, float, float, float]
Blank = tuple[float, float, int]  # a blank's left and right edge, and the count of glyphs left of it


def glyph_blanks(glyphs: list, size: float) -> tuple[Blank, ...]:
    """The blanks ``BLANK`` em wide or wider between ``glyphs`` (pdfminer's characters), left to right
    (``Line.blanks``)."""
    blanks = []
    right = None
    for at, glyph in enumerate(sorted(glyphs, key=lambda glyph: glyph.x0)):
        if right is not None and glyph.x0 - right >= BLANK * size:
            blanks.append((right, glyph.x0, at))
        right = glyph.x1 if right is None else max(right, glyph.x1)
    return tuple(blanks)


def wide_letter(char: str) -> bool:
    """One East Asian wide letter (``unicodedata.east_asian_width`` "W"): a Hangul syllable, a CJK
    ideograph, a kana; each a syllable or a word, set a full em wide in a CJK font of its own (a
    glyph's text may be several characters: a ligature's, an unmapped glyph's "(cid:…)")."""
    return len(char) == 1 and char.isalpha() and unicodedata.east_asian_width(char) == "W"


def enclosing(boxes: Iterable[Rule]) -> Rule:
    """The box around all of ``boxes`` (a table's rules, a drawing's shapes, a listing's lines), one
    measure wherever a group becomes one region; a box counted from the page's bottom (pdfminer's
    x0, y0, x1, y1) gives one counted so too."""
    x0s, tops, x1s, bottoms = zip(*boxes, strict=True)
    return min(x0s), min(tops), max(x1s), max(bottoms)


def within(box: Rule, frame: Rule, slack: float) -> bool:
    """``box`` inside ``frame``, at most ``slack`` past its edges (each reader of frames its own)."""
    return (
        frame[0] - slack <= box[0]
        and box[2] <= frame[2] + slack
        and frame[1] - slack <= box[1]
        and box[3] <= frame[3] + slack
    )


def touching(a: Rule, b: Rule, slack: float) -> bool:
    """The two boxes overlap or stand at most ``slack`` apart (each reader of frames its own)."""
    return a[0] <= b[2] + slack and b[0] <= a[2] + slack and a[1] <= b[3] + slack and b[1] <= a[3] + slack


def boxed(base: Line, lines: Iterable[Line], **fields) -> Line:
    """``base`` set over the box around ``lines`` (``enclosing``), ``fields`` changed: a group of
    pieces (a display formula's) made one line where they stood. Given a text of its own, it keeps
    no blanks of ``base``'s glyphs (``Line.blanks``), which no longer tell where its text parts: a
    table cell's stacked fraction written "K(x) = 1/(√2π) exp …" was cut at the fraction's blank."""
    x0, top, x1, bottom = enclosing(line.box for line in lines)
    if "text" in fields:
        fields.setdefault("blanks", ())
    return replace(base, x0=x0, top=top, x1=x1, bottom=bottom, **fields)


Dropped = list[tuple[Line, str]]  # a line taken out of the text and why, for the ``removed`` layer


def body_size(pages: list[list[Line]]) -> float:
    """The body text's size: the size most of the pages' characters are set in (10 pt with none)."""
    sizes: Counter[float] = Counter()
    for page in pages:
        for line in page:
            sizes[line.size] += len(line.text)
    return sizes.most_common(1)[0][0] if sizes else 10.0


def rows_of(page: list[Line], edge: Callable[[Line], float] = lambda ln: ln.top) -> list[list[Line]]:
    """The lines in rows from the top: a line whose ``edge`` (its top; its bottom, the baseline, where
    a tall glyph such as a brace must not move it) is within half its size of the row's first line's
    shares its row (page furniture, a code listing's rows)."""
    rows: list[list[Line]] = []
    for line in sorted(page, key=edge):
        if rows and edge(line) - edge(rows[-1][0]) < 0.5 * line.size:
            rows[-1].append(line)
        else:
            rows.append([line])
    return rows


def on_row(line: Line, other: Line) -> bool:
    """``other`` stands on ``line``'s row: its top and bottom within half ``line``'s size of ``line``'s."""
    em = line.size / 2
    return abs(other.top - line.top) < em and abs(other.bottom - line.bottom) < em


def _rows_shared(a: Line, b: Line) -> bool:
    """The two lines' boxes share some height: they stand on one row, side by side or across."""
    return a.top < b.bottom and b.top < a.bottom


def _box_gap(a: Line, b: Line) -> float:
    """How far apart the two lines' boxes stand up and down: the blank between them, 0 when they
    share height."""
    return max(a.top - b.bottom, b.top - a.bottom, 0.0)


def _boxes_overlap(a: Line, b: Line) -> bool:
    """The two lines' boxes share some area."""
    return _spans_overlap(a, b) and _rows_shared(a, b)


def _spans_overlap(a: Line, b: Line) -> bool:
    """The two lines share some width across the page."""
    return a.x0 < b.x1 and b.x0 < a.x1
