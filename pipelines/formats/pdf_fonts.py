"""What a line's glyphs are set in: font faces by name, and monospaced pitch, from the glyphs.

A line's kind (code, a typewriter term, an italic label, a rendered formula) is read from its
glyphs' fonts before its text is written: by the font's name where the PDF names a known face
(``MONOSPACED``, ``ITALIC``, ``BOLD``), and by the glyphs' widths and spacing where it names none or
a proportional one set at a listing's pitch. These tests read single glyphs and stand apart from the
line's spacing and assembly, which use them.
"""

from __future__ import annotations

import itertools
import re

from sloika.pipelines.formats.pdf_bidi import has_right_to_left
from sloika.pipelines.formats.pdf_glyphs import TEX_MATH_FONT

SPACED_PAIRS = 4  # neighbouring glyphs, at least, that show a monospaced line's letter spacing
# font names; TeX's Cyrillic and T1 typewriter fonts are cm-super's SFTT/SFIT/SFST (upright, italic,
# slanted: SFTI is the text italic) and EC's ECTT/ECIT/ECST, as Sphinx's and most LaTeX PDFs embed them;
# PSCyr's Courier is "Kurier" ("ERKurierPSCyr-Regular": ESKDX's listings); txfonts' typewriter is txtt,
# bold txbtt, and in T1 or TS1 encoding t1xtt, t1xbtt, ts1xtt ("t1xtt-Slant_167" slanted: tablists-rus);
# URW's Courier is Nimbus Mono L ("NimbusMonL-ReguObli": Sweave's listings under PSNFSS's courier);
# Knuth's extended-ASCII typewriter is cmtex8, cmtex9, cmtex10 (lhs2TeX sets its Bird-style input in it)
MONOSPACED = re.compile(
    r"mono|nimbusmon|courier|kurierpscyr|typewriter|consol|fixed|cmtt|cmtex\d|lmtt|menlo|txb?tt|ts?1xb?tt"
    r"|^(?:sf|ec)(?:tt|it|st)\d"
    r"|^(?:cm|cs|pl)(?:sl|i)tt\d|^(?:cs|pl)tt\d",  # CSTeX's cstt10, Polish pltt10, slanted cmsltt10
    re.I,
)
# font names; "Ital" ends URW's and Times' italic names ("URWPalladioL-Ital", "NimbusRomNo9L-ReguItal");
# TeX's text italic cmti10 and its bold cmbxti10, slanted cmsl10
ITALIC = re.compile(r"italic|ital$|oblique|cm(?:bx)?ti|cmsl", re.I)
# font names of slanted and italic typewriter faces: cm-super's and EC's SFST, SFIT, ECST, ECIT, cmsltt10,
# cmitt10, "LMMonoSlant10-Regular", "NimbusMonL-ReguObli", "t1xtt-Slant_167", "Courier-Oblique"
SLANTED_TYPEWRITER = re.compile(r"ital|obli|slant|^(?:sf|ec)(?:it|st)\d|^(?:cm|cs|pl)(?:sl|i)tt\d", re.I)
FORMULA_SIGNS = frozenset("=+−<>≤≥()[]{}|∑∏∫·×")  # a formula's signs, whatever their font
SPACE_SHARE = 0.15  # of the size: a gap this wide between two letters is a space
SCRIPT_STEP = 0.5  # pt: italic letters whose sizes differ this much or more are a base and its script
OPERATOR_NAME = 3  # text-font letters in a row a formula holds at most: "log", "lim", "sin", "max"
MATH_ITALIC = re.compile(r"cmmi|lmmi|math-?italic|mathit", re.I)  # TeX's math italic: "f" in f(x)
# font names; TeX's bold faces by their Computer Modern names: cmbx12, cmb10 (bold upright), cmssbx10;
# URW's bold Times by its weight's short name: NimbusRomNo9L-Medi, -MediItal (LaTeX's times, mathptmx)
BOLD = re.compile(r"bold|black|heavy|semibold|demi|-medi(?:ital)?$|^(?:cm|lm)[a-z]*?b(?:x|\d)", re.I)
FIXED_PITCH_GLYPHS = 8  # a line this long whose glyphs are all one width is monospaced (``_fixed_pitch``)
SAME_PITCH = 0.02  # their widths within this share of the widest
KEYWORD_GLYPHS = 3  # unnamed glyphs this many or more can be a listing's keywords (``_keywords_unnamed``)
KEYWORD_PITCH = 0.1  # their width within this share of the named monospaced font's
UNNAMED = "unknown"  # pdfminer's name for a font whose dictionary names none
NARROW = "il.,:;!|()[]{}"  # glyphs every proportional font sets narrower than its letters


def _one_width(glyphs: list) -> float | None:
    """The one width of the glyphs when all are in the unnamed font (``UNNAMED``) and within
    ``SAME_PITCH`` of one width; else None."""
    widths = [c.x1 - c.x0 for c in glyphs]
    if (
        not glyphs
        or any(c.fontname != UNNAMED for c in glyphs)
        or max(widths) - min(widths) > SAME_PITCH * max(widths)
    ):
        return None
    return max(widths)


def _letter_width(words: list, keywords: bool) -> float:
    """The width a monospaced line's gaps are counted in: its letters' usual width, or with its
    keywords unnamed (``_keywords_unnamed``) their wider bitmap glyphs', so the one space after
    "return" is not read as two."""
    widths = sorted(c.x1 - c.x0 for c in words)
    return widths[-1] if keywords else widths[len(widths) // 2]


def _letter_spacing(chars: list, pitch: float) -> float:
    """The gap a monospaced line sets between the glyphs of a word, where its columns are wider
    than its glyphs: the median gap between glyphs nearer than half a letter's width (``pitch``),
    when ``SPACED_PAIRS`` pairs show it, else none. A gap holds that spacing and a column's width
    for each space: RcppArmadillo-intro.pdf's listings set 4.71 pt glyphs in 5.49 pt columns, and a
    7.28 pt gap, one space, was read as two ("using  namespace  arma;"). A line with too few
    letters to show it ("[1]  2  4", GenABEL's R output) is counted in its letters' width."""
    gaps = sorted(
        b.x0 - a.x1
        for a, b in itertools.pairwise(chars)
        if not (a.get_text().isspace() or b.get_text().isspace()) and b.x0 - a.x1 < pitch / 2
    )
    return max(gaps[len(gaps) // 2], 0.0) if len(gaps) >= SPACED_PAIRS else 0.0


def _listing_pitches(lines: list[list]) -> frozenset[tuple[float, float]]:
    """The size and width of each unnamed fixed-pitch font a line of the page is set in
    (``_fixed_pitch``), or its keywords are (``_keywords_unnamed``): the page's listing font, whose
    short lines ("> x", "}", "Homo 1 4 1 4", a keyword alone: "else") are too short, or lack the
    narrow glyph, to be known by their own widths."""
    pitches = set()
    for chars in lines:
        glyphs = [c for c in chars if not c.get_text().isspace()]
        keywords = _keywords_unnamed(glyphs)
        if _fixed_pitch(glyphs):
            pitches.add((round(glyphs[0].size, 1), max(c.x1 - c.x0 for c in glyphs)))
        elif keywords is not None:
            size = next(c.size for c in glyphs if c.fontname == UNNAMED)
            pitches.add((round(size, 1), keywords))
    return frozenset(pitches)


def _at_listing_pitch(glyphs: list, pitches: frozenset[tuple[float, float]]) -> bool:
    """Whether the glyphs, all in the unnamed font and of one width, have the size and width of a
    listing font on the page (``_listing_pitches``): a short line of that listing, or its output."""
    width = _one_width(glyphs)
    return width is not None and any(
        abs(glyphs[0].size - size) < 0.1 and abs(width - pitch) <= SAME_PITCH * pitch
        for size, pitch in pitches
    )


def _fixed_pitch(glyphs: list) -> bool:
    """Whether the line is set in a monospaced font the PDF leaves unnamed (``UNNAMED``: a pdfTeX
    listing's font), known by its widths: all its glyphs one width, ``FIXED_PITCH_GLYPHS`` glyphs or
    more, a letter among them and a glyph every proportional font sets narrow (``NARROW``: "i", "l",
    ".", brackets), so a row of tabular figures is none. A named font is judged by its name
    (``MONOSPACED``)."""
    texts = "".join(c.get_text() for c in glyphs)
    return (
        len(glyphs) >= FIXED_PITCH_GLYPHS
        and any(t.isalpha() for t in texts)
        and any(t in NARROW for t in texts)
        and _one_width(glyphs) is not None
    )


def _keywords_unnamed(glyphs: list, pitches: frozenset[tuple[float, float]] = frozenset()) -> float | None:
    """The width of the line's glyphs in the unnamed font (``UNNAMED``) when they are a listing's
    keywords in a named monospaced font (``MONOSPACED``): ``KEYWORD_GLYPHS`` or more, or fewer at
    a listing pitch of the page (``_at_listing_pitch``: "if"), all of one width near the named
    font's, every other glyph in that font; else None. pdfTeX embeds a bold typewriter as a bitmap
    font without a name ("void", "#define", "const" before a function's name in cmtt). A prose
    font's letters differ in width, and a sentence's name in typewriter leaves its words and
    punctuation in a named text font."""
    named = [c for c in glyphs if c.fontname != UNNAMED]
    unnamed = [c for c in glyphs if c.fontname == UNNAMED]
    width = _one_width(unnamed)
    enough = len(unnamed) >= KEYWORD_GLYPHS or _at_listing_pitch(unnamed, pitches)
    if not enough or width is None or not named:
        return None
    pitch = max(c.x1 - c.x0 for c in named)
    monospaced = all(MONOSPACED.search(_font(c)) for c in named)
    return width if monospaced and abs(width - pitch) <= KEYWORD_PITCH * pitch else None


def _rendered_formula(glyphs: list) -> bool:
    """The glyphs of a rendered formula, by each one's font: one glyph or more in a TeX math font
    (cmmi, cmsy, cmex, msam/msbm, eufm, mathpazo's: ``TEX_MATH_FONT``), or the text font's variables
    beside a formula's sign (``_italic_variables``, ``FORMULA_SIGNS``: mathpazo sets "Nij(T)" in the
    text's italic, its brackets in cmr), at least as many of its letters in those fonts or variables
    as in the text font, and no run of more than ``OPERATOR_NAME`` other text-font letters (TeX sets
    an operator's name, "log", "lim", "sin", and a formula's digits and "+ = ( )" in the text font:
    "k log2 c(f)" is three math-italic letters and "log"). A prose line with an inline formula has
    its words in the text font."""
    variables = _italic_variables(glyphs)
    in_math = [
        bool(TEX_MATH_FONT.match(_font(c))) or variable for c, variable in zip(glyphs, variables, strict=True)
    ]
    # two variables or more: one italic letter by a bracket is an item's label, "(a)", or a remnant
    signed = (
        sum(variables) >= 2
        and any(c.get_text() in FORMULA_SIGNS for c in glyphs)
        and not _one_bold_face(glyphs)
    )
    if not any(TEX_MATH_FONT.match(_font(c)) for c in glyphs) and not signed:
        return False
    letters = [math for c, math in zip(glyphs, in_math, strict=True) if c.get_text().isalpha()]
    if sum(letters) * 2 < len(letters):
        return False
    run = 0
    for char, math in zip(glyphs, in_math, strict=True):
        run = run + 1 if char.get_text().isalpha() and not math else 0
        if run > OPERATOR_NAME:
            return False
    return True


def _one_bold_face(glyphs: list) -> bool:
    """Every glyph of the line, its digits and brackets too, in one bold font: a heading set in bold
    ("3.7.2 Pde()", cmbx12 throughout), not bold variables, whose formula sets its digits and signs
    in the upright text font. freefem.pdf's heading "3.7.2 Pde()" was cut as a formula's debris."""
    fonts = {_font(c) for c in glyphs if c.get_text().strip()}
    return len(fonts) == 1 and bool(BOLD.search(fonts.pop()))


def _italic_variables(glyphs: list) -> list[bool]:
    """For each glyph, whether it is a formula's variable in the text's italic or bold (a matrix,
    "PTa = exp(QTa)"): such a letter in a run of at most ``OPERATOR_NAME`` letters of one size set
    close ("q" and its subscript "ij" are two runs, "nT;ij ij" three); a longer run is a word."""
    found = [False] * len(glyphs)
    run: list[int] = []
    for at, char in enumerate([*glyphs, None]):
        variable = char is not None and _variable_letter(char)
        if variable and (not run or _goes_on_run(glyphs[run[-1]], char)):
            run.append(at)
            continue
        for kept in run if len(run) <= OPERATOR_NAME else []:
            found[kept] = True
        run = [at] if variable else []
    return found


def _goes_on_run(last, char) -> bool:
    """``char`` is set at ``last``'s size, less than a space after it: one run of letters. A letter
    set back left of ``last`` starts another (a subscript "ij" set under a superscript "nT;ij")."""
    gap = char.x0 - last.x1
    return (
        abs(last.size - char.size) < SCRIPT_STEP and -SPACE_SHARE * char.size < gap < SPACE_SHARE * char.size
    )


def _variable_letter(char) -> bool:
    """A letter in an italic or a bold font (where mathpazo and mathptmx set a formula's letters)."""
    return char.get_text().isalpha() and bool(ITALIC.search(_font(char)) or BOLD.search(_font(char)))


def _font(char) -> str:
    return char.fontname.partition("+")[2] or char.fontname  # "AIOPNF+LiberationSerif": a subset's tag


def _letters_past_math(glyphs: list) -> list:
    """The line's letters and digits, less a word a typewriter line sets in TeX's math fonts: a
    typewriter font has no Greek, so texinfo sets a listing comment's "βóλoς" in cmmi (its omicron
    an italic "o" from cmti), and libidn2.pdf's comment line " * Input domain encoded as ‘UTF-8’:
    βóλoς.com" was read as prose, its listing split there and the line's indent lost. Such a word is
    a run of glyphs not monospaced holding a math font's letter outside ASCII, one the typewriter
    font lacks (a formula's italic "h (f (x))" in a typewriter heading, yacas' ref.book.pdf, is
    math, not a stand-in); it is left out only where the line's other letters are all monospaced and
    outnumber it: prose with a formula stays prose. So is a right-to-left value set inside a
    typewriter line, which opens and closes in the typewriter font: a typewriter font has no
    Persian, and XeTeX set alpha-persian-l.userguide.pdf's BibTeX listing line "title={فضای
    توپولوژی}," with its value in the text's Persian face, however many letters it holds."""
    runs = itertools.groupby(glyphs, key=lambda c: bool(MONOSPACED.search(_font(c))))
    math = {
        id(c)
        for mono, run in ((mono, list(run)) for mono, run in runs)
        if not mono and any(_letter_past_ascii(c) and TEX_MATH_FONT.match(_font(c)) for c in run)
        for c in run
    }
    values = right_to_left_values(glyphs)
    letters = [c for c in glyphs if c.get_text().isalnum()]
    rest = [c for c in letters if id(c) not in math | values]
    typed = all(MONOSPACED.search(_font(c)) for c in rest)
    return rest if typed and len(rest) > sum(id(c) in math for c in letters) else letters


def right_to_left_values(glyphs: list) -> set[int]:
    """The ids of the glyphs of each run not monospaced that holds a right-to-left letter inside a
    line opening and closing in a typewriter font: a listing's Persian value, set in the text's face
    (``_letters_past_math``), its punctuation too (the comma of "{رضایی علی‌آباد,علی}")."""
    typed = [bool(MONOSPACED.search(_font(c))) for c in glyphs]
    if not typed or not typed[0] or not typed[-1]:
        return set()
    runs = [
        list(run) for _, run in itertools.groupby(glyphs, key=lambda c: bool(MONOSPACED.search(_font(c))))
    ]
    return {
        id(c)
        for run in runs[1:-1]
        if not MONOSPACED.search(_font(run[0])) and any(has_right_to_left(c.get_text()) for c in run)
        for c in run
    }


def _letter_past_ascii(glyph) -> bool:
    """A letter outside ASCII (Greek, Cyrillic): one a TeX typewriter font has no glyph for."""
    return glyph.get_text().isalpha() and not glyph.get_text().isascii()
