"""Markdown renders a paragraph's soft line break as a space: a README typed with a line end every
70–80 columns is one paragraph, but the kept text had each source line as a line of its own
(the fifty-seventh check's row 13, SeaLant's README: "…для поиска утечек памяти в процессе
выполнения тестов" / "в Chrome или Node.js"). A paragraph's lines join, in a list item and a block
quote too; a hard break (two spaces, a backslash, "<br>") stays a line end, and headings, list
items, code, tables, HTML blocks and lines that open an item of their own ("2. …", "• …", "✅ …")
keep their lines. The page is written for this test after the real one; expected text by hand."""

from sloika.pipelines.formats.markdown import parse_markdown

WRAPPED = """SeaLant
=======

Библиотека с инструментом для поиска утечек памяти в процессе выполнения тестов
в Chrome или Node.js

### Выбор типа анализа утечки
Следующим важным этапом настройки является возможность выбора типа heapfile:
heaptimeline или heapsnapshot. По умолчанию используется heaptimeline как
более быстрый и показавший большую стабильность способ. Но для Node.js
допустим только вариант с heapsnapshot:
```python
    @sealant(timeline=False)
    def test_case(self):
        actions()
```
"""


def test_a_hard_wrapped_paragraph_is_one_line():
    [parsed] = parse_markdown(WRAPPED.encode())
    assert parsed.text == (
        "SeaLant\n=======\n\n"
        "Библиотека с инструментом для поиска утечек памяти в процессе выполнения тестов "
        "в Chrome или Node.js\n\n"
        "### Выбор типа анализа утечки\n"
        "Следующим важным этапом настройки является возможность выбора типа heapfile: heaptimeline или "
        "heapsnapshot. По умолчанию используется heaptimeline как более быстрый и показавший большую "
        "стабильность способ. Но для Node.js допустим только вариант с heapsnapshot:\n"
        "```python\n    @sealant(timeline=False)\n    def test_case(self):\n        actions()\n```"
    )
    assert [parsed.text[s.start : s.end] for s in parsed.spans if s.label == "heading"] == [
        "SeaLant\n=======",
        "### Выбор типа анализа утечки",
    ]


STRUCTURED = (
    "Подключение к ноде по localhost:9222  \n"  # a hard break: two spaces
    """При необходимости укажите другой порт\\
или прямую ссылку.
Первая строка<br>
вторая строка

- Пункт списка, набранный
  с переносом
- Второй пункт

> Цитата, набранная
> с переносом

Шаги:
2. Установите пакет
3. Запустите тесты

✅ Готово
✅ Проверено

| Ключ | Значение |
|------|----------|
| a    | 1        |
"""
)


def test_hard_breaks_items_quotes_and_tables_keep_their_structure():
    [parsed] = parse_markdown(STRUCTURED.encode())
    assert parsed.text == (
        "Подключение к ноде по localhost:9222\n"
        "При необходимости укажите другой порт\n"  # the hard break's backslash is no character
        "или прямую ссылку. Первая строка\n"
        "вторая строка\n\n"
        "- Пункт списка, набранный с переносом\n"
        "- Второй пункт\n\n"
        "> Цитата, набранная с переносом\n\n"
        "Шаги:\n2. Установите пакет\n3. Запустите тесты\n\n"
        "✅ Готово\n✅ Проверено\n\n"
        "| Ключ | Значение |\n|------|----------|\n| a    | 1        |"
    )


ONE_AN_ITEM = """## Требования
Python 3.10+
Ollama + Qwen2.5-Coder 3B

Количество клиентов по возрастным группам:
18-25: 1
26-35: 1

2. Создание виртуального окружения при помощи poetry
poetry позволяет избежать возможных конфликтов

<!-- раздел о транспорте -->
## Взаимодействие с внешними системами:
Для упрощения взаимодействия в модуле реализован
единый интерфейс.

print("Summary:", summarize(text))
print("Keywords:", keywords(text))
"""


def test_lines_written_one_an_item_lazy_lines_code_and_a_heading_after_a_comment_stay_lines():
    [parsed] = parse_markdown(ONE_AN_ITEM.encode())
    assert parsed.text == (
        "## Требования\nPython 3.10+\nOllama + Qwen2.5-Coder 3B\n\n"
        "Количество клиентов по возрастным группам:\n18-25: 1\n26-35: 1\n\n"
        "2. Создание виртуального окружения при помощи poetry\n"
        "poetry позволяет избежать возможных конфликтов\n\n"
        "## Взаимодействие с внешними системами:\n"
        "Для упрощения взаимодействия в модуле реализован единый интерфейс.\n\n"
        'print("Summary:", summarize(text))\nprint("Keywords:", keywords(text))'
    )
