"""Lines a page sets a paragraph skip apart, each opening in lower case, and an admonition's label
over its note (issue 15, thirty-first check row 2: a pandoc man page's SYNOPSIS, one form a line and
each its own paragraph, "rate | commit | min speed" / "ceil | max speed" / "minrate speed", and a
bold "Note" over "match rules are attached …"). They ran together as one sentence's halves across
the wider gap: "rate | commit | min speed ceil | max speed minrate speed", "Note match rules …".
A document that sets its paragraphs apart by more than its lines (18 pt over 12 pt here) shows
that skip between a sentence's end and the capital under it; a line that skip under the line
above is a new paragraph, whatever its first letter, unless the paragraph above is a sentence (it
opens with a capital: a link's line may be set that far apart). A document whose lines run on
across such a gap (a scan's uneven lines) shows no skip. All texts here are written for the tests."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import HELVETICA, font_pages, helvetica_line, helvetica_page, one_page  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

RIGHT = 540.0
BOLD = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
OBLIQUE = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Oblique /Encoding /WinAnsiEncoding >>"
PROSE = [
    [
        "The optional parameters of a class follow its name on the line that defines it, in any",
        "order, each of them written as a keyword and its value, separated from the next one by",
        "a space.",
    ],
    [
        "One line of the configuration file can give a class its rate, its ceiling, the size of",
        "its bursts and its priority all at once, and the classes that are written under it take",
        "the rest.",
    ],
    [
        "All of the options below apply to the interface and the class statements, and the units",
        "of the speeds are those that the configuration file defines for the whole of the program",
        "it runs.",
    ],
    [
        "Every interface that the file names is set up with the classes and the matches that the",
        "file gives for it, in their order, when the program starts and each time that it is told",
        "to.",
    ],
    [
        "A class that is given no rate of its own shares what its parent has left over with the",
        "other classes that have none, in proportion to the rates of the classes that have one",
        "set.",
    ],
]
FORMS = ["rate | commit | min speed", "ceil | max speed", "minrate speed", "burst bytes", "input | output"]


def _paragraphs(top: float, paragraphs: list[list[str]], x: float = 72) -> tuple[bytes, float]:
    """Paragraphs whose lines are 12 pt apart, 18 pt between paragraphs (a parskip), their first
    lines justified to ``RIGHT``; the content and the top of the line that would come next."""
    out, y = [], top
    for rows in paragraphs:
        for at, row in enumerate(rows):
            out.append(helvetica_line(x, y, row, 10, RIGHT if at < len(rows) - 1 else None))
            y -= 12
        y -= 6
    return b" ".join(out), y


def test_synopsis_forms_one_a_line_stay_apart():
    """Each form on a line of its own, 18 pt apart (the page's paragraph skip), between paragraphs."""
    head, y = _paragraphs(700, PROSE[:3])
    forms = b" ".join(helvetica_line(72, y - 18 * at, form, 10) for at, form in enumerate(FORMS))
    tail, _ = _paragraphs(y - 18 * len(FORMS), PROSE[3:])
    (doc,) = parse_pdf(helvetica_page(head + b" " + forms + b" " + tail))
    assert doc.text.split("\n\n") == [
        *(" ".join(p) for p in PROSE[:3]),
        *FORMS,
        *(" ".join(p) for p in PROSE[3:]),
    ]


def test_forms_run_on_where_the_document_shows_no_skip():
    """The same lines in a document whose paragraphs are not set apart (no sentence end over a
    capital 18 pt under it): an uneven gap under a line that runs on the sentence still joins."""
    forms = b" ".join(helvetica_line(72, 700 - 18 * at, form, 10) for at, form in enumerate(FORMS[:3]))
    (doc,) = parse_pdf(helvetica_page(forms))
    assert doc.text.split("\n\n") == [" ".join(FORMS[:3])]


def test_a_sentence_goes_on_across_the_skip():
    """A sentence (it opens with a capital) whose next line is set the paragraph skip under it,
    as a line holding a link may be: one paragraph."""
    head, y = _paragraphs(700, PROSE[:3])
    rows = ["See also the online grid demo", "and the scatter demo."]
    lines = b" ".join(helvetica_line(72, y - 18 * at, row, 10) for at, row in enumerate(rows))
    tail, _ = _paragraphs(y - 36, PROSE[3:])
    (doc,) = parse_pdf(helvetica_page(head + b" " + lines + b" " + tail))
    assert doc.text.split("\n\n") == [
        *(" ".join(p) for p in PROSE[:3]),
        " ".join(rows),
        *(" ".join(p) for p in PROSE[3:]),
    ]


NOTE = [
    "match rules are attached to the parent of the class they appear in, so the order of the",
    "classes in the file does not change which rule a packet meets.",
]


def _note(top: float, font: bytes = b"F2") -> bytes:
    """A label alone in ``font`` at 96 pt, its note's lines 16 pt under it at the same edge."""
    label = b"BT /%s 10 Tf 0 Tw 96 %.2f Td (Note) Tj ET" % (font, top)
    rows = b" ".join(
        helvetica_line(96, top - 16 - 12 * at, row, 10, RIGHT - 24 if at == 0 else None)
        for at, row in enumerate(NOTE)
    )
    return label + b" " + rows


@pytest.mark.parametrize("face", [BOLD, OBLIQUE])
def test_a_note_label_stays_over_its_note(face):
    """ "Note" in bold or italic alone on an indented line, its note opening in lower case under it."""
    head, y = _paragraphs(700, PROSE[:1])
    data = one_page(head + b" " + _note(y - 2), [(b"F1", HELVETICA), (b"F2", face)])
    (doc,) = parse_pdf(data)
    assert doc.text.split("\n\n") == [" ".join(PROSE[0]), "Note", " ".join(NOTE)]


def test_a_note_label_at_a_page_foot_stays_over_its_note_overleaf():
    """The label the last line of its page, the note at the top of the next."""
    head, _ = _paragraphs(700, PROSE[:1])
    label = b"BT /F2 10 Tf 0 Tw 96 90 Td (Note) Tj ET"
    rows = b" ".join(
        helvetica_line(96, 760 - 12 * at, row, 10, RIGHT - 24 if at == 0 else None)
        for at, row in enumerate(NOTE)
    )
    data = font_pages([head + b" " + label, rows], [(b"F1", HELVETICA), (b"F2", OBLIQUE)])
    (doc,) = parse_pdf(data)
    assert doc.text.split("\n\n") == [" ".join(PROSE[0]), "Note", " ".join(NOTE)]


def _texinfo_paragraphs(paragraphs: list[list[str]]) -> bytes:
    """``paragraphs`` as texinfo sets them: lines 12 pt apart, 14.7 pt between paragraphs (0.27 em
    more, under ``PARAGRAPH_GAP``), every line but a paragraph's last (``FULL_END``'s too) justified
    to 460 pt."""
    out, y = [], 700.0
    for rows in paragraphs:
        for at, row in enumerate(rows):
            full = at < len(rows) - 1 or rows is FULL_END
            out.append(helvetica_line(72, y, row, 10, 460 if full else None))
            y -= 12
        y -= 2.7
    return b" ".join(out)


FULL_END = [
    "Previously the library removed characters that the rules of the standard do not allow",
    "from names, which was a regression for programs that moved from the old library to it.",
    "Pass the flag that asks for those rules to have that behaviour back again in a program.",
]


def test_a_sentence_filling_its_line_ends_its_paragraph_at_the_skip():
    """A paragraph whose last sentence fills its line, the next paragraph opening with a capital
    the document's paragraph skip under it (narrower than ``PARAGRAPH_GAP``): two paragraphs
    (libidn2.pdf's "…to enable that behavior again." + "After version 0.11: …" read as one)."""
    paragraphs = [*PROSE[:3], FULL_END, *PROSE[3:]]
    (doc,) = parse_pdf(helvetica_page(_texinfo_paragraphs(paragraphs)))
    assert doc.text.split("\n\n") == [" ".join(p) for p in paragraphs]
