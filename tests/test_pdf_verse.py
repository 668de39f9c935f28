"""Verse in a PDF (issue 15: a songbook's held-out PDF): verse lines stay lines, a word set as a
stair stays text, a poem's date stays text, and prose wrapped onto lines that open with capitals
stays one paragraph. Expected texts are written by hand from the fixture's lines
(``tests/data/papers/make_verse_pdf.py``)."""

from __future__ import annotations

from test_pdf_prose import chars

from sloika.pipelines.formats.pdf import is_fragment, parse_pdf
from sloika.pipelines.formats.pdf_lines import Line, _accents_combined, _spaced_text
from sloika.pipelines.formats.pdf_reflow import paragraphs

from conftest import DATA

VERSE_PDF = DATA / "papers" / "verse.pdf"


def test_a_songbook_page_keeps_its_verse_lines_its_stair_word_and_its_date():
    (parsed,) = parse_pdf(VERSE_PDF.read_bytes())
    assert parsed.text.split("\n\n") == [
        "Ночная сборка",
        "Снова ночью сборка идёт,",
        "Тихо греется старый сервер",
        "Логи пишут строку за строкой",
        "И никто до утра не спит.",
        "Пусть уходит в архив корпус,",
        "Пусть считает дубли минхеш,",
        "Пусть очистит текст от сора",
        "Наш усталый верный конвейер.",
        "Принесите мне молоко",
        "2026 г.",
        "Конвейер читает стихи так же, как прозу, и строки песни остаются строками, а Москва или "
        "Debian в начале перенесённой строки абзаца его не разрывают, и Казань тоже.",
    ]
    assert not parsed.layers.get("removed")  # no stair piece as a letter column, no date as a fragment


def stanza(*rows: tuple[str, float], x0: float = 254.0, size: float = 10.0) -> list[Line]:
    """(text, x1) rows at one left edge, one line under the other at 1.2 times the size."""
    result, top = [], 100.0
    for text, x1 in rows:
        result.append(Line(0, text, x0, x1, top, top + size, size, 842.0))
        top += 1.2 * size
    return result


def test_a_stanza_of_nearly_even_lines_with_no_column_to_measure_stays_verse():
    """A refrain whose next first word never fits after the longest line, on a page with no long
    line to show the column: short lines, ragged right, each opening with a capital are verse."""
    found = paragraphs(
        [
            stanza(
                ("Пусть уходит в архив корпус,", 352.0),
                ("Пусть считает дубли минхеш,", 393.0),
                ("Пусть очистит текст от сора", 356.0),
                ("Наш усталый верный конвейер", 364.0),
            )
        ]
    )
    assert found == [
        "Пусть уходит в архив корпус,",
        "Пусть считает дубли минхеш,",
        "Пусть очистит текст от сора",
        "Наш усталый верный конвейер",
    ]


def test_wrapped_lines_that_open_with_capitals_stay_prose():
    """Ragged-right prose whose wrapped lines open with names: the next line's first word would not
    have fitted, and the lines are long."""
    prose = paragraphs(
        [
            stanza(
                ("Конвейер читает стихи так же, как прозу, а строки песни остаются", 520.0),
                ("Москва или Debian в начале перенесённой строки его не разрывают,", 515.0),
                ("Казань тоже: переносы по ширине колонки здесь соблюдены, а", 505.0),
                ("Тверь стоит в конце.", 150.0),
                x0=56.0,
            )
        ]
    )
    assert len(prose) == 1


def test_a_year_with_its_abbreviation_is_a_date_not_a_fragment():
    assert not is_fragment("1968 г.")
    assert not is_fragment("1941–1945 гг.")
    assert is_fragment("Г (5 У")  # a formula's letters stay a fragment


def test_a_line_of_two_words_of_one_letter_each_keeps_its_space():
    """ "и я" set by TeX (no space glyph, a word space's gap of a third of an em): its one gap is no
    letter gap to measure a space against; "Да" set tight stays one word."""
    assert _spaced_text(chars([("и", 0.0), ("я", 3.3)]), 10.0) == "и я"
    assert _spaced_text(chars([("Д", 0.0), ("а", 0.2)]), 10.0) == "Да"


def test_an_accent_drawn_over_a_letter_is_its_combining_mark():
    """A stress mark set with TeX's \\' ("г\\'убы": the acute's box over the "у", read before it) is
    the letter's combining acute, "гу́бы"; an acute standing apart (a table of symbols) stays."""
    line = chars([("г", 0.0), ("´", 0.0)])
    line += chars([("убы", 0.0)], line[-1].x0)
    assert _spaced_text(_accents_combined(line), 10.0) == "гу\u0301бы"
    apart = chars([("знак", 0.0), ("´", 3.0), ("тут", 3.0)])
    assert _spaced_text(_accents_combined(apart), 10.0) == "знак ´ тут"


def test_a_line_of_short_russian_words_is_text_not_a_fragment():
    """ "и я" (a verse line) is two words; a formula's letters ("Г (5 У", "P = f ,") stay fragments."""
    assert not is_fragment("и я")
    assert is_fragment("Г (5 У")
    assert is_fragment("P = f ,")
