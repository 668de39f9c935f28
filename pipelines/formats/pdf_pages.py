"""pdfminer.six's page layout, read in the same order on every run.

pdfminer orders a page's text boxes by merging the closest pair first (``group_textboxes``); pairs
at the same distance, common among equal boxes such as a contents page's dot leaders, are taken in
the order of ``id(box)``, a memory address, which changes from run to run and with
``PYTHONHASHSEED``. churchslavonic-ru.pdf's contents page came out in a different line order from
one build to the next. Here ties are broken by the order the boxes were made in (pdfminer's own
list order, then each new group after them), the order the addresses were meant to stand for; the
merging itself is pdfminer's, unchanged (pdfminer.six, MIT: ``LTLayoutContainer.group_textboxes``).
A figure (a Form XObject, laid out with ``all_texts``) groups its boxes so too (``OrderedFigure``):
gsubfn.pdf's plot, drawn in one, listed its 92 tick labels in ``removed`` in an order that hung on
what the process had parsed before, the addresses its earlier work left free.

A subscript set under a superscript on one base (an inline "∑" with "m" over "j=1", "x" with "2"
over "i") keeps its line (``OrderedPage.group_objects``): pdfminer compares each glyph with the one
before it only, and broke the line between the two scripts, which share no half of their height.

A Type 3 glyph whose text matrix is flipped vertically only (d < 0) is made upright here
(``_unflipped``): its font's matrix or its procedure flips it back, which pdfminer leaves out of a
glyph's orientation; sottigra.pdf's whole French text (dvips bitmap fonts) was read as rotated and
lost, and lasso2's unmapped bitmap text was cut as rotated before its share of unmapped glyphs was
counted. A glyph whose baseline runs more up or down the page than across it is turned
(``pdf_turned_pages.turned``), though Ghostscript's residue cosine ("0.00000001 1 -1 0.00000001")
passes pdfminer's sign test for upright.
"""

from __future__ import annotations

import copy
import heapq
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from itertools import count, takewhile

from pdfminer.converter import PDFPageAggregator
from pdfminer.layout import (
    LAParams,
    LTChar,
    LTComponent,
    LTCurve,
    LTFigure,
    LTImage,
    LTLayoutContainer,
    LTPage,
    LTTextBox,
    LTTextBoxVertical,
    LTTextGroup,
    LTTextGroupLRTB,
    LTTextGroupTBRL,
    LTTextLine,
    LTTextLineHorizontal,
)
from pdfminer.pdffont import PDFFont, PDFType3Font
from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
from pdfminer.pdfpage import PDFPage
from pdfminer.pdftypes import resolve1
from pdfminer.utils import Plane, mult_matrix

from sloika.pipelines.formats.pdf_accents import _accents_combined
from sloika.pipelines.formats.pdf_brace_pieces import PIECE
from sloika.pipelines.formats.pdf_glyphs import (
    OVERLAYS,
    SLASH,
    STACKED_BARS,
    TEX_EXTENSION_FONT,
    TEX_MATH_FONT,
    document_encoding,
    hooked,
    overlaid,
    private_read,
    unmapped_glyph,
    with_bar_glyphs,
    with_double_struck,
    with_named_signs,
    with_picture_glyphs,
    with_program_names,
    with_tex_encoding,
    with_tex_names,
    with_whole_values,
    without_empty_values,
)
from sloika.pipelines.formats.pdf_line_record import enclosing
from sloika.pipelines.formats.pdf_math_bars import bars_read, fraction_parts_marked
from sloika.pipelines.formats.pdf_math_pieces import MARK_SIZE, TOUCH
from sloika.pipelines.formats.pdf_object_streams import open_document
from sloika.pipelines.formats.pdf_spacing import BRACKETS, binomial, stacked_under
from sloika.pipelines.formats.pdf_turned_pages import aslant_apart, aslant_lines, read_turned, turned


def extract_pages(data: bytes, laparams: LAParams) -> Iterator[LTPage]:
    """The PDF's pages laid out as ``pdfminer.high_level.extract_pages`` lays them out, with equal
    distances between text boxes settled by the boxes' order instead of their addresses and object
    streams pdfminer misreads read object by object (``pdf_object_streams``)."""
    pages = list(PDFPage.create_pages(open_document(data)))
    resources = _TeXNamesResources(document_encoding(_font_specs(pages)))
    device = _OrderedAggregator(resources, laparams=laparams)
    interpreter = PDFPageInterpreter(resources, device)
    for page in pages:
        interpreter.process_page(page)
        yield device.get_result()


def _font_specs(pages: list[PDFPage]) -> Iterator[dict]:
    """The font dictionaries the pages' resources name."""
    for page in pages:
        fonts = resolve1((page.resources or {}).get("Font"))
        for spec in (fonts or {}).values() if isinstance(fonts, dict) else ():
            if isinstance(resolve1(spec), dict):
                yield resolve1(spec)


class _TeXNamesResources(PDFResourceManager):
    """pdfminer's resource manager whose simple fonts read the TeX glyph names of their
    ``/Differences`` (``pdf_glyphs.with_tex_names``: cmsy's ⟨ ⟩ at the codes of "h" and "i") and,
    where the PDF names no glyphs, the TeX encoding they are set in (``pdf_glyphs.with_tex_encoding``);
    a picture font's glyphs read as no character (``pdf_glyphs.with_picture_glyphs``); a bitmap glyph
    of one bar reads as a minus (``pdf_glyphs.with_bar_glyphs``: "−xvf", not "=xvf"); a ToUnicode value
    LuaTeX wrote without its leading zero reads whole (``pdf_glyphs.with_whole_values``: "Th", not "吀");
    a Latin-1 sign the table gives a glyph named as a Greek letter or math sign reads as the name says
    (``pdf_glyphs.with_named_signs``: ν, not "¿"); a ToUnicode value that is empty or a control character
    reads by the glyph's name instead (``pdf_glyphs.without_empty_values``: cmex's radical, not "");
    a blackboard-bold capital reads double-struck (``pdf_glyphs.with_double_struck``: ℤ, not "Z").
    ``text_encoding``: the document's (``pdf_glyphs.document_encoding``), for a bitmap font showing none."""

    def __init__(self, text_encoding: dict[int, str | None]) -> None:
        super().__init__(caching=True)
        self.text_encoding = text_encoding

    def get_font(self, objid: object, spec: dict) -> PDFFont:
        """pdfminer's font, made once per font object, with its TeX names read."""
        cached = objid is not None and objid in self._cached_fonts
        font = super().get_font(objid, spec)
        if cached:
            return font
        font = with_named_signs(
            with_whole_values(with_tex_names(with_program_names(font, spec), spec), spec), spec
        )
        font = without_empty_values(font)
        font = with_picture_glyphs(with_tex_encoding(font, spec, self.text_encoding), spec)
        font = with_bar_glyphs(font, spec)
        return with_double_struck(font, spec)


class _OrderedAggregator(PDFPageAggregator):
    """pdfminer's page aggregator, making pages and figures that group their text boxes in a fixed order."""

    def begin_page(self, page, ctm) -> None:  # noqa: ANN001 - pdfminer's signature
        super().begin_page(page, ctm)
        self.cur_item = OrderedPage(self.cur_item.pageid, self.cur_item.bbox)

    def end_page(self, page) -> None:  # noqa: ANN001 - pdfminer's signature
        """The page laid out as pdfminer lays it out, turned upright first where its text is set
        turned (``pdf_turned_pages.read_turned``: a landscape figure page printed on a portrait one),
        its glyphs set aslant (a diagonal watermark) laid out apart, lines of their own after its
        boxes (``pdf_turned_pages.aslant_apart``)."""
        read_turned(self.cur_item)
        page_item = self.cur_item
        apart = aslant_apart(page_item)
        super().end_page(page)
        for box in aslant_lines(apart, self.laparams.word_margin):
            page_item.add(box)

    def begin_figure(self, name: str, bbox, matrix) -> None:  # noqa: ANN001 - pdfminer's signature
        """pdfminer's figure, made one that groups its text boxes in a fixed order (``OrderedFigure``)."""
        super().begin_figure(name, bbox, matrix)
        self.cur_item = OrderedFigure(name, bbox, mult_matrix(matrix, self.ctm))

    def end_figure(self, name: str) -> None:
        """pdfminer's figure ended; one that only draws an image of a rule right after a glyph
        (``_image_rule``, ``_underscore``) becomes the glyph "_" instead (``_underscore_glyph``)."""
        super().end_figure(name)
        objs = self.cur_item._objs
        mark, before = (objs[-1], objs[-2]) if len(objs) > 1 else (None, None)
        if _image_rule(mark) and isinstance(before, LTChar) and _underscore(mark, before):
            objs[-1] = _underscore_glyph(mark, before)

    def handle_undefined_char(self, font, cid: int) -> str:  # noqa: ANN001 - pdfminer's signature
        """A glyph pdfminer maps to no character: the one its font's glyph name says, when a known
        TeX name (``pdf_glyphs``: ⟨ ⟩ of a docstrip guard), else pdfminer's "(cid:N)"."""
        return unmapped_glyph(font, cid) or super().handle_undefined_char(font, cid)

    def render_char(self, matrix, font, fontsize, scaling, rise, cid, ncs, graphicstate) -> float:  # noqa: ANN001, PLR0913
        """pdfminer's glyph, set upright when its font's matrix undoes a flipped text matrix
        (``_unflipped``), so the line reader reads it as the upright text it prints; a private-use
        glyph of Adobe's expert sets reads as its character (``pdf_glyphs.private_read``: a small
        capital's letter, an old-style figure); a TeX math font's glyph, and one whose box pdfminer
        set wholly over its baseline (``_floating``), gets its box where it prints (``_where_drawn``),
        not its font's deepest descent below the line; the pieces cmex stacks into
        a tall bar read as it, once (``_piece_read``, ``_stacked_piece``); each keeps its text rise
        (``rise``: a subscript set by ``Ts`` stands that far off its matrix's baseline)."""
        adv = super().render_char(matrix, font, fontsize, scaling, rise, cid, ncs, graphicstate)
        glyph = self.cur_item._objs[-1] if self.cur_item._objs else None
        if isinstance(glyph, LTChar):
            glyph._text = private_read(glyph._text)
            glyph.rise = rise  # the text rise (Ts) that sets it off its matrix's baseline
        if isinstance(glyph, LTChar) and isinstance(font, PDFType3Font) and not glyph.upright:
            _unflipped(glyph, font, fontsize, scaling, rise)
        if isinstance(glyph, LTChar) and glyph.upright and turned(glyph):
            glyph.upright = False
        misplaced = isinstance(glyph, LTChar) and (_redrawn(font) or _floating(glyph, rise))
        if misplaced and not font.is_vertical():
            _where_drawn(glyph, font, fontsize, rise)
        if isinstance(glyph, LTChar) and TEX_EXTENSION_FONT.match(font.fontname or ""):
            _piece_read(glyph)
        if isinstance(glyph, LTChar) and len(self.cur_item._objs) > 1:
            _stacked_piece(self.cur_item._objs)
            _overlaid(self.cur_item._objs)
            _hooked(self.cur_item._objs)
            _underscores_opening(self.cur_item._objs)
        return adv

    def paint_path(self, gstate, stroke, fill, evenodd, path) -> None:  # noqa: ANN001, PLR0913 - pdfminer's signature
        """pdfminer's drawn path; a rule TeX draws for an underscore right after a glyph
        (``_underscore``) becomes the glyph "_" instead (``_underscore_glyph``)."""
        super().paint_path(gstate, stroke, fill, evenodd, path)
        objs = self.cur_item._objs
        rule, before = (objs[-1], objs[-2]) if len(objs) > 1 else (None, None)
        if isinstance(rule, LTCurve) and isinstance(before, LTChar) and _underscore(rule, before):
            objs[-1] = _underscore_glyph(rule, before)


OVERLAY_SLACK = 0.05  # em: an overlay's middle stands this far before its base's left edge at most


def _overlaid(objs: list) -> None:
    """The last two glyphs laid out made one character where one is drawn over the other
    (``pdf_glyphs.overlaid``: TeX's \\not slash over "=" is "≠", \\notin's "/" over "∈" is "∉",
    \\copyright's circle over "c" is "©") and overlaps it (the overlay's middle within the other's
    width, ``OVERLAY_SLACK`` em before its left edge at most: \\not's slash has no width and stands
    where "=" starts, a rounding's hair before it in the gap-guava manual, read "̸="); an overlay
    over nothing, or over a glyph it reads as nothing with, is left as it is."""
    first, second = objs[-2], objs[-1]
    if not isinstance(first, LTChar):
        return
    marks = OVERLAYS | {SLASH}
    mark, base = (first, second) if first.get_text() in marks else (second, first)
    slack = OVERLAY_SLACK * base.size
    if mark.get_text() not in marks or not base.x0 - slack <= (mark.x0 + mark.x1) / 2 <= base.x1:
        return
    reading = overlaid(base.get_text(), mark.get_text())
    if reading is not None:
        base._text = reading
        objs.remove(mark)


STACK_ALIGN = 0.1  # em: the pieces of one stacked delimiter start this close to one x at most


def _piece_read(glyph: LTChar) -> None:
    """A math extension font's glyph marked a piece (``piece``) where it is one of the bars TeX stacks
    (``pdf_glyphs.STACKED_BARS``), for ``_stacked_piece``."""
    glyph.piece = glyph.get_text() in STACKED_BARS


def _stacked_piece(objs: list) -> None:
    """The last two glyphs laid out made one bar where they are pieces of one (``_piece_read``) that
    TeX stacks one under the other at one x: abinit's test_report_elf.pdf drew each big bar of
    "|∇|ψ|²|²" as two to four ``vextendsingle`` glyphs, read "(cid:12)" on two to four lines. The
    stack reads as its bar once, boxed from the top piece's top to the bottom one's bottom, so the
    line reader sets it on the row it spans, as it does the glyphs after it (a raised "²")."""
    upper, lower = objs[-2], objs[-1]
    if not (getattr(upper, "piece", False) and getattr(lower, "piece", False)):
        return
    em = lower.y1 - lower.y0
    aligned = abs(upper.x0 - lower.x0) <= STACK_ALIGN * em
    if upper.get_text() != lower.get_text() or not aligned or not upper.y0 - em <= lower.y1 <= upper.y1:
        return
    upper.set_bbox((upper.x0, min(upper.y0, lower.y0), max(upper.x1, lower.x1), upper.y1))
    objs.remove(lower)


def _hooked(objs: list) -> None:
    """The last two glyphs laid out made one hooked arrow where they are its shaft and hook
    (``pdf_glyphs.hooked``) and overlap, set on one baseline as TeX joins them: nut-doc's FAQ.pdf
    marks a wrapped log line with \\hookleftarrow, read "←(cid:45)" before its hook had a name. The
    baselines are compared, not the boxes: a math font's glyph is boxed where its ink is (``_where_drawn``),
    and the hook reaches lower than the shaft (dblatex's wrap mark in debian-faq.ru.pdf's code)."""
    left, right = objs[-2], objs[-1]
    if not isinstance(left, LTChar) or not right.x0 < left.x1:
        return
    if abs(left.matrix[5] - right.matrix[5]) > TOUCH:  # the text matrix's f: the glyph's baseline
        return
    reading = hooked(left.get_text(), right.get_text())
    if reading is not None:
        left._text = reading
        left.set_bbox((left.x0, min(left.y0, right.y0), max(left.x1, right.x1), max(left.y1, right.y1)))
        objs.remove(right)


UNDERSCORE_WIDTH = (0.2, 0.7)  # em of the glyph before it: plain TeX's and CWEB's \_ rule is 0.3 em wide
UNDERSCORE_GAP = 0.25  # em: the rule starts this close after the glyph before it at most (TeX kerns 0.06)
# em: or this far inside that glyph's box at most: \url sets its "_" with no kern, so the rule starts
# where the glyph ends, a rounding's hair before it (irlba.pdf's "1000_genomes" read "1000 genomes")
UNDERSCORE_TOUCH = 0.02
# em: a rule opening a name ends this close before its glyph at most (texinfo kerns 0.07; a justified
# line's word space shrinks to 0.22 at least)
UNDERSCORE_OPENING = 0.15
UNDERSCORE_RISE = 0.15  # em: the rule's middle is this close to that glyph's baseline at most
UNDERSCORE_THICKNESS = 0.15  # em: and it is this thin at most
# quotes an underscore quoted alone stands between: tree-puzzle's "converted to underscores ’\_’"
QUOTES = "'‘’\"“”`"
# a closing bracket an underscore named alone stands right before: the LaTeX manual
# java-imaging-utilities-manual.pdf's "(so, no underscore character \_)" read "character )"
CLOSING = ")]"


def _image_rule(mark: object) -> bool:
    """A figure that draws one image and nothing else: how dvips output distilled by Ghostscript
    draws a TeX rule, a one-bit image mask scaled to the rule's box (the systemtap manuals' ``\\_``,
    "examples/small demos/", "@hist linear", "CONFIG HZ" in a caption: read with gaps where their
    underscores stand)."""
    return isinstance(mark, LTFigure) and len(mark._objs) == 1 and isinstance(mark._objs[0], LTImage)


def _underscore(rule: LTCurve | LTFigure, before: LTChar) -> bool:
    """Whether a drawn rule is an underscore set after the glyph ``before``: plain TeX's and CWEB's
    ``\\_`` is no glyph but a short rule on the baseline (``\\vbox{\\hrule width.3em}``), so the text
    layer of a CWEB program had a gap for it, "hput glyph" and "uint32 t" for ``hput_glyph`` and
    ``uint32_t``. The rule starts just after an upright letter, digit or underscore of an identifier
    (``_underscore_beside``); an underline starts under the glyphs it underlines, and a radical's bar
    starts after its sign "√"."""
    gap = rule.x0 - before.x1
    return (
        _underscore_beside(rule, before)
        and -UNDERSCORE_TOUCH * before.size <= gap <= UNDERSCORE_GAP * before.size
    )


def _underscore_before(rule: LTCurve | LTFigure, after: LTChar, before: object) -> bool:
    """Whether a drawn rule is an underscore opening the name the glyph ``after`` goes on: texinfo's
    ``\\_`` at a line's start or after a full stop ("_443._tcp.example.com" read "443. tcp.example.com"
    in libidn2.pdf), where no letter or digit stands just before it. The rule ends just before that
    glyph, closer than a word space squeezed to its least (``UNDERSCORE_OPENING``): a blank to fill
    in ends a word space before the word after it. It lies under no glyph drawn before it on its
    line (``before``, the object drawn before the rule): an underline under one letter ends where the
    next letter starts (sandwich.pdf's "weighted \\underline{e}mpirical \\underline{a}daptive …").
    An underscore named alone ends right before a closing bracket (``CLOSING``), as it does before
    a closing quote: TeX sets no kern after ``\\_``'s rule."""
    gap = after.x0 - rule.x1
    return (
        _underscore_beside(rule, after, QUOTES + CLOSING)
        and -UNDERSCORE_TOUCH * after.size <= gap <= UNDERSCORE_OPENING * after.size
        and not _over_rule(before, rule, after)
    )


def _over_rule(glyph: object, rule: LTCurve | LTFigure, after: LTChar) -> bool:
    """``glyph`` is a glyph on the line of ``after`` whose box reaches over the start of ``rule``."""
    return (
        isinstance(glyph, LTChar)
        and abs(glyph.matrix[5] - after.matrix[5]) < after.size / 2
        and glyph.x1 - rule.x0 > UNDERSCORE_TOUCH * after.size
    )


def _underscore_beside(rule: LTCurve | LTFigure, glyph: LTChar, marks: str = QUOTES) -> bool:
    """Whether a drawn rule could be an underscore beside the upright letter, digit, underscore or
    quote ``glyph``: horizontal, thin, about a third of an em wide and on the glyph's baseline; a
    fraction's bar lies on the axis, above the baseline. An underscore quoted as itself, "’\\_’",
    stands after a quote (tree-puzzle.pdf read "converted to underscores ’ ’"); ``marks``: the other
    glyphs, one character each, it may stand beside."""
    a, b, c, d, _, baseline = glyph.matrix
    text = glyph.get_text()
    beside_name = text.isalnum() or text == "_" or (len(text) == 1 and text in marks)
    if b or c or a <= 0 or d <= 0 or not beside_name:
        return False
    size = glyph.size
    thickness = max(rule.height, rule.linewidth if getattr(rule, "stroke", False) else 0.0)
    low, high = UNDERSCORE_WIDTH
    return (
        low * size <= rule.width <= high * size
        and thickness <= UNDERSCORE_THICKNESS * size
        and abs((rule.y0 + rule.y1) / 2 - baseline) <= UNDERSCORE_RISE * size
    )


def _underscores_opening(objs: list) -> None:
    """The rules drawn just before the glyph laid out last made glyphs "_" where they open its name
    (``_underscore_before``), from the nearest back: "__init" drawn as two rules and "init"; rules
    drawn as images too (``_image_rule``: the systemtap tutorial's "__TAPSET_" read "TAPSET")."""
    at = len(objs) - 2
    while (
        at >= 0
        and (isinstance(objs[at], LTCurve) or _image_rule(objs[at]))
        and _underscore_before(objs[at], objs[at + 1], objs[at - 1] if at else None)
    ):
        objs[at] = _underscore_glyph(objs[at], objs[at + 1])
        at -= 1


def _underscore_glyph(rule: LTCurve | LTFigure, beside: LTChar) -> LTChar:
    """The glyph "_" where the rule is drawn, in the line of the glyph ``beside`` it (its font, size
    and height), so the line reader joins it to the identifier it stands in: tied to ``beside``
    (``tied``), no word space between them, however wide a math italic's correction leaves the gap
    (velvet's $OMP\\_NUM\\_THREADS$: cmmi's "P" and "M" stand 0.2 em before their rules, read
    "OMP _NUM _THREADS")."""
    glyph = copy.copy(beside)
    glyph._text = "_"
    glyph.tied = beside
    glyph.matrix = (*beside.matrix[:4], rule.x0, beside.matrix[5])
    glyph.set_bbox((rule.x0, beside.y0, rule.x1, beside.y1))
    return glyph


FRACTION_BAR = 1.0  # pt: a drawn rule this thin at most may be a fraction's bar (TeX's: 0.4 pt)
TEXT_DESCENT = 0.25  # em: a text glyph's box reaches this far below its baseline (Latin Modern's -250)
DEEP_DESCENT = 0.5  # em: a font whose descent is deeper than this hangs its glyphs' boxes under their line
SPACING_ACCENTS = frozenset("\u02c6\u02dc")  # cmex's wide hat and tilde (``pdf_glyphs.TEX_NAMES``)


def _redrawn(font: PDFFont) -> bool:
    """Whether pdfminer's boxes miss where the font's glyphs print (``_where_drawn``): a math
    extension font's, one hanging a deep descent, or a TeX math font declaring none. pdfTeX writes a
    subset's descent as its deepest glyph's, so a subset of glyphs all on the baseline declares 0
    (seriation.pdf's LMMathSymbols8, its minus alone; msbm10's ℝ and ℤ) and each of its glyphs is
    boxed from its baseline up, a quarter em over a text glyph's box on that baseline: the minus of
    a subscript "i, j−1" read as set on the line, between "x_(i,j)" and "₁"."""
    name = font.fontname or ""
    descent = font.get_descent()
    return (
        bool(TEX_EXTENSION_FONT.match(name))
        or descent < -DEEP_DESCENT
        or (descent >= 0 and bool(TEX_MATH_FONT.match(name)))
    )


def _floating(glyph: LTChar, rise: float) -> bool:
    """Whether pdfminer boxed the glyph so far over its baseline that it shares less than half its
    height with a text glyph's box on that baseline (``TEXT_DESCENT`` em under it, an em high): its
    box starts more than ``TEXT_DESCENT`` em over the baseline, where pdfminer, which wants a glyph
    to share half its height with the one before it, breaks the line. pdfminer hangs a box the
    font's descent below the baseline, and takes a Type 3 font's descent from its FontBBox, which for
    pdfTeX's bitmap fonts bounds the glyphs the subset holds: a font of one backquote (upquote's
    \\textasciigrave in an R chunk's output, FontBBox [11 48 33 61]) had a descent of +0.48 em, and
    the backquotes of "$`RT6:RT1`" were read onto the line above ("$`RT6:RT1` $`", RBGL.pdf). Such a
    glyph gets a text glyph's box (``_where_drawn``); its baseline, and so a raised mark's, stays
    where the PDF sets it. A subset of a bullet or a dash (0.07 em up, 0.24 em for a minus) stays on
    its line as pdfminer boxes it, and is left so."""
    baseline = glyph.matrix[5] + glyph.matrix[3] * rise
    return glyph.y0 - baseline > TEXT_DESCENT * (glyph.y1 - glyph.y0)


def _where_drawn(glyph: LTChar, font: PDFFont, fontsize: float, rise: float) -> None:
    """The glyph's box set where TeX's math fonts draw it. pdfminer hangs every glyph's box the
    font's descent below the baseline, and a math font's descent is its deepest glyph's: an em for
    the symbol fonts (cmsy, LMMathSymbols: -960), so a "∗" or "−" of an inline formula had its box
    wholly under the line, and three ems for the math extension font (LMMathExtension: -2959), so a
    wide hat over "f" in "plot \\widehat{f} and" stood a line lower. Either broke pdfminer's line
    there, and the pieces side by side were read as a table's cells (logcondens.pdf: 23 paragraphs
    of prose out of the text as tables). A symbol font's glyph, a descent-less subset's, and one
    pdfminer boxed over its baseline (``_floating``), gets a text glyph's box (``TEXT_DESCENT`` em
    below its baseline, an em high). A math extension font's glyph gets the em under its baseline:
    TeX hangs its delimiters and operators from the baseline and raises it to centre them on the line
    ("∑" of "such that ∑ λi = n"); its wide accents are drawn over the baseline, as a text accent is."""
    a, b, c, d, e, f = glyph.matrix
    if b or c or a <= 0 or d <= 0:
        return
    extension = TEX_EXTENSION_FONT.match(font.fontname or "")
    hanging = extension and glyph.get_text() not in SPACING_ACCENTS
    low = f + d * (rise - (1.0 if hanging else TEXT_DESCENT) * fontsize)
    glyph.set_bbox((glyph.x0, low, glyph.x1, low + d * fontsize))


TYPE3_EM = 2.0  # a Type 3 font's em: this many times its median glyph advance (a letter is about half an em)


def _unflipped(glyph: LTChar, font: PDFType3Font, fontsize: float, scaling: float, rise: float) -> None:
    """The glyph made upright where its matrix is a pure vertical flip (b = c = 0, d < 0): a Type 3
    glyph is drawn by its own procedure, which pdfminer does not run, and a flipped Type 3 glyph is a
    bitmap font's way of drawing upright text, never mirrored print. dvips/dvipdfm bitmap fonts flip
    back by their FontMatrix ([1 0 0 -1] under a text matrix of d = -1: sottigra.pdf); Ghostscript's
    conversion of dvips' PK fonts keeps FontMatrix [1 0 0 1] and draws each glyph's bitmap the other
    way up (lasso2's manual: text matrix [0.1 0 0 -0.1]). pdfminer calls such glyphs rotated and gives
    them a box 0.12 pt high. Decided by the geometry: the glyph advances left to right on a horizontal
    baseline, the font's matrix neither turns nor mirrors it across. Its box becomes an em high on
    its baseline; a Type 3 font's em is not in the file (its FontBBox is often a placeholder), so it
    is taken as ``TYPE3_EM`` times the font's median glyph advance."""
    a, b, c, d, e, f = glyph.matrix
    if len(font.matrix) != 6:  # a damaged FontMatrix: leave the glyph as pdfminer made it
        return
    fa, fb, fc, _, _, _ = mult_matrix(font.matrix, (a, b, c, d, 0, 0))
    if b or c or a <= 0 or d >= 0 or fb or fc or fa * scaling <= 0:
        return
    widths = sorted(w * font.hscale for w in font.widths.values() if w and w > 0)
    em = TYPE3_EM * widths[len(widths) // 2] * fontsize * abs(scaling) if widths else abs(d * fontsize)
    base = f + rise * abs(d)
    glyph.matrix = (a, b, -c, -d, e, f)
    glyph.upright = True
    glyph.size = em
    glyph.set_bbox((glyph.x0, base - em / 4, glyph.x1, base + em * 3 / 4))


class _OrderedGrouping(LTLayoutContainer):
    """A layout container whose text-box grouping breaks ties by creation order (see the module's note)."""

    def group_textboxes(self, laparams: LAParams, boxes: Sequence[LTTextBox]) -> list[LTTextGroup]:
        """pdfminer's hierarchical grouping, each element numbered as it is made; the numbers take
        the place of ``id()`` in the heap's tuples, so equal distances pop in the same order."""
        plane: Plane = Plane(self.bbox)
        serial = count()
        numbers = {id(box): next(serial) for box in boxes}  # the boxes live as long as this call

        def number(obj: LTComponent) -> int:
            return numbers.setdefault(id(obj), next(serial))

        dists = [
            (False, _distance(box1, box2), number(box1), number(box2), box1, box2)
            for i, box1 in enumerate(boxes)
            for box2 in boxes[i + 1 :]
        ]
        heapq.heapify(dists)
        plane.extend(boxes)
        done: set[int] = set()
        while dists:
            skip_isany, d, n1, n2, obj1, obj2 = heapq.heappop(dists)
            if n1 in done or n2 in done:
                continue
            if not skip_isany and _between(plane, obj1, obj2):
                heapq.heappush(dists, (True, d, n1, n2, obj1, obj2))
                continue
            vertical = (LTTextBoxVertical, LTTextGroupTBRL)
            kind = (
                LTTextGroupTBRL
                if isinstance(obj1, vertical) or isinstance(obj2, vertical)
                else LTTextGroupLRTB
            )
            group = kind([obj1, obj2])
            plane.remove(obj1)
            plane.remove(obj2)
            done.update([n1, n2])
            for other in plane:
                heapq.heappush(
                    dists, (False, _distance(group, other), number(group), number(other), group, other)
                )
            plane.add(group)
        return list(plane)


class _MathLines(LTLayoutContainer):
    """A layout container whose lines go on past a subscript set under a superscript
    (``_stacked_script``) and past a fraction set in the line (``_with_fraction``)."""

    def group_objects(self, laparams: LAParams, objs: Iterable[LTComponent]) -> Iterator[LTTextLine]:
        """pdfminer's lines, each one pdfminer broke at a stacked script or at an in-line fraction's
        bar joined again to the line before it (``_stacked_script``, ``_with_fraction``), before the
        lines are grouped into boxes; a formula's letters under an overline's rule or over an
        underline's read with the bar (``pdf_math_bars.bars_read``) first."""
        bars = [obj for obj in self if isinstance(obj, LTCurve) and obj.height <= FRACTION_BAR]
        objs = _drawn_brackets_dropped(list(objs))
        bars_read(objs, bars, self.bbox)
        fraction_parts_marked(objs, bars, self.bbox)
        lines = list(_scripts_joined(super().group_objects(laparams, objs), bars))
        lines = _stacks_in_rows_joined(list(_fractions_joined(lines, bars, laparams)), laparams)
        lines = _row_end_fractions_joined(lines, bars, laparams)
        lines = _pieces_on_prose_rows_joined(lines, laparams)
        yield from _scripts_joined(lines, bars, prose=True)


class OrderedPage(_OrderedGrouping, _MathLines, LTPage):
    """An ``LTPage`` whose text-box grouping breaks ties by creation order (see the module's note)
    and whose lines go on past a formula's pieces (``_MathLines``)."""


class OrderedFigure(_OrderedGrouping, _MathLines, LTFigure):
    """An ``LTFigure`` whose text-box grouping breaks ties by creation order, as a page's does: a
    plot drawn in a Form XObject lists its labels in the same order whatever ran before. Its lines go
    on past a formula's pieces as a page's do (``_MathLines``): a page set whole in a form (a Sweave
    PDF's pages included whole in another, as pdfpages does) is read as the page
    (``pdf_drawings._page_boxes``), and mutoss's simToolManual.pdf's
    "EV²ₙ(BH)" broke into "EV²" and "n (BH).", the second cut as math."""


# a horizontal bracket's glyphs, over or under text (⎴ ⎵, ⏜ ⏝, ⏞ ⏟, ⏠ ⏡): a math font's \overbrace,
# \underbrace, \underbracket, drawn one glyph or a run of them over the stretch they mark
DRAWN_ACROSS = 0.25  # of a bracket's width: it lies over glyphs for this much at least
HORIZONTAL_BRACKETS = frozenset("\u23b4\u23b5\u23dc\u23dd\u23de\u23df\u23e0\u23e1")


def _drawn_brackets_dropped(objs: list[LTComponent]) -> list[LTComponent]:
    """The glyphs without a horizontal bracket's (``HORIZONTAL_BRACKETS``) drawn across other glyphs
    (``_drawn_across``): a mark over or under the text it spans, not a character in its line.
    asn1c-usage.pdf underbrackets "rect = 0" in a listing with four Latin Modern Math "⎵", read
    "rect = 0⎵⎵⎵⎵;"."""
    brackets = [obj for obj in objs if isinstance(obj, LTChar) and obj.get_text() in HORIZONTAL_BRACKETS]
    if not brackets:
        return objs
    text = [
        obj
        for obj in objs
        if isinstance(obj, LTChar)
        and obj.get_text() not in HORIZONTAL_BRACKETS
        and not obj.get_text().isspace()
    ]
    drawn = {id(mark) for mark in brackets if _drawn_across(mark, text)}
    return [obj for obj in objs if id(obj) not in drawn]


def _drawn_across(mark: LTChar, text: list[LTChar]) -> bool:
    """Whether a quarter of ``mark``'s width at least lies over glyphs of ``text`` whose boxes overlap
    its box in height (``DRAWN_ACROSS``): the bracket's pieces stand across the glyphs and the gaps
    between them, where a bracket set as a character of its own takes its own room (a kern
    overlaps a neighbour by a hair)."""
    covered = sum(
        max(0.0, min(mark.x1, glyph.x1) - max(mark.x0, glyph.x0))
        for glyph in text
        if mark.y0 < glyph.y1 and glyph.y0 < mark.y1
    )
    return mark.width > 0 and covered >= DRAWN_ACROSS * mark.width


def _fractions_joined(
    lines: list[LTTextLine], bars: list[LTCurve], laparams: LAParams
) -> Iterator[LTTextLine]:
    """The lines, each that goes on the one before it past an in-line fraction (``_with_fraction``)
    joined to it where the joined line is the text's (``_text_line``)."""
    margin = min((line.x0 for line in lines), default=0.0)
    held: LTTextLine | None = None
    given: LTTextLine | None = None  # the line given out last
    pieces: list[LTTextLine] = []
    for line in [*lines, None]:
        joined = _with_fraction(held, line, bars, laparams) if held and line else None
        if joined is not None:
            held, pieces = joined, [*pieces, line]
            continue
        if held is not None:
            whole = len(pieces) == 1 or _text_line(held, margin, given)
            yield from [held] if whole else pieces
            given = held if whole else pieces[-1]
        held, pieces = line, [line]


def _stacks_in_rows_joined(lines: list[LTTextLine], laparams: LAParams) -> list[LTTextLine]:
    """The lines, each two parts of one row of prose with a stack of script-size pieces between them
    (``_stack_between``) made one line, the stack written "a/b" (``_stack_glyph``): TeX sets a tall
    in-line fraction (bmsmanual.pdf's "Fγ ≡ R²γ(N−1−kγ)/((1−R²γ)kγ) and R²γ is …", sub- and
    superscripts in both parts) as pieces pdfminer reads as lines of their own, and the row's two
    parts with them came out as a three-row table that took the sentence's end out of the text."""
    for before in lines:
        for after in lines:
            pieces = _stack_between(before, after, lines)
            if pieces:
                return _stacks_in_rows_joined(_row_joined(before, pieces, after, lines, laparams), laparams)
    return lines


def _stack_between(before: LTTextLine, after: LTTextLine, lines: list[LTTextLine]) -> list[LTTextLine]:
    """The lines set between ``before`` and ``after``, two parts of one row of prose (the same size and
    baseline, two prose words between them: ``_in_prose``), each of script-size glyphs
    (``MARK_SIZE``) within the gap and ``STACK_BAND`` em of the axis, over and under it both;
    else none. A display's pieces stand on rows of their own, no prose beside them."""
    gap = after.x0 - before.x1
    if before is after or not 0 < gap < STACK_WIDTH * before.height or not before.voverlap(after):
        return []
    if not _upright(before, after):
        return []
    one, other = _text_glyphs(before), _text_glyphs(after)
    if not one or not other or round(one[0].size, 1) != round(other[0].size, 1):
        return []
    size, axis = one[0].size, _axis(one)
    if abs(_axis(other) - axis) > TOUCH * size or not (_in_prose(before) or _in_prose(after)):
        return []
    between = [
        line
        for line in lines
        if line is not before
        and line is not after
        and before.x1 - TOUCH * size <= line.x0
        and line.x1 <= after.x0 + TOUCH * size
        and axis - STACK_BAND * size < line.y0
        and line.y1 < axis + STACK_BAND * size
    ]
    pieces = [line for line in between if all(g.size < MARK_SIZE * size for g in _glyphs(line))]
    if _brace_piece_between(between):
        return []
    centres = {(line.y0 + line.y1) / 2 > axis for line in pieces}
    return pieces if centres == {True, False} else []


def _row_end_fractions_joined(
    lines: list[LTTextLine], bars: list[LTCurve], laparams: LAParams
) -> list[LTTextLine]:
    """The lines, each line of the text ending in a relation sign with a fraction set after it on its
    row (``_fraction_after``) made one line with the fraction, written "a/b", and what goes on the row
    after it: a list item's condition set with a display-style fraction, "• for ñ odd and m̃ =" then
    "ñ − 1" over "2" then "+ 1" (octave-optics' Zernike note), came out as three lines and a folio-like
    "2"; the item line went out with its fraction's pieces as debris, or kept "m̃ = ñ − 1 + 1", its
    "/2" cut, a condition that reads wrongly."""
    for before in lines:
        found = _fraction_after(before, lines, bars)
        if found:
            joined = _row_joined(before, *found, lines, laparams)
            return _row_end_fractions_joined(joined, bars, laparams)
    return lines


def _fraction_after(
    before: LTTextLine, lines: list[LTTextLine], bars: list[LTCurve]
) -> tuple[list[LTTextLine], LTTextLine | None] | None:
    """The fraction's parts set right after ``before`` on its row, and the line that goes on the row
    after the fraction (None where the row ends with it), else None. ``before`` is the text's
    (``_text_row``) and ends in a relation sign; a bar (``bars``) starts within an em after it, its
    middle within ``BAR_AXIS`` em of the row's axis, and lines stand over and under it, each within
    the bar's width and an em of it, neither prose: TeX's ``\\frac`` set in display style, its parts
    at the text's size, which no rule for a script-size in-line fraction takes."""
    text = _text_glyphs(before)
    inked = [g for g in _glyphs(before) if not g.get_text().isspace()]
    if not text or not _text_row(before) or inked[-1].get_text() not in RELATIONS:
        return None
    size, axis = text[0].size, _axis(text)
    bar = next(
        (
            bar
            for bar in bars
            if 0 <= bar.x0 - before.x1 < size and abs((bar.y0 + bar.y1) / 2 - axis) < BAR_AXIS * size
        ),
        None,
    )
    if bar is None:
        return None
    middle = (bar.y0 + bar.y1) / 2
    pieces = [line for line in lines if line is not before and _fraction_part(line, bar, size)]
    if {(line.y0 + line.y1) / 2 > middle for line in pieces} != {True, False}:
        return None
    after = next((line for line in lines if _goes_on_after(line, bar, axis, size)), None)
    return pieces, after


def _text_row(line: LTTextLine) -> bool:
    """Whether the line is the text's: it holds prose (``_in_prose``) or opens with a list's mark
    (``LIST_MARKS``), which a display's row never does."""
    return _in_prose(line) or line.get_text().lstrip()[:1] in LIST_MARKS


def _fraction_part(line: LTTextLine, bar: LTCurve, size: float) -> bool:
    """Whether ``line`` is a part of the fraction whose bar is ``bar``: within the bar's width (give or
    take ``TOUCH`` em of the text's ``size``), wholly over or under it and less than an em from it,
    and no prose."""
    within = bar.x0 - TOUCH * size <= line.x0 and line.x1 <= bar.x1 + TOUCH * size
    over = 0 <= line.y0 - bar.y1 < size
    under = 0 <= bar.y0 - line.y1 < size
    return within and (over or under) and not _in_prose(line)


def _goes_on_after(line: LTTextLine, bar: LTCurve, axis: float, size: float) -> bool:
    """Whether ``line`` goes on the row after the fraction whose bar is ``bar``: it starts within an em
    right of the bar's end, its glyphs at the row's ``size`` and its axis within ``TOUCH`` em of the
    row's (``"+ 1"`` after "(ñ − 1)/2")."""
    text = _text_glyphs(line)
    return (
        bool(text)
        and 0 <= line.x0 - bar.x1 < size
        and round(text[0].size, 1) == round(size, 1)
        and abs(_axis(text) - axis) < TOUCH * size
    )


def _brace_piece_between(between: list[LTTextLine]) -> bool:
    """A piece of a big left brace (``pdf_brace_pieces.PIECE``) stands between the row's two parts:
    they are a `cases` display's name and a branch's condition, the script-size pieces between them the
    branches' fractions, no in-line stack (tree-puzzle.pdf's Tamura–Nei matrix, "Q_ij = {4tγ/(γ+1)
    …", read "Q_(ij) = (γ4+t1)/(γ+1) for i → j purine transition", two fractions in one)."""
    return any(PIECE.fullmatch(line.get_text().strip()) for line in between)


def _row_joined(
    before: LTTextLine,
    pieces: list[LTTextLine],
    after: LTTextLine | None,
    lines: list[LTTextLine],
    params: LAParams,
) -> list[LTTextLine]:
    """``lines`` with ``before``, the stack ``pieces`` and ``after`` (if any) made one line in its place: the
    glyphs over the row's axis over those under it, each part read left to right ("a/b", a part of
    more than one term in brackets: ``_term``); after a big operator (``LIMITED``) they are its
    limits, upper first, as a sum's read elsewhere (Rmpfr-pkg.pdf's "lim ∑n k=1 1/k", not "∑n/k=1")."""
    glyphs = [g for line in pieces for g in _glyphs(line)]
    axis = _axis(_text_glyphs(before))
    over = sorted((g for g in glyphs if (g.y0 + g.y1) / 2 > axis), key=lambda g: g.x0)
    under = sorted((g for g in glyphs if (g.y0 + g.y1) / 2 <= axis), key=lambda g: g.x0)
    operator = [g for g in _glyphs(before) if not g.get_text().isspace()][-1:]
    if operator and operator[0].get_text() in LIMITED:  # its limits, upper first: "∑n k=1"
        written = f"{_text(over)} {_text(under)}"
    else:
        written = "/".join(_term(_text(part)) for part in (over, under))
    joined = LTTextLineHorizontal(params.word_margin)
    rest = _glyphs(after) if after is not None else []
    for glyph in [*_glyphs(before), _stack_glyph(written, glyphs, _glyphs(before)), *rest]:
        joined.add(glyph)
    gone = {id(line) for line in (*pieces, after)}
    return [joined if line is before else line for line in lines if id(line) not in gone]


def _pieces_on_prose_rows_joined(lines: list[LTTextLine], params: LAParams) -> list[LTTextLine]:
    """The lines, each piece of a formula that opens a row of prose (``_opens_row``) joined to the
    row's line after it: an in-line formula is the sentence's, read as its symbols. TeX sets an
    in-line sum's limits and a binomial in script-size pieces that pdfminer read as a line of their
    own before the text's (bmsmanual.pdf's "… a prior expected model size of ∑_{k=0}^{K} (K choose k)
    k 2^{−K} = K/2": its "∑K k=0 (K" was cut as a display's math, "k)k2^(−K) = K/2" left in the
    text). So is a list item's mark ("•") read as a line of its own before its text (``_mark_before``),
    and a formula's piece that closes the row (``_closes_row``), joined to the row's line before it."""
    for host in lines:
        piece = next(
            (
                line
                for line in lines
                if (_opens_row(line, host) or _mark_before(line, host)) and not _goes_on(line, lines)
            ),
            None,
        )
        closing = next(
            (line for line in lines if _closes_row(line, host) and not _row_goes_on(line, lines)), None
        )
        if piece is not None or closing is not None:
            joined = LTTextLineHorizontal(params.word_margin)
            for glyph in (
                [*_glyphs(piece), *_glyphs(host)]
                if piece is not None
                else [*_glyphs(host), *_glyphs(closing)]
            ):
                joined.add(glyph)
            rest = [joined if line is host else line for line in lines if line is not (piece or closing)]
            return _pieces_on_prose_rows_joined(rest, params)
    return lines


def _goes_on(piece: LTTextLine, lines: list[LTTextLine]) -> bool:
    """Whether another line on the row of ``piece`` starts before it (a line above at its margin, that
    a tall sum's box reaches, is none) and ends less than an em before it starts, or past that: the
    piece goes on that line (a prime or an exponent raised after a name, ``pdf_math_pieces``) or
    stands under its end (a tall fraction's denominator under a numerator read onto the text's
    line, which the display rules take out whole), opening no row."""
    return any(
        line is not piece
        and line.voverlap(piece)
        and line.x0 < piece.x0 - TOUCH * piece.height
        and line.x1 >= piece.x0 - piece.height
        for line in lines
    )


def _opens_row(piece: LTTextLine, host: LTTextLine) -> bool:
    """Whether ``piece`` opens the row of ``host``, a line that holds words (``_holds_words``): it
    starts left of the host and ends within an em of its start, overlapping its height, its glyphs no
    prose, mostly script-size (``MARK_SIZE``), one a formula's (``_math_glyph``), within ``STACK_BAND``
    em of the host's axis."""
    if piece is host or not piece.voverlap(host) or not piece.x0 < host.x0 or not _upright(piece, host):
        return False
    if abs(piece.x1 - host.x0) > host.height or _in_prose(piece) or not _holds_words(host):
        return False
    text, inked = _text_glyphs(host), [g for g in _glyphs(piece) if not g.get_text().isspace()]
    if not text or not inked:
        return False
    size, axis = text[0].size, _axis(text)
    small = [g for g in inked if g.size < MARK_SIZE * size]
    band = axis - STACK_BAND * size < piece.y0 and piece.y1 < axis + STACK_BAND * size
    return 2 * len(small) > len(inked) and band and any(map(_math_glyph, inked))


def _closes_row(piece: LTTextLine, host: LTTextLine) -> bool:
    """Whether ``piece`` closes the row of ``host``, a line that holds words (``_holds_words``): it
    starts within an em right of the host's end, overlapping its height, its glyphs no prose, one of
    them script-size (``MARK_SIZE``) and one a formula's (``_math_glyph``), within ``STACK_BAND`` em of
    the host's axis. An in-line fraction whose numerator stands higher than the row's text (markovchain's
    "… ln fij/(fi.P(Ej|Ei)) ∼", the fraction and its "∼" read as a line of their own, ``_with_fraction``)
    sorted over its row and came out a paragraph between the sentence's two lines."""
    if piece is host or not piece.voverlap(host) or not 0 <= piece.x0 - host.x1 <= host.height:
        return False
    if not _upright(piece, host) or _in_prose(piece) or not _holds_words(host):
        return False
    text, inked = _text_glyphs(host), [g for g in _glyphs(piece) if not g.get_text().isspace()]
    if not text or not inked:
        return False
    size, axis = text[0].size, _axis(text)
    band = axis - STACK_BAND * size < piece.y0 and piece.y1 < axis + STACK_BAND * size
    small = any(g.size < MARK_SIZE * size for g in inked)
    return band and small and any(map(_math_glyph, inked))


def _row_goes_on(piece: LTTextLine, lines: list[LTTextLine]) -> bool:
    """Whether another of the lines goes on the piece's row within an em right of its end: the piece
    stands inside the row, not at its close (a prime raised between "… Ai" and "(x) as plotted …",
    which the rules for a script inside a line join to its name)."""
    return any(
        line is not piece and line.voverlap(piece) and 0 <= line.x0 - piece.x1 <= piece.height
        for line in lines
    )


def _mark_before(piece: LTTextLine, host: LTTextLine) -> bool:
    """Whether ``piece`` is a list item's mark alone (``LIST_MARKS``: "•", "◦", "▪"), set on the row of
    ``host``, a line that holds words, and ending within an em left of its start: the item's label.
    DocBook (jadetex) draws each bullet apart from its item's text, smaller and lower, and pdfminer
    read five of libraw1394.pdf's seven bullets as lines of their own, cut as debris, the other two
    as the text's ("• write (quadlets and blocks)"): a list's items read alike, each with its mark."""
    return (
        piece is not host
        and piece.get_text().strip() in LIST_MARKS
        and piece.voverlap(host)
        and 0 <= host.x0 - piece.x1 <= host.height
        and _upright(piece, host)
        and _holds_words(host)
    )


def _math_glyph(glyph: LTChar) -> bool:
    """Whether the glyph is a formula's: set in a TeX math font or a mathematical sign ("∑", "="); a
    note's number read apart before its note's line is none."""
    return (
        bool(TEX_MATH_FONT.match(glyph.fontname or ""))
        or unicodedata.category(glyph.get_text()[:1] or " ") == "Sm"
    )


def _upright(*lines: LTTextLine) -> bool:
    """Whether every glyph of the lines is set upright: a turned label's glyphs, which pdfminer reads
    a line each (``rotated_text`` joins them), are no row's pieces (GOST 2.105-95's turned
    "подшипника" lost its "п" to the row of its next glyph)."""
    return all(glyph.upright for line in lines for glyph in _glyphs(line))


def _holds_words(line: LTTextLine) -> bool:
    """Whether the line holds a word of ``WORD_LETTERS`` letters or more in the text's fonts (no TeX
    math font): prose ("• Concept: p(Mγ) ∝ …"), not an operator's name ("log", "exp")."""
    text = "".join(
        "#" if isinstance(obj, LTChar) and TEX_MATH_FONT.match(obj.fontname or "") else obj.get_text()
        for obj in line
    )
    return re.search(rf"[^\W\d_]{{{WORD_LETTERS},}}", text) is not None


def _axis(text: list[LTChar]) -> float:
    """The math axis of a row of text glyphs: ``AXIS`` em over their baseline (their text matrix's y)."""
    return sorted(g.matrix[5] for g in text)[len(text) // 2] + AXIS * text[0].size


def _glyphs(line: LTTextLine) -> list[LTChar]:
    """The line's glyphs, its space glyphs among them."""
    return [c for c in line if isinstance(c, LTChar)]


def _text_glyphs(line: LTTextLine) -> list[LTChar]:
    """The line's inked glyphs of its most common size."""
    inked = [c for c in _glyphs(line) if not c.get_text().isspace()]
    if not inked:
        return []
    size = Counter(round(c.size, 1) for c in inked).most_common(1)[0][0]
    return [c for c in inked if round(c.size, 1) == size]


def _scripts_joined(
    lines: Iterable[LTTextLine], bars: list[LTCurve], prose: bool = False
) -> Iterator[LTTextLine]:
    """The lines, each that goes on the one before it from a stacked script (``_stacked_script``)
    joined to it; with ``prose``, only to a line of prose (``_in_prose``): once fractions are joined, a
    sentence's sum goes on its line ("σ̂² = 1/(n−k) ∑ⁿᵢ₌₁ û²ᵢ. Another …"), while a display's limits stay
    pieces for the display rules (gnuplot.pdf's "Q(a, x) = 1/Γ(x) ∫ ∞ ta−1 e−t dt" over its "x")."""
    held: LTTextLine | None = None
    for line in lines:
        if held is not None and (not prose or _in_prose(held)) and _stacked_script(held, line, bars):
            for obj in line:
                if isinstance(obj, LTChar):
                    held.add(obj)
            continue
        if held is not None:
            yield held
        held = line
    if held is not None:
        yield held


def _text_line(line: LTTextLine, margin: float, before: LTTextLine | None = None) -> bool:
    """Whether the line is the text's, where fractions are read into it: it holds prose
    (``_in_prose``) or starts at the page's left ``margin`` (within ``FRACTION_MARGIN`` em of its
    first glyph), where a centred display never starts: a list's entry of formulas,
    "method='median': d(K, L) = 1/2 d(I, L) + …" (fastcluster.pdf), had no two words in a row. A
    piece that goes on the text's line ``before`` on its row (``_goes_on_row``) is the text's too:
    pdfminer broke "… Hence, n1,max(k) = ⌊((k+1)n0−1)/k⌋ = n0 + ⌊(n0−1)/k⌋, and …" after the first
    fraction, and the formula's rest, no prose of its own, came out in pieces (fastMcd-kmini.pdf)."""
    first = next((c for c in line if isinstance(c, LTChar)), None)
    at_margin = first is not None and line.x0 - margin < FRACTION_MARGIN * first.size
    goes_on = before is not None and _goes_on_row(line, before) and _text_line(before, margin)
    return at_margin or _in_prose(line) or goes_on


def _goes_on_row(line: LTTextLine, before: LTTextLine) -> bool:
    """Whether ``line`` starts where ``before`` ends (within ``FRACTION_MARGIN`` em of its first
    glyph) and shares half the height of the lower of the two: the rest of one row of text."""
    first = next((c for c in line if isinstance(c, LTChar)), None)
    return (
        first is not None
        and 0 <= line.x0 - before.x1 < FRACTION_MARGIN * first.size
        and line.voverlap(before) >= 0.5 * min(line.height, before.height)
    )


def _in_prose(line: LTTextLine) -> bool:
    """Whether the line holds two words in a row in the text's fonts (no TeX math font), two
    letters or more each ("the condition", ". The probability"): a sentence's line, where fractions
    are read into it. A display's row holds operator names between brackets and signs ("exp (−γ|τ|[1
    + iβ 2/π(sign(τ)) log |τ|]", gmm_with_R.pdf), whose pieces the display rules lay out by rows."""
    text = "".join(
        "#" if isinstance(obj, LTChar) and TEX_MATH_FONT.match(obj.fontname or "") else obj.get_text()
        for obj in line
    )
    return bool(PROSE_WORDS.search(text))


def _stacked_script(line: LTTextLine, then: LTTextLine, bars: list[LTCurve]) -> bool:
    """Whether pdfminer's line ``then`` goes on ``line`` from a script stacked on one base with the
    script that ends ``line``: TeX sets an inline operator's limits or a letter's sub- and superscript
    one over the other ("∑" with "m" over "j=1", "x" with "2" over "i"), and pdfminer, which joins a
    glyph to a line only where it shares half its height with the glyph before it, broke the line
    between the two. The pieces came out as lines, often in other boxes, and the sentence was read
    in pieces ("Dii = ∑m" / "j=1 Kij, and", the second cut). Both lines are horizontal, the two
    glyphs are scripts stacked on one base (``pdf_spacing.stacked_under``), and the next one shares
    half its height with the line's last letter or digit of its most common size (it is on the line).
    A display's limits, set above and below its operator, stand off the text's line and stay lines of
    their own; so does a fraction set in a line ("πα" over "2"), a rule between its two parts
    (``_fraction``), whose pieces the display rules lay out by their rows.
    """
    if not isinstance(line, LTTextLineHorizontal) or not isinstance(then, LTTextLineHorizontal):
        return False
    glyphs = [c for c in line if isinstance(c, LTChar) and not c.get_text().isspace()]
    after = next((c for c in then if isinstance(c, LTChar) and not c.get_text().isspace()), None)
    if not glyphs or after is None or not (glyphs[-1].upright and after.upright):
        return False
    size = Counter(round(c.size, 1) for c in glyphs).most_common(1)[0][0]
    text = [c for c in glyphs if round(c.size, 1) == size]
    on_line = any(after.voverlap(body) > 0.5 * min(after.height, body.height) for body in _on_baseline(text))
    return on_line and stacked_under(glyphs, after, size) and not _fraction(glyphs[-1], after, bars)


def _on_baseline(text: list[LTChar]) -> list[LTChar]:
    """The glyphs that show where the line's text stands: its last letter or digit (an operator such as
    "∑" sits higher), and its last one in a text font: a math font's letter may have a box its font
    sets higher ("ℤ" in msbm, before "m" over "n" at a reference's line end), and the last letter or
    digit keeps what it found before ("dx" with "2" over "i", diffcoeff.pdf)."""
    letters = [c for c in text if c.get_text().isalnum()]
    plain = [c for c in letters if not TEX_MATH_FONT.match(c.fontname or "")]
    return [*(letters or text)[-1:], *plain[-1:]]


def _fraction(one: LTChar, other: LTChar, bars: list[LTCurve]) -> bool:
    """Whether a drawn rule (``bars``: thin, horizontal) lies between the two glyphs, across the
    middle of both: a fraction's bar between its numerator and denominator, not two scripts."""
    low, high = sorted(((one.y0 + one.y1) / 2, (other.y0 + other.y1) / 2))
    return any(
        low < (bar.y0 + bar.y1) / 2 < high
        and all(bar.x0 <= (glyph.x0 + glyph.x1) / 2 <= bar.x1 for glyph in (one, other))
        for bar in bars
    )


PROSE_WORDS = re.compile(r"[^\W\d_]{2,} [^\W\d_]{2,}")  # two words in a row
FRACTION_MARGIN = 1.0  # em of the text: a fraction's bar is this much wider than its wider part at most
FRACTION_BAND = 0.5  # em of the text: an in-line fraction reaches this far over or under its line's glyphs
STACK_WIDTH = 8.0  # em of the text: a stack between two parts of a row of prose is this wide at most
STACK_BAND = 1.5  # em of the text over and under its axis: a stack's scripts reach this far at most
WORD_LETTERS = 4  # a word of prose beside a formula's pieces: "where", "Concept", no "log" or "max"
LIMITED = frozenset("∑∏∐⋃⋂⨁⨂∫∮")  # big operators whose stacked scripts are limits, no fraction
AXIS = 0.25  # em of the text over its baseline: TeX's math axis, where a fraction's bar sits
BAR_AXIS = 0.25  # em: a fraction's bar set after a row of text is this close to the row's axis at most
FRACTION_TERMS = frozenset("+-−±∓·×∗/ ")  # a part holding one of these is written in parentheses
LIST_MARKS = frozenset("•◦▪‣∙")  # a list item's mark, drawn alone before its text
RELATIONS = frozenset("=<>≤≥≠≡≈⇒→")  # a line of text that ends in one goes on with a formula
Stack = tuple[list[LTChar], list[LTChar], str]  # a stack's upper and lower part, and how it is written


def _with_fraction(
    line: LTTextLine, then: LTTextLine, bars: list[LTCurve], laparams: LAParams
) -> LTTextLine | None:
    """``line`` and ``then`` made one line where ``line`` ends with the numerator of a fraction set in
    a sentence and ``then`` opens with its denominator (``_inline_fraction``), the fraction written as
    one glyph "a/b" (``_stack_glyph``), or with a binomial's top and bottom (``_inline_binomial``),
    written "a choose b" (``pdf_spacing.binomial``), else None. TeX sets an in-line ``\\frac`` as two
    script-size parts over and under a short rule on the line's axis, and ``\\binom`` likewise
    without the rule; pdfminer, which wants each glyph to share half its height with the one before
    it, breaks the line between the parts, and again at the next fraction, so "…is 999/2000 ≈ 1/2.
    The …" came out as "…is999" / "2000 ≈ 1" / "2. The" (UrnTheory.pdf), "(among (n h) ≈ (n n/2))
    the basic idea" as "… ≈ (n" / "n/2)) the basic idea", a paragraph of its own (fastMcd-kmini.pdf).
    A display's fraction, set at the text's size, stays apart."""
    if not isinstance(line, LTTextLineHorizontal) or not isinstance(then, LTTextLineHorizontal):
        return None
    glyphs = [c for c in line if isinstance(c, LTChar) and not c.get_text().isspace()]
    rest = [c for c in then if isinstance(c, LTChar) and not c.get_text().isspace()]
    if not glyphs or not rest:
        return None
    across = (bar for bar in bars if _fraction(glyphs[-1], rest[0], [bar]))  # cheap: one pair of glyphs
    found = next((f for bar in across if (f := _inline_fraction(glyphs, rest, bar))), None)
    found = found or _inline_binomial(glyphs, rest)
    if found is None:
        return None
    over, under, written = found
    fraction = _stack_glyph(written, [*over, *under], [*glyphs, *rest])
    if rest[len(under) :] and rest[len(under)].get_text().isalnum():
        fraction._text += " "  # a factor after it: "1/2 d(I, L)", not "1/2d(I, L)" (one over 2d)
    stacked = {id(glyph) for glyph in (*over, *under)}  # the rest keeps its space glyphs: "⌋ = a + ⌊"
    joined = LTTextLineHorizontal(laparams.word_margin)
    for glyph in [*(c for c in line if isinstance(c, LTChar) and id(c) not in stacked), fraction]:
        joined.add(glyph)
    for glyph in (c for c in then if isinstance(c, LTChar) and id(c) not in stacked):
        joined.add(glyph)
    return joined


def _inline_fraction(glyphs: list[LTChar], rest: list[LTChar], bar: LTCurve) -> Stack | None:
    """The numerator that ends ``glyphs`` and the denominator that opens ``rest`` where ``bar`` is an
    in-line fraction's rule between them, and the fraction written "a/b" (a part of more than one
    term in parentheses: "1/(n+1)"): both parts script-size, centred over and under the bar, which
    is no wider than the wider part and ``FRACTION_MARGIN`` em, and set in a line of text
    (``_within_line``)."""
    middle = (bar.y0 + bar.y1) / 2

    def across(glyph: LTChar) -> bool:
        return bar.x0 <= (glyph.x0 + glyph.x1) / 2 <= bar.x1

    over = list(takewhile(lambda g: across(g) and (g.y0 + g.y1) / 2 > middle, glyphs[::-1]))[::-1]
    under = list(takewhile(lambda g: across(g) and (g.y0 + g.y1) / 2 < middle, rest))
    beside = _text_beside(glyphs[: len(glyphs) - len(over)], rest[len(under) :])
    if not over or not under or beside is None or not _within_line(over, under, middle, beside):
        return None
    wider = max(max(g.x1 for g in part) - min(g.x0 for g in part) for part in (over, under))
    if bar.width > wider + FRACTION_MARGIN * beside.size:
        return None
    return over, under, "/".join(_term(_text(part)) for part in (over, under))


def _inline_binomial(glyphs: list[LTChar], rest: list[LTChar]) -> Stack | None:
    """The top that ends ``glyphs`` and the bottom that opens ``rest`` where they are a binomial
    set in a line of text (``_within_line``), and the binomial written "a choose b": runs of glyphs
    smaller than the line's largest (``pdf_math_pieces.MARK_SIZE``) after an opening bracket, as
    ``\\binom`` sets them, and before the closing one where the line goes on (a fraction whose bar
    the page draws as no rule is none: bridgesampling_tutorial.pdf's "Γ(α)Γ(β)" over "Γ(α+β)"), the
    bottom wholly under the top and centred under it (``TOUCH`` em), the line's axis between them."""
    largest = max(g.size for g in (*glyphs, *rest))
    over = list(takewhile(lambda g: g.size < MARK_SIZE * largest, glyphs[::-1]))[::-1]
    under = list(takewhile(lambda g: g.size < MARK_SIZE * largest, rest))
    before, after = glyphs[: len(glyphs) - len(over)], rest[len(under) :]
    if not over or not under or min(g.y0 for g in over) < max(g.y1 for g in under):
        return None
    bracketed = (
        before and before[-1].get_text() in BRACKETS[0] and (not after or after[0].get_text() in BRACKETS[1])
    )
    centres = [(min(g.x0 for g in part) + max(g.x1 for g in part)) / 2 for part in (over, under)]
    middle = (min(g.y0 for g in over) + max(g.y1 for g in under)) / 2
    beside = _text_beside(before, after)
    centred = abs(centres[0] - centres[1]) <= TOUCH * largest
    if not (bracketed and centred) or beside is None or not _within_line(over, under, middle, beside):
        return None
    return over, under, binomial(_text(over), _text(under))


def _within_line(over: list[LTChar], under: list[LTChar], middle: float, beside: LTChar) -> bool:
    """Whether a stack of two parts with its axis at the height ``middle`` stands in a line of text
    beside the glyph ``beside`` (``_text_beside``): both parts script-size (``pdf_math_pieces.MARK_SIZE``
    of that glyph's), and the glyph spans the axis, with the stack inside its height give or take
    ``FRACTION_BAND`` em."""
    size = beside.size
    return (
        all(g.size < MARK_SIZE * size for g in (*over, *under))
        and beside.y0 < middle < beside.y1
        and max(g.y1 for g in over) <= beside.y1 + FRACTION_BAND * size
        and min(g.y0 for g in under) >= beside.y0 - FRACTION_BAND * size
    )


def _text_beside(before: list[LTChar], after: list[LTChar]) -> LTChar | None:
    """The glyph of the text next to a stack: the first after it, else the last before it; where
    that is one of the math extension font's glyphs, whose boxes are guessed (``_where_drawn``) and
    may sit higher than their line, the text's last glyph before the stack, else its first after:
    "⌊" of "⌊(n+p+1)/2⌋" hangs an em from a baseline raised over the text's, so measured by it the
    denominator fell out of the line and stayed a line of its own (fastMcd-kmini.pdf). Before the
    stack, not after: an "∫" after "y/π" stands before the next fraction's raised numerator."""
    nearest = after[0] if after else before[-1] if before else None
    if nearest is None or not TEX_EXTENSION_FONT.match(nearest.fontname or ""):
        return nearest
    text = [g for g in (*before[::-1], *after) if not TEX_EXTENSION_FONT.match(g.fontname or "")]
    return text[0] if text else None


def _text(part: list[LTChar]) -> str:
    """The glyphs' text, in order, an accent drawn over a letter read with it (``_accents_combined``):
    the stack is one glyph after this, which the line's own accent rule no longer parts ("(ñ−1)/2",
    not "(n˜−1)/2")."""
    return "".join(g.get_text() for g in _accents_combined(part))


def _stack_glyph(written: str, parts: list[LTChar], line: list[LTChar]) -> LTChar:
    """One glyph for a fraction or binomial, reading ``written``, boxed around its glyphs ``parts``
    and standing on the baseline of the line's text (its
    most common size), so the line reader takes it for neither a raised footnote mark nor a
    subscript."""
    size = Counter(round(c.size, 1) for c in line).most_common(1)[0][0]
    text = next((c for c in line if round(c.size, 1) == size), parts[0])
    glyph = copy.copy(parts[0])
    glyph._text = written
    glyph.matrix = (*parts[0].matrix[:5], text.matrix[5])
    glyph.set_bbox(enclosing(g.bbox for g in parts))
    return glyph


def _term(part: str) -> str:
    """A fraction's part as written after or before a slash: in parentheses when it has more than
    one term ("n+1")."""
    return f"({part})" if FRACTION_TERMS & set(part) else part


def _distance(obj1: LTComponent, obj2: LTComponent) -> float:
    """pdfminer's distance: the area of the rectangle around both less the area of each."""
    x0, y0 = min(obj1.x0, obj2.x0), min(obj1.y0, obj2.y0)
    x1, y1 = max(obj1.x1, obj2.x1), max(obj1.y1, obj2.y1)
    return (x1 - x0) * (y1 - y0) - obj1.width * obj1.height - obj2.width * obj2.height


def _between(plane: Plane, obj1: LTComponent, obj2: LTComponent) -> bool:
    """Whether another element of the plane stands inside the rectangle around both."""
    x0, y0 = min(obj1.x0, obj2.x0), min(obj1.y0, obj2.y0)
    x1, y1 = max(obj1.x1, obj2.x1), max(obj1.y1, obj2.y1)
    return any(obj is not obj1 and obj is not obj2 for obj in plane.find((x0, y0, x1, y1)))
