"""A reference entry whose author is set in small caps (issue 15, tenth check P1b): the name's letters
are smaller than the text after it, its comma and full stop in the text's font. Geometry after
cnbpaper.pdf's reference list (entries 20 pt apart, lines 12 pt); words sloika's own."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import helvetica_pages  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402


def entry(top: int, pieces: list[tuple[int, bytes]]) -> list[bytes]:
    """An entry of one line: ``pieces`` of text operators, each set from its x at baseline ``top``."""
    return [b"BT %d %d Td %s ET" % (x, top, ops) for x, ops in pieces]


INTRO = [
    b"The works below are cited in the text by their authors and the year they came out; two",
    b"works of one author in one year are told apart by a letter after the year, in the order",
    b"the text cites them.",
]


def test_a_small_caps_author_stays_in_its_entry():
    """cnbpaper.pdf read "MASTERLY, É." ¶ "(1988b): “Mastering Thesis Writing.” …": the author's
    piece, 9.2 pt small caps beside 11.5 pt text, was no piece of the line for its size, though its
    box is the line's (its punctuation in the text's font). The entry is one paragraph."""
    ops = [b"BT /F1 10 Tf 72 %d Td (%s) Tj ET" % (800 - 12 * at, text) for at, text in enumerate(INTRO)]
    ops += entry(
        760,
        [
            (72, b"/F1 8 Tf (GARDENER) Tj /F1 10 Tf (, A.) Tj"),
            (142, b"/F1 10 Tf ((1990b): Keeping Bees in the Cold. Field report, Northern Valley.) Tj"),
        ],
    )
    ops += entry(
        740,
        [
            (
                72,
                b"/F1 10 Tf (GARDENER, A. \\(1990a\\): Keeping Bees in the Cold. Station notes,"
                b" Northern Valley.) Tj",
            )
        ],
    )
    (doc,) = parse_pdf(helvetica_pages([b"\n".join(ops)]))
    assert doc.text.split("\n\n") == [
        b" ".join(INTRO).decode(),
        "GARDENER, A. (1990b): Keeping Bees in the Cold. Field report, Northern Valley.",
        "GARDENER, A. (1990a): Keeping Bees in the Cold. Station notes, Northern Valley.",
    ]
