"""A compound of two common words broken at its own hyphen at a line end (issue 15, twenty-sixth
check row 4): "high-" + "level" kept its hyphen only when wordfreq did not list "highlevel", but
web text misspells it often enough to be listed, so the hyphen went. Expected texts are written by
hand from the fixtures' lines."""

from __future__ import annotations

from test_pdf_front_page import prose

from sloika.pipelines.formats.pdf_reflow import paragraphs


def test_a_compound_of_two_common_words_keeps_its_hyphen_where_the_solid_form_is_rare():
    """Both halves are common words and the solid form is a rare misspelling: a compound's hyphen."""
    lines = prose("The library is called from some of the best high-", "level interfaces we know of.")
    assert paragraphs([lines]) == [
        "The library is called from some of the best high-level interfaces we know of."
    ]


def test_a_word_broken_into_two_words_still_joins_where_the_solid_form_is_common():
    """ "with-" + "out", "some-" + "times": the solid word is common, the break a syllable's."""
    lines = prose("The method runs with-", "out a copy and some-", "times in place.")
    assert paragraphs([lines]) == ["The method runs without a copy and sometimes in place."]


def test_a_prefix_broken_off_a_rare_solid_word_joins():
    """ "sub-" + "matrix": "sub" is no common word on its own, so the rare "submatrix" is written solid."""
    lines = prose("The method extracts a sub-", "matrix of the input.")
    assert paragraphs([lines]) == ["The method extracts a submatrix of the input."]


def test_a_name_the_document_writes_alone_keeps_its_hyphen_before_a_word():
    """ "QuilTeX-" + "enabled" (sagetex.pdf's "SageTeX-" + "enabled", issue 15, the fifty-first
    check): the name is no word wordfreq lists but one the document writes alone, "enabled" is a
    word and "QuilTeXenabled" none, so the hyphen is the compound's; "environ-" + "ment" still joins."""
    lines = prose(
        "You can share a QuilTeX-", "enabled document with a colleague in the same environ-", "ment."
    )
    lines += prose("The QuilTeX package reads the file.", top=200.0)
    assert paragraphs([lines]) == [
        "You can share a QuilTeX-enabled document with a colleague in the same environment.",
        "The QuilTeX package reads the file.",
    ]
