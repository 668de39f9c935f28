"""A title page's version-control keyword line (issue 15, the sixty-third check, rows 2 and 3):
DocBook's ``<releaseinfo>$Id$</releaseinfo>`` prints the CVS stamp of the source file under the
author, "$Id: morphix.db,v 1.2 2006-08-29 14:32:23 avian Exp $". tablix2-doc's morphix.pdf kept it as
its text's third line, while modules2.pdf cut its own as a figure's label (it stands over the cover
picture): one kind of line, two fates. A line that is only an expanded keyword, on the first page,
goes to ``removed`` as ``version_stamp``; a sentence that names a keyword is text. Geometry after
tablix2-doc's title pages; words sloika's own."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import HELVETICA, HELVETICA_BOLD, font_pages, helvetica_width, text_row  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

FONTS = [(b"F1", HELVETICA), (b"F2", HELVETICA_BOLD)]
TITLE = "Timetables on a Small Cluster"
STAMP = "$Id: cluster.db,v 1.2 2006-08-29 14:32:23 avian Exp $"
ABSTRACT = "This guide tells how to run the timetabling program on a small cluster of machines."
TEXT = [
    "Each machine of the cluster runs one copy of the program, and the copies share their work",
    "over the network; the first machine gathers the results and writes the timetable.",
]


def _centred(y: float, text: str, size: float, font: bytes = b"F2") -> bytes:
    return text_row(297 - helvetica_width(text, size) / 2, y, text, size, font)


def _pdf(stamp: str) -> bytes:
    """A title page (title, author, ``stamp``, abstract) and a page of text."""
    title_page = [
        _centred(705, TITLE, 24.8),
        _centred(680, "Ada Lovelace", 17.2),
        _centred(662, stamp, 12),
        text_row(85, 600, ABSTRACT),
    ]
    text = [text_row(85, 730 - 13 * at, row) for at, row in enumerate(TEXT)]
    return font_pages([b"\n".join(title_page), b"\n".join(text)], FONTS)


def test_a_title_pages_version_keyword_line_leaves_the_text():
    (doc,) = parse_pdf(_pdf(STAMP))
    assert "$Id" not in doc.text
    assert "Ada Lovelace" in doc.text and ABSTRACT in doc.text
    removed = {span.attrs["text"]: span.attrs["why"] for span in doc.layers["removed"]}
    assert removed[STAMP] == "version_stamp"


def test_a_sentence_naming_a_keyword_is_text():
    sentence = "Revision $Revision: 1.2 $ of the guide."
    (doc,) = parse_pdf(_pdf(sentence))
    assert sentence in doc.text
