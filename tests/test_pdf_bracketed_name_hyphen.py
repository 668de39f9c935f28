"""A CamelCase name that TeX broke at a line end inside a bracketed message (issue 15, the
forty-fourth check's row 4, gs-standards.pdf p. 15): "[(NSMutable-" / "Data *)data appendData:
nil]" was kept as "NSMutable-Data", a hyphen before a capital being a compound's ("Build-Depends")
unless the document writes the name whole. A name part with a capital inside, glued to "(" or "[",
is code, and code has no hyphenated compounds: the hyphen is the line break's. A capitalised
compound ("Fokker-Planck") keeps its hyphen. All texts here are written for the tests."""

from __future__ import annotations

from pdf_objects import HELVETICA, font_pages

from sloika.pipelines.formats.pdf import parse_pdf


def _text(*lines: str) -> str:
    content = "\n".join(f"BT /F1 10 Tf 72 {760 - 12 * at} Td ({line}) Tj ET" for at, line in enumerate(lines))
    return parse_pdf(font_pages([content.encode()], [(b"F1", HELVETICA)]))[0].text


def test_a_camel_case_name_broken_in_a_bracketed_message_joins():
    text = _text(
        "A message to nil is no error, so that the receiver need not be tested first: [\\(NSMutable-",
        "Data *\\)data appendData: nil] does nothing at all and returns nothing to its caller.",
    )
    assert "[(NSMutableData *)data appendData: nil] does nothing" in text


def test_a_capitalised_compound_in_brackets_keeps_its_hyphen():
    text = _text(
        "The density of the particles then follows the drift and diffusion equation \\(Fokker-",
        "Planck equation\\) that the second section derives from the master equation.",
    )
    assert "equation (Fokker-Planck equation) that" in text


def test_a_camel_case_name_the_document_writes_with_its_hyphen_keeps_it():
    text = _text(
        "The class is documented under its full name, NSMutable-Data, in the reference manual, and",
        "a message to nil is no error, so that the receiver need not be tested first: [\\(NSMutable-",
        "Data *\\)data appendData: nil] does nothing at all and returns nothing to its caller.",
    )
    assert "[(NSMutable-Data *)data appendData: nil]" in text


def test_a_surname_with_a_capital_inside_keeps_its_hyphen():
    text = _text(
        "The method is described at length in the second edition of the numerical handbook \\(McGraw-",
        "Hill, 1990\\), whose third chapter covers the stability of the scheme in detail.",
    )
    assert "handbook (McGraw-Hill, 1990), whose" in text
