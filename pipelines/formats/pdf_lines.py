"""PDF pages → text lines with their geometry, page furniture and watermarks left out.

pdfminer.six groups characters into lines and boxes; its spaces come from one fixed gap (a share of
a character's width), which kerned or letter-spaced PDFs break both ways: Word-made GOST standards
carry real space glyphs *and* wide kerning, so the default gap reads "П оправка к ГО С Т 2.105— 95"
and a wider one glues real words. Each line's text is therefore written here from its characters:
where the line has space glyphs they are the spaces (plus gaps wider than half an em, tab stops);
where it has none, a space is a gap clearly wider than the line's usual letter gap, so tracked
(letter-spaced) lines split between words and not between letters. A no-break space glyph is a
tie, not the line's way of spacing: DocBook/FO PDFs set "Раздел 2.2" with one and every other
space as a gap, and taking the tie for the rule read "(смотритеРаздел 2.2)". One pdfminer pass,
no retry.

Page furniture is found on lines, not boxes (pdfminer often glues a running header to the body
below it): a line near the top or bottom edge whose text, digits, spacing and case aside, comes
back at the page edge on three pages or more is a running header or footer ("ГО С Т 7 . 1 - 2 0 0 3"
and "ГОСТ 7.1—2003" are one), and a bare page number (arabic or roman) at the edge goes too. Both
go to ``removed`` (``page_furniture``), not away: a scanned standard's title page may hold its
designation only in the running header. Furniture stands outside the text block: only a page's
outermost rows are weighed, and a row inside them only while every row outside it is furniture (a
folio above a footer line); a body line under the running header is text, however near the edge.

A line that opens with a bold term and goes on in another font with a capital ("Политика Debian
В Debian есть …", a definition list set run-in) carries ``RUN_IN`` after the term, for the reflow to
make the term a paragraph of its own when the line starts one.

Two letters set in different fonts with no gap between them are parted when both sides are words
and the glued whole is not ("исполняемый" + italic "двоичный"), unless both fonts are monospaced
(a file name with a placeholder in italics, "lib" + "foo" + ".so.1"); a line whose letters are all in a
monospaced font is marked ``mono`` (code, a terminal session, an ASCII drawing).

A footnote mark (a superscript digit glyph, or a digit or asterisk set smaller and above the line's
baseline) is wrapped in ``MARK_OPEN``/``MARK_CLOSE`` so the reflow reads past it and the parser moves
it to the ``removed`` layer; ``read_lines`` also returns each page's ruling (drawn lines and stroked
rectangle edges) for ``pdf_tables`` to find tables by.

This module reads the pages and assembles each ``Line``; the rules it calls live by concern in
``pdf_fonts`` (font faces, pitch), ``pdf_math_pieces`` (scripts, radicals, numerators),
``pdf_accents`` (accents, logos, degree signs), ``pdf_spacing`` (spaces and marks),
``pdf_furniture`` (running headers and footers, folios), ``pdf_line_order`` (a page's reading
order), ``pdf_overlays`` (a slide deck's overlay steps, text set off the page), ``pdf_drawings``
(drawings and rules), ``pdf_figure_phrases`` (a form's text that is the
text's, not a drawing's labels) and ``pdf_category_labels`` (definition lists' labels), with the
``Line`` record in ``pdf_line_record``.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from dataclasses import replace
from itertools import takewhile, zip_longest

from sloika.pipelines.formats.base import PAGE_FURNITURE, FormatError
from sloika.pipelines.formats.pdf_accents import (
    _accents_combined,
    _degree_signs,
    _tex_logos,
)
from sloika.pipelines.formats.pdf_bidi import line_read
from sloika.pipelines.formats.pdf_cases import cases_in_order
from sloika.pipelines.formats.pdf_category_labels import (
    COLUMN_SLACK,
    NAME_WORDS,
    SIZE_SAME,
    _category_labels,
    _labels_beside,
    _labels_by_heads,
    _labels_pushed_under,
    label_apart,
)
from sloika.pipelines.formats.pdf_chapter_labels import chapter_labels_cut, chapter_numbers_joined
from sloika.pipelines.formats.pdf_comment_rows import COMMENT_OPENING
from sloika.pipelines.formats.pdf_drawings import (
    DRAWING_MARK,
    TOUCH_PAGE,
    _bar,
    _box,
    _branch,
    _drawing_near,
    _drawing_shape,
    _drawings,
    _figure_curves,
    _figure_lines,
    _page_boxes,
    _rules,
    _trees,
    _with_tick_labels,
    diagram_labels,
    image_marks,
    image_rules,
    shade_of,
    shaded_boxes,
)
from sloika.pipelines.formats.pdf_drawn_labels import drawn_labels, lowered_quotes_opened
from sloika.pipelines.formats.pdf_figure_phrases import announced_stacks
from sloika.pipelines.formats.pdf_flush_keys import flush_key_apart, row_ends
from sloika.pipelines.formats.pdf_fonts import (
    BOLD,
    ITALIC,
    MONOSPACED,
    SLANTED_TYPEWRITER,
    UNNAMED,
    _at_listing_pitch,
    _fixed_pitch,
    _font,
    _keywords_unnamed,
    _letter_width,
    _letters_past_math,
    _listing_pitches,
    _one_width,
    _rendered_formula,
    right_to_left_values,
)
from sloika.pipelines.formats.pdf_frame_titles import FRAME_TITLE_AGAIN, frame_titles, repeated_frame_titles
from sloika.pipelines.formats.pdf_furniture import (
    ENTRY_HEADER,
    TITLE_GAP,
    VERSO_TITLE,
    _colophon,
    _title_masthead,
    _without_furniture,
    entry_headers,
    title_side_column,
    verso_title,
)
from sloika.pipelines.formats.pdf_glyph_pictures import glyph_pictures
from sloika.pipelines.formats.pdf_glyphs import TEX_MATH_FONT
from sloika.pipelines.formats.pdf_inline_frames import framed_words
from sloika.pipelines.formats.pdf_legends import legend_lines
from sloika.pipelines.formats.pdf_line_numbers import line_numbers
from sloika.pipelines.formats.pdf_line_order import (
    _displays_in_place,
    _gaps_filled,
    _heading_read_last_first,
    _headings_read_under,
    _label_read_under,
    _labels_in_rows,
    _labels_over_listings,
    _stairs_joined,
    _steps_in_order,
    _without_letter_columns,
)
from sloika.pipelines.formats.pdf_line_record import (
    Dropped,
    Line,
    Rule,
    enclosing,
    glyph_blanks,
    rows_of,
    wide_letter,
    within,
)
from sloika.pipelines.formats.pdf_math_pieces import (
    EXPONENT_SIGNS,
    MARK_RISE,
    MARK_SIZE,
    SCRIPT_SHARE,
    _numerators_apart,
    _radicals_joined,
    _rows_apart,
    _stacked_scripts_joined,
    _superscripts_joined,
    ink_band,
    radicals_barred,
    sized_glyphs,
)
from sloika.pipelines.formats.pdf_numbered_rows import numbered_rows_joined
from sloika.pipelines.formats.pdf_overlays import OFF_PAGE, OVERLAY_STEP, off_page, overlay_steps, slide_pages
from sloika.pipelines.formats.pdf_repeated_slides import REPEATED_SLIDE, repeated_slides
from sloika.pipelines.formats.pdf_spacing import (
    MARKABLE,
    TAB_GAP,
    _spaced_text,
    colons_spaced,
    italic_letters_apart,
)

PROSE_MARKS = ",;:.—"  # a sentence's punctuation, set in the text's font after typewriter words
SMALL_CAPS_STEP = 0.5  # pt: capitals set this much under the lower-case letters are small capitals
SMALLER_NAME = 0.95  # of the text's size: a margin name without a backslash is set smaller, at most
MARGIN_NAME_GAP = (
    0.8  # em between a margin name and its paragraph's first line, at least (a word space: 0.33)
)
MARGIN_NAME_NEAR = (
    0.45  # em: ... and one ending at the column's edge, at least (feynmf.pdf: 0.53; a word space: 0.33)
)
NAME_TAG = re.compile(r"\([^\W\d_]+\.?\)")  # a margin name's roman tag: doc.sty's "(env.)"
NAME_TAG_LENGTH = 12  # glyphs of such a tag, at most
COLUMN_EDGE_STARTS = 3  # lines of the page starting at one point, at least, that make it the column's edge
ROW_BASES = 2  # letters or digits a formula's row holds at least, where its exponents outnumber them
MARK_GLYPHS = 2  # glyphs of a mark alone in the right margin, at most (``_margin_mark``)
MARK_CLEAR = 2.0  # em: ... past every other line of the page's end, at least (the text block's edge)
MARK_GAP = 10.0  # em: ... past the end of the line on its row, at least (quaternion.pdf: 17)
FULL_LINE = 40  # glyphs a line has at least to show where the page's full lines end
FULL_LINES = 3  # lines ending on one point, at least, that make it the text column's right edge
FULL_SHARE = 0.5  # ... and this share of the lines ending on the commonest point, at least
BESIDE_LINES = 2  # full lines, at least, as wide as the column's, that make a column beside it
BESIDE_WIDTH = 0.9  # of the column's widest full line: a column beside it has lines this wide
COLOPHON = "colophon"  # why a journal's colophon box at the last page's foot left the text
LINE_NUMBER_DIGITS = 5  # a code line's printed number has at most this many digits …
LINE_NUMBER_SIZE = 0.9  # … and is set at most this share of the code's font size
# a date is text, not numeric debris: "22.06.93" (a signature's date), "7.08.1993", "1993-06-22",
# "2005/07/04" (LaTeX's date of a package, under a title); the day and month zero-padded unless the
# year has four digits, so a clause number ("4.1.12") is no date
DATE = re.compile(
    r"^\s*(?:(?:0[1-9]|[12]\d|3[01])([./])(?:0[1-9]|1[0-2])\1\d{2}"
    r"|(?:0?[1-9]|[12]\d|3[01])([./-])(?:0?[1-9]|1[0-2])\2(?:1[89]|20)\d{2}"
    r"|(?:1[89]|20)\d{2}([-/])(?:0[1-9]|1[0-2])\3(?:0[1-9]|[12]\d|3[01]))\s*$"
)
# a code is text too: a product's "31 1398" on a sample title page, a postal code "119991": digits
# (six or more, a run of four or more among them) in groups split by a space or a hyphen; a page
# number, a clause number, a drawing's size or a contents line's numbers read across have fewer
COMMENT_GAP = 0.3  # em: a comment's opening stands at least this far from the code before it
STATEMENT_ENDS = ";,{})"  # a code statement's last glyph, before a comment set right after it
CODE = re.compile(r"^\s*(?=(?:[ -]*\d){6})(?=[\d -]*\d{4})\d+(?:[ -]\d+)*\s*$")
# a monospaced line's spacing circumflex and tilde, left over once the accents set over a letter are
# combined with it (``_accents_combined``), are the code's caret and tilde, which a Latin Modern
# typewriter font names "circumflex" and "tilde" (a knitr listing's "options(ffbatchbytes=1024ˆ3)")
CODE_ASCII = str.maketrans({"\u02c6": "^", "\u02dc": "~"})
TURNED_SPACE = 0.2  # em between two pieces of a turned line: a word space
# characters: a gap no monospaced line crosses at least this wide parts two listings set side by side
LISTING_GUTTER = 3.0
LONE_ROWS = 2  # rows each of two listings side by side holds with nothing of the other on them, at least
# pt: the blank between two shaded boxes side by side, at least, that parts two listings; boxes nearer
# (touching, overlapping) are one shading drawn in pieces
SHADE_GAP = 1.0
# em: a table's column gap at least (tabular's 2 \tabcolsep is 1.2 em), wider than a list label's
CELL_GAP = 1.0
CELL_EDGE = 1.0  # pt: a cell starts this near where other lines of the page start
CELL_STARTS = 2  # lines of the page starting where a cell does, at least, that make it a column's edge
KEY_STARTS = 1  # ... beside a typewriter key, whose font switch tells its cell already
CELL_REACH = 3.0  # em: and stand this near its row, above or below (the table's rows, wrapped lines)
BASELINE_SLIP = 0.05  # em: two pieces' baselines this close are one row's
NOTE_EDGE = 1.0  # pt: a side note's wrapped line starts this near its first line's left edge


def read_lines(data: bytes) -> tuple[list[list[Line]], list[list[Rule]], Dropped]:
    """Every page's upright text lines in pdfminer's reading order, watermark columns and page
    furniture removed, every page's rules, and the lines taken out, each with why: a line set
    rotated (``rotated_text``: the reader reads upright lines only), a printed line number
    (``line_numbers``, ``pdf_line_numbers``: before the layout reads the page's rows), a watermark's
    (``letter_column``), a figure's (``figure``, as ``pdf_debris`` names a drawing's labels: a plot's
    drawn in a Form XObject, a turned axis title whole), page furniture (``page_furniture``: a
    running header, a page number), a line set off the page (``off_page``) or a slide's step another
    step of its frame shows (``overlay_step``, ``pdf_overlays``), or a slide an earlier slide shows
    whole (``repeated_slide``, ``pdf_repeated_slides``: beamer's outline again before each section),
    or a frame title the slide before shows (``frame_title_again``, ``pdf_frame_titles``: a slide's
    frame title is never furniture, its run of slides reads it once), for the ``removed`` layer to
    keep (a running header may be all that holds a designation)."""
    read, rules, bars, figured, hidden = _pages(data)
    pages = [[line for line in page if not (line.rotated or line.name)] for page in read]
    turned: Dropped = [
        (line, "rotated_text") for line in _turned_runs([ln for pg in read for ln in pg if ln.rotated])
    ]
    named: Dropped = [
        (line, "margin_name" if any(char.isalnum() for char in line.text) else "margin_mark")
        for page in read
        for line in page
        if line.name and not line.rotated
    ]
    numbers = set().union(*map(line_numbers, pages))
    numbered = _records(pages, numbers, "line_numbers")
    pages = _pages_without(pages, numbers)
    candidates = [_labels_beside(page) for page in pages]
    known = _category_labels(pages, candidates)
    pages = [
        _labels_by_heads(_labels_pushed_under(page, known), near, known)
        for page, near in zip(pages, candidates, strict=True)
    ]
    pages = [
        _stairs_joined(_displays_in_place(_gaps_filled(_steps_in_order(_labels_in_rows(page)))))
        for page in pages
    ]
    kept = [_without_letter_columns(page, ruling) for page, ruling in zip(pages, rules, strict=True)]
    left = {id(line) for page in kept for line in page}
    dropped = (
        [(line, OFF_PAGE) for line in hidden]
        + turned
        + named
        + numbered
        + [(line, "letter_column") for page in pages for line in page if id(line) not in left]
    )
    kept = chapter_numbers_joined(kept)  # after the letter columns: the pieces joined are no column's
    labels = [ln for ln in figured if not ln.rotated] + _turned_runs([ln for ln in figured if ln.rotated])
    dropped += [(line, "figure") for line in labels if line.text.strip()]
    labels, slides = slide_pages(data, len(kept))
    kept = [_titles_first(page) for page in kept]
    titles = frame_titles(kept, slides)
    body = [
        _headings_read_under(_labels_over_listings(_label_read_under(_heading_read_last_first(page))))
        for page in _without_furniture(kept, bars, rules, titles)
    ]
    there = {id(line) for page in body for line in page}
    dropped += [(line, PAGE_FURNITURE) for page in kept for line in page if id(line) not in there]
    steps = overlay_steps(body, labels, slides)
    dropped += _records(body, steps, OVERLAY_STEP)
    body = _pages_without(body, steps)
    repeats = repeated_slides(body, slides)
    dropped += _records(body, repeats, REPEATED_SLIDE)
    body = _pages_without(body, repeats)
    again = repeated_frame_titles(body, titles)
    dropped += _records(body, again, FRAME_TITLE_AGAIN)
    body = [
        [replace(ln, frame_title=True) if id(ln) in titles else ln for ln in page]
        for page in _pages_without(body, again)
    ]
    cased = [cases_in_order(page) for page in body]
    body = [page for page, _ in cased]
    dropped += [brace for _, braces in cased for brace in braces]
    body, dropped = chapter_labels_cut(body, dropped)
    headers = entry_headers(body)
    dropped += _records(body, headers, ENTRY_HEADER)
    body = _pages_without(body, headers)
    colophon, verso = _colophon(body, bars), verso_title(body)
    masthead = _title_masthead(body) | title_side_column(body)
    dropped += _records(body, colophon, COLOPHON)
    dropped += _records(body, masthead, "masthead")
    dropped += _records(body, verso, VERSO_TITLE)
    body = _pages_without(body, colophon | masthead | verso)
    marked = zip_longest(body, slides[: len(body)], fillvalue=False)
    return [_on_slide(page) if slide else page for page, slide in marked], rules, dropped


def _on_slide(page: list[Line]) -> list[Line]:
    """The page's lines marked as a slide's (``Line.slide``): no sentence runs on from one slide into
    the next (``pdf_breaks``), each frame typeset on its own."""
    return [replace(line, slide=True) for line in page]


def _records(pages: list[list[Line]], ids: set[int], why: str) -> Dropped:
    """The ``removed`` records, each with ``why``, of the pages' lines whose ids are ``ids``."""
    return [(line, why) for page in pages for line in page if id(line) in ids]


def _pages_without(pages: list[list[Line]], ids: set[int]) -> list[list[Line]]:
    """The pages less the lines whose ids are ``ids``."""
    return [[line for line in page if id(line) not in ids] for page in pages]


def _turned_runs(lines: list[Line]) -> list[Line]:
    """Lines set turned by 90°, which pdfminer reads a glyph (or a few) to a line, joined into one
    line per run: pieces on one page that overlap across and follow each other along the run within
    an em, in reading order (bottom to top for text turned left, top to bottom for text turned right),
    a space where the pieces stand more than ``TURNED_SPACE`` em apart. Text set upside down stays in
    pdfminer's pieces."""
    runs: list[list[Line]] = []
    for line in sorted(lines, key=lambda ln: (ln.page, ln.top)):
        run = next((run for run in reversed(runs) if _continues(run[-1], line)), None)
        if run is None:
            runs.append([line])
        else:
            run.append(line)
    joined = []
    for run in runs:
        pieces = run[::-1] if run[0].upward else run
        text = pieces[0].text
        for before, piece in zip(pieces, pieces[1:], strict=False):
            gap = max(piece.top - before.bottom, before.top - piece.bottom)
            text += (" " if gap > TURNED_SPACE * piece.size else "") + piece.text
        joined.append(replace(run[0], text=text, top=run[0].top, bottom=max(ln.bottom for ln in run)))
    return joined


def _continues(last: Line, line: Line) -> bool:
    """``line`` is the next piece of a turned line after ``last``: one page, one way round, across
    from it and below it within an em."""
    return (
        (last.page, last.upward) == (line.page, line.upward)
        and min(last.x1, line.x1) > max(last.x0, line.x0)
        and line.top - last.bottom < line.size
    )


def _titles_first(page: list[Line]) -> list[Line]:
    """The page with each short line read after the lines right below it moved before them: a title
    centred over its paragraph that pdfminer's box order reads after it (debian-faq's "Аннотация"
    under its abstract). The line must stand over the first of those lines, within a line's gap and
    inside its width (a column beside it is no paragraph under it)."""
    lines = list(page)
    for index in range(1, len(lines)):
        title, first = lines[index], index
        while first and lines[first - 1].top >= title.bottom:  # read before it, standing below it
            first -= 1
        if first == index:
            continue
        under = lines[first]
        gap = under.top - title.bottom
        inside = (
            title.x0 > under.x0 and title.x1 < under.x1 and title.x1 - title.x0 < (under.x1 - under.x0) / 2
        )
        if under.page == title.page and 0 <= gap <= TITLE_GAP * under.size and inside:
            lines.insert(first, lines.pop(index))
    return lines


def _pages(
    data: bytes,
) -> tuple[list[list[Line]], list[list[Rule]], list[list[Rule]], list[Line], list[Line]]:
    """Every page's text lines, its rules (``_rules``), its bars (``_bar``), the lines of figures
    on pages with text of their own and the lines set off the page (``_page_lines``), read with
    overflowing octal escapes as the PDF reference reads them (``pdf_octal``); a colon set a word's
    gap apart keeps its space where the whole document sets its colons so (``colons_spaced``)."""
    from pdfminer.layout import LAParams
    from pdfminer.pdfparser import PDFSyntaxError

    from sloika.pipelines.formats.pdf_octal import octal_overflow_ignored
    from sloika.pipelines.formats.pdf_pages import extract_pages  # pdfminer's, in the same order every run

    if not data.lstrip()[:5].startswith(b"%PDF"):
        raise FormatError("not_a_pdf", "the file does not start with %PDF: not a PDF (or a broken download)")
    pages: list[list[Line]] = []
    rules: list[list[Rule]] = []
    bars: list[list[Rule]] = []
    figured: list[Line] = []
    hidden: list[Line] = []
    try:
        with octal_overflow_ignored():
            links = _footnote_links(data)
            pitches: set[tuple[float, float]] = set()  # the listing fonts read so far (``_listing_pitches``)
            for number, page in enumerate(extract_pages(data, LAParams(all_texts=True))):
                lines, drawn, across, labels, off = _page_lines(number, page, links.get(number, []), pitches)
                figured += labels
                hidden += off
                pages.append(lines)
                rules.append(drawn)
                bars.append(across)
    except PDFSyntaxError as err:
        raise FormatError("broken_pdf", f"pdfminer: {err}; the PDF is damaged or truncated") from err
    except Exception as err:  # noqa: BLE001 - pdfminer raises many types on damaged files
        raise _unparsed(data, err, len(pages)) from err
    *pages, figured, hidden = colons_spaced([*pages, figured, hidden])  # French colons are a document's habit
    return pages, rules, bars, figured, hidden


def _page_lines(
    number: int, page, links: list[Rule], pitches: set[tuple[float, float]]
) -> tuple[list[Line], list[Rule], list[Rule], list[Line], list[Line]]:
    """The laid-out page's text lines, its rules (``_rules``), its bars (``_bar``), the lines of
    its figures (Form XObjects: a plot's labels) when it has text of its own, else none, and its
    lines set wholly outside the page (``pdf_overlays.off_page``: a slide's covered step); the page's
    listing fonts are added to ``pitches``, those of the pages before it, so an output's rows at the
    top of a page ("[4,]    7    8") are known by the listing font they go on in, and a numbered
    listing's short line ("12 }") by its longer lines, each read without its number. A page whose
    upright text is all in its forms is read from them, drawings too (``_figure_curves``)."""
    from pdfminer.layout import LTCurve, LTFigure, LTTextContainer, LTTextLineHorizontal

    height = page.height or 1.0
    lines, items = [], []
    boxes = _page_boxes(page)
    curves = [box for box in boxes if isinstance(box, LTCurve)]  # LTLine and LTRect too
    for box in boxes:
        if isinstance(box, LTTextContainer):
            items.extend(item for item in box if isinstance(item, LTTextLineHorizontal))
    joined = _rows_apart(
        _numerators_apart(_radicals_joined(_stacked_scripts_joined(_superscripts_joined(items))))
    )
    joined = radicals_barred(joined, curves)
    off = [chars for chars in joined if off_page(chars, page)]
    joined = [chars for chars in joined if not off_page(chars, page)]
    joined, columns = numbered_rows_joined(joined)  # a numbered fixed-column listing's rows whole, in order
    pitches |= _listing_pitches([chars[_line_number_apart(chars) :] for chars in joined])
    known = frozenset(pitches)
    right = _column_right(joined)
    starts = [(min(c.x0 for c in chars), max(c.y1 for c in chars)) for chars in joined if chars]
    starts += _cell_starts(joined, starts)
    ends = row_ends(joined)
    for chars in joined:
        found = _lines(number, chars, height, links, known, right, starts, ends, columns.get(id(chars), 0.0))
        if _right_margin_line(chars, joined, right, known) or _margin_mark(chars, joined):
            found = [replace(line, name=True) for line in found]
        lines.extend(found)
    lines = _names_wrapped_under(lines, right)
    forms = [box for box in boxes if isinstance(box, LTFigure)]
    texts = [  # each form's lines
        [line for item in _figure_lines([form]) for line in _lines(number, item, height, links, known)]
        for form in forms
    ]
    figured = [line for text in texts for line in text]
    lines = lowered_quotes_opened(lines)
    if all(line.rotated for line in lines):  # its upright text all in forms: read them
        lines, figured, curves = lines + figured, [], curves + _figure_curves(forms)
    else:  # a form's stack of phrases a sentence announces is text (``announced_stacks``)
        lines, figured = announced_stacks(lines, texts, [form.height for form in forms])
    lines, in_text = framed_words(lines, curves, height)  # a key's box round its name: a word of the line
    curves = [curve for curve in curves if id(curve) not in in_text]
    pictured, pictures = glyph_pictures(lines)
    legends = legend_lines(
        lines, _form_boxes(forms, page.width, height), [_box(curve, height) for curve in curves]
    )
    labels = {id(line) for line in diagram_labels(lines, curves, height) + pictured + legends}
    figured += [line for line in lines if id(line) in labels]
    lines = [line for line in lines if id(line) not in labels]
    drawn = [  # a picture's lines drawn as rules rule no table
        rule
        for box in curves
        for rule in _rules(box, page.width, height)
        if not any(within(rule, picture, 0.0) for picture in pictures)
    ]
    across = [bar for box in curves for bar in _bar(box, page.width, height)]
    shapes = [shape for box in curves for shape in _drawing_shape(box, height)]
    branches = [branch for box in curves for branch in _branch(box, height)]
    plotted = _drawings(image_marks(forms, height))
    drawings = _with_tick_labels(
        _drawings(shapes) + plotted + _trees(branches) + _graphics(forms, texts, height), lines
    )
    drawn += [  # a plot painted as image masks: its frame and its key's line rule no table
        rule
        for rule in image_rules(forms, page.width, height)
        if not any(within(rule, box, 0.0) for box in plotted)
    ]
    lines = [replace(line, drawing=_drawing_near(line, drawings)) for line in lines]
    shades = shaded_boxes(curves, page.width, height)
    lines = [replace(line, shaded=shade_of(line, shades)) if line.mono else line for line in lines]
    figures = [drawing for drawing in drawings if not _page_wide(drawing, page.width, height)]
    lines = drawn_labels(lines, _label_shapes(forms, texts, curves, height, figures))
    hidden = [line for chars in off for line in _lines(number, chars, height, links, known)]
    return lines, drawn, across, figured, hidden


def _label_shapes(
    forms: list, texts: list[list[Line]], curves: list, height: float, drawings: list[Rule]
) -> list[Rule]:
    """The boxes, top down, of the page's forms that set no text and of its filled curves (not straight
    lines) outside its ``drawings``: the shapes a slide draws its list's bullets as (``drawn_labels``);
    a diagram's vertex drawn as a dot beside its label "v₁" (feynmf.pdf) is a drawing's mark."""
    from pdfminer.layout import LTLine

    shapes = [form for form, text in zip(forms, texts, strict=True) if not text]
    shapes += [curve for curve in curves if curve.fill and not isinstance(curve, LTLine)]
    boxes = [(shape.x0, height - shape.y1, shape.x1, height - shape.y0) for shape in shapes]
    return [box for box in boxes if all(enclosing([box, drawing]) != drawing for drawing in drawings)]


def _page_wide(drawing: Rule, width: float, height: float) -> bool:
    """``drawing`` reaches the page's four edges (within ``TOUCH_PAGE``): a slide's background, drawn
    edge to edge, that joined the slide's bars and navigation marks into one drawing round the whole
    page (``_drawings``) — no figure a list's bullets could be the marks of (dseriesReporting.pdf's
    outline, its section and subsection balls forms that set no text, read "Syntax" / "dates Syntax
    dseries Syntax" with no labels)."""
    x0, top, x1, bottom = drawing
    return min(x0, top) <= TOUCH_PAGE and x1 >= width - TOUCH_PAGE and bottom >= height - TOUCH_PAGE


def _form_boxes(forms: list, width: float, height: float) -> list[Rule]:
    """The boxes of the page's forms larger than a drawing's mark (``DRAWING_MARK``) each way, a
    slide's background drawn edge to edge aside (``_page_wide``): the graphics it includes, which a
    legend the page sets itself may key (``pdf_legends.legend_lines``)."""
    return [box for box in _larger_than_a_mark(forms, height) if not _page_wide(box, width, height)]


def _graphics(forms: list, texts: list[list[Line]], height: float) -> list[Rule]:
    """The boxes of the page's forms that set no text (``texts``: each form's lines), larger than a
    drawing's mark (``DRAWING_MARK``) each way: an included graphic whose labels the page sets over
    or beside it. pdfminer reads no shape inside (a shading, an image), so its labels stood by no
    drawing: 4ti2_manual.pdf's two lattice plots, their titles "Feasible solutions" and "Computed
    representation" over them, were kept as paragraphs."""
    return _larger_than_a_mark([form for form, text in zip(forms, texts, strict=True) if not text], height)


def _larger_than_a_mark(forms: list, height: float) -> list[Rule]:
    """The boxes of ``forms`` (top down) larger than a drawing's mark (``DRAWING_MARK``) each way."""
    boxes = [_box(form, height) for form in forms]
    return [box for box in boxes if min(box[2] - box[0], box[3] - box[1]) >= DRAWING_MARK]


def _unparsed(data: bytes, err: Exception, read: int) -> FormatError:
    """Why pdfminer could not read the PDF, having read ``read`` pages: "damaged or truncated" only
    when the file does not end as a PDF ends (``%%EOF`` after ``startxref``); a whole file that
    pdfminer fails on is pdfminer's limit, and the user is told the page and to report it."""
    what = f"{type(err).__name__}: {err}"
    if not _ends_whole(data):
        return FormatError("broken_pdf", f"{what}; the PDF is damaged or truncated (no %%EOF at its end)")
    return FormatError(
        "broken_pdf",
        f"pdfminer could not parse the PDF on page {read + 1} ({what}); the file ends whole "
        "(startxref, %%EOF), so this is a construct pdfminer does not read: report it with the PDF "
        "(pipelines/formats/pdf_lines.py), or rewrite the PDF (qpdf, Ghostscript) and read that",
    )


def _ends_whole(data: bytes) -> bool:
    """The file ends as a whole PDF does: ``startxref`` and ``%%EOF`` in its last kilobyte."""
    tail = data[-1024:]
    return b"startxref" in tail and b"%%EOF" in tail


def _footnote_links(data: bytes) -> dict[int, list[Rule]]:
    """Each page's links to a footnote (hyperref's ``Hfootnote.N`` targets), as PDF boxes (x0, y0,
    x1, y1): a mark that a LaTeX manual sets in the body's size on its baseline is known by its link."""
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdftypes import resolve1

    from sloika.pipelines.formats.pdf_object_streams import open_document

    found: dict[int, list[Rule]] = {}
    for number, page in enumerate(PDFPage.create_pages(open_document(data))):
        for annot in resolve1(page.annots) or []:
            annot = resolve1(annot)
            action = resolve1(annot.get("A")) if isinstance(annot, dict) else None
            target = resolve1(action.get("D")) if isinstance(action, dict) else None
            if isinstance(target, bytes) and target.startswith(b"Hfootnote"):
                x0, y0, x1, y1 = (float(v) for v in resolve1(annot.get("Rect")))
                found.setdefault(number, []).append((min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)))
    return found


def _lines(
    page: int,
    item,
    height: float,
    links: list[Rule] = (),
    pitches: frozenset[tuple[float, float]] = frozenset(),
    right: float | None = None,
    starts: list[tuple[float, float]] = (),
    ends: list[tuple[float, float]] = (),
    column: float = 0.0,
) -> list[Line]:
    """The pdfminer line as one line, or two where it opens with a drawing's mark (``_mark_apart``),
    a table's first cell (``_cell_apart``: ``starts`` holds each of the page's lines' left edge and top),
    a card's bold key before its description set flush right (``pdf_flush_keys.flush_key_apart``:
    ``ends`` holds the right edge and top of each description beside its key),
    a code line's printed number (``_line_number_apart``) or a .dtx margin name (``_margin_name_apart``),
    or ends with a reference entry's category label (``label_apart``);
    three where the rest after that opens with a code line's number: a margin name beside a listing's
    line ("\\list@pstartR@pc" + "745" + "\\list@create{…}%", eledpar.pdf). A name in the right
    margin past the column's ``right`` edge (``_right_margin_name_apart``) is a line of its own,
    marked ``Line.name``, for ``read_lines`` to take out. ``column``: the column pitch of the numbered
    fixed-column listing the line is a row of (``pdf_numbered_rows``), else 0."""
    from pdfminer.layout import LTChar

    chars = [c for c in item if isinstance(c, LTChar)]
    named = _right_margin_name_apart(chars, right, pitches)
    if named:
        name = _line(page, chars[named:], height, links, pitches)
        text = _lines(page, chars[:named], height, links, pitches)
        return text + ([replace(name, name=True)] if name is not None else [])
    apart = (
        _mark_apart(chars)
        or _line_number_apart(chars, pitches)
        or _margin_name_apart(chars, starts)
        or _cell_apart(chars, starts)
        or flush_key_apart(chars, ends)
        or _comment_apart(chars)
        or label_apart(chars)
    )
    rest = chars[apart:]
    number = _line_number_apart(rest, pitches) if apart else 0
    pieces = (
        [chars[:apart], rest[:number], rest[number:]]
        if number
        else [chars[:apart], rest]
        if apart
        else [chars]
    )
    pieces = [_trailing_spaces_cut(piece) for piece in pieces[:-1]] + pieces[-1:]
    return [
        line
        for line in (_line(page, piece, height, links, pitches, column) for piece in pieces)
        if line is not None
    ]


def _trailing_spaces_cut(chars: list) -> list:
    """A piece read apart from the rest of its line without the spaces it ended in: a line number's
    box ends at its last digit, not at the indented code line it stands beside (litl's "6" and its
    "    litl_write_buffer_flush_on(…)", whose spaces would join them again as one line's pieces)."""
    end = len(chars)
    while end and chars[end - 1].get_text().isspace():
        end -= 1
    return chars[:end]


def _column_right(lines: list[list]) -> float | None:
    """The text column's right edge: the rightmost point on which ``FULL_LINES`` or more of the
    page's lines of ``FULL_LINE`` glyphs end, and at least ``FULL_SHARE`` as many as on the commonest
    (a justified column's full lines; a two-column page's right column), None on a page without. A
    line a margin name was read onto ends past it, and lines with names as wide ("X", "H", "K",
    makebarcode.pdf) end on one point too, but fewer. Fewer full lines make an edge too where they
    all start past the commonest point: a right column of short lines (gregmisc.pdf's description
    list, 4 full lines against the left column's 12), which no margin name's line does; two such
    lines do where they are as wide as the column's (``_column_as_wide``). A listing's
    rows are no column's lines: a printed matrix right-aligned in typewriter ends its 20 rows on one
    point left of the prose's edge (irace-package.pdf p. 34), and a justified line's last words past
    it were taken for margin names."""
    full = [
        chars
        for chars in lines
        if sum(not c.get_text().isspace() for c in chars) >= FULL_LINE and not _typewriter(chars)
    ]
    ends = Counter(round(max(c.x1 for c in chars)) for chars in full)
    if not ends:
        return None
    commonest, most = ends.most_common(1)[0]
    edges = [
        end
        for end, count in ends.items()
        if (count >= FULL_LINES and (count >= FULL_SHARE * most or _column_beside(full, end, commonest)))
        or (count >= BESIDE_LINES and _column_as_wide(full, end, commonest))
    ]
    return float(max(edges)) if edges else None


def _width(chars: list) -> float:
    """How wide a line's glyphs stand, from its first one's left edge to its last one's right."""
    return max(c.x1 for c in chars) - min(c.x0 for c in chars)


def _column_as_wide(full: list[list], end: int, edge: int) -> bool:
    """The full lines ending on ``end`` are a column beside the one ending on ``edge``
    (``_column_beside``) and as wide as its lines (``BESIDE_WIDTH``): a two-column page's short
    last column (a paper's last two references, hotos17.pdf p. 8), whose lines no margin name
    or side note is as wide as."""
    column = max(_width(chars) for chars in full if round(max(c.x1 for c in chars)) == edge)
    beside = [chars for chars in full if round(max(c.x1 for c in chars)) == end]
    return _column_beside(full, end, edge) and all(_width(chars) >= BESIDE_WIDTH * column for chars in beside)


def _typewriter(chars: list) -> bool:
    """Every glyph of the line is set in a monospaced font: a listing's row."""
    return all(MONOSPACED.search(_font(c)) for c in chars if not c.get_text().isspace())


def _column_beside(full: list[list], end: int, edge: int) -> bool:
    """The full lines ending on ``end`` all start past ``edge``: a column of their own right of
    the column that ends there, not lines a margin name was read onto."""
    return end > edge and all(
        min(c.x0 for c in chars) > edge for chars in full if round(max(c.x1 for c in chars)) == end
    )


def _right_margin_name_apart(
    chars: list, right: float | None, pitches: frozenset[tuple[float, float]]
) -> int:
    """Where a name set in the right margin starts in the line pdfminer read it onto, else 0: a
    \\marginpar beside its option's paragraph (makebarcode.pdf's "code" after "… will be given in",
    "\\HPlabel" after "Its parametr is"): the first glyph past the column's ``right`` edge opens a
    name (``_margin_name_beside``; ``pitches``: the page's listing pitches). A word set apart inside
    the column (a table's cell) stays."""
    glyphs = [c for c in chars if not c.get_text().isspace()]
    if right is None:
        return 0
    for before, name in zip(glyphs, glyphs[1:], strict=False):
        if name.x0 > right:
            at = chars.index(name)
            return at if _margin_name_beside(before, name, chars[at:], right, glyphs, pitches) else 0
    return 0


def _right_margin_line(
    chars: list, page: list[list], right: float | None, pitches: frozenset[tuple[float, float]]
) -> bool:
    """The line is a name in the right margin that pdfminer read apart from the line beside it (the
    name set further off than its glyphs' reach): it starts past the column's ``right`` edge, and a
    line of the page ends on its row (``_margin_name_beside``; ``pitches``: the page's listing
    pitches)."""
    glyphs = [c for c in chars if not c.get_text().isspace()]
    if right is None or not glyphs or glyphs[0].x0 <= right:
        return False
    name = glyphs[0]
    for other in page:
        text = [c for c in other if not c.get_text().isspace() and c.x1 <= name.x0]
        if (
            other is not chars
            and text
            and min(c.y1 for c in text) > name.y0
            and max(c.y0 for c in text) < name.y1
        ):
            row = text + glyphs
            return _margin_name_beside(max(text, key=lambda c: c.x1), name, chars, right, row, pitches)
    return False


def _margin_mark(chars: list, page: list[list]) -> bool:
    """The line is a mark alone in the right margin beside a line of the page: ``MARK_GLYPHS`` glyphs
    at most, no letter or digit, past the end of every line of the page with one by ``MARK_CLEAR`` em
    or more, on the row of a line whose text ends ``MARK_GAP`` em or more before it. Texinfo prints
    an "=" so at the page's edge beside an example's first line (quaternion.pdf's "octave:1> q =
    quaternion (2)"): no code, read onto that line 40 spaces off, and a column of its own that set
    three sessions' first lines side by side."""
    glyphs = [c for c in chars if not c.get_text().isspace()]
    if not glyphs or len(glyphs) > MARK_GLYPHS or any(c.get_text().isalnum() for c in glyphs):
        return False
    mark = glyphs[0]
    others = [[c for c in line if not c.get_text().isspace()] for line in page]
    others = [line for line in others if any(c.get_text().isalnum() for c in line)]
    if not others or any(max(c.x1 for c in line) > mark.x0 - MARK_CLEAR * mark.size for line in others):
        return False
    return any(
        min(c.y1 for c in line) > mark.y0
        and max(c.y0 for c in line) < mark.y1
        and mark.x0 - max(c.x1 for c in line) >= MARK_GAP * mark.size
        for line in others
    )


def _names_wrapped_under(lines: list[Line], right: float | None) -> list[Line]:
    """The page's lines, those a right-margin name (``Line.name``) wraps onto marked as names too: a
    line past the column's ``right`` edge, at most a line's height under a name and overlapping it,
    of ``NAME_WORDS`` words at most with a letter ("Add a" / "test im-" / "age …" beside a wrapped
    figure, luatodonotes.pdf: its last line stood beside no text and was left alone in the text),
    or of any words flush with the name in its size (``_note_line_under``: a side note's line)."""
    if right is None:
        return lines
    names = [line for line in lines if line.name]
    marked = {id(line) for line in names}
    while names:
        name = names.pop()
        for at, line in enumerate(lines):
            words = line.text.split()
            if (
                id(line) not in marked
                and line.x0 > right
                and line.x0 < name.x1
                and name.x0 < line.x1
                and 0 <= line.top - name.bottom <= line.size
                and (len(words) <= NAME_WORDS or _note_line_under(line, name))
                and any(char.isalpha() for char in line.text)
            ):
                lines[at] = replace(line, name=True)
                marked.add(id(lines[at]))
                names.append(lines[at])
    return lines


def _note_line_under(line: Line, name: Line) -> bool:
    """Whether ``line``, under a right-margin name, starts flush with it (``NOTE_EDGE``) in its size:
    the next line of a side note, however many words it holds (LatexStyle2.pdf's footnotes set in
    the margin: "arator \\and won't work", "width is 80 columns" stood beside no text, a blank
    between paragraphs or a code chunk, and stayed as paragraphs of their own)."""
    return abs(line.x0 - name.x0) <= NOTE_EDGE and abs(line.size - name.size) <= SIZE_SAME


def _margin_name_beside(
    before, name, chars: list, right: float, row: list, pitches: frozenset[tuple[float, float]]
) -> bool:
    """``chars`` from ``name`` on are a right-margin name after the glyph ``before`` on its row: the
    text before it ends inside the column (within ``COLUMN_SLACK`` of ``right``), the name starts
    past it an ``MARGIN_NAME_GAP`` or more later, and it has a letter and ``NAME_WORDS`` words at
    most (a paragraph's words run on past no column edge). A word of a printed output is none
    (``_output_row``)."""
    tail = "".join(c.get_text() for c in chars)
    return (
        not _output_row(before, name, row, pitches)
        and before.x1 <= right + COLUMN_SLACK
        and name.x0 - before.x1 >= MARGIN_NAME_GAP * name.size
        and len(tail.split()) <= NAME_WORDS
        and any(char.isalpha() for char in tail)
    )


def _output_row(before, name, row: list, pitches: frozenset[tuple[float, float]]) -> bool:
    """Whether a word past the column's edge is the last column of a printed output, not a margin
    name: it and the glyph ``before`` it are in a monospaced font by its name (gnmOverview.pdf's
    summary's "NA" past the prose's edge), or the glyphs of its ``row`` are all in the unnamed font
    at a listing pitch of the page (``_at_listing_pitch``: pdfTeX's bitmap typewriter, which the PDF
    leaves unnamed; RBGL.pdf's R output of 16 named columns, "RT1 N1 … RT10 N6", lost its header
    "N6" twice, the numbers under it kept). A name set in the margin beside prose has the prose's
    glyphs on its row, of a proportional font's many widths."""
    by_name = all(MONOSPACED.search(_font(c)) for c in (before, name))
    return by_name or _at_listing_pitch(row, pitches)


def _mark_apart(chars: list) -> int:
    """Where the text starts after a lone letter an em or more before it that is no word of the text's
    script ("I" + "Нумерация пунктов …": a brace the OCR read as a letter and put in the line of
    the label beside it), else 0."""
    from sloika.pipelines.formats.pdf_joins import known_word  # the reflow reads these lines

    glyphs = [i for i, c in enumerate(chars) if not c.get_text().isspace()]
    if len(glyphs) < 3:
        return 0
    mark, first = chars[glyphs[0]], chars[glyphs[1]]
    letter, nxt = mark.get_text(), first.get_text()
    if not (letter.isalpha() and nxt.isalpha()) or first.x0 - mark.x1 < 2 * TAB_GAP * mark.size:
        return 0
    cyrillic = ["\u0400" <= char <= "\u04ff" for char in (letter, nxt)]
    return glyphs[1] if not known_word(letter) or cyrillic[0] != cyrillic[1] else 0


def _cell_apart(chars: list, starts: list[tuple[float, float]]) -> int:
    """Where a borderless table's second cell starts in a row pdfminer read as one line, else 0: the
    row's first word, with a letter and in the next one's text font, a ``CELL_GAP`` em or more before
    it, which starts where ``CELL_STARTS`` other lines of the page near the row start (its column's
    other cells and their wrapped lines), the row's other gaps under half as wide (no loosely
    justified line). A run-in heading's paragraph wraps to the heading's edge, no column beside it
    (gnuplot.pdf's "Using_examples" an em before "This creates a plot …"), and a term set in another
    font than its text is a run-in term (``RUN_IN``, Sphinx's bold "Parameters") or a typewriter key.
    snowfall.pdf's option table set "session=X" 1.3 em before "Session number. …": read as one line
    of prose, that row and the ones under it fell out of the table into the text. A typewriter key
    so read ("‘context’ Used in diff.", Texinfo's ``@table``) stays whole: ``pdf_terms._key_rows``
    reads a key and its description as one row anyway; so does a listing's line. A typewriter key
    whose roman description starts where another line of the page does (``KEY_STARTS``: the font
    switch tells the cell already) is a cell too (``_key_beside``), and so is a term of one word or
    more set in italic before an upright description that starts where ``CELL_STARTS`` other lines
    do (``_term_beside``: a run-in italic term's paragraph wraps to the term's edge, no column), and so
    is a label in a text font before a formula opening in a TeX math font (``_formula_beside``)."""
    cell = _second_cell(chars)
    if not cell:
        return 0
    first = [c for c in chars[:cell] if not c.get_text().isspace()]
    near = _column_starts(starts, chars[cell].x0, chars[cell].y1, CELL_REACH * chars[cell].size)
    return cell if near >= (KEY_STARTS if _key_beside(first, chars[cell]) else CELL_STARTS) else 0


def _second_cell(chars: list) -> int:
    """Where a row's second cell starts by the row alone (``_cell_apart``'s gap, fonts and spacing,
    not yet where other lines start), else 0."""
    glyphs = [c for c in chars if not c.get_text().isspace()]
    gaps = [b.x0 - a.x1 for a, b in zip(glyphs, glyphs[1:], strict=False)]
    wide = next((at for at, gap in enumerate(gaps) if gap >= CELL_GAP * glyphs[at].size), None)
    if wide is None or wide + 2 > len(glyphs):
        return 0
    first, cell = glyphs[: wide + 1], glyphs[wide + 1]
    label, term = chars[: chars.index(cell)], _term_beside(first, cell)
    spaced = any(c.get_text().isspace() for c in label if first[0].x0 <= c.x0 and c.x1 <= first[-1].x1)
    if (
        not any(c.get_text().isalpha() for c in first)  # a contents line's leaders, a clause's number
        or not (_same_font(first, cell) or _key_beside(first, cell) or term or _formula_beside(first, cell))
        or (spaced and not term)  # an italic term may be words: its font switch ends it
    ):
        return 0
    size = glyphs[wide + 1].size  # a gap beside a script-size glyph places a formula's part, no word
    pairs = list(zip(glyphs[wide + 1 :], glyphs[wide + 2 :], gaps[wide + 1 :], strict=False))
    loose = any(2 * gap >= gaps[wide] and min(a.size, b.size) >= MARK_SIZE * size for a, b, gap in pairs)
    return 0 if loose else len(label)


def _cell_starts(joined: list[list], starts: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Where each row read as one line opens its second cell (``_cell_apart`` by the page's line
    ``starts``): its left edge and top. A cell read apart starts its column as a line does, so a
    header whose second head stands an em after the first, over rows each read as one line with their
    key, is read apart by those rows' cells: kedd.pdf's Table 10 read "Function Description" as one
    line over "h.amise AMISE for …" and the rows under it (one line of the page starting at its
    "Description"), and the head was glued to the first row. Rows each read as one line whose second
    cells (``_second_cell``) start at one edge start that column for one another: kedd.pdf's Table 1
    read every kernel's name and its formula as one line, so no line of the page started at the
    formulas' edge."""
    from pdfminer.layout import LTChar

    rows = [[c for c in chars if isinstance(c, LTChar)] for chars in joined]
    cells = {at: cell for at, glyphs in enumerate(rows) if (cell := _second_cell(glyphs))}
    edges = {at: (rows[at][cell].x0, max(c.y1 for c in rows[at][cell:])) for at, cell in cells.items()}
    found = []
    for at, glyphs in enumerate(rows):
        run = (
            _column_run(edges[at], [*starts, *edges.values()], CELL_REACH * glyphs[cells[at]].size)
            if at in cells
            else []
        )
        apart = _cell_apart(glyphs, starts) or (cells[at] if len(run) > CELL_STARTS else 0)
        if apart:
            found.append((glyphs[apart].x0, max(c.y1 for c in glyphs[apart:])))
    return found


def _column_run(
    edge: tuple[float, float], starts: list[tuple[float, float]], reach: float
) -> list[tuple[float, float]]:
    """The ``starts`` (left edges and tops) at ``edge``'s left edge (within ``CELL_EDGE``) that reach it
    row by row, each at most ``reach`` from the next: one column's cells down a table, ``edge`` among them."""
    column = sorted((start for start in starts if abs(start[0] - edge[0]) <= CELL_EDGE), key=lambda s: s[1])
    at = column.index(edge)
    first = last = at
    while first and column[first][1] - column[first - 1][1] <= reach:
        first -= 1
    while last + 1 < len(column) and column[last + 1][1] - column[last][1] <= reach:
        last += 1
    return column[first : last + 1]


def _same_font(first: list, cell) -> bool:
    """The first cell's glyphs all in the next cell's font, none monospaced: a label in its text's font."""
    return all(_font(c) == _font(cell) and not MONOSPACED.search(_font(c)) for c in first)


def _key_beside(first: list, cell) -> bool:
    """The first cell's letters and digits all monospaced, the next cell opening in a roman font: a
    typewriter key beside its description in a table's row (ifeffit_tutorial.pdf's "kweight" 1.1 em
    before "w, the k-weight factor …", read as one line and so one cell of its table)."""
    key = all(MONOSPACED.search(_font(c)) for c in first if c.get_text().isalnum())
    return key and not MONOSPACED.search(_font(cell))


def _term_beside(first: list, cell) -> bool:
    """The first cell's letters and digits all in an italic face (a math font's brackets round them
    aside), the next cell opening upright, neither monospaced: a term set in italic beside its
    description in a table's row (sagetex.pdf's Table 1 set "⟨keyword args⟩" 1.2 em before "Any
    keyword arguments …": read as one line, the row fell out of its table and read after it)."""
    fonts = [_font(c) for c in first if c.get_text().isalnum()]
    italic = bool(fonts) and all(ITALIC.search(font) and not MONOSPACED.search(font) for font in fonts)
    return italic and not (ITALIC.search(_font(cell)) or MONOSPACED.search(_font(cell)))


def _formula_beside(first: list, cell) -> bool:
    """The first cell's glyphs all in one upright text font (no typewriter, italic, bold or math
    face), the next cell opening with a letter or digit in a TeX math font: a label beside its formula
    in a table's row (kedd.pdf's Table 1 set each kernel's name, "Epanechnikov", 1.1 em before its
    "K(x; 2) = …": read as one line, name and formula were one cell). A sign alone is no formula's
    opening (gmpl.pdf's "Table header" and its "→" pointing at a table's row stay one line)."""
    fonts = {_font(c) for c in first}
    upright = len(fonts) == 1 and not any(
        pattern.search(font) for font in fonts for pattern in (MONOSPACED, ITALIC, BOLD, TEX_MATH_FONT)
    )
    return upright and cell.get_text().isalnum() and bool(TEX_MATH_FONT.match(_font(cell)))


def _column_starts(starts: list[tuple[float, float]], x: float, y: float, reach: float) -> int:
    """How many of a page's lines (``starts``: each one's left edge and top, its page's way up or
    down alike) start at ``x`` (within ``CELL_EDGE``) with a top at most ``reach`` from ``y``: a
    table column's cells and their wrapped lines start at one edge, row under row."""
    return sum(abs(at - x) <= CELL_EDGE and abs(top - y) <= reach for at, top in starts)


def _margin_name_apart(chars: list, starts: list[tuple[float, float]] = ()) -> int:
    """Where the prose starts after a monospaced control sequence opening the line an ``MARGIN_NAME_GAP``
    or more before it, else 0: a .dtx manual's margin name that pdfminer read into its paragraph's
    first line (czech.pdf's "\\captionsczech" ends 9.7 pt, about an em, left of "The macro …"; a word
    space is a third of that). The paragraph may open with the name itself in typewriter
    ("\\cs@tempdisable" + "\\cs@tempdisable disables …"): the name ends at the first gap that wide.
    An environment's name (doc.sty's \\DescribeEnv: "Rightside" + "wise in the Rightside environment",
    eledpar.pdf) has no backslash; doc.sty sets it smaller than the text (``SMALLER_NAME``), which
    tells it from a typewriter word opening a table's row in the text's size.
    A control sequence set right-aligned against the column may end nearer, ``MARGIN_NAME_NEAR``
    before it (more than a word space: a contents entry's "\\incfig convenience macro" is one line): the
    prose then starts where ``COLUMN_EDGE_STARTS`` other lines of the page start (the column's
    edge), with any glyph: feynmf.pdf's "\\fmfstraight" half an em before "as in figure 5, …", whose
    line, read from the margin, hid the page's column edge and left its margin names in their
    sentences, and "\\fmffixedy" before a wrapped argument's "[,... ]}" (a glyph table's code, "EA14"
    before its glyph in the next column, is no name).
    Apart, the layout tells a name in the margin from a macro opening a line in the text column,
    which joins its line again (``_margin_names``). A name without a backslash, set smaller, may end
    as near the column's edge (sagetex.pdf's "plot" and "goboom" half an em before "I hope it's
    obvious …", "When a chunk …": text opening with a letter, not qzc-info.pdf's code "E803" before its
    larger glyph), and so may one with its roman tag (``_name_tag_end``), which
    tells a label on a page of listings, with no column edge to see: "sagecommandline (env.)"."""
    glyphs = [c for c in chars if not c.get_text().isspace()]
    opening = glyphs[0].get_text() if glyphs else ""
    if (
        len(glyphs) < 3
        or not (opening == "\\" or opening.isalpha())
        or not (MONOSPACED.search(_font(glyphs[0])) or (opening == "\\" and glyphs[0].fontname == UNNAMED))
    ):
        return 0
    end = 1
    while (
        end < len(glyphs)
        and _name_glyph(glyphs[end], glyphs[0])
        and glyphs[end].x0 - glyphs[end - 1].x1 < MARGIN_NAME_GAP * glyphs[end].size
    ):
        end += 1
    if end == len(glyphs) or any(c.get_text().isspace() for c in chars[: chars.index(glyphs[end - 1])]):
        return 0
    named, end = end, _name_tag_end(glyphs, end)
    if end == len(glyphs):
        return 0
    name, prose = glyphs[end - 1], glyphs[end]
    at = chars.index(prose)
    near = prose.x0 - name.x1 >= MARGIN_NAME_NEAR * prose.size
    edge = (
        near
        and (opening == "\\" or prose.get_text().isalpha())  # a glyph table's "E803" + its glyph: no name
        and (end > named or _column_starts(starts, prose.x0, prose.y1, float("inf")) >= COLUMN_EDGE_STARTS)
    )
    opens = prose.get_text().isalpha() or prose.get_text() == "\\" or _line_number_apart(chars[at:])
    if not (edge or opens):
        return 0  # dot leaders ("\\usepackage .... 6"); a listing's numbered line beside the name
    if opening != "\\" and name.size >= SMALLER_NAME * prose.size:
        return 0  # a typewriter word opening a table's row ("markovchainFit" + "Function to return …")
    return at if edge or prose.x0 - name.x1 >= MARGIN_NAME_GAP * prose.size else 0


def _name_tag_end(glyphs: list, end: int) -> int:
    """Where a bracketed roman tag set right after the name ``glyphs[:end]`` at its size ends, else
    ``end``: doc.sty's \\DescribeEnv labels an environment "sageblock (env.)", and without its tag
    the name stood apart from the line and "(env.)" opened the paragraph (sagetex.pdf p. 26)."""
    size = round(glyphs[0].size, 1)
    tag = "".join(c.get_text() for c in glyphs[end : end + NAME_TAG_LENGTH])
    match = NAME_TAG.match(tag)
    if match is None or glyphs[end].x0 - glyphs[end - 1].x1 >= MARGIN_NAME_GAP * glyphs[end].size:
        return end
    tagged = glyphs[end : end + match.end()]
    return end + match.end() if all(round(c.size, 1) == size for c in tagged) else end


def _name_glyph(glyph, first) -> bool:
    """``glyph`` goes on the typewriter name ``first`` opens: in a monospaced font by its name, or in
    the unnamed font (``UNNAMED``) at ``first``'s size and width (``_one_width``): a Type 3 font names
    none, and feynmf.pdf's margin names and prose are all "unknown" to pdfminer."""
    if MONOSPACED.search(_font(glyph)):
        return True
    return round(glyph.size, 1) == round(first.size, 1) and _one_width([first, glyph]) is not None


def _comment_apart(chars: list) -> int:
    """Where a comment opens after monospaced code, its words in a font not monospaced, else 0: a
    listing's row with its "// …" set in the text font ("(UintConst(1) << (INTWORDSIZE-1)) // 10ˆw
    − 1", its "//" in the code's typewriter), set apart from the code (a URL's "//" is no comment).
    Apart, the comment is a piece of the code's row that the layout joins again, as it joins a
    comment pdfminer read as a line of its own (``pdf_comment_rows``)."""
    opening = next(
        (
            at
            for at, (char, nxt) in enumerate(zip(chars, chars[1:], strict=False))
            if at and COMMENT_OPENING.match(char.get_text() + nxt.get_text()) and _set_apart(chars, at)
        ),
        0,
    )
    code = [c for c in chars[:opening] if not c.get_text().isspace()]
    prose = [c for c in chars[opening:] if not MONOSPACED.search(_font(c)) and not c.get_text().isspace()]
    return opening if code and prose and all(MONOSPACED.search(_font(c)) for c in code) else 0


def _set_apart(chars: list, at: int) -> bool:
    """The glyph at ``at`` follows a space, a gap of a third of an em at least, or a statement's
    end: code filling its column up to the comment's ("ArrayMUMcandidate mumcandtab;// a table …")."""
    before = chars[at - 1]
    return (
        before.get_text().isspace()
        or before.get_text() in STATEMENT_ENDS
        or chars[at].x0 - before.x1 >= COMMENT_GAP * chars[at].size
    )


def _line_number_apart(chars: list, pitches: frozenset[tuple[float, float]] = frozenset()) -> int:
    """Where a code line starts after its printed line number, else 0: a few digits in a text font
    set smaller than the monospaced code after them, on its baseline (doc's listings: "32" in 7 pt
    roman, then "\\endgroup%" in 9 pt typewriter). Read apart, the number is a line of numbers
    alone, taken out like the listing's other numbers that pdfminer read as lines of their own, and
    the code line is monospaced code; read together, "32 \\endgroup%" was neither. A raised digit
    is a footnote's mark (``_raised_above``) and stays with its note. The code is
    monospaced by its font's name or, in a font the PDF leaves unnamed, by its fixed pitch
    (``_fixed_pitch``, ``_at_listing_pitch``: litl's user_manual.pdf sets its listings in pdfTeX's
    bitmap typewriter, and "1 litl_trace = …" read whole opened like a footnote's mark, its listing
    moved after the document's text, "10" losing its "1" as a raised mark)."""
    glyphs = [c for c in chars if not c.get_text().isspace()]
    digits = 0  # the number's digits: a code line may start with digits of its own ("1\\or0\\or5%")
    while digits < len(glyphs) and _number_digit(glyphs[digits]):
        digits += 1
    if not 0 < digits <= LINE_NUMBER_DIGITS or digits == len(glyphs):
        return 0
    number, code = glyphs[:digits], glyphs[digits:]
    words = [c for c in code if c.get_text().isalnum()] or code
    monospaced = all(MONOSPACED.search(_font(c)) for c in words)
    if any(MONOSPACED.search(_font(c)) for c in number) or not (
        monospaced or _fixed_pitch(code) or _at_listing_pitch(code, pitches)
    ):
        return 0
    if max(c.size for c in number) > LINE_NUMBER_SIZE * min(c.size for c in words):
        return 0
    if _raised_above(number, words):
        return 0
    return chars.index(code[0])


def _number_digit(char) -> bool:
    """A digit of a printed line number: set in a text font, where the code's own digits are
    monospaced (codicefiscaleitaliano's "8" before "1\\or0\\or5…%" was read as the number "81")."""
    return char.get_text().isdigit() and not MONOSPACED.search(_font(char))


def _raised_above(number: list, words: list) -> bool:
    """The number's baseline sits above the words' by more than ``MARK_RISE`` of their size: a
    footnote mark ("¹http://…", a raised 7 pt digit before a typewriter URL), not a code line's
    number, which doc's listings set on the code's own baseline."""
    rise = min(c.matrix[5] for c in number) - statistics.median(c.matrix[5] for c in words)
    return rise > MARK_RISE * min(c.size for c in words)


def _prose_punctuation(glyphs: list) -> bool:
    """A comma, semicolon, colon, full stop or em dash in a font not monospaced among typewriter words:
    names set in a sentence (``\\texttt{\\@Bcdash}, \\texttt{\\@Ccdash}.``, russianb.pdf), or a
    description list's typed term before the dash that opens its text (yaws.pdf's "– compression_level
    = none | … | 0..9 —" over "Defines the compression level …"), whose punctuation is the
    sentence's; a listing's punctuation is in the listing's font. A roman colon after a name opening
    a sentence's last line is the sentence's too (sagetex.pdf's "… passing anything to" /
    "\\includegraphics:", read as a code line over the display it announces)."""
    return any(c.get_text() in PROSE_MARKS and not MONOSPACED.search(_font(c)) for c in glyphs)


def _line(
    page: int,
    chars: list,
    height: float,
    links: list[Rule] = (),
    pitches: frozenset[tuple[float, float]] = frozenset(),
    column: float = 0.0,
) -> Line | None:
    """A line written from its characters; None for an empty one; marked ``rotated`` when most of
    its glyphs are (a vertical watermark, a turned table is not prose, but goes to ``removed``);
    ``pitches``: the page's listing pitches (``_listing_pitches``); ``column``: its numbered
    fixed-column listing's column pitch (``_spaced_text``), else 0."""
    chars = _degree_signs(_tex_logos(_accents_combined(chars)))
    glyphs = [c for c in chars if not c.get_text().isspace()]
    if not glyphs:
        return None
    rotated = sum(c.upright for c in glyphs) * 2 < len(glyphs)
    upward = rotated and sum(c.matrix[1] > 0 for c in glyphs) * 2 > len(glyphs)  # b > 0: runs up
    words = _letters_past_math(glyphs) or glyphs  # punctuation may be in another font
    # its punctuation too: the listing's own; a row of a listing set in fixed columns is set as a
    # monospaced font sets it, a character a column (``pdf_numbered_rows``)
    fixed = bool(column) or _fixed_pitch(glyphs) or _at_listing_pitch(glyphs, pitches)
    keywords = _keywords_unnamed(glyphs, pitches) is not None
    typewriter = fixed or _typewriter_words(words) or keywords
    size = _text_size(glyphs, typewriter)
    values = right_to_left_values(glyphs)
    mono = typewriter and (fixed or not _prose_punctuation([c for c in glyphs if id(c) not in values]))
    pitch = _letter_width(words, keywords) if mono and not column else None
    text = line_read(_spaced_text(chars, size, links, pitch, column), glyphs)
    if mono:
        text = text.translate(CODE_ASCII)
    if not text:
        return None
    x0, x1 = min(c.x0 for c in chars), max(c.x1 for c in chars)  # pdfminer's line box: its characters'
    y0, y1 = ink_band(chars)  # a radical sign's box is not its ink: its bar tells its top
    letters = [c for c in glyphs if c.get_text().isalpha()]
    italic = bool(letters) and all(ITALIC.search(_font(c)) for c in letters)
    bold = bool(letters) and all(BOLD.search(_font(c)) and not MONOSPACED.search(_font(c)) for c in letters)
    return Line(
        page,
        text,
        x0,
        x1,
        height - y1,
        height - y0,
        size,
        height,
        mono,
        italic,
        rotated=rotated,
        upward=upward,
        formula=_rendered_formula(glyphs),
        typewriter=typewriter,
        opens_typewriter=bool(MONOSPACED.search(_font(words[0]))),
        typed_width=_typed_width(glyphs),
        ends_typewriter=bool(MONOSPACED.search(_font(words[-1]))),
        opens_bold=bool(BOLD.search(_font(words[0])) and not MONOSPACED.search(_font(words[0]))),
        bold=bold,
        opens_math=bool(TEX_MATH_FONT.match(_font(words[0]))),
        slanted=mono and all(SLANTED_TYPEWRITER.search(_font(c)) for c in words),
        glyphs=() if rotated else sized_glyphs(glyphs, height),
        blanks=() if rotated else glyph_blanks(glyphs, size),
        letters_apart=italic_letters_apart(chars, size),
    )


def _typed_width(glyphs: list) -> float:
    """How wide the line's opening run of monospaced glyphs is, left to right up to its first glyph
    in another font (``Line.typed_width``); 0 where it opens in another font."""
    ordered = sorted(glyphs, key=lambda glyph: glyph.x0)
    run = list(takewhile(lambda glyph: MONOSPACED.search(_font(glyph)), ordered))
    return max(glyph.x1 for glyph in run) - ordered[0].x0 if run else 0.0


def _typewriter_words(words: list) -> bool:
    """The line's letters and digits all in a monospaced font, but for East Asian wide letters
    (``wide_letter``) fewer than the rest: a listing line quoting an ideograph or a Hangul syllable
    sets it in a CJK font of its own, a full em wide (pmhanguljamo-doc's "中dyuq/國guig;ei; dar/a;",
    read as prose, tore its listing); a line of CJK prose is mostly wide letters."""
    wide = [c for c in words if wide_letter(c.get_text())]
    quoted = {id(c) for c in wide} if len(wide) * 2 < len(words) else set()
    return all(MONOSPACED.search(_font(c)) for c in words if id(c) not in quoted)


def _text_size(glyphs: list, typewriter: bool) -> float:
    """The font size most of the line's glyphs have; in a line of prose, most of its text-font
    glyphs: a typewriter name set in a sentence is scaled down ("language.dat" at 7.3 pt in a 9 pt
    line), and a short last line that is mostly such names is still in the text's size. A line whose
    text-font glyphs are all footnote marks (``_mark_sized``) is measured by its typewriter ones: set
    after a typewriter name, "lam4-dev¹", the mark was read as the line's size, and stayed its text.
    Where the text-font glyphs' sizes tie, the largest is the line's: the smaller are a script's, a
    mark's or a margin label's (gapmacro's reference entry "9 ▶ MinimalGeneratingSet( u )", its
    text-font glyphs an 8 pt number, a 7 pt triangle and one 10 pt italic "u", was measured by the
    number, and its size, unlike the entry over it, let that entry's description be read as its
    signature's wrapped row)."""
    text_font = [c for c in glyphs if not MONOSPACED.search(_font(c))]
    text_font = [] if all(_mark_sized(c, glyphs) for c in text_font) else text_font
    sized = glyphs if typewriter or not text_font else text_font
    counts = Counter(round(c.size, 1) for c in sized).most_common()
    tied = [size for size, count in counts if count == counts[0][1]] if sized is text_font else []
    size = max(tied, default=counts[0][0]) or 1.0
    return _exponents_aside(sized, _small_capitals_aside(sized, size))


def _mark_sized(glyph, glyphs: list) -> bool:
    """Whether ``glyph`` is a digit, asterisk or dagger set as small as a footnote mark against the
    line's largest glyph (``MARK_SIZE``)."""
    return glyph.get_text() in MARKABLE and glyph.size < MARK_SIZE * max(c.size for c in glyphs)


def _small_capitals_aside(glyphs: list, size: float) -> float:
    """``size``, or the size of the line's lower-case letters where every letter set at ``size`` is a
    capital under them: small capitals ("by DYLP." at 8 pt in a 10 pt text, the name outnumbering the
    word before it) are no measure of the line's size, and the line is read as the text's."""
    lower = [round(c.size, 1) for c in glyphs if c.get_text().islower()]
    if not lower:
        return size
    common = Counter(lower).most_common(1)[0][0]
    letters = [c for c in glyphs if c.get_text().isalpha() and round(c.size, 1) == size]
    if common > size + SMALL_CAPS_STEP and all(c.get_text().isupper() for c in letters):
        return common
    return size


def _exponents_aside(glyphs: list, size: float) -> float:
    """``size``, or the size of the line's larger letters and digits where every glyph set at ``size``
    is an exponent on them: smaller than ``MARK_SIZE`` of them (and no less than ``SCRIPT_SHARE``: a
    drop capital is no base), its foot ``MARK_RISE`` em over their baseline and under their top (a
    big bracket is no measure: the math extension font hangs it from its top, and abinit's
    "(…)^(5/3)" read its exponent lowered under it). A formula's exponents may outnumber the letters
    they are set on (FormalVerifier.pdf's "f = (−1)^(if s then 1 else 0) × n × b^(e−min_exp)"):
    measured by them, the line had no exponent to write, and read "(−1)if s then 1 else 0". A piece
    of one letter and its scripts (``ROW_BASES``: "g" with "(r)", a stack's half pdfminer read apart)
    is left to the display writer, which reads its scripts by their glyphs; but a digit under a
    signed number (``_signed_power``) is a power wherever it stands, a table's cell too
    (libtommath's bn.pdf tables 8.1–8.3, "2⁻⁹⁶", once "2−96": two minus 96)."""
    larger = [
        c for c in glyphs if c.get_text().isalnum() and SCRIPT_SHARE * c.size <= size < MARK_SIZE * c.size
    ]
    if len(larger) < ROW_BASES and not _signed_power(larger, glyphs, size):
        return size
    base = Counter(round(c.size, 1) for c in larger).most_common(1)[0][0]
    letters = [c for c in larger if round(c.size, 1) == base]
    baseline, top = statistics.median(c.y0 for c in letters), statistics.median(c.y1 for c in letters)
    scripts = [c for c in glyphs if round(c.size, 1) == size]
    return base if all(baseline + MARK_RISE * base < c.y0 < top for c in scripts) else size


def _signed_power(larger: list, glyphs: list, size: float) -> bool:
    """The line's one larger glyph is a digit and its glyphs at ``size`` a sign of ``EXPONENT_SIGNS``
    then digits, after it: a power of a number ("2" with "−96"), no footnote mark (a mark holds no
    sign)."""
    scripts = [c.get_text() for c in glyphs if round(c.size, 1) == size]
    return (
        len(larger) == 1
        and larger[0].get_text().isdigit()
        and glyphs.index(larger[0]) < min(at for at, c in enumerate(glyphs) if round(c.size, 1) == size)
        and len(scripts) > 1
        and scripts[0] in EXPONENT_SIGNS
        and all(text.isdigit() for text in scripts[1:])
    )


def listings_beside(lines: list[Line]) -> list[list[Line]]:
    """Monospaced lines as the listings they are: two listings set side by side (a cheat sheet's
    columns of code boxes, a C++ listing beside its R wrapper in the other column of the page) are
    parted by a gutter no line crosses, ``LISTING_GUTTER`` characters wide at least, stand beside
    each other (a line of each overlaps one of the other by a quarter of its height: not one under
    the other, as a menu's names over their indented items), and each holds ``LONE_ROWS`` rows or
    more that are its own (``_own_rows``): read left, then right. One listing
    with wide spaces in it (comments aligned beside the statements, an R printout's columns, a
    table's header over its cells) sets its right part on the baselines of its left part's rows.
    Lines standing in shaded boxes side by side are parted by their boxes first (``_shaded_sides``)."""
    shaded = _shaded_sides(lines)
    if shaded is not None:
        return shaded
    gutter = _listing_gutter(lines)
    if gutter is None:
        return [lines]
    left = [ln for ln in lines if ln.x1 <= gutter]
    right = [ln for ln in lines if ln.x0 >= gutter]
    if _beside(left, right) and min(_own_rows(left, right), _own_rows(right, left)) >= LONE_ROWS:
        return [left, right]
    return [lines]


def _beside(left: list[Line], right: list[Line]) -> bool:
    """A line of ``left`` overlaps one of ``right`` by a quarter of its height: the two stand side by
    side, not one under the other."""
    return any(
        min(a.bottom, b.bottom) - max(a.top, b.top) >= 0.25 * (a.bottom - a.top) for a in left for b in right
    )


def _shaded_sides(lines: list[Line]) -> list[list[Line]] | None:
    """Monospaced lines that all stand in shaded boxes (``Line.shaded``) parted by a gap no box
    crosses, ``SHADE_GAP`` wide at least, boxes on both sides, side by side: two listings, read left,
    then right, whatever rows they share. Two knitr chunks set side by side on a slide start on one
    baseline and go on at one pitch, so no row is either's own, and a printout wider than its chunk
    runs on into the box beside it (the 34-page DelayedArray deck's "## <3 x 5> matrix of class
    DelayedMatrix and type "integer":" read "… "integer": ## Slot "filepath":"); None where they do
    not. Boxes that touch are one shading: dblatex shades each row of a listing as a narrow box at
    the left edge and a wide one from where its text starts, and parted there, the FAI guide's
    package listing read its names, then its versions ("dracut" … "050+65-1" …)."""
    boxes = sorted({line.shaded for line in lines if line.shaded is not None})
    if len(boxes) < 2 or any(line.shaded is None for line in lines):
        return None
    for at in range(1, len(boxes)):
        if max(box[2] for box in boxes[:at]) + SHADE_GAP <= boxes[at][0]:
            rights = set(boxes[at:])
            left = [ln for ln in lines if ln.shaded not in rights]
            right = [ln for ln in lines if ln.shaded in rights]
            return [left, right] if _beside(left, right) else None
    return None


def _own_rows(side: list[Line], other: list[Line]) -> int:
    """The rows of ``side`` with no line of ``other`` on their baseline (within ``BASELINE_SLIP``
    em): a box of its own starting higher or ending lower, a blank line of the other, or a baseline
    of its own (two boxes each setting its lines from its own top)."""
    return sum(
        not any(abs(ln.bottom - row[0].bottom) <= BASELINE_SLIP * row[0].size for ln in other)
        for row in rows_of(side)
    )


def _listing_gutter(lines: list[Line]) -> float | None:
    """The middle of the widest gap between monospaced lines side by side that no line crosses,
    ``LISTING_GUTTER`` characters wide at least; None where there is none."""
    if not lines:
        return None
    width = sorted((ln.x1 - ln.x0) / max(len(ln.text), 1) for ln in lines)[len(lines) // 2]
    best, widest = None, LISTING_GUTTER * width
    ordered = sorted(lines, key=lambda ln: ln.x0)
    reach = ordered[0].x1
    for line in ordered[1:]:
        if line.x0 - reach >= widest:
            best, widest = (reach + line.x0) / 2, line.x0 - reach
        reach = max(reach, line.x1)
    return best
