"""A plain-text README's ASCII decoration: rules of dashes framing its headings and parting its
sections ("-------------------------------------------", "!-----…" across the width) go to
``removed`` as ``thematic_break``; a heading framed in marks ('\\\\\\\\\\\\Окно "План Рахунків" //////',
"****Добавление записи****") keeps its text as a ``heading`` and loses its marks to ``removed``
as ``decoration``; a rule under a line of text (its underline) and code stay (issue 15, check 37
row 16). Fixture written for this test; expected text by hand."""

from sloika.pipelines.formats.plain import parse_text

RULE = "-" * 43
WIDE = "!" + "-" * 60
README = (
    f"{RULE}\nУстановка и запуск\n{RULE}\n\n"
    "Для установки программы скопируйте папку программы целиком, без изменений.\n\n"
    f"{WIDE}\n\n"
    '\\\\\\\\\\\\Окно "План Рахунків" //////\n\n'
    "В главном меню программы нажмите кнопку, и откроется окно со списком счетов.\n\n"
    "****Добавление записи****\n"
    "Кнопка добавляет пустую запись в конец таблицы.\n\n"
    f"{WIDE}\n"
)
EXPECTED = (
    "Установка и запуск\n\n"
    "Для установки программы скопируйте папку программы целиком, без изменений.\n\n"
    'Окно "План Рахунків"\n\n'
    "В главном меню программы нажмите кнопку, и откроется окно со списком счетов.\n\n"
    "Добавление записи\n"
    "Кнопка добавляет пустую запись в конец таблицы."
)


def test_rules_go_and_framed_headings_keep_their_text():
    parsed = parse_text(README)
    assert parsed.text.rstrip() == EXPECTED
    headings = [parsed.text[s.start : s.end] for s in parsed.spans if s.label == "heading"]
    assert headings == ["Установка и запуск", 'Окно "План Рахунків"', "Добавление записи"]
    removed = sorted((s.label, s.attrs["text"]) for s in parsed.layers["removed"])
    assert removed == sorted(
        [("thematic_break", RULE)] * 2
        + [("thematic_break", WIDE)] * 2
        + [("decoration", "\\\\\\\\\\\\"), ("decoration", "//////")]
        + [("decoration", "****")] * 2
    )


def test_a_rule_under_a_line_of_text_is_its_underline_and_stays():
    """Under a paragraph's line or a command a rule stays; under a title alone in its block it is the
    title's underline and goes as ``decoration`` (tests/test_plain_headings_apart_and_filled_wraps.py)."""
    text = (
        "Перед сборкой прочтите этот раздел.\nУстановка\n---------\n\n"
        "Соберите программу и установите её командами, приведёнными ниже:\n\n"
        "make\n--------\nmake install\n"
    )
    parsed = parse_text(text)
    assert parsed.text.rstrip() == text.rstrip()
    assert "removed" not in parsed.layers or not parsed.layers["removed"]


def test_a_front_matter_opening_the_file_is_no_decoration():
    """A Markdown page read as text (``format: text``) keeps its YAML front matter as it was:
    ``export sft`` takes the page's title from it; a rule further on still goes."""
    front = "---\ntitle: Рендер списков\n---\n\n"
    page = f"{front}Часто нужно показать ряд похожих компонентов.\n\n{RULE}\n\nКонец."
    parsed = parse_text(page)
    assert parsed.text.rstrip() == (
        "---\ntitle: Рендер списков\n---\n\nЧасто нужно показать ряд похожих компонентов.\n\nКонец."
    )
    assert [(s.label, s.attrs["text"]) for s in parsed.layers["removed"]] == [("thematic_break", RULE)]


def test_attention_marks_opening_a_line_and_marks_alone_go_as_decoration():
    """The author's "!" marks set before a paragraph for attention ("!Каждая новая запись…", "!!!! Если
    данные правильно введены…", check 37 row 16) and a line of marks alone in its block ("!!!!", "* * *")
    are no text: ``decoration``; a "!" inside a sentence and code stay (issue 15)."""
    text = (
        "Добавление записи\n"
        "!Каждая новая запись начинается с добавления пустой записи в таблицу.\n\n"
        "!!!! Если данные правильно введены, занесите остатки в ведомость.\n\n"
        "!!!!\n\n"
        "Выходить из программы нужно !только через кнопку «Выход»!.\n\n"
        "* * *\n\n"
        "Конец.\n"
    )
    parsed = parse_text(text)
    assert parsed.text.rstrip() == (
        "Добавление записи\n"
        "Каждая новая запись начинается с добавления пустой записи в таблицу.\n\n"
        "Если данные правильно введены, занесите остатки в ведомость.\n\n"
        "Выходить из программы нужно !только через кнопку «Выход»!.\n\n"
        "Конец."
    )
    removed = [(s.label, s.attrs["text"]) for s in parsed.layers["removed"]]
    assert sorted(removed) == sorted(
        [("decoration", "!"), ("decoration", "!!!!"), ("decoration", "!!!!"), ("decoration", "* * *")]
    )
