"""Code listings and the names set in their margin: their lines kept whole and in order.

A listing's closing brackets and quote marks, read out of their rows, go back in place; a listing's
line read late or early goes back to its run (``_listings_read_whole``); names set in a margin
beside code (a .dtx manual's "\\cnum") stay a stack of their own (``_margin_names``,
``_margin_stacks_together``), which the steps joining pieces and finding tables respect.
"""

from __future__ import annotations

import re
from dataclasses import replace

from sloika.pipelines.formats.pdf_gutters import _apart_across, _prose_gutter_between
from sloika.pipelines.formats.pdf_line_order import NUMBERS_ONLY, code_over_and_under
from sloika.pipelines.formats.pdf_line_record import Line, _spans_overlap, on_row
from sloika.pipelines.formats.pdf_lines import NAME_TAG, listings_beside
from sloika.pipelines.formats.pdf_page_rows import ALIGN_EDGE, SIZE_STEP, WORD, _index, _over, _same_row
from sloika.pipelines.formats.pdf_tables import FIGURE_CAPTION, FLOAT_CAPTION, TABLE_CAPTION

LONG_PROSE = 40  # characters: a line this long is a paragraph's, where the text column starts
MARGIN_ALIGN = 1.0  # em: a prose line within this of the column's left edge starts at it
COLUMN_HEAD_ALIGN = 0.2  # em: a column's head and its cells start together, within this
BESIDE_PROSE = 20  # characters: a paragraph's first line beside a margin name, not the name's argument
FIRST_INDENT = 3.0  # em: a paragraph's first line beside a margin name starts this far in at most
NAME_WORD = re.compile(r"\S*[^\W\d_]\S*")  # a word of a margin name: with a letter ("\\cnum", "11-12-curtos")
BLOCK_GAP_NAMES = 1.0  # em between two margin names of one stack, at most
ROW_SLIP = 0.5  # em: a line whose top stands this far over another's stands on a row over it
SENTENCE_ENDS = (".", "!", "?", ":")  # the marks a paragraph's last line ends on
SHORT_END = 2.0  # em: a column line ending this far short of the page's full lines ends its paragraph
# an index entry: a term and its page numbers ("apt-doc, 38, 39", "ссылки, 12–14")
BRACKETS_ONLY = re.compile(
    r"^\s*[{}()\[\]][{}()\[\];,\s]*$"
)  # a listing's "}", "};", "})": it closes a block
BRACKET_LEADING = 1.6  # em: a brackets-only line stands at most this far under the listing line it closes
BRACKET_REACH = 4.0  # em: and starts at most this far right of that line's start (a brace is outdented)
# a literate program's chunk name: noweb's "⟨define slider.hist 31⟩", "⟨* 20⟩"
CHUNK_NAME = re.compile(r"⟨[^⟨⟩]+⟩")
# four words of letters in a row: a sentence's, no code line's ("This describes the monomial ideal")
PROSE_RUN = re.compile(r"[^\W\d_]{2,}(?: [^\W\d_]+){3}")
LISTING_MARKS = 3  # characters at most of a line of marks alone set into a listing's row ("’", "’:")
ABUT = 0.2  # em: a mark this near a listing piece's edge abuts it
LATE_REACH = 1.5  # em: a listing's line read late stands at most this far over or under the block's lines
CAPTION_OVER = 2.0  # em: a caption stands at most this far over the first line of the listing it heads


def _brackets_in_place(page: list[Line]) -> list[Line]:
    """The page with each monospaced line of brackets alone (a listing's closing "}") right after the
    listing line it stands under (``_closed_line``): pdfminer put such a short line, set at the
    listing's left edge beside its line number, after the page's other text (numberpt.pdf: the "}"
    of ``\\NumberPT_decompose:n`` after the next listing), where it stood alone and was cut as a
    ``fragment``, leaving the listing unbalanced. A brace set in the math symbol font (Sweave's R
    listings take "{" and "}" from cmsy: gmm_with_R.pdf) is no less the listing's line: it is made
    monospaced with it, not cut as ``no_words`` debris; so is one atop a page over the listing's
    next line (``_listing_goes_on``: the block it closes began on the page before). Brackets are read
    top down, each against the page with those over it made the listing's: a stack of closing lines,
    each outdented under the one before ("}" / "}" / "})" ending a method's listing), closes one block
    after another, the lower ones under a brace of the symbol font as the top one under code."""
    found = list(page)
    for line in page:
        if not BRACKETS_ONLY.match(line.text):
            continue
        above = _closed_line(found, line)
        if above is None:
            if not line.mono and _listing_goes_on(found, line):
                found[found.index(line)] = replace(line, mono=True)
            continue
        if not line.mono:
            at = found.index(line)
            found[at] = line = replace(line, mono=True)
        if found.index(line) == found.index(above) + 1:
            continue
        found.remove(line)
        found.insert(found.index(above) + 1, line)
    return found


def _marks_inside_listings(page: list[Line]) -> list[Line]:
    """The page with each line of marks alone (no letter or digit) that stands between two
    monospaced lines, within ``BRACKET_LEADING`` em of each and starting no further left than the
    leftmost of them, made monospaced with them: a listing's line is code whatever its characters.
    Sphinx sets a string's triple quotes in the text font's slant (pymzML.pdf's "print(" / "\'\'\'"
    / "Reading indexed gzip …" / "\'\'\'.format(chap_num)"); read as prose, the quotes were cut as
    ``no_words`` and the listing broke in two there, the rest losing its indentation. The line over
    the marks may stand right of them, a listing's line continued further in: Texinfo's expansion
    arrow "↦" under "(alien-byte-increment #@43 (* (C-sizeof "GdkColor")" / "(C-enum …)))" was
    cut as ``math`` in mit-scheme-ffi.pdf, where the arrows under lines starting over them stayed."""
    found = list(page)
    for at, line in enumerate(found):
        if line.mono or not line.text.strip() or any(char.isalnum() for char in line.text):
            continue
        band = [other for other in found if other is not line and other.x0 < line.x1 and other.x1 > line.x0]
        # a listing's line continued further in, right of the marks, is the line over them too
        above = band + [other for other in found if other.mono and other.x0 >= line.x1]
        over = max((other for other in above if other.top < line.top), key=lambda ln: ln.top, default=None)
        under = min((other for other in band if other.top > line.top), key=lambda ln: ln.top, default=None)
        if (
            over is not None
            and under is not None
            and over.mono
            and under.mono
            and line.top - over.top <= BRACKET_LEADING * line.size
            and under.top - line.top <= BRACKET_LEADING * line.size
            and line.x0 >= min(over.x0, under.x0) - ABUT * line.size
        ):
            found[at] = replace(line, mono=True)
    return found


def _chunk_lines_in_listings(page: list[Line]) -> list[Line]:
    """The page with each line holding a literate program's chunk name (``CHUNK_NAME``, noweb's
    "⟨define slider.hist 31⟩ ≡" heading a chunk, or "⟨check if x is a vector 14⟩" and
    "f0<- ⟨…⟩" using one inside it) that stands next to a listing's line (``_beside_listing``) made
    monospaced with it, top down and again until none changes, so that a run of them joins its
    listing: noweb sets a chunk's name in the text font, and read as prose, aplpack's sliderfns.pdf
    glued 34 headers and uses onto the code line under them or the paragraph over them, parted its
    blocks at every use (the use's line losing its indent) and ran one chunk's lines into one."""
    found = list(page)
    changed = True
    while changed:
        changed = False
        for at, line in enumerate(found):
            if not line.mono and _chunk_line(line.text) and _beside_listing(line, found):
                found[at] = replace(line, mono=True)
                changed = True
    return found


def _chunk_line(text: str) -> bool:
    """A line that holds a chunk name (``CHUNK_NAME``) and, outside its names, no prose
    (``PROSE_RUN``): a chunk's header ("⟨add the numbers 1⟩ ≡") or a use inside code ("f0 <-
    ⟨print the sum 3⟩"). A sentence under a listing naming a formula between angle brackets is
    the text's: frobby's manual's "This describes the monomial ideal ⟨a², a ∗ b⁵, c⟩ as an ideal in
    the polynomial ring", under the file it describes, was glued onto that file's last row and the
    sentence torn after it."""
    return bool(CHUNK_NAME.search(text)) and not PROSE_RUN.search(CHUNK_NAME.sub(" ", text))


def _beside_listing(line: Line, page: list[Line]) -> bool:
    """A monospaced line of ``line``'s size stands within ``BRACKET_LEADING`` em over or under it,
    starting no more than an em right of it: ``line`` is a row of that listing, at its edge or inside."""
    return any(
        other.mono
        and abs(other.size - line.size) <= SIZE_STEP
        and 0 < abs(other.top - line.top) <= BRACKET_LEADING * line.size
        and other.x0 - line.x0 <= line.size
        for other in page
    )


def _marks_in_listing_rows(page: list[Line]) -> list[Line]:
    """The page with each short line of marks alone (``LISTING_MARKS``) that abuts a listing's pieces
    on their row (``_abutted_piece``) joined to them, one monospaced piece: a printout's character
    taken from another font, whose box stands raised (Sweave's R printouts take the quotes of
    'data.frame' from the text font: "’" + "data.frame" + "’" + ":" half a line up; knitr's upright
    quotes come from a monospaced font of their own, one glyph whose box is its ink: "## Formal
    class" + "’" + "dgTMatrix" + "’"). Read apart, such a mark was cut as ``no_words`` debris or a
    ``fragment``, or stood as a line of its own over the row, which left gaps where it stood, and the
    block a table of mixed fonts. A mark whose pieces either side stand on two rows (a string's
    opening quote set right under the end of the row above: "… != 1)" over "… 'snpid', 'chrom' …",
    S4QuickOverview.pdf) joins the lower one only, its own row, over which its box stands raised:
    joined to both, "'chrom'" moved onto the row above."""
    found = list(page)
    for mark in page:
        text = mark.text.strip()
        if not text or len(text) > LISTING_MARKS or any(char.isalnum() for char in text):
            continue
        left, right = _abutted_piece(found, mark, mark.x0, "x1"), _abutted_piece(found, mark, mark.x1, "x0")
        if left is not None and right is not None and not on_row(left, right):
            left, right = (None, right) if right.top > left.top else (left, None)
        pieces = [piece for piece in (left, right) if piece is not None]
        if not pieces:
            continue
        joined = replace(
            pieces[0],
            text=(left.text if left else "") + text + (right.text if right else ""),
            x0=min(mark.x0, *(piece.x0 for piece in pieces)),
            x1=max(mark.x1, *(piece.x1 for piece in pieces)),
        )
        found[found.index(pieces[0])] = joined
        found = [line for line in found if line is not mark and (left is None or line is not right)]
    return found


def _abutted_piece(page: list[Line], mark: Line, edge: float, side: str) -> Line | None:
    """The monospaced piece whose ``side`` edge stands at ``edge`` (within ``ABUT`` em) and whose
    height ``mark`` overlaps, the one it overlaps most; None where none does."""
    touched = [
        line
        for line in page
        if line.mono
        and abs(getattr(line, side) - edge) <= ABUT * mark.size
        and min(line.bottom, mark.bottom) > max(line.top, mark.top)
    ]
    return max(
        touched, key=lambda line: min(line.bottom, mark.bottom) - max(line.top, mark.top), default=None
    )


def _closed_line(page: list[Line], bracket: Line) -> Line | None:
    """The monospaced line a brackets-only line closes the block after: the last line of the block,
    within ``BRACKET_LEADING`` em over it. The block opens at the nearest line over it that starts
    at most ``BRACKET_REACH`` em right of it (a brace is outdented) and holds the lines under that one
    starting left of its end (the body, indented deeper: "x <- foreach(i=1:5) %dopar% {" /
    "    i + runif(1)" / "}"), all monospaced; None where it holds another line (a brace of a drawing,
    of a table, under prose). Where no line over it starts so near, the block opened on the page before
    and runs from the page's top: the lines over it starting left of the end of the nearest one."""
    size = bracket.size
    over = [line for line in page if line is not bracket and line.top < bracket.top and line.x1 > bracket.x0]
    if not over:
        return None
    starts = [line for line in over if line.x0 <= bracket.x0 + BRACKET_REACH * size]
    opener = max(starts, key=lambda line: line.top, default=None)
    if opener is None:
        edge = max(over, key=lambda line: line.top).x1
        block = [line for line in over if line.x0 < edge]
    else:
        block = [opener, *(line for line in over if line.top > opener.top and line.x0 < opener.x1)]
    nearest = max(block, key=lambda line: line.top)
    if not all(line.mono for line in block) or bracket.top - nearest.top > BRACKET_LEADING * size:
        return None
    return nearest


def _listing_goes_on(page: list[Line], bracket: Line) -> bool:
    """Whether a brackets-only line stands atop the page (no line over it) with a monospaced line
    under it within ``BRACKET_LEADING`` em: the close of a block a listing opened on the page before,
    the listing going on under it."""
    if any(line.top < bracket.top for line in page if line is not bracket):
        return False
    under = [line for line in page if line.top > bracket.top]
    nearest = min(under, key=lambda line: line.top, default=None)
    return (
        nearest is not None and nearest.mono and nearest.top - bracket.top <= BRACKET_LEADING * bracket.size
    )


def _listing_rows(
    page: list[Line], span: tuple[float, float] | None, block: float | None = None
) -> list[Line]:
    """A monospaced line on the row of one read earlier (a screen's right column: pdfminer read
    "libc6", "на:", "libc6", then "install" and "hold") moves to stand after it, so the code block
    holds each row whole. A margin name's row is no row of the listing beside it (``_margin_names``):
    a code line moved up to the name would leave its listing and stand before the paragraph. Nor is a
    listing's line in the next column of a two-column page (``_prose_gutter_between``): afex's left
    column "y ~ difficulty + …" and the right column's "library("afex")" were read as one row; nor
    one across the page's gutter ``span`` (``_apart_across``), where the right column's listing is set
    in from its edge, beside a listing of the left column's; nor one of two listings the page sets
    side by side (``listings_beside``: Rcpp-modules' C++ listing beside the other column's, whose
    page has prose in one column only). ``block``: the document's prose margin (``_margin_names``)."""
    result: list[Line] = []
    margin = _margin_names(page, block)
    sides = listings_beside([line for line in page if line.mono and not line.name])
    right = {id(line) for line in sides[-1]} if len(sides) == 2 else set()
    for line in page:
        at = next(
            (
                i
                for i in range(len(result) - 1, -1, -1)
                if line.mono
                and result[i].mono
                and not _across_margin(result[i], line, margin)
                and _same_row(result[i], line)
                and abs(result[i].size - line.size) < 0.5
                and (line.x0 >= result[i].x1 or result[i].x0 >= line.x1)
                and not _prose_gutter_between(result[i], line, page)
                and not _apart_across(result[i], line, span)
                and (id(result[i]) in right) == (id(line) in right)
            ),
            None,
        )
        result.insert(len(result) if at is None else at + 1, line)
    return result


def _blank_rows_over_listings(page: list[Line]) -> list[Line]:
    """The page's first code line marked ``Line.blank_over`` when the listing's line numbers show a
    blank row right above it: the number one less than its own stands alone on its row, one row up
    (one pitch of the numbers). Across a page break no gap shows the blank line, and the part overleaf
    was joined to the listing's last line: toolbox-simulation.pdf's Listing 5 goes on atop p. 5 with
    its row "19" blank, then "20 dif_id <- covariate > median(covariate)", and the blank was lost."""
    code = [line for line in page if line.mono and not line.name]
    if not code:
        return page
    first = min(code, key=lambda line: line.top)
    numbers = {
        id(line): int(text) for line in page if not line.mono and (text := line.text.strip()).isdigit()
    }
    beside = next(
        (ln for ln in page if id(ln) in numbers and ln.x1 <= first.x0 and _same_row(ln, first)), None
    )
    if beside is None or not any(_blank_row_over(beside, line, page, numbers) for line in page):
        return page
    return [replace(line, blank_over=True) if line is first else line for line in page]


def _blank_row_over(number: Line, line: Line, page: list[Line], numbers: dict[int, int]) -> bool:
    """``line`` is the line number before ``number``, right-aligned with it one row above (a row's
    height apart at most), nothing else on its row."""
    return (
        numbers.get(id(line)) == numbers[id(number)] - 1
        and abs(line.x1 - number.x1) < ALIGN_EDGE * number.size
        and 0 < number.top - line.top < 2 * (number.bottom - number.top)
        and not any(other is not line and _same_row(other, line) for other in page)
    )


def _listings_read_whole(page: list[Line]) -> list[Line]:
    """The page with each monospaced line that pdfminer read after prose, though it stands among the
    lines of a listing read before that prose (``_late_place``), moved into that listing at its height:
    a knitr box whose "##" prefixes stood as a column of their own (apcluster.pdf's p. 44: "##
    Exemplars:", "## Clusters:", the next chunk's "str(similarity(sapres2))" and half its printout)
    came after the page's prose and list, where the listing's rest stood as a block of its own. Passes
    go on until none moves a line, so lines over or under the listing join it one by one. A line read
    early goes forward the same way (``_early_place``)."""
    found = list(page)
    moved = True
    while moved:
        moved = False
        for line in list(found):
            at = next(i for i, other in enumerate(found) if other is line)
            place = _late_place(found, line)
            place = _early_place(found, line) if place is None else place
            if place is not None:
                found = [other for other in found if other is not line]
                found.insert(place - (place > at), line)
                moved = True
    return found


def _captions_over_listings(page: list[Line]) -> list[Line]:
    """The page with each float caption ("Listing 2: …") that pdfminer read after the listing it
    stands over moved before that listing: the lines read just before the caption that all stand
    under it, code lines and their printed numbers, whose first code line stands at most
    ``CAPTION_OVER`` em under it across its span. psychotools' toolbox-simulation.pdf p. 3 read
    "Listing 2: Calculate p-values" after the three code lines it heads, and the text had it there,
    over the next paragraph. So does one read right after its body's first line in any font
    (``_first_line_read_before``)."""
    found = list(page)
    for caption in [line for line in page if not line.mono and FLOAT_CAPTION.match(line.text)]:
        at = next(i for i, other in enumerate(found) if other is caption)
        start = at
        while start > 0 and _read_under(found[start - 1], caption):
            start -= 1
        code = [line for line in found[start:at] if line.mono]
        if code and _heads(caption, code):
            found = [*found[:start], caption, *found[start:at], *found[at + 1 :]]
        elif _first_line_read_before(found, at):
            found[at - 1 : at + 1] = [caption, found[at - 1]]
    return found


def _first_line_read_before(found: list[Line], at: int) -> bool:
    """pdfminer read the first line of the body that the caption ``found[at]`` heads just before it:
    a caption set over its body (a listing's, a table's: no figure's, ``FIGURE_CAPTION``), that line
    right under it (``_heads``) in whatever font, the line read before it standing over the caption
    and the line read after the caption under that line. SDPB-Manual.pdf's Listing 2, its lines in
    italic and typewriter, read "function call ≡ WriteBootstrapSDP[file, ⟨sdp⟩]" over "Listing 2:
    Usage of WriteBootstrapSDP in SDPB.m"."""
    caption = found[at]
    if at == 0 or at + 1 == len(found) or FIGURE_CAPTION.match(caption.text):
        return False
    first, over, under = found[at - 1], found[at - 2] if at > 1 else None, found[at + 1]
    return (
        first.top >= caption.bottom
        and _heads(caption, [first])
        and (over is None or over.bottom <= caption.top)
        and under.top >= first.bottom
    )


def _read_under(line: Line, caption: Line) -> bool:
    """Whether ``line`` is a listing's code line or printed number standing under ``caption``."""
    return (line.mono or bool(NUMBERS_ONLY.match(line.text))) and line.top >= caption.bottom


def _heads(caption: Line, code: list[Line]) -> bool:
    """Whether ``caption`` stands right over the listing lines ``code``, across their span."""
    first = min(code, key=lambda line: line.top)
    return first.top - caption.bottom <= CAPTION_OVER * caption.size and any(
        _spans_overlap(caption, line) for line in code
    )


def _late_place(page: list[Line], line: Line) -> int | None:
    """Where in ``page`` a monospaced ``line`` goes: into the nearest run of monospaced lines read
    before it, with only lines of another font that stand under it read between them (the prose
    under the listing, read first), whose lines it overlaps across and stands among, at most
    ``LATE_REACH`` em over or under them, no line of another font in the box they make with it (a
    listing, no prose beside it or between): after the run's last piece on its row, as
    ``_listing_rows`` puts a row's pieces, else before its first line under it. None where no run
    takes it, or a line read between stands over it or beside it (a table's label column, read row
    by row with its listing cells: sandwich-CL.pdf's "CL-0" beside "vcovCL(…)")."""
    at = next(i for i, other in enumerate(page) if other is line)
    end = at - 1
    while line.mono and end >= 0:
        if not page[end].mono:
            if page[end].top < line.bottom:
                return None
            end -= 1
            continue
        start = end
        while start > 0 and page[start - 1].mono:
            start -= 1
        if end + 1 < at and _stands_in_run(page, page[start : end + 1], line):
            row = [i for i in range(start, end + 1) if _same_row(page[i], line)]
            below = (i for i in range(start, end + 1) if page[i].top > line.top)
            return row[-1] + 1 if row else next(below, end + 1)
        end = start - 1
    return None


def _early_place(page: list[Line], line: Line) -> int | None:
    """Where in ``page`` a monospaced ``line`` read inside a listing it does not stand among goes:
    into the nearest run of monospaced lines read after it that takes it (``_stands_in_run``), with
    only lines that stand over it read between (the rest of the listing it was read in, that
    listing's caption), placed as ``_late_place`` places a line: RcppArmadillo-intro.pdf's p. 7,
    where pdfminer read Listing 3's third matrix row inside Listing 2 over it, and the row was cut
    from both as a `fragment`. None where the lines of its run read after it are not all a listing
    over it (``_read_before_listing_over``: a two-column page's listings read in turns, where
    Rcpp-modules.pdf's "yada:" ending a sentence went into the listing under it), or where a line
    read between stands under it."""
    at = next(i for i, other in enumerate(page) if other is line)
    start, end = at, at
    while start > 0 and page[start - 1].mono:
        start -= 1
    while end + 1 < len(page) and page[end + 1].mono:
        end += 1
    later = [other for other in page[at + 1 : end + 1] if not _same_row(other, line)]
    row = [other for other in page[start : end + 1] if _same_row(other, line)]
    if not line.mono or not later or not _read_before_listing_over(later, row):
        return None
    start = end + 1
    while start < len(page):
        if not page[start].mono:
            if page[start].bottom > line.top:
                return None
            start += 1
            continue
        end = start
        while end + 1 < len(page) and page[end + 1].mono:
            end += 1
        if _stands_in_run(page, page[start : end + 1], line):
            row = [i for i in range(start, end + 1) if _same_row(page[i], line)]
            below = (i for i in range(start, end + 1) if page[i].top > line.top)
            return row[-1] + 1 if row else next(below, end + 1)
        start = end + 1
    return None


def _read_before_listing_over(later: list[Line], row: list[Line]) -> bool:
    """Whether the lines ``later``, read after a line of the pieces ``row`` in its run, all stand
    over the row, further than ``LATE_REACH`` em, in a box across its span: the listing over it,
    which pdfminer read after it."""
    reach = LATE_REACH * row[0].size
    top, left, right = min(p.top for p in row), min(p.x0 for p in row), max(p.x1 for p in row)
    return all(other.bottom + reach < top for other in later) and (
        min(other.x0 for other in later) < right and left < max(other.x1 for other in later)
    )


def _stands_in_run(page: list[Line], run: list[Line], line: Line) -> bool:
    """Whether ``line`` stands among the listing lines ``run``: of their size, across their span,
    within ``LATE_REACH`` em over their first or under their last, and no line that is not
    monospaced in the box of them and it."""
    reach = LATE_REACH * line.size
    top, bottom = min(other.top for other in run), max(other.bottom for other in run)
    left, right = min(other.x0 for other in run), max(other.x1 for other in run)
    if (
        any(abs(other.size - line.size) >= SIZE_STEP for other in run)
        or not (top - reach <= line.top and line.bottom <= bottom + reach)
        or not (line.x0 < right and left < line.x1)
    ):
        return False
    top, bottom = min(top, line.top), max(bottom, line.bottom)
    left, right = min(left, line.x0), max(right, line.x1)
    return not any(
        not other.mono and other.top < bottom and other.bottom > top and other.x0 < right and other.x1 > left
        for other in page
    )


def _margin_stacks_together(page: list[Line], block: float | None = None) -> list[Line]:
    """Each stack of margin names (``_margin_names``: doc.sty stacks the names a paragraph or a
    listing describes, "\\clq" over "\\crq") read together where its top name was read, or before the
    first line at or under the stack's top where that comes earlier: pdfminer read a lower name after
    the paragraph's first line, where it opened the listing beside it as one code block, or a whole
    stack after the page's last line (itnumpar.pdf's right-aligned names, offset from their code).
    Each name is marked (``Line.name``): a stack of its own, never part of a listing. ``block``: the
    document's prose margin (``_margin_names``); names there are terms, read at their rows
    (``_terms_in_place``)."""
    margin, placed = _margin_names(page, block), _margin_names(page)  # names by the page alone
    page = _terms_in_place(page, [line for line in page if id(line) in placed and id(line) not in margin])
    if not margin:
        return page
    stacks: list[list[Line]] = []
    for name in sorted((line for line in page if id(line) in margin), key=lambda ln: ln.top):
        if stacks and _stacked(stacks[-1][-1], name) and not _beside_new_entry(page, name, margin[id(name)]):
            stacks[-1].append(name)
        else:
            stacks.append([name])
    result = _pieces_in_order(page, [line for line in page if id(line) not in margin], margin)
    places = [_stack_place(page, result, stack, margin) for stack in stacks]
    for at, stack in sorted(
        zip(places, stacks, strict=True), key=lambda p: (p[0], p[1][0].top), reverse=True
    ):
        result[at:at] = [replace(name, name=True) for name in stack]  # the lowest first: places hold
    return result


def _pieces_in_order(page: list[Line], rest: list[Line], margin: dict[int, float]) -> list[Line]:
    """``rest`` (the page without its margin names) with each line read right after a name on its
    row (the prose pdfminer read onto the name, ``pdf_lines._margin_name_apart``) moved under the
    lines read after it that stand over it in its column: pdfminer read feynmf.pdf's "\\fmfrcyclen
    ⟨v[1]⟩… ⟨v[n]⟩. …" with the margin's names, before the paragraph's first line over it."""
    pieces = [
        line
        for name, line in zip(page, page[1:], strict=False)
        if id(name) in margin and id(line) not in margin and _same_row(name, line)
    ]
    rest = list(rest)
    for piece in pieces:
        at = _index(rest, piece)
        while at + 1 < len(rest) and _over(rest[at + 1], piece) and rest[at + 1].top < piece.top:
            rest[at], rest[at + 1] = rest[at + 1], rest[at]
            at += 1
    return rest


def _beside_new_entry(page: list[Line], name: Line, left: float) -> bool:
    """The column line on ``name``'s row opens a paragraph: the column line right over it ends a
    sentence ``SHORT_END`` em or more short of the page's full lines, its paragraph's last. Each name beside a
    paragraph of its own is that entry's label, no name of the stack over it: feynmf.pdf's
    "\\fmfipath" and "\\fmfipair", each beside a one-line entry, were one stack over the first, and
    "\\fmfdisplay" went on the stack "\\fmftrace", "\\fmfnotrace" of the paragraph over it."""
    column = [line for line in page if not line.mono and line.x0 >= left - MARGIN_ALIGN * line.size]
    row = next((line for line in column if _column_line_beside(name, line, left)), None)
    full = [line.x1 for line in column if len(line.text) >= LONG_PROSE]
    over = [line for line in column if row is not None and line.top < row.top - ROW_SLIP * row.size]
    if not over or not full:
        return False
    above = max(over, key=lambda line: line.top)
    ended = above.x1 <= max(full) - SHORT_END * above.size and above.text.rstrip().endswith(SENTENCE_ENDS)
    return ended and abs(row.size - above.size) < SIZE_STEP  # a heading beside it opens no entry


def _terms_in_place(page: list[Line], terms: list[Line]) -> list[Line]:
    """A definition table's ``terms``, set where margin names stand but inside the document's text
    block (``_in_text_block``: Texinfo's ``@table`` on a page of the table alone), each read before
    the highest line right of it at or under its top, top to bottom: pdfminer read the term column
    as one box, ahead of the listing over them (standards.pdf's "‘TAGS’", "‘info’" before "@echo …")
    or after the paragraphs beside them ("‘clean’" after "Delete .dvi files …")."""
    rest = [line for line in page if all(line is not term for term in terms)]
    for term in sorted(terms, key=lambda ln: ln.top):
        below = [
            at
            for at, line in enumerate(rest)
            if line.x0 >= term.x1 and line.top >= term.top - 0.5 * line.size
        ]
        rest.insert(min(below, key=lambda at: rest[at].top, default=len(rest)), term)
    return rest


def _stack_place(page: list[Line], rest: list[Line], stack: list[Line], margin: dict[int, float]) -> int:
    """Where in ``rest`` (the page without its names) a stack goes: where its top name was read, or
    before the highest line at or under the stack's top where that was read earlier; never before a
    line read ahead of that one and standing wholly over the stack (``_over_stack``): pdfminer read
    numberpt.pdf's "\\numberpt" … "\\NUMBERPT" first on the page, and the stack went before the
    heading "2 User commands" over the paragraph it stands beside, into the section before."""
    read = sum(1 for line in page[: _index(page, stack[0])] if id(line) not in margin)
    below = [at for at, line in enumerate(rest) if line.top >= stack[0].top - 0.5 * line.size]
    if not below:
        return read
    first = min(below, key=lambda at: rest[at].top)
    over = [at for at in range(first) if _over_stack(rest[at], stack)]
    return max(min(read, first), max(over, default=-1) + 1)


def _over_stack(line: Line, stack: list[Line]) -> bool:
    """The line stands wholly over the stack's top name, reaching right of the margin (a heading)."""
    return line.bottom <= stack[0].top and line.x1 > stack[0].x1


def _stacked(upper: Line, lower: Line) -> bool:
    """``lower`` stands right under ``upper`` at its left edge, or at its right edge (names set
    right-aligned against the column): the next name of one stack."""
    return (
        abs(upper.x0 - lower.x0) < MARGIN_ALIGN * upper.size
        or abs(upper.x1 - lower.x1) < MARGIN_ALIGN * upper.size
    ) and 0 <= lower.top - upper.bottom < BLOCK_GAP_NAMES * upper.size


def _across_margin(piece: Line, line: Line, margin: dict[int, float]) -> bool:
    """One of the two is a margin name (``_margin_names``) and the other stands in the text column:
    the name and its paragraph's first line are no pieces of one line. Pieces of the name itself
    ("\\textcyrillic" and its argument "{⟨text⟩}", both in the margin) still join."""
    for name, other in ((piece, line), (line, piece)):
        left = margin.get(id(name))
        if left is not None and other.x0 >= left - MARGIN_ALIGN * other.size:
            return True
    return False


def _margin_names(page: list[Line], block: float | None = None) -> dict[int, float]:
    """The monospaced lines set in the left margin beside the first line of a prose paragraph: a .dtx
    manual's \\DescribeMacro column ("\\cdash" beside "In its turn, \\russian@sh@emdash simply calls
    for \\cdash …", russianb.pdf). Joined to that line as its piece, the name made the line start in
    the margin and read as code, and the paragraph broke after it; apart, the name is a stack of
    its own before its paragraph (``pdf_code_blocks.MARGIN``: to `removed`). The margin is left of where
    the page's long prose lines start, a float's caption aside (centred under its float, it measures no
    column: rrcov.pdf p. 40, a page of R output over Figure 15's caption, lost the printout's "Constants:"
    and "normal" as margin names left of the caption's start); a line of code indented in the text
    column, or a word at a line's start, is no margin name; nor is a name whose row holds only its
    argument (``BESIDE_PROSE``: "\\textcyrillic" + "{⟨text⟩}", one line of the description's head). A
    name names something, so it has a letter: a listing's output prefix alone on its row ("##" before
    knitr's "twoStep" or "mu sig" column heads) stands left of the column on a page whose prose lines
    are mostly indented first lines, but is the listing's, and as a name it was cut as a ``fragment``.
    A name starting at the document's text ``block`` (its
    prose margin, ``pdf_measures._prose_margins``) stands inside it (``_in_text_block``). Each name's
    id maps to that left edge."""
    starts = sorted(
        line.x0 for line in page if not line.mono and len(line.text) >= LONG_PROSE and not _caption(line)
    )
    if not starts:
        return {}
    left = starts[len(starts) // 4]  # the text column's left edge, indented first lines aside
    names = {
        id(name): name
        for name in page
        if _named(name)
        and name.x1 < left
        and name.x0 < starts[0]
        and not _in_text_block(name, page, left, block)
        and any(_column_line_beside(name, other, left) for other in page)
    }
    return {id(name): left for name in _stacks_grown(page, names, left)}


def _caption(line: Line) -> bool:
    """A float's caption: "Figure 15: …", "Table 2. …"."""
    return bool(FIGURE_CAPTION.match(line.text) or TABLE_CAPTION.match(line.text))


def _in_text_block(name: Line, page: list[Line], left: float, block: float | None = None) -> bool:
    """A roman line with a word starts where ``name`` does or left of it (``COLUMN_HEAD_ALIGN``), or
    the document's prose margin ``block`` does: the name stands inside the text block, a table's
    first column under its head ("name" over the names, "description" over theirs; a C library
    guide's method table alone on its page, whose descriptions are the page's only long lines), or a
    definition table's term beside its description on a page of the table alone (Texinfo's
    ``@table``: GNU standards.pdf's "‘append’" beside "‘-a’ in etags, …", bashref.pdf's "-f" beside
    "Disable filename expansion", each cut as a ``margin_note`` and its description left without
    it). A margin name stands left of all the page's text and of the document's margin; a roman
    label wholly left of the column's ``left`` edge is in the margin too (feynmf.pdf's
    "fmfgroup (env.)" over "\\fmftrace" kept that page's names in their sentences)."""
    reach = name.x0 + COLUMN_HEAD_ALIGN * name.size
    if block is not None and block <= reach:
        return True
    return any(
        not line.mono and WORD.search(line.text) and line.x0 <= reach and line.x1 >= left for line in page
    )


def _named(line: Line) -> bool:
    """A monospaced line that may be a margin name (``_margin_names``): names only, each word with a
    letter and longer than one character ("\\cnum", "fframe", "\\beforecolumnseparator
    \\aftercolumnseparator"). A variable, an operator or a number alone is a term of an expression:
    brandeis-problemset's memory addresses "x + 0" … "x + 24" stand left of an assembly listing,
    beside its rows, and are the problem's text. An environment's name may carry doc.sty's roman tag
    ("sageblock (env.)", sagetex.pdf), which leaves its line no longer monospaced."""
    words = line.text.split()
    if not line.mono and line.opens_typewriter and len(words) > 1 and NAME_TAG.fullmatch(words[-1]):
        words = words[:-1]  # an environment's name and its roman tag (``pdf_lines.NAME_TAG``)
    elif not line.mono:
        return False
    return bool(words) and all(len(word) > 1 and NAME_WORD.fullmatch(word) for word in words)


def _stacks_grown(page: list[Line], names: dict[int, Line], left: float) -> list[Line]:
    """The margin names with the monospaced margin lines stacked over or under them (``_stacked``):
    a stack's names stand offset from the lines they describe (itnumpar.pdf's "\\numeroinparole" and
    "\\Numeroinparole" over the listing whose rows "\\ordinalem" … stand beside), so a name with no
    column line on its row is still one of the stack."""
    found = dict(names)
    grown = True
    while grown:
        grown = False
        for line in page:
            if id(line) in found or not _named(line) or line.x1 >= left:
                continue
            if any(_stacked(name, line) or _stacked(line, name) for name in found.values()):
                found[id(line)] = line
                grown = True
    return [line for line in page if id(line) in found]


def _column_line_beside(name: Line, other: Line, left: float) -> bool:
    """``other`` stands in the text column on ``name``'s row: a paragraph's first line at the column's
    edge or indented (``FIRST_INDENT``: eledpar.pdf's "\\columnsposition" beside "By default,
    columns are …", set 2.6 em in; ``BESIDE_PROSE`` characters at least), or a code line of a
    listing set at the edge or indented in the column (czech.pdf's "\\crq" under "\\clq", beside
    the listing's first line "\\ProvideTextCommand{\\clq}{OT1}"; both typewriter, the margin tells
    them apart)."""
    if not _same_row(name, other):
        return False
    if other.mono:
        return other.x0 >= left - MARGIN_ALIGN * other.size
    inside = -MARGIN_ALIGN * other.size < other.x0 - left < FIRST_INDENT * other.size
    return len(other.text) >= BESIDE_PROSE and inside


def session_output(line: Line, page: list[Line]) -> bool:
    """``line`` (digits alone) is the typeset output of a session's input, no page number: it stands
    in the page's body, off its top and bottom edges, set in between two code lines
    (``code_over_and_under``: the input over it, the next input under it). SageTeX's sageexample
    centres "4" under "sage: 2+2", "28" under "sage: len(mystr)"; cut as page numbers, the inputs
    stood with no result. A fraction's numerators ("1 1 1" over "x⁵ − x⁴ + x³") have the formula
    under them, no code; a page number, nothing."""
    return not line.at_edge and code_over_and_under(line, page)


def numbered_listing_line(line: Line, numbers: list[Line]) -> bool:
    """``line`` stands on the row of a printed line number cut from its page (``numbers``, the
    ``line_numbers`` records): a numbered listing's line is code whatever it holds, a number alone
    too (SageTeX's sagecommandline prints pi.n(100) as "3.1415926535897932384626433833", line 23)."""
    return any(number.page == line.page and on_row(line, number) for number in numbers)
