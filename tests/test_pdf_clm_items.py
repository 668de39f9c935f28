"""ordinal's clm article (issue 15, thirty-sixth check): a footnote mark set after a sentence's
stop and right before the next sentence's capital (the source's "%" ate the space: "J ≥ 2.³A basic
cumulative link model is") glued the two sentences once cut ("2.A"); and a list of formula terms
whose entries end with commas ("Fλ is the inverse link function …, gα(θj) parameterises …") ran its
entries into one paragraph. Pages hand-built, texts sloika's own, expected texts typed by hand."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import font_pages, tex_font  # noqa: E402
from test_pdf_r_vignette_output import FILLER, FONTS, _justified, _note, _parse, _raised, _text  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402


def test_a_mark_between_a_stop_and_the_next_sentence_leaves_a_space():
    """The mark stands between "2." and "A" with no gap either side: cut, the sentences stay apart."""
    page = [_justified(72, 780 - 14 * at, line) for at, line in enumerate(FILLER)]
    page.append(
        _raised(752, "The categories are numbered from one to J, and J is at least 2.", "3", "A model")
    )
    page.append(_note(60, "3", "Binomial models are included too."))
    doc = _parse(page)
    sentence = "The categories are numbered from one to J, and J is at least 2. A model"
    assert doc.text.split("\n\n") == [" ".join([*FILLER, sentence]), "Binomial models are included too."]
    marks = [span.attrs for span in doc.layers["removed"] if span.label == "footnote_mark"]
    assert marks == [{"text": "3"}]


CMMI = tex_font(b"WRIFGZ+LMMathItalic10-Regular", b"")
ENTRIES = [  # a formula term (math italic), its description's first line, its wrapped line
    (
        "F",
        " is the inverse link function of the model. It may be given by one scalar parameter l, in",
        "which case F is a flexible link function,",
    ),
    (
        "g",
        " parameterises the ordered thresholds by a vector a such that they can be made for",
        "example symmetric or equidistant,",
    ),
    (
        "x",
        " are the ordinary regression effects of the model, all on the latent scale of the",
        "response, as in the basic model.",
    ),
]


def _term_line(y: int, term: str, text: str, width: float = 460.0) -> str:
    """A line opening with ``term`` in math italic (4 pt wide), its ``text`` in 10 pt Helvetica
    stretched to fill ``width`` with the term."""
    from pdfminer.fontmetrics import FONT_METRICS

    natural = 4 + sum(FONT_METRICS["Helvetica"][1].get(char, 500) for char in text) / 100
    spacing = (width - natural) / max(text.count(" "), 1)
    return f"BT 72 {y} Td /M 10 Tf ({term}) Tj /F1 10 Tf {spacing:.3f} Tw ({text}) Tj 0 Tw ET"


def test_entries_of_formula_terms_ending_with_commas_are_apart():
    """Each entry opens at the list's term column with a formula term, its description wrapped at a
    hanging indent and ending with a comma: each its own paragraph, its wrapped line in it."""
    page = [_justified(72, 780 - 14 * at, line) for at, line in enumerate(FILLER)]
    page.append(_text(72, 750, "where"))
    for at, (term, first, wrapped) in enumerate(ENTRIES):
        page += [_term_line(728 - 30 * at, term, first), _text(94, 716 - 30 * at, wrapped)]
    (doc,) = parse_pdf(font_pages(["\n".join(page).encode()], [*FONTS, (b"M", CMMI)]))
    assert doc.text.split("\n\n")[-3:] == [
        "F is the inverse link function of the model. It may be given by one scalar parameter l, in which"
        " case F is a flexible link function,",
        "g parameterises the ordered thresholds by a vector a such that they can be made for example"
        " symmetric or equidistant,",
        "x are the ordinary regression effects of the model, all on the latent scale of the response, as in"
        " the basic model.",
    ], doc.text
