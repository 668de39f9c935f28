"""PDF papers through pdfminer.six (MIT): lines from character geometry → paragraphs with labelled
sections.

``pdf_lines`` writes each line from its characters (spaces from the PDF's space glyphs or from the
line's own letter gaps, so kerned and letter-spaced GOST text reads whole) and drops rotated text,
letter-by-letter watermark columns and page furniture (edge lines repeated across pages, page
numbers). ``pdf_reflow`` joins lines into paragraphs from their geometry (line gaps, indentation,
short lines, line-end punctuation), across page breaks, de-hyphenating where the joined word is a
word, and joins letter-spaced words ("П р и м е р ы"). ``pdf_layout`` takes tables (ruled, or lines
aligned side by side) and footnotes out of the reading order and reads prose columns column by
column. Here sections are recognised by their headings (Аннотация/Abstract … Список
литературы/References; one the text layer reads after the lines under it is put back over them) and
the references section is labelled ``references`` so a filter or a query can drop it; a table stays
in the text where it stood, a paragraph of its rows one a line, cells parted by " | ", under a
``table`` span, its cells in ``attrs.rows``, a title in capitals set over a ruled table over it and in
``attrs.caption``; each footnote
follows the paragraph (the list, the title block) that holds its mark, a ``footnote`` span
(``attrs.mark``; a line of a note that starts with a number after a line ending no sentence is the
note's text, not the next note), those no mark placed after the text in a ``footnotes`` section, a block of
monospaced lines is a ``code`` span, and each footnote mark in the text goes to the ``removed``
layer (an empty span where it stood, ``attrs.text`` the mark), as does a paragraph of a drawing's or
formula's letters ("P = f ,", "Г (5 У", label ``fragment``). Prose paragraphs in another language
than the paper's (untranslated ones in a translated manual) are cut or marked by
``foreign_paragraphs.foreign_cut``, as ``readers.foreign_paragraphs`` says; a licence's full text
appended to a manual goes as ``licence_text`` (``pdf_licences``); a heading the cut left
with nothing under it (a FAQ's translated question over its untranslated answer: a numbered
question is a heading) goes to ``removed`` as ``empty_section`` (``without_empty_sections``), and
what only points at a section the cut took whole ("(смотрите Раздел 6.5.1)") goes as
``orphaned_by_cut`` (``without_pointers_to_cut``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from sloika.lang.purity import reference_lists
from sloika.pipelines.formats.base import FormatError, Parsed, TextBuilder
from sloika.pipelines.formats.foreign_paragraphs import Paragraph, foreign_cut
from sloika.pipelines.formats.foreign_pointers import without_pointers_to_cut
from sloika.pipelines.formats.foreign_sections import without_empty_sections
from sloika.pipelines.formats.pdf_block_rows import PRODUCTION
from sloika.pipelines.formats.pdf_breaks import LIST_ITEM, NUMBERED, TITLE_STEP, UNMAPPED_RUN
from sloika.pipelines.formats.pdf_code_blocks import CODE, MARGIN, PLACED, sphinx_wraps_joined
from sloika.pipelines.formats.pdf_contents import headings_over_cut_lists
from sloika.pipelines.formats.pdf_debris import (
    ITEM_BULLET,
    RESULT_ARROWS,
    marks_raised,
    unnoted_marks_kept,
    without_debris,
)
from sloika.pipelines.formats.pdf_display_connectives import connectives_cut
from sloika.pipelines.formats.pdf_display_formulas import LOWERED_PLAIN, RELATION, displays_written
from sloika.pipelines.formats.pdf_footnotes import footnote_mark, list_goes_on, marks_in
from sloika.pipelines.formats.pdf_furniture import masthead_key
from sloika.pipelines.formats.pdf_glyphs import UNMAPPED
from sloika.pipelines.formats.pdf_joins import known_word
from sloika.pipelines.formats.pdf_layout import Layout, lay_out
from sloika.pipelines.formats.pdf_licences import without_licence_texts
from sloika.pipelines.formats.pdf_line_order import NUMBERS_ONLY
from sloika.pipelines.formats.pdf_line_record import (
    EDGE,
    FONT_SWITCH,
    LEAD,
    MARK,
    MARK_CLOSE,
    MARK_OPEN,
    RUN_IN,
    RUN_IN_GAP,
    Line,
    body_size,
    on_row,
    wide_letter,
)
from sloika.pipelines.formats.pdf_lines import COLOPHON, read_lines
from sloika.pipelines.formats.pdf_ocr import text_layer_fields, unreadable_runs
from sloika.pipelines.formats.pdf_page_rows import CONTENTS, DEBRIS, DISPLAY, TABLE, Table
from sloika.pipelines.formats.pdf_reflow import paragraphs
from sloika.pipelines.formats.pdf_spacing import NOTE_SYMBOLS
from sloika.pipelines.formats.pdf_tables import MATRIX_ROW
from sloika.pipelines.formats.pdf_terms import KEY_CHARS
from sloika.pipelines.formats.pdf_text_displays import text_displays
from sloika.pipelines.formats.plain import ADDRESS
from sloika.text.function_words import ENGLISH_ARTICLES
from sloika.text.script_forms import SUPERSCRIPTS
from sloika.text.scripts import LETTER_RUN
from sloika.text.sentences import SENTENCE_END
from sloika.text.spans import Span

UNMAPPED_SHARE = 0.05  # of a text layer's glyphs: more unmapped than this and the layer is not the text
# why a run the text layer could not read is cut: a fraction's digits are not in the layer (a scan's OCR
# read a superscript or stacked numeral as "*", "'", ", -j"); only the page image holds the value
UNREADABLE_WHY = "fraction_digits_lost"
UNMAPPED_WHY = "unmapped_glyph: the font maps the glyph to no character"
CONTROL_SEQUENCE = re.compile(r"\\(?:[A-Za-z@]+|[^\sA-Za-z@])")  # "\v", "\sq", "\'": one TeX command's name
FRAGMENT_CHARS = 12  # a paragraph this short whose letter runs are all one or two letters is a fragment
TERM_CHARS = 40  # a definition list's term ("int preference", "ip gw") is no longer than this
# a definition table's term alone on its row: one name of letters, maybe quoted ("‘almost-all’", "PS4")
TERM_NAME = re.compile(r"[‘'\"]?[^\W\d_][\w+.-]*[’'\"]?")
MARKERS = (TABLE, CONTENTS, DEBRIS, DISPLAY, MARGIN, CODE)  # a placeholder's or a code paragraph's first char
# every private-use character the reader writes into a line or paragraph of its own (``pdf_lines``,
# ``pdf_layout``, ``pdf_reflow``): none may reach the text or a record (``_sentinels_checked``)
SENTINELS = frozenset((MARK_OPEN, MARK_CLOSE, FONT_SWITCH, LEAD, RUN_IN, *MARKERS))
NUMBERING = r"(?:(?:глава|chapter|раздел|section|часть|part)\s+)?(?:(?:\d+(?:\.\d+)*|[IVXLC]+)\.?\s+)?"
SECTIONS = {
    "abstract": r"abstract|аннотация|реферат|резюме|summary",
    "introduction": r"introduction|введение",
    "related_work": r"related work|background|обзор литературы|обзор",
    "methods": r"methods?|methodology|materials and methods|методы|методика|методология|материалы и методы",
    "results": r"results|experiments?|результаты|эксперименты?",
    "discussion": r"discussion|обсуждение",
    "conclusion": r"conclusions?|concluding remarks|заключение|выводы",
    "acknowledgements": r"acknowledge?ments?|благодарности",
    "references": r"references|bibliography|literatur|literaturverzeichnis|bibliographie|"
    r"библиография|литература|список литературы|"
    r"список использованных источников|список использованной литературы|библиографический список",
    "appendix": r"appendix|приложение",
}
KNOWN_HEADING = re.compile(
    rf"^{NUMBERING}(?P<name>{'|'.join(f'(?P<{k}>{v})' for k, v in SECTIONS.items())})"
    r"(?:\s+[^\s.,;]+){0,4}[.:]?$",
    re.I,
)
LEADERS = re.compile(r"[.…· ]+")  # a mark of dots alone: leaders cut from a line (``clean_line``)
MARK_JOINER = re.compile(r"[,\-–—]")  # between two footnote marks, raised with them: "¹,²", "¹–³"
# where a sentence ends before the next one, or before a macro opening it ("… order. \fmfrcyclen …")
SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=[(\"“‘]?[A-Z\\])")
# a title in capitals, a few words, no sentence ("COLLABORATORS", "REVISION HISTORY", "ПЕРЕЧЕНЬ ИЗМЕНЕНИЙ")
CAPS_TITLE = re.compile(r"^[A-ZА-ЯЁ]{2,}(?: [A-ZА-ЯЁ]{2,}){0,3}$")
NUMBER_CELL = re.compile(r"[−+-]?\d+(?:[.,]\d+)?%?")  # a table cell of one number alone: an axis's tick
SIGN_OFF_FORM = "sign_off_form"  # why a title verso's form of signatures and revisions left the text
CAPTION_REACH = 3.0  # line sizes between a caption's line and the table's first line, at most
TITLE_PREFIX = 24  # a paragraph is a title's when it starts as a line set larger than the body does
HEADING_SKIP = 0.75  # em: the blank under a bold heading of the body's size, at least (a term's: the leading)
TITLED_CHARS = 250  # and a numbered title is no longer than this (two or three lines)
ITEM_LABEL = re.compile(r"\(([a-z])\) \S")  # "(a) K(x) ≥ 0": an enumerated item's label and its text
PROMPT_LINE = re.compile(r"(?:R?>|\$|>>>|\+) \S")  # a session's command line, or R's continuation of one
BARE_PROMPT = re.compile(r"\s*(?:R?>|\$|>>>)\s*")  # a session's prompt with nothing typed after it: "R>"
R_OUTPUT = re.compile(r"\[\d+\] \S")  # R's printed row, opened by its first element's index: "[1] 0.5"
PRINTED_OUTPUT = re.compile(rf"(?:##\s+)?{R_OUTPUT.pattern}")  # R's row as knitr prints it too: "## [1] 0.5"
KNITR_ROW = re.compile(r"##(?:\s|$)")  # a row knitr printed, its output prefix first: "##     a   b", "##"
# a program's row: a session's command or what R printed ("[1] 1.7e-16"), an assignment ("n <- ng*ng",
# "x := 1", METAFONT's ligature rule "a b =: c"), a comparison ("i == 0") or a brace ("if(dg>0){", "}")
PROGRAM_ROW = re.compile(
    rf"(?:{PROMPT_LINE.pattern}|{R_OUTPUT.pattern}).*|.*(?:<-|->|:=|=:|==|!=).*|.*\{{\s*|\s*\}}.*"
)
# a command-line option's name, or a few of them: "-d", "-R", "-h, --help" (a manual's option list),
# its value's placeholder after a colon or "=" too: "-w:n", "-mw:ℓ", "--level=k" (Leon's guava manual)
OPTION = r"--?[^\W\d_][\w-]*(?:[:=][^\W\d_]\w*)?"
OPTION_NAME = re.compile(rf"\s*{OPTION}(?:,\s*{OPTION})*\s*")
# a function's or method's name of three characters or more with its call's parentheses: "py2f()",
# "x2y ()" (an API reference's entry, its letter runs as short as a drawing's letters)
CALL = re.compile(r"\s*[^\W\d][\w.]{2,} ?\([^()]*\)\s*")
# a command a listing sets without a prompt, a call whose parentheses close on its row (knitr's
# "cat(rjson::toJSON(list(n = c(1, 2))))"): what is set under it is what it printed
COMMAND_ROW = re.compile(r"\s*[^\W\d][\w.:$]* ?\(.*\)\s*")
# a key table's row as ``_key_rows`` reads it: a short key, two spaces, its description's words ("%y  The
# year …"); a matrix's row of numbers ("-1/6  -2/3  -1/2") is none
KEY_ROW = re.compile(rf"\S{{1,{KEY_CHARS}}}  [^\W\d_]")
LEAD_WORDS = 5  # words of a sentence that runs on into a display under it, at least
# a head announcing the examples set under it: "Examples", "Example:", "Примеры"
# a paragraph that ends mid-sentence, its last word in lower case after another word: "The format is"
RUNS_INTO = re.compile(r"[^\W\d_]{2,}\s+[^\W\d_A-ZА-ЯЁ]{2,}$")
# a row of whole numbers a sentence shows as its example: a printed answer "29", an input "6 10 15"
WHOLE_NUMBERS = re.compile(r"\s*[-−]?\d+(?:\s+[-−]?\d+)*\s*")
# a sentence's last word before the display it runs into, in lower case, a file name's digits after it
# ("… into a file named frob2")
LEAD_WORD = re.compile(r"(?<!\S)[^\W\d_A-ZА-ЯЁ]{2,}\d*$")
EXAMPLES_HEAD = re.compile(r"(?:examples?|for example|примеры?|например)[.:]?", re.IGNORECASE)
OUTPUT_LABEL = re.compile(r"\s*[^\W\d_]+(?: [^\W\d_]+)*\s*")  # a label of words: "Multivariate psrf"
# MATLAB's and Octave's label over a value they print, the variable's name and "=", one a column
# where outputs stand side by side: "X =", "ans =                  ans ="
ASSIGNED_LABEL = re.compile(r"(?:\s*[^\W\d_]\w* =)+\s*")
# a session's command line after a named prompt: GAP's "gap> PrintTable( G );", MATLAB's ">> X"
NAMED_PROMPT = re.compile(r"(?:[^\W\d_]+>|>>) \S")
PRINTED_ROW = re.compile(r"(?:[\d\s.,:;/()+−–—-]|(?<=\d)i\b)*")  # numbers, complex ones too: "1.07+0i"
# prose ending on a file's name ("… into the file PROJECT.mat."): what a data file's rows stand under
FILE_NAMED = re.compile(r"\b[\w-]+\.[A-Za-z]\w{0,5}\.?\s*\Z")
# a designation is a word: "Т52" (a standard's classification group, beside its УДК and МКС), "Ф-750"
DESIGNATION = re.compile(r"^[A-ZА-ЯЁ]{1,2}-?\d{2,4}$")
# names of two or more codes, each capitals and a number, between commas ("IL2, T1, OT1": font
# encodings a description list defines): a list a reader looks up, not a drawing's letters
CODE_LIST = re.compile(r"^[A-Z]{1,3}\d{1,4}(?:,\s*[A-Z]{1,3}\d{1,4})+,?$")
# a serial number: capitals, a number of four digits or more, capitals, a number ("P0109699E18",
# "P81464G09": a list's raw-file IDs); a drawing's labels carry no such long numbers
SERIAL = re.compile(r"^[A-Z]{1,2}\d{4,}[A-Z]{1,2}\d{1,3}$")
# a subsection's heading titled by one short name: a number of two levels or more, then a word of
# two characters or more ("3.24.3.5 M61", "3.24.3.7 G40": a G-code manual's headings named by their
# codes; "4.9 pj2if", a manual's tool, set larger than the body; "6.1 CC-BY-SA", a licence's name,
# its hyphened parts one word; "8.7 I/O", a LaTeX manual's section in the heading's size, its
# slashed letters one name); a drawing's labels are never
# numbered three levels deep, and one letter after such a number is a drawn brace's piece (GOST
# 2.105's numbering example, "3.1.3 J")
SHORT_SUBSECTION = re.compile(r"^\d+((?:\.\d+)+)\.?\s+[^\W\d_](?:\w+(?:-\w+)*|\w*(?:/\w+)+)$")
# what a list's item requires: a name, a relation sign and a version ("• R ≥ v3.0", a package's
# requirements); the item is text however short its name, where a drawing's labels carry no bullet
REQUIREMENT = re.compile(r"[^\W_][\w.+-]*\s*[≥≤<>=]=?\s*v?\d+(?:\.\d+)+")
# a year as Russian dates it ("1968 г.", "1941–1945 гг.": a poem's date under it, a record's) is text
YEAR = re.compile(r"^(?:1\d|20)\d{2}(?:\s*[–—-]\s*(?:1\d|20)\d{2})?\s*гг?\.$")
# a FAQ's numbered question, of a sentence or two ("5.6 Почему … программ? Почему … библиотеками?")
# a title block's list of numbered items set run in, its first item's label opening it: "1 Data Science …"
FIRST_ITEM = re.compile(r"1 [^\W\d_]")
ITEM_END = r"(?<=[^\W\d_]|[.)])"  # an item ends on a word, a stop or a bracket before the next one's label
QUESTION_HEADING = re.compile(r"^\d+(?:\.\d+)+\.?\s+[A-ZА-ЯЁ][^;\n]{1,200}\?$")
# a dot inside a file name is no sentence end ("5.19 Файл пакет.symbols")
LIST_NUMBER = re.compile(r"^(\d+)\.\s")  # a numbered list item's label: "2. "
NUMBERED_HEADING = re.compile(
    r"^(?:\d+(?:\.\d+)*\.?\s+[A-ZА-ЯЁ](?:[^.!?;]|\.(?=[a-z])){1,100}|(?:глава|chapter)\s+\d+\.?(?:\s+[^.!?;]{1,100})?)$",
    re.I,
)


BODY_WORDS = 5  # a sentence this long opens the body; a title block's date or name is shorter
# a date under a title: "21 января 1994 г.", "31 May 2022", "19.10.1999" (no section number), and
# the version a package's manual gives beside it ("12 March 2021 version 1.0", "… v2.1b", "… версия 3")
TITLE_BLOCK_DATE = re.compile(
    r"^(?:\d{1,2}\s+(?:январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр|jan|feb|mar|apr|may"
    r"|jun|jul|aug|sep|oct|nov|dec)\w*\.?\s+\d{4}(?:\s*г\.?)?|\d{1,2}\.\d{1,2}\.\d{4})"
    r"(?:,?\s+(?:version|версия|v\.?|ver\.|rev\.|release)\s*\d+(?:\.\d+)*[a-z]?)?$",
    re.I,
)


def parse_pdf(data: bytes, foreign: str = "trim", targets: tuple[str, ...] = ()) -> list[Parsed]:
    """The PDF as one ``paper``; paragraphs in another language than the paper's (an untranslated
    one in a translated manual) cut into ``removed`` or marked, as ``foreign`` says
    (``foreign_paragraphs.foreign_cut``)."""
    pages, rules, dropped = read_lines(data)
    unmapped = _unmapped_share(pages)
    if unmapped > UNMAPPED_SHARE:
        raise FormatError(
            "unmapped_text_layer",
            f"{unmapped:.0%} of the PDF's glyphs map to no character (its fonts carry no ToUnicode "
            "table, so the text layer is not the text: '(cid:224)…'); OCR the pages "
            "(ocrmypdf --force-ocr) and read the result",
        )
    layout = unnoted_marks_kept(without_debris(lay_out(pages, rules, dropped)))
    layout = _headings_over_their_text(_titles_over_tables(_sign_off_forms(_caps_titles_as_captions(layout))))
    layout = displays_written(text_displays(layout, rules), rules, pages)
    layout = _headings_over_cut_lists(connectives_cut(layout))
    found = [paragraph.replace("\u00ad", "") for paragraph in paragraphs(layout.pages)]
    if not any(
        MARK.sub("", p).strip() and not p.startswith((TABLE, CONTENTS, DEBRIS, MARGIN)) for p in found
    ):
        raise _rotated_text(data) or _nothing_to_keep(layout)
    parsed, prose = _document(found, layout)
    code = [Paragraph(parsed.text[s.start : s.end], start=s.start) for s in parsed.spans if s.label == "code"]
    cut = foreign_cut(
        parsed,
        _outside_reference_lists(prose, parsed.spans),
        foreign,
        None,
        targets,
        short=True,
        code=code,
        titles=True,
        translated=True,
        sections=True,
    )
    cut = without_licence_texts(cut, _title_size(layout))
    emptied = without_empty_sections(cut, _headings(cut))
    return [_sentinels_checked(_offsets_checked(without_pointers_to_cut(emptied, _headings(emptied))))]


def _outside_reference_lists(prose: list[Paragraph], structure: list[Span]) -> list[Paragraph]:
    """``prose`` less the paragraphs of the reference lists (``purity.reference_lists``: a
    "References" or "Literatur" section), which the foreign cut does not judge, as the purity trim
    does not: an entry cites a work in the work's own language (a German paper's English and French
    titles), and cut, its neighbours went after it as the rest of a partly translated section."""
    lists = reference_lists(structure)
    return [p for p in prose if not any(start <= p.start < end for start, end in lists)]


def _rotated_text(data: bytes) -> FormatError | None:
    """``rotated_text`` for a PDF without prose whose glyphs are mostly set rotated (a landscape
    page typeset turned, as lscape's documentation is: the reader keeps upright lines only, so its
    prose was read as debris and called "a card or a specimen"); None otherwise. Counted in a
    second pass over the characters, paid only on this way out."""
    from pdfminer.layout import LAParams

    from sloika.pipelines.formats.pdf_octal import octal_overflow_ignored
    from sloika.pipelines.formats.pdf_pages import extract_pages  # glyphs a font flips back are upright
    from sloika.pipelines.formats.pdf_turned_pages import printing_glyphs

    try:
        with octal_overflow_ignored():
            found = [glyph for page in extract_pages(data, LAParams()) for glyph in printing_glyphs(page)]
    except Exception:  # noqa: BLE001 - the first pass read it; a second failing says nothing
        return None
    rotated = sum(not glyph.upright for glyph in found)
    if not found or rotated * 2 <= len(found):
        return None
    return FormatError(
        "rotated_text",
        f"{rotated} of the PDF's {len(found)} glyphs are set rotated (landscape pages printed turned): "
        "sloika reads upright lines, and pages whose text is turned one way; rotate the pages' "
        "content upright (e.g. print the PDF to a "
        "new one with the pages turned) and read that, or OCR the rotated pages (ocrmypdf --rotate-pages)",
    )


def _nothing_to_keep(layout: Layout) -> FormatError:
    """Why a PDF without a prose paragraph is refused: ``no_text_layer`` when its pages hold no text
    (a scan: OCR it), ``no_prose`` when they do but all of it is tables, contents pages or debris (a
    reference card laid out as a grid, a specimen of rulers and boxes)."""
    if not (layout.tables or layout.contents or layout.debris):
        return FormatError("no_text_layer", "the PDF has no extractable text (a scan? run OCR first)")
    return FormatError(
        "no_prose",
        f"the PDF has a text layer but no prose: {len(layout.tables)} table(s), {len(layout.contents)} "
        f"contents or index page(s), {len(layout.debris)} line(s) of debris (rulers, page numbers, "
        "lone marks): a card or a specimen has nothing to keep as prose; a scan whose text layer is only "
        "debris needs OCR again (ocrmypdf --force-ocr); any other PDF with prose: report it with the PDF "
        "(pipelines/formats/pdf.py)",
    )


def _caps_titles_as_captions(layout: Layout) -> Layout:
    """Each page without the titles in capitals set just over a ruled table (``CAPS_TITLE``, at most
    ``CAPTION_REACH`` of its size above the table's first line and across its width: a DocBook title
    page's "COLLABORATORS", "REVISION HISTORY"): each is the caption of the table under it
    (``Table.caption``), not a heading over the text that follows the table. A known section's
    heading ("ВВЕДЕНИЕ") stays a heading, whatever stands under it."""
    pages = []
    for page in layout.pages:
        ruled = [layout.tables[int(ln.text[1:])] for ln in page if ln.text.startswith(TABLE)]
        kept = []
        for line in page:
            table = _table_under(line, [table for table in ruled if table.ruled and table.caption is None])
            if table is not None and _caps_title(line.text):
                table.caption = line.text.strip()
            else:
                kept.append(line)
        pages.append(kept)
    return replace(layout, pages=pages)


def _sign_off_forms(layout: Layout) -> Layout:
    """The layout with each sign-off form's tables marked (``Table.form``) and the titles in capitals
    of its page made the captions of the tables after them. A form's page holds ruled tables and
    titles in capitals alone (the page's furniture aside), one table headed by a row of labels in
    capitals: DBLaTeX sets every DocBook book's title verso so, "COLLABORATORS" over "TITLE :" and
    "ACTION | NAME | DATE | SIGNATURE" / "WRITTEN BY |  | January 14, 2021", "REVISION HISTORY"
    over "NUMBER | DATE | DESCRIPTION | NAME", its cells left blank for names and signatures. It
    records who signed the document off, not what it says; kept, it stood in u2f-host.pdf's text as
    an empty form before the first chapter. ``_document`` cuts a form's tables before the document's
    first heading only: a page so set after one is the body's, its tables kept under their titles."""
    pages = []
    for page in layout.pages:
        lines = [line for line in page if not line.text.startswith(DEBRIS)]
        tables = [layout.tables[int(line.text[1:])] for line in lines if line.text.startswith(TABLE)]
        titles = [line for line in lines if not line.text.startswith(TABLE)]
        if (
            tables
            and all(table.ruled for table in tables)
            and all(_caps_title(line.text) for line in titles)
            and (titles or any(table.caption for table in tables))
            and any(_labels_head(table) for table in tables)
        ):
            captions = _titles_as_captions(lines, layout.tables)
            page = [line for line in page if id(line) not in captions]
            for table in tables:
                table.form = True
        pages.append(page)
    return replace(layout, pages=pages)


def _caps_title(text: str) -> bool:
    """Whether a line is a title in capitals (``CAPS_TITLE``) and no known section's heading."""
    return bool(CAPS_TITLE.match(text.strip())) and not KNOWN_HEADING.match(text.strip())


def _labels_head(table: Table) -> bool:
    """Whether a table's first row is two labels in capitals or more, each cell one: a form's column
    heads ("ACTION | NAME | DATE | SIGNATURE")."""
    head = table.rows[0] if table.rows else []
    return len(head) >= 2 and all(_caps_title(cell) for cell in head)


def _titles_as_captions(lines: list[Line], tables: list[Table]) -> set[int]:
    """The ids of the titles in ``lines`` made the captions of the first table read after each that
    has none (a title with no such table stays a line)."""
    made = set()
    for at, line in enumerate(lines):
        if line.text.startswith(TABLE):
            continue
        after = [tables[int(ln.text[1:])] for ln in lines[at + 1 :] if ln.text.startswith(TABLE)]
        table = next((table for table in after if table.caption is None), None)
        if table is not None:
            table.caption = line.text.strip()
            made.add(id(line))
    return made


def _titles_over_tables(layout: Layout) -> Layout:
    """Each page with the lines read after a table's placeholder that stand just over that table
    (``_table_under``) moved before it: the table's title, which pdfminer read after the table's head
    row or after the page's tables (FormalVerifier.pdf's centred "Polynomial inequalities" stood after
    its table, over the next table's title "Flyspeck inequalities", as that one's)."""
    pages = []
    for page in layout.pages:
        page = list(page)
        for mark in [line for line in page if line.text.startswith(TABLE)]:
            at = next(at for at, line in enumerate(page) if line is mark)
            table = layout.tables[int(mark.text[1:])]
            titles = [
                line
                for line in page[at + 1 :]
                if not line.text.startswith(MARKERS) and _table_under(line, [table]) is not None
            ]
            rest = [line for line in page if all(line is not title for title in titles)]
            page = [*rest[:at], *titles, *rest[at:]]
        pages.append(page)
    return replace(layout, pages=pages)


def _table_under(line: Line, tables: list[Table]) -> Table | None:
    """The nearest table whose first line stands under ``line`` within ``CAPTION_REACH`` of its size
    and reaches across under it."""
    under = [
        table
        for table in tables
        if table.box
        and 0 <= table.box[1] - line.bottom <= CAPTION_REACH * line.size
        and table.box[0] < line.x1
        and line.x0 < table.box[2]
    ]
    return min(under, key=lambda table: table.box[1], default=None)


def _headings_over_their_text(layout: Layout) -> Layout:
    """Each page with a heading that the text layer reads after the lines standing under it moved
    before them: dblatex writes a front page's abstract before its centred heading ("Аннотация"),
    and pdfminer reads a lead-in sentence with the listing under it, before the centred, larger
    section heading over both ("1. The basics"). A heading is a known one ("Abstract") or a line set
    larger than the body's text (``_set_larger``). Only lines under the heading and across its width
    move (a heading atop the next column stays where the layer reads it)."""
    body = body_size(layout.pages)
    pages = []
    for page in layout.pages:
        page = list(page)
        for at, line in enumerate(page):
            if not (KNOWN_HEADING.match(line.text.strip()) or _set_larger(line, body)):
                continue
            first = at
            while first and _under(page[first - 1], line):
                first -= 1
            if first < at:
                page[first : at + 1] = [line, *page[first:at]]
        pages.append(page)
    return replace(layout, pages=pages)


def _headings_over_cut_lists(layout: Layout) -> Layout:
    """The layout less the headings over nothing but a cut contents or index list, which go with
    it (``pdf_contents.headings_over_cut_lists``): a heading is a line set larger than the body."""
    body = body_size(layout.pages)
    pages, contents = headings_over_cut_lists(
        layout.pages, layout.contents, lambda line: _set_larger(line, body)
    )
    return replace(layout, pages=pages, contents=contents)


def _set_larger(line: Line, body: float) -> bool:
    """``line`` is set larger than the body's text (by more than ``TITLE_STEP``) and holds a word:
    a title's or a heading's line, no drawing's mark."""
    return line.size > body + TITLE_STEP and sum(char.isalpha() for char in line.text) >= 2


def _under(line: Line, heading: Line) -> bool:
    """``line`` stands below ``heading`` and reaches across under it (the same column)."""
    return line.top >= heading.bottom and line.x0 < heading.x1 and heading.x0 < line.x1


def _unmapped_share(pages: list[list[Line]]) -> float:
    """The share of the text layer's glyphs pdfminer could map to no character ("(cid:224)"): a
    font without a ToUnicode table (a Type 1 Cyrillic font of the 1990s, its codes cp1251 behind
    StandardEncoding's names) gives "˚º(cid:224)ææ" for "Класс"."""
    unmapped = glyphs = 0
    for line in (line for page in pages for line in page):
        found = len(UNMAPPED.findall(line.text))
        unmapped += found
        glyphs += found + sum(not char.isspace() for char in UNMAPPED.sub("", line.text))
    return unmapped / glyphs if glyphs else 0.0


def _headings(parsed: Parsed) -> list[tuple[int, int]]:
    """Where each section's heading stands (its first paragraph, when that is still its title: a
    cut title leaves the section without one); the footnotes after the text start a section too
    (an empty heading: the last section ends there)."""
    found = []
    for span in parsed.spans:
        end = parsed.text.find("\n\n", span.start, span.end)
        end = min(span.end, len(parsed.text)) if end < 0 else end  # the last section's ends after the text
        title = span.attrs.get("title") or ""
        if title and "".join(parsed.text[span.start : end].split()) == "".join(title.split()):
            found.append((span.start, end))
        elif span.label == "footnotes":
            found.append((span.start, span.start))
    return sorted(found)


def is_fragment(paragraph: str, titled: bool = False) -> bool:
    """A short paragraph whose letter runs are all one or two letters: no word, a drawing's label or a
    formula's symbols. A subscript's digit is no letter: "Z₁" (an integral's unmapped glyphs) is no word.
    ``titled``: it is set larger than the body, so a ``SHORT_SUBSECTION`` numbered by two levels is a
    heading ("4.9 pj2if"), where in the body's size such a number and name may be a drawing's labels."""
    runs = LETTER_RUN.findall(paragraph.translate(LOWERED_PLAIN))
    if len(paragraph) > FRAGMENT_CHARS or not runs or max(map(len, runs)) > 2 or "$" in paragraph:
        return False  # "$ cd ..": a shell line
    codes = (DESIGNATION, CODE_LIST, SERIAL, YEAR)
    if any(rule.match(paragraph.strip()) for rule in codes):
        return False  # "Т52", "IL2, T1, OT1", "P0109699E18": codes a reader looks up; "1968 г.": a date
    subsection = SHORT_SUBSECTION.match(paragraph.strip())
    if subsection and (titled or subsection[1].count(".") >= 2):
        return False
    if _requirement_item(paragraph):
        return False
    if CONTROL_SEQUENCE.fullmatch(paragraph.removeprefix(CODE).strip()):
        return False  # "\v", "\sq": a TeX command's name (a .dtx margin name), whatever its length
    if len(runs) > 1 and all(_cyrillic(run) and known_word(run) for run in runs):
        return False  # "и я": a verse line of two short words, each one Russian knows
    if any(_syllables(run) for run in runs):
        return False  # "놓인 그 꽃을": a verse line of Hangul, each letter a syllable
    return not (len(runs) == 1 and len(runs[0]) == 2 and known_word(runs[0]))  # "Да.", "вы"


def _requirement_item(paragraph: str) -> bool:
    """A list's item that states a requirement (``REQUIREMENT``: "• R ≥ v3.0" beside "• SQLite"): a
    name and its version a reader looks up, no drawing's letters, though "R" and "v" are one letter."""
    item = LIST_ITEM.match(paragraph)
    return item is not None and bool(REQUIREMENT.fullmatch(paragraph[item.end() :].strip()))


def _syllables(run: str) -> bool:
    """Two letters or more, each East Asian wide (``wide_letter``): a Hangul syllable, a CJK ideograph
    or a kana is a syllable or a word, not a Latin letter, so two of them are a word ("놓인", "漢字"),
    where two Latin letters may be a formula's symbols."""
    return len(run) > 1 and all(map(wide_letter, run))


def _cyrillic(run: str) -> bool:
    return all("\u0400" <= char <= "\u04ff" for char in run)


def heading_label(paragraph: str, titled: bool = False) -> str | None:
    """``introduction``, ``references``, …, ``section`` for another numbered heading, else None;
    ``titled``: its first line is set larger than the body, so a numbered one is a title however
    it is punctuated ("3.1.13 Всё равно непонятно. Так что же нужно устанавливать?", where a
    clause "4.2 Документ проверяют по таблице 3. Что в ней проверяют?" is set as the body)."""
    if QUESTION_HEADING.match(paragraph) and ". " not in paragraph:
        return "section"  # commas too: "3.1.8 С точки зрения администратора, какой …?"
    if titled and NUMBERED.match(paragraph) and len(paragraph) <= TITLED_CHARS:
        return "section"
    if len(paragraph) > 120 or len(paragraph.split()) > 12:
        return None
    known = KNOWN_HEADING.match(paragraph)
    if known and not _item_sentence(known, paragraph):
        return next(name for name in SECTIONS if known.group(name))
    if (
        NUMBERED_HEADING.match(paragraph)
        and not paragraph.rstrip().endswith((".", ",", ";"))
        and "," not in paragraph
    ):
        return "section"  # a comma is a clause's ("4.1.6 Пункты, при необходимости, могут быть …")
    return None


def _item_sentence(known: re.Match[str], paragraph: str) -> bool:
    """Whether the paragraph a heading's name opens (``KNOWN_HEADING``) is a list item's sentence: the
    name in lower case and a full stop after it (affy.pdf's "2. background correction.", an item of
    "1. reading in probe level data." … "5. summarizing …"), where a heading capitalises its title."""
    return known.group("name")[:1].islower() and paragraph.rstrip().endswith(".")


def opens_body(paragraph: str) -> bool:
    """A paragraph of prose, where the title block (title, authors, date, affiliation) ends: too
    long for a title-block line, or a sentence of ``BODY_WORDS`` words or more ("Стиль основан на
    файле А. Крюкова «xecyr.tex»."); a date "21 января 1994 г." or a name "А. Б. Шипунов" is not."""
    words = len(paragraph.split())
    if len(paragraph) > 120 or words > 12:
        return True
    return words >= BODY_WORDS and bool(SENTENCE_END.search(paragraph))


def numbered_items_lined(paragraph: str) -> str:
    """A title block's paragraph of numbered items set run in, each item on a line of its own: the
    labels count up from the "1" opening it, each after an item's last word and before a capital,
    and a note symbol's item may close them ("… United States ¶ Corresponding author"). The Open
    Journals' template sets its affiliations so, the labels in bold, which plain text loses: "1 Data
    Science …, US 2 Center for …" read "US 2 Center" as one phrase. A paragraph with no second label
    stays ("1 Introduction and step 2 of the method")."""
    if not FIRST_ITEM.match(paragraph):
        return paragraph
    starts = [0]
    while (at := _item_label(paragraph, str(len(starts) + 1), starts[-1])) is not None:
        starts.append(at)
    if len(starts) < 2:
        return paragraph
    closing = (_item_label(paragraph, symbol, starts[-1]) for symbol in NOTE_SYMBOLS)
    starts += sorted(at for at in closing if at is not None)[:1]
    ends = [*starts[1:], None]
    return "\n".join(paragraph[start:end].strip() for start, end in zip(starts, ends, strict=True))


def _item_label(paragraph: str, label: str, start: int) -> int | None:
    """Where the run-in item ``label`` opens in ``paragraph`` past ``start``: after an item's last
    word, a stop or a bracket (``ITEM_END``), before a capital; None where it opens nowhere."""
    for found in re.finditer(rf"{ITEM_END} {re.escape(label)} (?=\w)", paragraph[start:]):
        if paragraph[start + found.end()].isupper():
            return start + found.start() + 1
    return None


def _label_in_place(
    paragraph: str, titled: bool, body_started: bool, bold_title: bool = False, page_title: bool = False
) -> str | None:
    """``heading_label``, but a date in the title block ("31 мая 2022 г.") heads no section; past
    the title block, an unnumbered title set larger than the body in bold (``bold_title``) heads a
    ``section`` too (``_unnumbered_title``), and so does a page's title (``_page_title_starts``),
    which ends the title block: a slide's title after the title slide."""
    if not body_started and TITLE_BLOCK_DATE.match(paragraph):
        return None
    label = heading_label(paragraph, titled)
    titled_page = page_title or (body_started and bold_title)
    if label is None and titled_page and _unnumbered_title(paragraph):
        return "section"
    return label


def _listed_number(paragraphs: list[str], at: int) -> bool:
    """The paragraph at ``at`` opens with a list's number and its stop ("2. export them …") whose
    sibling ("1. ", "3. ") opens the paragraph before or after it (``_near_paragraph``): a numbered
    list's item, however short, where a section's heading has its text under it before the next
    heading (a heading set larger or in bold may head an empty section: 4ti2_manual.pdf's "3.1
    circuits" over "3.2 genmodel", and LaTeX numbers a section without a stop: cummeRbund's "1
    Overview" over "2 Workflow Summary")."""
    number = LIST_NUMBER.match(paragraphs[at])
    if number is None:
        return False
    siblings = {str(int(number.group(1)) + step) for step in (-1, 1)}
    near = [_near_paragraph(paragraphs, at, step) for step in (-1, 1)]
    return any((found := LIST_NUMBER.match(text)) and found.group(1) in siblings for text in near)


def _near_paragraph(paragraphs: list[str], at: int, step: int) -> str:
    """The first paragraph from ``at`` in the direction ``step`` that is no cut line's placeholder
    (``DEBRIS``: a slide's footer), or "" where there is none; a table or code block is a section's
    text ("4.2 Scalar examples" / its code / "4.3 …")."""
    at += step
    while 0 <= at < len(paragraphs) and paragraphs[at].startswith(DEBRIS):
        at += step
    return paragraphs[at] if 0 <= at < len(paragraphs) else ""


def _unnumbered_title(paragraph: str) -> bool:
    """A heading without a number, as an R Markdown or Pandoc vignette sets them (RcppDist.pdf's
    "Including RccpDist in Your Code", "4beta.h (Four Parameter Beta Distribution)", "Using Rcpp, or
    RcppArmadillo?"): a few words that end no sentence or clause (a question's mark may end it) and
    state no relation (a plot's bold title "height=2, log(p)=184.136" kept as text: tgp.pdf's trees)."""
    return (
        len(paragraph) <= 120
        and len(paragraph.split()) <= 12
        and ". " not in paragraph
        and not any(sign in paragraph for sign in "=<>")
        and not paragraph.rstrip().endswith((".", ",", ";", ":"))
    )


def _title_in_front_matter(layout: Layout, builder: TextBuilder, masthead: set[str]) -> str | None:
    """The paper's title, as ``fields.title``: the first run of lines set in the largest size on
    page 1, when that size is larger than the body's and the run stands in the front matter (a
    numbered heading at the top of page 1 opens a section and is no title; a title line in
    ``texttt`` is a ``code`` span just before it: "xecyr.sty," / "русский стиль для XeLaTeX").
    An address and its contact block are no title (``_contact_blocks``): the size under theirs is;
    nor is a ``masthead`` line the last page's colophon repeats (the journal's name set over the title),
    nor a placeholder of a line cut there, which takes the size of the line it stands by (a cut
    masthead's over the title)."""
    page = layout.pages[0] if layout.pages else []
    lines = [line for line in page if line.text.strip() and not line.text.startswith(DEBRIS)]
    contact = _contact_blocks(lines)
    first = [
        line for at, line in enumerate(lines) if at not in contact and masthead_key(line.text) not in masthead
    ]
    if not first:
        return None
    largest = max(line.size for line in first)
    if largest <= body_size(layout.pages) + TITLE_STEP:
        return None
    run: list[str] = []
    for line in first:
        if abs(line.size - largest) < 0.5:
            run.append(MARK.sub("", line.text).strip())
        elif run:
            break
    title = " ".join(" ".join(run).split())
    front = next((span for span in builder.spans if span.label == "front_matter"), None)
    if front is None or "".join(title.split()) not in "".join(builder.text[: front.end].split()):
        return None
    return title


def _masthead(layout: Layout) -> set[str]:
    """The ``masthead_key`` of each line of the last page's colophon (``pdf_lines``): a page-1 line
    it repeats is the journal's masthead ("October 2018, Volume 87, Issue 7."), neither the title
    nor the prose that ends the title block."""
    return {masthead_key(text) for text, why in layout.debris if why == COLOPHON}


def _contact_blocks(lines: list[Line]) -> set[int]:
    """The indices of page 1's address lines (an e-mail address, a URL: ``plain.ADDRESS``) and of
    the lines set with each as one block, at its size (within ``TITLE_STEP``) and less than a line
    apart: a manual's contributors and "Email" label over its address, set larger than its subtitle,
    so the address was taken for the title ("name@host.org")."""
    block: set[int] = set()
    for at, line in enumerate(lines):
        if not ADDRESS.match(MARK.sub("", line.text).strip()):
            continue
        block.add(at)
        for step in (-1, 1):
            near, other = line, at + step
            while 0 <= other < len(lines) and _set_with(near, lines[other], line.size):
                block.add(other)
                near, other = lines[other], other + step
    return block


def _set_with(line: Line, other: Line, size: float) -> bool:
    """``other`` stands less than a line from ``line``, above or below it, set at ``size``."""
    gap = max(other.top - line.bottom, line.top - other.bottom)
    return gap < min(line.size, other.size) and abs(other.size - size) <= TITLE_STEP


def _title_starts(layout: Layout) -> set[str]:
    """The first ``TITLE_PREFIX`` characters of every line set larger than the body's text."""
    body = body_size(layout.pages)
    return {
        line.text[:TITLE_PREFIX] for page in layout.pages for line in page if line.size > body + TITLE_STEP
    }


def _title_size(layout: Layout) -> Callable[[str], float]:
    """The size a heading's title is set in: the largest of the lines opening with its first
    ``TITLE_PREFIX`` characters (0 where none does)."""
    sizes: dict[str, float] = {}
    for line in (line for page in layout.pages for line in page):
        sizes[line.text[:TITLE_PREFIX]] = max(line.size, sizes.get(line.text[:TITLE_PREFIX], 0.0))
    return lambda title: sizes.get(title[:TITLE_PREFIX], 0.0)


def _bold_title_starts(layout: Layout) -> set[str]:
    """The first ``TITLE_PREFIX`` characters of every line set larger than the body's text and opening
    in bold, unless a line of the body's size opens with them too: a paragraph is matched to its line
    by them, and a bold term on a line of its own that repeats a chapter's title is no title."""
    body = body_size(layout.pages)
    lines = [line for page in layout.pages for line in page]
    plain = {line.text[:TITLE_PREFIX] for line in lines if line.size <= body + TITLE_STEP}
    return {
        line.text[:TITLE_PREFIX] for line in lines if line.size > body + TITLE_STEP and line.opens_bold
    } - plain


def _page_title_starts(layout: Layout) -> set[str]:
    """The first ``TITLE_PREFIX`` characters of each page's first line past page 1 where it is set
    larger than the body's text in the page's top band (``EDGE``): a slide's frame title ("What is
    Impressive?" over its slide's lead and bullets), in the slides' regular face, where a paper's
    headings are set in bold (``_bold_title_starts``); unless another line opens with them, as a
    contents slide's entry opens with its part's title (et99-font-tutorial.pdf's "III Overview of
    math fonts"): a paragraph is matched to its line by them."""
    body = body_size(layout.pages)
    firsts = [next((ln for ln in page if not ln.text.startswith(MARKERS)), None) for page in layout.pages]
    titles = {
        line.text[:TITLE_PREFIX]
        for line in firsts[1:]
        if line is not None and line.size > body + TITLE_STEP and line.top < EDGE * line.page_height
    }
    pages = zip(layout.pages, firsts, strict=True)
    return titles - {line.text[:TITLE_PREFIX] for page, first in pages for line in page if line is not first}


def _bold_headings(layout: Layout) -> set[str]:
    """The texts (``_spaced``) of the lines set whole in bold in the body's size (within
    ``TITLE_STEP``), alone on their row, with a blank of ``HEADING_SKIP`` em or more over the line
    under them, a line of the body's size not in bold: a vignette's lower headings (RcppDist.pdf's
    "With Rcpp", "With RcppArmadillo", each over the prose of its part). A description list's bold
    term on its own line stands at the leading over its description, and a bold word run in before
    its paragraph's text shares its row with it."""
    body = body_size(layout.pages)
    return {_spaced(line.text) for page in layout.pages for line in page if _bold_heading(line, page, body)}


def _bold_heading(line: Line, page: list[Line], body: float) -> bool:
    """``line`` is one of ``_bold_headings``: bold, in the ``body`` size, alone on its row (a run-in
    term's paragraph goes on beside it), a skip over the body-size line under it, which opens in
    no bold: a description list's term alone over the next term, run in before its description
    (velvet's Manual.pdf's "gerald" over "fmtAuto (Detect …)"), is an entry, no heading."""
    if not line.bold or abs(line.size - body) > TITLE_STEP:
        return False
    if any(on_row(line, other) for other in page if other is not line):
        return False
    under = _line_under(line, page)
    return (
        under is not None
        and not under.opens_bold
        and abs(under.size - body) <= TITLE_STEP
        and under.top - line.bottom >= HEADING_SKIP * line.size
    )


def _line_under(line: Line, page: list[Line]) -> Line | None:
    """The nearest line of the page below ``line`` that reaches across under it."""
    below = [other for other in page if other.top >= line.bottom and _under(other, line)]
    return min(below, key=lambda other: other.top, default=None)


def _spaced(text: str) -> str:
    """The text, its footnote marks aside, its spacing one space: a line and its paragraph compared."""
    return " ".join(MARK.sub("", text).split())


def _record_text(text: str) -> str:
    """A contents page's, a debris line's, a fragment's or a table cell's text as its record holds
    it: a run-in term's mark only parts a paragraph of the flow, and a record parts none ("4
    Introduction to the GenABEL-package 77", its name set in another font; gnuplot's fragment "Dx,
    dy, dz", a term's paragraph; zoo-faq's cell "PerformanceAnalytics Econometric tools …"); a
    note's mark is resolved in the flow only, so a record keeps it as the raised text it is
    (``marks_raised``: Algo.book.pdf's display "√π ez²" cut as a fragment, its "2" a mark because
    a note 2 the page foot rule missed opens a line elsewhere in the book)."""
    return marks_raised(RUN_IN_GAP.sub(" ", text.removesuffix(RUN_IN)))


def _document(paragraphs: list[str], layout: Layout) -> tuple[Parsed, list[Paragraph]]:
    """The paper and its prose paragraphs and headings (not tables or code) as they stand in it."""
    builder = TextBuilder()
    removed: list[Span] = []
    prose: list[tuple[int, int, bool]] = []  # start, end, a heading
    open_section: tuple[int, str, str] | None = None  # start, label, title
    titles = _title_starts(layout)
    bold_titles = _bold_title_starts(layout)
    bold_headings = _bold_headings(layout)
    page_titles = _page_title_starts(layout)
    title_end = -1  # where the last paragraph set larger than the body ends
    body_started = False  # the title block is behind: no more front matter
    headed = False  # a heading was met: the title block, however far it ran, is behind
    masthead = _masthead(layout)
    term: tuple[int, int] | None = None  # where the run-in term before this paragraph stands
    notes_in_flow: set[int] = set()  # footnotes the layout left in the text (``_opens_on_mark``)
    placed = paragraphs  # a code paragraph with the debris placeholders set inside it (``PLACED``)
    notes = _notes(layout)
    ahead, lost, due = list(range(len(notes))), [], []  # notes no mark reached, passed over, to place
    labels = _front_labels(paragraphs)
    paragraphs = [PLACED.sub("", paragraph) for paragraph in paragraphs]
    for at, paragraph in enumerate(paragraphs):
        # a page's furniture between a term and its definition ("• Provides", a page break, "For
        # some types …") leaves them one; a table or code after a term leaves it a paragraph alone
        if paragraph.startswith(CONTENTS):
            label, text = layout.contents[int(paragraph[1:])]
            removed.append(Span(builder.length, builder.length, label, attrs={"text": _record_text(text)}))
            continue
        if paragraph.startswith(DEBRIS):
            removed.append(_debris_record(builder.length, paragraph, layout.debris))
            continue
        if paragraph.startswith(TABLE) and layout.tables[int(paragraph[1:])].form and not headed:
            removed.append(_form_record(builder.length, layout.tables[int(paragraph[1:])]))
            continue
        if paragraph.startswith(DISPLAY):  # a display formula written as one line: its own paragraph
            builder.separate("\n\n")
            formula = _without_unmapped(paragraph[1:], builder.length, removed, layout.debris)
            if formula.strip():  # a figure's lone glyph of no character ("(cid:98)") is no formula
                builder.span(*builder.append(formula), "math")
            continue
        if paragraph.startswith(MARGIN) and _names_told(paragraph[1:], paragraphs[at + 1 :]):
            removed.append(Span(builder.length, builder.length, "margin_note", attrs={"text": paragraph[1:]}))
            continue
        if paragraph.startswith(MARGIN):  # the entry's label: its term, one name a line, over it
            if due and term is None and not (prose and prose[-1][2] and prose[-1][1] == builder.length):
                prose += _place_notes(builder, due, notes, removed)  # the notes before: not under it
            builder.separate("\n\n")
            prose += [(*term, False)] if term else []
            term = builder.append(paragraph[1:])
            continue
        if (
            is_fragment(paragraph, paragraph[:TITLE_PREFIX] in titles)
            and not (
                paragraph.startswith(CODE) and _code_kept(builder, paragraph[1:], _next_kept(paragraphs, at))
            )
            and not _labelled_item(paragraphs, at)
            and not _bulleted_item(paragraphs, at)
            and not _label_over_item(paragraphs, at)
            and not _grammar_alternative(paragraphs, at)
            and not _chain_row(paragraphs, at)
            and not _definition_term(paragraphs, at)
            and not _typewriter_term(paragraphs, at)
            and not _description_under_term(paragraphs, at)
            and not _option_over_description(paragraphs, at)
        ):
            text = _record_text(paragraph.removeprefix(CODE))  # the letters, not the reader's marks
            removed += _placed_records(builder.length, placed[at], layout.debris)
            removed.append(Span(builder.length, builder.length, "fragment", attrs={"text": text}))
            continue  # "P = f ,", "Г (5 У", "ft": letters of a drawing or a formula, no words
        pending, term = term, None
        if pending is not None and paragraph.startswith((TABLE, CODE)):
            prose.append((*pending, False))
        waits = _leads_into_block(builder) or (paragraph.startswith(CODE) and _listing_goes_on(builder))
        if due and paragraph.startswith((TABLE, CODE)) and not waits:
            prose += _place_notes(builder, due, notes, removed)
        if paragraph.startswith(TABLE):
            _table(builder, layout.tables[int(paragraph[1:])], removed, layout.debris)
            continue
        if paragraph.startswith(CODE):
            listed = _typewriter_term(paragraphs, at)
            since = len(removed)
            _code(builder, placed[at][1:], removed, _next_kept(paragraphs, at), listed, layout.debris)
            # a mark in a listing's comment calls its note as a paragraph's does ("/* Note this 0¹! */")
            due += _notes_marked(
                _marks_read(removed, since), notes, ahead, lost, set() if body_started else labels
            )
            continue
        is_term = paragraph.endswith(RUN_IN)  # a definition's term: judged with its definition
        paragraph = paragraph.removesuffix(RUN_IN)
        # a bold title right under a heading or a title is its next line ("Chapter 2" / "Example data",
        # "Data Analysis Using Graphical Displays:" / "Malignant Melanoma in the US and")
        under_heading = bool(prose) and prose[-1][2] and prose[-1][1] == builder.length
        bold_title = paragraph[:TITLE_PREFIX] in bold_titles and not (
            under_heading or title_end == builder.length or is_term  # a run-in term is its definition's
        )
        # one in the body's size is a lower heading, under a larger one too ("Using RcppDist in a
        # Package" / "With Rcpp"): a title's next line is set in its size
        bold_title = bold_title or (_spaced(paragraph) in bold_headings and not is_term)
        titled = paragraph[:TITLE_PREFIX] in titles
        page_title = paragraph[:TITLE_PREFIX] in page_titles and not is_term
        label = _label_in_place(MARK.sub("", paragraph), titled, body_started, bold_title, page_title)
        label = None if not (titled or bold_title) and _listed_number(paragraphs, at) else label
        opens = opens_body(MARK.sub("", paragraph)) and masthead_key(paragraph) not in masthead
        # the notes of the paragraph before, or of the list, the title block or the heading before
        opens_block = label is not None or ((body_started or opens) and not LIST_ITEM.match(paragraph))
        runs_on = _sentence_runs_on(builder, paragraph)
        if (
            due
            and pending is None
            and not under_heading
            and opens_block
            and (label is not None or not runs_on)
        ):
            prose += _place_notes(builder, due, notes, removed)
        if label is None and not headed:
            paragraph = numbered_items_lined(paragraph)  # the title block's affiliations, one a line
        headed = headed or label is not None
        if label is not None or (not body_started and opens):
            _close_section(builder, open_section)  # a heading, or the first prose after the title block
            open_section, body_started = None, True
        builder.separate("\n\n")
        if label is not None:
            open_section = (builder.length, label, MARK.sub("", paragraph))
        elif open_section is None and not body_started:
            open_section = (builder.length, "front_matter", "")
        start = builder.length if pending is None else pending[0]
        if label is None and pending is None and _opens_on_mark(paragraph):
            notes_in_flow.add(start)
        since = len(removed)
        _append_unmarked(builder, paragraph, removed)
        if not _opens_on_mark(paragraph):  # an affiliation list's labels, a note left in the flow: no marks
            due += _notes_marked(
                _marks_read(removed, since), notes, ahead, lost, set() if body_started else labels
            )
        title_end = builder.length if titled else title_end
        if label is None and is_term:
            term = (start, builder.length)
        else:
            prose.append((start, builder.length, label is not None))
    prose += [(*term, False)] if term else []
    prose += _place_notes(builder, due, notes, removed)
    _close_section(builder, open_section)
    prose += _footnotes(builder, sorted(lost + ahead), notes, removed)
    fields = {"pages": len(layout.pages)} | ({"tables": len(layout.tables)} if layout.tables else {})
    title = _title_in_front_matter(layout, builder, masthead)
    fields |= {"title": title} if title else {}
    fields |= text_layer_fields(builder.text)
    text = builder.text
    end = len(text.rstrip())
    layers = {"removed": _at_most(removed, end)} if removed else {}
    parsed = Parsed(text[:end], _at_most(builder.spans, end), "paper", 0, fields, layers)
    marked = _marked_at(builder.spans, removed) | dict.fromkeys(notes_in_flow, -1)
    return parsed, [
        Paragraph(text[start:end], start=start, heading=title, marked_at=None if title else marked.get(start))
        for start, end, title in prose
    ]


def _at_most(spans: list[Span], end: int) -> list[Span]:
    """``spans`` with none past ``end``: a record placed after the blank line that set apart a last
    paragraph which came to nothing (a display of glyphs that map to no character closing the
    document) stands at the end of the text, which drops that blank line."""
    return [replace(s, start=min(s.start, end), end=min(s.end, end)) if s.end > end else s for s in spans]


def _opens_on_mark(paragraph: str) -> bool:
    """Whether ``paragraph`` opens on a footnote mark (``MARK``: a raised "∗", "†", "1" set apart
    from the text): a footnote the layout did not find at its page's foot, printed under whatever
    section ends the page (antanilipsum.pdf's "∗This file describes version v0.8.1 …" under an
    example section). It belongs to its mark, not to that section: the language trim judges it as
    a note (``Paragraph.marked_at`` -1, its mark unknown), never as that section's orphan."""
    return bool(MARK.match(paragraph.lstrip()))


def _marked_at(spans: list[Span], removed: list[Span]) -> dict[int, int]:
    """Where each footnote's mark stood in the text, by the note's start (-1 when no mark is found):
    the notes and the marks in the order they come, each note paired with the next mark of its
    number (the numbers start again at each chapter)."""
    marks = [
        (span.start, number)
        for span in removed
        if span.label == "footnote_mark"
        for number in _marks_of(span)
    ]
    found, after = {}, 0
    for note in (span for span in spans if span.label == "footnote"):
        found[note.start] = -1
        for index in range(after, len(marks)):
            if marks[index][1] == note.attrs.get("mark"):
                found[note.start], after = marks[index][0], index + 1
                break
    return found


def _front_labels(paragraphs: list[str]) -> set[str]:
    """The marks of the paragraphs that open on one (a title block's affiliations, "¹Center for
    Astrophysics …" / "²NSF Graduate …", read in the flow as one): raised after an author's name in the
    front matter they point at those lines, not at a note overleaf (dynesty.pdf's "Speagle¹,²⋆" took
    p. 2's notes 1 and 2 into its title block; its "⋆" is p. 1's note)."""
    return {
        number
        for paragraph in paragraphs
        if MARK.match(paragraph.lstrip())
        for mark in MARK.findall(paragraph)
        for part in MARK_JOINER.split(mark)
        for number in marks_in(part)
    }


def _marks_of(record: Span) -> list[str]:
    """The marks a ``footnote_mark`` record holds: two parted by a comma or a dash ("1,2",
    ``MARK_JOINER``), or two symbols set side by side (maxmat3man.pdf's author "Stefan Kurtz†‡",
    over notes "†" and "‡"; a doubled one, "**", is one mark)."""
    return [mark for part in MARK_JOINER.split(record.attrs["text"]) for mark in marks_in(part)]


def _append_unmarked(builder: TextBuilder, paragraph: str, removed: list[Span]) -> None:
    """The paragraph without its footnote marks, its leaders (``clean_line``'s marks of dots alone)
    and the runs its text layer could not read (``unreadable_runs``: a scan's inch fractions without
    their digits; ``UNMAPPED_RUN``: glyphs that map to no character, "(cid:15)"), each recorded
    where it stood
    (a space before one that stands before a space or punctuation goes with it: "версий ¹⁵ можно" →
    "версий можно", "записывать */4"; …)." → "записывать."; a mark set with no gap between two
    words, or between a sentence's stop and the next word, leaves a space: ``_glued_by_mark``)."""
    cuts = _marks_joined(
        paragraph,
        [
            (
                mark.start(),
                mark.end(),
                "leaders" if LEADERS.fullmatch(mark.group(1)) else "footnote_mark",
                {"text": mark.group(1)},
            )
            for mark in MARK.finditer(paragraph)
        ],
    )
    cuts += [
        (start, end, "unreadable", {"text": MARK.sub("", paragraph[start:end]), "why": UNREADABLE_WHY})
        for start, end in unreadable_runs(paragraph)
    ]
    cuts += [
        (glyphs.start(), glyphs.end(), "unreadable", {"text": glyphs.group(), "why": UNMAPPED_WHY})
        for glyphs in UNMAPPED_RUN.finditer(paragraph)
    ]
    end = 0
    for start, stop, label, attrs in sorted(cuts, key=lambda cut: cut[0]):
        if start < end:
            continue  # a footnote mark inside an unreadable run goes with the run
        before = paragraph[end:start]
        if end and _opened(builder):  # after a cut item bullet: "(cid:73) The core … classes¹"
            before = before.lstrip()
        after = paragraph[stop : stop + 1]
        if before.endswith(" ") and (not after or after in " ,.;:!?)"):
            before = before[:-1]
        if label == "footnote_mark" and _glued_by_mark(before, after):
            before += " "
        builder.append(before)
        removed.append(Span(builder.length, builder.length, label, attrs=attrs))
        end = stop
    builder.append(paragraph[end:].lstrip() if end and _opened(builder) else paragraph[end:])


def _opened(builder: TextBuilder) -> bool:
    """The text after a cut goes without its space: the cut text left one already, or the cut opened
    the paragraph (an item's bullet that maps to no character). Kept before the next cut, a footnote
    mark's, that space opened the item: S4QuickOverview.pdf's " The core components: classes¹, …"."""
    return builder.tail(1) in ("", " ", "\n")


def _marks_joined(paragraph: str, cuts: list[tuple]) -> list[tuple]:
    """The footnote mark cuts, two parted by a comma or a dash alone (``MARK_JOINER``) one cut: the
    comma is the marks' own ("SLEPc¹,² implements", slepc4py.pdf), set raised with them, and cut
    with them, not left in the prose ("SLEPc, implements"); the record's text holds both ("1,2")."""
    joined: list[tuple] = []
    for cut in cuts:
        if joined and joined[-1][2] == cut[2] == "footnote_mark":
            start, stop, label, attrs = joined[-1]
            between = paragraph[stop : cut[0]]
            if MARK_JOINER.fullmatch(between):
                joined[-1] = (start, cut[1], label, {"text": attrs["text"] + between + cut[3]["text"]})
                continue
        joined.append(cut)
    return joined


def _glued_by_mark(before: str, after: str) -> bool:
    """A footnote mark set with no gap either side stands between two words, or between a
    sentence's stop and the next sentence's letter (the source's line ended in "%" after the
    note: "J ≥ 2.³A basic …"): cut, it leaves the space the PDF never set."""
    return after.isalpha() and (before[-1:].isalpha() or bool(re.search(r"\w[.!?]$", before)))


def _table(builder: TextBuilder, table: Table, removed: list[Span], debris: list[tuple[str, str]]) -> None:
    """The table in the text where it stood, a paragraph of its own: its rows one a line, each row's
    cells in reading order parted by " | " as the other readers write a table's, a blank cell
    between two filled ones kept empty ("Speed |  | X | LibTomMath is slower.": its X under the
    third head, "Con", where dropping the blank set it under "Pro"), under a
    ``table`` span whose ``rows`` hold the cells as the LaTeX reader's (a blank cell kept empty, its
    column's place), each as a record holds its text (``_record_text``: a row set as a run-in term
    and its text). A cell's glyphs that map to no character ("(cid:511)", a font repertoire's
    alternates) go to ``removed`` as the text's do (``_without_unmapped``). A title in capitals set
    over it (``Table.caption``: DocBook's "REVISION HISTORY") stands over it, a paragraph of its own
    inside the span, and in the span's ``caption``. The cells were once in the span's ``rows`` only,
    the span empty, so no reader of the text or of ``removed`` found them: sagetex's example.pdf lost Pascal's
    triangle that "Okay, now here's the table." announces. A table whose cells all came to nothing
    (its marks cut from them) is no table: its title alone stays."""
    rows = [[_record_text(cell) for cell in row] for row in table.rows]
    if _axis_ticks(rows):
        text = " | ".join(cell for cell in rows[0] if cell)
        removed.append(Span(builder.length, builder.length, "debris", attrs={"text": text, "why": "figure"}))
        return
    lines, cut = [], []  # the rows' lines; the unmapped glyphs cut, where they stood in the lines
    offset = 0  # where the next row's line starts in the rows' text
    for row in rows:
        line, filled, records = "", 0, len(cut)  # filled: where the row's last filled cell ends
        for cell in row:
            kept = " ".join(_without_unmapped(cell, offset + len(line) + 3 * bool(line), cut, debris).split())
            line += " | " * bool(line) + kept  # a blank cell after a filled one keeps its column's place
            filled = len(line) if kept else filled
        line = line[:filled]  # the blank cells after the last filled one part nothing
        for span in cut[records:]:  # a blank last cell's cut glyphs stand at the row's end
            span.start = span.end = min(span.start, offset + filled)
        if line:
            lines.append(line)
            offset += len(line) + 1
    if table.caption:
        builder.separate("\n\n")
        title = builder.append(table.caption)
    if lines:
        builder.separate("\n\n")
        start, end = builder.append("\n".join(lines))
        attrs = {"rows": rows, "page": table.page + 1, "ruled": table.ruled, "caption": table.caption}
        builder.span(title[0] if table.caption else start, end, "table", **attrs)
    for span in cut:  # where it stood in the rows, or where a table of no row would have stood
        span.start = span.end = span.start + start if lines else builder.length
    removed += cut


def _axis_ticks(rows: list[list[str]]) -> bool:
    """Whether a table is a plot's tick labels: one row of three or more cells, each a number alone
    ("0 | 100 | 200 | 300 | 400" under dbscan.pdf's reachability plots, which stood in the text once
    tables did). A table of figures has a head or a second row; one row of numbers is an axis."""
    cells = [cell for cell in rows[0] if cell] if len(rows) == 1 else []
    return len(cells) >= 3 and all(NUMBER_CELL.fullmatch(cell) for cell in cells)


def _offsets_checked(parsed: Parsed) -> Parsed:
    """Every span of the paper inside its text: one outside is the reader's own error, said as such
    (not a ``ValueError`` from attaching it, far from the cause)."""
    spans = parsed.spans + [span for layer in parsed.layers.values() for span in layer]
    for span in spans:
        if not 0 <= span.start <= span.end <= len(parsed.text):
            raise FormatError(
                "reader_error",
                f"the PDF reader placed a {span.label!r} span at [{span.start}, {span.end}), outside the "
                f"text it read ({len(parsed.text)} code points): a defect of sloika's PDF reader, not of "
                "the file; report it with the PDF (pipelines/formats/pdf.py)",
            )
    return parsed


def _sentinels_checked(parsed: Parsed) -> Parsed:
    """The paper with none of the reader's ``SENTINELS`` in its text or in a span's attributes: one
    left there is a path of the reader that neither resolved nor cleared its mark, said as the
    reader's own error (the text would carry an invisible character the PDF never had)."""
    spans = parsed.spans + [span for layer in parsed.layers.values() for span in layer]
    for where, text in [("text", parsed.text)] + [
        (span.label, t) for span in spans for t in _texts(span.attrs)
    ]:
        if found := SENTINELS.intersection(text):
            raise FormatError(
                "reader_error",
                f"the PDF reader left its own mark(s) {sorted(found)!r} in the {where!r} "
                "of its output; report it with the PDF",
            )
    return parsed


def _texts(value: object) -> list[str]:
    """Every string in ``value``, a span's attributes (a table's ``rows`` nest lists of cells)."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        value = list(value.values())
    return [text for item in value for text in _texts(item)] if isinstance(value, list | tuple) else []


def _debris_record(at: int, placeholder: str, debris: list[tuple[str, str]]) -> Span:
    """The ``removed`` record, at ``at``, of the debris line a placeholder (``DEBRIS`` and its index
    in ``debris``, ``Layout.debris``) stands for."""
    text, why = debris[int(placeholder[1:])]
    return Span(at, at, "debris", attrs={"text": _record_text(text), "why": why})


def _form_record(at: int, table: Table) -> Span:
    """The ``removed`` record, at ``at``, of a sign-off form's table (``_sign_off_forms``) met before
    the first heading: its caption over its rows, each row's cells parted by " | " as in the text."""
    rows = [" | ".join(_record_text(cell) for cell in row) for row in table.rows]
    text = "\n".join([table.caption] * bool(table.caption) + rows)
    return Span(at, at, "debris", attrs={"text": text, "why": SIGN_OFF_FORM})


def _placed_records(at: int, code: str, debris: list[tuple[str, str]]) -> list[Span]:
    """The records, all at ``at``, of the debris placeholders set inside ``code`` (``PLACED``): a
    block removed whole takes the page break's records it held to where it stood."""
    return [_debris_record(at, found.group(1), debris) for found in PLACED.finditer(code)]


def _code(
    builder: TextBuilder,
    code: str,
    removed: list[Span],
    after: str = "",
    term: bool = False,
    debris: list[tuple[str, str]] | None = None,
) -> None:
    """A ``code`` span; a block of fragments only ("ft    tr": a scanned drawing's letters), of numbers
    only ("1", "6": a drawing's field numbers in a monospaced font; a listing's line numbers come
    with its code) or a short one without a letter or digit ("%": a drawing's mark) is removed, but
    a block right under a session's command and numbers under an output's label are printed output
    and a program's short row ("> p <- 3", "}") or a block over what it printed (``after``, the next
    paragraph) is code (``_code_kept``), and so is a definition list's typewriter ``term`` (":=",
    "%%": ``_typewriter_term``): they stay. A kept block's rows Sphinx wrapped are joined back
    (``sphinx_wraps_joined``). The debris placeholders set inside ``code`` (``PLACED``: a page's
    folio and line numbers where the page broke the listing) are recorded where they stand, by
    ``debris`` (``Layout.debris``)."""
    placed, code = code, PLACED.sub("", code)
    marks_only = len(code.strip()) <= FRAGMENT_CHARS and not any(char.isalnum() for char in code)
    rows = code.split("\n")
    if (
        not term
        and not _code_kept(builder, code, after)
        and (marks_only or all(is_fragment(row.strip()) or NUMBERS_ONLY.match(row) for row in rows))
    ):
        removed += _placed_records(builder.length, placed, debris or [])
        removed.append(Span(builder.length, builder.length, "fragment", attrs={"text": _record_text(code)}))
        return
    builder.separate("\n\n")
    since = len(removed)
    code = _without_unmapped(placed, builder.length, removed, debris or [])
    code = sphinx_wraps_joined(code, builder.length, removed, since)
    start, end = builder.append(code)
    builder.span(start, end, "code")


def _without_unmapped(code: str, at: int, removed: list[Span], debris: list[tuple[str, str]]) -> str:
    """``code`` or a display's formula (to stand at ``at`` in the text) without its runs of glyphs
    that map to no character (``UNMAPPED_RUN``, "(cid:45)"), each recorded where it stood, as a
    paragraph's are (``_append_unmarked``), and the spaces before one that ends its line: its lines
    and their indentation stay as drawn. The debris placeholders set inside it (``PLACED``) are taken out and
    recorded where they stood too, by ``debris`` (``Layout.debris``), and so are its raised footnote
    marks (``MARK``), as a paragraph's: asn1c-usage.pdf's comment "/* Note this 0¹! */" kept the
    reader's own mark, and the whole manual was refused as a reader error."""
    kept, end = "", 0
    runs = [*UNMAPPED_RUN.finditer(code), *PLACED.finditer(code), *MARK.finditer(code)]
    for run in sorted(runs, key=lambda found: found.start()):
        kept += code[end : run.start()]
        if run.re is PLACED:
            removed.append(_debris_record(at + len(kept), run.group(1), debris))
        elif run.re is MARK:
            removed.append(
                Span(at + len(kept), at + len(kept), "footnote_mark", attrs={"text": run.group(1)})
            )
        else:
            if code[run.end() : run.end() + 1] in ("", "\n"):
                kept = kept.rstrip(" ")
            record = {"text": run.group(), "why": UNMAPPED_WHY}
            removed.append(Span(at + len(kept), at + len(kept), "unreadable", attrs=record))
        end = run.end()
    return kept + code[end:]


def _labelled_item(paragraphs: list[str], at: int) -> bool:
    """Whether the paragraph at ``at`` opens with an item's label ("(a) K(x) ≥ 0") and the paragraph
    before or after it opens with the label next to it ("(b) ∫R K(x)dx = 1"): an item of a labelled
    list, however short its formula, and no drawing's letters."""
    label = ITEM_LABEL.match(paragraphs[at])
    if label is None:
        return False
    for other, step in ((at - 1, -1), (at + 1, 1)):
        sibling = ITEM_LABEL.match(paragraphs[other]) if 0 <= other < len(paragraphs) else None
        if sibling is not None and ord(sibling[1]) == ord(label[1]) + step:
            return True
    return False


def _bulleted_item(paragraphs: list[str], at: int) -> bool:
    """Whether the paragraph at ``at`` opens with a bullet (``ITEM_BULLET``) and the paragraph before
    or after it opens with the same bullet: an item of a bulleted list among its items, however
    short ("• a" between "• A list or image element can be" and "• column", a slide column's list
    in rst2beamer's columns.pdf), and no drawing's letters."""
    bullet = ITEM_BULLET.match(paragraphs[at])
    siblings = (
        ITEM_BULLET.match(paragraphs[other]) for other in (at - 1, at + 1) if 0 <= other < len(paragraphs)
    )
    return bullet is not None and any(sib is not None and sib[1] == bullet[1] for sib in siblings)


def _label_over_item(paragraphs: list[str], at: int) -> bool:
    """Whether the paragraph at ``at`` is a label ending in a colon over an item that is no fragment
    ("HF-X :" over "P0174319B7": a definition list's term): a drawing's letters announce nothing."""
    following = _next(paragraphs, at).removeprefix(CODE)
    return paragraphs[at].rstrip().endswith(":") and bool(following.strip()) and not is_fragment(following)


def _grammar_alternative(paragraphs: list[str], at: int) -> bool:
    """Whether the paragraph at ``at`` is a grammar's alternative ("| re re", its nonterminals a
    letter or two) under a production or another alternative: each row of a grammar's display is a
    paragraph of its own (``Line.grammar``), and its short names are words of the grammar, no
    drawing's letters (smlnj's ml-ulex grammar lost "| re ’|’ re" as a ``fragment``)."""
    return at > 0 and paragraphs[at].startswith("|") and bool(PRODUCTION.match(paragraphs[at - 1]))


def _chain_row(paragraphs: list[str], at: int) -> bool:
    """Whether the paragraph at ``at`` is the next row of a chain of relations whose rows stayed
    text: it opens with a relation sign and the paragraph over it ends with one, so that row goes on
    here. Its letters are a formula's, but the derivation's own end (crc.pdf's q̂ derivation, "… + u(x))
    mod P(x) =" over "= R(x).", lost its result as a ``fragment``)."""
    above = paragraphs[at - 1].rstrip() if at > 0 else ""
    return bool(above and RELATION.fullmatch(above[-1]) and RELATION.match(paragraphs[at].lstrip()))


def _definition_term(paragraphs: list[str], at: int) -> bool:
    """Whether the paragraph at ``at`` is a definition list's term, however short: a prose sentence
    follows it, and two paragraphs before or after it another short name stands over its sentence
    ("ip from" / "The router which …" / "ip gw" / "Next hop packets …": a manual's attributes)."""

    def described(term: int) -> bool:
        if term < 0 or term + 1 >= len(paragraphs):
            return False
        name, text = paragraphs[term].removeprefix(CODE), paragraphs[term + 1]
        plain = not name.startswith(MARKERS) and not text.startswith(MARKERS)
        return plain and len(name) <= TERM_CHARS and not opens_body(name) and opens_body(text)

    return described(at) and (described(at - 2) or described(at + 2))


def _typewriter_term(paragraphs: list[str], at: int) -> bool:
    """Whether the paragraph at ``at`` is a typewriter term of a definition list, however short: a
    one-line code paragraph over its description (``_term_over``) that goes on a key table read
    before it (``_key_table_goes_on``: "%Y" / "The year as …" / "%%" / "A literal % character.", a
    specifier list's last keys alone atop a page), or whose description opens in lower case, going
    on from its term, as another term's two paragraphs before or after it does (":=" / "is a
    non-significant data record, …;" / "( slice )" / "specifies a slice;": a data block's records).
    A drawing's letters in that font ("ft tr") stand over no such list."""
    own = _term_over(paragraphs, at)
    if own is None or not own[0]:
        return False
    siblings = (_term_over(paragraphs, other) for other in (at - 2, at + 2))
    return (
        _key_table_goes_on(paragraphs, at) or own[1] and any(sib is not None and sib[1] for sib in siblings)
    )


def _key_table_goes_on(paragraphs: list[str], at: int) -> bool:
    """Whether the paragraphs before ``at``, over typewriter terms each over its description and the
    page's furniture between (placeholders), reach a key table's row (``KEY_ROW``: "%y  The year …",
    as ``_key_rows`` reads one): the table goes on overleaf, with too few rows there to be read as
    one."""
    back = at - 1
    while back >= 0 and not KEY_ROW.match(paragraphs[back]):
        if paragraphs[back].startswith(DEBRIS):
            back -= 1
        elif back >= 1 and paragraphs[back - 1].startswith(CODE) and _term_over(paragraphs, back - 1):
            back -= 2
        else:
            return False
    return back >= 0


def _term_over(paragraphs: list[str], at: int) -> tuple[bool, bool] | None:
    """Whether the paragraph at ``at`` is a short one-line term over a description that ends a clause
    (".", ";"): whether the term is typewriter code and whether the description opens in lower case;
    None where it is no such term."""
    if not 0 <= at < len(paragraphs) - 1:
        return None
    term, text = paragraphs[at], paragraphs[at + 1]
    name = term.removeprefix(CODE)
    if name.startswith(MARKERS) or "\n" in name or len(name) > TERM_CHARS or text.startswith(MARKERS):
        return None
    if not text.rstrip().endswith((".", ";")):
        return None
    return term.startswith(CODE), text[:1].islower()


def _description_under_term(paragraphs: list[str], at: int) -> bool:
    """Whether the paragraph at ``at`` is a sentence, however short, under a term alone on its row: a
    one-line code paragraph of one name (``TERM_NAME``), as a Texinfo ``@table`` sets a term wider than
    its indent over its description (standards.pdf's "‘almost-all’" over "‘-A’ in ls.", cut as a
    ``fragment`` for its letters, one or two a run, and the term left without it)."""
    term = paragraphs[at - 1] if at > 0 else ""
    return (
        term.startswith(CODE)
        and TERM_NAME.fullmatch(term.removeprefix(CODE)) is not None
        and paragraphs[at].rstrip().endswith(".")
    )


def _option_over_description(paragraphs: list[str], at: int) -> bool:
    """Whether the paragraph at ``at`` is a command-line option's name alone (``OPTION_NAME``), in
    any font, over its description's sentence, however short: a reference card's option list
    (ref_card.pdf's "-d" over "Check double entries.", cut as a ``fragment`` for its letters, and the
    description left without its option), or in a stack of such names over the first description,
    the page's folio between (Leon's guava manual: "-g:m" / "-k:H" / "-kL:J" / "-kR:M" / "-mb:k" /
    "-r:p" over "Here p should be …", each cut, the descriptions left naming no option)."""
    if OPTION_NAME.fullmatch(paragraphs[at].removeprefix(CODE)) is None:
        return False
    rest = (paragraph for paragraph in paragraphs[at + 1 :] if not paragraph.startswith(DEBRIS))
    following = next((text for text in rest if OPTION_NAME.fullmatch(text.removeprefix(CODE)) is None), "")
    return following[:1].isupper() and following.rstrip().endswith(".")


def _code_kept(builder: TextBuilder, code: str, after: str = "") -> bool:
    """Whether a short code block is a program's, however few its letters: a row of it reads as a
    program's (``PROGRAM_ROW``: "> n <- ng*ng", "> p <- 3", "if(dg>0){", "}"), or it is what a
    command printed (``_printed``), or it names command-line options (``OPTION_NAME``: "-d" over
    its description in a manual's option list) or calls (``CALL``: "py2f()" over its description in
    an API reference), or the text before it ends in an arrow to what an example evaluates to
    ("tab([[1, 2, 3], [4, 5, 6], [7, 8]]) ⇒" over "1 2 3" / "4 5 6" / "7 8"), or it is a data
    file's matrix under the sentence that names the file (``_matrix_rows``, ``FILE_NAMED``),
    or the code block ``after`` it is what it printed (``_over_output``: "d(X)(2)" over "## [1] 0.27",
    "s3" over a matrix: a knitr chunk's input, each call set over its output, no prompt to tell it),
    or a display written ``after`` it is its typeset output (Maxima's "e, g = h;" over "h₍₁₎(x)"),
    or the prose before announces it (``_announced``) or runs on into it (``_led_into``), or it is a
    session's bare prompt after a listing (``BARE_PROMPT``: the "R>" Sweave sets a gap under a
    command's output, the session's last line), or it stands between two code blocks, a listing's
    line ("..." eliding its middle: camlidl's "typedef … ptr;" / "..." / "#ifndef CAMLIDL"). A
    drawing's letters in a monospaced font ("ft tr") are none of these."""
    rows = code.split("\n")
    after_code = _last_code_row(builder) is not None
    return (
        any(PROGRAM_ROW.fullmatch(row) for row in rows)
        or (after_code and (all(BARE_PROMPT.fullmatch(row) for row in rows) or after.startswith(CODE)))
        or all(OPTION_NAME.fullmatch(row) for row in rows)
        or all(CALL.fullmatch(row) for row in rows)
        or builder.text.rstrip().endswith(RESULT_ARROWS)
        or (not after_code and (_announced(builder) or _led_into(builder, code, after)))
        or (not after_code and _numbers_shown(builder, code, after))
        or _printed(builder, code)
        or _over_output(after)
        or after.startswith(DISPLAY)
        or (_matrix_rows(rows) and bool(FILE_NAMED.search(builder.text)))
    )


def _matrix_rows(rows: list[str]) -> bool:
    """Whether a typewriter block is a data file's matrix as its file holds it: two rows or more, each
    two whole numbers or more a space apart (``MATRIX_ROW``: 4ti2_manual.pdf's PROJECT.mat "2 4" /
    "1 1 1 1" / "1 2 3 4", its dimensions over its rows, set under the item that names the file). A
    drawing's field numbers stand one to a place ("1", "6"); rows of numbers under prose that names
    no file ("The figure shows the grid.") are a drawing's labels, and go."""
    return len(rows) > 1 and all(MATRIX_ROW.fullmatch(row) for row in rows)


def _over_output(after: str) -> bool:
    """Whether the paragraph ``after`` a code block is what it printed: a code block opening with R's
    printed row ("## [1] 0.27"), or knitr's output, every row opened by its "##" prefix ("##     a
    b   c" over "## a   0  -1  -4": the matrix that "s3" printed, the chunk's input a gap over it)."""
    if not after.startswith(CODE):
        return False
    rows = after[1:].lstrip().split("\n")
    return bool(PRINTED_OUTPUT.match(rows[0]) or all(KNITR_ROW.match(row.lstrip()) for row in rows))


def _announced(builder: TextBuilder) -> bool:
    """Whether the prose the text read so far ends in announces the block after it as its example: it
    ends in a colon ("… code like the following will execute correctly:", "e.g.:"), or it is a head
    that names examples (``EXAMPLES_HEAD``: a language manual's "Examples" over its literals "123" /
    "3.14159" / "56.E+5"), or a footnote left in the flow (it opens with a note symbol,
    ``NOTE_SYMBOLS``) stands between such a colon and the block: the page set the note of the lead-in
    over the example (Leon's guava manual: "… specified by a file as follows:" over "† At time of
    writing, …", then the file "m17" / "2  17  34" / its rows of 0/1, cut as a drawing's letters).
    The caller asks only where the text ends in prose."""
    text = builder.text.rstrip()
    before, _, note = text.rpartition("\n\n")
    if before and note[:1] and note[0] in NOTE_SYMBOLS:
        text = before.rstrip()
    return text.endswith(":") or EXAMPLES_HEAD.fullmatch(text.rsplit("\n\n", 1)[-1]) is not None


def _led_into(builder: TextBuilder, code: str, after: str) -> bool:
    """Whether the last paragraph of the prose read so far breaks off mid-sentence into the block, as
    a sentence runs on into its display. Where the sentence's rest stands tells the cases apart, each
    with its own evidence. It goes on below the block (the paragraph ``after`` opens in lower case, or
    is a debris placeholder: the page's folio where the page broke the sentence): the block stands
    inside the sentence, however many its rows, after a word in lower case that follows another
    (``RUNS_INTO``) and is no article (freefem.pdf's "The format is" over its framed listing "x[0]
    y[0]" / "x[1] y[1]", then "each being separated by a tab…"), since a drawing's letters inside a
    noun follow its article ("The two fields of the" / "ft tr" / "drawing are set to scale."). Or it
    ends on the block (the paragraph ``after`` opens a new sentence in a capital): nothing below
    vouches for it, so the block is one row, a sentence's own display, and the paragraph prose, a
    sentence of it ended before its last, which has ``LEAD_WORDS`` words or more and ends on a letter
    in lower case ("… By default, a match is reported as a triple" / "i j l" / "Position j is
    relative to …": "a triple" is too short a run for ``RUNS_INTO``); a heading has no stop inside it,
    and a scanned form's marks under a title are rows ("Example of the text document" / "C (5 Y" /
    "b )"). After a full stop neither holds. The caller asks only where the text ends in prose."""
    last = builder.text.rstrip().rsplit("\n\n", 1)[-1]
    if after[:1].islower() or after.startswith(DEBRIS):
        lead = RUNS_INTO.search(last)
        return lead is not None and lead.group().split()[-1] not in ENGLISH_ARTICLES
    sentences = last.rsplit(". ", 1)
    return (
        after[:1].isupper()
        and "\n" not in code.strip("\n")
        and len(sentences) == 2
        and sentences[1][-1:].isalpha()
        and sentences[1][-1].islower()
        and len(sentences[1].split()) >= LEAD_WORDS
    )


def _numbers_shown(builder: TextBuilder, code: str, after: str) -> bool:
    """Whether a typewriter block of whole numbers is what the sentence over it shows: a command's
    answer or an input file's rows, which a manual sets as a display inside its sentence. The prose
    read so far ends mid-sentence on a word in lower case (no article), and the sentence is one the
    block stands inside: it goes on below the block (``after`` opens in lower case: frobby's manual's
    "Now put this input into a file named frob2" / "1234567890001" / … / "and type"), or it went on
    under a display over it (the paragraph opens in lower case: "frobby frobdyn < frob" / "to get as
    output that the Frobenius number is" / "29" / "The frobdyn action …"), so it is no heading and
    no drawing's title over the numbers on its axis. ``_led_into`` asks for a longer lead, as a block
    of letters may be a drawing's; cut as one, the sentence ended on nothing."""
    last = builder.text.rstrip().rsplit("\n\n", 1)[-1]
    rows = code.strip("\n").split("\n")
    if not all(WHOLE_NUMBERS.fullmatch(row) for row in rows) or not LEAD_WORD.search(last):
        return False
    return last.split()[-1] not in ENGLISH_ARTICLES and (after[:1].islower() or last[:1].islower())


def _names_told(names: str, after: list[str]) -> bool:
    """Whether the entry a stack of margin ``names`` stands beside (``_entry``) gives the stack's
    first name, its subject, in its first sentence or its listing, and names the others too: a .dtx
    manual's \\DescribeMacro column repeats what its text says ("\\cdash" beside "In its turn, …
    simply calls for \\cdash …"; feynmf.pdf's "\\fmfcyclen", "\\fmfrcyclen" beside "The macro
    \\fmfcyclen{…} cyclically connects … \\fmfrcyclen operates in reverse order."), and the stack
    goes to `removed`. An entry that does not is about the names (feynmf.pdf's "\\fmffreeze" beside
    "Calculate the positions of the vertices …", named in its last sentence only), and the stack
    stays, a term over it, one name a line. Beside a table (ordinalpt.pdf's option names beside
    the rows that describe them) there is no entry of prose to head, and the stack goes."""
    entry = [paragraph.removeprefix(CODE) for paragraph in _entry(after)]
    if not entry or entry[0].startswith(MARKERS):
        return True  # beside a table or another placeholder: no entry of prose to head
    first, *others = names.split()
    opening = "\n".join([SENTENCE_BREAK.split(entry[0], maxsplit=1)[0], *entry[1:]])
    return _named_in(first, opening) and all(_named_in(name, "\n".join(entry)) for name in others)


def _entry(after: list[str]) -> list[str]:
    """The paragraphs of the entry a margin stack stands beside: the first after it and the listings
    right under that, debris lines' placeholders aside."""
    entry: list[str] = []
    for paragraph in after:
        if paragraph.startswith(DEBRIS):
            continue
        if entry and not paragraph.startswith(CODE):
            break
        entry.append(paragraph)
    return entry


def _named_in(name: str, text: str) -> bool:
    """``text`` gives the control sequence ``name`` ("\\fmfleft", not "\\fmfleftn")."""
    return re.search(re.escape(name) + r"(?![A-Za-z@])", text) is not None


def _next(paragraphs: list[str], at: int) -> str:
    """The paragraph after the one at ``at``, or "" after the last."""
    return paragraphs[at + 1] if at + 1 < len(paragraphs) else ""


def _next_kept(paragraphs: list[str], at: int) -> str:
    """The paragraph after the code block at ``at`` in the text: the next one that is no fragment (a
    session's output label, "(d31)", goes to ``removed``; a display, a table or code stays whatever
    its letters), or "" after the last."""
    kept = (CODE, DISPLAY, TABLE)
    return next((p for p in paragraphs[at + 1 :] if p.startswith(kept) or not is_fragment(p)), "")


def _printed(builder: TextBuilder, code: str) -> bool:
    """Whether ``code`` is what a command printed: any block set right under a session's command
    (R's data frame "    y1 y2 x3" / "2 0.70  a  b", a formula "y1 + y2 ~ 0": short columns of one
    or two letters, no drawing's), or rows of numbers under an output's label of words only (coda's
    "Multivariate psrf" and, a row below, "1.07+0i") or under a head ending in a colon, which
    announces them (bridgesampling's '(method = "normal", repetitions = 1):' over "-27.17103"), or
    under a row of numbers at their indent (``_data_rows_on``). Sweave prints the output a gap below;
    knitr sets its commands bare, a gap over their output (``_command``: ' {"n":[1,2]}' under
    "cat(rjson::toJSON(list(n = c(1, 2))))"). MATLAB labels its printed value with the variable's
    name over it (``ASSIGNED_LABEL``: dseriesReporting.pdf's ">> X" / "X =" / "1", the "1" cut), and
    a session's output may come in parts a gap apart (``_session_printing``)."""
    row = _last_code_row(builder)
    if row is None:
        return False
    numbers = all(PRINTED_ROW.fullmatch(line) for line in code.split("\n"))
    labelled = OUTPUT_LABEL.fullmatch(row) or ASSIGNED_LABEL.fullmatch(row) or row.rstrip().endswith(":")
    return bool(
        PROMPT_LINE.match(row)
        or NAMED_PROMPT.match(row)
        or _command(row)
        or (numbers and (labelled or _data_rows_on(row, code)))
        or _session_printing(builder)
    )


def _session_printing(builder: TextBuilder) -> bool:
    """Whether the code block the text ends in is a session's command and what it printed so far:
    a row after a named prompt (``NAMED_PROMPT``: "gap> PrintTable( G );") over rows of output,
    the last no command. The block right under it is the rest of that output, the gap between
    the printout's parts (GAP's table under its "Let:" legend, "+   0 a b c" / "0   0 a b c",
    one or two letters a cell) no end of it: cut as a drawing's letters, the session lost the
    table its command printed."""
    last = builder.spans[-1]
    rows = builder.tail(last.end - last.start).split("\n")
    return any(NAMED_PROMPT.match(row) for row in rows[:-1]) and not NAMED_PROMPT.match(rows[-1])


def _command(row: str) -> bool:
    """Whether ``row`` is a whole command set without a prompt: a call whose parentheses all close
    on it ("cat(toJSON(x))"), not a call's first row that goes on under it."""
    return bool(COMMAND_ROW.fullmatch(row)) and _closed(row)


def _closed(row: str) -> bool:
    """Whether every parenthesis ``row`` opens closes on it, in order."""
    depth = 0
    for char in row:
        depth += {"(": 1, ")": -1}.get(char, 0)
        if depth < 0:
            return False
    return depth == 0


def _data_rows_on(row: str, code: str) -> bool:
    """Whether ``row`` holds numbers and stands at the indent of ``code``'s first row: the block goes
    on the listing ``row`` ends, as a data file's blocks of rows, a blank line apart, go on one
    another."""
    numbers = PRINTED_ROW.fullmatch(row) and any(char.isdigit() for char in row)
    return bool(numbers) and len(row) - len(row.lstrip()) == len(code) - len(code.lstrip())


def _last_code_row(builder: TextBuilder) -> str | None:
    """The last row of the code span the text read so far ends in ("> predict(fit, type = \"node\")",
    "$ wc -l", an R command's "+ " continuation), or None where the text ends in no code."""
    last = builder.spans[-1] if builder.spans else None
    if last is None or last.label != "code" or last.end != builder.length:
        return None
    return builder.tail(last.end - last.start).rsplit("\n", 1)[-1]


def _notes(layout: Layout) -> list[tuple[str, str]]:
    """Each page's footnotes, reflowed apart, in page order: (mark, text)."""
    groups: list[list[Line]] = []  # one footnote's lines: a line starting with a mark starts the next
    for page in layout.footnotes:
        for number, line in enumerate(page):
            previous = page[number - 1] if number else None
            last = footnote_mark(groups[-1][0].text) if groups else None
            if not groups or (
                footnote_mark(line.text)
                and _starts_note(line, previous, last and last[0])
                and not list_goes_on(line, groups[-1])
            ):
                groups.append([])
            groups[-1].append(line)
    notes = []
    for group in groups:
        mark, first = footnote_mark(group[0].text) or ("", group[0].text)
        notes.append((mark, note_text([replace(group[0], text=first), *group[1:]])))
    return notes


def _marks_read(removed: list[Span], since: int) -> list[Span]:
    """The ``footnote_mark`` records of ``removed`` from ``since`` on: the marks of what was just read."""
    return [span for span in removed[since:] if span.label == "footnote_mark"]


def _notes_marked(
    marks: list[Span], notes: list[tuple[str, str]], ahead: list[int], lost: list[int], labels: set[str]
) -> list[int]:
    """The notes ``marks`` (the ``footnote_mark`` records one paragraph left) call for, taken off the
    front of ``ahead`` (the indexes of the notes no mark has reached yet, in order): each mark goes
    with the next note of its number, as ``_marked_at`` pairs them, and the notes it passes over go to
    ``lost`` (their marks the text lost: a title's "∗" the title block cut). A number of ``labels``
    points at the text's own line, no note (``_front_labels``)."""
    found = []
    for number in (number for mark in marks for number in _marks_of(mark) if number not in labels):
        match = next((at for at, index in enumerate(ahead) if notes[index][0] == number), None)
        if match is not None:
            lost += ahead[:match]
            found.append(ahead[match])
            del ahead[: match + 1]
    return found


def _sentence_runs_on(builder: TextBuilder, paragraph: str) -> bool:
    """Whether the text so far ends mid-sentence, in a word or a closing bracket with no stop after
    it, and ``paragraph`` goes on with it in lower case or with an optional argument's bracket: a
    display the sentence runs into (affy.pdf's "… will be in row" + "i = x + nrow × (y − 1). The ncol
    …"), a command's syntax line and its options (the gap-guava manual's "cwtdist options code
    [maxCosWeight [matrix]]" + "where options denotes" + "[-a] [-n:name] [-p:path] [-q]"). The notes
    of the paragraph before wait for the sentence's paragraph to end, as LaTeX sets a note marked in
    a sentence after it."""
    last, first = builder.tail(1), MARK.sub("", paragraph)[:1]
    return (last.isalnum() or last in ")]") and (first.islower() or first == "[")


def _leads_into_block(builder: TextBuilder) -> bool:
    """Whether the text so far is a lead-in the code block or table after it completes: it ends on a
    colon, or mid-sentence on a word with no stop after it (feynmf.pdf's "Instructing LaTeX to use
    feynMF is as simple as⁸" + "\\usepackage{feynmf}"). The notes of its paragraph wait until the
    block is read, never set between a sentence and its completion. A code block's last row ends no
    sentence (its last word is no lead-in): the notes before a table after it go there; those before
    the listing's next block wait for the listing's end (``_listing_goes_on``)."""
    return builder.tail(1) == ":" or (builder.tail(1).isalnum() and _last_code_row(builder) is None)


def _listing_goes_on(builder: TextBuilder) -> bool:
    """Whether a code block read now goes on the listing the text so far ends in: the listing's
    blank lines part it into blocks (``code_groups``), and nothing was read between them. A listing
    is one display, its blocks together, and TeX sets no note inside a display: the notes of the
    paragraph before wait for its last block (asn1c-usage.pdf's "… module is given²:" / "RectangleTest
    DEFINITIONS ::= BEGIN" / note 2 / "Rectangle ::= SEQUENCE {"; compiledCode.pdf's note 3 between
    "character(len=100) msg" and "c the imaginary unit i" of one FORTRAN subroutine)."""
    return _last_code_row(builder) is not None


def _place_notes(
    builder: TextBuilder, due: list[int], notes: list[tuple[str, str]], removed: list[Span]
) -> list[tuple[int, int, bool]]:
    """The ``due`` notes, each a paragraph of its own with a ``footnote`` span (``attrs.mark``), where
    the text stands now: after the paragraph, list or block that holds their marks, as the LaTeX
    reader gives a ``\\footnote`` after its paragraph (``latex_footnotes``); returns where each stands."""
    where = []
    for index in due:
        mark, text = notes[index]
        builder.separate("\n\n")
        at = builder.length
        _append_unmarked(builder, text, removed)
        builder.span(at, builder.length, "footnote", mark=mark)
        where.append((at, builder.length, False))
    due.clear()
    return where


def _footnotes(
    builder: TextBuilder, unplaced: list[int], notes: list[tuple[str, str]], removed: list[Span]
) -> list[tuple[int, int, bool]]:
    """The notes no mark of the text placed (a title's "∗" note whose mark the title block lost, a
    mark read as no mark) after the text: a ``footnotes`` section of ``footnote`` spans; returns
    where each note's text stands, after an empty heading where they start (the end of the last
    section: the cut's ``orphans`` take nothing past it)."""
    if not unplaced:
        return []
    builder.separate("\n\n")
    start = builder.length
    where = [(start, start, True), *_place_notes(builder, unplaced, notes, removed)]  # a section's bound
    builder.span(start, builder.length, "footnotes")
    return where


def note_text(lines: list[Line]) -> str:
    """A footnote's lines reflowed into one paragraph; a list in it keeps its items a line each
    ("… для опытных пользователей:" / "• Сборка пакетов …" / "• Пакеты debian в git …"), and a
    paragraph after the list opens a line of its own (gl2ps.pdf's "2. generate the LaTeX file …
    gl2psBeginPage." / "You can of course combine …": no item's words). A note
    whose text is typewriter (an author's e-mail address after the mark: vowel.pdf's
    "fkr@tooyoo.l.u-tokyo.ac.jp") reflows as a code paragraph: the note reads its text, not the
    reflow's ``CODE`` mark."""
    parts = paragraphs([lines])
    text = parts[0].removeprefix(CODE) if parts else ""
    for before, part in zip(parts, parts[1:], strict=False):
        text += ("\n" if _own_line(before) or _own_line(part) else " ") + part.removeprefix(CODE)
    return text.replace(RUN_IN, "")


def _own_line(part: str) -> bool:
    """A part of a note that keeps a line of its own: a list's item, or a code line the note displays
    (feynmf.pdf's note 9, "… for veteran users:" / "\\usepackage[pre-1.03]{feynmf}" / "or" / …: run
    into the prose, the code read as a sentence's words)."""
    return bool(LIST_ITEM.match(part)) or part.startswith(CODE)


def _starts_note(line: Line, previous: Line | None, last: str | None) -> bool:
    """A line starting with a mark starts a footnote unless it runs on the line before: a plain
    number after a line that ends no sentence ("… менее" + "10 символов, …") is the note's text,
    unless it is the number after the last note's ("… << 1.2-1" + "11Для облегчения …" after
    note 10: notes are numbered in order, a sentence in a note rarely starts with that number)."""
    if previous is None or line.text[:1] == MARK_OPEN or line.text[:1] in SUPERSCRIPTS:
        return True
    mark = footnote_mark(line.text)
    if mark and last and last.isdecimal() and mark[0] == str(int(last) + 1):
        return True
    return bool(SENTENCE_END.search(MARK.sub("", previous.text)))


def _close_section(builder: TextBuilder, section: tuple[int, str, str] | None) -> None:
    if section is not None:
        start, label, title = section
        builder.span(start, builder.length, label, title=title or None)
