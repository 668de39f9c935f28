"""An apostrophe set a kern after its word, narrower than the line's word spaces, is in the word (issue
15, check 43: surf-alggeo.pdf read "surf ’s distribution" 9 times, its \\emph{surf}\\/’s setting the
italic "f", its italic correction, 0.21 em, and the roman "’s"; the word spaces of those lines are 0.33 em
and more). Page hand-built as TeX sets a line, no space glyphs: words placed by TJ kerns; expected text
typed by hand."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import HELVETICA, HELVETICA_BOLD, helvetica_page, one_page  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402


def _tj(words: list[bytes | int]) -> bytes:
    """A TJ array: strings, and kerns in thousandths of an em (negative: further right)."""
    return b"[" + b" ".join(b"(%s)" % w if isinstance(w, bytes) else b"%d" % w for w in words) + b"] TJ"


def _line(y: int, words: list[bytes | int]) -> bytes:
    return b"BT /F1 10 Tf 72 %d Td %s ET" % (y, _tj(words))


def test_an_apostrophe_an_italic_correction_after_its_word_is_in_the_word():
    """ "surf" + 0.21 em + "’s" among word gaps of 0.36 em reads "surf’s", and so among the tight word
    gaps of 0.27 em of surf-alggeo.pdf's "Bug Tracking System" line; "rock ’n’ roll", whose apostrophe
    stands a word gap after "rock", keeps its space."""
    first = [b"You", -360, b"will", -360, b"find", -360, b"some", -360, b"sample", -360, b"scripts", -360]
    first += [b"with", -360, b"surf", -212, b"\x92s", -360, b"distribution.", -360, b"They", -360, b"are"]
    second = [b"stored", -360, b"in", -360, b"the", -360, b"examples", -360, b"directory", -360, b"with"]
    second += [-360, b"a", -360, b"song", -360, b"of", -360, b"rock", -360, b"\x92n\x92", -360, b"roll."]
    tight = [b"Please", -266, b"use", -266, b"the", -266, b"Bug", -266, b"Tracking", -266, b"System", -266]
    tight += [
        b"on",
        -266,
        b"surf",
        -211,
        b"\x92s",
        -266,
        b"project",
        -266,
        b"page",
        -266,
        b"at",
        -266,
        b"Sourceforge.",
    ]
    lines = [_line(760, first), _line(748, second), _line(700, tight)]
    (doc,) = parse_pdf(helvetica_page(b"\n".join(lines)))
    assert doc.text == (
        "You will find some sample scripts with surf\u2019s distribution. They are stored in the examples"
        " directory with a song of rock \u2019n\u2019 roll.\n\nPlease use the Bug Tracking System on"
        " surf\u2019s project page at Sourceforge."
    )


def test_a_quote_a_bold_word_gap_after_its_word_keeps_the_space():
    """A run-in term in bold, its word gaps 0.27 em, opens a line whose roman text is set with gaps of
    0.45 em (ifeffit_tutorial.pdf's "From the ’type’ argument :", read "From the’type’", forty-fourth
    check U2): the quote stands a bold word gap after "the", no kern, and keeps its space."""
    term = [b"From", -270, b"the", -270, b"\x92type\x92", -270, b"argument."]
    text = [-450, b"In", -450, b"the", -450, b"example", -450, b"above,", -450, b"the", -450, b"type"]
    text += [
        -450,
        b"argument",
        -450,
        b"tells",
        -450,
        b"the",
        -450,
        b"program",
        -450,
        b"the",
        -450,
        b"suffixes",
    ]
    line = b"BT /F2 10 Tf 72 760 Td %s /F1 10 Tf %s ET" % (_tj(term), _tj(text))
    (doc,) = parse_pdf(one_page(line, [(b"F1", HELVETICA), (b"F2", HELVETICA_BOLD)]))
    assert doc.text == (
        "From the \u2019type\u2019 argument. In the example above, the type argument tells the program"
        " the suffixes"
    )
