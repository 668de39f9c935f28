"""A word set as a subscript on a word (issue 15, the fiftieth check's row 6: texlive-lang-cjk's
c90.pdf, defect 7). Its glyph classes are italic names with an italic subscript, base_desc, top_low,
upper_{vowel_{left}}, set by LaTeX at \\footnotesize (8 pt) under 10 pt: exactly the script share
the reader allows, which the PDF's sizes carry a hair over it. The subscript was read as text on the
line, glued to its base ("basedesc", "uppervowelleft") or spaced by the font switch ("base desc"),
so a definition and its uses read differently; it is written as the reader writes every subscript,
"base_(desc)". All texts here are written for the tests; the expected texts are typed by hand."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import HELVETICA, escaped, one_page, tex_font  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

FONTS = [(b"F1", HELVETICA), (b"I", tex_font(b"OCXKXE+CMTI10", b"")), (b"J", tex_font(b"SFATSK+CMTI8", b""))]
SUB = -1.8  # pt: the subscript's drop under its base's baseline (c90.pdf: 1.77)


def _run(font: str, size: int, rise: float, text: str) -> bytes:
    """The content operators of ``text`` in ``font`` at ``size`` pt, ``rise`` pt off the baseline."""
    return b"/%s %d Tf %.1f Ts (%s) Tj" % (font.encode(), size, rise, escaped(text))


def _class(base: str, script: str, nested: str = "") -> list[bytes]:
    """A class name: ``base`` in the 10 pt italic, ``script``'s words in the 8 pt one, lowered and
    a word space apart (0.3 em), ``nested`` in 6 pt under that (the subscript's own subscript)."""
    words = b" -300 ".join(b"(%s)" % escaped(word) for word in script.split())
    runs = [_run("I", 10, 0, base), b"/J 8 Tf %.1f Ts [%s] TJ" % (SUB, words)]
    return runs + ([_run("J", 6, 2 * SUB, nested)] if nested else [])


def _text(rows: list[list[bytes]]) -> str:
    """The kept text of a page drawing ``rows`` 12 pt apart; nothing cut."""
    content = b"\n".join(
        b"BT 72 %d Td %s 0 Ts ET" % (700 - 12 * at, b" ".join(row)) for at, row in enumerate(rows)
    )
    (doc,) = parse_pdf(one_page(content, FONTS))
    assert not doc.layers.get("removed")
    return doc.text


def _prose(text: str) -> bytes:
    """``text`` in the 10 pt text font."""
    return _run("F1", 10, 0, text)


def test_a_word_subscript_in_a_sentence_is_written_on_its_base():
    """ "base" with "desc" under it in a sentence reads "base_(desc)", neither "basedesc" nor
    "base desc"; a subscript of two words keeps its space ("base_(sara am)"), where a gap after a
    comma in a script is no word's ("y_(i,j)")."""
    rows = [
        [_prose("Each glyph belongs to one class, and the classes are named after their shapes:")],
        [
            _prose("the class "),
            *_class("base", "desc"),
            _prose(" holds glyphs with a descender and "),
            *_class("base", "sara am"),
            _prose(" the vowel."),
        ],
        [
            _prose("The other classes are named the same way, each glyph "),
            *_class("y", "i, j"),
            _prose(" in one."),
        ],
    ]
    text = _text(rows)
    assert "the class base_(desc) holds glyphs with a descender and base_(sara am) the vowel." in text
    assert "each glyph y_(i,j) in one." in text


def test_a_label_of_a_word_and_its_subscript_reads_as_its_uses():
    """A label the subscript's letters outnumber ("base" with "desclike" under it, then a colon) is
    measured by its base as a sentence's use is: "base_(desclike):", not "basedesclike:"; a
    subscript with its own subscript reads nested, "upper_(vowel_(left)):"."""
    rows = [
        [*_class("base", "desclike"), _prose(":")],
        [_prose("These glyphs look like a base glyph combined with a lower vowel below it.")],
        [*_class("upper", "vowel", "left"), _prose(":")],
        [_prose("These glyphs are the upper vowels, each of them shifted to the left.")],
    ]
    text = _text(rows)
    assert "base_(desclike):" in text
    assert "upper_(vowel_(left)):" in text
