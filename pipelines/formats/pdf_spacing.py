"""A line's text written from its glyphs: where the spaces go, and which glyphs are footnote marks.

pdfminer's spaces come from one fixed gap, which kerned, tracked or monospaced PDFs break both ways.
``_spaced_text`` writes each line's spaces from its own glyphs instead (its space glyphs, else its
gaps against its usual letter gap), marks footnote marks and scripts, and parts words glued across
a font change. It is the one place a line's words are decided; the line's assembly (``pdf_lines``)
calls it once its glyphs are grouped, accented and measured.
"""

from __future__ import annotations

import itertools
import re
import string
import unicodedata
from dataclasses import replace
from statistics import median

from sloika.filters.ligature_repair import LATIN_LIGATURES, ligatures_in_words
from sloika.pipelines.formats.pdf_accents import WORD_MARGIN, _LogoLetter
from sloika.pipelines.formats.pdf_fonts import (
    BOLD,
    ITALIC,
    MATH_ITALIC,
    MONOSPACED,
    SCRIPT_STEP,
    SLANTED_TYPEWRITER,
    _font,
    _letter_spacing,
)
from sloika.pipelines.formats.pdf_glyphs import TEX_EXTENSION_FONT, TEX_MATH_FONT
from sloika.pipelines.formats.pdf_line_record import (
    C_DIRECTIVE,
    COLON_APART,
    FONT_SWITCH,
    LEAD,
    MARK_CLOSE,
    MARK_OPEN,
    RELATIONS,
    RUN_IN,
    Line,
    Rule,
)
from sloika.pipelines.formats.pdf_math_pieces import (
    MARK_RISE,
    MARK_SIZE,
    PRIMES,
    SLANT,
    TOUCH,
    WORD_GAP,
    greek,
    letter_exponents,
)
from sloika.pipelines.formats.pdf_numbered_rows import empty_column
from sloika.text.script_forms import SUPERSCRIPT, SUPERSCRIPTS, lowered, raised

# C's keywords as CWEB prints them, bold lower-case words ("case", "static int"): ``_keyword_statement``
C_KEYWORDS = re.compile(r"[a-z]+(?: [a-z]+)*")
C_COMMENT = re.compile(r"/[∗*].*?[∗*]/")  # a C comment, "/∗ Length of current line ∗/"
PROSE_PAIR = re.compile(r"[^\W\d_]{2,} [^\W\d_]{2,}")  # two words in a row: prose, no statement
TAB_GAP = 0.5  # a gap wider than this share of the font size is a space even between glyphs
LETTER_GAP = 0.15  # in a line without space glyphs: a gap this far (em) above its usual letter gap
HIGH_MARKS = "!?;"  # punctuation French sets a thin space before (its colon takes a word space)
GUILLEMETS = "«", "»"  # French sets a space inside them, other languages none (``_hugs``)
FRENCH_COLON = 0.95  # a colon this share of the line's word gap (``_word_gap``) after its word stands apart
FRENCH_COLONS = 0.75  # share of a document's colons after a letter set apart that makes its habit French
FRENCH_COLONS_MIN = 5  # colons after a letter a document sets, at least, to show a habit
WORD_COLON = re.compile(f"[^\\W\\d_]({COLON_APART}?):")  # a colon after a letter, set apart or not
WORD_SPACE = 0.3  # em: a text font's word space (TeX's: 0.33 em, 0.22 shrunk), where a line shows none
THIN_SPACE = 0.12  # em: a gap this wide before a high mark is a thin space (French: 1/6 em)
# em: a math-italic letter's side bearing a line spaced by its gaps may show between two letters, no
# word space: mathptmx sets "f" 0.15 em from its neighbours ("goofy"); TeX's thin space (1/6 em) and
# Times' shrunk word space (0.19 em) are wider
ITALIC_BEARING = 0.16
# of a typewriter letter's width: a gap under this after a slanted one is its italic correction
TYPEWRITER_CORRECTION = 0.5
# an italic letter's correction before an upright one is no word space where under this share of the
# line's median word gap, however wide the font's correction: cmti's "N" stands 0.164 em before "s" in
# velvet's "\\emph{N}s" on a line spaced 0.49 em, read "N s"
CORRECTION_SHARE = 0.5
OPERAND_GAP = 0.25  # em: an operator's thin space (1/6 em) and its exponent's \scriptspace: "sin²θ"
TEX_SCRIPT_SPACE = 0.5  # pt: TeX's \scriptspace, set after every sub- and superscript
EVEN_LETTERS = 0.05  # em: letter gaps this close to the usual one, none up to WORD_MARGIN: evenly set
AT_ADVANCE = 0.001  # em: two letters this near their advance touch, as TeX sets a font unspread (exactly)
SPACED_LETTERS = 0.05  # em: a line whose letters stand this far apart (their median gap) is letter-spaced
EVEN_WORDS = 0.02  # em: word gaps this close to one another: a line set at its natural spacing
STOP_WORDS = 2  # word gaps a line holds besides a stop's, at least, to show they are all one width
THOUSANDS = re.compile(r"\d{3}(?!\d)")  # a number's group of thousands after its separator
# a number's digits before that separator, opening no bracket: "[1, 100]" is an interval's bounds
GROUPED = re.compile(r"(?<![\d.(\[{])[1-9]\d{0,2}(?:,\d{3})*,$")
DIGITS_APART = 0.2  # em: two digits this far apart are two numbers (TeX's word space shrinks to 0.22 em)
NUMBER_SIGNS = "+-−.*"  # what a row of numbers holds besides digits
BINARY_SIGNS = frozenset("+−×·±∓")  # a formula's binary operators: one math space on both sides
OPERAND_SIGNS = RELATIONS | BINARY_SIGNS  # a formula's signs TeX sets math spaces around
ABBREVIATED = re.compile(r"[^\W\d_]\. ?[^\W\d_]\.")  # "т. д.", "т. п.", "т. е.", "т.ч."
BEFORE_ABBREVIATED = {"и", "в"}  # "и т. д.", "и т. п.", "в т. ч."
DOT_OPERATOR = frozenset(
    "./\\*^"
)  # after a dot right against it: a path's ("./", "../") or an operator's (".*", ".\\")
SMILEY = re.compile(r"[:;]-?[()]")  # ":)", ":-)", ";-(": a word of its own, no colon to hug the word before
DEFINES = re.compile(r":{1,2}=")  # ":=", "::=": an assignment's or a grammar's sign, no colon to hug the word
NO_BREAK = "\u00a0\u202f\u2007"  # a tie ("Раздел 2.2"): set as a glyph also where word spaces are gaps
# a typewriter font's visible space (cmtt's code 32, ``pdf_glyphs``: read as a no-break space), which
# a string printed with its spaces shown sets once per space: each one counts (``_visible_space``)
VISIBLE_SPACE = "\u00a0"
SUBSECTION_NUMBER = re.compile(r"\d+(?:\.\d+)+")  # "10.11": a subsection's number (no space glyph after it)
GLUED = re.compile(f"([^\\W\\d_]+){FONT_SWITCH}([^\\W\\d_]+)")
# the endings English sets on a code name in the text's font, no gap: "restore" + "ed", "GLuint" + "s";
# and an ordinal's on a formula's name: "$N$th", "$i$st"
ENDINGS = frozenset(("s", "es", "ed", "d", "ing", "er", "ers", "th", "st", "nd", "rd"))
# LaTeX's footnote symbols in the order \\fnsymbol counts them ("∗" U+2217: a Unicode TeX font's
# \\thanks mark): "§", "¶" and "‖" mark the fourth to sixth authors of a title block
NOTE_SYMBOLS = "*∗⋆†‡§¶‖"  # MNRAS marks a title's note with a star, "⋆"
MARKABLE = set("0123456789" + NOTE_SYMBOLS)
DAGGERS = "†‡"  # note marks no text sets raised but as a mark, whatever their size
CLOSING = ",.:)]»"  # marks that hug the word before them (``_hugs``)
BRACKETS = "([{⟨", ")]}⟩"  # the brackets a binomial stands between
BINOMIAL = " choose "  # between a binomial's top and bottom: "(n choose h)"
ABUT_MARK = 0.1  # em: a glyph starting this far left of a mark's right edge, or less, stands after it
LOWERED = 0.05  # em a subscript's baseline sits under its base's, at least (TeX's \scriptscriptstyle: 0.1)
# em of a big delimiter's size: a script on it whose baseline sits less than this under the delimiter's
# origin, its top (a math extension font's glyph hangs from it), is its superscript, which TeX drops from
# the delimiter's top by \sup_drop (0.39 em of the script's font); a subscript hangs from its foot
HUNG_SUPERSCRIPT = 0.5
APOSTROPHES = "\u2019'"  # an apostrophe within a word: "surf’s", "don't"
OPENING_QUOTES, CLOSING_QUOTE = "“‘„", "”"  # curly quotes that TeX sets against their word, no kern
# of a line's median word gap: a gap before an apostrophe narrower than this is a kern, no word space
# (TeX's word gaps on a line are one width, save after a sentence's end; pdfminer measures them exactly)
KERN_SHARE = 0.85
# em: a subscript starts this near the superscript over it, which TeX sets after its base's italic
# correction (cmmi10's V: 0.22 em, "EV²ₙ(BH)")
STACK_SHIFT = 0.25
BRACKETS_OPEN = "([{⟨"  # a stack set right after one is a binomial's top and bottom (``_binomial_bottom``)
SIGNED = re.compile(r"[\^_]\w$")  # a script of one character written after its sign: "^r", "_n"


def _spaced_text(
    chars: list, size: float, links: list[Rule] = (), pitch: float | None = None, column: float = 0.0
) -> str:
    """The line's text with spaces where the PDF put them. A line whose space glyphs are at least as
    many as its wide gaps is spaced by its glyphs (Word's GOST standards: kerning gaps there are no
    spaces); otherwise by gaps clearly wider than its usual letter gap (TeX sets no space glyphs,
    and tracked text has wide letter gaps); a gap over half an em (a tab) is a space in both, and so
    is a subscript set under a superscript with no base before them (``stacked_under``). A stack on
    a base, a subscript or an operator's limit and a raised letter are written as scripts
    (``_scripts_written``: "∑_(j=1)^m w_j", "x_i²", "lim_(n→∞)", "2^K"). No space goes before a
    superscript, and footnote marks are wrapped in ``MARK_OPEN``/``MARK_CLOSE``
    (a digit touching a superscript one, "1⁵", is the mark's first digit: ``_leads_mark``). A
    monospaced line (``pitch``: its letters' width) keeps a space for each letter's width a gap holds
    and the spaces it sets, so its columns stay where they are drawn ("22  (at your option)" under
    "21  the Free Software …", a listing's number and its indented line read as one line). A numbered
    listing's row set in fixed columns (``column``: their pitch, ``pdf_numbered_rows.column_pitch``)
    parts two glyphs only across an empty column (``empty_column``), whatever their gap."""
    inked = [c for c in chars if not _unwritten_bracket(c)]
    gaps = [b.x0 - a.x1 for a, b in zip(inked, inked[1:], strict=False)]
    # letters outnumber words; a line of two glyphs ("и я") has one gap, no letter gap to measure it by;
    # measured between letters where the line has some, so a run of spaced dot leaders (". . . .", more
    # gaps than the words' letters) is no letter gap: "Признаки иные . . . 2." keeps its space
    between = [
        gap
        for gap, a, b in zip(gaps, inked, inked[1:], strict=False)
        if (a.get_text() + b.get_text()).isalpha()
    ]
    usual = _usual_gap(gaps, between, inked, size)
    if usual > EVEN_LETTERS * size and _one_letter_words(gaps, inked, size):
        usual = 0.0
    threshold = min(usual + LETTER_GAP * size, TAB_GAP * size)
    glyph_spaces = sum(c.get_text().isspace() and c.get_text() not in NO_BREAK for c in chars)
    wide = sum(
        gap > threshold and not (a.get_text().isspace() or b.get_text().isspace())
        for gap, a, b in zip(gaps, inked, inked[1:], strict=False)
    )
    loose = threshold  # italic correction and monospaced text keep it: see ``_kerned_apart``
    by_glyphs = bool(glyph_spaces) and glyph_spaces >= wide
    if by_glyphs:
        threshold = loose = TAB_GAP * size
    elif _evenly_set(gaps, inked, usual, size):
        threshold = min(usual + WORD_MARGIN * size, TAB_GAP * size)
    band = 0.0 if pitch or by_glyphs or column else _column_band(gaps, inked, size)  # letter-spaced code
    word_gaps = [gap for gap in gaps if gap > threshold]
    median_word_gap = median(word_gaps) if word_gaps else 0.0
    font_word_gaps = _font_word_gaps(gaps, inked, threshold)
    marks = _marks(chars, size, links)
    word_gap = _word_gap(gaps, inked, threshold, size)
    spacing = _letter_spacing(chars, pitch) if pitch else 0.0
    term_end = _run_in_term(chars, size)
    largest = max(c.size for c in chars)  # scripts may outnumber the text they stand on ("∑si=1 ∑r")
    parts: list[str] = []
    previous = None
    scripts = _script_digits(chars, size)
    runs = _scripts_written(chars, size)
    written = {start: script for start, (_, script) in runs.items()}
    inside = {at for start, (end, _) in runs.items() for at in range(start, end)}
    signed = ""  # the sign of the last glyphs written where they were a script of one character
    for index, (char, mark, script) in enumerate(zip(chars, marks, scripts, strict=True)):
        text = char.get_text()
        if index in inside:  # a script written whole at its first glyph: "2^K", "h_n^(2r+1)"
            parts.append(written.get(index, ""))
            signed = parts[-1][-2] if SIGNED.search(parts[-1]) else ""
            previous = max((previous, char), key=lambda glyph: glyph.x1)  # a stack ends at its wider script
            continue
        if signed and (text[:1].isalnum() or (text[:1] == "(" and signed == "^")):
            parts.append(" ")  # "(−1)^r H_r(x)": "^rH" would read one exponent; "_r(x)" an argument
        signed = ""
        if text.isspace():
            gap = char.x0 - previous.x1 if previous is not None and pitch else 0.0
            shown = not pitch and _visible_space(char)
            parts.append(
                VISIBLE_SPACE if shown else " " * (1 + round(gap / pitch)) if gap > threshold else " "
            )
        else:
            if index == term_end:
                parts.append(f" {RUN_IN}")
            opens = _opens_token(chars, index, threshold)
            gap = char.x0 - previous.x1 if previous is not None else 0.0
            stacked = previous is not None and previous.size < MARK_SIZE * largest
            stacked = stacked and stacked_under(chars[:index], char, largest)
            kerned = (
                previous is not None
                and _kerned_apart(previous, char)
                and not _operator_spaced(chars, index, threshold)
            )
            # a letter-spaced code line's letters within one token stand apart only over its band
            token_gap = band if band and previous is not None and _one_token(previous, char) else 0.0
            wide = previous is not None and (
                empty_column(previous, char, column)
                if column
                else gap > max(loose if kerned else threshold, token_gap)
                or _quote_set_off(previous, char, gap, usual + EVEN_LETTERS * size)
            )
            apart = (
                wide
                and not (gap <= ITALIC_BEARING * size and _italic_letters(previous, char, largest))
                and not (
                    gap <= max(ITALIC_BEARING * size, CORRECTION_SHARE * median_word_gap)
                    and _italic_corrected(previous, char, largest)
                )
                and not _typewriter_corrected(previous, char, gap)
                and not _tied(previous, char)
                and not _math_ending(chars, index, gap, size)
                and not _apostrophe_kerned(
                    chars, index, gap, font_word_gaps.get(_font(char), median_word_gap)
                )
                and (not (mark or script) or _mark_leans_on_next(chars, marks, index, threshold))
                and not _thousands_group(chars, index, gap, size)
                and not _hyphens_paired(chars, index, gap, (threshold, word_gap))
            )
            spaced = (
                apart
                and (
                    _set_gap(previous, char, gap, largest) > TAB_GAP * size
                    or opens
                    or _reversed_bracket(chars, index, threshold, size)
                    or _code_beside_prose(previous, char)
                    or (gap >= word_gap and _open_operator(chars, index))
                    or _one_typewriter(previous, char)
                    or _stop_spaced(chars, index, gap, word_gaps)
                )
            ) or (
                (gap > WORD_MARGIN * size and _abbreviation_apart(parts, chars, index))
                or stacked
                or _raised_word(chars, index)
            )
            unhugged = (
                apart and not spaced and not _hugs(previous.get_text(), text, gap / size, word_gap / size)
            )
            if spaced or unhugged:
                binomial = stacked and _binomial_bottom(chars, index, largest)
                cells = max(1, round((gap - spacing) / (pitch + spacing))) if pitch else 1
                colon = unhugged and text == ":"  # the document's habit decides it: ``colons_spaced``
                parts.append(BINOMIAL if binomial else COLON_APART if colon else " " * cells)
            elif (
                previous is not None
                and not (isinstance(char, _LogoLetter) or isinstance(previous, _LogoLetter))
                and _font(previous) != _font(char)
                and (previous.get_text() + text).isalpha()
                and not (MONOSPACED.search(_font(previous)) and MONOSPACED.search(_font(char)))
                and not _one_slanted_word(previous, char)
                and not (_typewriter_ending(chars, index) or _math_ending(chars, index, gap, size))
            ):  # a name's placeholder in monospaced italic is no other word: "lib" + "foo" + ".so.1"
                parts.append(FONT_SWITCH)
            if _leads_mark(char, chars[index + 1] if index + 1 < len(chars) else None, size):
                parts.append(LEAD)
            parts.append(f"{MARK_OPEN}{text}{MARK_CLOSE}" if mark else SUPERSCRIPT[text] if script else text)
        previous = char
    spaces = r"[^\S ]+" if pitch else r"\s+"  # a monospaced line's runs of spaces are its columns
    text = (
        re.sub(spaces, _spaces_written, GLUED.sub(_split_glued, "".join(parts)))
        .replace(FONT_SWITCH, "")
        .strip()
    )
    text = re.sub(f"(?<!\\S){LEAD}(\\d){MARK_OPEN}", f"{MARK_OPEN}\\1", text)  # "1⁵": footnote 15
    return text.replace(LEAD, "").replace(MARK_CLOSE + MARK_OPEN, "")


def _visible_space(char) -> bool:
    """The glyph is a typewriter font's visible space ("␣", ``VISIBLE_SPACE``): it stands for one
    space of a string that shows its spaces, so a run of them is that many spaces (CWEB's
    usage strings, "\"␣␣␣␣␣␣␣␣␣␣␣-b,␣--binary␣␣␣␣␣␣Treat…\"", were read with one). A no-break
    space in a text font is a tie and goes with the word spaces around it."""
    return char.get_text() == VISIBLE_SPACE and bool(MONOSPACED.search(_font(char)))


def _spaces_written(run: re.Match[str]) -> str:
    """A run of white space as the line writes it: one space, or one for each visible space in it
    (``_visible_space``), a word gap beside them adding none."""
    return " " * max(1, run.group().count(VISIBLE_SPACE))


def _scripts_written(chars: list, size: float) -> dict[int, tuple[int, str]]:
    """The line's script runs written whole at their first glyph, by its index: (the run's end, its
    text). A sub- and superscript stacked on one base, the subscript first (``_stack``:
    "h_n^(2r+1)", "∑_(i=1)^n", where "h^(2r+1) n" moved the subscript behind the exponent), a
    lone lowered run, a subscript or an operator's limit (``_lowered_run``: "h_n", "lim_(n→∞)", not
    "hn", "limn→∞"), and a raised run holding a formula's letter or sign (``letter_exponents``: "2^K",
    "λ⁻¹", "Γ^(u₁)", its own subscript lowered in it, ``_script_text``). A run that is none of these
    is searched on from its second glyph: after a big bracket the line's own glyphs are set smaller
    than it, one run that no script writes, and a stack inside it is on its own base (the BAMG
    manual's "(@@Vertex_i^j, j=1,3), (I) Refφ_i^t ," after a 14 pt ")", once "Refφ^t i")."""
    found: dict[int, tuple[int, str]] = {}
    at = 1
    while at < len(chars):
        end = _script_run_end(chars, at, size)
        readable = all(_readable(c) for c in chars[at - 1 : end])  # "(cid:23)" under "2": no script to write
        script = (
            end > at
            and readable
            and (_stack(chars[at:end], chars[at - 1].size) or _lowered_run(chars, at, end, size))
        )
        if script:
            found[at] = (end, script)
        at = end if script else at + 1  # a run written as none may hold one: text after a big ")"
    for start, end in letter_exponents(chars, size):
        if not any(begin <= start < stop for begin, (stop, _) in found.items()):
            found[start] = (end, raised(_script_text(chars[start:end], size)))
    return found


def _readable(glyph) -> bool:
    """The glyph maps to a character: neither pdfminer's "(cid:N)" for one no table maps nor a
    private-use code point (a symbol font's glyph that is no character)."""
    text = glyph.get_text()
    return not text.startswith("(cid:") and all(unicodedata.category(char) != "Co" for char in text)


def _script_run_end(chars: list, at: int, size: float) -> int:
    """The end of the run of glyphs set smaller than their base (``MARK_SIZE``) that opens at ``at``
    on it: a glyph at the line's size other than an opening bracket right before it (from ``TOUCH``
    em before its end to ``SLANT`` em after; measured by the base, as a display's scripts may
    outnumber its letters); ``at`` where none does."""
    base = chars[at - 1]
    if base.get_text().isspace() or base.size < MARK_SIZE * size or base.get_text() in BRACKETS_OPEN:
        return at
    end = at
    while (
        end < len(chars) and _script_sized(chars[end].size, base.size) and not chars[end].get_text().isspace()
    ):
        end += 1
    start = min((c.x0 for c in chars[at:end]), default=base.x1)
    return end if -TOUCH * size <= start - base.x1 <= SLANT * size else at


def _script_sized(size: float, base: float) -> bool:
    """Whether ``size`` is a script's size on a base of ``base`` pt: ``MARK_SIZE`` of it or smaller,
    to the hundredth. LaTeX's \\footnotesize on \\normalsize is 8 pt on 10, exactly that share, which
    c90.pdf's sizes carry as 0.800002: its class names' subscripts ("base" with "desc" set under its
    baseline) read glued to their base, "basedesc"."""
    return round(size / base, 2) <= MARK_SIZE


def _stack(run: list, size: float) -> str | None:
    """The run of scripts on a base of ``size`` pt written as two stacked on it, subscript then
    superscript as a display's are (``pdf_display_formulas._scripts``): its glyphs from where one
    starts back at its first (``stacked_scripts``) are the other script. None for a run with no
    such glyph."""
    split = next((at for at in range(1, len(run)) if stacked_scripts(run[0], run[at], size)), None)
    if split is None:
        return None
    first, second = run[:split], run[split:]
    raised_first = first[0].y0 + first[0].y1 > second[0].y0 + second[0].y1  # by their boxes' middles
    over, under = (first, second) if raised_first else (second, first)
    return lowered(_script_text(under, size)) + raised(_script_text(over, size))


def _lowered_run(chars: list, at: int, end: int, size: float) -> str | None:
    """The run from ``at`` to ``end`` written lowered on the glyph it stands after, where each of its
    glyphs' baselines (``_set_baseline``) sits ``LOWERED`` em or more under its base's and the
    line's (a raised prime's "(" after it on the line, "f′(E)", is none): a variable's
    subscript ("h_n", "X_i", "H_r", where the line read "hn", "Xi", "Hr") and an operator's limit,
    which TeX sets after it in a line ("lim_(n→∞)", not "limn→∞"), alike. Decided by the run's size
    and baseline, not its letters: a word set smaller on the line's baseline stays as set, though
    its boxes' feet hang lower (a typewriter font's deeper descent: LatexStyle2.pdf's
    ‘DESCRIPTION’), and so does an exponent on a base set low (a display's "φ^(r)"). An opening
    bracket carries none: what is set small after it is its content ("⌊(n+p+1)/2⌋", a fraction in
    text style); nor does the "2" after a TeX logo's lowered E (``_LogoLetter``): LaTeX sets its "ε"
    as a subscript, but it is the name's, "LaTeX2ε". The line's baseline is its glyphs' at its
    size, or at the base's where the scripts set the line's size, outnumbering the base's glyphs,
    and the base is a letter: c90.pdf's label "base_(desclike):" (a prime's size is no line's:
    diffkk.pdf's "f′(E)" in a heading keeps its "(" on the line; a big delimiter's origin is its
    top: abinit's "(…)^(5/3)", "|₂" read lowered under it). A glyph set smaller than the run's
    largest is a script of the script, raised or lowered on it, not on the base: the primes of the
    gap-guava manual's "a_(i′j′)" (a_{i′j′}, once "ai′j′") stand over the line's baseline."""
    base, run = chars[at - 1], chars[at:end]
    head = max(c.size for c in run)
    level = [c for c in run if c.size >= MARK_SIZE * head]  # a script's own script stands on its level
    measured_by_base = base.get_text().isalpha() and _script_sized(size, base.size)
    measure = base.size if measured_by_base else size
    text = [c for c in chars if abs(c.size - measure) < 0.5 and not c.get_text().isspace()] or [base]
    line = median(_set_baseline(c) for c in text)
    after_logo = any(isinstance(c, _LogoLetter) for c in chars[max(0, at - 3) : at])
    if (
        after_logo
        or unicodedata.category(base.get_text()[:1] or " ") == "Ps"
        or not all(getattr(c, "upright", True) for c in (base, *run))  # a glyph built by hand is upright
        or any(min(_set_baseline(base), line) - _set_baseline(c) < LOWERED * size for c in level)
        or _dropped_from_top(base, level)
    ):
        return None
    return lowered(_script_text(run, size))


def _dropped_from_top(base, run: list) -> bool:
    """The run is a superscript dropped from the top of the big delimiter it follows: the delimiter is
    a math extension font's glyph, whose origin is its top, and the run's baselines sit less than
    ``HUNG_SUPERSCRIPT`` of its size under that origin. Measured against the origin alone, such an
    exponent reads lowered: the BAMG manual's "(…)^p" of formulas (1) and (2) once "(…)^(_p)"."""
    hanging = TEX_EXTENSION_FONT.match(getattr(base, "fontname", "") or "")
    return bool(hanging) and all(
        _set_baseline(base) - _set_baseline(c) < HUNG_SUPERSCRIPT * base.size for c in run
    )


def _set_baseline(glyph) -> float:
    """Where the upright glyph is set: its baseline (``_baseline``) moved by the text rise it was
    set with (``pdf_pages``' ``rise``: a subscript set by ``Ts``; none on a glyph the reader made
    itself). Its box's foot hangs its font's descent under it, which differs from font to font."""
    matrix = getattr(glyph, "matrix", None)
    return _baseline(glyph) + (matrix[3] * getattr(glyph, "rise", 0.0) if matrix is not None else 0.0)


def _set_gap(before, after, gap: float, largest: float) -> float:
    """The gap between ``before`` and ``after`` as the page set it: after a script, a script-size
    glyph raised or lowered off ``after``'s baseline, less TeX's \\scriptspace (``TEX_SCRIPT_SPACE``),
    which follows every script and parts nothing. A matrix's brackets stand \\arraycolsep (5 pt) from
    its cells and hug them; after a subscript the script space took the closing one past the half em
    (``TAB_GAP``) that sets it apart (bvar-a-la-sims.pdf's "[λȳ₁ λȳ₂ ] = [λȳ₁ … λȳ₂ λ] Φ + U" at
    10.9 pt: its "]" 5.48 pt after "₂", 4.98 pt after "λ"). Small text on the baseline is no script
    and has no script space: sioyek's key caps "( + )", a small "+" between full-size brackets."""
    script = before.size < MARK_SIZE * largest
    script = script and abs(_set_baseline(before) - _set_baseline(after)) >= LOWERED * largest
    return gap - TEX_SCRIPT_SPACE if script else gap


def _script_text(run: list, size: float) -> str:
    """A script's text, each run of its own scripts (``_script_place``) written raised or lowered on it
    and itself so written, as TeX nests them (\\scriptscriptstyle on \\scriptstyle): "n₁" of a sum's
    upper limit n_1, the crc paper's x^{2^k} and x^{n_k 2^k} as "^(2^k)" and "^(n_k 2^k)", once
    "^(2k)" (two times k) and "^(nk 2k)". A word after a script written with its sign stands a space
    apart, as on the line ("n_k 2^k": "n_k2" would read one subscript)."""
    head = max(c.size for c in run)
    on = [_set_baseline(c) for c in run if c.size >= MARK_SIZE * head and c.get_text().isalnum()]
    level = median(on or [_set_baseline(c) for c in run if c.size >= MARK_SIZE * head])
    text = ""
    for place, group in itertools.groupby(run, key=lambda c: _script_place(c, head, level, size)):
        glyphs = list(group)
        part = _script_text(glyphs, size) if place else _script_words(glyphs)
        part = raised(part) if place > 0 else lowered(part) if place < 0 else part
        text += " " * bool(SIGNED.search(text) and part[:1].isalnum()) + part
    return text


def _script_place(glyph, head: float, level: float, size: float) -> int:
    """Where the script's glyph stands in it: 1 raised, -1 lowered as a script of the script (set
    smaller than ``MARK_SIZE`` of its ``head`` size, its baseline ``LOWERED`` em of the line's
    ``size`` over or under the script's ``level``), 0 in it. A prime is raised by its own glyph
    (the gap-guava manual's "a_(i′j′)"), and a fraction's numerator or denominator stands where its
    bar sets it (``pdf_math_bars.fraction_parts_marked``: e^{n x/a}, its "x" set smaller and higher
    than the "n", as a tower's is, once read "e^(n^x)")."""
    if glyph.size >= MARK_SIZE * head or glyph.get_text() in PRIMES or getattr(glyph, "fraction_part", False):
        return 0
    shift = _set_baseline(glyph) - level
    return (shift > LOWERED * size) - (shift < -LOWERED * size)


def _script_words(glyphs: list) -> str:
    """The glyphs' text with a space between two letters of a text font a word's gap apart
    (``_word_gap_between``): a script of two words, c90.pdf's "base" with "sara am" under it, is
    "base_(sara am)", not "base_(saraam)"; a gap after a formula's comma is no word's (afex's
    "y_(i,j,k)"), nor a math italic letter's italic correction (gsoc_2017_additions' "P^(WM)").
    A gap of a text font's word space (``WORD_SPACE`` em of the script's size) parts any two glyphs:
    TeX sets no wider gap in a script's math, so it is the space of words set in it
    (FormalVerifier.pdf's exponent "if s then 1 else 0", its "s" in math italic)."""
    return "".join(
        (" " if before is not None and _script_space(before, glyph) else "") + glyph.get_text()
        for before, glyph in zip([None, *glyphs], glyphs, strict=False)
    )


def _script_space(before, glyph) -> bool:
    """Whether a space parts the script's two glyphs: a word's gap between letters of a text font
    (``_word_gap_between``), or a word space between any two (``_script_words``)."""
    return _word_gap_between(before, glyph) or glyph.x0 - before.x1 > WORD_SPACE * glyph.size


def _word_gap_between(before, glyph) -> bool:
    """Whether the two letters, neither in a math italic, stand ``WORD_GAP`` em of ``glyph`` apart."""
    letters = (before.get_text() + glyph.get_text()).isalpha()
    text_font = not any(MATH_ITALIC.search(_font(g)) for g in (before, glyph))
    return letters and text_font and glyph.x0 - before.x1 > WORD_GAP * glyph.size


def _typewriter_ending(chars: list, index: int) -> bool:
    """Whether the letters from ``index`` on, in the text's font right after a typewriter glyph, are
    an English ending (``ENDINGS``) on that code name ("restore" + "ed", "GLuint" + "s"): one word
    with it, where a whole word there ("image" + "function") is a word of its own."""
    if not MONOSPACED.search(_font(chars[index - 1])) or MONOSPACED.search(_font(chars[index])):
        return False
    return _ending(chars, index)


def _math_ending(chars: list, index: int, gap: float, size: float) -> bool:
    """Whether the letters from ``index`` on, in a text font after a math-italic letter no more than
    its italic correction away (``ITALIC_BEARING`` em; TeX's word space shrinks to 0.22 em), are an
    English ending (``ENDINGS``) on that formula's name: affy.pdf's "$PM$s", its "s" 0.1 em after
    cmmi12's "M", is the word "PMs", not "PM s"."""
    before, char = chars[index - 1], chars[index]
    return (
        gap <= ITALIC_BEARING * size
        and before.get_text().isalpha()
        and bool(MATH_ITALIC.search(_font(before)))
        and not MATH_ITALIC.search(_font(char))
        and _ending(chars, index)
    )


def _ending(chars: list, index: int) -> bool:
    """Whether the letters from ``index`` to the word's end are an English ending (``ENDINGS``)."""
    letters = chars[index].get_text()
    for before, char in zip(chars[index:], chars[index + 1 :], strict=False):
        if not char.get_text().isalpha() or char.x0 - before.x1 > WORD_MARGIN * char.size:
            break  # the word ends at a space glyph or a word's gap (a PDF may draw no space)
        letters += char.get_text()
    return letters in ENDINGS


def _binomial_bottom(chars: list, index: int, size: float) -> bool:
    """Whether the glyph at ``index``, a script stacked under the one before it (``stacked_under``),
    opens a binomial's bottom: the scripts over it open right after an opening bracket, those from
    it on end right before a closing one, as ``\\binom`` sets them (fastMcd-kmini.pdf's "(n h)"), no
    base to stand on. Read "(n choose h)" (``BINOMIAL``)."""
    scripts = [c.size < MARK_SIZE * size and not c.get_text().isspace() for c in chars]
    start, end = index - 1, index
    while start > 0 and scripts[start - 1]:
        start -= 1
    while end < len(chars) and scripts[end]:
        end += 1
    return (
        start > 0
        and end < len(chars)
        and chars[start - 1].get_text() in BRACKETS[0]
        and chars[end].get_text() in BRACKETS[1]
        and chars[start].y0 > chars[index].y0
    )


def binomial(top: str, bottom: str) -> str:
    """A binomial coefficient in a line: "n choose h", as TeX's ``{n \\choose h}`` spells it."""
    return f"{top}{BINOMIAL}{bottom}"


def _unwritten_bracket(glyph) -> bool:
    """A bracket of no width: one the page draws by other means, written for the reach it tells (a
    radical's bar, ``pdf_math_pieces._radicand_bracketed``). Its gaps are no letter or word gaps:
    counted, their zeros lowered the line's usual letter gap, and yacas Algo.book's "µ ≡ π√2n/3"
    read "π√ (2n/3)", sandwich-CL's "√G− 1" read "√ (G − 1)"."""
    return glyph.x0 == glyph.x1 and glyph.get_text() in ("(", ")")


def _usual_gap(gaps: list[float], between: list[float], chars: list, size: float) -> float:
    """The line's usual letter gap: the lower quartile of its gaps between letters (``between``), or
    of its gaps between letters and digits where it has one letter gap or none (``_alnum_gaps``),
    never wider than its one letter gap: a table's cell "8 x 5 in" (TeX's word spaces, no space
    glyph) was measured by its one-letter words and figures, 0.34 em apart, and read "8x5in" under
    "10 x 5 in", the pair "in" touching. A row of one-digit numbers has no letter gap
    (``_numbers_apart``), nor has a formula's row of one-glyph operands between its signs
    (``_operands_apart``)."""
    if len(gaps) < 2 or (not between and (_numbers_apart(gaps, chars, size) or _operands_apart(chars))):
        return 0.0
    measured = between if len(between) > 1 else _alnum_gaps(gaps, chars)
    quartile = sorted(measured)[len(measured) // 4]
    usual = min(quartile, *between) if len(between) == 1 else quartile
    return max(min(usual, _digit_gap(gaps, chars)), 0.0)


def _digit_gap(gaps: list[float], chars: list) -> float:
    """The lower quartile of the line's gaps between two digits, where it has two or more: digits
    stand at their advance, so a line's letter gap is never wider. affy.pdf's reference line "U S A,
    98:31–36, 2001." has two letter gaps, both word gaps between one-letter words; taken for its
    letter gap, they read "USA,98:31–36,2001."."""
    found = sorted(
        gap
        for gap, a, b in zip(gaps, chars, chars[1:], strict=False)
        if (a.get_text() + b.get_text()).isdigit()
    )
    return found[len(found) // 4] if len(found) > 1 else float("inf")


def _numbers_apart(gaps: list[float], chars: list, size: float) -> bool:
    """Whether the line is numbers alone (``NUMBER_SIGNS``), its pairs of digits, two or more, all
    ``DIGITS_APART`` em apart or more: a matrix's row of one-digit numbers, TeX's word spaces and no
    space glyph ("1 0 0"). Digits stand at their advance, so such a gap is a word gap; taken for the
    usual letter gap, it read "100". A font specimen's chart of glyphs, digits among them, is none."""
    if not all(c.get_text().isdigit() or c.get_text() in NUMBER_SIGNS for c in chars):
        return False
    pairs = [
        gap
        for gap, a, b in zip(gaps, chars, chars[1:], strict=False)
        if (a.get_text() + b.get_text()).isdigit()
    ]
    return len(pairs) > 1 and min(pairs) >= DIGITS_APART * size


def _operands_apart(chars: list) -> bool:
    """Whether the line is a formula's row of one-glyph operands and signs, a relation or an operator
    among them (``OPERAND_SIGNS``), nothing else (a bracket, a radical), no two letters or digits side
    by side: TeX's math spaces around its signs are its only gaps, no letter gap. Taken for the usual
    letter gap, they read the expm vignette's "e^A = I + A +" as "=I+A+"."""
    texts = [c.get_text() for c in chars if not c.get_text().isspace()]
    return (
        any(text in OPERAND_SIGNS for text in texts)
        and all(text.isalnum() or text in OPERAND_SIGNS for text in texts)
        and not any((a + b).isalnum() for a, b in itertools.pairwise(texts))
    )


def _alnum_gaps(gaps: list[float], chars: list) -> list[float]:
    """The gaps between letters and digits of a line with one letter gap or none, when it has two or
    more: a formula's line ("1 ≤ A ≤ N − S + 1 as") is measured by its word and its number, not by
    its math spaces, which are all as wide as word spaces; else all its gaps ("и я")."""
    found = [
        gap
        for gap, a, b in zip(gaps, chars, chars[1:], strict=False)
        if (a.get_text() + b.get_text()).isalnum()
    ]
    return found if len(found) > 1 else gaps


def _raised_word(chars: list, index: int) -> bool:
    """Whether the glyph at ``index`` opens a raised word set against a word ("что-то" with
    "где-то" raised over its end, ``что-то$^{где-то}$``): two letters or more set smaller
    (``MARK_SIZE``) on a baseline ``MARK_RISE`` em over a lower-case word of two letters or more.
    It is a word of its own, read after a space as a subscript under it is; a raised letter after
    a capital or a digit ("Mᵐᵉ", "1st", LaTeX's "A"), on a one-letter base ("xⁿ", "e^{iω}", "the
    ith") or on a formula's variables in a TeX math font stays glued, as the base's script."""
    if index < 2 or any(isinstance(c, _LogoLetter) for c in chars[index - 2 : index + 1]):
        return False
    base, char, then = chars[index - 1], chars[index], chars[index + 1] if index + 1 < len(chars) else None
    return (
        then is not None
        and (chars[index - 2].get_text() + base.get_text()).isalpha()
        and base.x0 - chars[index - 2].x1 < WORD_MARGIN * base.size  # one word: "the" + "ith" is "i"'s
        and base.get_text().islower()
        and not TEX_MATH_FONT.search(_font(base))  # "θe^{θx}", "p̂^{MLE}": a formula's variables
        and (char.get_text() + then.get_text()).isalpha()
        and abs(_baseline(then) - _baseline(char)) < 0.1 * char.size
        and char.size < MARK_SIZE * base.size
        and _baseline(char) - _baseline(base) > MARK_RISE * base.size
    )


def stacked_under(before: list, then, size: float) -> bool:
    """Whether ``then`` is a script stacked on one base with a script among the last glyphs of
    ``before`` (``stacked_scripts``), in a line of ``size`` pt: the run of scripts that ends
    ``before`` on another level than ``then`` is searched, so a subscript set under a superscript
    that has a script of its own ("n" with "1" under it, over "i=1") is found under the
    superscript's first glyph."""
    for glyph in reversed(before):
        if glyph.get_text().isspace():
            continue
        if glyph.size >= MARK_SIZE * size or _level(glyph, then):
            return False  # the base, or a script ``then`` goes on at its level ("j=": no stack)
        if stacked_scripts(glyph, then, size):
            return True
    return False


def stacked_scripts(script, then, size: float) -> bool:
    """Whether ``then`` is a script set over or under ``script`` on one base, in a line of ``size``
    pt: both a script's size on it (``_script_sized``: an inline sum's limits, 8 pt on TeX's 10 pt
    extension font whatever the text's size, are exactly ``MARK_SIZE`` of it; seriation.pdf's
    "O(∑_(i=1)^k n_i!)" read "O(∑k i=1 n_i!)"), starting at one place (``STACK_SHIFT`` em apart at
    most) and sharing less than half their height (one over the other)."""
    return (
        abs(then.x0 - script.x0) <= STACK_SHIFT * size
        and _script_sized(max(script.size, then.size), size)
        and not _level(script, then)
    )


def _level(one, other) -> bool:
    """The two glyphs share half the height of the smaller or more: set at one level of a line."""
    shared = min(one.y1, other.y1) - max(one.y0, other.y0)
    return shared >= 0.5 * min(one.y1 - one.y0, other.y1 - other.y0)


def _evenly_set(gaps: list[float], chars: list, usual: float, size: float) -> bool:
    """Whether the line's gaps fall in two groups with an empty band between them: letter gaps within
    ``EVEN_LETTERS`` em of the usual one, word gaps more than ``WORD_MARGIN`` em above it, none in
    between. TeX sets letters this evenly, and a tightly justified line or a word in another font
    (typewriter, a font whose metrics differ) leaves word gaps narrower than ``LETTER_GAP`` em:
    "Środowisko" + typewriter "description" stood 0.15 em apart and were read as one word. Kerned or
    tracked text has letter gaps in the band and keeps the wider ``LETTER_GAP``."""
    between_glyphs = [
        gap
        for gap, a, b in zip(gaps, chars, chars[1:], strict=False)
        if not (a.get_text().isspace() or b.get_text().isspace())
    ]
    low, high = usual + EVEN_LETTERS * size, usual + WORD_MARGIN * size
    return len(between_glyphs) > 1 and not any(low < gap <= high for gap in between_glyphs)


def _column_band(gaps: list[float], chars: list, size: float) -> float:
    """The gap a letter-spaced code line's word glyphs stand apart within a word, at most
    (``_one_token``): the middle of the widest band no gap falls in, between its letters' median
    gap and ``TAB_GAP`` em, where that median is ``SPACED_LETTERS`` em or more, the band
    ``WORD_MARGIN`` em wide or more and a gap of the line over it; else 0.
    The listings package's fixed columns (its default) set a proportional font's token in as many
    columns as it has characters, so each token's letters are spread by their own gap: 1.75 pt in
    "if", 0.86 in "product", none in "bPowX", 1.49 in "sizeof". The line's usual gap measured one
    token's, and the wider ones read torn ("s i z e o f", "stripe ’ s", "M ult ipl yUn normalized",
    libcrcutil's crc.pdf); a space adds a whole column, so the word gaps stand above a band that no letter gap
    reaches. A formula's italic letters are spaced by TeX's math spacing, no columns, and a line of
    prose sets its letters together: a pair at its advance shows a text font set unspread, whose
    one-letter words may lift the median (oaklisp's table cells "(car '(A B C))", "(max a b c
    ...)", once read "(ABC)", "(maxabc ...)"); a line with no gap over the band shows no word gap
    to tell its letter gaps by (vowel.pdf's chart cell "I Y", one gap)."""
    letters = [
        gap
        for gap, a, b in zip(gaps, chars, chars[1:], strict=False)
        if (a.get_text() + b.get_text()).isalpha() and _one_token(a, b) and gap < TAB_GAP * size
    ]
    spread = median(letters) if letters else 0.0
    if spread < SPACED_LETTERS * size or any(abs(gap) < AT_ADVANCE * size for gap in letters):
        return 0.0
    edges = sorted(gap for gap in gaps if spread <= gap < TAB_GAP * size) + [TAB_GAP * size]
    low, high = max(itertools.pairwise(edges), key=lambda pair: pair[1] - pair[0])
    shown = any(gap >= high for gap in gaps)  # a word gap on the line, over the band
    return (low + high) / 2 if shown and high - low >= WORD_MARGIN * size else 0.0


def _one_token(before, after) -> bool:
    """Whether two glyphs may be one token of a letter-spaced code line (``_column_band``): letters,
    digits or an apostrophe between them, upright and in one font."""
    texts = before.get_text() + after.get_text()
    font = _font(before)
    return (
        all(text.isalnum() or text in APOSTROPHES for text in texts)
        and font == _font(after)
        and not (ITALIC.search(font) or MATH_ITALIC.search(font) or TEX_MATH_FONT.match(font))
    )


def _one_letter_words(gaps: list[float], chars: list, size: float) -> bool:
    """Whether the line's wide gaps are word gaps between one-letter words ("For L = x y z a b c u v
    w:", TeX's word gap and no space glyph): two letter pairs or more of it stand at their advance
    or kerned closer ("F" + "o"), and the line is evenly set about that zero gap. Its usual gap
    then measured a word gap, since most of its letter pairs lie across words. Tracked text sets no
    letter at its advance, and no ligature: a ligature glyph is its letters at their advance ("ﬃ" two
    pairs) where it stands in a word, so "f f i → ﬀ i → ﬃ" keeps the spaces that part its one-letter
    words; a glyph chart's row that lists them side by side does not (tipaman.pdf's "ı ﬀ ﬁ ﬂ ﬃ ﬄ ! " # …",
    ``ligatures_in_words``). A hyphen between two letters is its word's glyph: a key sequence's
    words ("C-c C-d d", SLIME's refcard.pdf) have no two letters side by side but across a word
    space, and their letters and hyphens touch, so "C-cC-dd" keeps its spaces."""
    touching = sum(
        gap <= EVEN_LETTERS * size and _word_glyph(chars, at) and _word_glyph(chars, at + 1)
        for at, gap in enumerate(gaps)
    )
    in_words = ligatures_in_words("".join(c.get_text() for c in chars))
    joined = sum(len(LATIN_LIGATURES[c.get_text()]) - 1 for c in chars if c.get_text() in LATIN_LIGATURES)
    return touching + in_words * joined > 1 and _evenly_set(gaps, chars, 0.0, size)


def _word_glyph(chars: list, at: int) -> bool:
    """The glyph at ``at`` is a letter, or a hyphen between two letters that touch it (a compound's)."""
    text = chars[at].get_text()
    if text != "-":
        return text.isalpha()
    return 0 < at < len(chars) - 1 and (chars[at - 1].get_text() + chars[at + 1].get_text()).isalpha()


def _italic_letters(before, after, largest: float) -> bool:
    """Two letters of one italic font set at the line's size, no script: a math-italic letter's side
    bearing parts them by up to ``ITALIC_BEARING`` (mathptmx's "f": yaws.pdf's "goofy", not "goo fy").
    A sign after an italic letter is left to ``_kerned_apart``: inline math shrinks the space around a
    "+" as far as that ("u + iu")."""
    return (
        (before.get_text() + after.get_text()).isalpha()
        and _font(before) == _font(after)
        and bool(ITALIC.search(_font(before)) or MATH_ITALIC.search(_font(before)))
        and min(before.size, after.size) >= MARK_SIZE * largest
    )


def _italic_corrected(before, after, largest: float) -> bool:
    """A text-italic letter and an upright letter after it at the line's size: a gap up to
    ``ITALIC_BEARING`` between them, or under ``CORRECTION_SHARE`` of the line's word gap, is the
    italic correction TeX adds at the font switch, no word space (which comes on top of it): the
    logo "Ti\\emph{k}Z" is one word, "TikZ", not "Tik Z", and velvet's "\\emph{N}s" is "Ns". A
    math-italic name's ending is ``_math_ending``'s."""
    return (
        (before.get_text() + after.get_text()).isalpha()
        and bool(ITALIC.search(_font(before)))
        and not ITALIC.search(_font(after))
        and not MATH_ITALIC.search(_font(after))
        and min(before.size, after.size) >= MARK_SIZE * largest
    )


def _hyphens_paired(chars: list, index: int, gap: float, gaps: tuple[float, float]) -> bool:
    """Whether the hyphen at ``index`` and the hyphen before it, less than the line's word space
    apart (``gaps``: its letter gap's threshold and its word gap, ``_word_gap``), open a long
    option with the letter right after it: "--both-strands". An author parts the two by a thin
    space (``-\\,-``) to keep TeX from joining them into an en dash; a gap under a word space is
    no space a reader sees (jellyfish.pdf's bold "[--both-strands]", read "[- -both-strands]")."""
    threshold, word_gap = gaps
    after = chars[index + 1] if index + 1 < len(chars) else None
    return (
        chars[index].get_text() == "-"
        and chars[index - 1].get_text() == "-"
        and gap < word_gap
        and after is not None
        and after.get_text().isalpha()
        and after.x0 - chars[index].x1 <= threshold
    )


def _typewriter_corrected(before, after, gap: float) -> bool:
    """A slanted or italic typewriter letter and an upright typewriter glyph after it, under half a
    letter's width apart (``TYPEWRITER_CORRECTION``): the italic correction TeX adds at the switch,
    no word space, which in typewriter text is a whole letter wide (gp2c.pdf's file name
    "gp2c-x.y.z" in cmitt10 + "plt.tar.gz" in cmtt10, 0.17 em apart, read "gp2c-x.y.z plt.tar.gz";
    modules2.pdf's index placeholder "list[\textit{c}]" in cmitt10 before cmtt's "]", 0.16 em
    apart, read "list[c ]": a bracket or a mark after the letter takes the correction as a letter
    does)."""
    fonts = _font(before), _font(after)
    return (
        before.get_text().isalnum()
        and not after.get_text().isspace()
        and all(MONOSPACED.search(font) for font in fonts)
        and bool(SLANTED_TYPEWRITER.search(fonts[0]))
        and not SLANTED_TYPEWRITER.search(fonts[1])
        and gap < TYPEWRITER_CORRECTION * (before.x1 - before.x0)
    )


def _tied(before, after) -> bool:
    """Whether one of two glyphs is an underscore read from a rule drawn beside the other
    (``pdf_pages._underscore_glyph``): one name, whatever the gap a math italic's correction leaves."""
    return getattr(after, "tied", None) is before or getattr(before, "tied", None) is after


def _kerned_apart(before, after) -> bool:
    """Two glyphs whose gap may be no word space though wider than a tight line's word gap: a bracket,
    a sign or a letter of the same font after an italic letter (TeX's italic correction and math
    spacing: "f(x)", lshort-pl's math-italic "Normalny Font"), or both in one monospaced font
    (monospaced text spaces by whole letters; lshort-pl's URL "ursoswald.ch" is drawn with 0.15 em
    around its dot)."""
    if ITALIC.search(_font(before)) or MATH_ITALIC.search(_font(before)):
        # a word in another font after it is a word ("LaTeX2ε oraz"); in its own, a math-italic word
        return not after.get_text().isalnum() or _font(before) == _font(after)
    return _one_typewriter(before, after)


def _operator_spaced(chars: list, index: int, threshold: float) -> bool:
    """Whether the glyph at ``index`` is a binary operator (``BINARY_SIGNS``) set more than
    ``threshold`` before the glyph after it: TeX sets one medium math space on both its sides, so the
    gap before it is weighed as the gap after it is, not as an italic letter's correction
    (``_kerned_apart``). jellyfish.pdf's "2k − l + r + 1", its gaps 0.11 to 0.14 em, read "2k− l+ r+
    1": each operator parted from the operand after it, held to the italic one before it."""
    after = chars[index + 1] if index + 1 < len(chars) else None
    return (
        chars[index].get_text() in BINARY_SIGNS
        and after is not None
        and after.x0 - chars[index].x1 > threshold
    )


def italic_letters_apart(chars: list, size: float) -> bool:
    """Whether the line sets two one-letter words in an italic font (text or math italic) side by
    side, a word space apart (``WORD_SPACE`` em) or more: variables named one by one ("foreign import
    c e v :: t", the Haskell 98 FFI's convention, entity and variable, which its text refers to one
    by one), no letter-spaced word's letters, which ``pdf_joins.clean_line`` would join ("cev")."""
    glyphs = [c for c in chars if not c.get_text().isspace()]
    wide = [b.x0 - a.x1 >= WORD_SPACE * size for a, b in itertools.pairwise(glyphs)]
    alone = [
        c.get_text().isalpha()
        and bool(ITALIC.search(_font(c)) or MATH_ITALIC.search(_font(c)))
        and (at == 0 or wide[at - 1] or not glyphs[at - 1].get_text().isalpha())
        and (at == len(glyphs) - 1 or wide[at] or not glyphs[at + 1].get_text().isalpha())
        for at, c in enumerate(glyphs)
    ]
    return any(alone[at] and alone[at + 1] and wide[at] for at in range(len(glyphs) - 1))


def _quote_set_off(before, after, gap: float, letter_gap: float) -> bool:
    """Whether ``gap``, between a word and an opening curly quote after it or a closing double quote
    and a word after it, is a word space though under the line's threshold: TeX sets a quote against
    its word with no kern, so a gap wider than an even letter gap (``letter_gap``) is white the
    page shows, and a quote's box holds a blank side past its ink (cmss10's “: 0.19 em of its 0.5 em)
    that a font's narrower quote lays over the space. NanoStringQCPro's "the “Design Data” tab" on a
    tight line stands 0.08 em apart in its boxes, 0.3 em in its ink, read "the“Design Data”tab"."""
    opening = after.get_text() in OPENING_QUOTES and before.get_text().isalnum()
    closing = before.get_text() == CLOSING_QUOTE and after.get_text().isalnum()
    return (opening or closing) and gap > letter_gap


def _apostrophe_kerned(chars: list, index: int, gap: float, word_gap: float) -> bool:
    """Whether the glyph is an apostrophe between letters, the letter after it touching it (no wider
    apart than the letters' own gaps) and the one before it ``gap`` apart, narrower than ``KERN_SHARE``
    of the line's ``word_gap``: a kern inside the word, no word space. TeX sets a line's word spaces
    alike; an italic word's correction before a roman "’s" is narrower (surf-alggeo.pdf's
    \\emph{surf}\\/’s: 0.21 em among word gaps of 0.27 em and more, read "surf ’s"), where the name's
    font, which ``_kerned_apart`` reads italic correction by, is a nameless bitmap font's. "rock ’n’
    roll" sets its apostrophe a word gap after "rock"."""
    char, after = chars[index], chars[index + 1] if index + 1 < len(chars) else None
    return (
        char.get_text() in APOSTROPHES
        and after is not None
        and after.get_text().isalpha()
        and chars[index - 1].get_text().isalpha()
        and after.x0 - char.x1 <= LETTER_GAP * char.size
        and gap < KERN_SHARE * word_gap
    )


def _font_word_gaps(gaps: list[float], inked: list, threshold: float) -> dict[str, float]:
    """The median word gap (one wider than ``threshold``) before the glyphs of each font of the line:
    an apostrophe's gap is weighed against its own font's word spaces, since a line may set a run-in
    term in bold with narrower spaces than the justified text after it (ifeffit_tutorial.pdf's
    "From the ’type’ argument :", its quote a bold word gap after "the", read "the’type’")."""
    by_font: dict[str, list[float]] = {}
    for gap, after in zip(gaps, inked[1:], strict=False):
        if gap > threshold:
            by_font.setdefault(_font(after), []).append(gap)
    return {font: median(font_gaps) for font, font_gaps in by_font.items()}


def _stop_spaced(chars: list, index: int, gap: float, word_gaps: list[float]) -> bool:
    """A full stop, the line's last glyph, one word space after a letter or digit of its font on a
    line whose word spaces, ``STOP_WORDS`` more at least, are all that wide (``EVEN_WORDS``): TeX
    sets no glue between a word and its stop, so one a word space away is one the author typed
    (gp2c.pdf's bold command "ln -s .../pari .", the link's target "." 0.38 em after "pari" as "-s"
    is after "ln", read "ln -s .../pari."). A framed key's stop stands at the frame's padding on a
    line of wider and narrower gaps (sioyek's "PageUp ."), a contents entry's at its leader's place."""
    char, before = chars[index], chars[index - 1]
    size = char.size
    return (
        index == len(chars) - 1
        and char.get_text() == "."
        and before.get_text().isalnum()
        and _font(before) == _font(char)
        and len(word_gaps) > STOP_WORDS
        and all(abs(other - gap) <= EVEN_WORDS * size for other in word_gaps)
    )


def _one_typewriter(before, after) -> bool:
    """Whether two glyphs are in one monospaced font: code, whose gaps are the spaces it prints, so
    no mark hugs its word across one ('"Ozone" : 41', "airquality[1:2, ]", "[ true, false ]")."""
    return _font(before) == _font(after) and bool(MONOSPACED.search(_font(before)))


def _open_operator(chars: list, index: int) -> bool:
    """Whether the glyph before ``index`` is an opening bracket that no closing one matches after it on
    the line: an operator quoted in prose, a word of its own where a word's gap parts it from the
    next (R's "[" and "[[" in affy.pdf's "method [ can be used", set in an unnamed typewriter font).
    An aside's bracket closes: the word after it hugs it, though the source spaced them ("( here
    plot(f) )" reads "(here plot(f))"). Only a square bracket: an aside's parenthesis often closes on
    the next line, and a justified line's gap after it is no word of its own (freefem's "(Dirichlet
    conditions …", pymzML's "(Spectrum.ms_level)")."""
    opener = chars[index - 1].get_text()
    if opener != "[":
        return False
    closer = BRACKETS[1][BRACKETS[0].index(opener)]
    depth = 0
    for char in chars[index - 1 :]:
        depth += (char.get_text() == opener) - (char.get_text() == closer)
        if depth == 0:
            return False
    return True


def _code_beside_prose(before, after) -> bool:
    """Whether of two glyphs a word's gap apart the one that would hug the other (``_hugs``: a
    closing mark after, an opening bracket before) is in a monospaced font and the other is not: a
    token of code quoted in prose (R's operator "[" before "function", a path's ":" after
    "fragment") is a word of its own; a sentence's comma after a typewriter "}" still hugs it."""
    hugging, other = (after, before) if after.get_text() in CLOSING else (before, after)
    return bool(MONOSPACED.search(_font(hugging))) and not MONOSPACED.search(_font(other))


def _leads_mark(char, after, size: float) -> bool:
    """A digit set against a superscript digit glyph, no gap between them, is that mark's first digit
    ("1⁵": footnote 15, where the font has no superscript one); one a space's gap before it is the
    text's ("между строкой 6 и 7⁹": line 7, footnote 9)."""
    return (
        char.get_text().isdigit()
        and after is not None
        and after.get_text() in SUPERSCRIPTS
        and after.x0 - char.x1 <= TOUCH * size
    )


def _abbreviation_apart(parts: list[str], chars: list, index: int) -> bool:
    """ "и" or "в" before a two-letter abbreviation ("и т. д.", "и т. п.", "в т. ч."): a scan's text
    layer sets the pair a narrow gap apart without a space glyph in a line whose other spaces are
    glyphs, and joined it reads "ит. д."."""
    word = "".join(parts).rsplit(" ", 1)[-1]
    after = "".join(c.get_text() for c in chars[index : index + 5])
    return word.lower() in BEFORE_ABBREVIATED and bool(ABBREVIATED.match(after))


def _mark_leans_on_next(chars: list, marks: list[bool], index: int, threshold: float) -> bool:
    """The mark at ``index``, set a word's gap after the glyph before it, touches the glyph after its
    run ("October 2014 ∗(revised in May 2020)": a ``\\thanks`` typed before the next word): the gap is
    the text's space, kept before the mark, which is cut alone. A mark hugging its word gets none."""
    after = next((at for at in range(index + 1, len(chars)) if not marks[at]), None)
    if (
        after is None
        or chars[after].get_text().isspace()
        or chars[index].size >= MARK_SIZE * chars[after].size
    ):
        return False  # a script stacked under a superscript ("γ²ⱼ") is no word the mark leans on
    return 0 <= chars[after].x0 - chars[after - 1].x1 + ABUT_MARK * chars[after].size <= threshold


def _opens_token(chars: list, index: int, threshold: float) -> bool:
    """A dot right against what follows it, nearer it than what goes before (``_nearer_after``),
    starts a token ("командой ./configure", "the .dsc"; before a sign, ``DOT_OPERATOR``: an
    element-wise operator, quaternion.pdf's "q1 .\\ q2" and "q1 .* q2", read "q1.\\ q2"), and
    so does a colon right against a letter or digit (ftp-proxy.pdf's "using auth: or :auth.", a
    separator set before its keyword), a smiley ("работает :)", "игрушки :-)") or a definition sign
    ("atom ::= …", "$var :=+ value"): no full stop or colon to hug the word before."""
    char, after = chars[index], chars[index + 1] if index + 1 < len(chars) else None
    ahead = "".join(c.get_text() for c in chars[index : index + 3])
    if SMILEY.match(ahead) or DEFINES.match(ahead):
        return True
    if char.get_text() not in (".", ":") or after is None or after.x0 - char.x1 > threshold:
        return False
    opening = after.get_text().isalnum() or char.get_text() == "." and after.get_text() in DOT_OPERATOR
    return opening and _nearer_after(chars, index)


def _nearer_after(chars: list, index: int) -> bool:
    """Whether the glyph at ``index`` stands nearer the glyph after it than the one before it, by a
    word's margin over a letter gap (``LETTER_GAP`` em), or after a space glyph: "the .dsc". A
    letter-spaced listing centres a narrow dot in its column, 0.28 em after "i" and 0.18 em before
    "n" (sagetex's "sage: pi.n(100)", cmr10 in fixed columns): a method's dot, read "pi .n(100)"."""
    char, before, after = chars[index], chars[index - 1] if index else None, chars[index + 1]
    if before is None or before.get_text().isspace():
        return True
    return (char.x0 - before.x1) - (after.x0 - char.x1) > LETTER_GAP * char.size


def _reversed_bracket(chars: list, index: int, threshold: float, size: float) -> bool:
    """Whether a word's gap before the glyph at ``index`` parts a square bracket set the other way
    round, as interval notation sets it ("the kind: ]−∞, a] or ]−∞, a[", "[a, +∞[ or ]a, +∞["):
    a "]" set against the full-size glyph after it (not punctuation, not a script) opens what
    follows, and a "[" set against the glyph before it closes what went before, so neither hugs
    the word on its far side ("kind:]−∞", "+∞[or"). A "]" after an italic letter keeps hugging it
    (TeX's italic correction: "[\\emph{sic}]")."""
    char, before = chars[index], chars[index - 1]
    if char.get_text() == "]" and index + 1 < len(chars) and not _kerned_apart(before, char):
        after = chars[index + 1]
        return (
            after.x0 - char.x1 <= threshold
            and not (after.get_text().isspace() or after.get_text() in ",.:;!?)]»")
            and after.size >= MARK_SIZE * char.size
        )
    if before.get_text() != "[" or index < 2:
        return False
    word = chars[index - 2]
    return (
        before.x0 - word.x1 <= threshold
        and not (word.get_text().isspace() or word.get_text() in "([«„‚")
        and char.x0 - before.x1 > threshold
        and before.size >= MARK_SIZE * size
    )


def _run_in_term(chars: list, size: float) -> int | None:
    """Where the text after a bold run-in term starts ("**Политика Debian** В Debian есть …": a
    definition list's term set on its definition's first line), else None: the line opens with
    bold (not monospaced) words, then a space, then a capital in another font. A term ending in
    punctuation ("**Примечание:** …") or followed by lower case (a bold subject of a sentence) is
    no such term, and a capital in a TeX math font (``TEX_MATH_FONT``) opens no definition: it is a
    symbol of the bold line ("1.2.1 Solving linear systems over ℤ with zsolve", ℤ in msbm)."""
    letters = 0
    for index, char in enumerate(chars):
        text = char.get_text()
        if text.isspace():
            continue
        if BOLD.search(_font(char)) and not MONOSPACED.search(_font(char)):
            letters += text.isalpha()
            continue
        if letters and _typewriter_in_bold(chars, index):
            continue
        lead = [c for c in chars[:index] if not c.get_text().isspace()]
        spaced = chars[index - 1].get_text().isspace() or (lead and char.x0 - lead[-1].x1 > LETTER_GAP * size)
        # "5.1 Файл **README.Debian**": a heading all bold
        body = not BOLD.search(_font(char)) and not TEX_MATH_FONT.match(_font(char))
        if (
            letters >= 2
            and spaced
            and body
            and text.isupper()
            and lead[-1].get_text() not in ".:;,!?—–-"
            and not _bold_resumes(chars, index)
            and not _keyword_statement(chars, index)
        ):
            return index
        return None
    return None


def _keyword_statement(chars: list, at: int) -> bool:
    """The line is a statement of C opening with its bold keyword, the rest from ``at`` on: CWEB
    (cweave) sets C's reserved words in bold and the identifiers after them in italic, a wide
    space between ("**#define** *REVDATE* …", "**case** *Rule_1*:", "**return** *TRUE*;",
    "**static int** *EBCDIC_out* = *FALSE*;"), and read as a run-in term the keyword was parted
    from its statement, a paragraph of its own. So the keyword opens a preprocessor directive
    (``C_DIRECTIVE``), or is lower-case words before a rest that ends a statement or a label
    (";", ":" or "{", a comment after it aside) and holds no two words in a row: a definition
    list's run-in term, lower-case or not ("**verbose** Print every file name …;"), goes on in prose."""
    keyword, rest = _folded(chars[:at]).strip(), C_COMMENT.sub("", _folded(chars[at:])).strip()
    if re.match(C_DIRECTIVE, keyword):
        return True
    return bool(
        C_KEYWORDS.fullmatch(keyword) and rest.endswith((";", ":", "{")) and not PROSE_PAIR.search(rest)
    )


def _folded(chars: list) -> str:
    """The glyphs' text with its ligatures and compatibility forms folded (NFKC): "#deﬁne" "#define"."""
    return unicodedata.normalize("NFKC", "".join(c.get_text() for c in chars))


def _typewriter_in_bold(chars: list, at: int) -> bool:
    """The glyph at ``at`` is monospaced and the first letter after its typewriter run is bold again:
    a name set inside a bold run-in term, which Computer Modern's typewriter has no bold for
    (sagetex.pdf's "But \\sageplot isn't magic" + "I just tried …"), and the term goes on past it."""
    if not MONOSPACED.search(_font(chars[at])):
        return False
    after = (c for c in chars[at:] if c.get_text().isalpha() and not MONOSPACED.search(_font(c)))
    first = next(after, None)
    return first is not None and bool(BOLD.search(_font(first)))


def _bold_resumes(chars: list, start: int) -> bool:
    """The line goes on in bold to its end after the word at ``start`` (set in another font): that
    word is a name set in a bold title or heading ("Models in R: The …" with R in sans), not a
    definition's first word after its run-in term, which goes on in the text's font (bold initials
    in it, "Фатеев **В.М.** Здравствуй", are no heading's). A subsection's heading (opening with
    ``SUBSECTION_NUMBER``) may set more names in that font between its bold words ("10.11 Comparing
    Name_a and Name_b"), or end on one ("3.2 Estimating a maximum in Iso", r-cran-iso's algorithm.pdf:
    a definition of one word at a numbered line's end is no definition), and so may any bold line end on
    one word set in typewriter: a heading's program name whose number pdfminer read apart ("3" and
    "Input to SDPB", SDPB-Manual.pdf, read "3 Input to" and "SDPB" as two paragraphs); a definition
    goes on after its first word."""
    font = _font(chars[start])
    rest = list(itertools.dropwhile(lambda c: _font(c) == font, chars[start:]))
    letters = [_font(c) for c in rest if c.get_text().isalnum()]
    bold = [bool(BOLD.search(name) and not MONOSPACED.search(name)) for name in letters]
    number = "".join(itertools.takewhile(lambda text: text in "0123456789.", (c.get_text() for c in chars)))
    numbered = bool(SUBSECTION_NUMBER.fullmatch(number))
    if not letters or not bold[0]:
        typed = all(MONOSPACED.search(_font(c)) for c in chars[start:] if not c.get_text().isspace())
        return (numbered or typed) and not rest and _one_word(chars[start:])
    if numbered:
        return all(weight or name == font for weight, name in zip(bold, letters, strict=True))
    return all(bold)


def _one_slanted_word(before, after) -> bool:
    """Whether two letters touching across a font switch are one word, not two glued
    (``_split_glued``): both in italic or math-italic fonts at one size, the reader sees one slant.
    maxmat3src.pdf sets the function name "scanprefix" as math-italic "scan" (cmmi10) touching
    text-italic "prefix" (cmti10), two known words, read "scan prefix". A script is smaller than
    its base (``SCRIPT_STEP``): "head" and its index "i" stay apart."""
    return (
        all(ITALIC.search(_font(glyph)) or MATH_ITALIC.search(_font(glyph)) for glyph in (before, after))
        and abs(before.size - after.size) < SCRIPT_STEP
    )


def _one_word(chars: list) -> bool:
    """The glyphs are one word: no space glyph among them and no gap over ``LETTER_GAP`` em between
    two (TeX sets no space glyphs: "The R framework …" is three words by its gaps)."""
    return not any(c.get_text().isspace() for c in chars) and all(
        b.x0 - a.x1 <= LETTER_GAP * a.size for a, b in itertools.pairwise(chars)
    )


def _split_glued(found: re.Match) -> str:
    """Two words set in different fonts without a space or gap between them ("исполняемый" +
    "двоичный" in italics): apart when both are words and the glued whole is not."""
    from sloika.pipelines.formats.pdf_joins import known_word  # the reflow reads these lines

    left, right = found.group(1), found.group(2)
    if known_word(left) and known_word(right) and not known_word(left + right):
        return f"{left} {right}"
    return left + right


def _thousands_group(chars: list, index: int, gap: float, size: float) -> bool:
    """``chars[index]`` opens three digits, no fourth, under ``DIGITS_APART`` em after a number's
    comma (``GROUPED``: "5,", "12,345,"; not "0,", nor an interval's "[1, 100]", irace-package.pdf):
    TeX's math sets a punctuation's thin space (1/6 em) after a comma, so "$5,000$" draws "5, 000"
    (rgsepd.pdf p. 4's "sub-select 5,000 genes"), one number and its thousands separator; a list's
    "1, 2" is set a word space apart (0.22 em shrunk, or wider)."""
    if gap >= DIGITS_APART * size or chars[index - 1].get_text() != ",":
        return False
    before = "".join(glyph.get_text() for glyph in chars[:index])
    group = "".join(glyph.get_text() for glyph in chars[index : index + 4])
    return bool(GROUPED.search(before) and THOUSANDS.match(group))


def _hugs(before: str, after: str, gap: float = 0.0, word_gap: float = float("inf")) -> bool:
    """Closing punctuation after a word, or a word after an opening bracket or low quote ("„jeśli"): no
    space between them unless the PDF sets one (a justified TeX line's word gaps are as narrow as
    "PA-RISC" + ")"). A high mark (! ? ;) ``gap`` em or more after its word (``THIN_SPACE``) stands
    apart: French sets a thin space there ("eFrench !", 0.17 em in Probl_Msg.pdf), which is the
    text's; so does a word and a guillemet that far apart (French « dépliable », userguide_fr.pdf).
    A colon hugs its word unless set a whole word's gap after it (``word_gap``, em: ``_word_gap``):
    French sets a word space there ("la liste :"), where a colon a narrower gap away
    ("так: пример") is the word's; whether one set apart keeps its space is the document's habit
    (``colons_spaced``)."""
    if (after in HIGH_MARKS or after == GUILLEMETS[1]) and not before.isspace():
        return gap < THIN_SPACE
    if before == GUILLEMETS[0]:
        return gap < THIN_SPACE
    if after == ":" and not before.isspace():
        return gap < FRENCH_COLON * word_gap
    return (after in CLOSING and not before.isspace()) or before in "([«„‚"


def colons_spaced(pages: list[list[Line]]) -> list[list[Line]]:
    """The pages' lines with each colon ``_spaced_text`` set apart (``COLON_APART``) spaced where the
    document sets most of its colons after a letter apart (``FRENCH_COLONS`` of ``FRENCH_COLONS_MIN``
    or more): French typography is the document's habit, not one line's. Elsewhere the colon hugs its
    word: an English page sets "H₀:" or "m/z:" a near word's gap apart (a math relation's thick space,
    a loose line), and none of its other colons."""
    found = [m[1] for page in pages for line in page for m in WORD_COLON.finditer(line.text)]
    french = len(found) >= FRENCH_COLONS_MIN and sum(map(bool, found)) >= FRENCH_COLONS * len(found)
    space = " " if french else ""
    return [
        [
            replace(line, text=line.text.replace(COLON_APART, space)) if COLON_APART in line.text else line
            for line in page
        ]
        for page in pages
    ]


def _word_gap(gaps: list[float], inked: list, threshold: float, size: float) -> float:
    """The line's word space, which a French colon's space matches (``_hugs``): the narrowest gap
    wider than ``threshold`` between two letters or digits, at most ``WORD_SPACE`` (a line of one
    word after a bold label, "Ctrl+M : Métadonnées", shows none; a label's space is set unstretched
    where a justified line's are wider)."""
    words = [
        gap
        for gap, a, b in zip(gaps, inked, inked[1:], strict=False)
        if gap > threshold and a.get_text().isalnum() and b.get_text().isalnum()
    ]
    return min([*words, WORD_SPACE * size])


def _marks(chars: list, size: float, links: list[Rule] = ()) -> list[bool]:
    """Which characters are a footnote mark: a superscript digit glyph, a digit, asterisk or dagger
    set smaller than the line and raised above its baseline, or one inside a link to a footnote; a
    raised digit that goes on a script (``_script_digits``) is none."""
    texts = [c.get_text() for c in chars]
    linked = [t in MARKABLE and _inside(c, links) for t, c in zip(texts, chars, strict=True)]
    if any(linked):
        return [a or b for a, b in zip(linked, _marks(chars, size), strict=True)]
    scripts = _script_digits(chars, size)
    letters = {_opening_letter_mark(chars, size)} | _name_letter_marks(chars, size)
    return [
        t in SUPERSCRIPTS
        or at in letters
        or (up and not script and not _lowered(chars, at, size) and not _on_letters_baseline(chars, at, size))
        for at, (t, up, script) in enumerate(zip(texts, _raised(chars, size), scripts, strict=True))
    ]


def _text_baseline(chars: list, size: float) -> float:
    """The line's baseline: the median foot of its glyphs of the line's size."""
    full = sorted(c.y0 for c in chars if abs(c.size - size) < 0.5 and not c.get_text().isspace())
    return full[len(full) // 2] if full else 0.0


def _raised(chars: list, size: float) -> list[bool]:
    """Which characters are a digit, asterisk or dagger set smaller than the line and raised above
    its baseline (``_text_baseline``), or a dagger raised so at the line's size after its first glyph,
    or set larger than the line at its start (the gap-guava manual sets its "†" at 12 pt, 4 pt up, in
    12 pt prose, "… disabled.† At present …", and before its 11 pt note, "† However, …", which stayed
    in the sentence running over the page); a dagger opening a line in the line's size is the line's
    (a bitmap font's glyph box hangs it high)."""
    first = next((at for at, c in enumerate(chars) if not c.get_text().isspace()), 0)
    small = [
        c.get_text() in MARKABLE
        and (c.size < MARK_SIZE * size or (c.get_text() in DAGGERS and (at > first or c.size > size + 0.5)))
        for at, c in enumerate(chars)
    ]
    baseline = _text_baseline(chars, size)
    return [tiny and c.y0 > baseline + MARK_RISE * size for c, tiny in zip(chars, small, strict=True)]


def _opening_letter_mark(chars: list, size: float) -> int | None:
    """The index of a note's letter mark that opens the line, if one does: a small letter a–z in a
    text font, set smaller than the line and raised above its baseline, alone before a word of the
    line's size — a table's note ("ᵃTSX launched with …", hotos17.pdf p. 2, read "a TSX launched").
    A letter at the line's size, a math font's letter or a raised word stays."""
    inked = [at for at, c in enumerate(chars) if not c.get_text().isspace()]
    if len(inked) < 2:
        return None
    mark, word = chars[inked[0]], chars[inked[1]]
    before_word = word.get_text().isalpha() and abs(word.size - size) < 0.5
    return inked[0] if _note_letter(mark, chars, size) and before_word else None


def _name_letter_marks(chars: list, size: float) -> set[int]:
    """The indexes of the letter marks that close a name: a small letter a–z alone in a text font,
    set smaller than the line and raised above its baseline (``_note_letter``), right after a letter
    of the line's size and before the line's end or a comma — an author's affiliation mark on a
    title block ("Aaron Lunᵃ", read "Aaron Luna"; "Lunᵃ, Smithᵇ"). A raised word or a math font's
    letter stays."""
    inked = [at for at, c in enumerate(chars) if not c.get_text().isspace()]
    found = set()
    for before, at, after in zip(inked, inked[1:], [*inked[2:], None], strict=False):
        name = chars[before].get_text().isalpha() and abs(chars[before].size - size) < 0.5
        closes = after is None or chars[after].get_text() == "," or after > at + 1
        if name and closes and _note_letter(chars[at], chars, size):
            found.add(at)
    return found


def _note_letter(mark, chars: list, size: float) -> bool:
    """``mark`` is a small letter a–z in a text font, set smaller than the line's ``size`` and raised
    above its baseline: a note's or an affiliation's letter mark."""
    letter = mark.get_text() in string.ascii_lowercase and not TEX_MATH_FONT.match(_font(mark))
    return (
        letter and mark.size < MARK_SIZE * size and mark.y0 > _text_baseline(chars, size) + MARK_RISE * size
    )


def _script_digits(chars: list, size: float) -> list[bool]:
    """Which characters are raised digits that go on a script: the raised run they end opens right
    after, or goes on into, a letter or sign set as small as they are and on their baseline
    (``_script_beside``), as TeX sets an exponent's "r+1" over its "x", the "25" of "10^{−25}" and
    the "1" of "^{1/3}". They are the exponent's, written
    raised, and no note's mark, whatever notes the page has (Algo.book.pdf's x^{r+1} read "xr+", its
    "1" cut as a mark), or right after a formula's letter (``_formula_letter``: "τ²"). A note's
    mark stands after a word or sign of the line's size ("GTK+⁷"), never set against a sign of a
    TeX math font after it (``_math_sign_against``: "Å²/eV")."""
    raised = _raised(chars, size)
    found = []
    for at, (char, up) in enumerate(zip(chars, raised, strict=True)):
        start, end = at, at
        while start > 0 and raised[start - 1]:
            start -= 1
        while end + 1 < len(chars) and raised[end + 1]:
            end += 1
        before = chars[start - 1] if start > 0 else None
        after = chars[end + 1] if end + 1 < len(chars) else None
        found.append(
            up
            and char.get_text().isdigit()
            and (
                _script_beside(before, char, size)
                or _script_beside(after, char, size)
                or (start > 0 and _formula_letter(chars, start - 1) and not _lowered(chars, at, size))
                or _math_sign_against(chars[end], after, size)
            )
        )
    return found


def _script_beside(other, char, size: float) -> bool:
    """``other``, the glyph before or after a raised run, is set as small as the run's ``char`` and on
    its baseline (``LOWERED`` em), no punctuation: the run is part of a script ("x^{r+1}", and
    "(h̄²/2m)^{1/3}", whose "1" opens its run after a big bracket and goes on in "/3": gsl.pdf's "1"
    was read as a note's mark). A note's mark stands between words or signs of the line's size."""
    return (
        other is not None
        and not other.get_text().isspace()
        and other.get_text() not in ",.;:"  # marks listed: "⁷⁰,²⁰⁰" (nbsphinx.pdf's notes)
        and other.size < MARK_SIZE * size
        and abs(_baseline(other) - _baseline(char)) <= LOWERED * size
    )


def _math_sign_against(last, after, size: float) -> bool:
    """``after``, the glyph after a raised run ending in ``last``, is a glyph of a TeX math font set
    against it (no word's gap between them): the run is inside a formula, an exponent, as the "2" of
    ifeffit_tutorial.pdf's unit "Å²/eV" before its math "/" (cut as a note's mark, "Å/eV" was left).
    A math italic letter stands as far as an operator's thin space (``OPERAND_GAP``): the argument
    of "sin²θ" (LatexStyle2.pdf's "sin²θ + cos²θ ≡ 1" lost both squares as marks)."""
    if after is None or after.get_text().isspace() or not TEX_MATH_FONT.match(_font(after)):
        return False
    operand = after.get_text().isalpha() and bool(MATH_ITALIC.search(_font(after)))
    return after.x0 - last.x1 < (OPERAND_GAP if operand else WORD_MARGIN) * size


def _formula_letter(chars: list, at: int) -> bool:
    """Whether the glyph at ``at`` is a formula's letter, which a raised digit after it squares
    rather than marks: a letter of a TeX math font ("x" in cmmi), or a Greek letter standing alone,
    no word's ("τ²" in tgp.pdf's note "for d, g and τ² parameters", τ in cmmi8, its "2" in cmr6; a
    Greek word's raised digit after its last letter is its note's mark). An accented letter is one
    (ifeffit_tutorial.pdf's "h̄²")."""
    glyph = chars[at]
    if not glyph.get_text()[:1].isalpha():  # its letter, an accent it takes combined: "h̄" (U+0304)
        return False
    if TEX_MATH_FONT.match(_font(glyph)) or MATH_ITALIC.search(_font(glyph)):
        return True
    before = chars[at - 1].get_text() if at > 0 else ""
    return greek(glyph.get_text()) and not before.isalpha()


def _on_letters_baseline(chars: list, at: int, size: float) -> bool:
    """Whether the glyph at ``at`` stands on its own baseline (its box's foot there: a symbol font
    that declares no depth, nor a rise) and that is the baseline of the letter it touches: a star
    set between two operands of a formula in a small size ("3∗X+2+Y"), whose box looked raised over
    the line's only because the letters' boxes hang their depth below it. A mark TeX raises sits on
    a baseline over its word's."""
    glyph = chars[at]
    if abs(glyph.y0 - _baseline(glyph)) > LOWERED * size:
        return False
    touched = [chars[near] for near in (at - 1, at + 1) if 0 <= near < len(chars)]
    return any(
        other.get_text().isalpha() and abs(_baseline(other) - _baseline(glyph)) <= LOWERED * size
        for other in touched
    )


def _baseline(glyph) -> float:
    """The glyph's baseline: its text matrix's y, where TeX moved to set it (a script's own), or its
    box's bottom for a glyph that carries no matrix (a glyph built by hand)."""
    matrix = getattr(glyph, "matrix", None)
    return matrix[5] if matrix is not None else glyph.y0


def _lowered(chars: list, at: int, size: float) -> bool:
    """Whether the glyph at ``at`` sits on a baseline below its base's (the glyph before the run of
    markable glyphs it ends, ``MARKABLE``) by more than ``LOWERED`` em: a subscript inside a raised
    exponent ("e^{iω₂/ω₁}": the "2" is over the line's baseline but under its ω's), never a mark,
    which TeX raises over its word."""
    base = next(
        (c for c in reversed(chars[:at]) if not c.get_text().isspace() and c.get_text() not in MARKABLE),
        None,
    )
    return base is not None and _baseline(base) - _baseline(chars[at]) > LOWERED * size


def _inside(char, boxes: list[Rule]) -> bool:
    """The character's centre lies in one of the boxes (PDF coordinates)."""
    x, y = (char.x0 + char.x1) / 2, (char.y0 + char.y1) / 2
    return any(x0 <= x <= x1 and y0 <= y <= y1 for x0, y0, x1, y1 in boxes)
