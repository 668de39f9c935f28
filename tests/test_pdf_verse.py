"""Verse in a PDF (issue 15: a songbook's held-out PDF): verse lines stay lines, a word set as a
stair stays text, a poem's date stays text, and prose wrapped onto lines that open with capitals
stays one paragraph. Expected texts are written by hand from the fixture's lines
(``tests/data/papers/make_verse_pdf.py``)."""

from __future__ import annotations

from test_pdf_prose import chars

from sloika.pipelines.formats.pdf import is_fragment, parse_pdf
from sloika.pipelines.formats.pdf_accents import _accents_combined
from sloika.pipelines.formats.pdf_line_order import _steps_in_order
from sloika.pipelines.formats.pdf_line_record import Line
from sloika.pipelines.formats.pdf_reflow import paragraphs
from sloika.pipelines.formats.pdf_spacing import _spaced_text

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
        # page 2, no line on it reaching the column: a stanza of lines of nearly one length …
        "Где сидит у пульта сторож,",
        "Тихо светится экран в ночи,",
        "Старый список дублей полон,",
        "Утро медленно встаёт.",
        # … and a poem in steps, which pdfminer reads as two columns ("Я жду," / "и я" / "Всё" /
        # "по сто" / "пока придут" / …): top to bottom, each answer line and each line back at the
        # margin in lower case a line of its own
        "Я жду,",
        "пока придут",
        "и я",
        "листы читаю,",
        "Всё",
        "считаю до утра",
        "по сто",
        "и снова двести,",
        "Но мне",
        "не всё равно,",
        "что я",
        "перечитаю,",
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


def placed(*rows: tuple[str, float, float], size: float = 10.0) -> list[Line]:
    """(text, x0, top) rows, each line 6 pt wide a character."""
    return [Line(0, text, x0, x0 + 6.0 * len(text), top, top + size, size, 842.0) for text, x0, top in rows]


def test_a_poem_in_steps_read_as_two_columns_is_read_top_to_bottom():
    """The margin's lines and the indented answer lines, read as two runs (pdfminer's boxes), fill
    each other's free rows at one pitch: one column, read by the lines' tops."""
    page = placed(
        ("Я жду,", 230.0, 364.0),
        ("и я", 230.0, 388.0),
        ("Всё", 230.0, 412.0),
        ("пока придут", 266.0, 376.0),
        ("листы читаю,", 266.0, 400.0),
        ("считаю до утра", 266.0, 424.0),
    )
    assert [line.text for line in _steps_in_order(page)] == [
        "Я жду,",
        "пока придут",
        "и я",
        "листы читаю,",
        "Всё",
        "считаю до утра",
    ]


def test_two_columns_on_shared_rows_and_a_run_far_right_keep_their_order():
    """A second column beside the first shares its rows; a note in the margin stands more than six
    em right of the text: neither is a step of one column."""
    columns = placed(
        ("Левая колонка", 56.0, 100.0),
        ("идёт вниз", 56.0, 112.0),
        ("Правая колонка", 300.0, 100.0),
        ("тоже вниз", 300.0, 112.0),
    )
    assert _steps_in_order(columns) == columns
    margin = placed(
        ("Текст", 56.0, 100.0),
        ("идёт", 56.0, 124.0),
        ("дальше", 56.0, 148.0),
        ("заметка", 140.0, 112.0),
        ("на полях", 140.0, 136.0),
    )
    assert _steps_in_order(margin) == margin


def test_a_page_of_verse_after_a_page_of_prose_keeps_its_even_lines():
    """A page with no line long enough to show its column takes the other pages' right edge: its
    stanza lines of nearly one length end far short of it, so each one opening with a capital is a
    line of its own (the page's last line's end, taken as the edge before, glued them)."""
    prose = stanza(
        ("Конвейер читает стихи так же, как прозу, и строки песни остаются", 520.0),
        ("строками, а Москва или Debian в начале строки его не разрывают.", 521.0),
        x0=56.0,
    )
    verse = stanza(
        ("Где сидит у пульта сторож,", 372.0),
        ("Тихо светится экран в ночи,", 374.0),
        ("Старый список дублей полон,", 383.0),
        ("Утро медленно встаёт.", 340.0),
    )
    for line in verse:
        line.page = 1
    assert paragraphs([prose, verse]) == [
        "Конвейер читает стихи так же, как прозу, и строки песни остаются строками, а Москва или "
        "Debian в начале строки его не разрывают.",
        "Где сидит у пульта сторож,",
        "Тихо светится экран в ночи,",
        "Старый список дублей полон,",
        "Утро медленно встаёт.",
    ]


def test_a_line_back_at_the_margin_after_an_answer_line_is_a_line_of_its_own():
    """ "Врагу бог силы дал:" + indented "нас можно переплавить," + "на пушки перелить," (lower case,
    back at the margin): three verse lines; a paragraph whose indented first line is full goes on."""
    prose = stanza(
        ("Конвейер читает стихи так же, как прозу, и строки песни остаются", 520.0),
        ("строками, а Москва или Debian в начале строки его не разрывают.", 521.0),
        x0=56.0,
    )
    verse = [
        Line(1, "Врагу бог силы дал:", 230.0, 325.0, 100.0, 110.0, 10.0, 842.0),
        Line(1, "нас можно переплавить,", 266.0, 378.0, 112.0, 122.0, 10.0, 842.0),
        Line(1, "на пушки перелить,", 230.0, 322.0, 124.0, 134.0, 10.0, 842.0),
        Line(1, "лишить нас языка", 266.0, 351.0, 136.0, 146.0, 10.0, 842.0),
    ]
    indented = [
        Line(
            2,
            "Первая строка абзаца с отступом доходит до правого края колонки",
            76.0,
            520.0,
            100.0,
            110.0,
            10.0,
            842.0,
        ),
        Line(2, "и продолжается у поля, как в любом абзаце.", 56.0, 300.0, 112.0, 122.0, 10.0, 842.0),
    ]
    assert paragraphs([prose, verse, indented])[1:] == [
        "Врагу бог силы дал:",
        "нас можно переплавить,",
        "на пушки перелить,",
        "лишить нас языка",
        "Первая строка абзаца с отступом доходит до правого края колонки и продолжается у поля, как "
        "в любом абзаце.",
    ]
