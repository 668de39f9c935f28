"""A sentence whose last line holds no word (issue 15, the twenty-eighth check's leftovers of row 2:
an API reference's indented descriptions): "… num_of_bits has to be" / "> 0", the relation in TeX's
math fonts, was cut as a display (``math``), and "… the part after and including the second last" /
"’.’.", a quoted mark and the full stop, as ``no_words``; each left its sentence a half. Set right
under a full line that breaks off mid-sentence, from that line's left edge, such a line is the
paragraph's last line: a display stands centred or indented from its paragraph. All texts here are
written for the tests (Helvetica, 10 pt, 12 pt lines)."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import HELVETICA, helvetica_line, one_page, tex_font  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

RIGHT = 540.0  # where a full line ends
CMMI = tex_font(b"KBOUDP+CMMI10", b"")
CMR = tex_font(b"SOSTRQ+CMR10", b"")
FONTS = [(b"F1", HELVETICA), (b"M", CMMI), (b"C", CMR)]
HEADING = "Class Counter"
INTRO = "A counter holds a number of slots and can tell how many of them are in use at a time."
FIRST = "Return a new counter of the given length, with every slot empty. The length has to be"
SUFFIX = "Return the suffix of the name, the part after its last dot. If the name ends with a"
SUFFIX_2 = "known ending of packed files, the suffix is instead the part after the second last"
AFTER = "A counter is deleted together with every slot it holds, in one call of its own."


def _page(rest: bytes, lines: list[str]) -> bytes:
    """The heading and its prose at the margin, an indented description of ``lines`` (all full)
    whose last line is ``rest``, and a paragraph at the margin after it."""
    described = [helvetica_line(105, 664 - 12 * at, line, 10, RIGHT) for at, line in enumerate(lines)]
    return one_page(
        b"\n".join(
            [
                helvetica_line(72, 700, HEADING, 10),
                helvetica_line(72, 682, INTRO, 10),
                *described,
                rest,
                helvetica_line(72, 620, AFTER, 10),
            ]
        ),
        FONTS,
    )


def test_a_relation_ending_a_sentence_on_its_own_line_stays():
    relation = b"BT 105 652 Td /M 10 Tf (>) Tj /C 10 Tf ( 0) Tj ET"
    (doc,) = parse_pdf(_page(relation, [FIRST]))
    assert doc.text.split("\n\n") == [HEADING, INTRO, f"{FIRST} > 0", AFTER]
    assert [s.attrs.get("why") for s in doc.layers.get("removed", [])] == []


def test_a_quoted_mark_ending_a_sentence_on_its_own_line_stays():
    mark = helvetica_line(105, 640, "’.’.", 10)
    (doc,) = parse_pdf(_page(mark, [SUFFIX, SUFFIX_2]))
    assert doc.text.split("\n\n") == [HEADING, INTRO, f"{SUFFIX} {SUFFIX_2} ’.’.", AFTER]
    assert [s.attrs.get("why") for s in doc.layers.get("removed", [])] == []


def test_a_display_centred_under_a_broken_sentence_stands_apart():
    """The same relation centred in the column, past the description's edge: a display, no part of
    the sentence's line; written as one line, it is kept as a paragraph of its own (issue-disp;
    before, cut as ``math``)."""
    relation = b"BT 300 650 Td /M 10 Tf (>) Tj /C 10 Tf ( 0) Tj ET"
    (doc,) = parse_pdf(_page(relation, [FIRST]))
    assert doc.text.split("\n\n") == [HEADING, INTRO, FIRST, "> 0", AFTER]
    assert [s.attrs.get("why") for s in doc.layers.get("removed", [])] == []
