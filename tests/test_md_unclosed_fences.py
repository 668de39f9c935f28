"""A fence never closed (issue 15, the forty-third check: aiogram_lazy_kb's README is a chat answer
pasted with its closing fences lost, "```bash" over "pip install aiogram-lazy-kb" and the Russian
prose after it, with the chat UI's "Python" labels standing alone). Under prose of the page's
language the fence is closed after its code; a label line goes to ``removed`` as ``code_label``;
a fence holding code alone runs to the page's end as CommonMark has it. Fixtures written for these
tests; the expected text by hand."""

from sloika.pipelines.formats.markdown import parse_markdown

PASTED = (
    "# Клавиатуры\n\n"
    "## Установка\n\n"
    "```bash\n"
    "pip install lazy-kb\n"
    "Использование\n"
    "Простая клавиатура строится одной строкой.\n"
    "Python\n\n"
    "Кнопки можно расставить в несколько рядов.\n\n"
    "```python\n"
    "kb = Keyboard.reply(sizes=2)\n"
)


def _code(parsed):
    return [(parsed.text[s.start : s.end], s.attrs.get("lang")) for s in parsed.spans if s.label == "code"]


def test_an_unclosed_fence_is_closed_before_the_prose_under_it():
    (parsed,) = parse_markdown(PASTED.encode())
    assert parsed.text == (
        "# Клавиатуры\n\n"
        "## Установка\n\n"
        "```bash\npip install lazy-kb\n\n"
        "Использование\n"
        "Простая клавиатура строится одной строкой.\n\n"
        "Кнопки можно расставить в несколько рядов.\n\n"
        "```python\nkb = Keyboard.reply(sizes=2)"
    )
    assert _code(parsed) == [
        ("```bash\npip install lazy-kb", "bash"),
        ("```python\nkb = Keyboard.reply(sizes=2)", "python"),
    ]


def test_a_chat_ui_language_label_goes_to_removed():
    (parsed,) = parse_markdown(PASTED.encode())
    labels = [s.attrs["text"] for s in parsed.layers["removed"] if s.label == "code_label"]
    assert labels == ["Python"]


def test_an_unclosed_fence_of_code_alone_runs_to_the_end():
    source = (
        "## Установка\n\nВы можете установить библиотеку прямо из PyPI:\n\n"
        "```bash\npip install lazy-kb\n# проверка\npython -c 'import lazy_kb'\n"
    )
    (parsed,) = parse_markdown(source.encode())
    assert _code(parsed) == [("```bash\npip install lazy-kb\n# проверка\npython -c 'import lazy_kb'", "bash")]
    assert "removed" not in parsed.layers or not parsed.layers["removed"]


def test_a_language_name_ending_a_paragraph_stays_where_every_fence_is_closed():
    source = "## Требования\n\nНужен интерпретатор\nPython\n\n```bash\npip install lazy-kb\n```\n"
    (parsed,) = parse_markdown(source.encode())
    assert "Нужен интерпретатор\nPython\n\n" in parsed.text


LABELLED = (
    "## Установка\n\n"
    "```bash\n"
    "pip install lazy-kb\n"
    "Использование\n"
    "1. Простая клавиатура\n"
    "Python\n\n"
    "from lazy_kb import Keyboard\n\n"
    "# Две кнопки в ряд\n"
    "kb = Keyboard.reply(\n"
    '    buttons=["Меню", "Помощь"],\n'
    ")\n"
    "2. Кнопки под сообщением\n"
    "Поддерживает ссылки.\n\n"
    "Python\n\n"
    'kb = Keyboard.inline({"Лайк": "like"})\n'
    "Требования\n"
    "aiogram 3.x\n"
    "text\n\n\n"
    "---\n\n"
    "### Проверка\n\n"
    "Создай файл `test_bot.py`:\n"
)


def test_the_code_under_a_chat_label_in_an_unclosed_fence_is_code():
    """The chat UI's "Python" labels stand over the answer's middle examples: each example, down to
    the next prose line, is a python code block, the prose after it a paragraph of its own, the
    labels and the break in ``removed``; the "text" label over no code makes no block."""
    (parsed,) = parse_markdown(LABELLED.encode())
    first = (
        "from lazy_kb import Keyboard\n\n# Две кнопки в ряд\n"
        'kb = Keyboard.reply(\n    buttons=["Меню", "Помощь"],\n)'
    )
    second = 'kb = Keyboard.inline({"Лайк": "like"})'
    assert parsed.text == (
        "## Установка\n\n"
        "```bash\npip install lazy-kb\n\n"
        "Использование\n1. Простая клавиатура\n\n"
        f"{first}\n\n"
        "2. Кнопки под сообщением\nПоддерживает ссылки.\n\n"
        f"{second}\n\n"
        "Требования\naiogram 3.x\n\n"
        "### Проверка\n\n"
        "Создай файл `test_bot.py`:"
    )
    assert _code(parsed) == [("```bash\npip install lazy-kb", "bash"), (first, "python"), (second, "python")]
    removed = [(s.label, s.attrs["text"]) for s in parsed.layers["removed"]]
    assert removed == [
        ("code_label", "Python"),
        ("code_label", "Python"),
        ("code_label", "text"),
        ("thematic_break", "---"),
    ]
