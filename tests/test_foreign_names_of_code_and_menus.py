"""A Russian page's type names, menu paths and mixed-script class names are no English (issue 15,
the thirty-sixth check: a PyPI README's "**Параметры:**" list of "- **provider**
(Optional[Union[Provider, str]]): Имя провайдера." cut as an English paragraph; an install step
"[Скачать ZIP](…) → Settings → Capabilities → Skills → Upload skill. Собрать самому: …" cut with its
heading; a README naming its classes "ПочваSocket", "ПочваWiFiAware" rejected impure). Fixtures
written for these tests; the expected texts by hand."""

from __future__ import annotations

from sloika.lang import purity
from sloika.pipelines.formats.markdown import parse_markdown

INTRO = (
    "# Клиент\n\n"
    "Библиотека отправляет запросы к нескольким провайдерам и возвращает ответы в едином виде. "
    "Каждая функция описана ниже вместе с параметрами и примером использования.\n\n"
)
PARAMETERS = (
    "**Параметры:**\n"
    "- **provider** (Optional[Union[Provider, str]]): Имя провайдера.\n"
    "- **capability** (Optional[Union[Capability, str]]): Тип функциональности (например, "
    '"text", "vision").\n'
)
MENU_PATH = (
    "[Скачать ZIP](https://example.org/releases/latest/tool.zip) → Settings → Capabilities → "
    "Skills → Upload skill. Собрать самому: `python3 scripts/build.py`.\n"
)


def _kept_and_cut(markdown: str) -> tuple[str, list[str]]:
    (parsed,) = parse_markdown(markdown.encode(), "trim", ("ru",))
    return parsed.text, [span.attrs.get("text", "") for span in parsed.layers.get("removed", [])]


def test_a_parameter_list_with_type_names_stays():
    kept, cut = _kept_and_cut(INTRO + "## Модели\n\n" + PARAMETERS)
    assert "- **provider** (Optional[Union[Provider, str]]): Имя провайдера." in kept
    assert not any("provider" in text for text in cut)


def test_an_instruction_through_an_english_menu_path_stays():
    kept, cut = _kept_and_cut(INTRO + "### Веб-версия\n\n" + MENU_PATH)
    assert "→ Settings → Capabilities → Skills → Upload skill. Собрать самому:" in kept
    assert "### Веб-версия" in kept and not cut


def test_class_names_glued_of_russian_and_latin_are_names():
    text = (
        "Модуль подключает узлы через адаптеры почвы, по одному на каждый вид связи.\n\n"
        "- ПочваSocket — UDP через localhost (работает всегда)\n"
        "- ПочваBluetooth — BLE Mesh\n"
        "- ПочваWiFiAware — Wi-Fi Aware (Android)\n"
        "- ПочваLoRa — дальняя связь\n"
    )
    verdict = purity.judge(text, "ru")
    assert verdict.purity == 1.0
    assert not [span for span in verdict.spans if span.label in ("mixed_script", "en")]


def test_a_stray_latin_capital_ending_a_russian_word_is_still_mixed():
    verdict = purity.judge("Мы пришли домA поздно вечером, когда все уже спали и свет погас.", "ru")
    assert [span.label for span in verdict.spans] == ["homoglyph"]
