"""PDF page layout: tables, side-by-side columns and footnotes taken out of the line order.

pdfminer reads a page box by box, so a table comes out cell by cell between two paragraphs ("Наименование
государства / Азербайджанская Республика / … / Азгосстандарт / …") and footnote bodies stand
wherever their page ends, often inside a paragraph that runs on to the next page. Here, per page:

* a **ruled table** is a group of touching rules (drawn lines, stroked rectangle edges, TeX's filled
  rules) with at least three distinct column or row rules; a code listing's frame (two of each) is
  not one;
* an **aligned block** is three or more rows in which lines stand side by side at one height
  (lines of numbers alone do not count: a clause number set apart by a tab is no column). It is a
  table when it has three columns or more, or its lines are short (cells); otherwise it is prose
  set in columns, and its lines are put in column order (left column top to bottom, then the next);
  rows pdfminer read as one line across the columns and labels centred over them carry a block on,
  and such labels right over or under it are the table's (``_rows_between``, ``_labels_taken``);
  a block of fewer rows, three cells each at least, is a table beside a table caption (``_captioned``);
* a table's lines leave the page; a placeholder line (``TABLE`` and the table's index) stands where
  it was, so the parser puts a ``table`` span with the cells' text in ``structure`` at that place;
* **footnotes** are the lines at a page's bottom, below the last line of body-size text, set
  smaller than the body (the prose's: a .dtx manual's code, set smaller, outweighs it), the first
  of them starting with a mark ("⁴С другой стороны", "11В aptitude", "∗e-mail: …" under a
  \\thanks; "5. Cette option …" when the page's text raises the 5), a page number set under
  them at the body's size notwithstanding: they leave the page and are reflowed apart, for the
  parser to put after the text;
* a **contents page** (a third of its lines or more, five at least, end in dot leaders) leaves the
  text whole: a placeholder line (``CONTENTS`` and the page's index in ``Layout.contents``) stands
  where it was, so the parser records it in ``removed`` (a list of headings with page numbers is
  not prose, and a TeX contents line is set too tight to read: "1.1 ОчёмданныеЧаВо?"); so does an
  **index page** (its lines a term and page numbers, "apt-doc, 38, 39", under an index's cues
  CWEB's "atof 20" too, the rows of the tables its columns were taken for included), back matter alike;
* a **contents list without leaders** (LaTeX article's, on the title page: "Содержание" / "1 Кодировка
  KOI8-R", its page numbers a column apart) leaves the text the same way: a contents heading and the
  lines under it that repeat, in order, lines found later (the sections' headings), with the numbers
  read on their rows;
* a **determination key's lead** (leaders to a species' name or to the next couplet's number:
  "2. Околоцветник простой ....... 3.") is no contents line: its leaders become " — " and the lead
  ends its paragraph, a lead whose leaders wrap onto the next line joined first (``_leads_set``);
* a footnote reference set as plain digits after a sentence's end ("… вручную. 12") is a mark
  when the page has a note with that number;
* a footnote row's pieces are joined left to right, however far apart pdfminer read them;
* a monospaced line on the row of one read earlier moves next to it (a screen's right column);
* then pieces of one line that pdfminer split ("государств: AZ, …, UA" | "[коды альфа-2 по МЭК")
  are joined left to right, and lines of digits and punctuation alone (a table of contents' page
  numbers read across, "5 5 5 6 6") leave the text, but for monospaced ones (a listing's line
  numbers): each stands as a debris placeholder (``numbers_only``), as does each watermark line
  and each line of page furniture ``pdf_lines`` took out (``letter_column``, ``page_furniture``,
  ``rotated_text``: a line set turned; ``figure``: a label drawn in a Form XObject),
  so the parser records it in ``removed``.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from sloika.pipelines.formats.pdf_line_order import NUMBERS_ONLY
from sloika.pipelines.formats.pdf_line_record import (
    MARK,
    MARK_CLOSE,
    MARK_OPEN,
    RUN_IN_GAP,
    Dropped,
    Line,
    Rule,
    enclosing,
    rows_of,
)
from sloika.pipelines.formats.pdf_lines import CODE, DATE, listings_beside
from sloika.pipelines.formats.pdf_spacing import NOTE_SYMBOLS
from sloika.text.script_forms import SUPERSCRIPT_DIGITS
from sloika.text.sentences import SENTENCE_END

TABLE = "\ue002"  # a placeholder line's text starts with it; the table's index follows
CONTENTS = "\ue005"  # ... and a contents page's, its index in ``Layout.contents`` following
DEBRIS = "\ue006"  # ... and a debris line's (``pdf_debris``), its index in ``Layout.debris`` following
TABLE_LABEL = re.compile(
    r"^(?:(?:Продолжение|Окончание)\s+таблицы|Таблица|Table)\s*(?:[A-ZА-ЯЁ]\.)?(?:\d+(?:\.\d+)*)?"
    r"\s*(?:\(continued\))?\s*(?:[.…]\s*)*$",
    re.I,
)  # bare: "Таблица 3", "Продолжение таблицы 3", "Table 2 (continued)", "Таблица..."
TABLE_CAPTION = re.compile(
    r"^(?:Таблица|Table|Tabla|Tabelle|Tableau|Tabella|Taula|Tabulka)\s*(?:[A-ZА-ЯЁ]\.)?\d+(?:\.\d+)*\s*[:.]\s+\w",
    re.I,
)  # titled: "Table 1: The extra definitions made by basque.ldf"
# a float's caption: "Figure 4: Clustering …", "Table 2. …", "Рис. 3 —" (numbered, then a colon, stop or dash)
FIGURE_NAMES = r"Figure|Fig\.|Abbildung|Figura|Рис\.|Рисунок"
CAPTION_NUMBER = r"\s+[A-Z]?\d+(?:\.\d+)*\s*[:.—–-]"
# a figure's caption, which stands under its figure: what follows it is never the figure's
FIGURE_CAPTION = re.compile(rf"^(?:{FIGURE_NAMES}){CAPTION_NUMBER}")
# a contents line's end: "Сноски ....... 12"; three dots lead only to a page number, else they are
# an ellipsis ending a line of prose ("• or even by \\input{⟨pkg⟩.sty} ...", commado.pdf)
LEADERS = re.compile(r"(?:(?:[.…·] ?){4,}\s*\d{0,4}|(?:[.…·] ?){3}\s*\d{1,4})$")
# a contents line's end without leaders: a dash and the page it points to ("Class GtArray — page 36")
PAGE_POINTER = re.compile(r"\s[—–]\s?(?:page|p\.)\s?\d{1,4}$", re.I)
CONTENTS_SHARE = 1 / 3  # of a page's lines ending in leaders make it a contents page
CONTENTS_LINES = 5  # ... and at least this many
# a contents list's heading, alone on its line
CONTENTS_HEADING = re.compile(r"^(?:содержание|оглавление|contents|table of contents)$", re.I)
# a list's own heading right over its first entry ("Table of Classes", "List of Figures"): the list's too
LIST_HEADING = re.compile(r"^(?:table|list) of [^\W\d_]+(?: [^\W\d_]+)?$", re.I)
CONTENTS_ENTRIES = 2  # lines under it that repeat later lines in order, at least, make it a contents list
# a contents entry without leaders: a section's number and a short title ("5 Index", "A Notes")
ENTRY_LINE = re.compile(r"^(?:\d{1,3}(?:\.\d{1,3})*\.?|[A-Z])\s+\S.{0,60}$")
SHORT_TITLE = re.compile(r"^\s*[^\W\d_][^.!?:;,]{0,38}$")  # an unnumbered entry ("Предметный указатель")
ENDS_IN_NUMBER = re.compile(r"\s\d{1,4}$")  # a contents entry's page number set on its line
# an entry's leaders, however few, and the page number they lead to, read onto its row ("II. 6",
# "Отбивки. . . .... 4."); not a section number's digits ("3.1")
ENTRY_TAIL = re.compile(r"(?<!\d)\s*(?:[.…·]\s*)+\d{1,4}\.?$")
# a numbered entry whose title filled its line, its leaders cut to a dot against the last word
# ("3.1 Effects of population structure on the standard tests for association. 16"): too long for
# ``ENTRY_LINE``, no leader line for ``LEADERS``
FULL_ENTRY = re.compile(rf"^\d{{1,3}}(?:\.\d{{1,3}})*\.?\s+\S.*{ENTRY_TAIL.pattern}")
# leaders of a dot or two ("… in text scripts .", "… Что делать? . 22"), no full stop (no space before it)
SHORT_LEADERS = re.compile(r"\s\.(?: ?\.)?(?:\s+\d{1,4})?$")
# an entry's leaders the line width cut to two dots or three, its page number read apart ("Dref ..",
# "4.3 Using constrain.."): under a contents heading only, elsewhere they may end prose in an ellipsis
CUT_LEADERS = re.compile(r"\S ?(?:[.…·] ?){2,3}$")
ENTRY_LETTERS = 3  # letters and digits a contents entry has at least (not a lone "1")
ENTRY_WRAP = 3  # lines a contents entry without leaders may wrap onto, at most
# dot leaders that lead to words or to a numbered couplet ("… ....... Морозник кавказский (…)",
# "… ....... 3."): a determination key's lead, no contents line (whose leaders lead to a page number)
LEAD = re.compile(r"\s*(?:[.…·] ?){5,}\s*(?=[^\W\d_]|\(|\d{1,3}\.$)")
OPEN_LEADERS = re.compile(r"(?:[.…·] ?){5,}$")  # a line's leaders that go on on the next line
WRAPPED_LEADERS = re.compile(r"^(?:[.…·] ?){3,}")  # ... which starts with leaders
LEAD_DASH = " — "  # what stands for a lead's leaders in the text
TOUCH = 2.0  # pt: rules this close touch
ALIGNED_ROWS = 3  # rows of side-by-side lines that make an aligned block
BOOKTABS_RULES = 3  # rules across only, stacked, that rule a table (``_booktabs_regions``)
HEADER_ROWS = 3  # ... and the rows of its header band, at most
MEASURE_SHARE = 0.9  # ... a rule's width of the table's top rule's, at least
TABLE_RULE = 48.0  # pt: ... and the width of each, at least (a plot's marks drawn as tiny boxes are none)
Measures = tuple[list[Rule], Counter]  # a page's shared line spans and its lines' starts (``_measures``)
# A program's line: a statement's ";" or a brace ends it (its comment may follow), a brace opens it,
# or it is a comment ("case 1: n = n − 1; break;  /∗ round down ∗/", "{ int i;", "} Outline;")
PROGRAM_LINE = re.compile(r"(?:[;{}]\s*(?:/[∗*].*[∗*]/\s*)?$)|^\s*[{}]|^\s*/[∗*].*[∗*]/\s*$")
LEADER_RUN = re.compile(r"(?<=\s)(?:[.…·]\s)+")  # leaders between a row's words: " . . . . "
LEADER_LINE = re.compile(r"^\s*(?:[.…·]\s*)+$")  # a piece of leaders alone
DOT_RUN = re.compile(r"(?:[.…·] ?){4,}")  # dot leaders anywhere in a line: a contents entry's
CODE_MARK = re.compile(r"[(){}\[\]=<>_$#&|]")  # a bracket, a sign or an underscore: no prose line's end
LISTING_SHARE = 1 / 3  # rows of program lines, at least, that make an aligned block a listing
CELL_CHARS = 30  # an aligned block whose lines are shorter than this (median) is a table
PROSE_LETTERS = 20  # a column beside a table whose lines have this many letters (median) is prose
PROSE_SHARE = 0.5  # of a column's characters in lines of prose, more: a column of running text
RUNS_ON = re.compile(r"(?:[^\W\d_]|[,-])$")  # a line that ends mid-sentence: a letter, a comma, a break
SENTENCE_STOP = re.compile(r"[^\W\d_][.!?](?:\s|$)")  # a sentence ends here (not a leader's dots)
EQUATION_NUMBER = re.compile(r"^\(\d{1,3}(?:\.\d{1,3})?[a-z]?\)$")  # a display's number: "(5)", "(2.13b)"
MATH_SIGN = re.compile(r"[=≈≤≥]")  # a relation: a display's piece ("log Lc =", "and the domain Ξ =")
CLOSING = re.compile(r"\)[.,;:]?")  # a piece that only closes a bracket: ")", ")."
PUNCTUATION_ALONE = re.compile(r"^\s*[.,;:]\s*$")  # a row piece of one mark: "." after footnote marks
LINE_END = re.compile(r"^\s*(?:\)[.,;:]?|[.,;:])\s*$")  # a line that only ends the one above: ".", ")."
# a number a line end broke at its hyphen ("… since version 0.14 (2020-") and the line of digits alone
# that goes on with it ("02-28)."): one date, range or code
NUMBER_BROKEN = re.compile(r"\d-\s*$")
NUMBER_RUN_ON = re.compile(r"^\s*\d[\d.,:;/()–-]*\s*$")
OPEN_END = re.compile(r"[,:]\s*$")  # "Econometrica," "35(2):": a reference entry broken before its numbers
# a page cue ending a line: "(cit. on p.", "pp.", "S.", "с." (a Russian entry's pages)
PAGE_CUE = re.compile(r"(?:^|[\s(])(?:(?:pp?|S|с|стр)\.|ISBN|ISSN)$")  # a cue its number follows
# a line broken inside a URL, a DOI or an arXiv number ("arXiv:1801." + "04309.", "doi:10.1007/" +
# "978-3-642-97610-0.", "…/978-1-61499-" + "649-1-87."): at a dot, a slash or a hyphen
URL_CUT = re.compile(
    r"(?:^|[\s(])(?:[a-z][a-z0-9+.-]*://|www\.|arxiv:\d{4}|(?:doi:)?10\.\d{4,9}(?=/))\S*[./-]$", re.I
)
HANG_MIN = 0.5  # em: a reference entry's next line hangs at least this far right of its first
HANG_REACH = 2.5  # em: and at most this far
DEPTH_REACH = 0.25  # em: how far a line's box may reach into the next line's (a glyph below the baseline)
CLOSING_REACH = 6.0  # em: how far right of an open bracket's line its closing piece may stand
ENTRY_NUMBER = re.compile(r"\[?\d{1,3}[.\]]")  # a numbered list's or a reference list's number: "5.", "[5]"
# an alpha-style reference label, its authors' letters and year: "[Knu84]", "[ABC+19]", "[Lam94a]"; set
# at the margin, its entry hanging a few em in (``SAME_AUTHORS_REACH``), pdfminer reads it apart
ALPHA_LABEL = re.compile(r"\[[^\W\d_]{1,8}\+?\d{2}[a-z]?\]")
SAME_AUTHORS = "———"  # the rule a bibliography sets for "the same authors as above" (amsart's \bysame)
SAME_AUTHORS_REACH = 6.0  # em: how far right of its entry's number the rest stands past that rule
# em: how far apart a justified line's halves stand at a sentence's end, where TeX stretches the space
# after the stop most ("… posterior density." | "This means that users …", 1.51 em apart)
SENTENCE_REACH = 2.0
HALF_STOP = re.compile(r"(?:[^\W_]|\))[.!?][’”)]?$")  # a half ends a sentence: "density.", "(2006)."
PROSE_PIECE = 3  # words in each half, at least
RANGE_CUT = re.compile(r"\d–$")  # a page range broken at its dash: "…, 41, 214–"
# a broken range's last page ending the entry, the year after it maybe: "226.", "1841, 2011."
RANGE_END = re.compile(r"\S*(?:,\s+\d{4})?\.")
# a reference's volume, pages and year (natbib's plainnat): "25:360–366, 2003.", "35(2):1–9, 1999.",
# the range set with a hyphen where the entry was typed so ("47(15):965-978, 2005.")
VOLUME_PAGES = re.compile(r"\d+(?:\(\d+\))?:\d+(?:[–-]\d+)?,\s+\d{4}\.")
# an author-year citation's year in brackets, a sentence's stop or a comma after it maybe: "(1994).",
# "(1996, 2003),"; the line before ends on the author's name ("… Smith and Jones", "… et al.")
CITED_YEAR = re.compile(r"\((?:1[5-9]|20)\d{2}(?:[,;]\s*(?:1[5-9]|20)\d{2})*\)[.,;:]?")
NAME_END = re.compile(r"(?:[^\W\d_]{2}|\bet al\.)$")
LETTER_SPACED = re.compile(r"(?:[^\W\d_] )+[^\W\d_]")  # "С Т А Н Д А Р Т"
LONG_PROSE = 40  # characters: a line this long is a paragraph's, where the text column starts
MARGIN_ALIGN = 1.0  # em: a prose line within this of the column's left edge starts at it
COLUMN_HEAD_ALIGN = 0.2  # em: a column's head and its cells start together, within this
KEY_CHARS = 20  # characters: a monospaced table key beside its description, at most (an R function name)
KEY_REACH = 6.0  # em: a key's description starts at most this far right of the key's end (CWEB: 5.4)
ROW_LEADING = 0.5  # em between a description's lines, at most
BESIDE_PROSE = 20  # characters: a paragraph's first line beside a margin name, not the name's argument
FIRST_INDENT = 3.0  # em: a paragraph's first line beside a margin name starts this far in at most
GRID_NUMBERS = 3  # lines of numbers alone side by side on one row: a table's body
GUTTER_BAND = 3.0  # em above and below a row in which a gutter between two columns must run clear
COLUMN_WORD = re.compile(r"[^\W\d_]{2}")  # two letters running: a word of a text column, no page number
NAME_WORD = re.compile(r"\S*[^\W\d_]\S*")  # a word of a margin name: with a letter ("\\cnum", "11-12-curtos")
COLUMN_WIDTH = 12.0  # em: a line of a text column beside another is at least this wide
GUTTER_EDGE = 0.5  # em: a column's lines ending within this of its right edge are set to it (justified)
GUTTER_PROSE = 3  # prose lines ending in a gap and as many starting in it: the page's columns part there
GUTTER_REACH = 1.0  # em: a column's line may run this far past the page's gutter and stay its column's
ONE_BOX = 0.1  # em: two pieces' tops and bottoms this close share one box, one line
SIZE_STEP = 0.3  # pt: font sizes closer than this are one size
BLOCK_GAP_NAMES = 1.0  # em between two margin names of one stack, at most
TERM_HANG = 6.0  # em: a definition list's description starts at most this far right of its term's start
ROW_GAP = 3.0  # em: rows of one aligned block are at most this far apart
PIECE_GAP = 1.5  # em: pieces of one line of running text (an inline formula's) stand closer than this
RUN_IN_WORDS = 3  # words of a run-in heading ("Literals.") at most
GROW_GAP = 1.0  # em: a table column's line at most this far below the table's last row is the table's
JUSTIFIED_GAP = 0.1  # em: the word gaps of one justified line differ by less than this
JUSTIFIED_REACH = 4.0  # em: and are at most this wide
SPACE_FACTORS = {",": 1.25, ";": 1.5, ":": 2.0, ".": 3.0, "?": 3.0, "!": 3.0}  # TeX's stretch after a mark
PRODUCTION_HEAD = re.compile(r"^[^\W\d][\w-]*\s*::=")  # a grammar's production: "decl ::= function-decl ;"
# a grammar's row: a production, its right side beside the head ("::= ident") or an alternative
# ("| struct-decl ;", "|" alone beside it)
PRODUCTION = re.compile(rf"{PRODUCTION_HEAD.pattern}|^::=|^\|(?:\s|$)")
LEAD_IN_END = re.compile(r"[.,:;]\s*$")  # a lead-in between displays ends its clause (``_sentences_between``)
STRETCHED_GAP = 1.0  # em: a justified line's one stretched gap is narrower than this (``_stretched_halves``)
ALIGN_EDGE = 0.1  # em: a cell's edge this close to another row's cell's stands in one column with it
TYPEWRITER_ROWS = 2  # typewriter rows under a roman header that make a table (``_typewriter_tables``)
TYPEWRITER_HEAD = 3  # ... and the header's cells, at least
ITEM_END = re.compile(r"\d;\s*$")  # "2.105-95;": a number that ends a list's item
# "3.10", "4.4.8", "2"; an appendix's, its letter first: "B.18", "А.2"
CLAUSE_NUMBER = re.compile(r"^(?:[A-ZА-ЯЁ]\.)?\d+(?:\.\d+)*\.?$")
NUMBER_REACH = 4.0  # em: a clause number stands at most this far left of its text (a tab)
SIZE_STEP_TEXT = 1.0  # pt: a clause number and its text differ in size by less than this
STARRED_NOTE = re.compile(r"^\* [A-ZА-ЯЁ]")  # "* На территории …"
STAR_REFERENCE = re.compile(r"[^\s*]\*(?!\S)")  # "ГОСТ 6.38—90* …": the asterisk the note is for
NOTE_GAP = 1.5  # em of blank space above an asterisk note at the page's foot
MARKED_NOTE_GAP = 0.5  # em of blank space above a marked note one size under the prose, at least
FOOTNOTE_SIZE = 0.85  # footnote lines are set at most this share of the body's font size
FOOT_GAP = 2.0  # line pitches of a page's notes: a row under them set apart by more is the page's foot
PLAIN_REFERENCE = re.compile(r"(?<=[.!?:;)»]) (\d{1,3})(?= [A-ZА-ЯЁ]|$)")  # "… вручную. 12"
# an index entry: a term and its page numbers ("apt-doc, 38, 39", "ссылки, 12–14")
BRACKETS_ONLY = re.compile(
    r"^\s*[{}()\[\]][{}()\[\];,\s]*$"
)  # a listing's "}", "};", "})": it closes a block
BRACKET_LEADING = 1.6  # em: a brackets-only line stands at most this far under the listing line it closes
BRACKET_REACH = 4.0  # em: and starts at most this far right of that line's start (a brace is outdented)
LISTING_MARKS = 3  # characters at most of a line of marks alone set into a listing's row ("’", "’:")
ABUT = 0.2  # em: a mark this near a listing piece's edge abuts it
LATE_REACH = 1.5  # em: a listing's line read late stands at most this far over or under the block's lines
WORD = re.compile(r"[^\W\d_]{2,}")  # a word of two letters or more
PROSE_WORDS = 3  # different words a prose line beside a margin name has at least
INDEX_ENTRY = re.compile(
    r"^[^\d\s].{0,60}?,\s*\d{1,4}(?:\s*[–-]\s*\d{1,4})?(?:,\s*\d{1,4}(?:\s*[–-]\s*\d{1,4})?)*$"
)
# ... without the comma after its term, CWEB's and plain TeX's style ("atof 20", "argv 179–181, 217"),
# its last number's comma kept where the entry wraps ("buffer 103, 122,"): an index only under its cues
BARE_INDEX_ENTRY = re.compile(
    r"^[^\d\s].{0,60}?\s\d{1,4}(?:\s*[–-]\s*\d{1,4})?(?:,\s*\d{1,4}(?:\s*[–-]\s*\d{1,4})?)*,?$"
)
# an index entry set with leaders to its page or code-line numbers ("\\empty ....... 17, 18"), also
# two columns' entries read across as one line ("\\write ..... 23, 52 \\x ..... 14, 15,")
INDEX_LEADERS = re.compile(r"[^\d\s.…·][^.…·]*?\s*(?:[.…·] ?){3,}\s*\d{1,4}(?:,\s*\d{1,4})*,?(?=\s|$)")
OPEN_ENTRY = re.compile(r"^[^\d\s.…·][^.…·]*?\s*(?:[.…·] ?){3,}$")  # an index term and its leaders, no number
LETTER_HEADING = re.compile(r"^[A-ZА-ЯЁ]$")  # an index's letter heading, alone on its line
INDEX_LETTERS = 2  # letter headings that make a page of leader lines an index, not contents
INDEX_HEADING = re.compile(r"^(?:\d{1,2}\.?\s+)?(?:index|предметный указатель|указатель)$", re.I)
INDEX_UNDER_HEADING = 2  # index entries under an index heading that make the lines from it an index
# a note opens with a word, a bracket or a quote of any style ("¹“Kingdom” is …": TeX's curly quotes);
# a number may end in a full stop (a French class sets the note's mark "5. Cette option …")
FOOTNOTE_START = re.compile(
    rf"^{MARK_OPEN}?(?P<mark>[\d{SUPERSCRIPT_DIGITS}{NOTE_SYMBOLS}]{{1,3}}){MARK_CLOSE}?"
    r"(?P<stop>(?<=\d)\.)? ?"
    r"(?=[^\W\d_]|[«\"(“„‘‚‹])"
)


@dataclass
class Table:
    """A table taken out of the text: its rows of cells and the page it stood on (0-based)."""

    page: int
    rows: list[list[str]]
    ruled: bool
    box: Rule | None = None  # where its lines stand: x0, top, x1, bottom
    caption: str | None = None  # a title in capitals set over it ("REVISION HISTORY"), out of the text
    columns: tuple[tuple[float, float], ...] = ()  # each column's left and right edge, left to right


@dataclass
class Layout:
    pages: list[list[Line]]  # body lines in reading order, table placeholders among them
    tables: list[Table]
    footnotes: list[list[Line]]  # each page's footnote lines, top to bottom
    contents: list[tuple[str, str]] = field(default_factory=list)  # each contents or index page: label, lines
    debris: list[tuple[str, str]] = field(default_factory=list)  # text, why (``pdf_debris``)
    numbers: list[Line] = field(default_factory=list)  # lines of numbers alone taken out, where they stood


def lay_out(pages: list[list[Line]], rules: list[list[Rule]], dropped: Dropped = ()) -> Layout:
    """The pages laid out; each line of ``dropped`` and each line of numbers alone taken out here
    (``numbers_only``) stands as a debris placeholder in ``Layout.debris`` (``_placed``)."""
    dropped = list(dropped)
    tables: list[Table] = []
    body: list[list[Line]] = []
    spans: list[tuple[float, float] | None] = []  # each page's gutter (``_gutter_span``)
    for number, (page, ruling) in enumerate(zip(pages, rules, strict=True)):
        page = _marks_in_listing_rows(page)
        gutter = _page_gutter(page)
        spans.append(_gutter_span(page, gutter))
        page = _justified_rows(_brackets_in_place(_columns_in_order(page, gutter)), gutter)
        page = _take_tables(page, _ruled_regions(ruling), number, tables, ruled=True, rules=ruling)
        page = _take_tables(page, _booktabs_regions(page, ruling), number, tables, ruled=True, rules=ruling)
        page = _take_tables(page, _typewriter_tables(page), number, tables, ruled=False)
        page = _take_tables(page, _captioned_tables(page), number, tables, ruled=False)
        ended = _table_ending_page(body[-1], tables) if body else None
        page = _aligned(_clause_numbers_joined(page, gutter), number, tables, ended, gutter)
        body.append(page)
    size = _prose_size(body)
    body = [_note_numbers_joined(page, size) for page in body]
    footnotes: list[list[Line]] = []
    feet: list[list[Line]] = []
    for page in body:
        notes = _footnote_lines(page, size, after_notes=bool(footnotes and footnotes[-1]))
        feet.append(_foot_under_notes(notes))
        footnotes.append(_without(notes, feet[-1]))
        dropped += [(ln, "page_furniture") for ln in feet[-1]]
    kept = []
    for page, notes, foot, span in zip(body, footnotes, feet, spans, strict=True):
        page = _without(page, foot)
        lines = _key_rows(
            _definition_lists_in_order(
                _margin_stacks_together(
                    _terms_over_descriptions(_listings_read_whole(_listing_rows(_without(page, notes), span)))
                )
            ),
            span,
        )
        lines = _leads_set(_line_ends_joined(_joined_pieces(lines, span)))
        numbers = [
            ln for at, ln in enumerate(lines) if _numbers_only(ln) and not _entry_goes_on(lines[:at], ln)
        ]
        dropped += [(ln, "numbers_only") for ln in numbers if ln.text.strip()]
        kept.append(_references_marked(_without(lines, numbers), notes))  # a listing's line numbers stay
    body = kept
    footnotes = [_rows_joined(notes) for notes in footnotes]
    contents: list[tuple[str, str]] = []
    label = None
    for number, page in enumerate(body):
        previous = label
        whole = previous == "contents" and _entries_alone(page, _numbered(page, number, dropped)[1])
        label = _back_matter(page, after_index=previous == "index", after_contents=previous == "contents")
        label = "contents" if whole else label
        read, origins = _tables_read(page, tables)
        if label is None and read != page:
            label = "index" if _back_matter(read, after_index=previous == "index") == "index" else None
        if label == "contents":
            body[number], dropped = _contents_list_out(
                page, number, previous == "contents", dropped, contents, whole
            )
        elif label:
            start, end = _index_bounds(read, runs_on=previous == "index")
            first = origins.index(origins[start])  # a table's first row: the table goes whole
            contents.append((label, "\n".join(line.text for line in read[first:end])))
            placeholder = replace(page[origins[start]], text=f"{CONTENTS}{len(contents) - 1}", mono=False)
            body[number] = [*page[: origins[start]], placeholder]  # the index runs to the page's end
        else:
            run_on = number > 0 and _ends_in_contents_list(body[number - 1], contents)
            body[number], dropped = _contents_block_out(body, number, dropped, contents, run_on)
    debris: list[tuple[str, str]] = []
    for line, why in dropped:
        debris.append((line.text, why))
        body[line.page] = _placed(body[line.page], line, f"{DEBRIS}{len(debris) - 1}")
    # a plot's tick values among them, those at a page's top edge gone as furniture too
    numbers = [line for line, _ in dropped if line.text.strip() and _numbers_only(line)]
    return Layout(body, tables, footnotes, contents, debris, numbers)


def _brackets_in_place(page: list[Line]) -> list[Line]:
    """The page with each monospaced line of brackets alone (a listing's closing "}") right after the
    listing line it stands under (``_closed_line``): pdfminer put such a short line, set at the
    listing's left edge beside its line number, after the page's other text (numberpt.pdf: the "}"
    of ``\\NumberPT_decompose:n`` after the next listing), where it stood alone and was cut as a
    ``fragment``, leaving the listing unbalanced. A brace set in the math symbol font (Sweave's R
    listings take "{" and "}" from cmsy: gmm_with_R.pdf) is no less the listing's line: it is made
    monospaced with it, not cut as ``no_words`` debris; so is one atop a page over the listing's
    next line (``_listing_goes_on``: the block it closes began on the page before). Brackets are read
    top down, each against the page with those over it made the listing's: a stack of closing lines,
    each outdented under the one before ("}" / "}" / "})" ending a method's listing), closes one block
    after another, the lower ones under a brace of the symbol font as the top one under code."""
    found = list(page)
    for line in page:
        if not BRACKETS_ONLY.match(line.text):
            continue
        above = _closed_line(found, line)
        if above is None:
            if not line.mono and _listing_goes_on(found, line):
                found[found.index(line)] = replace(line, mono=True)
            continue
        if not line.mono:
            at = found.index(line)
            found[at] = line = replace(line, mono=True)
        if found.index(line) == found.index(above) + 1:
            continue
        found.remove(line)
        found.insert(found.index(above) + 1, line)
    return found


def _marks_in_listing_rows(page: list[Line]) -> list[Line]:
    """The page with each short line of marks alone (``LISTING_MARKS``) that abuts a listing's pieces
    on their row (``_abutted_piece``) joined to them, one monospaced piece: a printout's character
    taken from another font, whose box stands raised (Sweave's R printouts take the quotes of
    'data.frame' from the text font: "’" + "data.frame" + "’" + ":" half a line up; knitr's upright
    quotes come from a monospaced font of their own, one glyph whose box is its ink: "## Formal
    class" + "’" + "dgTMatrix" + "’"). Read apart, such a mark was cut as ``no_words`` debris or a
    ``fragment``, or stood as a line of its own over the row, which left gaps where it stood, and the
    block a table of mixed fonts."""
    found = list(page)
    for mark in page:
        text = mark.text.strip()
        if not text or len(text) > LISTING_MARKS or any(char.isalnum() for char in text):
            continue
        left, right = _abutted_piece(found, mark, mark.x0, "x1"), _abutted_piece(found, mark, mark.x1, "x0")
        pieces = [piece for piece in (left, right) if piece is not None]
        if not pieces:
            continue
        joined = replace(
            pieces[0],
            text=(left.text if left else "") + text + (right.text if right else ""),
            x0=min(mark.x0, *(piece.x0 for piece in pieces)),
            x1=max(mark.x1, *(piece.x1 for piece in pieces)),
        )
        found[found.index(pieces[0])] = joined
        found = [line for line in found if line is not mark and (left is None or line is not right)]
    return found


def _abutted_piece(page: list[Line], mark: Line, edge: float, side: str) -> Line | None:
    """The monospaced piece whose ``side`` edge stands at ``edge`` (within ``ABUT`` em) and whose
    height ``mark`` overlaps, the one it overlaps most; None where none does."""
    touched = [
        line
        for line in page
        if line.mono
        and abs(getattr(line, side) - edge) <= ABUT * mark.size
        and min(line.bottom, mark.bottom) > max(line.top, mark.top)
    ]
    return max(
        touched, key=lambda line: min(line.bottom, mark.bottom) - max(line.top, mark.top), default=None
    )


def _closed_line(page: list[Line], bracket: Line) -> Line | None:
    """The monospaced line a brackets-only line closes the block after: the last line of the block,
    within ``BRACKET_LEADING`` em over it. The block opens at the nearest line over it that starts
    at most ``BRACKET_REACH`` em right of it (a brace is outdented) and holds the lines under that one
    starting left of its end (the body, indented deeper: "x <- foreach(i=1:5) %dopar% {" /
    "    i + runif(1)" / "}"), all monospaced; None where it holds another line (a brace of a drawing,
    of a table, under prose). Where no line over it starts so near, the block opened on the page before
    and runs from the page's top: the lines over it starting left of the end of the nearest one."""
    size = bracket.size
    over = [line for line in page if line is not bracket and line.top < bracket.top and line.x1 > bracket.x0]
    if not over:
        return None
    starts = [line for line in over if line.x0 <= bracket.x0 + BRACKET_REACH * size]
    opener = max(starts, key=lambda line: line.top, default=None)
    if opener is None:
        edge = max(over, key=lambda line: line.top).x1
        block = [line for line in over if line.x0 < edge]
    else:
        block = [opener, *(line for line in over if line.top > opener.top and line.x0 < opener.x1)]
    nearest = max(block, key=lambda line: line.top)
    if not all(line.mono for line in block) or bracket.top - nearest.top > BRACKET_LEADING * size:
        return None
    return nearest


def _listing_goes_on(page: list[Line], bracket: Line) -> bool:
    """Whether a brackets-only line stands atop the page (no line over it) with a monospaced line
    under it within ``BRACKET_LEADING`` em: the close of a block a listing opened on the page before,
    the listing going on under it."""
    if any(line.top < bracket.top for line in page if line is not bracket):
        return False
    under = [line for line in page if line.top > bracket.top]
    nearest = min(under, key=lambda line: line.top, default=None)
    return (
        nearest is not None and nearest.mono and nearest.top - bracket.top <= BRACKET_LEADING * bracket.size
    )


def _line_ends_joined(page: list[Line]) -> list[Line]:
    """A line that only ends the prose line read just before it ("." set alone under a long URL,
    ")."), or only goes on with the number that line broke at a hyphen ("(2020-" + "02-28)."),
    standing at most a line below it, joined to its end: it is that sentence's, no debris."""
    result: list[Line] = []
    for line in page:
        last = result[-1] if result else None
        if (
            last is not None
            and not (line.mono or last.mono)
            and (LINE_END.match(line.text) or _number_goes_on(last, line))
            and last.top <= line.top <= last.bottom + (last.bottom - last.top)
        ):
            result[-1] = replace(
                last, text=last.text + line.text.strip(), x1=max(last.x1, line.x1), bottom=line.bottom
            )
            continue
        result.append(line)
    return result


def _entry_goes_on(before: list[Line], line: Line) -> bool:
    """Whether numbers-only ``line`` ends the entry read just before it: that line stops on a comma
    or a colon (a reference's journal, "Econometrica," or "35(2):") and ``line``, in its size, stands
    right under it, hung ``HANG_MIN`` to ``HANG_REACH`` em in. A bibliography's volume, pages and
    year, "50:1029–1054, 1982.", are the entry's; a .dtx listing's 7 pt line number under a lead-in
    ("… (see subsection 6.1):" + "129", papermas.pdf) stands at the margin, and is no text. After a
    page cue the line broke before its number (``_page_cut``: "… (cit. on p." + "1).") the numbers
    are the entry's end at the entry's own indent too (biblatex2bibitem's last entry), and so are
    they after an entry's hung line ("…Molecular Biology and Evolution," + "34:1535–1542, 2017.",
    both hung under "[1] L. Czech, …"), when they close a bracket the line left open ("… (if
    method =" + "2).") and when they end with a stop a sentence the line left inside a word in lower
    case (``_sentence_closed``) or are a citation's year in brackets under a name (``_year_cut``):
    no page number or cell does either."""
    last = before[-1] if before else None
    if last is None or last.mono or abs(line.size - last.size) >= SIZE_STEP_TEXT:
        return False
    text, numbers = MARK.sub("", last.text), MARK.sub("", line.text)
    right_under = _right_under(last, line)
    opener = _entry_opener(before)
    hung = opener.x0 + HANG_MIN * line.size <= line.x0 <= opener.x0 + HANG_REACH * line.size
    hung = hung or _at_entries_hang(before, line)
    # the entry's next line, at its own indent; or a paragraph's, at the margin under an indented line
    aligned = abs(line.x0 - last.x0) < HANG_MIN * line.size or line.x0 < last.x0
    closes = _bracket_closed(text, numbers) or _page_cut(text, numbers) or _sentence_closed(text, numbers)
    closes = closes or _url_cut(text, numbers) or _range_cut(text, numbers) or _volume_cut(text, numbers)
    closes = closes or _year_cut(text, numbers)
    return right_under and (bool(OPEN_END.search(text)) and hung or closes and (hung or aligned))


def _at_entries_hang(before: list[Line], line: Line) -> bool:
    """Whether ``line`` stands where an entry of its page hangs its next line: a line at its indent
    right under a line set further left ("[Cha91] John M. Chambers. …" + "Research, December
    1991."). An alphabetic label ("[Tem02]") hangs its entry's lines past ``HANG_REACH``."""
    return any(
        upper.page == lower.page == line.page
        and abs(lower.x0 - line.x0) < HANG_MIN * line.size
        and upper.x0 + HANG_MIN * line.size <= lower.x0
        and _right_under(upper, lower)
        for upper, lower in zip(before, before[1:], strict=False)
    )


def _right_under(upper: Line, lower: Line) -> bool:
    """``lower`` is the line set next under ``upper``: its top at most a line's height under
    ``upper``'s foot, and at most ``DEPTH_REACH`` em into it, where a glyph set below the baseline
    deepens ``upper``'s box (the TeX logo's lowered "E": "… Converting TeX from WEB to cweb.
    TUGboat, 38(3):353–358," reached 1.2 pt into its entry's year, which was cut as a page number)."""
    reach = max(1.0, DEPTH_REACH * lower.size)
    return upper.bottom - reach <= lower.top <= upper.bottom + (upper.bottom - upper.top)


def _entry_opener(before: list[Line]) -> Line:
    """The first line of the entry or paragraph ``before`` ends in: walking up over the lines set at
    the last one's indent to the line right above them, set further left (an entry's hanging first
    line); the last line itself when the line above is set no further left."""
    last = before[-1]
    for line in reversed(before[:-1]):
        if line.page != last.page or abs(line.x0 - last.x0) >= HANG_MIN * last.size:
            return line if line.page == last.page and line.x0 < last.x0 else last
    return last


def _bracket_closed(before: str, text: str) -> bool:
    """The line ``before`` leaves a bracket open and the numbers ``text`` close it ("… (if method =" +
    "2)."): the sentence's end, broken before its last number."""
    return before.count("(") > before.count(")") and text.count(")") > text.count("(")


def _sentence_closed(before: str, text: str) -> bool:
    """The line ``before`` stops on a word in lower case or on a relation sign (``MATH_SIGN``), inside
    its sentence, and the numbers ``text`` end it with a full stop ("… given in Sections 2.1 and" +
    "3.4.", "… for a = −1.5, −1 and x =" + "1, 2, …, 10."): the sentence's last words, which no page
    number or cell is."""
    inside = before.rstrip()[-1:].islower() or bool(MATH_SIGN.fullmatch(before.rstrip()[-1:]))
    return inside and bool(re.search(r"\d\.$", text.rstrip()))


def _url_cut(before: str, text: str) -> bool:
    """The line ``before`` ends inside a URL or DOI, on a ".", "/" or "-" (``URL_CUT``: "… url:
    http://www.nature.com/doifinder/10.1038/ng.", "doi:10.1007/"), and the numbers ``text`` are one
    token: the identifier's last piece ("295.", "978-3-642-97610-0."), which no page number or cell
    is."""
    return bool(URL_CUT.search(before)) and len(text.split()) == 1


def _range_cut(before: str, text: str) -> bool:
    """A page range the line broke at its dash ("… Statistics, 41, 214–" + "226."): the line ends in
    a number and an en dash (``RANGE_CUT``), and the numbers ``text`` are one token ending the entry,
    the range's last page (``RANGE_END``: the year after it maybe, "1841, 2011."); no page number
    or cell follows a dash."""
    return bool(RANGE_CUT.search(before)) and bool(RANGE_END.fullmatch(text.strip()))


def _volume_cut(before: str, text: str) -> bool:
    """A reference broken before its volume, pages and year (``VOLUME_PAGES``: "… Genetic
    Epidemiology," + "25:360–366, 2003."): the entry's end even where its first line stood on the page
    before, so no hang shows it (no page number or cell reads so)."""
    return bool(OPEN_END.search(before)) and bool(VOLUME_PAGES.fullmatch(text.strip()))


def _year_cut(before: str, text: str) -> bool:
    """An author-year citation the line broke before its year (``CITED_YEAR``: "… discussed by Smith
    and Jones" + "(1994)."): the line ends on a name (``NAME_END``) and the numbers are the year in
    brackets; no page number or cell is a year in brackets after a name. Such a year closing a
    vignette's page went as ``numbers_only``, the sentence left ending on the authors."""
    return bool(NAME_END.search(before.rstrip())) and bool(CITED_YEAR.fullmatch(text.strip()))


def _page_cut(before: str, text: str) -> bool:
    """A reference's page cue the line broke before its number ("… (cit. on p." + "1).", "…, pp." +
    "1–3.", "… New York. ISBN" + "978-0-387-77316-2."): the line ends in "p.", "pp." or "ISBN"
    (``PAGE_CUE``), and the numbers close a bracket it left open or end the entry; no page number or
    cell follows such a cue."""
    return bool(PAGE_CUE.search(before)) and (
        before.count("(") > before.count(")") and ")" in text or text.rstrip().endswith(".")
    )


def _number_goes_on(last: Line, line: Line) -> bool:
    """Whether ``line`` is digits alone that go on with a number ``last`` ends in, broken at its
    hyphen (``NUMBER_BROKEN``, ``NUMBER_RUN_ON``), a footnote mark after them maybe ("…/978-1-61499-"
    + "649-1-87¹⁹⁰.")."""
    return bool(NUMBER_BROKEN.search(last.text) and NUMBER_RUN_ON.match(MARK.sub("", line.text)))


def _leads_set(page: list[Line]) -> list[Line]:
    """The page with a determination key's leads (``LEAD``: leaders to a species' name or to the
    next couplet's number, "2. Околоцветник простой ....... 3.") set as text: the leaders become
    " — " and the line ends its paragraph (``Line.lead``: two leads are two lines, not one
    sentence), a lead whose leaders wrap onto the next line ("… желтых ......" + "...... .Ветреница
    лютичная") joined into one first. A page with a contents heading keeps its leaders (a contents
    page whose page numbers end in a full stop, "Введение ..... 3.")."""
    if any(CONTENTS_HEADING.match(line.text.strip()) for line in page):
        return page
    joined: list[Line] = []
    for line in page:
        last = joined[-1] if joined else None
        text = f"{last.text.rstrip()} {line.text.lstrip()}" if last else ""
        if (
            last is not None
            and not (last.mono or line.mono)
            and OPEN_LEADERS.search(last.text.rstrip())
            and WRAPPED_LEADERS.match(line.text.lstrip())
            and LEAD.search(text)
        ):
            joined[-1] = replace(last, text=text, x1=max(last.x1, line.x1), bottom=line.bottom)
            continue
        joined.append(line)
    return [_lead_set(line) if not line.mono and LEAD.search(line.text) else line for line in joined]


def _lead_set(line: Line) -> Line:
    """The lead's line with its leaders as ``LEAD_DASH``, marked as a lead."""
    found = LEAD.search(line.text)
    return replace(line, text=line.text[: found.start()] + LEAD_DASH + line.text[found.end() :], lead=True)


def _numbers_only(line: Line) -> bool:
    """A line of digits and punctuation alone that is no text: not a listing's (its line numbers),
    not a date ("22.06.93" under a signature), not a code ("31 1398", a product's in a form), not
    a number ending an item of a list ("… по ГОСТ" + "2.105-95;": no page number or cell ends in ";")."""
    text = MARK.sub("", line.text)
    return (
        bool(NUMBERS_ONLY.match(text))
        and not line.mono
        and not DATE.match(text)
        and not CODE.match(text)
        and not ITEM_END.search(text)
    )


def _placed(page: list[Line], line: Line, placeholder: str) -> list[Line]:
    """The page with the placeholder of a line taken out after the last prose line above it (before
    the first when none is, after the placeholders put there before it: a listing's line numbers
    atop a page stay in their order), in that line's place and size: the reflow reads past it, and
    its gaps, margins and body size come out as they were without it (a listing's line is no
    anchor: a placeholder between two code lines would part the listing)."""
    prose = [at for at, ln in enumerate(page) if not ln.mono]
    if not prose:
        return [*page, replace(line, text=placeholder)]
    above = [at for at in prose if page[at].top <= line.top]
    at = max(above, key=lambda i: (page[i].top, i)) if above else prose[0]
    mark = replace(page[at], text=placeholder)
    if above:
        return [*page[: at + 1], mark, *page[at + 1 :]]
    at = next((i for i in prose if not page[i].text.startswith(DEBRIS)), prose[-1] + 1)
    return [*page[:at], mark, *page[at:]]


def _back_matter(page: list[Line], after_index: bool = False, after_contents: bool = False) -> str | None:
    """``contents`` for a page whose lines are mostly (a third, five at least) contents lines with
    dot leaders, or, after a contents page, one that opens with such lines (``_contents_run_on``);
    ``index`` for one whose index entries (five at least, one on a page after an index's page: its
    last column) and letter headings ("A", "C") are a third of its lines, or of the lines from an
    index heading on (an index opening under the last section's end, eledpar.pdf's "Index" under
    its "References"; under a heading ``INDEX_UNDER_HEADING`` entries are enough: pst-hsb-doc.pdf's
    index of two macros, "– \\pslineHSB, 2", was kept as text), else None."""
    if not page:
        return None
    if after_contents and _contents_run_on(page):
        return "contents"
    headings = [at for at, line in enumerate(page) if INDEX_HEADING.match(line.text.strip())]
    least = 1 if after_index else CONTENTS_LINES
    under = min(least, INDEX_UNDER_HEADING)  # a short package's index, its heading over a few entries
    index = _index_share(page, least) or bool(headings and _index_share(page[headings[-1] :], under))
    cued = _index_share(page, least, bare=True) or bool(
        headings and _index_share(page[headings[-1] :], under, bare=True)
    )
    leaders = _leader_lines(page)
    # an index goes on over pages with one letter heading or none while most entries have several
    # numbers (eledpar.pdf's "E" page); a change history's entries after it have one each
    goes_on = after_index and 2 * leaders <= sum(_index_line(line.text, bare=True) for line in page)
    if cued and (goes_on or headings or _letter_headings(page) >= INDEX_LETTERS):
        return "index"  # an index whose entries end in one number each also ends lines in leaders
    if leaders >= max(CONTENTS_LINES, CONTENTS_SHARE * len(page)):
        return "contents"
    return "index" if index else None


def _leader_lines(page: list[Line]) -> int:
    """The page's lines that end in dot leaders (``_contents_line``) and, under a contents heading,
    in leaders the line width cut short (``CUT_LEADERS``): gnmOverview.pdf's contents page read its
    page numbers and most leaders apart, and with ten full leader lines of 36 it stayed text."""
    headings = [at for at, line in enumerate(page) if CONTENTS_HEADING.match(line.text.strip())]
    under = headings[0] + 1 if headings else len(page)
    return sum(
        _contents_line(line.text) or (at >= under and bool(CUT_LEADERS.search(line.text.strip())))
        for at, line in enumerate(page)
    )


def _tables_read(page: list[Line], tables: list[Table]) -> tuple[list[Line], list[int]]:
    """The page with each table's placeholder read as its rows, one line a row, its cells parted by
    spaces, and for each line the index of the page's line it comes from: a two-column index whose
    terms and numbers pdfminer read apart is taken for a table, page by page (hiformat.pdf's
    "argc" / "179, 217, 220"), and only its rows tell it is an index, and give the index its text."""
    lines: list[Line] = []
    origins: list[int] = []
    for at, line in enumerate(page):
        rows = [line]
        if line.text.startswith(TABLE):
            rows = [replace(line, text=" ".join(row)) for row in tables[int(line.text[1:])].rows]
        lines += rows
        origins += [at] * len(rows)
    return lines, origins


def _index_share(lines: list[Line], least: int, bare: bool = False) -> bool:
    """``least`` index entries or more, which with the letter headings are a third of ``lines``;
    ``bare``: entries without a comma after the term count too (``_index_line``)."""
    entries = sum(_index_line(line.text, bare) for line in lines)
    return entries >= least and entries + _letter_headings(lines) >= CONTENTS_SHARE * len(lines)


def _letter_headings(lines: list[Line]) -> int:
    """An index's letter headings ("A", "C") among ``lines``."""
    return sum(bool(LETTER_HEADING.match(line.text.strip())) for line in lines)


def _contents_run_on(page: list[Line]) -> bool:
    """The page opens with the rest of the contents list the page before holds: ``CONTENTS_LINES``
    leader lines or more before its first line that is no entry (neither leaders nor an entry's
    numbered title, ``ENTRY_LINE``). The list's end on a page of text is less than a third of its
    lines: itfancyhdr's entries 15 to 23 over its first section were kept as paragraphs."""
    leaders = 0
    for line in page:
        text = line.text.strip()
        if _contents_line(text):
            leaders += 1
        elif not ENTRY_LINE.match(text):
            break
    return leaders >= CONTENTS_LINES


def _contents_line(text: str) -> bool:
    """A contents line: its end dot leaders to a page number, or a dash to the page's number and
    the word "page" (``PAGE_POINTER``: a generated API manual's table of classes)."""
    return bool(LEADERS.search(text) or PAGE_POINTER.search(text))


def _index_line(text: str, bare: bool = False) -> bool:
    """An index line: a term and its page numbers ("apt-doc, 38, 39"), or a term with leaders to
    them, one entry or two read across a two-column index; ``bare``: or a term and its numbers
    without a comma ("atof 20", ``BARE_INDEX_ENTRY``), which alone would take a page of short
    lines ending in numbers ("Figure 12", a year) for an index, so it counts only under an index's
    cues (its heading, letter headings, the index's page before)."""
    entry = INDEX_ENTRY.search(text) or (bare and BARE_INDEX_ENTRY.search(text))
    return bool(entry or INDEX_LEADERS.match(text.strip()))


def _index_bounds(page: list[Line], runs_on: bool = False) -> tuple[int, int]:
    """Where an index page's index starts and ends (line indices, the end excluded): at the index
    heading over its first entry ("5 Index", and the note on its numbers under it), or without one
    at that entry, to the page's end (back matter); the last section's end over it is text. Without
    a heading, the entries with leaders but no numbers (read apart), letter headings and entries
    without a comma ("atof 20", an index known by its cues) right over the first entry are the
    index's: a page that runs an index on opens with them. The first entry is one with a comma
    where the page has one, so that no line of text ending in a number ("… see Section 3") over
    the heading starts the index. A page that ``runs_on`` the index of the page before, without a
    heading, is the index's from its top: its first lines may be an entry's name and its numbers
    read apart ("REF" / "155, 163–165")."""
    entries = [at for at, line in enumerate(page) if _index_line(line.text)]
    first = (entries or [at for at, line in enumerate(page) if _index_line(line.text, bare=True)])[0]
    headings = [at for at in range(first) if INDEX_HEADING.match(page[at].text.strip())]
    if headings:
        return headings[-1], len(page)
    if runs_on:
        return 0, len(page)
    while first > 0 and (
        OPEN_ENTRY.match(page[first - 1].text.strip())
        or LETTER_HEADING.match(page[first - 1].text.strip())
        or BARE_INDEX_ENTRY.search(page[first - 1].text)
    ):
        first -= 1  # an entry whose numbers pdfminer read apart ("\\unexpanded ..." / "51, 56, 66"), a letter
    return first, len(page)


def _contents_list_out(
    page: list[Line],
    number: int,
    continued: bool,
    dropped: list[tuple[Line, str]],
    contents: list[tuple[str, str]],
    whole: bool = False,
) -> tuple[list[Line], list[tuple[Line, str]]]:
    """Contents page ``number`` with its list's lines (``_contents_members``; all of them where the
    page is ``whole`` the list's, ``_entries_alone``) replaced by a ``CONTENTS`` placeholder where
    the list starts, its text appended to ``contents``: the page numbers read apart from their
    entries (taken out as ``numbers_only``, "\\symbol in math mode for large Unicode values" / "2")
    go with their entries; ``dropped`` is returned without them. The lines read between the list's
    (a newsletter's first column beside a contents box) stay."""
    numbers, numbered = _numbered(page, number, dropped)
    earlier = _entries_listed(contents[-1][1]) if continued and contents else frozenset()
    members = list(range(len(page))) if whole else _contents_members(page, continued, numbered, earlier)
    text = [
        " ".join(
            [page[at].text] + [ln.text.strip() for ln, _ in numbers if _page_number_of(ln, page[at], page)]
        )
        for at in members
    ]
    contents.append(("contents", "\n".join(text)))
    placeholder = replace(page[members[0]], text=f"{CONTENTS}{len(contents) - 1}", mono=False)
    taken = set(members)
    kept = [
        placeholder if at == members[0] else ln
        for at, ln in enumerate(page)
        if at == members[0] or at not in taken
    ]
    placed = {id(ln) for ln, _ in numbers if any(_page_number_of(ln, page[at], page) for at in members)}
    return kept, [(ln, why) for ln, why in dropped if id(ln) not in placed]


def _numbered(
    page: list[Line], number: int, dropped: list[tuple[Line, str]]
) -> tuple[list[tuple[Line, str]], set[int]]:
    """The lines of numbers taken out of page ``number`` (``numbers_only``) and the indices of the
    page's lines one of them is the page number of (``_page_number_of``)."""
    numbers = [(ln, why) for ln, why in dropped if why == "numbers_only" and ln.page == number]
    numbered = {
        at for at, line in enumerate(page) if any(_page_number_of(ln, line, page) for ln, _ in numbers)
    }
    return numbers, numbered


def _entries_alone(page: list[Line], numbered: set[int]) -> bool:
    """Every line of the page is a contents entry, ``CONTENTS_ENTRIES`` at least: it ends in leaders
    or has its page number read apart beside it (``numbered``, a column of their own). After a
    contents page such a page goes on with the list whole: a manual's contents pages whose parts'
    entries have no leaders, and whose sections' leaders were read apart ("2D boxes" / "....."),
    have a third of their lines or fewer ending in leaders, and were kept as one-line paragraphs,
    their leaders and page numbers cut piecemeal."""
    entries = [at in numbered or _contents_line(line.text) for at, line in enumerate(page)]
    return len(numbered) >= CONTENTS_ENTRIES and all(entries)


def _entries_listed(text: str) -> frozenset[str]:
    """The entries of a contents record's ``text`` as compared (``_entry_key``), leaders and page
    numbers aside: what the list's pages before listed."""
    return frozenset(_entry_key(ENDS_IN_NUMBER.sub("", LEADERS.sub("", line))) for line in text.splitlines())


def _contents_members(
    page: list[Line], continued: bool, numbered: set[int], earlier: frozenset[str] = frozenset()
) -> list[int]:
    """The indices of a contents page's list lines: its bounds (``_contents_bounds``), less the
    lines read between its leader lines that are no entry of it. An entry ends in leaders (of a dot
    or two too: "… in text scripts .", "… Что делать? . 22"), has its page number beside it
    (``numbered``) or is numbered and ends in its page number ("3 Changes to the babel package
    7"); a line set close over an entry in its column is one too (an entry's first lines). A
    newsletter's contents box beside its first column reads that column's text between the box's
    two columns of entries: it is set apart from them (its heading a blank line under the box's
    last entry) and stays the body's. ``earlier``: the entries the list's pages before listed."""
    start, end = _contents_bounds(page, continued, numbered, earlier)
    leaders = [at for at in range(start, end) if _contents_line(page[at].text)]
    first, last = (leaders[0], leaders[-1]) if leaders else (end, end)

    def entry(at: int) -> bool:
        text = page[at].text.strip()
        numbered_entry = ENTRY_LINE.match(text) and ENDS_IN_NUMBER.search(text)
        return bool(_contents_line(text) or SHORT_LEADERS.search(text) or numbered_entry) or at in numbered

    inside = [at for at in range(first, last) if entry(at) or _set_close_over_entry(page, at, entry)]
    members = {*range(start, first), *inside, *range(last, end)}
    return sorted(members | _entries_read_apart(page, members, entry))


def _entries_read_apart(page: list[Line], members: set[int], entry: Callable[[int], bool]) -> set[int]:
    """Entries read outside the list's bounds (after the text read between its columns: a box's
    last entry, its second column's heading) set close over or under a line of the list in its
    column, at most a line's height apart."""
    found: set[int] = set()
    grown = True
    while grown:
        grown = False
        for at, line in enumerate(page):
            if at in members or at in found or not entry(at):
                continue
            if any(_close_in_column(line, page[other]) for other in members | found):
                found.add(at)
                grown = True
    return found


def _close_in_column(line: Line, other: Line) -> bool:
    """The two lines overlap left to right and stand at most a line's height apart, one over the other."""
    apart = max(other.top - line.bottom, line.top - other.bottom)
    return line.x0 < other.x1 and other.x0 < line.x1 and -TOUCH <= apart <= line.size


def _set_close_over_entry(page: list[Line], at: int, entry: Callable[[int], bool]) -> bool:
    """Line ``at`` and the lines under it in its column (overlapping it left to right), each at
    most a line's height under the one before, run down to an entry."""
    seen = {at}
    while True:
        line = page[at]
        below = [
            other
            for other, ln in enumerate(page)
            if other not in seen and ln.x0 < line.x1 and line.x0 < ln.x1 and ln.top >= line.bottom - TOUCH
        ]
        if not below:
            return False
        at = min(below, key=lambda other: page[other].top)
        if page[at].top - line.bottom > line.size:
            return False
        if entry(at):
            return True
        seen.add(at)


def _contents_bounds(
    page: list[Line],
    continued: bool = False,
    numbered: set[int] = frozenset(),
    earlier: frozenset[str] = frozenset(),
) -> tuple[int, int]:
    """Where a contents page's list starts and ends (line indices, the end excluded): a title page
    sets the title and abstract over the list and the first section under it, which are text. It
    starts at the contents heading over the first leader line (or a list's own right over it,
    ``LIST_HEADING``: "Table of Classes"), or without one at the first of the entry-shaped lines
    (``ENTRY_LINE``) just over that line (a list run on from the page before);
    it ends after the last leader line and the entry-shaped lines right under it that repeat no
    entry of the list (a numbered entry without leaders, "5 Index"; one whose title filled the line,
    its leaders cut to a dot, ``FULL_ENTRY``, last on a page, was read as a heading over the next
    page's text): the first section's heading
    repeats its entry, "1 User interface", and is the body's, also where the entry stands on the
    list's page before (``earlier``: a list over two pages, the first heading under it). A list run
    on from a contents page just before (``continued``) starts at the page's top (its first entry may
    wrap: "3.2.3 … How do I" / "migrate? ..... 13"); a short unnumbered line ending the list is its
    last entry."""
    leaders = [at for at, line in enumerate(page) if _contents_line(line.text)]
    first, last = leaders[0], leaders[-1]
    headings = [at for at in range(first) if CONTENTS_HEADING.match(page[at].text.strip())]
    headings += [first - 1] if first and LIST_HEADING.match(page[first - 1].text.strip()) else []
    start = headings[-1] if headings else 0 if continued else first
    while (
        not headings
        and start > 0
        and (ENTRY_LINE.match(page[start - 1].text.strip()) or start - 1 in numbered)
    ):
        start -= 1
    listed = {_entry_key(LEADERS.sub("", line.text)) for line in page[start : last + 1]} | earlier
    end = last + 1
    while end < len(page) and (
        ENTRY_LINE.match(page[end].text.strip())
        or FULL_ENTRY.match(page[end].text.strip())
        or _last_short_entry(page, end, listed)
        or end in numbered
    ):
        key = _entry_key(page[end].text)
        if key in listed:
            break
        listed.add(key)
        end += 1
    return start, end


def _last_short_entry(page: list[Line], at: int, listed: set[str]) -> bool:
    """Line ``at`` is a short unnumbered entry ending the list ("Index", "Предметный указатель"):
    the page ends after it, or the line after it repeats an entry (the body's first heading)."""
    if not SHORT_TITLE.match(page[at].text):
        return False
    return at + 1 == len(page) or _entry_key(page[at + 1].text) in listed


def _ends_in_contents_list(page: list[Line], contents: list[tuple[str, str]]) -> bool:
    """The page's last line is a contents list's placeholder: the page break may have cut the list."""
    last = page[-1].text if page else ""
    return last.startswith(CONTENTS) and contents[int(last[1:])][0] == "contents"


def _contents_block_out(
    body: list[list[Line]],
    number: int,
    dropped: list[tuple[Line, str]],
    contents: list[tuple[str, str]],
    run_on: bool = False,
) -> tuple[list[Line], list[tuple[Line, str]]]:
    """Page ``number`` with a contents list set without dot leaders (LaTeX article's
    \\tableofcontents: "Содержание" / "1 Кодировка KOI8-R", its page numbers read apart as a column)
    replaced by a ``CONTENTS`` placeholder, its text appended to ``contents``: a contents heading
    (``CONTENTS_HEADING``) and the lines under it that repeat, in order, lines found later in the
    document (its section headings: "1 Кодировка" for "1. Кодировка"), ``CONTENTS_ENTRIES`` at
    least. The numbers read on the entries' rows (taken out as ``numbers_only``) go with it;
    ``dropped`` is returned without them (a number on no entry's row stays debris). A list too short
    on leaders to be a contents page (tablists-rus.pdf: four of its six entries end in leaders, the
    page holds an abstract too) may have its leaders and numbers read onto the entries' rows
    (``ENTRY_TAIL``): "1.1 Отбивки. . . .... 4." repeats "1.1 Отбивки" all the same. A list the
    page before ended on (``run_on``) may go on at the page's top without a heading (combine.pdf's
    "6 Caveats" … "A Original code" over its first section)."""
    page = body[number]
    headings = [at for at, line in enumerate(page) if CONTENTS_HEADING.match(line.text.strip())]
    for at in [-1, *headings] if run_on else headings:
        later = [_entry_key(line.text) for line in page[at + 1 :]]
        later += [_entry_key(line.text) for other in body[number + 1 :] for line in other]
        lines = page[at + 1 :]
        entries, seen = [], -1
        while len(entries) < len(lines):
            found, size = _entry_found(lines, len(entries), later, seen)
            if found < 0:
                break
            entries += lines[len(entries) : len(entries) + size]
            seen = found
        if len(entries) < CONTENTS_ENTRIES:
            continue
        heading = page[at] if at >= 0 else entries[0]  # the placeholder's place
        top, bottom = heading.top, entries[-1].bottom
        numbers = [(ln, why) for ln, why in dropped if _numbers_beside(ln, why, number, top, bottom)]
        text = [heading.text] if at >= 0 else []
        text += [
            " ".join([entry.text] + [ln.text.strip() for ln, _ in numbers if _beside_on_row(ln, entry)])
            for entry in entries
        ]
        contents.append(("contents", "\n".join(text)))
        taken = {id(line) for line in entries if line is not heading}
        placeholder = replace(heading, text=f"{CONTENTS}{len(contents) - 1}", mono=False)
        kept = [placeholder if ln is heading else ln for ln in page if id(ln) not in taken]
        placed = {id(ln) for ln, _ in numbers if any(_beside_on_row(ln, entry) for entry in entries)}
        return kept, [(ln, why) for ln, why in dropped if id(ln) not in placed]
    return page, dropped


def _entry_key(text: str) -> str:
    """A contents entry or heading as compared: its letters and digits, lower case ("1. IBM866, или"
    and "1 IBM866, или" alike)."""
    return "".join(char for char in MARK.sub("", text).lower() if char.isalnum())


def _entry_found(lines: list[Line], offset: int, later: list[str], seen: int) -> tuple[int, int]:
    """Where the contents entry opening at ``lines[offset]`` stands in ``later`` after ``seen``
    (``_index_after``; -1 when nowhere) and how many lines it takes: one, or up to ``ENTRY_WRAP``
    where its title wrapped ("5 upsc, … port (serial, USB or network)" / "permissions are fine, so
    what gives?", its heading wrapped elsewhere, nut-doc's FAQ.pdf). Its leaders and page number
    (``ENTRY_TAIL``), or a page number alone read onto its end (``ENDS_IN_NUMBER``: "… my UPS! 3"),
    are no part of the title it repeats."""
    for size in range(1, min(ENTRY_WRAP, len(lines) - offset) + 1):
        text = " ".join(line.text for line in lines[offset : offset + size])
        for tail in (ENTRY_TAIL, ENDS_IN_NUMBER):
            key = _entry_key(tail.sub("", text))
            found = (
                _index_after(later, key, max(seen, offset + size - 1) + 1)
                if len(key) >= ENTRY_LETTERS
                else -1
            )
            if found >= 0:
                return found, size
    return -1, 0


def _index_after(keys: list[str], key: str, start: int) -> int:
    """The first index from ``start`` where ``key`` stands in ``keys``, on one line or wrapped onto
    the lines after it (a heading too long for its line: "1.4 Команды …: второй уровень, вари-" /
    "ант II" under its contents entry's one line; "40 I get … don't know how to" / "make
    HP-UX/nut-drvctl.sh." / "Stop", its typewriter words set apart), -1 when none."""
    for at in range(start, len(keys)):
        if keys[at] and _spelled_from(keys, at, key):
            return at
    return -1


def _spelled_from(keys: list[str], at: int, key: str) -> bool:
    """``keys`` from ``at`` on, joined, make ``key`` up to the end of one of them."""
    joined = ""
    for part in keys[at:]:
        joined += part
        if joined == key:
            return True
        if not key.startswith(joined):
            return False
    return False


def _numbers_beside(line: Line, why: str, page: int, top: float, bottom: float) -> bool:
    """A line of numbers taken out of page ``page`` between ``top`` and ``bottom``: a contents
    entry's page number."""
    return why == "numbers_only" and line.page == page and top <= line.top and line.bottom <= bottom + 1


def _beside_on_row(line: Line, entry: Line) -> bool:
    """``line`` stands on ``entry``'s row, to its right. (Named apart from the rows' ``_same_row``
    below, which this one's old name was shadowed by: a contents entry's number was taken from
    anywhere on its row, a number to its left or another column's included.)"""
    middle = (line.top + line.bottom) / 2
    return entry.top <= middle <= entry.bottom and line.x0 >= entry.x1


def _page_number_of(number: Line, entry: Line, page: list[Line]) -> bool:
    """``number`` is ``entry``'s page number: beside it on its row, no line of the page between
    them (in a box of two columns of entries, the right column's numbers are no left entry's)."""
    if not _beside_on_row(number, entry):
        return False
    middle = (number.top + number.bottom) / 2
    return not any(
        ln.top <= middle <= ln.bottom and entry.x1 <= ln.x0 and ln.x1 <= number.x0
        for ln in page
        if ln is not entry
    )


def _references_marked(page: list[Line], notes: list[Line]) -> list[Line]:
    """Footnote references set as plain digits (an FO processor that dropped the superscript:
    "… вручную. 12", the page's note "12Смотрите …"): a number standing after a sentence's end,
    before the line's end or a capital, that is one of the page's note marks becomes a mark; one
    after dot leaders is a list's page number (lgrmath.pdf's list of tables, "… default family. . .
    . . 2", on a page with a note 2), and one in a monospaced line is the listing's own (a solver
    log's "--> number of parts : 2": a typewriter line is printed as it is, a note's mark is set
    raised in the text's font)."""
    marks = {found[0] for found in map(footnote_mark, (line.text for line in notes)) if found}
    marks = {mark for mark in marks if mark.isdecimal()}
    if not marks:
        return page

    def marked(found: re.Match) -> str:
        mark = found.group(1)
        if mark not in marks or OPEN_LEADERS.search(found.string[: found.start()]):
            return found.group(0)
        return f"{MARK_OPEN}{mark}{MARK_CLOSE}"

    return [
        line if line.mono else replace(line, text=PLAIN_REFERENCE.sub(marked, line.text)) for line in page
    ]


def footnote_mark(text: str) -> tuple[str, str] | None:
    """(mark, text after it) when a footnote line starts with its mark, else None."""
    found = FOOTNOTE_START.match(text)
    return (found.group("mark"), text[found.end() :]) if found else None


def _ruled_regions(rules: list[Rule]) -> list[Rule]:
    """Bounding boxes of groups of touching rules that rule a table."""
    regions = []
    for group in touching_groups(rules):
        columns = {round(r[0] / TOUCH) for r in group if r[2] - r[0] < TOUCH}
        rows = {round(r[1] / TOUCH) for r in group if r[3] - r[1] < TOUCH}
        if len(columns) >= 2 and len(rows) >= 2 and max(len(columns), len(rows)) >= 3:
            regions.append(enclosing(group))
    return regions


def _booktabs_regions(page: list[Line], rules: list[Rule]) -> list[Rule]:
    """Regions of tables ruled across only (booktabs: a top rule, a rule under the header, a bottom
    rule; no rule down): ``BOOKTABS_RULES`` or more horizontal rules of one measure stacked with no
    gap between two of them holding only lines alone on their rows (a caption, prose between two
    tables), each band's lines within the measure, the top band a header of at most
    ``HEADER_ROWS`` rows, one of them of two cells or more. Its rules touch no rule down (a plot's
    panels stacked in their frames are none: zoo.pdf's), so it is no ``_ruled_regions`` region:
    RcppArmadillo-intro.pdf's timings (seven rows "KalmanCpp 0.73 1.0" …) were cut as
    ``numbers_only`` and its names kept as nine short paragraphs."""
    down = [r for r in rules if r[2] - r[0] < TOUCH]
    across = sorted(
        (
            r
            for r in rules
            if r[3] - r[1] < TOUCH and r[2] - r[0] >= TABLE_RULE and not any(_touch(r, v) for v in down)
        ),
        key=lambda r: r[1],
    )
    regions: list[Rule] = []
    stack: list[Rule] = []
    for rule in across:
        if stack and _partial(rule, stack[0]):
            continue  # a \cmidrule under a header's group of columns: the table goes on past it
        band = _band(page, stack[-1], rule) if stack else []
        if stack and _same_measure(stack[0], rule) and _table_band(band, stack[0]):
            stack.append(rule)
            continue
        if _booktabs(page, stack):
            regions.append(enclosing(stack))
        stack = [rule]
    if _booktabs(page, stack):
        regions.append(enclosing(stack))
    return regions


def _booktabs(page: list[Line], stack: list[Rule]) -> bool:
    """The stacked rules rule a table: enough of them, under a header band of short height."""
    if len(stack) < BOOKTABS_RULES:
        return False
    header = _page_rows(_band(page, stack[0], stack[1]))
    return 0 < len(header) <= HEADER_ROWS and any(len(row) >= 2 for row in header)


def _band(page: list[Line], upper: Rule, lower: Rule) -> list[Line]:
    """The lines standing between two rules, within the upper one's width."""
    return [
        ln
        for ln in page
        if upper[3] < (ln.top + ln.bottom) / 2 < lower[1] and ln.x1 > upper[0] and ln.x0 < upper[2]
    ]


def _same_measure(a: Rule, b: Rule) -> bool:
    """Two rules of one table: one starts or ends where the other does, the shorter at least
    ``MEASURE_SHARE`` of the longer (a midrule trimmed at one side)."""
    widths = sorted((a[2] - a[0], b[2] - b[0]))
    ends = abs(a[0] - b[0]) <= TOUCH or abs(a[2] - b[2]) <= TOUCH
    return ends and widths[0] >= MEASURE_SHARE * widths[1]


def _partial(rule: Rule, measure: Rule) -> bool:
    """A rule under some of a table's columns only: within its measure, shorter than ``_same_measure``
    takes (GenABEL-tutorial.pdf's Table 6.1 ruled under its thresholds' head, Table 6.2 between its
    "Observed", "Expected" and "Difference" rows: the table was cut there)."""
    within = measure[0] - TOUCH <= rule[0] and rule[2] <= measure[2] + TOUCH
    return within and not _same_measure(rule, measure)


def _table_band(band: list[Line], measure: Rule) -> bool:
    """The lines between two rules of one table: within its measure (an em of play), a row of two
    cells among them (a band of lines alone on their rows is a caption or prose between tables), or
    none (a doubled rule)."""
    within = all(measure[0] - ln.size <= ln.x0 and ln.x1 <= measure[2] + ln.size for ln in band)
    return within and (not band or any(len(row) >= 2 for row in _page_rows(band)))


def touching_groups(rules: list[Rule]) -> list[list[Rule]]:
    """The rules in groups that touch (``_touch``), directly or through others, each group ordered
    as the rules came, the groups by their last rule (the order tables are numbered in). Found on a
    grid of ``TOUCH`` cells: rules whose boxes share a cell touch, so a cell's rules are one group and
    a rule is compared with a neighbouring cell's rules only until one touches it, not with every
    group: a Ghostscript plot draws its points as thousands of tiny stroked paths, many on top of
    each other (r-cran-dimred's vignette, 73,688 objects on one page), and comparing each with all
    before it took the page past the reader's time limit and the document was lost."""
    parent = list(range(len(rules)))

    def root(at: int) -> int:
        while parent[at] != at:
            parent[at] = parent[parent[at]]
            at = parent[at]
        return at

    cells: dict[tuple[int, int], list[int]] = {}
    for at, rule in enumerate(rules):
        for cell in _cells(rule, TOUCH):
            for other in cells.get(cell, ()):
                if root(other) == root(at):
                    break  # the cell's rules are one group: already this rule's
                if _touch(rule, rules[other]):
                    parent[root(other)] = root(at)
                    break
        for cell in _cells(rule, 0.0):
            cells.setdefault(cell, []).append(at)
    groups: dict[int, list[int]] = {}
    for at in range(len(rules)):
        groups.setdefault(root(at), []).append(at)
    return [[rules[at] for at in group] for group in sorted(groups.values(), key=lambda group: group[-1])]


def _cells(rule: Rule, grown: float) -> list[tuple[int, int]]:
    """The ``TOUCH`` grid cells the rule's box, grown by ``grown``, lies in; none for a box with a
    coordinate that is no number (it touches nothing)."""
    if not all(math.isfinite(v) for v in rule):
        return []
    x0, y0 = int((rule[0] - grown) // TOUCH), int((rule[1] - grown) // TOUCH)
    x1, y1 = int((rule[2] + grown) // TOUCH), int((rule[3] + grown) // TOUCH)
    return [(x, y) for x in range(x0, x1 + 1) for y in range(y0, y1 + 1)]


def _touch(a: Rule, b: Rule) -> bool:
    return a[0] <= b[2] + TOUCH and b[0] <= a[2] + TOUCH and a[1] <= b[3] + TOUCH and b[1] <= a[3] + TOUCH


def _inside(line: Line, region: Rule) -> bool:
    x, y = (line.x0 + line.x1) / 2, (line.top + line.bottom) / 2
    return region[0] <= x <= region[2] and region[1] <= y <= region[3]


def _take_tables(
    page: list[Line],
    regions: list[Rule],
    number: int,
    tables: list[Table],
    ruled: bool,
    rules: list[Rule] = (),
    outside: frozenset[int] = frozenset(),
) -> list[Line]:
    """The page with each region's lines replaced by one placeholder where its first line stood; a
    ruled table's header cells read whole (``_header_joined``). Rules around lines of one column are
    no table (``_framed_lines``), nor are rules round columns of prose (``_prose_columns``): the
    lines stay in the text (``_aligned`` reads such columns in column order); so do the lines whose ids are
    ``outside`` (a .dtx manual's margin names beside an unruled table). A table taken before (a
    ruled region inside another) stays its own: its placeholder is no line of the next one. A
    figure's caption in the region is the text's, never the table's cells (``_caption_lines``)."""
    for region in regions:
        inside = [
            line
            for line in page
            if _inside(line, region) and id(line) not in outside and not line.text.startswith(TABLE)
        ]
        inside = _without(inside, _caption_lines(inside))
        if not inside or (ruled and (_framed_lines(inside) or _prose_columns(_columns(inside)))):
            continue
        if ruled and _framed_listing(inside, region, rules):
            continue
        first = _index(page, inside[0])
        box = enclosing(ln.box for ln in inside)
        rows = _header_joined(inside, region, rules) if rules else _rows(inside)
        columns = tuple((min(ln.x0 for ln in c), max(ln.x1 for ln in c)) for c in _columns(inside))
        tables.append(Table(number, rows, ruled, box, columns=columns))
        placeholder = replace(inside[0], text=f"{TABLE}{len(tables) - 1}")
        page = [*_without(page[:first], inside), placeholder, *_without(page[first:], inside)]
    return page


def _caption_lines(lines: list[Line]) -> list[Line]:
    """The lines of each figure caption among ``lines`` ("Figure 2: A “zoom in” of …"): its first
    line and those under it that go on its paragraph (its size, from its left edge, less than a line
    apart). A plot's frame drawn past its axis (log1mexp-note.pdf's Figure 2) made a ruled region
    that took the caption's first two lines as the legend's last rows, out of the text with no record,
    and left the rest a paragraph opening mid-sentence."""
    found: list[Line] = []
    for head in lines:
        if head in found or not FIGURE_CAPTION.match(MARK.sub("", head.text).strip()):
            continue
        last = head
        found.append(head)
        for line in sorted((ln for ln in lines if ln.top > head.top), key=lambda ln: ln.top):
            if (
                abs(line.size - head.size) > SIZE_STEP
                or abs(line.x0 - head.x0) > line.size
                or line.top - last.bottom > line.size
            ):
                break
            found.append(line)
            last = line
    return found


def _prose_columns(columns: list[list[Line]]) -> bool:
    """Columns of running text set side by side, not a table: two or more, each with most of its
    characters in lines of prose (``_prose_line``), a line that runs on to the next (a sentence
    wrapped at the column's edge) and a sentence's end. A bilingual exam sets its English left of
    its Dutch, ruled by the boxes round each question's weight and the answer grid under it (read
    as a table, the whole exam stood only in a table span's cells); a table's cells are names,
    numbers or short phrases, and a column of them beside wrapped descriptions keeps it a table."""
    return len(columns) >= 2 and all(_prose_column_text(column) for column in columns)


def _prose_column_text(column: list[Line]) -> bool:
    """One column of ``_prose_columns``: prose by its share of characters, wrapped, with a sentence."""
    lines = sorted(column, key=lambda ln: ln.top)
    texts = [MARK.sub("", ln.text).strip() for ln in lines]
    prose = [text for ln, text in zip(lines, texts, strict=True) if _prose_line(ln, text)]
    if sum(map(len, prose)) <= PROSE_SHARE * sum(map(len, texts)):
        return False
    runs_on = any(
        _prose_line(ln, text) and RUNS_ON.search(text) and below.top - ln.bottom < ln.size
        for (ln, text), below in zip(zip(lines, texts, strict=True), lines[1:], strict=False)
    )
    return runs_on and any(SENTENCE_STOP.search(text) for text in texts)


def _prose_line(line: Line, text: str) -> bool:
    """A line of prose: ``_prose_words`` and ``PROSE_LETTERS`` letters or more, without a contents
    entry's leaders ("white spots ....... 18": a change log's entry is a cell)."""
    letters = sum(char.isalpha() for char in text)
    return _prose_words(line) and letters >= PROSE_LETTERS and not LEADERS.search(text)


def _framed_lines(lines: list[Line]) -> bool:
    """Rules around prose lines of one column, a line to a row, are no table: boxes drawn around
    text (a framed note, hyperref's link borders: in mdoccorr.pdf the boxes around three command
    names on two prose lines touch and made a "table" of one column that took ". . . chain starts
    here, and here …" / "a default variant …" out of the text). A table has two cells in a row at
    least; boxed labels of a word or two (chord names over diagrams) stay tables."""
    letters = sorted(sum(char.isalpha() for char in ln.text) for ln in lines)
    return letters[len(letters) // 2] >= PROSE_LETTERS and all(len(row) == 1 for row in _rows(lines))


def _framed_listing(lines: list[Line], region: Rule, rules: list[Rule]) -> bool:
    """A frame ruled at its two sides only (boxes stacked in it: a notebook cell's input over its
    output) round one column of lines is a framed listing or a boxed paragraph, not a table: its
    lines stay in the text. nbsphinx frames each cell "[2]: %time time.sleep(60 * 60)" / "6 * 7"
    over its output "CPU times: …" and the three rules across made a "table" that cut the example
    from the text. A table in such a frame has cells that line up in two columns or more, on two
    rows at least (a traceback's "ZeroDivisionError … Traceback" is one row); a listing's
    indentation, or its prompt in the margin, is no column; typewriter lines are a listing whatever
    their spacing (a program's output in columns)."""
    sides = (region[0] + TOUCH, region[2] - TOUCH)
    inner = [r for r in rules if r[2] - r[0] < TOUCH and sides[0] < r[0] < sides[1] and _across(r, region)]
    if inner:
        return False
    side_by_side = [row for row in _page_rows(lines) if len(row) > 1]
    return all(ln.mono for ln in lines) or len(side_by_side) < 2


def _across(rule: Rule, region: Rule) -> bool:
    """The rule runs within the region's height (a rule of the region, not of one beside it)."""
    return region[1] - TOUCH <= rule[1] and rule[3] <= region[3] + TOUCH


def _header_joined(lines: list[Line], region: Rule, rules: list[Rule]) -> list[list[str]]:
    """The rows of a ruled table whose header band (above its first inner rule across the table)
    holds labels stacked over several lines ("№" / "выс" / "раст", "дл" / "сцв"): the header as one
    row, each cell's lines joined top to bottom in the column its vertical rules bound (in a table
    without any, its lines' column: firehol-manual.pdf's "forbidden" / "params"), instead of a row
    per line whose shorter rows slide left; the rows below as ``_rows`` reads them."""
    x0, top, x1, bottom = region
    across = sorted(
        r[1]
        for r in rules
        if r[3] - r[1] < TOUCH
        and r[0] <= x0 + TOUCH
        and r[2] >= x1 - TOUCH
        and top + TOUCH < r[1] < bottom - TOUCH
    )
    if not across:
        return _rows(lines)
    header = [ln for ln in lines if (ln.top + ln.bottom) / 2 < across[0]]
    if len(_rows(header)) < 2:
        return _rows(lines)
    edges = sorted(
        {round(r[0] / TOUCH) * TOUCH for r in rules if r[2] - r[0] < TOUCH and _inside_x(r, region)}
    )
    cells: dict[int, list[Line]] = {}
    for line in header:
        cells.setdefault(sum(edge <= (line.x0 + line.x1) / 2 for edge in edges), []).append(line)
    if not edges:  # ruled across only (booktabs): the header's own columns part its cells
        cells = dict(enumerate(_columns(header)))
    row = [
        " ".join(ln.text for ln in sorted(cell, key=lambda ln: ln.top)) for _, cell in sorted(cells.items())
    ]
    return [row, *_rows(_without(lines, header))]


def _inside_x(rule: Rule, region: Rule) -> bool:
    """A vertical rule standing within the region's width and reaching into its height."""
    return region[0] - TOUCH <= rule[0] <= region[2] + TOUCH and rule[1] < region[3] and rule[3] > region[1]


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


def _clause_numbers_joined(page: list[Line], gutter: float | None = None) -> list[Line]:
    """A clause number that pdfminer read as a line of its own ("3.10" | "Содержательная …", set a
    tab apart on one row) joined to the text right of it, where the one of the two stood that the
    page's order fits (``_misplaced``; the earlier on a tie): a scan's text layer reads the number
    column first, with the line below the number ("та ЕСКД.") in it, so the clause's sentence
    would start after its own end (and the number, a line of digits, would go), and reads a
    numbering example's label before the headings above it. The text is in the number's size and
    opens with a word: in a numbering example drawn with braces the OCR's "21" (a brace's 12 pt)
    and "3.1.2" + "f" are no clauses; a bare number's text opens with a capital, or with any words
    when the number is one of a counted list's labels (``_counted``). A number and a line across the
    page's ``gutter`` are two columns' (ltnews36.pdf's contents entry's page number "1" and the right
    column's footnote "For the …" beside it), no clause."""
    result = list(page)
    for number in [ln for ln in page if CLAUSE_NUMBER.match(MARK.sub("", ln.text)) and not ln.mono]:
        dotted = "." in number.text.rstrip(".")
        partners = [
            ln
            for ln in result
            if ln is not number
            and not ln.mono  # a listing's line numbers stay out of its code
            and _same_row(number, ln)
            and 0 <= ln.x0 - number.x1 < NUMBER_REACH * number.size
            and abs(ln.size - number.size) < SIZE_STEP_TEXT  # a brace's OCR "21" (12 pt) is no clause
            and _opens_with_word(ln.text)  # "3.1.2" + "f": a brace the OCR read as a letter
            and not _parted_by([number, ln], gutter)
            and (dotted or ln.text[:1].isupper() or (_counted(number, page) and _prose_words(ln)))
        ]  # "2 Технические требования"; not a table's "6 | мм"
        if not partners:
            continue
        text = min(partners, key=lambda ln: ln.x0)
        merged = replace(
            text,
            text=f"{number.text} {text.text}",
            x0=number.x0,
            top=min(number.top, text.top),
            bottom=max(number.bottom, text.bottom),
        )
        places = sorted({_index(result, number), _index(result, text)})
        result = _without(result, [number, text])
        at = [place - i for i, place in enumerate(places)]  # each place once the two are out
        result.insert(min(at, key=lambda place: (_misplaced(result, place, merged), place)), merged)
    return result


def _counted(number: Line, page: list[Line]) -> bool:
    """A bare whole number with the one before or after it in its column: the labels of a list that
    counts its items, set a tab left of them, whose items may open in lower case (a manual's codes
    "0" | "plain search over …", "1" | "weighted search; …"); a table's lone row number beside a
    unit ("6 | мм") has no such neighbour or no words, and a table's column of codes beside their
    names ("NO_VALUE | 1 | the method …") does not open its rows."""
    value = MARK.sub("", number.text).strip()
    if not value.isdigit() or any(_same_row(ln, number) and ln.x1 <= number.x0 for ln in page):
        return False
    neighbours = {str(int(value) - 1), str(int(value) + 1)}
    return any(
        ln is not number and abs(ln.x0 - number.x0) < 1.0 and MARK.sub("", ln.text).strip() in neighbours
        for ln in page
    )


def _misplaced(lines: list[Line], at: int, line: Line) -> int:
    """How many of the line's neighbours in the reading order, were it put at ``at``, stand on the
    wrong side of it: the line read before it lower on the page, the one read after it higher, in
    the same column (a clause's label read before the section heading above it: "Нумерация пунктов
    первого подраздела …" before "3 Методы испытаний", its number "3.1.2" in its place)."""
    before = next((ln for ln in reversed(lines[:at]) if _over(ln, line)), None)
    after = next((ln for ln in lines[at:] if _over(ln, line)), None)
    return (before is not None and before.top > line.bottom) + (after is not None and after.bottom < line.top)


def _over(a: Line, b: Line) -> bool:
    """The two lines share some of their width (one column), not on one row."""
    return a.x0 < b.x1 and b.x0 < a.x1 and not _same_row(a, b)


def _opens_with_word(text: str) -> bool:
    """The text starts with a word: letters, one alone only when it is a word before another of its
    script ("В заголовке …"); not "f", "I" alone or a Latin "I" before Russian (a brace the OCR read
    as a letter)."""
    from sloika.pipelines.formats.pdf_joins import known_word  # the reflow reads the laid-out lines

    tokens = [token.strip(".,;:") for token in text.split()[:2]]
    first = tokens[0] if tokens else ""
    if not first[:1].isalpha():
        return False
    if len(first) > 1:
        return True
    nxt = tokens[1][:1] if len(tokens) > 1 else ""
    return known_word(first) and nxt.isalpha() and _cyrillic(first) == _cyrillic(nxt)


def _cyrillic(char: str) -> bool:
    return "\u0400" <= char <= "\u04ff"


def _aligned(
    page: list[Line],
    number: int,
    tables: list[Table],
    ended: Table | None = None,
    gutter: float | None = None,
) -> list[Line]:
    """Aligned blocks: tables taken out, columns of prose put in column order. Monospaced lines
    side by side are a drawing or a listing, not a table (``pdf_reflow.code_block`` lays them out).
    A column of prose at the page's body size beside a table whose cells are all set smaller (a
    standard's paragraph next to its example table) stays in the text; a table's column that runs
    on below its last row keeps those lines (``_grown``). Lines of numbers alone count only in a
    row of ``GRID_NUMBERS`` or more (a table's body of figures: "32 | 2,146 | 2,589"); a clause
    number or a contents line's page number beside its text is no column. Columns of prose
    (``_prose_columns``) are read column by column however many stand side by side and however
    short some of their lines are (a question's list of ingredients under its sentence). Rows too
    few for a table that open the page under a table that ``ended`` the page before, in its
    columns, are that table's continuation (``_table_goes_on``). Rows whose lines stand on both
    sides of the page's ``gutter`` (``_page_gutter``) are the page's two columns side by side, no
    table: they are read column by column; where each side has a line of column width, a table
    lies within one of them, so each side is judged alone (``_page_columns``: a contents box's
    entries and page numbers in one column stay a table; an abstract beside the contents is none)."""
    lines = [ln for ln in page if not (ln.text.startswith(TABLE) or ln.mono)]
    margin = _margin_notes(page)  # a margin note's column is no table's column
    numbers = [ln for ln in lines if NUMBERS_ONLY.match(ln.text) and any(c.isdigit() for c in ln.text)]
    grid = {
        id(ln)
        for ln in numbers
        if sum(_same_row(ln, other) for other in numbers) >= GRID_NUMBERS  # itself included
    }
    code = _gutter_code(page)
    words = sorted(
        [*(ln for ln in lines if not NUMBERS_ONLY.match(ln.text) or id(ln) in grid), *code],
        key=lambda ln: ln.top,
    )
    pairs: set[int] = set()
    for i, line in enumerate(words):
        for other in words[i + 1 :]:
            if other.top >= line.bottom:
                break  # sorted by top: no later line overlaps this one
            if _side_by_side(line, other):
                pairs.update((id(line), id(other)))
    paired = [ln for ln in words if id(ln) in pairs]
    blocks: list[list[Line]] = []
    leads: set[int] = set()
    for line in paired:
        if blocks and (
            line.top - max(ln.bottom for ln in blocks[-1]) < ROW_GAP * line.size
            or _rows_between(page, blocks[-1], line)
            or _columns_run_on(page, blocks[-1], line, gutter)
        ):
            leads.update(id(ln) for ln in _sentences_between(page, blocks[-1], line, pairs))
            blocks[-1].append(line)
        else:
            blocks.append([line])
    page, blocks, lines_of_text = _text_width_rows_joined(page, blocks, gutter)
    running = _running_rows(page, blocks) | lines_of_text
    texts = running | leads  # sentences between displays: in the text, no cells
    outside = margin | texts  # neither margin notes nor sentences between displays are cells
    work = [(part, 0.0, float("inf")) for whole in blocks for part in _split_at(whole, running)]
    while work:
        block, left, right = work.pop(0)
        region = (left, min(ln.top for ln in block), right, max(ln.bottom for ln in block))
        inside = _cell_lines(page, region, texts)
        if not inside:
            continue  # its lines went with a table an earlier block grew into
        if _grammar(inside):  # before a listing: its productions end in ";" as statements do
            page = _read_grammar(page, region)
            continue
        if _listing(inside):
            page = _read_in_rows(page, inside)
            continue
        if _prose_through_leaders(inside):
            page = _read_through_leaders(page, inside)
            continue
        if _run_in_terms(inside):
            page = _read_in_rows(page, inside)
            continue
        if len(_rows(block)) < ALIGNED_ROWS:
            columns = _columns(inside)
            if _header_cells(columns):  # with a cell's last line that stands half below the rows
                spans = [(min(ln.x0 for ln in c), max(ln.x1 for ln in c)) for c in columns]
                hanging = [
                    ln.bottom
                    for ln in page
                    if region[1] < ln.top < region[3] and any(a <= ln.x0 and ln.x1 <= b for a, b in spans)
                ]
                region = (*region[:3], max([region[3], *hanging]))
                grown = [_grown(page, region, columns)]
                page = _take_tables(page, grown, number, tables, ruled=False, outside=outside)
            elif (all(len(row) >= 3 for row in _rows(inside)) and _captioned(page, region)) or (
                ended is not None and _table_goes_on(page, region, ended)
            ):
                page = _take_tables(page, [region], number, tables, ruled=False, outside=outside)
            continue
        spread = inside
        if any(ln in code for ln in block):  # a column's code is read in its column
            spread = [ln for ln in page if _inside(ln, region) and (ln.mono or ln in inside)]
        if _page_columns(spread, gutter):  # a table lies within one of them
            spans = ((0.0, gutter), (gutter, float("inf")))
            for side, span in zip(_sides(spread, gutter), spans, strict=True):
                if len(_columns(side)) > 1:  # judged alone: a contents box's entries and numbers are cells
                    work.append((side, *span))
                    continue
                box = _numbered_rows(side)  # a contents box over the column's prose is a table as it stands
                if box:
                    box_region = (*span[:1], min(ln.top for ln in box), span[1], max(ln.bottom for ln in box))
                    page = _take_tables(page, [box_region], number, tables, ruled=False, outside=outside)
                page = _in_own_places(page, _without(side, box))
            continue
        columns = _columns(inside)
        lengths = sorted(len(ln.text) for ln in inside)
        if (
            (
                len(columns) >= 3
                or lengths[len(lengths) // 2] < CELL_CHARS
                or min(map(len, columns)) < ALIGNED_ROWS
            )
            and not _prose_columns(columns)
            and not _columns_side_by_side(inside, gutter)
        ):
            size = body_size([page])
            prose = [ln for column in columns if _prose_column(column, size) for ln in column]
            cells = _without(inside, prose)
            if prose and cells and all(ln.size < size - SIZE_STEP for ln in cells):
                region = (min(ln.x0 for ln in cells), region[1], max(ln.x1 for ln in cells), region[3])
            else:
                side = (left, right) != (0.0, float("inf"))  # judged alone in its column of the page
                region = _labels_taken(page, _grown(page, region, columns, side))
            grown = _cell_lines(page, region, texts)
            if _listing(grown, marked=True):  # judged on the rows it grew to: labels over the code
                page = _read_in_rows(page, grown)
                continue
            page = _take_tables(page, [region], number, tables, ruled=False, outside=outside)
        else:
            if any(ln in code for ln in block):  # a column's code is read in its column
                inside = [ln for ln in page if _inside(ln, region) and (ln.mono or ln in inside)]
            if _columns_side_by_side(inside, gutter):  # the page's two columns, each in its places
                for side in _sides(inside, gutter):
                    page = _in_own_places(page, side)
                continue
            first = _index(page, inside[0])
            ordered = [ln for column in _columns(inside) for ln in sorted(column, key=lambda ln: ln.top)]
            rest = _without(page, inside)
            page = rest[:first] + ordered + rest[first:]
    return page


def _table_ending_page(page: list[Line], tables: list[Table]) -> Table | None:
    """The table of ``page`` that ends it: no line of the page's text stands under its box."""
    placed = [tables[int(ln.text[1:])] for ln in page if ln.text.startswith(TABLE)]
    last = max((table for table in placed if table.box), key=lambda table: table.box[3], default=None)
    if last is None or any(ln.top > last.box[3] for ln in page if not ln.text.startswith(TABLE)):
        return None
    return last


def _table_goes_on(page: list[Line], region: Rule, table: Table) -> bool:
    """The rows in ``region`` open the page (no line above them) and stand in ``table``'s columns,
    two or more, each in another: its continuation from the page before, rows too few for an
    aligned table (a booktabs table's last two rows overleaf stood as paragraphs)."""
    if any(ln.bottom <= region[1] for ln in page):
        return False
    inside = [ln for ln in page if _inside(ln, region)]
    spans = [(min(ln.x0 for ln in c), max(ln.x1 for ln in c), c[0].size) for c in _columns(inside)]
    homes = [
        next((at for at, (x0, x1) in enumerate(table.columns) if x0 - em <= left and right <= x1 + em), None)
        for left, right, em in spans
    ]
    return len(homes) >= 2 and None not in homes and len(set(homes)) == len(homes)


def _cell_lines(page: list[Line], region: Rule, running: frozenset[int]) -> list[Line]:
    """The lines inside ``region`` that a table there would take: no table placeholder, no
    monospaced line, no sentence running between displays (``_running_rows``)."""
    return [
        ln
        for ln in page
        if _inside(ln, region) and not (ln.text.startswith(TABLE) or ln.mono or id(ln) in running)
    ]


def _numbered_rows(lines: list[Line]) -> list[Line]:
    """The lines of the rows that open ``lines``, ``ALIGNED_ROWS`` or more of them ending in a number
    at one right edge (a row without one may stand over the next, an entry wrapped onto it), with
    no numbered row under them: a contents box's entries and page numbers at the top of a page
    column of prose (ltnews34.pdf's last section of the contents over the right column's
    introduction, an entry's number read into its line: "… labels . 6"), or filling the column to
    its foot (ltnews33.pdf's box, its last section going on atop the right column; Rcpp-FAQ.pdf's
    list going on there), a table though the column's prose or an entry read into one line with its
    number makes the side one column. A list under an abstract is left to the contents list."""
    rows = _page_rows(lines)
    ends = [max(row, key=lambda ln: ln.x1) for row in rows]
    numbered = [end.text.split()[-1].isdigit() if end.text.split() else False for end in ends]
    edge = next((end.x1 for end, number in zip(ends, numbered, strict=True) if number), 0.0)
    end = 0  # the run's end: it opens the side
    while end < len(rows) and (
        (numbered[end] and abs(ends[end].x1 - edge) <= ends[end].size)
        or (not numbered[end] and end + 1 < len(rows) and numbered[end + 1])
    ):
        end += 1
    if sum(numbered[:end]) < ALIGNED_ROWS or any(numbered[end:]):
        return []  # a list under other lines: the contents list's (Rcpp-FAQ's, under its abstract)
    return [ln for row in rows[:end] for ln in row]


def _in_own_places(page: list[Line], lines: list[Line]) -> list[Line]:
    """``lines`` read column by column (``_columns``, each top to bottom: a row's pieces left to
    right) in the places of ``page`` they hold, so the rest of their page column stays around them."""
    places = sorted(_index(page, line) for line in lines)
    ordered = [line for column in _columns(lines) for line in sorted(column, key=lambda ln: ln.top)]
    result = list(page)
    for at, line in zip(places, ordered, strict=True):
        result[at] = line
    return result


def _page_gutter(page: list[Line]) -> float | None:
    """Where the page's two text columns part, None on a page without: just left of the right
    column's left edge (where its leftmost line of column width starts, so a left column's page
    numbers set out past its text stay left of it), fewer lines crossing it than stand on either
    side, with ``GUTTER_PROSE`` prose lines of column width (``COLUMN_WIDTH`` em) or more ending at
    one edge left of it and as many starting at one edge right of it, the most of both found. A
    table's cells, a margin's notes or a listing beside its output are no column's lines (narrow,
    code, ragged) or have the page's prose running across their gap."""
    wide = _column_prose(page)
    if not wide:
        return None
    size = sorted(line.size for line in wide)[len(wide) // 2]
    best, most = None, 0
    for end in sorted({line.x1 for line in wide}):
        starts = [line.x0 for line in wide if line.x0 > end]
        if not starts:
            continue
        gutter = min(starts) - 0.5
        crossing = sum(line.x0 < gutter < line.x1 for line in page)
        left = Counter(round(line.x1) for line in wide if line.x1 <= gutter)
        right = Counter(round(line.x0) for line in wide if line.x0 >= gutter)
        sides = min(_at_one_edge(left, size), _at_one_edge(right, size))
        if sides >= max(GUTTER_PROSE, crossing + 1) and sides > most:
            best, most = gutter, sides
    return best


def _column_prose(page: list[Line]) -> list[Line]:
    """The page's prose lines of column width (``COLUMN_WIDTH`` em): those whose edges set a column's."""
    return [
        line
        for line in page
        if line.x1 - line.x0 >= COLUMN_WIDTH * line.size
        and _prose_line(line, MARK.sub("", line.text).strip())
    ]


def _gutter_span(page: list[Line], gutter: float | None) -> tuple[float, float] | None:
    """The page's gutter from the left column's right edge (where most of its prose lines of column
    width end) to ``gutter`` (``_page_gutter``), None on a page of one column."""
    if gutter is None:
        return None
    ends = Counter(round(line.x1) for line in _column_prose(page) if line.x1 <= gutter)
    return (float(ends.most_common(1)[0][0]), gutter) if ends else None


def _apart_across(a: Line, b: Line, span: tuple[float, float] | None) -> bool:
    """The two stand either side of the page's gutter (``_gutter_span``), with a gap at least as wide
    as the gutter between them: each in its own column, however far in from its edge it is set (a
    listing indented in the right column, a comment set out in the left). A code line that runs on
    across the gutter has no such gap in it."""
    if span is None:
        return False
    left, right = (a, b) if a.x0 <= b.x0 else (b, a)
    edge, gutter = span
    return left.x1 <= gutter <= right.x0 and right.x0 - left.x1 >= gutter - edge


def _columns_in_order(page: list[Line], gutter: float | None) -> list[Line]:
    """The page read column by column where pdfminer went back and forth between the two: between
    two lines across the ``gutter`` (a title over both columns, a note under them), the lines left
    of it before those right of it, each side in the order read, in the places those lines held
    (gregmisc.pdf's description list, its rows read among the right column's). A page read in
    column order stays as it was."""
    if gutter is None:
        return page
    sides = [_side(line, gutter, page) for line in page]
    across = sorted(line.top for line, side in zip(page, sides, strict=True) if side == 0)
    bands: dict[int, list[int]] = {}
    for at, line in enumerate(page):
        if sides[at]:
            bands.setdefault(sum(top <= line.top for top in across), []).append(at)
    ordered = list(page)
    for places in bands.values():
        read = [page[at] for at in places if sides[at] < 0]
        read += [page[at] for at in places if sides[at] > 0]
        for at, line in zip(places, read, strict=True):
            ordered[at] = line
    return ordered


def _columns_side_by_side(lines: list[Line], gutter: float | None) -> bool:
    """The page's two columns side by side (``_parted_by``), each of one line a row: a contents
    box's entries and their page numbers set apart in the left column are a table's cells."""
    return (
        gutter is not None
        and _parted_by(lines, gutter)
        and all(len(_columns(side)) == 1 for side in _sides(lines, gutter))
    )


def _page_columns(lines: list[Line], gutter: float | None) -> bool:
    """Lines on both sides of the page's ``gutter``, none across it (``_parted_by``), each side with
    a line of column width (``COLUMN_WIDTH`` em): the page's two text columns side by side (an
    abstract beside the contents, a listing beside the other column's listing), no table's columns.
    A table's cells line up row by row within one column of the page, so each side is judged alone.
    A one-column page's table of short names and short descriptions has no gutter of its own, though
    its description column may look like one."""
    return _parted_by(lines, gutter) and all(
        any(ln.x1 - ln.x0 >= COLUMN_WIDTH * ln.size for ln in side) for side in _sides(lines, gutter)
    )


def _sides(lines: list[Line], gutter: float) -> tuple[list[Line], list[Line]]:
    """The lines of the column left of the ``gutter``, and those of the column right of it (``_side``)."""
    sides = [_side(ln, gutter, lines) for ln in lines]
    return [ln for ln, side in zip(lines, sides, strict=True) if side < 0], [
        ln for ln, side in zip(lines, sides, strict=True) if side > 0
    ]


def _parted_by(lines: list[Line], gutter: float | None) -> bool:
    """Lines on both sides of the page's ``gutter`` and none across it: the page's two columns."""
    if gutter is None:
        return False
    sides = {_side(line, gutter, lines) for line in lines}
    return sides == {-1, 1}


def _side(line: Line, gutter: float, lines: list[Line]) -> int:
    """-1 where the line is the left column's, 1 the right's, 0 where it is set across both. A line
    that runs past the ``gutter`` by ``GUTTER_REACH`` em at most is the column's it stands in
    most where the other column has a line beside it on its row (Algo.book.pdf's "s/(s^2+1) );", the
    end of a left column's code line, reaches 0.5 pt into the right column beside that column's
    text): the gutter is where the right column's lines start, judged on the page's other lines, and
    such a line read as across both columns parted each of them in two. With nothing beside it
    (mpi4py.pdf's "classmethod Delete(…)" over a summary table taken for two columns) it is across."""
    left, right = gutter - line.x0, line.x1 - gutter
    if right <= 0 or left <= 0:
        return -1 if right <= 0 else 1
    side = -1 if left >= right else 1
    if min(left, right) > GUTTER_REACH * line.size or not _beside(line, gutter, side, lines):
        return 0
    return side


def _beside(line: Line, gutter: float, side: int, lines: list[Line]) -> bool:
    """Whether a line of ``lines`` wholly in the other column than ``side`` shares ``line``'s row."""
    return any(
        other is not line
        and (other.x0 >= gutter if side < 0 else other.x1 <= gutter)
        and min(other.bottom, line.bottom) > max(other.top, line.top)
        for other in lines
    )


def _listing(lines: list[Line], marked: bool = False) -> bool:
    """Whether an aligned block is a program set in proportional fonts (a CWEB listing) with its
    comments or section numbers beside the statements: ``LISTING_SHARE`` of its rows, two at
    least, are program lines (``PROGRAM_LINE``). Taken as a table, its code left the text for
    the ``table`` span's cells, where no reader of the text finds it. ``marked``: a program line
    counts only with a program's mark in it (``CODE_MARK``), where the rows a table grew to may
    be a cell's run-on prose ending in ";" ("… особые отметки;")."""
    rows = [" ".join(row) for row in _rows(lines)]
    program = sum(bool(PROGRAM_LINE.search(row) and (not marked or CODE_MARK.search(row))) for row in rows)
    return program >= max(2, LISTING_SHARE * len(rows))


def _read_in_rows(page: list[Line], block: list[Line]) -> list[Line]:
    """``block``'s rows, each one line of its pieces left to right, where its first line stood: a
    statement and its comment beside it are one line of code, not a line and a paragraph apart."""
    return _spliced(page, block, [_row_line(row) for row in _page_rows(block)])


def _spliced(page: list[Line], block: list[Line], lines: list[Line]) -> list[Line]:
    """The page with ``block``'s lines replaced by ``lines``, standing where its first line stood."""
    first = _index(page, block[0])
    rest = _without(page, block)
    return rest[:first] + lines + rest[first:]


def _grammar(lines: list[Line]) -> bool:
    """Whether an aligned block is a grammar's display: each row a production ("decl ::=
    function-decl ;") or an alternative under one ("| struct-decl ;"), two rows at least, one a
    production. LaTeX sets it as a ``tabular`` (the nonterminal, "::=", the right side), so it
    lines up like a table; read as one, its productions left the text (camlidl's ``lexpr``)."""
    rows = [_row_line(row).text for row in _page_rows(lines)]
    return len(rows) >= 2 and all(PRODUCTION.match(row) for row in rows) and any("::=" in row for row in rows)


def _read_grammar(page: list[Line], region: Rule) -> list[Line]:
    """The grammar's rows in ``region``, and the production rows right above and below it (a head
    set in typewriter, "type-spec ::= [unsigned | signed] …", an alternative alone on its row), each
    one line of text that ends its paragraph (``Line.grammar``), where its first line stood: its
    monospaced keywords ("|  void") no listing, its math-font bars ("|") no formula."""
    rows = _page_rows([ln for ln in page if not ln.text.startswith(TABLE)])
    taken = [at for at, row in enumerate(rows) if any(_inside(ln, region) for ln in row)]
    first, last = taken[0], taken[-1]
    while first > 0 and _grammar_row_next(rows[first - 1], rows[first]):
        first -= 1
    while last + 1 < len(rows) and _grammar_row_next(rows[last], rows[last + 1]):
        last += 1
    taken_ids = {id(ln) for row in rows[first : last + 1] for ln in row}
    block = [ln for ln in page if id(ln) in taken_ids]  # in the page's order: the rows stand at the first
    lines = [_grammar_line(_row_line(row)) for row in rows[first : last + 1]]
    return _spliced(page, block, lines)


def _grammar_line(row: Line) -> Line:
    """A grammar's row as a line of text: its typewriter pieces' wide spaces one space."""
    return replace(row, text=" ".join(row.text.split()), mono=False, formula=False, grammar=True, lead=True)


def _grammar_row_next(upper: list[Line], lower: list[Line]) -> bool:
    """Two rows of one grammar display: both productions or alternatives, the lower at most
    ``ROW_GAP`` em under the upper."""
    texts = (_row_line(upper).text, _row_line(lower).text)
    gap = min(ln.top for ln in lower) - max(ln.bottom for ln in upper)
    return all(PRODUCTION.match(text) for text in texts) and gap < ROW_GAP * lower[0].size


def _prose_through_leaders(lines: list[Line]) -> bool:
    """Whether an aligned block is a paragraph's lines broken by leaders or white space (a manual's
    demonstration of leaders: "some sort of repeated . . . . . content."): each row of more than
    one piece, ``ALIGNED_ROWS`` at least, opens with a prose line's words (``PROSE_WORDS``) and
    goes on mid-sentence at each break, the piece before ending on no stop and the one after
    starting in lower case. A table's key stands short of that; its cells start anyhow."""
    broken = [row for row in _page_rows(lines) if len(_leader_free_pieces(row)) > 1]
    return len(broken) >= ALIGNED_ROWS and all(_sentence_through(_leader_free_pieces(row)) for row in broken)


def _run_in_terms(lines: list[Line]) -> bool:
    """Whether an aligned block is a definition list set run in (Texinfo's ``@table``, a grammar's
    summary: "include:" beside "include string ‘;’", "label:" beside "identifier"): each row of two
    pieces or more is a term ending in a colon and the text it names, starting at most ``TERM_HANG``
    em right of the term's start (farther, it is the page's other column: yacas' "Calling format:"
    beside "on the command line …"), ``ALIGNED_ROWS`` rows at least (a row of one piece is a
    description's wrapped line). A colon's label reads on into what follows
    it; a table's cell names no such label. Read as a table, the entries left the text."""
    rows = [sorted(row, key=lambda ln: ln.x0) for row in _page_rows(lines) if len(row) > 1]
    return len(rows) >= ALIGNED_ROWS and all(
        len(row) == 2
        and MARK.sub("", row[0].text).rstrip().endswith(":")
        and row[1].x0 <= row[0].x0 + TERM_HANG * row[0].size
        for row in rows
    )


def _leader_free_pieces(row: list[Line]) -> list[str]:
    """A row's texts left to right, split at leaders (``LEADER_RUN``), leaders and empty pieces gone."""
    pieces = (LEADER_RUN.split(f" {ln.text} ") for ln in sorted(row, key=lambda ln: ln.x0))
    return [piece.strip() for split in pieces for piece in split if piece.strip()]


def _sentence_through(pieces: list[str]) -> bool:
    """The pieces read as one sentence's words: the first a prose line's, no break after a stop, each
    next piece opening in lower case."""
    prose = len(set(WORD.findall(pieces[0].lower()))) >= PROSE_WORDS
    return prose and all(
        not a.endswith((".", "!", "?", ":", ";")) and b[:1].islower()
        for a, b in zip(pieces, pieces[1:], strict=False)
    )


def _read_through_leaders(page: list[Line], block: list[Line]) -> list[Line]:
    """``block``'s rows as prose lines, each its pieces' words left to right, where its first line
    stood. A piece of leaders alone stays a line of its own (``lay_out`` cuts it as
    ``numbers_only``); the leaders cut from inside a piece follow the rows as one such line."""
    words = [ln for ln in block if not LEADER_LINE.match(ln.text)]
    rows = [_row_through_leaders(row) for row in _page_rows(words)]
    cut = [found.strip() for ln in words for found in LEADER_RUN.findall(f" {ln.text} ")]
    last = rows[-1]
    below = {"top": last.bottom, "bottom": 2 * last.bottom - last.top}
    leaders = [replace(last, text=" ".join(cut), **below)] if cut else []
    return _spliced(page, words, rows + leaders)


def _row_through_leaders(row: list[Line]) -> Line:
    """A row's pieces as one line of prose, its leaders gone."""
    return replace(_row_line(row), text=" ".join(_leader_free_pieces(row)))


def _row_line(row: list[Line]) -> Line:
    """A row's lines as one line, their texts left to right with a space between."""
    pieces = sorted(row, key=lambda ln: ln.x0)
    x0, top, x1, bottom = enclosing([(ln.x0, ln.top, ln.x1, ln.bottom) for ln in pieces])
    text = " ".join(ln.text.strip() for ln in pieces)
    return replace(pieces[0], text=text, x0=x0, x1=x1, top=top, bottom=bottom)


def _typewriter_tables(page: list[Line]) -> list[Rule]:
    """The regions of tables whose header is set in roman and whose rows in typewriter: a row of
    ``TYPEWRITER_HEAD`` short header cells or more ("Key", "Type", "Default") over ``TYPEWRITER_ROWS`` rows
    or more of monospaced lines, each starting where a header cell starts (within ``ALIGN_EDGE``
    em), each row at most ``ROW_GAP`` em under the one above. Monospaced lines side by side are
    no table of ``_aligned``'s (a listing's, a drawing's), so pst-hsb-doc.pdf's options table
    read "Key" / "HueBegin ordinary [none]" / "Type" / "Default" / …"""
    rows = _page_rows([ln for ln in page if not ln.text.startswith(TABLE)])
    regions = []
    for at, header in enumerate(rows):
        if len(header) < TYPEWRITER_HEAD or any(ln.mono or len(ln.text) > CELL_CHARS for ln in header):
            continue
        starts = [ln.x0 for ln in header]
        body: list[list[Line]] = []
        for row in rows[at + 1 :]:
            above = body[-1] if body else header
            if row[0].top - max(ln.bottom for ln in above) > ROW_GAP * row[0].size or not all(
                ln.mono and any(abs(ln.x0 - x) <= ALIGN_EDGE * ln.size for x in starts) for ln in row
            ):
                break
            body.append(row)
        if len(body) >= TYPEWRITER_ROWS:
            lines = [*header, *(ln for row in body for ln in row)]
            regions.append(enclosing(ln.box for ln in lines))
    return regions


def _captioned_tables(page: list[Line]) -> list[Rule]:
    """The regions of small unruled tables over their caption ("Table 5: …"): the rows stacked over
    it, each at most ``ROW_GAP`` em over the next, up to a table taken already or a line alone that
    is longer than a cell or stands at the text's left edge (a heading, a paragraph's last line),
    when ``TYPEWRITER_ROWS`` of them or more hold two cells or more. A row of a drawing's label or of
    a line longer than a cell beside others (a wide cell, two columns of prose) leaves the table to
    ``_aligned``: where it ends is not known. A tabular of R function names in typewriter beside two
    numbers a row is no listing nor a grid of figures: its names were read as code, its numbers cut
    as ``numbers_only`` and its header as a figure's labels, and the text citing "the values in
    Table 5" had none."""
    prose = [ln.x0 for ln in page if _prose_line(ln, ln.text)]
    left = min(prose, default=None)
    rows = _page_rows(page)
    regions = []
    for at, row in enumerate(rows):
        if len(row) != 1 or not TABLE_CAPTION.match(MARK.sub("", row[0].text).strip()):
            continue
        taken: list[list[Line]] = []
        for above in reversed(rows[:at]):
            below = taken[-1] if taken else row
            gap = min(ln.top for ln in below) - max(ln.bottom for ln in above)
            if gap > ROW_GAP * row[0].size or any(ln.text.startswith(TABLE) for ln in above):
                break
            if any(len(ln.text) > CELL_CHARS or ln.drawing is not None for ln in above):
                taken = taken if len(above) == 1 else []
                break
            if len(above) == 1 and left is not None and abs(above[0].x0 - left) <= ALIGN_EDGE * row[0].size:
                break
            taken.append(above)
        if sum(len(cells) >= 2 for cells in taken) >= TYPEWRITER_ROWS:
            regions.append(enclosing(ln.box for cells in taken for ln in cells))
    return regions


def _gutter_code(page: list[Line]) -> list[Line]:
    """Monospaced lines beside a line of the other column across the page's gutter
    (``_prose_gutter_between``): a column's code is its column's, and the columns are read one after
    the other through it. afex's right-column paragraph was read before the left column's listing,
    its last line after the other column's code."""
    return [
        line
        for line in page
        if line.mono
        and not line.text.startswith(TABLE)
        and any(
            other is not line and _side_by_side(line, other) and _prose_gutter_between(line, other, page)
            for other in page
        )
    ]


def _running_rows(page: list[Line], blocks: list[list[Line]]) -> frozenset[int]:
    """The ids of the lines of running text inside numbered displays read as one aligned block: a
    row that opens at the text's left margin with a line of prose (``_prose_words``, no formula
    glyphs, no relation sign) and the lines on it but a display's pieces (ellipticpaper.pdf's "and
    the relation" between displays (5) and (6), a formula's lowest piece beside it; "It may be seen
    that, provided |q| < 1, …" / "Indeed, the" under display (16)). A display is centred or set in,
    so a line at the margin in its band is a sentence between displays, and it stays in the text.
    Only in a block with an equation number ("(5)") at the right margin in its band (a line of
    numbers alone, it pairs with nothing): a table's first cells reach the margin too; and only
    where no such row holds a second line of prose: on a two-column page the other column's line
    stands beside it, and the columns are read as columns (afex's introduction-mixed-models.pdf)."""
    prose = [ln for ln in page if _prose_line(ln, MARK.sub("", ln.text).strip())]
    if not prose:
        return frozenset()
    left = min(ln.x0 for ln in prose)
    right = max(ln.x1 for ln in page)
    found: set[int] = set()
    for block in blocks:
        band = (0.0, min(ln.top for ln in block), float("inf"), max(ln.bottom for ln in block))
        numbers = [ln for ln in page if EQUATION_NUMBER.match(ln.text.strip()) and _inside(ln, band)]
        if not any(right - ln.x1 < ln.size for ln in numbers):
            continue
        opening = [
            line
            for line in block
            if line.x0 - left < 1.0
            and _prose_words(line)
            and not (line.formula or MATH_SIGN.search(MARK.sub("", line.text)))
        ]
        rows = {id(ln): ln for line in opening for ln in block if _same_row(ln, line) and not ln.formula}
        beside = [ln for ln in rows.values() if ln not in opening and _prose_line(ln, MARK.sub("", ln.text))]
        if not beside:
            found.update(rows.keys())
    return frozenset(found)


def _text_width_rows_joined(
    page: list[Line], blocks: list[list[Line]], gutter: float | None = None
) -> tuple[list[Line], list[list[Line]], frozenset[int]]:
    """The page and its blocks with each row of running text in a block's band (``_text_width_rows``)
    as one line where its first piece stood, and the ids of those lines: in the text, no cells."""
    rows = _text_width_rows(page, blocks, gutter)
    if not rows:
        return page, blocks, frozenset()
    joined: dict[int, Line] = {}
    for row in rows:
        body = next(ln for ln in row if not ln.formula)  # the prose piece, not a variable's scripts
        line = replace(body, text=" ".join(ln.text.strip() for ln in row), x0=row[0].x0, x1=row[-1].x1)
        joined.update((id(ln), line) for ln in row)
    page = list({id(line): line for line in (joined.get(id(ln), ln) for ln in page)}.values())
    blocks = [
        list({id(ln): ln for ln in (joined.get(id(ln), ln) for ln in block)}.values()) for block in blocks
    ]
    return page, blocks, frozenset(id(line) for line in joined.values())


def _text_width_rows(
    page: list[Line], blocks: list[list[Line]], gutter: float | None = None
) -> list[list[Line]]:
    """The rows in a block's band set as running text, each its pieces left to right. Such a row
    opens with a word at the text's left margin or paragraph indent, in a piece of prose words (no
    formula) or a variable with its scripts before one (``_scripted_opening``); its pieces make a
    line of prose (``_prose_line``, ``PROSE_WORDS`` words at least) that reaches the text's right
    edge, with no gap in it wider than ``PIECE_GAP`` em but where a stacked fraction stands
    (``_covered``). An inline formula's subscripts and fraction bars break such a
    line into pieces (dylp's "choosing a leaving variable … the largest |βib/∥βi∥|, effectively
    calcu-" beside a display), but a line set at the text width is a paragraph's, never a table's
    row: a display is centred or set in, a table's cells stand apart. A row opened by a run-in
    heading (``_run_in_head``) whose sentence ends on it is a paragraph of one line, however short of
    the edge (camlidl's "Literals." + "Integer literals, … as in C." went into the table of the
    display under it). Only blocks of a table's ``ALIGNED_ROWS`` rows or more, not columns of prose
    (two text columns a gutter apart), and no row with pieces on both sides of the page's ``gutter``
    (``_parted_by``): those are the two columns' lines (intro.book.pdf's "path – a string containing
    a full path where yacas script files" beside the right column's "it returns an empty string if
    …", a gap of 1.1 em)."""
    prose = [ln for ln in page if _prose_line(ln, MARK.sub("", ln.text).strip())]
    if not prose:
        return []
    left = min(ln.x0 for ln in prose)
    right = max(ln.x1 for ln in prose)
    found: dict[int, list[Line]] = {}
    table_blocks = [b for b in blocks if len(_rows(b)) >= ALIGNED_ROWS and not _prose_columns(_columns(b))]
    for block in table_blocks:
        band = (0.0, min(ln.top for ln in block), float("inf"), max(ln.bottom for ln in block))
        inside = [ln for ln in page if _inside(ln, band) and not ln.text.startswith(TABLE)]
        for first in inside:
            if first.formula or not _prose_words(first):
                continue
            row = sorted((ln for ln in inside if _same_row(ln, first)), key=lambda ln: ln.x0)
            text = MARK.sub("", " ".join(ln.text for ln in row))
            before = row[: row.index(first)]
            run_in = _run_in_head(before, first) and SENTENCE_END.search(text)
            if (
                row[0].x0 - left < FIRST_INDENT * first.size
                and (_scripted_opening(before, first) or run_in)
                and _opens_with_word(text)  # no step's number, no table's key
                and len(text.split()) >= PROSE_WORDS  # no URL alone
                and _prose_line(first, text)
                and (right - row[-1].x1 < first.size or run_in)
                and not _parted_by(row, gutter)
                and _covered(
                    first, [ln for ln in inside if min(ln.bottom, first.bottom) > max(ln.top, first.top)]
                )
            ):
                found[id(first)] = row
    return list(found.values())


def _scripted_opening(before: list[Line], first: Line) -> bool:
    """The pieces of a row before its prose piece ``first`` are none, or a variable with its sub-
    and superscripts: set smaller than the prose ("x" with "lower" over "k") and within
    ``PIECE_GAP`` em of it, so that joined to their base they open the line of prose."""
    if not before:
        return True
    smaller = all(ln.size < first.size - SIZE_STEP for ln in before)
    return smaller and first.x0 - max(ln.x1 for ln in before) < PIECE_GAP * first.size


def _run_in_head(before: list[Line], first: Line) -> bool:
    """The piece before the prose piece ``first`` is a run-in heading, ``RUN_IN_WORDS`` words at
    most ending in a stop or colon within ``PIECE_GAP`` em of it ("Literals." beside "Integer
    literals, … as in C."): with a sentence ending on its row, a paragraph of one line, not a
    table's key and cell."""
    if len(before) != 1:
        return False
    head = MARK.sub("", before[0].text).strip()
    return (
        len(head.split()) <= RUN_IN_WORDS
        and head.endswith((".", ":"))
        and first.x0 - before[0].x1 < PIECE_GAP * first.size
    )


def _covered(first: Line, pieces: list[Line]) -> bool:
    """The pieces beside ``first`` on its height leave no gap wider than ``PIECE_GAP`` em from its
    start to their end: one line's text and formulas, not a table's cells in columns."""
    reach = first.x1
    for piece in sorted(pieces, key=lambda ln: ln.x0):
        if piece.x0 - reach >= PIECE_GAP * first.size:
            return False
        reach = max(reach, piece.x1)
    return True


def _sentences_between(page: list[Line], block: list[Line], line: Line, pairs: set[int]) -> list[Line]:
    """The lines of prose standing alone between the block's last row and ``line``, each at the
    text's left margin or its paragraph indent (``FIRST_INDENT``) and an em or more left of every
    line of the block: lead-ins between two displays (expint.pdf's "The above two definitions are
    related as follows:" under Ei(x)'s display, "(2)"'s display under it). A display is centred or
    set in, so such a line is a sentence, no table row: it stays in the text. It ends its clause
    (``LEAD_IN_END``: a stop, colon or comma); a bare line ("for all entries (i, j) in A ∩ B", "else")
    is a case's condition or a branch of pseudo-code, the display's own."""
    prose = [ln for ln in page if _prose_line(ln, MARK.sub("", ln.text).strip())]
    if not prose:
        return []
    left = min(ln.x0 for ln in prose)
    top = max(ln.bottom for ln in block)
    edge = min(ln.x0 for ln in block)
    return [
        ln
        for ln in prose
        if id(ln) not in pairs
        and top - 1.0 < ln.top
        and ln.bottom < line.top + 1.0
        and not ln.formula
        and bool(LEAD_IN_END.search(ln.text))
        and ln.x0 - left < FIRST_INDENT * ln.size
        and ln.x0 < edge - ln.size
    ]


def _split_at(block: list[Line], running: frozenset[int]) -> list[list[Line]]:
    """The block's lines in parts cut at its rows of running text (``_running_rows``), which belong
    to none: the displays above and under a sentence are read apart."""
    parts: list[list[Line]] = [[]]
    cuts = sorted(ln.top for ln in block if id(ln) in running)
    for line in sorted(block, key=lambda ln: ln.top):
        if id(line) in running:
            continue
        at = sum(cut <= line.top for cut in cuts)
        while len(parts) <= at:
            parts.append([])
        parts[at].append(line)
    return [part for part in parts if part]


def _captioned(page: list[Line], region: Rule) -> bool:
    """A table caption ("Table 1: Descriptive statistics …", "Таблица 2") stands within ``ROW_GAP`` em
    above or under the lines: a table of a header and one row (logcondens.pdf's Table 1, "Variable
    n Minimum …" over "reliability 786 1404.2 …"), too few rows to be told from text set side by
    side by its rows alone, is one by its caption, when each of its rows has three cells or more (a
    figure's labels near a table's label, "в режиме 1" beside "в режиме 2", are not)."""
    return any(
        (TABLE_CAPTION.match(text) or TABLE_LABEL.match(text))
        and (
            0 <= line.top - region[3] < ROW_GAP * line.size
            or 0 <= region[1] - line.bottom < ROW_GAP * line.size
        )
        for line in page
        for text in [MARK.sub("", line.text).strip()]
    )


def _table_extent(page: list[Line], top: float, bottom: float) -> tuple[float, float, float]:
    """The left and right edges of the lines standing between ``top`` and ``bottom`` (a table's rows,
    its monospaced input column among them), and their largest size."""
    lines = [
        ln for ln in page if top - 1.0 < ln.top and ln.bottom < bottom + 1.0 and not ln.text.startswith(TABLE)
    ]
    return min(ln.x0 for ln in lines), max(ln.x1 for ln in lines), max(ln.size for ln in lines)


def _rows_between(page: list[Line], block: list[Line], line: Line) -> bool:
    """The lines between an aligned block and the next side-by-side line further down than
    ``ROW_GAP`` em are all the table's rows (``_table_row``), each at most ``ROW_GAP`` em under the
    one above: rows whose cells pdfminer read as one line, having set them closer than its
    ``char_margin`` (ionumbers_test.pdf's widest rows, "$+1234e5678$ +1234e5678 +1, 234e5, 678 …",
    and rows where only two numbers stand apart), and group labels set across the table ("mixed
    numbers"). They carry the block on, so the table is not cut in two with those rows left in the
    text as one paragraph. Each of those rows reaches across a gutter between the block's columns
    (``_spans_gutter``) or is a label centred on the table: an index's entries that stand in one of
    its two columns carry nothing on."""
    top = max(ln.bottom for ln in block)
    band = sorted(
        (
            ln
            for ln in page
            if ln.top > top - 1.0 and ln.bottom < line.top + 1.0 and not ln.text.startswith(TABLE)
        ),
        key=lambda ln: ln.top,
    )
    if not band:
        return False
    x0, x1, size = _table_extent(page, min(ln.top for ln in block), top)
    steps = [b.top - a for a, b in zip([top, *(ln.bottom for ln in band)], [*band, line], strict=True)]
    return (
        max(steps) < ROW_GAP * line.size
        and all(_table_row(ln, x0, x1, size) for ln in band)
        and all(
            _spans_gutter(row, _columns(block)) or _spanning_label(row[0], x0, x1) for row in _page_rows(band)
        )
    )


def _columns_run_on(page: list[Line], block: list[Line], line: Line, gutter: float | None) -> bool:
    """On a page of two columns (``_parted_by`` its ``gutter``), the lines from an aligned block down
    to the next side-by-side ``line`` stand, in each column, less than ``ROW_GAP`` em under the line
    above them: the two columns' rows go on at their own pitch and only failed to pair across the
    gutter (ltnews33.pdf's contents box in the left column, its rows between those of the box's
    last section atop the right column), so the block goes on; ``_page_columns`` judges each side.
    A side mostly of monospaced lines is a listing beside the other column, read by the listing's
    rules (Rcpp-modules.pdf's class definitions beside its prose): it carries no block on."""
    top = min(ln.top for ln in block)
    near = [ln for ln in page if ln.top >= top - 1.0 and ln.bottom <= line.bottom + 1.0]
    near = [ln for ln in near if not ln.text.startswith(TABLE)]
    if gutter is None or not _parted_by(near, gutter):
        return False
    return all(
        _rows_close(side, line.size) and 2 * sum(ln.mono for ln in side) <= len(side)
        for side in _sides(near, gutter)
    )


def _rows_close(lines: list[Line], size: float) -> bool:
    """Each of ``lines``, top to bottom, starts less than ``ROW_GAP`` em (of ``size``) under those above."""
    ordered = sorted(lines, key=lambda ln: ln.top)
    reach = ordered[0].bottom
    for ln in ordered[1:]:
        if ln.top - reach >= ROW_GAP * size:
            return False
        reach = max(reach, ln.bottom)
    return True


def _spans_gutter(row: list[Line], columns: list[list[Line]]) -> bool:
    """The row's lines reach from left of a gutter between two of the columns to right of it."""
    spans = [(min(ln.x0 for ln in column), max(ln.x1 for ln in column)) for column in columns]
    return any(
        min(ln.x0 for ln in row) < left[1] and max(ln.x1 for ln in row) > right[0]
        for left, right in zip(spans, spans[1:], strict=False)
    )


def _table_row(line: Line, x0: float, x1: float, size: float) -> bool:
    """A line that can be a row of a table standing between ``x0`` and ``x1`` with cells of ``size`` at
    most: within its width, no larger, no table caption; a line of three words or more only when it
    is a spanning label (``_spanning_label``), not a line of prose."""
    text = MARK.sub("", line.text).strip()
    return (
        x0 - line.size <= line.x0
        and line.x1 <= x1 + line.size
        and line.size < size + SIZE_STEP
        and not (TABLE_CAPTION.match(text) or TABLE_LABEL.match(text))
        and (not _prose_words(line) or _spanning_label(line, x0, x1))
    )


def _spanning_label(line: Line, x0: float, x1: float) -> bool:
    """A label set across a table's columns, centred over them (a group's name, ``\\multicolumn``'s
    "plus and minus"): its middle within an em of the table's, half the table's width at most."""
    return abs((line.x0 + line.x1) / 2 - (x0 + x1) / 2) < line.size and line.x1 - line.x0 <= (x1 - x0) / 2


def _labels_taken(page: list[Line], region: Rule) -> Rule:
    """The table's region grown over the group labels set right above its first row or under its last
    (``_spanning_label``, at most ``GROW_GAP`` em away, no caption and no larger than the cells): a
    page of ionumbers_test.pdf starts with "plus and minus" over the group's rows, and that label
    stood alone as a paragraph, once for every page the table went on."""
    x0, x1, size = _table_extent(page, region[1], region[3])
    top, bottom = region[1], region[3]
    for line in sorted((ln for ln in page if ln.bottom <= top + 1.0), key=lambda ln: -ln.bottom):
        if top - line.bottom > GROW_GAP * line.size or not _table_label(line, x0, x1, size):
            break
        top = line.top
    for line in sorted((ln for ln in page if ln.top >= bottom - 1.0), key=lambda ln: ln.top):
        if line.top - bottom > GROW_GAP * line.size or not _table_label(line, x0, x1, size):
            break
        bottom = line.bottom
    return (region[0], top, region[2], bottom)


def _table_label(line: Line, x0: float, x1: float, size: float) -> bool:
    """A group label of the table between ``x0`` and ``x1`` (``_table_row``, ``_spanning_label``), not
    an earlier table's placeholder."""
    return (
        _table_row(line, x0, x1, size) and _spanning_label(line, x0, x1) and not line.text.startswith(TABLE)
    )


def _margin_notes(page: list[Line]) -> frozenset[int]:
    """The ids of the margin names (``_margin_names``) in a stack of which one name stands beside a
    prose line: ordinalpt.pdf's "11-12-curtos" beside "For the ordinals of 11, 12 and 13 …", with
    "11-13-curtos", "11-13-longos" under it beside a table's rows, whose first column they became.
    A typewriter column beside typewriter cells only is the table's own (xypic-tutorial.pdf's
    arrow styles "\\ar@{-}" left of the text column, beside "\\ar@{->}")."""
    names = _margin_names(page)
    if not names:
        return frozenset()
    found = [line for line in page if id(line) in names]
    notes = {
        id(name)
        for name in found
        if any(_prose_words(other) and _column_line_beside(name, other, names[id(name)]) for other in page)
    }
    grown = bool(notes)
    while grown:
        grown = False
        for name in found:
            near = (_stacked(n, name) or _stacked(name, n) for n in found if id(n) in notes)
            if id(name) not in notes and any(near):
                notes.add(id(name))
                grown = True
    return frozenset(notes)


def _prose_words(line: Line) -> bool:
    """A line of prose: not monospaced, with ``PROSE_WORDS`` different words at least (a drawing's
    unmapped glyphs, "(cid:196)(cid:196)…", have one)."""
    return not line.mono and len(set(WORD.findall(line.text.lower()))) >= PROSE_WORDS


def _header_cells(columns: list[list[Line]]) -> bool:
    """Two rows of lines side by side, each column's lines centred on one axis and one of them set
    in from its column's left (a form's header whose cells wrap: "Обозначение документа, на который"
    over "дана ссылка", beside "Номер раздела, подраздела, …"): table cells, not two columns of
    prose, whose lines start at one left edge. A cell's lines are set in one size: a column whose
    name is set larger than the affiliation under it is an article's author block, its authors side
    by side (a JSS title page's "Alexandros Karatzoglou" over "Technische Universität Wien"), text."""
    if len(columns) < 2 or any(len(column) < 2 for column in columns):
        return False
    if any(max(ln.size for ln in column) - min(ln.size for ln in column) >= SIZE_STEP for column in columns):
        return False
    size = columns[0][0].size
    centres = [[(ln.x0 + ln.x1) / 2 for ln in column] for column in columns]
    centred = all(max(c) - min(c) < size for c in centres)
    set_in = any(max(ln.x0 for ln in column) - min(ln.x0 for ln in column) > 2 * size for column in columns)
    return centred and set_in


def _prose_column(column: list[Line], body_size: float) -> bool:
    """Lines of running text: set at the page's body size, with many letters ("по ширине полки
    ........" is long for its leaders, not its words)."""
    letters = sorted(sum(char.isalpha() for char in ln.text) for ln in column)
    return (
        len(column) >= ALIGNED_ROWS
        and letters[len(letters) // 2] >= PROSE_LETTERS
        and all(abs(ln.size - body_size) < SIZE_STEP for ln in column)
    )


def _grown(page: list[Line], region: Rule, columns: list[list[Line]], side: bool = False) -> Rule:
    """The table's region down to the lines a column runs on with below its last row (an amendment's
    "Напечатано" cell, three lines longer than its neighbours): each next line under the region, at
    most ``GROW_GAP`` em below it and within one column's span, not a title: a line larger than the
    cells and than the page's body by ``pdf_reflow.TITLE_STEP`` ("4 Univariate distributions" in
    14 pt under UrnTheory.pdf's 10 pt display, reaching across its left column) opens the next
    section. A cell a point larger than its 9 pt neighbours (diffcoeff.pdf's last "sub-nudge", at the
    body's size) is still the table's. A region within one column of the page (a ``side`` that
    ``_aligned`` judges alone) grows within it: the other column's prose beside the table's rows
    does not end it, a line may reach over the columns left of the last, short of it (an entry's
    first line over the leaders of its second; no prose line of the column's width), and a row of
    the table's first and last columns (a contents entry and its page number, the leaders between
    them) at most ``ROW_GAP`` em below goes on it over a gap (ltnews36.pdf's contents box, its
    sections' entries set apart, beside the right column's paragraph)."""
    from sloika.pipelines.formats.pdf_breaks import TITLE_STEP  # the reflow reads the laid-out lines

    spans = [(min(ln.x0 for ln in column), max(ln.x1 for ln in column)) for column in columns]
    if side and len(spans) > 1:  # an entry's wrapped line reaches over its leaders, short of its number
        spans = [(spans[0][0], spans[-1][0] - columns[-1][0].size), spans[-1]]
    x0, top, x1, bottom = region
    title = max(_table_extent(page, top, bottom)[2] + SIZE_STEP, body_size([page]) + TITLE_STEP)
    lines = [ln for ln in page if x0 <= ln.x0 and ln.x1 <= x1]
    for line in sorted((ln for ln in lines if ln.top > bottom - 1.0), key=lambda ln: ln.top):
        within = any(left - line.size <= line.x0 and line.x1 <= right + line.size for left, right in spans)
        row = side and _table_row_of(lines, line, spans)  # an entry, its leaders and its page number
        if (
            line.top - bottom > (ROW_GAP if row else GROW_GAP) * line.size
            or not (within or row)
            or line.text.startswith(TABLE)
            or line.size > title
        ):
            break
        bottom = max(bottom, line.bottom)
    return (x0, top, x1, bottom)


def _table_row_of(lines: list[Line], line: Line, spans: list[tuple[float, float]]) -> bool:
    """``line``'s row among ``lines`` opens in a table's first column and closes in its last
    (``spans``, two at least) with a number: an entry and its page number, read apart or as one
    line ("Changes to packages in the amsmath category 4"), a row of the table, not a column's line
    running on."""
    row = sorted((ln for ln in lines if _same_row(ln, line)), key=lambda ln: ln.x0)
    (left, right), (last, end) = spans[0], spans[-1]
    return (
        len(spans) > 1
        and left - line.size <= row[0].x0 <= right
        and last - line.size <= row[-1].x1 <= end + line.size
        and row[-1].text.split()[-1].isdigit()
    )


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


def body_size(pages: list[list[Line]]) -> float:
    sizes: Counter[float] = Counter()
    for page in pages:
        for line in page:
            sizes[line.size] += len(line.text)
    return sizes.most_common(1)[0][0] if sizes else 10.0


def _prose_size(pages: list[list[Line]]) -> float:
    """The body size of the prose, lines set monospaced aside: a .dtx manual sets more code (9 pt)
    than prose (10 pt), and its 8 pt footnotes were no smaller than ``FOOTNOTE_SIZE`` of the code's
    size, so they stayed inside the sentence their page ended (babel-greek.pdf)."""
    prose = [[line for line in page if not line.mono] for page in pages]
    return body_size(prose) if any(prose) else body_size(pages)


def _footnote_lines(page: list[Line], body_size: float, after_notes: bool = False) -> list[Line]:
    """The small lines below the page's last body-size line, when the first of them starts with a
    mark, or, ``after_notes`` (the page before has notes), when they open with the end of its last
    note and a note of this page follows (``_note_goes_on``)."""
    # a page number set under the notes at the body's size (a note's line of digits, "238141).", a
    # URL's end, is set small: it stays the note's)
    page_number = [ln for ln in page if _numbers_only(ln) and ln.size > FOOTNOTE_SIZE * body_size]
    body = [
        ln.bottom
        for ln in page
        if ln.size > FOOTNOTE_SIZE * body_size and not ln.text.startswith(TABLE) and ln not in page_number
    ]
    if not body:
        return []
    below = sorted(
        (ln for ln in page if ln.top >= max(body) - 1.0 and ln not in page_number),
        key=lambda ln: (round(ln.top), ln.x0),
    )
    small = not any(ln.size > FOOTNOTE_SIZE * body_size or ln.text.startswith(TABLE) for ln in below)
    if below and small and (_opens_note(below[0], page, below) or (after_notes and _note_goes_on(below))):
        return below
    return _marked_foot(page, body_size) or _starred_note(page, body_size)


def _foot_under_notes(notes: list[Line]) -> list[Line]:
    """The last row under a page's footnotes when set apart by more than ``FOOT_GAP`` of their usual
    line pitches, opening no note: the page's foot, no note's words (elsarticle's "Preprint submitted
    to Computational Statistics and Data Analysis" / "February 10, 2020" under p. 1's notes, read as
    the end of footnote 1 in RcppArmadillo-intro.pdf)."""
    rows = _page_rows(notes)
    pitches = sorted(b[0].top - a[0].top for a, b in zip(rows, rows[1:], strict=False))
    if len(pitches) < 2:
        return []
    apart = rows[-1][0].top - rows[-2][0].top > FOOT_GAP * pitches[(len(pitches) - 1) // 2]
    return rows[-1] if apart and not any(FOOTNOTE_START.match(ln.text) for ln in rows[-1]) else []


def _note_numbers_joined(page: list[Line], body_size: float) -> list[Line]:
    """Each footnote number that pdfminer read apart from its note joined to it as the note's mark:
    Sphinx's LaTeX sets a link's note as a 6 pt number raised beside an 8 pt URL, and pdfminer read
    the column of numbers, then the column of URLs, so no line at the page's foot opened with a mark
    and the notes stayed in the text. A number is one when the page's text raises it as a mark and
    it hangs beside a line in a larger size, both under ``FOOTNOTE_SIZE`` of the body
    (``_hung_beside``)."""
    small = FOOTNOTE_SIZE * body_size
    raised = {mark for line in page for mark in MARK.findall(line.text)}
    result = list(page)
    for number in page:
        value = number.text.strip()
        if not value.isdecimal() or value not in raised or number.size >= small:
            continue
        note = next(
            (
                line
                for line in result
                if number.size < line.size < small
                and not line.text.startswith(MARK_OPEN)
                and _hung_beside(number, line)
            ),
            None,
        )
        if note is not None:
            text = f"{MARK_OPEN}{value}{MARK_CLOSE}{note.text}"
            joined = replace(note, text=text, x0=number.x0, top=min(number.top, note.top))
            result = [joined if line is note else line for line in result if line is not number]
    return result


def _hung_beside(number: Line, line: Line) -> bool:
    """The number stands left of the line, within an em of it, raised or on its baseline: its top
    no lower than the line's, its foot inside the line's height."""
    return (
        0 <= line.x0 - number.x1 < line.size
        and number.top <= line.top + 1.0
        and line.top < number.bottom <= line.bottom + 1.0
    )


def _opens_note(line: Line, page: list[Line], notes: list[Line]) -> bool:
    """The line opens a footnote with its mark. A number with a full stop ("5. Cette option …")
    opens one only when the page's text above the ``notes`` raises that number: a small numbered
    list at a page's foot (a reference list's "1. Smith J. …") is no footnote."""
    found = FOOTNOTE_START.match(line.text)
    if found is None or not found.group("stop"):
        return found is not None
    return any(found.group("mark") in MARK.findall(ln.text) for ln in page if ln not in notes)


def _note_goes_on(below: list[Line]) -> bool:
    """The small lines at a page's foot open with no mark, a note the page before broke off (LaTeX
    splits a long note over the page: maxLik's vignette's "…does not carry information about the" +
    "outcome of the other event. …"), and a line under them opens this page's note with its mark;
    they are prose, not a listing's lines."""
    marked = next((at for at, line in enumerate(below) if footnote_mark(line.text)), None)
    return marked is not None and not any(line.mono for line in below[: marked + 1])


def _marked_foot(page: list[Line], body_size: float) -> list[Line]:
    """Notes set one size under the prose (a JSS-style vignette's 9 pt notes under 10 pt text, no
    smaller than ``FOOTNOTE_SIZE`` of it; gmm_with_R.pdf), maybe under a listing in that same size:
    the lines from the highest prose line that opens with a mark the page's text raises, set apart
    by ``MARKED_NOTE_GAP`` em, down to the page's foot, every one of them smaller than the prose (a
    note's URL may be set in typewriter, but a monospaced line opening with a number is a listing's)."""
    smaller = body_size - SIZE_STEP
    number = [ln for ln in page if _numbers_only(ln) and ln.size >= smaller]  # a page number under the notes
    for note in sorted(page, key=lambda ln: ln.top):
        found = footnote_mark(note.text)
        if not found or note.mono or note.size >= smaller or not note.text.startswith(MARK_OPEN):
            continue
        # a margin name beside the note (teubner.pdf's "\\banceps") ends left of where the note starts
        under = [ln for ln in page if ln.top >= note.top - 1.0 and ln not in number and ln.x1 > note.x0]
        above = [ln.bottom for ln in page if ln.bottom <= note.top + 1.0 and ln not in under]
        referenced = any(found[0] in MARK.findall(ln.text) for ln in page if ln not in under)
        if (
            referenced
            and above
            and note.top - max(above) >= MARKED_NOTE_GAP * note.size
            and all(ln.size < smaller and not ln.text.startswith(TABLE) for ln in under)
        ):
            return sorted(under, key=lambda ln: (round(ln.top), ln.x0))
    return []


def _starred_note(page: list[Line], body_size: float) -> list[Line]:
    """A note marked with an asterisk at the page's foot, set at about the body's size (a scan's OCR
    sizes it 9 pt under a 9.5 pt body): the lowest text opening with "* " and a capital, set apart
    from the text above by ``NOTE_GAP`` em, only smaller print (an edition note) under it, on a page
    whose text sets that asterisk after a word ("ГОСТ 6.38—90*" + "* На территории Российской
    Федерации действует ГОСТ Р 6.30—2003.")."""
    text = [ln for ln in page if not ln.text.startswith(TABLE) and not ln.mono]
    notes = [ln for ln in text if STARRED_NOTE.match(ln.text)]
    if not notes:
        return []
    note = max(notes, key=lambda ln: ln.top)
    above = [ln.bottom for ln in text if ln.bottom <= note.top + 1.0 and ln is not note]
    under = [ln for ln in text if ln.top > note.top + 1.0]
    if (
        not above
        or note.top - max(above) < NOTE_GAP * note.size
        or note.size > body_size + SIZE_STEP
        or any(ln.size > FOOTNOTE_SIZE * body_size for ln in under)
        or not any(STAR_REFERENCE.search(ln.text) for ln in text if ln.bottom <= note.top)
    ):
        return []
    return [note]


def _rows_joined(lines: list[Line]) -> list[Line]:
    """Footnote lines (one column at the page's foot) with the pieces of each row joined left to
    right, however far apart and in whatever order pdfminer read them (a justified footnote line
    came as "1⁴Или", "же", "вы", …, "и" among its other rows)."""
    rows: list[list[Line]] = []
    for line in sorted(lines, key=lambda ln: ln.top):
        row = next((row for row in rows if _same_row(row[0], line)), None)
        if row is None:
            rows.append([line])
        else:
            row.append(line)
    joined = []
    for row in rows:
        pieces = sorted(row, key=lambda ln: ln.x0)
        text = " ".join(piece.text for piece in pieces)
        joined.append(replace(pieces[0], text=text, x1=max(ln.x1 for ln in row), top=pieces[0].top))
    return joined


def _listing_rows(page: list[Line], span: tuple[float, float] | None) -> list[Line]:
    """A monospaced line on the row of one read earlier (a screen's right column: pdfminer read
    "libc6", "на:", "libc6", then "install" and "hold") moves to stand after it, so the code block
    holds each row whole. A margin name's row is no row of the listing beside it (``_margin_names``):
    a code line moved up to the name would leave its listing and stand before the paragraph. Nor is a
    listing's line in the next column of a two-column page (``_prose_gutter_between``): afex's left
    column "y ~ difficulty + …" and the right column's "library("afex")" were read as one row; nor
    one across the page's gutter ``span`` (``_apart_across``), where the right column's listing is set
    in from its edge, beside a listing of the left column's; nor one of two listings the page sets
    side by side (``listings_beside``: Rcpp-modules' C++ listing beside the other column's, whose
    page has prose in one column only)."""
    result: list[Line] = []
    margin = _margin_names(page)
    sides = listings_beside([line for line in page if line.mono and not line.name])
    right = {id(line) for line in sides[-1]} if len(sides) == 2 else set()
    for line in page:
        at = next(
            (
                i
                for i in range(len(result) - 1, -1, -1)
                if line.mono
                and result[i].mono
                and not _across_margin(result[i], line, margin)
                and _same_row(result[i], line)
                and abs(result[i].size - line.size) < 0.5
                and (line.x0 >= result[i].x1 or result[i].x0 >= line.x1)
                and not _prose_gutter_between(result[i], line, page)
                and not _apart_across(result[i], line, span)
                and (id(result[i]) in right) == (id(line) in right)
            ),
            None,
        )
        result.insert(len(result) if at is None else at + 1, line)
    return result


def _listings_read_whole(page: list[Line]) -> list[Line]:
    """The page with each monospaced line that pdfminer read after prose, though it stands among the
    lines of a listing read before that prose (``_late_place``), moved into that listing at its height:
    a knitr box whose "##" prefixes stood as a column of their own (apcluster.pdf's p. 44: "##
    Exemplars:", "## Clusters:", the next chunk's "str(similarity(sapres2))" and half its printout)
    came after the page's prose and list, where the listing's rest stood as a block of its own. Passes
    go on until none moves a line, so lines over or under the listing join it one by one. A line read
    early goes forward the same way (``_early_place``)."""
    found = list(page)
    moved = True
    while moved:
        moved = False
        for line in list(found):
            at = next(i for i, other in enumerate(found) if other is line)
            place = _late_place(found, line)
            place = _early_place(found, line) if place is None else place
            if place is not None:
                found = [other for other in found if other is not line]
                found.insert(place - (place > at), line)
                moved = True
    return found


def _late_place(page: list[Line], line: Line) -> int | None:
    """Where in ``page`` a monospaced ``line`` goes: into the nearest run of monospaced lines read
    before it, with only lines of another font that stand under it read between them (the prose
    under the listing, read first), whose lines it overlaps across and stands among, at most
    ``LATE_REACH`` em over or under them, no line of another font in the box they make with it (a
    listing, no prose beside it or between): after the run's last piece on its row, as
    ``_listing_rows`` puts a row's pieces, else before its first line under it. None where no run
    takes it, or a line read between stands over it or beside it (a table's label column, read row
    by row with its listing cells: sandwich-CL.pdf's "CL-0" beside "vcovCL(…)")."""
    at = next(i for i, other in enumerate(page) if other is line)
    end = at - 1
    while line.mono and end >= 0:
        if not page[end].mono:
            if page[end].top < line.bottom:
                return None
            end -= 1
            continue
        start = end
        while start > 0 and page[start - 1].mono:
            start -= 1
        if end + 1 < at and _stands_in_run(page, page[start : end + 1], line):
            row = [i for i in range(start, end + 1) if _same_row(page[i], line)]
            below = (i for i in range(start, end + 1) if page[i].top > line.top)
            return row[-1] + 1 if row else next(below, end + 1)
        end = start - 1
    return None


def _early_place(page: list[Line], line: Line) -> int | None:
    """Where in ``page`` a monospaced ``line`` read inside a listing it does not stand among goes:
    into the nearest run of monospaced lines read after it that takes it (``_stands_in_run``), with
    only lines that stand over it read between (the rest of the listing it was read in, that
    listing's caption), placed as ``_late_place`` places a line: RcppArmadillo-intro.pdf's p. 7,
    where pdfminer read Listing 3's third matrix row inside Listing 2 over it, and the row was cut
    from both as a `fragment`. None where the lines of its run read after it are not all a listing
    over it (``_read_before_listing_over``: a two-column page's listings read in turns, where
    Rcpp-modules.pdf's "yada:" ending a sentence went into the listing under it), or where a line
    read between stands under it."""
    at = next(i for i, other in enumerate(page) if other is line)
    start, end = at, at
    while start > 0 and page[start - 1].mono:
        start -= 1
    while end + 1 < len(page) and page[end + 1].mono:
        end += 1
    later = [other for other in page[at + 1 : end + 1] if not _same_row(other, line)]
    row = [other for other in page[start : end + 1] if _same_row(other, line)]
    if not line.mono or not later or not _read_before_listing_over(later, row):
        return None
    start = end + 1
    while start < len(page):
        if not page[start].mono:
            if page[start].bottom > line.top:
                return None
            start += 1
            continue
        end = start
        while end + 1 < len(page) and page[end + 1].mono:
            end += 1
        if _stands_in_run(page, page[start : end + 1], line):
            row = [i for i in range(start, end + 1) if _same_row(page[i], line)]
            below = (i for i in range(start, end + 1) if page[i].top > line.top)
            return row[-1] + 1 if row else next(below, end + 1)
        start = end + 1
    return None


def _read_before_listing_over(later: list[Line], row: list[Line]) -> bool:
    """Whether the lines ``later``, read after a line of the pieces ``row`` in its run, all stand
    over the row, further than ``LATE_REACH`` em, in a box across its span: the listing over it,
    which pdfminer read after it."""
    reach = LATE_REACH * row[0].size
    top, left, right = min(p.top for p in row), min(p.x0 for p in row), max(p.x1 for p in row)
    return all(other.bottom + reach < top for other in later) and (
        min(other.x0 for other in later) < right and left < max(other.x1 for other in later)
    )


def _stands_in_run(page: list[Line], run: list[Line], line: Line) -> bool:
    """Whether ``line`` stands among the listing lines ``run``: of their size, across their span,
    within ``LATE_REACH`` em over their first or under their last, and no line that is not
    monospaced in the box of them and it."""
    reach = LATE_REACH * line.size
    top, bottom = min(other.top for other in run), max(other.bottom for other in run)
    left, right = min(other.x0 for other in run), max(other.x1 for other in run)
    if (
        any(abs(other.size - line.size) >= SIZE_STEP for other in run)
        or not (top - reach <= line.top and line.bottom <= bottom + reach)
        or not (line.x0 < right and left < line.x1)
    ):
        return False
    top, bottom = min(top, line.top), max(bottom, line.bottom)
    left, right = min(left, line.x0), max(right, line.x1)
    return not any(
        not other.mono and other.top < bottom and other.bottom > top and other.x0 < right and other.x1 > left
        for other in page
    )


def _prose_gutter_between(piece: Line, line: Line, page: list[Line]) -> bool:
    """The gap between two lines side by side is the page's gutter: ``GUTTER_PROSE`` lines of prose
    (``_prose_line``: no listing's line numbers, no index entries) or more end at one edge left of
    it (a justified column's, within ``GUTTER_EDGE`` em: a code line may stand out past it), as many
    start where the right one does (its column's left edge: code set out past a one-column page's
    margin has none), and fewer cross it than either (a table or a note set across both columns).
    Code ends where its text does, not at its column's edge, so ``_across_gutter`` cannot tell it;
    the prose of the two columns can. A listing beside its output on a one-column page has the
    page's prose running over the gap."""
    left, right = (piece, line) if piece.x0 <= line.x0 else (line, piece)
    edge = right.x0 + GUTTER_EDGE * right.size
    prose = [other for other in page if _prose_line(other, MARK.sub("", other.text).strip())]
    ends = Counter(round(other.x1) for other in prose if left.x0 < other.x1 < right.x0)
    starts = sum(
        left.x1 < other.x0 and abs(other.x0 - right.x0) <= GUTTER_EDGE * right.size for other in prose
    )
    crosses = sum(other.x0 < left.x1 and other.x1 > edge for other in prose)
    least = max(GUTTER_PROSE, crosses + 1)
    return _at_one_edge(ends, right.size) >= least and starts >= least


def _at_one_edge(positions: Counter[int], size: float) -> int:
    """The most lines whose edges (rounded ``x`` positions) lie within ``GUTTER_EDGE`` em of one."""
    reach = GUTTER_EDGE * size
    return max((sum(n for x, n in positions.items() if abs(x - at) <= reach) for at in positions), default=0)


def _key_rows(page: list[Line], span: tuple[float, float] | None) -> list[Line]:
    """A table of short monospaced keys beside their descriptions (``ALIGNED_ROWS`` keys or more, each
    of ``KEY_CHARS`` at most, on the row of a prose line that starts within ``KEY_REACH`` em right
    of it, ``ALIGNED_ROWS`` descriptions or more starting at one left edge; a page may hold tables of
    several edges) read as one line a row: the key, two spaces, its description with the lines that
    hang under it at that edge, a paragraph of its own (``Line.lead``). pdfminer read the key column
    whole before the descriptions (slovak.pdf's '"a', '^d', … and "\\glqq", "\\grqq", …; itfancyhdr.pdf's
    "arabic", "roman", … on a page whose other tables set their descriptions further right), and each
    key alone was a fragment, or the keys one code block and the descriptions a list after it. A
    key and its description stand in one column: a listing's comments set out towards the page's
    gutter ``span`` are no keys of the other column's prose beside them (``_apart_across``)."""
    described = {
        id(key): desc
        for key in page
        if (desc := _description_of(key, page)) is not None and not _apart_across(key, desc, span)
    }
    keys = {
        id(desc): key
        for key in page
        if (desc := described.get(id(key))) is not None
        and sum(abs(other.x0 - desc.x0) < MARGIN_ALIGN * desc.size for other in described.values())
        >= ALIGNED_ROWS
    }
    if not keys:
        return page
    taken = {id(key) for key in keys.values()}
    rests = {id(desc): _row_rest(desc, page, keys) for desc in page if id(desc) in keys}
    taken |= {id(piece) for rest in rests.values() for piece in rest}
    result: list[Line] = []
    rows: set[int] = set()  # the key rows' ids
    row: Line | None = None
    for line in page:
        if id(line) in taken:
            continue
        if id(line) in keys:
            key = keys[id(line)]
            text = " ".join([line.text, *(piece.text for piece in rests[id(line)])])
            # a bold word opening the description ("return") is no run-in term: it opens no paragraph
            text = RUN_IN_GAP.sub(" ", text)
            row = replace(line, text=f"{key.text.strip()}  {text}", x0=key.x0, mono=False, lead=True)
            edge = line.x0
            result.append(row)
            rows.add(id(row))
        elif row is not None and _hangs_in_row(row, line, edge, page, taken):
            row = replace(
                row, text=_lines_joined(row.text, line.text), bottom=line.bottom, x1=max(row.x1, line.x1)
            )
            rows.discard(id(result[-1]))
            result[-1] = row
            rows.add(id(row))
        elif row is not None and _row_read_whole(row, line):
            row = replace(line, lead=True)  # pdfminer read a long key and its description as one line
            result.append(row)
        else:
            row = None
            result.append(line)
    return _rows_over_lines_under(result, rows)


def _row_read_whole(row: Line, line: Line) -> bool:
    """``line``, prose right under a key row and starting at its key's left edge, is the table's next
    row, its key too long to stand apart from its description ("confint.profile.gnm compute …")."""
    return (
        not line.mono
        and abs(line.x0 - row.x0) < MARGIN_ALIGN * line.size
        and 0 <= line.top - row.bottom < ROW_LEADING * line.size
    )


def _rows_over_lines_under(lines: list[Line], rows: set[int]) -> list[Line]:
    """Each key row (``rows``, by id) moved before the first line read ahead of it that stands under
    it in its column: a row goes where its description was read, and pdfminer read the first
    group's one description after the next group's heading ("Model Specification" over "Diag")."""
    result: list[Line] = []
    for line in lines:
        under = (at for at, other in enumerate(result) if _under_in_column(other, line))
        result.insert(next(under, len(result)) if id(line) in rows else len(result), line)
    return result


def _under_in_column(line: Line, row: Line) -> bool:
    """``line`` stands under ``row`` on its page, overlapping it left to right."""
    return line.page == row.page and line.top >= row.bottom and line.x0 < row.x1 and row.x0 < line.x1


def _row_rest(desc: Line, page: list[Line], keys: dict[int, Line]) -> list[Line]:
    """Prose pieces on a description's row right of it, left to right: a widely justified cell line
    pdfminer cut in two (itfancyhdr.pdf's "nessun piè di pagina," … "l’intestazione contiene il nome
    del"), read after the rows under it."""
    return sorted(
        (
            line
            for line in page
            if line is not desc
            and not line.mono
            and id(line) not in keys
            and _same_row(desc, line)
            and 0 < line.x0 - desc.x1 < KEY_REACH * line.size
        ),
        key=lambda ln: ln.x0,
    )


def _description_of(key: Line, page: list[Line]) -> Line | None:
    """The prose line on ``key``'s row that starts right of it, within ``KEY_REACH`` em of its
    column's end (``_key_column_end``), where ``key`` is a short monospaced cell (``KEY_CHARS``)."""
    if not _short_key(key) or key.name:
        return None  # a margin name (``Line.name``) stands left of the column, a key inside it
    end = _key_column_end(key, page)
    return next(
        (
            line
            for line in page
            if not line.mono and _same_row(key, line) and key.x1 <= line.x0 < end + KEY_REACH * line.size
        ),
        None,
    )


def _short_key(line: Line) -> bool:
    """A monospaced line short enough to be a table's key (``KEY_CHARS``)."""
    return line.mono and len(line.text.strip()) <= KEY_CHARS


def _key_column_end(key: Line, page: list[Line]) -> float:
    """Where the column of keys set flush left with ``key`` ends: the widest one's right end. Its
    descriptions start past the widest key ("gnm" over "wedderburn", a vignette's table of functions),
    however far right of a short key."""
    return max(
        line.x1 for line in page if _short_key(line) and abs(line.x0 - key.x0) < MARGIN_ALIGN * key.size
    )


def _hangs_in_row(row: Line, line: Line, edge: float, page: list[Line], keys: set[int]) -> bool:
    """``line`` is the next line of ``row``'s description: prose at the descriptions' edge, right under
    the row, with no key of its own on its row."""
    return (
        not line.mono
        and abs(line.x0 - edge) < MARGIN_ALIGN * line.size
        and 0 <= line.top - row.bottom < ROW_LEADING * line.size
        and not any(id(key) in keys and _same_row(key, line) for key in page)
    )


def _lines_joined(text: str, more: str) -> str:
    """Two lines of one description as one text, a word the line end broke joined again."""
    from sloika.pipelines.formats.pdf_joins import join_lines  # the reflow reads the laid-out lines

    return join_lines(text, more)


def _terms_over_descriptions(page: list[Line]) -> list[Line]:
    """A definition list's monospaced terms, each alone on its row over its indented description
    (a manual's "-l" over "look for a configuration file …", "bool" over "This is a boolean type"),
    each read back over its description: pdfminer read a stack of them as one box, ahead of the
    descriptions between them, and they stood in the text as a run of terms, then a run of
    descriptions."""
    result = list(page)
    at = 0
    while at < len(result):
        end = at
        while end < len(result) and _alone_term(result[end], page):
            end += 1
        if end == at or end == len(result) or not _hangs_from(result[end], result[end - 1]):
            at = max(end, at + 1)
            continue
        terms, rest = result[at:end], result[:at] + result[end:]
        for term in sorted(terms, key=lambda ln: ln.top, reverse=True):  # the lowest first: places hold
            under = [i for i in range(at, len(rest)) if rest[i].top >= term.top]
            rest.insert(under[0] if under else len(rest), term)
        result, at = rest, end
    return result


def _definition_lists_in_order(page: list[Line]) -> list[Line]:
    """Each definition list's lines read top to bottom by their baselines, a row's term before its
    text: pdfminer read a run of italic terms as one box ahead of or behind their descriptions
    ("expression:", "factor:", then "term {…}", "value {…}"), and a description with a brace, its
    box taller, ahead of the term on its row ("‘<’ {expression …}" before "list:"); the terms then
    stood over the wrong descriptions. A list is a run of lines (no placeholder, no margin name) that
    start at two edges only, its terms' (``_term_edges``) and its descriptions'. A run with dot
    leaders, or any run of a page of ``CONTENTS_LINES`` leader lines, is a contents page's: its
    entries' pieces are put together in the order read."""
    if _leader_lines(page) >= CONTENTS_LINES:
        return page  # a contents page: its entries' pieces are put together in the order read
    result = list(page)
    at = 0
    while at < len(result):
        edges = _term_edges(result, at)
        if edges is None:
            at += 1
            continue
        start, end = at, at + 1
        while start > 0 and _at_edges(result[start - 1], edges, result[start]):
            start -= 1
        while end < len(result) and _at_edges(result[end], edges, result[end - 1]):
            end += 1
        if not any(DOT_RUN.search(line.text) for line in result[start:end]):
            result[start:end] = _by_baseline(result[start:end])
        at = end
    return result


def _term_edges(page: list[Line], at: int) -> tuple[float, float] | None:
    """Where the terms and the descriptions of a definition list start, when ``page[at]`` is a term:
    a short line with a description of its list starting right of its end, at most ``TERM_HANG``
    em right of its start, on its row or right under it, among the next lines read."""
    term = page[at]
    if not _list_line(term):
        return None
    em = term.size
    for other in page[at + 1 : at + 1 + ALIGNED_ROWS]:
        near = abs(other.bottom - term.bottom) < em / 2 or 0 <= other.top - term.bottom < em
        if _list_line(other) and near and term.x1 <= other.x0 <= term.x0 + TERM_HANG * em:
            return term.x0, other.x0
    return None


def _list_line(line: Line) -> bool:
    """A line that may stand in a definition list: no placeholder, no margin name."""
    return not (line.name or line.text.startswith((TABLE, CONTENTS, DEBRIS)))


def _at_edges(line: Line, edges: tuple[float, float], next_to: Line) -> bool:
    """``line`` starts at one of a definition list's two ``edges``, or right of its descriptions'
    at most ``TERM_HANG`` em (a list nested in a description, Texinfo's menus of menu items: "Window"
    over "Export Postscript..." over its text), on the page and at the size of the list's line
    ``next_to`` it as read."""
    em = line.size
    return (
        _list_line(line)
        and line.page == next_to.page
        and abs(line.size - next_to.size) <= SIZE_STEP
        and (
            any(abs(line.x0 - edge) <= ALIGN_EDGE * em for edge in edges)
            or edges[1] < line.x0 <= edges[1] + TERM_HANG * em
        )
    )


def _by_baseline(lines: list[Line]) -> list[Line]:
    """``lines`` top to bottom by their baselines (their boxes' bottoms, which a brace's height does
    not move), those on one row (within half an em, ``rows_of``) left to right."""
    rows = rows_of(lines, edge=lambda ln: ln.bottom)
    return [line for row in rows for line in sorted(row, key=lambda ln: ln.x0)]


def _alone_term(line: Line, page: list[Line]) -> bool:
    """A monospaced line with no other line on its row: a definition list's term, maybe."""
    return line.mono and not any(other is not line and _same_row(line, other) for other in page)


def _hangs_from(line: Line, term: Line) -> bool:
    """``line`` stands over ``term`` and starts right of its end, a few ems right of its start: a
    description indented under a term above it, read after a term below it."""
    return (
        line.page == term.page
        and line.bottom <= term.top
        and term.x1 <= line.x0 <= term.x0 + TERM_HANG * term.size
    )


def _margin_stacks_together(page: list[Line]) -> list[Line]:
    """Each stack of margin names (``_margin_names``: doc.sty stacks the names a paragraph or a
    listing describes, "\\clq" over "\\crq") read together where its top name was read, or before the
    first line at or under the stack's top where that comes earlier: pdfminer read a lower name after
    the paragraph's first line, where it opened the listing beside it as one code block, or a whole
    stack after the page's last line (itnumpar.pdf's right-aligned names, offset from their code).
    Each name is marked (``Line.name``): a stack of its own, never part of a listing."""
    margin = _margin_names(page)
    if not margin:
        return page
    stacks: list[list[Line]] = []
    for name in sorted((line for line in page if id(line) in margin), key=lambda ln: ln.top):
        if stacks and _stacked(stacks[-1][-1], name):
            stacks[-1].append(name)
        else:
            stacks.append([name])
    result = [line for line in page if id(line) not in margin]
    places = [_stack_place(page, result, stack, margin) for stack in stacks]
    for at, stack in sorted(
        zip(places, stacks, strict=True), key=lambda p: (p[0], p[1][0].top), reverse=True
    ):
        result[at:at] = [replace(name, name=True) for name in stack]  # the lowest first: places hold
    return result


def _stack_place(page: list[Line], rest: list[Line], stack: list[Line], margin: dict[int, float]) -> int:
    """Where in ``rest`` (the page without its names) a stack goes: where its top name was read, or
    before the highest line at or under the stack's top where that was read earlier; never before a
    line read ahead of that one and standing wholly over the stack (``_over_stack``): pdfminer read
    numberpt.pdf's "\\numberpt" … "\\NUMBERPT" first on the page, and the stack went before the
    heading "2 User commands" over the paragraph it stands beside, into the section before."""
    read = sum(1 for line in page[: _index(page, stack[0])] if id(line) not in margin)
    below = [at for at, line in enumerate(rest) if line.top >= stack[0].top - 0.5 * line.size]
    if not below:
        return read
    first = min(below, key=lambda at: rest[at].top)
    over = [at for at in range(first) if _over_stack(rest[at], stack)]
    return max(min(read, first), max(over, default=-1) + 1)


def _over_stack(line: Line, stack: list[Line]) -> bool:
    """The line stands wholly over the stack's top name, reaching right of the margin (a heading)."""
    return line.bottom <= stack[0].top and line.x1 > stack[0].x1


def _stacked(upper: Line, lower: Line) -> bool:
    """``lower`` stands right under ``upper`` at its left edge, or at its right edge (names set
    right-aligned against the column): the next name of one stack."""
    return (
        abs(upper.x0 - lower.x0) < MARGIN_ALIGN * upper.size
        or abs(upper.x1 - lower.x1) < MARGIN_ALIGN * upper.size
    ) and 0 <= lower.top - upper.bottom < BLOCK_GAP_NAMES * upper.size


def _justified_rows(page: list[Line], gutter: float | None = None) -> list[Line]:
    """A loosely justified line pdfminer split into words (gaps wider than its ``char_margin``: the
    Ubuntu guide's "Патчи хранятся в debian/patches. Для этого пакета имеется один патч", words 1.85
    em apart) joined into one line, placed by ``_joined_in_order``: three pieces or more on one row,
    one size, from where another line of the page starts to where another ends, their gaps all one
    width (``JUSTIFIED_GAP``). A drawing's labels or a table's cells are not spaced so evenly from
    margin to margin; or two pieces, a sentence stretched at one gap (``_stretched_halves``), also
    the last two of a row whose key stands left of them (a description list's "(o)" beside "… of the
    input." | "If none was": read as three cells, the row made its list a table and left the line
    under it alone in the text); a row opening with an alpha-style reference label (``ALPHA_LABEL``)
    is judged without it, the label set a hanging indent away ("[Knu84]" | "D. Knuth." | "Literate" |
    "programming. …", 2.9, 2.1 and 0.9 em). The row is the line's column's: no line across the page's
    ``gutter`` from it (gregmisc.pdf's "contrast.lm Compute" / "(and test)" / "arbitrary" beside
    "residuals.")."""
    starts = Counter(round(line.x0) for line in page)
    ends = Counter(round(line.x1) for line in page)
    taken: dict[int, Line] = {}
    moved: set[int] = set()  # rows joined at stretched gaps (after marks, or at a sentence's stop)
    for line in page:
        if id(line) in taken:
            continue
        row = sorted(
            (
                o
                for o in page
                if _same_row(o, line)
                and abs(o.size - line.size) < SIZE_STEP
                and not _parted_by([o, line], gutter)
            ),
            key=lambda o: o.x0,
        )
        gaps = [(b.x0 - a.x1) / line.size for a, b in zip(row, row[1:], strict=False)]
        stretched = not _evenly_spaced(gaps) and _stretched_by_marks(gaps, row)
        whole = _evenly_spaced(gaps) or stretched
        if not whole and len(row) >= 2 and _stretched_halves(row[-2], row[-1], gaps[-1], STRETCHED_GAP):
            row, whole, stretched = row[-2:], True, True  # a line split at its stop, maybe beside its key
        if not whole and len(row) >= 4 and ALPHA_LABEL.fullmatch(row[0].text.strip()):
            stretched = _evenly_spaced(gaps[1:]) or _stretched_by_marks(gaps[1:], row[1:])
            row, whole = (row[1:], True) if stretched else (row, whole)  # the label joins it later
        if (
            whole
            and not all(o.mono for o in row)
            and starts[round(row[0].x0)] > 1
            and ends[round(row[-1].x1)] > 1
            and (LEADERS.search(" ".join(o.text for o in row)) or not _cells_in_columns(row, page))
        ):
            joined = replace(
                line,
                text=" ".join(o.text for o in row),
                x0=row[0].x0,
                x1=row[-1].x1,
                top=min(o.top for o in row),
                bottom=max(o.bottom for o in row),
                mono=False,
                italic=all(o.italic for o in row),
            )
            taken.update({id(o): joined for o in row})
            moved.update([id(joined)] if stretched else [])
    result: list[Line] = []
    placed: set[int] = set()
    for line in page:
        joined = taken.get(id(line), line)
        if id(joined) not in placed:
            placed.add(id(joined))
            result.append(joined)
    return _joined_in_order(result, moved)


def _joined_in_order(page: list[Line], joined: set[int]) -> list[Line]:
    """Each row joined at its stretched gaps (``_stretched_by_marks``, ``_stretched_halves``), placed
    where its first piece was read, moved after the lines read later that stand over it in its
    column: pdfminer may read a justified line's first word before the lines above it ("set)."
    before "Calls gt_node_stream_next() …", a justified entry's "of Small" before its first line's
    "Ortega-Martinez M, …"), or a line's half after its stop before them (malaga's "If it is
    satisfied, …" before "The elseif part may be repeated …" and the line under it, its "First,
    condition1 is evaluated." after them), so the row came out of order."""
    result = list(page)
    for row in sorted((line for line in page if id(line) in joined), key=lambda line: line.top):
        at = _index(result, row)
        above = [
            later
            for later, line in enumerate(result)
            if later > at and _over(line, row) and line.top < row.top
        ]
        if above:
            result.insert(max(above), result.pop(at))
    return result


def _evenly_spaced(gaps: list[float]) -> bool:
    """Three pieces or more, their gaps (in em) all one width (``JUSTIFIED_GAP``), none wider than
    ``JUSTIFIED_REACH``: a loose line's words."""
    return (
        len(gaps) >= 2
        and min(gaps) > 0
        and max(gaps) <= JUSTIFIED_REACH
        and max(gaps) - min(gaps) < JUSTIFIED_GAP
    )


def _stretched_by_marks(gaps: list[float], row: list[Line]) -> bool:
    """Three pieces or more of a loose line whose spaces TeX stretched after punctuation by its space
    factor (``SPACE_FACTORS``): the plain gaps one width (``_evenly_spaced``) and those after a mark
    wider, but less than that many times as wide (a justified reference entry's "Franses PH," |
    "van Dijk D, …" | "(2014)." | "Time Series Models", 1.1, 2.8 and 1.1 em). A row split only after
    marks has no plain gap to measure by: each gap is less than its factor times a stretched word
    space (``STRETCHED_GAP``): a manual's "… <level>," | "...)" | "form of set", 0.8 em after the
    comma, 1.5 after the stop, came out as pieces. A contents line's leader dots are no stops."""
    if len(gaps) < 2 or min(gaps) <= 0 or LEADERS.search(" ".join(piece.text for piece in row)):
        return False
    factors = [_space_factor(piece.text) for piece in row[:-1]]
    plain = [gap for gap, factor in zip(gaps, factors, strict=True) if factor == 1.0]
    marked = [(gap, factor) for gap, factor in zip(gaps, factors, strict=True) if factor > 1.0]
    if not plain:  # every gap after a mark: each within its factor of a stretched word space
        return all(gap < factor * STRETCHED_GAP for gap, factor in marked)
    return (
        max(plain) <= JUSTIFIED_REACH
        and max(plain) - min(plain) < JUSTIFIED_GAP
        and all(min(plain) - JUSTIFIED_GAP < gap < factor * max(plain) for gap, factor in marked)
    )


def _space_factor(text: str) -> float:
    """TeX's space factor after ``text``'s last mark (a closing bracket or quote passes it on)."""
    return SPACE_FACTORS.get(text.rstrip().rstrip(")]’”'\"")[-1:], 1.0)


def _cells_in_columns(row: list[Line], page: list[Line]) -> bool:
    """``ALIGNED_ROWS`` - 1 other rows at least have as many pieces as the row, each sharing its left
    or right edge with the row's piece in its place (``_edge_shared``): a table's row of cells in
    their columns, not a justified line's words (a narrow column's loose lines, split at each wide
    gap, share a word's edge here and there: ukrhyph's rules_ph.pdf). In a LaTeX tabular the row
    that holds each column's widest cell has gaps of one width (twice ``\\tabcolsep``), so
    ionumbers_test.pdf's "1, 234e5, 678" rows were joined into one line of running text. A contents
    line's leaders stand in columns too (TeX sets them on one grid): such a row (``LEADERS``) is
    joined all the same."""
    others = _page_rows([ln for ln in page if not _same_row(ln, row[0])])
    matching = [
        other
        for other in others
        if len(other) == len(row)
        and all(_edge_shared(a, b) for a, b in zip(row, sorted(other, key=lambda ln: ln.x0), strict=True))
    ]
    return len(matching) >= ALIGNED_ROWS - 1


def _edge_shared(piece: Line, other: Line) -> bool:
    """The two lines start or end within ``ALIGN_EDGE`` em of each other."""
    tolerance = ALIGN_EDGE * piece.size
    return abs(other.x1 - piece.x1) < tolerance or abs(other.x0 - piece.x0) < tolerance


def _joined_pieces(page: list[Line], span: tuple[float, float] | None = None) -> list[Line]:
    """The page's pieces of one line joined (``_pieces_joined``), again while a pass joins some: a
    row's two pieces joined reach a third read before the second ("… quantiles pta,ij,α/2" + "of all",
    read, then the script-size "and pta,ij,1− α/2" that closes the gap between them)."""
    joined = _pieces_joined(page, span)
    while len(joined) < len(page):
        page, joined = joined, _pieces_joined(joined, span)
    return joined


def _pieces_joined(page: list[Line], span: tuple[float, float] | None = None) -> list[Line]:
    """Pieces of one line pdfminer split (same height, less than 1.5 em apart, or two letter pitches
    for two letter-spaced pieces: "М Е Ж Г О С У Д А Р С Т В Е Н Н Ы Й" and "С Т А Н Д А Р Т" are
    one title set wide), joined left to right where the longer of them was read, however many lines
    pdfminer read between them (a scan's "; Б.Н. Ельцин). Об очередном …" came three lines before
    its row's start, "Российская Федерация. Президент (1991 —"); a monospaced line (a listing's) joins
    only the line read just before it, and not a monospaced one (``code_block`` sets both where they
    stand: "16" and its indented "  gentoo is …"). Two lines either side of the page's gutter, apart
    by its width (``_apart_across``, ``span``: ``_gutter_span``), are the two columns' lines, however
    short of its edge the left one ends (Algo.book.pdf's one-line paragraph "A multivariate
    polynomial is taken to be a sum over terms.", 1.7 em from the right column's line beside it)."""
    result: list[Line] = []
    margin = _margin_names(page)
    measures = _measures(page)
    for line in page:
        last = len(result) - 1
        reads = range(last, -1, -1) if not line.mono else range(last, max(last - 1, -1), -1)  # a listing
        at = next(
            (
                i
                for i in reads
                if (i == last or not result[i].mono)
                and not (line.mono and result[i].mono)
                and not _across_margin(result[i], line, margin)
                and _pieces(result[i], line, measures)
                and not _across_gutter(result[i], line, page)
                and not _apart_across(result[i], line, span)
            ),
            None,
        )
        if at is None:
            result.append(line)
            continue
        piece = result[at]
        # the longer piece holds the row's place in the order, unless lines read after the shorter one
        # stand below the row (the row's rest read after the paragraph under it: "the form λ̂i = ∑p r=1"
        # + "As a simple illustration, …" + "β̂rxir for players whose …"); a reference label read with
        # its column of labels takes its entry's place; a row whose end was read before the line right
        # over it goes after that line (its end read before its paragraph's start)
        between = result[at + 1 :]
        longer_later = line.x1 - line.x0 > piece.x1 - piece.x0 and not _read_below(between, piece)
        if longer_later or ALPHA_LABEL.fullmatch(piece.text.strip()):
            result.pop(at)
            at = len(result)
            result.append(piece)
        elif (over := _last_over(between, piece)) is not None:
            result.pop(at)
            at += over + 1
            result.insert(at, piece)
        left, right = (piece, line) if piece.x0 <= line.x0 else (line, piece)
        longer = max(piece, line, key=lambda one: len(one.text))
        result[at] = replace(
            piece,
            size=longer.size,  # a small-caps name's size is not the line's
            text=_pieces_text(left.text, right.text),
            x0=min(piece.x0, line.x0),
            x1=max(piece.x1, line.x1),
            top=min(piece.top, line.top),
            bottom=max(piece.bottom, line.bottom),
            mono=_joined_mono(piece, line),
            formula=_joined_formula(piece, line),
        )
    return result


def _read_below(lines: list[Line], row: Line) -> bool:
    """One of ``lines`` stands wholly below ``row``: read after it in the page's order."""
    return any(line.top >= row.bottom for line in lines)


def _last_over(lines: list[Line], row: Line) -> int | None:
    """The index of the last of ``lines`` set right over ``row`` (``_right_under``) and across it, in
    its column: the row is read after it (a line of the other column, beside the row, or a table's
    heading rows above says nothing of it)."""
    over = [
        at
        for at, line in enumerate(lines)
        if _right_under(line, row) and line.x0 < row.x1 and row.x0 < line.x1
    ]
    return over[-1] if over else None


def _joined_mono(piece: Line, line: Line) -> bool:
    """``Line.mono`` for two pieces joined into one line (the glyphs of its letters and digits decide
    it): true when every piece with a letter or a digit is monospaced, the first piece's when neither
    has one."""
    worded = [one for one in (piece, line) if any(char.isalnum() for char in one.text)]
    return all(one.mono for one in worded) if worded else piece.mono


def _joined_formula(piece: Line, line: Line) -> bool:
    """``Line.formula`` for two pieces joined into one line: a formula's, unless a piece with a letter
    is monospaced. A symbol set beside its typewriter name ("⊢" in a math font, then "\\vdash",
    pt-lshort.pdf's table of relations) is no formula: the pair was cut as ``math``."""
    typewriter = any(one.mono and any(char.isalpha() for char in one.text) for one in (piece, line))
    return (piece.formula or line.formula) and not typewriter


def _across_margin(piece: Line, line: Line, margin: dict[int, float]) -> bool:
    """One of the two is a margin name (``_margin_names``) and the other stands in the text column:
    the name and its paragraph's first line are no pieces of one line. Pieces of the name itself
    ("\\textcyrillic" and its argument "{⟨text⟩}", both in the margin) still join."""
    for name, other in ((piece, line), (line, piece)):
        left = margin.get(id(name))
        if left is not None and other.x0 >= left - MARGIN_ALIGN * other.size:
            return True
    return False


def _across_gutter(piece: Line, line: Line, page: list[Line]) -> bool:
    """The two stand in two columns side by side, a gutter between them: above their row or below it
    (within ``GUTTER_BAND`` em) lines stand on both sides of the gap and none crosses its middle, and
    the left one ends at its column's edge, where two more of the page's lines left of the gap end (a
    justified column). frenT1xe.pdf's French and English abstracts, set 1 em apart, were read as one
    line a row ("Ce document a été conçu uniquement pour The object of this paper …"). Pieces of one
    line of a single column have the column's lines crossing their gap above and below (one side
    suffices for the gutter: a heading across both columns may stand over their first row); a
    table's cells end where their words do, not at one edge. The right piece must hold a word
    (``COLUMN_WORD``): a contents page's numbers stand beside leaders that all end at one edge
    (italian.pdf's "hyphenation........ 7"). The left piece must be a column's line, ``COLUMN_WIDTH``
    em wide at least: a list's label ("30 janvier 2017:", frenchb-doc.pdf) stands an em before its
    text, set in rows that end alike."""
    left, right = (piece, line) if piece.x0 <= line.x0 else (line, piece)
    narrow = left.x1 - left.x0 < COLUMN_WIDTH * left.size
    if right.x0 <= left.x1 or narrow or not COLUMN_WORD.search(right.text):
        return False
    em = line.size
    near = [
        other
        for other in page
        if other is not piece
        and other is not line
        and not _same_row(other, line)
        and abs(other.top - line.top) <= GUTTER_BAND * em
    ]
    above = [other for other in near if other.top < line.top]
    below = [other for other in near if other.top > line.top]
    at_edge = [
        other
        for other in page
        if other is not left and other.x1 <= right.x0 and abs(other.x1 - left.x1) <= GUTTER_EDGE * em
    ]
    clear = _gutter_clear(above, left, right) or _gutter_clear(below, left, right)
    return clear and len(at_edge) >= 2


def _gutter_clear(band: list[Line], left: Line, right: Line) -> bool:
    """The gap between ``left`` and ``right`` runs clear through ``band``: lines of it stand on both
    sides and none covers the gap's middle (a hyphen or a quote may stand out into the gap)."""
    middle = (left.x1 + right.x0) / 2
    return (
        not any(other.x0 < middle < other.x1 for other in band)
        and any(left.x0 < other.x1 <= right.x0 for other in band)
        and any(left.x1 <= other.x0 < right.x1 for other in band)
    )


def _margin_names(page: list[Line]) -> dict[int, float]:
    """The monospaced lines set in the left margin beside the first line of a prose paragraph: a .dtx
    manual's \\DescribeMacro column ("\\cdash" beside "In its turn, \\russian@sh@emdash simply calls
    for \\cdash …", russianb.pdf). Joined to that line as its piece, the name made the line start in
    the margin and read as code, and the paragraph broke after it; apart, the name is a stack of
    its own before its paragraph (``pdf_reflow.MARGIN``: to `removed`). The margin is left of where
    the page's long prose lines start; a line of code indented in the text column, or a word at a
    line's start, is no margin name; nor is a
    name whose row holds only its argument (``BESIDE_PROSE``: "\\textcyrillic" + "{⟨text⟩}", one
    line of the description's head). A name names something, so it has a letter: a listing's output
    prefix alone on its row ("##" before knitr's "twoStep" or "mu sig" column heads) stands left of
    the column on a page whose prose lines are mostly indented first lines, but is the listing's,
    and as a name it was cut as a ``fragment``. Each name's id maps to that left edge."""
    starts = sorted(line.x0 for line in page if not line.mono and len(line.text) >= LONG_PROSE)
    if not starts:
        return {}
    left = starts[len(starts) // 4]  # the text column's left edge, indented first lines aside
    names = {
        id(name): name
        for name in page
        if _named(name)
        and name.x1 < left
        and name.x0 < starts[0]
        and not _in_text_block(name, page)
        and any(_column_line_beside(name, other, left) for other in page)
    }
    return {id(name): left for name in _stacks_grown(page, names, left)}


def _in_text_block(name: Line, page: list[Line]) -> bool:
    """A roman line with a word starts where ``name`` does or left of it (``COLUMN_HEAD_ALIGN``): the
    name stands inside the text block, a table's first column under its head ("name" over the
    names, "description" over theirs; a C library guide's method table alone on its page, whose
    descriptions are the page's only long lines). A margin name stands left of all the page's text."""
    reach = name.x0 + COLUMN_HEAD_ALIGN * name.size
    return any(not line.mono and WORD.search(line.text) and line.x0 <= reach for line in page)


def _named(line: Line) -> bool:
    """A monospaced line that may be a margin name (``_margin_names``): names only, each word with a
    letter and longer than one character ("\\cnum", "fframe", "\\beforecolumnseparator
    \\aftercolumnseparator"). A variable, an operator or a number alone is a term of an expression:
    brandeis-problemset's memory addresses "x + 0" … "x + 24" stand left of an assembly listing,
    beside its rows, and are the problem's text."""
    words = line.text.split()
    return line.mono and bool(words) and all(len(word) > 1 and NAME_WORD.fullmatch(word) for word in words)


def _stacks_grown(page: list[Line], names: dict[int, Line], left: float) -> list[Line]:
    """The margin names with the monospaced margin lines stacked over or under them (``_stacked``):
    a stack's names stand offset from the lines they describe (itnumpar.pdf's "\\numeroinparole" and
    "\\Numeroinparole" over the listing whose rows "\\ordinalem" … stand beside), so a name with no
    column line on its row is still one of the stack."""
    found = dict(names)
    grown = True
    while grown:
        grown = False
        for line in page:
            if id(line) in found or not _named(line) or line.x1 >= left:
                continue
            if any(_stacked(name, line) or _stacked(line, name) for name in found.values()):
                found[id(line)] = line
                grown = True
    return [line for line in page if id(line) in found]


def _column_line_beside(name: Line, other: Line, left: float) -> bool:
    """``other`` stands in the text column on ``name``'s row: a paragraph's first line at the column's
    edge or indented (``FIRST_INDENT``: eledpar.pdf's "\\columnsposition" beside "By default,
    columns are …", set 2.6 em in; ``BESIDE_PROSE`` characters at least), or a code line of a
    listing set at the edge or indented in the column (czech.pdf's "\\crq" under "\\clq", beside
    the listing's first line "\\ProvideTextCommand{\\clq}{OT1}"; both typewriter, the margin tells
    them apart)."""
    if not _same_row(name, other):
        return False
    if other.mono:
        return other.x0 >= left - MARGIN_ALIGN * other.size
    inside = -MARGIN_ALIGN * other.size < other.x0 - left < FIRST_INDENT * other.size
    return len(other.text) >= BESIDE_PROSE and inside


def _pieces_text(left: str, right: str) -> str:
    """Two pieces of one row as one text: a space between them, except before a piece of one
    punctuation mark (a "." set after raised footnote marks, which pdfminer reads as a row of their
    own and split the row at): "installing files" + "." is "installing files.", no space the reflow
    would read as a dot leader. After a piece that ends in punctuation itself the space stays: a
    contents line's dot leaders are pieces "." too ("package. . . . 3"); a closing bracket keeps it
    ("(1995 — )." closes a date left blank)."""
    if PUNCTUATION_ALONE.match(right) and not left.endswith((".", ",", ";", ":")):
        return left + right.strip()
    if _same_authors(left, right):
        return f"{left} {SAME_AUTHORS}{right.lstrip()}"
    return f"{left} {right}"


def _same_authors(left: str, right: str) -> bool:
    """An entry's number, then its text opening on a comma: a repeated-author entry whose rule
    ("———, Lie algebras of …": the authors of the entry above) is drawn, not set as text, so the row
    reads apart at it and the number went as ``numbers_only`` (dynkin-diagrams.pdf's references 5
    and 9 opened with ", Lie algebras …"). The rule is put back as ``SAME_AUTHORS``."""
    return bool(ENTRY_NUMBER.fullmatch(left.strip())) and right.lstrip().startswith(",")


def _measures(page: list[Line]) -> Measures:
    """The left and right edges two lines of the page or more share (a paragraph's full lines), and
    how many lines start at each point."""
    spans = Counter((round(ln.x0), round(ln.x1)) for ln in page)
    return [(x0, 0.0, x1, 0.0) for (x0, x1), count in spans.items() if count >= 2], Counter(
        round(ln.x0) for ln in page
    )


def _fills_measure(left: Line, right: Line, measures: Measures) -> bool:
    """Two pieces that reach from one of the page's ``_measures`` left edge to its right edge, the
    right one starting where no other line does: a description list's text starts where its next
    lines do (malaga.pdf's term "Nothing." beside "Rule execution is continued …")."""
    spans, starts = measures
    alone = sum(count for x, count in starts.items() if abs(x - right.x0) <= TOUCH) <= 1
    return alone and any(abs(left.x0 - m[0]) <= TOUCH and abs(right.x1 - m[2]) <= TOUCH for m in spans)


def _pieces(piece: Line, line: Line, measures: Measures = ([], Counter())) -> bool:
    """Two pieces of one line: one row, one size, the gap between them within reach (wider for the
    closing bracket of a bracket the line leaves open, and after an alpha-style reference label, and
    at a sentence's end stretched, the wider where the pieces fill a measure of the page's lines:
    ``_stretched_halves``)."""
    reach = 1.5 * line.size
    left, right = (piece, line) if piece.x0 <= line.x0 else (line, piece)
    if CLOSING.fullmatch(right.text) and left.text.count("(") > left.text.count(")"):
        reach = CLOSING_REACH * line.size  # "… Народный Хурал (1995 —" + ")." past a date left blank
    if _same_authors(left.text, right.text) or ALPHA_LABEL.fullmatch(left.text.strip()):
        reach = SAME_AUTHORS_REACH * line.size
    gap = max(line.x0 - piece.x1, piece.x0 - line.x1)
    if _stretched_halves(left, right, gap / line.size, SENTENCE_REACH, _fills_measure(left, right, measures)):
        reach = max(reach, SENTENCE_REACH * line.size)
    if LETTER_SPACED.fullmatch(piece.text) and LETTER_SPACED.fullmatch(line.text):
        reach = max(reach, 2 * (piece.x1 - piece.x0) / len(piece.text.replace(" ", "")))
    return (
        TABLE not in line.text + piece.text
        and _same_row(piece, line)
        and (abs(piece.size - line.size) < 0.5 or _one_box(piece, line))
        and -0.5 * line.size < gap < reach
    )


def _stretched_halves(left: Line, right: Line, gap: float, reach: float, full: bool = False) -> bool:
    """``left`` and ``right``, ``gap`` em apart on one row, are the halves of one justified line that
    pdfminer split at the space TeX stretched most, after a sentence's stop; ``reach`` (em) is the
    widest such space the caller takes. Under ``STRETCHED_GAP`` a line of prose and a letter after it
    tell it (expint.pdf's "… evaluated with (7)." and "If", 0.8 em apart): no table's columns stand
    that close (``\\tabcolsep`` on both sides of a rule-less gap: 1.2 em), and a stop set after a
    raised mark is a piece of its own, no word. Up to ``SENTENCE_REACH`` columns may stand as far
    apart, so the halves must show the sentence's end: ``left`` ends one and ``right`` opens the next
    with a capital, ``PROSE_PIECE`` words each (bridgesampling's "… posterior density." | "This
    means …", 1.51 em). ``_justified_rows`` joins rows before the page's tables are taken and so takes
    the narrow space only; ``_pieces`` joins the text's pieces once they are out, up to the wide one.
    Halves that are ``full``, from the left edge to the right edge that lines of the page share, are
    a paragraph's justified line however few words the right one has (RcppArmadillo-intro.pdf's
    caption "… for more complete documentation." | "Several optional", 2 em apart, read as a
    paragraph of its own after the caption's last line)."""
    if not 0 < gap < reach:
        return False
    if gap < STRETCHED_GAP:
        return right.text[:1].isalpha() and _prose_line(left, MARK.sub("", left.text).strip())
    words = full or all(len(text.split()) >= PROSE_PIECE for text in (left.text, right.text))
    opens = right.text.lstrip().lstrip('“‘"(')[:1].isupper()  # "This means …", "“Computing Bayes …"
    return words and bool(HALF_STOP.search(left.text.rstrip())) and opens


def _one_box(piece: Line, line: Line) -> bool:
    """Two pieces whose boxes share their top and bottom (within ``ONE_BOX`` em) stand on one line
    whatever size their letters are: a name set in small caps reads smaller than the text after it,
    its comma and full stop in the text's font give it the text's box (cnbpaper.pdf's hanging author
    "MASTERLY, É." at 9.2 pt beside "(1988b): “Mastering Thesis Writing.” …" at 11.5 pt, its entry
    broken after the name)."""
    em = max(piece.size, line.size)
    return abs(piece.top - line.top) < ONE_BOX * em and abs(piece.bottom - line.bottom) < ONE_BOX * em
