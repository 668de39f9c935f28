"""A BibTeX file printed in the text font (issue 15, check 50 rows 03 and 05: texlive-extra-utils'
test.pdf, BibTeXu's test note, and texlive-lang-arabic's alpha-persian userguide). test.pdf prints
its .bib file in Arial with math braces, "@book{cle2," / "Author = {Échelon, Nicolas}," / … /
"Year = {2009}}": each line was a prose paragraph with no ``code`` span, the fields' French and
Greek values decided the document's language (fr 0.504 against en 0.496, its prose all English),
and the build's purity trim judged each field by its value's language and cut 9 of the 40 lines,
leaving an empty entry. A run of record lines is a listing, one line a field, and the trim leaves
code alone. Pages
hand-built in Helvetica, the expected lines typed as the page prints them."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import (  # noqa: E402
    COURIER,
    HELVETICA,
    code_line,
    code_lines,
    helvetica_line,
    helvetica_pages,
    one_page,
)

from sloika.config import LanguageConfig  # noqa: E402
from sloika.documents import SloikaDocument  # noqa: E402
from sloika.lang import purity  # noqa: E402
from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402
from sloika.text.spans import add_span, spans  # noqa: E402

LEAD = (
    "This is a test file for the new program, which sorts entries in any script. The BIB file is as follows:"
)
RECORDS = [
    [
        "@book{cle2,",
        "Author = {Échelon, Nicolas},",
        "Publisher = {Les Éditions du désastre},",
        "Title = {La vie est un long fleuve tranquille},",
        "Year = {2009}}",
    ],
    [
        "@book{cle4,",
        "Author = {Tarantin, Nicolas},",
        "Publisher = {Les Éditions du désastre},",
        "Title = {En revenant de Tarascon et de la montagne},",
        "Year = {2009}}",
    ],
]
AFTER = [
    "As you can see, we have mixed together entries in French and in other languages. The challenge of",
    "the French entries is that the accented names should be sorted as if they had no accent at all, so",
    "that the right order of the authors is the one that a reader of the list would expect to find there.",
]


def _bib_page() -> bytes:
    """The lead-in, the records 14 pt a line with a blank line between them, prose under them."""
    rows = [helvetica_line(72, 720, LEAD, 10)]
    y = 700
    for record in RECORDS:
        for line in record:
            rows.append(helvetica_line(72, y, line, 10))
            y -= 14
        y -= 10
    rows += [helvetica_line(72, y - 14 * at, text, 10) for at, text in enumerate(AFTER)]
    return helvetica_pages([b"\n".join(rows)])


def test_bibtex_records_in_the_text_font_are_a_listing_one_line_a_field():
    """Each record is code, a line for each printed line; the prose around them stays prose."""
    doc = parse_pdf(_bib_page())[0]
    assert code_lines(doc) == [line for record in RECORDS for line in record]
    assert LEAD in doc.text.split("\n\n")
    assert " ".join(AFTER) in doc.text.split("\n\n")


def test_the_purity_trim_leaves_the_records_whole_and_the_prose_decides_the_language():
    """The build's trim of the read document cuts none of the French fields of the listing, and the
    document is English, as its prose is: judged as prose, the fields made it French and its English
    sentences foreign."""
    parsed = parse_pdf(_bib_page())[0]
    doc = SloikaDocument(text=parsed.text, id="doc", metadata={})
    for span in parsed.spans:
        add_span(doc, "structure", span.start, span.end, span.label, annotator="test")
    verdict, impure = purity.apply_purity(doc, LanguageConfig(purity=True, purity_action="trim"))
    assert (verdict.targets, impure) == (("en",), None)
    assert doc.text == parsed.text
    assert "removed" not in spans(doc)


# alpha-persian's sample: typewriter fields, those with a Persian value set whole in the text font
# (here Helvetica, the values romanised), a small line number left of each
MIXED = [
    ("@phdthesis{mmm,", True),
    ("title={Fazaye topoloji},", False),
    ("author={Rezaei Aliabad, Ali},", False),
    ("journal={Kyungpook mathematical journal},", True),
    ("pages={1163--1171},", True),
    ("school={Daneshgahe Chamran Ahvaz},", False),
    ("year={2002},", True),
    ("}", True),
]


def _mixed_page() -> bytes:
    """A lead-in, the record 12 pt a line, its numbers 17 pt to the left, prose under it."""
    rows = [helvetica_line(72, 720, "Sample of an entry in the bibliography file:", 10)]
    for at, (text, typewriter) in enumerate(MIXED):
        y = 700 - 12 * at
        rows.append(code_line(72, y, text, 10) if typewriter else helvetica_line(72, y, text, 10))
        rows.append(helvetica_line(55, y, str(at + 1), 5))
    rows.append(helvetica_line(72, 590, "With this compile, Persian references are set at the end.", 10))
    return one_page(b"\n".join(rows), [(b"F1", HELVETICA), (b"F2", COURIER)])


def test_a_records_fields_in_the_text_font_stay_lines_of_its_listing():
    """The fields set in the text font are lines of the listing, in place, one a line: none joined
    with its neighbour, none a paragraph apart."""
    doc = parse_pdf(_mixed_page())[0]
    assert code_lines(doc) == [text for text, _ in MIXED]
