"""LaTeX typed for layout, read as the words the PDF prints: line breaks, rules, boxes, TeX's primitives.

What the converter would read wrong or not at all is settled on the LaTeX before conversion: a forced
line break inside a paragraph (kept as a hard break, or joined where a word was hyphenated by hand), a
rule drawn in a line, ``\\string`` and ``\\char``, qqru's quotes, babel's shorthands; after it,
``tidy`` makes one line of a paragraph and mends the holes dropped macros left (``latex_holes``).
Separate from the paragraphs because the fields, tables and captions are tidied the same way.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from sloika.pipelines.formats.latex_code import typed_code, typed_program
from sloika.pipelines.formats.latex_computed import MARK, drop_computed
from sloika.pipelines.formats.latex_german import (
    german_shorthands,
    loads_german,
    sets_language,
    umlauts_in_words,
)
from sloika.pipelines.formats.latex_holes import HOLES
from sloika.pipelines.formats.latex_includes import CODE_BLOCK
from sloika.pipelines.formats.latex_macros import environment_end, group, skip_space
from sloika.pipelines.formats.latex_math import MATH, outside_math
from sloika.pipelines.formats.latex_quantities import quantities_printed
from sloika.pipelines.formats.latex_shorthands import babel_shorthands
from sloika.pipelines.formats.latex_spacing import (
    ASSIGNMENT,
    DIMENSION,
    LINE_BOXES,
    SKIP,
    ZERO_WIDTH,
    box_to_makebox,
    is_space,
    skip,
)
from sloika.pipelines.formats.latex_symbols import symbol_text
from sloika.pipelines.formats.latex_text_formulas import blank_underlines, text_formulas_printed
from sloika.pipelines.formats.latex_undefined import HARD_BREAK
from sloika.pipelines.formats.pasted_hyphens import dictionary_word
from sloika.pipelines.formats.pdf_joins import join_hyphenated

# babel-russian's shorthands as they come out of conversion ("--- is '"—', "--~ is '"–' and a
# no-break space); << >> and ,, are the T2A font's quotation mark ligatures
BABEL = (
    (re.compile('"–[~\u00a0]'), "–"),  # "--~ the dash of a compound name: "Менделеева–Клапейрона"
    (re.compile('"–\\*'), "—"),  # "--* the dash that opens direct speech
    (re.compile('"([—–])'), r"\1"),  # "--- and "--
    (re.compile('(?<=\\w)"[~\u00a0=](?=\\w)'), "-"),  # "~ and "= hyphens: "red"~green" is "red-green"
    (re.compile('(?<=\\w)"(?:-|""|\\|)(?=\\w)'), ""),  # hyphenation points, a broken ligature
    (re.compile('(?<=\\w\\.)",(?=\\w)'), " "),  # the space after an initial: "А.",Б.",Пушкин"
    (re.compile('"<(?=\\w)'), "«"),
    (re.compile('(?<=[\\w.!?])">'), "»"),
    (re.compile('"`(?=\\w)'), "„"),
    (re.compile("(?<=[\\w.!?])\"'"), "“"),
    (re.compile("<<"), "«"),
    (re.compile(">>"), "»"),
    (re.compile(",,"), "„"),
)


# TeX's \char by code, "{\char'134}begin" for "\begin": the character, escaped so it stays one (the
# space ending the number is TeX's, as after a control word)
CHAR = re.compile(
    r"\\char\s*(?:'(?P<octal>[0-7]+)|\"(?P<hex>[0-9A-Fa-f]+)|`\\?(?P<quoted>.)|(?P<decimal>\d+)) ?"
)
# LaTeX's \symbol{"5C}, \symbol{92}, \symbol{'134}: \char with its code braced (ptptex's manual
# defines its backslash so: "the "5C parbox command" for "the \parbox command")
SYMBOL = re.compile(
    r"\\symbol\s*\{\s*(?:'(?P<octal>[0-7]+)|\"(?P<hex>[0-9A-Fa-f]+)|`\\?(?P<quoted>.)|(?P<decimal>\d+))\s*\}"
)
ESCAPED = {"\\": "\\textbackslash{}", "~": "\\textasciitilde{}", "^": "\\textasciicircum{}",
           **{char: "\\" + char for char in "{}%$#&_"}}  # fmt: skip

# acmart's acks environment prints its heading "Acknowledgments"
ACKS = re.compile(r"\\(?:begin|(end))\{acks\}")
# AASTeX's figure sets are markup for the online journal: the PDF prints none of them
FIGURE_SET = re.compile(r"\\figsetstart(?![A-Za-z@]).*?\\figsetend(?![A-Za-z@])", re.S)
# TeX's \string: "{\tt\string\plotone}" prints the command's name, "\plotone" (AASTeX's manual, 106
# times: each left a hole)
STRING = re.compile(r"\\string\s*(?:\\(?P<name>[A-Za-z@]+|.)|(?P<char>[^\s\\]))")
# a control space at a line's end ("\aastex\⏎in line" printed "AASTeXinline"); a line break's
# spacing in running text ("\\[12pt]" printed "12pt")
CONTROL_SPACE = re.compile(r"(?<!\\)((?:\\\\)*)\\\n")
# LaTeX's \newline ends the line where it stands, as "\\\\" does (a "\\\\" before options or a star
# would take them: "\newline [1]" stays as it is); \linebreak only breaks a justified line where the
# author wants, the paragraph's words go on (a space, ``BREAKS_BETWEEN_WORDS``)
NEWLINE = re.compile(r"(?<!\\)((?:\\\\)*)\\newline(?![A-Za-z@])(?!\s*[\[*])")
# a break ("\\\\", \\newline as ``NEWLINE`` made it) with more of its line after it, no option or star
MID_LINE_BREAK_IN_TEXT = re.compile(r"(?<!\\)((?:\\\\)*)\\\\[ \t]*(?=[^\s\[%*\\])")
TEXT_LINE_SKIP = re.compile(r"(?<!\\)\\\\\*?[ \t]*\[[-+\d.\s]*(?:pt|cm|mm|em|ex|in|bp|pc|dd|cc|sp)[^\]]*\]")


# "\\" then the line's end, in running text: a line break inside the paragraph (``HARD_BREAK``, "\n"
# in the text once the paragraph is one line); the converter prints "\n" for "\\" and the source's
# newline made it a blank line, a paragraph break ("…is getting real use" / "beyond the team."), and a
# space lost the break (a report's "Шаг 1: …\\" / "Шаг 2: …\\" ran into one line). Where the next
# line goes on with a lower-case word (``SENTENCE_GOES_ON``) the author broke a sentence's line for the
# page: a space, the sentence read whole. In the environments set line by line (a poem, a centred
# title page, a manual's command synopses in quote or ltxguide's decl, one a line) each line stays its
# own paragraph; tables and formulas are stashed before this. Each runs to its own \end, a center
# nested in a center (a title page's) skipped: the first \end{center} ended the page's outer one there
LINE_BREAK_AT_LINE_END = re.compile(r"(?<!\\)\\\\\*?[ \t]*\n(?![ \t]*\n)")
# a word, its first letter lower-case (checked apart), not an item's label ("a)Сложение", "b.")
SENTENCE_GOES_ON = re.compile(r"[ \t]*[^\W\d_](?:[^\W\d_]|[ \t])")
# the break with the spaces around it (a run of breaks is one: "\\\\" over an empty line)
HARD_BREAK_SPACED = re.compile(rf" ?(?:{HARD_BREAK} ?)+")
LINE_BY_LINE_ENVIRONMENTS = "verse|quote|decl|center|flushleft|flushright|titlepage|tabbing|minipage"
LINE_BY_LINE = re.compile(rf"\\begin\{{((?:{LINE_BY_LINE_ENVIRONMENTS})\*?)\}}")
# "\\" with more of the line after it: in those environments it ends its line as one at the source
# line's end does (a title page's "Андрей Саутин\\Группа 396" is two lines in the PDF, not one)
MID_LINE_BREAK = re.compile(r"(?<!\\)((?:\\\\)+\*?)[ \t]*(?=[^\s\[%])")


# a line that is one stashed piece of code, "containing the line:\\ |\\ExecuteOptions{dvips}|\\":
# a code line the author set apart; it stays a paragraph of its own
CODE_LINE = re.compile("[ \t]*\ue004\\d+\ue005[ \t]*(?:\\\\\\\\)?[ \t]*")

# plain TeX's line boxes: "\\leftline{EGO will …}" is a line of its own in the page (a headline), the
# break before it no line break inside a paragraph
LINE_BOX = re.compile(rf"[ \t]*(?:\\noindent\s*)?\\(?:{'|'.join(LINE_BOXES)}|line)(?![A-Za-z@])")

# an environment's boundary opening the next line ("…множество. \\" / "\end{definition}" / "Булева
# функция…"), or the end of the stretch joined (a line-by-line environment opens there, or the text
# ends): a boundary on a line of its own parts paragraphs (a theorem's, a list's, a quote's, as LaTeX
# sets them), and the "\\" that ends the line before it only ends that paragraph's last line; joined,
# the paragraph after it read as one more line of the environment's (check 62 row 8)
BOUNDARY_LINE = re.compile(r"[ \t]*(?:\\(?:begin|end)\s*\{|\Z)")


# a group that fills the stretch between two breaks, ltnews23's banner "such as\\\\ {\\catcode…%⏎
# \\verb|LaTeX2e <2015/10/01> pre-release-1|}\\\\ Internally…": a display the author set on a line of
# its own, not words of the sentence; joined, the prose around it went to ``removed`` with it
GROUP_ALONE = re.compile(r"[ \t]*(?P<end>(?<!\\)\\\\\*?[ \t]*\n|[ \t]*\n[ \t]*\n|[ \t]*$)")


# a word broken by hand: a hyphen, then a forced break, then the word's lower-case rest on the same
# line or the next ("мето-\\\\де", "уравне-\\\\ ние" in a retyped textbook's lines): LaTeX prints the
# hyphen at a line's end, which a reader joins; read as a space it left "мето- де". The hyphen may
# also end the source's line with no break ("постро-⏎ения", a draft's own line breaks): ``forced``
# is then empty, and ``_broken_word`` decides
HAND_HYPHEN_BREAK = re.compile(
    r"(?<![^\W\d_])([^\W\d_]+)-(?:(?P<forced>\\\\\*?)[ \t]*\n?|[ \t]*\n)[ \t]*([^\W\d_]+)"
)


def hand_hyphens_joined(latex: str) -> str:
    """``latex`` with each word broken by a hand hyphen before a forced break (``HAND_HYPHEN_BREAK``)
    one word again, as the PDF reader joins a line-end hyphen (``join_hyphenated``: one word where
    the joined one is a word, a compound's hyphen kept: "северо-\\\\западный"). A capital after
    the break starts a word of its own: that break stays. A hyphen at the source line's end with no
    break drops only inside a broken word (``_broken_word``): an author who wraps lines by hand
    breaks a compound at its own hyphen, which stays with no space ("Фурье-⏎анализ" is
    "Фурье-анализ", "кто-⏎то" "кто-то"; a suspended one before "и" keeps its space: "синус- и")."""

    def joined(found: re.Match) -> str:
        first, second = found[1], found[3]
        if not second[0].islower():
            return found[0]
        word = join_hyphenated(f"{first}-", second)
        if found["forced"] or "-" in word or _broken_word(first, second):
            return word
        return f"{first}-{second}"  # no word broken in two: the author's compound, its hyphen kept

    return HAND_HYPHEN_BREAK.sub(joined, latex)


def _broken_word(first: str, rest: str) -> bool:
    """Whether ``first`` + ``rest`` is a word broken in two: the rest is no word of its own and the
    joined form is one ("постро" + "ения", "получен" + "ных"; ``dictionary_word``). A compound's
    second part is a word ("анализ", "то", "и")."""
    return not dictionary_word(rest) and dictionary_word(first + rest)


def joined_line_breaks(latex: str, code_block: Callable[[str], str]) -> str:
    """``latex`` with each ``\\\\`` at a line's end outside ``LINE_BY_LINE`` environments a
    ``HARD_BREAK`` instead of the break and the newline: the paragraph goes on in a new line (on the
    same line, after a space, where a sentence goes on: ``SENTENCE_GOES_ON``). A break next to a line of
    code alone (``CODE_LINE``), before a line box (``LINE_BOX``) or an environment's boundary
    (``BOUNDARY_LINE``), or around a group set on its own between breaks (``GROUP_ALONE``) stays a
    paragraph break; a program typed as such lines (``typed_program``) is a code block (``code_block``
    makes its token), its lines as typed. Inside those environments a break in mid-line ends its line
    too (``MID_LINE_BREAK``)."""
    pieces, cursor = [], 0
    while kept := LINE_BY_LINE.search(latex, cursor):
        end, _ = environment_end(latex, kept[1], kept.end())  # a title page's center inside a center
        pieces += [
            _joined(latex[cursor : kept.start()], code_block),
            _quoted_lines_joined(MID_LINE_BREAK.sub("\\1\n", latex[kept.start() : end])),
        ]
        cursor = end
    return "".join(pieces) + _joined(latex[cursor:], code_block)


QUOTES = (("«", "»"), ("“", "”"))


def _quoted_lines_joined(environment: str) -> str:
    """``environment`` (set line by line: a centred title page) with each break that falls inside a
    quotation a space: the quote opened on the line goes on over the next ("ФГБОУ ВО «СЕВЕРО-ОСЕТИНСКИЙ
    ГОСУДАРСТВЕННЫЙ УНИВЕРСИТЕТ\\\\" / "ИМЕНИ К.Л. ХЕТАГУРОВА»" is one name, set on two lines for the
    page's width); read as two lines, each half of it was a paragraph of its own, its quote torn."""
    pieces, cursor, line = [], 0, ""
    for found in LINE_BREAK_AT_LINE_END.finditer(environment):
        line += environment[cursor : found.start()]
        inside = any(line.count(opening) > line.count(closing) for opening, closing in QUOTES)
        pieces += [environment[cursor : found.start()], " " if inside else found[0]]
        line = line if inside else ""
        cursor = found.end()
    return "".join(pieces) + environment[cursor:]


def _joined(latex: str, code_block: Callable[[str], str]) -> str:
    """``latex`` (no line-by-line environment in it), its line-end breaks joined (``joined_line_breaks``)."""
    latex = _typed_programs(latex, code_block)
    apart = _breaks_around_groups(latex)

    def join(found: re.Match) -> str:
        if found.start() in apart:
            return found.group(0)
        line_start = latex.rfind("\n", 0, found.start()) + 1
        line_end = latex.find("\n", found.end())
        before = latex[line_start : found.start()]
        after = latex[found.end() : len(latex) if line_end < 0 else line_end]
        if CODE_LINE.fullmatch(before) or CODE_LINE.fullmatch(after) or LINE_BOX.match(after):
            return found.group(0)
        if BOUNDARY_LINE.match(latex, found.end()):  # "\\" then "\end{definition}": the paragraph ends
            return found.group(0)
        goes_on = SENTENCE_GOES_ON.match(after) and after.lstrip()[0].islower()
        return "\\\\ " if goes_on else HARD_BREAK + " "

    return _mid_line_breaks(LINE_BREAK_AT_LINE_END.sub(join, latex))


# the forced break that ends a line, whatever follows (the last line of a run of them, over a blank)
FORCED_LINE_END = re.compile(r"(?<!\\)\\\\\*?[ \t]*$")


def _typed_programs(latex: str, code_block: Callable[[str], str]) -> str:
    """``latex`` with each program typed as a paragraph's lines ended by forced breaks
    (``typed_program``) a code block in their place (``code_block``). Joined as prose, a lab
    report's MATLAB lines that go on in lower case ran together ("w=5; fa=5;", "figure; hold on;
    axis([0 100 -inf inf]) axis square grid on plot(y); hold off;") while those in capitals stayed
    apart."""
    pieces, cursor = [], 0
    for run in _forced_line_runs(latex):
        lines = [FORCED_LINE_END.sub("", latex[start:end]) for start, end in run]
        if found := typed_program(lines):
            start, end = run[found][0][0], run[found][-1][1]
            pieces += [latex[cursor:start], code_block(typed_code(lines[found]))]
            cursor = end
    return "".join(pieces) + latex[cursor:]


def _forced_line_runs(latex: str) -> list[list[tuple[int, int]]]:
    """The (start, end) of each line of each run of lines joined by breaks at their ends
    (``LINE_BREAK_AT_LINE_END``): a paragraph's lines set one a line, the last one's break aside."""
    runs: list[list[tuple[int, int]]] = []
    for found in LINE_BREAK_AT_LINE_END.finditer(latex):
        line_start = latex.rfind("\n", 0, found.start()) + 1
        next_end = latex.find("\n", found.end())
        following = (found.end(), len(latex) if next_end < 0 else next_end)
        if runs and runs[-1][-1][0] == line_start:
            runs[-1].append(following)
        else:
            runs.append([(line_start, found.end() - 1), following])
    return runs


def _mid_line_breaks(latex: str) -> str:
    """``latex`` with each ``\\newline`` or ``\\\\`` in mid-line before a piece of code that fills the
    rest of the line (``CODE_LINE``) a ``HARD_BREAK``: the author set that code on a line of its own,
    as at a line's end (an item's two SQL statements "\\texttt{CREATE TABLE a …} \\newline
    \\texttt{CREATE TABLE b …}" ran into one line). Before words it stays a space, as it read."""

    def join(found: re.Match) -> str:
        line_end = latex.find("\n", found.end())
        after = latex[found.end() : len(latex) if line_end < 0 else line_end]
        return found[1] + HARD_BREAK + " " if CODE_LINE.fullmatch(after) else found[0]

    return MID_LINE_BREAK_IN_TEXT.sub(join, latex)


def _breaks_around_groups(latex: str) -> set[int]:
    """Where the line-end breaks before and after a group alone between breaks start
    (``GROUP_ALONE``); a group that ends the paragraph keeps the break before it."""
    apart: set[int] = set()
    for found in LINE_BREAK_AT_LINE_END.finditer(latex):
        braced = group(latex, skip_space(latex, found.end()))
        alone = braced and GROUP_ALONE.match(latex, braced[1])
        if alone:
            apart.add(found.start())
            after = LINE_BREAK_AT_LINE_END.match(latex, alone.start("end"))
            if after:
                apart.add(after.start())
    return apart


# a command that ends the paragraph before it and starts a page: LaTeX's \newpage, \clearpage and
# \cleardoublepage and plain TeX's \eject (\par\break) end the paragraph, so a sample line and the next
# title are two paragraphs ("…0123456789 Small Capitals shape, size 17pt." was one); so do the
# kernel's \goodbreak, \filbreak and \smallbreak/\medbreak/\bigbreak, which begin with \par. \pagebreak
# is not here: in a paragraph it breaks the page after the current line and the paragraph goes on.
PAGE_BREAK = re.compile(
    r"\\(?:newpage|clearpage|cleardoublepage|eject|goodbreak|filbreak|smallbreak|medbreak|bigbreak)(?![A-Za-z@])"
)


def typeset_text(latex: str) -> str:
    """``latex`` (no code in it) with what TeX prints for ``\\string``, ``\\char``, a control space at a
    line's end, acmart's ``acks``, a formula of words and lines alone and an underlined blank
    (``latex_text_formulas``), a formula of a measured value (``latex_quantities``), without register
    settings, spacing and AASTeX's figure sets; a page break ends its paragraph (``PAGE_BREAK``)."""
    latex = quantities_printed(text_formulas_printed(ASSIGNMENT.sub("", by_code(_bare_accents(latex)))))
    boxed = lambda text: BOX_SIZE.sub(_box_size, PAGE_BREAK.sub("\n\n", text))  # noqa: E731
    latex = outside_math(latex, lambda text: _inline_rules(SKIP.sub(skip, boxed(blank_underlines(text)))))
    latex = CONTROL_SPACE.sub(lambda found: found[1] + "\\ \n", FIGURE_SET.sub("", latex))
    return ACKS.sub(lambda found: "" if found[1] else "\\section*{Acknowledgments}", latex)


# \rule[raise]{width}{height}: a drawn line; one of no width is a strut, spacing only, and one of no
# height draws nothing (its ink is height plus depth, the height typed: the raise moves, never thickens
# it), a space of its width (\hrulefill: a line as long as its box, "\hbox to3em{\hrulefill}": the
# width is the box's)
RULE = re.compile(
    r"\\rule(?![A-Za-z@])\s*(?:\[[^\]]*\])?\s*\{([^{}]*)\}\s*\{([^{}]*)\}|\\hrulefill(?![A-Za-z@])"
)
# a command with its options and braced arguments: what a paragraph of layout is made of
COMMAND_WITH_ARGUMENTS = re.compile(r"\\(?:[A-Za-z@]+\*?|.)(?:\s*\[[^\]]*\])?(?:\s*\{[^{}]*\})*")
DRAWN_LINE = "———"


def _inline_rules(latex: str) -> str:
    """``latex`` (no formula in it) with each ``\\rule`` that stands in a paragraph of words as what
    it prints: the line it draws, "———" (econ-bst's ``\\bysame`` mark: "• ———, (2011)" read
    "•, (2011)"; a blank to fill in), or a space where it has no height (a form's spacer,
    "\\rule{105mm}{0pt}УТВЕРЖДАЮ", read "———УТВЕРЖДАЮ"). A rule in a paragraph of nothing but
    layout (a title page's separator) and a strut of no width stay out, as ``DROPPED_MACROS`` reads
    them."""
    pieces = re.split(r"(\n[ \t]*\n)", latex)
    for index, paragraph in enumerate(pieces):
        wide = [rule for rule in RULE.finditer(paragraph) if not _strut(rule)]
        if wide and re.search(r"\w", COMMAND_WITH_ARGUMENTS.sub("", RULE.sub("", paragraph))):
            pieces[index] = RULE.sub(_drawn, paragraph)
    return "".join(pieces)


def _drawn(rule: re.Match) -> str:
    """What a rule in a line of words prints: a strut stays for ``DROPPED_MACROS``, a rule of no height
    the space of its width (at a line's start none: the line is tidied), ``\\rule`` its line where it
    stands, glued to what is glued to it ("«———»——— 2020 г.", "———, (2011)"), ``\\hrulefill`` its
    line as glue that separates the words on either side, as ``\\hfill`` does ("Слово——— Значение"
    read the line as part of the word)."""
    if _strut(rule):
        return rule[0]
    if rule[2] is not None and not is_space(rule[2]):
        return " "
    return DRAWN_LINE if rule[0].startswith("\\rule") else f" {DRAWN_LINE} "


def _strut(rule: re.Match) -> bool:
    return rule[1] is not None and bool(ZERO_WIDTH.fullmatch(rule[1]))


# \hbox to 3em{…}, \vbox spread 2pt{…}: the box's size, no text ("to3em" was printed); an \hbox to a
# width is a column of its own, its text apart from the words around it (``_box_size``)
BOX_SIZE = re.compile(rf"(?P<box>\\(?:hbox|vbox|vtop))\s*(?P<how>to|spread)(?P<size>{DIMENSION})")


def _box_size(match: re.Match) -> str:
    """A sized box with its size out of the source: ``\\hbox to3em`` becomes a ``\\makebox`` of that
    width (a column of its own, ``latex_spacing.sized_box``), the other boxes only their name."""
    return box_to_makebox(match["box"], match["how"], match["size"])


# an accent on nothing prints the accent alone: "\\^{}" is how a caret is typed in text ("10\\^{}5")
BARE_ACCENT = re.compile(r"(?<!\\)\\([\^~])\s*\{\s*\}")


# qqru's shorthand for Russian quotes: \\<Сердце Мира\\> prints «Сердце Мира» (a control symbol the
# reader otherwise prints as nothing); tabbing's own \\< and \\> (tab stops) keep their meaning there
QQRU = re.compile(r"\\usepackage\s*(?:\[[^\]]*\])?\{[^}]*\bqqru\b")
QQRU_QUOTE = re.compile(r"(?<!\\)((?:\\\\)*)\\([<>])")
TABBING = re.compile(r"\\begin\{tabbing\}.*?\\end\{tabbing\}", re.S)


def qqru_quotes(latex: str) -> str:
    """``latex`` (no formula, no code in it) with qqru's ``\\<`` and ``\\>`` as the guillemets they
    print, outside ``tabbing``."""

    def quotes(text: str) -> str:
        return QQRU_QUOTE.sub(lambda found: found[1] + ("\\flqq{}" if found[2] == "<" else "\\frqq{}"), text)

    pieces, cursor = [], 0
    for block in TABBING.finditer(latex):
        pieces += [quotes(latex[cursor : block.start()]), block[0]]
        cursor = block.end()
    return "".join(pieces) + quotes(latex[cursor:])


# a macro that quotes its argument: csquotes' \enquote and \textquote, or one nothing defines whose
# name says it quotes (a preamble's \quotes{…}, \myquote{…}); a starred or optioned use is left as it is
QUOTING_MACRO = re.compile(r"(?<!\\)((?:\\\\)*)\\([A-Za-z@]*[Qq]uotes?)(?![A-Za-z@*])\s*(?=\{)")
CSQUOTES = frozenset({"enquote", "textquote"})
# the quotation marks of the paper's main language (babel's name): its own typography, not the script
# of the quoted words (\quotes{reset} in a Russian sentence is «reset»)
QUOTATION_MARKS = {"russian": ("«", "»"), "ukrainian": ("«", "»"), "belarusian": ("«", "»"),
                   "french": ("«", "»"), "german": ("„", "“"), "ngerman": ("„", "“")}  # fmt: skip
ENGLISH_QUOTATION_MARKS = ("“", "”")


def quoted_arguments(latex: str, undefined: Callable[[str], bool], language: str, uses: Counter[str]) -> str:
    """``latex`` (no formula, no code in it) with each quoting macro's argument (``QUOTING_MACRO``)
    between the quotation marks of ``language``: an undefined ``\\quotes`` printed its words bare, and
    "на входе \\quotes{разрешить работу} … со входа \\quotes{данные}" read as broken Russian. The
    uses of undefined ones are counted in ``uses``: nothing defines them all the same."""
    opening, closing = QUOTATION_MARKS.get(language, ENGLISH_QUOTATION_MARKS)
    pieces, cursor = [], 0
    for found in QUOTING_MACRO.finditer(latex):
        if found.start() < cursor or not (found[2] in CSQUOTES or undefined(found[2])):
            continue
        argument = group(latex, found.end())
        if argument is None:
            continue
        pieces += [latex[cursor : found.start()], found[1], f"{opening}{{{argument[0]}}}{closing}"]
        cursor = argument[1]
        uses.update([found[2]] if found[2] not in CSQUOTES else [])
    return "".join(pieces) + latex[cursor:]


def _bare_accents(latex: str) -> str:
    """``latex`` with ``\\^{}`` and ``\\~{}`` as the caret and tilde they print (pylatexenc printed
    nothing: "$7 \\x 10\\^{}5$" read "$7 \\x 105$")."""
    return BARE_ACCENT.sub(lambda match: "^" if match[1] == "^" else "\\textasciitilde{}", latex)


def language_shorthands(preamble: str) -> Callable[[str], str]:
    """What reads the letter shorthands in a paper with ``preamble``: German's all where it loads
    German, the umlauts inside words where it sets no language (a style the reader cannot see may
    load german.sty); Spanish's, Galician's, Catalan's where babel is loaded with them
    (``latex_shorthands``); nothing where it sets another language."""
    if (letters := babel_shorthands(preamble)) is not None:
        return letters
    if loads_german(preamble):
        return german_shorthands
    return (lambda latex: latex) if sets_language(preamble) else umlauts_in_words


def outside_code(source: str, change: Callable[[str], str]) -> str:
    """``source`` with ``change`` made outside its code blocks: a listing's "./configure \\" ends a
    shell line, its "\\tabcolsep=6pt" is code."""
    pieces, cursor = [], 0
    for block in CODE_BLOCK.finditer(source):
        pieces += [change(source[cursor : block.start()]), block[0]]
        cursor = block.end()
    return "".join(pieces) + change(source[cursor:])


def spacing_dropped(latex: str) -> str:
    """``latex`` (no formula in it) with TeX's spacing primitives as what they leave (``skip``)."""
    return SKIP.sub(skip, latex)


def symbols_printed(latex: str) -> str:
    """``latex`` with each inline formula that only prints text symbols ("$\\backslash$chord",
    "\\item[$-$]", "20$^{th}$") written as that text (``latex_symbols``)."""

    def printed(match: re.Match) -> str:
        formula = match[0]
        if formula.startswith("$$") or not formula.startswith(("$", "\\(")):
            return formula  # display math is never a sign in the line
        text = symbol_text(formula[1:-1] if formula[0] == "$" else formula[2:-2])
        return formula if text is None else "".join(_printed_character(char) for char in text)

    return MATH.sub(printed, latex)


def by_code(latex: str) -> str:
    """``latex`` with the characters ``\\string``, ``\\char`` and ``\\symbol`` print written so pylatexenc
    prints them."""
    return SYMBOL.sub(_char, CHAR.sub(_char, STRING.sub(_string, latex)))


def _string(match: re.Match) -> str:
    if match["char"] is not None:
        return _printed_character(match["char"])
    name = match["name"]
    return "\\textbackslash{}" + ESCAPED.get(name, name) + ("{}" if name.isalpha() else "")


def _char(match: re.Match) -> str:
    if match["quoted"] is not None:
        char = match["quoted"]
    else:
        code = match["octal"] or match["hex"] or match["decimal"]
        char = chr(int(code, 8 if match["octal"] else 16 if match["hex"] else 10))
    return _printed_character(char)


def _printed_character(char: str) -> str:
    """``char`` written so pylatexenc prints it as it stands: escaped where LaTeX gives it a meaning,
    and a letter set off by ``{}`` so it does not lengthen the control word before it ("{\\tt\\string
    modern}" read as ``{\\ttmodern}``, an unknown command that printed nothing)."""
    return ("{}" if char.isalpha() else "") + ESCAPED.get(char, char)


def verbatim_url(match: re.Match) -> str:
    """An address as typed, its characters LaTeX gives a meaning escaped so the converter prints them."""
    return match[1] + re.sub(r"(?<!\\)([&#%])", r"\\\1", match[2]) + "}"


def tidy(paragraph: str) -> str:
    """One line (but at the author's ``HARD_BREAK``s), ``~`` and no-break spaces as spaces, babel's
    shorthands as the characters they print, and no holes left by dropped macros."""
    paragraph = babel(drop_computed(paragraph)[0] if MARK in paragraph else paragraph)
    # "\\-" marks where TeX may break a word (U+00AD from pylatexenc): unbroken, it prints nothing
    paragraph = " ".join(paragraph.replace("\u00a0", " ").replace("\u00ad", "").split())
    for pattern, replacement in HOLES:
        paragraph = pattern.sub(replacement, paragraph)
    return HARD_BREAK_SPACED.sub("\n", paragraph).strip("\n ")  # " " where a last sentence went


def babel(text: str) -> str:
    """``text`` with babel-russian's shorthands as the characters they print."""
    for shorthand, character in BABEL:
        text = shorthand.sub(character, text)
    return text
