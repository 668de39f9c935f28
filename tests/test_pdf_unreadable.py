"""Runs a scan's text layer could not read (issue 15: GOST 2.105's inch fractions, "*/4"; '/2" (но не
, -j )."): cut into ``removed`` as ``unreadable``, the sentence's end kept. Expected texts are written by
hand from the fixture's lines (``tests/data/papers/make_fraction_pdf.py``)."""

from __future__ import annotations

from sloika.pipelines.formats.pdf import parse_pdf
from sloika.pipelines.formats.pdf_ocr import unreadable_runs

from conftest import DATA

FRACTION_PDF = DATA / "papers" / "fraction.pdf"


def test_inch_fractions_without_their_digits_go_to_removed_with_the_rest_of_the_examples():
    (parsed,) = parse_pdf(FRACTION_PDF.read_bytes())
    assert parsed.text == (
        "Шаг резьбы в дюймах пишут простой дробью, например. "
        "Прочие числа пишут десятичными дробями или дробью через косую черту: 5/32."
    )
    removed = [(span.start, span.label, span.attrs) for span in parsed.layers["removed"]]
    at = len("Шаг резьбы в дюймах пишут простой дробью, например")
    assert (at, "unreadable", {"text": '*/4"; \'/2" (но не , -j )', "why": "fraction_digits_lost"}) in removed
    assert [label for _, label, _ in removed] == ["unreadable", "fragment"]  # the numerators "ft", "tr"


def cut(text: str) -> list[str]:
    return [text[start:end] for start, end in unreadable_runs(text)]


def test_a_run_ends_at_a_word_of_three_letters_and_before_the_sentence_end():
    assert cut("шаг */4 дюйма") == ["*/4"]
    assert cut('записывать */4"; \'/2" (но не , -j ). Далее') == ['*/4"; \'/2" (но не , -j )']
    assert cut("конец '/2.") == ["'/2"]


def test_fractions_with_their_digits_and_marks_elsewhere_stay():
    assert cut("например, 5/32; (50А—4С) / (40В + 20).") == []
    assert cut("сноска* /4 и путь a*/4") == []  # no fraction standing alone with a mark for numerator
