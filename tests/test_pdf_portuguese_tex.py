"""Portuguese TeX manuals in PDF (issue 15, the twelfth held-out check on texlive-lang-portuguese):
OT1's cedilla set before its c. Sentences sloika's own; expected texts written by hand."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import helvetica_pages  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

# Helvetica's widths (thousandths of an em) of the glyphs the OT1 words below are drawn with
CEDILLA, TILDE, C, A = 333, 333, 500, 556


def ot1(word: str) -> bytes:
    """A TJ array drawing ``word`` as OT1 TeX does: "ç" as the cedilla's glyph, then a c drawn
    back over it (the cedilla centred under the c), "ã" as an "a" with the tilde centred over it
    (WinAnsi: cedilla 0xB8, small tilde 0x98)."""
    parts = []
    for letter in word:
        if letter == "ç":
            parts.append(b"%d (\\270) %d (c)" % (-(C - CEDILLA) // 2, CEDILLA + (C - CEDILLA) // 2))
        elif letter == "ã":
            parts.append(b"%d (\\230) %d (a)" % (-(A - TILDE) // 2, TILDE + (A - TILDE) // 2))
        else:
            parts.append(b"(%s)" % letter.encode())
    return b"[" + b" ".join(parts) + b"] TJ"


def test_a_cedilla_set_before_its_c_is_the_c_with_cedilla():
    """tutorialbeamer.pdf (OT1, dvipdfm): every "ç" read "¸c" ("apresenta¸cões", "Introdu¸cão"), the
    cedilla's glyph coming first in the content stream; its box lies under the c's: one "ç", and the
    tilde over the "a" after it composed as before ("ã")."""
    words = ["A", "introdução", "da", "apresentação", "começa", "no", "cabeçalho."]
    content = b"BT /F1 10 Tf 72 760 Td " + b" ( ) Tj ".join(ot1(word) for word in words) + b" ET"
    (doc,) = parse_pdf(helvetica_pages([content]))
    assert doc.text.strip() == "A introdução da apresentação começa no cabeçalho."


def test_a_cedilla_under_no_letter_stays_as_it_is():
    """A cedilla standing alone (a table of accents: "¸ cedilla") is no letter's mark."""
    content = b"BT /F1 10 Tf 72 760 Td (O acento \\270 chama-se cedilha.) Tj ET"
    (doc,) = parse_pdf(helvetica_pages([content]))
    assert doc.text.strip() == "O acento \u00b8 chama-se cedilha."
