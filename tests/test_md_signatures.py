"""A method's signature is code, not a language; a type parameter is text (issue 15, F5 of the sixth
held-out check: an API reference's "### setInputValue(value: string | undefined)" was cut as English,
"DaDataSuggestion<Type>" lost "<Type>" as a component tag)."""

from sloika.pipelines.formats.markdown import parse_markdown
from sloika.text.scripts import exempt_spans

# own words, in the shape of a Russian README of a React component: an English paragraph the trim
# cuts (so short English lines of the page are judged with it), then methods under a Russian heading
PAGE = """# Поле с подсказками

This component was written for our own projects and is shared here in the hope that someone finds it useful.

Компонент показывает подсказки адресов при вводе текста в поле и позволяет выбрать одну из них.

| Свойство | Тип | Описание |
|---|---|---|
| onPick | function(item: Suggestion<Kind>) | Функция, вызываемая при выборе подсказки |

## Методы

### clear()

Очищает поле ввода и закрывает список подсказок

### setText(value: string | undefined)

Записывает указанный текст в поле ввода
"""


def _parsed():
    return parse_markdown(PAGE.encode())[0]


def test_signature_heading_is_kept_under_its_method():
    parsed = _parsed()
    removed = [span.attrs["text"] for span in parsed.layers.get("removed", [])]
    assert "### setText(value: string | undefined)" not in removed
    assert (
        "### clear()\n\nОчищает поле ввода и закрывает список подсказок\n\n"
        "### setText(value: string | undefined)\n\n"
        "Записывает указанный текст в поле ввода"
    ) in parsed.text


def test_english_paragraph_is_still_cut():
    removed = [span.attrs["text"] for span in _parsed().layers.get("removed", [])]
    assert any(text.startswith("This component was written") for text in removed)


def test_type_parameter_glued_to_identifier_stays_text():
    assert "| onPick | function(item: Suggestion<Kind>) | Функция" in _parsed().text


def test_component_tags_still_go():
    parsed = parse_markdown(b"<Intro>\n\nText of the page.\n\n</Intro>\n\nMore <Badge /> text.\n")[0]
    assert parsed.text == "Text of the page.\n\nMore  text."


def test_signature_is_exempt_but_prose_parentheses_are_not():
    def exempt(text: str) -> list[str]:
        return [text[span.start : span.end] for span in exempt_spans(text)]

    assert exempt("connect(host, port=80)") == ["connect(host, port=80)"]
    assert exempt("save the file(s) here") == []
    assert exempt("see the manual (chapter two, part one)") == []
    assert exempt("метод(a, b)") == []


def test_component_after_a_digit_still_goes():
    parsed = parse_markdown(b"Here <Math>y = 2<MathI>x</MathI></Math> holds, and Box<Item> too.\n")[0]
    assert parsed.text == "Here y = 2x holds, and Box<Item> too."
