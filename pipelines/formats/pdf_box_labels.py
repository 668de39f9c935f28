"""A code box's label: the short title a framed box sets over its code, the same over every box.

A vignette's class frames each code box and titles it ("R code" over each of psychTools omega.pdf's
34 boxes, centred at the box's top): the label names the kind of box, says nothing of its own, and
read into the text it stands as a stray line over every listing. It is told by where it stands (alone
on its row over monospaced lines, set in from their edge) and by labelling three boxes or more word
for word, set apart from any listing over them, and goes to ``removed`` (``box_label``); a listing's
caption ("Listing 2: Reading the data") differs from box to box and stays.
"""

from __future__ import annotations

import re
from collections import Counter

from sloika.pipelines.formats.pdf_line_record import Line, on_row

BOX_LABEL = "box_label"  # the ``removed`` record's why
LABEL = re.compile(r"[^\W\d_]+(?: [^\W\d_]+){0,2}")  # one to three words of letters: "R code", "Output"
LABEL_REACH = 2.0  # em: the box's first code line stands this near under its label, at most
LABEL_APART = 0.5  # em: a listing's row stands this near over the next one, at most
LABEL_INDENT = 2.0  # em: a label starts this far right of its code's left edge, at least
LABEL_REPEATS = 3  # boxes, at least, the same label stands over


def box_labels(pages: list[list[Line]]) -> set[int]:
    """The ids of the lines over code (``_over_code``) whose text labels ``LABEL_REPEATS`` boxes or
    more set apart from any listing over them (``_row_over``): such a text labels every box it
    stands over in the document, one stacked right under a printout of the code's size too
    (omega.pdf's "R code" under the output "V9 0.42 0.36 …" of the box before)."""
    found = [(line, page) for page in pages for line in page if _over_code(line, page)]
    apart = Counter(
        line.text.strip()
        for line, page in found
        if not any(other.top < line.top and _row_over(other, line) for other in page)
    )
    return {id(line) for line, _ in found if apart[line.text.strip()] >= LABEL_REPEATS}


def _over_code(line: Line, page: list[Line]) -> bool:
    """``line`` is a few words (``LABEL``) alone on its row over monospaced lines only, the nearest
    within ``LABEL_REACH`` em under it, starting ``LABEL_INDENT`` em or more right of the leftmost of
    them: a box's title centred over its code (omega.pdf's "R code"), no first row of a listing,
    which starts at the listing's indent ("make install" opening three listings)."""
    alone = not any(on_row(line, other) for other in page if other is not line)
    if not LABEL.fullmatch(line.text.strip()) or not alone:
        return False
    reach, em = LABEL_REACH * line.size, line.size
    under = [other for other in page if other.top > line.top and other.top - line.bottom <= reach]
    return (
        bool(under)
        and all(other.mono for other in under)
        and line.x0 >= min(other.x0 for other in under) + LABEL_INDENT * em
    )


def _row_over(other: Line, line: Line) -> bool:
    """``other`` is a monospaced line of ``line``'s size (within a point) standing at a listing's
    leading over it, ``LABEL_APART`` em or less: ``line`` may go on its listing ("return result"
    indented over the next function's "def")."""
    return (
        other.mono
        and abs(other.size - line.size) <= 1.0
        and line.top - other.bottom <= LABEL_APART * line.size
    )
