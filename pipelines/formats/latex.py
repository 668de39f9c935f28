"""LaTeX papers: the main .tex with its \\input/\\include files, to plain text with sections.

Includes are followed only inside the main file's folder: a path that leaves it (``../``, an
absolute path, a symlink target is not consulted) is refused and recorded, so a paper can't pull
``/etc/passwd`` into a corpus. Text comes from pylatexenc (MIT), which knows LaTeX's accents,
dashes and macro arguments; sections come from \\chapter/\\section/\\subsection/\\subsubsection;
math is kept as LaTeX source or replaced by a placeholder, and each formula is a ``math`` span.
A .tex file without ``\\begin{document}`` is a chapter: rejected as a fragment where a main file
within the input reads it (its text is that paper's, never a duplicate document), else read whole,
marked ``fields.fragment`` (a thesis's chapters given without their main file); such a chapter finds
an include not beside it in the folders above it within the input, as TeX does from the main file's
folder, and a file it reads is then refused as a fragment of it.
"""

from __future__ import annotations

import bisect
import contextlib
import os
import posixpath
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

import fsspec

from sloika.pipelines.formats.base import FormatError, Parsed, TextBuilder, decode_utf8, lf_line_ends
from sloika.pipelines.formats.latex_bbl import printed_bibitems, read_bbl
from sloika.pipelines.formats.latex_boxes import box_titles, used_boxes
from sloika.pipelines.formats.latex_class_sections import class_sections
from sloika.pipelines.formats.latex_code import (
    ARGUMENTS,
    HIDDEN,
    SAVE_VERB,
    VERBATIM_BODIES,
    after_arguments,
    code_attrs,
    declared_verbatim,
    hide_code,
    saved_verbatim,
    show_code,
    used_verbatim,
    with_listing_defaults,
    without_blank_edges,
)
from sloika.pipelines.formats.latex_computed import (
    MARK,
    drop_computed,
    drop_computed_and_orphans,
    drop_reference_asides,
    mark_computed,
)
from sloika.pipelines.formats.latex_conditionals import PACKAGES, Conditionals
from sloika.pipelines.formats.latex_dirtree import dirtrees
from sloika.pipelines.formats.latex_doc import described_names
from sloika.pipelines.formats.latex_engine import control_words_ended, unicode_engine
from sloika.pipelines.formats.latex_environments import (
    undeclared_environments,
    without_unknown_environment_settings,
)
from sloika.pipelines.formats.latex_folder import folder_definitions, tex_files_below
from sloika.pipelines.formats.latex_frames import frame_titles
from sloika.pipelines.formats.latex_front import (
    FIRST_HEADING,
    TitleBlock,
    author_lines_apart,
    field_lines_apart,
    front_matter,
    inside_environment,
    title_block,
    title_page_fields,
)
from sloika.pipelines.formats.latex_german import (
    babel_language,
    german_shorthands,
    loads_german,
    sets_language,
    umlauts_in_words,
)
from sloika.pipelines.formats.latex_labels import label_titles, labels_set_by_hand, replace_namerefs
from sloika.pipelines.formats.latex_lead_ins import COLON_OF_CUT_SAMPLE, TAIL_OF_CUT_SAMPLE, lead_ins_of_cut
from sloika.pipelines.formats.latex_lists import ITEM_MARK, number_items
from sloika.pipelines.formats.latex_macros import (
    CHAPTER,
    CITE,
    CONTROL_WORD_END,
    FLOATS,
    LINE_BREAK,
    Macro,
    Theorem,
    add_headings,
    bib_files,
    cited_keys,
    collect_macros,
    environment_end,
    expand_macros,
    group,
    number_labels,
    option_value,
    read_bib,
    render_citation,
    replace_refs,
    skip_space,
    split_multicites,
    theorems,
    with_style_words,
    with_year_suffixes,
)
from sloika.pipelines.formats.latex_running_heads import (
    marked_running_heads,
    running_head,
    running_head_texts,
)
from sloika.pipelines.formats.latex_shorthands import babel_shorthands
from sloika.pipelines.formats.latex_spacing import (
    ARGUMENTLESS_SPACES,
    HORIZONTAL_SPACES,
    LINE_BOXES,
    PARAGRAPH_ENDING_SPACES,
    SIZED_BOXES,
    SPACES_IN_PARAGRAPH,
    ZERO_WIDTH,
    box_to_makebox,
    prints_nothing,
    sized_box,
    space_of,
)
from sloika.pipelines.formats.latex_symbols import symbol_text
from sloika.pipelines.formats.latex_undefined import (
    PAGE_FURNITURE,
    PRINTS_NOTHING,
    Cut,
    declared_lengths,
    drop_undefined,
    mark_undefined,
    named,
    printed_nothing,
    stored_arguments,
    unprinted_argument,
    without_marks,
)
from sloika.pipelines.formats.latex_units import declared_units, expand_siunitx, number_style
from sloika.pipelines.formats.pdf import heading_label
from sloika.pipelines.formats.pdf_joins import join_hyphenated
from sloika.text.spans import Span

MAX_DEPTH = 20
MAX_INCLUDED_BYTES = 50_000_000  # all included text of one paper together
MAX_INCLUDES = 1_000  # \input/\include expansions per paper (a long thesis has a few dozen)
# a comment takes its line's end with it, as in TeX ("{%\n  \\cite{x}%\n}" is one word); before a
# blank line the line end stays, so the paragraph break does
COMMENT = re.compile(r"(?<!\\)%[^\n]*(?:\n(?![ \t]*\n)[ \t]*)?")
# TeX's own "\input date" names its file up to the next space (read by the converter as a macro, it
# printed "ate": the one-letter argument "d" swallowed); only on a line of its own, as a file's
# input is typed: mid-line it may be code a short-verb "|…|" shows, not yet taken out here
INCLUDE = re.compile(r"\\(?:input|include|subfile)\s*\{([^}]*)\}|^[ \t]*\\input[ \t]+([\w./-]+)[ \t]*$", re.M)
DOCUMENT_BEGIN, DOCUMENT_END = re.compile(r"\\begin\{document\}"), re.compile(r"\\end\{document\}")
# where a paper types LaTeX as code: "\\verb|\\end{document}|" ends no document
CODE_BLOCK = re.compile(
    r"\\begin\{(verbatim\*?|Verbatim\*?|[BL]Verbatim|lstlisting|minted|alltt|algorithmic)\}.*?\\end\{\1\}",
    re.S,
)
TYPED_CODE = re.compile(r"\\begin\{(verbatim\*?|Verbatim\*?|lstlisting|minted|comment)\}.*?\\end\{\1\}", re.S)
# Display math environments, each also starred: LaTeX's, amsmath's (alignat and its deprecated
# xalignat, xxalignat included) and breqn's. One missing is converted as text instead of kept as
# source: its "\\" then read "[b, \infty) …" on the next row as an optional argument with no "]" and
# the rest of the document was lost (an ``alignat*`` in a topology homework).
DISPLAY_MATH = (
    "equation|align|alignat|xalignat|xxalignat|flalign|gather|multline|eqnarray|displaymath|math"
    "|dmath|dseries|dgroup|darray"
)
# TeX ends math mode at a paragraph break ("Missing $ inserted"): a "$" with no partner in its
# paragraph (a "$i" in code read as LaTeX) must not pair with one chapters further on, or all between
# is taken as a formula and kept as LaTeX source
IN_PARAGRAPH = r"(?:(?!\n[ \t]*\n).)"
# nor does inline math run over the start or end of an environment that cannot stand in a formula:
# a "$pi" in an unknown code environment (gretl's ``code``) paired with the "$" of "$\pi$" two
# environments further on and kept "\end{code} … \begin{itemize} \item" as one formula. The
# environments of math (arrays, matrices, cases, aligned blocks) are inside formulas by design
MATH_INSIDE = r"(?:array|subarray|[a-zA-Z]*matrix|[a-z]*cases|aligned|alignedat|gathered|split|multlined)\*?"
IN_INLINE = rf"(?:(?!\n[ \t]*\n)(?!\\(?:begin|end)\{{(?!{MATH_INSIDE}\}})).)"
MATH = re.compile(
    rf"\$\${IN_PARAGRAPH}+?\$\$|(?<!\\)\${IN_INLINE}+?(?<!\\)\$|\\\[.+?\\\]|\\\(.+?\\\)"
    rf"|\\begin\{{({DISPLAY_MATH})(\*?)\}}.*?\\end\{{\1\2\}}",
    re.S,
)
DISPLAY_START = ("\\begin", "\\[", "$$")
# what ends a sentence before a display: the display stands on its own, not in the sentence
SENTENCE_END_BEFORE = re.compile(r"(?:\A|\n[ \t]*\n|[.:!?])\s*\Z")


def display_ends_paragraph(formula: re.Match) -> bool:
    """Whether the display ``formula`` (a ``MATH`` match) ends its paragraph: it opens the paragraph
    or follows a sentence's end, and the words after it open a sentence. TeX goes on with the
    paragraph after a display, but such a display is a block of its own, as a table is; the next
    sentence glued to its source read "\\end{eqnarray*} In order to replace…" (pxfontsdoc's symbol
    tables). A display inside a sentence ("…the gradient is ⟨display⟩ where $x$…") stays in it."""
    if not formula.group(0).startswith(DISPLAY_START):
        return False
    source = formula.string
    after = source[formula.end() : formula.end() + 200].lstrip(" \t")
    after = after[1:].lstrip(" \t") if after.startswith("\n") else after
    before = source[max(0, formula.start() - 200) : formula.start()]
    return after[:1].isupper() and SENTENCE_END_BEFORE.search(before) is not None


# amsmath's \intertext/\shortintertext: a line of prose between two rows of one alignment
INTERTEXT = re.compile(r"\\(?:short)?intertext\s*(?=\{)")
LAST_ROW_BREAK = re.compile(r"\s*\\\\\s*\Z")
DISPLAY_OPEN = re.compile(rf"\\begin\{{(?:{DISPLAY_MATH})\*?\}}(?:\{{[^{{}}]*\}})?")


def split_intertext(source: str) -> str:
    """Each display math environment parted at its ``\\intertext{…}``: the prose between its rows is a
    paragraph of text, not formula source ("We can then solve for $n_1$:" in an ``alignat*``), and
    each part of the alignment a display of its own, as the PDF reads them."""

    def part(match: re.Match) -> str:
        whole = match.group(0)
        opening = DISPLAY_OPEN.match(whole)
        if not opening or not INTERTEXT.search(whole):
            return whole
        closing = whole[whole.rindex("\\end{") :]
        pieces, cursor = [], opening.end()
        for found in INTERTEXT.finditer(whole, opening.end()):
            if found.start() < cursor:
                continue
            braced = group(whole, found.end())
            if braced is None:
                continue
            rows = LAST_ROW_BREAK.sub("", whole[cursor : found.start()])  # the row break before the prose
            pieces.append(f"{opening.group(0)}{rows}\n{closing}\n\n{braced[0]}\n\n")
            cursor = braced[1]
        pieces.append(f"{opening.group(0)}{whole[cursor : len(whole) - len(closing)]}{closing}")
        return "".join(pieces)

    return MATH.sub(part, source)


# \paragraph's title runs into its text in the PDF ("Setup We use …" as plain text): a heading here;
# \part is one level above \chapter (a manual's "\part{Без набора данных}\label{…}" read as text, the
# label's key printed after it)
HEADING = re.compile(
    r"\\(part|chapter|section|subsection|subsubsection|paragraph|subparagraph)\*?\s*(?:\[[^\]]*\])?\s*\{"
    r"|\\begin\{thebibliography\}"
)
LEVELS = {"part": -1, "chapter": 0, "section": 1, "subsection": 2, "subsubsection": 3, "paragraph": 4,
          "subparagraph": 5, "thebibliography": 0}  # fmt: skip
TOKEN = re.compile("\ue000(\\d+)\ue001")  # a formula, stashed before conversion
CITATION = re.compile("\ue002(\\d+)\ue003")  # a rendered citation, stashed likewise
BLOCK = "\ue004{}\ue005"  # a table, picture or code block, stashed likewise
PIECE = re.compile("\ue000(\\d+)\ue001|\ue002(\\d+)\ue003|\ue004(\\d+)\ue005")
REFERENCES = "citations"
INVISIBLE_MATH = "invisible_math"  # a formula that prints nothing: "$\\phantom{asdf}$", blank room
PRINTS_NO_TEXT = frozenset({PAGE_FURNITURE, INVISIBLE_MATH})  # records that leave no lead-in orphaned
BARE_COMMAND = re.compile(r"\\[A-Za-z@]+")  # a record of a command alone, without arguments
LETTER = re.compile(r"[^\W\d_]")  # a letter of any script: a paragraph without one is no prose
TITLE = re.compile(r"\\title\s*(?:\[[^\]]*\])?\s*\{")
# the paper's language, for "рис." or "fig.": more Cyrillic letters than Latin ones outside commands
CYRILLIC, LATIN = re.compile("[а-яёА-ЯЁ]"), re.compile("[A-Za-z]")
COMMAND_NAME = re.compile(r"\\[A-Za-z@]+")
PROOF = {"ru": "Доказательство", "en": "Proof"}
PLACEMENT = re.compile(r"(\\begin\{[^}]+\})\s*\[[!htbpH]{1,6}\]")  # a float's placement, "[!h]"
PAR = re.compile(r"\\par(?![A-Za-z@])")  # a paragraph break pylatexenc would read as nothing
# xspace prints a space unless punctuation, a closing brace or a space (kept by expansion) follows
XSPACE = re.compile(r"\\xspace(?![A-Za-z@])")
XSPACE_SILENT = re.compile(r"\\xspace(?![A-Za-z@])(?=[\s,.'/?;:!~\-)}]|\\(?:[ /]|footnote)|$)")
# an address (\url, \nolinkurl, \href's) is verbatim: its & # % are characters, not LaTeX's cell and
# parameter signs and comment
URL = re.compile(r"(\\(?:url|nolinkurl|href)\s*(?:\[[^\]]*\])?\s*\{)([^{}]*)\}")
# natbib (loaded by itself or by AASTeX) makes \cite textual: "Lupton et al. (2004) describe"
NATBIB = re.compile(
    r"\\usepackage\s*(?:\[[^\]]*\])?\{[^}]*\bnatbib\b|\\documentclass\s*(?:\[[^\]]*\])?\{aastex"
)
BIB_FIELDS = ("author", "title", "year", "journal", "booktitle", "doi", "url")
AASTEX = re.compile(r"\\documentclass\s*(?:\[[^\]]*\])?\{aastex")
AASTEX_TABLENUM = re.compile(r"\\tablenum(?![A-Za-z@])")
# What a document class prints with a command of its own, where reading the command away would
# leave its argument unexplained: AASTeX's \software{…} list stands after "Software:", its
# \facilities{…} after "Facilities:" (\facility{…}: "Facility:"). A paper's own definition comes
# later in its preamble and wins.
CLASS_MACROS = (
    (AASTEX, r"\newcommand{\software}[1]{\par Software: #1\par}"),
    (AASTEX, r"\newcommand{\facilities}[1]{\par Facilities: #1\par}"),
    (AASTEX, r"\newcommand{\facility}[1]{\par Facility: #1\par}"),
)
PLACEHOLDER = "[math]"
# a break in the line prints at least a space: the words on either side are two ("операции:\\newline
# a) Двойная" read "операции:a)Двойная", "Слово\\linebreak другое" "Словодругое"); in running text
# \\newline is a line break like "\\\\" (``NEWLINE``), this is what is left (a table's cell, a field)
BREAKS_BETWEEN_WORDS = ("newline", "linebreak")
# a picture from a file prints no text: graphicx's, the svg package's (its file name printed as a
# paragraph, "physlabwork_3week_exp_setup"), pdfpages' pages of a PDF
IMAGE_INCLUDES = ("includegraphics", "includesvg", "includeinkscape", "includepdf")
DROPPED_MACROS = (
    "cite",
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
# The TeX family's logos (LaTeX's own, hologo's, metalogo's, doc's): their names. A paper's own
# definition of one draws the logo with kerns, lowered letters and small capitals, and prints its
# name too (``_drawn_logo``): econ-bst's ``\def\BibTeX{{\rm B\kern-.05em…}}`` printed nothing ("is
# a style file"), its kerns being TeX programming to ``collect_macros``.
TEX_LOGOS = {"TeX": "TeX", "LaTeX": "LaTeX", "LaTeXe": "LaTeX2e", "BibTeX": "BibTeX", "XeTeX": "XeTeX",
             "XeLaTeX": "XeLaTeX", "LuaTeX": "LuaTeX", "LuaLaTeX": "LuaLaTeX", "pdfTeX": "pdfTeX",
             "pdfLaTeX": "pdfLaTeX", "eTeX": "e-TeX", "ConTeXt": "ConTeXt", "AmS": "AMS",
             "AmSTeX": "AMS-TeX", "AMSTeX": "AMS-TeX", "AmSLaTeX": "AMS-LaTeX", "AMSLaTeX": "AMS-LaTeX",
             "SliTeX": "SliTeX", "PiCTeX": "PiCTeX", "MF": "METAFONT", "METAFONT": "METAFONT",
             "METAPOST": "MetaPost", "BibLaTeX": "BibLaTeX"}  # fmt: skip


def _drawn_logo(name: str, macro: Macro, macros: dict[str, Macro]) -> bool:
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
# (\item[\checkmark]: unknown, it cut the item as an undefined macro's sentence): what they print.
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
         "og": "«\u00a0", "fg": "\u00a0»"}  # fmt: skip
# text-mode signs glued to what follows: "\\textminus 24" prints "−24" (TeX eats the space)
# babel's and fontenc's quotation marks too (\\glqq Wort\\grqq{} prints „Wort“: the space after the
# control word is TeX's, eaten)
GLUED_SIGNS = {"textminus": "−", "textbar": "|", "textquotedbl": '"',
               "glqq": "„", "grqq": "“", "glq": "‚", "grq": "‘", "flqq": "«", "frqq": "»", "flq": "‹",
               "frq": "›", "quotedblbase": "„", "quotesinglbase": "‚", "guilsinglleft": "‹",
               "guilsinglright": "›"}  # fmt: skip
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
    "todo": "[{",
    "draft": "{",
    "nocite": "{",
    "colhead": "{",
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


def parse_latex(path: str, data: bytes, math: str, input_folder: str | None = None) -> list[Parsed]:
    """The paper of the main file ``path``; ``input_folder`` is the input it was found in (None: the
    file alone), where a chapter without ``\\begin{document}`` looks for the main file that reads it."""
    source, encoding = _decode(data)
    bodies: list[str] = []  # verbatim code, hidden from the includes, comments and macros (latex_code)
    verbatim = _declared_verbatim(source, posixpath.dirname(path), encoding)
    uncommented = _tight_edges(
        _uncomment(hide_code(source, bodies, VERB_OR_COMMENT, _knows_environment, verbatim))
    )
    body = _body(uncommented)
    fragment = body is None
    if body is None:  # refused, or read whole as a body of its own
        _refuse_fragment(uncommented, path, input_folder, encoding)
        body = (0, len(uncommented))
    notes: dict[str, list[str]] = {"included": [], "refused_includes": [], "missing_includes": []}
    root = posixpath.dirname(path)
    chain, budget = (posixpath.normpath(path),), [MAX_INCLUDED_BYTES, MAX_INCLUDES]
    conditionals = Conditionals(lambda name: _exists(root, name))
    preamble = conditionals.resolve(
        _typed_pairs(_flatten(uncommented[: body[0]], root, notes, 0, chain, budget, encoding, bodies))
    )
    ended = _ended_as_the_engine_reads(source, preamble)
    preamble = ended(preamble)
    _, macros = collect_macros("".join(m for c, m in CLASS_MACROS if c.search(preamble)) + preamble)
    blocks: list[Block] = []
    # inline code first: a user macro of the same name must not expand inside \verb!\autocite!
    above = tuple(_folders_up(path, input_folder)[1:]) if fragment else ()  # the main file's folder is one
    flat = _typed_pairs(
        _flatten(
            uncommented[body[0] : body[1]], root, notes, 0, chain, budget, encoding, bodies, verbatim, above
        )
    )
    flat = used_verbatim(flat, saved_verbatim(uncommented))  # fancyvrb's \UseVerb: the text it saved
    flat = stash_inline_code(short_verb(flat, class_short_verbs(preamble) + preamble), blocks)
    flat = with_listing_defaults(flat, preamble)  # \lstset's caption and label (a \verb's hidden above)
    flat = described_names(flat, lambda code, inline: _code(code, inline, blocks), macros.__contains__)
    flat = stash_blocks(flat, blocks, VERBATIM)  # "\\(\\omega\\)" typed there is not the \\upomega it means
    flat = ended(flat)  # the code stashed: \\verb|\\bfseriesМосква| is as typed
    definitions = flat  # \renewcommand\thechapter{\Asbuk{chapter}} after \appendix says how appendices print
    flat, macros = collect_macros(conditionals.resolve(flat), macros)
    macros = _with_folder_definitions(preamble + flat, macros, path, notes, encoding)
    macros = {name: macro for name, macro in macros.items() if not _drawn_logo(name, macro, macros)}
    macros = _stored_values(preamble + flat, macros)
    flat, stopped = expand_macros(flat, macros, printed_nothing)
    flat = ended(flat)  # a definition's "\\bfseries#1" given "Москва" runs them together
    flat = used_boxes(flat)  # a saved box prints where \usebox uses it, the saving prints nothing
    # after the expansion: a thesis's \nomencl{$r$}{…} writes its \nomenclature entry through a macro
    flat = gather_nomenclature(flat, _nomenclature_title(preamble, macros))
    flat = conditionals.resolve(flat)
    flat = strip_environment_arguments(without_excluded(flat, preamble + flat), preamble + flat)
    flat = box_titles(flat, preamble + flat)  # before settings go: a box's options hold its title
    flat = frame_titles(flat)
    flat = dirtrees(flat, lambda tree: _code_paragraph(tree, "dirtree", blocks), _to_text)
    defined = {found["name"] for found in ENVIRONMENT_DEFINITION.finditer(preamble + flat)}
    flat = without_environment_definitions(flat)
    known = lambda name: name in defined or _knows_environment(name)  # noqa: E731
    flat = without_unknown_environment_settings(flat, known)
    flat, front = front_matter(flat)
    flat = PLACEMENT.sub(r"\1", flat)
    if stopped:
        notes["macro_budget_exceeded"] = ["expansion stopped: a macro that keeps expanding?"]
    flat = XSPACE.sub(" ", XSPACE_SILENT.sub("", URL.sub(_verbatim_url, flat)))
    flat = _outside_code(flat, lambda text: without_register_settings(text, declared_lengths(preamble)))
    flat = _outside_code(flat, _typeset_text)
    if QQRU.search(preamble):
        flat = _outside_code(flat, lambda text: _outside_math(text, _qqru_quotes))
    shorthands = _language_shorthands(preamble)  # W"urzburg, Stra"se, secci'on, espa~nol
    flat = _outside_code(flat, lambda text: _outside_math(text, shorthands))
    if AASTEX.search(preamble) and "siunitx" not in preamble:  # AASTeX's \tablenum{5}: a table's number
        flat = AASTEX_TABLENUM.sub(r"\\AAStablenum", flat)
    flat = expand_siunitx(flat, declared_units(preamble + flat), number_style(preamble))
    lang = "ru" if len(CYRILLIC.findall(flat)) > len(LATIN.findall(COMMAND_NAME.sub("", flat))) else "en"
    proof = Theorem(PROOF[lang], None, None, note_replaces_title=True)
    declared = {"proof": proof, **theorems(preamble + flat)}
    # a missing class's environments with a label or title ("\begin{problem}[1.7]"): headings too
    declared = {
        **undeclared_environments(flat, lambda name: name in declared or _knows_environment(name)),
        **declared,
    }
    flat, named = labels_set_by_hand(flat)  # \def\@currentlabel{text}\label{key}: \ref{key} prints the text
    flat = replace_namerefs(flat, label_titles(flat, named))
    items = number_items(flat, macros, preamble + flat)
    flat = _outside_code(items.source, _symbols_printed)  # the labels too: \item[$-$], \labelitemi{$>$}
    numbering = number_labels(flat, declared, preamble + definitions)
    numbering.labels.update(items.labels)
    numbering.kinds.update(dict.fromkeys(items.labels, "item"))
    numbering.labels.update(named)
    titles = {name: theorem.title for name, theorem in declared.items()}
    flat = replace_refs(add_headings(flat, numbering), numbering, lang, titles, preamble + flat)
    flat = PAR.sub("\n\n", mark_computed(flat))
    entries = with_year_suffixes(_bibliography(preamble + flat, path, notes), cited_keys(flat))
    entries = with_style_words(entries, preamble + flat)
    flat = printed_bibitems(flat)
    citations: list[tuple[str, list[dict]]] = []
    unresolved: list[tuple[str, list[str]]] = []  # the citations without an entry: as typed, their keys

    def cite(match: re.Match) -> str:
        text, keys = render_citation(match, entries, textual_cite=bool(NATBIB.search(preamble)))
        # pre-notes and .bib names may hold LaTeX, a pre-note \texttt{numpy} (a code token) too
        text = " ".join(_unstash_code(_babel(_to_text(text)), blocks).split())
        if not text:  # no .bib entry: the sentence stands without it (see HOLES)
            unresolved.append((" ".join(match[0].split()), [key.strip() for key in match["keys"].split(",")]))
            return CITE_HOLE_MARK + chr(min(FIRST_HOLE + len(unresolved) - 1, LAST_HOLE))
        citations.append((text, [_entry(key, entries[key], macros) for key in keys]))
        # a footnote or superscript citation sits on the word: "Текст\footcite{x}" → "Текст (Иванов 2010)"
        space = " " if match["cmd"] in ("footcite", "footcitetext", "supercite") else ""
        return f"{space}\ue002{len(citations) - 1}\ue003"

    formulas: list[str] = []

    def stash(match: re.Match) -> str:
        formulas.append(match.group(0))
        return f"\ue000{len(formulas) - 1}\ue001" + ("\n\n" if display_ends_paragraph(match) else "")

    flat = show_code(flat, bodies)
    for block in blocks:  # the verbatim ones stashed before the macros expanded, trimmed as those are
        block.attrs.update(code_attrs(block.text, bodies))  # an unknown environment's code: its name
        block.text = (
            without_blank_edges(show_code(block.text, bodies)) if HIDDEN.search(block.text) else block.text
        )
    _note_code_files(flat, root, notes)
    flat = stash_blocks(
        flat, blocks, grids=undeclared_grids(MATH.sub("", flat), known)
    )  # not amsmath's aligned
    flat = split_intertext(flat)
    flat = TEXT_LINE_SKIP.sub(
        r"\\\\", split_multicites(_escape_unpaired_dollars(MATH.sub(stash, MATH.sub(_unmarked, flat))))
    )  # formulas, tables out
    flat = NEWLINE.sub(r"\1\\\\", flat)  # in a table's cell or a formula it stays: a space, a formula's own
    lengths = declared_lengths(preamble + flat)
    knows = lambda name: name in lengths or _knows(name)  # noqa: E731
    # a running head (fancyhdr's \lhead{…}) is page furniture, below: no title-page field
    knows_or_silent = lambda name: knows(name) or name in PRINTS_NOTHING or running_head(name)  # noqa: E731
    language = babel_language(preamble) or ("russian" if lang == "ru" else "english")
    flat = class_sections(flat, knows_or_silent, language)  # disser's \intro, \noveltysection …
    text, title_page = title_page_fields(flat, knows_or_silent, printed_nothing)
    text = joined_line_breaks(hand_hyphens_joined(field_lines_apart(author_lines_apart(text), knows)))
    marked, undefined = mark_undefined(CITE.sub(cite, marked_running_heads(text, _to_text)), knows)
    document = _sections(marked, _Stash(formulas, citations, blocks, unresolved), math)
    if fragment and not document.text.strip():  # a preamble's or a picture's piece: no text of its own
        raise FormatError("latex_fragment", PART_OF_A_PAPER)
    if _headings_only(document):
        raise FormatError("no_prose", _headings_only_message(notes["missing_includes"]))
    _add_preamble_furniture(document, preamble)
    _add_stored_arguments(document, preamble, lambda name: knows_or_silent(name) or name in macros)
    document.fields = {key: value for key, value in notes.items() if value}
    document.fields.update(_undefined_fields(undefined, preamble, root))
    if title_page:
        # babel's shorthands as in the text: \napravlenie{09.03.04 "--- Программная инженерия}; a
        # formula, stashed by now, as its source
        def field(value: str) -> str:
            return _babel(_field_text(TOKEN.sub(lambda found: formulas[int(found[1])], value), blocks))

        document.fields["title_page"] = {
            name: [*map(field, value)] if isinstance(value, list) else field(value)
            for name, value in title_page.items()
        }
    if encoding != "utf-8":
        document.fields["encoding"] = encoding  # the one \usepackage[…]{inputenc} or the class declares
    if fragment:
        document.fields["fragment"] = True  # a chapter read without the main file that reads it
    # \date{20$^{th}$ April}; a logo typed with kerns, \title{B\kern-.05em{\large I}…} (read "B-.05emI…")
    expanded_preamble = _symbols_printed(_outside_math(expand_macros(preamble, macros)[0], _spacing_dropped))
    expanded_preamble = _outside_math(expanded_preamble, shorthands)  # \author{… W"urzburg}
    if title := _title(flat) or _title(expanded_preamble):
        document.fields["title"] = _field_text(title, blocks)
    document.fields.update(_title_block_fields(title_block(expanded_preamble + "\n" + flat), blocks))
    in_preamble = front_matter(preamble)[1]  # amsart's \keywords stand there
    for name in ("keywords", "ccs_concepts", "history", "classification", "author_notes"):
        values = [
            _tidy(_unstash_code(_to_text(value), blocks))
            for value in getattr(in_preamble, name) + getattr(front, name)
        ]
        if values := [value for value in values if value]:
            document.fields[name] = document.fields.get(name, []) + values
    return [_untyped(document)]


STORED_VALUE = re.compile(r"\\@([A-Za-z]+)(?![A-Za-z@])")


def _stored_values(source: str, macros: dict[str, Macro]) -> dict[str, Macro]:
    """``macros`` with ``\\@name`` for each use of one nothing defines where the paper declares
    ``\\name{value}`` (the last such): LaTeX's ``\\title``, ``\\author``, ``\\date`` store their
    argument so (``\\gdef\\@title{#1}``), and classes store their own fields the same way (disser's
    ``\\topic`` in ``\\@topic``). The synopsis's imprint page prints ``\\@author``, ``\\@title`` and
    ``\\@topic``, which left a record and no text. A heading's (``\\@chapter``) is the kernel's own
    command, no stored value."""
    definitions = []
    for name in dict.fromkeys(STORED_VALUE.findall(source)):
        if "@" + name in macros or FIRST_HEADING.fullmatch("\\" + name):
            continue
        declaration = re.compile(rf"\\{name}(?![A-Za-z@])\s*(?:\[[^\]]*\])?\s*(?=\{{)")
        values = [value[0] for found in declaration.finditer(source) if (value := group(source, found.end()))]
        if values:
            definitions.append(f"\\def\\@{name}{{{values[-1]}}}")
    return collect_macros("".join(definitions), macros)[1] if definitions else macros


def _ended_as_the_engine_reads(source: str, preamble: str) -> Callable[[str], str]:
    """What ends the paper's control words where its engine ends them (``latex_engine``): outside
    formulas, a pdfTeX paper's at the first letter beyond ASCII; a XeTeX or LuaTeX paper's stay."""
    if unicode_engine(source, preamble):
        return lambda latex: latex
    return lambda latex: _outside_math(latex, control_words_ended)


def _headings_only(document: Parsed) -> bool:
    """Whether ``document`` keeps headings and nothing else with a letter in it: a paper whose sections
    are all in files the folder lacks (a referat of nine ``\\input{intro.txt}``…) or an outline keeps a
    column of headings, no prose, as a PDF of contents pages alone (``no_prose``) or an HTML page
    that is a title alone (``no_main_text``). A paragraph without a letter is no prose either (vs-referat's
    stray "1" before a ``\\cite``, between its ``\\intro`` and two missing ``\\input`` files)."""
    titles = {span.attrs["title"] for span in document.spans if span.attrs.get("title")}
    paragraphs = [paragraph.strip() for paragraph in document.text.split("\n\n") if paragraph.strip()]
    return any(paragraph in titles for paragraph in paragraphs) and all(
        paragraph in titles or not LETTER.search(paragraph) for paragraph in paragraphs
    )


def _headings_only_message(missing: list[str]) -> str:
    """Why a paper of headings alone is refused, and what to do."""
    if missing:
        named = ", ".join(missing[:5]) + (f" and {len(missing) - 5} more" if len(missing) > 5 else "")
        return (
            f"the paper keeps its headings only: its text is in files its folder lacks ({named}); "
            "put them beside the main .tex file and read it again"
        )
    return "the paper keeps its headings only (an outline or an empty template): no prose to keep"


def _add_preamble_furniture(document: Parsed, preamble: str) -> None:
    """The running heads the preamble sets, to ``removed`` at the text's start as ``page_furniture``:
    printed on every page, never a paragraph, but not lost silently either."""
    if texts := running_head_texts(preamble, _to_text):
        records = [Span(0, 0, PAGE_FURNITURE, attrs={"text": text}) for text in texts]
        document.layers["removed"] = [*records, *document.layers.get("removed", [])]


def _add_stored_arguments(document: Parsed, preamble: str, defined: Callable[[str], bool]) -> None:
    """The preamble's uses of commands nothing defines that store text (``stored_arguments``) to
    ``removed`` at the text's start (``undefined_macro``, their arguments as text): where the missing
    class prints them is unknown, but they are not lost silently. A value the body prints through
    ``\\@name`` (``_stored_values``) is no such use."""
    defined_or_stored = lambda name: defined(name) or defined("@" + name)  # noqa: E731
    uses = stored_arguments(preamble, defined_or_stored, lambda latex: _tidy(_to_text(latex)))
    records = [
        Span(0, 0, "undefined_macro", attrs={"text": " ".join([f"\\{name}", *texts])}) for name, texts in uses
    ]
    if records:
        removed = document.layers.get("removed", [])
        furniture = [span for span in removed if span.label == PAGE_FURNITURE and span.start == 0]
        document.layers["removed"] = [*furniture, *records, *removed[len(furniture) :]]


def undefined_names(source: str, macros: dict[str, Macro]) -> set[str]:
    """The control words ``source`` uses that neither its ``macros`` nor the converter know: what
    would print nothing."""
    used = set(COMMAND_NAME.findall(source))  # a thesis uses a few hundred names many thousand times
    return {name for name in used if name[1:] not in macros and not _knows(name[1:])}


def _with_folder_definitions(
    source: str, macros: dict[str, Macro], path: str, notes: dict[str, list[str]], encoding: str
) -> dict[str, Macro]:
    """``macros`` with the definitions the paper's folder holds for the names it uses undefined
    (``latex_folder``); the files that supplied them go in ``notes["definitions_from"]``."""
    wanted = {name[1:] for name in undefined_names(source, macros)}
    if not wanted:
        return macros
    root = posixpath.dirname(path)
    found, supplied = folder_definitions(root, path, wanted, set(notes["included"]), encoding)
    notes["definitions_from"] = [f"{file} ({', '.join(names)})" for file, names in supplied.items()]
    return {**found, **macros}


DOCUMENT_CLASS = re.compile(r"\\documentclass\s*(?:\[[^\]]*\])?\s*\{\s*([^}\s]+)\s*\}")
# LaTeX's own classes: their macros are the converter's; any other class is a file the paper needs
BASE_CLASSES = frozenset({"article", "report", "book", "letter", "slides", "proc", "minimal"})


def _undefined_fields(undefined: Counter[str], preamble: str, root: str) -> dict[str, Any]:
    """``undefined_macros`` (name → uses, most used first) and, when any is left and the paper's class
    is no LaTeX base class and its file is not in the paper's folder, ``missing_class``: what a user
    needs to see why words are missing (``latex_undefined``)."""
    if not undefined:
        return {}
    fields: dict[str, Any] = {"undefined_macros": dict(undefined.most_common())}
    found = DOCUMENT_CLASS.search(preamble)
    if found and found[1] not in BASE_CLASSES and not _exists(root, found[1] + ".cls"):
        fields["missing_class"] = found[1]
    return fields


def _field_text(latex: str, blocks: list[Block]) -> str:
    """A field's LaTeX as one line of text, without the values only the PDF knows (``MARK``): disser's
    ``\\date{\\number\\year}`` gave the field "\\ue006", the reader's own mark, and no year."""
    return " ".join(_unstash_code(_to_text(latex), blocks).replace(MARK, " ").split())


def _title_block_fields(block: TitleBlock, blocks: list[Block]) -> dict[str, Any]:
    """``author`` ("; " between names, as the fortune reader joins them), ``date`` and the title
    block's footnotes (``title_notes``, ``author_notes``): what ``\\maketitle`` prints besides the
    title, in neither the text nor the fields before (a homework's "Rebecca Turner", "2020-01-18")."""
    fields: dict[str, Any] = {}
    if names := [name for name in (_field_text(author, blocks) for author in block.authors) if name]:
        fields["author"] = "; ".join(names)
    if date := _field_text(block.date, blocks):
        fields["date"] = date
    for name, notes in (("title_notes", block.title_notes), ("author_notes", block.author_notes)):
        if texts := [
            text for text in (_tidy(_unstash_code(_to_text(note), blocks)) for note in notes) if text
        ]:
            fields[name] = texts
    return fields


def _title(source: str) -> str | None:
    """The LaTeX of the first ``\\title{…}`` in ``source``: the body's, else the preamble's, where
    LaTeX's own templates put it (unifith's "Usage example of the UniFiTh class\\\\ for a PhD
    thesis" was in neither text nor fields)."""
    found = TITLE.search(source)
    argument = group(source, found.end() - 1) if found else None
    return argument[0] if argument else None


# Empty pairs the source typed, "()" of a function's call ("\\texttt{read()}") and the empty string
# '""' of code, are text; the empty pair a dropped macro leaves is a hole (HOLES). The typed ones are
# hidden from HOLES under tokens of the same length, put back in the finished document, so no span
# moves. '""' between letters is babel's hyphenation point, not a pair.
TYPED_PAIRS = {"\ue00a\ue00b": "()", "\ue00c\ue00d": '""'}
EMPTY_PAIR = re.compile(r'(?<!\\)\(\)|(?<![\w"\\])""(?![\w"])')


def _typed_pairs(source: str) -> str:
    tokens = {pair: token for token, pair in TYPED_PAIRS.items()}
    return EMPTY_PAIR.sub(lambda found: tokens[found.group(0)], source)


def _untyped(document: Parsed) -> Parsed:
    """``document`` with the typed empty pairs back in its text, spans, layers and fields."""

    def back(value: Any) -> Any:
        if isinstance(value, str):
            for token, pair in TYPED_PAIRS.items():
                value = value.replace(token, pair)
            return value
        if isinstance(value, list):
            return [back(item) for item in value]
        if isinstance(value, dict):
            return {key: back(item) for key, item in value.items()}
        return value

    document.text = back(document.text)
    for span in [*document.spans, *(span for spans in document.layers.values() for span in spans)]:
        span.attrs = back(span.attrs)
    document.fields = back(document.fields)
    return document


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
PICTURE_ENVIRONMENTS = {"tikzpicture", "pgfpicture", "picture", "pspicture", "tikzcd", "circuitikz"}
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


def _block_begin(grids: frozenset[str] = frozenset()) -> re.Pattern:
    """The start of a table, picture, code or dropped environment, or of one of ``grids``."""
    names = TABLE_ENVIRONMENTS | PICTURE_ENVIRONMENTS | CODE_ENVIRONMENTS | DROPPED_ENVIRONMENTS | grids
    return re.compile(r"\\begin\{(" + "|".join(map(re.escape, sorted(names, key=len, reverse=True))) + r")\}")


BLOCK_BEGIN = _block_begin()
# an environment nothing defines whose lines are rows of cells is a grid of the missing class
# (eskdx's ``ESKDspecification``: "А2&&1&ЧМ.6.104.01&Корпус&1&\\"), read as a table: its rows read
# as lines of data ("А2 1 ЧМ.6.104.01 Корпус 1") in the text
ENVIRONMENT_BEGIN = re.compile(r"\\begin\{([A-Za-z@]+\*?)\}")
GRID_ROWS = 2  # rows of cells, at least, and half the environment's lines or more
ROW_LINE = re.compile(r"(?<!\\)&.*\\\\\s*(?:\[[^\]]*\])?\s*$")
NESTED_ENVIRONMENT = re.compile(r"\\begin\{([^{}]+)\}.*?\\end\{\1\}", re.S)
CELL = re.compile(r"(?<!\\)&")
CAPTION = re.compile(r"\\(?:caption|tablecaption)\*?\s*(?:\[[^\]]*\])?\s*(?=\{)")
# AASTeX's deluxetable: the head row is \tablehead{…}, the rows stand between \startdata and
# \enddata, notes follow in \tablecomments/\tablenotetext/\tablerefs (not cells)
TABLE_NOTES = re.compile(r"\\(?:tablecomments|tablerefs|tablenotetext\s*\{[^}]*\})\s*(?=\{)")
TABLE_MARKS = re.compile(
    r"\\(?:startdata|enddata|tableline|nodata|hline|colnumbers|decimalcolnumbers)(?![A-Za-z])"
    r"|\\(?:tablewidth|AAStablenum|tabletypesize|decimals)\s*(?:\{[^{}]*\})?"  # AASTeX's table set-up
)
# rules between rows, with the arguments that say where and how thick (\cline{3-4}, \cmidrule(lr){2-3})
TABLE_RULES = re.compile(
    r"\\(?:(?:cline|cdashline|hhline|Xhline)\s*\{[^{}]*\}|Cline\s*\{[^{}]*\}\s*\{[^{}]*\}"
    r"|specialrule\s*\{[^{}]*\}\s*\{[^{}]*\}\s*\{[^{}]*\}"
    r"|cmidrule\s*(?:\[[^\]]*\])?\s*(?:\([^)]*\))?\s*\{[^{}]*\}"
    r"|(?:toprule|midrule|bottomrule|addlinespace)(?![A-Za-z@])(?:\s*\[[^\]]*\])?)"
)
VERB = re.compile(
    r"\\(?:verb|lstinline|mintinline\s*(?:\[[^\]]*\])?\s*\{[^}]*\})\*?(?:\[[^\]]*\])?([^\w\s{])(.*?)\1"
    r"|\\(?:lstinline|mintinline\s*(?:\[[^\]]*\])?\s*\{[^}]*\})\s*\{([^}]*)\}"
)  # \mintinline{python}{x=1}: its language is no text
# \\verb+…+ and fancyvrb's \\SaveVerb{name}=…= are code: a "%" inside is no comment ("-o %.nls")
# url and hyperref read an address as typed: a "%" in it is a percent-encoded character ("%5E2"),
# no comment (a Wolfram Alpha link read "…input?i=find+r" for its whole query)
URL_ADDRESS = re.compile(r"\\(?:url|nolinkurl|href)\s*(?:\[[^\]\n]*\])?\s*\{[^{}\n]*\}")
VERB_OR_COMMENT = re.compile(f"{VERB.pattern}|{SAVE_VERB.pattern}|{URL_ADDRESS.pattern}|{COMMENT.pattern}")


@dataclass
class Block:
    """A table, picture or code block taken out of the source: the text it leaves, its span."""

    text: str
    label: str
    attrs: dict[str, Any]


ENVIRONMENT_DEFINITION = re.compile(
    r"\\(?:re)?newenvironment\*?\s*\{(?P<name>[^}]+)\}\s*(?:\[(?P<nargs>\d)\])?\s*(?P<optional>\[[^\]]*\])?"
)


NOMENCLATURE = re.compile(r"\\nomenclature(?![A-Za-z@])")
PRINT_NOMENCLATURE = re.compile(r"\\printnomenclature(?![A-Za-z@])\s*(?:\[[^\]]*\])?")


# nomencl's \nomname for each of its language options (nomencl.sty 5.6); English unless one is given
NOMENCLATURE_NAMES = {"catalan": "Nomenclatura", "croatian": "Popis simbola", "danish": "Symbolliste",
                      "english": "Nomenclature", "french": "Liste des symboles",
                      "german": "Symbolverzeichnis", "italian": "Elenco dei simboli",
                      "norwegian-bokmaal": "Nomenklatur", "norwegian-nynorsk": "Nomenklatur",
                      "polish": "Lista symboli", "portuguese": "Nomenclatura",
                      "russian": "Список обозначений", "slovene": "Seznam simbolov",
                      "spanish": "Nomenclatura", "ukrainian": "Перелік позначень"}  # fmt: skip
NOMENCL = re.compile(r"\\usepackage\s*(?:\[([^\]]*)\])?\s*\{(?:[^{}]*,)?\s*nomencl\s*(?:,[^{}]*)?\}")


def _nomenclature_title(preamble: str, macros: dict[str, Macro]) -> str:
    """The heading ``\\printnomenclature`` sets over its list: the paper's ``\\nomname``, else nomencl's
    own for the last language option the paper loads it with (``[intoc,nocfg,russian]``: "Список
    обозначений"); none where the paper does not load it. Without it disser's thesis printed its list
    of symbols as if it were the text of the last section, "Выводы к первой главе"."""
    if "nomname" in macros:
        return expand_macros("\\nomname", macros)[0]
    loaded = list(NOMENCL.finditer(preamble))
    options = [option.strip() for found in loaded for option in (found[1] or "").split(",")]
    named = (NOMENCLATURE_NAMES[option] for option in reversed(options) if option in NOMENCLATURE_NAMES)
    return next(named, NOMENCLATURE_NAMES["english"]) if loaded else ""


def gather_nomenclature(source: str, title: str) -> str:
    """``source`` (its macros expanded) with each ``\\nomenclature[prefix]{symbol}{description}``
    moved to where ``\\printnomenclature`` prints the list (nomencl's), in the order declared, under
    the list's ``title`` (``_nomenclature_title``: the paper's ``\\renewcommand{\\nomname}{Список
    сокращений …}`` or nomencl's own), an unnumbered chapter or section as nomencl sets it: the
    thesis's 27 entries stood inside chapter 1, where they are declared, and the list's place was
    empty. A paper that never prints the list keeps them where they are."""
    printed = PRINT_NOMENCLATURE.search(source)
    if printed is None:
        return source
    pieces, entries, cursor = [], [], 0
    for found in NOMENCLATURE.finditer(source):
        if found.start() < cursor:
            continue
        index = skip_space(source, found.end())
        if (prefix := group(source, index, "[", "]")) is not None:
            index = skip_space(source, prefix[1])
        symbol = group(source, index)
        description = symbol and group(source, skip_space(source, symbol[1]))
        if not description:
            continue
        pieces.append(source[cursor : found.start()])
        entries.append(source[found.start() : description[1]])
        cursor = description[1]
    pieces.append(source[cursor:])
    source = "".join(pieces)
    printed = PRINT_NOMENCLATURE.search(source)
    level = "chapter" if CHAPTER.search(source) else "section"
    heading = f"\\{level}*{{{title}}}\n" if title.strip() else ""
    return source[: printed.start()] + heading + "\n".join(entries) + source[printed.end() :]


EXCLUDED = re.compile(r"\\excludecomment\s*\{([^{}]*)\}")


def without_excluded(source: str, definitions: str) -> str:
    """``source`` without the environments the comment package's ``\\excludecomment{name}`` in
    ``definitions`` makes comments (the thesis template's ``commentbox`` outside draft mode): the
    PDF prints nothing of them, as of ``\\begin{comment}``."""
    for name in {name.strip() for name in EXCLUDED.findall(definitions)}:
        begin = re.compile(r"\\begin\{" + re.escape(name) + r"\}")
        pieces, cursor = [], 0
        while found := begin.search(source, cursor):
            pieces.append(source[cursor : found.start()])
            cursor = environment_end(source, name, found.end())[0]
        source = "".join(pieces) + source[cursor:]
    return source


def strip_environment_arguments(source: str, definitions: str) -> str:
    """``source`` without the arguments of the paper's own environments as typed (``\\begin{commentbox}[red]``
    printed "[red]"); an argument the definition prints (``PRINTED_ARGUMENT``) prints where it does, after
    ``\\begin`` or before ``\\end`` (RenderCV's ``twocolentry`` prints its dates in the end code: they were
    lost), and one it does not (a colour, a width) goes to ``removed`` with the environment's name."""
    for found in ENVIRONMENT_DEFINITION.finditer(definitions):
        nargs, optional = int(found["nargs"] or 0), found["optional"] is not None
        opening, closing, _ = _environment_code(definitions, found.end())
        begin = re.compile(r"\\begin\{" + re.escape(found["name"]) + r"\}")
        own = not _knows_environment(found["name"])  # a renewed abstract or quote is the reader's to read
        opening_text, closing_text = (
            (_typeset_text_of(opening), _typeset_text_of(closing)) if own else ([], [])
        )
        pieces, cursor = [], 0
        for use in begin.finditer(source):
            if use.start() < cursor:
                continue
            index, first, last = use.end(), [], []
            for number in range(1, nargs + 1):
                bracket = ("[", "]") if number == 1 and optional else ("{", "}")
                argument = group(source, _skip_blank(source, index), *bracket)
                if argument is None:
                    continue
                index = argument[1]
                if _prints_argument(opening, number):
                    first.append(argument[0])
                elif _prints_argument(closing, number, opening):
                    last.append(argument[0])
                elif argument[0].strip():
                    first.append(unprinted_argument(found["name"], argument[0]))
            end_at = environment_end(source, found["name"], index)[1]
            pieces += [source[cursor : use.end()], *(f" {text} " for text in [*opening_text, *first])]
            pieces += [source[index:end_at], *(f"\n\n{text}\n\n" for text in last)]
            pieces += [f" {text} " for text in closing_text]
            cursor = end_at
        source = "".join(pieces) + source[cursor:]
    return source


# what in an environment's begin or end code prints no text of its own: a command's name and the
# groups after it (``\\vspace{1em}``, ``\\begin{center}``, ``\\color{red}``), a parameter, a line break
CODE_COMMAND = re.compile(r"\\(?:[A-Za-z@]+\*?|.)|#\d")
# commands of begin code that take no argument: a group after them is text ("\\noindent{\\bfseries Proof.}")
ARGUMENTLESS = {
    "par", "noindent", "indent", "hfill", "vfill", "centering", "raggedleft", "raggedright", "quad", "qquad",
    "smallskip", "medskip", "bigskip", "newline", "leavevmode", "ignorespaces", "unskip", "normalfont",
    "bfseries", "itshape", "slshape", "scshape", "upshape", "mdseries", "rmfamily", "sffamily", "ttfamily",
    "em", "bf", "it", "sl", "sc", "rm", "sf", "tt", "tiny", "scriptsize", "footnotesize", "small",
    "normalsize", "large", "Large", "LARGE", "huge", "Huge",
}  # fmt: skip


def _typeset_text_of(code: str) -> list[str]:
    """The text an environment's begin or end ``code`` typesets itself, as one piece, or none:
    ``\\newenvironment{note}{\\textbf{Note:} }{}`` prints "Note:" before the body (it was lost). Bare
    words and the argument of a text command (``TEXT_WRAPPERS``) print; layout, spacing, colours,
    stored arguments (``\\def\\side{#2}``) and the arguments themselves (read apart) do not."""
    code = STORED_ARGUMENT.sub(" ", code)
    pieces, index = [], 0
    while index < len(code):
        command = CODE_COMMAND.match(code, index)
        if command is None:
            pieces.append(code[index])
            index += 1
            continue
        index = command.end()
        name = command[0][1:].rstrip("*")
        if name == "\\" and (option := group(code, _skip_blank(code, index), "[", "]")):
            index = option[1]  # a line break's space, "\\\\[2pt]"
        if name in ARGUMENTLESS or not re.fullmatch("[A-Za-z@]+", name):
            pieces.append(" ")
            continue
        while braced := group(code, _skip_blank(code, index)) or group(
            code, _skip_blank(code, index), "[", "]"
        ):
            if name in TEXT_WRAPPERS and code[_skip_blank(code, index)] == "{":
                pieces.append(" " + " ".join(_typeset_text_of(braced[0])) + " ")
            index = braced[1]
            if name in TEXT_WRAPPERS and code[index - 1] == "}":
                break  # \\textbf{Note:} {#1}: the wrapper takes one argument
        pieces.append(" ")
    text = " ".join("".join(pieces).replace("{", " ").replace("}", " ").split())
    return [text] if re.search(r"[^\W\d_]", text) else []


def _environment_code(definitions: str, index: int) -> tuple[str, str, int]:
    """(begin code, end code, the index after them) of the ``\\newenvironment`` whose name and arity
    end at ``index``."""
    opening = group(definitions, _skip_blank(definitions, index))
    closing = opening and group(definitions, _skip_blank(definitions, opening[1]))
    end = closing[1] if closing else opening[1] if opening else index
    return (opening[0] if opening else "", closing[0] if closing else "", end)


def without_environment_definitions(source: str) -> str:
    """``source`` without its ``\\newenvironment``s, each with its name, arity and code: a definition
    prints nothing, and one in the body whose begin code opens an environment
    (``{\\begin{enumerate}}``) had that ``\\begin`` read as the text's own, which split the
    definition and printed its name ("Текст. steps")."""
    pieces, cursor = [], 0
    for found in ENVIRONMENT_DEFINITION.finditer(source):
        if found.start() >= cursor:
            pieces.append(source[cursor : found.start()])
            cursor = _environment_code(source, found.end())[2]
    return "".join(pieces) + source[cursor:]


# a text command whose argument prints: "\\textit{#2}" prints #2, "\\color{#1}" or "\\hspace{#1}" does not
TEXT_WRAPPERS = {"textit", "textbf", "textsc", "textsf", "texttt", "emph", "mbox", "textrm", "underline"}
STORED_ARGUMENT = re.compile(
    r"\\(?:[gex]?def|newcommand\*?)\s*\{?\s*\\(?P<name>[A-Za-z@]+)\s*\}?\s*\{\s*#(?P<number>\d)\s*\}"
)


def _prints_argument(code: str, number: int, stored_in: str = "") -> bool:
    """Whether environment ``code`` prints argument ``number``: ``#number`` stands there as text or in
    a text command's argument, or a macro ``stored_in`` the begin code (``\\def\\secondColumn{#2}``)
    stands there so; "\\color{#1}", "\\setlength{\\x}{#1}" are settings, and a ``\\def`` is no print."""
    names = [f"#{number}"] + [
        "\\" + stored["name"]
        for stored in STORED_ARGUMENT.finditer(stored_in)
        if int(stored["number"]) == number
    ]
    code = STORED_ARGUMENT.sub(" ", code)
    for name in names:
        for found in re.finditer(
            re.escape(name) + (r"(?![A-Za-z@])" if name.startswith("\\") else r"(?!\d)"), code
        ):
            before = code[: found.start()].rstrip()
            command = re.search(r"\\([A-Za-z@]+)\s*(?:\[[^\]]*\])?\s*\{$", before)
            if before.endswith("{") and not (command and command[1] in TEXT_WRAPPERS):
                continue
            return True
    return False


# doc's and shortvrb's \MakeShortVerb{\|}: "|\pagestyle{<style>}|" is \verb|…| until \DeleteShortVerb{\|};
# codedoc's \ShortVerb" names the character bare ("\index" is \verb"\index") until \UndoShortVerb"
SHORT_VERB = re.compile(
    r"\\(?:(?P<make>Make|Delete)ShortVerb\*?|(?P<codedoc>Undo)?ShortVerb)"
    r"\s*(?:\{\s*\\(?P<braced>.)\s*\}|\\(?P<bare>.)|(?P<plain>[^\sA-Za-z\\{}%]))"
)


def _short_verb_char(found: re.Match) -> str:
    """The character a ``SHORT_VERB`` directive makes or unmakes a short verb."""
    return found["braced"] or found["bare"] or found["plain"]


def _makes_short_verb(found: re.Match) -> bool:
    """Whether a ``SHORT_VERB`` directive makes its character a short verb (not undoes it)."""
    return found["make"] == "Make" or (found["make"] is None and found["codedoc"] is None)


# a class that makes "|" a short verb itself (ltxguide loads shortvrb and says \MakeShortVerb{\|}:
# the LaTeX team's guides, usrguide, clsguide, fntguide, write "|\copyright|" for the code \copyright)
SHORT_VERB_CLASS = re.compile(r"\\documentclass\s*(?:\[[^\]]*\])?\s*\{\s*ltxguide\s*\}")


def class_short_verbs(preamble: str) -> str:
    """The ``\\MakeShortVerb`` the preamble's class says itself (``SHORT_VERB_CLASS``), to read
    before the preamble's own directives; empty for another class."""
    return "\\MakeShortVerb{\\|}" if SHORT_VERB_CLASS.search(preamble) else ""


def short_verb(source: str, preamble: str) -> str:
    """``source`` with each ``|…|`` of a character made a short verb written ``\\verb|…|`` (the
    disser manual's "задается командой |\\pagestyle{<style>}|" printed "командой ||"), in the
    stretches where the preamble's or the text's ``\\MakeShortVerb`` holds; the directives print
    nothing."""
    active: set[str] = set()
    for found in SHORT_VERB.finditer(preamble):
        (active.add if _makes_short_verb(found) else active.discard)(_short_verb_char(found))
    pieces, cursor = [], 0
    for found in [*SHORT_VERB.finditer(source), None]:
        stretch = source[cursor : found.start() if found else len(source)]
        for char in active:  # a listing's "a | b" is a pipe
            mark = re.escape(char)
            quoted = re.compile(rf"(?<!\\)(?<!\\verb)(?<!\\verb\*){mark}([^\n{mark}]*){mark}")
            stretch = _outside_code(
                stretch,
                lambda text, quoted=quoted, char=char: quoted.sub(
                    lambda code: f"\\verb{char}{code[1]}{char}", text
                ),
            )
        pieces.append(stretch)
        if found:
            (active.add if _makes_short_verb(found) else active.discard)(_short_verb_char(found))
            cursor = found.end()
    return "".join(pieces)


def stash_inline_code(source: str, blocks: list[Block]) -> str:
    """``source`` with each ``\\verb|…|`` and ``\\lstinline`` replaced by a ``BLOCK`` token,
    described in ``blocks`` as inline ``code``."""

    def inline(match: re.Match) -> str:
        code = match.group(2) if match.group(2) is not None else match.group(3)
        return _inline_code(code, blocks)

    return VERB.sub(inline, source)


def _code(code: str, inline: bool, blocks: list[Block]) -> str:
    """A ``BLOCK`` token for ``code``, described in ``blocks``: inline, or a code paragraph (a name
    the doc package prints in the margin, ``latex_doc``)."""
    if inline:
        return _inline_code(code, blocks)
    blocks.append(Block(code, "code", {"margin_name": True}))
    return BLOCK.format(len(blocks) - 1)


def _code_paragraph(code: str, environment: str, blocks: list[Block]) -> str:
    """A ``BLOCK`` token for ``code`` a package draws (``environment`` names it), a paragraph of its own."""
    blocks.append(Block(code, "code", {"environment": environment}))
    return f"\n\n{BLOCK.format(len(blocks) - 1)}\n\n"


def _inline_code(code: str, blocks: list[Block]) -> str:
    """A ``BLOCK`` token for inline ``code``, described in ``blocks``."""
    blocks.append(Block(code, "code", {"inline": True}))
    return BLOCK.format(len(blocks) - 1)


def stash_blocks(
    source: str, blocks: list[Block], names: frozenset[str] | None = None, grids: frozenset[str] = frozenset()
) -> str:
    """``source`` with each outermost table, picture and code environment (or only those ``names``),
    and each of the missing class's ``grids`` (``undeclared_grids``), replaced by a ``BLOCK`` token (a
    paragraph of its own) and described in ``blocks``; inline code too (the paper's own was stashed
    before the macros expanded; this catches what a macro wrote)."""
    source = TIKZ_STYLE.sub("", stash_inline_code(source, blocks))
    if names is None:  # after numbering, which counts the captioned ones
        source = LISTING_FILE.sub(_listing_file, source)
    begin = _block_begin(grids) if grids else BLOCK_BEGIN
    pieces, cursor = [], 0
    while match := begin.search(source, cursor):
        name = match.group(1)
        if names is not None and name not in names:
            pieces.append(source[cursor : match.end()])
            cursor = match.end()
            continue
        end, inner_end = environment_end(source, name, match.end())
        pieces.append(source[cursor : match.start()])
        cursor = end
        if name in DROPPED_ENVIRONMENTS:
            continue
        inner = source[match.end() : inner_end]
        above = below = ""  # a listing's caption, given as an option
        if name in CODE_ENVIRONMENTS:
            # minted's options and language, a listing's options: set-up, not code
            code = inner[after_arguments(inner, 0, ARGUMENTS.get(name, "")) :]
            block = Block(without_blank_edges(code), "code", {"environment": name})
            if name == "lstlisting" and (found := group(inner, _skip_blank(inner, 0), "[", "]")):
                caption = _listing_caption(found[0])
                above, below = ("", caption) if _bottom_caption(found[0]) else (caption, "")
        elif name in PICTURE_ENVIRONMENTS:
            block = Block("", "picture", {"environment": name})
        else:
            block = _table(name, match.end(), source[:inner_end], blocks)
        blocks.append(block)
        pieces.append(f"\n\n{above}\n\n{BLOCK.format(len(blocks) - 1)}\n\n{below}\n\n")
    pieces.append(source[cursor:])
    # before the macros expand: \texttt is LaTeX, its \bs (\textbackslash) expands, and a paper's
    # macros inside {\tt \Bs title} print their text
    if names is not None:
        return "".join(pieces)
    return stash_monospace("".join(pieces), blocks)


# \lstinputlisting[options]{file}: the file is not read, but a caption given as an option is text
LISTING_FILE = re.compile(r"\\lstinputlisting(?![A-Za-z@])\s*(\[(?:[^\[\]]|\[[^\]]*\])*\])?\s*\{[^{}]*\}")


# listings', minted's and fancyvrb's code read from a file, like \input: the file is not read into
# the text, but one missing from the paper's folder is named as an \input's is
CODE_FILE = re.compile(
    r"\\(?:lstinputlisting|[BL]?VerbatimInput|verbatiminput|inputminted\s*(?:\[[^\]]*\])?\s*\{[^{}]*\})"
    r"(?![A-Za-z@])\s*(?:\[(?:[^\[\]]|\[[^\]]*\])*\])?\s*\{([^{}]*)\}"
)


def _note_code_files(source: str, root: str, notes: dict[str, list[str]]) -> None:
    """Name each code file ``source`` reads that the paper's folder lacks (``missing_includes``) or
    that lies outside it (``refused_includes``)."""
    for match in CODE_FILE.finditer(source):
        name = match[1].strip()
        if _inside(root, name) is None:
            notes["refused_includes"].append(name)
        elif not _exists(root, name):
            notes["missing_includes"].append(name)


def _listing_file(match: re.Match) -> str:
    caption = _listing_caption(match[1][1:-1]) if match[1] else ""
    return f"\n\n{caption}\n\n" if caption else ""


def _listing_caption(options: str) -> str:
    """What listings prints as the caption of a listing with these options: ``caption={[short]long}``
    (its long form), else the unnumbered ``title``; "" without either."""
    caption = option_value(options, "caption", "title") or ""
    return re.sub(r"\A\s*\[[^\]]*\]", "", caption).strip()


def _bottom_caption(options: str) -> bool:
    return "b" in (option_value(options, "captionpos") or "t")


# \texttt{…}, and the older font switch at a group's start, {\tt …} or {\ttfamily …} (AASTeX's guide
# quotes its 107 command names as {\tt\string\plotone})
MONOSPACE = re.compile(r"\\texttt\s*(?=\{)|(?=\{\\(?:tt|ttfamily)(?![A-Za-z@]))")
TT_SWITCH = re.compile(r"\A\\(?:tt|ttfamily)(?![A-Za-z@])\s*")
# what makes a {\tt …} group more than a name: a stashed formula, citation or block, a line break, an
# environment, a paragraph (kluwer's manual sets a centred list of FTP hosts so, one per line)
NOT_A_NAME = re.compile("[\ue000-\ue005]|\n\\s*\n|\\\\\\\\|\\\\begin\\{|\\\\par(?![A-Za-z@])")


def stash_monospace(source: str, blocks: list[Block]) -> str:
    """``source`` with each ``\\texttt{…}`` and ``{\\tt …}`` of the running text (tables are out
    already: their cells are text) replaced by a ``BLOCK`` token, described as inline ``code`` with
    its text: a command, a file or a package name set in monospace is code, as ``\\verb`` is ("(\\texttt)"
    in the thesis template is a name quoted, not a command left in). A ``{\\tt …}`` group that holds
    more than a name (``NOT_A_NAME``) stays text."""
    pieces, cursor = [], 0
    formulas = [formula.span() for formula in MATH.finditer(source)]  # math stays LaTeX source, whole
    for match in MONOSPACE.finditer(source):
        found = group(source, match.end())
        if match.start() < cursor or found is None or _within(formulas, match.start()):
            continue
        content = found[0]
        if match.group(0) == "":  # {\tt …}: the switch is no text
            if NOT_A_NAME.search(content):
                continue
            content = TT_SWITCH.sub("", content)
        code = _spaces_kept(content, _inline_code(_tidy(_to_text(_by_code(content))), blocks))
        if match.group(0) == "" and _is_argument(source, match.start()):
            code = "{" + code + "}"  # the group's braces delimit a command's argument
        pieces += [source[cursor : match.start()], code]
        cursor = found[1]
    return "".join(pieces) + source[cursor:]


# what a group opening right after it is the argument of: a command's name, or its argument before
ARGUMENT_BEFORE = re.compile(r"(?:\\[A-Za-z@]+\*?|[}\]])[ \t]*\Z")


def _is_argument(source: str, start: int) -> bool:
    """Whether the group at ``start`` follows a command or its previous argument: without its braces
    the token standing for it was read one character at a time (``\\settowidth{\\len}{\\tt …}``
    printed the token's number, "5", as text)."""
    return ARGUMENT_BEFORE.search(source, max(0, start - 80), start) is not None


def _spaces_kept(content: str, token: str) -> str:
    """``token`` (the code of a monospace group) with a space before and after it where the group's
    ``content`` opens or ends with one: TeX prints it ("fonts}\\texttt{ and …}" read "fontsand")."""
    before = " " if content[:1].isspace() else ""
    after = " " if content[-1:].isspace() and not content.isspace() else ""
    return before + token + after


def _within(spans: list[tuple[int, int]], index: int) -> bool:
    """Whether ``index`` falls in one of the sorted, disjoint ``spans``."""
    at = bisect.bisect_right(spans, (index, float("inf"))) - 1
    return at >= 0 and spans[at][0] <= index < spans[at][1]


def _unstash_code(text: str, blocks: list[Block]) -> str:
    """``text`` with each ``BLOCK`` token put back as its block's text: where no span can be kept (a
    citation's note, the title field)."""
    return re.sub("\ue004(\\d+)\ue005", lambda token: blocks[int(token.group(1))].text, text)


def undeclared_grids(source: str, knows: Callable[[str], bool]) -> frozenset[str]:
    """The environments of ``source`` that nothing defines (``knows``) and whose body is rows of cells:
    ``GRID_ROWS`` lines or more with a cell separator and a row's end, half its lines or more, those of
    an environment inside it aside (a drawing holding a grid is no grid)."""
    grids = set()
    for found in ENVIRONMENT_BEGIN.finditer(source):
        name = found[1]
        if name in grids or knows(name):
            continue
        body = NESTED_ENVIRONMENT.sub("", source[found.end() : environment_end(source, name, found.end())[1]])
        lines = [line for line in body.splitlines() if line.strip()]
        rows = sum(1 for line in lines if ROW_LINE.search(line))
        if rows >= GRID_ROWS and 2 * rows >= len(lines):
            grids.add(name)
    return frozenset(grids)


def _table(name: str, start: int, source: str, blocks: list[Block]) -> Block:
    """A table environment (``source[start:]`` is its body): its captions as text, its grids' cells
    as rows; the inline code stashed in them (``blocks``) put back as its text (a cell's
    ``\\verb|\\ampere|`` held the stash's number, "51")."""
    body = source[start:]

    def text(latex: str) -> str:
        return _unstash_code(_tidy(_to_text(latex)), blocks)

    captions = []  # and a deluxetable's notes after them: text, not cells
    for found in [*CAPTION.finditer(body), *TABLE_NOTES.finditer(body)]:
        caption = group(body, found.end())
        if caption:
            captions.append(text(caption[0]))
    rows: list[list[str]] = []
    nested = re.finditer(r"\\begin\{(" + "|".join(map(re.escape, GRID_ARGUMENTS)) + r")\}", body)
    # the environment is itself the grid, its body the rows (a missing class's grid: no arguments)
    outer = name in GRID_ARGUMENTS or name not in TABLE_ENVIRONMENTS
    grids = [(name, 0)] if outer else [(grid.group(1), grid.end()) for grid in nested]
    for grid, index in grids:
        for _ in range(GRID_ARGUMENTS.get(grid, 0)):
            while (optional := group(body, _skip_blank(body, index), "[", "]")) is not None:
                index = optional[1]
                # tabularray's long tables: ``caption = {…}`` in the outer options, printed above
                if grid in ("longtblr", "talltblr") and (caption := option_value(optional[0], "caption")):
                    captions.insert(0, text(caption))
            argument = group(body, _skip_blank(body, index))
            index = argument[1] if argument else index
        end = len(body) if outer else environment_end(body, grid, index)[1]
        for row in _top_level(_grid_body(body[index:end]), LINE_BREAK):
            cells = [text(cell) for cell in _top_level(row, CELL)]
            if any(cells):
                rows.append(cells)
    # each a paragraph: LaTeX sets the caption above the grid and a note below it, so an unpunctuated
    # caption ran into the note ("…the first 10 messier objects This table “hides” the third column")
    caption = "\n\n".join(caption for caption in captions if caption)
    return Block(caption, "table", {"environment": name, "caption": caption or None, "rows": rows or None})


# what stands inside a cell as one piece: a group, a formula, a nested environment (their & and \\\\
# are an ``aligned`` formula's, a ``cases`` block's, not the grid's); an escaped character is no sign
NESTING = re.compile(r"\\\\|\\(?:begin|end)\{[^}]*\}|\\[()\[\]]|\\.|[{}]|\$\$?", re.S)


def _top_level(source: str, separator: re.Pattern) -> list[str]:
    """``source`` split at the ``separator``s that stand outside braces, formulas and nested
    environments (``NESTING``): a cell holding ``\\(\\begin{aligned} f(x)= & … \\\\ … \\end{aligned}\\)`` is
    one cell, not four. Where the nesting does not close, every separator splits."""
    inside, depth, opened, dollar = [], 0, 0, False
    for token in NESTING.finditer(source):
        piece = token.group()
        if piece.startswith("$"):
            piece, dollar = ("}" if dollar else "{"), not dollar
        if piece in ("{", "\\(", "\\[") or piece.startswith("\\begin"):
            opened = token.start() if depth == 0 else opened
            depth += 1
        elif (piece in ("}", "\\)", "\\]") or piece.startswith("\\end")) and depth:
            depth -= 1
            if depth == 0:
                inside.append((opened, token.end()))
    if depth:
        inside = []
    pieces, cursor = [], 0
    for found in separator.finditer(source):
        if not any(start < found.start() < end for start, end in inside):
            pieces.append(source[cursor : found.start()])
            cursor = found.end()
    return [*pieces, source[cursor:]]


# longtable's repeated head and foot: with \endfirsthead, the rows between it and \endhead head every
# page but the first ("(продолжение)" and the column names again); with \endlastfoot, the rows
# between \endhead and \endfoot end every page but the last ("продолжение следует"): page
# furniture, not rows
REPEATED_HEAD = re.compile(r"\\endfirsthead.*?\\endhead", re.S)
REPEATED_FOOT = re.compile(r"\\endhead.*?\\endfoot(?=.*\\endlastfoot)", re.S)
LONGTABLE_MARKS = re.compile(r"\\end(?:firsthead|head|foot|lastfoot)(?![A-Za-z])")


def _grid_body(grid: str) -> str:
    """A grid's rows without its captions and notes (their arguments too), a deluxetable's
    ``\\tablehead{…}`` a row of its own, a longtable's repeated head and foot left out."""
    for pattern in (CAPTION, TABLE_NOTES):
        while found := pattern.search(grid):
            argument = group(grid, found.end())
            grid = grid[: found.start()] + grid[argument[1] if argument else found.end() :]
    if (head := re.search(r"\\tablehead\s*(?=\{)", grid)) and (argument := group(grid, head.end())):
        grid = grid[: head.start()] + argument[0] + r" \\ " + grid[argument[1] :]
    grid = REPEATED_FOOT.sub(r"\\endhead", REPEATED_HEAD.sub(r"\\endhead", grid, count=1), count=1)
    return LONGTABLE_MARKS.sub(r"\\\\", TABLE_MARKS.sub("", TABLE_RULES.sub("", grid)))


def _skip_blank(source: str, index: int) -> int:
    while index < len(source) and source[index].isspace():
        index += 1
    return index


def _bibliography(source: str, path: str, notes: dict[str, list[str]]) -> dict[str, dict]:
    """The entries of the paper's .bib files (inside its folder, like includes), of the ``.bbl``
    beside the main file (what arXiv ships instead) and of its own ``thebibliography``; a .bib
    entry wins over the others."""
    root = posixpath.dirname(path)
    entries: dict[str, dict] = read_bbl(source)
    bbl = posixpath.splitext(path)[0] + ".bbl"
    if (text := _read(bbl, root, MAX_INCLUDED_BYTES)) not in (None, _OUTSIDE):
        notes["included"].append(posixpath.relpath(bbl, root))
        entries.update(read_bbl(text))
    for name in bib_files(source):
        target = _inside(root, name)
        text = _read(target, root, MAX_INCLUDED_BYTES) if target else None
        if text is None or text is _OUTSIDE:
            notes["missing_includes" if text is None and target else "refused_includes"].append(name)
            continue
        notes["included"].append(posixpath.relpath(target, root))
        try:
            entries.update(read_bib(text))
        except Exception as err:  # noqa: BLE001 - a broken .bib costs the citations, not the paper
            notes.setdefault("broken_bib", []).append(f"{name}: {type(err).__name__}: {err}")
    return entries


# aas_macros.sty: the journal abbreviations AAS's .bib files write as macros ("\\apj", "\\qjras"), as
# LaTeX (its & escaped)
AAS_JOURNALS = {
    "aj": "AJ", "actaa": "Acta Astron.", "araa": "ARA\\&A", "apj": "ApJ", "apjl": "ApJL", "apjs": "ApJS",
    "ao": "Appl. Opt.", "apss": "Ap\\&SS", "aap": "A\\&A", "aapr": "A\\&A Rv", "aaps": "A\\&AS", "azh": "AZh",
    "baas": "BAAS", "icarus": "Icarus", "jcap": "J. Cosmology Astropart. Phys.", "jrasc": "JRASC",
    "memras": "MmRAS", "mnras": "MNRAS", "na": "New A", "nar": "New A Rev.", "pra": "Phys. Rev. A",
    "prb": "Phys. Rev. B", "prc": "Phys. Rev. C", "prd": "Phys. Rev. D", "pre": "Phys. Rev. E",
    "prl": "Phys. Rev. Lett.", "pasa": "PASA", "pasp": "PASP", "pasj": "PASJ", "qjras": "QJRAS",
    "skytel": "S\\&T", "solphys": "Sol. Phys.", "sovast": "Soviet Ast.", "ssr": "Space Sci. Rev.",
    "zap": "ZAp", "nat": "Nature", "iaucirc": "IAU Circ.", "procspie": "Proc. SPIE",
}  # fmt: skip
AAS_JOURNAL = re.compile(r"\\(" + "|".join(sorted(AAS_JOURNALS, key=len, reverse=True)) + r")(?![A-Za-z@])")


def _entry(key: str, entry: dict, macros: dict[str, Macro]) -> dict:
    """A citation's entry for the ``citations`` layer: its fields as text ("Disney, M.~J." and a
    journal "\\qjras" were BibTeX's LaTeX), a DOI or URL as written. The document's ``macros`` are
    expanded in them as in its text: BibTeX writes a field into the document, where they are defined
    (germbib's "The {{\\tex}book}", with ``\\def\\tex{\\TeX}``, read "The book")."""
    fields = {name: entry[name] for name in BIB_FIELDS if entry.get(name)}
    for name in ("author", "title", "journal", "booktitle"):
        if name in fields:
            expanded = expand_macros(str(fields[name]), macros)[0]
            journals = AAS_JOURNAL.sub(lambda found: AAS_JOURNALS[found[1]], expanded)
            # not _tidy: its hole rules would take GOST 7.1's " : " before a subtitle
            fields[name] = " ".join(_babel(_to_text(journals)).replace("\u00a0", " ").split()) or fields[name]
    return {"key": key, **fields}


UNPAIRED_DOLLAR = re.compile(r"(?<!\\)\$")


def _escape_unpaired_dollars(source: str) -> str:
    """``source`` (its formulas stashed) with each "$" left a literal "\\$": one with no partner in its
    paragraph opens no formula in TeX either; the converter would read the text after it, up to the
    next section, as math and print it as LaTeX source."""
    return UNPAIRED_DOLLAR.sub(r"\\$", source)


class _Stash:
    """What was taken out of the source before conversion: formulas, rendered citations, blocks."""

    def __init__(
        self,
        formulas: list[str],
        citations: list[tuple[str, list[dict]]],
        blocks: list[Block],
        unresolved: list[tuple[str, list[str]]],
    ):
        self.formulas, self.citations, self.blocks = formulas, citations, blocks
        self.unresolved = unresolved  # the citations without an entry, numbered as their holes are
        self.spans: list[Span] = []  # the citations once placed in the text
        self.removed: list[Span] = []  # sentences dropped for a value only the PDF knows

    def plain(self, text: str) -> str:
        """``text`` with every stashed piece put back as plain text (for titles)."""

        def piece(token: re.Match) -> str:
            if token.group(1) is not None:
                return self.formulas[int(token.group(1))]
            if token.group(2) is not None:
                return self.citations[int(token.group(2))][0]
            return self.blocks[int(token.group(3))].text

        return PIECE.sub(piece, text)


def _refuse_fragment(source: str, path: str, input_folder: str | None, encoding: str) -> None:
    """Refuse a file without ``\\begin{document}`` whose text is not a document of its own: a main
    file (it has ``\\documentclass``) whose body is elsewhere, or a chapter that a main file within
    the input reads (its text is that paper's: read again it would be there twice). A chapter no
    main file within reach reads (a thesis's chapters given without their main file) is kept; a
    ``\\documentclass`` it shows in an example (inside an environment) makes it no main file."""
    if _is_main_file(source):
        raise FormatError("latex_fragment", _no_document_message(source, posixpath.dirname(path)))
    if main := _main_file_reading(path, input_folder, encoding):
        raise FormatError(
            "latex_fragment",
            f"no \\begin{{document}}: this file is part of the paper {main}, which reads it; "
            "its text is in that paper's document",
        )
    if chapter := _chapter_reading(path, input_folder, encoding):
        raise FormatError(
            "latex_fragment",
            f"no \\begin{{document}}: this file is part of the chapter {chapter}, which reads it and is "
            "read without its main file; its text is in that chapter's document",
        )


def _is_main_file(source: str) -> bool:
    """Whether ``source`` has a ``\\documentclass`` of its own, not one shown inside an environment."""
    return any(not inside_environment(source, found.start()) for found in MAIN_FILE_CLASS.finditer(source))


MAX_MAIN_CANDIDATES = 64  # .tex files of one folder looked at for the main file that reads a chapter
MAX_CACHED_MAINS = 1024  # files' includes kept per process (``_read_by_once``)


def _main_file_reading(path: str, input_folder: str | None, encoding: str) -> str | None:
    """The main file (with ``\\begin{document}``) that reads ``path`` through its includes, looked for
    beside it and in each folder above it up to ``input_folder``, never outside it: no folder above
    is listed, no link out of it followed."""
    chapter = posixpath.normpath(path)
    for folder in _folders_up(path, input_folder):
        candidates = [entry for entry in _tex_files(folder) if posixpath.normpath(entry[0]) != chapter]
        for candidate, stamp in candidates[:MAX_MAIN_CANDIDATES]:
            main, reads = _read_by_once(candidate, stamp, input_folder or ".", encoding)
            if main and chapter in reads:
                return candidate
    return None


def _chapter_reading(path: str, input_folder: str | None, encoding: str) -> str | None:
    """A chapter read as a body of its own (no main file within the input reads it) that reads
    ``path`` through its includes, found beside ``path``, in a folder above it up to
    ``input_folder`` or below one of those (``latex_folder.tex_files_below``): a chapter finds an
    include in the folders above its own, so the file it reads may lie in a sibling folder. Two
    chapters that read each other (a cycle) do not refuse each other: both would be lost."""
    target, top = posixpath.normpath(path), input_folder or "."
    own = None  # what ``path`` reads, looked at once a chapter reads it
    for folder in _folders_up(path, input_folder):
        for candidate in tex_files_below(folder or ".", path):
            candidate = posixpath.normpath(posixpath.join(folder, candidate))
            main, reads = _read_by_once(candidate, _stamp(candidate), top, encoding)
            if main or target not in reads:
                continue
            own = _read_by_once(target, _stamp(target), top, encoding)[1] if own is None else own
            if candidate not in own and not _main_file_reading(candidate, input_folder, encoding):
                return candidate
    return None


def _stamp(path: str) -> tuple[Any, Any]:
    """``path``'s size and modification time: a file read once per process is read anew when edited."""
    fs, local = fsspec.core.url_to_fs(path)
    return _stamp_of(fs.info(local))


def _stamp_of(info: dict[str, Any]) -> tuple[Any, Any]:
    """The size and modification time of a file fsspec describes (``info`` or an ``ls`` entry)."""
    return info.get("size"), info.get("mtime")


@lru_cache(maxsize=MAX_CACHED_MAINS)
def _read_by_once(path: str, stamp: tuple[Any, Any], top: str, encoding: str) -> tuple[bool, frozenset[str]]:
    """``_read_by``, read once per process while ``path``'s size and modification time (``stamp``)
    stay: every chapter of a folder looks at the same files for its main file, and a thesis of
    twenty chapters read each of them twenty times."""
    main, reads = _read_by(path, top, encoding)
    return main, frozenset(reads)


def _folders_up(path: str, top: str | None) -> list[str]:
    """The folder of ``path`` and those above it up to the input folder ``top`` (None: none)."""
    if top is None:
        return []
    top = "" if top in (".", "./") else top.rstrip("/")
    folders, here = [], posixpath.dirname(path)
    while here == top or here.startswith(top + "/") or (not top and not here.startswith(("/", ".."))):
        folders.append(here)
        if here == top:
            break
        here = posixpath.dirname(here)
    return folders


def _tex_files(folder: str) -> list[tuple[str, tuple[Any, Any]]]:
    """The ``.tex`` files directly in ``folder``, as paths in the form ``folder`` is written, each with
    its size and modification time."""
    fs, local = fsspec.core.url_to_fs(folder or ".")
    found = fs.ls(local, detail=True)
    files = sorted(
        (posixpath.basename(entry["name"].rstrip("/")), _stamp_of(entry))
        for entry in found
        if entry["type"] == "file"
    )
    return [(posixpath.join(folder, name), stamp) for name, stamp in files if name.endswith(".tex")]


def _read_by(path: str, top: str, encoding: str) -> tuple[bool, set[str]]:
    """Whether ``path`` is a main file (it has ``\\begin{document}``), and the files it reads through
    its includes as LaTeX finds them (includes of includes too): a main file from its folder, a
    chapter (no ``\\documentclass`` either) read without its main file from its folder, else from a
    folder above it up to ``top``; none for a main file whose body is elsewhere, a link out of
    ``top``, or a file too large."""
    try:
        text = _read(path, top, MAX_INCLUDED_BYTES, encoding)
    except FormatError:
        return False, set()
    if not isinstance(text, str) or text is _OUTSIDE or not INCLUDE.search(text):
        return False, set()
    source = _tight_edges(_uncomment(hide_code(text, [], VERB_OR_COMMENT, _knows_environment)))
    main = _body(source) is not None
    if not main and _is_main_file(source):
        return False, set()
    root = posixpath.dirname(path)
    above = () if main else tuple(_folders_up(path, top)[1:])
    notes: dict[str, list[str]] = {"included": [], "refused_includes": [], "missing_includes": []}
    with contextlib.suppress(FormatError):  # too large: what it read up to there still counts
        budget = [MAX_INCLUDED_BYTES, MAX_INCLUDES]
        _flatten(source, root, notes, 0, (posixpath.normpath(path),), budget, encoding, [], above=above)
    return main, {posixpath.normpath(posixpath.join(root, name)) for name in notes["included"]}


def _no_document_message(source: str, root: str) -> str:
    """Why a file without ``\\begin{document}`` is refused, and what to do: a main file (it has
    ``\\documentclass``) whose body is in an ``\\input`` file names that file and says whether it is
    beside it (lshort-letter.tex's ``\\input{lshort-base.tex}``); any other is a part of a paper."""
    if MAIN_FILE_CLASS.search(source):
        names = [(found[1] or found[2]).strip() for found in INCLUDE.finditer(source)]
        missing = [name for name in names if not (_exists(root, name) or _exists(root, name + ".tex"))]
        if names:
            where = "which was not found next to it" if missing else "which is next to it"
            name = (missing or names)[0]
            return (
                f"no \\begin{{document}} in this main file; it reads \\input{{{name}}}, {where}, "
                "and the reader takes the body from the main file only: give it a main file that holds "
                "\\begin{document} … \\end{document} (move them out of the \\input file)"
            )
    return PART_OF_A_PAPER


PART_OF_A_PAPER = "no \\begin{document}: this file is part of a paper; point the input at the main .tex file"


MAIN_FILE_CLASS = re.compile(r"\\document(?:class|style)(?![A-Za-z])")


def _body(source: str) -> tuple[int, int] | None:
    """(start, end) of the text between ``\\begin{document}`` and the ``\\end{document}`` that ends
    it; one typed as code (``\\verb|\\end{document}|``, a verbatim block) ends nothing: acmart's sample
    lost its last 170 lines there. None without ``\\begin{document}``."""
    masked = TYPED_CODE.sub(lambda found: " " * len(found[0]), source)
    masked = VERB.sub(lambda found: " " * len(found[0]), masked)
    begin = _document_begin(masked)
    if begin is None:
        return None
    end = DOCUMENT_END.search(masked, begin.end())
    return begin.end(), end.start() if end else len(source)


def _document_begin(source: str) -> re.Match | None:
    """The ``\\begin{document}`` that starts the document: the first outside every environment.
    When each stands inside one and so does every ``\\documentclass``, the file is a chapter whose
    code shows a preamble (None); a paper with a top-level ``\\documentclass`` keeps its first."""
    found = list(DOCUMENT_BEGIN.finditer(source))
    begin = next((one for one in found if not inside_environment(source, one.start())), None)
    if begin is None and found:
        classes = DOCUMENT_CLASS.finditer(source)
        return found[0] if any(not inside_environment(source, one.start()) for one in classes) else None
    return begin


# where a paper declares its 8-bit encoding: inputenc's option, or its class's (eskdx's
# \documentclass[russian,koi8-r]{eskdtext})
DECLARED_ENCODING = re.compile(
    rb"\\usepackage\s*\[(?P<options>[^\]]*)\]\s*\{inputenc\}|\\documentclass\s*\[(?P<class_options>[^\]]*)\]"
)
# inputenc's names for the 8-bit encodings a paper may declare, as Python's codecs
CODECS = {"cp1251": "cp1251", "cp866": "cp866", "koi8-r": "koi8_r", "koi8-u": "koi8_u",
          "maccyr": "mac_cyrillic", "macukr": "mac_cyrillic", "iso88595": "iso8859_5", "latin1": "latin_1",
          "latin2": "iso8859_2",
          "latin5": "iso8859_9", "latin9": "iso8859_15", "cp1250": "cp1250", "cp1252": "cp1252",
          "ansinew": "cp1252", "applemac": "mac_roman", "cp437": "cp437", "cp850": "cp850"}  # fmt: skip


def _decode(data: bytes) -> tuple[str, str]:
    """(text, codec): UTF-8, or the 8-bit encoding the paper declares with
    ``\\usepackage[cp1251]{inputenc}`` (disser's manual, in cp1251, was refused as invalid UTF-8) or
    as its class's option (eskdx's ``\\documentclass[russian,koi8-r]{eskdtext}``, refused the same
    way); CRLF or CR line ends read as LF."""
    try:
        return lf_line_ends(decode_utf8(data, "LaTeX")), "utf-8"
    except FormatError as error:
        codec = next(filter(None, map(_declared_codec, DECLARED_ENCODING.finditer(data))), None)
        if error.reason != "invalid_utf8" or codec is None:
            raise
        return lf_line_ends(data.decode(codec, errors="replace")), codec


def _declared_codec(declaration: re.Match) -> str | None:
    """The codec of the first encoding among a declaration's options, their comments aside (a class's
    options often stand one a line, each with a ``%`` note)."""
    typed = declaration["options"] or declaration["class_options"]
    options = re.sub(rb"%[^\n]*", b"", typed).decode("ascii", errors="replace")
    return next((CODECS[name.strip()] for name in options.split(",") if name.strip() in CODECS), None)


def _uncomment(source: str) -> str:
    """``source`` without its comments; a ``%`` inside ``\\verb+…+`` or a ``\\SaveVerb`` text is code
    ("-o %.nls"), not one."""
    return VERB_OR_COMMENT.sub(_without_comment, source)


# TeX skips the spaces after a control word, and one line end: "\\begin {document}" opens the document
# (a lab report typed so was refused as a fragment); a blank line would be a paragraph break
SPACED_EDGE = re.compile(r"(?<!\\)\\(begin|end)[ \t]*(?:\n[ \t]*)?(?=\{)")


def _tight_edges(source: str) -> str:
    """``source`` with each ``\\begin {name}``/``\\end {name}`` written as TeX reads it, with no space."""
    return SPACED_EDGE.sub(r"\\\1", source)


# where a comment's line end is the author's, not one the comment hides: after a space that ends a
# word or a command's argument ("\\satitle{доцент} %должность") or after a line break ("…}\\\\[1.5cm]
# % Name"), TeX reads the same with the line end as without it
LINE_ENDS_BEFORE_COMMENT = re.compile(r"(?:[^\s\\][ \t]+|(?<!\\)(?:\\\\)+\*?(?:\[[^\]\n]*\])?[ \t]*)\Z")


def _without_comment(found: re.Match) -> str:
    """A comment's replacement: nothing, or a space after a control word (TeX eats it), or the line
    end it took where that was the author's (``LINE_ENDS_BEFORE_COMMENT``): the source's lines stay
    lines for the rules that read lines, a title page's "институт}\\\\[1.5cm] % Name" lines ran into one
    and a class's title-page fields ("\\satitle{…} %должность" over "\\saname{…}") into a sentence."""
    if found.group(0)[0] == "\\":
        return found.group(0)  # \\verb+…+: code
    before = max(0, found.start() - 64)
    if "\n" in found.group(0) and LINE_ENDS_BEFORE_COMMENT.search(found.string, before, found.start()):
        return "\n"
    return " " if CONTROL_WORD_END.search(found.string, before, found.start()) else ""


def _flatten(
    source: str,
    root: str,
    notes: dict[str, list[str]],
    depth: int,
    chain: tuple[str, ...],
    budget: list[int],
    encoding: str = "utf-8",
    bodies: list[str] | None = None,
    verbatim: frozenset[str] = frozenset(),
    above: tuple[str, ...] = (),
) -> str:
    """Replace each include by its file's text; refused, missing and too-deep ones are recorded.

    A file already on the chain of includes that led here is a cycle and is refused; all included
    text together may not pass ``MAX_INCLUDED_BYTES`` nor ``MAX_INCLUDES`` expansions (a file
    included twice per level doubles with every level); a symlink whose real path leaves the
    paper's folder is refused. ``budget`` is [bytes left, expansions left], shared by the recursion.
    An included file's verbatim code is hidden into ``bodies`` as the main file's is (``hide_code``),
    the paper's own ``verbatim`` environments too. A file not in ``root`` is looked for in the
    folders ``above`` in turn (a chapter read without its main file: TeX reads from the main file's
    folder, one of them); the first that has it wins and is recorded in ``included_from_above``.
    """

    def include(match: re.Match) -> str:
        name = (match.group(1) if match.group(1) is not None else match.group(2)).strip()
        target = _inside(root, name)
        if target is None:
            notes["refused_includes"].append(name)
            return ""
        if depth >= MAX_DEPTH:
            notes["refused_includes"].append(f"{name} (nested deeper than {MAX_DEPTH})")
            return ""
        for folder, candidate in _include_candidates(root, target, name, above):
            if candidate in chain:
                notes["refused_includes"].append(f"{name} (includes itself: a cycle)")
                return ""
            text = _read(candidate, folder, budget[0], encoding)
            if text is _OUTSIDE:
                notes["refused_includes"].append(f"{name} (a link out of the paper's folder)")
                return ""
            if text is not None:
                budget[0] -= len(text)
                budget[1] -= 1
                if budget[0] < 0 or budget[1] < 0:
                    raise FormatError(
                        "too_large",
                        f"its \\input/\\include files expand to more than {MAX_INCLUDES:,} includes or "
                        f"{MAX_INCLUDED_BYTES:,} bytes (a file included many times?)",
                    )
                notes["included"].append(posixpath.relpath(candidate, root))
                if folder != root:
                    notes.setdefault("included_from_above", []).append(f"{name} (in {folder or '.'})")
                if bodies is not None:
                    text = hide_code(text, bodies, VERB_OR_COMMENT, _knows_environment, verbatim)
                return _flatten(
                    _tight_edges(_uncomment(text)),
                    root,
                    notes,
                    depth + 1,
                    (*chain, candidate),
                    budget,
                    encoding,
                    bodies,
                    verbatim,
                    above,
                )
        notes["missing_includes"].append(name)
        return ""

    return INCLUDE.sub(include, source)


def _include_candidates(root: str, target: str, name: str, above: tuple[str, ...]) -> list[tuple[str, str]]:
    """(folder, path) for the paths an include ``name`` may be at, in the order TeX tries them: as
    written, then with ``.tex``, first in ``root`` (``target``, ``name`` inside it), then in each
    folder ``above``."""
    targets = [(root, target)] + [
        (folder, posixpath.normpath(posixpath.join(folder, name))) for folder in above
    ]
    return [(folder, path) for folder, path in targets for path in (path, path + ".tex")]


MAX_PACKAGE_BYTES = 1_000_000  # a paper's own .sty is small; a larger file is not read for this


def _declared_verbatim(source: str, root: str, encoding: str) -> frozenset[str]:
    """The verbatim environments ``source`` declares (``latex_code.declared_verbatim``), in its text or
    in a package it loads from its own folder (gretl's gretl.sty declares ``code`` and ``scode``)."""
    texts = [source]
    for found in PACKAGES.finditer(source):
        for name in (part.strip() for part in found[1].split(",")):
            target = _inside(root, name + ".sty") if name else None
            if target and _exists(root, name + ".sty"):
                try:
                    text = _read(target, root, MAX_PACKAGE_BYTES, encoding)
                except FormatError:  # too large for a package: not read, as folder_definitions skips it
                    continue
                texts.append(text if isinstance(text, str) and text is not _OUTSIDE else "")
    return declared_verbatim("\n".join(texts))


def _exists(root: str, name: str) -> bool:
    """Whether ``name`` is a file inside the paper's folder (``\\IfFileExists``)."""
    target = _inside(root, name)
    if target is None:
        return False
    fs, local = fsspec.core.url_to_fs(target)
    return bool(fs.isfile(local))


def _inside(root: str, name: str) -> str | None:
    """The path of ``name`` under ``root``, or None when it would leave the paper's folder; an empty
    ``root`` is the working folder (a paper given as ``main.tex`` from ``--input .``)."""
    target = posixpath.normpath(posixpath.join(root, name))
    if (
        posixpath.isabs(name)
        or not (target + "/").startswith(root.rstrip("/") + "/" if root else "")
        or ".." in name.split("/")
    ):
        return None
    return target


_OUTSIDE = "\0outside"  # _read's answer for a link whose real path leaves the paper's folder


def _read(path: str, root: str, budget: int, encoding: str = "utf-8") -> str | None:
    """The file's text (UTF-8, else in the paper's ``encoding``); None when it isn't a regular file;
    ``_OUTSIDE`` for a link out of ``root``. A file larger than what is left of the budget is not
    read at all."""
    fs, local = fsspec.core.url_to_fs(path)
    if not fs.isfile(local):
        return None
    if "file" in (fs.protocol if isinstance(fs.protocol, tuple) else (fs.protocol,)):
        real, inside = os.path.realpath(local), os.path.realpath(fsspec.core.url_to_fs(root)[1])
        if not real.startswith(inside.rstrip(os.sep) + os.sep):
            return _OUTSIDE
    if int(fs.size(local) or 0) > budget:
        raise FormatError(
            "too_large", f"the included file {posixpath.basename(path)} exceeds {budget:,} bytes"
        )
    data = fs.cat_file(local)
    try:
        return lf_line_ends(data.decode("utf-8"))
    except UnicodeDecodeError:
        return lf_line_ends(data.decode(encoding, errors="replace"))


def _unmarked(formula: re.Match) -> str:
    """A formula without the records of macros that printed nothing in it: a formula is kept whole."""
    return without_marks(formula[0])


def _sections(source: str, stash: _Stash, math: str) -> Parsed:
    builder = TextBuilder()
    headings: list[tuple[int, int, str, str]] = []  # start, level, label, title
    cursor = 0
    for match in HEADING.finditer(source):
        if match.start() < cursor:
            continue  # inside the previous heading's title
        _append_text(builder, source[cursor : match.start()], stash, math)
        command = match.group(1) or "thebibliography"
        title_end = _closing_brace(source, match.end()) if match.group(1) else match.end()
        converted = _to_text(source[match.end() : title_end]) if match.group(1) else ""
        converted = converted.replace(HARD_BREAK, " ")  # a heading's title is one line
        if (unmarked := without_marks(converted)) != converted:  # "\subsubsection{\tlc@headerFooter}"
            attrs = {"text": named(converted), "why": "heading"}
            stash.removed.append(Span(builder.length, builder.length, "undefined_macro", attrs=attrs))
            converted = _without_orphaned_separator(converted, unmarked)
        title = " ".join(stash.plain(converted).split())
        builder.separate("\n\n")
        label = "references" if command == "thebibliography" else heading_label(title) or command
        start = builder.length
        if title:
            heading = stash.plain(_inline_code_escaped(_escaped(converted), stash))
            _append_text(builder, " ".join(heading.split()), stash, math)
        # the title as the text prints it: "Глава \thesection. Обзор" is "Обзор" there, its number
        # (only the PDF knows it) in ``removed``; the source's title held the number's placeholder
        headings.append((start, LEVELS[command], label, builder.tail(builder.length - start).strip()))
        cursor = title_end + 1 if match.group(1) else match.end()
    _append_text(builder, source[cursor:], stash, math)
    text = builder.text.rstrip()
    for index, (start, level, label, title) in enumerate(headings):
        end = next((s for s, lvl, _, _ in headings[index + 1 :] if lvl <= level), len(text))
        builder.span(start, len(text[:end].rstrip()), label, title=title or None, level=level)
    spans = _ending_by(builder.spans, len(text))
    cited = _ending_by(stash.spans, len(text))
    removed = [replace(s, start=min(s.start, len(text)), end=min(s.end, len(text))) for s in stash.removed]
    layers = {name: spans for name, spans in ((REFERENCES, cited), ("removed", removed)) if spans}
    return Parsed(text, spans, "paper", 0, {}, layers)


def _ending_by(spans: list[Span], length: int) -> list[Span]:
    """``spans`` that start within a text of ``length``, each ending by its end: the text's end drops
    the trailing spaces of a last code line ("End Sub  "), and a block that ended the document lost
    its ``code`` span with them."""
    return [replace(span, end=min(span.end, length)) for span in spans if span.start <= min(span.end, length)]


TITLE_SEPARATOR = re.compile(r"^[\s.:;,)–—-]+(?=\S)")  # "1. ", "1) ", "1 — " after a heading's number


def _without_orphaned_separator(marked: str, unmarked: str) -> str:
    """A heading's title without the undefined macros ``marked`` holds, and without the separator
    that stood after one that opened it: "\\subsection*{\\thesubsection. Title}" of a class's
    command read ". Title"."""
    return unmarked if TITLE_SEPARATOR.match(marked) else TITLE_SEPARATOR.sub("", unmarked)


def _escaped(text: str) -> str:
    """``text``, converted once already, as LaTeX that converts back to it: a heading's title goes
    through ``_append_text`` again, where its "&" (from ``\\&``) was an alignment tab, its "%" a
    comment, its braces a group ("Title, Author \\& Abstract" printed "Title, Author Abstract").
    Formulas are still tokens here: their source is not escaped."""
    return SPECIAL.sub(lambda match: ESCAPED[match.group(0)], text)


SPECIAL = re.compile(r"[\\~{}%$#&]")  # what a second conversion reads as markup ("^", "_" are kept)


def _inline_code_escaped(text: str, stash: _Stash) -> str:
    """``text`` with each stashed inline code span its code, escaped like the text around it (``\\cs``
    in a heading: "Ensure that \\textbackslash remains robust" read "Ensure that \\remains robust",
    the name run as the command it names); other stashed pieces stay tokens."""

    def code(token: re.Match) -> str:
        block = stash.blocks[int(token.group(3))]
        return _escaped(block.text) if block.attrs.get("inline") else token.group(0)

    return PIECE.sub(lambda token: code(token) if token.group(3) is not None else token.group(0), text)


def _closing_brace(source: str, start: int) -> int:
    depth = 1
    for index in range(start, len(source)):
        char = source[index]
        if char == "{" and source[index - 1] != "\\":
            depth += 1
        elif char == "}" and source[index - 1] != "\\":
            depth -= 1
            if depth == 0:
                return index
    return len(source)


def _append_text(builder: TextBuilder, latex: str, stash: _Stash, math: str) -> None:
    """Convert a stretch of LaTeX, paragraph by paragraph, and put formulas and citations back with
    their spans. A lead-in whose object went whole to ``removed`` goes with it (``latex_lead_ins``)."""
    prepared = [_prepared(paragraph, stash) for paragraph in PARAGRAPH_BREAK.split(_to_text(latex))]
    # a paragraph of running heads, blank formulas or bare switches alone printed nothing of the text:
    # no lead-in went with it
    cut = [
        not text and any(_printed_text(label, attrs) for label, attrs, _ in records)
        for text, records in prepared
    ]
    ends_in_cut = [_ends_in_cut(text, records) for text, records in prepared]
    lead_ins = lead_ins_of_cut([text for text, _ in prepared], cut, ends_in_cut)
    for position, (paragraph, records) in enumerate(prepared):
        words = len(WORD_TOKEN.findall(paragraph))
        paragraph, opening, closing = _without_lead_ins(paragraph, lead_ins.get(position, []), stash)
        shift = (
            words - len(WORD_TOKEN.findall(paragraph)) if opening else 0
        )  # the words of a lead-in cut at its start
        at = builder.length
        inside = []  # cut after kept words of the paragraph: placed once it is in the text
        for label, attrs, before in records:
            if before - shift > 0 and paragraph:
                inside.append((label, attrs, before - shift))
            else:
                stash.removed.append(Span(at, at, label, attrs=attrs))
        for label, attrs in opening:
            stash.removed.append(Span(at, at, label, attrs=attrs))
        if paragraph:
            offsets = _append_paragraph(
                builder, paragraph, stash, math, [_word_end(paragraph, before) for *_, before in inside]
            )
            for (label, attrs, _), offset in zip(inside, offsets, strict=True):  # where it stood
                stash.removed.append(Span(offset, offset, label, attrs=attrs))
        for label, attrs in closing:  # where they stood: after what is left of the paragraph
            stash.removed.append(Span(builder.length, builder.length, label, attrs=attrs))


def _prepared(paragraph: str, stash: _Stash) -> tuple[str, list[tuple[str, dict, int]]]:
    """(a converted paragraph without what goes to ``removed``, the records of what went: label,
    attrs, the number of the paragraph's kept words before it), before any of it is placed in the
    text. A record of a sentence cut inside the paragraph stands where it was; the others (values
    only the PDF knows, their orphans) at the paragraph's start."""
    paragraph, blank = _without_invisible_math(paragraph, stash)
    paragraph, undefined, undefined_orphans = drop_undefined(paragraph)
    # "Other commands are: (\g) 45\g, (\C) 30\C…" without the class
    records = [(cut.label, {"text": stash.plain(_tidy(cut.text))}, _words(cut)) for cut in undefined]
    for cut in undefined_orphans:
        attrs = {"text": stash.plain(_tidy(cut.text)), "why": "points_back"}
        records.append(("orphaned_by_cut", attrs, _words(cut)))
    at_start: list[tuple[str, dict]] = []
    paragraph, asides = drop_reference_asides(paragraph)
    paragraph, dropped, phrases, orphans = drop_computed_and_orphans(
        paragraph, ends=_display_sentence_ends(paragraph, stash)
    )
    records += _unresolved_citations(paragraph, stash) + blank
    records.sort(key=lambda record: record[2])  # in source order: a cut, the sentence pointing back at it
    paragraph = _tidy(paragraph)
    if (
        dropped
        and paragraph
        and len(paragraph.split()) <= LEAD_IN_WORDS
        and paragraph[-1] in ".:"
        and not (
            re.search(r"[\d,;]", paragraph)  # "Приказ № 5, § 3." is a sentence, no heading
        )
    ):
        dropped, paragraph = [paragraph, *dropped], ""  # "Объем и структура работы." led only into them
    at_start += [("computed_value", {"text": stash.plain(_tidy(sentence))}) for sentence in dropped]
    # "на странице …": the page only the PDF knows, its sentence kept
    at_start += [("page_reference", {"text": stash.plain(_tidy(phrase))}) for phrase in phrases]
    at_start += _cut_companions(stash, asides, orphans)
    return paragraph, [*records, *((label, attrs, 0) for label, attrs in at_start)]


def _display_sentence_ends(paragraph: str, stash: _Stash) -> list[int]:
    """The ends (their space after them) of the displays of ``paragraph`` that the next sentence follows
    (a capital after them): TeX sets the display as the close of the sentence that leads into it
    ("…will be ⟨display⟩ In…")."""
    ends = []
    for token in TOKEN.finditer(paragraph):
        after = len(paragraph) - len(paragraph[token.end() :].lstrip())  # its space stays with it
        if stash.formulas[int(token[1])].startswith(DISPLAY_START) and paragraph[after : after + 1].isupper():
            ends.append(after)
    return ends


def _without_invisible_math(paragraph: str, stash: _Stash) -> tuple[str, list[tuple[str, dict, int]]]:
    """``paragraph`` without the formulas that print nothing (``prints_nothing``: "$\\phantom{x}$",
    an author's blank room, layout and no formula of the text), and an ``INVISIBLE_MATH`` record
    of each: label, attrs, the number of the paragraph's kept words before it."""
    kept, records, cursor = [], [], 0
    for token in TOKEN.finditer(paragraph):
        formula = stash.formulas[int(token[1])]
        if prints_nothing(formula):
            kept.append(paragraph[cursor : token.start()])
            cursor = token.end()
            before = len(WORD_TOKEN.findall(_tidy("".join(kept))))
            records.append((INVISIBLE_MATH, {"text": formula}, before))
    return "".join(kept) + paragraph[cursor:], records


def _printed_text(label: str, attrs: dict) -> bool:
    """Whether what a record took out printed text of the paper: a running head, a formula that
    prints nothing and a command alone without arguments (a switch, ``\\bigtiles``; a class's heading,
    ``\\Introduction``) did not, so no lead-in before them pointed at them."""
    return label not in PRINTS_NO_TEXT and not BARE_COMMAND.fullmatch(attrs.get("text", ""))


def _ends_in_cut(paragraph: str, records: list[tuple[str, dict, int]]) -> bool:
    """Whether sentences cut from the kept ``paragraph`` stood after its last kept word."""
    words = len(WORD_TOKEN.findall(paragraph))
    return bool(paragraph) and any(
        before >= words > 0 for label, _, before in records if label not in PRINTS_NO_TEXT
    )


def _words(cut: Cut) -> int:
    """How many words of the tidied paragraph stand before ``cut`` (measured as the paragraph
    will be: "~" a space, holes closed)."""
    return len(WORD_TOKEN.findall(_tidy(cut.kept_before)))


def _without_lead_ins(
    paragraph: str, stretches: list[tuple[int, int, str]], stash: _Stash
) -> tuple[str, list[tuple[str, dict]], list[tuple[str, dict]]]:
    """(``paragraph`` without the ``stretches`` that lead into cut text, the ``orphaned_by_cut``
    records of those at its opening, of those at its end); overlapping stretches (a sentence both
    going on with a cut lead-in and leading into cut text) are one record. A lead-in that says
    something of its own keeps its sentence: only its colon goes, a period in its place
    (``colon_of_cut_sample``, recorded with ``replaced_by``)."""
    merged: list[list] = []
    for start, end, why in sorted(stretches):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end, why])
    opening, closing = [], []
    for start, end, why in merged:
        record = ("orphaned_by_cut", {"text": stash.plain(_tidy(paragraph[start:end])), "why": why})
        if why in (COLON_OF_CUT_SAMPLE, TAIL_OF_CUT_SAMPLE):  # the lead-in stays, a period for its colon
            record[1]["replaced_by"] = "."
        (opening if start == 0 else closing).append(record)
    for start, end, why in reversed(merged):
        if why in (COLON_OF_CUT_SAMPLE, TAIL_OF_CUT_SAMPLE):
            paragraph = f"{paragraph[:start]}.{paragraph[end:]}"
        else:
            paragraph = f"{paragraph[:start].rstrip()} {paragraph[end:].lstrip()}"
    return paragraph.strip(), opening, closing


def _word_end(paragraph: str, words: int) -> int:
    """The index in ``paragraph`` right after its first ``words`` words (a bracket or a dash alone is
    none: a hole closed in the paragraph, "()" where an inline picture was, leaves no word to count)."""
    ends = [found.end() for found in WORD_TOKEN.finditer(paragraph)]
    return ends[words - 1] if 0 < words <= len(ends) else len(paragraph) if words else 0


WORD_TOKEN = re.compile(r"\S*\w\S*")


def _append_paragraph(
    builder: TextBuilder, paragraph: str, stash: _Stash, math: str, anchors: Sequence[int] = ()
) -> list[int]:
    """Append one converted paragraph, its formulas, code and citations put back with their spans;
    return where each of ``anchors`` (indices in ``paragraph``) lands in the text."""
    builder.separate("\n\n")
    cursor, landed = 0, {}
    for token in PIECE.finditer(paragraph):
        start = builder.length
        landed.update(
            {anchor: start + anchor - cursor for anchor in anchors if cursor <= anchor <= token.start()}
        )
        builder.append(paragraph[cursor : token.start()])
        if token.group(1) is not None:
            formula = stash.plain(stash.formulas[int(token.group(1))])  # a stash number never shows
            start, end = builder.append(formula if math == "source" else PLACEHOLDER)
            builder.span(start, end, "math", source=formula if math != "source" else None)
        elif token.group(3) is not None:
            block = stash.blocks[int(token.group(3))]
            start, end = builder.append(block.text)
            # inline code that prints nothing gets no span (acmart's \texttt{\acmSubmissionID}, empty
            # until an ID is set; its PDF: "Use with the command to print…"); its place stays two
            # spaces, so a hole the reader made, not the PDF, stays visible
            if block.text or not block.attrs.get("inline"):
                builder.span(start, end, block.label, **block.attrs)
        else:
            text, entries = stash.citations[int(token.group(2))]
            start, end = builder.append(text)
            attrs = {"keys": [e["key"] for e in entries], "entries": entries}
            stash.spans.append(Span(start, end, "citation", attrs=attrs))
        cursor = token.end()
    start = builder.length
    landed.update(
        {anchor: start + anchor - cursor for anchor in anchors if anchor >= cursor and anchor not in landed}
    )
    builder.append(paragraph[cursor:])
    return [landed.get(anchor, start) for anchor in anchors]


def _cut_companions(stash: _Stash, asides: list[str], orphans: list[str]) -> list[tuple[str, dict]]:
    """Records for ``removed`` of the references in parentheses whose number only the PDF knows
    (``reference_aside``, their sentence kept) and the sentences that pointed back at a dropped one
    (``orphaned_by_cut``, ``why`` ``points_back``, as the language trim's orphans are)."""
    records = [
        ("reference_aside", {"text": stash.plain(_tidy(aside))}) for aside in asides
    ]  # "(см. рисунок …)"
    for sentence in orphans:  # "Он отличается…" after "На рисунке … символ Linux."
        records.append(("orphaned_by_cut", {"text": stash.plain(_tidy(sentence)), "why": "points_back"}))
    return records


# a blank line, or a list item (ITEM_MARK before its label, "\n  * " as pylatexenc writes another
# \item): "Новизна: * Впервые … * Было" read as one run-on paragraph where the source had no blank
# lines between the items
PARAGRAPH_BREAK = re.compile(r"\n\s*\n|\n[ \t]+(?=\* )|\s*" + ITEM_MARK)
LEAD_IN_WORDS = 6  # a run-in heading left alone when the sentences it led into needed the PDF's values
# a citation whose entry no .bib has: the mark, then one character that numbers it among the
# document's unresolved citations (its source and keys kept in ``_Stash.unresolved``), so the hole
# mended in ``_tidy`` can still be recorded in ``removed`` where it stood
CITE_HOLE_MARK = "\ue007"
# private-use characters no other placeholder of the reader uses; past the last (3,584 citations
# without an entry in one document) the holes share it, and their records name the last one's source
FIRST_HOLE, LAST_HOLE = 0xE200, 0xEFFF
CITE_HOLE = f"{CITE_HOLE_MARK}[{chr(FIRST_HOLE)}-{chr(LAST_HOLE)}]"
# the words that lead to a citation ("proposed in \cite{x}", "см. также \cite{x}") go with it, and
# those that govern it as their whole object ("Согласно~\cite{x}, …", "Following~\cite{x}, we…",
# "see, e.g.,~\cite{x}"): left alone they read "Согласно, метод…", "Following, we…", "see."
# A comparison before the preposition goes too ("We proceed as in~\cite{x}, and stop.", "так же, как и
# в~\cite{x}."): left alone it read "We proceed as, and stop."
LEADING = (
    r"and|in|see,?|also|cf\.|e\.g\.,?|i\.e\.,?|by|from|of|following|according[ \u00a0]+to|due[ \u00a0]+to"
    r"|as|than|like|unlike|such[ \u00a0]+as"
    r"|и|в|во|см\.|также|из|у|согласно|как|чем|подобно"
)
LEADING_WORD = rf"[ \u00a0]+(?:{LEADING})(?![\w.])"
LEADING_WORDS = f"(?:{LEADING_WORD})*"
CITE_HOLES = f"[ \u00a0]*{CITE_HOLE}(?:[ \u00a0]*[,;][ \u00a0]*{CITE_HOLE})*"
# a sentence that opens on the citation's preposition, "Из~\cite{x} известно…", "In~\cite{x}, it was
# shown…": dropped alone the hole left "Из известно…", a preposition with no object. The words that
# led to it go too, a comma or colon after it, and the sentence opens on its next word; "See~\cite{x}."
# goes whole
SENTENCE_LEAD_HOLE = re.compile(
    rf"(?P<start>^|[.!?][ \u00a0]+)(?P<lead>(?i:{LEADING})(?![\w.])){LEADING_WORDS}{CITE_HOLES}"
    r"[ \u00a0]*(?:[,:](?![:\w])[ \u00a0]*)?(?:(?P<end>[.!?](?:[ \u00a0]+|$))|(?P<next>[^\W\d_]))?"
)


# a paragraph that only led to a citation, a preposition and a word or two before it ("From the paper
# \cite{x}:" over a display): without the entry it read "From the paper" alone
LEAD_FRAGMENT = rf"^(?i:{LEADING})(?![\w.])(?:[ \u00a0]+[^\W\d_][\w'’-]*){{1,2}}[ \u00a0]*"
LEAD_FRAGMENT_END = r"[ \u00a0]*:?$"

# a sentence that only points at a work: its last words a copula or a participle whose one complement
# is the citation, "The proof is in~\cite{x}.", "Это показано в~\cite{x}.", "Подробности можно найти
# в~\cite{x}.", maybe after a comparison ("The proof is as in~\cite{x}."), or a sentence whose verb is
# "see" ("Доказательство см. в~\cite{x}.", "Подробнее см.~\cite{x}.", "For details, see~\cite{x}.");
# without the entry it read "The proof is.", "Доказательство см.", "For details.", so it goes whole. A
# longer sentence (over ``POINTER_WORDS``), one whose verb has an object of its own ("We use the model
# in~\cite{x}.") or one with a clause before "see" ("The bound is known, see~\cite{x}.") only loses
# the citation
POINTER_WORDS = 6
FOR_WORDS = 3  # "For a full proof, see": the words of the purpose before "see"
POINTING = (
    r"is|are|was|were|be|been|[a-z]+(?:ed|en|wn)|found|made|done|set|put|read|held|told|laid|built"
    r"|найти|содержится|содержатся|[а-яё]+(?:но|на|ны|ан|ян|ен|ён)"
)
POINTER_WORD = r"[^\W_][\w'’-]*"
# the preposition whose object is the citation, after a comparison or "also": "as in", "также в";
# "This lemma is due to~\cite{x}."
POINTER_PREPOSITION = r"(?:(?:as|also|like|как|также|и)[ \u00a0]+){0,2}(?:in|в|во|due[ \u00a0]+to)"
SEE = r"(?i:see|см\.)(?:[ \u00a0]+(?:also|также))?(?:[ \u00a0]+(?:in|в|во))?"
POINTER_LEAD = (
    rf"(?:(?:{POINTER_WORD}[ \u00a0]+){{0,{POINTER_WORDS - 1}}}"
    rf"(?:(?i:{POINTING})[ \u00a0]+{POINTER_PREPOSITION}|{SEE})"
    rf"|(?i:for|для)(?:[ \u00a0]+{POINTER_WORD}){{1,{FOR_WORDS}}},?[ \u00a0]+{SEE})(?![\w.])"
)
SENTENCE_START = r"(?:^|(?<=[.!?] ))"
SENTENCE_END = r"(?:[.!?](?:[ \u00a0]+|$)|$)"
# what opens a claim of the sentence's own after a pointer at a work: "that"/"что" before a clause
CLAIM = r"(?<![\w-])(?i:that|что)(?![\w-])"
POINTER_SENTENCE = re.compile(rf"{SENTENCE_START}{POINTER_LEAD}{CITE_HOLES}[ \u00a0]*{SENTENCE_END}")
# a sentence that opens on "See" and the citation, "See~\cite{x} for details.", "См.~\cite{x}, где
# это доказано.": the rest is what to look for there, and without the entry it read "For details.",
# so it goes whole, its ``removed`` record the sentence ("See \cite{x} for details"); a rest holding
# a formula or another citation (the reader's private-use placeholders), or a claim of its own (a
# clause after a semicolon, "…; the converse fails", or a "that" clause, "for a proof that every
# compact set is closed"), is no such rest
SEE_SENTENCE = re.compile(
    rf"{SENTENCE_START}{SEE}(?P<holes>{CITE_HOLES})"
    rf"(?P<rest>(?:(?!{CLAIM})[^.!?;\ue000-\uf8ff]|[.!?](?![ \u00a0]|$))*)" + SENTENCE_END
)


def _sentence_lead_hole(match: re.Match) -> str:
    """What stays of a sentence whose opening preposition's object was a citation without an entry:
    its start and its next word, capitalised where the preposition was (a paragraph going on in
    lower case after a formula keeps its case), or only its start where it had no more words."""
    if match["end"] is not None:
        return match["start"]
    following = match["next"] or ""
    return match["start"] + (following.upper() if match["lead"][0].isupper() else following)


HOLES = (
    (POINTER_SENTENCE, ""),
    (re.compile(LEAD_FRAGMENT + CITE_HOLES + LEAD_FRAGMENT_END), ""),
    (SEE_SENTENCE, ""),
    (SENTENCE_LEAD_HOLE, _sentence_lead_hole),
    # "The rate, according to~\cite{x}, is…": an aside that was only its citation goes with both
    # its commas ("The rate,, is…" where it left one of them)
    (re.compile(rf"[ \u00a0]*,(?:{LEADING_WORD})+{CITE_HOLES}[ \u00a0]*,(?=[ \u00a0])"), ""),
    # "(Пифагор, \cite{x})" without an entry: the separator before the hole goes with it
    (re.compile(r"[,;][ \u00a0]*" + LEADING_WORDS + CITE_HOLES + r"(?=[)\]])"), ""),
    # "(see~\cite{x} for $n>2$)": the words after the bracket go as they do after a space (they read
    # "(see for $n>2$)", and their record said "see" had gone)
    (re.compile(rf"(?<=[(\[])(?i:{LEADING})(?![\w.]){LEADING_WORDS}{CITE_HOLES}"), ""),
    (re.compile(LEADING_WORDS + CITE_HOLES), ""),
    # "Одна ссылка:." where the citation was, "For $n>2$,." after a formula; "::" is one token, C++'s
    # "std::map", Haskell's "::"
    (re.compile(r"(?<=[^\W\d_]|\ue001)(?:[;,](?=[.!?;:])|:(?=[.!?;]))"), ""),
    (re.compile(r"(?:«»|“”|\"\"|\(\))"), ""),  # empty quotes or brackets of an empty field
    # "Специальность —": a label alone before a line-end dash, its field empty ("Специальность
    # 05.13.18 —", the field given, keeps the dash the line ends with)
    (re.compile(r"^([^\W\d_]+)[ \u00a0]+[—–-][ \u00a0]*$"), r"\1"),
    (re.compile("(?<=\ue003)(?=\ue002)"), " "),  # two citations typed together: "(A 2009) (B 2008)"
    (
        re.compile(r"\((?:(?:e\.g\.|i\.e\.|see|cf\.|also)[,;]?\s*)*[,;\s]*\)"),
        "",
    ),  # "(e.g., )" of a dropped cite
    (re.compile(r"[ \u00a0]+(?=[,.;:)\]](?:\s|$))"), ""),  # "package ," where a macro was dropped
    (re.compile(r"(?<=[(\[])[ \u00a0]+"), ""),
    (re.compile(r"(?<=\S) {2,}"), " "),  # "Not known  here" where "()" of a dropped cite was
)

# the words ``HOLES`` take with a citation without an entry, the sentence's first among them
UNRESOLVED_CITATION = re.compile(
    rf"(?:{SENTENCE_START}{POINTER_LEAD}[ \u00a0]*(?={CITE_HOLES}[ \u00a0]*(?:[.!?]|$))"
    rf"|{LEAD_FRAGMENT}(?={CITE_HOLES}{LEAD_FRAGMENT_END})"
    rf"|(?i:(?<!\w)(?:{LEADING})(?![\w.]){LEADING_WORDS}[ \u00a0]*))?{CITE_HOLE}"
)


def _unresolved_citations(paragraph: str, stash: _Stash) -> list[tuple[str, dict, int]]:
    """Records for ``removed`` of the citations without a bibliography entry that ``_tidy`` will mend
    out of ``paragraph`` with the words that led to them ("as in \\cite{x}"): label, attrs, the number
    of the paragraph's kept words before it. Nothing cut goes unexplained, a citation no more than a
    sentence."""
    records = []
    paragraph = " ".join(paragraph.split())  # a line break or "~" between the words and the citation
    rests = {found.end("holes"): found["rest"].rstrip() for found in SEE_SENTENCE.finditer(paragraph)}
    for found in UNRESOLVED_CITATION.finditer(paragraph):
        typed, keys = stash.unresolved[ord(found[0][-1]) - FIRST_HOLE]
        lead, rest = " ".join(found[0][:-2].split()), rests.get(found.end(), "")
        attrs = {"text": f"{lead} {typed}{rest}".strip(), "keys": keys, "why": "no_bibliography_entry"}
        records.append(
            ("unresolved_citation", attrs, len(WORD_TOKEN.findall(_tidy(paragraph[: found.end()]))))
        )
    return records


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
# a register set in the text, "\extrarowheight=3pt \tabcolsep=6pt \tolerance=1000": layout, no words
ASSIGNMENT = re.compile(
    r"\\[A-Za-z@]+[ \t]*=[ \t]*-?(?:\d+\.?\d*|\.\d+)[ \t]*(?:pt|cm|mm|em|ex|in|bp|sp|pc|dd|cc)(?![A-Za-z])"
    r"|\\(?:[a-z]*penalty|tolerance|pretolerance|emergencystretch|looseness)[ \t]*=[ \t]*-?\d+"
)

# TeX's spacing primitives with their glue, "\vskip12pt", "\hskip 1em plus⏎ 0.5em minus 0.4em", "\kern-3pt",
# "\vskip 2\baselineskip": white space, no words (AASTeX's guide printed "12pt" five times and
# "24pt" between its paragraphs; IEEEtran's bibliography "3rd ed.1em plus 0.5em minus 0.4emHarlow")
_GAP = r"[ \t]*\n?[ \t]*"  # a line end is a space to TeX; a blank line is not
_DIMENSION = (
    rf"{_GAP}(?P<sign>-?){_GAP}(?:\d+\.?\d*|\.\d+)?{_GAP}"
    r"(?:(?:true)?(?:pt|cm|mm|em|ex|in|bp|sp|pc|dd|cc|mu|fil{1,3})|\\[A-Za-z@]+)"  # "-.125emX": em, then X
)
_STRETCH = _DIMENSION.replace("?P<sign>", "?:")  # plus/minus: how far the glue may stretch or shrink
SKIP = re.compile(
    rf"\\(?P<primitive>vskip|hskip|kern|mskip|mkern|moveleft|moveright|raise|lower)(?![A-Za-z@]){_DIMENSION}"
    rf"(?:{_GAP}plus{_STRETCH})?(?:{_GAP}minus{_STRETCH})? ?"  # TeX eats one space after the unit
)


# a length the document declares, set in the text without "=": "\macroskip2\baselineskip" (codedoc's
# xeindex manual), "\gap-3pt plus 1pt"; the value is a number and unit or a length register
_REGISTER_VALUE = (
    r"[ \t]*=?[ \t]*-?[ \t]*(?:\d+\.?\d*|\.\d+)?[ \t]*"
    r"(?:(?:true)?(?:pt|cm|mm|em|ex|in|bp|sp|pc|dd|cc|mu)(?![A-Za-z])"
    r"|\\[A-Za-z@]*(?:width|height|depth|skip|sep|indent|size|length)(?![A-Za-z@]))"
    rf"(?:{_GAP}plus{_STRETCH})?(?:{_GAP}minus{_STRETCH})?"
)


def without_register_settings(latex: str, lengths: frozenset[str]) -> str:
    """``latex`` without the settings of the ``lengths`` the document declares (``\\newskip``,
    ``\\newlength``): layout, no words (the manual's margin names left "2" before a paragraph)."""
    if not lengths:
        return latex
    names = "|".join(re.escape(name) for name in sorted(lengths, key=len, reverse=True))
    return re.sub(rf"\\(?:{names})(?![A-Za-z@]){_REGISTER_VALUE}", "", latex)


def _skip(match: re.Match) -> str:
    """What a spacing primitive leaves in the text: ``\\vskip`` ends the paragraph (TeX leaves
    horizontal mode for it), a positive ``\\hskip`` is a space between words ("3rd ed.\\hskip 1em
    …\\relax Harlow"); a kern, a negative skip (a logo's "T\\kern-.1667emE") and a raised box's shift
    are nothing."""
    if match["primitive"] == "vskip":
        return "\n\n"
    if match["primitive"] == "kern" and not match["sign"] and _points(match[0]) >= WORD_SPACE_PT:
        return " "  # a résumé's "Санкт-Петербург}\\kern 0.25 cm\\mbox{…}": a gap as wide as a space
    return " " if match["primitive"] == "hskip" and not match["sign"] else ""


# TeX points per unit, and the width from which a kern between words is a space (a word space is
# about 3.3pt at 10pt; a logo's kerns, "B\\kern.05em", are below it)
POINTS = {"pt": 1.0, "bp": 1.0, "dd": 1.07, "pc": 12.0, "cc": 12.8, "mm": 2.845, "cm": 28.45, "in": 72.27}
POINTS |= {"em": 10.0, "ex": 4.3}
WORD_SPACE_PT = 3.0
KERN_AMOUNT = re.compile(
    r"\\kern\s*(?P<amount>\d+\.?\d*|\.\d+)\s*(?:true)?(?P<unit>pt|bp|dd|pc|cc|mm|cm|in|em|ex)"
)


def _points(kern: str) -> float:
    """The width in points of a ``\\kern`` written with a number and unit; 0 for a length register."""
    found = KERN_AMOUNT.match(kern)
    return float(found["amount"]) * POINTS[found["unit"]] if found else 0.0


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
HARD_BREAK = "\ue017"  # a line break the author forced inside a paragraph; "\n" after ``_tidy``
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


# a group that fills the stretch between two breaks, ltnews23's banner "such as\\\\ {\\catcode…%⏎
# \\verb|LaTeX2e <2015/10/01> pre-release-1|}\\\\ Internally…": a display the author set on a line of
# its own, not words of the sentence; joined, the prose around it went to ``removed`` with it
GROUP_ALONE = re.compile(r"[ \t]*(?P<end>(?<!\\)\\\\\*?[ \t]*\n|[ \t]*\n[ \t]*\n|[ \t]*$)")


# a word broken by hand: a hyphen, then a forced break, then the word's lower-case rest on the same
# line or the next ("мето-\\\\де", "уравне-\\\\ ние" in a retyped textbook's lines): LaTeX prints the
# hyphen at a line's end, which a reader joins; read as a space it left "мето- де"
HAND_HYPHEN_BREAK = re.compile(r"(?<![^\W\d_])([^\W\d_]+)-\\\\\*?[ \t]*\n?[ \t]*([^\W\d_]+)")


def hand_hyphens_joined(latex: str) -> str:
    """``latex`` with each word broken by a hand hyphen before a forced break (``HAND_HYPHEN_BREAK``)
    one word again, as the PDF reader joins a line-end hyphen (``join_hyphenated``: one word where
    the joined one is a word, a compound's hyphen kept: "северо-\\\\западный"). A capital after
    the break starts a word of its own: that break stays."""

    def joined(found: re.Match) -> str:
        first, second = found.groups()
        return join_hyphenated(f"{first}-", second) if second[0].islower() else found[0]

    return HAND_HYPHEN_BREAK.sub(joined, latex)


def joined_line_breaks(latex: str) -> str:
    """``latex`` with each ``\\\\`` at a line's end outside ``LINE_BY_LINE`` environments a
    ``HARD_BREAK`` instead of the break and the newline: the paragraph goes on in a new line (on the
    same line, after a space, where a sentence goes on: ``SENTENCE_GOES_ON``). A break next to a line of
    code alone (``CODE_LINE``), before a line box (``LINE_BOX``) or around a group set on its own
    between breaks (``GROUP_ALONE``) stays a paragraph break. Inside those environments a break in
    mid-line ends its line too (``MID_LINE_BREAK``)."""
    pieces, cursor = [], 0
    while kept := LINE_BY_LINE.search(latex, cursor):
        end, _ = environment_end(latex, kept[1], kept.end())  # a title page's center inside a center
        pieces += [
            _joined(latex[cursor : kept.start()]),
            MID_LINE_BREAK.sub("\\1\n", latex[kept.start() : end]),
        ]
        cursor = end
    return "".join(pieces) + _joined(latex[cursor:])


def _joined(latex: str) -> str:
    """``latex`` (no line-by-line environment in it), its line-end breaks joined (``joined_line_breaks``)."""
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
        goes_on = SENTENCE_GOES_ON.match(after) and after.lstrip()[0].islower()
        return "\\\\ " if goes_on else HARD_BREAK + " "

    return LINE_BREAK_AT_LINE_END.sub(join, latex)


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


def _typeset_text(latex: str) -> str:
    """``latex`` (no code in it) with what TeX prints for ``\\string``, ``\\char``, a control space at a
    line's end and acmart's ``acks``, without register settings, spacing and AASTeX's figure sets;
    a page break ends its paragraph (``PAGE_BREAK``)."""
    latex = ASSIGNMENT.sub("", _by_code(_bare_accents(latex)))
    boxed = lambda text: BOX_SIZE.sub(_box_size, PAGE_BREAK.sub("\n\n", text))  # noqa: E731
    latex = _outside_math(latex, lambda text: _inline_rules(SKIP.sub(_skip, boxed(text))))
    latex = CONTROL_SPACE.sub(lambda found: found[1] + "\\ \n", FIGURE_SET.sub("", latex))
    return ACKS.sub(lambda found: "" if found[1] else "\\section*{Acknowledgments}", latex)


# \rule[raise]{width}{height}: a drawn line; one of no width is a strut, spacing only
# (\hrulefill: a line as long as its box, "\hbox to3em{\hrulefill}": the width is the box's)
RULE = re.compile(
    r"\\rule(?![A-Za-z@])\s*(?:\[[^\]]*\])?\s*\{([^{}]*)\}\s*\{[^{}]*\}|\\hrulefill(?![A-Za-z@])"
)
# a command with its options and braced arguments: what a paragraph of layout is made of
COMMAND_WITH_ARGUMENTS = re.compile(r"\\(?:[A-Za-z@]+\*?|.)(?:\s*\[[^\]]*\])?(?:\s*\{[^{}]*\})*")
DRAWN_LINE = "———"


def _inline_rules(latex: str) -> str:
    """``latex`` (no formula in it) with each ``\\rule`` that stands in a paragraph of words as the
    line it draws, "———": econ-bst's ``\\bysame`` mark ("• ———, (2011)" read "•, (2011)") and a
    blank to fill in. A rule in a paragraph of nothing but layout (a title page's separator) and a
    strut of no width stay out, as ``DROPPED_MACROS`` reads them."""
    pieces = re.split(r"(\n[ \t]*\n)", latex)
    for index, paragraph in enumerate(pieces):
        drawn = [rule for rule in RULE.finditer(paragraph) if not _strut(rule)]
        if drawn and re.search(r"\w", COMMAND_WITH_ARGUMENTS.sub("", RULE.sub("", paragraph))):
            pieces[index] = RULE.sub(_drawn, paragraph)
    return "".join(pieces)


def _drawn(rule: re.Match) -> str:
    """What a rule in a line of words prints: a strut stays for ``DROPPED_MACROS``, ``\\rule`` its line where
    it stands ("———, (2011)"), ``\\hrulefill`` its line as glue that separates the words on either
    side, as ``\\hfill`` does ("Слово——— Значение" read the line as part of the word)."""
    if _strut(rule):
        return rule[0]
    return DRAWN_LINE if rule[0].startswith("\\rule") else f" {DRAWN_LINE} "


def _strut(rule: re.Match) -> bool:
    return rule[1] is not None and bool(ZERO_WIDTH.fullmatch(rule[1]))


# \hbox to 3em{…}, \vbox spread 2pt{…}: the box's size, no text ("to3em" was printed); an \hbox to a
# width is a column of its own, its text apart from the words around it (``_box_size``)
BOX_SIZE = re.compile(rf"(?P<box>\\(?:hbox|vbox|vtop))\s*(?P<how>to|spread)(?P<size>{_DIMENSION})")


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


def _qqru_quotes(latex: str) -> str:
    """``latex`` (no formula, no code in it) with qqru's ``\\<`` and ``\\>`` as the guillemets they
    print, outside ``tabbing``."""

    def quotes(text: str) -> str:
        return QQRU_QUOTE.sub(lambda found: found[1] + ("\\flqq{}" if found[2] == "<" else "\\frqq{}"), text)

    pieces, cursor = [], 0
    for block in TABBING.finditer(latex):
        pieces += [quotes(latex[cursor : block.start()]), block[0]]
        cursor = block.end()
    return "".join(pieces) + quotes(latex[cursor:])


def _bare_accents(latex: str) -> str:
    """``latex`` with ``\\^{}`` and ``\\~{}`` as the caret and tilde they print (pylatexenc printed
    nothing: "$7 \\x 10\\^{}5$" read "$7 \\x 105$")."""
    return BARE_ACCENT.sub(lambda match: "^" if match[1] == "^" else "\\textasciitilde{}", latex)


def _language_shorthands(preamble: str) -> Callable[[str], str]:
    """What reads the letter shorthands in a paper with ``preamble``: German's all where it loads
    German, the umlauts inside words where it sets no language (a style the reader cannot see may
    load german.sty); Spanish's, Galician's, Catalan's where babel is loaded with them
    (``latex_shorthands``); nothing where it sets another language."""
    if (letters := babel_shorthands(preamble)) is not None:
        return letters
    if loads_german(preamble):
        return german_shorthands
    return (lambda latex: latex) if sets_language(preamble) else umlauts_in_words


def _outside_math(source: str, change: Callable[[str], str]) -> str:
    """``source`` with ``change`` made outside its formulas, which stay LaTeX source as typed
    (``\\noalign{\\vskip-\\jot}`` in an ``eqnarray`` is no paragraph break)."""
    pieces, cursor = [], 0
    for formula in MATH.finditer(source):
        pieces += [change(source[cursor : formula.start()]), formula[0]]
        cursor = formula.end()
    return "".join(pieces) + change(source[cursor:])


def _outside_code(source: str, change: Callable[[str], str]) -> str:
    """``source`` with ``change`` made outside its code blocks: a listing's "./configure \\" ends a
    shell line, its "\\tabcolsep=6pt" is code."""
    pieces, cursor = [], 0
    for block in CODE_BLOCK.finditer(source):
        pieces += [change(source[cursor : block.start()]), block[0]]
        cursor = block.end()
    return "".join(pieces) + change(source[cursor:])


def _spacing_dropped(latex: str) -> str:
    """``latex`` (no formula in it) with TeX's spacing primitives as what they leave (``_skip``)."""
    return SKIP.sub(_skip, latex)


def _symbols_printed(latex: str) -> str:
    """``latex`` with each inline formula that only prints text symbols ("$\\backslash$chord",
    "\\item[$-$]", "20$^{th}$") written as that text (``latex_symbols``)."""

    def printed(match: re.Match) -> str:
        formula = match[0]
        if formula.startswith("$$") or not formula.startswith(("$", "\\(")):
            return formula  # display math is never a sign in the line
        text = symbol_text(formula[1:-1] if formula[0] == "$" else formula[2:-2])
        return formula if text is None else "".join(_printed_character(char) for char in text)

    return MATH.sub(printed, latex)


def _by_code(latex: str) -> str:
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


def _verbatim_url(match: re.Match) -> str:
    """An address as typed, its characters LaTeX gives a meaning escaped so the converter prints them."""
    return match[1] + re.sub(r"(?<!\\)([&#%])", r"\\\1", match[2]) + "}"


def _tidy(paragraph: str) -> str:
    """One line (but at the author's ``HARD_BREAK``s), ``~`` and no-break spaces as spaces, babel's
    shorthands as the characters they print, and no holes left by dropped macros."""
    paragraph = _babel(drop_computed(paragraph)[0] if MARK in paragraph else paragraph)
    # "\\-" marks where TeX may break a word (U+00AD from pylatexenc): unbroken, it prints nothing
    paragraph = " ".join(paragraph.replace("\u00a0", " ").replace("\u00ad", "").split())
    for pattern, replacement in HOLES:
        paragraph = pattern.sub(replacement, paragraph)
    return HARD_BREAK_SPACED.sub("\n", paragraph).strip("\n ")  # " " where a last sentence went


def _babel(text: str) -> str:
    """``text`` with babel-russian's shorthands as the characters they print."""
    for shorthand, character in BABEL:
        text = shorthand.sub(character, text)
    return text


_CONVERTER: Any = None
EATEN_SPACE = "\ue008"  # the space a sign macro's name ended with
WORD_AFTER_EATEN_SPACE = re.compile(EATEN_SPACE + r"(?=[\w(\[«“„])")
# a logo's: before Latin letters they are the logo's suffix, as TeX prints it ("\TeX nical": TeXnical)
LOGO_SPACE = "\ue00e"
SUFFIX_AFTER_LOGO_SPACE = re.compile(LOGO_SPACE + "(?=[A-Za-z])")


def _knows(name: str) -> bool:
    """Whether the converter has a rule for the macro ``name`` (pylatexenc's or the reader's own)."""
    global _CONVERTER
    if _CONVERTER is None:
        _CONVERTER = _converter()
    return _CONVERTER.knows(name)


def _knows_environment(name: str) -> bool:
    """Whether the reader has a rule for the environment ``name``: the converter's (pylatexenc's or
    the layout ones), or it is a table, picture, code, display math or list the reader takes out."""
    global _CONVERTER
    if _CONVERTER is None:
        _CONVERTER = _converter()
    bare = name.rstrip("*")
    return (
        _CONVERTER.knows_environment(name)
        or name in TABLE_ENVIRONMENTS | PICTURE_ENVIRONMENTS | VERBATIM | set(VERBATIM_BODIES) | set(FLOATS)
        or re.fullmatch(DISPLAY_MATH, bare) is not None
    )


def _to_text(latex: str) -> str:
    global _CONVERTER
    if _CONVERTER is None:
        _CONVERTER = _converter()
    text = SUFFIX_AFTER_LOGO_SPACE.sub("", _CONVERTER.latex_to_text(latex)).replace(LOGO_SPACE, EATEN_SPACE)
    return WORD_AFTER_EATEN_SPACE.sub(" ", text).replace(EATEN_SPACE, "")


# TeX's control symbols that print a sign or nothing and take no argument (\%, \}, \&, a control
# space): pylatexenc's parser knows none of them, and an unknown macro takes the options after it
# ("50\% [see] …" would lose "[see]", "\string\begin\{figure\}[htb!]" its "[htb!]"); accents
# (\' \" \^ …) and math delimiters (\( \[) are the parser's own
CONTROL_SYMBOLS = "{}%&#$_ ,;:!/@|*+-<>?"


def _converter() -> Any:
    from pylatexenc.latex2text import LatexNodes2Text, MacroTextSpec
    from pylatexenc.latex2text import get_default_latex_context_db as text_defaults
    from pylatexenc.latexwalker import get_default_latex_context_db as parse_defaults
    from pylatexenc.macrospec import EnvironmentSpec, MacroSpec

    text_db = text_defaults()
    keep_last = [
        MacroTextSpec(name, simplify_repl=lambda node, l2tobj: _last_argument(node, l2tobj))
        for name in ("href", "author", "todo", "colhead", "foreignlanguage", *KEEP_CONTENT, *CELL_MACROS)
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
            name, simplify_repl=lambda node, l2tobj, n=n: f"\n\n{_nth_argument(node, l2tobj, n)}\n\n"
        )
        for name, n in NTH_ARGUMENT.items()
        if name in CAPTIONS
    ]
    text_db.add_context_category(
        "sloika",
        macros=[
            *keep_last,
            *keep_nth,
            *captions,
            *entries,
            *quotes,
            citetext,
            circled,
            *signs,
            *(MacroTextSpec(name, simplify_repl=sign) for name, sign in GLUED_SIGNS.items()),
            *(MacroTextSpec(name, simplify_repl="") for name in DROPPED_MACROS),
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
            *(MacroSpec(name, args) for name, args in ARITIES.items()),
            *(MacroSpec(symbol, "") for symbol in CONTROL_SYMBOLS),
            *(MacroSpec(name, "") for name in _sign_names(text_db, parse_db)),
            *(MacroSpec(name, "") for name in ARGUMENTLESS_SPACES),
            *(MacroSpec(name, "{") for name in LINE_BOXES),
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
