"""A Russian text file's English preamble (issue 15, the twelfth held-out check: console-cyrillic's
README.ru, mm_mapviewer's readme_rus.txt). The files are sloika's own, shaped like those; every
expected text is typed by hand."""

from __future__ import annotations

from sloika.pipelines.formats.plain import parse_text

RUSSIAN = (
    "Пакет содержит шрифты для текстовой консоли и таблицы перекодировки, а также\n"
    "несколько раскладок клавиатуры, которые удобно подключать при загрузке системы."
)
MORE = "Шрифты сделаны на основе кодировки cp866, поэтому псевдографика не рвётся на экране."


def removed(parsed) -> list[tuple[str, str]]:
    return [(s.label, s.attrs["text"]) for s in parsed.layers["removed"]]


def test_a_shouted_english_sentence_is_judged_like_any_other():
    """An English sentence in capitals between English paragraphs of a Russian file was kept: its
    words were counted as running words only in lower case. In lower case or not, it is an English
    sentence: it goes with the others. A Russian heading in capitals stays."""
    notice = "THIS FILE IS WRITTEN IN RUSSIAN WITH UTF-8 encoding. Read the English\nfile if you cannot."
    shouted = "ALL THE FONTS AND TABLES IN THIS ARCHIVE ARE FREE FOR ANY USE."
    hope = "We hope that you will then go on reading the rest in Russian."
    text = f"{notice}\n\n{shouted}\n\n{hope}\n\n{RUSSIAN}\n\nЭКРАННЫЕ ШРИФТЫ\n\n{MORE}\n"
    parsed = parse_text(text, "trim", ("ru",))
    assert parsed.text.strip() == f"{RUSSIAN}\n\nЭКРАННЫЕ ШРИФТЫ\n\n{MORE}"
    assert removed(parsed) == [
        ("foreign_paragraph", notice),
        ("foreign_paragraph", shouted),
        ("foreign_paragraph", hope),
    ]
