"""Connective words between two displays that leave (issue 15, the fortieth held-out check's row 2:
irlba.pdf p. 8 reads "Then:" / two aligned chains of "= …" rows / "and" / another chain, and with
both chains cut the text kept "Then: and" as a paragraph of its own). A line of one to three lower
-case words set between two displays cut as `math` is the displays' sentence's, not the text's:
it leaves with them, its own record. Pages hand-built, sentences sloika's own, expected texts typed
by hand."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import COURIER, HELVETICA, one_page, removed_texts, tex_font, text_row  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

CMMI = tex_font(b"KBOUDP+CMMI10", b"97 /a 98 /b 99 /c 102 /f 103 /g 120 /x")

LEAD = "A small function is used in every example of this note, and for a real argument we find"
NEXT = "The second row of each chain is the one that every later example of the note relies on."
LAST = "A short paragraph follows here so that the page holds enough lines of the text body."


def _parse(content: bytes):
    fonts = [(b"F1", HELVETICA), (b"M", CMMI), (b"T", COURIER)]
    (doc,) = parse_pdf(one_page(content, fonts))
    return doc


def _chain(name: str, y: float) -> list[bytes]:
    """ "name(x) = a + b" over "b + a", the second row with no relation sign (no aligned chain's
    row): two rows which one line cannot hold, nor a chain's rows written one a line."""
    return [
        text_row(250, y, name, font=b"M"),
        text_row(254, y, "("),
        text_row(257.3, y, "x", font=b"M"),
        text_row(261.3, y, ") = "),
        text_row(277, y, "a", font=b"M"),
        text_row(281, y, " + "),
        text_row(292.4, y, "b", font=b"M"),
        text_row(277, y - 14, "b", font=b"M"),
        text_row(281, y - 14, " + "),
        text_row(292.4, y - 14, "a", font=b"M"),
    ]


def _between_chains(words: str) -> bytes:
    """A sentence, a chain, ``words`` at the margin, another chain, then the next sentences."""
    rows = [text_row(72, 500, LEAD), *_chain("f", 476), text_row(72, 450, words), *_chain("g", 428)]
    return b"\n".join([*rows, text_row(72, 400, NEXT), text_row(72, 360, LAST)])


def test_a_word_between_two_cut_displays_leaves_with_them():
    """ "and" at the margin between two chains that leave: the text reads on past both."""
    doc = _parse(_between_chains("and"))
    assert doc.text == f"{LEAD}\n\n{NEXT}\n\n{LAST}"
    assert removed_texts(doc, "between_displays") == ["and"]
    assert removed_texts(doc, "math") == ["f(x) = a + b", "b + a", "g(x) = a + b", "b + a"]


def test_a_sentence_between_two_cut_displays_stays():
    """A line with a sentence's words and its stop between the chains is text: it stays."""
    doc = _parse(_between_chains("and the same holds for the next one."))
    assert "and the same holds for the next one." in doc.text
    assert removed_texts(doc, "between_displays") == []


@pytest.mark.parametrize("words", ["tion", "integral", "direction:", "vergence rate"])
def test_a_paragraphs_last_line_between_two_cut_displays_stays(words: str):
    """A paragraph's last line set between two displays (yacas-doc's Algo.book.pdf: "… would be the
    approxima-" / "tion", "… approximated by the" / "integral") is the paragraph's, not a connective."""
    doc = _parse(_between_chains(words))
    assert words in doc.text
    assert removed_texts(doc, "between_displays") == []


def _lead_in_page(lead_in: str, between: bytes = b"F1") -> bytes:
    """A sentence, ``lead_in`` at the paragraph's indent over a chain, "and" (in ``between``),
    another chain, then the next sentence."""
    return b"\n".join(
        [
            text_row(72, 524, "Each example of this note uses the same two small functions of one argument."),
            text_row(87, 500, lead_in),
            *_chain("f", 476),
            text_row(72, 450, "and", font=between),
            *_chain("g", 428),
            text_row(72, 400, NEXT),
            text_row(72, 360, LAST),
        ]
    )


@pytest.mark.parametrize("lead_in", ["Then:", "For a real argument they read:"])
def test_a_lead_in_over_cut_displays_stays(lead_in: str):
    """A lead-in over the first chain is the text's sentence, or a description list's term ("Euclidean:"
    over its formula, apcluster.pdf): it stays, though the displays it announces leave; "and" goes."""
    doc = _parse(_lead_in_page(lead_in))
    assert lead_in in doc.text
    assert removed_texts(doc, "between_displays") == ["and"]


def test_a_typewriter_word_between_cut_displays_stays():
    """A word in a typewriter face between two cut formulas (msm-manual.pdf's "lower," among a
    table's rows) is a program's or a table's: it stays."""
    doc = _parse(_lead_in_page("Then:", between=b"T"))
    assert removed_texts(doc, "between_displays") == []
    assert "and" in doc.text.split()
