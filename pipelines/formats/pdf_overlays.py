"""A slide deck's overlays: text set off the page, and one frame printed as several pages.

beamer builds a frame with ``\\pause``, ``\\only`` or ``\\uncover`` as several pages, a step each, all
under the frame's title at one place: each step shows more of the frame, or another ``\\only`` part.
Read page by page the frame comes back once a step (whizzytex's "An example with Overlays" four
times, its first item on each); a corpus wants it once. Two slides (pages wider than tall) are steps
of one frame where both open with the frame's title at one place, set larger than the rest of the
first (``_one_frame``). A
step whose every line the next step shows at the same place (the same text there, or more of it: a
line a ``\\pause`` cut short) is one the next holds whole and goes (``OVERLAY_STEP``); of the steps
left, a step loses the lines the step before it shows at their places, the title and another line at
least, or any where the two bear one page label, so an ``\\only`` part's lines are read once each, in
the order the steps show them (``overlay_steps``). A PDF's page labels (hyperref's, beamer's frame
number on each of its steps) part two frames: pages labelled differently are never steps of one.

A covered part can be set outside the page instead of hidden: whizzytex's steps set it 2000 pt off,
where no viewer shows it; read, it tore the step's lines out of order and, as the page's outermost
row, kept the headline's section navigation from being read as furniture. A line wholly outside the
page's box (``off_page``) is no text of the page (``OFF_PAGE``).
"""

from __future__ import annotations

from sloika.pipelines.formats.pdf_line_record import Line

OFF_PAGE = "off_page"  # why a line set wholly outside its page left the text
OVERLAY_STEP = "overlay_step"  # why a frame's step whose lines another step shows left the text
PLACE = 1.0  # pt: a line two steps of a frame show stands this near one place on both, each way


def off_page(chars: list, page) -> bool:
    """The glyphs ``chars`` lie wholly outside the laid-out ``page``'s box: no viewer shows them."""
    x0, y0, x1, y1 = page.bbox
    return bool(chars) and (
        min(c.x0 for c in chars) >= x1
        or max(c.x1 for c in chars) <= x0
        or min(c.y0 for c in chars) >= y1
        or max(c.y1 for c in chars) <= y0
    )


def slide_pages(data: bytes, count: int) -> tuple[list[str], list[bool]]:
    """The ``count`` pages' labels as the PDF's ``/PageLabels`` give them (beamer's frame numbers, "4"
    on each step of frame 4; none where it has none or they cannot be read), and for each page whether
    it is a slide: wider than tall as shown (its media box, turned by its ``/Rotate``)."""
    from pdfminer.pdfpage import PDFPage

    from sloika.pipelines.formats.pdf_object_streams import open_document

    try:
        document = open_document(data)
        pages = [page for page, _ in zip(PDFPage.create_pages(document), range(count), strict=False)]
        slides = [_wide(page.mediabox, page.rotate) for page in pages]
    except Exception:  # noqa: BLE001 - a page tree pdfminer read once but cannot walk again: no slides
        return [], []
    try:
        return [label for label, _ in zip(document.get_page_labels(), range(count), strict=False)], slides
    except Exception:  # noqa: BLE001 - no labels, or labels pdfminer cannot read: the pages decide
        return [], slides


def _wide(box: list[float], rotate: int) -> bool:
    """The page box ``box`` (x0, y0, x1, y1), turned by ``rotate`` degrees, is wider than tall."""
    width, height = abs(box[2] - box[0]), abs(box[3] - box[1])
    return (height > width) if rotate % 180 else (width > height)


def overlay_steps(pages: list[list[Line]], labels: list[str], slides: list[bool]) -> set[int]:
    """The ids of the lines of ``pages`` (their furniture out) that another step of their frame shows,
    on ``slides`` only (a paper's pages built alike are no frame's steps): every line of a step the
    next step of its frame shows whole (``_held``), and of the steps left, each line a step shows at
    the place the step before it shows it. Labels all alike label no frame (a prefix alone on every
    page)."""
    labels = labels if len(set(labels)) > 1 else []
    slides = [*slides, *[False] * (len(pages) - len(slides))]
    held = {
        at
        for at in range(len(pages) - 1)
        if slides[at]
        and slides[at + 1]
        and _one_frame(pages[at], pages[at + 1], labels, at, at + 1)
        and _held(pages[at], pages[at + 1])
    }
    gone = {id(line) for at in held for line in pages[at]}
    left = [at for at, page in enumerate(pages) if page and at not in held]
    for before, at in zip(left, left[1:], strict=False):
        page, then = pages[before], pages[at]
        if slides[before] and slides[at] and _one_frame(page, then, labels, before, at):
            shown = [line for line in then if any(_shown(line, other) for other in page)]
            if len(shown) > 1 or (before < len(labels) and labels[before]):  # more than the title alike
                gone |= {id(line) for line in shown}
    return gone


def _one_frame(page: list[Line], then: list[Line], labels: list[str], at: int, after: int) -> bool:
    """``page`` (page ``at``) and ``then`` (page ``after``) may be steps of one frame: both open with
    one title at one place, set larger than the rest of ``page`` (a frame's title), and the PDF labels
    them alike or not at all (``_labelled_alike``)."""
    if not (page and then):
        return False
    title, opening = min(page, key=lambda ln: ln.top), min(then, key=lambda ln: ln.top)
    return (
        _labelled_alike(labels, at, after)
        and _shown(title, opening)
        and all(title.size > line.size for line in page if line is not title)
    )


def _held(page: list[Line], then: list[Line]) -> bool:
    """Every line of ``page`` stands on ``then`` at its place, ``then``'s line there reading it or
    more (``_grown``)."""
    return all(any(_grown(line, other) for other in then) for line in page)


def _labelled_alike(labels: list[str], at: int, after: int) -> bool:
    """The two pages bear one label, or the PDF labels them not (a deck without hyperref's labels)."""
    return len(labels) <= max(at, after) or labels[at] == labels[after]


def _shown(line: Line, other: Line) -> bool:
    """``other`` reads ``line`` at its place."""
    return other.text == line.text and _at_place(line, other)


def _grown(line: Line, other: Line) -> bool:
    """``other`` reads ``line``, or more after it (a line a ``\\pause`` parted), at its place."""
    return other.text.startswith(line.text) and _at_place(line, other)


def _at_place(line: Line, other: Line) -> bool:
    """The two lines start at one place (``PLACE``)."""
    return abs(line.x0 - other.x0) <= PLACE and abs(line.top - other.top) <= PLACE
