"""Where the paper's formulas are: display and inline math as the reader finds it in the source.

Formulas are kept as LaTeX source (or a placeholder), never converted as text, so every stage that
changes text first needs to know where they stand (``MATH``); a display that ends its sentence is a
block of its own, and amsmath's ``\\intertext`` parts one alignment into two. Apart from the
reader's entry point because the conversion, the tables and the typesetting rules all consult it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from sloika.pipelines.formats.latex_macros import group
from sloika.pipelines.formats.latex_undefined import without_marks

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
# a "$" after one backslash is a literal dollar, after two it opens or closes a formula: the "\\" is a
# line break ("мера.\\$A_1, A_2$" read as an escaped dollar left the next formulas' "$" paired
# wrongly, all the text between them kept as math and the rest as a sentence of undefined macros)
UNESCAPED = r"(?<!(?<!\\)\\)"
# a "\\[4cm]" is a line break with its space below, no display's "\[" (a title page's "институт\\[4cm]"
# paired with a list's "\]" further on and took a section as one formula): an opener after a backslash
# is none
MATH = re.compile(
    rf"\$\${IN_PARAGRAPH}+?\$\$|{UNESCAPED}\${IN_INLINE}+?{UNESCAPED}\$|(?<!\\)\\\[.+?\\\]|(?<!\\)\\\(.+?\\\)"
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


def unmarked(formula: re.Match) -> str:
    """A formula without the records of macros that printed nothing in it: a formula is kept whole."""
    return without_marks(formula[0])


def outside_math(source: str, change: Callable[[str], str]) -> str:
    """``source`` with ``change`` made outside its formulas, which stay LaTeX source as typed
    (``\\noalign{\\vskip-\\jot}`` in an ``eqnarray`` is no paragraph break)."""
    pieces, cursor = [], 0
    for formula in MATH.finditer(source):
        pieces += [change(source[cursor : formula.start()]), formula[0]]
        cursor = formula.end()
    return "".join(pieces) + change(source[cursor:])


# what prints nothing of the formula inside it: a label (its number reaches the text through \ref),
# the number switches and a note's mark (its text follows the paragraph, ``latex_footnotes``); kept in
# the source they read as words of the formula ("\label{index_rez}", "z=x+iy\footnotemark")
SILENT_IN_MATH = re.compile(
    r"[ \t]*\\(?:label\{[^{}]*\}|nonumber(?![a-zA-Z])|notag(?![a-zA-Z])"
    r"|footnotemark(?![a-zA-Z])(?:\[[^\]]*\])?)"
)


def kept_formula(source: str) -> str:
    """``source`` as the text keeps it: without what prints nothing in it (``SILENT_IN_MATH``), a line
    that held only that gone, and the file's indentation taken off its lines (tabs at four columns,
    trailing blanks dropped), so a display stands as written, not as deep as the file nested it
    ("\\begin{equation}" / "threadId = …;" / "\\end{equation}")."""
    lines = []
    for line in source.split("\n"):
        quiet = SILENT_IN_MATH.sub("", line).expandtabs(4).rstrip()
        if quiet or not line.strip():  # a line of nothing but a label goes
            lines.append(quiet)
    indents = [len(line) - len(line.lstrip()) for line in lines[1:] if line.strip()]
    cut = min(indents, default=0)
    return "\n".join(lines[:1] + [line[cut:] for line in lines[1:]])
