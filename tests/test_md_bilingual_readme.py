"""A bilingual README: an English half, then the same in Russian (smscallbomber 2.7 on PyPI, the
nineteenth held-out check, row 15). The page's language is the half with more prose, counted with
the Russian sentences that name a package or a licence in Latin letters; the English half goes
whole, its headings and the sentence written directly over a fence with it.

The fixture is written for this test (the shape of that README, none of its text)."""

from __future__ import annotations

from sloika.pipelines.formats.markdown import parse_markdown

README = """# WeatherTool

## English (Русский ниже)

### Description

This small library downloads weather forecasts and prints them in a terminal.

### Installation

You can install the WeatherTool package with pip:

```bash
pip install weathertool
```

It also works in an asynchronous program if you change the call a little and use
```python
await tool.fetch_async()
```

### License

This project is licensed under the MIT License.

## Русский

### Описание

Эта небольшая библиотека загружает прогнозы погоды и печатает их в терминале.

### Установка

Вы можете установить пакет WeatherTool с помощью pip:

```bash
pip install weathertool
```

Также библиотека работает в асинхронной программе, если немного изменить вызов и использовать
```python
await tool.fetch_async()
```

### Лицензия

Этот проект распространяется под лицензией MIT License.
"""

RUSSIAN_HALF = README[README.index("## Русский") :].rstrip()


def test_the_russian_half_is_kept_whole_and_the_english_half_goes_with_its_headings():
    (parsed,) = parse_markdown(README.encode())
    assert parsed.text == "# WeatherTool\n\n" + RUSSIAN_HALF
    removed = parsed.layers["removed"]
    assert {span.attrs.get("lang") for span in removed if span.label == "foreign_paragraph"} == {"en"}
    cut = [span.attrs["text"] for span in removed]
    assert "It also works in an asynchronous program if you change the call a little and use" in cut
    assert {"## English (Русский ниже)", "### Description", "### License"} <= set(cut)
