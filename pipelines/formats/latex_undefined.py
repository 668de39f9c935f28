"""Macros nothing defines: counted, and no silent hole where one stood in a sentence.

A paper whose class is not at hand (the documentation packages of TeX Live ship a class's guide
without the class) uses the class's macros, and pylatexenc prints nothing for a macro it does not
know: unifith's "(\\C) 30\\,\\C" (PDF "30 °C") read "(C) 30,", tlc-article's "implementation in
\\tlc@headerFooter" (PDF "data/header-footer.tex") read "implementation in". A hole where a word
stood is dirt, and a silent one: a reader of the corpus can't tell. So, after the paper's own
definitions (and those its folder holds, ``latex_folder``) are expanded:

* every control word left that neither the converter nor ``PRINTS_NOTHING`` knows is counted
  (``undefined_macros`` in the document's fields, name → uses), and the class is named
  (``missing_class``) when its file is not in the paper's folder;
* a sentence holding such a macro with no argument (or an empty ``{}``) goes to ``removed`` (label
  ``undefined_macro``, the macro's name where it stood), and so does a sentence right after it that
  points back at it, as with values only the PDF knows (``latex_computed``);
* one glued to a word's letter (nomencl's "частота света\\nomrefeq и") or to a known command's name
  (``{\\footnotesize\\faPhone}``) is a mark on the word: out alone, recorded where it stood, its
  sentence kept, and the space TeX ate after its name stays a space (dropped with the name, it glued
  the words: "удовольствие\\mdash от" read "удовольствиеот"; a dash's macro is written as the dash
  its name says first, ``latex_dashes``);
* a use with several braced arguments on a line of its own (a figure, a title page, a section of
  the class) becomes paragraphs: each argument that reads as text one of its own, the rest (file
  names, keys, widths) to ``removed``: ``\\includeimage{tux}{f}{h}{0.25\\textwidth}{Символ Linux
  (Tux)}`` printed "tux f h 0.25 Символ Linux (Tux)" and now keeps "Символ Linux (Tux)"; inside a
  sentence its arguments print apart (``\\nomencl{$r_i$}{координата}``, AASTeX's
  ``\\replaced{old}{new}`` print both);
* one braced argument is printed: the common case is a colour or font wrapper of the class
  (``\\tlcDarkblue{Note}``), whose argument is the text; but not when the argument is a font's
  private encoding (``font_encoded``: hieroglf's ``\\pmglyph{K:l-i-o-p-a-d:r-a}``; or the wrapper is
  ``\\text<x>`` of a ``\\<x>family`` the paper uses: ``\\textphnc{V}``), nor when it is only macros
  nothing defines, which would print nothing (``\\translitcugar{\\Aaleph\\ \\Abeth}``): such a use goes
  to ``removed`` as typed, with its sentence, so no lead-in ends over a silent hole; set as a
  paragraph of its own with an argument that is no sentence (``_field``: BSU's ``\\project{…}``), it
  prints and the command is recorded where it stood;
* a use whose arguments are all settings (``setting``: a length, a file name with its extension,
  a list of options with a length or a key=value among them) on a line of nothing but commands
  prints none of them: it goes to ``removed`` (``undefined_macro``) with its options, as LaTeX's
  own layout commands print nothing (in a sentence, "the preamble of \\code{file.tex}", they print).
  figput's ``\\SetInnerMargin{135pt}`` printed "135pt",
  ``\\LoadFigureCode{externalcode.js}`` "externalcode.js", ``\\FigPut{bezier,175bp}[17bp,22bp,done,skip]``
  "bezier,175bp[17bp,22bp,done,skip]".

A figure drawn from code by another program (graphviz's ``\\digraph[scale=0.7]{g1}{rankdir=LR; d->e;}``,
``FIGURE_CODE``) goes to ``removed`` whole as typed (``figure_code``), whether or not the paper
loads the package; its caption stays. DOT printed as text made a Russian paper's language ``en``.
So does the use of any macro nothing defines whose last argument is a graph's code (``graph_code``:
two ``;``-separated statements or more, each a node, an edge chain or an attribute, an edge among
them): a sentence, with spaces between its words, never reads as one.

An argument of the paper's own environment that its definition does not print (``\\color{#1}``) goes
to ``removed`` alone as ``unprinted_argument`` ("\\begin{note} {blue}"): the environment is defined.

A logo (``\\KOMAScript``, ``\\GuIT``: a capital first and another inside, no argument) prints its name
among words: the sentence stays, the name counted; alone in its paragraph such a name is a class's
command (``\\BSUtitle``), recorded. A macro alone in its sentence is nothing lost and leaves no
record but its count. LaTeX's own layout, spacing and font commands print nothing by design and are
no holes: ``PRINTS_NOTHING``.
"""

from __future__ import annotations

import re
import string
from collections import Counter
from collections.abc import Callable
from typing import NamedTuple

from sloika.pipelines.formats.base import PAGE_FURNITURE
from sloika.pipelines.formats.latex_computed import SENTENCE
from sloika.pipelines.formats.latex_macros import group, skip_space
from sloika.text.discourse import points_back

# a use of an undefined macro, put in before conversion: OPEN name CLOSE its arguments' text END
OPEN, CLOSE, END = "\ue012", "\ue013", "\ue014"
# a line break the author forced inside a paragraph (``latex_typeset``); "\n" after ``tidy``
HARD_BREAK = "\ue017"
# a control word's name: letters, any the converter reads as such (XeTeX's ``\bfseriesМосква`` is
# one name; a pdfTeX paper's names end at the first letter beyond ASCII before this: ``latex_engine``)
NAME = r"(?:[^\W\d_]|@)+"
USE = re.compile(f"{OPEN}({NAME}){CLOSE}([^{END}]*){END}")
# a use whose arguments are all settings (``setting``): out of its sentence, the sentence stays
SETTING_OPEN = "\ue030"  # after the marks the other steps use (latex_code: \ue01a)
# an argument of a paper's own environment that its definition does not print (``\\color{#1}``): the
# environment is defined, so its record says so (``unprinted_argument``), not ``undefined_macro``;
# the mark stands before the environment's name, which may hold more than letters (``note*``)
UNPRINTED = "\ue031"
# the mark of a figure drawn from code (``FIGURE_CODE``): its record says so (``figure_code``)
FIGURE = "\ue032"
# the mark of a running head or foot (fancyhdr's ``\\chead{…}``): page furniture, out with its text
FURNITURE = "\ue033"
# the mark of a known command whose required argument is missing (``latex_required_arguments``)
MISSING = "\ue034"
MISSING_ARGUMENT = "missing_argument"
# the mark of another PDF's pages set into the paper (pdfpages' ``\includepdf``, ``latex_includes``)
PAGES = "\ue035"
INCLUDED_PDF = "included_pdf"
# the mark of a picture from a file (graphicx's ``\includegraphics``, ``latex_includes``)
PICTURE = "\ue036"
INCLUDED_PICTURE = "included_picture"
# the mark of an ``\input``/``\include``/``\subfile`` whose file the folder lacks (``latex_includes``)
ABSENT = "\ue037"
MISSING_INCLUDE = "missing_include"
# the mark of a bibliography's list printed from a file at hand (``latex_includes``): its entries are
# the ``citations`` layer's, so nothing of it is in the text
LISTED = "\ue038"
PRINTED_BIBLIOGRAPHY = "printed_bibliography"
# the mark of an author's note to self (todonotes' ``\\todo{…}``, fixme's ``\\fxnote{…}``): a margin box
# in the draft, no text of the paper (``author_note``)
NOTE = "\ue039"
AUTHOR_NOTE = "author_note"
# the mark of a title page set by hand (``latex_title_pages``): front matter, out with its text
TITLE_PAGE = "\ue03a"
TITLE_PAGE_CUT = "title_page"
# the mark of a proof with nothing in it (``empty_proof``): its heading printed over no proof
EMPTY = "\ue03b"
EMPTY_PROOF = "empty_proof"
# the label each mark's record goes to ``removed`` with (an unmarked name: a macro nothing defines)
CUT_LABELS = {
    UNPRINTED: "unprinted_argument",
    FIGURE: "figure_code",
    FURNITURE: PAGE_FURNITURE,
    MISSING: MISSING_ARGUMENT,
    PAGES: INCLUDED_PDF,
    PICTURE: INCLUDED_PICTURE,
    ABSENT: MISSING_INCLUDE,
    LISTED: PRINTED_BIBLIOGRAPHY,
    NOTE: AUTHOR_NOTE,
    TITLE_PAGE: TITLE_PAGE_CUT,
    EMPTY: EMPTY_PROOF,
}
_MARKED_NAME = f"[{''.join(CUT_LABELS)}][^{CLOSE}]+|{NAME}"
SETTING_USE = re.compile(f"{SETTING_OPEN}({_MARKED_NAME}){CLOSE}([^{END}]*){END}")
# a use held out of the sentence split, its arguments one piece; the capital lets a sentence start
# with it ("…definitions. \\tlc@versionFile is not used…" is two sentences)
HELD = re.compile("U\ue015(\\d+)\ue016")
CONTROL_WORD = re.compile(rf"(?<!\\)((?:\\\\)*)\\({NAME})")
# LaTeX's kernel and its standard classes: layout, spacing, fonts, lengths, line and page breaks;
# each prints nothing in the text (pylatexenc has no rule for them and rightly prints nothing).
# ltnews31's "something like \cs{scshape}\allowbreak\texttt{...}" went to ``removed`` for \allowbreak
_SILENT = (
    "begin end par endgraf relax protect break let global expandafter noexpand ignorespaces unskip nobreak "
    "allowbreak goodbreak filbreak smallbreak medbreak bigbreak hfilneg vfilneg "
    "leavevmode makeatletter makeatother begingroup endgroup bgroup egroup "
    "obeylines obeyspaces frenchspacing nonfrenchspacing endinput "
    "noindent indent centering raggedright raggedleft sloppy fussy FloatBarrier raggedbottom flushbottom "
    # the alignment and line-spacing switches of packages every distribution has (ragged2e, setspace):
    # dz1's "\\epigraph{\\justifying Врач, строитель…}" lost its first sentence to \\justifying
    "justifying Centering RaggedRight RaggedLeft singlespacing onehalfspacing doublespacing "
    "center flushleft flushright onecolumn "  # an environment's command form (a title page's \\center)
    # ragged2e's: a synopsis's "\\noindent \\justify \\sloppy СИСТЕМА УПРАВЛЕНИЯ…" lost its keyword line
    "justify Center FlushLeft FlushRight "
    "hang "  # plain TeX's hanging indentation for the paragraph (\\hang\\textindent{1.}): a setting
    "bigskip medskip smallskip vfill hfill vfil hfil hss vss null strut newline linebreak nolinebreak "
    "pagebreak nopagebreak newpage clearpage cleardoublepage enlargethispage "
    "appendix frontmatter mainmatter backmatter tableofcontents listoffigures listoftables "
    "tiny scriptsize footnotesize small normalsize large Large LARGE huge Huge "
    "HUGE ssmall "  # moresize's sizes (a CV's "{\\HUGE Андрей}" read "HUGE Андрей": a logo's name)
    "rm sf tt bf it sl sc em normalfont rmfamily sffamily ttfamily mdseries bfseries upshape itshape "
    "slshape scshape selectfont boldmath unboldmath normalcolor "
    "textwidth linewidth columnwidth textheight paperwidth paperheight baselineskip parindent parskip "
    "unitlength hsize vsize fill stretch "
    "thinspace negthinspace medspace negmedspace thickspace negthickspace enspace enskip quad qquad "
    "hskip vskip kern mkern hspace vspace "
    "fboxsep fboxrule tabcolsep arraycolsep arrayrulewidth doublerulesep columnsep columnseprule "
    "topmargin oddsidemargin evensidemargin marginparwidth marginparsep footskip headheight headsep "
    "labelwidth labelsep leftmargin rightmargin itemsep parsep topsep partopsep itemindent listparindent "
    "newblock "  # thebibliography's block separator: a space between an entry's parts
    "wd ht dp"  # a box's width, height, depth (\\wd\\Breite): a dimension, no word
)
PRINTS_NOTHING = frozenset(_SILENT.split())
# a length after its factor ("0.25\textwidth", "3\columnsep") is a dimension, not a word; a unit
# after its number is one ("45\g", "30\,\C": the degrees a missing class prints)
AFTER_NUMBER = re.compile(r"\d\s*\Z")
# a length's register as a braced argument is its value: "\setlength{\fboxsep}{15pt}", "\minipage{\mylength}"
OPENS_ARGUMENT = re.compile(r"\{\s*\Z")
# a length the document declares: LaTeX's \newlength, plain TeX's \newskip and \newdimen; and a box
# register (\newsavebox, \newbox), named where its dimensions are read (\wd\Breite)
NEW_LENGTH = re.compile(r"\\new(?:length|skip|dimen|savebox|box)(?![A-Za-z@])\s*\{?\s*\\([A-Za-z@]+)")
LENGTH = re.compile(r"(?:width|height|depth|skip|sep|indent|size|length|rule)\Z")
# a macro glued to the letter before it is a mark on that word, not a word: nomencl's
# "частота света\nomrefeq" (the equation's number, only the PDF has it); the name of a command nothing
# defines before it is no word (``_glued``)
LETTERS_BEFORE = re.compile(f"{NAME}\\Z")
NAME_REACH = 64  # how far back a word or a control word's name is looked for
# a font family switch (NFSS names them \\<x>family: \\rmfamily, archaic's \\protofamily, \\phncfamily):
# one the reader does not know is a package's font, and the text it sets, to the end of its group,
# is typed in that font's encoding ("abgdzwHTyklmnospxqrSvt" for Proto-Semitic letters)
FAMILY = re.compile(r"family\Z")
GROUP_TOKEN = re.compile(r"\\[\\{}]|\\begin\{|\\end\{|[{}]|\n[ \t]*\n")
# a command with its options and braced arguments (one level of nesting)
COMMAND_WITH_ARGUMENTS = re.compile(
    r"\\(?:[A-Za-z@]+\*?|.)(?:\s*\[[^\]]*\])*(?:\s*\{(?:[^{}]|\{[^{}]*\})*\})*"
)
# what follows a declaration on its line: a command ("\\ " and "\\\\" are none: "\\LyX\\ is" prints)
DECLARATION_FOLLOWS = re.compile(r"[ \t]*\\([A-Za-z@]+)")
# what sets up and prints no text after a declaration on its line: the kernel's layout commands, boxes,
# rules and definitions (not an environment's start or end: what it holds may print)
SETS_UP = (PRINTS_NOTHING | {"raisebox", "vbox", "hbox", "rule", "def", "gdef", "edef", "newcommand"}) - {
    "begin",
    "end",
}
# TikZ's inline picture (\tikz[options]{…} or \tikz[options] \command…;): a drawing, no text
INLINE_PICTURES = frozenset({"tikz"})
# commands whose last argument is the source of a figure another program draws, not text: graphviz's
# and graphvizzz's ``\digraph[options]{name}{DOT}`` and ``\neatograph[options]{name}{DOT}`` (dot and
# neato lay the graph out; "rankdir=LR; d->e [color=red];" printed as a paragraph)
FIGURE_CODE = frozenset({"digraph", "neatograph"})
FIGURE_CODE_ARGUMENTS = 2  # the figure's file name, then its code
# a statement of a graph's code (DOT, TikZ's graph syntax): a node or a chain of edges ("d->e",
# "p -- q -- r") with its attribute list ("[dir=none, label=\"i'\"]"), or an attribute ("rankdir=LR")
_NODE = r'(?:"[^"]*"|[\w.]+)'
GRAPH_STATEMENT = re.compile(
    rf"\s*(?:{_NODE}(?:\s*(?:->|--)\s*{_NODE})*\s*(?:\[[^\[\]]*\])?|[A-Za-z]\w*\s*=\s*{_NODE})\s*"
)
EDGE = re.compile(rf"{_NODE}\s*(?:->|--)\s*{_NODE}")
GRAPH_STATEMENTS = 2  # "a->b" alone may be a sentence's arrow; two statements and an edge are a graph
BLANK_LINE_END = re.compile(r"\n[ \t]*\n\s*\Z")
SENTENCE_ENDS = (".", "!", "?", "…")  # a sentence's stop, at an argument's end: no field
# "\\smallchords A few…", or on the next line: a class's heading command on a line of its own
# (SCWorks' "\\intro" / "Целью настоящей работы…"), whose paragraph starts under it, or after a
# blank line (G7-32's "\\Introduction", a paragraph of its own); a sentence's first word may carry
# its comma ("\\switch Врач, строитель…")
SENTENCE_FOLLOWS = re.compile(r"(?:[ \t]+|[ \t]*\n(?:[ \t]*\n)*[ \t]*)[A-ZА-ЯЁ][^\W\d_]*[,;:]?[ \t]")
# or a label in a text style on the next line (a CV sidebar's "\\Sep" / "\\textbf{Локация} \\\\")
STYLED_LABEL_FOLLOWS = re.compile(r"[ \t]*\n[ \t]*\\(?:textbf|textit|textsc|textsf|emph)\{[A-ZА-ЯЁ]")
# or a formula (stashed before this step: ``latex.stash``), which a sentence may open as well as a word:
# a course's "\\Ex $f(n) = 2^n$" and "\\Exs $(E - c)$ аннигилирует $c^n$" (the lead-ins "Пример:",
# "Примеры:" of its shared preamble) went whole to ``removed``, the example's statement with them
FORMULA_FOLLOWS = re.compile("\\s*\ue000\\d+\ue001")
# a line that is a heading (``\\section{Сноски}``, its label after it): the next line opens a paragraph
HEADING_LINE = re.compile(
    r"[ \t]*\\(?:part|chapter|(?:sub){0,2}section|(?:sub)?paragraph)\*?[ \t]*(?:\[[^\]]*\])?[ \t]*\{.*\}"
    r"[ \t]*(?:\\label\{[^{}]*\}[ \t]*)?"
)
# a logo's macro is named as it prints: a capital first and another inside (\KOMAScript, \GuIT, \CTAN);
# a unit (\degC), a mark (\eqmark) or a class's hook (\hookFile, \toolName) is not
LOGO = re.compile(r"[A-Z][A-Za-z]*[A-Z][A-Za-z]*")
# nor is a value by LaTeX's \the… convention, a command that makes something by its \make…, or a
# font switch, whatever the prefix: eskdx's \ESKDtheTitle (the document's title),
# \ESKDmakeApprovingSheet and \ESKDfontVII printed "ESKDtheTitle", "ESKDmakeApprovingSheet", "ESKDfontVII"
FONT_SWITCH = re.compile(r"[Ff]ont(?!.*family)")  # a family's glyphs are typed in its encoding: below
NO_LOGO = re.compile(f"(?:the|make)[A-Z]|{FONT_SWITCH.pattern}")
BRACE = re.compile(r"\\[\\{}]|[{}]")  # a group's brace, or an escaped one (no brace)
TEST = re.compile(r"[Ii]f")  # \\IfFontExistsTF, \\ifnumgreater: a condition and its branches
CODE_SIGNS = re.compile(
    r"[#=]|\\[A-Za-z]*@|\\(?:[gex]?def|(?:re)?newcommand|let)(?![A-Za-z@])"
)  # code, a setting
ICON = re.compile(r"\A[A-Za-z]{0,2}[Ii]con|Icon")  # \\icon, \\faicon, \\socialIcon: an icon font's glyph
# \ESKDstyle, \ESKDthisStyle: a page style's name, set; inputenc's \inputencoding{cp1251}: an encoding's
STYLE_SETTING = re.compile(r"(?:[Ss]tyle|[Ee]ncoding)\Z")
# a font's private encoding types its signs as ASCII letters and punctuation ("K:l-i-o-p-a-d:r-a")
GLYPH_SIGNS = frozenset(string.ascii_letters + string.punctuation + " ") - frozenset("\\{}$%&#~")
MIN_SIGNS = 2  # one letter ("\\vect{x}") is a variable as often as a sign
WORD_LETTERS = 3  # "Am", "C" (a chord, a key) are no words of a sentence; "blue", "new", "old" are
# a run of letters not glued to a digit ("maj" of "maj7" is none), hyphens and apostrophes inside
WORD = re.compile(r"(?<![^\W_])[^\W\d_]+(?:[-'’][^\W\d_]+)*(?![^\W_])")
VALUE_LIST = re.compile(r"\s*[^\s,{}]+(?:\s*,\s*[^\s,{}]+)+\s*")  # "4,x,6,5,4,3", "1/1:1s, 3/4:2"
TEXT_WORDS = 2  # an argument of two words or more reads as text ("Символ Linux (Tux)"); "tux", "0.25" don't
# what a setting is made of: a length ("135pt", "0.5\textwidth"), a number, a key with its value
# ("scale=0.5"), a bare key ("done"); a file name with the extension of a file TeX or a package reads
# ("externalcode.js", "figures/plot_2.pdf"; a capitalised "Node.js" is a name, not a file)
_NUMBER = r"[-+]?(?:\d+\.?\d*|\.\d+)"
DIMENSION_VALUE = re.compile(
    rf"{_NUMBER}\s*(?:true)?(?:pt|bp|cm|mm|in|em|ex|pc|dd|cc|sp|mu|px)"
    rf"|(?:{_NUMBER})?\s*\\[A-Za-z@]*(?:width|height|depth|skip|sep|indent|size|length|rule)"
)
NUMBER = re.compile(_NUMBER)
STORED_NUMBER = re.compile(r"\s*\d+\s*")  # a whole number alone: a catalogue number, a copy's number
# a key: a word, or pgfkeys' path ("timing/dslope", "timing/name/.style") or words ("very thick")
_KEY = r"[A-Za-z][\w-]*(?:/\.?[A-Za-z][\w-]*| [a-z][\w-]*)*"
KEY_VALUE = re.compile(
    rf"{_KEY}\s*=\s*(?:\{{(?:[^{{}}]|\{{[^{{}}]*\}})*\}}|[^\s,=][^,=]*)"
)  # a value braced too
BARE_KEY = re.compile(r"[A-Za-z][\w-]*")
OPTION_KEY = re.compile(_KEY)
FILE_EXTENSIONS = (
    "tex|sty|cls|bib|bst|bbl|def|cfg|fd|clo|ltx|dtx|ins|js|lua|py|mp|mf|tikz|pgf|pdf|png|jpe?g|eps|ps|svg|gif"
    "|tiff?|dat|csv|tsv|txt|json|xml|ttf|otf|pfb|map|enc"
)
FILE_NAME = re.compile(rf"(?:[\w.-]+/)*(?=[a-z0-9_]|[\w.-]*_)[\w.-]*\.(?:{FILE_EXTENSIONS})")


class Cut(NamedTuple):
    """A piece of a paragraph that goes to ``removed``: its text, and the paragraph's kept text
    before it (where it stood)."""

    text: str
    kept_before: str
    label: str = "undefined_macro"  # or ``unprinted_argument`` (``UNPRINTED``), ``figure_code`` (``FIGURE``)


def mark_undefined(source: str, knows: Callable[[str], bool]) -> tuple[str, Counter[str]]:
    """(``source`` with each use of a macro nothing defines that would leave a hole marked,
    name → uses of every such macro). ``knows`` says whether the converter has a rule for a name."""
    counts: Counter[str] = Counter()
    source = _separators_out(_without_bare_stars(source, knows), knows, counts)
    printing = _printed_on_their_lines(source, knows)
    pieces, cursor = [], 0
    for found in CONTROL_WORD.finditer(source):
        name, start = found.group(2), found.start(2) - 1
        if start < cursor or name in PRINTS_NOTHING or knows(name):
            continue
        after = _options_end(source, found.end())  # "\lipsum[1-22]": its options are no text
        arguments, end = _braced_arguments(source, after)
        if name in FIGURE_CODE and len(arguments) == FIGURE_CODE_ARGUMENTS:
            # "\digraph[scale=0.7]{g1}{rankdir=LR; …}": the figure's code, out whole as typed
            pieces += [source[cursor:start], figure_code(name, source[found.end() : after], arguments)]
            cursor = end
            continue
        counts[name] += 1
        if arguments and graph_code(arguments[-1]):
            # a package's drawing command the reader does not know, its code in its last argument
            pieces += [source[cursor:start], figure_code(name, source[found.end() : after], arguments)]
            cursor = end
            continue
        trailing = _trailing_options(source, end)
        settings_end = _options_end(source, end) if trailing else end
        if (
            (
                arguments
                and all(map(setting, arguments))
                and _among_commands(source, start, settings_end)  # "\SetInnerMargin{135pt}": out whole
            )
            or _style_setting(name, arguments)
            or _stored_number(source, start, end, arguments, trailing)
        ):
            options = source[found.end() : after]
            arguments, end = [*arguments, *trailing], settings_end
            pieces += [source[cursor:start], f"{SETTING_OPEN}{name}{CLOSE}{_apart(options, arguments)}{END}"]
            cursor = end
            continue
        if keys := _icon_keys(name, arguments):
            # "\\icon{Phone}{12}{+7 …}": a glyph of an icon font drawn at a size, then its text
            options, shown = source[found.end() : after], arguments[keys:]
            setting_mark = f"{SETTING_OPEN}{name}{CLOSE}{_apart(options, arguments[:keys])}{END}"
            pieces += [source[cursor:start], setting_mark, *(f"{{{argument}}}" for argument in shown)]
            cursor = end
            continue
        if name in INLINE_PICTURES and (reach := _inline_picture_end(source, after)):
            # "the fretted (\tikz\coordinate[string=fretted];) positions": a picture, out alone
            picture = " ".join(source[found.end() : reach].split())
            pieces += [source[cursor:start], f"{SETTING_OPEN}{name}{CLOSE} {{{_as_typed(picture)}}}{END}"]
            cursor = reach
            continue
        declaration = not arguments and after == found.end() and not FAMILY.search(name)
        if declaration and (FONT_SWITCH.search(name) or _declaration(source, start, found.end())):
            # "\smallchords\def\xoff{0} A few examples…": a switch like \small, out alone (a font
            # family's switch is not: what it sets is typed in the font's encoding, below); a font's
            # switch wherever it stands (eskdx's \ESKDfontVII atop a minipage took its first sentence)
            pieces += [source[cursor:start], f"{SETTING_OPEN}{name}{CLOSE}{END}"]
            cursor = found.end()
            continue
        if FAMILY.search(name) and not arguments and (reach := _group_end(source, found.end())) is not None:
            # a font family of a package the reader lacks: what it sets, to its group's end, goes too,
            # recorded as typed: a row of its glyph macros (`\Oa\ \Oi`) prints nothing, and is the sample
            sample = " ".join(source[found.end() : reach].replace("\\\\", " ").split())
            inner = (word for _, word in CONTROL_WORD.findall(sample))
            counts.update(word for word in inner if word not in PRINTS_NOTHING and not knows(word))
            pieces += [source[cursor:start], f"{OPEN}{name}{CLOSE} {{{_as_typed(sample)}}}{END}"]
            cursor = reach
            continue
        if len(arguments) == 1 and _glyphs_or_nothing(name, arguments[0], source, knows):
            inner = (word for _, word in CONTROL_WORD.findall(arguments[0]))
            counts.update(word for word in inner if word not in PRINTS_NOTHING and not knows(word))
            typed = _as_typed(arguments[0].strip())  # its source: "\\translitcugar \\Aaleph\\ \\Abeth"
            pieces += [source[cursor:start], f"{OPEN}{name}{CLOSE} {{{typed}}}{END}"]
            cursor = end
            continue
        wrapper = len(arguments) == 1 and arguments[0].strip()  # "\degC{}" wraps nothing: a hole
        glued = _glued(source, start, knows) and not any(map(str.strip, arguments))
        if (
            not glued
            and after == found.end()
            and not any(map(str.strip, arguments))
            and _logo(source, name, start, end)
        ):
            # "per \KOMAScript a partire": a logo prints its name, the sentence stays (counted all the same)
            pieces += [source[cursor:start], name]
            cursor = end
            continue
        if wrapper and not glued and _field(source, start, end, arguments[0], knows):
            # "\project{Курсовой проект}" as a paragraph of its own: the argument prints (what is in it
            # judged as anywhere), the command and its options are recorded there: what the class
            # makes of them is unknown
            options = source[found.end() : after]
            pieces += [source[cursor:start], f"{SETTING_OPEN}{name}{CLOSE}{_apart(options, [])}{END}"]
            cursor = after
            continue
        if glued:
            # "частота света\nomrefeq и": a mark on the word, out alone where it stood, recorded; the
            # space TeX ate after its name stays ("удовольствие\mdash от" read "удовольствиеот")
            options = source[found.end() : after]
            pieces += [source[cursor:start], f"{SETTING_OPEN}{name}{CLOSE}{_apart(options, [])}{END}"]
            cursor = end
            continue
        if wrapper or _is_dimension(source, name, start):
            continue  # a wrapper's argument is its text; "0.25\\figurewidth" a dimension
        alone = len(arguments) > 1 and _on_its_own_line(source, start, end)
        if alone or (len(arguments) > 1 and not _data(arguments)):
            # on its own line: a figure, a title page; in a sentence: its words ("\\pair{blue}{white}"),
            # but not its data ("\\chord{t}{n,n,p2,p2,p1,n}{}" printed "t n,n,p2,p2,p1,n"): that is a hole
            apart = "".join(f" {{{argument}}}" for argument in arguments)
            if alone and _record(arguments) and name not in printing:  # a sample of the class's layout
                printed = f"\n\n{OPEN}{name}{CLOSE}{apart}{END}\n\n"
            else:
                printed = _arguments_apart(name, arguments) if alone else apart
            pieces += [source[cursor:start], printed]
            cursor = end
            continue
        # its arguments stay, as text of the sentence that goes: nothing is lost
        pieces += [
            source[cursor:start],
            f"{OPEN}{name}{CLOSE}",
            "".join(f" {{{argument}}}" for argument in arguments),  # apart: "bath 0.5", not "bath0.5"
            END,
        ]
        cursor = end
    pieces.append(source[cursor:])
    return "".join(pieces), counts


def _printed_on_their_lines(source: str, knows: Callable[[str], bool]) -> set[str]:
    """The macros nothing defines that ``source`` uses on a line of their own with several arguments
    that are no record (``_record``) somewhere: a CV's entries, all of one kind, print where any does.
    Cut as records where one field was a date with one word ("2020, Otus"), two of a CV's seventeen
    ``\\CVItem``s went to ``removed`` and two of its five ``\\entry``s lists were kept as code."""
    printed = set()
    for found in CONTROL_WORD.finditer(source):
        name = found.group(2)
        if name in printed or name in PRINTS_NOTHING or knows(name):
            continue
        arguments, end = _braced_arguments(source, _options_end(source, found.end()))
        if (
            len(arguments) > 1
            and _on_its_own_line(source, found.start(2) - 1, end)
            and not _record(arguments)
        ):
            printed.add(name)
    return printed


def stored_arguments(
    preamble: str, defined: Callable[[str], bool], to_text: Callable[[str], str]
) -> list[tuple[str, list[str]]]:
    """(name, its arguments as text) of each use, outside every group of ``preamble`` (a definition's body
    is one), of a command not ``defined`` with an argument that reads as text: a missing class
    stores it to print where the reader cannot tell (Wenneker's ``\\userinformation{…}``, a CV's
    sidebar of contacts, languages and skills printed on every page, was in no layer; eskdx's
    ``\\ESKDtitle{…}``). A test (``\\IfFontExistsTF``) and an argument of code or settings (``#``,
    ``=``, an internal ``\\…@…``, a definition: etoolbox's ``\\patchcmd``, biblatex's
    ``\\defbibfilter``) store none."""
    uses, cursor, depth = [], 0, 0
    for found in CONTROL_WORD.finditer(preamble):
        name, start = found.group(2), found.start(2) - 1
        if start < cursor:
            continue
        depth += sum({"{": 1, "}": -1}.get(brace, 0) for brace in BRACE.findall(preamble, cursor, start))
        cursor = start
        if depth > 0 or name in PRINTS_NOTHING or defined(name) or TEST.match(name):
            continue
        arguments, cursor = _braced_arguments(preamble, _options_end(preamble, found.end()))
        texts = [to_text(argument) for argument in arguments if not CODE_SIGNS.search(_unoptioned(argument))]
        if any(_reads_as_text(text) for text in texts):
            uses.append((name, [text for text in texts if text]))
    return uses


def stored_text_printed(preamble: str, body: str, defined: Callable[[str], bool]) -> tuple[str, set[str]]:
    """(``body`` with the first bare use, no argument after it, of each command the preamble stores
    text with (``stored_arguments``) replaced by that text as paragraphs of their own, the names so
    printed). A class's ``\\newcommand{\\userinformation}[1]{\\renewcommand{\\userinformation}{#1}}``
    stores the preamble's text for the body's bare ``\\userinformation`` to print: Wenneker's CV
    sidebar (contacts, languages, skills) was only a record. A later bare use prints it again on
    another page: it stays a record, the text is kept once."""
    printed = set()
    for name, texts in stored_arguments(preamble, defined, lambda latex: latex):
        bare = re.compile(rf"(?<!\\)\\{name}(?![A-Za-z@])(?!\s*[\[{{*])")
        if texts and (use := bare.search(body)):
            body = body[: use.start()] + "\n\n" + "\n\n".join(texts) + "\n\n" + body[use.end() :]
            printed.add(name)
    return body, printed


def _unoptioned(argument: str) -> str:
    """``argument`` without its commands' ``[…]`` options: "[width=1\\columnwidth]" sets no key of its own."""
    return re.sub(r"\[[^\[\]]*\]", "", argument)


# a star right after a control word, with no option or argument after it: the command's starred form
BARE_STAR = re.compile(r"(?<!\\)((?:\\\\)*)\\([A-Za-z@]+)\*(?![*\[{])")


def _without_bare_stars(source: str, knows: Callable[[str], bool]) -> str:
    """``source`` with the star of an undefined macro's starred form taken with it (fontawesome's solid
    icons, ``{\\footnotesize\\faPhone*}``, left "*" before the phone number): the star is part of the
    command, no text. A star before ``{`` or ``[`` (``\\UseVerb*{name}``) stays with its arguments."""

    def unstarred(found: re.Match) -> str:
        name = found.group(2)
        return found[0] if name in PRINTS_NOTHING or knows(name) else found[0][:-1]

    return BARE_STAR.sub(unstarred, source)


def printed_nothing(name: str, arguments: list[str]) -> str:
    """A use of a paper's macro that prints nothing from arguments that hold text (``\\hide{words}``,
    a body read as programming), marked as a use whose arguments are settings: out alone, recorded
    with its arguments as typed (label ``undefined_macro``: what it prints is not known); its sentence
    stays."""
    return f"{SETTING_OPEN}{name}{CLOSE}{_apart('', arguments)}{END}"


def page_furniture(name: str, printed: str) -> str:
    """A running head or foot, marked to go to ``removed`` alone as ``page_furniture`` with the text
    it prints (``printed``, converted already): a page's header repeats on every page and is no
    paragraph of the text; the sentence around it stays."""
    return f"{SETTING_OPEN}{FURNITURE}{name}{CLOSE} {_as_typed(printed)}{END}"


def title_page(printed: str) -> str:
    """A title page set by hand (``titlepage``), marked to go to ``removed`` alone as ``title_page``
    with the text it prints (``printed``, converted already): front matter, as ``\\maketitle``'s
    title block is, no paragraphs of the text."""
    return f"{SETTING_OPEN}{TITLE_PAGE}titlepage{CLOSE} {_as_typed(printed)}{END}"


# a proof with blanks alone between its begin, its note after it, and its end (comments are gone)
EMPTY_PROOF_ENVIRONMENT = re.compile(r"\\begin\{proof\}(?:\s*\[[^\]]*\])?\s*\\end\{proof\}")


def empty_proofs_cut(source: str, title: str) -> str:
    """``source`` with each empty ``proof`` (``EMPTY_PROOF_ENVIRONMENT``: a proof still to be written,
    "% TODO proof" in it) marked to go to ``removed`` alone as ``empty_proof`` with the heading amsthm
    prints over it (``title``, "Proof."). The typeset page shows "Proof. ∎" over nothing; the text,
    which has no ∎, showed a lone "Proof." over the next claim, as if it were that claim's proof."""
    mark = f"\n\n{SETTING_OPEN}{EMPTY}proof{CLOSE} {_as_typed(title)}.{END}\n\n"
    return EMPTY_PROOF_ENVIRONMENT.sub(lambda _: mark, source)


def missing_argument(name: str, options: str) -> str:
    """A use of a known command without its required argument (``\\begin`` with no environment's
    name), marked to go to ``removed`` alone as ``missing_argument`` with its options as typed: TeX
    stops there with an error, so the typeset paper shows nothing of it; the text around it stays."""
    return f"{SETTING_OPEN}{MISSING}{name}{CLOSE}{_apart(options, [])}{END}"


def included_file(name: str, options: str, file: str) -> str:
    """A file set into the paper by ``\\name`` (pdfpages' ``\\includepdf``, graphicx's
    ``\\includegraphics``, the svg package's ``\\includesvg``), marked to go to ``removed`` alone as
    ``included_pdf`` (another PDF's pages: a title page) or ``included_picture`` with its options and
    the file's name: no text the reader has, and without a record the text kept no trace of where the
    page or the picture stood (a CV's photo, a logo outside any figure)."""
    mark = PAGES if name == "includepdf" else PICTURE
    return f"{SETTING_OPEN}{mark}{name}{CLOSE}{_apart(options, [file])}{END}"


def author_note(name: str, printed: str) -> str:
    """An author's note to self (``\\todo{check out}``), marked to go to ``removed`` alone as
    ``author_note`` with the note's text (``printed``, converted already): todonotes and fixme set it
    in the margin of a draft, never in the sentence it stands in, so read inline an English "check out"
    sat in a Russian citation as its page number; the sentence stays."""
    return f"{SETTING_OPEN}{NOTE}{name}{CLOSE} {_as_typed(printed)}{END}"


def missing_include(name: str, file: str) -> str:
    """An include (``\\input{chapter1}``) of a file the paper's folder lacks, marked to go to
    ``removed`` alone as ``missing_include`` with the file's name where it stood: the thesis's intro
    ran straight into "Заключение" where four chapters were, with nothing in the text to say so."""
    return f"{SETTING_OPEN}{ABSENT}{name}{CLOSE}{_apart('', [file])}{END}"


def printed_bibliography(name: str, files: str) -> str:
    """Where ``\\name`` prints the bibliography's list from ``files`` at hand, marked to go to
    ``removed`` alone as ``printed_bibliography``: its entries are the ``citations`` layer's, none
    in the text, so the heading over it ("Список литературы") was a title over nothing."""
    return f"{SETTING_OPEN}{LISTED}{name}{CLOSE}{_apart('', [files])}{END}"


def figure_code(name: str, options: str, arguments: list[str]) -> str:
    """A use of a command that draws a figure from code (``FIGURE_CODE``), marked to go to
    ``removed`` alone as ``figure_code`` with its options and arguments as typed: the code is the
    input of a drawing program, no text; the text around it (the figure's caption) stays."""
    typed = [" ".join(argument.split()) for argument in arguments]
    return f"{SETTING_OPEN}{FIGURE}{name}{CLOSE}{_unligatured(_apart(options, typed))}{END}"


def graph_code(argument: str) -> bool:
    """Whether a macro's ``argument`` is a graph's code, not text: ``;``-separated statements, two or
    more, each a node, an edge chain or an attribute (``GRAPH_STATEMENT``), an edge among them
    ("rankdir=LR; d->e [color=red];"). A sentence fails: its statements are words with spaces."""
    statements = [statement for statement in argument.split(";") if statement.strip()]
    return (
        len(statements) >= GRAPH_STATEMENTS
        and all(GRAPH_STATEMENT.fullmatch(statement) for statement in statements)
        and any(EDGE.search(statement) for statement in statements)
    )


def _unligatured(typed: str) -> str:
    """``typed`` with each ``-`` kept a hyphen when printed: an edge ``p--q`` of DOT code printed an
    en dash, "p–q", a ligature of text; ``-{}`` breaks it and prints nothing."""
    return re.sub(r"-(?=-)", "-{}", typed)


def unprinted_argument(environment: str, argument: str) -> str:
    """An argument of the paper's own ``environment`` that its definition does not print (a colour,
    a width), marked to go to ``removed`` alone as ``unprinted_argument``: the environment is
    defined, only this argument prints nothing; the text around it stays."""
    return f"{SETTING_OPEN}{UNPRINTED}{environment}{CLOSE}{_apart('', [argument])}{END}"


def _logo(source: str, name: str, start: int, end: int) -> bool:
    """Whether an argument-less use at ``source[start:end]`` is a logo: named like one, followed by no
    star, option or argument (fancyvrb's ``\\UseVerb*{name}`` is a command, not a logo) and among
    words: one alone in its paragraph (BSU's ``\\BSUtitle``, which sets the title page) prints what
    its class makes it print, never its name ("BSUtitle" was a paragraph of the text)."""
    return (
        bool(LOGO.fullmatch(name))
        and not NO_LOGO.search(name)
        and not source.startswith(("*", "["), end)
        and not _alone_in_paragraph(source, start, end)
    )


def _alone_in_paragraph(source: str, start: int, end: int) -> bool:
    """Whether ``source[start:end]`` is alone on its line and the lines right above and below it hold
    no word: blank, the text's edge, or commands with their arguments only (a title page's
    ``\\supervisor{…}``)."""
    if not _on_its_own_line(source, start, end):
        return False
    line_start, line_end = source.rfind("\n", 0, start) + 1, source.find("\n", end)
    above = source[source.rfind("\n", 0, max(line_start - 1, 0)) + 1 : max(line_start - 1, 0)]
    below_end = source.find("\n", line_end + 1) if line_end >= 0 else -1
    below = source[line_end + 1 : below_end if below_end >= 0 else len(source)] if line_end >= 0 else ""
    return not any(re.search(r"\w", COMMAND_WITH_ARGUMENTS.sub(" ", line)) for line in (above, below))


def _field(source: str, start: int, end: int, argument: str, knows: Callable[[str], bool]) -> bool:
    """Whether a one-argument use at ``source[start:end]`` is a class's field: set as a paragraph of its
    own (``_alone_in_paragraph``), its argument text and no sentence (a name, a work's kind, a degree:
    no stop at its end, no command nothing defines inside). BSU's ``\\project{Курсовой проект}`` and
    ``\\supervisor{…}`` outside a title page printed their arguments with no record of the command; a
    wrapper of sentences (``\\motto{… are sold.}``) is a style, and prints with none, as a wrapper
    among words does; one of another such use (``\\Cartouche{\\glyphs{…}}``) is judged by that one."""
    words = CONTROL_WORD.sub(" ", argument).split()
    inner = (name for _, name in CONTROL_WORD.findall(argument))
    return (
        bool(words)
        and not words[-1].endswith(SENTENCE_ENDS)
        and all(name in PRINTS_NOTHING or knows(name) for name in inner)
        and _alone_in_paragraph(source, start, end)
    )


def font_encoded(argument: str) -> bool:
    """Whether a macro's argument is signs of a font's private encoding, not words: ASCII letters and
    punctuation only, two signs or more, every run of letters one or two long and none a word wordfreq
    lists (hieroglf's "K:l-i-o-p-a-d:r-a", oands' "` z"); "x", "amsmath", "ls -l" or "12" is none."""
    from sloika.text.frequency import zipf  # imported when a macro is judged, as the other readers do

    argument = argument.strip()
    runs = re.findall("[A-Za-z]+", argument)
    return (
        bool(runs)
        and set(argument) <= GLYPH_SIGNS
        and len("".join(argument.split())) >= MIN_SIGNS
        and all(len(run) <= 2 for run in runs)
        and not any(len(run) == 2 and zipf(run.lower(), "en") > 0 for run in runs)
    )


def _glyphs_or_nothing(name: str, argument: str, source: str, knows: Callable[[str], bool]) -> bool:
    """Whether a one-argument macro nothing defines would print signs of a font's encoding
    (``\\pmglyph{K:l-i-o-p-a-d:r-a}``, ``\\textphnc{V}``) or nothing at all (``\\translitcugar{\\Aaleph}``):
    no text either way, so out with its sentence, recorded as typed."""
    return font_encoded(argument) or _font_wrapper(name, source, knows) or _prints_nothing(argument, knows)


def _font_wrapper(name: str, source: str, knows: Callable[[str], bool]) -> bool:
    """Whether ``name`` is ``\\text<x>`` and the paper uses ``\\<x>family``, a family the reader does
    not know: a package's font, whose argument is typed in that font's encoding (archaic's
    ``\\textphnc{V}`` beside ``\\phncfamily``)."""
    family = f"{name[4:]}family"
    if not name.startswith("text") or len(name) == 4 or knows(family) or family in PRINTS_NOTHING:
        return False
    return re.search(rf"\\{family}(?![A-Za-z@])", source) is not None


def _prints_nothing(argument: str, knows: Callable[[str], bool]) -> bool:
    """Whether an argument is nothing but macros nothing defines (and spacing, punctuation): a wrapper
    of glyph macros of a missing package (``\\pmglyph{\\HU\\Hw-\\Hq}``) that would print nothing."""
    names = [word for _, word in CONTROL_WORD.findall(argument)]
    undefined = [word for word in names if word not in PRINTS_NOTHING and not knows(word)]
    return bool(undefined) and not re.search(r"\w", CONTROL_WORD.sub(" ", argument))


def setting(argument: str) -> bool:
    """Whether a macro's argument is a setting, not text: a length ("135pt", "0.5\\textwidth"), a file
    name with a known extension ("externalcode.js"), or a list of options with a length or a
    key=value among them ("bezier,175bp", "scale=0.5"); "Smith, John", "12" or "Node.js" is none."""
    argument = argument.strip()
    if DIMENSION_VALUE.fullmatch(argument) or FILE_NAME.fullmatch(argument):
        return True
    items = _option_items(argument)
    valued = any(DIMENSION_VALUE.fullmatch(item) or KEY_VALUE.fullmatch(item) for item in items)
    return valued and all(map(_option, items))


def _style_setting(name: str, arguments: list[str]) -> bool:
    """Whether a use sets a page style or an encoding by name, as LaTeX's ``\\pagestyle{empty}`` does,
    printing nothing: a command named for one (``STYLE_SETTING``) given names alone (eskdx's
    ``\\ESKDstyle{empty}`` and ``\\ESKDthisStyle{formIIab}`` printed "empty", "formIIab А эта страница…";
    vs-referat's ``\\inputencoding{cp1251}`` … ``\\inputencoding{utf8}`` "cp1251", "utf8")."""
    return (
        STYLE_SETTING.search(name) is not None
        and bool(arguments)
        and all(BARE_KEY.fullmatch(argument.strip()) for argument in arguments)
    )


def _option(item: str) -> bool:
    """One item of an option list: a key (with or without its value), a length or a number."""
    return any(pattern.fullmatch(item) for pattern in (KEY_VALUE, DIMENSION_VALUE, NUMBER, OPTION_KEY))


def _option_items(argument: str) -> list[str]:
    """The items of an option list, cut at its commas outside braces, as keyval and pgfkeys read it: a
    braced value is one item (tikz-timing's "timing/.style={x=6.5ex,y=2ex}"), and the empty one after a
    last comma is none (a tikztimingtable's options, one a line, end "…={font=\\sffamily},")."""
    items, depth, start = [], 0, 0
    for index, char in enumerate(argument):
        if char in "{}" and argument[index - 1 : index] != "\\":
            depth += 1 if char == "{" else -1
        elif char == "," and depth == 0:
            items.append(argument[start:index].strip())
            start = index + 1
    last = argument[start:].strip()
    return [*items, last] if last or not items else items


def _trailing_options(source: str, index: int) -> list[str]:
    """The ``[…]`` right after a setting's arguments when it is an option list ("[17bp,22bp,done,skip]"
    after ``\\FigPut{bezier,175bp}``), as "[…]"; otherwise nothing (a "[sic]" there is text)."""
    options = group(source, index, "[", "]")
    if not options or not all(_option(item.strip()) for item in options[0].split(",")):
        return []
    return [f"[{options[0]}]"]


def _apart(options: str, arguments: list[str]) -> str:
    """A setting's options and arguments as typed, as they go to ``removed``: " [o] {a} [b]" (a
    register's name stays: "0.4\\textwidth", not "0.4")."""
    pieces = [options.strip()] if options.strip() else []
    pieces += [argument if argument.startswith("[") else f"{{{argument}}}" for argument in arguments]
    return "".join(f" {{{_as_typed(piece)}}}" for piece in pieces)


TYPED = {"\\": r"\textbackslash{}", "{": r"\{", "}": r"\}", "%": r"\%", "#": r"\#", "&": r"\&", "~": r"\~{}"}


def _as_typed(source: str) -> str:
    """``source`` as LaTeX that prints it as typed."""
    return re.sub(r"[\\{}%#&~]", lambda found: TYPED[found[0]], source)


def declared_lengths(source: str) -> frozenset[str]:
    """The lengths and box registers ``source`` declares ("\\newlength{\\mylength}",
    "\\newsavebox{\\Breite}"): defined, so never undefined."""
    return frozenset(NEW_LENGTH.findall(source))


def _is_dimension(source: str, name: str, start: int) -> bool:
    """A length register used as a length ("0.25\\textwidth", "-2\\fboxsep", "\\setlength{\\mylength}"):
    no word stood there, so no hole (a class's register is still counted: the class is missing)."""
    before = source[max(0, start - 16) : start]
    return bool(LENGTH.search(name)) and bool(AFTER_NUMBER.search(before) or OPENS_ARGUMENT.search(before))


def _group_end(source: str, index: int) -> int | None:
    """The index where the group around ``index`` closes (its ``}`` or ``\\end{…}``), where a
    declaration made at ``index`` stops; None at the top level, or past a paragraph's end."""
    depth = 0
    for token in GROUP_TOKEN.finditer(source, index):
        if token[0] in ("\\\\", "\\{", "\\}"):
            continue  # a line break, a brace typed as a character
        if token[0].startswith("\n"):
            if depth == 0:
                return None  # a declaration at the top level: no sample of a group
        elif token[0] in ("{", "\\begin{"):
            depth += 1
        elif depth == 0:
            return token.start()
        else:
            depth -= 1
    return None


def _among_commands(source: str, start: int, end: int) -> bool:
    """Whether the line of ``source[start:end]`` holds nothing else but commands with their arguments:
    a setting set apart, not a word of a sentence ("the preamble of \\code{slifontsexample.tex} which
    allows…" names a file, "use \\opt{scale=0.5}" an option: both print)."""
    line_start, line_end = source.rfind("\n", 0, start) + 1, source.find("\n", end)
    rest = source[line_start:start] + " " + source[end : line_end if line_end >= 0 else len(source)]
    return not re.search(r"\w", COMMAND_WITH_ARGUMENTS.sub(" ", rest))


def _inline_picture_end(source: str, index: int) -> int | None:
    """Where an inline picture that starts at ``index`` (after ``\\tikz`` and its options) ends: after
    its braced group, or after the ``;`` that ends TikZ's one-command form; None past its paragraph."""
    braced = group(source, skip_space(source, index))
    if braced:
        return braced[1]
    stop = source.find(";", index)
    return stop + 1 if stop >= 0 and "\n\n" not in source[index:stop] else None


def _declaration(source: str, start: int, end: int) -> bool:
    """Whether a control word without arguments at ``source[start:end]`` is used as a declaration (a
    switch like ``\\small``, which prints nothing): it opens its line or a group, and the next thing on
    its line is a command that sets up and prints nothing ("{\\smallchords\\hspace{10ex}…"), or a
    sentence of its own starts after it ("\\smallchords A few examples…", its ``\\def`` taken out;
    "\\Ex $f(n) = 2^n$", a lead-in before a formula that opens the sentence). A
    word between words ("at 30 \\degC all day"), one before its verb ("\\LyX\\ is", "\\LyX is"), one
    before another macro nothing defines ("\\resetchordbars\\countbarsNo", what a package draws) or on
    a line of its own before an environment ("\\WBPageBrk", then a song's title block the reader
    prints) is not one: its sentence goes, as before."""
    # a forced break (a sidebar's "Россия \\\\" over "\\Sep") starts a line as a newline does
    line_start = max(source.rfind("\n", 0, start), source.rfind(HARD_BREAK, 0, start)) + 1
    before = source[line_start:start].strip()
    # after a word, or after a command that prints ("\\chordf{E} \\repeatBar"): a hole
    if before and not before.endswith("{"):
        return False
    if (follows := DECLARATION_FOLLOWS.match(source, end)) and follows[1] in SETS_UP:
        return True
    # before a sentence of its own at a paragraph's or sentence's start ("\\smallchords A few
    # examples…"): TeX eats the space after a control word, so a word it printed would be glued to the
    # next one; a logo there is followed by its verb in lower case ("\\LyX is")
    previous = source[:line_start].rstrip(" \t")
    opens = not previous.strip() or BLANK_LINE_END.search(previous) or previous.rstrip()[-1] in ".!?:"
    # the first line under a heading opens a paragraph too (eskdx's "\\section{Сноски}" then
    # "\\point Если необходимо…": the whole paragraph went with \\point)
    opens = opens or HEADING_LINE.fullmatch(previous.rstrip().rsplit("\n", 1)[-1]) is not None
    # a line under a forced break (joined, or "\\\\" in a flushright): a sidebar's lines
    opens = opens or previous.rstrip().endswith((HARD_BREAK, "\\\\"))
    follows = (
        SENTENCE_FOLLOWS.match(source, end)
        or STYLED_LABEL_FOLLOWS.match(source, end)
        or FORMULA_FOLLOWS.match(source, end)
    )
    return bool(opens) and follows is not None


def _stored_number(source: str, start: int, end: int, arguments: list[str], trailing: list[str]) -> bool:
    """Whether a use is a class's number setter on a line of its own: one argument, a whole number
    (disser's ``\\libcatnum{12345}``, ``\\copynum{1}``, which store it for the title page): printed
    alone it was a paragraph "12345". In a sentence ("глава \\chapnum{3}") it prints, as before."""
    return (
        len(arguments) == 1
        and not trailing
        and STORED_NUMBER.fullmatch(arguments[0]) is not None
        and _on_its_own_line(source, start, end)
    )


def _glued(source: str, start: int, knows: Callable[[str], bool]) -> bool:
    """Whether the control word at ``start`` is glued to a letter before it: a word's, or the name's
    of a command the reader knows (``{\\footnotesize\\faPhone*}``, an icon in its font). The name of
    one nothing defines is no word: that one is marked on its own, and eskdx's
    "\\ESKDfontVII\\ESKDtheUnitName. Лист 1" read ". Лист 1", the second held for a mark on "VII"."""
    run = LETTERS_BEFORE.search(source, max(0, start - NAME_REACH), start)
    if run is None:
        return False
    index = run.start()
    while index > 0 and source[index - 1] == "\\":
        index -= 1
    named = (run.start() - index) % 2 == 1  # "\\\\word" is a word after a line break
    return not named or knows(run[0]) or run[0] in PRINTS_NOTHING


ITEM_END = "}\ue005"  # a group's end, a stashed piece's (an inline code's, ``latex_blocks.BLOCK``)
ITEM_START = "\\\ue004"  # a command's, a stashed piece's start (a group's would be an argument)


def _icon_keys(name: str, arguments: list[str]) -> int:
    """How many leading ``arguments`` of a command named for an icon (``ICON``) name its glyph and
    size: every one but the last, the text beside the icon, or a lone one; each a single token
    ("Phone", "12"), else none (a CV's "Phone 12 +7 (961) 293 3630" kept the icon's name and size)."""
    keys = arguments[:-1] if len(arguments) > 1 else arguments
    return len(keys) if ICON.search(name) and keys and all(len(key.split()) == 1 for key in keys) else 0


def _separators_out(source: str, knows: Callable[[str], bool], counts: Counter[str]) -> str:
    """``source`` with each macro nothing defines that stands alone right after one item and before
    the next (``\\texttt{PHP}\\slashsep\\texttt{JavaScript}``, a CV's row of tags) marked to go out
    alone, a space in its place: a separator (inside a class's entry it went silently, the tags
    glued, "PHPJavaScript"; in a paragraph the sentence went with it); ``counts`` counts it."""

    def separator(found: re.Match) -> str:
        name, start = found.group(2), found.start(2) - 1
        following = skip_space(source, found.end())
        if name in PRINTS_NOTHING or knows(name) or start == 0 or source[start - 1] not in ITEM_END:
            return found.group(0)
        if following >= len(source) or source[following] not in ITEM_START:
            return found.group(0)
        counts[name] += 1
        return f"{found.group(1)} {SETTING_OPEN}{name}{CLOSE}{END} "

    return CONTROL_WORD.sub(separator, source)


def _on_its_own_line(source: str, start: int, end: int) -> bool:
    """Whether nothing but spaces stands before ``start`` and after ``end`` on their lines."""
    before = source[source.rfind("\n", 0, start) + 1 : start]
    after_end = source.find("\n", end)
    return not before.strip() and not source[end : after_end if after_end >= 0 else len(source)].strip()


def _arguments_apart(name: str, arguments: list[str]) -> str:
    """A use on its own line with several arguments, as paragraphs: each argument that reads as text
    (``TEXT_WORDS`` words or more: a caption, a title, a paragraph) one of its own, the others (a
    file name, a key, a width) with the marked name, which goes to ``removed``:
    ``\\includeimage{tux}{f}{h}{0.25\\textwidth}{Символ Linux (Tux)}`` keeps "Символ Linux (Tux)". A
    one-word label beside text (``_label``: moderncv's ``\\cvline{Linux}{…}``, ``\\cventry{2011--2017}{…}``)
    is text too: two-word labels printed and one-word ones went, so half a CV's labels and dates were lost.
    The others go from the first text paragraph's start, alone, as a setting does (with none, no record:
    all printed). A paragraph of their own was cut text, and the lead-in before the use ("…решены
    следующие задачи:", the end of disser's previous ``\\mkcommonsect``) went with it though nothing
    it led into was lost."""
    text = [argument for argument in arguments if _reads_as_text(argument) or _label(argument, arguments)]
    rest = "".join(f" {{{argument}}}" for argument in arguments if argument not in text and argument.strip())
    if not text:
        return f"\n\n{OPEN}{name}{CLOSE}{rest}{END}\n\n"
    mark = f"{SETTING_OPEN}{name}{CLOSE}{rest}{END}" if rest else ""  # all printed: nothing to record
    paragraphs = [f"{{{argument}}}" for argument in text]
    return "\n\n".join(["", mark + paragraphs[0], *paragraphs[1:], ""])


# a key, a file's stem, a position letter: one lower-case ASCII word ("tux", "f", "img:tux", "fig-2")
KEY = re.compile(r"[a-z][a-z0-9_.:/-]*")
DATE_PART = re.compile(r"[\d./,–—-]+")  # a year, a month "03/2019", a range's dash "--"


def _label(argument: str, arguments: list[str]) -> bool:
    """Whether ``argument`` is a one-word label of a use whose other arguments read as text: a word
    (capitalised, or not ASCII: "Linux", "VM", "Менеджмент") or a date ("2017--н.в.", "2019--2023",
    "2019 -- 2020", "2015 --", "2020, Otus": numbers and dashes with a word at most), neither a key
    (``KEY``) nor a setting; the class prints it as the line's label."""
    words = CONTROL_WORD.sub(" ", argument).replace("~", " ").split()
    lettered = [word for word in words if re.search(r"[^\W\d_]", word)]
    dated = len(lettered) <= 1 and all(DATE_PART.fullmatch(word) for word in words if word not in lettered)
    return (
        (len(words) == 1 or dated)
        and re.search(r"\w", "".join(words)) is not None
        and not any(KEY.fullmatch(word) for word in words)
        and not setting(argument)
        and any(_reads_as_text(other) for other in arguments)
    )


def _data(arguments: list[str]) -> bool:
    """Whether a use's arguments are data, not words: none holds a word, and one is a list of values
    (a fingering "x,2,4,2,3,2", "n,n,p2,p2,p1,n"), as a package's diagram takes them. A chord over a
    syllable (songbook's ``\\Ch{G7}{Je}``) or a pair of words prints its arguments, as before."""
    return not any(map(_has_words, arguments)) and any(
        VALUE_LIST.fullmatch(argument) for argument in arguments
    )


def _has_words(argument: str) -> bool:
    """Whether an argument holds a word of ``WORD_LETTERS`` letters or more ("blue", "Pölten",
    "me-lis-ma"): a chord's name ("Am", "G\\sharp^{maj7}"), a fingering ("x,2,4,2,3,2") or a key ("t")
    holds none."""
    accents_off = re.sub(r"\\[^A-Za-z@\s]", "", argument)  # an accent (St.P\\"olten) is no break in a word
    return any(
        len(re.sub(r"[-'’]", "", word)) >= WORD_LETTERS
        for word in WORD.findall(CONTROL_WORD.sub(" ", accents_off))
    )


def _record(arguments: list[str]) -> bool:
    """Whether a use's arguments are the fields of a record the class lays out: one of them has
    several tokens but reads as no sentence, and is neither key nor file nor width (etdipa's
    ``\\diplomand{Max~Mustermann}{…}{XY-Street 14}{3100 St.P\\"olten}{\\schule{…}{…}…}{…}``, an
    address). Kept in part, such a use read as half a CV with its lines glued ("2010–2015HTBLuVA")."""
    return any(
        not _reads_as_text(argument)
        and not setting(argument)
        and len(words := CONTROL_WORD.sub(" ", argument).split()) > 1
        and not all(map(DATE_PART.fullmatch, words))  # a date, "2010 -- 2013": a CV line's label
        for argument in arguments
    )


def _reads_as_text(argument: str) -> bool:
    """Two words or more, or one that ends a sentence ("Публикации."), and a word among them
    (``_has_words``): a key, a file name, a width, a chord's name ("D\\sharp m^{7\\flat 5}") does
    neither."""
    words = CONTROL_WORD.sub(" ", argument).replace("~", " ").split()
    lettered = [word for word in words if re.search(r"[^\W\d_]", word)]
    sentence_like = len(lettered) >= TEXT_WORDS or (len(lettered) == 1 and lettered[0][-1] in ".!?:")
    return sentence_like and _has_words(argument)


def _options_end(source: str, index: int) -> int:
    """The index after the ``[…]`` options right after a macro's name, or ``index`` without any."""
    options = group(source, index, "[", "]")
    return options[1] if options else index


def _braced_arguments(source: str, index: int) -> tuple[list[str], int]:
    """(the braced groups that follow ``index``, the index after them); a blank line ends them."""
    arguments, end = [], index
    while True:
        start = skip_space(source, end)
        if "\n\n" in source[end:start].replace(" ", "").replace("\t", ""):
            return arguments, end
        braced = group(source, start)
        if braced is None:
            return arguments, end
        arguments, end = [*arguments, braced[0]], braced[1]


def drop_undefined(paragraph: str) -> tuple[str, list[Cut], list[Cut]]:
    """(``paragraph`` without the sentences where a macro nothing defines stood, those sentences
    with the macro's name where it stood, the sentences right after one that point back at it).
    A marked macro alone in its sentence goes with a record of its own, its name: what it prints is
    unknown (the imprint page's ``\\@author`` and ``\\@topic`` of disser's synopsis left no trace).
    A use whose arguments are settings goes out alone, recorded with them; the text around it stays.
    Each cut says what of the kept text stood before it, so that ``removed`` puts it back where it
    was, not at the paragraph's start (a paragraph read out of order, issue 15)."""
    if OPEN not in paragraph and SETTING_OPEN not in paragraph:
        return paragraph, [], []
    uses: list[str] = []

    def hold(found: re.Match) -> str:  # a use is one piece: "Иванов И. И." in its arguments ends no sentence
        uses.append(found.group(0))
        return f"U\ue015{len(uses) - 1}\ue016"

    held = USE.sub(hold, SETTING_USE.sub(hold, paragraph))
    kept: list[str] = []
    settings: list[Cut] = []
    dropped: list[Cut] = []
    orphaned: list[Cut] = []
    cursor, after_cut = 0, False
    for end in [found.end() for found in SENTENCE.finditer(held)] + [len(held)]:
        sentence, cursor = HELD.sub(lambda found: uses[int(found[1])], held[cursor:end]), end
        sentence = _without_settings(sentence, "".join(kept), settings)
        if OPEN in sentence:
            dropped.append(Cut(named(sentence), "".join(kept)))
            # a macro alone took no words: a sentence after it points back at nothing cut
            after_cut = any(use[2].strip() for use in USE.finditer(sentence)) or bool(
                re.search(r"\w", without_marks(sentence))
            )
            continue
        if after_cut and points_back(sentence):
            orphaned.append(Cut(" ".join(sentence.split()), "".join(kept)))
            continue
        after_cut = False
        kept.append(sentence)
    return "".join(kept).strip(), settings + dropped, orphaned


def _without_settings(sentence: str, kept: str, settings: list[Cut]) -> str:
    """``sentence`` without the uses whose arguments are settings, each added to ``settings`` with
    the kept text before it (``kept`` before the sentence, and the sentence's own words before it
    if the sentence stays: one that goes is cut after them)."""
    pieces, cursor = [], 0
    for found in SETTING_USE.finditer(sentence):
        pieces.append(sentence[cursor : found.start()])
        before = "".join(pieces) if OPEN not in sentence else ""
        settings.append(Cut(named(found[0]), kept + before, _cut_label(found[1])))
        cursor = found.end()
    return "".join(pieces) + sentence[cursor:] if pieces else sentence


def record_of(use: str) -> tuple[str, dict[str, str]]:
    """The ``removed`` record (label, attrs) of one converted use marked to go alone (``SETTING_OPEN``
    … ``END``) that no paragraph holds (a table's cell), as ``drop_undefined`` makes it in one."""
    return _cut_label(SETTING_USE.fullmatch(use)[1]), {"text": named(use)}


def _cut_label(marked: str) -> str:
    """The reason a marked use goes to ``removed`` with: an environment's unprinted argument, a
    figure's code, a running head, a known command's missing argument, another PDF's pages, a
    picture from a file, or a macro nothing defines."""
    return CUT_LABELS.get(marked[:1], "undefined_macro")


def named(text: str) -> str:
    """``text`` with each marked use written as its macro's name and its arguments' text."""
    text = SETTING_USE.sub(lambda found: f"{_used_name(found[1])}{found[2]}", text)
    return " ".join(USE.sub(lambda found: f"\\{found[1]}{found[2]}", text).split())


def _used_name(marked: str) -> str:
    """How a marked use is written in ``removed``: ``\\name`` (a figure's code, a command without
    its argument, an included PDF or picture too), ``\\begin{name}`` for an environment's unprinted argument,
    nothing for a running head (its text alone, as the PDF reader's ``page_furniture``) and a title
    page."""
    if marked.startswith(UNPRINTED):
        return "\\begin{" + marked[1:] + "}"
    if marked.startswith((FURNITURE, TITLE_PAGE)):
        return ""
    return "\\" + marked.lstrip("".join(CUT_LABELS))


def without_marks(text: str) -> str:
    """``text`` with the marks of undefined macros taken out (a heading's title: the heading stays)."""
    return USE.sub("", SETTING_USE.sub("", text))
