"""A section's title as its ``structure`` span carries it is repaired as the text is (issue 15, the
thirty-eighth check: 14 spans of bms, epi, pls and th.data kept "2.2 Coeﬃcient Results", "7 Inspecting
ﬁtted models", a cell "Cut-oﬀ", while the text read "Coefficient"). pdfminer writes a TeX font's
ligature glyphs as U+FB00–FB06; the repair step folds them in the text, and now in the attrs that copy
it too. The fixture is hand-built; the words are sloika's own."""

from __future__ import annotations

import json

from pdf_objects import one_page

from conftest import rows

# Helvetica with two codes drawing its ligature glyphs, as a TeX font's encoding sets them
LIGATURE_HELVETICA = (
    b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding << /Type /Encoding"
    b" /BaseEncoding /WinAnsiEncoding /Differences [1 /fi 2 /fl] >> >>"
)
PROSE = (
    b"Each model draws its prior from a small family of distributions, and the choice of the",
    b"prior matters most where the data are few. This section lists the priors the package",
    b"knows and says when each of them is the right one to use in a study of your own data.",
)


def _line(y: float, text: bytes, size: int) -> bytes:
    return b"BT /F1 %d Tf 72 %.1f Td (%s) Tj ET" % (size, y, text)


def test_a_section_titles_ligatures_are_repaired_as_the_texts_are(build, tmp_path):
    """ "5.2 Model-speci\ufb01c g-Priors" heads the section in the text and in its span's ``title``, both
    as "5.2 Model-specific g-Priors"."""
    ops = [_line(720, b"5.2 Model-speci\x01c g-Priors and their in\x02uence", 14)]
    ops += [_line(690 - 14 * at, text, 11) for at, text in enumerate(PROSE)]
    (tmp_path / "priors.pdf").write_bytes(one_page(b"\n".join(ops), [(b"F1", LIGATURE_HELVETICA)]))
    corpus = build([tmp_path / "priors.pdf"])
    ((text,),) = rows(corpus, "SELECT text FROM documents")
    assert text.startswith("5.2 Model-specific g-Priors and their influence\n\nEach model draws"), text
    structure = f"read_parquet('{corpus}/layers/structure/*.parquet')"
    sections = rows(corpus, f"SELECT attrs FROM {structure} WHERE label = 'section'")
    titles = [json.loads(attrs).get("title") for (attrs,) in sections]
    assert titles == ["5.2 Model-specific g-Priors and their influence"]


def test_a_documents_title_field_is_repaired_as_its_text_is(build, tmp_path):
    """The title the reader finds on a title page ("IJS Protocol Speci\ufb01cation", check 62's
    ijs_spec.pdf) is the document's ``metadata.fields.title`` — what ``export sft`` and a corpus's
    listings show — and reads "IJS Protocol Specification" there as in the text."""
    ops = [_line(720, b"IJS Protocol Speci\x01cation", 20)]
    ops += [_line(680 - 14 * at, text, 11) for at, text in enumerate(PROSE)]
    (tmp_path / "ijs.pdf").write_bytes(one_page(b"\n".join(ops), [(b"F1", LIGATURE_HELVETICA)]))
    corpus = build([tmp_path / "ijs.pdf"])
    ((text, metadata),) = rows(corpus, "SELECT text, metadata FROM documents")
    assert text.startswith("IJS Protocol Specification\n\nEach model draws"), text
    assert json.loads(metadata)["fields"]["title"] == "IJS Protocol Specification"
