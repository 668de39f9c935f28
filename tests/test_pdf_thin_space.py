"""A thin space before a high mark (! ? ;) is kept where the PDF shows one (French sets 1/6 em
there: "eFrench !" in Probl_Msg.pdf read "eFrench!"), and none is added where the mark touches its
word (issue 15, held-out check). Page hand-built as TeX sets a line, no space glyphs: words placed
by TJ kerns (0.25 em between words); expected text typed by hand."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import helvetica_page  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402


def _tj(words: list[bytes | int]) -> bytes:
    """A TJ array: strings, and kerns in thousandths of an em (negative: further right)."""
    return b"[" + b" ".join(b"(%s)" % w if isinstance(w, bytes) else b"%d" % w for w in words) + b"] TJ"


def test_a_thin_space_before_a_high_mark_is_kept_and_none_is_added():
    """The first sentence sets 0.167 em before "!", ";" and "?" (French), the second sets the marks
    against their words (English)."""
    french = [b"Bonne", -250, b"utilisation", -250, b"du", -250, b"paquet", -167, b"!", -250, b"Voici"]
    french += [-250, b"la", -250, b"suite", -167, b";", -250, b"merci", -167, b"?"]
    english = [b"Good", -250, b"use", -250, b"of", -250, b"the", -250, b"package!", -250, b"Here", -250]
    english += [b"is", -250, b"the", -250, b"rest;", -250, b"thanks?"]
    content = b"BT /F1 10 Tf 72 760 Td %s ET\nBT /F1 10 Tf 72 748 Td %s ET" % (_tj(french), _tj(english))
    (doc,) = parse_pdf(helvetica_page(content))
    assert doc.text == (
        "Bonne utilisation du paquet ! Voici la suite ; merci ? "
        "Good use of the package! Here is the rest; thanks?"
    )


def test_french_spaces_before_a_colon_and_inside_guillemets_are_kept():
    """French TeX (babel) sets a word space before ":" and a space inside « » (userguide_fr.pdf: "En
    voici la liste :", « Qui ? Quand ? »), no space glyph: read "liste:" and "«Qui ?»" they mixed
    French and English spacing. A colon a word's gap after its word stands apart where the document
    sets its colons so (the French page: five of five), one nearer hugs it (the English page); a
    guillemet set against its word hugs it ("«Qui»"). The pages are two documents: French spacing
    is a document's habit (``colons_spaced``)."""
    french = [b"Voici", -250, b"la", -250, b"liste", -250, b":", -250, b"le", -250, b"mot", -200]
    french += [b"\xab", -200, b"Qui", -167, b"?", -200, b"\xbb", -250, b"suit"]
    labels = [b"Nouveau", -250, b":", -250, b"cr\xe9e", -250, b"Ouvrir", -250, b":", -250, b"lit", -250]
    labels += [b"Fermer", -250, b":", -250, b"clot", -250, b"Quitter", -250, b":", -250, b"sort"]
    english = [b"Here", -250, b"is", -250, b"the", -250, b"list:", -250, b"the", -250, b"word", -250]
    english += [b"\xabQui\xbb", -250, b"follows", -250, b"so", -200, b":", -250, b"end"]
    content = b"BT /F1 10 Tf 72 760 Td %s ET\nBT /F1 10 Tf 72 748 Td %s ET" % (_tj(french), _tj(labels))
    (doc,) = parse_pdf(helvetica_page(content))
    assert doc.text == (
        "Voici la liste : le mot « Qui ? » suit\n\nNouveau : crée Ouvrir : lit Fermer : clot Quitter : sort"
    )
    (doc,) = parse_pdf(helvetica_page(b"BT /F1 10 Tf 72 760 Td %s ET" % _tj(english)))
    assert doc.text == "Here is the list: the word «Qui» follows so: end"


def test_a_colon_set_apart_in_an_english_document_hugs_its_word():
    """An English page sets most colons against their word and a few a word's gap away: after math
    ("H0 : the mean", TeX's thick space round a relation) or on a loose line ("the m/z : ratio");
    strucchange-intro.pdf read "H₀ :", pymzML.pdf "m/z :". French spacing is no habit here: every
    colon hugs its word."""
    apart = [b"Test", -250, b"H0", -250, b":", -250, b"the", -250, b"mean", -250, b"and", -250]
    apart += [b"the", -250, b"m/z", -250, b":", -250, b"ratio"]
    hugging = [b"Input:", -250, b"data", -250, b"Output:", -250, b"fit", -250, b"Note:", -250, b"see", -250]
    hugging += [b"Usage:", -250, b"run", -250, b"Example:", -250, b"here", -250, b"Value:", -250, b"one"]
    content = b"BT /F1 10 Tf 72 760 Td %s ET\nBT /F1 10 Tf 72 748 Td %s ET" % (_tj(apart), _tj(hugging))
    (doc,) = parse_pdf(helvetica_page(content))
    assert doc.text == (
        "Test H0: the mean and the m/z: ratio\n\nInput: data Output: fit Note: see Usage: run "
        "Example: here Value: one"
    )
