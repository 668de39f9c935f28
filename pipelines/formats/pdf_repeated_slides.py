"""A slide deck's repeated slides: beamer's outline shown again before each section.

``\\AtBeginSection`` with ``\\tableofcontents[currentsection]`` prints the deck's outline once more
at each section's start, the current section highlighted and the others' subsections folded away:
read page by page, dynare-doc's dseriesReporting.pdf kept "Outline / 1 Time Series / Overview / …"
four times. A slide whose every line an earlier slide under the same title shows, in the same order
(``repeated_slides``), is navigation the reader has read already: it goes to ``removed``
(``REPEATED_SLIDE``), the first kept. A frame's overlay steps, pages that follow each other under one
frame number, are ``pdf_overlays``'; this holds for any two slides of the deck.
"""

from __future__ import annotations

from sloika.pipelines.formats.pdf_line_record import Line

REPEATED_SLIDE = "repeated_slide"  # why a slide whose lines an earlier slide shows left the text


def repeated_slides(pages: list[list[Line]], slides: list[bool]) -> set[int]:
    """The ids of the lines of the ``slides`` among ``pages`` (their furniture and overlay steps out)
    whose every line, the title first, an earlier slide shows in the same order (``_shown_in``): a
    paper's pages are never repeats, however alike."""
    slides = [*slides, *[False] * (len(pages) - len(slides))]
    seen: list[list[str]] = []
    gone: set[int] = set()
    for page, slide in zip(pages, slides, strict=True):
        if not (slide and page):
            continue
        texts = [line.text for line in page]
        if any(_shown_in(texts, earlier) for earlier in seen):
            gone |= {id(line) for line in page}
        else:
            seen.append(texts)
    return gone


def _shown_in(texts: list[str], earlier: list[str]) -> bool:
    """``earlier`` opens with the title ``texts`` opens with and holds every other line of ``texts``,
    in order (a subsequence: an outline's folded sections leave lines out, never add or reorder)."""
    if texts[0] != earlier[0]:
        return False
    rest = iter(earlier[1:])
    return all(text in rest for text in texts[1:])
