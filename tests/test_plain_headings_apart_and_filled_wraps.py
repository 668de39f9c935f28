"""Three plain-text readmes of the forty-fifth check (review D rows 16–18, issue 15, issue-plain45):
a wiki heading ("== Установка ==") right under a paragraph's last line lost its marks and read as
that paragraph's next line; a title's underline (" Горячие клавиши" over " =====…") stayed in the
text and the title was no heading; a line filled to the file's wrap width was left a line where the
wrapper broke it at a sentence's end ("…в введенном тексте." / "Все значения будут…"). Fixtures
written for these tests in the readmes' shapes; expected text by hand."""

from sloika.pipelines.formats.plain import parse_text
from sloika.pipelines.formats.plain_wraps import wrap_width


def headings(text: str) -> list[str]:
    parsed = parse_text(text)
    return [parsed.text[span.start : span.end] for span in parsed.spans if span.label == "heading"]


def removed(text: str) -> list[tuple[str, str]]:
    return [(span.label, span.attrs["text"]) for span in parse_text(text).layers.get("removed", [])]


def test_a_wiki_heading_right_under_a_paragraph_opens_a_paragraph():
    readme = (
        "== Описание ==\n\n"
        'Проще говоря, ссылки вида "http://gmail.com" будут маскироваться в "http://example.org/goto/"\n'
        "== Установка ==\n\n"
        "1. Загрузите папку плагина в директорию плагинов\n"
        "2. Активируйте плагин\n"
    )
    assert parse_text(readme).text.rstrip() == (
        "Описание\n\n"
        'Проще говоря, ссылки вида "http://gmail.com" будут маскироваться в "http://example.org/goto/"\n\n'
        "Установка\n\n"
        "1. Загрузите папку плагина в директорию плагинов\n"
        "2. Активируйте плагин"
    )
    assert headings(readme) == ["Описание", "Установка"]


def test_a_titles_underline_goes_as_decoration_and_the_title_is_a_heading():
    readme = (
        " Горячие клавиши\n"
        " =============================\n"
        " Esc или Q ................... Выход\n"
        " Пробел ...................... Старт / Пауза\n\n"
        "Сборка\n"
        "------\n\n"
        "Соберите программу командой make.\n"
    )
    assert parse_text(readme).text.rstrip() == (
        " Горячие клавиши\n"
        " Esc или Q ................... Выход\n"
        " Пробел ...................... Старт / Пауза\n\n"
        "Сборка\n\n"
        "Соберите программу командой make."
    )
    assert headings(readme) == ["Горячие клавиши", "Сборка"]
    assert removed(readme) == [("decoration", "=" * 29), ("decoration", "------")]


def test_a_rule_under_no_title_stays():
    """Under a paragraph's line, under a line ending a sentence or in lower case, or much shorter than
    the line over it, a rule is no title's underline: it stays as the author drew it."""
    readme = (
        "Перед сборкой прочтите этот раздел до конца.\n"
        "Установка\n"
        "---------\n\n"
        "Соберите программу командами, приведёнными ниже.\n"
        "---------\n\n"
        "make\n"
        "--------\n"
        "make install\n\n"
        "Dungeon Tile Viewer 3-5\n"
        "==============\n"
    )
    assert parse_text(readme).text.rstrip() == readme.rstrip()
    assert headings(readme) == []


# wrapped at 97 columns; the second line ends a sentence where the next word would not have fitted
FILLED = (
    "Возвращается объект с единственным полем, в котором будет храниться строковое представление\n"
    "ассоциативного массива, содержащего частоту использования каждого символа в уже введенном тексте.\n"
    "Все значения будут отсортированы по убыванию частоты использования символов в введенном тексте, а\n"
    "пробельные символы будут сгруппированы в одно значение.\n"
)


def test_a_line_filled_to_the_wrap_width_joins_at_a_sentence_end():
    assert wrap_width(FILLED.split("\n")) == 97
    assert parse_text(FILLED).text.rstrip() == " ".join(FILLED.split("\n")).rstrip()


def test_sentences_a_line_each_and_a_title_under_a_filled_line_stay_lines():
    """A line ending a sentence short of the width, and a title (no sentence in it) under a line
    filled to the width, stay lines, in a file wrapped at that width."""
    notes = (
        "\nПрограмма работает в любом браузере.\n"
        "Она не требует установки.\n\n"
        "ассоциативного массива, содержащего частоту использования каждого символа в уже введенном тексте.\n"
        "Примеры использования\n"
    )
    assert (
        parse_text(FILLED + notes).text.rstrip()
        == " ".join(FILLED.split("\n")).rstrip() + "\n" + notes.rstrip()
    )
