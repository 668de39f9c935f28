"""A space set before a definition sign stays (issue 15, thirty-third check row 4, malaga.pdf pp.
48–53: "atom ::= ‘(’ pattern ‘)’", "$var :=+ value"): TeX sets no space glyph, only a word's gap,
and a colon hugs the word before it at any gap, so the text read "atom::=" and "$var:=+". A colon
that opens ":=" or "::=" is an operator's, no punctuation. Texts written for this test."""

from __future__ import annotations

from pdf_objects import helvetica_page, tex_line

from sloika.pipelines.formats.pdf import parse_pdf


def test_a_word_gap_before_a_definition_sign_stays_a_space():
    sentences = [
        "A pattern is built of atoms, as the grammar says :",
        "atom ::= letter | digit | group",
        "and a variable is given a new value by $var := value; or $var :=+ value; as well.",
    ]
    page = helvetica_page(
        b"\n".join(tex_line(700 - 20 * at, text.split()) for at, text in enumerate(sentences))
    )
    text = parse_pdf(page)[0].text
    assert "atom ::= letter | digit | group" in text
    assert "by $var := value; or $var :=+ value; as well." in text
    assert "as the grammar says:" in text  # a colon set a gap after its word still hugs it
