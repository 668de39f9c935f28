"""Display formulas the reader can write as one faithful line of Unicode math, kept in the text.

The debris steps (``pdf_layout``, ``pdf_debris``) take a display formula's pieces out of the text, one
record each: its main row, a fraction's numerator and denominator, an integral's limits, its equation
number. Where those pieces make one display that reads as one line, with nothing left over, the
sentence around it keeps it at its place ("… defined by the integral" / "Ai(x) = 1/π ∫₀^∞ cos (t³/3 +
xt) dt (1)" / "and obeys …"), a paragraph of its own (``DISPLAY``) that the parser marks ``math``;
its pieces' records are dropped, as the formula is in the text. Faithful means every piece placed:
pieces on the display's main row in their order across, a script-size piece over or under a row
piece its superscript or subscript (an integral's or a sum's limits), two full-size pieces stacked
over a rule, centred on each other, a fraction "num/den" (brackets around a part of more than one
term; a part of several pieces, a fraction inside it too, written as a display of its own). A
display of rows one under another, each a line so written and each holding a relation sign (an
eqnarray's or an align's rows, "Aṽj = APmv^B j" over "= QmBmv^B j"), stays one row a line;
a row opening with "+" or "−" right of the relations' column goes on the sum over it ("… = ∑_(s∈S) …"
over "+ ∑_(s∈S) …"), and rows each ending in its own equation number are equations apart, "(1.5)" over
"(1.6)"; rows each an equation of its own, centred with their signs in no one column (a `gather`'s),
are equations apart too. A sum's limits are its row's, however near the next row, and a limit
pdfminer parted at its own scripts ("j∈J" beside "−" over "i") is one limit, "∑_(j∈J_i⁻)".
A definition by cases (a name, a big "{", branch rows right of it) is one line, its branches
between braces, "; " between them: "h(s) = {g₁∗(s) if s ∈ S₁; g(s) if s = k₀}".
Anything else (a matrix, a fraction in a fraction read into pieces with no glyphs to part them, a
row pdfminer read with a denominator in it, a piece set beside prose on its row) leaves as before,
every piece to ``removed``; but where the layout joined pieces of two rows into one line (a
numerator beside the row's relation, two denominators side by side), the lines pdfminer read in the
display's box are tried in their stead (``_read_pieces``).
A grammar displayed in math whose rows stayed text lines (mathptmx's italic productions, "TAG =
atom()", rows going on under a bar) is one such display too, its rows one a line (``_grammars_written``).
"""

from __future__ import annotations

import itertools
import re
import statistics
from collections import Counter
from dataclasses import replace
from itertools import takewhile

from sloika.pipelines.formats.base import PAGE_FURNITURE
from sloika.pipelines.formats.pdf_block_rows import EQUATION_NUMBER
from sloika.pipelines.formats.pdf_brace_pieces import braces_joined, tall_brace
from sloika.pipelines.formats.pdf_debris import column_line, marks_raised
from sloika.pipelines.formats.pdf_glyphs import PRIVATE_USE
from sloika.pipelines.formats.pdf_layout import Layout
from sloika.pipelines.formats.pdf_line_record import (
    MARK,
    Glyph,
    Line,
    Rule,
    _rows_shared,
    body_size,
    boxed,
    on_row,
)
from sloika.pipelines.formats.pdf_math_pieces import (
    ATOM,
    BIG_OPERATORS,
    LIMIT_OPERATOR,
    MARK_RISE,
    RADICAL,
    SLANT,
)
from sloika.pipelines.formats.pdf_matrices import matrices_joined
from sloika.pipelines.formats.pdf_page_rows import DEBRIS, DISPLAY, _placed
from sloika.pipelines.formats.pdf_spacing import BRACKETS
from sloika.text.script_forms import SUBSCRIPT, SUPERSCRIPT

# a display's pieces' records; a fraction's parts of one or two letters stacked ("dz" over "dt") are
# cut as a `letter_column`, a word written down the margin
PIECE_WHYS = frozenset({"math", "numbers_only", "no_words", "lone_letter", "letter_column"})
NUMBER_GAP = 2.0  # em: an equation's number stands this far right of its display's line at least
SCRIPT_SIZE = 0.85  # a piece set this much smaller than the display's largest (the body's) is a script
AXIS = 0.3  # em: a piece whose middle is this close to the main row's stands on it
PIECE_GAP = 1.5  # em: pieces of one display stand this close over and under each other at most
OUTPUT_GAP = 3.0  # em: an input's typeset output stands this close under it at most
TALL = 2.0  # a piece taller than this many of its sizes holds rows pdfminer joined: no place for each
SCRIPT_REACH = 1.0  # em: a script column starts this close after the column it is the script of at most
STACK_SLACK = 0.5  # pt: a stack's two scripts start this close to each other at least
CENTRED = 0.3  # em: a fraction's numerator and denominator are centred on each other this closely
GLYPH_EDGE = 0.5  # em: a line's end glyph stands this close to its box's edge, or more was joined past it
RELATION = re.compile(r"[=<>≤≥≡≈∼≃⇒→]")  # a row of a chain opens with one ("= …", "≤ …")
# a row of an array of statements holds one (``_columned_written``: a program's constraints, "∈", "⪰")
STATEMENT = re.compile(r"[=<>≤≥≡≈∼≃⇒→∈∉⊂⊆⊃⊇≠≪≫⪯⪰≺≻]")
CONTINUING = frozenset("+−")  # a row of a chain that goes on the sum over it opens with one
OPEN_ENDS = frozenset("+−×=√") | BIG_OPERATORS  # a display written to end on one lacks its rest
# a stack pdfminer read flat inside a piece: a superscript then its subscript as a word ("x² 1"
# for x₁²), a sum's limits after it ("∑n i=1"); nothing tells which script went where. A letter with
# a script written after it ("k⁻² e^(…)") is a base, no flat subscript
FLAT_STACK = re.compile(r"[⁰¹²³⁴⁵⁶⁷⁸⁹ⁿⁱ]\s\w\b(?![\w(^_])|[∑∏∫∮]\w*\s\w+=\w")
# a raised run the line's text wrote after a caret or in raised forms (``script_forms.raised``:
# "2^K", "2^(−K)", "2ⁿ"), read back as its glyphs to be raised again by their place
EXPONENT = re.compile(r"\^\(([^()]+)\)|\^(\S)")
PLAIN = str.maketrans({form: char for char, form in SUPERSCRIPT.items()})  # "2ⁿ" as its glyphs, "2n"
LOWERED_PLAIN = str.maketrans({form: char for char, form in SUBSCRIPT.items()})
LOWERED_FORMS = "".join(SUBSCRIPT.values())
RAISED_FORMS = "".join(SUPERSCRIPT.values())
# brackets that hold what stands beside them, a ceiling's and a floor's too ("⌈(q̃−q)/(e−ẽ) − 1⌉")
OPENING, CLOSING = BRACKETS[0] + "⌈⌊", BRACKETS[1] + "⌉⌋"
# what TeX centres on the row however pdfminer boxes it: a big operator, a big bracket (by its font's
# ascent and descent, or hung from its top: cmex's), a big floor's or ceiling's too (cmex's, hung so)
CENTRED_SIGNS = BIG_OPERATORS | frozenset(OPENING + CLOSING)
# glyphs set at the row's size whatever the scripts beside them (``_sized``)
ROW_SIGNS = BIG_OPERATORS | frozenset("=<>≤≥≡≈∼≃")
INSIDE_BRACKETS = r"(?:[^()]|\([^()]*\))+"  # what a script's brackets hold, one level nested
BRACKETED = rf"\({INSIDE_BRACKETS}\)"
# a script the line's text wrote after its sign ("_(n→∞)", "^((r))": one bracket inside;
# ``pdf_spacing._stack``, ``_limit``), read back as its glyphs as ``EXPONENT`` is
WRITTEN_SCRIPT = re.compile(rf"[\^_]\(({INSIDE_BRACKETS})\)|[\^_]([^\s(])")
# a stack the line's text wrote subscript first, its glyphs set superscript first: "p_(vi)^s" is "psvi"
WRITTEN_STACK = re.compile(
    rf"(_{BRACKETED}|_[^\s(]|[{LOWERED_FORMS}]+)(\^{BRACKETED}|\^[^\s(]|[{RAISED_FORMS}]+)"
)
FORMS = frozenset([*SUPERSCRIPT.values(), *SUBSCRIPT.values()])  # scripts' Unicode forms: no sign to end
PRIMES = frozenset("′″‴")  # raised by their glyphs: "1cc′1" has no script
CASES_BRACE = re.compile(r"\{(?!.*\})")  # a brace its piece does not close: a `cases` display's
# a branch's closing stop: the last's written after the brace, the others' read as the "; " between
INTEGRALS = frozenset("∫∮")  # TeX sets their limits after them, at their right (``_limits_placed``)
STOPS = (".", ",", ";")
CLOSING_STOP = re.compile(r"(.*?)\s*([.,;]?)")
# a grammar's production set in math (mathptmx's italic "TAG = atom()"): a head, "=" and a right side
# with no word space in it, as math mode sets none
MATH_PRODUCTION = re.compile(r"^[^\W\d][\w-]*\s?=\s?\S+$")
# an operator's name alone with its subscript, a line of its own beside a display's pieces ("min_q")
OPERATOR_LINE = re.compile(rf"(?:{LIMIT_OPERATOR.pattern})(?:_(?:\({INSIDE_BRACKETS}\)|\S+))?")
BAR = "|"  # a grammar's alternatives' bar: a production's row ending on one goes on in the row under it


def displays_written(layout: Layout, rules: list[list[Rule]], read: list[list[Line]]) -> Layout:
    """The layout with each display whose pieces all went to debris and that reads as one line
    (``_written``), as equations one a line (``_equations_written``), as rows of an aligned chain
    one a line (``_rows_written``), or as a definition
    by cases (``_cases_written``), set back in the
    text as one ``DISPLAY`` line where it stood. An aligned block's joined record (``Layout.joined``)
    is read by its pieces, where each stood. Where its pieces as laid out find no writer, the lines
    pdfminer read in the display's box (``read``, each page's lines before the layout joined pieces of
    a row) may find one (``_read_pieces``)."""
    pages = []
    body = body_size(layout.pages)
    for number, page in enumerate(layout.pages):
        ruled = rules[number]
        page = _limits_taken(_inner_signs_taken(page, layout), layout)
        for pieces in (
            part for group in _displays(page, layout) for part in _parts(group, layout, ruled, body)
        ):
            lines = _piece_lines(pieces, layout)
            formula = _formula(lines, ruled, body)
            apart = (
                None
                if formula or any(at in layout.joined for at in pieces)
                else _read_pieces(lines, read[number])
            )
            if apart is not None:
                formula = _formula([_sized(line) for line in apart], ruled, body)
                lines = apart if formula is not None else lines
            taken = [layout.taken[at] for at in pieces]
            rest = [] if formula else _rest_in_text(taken, page)
            if rest:
                formula = _formula([*lines, *map(_sized, rest)], ruled, body) if _rows_of(rest) else None
                if formula is None:
                    page = _pieces_back(page, pieces, layout)
                    continue
                lines = [*lines, *rest]
                page = [ln for ln in page if not any(ln is row for row in rest)]
            if formula is None:
                page = _chain_whole(page, [_sized(line) for line in taken], layout)
                continue
            place = _record_place(page, pieces, layout)
            page = [ln for ln in page if _record(ln) not in pieces]
            page = _display_placed(page, _around(lines), DISPLAY + formula, place)
        pages.append(_grammars_written(_numbers_on_lines(page, layout)))
    return replace(layout, pages=pages)


def _numbers_on_lines(page: list[Line], layout: Layout) -> list[Line]:
    """The page with each equation number cut alone ("(6)", ``numbers_only``) written at the end of
    the display that stayed a line of text on its row (``_numbered_line``), that line a ``DISPLAY``
    as a written one is: the seriation vignette's eq. (6), "f(z, y) = |y − z|sign(y − z) = y − z",
    its operator's name too long for a formula's (``pdf_fonts.OPERATOR_NAME``), lost its "(6)"."""
    for placeholder in [ln for ln in page if _record(ln) is not None]:
        at = _record(placeholder)
        number = layout.taken.get(at)
        if (
            number is None
            or layout.debris[at][1] != "numbers_only"
            or not EQUATION_NUMBER.match(_text(number))
        ):
            continue
        host = _numbered_line(number, page, layout)
        if host is not None:
            text = f"{DISPLAY}{' '.join(marks_raised(host.text).split())} {_text(number)}"
            page = [replace(ln, text=text) if ln is host else ln for ln in page if ln is not placeholder]
    return page


def _numbered_line(number: Line, page: list[Line], layout: Layout) -> Line | None:
    """The line of text ``number`` stands beside: its middle within ``AXIS`` em of the line's (a
    number centred between two rows is the display's whole: SDPB-Manual.pdf's program (2.2), its
    first row kept in the sentence over it, is no one row's), the line holding a relation sign, set
    in an em or more from the page's text margin (a display, centred), ending ``NUMBER_GAP`` em or
    more left of the number with nothing of the page between them (a cut display's pieces there
    are that display's, its number theirs); else the display TeX dropped it under
    (``_dropped_under``); None where there is none."""
    text = [ln for ln in page if not ln.text.startswith((DEBRIS, DISPLAY)) and not ln.mono]
    if not text:
        return None
    margin, right = min(ln.x0 for ln in text), max(ln.x1 for ln in text)
    hosts = [
        ln
        for ln in text
        if abs(_middle(number) - _middle(ln)) <= AXIS * ln.size
        and RELATION.search(ln.text)
        and ln.x0 >= margin + ln.size
        and number.x0 - ln.x1 >= NUMBER_GAP * ln.size
    ] or [ln for ln in text if _dropped_under(number, ln, margin, right)]
    if len(hosts) != 1:
        return None
    host = hosts[0]
    placed = [layout.taken.get(_record(ln), ln) if _record(ln) is not None else ln for ln in page]
    between = any(
        ln is not number and _rows_shared(ln, number) and host.x1 <= ln.x0 and ln.x1 <= number.x0
        for ln in placed
    )
    return None if between else host


def _dropped_under(number: Line, line: Line, margin: float, right: float) -> bool:
    """``number`` is the one TeX dropped under the display ``line``: a display too wide to leave
    room for its number on its row is centred between the margins and its number set flush right on
    a row of its own right under it (crc.pdf's eq. (1), "CRC_u(M(x), v(x)) = (…) mod P(x)," over
    "(1)"). So the line holds a relation sign, stands in from both margins by the same (``AXIS`` em
    or more; a justified line of prose fills the measure), the number starts less than
    ``NUMBER_GAP`` em after its end (no room beside it, ``_numbered_line``'s test turned round) and
    ends at the right margin (``right``), its top an em under the line's bottom at most."""
    left, after = line.x0 - margin, right - line.x1
    return (
        bool(RELATION.search(line.text))
        and min(left, after) >= AXIS * line.size
        and abs(left - after) <= AXIS * line.size
        and number.x0 - line.x1 < NUMBER_GAP * line.size
        and number.x1 >= right - AXIS * line.size
        and 0 <= number.top - line.bottom <= line.size
    )


def _read_pieces(lines: list[Line], read: list[Line]) -> list[Line] | None:
    """The lines pdfminer read inside the box of the display's pieces (``lines``), where they hold
    the same characters, none left out and none added: the layout joined a row's pieces that stand
    on two rows of a display (``pdf_pieces._pieces_joined``: a fraction's numerator set beside the
    row's relation, "∂χ₁₂" + "= −r⁻² · 4.0 · …", and two denominators side by side, "2 det(G₁₂)"),
    one piece no writer could place, and its glyphs no longer its text's. None where the layout
    kept the lines as read, or the box holds other lines. A brace of pieces is joined as the layout
    joins it (``braces_joined``): its private-use pieces are no characters of the display's "{"
    (minimap2.pdf's η(r), its third row's value and condition joined, "r · (e − ẽ) − (q̃ − q) − ẽ (r =
    ⌈ q̃−q", was cut whole)."""
    x0, top, x1, bottom = _around(lines).box
    inside = [
        line
        for line in read
        if x0 - 1 <= line.x0 and line.x1 <= x1 + 1 and top - 1 <= line.top and line.bottom <= bottom + 1
    ]
    inside = braces_joined(inside)  # a brace of pieces as the layout joined it (``pdf_brace_pieces``)
    if len(inside) <= len(lines) or _characters(inside) != _characters(lines):
        return None
    return inside


def _characters(lines: list[Line]) -> Counter[str]:
    """The lines' characters, spaces aside."""
    return Counter(char for line in lines for char in line.text if not char.isspace())


def _record_place(page: list[Line], pieces: list[int], layout: Layout) -> int:
    """Where the display's first piece of a formula (no equation number) stands in the page's
    reading order, counted in the lines that stay: the place the debris steps gave its column."""
    ats = [at for at, ln in enumerate(page) if _record(ln) in pieces]
    first = next((at for at in ats if layout.debris[_record(page[at])][1] != "numbers_only"), ats[0])
    return first - sum(at < first for at in ats)


def _display_placed(page: list[Line], display: Line, text: str, place: int) -> list[Line]:
    """The page with the written display put right after the row of the code line over it where it
    stands set in under one (``_output_of``: a session's typeset output, SageTeX's "(x + 1)²" centred
    under "sage: factor(…)"; the row's prompt and input alike before it, ``_row_over``), else after
    the last prose line over it (``_placed``): there an output stood before its inputs ("… as you
    see below:" / "(x + 1)²" / "sage: 1+1" / "sage: factor(…)"). Where that line stands in another
    column (``_other_column``), the display goes to ``place``, where its first piece stood in the
    reading order (dynesty.pdf's two columns: its eq. (2) went in the left column's paragraph beside
    it); where the line ``_placed`` would put it after stands so, it goes right after the last line
    over it in its own column (minimap2.pdf's estimate "ϵ̂ = 1/k log n/m" went after the right
    column's "… define", not after its own "The maximum likelihood estimate of ϵ is")."""
    over = max(
        (
            at
            for at, ln in enumerate(page)
            if ln.top < display.top and not ln.text.startswith((DEBRIS, DISPLAY))
        ),
        key=lambda at: (page[at].top, at),
        default=None,
    )
    columns = _column_lines([ln for ln in page if not ln.text.startswith((DEBRIS, DISPLAY))])
    if over is not None and _other_column(page[over], display, page, columns):
        return [*page[:place], replace(display, text=text), *page[place:]]
    above = [at for at, ln in enumerate(page) if ln.top <= display.top and not ln.mono]
    anchor = max(above, key=lambda at: (page[at].top, at), default=None)  # ``_placed``'s
    if anchor is not None and _other_column(page[anchor], display, page, columns):
        own = [at for at in above if not _other_column(page[at], display, page, columns)]
        after = max(own, key=lambda at: (page[at].top, at), default=None)
        at = place if after is None else after + 1
        return [*page[:at], replace(display, text=text), *page[at:]]
    row = [] if over is None else _row_over(page, page[over], display)
    if not any(_output_of(page[at], display, page) for at in row):
        return _placed(page, display, text)
    end = max(row)
    return [*page[: end + 1], replace(display, text=text), *page[end + 1 :]]


def _row_over(page: list[Line], over: Line, display: Line) -> list[int]:
    """Where the lines of ``over``'s row over ``display`` stand in the page's reading order (debris
    and written displays aside): a session's input is one row with its prompt, and the prompt's box
    may reach a point lower than the input's ("(c61)" 0.2 pt under "tex(makelist(…))$"), the lowest
    line over the display though no input."""
    return [
        at
        for at, ln in enumerate(page)
        if ln.top < display.top and on_row(over, ln) and not ln.text.startswith((DEBRIS, DISPLAY))
    ]


def _other_column(line: Line, display: Line, page: list[Line], columns: list[Line]) -> bool:
    """``line`` stands wholly left or right of ``display`` and is a justified column's line
    (``pdf_debris.column_line``): the other column's, no line over the display. A heading or a
    short line beside a centred display is its own column's (cnfsat.pdf's "1. Covering
    inequalities" over "∑_j t_j ≥ 1,"). A line a gutter parts from the display (``_gutter_between``)
    is the other column's however short (minimap2.pdf's "… In case of 2-piece gap cost, define",
    under which the left column's likelihood went); ``columns``: the page text's justified lines
    (``_column_lines``)."""
    return (line.x1 < display.x0 or line.x0 > display.x1) and (
        column_line(line, page) or _gutter_between(line, display, columns)
    )


def _output_of(code: Line, display: Line, page: list[Line]) -> bool:
    """``display`` stands set in under the monospaced line ``code``, an em or more right of its
    start and less than ``OUTPUT_GAP`` em under it with no line of the ``page`` between them, and no
    text goes on after ``code``'s start on its row: the input's output. A list's typewriter number
    beside its item's text is no input (feffit.pdf p. 25's "3" beside "Lorentzian Window: …" over
    the window's formula); a session's prompt left of its input leaves it one (pdiff-doc.pdf's "(c61)"
    before "tex(makelist(…))$"). Maxima's TeX output sets its display a skip and a line under the input,
    2.6 em from it ("f_((1,1,1))(x, y, z)" under "(c73) tex(diff(…)), tex_prime_limit : 1$")."""
    return (
        code.mono
        and not any(_rows_shared(code, other) and not other.mono and other.x0 > code.x0 for other in page)
        and code.x0 <= display.x0 - display.size
        and 0 <= display.top - code.bottom < OUTPUT_GAP * display.size
        and not any(code.bottom <= ln.top and ln.bottom <= display.top for ln in page)
    )


def _piece_lines(pieces: list[int], layout: Layout) -> list[Line]:
    """The display's pieces as lines at their letters' size (``_sized``), an aligned block's record
    by its pieces (``Layout.joined``)."""
    return [_sized(line) for at in pieces for line in layout.joined.get(at, [layout.taken[at]])]


def _formula(lines: list[Line], rules: list[Rule], body: float) -> str | None:
    """The display written by the first writer that places every piece, None where none does or
    all its pieces are a script's size (a kept formula's limits alone). Where none does, its
    matrices between tall brackets, made one piece each (``pdf_matrices.matrices_joined``), may
    let one: their rows one over another are no row, chain or fraction a writer places."""
    if max(ln.size for ln in lines) < SCRIPT_SIZE * body:
        return None
    formula = _written_by_any(lines, rules)
    if formula is None:
        joined = matrices_joined(lines, rules)
        formula = None if joined is lines else _written_by_any(joined, rules)
    return None if formula is None or _open_ended(formula) else formula


def _written_by_any(lines: list[Line], rules: list[Rule]) -> str | None:
    """The display written by the first writer that places every piece, None where none does."""
    return (
        _written(lines, rules)
        or _equations_written(lines, rules)
        or _rows_written(lines, rules)
        or _cases_written(lines, rules)
        or _gathered_written(lines, rules)
        or _columned_written(lines, rules)
    )


def stacked_written(pieces: list[Line], rules: list[Rule]) -> str | None:
    """A table cell's stacked pieces as one line, written as a display's are (``_written``), each
    piece first parted at the fraction bars across its box (``_bars_apart``): pdfminer reads a
    text-style fraction's numerator into the line before it and its denominator into the line after,
    with the rest of the formula (kedd.pdf's Table 1, "K(x; 2) =³" over "4 (1 − x2) 1(|x|≤1)", is
    "K(x; 2) = 3/4 (1 − x²) 1_((|x|≤1))"). None where a piece finds no place, or the line would
    end on a sign asking for its rest (``_open_ended``)."""
    lines = _radicals_on_radicands([_sized(line) for line in pieces])
    bars = _bars_inside(lines, rules)
    written = _written(_bars_apart(lines, bars), bars)
    return None if written is None or _open_ended(written) else written


def _radicals_on_radicands(pieces: list[Line]) -> list[Line]:
    """The pieces with a radical sign that ends one (its last glyph) set on the piece that starts
    where the sign ends, on the sign's height: its radicand. pdfminer read kedd.pdf's "1/√2π" in a
    cell as "K(x; ∞) = 1√" (the numerator and the sign, hung under it, one line) and "2π", and no
    column placed the sign. The radicand keeps its box's top: the sign's box reaches over it."""
    for line in pieces:
        text = _glyph_text(line) if line.glyphs else None
        if text is None or len(line.glyphs) < 2 or line.glyphs[-1][0] != RADICAL:
            continue
        _, size, bottom, x0, x1 = line.glyphs[-1]
        radicand = next(
            (
                other
                for other in pieces
                if other is not line
                and abs(other.x0 - x1) <= 1
                and other.top < bottom
                and bottom - size < other.bottom
            ),
            None,
        )
        if radicand is None:
            continue
        rest = _over_glyphs(line, text.rstrip()[:-1].rstrip(), line.glyphs[:-1])
        rooted = replace(radicand, text=RADICAL + _text(radicand), x0=x0, glyphs=())
        return [rest if ln is line else rooted if ln is radicand else ln for ln in pieces]
    return pieces


def _open_ended(formula: str) -> bool:
    """The written display ends on a sign that asks for what follows ("2 +√", a continued fraction's
    row whose radicand and rest no piece held; "x =", a `cases` name alone), its number and closing
    stop aside: pieces of it were not read, and the line would stand in the text half a formula."""
    words = formula.split()
    if words and EQUATION_NUMBER.match(words[-1]):
        words = words[:-1]
    return bool(words) and " ".join(words).rstrip(".,;")[-1:] in OPEN_ENDS


def _parts(group: list[int], layout: Layout, rules: list[Rule], body: float) -> list[list[int]]:
    """The group as one display, or, where it cannot be written whole, its numbered equations one
    by one: bands of pieces (``_bands``), each ending in its own equation number, are equations
    apart, and one that reads as a line keeps its place though its neighbour is scrambled (kedd.pdf
    p. 8's "hmlcv = argmax_(h>0) MLCV(h) (11)" was cut with (12) under it, whose big brackets read
    as private-use glyphs). An aligned block's record (``Layout.joined``) is no band's."""
    if _formula(_piece_lines(group, layout), rules, body) is not None or any(
        at in layout.joined for at in group
    ):
        return [group]
    lines = [_sized(layout.taken[at]) for at in group]
    record = {id(line): at for line, at in zip(lines, group, strict=True)}
    bands = _bands(lines)
    if len(bands) < 2 or not all(map(_numbered, bands)):
        return [group]
    return [[record[id(line)] for line in band] for band in bands]


def _grammars_written(page: list[Line]) -> list[Line]:
    """The page with each grammar displayed in math (``_grammar_row``: an eqnarray of productions,
    "EHTML = [EHTML]|{TAG,Attrs,Body}|…|" over the rows it goes on in, "TAG = atom()" under them)
    as one ``DISPLAY`` line of its rows, one a printed line, where it stood (``_grammar_display``).
    Read as text lines, a production's first row ended a paragraph and the rows it went on in ran
    together, its last one read as a production of its own (yaws.pdf p. 14)."""
    written: list[Line] = []
    run: list[Line] = []
    for line in page:
        if not _grammar_row(line, run):
            written += _grammar_display(run)
            run = []
        if _grammar_row(line, run):
            run.append(line)
        else:
            written.append(line)
    return written + _grammar_display(run)


def _grammar_row(line: Line, run: list[Line]) -> bool:
    """Whether ``line`` is the next row of the grammar display ``run`` (a run of none: its first): an
    italic line (math italic, or the text's italic mathptmx sets math in) less than ``PIECE_GAP`` em
    under the run's last row, a production (``MATH_PRODUCTION``) or, under a row ending on a
    ``BAR``, one token set in right of the productions' heads, the production going on."""
    if not line.italic or line.mono or line.text.startswith((DEBRIS, DISPLAY)):
        return False
    text = MARK.sub("", line.text).strip()
    if run and line.top - run[-1].bottom >= PIECE_GAP * line.size:
        return False
    if MATH_PRODUCTION.match(text):
        return True
    goes_on = bool(run) and run[-1].text.rstrip().endswith(BAR)
    return goes_on and " " not in text and line.x0 > min(row.x0 for row in run) + line.size


def _grammar_display(run: list[Line]) -> list[Line]:
    """``run`` as one ``DISPLAY`` line over its rows' box, its rows one a line, where it is a
    grammar: two productions or more, a ``BAR`` between alternatives among them; else its lines."""
    productions = sum(bool(MATH_PRODUCTION.match(MARK.sub("", row.text).strip())) for row in run)
    if productions < 2 or not any(BAR in row.text for row in run):
        return run
    return [boxed(run[0], run, text=DISPLAY + "\n".join(row.text.strip() for row in run), formula=True)]


def _chain_whole(page: list[Line], lines: list[Line], layout: Layout) -> list[Line]:
    """The page with the first row of a chain of aligned rows taken out too where the rows under it,
    opening with a relation sign ("= s∥M∥² − …"), left: a display is all its rows or none (clue.pdf
    p. 11 kept "Then ∑ wb∥M − MbΠb∥²" in its sentence, its three "= …" rows cut). The first row is
    the formula line kept as text right over the rows, indented from the page's margin."""
    top = min(ln.top for ln in lines)
    chained = [ln for ln in lines if RELATION.match(_text(ln))]
    text = [ln for ln in page if not ln.text.startswith((DEBRIS, DISPLAY))]
    over = [ln for ln in text if ln.bottom <= top + 1 and top - ln.bottom < PIECE_GAP * ln.size]
    first = max(over, key=lambda ln: ln.bottom, default=None)
    margin = min((ln.x0 for ln in text), default=0.0)
    if first is None or not first.formula or first.x0 < margin + first.size:
        return page
    if not any(ln.x0 >= first.x0 for ln in chained):
        return page
    layout.taken[len(layout.debris)] = first
    layout.debris.append((first.text, "math"))
    return [replace(ln, text=f"{DEBRIS}{len(layout.debris) - 1}") if ln is first else ln for ln in page]


def _rows_of(rest: list[Line]) -> bool:
    """The lines of text a display's pieces run into (``_rest_in_text``) are each a formula's row
    (``Line.formula``), no words: written with the pieces where a writer places them all
    (minimap2.pdf's "γ_a(l) = { q+l·e (l > 0)" kept as text over its second branch "min{q + |l| ·
    e, q̃} (l < 0)", which the language step then cut as a garbled text layer)."""
    return all(line.formula for line in rest)


def _rest_in_text(pieces: list[Line], page: list[Line]) -> list[Line]:
    """The lines of text that start on the pieces' rows, right of their left edge, and run under
    them: the display's other rows stayed text (a branch holding words, "rescan(z, av) otherwise
    where …"), so its pieces go back to the text, not to ``removed``, unless they are all a
    formula's rows (``_rows_of``) and it is written with them: a display is kept whole or cut
    whole, never half (maxmat3src.pdf p. 40's Definition 4 kept its second branch, its name
    "linkloc(u, av, w, uavw) =" and first branch "{ locT (v) if u = root" cut). A line a gutter
    parts from the pieces (``_gutter_between``) is the other column's."""
    top, bottom = min(ln.top for ln in pieces), max(ln.bottom for ln in pieces)
    left = min(ln.x0 for ln in pieces)
    text = [ln for ln in page if not ln.text.startswith((DEBRIS, DISPLAY))]
    columns = _column_lines(text)
    return [
        ln
        for ln in text
        if top < ln.top < bottom < ln.bottom
        and ln.x0 > left
        and not any(_gutter_between(ln, piece, columns) for piece in pieces)
    ]


def _pieces_back(page: list[Line], pieces: list[int], layout: Layout) -> list[Line]:
    """The page with the display's ``pieces`` back in the text as one line at the first one's place,
    from the left (a cases display's name before its brace and first branch, however higher these
    stand: "linkloc(u, av, w, uavw) = { locT (v) if u = root")."""
    lines = sorted((layout.taken[at] for at in pieces), key=lambda ln: ln.x0)
    line = boxed(lines[0], lines, text=" ".join(ln.text.strip() for ln in lines))
    first = next(at for at, ln in enumerate(page) if _record(ln) in pieces)
    rest = [ln for ln in page if _record(ln) not in pieces]
    return [*rest[:first], line, *rest[first:]]


def _record(line: Line) -> int | None:
    """The debris record a placeholder line stands for, None for a line of text."""
    return int(line.text[1:]) if line.text.startswith(DEBRIS) else None


def _displays(page: list[Line], layout: Layout) -> list[list[int]]:
    """The page's debris records in groups, one a display: pieces each less than ``PIECE_GAP`` em over or
    under the group, no line of text in between or beside them on their rows, at least one of them a
    formula's (``_formula_record``) and every one a display's piece by its record (``PIECE_WHYS``: a
    fraction's parts of one or two letters cut as a `letter_column`, GenABEL's "β²" / "s²" beside "χ²
    =", compiledCode.pdf's "dz" over "dt", go with their display, written with it or cut with it). A
    group with a piece in the page's top or bottom tenth is none: a running head or a page number there
    cannot be told from a display's piece; an aligned block's record of full-size rows
    (``_rows_alone``) is a display's whole, however near the page's edge it runs (maxmat3src.pdf p.
    39's Example 1 reached its last tenth), and a formula's record or an equation's number there is
    a display's piece (``_display_at_edge``)."""
    text = [ln for ln in page if not ln.text.startswith((DEBRIS, DISPLAY))]
    return [
        group
        for group in _piece_groups(page, layout, text)
        if any(_formula_record(at, layout) for at in group)
        and all(layout.debris[at][1] in PIECE_WHYS for at in group)
        and not any(layout.taken[at].at_edge and not _display_at_edge(at, layout) for at in group)
        and not _beside_text([layout.taken[at] for at in group], text)
    ]


def _piece_groups(page: list[Line], layout: Layout, text: list[Line]) -> list[list[int]]:
    """The page's debris records (folios aside) in groups from the top: pieces each less than
    ``PIECE_GAP`` em over or under the group, no line of ``text`` standing between them."""
    records = [at for at in map(_record, page) if at is not None and at in layout.taken]
    records = [at for at in records if not _folio(at, page, layout)]
    pieces = sorted(dict.fromkeys(records), key=lambda at: layout.taken[at].top)
    columns = _column_lines(text)
    groups: list[list[int]] = []
    bottoms: list[float] = []
    for at in pieces:
        line = layout.taken[at]
        last = next(
            (
                index
                for index in range(len(groups) - 1, -1, -1)
                if not any(_gutter_between(layout.taken[other], line, columns) for other in groups[index])
            ),
            None,
        )
        if last is not None and _goes_on(line, bottoms[last], text, columns):
            groups[last].append(at)
            bottoms[last] = max(bottoms[last], line.bottom)
        else:
            groups.append([at])
            bottoms.append(line.bottom)
    return groups


def _goes_on(line: Line, bottom: float, text: list[Line], columns: list[Line]) -> bool:
    """The piece ``line`` stands less than ``PIECE_GAP`` em under a group's ``bottom``, no line of
    ``text`` in its column standing between them (a line across the gutter is the other column's)."""
    between = any(
        bottom <= ln.top and ln.bottom <= line.top and not _gutter_between(ln, line, columns) for ln in text
    )
    return line.top - bottom < PIECE_GAP * line.size and not between


def _column_lines(text: list[Line]) -> list[Line]:
    """The lines of ``text`` that are a justified column's (``pdf_debris.column_line``): what
    ``_gutter_between`` measures a gutter by."""
    return [ln for ln in text if column_line(ln, text)]


def _gutter_between(a: Line, b: Line, columns: list[Line]) -> bool:
    """A gutter parts ``a`` and ``b``: a justified column's line (``columns``,
    ``pdf_debris.column_line``) reaching over the left one ends left of the right one, and one
    reaching over the right one starts right of the left one. A display's equation number right of
    its formula stands in the formula's column, whose lines reach over both; two columns' displays
    at one height are two
    (minimap2.pdf p. 2's likelihood in the left column, the difference definitions in the right,
    were one group, and neither was written)."""
    left, right = (a, b) if a.x0 <= b.x0 else (b, a)
    return any(_across(ln, left) and ln.x1 <= right.x0 for ln in columns) and any(
        _across(ln, right) and ln.x0 >= left.x1 for ln in columns
    )


def _inner_signs_taken(page: list[Line], layout: Layout) -> list[Line]:
    """The page with each line of text that stands inside a display, between its pieces
    (``_between_pieces``), taken out as a piece of it (a `math` record): where every line of text
    beside a group of pieces stands so, the display is all of them, written whole or cut whole.
    FormalVerifier.pdf's "− arctan", set in the text font between "π/2" and the big bracket of
    "dih_x (x₁, …, x₆) = π/2 − arctan(−∆₄(…)/√(4x₁∆(…)))", stayed in the text alone, its display's
    other pieces cut: half a formula. So does a formula line (``Line.formula``) set among the
    display's rows, pieces over and under it (``_row_among``): minimap2.pdf's Eq. (5) kept its sixth
    row, "x̃ᵢⱼ = max{0, …} − q̃ − ẽ", in the text, its other six cut. Lines across a gutter from the
    pieces (``_gutter_between``) are the other column's, not beside them."""
    text = [ln for ln in page if not ln.text.startswith((DEBRIS, DISPLAY))]
    inner: set[int] = set()
    for group in _piece_groups(page, layout, text):
        pieces = [layout.taken[at] for at in group]
        beside = _beside_lines(pieces, text)
        if beside and all(
            _between_pieces(ln, pieces) or _row_among(ln, pieces) or _operator_before(ln, pieces)
            for ln in beside
        ):
            inner |= {id(ln) for ln in beside}
    return [record_taken(ln, layout, "math") if id(ln) in inner else ln for ln in page]


def _limits_taken(page: list[Line], layout: Layout) -> list[Line]:
    """The page with each line of text that is a big operator's limit taken out as a piece of its
    display (a `math` record, ``_limit_of``): pdfminer read a limit holding a word ("i=type A" under
    the "∑" of "S_A(k) = ∑ q_i e^(i k·r_i). (10)") as a text line, which stayed a paragraph of its own
    under the display written without it."""
    pieces = [layout.taken[at] for at in map(_record, page) if at is not None and at in layout.taken]
    text = [ln for ln in page if not ln.text.startswith((DEBRIS, DISPLAY))]
    limits = {id(ln) for ln in text if any(_limit_of(ln, piece, text) for piece in pieces)}
    return [record_taken(ln, layout, "math") if id(ln) in limits else ln for ln in page]


def _limit_of(line: Line, piece: Line, text: list[Line]) -> bool:
    """``line``, set at a script's size against ``piece``, stands less than ``PIECE_GAP`` em under
    or over it, centred within a big operator of it (``_operator_under``), and no other line of
    ``text`` shares its rows: that operator's limit."""
    near = (
        0 <= line.top - piece.bottom < PIECE_GAP * line.size
        or 0 <= piece.top - line.bottom < PIECE_GAP * line.size
    )
    return (
        near
        and line.size < SCRIPT_SIZE * _sized(piece).size
        and _operator_under(piece, line)
        and not any(other is not line and _rows_shared(other, line) for other in text)
    )


def _between_pieces(line: Line, pieces: list[Line]) -> bool:
    """``line`` opens with a formula's sign (a relation, "+" or "−": ``RELATION``, ``CONTINUING``)
    and stands on the row of a piece ending left of it and of one starting right of it: an operator
    and its name ("− arctan") set between a display's parts, no prose beside an in-line formula."""
    sign = line.text.lstrip()[:1]
    row = [ln for ln in pieces if _rows_shared(ln, line)]
    return (
        (sign in CONTINUING or bool(RELATION.match(sign)))
        and any(ln.x1 <= line.x0 for ln in row)
        and any(ln.x0 >= line.x1 for ln in row)
    )


def _operator_before(line: Line, pieces: list[Line]) -> bool:
    """``line`` is an operator's name alone, with its subscript ("min_q", "argmax_θ":
    ``OPERATOR_LINE``), ending less than an em left of a piece on its row: the display's operator,
    set in the text font, no prose beside an in-line formula. The seriation vignette's "min_q"
    before the fraction "(qᵀ L_S q)/(qᵀ q)" stayed a paragraph of its own, the fraction cut."""
    return OPERATOR_LINE.fullmatch(_text(line)) is not None and any(
        _rows_shared(ln, line) and 0 <= ln.x0 - line.x1 < line.size for ln in pieces
    )


def _row_among(line: Line, pieces: list[Line]) -> bool:
    """``line`` reads as a rendered formula and stands within the pieces' width, a piece sharing its
    width reaching over it and one reaching under it: a row of their display that stayed a line of
    text (a tall brace's piece beside the last rows reaches over and under them all)."""
    left, right = min(ln.x0 for ln in pieces), max(ln.x1 for ln in pieces)
    return (
        line.formula
        and left - 1 <= line.x0
        and line.x1 <= right + 1
        and any(_across(ln, line) and ln.top < line.top for ln in pieces)
        and any(_across(ln, line) and ln.bottom > line.bottom for ln in pieces)
    )


def record_taken(line: Line, layout: Layout, why: str) -> Line:
    """The line's placeholder, its text a record of ``layout.debris`` cut for ``why``."""
    layout.taken[len(layout.debris)] = line
    layout.debris.append((line.text, why))
    return replace(line, text=f"{DEBRIS}{len(layout.debris) - 1}")


def _display_at_edge(at: int, layout: Layout) -> bool:
    """The record in the page's top or bottom tenth is a display's piece all the same: an aligned
    block's rows (``_rows_alone``), a formula's (``_formula_record``) or an equation number "(7)",
    no running head's or folio's (a folio goes by ``_folio``). kedd.pdf p. 4's equations (4)–(7) and
    p. 9's (13) reach the page's last tenth; cut, "… can be written as:" led over nothing."""
    text = layout.taken[at].text.strip()
    return _rows_alone(at, layout) or _formula_record(at, layout) or bool(EQUATION_NUMBER.match(text))


def _rows_alone(at: int, layout: Layout) -> bool:
    """The record is an aligned block's (``Layout.joined``), its pieces all set at one size, no
    script among them: rows of formulas side by side, no running head's or folio's piece."""
    pieces = layout.joined.get(at, [])
    return bool(pieces) and min(ln.size for ln in pieces) >= SCRIPT_SIZE * max(ln.size for ln in pieces)


def _formula_record(at: int, layout: Layout) -> bool:
    """The record is a formula's: cut as ``math``, or as ``no_words`` with its glyphs read as a
    rendered formula (a TeX math font's letters and signs). A display of one-letter names and signs
    has more marks than letters, so it is cut as ``no_words``, not ``math`` (cnfsat.pdf's "t ∨ t′ ∨
    t′′ ∨ . . . , (1.3)" after "… a disjunction of literals:" was cut whole, the sentence torn)."""
    why = layout.debris[at][1]
    return why == "math" or (why == "no_words" and layout.taken[at].formula)


def _folio(at: int, page: list[Line], layout: Layout) -> bool:
    """The record is the page's number: digits alone (``numbers_only``) with no line of the page
    under it. A folio set high over the page's foot is out of its bottom tenth, and a display set
    at the foot of the page reaches it within ``PIECE_GAP`` (omega.pdf p. 14's "14" under "ωinf =
    1cc′1/(1cc′1 + 1AA′1′)" was read as the display's piece, and no place was found for it). A
    number the furniture step cut as the page's (``PAGE_FURNITURE``) is one wherever it stands:
    r-bioc-snpstats' Fst vignette's "1" under "F = (Y₊ − X₊)/Y₊," joined its group, no piece, and
    the display was cut. An equation's number "(7)" is none, however low: the page's placeholders
    stand where the prose over them did, so kedd.pdf p. 4's "(7)" had no line under it and its row
    was written unnumbered."""
    line = layout.taken[at]
    why = layout.debris[at][1]
    if why == PAGE_FURNITURE:
        return True
    lowest = not any(ln.top > line.top for ln in page)
    return why == "numbers_only" and lowest and not EQUATION_NUMBER.match(line.text.strip())


def _beside_text(pieces: list[Line], text: list[Line]) -> bool:
    """Some line of ``text`` stands beside the pieces (``_beside_lines``)."""
    return bool(_beside_lines(pieces, text))


def _beside_lines(pieces: list[Line], text: list[Line]) -> list[Line]:
    """The lines of ``text`` standing on the pieces' rows, each's middle within their height or
    theirs within its: the pieces are an in-line formula's, or another column's. Boxes reach past
    the ink by their fonts' ascent and descent, so the line over a display set close under it
    shares a little of its numerator's box (omega.pdf's "factor." over "ωh = 1cc′1/Vx", 3 pt) and
    stands on no row of it.
    A justified column's line wholly left or right of the pieces (``pdf_debris.column_line``) is
    the other column's: the display stands in its own (dynesty.pdf's two columns), and so is any
    line a gutter parts from them (``_gutter_between``: a paragraph's short last line, "bottleneck.",
    beside minimap2.pdf's Eq. (4))."""
    top, bottom = min(ln.top for ln in pieces), max(ln.bottom for ln in pieces)
    left, right = min(ln.x0 for ln in pieces), max(ln.x1 for ln in pieces)
    columns = _column_lines(text)
    justified = {id(ln) for ln in columns}
    return [
        ln
        for ln in text
        if (top < (ln.top + ln.bottom) / 2 < bottom or ln.top < (top + bottom) / 2 < ln.bottom)
        and not ((ln.x1 < left or ln.x0 > right) and id(ln) in justified)
        and not any(_gutter_between(ln, piece, columns) for piece in pieces)
    ]


def _around(pieces: list[Line]) -> Line:
    """One line over the box of all ``pieces``, to be placed where the display stood."""
    return boxed(pieces[0], pieces, formula=True)


def _written(pieces: list[Line], rules: list[Rule]) -> str | None:
    """The display as one line (``_written_across``); where no faithful place is found with its
    equation number among the pieces, the rest written and the number after it
    (``_number_beside``)."""
    written = _written_across(pieces, rules)
    number = _number_beside(pieces) if written is None else None
    if number is None:
        return written
    rest = _written_across([ln for ln in pieces if ln is not number], rules)
    return None if rest is None else f"{rest} {_text(number)}"


def _number_beside(pieces: list[Line]) -> Line | None:
    """The display's equation number, "(8)": the one piece so written, right of all the others, its
    middle within their height. TeX centres it on the display, whose pieces' boxes need not be: the
    seriation vignette's eq. (8), its cases read as one line over both rows ("f(z,y) = I(z,y) = {1
    if z > y and; 0 otherwise.}"), had its number off that line's middle, and was cut whole."""
    numbers = [ln for ln in pieces if EQUATION_NUMBER.match(_text(ln))]
    if len(numbers) != 1 or len(pieces) < 2:
        return None
    number = numbers[0]
    rest = [ln for ln in pieces if ln is not number]
    inside = min(ln.top for ln in rest) < _middle(number) < max(ln.bottom for ln in rest)
    return number if inside and number.x0 > max(ln.x1 for ln in rest) else None


def _written_across(pieces: list[Line], rules: list[Rule]) -> str | None:
    """The display as one line, its columns across (pieces overlapping across are one column) read
    by ``_column``, or None when a piece finds no faithful place."""
    if any(
        ln.bottom - ln.top > TALL * ln.size or PRIVATE_USE.search(_text(ln)) or FLAT_STACK.search(_text(ln))
        for ln in pieces
    ):
        return None
    pieces = _stacks_joined(_script_fractions(_numerators_joined(pieces, rules), rules), rules)
    pieces = _signs_apart(_limits_apart(_brackets_apart(pieces, rules)))
    size = max(ln.size for ln in pieces)
    axis = _axis(pieces, size)
    if axis is None:
        return None
    written: list[str] = []
    fraction = False  # the last column written is a fraction: no script stands on one
    end = 0.0  # where the last column written ends across
    for column in _columns(pieces):
        part = _column(column, axis, size, rules)
        if part is None:
            return None
        base, scripts = part
        if base is None and (not written or fraction):
            return None  # scripts with no row piece before them (a sum sign pdfminer did not read)
        if base is None and min(ln.x0 for ln in column) - end > SCRIPT_REACH * size:
            return None  # scripts standing apart, no base's: a script-size fraction's parts, a matrix's
        fraction = base is not None and not scripts and "/" in base and len(column) > 1
        end = max(ln.x1 for ln in column)
        if base is None:
            written[-1] += scripts
        else:
            written.append(base + scripts)
    return _bracketed(written)


def _bracketed(written: list[str]) -> str:
    """The columns written one after another, a space between, but none inside a big bracket set
    as a column of its own: "K ((x − a)/h)", not "K ( (x − a)/h )", nor before a stop set as a
    column of its own after a fraction or a big bracket: "∆₄ = (∂∆)/(∂x₄),", not "(∂∆)/(∂x₄) ,",
    nor before a column that opens with a script, the script of the last column's end (the expm
    vignette's "(D_pq(A))⁻¹N_pq(A)", its "−1" read with the "N" after it)."""
    line = ""
    for before, part in zip(["", *written], written, strict=False):
        scripted = part[:1] in ("^", "_", *FORMS)
        inside = _lone(before, BRACKETS[0]) or _ends_in(before[-1:], part[:1]) or part in STOPS or scripted
        line += part if inside or not line else f" {part}"
    return line


def _ends_in(last: str, first: str) -> bool:
    """One column ends in an opening bracket or the next opens with a closing one: the bracket
    holds what stands beside it ("φ(" then "a/b" then ") − φ" is "φ(a/b) − φ")."""
    return bool(last) and last in OPENING or bool(first) and first in CLOSING


def _lone(part: str, brackets: str) -> bool:
    """The written column is one bracket of ``brackets`` alone, or with its scripts ("]^(1/(2r+5))")."""
    return part[:1] in brackets and part[1:2] in ("", "^", "_", *FORMS)


def _script_fractions(pieces: list[Line], rules: list[Rule]) -> list[Line]:
    """The pieces with each fraction set in a script written into its script: a script-size piece
    under a piece's last glyphs, themselves a script, centred on them with a rule between, is that
    fraction's denominator (``_over_numerator``). pdfminer reads the numerator into the row's piece,
    raised with the sign before it, and the denominator apart (abinit's test_report_elf.pdf: the
    exponent of e^{−2|r|/a₀} in (1.2)–(1.7)), and no column placed it, so the display was cut. The
    base is a row piece: a script-size fraction's numerator with an exponent of its own ("x²" over
    "2" in kedd.pdf's "exp (− x²/2)") is the fraction's part, no script's base."""
    size = max(ln.size for ln in pieces)
    for under in [ln for ln in pieces if ln.size < SCRIPT_SIZE * size]:
        for base in [ln for ln in pieces if ln.size >= SCRIPT_SIZE * size]:
            joined = _over_numerator(base, under, size, rules)
            if joined is not None:
                pieces = [joined if ln is base else ln for ln in pieces if ln is not under]
                break
    return pieces


def _over_numerator(base: Line, denominator: Line, size: float, rules: list[Rule]) -> Line | None:
    """``base`` with its last glyphs, a run of one size and baseline set as a script over
    ``denominator`` as a fraction's numerator (``_fraction``), written "num/den" as one glyph of
    that run, its script raised or lowered as the run was: "e− 2|r|" over "a0" is "e− (2|r|)/a0",
    written "e^(−(2|r|)/a0)". None where ``base`` ends in no such numerator, or its glyphs so
    joined are no longer its text's (``_scripted``)."""
    if not base.glyphs or base is denominator:
        return None
    _, glyph, bottom, _, x1 = base.glyphs[-1]
    run = list(itertools.takewhile(lambda g: (g[1], g[2]) == (glyph, bottom), reversed(base.glyphs)))[::-1]
    text = _glyph_text(base)
    over = replace(base, x0=run[0][3], x1=x1, top=bottom - glyph, bottom=bottom, glyphs=())
    if text is None or glyph >= SCRIPT_SIZE * base.size or not _fraction(over, denominator, size, rules):
        return None
    numerator = "".join(g[0] for g in run)
    fraction = f"{_part(numerator)}/{_part(_text(denominator))}"
    head = text
    for _ in numerator:  # the glyph text's last characters but spaces are the numerator's
        head = head.rstrip()[:-1]
    glyphs = (*base.glyphs[: -len(run)], (fraction, glyph, bottom, run[0][3], x1))
    joined = boxed(base, [base, denominator], text=head.rstrip() + fraction, glyphs=glyphs)
    return joined if _scripted(joined) is not None else None


def _numerators_joined(pieces: list[Line], rules: list[Rule]) -> list[Line]:
    """The pieces with each fraction's part that pdfminer read half into the piece before it joined
    whole: a piece's last glyphs (not all of them) standing right over a bar (``_bar_under``) and the
    piece starting where they end, on their baseline over the same bar, are one part ("r̂₁₂ + r−² ∂"
    beside "U_SLJ" over "∂ϕ" is
    "r̂₁₂ + r⁻²" and the numerator "∂U_SLJ"), else the fraction's column would hold half of it."""
    for line in pieces:
        text = _glyph_text(line) if line.glyphs else None
        bar = _bar_under(line.glyphs[-1], rules) if text is not None else None
        if bar is None:
            continue
        run = list(takewhile(lambda glyph, on=bar: _bar_under(glyph, rules) == on, reversed(line.glyphs)))[
            ::-1
        ]
        end = run[-1][4]
        after = next(
            (
                other
                for other in pieces
                if other.glyphs
                and end - 1 <= other.x0 <= end + AXIS * line.size
                and abs(other.glyphs[0][2] - run[-1][2]) <= MARK_RISE * line.size
                and _bar_under(other.glyphs[0], rules) == bar
            ),
            None,
        )
        if after is None or _glyph_text(after) is None or len(run) == len(line.glyphs):
            continue
        chars = sum(len(glyph[0]) for glyph in line.glyphs[: len(line.glyphs) - len(run)])
        cut = next(at for at in range(len(text) + 1) if len("".join(text[:at].split())) == chars)
        part = _over_glyphs(line, text[cut:].strip(), tuple(run))
        joined = boxed(part, [part, after], text=part.text + after.text, glyphs=part.glyphs + after.glyphs)
        rest = [_over_glyphs(line, text[:cut].strip(), line.glyphs[: -len(run)])]
        others = [ln for ln in pieces if ln is not line and ln is not after]
        return _numerators_joined([*others, *rest, joined], rules)
    return pieces


def _bar_under(glyph: Glyph, rules: list[Rule]) -> Rule | None:
    """The rule right under the glyph, across its middle and less than half its size under its
    foot: the bar it stands on as a fraction's numerator."""
    _, size, bottom, x0, x1 = glyph
    middle = (x0 + x1) / 2
    return next(
        (rule for rule in rules if rule[0] <= middle <= rule[2] and 0 <= rule[1] - bottom < size / 2), None
    )


def _stacks_joined(pieces: list[Line], rules: list[Rule]) -> list[Line]:
    """The pieces with each one that opens with a lowered run (a subscript with no base before it)
    joined after the piece whose raised run it stands under (``_stack_under``): pdfminer read a
    stack's superscript with its base and its subscript with the row after it, two pieces in one
    column no writer could place (kedd.pdf's (3), "f̂(r)" over "h (x) =", f̂_h^((r))(x))."""
    for after in pieces:
        base = next((ln for ln in pieces if ln is not after and _stack_under(after, ln, rules)), None)
        if base is not None:
            joined = boxed(
                base, [base, after], text=f"{base.text}{after.text}", glyphs=base.glyphs + after.glyphs
            )
            return _stacks_joined([joined if ln is base else ln for ln in pieces if ln is not after], rules)
    return pieces


def _stack_under(after: Line, base: Line, rules: list[Rule]) -> bool:
    """``after`` opens with a lowered glyph (``_levels``) set under the raised run that ends ``base``,
    starting at most ``SLANT`` em before it (a superscript starts past its base's italic
    correction, the subscript right at its foot), no rule between them: a text-style fraction's
    parts over and under a bar are no stack (markovchain's gsoc_2017_additions.pdf, "max(…, 1/2ϵ
    …)", was written "…,_2ϵ¹ …")."""
    if not after.glyphs or not base.glyphs or _levels(after)[0] >= 0 or _levels(base)[-1] <= 0:
        return False
    raised = list(
        takewhile(lambda pair: pair[1] > 0, zip(reversed(base.glyphs), reversed(_levels(base)), strict=True))
    )
    start, end = raised[-1][0][3], raised[0][0][4]
    foot, top = raised[0][0][2], after.glyphs[0][2] - after.glyphs[0][1]
    barred = any(x0 <= end and x1 >= start and foot - 2 <= y <= top + 2 for x0, y, x1, _ in rules)
    return start - SLANT * base.size <= after.glyphs[0][3] < end and not barred


def _brackets_apart(pieces: list[Line], rules: list[Rule]) -> list[Line]:
    """The pieces with each big bracket pdfminer read into a piece beside it parted as a piece of
    its own (``_bracket_apart``): TeX hangs a big "(" from its top, so its box shares height with a
    fraction's numerator or a raised script and pdfminer reads it into their line (kedd.pdf's
    "K ((x − X_i)/h)": "(x − X_i" over "h" was no fraction, and "K(r) (" kept its "(r)" on the
    line, the bracket's foot read as the row's)."""
    found: list[Line] = []
    for line in pieces:
        found += _bracket_apart(line, pieces, rules)
    return found


def _bracket_apart(line: Line, pieces: list[Line], rules: list[Rule]) -> list[Line]:
    """``line`` as the bracket it opens or ends with and the rest, where the bracket is one its own
    text does not close or open (a "(" ending it, a ")" opening it, or one left unmatched) and it
    is a big one: its foot stands off the rest's baseline by more than ``MARK_RISE`` em, or the
    rest without it is a fraction's part with another piece (``_fraction``) that the line with it
    is not. A pair of brackets around the whole line ("(xa )" over "h") is parted both at once
    where the rest is such a fraction's part. A bracket beside nothing but scripts is parted
    however short the line (``_scripts_beside``: "(n", a big "(" and the sum's upper limit after
    it). Else ``[line]``."""
    text = line.text.strip()
    if len(text) < 2:
        return [line]
    for end in (0, -1):
        if not _unmatched(text, end):
            continue
        alone, rest = _bracket_cut(line, text, end)
        if _scripts_beside(alone, rest, rules):  # each at its glyphs' size: the bracket the row's
            bracket, scripts = _glyph_sized(alone), _glyph_sized(rest)
            return [bracket, scripts] if end == 0 else [scripts, bracket]
        if len(text) > 2 and (_hung(alone, rest) or _fraction_without(line, rest, pieces, rules)):
            parted = _bracket_apart(rest, pieces, rules)
            return [alone, *parted] if end == 0 else [*parted, alone]
    if len(text) < 3 or not (_unmatched(text[:-1], 0) and _unmatched(text[1:], -1)):
        return [line]
    opening, inner = _bracket_cut(line, text, 0)
    closing, rest = _bracket_cut(replace(inner, x1=line.x1), inner.text, -1)
    if not closing.glyphs:  # read into the line past its glyphs: a pair's brackets are one width
        closing = replace(closing, x0=max(closing.x0, closing.x1 - (opening.x1 - opening.x0)))
    return [opening, rest, closing] if _fraction_without(line, rest, pieces, rules) else [line]


def _fraction_without(line: Line, rest: Line, pieces: list[Line], rules: list[Rule]) -> bool:
    """``rest``, the piece ``line`` without its brackets, is a fraction's part with another piece
    of ``pieces`` (``_fraction``), and ``line`` itself is not."""
    size = max(ln.size for ln in pieces)
    others = [ln for ln in pieces if ln is not line]
    return not any(
        _fraction(line, o, size, rules) or _fraction(o, line, size, rules) for o in others
    ) and any(_fraction(rest, o, size, rules) or _fraction(o, rest, size, rules) for o in others)


def _limits_apart(pieces: list[Line]) -> list[Line]:
    """The pieces with big operators pdfminer read as one line ("∑ ∑") one piece each, and a line
    of limits under or over them ("i=1 j=1") parted at its spaces where each word stands under or
    over its own operator (``_operator_under``): kedd.pdf's double sums ∑_(i=1)ⁿ ∑_(j=1, j≠i)ⁿ
    stood in one column no writer could place."""
    operators = [part for line in pieces for part in _operators_one_each(line)]
    signs = [line for line in operators if _text(line) in BIG_OPERATORS]
    return [part for line in operators for part in _limit_words(line, signs)]


def _signs_apart(pieces: list[Line]) -> list[Line]:
    """The pieces with each row piece that opens or ends with a relation sign a script-size piece
    stands over, centred on it (``_over_sign``), parted there, the sign a piece of its own: TeX's
    ``\\stackrel`` and ``\\overset`` set a symbol over the sign ("=" with 𝒟 over it, equal in
    distribution), which pdfminer reads apart while the sign stays in its row's piece, one column
    no writer could place. Alone in its column the sign has the symbol as its superscript, "=^D"
    (``_stands_after``), as an operator has its limits (diptest-issues.pdf's (2), "lim_(n→∞) √n D_n
    =^D D_∞.", was cut whole, its sentence left ending in "converges in distribution, i.e.,"). A
    sign inside a piece stays in it: its text's scripts cannot be cut by the glyphs."""
    size = max(ln.size for ln in pieces)
    over = [ln for ln in pieces if ln.size < SCRIPT_SIZE * size]
    for line in pieces:
        parted = _sign_parted(line, over)
        if parted is not None:
            return _signs_apart([*(ln for ln in pieces if ln is not line), *parted])
    return pieces


def _sign_parted(line: Line, over: list[Line]) -> list[Line] | None:
    """``line`` as its first or last glyph, a relation sign its text opens or ends with and one of
    ``over`` stands over (``_over_sign``), and the rest, each over its glyphs; else None."""
    text = line.text.strip()
    for at in (0, -1):
        if len(line.glyphs) < 2:
            return None
        sign = line.glyphs[at]
        written = text.startswith(sign[0]) if at == 0 else text.endswith(sign[0])
        if RELATION.fullmatch(sign[0]) and written and any(_over_sign(script, sign) for script in over):
            rest = text[len(sign[0]) :] if at == 0 else text[: -len(sign[0])]
            glyphs = line.glyphs[1:] if at == 0 else line.glyphs[:-1]
            return [_over_glyphs(line, sign[0], (sign,)), _over_glyphs(line, rest.strip(), glyphs)]
    return None


def _over_sign(script: Line, glyph: Glyph) -> bool:
    """``script`` stands over the sign ``glyph``: its middle over the sign's, within ``CENTRED`` of the
    sign's size across, and its foot at most the sign's size over the sign's top."""
    _, size, bottom, x0, x1 = glyph
    middle = (script.top + script.bottom) / 2
    return (
        abs(_across_middle(script) - (x0 + x1) / 2) <= CENTRED * size
        and middle < bottom - size / 2
        and script.bottom >= bottom - 2 * size
    )


def _operators_one_each(line: Line) -> list[Line]:
    """The piece as one piece per big operator where it holds two or more and nothing else: over
    each one's glyph where the line keeps them all, else over its share of the width (``_words``)."""
    signs = line.text.split() if " " in line.text.strip() else list(line.text.strip())
    if len(signs) < 2 or any(sign not in BIG_OPERATORS for sign in signs):
        return [line]
    if [glyph[0] for glyph in line.glyphs] == signs:
        return [_over_glyphs(line, glyph[0], (glyph,)) for glyph in line.glyphs]
    return _words(line, r"\S")


def _limit_words(line: Line, signs: list[Line]) -> list[Line]:
    """The piece as its words (``_words``) where it keeps no glyphs and each word stands under or
    over an operator of ``signs`` of its own; else ``[line]``."""
    parts = _words(line)
    if line.glyphs or len(parts) < 2:
        return [line]
    standing = [next((sign for sign in signs if _operator_under(sign, part)), None) for part in parts]
    return parts if None not in standing and len({id(sign) for sign in standing}) == len(parts) else [line]


def _words(line: Line, word: str = r"\S+") -> list[Line]:
    """The piece's words (or what ``word`` matches), each a piece over its share of the piece's
    width, no glyphs kept."""
    width = (line.x1 - line.x0) / len(line.text)
    return [
        replace(
            line,
            text=found.group(),
            x0=line.x0 + width * found.start(),
            x1=line.x0 + width * found.end(),
            glyphs=(),
        )
        for found in re.finditer(word, line.text)
    ]


def _unmatched(text: str, end: int) -> bool:
    """The text's first (``end`` 0) or last (-1) character is a bracket no other of the text pairs
    with: a closing one first, an opening one last, or one the brackets after (before) it never
    close (open). A floor's and a ceiling's count (``OPENING``, ``CLOSING``): TeX hangs a big "⌊"
    from its top as it hangs a big "(", and pdfminer read crc.pdf's "⌊" into the numerator's line
    of "v_H(x) = ⌊v(x)/x^(D−W)⌋" ("⌊ v(x)" over "x^(D−W)", no fraction)."""
    chars = text if end == 0 else text[::-1]
    opening, closing = (OPENING, CLOSING) if end == 0 else (CLOSING, OPENING)
    if chars[0] in closing:
        return True
    depth = 0
    for char in chars:
        depth += (char in opening) - (char in closing)
        if depth == 0:
            return False
    return True


def _bracket_cut(line: Line, text: str, end: int) -> tuple[Line, Line]:
    """The bracket at ``end`` (0 the first, -1 the last) of ``line`` and the rest: each over its own
    glyphs where the line keeps the bracket's; the rest over its glyphs and the bracket over the
    line's width past them where the line keeps only the rest's (a bracket read into the line after
    its glyphs were measured: its last glyph, a bracket inside the text, ends short of the line's end,
    FormalVerifier.pdf's "( −∆₄(x₁, …, x₆) )" the big ")" joined after "x₆)"); else each over its
    share of the line's width."""
    rest_text = _unsigned(text[1:].strip()) if end == 0 else text[:-1].strip()
    bracket = replace(line, text=text[end], glyphs=())
    glyphs = line.glyphs
    kept = bool(glyphs) and glyphs[end][0] == text[end] and _glyph_at_edge(line, end)
    if len(glyphs) > 1 and kept:
        rest = glyphs[1:] if end == 0 else glyphs[:-1]
        return _over_glyphs(line, text[end], (glyphs[end],)), _over_glyphs(line, rest_text, rest)
    if glyphs and not kept:
        rest_line = _over_glyphs(line, rest_text, glyphs)
        return replace(bracket, x1=rest_line.x0) if end == 0 else replace(bracket, x0=rest_line.x1), rest_line
    width = (line.x1 - line.x0) / len(text)
    if end == 0:
        return replace(bracket, x1=line.x0 + width), replace(
            line, text=rest_text, x0=line.x0 + width * text.index(rest_text), glyphs=()
        )
    return replace(bracket, x0=line.x1 - width), replace(
        line, text=rest_text, x1=line.x0 + width * len(rest_text), glyphs=()
    )


def _unsigned(rest: str) -> str:
    """What follows a big bracket cut off the start of its line, without the sign of the script the line
    reader wrote it as on that bracket ("^p" after a big ")" is "p", "^(n+1)" is "n+1"): parted from
    its base it is a piece the display places as a script itself, or it read "(…)^(^p)"."""
    sign = re.fullmatch(r"[\^_](?:\((.*)\)|(\w))", rest)
    if sign is None:
        return rest
    if sign[2] is not None:
        return sign[2]
    depths = list(itertools.accumulate((char == "(") - (char == ")") for char in sign[1]))
    return sign[1] if min(depths, default=0) >= 0 and depths[-1:] in ([], [0]) else rest


def _glyph_at_edge(line: Line, end: int) -> bool:
    """The line's glyph at ``end`` (0 the first, -1 the last) stands at its box's edge, within
    ``GLYPH_EDGE`` em: nothing was joined to the line past it."""
    glyph = line.glyphs[end]
    edge = glyph[3] - line.x0 if end == 0 else line.x1 - glyph[4]
    return edge <= GLYPH_EDGE * line.size


def _scripts_beside(bracket: Line, rest: Line, rules: list[Rule]) -> bool:
    """Every glyph of ``rest`` is set smaller than ``SCRIPT_SIZE`` of the bracket's, none on or under
    a fraction's bar (``_on_bar``): a big bracket pdfminer read on one line with a script beside its
    top, a sum's upper limit after a "(" or a superscript before a ")", no script of the bracket's
    own. A small fraction's part beside its bracket ("f(a/b)", its "b)") is the bracket's row's."""
    return (
        bool(bracket.glyphs and rest.glyphs)
        and all(size < SCRIPT_SIZE * bracket.glyphs[0][1] for _, size, *_ in rest.glyphs)
        and not any(_on_bar(glyph, rules) for glyph in rest.glyphs)
    )


def _on_bar(glyph: Glyph, rules: list[Rule]) -> bool:
    """A rule runs across the glyph's middle less than half its size under its foot or over its
    top: the bar of a fraction it is a part of (``_bar_under`` for a numerator's)."""
    _, size, bottom, x0, x1 = glyph
    middle = (x0 + x1) / 2
    over = any(r[0] <= middle <= r[2] and 0 <= bottom - size - r[3] < size / 2 for r in rules)
    return over or _bar_under(glyph, rules) is not None


def _glyph_sized(piece: Line) -> Line:
    """The piece at its largest glyph's size: a part cut off a line of two sizes (``_scripts_beside``)."""
    return replace(piece, size=max(size for _, size, *_ in piece.glyphs))


def _hung(bracket: Line, rest: Line) -> bool:
    """The bracket's foot stands more than ``MARK_RISE`` em off the baseline of the rest's full-size
    glyphs: a big bracket hung from its top, no bracket of the text on the row."""
    if not bracket.glyphs or not rest.glyphs:
        return False
    feet = [bottom for _, glyph, bottom, *_ in rest.glyphs if glyph >= SCRIPT_SIZE * rest.size]
    return bool(feet) and abs(bracket.bottom - statistics.median(feet)) > MARK_RISE * rest.size


def _rows_written(pieces: list[Line], rules: list[Rule]) -> str | None:
    """A display of rows one under another (an eqnarray's or an align's: "Aṽj = APmv^B j" over
    "= QmBmv^B j") as its rows, each written as one line by ``_written``, one a line, as a reader
    copies an aligned block; None where a row cannot be written, or the rows' relation signs do not
    stand in one column (``_relations_aligned``: a matrix's rows, a fraction's parts, a `cases`
    brace's branches are no aligned chain). The rows are read by their middles (``_rows``), else
    by their boxes (``_bands``), where each row holds a fraction whose parts stand off its axis.
    Rows each centred at no column are equations too where each holds a relation sign and each but
    the last ends on a comma (``_listed``): a list of equations broken after its commas, as a
    `gather` sets it (the gap-guava manual's "(1, 1)^s = (3, 2), … (1, 5)^s = (2, 4)," over "s =
    (1, 6, 3, 5, 2, 4)(…), A = (2 0 3; 0 3 1), A^s = (2 2 0; 0 3 2).")."""
    for rows in (_rows(pieces), _bands(pieces)):
        if len(rows) < 2:
            continue
        aligned = _relations_aligned(rows) or all(map(_numbered, rows))
        written = [_written(row, rules) for row in rows]
        if all(row is not None for row in written) and (aligned or _listed(written)):
            return "\n".join(_number_last([row for row in written if row is not None]))
    return None


def _number_last(written: list[str]) -> list[str]:
    """The written rows with one equation's number at its last row's end: where one row only ends in
    a number and every row under it opens with a relation sign, going on its equation ("= …"), the
    rows are one equation set over them, its number where TeX put it beside the first (the kspace
    note's (12), "χ_i(k) = ∑_i q_i q_j e^(i k·r_ij) (12)" over "= S(−k) S_i(k),", read with its
    number inside the formula)."""
    numbered = [at for at, row in enumerate(written) if EQUATION_NUMBER.match(row.split()[-1])]
    if len(numbered) != 1 or numbered[0] == len(written) - 1:
        return written
    at = numbered[0]
    if not all(RELATION.match(row) for row in written[at + 1 :]):
        return written
    head, number = written[at].rsplit(maxsplit=1)
    return [*written[:at], head, *written[at + 1 : -1], f"{written[-1]} {number}"]


def _listed(written: list[str | None]) -> bool:
    """The written rows are a list of equations broken after its commas: each holds a relation sign
    before its end, each but the last ends on a comma."""
    return all(
        row is not None and RELATION.search(row[:-1]) and (at == len(written) - 1 or row.endswith(","))
        for at, row in enumerate(written)
    )


def _gathered_written(pieces: list[Line], rules: list[Rule]) -> str | None:
    """A display of rows one under another, each an equation of its own (a `gather`'s rows, each
    centred: a left side, a relation sign, a right side), as its rows one a line, each written by
    ``_written``, read by their middles or by their boxes as ``_rows_written`` reads them; their
    relations need stand in no one column. A piece holding a brace it does not close is a `cases`
    display's, no row of such. The Gay-Berne note's "η₁₂ = [2s₁s₂/det(G₁₂)]^(υ/2)," over "s_i =
    [a_i b_i + c_i c_i][a_i b_i]^(1/2)," was cut whole, "… is given by" left over nothing."""
    if any(CASES_BRACE.search(ln.text) for ln in pieces):
        return None
    for rows in (_rows(pieces), _bands(pieces)):
        if len(rows) < 2 or not all(map(_set_close, rows)):
            continue
        written = [_written(row, rules) for row in rows]
        if all(row is not None and _equation(row) for row in written):
            return "\n".join(row for row in written if row is not None)
    return None


def _columned_written(pieces: list[Line], rules: list[Rule]) -> str | None:
    """A display of rows set flush left at an array's columns (an optimisation program's "maximize
    a · z  over  z ∈ ℝ^(N+1)," over "such that  ∑ z_n W_jⁿ(x) ⪰ 0  for all …," over "n·z=1.", the
    last row under the second's formula) as its rows one a line, each written by ``_written``: each
    row starts where a row over it starts or where a column of one starts (``_column_starts``), one
    at least at such an inner column, each holds a relation sign (``STATEMENT``: "=", "∈", "⪰" …),
    and no rule runs across the display (a fraction's bar). An equation number alone on its row,
    which TeX centres on the whole array, goes after the last row. SDPB-Manual.pdf's programs
    (3.1), (4.1) and (4.2) were cut whole, "… of the following form:" left over nothing. None where
    a row cannot be written, or a piece holds a brace it does not close (a `cases` display's)."""
    if any(CASES_BRACE.search(ln.text) for ln in pieces):
        return None
    rows = _rows(pieces)
    numbers = [row for row in rows if len(row) == 1 and EQUATION_NUMBER.match(_text(row[0]))]
    rows = [row for row in rows if not any(row is number for number in numbers)]
    if len(rows) < 2 or len(numbers) > 1 or not _column_starts(rows) or _barred(pieces, rules):
        return None
    written = [_written(row, rules) for row in rows]
    lines = [row for row in written if row is not None and STATEMENT.search(row)]
    if len(lines) < len(rows):
        return None
    lines[-1] = " ".join([lines[-1], *(_text(row[0]) for row in numbers)])
    return "\n".join(lines)


def _column_starts(rows: list[list[Line]]) -> bool:
    """Each row after the first starts within a point of where a row over it starts or where a
    column of one starts, past a blank of half an em or more (``Line.blanks``: an array's column
    gap, a quad), and one row at least at such an inner column: the rows are an array's, flush
    left at its columns, not rows centred one under another."""
    edges: list[float] = []
    columns: list[float] = []
    inner = False
    for row in rows:
        start = min(ln.x0 for ln in row)
        if edges and not any(abs(start - x) <= 1 for x in [*edges, *columns]):
            return False
        inner = inner or any(abs(start - x) <= 1 for x in columns)
        edges.append(start)
        columns += [blank[1] for ln in row for blank in ln.blanks]
    return inner


def _barred(pieces: list[Line], rules: list[Rule]) -> bool:
    """A rule runs across the display's box between its top and bottom: a fraction's bar, whose
    parts are no rows of their own."""
    x0, top, x1, bottom = _around(pieces).box
    return any(top < y < bottom and rx0 < x1 and x0 < rx1 for rx0, y, rx1, _ in rules)


def _equation(row: str) -> bool:
    """The written row is an equation of its own: a relation sign stands in it between a left side
    and a right side ("f(x) =", a `cases` display's name, is none)."""
    found = RELATION.search(row)
    sides = (row[: found.start()], row[found.end() :]) if found else ("", "")
    return all(side.strip(" ,.;") for side in sides)


def _set_close(row: list[Line]) -> bool:
    """The row's columns (``_columns``) stand less than an em apart: one formula, no branch and its
    condition, no premises set a quad apart."""
    size = max(ln.size for ln in row)
    columns = [(min(ln.x0 for ln in c), max(ln.x1 for ln in c)) for c in _columns(row)]
    return all(after[0] - before[1] < size for before, after in itertools.pairwise(columns))


def _bands(pieces: list[Line]) -> list[list[Line]]:
    """The display's pieces in bands from the top, each piece with the band whose boxes its own
    overlaps: an equation is its fraction's numerator over its relation and the denominator under
    it, which ``_rows`` reads as three rows, their middles half a row apart (compiledCode.pdf's
    "dz/dt = i · z" over "dw/dt = −i · w · w · z", cut whole). Script-size pieces go as in ``_rows``."""
    size = max(ln.size for ln in pieces)
    bands: list[list[Line]] = []
    bottom = 0.0
    for line in sorted((ln for ln in pieces if ln.size >= SCRIPT_SIZE * size), key=lambda ln: ln.top):
        if bands and line.top < bottom:
            bands[-1].append(line)
            bottom = max(bottom, line.bottom)
        else:
            bands.append([line])
            bottom = line.bottom
    return _with_scripts(bands, pieces, size)


def _equations_written(pieces: list[Line], rules: list[Rule]) -> str | None:
    """A display of rows each holding one equation or more side by side ("locT (a) = (root, a,
    bca, abca)" beside "ceiling(locT (a)) = abca") as its equations, one a line, row by row and
    from the left in each row: an equation opens at each piece that opens with no relation sign,
    and each holds one. A reader copies such a table of formulas line by line; cut, the sentence
    that leads into it ("Then, for instance,") led nowhere (maxmat3src.pdf p. 39's Example 1). None
    where the rows hold unlike numbers of equations, or an equation cannot be written (``_written``)
    or holds no relation but at its end (a `cases` display's name "f(x) =" beside its branches)."""
    rows = [_equations(row) for row in _rows(pieces)]
    if len(rows) < 2 or len({len(row) for row in rows}) > 1:
        return None
    written = [_written(equation, rules) for row in rows for equation in row]
    if any(line is None or not RELATION.search(line[:-1]) for line in written):
        return None
    return "\n".join(line for line in written if line is not None)


def _equations(row: list[Line]) -> list[list[Line]]:
    """The row's pieces from the left in equations: a piece opening with a relation sign ("= root")
    goes on the equation before it, any other opens one."""
    equations: list[list[Line]] = []
    for line in sorted(row, key=lambda ln: ln.x0):
        if equations and RELATION.match(_text(line)):
            equations[-1].append(line)
        else:
            equations.append([line])
    return equations


def _cases_written(pieces: list[Line], rules: list[Rule]) -> str | None:
    """A definition by cases (a `cases` brace: "h(s) =", a big "{", and two or more branch rows
    "value  condition" right of it) as one line a reader can follow, the branches in reading order
    between braces, "; " between them (a branch's own closing comma read as it): "h(s) = {g₁∗(s) if
    s ∈ S₁; g(s) if s = k₀}", a closing stop and an equation number after the brace. The name left
    of the brace is one row ending in a relation sign, each branch one row (``_written``); None
    where a piece finds no such place (r-cran-iso's algorithm.pdf lost its six cases displays,
    "Lemma 2: The function" / "uniquely minimizes (2)" torn round one). A "{" that its piece closes
    is a set's, no cases brace. A branch piece read across a fraction's bar is parted at the bars
    (``_bars_apart``) before the fractions are joined (``_branch_fractions``): minimap2.pdf's η(r) read
    its conditions' ceilings as "(r < ⌈ q̃−q" over "e−ẽ − 1⌉)", each the row's glyphs and a part of the
    fraction, and was cut whole."""
    opening = [ln for ln in pieces if CASES_BRACE.search(ln.text)]
    opening = [ln for ln in opening if tall_brace(ln)] or opening  # a row's "max{" broken past its end
    if len(opening) != 1:
        return None
    brace = opening[0]
    left, right = _brace_split(brace)
    name = [*(ln for ln in pieces if ln.x1 <= brace.x0 + AXIS * ln.size and ln is not brace), *left]
    branches = [*(ln for ln in pieces if ln not in name and ln is not brace), *right]
    numbers = [ln for ln in branches if EQUATION_NUMBER.match(ln.text.strip())]
    stops = [ln for ln in branches if ln.text.strip() in STOPS]  # a closing stop set apart
    branches = [ln for ln in branches if ln not in numbers and ln not in stops]
    branches = _branch_fractions(_bars_apart(branches, _bars_inside(branches, rules)), rules)
    if len(numbers) > 1 or len(stops) > 1 or not _branch_pieces(branches, brace):
        return None
    head = _written(name, rules) if name else ""
    rows = _rows(branches)
    if head is None or name and not RELATION.fullmatch(head[-1]) or len(rows) < 2:
        return None
    written = [_written(row, rules) for row in rows]
    if any(row is None or row[:1] in ("^", "_") for row in written):
        return None  # a row opening with a script is a fraction's part (η(r)'s "(q̃−q)/(e−ẽ)"), no branch
    cases = [CLOSING_STOP.fullmatch(row).groups() for row in _broken_branches_joined(written)]
    stop = cases[-1][1] or "".join(ln.text.strip() for ln in stops)
    number = "".join(f" {_text(ln)}" for ln in numbers)
    return f"{head} {{{'; '.join(row for row, _ in cases)}}}{stop}{number}".lstrip()


def _broken_branches_joined(written: list[str | None]) -> list[str]:
    """The written branch rows, each row that goes on a branch leaving a bracket open joined to it: a
    branch too long for its line, which TeX broke inside its brackets (minimap2.pdf's Eq. (5), "z_ij =
    max{s(i, j), …, y_(i,j−1) + u_(i,j−1)," over "x̃_(i−1,j) + v_(i−1,j), …}"), is one case."""
    rows: list[str] = []
    for row in (row for row in written if row is not None):
        if rows and sum(rows[-1].count(c) for c in "({[") > sum(rows[-1].count(c) for c in ")}]"):
            rows[-1] = f"{rows[-1]} {row}"
        else:
            rows.append(row)
    return rows


def _branch_fractions(branches: list[Line], rules: list[Rule]) -> list[Line]:
    """The branches' pieces with each fraction TeX set at a script's size in a branch (``\\frac`` in
    a `cases` row: a script-size numerator centred over a script-size denominator, a rule between)
    made one piece "num/den" at the branches' size over both: pdfminer reads its two parts as lines
    of their own, a row apart, and no branch row held them (tree-puzzle.pdf's "Q_ij = {4tγ/(γ+1)
    for i → j pyrimidine transition; …}" was cut whole)."""
    size = max((ln.size for ln in branches), default=0.0)
    small = sorted((ln for ln in branches if ln.size < SCRIPT_SIZE * size), key=lambda ln: ln.top)
    for numerator in small:
        under = (ln for ln in small if ln.top > numerator.top)
        denominator = next((ln for ln in under if _fraction(numerator, ln, numerator.size, rules)), None)
        if denominator is not None:
            text = f"{_part(_text(numerator))}/{_part(_text(denominator))}"
            joined = boxed(numerator, [numerator, denominator], text=text, size=size, glyphs=())
            rest = [joined if ln is numerator else ln for ln in branches if ln is not denominator]
            return _branch_fractions(rest, rules)
    return branches


def _bars_inside(pieces: list[Line], rules: list[Rule]) -> list[Rule]:
    """The fraction bars inside the pieces' box: rules thinner than a point whose top lies between
    the box's top and bottom; none for no pieces."""
    top, bottom = min((ln.top for ln in pieces), default=0.0), max((ln.bottom for ln in pieces), default=0.0)
    return [rule for rule in rules if top < rule[1] < bottom and rule[3] - rule[1] < 1]


def _branch_pieces(branches: list[Line], brace: Line) -> bool:
    """The pieces right of the brace can be its branches' rows: all right of it, none set at a
    script's size (a script-size fraction in a branch, psi_functions.pdf's "exp(−½ (|x|−c)^b / a)",
    has its parts over and under the branch's row, a row of their own or another branch's script)."""
    size = max((ln.size for ln in branches), default=0.0)
    return bool(branches) and all(ln.x0 >= brace.x0 and ln.size >= SCRIPT_SIZE * size for ln in branches)


def _brace_split(line: Line) -> tuple[list[Line], list[Line]]:
    """The piece's parts left and right of its cases brace, none where empty: pdfminer reads the
    big brace on a line with the name it stands beside, or with the first branch. Where the piece
    keeps its glyphs each part is measured by its own (the brace's box, two rows tall, is neither
    part's), else by its share of the text."""
    at = CASES_BRACE.search(line.text).start()
    texts = line.text[:at].rstrip(), line.text[at + 1 :].lstrip()
    if not line.glyphs:
        cut = line.x0 + (line.x1 - line.x0) * at / len(line.text)
        parts = replace(line, text=texts[0], x1=cut), replace(line, text=texts[1], x0=cut)
        return tuple([part] if part.text else [] for part in parts)  # type: ignore[return-value]
    brace = next(at for at, glyph in enumerate(line.glyphs) if glyph[0] == "{")
    glyphs = line.glyphs[:brace], line.glyphs[brace + 1 :]
    return tuple(  # type: ignore[return-value]
        [_over_glyphs(line, text, part)] if part else [] for text, part in zip(texts, glyphs, strict=True)
    )


def _over_glyphs(line: Line, text: str, glyphs: tuple[Glyph, ...]) -> Line:
    """``line`` cut to ``text`` and its ``glyphs``, its box theirs (a glyph an em tall over its bottom)."""
    return replace(
        line,
        text=text,
        glyphs=glyphs,
        x0=min(glyph[3] for glyph in glyphs),
        x1=max(glyph[4] for glyph in glyphs),
        top=min(bottom - size for _, size, bottom, *_ in glyphs),
        bottom=max(glyph[2] for glyph in glyphs),
    )


def _relations_aligned(rows: list[list[Line]]) -> bool:
    """Each row's first relation sign stands within an em of the others' across, as an eqnarray's or
    an align's column sets them (and a chain's "= …" under its first row's "="), but for the last
    rows of the variables' sets (``_domain_row``), set centred or right-aligned under a system, each
    at no column (lpsymphony.pdf's "x₁, x₃ ∈ ℤ⁺" over "x₂ ∈ ℝ⁺" under three "≤" rows): a `cases`
    brace's branches hold their relations in their conditions, far right of the "=" beside the brace
    (psi_functions.pdf's "ρ̃k(x) =" beside "… if |x| ≤ k" / "1 if |x| > k")."""
    size = max(ln.size for row in rows for ln in row)
    rows = rows[: len(rows) - _domain_rows(rows)]
    if not rows:
        return True  # the variables' sets alone, one a row (``_domain_rows``)
    if _broken_after(rows):
        rows = rows[1:]
    places = [at for at in map(_relation_at, rows) if at is not None]
    if not places or _relation_at(rows[0]) is None:
        return False
    rows = [row for row in rows if not _continued(row, min(places) - size)]
    return len(places) == len(rows) and max(places) - min(places) <= size


def _broken_after(rows: list[list[Line]]) -> bool:
    """The chain's first row ends on a relation sign and the row under it opens with one: the chain
    is broken after its sign and goes on before the same sign ("CRC_u(T(x), v(x)) =" over "= CRC_u(…)
    =" over "= (u(x)(1 − x^W)) mod P(x)."), as a derivation too wide for its left side is set flush
    left. The first row's sign stands at its end, in no column with the rows' under it, and needs no
    place there; the rows under it still stand in one (libcrcutil's crc.pdf p. 6's two derivations
    were cut whole, "… and is equal to" left over nothing)."""
    if len(rows) < 2:
        return False
    first, second = (" ".join(_text(ln) for ln in sorted(row, key=lambda ln: ln.x0)) for row in rows[:2])
    return RELATION.fullmatch(first.rstrip()[-1:]) is not None and RELATION.match(second.lstrip()) is not None


def _numbered(row: list[Line]) -> bool:
    """The row ends in its own equation number: rows so numbered are equations one under another
    (a `gather`'s, an `eqnarray`'s), each read by itself, whatever their relations' places
    (cnfsat.pdf's "∑ x_j − ∑ x_j ≥ 1 − |J_i⁻|, i = 1,...,m (1.5)" over "x_j ∈ {0, 1}, j = 1,...,n
    (1.6)" was cut whole, "… the following 0-1 programming problem:" left over nothing)."""
    return bool(EQUATION_NUMBER.match(_text(max(row, key=lambda ln: ln.x1))))


def _domain_rows(rows: list[list[Line]]) -> int:
    """How many of the display's last rows are its variables' sets (``_domain_row``), a row that goes
    on a set broken after a comma counted with it (``_set_goes_on``): FormalVerifier.pdf's "(x₁, …,
    x₈) ∈ [(−0.1, …, −1.1)," over "(0.4, 1, …, −0.3)]", its second row centred under the first, was
    cut, and the inequality over it kept with no domain."""
    count = 0
    for at in range(len(rows) - 1, -1, -1):
        if not (_domain_row(rows[at]) or at > 0 and _set_goes_on(rows[at - 1], rows[at])):
            break
        count += 1
    return count


def _set_goes_on(above: list[Line], row: list[Line]) -> bool:
    """``row``, holding no relation sign and no "∈", goes on the variables' set ``above`` broken after
    a comma: the rest of its list of bounds."""
    text = " ".join(_text(ln) for ln in row)
    last = " ".join(_text(ln) for ln in sorted(above, key=lambda ln: ln.x0)).rstrip()
    return _domain_row(above) and last.endswith(",") and "∈" not in text and not RELATION.search(text)


def _domain_row(row: list[Line]) -> bool:
    """The row says only which set the variables lie in ("x₁, x₂, x₃, x₄ ∈ {0, 1}"), as the last rows
    of a system of constraints, set centred under it, not at its relations' column (cnfsat.pdf's
    "x₁ + x₂ ≥ 1" / … / "x₁, x₂, x₃, x₄ ∈ {0, 1}" after "… the following constraints:" was cut)."""
    text = " ".join(_text(ln) for ln in row)
    return "∈" in text and not RELATION.search(text)


def _continued(row: list[Line], column: float) -> bool:
    """The row goes on the sum of the row over it: it opens with a "+" or a "−", holds no relation
    sign, and starts right of the relations' column (``column``), as a long right-hand side is
    broken in an align (r-cran-iso's algorithm.pdf's "… = ∑_(s∈S) [g(s) − g∗(s)]…" over "+ ∑_(s∈S)
    [g∗(s) − gcu(s)]…" over "= Σ₁ + Σ₂ + Σ₃" was cut whole, "Proof: For any ĝ in I^c," left over
    nothing). So does a row with no relation sign right of the column that holds the equation's
    number (``_numbered``): the last line of an equation too long for one, its number set at the
    end (kedd.pdf p. 4's "f⁽³⁾(x) = … + 0.5(−4x + 6)" over "((−4x + 6)² − 12) φ(µ2, σ2) (7)").
    It needs no place in the relations' column."""
    text = " ".join(_text(ln) for ln in sorted(row, key=lambda ln: ln.x0))
    opens = text[:1] in CONTINUING or _numbered(row)
    return opens and not RELATION.search(text) and min(ln.x0 for ln in row) >= column


def _relation_at(row: list[Line]) -> float | None:
    """Where across the row's first relation sign starts: by its glyph where the piece keeps its
    glyphs, else by its place in the piece's text over the piece's width."""
    for line in sorted(row, key=lambda ln: ln.x0):
        glyph = next((x0 for text, _, _, x0, _ in line.glyphs if RELATION.fullmatch(text)), None)
        if glyph is not None:
            return glyph
        found = RELATION.search(line.text)
        if found:
            return line.x0 + (line.x1 - line.x0) * found.start() / len(line.text)
    return None


def _rows(pieces: list[Line]) -> list[list[Line]]:
    """The display's pieces in rows from the top: its full-size pieces whose middles lie within
    ``AXIS`` em of a row's first, and each script-size piece with the row whose middle is nearest
    its own (a sum's limits, an exponent)."""
    size = max(ln.size for ln in pieces)
    full = sorted((ln for ln in pieces if ln.size >= SCRIPT_SIZE * size), key=_middle)
    rows: list[list[Line]] = []
    for line in full:
        if rows and _middle(line) - _middle(rows[-1][0]) <= AXIS * size:
            rows[-1].append(line)
        else:
            rows.append([line])
    return _with_scripts(rows, pieces, size)


def _with_scripts(rows: list[list[Line]], pieces: list[Line], size: float) -> list[list[Line]]:
    """The ``rows`` of full-size pieces, each script-size piece of ``pieces`` with the row whose
    middle is nearest its own, or with the row of the big operator it stands under or over."""
    for line in pieces:
        if line.size < SCRIPT_SIZE * size:
            limited = [row for row in rows if any(_operator_under(ln, line) for ln in row)]
            min(limited or rows, key=lambda row: abs(_middle(row[0]) - _middle(line))).append(line)
    return rows


def _operator_under(line: Line, script: Line) -> bool:
    """A big operator of ``line`` stands across the script's middle, as TeX centres a sum's limits
    on it: the script is its limit, whichever row is nearer (in a chain of sums set close, the
    limits under one row stand nearer the row under them: algorithm.pdf's "s∈S" under "+ ∑ …" was
    read with "= Σ₁ + Σ₂ + Σ₃")."""
    middle = (script.x0 + script.x1) / 2
    if _text(line) in BIG_OPERATORS:
        return line.x0 - 1 <= middle <= line.x1 + 1
    return any(text in BIG_OPERATORS and x0 - 1 <= middle <= x1 + 1 for text, _, _, x0, x1 in line.glyphs)


def _middle(line: Line) -> float:
    return (line.top + line.bottom) / 2


def _axis(pieces: list[Line], size: float) -> float | None:
    """The middle of the display's main row: the median middle of its full-size pieces that no
    other full-size piece stands over or under (a fraction's parts do not sit on the row; a row
    piece with a script under its end does). A display of one fraction alone, two full-size pieces
    one over the other, has its row between them, where the bar stands (r-bioc-snpstats' Fst
    vignette's "(D_T − D_W)/D_T" after "… the index can be written" was cut, no row found)."""
    full = [ln for ln in pieces if ln.size >= SCRIPT_SIZE * size]
    alone = sorted(_middle(ln) for ln in full if not any(o is not ln and _across(o, ln) for o in full))
    if not alone and len(full) == 2:
        over, under = sorted(full, key=lambda ln: ln.top)
        return (over.bottom + under.top) / 2
    return alone[len(alone) // 2] if alone else None


def _across(a: Line, b: Line) -> bool:
    """The two pieces share some width."""
    return a.x0 < b.x1 - 0.5 and b.x0 < a.x1 - 0.5


def _columns(pieces: list[Line]) -> list[list[Line]]:
    """The pieces in columns from the left: a piece sharing width with a column's joins it."""
    columns: list[list[Line]] = []
    right = 0.0
    for line in sorted(pieces, key=lambda ln: ln.x0):
        if columns and line.x0 < right - 0.5:
            columns[-1].append(line)
            right = max(right, line.x1)
        else:
            columns.append([line])
            right = line.x1
    return columns


def _column(column: list[Line], axis: float, size: float, rules: list[Rule]) -> tuple[str | None, str] | None:
    """One column written: its piece on the main row (None when it has none) and the scripts over
    and under it; a fraction (``_fraction_written``) as its base. None when the column holds
    anything else."""
    fraction = _fraction_written(column, size, rules) or _root_of_fraction(column, size, rules)
    if fraction is not None:
        return fraction, ""
    on = [ln for ln in column if _on_row(ln, axis, size)]
    over = _one_script([ln for ln in column if ln not in on and (ln.top + ln.bottom) / 2 < axis])
    under = _one_script([ln for ln in column if ln not in on and (ln.top + ln.bottom) / 2 > axis])
    if len(on) == 1 and _text(on[0]) in BIG_OPERATORS:
        over, under = _stacked_limit(over), _stacked_limit(under)
    if len(on) > 1 or len(over) > 1 or len(under) > 1:
        return None
    small = all(ln.size < SCRIPT_SIZE * size for ln in over + under)
    if on and small and all(_stands_after(ln, on[0], size) for ln in over + under):
        return _text(on[0]), _scripts(under, over)
    limited = _limits_placed(on[0], under, over) if on and small else None
    if limited is not None:
        return limited, ""
    if not on and small:
        return None, _scripts(under, over)
    return None


def _fraction_written(column: list[Line], size: float, rules: list[Rule]) -> str | None:
    """The column as a fraction "num/den": its pieces over and under the widest rule that spans them
    all, the two parts centred on each other (``_fraction``). A part of one piece is its text; a
    part of more (a fraction in a fraction, brackets around one: affy's builtinMethods.pdf's
    "(φ(a/b) − φ((o−a)/b))/(Φ(a/b) + Φ((o−a)/b) − 1)") is written as a display of its own
    (``_written``), its pieces first parted where pdfminer read across an inner fraction's bar
    (``_bars_apart``). None where no rule so divides the column or a part is not written."""
    for bar in sorted(_bars_spanning(column, rules), key=lambda rule: rule[0] - rule[2]):
        over = [ln for ln in column if ln.bottom <= bar[1] + 2]
        under = [ln for ln in column if ln.top >= bar[1] - 2]
        if not over or not under or len(over) + len(under) != len(column):
            continue
        if not _fraction(boxed(over[0], over), boxed(under[0], under), size, rules):
            return None
        parts = [_part_written(part, rules) for part in (over, under)]
        if None in parts:
            return None
        return "/".join(_part(part) for part in parts)  # type: ignore[arg-type]
    return None


def _root_of_fraction(column: list[Line], size: float, rules: list[Rule]) -> str | None:
    """The column as a root over a fraction, "√(num/den)": its first piece opens with a radical sign
    whose bar (a rule starting at the sign's right edge) runs over the rest of the column, and the
    rest, the sign cut off, is a fraction (``_fraction_written``). pdfminer reads the sign into the
    numerator's line (abinit's test_report_elf.pdf (1.1), "√ Z3" over "πa₀³")."""
    first = min(column, key=lambda ln: ln.x0)
    text = _glyph_text(first) if first.glyphs else None
    if text is None or first.glyphs[0][0] != "√" or len(first.glyphs) < 2:
        return None
    sign, glyphs = first.glyphs[0], first.glyphs[1:]
    radicand = [_over_glyphs(first, text[1:].strip(), glyphs) if ln is first else ln for ln in column]
    left, right = min(ln.x0 for ln in radicand), max(ln.x1 for ln in radicand)
    top = min(ln.top for ln in radicand)
    barred = any(abs(x0 - sign[4]) <= 1 and x1 >= right - 1 and y <= top + 1 for x0, y, x1, _ in rules)
    fraction = _fraction_written(radicand, size, rules) if barred and left >= sign[4] - 1 else None
    return f"√({fraction})" if fraction else None


def _part_written(pieces: list[Line], rules: list[Rule]) -> str | None:
    """A fraction's part: one piece's text, or several pieces written as a display of their own,
    each first parted at the bars inside the part's box (``_bars_apart``; a bar over or under it
    is another fraction's). None where a rule crosses a piece that keeps no glyphs to part it by
    (``_crossed``)."""
    top, bottom = min(ln.top for ln in pieces), max(ln.bottom for ln in pieces)
    parts = _bars_apart(pieces, [rule for rule in rules if top < rule[1] < bottom])
    if any(_crossed(ln, rules) for ln in parts):
        return None
    return _text(parts[0]) if len(parts) == 1 else _written(parts, rules)


def _crossed(line: Line, rules: list[Rule]) -> bool:
    """A rule runs through the piece's box and its glyphs do not read its text: pdfminer read it
    across an inner fraction's parts ("f(a b) + 1" is no "f(a/b) + 1")."""
    unread = not line.glyphs or _glyph_text(line) is None
    return unread and any(
        line.top + 1 < y < line.bottom - 1 and x0 < line.x1 - 1 and line.x0 + 1 < x1 for x0, y, x1, _ in rules
    )


def _bars_spanning(column: list[Line], rules: list[Rule]) -> list[Rule]:
    """The rules each as wide as all the column's pieces, a point of slack either side."""
    left, right = min(ln.x0 for ln in column), max(ln.x1 for ln in column)
    return [rule for rule in rules if rule[0] <= left + 1 and rule[2] >= right - 1]


def _bars_apart(pieces: list[Line], rules: list[Rule]) -> list[Line]:
    """The pieces each parted into its runs of glyphs that stand over or under the same rules
    (``_bar_sides``): pdfminer reads an inner fraction's numerator into the line of the part around
    it and its denominator into the line after ("φ(a" over "b) − φ (o−a"), pieces no column places."""
    return [part for line in pieces for part in _bar_runs(line, rules)]


def _bar_runs(line: Line, rules: list[Rule]) -> list[Line]:
    """``line`` as its runs of glyphs of the same ``_bar_sides``, each at its glyphs' size
    (``_sized``); ``[line]`` where it has one run or its glyphs are not its text's."""
    text = _glyph_text(line) if line.glyphs else None
    sides = [_bar_sides(glyph, rules) for glyph in line.glyphs]
    if text is None or len(set(sides)) < 2:
        return [line]
    parts, rest = [], text
    for _, run in itertools.groupby(zip(line.glyphs, sides, strict=True), key=lambda pair: pair[1]):
        glyphs = tuple(glyph for glyph, _ in run)
        chars = sum(len(glyph[0]) for glyph in glyphs)
        cut = next(at for at in range(len(rest) + 1) if len("".join(rest[:at].split())) == chars)
        part = _over_glyphs(line, rest[:cut].strip(), glyphs)
        parts.append(_sized(replace(part, size=max(glyph[1] for glyph in glyphs))))
        rest = rest[cut:]
    return parts


def _bar_sides(glyph: Glyph, rules: list[Rule]) -> tuple[Rule | None, Rule | None]:
    """The nearest of ``rules`` (a part's inner bars) across the glyph's middle under and over it:
    the bar it is a numerator over and the one it is a denominator under. A script raised off its
    base stands over the same bar as the base ("d^r" over "dx^r" is one part)."""
    _, size, bottom, x0, x1 = glyph
    middle, centre = (x0 + x1) / 2, bottom - size / 2
    across = [rule for rule in rules if rule[0] <= middle <= rule[2]]
    under = min((rule for rule in across if rule[1] > centre), key=lambda rule: rule[1], default=None)
    over = max((rule for rule in across if rule[1] <= centre), key=lambda rule: rule[1], default=None)
    return under, over


def _one_script(pieces: list[Line]) -> list[Line]:
    """Script pieces side by side read as one, where pdfminer parted a limit at its own scripts: the
    first piece the largest, each after it set smaller, starting at or after its end, raised or
    lowered by its middle against the first's (cnfsat.pdf's "j∈J" beside "−" over "i" under a sum,
    j∈J_i⁻, was three pieces under one operator, and the display was cut). Else the pieces as they are."""
    if len(pieces) < 2:
        return pieces
    first, *rest = sorted(pieces, key=lambda ln: ln.x0)
    right = first.x1
    for piece in rest:
        if (
            piece.size >= SCRIPT_SIZE * first.size
            or not first.x1 - STACK_SLACK <= piece.x0 <= right + AXIS * first.size
        ):
            return pieces
        right = max(right, piece.x1)
    lowered = [ln for ln in rest if _middle(ln) > _middle(first)]
    raised = [ln for ln in rest if ln not in lowered]
    text = _text(first) + _scripts(lowered, raised)
    return [boxed(first, pieces, text=text, glyphs=())]


def _stacked_limit(pieces: list[Line]) -> list[Line]:
    """A big operator's limit set in rows one under another (``\\substack``: "j=1" over "j≠i" under
    kedd.pdf's second sum) as one limit, its rows read down, ", " between; else the pieces. The
    rows are script-size pieces, each under the one before and centred on it (``CENTRED``)."""
    rows = sorted(pieces, key=lambda ln: ln.top)
    if len(rows) < 2 or any(
        lower.top < upper.bottom - STACK_SLACK
        or abs(_across_middle(lower) - _across_middle(upper)) > CENTRED * upper.size
        for upper, lower in itertools.pairwise(rows)
    ):
        return pieces
    return [boxed(rows[0], rows, text=", ".join(_text(ln) for ln in rows), glyphs=())]


def _across_middle(line: Line) -> float:
    return (line.x0 + line.x1) / 2


def _limits_placed(base: Line, under: list[Line], over: list[Line]) -> str | None:
    """The row piece's text with the scripts under and over it written after the one big operator
    or operator name of it they stand on (their middles within its width, as TeX centres a sum's
    limits on it): bmsmanual.pdf's "p(θ|y, X) = ∑_(γ=1)^(2K) p(θ|Mγ, y, X)p(Mγ|X, y)", where
    pdfminer read the sum on the row's line and its limits apart, and kedd.pdf's "hucv =
    argmin_(h>0) UCV(h, r)". An integral's limits TeX sets at its right, not centred on it: each
    starts within the sign's width (``INTEGRALS``: dynesty.pdf's "P(D|M) = ∫_(Ω_Θ) P(D|Θ, M)P(Θ|M)dΘ",
    "Ω_Θ" under the sign's right half and past it). None where they stand on no one operator."""
    scripts = under + over
    text = _text(base)
    standing = [
        end
        for end, x0, x1 in _operators(base, text)
        if all(
            x0 - 1 <= (ln.x0 + ln.x1) / 2 <= x1 + 1
            or (text[end - 1] in INTEGRALS and x0 - 1 <= ln.x0 <= x1 + 1)
            for ln in scripts
        )
    ]
    if len(standing) != 1:
        return None
    return text[: standing[0]] + _scripts(under, over) + text[standing[0] :]


def _operators(base: Line, text: str) -> list[tuple[int, float, float]]:
    """Each big operator or operator name (``LIMIT_OPERATOR``) of the piece: where it ends in
    ``text``, the piece's text as written, and its left and right edges, by its glyphs where the
    piece keeps them, else by its share of the piece's width (a row in one size keeps none). None
    where the glyphs do not place them in the text. A glyph may hold more than one character, a
    letter with its accent ("𝚤̄", no composed form): each character is placed by its glyph."""
    written = list(LIMIT_OPERATOR.finditer(text))
    if not base.glyphs:
        width = (base.x1 - base.x0) / len(text)
        return [
            (found.end(), base.x0 + width * found.start(), base.x0 + width * found.end()) for found in written
        ]
    signs = "".join(glyph[0] for glyph in base.glyphs)
    owner = [at for at, glyph in enumerate(base.glyphs) for _ in glyph[0]]  # each character's glyph
    drawn = list(LIMIT_OPERATOR.finditer(signs))
    if [f.group() for f in drawn] != [f.group() for f in written]:
        return []
    return [
        (found.end(), base.glyphs[owner[glyph.start()]][3], base.glyphs[owner[glyph.end() - 1]][4])
        for found, glyph in zip(written, drawn, strict=True)
    ]


def _on_row(line: Line, axis: float, size: float) -> bool:
    """The piece stands on the main row: its middle within ``AXIS`` em of the row's, or it is a big
    operator or a bracket alone less than an em off it (``CENTRED_SIGNS``: an integral sign, which
    pdfminer boxes by its font's ascent and descent, not by the glyph TeX centres on the row; a big
    ")" hung from its top, its box the upper em of the glyph: kedd.pdf's "K ((x − X_i)/h)"; a big
    "⌋" so hung: crc.pdf's "⌊v(x)/x^(D−W)⌋", its "⌋" 0.6 em over the row, was cut with its display)."""
    off = min(abs(_middle(line) - axis), abs(_letters_middle(line) - axis))
    return off <= AXIS * size or (_text(line) in CENTRED_SIGNS and off <= size)


def _letters_middle(line: Line) -> float:
    """The middle of the piece's full-size glyphs but big operators, its box's where it keeps none:
    a raised script and an integral sign read into a row piece raise its box's top, not its row
    (kedd.pdf p. 2's "K^(r) ∗ K^(r)(x) = (−1)^(2r) ∫" stood 0.33 em over the "H_r(x)H_r(x − y)…" it
    goes on in, and the display was cut)."""
    middles = [
        bottom - glyph / 2
        for text, glyph, bottom, *_ in line.glyphs
        if glyph >= SCRIPT_SIZE * line.size and text not in BIG_OPERATORS
    ]
    return statistics.median(middles) if middles else _middle(line)


def _stands_after(script: Line, base: Line, size: float) -> bool:
    """A script over or under ``base`` is its own where it stands at the base's end, or where the
    base is a big operator alone (a sum's limits over and under it) or a relation sign alone (a
    symbol ``\\stackrel`` sets over it, ``_signs_apart``); one over the middle of a row ("iid" over
    the "∼" of "ǫi ∼ N(0, 1)") belongs to a sign inside it, which one line cannot show.
    A script under or over the base's last glyph, itself a script, is the other half of a stack at
    the base's end (irlba.pdf's "rmeT muB" with its "j" under the "B": u^B_j)."""
    text = _text(base)
    alone = text in BIG_OPERATORS or RELATION.fullmatch(text) is not None
    return script.x0 >= base.x1 - AXIS * size or alone or _stacked_at_end(script, base)


def _stacked_at_end(script: Line, base: Line) -> bool:
    """The script starts within the base's last glyph, a glyph set smaller than the base's letters,
    no big operator: a text-style sum set smaller than the row has its limit under it, written
    after it (``_limits_placed``; r-bioc-snpstats' Fst vignette's "X_s = ∑_g W_g X_sg" got its "g"
    written at the row's end)."""
    if not base.glyphs:
        return False
    text, glyph, _, x0, _ = base.glyphs[-1]
    return glyph < SCRIPT_SIZE * base.size and text not in BIG_OPERATORS and script.x0 >= x0 - STACK_SLACK


def _fraction(numerator: Line, denominator: Line, size: float, rules: list[Rule]) -> bool:
    """Two full-size pieces centred on each other with a rule between them: a stacked fraction."""
    middle = abs((numerator.x0 + numerator.x1) - (denominator.x0 + denominator.x1)) / 2
    left, right = min(numerator.x0, denominator.x0), max(numerator.x1, denominator.x1)
    bar = any(
        numerator.bottom - 2 <= top <= denominator.top + 2 and x0 <= left + 1 and x1 >= right - 1
        for x0, top, x1, _ in rules
    )
    return middle <= CENTRED * size and bar


def _scripts(under: list[Line], over: list[Line]) -> str:
    """A base's subscript then superscript, as Unicode's lowered and raised forms where each
    character has one ("₀"), else after "_" and "^" ("^∞"), bracketed when more than one term."""
    lowered = "".join(_script(_text(ln), SUBSCRIPT, "_") for ln in under)
    return lowered + "".join(_script(_text(ln), SUPERSCRIPT, "^") for ln in over)


def _script(text: str, forms: dict[str, str], sign: str) -> str:
    """A script's text in its Unicode forms, else after its ``sign``, bracketed unless one term; a
    script with a script of its own is bracketed too ("∫_(Ω_Θ)", not "∫_Ω_Θ")."""
    if all(char in forms for char in text):
        return "".join(forms[char] for char in text)
    return sign + (f"({text})" if "_" in text or "^" in text else _part(text))


def _part(text: str) -> str:
    """A fraction's or a script's part, bracketed unless it is one term."""
    return text if ATOM.fullmatch(text) else f"({text})"


def _text(line: Line) -> str:
    """The piece's text, its raised and lowered runs written as scripts where its glyphs tell them
    (``_scripted``), else as the line's text writes them. Where the line's text writes the very
    scripts the glyphs tell, only a superscript of more than one character bracketed as the line
    reader brackets it (``_raised_as_written_here``), it stands as written: the BAMG manual's record
    "@@Edge_i^(supp)" is not rewritten "@@Edge_i^supp" once a row's two pieces keep their glyphs (a
    subscript's indices stay this module's, "r_ij")."""
    scripted = _scripted(line)
    text = marks_raised(line.text).strip()
    return text if scripted is None or _raised_as_written_here(text) == scripted else scripted


def _raised_as_written_here(text: str) -> str:
    """``text`` with each superscript it writes after its caret (``WRITTEN_SCRIPT``) written as this
    module's ``_script`` writes one: "u_i^(supp)" is "u_i^supp"."""
    return WRITTEN_SCRIPT.sub(
        lambda run: _script(run[1] or run[2], SUPERSCRIPT, "^") if run[0][0] == "^" else run[0], text
    )


def _sized(line: Line) -> Line:
    """The piece at the size of its largest letters (an accented one too: kedd.pdf's "f̂", its hat
    a combining mark), digits, big operators, relation signs and brackets: a piece most of whose
    glyphs are a script's is no script ("ωinf =", set 8 pt "inf" beside 10.9 pt "ω" and "=", was
    measured 8 pt, a limit with no base; psi_functions.pdf's "∫ x", an integral with its upper limit
    read flat, was written as a script of the "=" before it). A stack's subscript read with the row's
    relation after it ("C =" under "U real": U_C^real =) and a bracket read with its script and a
    stop on its baseline ("]υ/2,": "]^(υ/2),") are the row's, their scripts lowered or raised off its
    signs. A bracket with no such glyph beside it may be a big one hung from its top, no sign of
    the row's size (test_report_elf.pdf's ")5/3")."""
    sizes = [
        size
        for text, size, bottom, *_ in line.glyphs
        if text[:1].isalnum() or text in ROW_SIGNS or _bracket_on_row(text, size, bottom, line.glyphs)
    ]
    return replace(line, size=max(sizes)) if sizes else line


def _bracket_on_row(text: str, size: float, bottom: float, glyphs: tuple[Glyph, ...]) -> bool:
    """The glyph is a bracket and another glyph of ``glyphs``, no bracket, stands at its size on its
    bottom: a bracket set on the row's baseline. Not where a letter or digit set smaller stands on
    that row too, its foot less than ``MARK_RISE`` em of the bracket over the bracket's and not under
    it (no script raised or lowered off it): the row is those letters', the bracket and the stop
    beside it set larger around them (the BAMG manual's record "(@@Vertex_i, … (R) u_i^(supp) , …)"
    between 14 pt brackets, its letters 10 pt: measured by the brackets, every letter read as a
    script and "Vertex_i" flattened to "Vertexi")."""
    return (
        text in CENTRED_SIGNS
        and any(
            other[0] not in CENTRED_SIGNS and abs(other[1] - size) < 0.5 and abs(other[2] - bottom) < 0.5
            for other in glyphs
        )
        and not any(
            other[0][:1].isalnum()
            and other[1] < SCRIPT_SIZE * size
            and 0 <= bottom - other[2] < MARK_RISE * size
            for other in glyphs
        )
    )


def _levels(line: Line) -> list[int]:
    """Each of the piece's glyphs' place: 1 raised, -1 lowered, 0 on the line (``_places``)."""
    return _places(line.glyphs, line.size)


def _places(glyphs: tuple[Glyph, ...], size: float) -> list[int]:
    """Each glyph's place among ``glyphs`` set at ``size``: 1 raised, -1 lowered, 0 on their
    baseline. A script is set smaller than ``SCRIPT_SIZE`` of ``size``, its box's bottom ``MARK_RISE``
    em over, or under, the median bottom of the full-size glyphs (a smaller glyph on their baseline
    stands a little higher, as ``pdf_math_pieces._script_side`` reads a script). A prime is raised by
    its glyph, not set as a script. The same rule places a script's glyphs in it, measured by the
    script's largest (``_nested``)."""
    full = [
        bottom
        for text, glyph, bottom, *_ in glyphs
        if glyph >= SCRIPT_SIZE * size and text not in BIG_OPERATORS
    ]
    if not full:
        return [0] * len(glyphs)
    foot = statistics.median(full)
    levels = []
    for text, glyph, bottom, *_ in glyphs:
        script = glyph < SCRIPT_SIZE * size and text not in PRIMES
        levels.append(script * ((bottom < foot - MARK_RISE * size) - (bottom > foot)))
    return levels


def _runs(text: str, levels: list[int]) -> list[tuple[int, str]]:
    """``text`` in runs of one level each, ``levels`` giving each of its characters but spaces its
    level; a space goes with the run before it."""
    runs: list[tuple[int, str]] = []
    glyphs = iter(levels)
    for char in text:
        level = (runs[-1][0] if runs else 0) if char.isspace() else next(glyphs)
        if runs and runs[-1][0] == level:
            runs[-1] = (level, runs[-1][1] + char)
        else:
            runs.append((level, char))
    return runs


def _glyph_text(line: Line) -> str | None:
    """The piece's text read back to its glyphs in their order: its raised runs' carets and forms
    undone (``EXPONENT``), and where that does not give its glyphs and the line wrote a lowered run,
    every script's sign and brackets (``WRITTEN_SCRIPT``), a stack's two scripts in either order
    (``WRITTEN_STACK``). None where no reading gives them (a later step rewrote the text)."""
    glyphs = "".join(glyph for glyph, *_ in line.glyphs)
    text = PRIVATE_USE.sub("", line.text)
    lowered = any(char == "_" or char in LOWERED_FORMS for char in text)  # only the line's stacks and limits
    readings = (
        EXPONENT.sub(lambda run: run[1] or run[2], text).translate(PLAIN),
        *(_unwritten(reading) for reading in (WRITTEN_STACK.sub(r"\2\1", text), text) if lowered),
    )
    return next((plain for plain in readings if glyphs == "".join(plain.split())), None)


def _unwritten(text: str) -> str:
    """``text``'s scripts as their glyphs: "lim_(n→∞)" is "limn→∞", "f^((r))" "f(r)", "x₁²" "x12"."""
    return WRITTEN_SCRIPT.sub(lambda run: run[1] or run[2], text).translate(LOWERED_PLAIN).translate(PLAIN)


def _scripts_in_text(text: str) -> bool:
    """Whether the line's text writes a script (``WRITTEN_SCRIPT``, or a script's Unicode form): the
    line reader found it by the glyphs' baselines (``pdf_spacing._set_baseline``), which a glyph's box
    does not show where a smaller font hangs a shallower descent (dbscan.pdf's "N_ϵ(p)": cmmi8's ϵ,
    set 1.6 pt lower than cmmi10's N, has its box's foot 0.5 pt higher than N's)."""
    return bool(WRITTEN_SCRIPT.search(text)) or any(char in FORMS for char in text)


def _scripted(line: Line) -> str | None:
    """The piece's text with each run of glyphs raised or lowered (``_levels``) written as its script
    (``_script``): "N_ij(T) = q_ij R_i(T)", "h_j²", where pdfminer set them on the line ("Nij(T) =
    qijRi(T)", "h² j", "2^K"); a word after a script written with its sign ("_ij") stands a space
    apart ("q_ijR" would read one script), and so does a bracket after a superscript ("θ^kγ(1 − θ)"),
    while a bracket after a subscript is its argument, as the line reader writes it ("R_pq(A)", the
    expm vignette's, not "R_pq (A)"), and a stack's subscript is written before its superscript.
    None for a piece set in one size, or whose glyphs are not its text's (a later step rewrote the
    text), or whose glyphs' boxes show no script where the line's text writes one
    (``_scripts_in_text``)."""
    text = _glyph_text(line) if line.glyphs else None
    if text is None:
        return None
    levels = [level for (glyph, *_), level in zip(line.glyphs, _levels(line), strict=True) for _ in glyph]
    if not any(levels) and _scripts_in_text(line.text):
        return None
    return _nested(text, line.glyphs, line.size).strip()


def _nested(text: str, glyphs: tuple[Glyph, ...], size: float, inner: bool = False) -> str:
    """``text`` (the glyphs' own, spaces aside) with each run of glyphs raised or lowered off the
    glyphs' baseline at ``size`` (``_places``) written as its script, and each script's own scripts
    in it, placed by the same rule measured by the script's largest glyph, as TeX nests them
    (\\scriptscriptstyle in \\scriptstyle): the crc paper's x^{n_k 2^k} beside a product's limits is
    "x^(n_k 2^k)", once "x^(nk 2k)", and e^{-k^2/4α^2} "e^(−k²/4α²)", not "e^(−k2/4α2)" (k times 2).
    Inside a script (``inner``) a fraction joined into one glyph (``_joined_fraction``) stays on it,
    and so does a run with no base before it (``_script_base``)."""
    owner = [at for at, glyph in enumerate(glyphs) for _ in glyph[0]]
    places = [
        0 if inner and _joined_fraction(glyph[0]) else place
        for glyph, place in zip(glyphs, _places(glyphs, size), strict=True)
    ]
    levels = [level for (glyph, *_), level in zip(glyphs, places, strict=True) for _ in glyph]
    written, raised, signed, done = "", "", False, 0
    for level, run in _runs(text, levels):
        count = sum(not char.isspace() for char in run)
        mine, done = glyphs[owner[done] : owner[done + count - 1] + 1] if count else (), done + count
        if not level or inner and not _script_base(written):
            apart = (
                signed
                and not written[-1:].isspace()
                and (run[:1].isalnum() or run[:1] == "(" and bool(raised))
            )
            written += " " * apart + run
            raised, signed = "", False
            continue
        own = _nested(run.strip(), mine, max(glyph[1] for glyph in mine), inner=True).strip()
        script = _script(own, SUPERSCRIPT if level > 0 else SUBSCRIPT, "^" if level > 0 else "_")
        base = written.rstrip()
        if level < 0 and raised:  # a stack: the subscript first, as ``_scripts`` writes a sum's limits
            base, script = base.removesuffix(raised), script + raised
        written = base + script + run[len(run.rstrip()) :]
        raised, signed = (script if level > 0 else ""), script[-1].isalnum() and script[-1] not in FORMS
    return written


def _script_base(written: str) -> bool:
    """Whether the script's text ``written`` so far ends in a glyph a script of it can stand on: a
    letter, a digit, a closing bracket or bar, a script in its forms. A smaller raised run after a
    sign or opening the script is no script of it: it is a fraction's part whose bar the piece does
    not hold, as bvar-a-la-sims.pdf's |S|^{-df/2} and (2π)^{-T^+ n_y/2}, their numerators set smaller
    and higher than the "−", were once written "|S|^(−^df)" and "(2π)^(−^(T+·ny))"."""
    last = written.rstrip()[-1:]
    return last.isalnum() or last in CLOSING or last == "|" or last in FORMS


def _joined_fraction(text: str) -> bool:
    """The glyph's text is a fraction ``_over_numerator`` joined, "num/den", written where its
    numerator stood: in a script, its numerator is set smaller and higher as a script's own
    superscript is (e^{nx/a}: "x" 2.5 pt over the 7 pt "n"), but the bar sets it there, so it stays
    in its script, "e^(nx/a)", not "e^(n^(x/a))" (``pdf_spacing._script_place`` reads a line's
    fraction part so)."""
    return len(text) > 1 and "/" in text
