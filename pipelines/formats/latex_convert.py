"""LaTeX to text through pylatexenc: the rules the reader gives the converter, and its one instance.

pylatexenc (MIT) knows LaTeX's accents, dashes and macro arguments; the reader adds what a paper needs
beyond them: the macros it drops (citations, pictures from files), the ones whose content is kept, their
arities, signs and logos, and the layout environments whose arguments print nothing. The converter is
built once a process (``_converter``) and asked what it knows (``knows_macro``, ``knows_environment``):
a name it has no rule for is an undefined macro (``latex_undefined``). Separate from the reader's
entry point because every stage that makes text of LaTeX (fields, tables, captions, paragraphs) asks it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import cache
from typing import Any

from sloika.pipelines.formats.latex_code import VERBATIM_BODIES
from sloika.pipelines.formats.latex_footnotes import NOTE_COMMAND, marked_note
from sloika.pipelines.formats.latex_lists import DEFAULT_BULLETS
from sloika.pipelines.formats.latex_macros import CITE_COMMANDS, FLOATS, Macro, expand_macros
from sloika.pipelines.formats.latex_math import DISPLAY_MATH
from sloika.pipelines.formats.latex_spacing import (
    ARGUMENTLESS_SPACES,
    HORIZONTAL_SPACES,
    LINE_BOXES,
    PARAGRAPH_ENDING_SPACES,
    SIZED_BOXES,
    SKIP,
    SPACES_IN_PARAGRAPH,
    sized_box,
    space_of,
)
from sloika.pipelines.formats.latex_undefined import SETTING_USE

# a break in the line prints at least a space: the words on either side are two ("операции:\\newline
# a) Двойная" read "операции:a)Двойная", "Слово\\linebreak другое" "Словодругое"); in running text
# \\newline is a line break like "\\\\" (``NEWLINE``), this is what is left (a table's cell, a field)
BREAKS_BETWEEN_WORDS = ("newline", "linebreak")
# a picture from a file prints no text: graphicx's, the svg package's (its file name printed as a
# paragraph, "physlabwork_3week_exp_setup"), pdfpages' pages of a PDF
IMAGE_INCLUDES = ("includegraphics", "includesvg", "includeinkscape", "includepdf")
# an include whose file the folder lacks, renamed by ``latex_includes`` to be recorded where it stood:
# a paper's own ``\\input`` (plain TeX's plainenc.tex redefines it) expands no such name; in a table's
# cells it prints nothing, as the missing file did
MISSING_INCLUDE_COMMAND = "sloikamissinginclude"
# where a bibliography prints its list from a file at hand (``latex_includes.bibliography_marks``)
PRINTED_LIST_COMMAND = "sloikaprintedlist"
# an author's notes to self, set in a draft's margin (todonotes' \\todo, \\missingfigure, \\listoftodos;
# fixme's \\fxnote … \\fxfatal, whose starred form's text after the note is the paper's and prints):
# name → arity; in the running text each goes to ``removed`` (``latex_author_notes``), elsewhere (a
# title, a table's cell) it prints nothing
AUTHOR_NOTES = {
    "todo": "[{",
    "missingfigure": "[{",
    "listoftodos": "[",
    "listoffixmes": "",
    **dict.fromkeys(("fxnote", "fxwarning", "fxerror", "fxfatal"), "*[{"),
}
DROPPED_MACROS = (
    "cite",
    MISSING_INCLUDE_COMMAND,
    PRINTED_LIST_COMMAND,
    "citep",
    "citet",
    "ref",
    "eqref",
    "pageref",
    "label",
    *IMAGE_INCLUDES,
    "cref",
    "Cref",
    "autoref",
    "addcontentsline",
    "bibliographystyle",
    "bibliography",
    "nocite",
    "hyphenation",
    "graphicspath",
    "submitjournal",
    "shorttitle",
    "shortauthors",
    "noaffiliation",
    "affiliation",
    "altaffiliation",
    "orcidlink",  # \orcidlink{0000-…}, \orcid{…}: an identifier set as an icon, not text
    "orcid",
    "thefootnote",
    "footnotemark",  # a note's mark alone: its text is a \footnotetext's, read after the paragraph
    "detokenize",
    # TikZ/PGF set-up outside a picture: styles, shapes, file names (the picture itself is a block)
    "tikzset",
    "tikzstyle",
    "pgfdeclareshape",
    "pgfkeys",
    "pgfplotsset",
    "usetikzlibrary",
    "tikzsetnextfilename",
    "tikzexternalize",
    # etoolbox tests on macros: set-up, not text
    "ifdefmacro",
    "ifdef",
    "ifundef",
    "ifcsdef",
    "ifcsundef",
    "lstinputlisting",  # a listing from a file the corpus does not read (CODE_FILE)
    "inputminted",
    "VerbatimInput",
    "BVerbatimInput",
    "LVerbatimInput",
    "verbatiminput",
    "captiondelim",
    "subcaptionref",
    "DefTblrTemplate",  # tabularray's table set-up
    "SetTblrTemplate",
    "SetCell",  # tabularray's cell and row set-up inside a table: "\\SetCell[c=3]{l}" printed "[c=3]l,"
    "SetRow",
    # page set-up, generated lists and counters: what the typeset book shows, not text
    "thispagestyle",
    "pagestyle",
    "pagenumbering",
    "tableofcontents",
    "listoffigures",
    "listoftables",
    "printbibliography",
    "printnomenclature",
    "printindex",
    # index and glossary entries go to the .idx/.glo file, not the page ("\\index{figure}" printed "figure")
    "index",
    "glossary",
    "maketitle",  # the title is a field; pylatexenc would print "[NO \\title GIVEN]" and the build date
    "includepdf",
    "setcounter",
    "addtocounter",
    "stepcounter",
    "refstepcounter",
    "newtotcounter",
    "regtotcounter",
    "addtocontents",
    "captionsetup",
    # titlesec's heading layout (\titlespacing{\paragraph}{0cm}{2ex plus 1ex}{…}): set-up, no text
    "titleformat",
    "titlespacing",
    "titlelabel",
    "hypersetup",
    "selectlanguage",
    "newgeometry",
    # lengths and counters: declared, set, changed or measured, never printed (a box's width
    # "\\addtolength{\\mylength}{-2\\fboxsep}" printed "-2"; \\settowidth printed the text it measures)
    "setlength",
    "newlength",
    "addtolength",
    "settowidth",
    "settoheight",
    "settodepth",
    "settototalheight",
    "newcounter",
    "addvspace",
    "enlargethispage",
    "DeclareMathOperator",
    "newtheorem",
    "counterwithout",
    "counterwithin",
    "newenvironment",
    "renewenvironment",
    "urlstyle",
    # NFSS font selection: an encoding, family, series, shape, size or line spread is set up, not text
    # (obnov's specimen opened "obn" from "\\fontfamily{obn}\\selectfont")
    "fontsize",
    "fontencoding",
    "typeout",  # a message to the terminal, not the page
    "fontfamily",
    "fontseries",
    "fontshape",
    "usefont",
    "linespread",
    # fontspec's and babel's font set-up (XeLaTeX, LuaLaTeX): a font's name and features, not text
    # ("\\setmonofont{CMU Typewriter Text}" after a thesis's last chapter printed its font's name)
    "setmainfont",
    "setsansfont",
    "setmonofont",
    "setmathfont",
    "newfontfamily",
    "babelfont",
    "defaultfontfeatures",
    "nolinebreak",
    "microtypesetup",
    "microtypecontext",  # microtype: \microtypecontext{expansion=slbsp} sets what follows
    "lsstyle",  # microtype's letterspacing switch
    "numberwithin",
    "needspace",
    "thanks",  # a title's footnote: the title field would run into it
    "email",  # revtex's author address: contact data, not text
    "ead",  # elsarticle's front matter: e-mail, address, footnote marks and texts
    "address",
    "corref",
    "cortext",
    "fnref",
    "fntext",
    "tnoteref",
    "tnotetext",
    "correspondingauthor",  # AASTeX: the author's name again, after the author list
    "plotone",  # AASTeX's figure commands: a file name, not text ("fig.pdf" was left in the text)
    "plottwo",
    "epsscale",
    "epsfig",
    "epsfbox",
    # hyperref's outline entries: the PDF viewer's bookmarks, not the page
    "pdfbookmark",
    "currentpdfbookmark",
    "subpdfbookmark",
    "belowpdfbookmark",
    "rule",  # a drawn line's sizes are no text (one in a line of words is "———": _inline_rules)
    "deleted",  # AASTeX's revision marks: what the author deleted is not the paper's text,
    "explain",  # nor the explanation of a change (both print only under the class's trackchanges)
    "authornotemark",  # acmart's mark of an author note (the note itself: latex_front)
    "newcolumntype",  # array's column type: layout
    "tcbset",  # tcolorbox's and mdframed's set-up: colours, widths, styles
    "mdfsetup",
    "mdfdefinestyle",
    "frontmatter",  # book parts; memoir's starred forms print no star
    "mainmatter",
    "backmatter",
)
# etoolbox's value tests (\ifnumequal{a}{b}{then}{else}): the ``then`` branch is the text, once
# (both branches read as two versions of the same paragraph)
THEN_BRANCH = {"ifnumequal": 2, "ifstrequal": 2, "ifnumcomp": 3, "ifdimequal": 2, "iftoggle": 1, "ifbool": 1}
# a caption-like macro: the argument at this index is its text (an optional short form is skipped)
NTH_ARGUMENT = {
    "texorpdfstring": 0,  # the TeX text, not the bookmark string
    "replaced": 2,  # AASTeX's \replaced[id]{old}{new}: the class prints #3, the new text, unless trackchanges
    "fig": 2,  # AASTeX's \fig{file}{width}{caption}: the panel's caption
    "leftfig": 2,
    "rightfig": 2,
    "boxedfig": 2,
    "caption": 2,
    "captionof": 3,  # caption's \captionof{figure}[short]{text}: a caption outside a float
    "subcaptionbox": 1,
    "subcaption": 2,
    "multicolumn": 2,
    **THEN_BRANCH,
}
CAPTIONS = ("caption", "captionof", "subcaptionbox", "subcaption")  # each a paragraph of its own
# the argument of a subfigure's box that holds its picture: it prints no text, its records stay
CAPTION_BODIES = {"subcaptionbox": 2}
# The TeX family's logos (LaTeX's own, hologo's, metalogo's, doc's): their names. A paper's own
# definition of one draws the logo with kerns, lowered letters and small capitals, and prints its
# name too (``drawn_logo``): econ-bst's ``\def\BibTeX{{\rm B\kern-.05em…}}`` printed nothing ("is
# a style file"), its kerns being TeX programming to ``collect_macros``.
TEX_LOGOS = {"TeX": "TeX", "LaTeX": "LaTeX", "LaTeXe": "LaTeX2e", "BibTeX": "BibTeX", "XeTeX": "XeTeX",
             "XeLaTeX": "XeLaTeX", "LuaTeX": "LuaTeX", "LuaLaTeX": "LuaLaTeX", "pdfTeX": "pdfTeX",
             "pdfLaTeX": "pdfLaTeX", "eTeX": "e-TeX", "ConTeXt": "ConTeXt", "AmS": "AMS",
             "AmSTeX": "AMS-TeX", "AMSTeX": "AMS-TeX", "AmSLaTeX": "AMS-LaTeX", "AMSLaTeX": "AMS-LaTeX",
             "SliTeX": "SliTeX", "PiCTeX": "PiCTeX", "MF": "METAFONT", "METAFONT": "METAFONT",
             "METAPOST": "MetaPost", "BibLaTeX": "BibLaTeX"}  # fmt: skip


def drawn_logo(name: str, macro: Macro, macros: dict[str, Macro]) -> bool:
    """Whether a paper's definition of ``name`` draws a TeX logo (``TEX_LOGOS``): its body, expanded,
    prints nothing (all kerns and boxes, read as TeX programming) or the logo's letters placed one
    by one (germbib's ``\\def\\BibTeX{\\protect\\pBibTeX}`` with ``\\pBibTeX`` "B", "IB" in a smaller
    font, then ``\\TeX``); the logo's name stands for it. A definition that prints other words
    (``\\newcommand{\\MF}{mean field}``) is the paper's own meaning."""
    if name not in TEX_LOGOS:
        return False
    letters = _logo_letters(expand_macros(macro.body, {k: m for k, m in macros.items() if k != name})[0])
    return letters in ("", _logo_letters(TEX_LOGOS[name]))


def _logo_letters(latex: str) -> str:
    """The letters ``latex`` prints, upper-cased (a logo sets some in small capitals): a known logo's
    for its command, none for another command or a dimension ("\\kern-.1em")."""
    named = re.sub(r"\\([A-Za-z@]+)", lambda word: TEX_LOGOS.get(word[1], ""), SKIP.sub("", latex))
    return re.sub(r"[^A-Za-z]", "", named).upper()


# babel-russian's \No and \cyrdash (its em dash), LaTeX's \S, \ddag, \copyright and logos, AASTeX's
# angles, \space, elsarticle's keyword \sep, the ellipsis, amssymb's signs that text may use too
# (\item[\checkmark]: unknown, it cut the item as an undefined macro's sentence), the classes'
# \labelitemN (\item[\labelitemii]): what they print.
# babel-french's ordinals and quotes (frenchb.ldf: \ieme is \up{e}, \ier \up{er}, \no n\up{o},
# \primo 1\up{o}, \fprimo) 1\up{o}), \og «, \fg »): their raised letters on the line ("2\ieme{}
# édition" prints "2e édition"; a raised o as "º")
SIGNS = {"No": "№", "S": "§", "copyright": "©", **TEX_LOGOS,
         "arcsec": "″", "arcmin": "′", "arcdeg": "°", "space": " ",
         "sep": ",", "dots": "…", "ldots": "…", "textellipsis": "…",
         "cyrdash": "—", "ddag": "‡",
         "checkmark": "✓", "maltese": "✠", "circledR": "®", "yen": "¥",
         "ier": "er", "iers": "ers", "iere": "re", "ieres": "res", "ieme": "e", "iemes": "es",
         "no": "nº", "primo": "1º", "secundo": "2º", "tertio": "3º", "quarto": "4º",
         "fprimo": "1º", "fsecundo": "2º", "ftertio": "3º", "fquarto": "4º",
         "og": "«\u00a0", "fg": "\u00a0»", **DEFAULT_BULLETS}  # fmt: skip
# text-mode signs glued to what follows: "\\textminus 24" prints "−24" (TeX eats the space)
# babel's and fontenc's quotation marks too (\\glqq Wort\\grqq{} prints „Wort“: the space after the
# control word is TeX's, eaten)
GLUED_SIGNS = {"textminus": "−", "textbar": "|", "textquotedbl": '"',
               "glqq": "„", "grqq": "“", "glq": "‚", "grq": "‘", "flqq": "«", "frqq": "»", "flq": "‹",
               "frq": "›", "quotedblbase": "„", "quotesinglbase": "‚", "guilsinglleft": "‹",
               "guilsinglright": "›"}  # fmt: skip
# LaTeX's, textcase's and TeX's case changes print their argument in capitals or small letters
# ("\MakeUppercase{\romannumeral 1}" is "I"); one whose argument holds the reader's marks (a formula's
# token, an undefined macro's record) prints it unchanged, the marks' names intact
CASE_CHANGES: dict[str, Callable[[str], str]] = {
    "MakeUppercase": str.upper, "MakeTextUppercase": str.upper, "uppercase": str.upper,
    "MakeLowercase": str.lower, "MakeTextLowercase": str.lower, "lowercase": str.lower,
}  # fmt: skip
PRIVATE_MARK = re.compile("[\ue000-\uf8ff]")
CELL_MACROS = ("multirow", "makecell", "thead")  # a table cell's text is their last argument
# font and box macros pylatexenc does not know: their argument is the text
KEEP_CONTENT = (
    "texttt",
    "textsf",
    "textsc",
    "textrm",
    "textup",
    "textmd",
    "textnormal",
    "mbox",
    "hbox",
    "nolinkurl",
    "url",  # the address as written (pylatexenc wraps it in <…>)
    "raisebox",
    # LaTeX's boxes and graphicx's scalings: a width, position or factor, then the text (the last argument)
    "parbox",
    "makebox",
    "framebox",
    "fbox",
    "scalebox",
    "resizebox",
    "rotatebox",
    "textls",  # microtype's letterspacing: \textls[amount]{text}
    "tcbox",  # tcolorbox's inline box: \tcbox[options]{text}
    "gridline",  # AASTeX's row of \fig panels
    "added",  # AASTeX's revision marks: \added{new text}, \edit1{text}
    "edit",
    "collaboration",  # AASTeX's \collaboration{6}{name}: the name
    "up",  # babel-french's raised letters: M\up{me}, 1\up{er}
)
# the macros of packages every distribution has that print their braced argument, as the converter
# prints that of a macro it has no rule for: defined where the paper loads the package
# (``package_macros``), elsewhere counted as nothing defines them. lumses's "Студент \uline{…}" under
# \usepackage{ulem} was reported ``undefined_macros: {uline: 2}``
PACKAGE_TEXT_MACROS = {
    "ulem": ("uline", "uuline", "uwave", "sout", "xout", "dashuline", "dotuline"),  # underlines, strike-outs
    "soul": ("ul", "st", "hl", "so", "caps", "textul", "textst", "texthl", "textso", "textcaps"),
}


def package_macros(packages: Iterable[str]) -> frozenset[str]:
    """The macros the loaded ``packages`` define that print their argument (``PACKAGE_TEXT_MACROS``)."""
    return frozenset(name for package in packages for name in PACKAGE_TEXT_MACROS.get(package, ()))


# arities pylatexenc does not know: without them the arguments of a dropped macro stay as text
ARITIES = {
    "href": "[{{",
    "texorpdfstring": "{{",
    "url": "{",
    "author": "[{",
    "bibliographystyle": "{",
    "bibliography": "{",
    "hyphenation": "{",
    "graphicspath": "{",
    "submitjournal": "{",
    "shorttitle": "{",
    "shortauthors": "{",
    "affiliation": "{",
    "altaffiliation": "{",
    "orcidlink": "{",
    "index": "{",
    "glossary": "{",
    "orcid": "{",
    "draft": "{",
    "nocite": "{",
    "colhead": "{",
    "footnotemark": "[",
    "footnotetext": "[{",
    **dict.fromkeys(KEEP_CONTENT, "{"),
    # after the line above: a box's width, position or factor comes before its text
    "parbox": "[[[{{",
    "makebox": "[[{",
    "framebox": "[[{",
    "fbox": "{",
    "scalebox": "{[{",
    "resizebox": "*{{{",
    "rotatebox": "[{{",
    "textls": "*[{",
    "microtypecontext": "{",
    "lsstyle": "",
    "tikzset": "{",
    "tikzstyle": "{",
    "pgfdeclareshape": "{{",
    "pgfkeys": "{",
    "pgfplotsset": "{",
    "usetikzlibrary": "{",
    "tikzsetnextfilename": "{",
    "tikzexternalize": "[",
    "ifdefmacro": "{{{",
    "ifdef": "{{{",
    "ifundef": "{{{",
    "ifcsdef": "{{{",
    "ifcsundef": "{{{",
    "lstinputlisting": "[{",
    "inputminted": "[{{",
    "VerbatimInput": "[{",
    "BVerbatimInput": "[{",
    "LVerbatimInput": "[{",
    "verbatiminput": "{",
    "captiondelim": "{",
    "DefTblrTemplate": "{{{",
    "SetTblrTemplate": "{{",
    "SetCell": "[{",
    "SetRow": "[{",
    "subcaptionref": "*{",
    "caption": "*[{",
    "captionof": "*{[{",
    "subcaption": "*[{",
    "subcaptionbox": "[{{",
    "subfloat": "[[{",  # subfig's \subfloat[list entry][caption]{body}
    "ifnumequal": "{{{{",
    "ifstrequal": "{{{{",
    "ifnumcomp": "{{{{{",
    "ifdimequal": "{{{{",
    "iftoggle": "{{{",
    "ifbool": "{{{",
    "multicolumn": "{{{",
    "nomenclature": "[{{",
    "multirow": "{[{[{",
    "makecell": "[{",
    "thead": "[{",
    "thispagestyle": "{",
    "pagestyle": "{",
    "pagenumbering": "{",
    "tableofcontents": "*[",  # a class's title for it: \tableofcontents[Содержание] printed "[Содержание]"
    "listoffigures": "*[",
    "listoftables": "*[",
    "printbibliography": "[",
    "printnomenclature": "[",
    "includepdf": "[{",
    "setcounter": "{{",
    "addtocounter": "{{",
    "stepcounter": "{",
    "refstepcounter": "{",
    "newtotcounter": "{",
    "regtotcounter": "{",
    "addtocontents": "{{",
    "captionsetup": "[{",
    "titleformat": "*{[{{{{[",  # {command}[shape]{format}{label}{sep}{before}[after]
    "titlespacing": "*{{{{[",  # {command}{left}{before}{after}[right]
    "titlelabel": "{",
    "hypersetup": "{",
    "selectlanguage": "{",
    "foreignlanguage": "[{{",
    "newgeometry": "{",
    "setlength": "{{",
    "newlength": "{",
    "addtolength": "{{",
    "settowidth": "{{",
    "settoheight": "{{",
    "settodepth": "{{",
    "settototalheight": "{{",
    "newcounter": "{[",
    "addvspace": "{",
    "enlargethispage": "*{",
    "DeclareMathOperator": "*{{",
    "newtheorem": "*{[{[",
    "counterwithout": "*{{",
    "newenvironment": "*{[[{{",
    "urlstyle": "{",
    "fontsize": "{{",
    "fontencoding": "{",
    "typeout": "{",
    "fontfamily": "{",
    "fontseries": "{",
    "fontshape": "{",
    "usefont": "{{{{",
    "linespread": "{",
    "setmainfont": "[{[",  # fontspec: \setmainfont[features]{font}[features]
    "setsansfont": "[{[",
    "setmonofont": "[{[",
    "setmathfont": "[{[",
    "newfontfamily": "{[{[",  # \newfontfamily\cyrillicfont[features]{font}[features]
    "babelfont": "[{[{",  # \babelfont[languages]{family}[features]{font}
    "defaultfontfeatures": "[{",
    "nolinebreak": "[",
    "linebreak": "[",
    "microtypesetup": "{",
    "needspace": "{",
    "thanks": "{",
    "email": "[{",
    "ead": "[{",
    "address": "[{",
    "corref": "{",
    "cortext": "[{",
    "fnref": "{",
    "fntext": "[{",
    "tnoteref": "{",
    "tnotetext": "[{",
    "correspondingauthor": "{",
    "plotone": "{",
    "plottwo": "{{",
    "epsscale": "{",
    "epsfig": "{",
    "epsfbox": "{",
    "raisebox": "{[[{",
    "renewenvironment": "*{[[{{",
    "counterwithin": "*{{",
    "numberwithin": "[{{",
    "enquote": "*{",
    "textcircled": "{",
    "citetext": "{",
    "pdfbookmark": "[{{",
    "currentpdfbookmark": "{{",
    "subpdfbookmark": "{{",
    "belowpdfbookmark": "{{",
    "rule": "[{{",
    "tcbox": "[{",
    "deleted": "[{",
    "explain": "[{",
    "added": "[{",
    "edit": "{{",
    "replaced": "[{{",
    "collaboration": "{{",
    "fig": "{{{",
    "leftfig": "{{{",
    "rightfig": "{{{",
    "boxedfig": "{{{",
    "tcbset": "{",
    "authornotemark": "[",
    "newcolumntype": "{[{",
    "mdfsetup": "{",
    "mdfdefinestyle": "{{",
    "frontmatter": "*",
    "mainmatter": "*",
    "backmatter": "*",
}
# Environments whose arguments are set-up, not text: a table's column spec, a box's width and options,
# a language's name, biblatex's bibliography sections (``\begin{refsection}[bl-author, bl-registered]``
# printed "[bl-author, bl-registered]"), a column count, a line spacing.
LAYOUT_ENVIRONMENTS = {"tabular": "[{", "tabular*": "{[{", "tabularx": "{{", "longtable": "[{",
                       "array": "[{", "deluxetable": "{", "deluxetable*": "{", "minipage": "[[[{",
                       "subfigure": "[{", "wrapfigure": "[{{", "wraptable": "[{{", "otherlanguage": "{",
                       "otherlanguage*": "{", "refcontext": "[", "refsection": "[", "multicols": "{",
                       "multicols*": "{", "adjustbox": "{", "spacing": "{",
                       "interactive": "{{"}  # fmt: skip


# Tables, pictures and code are not prose: their internals (column specs, TikZ paths, cell
# separators, a template's box-measuring macros) are what left "[table]format=split" and
# "4|c|Выравнивание по центру" in the text. Each is taken out before conversion and becomes one
# ``structure`` span: a table's caption stays as a paragraph (the span covers it; without a caption
# the span is empty) and its cells, as text, go to the span's ``rows``; a picture leaves an empty
# ``picture`` span (its figure's caption is outside it and stays); a verbatim or listing block is
# kept verbatim as a ``code`` span, so a reader can tell code from prose.
TABLE_ENVIRONMENTS = {
    "table", "table*", "sidewaystable", "wraptable", "threeparttable", "tabular", "tabular*",
    "tabularx", "tabulary", "longtable", "longtable*", "tabu", "longtabu", "tblr", "longtblr",
    "talltblr", "supertabular", "xltabular", "deluxetable", "deluxetable*", "splitdeluxetable",
    "splitdeluxetable*",
}  # fmt: skip
# a grid's mandatory arguments before its rows (width, column spec)
GRID_ARGUMENTS = {"tabular": 1, "tabular*": 2, "tabularx": 2, "tabulary": 2, "longtable": 1,
                  "longtable*": 1, "tabu": 1, "longtabu": 1, "tblr": 1, "longtblr": 1, "talltblr": 1,
                  "supertabular": 1, "xltabular": 2, "deluxetable": 1, "deluxetable*": 1,
                  "splitdeluxetable": 1, "splitdeluxetable*": 1}  # fmt: skip
# tikz-timing's tikztimingtable draws a timing diagram (its rows are signal levels, "S & 1L 4H", no cells)
PICTURE_ENVIRONMENTS = {"tikzpicture", "pgfpicture", "picture", "pspicture", "tikzcd", "circuitikz",
                        "tikztimingtable"}  # fmt: skip
TIKZ_STYLE = re.compile(r"\\tikzstyle\s*\{[^{}]*\}\s*=?\s*\[[^\]]*\]")  # \tikzstyle{name}=[options]
# fancyvrb's environments with [options], and "Verb", the name templates give their own (Verbatim)
FANCYVRB = ("Verbatim", "Verbatim*", "BVerbatim", "LVerbatim", "Verb")
# pseudo-code (algorithmicx) is code too: its \State and \For read as no sentence
CODE_ENVIRONMENTS = {
    "verbatim",
    "verbatim*",
    *FANCYVRB,
    "lstlisting",
    "minted",
    "tcblisting",
    "alltt",
    "algorithmic",
    "macrocode",  # doc/ltxdoc's documented implementation (latex_code.VERBATIM_BODIES)
    "macrocode*",
}
DROPPED_ENVIRONMENTS = {"comment"}  # the comment package's block comments
# code typed verbatim, with no label or caption the numbering reads: taken out before the paper's
# macros expand (the thesis's \renewcommand of \omega turned the example it types into \upomega)
VERBATIM = frozenset({"verbatim", "verbatim*"})


EATEN_SPACE = "\ue008"  # the space a sign macro's name ended with
WORD_AFTER_EATEN_SPACE = re.compile(EATEN_SPACE + r"(?=[\w(\[«“„])")
# a logo's: before Latin letters they are the logo's suffix, as TeX prints it ("\TeX nical": TeXnical)
LOGO_SPACE = "\ue00e"
SUFFIX_AFTER_LOGO_SPACE = re.compile(LOGO_SPACE + "(?=[A-Za-z])")


def knows_macro(name: str) -> bool:
    """Whether the converter has a rule for the macro ``name`` (pylatexenc's or the reader's own)."""
    return _converter().knows(name)


def knows_environment(name: str) -> bool:
    """Whether the reader has a rule for the environment ``name``: the converter's (pylatexenc's or
    the layout ones), or it is a table, picture, code, display math or list the reader takes out."""
    bare = name.rstrip("*")
    return (
        _converter().knows_environment(name)
        or name in TABLE_ENVIRONMENTS | PICTURE_ENVIRONMENTS | VERBATIM | set(VERBATIM_BODIES) | set(FLOATS)
        or re.fullmatch(DISPLAY_MATH, bare) is not None
    )


def required_arguments(name: str) -> int:
    """How many braced arguments the converter's rule for the macro ``name`` requires: ``\\begin``
    and ``\\end`` one (the environment's name, read by the parser itself), a macro it does not
    know none (its arguments are not known)."""
    return 1 if name in ("begin", "end") else _converter().required_arguments(name)


def to_text(latex: str) -> str:
    text = SUFFIX_AFTER_LOGO_SPACE.sub("", _converter().latex_to_text(latex)).replace(LOGO_SPACE, EATEN_SPACE)
    return WORD_AFTER_EATEN_SPACE.sub(" ", text).replace(EATEN_SPACE, "")


# TeX's control symbols that print a sign or nothing and take no argument (\%, \}, \&, a control
# space): pylatexenc's parser knows none of them, and an unknown macro takes the options after it
# ("50\% [see] …" would lose "[see]", "\string\begin\{figure\}[htb!]" its "[htb!]"); accents
# (\' \" \^ …) and math delimiters (\( \[) are the parser's own
CONTROL_SYMBOLS = "{}%&#$_ ,;:!/@|*+-<>?"


@cache
def _converter() -> Any:
    """The reader's converter, made once (pylatexenc's context databases with the reader's rules)."""
    from pylatexenc.latex2text import LatexNodes2Text, MacroTextSpec
    from pylatexenc.latex2text import get_default_latex_context_db as text_defaults
    from pylatexenc.latexwalker import get_default_latex_context_db as parse_defaults
    from pylatexenc.macrospec import EnvironmentSpec, MacroSpec

    text_db = text_defaults()
    keep_last = [
        MacroTextSpec(name, simplify_repl=lambda node, l2tobj: _last_argument(node, l2tobj))
        for name in ("href", "author", "colhead", "foreignlanguage", *KEEP_CONTENT, *CELL_MACROS)
        if name not in SIZED_BOXES
    ]
    # babel-russian's \No and LaTeX's \S print signs
    # TeX eats the space after a control word ("\\TeX is" prints "TeXis"); the author meant it
    # before a word (EATEN_SPACE), not before "’у" (\\TeX ’у); Latin letters after a logo are its
    # suffix as TeX prints it (LOGO_SPACE: "\\TeX nical", "\\TeX book" are TeXnical, TeXbook)
    signs = [
        MacroTextSpec(
            name,
            simplify_repl=lambda node, l2tobj, sign=sign, name=name: (
                sign + (node.macro_post_space and (LOGO_SPACE if name in TEX_LOGOS else EATEN_SPACE))
            ),
        )
        for name, sign in SIGNS.items()
    ]
    quotes = [  # csquotes: the quotation marks the language sets
        MacroTextSpec(name, simplify_repl=lambda node, l2tobj: _quoted(_last_argument(node, l2tobj)))
        for name in ("enquote", "textquote")
    ]
    circled = MacroTextSpec(
        "textcircled", simplify_repl=lambda node, l2tobj: _circled(_last_argument(node, l2tobj))
    )
    # a footnote of the running text between marks: a paragraph of its own after its paragraph's
    note = MacroTextSpec(
        NOTE_COMMAND, simplify_repl=lambda node, l2tobj: marked_note(_last_argument(node, l2tobj))
    )
    # natbib's \citetext{priv.\ comm.}: the text in the citation's parentheses
    citetext = MacroTextSpec(
        "citetext", simplify_repl=lambda node, l2tobj: f"({_last_argument(node, l2tobj)})"
    )
    entries = [  # \nomenclature{FEM}{finite element method}: "FEM — finite element method", a paragraph each
        MacroTextSpec(
            "nomenclature",
            simplify_repl=lambda node, l2tobj: (
                "\n\n" + " — ".join(_nth_argument(node, l2tobj, n).strip() for n in (1, 2)) + "\n\n"
            ),
        )
    ]
    keep_nth = [
        MacroTextSpec(name, simplify_repl=lambda node, l2tobj, n=n: _nth_argument(node, l2tobj, n))
        for name, n in NTH_ARGUMENT.items()
        if name not in CAPTIONS
    ]
    # a float's caption is a paragraph of its own, also where the float stands inside running text
    # with no blank line around it ("…на листинге А.1.\begin{ListingEnv}\caption{Программа}"), and
    # so is each subfigure's ("а) Первый подрисунок")
    captions = [
        MacroTextSpec(
            name,
            simplify_repl=lambda node, l2tobj, n=n, name=name: _caption(
                _nth_argument(node, l2tobj, n), _records_in(node, l2tobj, CAPTION_BODIES.get(name))
            ),
        )
        for name, n in NTH_ARGUMENT.items()
        if name in CAPTIONS
    ]
    captions.append(
        MacroTextSpec(
            "subfloat",
            simplify_repl=lambda node, l2tobj: _caption(
                _last_option(node, l2tobj), _nth_argument(node, l2tobj, 2)
            ),
        )
    )
    cased = [
        MacroTextSpec(
            name, simplify_repl=lambda node, l2tobj, c=change: _cased(_last_argument(node, l2tobj), c)
        )
        for name, change in CASE_CHANGES.items()
    ]
    text_db.add_context_category(
        "sloika",
        macros=[
            *keep_last,
            *cased,
            *keep_nth,
            *captions,
            *entries,
            *quotes,
            citetext,
            note,
            # a note's text alone outside the running text (a cell, a title): as pylatexenc's \footnote
            MacroTextSpec("footnotetext", simplify_repl="[%(2)s]"),
            circled,
            *signs,
            *(MacroTextSpec(name, simplify_repl=sign) for name, sign in GLUED_SIGNS.items()),
            *(MacroTextSpec(name, simplify_repl="") for name in (*DROPPED_MACROS, *CITE_COMMANDS)),
            *(MacroTextSpec(name, simplify_repl="") for name in AUTHOR_NOTES),  # a title's, a cell's
            *(MacroTextSpec(name, simplify_repl=" ") for name in BREAKS_BETWEEN_WORDS),
            *_spacing_specs(MacroTextSpec),
        ],
        prepend=True,
    )
    parse_db = parse_defaults()
    parse_db.add_context_category(
        "sloika",
        macros=[
            *(MacroSpec(name, "[{") for name in IMAGE_INCLUDES),
            MacroSpec("addcontentsline", "{{{"),
            MacroSpec(MISSING_INCLUDE_COMMAND, "{{"),  # the include's command, the file's name
            MacroSpec(NOTE_COMMAND, "[{"),  # \footnote[mark]{text}
            *(MacroSpec(name, "*[[{") for name in CITE_COMMANDS),  # a citation left to the converter
            *(MacroSpec(name, args) for name, args in {**ARITIES, **AUTHOR_NOTES}.items()),
            *(MacroSpec(symbol, "") for symbol in CONTROL_SYMBOLS),
            *(MacroSpec(name, "") for name in _sign_names(text_db, parse_db)),
            *(MacroSpec(name, "") for name in ARGUMENTLESS_SPACES),
            *(MacroSpec(name, "{") for name in (*LINE_BOXES, *CASE_CHANGES)),
        ],
        environments=[EnvironmentSpec(name, args) for name, args in LAYOUT_ENVIRONMENTS.items()],
        prepend=True,
    )
    # a macro no package here defines prints nothing, and the options right after it are its own
    # (a control symbol is no such macro: ``CONTROL_SYMBOLS``)
    # ("\\lipsum[1-22]", "\\csvreader[style, separator=pipe]{…}"), not text; its braced arguments
    # stay text (a class's caption argument is the caption)
    parse_db.set_unknown_macro_spec(MacroSpec("", "["))
    return _Converter(LatexNodes2Text(latex_context=text_db, math_mode="verbatim"), parse_db)


def _spacing_specs(spec: Any) -> list[Any]:
    """The text rules of the spacing commands (``latex_spacing``): horizontal space and LaTeX's
    vertical space in a paragraph a space, ``\\vfill`` a paragraph break, a sized box's text apart, a
    line box's text a paragraph of its own."""
    return [
        *(spec(name, simplify_repl=lambda node, l2tobj: space_of(node)) for name in ("hspace", "vspace")),
        *(spec(name, simplify_repl=" ") for name in (*HORIZONTAL_SPACES, *SPACES_IN_PARAGRAPH)),
        *(spec(name, simplify_repl="\n\n") for name in PARAGRAPH_ENDING_SPACES),
        *(
            spec(name, simplify_repl=lambda node, l2tobj: sized_box(node, _last_argument(node, l2tobj)))
            for name in SIZED_BOXES
        ),
        *(
            spec(name, simplify_repl=lambda node, l2tobj: f"\n\n{_last_argument(node, l2tobj)}\n\n")
            for name in LINE_BOXES
        ),
    ]


def _sign_names(text_db: Any, parse_db: Any) -> list[str]:
    """Macros the text conversion prints as a fixed sign (``\\textbackslash``, ``\\dots``, ``\\S``, the
    logos) that the parser does not know: they take no argument, so a "[" after them is text. As an
    unknown macro each took the options after it, silently: l2tabu-spanish's
    ``\\texttt{\\textbackslash [\\dots\\textbackslash]}`` printed "\\" and lost "[…\\]"."""
    fixed = [spec.macroname for spec in text_db.iter_macro_specs() if _is_sign(spec.simplify_repl)]
    names = [*fixed, *SIGNS, *GLUED_SIGNS]
    unknown = parse_db.unknown_macro_spec
    return [name for name in dict.fromkeys(names) if parse_db.get_macro_spec(name) is unknown]


def _is_sign(replacement: Any) -> bool:
    """Whether a text rule prints a constant, visible sign: not a template ("%s"), not blank or
    invisible (a break, a space, \\nolinebreak's word joiner: those may take options)."""
    sign = replacement.strip() if isinstance(replacement, str) else ""
    return bool(sign) and sign.isprintable() and "%" not in sign


def _last_argument(node: Any, l2t: Any) -> str:
    arguments = [arg for arg in getattr(node.nodeargd, "argnlist", None) or [] if arg is not None]
    return l2t.nodelist_to_text([arguments[-1]]) if arguments else ""


def _cased(text: str, change: Callable[[str], str]) -> str:
    """``text`` in the case ``change`` gives it, unless it holds the reader's marks (``CASE_CHANGES``)."""
    return text if PRIVATE_MARK.search(text) else change(text)


def _circled(text: str) -> str:
    """What ``\\textcircled`` prints: a letter or a number up to 20 as its circled character (ⓡ, Ⓐ,
    ①: econ-bst's author separator ``\\textcircled{r}`` read as a plain "r"), another single
    character with the combining enclosing circle after it, longer text as it is."""
    text = text.strip()
    if len(text) == 1 and "a" <= text <= "z":
        return chr(0x24D0 + ord(text) - ord("a"))
    if len(text) == 1 and "A" <= text <= "Z":
        return chr(0x24B6 + ord(text) - ord("A"))
    if text.isascii() and text.isdigit() and int(text) <= 20:
        return chr(0x24EA) if int(text) == 0 else chr(0x2460 + int(text) - 1)
    return text + "\u20dd" if len(text) == 1 else text


def _quoted(text: str) -> str:
    """``text`` in the quotation marks of its script: «…» for Cyrillic, “…” otherwise."""
    if not text.strip():
        return ""  # a field left empty in a template: no «» in the text
    return f"«{text}»" if re.search("[а-яёА-ЯЁ]", text) else f"“{text}”"


def _nth_argument(node: Any, l2t: Any, n: int) -> str:
    """The text of argument ``n`` (0-based, as the arity string counts them; absent: nothing)."""
    arguments = getattr(node.nodeargd, "argnlist", None) or []
    return l2t.nodelist_to_text([arguments[n]]) if n < len(arguments) and arguments[n] is not None else ""


def _caption(text: str, body: str) -> str:
    """A caption's ``text`` as a paragraph of its own, then what its box's ``body`` leaves: subfig's
    ``\\subfloat`` prints its body (a picture's record, a table), caption's ``\\subcaptionbox`` only the
    ``removed`` records in it (``_records_in``)."""
    return f"\n\n{text}\n\n{body}"


def _records_in(node: Any, l2t: Any, n: int | None) -> str:
    """The marks of ``removed`` records (``SETTING_USE``: a picture's ``included_picture``) in argument
    ``n``, which prints no text of its own: a subfigure's picture left no record with its body."""
    if n is None:
        return ""
    return "".join(found[0] for found in SETTING_USE.finditer(_nth_argument(node, l2t, n)))


def _last_option(node: Any, l2t: Any) -> str:
    """The text of the last ``[…]`` option given before the braced argument: subfig's ``\\subfloat``
    prints it as the subfigure's caption (``[caption]``, or ``[list entry][caption]``). Unknown, the
    command printed its body and the caption went silently ("\\subfloat[Левый]{…}")."""
    options = [argument for argument in (getattr(node.nodeargd, "argnlist", None) or [])[:2] if argument]
    return l2t.nodelist_to_text([options[-1]]) if options else ""


# the spaces or tabs of a blank line: to TeX such a line is empty (a paragraph break), but pylatexenc
# takes the line end and those spaces after a macro as the macro's own trailing space ("\\vfill",
# "\n\t\n", "Отчет"): the break was lost and a title page's lines ran into one another
SPACES_ON_BLANK_LINE = re.compile(r"(?<=\n)[ \t]+(?=\n)")


class _Converter:
    """pylatexenc's walker with our macro arities, then its text conversion."""

    def __init__(self, to_text: Any, parse_db: Any):
        self.to_text, self.parse_db = to_text, parse_db

    def knows(self, name: str) -> bool:
        text_db = self.to_text.latex_context
        return (
            self.parse_db.get_macro_spec(name) is not self.parse_db.unknown_macro_spec
            or text_db.get_macro_spec(name) is not text_db.unknown_macro_spec
        )

    def required_arguments(self, name: str) -> int:
        spec = self.parse_db.get_macro_spec(name)
        return getattr(spec.args_parser, "argspec", "").count("{")

    def knows_environment(self, name: str) -> bool:
        text_db = self.to_text.latex_context
        return bool(self.parse_db.get_environment_spec(name) or text_db.get_environment_spec(name))

    def latex_to_text(self, latex: str) -> str:
        latex = SPACES_ON_BLANK_LINE.sub("\n", latex)
        try:
            return self._convert(latex)
        except Exception:  # noqa: BLE001 - a macro pylatexenc misreads must not cost the whole stretch
            return "\n\n".join(self._paragraph(part) for part in re.split(r"\n\s*\n", latex))

    def _paragraph(self, latex: str) -> str:
        try:
            return self._convert(latex)
        except Exception:  # noqa: BLE001 - last resort: drop the commands, keep their arguments' text
            return re.sub(r"[{}~]", " ", re.sub(r"\\[A-Za-z@]+\*?(?:\[[^\]]*\])?", " ", latex))

    def _convert(self, latex: str) -> str:
        from pylatexenc.latexwalker import LatexWalker

        nodes, _, _ = LatexWalker(latex, latex_context=self.parse_db, tolerant_parsing=True).get_latex_nodes()
        return self.to_text.nodelist_to_text(nodes)
