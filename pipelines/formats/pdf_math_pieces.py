"""pdfminer's lines regrouped around math: a superscript, a radical's radicand, a fraction's numerator.

pdfminer groups glyphs into lines by height, which tears math apart: an exponent raised after a big
bracket becomes a line of its own, a radical sign sits on a line apart from its radicand, and an
in-line fraction's numerator is read into the line above. These rules rejoin or part pdfminer's glyph
lines before any line's text is written, on glyph geometry alone.
"""

from __future__ import annotations

import copy
import itertools
import re
import statistics
import unicodedata
from collections import Counter

from pdfminer.layout import LTChar

from sloika.pipelines.formats.pdf_fonts import FORMULA_SIGNS, ITALIC, MONOSPACED, _font, _rendered_formula
from sloika.pipelines.formats.pdf_glyphs import TEX_EXTENSION_FONT, TEX_MATH_FONT
from sloika.pipelines.formats.pdf_line_record import Glyph

RADICAL = "√"  # a radical sign, read apart from the line it is set in (``_radicals_joined``)
TOUCH = 0.05  # em: a digit this close to the superscript after it is set as one mark with it
MARK_SIZE = 0.8  # a mark's glyphs are at most this share of the line's font size …
MARK_RISE = 0.2  # … and sit this share of it above the line's baseline
SCRIPT_SHARE = 0.5  # a script is set at this share of its base's size at least (TeX's \scriptscriptstyle)
SLANT = 0.3  # em: a stacked script starts at most this far past its base (Y's italic correction: 0.26)
WORD_GAP = 0.15  # em: a gap this wide between two letters parts two words
PROSE_WORDS = 2  # words of three letters or more in a text font that make a line prose, at least
CLOSERS = ")]}⟩"  # a closing bracket: an exponent set after a big one is measured by its line's size
OPENERS = "([{⟨"  # the opening brackets ``CLOSERS`` close
PRIMES = frozenset("′″‴")  # raised by their own glyphs: no exponent, on a bracket too ("(Y − XΦ)′")
ORDINAL_ENDINGS = frozenset({"th", "st", "nd", "rd"})  # raised over a variable: an ordinal, "rth"
EXPONENT_SIGNS = "+-−="  # an exponent's signs ("n−1", "−1"); a text font's hyphen stands for its minus
BIG_OPERATORS = frozenset("∫∑∏∮⋃⋂")  # pdfminer boxes them by the font's height, not the glyph's
# what limits stand under, over or after: a big operator, or an operator's name set in the text font
# ("argmin", "max", "lim"): a display's (``pdf_display_formulas``) and a line's (``pdf_spacing``)
LIMIT_OPERATOR = re.compile(
    f"[{''.join(sorted(BIG_OPERATORS))}]|arg(?:min|max)|lim(?:sup|inf)?|min|max|sup|inf"
)
SIGN_GAP = 0.3  # em: a line starting this near after a raised sign goes on the text the sign stands in
# one term, written without brackets: "1", "π", "2m", a letter under its accent ("𝑎̄": U+0304 is no \w)
ATOM = re.compile(r"[\w.′∞\u0300-\u036f\u20d0-\u20ff]+")
BAR = 1.0  # pt: a radical's bar, a rule drawn from the sign's top over the radicand, is thinner than this
BAR_REACH = 1.5  # em: a radical's bar lies at most this far over the top of the sign's box
ROW_STEP = 0.5  # em: a formula's full-size letters and digits this far apart up or down stand on two rows
# a formula's signs set on its row's baseline, as its letters are: no bracket (a big one hangs from its
# top), no big operator (centred on the axis)
ROW_SIGNS = FORMULA_SIGNS - frozenset("()[]{}|") - BIG_OPERATORS


def _superscripts_joined(items: list) -> list[list]:
    """Each pdfminer line's glyphs, a superscript pdfminer read as a line of its own joined to the end
    of the line it is set on (``_superscript_of``): TeX raises an exponent after a big bracket higher
    than after a letter, and pdfminer wants a glyph to share half its height with the line before it
    joins it, so "[Ω̂(θ∗)]" + "−1" (gmm_with_R.pdf's inverse) came apart and the exponent, a line of
    its own, was cut as debris. A lone raised sign joins only with the line of text that goes on
    after it (``_text_after``), the three one line."""
    from pdfminer.layout import LTChar

    glyphs = [[c for c in item if isinstance(c, LTChar)] for item in items]
    inked = [[c for c in chars if not c.get_text().isspace()] for chars in glyphs]
    hosts: dict[int, int] = {}
    rests: dict[int, int] = {}  # a lone sign's line: the line of text that goes on after it
    for at, small in enumerate(inked):
        if not small or not all(c.upright for c in small):
            continue
        host = next((i for i, ends in enumerate(inked) if i != at and _superscript_of(small, ends)), None)
        if host is None or host in hosts:
            continue
        # an exponent has a digit or a letter; a lone prime or sign joins only inside a line of text
        rest = None if any(c.get_text().isalnum() for c in small) else _text_after(small, inked, host)
        if rest is None and not any(c.get_text().isalnum() for c in small):
            continue
        hosts[host] = at
        if rest is not None:
            rests[at] = rest
    joined = {at for at in hosts.values() if at not in hosts}
    rests = {
        at: rest for at, rest in rests.items() if at in joined and rest not in hosts and rest not in joined
    }
    gone = joined | set(rests.values())
    return [
        [*chars, *glyphs[hosts[at]], *(glyphs[rests[hosts[at]]] if hosts[at] in rests else [])]
        if hosts.get(at) in joined
        else chars
        for at, chars in enumerate(glyphs)
        if at not in gone
    ]


def _stacked_scripts_joined(lines: list[list]) -> list[list]:
    """Each pdfminer line's glyphs, the script lines of a sub- and superscript stacked at the end of a
    line of prose (``_stack_after``) joined to it: TeX sets Y*_i's subscript at its base's end and the
    superscript after the base's italic correction, one over the other, lower than the text's band and
    higher, and pdfminer read the subscript (or both scripts) as a line of its own with what follows
    it on the row, so the sentence broke there: "… distributed variable Y∗" / "i ∼ multinom(πi, 1), …"
    and "… we refer to F" / "−1" / "λ" (clm_article.pdf). A display's lines are no prose and keep their
    pieces, and a script-size numerator over a denominator line is a fraction's (``_numerator_at``)."""
    inked = [[c for c in chars if not c.get_text().isspace()] for chars in lines]
    stacks: dict[int, list[int]] = {}
    taken: set[int] = set()
    for at, glyphs in enumerate(inked):
        if at in taken or _prose_words(glyphs) < PROSE_WORDS or _numerator_at(lines[at], lines):
            continue  # a tall fraction's numerator read onto the line is no script: ``_numerators_apart``
        scripts = [i for i in _stack_after(glyphs, inked) if i != at and i not in taken and i not in stacks]
        if scripts:
            stacks[at] = scripts
            taken.update(scripts)
    if not stacks:
        return lines
    joined = [
        [c for i in [at, *stacks.get(at, [])] for c in lines[i]]
        for at in range(len(lines))
        if at not in taken
    ]
    return _stacked_scripts_joined(joined)  # a script line taken may end on a stack of its own


def _stack_after(glyphs: list, inked: list[list]) -> list[int]:
    """The lines that hold a stacked script set at the end of the line ``glyphs`` (all without spaces),
    raised ones first: each line's first glyph a script (``_script_side``) starting where the line's
    last glyph at its text size, no opening bracket, ends (within ``TOUCH`` em before, ``SLANT`` em
    after), the rest of it scripts or on that glyph's row; only where a raised and a lowered script
    stand there, one of them the line's own trailing glyph or both read apart."""
    size = Counter(round(c.size, 1) for c in glyphs).most_common(1)[0][0]
    base = next((c for c in reversed(glyphs) if c.size >= MARK_SIZE * size and c.upright), None)
    if base is None or unicodedata.category(base.get_text()[:1] or " ") == "Ps":
        return []  # what an opening bracket stacks is a fraction's or a symbol's parts: "J0(1/3)", "(a/c)"
    trailing = [_script_side(c, base) for c in glyphs[glyphs.index(base) + 1 :][:1]]
    found = [
        (side, others[0].x0, at)
        for at, others in enumerate(inked)
        if others and others is not glyphs
        for side in [_script_side(others[0], base)]
        if side and all(_script_side(c, base) or _on_row(c, base) for c in others)
    ]
    if not found or {"raised", "lowered"} - {*trailing, *(side for side, _, _ in found)}:
        return []
    return [at for _, _, at in sorted(found, key=lambda item: (item[0] != "raised", item[1]))]


def _script_side(glyph, base) -> str | None:
    """Where ``glyph`` stands as a script of ``base``: "raised" (its bottom ``MARK_RISE`` em over the
    base's bottom, under its top) or "lowered" (its bottom under the base's bottom, its top above it
    and under the base's top), set smaller than ``MARK_SIZE`` of it and starting at its end (from
    ``TOUCH`` em before to ``SLANT`` em after); None for any other glyph."""
    size = base.size
    if glyph.size >= MARK_SIZE * size or not -TOUCH * size <= glyph.x0 - base.x1 <= SLANT * size:
        return None
    if base.y0 + MARK_RISE * size < glyph.y0 < base.y1:
        return "raised"
    return "lowered" if glyph.y0 < base.y0 < glyph.y1 < base.y1 else None


def _on_row(glyph, base) -> bool:
    """Whether ``glyph`` goes on the row of ``base`` after it: right of it, its box overlapping the
    base's height ("∼" after the subscript of "Y∗ i")."""
    return glyph.x0 >= base.x1 and glyph.y0 < base.y1 and glyph.y1 > base.y0


def _prose_words(glyphs: list) -> int:
    """The words of three letters or more in a text font (not ``TEX_MATH_FONT``) in a line's glyphs
    (without spaces), a word ending at a glyph of another kind or a gap of ``WORD_GAP`` em."""
    words, run, last = 0, 0, None
    for glyph in glyphs:
        letter = glyph.get_text().isalpha() and not TEX_MATH_FONT.match(_font(glyph))
        gap = last is not None and glyph.x0 - last.x1 > WORD_GAP * glyph.size
        if not letter or gap:
            words += run >= 3
            run = 0
        run += letter
        last = glyph
    return words + (run >= 3)


def _text_after(small: list, inked: list[list], host: int) -> int | None:
    """The line that starts within ``SIGN_GAP`` em of where the raised sign ``small`` ends, its first
    glyph at the size of the ``host`` line's last and on its foot, or None: the sign stands inside a
    line of text pdfminer split at it, a prime on a function's name ("Functions Ai(±x) and Ai" +
    "′" + "(±x) as plotted …": gsl.pdf's captions read "Ai (±x)", the prime cut as ``no_words``), and
    the three are one line again. A lone sign raised at a line's end, nothing after it, stays where
    it was read."""
    last, end = inked[host][-1], small[-1].x1
    return next(
        (
            at
            for at, glyphs in enumerate(inked)
            if glyphs
            and at != host
            and glyphs is not small
            and abs(glyphs[0].size - last.size) < TOUCH * last.size
            and abs(glyphs[0].y0 - last.y0) < TOUCH * last.size
            and -TOUCH * last.size <= glyphs[0].x0 - end <= SIGN_GAP * last.size
        ),
        None,
    )


def _radicals_joined(lines: list[list]) -> list[list]:
    """A radical sign pdfminer read as a line of its own joined with the pieces of the line it is set
    in, the one it follows and the radicand it leads (``_radical_between``): TeX raises "√" over the
    baseline, so "r = 1/" + "√" + "2 is assigned …" came apart, the sign was cut as ``no_words``
    debris and the text read "1/ 2" for "1/√2"."""
    inked = [[c for c in chars if not c.get_text().isspace()] for chars in lines]
    merged: dict[int, list[int]] = {}
    gone: set[int] = set()
    for at, sign in enumerate(inked):
        if [c.get_text() for c in sign] != [RADICAL] or at in merged:
            continue
        pieces = [i for i in _radical_between(sign[0], inked) if i not in gone and i not in merged]
        if pieces:
            order = sorted([at, *pieces], key=lambda i: inked[i][0].x0)
            merged[order[0]] = order
            gone.update(order[1:])
    return [[c for i in merged.get(at, [at]) for c in lines[i]] for at in range(len(lines)) if at not in gone]


def radicals_barred(lines: list[list], curves: list) -> list[list]:
    """Each line's glyphs read with its radical signs' bars (``_bar_of``: a thin rule TeX draws from
    the sign's top over the radicand, which no text keeps). The sign is marked with its bar's top
    (``_reaching``), and a radicand of more than one term (``ATOM``) is set between a "(" and a ")"
    of no width (``_radicand_bracketed``)."""
    bars = [box for box in curves if box.y1 - box.y0 < BAR and box.x1 > box.x0]
    return [_radicand_bracketed(_reaching(chars, bars), bars) for chars in lines]


def _reaching(chars: list, bars: list) -> list:
    """The glyphs, each radical sign under a bar marked with the bar's top (``bar_top``, read by
    ``ink_band``): TeX set sandwich.pdf's line "… the t ratio β̂j/√Ψ̂jj …" lower than the others to
    clear its root's bar, and measured to its letters the line seemed to stand a paragraph's gap
    under "… Exploiting the (asymptotic)": the sentence broke there."""
    reached = []
    for glyph in chars:
        bar = _bar_over(glyph, bars)
        if bar is not None:
            glyph = copy.copy(glyph)
            glyph.bar_top = bar.y1
        reached.append(glyph)
    return reached


def ink_band(chars: list) -> tuple[float, float]:
    """The bottom and top of a line's glyphs, a radical sign's box left out (pdfminer boxes a glyph by
    its font's height from its baseline, and a root's ink is set raised or hangs from its top: a
    raised sign's box reached over the line), its bar's top in (``_reaching``): the root's true
    reach, which TeX clears when it sets the line."""
    boxed = [c for c in chars if c.get_text() != RADICAL] or chars
    tops = [c.y1 for c in boxed] + [c.bar_top for c in chars if hasattr(c, "bar_top")]
    return min(c.y0 for c in boxed), max(tops)


def _radicand_bracketed(chars: list, bars: list) -> list:
    """The glyphs, the radicand of each radical sign under a bar in brackets where it holds more than
    one term: strucchange-intro.pdf's "λ · √(t(1 − t))" read "λ · √t(1 − t)", the root over the
    first letter alone. The radicand is the glyphs whose middles lie under the bar; a one-term
    radicand ("√2", "√n") keeps its plain writing."""
    for sign in [c for c in chars if c.get_text() == RADICAL]:
        bar = _bar_over(sign, bars)
        if bar is None:
            continue
        under = [
            at
            for at, c in enumerate(chars)
            if c is not sign and not c.get_text().isspace() and bar.x0 <= (c.x0 + c.x1) / 2 <= bar.x1
        ]
        if not under or ATOM.fullmatch("".join(chars[at].get_text() for at in under)):
            continue
        start, end = min(under), max(under) + 1
        # the closing bracket as the radicand's last full-size glyph: set as its last exponent's, a
        # script's, it was written raised ("√(x² + y²⁾")
        last = max(reversed([chars[at] for at in under]), key=lambda c: c.size)
        opening, closing = (
            _unwritten(chars[start], "(", chars[start].x0),
            _unwritten(last, ")", chars[end - 1].x1),
        )
        chars = [*chars[:start], opening, *chars[start:end], closing, *chars[end:]]
    return chars


def _bar_over(sign, bars: list):
    """The radical sign's own bar (``_bar_of``), None if it has none: of the bars that could be its,
    the lowest, at the sign's top. Roots set one under another in an aligned display start at one
    place across, and the bar of the root over a sign reaches within ``BAR_REACH`` of its top too:
    GyotoManual.pdf's "rp = √(x² + y²)" took the bar of "r = √(x² + y² + z²)" over it, its box
    reached up over the row above, and the display was cut whole as too tall to write."""
    return min((box for box in bars if _bar_of(box, sign)), key=lambda box: box.y0, default=None)


def _bar_of(box, sign) -> bool:
    """The rule is the radical sign's bar: it starts at the sign's right end (within ``SIGN_GAP``
    em), over the bottom of the sign's box and at most ``BAR_REACH`` em over its top (a big root's
    glyph reaches over the box pdfminer gives it)."""
    size = sign.size
    starts = sign.get_text() == RADICAL and abs(box.x0 - sign.x1) <= SIGN_GAP * size
    return starts and sign.y0 <= box.y0 <= sign.y1 + BAR_REACH * size


def _unwritten(glyph, text: str, x: float):
    """A glyph of ``text`` and no width at ``x``, in ``glyph``'s font, size and height: a bracket the
    page draws by other means (a radical's bar), written so that the text tells the reach."""
    mark = copy.copy(glyph)
    mark._text = text
    mark.set_bbox((x, glyph.y0, x, glyph.y1))
    return mark


def _numerators_apart(lines: list[list]) -> list[list]:
    """Each pdfminer line's glyphs, a fraction's numerator that ends a line of text (``_numerator_at``)
    parted from the text as a line of its own: TeX sets an in-line ``\\frac`` whose parts are too
    tall for the line's band (a sum with its limits over a root) as script-size parts over and under
    a bar, and pdfminer read the numerator onto the text's line and the denominator apart, so the
    formula's top half stayed in the sentence ("… is available ∑k i=1 wiz(pi)") and its bottom half
    was cut. Apart, the display rules take the two halves out together."""
    found: list[list] = []
    taken: set[int] = set()
    for chars in lines:
        at = _numerator_at(chars, lines)
        if not at:
            found.append(chars)
            continue
        rest = next((other for other in lines if _goes_on_after(chars, at, other)), [])
        taken.add(id(rest))
        found.extend([[*chars[:at], *rest], chars[at:]])
    return [chars for chars in found if id(chars) not in taken]


def _rows_apart(lines: list[list]) -> list[list]:
    """Each pdfminer line's glyphs in runs of one row each, where the line is a rendered formula's
    (``_rendered_formula``) and its full-size letters and digits step from one baseline to another
    more than ``ROW_STEP`` em apart: pdfminer joins glyphs that share height, so a display's
    fraction's denominator went into the main row's line beside it (kedd.pdf p. 2's "dxr K(x)", the
    "dx^r" of d^r/dx^r under the row's "K(x)"), one piece no display writer could place. A script's
    glyphs and signs go with the run they follow."""
    return [run for chars in lines for run in _row_runs(chars)]


def _row_runs(chars: list) -> list[list]:
    """The line's glyphs parted before each full-size letter, digit or sign (``ROW_SIGNS``) set
    ``ROW_STEP`` em off the baseline of the one before it, the line's space before it cut (kedd.pdf's
    "nh2r+1 +", a denominator and the "+" on the row after its fraction); the line whole where it is no
    formula's, stands on one row, or holds a big operator, whose limits stand over and under it
    (markovchain's "j=1∑r", a sum's limits read with it, limits all in one size). A sign is
    measured against the letters and digits before it, never they against it: its box stands on the
    math axis, not the baseline (newtx's "=", 0.2 em over it, left a numerator read in beside
    dynesty.pdf's "P(Θ|D, M) =" under half an em off it); a sign that opens a run of its own is
    its row's baseline ("b² +" + "g": the "+" and "g" one run)."""
    inked = [c for c in chars if not c.get_text().isspace()]
    if not inked or not _rendered_formula(inked) or any(c.get_text() in BIG_OPERATORS for c in inked):
        return [chars]
    size = max(c.size for c in inked)
    runs: list[list] = [[]]
    baseline = None
    for char in chars:
        full = (char.get_text().isalnum() or char.get_text() in ROW_SIGNS) and char.size >= MARK_SIZE * size
        stepped = full and baseline is not None and abs(char.y0 - baseline) > ROW_STEP * size
        if stepped:
            while runs[-1] and runs[-1][-1].get_text().isspace():
                runs[-1].pop()
            runs.append([])
        if full and (char.get_text().isalnum() or stepped or baseline is None):
            baseline = char.y0
        runs[-1].append(char)
    return [run for run in runs if run]


def _goes_on_after(chars: list, at: int, other: list) -> bool:
    """The line ``other`` is the rest of the text line ``chars`` after its numerator (from ``at``):
    it starts within an em after the numerator ends, its first glyph at the text's size on the
    baseline of the text before the numerator ("… is available" + "where wi are")."""
    first = next((c for c in other if not c.get_text().isspace()), None)
    last = chars[at - 1]
    end = max(c.x1 for c in chars[at:])
    return (
        first is not None
        and other is not chars
        and abs(first.size - last.size) < TOUCH * last.size
        and abs(first.y0 - last.y0) < TOUCH * last.size
        and 0 <= first.x0 - end < last.size
    )


def _numerator_at(chars: list, lines: list[list]) -> int:
    """Where the numerator that ends the line ``chars`` starts, or 0: a run of glyphs at the line's end,
    each smaller than ``MARK_SIZE`` of the text's size and raised over its baseline, one in a TeX math
    font, after text at its size, over another line (the denominator, ``_denominator_under``)."""
    inked = [c for c in chars if not c.get_text().isspace()]
    if len(inked) < 2:
        return 0
    size = _commonest_size(inked)
    text = [c for c in inked if round(c.size, 1) == size]
    base = statistics.median(c.y0 for c in text)
    run = list(
        itertools.takewhile(lambda c: c.size < MARK_SIZE * size and c.y0 > base + TOUCH * size, inked[::-1])
    )[::-1]
    if len(run) < 2 or len(run) == len(inked) or not any(TEX_MATH_FONT.match(_font(c)) for c in run):
        return 0
    if not any(_denominator_under(run, other, size) for other in lines if other is not chars):
        return 0
    return chars.index(run[0])


def _denominator_under(run: list, other: list, size: float) -> bool:
    """The line ``other`` is set right under the numerator ``run``: its glyphs script-size, one in a
    TeX math font, within the run's width, their tops under the run's bottom by less than an em of the
    text's ``size``."""
    glyphs = [c for c in other if not c.get_text().isspace()]
    low = min(c.y0 for c in run)
    return (
        bool(glyphs)
        and all(c.size < MARK_SIZE * size for c in glyphs)
        and any(TEX_MATH_FONT.match(_font(c)) for c in glyphs)
        and min(c.x0 for c in glyphs) >= run[0].x0 - TOUCH * size
        and max(c.x1 for c in glyphs) <= max(c.x1 for c in run) + TOUCH * size
        and all(low - size < c.y1 <= low + TOUCH * size for c in glyphs)
    )


def _radical_between(sign, inked: list[list]) -> list[int]:
    """The lines that end where the radical sign ``sign`` starts, or start where it ends (within
    ``TOUCH`` em), on a baseline the sign overlaps. A line's ends are its outermost glyphs', not its
    first and last in the stream: TeX draws an accent before the letter under it, so tgp.pdf's radicand
    "σ̂²" opened with a hat set half a point right of the sign, and the sign, alone, was cut."""
    size = sign.size
    found = []
    for at, glyphs in enumerate(inked):
        if not glyphs or glyphs[0] is sign or not glyphs[0].y0 < sign.y0 < glyphs[0].y1:
            continue
        before = abs(sign.x0 - max(c.x1 for c in glyphs)) <= TOUCH * size
        after = abs(min(c.x0 for c in glyphs) - sign.x1) <= TOUCH * size
        if before or after:
            found.append(at)
    return found[:2]


def letter_exponents(chars: list, size: float) -> list[tuple[int, int]]:
    """The runs (start, end) of a line's glyphs (``size`` its text's) raised as a formula's exponent:
    each glyph smaller than ``MARK_SIZE`` of the text and ``MARK_RISE`` em over its baseline, the run
    starting where its base at the text's size ends (``_exponent_base``). A run holding a letter in a
    TeX math font or a sign (``_signed``) stands on a digit, a closing bracket, a formula's letter or
    a letter of a text font that ``_letter_base`` takes for a variable: bmsmanual.pdf's "2^K" and
    "2^{−K}", whose raised K in cmmi6 was set on the line as "2K" and "2−K"; the gap-guava manual's
    "Λ^g", "λ^{−1}" and "R^+", once "Λg = Φ", "λ−¹" (its digit raised alone, the sign left on the
    line) and "R+": a note's mark is a digit or a symbol, never a sign. After a variable set in the
    text's italic (``_italic_variable``: a document that sets its formulas' letters in cmti) a raised
    italic letter is the exponent's letter too, an ordinal's ending aside (``_ordinal``): gap-sonata's
    tutorial read "p^q" as "pq", a product, and "p^{δ(G)}" as "pδ(G)". A raised letter on a
    formula's letter is its exponent in any font: the expm vignette's bold matrix "e^A" (cmbx7 on
    cmmi10), once "eA"; and so is a typed name's (``_typed_exponent``), and any run on a closing
    bracket around a formula's letter (``_closes_formula``: a square, "(x^{2^k})^2")). The text's
    baseline is its glyphs' at its size, a big bracket's or operator's aside (``_hung_glyph``: boxed
    from its top, the crc paper's \\bigl( \\bigr) raised the median over the "2" of "(x^{2^k})²")."""
    full = sorted(
        c.y0 for c in chars if abs(c.size - size) < 0.5 and not c.get_text().isspace() and not _hung_glyph(c)
    )
    baseline = full[len(full) // 2] if full else 0.0
    up = [
        not c.get_text().isspace() and c.size < MARK_SIZE * size and c.y0 > baseline + MARK_RISE * size
        for c in chars
    ]
    runs, at = [], 0
    while at < len(chars):
        end = at
        while end < len(chars) and up[end]:
            end += 1
        run = chars[at:end]
        variable = end > at > 0 and _italic_variable(chars, at - 1) and not _ordinal(run)
        typed = end > at > 0 and _typed_exponent(chars[at - 1], run)
        on_formula = (
            end > at > 0 and _formula_letter(chars[at - 1]) and any(c.get_text().isalpha() for c in run)
        )
        grouped = (
            end > at > 0 and _closes_formula(chars, at - 1) and not all(c.get_text() in PRIMES for c in run)
        )
        formula = _signed(run) or any(_formula_letter(c) for c in run) or typed or on_formula or grouped
        if (
            end > at > 0
            and _exponent_base(
                chars[at - 1], chars[at], size, variable or typed or _letter_base(chars, at, run)
            )
            and (formula or (variable and any(_italic_letter(c) for c in run)))
        ):
            runs.append((at, end))
        at = max(end, at + 1)
    return runs


def _closes_formula(chars: list, at: int) -> bool:
    """The glyph at ``at`` closes a bracket whose group holds a formula's letter (``_formula_letter``):
    a raised run set on it is the group's exponent, however plain its glyphs (the crc paper's
    "(x^{2^k})^2" and "(Pow2k(k−1))^2", once "(x2k)2", their squares a plain "2"). A note's mark after
    a bracket stands after prose, its group a text font's; a prime after it is the group's transpose
    or derivative, raised by its glyph (``PRIMES``: bvar-a-la-sims.pdf's "(Y^p − X^p Φ)′", not "^′")."""
    if chars[at].get_text() not in CLOSERS:
        return False
    depth = 0
    for start in range(at - 1, -1, -1):
        text = chars[start].get_text()
        depth += (text in CLOSERS) - (text in OPENERS)
        if depth < 0:
            return any(_formula_letter(c) for c in chars[start:at])
    return False


def _typed_exponent(base, run: list) -> bool:
    """The letter or digit ``base`` is set in a monospaced font and the raised ``run`` holds a letter,
    its glyphs letters or digits in a monospaced font or a TeX math font, no ordinal's ending: a typed
    name's exponent, as code sets none (the BAMG manual's "typesolⁿ" and "typesol^k", cmtt8 or cmmi8
    over cmtt10, once "typesoln", "typesolk = 1")."""
    return (
        base.get_text()[:1].isalnum()
        and MONOSPACED.search(_font(base)) is not None
        and all(
            glyph.get_text().isalnum() and (MONOSPACED.search(_font(glyph)) or _formula_letter(glyph))
            for glyph in run
        )
        and any(glyph.get_text().isalpha() for glyph in run)
        and not _ordinal(run)
    )


def _letter_base(chars: list, at: int, run: list) -> bool:
    """Whether the letter before the raised ``run`` (at ``at``), set in a text font, carries it as a
    formula's exponent: any letter under a signed power, a sign and digits (a unit's "cm^{−2}",
    "Å^{−1}"; a raised "+" on a word stays as set, alpha's citation label "[DHK+99]"); a letter alone
    (``_alone``) under a run holding a sign (``_signed``: "x^{n−1}", "R^+"); a Greek letter alone
    under any run (TeX takes upright capital Greek from the text font, cmr: "Λ^g"). A Latin letter
    keeps a raised letter as set ("N" with a raised "o", numero: "No")."""
    base = chars[at - 1].get_text()
    texts = [glyph.get_text() for glyph in run]
    power = texts[0] in EXPONENT_SIGNS and len(texts) > 1 and all(text.isdigit() for text in texts[1:])
    if power and base.isalpha():
        return True
    return _alone(chars, at - 1) and (_signed(run) or greek(base))


def greek(text: str) -> bool:
    """Whether ``text`` opens with a Greek letter, which a Latin document sets as a formula's symbol."""
    return "GREEK" in unicodedata.name(text[:1] or " ", "")


def _signed(run: list) -> bool:
    """The raised run opens with a sign of ``EXPONENT_SIGNS`` ("−1", "+") or holds one and a letter
    ("n−1", "r+1"): an exponent's sum or sign, which no note's mark holds (a mark's range, "1-3",
    holds digits alone)."""
    texts = [glyph.get_text() for glyph in run]
    signed = any(text in EXPONENT_SIGNS for text in texts)
    return bool(texts) and (texts[0] in EXPONENT_SIGNS or (signed and any(text.isalpha() for text in texts)))


def _italic_variable(chars: list, at: int) -> bool:
    """The glyph at ``at`` is a one-letter variable in the text's italic: an italic letter standing
    alone (``_alone``), as a document whose formulas set their letters in the text's italic has it
    ("p, q" in cmti, their comma in cmmi). A word's last letter is none."""
    return _italic_letter(chars[at]) and _alone(chars, at)


def _alone(chars: list, at: int) -> bool:
    """The glyph at ``at`` is a letter with no letter right before it: a space, a bracket or a comma,
    a letter ``WORD_GAP`` em off or more, or the line's start."""
    glyph = chars[at]
    before = chars[at - 1] if at else None
    return glyph.get_text()[:1].isalpha() and (
        before is None
        or not before.get_text()[-1:].isalpha()
        or glyph.x0 - before.x1 >= WORD_GAP * glyph.size
    )


def _ordinal(run: list) -> bool:
    """The raised run spells an ordinal's ending ("th", "st", "nd", "rd"): "the $r^{th}$ derivative"
    reads "rth", no exponent (kedd's intro, bibtool's "the yth number")."""
    return "".join(glyph.get_text() for glyph in run).strip() in ORDINAL_ENDINGS


def _italic_letter(glyph) -> bool:
    """A letter in an italic text font (cmti, "…-Italic") or in a TeX math font's italic."""
    return glyph.get_text().isalpha() and bool(ITALIC.search(_font(glyph)) or _formula_letter(glyph))


def _formula_letter(glyph) -> bool:
    """A letter in a TeX math font (``TEX_MATH_FONT``)."""
    return glyph.get_text().isalpha() and TEX_MATH_FONT.match(_font(glyph)) is not None


def _exponent_base(base, first, size: float, variable: bool = False) -> bool:
    """``base`` carries the raised run that ``first`` opens: a digit, a closing bracket, a formula's
    letter (in a TeX math font) or a ``variable`` (a letter ``letter_exponents`` takes for one) set at
    the text's size, the run starting from ``TOUCH`` em before its end to ``SLANT`` em after it. An
    upright text font's letter keeps a raised letter of a text font as set ("N" with a raised "o":
    "No", an abbreviation)."""
    text = base.get_text()
    return (
        base.size >= MARK_SIZE * size
        and (text.isdigit() or text in CLOSERS or _formula_letter(base) or variable)
        and -TOUCH * size <= first.x0 - base.x1 <= SLANT * size
    )


def _commonest_size(glyphs: list) -> float:
    """The font size most of the glyphs have (to a tenth of a point): the line's text size."""
    return Counter(round(c.size, 1) for c in glyphs).most_common(1)[0][0]


def _superscript_of(glyphs: list, ends: list) -> bool:
    """The glyphs ``glyphs`` are a superscript set at the end of the line ``ends`` (both without
    spaces): every one smaller than the line's last glyph (``MARK_SIZE``) or, after a closing bracket
    (``CLOSERS``), than the larger of it and the line's text (a big bracket of the math extension
    font is set at its nominal size, gsl.pdf's ")" at 9.96 pt in a 10.9 pt line, and its 7.97 pt
    exponent "1/3" missed the mark by a hundredth and was cut as ``numbers_only``; a big sum's
    limits are no exponent), an upright one, starting where it ends (within ``TOUCH`` em), their
    bottom raised ``MARK_RISE`` em over its bottom and under its top. A lone sign read apart (no
    digit or letter) joins only inside a line of text (``_text_after``)."""
    if not glyphs or not ends or not ends[-1].upright:
        return False
    last = ends[-1]
    size = max(last.size, _commonest_size(ends)) if last.get_text() in CLOSERS else last.size
    return (
        all(c.size < MARK_SIZE * size for c in glyphs)
        and -TOUCH * size <= glyphs[0].x0 - last.x1 <= TOUCH * size
        and last.y0 + MARK_RISE * size < min(c.y0 for c in glyphs) < last.y1
    )


def sized_glyphs(glyphs: list, height: float) -> tuple[Glyph, ...]:
    """Each glyph's text, size, bottom (from the page's top, ``height`` the page's) and left and
    right edge where the line (``glyphs`` without spaces) sets one smaller than ``MARK_SIZE`` of its
    largest, a script beside its base, or a big operator: the line's text writes scripts on the
    line ("Nij(T)", "h² j"), and a display's writer reads which run is raised and which lowered by
    them, and which operator a sum's limits over and under the line stand on. Empty for a line in
    one size with no glyph boxed by its font (``_hung_glyph``)."""
    sizes = [c.size for c in glyphs]
    if not sizes or (min(sizes) >= MARK_SIZE * max(sizes) and not any(map(_hung_glyph, glyphs))):
        return ()
    return tuple((c.get_text(), c.size, height - c.y0, c.x0, c.x1) for c in glyphs)


def _hung_glyph(glyph: LTChar) -> bool:
    """A glyph boxed by its font, not its ink: a big operator, or any glyph of a TeX math extension
    font (a big bracket TeX hangs from its top, boxed an em under its baseline: ``pdf_pages``). Its
    size says nothing of the scripts beside it: coin's "(" of "vec(∑ⁿ …)", 10 pt, read on one line
    with the sum's 8 pt limit "n", kept no glyphs (8 is ``MARK_SIZE`` of 10), and no writer could
    part the bracket from the limit."""
    return glyph.get_text() in BIG_OPERATORS or bool(TEX_EXTENSION_FONT.match(glyph.fontname or ""))
