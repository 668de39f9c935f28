"""Displays of snpStats' Fst vignette (issue 15, issue-fstmath: r-bioc-snpstats' "Fst: The algorithm
used in snpStats"): a display of one fraction alone, "(D_T − D_W)/D_T" after "… the index can be
written", was cut, no main row found for it; "F = (Y₊ − X₊)/Y₊," over the page's number was cut, the
folio taken for its piece; "and let:" between a list of symbols and an aligned display, set close
over both, was taken with them for one table, the display's rows its cells. Pages hand-built,
sentences sloika's own, expected texts typed by hand as the page prints them."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import HELVETICA, math_row, one_page, tex_font, text_row  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

CMMI = tex_font(
    b"KBOUDP+CMMI10",
    b"43 /plus 44 /comma 61 /equal 70 /F 80 /P 81 /Q 82 /R 97 /a 98 /b 99 /c 100 /d 112 /p",
)
FONTS = [(b"F1", HELVETICA), (b"M", CMMI)]

LEAD = "One rationale that the literature gives for it suggests that the index can be written"
WHERE = "where each of the two letters is a probability that the next section defines in full."


def _fraction(x: float, y: float, over: str, under: str) -> list[bytes]:
    """ "over" over a bar over "under", centred at ``x`` about the axis ``y``, as TeX sets them."""
    half = 2 * max(len(over), len(under))
    return [
        math_row(x - 2 * len(over), y + 8.5, over),
        b"%.1f %.1f %.1f 0.4 re f" % (x - half - 1, y + 4.5, 2 * half + 2),
        math_row(x - 2 * len(under), y - 8.5, under),
    ]


def test_a_display_of_one_fraction_alone_is_kept():
    """ "(a+b)/c" alone on its display, no piece on a main row: its row is where its bar stands."""
    content = [text_row(72, 520, LEAD), *_fraction(300, 490, "a+b", "c"), text_row(72, 460, WHERE)]
    (doc,) = parse_pdf(one_page(b"\n".join(content), FONTS))
    assert doc.text == f"{LEAD}\n\n(a+b)/c\n\n{WHERE}"


def test_a_display_over_the_page_number_is_kept():
    """ "F = (a+b)/c," set at the foot of the text, the page's number close under it: the number is
    the page's, no piece of the display, which is kept in its sentence."""
    lead = "A natural value over all of the rows is found by summing the numerators and the denominators,"
    content = [
        text_row(72, 140, lead),
        math_row(280, 110, "F="),
        *_fraction(300, 110, "a+b", "c"),
        math_row(307, 110, ","),
    ]
    content.append(text_row(303, 80, "1"))
    (doc,) = parse_pdf(one_page(b"\n".join(content), FONTS))
    assert doc.text == f"{lead}\n\nF= (a+b)/c,"


def test_a_lead_in_between_a_symbol_list_and_a_display_parts_them():
    """ "and let:" at the margin between a list of symbols (each beside its meaning, set in by a
    column space) and an aligned display of three rows: a sentence's lead-in, which parts the two,
    however few its words; the display is written one row a line, the list and the lead-in stay (how
    the list's rows are joined is another rule's: each symbol and meaning is in the text)."""
    lead = "We shall start by introducing some of the notation that the rest of the note uses. Let:"
    rows = [
        (b"dab", "Number of the chromosomes observed in one group"),
        (b"cab", "Number of the chromosomes observed in all groups"),
        (b"pad", "Overall frequency of the allele in all of the groups"),
    ]
    content = [text_row(72, 620, lead)]
    for at, (symbol, meaning) in enumerate(rows[:-1]):  # pdfminer reads a row set close as one line
        content.append(text_row(78, 600 - 14 * at, f"{symbol.decode()}   {meaning}"))
    symbol, meaning = rows[-1]  # a short symbol stands apart from its meaning: two pieces side by side
    content += [math_row(78, 572, symbol.decode()), text_row(108, 572, meaning)]
    content.append(text_row(72, 558, "and let:"))
    for at, (name, value) in enumerate([("P", "a+b"), ("Q", "c+d"), ("R", "a+c")]):
        content += [math_row(240, 540 - 14 * at, f"{name}="), math_row(272, 540 - 14 * at, value)]
    after = "where the three of them are counted for every single row of the data that the note reads."
    content.append(text_row(72, 490, after))
    (doc,) = parse_pdf(one_page(b"\n".join(content), FONTS))
    assert not [span for span in doc.spans if span.label == "table"]
    assert "and let:\n\nP= a+b\nQ= c+d\nR= a+c\n\n" in doc.text
    assert all(symbol.decode() in doc.text and meaning in doc.text for symbol, meaning in rows)
