"""A manual's title page (issue 15, the forty-fourth held-out check's row 2, maxmat3man.pdf): the
title's and the author's raised marks ("Manual*", "Stefan Kurtz†") point to notes at the page's foot,
the first a copyright line ("*©Stefan Kurtz and …"). A note opening with "©" after its mark opened
no note, so the three notes stayed in the text between the page's last entry and the next page.
Texts sloika's own; expected texts typed by hand."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import HELVETICA, escaped, font_pages  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

PROSE = [
    "This program finds the maximal matches of some minimum length between a reference",
    "sequence and a query sequence. This document describes its options and its output.",
]
OVERLEAF = "The options can be given in any order, each of them at most once."
NOTES = [
    ("*", "\u00a9The Institute for Sequence Research and the author"),
    ("\u2020", "Centre for Bioinformatics, University of Hamburg, Germany"),
]


def _raised(y: float, x: float, text: str, mark: str, size: int) -> bytes:
    """``text`` at ``size`` at (x, y), a 7 pt ``mark`` raised 4 pt after it."""
    return b"BT %.1f %.1f Td /F1 %d Tf (%s) Tj /F1 7 Tf 4 Ts (%s) Tj 0 Ts ET" % (
        x,
        y,
        size,
        escaped(text),
        escaped(mark),
    )


def _note(y: float, mark: str, text: str) -> bytes:
    """A 10 pt note, its 7 pt mark raised before it."""
    return b"BT 86 %.1f Td /F1 7 Tf 4 Ts (%s) Tj 0 Ts /F1 10 Tf (%s) Tj ET" % (
        y,
        escaped(mark),
        escaped(text),
    )


def _line(y: float, text: str, size: int = 12) -> bytes:
    return b"BT /F1 %d Tf 72 %.1f Td (%s) Tj ET" % (size, y, escaped(text))


def _title_pages() -> bytes:
    """Page 1: a 20 pt title marked "*", a 14 pt author marked "†", 12 pt prose, the two 10 pt notes
    at its foot over the page number; page 2: one sentence of prose."""
    first = [
        _raised(760, 150, "A Program to find Maximal Matches", "*", 20),
        _raised(730, 230, "Stefan Kurtz", "\u2020", 14),
        _line(690, PROSE[0]),
        _line(675, PROSE[1]),
        _note(120, *NOTES[0]),
        _note(108, *NOTES[1]),
        _line(80, "1"),
    ]
    return font_pages([b"\n".join(first), _line(760, OVERLEAF)], [(b"F1", HELVETICA)])


def test_notes_opening_with_a_copyright_sign_follow_the_text():
    """The two notes, their marks cut, come after the title block that holds their marks (the
    title's and the author's), before the prose of page 1, which runs on to page 2's."""
    doc = parse_pdf(_title_pages())[0]
    assert doc.text.split("\n\n") == [
        "A Program to find Maximal Matches",
        "Stefan Kurtz",
        "\u00a9The Institute for Sequence Research and the author",
        "Centre for Bioinformatics, University of Hamburg, Germany",
        " ".join(PROSE),
        OVERLEAF,
    ]
    notes = [doc.text[s.start : s.end] for s in doc.spans if s.label == "footnote"]
    assert notes == [text for _, text in NOTES]
