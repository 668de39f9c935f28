"""PDF debris: lines of a page that are marks, not text, taken out of the reading order into
``removed``.

A scan's text layer holds what the OCR made of everything on the page, drawings and stamps too:
"-----v---------' v—" (a drawing's lines), "★", "■§", "&" (marks on a title block), and a
scanner's tiny print in the margin ("ь с" / "х р" at 2 pt under a 9.5 pt body, which joined to
"ьсхр" after "Минск"). Such a line would be kept as a paragraph or, worse, joined to the sentence
next to it. Three general rules, on lines only (code lines and tables are laid out elsewhere):

* ``tiny_text``: set under ``TINY`` of the document's body size (a footnote is 0.7–0.85 of it,
  a title page's small print 0.6);
* ``lone_letter``: one letter alone on its line ("f", "J", "I": a brace of a numbering example the
  OCR read as letters; no sentence ends on a line of one letter without punctuation);
* ``no_words``: no word wordfreq knows among its letters, and over twice as many other marks as
  letters and digits ("±0,2", "e.g., 1.2." and "(ИУС № 1 2018 г.)" are text; a form's blank,
  "б) ______", is the document's own).

One rule on a page's foot: ``page_foot``, the page's lowest line when it is set smaller than the
body, short (under ``FOOT_WIDTH`` of the page's text width, or standing on the lowest row of another
page too) and set apart from the text above it (``FOOT_GAP`` body sizes or more): print furniture
such as a standard's "Издание официальное" under its first page, which would otherwise stand between
two paragraphs (a footnote, which starts with its mark, has left the page before; a page number or a
repeated footer has gone as furniture); the other such parts of its row go with it (a two-column
vignette's foot line, read as a piece under each column).

And one on figures: ``figure``, a figure's lines read as text ("Наименование показателя" / "Значение"
/ "в режиме 1" / "5, не менее": an example table drawn in a standard, or a drawing's labels),
found by the bare caption under them ("Рисунок 5") and by standing well right of the text margin
(``figure_lines``); the caption goes with them, and a table found among them stays a table.

And one on displays inside a sentence: ``math`` or ``figure``, the lines of a formula or a figure
set between two lines of one sentence (``display_lines``: a matrix's second row in script size, a
root's raised index), which would otherwise stand as a paragraph and tear the sentence in two; the
line after the display is marked (``Line.after_display``) for the reflow to join it to the line
before whatever the gap. A display holding a titled table caption ("Table 1: The extra …", a float
LaTeX set where a sentence broke: basque.pdf's key table) is the text's table, not debris: it stays
text and moves after the paragraph it stood inside (``_tables_after_their_paragraph``).

Two kinds of line leave earlier and come here as placeholders already (``pdf_layout.lay_out``):
``letter_column``, a run of lines of one or two letters (a watermark down the margin, a numbering
example's braces read "I" / "f" / "J"), and ``numbers_only``, a line of digits and punctuation alone
(a clause number the OCR read apart from its label, "2.3"; a contents line's page number).

A bare table label ("Таблица...", "Таблица 3", "Продолжение таблицы 3": no title) read just before a
table (a figure's lines between them aside) goes as ``table_label``, and so does a unit label set
over a table's right half ("В миллиметрах", "Размеры в миллиметрах"), wherever the text layer read
it: the table it names has left the text for ``structure``.

Each debris line becomes a placeholder (``DEBRIS`` and its index in ``Layout.debris``), which the
reflow reads past (a paragraph the line stood in stays one; the placeholder follows it) and the
parser records as a ``debris`` span of ``removed`` (``attrs.text``, ``attrs.why``) where it stands.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import replace
from itertools import pairwise

from sloika.pipelines.formats.base import PAGE_FURNITURE
from sloika.pipelines.formats.pdf_accents import ORDINAL_INDICATORS
from sloika.pipelines.formats.pdf_block_rows import EQUATION_NUMBER
from sloika.pipelines.formats.pdf_breaks import NUMBERED
from sloika.pipelines.formats.pdf_drawings import DRAWING_REACH
from sloika.pipelines.formats.pdf_footnotes import footnote_mark, marks_in
from sloika.pipelines.formats.pdf_furniture import LETTERS, furniture_key
from sloika.pipelines.formats.pdf_gutters import COLUMN_WIDTH, GUTTER_EDGE, GUTTER_PROSE
from sloika.pipelines.formats.pdf_joins import known_word
from sloika.pipelines.formats.pdf_layout import Layout
from sloika.pipelines.formats.pdf_line_record import (
    LONG_WORD,
    MARK,
    MARK_CLOSE,
    MARK_OPEN,
    RELATIONS,
    Line,
    Rule,
    _rows_shared,
    body_size,
    on_row,
)
from sloika.pipelines.formats.pdf_page_rows import CONTENTS, DEBRIS, TABLE, _prose_words, form_closers
from sloika.pipelines.formats.pdf_spacing import NOTE_SYMBOLS
from sloika.pipelines.formats.pdf_tables import (
    FIGURE_CAPTION,
    FLOAT_CAPTION,
    SUBCAPTION,
    TABLE_CAPTION,
    TABLE_LABEL,
)
from sloika.text.script_forms import DIGITS, PLAIN_DIGITS, raising
from sloika.text.scripts import LETTER_RUN
from sloika.text.sentences import SENTENCE_END

MARKS_SHARE = 2  # a line without words is debris with more than this many marks per letter or digit
RESULT_ARROWS = ("⇒", "→")  # "[1]::[2]::[3] ⇒ [1, 2, 3]": a manual's example and what it evaluates to
TINY = 0.4  # of the body size: print this small is no text a reader was meant to read
FOOT_GAP = 1.5  # body sizes of blank space above a page's lowest line that set it apart as furniture
FOOT_WIDTH = 0.4  # of the page's text width: a page-foot line shorter than this is furniture
FOOT_SEPARATORS = re.compile(r"^[\W_]+|[\W_]+$")  # a running foot's bars and dots at a part's ends
SIZE_STEP = 0.3  # pt: a line this much smaller than the body is set in another size
COMMAND_NAME = re.compile(r"[a-z][a-z0-9_]{2,}")  # a program's name in a syntax line: "randobj"
SYNTAX_LEAD = 3  # text lines over a display inside a sentence that may name its command
SYNTAX_WORDS = 3  # words a command's syntax line has at least (the name and its arguments)
ITEM_BULLET = re.compile(r"([•◦▪‣∙]) \S")  # a list item's bullet and its first word: "• Let"
ITEM_GLYPH = re.compile(r"(\(cid:\d+\)) \S")  # a bullet whose glyph maps to no character: beamer's ▶
ITEM_HANG = 2.0  # em: a wrapped item's next line starts at most this far right of its bullet
ITEM_EDGE = 0.3  # em: a list's next item or sub-item starts at most this far left of its item's edge
CAPTION = re.compile(r"^(?:Рисунок|Рис\.|Figure|Fig\.)\s*(?:[A-ZА-ЯЁ]\.)?\d+(?:\.\d+)*$", re.I)  # bare
UNIT_LABEL_REACH = 3.0  # em above a table's top: where the unit over its right half stands
UNIT_LABEL_WORDS = 4  # "Размеры в миллиметрах", "Напряжение в вольтах": a few words, no sentence
WORD = re.compile(r"[а-яёa-z]+(?:-[а-яёa-z]+)?")  # one word in lower case
GRID_ROWS = 4  # row labels of a grid of drawings over its caption at least
GRID_PITCH = 2.0  # of a row label's size: a grid of drawings sets its rows this far apart at least
GRID_EVEN = 0.1  # of the first pitch: the grid's rows are evenly spaced, each pitch within this share
GRID_HEADER = 1.5  # pitches over the first row label: the grid's header row stands there
OFF_BASELINE = 0.15  # em: labels side by side this far off one baseline are placed by a drawing
DIAGRAM_ROWS = 3  # rows of labels side by side over a figure's caption: a diagram's, no listing's
LABEL_APART = 1.5  # em: two words further apart on one row are no pieces of one line
LABEL_STEP = 1.5  # pt over the body's size: an italic word or two this large is a drawing's label
FIGURE_INDENT = 4.0  # em right of the page's text margin: where a figure's labels and cells stand
BLANK = re.compile(r"_{3,}")
RAISED_DIGITS = raising(DIGITS)  # a mark's digits written back raised; its "(1)" brackets stay
SYMBOL_MARK = re.compile(rf"[{re.escape(NOTE_SYMBOLS)}]{{1,3}}")
# one letter, no letter before it ("N" of "Θ(N"), nor a word's hyphen: "Extract-ξ" is a name, its raised
# number a note's mark (dbscan.pdf p. 7)
EXPONENT_BASE = re.compile(r"(?<![^\W\d_])(?<![^\W\d_]-)[^\W\d_]$")
# a minus sign right before, or a plus after one letter alone, a digit or a bracket: an exponent's sum
# goes on ("x^{n−1}", "z^{2n+1}", "(t+1)"); a name's plus is a word's end ("GTK+⁷", "C++²": a note's mark)
EXPONENT_SIGN = re.compile(r"(?:\u2212|(?:(?<![^\W\d_])[^\W\d_]|[\d)])\+)$")
# what a footnote opens with (its digits made plain), or a note's letter ("ᵃhttps://github.com/LTLA" under a
# title block's "Aaron Lunᵃ": ``pdf_spacing`` raises no other letter alone)
NOTE_MARK = re.compile(rf"\d+|[a-z]|{SYMBOL_MARK.pattern}")
ORDINAL_LETTERS = {indicator: letter for letter, indicator in ORDINAL_INDICATORS.items()}  # "ª": "a"
ORDINAL_AFTER_DIGIT = re.compile(rf"(?<=\d)([{''.join(ORDINAL_LETTERS)}])(?!\w)")  # "2013ª"
DISPLAY_LINES = 12  # lines a display inside a sentence has at most (a formula's rows, a figure's labels)
DISPLAY_MARGIN = 1.0  # em from the page's left margin: a line starting nearer starts there
FLOAT = "float"  # a display's text that stays: a titled table's rows, a figure's caption (moved after it)
DISPLAY_INDENT = 3.0  # em right of the margin: where a centred formula or a figure's label starts
FULL_LINE = 2.0  # em short of the page's right edge: a line ending nearer filled its column
ROW_LABEL_WORDS = 3  # prose words of a table row's label left of its formula ("matrix and vector assign")
HANG_INDENT = 1.0  # em right of a numbered heading's start: where its text (after the number) wraps to
OPERATORS = ("=", "+", "−", "-", "×", "·")  # a display line ending in one goes on in the formula beside it
PROSE_WORD = re.compile(
    r"[^\W\d_]{4,}"
)  # letters past an operator's name ("log", "and"): prose, not a formula
STACK_GAP = 1.0  # of a line's size: a line this near above or below another of its size is of its block
TITLE_CENTRE = 1.5  # em: a plot's title centred this near over its box's centre
TICK_ROW = 3  # tick values on one row at least: an axis's numbers, not a lone number over a heading
AXIS_GAP = 2.0  # of a line's size: an axis title stands this near under its tick values at most
PLOT_LABEL_WORDS = 6  # "four UK conditional simulations", "zinc concentrations (ppm)": a plot's label at most
# "Monitoring with ME test (moving estimates test)": a main title centred over its plot's box at most
PLOT_TITLE_WORDS = 12
TERM_GAP = 1.0  # em: a description's text starts this far right of its term at most (a space, a quad)
HANG_ALIGN = 0.1  # em: two lines starting this near start at one indent (a list's hanging indent)
DISPLAY_ROW_WORDS = 3  # prose words an aligned display's row holds at most ("if lookup(k, d) undefined")
CLOSERS = re.compile(r"[\])}]*}[\])},;]*")  # "}", "})", "}}": a line that only closes brackets
OPENERS = re.compile(r"[\[({]*{[\[({]*")  # "{", "[{", "({": a line that only opens brackets
INDEX_LABEL = re.compile(r"\d+|[^\W\d_](?:[^\W\d_]?(?:[+−–-]?\d+)?)?")  # "α1", "αn−1", "345678", "ℓ"
# a figure's file as a path alone: "./crisk-boxes5", "../figs/plot-1", "figure/fit.pdf", "rates.png"
FIGURE_FILE = re.compile(
    r"(?:\.{1,2}/|[\w-]+/)[\w./-]*\w|[\w./-]+\.(?:pdf|png|jpe?g|eps|ps|svg|gif|tiff?)", re.I
)
FIGURE_FILE_WHY = "figure: the figure's file name, printed by its caption (Sweave, knitr)"
# a version-control keyword as CVS or Subversion expands it, alone on its line: "$Id: morphix.db,v 1.2 … $"
VERSION_KEYWORD = re.compile(r"\$(?:Id|Header|Revision|Date|Author|Source|RCSfile|Name|State):[^$]*\$")
VERSION_STAMP = "version_stamp"  # why a title page's version-control keyword line left the text


def debris_reason(line: Line, body: float) -> str | None:
    """Why the line is debris (``tiny_text``, ``no_words``), or None when it is text."""
    text = MARK.sub("", line.text)
    if line.mono or text.startswith((TABLE, CONTENTS, DEBRIS)):
        return None
    if line.size < TINY * body:
        return "tiny_text"
    if _lone_letter(text.strip()):
        return "lone_letter"  # "f", "J": a drawing's brace or stroke the OCR read as a letter
    if drawing_label(line, text, body):
        return "figure"  # "Два ин-" / "тервала": a dimension's label on a drawn sample page
    if BLANK.search(text) or any(known_word(run) for run in LETTER_RUN.findall(text)):
        return None  # "б) ______": a form's blank to fill in is the document's
    if any(arrow in text for arrow in RESULT_ARROWS):
        return None  # ":: [3] ⇒ [1, 2, 3].", a lone "⇒" over a result: an example's, no drawing's
    marks = sum(not (char.isalnum() or char.isspace()) for char in text)
    return "no_words" if marks > MARKS_SHARE * sum(char.isalnum() for char in text) else None


def _lone_letter(text: str) -> bool:
    """One letter, maybe under its combining accents: "f", and a sum's limit "𝑎̄" (a math letter
    with a macron, which Unicode composes into no one character)."""
    letters = [char for char in text if not unicodedata.combining(char)]
    return len(letters) == 1 and letters[0].isalpha()


def drawing_label(line: Line, text: str, body: float) -> bool:
    """A drawing's label: a word or two set in italics larger than the body (``LABEL_STEP``), no
    digit, no sentence ("Линия", "Два ин-" / "тервала", "Три-четыре" / "интервала)": the
    dimensions on a standard's drawn sample page); an italic heading is set at the body's size or
    holds a number."""
    words = text.split()
    return (
        line.italic
        and line.size >= body + LABEL_STEP
        and 0 < len(words) <= 2
        and not any(char.isdigit() for char in text)
        and not text.rstrip().endswith((".", "!", "?", ":", ";"))
    )


def plot_labels(page: list[Line], body: float, ticks: list[Line]) -> set[int]:
    """The ids of the page's plot labels: a few words (``PLOT_LABEL_WORDS``) or tick values, no
    sentence, set smaller than the body amid a drawing's marks (``Line.drawing``) or set off the
    body's size under a row of ``ticks`` (``_axis_title``) or centred high over a drawing, smaller
    than the body (``_title_high_over``), and not one of a block of lines
    (``_stacked``): an R graphic's axis title ("distance", "sqrt(dist)", "Log(λ)" in 12 pt over a
    10 pt body, under a plot of curves alone that no marks found), a run of ticks ("500
    10001500"), a panel's title ("four conditional simulations"), drawn on the page with the plot,
    not in a form. A caption ("Figure 2: …") and code are the text's; so is prose in a drawn box,
    set in the body's size or wrapped over lines."""
    found = set()
    drawings = {line.drawing for line in page if line.drawing}
    for line in page:
        if (
            not line.mono
            and not _placeholder(line)
            and (
                (line.drawing and (line.size < body - SIZE_STEP or _plot_title(line)))
                or (abs(line.size - body) > SIZE_STEP and _axis_title(line, ticks))
                or (line.size < body - SIZE_STEP and _title_high_over(line, drawings, body))
            )
            and (
                index_labels(MARK.sub("", line.text).strip())
                or (_short_label(line, _label_words(line, ticks)) and not _stacked(line, page))
            )
            and not _sub_item(line, page, body)
            and not _item_rest(line, page, body)
            and not _closes_bracket_over(line, page)
        ):
            found.add(id(line))
    return found


def _closes_bracket_over(line: Line, page: list[Line]) -> bool:
    """``line`` closes the brackets that the line right over it (a line's height up at most,
    overlapping it across) leaves open (``_call_closed``): the end of that line's sentence, wrapped,
    no plot's label. beamer sets ``\\texttt`` a point under the body on a slide whose background is
    one drawing round the page: the 10-page DelayedArray deck's "(current name is" /
    "SparseArraySeed)" lost its last word. A monospaced line's brackets are a listing's, which its
    next monospaced line closes: a line in another face under it is no rest of it (a plot's title
    right under the code that drew it, diptest-issues.pdf's "R> hist(D8, … main = "Histogram of" over
    "Histogram of replicate(10'000, dip(runif(8))))", kept as a heading)."""
    return any(
        other is not line
        and (line.mono or not other.mono)
        and 0 <= line.top - other.bottom <= line.size
        and other.x0 <= line.x1
        and line.x0 <= other.x1
        and _call_closed(other, [line])
        for other in page
    )


def _sub_item(line: Line, page: list[Line], body: float) -> bool:
    """``line`` opens with a bullet (``_item_mark``) of a list whose items are set in the ``body``'s
    size: under an item that starts at its left edge or left of it (a list's next item or a
    sub-item, set smaller as beamer sets a second level), or anywhere on the page beside an item with
    the same bullet at its edge (a peer item, the list's first too), however few its words. A beamer
    slide's background and bars are drawn round the whole page, so every line stands amid a drawing
    (dseriesReporting.pdf cut the sub-items "• Let" over its listing and "• Options: compiler" as a
    plot's labels; S4QuickOverview.pdf, whose ▶ maps to no character, its items "class() and
    showClass()" and "selectMethod() to see the code", set in ``\\texttt`` a point under the body)."""
    mark = _item_mark(line.text)
    edge = ITEM_EDGE * line.size
    return mark is not None and any(
        abs(other.size - body) <= SIZE_STEP
        and _same_list(mark, _item_mark(other.text))
        and other.x0 <= line.x0 + edge
        and (other.bottom <= line.top or line.x0 - edge <= other.x0)
        for other in page
    )


def _item_rest(line: Line, page: list[Line], body: float) -> bool:
    """``line`` starts right of a list item's bullet (``ITEM_HANG`` em at most) on the line right
    under that item (a line's height at most), the item set in the ``body``'s size: the item's
    wrapped rest, no plot's label, however short (S4QuickOverview.pdf's "Man pages in the methods
    package: ?setClass, ?showMethods," lost its typewriter rest "?selectMethod, ?getMethod, …")."""
    return any(
        _item_mark(other.text) is not None
        and abs(other.size - body) <= SIZE_STEP
        and 0 <= line.top - other.bottom <= line.size
        and other.x0 < line.x0 <= other.x0 + ITEM_HANG * other.size
        for other in page
    )


def _item_mark(text: str) -> str | None:
    """The bullet ``text`` opens with before its first word: a bullet character (``ITEM_BULLET``)
    or a glyph that maps to no character (``ITEM_GLYPH``), or None."""
    found = ITEM_BULLET.match(text) or ITEM_GLYPH.match(text)
    return found.group(1) if found else None


def _same_list(mark: str, other: str | None) -> bool:
    """Two lines opening with these bullets may be items of one list: any two bullet characters (a
    sub-item's "◦" under "•"), but a glyph that maps to no character only with itself."""
    return other is not None and (
        mark == other or not (mark.startswith("(cid:") or other.startswith("(cid:"))
    )


def _axis_title(line: Line, ticks: list[Line]) -> bool:
    """The line stands centred under a row of ``TICK_ROW`` tick values or more, ``AXIS_GAP`` of its
    size under them at most: a plot's x axis title, which R sets under the axis's numbers."""
    under = [tick for tick in ticks if 0 <= line.top - tick.bottom <= AXIS_GAP * line.size]
    for tick in under:
        row = [other for other in under if abs(other.top - tick.top) < 0.5 * tick.size]
        middle = (line.x0 + line.x1) / 2
        if len(row) >= TICK_ROW and min(ln.x1 for ln in row) < middle < max(ln.x0 for ln in row):
            return True
    return False


def _label_words(line: Line, ticks: list[Line]) -> int:
    """The words a plot's label on ``line`` may have: ``PLOT_TITLE_WORDS`` for a main title over its
    drawing's box, centred on it (``_plot_title``), or an axis title centred under its row of
    ``ticks`` (``_axis_title``), which R sets whole on one line however long ("Monitoring with ME
    test (moving estimates test)" over strucchange's monitoring plots; a plotmath title's brackets
    and signs split into tokens of their own, "Dip D₁₁(U([0, 1])) B = 500'000 replicates" under
    diptest-issues.pdf's histogram), else ``PLOT_LABEL_WORDS``."""
    over = line.drawing is not None and _plot_title(line)
    return PLOT_TITLE_WORDS if over or _axis_title(line, ticks) else PLOT_LABEL_WORDS


def _title_high_over(line: Line, drawings: set[Rule], body: float) -> bool:
    """``line`` stands over one of the page's drawings, centred on it (``TITLE_CENTRE`` em), its
    foot ``DRAWING_REACH`` body sizes over the drawing's top at most: a plot's main title, which R
    sets a few text lines over the plot whatever the scale, so that in a plot shrunk to fit the
    page the title stands further over it than its own small size reaches (``Line.drawing``):
    tgp's "treed GP, z mean" in 4.5 pt, 19 pt over its surface."""
    return any(
        0 <= top - line.bottom <= DRAWING_REACH * body
        and abs((line.x0 + line.x1) - (x0 + x1)) / 2 <= TITLE_CENTRE * line.size
        for x0, top, x1, _ in drawings
    )


def _plot_title(line: Line) -> bool:
    """The line rises out of its drawing's box, its top at the box's top or over it, centred on it
    (``TITLE_CENTRE`` em): a plot's main title, which R sets larger than the axes' labels, at the
    body's size or over it ("Pareto quantile plot" over laeken's quantile plot); a heading starts at
    the text's margin. Its foot may lie inside the box: the box is grown over the tick values
    (``pdf_drawings._with_tick_labels``), and a y axis's top value, turned and centred on its tick,
    rises past the axis's end beside the title (diptest-issues.pdf's "3500" beside "Histogram of
    replicate(10'000, dip(runif(5))))", kept as a heading); a label inside the plot starts under
    the box's top."""
    x0, top, x1, _ = line.drawing
    return line.top <= top and abs((line.x0 + line.x1) - (x0 + x1)) / 2 <= TITLE_CENTRE * line.size


def figure_text(page: list[Line], body: float) -> set[int]:
    """The ids of the lines printed inside a captioned figure: set smaller than the body, not code,
    under the top of the figure's drawings and over its caption ("Figure 1: …"), across the width of
    the drawings and the caption (``DRAWING_REACH`` em wider). The drawings are those the lines
    between the caption and the last body-size line or caption over it stand by (``Line.drawing``).
    A grid of plots prints legends and formulas there, lines stacked, some far from any plot's
    marks ("kernel: gaussian" / "global bandwidth 33 %"), which ``plot_labels`` keeps as a block of
    text; between the figure's drawings and its caption they are the figure's, not the text's."""
    small = [
        ln
        for ln in page
        if not ln.mono
        and not _placeholder(ln)
        and ln.size < body - SIZE_STEP
        and not FLOAT_CAPTION.match(MARK.sub("", ln.text).strip())
    ]
    found: set[int] = set()
    for caption in page:
        if not FIGURE_CAPTION.match(MARK.sub("", caption.text).strip()):
            continue
        above = [ln for ln in page if ln.bottom <= caption.top and not _placeholder(ln)]
        ceiling = max(
            (
                ln.bottom
                for ln in above
                if ln.size >= body - SIZE_STEP or FLOAT_CAPTION.match(MARK.sub("", ln.text).strip())
            ),
            default=0.0,
        )
        boxes = [ln.drawing for ln in above if ln.drawing and ln.top >= ceiling]
        if not boxes:
            found |= _undrawn_figure_labels(small, caption, ceiling, body)
            found |= _diagram_labels(page, caption, ceiling, body)
            continue
        top = min(box[1] for box in boxes)
        x0, x1 = min(caption.x0, *(box[0] for box in boxes)), max(caption.x1, *(box[2] for box in boxes))
        found |= {
            id(ln)
            for ln in small
            if max(top, ceiling) <= ln.top
            and ln.bottom <= caption.top
            and x0 - DRAWING_REACH * ln.size <= ln.x0
            and ln.x1 <= x1 + DRAWING_REACH * ln.size
        }
    return found


def _undrawn_figure_labels(small: list[Line], caption: Line, ceiling: float, body: float) -> set[int]:
    """The ids of the ``small`` lines that are a plot's short labels (``_short_label``, not
    ``_stacked``) between the text over a figure (``ceiling``) and its ``caption``, across the
    caption's width and ``DRAWING_REACH`` body sizes either side: a figure whose marks are too few
    or too large to be found as a drawing (a mosaic plot's tiles, vcd's "None" / "Some" /
    "Marked" over them) still prints its labels between the text and its caption; a subfigure's
    caption ("(a) …", ``SUBCAPTION``) is the text's."""
    reach = DRAWING_REACH * body
    return {
        id(ln)
        for ln in small
        if ceiling <= ln.top
        and ln.bottom <= caption.top
        and caption.x0 - reach <= ln.x0
        and ln.x1 <= caption.x1 + reach
        and _short_label(ln)
        and not SUBCAPTION.match(MARK.sub("", ln.text).strip())
        and not _stacked(ln, small)
    }


def _diagram_labels(page: list[Line], caption: Line, ceiling: float, body: float) -> set[int]:
    """The ids of the lines set smaller than the body, typewriter ones too, between the text over a
    figure (``ceiling``) and its ``caption``, across the caption's width and ``DRAWING_REACH`` body
    sizes either side, where they stand side by side on ``DIAGRAM_ROWS`` rows at least, more than
    ``LABEL_APART`` em apart and off one baseline (``_off_baseline``), and none holds a sentence: a
    diagram's boxes and arrows, labelled in the text's fonts over a shaded drawing no drawing's marks
    were found in (feynmf.pdf's Figure 2, "Vertex Mode" / "Objects:" / "vertices" … beside
    "\\fmfforce" and "Immediate Mode" / "Objects:" / "pairs" …, kept as thirteen paragraphs). A
    printout in a figure (HSAUR3's R output, "AIC BIC logLik …" read in pieces; irace's parameter
    file) sets its columns on its rows' baselines, a flowchart's box of text ends a sentence: both
    stay the text's."""
    reach = DRAWING_REACH * body
    inside = [
        ln
        for ln in page
        if not _placeholder(ln)
        and ln.size < body - SIZE_STEP
        and ceiling <= ln.top
        and ln.bottom <= caption.top
        and caption.x0 - reach <= ln.x0
        and ln.x1 <= caption.x1 + reach
    ]
    if any(SENTENCE_END.search(MARK.sub("", ln.text)) and _prose_words(ln) for ln in inside):
        return set()
    apart = {
        round(a.top)
        for a in inside
        for b in inside
        if a.x1 + LABEL_APART * a.size < b.x0 and _rows_shared(a, b) and _off_baseline(a, b)
    }
    return {id(ln) for ln in inside} if len(apart) >= DIAGRAM_ROWS else set()


def _off_baseline(a: Line, b: Line) -> bool:
    """The two lines stand on no one baseline (``OFF_BASELINE`` em apart or more): a drawing's labels
    placed each by its box, where a printout's columns or a table's cells share their row's."""
    return abs(a.bottom - b.bottom) >= OFF_BASELINE * a.size


def drawn_grid_labels(page: list[Line]) -> set[int]:
    """The ids of the labels of a grid of drawings over a float's caption ("Table 4: Available vertex
    shapes …"): under the last prose line over the caption, a column of ``GRID_ROWS`` row labels at
    least, each a few words alone on its row (``_grid_label``), the rows ``GRID_PITCH`` of their size
    apart or more, evenly (the cells right of them are drawn: feynmf.pdf's Table 4 of shapes, "circle"
    / "square" / …, and Table 6 of polygons, "default" / "smooth" / …, kept as one-word paragraphs,
    once inside a listing); with them go the lines on and over their rows down to the caption, the
    header row ("filled= full empty …"). A table of text sets its rows at a line's pitch, cells beside
    its labels."""
    found: set[int] = set()
    for caption in page:
        if not FLOAT_CAPTION.match(MARK.sub("", caption.text).strip()):
            continue
        above = [ln for ln in page if ln.bottom <= caption.top and not _placeholder(ln)]
        ceiling = max((ln.bottom for ln in above if _prose_words(ln) and not _grid_label(ln)), default=0.0)
        inside = [ln for ln in above if ln.top >= ceiling]
        column = _grid_column(inside)
        if column:
            pitch = column[1].top - column[0].top
            found |= {id(ln) for ln in inside if ln.top >= column[0].top - GRID_HEADER * pitch}
    return found


def _grid_label(line: Line) -> bool:
    """A row label of a grid of drawings: a few words, no sentence end (a typewriter one too)."""
    text = MARK.sub("", line.text).strip()
    return 0 < len(text.split()) <= PLOT_LABEL_WORDS and not SENTENCE_END.search(text)


def _grid_column(lines: list[Line]) -> list[Line]:
    """The longest run of row labels among ``lines`` starting at one left edge, each alone on its
    row, ``GRID_PITCH`` of their size apart or more and evenly (each pitch within ``GRID_EVEN`` of
    the first), ``GRID_ROWS`` at least; [] where there is none."""
    alone = [
        ln
        for ln in lines
        if _grid_label(ln) and not any(other is not ln and _rows_shared(ln, other) for other in lines)
    ]
    best: list[Line] = []
    for first in alone:
        column = sorted(
            (ln for ln in alone if abs(ln.x0 - first.x0) <= HANG_ALIGN * ln.size and ln.top >= first.top),
            key=lambda ln: ln.top,
        )
        pitches = [b.top - a.top for a, b in zip(column, column[1:], strict=False)]
        if pitches and all(
            GRID_PITCH * first.size <= pitch and abs(pitch - pitches[0]) <= GRID_EVEN * pitches[0]
            for pitch in pitches
        ):
            best = max(best, column, key=len)
    return best if len(best) >= GRID_ROWS else []


def plot_area_labels(page: list[Line], body: float, ticks: list[Line]) -> set[int]:
    """The ids of the short labels set in a plot's area over its caption ("Figure 3: …"): between
    the last prose line over the caption and the caption, no higher than ``DRAWING_REACH`` body
    sizes over the plot's drawings or tick values (``TICK_ROW`` of them at least; a title centred
    over them, ``_centred_over``, up to that prose line), across the width
    of the caption and the plot, a few words (``PLOT_LABEL_WORDS``) with no sentence, whatever their
    size: a lattice panel's strip title ("Training", set near the body's size in its shaded box),
    its legend's keys (a block of short lines beside the key's marks) and its axis titles, which
    ``plot_labels`` and ``figure_text`` keep when no drawing's marks were found by them. A block of
    lines that ends a sentence (a flowchart's box) stays the text's; so does all that has no ticks
    or drawing under it."""
    found: set[int] = set()
    for caption in page:
        if not FIGURE_CAPTION.match(MARK.sub("", caption.text).strip()):
            continue
        above = [
            ln
            for ln in page
            if ln.bottom <= caption.top and not _placeholder(ln) and ln.x0 < caption.x1 and caption.x0 < ln.x1
        ]
        margin = min([caption.x0, *(ln.x0 for ln in above if ln.size >= body - SIZE_STEP)])
        ceiling = max((ln.bottom for ln in above if _prose(ln, margin, body)), default=0.0)
        drawings = [ln.drawing for ln in above if ln.drawing and ln.top >= ceiling]
        shown = [tick for tick in ticks if ceiling <= tick.top and tick.bottom <= caption.top]
        if not drawings and len(shown) < TICK_ROW:
            continue
        marks = drawings + [tick.box for tick in shown]
        upright = drawings + [tick.box for tick in shown if not tick.rotated]
        reach = DRAWING_REACH * body
        top = max(ceiling, min(box[1] for box in marks) - reach)
        x0 = min(caption.x0, *(box[0] for box in marks)) - reach
        x1 = max(caption.x1, *(box[2] for box in marks)) + reach
        found |= {
            id(ln)
            for ln in page
            if (top <= ln.top or ceiling <= ln.top and _over_panel(ln, upright, drawings))
            and ln.bottom <= caption.top
            and x0 <= ln.x0
            and ln.x1 <= x1
            and all(_short_label(other) for other in _block(ln, page))
        }
    return found


def _prose(line: Line, margin: float, body: float) -> bool:
    """A line of the text over a figure: a caption, or a line in the body's size that starts at the
    text's ``margin`` (the leftmost start of the body-size lines over the caption, or the caption's,
    not a centred caption's start: HSAUR3's boxplot label "moving" under "Figure 6.3" was taken for
    the text, and the labels over it kept) or holds a sentence; a plot's labels are set centred or
    apart, in few words."""
    text = MARK.sub("", line.text).strip()
    return bool(FLOAT_CAPTION.match(text)) or (
        line.size >= body - SIZE_STEP
        and (abs(line.x0 - margin) <= DISPLAY_MARGIN * line.size or not _short_label(line))
    )


def _centred_over(line: Line, marks: list[Rule]) -> bool:
    """``line`` is centred (``TITLE_CENTRE`` em) over the plot's upright marks (its drawings and
    x-axis values): the plot's main title, however high over them R set it ("Cook's distance" over
    HSAUR3's index plot, "95% family−wise confidence level" over a TukeyHSD plot)."""
    if not marks:
        return False
    x0, x1 = min(box[0] for box in marks), max(box[2] for box in marks)
    return abs((line.x0 + line.x1) - (x0 + x1)) / 2 <= TITLE_CENTRE * line.size


def _over_panel(line: Line, upright: list[Rule], drawings: list[Rule]) -> bool:
    """``line`` is centred over the figure's ``upright`` marks together (``_centred_over``) or over
    one of its ``drawings``: a panel's own title in a figure of panels side by side (tgp's Figure
    16, "height=2, log(p)=184.136" and "height=3, log(p)=234.51" each over its tree)."""
    return _centred_over(line, upright) or any(_centred_over(line, [box]) for box in drawings)


def _short_label(line: Line, words: int = PLOT_LABEL_WORDS) -> bool:
    """A plot's label: a few ``words``, no sentence end, no caption, no code."""
    text = MARK.sub("", line.text).strip()
    return (
        not line.mono
        and not _placeholder(line)
        and 0 < len(text.split()) <= words
        and not FLOAT_CAPTION.match(text)
        and not text.endswith((".", "!", "?", ":", ";"))
    )


def _block(line: Line, page: list[Line]) -> list[Line]:
    """The lines stacked with ``line`` (``_stacked_on``), one after another: a wrapped note or a
    legend's keys."""
    block, todo = [line], [line]
    while todo:
        current = todo.pop()
        for other in page:
            if all(other is not ln for ln in block) and _stacked_on(current, other):
                block.append(other)
                todo.append(other)
    return block


def index_labels(text: str) -> bool:
    """A row of a diagram's indexed symbols and numbers alone, however many ("α1 α2 α3 α4 α5 α6 α7",
    "1 3 4 5 6 7 8 345678 1": the roots of a Dynkin diagram and their numbering, set side by side,
    which the row joins into one line): a digit among them, no word (a letter and its index)."""
    tokens = text.split()
    return (
        bool(tokens)
        and any(char.isdigit() for char in text)
        and all(
            INDEX_LABEL.fullmatch(t) and not (len(t) == 2 and t.isalpha() and known_word(t)) for t in tokens
        )
    )


def _stacked(line: Line, page: list[Line]) -> bool:
    """Another line in the same size and font kind lies within ``STACK_GAP`` of the line's size above
    or below it, overlapping it across (a placeholder aside: tick values gone as ``numbers_only``):
    the line is one of a block of text (a note wrapped in a diagram's box, a list of keys), not a
    drawing's lone label. A row of indexed symbols (``index_labels``) is no text: an axis title set
    right under its categories is a label (vcd's "compressor" under "C1 C2 C3 C4")."""
    return any(
        _stacked_on(line, other) and not index_labels(MARK.sub("", other.text).strip()) for other in page
    )


def _stacked_on(line: Line, other: Line) -> bool:
    """``other`` is a line in ``line``'s size and font kind, within ``STACK_GAP`` of its size above
    or below it and overlapping it across, not a placeholder."""
    reach = STACK_GAP * line.size
    return (
        other is not line
        and not _placeholder(other)
        and other.mono == line.mono
        and abs(other.size - line.size) <= SIZE_STEP
        and other.x0 < line.x1
        and line.x0 < other.x1
        and (0 <= other.top - line.bottom < reach or 0 <= line.top - other.bottom < reach)
    )


def word_labels(page: list[Line]) -> set[int]:
    """The ids of lines that are one word in lower case each, set side by side on one row more than
    ``LABEL_APART`` em apart (a drawing's labels: "раздел" and "страница" under an example of page
    numbering): no line of prose starts in lower case beside another."""
    words = [ln for ln in page if not ln.mono and WORD.fullmatch(MARK.sub("", ln.text).strip())]
    return {
        id(a)
        for a in words
        for b in words
        if a is not b
        and min(a.bottom, b.bottom) - max(a.top, b.top) > 0.5 * min(a.bottom - a.top, b.bottom - b.top)
        and max(b.x0 - a.x1, a.x0 - b.x1) > LABEL_APART * a.size
    }


def repeated_labels(page: list[Line], figure: set[int]) -> set[int]:
    """The ids of the lines that repeat a figure's label (``figure``: the ids found so far) on its
    page, its text at its size and its left edge (``SIZE_STEP``): a grid of plots repeats its axes'
    labels in each panel, and a panel whose marks were found as no drawing (vcd's white mosaic, its
    "Placebo" / "Treated" / "Treatment" as the shaded panels beside it print them) keeps them as
    text."""
    cut = [ln for ln in page if id(ln) in figure]
    return {
        id(ln)
        for ln in page
        if any(
            other.text == ln.text
            and abs(other.size - ln.size) <= SIZE_STEP
            and abs(other.x0 - ln.x0) <= SIZE_STEP
            for other in cut
        )
    }


def label_neighbours(page: list[Line], figure: set[int], body: float) -> set[int]:
    """The ids of the small-print labels (``_legend_label``) that stand by a figure's label
    (``figure``: the ids found so far) in its size, each found one standing by the next: stacked
    on it or under it however near (``_stacked_label``: vcd's legend title "Pearson" /
    "residuals:" and the value "7.0" under it, a double-decker's "Survived" over its "No",
    "Gender" / "Class" under "Age") or on its row between two of them (``_between_labels``: "Blue"
    between "Brown" and "Hazel", with the axis title "Eye" stacked on it). A plot's labels stand
    together, and the label filters that find some (a label apart, under its drawing) miss the
    others beside them; small-print prose holds sentences and wraps over longer lines."""
    found = set(figure)
    labels = [ln for ln in page if ln.size < body - SIZE_STEP and _legend_label(ln)]
    while True:
        cut = [ln for ln in page if id(ln) in found]
        more = {
            id(ln)
            for ln in labels
            if id(ln) not in found
            and (any(_stacked_label(ln, other) for other in cut) or _between_labels(ln, cut))
        }
        if not more:
            return found - figure
        found |= more


def _legend_label(line: Line) -> bool:
    """A plot's label (``_short_label``) or a legend's title, which ends in a colon ("Pearson
    residuals:" over vcd's shading legend)."""
    return _short_label(replace(line, text=MARK.sub("", line.text).strip().removesuffix(":")))


def _stacked_label(line: Line, other: Line) -> bool:
    """``line`` stands over or under ``other`` in its size, overlapping it across, their tops
    ``STACK_GAP`` of its size and one line apart at most: a label wrapped under another or set
    in one stack with it, however near (a legend's title wraps with its rows overlapping)."""
    return (
        other is not line
        and abs(other.size - line.size) <= SIZE_STEP
        and other.x0 < line.x1
        and line.x0 < other.x1
        and 0 < abs(other.top - line.top) <= (1 + STACK_GAP) * line.size
    )


def _between_labels(line: Line, cut: list[Line]) -> bool:
    """Labels of ``cut`` in ``line``'s size stand on its row (``on_row``) left and right of it: one
    of a row of category labels over a plot, which its neighbours were found as."""
    row = [ln for ln in cut if abs(ln.size - line.size) <= SIZE_STEP and on_row(line, ln)]
    return any(ln.x1 <= line.x0 for ln in row) and any(line.x1 <= ln.x0 for ln in row)


def figure_file_labels(page: list[Line]) -> set[int]:
    """The ids of the lines that are a figure's file name alone ("./crisk-boxes5", set in typewriter
    at the right edge of a caption's last row or on the row under it): what a Sweave or knitr
    vignette's figure prints after its caption, a label of the file, no text. A path alone in a
    listing ("./configure") stands under no caption's lines, and one inside a code line is that
    line's own text."""
    found: set[int] = set()
    for at, caption in enumerate(page):
        if caption.mono or not FIGURE_CAPTION.match(MARK.sub("", caption.text).strip()):
            continue
        last = caption
        for line in page[at + 1 :]:
            if line.top - last.bottom >= STACK_GAP * last.size:
                break
            if line.mono and FIGURE_FILE.fullmatch(MARK.sub("", line.text).strip()):
                found.add(id(line))
                break
            if line.mono or _placeholder(line) or abs(line.size - caption.size) > SIZE_STEP:
                break
            last = line
    return found


def page_foot(
    page: list[Line],
    body: float,
    feet: frozenset[str] = frozenset(),
    tables: list[Rule] = (),
    formulas: list[Line] = (),
) -> list[Line]:
    """The page's lowest row of text when it is print furniture at the page's foot (set smaller than
    the body and than the page's own text, set apart from the text above it, each part short or
    standing at another page's foot too, ``feet``): all its parts, for a foot line set across both
    columns reads as pieces ("URL" under the left column, "Vignette | date | 1–2" under the right),
    else none. A row with a table's lines under it (``tables``: their boxes) is no foot: a reference
    card's column headings over its tables of bindings, under the card's title, were cut as one.
    Nor is a row of a display (``_display_piece``: ``formulas``, the page's lines taken out as a
    formula's before)."""
    text = [ln for ln in page if _has_alnum(ln) and debris_reason(ln, body) is None]
    if len(text) < 2:
        return []
    foot = max(text, key=lambda ln: ln.top)
    if any(bottom > foot.bottom for _, _, _, bottom in tables) or _display_piece(foot, formulas, body):
        return []
    above = [ln.bottom for ln in text if ln is not foot and ln.bottom <= foot.top + 1.0]
    if not above or foot.top - max(above) < FOOT_GAP * body:
        return []
    width = max(ln.x1 for ln in text) - min(ln.x0 for ln in text)
    size = min(body, body_size([text])) - SIZE_STEP

    def furniture(line: Line) -> bool:
        short = line.x1 - line.x0 <= FOOT_WIDTH * width or _foot_key(line) in feet
        return not line.mono and line.size <= size and short

    if not furniture(foot):
        return []
    return [ln for ln in page if ln is foot or (on_row(foot, ln) and not _placeholder(ln) and furniture(ln))]


def _display_piece(line: Line, formulas: list[Line], body: float) -> bool:
    """``line`` is a piece of a display whose other lines stand over it: a formula's line (one taken
    out as ``math``) starts above it, overlaps it across and ends less than ``FOOT_GAP`` body sizes
    over it. A display set at a page's bottom has its last piece there, small and short as a
    foot's furniture is (crc.pdf's p. 12, the denominator "x^((K−1−k)B)" under "v_k(x) = ⌊v(x)"
    was cut as the page's foot, and its display could not be written without it)."""
    return any(
        piece.top < line.top
        and line.top - piece.bottom < FOOT_GAP * body
        and piece.x0 < line.x1
        and line.x0 < piece.x1
        for piece in formulas
    )


def furniture_at_head(page: list[Line], furniture: list[Line]) -> bool:
    """The page's furniture (its running head, its folio: ``furniture``, the lines ``pdf_lines``
    took out of it as ``page_furniture``) stands over its text and none under it: the document
    prints its furniture at the head, so its pages' lowest line is the text's last, not a foot
    (a gtk-doc manual's "Members" heading at a page's bottom, its table overleaf). A page with no
    furniture taken, or some on or under its text's lowest row (a folio at the foot), is left to
    ``page_foot``."""
    text = [ln for ln in page if _has_alnum(ln)]
    if not furniture or not text:
        return False
    return max(ln.bottom for ln in furniture) <= min(ln.top for ln in text)


def page_feet(pages: list[list[Line]]) -> frozenset[str]:
    """The text of each line (``furniture_key``: page numbers aside) that stands on the lowest row of
    two pages or more: a running foot, however wide, even where the pages are too few for
    ``pdf_furniture`` to call it furniture (a two-page vignette's "https://cran.r-project.org/…")."""
    counts: Counter[str] = Counter()
    for page in pages:
        text = [ln for ln in page if _has_alnum(ln)]
        if text:
            lowest = max(text, key=lambda ln: ln.top)
            counts.update({_foot_key(ln) for ln in text if on_row(lowest, ln)})
    return frozenset(key for key, count in counts.items() if count > 1 and LETTERS.search(key))


def _foot_key(line: Line) -> str:
    """The line's ``furniture_key`` without the separators at its ends: a running foot's URL reads
    "| https://…" beside the page number's bar on a verso page, "https://…" on a recto."""
    return FOOT_SEPARATORS.sub("", furniture_key(MARK.sub("", line.text)))


def figure_lines(page: list[Line]) -> list[Line]:
    """The lines of each figure that ends in a bare caption ("Рисунок 5", no title, set off the text
    margin): the caption and the lines read just before it that stand well right of the margin (an
    example table's cells and notes, a drawing's labels), up to the first line of prose; a line
    that runs on that prose (lower case after no sentence end) is the prose's."""
    text = [ln for ln in page if _has_alnum(ln)]
    if not text:
        return []
    margin = min(ln.x0 for ln in text)

    def figure(line: Line) -> bool:
        return line.x0 >= margin + FIGURE_INDENT * line.size

    found: list[Line] = []
    for at, caption in enumerate(page):
        if not (CAPTION.match(MARK.sub("", caption.text).strip()) and figure(caption)):
            continue
        block = [caption]
        for before in reversed(page[:at]):
            if before.text.startswith((TABLE, CONTENTS, DEBRIS)):
                continue  # a table of the figure stays a table
            if not figure(before) or CAPTION.match(MARK.sub("", before.text).strip()):
                if not SENTENCE_END.search(MARK.sub("", before.text)):
                    while len(block) > 1 and block[-1].text[:1].islower():
                        block.pop()  # "… применять не" + "рекомендуется.": the note's last line
                break
            block.append(before)
        found += block
    return found


def _unit_label(line: Line, text: str, box: tuple[float, float, float, float]) -> bool:
    """A table's unit label: a few words, no sentence, set over the right half of the table, at most
    ``UNIT_LABEL_REACH`` em above its top ("В миллиметрах", "Размеры в миллиметрах" right-aligned
    over a table, which the text layer reads anywhere on the page)."""
    x0, top, x1, _ = box
    return (
        not text.startswith((TABLE, CONTENTS, DEBRIS))
        and any(char.isalpha() for char in text)
        and len(text.split()) <= UNIT_LABEL_WORDS
        and not SENTENCE_END.search(text)
        and line.x0 > (x0 + x1) / 2
        and line.x1 <= x1 + UNIT_LABEL_REACH * line.size
        and 0 <= top - line.bottom + 0.5 * line.size <= UNIT_LABEL_REACH * line.size
    )


def _has_alnum(line: Line) -> bool:
    """Letters or digits, not a table's, a contents page's or a debris line's placeholder."""
    text = MARK.sub("", line.text)
    return not text.startswith((TABLE, CONTENTS, DEBRIS)) and any(char.isalnum() for char in text)


def without_debris(layout: Layout) -> Layout:
    """The layout with each debris line replaced by its placeholder, its text and reason listed."""
    body = body_size(layout.pages)
    pages = []
    open_braces = 0
    feet = page_feet(layout.pages)
    for number, page in enumerate(layout.pages):
        boxes = [layout.tables[int(ln.text[1:])].box for ln in page if ln.text.startswith(TABLE)]
        tables = [box for box in boxes if box is not None]
        foot = (
            set()
            if furniture_at_head(page, layout.taken_on(number, PAGE_FURNITURE))
            else {id(line) for line in page_foot(page, body, feet, tables, layout.taken_on(number, "math"))}
        )
        following = _first_text_line(layout.pages[number + 1 :])
        figure = {id(line) for line in figure_lines(page)}
        ticks = [ln for ln in layout.numbers if ln.page == number]
        figure |= word_labels(page) | plot_labels(page, body, ticks) | figure_text(page, body)
        figure |= plot_area_labels(page, body, ticks) | drawn_grid_labels(page)
        figure |= repeated_labels(page, figure)
        figure |= label_neighbours(page, figure, body)
        displays = display_lines(page, body, following)
        page = _tables_after_their_paragraph(page, displays)
        formulas = formula_lines(page, body, ticks, _display_records(page, layout))
        files = figure_file_labels(page)
        reasons = [  # a grammar's row is text, however few its words or how many its signs
            None
            if ln.grammar
            else FIGURE_FILE_WHY
            if id(ln) in files
            else VERSION_STAMP
            if number == 0 and _version_stamp(ln)
            else _reason(ln, body, foot, figure, boxes)
            or displays.get(id(ln))
            or formulas.get(id(ln))
            or None
            for ln in page
        ]
        rests = {at for at in range(1, len(page)) if _heading_rest(page[at], page[at - 1], body)}
        rests |= {
            at for at in range(len(page) - 1) if reasons[at] == "figure" and _heading_over(page, at, body)
        }
        rests |= {
            at for at in range(len(page)) if reasons[at] == "figure" and _title_block_line(page, at, body)
        }
        rests |= {
            at
            for at in range(1, len(page))
            if reasons[at] in ("math", "no_words") and (_sentence_rest(page, at) or _caption_line(page, at))
        }
        closers, open_braces = _brace_closers(page, open_braces)
        rests |= {at for at in closers | form_closers(page) if reasons[at] == "no_words"}
        reasons = [None if at in rests else why for at, why in enumerate(reasons)]
        page = [replace(line, after_display=True) if displays.get(id(line)) == "" else line for line in page]
        kept = []
        for at, (line, why) in enumerate(zip(page, reasons, strict=True)):
            following = next(  # the next line that stays text: a figure's or a unit's line goes
                (ln.text for ln, gone in zip(page[at + 1 :], reasons[at + 1 :], strict=True) if gone is None),
                "",
            )
            if (
                why is None
                and following.startswith(TABLE)
                and TABLE_LABEL.match(MARK.sub("", line.text).strip())
            ):
                why = "table_label"  # "Таблица...", "Таблица 3" above the table it names, which left the text
            if why is not None:
                layout.taken[len(layout.debris)] = line
                layout.debris.append((line.text, why))
                line = replace(line, text=f"{DEBRIS}{len(layout.debris) - 1}")
            kept.append(line)
        pages.append(kept)
    return replace(layout, pages=pages)


def _version_stamp(line: Line) -> bool:
    """The line is version-control keywords alone (``VERSION_KEYWORD``; signs between them, no
    word: "$Revision: 1.7 $ ($Date: 2002/05/02 13:05:28 $)"), not in a listing: the
    revision stamp a DocBook source's ``<releaseinfo>$Id$</releaseinfo>`` prints on the title page,
    a record of the source file's check-in, not the document's text. tablix2-doc's HOWTOs print one
    under the author: morphix.pdf kept its "$Id: morphix.db,v 1.2 2006-08-29 14:32:23 avian Exp $" as
    the text's third line, modules2.pdf cut its own as a figure's label (it stands over a picture)."""
    text = MARK.sub("", line.text)
    rest = VERSION_KEYWORD.sub("", text)
    return not line.mono and rest != text and not any(char.isalnum() for char in rest)


def _display_records(page: list[Line], layout: Layout) -> list[Line]:
    """The lines of the displays on ``page`` that an earlier step cut as one record each (an aligned
    row's pieces joined: ``Layout.joined``), where they stood: their placeholders keep the formula's
    flag, not the display's place."""
    numbers = [ln.text[len(DEBRIS) :] for ln in page if ln.formula and ln.text.startswith(DEBRIS)]
    return [layout.taken[int(at)] for at in numbers if at.isdigit() and int(at) in layout.taken]


def _brace_closers(page: list[Line], open_braces: int) -> tuple[set[int], int]:
    """The lines of ``page`` that only close brackets, one brace at least, while braces opened on
    the lines above them (this page's or, ``open_braces``, the pages' before) are still open, and
    the braces open at the page's end. An Rd file or a TeX source printed line by line in the text
    font closes each block with a "}" alone on its line; cut as marks, no block ever closed. A line
    that only opens brackets, a brace among them, is kept with the closer that closes it: a dict a
    docstring prints ("{" / "m/z_with_error: [(m/z,intensity),...]," / "}") lost its "{" as
    ``no_words`` and kept its "}"."""
    closers = set()
    openers: list[tuple[int, int]] = []  # an opening line's place and the braces open over it
    for at, line in enumerate(page):
        text = MARK.sub("", line.text).replace(" ", "")
        if _placeholder(line):
            continue
        if CLOSERS.fullmatch(text) and open_braces >= text.count("}"):
            closers.add(at)
            still_open = open_braces - text.count("}")
            closers |= {opener for opener, over in openers if over >= still_open}
            openers = [(opener, over) for opener, over in openers if over < still_open]
        if OPENERS.fullmatch(text):
            openers.append((at, open_braces))
        open_braces = max(0, open_braces + text.count("{") - text.count("}"))
    return closers, open_braces


def _heading_over(page: list[Line], at: int, body: float) -> bool:
    """``page[at]``, a word or two in italics larger than the body (``drawing_label``), is a heading:
    the line read after it starts at its left edge, in the body's size or smaller, less than two of
    its lines under it (LaTeX News's "Introduction" and "Code improvements" over their column's
    paragraphs, "References" over its entries). A drawing's label stands apart from the text's
    margin ("Два интервала")."""
    line, after = page[at], page[at + 1]
    return (
        drawing_label(line, MARK.sub("", line.text), body)
        and abs(after.x0 - line.x0) <= HANG_ALIGN * body
        and after.size <= body + SIZE_STEP
        and 0 <= after.top - line.bottom < 2 * line.size
    )


def _title_block_line(page: list[Line], at: int, body: float) -> bool:
    """``page[at]``, set larger than the body (``LABEL_STEP``), stands in the first page's title
    block: every line read before it on the page is words set larger than the body, the title over
    it among them (a plot's tick values at the page's top, set large, are no title: its axis title
    under them stays the plot's). It is front matter (an author's byline: "JB Duck-Mayr" in 12 pt
    italic under RcppDist.pdf's title, a drawing's label to ``drawing_label``; "Tomaž Šolc" in 17
    pt roman centred under modules2.pdf's title and over its cover picture, a plot's title to
    ``_plot_title``, where morphix.pdf's author, with no picture under it, stays), never a drawing's
    label or a plot's title, which stand beside a drawing amid a page's text."""
    line = page[at]
    return (
        line.page == 0
        and at > 0
        and line.size >= body + LABEL_STEP
        and all(before.size > body + SIZE_STEP and _title_words(before) for before in page[:at])
    )


def _title_words(line: Line) -> bool:
    """``line`` holds a letter and is no placeholder: a title's or a byline's words, no tick values."""
    return not _placeholder(line) and any(char.isalpha() for char in MARK.sub("", line.text))


def _heading_rest(line: Line, before: Line, body: float) -> bool:
    """``line`` is the rest of a numbered heading that filled its line (``before``), wrapped under the
    heading's text past its number and set at its size right below it: "… the name of the type of" +
    "z", "… GrB_UnaryOp, z =" + "f(x)". A heading may end in a lone letter or a formula, so the
    piece is no debris; cut, it took the heading's last word. A line read as a formula
    (``Line.formula``: no text-font word) heads nothing, though it opens on a digit: a display
    fraction's numerator "1 − bc² − a²b + …" over its denominator "(1 − a)(1 − b)(1 − c)" in frobby's
    manual, whose denominator stayed text and tore the fraction in two."""
    em = before.size
    return (
        not before.formula
        and NUMBERED.match(MARK.sub("", before.text)) is not None
        and before.size >= body - SIZE_STEP
        and abs(line.size - em) <= SIZE_STEP
        and line.x0 > before.x0 + HANG_INDENT * em
        and line.x1 < before.x1 - FULL_LINE * em
        and 0 <= line.top - before.bottom < em
    )


def _sentence_rest(page: list[Line], at: int) -> bool:
    """``page[at]`` is the last line of the sentence the line before it broke off: set right under
    that line, at its size and from its left edge, and that line, prose that fills the text's
    column, stops inside a sentence ("… num_of_bits has to be" + "> 0" in TeX's math fonts, "…
    including the second last" + "’.’."), or ends in a colon over the line that ends the sentence
    (the example it announces, marks alone: "… you have to double it:" + "‘\\\\’."). Cut as a
    display or as marks, it left the sentence a half; a display stands centred or indented from its
    paragraph. A list item's line may wrap to the item's hanging indent instead (``_at_hang``). The
    column is the text lines sharing some of ``before``'s width: on a reference card of four columns,
    ref_card.pdf's "… parameter (’+’, ’-’," + "’*’)." fills its own."""
    line, before = page[at], page[at - 1]
    text = [ln for ln in page if _has_alnum(ln) and not ln.mono and ln.x0 < before.x1 and before.x0 < ln.x1]
    em = before.size
    said = MARK.sub("", before.text).rstrip()
    return (
        not (before.mono or before.formula or _placeholder(before))
        and (_next_line_of(before, line) or _at_hang(page, before, line) or _at_term_text(before, line))
        and before.x1 >= max((ln.x1 for ln in text), default=before.x1) - FULL_LINE * em
        and (_mid_sentence(said) or (said.endswith(":") and bool(SENTENCE_END.search(line.text))))
    )


def _at_hang(page: list[Line], before: Line, line: Line) -> bool:
    """``line``, right under ``before`` at its size and set in from its start, starts at the hanging
    indent of the list ``before`` is an item of: another text line of the page (not a formula's)
    starts there (``HANG_ALIGN``) right under a line that starts where ``before`` does, an item
    wrapped the same way. Glimmer3's release notes list "frame −1 if the stop begins in position
    3, 5, 9, … (so the leftmost base is" + "position 1, 4, 7, …);" and wrap "frame −2 … (left base
    position" + "2, 5, 8, …);" to that indent, in math alone; a display stands centred or at an
    indent of its own."""
    em = before.size

    def under(upper: Line, lower: Line) -> bool:
        return abs(lower.size - upper.size) <= SIZE_STEP and 0 <= lower.top - upper.bottom < upper.size

    return (
        under(before, line)
        and line.x0 > before.x0 + HANG_ALIGN * em
        and any(
            under(upper, lower)
            and lower is not line
            and not (lower.formula or _placeholder(lower))
            and abs(upper.x0 - before.x0) <= HANG_ALIGN * em
            and abs(lower.x0 - line.x0) <= HANG_ALIGN * em
            for upper, lower in pairwise(page)
        )
    )


def _at_term_text(before: Line, line: Line) -> bool:
    """``line``, right under ``before`` at its size, starts where ``before``'s text starts after the
    term in typewriter it opens with (``Line.typed_width``, then a space up to ``TERM_GAP`` em): a
    description list wraps its item's text under that text, right of the term (problems.pdf's
    "nb_file=n Specify … greater than your memory" + "(file_size ∗ nb_file).", in math alone, cut
    as a display, its sentence left a half); a display stands centred or at an indent of its own."""
    em = before.size
    text_start = before.x0 + before.typed_width
    return (
        before.opens_typewriter
        and before.typed_width > 0
        and abs(line.size - em) <= SIZE_STEP
        and 0 <= line.top - before.bottom < em
        and text_start < line.x0 <= text_start + TERM_GAP * em
    )


def _caption_line(page: list[Line], at: int) -> bool:
    """``page[at]`` is a line of a float's caption: the lines over it, each the line before the one
    under it in a paragraph (``_line_over``), go up to one opening "Figure N:". A caption is set
    smaller than the body, so each of its lines stands apart as a display's does (``_set_apart``),
    and one holding a formula and two short words read as a display: tgp.pdf's Figure 3 lost its
    last clause "and Di ∩ Dj = ∅ for i ≠ j." as ``math``, and its sentence ran on into the body."""
    while at > 0 and _line_over(page[at - 1], page[at]):
        at -= 1
        if _figure_caption(page[at]):
            return True
    return False


def _line_over(before: Line, line: Line) -> bool:
    """``before`` is the line over ``line`` in one paragraph: at its size, from its left edge, its top
    under ``before``'s and within an em of its foot. A caption's lines stand closer than their
    boxes (a subscript, "xiu1", reaches into the line under it)."""
    em = before.size
    return (
        abs(line.size - em) <= SIZE_STEP
        and abs(line.x0 - before.x0) < DISPLAY_MARGIN * em
        and before.top < line.top < before.bottom + em
    )


def _next_line_of(before: Line, line: Line) -> bool:
    """``line`` is the next line of ``before``'s paragraph: at its size, from its left edge, right
    under it. A display stands centred or indented from its paragraph; a definition's body set at
    an indent (Texinfo's ``@table``) keeps its lines at that indent."""
    em = before.size
    return (
        abs(line.size - em) <= SIZE_STEP
        and abs(line.x0 - before.x0) < DISPLAY_MARGIN * em
        and 0 <= line.top - before.bottom < em
    )


def display_lines(page: list[Line], body: float, following: Line | None = None) -> dict[int, str]:
    """The ids of the lines of each display (a formula, a figure) that stands inside a sentence, with
    ``math`` or ``figure``, and the ids of the lines after them that go on that sentence (with ""):
    the text line before the display stops inside a sentence (``_mid_sentence``) and reaches the
    column's right edge, the one after starts in lower case at the page's left margin, and the
    ``DISPLAY_LINES`` lines or fewer between them lie between the two and are set apart
    (``_set_apart``: a formula centred, a matrix's row or a root's index in script size). A display
    after a sentence's end, a colon or a short line (a paragraph's end) is the text's own (an
    example, a list). A display that ends the page goes when the ``following`` page's first text
    line goes on the sentence. Without this the reflow made the display a paragraph of its own and
    tore the sentence in two (itamsldoc.pdf: "… a entrare in" / "c d" / "una riga di testo.")."""
    text = [ln for ln in page if _has_alnum(ln) and not ln.mono]
    if len(text) < 3:
        return {}
    margin, right = _text_margin(text, body), max(ln.x1 for ln in text)
    found: dict[int, str] = {}
    for at, before in enumerate(text):
        em = before.size
        inside = _mid_sentence(MARK.sub("", before.text).rstrip())
        if not inside or before.x1 < right - FULL_LINE * em or abs(before.size - body) > SIZE_STEP:
            continue
        if at + 1 < len(text) and _next_line_of(before, text[at + 1]):
            continue  # the paragraph's own next line at its indent: "… for each i, the" + "i-th element …"
        for step in range(2, DISPLAY_LINES + 2):
            if at + step > len(text):
                break
            block = text[at + 1 : at + step]
            if _call_closed(before, block) or any(_bold_heading(ln, body) for ln in block):
                break
            if at + step == len(text):  # the display ends the page: the next page's first line decides
                goes_on = following is not None and _goes_on(following, following, following.x0, body, True)
                apart = all(_set_apart(ln, margin, right, body) and _below(ln, before) for ln in block)
                if goes_on and apart:
                    found.update(_display_reasons(block))
                break
            after = text[at + step]
            if _goes_on(before, after, margin, body) and all(
                _set_apart(ln, margin, right, body) and _between(ln, before, after) for ln in block
            ):
                if _command_syntax(block, text[max(0, at - SYNTAX_LEAD) : at + 1]):
                    break  # the sentence's own display: "The command format" / "randobj options …"
                found.update(_display_reasons(block))
                found[id(after)] = ""
                break
    return found


def _command_syntax(block: list[Line], lead: list[Line]) -> bool:
    """Whether a display inside a sentence is a command's syntax line: one line of words, its first
    a command's name of three letters or more in lower case, no word of the language, that the
    ``lead``, the text lines right over it, names ("The randobj command may be used …. The command
    format" over "randobj options type n k₁, k₂,..., k_p newObject"): text the sentence shows, no
    drawing's labels (Leon's guava manual cut it as ``figure``, every other command's syntax line
    kept)."""
    if len(block) != 1:
        return False
    words = MARK.sub("", block[0].text).split()
    name = words[0] if len(words) >= SYNTAX_WORDS else ""
    named = any(name in MARK.sub("", ln.text).split() for ln in lead)
    return bool(COMMAND_NAME.fullmatch(name)) and named and not known_word(name)


def _display_reasons(block: list[Line]) -> dict[int, str]:
    """Why each line of a display inside a sentence leaves the text: the display's kind, but a
    figure's caption among them stays as a float (``_figure_caption``), whether the sentence goes on
    under the display or atop the next page (NanoStringQCPro's Figure 1, set at a page's foot inside
    a paragraph, lost its caption with the flow chart's labels)."""
    kind = _display_kind(block)
    return {id(ln): FLOAT if _figure_caption(ln) else kind for ln in block}


def _figure_caption(line: Line) -> bool:
    """A figure's caption ("Figure 9: Object model …") among a display's lines is the float's, which
    LaTeX set where the sentence broke: it stays text, as every other caption does, moved after the
    paragraph (``FLOAT``); rrcov.pdf p. 27 cut Figure 9's caption as ``figure`` under its UML diagram
    (a table), the one caption of fifteen lost."""
    return bool(FIGURE_CAPTION.match(MARK.sub("", line.text).strip()))


def _bold_heading(line: Line, body: float) -> bool:
    """A bold line of words set larger than the ``body``, no formula and no drawing's label: a section
    heading, which no sentence runs through. libraw1394.pdf cut "Synopsis" and "Arguments" (14 pt
    bold) as ``figure`` between a function's summary, which ends with no full stop ("… get and process
    one event message"), and its first argument's lower-case description ("libraw1394 handle")."""
    return (
        line.bold
        and not line.formula
        and line.drawing is None
        and line.size > body + SIZE_STEP
        and bool(LONG_WORD.search(MARK.sub("", line.text)))
    )


def _call_closed(before: Line, block: list[Line]) -> bool:
    """``block`` closes the brackets ``before`` left open: the rest of a program's call that TeX
    broke and set in under it (CWEB: 'MESSAGE("… label %d at 0x%x",' over "r, node_pos);"), the
    statement's own, no display; cut as a figure, it left the statement a half."""
    opened = before.text.count("(") - before.text.count(")")
    inside = " ".join(ln.text for ln in block)
    return opened > 0 and inside.count(")") - inside.count("(") >= opened


def _text_margin(text: list[Line], body: float) -> float:
    """Where most of the page's body-size lines start (the leftmost of the most common starts, to the
    point): the text's margin. A line set out left of it (a function's signature in a manual) would
    put the margin there, and a field list's hanging indent would stand as far in as a display."""
    starts = Counter(round(ln.x0) for ln in text if abs(ln.size - body) <= SIZE_STEP)
    if not starts:
        return min(ln.x0 for ln in text)
    most = max(starts.values())
    return float(min(x for x, count in starts.items() if count == most))


def formula_lines(
    page: list[Line], body: float, numbers: list[Line] = (), records: list[Line] = ()
) -> dict[int, str]:
    """The ids of the page's rendered formulas, with ``math``: a line whose glyphs read as a formula
    (``Line.formula``: TeX math fonts, no text-font word) and that is set apart from the body
    (``_set_apart``: centred or indented, short of the right edge, or in another size; or numbered,
    ``_numbered``, whatever its indent), and a line of
    digits and signs alone set apart beside one (``_beside``: the text font's "2 +" of a continued
    fraction, read as a line of its own next to its "√"), or any piece of a display
    (``_formula_piece``, a formula's line nearer the margin) beside a line found, until no more join,
    or beside one of ``records``, a display an earlier step cut as one record (``_display_records``: an
    aligned row's pieces, FormalVerifier.pdf's "− ≤ x ≤ √2, …", whose fraction's "√3" under the row stayed
    text and the display went back to the text torn, "… > −7.17995 1" / "√3").
    An example's rendered output beside its source ("k log2 c(f)", "2 + √", "a11 = b11 a21 = b21")
    was kept as a paragraph of debris; a prose line with an inline formula has its words and stays."""
    text = [ln for ln in page if _has_alnum(ln) and not ln.mono]
    if len(text) < 3:
        return {}
    margin, right = min(ln.x0 for ln in text), max(ln.x1 for ln in text)
    lines = [ln for ln in page if not ln.mono and not _placeholder(ln)]
    apart = [ln for ln in lines if _set_apart(ln, margin, right, body) or _numbered(ln, numbers)]
    found = [
        ln
        for ln in apart
        if ln.formula
        and not _cell_of_row(ln, lines)
        and not _item_end(ln, lines, right)
        and not _row_of_text_list(ln, lines)
    ]
    set_apart = {id(ln) for ln in apart}
    # a piece set apart, or a formula's line at the margin with no word of prose (a display's next
    # row, "and E(Nij(T)|…) =")
    pieces = [
        ln
        for ln in lines
        if (
            not ln.formula and _formula_piece(ln)
            if id(ln) in set_apart
            else ln.formula and not PROSE_WORD.search(MARK.sub("", ln.text))
        )
        or (
            _display_row(ln, margin, body)
            and not (ln.formula and id(ln) in set_apart)
            and not _cell_of_row(ln, lines)
            and not column_line(ln, lines)
        )
    ]
    while joined := [
        ln for ln in pieces if any(_joins(ln, formula, margin, body) for formula in (*found, *records))
    ]:
        found += joined
        pieces = [ln for ln in pieces if all(ln is not piece for piece in joined)]
    taken = {id(ln) for ln in found}
    found += [ln for ln in apart if id(ln) not in taken and _word_on_display_row(ln, found, margin, body)]
    taken = {id(ln) for ln in found}
    labels = [ln for ln in lines if id(ln) not in taken and _label_of_row(ln, found)]
    return {id(ln): "math" for ln in found} | {id(ln): "figure" for ln in labels}


def _word_on_display_row(line: Line, display: list[Line], margin: float, body: float) -> bool:
    """``line`` holds a word or two of letters alone, stands on a row of the ``display`` lines
    found (its box shares height with one) and beside one of them (``_joins``): the display's own
    word, a `cases` condition ("otherwise") or a script set over a relation ("iid" over "∼"),
    which stayed a paragraph of its own when the display was cut (tgp.pdf's (15) and (16))."""
    words = MARK.sub("", line.text).split()
    return (
        0 < len(words) <= 2
        and all(word.isalpha() for word in words)
        and any(_rows_shared(line, formula) for formula in display)
        and any(_joins(line, formula, margin, body) for formula in display)
    )


def _numbered(line: Line, numbers: list[Line]) -> bool:
    """``line`` stands beside an equation's number right of it ("(3)", taken out among the page's
    ``numbers``), the number's middle within the line's height (a fraction's parts read into the
    line make it taller): a display's line, however little indented. log1mexp-note.pdf's display
    (3), its left half under 3 em in, stayed text torn at its fraction into two paragraphs. The
    display's closing stop or comma may be read into the number's line (tgp.pdf's ". (13)", its
    row "p(linear model) = ∏ … [θ1 +" a little indented left in the text)."""
    return any(
        EQUATION_NUMBER.match(number.text.strip().lstrip(".,; "))
        and number.x0 > line.x1
        and line.top < (number.top + number.bottom) / 2 < line.bottom
        for number in numbers
    )


def _item_end(line: Line, lines: list[Line], right: float) -> bool:
    """``line`` is a list item's wrapped last line, a short formula ending its sentence ("… for a
    regular expression" / "E ∈ R"): it starts at the item's hanging indent, where another text line
    of the page that fills the column starts (``HANG_ALIGN``), under a line that fills the column
    and stops mid-sentence. A display is centred or set at an indent of its own."""

    def full(other: Line) -> bool:
        return other.x1 >= right - FULL_LINE * other.size

    above = [
        ln for ln in lines if 0 <= line.top - ln.bottom < line.size and ln.x0 < line.x1 and line.x0 < ln.x1
    ]
    return (
        len(above) == 1
        and full(above[0])
        and _mid_sentence(MARK.sub("", above[0].text).rstrip())
        and any(
            other is not above[0]
            and not other.formula
            and full(other)
            and abs(other.x0 - line.x0) < HANG_ALIGN * line.size
            for other in lines
        )
    )


def _joins(piece: Line, formula: Line, margin: float, body: float) -> bool:
    """``piece`` is of ``formula``'s display: beside it (``_beside``), or, a display's named row
    (``_display_row``), on its row however far apart (a rule's premises set a quad or more apart:
    "S1 ∩ S2 = ∅" beside "κ(T1) ∩ κ(T2) = ∅")."""
    return _beside(piece, formula) or (on_row(piece, formula) and _display_row(piece, margin, body))


def _display_row(line: Line, margin: float, body: float) -> bool:
    """A row of an aligned display that names its function ("parse c = ▷, c, {}", "create t (k, d) =
    u, d": a name longer than an operator's, which the formula test reads as a word): at the body's
    size, indented as a display (``DISPLAY_INDENT`` em, however far right it runs: a display's row
    may pass the text's edge), a relation sign, at most ``DISPLAY_ROW_WORDS`` words of prose. Beside
    a formula it is the display's; a sentence holds more words, and a listing set smaller its own
    assignments ("F <− B + D # F is …" over a brace read as math)."""
    text = MARK.sub("", line.text)
    return (
        abs(line.size - body) <= SIZE_STEP
        and line.x0 > margin + DISPLAY_INDENT * line.size
        and any(char in RELATIONS for char in text)
        and len(PROSE_WORD.findall(text)) <= DISPLAY_ROW_WORDS
    )


def _cell_of_row(line: Line, lines: list[Line]) -> bool:
    """``line`` is a table's cell: a phrase of words (``ROW_LABEL_WORDS`` of prose or more, no
    formula) stands left of it on its row, the row's label ("matrix and vector assign" before
    "C⟨M⟩(I, J) = C(I, J) ⊙ A"). A display stands alone on its row or beside its number; the line
    of a text column left of it on its row is no label (``column_line``: dynesty.pdf's "P(Θ|D, M) =
    …" beside the left column's "Much of modern astronomy …")."""
    return any(
        not ln.formula
        and ln.x1 < line.x0
        and on_row(line, ln)
        and len(PROSE_WORD.findall(MARK.sub("", ln.text))) >= ROW_LABEL_WORDS
        and not column_line(ln, lines)
        for ln in lines
    )


def column_line(line: Line, lines: list[Line]) -> bool:
    """``line`` is a justified text column's: ``COLUMN_WIDTH`` em wide or more, ``GUTTER_PROSE``
    other lines of the page starting and ending where it does (within ``GUTTER_EDGE`` em). A
    table's row labels end where their words do."""
    reach = GUTTER_EDGE * line.size
    return line.x1 - line.x0 >= COLUMN_WIDTH * line.size and (
        sum(
            other is not line and abs(other.x0 - line.x0) <= reach and abs(other.x1 - line.x1) <= reach
            for other in lines
        )
        >= GUTTER_PROSE
    )


def _row_of_text_list(line: Line, lines: list[Line]) -> bool:
    """``line`` is a row of a displayed list of mappings whose rows are mostly text: of the lines
    stacked with it (``_mapping_stack``), more are text, with one to ``DISPLAY_ROW_WORDS`` prose
    words, than formulas (camlidl's "[ref] ty * ⇒ [[ty]]" over "[unique] ty * ⇒ [[ty]] option" and
    "[ptr] ty * ⇒ [[ty]] Com.opaque"). Its glyphs read as a formula for want of a word, but cut, it
    left a hole in the list its siblings stay in. A display whose named rows alternate with its
    formulas ("c = f" / "parse c = f") is math, and leaves whole."""
    stack = _mapping_stack(line, lines)
    text = [
        ln
        for ln in stack
        if not ln.formula and 0 < len(PROSE_WORD.findall(MARK.sub("", ln.text))) <= DISPLAY_ROW_WORDS
    ]
    return len(text) > sum(ln.formula for ln in stack)


def _mapping_stack(line: Line, lines: list[Line]) -> list[Line]:
    """``line`` and the lines stacked with it, each less than an em under or over one of the stack
    and overlapping it across, holding one of ``line``'s relation signs."""
    signs = RELATIONS.intersection(MARK.sub("", line.text))
    if not signs:
        return [line]
    stack, grown = [line], True
    while grown:
        near = [
            other
            for other in lines
            if all(other is not ln for ln in stack)
            and signs.intersection(MARK.sub("", other.text))
            and any(
                max(other.top - ln.bottom, ln.top - other.bottom) < ln.size
                and other.x0 < ln.x1
                and ln.x0 < other.x1
                for ln in stack
            )
        ]
        stack += near
        grown = bool(near)
    return stack


def _label_of_row(line: Line, found: list[Line]) -> bool:
    """``line`` is a figure's axis label: a short phrase with no sentence end on one row with two
    formulas or more, the figure's math labels ("State(Time)" left of "s(τ1)", "s(τ2)", …). A bold
    line that opens with a section's number (``NUMBERED``) is a heading, whatever stands on its row: a
    two-column paper's "5.2 Eggbox" opens its column's section level with a display in the other
    column."""
    text = MARK.sub("", line.text).strip()
    if len(text.split()) > UNIT_LABEL_WORDS or text.endswith((".", "!", "?", "…")):
        return False
    if line.bold and NUMBERED.match(text):
        return False
    return sum(on_row(line, ln) for ln in found) >= 2


def _formula_piece(line: Line) -> bool:
    """A line that may be a piece of the display beside it: digits and signs alone, letters in
    runs of two at most (a subscript read as a line of its own, "ij"), italic letters only (a
    variable with its subscript, "qij", a fraction's "∂qij"), a line ending in an
    operator (the display's left half, "logit[…] = λ1 −", read apart from its right), or operator
    names and a bracket, no prose word (a case's branch set in the text font, "log1p(− exp(−a))":
    left in the text after "i.e.," while the rest of log1mexp-note.pdf's display (7) went)."""
    text = MARK.sub("", line.text).strip()
    return (
        _digits_and_signs(line)
        or line.italic
        or not LONG_WORD.search(text)
        or text.endswith(OPERATORS)
        or ("(" in text and not PROSE_WORD.search(text))
    )


def _placeholder(line: Line) -> bool:
    """A table's, a contents page's or a debris line's placeholder: already out of the text, its own
    record kept (a formula's flag stays on a line made a placeholder)."""
    return MARK.sub("", line.text).startswith((TABLE, CONTENTS, DEBRIS))


def _digits_and_signs(line: Line) -> bool:
    """No letter: digits and the signs a formula sets in the text font ("2 +", "1", "= 0")."""
    return not any(char.isalpha() for char in MARK.sub("", line.text))


def _beside(line: Line, formula: Line) -> bool:
    """``line``'s box is within an em of ``formula``'s, across and down: a piece of one display."""
    em = line.size
    across = max(formula.x0 - line.x1, line.x0 - formula.x1)
    down = max(formula.top - line.bottom, line.top - formula.bottom)
    return across < em and down < em


def _display_kind(block: list[Line]) -> str:
    """``FLOAT`` when a line of the display is a titled table caption (a float LaTeX set where a
    sentence broke: basque.pdf's key table, "Table 1: The extra definitions …", its rows prose),
    else ``figure`` when a line not read as a formula holds a run of letters (a label; a formula's
    "wiz(pi)" is variables set close), else ``math``."""
    if any(TABLE_CAPTION.match(MARK.sub("", ln.text).strip()) for ln in block):
        return FLOAT
    labels = [ln for ln in block if not ln.formula]
    return "figure" if any(LONG_WORD.search(MARK.sub("", ln.text)) for ln in labels) else "math"


def _tables_after_their_paragraph(page: list[Line], displays: dict[int, str]) -> list[Line]:
    """The page with each display's line marked ``FLOAT`` (its ids dropped from ``displays``: a
    table's rows, read a row a line, or a figure's caption are text) moved after the paragraph it
    stood inside: the lines after it that go on at the text margin, up to the next paragraph's
    indented first line, a placeholder or the page's end. The sentence the float broke then reads
    whole, and the table or the caption follows it. A caption whose paragraph runs on past the
    page's end (its last line stops inside a sentence) stays where it stood: after the page's last
    line it would part the sentence from its rest overleaf, which the reflow joins past a float read
    before it (``pdf_reflow._after_float``)."""
    table = [ln for ln in page if displays.get(id(ln)) == FLOAT]
    if not table:
        return page
    for line in table:
        del displays[id(line)]
    rest = [ln for ln in page if all(ln is not t for t in table)]
    below = max(ln.top for ln in table)
    start = next(
        (at for at, ln in enumerate(rest) if displays.get(id(ln)) == "" and ln.top > below), len(rest)
    )
    margin = rest[start].x0 if start < len(rest) else 0.0
    end = start
    while (
        end < len(rest)
        and _has_alnum(rest[end])
        and abs(rest[end].x0 - margin) < DISPLAY_MARGIN * rest[end].size
    ):
        end += 1
    overleaf = end == len(rest) and _mid_sentence(MARK.sub("", rest[-1].text).rstrip())
    if overleaf and all(_figure_caption(ln) for ln in table):
        return page  # the paragraph runs overleaf: the reflow reads it past the caption where it stands
    return rest[:end] + table + rest[end:]


def _mid_sentence(text: str) -> bool:
    """The line stops inside a sentence: it ends in a lower-case letter or a comma, no sentence end
    and no colon (a display after a colon is the text's example), and no word in capitals (a
    rendered running head: "1.2 VALUTAZIONE")."""
    return bool(text) and (text[-1].islower() or text.endswith(",")) and not SENTENCE_END.search(text)


def _goes_on(before: Line, after: Line, margin: float, body: float, new_page: bool = False) -> bool:
    """``after`` starts in lower case at the ``margin``, at the body's size, below ``before`` (or at
    the top of the next page), and not in bold under a line that is not: a description list's next
    term (velvet's Manual.pdf's "layout by Paul Harrison …" under an entry's "… above a given" +
    "locus", read as a sentence going on past a figure, "locus" cut)."""
    first = MARK.sub("", after.text).lstrip()[:1]
    return (
        first.islower()
        and not (after.opens_bold and not before.bold)
        and abs(after.x0 - margin) < DISPLAY_MARGIN * after.size
        and abs(after.size - body) <= SIZE_STEP
        and (new_page or after.top > before.bottom)
    )


def _below(line: Line, before: Line) -> bool:
    """``line``'s middle lies below the top of ``before`` less half an em: a root's raised index or
    a matrix's second row hangs off the line its formula stands in."""
    return (line.top + line.bottom) / 2 > before.top - before.size / 2


def _between(line: Line, before: Line, after: Line) -> bool:
    """``line`` lies under ``before`` (``_below``) and its middle above ``after``'s."""
    return _below(line, before) and (line.top + line.bottom) / 2 < (after.top + after.bottom) / 2


def _set_apart(line: Line, margin: float, right: float, body: float) -> bool:
    """A display's line: short of the right edge by ``FULL_LINE`` em, and indented from the margin
    by ``DISPLAY_INDENT`` em (centred) or set in another size than the body; a paragraph's first
    line or a list item's fills the column, and its last line starts at the item's indent."""
    em = line.size
    return line.x1 < right - FULL_LINE * em and (
        line.x0 > margin + DISPLAY_INDENT * em or abs(line.size - body) > SIZE_STEP
    )


def _first_text_line(pages: list[list[Line]]) -> Line | None:
    """The first text line (no placeholder, no code) of the first page that has one, when it starts
    at that page's left margin."""
    for page in pages:
        text = [ln for ln in page if _has_alnum(ln) and not ln.mono]
        if text:
            margin = min(ln.x0 for ln in text)
            return text[0] if abs(text[0].x0 - margin) < DISPLAY_MARGIN * text[0].size else None
    return None


def _marks_side_by_side(found: re.Match, notes: set[str]) -> list[str]:
    """The raised run ``found`` as two or more footnote numbers set side by side after a word or a
    stop, each a note of the page and each the one before plus one (irace-package.pdf's "links.⁸⁹"
    over notes 8 and 9, "script.¹⁰¹¹" over 10 and 11: two marks each, not the numbers 89 and 1011),
    or [] where it reads no such way: an exponent after a digit is a number (Algo.book.pdf's
    "3.4 · 10¹³" beside notes 1 and 3)."""
    if found.string[: found.start()].rstrip()[-1:].isdigit():
        return []
    return _consecutive_notes(found.group(1).translate(PLAIN_DIGITS), notes)


def _consecutive_notes(digits: str, notes: set[str], after: int | None = None) -> list[str]:
    """``digits`` split into two or more numbers of ``notes`` counting up by one from the first
    (from ``after`` plus one when given), or []."""
    for cut in range(1, len(digits) + 1):
        head, rest = digits[:cut], digits[cut:]
        if not head.isdigit() or head not in notes or (after is not None and int(head) != after + 1):
            continue
        if not rest:
            return [head] if after is not None else []
        numbers = _consecutive_notes(rest, notes, int(head))
        if numbers:
            return [head, *numbers]
    return []


def _on_base(found: re.Match) -> bool:
    """The raised run ``found`` has something before it on its line or in its cell ("10¹²³⁴", "n²",
    "x(¹)"): one that opens it has nothing to raise, so it is no exponent (a chess diagram's rank
    numbers beside the board). A space before it may be the line's own (a script stacked on its
    letter, "β ∗(t)"), so only the start counts."""
    return bool(found.string[: found.start()].strip())


def _exponent(found: re.Match) -> bool:
    """The raised run ``found`` is a number right after one letter standing alone (``EXPONENT_BASE``:
    "Θ(N²)", "x²") or after a minus sign or an exponent's plus (``EXPONENT_SIGN``: the end of a
    raised "n−1"): a formula's exponent, whatever notes its page has. A note's mark follows a word or
    punctuation ("package.²", "GTK+⁷"), so a note 2 on the page made fastcluster.pdf's "Θ(N²)" read
    "Θ(N)", and notes 1 left in Algo.book.pdf's flow made its x^{n−1} read "xn−", the "1" cut."""
    before = found.string[: found.start()]
    return found.group(1).translate(PLAIN_DIGITS).isdigit() and bool(
        EXPONENT_BASE.search(before) or EXPONENT_SIGN.search(before)
    )


def _reason(line: Line, body: float, foot: set[int], figure: set[int], boxes: list) -> str | None:
    """Why the line is debris by itself or by where it stands (a page's foot, a figure, a table's
    unit label), or None."""
    if id(line) in foot:
        return "page_foot"
    why = debris_reason(line, body) or ("figure" if id(line) in figure else None)
    text = MARK.sub("", line.text).strip()
    if why is None and any(_unit_label(line, text, box) for box in boxes if box):
        return "table_label"  # "В миллиметрах" over the table's right: the table's, not the text's
    return why


def _ordinal_marks_cut(cell: str, notes: set[str]) -> str:
    """The cell without each ordinal indicator after a digit ("2013ª") whose letter is a mark a line
    of the text opens with (``notes``: a table's note): the glyph reader takes a raised a or o after
    a number in a text font for an ordinal's (``pdf_accents._ordinal_indicator``: "2ª"), but where a
    note opens with that letter the raised letter is the note's mark, cut as the text cuts the
    note's own (hotos17.pdf's Table 1 cell "2013ª" over its note "ᵃTSX launched with …")."""
    return ORDINAL_AFTER_DIGIT.sub(
        lambda found: "" if ORDINAL_LETTERS[found.group(1)] in notes else found.group(0), cell
    )


def unnoted_marks_kept(layout: Layout) -> Layout:
    """The layout with each mark that no footnote on its page carries written back into its line
    as superscript digits: a raised digit with no note under it is the text's own (a patent
    classification's edition, "МПК⁷ H 04 B 1/38"; a power, "10³"; a digit of an arrow's label,
    "n±i−1" in itamsldoc.pdf), not a reference for the parser to cut. A footnote, or a side note
    cut from the margin (``_margin_notes``), counts on the mark's own page only (TeX starts a note
    on the page of its mark: a note 1 on page 2 does not make a raised 1 on page 15 a mark); a body
    line that opens with the mark (an endnote, or a note the page foot rule missed) counts wherever
    it stands. A raised asterisk or dagger is held to the same rule (a vignette's estimate "θ∗" on
    a page with no "∗" note is the text's; an author's "†‡" is two marks when both notes are
    there), and a raised run no note opens with ("(1)" of "θ(1)") is
    never a mark. A raised run that opens its line or cell (``_on_base``) is no exponent and stays a
    mark; a raised number right after one letter alone is an exponent even beside its note
    (``_exponent``). A table's cells take the same decision (an exponent, "1 × 10¹²³⁴", a quiz's "n²"), and a
    mark that stays one leaves its cell, as a cell keeps nothing for the parser to cut. A line cut as
    debris keeps each mark raised (``marks_raised``)."""
    on_page: dict[int, set[str]] = {}
    for line in [line for page in layout.footnotes for line in page] + _margin_notes(layout):
        if found := footnote_mark(line.text):
            on_page.setdefault(line.page, set()).add(found[0].translate(PLAIN_DIGITS))
    anywhere = {
        found.group(1).translate(PLAIN_DIGITS)
        for page in layout.pages
        for line in page
        if (found := MARK.match(line.text))
        and (footnote_mark(line.text) or NOTE_MARK.fullmatch(found.group(1)) and not found.group(1).isdigit())
    }  # a note left in the flow may open on a non-letter: "∗>Anaparagwg…", an 8-bit Greek quote

    def kept_on(text: str, page: int) -> str:
        notes = anywhere | on_page.get(page, set())

        def kept(found: re.Match) -> str:
            mark = found.group(1).translate(PLAIN_DIGITS)
            noted = NOTE_MARK.fullmatch(mark) and (mark in notes or not mark.isdigit() and set(mark) <= notes)
            # a number and symbols raised together, each a note's ("2⋆": affiliation 2, the title's note)
            parts = marks_in(mark)
            noted = (
                noted or len(parts) > 1 and all(NOTE_MARK.fullmatch(part) and part in notes for part in parts)
            )
            if not noted and not _exponent(found) and (numbers := _marks_side_by_side(found, notes)):
                return "".join(f"{MARK_OPEN}{number}{MARK_CLOSE}" for number in numbers)
            if _exponent(found) or (not noted and _on_base(found)):
                return mark.translate(RAISED_DIGITS)
            return found.group(0)

        return MARK.sub(kept, text)

    opening_marks = {
        found.group(1) for page in layout.pages for line in page if (found := MARK.match(line.text))
    }

    def cell_kept(cell: str, page: int) -> str:
        return _ordinal_marks_cut(MARK.sub("", kept_on(cell, page)), opening_marks).strip()

    pages = [[replace(line, text=kept_on(line.text, line.page)) for line in page] for page in layout.pages]
    tables = [
        replace(table, rows=[[cell_kept(cell, table.page) for cell in row] for row in table.rows])
        for table in layout.tables
    ]
    debris = [(marks_raised(text), why) for text, why in layout.debris]
    return replace(layout, pages=pages, tables=tables, debris=debris)


def _margin_notes(layout: Layout) -> list[Line]:
    """The lines cut as margin names (``pdf_lines.read_lines``): a side note set in the margin
    (BiocStyle's footnotes, LatexStyle2.pdf's notes 3 to 11) is its page's note, and its mark in the
    text goes with it, as a note at the page's foot takes its own."""
    return [line for at, line in layout.taken.items() if layout.debris[at][1] == "margin_name"]


def marks_raised(text: str) -> str:
    """``text``, a removed record's (a line cut as debris, a formula's fragment), with each mark as
    the raised text it is: the parser resolves no mark in a record, and a cut formula's raised
    digit is its superscript ("χ²", "var⁻¹", "ez²")."""
    return MARK.sub(lambda found: found.group(1).translate(PLAIN_DIGITS).translate(RAISED_DIGITS), text)
