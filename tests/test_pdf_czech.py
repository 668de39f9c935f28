"""Czech and Slovak PDFs (issue 15, tenth check): a clean Czech text layer is not flagged as
garbled, and a description list's term of font-encoding names ("IL2, T1, OT1") stays in the text.
Words sloika's own (a short Czech sentence written for this test)."""

from __future__ import annotations

import pytest

from sloika.pipelines.formats.pdf_ocr import text_layer_fields

CZECH = "Tento dokument popisuje makra pro sazbu českých textů a jejich použití v běžných dokumentech"
ENGLISH = (
    "The installer asks where the tree should go and offers a folder in the home directory that "
    "carries the year of the release so that a later release can be set up next to it"
)


def shifted(text: str) -> str:
    """Each lower-case letter one further in the alphabet: a text layer read through a wrong font
    encoding ("the" as "uif")."""
    return "".join(chr((ord(char) - 96) % 26 + 97) if "a" <= char <= "z" else char for char in text)


def test_a_clean_czech_text_layer_is_not_flagged_garbled():
    """The Czech PDFs of texlive-lang-czechslovak were flagged (unknown_words 0.63–0.73) because
    Czech had no word list among the eight asked; every word of the sentence is Czech (12 words of
    three letters or more, five times: 60 words, none unknown)."""
    assert text_layer_fields(" ".join([CZECH] * 5)) == {"unknown_words": 0.0}


def test_a_latin_text_layer_through_a_wrong_encoding_stays_flagged():
    """Counted by hand: 25 words of three letters or more per copy, 8 of them happen to be words of
    some language's list ("Tif", "uif" ×4, "boe", "dbo", "tfu"); 17 of 25 unknown is 0.68, over 0.5."""
    assert text_layer_fields(" ".join([shifted(ENGLISH)] * 2)) == {
        "unknown_words": 0.68,
        "garbled_text_layer": True,
    }


def test_a_description_term_of_encoding_names_stays_in_the_text():
    """czech.pdf: "all the options are recognized:" / "IL2, T1, OT1" (a description item's term on a
    line of its own) / "These options set the default font encoding." The term was cut as a
    ``fragment`` (letter runs of one or two letters), and the text no longer said which options."""
    pytest.importorskip("pdfminer")
    from pdf_objects import helvetica_pages

    from sloika.pipelines.formats.pdf import is_fragment, parse_pdf

    assert not is_fragment("IL2, T1, OT1")
    assert [is_fragment(text) for text in ("T1", "P = f ,", "A, B1", "2I, T1")] == [True, True, True, True]
    lines = [
        (72, "The package accepts the options of the other language packages, and all the options"),
        (72, "are recognized:"),
        (72, "IL2, T1, OT1"),
        (90, "These options set the default font encoding used by the document."),
    ]
    content = b"\n".join(
        b"BT /F1 10 Tf %d %d Td (%s) Tj ET" % (x, 760 - 18 * at, text.encode())
        for at, (x, text) in enumerate(lines)
    )
    (doc,) = parse_pdf(helvetica_pages([content]))
    assert "IL2, T1, OT1" in doc.text
    assert "These options set the default font encoding used by the document." in doc.text
    assert not [s for s in doc.layers.get("removed", []) if s.label == "fragment"]
