"""A slide deck's frame titles: each slide's heading, never a running head.

beamer sets a frame's title in the title band at the top of each slide, larger than the slide's text,
and a talk often gives several frames one title ("Motivation and challenges" over five slides, a
section's name over thirteen): back at one place on three pages or more, the furniture step read it as
a running head and cut every one, the first slide of each section too, and the deck lost all its
headings. A deck is a document whose pages are slides (wider than tall as shown) for the most part; a
slide's frame title is its topmost line set larger than the deck's text in the page's top
``TITLE_BAND`` (``frame_titles``; a headline's navigation over it is smaller), where the slides' titles
read two texts or more. A text set there on more than half the slides is no slide's title but a
banner, the deck's furniture as its footline (author, date, frame number) and its headline's navigation
are, and the title is the topmost line under it: ebumeter-doc's loudness-meter-pres.pdf draws its red
"ζ" logo, 49 pt, over the 25 pt title of most slides, the logo was taken for every title and, a banner,
for none, and the five slides "Probability distribution - 1" … "- 5" lost their titles as a running
head (one text, the digits aside, at one place on three pages or more) while the slides titled once
kept theirs. The title heads its run of slides: a slide whose frame title repeats the title of the
slide before it reads under that one, its own copy out (``repeated_frame_titles``,
``FRAME_TITLE_AGAIN``), as a section's heading stands once over its pages.
"""

from __future__ import annotations

from collections import Counter

from sloika.pipelines.formats.pdf_line_record import Line, body_size

FRAME_TITLE_AGAIN = "frame_title_again"  # why a frame title the slide before shows left the text
TITLE_BAND = 0.2  # share of the page height at the top where a slide's frame title stands
TITLE_STEP = 1.0  # pt: a frame title is set this much larger than the deck's text, at least


def frame_titles(pages: list[list[Line]], slides: list[bool]) -> set[int]:
    """The ids of the lines of ``pages`` that are a slide deck's frame titles (``_band``: larger than
    the text set away from the pages' edges, where a footline's small type cannot outweigh it): none
    unless most pages are ``slides`` and the titles read two texts or more. A text in the title band
    of more than half the slides is a banner (a logo, the talk's name over every slide), furniture:
    the title is the topmost line of the band left without it."""
    slides = [*slides, *[False] * (len(pages) - len(slides))]
    if 2 * sum(slides) <= len(pages):
        return set()
    decks = [page for page, slide in zip(pages, slides, strict=True) if slide]
    body = body_size([[line for line in page if not line.at_edge] for page in decks])
    bands = [_band(page, body) for page in decks]
    shown = Counter(text for band in bands for text in {line.text.strip() for line in band})
    found = [
        min(lines, key=lambda line: line.top)
        for band in bands
        if (lines := [line for line in band if 2 * shown[line.text.strip()] <= len(decks)])
    ]
    if len({title.text.strip() for title in found}) < 2:
        return set()
    return {id(title) for title in found}


def _band(page: list[Line], body: float) -> list[Line]:
    """The slide's lines set ``TITLE_STEP`` larger than the deck's ``body`` text in the page's top
    ``TITLE_BAND``, where its frame title stands (a headline's navigation over it is smaller); none on
    a slide without a title or a section's outline."""
    return [
        line for line in page if line.size >= body + TITLE_STEP and line.top < TITLE_BAND * line.page_height
    ]


def repeated_frame_titles(pages: list[list[Line]], titles: set[int]) -> set[int]:
    """The ids of the frame ``titles`` that read as the title of the slide before (the last page with
    text left before it, a section's outline between them cut as a repeat): the first slide of the
    run keeps it, the others read on under it."""
    gone: set[int] = set()
    before: str | None = None
    for page in pages:
        if not page:
            continue
        title = next((line for line in page if id(line) in titles), None)
        text = title.text.strip() if title is not None else None
        if title is not None and text == before:
            gone.add(id(title))
        before = text
    return gone
