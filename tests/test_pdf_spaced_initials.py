"""A name's initials set a word space apart (issue 15, twenty-eighth check row 5, a vignette's
reference list): "B P C" before a surname are three initials, not a letter-spaced word, though the
letters also spell an acronym wordfreq knows. Names and titles sloika's own; expected texts typed by
hand."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import helvetica_line, helvetica_page  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402
from sloika.pipelines.formats.pdf_joins import clean_line  # noqa: E402


def test_three_initials_before_a_surname_stay_apart_in_a_reference_list():
    lines = [
        "References",
        "A Fairweather and N H S Holloway. Ranked products of tests. Journal of Tests, 2003.",
        "J F K Pemberton. The methods of counting. Smith and Sons, London, 1931.",
    ]
    content = b"\n".join(helvetica_line(72, 700 - 30 * at, line, 10) for at, line in enumerate(lines))
    text = parse_pdf(helvetica_page(content))[0].text
    assert "A Fairweather and N H S Holloway. Ranked products of tests. Journal of Tests, 2003." in text
    assert "J F K Pemberton. The methods of counting. Smith and Sons, London, 1931." in text


def test_a_letter_spaced_word_still_joins():
    assert clean_line("N O T E") == "NOTE"
    assert clean_line("s e e Figure 2 for the plot") == "see Figure 2 for the plot"
    assert clean_line("С н о с к и") == "Сноски"


def test_four_spaced_capitals_before_a_capitalised_word_are_a_word_not_initials():
    assert clean_line("N O T E Read the manual first") == "NOTE Read the manual first"


def test_initials_before_a_word_in_capitals_join_as_before():
    assert clean_line("the B B C NEWS service") == "the BBC NEWS service"
