"""Tables, pictures and code taken out of the source before conversion, as blocks.

Their internals are no prose: a table's column spec, a TikZ path or a listing's code converted as
text read "[table]format=split" or "4|c|Выравнивание по центру". Each is stashed as a ``Block``
(``BLOCK`` token in the source) and becomes one ``structure`` span: a table's cells go to its
``rows``, code keeps its text verbatim. Short-verb characters (``\\MakeShortVerb``) are settled here
too, as they decide where inline code stands. Separate from the entry point because it is the largest
single concern of the reader.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sloika.pipelines.formats.latex_code import ARGUMENTS, after_arguments, without_blank_edges
from sloika.pipelines.formats.latex_convert import (
    CODE_ENVIRONMENTS,
    DROPPED_ENVIRONMENTS,
    GRID_ARGUMENTS,
    PICTURE_ENVIRONMENTS,
    TABLE_ENVIRONMENTS,
    TIKZ_STYLE,
    to_text,
)
from sloika.pipelines.formats.latex_defined_environments import skip_blank
from sloika.pipelines.formats.latex_includes import (
    VERB,
    exists,
    included_files,
    missing_file_mark,
    path_inside,
)
from sloika.pipelines.formats.latex_macros import LINE_BREAK, environment_end, group, option_value
from sloika.pipelines.formats.latex_math import MATH
from sloika.pipelines.formats.latex_pseudocode import PSEUDOCODE_ENVIRONMENTS, printed_pseudocode
from sloika.pipelines.formats.latex_spacing import (
    DRAWN_LABELS,
    INVISIBLE_MATH,
    drawn_labels,
    prints_nothing,
    without_hand_indent,
)
from sloika.pipelines.formats.latex_typeset import by_code, outside_code, tidy
from sloika.pipelines.formats.latex_undefined import record_of

BLOCK = "\ue004{}\ue005"  # a table, picture or code block, stashed before conversion


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


@dataclass
class Block:
    """A table, picture or code block taken out of the source: the text it leaves, its span."""

    text: str
    label: str  # "" for a block that leaves no span, only its ``removed`` records
    attrs: dict[str, Any]
    removed: list[tuple[str, dict[str, str]]] = field(default_factory=list)  # records placed at its start


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
            stretch = outside_code(
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


def code_token(code: str, inline: bool, blocks: list[Block]) -> str:
    """A ``BLOCK`` token for ``code``, described in ``blocks``: inline, or a code paragraph (a name
    the doc package prints in the margin, ``latex_doc``)."""
    if inline:
        return _inline_code(code, blocks)
    blocks.append(Block(code, "code", {"margin_name": True}))
    return BLOCK.format(len(blocks) - 1)


def code_paragraph(code: str, attrs: dict[str, str | bool], blocks: list[Block]) -> str:
    """A ``BLOCK`` token for ``code`` a package draws (``attrs``' ``environment`` names it) or the
    author typed as text lines (``typed_lines``), a paragraph of its own."""
    blocks.append(Block(code, "code", attrs))
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
        inner = source[match.end() : inner_end]
        above = below = ""  # a listing's caption, given as an option
        if name in DROPPED_ENVIRONMENTS:  # printed nothing, kept in ``removed`` with its text
            block = Block("", "", {}, [(name, {"text": without_blank_edges(inner)})])
        elif name in CODE_ENVIRONMENTS:
            # minted's options and language, a listing's options: set-up, not code
            code = inner[after_arguments(inner, 0, ARGUMENTS.get(name, "")) :]
            if name in PSEUDOCODE_ENVIRONMENTS:
                code = printed_pseudocode(code, lambda latex: unstash_code(tidy(to_text(latex)), blocks))
            block = Block(without_blank_edges(code), "code", {"environment": name})
            if name == "lstlisting" and (found := group(inner, skip_blank(inner, 0), "[", "]")):
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
COMMAND = re.compile(r"\\([A-Za-z]+)")  # the name of the command a match of CODE_FILE opens with


def note_code_files(source: str, root: str, notes: dict[str, list[str]]) -> str:
    """``source`` with each code file it reads (outside its code) that the paper's folder lacks named
    (``missing_includes``) and marked where it stood, as an ``\\input``'s is (``missing_file_mark``:
    a lab report's "Далее представлена реализация…" led into a missing ``\\inputminted`` listing
    with no record in ``removed``); one that lies outside the folder is named (``refused_includes``)."""

    def note(match: re.Match) -> str:
        name = match[1].strip()
        if path_inside(root, name) is None:
            notes["refused_includes"].append(name)
        elif not exists(root, name):
            notes["missing_includes"].append(name)
            return missing_file_mark(COMMAND.match(match[0])[1], name) + match[0]
        return match[0]

    return outside_code(source, lambda text: CODE_FILE.sub(note, text))


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
        code = _spaces_kept(content, _inline_code(tidy(to_text(by_code(content))), blocks))
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


def unstash_code(text: str, blocks: list[Block]) -> str:
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
        return unstash_code(tidy(to_text(latex)), blocks)

    rows: list[list[str]] = []
    invisible: list[str] = []  # the cells' formulas that print nothing
    drawn: list[str] = []  # the rows that are a drawing's labels (``_drawn_row``)
    nested = re.finditer(r"\\begin\{(" + "|".join(map(re.escape, GRID_ARGUMENTS)) + r")\}", body)
    # the environment is itself the grid, its body the rows (a missing class's grid: no arguments)
    outer = name in GRID_ARGUMENTS or name not in TABLE_ENVIRONMENTS
    grids = [(name, 0)] if outer else [(grid.group(1), grid.end()) for grid in nested]
    # its captions and a deluxetable's notes: text, not cells, each under the rows (a note, a float's
    # caption typed after its grid) or over them
    first_grid = grids[0][1] if grids and not outer else len(body)
    captions: list[tuple[bool, str]] = []
    for pattern in (CAPTION, TABLE_NOTES):
        for found in pattern.finditer(body):
            if caption := group(body, found.end()):
                captions.append((pattern is TABLE_NOTES or found.start() > first_grid, text(caption[0])))
    for grid, index in grids:
        for _ in range(GRID_ARGUMENTS.get(grid, 0)):
            while (optional := group(body, skip_blank(body, index), "[", "]")) is not None:
                index = optional[1]
                # tabularray's long tables: ``caption = {…}`` in the outer options, printed above
                if grid in ("longtblr", "talltblr") and (caption := option_value(optional[0], "caption")):
                    captions.insert(0, (False, text(caption)))
            argument = group(body, skip_blank(body, index))
            index = argument[1] if argument else index
        end = len(body) if outer else environment_end(body, grid, index)[1]
        for row in _top_level(_grid_body(body[index:end]), LINE_BREAK):
            if drawing := _drawn_row(_top_level(row, CELL)):
                drawn.append(drawing)
                continue
            cells = [text(_without_layout_math(cell, invisible)) for cell in _top_level(row, CELL)]
            if any(cells):
                rows.append(cells)
    # each a paragraph: LaTeX sets the caption above the grid and a note below it, so an unpunctuated
    # caption ran into the note ("…the first 10 messier objects This table “hides” the third column")
    caption = "\n\n".join(caption for _, caption in captions if caption)
    attrs = {"environment": name, "caption": caption or None, "rows": rows or None}
    files = [record_of(to_text(file)) for file in included_files(body)]  # a cell's picture, input: no text
    files += [(INVISIBLE_MATH, {"text": formula}) for formula in invisible]
    files += [(DRAWN_LABELS, {"text": formula}) for formula in drawn]
    above = [caption for under, caption in captions if caption and not under]
    below = [caption for under, caption in captions if caption and under]
    return Block("\n\n".join([*above, *filter(None, [table_lines(rows)]), *below]), "table", attrs, files)


def _drawn_row(cells: list[str]) -> str:
    """The formula that is a row's one filled cell where it is a drawing's labels (``drawn_labels``),
    else "": the Euclid table of a lecture set "∥" and "0" under its last remainder with rows of
    "&$\\;…\\;\\|$", read as rows "$\\|$" / "$0$" of their own. Beside other cells it is the row's
    value, placed in its column, and stays."""
    filled = [cell.strip() for cell in cells if cell.strip()]
    return filled[0] if len(filled) == 1 and MATH.fullmatch(filled[0]) and drawn_labels(filled[0]) else ""


def _without_layout_math(cell: str, invisible: list[str]) -> str:
    """``cell`` without its formulas that print nothing (each put on ``invisible``) and without the math
    spaces the rest open with, as in a paragraph (``latex_paragraphs``, ``without_hand_indent``):
    a long division typed as a grid set its remainders under their columns with cells of
    "$\\;\\;\\;\\;\\;\\;$", kept as "$\\;\\;\\;\\;\\;\\;$ | $-54x$ | +7" (check 62 row 6)."""

    def layout_out(formula: re.Match) -> str:
        if prints_nothing(formula[0]):
            invisible.append(formula[0])
            return ""
        return without_hand_indent(formula)

    return MATH.sub(layout_out, cell)


def table_lines(rows: list[list[str]]) -> str:
    """A table's rows as the text shows them, one a line, cells parted by " | " as the other readers
    write tables, a cell's own lines joined by spaces. Only its ``rows`` held the cells, so no reader
    of the text found them ("Анализ" over a timing table and the conclusion drawn from it, check 57
    row 08). A column blank in every row is a spacer (a form's gap between "(ФИО)" and "(подпись)")
    and parts nothing; blank cells after a row's last filled one part nothing either, and those before
    the first where the row holds one filled cell (a title row, "Детали"); else they stay, as the
    source places every cell: a multirow row's second line, "(8.4E-60) | (9.2E-54) | …", stands under
    its own columns, not under the first ones."""
    width = max(map(len, rows), default=0)
    used = [column for column in range(width) if any(column < len(cells) and cells[column] for cells in rows)]
    lines = []
    for cells in rows:
        kept = [" ".join(cells[column].split()) for column in used if column < len(cells)]
        while kept and not kept[-1]:
            kept.pop()
        if sum(map(bool, kept)) == 1:
            kept = kept[-1:]
        lines.append(" | ".join(kept))
    return "\n".join(lines)


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
