"""Placeholder text (issue 15, fifth held-out rows 15/16): lorem-ipsum filler is rejected by the language
step as ``placeholder_text`` instead of being labelled English or French sentence by sentence."""

from __future__ import annotations

import pytest
from datatrove.data import Document

from sloika.config import LanguageConfig
from sloika.filters.language import LanguageFilter
from sloika.lang.placeholder import filler_share, lorem_ipsum_count, placeholder_verdict

# the demo subtitles' filler, as cues joined by the reader, in both cases the demo files use
# (the "consetetur sadipscing" variant of the filler, typed here from the well-known passage)
FILLER = (
    "Lorem ipsum dolor sit amet, consetetur sadipscing elitr, sed diam nonumy eirmod tempor. "
    "Invidunt ut labore et dolore magna aliquyam erat, sed diam voluptua. At vero eos et accusam et justo."
)
# written for this test: a page that explains the filler keeps its own words
ABOUT_FILLER = (
    "Designers put lorem ipsum into a layout before the real copy is written, so that the page can "
    "be judged by its shape and not by what it says. Replace it before the site goes live."
)
LATIN = "Gallia est omnis divisa in partes tres, quarum unam incolunt Belgae, aliam Aquitani."


def test_filler_share_counts_the_filler_words_case_folded():
    # 9 words, of which "lorem ipsum dolor sit amet" and "sed" are the filler's: 6 of 9
    assert filler_share("LOREM IPSUM DOLOR SIT AMET, the cat sed mat") == pytest.approx(6 / 9)
    assert filler_share("") == 0.0


@pytest.mark.parametrize("text", [FILLER, FILLER.upper()])
def test_lorem_ipsum_documents_are_rejected_as_placeholder_text(text):
    step = LanguageFilter(LanguageConfig(purity=True, purity_action="trim"))
    docs = [Document(text=text, id="filler", metadata={})]
    docs.append(Document(text=ABOUT_FILLER, id="page", metadata={}))
    verdicts = step.filter_batch(docs)
    assert verdicts[0][0] is False and verdicts[0][1] == "placeholder_text"
    assert "lorem ipsum filler, not a language" in verdicts[0][2]
    assert verdicts[1] is True and docs[1].text == ABOUT_FILLER  # the page about the filler is kept whole
    assert docs[0].text == text  # rejected as it was read: nothing trimmed first


def test_the_single_document_path_rejects_filler_too():
    step = LanguageFilter(LanguageConfig())
    assert step.filter(Document(text=FILLER, id="f", metadata={}))[1] == "placeholder_text"


def test_real_latin_and_pages_about_the_filler_are_no_placeholder():
    assert placeholder_verdict(LATIN) is None  # no "lorem ipsum" in it
    assert placeholder_verdict(ABOUT_FILLER) is None  # 2 filler words of 37
    assert placeholder_verdict("Lorem ipsum.") is None  # too short to judge


def test_one_mark_two_questions():
    """The quality step's C4 count and the language step's filler rule read the same mark: a page
    that mentions the filler is one mention to C4 and no filler to the language step."""
    from sloika.filters import quality_stats

    assert quality_stats.lorem_ipsum_count is lorem_ipsum_count
    assert lorem_ipsum_count(ABOUT_FILLER) == 1 and placeholder_verdict(ABOUT_FILLER) is None
    # by hand: "Lorem ipsum" once, in the first cue; the filler split over a wrapped line still is filler
    assert lorem_ipsum_count(FILLER) == 1
    wrapped = FILLER.replace("Lorem ipsum", "Lorem\nipsum")
    assert lorem_ipsum_count(wrapped) == 1 and placeholder_verdict(wrapped)[1] == "placeholder_text"
