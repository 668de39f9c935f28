"""A title page's sentence set over several centred lines: one paragraph, not one a line.

A title page stacks its fields a line each, centred ("February 6, 2023", "This manual documents Bacula
version 9.6.7", "Copyright © 2000-2018, Kern Sibbald"), and the reflow rightly keeps each a paragraph:
a short centred line runs on nothing. But a notice set there as a sentence wraps over centred lines
too, and bacula-doc's problems.pdf read "This Bacula documentation by Kern Sibbald with contributions
from many others," / "a complete list can be found in the License chapter. Creative Commons" /
"Attribution-ShareAlike 4.0 International License …" as three paragraphs. A line goes on the line
over it when both stand on a title page (``title_page_lines``) and the upper one ends mid-sentence
where the lower one visibly goes on (``title_sentence_goes_on``). A rule over any page's centred
lines joined a CWEB comment set right of "case Rule_3:" to "if (paranoid) {" and a manual's command
format to "where options denotes" (branch minor81): only a title page's lines are all centred.
"""

from __future__ import annotations

import re

from sloika.pipelines.formats.pdf_line_record import Line
from sloika.pipelines.formats.pdf_page_rows import CONTENTS, DEBRIS, DISPLAY, TABLE

TITLE_LINES = 3  # text lines, at least, of a title page
AXIS = 0.25  # em (a word space): the middles of a title page's lines stand this near its first line's
SENTENCE_GAP = 1.0  # em of blank between two lines of one sentence on a title page, at most
SAME_SIZE = 0.5  # pt: two lines' sizes this near are one size
# a full stop after a word in lower case, then a sentence that the line does not end ("… in the
# License chapter. Creative Commons"): the words after the stop run on to the next line; a name's "!"
# ("Yahoo! Research" over an address) ends no sentence
OPEN_SENTENCE = re.compile(r"\b[a-z]{2,}\.\s+[A-Z][^.!?:;]*$")
ENDS = ".:;!?"  # a line ending on one of these ends its sentence or leads in to what follows
# a word opening a line, then a space or a comma: "a complete list …", not an address ("hpages.on.github@…")
OPENING_WORD = re.compile(r"[^\W\d_]+(?=[\s,;])")


def title_page_lines(lines: list[Line], first_page: int) -> set[int]:
    """The ids of the text lines on ``first_page``, the document's first, where that page is a title
    page: ``TITLE_LINES`` of them or more, every one centred on one axis (``AXIS``); the places of
    the lines cut before (a logo's words, furniture: ``DEBRIS``) and of tables do not count. A page
    of text or code, set flush left, has lines of many widths whose middles wander."""
    placeholders = (CONTENTS, DEBRIS, DISPLAY, TABLE)
    page = [line for line in lines if line.page == first_page and not line.text.startswith(placeholders)]
    if len(page) < TITLE_LINES:
        return set()
    axis = page[0].x0 + page[0].x1
    if any(abs(line.x0 + line.x1 - axis) / 2 > AXIS * line.size for line in page):
        return set()
    return {id(line) for line in page}


def title_sentence_goes_on(previous: Line, line: Line, title: set[int]) -> bool:
    """Whether ``line`` goes on the sentence ``previous`` ends, both on the title page (``title``):
    ``line`` stands under it within ``SENTENCE_GAP`` em, in its size, ``previous`` ends on no stop
    and either ``line`` opens with a word in lower case ("others," + "a complete list …") or
    ``previous`` opened a sentence after its own stop that it does not end (``OPEN_SENTENCE``: "…
    chapter. Creative Commons" + "Attribution-ShareAlike 4.0 International License"). A field a line
    ("February 6, 2023" over "This manual documents …") opens no sentence mid-line and is followed by
    a capital."""
    before, text = previous.text.rstrip(), line.text.lstrip()
    return (
        id(previous) in title
        and id(line) in title
        and 0.0 <= line.top - previous.bottom <= SENTENCE_GAP * previous.size
        and abs(line.size - previous.size) < SAME_SIZE
        and bool(before)
        and before[-1] not in ENDS
        and (_opens_in_lower_case(text) or bool(OPEN_SENTENCE.search(before)))
    )


def _opens_in_lower_case(text: str) -> bool:
    """The line opens with a word in lower case (``OPENING_WORD``): a sentence's next words. An e-mail
    address or a URL under a name (a title slide's "Hervé Pagès" over "hpages.on.github@gmail.com")
    opens in lower case too, and is a field of its own."""
    word = OPENING_WORD.match(text)
    return bool(word) and word.group().islower()
