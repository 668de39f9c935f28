"""PDF debris: lines of a page that are marks, not text, taken out of the reading order into
``removed``.

A scan's text layer holds what the OCR made of everything on the page, drawings and stamps too:
"-----v---------' v—" (a drawing's lines), "★", "■§", "&" (marks on a title block), and a
scanner's tiny print in the margin ("ь с" / "х р" at 2 pt under a 9.5 pt body, which joined to
"ьсхр" after "Минск"). Such a line would be kept as a paragraph or, worse, joined to the sentence
next to it. Two general rules, on lines only (code lines and tables are laid out elsewhere):

* ``tiny_text``: set under ``TINY`` of the document's body size (a footnote is 0.7–0.85 of it,
  a title page's small print 0.6);
* ``no_words``: no word wordfreq knows among its letters, and over twice as many other marks as
  letters and digits ("±0,2", "e.g., 1.2." and "(ИУС № 1 2018 г.)" are text; a form's blank,
  "б) ______", is the document's own).

Each debris line becomes a placeholder (``DEBRIS`` and its index in ``Layout.debris``), which the
reflow keeps apart and the parser records as a ``debris`` span of ``removed`` (``attrs.text``,
``attrs.why``) where the line stood.
"""

from __future__ import annotations

import re
from dataclasses import replace

from sloika.pipelines.formats.pdf_layout import CONTENTS, DEBRIS, TABLE, Layout, body_size
from sloika.pipelines.formats.pdf_lines import MARK, Line
from sloika.pipelines.formats.pdf_reflow import known_word

MARKS_SHARE = 2  # a line without words is debris with more than this many marks per letter or digit
TINY = 0.4  # of the body size: print this small is no text a reader was meant to read
LETTER_RUN = re.compile(r"[^\W\d_]+")
BLANK = re.compile(r"_{3,}")


def debris_reason(line: Line, body: float) -> str | None:
    """Why the line is debris (``tiny_text``, ``no_words``), or None when it is text."""
    text = MARK.sub("", line.text)
    if line.mono or text.startswith((TABLE, CONTENTS, DEBRIS)):
        return None
    if line.size < TINY * body:
        return "tiny_text"
    if BLANK.search(text) or any(known_word(run) for run in LETTER_RUN.findall(text)):
        return None  # "б) ______": a form's blank to fill in is the document's
    marks = sum(not (char.isalnum() or char.isspace()) for char in text)
    return "no_words" if marks > MARKS_SHARE * sum(char.isalnum() for char in text) else None


def without_debris(layout: Layout) -> Layout:
    """The layout with each debris line replaced by its placeholder, its text and reason listed."""
    body = body_size(layout.pages)
    pages = []
    for page in layout.pages:
        kept = []
        for line in page:
            why = debris_reason(line, body)
            if why is not None:
                layout.debris.append((line.text, why))
                line = replace(line, text=f"{DEBRIS}{len(layout.debris) - 1}")
            kept.append(line)
        pages.append(kept)
    return replace(layout, pages=pages)
