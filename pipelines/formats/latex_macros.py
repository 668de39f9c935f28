"""What TeX would do before typesetting, done on the source: user macros expanded, ``\\ref``s
numbered, citations rendered from the paper's ``.bib``.

pylatexenc converts LaTeX to text but drops a macro it does not know, leaving a hole: "A key
element of the \\astropy Project is the core package \\astropypkg" became "A key element of the
Project is the core package ,". Papers define such macros themselves, so their definitions are
read from the paper (preamble and included files) and expanded, TeX-style, before conversion:

* ``\\newcommand``/``\\renewcommand``/``\\providecommand``/``\\DeclareRobustCommand`` with
  ``[n]`` arguments and an optional first argument's default; ``\\def\\name#1#2{…}`` with
  undelimited parameters. Arguments are braced groups or single tokens, as in TeX. A macro may use
  another; one that uses itself is not expanded again inside itself, and a paper's expansions are
  capped, so ``\\def\\a{\\a\\a}`` can't hang a build.
* A macro whose body is TeX programming (``\\ifx``, ``\\setbox``, ``\\dimen``: ``PROGRAMMING``)
  writes no words and expands to nothing.
* ``\\label``/``\\ref``: each label gets the number LaTeX would print (sections ``2.3``,
  figures, tables and equations counted in order; ``\\appendix`` letters sections), so "see
  Figure~\\ref{fig:x}" reads "see Figure 3", not "see Figure ,".
* ``\\cite`` and natbib's ``\\citep``/``\\citet``/``\\citealt``: "(Tody 1986; Banse et al. 1983)"
  from the ``.bib`` named by ``\\bibliography{…}`` (bibtexparser, MIT); each rendered citation is
  a span of the ``citations`` layer with the entries' keys, titles, authors and years. Without a
  ``.bib`` entry a citation is dropped, as before.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

from sloika.pipelines.formats.latex_computed import MARK
from sloika.pipelines.formats.latex_holes import ref_hole

MAX_EXPANSIONS = 50_000  # macro uses expanded in one paper
MAX_DEPTH = 32  # macros inside macros inside macros ...

DEFINE = re.compile(
    r"\\(?:(?:re)?newcommand|providecommand|DeclareRobustCommand|(?:re|provide)?newrobustcmd)\*?\s*"
    r"(?:\{\s*\\(?P<braced>[A-Za-z@]+)\s*\}|\\(?P<bare>[A-Za-z@]+))"
)
DEF = re.compile(r"\\[gex]?def\s*\\(?P<name>[A-Za-z@]+)\s*(?P<params>(?:#\d)*)\s*(?=\{)")
CONTROL_WORD_BEFORE = re.compile(r"\\([A-Za-z@]+)\s*$")
# every sectioning command the reader makes a heading of: a class's \renewcommand{\subsubsection}{
# \@startsection{subsubsection}{3}{\parindent}{-1.5ex…}…} printed "subsubsection 3 -1.5ex plus -1ex…"
SECTIONING = {"part", "chapter", "section", "subsection", "subsubsection", "paragraph", "subparagraph"}
NEVER_EXPANDED = {"begin", "end", "item", "label", "ref", "cite", *SECTIONING}
# TeX programming: a macro whose body uses these typesets boxes and tests conditions, it writes no
# words (a thesis template's ``\def\zz{\ifx\[$\else\aftergroup\zzz\fi}`` for table cells);
# it expands to nothing instead of inlining its internals into the text. etoolbox's braced tests
# (``\\ifstrempty{#1}{#2}{…}``) are no such sign: they are decided once the arguments are in
PROGRAMMING = re.compile(
    r"\\(?:if[a-z]*(?![a-z])(?!\s*\{)|else|fi|expandafter|csname|endcsname|setbox|box|dimen|dimexpr|numexpr|relax|"
    r"aftergroup|lastbox|let|global|advance|multiply|unskip|unhbox|unvbox|vrule|hrule|kern|hskip|"
    r"vskip|makeatletter|makeatother|newcount|newdimen|setlength|addtolength|ht|dp|wd)(?![A-Za-z@])"
)

# a command built from a name, ``\csname #1\endcsname``: a symbol table's row macro
# (``\def\Ent#1{\csname #1\endcsname & \texttt{\bs #1}}``) is no programming, it writes the
# command its argument names (its rows were emptied to "&" skeletons)
NAMED_CSNAME = re.compile(r"\\csname\s*(?P<name>[A-Za-z@]+|#\d)\s*\\endcsname")


# a command's name printed, ``\string\csname #1\endcsname`` (ltxguide-style manuals'
# ``\def\cs#1{{\ttfamily\expandafter\string\csname #1\endcsname}}``) or ``\string\name``: TeX
# prints a backslash and the name; read as programming, every ``\cs{usepackage}`` printed nothing
STRING_NAME = re.compile(
    r"(?:\\expandafter\s*)?\\string\s*(?:\\csname\s*(?P<built>[A-Za-z@]+|#\d)\s*\\endcsname|\\(?P<name>[A-Za-z@]+))"
)


def _printed_names(body: str) -> str:
    """``body`` with each command name it prints through ``\\string`` as a backslash and the name; a
    name built from a parameter is marked, its argument spelled once it is in (``spelled_names``)."""

    def printed(found: re.Match) -> str:
        built = found["built"]
        if built and built.startswith("#"):
            return f"\\textbackslash {SPELLED_OPEN}{built}{SPELLED_CLOSE}"
        return "\\textbackslash " + (built or found["name"])

    return STRING_NAME.sub(printed, body)


# the argument of ``\\csname #1\\endcsname`` under ``\\string`` is the name as typed: every character
# token goes into it, braces and "$" included (``\\cs{psfrag{xy}{$x+y$}}`` prints
# "\\psfrag{xy}{$x+y$}", no group, no formula); private-use marks keep it apart until it is in
SPELLED_OPEN, SPELLED_CLOSE = "\ue0f1", "\ue0f2"
SPELLED = re.compile(f"{SPELLED_OPEN}(.*?){SPELLED_CLOSE}", re.S)
TYPED_SPECIALS = {"\\": "\\textbackslash{}", "{": "\\{", "}": "\\}", "$": "\\$", "%": "\\%", "#": "\\#",
                  "&": "\\&", "_": "\\_", "^": "\\^{}", "~": "\\~{}"}  # fmt: skip


def spelled_names(body: str) -> str:
    """``body`` (arguments in) with each marked name its characters as TeX prints them, each special
    character escaped so that it prints itself."""
    return SPELLED.sub(
        lambda found: "".join(TYPED_SPECIALS.get(char, char) for char in found[1].strip()), body
    )


def _named_commands(body: str) -> str:
    """``body`` (arguments in) with each ``\\csname name\\endcsname`` the command ``\\name``."""
    return NAMED_CSNAME.sub(lambda found: "\\" + found["name"] + " ", body)


@dataclass(frozen=True)
class Macro:
    nargs: int
    default: str | None  # the optional first argument's default, when it has one
    body: str
    # a ``\\let`` snapshot of a command the paper redefines later: its body (the command's name) is
    # written as it stands and not expanded again, so it keeps the meaning the reader knows
    snapshot: bool = False


def group(source: str, start: int, open_: str = "{", close: str = "}") -> tuple[str, int] | None:
    """(content, index after the closing bracket) of the group opening at ``start``."""
    if start >= len(source) or source[start] != open_:
        return None
    depth = 0
    index = start
    while index < len(source):
        char = source[index]
        if char == "\\":
            index += 2
            continue
        if char == open_:
            depth += 1
        elif char == close:
            depth -= 1
            if depth == 0:
                return source[start + 1 : index], index + 1
        index += 1
    return None


def braced_arguments(source: str, index: int, count: int) -> tuple[list[str], int] | None:
    """The ``count`` braced arguments from ``index`` (spaces before each skipped) and where they end;
    None where one of them is not braced."""
    values = []
    for _ in range(count):
        braced = group(source, skip_space(source, index))
        if braced is None:
            return None
        values.append(braced[0])
        index = braced[1]
    return values, index


def skip_space(source: str, index: int) -> int:
    """The index of the first character at or after ``index`` that is no space, tab or newline."""
    while index < len(source) and source[index] in " \t\n":
        index += 1
    return index


def collect_macros(source: str, macros: dict[str, Macro] | None = None) -> tuple[str, dict[str, Macro]]:
    """(source without the definitions, name → Macro) for the definitions found in ``source``."""
    macros = dict(macros or {})
    pieces, cursor = [], 0
    for match in re.finditer(
        r"\\(?:(?:re)?newcommand|providecommand|DeclareRobustCommand|(?:re|provide)?newrobustcmd|[gex]?def|let)\b",
        source,
    ):
        if match.start() < cursor:
            continue
        parsed = definition(source, match.start()) or alias(source, match.start(), macros)
        if parsed is None:
            continue
        name, macro, end = parsed
        macro = replace(macro, body=_printed_names(macro.body))
        if PROGRAMMING.search(NAMED_CSNAME.sub("", macro.body)) and not _typeset(macro.body):
            macro = replace(macro, body="")
        macro = replace(macro, body=FONT_SELECTION.sub("", macro.body))
        if name not in NEVER_EXPANDED and not (
            source[match.start() : match.start() + 15].startswith("\\providecommand") and name in macros
        ):
            macros[name] = macro
        pieces.append(source[cursor : match.start()])
        cursor = end
    pieces.append(source[cursor:])
    return "".join(pieces), macros


# a line drawn between spaces, natbib/econ-bst's \bysame ("\hskip.3em\leavevmode\rule[.5ex]{3em}{.3pt}"):
# its skips and kerns are spacing the reader reads as spaces, not programming
DRAWN = re.compile(r"\\(?:rule|hrulefill)(?![A-Za-z@])")
SPACING = {"\\hskip", "\\vskip", "\\kern"}
LINE_SPACING = {"\\hskip", "\\kern"}


# a logo drawn letter by letter, germbib's "\def\pBibTeX{{\the\textfont0 B\hbox{\the\scriptfont0 IB}
# \kern-.1em\TeX}}": its kerns and boxes place letters that print ("BIBTeX", which ``drawn_logo``
# of the reader knows for the BibTeX logo), its font selections print nothing
FONT_SELECTION = re.compile(r"\\the\s*\\(?:text|script|scriptscript)font\s*\d+ ?")
# a spacing primitive's amount; the unit needs no delimiter ("\\kern-.125emX": em, then X)
SPACING_AMOUNT = re.compile(
    r"\\(?:kern|hskip|vskip|raise|lower)\s*[-+]?\s*(?:\d+\.?\d*|\.\d+)?\s*(?:true)?(?:pt|em|ex|cm|mm|in|bp|sp|pc|dd|cc|mu)"
)


def _typeset(body: str) -> bool:
    """Whether ``body`` draws a line, or sets letters in a line, and its only TeX programming is
    spacing around them (kerns, skips; for letters only horizontal ones: a ``\\vskip`` makes a
    display, a title page's ``\\maketitle``): TeX typesets it, it is no program that prints nothing."""
    spacing = [found[0] for found in PROGRAMMING.finditer(body)]
    if DRAWN.search(body):
        return all(primitive in SPACING for primitive in spacing)
    letters = re.sub(r"\\[A-Za-z@]+|#\d", "", SPACING_AMOUNT.sub("", FONT_SELECTION.sub("", body)))
    return all(primitive in LINE_SPACING for primitive in spacing) and bool(re.search(r"[^\W\d_]", letters))


def definition(source: str, start: int) -> tuple[str, Macro, int] | None:
    """(name, Macro, index after it) of the definition at ``start``; None when it is none."""
    define = DEFINE.match(source, start)
    if define:
        name = define["braced"] or define["bare"]
        index = skip_space(source, define.end())
        nargs, default = 0, None
        count = group(source, index, "[", "]")
        if count and count[0].strip().isdigit():
            nargs, index = int(count[0]), skip_space(source, count[1])
            optional = group(source, index, "[", "]")
            if optional:
                default, index = optional[0], skip_space(source, optional[1])
        body = group(source, index)
        return (name, Macro(nargs, default, body[0]), body[1]) if body else None
    define = DEF.match(source, start)
    if define:
        body = group(source, define.end())
        nargs = len(define["params"]) // 2
        return (define["name"], Macro(nargs, None, body[0]), body[1]) if body else None
    return None


# ``\let\new=\old`` (the "=" and the spaces around it optional): \new means what \old means now.
# Only a control word is followed; ``\let\bgroup={`` (a character) and an expl3 function
# (``\let \IfTokenListEmpty = \tl_if_empty:eTF``, its "_" and ":" letters there) are left to the reader
LET = re.compile(r"\\let\s*\\(?P<name>[A-Za-z@]+)\s*=?\s*\\(?P<target>[A-Za-z@]+)(?![A-Za-z@_:])")


def alias(source: str, start: int, macros: dict[str, Macro]) -> tuple[str, Macro, int] | None:
    """(name, Macro, index after it) of the ``\\let`` at ``start``; None when it is none. The alias
    takes the paper's macro as it stands (TeX copies the meaning) and otherwise writes the command
    it names, so a thesis's ``\\let\\citeown=\\cite`` reads ``\\citeown{key}`` as ``\\cite{key}``
    (its keys were printed) and ``\\let\\BibEmph=\\emph`` no longer leaves "=" in the text.
    A command the paper redefines after the copy (``\\let\\oldsection\\section`` before its own
    ``\\renewcommand{\\section}{…\\oldsection…}``, RenderCV's ``\\let\\hrefWithoutArrow\\href``)
    is copied as a snapshot: the copy writes the command the reader knows, never the new meaning,
    so the new definition calling the copy neither loops nor loses its argument."""
    let = LET.match(source, start)
    if let is None:
        return None
    target = let["target"]
    if target in macros:
        return let["name"], macros[target], let.end()
    snapshot = _redefined(source, let.end(), target)
    return let["name"], Macro(0, None, "\\" + target, snapshot=snapshot), let.end()


def _redefined(source: str, start: int, name: str) -> bool:
    """Whether ``source`` defines ``\\name`` anywhere from ``start`` on."""
    defines = re.compile(
        r"\\(?:(?:re)?newcommand|providecommand|DeclareRobustCommand|(?:re|provide)?newrobustcmd)\*?\s*\{?\s*\\"
        + re.escape(name)
        + r"(?![A-Za-z@])|\\[gex]?def\s*\\"
        + re.escape(name)
        + r"(?![A-Za-z@])"
    )
    return defines.search(source, start) is not None


def _argument(source: str, index: int) -> tuple[str, int]:
    """One undelimited TeX argument at ``index``: a braced group's content or a single token."""
    index = skip_space(source, index)
    braced = group(source, index)
    if braced:
        return braced
    if index < len(source) and source[index] == "\\":
        name = re.match(r"\\(?:[A-Za-z@]+|.)", source[index:])
        return name.group(0), index + len(name.group(0))
    return source[index : index + 1], index + 1


def expand_macros(
    source: str, macros: dict[str, Macro], printed_nothing: Callable[[str, list[str]], str] | None = None
) -> tuple[str, bool]:
    """(source with every use of ``macros`` expanded, whether the budget cut the expansion short).
    ``printed_nothing(name, arguments)``, when given, stands for a use whose arguments hold text
    and whose expansion prints nothing (a macro read as programming, an author's ``\\hide{…}``):
    its words must not vanish without a record.

    A macro used inside its own expansion (``\\tocheader`` calling ``\\afterpage{\\tocheader}``)
    is not expanded again there but dropped, and a paper's expansions are capped, so no definition
    can make a build hang or grow without bound.
    """
    if not macros:
        return source, False
    names = sorted(macros, key=len, reverse=True)
    expander = _Expander(macros, re.compile(r"\\(" + "|".join(map(re.escape, names)) + r")(?![A-Za-z@])"))
    expander.printed_nothing = printed_nothing
    expanded = expander.expand(source, frozenset(), 0)
    return expanded, expander.stopped


# TeX skips the spaces after a control word (and one line end; a blank line is a paragraph). The
# reader keeps them where the author meant a space before a word ("\\again ends"), but not after a
# macro that prints a backslash: germbib's ``\\def\\bsl{{\\tt\\char'134}}`` writes command names,
# "{\\tt\\bsl btxeditorsshort}" prints "\\btxeditorsshort" (read "\\ btxeditorsshort")
EATEN_AFTER_NAME = re.compile(r"[ \t]*(?:\n[ \t]*(?![ \t]*\n))?")
PRINTS_BACKSLASH = re.compile(
    r"(?:\\char\s*(?:'134|92|\"5[Cc])|\\symbol\s*\{\s*(?:92|'134|\"5[Cc])\s*\}|\\textbackslash"
    r"|\$\\backslash\$)[\s{}]*\Z"
)


class _Expander:
    def __init__(self, macros: dict[str, Macro], use: re.Pattern):
        self.macros, self.use = macros, use
        self.expansions, self.stopped = 0, False
        self.printed_nothing: Callable[[str, list[str]], str] | None = None

    def expand(self, source: str, active: frozenset[str], depth: int) -> str:
        pieces, cursor = [], 0
        for match in self.use.finditer(source):
            if match.start() < cursor:
                continue  # inside an argument already consumed
            name = match.group(1)
            macro = self.macros[name]
            args, end = self._arguments(source, match.end(), macro)
            pieces.append(source[cursor : match.start()])
            cursor = end
            if name in active or depth >= MAX_DEPTH or self.expansions >= MAX_EXPANSIONS:
                self.stopped |= name not in active
                continue  # dropped: a recursive use, or the budget is spent
            self.expansions += 1
            args = [self.expand(arg, active, depth + 1) for arg in args]
            body = spelled_names(_named_commands(substitute(macro.body, args)))
            expansion = body if macro.snapshot else self.expand(body, active | {name}, depth + 1)
            if self.printed_nothing and not EMPTY_EXPANSION.sub("", expansion) and any(map(str.strip, args)):
                pieces.append(self.printed_nothing(name, args))  # "\\hide{words}": recorded, not silent
                continue
            before = CONTROL_WORD_BEFORE.search(source, max(0, match.start() - 64), match.start())
            if before and before.group(1) not in self.macros:
                expansion = "{" + expansion + "}"  # \textbf\aimTXT: the macro is the argument, one group
            if not macro.nargs and PRINTS_BACKSLASH.search(expansion):
                cursor = end = EATEN_AFTER_NAME.match(source, end).end()  # "\\bsl btx" is "\\btx"
            if CONTROL_WORD_END.search(expansion) and LETTER.match(source, end):
                expansion += "{}"  # "\\bibtex ing" with \\bibtex → \\BibTeX: not one word \\BibTeXing
            pieces.append(expansion)
        pieces.append(source[cursor:])
        return "".join(pieces)

    @staticmethod
    def _arguments(source: str, end: int, macro: Macro) -> tuple[list[str], int]:
        args = []
        for number in range(macro.nargs):
            if number == 0 and macro.default is not None:
                optional = group(source, skip_space(source, end), "[", "]")
                if optional:
                    args.append(optional[0])
                    end = optional[1]
                else:
                    args.append(macro.default)
                continue
            argument, end = _argument(source, end)
            args.append(argument)
        return args, end


# what prints nothing in an expansion: spaces, braces, a font switch ("{\\ttfamily }")
EMPTY_EXPANSION = re.compile(
    r"[\s{}]|\\(?:tt|rm|sf|bf|it|sl|sc|em|normal)(?:family|series|shape|font)?(?![A-Za-z@])"
)


# a control word that ends the text (not "\\word", a line break and a word). Right before a
# parameter, "\textbackslash#1": a letter would lengthen it (a Cyrillic one ends a control word:
# "\langle#1" with "унарный" needs no space). Right before a comment: "\fussy%" and the next line's
# "tatata" are two tokens for TeX, not one "\fussytatata" (l2tabu's \sloppy samples went to
# ``removed`` for it).
CONTROL_WORD_END = re.compile(r"(?<!\\)(?:\\\\)*\\[A-Za-z@]+\Z")
LETTER = re.compile(r"[A-Za-z@]")


def substitute(body: str, args: list[str]) -> str:
    """``#1``…``#9`` in a macro's body replaced by its arguments, ``##`` by ``#``. TeX substitutes
    tokens, so an argument that starts with a letter stays apart from a control word before it:
    revtex's guide defines ``\\macro{title}`` as ``\\texttt{\\textbackslash#1}``, which read as one unknown
    command ``\\textbackslashtitle`` and left "specified using the  macro" (a space keeps them apart,
    and TeX reads no space after a control word)."""

    def nth(match: re.Match) -> str:
        number = int(match.group(1))
        argument = args[number - 1] if 1 <= number <= len(args) else ""
        apart = LETTER.match(argument) and CONTROL_WORD_END.search(body, 0, match.start())
        return " " + argument if apart else argument

    return re.sub(r"(?<!#)#(\d)", nth, body).replace("##", "#")


# --- labels and references -------------------------------------------------------------------

# numbered environments; wrapfig's, rotating's and sidecap's floats are figures and tables too
NUMBERED = (
    "figure|table|equation|align|alignat|xalignat|flalign|gather|multline|eqnarray|dmath"
    "|splitdeluxetable|deluxetable|longtable|longtblr|talltblr|lstlisting"
    "|algorithm|wrapfigure|wraptable|sidewaysfigure|sidewaystable|SCfigure|SCtable"
)
COUNTED = (
    r"\\(?P<sec>chapter|section|subsection|subsubsection)(?P<star>\*?)(?![A-Za-z])"
    r"|\\part(?P<part>\*?)(?![A-Za-z])"  # numbered I, II…; chapters and sections go on counting across
    r"|\\(?P<appendix>appendix)(?![A-Za-z])"
    r"|\\(?P<matter>frontmatter|mainmatter|backmatter)(?![A-Za-z@])"
    rf"|\\begin\{{(?P<begin>{NUMBERED})\*?\}}"
    rf"|\\end\{{(?P<end>{NUMBERED})\*?\}}"
    r"|\\label\{(?P<label>[^}]*)\}"
    r"|\\lstinputlisting(?P<lstinput>)(?![A-Za-z])"
    # subcaption's and subfig's subfigures: lettered within their float ("3а")
    r"|\\(?P<subbox>subcaptionbox|subfloat)(?![A-Za-z])\*?|\\begin\{(?P<subenv>subfigure|subtable)\}"
    r"|\\subcaption(?P<subcap>)(?![A-Za-z*])"
    r"|\\caption(?P<cap>)(?![A-Za-z@*])(?!\s*\*)"
    r"|\\begin\{subequations\}(?P<subeq>(?:.|\n)*?)\\end\{subequations\}"
    # a label given as an option: tabularray's and listings' ``label = {tab:x}``
    r"|(?<![\w\\])label\s*=\s*(?:\{(?P<key>[^}]*)\}|(?P<bare>[^,\]\s}]+))"
)
LEVEL = {"chapter": 0, "section": 1, "subsection": 2, "subsubsection": 3}
TABLES = (
    "table",
    "deluxetable",
    "splitdeluxetable",
    "longtable",
    "longtblr",
    "talltblr",
    "wraptable",
    "sidewaystable",
    "SCtable",
)
FLOATS = dict.fromkeys(TABLES, "table") | {
    "lstlisting": "listing",
    "algorithm": "algorithm",
}
# numbered display math, each row of a multi-row one (amsmath's alignat and flalign too: their labels
# read "…" and the equations after them took their numbers); breqn's dmath is one equation
EQUATIONS = {"equation", "align", "alignat", "xalignat", "flalign", "gather", "multline", "eqnarray", "dmath"}
ONE_ROW_EQUATIONS = ("equation", "multline", "dmath")
NEWTHEOREM = re.compile(
    r"\\newtheorem(?P<star>\*?)\s*\{(?P<name>[^}]+)\}\s*(?:\[(?P<shared>[^\]]+)\])?\s*\{(?P<title>[^}]*)\}"
    r"(?:\s*\[(?P<parent>[^\]]+)\])?"
)


# thmtools' \declaretheorem[name=Лемма, sibling=theorem]{lemma}
DECLARETHEOREM = re.compile(r"\\declaretheorem\s*(?:\[(?P<options>[^\]]*)\])?\s*\{(?P<names>[^}]+)\}")
# Springer's classes (llncs, svjour3, svmult) declare these themselves, each numbered by a counter of
# its own unless the class option ``envcountsame`` shares theorem's (``envcountsect``: within
# sections); claim and proof are unnumbered
SPRINGER_CLASS = re.compile(r"\\documentclass\s*(?:\[(?P<options>[^\]]*)\])?\s*\{(?:llncs|svjour3?|svmult)\}")
SPRINGER_THEOREMS = ("theorem", "case", "conjecture", "corollary", "definition", "example", "exercise",
                     "lemma", "note", "problem", "property", "proposition", "question", "solution",
                     "remark")  # fmt: skip


@dataclass(frozen=True)
class Theorem:
    """A theorem-like environment the paper or its class declares (``\\newtheorem``)."""

    title: str
    counter: str | None  # None: unnumbered (``\\newtheorem*``)
    parent: str | None  # the section level its number restarts with (``[chapter]``)
    note_replaces_title: bool = False  # amsthm's proof: ``[Proof of Theorem 1]`` prints instead of "Proof"
    # an environment whose class the paper lacks (``latex_environments``): a heading only where a use
    # gives a note, no counter; "section" sets the note as an unnumbered heading of its own
    undeclared: str = ""  # "" (declared), "theorem" or "section"
    # named by sloika from the environment's name (``latex_captions.standard_theorems``), the class
    # that declares it absent: a note that is a number is that class's own number, "Problem 1.7."
    by_name: bool = False


def theorems(source: str) -> dict[str, Theorem]:
    """environment → Theorem for the ``\\newtheorem``s and thmtools' ``\\declaretheorem``s in
    ``source``, and those a Springer class (``\\documentclass{llncs}``) declares itself."""
    found: dict[str, Theorem] = {}
    if springer := SPRINGER_CLASS.search(source):
        options = {option.strip() for option in (springer["options"] or "").split(",")}
        parent = "section" if "envcountsect" in options else None
        for name in SPRINGER_THEOREMS:
            counter = "theorem" if "envcountsame" in options else name
            found[name] = Theorem(name.capitalize(), counter, parent)
        found["claim"] = Theorem("Claim", None, None)
        found["proof"] = Theorem("Proof", None, None)
    for match in NEWTHEOREM.finditer(source):
        shared = found.get(match["shared"] or "")
        counter = None if match["star"] else shared.counter if shared else match["name"]
        parent = shared.parent if shared else match["parent"]
        found[match["name"]] = Theorem(match["title"].strip(), counter, parent)
    for match in DECLARETHEOREM.finditer(source):
        options = match["options"] or ""
        for name in (name.strip() for name in match["names"].split(",") if name.strip()):
            shared = found.get(option_value(options, "sibling", "sharenumber") or "")
            numbered = option_value(options, "numbered") not in ("no", "false")
            counter = (shared.counter if shared else name) if numbered else None
            parent = shared.parent if shared else option_value(options, "numberwithin", "parent", "within")
            title = option_value(options, "name", "title", "heading") or name.capitalize()
            found[name] = Theorem(title, counter, parent)
    return found


def option_value(options: str, *keys: str) -> str | None:
    """The value of the first of ``keys`` given in a key=value list, without its braces:
    ``caption = {A, b}, label = x`` gives "A, b" for ``caption``; None when none is given."""
    items, depth, start = [], 0, 0
    for index, char in enumerate(options):
        depth += (char in "{[") - (char in "}]")
        if char == "," and depth == 0:
            items.append(options[start:index])
            start = index + 1
    values: dict[str, str] = {}
    for item in [*items, options[start:]]:
        key, equals, value = item.partition("=")
        if equals:
            values.setdefault(key.strip(), value.strip())
    for key in keys:
        if (value := values.get(key)) is not None:
            braced = group(value, 0)
            return braced[0] if braced and braced[1] == len(value) else value
    return None


def optional_argument(source: str, index: int) -> tuple[str, int] | None:
    """(content, index after it) of the ``[…]`` opening at ``index``, brackets inside braces or nested
    brackets included (``[{Лемма [x]}]``, ``[Пифагор, \\cite[с.~5]{a}]``); None without one."""
    if index >= len(source) or source[index] != "[":
        return None
    braces = brackets = 0
    position = index
    while position < len(source):
        char = source[position]
        if char == "\\":
            position += 2
            continue
        if char == "{":
            braces += 1
        elif char == "}":
            braces -= 1
        elif braces == 0 and char == "[":
            brackets += 1
        elif braces == 0 and char == "]":
            brackets -= 1
            if brackets == 0:
                return source[index + 1 : position], position + 1
        position += 1
    return None


@dataclass
class Numbering:
    """What LaTeX would number, counted in the order of the source: each label's number and kind
    (``figure``, ``section``, a theorem's environment …), and each theorem's heading with the
    (start, end) of its ``\\begin{…}[note]`` in the source."""

    labels: dict[str, str]
    kinds: dict[str, str]
    headings: list[tuple[int, int, str]]
    letters: dict[str, str] = field(default_factory=dict)  # a subfigure's letter, for \\subcaptionref


CHAPTER = re.compile(r"\\chapter(?![A-Za-z@])")  # a document with one has chapters (not \chapterpagestyle)
WITHIN = re.compile(
    r"\\(?P<cmd>counterwithout|counterwithin|numberwithin)\*?\s*\{(?P<kind>\w+)\}\s*\{(?P<parent>\w+)\}"
)
# how a counter prints: \renewcommand\thechapter{\Asbuk{chapter}} (Russian appendices "А", "Б"), and a
# subequation's letter, \theparentequation\asbuk{equation} (the thesis template patches amsmath's \alph)
STYLE = r"\\(?P<style>Asbuk|asbuk|Alph|alph|Roman|roman|arabic)\s*"
TOP_STYLE = re.compile(
    r"\\renewcommand\*?\s*\{?\\the(?:chapter|section)\}?\s*\{" + STYLE + r"\{(?:chapter|section)\}\}"
)
SUBEQUATION_STYLE = re.compile(
    r"\\theparentequation\s*\}?\s*(?P<separator>[.\-]?)\s*" + STYLE + r"\{equation\}"
)
ASBUK = "абвгдежиклмнопрстуфхцчшщэюя"  # babel-russian's \asbuk: no ё з й ъ ы ь
ROMAN = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"),
         (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))  # fmt: skip
# floats a paper declares: memoir's \newfloat[within]{env}{ext}{name}, float's \newfloat{env}{placement}
# {ext}[within], newfloat's \DeclareFloatingEnvironment[options]{env}; \newaliascnt{env}{counter}
NEW_FLOAT = re.compile(
    r"\\newfloat\s*(?:\[(?P<within>\w+)\])?\s*\{(?P<name>[\w*]+)\}(?:\s*\{[^}]*\}){2}(?:\s*\[(?P<after>\w+)\])?"
    r"|\\DeclareFloatingEnvironment\s*(?:\[[^\]]*\])?\s*\{(?P<declared>\w+)\}"
)
ALIAS_COUNTER = re.compile(r"\\newaliascnt\s*\{(?P<name>\w+)\}\s*\{(?P<counter>\w+)\}")
SUB_STYLE = re.compile(
    r"\\renewcommand\*?\s*\{?\\thesub(?P<kind>figure|table)\}?\s*\{" + STYLE + r"\{sub(?:figure|table)\}\}"
)
SUB_FORMAT = re.compile(r"\\captionsetup\s*\[sub\w*\]\s*\{[^}]*?labelformat\s*=\s*(?P<format>\w+)")
# caption's label formats: how "а" stands before a subcaption's text
LABEL_FORMATS = {"parens": "({})", "brace": "{})", "simple": "{}", "empty": ""}
OPTIONS = re.compile(r"\s*\[(?P<options>(?:[^\[\]]|\[[^\]]*\])*)\]")
OPTION_LABEL = re.compile(r"(?<![\w\\])label\s*=\s*(?:\{(?P<key>[^}]*)\}|(?P<bare>[^,\]\s}]+))")


def counter_text(number: int, style: str) -> str:
    """``number`` as LaTeX's ``\\arabic``, ``\\alph``, ``\\Alph``, ``\\roman`` or babel's ``\\asbuk``
    print it."""
    lower = style.lower()
    if lower in ("alph", "asbuk"):
        letters = "abcdefghijklmnopqrstuvwxyz" if lower == "alph" else ASBUK
        text = letters[number - 1] if 1 <= number <= len(letters) else str(number)
    elif lower == "roman" and number > 0:
        text, rest = "", number
        for value, numeral in ROMAN:
            while rest >= value:
                text, rest = text + numeral, rest - value
    else:
        return str(number)
    return text.upper() if style[0].isupper() else text


def _styles(setup: str) -> tuple[str, tuple[str, str]]:
    """(how appendix chapters are lettered, (separator, style) of subequation letters)."""
    top = [
        found["style"] for found in TOP_STYLE.finditer(setup) if found["style"].lower() in ("alph", "asbuk")
    ]
    sub = list(SUBEQUATION_STYLE.finditer(setup))
    return top[-1] if top else "Alph", (sub[-1]["separator"], sub[-1]["style"]) if sub else ("", "alph")


def _floats(setup: str, chapters: bool) -> dict[str, tuple[str, bool]]:
    """env → (counter kind, numbered within chapters) for the floats ``setup`` declares."""
    aliases = {found["name"]: found["counter"] for found in ALIAS_COUNTER.finditer(setup)}
    floats = {}
    for found in NEW_FLOAT.finditer(setup):
        name = found["name"] or found["declared"]
        counter = aliases.get(name, name)
        kind = FLOATS.get(counter, counter)
        floats[name] = (kind, chapters and bool(found["within"] or found["after"] or found["declared"]))
    return floats


def _subfigure(source: str, match: re.Match) -> tuple[int, int]:
    """(where the subfigure's letter goes, where its labels end) for the subfigure at ``match``."""
    index = match.end()
    if match["subenv"]:
        end = source.find("\\end{" + match["subenv"], index)
        caption = source.find("\\caption", index, end if end >= 0 else len(source))
        if caption < 0:
            return -1, end
        index = caption + len("\\caption")
    options = OPTIONS.match(source, index)
    if match["subbox"] == "subfloat":  # [list entry][caption]: the letter goes with the caption
        options = OPTIONS.match(source, options.end()) or options if options else None
        found = group(source, skip_space(source, options.end())) if options else None
        return (options.start("options") if options else -1), found[1] if found else index
    index = skip_space(source, options.end() if options else index)
    found = group(source, index)
    if match["subcap"] is not None:
        ends = [
            at
            for at in (source.find(e, index) for e in ("\\end{minipage", "\\subcaption", "\\caption"))
            if at >= 0
        ]
        return index + 1, min(ends, default=len(source))
    if match["subenv"]:
        return (index + 1 if found else -1), end
    return (index + 1 if found else -1), found[1] if found else index


CAPTION_OPTION = re.compile(r"(?<![\w\\])caption\s*=")  # listings' caption={…}, not captionpos=b
NO_LABEL = re.compile(r"(?<![\w\\])label\s*=\s*\{?\s*none\s*\}?\s*(?:,|$)")  # tabularray's label=none
NUMBERED_CAPTION = re.compile(r"\\caption(?![A-Za-z@])(?!\s*\*)")  # \caption*: no number
SUBFLOAT_BODY = re.compile(r"\\begin\{(subfigure|subtable)\}.*?\\end\{\1\}", re.S)
STEPPED_AT_START = {
    "longtable",
    "longtblr",
    "talltblr",
    "lstlisting",
    "deluxetable",
    "splitdeluxetable",
}  # not by \caption
SUBCAPTIONED = re.compile(
    r"\\(?:subcaptionbox|subfloat|subcaption)(?![A-Za-z@])|\\begin\{sub(?:figure|table)\}"
)


def environment_end(source: str, name: str, start: int) -> tuple[int, int]:
    """(index after ``\\end{name}``, index of it) for the environment whose body starts at
    ``start``; nested ones of the same name are skipped; an unclosed one runs to the end."""
    marker = re.compile(r"\\(begin|end)\{" + re.escape(name) + r"\}")
    depth = 1
    for found in marker.finditer(source, start):
        depth += 1 if found.group(1) == "begin" else -1
        if depth == 0:
            return found.end(), found.start()
    return len(source), len(source)


def _numbered(source: str, match: re.Match, name: str) -> bool:
    """Whether the float or listing opening at ``match`` gets a number, as LaTeX decides: longtable
    steps the table counter at its start, ltcaption's ``longtable*`` never (the thesis's unnumbered
    table made every later table one too high); tabularray's long tables unless ``label=none``; a
    listing with a ``caption`` key; any other float (``table*`` too) in its ``\\caption``, so one
    without a caption, or with only ``\\caption*``, has none (one of subfigures is numbered)."""
    environment = match.group(0)[len("\\begin{") : -1]
    options = OPTIONS.match(source, match.end())
    if name == "longtable":
        return not environment.endswith("*")
    if name in ("longtblr", "talltblr"):
        return not (options and NO_LABEL.search(options["options"]))
    if name == "lstlisting":
        return bool(options and CAPTION_OPTION.search(options["options"]))
    if name in ("deluxetable", "splitdeluxetable"):
        return True  # AASTeX numbers it with or without \\tablecaption
    body = source[match.end() : environment_end(source, environment, match.end())[1]]
    # subfigures are lettered within their float's number, which they take also before the caption
    return bool(NUMBERED_CAPTION.search(SUBFLOAT_BODY.sub("", body)) or SUBCAPTIONED.search(body))


# AASTeX's \tablenum{5} prints that number and steps no counter (the reader renames it \AAStablenum
# where siunitx, whose \tablenum is a cell's number, is not loaded)
TABLENUM = re.compile(r"\\AAStablenum\s*\{([^{}]*)\}")


def _given_number(source: str, match: re.Match, name: str) -> str:
    """The number a deluxetable's ``\\tablenum`` gives it ("" for none)."""
    if name not in ("deluxetable", "splitdeluxetable"):
        return ""
    environment = match.group(0)[len("\\begin{") : -1]  # splitdeluxetable* too
    body = source[match.end() : environment_end(source, environment, match.end())[1]]
    found = TABLENUM.search(body)
    return found[1].strip() if found else ""


def number_labels(source: str, declared: dict[str, Theorem] | None = None, setup: str = "") -> Numbering:
    """The numbers ``\\ref`` prints, and the theorems' headings ("Theorem 2.1 (Note). "). Floats and
    equations are numbered within chapters where there are chapters ("1.2", as the report and book
    classes do) unless ``setup`` (the preamble) says otherwise with ``\\counterwithout`` and the
    like."""
    declared = declared or {}
    chapters = bool(CHAPTER.search(source))
    # listings numbers its listings within chapters too (numberbychapter)
    within = dict.fromkeys(("figure", "table", "equation", "listing"), 0 if chapters else None)
    for found in WITHIN.finditer(setup + source):
        if found["kind"] in within:
            within[found["kind"]] = None if found["cmd"] == "counterwithout" else LEVEL.get(found["parent"])
    top, letters = _styles(setup + source)
    floats = _floats(setup + source, chapters)
    for kind, by_chapter in floats.values():
        within.setdefault(kind, 0 if by_chapter else None)
    pattern = COUNTED
    if floats:
        names = "|".join(map(re.escape, sorted(floats, key=len, reverse=True)))
        pattern += rf"|\\begin\{{(?P<float>{names})\}}|\\end\{{(?P<floatend>{names})\}}"
    if declared:
        # tried first: a paper's own \newtheorem{algorithm} is its theorem, not the package's float
        names = "|".join(map(re.escape, sorted(declared, key=len, reverse=True)))
        pattern = rf"\\begin\{{(?P<thm>{names})\}}|\\end\{{(?P<thmend>{names})\}}|{pattern}"
    resets = {t.counter: LEVEL[t.parent] for t in declared.values() if t.counter and t.parent in LEVEL}
    resets.update({kind: level for kind, level in within.items() if level is not None})
    first = 0 if chapters else 1
    sections = [0, 0, 0, 0]
    counters = {"figure": 0, "table": 0, "equation": 0, "listing": 0, "algorithm": 0}
    counters.update({kind: 0 for kind, _ in floats.values()})
    appendix, main_matter, part_count = False, True, 0
    inside: tuple[str, str] | None = None  # the number and kind of the float or theorem a label is in
    current, level_kind = "", "section"  # the section a label outside floats is in
    numbering = Numbering({}, {}, [])
    placed: set[str] = set()  # labels an equation's row numbered already
    sub_styles = {found["kind"]: found["style"] for found in SUB_STYLE.finditer(setup + source)}
    formats = [LABEL_FORMATS.get(found["format"], "({})") for found in SUB_FORMAT.finditer(setup + source)]
    sub_format = formats[-1] if formats else "({})"
    subfigures, sub = 0, ("", "", -1)  # the float's subfigures so far; (number, letter, end) of the one open
    captions, captioned = 0, None  # the float's captions so far; its kind, where \caption numbers it
    referenced = equations_referenced(setup + source)
    for match in re.finditer(pattern, source):
        style = top if appendix else "arabic"
        custom, custom_end = match.groupdict().get("float"), match.groupdict().get("floatend")
        if match["appendix"]:
            appendix, sections = True, [0, 0, 0, 0]
        elif match["matter"]:
            main_matter = _chapters_numbered(match["matter"])
        elif match["part"] is not None:  # "Часть~\\ref{part:hp-data}" read "Часть 9.2", the section before it
            if not match["part"]:
                part_count += 1
                current, level_kind = counter_text(part_count, "Roman"), "part"
        elif match["sec"] and not match["star"] and (main_matter or match["sec"] != "chapter"):
            level = LEVEL[match["sec"]]
            sections[level] += 1
            sections[level + 1 :] = [0] * (3 - level)
            for counter, parent in resets.items():
                if level <= parent:  # a new chapter restarts "Теорема 1.1" numbering
                    counters[counter] = 0
            parts = [str(n) for n in sections[first : level + 1]]
            if appendix and parts:
                parts[0] = counter_text(int(parts[0]), top)
            current = ".".join(parts)
            level_kind = "appendix" if appendix and level == first else match["sec"]
        elif match["subeq"] is not None:  # amsmath: one number, its rows lettered 8a, 8b
            counters["equation"] += 1
            parent = _within(sections, first, within.get("equation"), counters["equation"], style)
            for label, number in _subequation_labels(match["subeq"], parent, letters).items():
                numbering.labels[label], numbering.kinds[label] = number, "equation"
        elif match["lstinput"] is not None:  # \lstinputlisting[caption=…, label=…]{file}: a listing
            options = OPTIONS.match(source, match.end())
            if options and CAPTION_OPTION.search(options["options"]):
                counters["listing"] += 1
                number = _within(sections, first, within.get("listing"), counters["listing"], style)
                for found in OPTION_LABEL.finditer(options["options"]):
                    label = (found["key"] or found["bare"]).strip()
                    numbering.labels[label], numbering.kinds[label] = number, "listing"
                    placed.add(label)
        elif (match["subbox"] or match["subenv"] or match["subcap"] is not None) and inside:
            subfigures += 1
            letter = counter_text(subfigures, sub_styles.get(inside[1], "alph"))
            at, end = _subfigure(source, match)
            sub = (inside[0] + letter, letter, end)
            if at >= 0 and sub_format:
                numbering.headings.append((at, at, sub_format.format(letter) + " "))
        elif match["cap"] is not None:
            # a float's next \caption (two minipages in one figure) takes the next number; a
            # subfigure's caption is its letter's
            if inside and inside[1] == captioned and match.start() >= sub[2]:
                captions += 1
                if captions > 1:
                    counters[captioned] += 1
                    inside = (
                        _within(sections, first, within.get(captioned), counters[captioned], style),
                        captioned,
                    )
        elif match["begin"] or custom:
            name = match["begin"] or custom
            kind = floats[name][0] if custom else FLOATS.get(name, "figure")
            if name in EQUATIONS:
                kind = "equation"
            else:
                if not _numbered(source, match, name):
                    continue  # no number: a label inside refers to what encloses it (a ListingEnv)
                if given := _given_number(source, match, name):  # AASTeX's \tablenum{5}: no step
                    subfigures, captions, captioned, inside = 0, 0, None, (given, kind)
                    continue
                counters[kind] += 1
                subfigures, captions = 0, 0
                captioned = None if name in STEPPED_AT_START else kind
                inside = (_within(sections, first, within.get(kind), counters[kind], style), kind)
                continue
            # an equation: a number per numbered row (align*, \nonumber rows: none), labels by row
            end = source.find("\\end{" + name, match.end())
            body = source[match.end() : end if end >= 0 else len(source)]
            rows = [body] if name in ONE_ROW_EQUATIONS else LINE_BREAK.split(body)
            number = ""
            for row in rows if not match.group(0).endswith("*}") else []:
                if row.strip() and not NO_NUMBER.search(row) and _shown(row, referenced):
                    counters["equation"] += 1
                    number = _within(sections, first, within.get("equation"), counters["equation"], style)
                    for label in LABEL.findall(row):
                        numbering.labels[label.strip()], numbering.kinds[label.strip()] = number, kind
                        placed.add(label.strip())
            inside = (number, kind)
        elif (
            match["end"] or custom_end or (declared and match["thmend"] and _closes(declared, match, inside))
        ):
            inside = None
        elif declared and match["thm"] and declared[match["thm"]].undeclared:
            found = optional_argument(source, skip_space(source, match.end()))
            if found and found[0].strip():
                note = found[0].strip()
                numbering.headings.append(
                    (match.start(), found[1], undeclared_heading(declared[match["thm"]], note))
                )
                if NUMBER_NOTE.fullmatch(note):  # "Problem 1.7": a \label inside refers to "1.7"
                    inside = (note, match["thm"])
        elif declared and match["thm"]:
            theorem = declared[match["thm"]]
            number = ""
            if theorem.counter:
                counters[theorem.counter] = counters.get(theorem.counter, 0) + 1
                number = _within(
                    sections, first, LEVEL.get(theorem.parent or ""), counters[theorem.counter], style
                )
            if number:  # an unnumbered theorem's \label takes the section's number, as in LaTeX
                inside = (number, match["thm"])
            # the note the class prints after the name and number, "Теорема 1 (Пифагор)."
            found = optional_argument(source, skip_space(source, match.end()))
            note, end = (found[0].strip(), found[1]) if found else ("", match.end())
            heading = " ".join(part for part in (theorem.title, number) if part)
            if theorem.by_name and NUMBER_NOTE.fullmatch(note):
                heading, inside = f"{heading} {note}", (note, match["thm"])
            elif note:
                heading = note if theorem.note_replaces_title else f"{heading} ({note})"
            numbering.headings.append((match.start(), end, f"\n\n{heading}. "))
        elif (label := _label(match)) and label not in placed:
            number, kind = inside or (current, level_kind)
            if inside and match.start() < sub[2]:
                number, numbering.letters[label] = sub[0], sub[1]
            numbering.labels[label], numbering.kinds[label] = number, kind
    return numbering


# mathtools' showonlyrefs (the package option or \mathtoolsset), not set to false
SHOW_ONLY_REFS = re.compile(
    r"\\usepackage\s*\[[^\]]*\bshowonlyrefs\b(?!\s*=\s*false)[^\]]*\]\s*\{[^}]*\bmathtools\b"
    r"|\\mathtoolsset\s*\{[^}]*\bshowonlyrefs\b(?!\s*=\s*false)"
)
# what marks an equation referenced under showonlyrefs (mathtools' manual: \eqref, \refeq, \noeqref)
EQUATION_REFERENCE = re.compile(r"\\(?:eqref|refeq|noeqref)\s*\{([^}]*)\}")


def equations_referenced(source: str) -> set[str] | None:
    """The labels ``\\eqref`` and the like name where mathtools' ``showonlyrefs`` is on (it numbers
    only those equations: the text said "уравнения (7)" where the PDF prints (1)); None where it is
    off and every equation is numbered."""
    if not SHOW_ONLY_REFS.search(source):
        return None
    return {key.strip() for found in EQUATION_REFERENCE.finditer(source) for key in found[1].split(",")}


def _shown(row: str, referenced: set[str] | None) -> bool:
    """Whether an equation's ``row`` gets its number: always, or under ``showonlyrefs`` (``referenced``
    not None) where one of its labels is referenced."""
    return referenced is None or any(label.strip() in referenced for label in LABEL.findall(row))


def _closes(declared: dict[str, Theorem], end: re.Match, inside: tuple[str, str] | None) -> bool:
    """Whether ``\\end{…}`` of a theorem closes what a label refers to: a declared theorem's always, an
    undeclared environment's only where its number note opened it (else a float around it stays)."""
    return not declared[end["thmend"]].undeclared or (inside is not None and inside[1] == end["thmend"])


# a note that is the number a missing class prints instead of its counter's ("1.7", "1.27(a)", "4.3a"):
# a section's number, a dot and more, a letter or a parenthesised part after it
NUMBER_NOTE = re.compile(r"[1-9]\d*(?:\.\d+)+[a-z]?(?:\([a-z\d]+\))?")


def undeclared_heading(theorem: Theorem, note: str) -> str:
    """The heading an undeclared environment's note gives in place of ``\\begin{…}[note]``: a
    number after the name, as the class would print its own ("Problem 1.7. "); a title as amsthm
    prints a note ("Exercise (Project). "), or an unnumbered heading (``theorem.undeclared ==
    "section"``: "Ringraziamenti" over the acknowledgments)."""
    if theorem.undeclared == "section":
        return f"\n\n\\section*{{{note}}}\n\n"
    if not theorem.title:
        return f"\n\n{note}. "
    if NUMBER_NOTE.fullmatch(note):
        return f"\n\n{theorem.title} {note}. "
    return f"\n\n{theorem.title} ({note}). "


def _chapters_numbered(matter: str) -> bool:
    """Whether ``\\chapter`` steps its counter after ``\\frontmatter``, ``\\mainmatter`` or
    ``\\backmatter``: the book class (and memoir, KOMA's scrbook, the theses built on them) numbers
    the main matter's chapters only, so a preface's ``\\chapter`` does not make the first main
    chapter's figures "2.1"."""
    return matter == "mainmatter"


def _label(match: re.Match) -> str:
    """The label a ``\\label{…}`` or a ``label = …`` option names ("" for tabularray's ``label=none``)."""
    if match["label"] is not None:
        return match["label"].strip()
    option = (match["key"] or match["bare"] or "").strip()
    return "" if option == "none" else option


SUBEQUATION_ENV = re.compile(
    r"\\begin\{(?:equation|align|gather|eqnarray|flalign|alignat)\*?\}((?:.|\n)*?)\\end\{"
)
# TeX's line break \\ with its skip (\\[2pt]): where a line of a title, a row of a table or of an
# aligned display ends
LINE_BREAK = re.compile(r"\\\\(?:\s*\[[^\]]*\])?")
LABEL = re.compile(r"\\label\s*\{([^}]*)\}")  # also read by latex_labels
NO_NUMBER = re.compile(r"\\(?:nonumber|notag)(?![A-Za-z])")


def _subequation_labels(block: str, parent: str, letters: tuple[str, str] = ("", "alph")) -> dict[str, str]:
    """label → number inside one ``subequations`` block: its own label the parent number, each
    numbered row (not ``\\nonumber``) of its equations the next letter."""
    labels, letter = {}, 0
    for env in SUBEQUATION_ENV.finditer(block):
        for row in LINE_BREAK.split(env[1]):
            if not row.strip() or NO_NUMBER.search(row):
                continue
            letter += 1
            for label in LABEL.findall(row):
                labels[label.strip()] = parent + letters[0] + counter_text(letter, letters[1])
    outside = SUBEQUATION_ENV.sub("", block)
    for label in LABEL.findall(outside):
        labels[label.strip()] = parent
    return labels


def _within(sections: list[int], first: int, parent: int | None, count: int, top: str = "arabic") -> str:
    """ "2.3": the ``count``-th item within its parent section ``2``; "3" without a parent; "А.1"
    in an appendix lettered ``top``."""
    parts = [str(n) for n in sections[first : parent + 1]] if parent is not None else []
    if parts and top != "arabic":
        parts[0] = counter_text(int(parts[0]), top)
    prefix = ".".join(parts)
    return f"{prefix}.{count}" if prefix else str(count)


def add_headings(source: str, numbering: Numbering) -> str:
    """``source`` with each theorem's ``\\begin{…}[note]`` replaced by its heading."""
    for start, end, heading in sorted(numbering.headings, reverse=True):
        source = source[:start] + heading + source[end:]
    return source


CREF_FORMAT = re.compile(r"\\crefformat\s*\{(?P<kind>\w+)\}\s*(?=\{)")
CREF_NAME = re.compile(r"\\(?P<cmd>[cC])refname\s*\{(?P<kind>\w+)\}\s*(?=\{)")


def cref_style(source: str) -> tuple[dict[str, str], dict[str, str]]:
    """(kind → name, kind → format) a paper gives cleveref with ``\\crefname{figure}{рис.}{рис.}``
    (``\\Crefname`` for the capitalised form, keyed ``"Figure"``) and ``\\crefformat{equation}{(#2#1#3)}``
    (``#1`` the number, ``#2``/``#3`` the link's start and end)."""
    names, formats = {}, {}
    for match in CREF_NAME.finditer(source):
        if found := group(source, match.end()):
            kind = match["kind"] if match["cmd"] == "c" else match["kind"].capitalize()
            names[kind] = found[0].replace("~", " ").strip()
    for match in CREF_FORMAT.finditer(source):
        if found := group(source, match.end()):
            formats[FLOATS.get(match["kind"], match["kind"])] = re.sub(r"#[2-9]", "", found[0]).replace(
                "~", " "
            )
    return names, formats


CREF_MULTI = re.compile(r"\\crefmultiformat\s*\{(?P<kind>\w+)\}\s*(?=\{)")


def cref_multi(source: str) -> dict[str, list[str]]:
    """kind → the four parts of ``\\crefmultiformat{equation}{(#2#1#3)}{ и~(#2#1#3)}{, (#2#1#3)}``
    ``{ и~(#2#1#3)}``: how cleveref lists two or more labels ("(5) и (6)", "(5а), (5б) и (6а)")."""
    found: dict[str, list[str]] = {}
    for match in CREF_MULTI.finditer(source):
        parts, index = [], match.end()
        while len(parts) < 4 and (part := group(source, skip_space(source, index))):
            parts.append(re.sub(r"#[2-9]", "", part[0]).replace("~", " "))
            index = part[1]
        if len(parts) == 4:
            found[FLOATS.get(match["kind"], match["kind"])] = parts
    return found


REF = re.compile(
    r"\\(?P<cmd>ref|eqref|autoref|cref|Cref|pageref|subcaptionref|subref|vref|Vref|vpageref|Vpageref)\*?"
    r"\s*(?:\[[^\]]*\]\s*){0,2}\{(?P<keys>[^}]*)\}"
    r"|\\(?P<range>[vV]refrange)\*?\s*\{(?P<first>[^}]*)\}\s*\{(?P<last>[^}]*)\}"
)
# varioref's commands: \vref is \ref with the page said in words ("3 on page 5", "on the next page"),
# \vpageref only the page; the number stays, the page is a value only the PDF knows
VARIOREF_NUMBER = {"vref": "ref", "Vref": "ref"}
VARIOREF_PAGE = frozenset({"pageref", "vpageref", "Vpageref"})
# labels a package sets at the end of the run (lastpage's, totpages'): no paper defines them, and the
# page count they give is a value only the PDF knows, not a reference that went astray
PACKAGE_LABELS = frozenset({"LastPage", "VeryLastPage", "TotPages"})
# what cleveref (\cref; \Cref and hyperref's \autoref capitalised) prints before the number
REF_NAMES = {
    "en": {"figure": "fig.", "table": "table", "equation": "eq.", "chapter": "chapter", "section": "section",
           "subsection": "section", "subsubsection": "section", "appendix": "appendix", "listing": "listing",
           "algorithm": "algorithm", "item": "item"},
    "ru": {"figure": "рис.", "table": "табл.", "equation": "", "chapter": "гл.", "section": "разд.",
           "subsection": "разд.", "subsubsection": "разд.", "appendix": "прил.", "listing": "листинг",
           "algorithm": "алгоритм", "item": "п."},
}  # fmt: skip


def replace_refs(
    source: str,
    numbering: Numbering,
    lang: str = "en",
    titles: dict[str, str] | None = None,
    style: str = "",
    unresolved: list[str] | None = None,
) -> str:
    """``\\ref{x}`` → its number, ``\\eqref`` → "(n)", ``\\cref`` → "fig. n" (names by ``lang``; a
    theorem's by its title, ``titles``); a page number (``\\pageref``) and a label the paper does not
    define but a package sets (``PACKAGE_LABELS``: ``LastPage``, ``TotPages``) → ``MARK``, a value only
    the PDF knows. Given ``unresolved``, a reference of any kind to a label no file at hand sets is a hole
    instead (``latex_holes.ref_hole``, its source added there): the label is in a missing chapter or
    nowhere, TeX prints "??", and the sentence says what that chapter holds, which its number was never
    the point of ("В главе \\ref{chap4} представлена схема…" went whole as ``computed_value``); what
    of the words around it goes with it is ``latex_paragraphs``' to judge."""
    names = {**REF_NAMES.get(lang, REF_NAMES["en"]), **(titles or {})}
    own_names, formats = cref_style(style)
    multi = cref_multi(style)

    def number(match: re.Match) -> str:
        if match["range"]:  # \vrefrange{a}{b}: "1–3"
            first, last = (numbering.labels.get(match[key].strip()) for key in ("first", "last"))
            return f"{first}\u2013{last}" if first and last else MARK
        cmd = VARIOREF_NUMBER.get(match["cmd"], match["cmd"])
        if cmd in ("subcaptionref", "subref"):  # the subfigure's letter alone
            return numbering.letters.get(match["keys"].strip(), MARK)
        typed = [key.strip() for key in match["keys"].split(",")]
        keys = [key for key in typed if numbering.labels.get(key)]
        if not keys:
            astray = unresolved is not None and not PACKAGE_LABELS.intersection(typed)
            return ref_hole(unresolved, match[0]) if astray else MARK
        if cmd in VARIOREF_PAGE:
            return MARK
        equation = cmd == "eqref" or cmd != "ref" and numbering.kinds[keys[0]] == "equation"
        text = ", ".join(numbering.labels[key] for key in keys)
        text = f"({text})" if equation else text
        if cmd in ("cref", "Cref", "autoref"):
            kind = numbering.kinds[keys[0]]
            if len(keys) > 1 and kind in multi:  # first, second … middle …, last
                first, second, middle, last = multi[kind]
                numbers = [numbering.labels[key] for key in keys]
                parts = [first] + [middle] * (len(numbers) - 2) + [second if len(numbers) == 2 else last]
                return "".join(part.replace("#1", n) for part, n in zip(parts, numbers, strict=True))
            if kind in formats:
                return formats[kind].replace("#1", ", ".join(numbering.labels[key] for key in keys))
            name = names.get(kind, "").lower()
            if cmd == "cref":
                name = own_names.get(kind, name)
            else:
                name = own_names.get(kind.capitalize(), name.capitalize())
            text = f"{name} {text}".strip()
        return text

    return REF.sub(number, source)


# --- citations -------------------------------------------------------------------------------

# natbib's and biblatex's citation commands (their capitalised forms for a sentence's start, "Van der
# Walt et al. (2011)"); biblatex's \fullcite prints the whole entry, \citetitle its title, \citedate
# its year. The converter knows them all (``latex_convert``): a key, whatever command cites it, is no text.
CITE_COMMANDS = (
    "cite", "citep", "citet", "citealt", "citealp", "citeauthor", "citeyearpar", "citeyear", "parencite",
    "textcite", "autocite", "onlinecite", "footcite", "footcitetext", "supercite", "smartcite", "fullcite",
    "footfullcite", "citetitle", "citedate",
    "Cite", "Citep", "Citet", "Citealt", "Citealp", "Citeauthor", "Parencite", "Textcite", "Autocite",
    "Smartcite", "Citetitle",
)  # fmt: skip
CITE = re.compile(
    r"\\(?P<cmd>" + "|".join(CITE_COMMANDS) + r")(?P<star>\*?)"
    r"\s*(?:\[(?P<pre>[^\]]*)\])?\s*(?:\[(?P<post>[^\]]*)\])?\s*\{(?P<keys>[^}]*)\}"
)
# biblatex's multicites, \cites[pre][post]{a}[post]{b}: one citation command per key group
MULTICITE = re.compile(
    r"\\(?P<cmd>cites|parencites|autocites|footcites|textcites|smartcites|supercites)(?![A-Za-z])"
    r"\s*(?:\([^)]*\)\s*){0,2}(?P<groups>(?:\s*(?:\[[^\]]*\]\s*){0,2}\{[^}]*\})+)"
)
MULTICITE_GROUP = re.compile(r"(?:\[[^\]]*\]\s*){0,2}\{[^}]*\}")
SINGLE_CITE = {"cites": "cite", "parencites": "parencite", "autocites": "autocite", "footcites": "footcite",
               "textcites": "textcite", "smartcites": "smartcite", "supercites": "supercite"}  # fmt: skip


def split_multicites(source: str) -> str:
    """``\\cites[a]{x}[b]{y}`` → ``\\cite[a]{x} \\cite[b]{y}``: their keys were left in the text ("a1b1")."""

    def split(match: re.Match) -> str:
        single = "\\" + SINGLE_CITE[match["cmd"]]
        return " ".join(single + found[0] for found in MULTICITE_GROUP.finditer(match["groups"]))

    return MULTICITE.sub(split, source)


BIBLIOGRAPHY = re.compile(r"\\(?:bibliography|addbibresource)\s*(?:\[[^\]]*\])?\s*\{([^}]*)\}")


def bib_files(source: str) -> list[str]:
    """The ``.bib`` names a paper gives to ``\\bibliography``/``\\addbibresource``."""
    return [bib_file(name) for match in BIBLIOGRAPHY.finditer(source) for name in bib_names(match.group(1))]


def bib_names(argument: str) -> list[str]:
    """The names, as typed, that a ``\\bibliography``/``\\addbibresource`` argument gives ("refs, extra")."""
    return [name.strip() for name in argument.split(",") if name.strip()]


def bib_file(name: str) -> str:
    """The file a bibliography's name reads: BibTeX adds ``.bib`` to "refs"."""
    return name if name.endswith(".bib") else name + ".bib"


def read_bib(text: str) -> dict[str, dict[str, Any]]:
    """key → {author, year, title, journal, doi, ...} (plain strings) of a BibTeX file.

    An entry that repeats a field is read as BibTeX reads it, with the first value (bibtexparser
    files it among its failed blocks); biblatex's ``date`` gives the ``year`` an entry lacks."""
    import bibtexparser
    from bibtexparser.middlewares import RemoveEnclosingMiddleware
    from bibtexparser.model import DuplicateFieldKeyBlock

    library = bibtexparser.parse_string(text)
    unbraced = RemoveEnclosingMiddleware()  # what parse_string does to the entries it accepts
    repeated = [
        unbraced.transform_entry(block.ignore_error_block, library)
        for block in library.failed_blocks
        if isinstance(block, DuplicateFieldKeyBlock)
    ]
    entries = {}
    for entry in [*library.entries, *repeated]:
        raw: dict[str, str] = {}
        for bib_field in entry.fields:
            raw.setdefault(bib_field.key.lower(), str(bib_field.value))
        fields = {key: _bib_plain(value) for key, value in raw.items()}
        if not fields.get("year") and re.match(r"\d{4}", fields.get("date", "")):
            fields["year"] = fields["date"][:4]
        names = raw.get("author") or raw.get("editor")
        surnames = {"surnames": [_surname(name) for name in _bib_names(names)]} if names else {}
        entries[entry.key] = {"type": entry.entry_type, **fields, **surnames}
    return with_crossref_fields(entries)


def with_crossref_fields(entries: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """``entries`` with each field an entry lacks taken from the one its ``crossref`` names, as
    BibTeX does (the key matched without regard to case; one level, as BibTeX's). A paper in a
    proceedings gets its year from the volume ("Поляков ()" printed for "Поляков (1998)").
    bibtexparser 2 leaves crossref unresolved (a to-do in its middlewares)."""
    by_key = {key.lower(): entry for key, entry in entries.items()}
    inherited = {}
    for key, entry in entries.items():
        parent = by_key.get(str(entry.get("crossref", "")).strip().lower())
        if parent is None or parent is entry:
            inherited[key] = entry
            continue
        missing = {name: value for name, value in parent.items() if name not in entry and name != "type"}
        inherited[key] = {**entry, **missing}
    return inherited


def _bib_names(field: str) -> list[str]:
    """A BibTeX name list split at each ``and`` outside braces: "{Astropy Collaboration} and {Robitaille}, T."
    is two names."""
    names, depth, start = [], 0, 0
    for match in re.finditer(r"(?<!\\)[{}]|\s+and\s+", field):
        if match[0] in "{}":
            depth += 1 if match[0] == "{" else -1
        elif depth == 0:
            names.append(field[start : match.start()])
            start = match.end()
    return [name for name in (*names, field[start:]) if name.strip()]


def _bib_plain(value: str) -> str:
    """Field value without BibTeX's protective braces and with its whitespace collapsed; an accent's
    argument keeps its braces ("{Pr{\\v{s}}a}" is "Pr\\v{s}a", Prša, not "Pr\\vsa")."""
    out, kept = "", []
    for index, char in enumerate(value):
        escaped = index > 0 and value[index - 1] == "\\"
        if char == "{" and not escaped:
            kept.append(bool(re.search(r"\\(?:[A-Za-z]+|[^A-Za-z\s])\s*$", out)))
            out += char if kept[-1] else ""
        elif char == "}" and not escaped and kept:
            # a control word the group ended keeps its end: "{\\BibTeX} Styles" prints "BibTeX Styles"
            out += char if kept.pop() else "{}" if CONTROL_WORD_BEFORE.search(out) else ""
        else:
            out += char
    return " ".join(out.split())


def _surname(author: str) -> str:
    """ "Price-Whelan, A. M." or "A. M. Price-Whelan" → "Price-Whelan"; as BibTeX reads a name, a
    braced group is one word: "{Astropy Collaboration}" and "S. {van der Walt}" stay whole."""
    braced = r"\{(?:[^{}]|\{(?:[^{}]|\{[^{}]*\})*\})*\}"  # three levels: "{Pr{\\v{s}}a}"
    words = [_bib_plain(word) for word in re.findall(rf"(?:{braced}|[^\s,{{}}])+|,", author)]
    if "," in words:
        return " ".join(words[: words.index(",")])
    return words[-1] if words else author.strip()


# GOST styles (ugost2008n and the other gost .bst files) print a label's joining words in the entry's
# language (its ``langid``, else ``language`` field; English without one): their bbl.and and bbl.etal
GOST_STYLE = re.compile(r"\\bibliographystyle\s*\{\s*u?gost[\w-]*\s*\}")
GOST_WORDS = {
    "english": ("and", "et al."),
    "german": ("und", "u. a."),
    "ukrainian": ("і", "та ін."),
    "russian": ("и", "и др."),
}


def with_style_words(entries: dict[str, dict[str, Any]], source: str) -> dict[str, dict[str, Any]]:
    """``entries`` with the joining words (``words``: and, et al.) a GOST style prints for each
    entry's language, where ``source`` sets one (``GOST_STYLE``): "Медведев и др.", not "Медведев
    et al."; other styles keep natbib's "\\&" and "et al."."""
    if not GOST_STYLE.search(source):
        return entries
    return {key: {**entry, "words": _gost_words(entry)} for key, entry in entries.items()}


def _gost_words(entry: dict[str, Any]) -> tuple[str, str]:
    """A GOST style's (and, et al.) for the entry's ``langid`` or ``language`` (English where it
    names none the style knows: the style warns and prints English)."""
    language = str(entry.get("langid") or entry.get("language") or "english").strip().lower()
    return GOST_WORDS.get(language, GOST_WORDS["english"])


def author_year(entry: dict[str, Any], all_names: bool = False) -> tuple[str, str]:
    """(who, year) as an author-year citation prints them: "Smith", "Smith \\& Doe", "Smith et al.";
    ``all_names`` (natbib's starred commands) lists every author: "Smith, Doe \\& Roe". BibTeX's
    "and others" is the et al. of the list ("Медведев and others" is "Медведев et al."); the entry's
    ``words`` (``with_style_words``) replace "\\&" and "et al."."""
    if entry.get("label"):  # a natbib .bbl's "Smith \\& Doe(2020)", its long form after the year
        who = entry.get("full_label") if all_names else None
        return who or entry["label"], str(entry.get("year", "")).strip()
    authors = _authors(entry)
    and_word, et_al = entry.get("words") or ("\\&", "et al.")  # LaTeX: the text is converted after
    others = len(authors) > 1 and authors[-1] == "others"
    if others:
        authors = authors[:-1]
    if not authors:
        who = entry.get("title", "?").split(":")[0]
    elif others and (len(authors) == 1 or not all_names):
        who = f"{authors[0]} {et_al}"
    elif len(authors) == 1:
        who = authors[0]
    elif others:  # every name, then et al.: "Белоусова, Вишняк, Левит и др."
        who = f"{', '.join(authors)} {et_al}"
    elif len(authors) == 2 or all_names:
        who = f"{', '.join(authors[:-1])} {and_word} {authors[-1]}"
    else:
        who = f"{authors[0]} {et_al}"
    return who, str(entry.get("year", "")).strip()


def _authors(entry: dict[str, Any]) -> list[str]:
    names = re.split(r"\s+and\s+", entry.get("author") or entry.get("editor") or "")
    return entry.get("surnames") or [_surname(name) for name in names if name.strip()]


NOCITE = re.compile(r"\\nocite\s*\{([^}]*)\}")
# biblatex's refsection: a list of its own (a thesis's list of the author's works, filled with
# \nocite{*}); what is cited there does not letter the main text's citations
REFSECTION = re.compile(r"\\begin\{refsection\}.*?\\end\{refsection\}", re.S)


def cited_keys(source: str) -> set[str] | None:
    """The keys ``source`` cites outside biblatex's refsections (``\\nocite`` too); None for
    ``\\nocite{*}``, which cites them all."""
    source = REFSECTION.sub("", source)
    keys = [match["keys"] for match in CITE.finditer(source)] + NOCITE.findall(source)
    named = {key.strip() for listed in keys for key in listed.split(",")}
    return None if "*" in named else named - {""}


def with_year_suffixes(entries: dict[str, dict[str, Any]], cited: set[str] | None) -> dict[str, dict]:
    """``entries`` with "1999a", "1999b" for the cited ones (``cited``: None is all) that would print
    the same author and year, lettered as BibTeX's author-year styles and biblatex letter them: in
    the order of the reference list, by all authors' surnames, then title ("Babiker et al. (1999),
    Babiker et al. (1999)" cited two papers). Entries a ``.bbl`` labels are lettered already."""
    same: dict[tuple[str, str], list[str]] = {}
    for key, entry in entries.items():
        if (cited is None or key in cited) and not entry.get("label") and not _numbered_only(entry):
            who, year = author_year(entry)
            if year:
                same.setdefault((who, year), []).append(key)
    entries = dict(entries)
    for (_, year), keys in same.items():
        if len(keys) < 2:
            continue
        keys.sort(key=lambda key: (_sort_names(entries[key]), _sort_title(entries[key])))
        for letter, key in zip("abcdefghijklmnopqrstuvwxyz", keys, strict=False):
            entries[key] = {**entries[key], "year": year + letter}
    return entries


def _sort_names(entry: dict[str, Any]) -> list[str]:
    return [name.lower() for name in _authors(entry)]


def _sort_title(entry: dict[str, Any]) -> str:
    """The title as BibTeX's ``purify$`` sorts it: letters, digits and spaces, in lower case."""
    return re.sub(r"[^\w\s]", "", str(entry.get("title", ""))).lower()


def _full_entry(entry: dict[str, Any], who: str, year: str) -> str:
    """What biblatex's ``\\fullcite`` prints of an entry, in short: its names, title, venue and year
    ("Jockers \\& Mimno, Significant themes…, Poetics, 2013")."""
    venue = entry.get("journal") or entry.get("booktitle") or entry.get("publisher")
    return ", ".join(str(part) for part in (who, entry.get("title"), venue, year) if part)


def _numbered_only(entry: dict[str, Any]) -> bool:
    """An entry known only by its place in a ``thebibliography`` list."""
    return "number" in entry and not any(entry.get(name) for name in ("label", "author", "editor", "title"))


def render_citation(
    match: re.Match, entries: dict[str, dict[str, Any]], textual_cite: bool = False
) -> tuple[str, list[str]]:
    """(text of one citation command, the keys found in ``entries``); ("", []) when none is known.
    ``textual_cite``: natbib's ``\\cite`` is its ``\\citet``."""
    keys = [key.strip() for key in match["keys"].split(",") if key.strip() in entries]
    if not keys:
        return "", []
    return _citation_text(match, keys, entries, textual_cite), keys


def _citation_text(
    match: re.Match, keys: list[str], entries: dict[str, dict[str, Any]], textual_cite: bool
) -> str:
    cmd = match["cmd"][0].lower() + match["cmd"][1:]  # \Citet is \citet with a capital first name
    if all(_numbered_only(entries[key]) for key in keys):  # a plain \\bibitem list: "[3, 7]"
        post = (match["post"] if match["post"] is not None else match["pre"] or "").strip()
        numbers = ", ".join(entries[key]["number"] for key in keys)
        if cmd == "onlinecite":  # revtex's "Ref. 1": the number without brackets
            return numbers
        return f"[{numbers}{', ' + post if post else ''}]"
    # natbib's starred commands print every author: "\\citet*{x}" is "Takeda, Arimura … \\& Fox (2014)"
    all_names = bool(match["star"]) and cmd in ("citet", "citep", "citealt", "citealp", "citeauthor")
    pairs = [author_year(entries[key], all_names) for key in keys]
    if match["cmd"][0].isupper():  # "van der Walt" at a sentence's start: "Van der Walt"
        pairs[0] = (pairs[0][0][:1].upper() + pairs[0][0][1:], pairs[0][1])
    pre, post = (match["pre"] or "").strip(), (match["post"] or "").strip()
    if match["post"] is None and pre:  # natbib, biblatex: one optional argument is the post-note
        pre, post = "", pre
    if cmd in ("citet", "textcite") or (
        cmd == "cite" and textual_cite and not (match["pre"] or match["post"])
    ):
        # natbib's \citet puts both notes in its parenthesis, "Jones et al. (see 1990, chap. 2)";
        # biblatex's \textcite the pre-note before the names, "see Jones (1990, chap. 2)"
        years = [year for _, year in pairs]
        years[0] = " ".join(part for part in (pre if cmd == "citet" else "", years[0]) if part)
        years[-1] += f", {post}" if post else ""
        # an entry with no year prints its names alone, natbib's "Скворцов", not "Скворцов ()"
        cited = zip(pairs, years, strict=True)
        text = "; ".join(f"{who} ({year})" if year else who for (who, _), year in cited)
        text = f"{pre} {text}" if pre and cmd == "textcite" else text
    elif cmd == "citeauthor":
        text = "; ".join(who for who, _ in pairs)
    elif cmd == "citeyearpar":
        text = "(" + "; ".join(year for _, year in pairs) + ")"
    elif cmd in ("citeyear", "citedate"):
        text = "; ".join(year for _, year in pairs)
    elif cmd == "citetitle":
        text = "; ".join(str(entries[key].get("title", "")) for key in keys)
    elif cmd in ("fullcite", "footfullcite"):
        text = "; ".join(
            _full_entry(entries[key], who, year) for key, (who, year) in zip(keys, pairs, strict=True)
        )
    else:
        text = "; ".join(f"{who} {year}".strip() for who, year in pairs)
        text = " ".join(part for part in (pre, text) if part) + (f", {post}" if post else "")
        if cmd not in ("citealt", "citealp", "onlinecite"):
            text = f"({text})"
    return " ".join(text.split())
