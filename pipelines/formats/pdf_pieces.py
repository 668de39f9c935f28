"""Pieces of one line that pdfminer read apart, joined left to right (right to left in a
right-to-left line: ``pdf_bidi.pieces_in_reading_order``).

A justified row read in pieces (``_justified_rows``), a line split around an inline formula, a
monospaced piece, a reference's "———" (``_joined_pieces``) and a clause number set apart by a tab
(``_clause_numbers_joined``) become one line again, unless a gutter, a margin name or a table's
columns stand between the pieces.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from sloika.pipelines.formats.pdf_bidi import pieces_in_reading_order
from sloika.pipelines.formats.pdf_brace_pieces import tall_brace
from sloika.pipelines.formats.pdf_gutters import _across_gutter, _apart_across, _parted_by
from sloika.pipelines.formats.pdf_joins import URL_OPENS
from sloika.pipelines.formats.pdf_line_ends import SIZE_STEP_TEXT, _right_under
from sloika.pipelines.formats.pdf_line_record import MARK, MARK_CLOSE, MARK_OPEN, MARKED_ITEM, Line, Rule
from sloika.pipelines.formats.pdf_lines import CELL_GAP, CELL_REACH, CELL_STARTS, _column_starts
from sloika.pipelines.formats.pdf_listings import _across_margin, _margin_names
from sloika.pipelines.formats.pdf_math_pieces import MARK_SIZE, ROW_STEP
from sloika.pipelines.formats.pdf_page_rows import (
    ALIGN_EDGE,
    ALIGNED_ROWS,
    LEADERS,
    SIZE_STEP,
    TABLE,
    TOUCH,
    WORD,
    _index,
    _inside,
    _over,
    _page_rows,
    _prose_line,
    _prose_size,
    _prose_words,
    _same_row,
    _without,
)
from sloika.pipelines.formats.pdf_spacing import NOTE_SYMBOLS

# a page's shared line spans, its lines' starts and ends, the gaps (x1, x0) between a row's pieces and
# its lines' boxes
Measures = tuple[list[Rule], Counter, Counter, list[tuple[float, float]], list[Rule]]
CLOSING = re.compile(r"\)[.,;:]?")  # a piece that only closes a bracket: ")", ")."
PUNCTUATION_ALONE = re.compile(r"^\s*[.,;:]\s*$")  # a row piece of one mark: "." after footnote marks
# a formula's or an item's tag of words in brackets set flush right on its row: "(left maximality)"
ROW_TAG = re.compile(r"\([^\W\d_]+(?: [^\W\d_]+)*\)")
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
LETTER_SPACED = re.compile(r"(?:[^\W\d_] )+[^\W\d_]")  # "С Т А Н Д А Р Т"
ONE_BOX = 0.1  # em: two pieces' tops and bottoms this close share one box, one line
# a piece of raised marks alone: note or affiliation numbers and symbols, commas between them ("4", "1,6,7")
MARK_PIECE = re.compile(rf"[\d{NOTE_SYMBOLS}]+(?:,[\d{NOTE_SYMBOLS}]+)*")
MARK_RUN = re.compile(rf"[\d{NOTE_SYMBOLS}]+")
# a piece opening on a mark that closes a word: the mark, then punctuation or the piece's end ("², Ethan")
HUGGING_MARK = re.compile(rf"{MARK_OPEN}[^{MARK_CLOSE}]*{MARK_CLOSE}(?:[,.;:)]|$)")
RAISED = 0.25  # em: a raised mark's foot stands at least this far over its line's
MARK_REACH = 1.5  # em: how far after its word a raised mark may stand (past an icon set between them)
JUSTIFIED_GAP = 0.1  # em: the word gaps of one justified line differ by less than this
JUSTIFIED_REACH = 4.0  # em: and are at most this wide
FRACTION_SLACK = 1.0  # em: a numerator's and its denominator's edges stand this close at most
DIGITS = re.compile(r"\d+")  # a numeric fraction's part
TYPEWRITER_SCALE = 0.15  # share of the text's size a typewriter piece of its line may differ by
SPACE_FACTORS = {",": 1.25, ";": 1.5, ":": 2.0, ".": 3.0, "?": 3.0, "!": 3.0}  # TeX's stretch after a mark
STRETCHED_GAP = 1.0  # em: a justified line's one stretched gap is narrower than this (``_stretched_halves``)
# em: a justified line's one word space stretched wide is narrower than this where its halves fill the
# measure at a gap of their own (``_lone_gap``: libtasn1.pdf's 2.6 em; 3.5 em is no word space)
LONE_GAP_REACH = 3.0
# a piece opening with a word, maybe after an opening quote or bracket: a justified line's words go
# on past a stretched space, where an index's leaders or page numbers open a piece of marks
WORD_OPENS = re.compile(r"[\"'“‘(\[]?[^\W\d_]")
ITEM_TERM_REACH = 4.0  # em: how far right of a list item's short term its description may stand, a tab apart
ITEM_TERM_WORDS = 4  # words at most of such a term after its mark: "• Math Symbols Primary", "– 8t (T1):"
# "3.10", "4.4.8", "2"; an appendix's, its letter first: "B.18", "А.2"
CLAUSE_NUMBER = re.compile(r"^(?:[A-ZА-ЯЁ]\.)?\d+(?:\.\d+)*\.?$")
HEADING_LETTER = re.compile(r"^[A-ZА-ЯЁ]\.?$")  # an appendix's letter alone: "A", "B."
NUMBER_REACH = 4.0  # em: a clause number stands at most this far left of its text (a tab)
PROSE_PITCH = 1.6  # of a line's size: a paragraph's line over the next stands this far above it at most


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
    column's footnote "For the …" beside it), no clause. A line the joins left between their rows
    but standing over them goes back over them (``_heads_replaced``)."""
    result = list(page)
    joined: list[Line] = []
    prose = _prose_size([page])
    for number in [ln for ln in page if _clause_number(ln, prose) and not ln.mono]:
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
            and _titled(number, ln)
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
        joined.append(merged)
    return _heads_replaced(result, joined)


def _heads_replaced(lines: list[Line], joined: list[Line]) -> list[Line]:
    """``lines`` with each line of words read between two ``joined`` ones (numbers joined to their
    text) but standing over the one before it in its column (``_over``) put back at the last place
    where no line of its column is read on the wrong side of it (``_misplaced``): a table's head over
    its text column, which pdfminer read with that column after the number column's labels.
    Glimmer3's release notes head a table "Column | Description", its rows "1 | ID number" to "7 |
    Probability of T": "Description" was read after "6 Probability of G"; it goes after "Column",
    over "1 ID number". A contents page's leader dots, pieces of the rows they stand in, stay for
    the row joins (``_joined_pieces``)."""
    ids = {id(line) for line in joined}
    for line in [ln for ln in lines if joined and id(ln) not in ids and WORD.search(ln.text)]:
        at = _index(lines, line)
        before = next((ln for ln in reversed(lines[:at]) if id(ln) in ids and _over(ln, line)), None)
        after = any(id(ln) in ids for ln in lines[at + 1 :])
        if before is None or not after or before.top < line.bottom:
            continue
        rest = _without(lines, [line])
        place = max(range(len(rest) + 1), key=lambda place: (-_misplaced(rest, place, line), place))
        lines = [*rest[:place], line, *rest[place:]]
    return lines


def _clause_number(line: Line, prose: float) -> bool:
    """The line is a clause's number alone ("3.10", "B.18"), or an appendix's letter set larger than
    the page's prose ("A" | "Session info" in LatexStyle2.pdf, as "C.1" stands by its title): the
    heading's number, not a brace or a stroke the OCR read as "I" or "f" in the text's size."""
    text = MARK.sub("", line.text)
    return bool(CLAUSE_NUMBER.match(text) or (HEADING_LETTER.match(text) and line.size > prose + SIZE_STEP))


def _titled(number: Line, text: Line) -> bool:
    """A letter alone numbers a ``text`` that opens with a word (``WORD``: "A" | "Session info"), not
    a formula's symbols beside a large "P" (diffkk.pdf's principal value, "P" | "E2 E02 dE0:"); a
    clause number needs no more than ``_clause_numbers_joined`` asks."""
    return not HEADING_LETTER.match(MARK.sub("", number.text)) or bool(WORD.match(MARK.sub("", text.text)))


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


def _opens_with_word(text: str) -> bool:
    """The text starts with a word: letters, one alone only when it is a word before another of its
    script ("В заголовке …"); not "f", "I" alone or a Latin "I" before Russian (a brace the OCR read
    as a letter)."""
    from sloika.pipelines.formats.pdf_joins import known_word

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


def _justified_rows(page: list[Line], gutter: float | None = None, heads: list[Rule] = ()) -> list[Line]:
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
    "programming. …", 2.9, 2.1 and 0.9 em); or the last two pieces of a row parted at one wide word
    space of a justified line (``_lone_gap``, ``LONE_GAP_REACH`` em at most), a key left of them or
    not: a version history's "Oct 1999" | "Add support" | "for NCBI … mapped" (fasta_guide.pdf), read
    in pieces, left the entry's first line out of the dated rows ``_aligned`` reads whole, and the
    page's order went with it. The row is the line's column's: no line across the page's
    ``gutter`` from it (gregmisc.pdf's "contrast.lm Compute" / "(and test)" / "arbitrary" beside
    "residuals."). A row in a booktabs table's header band (``heads``, ``pdf_tables.booktabs_heads``)
    is the table's heads: ordinal's clmm2_tutorial.pdf's "Temperature Contact Bottle" | "1" | … |
    "9", 1.2 em apart, was joined into one line, the band then held no row of cells and the table
    was taken without its head, which stood as a paragraph."""
    starts = Counter(round(line.x0) for line in page)
    ends = Counter(round(line.x1) for line in page)
    measures = _measures(page)
    taken: dict[int, Line] = {}
    moved: set[int] = set()  # rows joined at stretched gaps (after marks, or at a sentence's stop)
    for line in page:
        if id(line) in taken or any(_inside(line, head) for head in heads):
            continue
        row = sorted(
            (
                o
                for o in page
                if _same_row(o, line) and _one_size(o, line) and not _parted_by([o, line], gutter)
            ),
            key=lambda o: o.x0,
        )
        gaps = [(b.x0 - a.x1) / line.size for a, b in zip(row, row[1:], strict=False)]
        stretched = not _evenly_spaced(gaps) and _stretched_by_marks(gaps, row)
        whole = _evenly_spaced(gaps) or stretched
        if not whole and len(row) >= 2 and _stretched_halves(row[-2], row[-1], gaps[-1], STRETCHED_GAP):
            row, whole, stretched = row[-2:], True, True  # a line split at its stop, maybe beside its key
        if not whole and gutter is None and _one_space_stretched(row, page):
            whole, stretched = True, True  # two words, the line's one space taking the whole stretch
        if not whole and len(row) >= 2 and 0 < gaps[-1] < LONE_GAP_REACH and _lone_gap(*row[-2:], measures):
            row, whole, stretched = row[-2:], True, True  # one wide word space, maybe beside a key
        if not whole and len(row) >= 4 and ALPHA_LABEL.fullmatch(row[0].text.strip()):
            stretched = _evenly_spaced(gaps[1:]) or _stretched_by_marks(gaps[1:], row[1:])
            row, whole = (row[1:], True) if stretched else (row, whole)  # the label joins it later
        if whole and len(row) >= 3 and _label_cell(row, page):
            row = row[1:]  # the row's label stays a cell of its own beside the joined description
        if (
            whole
            and not all(o.mono for o in row)
            and (starts[round(row[0].x0)] > 1 or _item_label_start(row[0]))
            and _near(ends, row[-1].x1) > 1
            and (LEADERS.search(" ".join(o.text for o in row)) or not _cells_in_columns(row, page))
            and not _stacked(row, page)
        ):
            joined = replace(
                line,
                text=_row_text([o.text for o in row]),
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
    return _joined_in_order(result, {id(joined) for joined in taken.values()}, moved)


def _one_space_stretched(row: list[Line], page: list[Line]) -> bool:
    """The row is two words of one justified line of prose, its one word space stretched as wide as
    the measure leaves: each piece is a single word (no space in it), so the gap between them is the
    line's only space and takes the whole slack a long unbreakable word (a command, a URL) left, and
    the line right over them (``_line_over``) spans the row's measure, from the first word's left edge
    to the last word's right edge, and ends inside its sentence (a word or a comma): the paragraph goes
    on through the row. The Claws Mail manual's "… by using, for" over "example," |
    "http_proxy=http://user:passwd@myproxy.example.com:8080", 4.4 em apart, was read as two lines, the
    command first, and "example," stood as a paragraph of its own after it. A table's two cells, or two
    columns' lines, stand under a row of their own, not under one line ending mid-sentence. The caller
    asks only on a page with no column gutter."""
    if len(row) != 2 or any(" " in MARK.sub("", piece.text).strip() for piece in row):
        return False
    over = _line_over(row, page)
    end = MARK.sub("", over.text).rstrip()[-1:] if over is not None else ""
    return end.isalnum() or end == ","


def _line_over(row: list[Line], page: list[Line]) -> Line | None:
    """The page's line right over the row (its top less than ``PROSE_PITCH`` of the row's size above
    the row's) that starts where the row's first piece does and ends where its last one does
    (``TOUCH``), or None."""
    top, size = min(piece.top for piece in row), row[0].size
    return next(
        (
            line
            for line in page
            if 0 < top - line.top < PROSE_PITCH * size
            and abs(line.x0 - row[0].x0) <= TOUCH
            and abs(line.x1 - row[-1].x1) <= TOUCH
        ),
        None,
    )


def _stacked(row: list[Line], page: list[Line]) -> bool:
    """Each piece of the row stands right over or right under a piece of the page (less than an em
    apart) as wide as it, give or take ``FRACTION_SLACK`` em either side: a display's numerators over
    their denominators ("1" over "5", "1" over "4", "1" over "3" in SageTeX's "1/5 x⁵ − 1/4 x⁴ + 1/3 x³"),
    no words of a justified line, whose next line runs under all of them. Joined into "1 1 1" and
    "5 4 3", the fractions could not be rebuilt and the display went to ``removed``. A piece of prose
    words (``_prose_words``) is no numerator: two rows of a justified paragraph split at wide spaces
    near one place stand so too (fasta_guide.pdf's "Add support" | "for NCBI … mapped" over
    "databases." | "FASTA now reads both … formatted")."""
    if any(_prose_words(piece) for piece in row):
        return False
    return all(
        any(
            (0 <= other.top - piece.bottom < piece.size or 0 <= piece.top - other.bottom < piece.size)
            and abs(other.x0 - piece.x0) <= FRACTION_SLACK * piece.size
            and abs(other.x1 - piece.x1) <= FRACTION_SLACK * piece.size
            for other in page
        )
        for piece in row
    )


def _row_text(texts: list[str]) -> str:
    """A row's pieces as one text, a space between each two, none before a piece that opens on a
    word's raised mark (``HUGGING_MARK``): "Maximiliano Isi" + "², Ethan Payne" is "Isi², Ethan
    Payne", the name's affiliation, where an icon set between them parted the pieces. The pieces
    come left to right and are written in reading order (``pdf_bidi.pieces_in_reading_order``)."""
    return "".join(
        text if at == 0 or HUGGING_MARK.match(text) else f" {text}"
        for at, text in enumerate(pieces_in_reading_order(texts))
    )


def _one_size(piece: Line, other: Line) -> bool:
    """The two pieces are set in one size (``SIZE_STEP``), or one is monospaced and the other not and
    their sizes differ by ``TYPEWRITER_SCALE`` at most: a typewriter face is often loaded scaled to
    the text's (pinp's 8 pt "doi:" ending a 7 pt reference's line, RcppAnnoy's vignette)."""
    step = abs(piece.size - other.size)
    scaled = piece.mono != other.mono and step <= TYPEWRITER_SCALE * min(piece.size, other.size)
    return step < SIZE_STEP or scaled


def _item_label_start(piece: Line) -> bool:
    """The piece opens a list item with its label ("– experiments:"): where it starts no other line
    need start, the item's wrapped lines starting at its text (irace-package.pdf's one sub-item on
    its page, "– experiments:" | "Matrix" | "of" | … 1.4 em apart, stood as pieces)."""
    from sloika.pipelines.formats.pdf_breaks import _item_opens

    return _item_opens(MARK.sub("", piece.text).strip())


def _joined_in_order(page: list[Line], joined: set[int], stretched: set[int]) -> list[Line]:
    """Each row ``joined``, placed where its first piece was read, moved after the lines read later
    that stand over it in its column: pdfminer may read a justified line's first word before the
    lines above it ("set)." before "Calls gt_node_stream_next() …", a justified entry's "of Small"
    before its first line's "Ortega-Martinez M, …"), or a line's half after its stop before them
    (malaga's "If it is satisfied, …" before "The elseif part may be repeated …" and the line under
    it, its "First, condition1 is evaluated." after them), so the row came out of order. A row of
    evenly spaced words (not ``stretched``: ``_stretched_by_marks``, ``_stretched_halves``) moves
    after whole lines only, alone on their rows (``_whole_row``): a row over it still in pieces joins
    later where its own first piece was read, so a piece of it read after the row tells nothing (an
    indented abstract's first line, "This package draws" | "intervals on" | …, read around the rows
    under it). libtasn1.pdf's typewriter rows, 1.1 to 3.1 em between words ("value="TRUE"" | "len=1
    -> boolean=TRUE. …" | "len=1 ->"), read before the paragraph over them, stood before "BOOLEAN:".
    A stretched row moves after a piece over it only where that piece's row will stand after it
    (``_row_place``): jaxnrsur's reference "Jospin, …, & Bennamoun." | "(2020). Hands-" over "on
    bayesian … users." | "IEEE Computational", read "Jospin", "on bayesian", "Intelligence Magazine …",
    "(2020). Hands-", "IEEE", went after "Hands-" and so after its entry's last line."""
    result = list(page)
    for row in sorted((line for line in page if id(line) in joined), key=lambda line: line.top):
        at = _index(result, row)
        above = [
            later
            for later, line in enumerate(result)
            if later > at
            and _over(line, row)
            and line.top < row.top
            and (id(row) in stretched or _whole_row(line, result))
            and _row_place(line, result) > at
        ]
        if above:
            result.insert(max(above), result.pop(at))
    return result


def _row_place(line: Line, page: list[Line]) -> int:
    """Where the row ``line`` is a piece of stands once ``_pieces_joined`` joins it: at its longest
    piece (``_pieces``: within reach of ``line`` on its row), at ``line`` where it stands alone."""
    row = [other for other in page if other is line or _pieces(other, line)]
    return _index(page, max(row, key=lambda piece: piece.x1 - piece.x0))


def _whole_row(line: Line, page: list[Line]) -> bool:
    """No other line of the page stands on ``line``'s row: it is read whole, no piece of a row."""
    return not any(other is not line and _same_row(other, line) for other in page)


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


def _label_cell(row: list[Line], page: list[Line]) -> bool:
    """Whether the row's first piece is a borderless table's label beside a description set justified
    in the next column: one word with a letter in the description's face (no run-in term, no
    typewriter key), a ``CELL_GAP`` em or more left of the second piece,
    both starting where other lines of the page near the row start (``CELL_STARTS`` besides the row's
    own at the description's edge: its column's other cells and wrapped lines). snowfall.pdf's "restoreSR",
    joined with "Enables restoring of previously saved results from" (its gap as wide as theirs),
    made the row one line of prose that cut the option table in two."""
    label, description = row[0], row[1]
    starts = [(line.x0, line.top) for line in page]
    reach = CELL_REACH * label.size
    return (
        " " not in label.text.strip()
        and _face(label) == _face(description)
        and any(char.isalpha() for char in label.text)
        and description.x0 - label.x1 >= CELL_GAP * label.size
        and _column_starts(starts, label.x0, label.top, reach) > 1
        and _column_starts(starts, description.x0, description.top, reach) > CELL_STARTS
    )


def _face(line: Line) -> tuple[bool, bool, bool]:
    """The line's face as its flags tell it: monospaced, italic, opening in bold."""
    return line.mono, line.italic, line.opens_bold


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


def _joined_pieces(
    page: list[Line], span: tuple[float, float] | None = None, block: float | None = None
) -> list[Line]:
    """The page's pieces of one line joined (``_pieces_joined``), again while a pass joins some: a
    row's two pieces joined reach a third read before the second ("… quantiles pta,ij,α/2" + "of all",
    read, then the script-size "and pta,ij,1− α/2" that closes the gap between them). ``block``: the
    document's prose margin (``_margin_names``)."""
    joined = _pieces_joined(page, span, block)
    while len(joined) < len(page):
        page, joined = joined, _pieces_joined(joined, span, block)
    return joined


def _pieces_joined(
    page: list[Line], span: tuple[float, float] | None = None, block: float | None = None
) -> list[Line]:
    """Pieces of one line pdfminer split (same height, less than 1.5 em apart, or two letter pitches
    for two letter-spaced pieces: "М Е Ж Г О С У Д А Р С Т В Е Н Н Ы Й" and "С Т А Н Д А Р Т" are
    one title set wide), joined left to right where the longer of them was read, however many lines
    pdfminer read between them (a scan's "; Б.Н. Ельцин). Об очередном …" came three lines before
    its row's start, "Российская Федерация. Президент (1991 —"); a monospaced line (a listing's) joins
    only the line read just before it, and not a monospaced one (``code_block`` sets both where they
    stand: "16" and its indented "  gentoo is …"), but for a list item's typewriter term, which joins its
    description read after the item under it (``_item_term``: "–  fontinst.rc:" | "local configuration
    …"). Two lines either side of the page's gutter, apart
    by its width (``_apart_across``, ``span``: ``_gutter_span``), are the two columns' lines, however
    short of its edge the left one ends (Algo.book.pdf's one-line paragraph "A multivariate
    polynomial is taken to be a sum over terms.", 1.7 em from the right column's line beside it).
    Two pieces that both keep their glyphs (``Line.glyphs``) keep them joined, the left's then the
    right's, so a display's writer still reads their scripts (the kspace note's (12), "e^(i k·rij)",
    read flat where the row's second piece's glyphs were dropped)."""
    result: list[Line] = []
    margin = _margin_names(page, block)
    measures = _measures(page)
    for line in page:
        last = len(result) - 1
        reads = range(last, -1, -1) if not line.mono else range(last, max(last - 1, -1), -1)  # a listing
        at = next(
            (
                i
                for i in reads
                if (i == last or not result[i].mono or _item_term(result[i]) and not line.mono)
                and not (line.mono and result[i].mono)
                and not _across_margin(result[i], line, margin)
                and _pieces(result[i], line, measures)
                and not _across_gutter(result[i], line, page)
                and not _apart_across(result[i], line, span)
                and not _gap_held(result[i], line, page)
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
        raised = _raised_mark(left, right)
        longer = left if raised else max(piece, line, key=lambda one: len(one.text))
        result[at] = replace(
            piece,
            size=longer.size,  # a small-caps name's size is not the line's
            text=_pieces_text(left.text, _marked(right.text) if raised else right.text, right.framed),
            x0=min(piece.x0, line.x0),
            x1=max(piece.x1, line.x1),
            top=min(piece.top, line.top),
            bottom=max(piece.bottom, line.bottom),
            mono=_joined_mono(piece, line),
            formula=_joined_formula(piece, line),
            glyphs=left.glyphs + right.glyphs if left.glyphs and right.glyphs else piece.glyphs,
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


def _pieces_text(left: str, right: str, framed: bool = False) -> str:
    """Two pieces of one row as one text: a space between them, except before a piece of one
    punctuation mark (a "." set after raised footnote marks, which pdfminer reads as a row of their
    own and split the row at): "installing files" + "." is "installing files.", no space the reflow
    would read as a dot leader; but a mark ``framed`` in a key's box is a word of its own (sioyek's
    tutorial's "Press [:] to open …" read "Press: to open …"). After a piece that ends in
    punctuation itself the space stays: a contents line's dot leaders are pieces "." too ("package.
    . . . 3"); a closing bracket keeps it ("(1995 — )." closes a date left blank). A right-to-left
    row reads its right piece first (``pdf_bidi.pieces_in_reading_order``)."""
    first, second = pieces_in_reading_order([left, right])
    if first is not left:
        return f"{first} {second}"
    if PUNCTUATION_ALONE.match(right) and not left.endswith((".", ",", ";", ":")) and not framed:
        return left + right.strip()
    if HUGGING_MARK.match(right.lstrip()):
        return _row_text([left, right.lstrip()])
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
    """The left and right edges two lines of the page or more share (a paragraph's full lines), how
    many lines start and end at each point, the gaps between neighbouring pieces of each row, and
    each line's box (x0, top, x1, bottom)."""
    spans = Counter((round(ln.x0), round(ln.x1)) for ln in page)
    rows = [sorted(row, key=lambda ln: ln.x0) for row in _page_rows(page)]
    return (
        [(x0, 0.0, x1, 0.0) for (x0, x1), count in spans.items() if count >= 2],
        Counter(round(ln.x0) for ln in page),
        Counter(round(ln.x1) for ln in page),
        [(a.x1, b.x0) for row in rows for a, b in zip(row, row[1:], strict=False) if a.x1 < b.x0],
        [(ln.x0, ln.top, ln.x1, ln.bottom) for ln in page],
    )


def _fills_measure(left: Line, right: Line, measures: Measures) -> bool:
    """Two pieces that reach from one of the page's ``_measures`` left edge to its right edge, or
    from where another line starts to where another ends, the right one starting where no other line
    does: a description list's text starts where its next lines do (malaga.pdf's term "Nothing."
    beside "Rule execution is continued …"); a list item's line reaches from where its last line
    starts to where its first ends (irace-package.pdf's "iraceResults$experiments matrix." | "The
    column names indicate the candidate", 1.6 em apart, its item's only full lines)."""
    spans, starts, ends, _, _ = measures
    shared = starts[round(left.x0)] > 1 and ends[round(right.x1)] > 1
    return _starts_alone(right, starts) and (shared or _on_measure(left, right, spans))


def _starts_alone(line: Line, starts: Counter) -> bool:
    """No other line of the page starts where ``line`` does (``starts``: ``_measures``' counts)."""
    return _near(starts, line.x0) <= 1


def _near(edges: Counter, x: float) -> int:
    """How many lines start or end (``edges``: counts by rounded x) within ``TOUCH`` of ``x``: a
    justified line ending on a stop, a colon or a hyphen hangs it a point or two into the margin
    (microtype's protrusion), past where the column's other lines end."""
    return sum(count for at, count in edges.items() if abs(at - x) <= TOUCH)


def _on_measure(left: Line, right: Line, spans: list[Rule]) -> bool:
    """``left`` starts and ``right`` ends where two lines of the page or more both start and end."""
    return any(abs(left.x0 - m[0]) <= TOUCH and abs(right.x1 - m[2]) <= TOUCH for m in spans)


def _gap_held(piece: Line, line: Line, page: list[Line]) -> bool:
    """A numeric fraction's part stands in the gap between the two pieces, sharing height with them:
    digits alone stacked on a piece as wide (``_stacked``), a display's "1" over "4" set between two
    terms ("x⁵ −" | "1/4" | "x⁴ +"). Joined across it, the row swallowed the fraction's place and the
    display could not be rebuilt. A fraction of letters between a term and its bracket (GyotoManual's
    "(u⃗ ·" | "v⃗" over "|∥v⃗∥|" | ")") is left to the join: parted, the bracket stood as text."""
    left, right = (piece, line) if piece.x0 <= line.x0 else (line, piece)
    return any(
        left.x1 <= other.x0
        and other.x1 <= right.x0
        and other.top < max(left.bottom, right.bottom)
        and min(left.top, right.top) < other.bottom
        and DIGITS.fullmatch(other.text.strip())
        and _stacked([other], page)
        for other in page
    )


def _pieces(piece: Line, line: Line, measures: Measures = ([], Counter(), Counter(), [], [])) -> bool:
    """Two pieces of one line: one row, one size, the gap between them within reach (wider for the
    closing bracket of a bracket the line leaves open, and after an alpha-style reference label, and
    at a sentence's end stretched, the wider where the pieces fill a measure of the page's lines:
    ``_stretched_halves``; ``LONE_GAP_REACH`` where they fill it at a gap of their own: ``_lone_gap``);
    or a word and its raised mark read apart (``_raised_mark``). Two formula pieces whose baselines
    step ``ROW_STEP`` em or more are two rows (``_rows_stepped``), as ``pdf_math_pieces._row_runs``
    parts them."""
    if _rows_stepped(piece, line) or tall_brace(piece) or tall_brace(line):
        return False  # a brace spanning rows stands beside them (``pdf_brace_pieces.tall_brace``)
    reach = 1.5 * line.size
    left, right = (piece, line) if piece.x0 <= line.x0 else (line, piece)
    if CLOSING.fullmatch(right.text) and left.text.count("(") > left.text.count(")"):
        reach = CLOSING_REACH * line.size  # "… Народный Хурал (1995 —" + ")." past a date left blank
    if _same_authors(left.text, right.text) or ALPHA_LABEL.fullmatch(left.text.strip()):
        reach = SAME_AUTHORS_REACH * line.size
    gap = max(line.x0 - piece.x1, piece.x0 - line.x1)
    if _stretched_halves(left, right, gap / line.size, SENTENCE_REACH, _fills_measure(left, right, measures)):
        reach = max(reach, SENTENCE_REACH * line.size)
    if _lone_gap(left, right, measures):
        reach = max(reach, LONE_GAP_REACH * line.size)
    if _item_term(left):
        reach = max(reach, ITEM_TERM_REACH * line.size)
    if _flush_right_tag(right, measures) or _url_stretched(left, right, measures):
        reach = max(reach, gap + line.size)
    if LETTER_SPACED.fullmatch(piece.text) and LETTER_SPACED.fullmatch(line.text):
        reach = max(reach, 2 * (piece.x1 - piece.x0) / len(piece.text.replace(" ", "")))
    sized = abs(piece.size - line.size) < 0.5 or _one_box(piece, line) or _scripted_term(left, right, gap)
    return (
        TABLE not in line.text + piece.text
        and _same_row(piece, line)
        and ((sized and -0.5 * line.size < gap < reach) or _raised_mark(left, right))
    )


def _rows_stepped(piece: Line, line: Line) -> bool:
    """Both lines a formula's (``Line.formula``), at one size, their boxes' bottoms ``ROW_STEP`` em
    apart or more: a fraction's numerator set up beside its row's "P(Θ|D, M) =" (dynesty.pdf's eq.
    (1), whose boxes share just over half their height), which joined made one piece over the
    fraction's bar and under it that no display writer could place."""
    return (
        piece.formula
        and line.formula
        and abs(piece.size - line.size) < 0.5
        and abs(piece.bottom - line.bottom) >= ROW_STEP * line.size
    )


def _item_term(line: Line) -> bool:
    """``line`` is a list item's short term, its mark and ``ITEM_TERM_WORDS`` words at most: its
    description stands a tab right of it, wider than a word gap ("• Math Letters" | "(OML, cmmi,
    \\fam1)", "– 8t (T1):" | "8-bit text fonts, …"); read apart, each stood a paragraph of its own,
    the description after the next item (et99-font-tutorial.pdf's slides)."""
    return bool(MARKED_ITEM.match(line.text)) and len(line.text.split()) <= ITEM_TERM_WORDS + 1


def _raised_mark(left: Line, right: Line) -> bool:
    """``right`` is a word's raised mark read as a piece of its own: note or affiliation numbers and
    symbols alone (``MARK_PIECE``), smaller than ``left``'s type (``MARK_SIZE``), their foot
    ``RAISED`` em or more over ``left``'s and their top within half an em of its, less than
    ``MARK_REACH`` em after ``left``'s last letter. The Open Journals' template sets an ORCID icon
    between an author's name and the affiliations, so pdfminer read "Varma" and its raised "4" apart
    and the "4" went as ``numbers_only``."""
    em = left.size
    return (
        MARK_PIECE.fullmatch(right.text.strip()) is not None
        and right.size < MARK_SIZE * em
        and left.text.rstrip()[-1:].isalpha()
        and right.bottom <= left.bottom - RAISED * em
        and right.top >= left.top - 0.5 * em
        and 0 <= right.x0 - left.x1 < MARK_REACH * em
    )


def _marked(text: str) -> str:
    """A piece of raised marks (``_raised_mark``) written as the line's own are (``MARK_OPEN`` …
    ``MARK_CLOSE``), the commas between them plain: "1,6,7" as three marks."""
    return MARK_RUN.sub(lambda run: f"{MARK_OPEN}{run.group(0)}{MARK_CLOSE}", text.strip())


def _lone_gap(left: Line, right: Line, measures: Measures) -> bool:
    """``left`` and ``right`` run from a measure's left edge to its right edge, where two lines of the
    page or more start and end (``_on_measure``: a paragraph's full lines), ``right`` starting where
    no other line does, nothing stands between them and no other row of the page has a gap between
    its pieces across theirs: one justified line whose one word space TeX stretched wide, no column
    gutter or table gap, which lines up down the rows (nor a table's row beside one read whole:
    "matrix and vector assign" | "C(I, J) = A(I, J)", ending where the row over it ends), and no
    display's gap a fraction fills (deSolve.pdf's "0 =" | "dy1/dt" | "+ y1 − y2"). libtasn1.pdf's
    Texinfo line "result=asn1_write_value(cert," | ""certificate1.tbsCertificate.subject.rdnSequence",",
    2.6 em apart, had its string read after the next function's description. Another row's gap may
    share its place where more of the measure's lines run across it than rows have a gap there
    (``_lines_across``): two lines of one paragraph stretched near one place, ``right`` opening with a
    word (``WORD_OPENS``): an index's entry read apart before its leaders or its page numbers
    ("\\progress" | "........ 352", "\\providecolor" | "43, 44, 45") has its column's full entries
    across its gap too, and sagetex.pdf's three-column index, its entries so joined, was read with
    rows across its columns ("\\parsedotsage ..... 958 \\setcounter .. 58, 59, 60"). ``right`` starts where no
    other line near it does (``CELL_REACH`` em above or below: a table's column, row under row), a
    heading centred over the table that starts by chance where it does is none."""
    spans, _, _, gaps, boxes = measures
    starts = [(x0, top) for x0, top, _, _ in boxes]
    alone = _column_starts(starts, right.x0, right.top, CELL_REACH * right.size) <= 1
    if not (alone and _on_measure(left, right, spans)):
        return False
    top, bottom = max(left.top, right.top), min(left.bottom, right.bottom)
    filled = any(x0 < right.x0 and x1 > left.x1 and t < bottom and b > top for x0, t, x1, b in boxes)
    shared = sum(x1 < right.x0 and left.x1 < x0 for x1, x0 in gaps)
    across = WORD_OPENS.match(right.text) is not None and shared < _lines_across(left, right, boxes)
    return not filled and (shared <= 1 or across)  # its own gap


def _lines_across(left: Line, right: Line, boxes: list[Rule]) -> int:
    """How many of the page's lines (``boxes``) within the measure from ``left``'s start to
    ``right``'s end run across the gap between the two: a justified paragraph's lines run across the
    wide spaces its other lines stretched (each at its own place: fasta_guide.pdf's version history,
    "Add support" | "for NCBI …" over "databases." | "FASTA now reads …", the two gaps overlapping),
    while a column gutter or a table's gap runs down its rows at one place, no line across it."""
    return sum(
        left.x0 - TOUCH <= x0 < left.x1 and right.x0 < x1 <= right.x1 + TOUCH for x0, _, x1, _ in boxes
    )


def _url_stretched(left: Line, right: Line, measures: Measures) -> bool:
    """``right`` opens with a URL and the two pieces fill a measure of the page's lines
    (``_fills_measure``): TeX breaks no line inside a URL, so the justified line before it stretches
    its one space as wide as the measure leaves (hotos17.pdf's reference [24] "encryption." |
    "http://developer.amd.com/wordpress/", 3 em apart, read its URL as a paragraph of its own)."""
    return bool(URL_OPENS.match(right.text.lstrip())) and _fills_measure(left, right, measures)


def _flush_right_tag(right: Line, measures: Measures) -> bool:
    """``right`` is a tag of words in brackets (``ROW_TAG``) set flush right, where the page's other
    lines end: the name of the formula or the item on its row, however far from it (maxmat3man.pdf's
    "• i = 1 or j = 1 or x[i − 1] ≠ y[j − 1]" … "(left maximality)"), no paragraph of its own."""
    return ROW_TAG.fullmatch(right.text.strip()) is not None and measures[2][round(right.x1)] > 1


def _scripted_term(left: Line, right: Line, gap: float) -> bool:
    """``left`` is a math term whose scripts outnumber its letters (so it reads set in their smaller
    size) right against ``right`` (``ONE_BOX`` em at most): its box, raised by a superscript and
    lowered by a subscript, spans ``right``'s, as a footnote mark's or a lone script's does not
    (ordinal's clm_article.pdf's "w⊤ i" opening "β̃j are regression effects …" was cut as debris)."""
    em = max(left.size, right.size)
    return (
        left.size < right.size
        and gap < ONE_BOX * em
        and left.top <= right.top + ONE_BOX * em
        and left.bottom >= right.bottom - ONE_BOX * em
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
