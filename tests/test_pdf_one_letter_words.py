"""Word gaps between one-letter words stay spaces (issue 15, forty-second check row 4, LinuxCNC Getting
Started p. 34, section 5.5.2: "For L = x y z a b c u v w:" read "ForL=xyzabcuvw:"). The line has no
space glyphs, and most of its gaps between letters fall between one-letter words, so the line's usual
letter gap was taken to be its word gap. Its letters set at their advance ("F", "o", "r") show the
letter gap the line sets. Texts written for this test."""

from __future__ import annotations

from pdf_objects import HELVETICA, HELVETICA_BOLD, escaped, helvetica_page, one_page, tex_font, tex_line

from sloika.pipelines.formats.pdf import parse_pdf
from sloika.pipelines.formats.pdf_joins import clean_line


def test_a_line_of_one_letter_words_keeps_its_spaces():
    sentences = [
        "The axes are named by letters, and each of them gets its own limits as follows.",
        "For L = x y z a b c u v w:",
        "the limits of the named axis are read from the settings of its joint.",
    ]
    page = helvetica_page(
        b"\n".join(tex_line(700 - 20 * at, text.split()) for at, text in enumerate(sentences))
    )
    text = parse_pdf(page)[0].text
    assert "For L = x y z a b c u v w:" in text


def test_letters_tracked_apart_stay_one_word():
    """A heading with all its letters a third of an em apart is tracked, no row of one-letter words:
    none of its letters sits at its advance, so its usual gap stays its letter gap."""
    tracked = b" -333 ".join(b"(%s)" % escaped(letter) for letter in "Summary")
    page = helvetica_page(b"BT /F1 10 Tf 72 700 Td [%s] TJ ET" % tracked)
    assert parse_pdf(page)[0].text == "Summary"


def test_a_row_of_one_letter_names_is_no_spaced_word():
    """Spaced letters that only words of three letters or fewer cut are one-letter names, no word
    spaced out ("xy zab cuv"); a spaced word still joins."""
    assert clean_line("For L = x y z a b c u v w:") == "For L = x y z a b c u v w:"
    assert clean_line("С н о с к и") == "Сноски"


def test_one_letter_words_beside_ligatures_keep_their_spaces():
    """A ligature glyph is its letters at their advance, which tracked text never sets (the fiftieth
    check's row 06, c90.pdf p. 3: "A classical example is f f i → ﬀ i → ﬃ" read "ffi→ﬀi→ﬃ", every
    gap on the line a word gap, none a letter's)."""
    example = b" -333 ".join(
        b"(%s)" % code for code in (b"f", b"f", b"i", b"\\003", b"\\001", b"i", b"\\003", b"\\002")
    )
    before = "A ligature replaces the letters it stands for, as in this classical example:"
    after = "The first step builds the ff ligature and the second builds the ffi ligature."
    content = b"\n".join(
        [
            tex_line(720, before.split(" ")),
            b"BT /F2 10 Tf 72 700 Td [%s] TJ ET" % example,
            tex_line(680, after.split(" ")),
        ]
    )
    page = one_page(content, [(b"F1", HELVETICA), (b"F2", tex_font(b"CMR10", b"1 /ff 2 /ffi 3 /arrowright"))])
    assert "f f i → ﬀ i → ﬃ" in parse_pdf(page)[0].text


def test_a_glyph_charts_row_of_ligatures_is_no_line_of_words():
    """Ligatures listed side by side are a glyph chart's cells (tipaman.pdf's font specimens), no
    words: its spaced run joins as before, where a ligature in a word keeps its line's spaces."""
    assert clean_line("f f i → ﬀ i → ﬃ") == "f f i → ﬀ i → ﬃ"
    assert clean_line("ı ﬀ ﬁ ﬂ ﬃ ﬄ !") == "ıﬀﬁﬂﬃﬄ !"


def test_a_key_sequence_keeps_its_word_spaces():
    """A key sequence's words are letters joined by hyphens, set with TeX's word space and no space
    glyph (check 57 row 02, SLIME's refcard.pdf: "C-c C-d d" read "C-cC-dd"): its only two letters
    side by side stand across a word gap, so that gap was taken for its letter gap. Its letters
    touching its hyphens show the letter gap it sets."""
    keys = b" -333 ".join(b"(%s)" % escaped(word) for word in ("C-c", "C-d", "d"))
    before = "Each binding below names the keys to press, one after the other."
    content = b"\n".join([tex_line(720, before.split(" ")), b"BT /F2 10 Tf 72 700 Td [%s] TJ ET" % keys])
    page = one_page(content, [(b"F1", HELVETICA), (b"F2", HELVETICA_BOLD)])
    assert parse_pdf(page)[0].text.endswith(" C-c C-d d")
