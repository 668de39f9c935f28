"""A tightly justified TeX line sets its words less than 0.15 em apart, and a word in a typewriter
font next to a roman one closer still; without space glyphs those gaps are the only spaces, and
letters set evenly (all within a hair of each other) tell them apart from letter gaps (issue 15,
eighth held-out check: mwclsdoc.pdf kept "Środowiskodescriptionnie ma takich wariantów" and
"ilustracjamii przypisami", where pdfminer alone reads the spaces)."""

from __future__ import annotations

from pdf_objects import one_page

from sloika.pipelines.formats.pdf import parse_pdf

# Helvetica with "Ś" at code 128 (its glyph name through /Differences), and Courier
HELVETICA_PL = (
    b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica"
    b" /Encoding << /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [128 /Sacute] >> >>"
)
COURIER = b"<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>"


def _tight_line_pdf() -> bytes:
    """One 10 pt line set like mwclsdoc's, no space glyphs: Helvetica "Środowisko", 1.3 pt (0.13 em),
    Courier "description", 1.3 pt, then Helvetica "nie ma takich wariantów." with 1.7 pt between
    words (a TJ number of -130 moves the next glyph 130/1000 em right)."""
    line = (
        b"BT 72 700 Td /F1 10 Tf [(\x80rodowisko) -130] TJ /F2 10 Tf [(description) -130] TJ"
        b" /F1 10 Tf [(nie) -170 (ma) -170 (takich) -170 (wariant\xf3w.)] TJ ET"
    )
    return one_page(line, [(b"F1", HELVETICA_PL), (b"F2", COURIER)])


def _tight_roman_pdf() -> bytes:
    """One 10 pt Helvetica line, no space glyphs, words 1.4 pt (0.14 em) apart."""
    words = [b"tablicami,", b"ilustracjami", b"i", b"przypisami"]
    line = b"BT /F1 10 Tf 72 700 Td [" + b" -140 ".join(b"(%s)" % word for word in words) + b"] TJ ET"
    return one_page(line, [(b"F1", HELVETICA_PL)])


def test_a_typewriter_word_in_a_tight_line_keeps_its_spaces():
    text = parse_pdf(_tight_line_pdf())[0].text
    assert text == "Środowisko description nie ma takich wariantów."


def test_words_of_one_font_a_seventh_of_an_em_apart_stay_apart():
    text = parse_pdf(_tight_roman_pdf())[0].text
    assert text == "tablicami, ilustracjami i przypisami"


def test_latex2e_stays_one_name_though_its_kern_is_a_tight_word_gap():
    """``\\LaTeXe`` kerns its "2ε" 0.15 em after the logo's X (texlive-pl.pdf: "LaTeX2ε"), wider than
    the word gaps of a tight line: still one name. A word 0.13 em after it is a word of its own."""
    from test_pdf_seventh_check import glyph, latex_logo, word

    from sloika.pipelines.formats.pdf_lines import _line

    two = 488.44 + 0.15 * 10.91
    logo_2e = [
        *latex_logo(460.54),
        glyph("2", two, two + 5.45, 370.33),
        glyph("ε", two + 5.45, two + 9.5, 368.5, 7.97, "CMMI8"),
    ]
    after = two + 9.5 + 0.13 * 10.91
    chars = [*word("dla", 440.0), *logo_2e, *word("oraz", after)]
    assert _line(0, chars, 792.0).text == "dla LaTeX2ε oraz"


def test_monospaced_letters_an_opening_low_quote_and_italic_correction_keep_the_wider_gap():
    """What the tighter word gap must leave alone (lshort-pl.pdf): a URL in a typewriter font drawn
    with 0.14 em around its dot ("ursoswald.ch": monospaced text spaces by whole letters), "„" set
    0.11 em before its word ("„jeśli"), and a math-italic "f" whose italic correction stands 0.12 em
    before "(x)", as math-italic letters of one word do ("Normalny")."""
    from test_pdf_seventh_check import glyph, word

    from sloika.pipelines.formats.pdf_lines import _line

    def typed(text: str, x0: float) -> list:
        return [
            glyph(c, x0 + 5.73 * i, x0 + 5.73 * (i + 1), 370.33, font="CMTT10") for i, c in enumerate(text)
        ]

    em = 10.91
    url = [*typed("ursoswald", 80.0), *typed(".", 80.0 + 9 * 5.73 + 0.14 * em)]
    url += typed("ch", url[-1].x1 + 0.14 * em)
    chars = [*word("plik", 50.0), *url, *word("zawiera", url[-1].x1 + 0.3 * em)]
    assert _line(0, chars, 792.0).text == "plik ursoswald.ch zawiera"
    quote = glyph("„", 50.0, 54.0, 370.33)
    assert _line(0, [quote, *word("jeśli", 54.0 + 0.11 * em), *word("to", 90.0)], 792.0).text == "„jeśli to"
    f = glyph("f", 50.0, 55.0, 370.33, font="CMMI10")
    brackets = [
        glyph(c, 55.0 + 0.12 * em + 4.0 * i, 59.0 + 0.12 * em + 4.0 * i, 370.33) for i, c in enumerate("(x)")
    ]
    assert _line(0, [*word("gdzie", 20.0), f, *brackets], 792.0).text == "gdzie f(x)"
    capital = glyph("N", 50.0, 58.8, 370.33, font="CMMI10")  # \mathnormal{Normalny}
    rest = [
        glyph(c, 58.8 + 0.11 * em + 5.0 * i, 63.8 + 0.11 * em + 5.0 * i, 370.33, font="CMMI10")
        for i, c in enumerate("ormalny")
    ]
    assert _line(0, [*word("font", 10.0), capital, *rest], 792.0).text == "font Normalny"
