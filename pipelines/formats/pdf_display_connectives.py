"""A display's connective words left alone by displays that leave the text.

A sentence that runs through two display formulas keeps its words between them on a line of their
own: "Then:" / (display) / "and" / (display). Where the displays leave (``removed``, `debris` /
`math`: rows one line cannot hold), those words are no part of the text around them: they join
nothing before and nothing after, and the reflow read them as a paragraph of their own ("Then:
and", irlba.pdf p. 8). A line of such words between two cut displays leaves with them, a record of
its own, and so does one between a kept display and a cut one under it. A lead-in over a cut
display ("Then:") stays: a capital's word ending in a colon is as often a description list's term
over its formula (apcluster.pdf's "Euclidean:", "Maximum:"). Only the words
that join clauses (``CONNECTIVES``) are such: a paragraph's last line set between two displays is the
paragraph's end ("approxima-" / "tion", "… approximated by the" / "integral", "counter-clockwise" /
"direction:" in yacas-doc's Algo.book.pdf, where displays stand close over and under such lines).
"""

from __future__ import annotations

from dataclasses import replace

from sloika.pipelines.formats.pdf_display_formulas import record_taken
from sloika.pipelines.formats.pdf_layout import Layout
from sloika.pipelines.formats.pdf_line_record import Line
from sloika.pipelines.formats.pdf_page_rows import DEBRIS, DISPLAY, clause_link

NEAR = 1.5  # em: a display stands this close over or under the line at most (``PIECE_GAP``)


def connectives_cut(layout: Layout) -> Layout:
    """The layout with each line of connective words standing between two displays cut as `math`
    (``_between_displays``) taken out as a record of its own (why ``between_displays``)."""
    pages = []
    for page in layout.pages:
        formulas = _cut_displays(page, layout)
        above = _math_pieces(page, layout)
        pages.append(
            [
                record_taken(line, layout, "between_displays")
                if _between_displays(line, above, formulas)
                else line
                for line in page
            ]
        )
    return replace(layout, pages=pages)


def _cut_displays(page: list[Line], layout: Layout) -> list[Line]:
    """The lines of the page's display pieces that left the text as `math`, where they stood."""
    records = [int(ln.text[1:]) for ln in page if ln.text.startswith(DEBRIS)]
    return [layout.taken[at] for at in records if at in layout.taken and layout.debris[at][1] == "math"]


def _math_pieces(page: list[Line], layout: Layout) -> list[Line]:
    """The lines of the page's display pieces cut as `math`, where they stood, those of displays
    written back into the text too (``pdf_display_formulas``): a kept display's line stands in the
    place of the line over it, not where the display was set."""
    return layout.taken_on(page[0].page, "math") if page else []


def _between_displays(line: Line, above: list[Line], formulas: list[Line]) -> bool:
    """A line of text holding connective words only (``CONNECTIVES``), with a display less than
    ``NEAR`` em over it (a piece of one cut or kept, ``above``) and a cut display's piece
    (``formulas``) less than ``NEAR`` em under it: the clause it leads into left with the display
    under it (kedd.pdf's "where" between its kept (18) and the cut definition of ϕ^(r) under it,
    which read "… (18)" / "where" / "The function h.mcv …"). A line in a typewriter face
    is a table's or a program's words (msm-manual.pdf's "lower," among a table's cut formulas): it
    stays."""
    if line.text.startswith((DEBRIS, DISPLAY)) or line.mono or line.typewriter:
        return False
    if not clause_link(line.text):
        return False
    gap = NEAR * line.size
    over = any(ln.bottom <= line.top + 1 and line.top - ln.bottom < gap for ln in above)
    under = any(ln.top >= line.bottom - 1 and ln.top - line.bottom < gap for ln in formulas)
    return over and under
