"""A plot's legend and axis title that a page sets itself, in its own font, round an included graphic.

A slide or a paper that includes a plot drawn by another program (gnuplot's pdfcairo output: a Form
XObject holding the plot's frame, curves and tick values) may set the plot's legend in the document's
own font under it, each key a short coloured bar drawn left of its label, and the x axis's title
between the plot and the keys (loudness-meter-pres.pdf's "RMS, 1st order filter" / "Average, 1st
order filter" / … under its VU meter response, "Sting – Moon over Bourbon street" over "400ms window"
and "3s window"). The form's tick values are figure labels (``pdf_drawings._figure_lines``), but the
page's own lines are set in the text's size, stand by no drawing (a form that sets text of its own
is no ``pdf_lines._graphics`` box, and pdfminer reads its shapes apart from the page's) and under no
"Figure N" caption, so every small-print and caption rule of ``pdf_debris`` missed them and each was
kept as a paragraph of the slide.

The key is what tells a legend: a drawn sample of a plotted line, a shape ``KEY_ASPECT`` times as long
as it is tall at least (a list's bullet, a ball, a square, a triangle, is about as tall as wide:
``pdf_drawn_labels.LABEL_ASPECT``), ``KEY_HEIGHT`` of its label's size thin and ``KEY_LENGTH`` em long
at most, ending ``KEY_GAP`` em or less left of its label's start on its row. The area from the
graphic's top down to its lowest keyed row, its keys within ``DRAWING_REACH`` em of the graphic's
foot, is the figure's: each line there centred within the graphic's width that is a label (a few
words, ``LABEL_WORDS``, no sentence or clause end, no list item, no float's caption, no code) is
figure text. Prose under a plot, a list beside it, a caption "Figure 2: …" and all round a graphic
with no key stay the text's.
"""

from __future__ import annotations

from sloika.pipelines.formats.pdf_drawings import DRAWING_REACH
from sloika.pipelines.formats.pdf_line_record import MARK, MARKED_ITEM, Line, Rule

KEY_ASPECT = 2.0  # a key's sample line is at least this many times as long as it is tall
KEY_HEIGHT = 0.5  # of its label's size: a key's sample line is this thin at most
KEY_LENGTH = 3.0  # em of its label's size: a key's sample line is this long at most
KEY_GAP = 1.5  # em: a key ends at most this far left of its label's start
# a plot's label has at most this many words: an axis title is set whole on one line however long
# ("A. Bruckner – Symphony No. 9, Feierlich, misterioso", 8 tokens), as ``pdf_debris.PLOT_TITLE_WORDS``
LABEL_WORDS = 12
LABEL_ENDS = (".", "!", "?", ":", ";")  # a line ending so ends a sentence or leads into more: no label


def legend_lines(lines: list[Line], graphics: list[Rule], shapes: list[Rule]) -> list[Line]:
    """The lines of ``lines`` that are a legend's labels or an axis title set round one of
    ``graphics`` (the boxes of the page's included forms, top down), in the area its keys (drawn
    among ``shapes``, the boxes of the page's own drawn shapes) close under it (``_figure_area``)."""
    areas = [area for area in (_figure_area(graphic, lines, shapes) for graphic in graphics) if area]
    return [ln for ln in lines if any(_inside(ln, area) for area in areas) and _label(ln)]


def _figure_area(graphic: Rule, lines: list[Line], shapes: list[Rule]) -> Rule | None:
    """The graphic's box grown down over its lowest label with a key (``_keyed``) whose top stands
    within ``DRAWING_REACH`` em of the graphic's foot, or under it; None where no label has a key."""
    x0, top, x1, bottom = graphic
    keyed = [
        ln
        for ln in lines
        if x0 <= (ln.x0 + ln.x1) / 2 <= x1
        and top <= ln.top <= bottom + DRAWING_REACH * ln.size
        and _label(ln)
        and any(_keyed(ln, shape) for shape in shapes)
    ]
    return (x0, top, x1, max(bottom, *(ln.bottom for ln in keyed))) if keyed else None


def _keyed(line: Line, shape: Rule) -> bool:
    """``shape`` is ``line``'s key: a thin sample of a plotted line (``KEY_ASPECT``, ``KEY_HEIGHT``,
    ``KEY_LENGTH``) ending ``KEY_GAP`` em or less left of the line's start, its middle within the
    line's height."""
    x0, top, x1, bottom = shape
    width, height = x1 - x0, bottom - top
    return (
        height <= KEY_HEIGHT * line.size
        and KEY_ASPECT * height <= width <= KEY_LENGTH * line.size
        and 0 <= line.x0 - x1 <= KEY_GAP * line.size
        and line.top <= (top + bottom) / 2 <= line.bottom
    )


def _inside(line: Line, area: Rule) -> bool:
    """``line`` stands in the figure's ``area``, its middle across within the graphic's width."""
    x0, top, x1, bottom = area
    return x0 <= (line.x0 + line.x1) / 2 <= x1 and top <= line.top and line.bottom <= bottom


def _label(line: Line) -> bool:
    """A plot's label: a few words (``LABEL_WORDS``), no sentence or clause end (``LABEL_ENDS``), no
    list item, no float's caption, not code."""
    # pdf_tables imports pdf_lines, which imports this module
    from sloika.pipelines.formats.pdf_tables import FLOAT_CAPTION

    text = MARK.sub("", line.text).strip()
    return (
        not line.mono
        and 0 < len(text.split()) <= LABEL_WORDS
        and not text.endswith(LABEL_ENDS)
        and not MARKED_ITEM.match(text)
        and not FLOAT_CAPTION.match(text)
    )
