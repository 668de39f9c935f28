"""Text of an unmapped font inside a document (issue 15, the twenty-fourth held-out check, row 20):
a font without a Unicode map gives its glyphs' Latin codes, the letters Latin lacks read as
spacing accents and brackets inside words. That garble is no language: read as Slovene or Bosnian
it was cut as foreign, and the partly-translated-section rule then took the English sections around
it. It must go to ``removed`` as ``unreadable`` (``garbled_text_layer``) and decide nothing. The
garble here is sloika's own, made up in the font's manner; expected texts written by hand."""

from __future__ import annotations

import pytest
from paragraph_pages import paragraph_page

from sloika.pipelines.formats.base import Parsed
from sloika.pipelines.formats.foreign_paragraphs import foreign_cut
from sloika.pipelines.formats.pdf_ocr import is_garbled_paragraph

GARBLE = [  # made-up codes of a non-Latin sample, as an unmapped font lets them out
    "tavi˝ra gomelu ˚kandi, sa´rebo mi˜tvasi dorgan veli˝ko, ˆnaxuri ganta moˆreli dzagvi.",
    "˝ulbeda xvira˚ena dolgi, kem˜ani tu´rosa mar{ebli, si˚qvenis ˆarduli gomxvre.",
    "pir{veli ˚organi da sme˝xuli xa˜vira, ˆdeli ga˚rambo ˝enturi mo´xvala.",
]
HEADING = "2.1 A sample set in the first font"
LEAD_IN = "The following sample is a short verse, set in the first font at its normal size:"
AFTER = [
    "The verse above was typed with the plain transliteration that the package describes in its "
    "first section, one Latin letter or digraph for each letter of the script.",
    "Longer texts are set the same way, and the font can be scaled like any other font of the class.",
]
NEXT = "2.2 A sample set in the second font"
NEXT_TEXT = "The second sample shows the capitals, which the package provides as a separate font family."


def _removed(parsed: Parsed) -> list[tuple[str, str, str]]:
    return [
        (span.label, span.attrs.get("why", "").split(":")[0], span.attrs.get("text", ""))
        for span in parsed.layers.get("removed", [])
    ]


def _manual() -> list[tuple[str, bool]]:
    """An English font manual's two example sections, the first with three paragraphs of garble."""
    return [
        (HEADING, True),
        (LEAD_IN, False),
        *[(text, False) for text in GARBLE],
        *[(text, False) for text in AFTER],
        (NEXT, True),
        (NEXT_TEXT, False),
    ]


@pytest.mark.parametrize("action", ["trim", "keep"])
def test_garbled_samples_go_as_unreadable_and_the_english_sections_stay(action: str):
    """The headings and the English prose stay, whatever the action; each garbled sample is in
    ``removed`` as ``unreadable`` (``garbled_text_layer``), nothing as foreign or orphaned."""
    parsed, paragraphs = paragraph_page(_manual())
    cut = foreign_cut(parsed, paragraphs, action, short=True, titles=True, translated=True, sections=True)
    assert cut.text == "\n\n".join([HEADING, LEAD_IN, *AFTER, NEXT, NEXT_TEXT])
    assert _removed(cut) == [("unreadable", "garbled_text_layer", text) for text in GARBLE]


def test_a_page_of_garble_alone_is_left_to_the_language_step():
    """A page of nothing but garble keeps it: the document's ``garbled_text_layer`` field says why."""
    parsed, paragraphs = paragraph_page([(text, False) for text in GARBLE])
    cut = foreign_cut(parsed, paragraphs, "trim", short=True)
    assert cut.text == "\n\n".join(GARBLE)
    assert _removed(cut) == []


@pytest.mark.parametrize(
    "text",
    [
        # TeX's accents set apart: the words are words once the marks go
        "La r´esolution de l’´equation est tr`es simple et la d´emonstration suit le m^eme chemin.",
        "The estimate x˜ of the true value follows from the data, and its error is small.",
        "3.4 ve˝ra ˚dani – a sample of the second font in its larger size",  # a heading naming a sample
        "\\begin{sample} {\\rm 1.} --- the source of a sample, as the manual prints it",
        "Use `quoted' words as TeX writes them, and the ´acute accent command for the rest.",
    ],
)
def test_words_with_marks_but_known_words_are_not_garbled(text: str):
    assert not is_garbled_paragraph(text)


@pytest.mark.parametrize("text", [*GARBLE, "kavt{uri ˝oda", "XAR˚EBA˙ DORGANI TEVIˆSA˙."])
def test_codes_with_stray_marks_and_unknown_words_are_garbled(text: str):
    assert is_garbled_paragraph(text)
