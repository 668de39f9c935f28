"""Code in a PDF: monospaced lines grouped into blocks and laid out as the page draws them.

A listing is no prose: its lines keep their breaks and their columns, a block goes on across a page
or a figure set between its pieces, and dblatex's wrap marks join a wrapped line to its rest. The
reflow hands its monospaced lines here (``code_groups``, ``_flushed``) and takes back the block's text
marked ``CODE``; how a code block is read is apart from how prose lines join into paragraphs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from sloika.pipelines.formats.pdf_category_labels import ENDS_SENTENCE
from sloika.pipelines.formats.pdf_line_record import C_DIRECTIVE, Line, rows_of
from sloika.pipelines.formats.pdf_lines import listings_beside
from sloika.pipelines.formats.pdf_page_rows import DEBRIS, SIZE_STEP, TABLE
from sloika.pipelines.formats.pdf_tables import FIGURE_CAPTION, FLOAT_CAPTION, TABLE_CAPTION
from sloika.text.spans import Span

CODE = "\ue004"  # a code paragraph's text starts with it
MARGIN = "\ue009"  # ... and a stack of .dtx margin names' (``Line.name``), which go to ``removed``
FLOAT_PAGES = 2  # a listing goes on this many pages further at most, over a page of a figure alone
SHORT_FOOT = 8.0  # em of its lines: a listing ending this far above the text's foot is over
CODE_GAP = 1.0  # em between two monospaced lines that parts two code blocks
LABEL_APART = 0.5  # em more blank over a box's label than under it, at least
ENTRY_SKIP = 0.5  # em of blank over an entry's head, at least, that parts it from the listing over it
# dblatex's wrap of a long code line, its \hookleftarrow at the row's end (read "←-", or "↩" where the
# hook glyph is read by its name: ``pdf_glyphs.HOOKED``): the next row continues it
CODE_WRAP = re.compile(r" ?(?:←-|↩)\n *")
VISIBLE_SPACE = "␣"  # listings' showstringspaces and Sphinx's wrap mark: a space the page shows
# Sphinx's wrap of a long code line: "␣" (a visible space) ends the row where it broke at a space,
# "˓→" opens the next row, which continues it
SPHINX_WRAP = re.compile(f"({VISIBLE_SPACE}?) *\\n *˓→")
WRAP_MARK_WHY = "wrap_mark: Sphinx's marks of a code line it broke to fit the page"
# an API reference's attribute signature as Sphinx sets it, one typewriter line: a (dotted) name and
# " = " before its value ("pymzml.regex_patterns.SPECTRUM_TAG_PATTERN = re.compile(…)")
ATTRIBUTE_SIGNATURE = re.compile(r"^[^\W\d][\w.]* =(?: |$)")
R_PROMPT = re.compile(r"[>+] \S")  # a line of an R session's command: its prompt, or its continuation's
R_CONTINUED = re.compile(r"\+(?: |$)")  # the prompt R echoes a command's next line with
# a C line that ends a declaration: a statement ended by ";" or a brace, or a preprocessor directive
# no "\\" continues ("#define UNDEFFILESEP 0"); and a line that opens one: a directive, a declaration's
# keyword ("typedef struct", "static int") or a type before a name ("Uint *startdesc;", "int main(");
# a statement ("f = 2 * x;", "solve(u) begin") goes on a program's script
C_ENDED = re.compile(rf"{C_DIRECTIVE}(?:\s.*[^\\\s])?|(?!#).*[;}}]")
C_OPENS = re.compile(
    rf"{C_DIRECTIVE}|(?:typedef|struct|union|enum|static|extern)\b"
    r"|(?!(?:else|return|case|goto|do|class|def)\b)[A-Za-z_]\w*(?:\s+\**|\s*\*+\s*)[A-Za-z_]\w*\s*(?:[(;,\[=]|$)"
)
# a debris placeholder (``DEBRIS`` and its index) set inside a code block where its line stood, closed
# by a second ``DEBRIS``: the reader records it at that offset (``pdf._code``)
PLACED = re.compile(f"({DEBRIS}\\d+){DEBRIS}")


def _code(line: Line) -> bool:
    return line.mono and TABLE not in line.text


def code_blocks(lines: list[Line]) -> list[str]:
    """A page's monospaced lines read one after another, as blocks (``code_groups``), each laid out
    as the page draws it."""
    return [code_block(block) for block in code_groups(lines)]


def code_groups(lines: list[Line]) -> list[list[Line]]:
    """A page's monospaced lines as blocks: their rows top to bottom (pdfminer reads a listing's line
    numbers before the indented lines beside them, and a row's far right part last), a new block
    where rows stand more than ``CODE_GAP`` em apart, and where margin names (``Line.name``) start or
    end: a name on the row after a listing's last line is no line of it. A name never shares a row
    with a code line (itnumpar.pdf's stacked names beside the listing they describe read
    "\\printordinalem    \\begingroup"): the names' blocks come before the code beside them."""
    return [block for _, block in _sided_groups(lines)]


def _sided_groups(lines: list[Line]) -> list[tuple[int, list[Line]]]:
    """``code_groups``' blocks, each with the listing it is a block of, counted in reading order: 0,
    or more for the right one of two listings side by side (``listings_beside``) and for the code
    the next column opens with (``_column_runs``), whose blocks come after the earlier one's."""
    names = [(0, block) for block in _gapped_blocks([ln for ln in lines if ln.name])]
    columns = _column_runs([ln for ln in lines if not ln.name])
    sides = [side for column in columns for side in listings_beside(column)]
    blocks = names + [(at, block) for at, side in enumerate(sides) for block in _gapped_blocks(side)]
    return sorted(blocks, key=lambda pair: (pair[0], _block_top(pair[1])))


def _column_runs(lines: list[Line]) -> list[list[Line]]:
    """The lines in reading order parted where one stands wholly right of the lines read so far and
    above the first of them: the next column's code read on from the code at the foot of the last
    one, which is no row of it. Sorted into rows together, gdata's two-column R News vignettes read
    the left column's last call ("> (xList <- list(a=xNum, b=xFac))") after the right column's code
    it opens. A row's far right part read last stands on a row read before, not above them all."""
    runs: list[list[Line]] = []
    for line in lines:
        if not runs or (
            line.x0 >= max(ln.x1 for ln in runs[-1]) and line.bottom < min(ln.top for ln in runs[-1])
        ):
            runs.append([])
        runs[-1].append(line)
    return runs


def _block_top(block: list[Line]) -> float:
    """Where a block starts, a block of names half a line higher: a name on the row of a listing's
    first line goes before it."""
    return min(ln.top for ln in block) - (0.5 * block[0].size if block[0].name else 0.0)


def _gapped_blocks(lines: list[Line]) -> list[list[Line]]:
    """Lines in rows from the top, a new block where rows stand more than ``CODE_GAP`` em apart, at
    a box's label (``_box_label``), or at an entry's head set ``ENTRY_SKIP`` apart under a row that is
    none (``_entry_head``): a signature TeX wrapped, its label on the wrapped row, stands one line
    pitch under its first part ("(do ((var initial step )...)(termination-test . termination-body" /
    "). body)  Special Form")."""
    blocks: list[list[Line]] = []
    rows = rows_of(lines)
    for before, row, after in zip([None, *rows], rows, [*rows[1:], None], strict=False):
        if (
            before is None
            or _gap(before, row) > CODE_GAP * row[0].size
            or _box_label(before, row, after)
            or (_entry_head(row) and not _entry_head(before) and _gap(before, row) > ENTRY_SKIP * row[0].size)
        ):
            blocks.append([])
        blocks[-1].extend(row)
    return blocks


def _gap(upper: list[Line], lower: list[Line]) -> float:
    """The blank between two rows."""
    return min(ln.top for ln in lower) - max(ln.bottom for ln in upper)


def _entry_head(lines: list[Line]) -> bool:
    """Whether ``lines`` open on a reference entry's head, its category label joined beside it
    (``Line.labelled``: ``pdf_category_labels``): the entry's signature, set at the entries' indent, is
    no line of a listing over it, however near (lang.pdf's "(↑super type operation self . args)
    Operation" 24 pt under a listing whose rows stand 14.5 pt apart), and its indent is its own."""
    return lines[0].mono and lines[0].labelled


def _box_label(before: list[Line], row: list[Line], after: list[Line] | None) -> bool:
    """A row of one line set right of where the rows over and under it end, with ``LABEL_APART`` em
    more blank over it than under it, is the label of the framed box under it ("R code"), set in the
    box's corner: it opens that box's block, no line of the box over it. psychTools' omega.pdf set
    two boxes 6 pt apart on p. 30, under the em that parts two blocks, and read the second's label as
    the first's last line. A printout's head row over a short command stands over its own columns
    (HSAUR3's "R> K" over "     [,1] [,2] …" / "[1,]    1    0 …"): one block with the command."""
    return (
        after is not None
        and len(row) == 1
        and row[0].x0 > max(ln.x1 for ln in before + after)
        and _gap(before, row) - _gap(row, after) >= LABEL_APART * row[0].size
    )


@dataclass
class Listing:
    """A code block a page ended with: where it stands in the paragraphs read, how far right of its
    page's left margin its first column is (for the right one of two listings side by side, how far
    the left one stands right of it: each set alike in its column), and whether its last line is
    ``Line.slanted``."""

    at: int
    page: int
    offset: float
    slanted: bool = False
    last: str = ""  # its last line's text (the row's leftmost piece: R's prompt where set apart)
    size: float = 0.0  # its last line's font size


def _flushed(
    result: list[str],
    run: list[Line],
    listing: Listing | None,
    left: dict[int, float],
    ended: bool = False,
    captioned: bool = False,
) -> Listing | None:
    """``run``'s code blocks appended to ``result``, each block's columns counted from the listing's
    left edge so far (``_listing_edges``), not its own: a listing's blank line parts blocks, not
    indents, so the body of an ``if`` after a blank line keeps its four spaces. A listing the
    previous page ended with goes on in the first block when nothing but debris placeholders was
    read between them: one block, its edge no further right than the earlier part's (each measured
    from its page's margin, ``left``), so a part whose lines are all indented keeps the indent
    ("Description: …" / " The GNU hello program …" across a page break), unless the page ends
    upright and the next opens a chunk (``_chunk_opens``): a knitr chunk's output and the next
    chunk's input are two blocks, though no gap shows between them across the break (intro.pdf's
    "[13] 0.82653061 …" over "gower_dist(women[1,], women, weights=c(2,3))"); an input going on in
    its output overleaf is one chunk's. Figure captions read between go after the run's blocks
    (``_goes_on_past``): qtl's geneticmaps.pdf's "> summary(rip2lik)" and its output under Figure 12.
    The last block, when the page ends the run (not ``ended``), is the
    listing the next page may go on. A run ``captioned`` (a figure's caption next on its page) on a
    page after the listing's is that float's code (``_float_code``): read where it stands, and the
    listing is still the one a later page may go on."""
    sided = _sided_groups(run)
    groups = [group for _, group in sided]
    page = run[0].page
    floated = _float_code(listing, run, captioned)
    goes_on = (
        not floated
        and listing is not None
        and page in left
        and _goes_on_past(result[listing.at + 1 :], listing.page, page, _continued(groups[0]))
        and not _names(groups[0])
        and not _set_larger(groups[0], listing.size)
        and (listing.slanted or not _chunk_opens(groups))
        and not _output_past_float_page(listing, groups[0], page)
    )
    edges = _listing_edges(sided, left[page] + listing.offset if goes_on else None)
    blocks = [_block_paragraph(group, edge) for group, edge in zip(groups, edges, strict=True)]
    if goes_on:  # the run's further blocks too: a call goes on in its output, the captions after both
        blocks[0] = CODE + _break_debris(result, listing.at) + blocks[0][len(CODE) :]
        parted = any(line.blank_over for line in groups[0])  # a blank line opens the part: a block of its own
        parted = parted or _declaration_overleaf(result[listing.at], groups[0], left[page] + listing.offset)
        if not parted:
            carried = left[page] + listing.offset
            result[listing.at] = _indented(
                result[listing.at], round((carried - edges[0]) / _column_width(groups[0]))
            )
            result[listing.at] += "\n" + blocks[0][len(CODE) :]
        joined = blocks if parted else blocks[1:]
        result[listing.at + 1 : listing.at + 1] = joined
        at = listing.at + len(joined)
    else:
        result.extend(blocks)
        at = len(result) - 1
    if floated:
        return listing
    if ended or page not in left or _names(groups[-1]):
        return None
    offset = edges[-1] - left[page] if sided[-1][0] == 0 else edges[0] - left[page]
    last = groups[-1][-1]
    return Listing(at, page, offset, last.slanted, _row_start(rows_of(groups[-1])[-1]), last.size)


def _output_past_float_page(listing: Listing, group: list[Line], page: int) -> bool:
    """The ``listing`` a page ended with is a chunk's input (its last line ``Line.slanted``), a page of
    floats follows, and ``page`` opens with the chunk's output (``group``, upright): the output is a
    block of its own read after the floats, as the pages print them, not joined to the input with the
    captions after both (dbscan.pdf's "> res <- extractXi(…)" / "> res" closing p. 16, Figures 9 and 10
    filling p. 17, "OPTICS ordering/clustering …" atop p. 18). A float atop the output's own page
    leaves the chunk whole (qtl's geneticmaps.pdf's "> summary(rip2lik)" over Figure 12)."""
    return listing.slanted and page > listing.page + 1 and not any(line.slanted for line in group)


def _set_larger(group: list[Line], size: float) -> bool:
    """The block's first line is set larger than ``size``, the font size of the listing a page ended
    with: a heading in a typewriter face, no line of that listing (backup-manager's user-guide.pdf:
    the 7 pt "export BM_ARCHIVE_STRICTPURGE="true"" closing p. 8 and the 10 pt setting's name
    "BM_ARCHIVE_NICE_LEVEL" opening p. 9, which mid-page stands apart by its skip). A smaller line
    may go on it: R's printout, set smaller than the command it answers (HSAUR3's 10 pt
    "R> binom.test(…)$conf.int" closing a page, its 7 pt "[1] 0.00582 0.00928" overleaf)."""
    return group[0].size > size + SIZE_STEP


def _break_debris(result: list[str], at: int) -> str:
    """The debris placeholders read after the listing at ``at`` (its page's folio, its line numbers,
    the next page's running head), taken out of ``result`` and set where the page broke the listing,
    ``PLACED`` before the first line it goes on with: read after the listing's paragraph, the part
    overleaf joined into it left them after the whole listing (SimGUIDebug2_0.pdf's 430 records of pp.
    13-19 at the text's end)."""
    debris = [paragraph for paragraph in result[at + 1 :] if paragraph.startswith(DEBRIS)]
    result[at + 1 :] = [paragraph for paragraph in result[at + 1 :] if not paragraph.startswith(DEBRIS)]
    return "".join(placeholder + DEBRIS for placeholder in debris)


def _float_code(listing: Listing | None, run: list[Line], captioned: bool) -> bool:
    """The code ``run`` is a float's, set between the pieces of the ``listing`` a page ended with: on
    a later page (within ``FLOAT_PAGES``) it runs down to a figure's caption (``captioned``: debris
    between, a plot), and the listing's last line is an R command (``R_PROMPT``) that a continuation
    line (``_continued``) may still go on after the float. tgp.pdf's "> for(i in 1:length(trXX))" closes
    p. 36; Figure 19 ("> out$trace" and its printout) fills p. 37, Figure 20's code and plot open p. 38,
    and the loop's body "+   m[i,] <- …" follows them: the floats' code is no part of the loop."""
    return (
        captioned
        and listing is not None
        and listing.page < run[0].page <= listing.page + FLOAT_PAGES
        and bool(R_PROMPT.match(listing.last))
    )


def _declaration_overleaf(block: str, group: list[Line], edge: float) -> bool:
    """Whether the page's first code row (``group``'s) opens a new top-level C declaration after the
    complete one the listing's ``block`` ended with overleaf, a new part (``_c_kind``): both
    flush with the listing's ``edge``, the last line ended (``C_ENDED``), the first opening one
    (``C_OPENS``). No gap shows a blank line across a page break; maxmat3src.pdf's "#define
    UNDEFFILESEP 0" ends a page and "typedef struct" opens the next, read as one block "#define
    UNDEFFILESEP 0\ntypedef struct". A declaration going on overleaf is indented, or opens with a
    brace; a run of one kind ("#include <Rinternals.h>" / "#include <R_ext/Rdynload.h>") goes on."""
    last = block.rsplit("\n", 1)[-1].removeprefix(CODE).strip()
    start = min(rows_of(group)[0], key=lambda ln: ln.x0)
    first = start.text.strip()
    width = (start.x1 - start.x0) / max(len(start.text), 1)
    flush = round((start.x0 - edge) / width) == 0 and not block.rsplit("\n", 1)[-1][:1].isspace()
    opens = flush and bool(C_ENDED.fullmatch(last) and C_OPENS.match(first))
    after_directives = _c_kind(last) != "declaration" and _c_kind(first) == "declaration"
    return opens and (_c_kind(last) == "endif" or after_directives)


def _c_kind(line: str) -> str:
    """A C line's kind: its preprocessor directive's name ("define", "include"), else a declaration's.
    A declaration after directives, or anything after a closed conditional ("#endif"), opens a new
    part of a header; "static double parms[3];" over "#define k1 parms[0]" is one."""
    directive = re.match(r"#\s*(\w+)", line)
    return directive[1] if directive else "declaration"


def _continued(group: list[Line]) -> bool:
    """The block opens with R's continuation prompt "+ ": it goes on a command a listing left open."""
    return bool(R_CONTINUED.match(_row_start(rows_of(group)[0])))


def _row_start(row: list[Line]) -> str:
    """A row's leftmost piece (its prompt where R's "+" was set apart from the line it opens)."""
    return min(row, key=lambda ln: ln.x0).text


def _chunk_opens(groups: list[list[Line]]) -> bool:
    """The page's code blocks open with a chunk's input and its output: a block wholly slanted
    (``Line.slanted``: knitr's and Sweave's input face) over one that is not. A listing's comment
    set slanted over its next upright line (mpi4py.pdf's "# automatic MPI datatype discovery"), or
    a last comment line alone atop a page (Rcpp-FAQ.pdf's "#  [1] -10.6125 …"), opens none."""
    return len(groups) > 1 and all(ln.slanted for ln in groups[0]) and not all(ln.slanted for ln in groups[1])


def _listing_edges(sided: list[tuple[int, list[Line]]], carried: float | None) -> list[float]:
    """Each block's listing edge: the leftmost start of the code blocks up to it (``carried``, the
    part overleaf's, first), margin names aside. A block set further left than those before it
    starts at its own edge (a monospaced term at the margin under an indented example), and moves
    the edge for the blocks after it; the right one of two listings side by side (``_sided_groups``)
    counts from its own, and so does an entry's head (``_entry_head``): its signature is no line of
    the listing over it."""
    edges: list[float] = []
    edge = carried
    for at, (side, group) in enumerate(sided):
        own = min(ln.x0 for ln in group)
        if (at and side != sided[at - 1][0]) or _entry_head(group):
            edge = None
        if not _names(group):
            edge = own if edge is None else min(edge, own)
        edges.append(own if edge is None else edge)
    return edges


def _ends_short(run: list[Line], foot: float) -> bool:
    """The page's code ``run`` ends more than ``SHORT_FOOT`` em of its lines above ``foot``, the
    lowest text line of the document's pages, so the listing is over, and a listing atop the next
    page is another: a listing broken by the page fills it to the foot (its lines break anywhere),
    and the blank under it is what did not fit there, a plot or a figure (an R vignette's listing
    and its output's image), or the next listing with its label (smlnj's design.pdf ends p. 3's
    calc.lex 13 lines above the foot; "calc.grm" opens p. 4 over its own listing)."""
    return max(ln.bottom for ln in run) < foot - SHORT_FOOT * run[-1].size


def _figure_overleaf(run: list[Line], line: Line) -> bool:
    """The page ended with the code ``run`` and ``line``, a later page's, opens a float's caption
    (a page of a figure alone, a figure atop the next page, a table's caption over its table) or a
    table (a plot's boxed legend over its caption): the listing may go on under it (``_goes_on_past``
    tells)."""
    return line.page > run[-1].page and bool(FLOAT_CAPTION.match(line.text) or line.text.startswith(TABLE))


def _goes_on_past(between: list[str], listing_page: int, page: int, continued: bool = False) -> bool:
    """Whether a listing a page ended with goes on in code on ``page``, over the paragraphs read
    ``between``: debris placeholders only, on the next page; or figure captions and debris, within
    ``FLOAT_PAGES`` pages (MNP.pdf's ``summary(res.coda)`` output, broken by a page of Figure 1 and
    by Figure 2 atop the next page, over the output's next rows). A figure's caption stands under
    its figure, so the code after it is no part of the figure, and a table over a figure's caption is
    the figure's (RcppArmadillo-intro.pdf's plot legend, a ruled box, atop the page Listing 7 goes on
    to); a table's caption stands over its table, whose cells may be code (a table of examples), so
    it ends the listing, unless the table was read as one under it (``_in_table_float``) or each
    table's caption stands under it (``_table_floats``: then over as many pages as there are
    tables). A float's code over its caption (``_float_code``) is passed only by a block that opens
    with R's continuation prompt (``continued``): the command the listing ended with is still open,
    so the float's own commands were none of it."""
    if all(paragraph.startswith(DEBRIS) for paragraph in between):
        return page == listing_page + 1
    floats = (TABLE, CODE) if continued else (TABLE,)
    tables = _table_floats(between)
    if tables and listing_page < page <= listing_page + 1 + len(tables):
        return True  # a page of tables holds one at least: the pages between hold only these floats
    return listing_page < page <= listing_page + FLOAT_PAGES and (
        all(
            paragraph.startswith(DEBRIS)
            or FIGURE_CAPTION.match(paragraph)
            or (
                paragraph.startswith(floats)
                and any(FIGURE_CAPTION.match(later) for later in between[at + 1 :])
            )
            or _in_table_float(between, at)
            for at, paragraph in enumerate(between)
        )
    )


def _table_floats(between: list[str]) -> list[list[str]]:
    """The paragraphs ``between`` (debris placeholders aside) as table floats, each from its table's
    placeholder down to its caption under it ("Table 7: …" under Table 7's placeholder), or none when
    they are not only these: each float closes with its caption, so code after the last is none of its
    cells, and a listing goes on there (rgsepd.pdf's sessionInfo() output closing p. 19, Table 7 and
    its caption atop p. 20 over "## other attached packages:"). A table's notes stand between it and
    its caption, no code, table or caption among them, and then the caption is a table's
    (``TABLE_CAPTION``): rgenoud.pdf's Tables 3 and 4, each on a page of its own with its "Note: …"
    lines over "Table 3: Mean Values …", between "> LQDxmpl <- function(b) {" closing p. 14 and the
    function's rest atop p. 17; a figure's caption after a table and text is another float's."""
    floats: list[list[str]] = []
    for paragraph in (p for p in between if not p.startswith(DEBRIS)):
        if paragraph.startswith(TABLE):
            floats.append([paragraph])
        elif not floats or FLOAT_CAPTION.match(floats[-1][-1]) or paragraph.startswith(CODE):
            return []
        else:
            floats[-1].append(paragraph)
    if not all(FLOAT_CAPTION.match(group[-1]) for group in floats):
        return []
    return [] if any(len(group) > 2 and not TABLE_CAPTION.match(group[-1]) for group in floats) else floats


def _in_table_float(between: list[str], at: int) -> bool:
    """``between[at]`` is a table float's: it stands from a table's caption ("Table 1: …", its lines
    read apart or not) down to that table's placeholder (``TABLE``), no code among them. The table's
    cells were read as its table, so code after it is none of them, and a listing goes on there
    (toolbox-simulation.pdf's Listing 5, its lines 19–36 under Table 1 atop the next page)."""
    caption = max((k for k in range(at + 1) if FLOAT_CAPTION.match(between[k])), default=None)
    if caption is None or any(p.startswith((TABLE, CODE)) for p in between[caption:at]):
        return False
    table = next((k for k in range(at, len(between)) if between[k].startswith(TABLE)), None)
    return table is not None and not any(p.startswith(CODE) for p in between[at:table])


def _block_paragraph(lines: list[Line], edge: float | None = None) -> str:
    """A block of ``code_groups`` as a paragraph: a stack of margin names (``Line.name``) is marked
    ``MARGIN``, no code: doc.sty's \\DescribeMacro column repeats, beside the text, a name the text or
    its listing gives, and read as a line of its own it stood between the paragraphs ("1 Introduction"
    / "parrun" / "It may occur …", parrun.pdf); any other block is ``CODE``, its columns counted from
    its listing's ``edge`` where given (``code_block``)."""
    return MARGIN + code_block(lines) if _names(lines) else CODE + code_block(lines, edge)


def _names(lines: list[Line]) -> bool:
    """A block of margin names only (``Line.name``)."""
    return all(ln.name for ln in lines)


def code_block(lines: list[Line], first_column: float | None = None) -> str:
    """Monospaced lines as the page shows them: rows top to bottom, each piece at the column its
    position gives (an ASCII drawing pdfminer cut into pieces reads as drawn, a listing's
    right-aligned line numbers stay aligned), a line dblatex wrapped ("←-", "↩") joined to its rest.
    Columns count from the leftmost line, or from ``first_column`` where that is further left (the
    left edge of the listing the lines are a block of)."""
    rows = rows_of(lines)
    if _names(lines) and all(len(row) == 1 for row in rows):
        return "\n".join(row[0].text.strip() for row in rows)  # a stack of names, flush left or right
    width = _column_width(lines)
    left = min(ln.x0 for ln in lines)
    left = left if first_column is None else min(left, first_column)
    texts = [_row_text(row, left, width) for row in rows]
    return CODE_WRAP.sub("", "\n".join(_signature_joined(texts)))


def _column_width(lines: list[Line]) -> float:
    """The width of a monospaced block's columns: its lines' median width per character."""
    return sorted((ln.x1 - ln.x0) / len(ln.text) for ln in lines)[len(lines) // 2] or 1.0


def _indented(code: str, columns: int) -> str:
    """A code paragraph with its lines ``columns`` further right (past its ``CODE`` mark and the debris
    placeholders set before a line, ``PLACED``), where the part of its listing the next page goes on
    with starts further left than it does: both parts count their columns from that part's edge.
    sagetex.pdf's ``split_sage_cmds`` breaks on p. 34 inside a ``for`` body, whose lines start 8
    columns in; p. 35 goes on with a docstring's lines at the code column, and its ``has_cont`` read
    6 columns right of ``has_old_cont`` over the break."""
    if columns <= 0:
        return code
    marks = f"^((?:{CODE})?(?:{PLACED.pattern})*)(?=[^\n]*\\S)"
    return re.sub(marks, lambda found: found[1] + " " * columns, code, flags=re.M)


def _row_text(row: list[Line], left: float, width: float) -> str:
    """A row's pieces, each at the column its position gives counted from ``left`` in columns
    ``width`` wide, one space at least between two; in a reference entry's signature (a piece of it
    ``Line.labelled``) a sentence's space one (``_spaces_before``), the pieces after it a column
    nearer, so their words stay one space apart."""
    signature = any(piece.labelled for piece in row)
    text, narrowed = "", 0
    for piece in sorted(row, key=lambda ln: ln.x0):
        column = round((piece.x0 - left) / width) - narrowed
        spaces = _spaces_before(text, column, signature) if text else " " * column
        narrowed += max(0, column - len(text) - len(spaces))
        text += spaces + piece.text
    return text.rstrip()


def _spaces_before(text: str, column: int, signature: bool) -> str:
    """The spaces between a row's ``text`` and its next piece, which the page sets at ``column``: as
    many as the columns between, one at least; one in a ``signature`` where the two columns follow a
    sentence's mark (``ENDS_SENTENCE``) and the words so far stand one apart: TeX's sentence space
    (``sentence_spaces_closed``), at which pdfminer parted lang.pdf's "(destructure** structure
    (template . body)..." from "[(otherwise . nomatch-body)])"."""
    spaces = max(1, column - len(text))
    sentence = signature and spaces == 2 and ENDS_SENTENCE.search(text) and "  " not in text.strip()
    return " " if sentence else " " * spaces


def _signature_joined(rows: list[str]) -> list[str]:
    """``rows`` as one row where they are an attribute's signature (``ATTRIBUTE_SIGNATURE``) Sphinx
    wrapped at the page's right margin: every row flush left, each but the last leaving the value
    open (``_value_open``), the last closing it. Sphinx goes on in the next row at the signature's
    indent with no wrap mark, so pymzML.pdf's "SPECTRUM_INDEX_PATTERN = re.compile(b'(?" /
    "P<type>(scan=|nativeID="))…" stood torn inside "(?P<". A break after the "=" (or a comma) was
    a space; any other a break Sphinx makes between two characters of the value. A listing's
    assignment that goes on indented, or flush but closed, keeps its rows."""
    if len(rows) < 2 or not ATTRIBUTE_SIGNATURE.match(rows[0]) or any(not row[:1].strip() for row in rows):
        return rows
    joined = rows[0]
    for row in rows[1:]:
        if not _value_open(joined):
            return rows
        joined += (" " if joined.endswith(("=", ",")) else "") + row
    return rows if _value_open(joined) else [joined]


def _value_open(text: str) -> bool:
    """An assignment's text that goes on: it ends with its "=", or a string or a bracket outside
    strings is open (a regex's quotes and brackets inside its string literal count for nothing)."""
    depth, quote, escaped = 0, "", False
    for char in text:
        if quote:
            quote = "" if char == quote and not escaped else quote
            escaped = char == "\\" and not escaped
        elif char in "'\"":
            quote = char
        else:
            depth += (char in "([{") - (char in ")]}")
    return text.endswith("=") or bool(quote) or depth > 0


def sphinx_wraps_joined(code: str, at: int, removed: list[Span], since: int) -> str:
    """``code`` (to stand at ``at`` in the text) with each row Sphinx broke to fit the page joined to
    its rest (``SPHINX_WRAP``: "# with deconvolution support␣" / " ˓→using ms_deisotope" is the
    author's one line "# with deconvolution support using ms_deisotope"), the "␣" read as the space
    it stands for, the marks and the rest's indent recorded in ``removed`` where they stood; any other
    "␣" too (``VISIBLE_SPACE``: listings' showstringspaces, "print('Hola,␣mundo!')"). The
    records from ``since`` on (this block's, placed in ``code``) move back by what the joins took
    out before them."""
    kept, end, taken = "", 0, []  # taken: where each join stood in ``code`` and what it took out
    for mark in SPHINX_WRAP.finditer(code):
        kept += code[end : mark.start()] + (" " if mark.group(1) else "")
        taken.append((at + mark.start(), len(mark.group()) - len(mark.group(1))))
        record = {"text": " ".join(mark.group().split()), "why": WRAP_MARK_WHY}
        removed.append(Span(at + len(kept), at + len(kept), "debris", attrs=record))
        end = mark.end()
    for index in range(since, len(removed) - len(taken)):
        span = removed[index]
        back = sum(length for place, length in taken if place < span.start)
        removed[index] = replace(span, start=span.start - back, end=span.end - back)
    return (kept + code[end:]).replace(VISIBLE_SPACE, " ")
